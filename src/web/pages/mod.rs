//! Page handlers and their views. Each page module exposes `router()`.

pub mod assets;
pub mod info;
pub mod unpause;

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use time::OffsetDateTime;
use time::macros::format_description;

use super::{PageError, paths};
use crate::app::App;

/// Layout data every page shows: CA name, navigation, configured URLs.
#[derive(Debug, Clone, Copy)]
pub struct Chrome<'a> {
    pub ca_name: &'a str,
    pub staging_url: &'a str,
    pub forum_url: &'a str,
    pub home: &'static str,
    pub help: &'static str,
    pub stylesheet: &'static str,
}

impl<'a> Chrome<'a> {
    pub fn new(app: &'a App) -> Self {
        Self {
            ca_name: &app.settings.ca_name,
            staging_url: app.settings.staging_url.as_str(),
            forum_url: app.settings.forum_url.as_str(),
            home: paths::HOME,
            help: paths::HELP,
            stylesheet: paths::STYLESHEET,
        }
    }
}

pub fn render_html(view: &impl Template) -> Result<String, PageError> {
    view.render()
        .map_err(|err| PageError::Internal(anyhow::anyhow!("template: {err}")))
}

/// A rendered page as a 200 response.
pub fn page(view: &impl Template) -> Result<Response, PageError> {
    Ok(Html(render_html(view)?).into_response())
}

/// UTC timestamps, to the minute; the same in every language so volunteers
/// and operators can compare them.
pub fn display_time(at: OffsetDateTime) -> String {
    at.format(format_description!(
        "[year]-[month]-[day] [hour]:[minute] UTC"
    ))
    .unwrap_or_default()
}

pub async fn not_found() -> PageError {
    PageError::NotFound
}
