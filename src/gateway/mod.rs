//! The ACME gateway: a reverse proxy that gives pausing to an ACME server
//! that has none. It forwards every request and response unchanged, and
//! reads three things on the way:
//!
//! - **a new order** (a JWS whose payload lists `identifiers`): the same
//!   check as the internal API's; when anything is paused the gateway
//!   answers itself, with the problem document the ACME server would send,
//!   `Retry-After`, a `Link` to the help page and a fresh `Replay-Nonce`;
//! - **an authorization or order reaching a final status** in a response:
//!   an outcome for the pausing policy, once per object however often the
//!   client polls it;
//! - **an account's contacts** (newAccount, account updates), so a pause
//!   is emailed.
//!
//! Accounts are identified by their URL ([`jws::account_id`]).

pub mod jws;
mod recorder;
pub mod tls;
mod upstream;

use std::sync::{Arc, Mutex, PoisonError};

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use serde_json::{Value, json};

pub use recorder::{OUTCOMES_LOST, OUTCOMES_QUEUED, Recorder};
pub use upstream::{Upstream, UpstreamError};

use crate::app::App;
use crate::domain::AccountId;
use crate::pausing::{self, LinkSigner, PausingError, Reported};
use crate::policy::Outcome;
use crate::settings::GatewaySettings;
use crate::store::ValidationOutcome;
use crate::web::client_ip;
use jws::{Jws, Learned};

/// Largest request body read (JWS requests are a few kilobytes; a CSR
/// with many names stays well under this).
const MAX_REQUEST: usize = 256 * 1024;
/// Largest JSON response read for outcomes; larger ones pass unread.
const MAX_JSON_RESPONSE: usize = 1024 * 1024;
/// Longest user agent kept.
const MAX_USER_AGENT: usize = 512;

/// Counters for operators.
pub const REFUSED_ORDERS: &str = "acme_unpause_gateway_refused_orders_total";
pub const UPSTREAM_ERRORS: &str = "acme_unpause_gateway_upstream_errors_total";
pub const CHECKS_FAILED_OPEN: &str = "acme_unpause_gateway_checks_failed_open_total";

/// The gateway's shared state.
#[derive(Debug)]
pub struct Gateway {
    app: Arc<App>,
    upstream: Upstream,
    recorder: Recorder,
    settings: GatewaySettings,
    /// The upstream's newNonce path, learned from its directory.
    new_nonce: Mutex<Option<String>>,
}

impl Gateway {
    pub fn new(app: Arc<App>, upstream: Upstream, recorder: Recorder) -> Self {
        let settings = app.settings.gateway.clone();
        Self {
            app,
            upstream,
            recorder,
            settings,
            new_nonce: Mutex::new(None),
        }
    }
}

/// The gateway for `app`'s `[gateway]` settings, and the task that
/// records what it learns (it ends once the gateway is dropped and its
/// queue is drained).
pub fn start(app: Arc<App>) -> anyhow::Result<(Arc<Gateway>, tokio::task::JoinHandle<()>)> {
    let settings = &app.settings.gateway;
    let Some(origin) = settings.upstream.clone() else {
        anyhow::bail!(
            "--upstream (gateway.upstream) is required: the ACME server's scheme://host[:port]"
        );
    };
    let upstream = Upstream::new(
        origin,
        settings.upstream_ca.as_deref(),
        settings.upstream_timeout,
    )?;
    let (recorder, task) = Recorder::start(app.clone(), settings.outcome_queue);
    Ok((Arc::new(Gateway::new(app, upstream, recorder)), task))
}

/// Every path goes to [`proxy`].
pub fn router(gateway: Arc<Gateway>) -> Router {
    Router::new().fallback(proxy).with_state(gateway)
}

/// The request header in which a client declares that it shows ACME
/// errors to a person (docs/CLIENT-AUTHORS.md).
pub const SHOWS_ERRORS_HEADER: &str = "acme-client-shows-errors";

