//! Extractors: request input parsed once into typed values, refused with a
//! `PageError` before any store call when it is wrong.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{Method, header};

use super::lang::{negotiate_locale, query_param};
use super::{AppState, PageError, paths};
use crate::domain::Identifier;
use crate::i18n::{I18n, Locale};
use crate::store::{Actor, AuditContext, MAX_SELECTED};
use crate::token::{RawToken, TokenError};
use crate::unpause::Choice;

/// What every page needs from its request: the negotiated locale, and where
/// the language picker sends the visitor so they stay on the same page.
#[derive(Debug, Clone)]
pub struct PageCtx {
    pub locale: Locale,
    /// The current path when it can be fetched again with GET, else home.
    pub picker_action: String,
    /// The link token of the current page, carried through a language switch.
    pub picker_jwt: Option<String>,
}

impl PageCtx {
    /// The context of this request, computed once: the error renderer asks
    /// first (before the handler runs, so that any error page is in the
    /// visitor's language), and the handler's extractor gets its copy from
    /// the request's extensions.
    pub fn of(parts: &mut Parts, i18n: &I18n) -> Self {
        if let Some(ctx) = parts.extensions.get::<Self>() {
            return ctx.clone();
        }
        let get = parts.method == Method::GET;
        let uri = &parts.uri;
        let locale = negotiate_locale(&parts.headers, uri, i18n);
        // Only our own pages: the path is echoed into a form action.
        let picker_action = if get && paths::PAGES.contains(&uri.path()) {
            uri.path().to_owned()
        } else {
            paths::HOME.to_owned()
        };
        let picker_jwt = if get {
            match QueryJwt::of(parts) {
                QueryJwt {
                    parsed: Some(Ok(raw)),
                    trimmed: false,
                } => Some(raw.as_str().to_owned()),
                _ => None,
            }
        } else {
            None
        };
        let ctx = Self {
            locale,
            picker_action,
            picker_jwt,
        };
        parts.extensions.insert(ctx.clone());
        ctx
    }
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        Ok(Self::of(parts, &state.0.i18n))
    }
}

/// The `jwt` query parameter, parsed once per request: the language picker
/// (`PageCtx`) and `QueryToken` both need it.
#[derive(Debug, Clone)]
struct QueryJwt {
    /// `None` when the query has no `jwt`; else the trimmed value, parsed.
    parsed: Option<Result<RawToken, TokenError>>,
    /// The value had whitespace around it: `QueryToken` takes the trimmed
    /// token, the picker carries a token only when it came exactly so.
    trimmed: bool,
}

impl QueryJwt {
    fn of(parts: &mut Parts) -> Self {
        if let Some(jwt) = parts.extensions.get::<Self>() {
            return jwt.clone();
        }
        let text = query_param(&parts.uri, "jwt");
        let jwt = Self {
            parsed: text.as_deref().map(|t| RawToken::parse(t.trim())),
            trimmed: text.as_deref().is_some_and(|t| t.trim() != t),
        };
        parts.extensions.insert(jwt.clone());
        jwt
    }
}

/// The `jwt` query parameter, present and shaped like a token.
#[derive(Debug)]
pub struct QueryToken(pub RawToken);

impl<S: Send + Sync> FromRequestParts<S> for QueryToken {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, PageError> {
        match QueryJwt::of(parts).parsed {
            None => Err(PageError::LinkMissing),
            Some(parsed) => Ok(Self(parsed?)),
        }
    }
}

/// Refuses a state-changing request that a browser marks as coming from
/// another site. Complements the session-bound CSRF token: either alone
/// stops a cross-site form post.
#[derive(Debug)]
pub struct SameOrigin;

impl FromRequestParts<AppState> for SameOrigin {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let headers = &parts.headers;
        if let Some(site) = headers.get("sec-fetch-site") {
            // "none": typed or bookmarked by the user themselves.
            if !matches!(site.as_bytes(), b"same-origin" | b"none") {
                return Err(PageError::Forbidden("Sec-Fetch-Site is not same-origin"));
            }
            // The browser itself vouches that the form came from this
            // origin, and no page can forge a Sec-Fetch-* header. Origin may
            // then say "null" for no fault of the visitor (a page cached
            // under an old no-referrer policy), so it is not consulted.
            // "none" vouches for nothing about the form: Origin still must.
            if site.as_bytes() == b"same-origin" {
                return Ok(Self);
            }
        }
        if let Some(origin) = headers.get(header::ORIGIN) {
            let origin = origin.to_str().unwrap_or("");
            // Behind a proxy the public URL is the origin browsers see; direct
            // access (a second host name, a test) matches the Host header,
            // under the public URL's scheme: an https page must not vouch
            // for a post to the http portal, nor the other way round.
            let scheme = if state.0.secure_cookies() {
                "https://"
            } else {
                "http://"
            };
            let host_matches = headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .is_some_and(|host| origin.strip_prefix(scheme) == Some(host));
            if origin != state.0.public_url && !host_matches {
                return Err(PageError::Forbidden("foreign Origin"));
            }
        }
        Ok(Self)
    }
}

/// Longest user agent kept; the store clips again, this bounds the copy.
const MAX_USER_AGENT: usize = 512;

/// Who is asking, for the audit trail.
#[derive(Debug)]
pub struct Client(pub AuditContext);

impl FromRequestParts<AppState> for Client {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let trusted = &state.0.settings.trusted_proxies;
        let client_ip = Some(super::client_ip::from_parts_cached(parts, trusted).to_string());
        let user_agent = parts.headers.get(header::USER_AGENT).map(|v| {
            String::from_utf8_lossy(v.as_bytes())
                .chars()
                .take(MAX_USER_AGENT)
                .collect()
        });
        Ok(Self(AuditContext {
            actor: Actor::Portal,
            client_ip,
            user_agent,
            reason: None,
        }))
    }
}

