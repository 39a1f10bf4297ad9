//! CSRF protection for the unpause form without a server-side session: a
//! signed double-submit token. The page sets a cookie holding a random
//! nonce and puts `nonce.expiry.mac` in the form; a post must carry both,
//! with the same nonce, an expiry still ahead, and a MAC made by one of the
//! portal's keys over the nonce, the expiry and the link the page was shown
//! for. Viewing a link therefore writes nothing anywhere, so link
//! previewers and mail scanners that fetch every link cost one read, not a
//! session row each.
//!
//! The expiry is inside the MAC because the cookie's `Max-Age` binds only
//! honest browsers: a value copied out of a page must stop working after
//! an hour whatever the client keeps. The link is inside it so that a form
//! value obtained with one link cannot be replayed with another one.
//!
//! The cookie is HttpOnly and SameSite=Strict (and `__Host-` behind https,
//! see `web::cookies`), and the form's post also passes the Origin check;
//! the MAC keeps a cookie planted by a sibling domain from being paired
//! with a value of the planter's choosing.

use axum::http::{HeaderMap, HeaderValue};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::{SecureRandom, SystemRandom};
use ring::{digest, hmac};
use subtle::ConstantTimeEq;

use super::{PageError, cookies};
use crate::app::App;
use crate::token::{KeySet, RawToken, UnpauseToken};

const COOKIE: &str = "unpause_csrf";

/// A visit may take this long between loading the page and posting it.
const MAX_AGE_SECONDS: u32 = 3600;

const LABEL: &[u8] = b"acme-unpause csrf v1";

/// The MAC key of each link-signing key for one purpose (`label`), so every
/// instance sharing the keys accepts every other instance's values, and
/// rotation works alike; a value made for one purpose is no good for another.
pub(super) fn mac_keys<'a>(
    keys: &'a KeySet,
    label: &'a [u8],
) -> impl Iterator<Item = hmac::Key> + 'a {
    keys.iter().map(move |key| {
        let derive = hmac::Key::new(hmac::HMAC_SHA256, key.bytes());
        let derived = hmac::sign(&derive, label);
        hmac::Key::new(hmac::HMAC_SHA256, derived.as_ref())
    })
}

/// What a form value is bound to: the account and the exact link.
struct Binding {
    account: i64,
    link_digest: digest::Digest,
}

impl Binding {
    fn of(token: &UnpauseToken, raw: &RawToken) -> Self {
        Self {
            account: token.account().get(),
            link_digest: digest::digest(&digest::SHA256, raw.as_str().as_bytes()),
        }
    }
}

fn mac(key: &hmac::Key, nonce: &str, expires: i64, binding: &Binding) -> String {
    let mut context = hmac::Context::with_key(key);
    // Fields separated by NUL, which none of them contains, so no two
    // different field sets give the same input.
    context.update(b"v2\0");
    context.update(nonce.as_bytes());
    context.update(format!("\0{expires}\0{}\0", binding.account).as_bytes());
    context.update(binding.link_digest.as_ref());
    URL_SAFE_NO_PAD.encode(context.sign())
}

/// A fresh token for the page of `token` (whose text is `raw`): the form's
/// value and the `Set-Cookie` header to send.
pub fn issue(
    app: &App,
    token: &UnpauseToken,
    raw: &RawToken,
) -> Result<(String, HeaderValue), PageError> {
    let mut bytes = [0u8; 32];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| PageError::Internal(anyhow::anyhow!("random generator failed")))?;
    let nonce = URL_SAFE_NO_PAD.encode(bytes);
    let key = mac_keys(&app.keys, LABEL)
        .next()
        .ok_or_else(|| PageError::Internal(anyhow::anyhow!("no signing key")))?;
    let expires = app.clock.now().unix_timestamp() + i64::from(MAX_AGE_SECONDS);
    let binding = Binding::of(token, raw);
    let form = format!("{nonce}.{expires}.{}", mac(&key, &nonce, expires, &binding));
    let cookie = format!(
        "{}={nonce}; Path={}; Max-Age={MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict{}",
        cookies::name(app, COOKIE),
        cookies::token_pages_path(app),
        cookies::secure_attribute(app),
    );
    let cookie = HeaderValue::from_str(&cookie)
        .map_err(|e| PageError::Internal(anyhow::anyhow!("CSRF cookie: {e}")))?;
    Ok((form, cookie))
}

/// Refuses a post whose form value does not match its cookie, has expired,
/// was issued for another link, or whose MAC none of the portal's keys
/// made. Compared in constant time.
pub fn check(
    app: &App,
    headers: &HeaderMap,
    submitted: &str,
    token: &UnpauseToken,
    raw: &RawToken,
) -> Result<(), PageError> {
    let cookie_nonce = super::lang::cookie(headers, &cookies::name(app, COOKIE))
        .ok_or(PageError::Forbidden("no CSRF cookie"))?;
    let mut parts = submitted.splitn(3, '.');
    let (Some(nonce), Some(expires), Some(submitted_mac)) =
        (parts.next(), parts.next(), parts.next())
    else {
        return Err(PageError::Forbidden("malformed CSRF token"));
    };
    let expires: i64 = expires
        .parse()
        .map_err(|_| PageError::Forbidden("malformed CSRF token"))?;
    if !bool::from(nonce.as_bytes().ct_eq(cookie_nonce.as_bytes())) {
        return Err(PageError::Forbidden("CSRF token does not match its cookie"));
    }
    let binding = Binding::of(token, raw);
    let valid = mac_keys(&app.keys, LABEL).any(|key| {
        bool::from(
            mac(&key, nonce, expires, &binding)
                .as_bytes()
                .ct_eq(submitted_mac.as_bytes()),
        )
    });
    if !valid {
        return Err(PageError::Forbidden(
            "CSRF token not made by this portal for this link",
        ));
    }
    // Judged after the MAC, so the expiry read is the one the portal wrote.
    if expires <= app.clock.now().unix_timestamp() {
        return Err(PageError::Forbidden("CSRF token expired"));
    }
    Ok(())
}
