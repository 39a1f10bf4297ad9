//! Minting links that Boulder's verifier accepts.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::Serialize;
use time::{Duration, OffsetDateTime};

use super::verify::{AUDIENCE, ISSUER, VERSION};
use super::{KeySet, provider};
use crate::domain::{AccountId, Identifier};

#[derive(Debug, thiserror::Error)]
pub enum MintError {
    #[error("a link needs at least one identifier")]
    NoIdentifiers,
    #[error("link lifetime must be positive")]
    Lifetime,
    #[error("too many or too long identifiers: the link would exceed {max} bytes", max = super::MAX_TOKEN_LEN)]
    TooLong,
    #[error("signing failed: {0}")]
    Sign(#[from] jsonwebtoken::errors::Error),
}

/// Boulder's claim layout. Fields are in alphabetical order so the payload is
/// byte-identical to Boulder's (Go sorts keys); integer dates and a plain
/// string `aud`, which every version of Boulder's verifier accepts.
#[derive(Serialize)]
struct Claims<'a> {
    aud: &'a str,
    exp: i64,
    iat: i64,
    identifiers: String,
    iss: &'a str,
    sub: String,
    version: &'a str,
}

/// Mints a token for `account` covering `identifiers`, signed with the first
/// key, valid from `now` for `lifetime`.
pub fn mint(
    keys: &KeySet,
    account: AccountId,
    identifiers: &[Identifier],
    now: OffsetDateTime,
    lifetime: Duration,
) -> Result<String, MintError> {
    if identifiers.is_empty() {
        return Err(MintError::NoIdentifiers);
    }
    if !lifetime.is_positive() {
        return Err(MintError::Lifetime);
    }
    let claims = Claims {
        aud: AUDIENCE,
        exp: (now + lifetime).unix_timestamp(),
        iat: now.unix_timestamp(),
        identifiers: identifiers
            .iter()
            .map(Identifier::value)
            .collect::<Vec<_>>()
            .join(","),
        iss: ISSUER,
        sub: account.to_string(),
        version: VERSION,
    };
    // Boulder's header is exactly {"alg":"HS256"}: no "typ".
    let header = Header {
        typ: None,
        ..Header::new(Algorithm::HS256)
    };
    provider::ensure_installed();
    let key = EncodingKey::from_secret(keys.signing().bytes());
    let token = jsonwebtoken::encode(&header, &claims, &key)?;
    // Never mint what `RawToken::parse` would refuse.
    if token.len() > super::MAX_TOKEN_LEN {
        return Err(MintError::TooLong);
    }
    Ok(token)
}
