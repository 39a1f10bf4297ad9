//! Page errors: the one error type page handlers return, and the middleware
//! that turns any error response into a localised page.
//!
//! Policy:
//! - Handlers return `Result<_, PageError>` and use `?`; `From` impls map
//!   token and store errors.
//! - `PageError::into_response` sets only the status and attaches an
//!   [`ErrorPage`] extension holding the kind and the internal cause.
//! - `render_error_pages` (one middleware) logs the cause in the request's
//!   span and replaces the body with the localised page for the kind. No
//!   internal message ever reaches a response body.
//! - Error pages are never 200: garbled or wrong-claim link 400, expired
//!   link 410, CSRF or cross-site 403, unknown path 404, database down 503
//!   ("try again"), anything else 500 with the request ID to quote.

use askama::Template;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::extract::PageCtx;
use super::pages::{Chrome, frame, render_html};
use crate::i18n::Tr;
use crate::store::StoreError;
use crate::token::TokenError;

/// Everything a page handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("no link token in the request")]
    LinkMissing,
    #[error(transparent)]
    Link(#[from] TokenError),
    #[error("bad form: {0}")]
    BadForm(&'static str),
    #[error("refused: {0}")]
    Forbidden(&'static str),
    #[error("no such page")]
    NotFound,
    #[error("request body too large")]
    TooLarge,
    /// This client posted too often; it may again after the wait.
    #[error("too many requests from this client; retry in {0:?}")]
    TooManyRequests(std::time::Duration),
    /// The account was unpaused too often lately without fixing its client.
    #[error("account unpaused too often; retry in {0:?}")]
    UnpauseTooOften(std::time::Duration),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The session backend (the database) failed.
    #[error("session store: {0}")]
    Session(String),
    #[error("internal error: {0}")]
    Internal(#[from] anyhow::Error),
}

/// The kinds of error page, each with its own title and advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    InvalidLink,
    ExpiredLink,
    BadRequest,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    TooLarge,
    TooManyRequests,
    UnpauseTooOften,
    Unavailable,
    Internal,
}

impl ErrorKind {
    fn status(self) -> StatusCode {
        match self {
            Self::InvalidLink | Self::BadRequest => StatusCode::BAD_REQUEST,
            Self::ExpiredLink => StatusCode::GONE,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::TooManyRequests | Self::UnpauseTooOften => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// For responses that did not come from a `PageError` (axum's own 405,
    /// the body limit's 413, a caught panic's 500).
    fn from_status(status: StatusCode) -> Self {
        match status {
            StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY => Self::BadRequest,
            StatusCode::FORBIDDEN => Self::Forbidden,
            StatusCode::NOT_FOUND => Self::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => Self::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => Self::TooLarge,
            StatusCode::TOO_MANY_REQUESTS => Self::TooManyRequests,
            StatusCode::GONE => Self::ExpiredLink,
            StatusCode::SERVICE_UNAVAILABLE => Self::Unavailable,
            s if s.is_client_error() => Self::BadRequest,
            _ => Self::Internal,
        }
    }

    /// Whether the page offers the "find my link" box: when the visitor's
    /// link is broken, a fresh paste of the log usually rescues it.
    pub fn offers_link_finder(self) -> bool {
        self == Self::InvalidLink
    }

    /// Stable element id of the page, e.g. `error-invalid-link`; tests and
    /// monitoring key on it.
    pub fn id(self) -> &'static str {
        self.keys().0
    }

    /// Message keys of the title and the advice.
    pub fn title_key(self) -> &'static str {
        self.keys().1
    }

    pub fn body_key(self) -> &'static str {
        self.keys().2
    }

    fn keys(self) -> (&'static str, &'static str, &'static str) {
        macro_rules! k {
            ($stem:literal) => {
                ($stem, concat!($stem, "-title"), concat!($stem, "-body"))
            };
        }
        match self {
            Self::InvalidLink => k!("error-invalid-link"),
            Self::ExpiredLink => k!("error-expired-link"),
            Self::BadRequest => k!("error-bad-request"),
            Self::Forbidden => k!("error-forbidden"),
            Self::NotFound => k!("error-not-found"),
            Self::MethodNotAllowed => k!("error-method"),
            Self::TooLarge => k!("error-too-large"),
            Self::TooManyRequests => k!("error-too-many"),
            Self::UnpauseTooOften => k!("error-unpause-too-often"),
            Self::Unavailable => k!("error-unavailable"),
            Self::Internal => k!("error-internal"),
        }
    }
}

/// Attached to an error response for the renderer; never serialised.
#[derive(Debug, Clone)]
pub struct ErrorPage {
    kind: ErrorKind,
    cause: String,
    retry_after: Option<u64>,
}

impl From<crate::unpause::UnpauseError> for PageError {
    fn from(err: crate::unpause::UnpauseError) -> Self {
        match err {
            crate::unpause::UnpauseError::Store(err) => Self::Store(err),
            crate::unpause::UnpauseError::TooOften(wait) => Self::UnpauseTooOften(wait),
        }
    }
}

impl PageError {
    fn kind(&self) -> ErrorKind {
        match self {
            Self::LinkMissing | Self::Link(TokenError::Malformed(_) | TokenError::Invalid(_)) => {
                ErrorKind::InvalidLink
            }
            Self::Link(TokenError::Expired) => ErrorKind::ExpiredLink,
            Self::BadForm(_) | Self::Store(StoreError::Refused(_)) => ErrorKind::BadRequest,
            Self::Forbidden(_) => ErrorKind::Forbidden,
            Self::NotFound => ErrorKind::NotFound,
            Self::TooLarge => ErrorKind::TooLarge,
            Self::TooManyRequests(_) => ErrorKind::TooManyRequests,
            Self::UnpauseTooOften(_) => ErrorKind::UnpauseTooOften,
            Self::Store(err) if err.is_transient() => ErrorKind::Unavailable,
            Self::Session(_) => ErrorKind::Unavailable,
            Self::Store(_) | Self::Internal(_) => ErrorKind::Internal,
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let kind = self.kind();
        let mut response = kind.status().into_response();
        let retry_after = match &self {
            Self::TooManyRequests(wait) | Self::UnpauseTooOften(wait) => {
                // Whole seconds, rounded up: "0" would invite a retry now.
                Some(wait.as_secs() + u64::from(wait.subsec_nanos() > 0))
            }
            _ if kind == ErrorKind::Unavailable => Some(30),
            _ => None,
        };
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
        }
        response.extensions_mut().insert(ErrorPage {
            kind,
            cause: format!("{self:#}"),
            retry_after: retry_after.filter(|_| kind != ErrorKind::Unavailable),
        });
        response
    }
}

#[derive(Template)]
#[template(path = "pages/error.html")]
struct ErrorPageView<'a> {
    tr: Tr<'a>,
    chrome: Chrome<'a>,
    kind: ErrorKind,
    request_id: &'a str,
    /// When the visitor may try again, for limits that say so.
    retry_at: Option<String>,
}

