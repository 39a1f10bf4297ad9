//! What the internal API accepts: its JSON body extractor and the field
//! types that check a request as it is decoded, so a handler only ever
//! sees valid values and an error names the field at fault.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::ApiError;
use crate::domain::{AccountId, Contact, DomainError, Identifier, IdentifierType};

/// A JSON body whose errors name the field at fault
/// (`identifiers[2].type: unknown variant …`).
pub(super) struct ApiJson<T>(pub(super) T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let is_json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if !is_json {
            return Err(ApiError::BadRequest(
                "the body must be application/json".into(),
            ));
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                // The other failure is a body cut off by the server's
                // deadline: the caller's fault, not its size.
                if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::TooLarge
                } else {
                    ApiError::BadRequest("the body arrived too slowly or broke off".into())
                }
            })?;
        let mut json = serde_json::Deserializer::from_slice(&bytes);
        serde_path_to_error::deserialize(&mut json)
            .map(ApiJson)
            .map_err(|err| {
                let path = err.path().to_string();
                let inner = err.into_inner();
                ApiError::BadRequest(if path == "." {
                    inner.to_string()
                } else {
                    format!("{path}: {inner}")
                })
            })
    }
}

/// An account ID in a request: a JSON number, > 0.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(try_from = "i64")]
pub(super) struct ApiAccount(pub(super) AccountId);

impl TryFrom<i64> for ApiAccount {
    type Error = DomainError;

    fn try_from(id: i64) -> Result<Self, DomainError> {
        AccountId::new(id).map(Self)
    }
}

/// An ACME identifier object in a request.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "IdentifierObject")]
pub(super) struct ApiIdentifier(pub(super) Identifier);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IdentifierObject {
    #[serde(rename = "type")]
    kind: String,
    value: String,
}

impl TryFrom<IdentifierObject> for ApiIdentifier {
    type Error = DomainError;

    fn try_from(object: IdentifierObject) -> Result<Self, DomainError> {
        let kind: IdentifierType = object.kind.parse()?;
        Identifier::new(kind, &object.value).map(Self)
    }
}

/// Identifiers as given, duplicates dropped (first mention kept).
pub(super) fn identifiers(list: Vec<ApiIdentifier>) -> Vec<Identifier> {
    let mut seen = std::collections::HashSet::new();
    list.into_iter()
        .map(|ApiIdentifier(i)| i)
        .filter(|i| seen.insert(i.clone()))
        .collect()
}

/// Longest `reason` accepted.
pub(super) const MAX_TEXT: usize = 512;

/// Text a caller may send, at most [`MAX_TEXT`] characters.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "String")]
pub(super) struct ApiText(pub(super) String);

impl TryFrom<String> for ApiText {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        if text.chars().count() > MAX_TEXT {
            return Err(format!("longer than {MAX_TEXT} characters"));
        }
        // Refused here, the same on every backend: PostgreSQL cannot store
        // a NUL at all (a 500 on every resend), and the others would keep
        // escape sequences for the terminal of whoever reads the trail.
        if text.chars().any(char::is_control) {
            return Err("control characters are not accepted".into());
        }
        Ok(Self(text))
    }
}

/// A user agent as the ACME server reports it, which is whatever the
/// client sent: never refused (one odd client must not fail a whole batch
/// of outcomes on every resend), but control characters are replaced by
/// U+FFFD, the same on every backend, and only the first [`MAX_TEXT`]
/// characters are kept, as the audit trail does.
#[derive(Debug, Clone, Deserialize)]
#[serde(from = "String")]
pub(super) struct ApiUserAgent(pub(super) String);

impl From<String> for ApiUserAgent {
    fn from(text: String) -> Self {
        Self(
            text.chars()
                .take(MAX_TEXT)
                .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
                .collect(),
        )
    }
}

/// An account contact: `mailto:` and one address.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "String")]
pub(super) struct ApiContact(pub(super) Contact);

impl TryFrom<String> for ApiContact {
    type Error = DomainError;

    fn try_from(text: String) -> Result<Self, DomainError> {
        Contact::parse(&text).map(Self)
    }
}

/// A BCP 47 language tag such as `de` or `pt-BR`.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "String")]
pub(super) struct ApiLanguage(pub(super) String);

impl TryFrom<String> for ApiLanguage {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        match text.parse::<unic_langid::LanguageIdentifier>() {
            Ok(id) if text.len() <= 35 => Ok(Self(id.to_string())),
            _ => Err(format!("not a language tag: {text:?}")),
        }
    }
}

pub(super) fn contact_list(list: Vec<ApiContact>) -> Vec<Contact> {
    list.into_iter().map(|ApiContact(c)| c).collect()
}

pub(super) fn ip_text(ip: Option<std::net::IpAddr>) -> Option<String> {
    ip.map(|ip| ip.to_string())
}
