//! The result page's value: what the visitor's unpause did, kept in a
//! signed cookie rather than a server-side session.
//!
//! A post writes nothing but the unpause itself, so any instance behind a
//! load balancer can show the result, and the page survives a reload or a
//! language switch for as long as the cookie lives. The value is
//! `v1.names.account.remaining.expires.mac`; the MAC, by a key derived from
//! the link-signing keys (as the CSRF token's is), covers every field, so a
//! visitor cannot make the page claim what did not happen, and the expiry
//! inside it ends the value whatever a client keeps.

use axum::http::{HeaderMap, HeaderValue};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::hmac;
use subtle::ConstantTimeEq;

use super::{PageError, cookies, csrf};
use crate::app::App;
use crate::unpause::UnpauseReport;

const COOKIE: &str = "unpause_result";

/// The result page can be reloaded this long after the post.
const MAX_AGE_SECONDS: u32 = 3600;

const LABEL: &[u8] = b"acme-unpause result v1";

fn fields(report: &UnpauseReport, expires: i64) -> String {
    format!(
        "v1.{}.{}.{}.{expires}",
        report.names,
        u8::from(report.account),
        report.remaining
    )
}

fn mac(key: &hmac::Key, fields: &str) -> String {
    URL_SAFE_NO_PAD.encode(hmac::sign(key, fields.as_bytes()))
}

/// The `Set-Cookie` header that keeps `report` for the result page.
pub fn cookie(app: &App, report: &UnpauseReport) -> Result<HeaderValue, PageError> {
    let key = csrf::mac_keys(&app.keys, LABEL)
        .next()
        .ok_or_else(|| PageError::Internal(anyhow::anyhow!("no signing key")))?;
    let expires = app.clock.now().unix_timestamp() + i64::from(MAX_AGE_SECONDS);
    let fields = fields(report, expires);
    let value = format!(
        "{}={fields}.{}; Path={}; Max-Age={MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict{}",
        cookies::name(app, COOKIE),
        mac(&key, &fields),
        cookies::token_pages_path(app),
        cookies::secure_attribute(app),
    );
    HeaderValue::from_str(&value)
        .map_err(|e| PageError::Internal(anyhow::anyhow!("result cookie: {e}")))
}

/// The report the request's cookie holds, if one of the portal's keys
/// signed it and it has not expired; anything else is no result.
pub fn read(app: &App, headers: &HeaderMap) -> Option<UnpauseReport> {
    let value = super::lang::cookie(headers, &cookies::name(app, COOKIE))?;
    let (fields, submitted) = value.rsplit_once('.')?;
    let signed = csrf::mac_keys(&app.keys, LABEL)
        .any(|key| bool::from(mac(&key, fields).as_bytes().ct_eq(submitted.as_bytes())));
    if !signed {
        return None;
    }
    let mut parts = fields.split('.');
    let (Some("v1"), Some(names), Some(account), Some(remaining), Some(expires), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return None;
    };
    let expires: i64 = expires.parse().ok()?;
    if expires <= app.clock.now().unix_timestamp() {
        return None;
    }
    Some(UnpauseReport {
        names: names.parse().ok()?,
        account: account == "1",
        remaining: remaining.parse().ok()?,
    })
}