/// Who sent a request, for the policy and the audit trail.
struct Client {
    ip: Option<String>,
    user_agent: Option<String>,
    /// It sent [`SHOWS_ERRORS_HEADER`] as true.
    shows_errors: bool,
}

/// Whether the request's headers declare that the client shows errors:
/// the header once, `?1` (a Structured Fields boolean, RFC 8941) or `1`.
fn declares_shows_errors(headers: &axum::http::HeaderMap) -> bool {
    let mut values = headers.get_all(SHOWS_ERRORS_HEADER).iter();
    match (values.next(), values.next()) {
        (Some(value), None) => matches!(value.as_bytes().trim_ascii(), b"?1" | b"1"),
        _ => false,
    }
}

/// A stable, non-zero number for an ACME object's result, the same on
/// every gateway instance, so the store can count it once
/// ([`crate::policy::Context::event`]).
fn event_id(key: &str) -> u64 {
    let digest = ring::digest::digest(&ring::digest::SHA256, key.as_bytes());
    let mut first = [0_u8; 8];
    first.copy_from_slice(&digest.as_ref()[..8]);
    u64::from_be_bytes(first).max(1)
}

async fn proxy(State(gateway): State<Arc<Gateway>>, request: Request) -> Response {
    let (mut parts, body) = request.into_parts();
    let trusted = &gateway.app.settings.trusted_proxies;
    let client = Client {
        ip: Some(client_ip::from_parts_cached(&mut parts, trusted).to_string()),
        user_agent: parts.headers.get(header::USER_AGENT).map(|v| {
            String::from_utf8_lossy(v.as_bytes())
                .chars()
                .take(MAX_USER_AGENT)
                .collect()
        }),
        shows_errors: declares_shows_errors(&parts.headers),
    };
    if parts.method != Method::POST {
        let request = Request::from_parts(parts, body);
        return gateway.forward(request, None, &client).await;
    }
    let bytes = match http_body_util::Limited::new(body, MAX_REQUEST)
        .collect()
        .await
    {
        Ok(collected) => collected.to_bytes(),
        Err(_) => {
            return problem(
                StatusCode::PAYLOAD_TOO_LARGE,
                "malformed",
                "request too large",
            );
        }
    };
    let jws = jws::read(&bytes);
    if let Some(refusal) = gateway.refuse_paused(jws.as_ref(), &parts.headers).await {
        return refusal;
    }
    let request = Request::from_parts(parts, Body::from(bytes));
    gateway.forward(request, jws.as_ref(), &client).await
}

impl Gateway {
    /// Forwards a request, and reads the response for what it teaches.
    async fn forward(&self, request: Request, jws: Option<&Jws>, client: &Client) -> Response {
        let response = match self.upstream.send(request).await {
            Ok(response) => response,
            Err(err) => {
                tracing::warn!(error = %err, "upstream request failed");
                ::metrics::counter!(UPSTREAM_ERRORS).increment(1);
                let status = match err {
                    UpstreamError::TimedOut(_) => StatusCode::GATEWAY_TIMEOUT,
                    UpstreamError::Unreachable(_) => StatusCode::BAD_GATEWAY,
                };
                return problem(
                    status,
                    "serverInternal",
                    "the ACME server is unreachable; try again later",
                );
            }
        };
        let is_json = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if !is_json {
            return response.map(Body::new);
        }
        let (parts, body) = response.into_parts();
        let bytes = match http_body_util::Limited::new(body, MAX_JSON_RESPONSE)
            .collect()
            .await
        {
            Ok(collected) => collected.to_bytes(),
            Err(err) => {
                tracing::warn!(error = %err, "upstream JSON response unreadable");
                return problem(
                    StatusCode::BAD_GATEWAY,
                    "serverInternal",
                    "the ACME server's answer was cut short",
                );
            }
        };
        if let Ok(object) = serde_json::from_slice::<Value>(&bytes) {
            let location = parts
                .headers
                .get(header::LOCATION)
                .and_then(|v| v.to_str().ok());
            self.observe(&object, jws, location, client);
        }
        Response::from_parts(parts, Body::from(bytes))
    }

