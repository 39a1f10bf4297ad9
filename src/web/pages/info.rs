//! Pages for visitors without a link: the home page and the help page that
//! support volunteers link to.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;

use super::{Chrome, page};
use crate::i18n::Tr;
use crate::web::extract::Lang;
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
    Lang(locale): Lang,
) -> Result<Response, PageError> {
    page(&IndexPage {
        tr: app.i18n.tr(&locale),
        chrome: Chrome::new(&app),
    })
}

#[derive(Template)]
#[template(path = "pages/help.html")]
struct HelpPage<'a> {
    tr: Tr<'a>,
    chrome: Chrome<'a>,
}

async fn help_get(
    State(AppState(app)): State<AppState>,
    Lang(locale): Lang,
) -> Result<Response, PageError> {
    page(&HelpPage {
        tr: app.i18n.tr(&locale),
        chrome: Chrome::new(&app),
    })
}