/// Renders every 4xx/5xx response as a localised page and logs its cause.
pub async fn render_error_pages(
    State(AppState(app)): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let ctx = PageCtx::of(&mut parts, &app.i18n);
    let request_id = parts
        .headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-")
        .to_owned();
    let response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    let has_error = response.extensions().get::<ErrorPage>().is_some();
    // A handler's own page with a 4xx status (find-my-link's 422) stands.
    if is_page && !has_error {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    let mut retry_after = None;
    let kind = match parts.extensions.remove::<ErrorPage>() {
        Some(page) => {
            retry_after = page.retry_after;
            if status.is_server_error() {
                tracing::error!(cause = %page.cause, "request failed");
            } else {
                tracing::debug!(cause = %page.cause, "request refused");
            }
            page.kind
        }
        None => {
            if status.is_server_error() {
                tracing::error!(%status, "request failed outside a handler");
            }
            ErrorKind::from_status(status)
        }
    };
    let (tr, chrome) = frame(&app, &ctx);
    let view = ErrorPageView {
        tr,
        chrome,
        kind,
        request_id: &request_id,
        retry_at: retry_after.map(|seconds| {
            let seconds = i64::try_from(seconds).unwrap_or(i64::MAX / 2);
            crate::i18n::display_time(app.clock.now() + time::Duration::seconds(seconds))
        }),
    };
    let body = match render_html(&view) {
        Ok(html) => html,
        Err(err) => {
            tracing::error!(error = %err, "error page failed to render");
            "<!doctype html><title>Error</title><p>Error.</p>".to_owned()
        }
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    // Error pages depend on the request's language and ID: never cache them.
    parts
        .headers
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Response::from_parts(parts, Body::from(body))
}
