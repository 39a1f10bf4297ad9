//! Names and scope of the portal's cookies.
//!
//! Behind https every cookie is `__Host-` prefixed, `Secure` and `Path=/`:
//! browsers then refuse the name from a sibling domain or over plain http,
//! so a cookie planted by `evil.ca.example` (or by anyone on the path of a
//! plain-http request) can never be taken for ours. The prefix requires
//! `Path=/`, which is why the token cookies are not scoped to `/sfe/` there.
//! Over plain http (a test, a portal on loopback) the prefix is not
//! available: names are bare and the token cookies stay under `/sfe/`.

use std::borrow::Cow;

use crate::app::App;

const HOST_PREFIX: &str = "__Host-";

/// `base`, prefixed when the portal is served over https.
pub(super) fn name(app: &App, base: &'static str) -> Cow<'static, str> {
    if app.secure_cookies() {
        Cow::Owned(format!("{HOST_PREFIX}{base}"))
    } else {
        Cow::Borrowed(base)
    }
}

/// The path of the cookies only the unpause pages read.
pub(super) fn token_pages_path(app: &App) -> &'static str {
    if app.secure_cookies() { "/" } else { "/sfe/" }
}

/// `; Secure` behind https, else nothing.
pub(super) fn secure_attribute(app: &App) -> &'static str {
    if app.secure_cookies() { "; Secure" } else { "" }
}

/// The `__Host-` form of a cookie name, which only this host over https can
/// have set; readers that may accept either try it first.
pub(super) fn prefixed(base: &str) -> String {
    format!("{HOST_PREFIX}{base}")
}
