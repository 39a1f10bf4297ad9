//! "Find my link": a pasted log excerpt in, a redirect to the unpause page
//! out. Nothing pasted is stored or logged; the form works without scripts.

use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;

use super::{Chrome, frame, render_html};
use crate::findlink::{self, Found};
use crate::i18n::Tr;
use crate::web::extract::PageCtx;
use crate::web::{AppState, PageError, paths};

pub fn router() -> Router<AppState> {
    Router::new().route(paths::FIND_LINK, post(find_link_post))
}

/// Why no link came out, each with its own message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Miss {
    Empty,
    CutOff,
    Nothing,
}

impl Miss {
    fn keys(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Self::Empty => (
                "find-link-empty",
                "find-link-empty-heading",
                "find-link-empty-body",
            ),
            Self::CutOff => (
                "find-link-cut",
                "find-link-cut-heading",
                "find-link-cut-body",
            ),
            Self::Nothing => (
                "find-link-none",
                "find-link-none-heading",
                "find-link-none-body",
            ),
        }
    }

    pub fn id(self) -> &'static str {
        self.keys().0
    }

    pub fn heading_key(self) -> &'static str {
        self.keys().1
    }

    pub fn body_key(self) -> &'static str {
        self.keys().2
    }
}

#[derive(Template)]
#[template(path = "pages/find_link.html")]
struct FindLinkPage<'a> {
    tr: Tr<'a>,
    chrome: Chrome<'a>,
    outcome: Miss,
}

async fn find_link_post(
    State(AppState(app)): State<AppState>,
    ctx: PageCtx,
    body: Bytes,
) -> Result<Response, PageError> {
    let text = form_urlencoded::parse(&body)
        .find(|(key, _)| key == "text")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    // Of several ways to reassemble a wrapped link, the one our keys signed.
    let outcome = match findlink::find_with(&text, |t| crate::token::is_signed_by(t, &app.keys)) {
        Found::Token(token) => {
            return Ok(Redirect::to(&crate::links::unpause("", &token)).into_response());
        }
        _ if text.trim().is_empty() => Miss::Empty,
        Found::CutOff => Miss::CutOff,
        Found::Nothing => Miss::Nothing,
    };
    let (tr, chrome) = frame(&app, &ctx);
    let html = render_html(&FindLinkPage {
        tr,
        chrome,
        outcome,
    })?;
    // Not an error page, but not a success either: the visitor must act.
    Ok((StatusCode::UNPROCESSABLE_ENTITY, axum::response::Html(html)).into_response())
}
