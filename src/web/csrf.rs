//! CSRF protection for the unpause form without a server-side session: a
//! signed double-submit token. The page sets a cookie holding a random
//! nonce and puts `nonce.mac` in the form; a post must carry both, with the
//! same nonce and a MAC made by one of the portal's keys. Viewing a link
//! therefore writes nothing anywhere, so link previewers and mail scanners
//! that fetch every link cost one read, not a session row each.
//!
//! The cookie is HttpOnly and SameSite=Strict, and the form's post also
//! passes the Origin check; the MAC keeps a cookie planted by a sibling
//! domain from being paired with a value of the planter's choosing.

use axum::http::{HeaderMap, HeaderValue};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};
use subtle::ConstantTimeEq;

use super::PageError;
use crate::app::App;
use crate::token::KeySet;

const COOKIE: &str = "unpause_csrf";

/// A visit may take this long between loading the page and posting it.
const MAX_AGE_SECONDS: u32 = 3600;

/// The MAC key of each link-signing key, so every instance sharing the
/// keys accepts every other instance's tokens, and rotation works alike.
fn mac_keys(keys: &KeySet) -> impl Iterator<Item = hmac::Key> + '_ {
    keys.iter().map(|key| {
        let derive = hmac::Key::new(hmac::HMAC_SHA256, key.bytes());
        let derived = hmac::sign(&derive, b"acme-unpause csrf v1");
        hmac::Key::new(hmac::HMAC_SHA256, derived.as_ref())
    })
}

fn mac(key: &hmac::Key, nonce: &str) -> String {
    URL_SAFE_NO_PAD.encode(hmac::sign(key, nonce.as_bytes()))
}

/// A fresh token: the form's value and the `Set-Cookie` header to send.
pub fn issue(app: &App) -> Result<(String, HeaderValue), PageError> {
    let mut bytes = [0u8; 32];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| PageError::Internal(anyhow::anyhow!("random generator failed")))?;
    let nonce = URL_SAFE_NO_PAD.encode(bytes);
    let key = mac_keys(&app.keys)
        .next()
        .ok_or_else(|| PageError::Internal(anyhow::anyhow!("no signing key")))?;
    let form = format!("{nonce}.{}", mac(&key, &nonce));
    let secure = if app.secure_cookies() { "; Secure" } else { "" };
    let cookie = format!(
        "{COOKIE}={nonce}; Path=/sfe/; Max-Age={MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict{secure}"
    );
    let cookie = HeaderValue::from_str(&cookie)
        .map_err(|e| PageError::Internal(anyhow::anyhow!("CSRF cookie: {e}")))?;
    Ok((form, cookie))
}

/// Refuses a post whose form value does not match its cookie, or whose MAC
/// none of the portal's keys made. Compared in constant time.
pub fn check(app: &App, headers: &HeaderMap, submitted: &str) -> Result<(), PageError> {
    let cookie_nonce =
        super::lang::cookie(headers, COOKIE).ok_or(PageError::Forbidden("no CSRF cookie"))?;
    let (nonce, submitted_mac) = submitted
        .split_once('.')
        .ok_or(PageError::Forbidden("malformed CSRF token"))?;
    if !bool::from(nonce.as_bytes().ct_eq(cookie_nonce.as_bytes())) {
        return Err(PageError::Forbidden("CSRF token does not match its cookie"));
    }
    let valid = mac_keys(&app.keys)
        .any(|key| bool::from(mac(&key, nonce).as_bytes().ct_eq(submitted_mac.as_bytes())));
    if valid {
        Ok(())
    } else {
        Err(PageError::Forbidden("CSRF token not made by this portal"))
    }
}
