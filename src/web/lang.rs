//! Which language a request gets, and remembering an explicit choice.
//!
//! Order: `?lang=` on any URL, then the `lang` cookie (set when a visitor
//! picks a language), then Accept-Language, then English.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Uri, header};
use axum::middleware::Next;
use axum::response::Response;

use super::AppState;
use crate::i18n::{I18n, Locale};

/// Name of the cookie remembering a visitor's language choice.
pub const LANG_COOKIE: &str = "lang";

/// A year: the choice outlives any one visit.
const LANG_COOKIE_MAX_AGE: u32 = 365 * 24 * 3600;

/// Value of a query parameter, first occurrence.
pub fn query_param(uri: &Uri, name: &str) -> Option<String> {
    form_urlencoded::parse(uri.query()?.as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// Value of a request cookie, first occurrence. Every cookie the portal
/// reads goes through here, so all of them agree on how a header is split.
pub(super) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(::cookie::Cookie::split_parse)
        // A pair without `=` is skipped, not the end of the header: the
        // cookies after it are still the browser's.
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}

/// The visitor's language for this request.
pub fn negotiate_locale(headers: &HeaderMap, uri: &Uri, i18n: &I18n) -> Locale {
    let query = query_param(uri, "lang");
    // The `__Host-` form first: only this host over https can have set it.
    let cookie = cookie(headers, &super::cookies::prefixed(LANG_COOKIE))
        .or_else(|| cookie(headers, LANG_COOKIE));
    let explicit: Vec<&str> = query
        .iter()
        .chain(cookie.iter())
        .map(String::as_str)
        .collect();
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    i18n.negotiate(&explicit, accept)
}

/// Sets the language cookie when a request names a supported language with
/// `?lang=`, so the rest of the visit (and the next one) stays in it.
pub async fn remember_language(
    State(AppState(app)): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let chosen = query_param(request.uri(), "lang")
        .and_then(|tag| app.i18n.find(&tag).map(|l| l.tag().to_owned()));
    let mut response = next.run(request).await;
    if let Some(tag) = chosen {
        // The tag is one of ours (checked above), so it is a safe cookie value.
        let value = format!(
            "{}={tag}; Path=/; Max-Age={LANG_COOKIE_MAX_AGE}; SameSite=Lax{}",
            super::cookies::name(&app, LANG_COOKIE),
            super::cookies::secure_attribute(&app),
        );
        if let Ok(value) = HeaderValue::from_str(&value) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_cookie_of_a_name_wins() {
        let mut headers = HeaderMap::new();
        headers.append(
            header::COOKIE,
            HeaderValue::from_static("junk; lang=de; a=1"),
        );
        headers.append(header::COOKIE, HeaderValue::from_static("lang=fr; b=2"));
        assert_eq!(cookie(&headers, "lang").as_deref(), Some("de"));
        assert_eq!(cookie(&headers, "b").as_deref(), Some("2"));
        assert_eq!(cookie(&headers, "c"), None);
        assert_eq!(cookie(&HeaderMap::new(), "lang"), None);
    }
}