    /// Learns from one upstream JSON object.
    fn observe(&self, object: &Value, jws: Option<&Jws>, location: Option<&str>, client: &Client) {
        if let Some(path) = object.get("newNonce").and_then(Value::as_str) {
            if let Ok(url) = url::Url::parse(path) {
                *self
                    .new_nonce
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner) = Some(url.path().to_owned());
            }
            return;
        }
        let Some(jws) = jws else { return };
        // newAccount answers with the account URL in Location; an update
        // is signed by it.
        let account_url = jws.kid.as_deref().or(location);
        let Some(account) = account_url.and_then(jws::account_id) else {
            return;
        };
        if let Some(contacts) = jws.payload.as_ref().and_then(jws::contacts) {
            self.recorder.set_contacts(account, contacts);
        }
        match jws::learn(object) {
            Some(Learned::Authorization { identifier, valid }) => {
                // The authorization's own URL is the one the client polls.
                let key = format!(
                    "{account}:{}:authz:{}",
                    identifier.typed(),
                    object_key(object)
                );
                if self.recorder.first_time(&key) {
                    let outcome = if valid {
                        Outcome::Success
                    } else {
                        Outcome::Failure
                    };
                    self.record(account, identifier, outcome, event_id(&key), client);
                }
            }
            Some(Learned::Issued {
                identifiers,
                finalize,
            }) if self.recorder.first_time(&finalize) => {
                let event = event_id(&finalize);
                for identifier in identifiers {
                    self.record(account, identifier, Outcome::Success, event, client);
                }
            }
            _ => {}
        }
    }

    fn record(
        &self,
        account: AccountId,
        identifier: crate::domain::Identifier,
        outcome: Outcome,
        event: u64,
        client: &Client,
    ) {
        self.recorder.record(Reported {
            outcome: ValidationOutcome {
                account,
                identifier,
                outcome,
                at: self.app.clock.now(),
                client_ip: client.ip.clone(),
                user_agent: client.user_agent.clone(),
                account_created_at: None,
                client_shows_errors: client.shows_errors,
                event: Some(event),
            },
            contacts: Vec::new(),
            language: None,
        });
    }

    /// The answer to a new order that may not go ahead; `None` to forward
    /// it.
    async fn refuse_paused(
        &self,
        jws: Option<&Jws>,
        headers: &axum::http::HeaderMap,
    ) -> Option<Response> {
        let jws = jws?;
        let names = jws::new_order(jws.payload.as_ref()?)?;
        let account = jws::account_id(jws.kid.as_deref()?)?;
        if names.is_empty() {
            return None;
        }
        let signer = LinkSigner {
            keys: &self.app.keys,
            public_url: &self.app.public_url,
        };
        let now = self.app.clock.now();
        // One check takes at most MAX_CHECKED names; an order with more (an
        // ACME server may allow it) is checked in parts, so none slips by.
        let mut refused = None;
        for part in names.chunks(crate::store::MAX_CHECKED) {
            match pausing::check(&*self.app.store, signer, account, part, now).await {
                Ok(check) if check.problem.is_some() => {
                    refused = check.problem;
                    break;
                }
                Ok(_) => {}
                Err(PausingError::Store(err)) if self.settings.fail_open => {
                    tracing::warn!(error = %err, "pause check failed; letting the order through");
                    ::metrics::counter!(CHECKS_FAILED_OPEN).increment(1);
                    return None;
                }
                Err(err) => {
                    tracing::warn!(error = %err, "pause check failed; refusing the order");
                    return Some(problem(
                        StatusCode::SERVICE_UNAVAILABLE,
                        "serverInternal",
                        "pauses cannot be checked right now; try again later",
                    ));
                }
            }
        }
        let document = refused?;
        ::metrics::counter!(REFUSED_ORDERS).increment(1);
        tracing::info!(%account, names = names.len(), "paused order refused");
        let mut response = (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::CONTENT_TYPE, "application/problem+json")],
            axum::Json(document),
        )
            .into_response();
        let extra = response.headers_mut();
        extra.insert(
            header::RETRY_AFTER,
            HeaderValue::from(self.settings.retry_after.as_secs()),
        );
        let help = crate::links::page(&self.app.public_url, crate::links::HELP);
        if let Ok(link) = HeaderValue::from_str(&format!("<{help}>;rel=\"help\"")) {
            extra.insert(header::LINK, link);
        }
        if let Some(nonce) = self.fresh_nonce(headers).await {
            extra.insert("replay-nonce", nonce);
        }
        extra.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        Some(response)
    }

    /// A nonce from the upstream, so the client's next request, which
    /// carries the nonce of this answer, is accepted.
    async fn fresh_nonce(&self, headers: &axum::http::HeaderMap) -> Option<HeaderValue> {
        let known = self
            .new_nonce
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let path = match known {
            Some(path) => path,
            None => self.learn_directory(headers).await?,
        };
        let mut request = Request::head(path).body(Body::empty()).ok()?;
        if let Some(host) = headers.get(header::HOST) {
            request.headers_mut().insert(header::HOST, host.clone());
        }
        let response = self.upstream.send(request).await.ok()?;
        response.headers().get("replay-nonce").cloned()
    }

    /// Reads the upstream's directory for its newNonce path.
    async fn learn_directory(&self, headers: &axum::http::HeaderMap) -> Option<String> {
        let mut request = Request::get(&self.settings.directory_path)
            .body(Body::empty())
            .ok()?;
        if let Some(host) = headers.get(header::HOST) {
            request.headers_mut().insert(header::HOST, host.clone());
        }
        let response = self.upstream.send(request).await.ok()?;
        let bytes = response.into_body().collect().await.ok()?.to_bytes();
        let directory: Value = serde_json::from_slice(&bytes).ok()?;
        let url = url::Url::parse(directory.get("newNonce")?.as_str()?).ok()?;
        let path = url.path().to_owned();
        *self
            .new_nonce
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(path.clone());
        Some(path)
    }
}

