//! Errors of the internal API: RFC 9457 problem documents.
//!
//! Like `PageError` for pages, `ApiError` is the only error an API handler
//! returns; the cause is logged, and the caller gets a short, stable
//! message. A missing or wrong token gets a bare 401 with no hint.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::pausing::PausingError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("unauthorized")]
    Unauthorized,
    /// The body is not the JSON the endpoint expects; names the field.
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("request body too large")]
    TooLarge,
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("internal error: {0}")]
    Internal(#[from] anyhow::Error),
}

impl From<PausingError> for ApiError {
    fn from(err: PausingError) -> Self {
        match err {
            PausingError::Invalid(detail) => Self::BadRequest(detail),
            PausingError::Store(err) => Self::Store(err),
            PausingError::Link(err) => Self::Internal(err.into()),
        }
    }
}

/// `application/problem+json` body.
#[derive(Debug, Serialize)]
struct ProblemBody<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    title: &'a str,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
}

impl ApiError {
    fn status(&self) -> StatusCode {
        match self {
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::BadRequest(_) | Self::Store(StoreError::Refused(_)) => StatusCode::BAD_REQUEST,
            Self::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Store(err) if err.is_transient() => StatusCode::SERVICE_UNAVAILABLE,
            Self::Store(_) | Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(cause = %format!("{self:#}"), "API request failed");
        }
        if status == StatusCode::UNAUTHORIZED {
            // Nothing that could help a guesser: no body, no scheme details.
            let mut response = status.into_response();
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            return response;
        }
        let detail = match &self {
            Self::BadRequest(detail) => Some(detail.as_str()),
            Self::Store(StoreError::Refused(detail)) => Some(*detail),
            _ => None,
        };
        let body = ProblemBody {
            kind: "about:blank",
            title: status.canonical_reason().unwrap_or("Error"),
            status: status.as_u16(),
            detail,
        };
        let mut response = (status, axum::Json(body)).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        }
        response
    }
}
