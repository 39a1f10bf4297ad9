//! Pages for visitors without a link: the home page and the help page that
//! support volunteers link to.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;

use super::{Chrome, frame, page};
use crate::i18n::Tr;
use crate::web::extract::PageCtx;
use crate::web::{AppState, PageError, paths};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::HOME, get(index_get))
        .route(paths::HELP, get(help_get))
}

#[derive(Template)]
#[template(path = "pages/index.html")]
struct IndexPage<'a> {
    tr: Tr<'a>,
    chrome: Chrome<'a>,
}

async fn index_get(
    State(AppState(app)): State<AppState>,
    ctx: PageCtx,
) -> Result<Response, PageError> {
    let (tr, chrome) = frame(&app, &ctx);
    page(&IndexPage { tr, chrome })
}

#[derive(Template)]
#[template(path = "pages/help.html")]
struct HelpPage<'a> {
    tr: Tr<'a>,
    chrome: Chrome<'a>,
}

async fn help_get(
    State(AppState(app)): State<AppState>,
    ctx: PageCtx,
) -> Result<Response, PageError> {
    let (tr, chrome) = frame(&app, &ctx);
    page(&HelpPage { tr, chrome })
}