/// The unpause form, parsed. The token may come in the form or, as in
/// Boulder's form, in the query string.
#[derive(Debug)]
pub struct UnpauseForm {
    pub token: RawToken,
    pub csrf: String,
    pub choice: Choice,
}

impl<S: Send + Sync> FromRequest<S> for UnpauseForm {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &S) -> Result<Self, PageError> {
        let is_form = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(PageError::BadForm("not a form submission"));
        }
        let query_token = query_param(request.uri(), "jwt");
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    PageError::TooLarge
                } else {
                    PageError::BadForm("unreadable body")
                }
            })?;
        parse_form(&body, query_token)
    }
}

pub(super) fn parse_form(
    body: &[u8],
    query_token: Option<String>,
) -> Result<UnpauseForm, PageError> {
    let mut token = None;
    let mut csrf = None;
    let mut action = None;
    let mut names = Vec::new();
    for (key, value) in form_urlencoded::parse(body) {
        match &*key {
            "jwt" => token = Some(value.into_owned()),
            "csrf" => csrf = Some(value.into_owned()),
            "action" => action = Some(value.into_owned()),
            "name" => {
                if names.len() == MAX_SELECTED {
                    return Err(PageError::BadForm("too many names"));
                }
                // As listed, not canonicalised: see `Identifier::from_listed`.
                names.push(
                    Identifier::from_listed(&value).map_err(|_| PageError::BadForm("bad name"))?,
                );
            }
            _ => {}
        }
    }
    let token = token.or(query_token).ok_or(PageError::LinkMissing)?;
    let token = RawToken::parse(token.trim())?;
    // A missing CSRF field is a forgery signal, not a typo: 403, not 400.
    let csrf = csrf.ok_or(PageError::Forbidden("no CSRF token"))?;
    let choice = match action.as_deref() {
        Some("all") => Choice::Everything,
        Some("selected") if names.is_empty() => return Err(PageError::BadForm("nothing ticked")),
        Some("selected") => Choice::Only(names),
        _ => return Err(PageError::BadForm("no action chosen")),
    };
    Ok(UnpauseForm {
        token,
        csrf,
        choice,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(uri: &str) -> Parts {
        axum::http::Request::builder()
            .uri(uri)
            .body(())
            .unwrap()
            .into_parts()
            .0
    }

    #[tokio::test]
    async fn a_request_is_negotiated_and_its_token_parsed_once() {
        let i18n = I18n::load().unwrap();
        let mut parts = request("/sfe/v1/unpause?jwt=a.b.c&lang=de");
        let ctx = PageCtx::of(&mut parts, &i18n);
        assert_eq!(ctx.locale.tag(), "de");
        assert_eq!(ctx.picker_jwt.as_deref(), Some("a.b.c"));
        // Later readers get the first result, not a computation of their own.
        parts.uri = "/help?jwt=x.y.z&lang=fr".parse().unwrap();
        assert_eq!(PageCtx::of(&mut parts, &i18n).locale.tag(), "de");
        let QueryToken(raw) = QueryToken::from_request_parts(&mut parts, &())
            .await
            .unwrap();
        assert_eq!(raw.as_str(), "a.b.c");
    }

    #[tokio::test]
    async fn a_padded_token_opens_the_page_but_is_not_carried_by_the_picker() {
        let i18n = I18n::load().unwrap();
        let mut parts = request("/sfe/v1/unpause?jwt=%20a.b.c%20");
        assert_eq!(PageCtx::of(&mut parts, &i18n).picker_jwt, None);
        let QueryToken(raw) = QueryToken::from_request_parts(&mut parts, &())
            .await
            .unwrap();
        assert_eq!(raw.as_str(), "a.b.c");
        let mut parts = request("/sfe/v1/unpause");
        assert!(matches!(
            QueryToken::from_request_parts(&mut parts, &()).await,
            Err(PageError::LinkMissing)
        ));
    }

    #[test]
    fn form_with_selected_names_parses() {
        let body = b"jwt=a.b.c&csrf=x&action=selected&name=dns%3Aa.example&name=ip%3A192.0.2.1";
        let form = parse_form(body, None).unwrap();
        assert_eq!(form.token.as_str(), "a.b.c");
        let Choice::Only(names) = form.choice else {
            panic!("expected a selection")
        };
        assert_eq!(names.len(), 2);
    }

    #[test]
    fn form_token_may_come_from_the_query() {
        let form = parse_form(b"csrf=x&action=all", Some("q.r.s".into())).unwrap();
        assert_eq!(form.token.as_str(), "q.r.s");
        assert_eq!(form.choice, Choice::Everything);
    }

    #[test]
    fn bad_forms_are_refused_with_the_right_error() {
        assert!(matches!(
            parse_form(b"csrf=x&action=all", None),
            Err(PageError::LinkMissing)
        ));
        assert!(matches!(
            parse_form(b"jwt=a.b.c&action=all", None),
            Err(PageError::Forbidden(_))
        ));
        assert!(matches!(
            parse_form(b"jwt=a.b.c&csrf=x&action=selected", None),
            Err(PageError::BadForm(_))
        ));
        assert!(matches!(
            parse_form(b"jwt=a.b.c&csrf=x&action=selected&name=<b>", None),
            Err(PageError::BadForm(_))
        ));
        assert!(matches!(
            parse_form(b"jwt=a.b.c&csrf=x&action=drop", None),
            Err(PageError::BadForm(_))
        ));
    }
}
