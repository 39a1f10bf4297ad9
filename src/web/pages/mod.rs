//! Page handlers and their views. Each page module exposes `router()`.

pub mod assets;
pub mod find_link;
pub mod info;
pub mod unpause;

use askama::Template;
use axum::response::{Html, IntoResponse, Response};

use super::extract::PageCtx;
use super::{PageError, paths};
use crate::app::App;
use crate::i18n::{LanguageChoice, Tr};

/// Layout data every page shows: CA name, navigation, configured URLs and
/// the language picker.
#[derive(Debug, Clone, Copy)]
pub struct Chrome<'a> {
    pub ca_name: &'a str,
    pub staging_url: &'a str,
    pub forum_url: &'a str,
    pub docs_url: &'a str,
    pub home: &'static str,
    pub help: &'static str,
    pub find_link: &'static str,
    pub stylesheet: &'static str,
    pub languages: &'a [LanguageChoice],
    pub picker_action: &'a str,
    pub picker_jwt: Option<&'a str>,
}

impl<'a> Chrome<'a> {
    pub fn new(app: &'a App, ctx: &'a PageCtx) -> Self {
        Self {
            ca_name: &app.settings.ca_name,
            staging_url: app.settings.staging_url.as_str(),
            forum_url: app.settings.forum_url.as_str(),
            docs_url: app.settings.docs_url.as_str(),
            home: paths::HOME,
            help: paths::HELP,
            find_link: paths::FIND_LINK,
            stylesheet: paths::STYLESHEET,
            languages: app.i18n.languages(),
            picker_action: &ctx.picker_action,
            picker_jwt: ctx.picker_jwt.as_deref(),
        }
    }
}

/// The translation handle and layout of a page, the first two fields of
/// every view.
pub fn frame<'a>(app: &'a App, ctx: &'a PageCtx) -> (Tr<'a>, Chrome<'a>) {
    (app.i18n.tr(&ctx.locale), Chrome::new(app, ctx))
}

pub fn render_html(view: &impl Template) -> Result<String, PageError> {
    view.render()
        .map_err(|err| PageError::Internal(anyhow::anyhow!("template: {err}")))
}

/// A rendered page as a 200 response.
pub fn page(view: &impl Template) -> Result<Response, PageError> {
    Ok(Html(render_html(view)?).into_response())
}

/// Unknown paths get the 404 page, except an unpause link whose `?jwt=`
/// was mangled on the way: chat and mail software percent-encode it
/// (`/sfe/v1/unpause%3Fjwt%3DTOKEN`) or a user writes it as a path
/// (`/sfe/v1/unpause/TOKEN`). Those are sent to the real link, uncached, as
/// its `Location` holds the token.
pub async fn not_found(uri: axum::http::Uri) -> Response {
    match crate::findlink::in_mangled_path(uri.path()) {
        Some(token) => (
            [(axum::http::header::CACHE_CONTROL, "no-store")],
            axum::response::Redirect::to(&crate::links::unpause("", &token)),
        )
            .into_response(),
        None => PageError::NotFound.into_response(),
    }
}