/// What names an ACME object for counting once: the challenge URLs of an
/// authorization are its own, unlike its identifier (a new authorization of
/// the same name is a new result).
fn object_key(object: &Value) -> String {
    object
        .get("challenges")
        .and_then(Value::as_array)
        .and_then(|list| list.first())
        .and_then(|c| c.get("url"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned()
}

/// An ACME problem document the gateway answers itself.
fn problem(status: StatusCode, kind: &str, detail: &str) -> Response {
    let body = json!({
        "type": format!("urn:ietf:params:acme:error:{kind}"),
        "detail": detail,
        "status": status.as_u16(),
    });
    let mut response = (status, axum::Json(body)).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declaration_is_one_true_header() {
        let declared = |values: &[&str]| {
            let mut headers = axum::http::HeaderMap::new();
            for value in values {
                headers.append(SHOWS_ERRORS_HEADER, HeaderValue::from_str(value).unwrap());
            }
            declares_shows_errors(&headers)
        };
        assert!(declared(&["?1"]));
        assert!(declared(&["1"]));
        assert!(declared(&[" ?1 "]));
        assert!(!declared(&[]));
        assert!(!declared(&["?0"]));
        assert!(!declared(&["yes"]));
        assert!(!declared(&["?1", "?1"]), "given twice is not a declaration");
    }

    #[test]
    fn event_ids_are_stable_and_never_zero() {
        assert_eq!(event_id("a"), event_id("a"));
        assert_ne!(event_id("a"), event_id("b"));
        assert_ne!(event_id(""), 0);
    }
}
