//! The portal's secrets: unpause link tokens (Boulder's compact HS256 JWS,
//! verified and minted), their signing keys, and the internal API's bearer
//! token.
//!
//! `RawToken` is what arrived in a URL or form, unverified; only
//! [`verify`] turns one into an [`UnpauseToken`]. The outcome classes follow
//! Boulder's `unpause.RedeemJWT` so both portals judge a link the same way;
//! the vectors in `tests/data/boulder-unpause-vectors.jsonl` pin that down.

mod api_token;
mod key;
mod mint;
mod provider;
mod verify;

use std::fmt;

pub use api_token::{ApiToken, token_file_lines};
pub use key::{KeyError, KeySet, SigningKey, shared_access, warn_if_shared};
pub use mint::{MintError, mint};
use time::OffsetDateTime;
pub use verify::{is_signed_by, verify};

use crate::domain::AccountId;

/// Longest token accepted. Boulder caps a link at 15 names (about 5 KiB of
/// token); anything far beyond is garbage or an attack, refused before
/// base64 or JSON work is spent on it.
pub const MAX_TOKEN_LEN: usize = 16 * 1024;

/// A token as received, not yet verified.
///
/// Invariant: non-empty, at most `MAX_TOKEN_LEN` bytes of URL-safe base64
/// and dots. `Debug` is redacted: a token is a bearer credential for its
/// account and must never reach a log line.
#[derive(Clone, PartialEq, Eq)]
pub struct RawToken(String);

impl RawToken {
    /// Refuses input that cannot be a compact JWS at all, without decoding it.
    pub fn parse(input: &str) -> Result<Self, TokenError> {
        if input.is_empty() {
            return Err(TokenError::Malformed("empty token"));
        }
        if input.len() > MAX_TOKEN_LEN {
            return Err(TokenError::Malformed("token too long"));
        }
        if !input
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        {
            return Err(TokenError::Malformed("character outside base64url"));
        }
        Ok(Self(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for RawToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RawToken(<{} bytes redacted>)", self.0.len())
    }
}

/// A verified link: signed by a configured key, unexpired, every claim
/// rule satisfied. Only [`verify`] builds one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnpauseToken {
    account: AccountId,
    identifiers: Vec<String>,
    expires_at: OffsetDateTime,
}

impl UnpauseToken {
    pub fn account(&self) -> AccountId {
        self.account
    }

    /// The names frozen into the link when it was minted, as Boulder wrote
    /// them (not validated: a Boulder-minted link may carry any string).
    /// The portal shows the live paused set from the database instead;
    /// these are a hint of what the ACME server saw.
    pub fn identifiers(&self) -> &[String] {
        &self.identifiers
    }

    pub fn expires_at(&self) -> OffsetDateTime {
        self.expires_at
    }
}

/// The outcome classes of Boulder's `RedeemJWT`, with a short reason for logs
/// and tests. Reasons are fixed strings: they never echo token content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    /// Structure, base64, algorithm, JSON types or signature.
    #[error("malformed token: {0}")]
    Malformed(&'static str),
    /// `exp` passed, beyond the leeway.
    #[error("expired token")]
    Expired,
    /// Signed by us but a claim rule fails (iss, aud, nbf, iat, sub, version,
    /// identifiers, missing exp).
    #[error("invalid token: {0}")]
    Invalid(&'static str),
}

impl TokenError {
    /// The class name used in metrics and tests: malformed, expired or invalid.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Malformed(_) => "malformed",
            Self::Expired => "expired",
            Self::Invalid(_) => "invalid",
        }
    }
}
