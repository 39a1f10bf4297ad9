//! The internal listener: the ACME server's JSON API under `/internal/v1/`
//! (bearer token), plus `/metrics`, `/healthz` and `/readyz`.
//!
//! An ACME server integrates with two calls: `check` before accepting a new
//! order (and returns the problem document it gets, verbatim, when anything
//! is paused), and `outcomes` after validations, which feeds the pausing
//! policy. `pause` and `links` are for operators' tooling.

mod error;
mod input;

use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::header;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub use error::ApiError;
use input::{
    ApiAccount, ApiContact, ApiIdentifier, ApiJson, ApiLanguage, ApiText, ApiUserAgent,
    contact_list, identifiers, ip_text,
};

use crate::app::App;
use crate::domain::Identifier;
use crate::metrics;
use crate::pausing::problem::{self, IdentifierJson, Problem};
use crate::pausing::{self, LinkSigner, Paused, Reported, Target};
use crate::policy::Outcome;
use crate::store::{Actor, AuditContext, MAX_CHECKED, PauseMode, Reason, ValidationOutcome};
use crate::web::{AppState, health};

pub mod paths {
    pub const CHECK: &str = "/internal/v1/check";
    pub const PAUSE: &str = "/internal/v1/pause";
    pub const LINKS: &str = "/internal/v1/links";
    pub const OUTCOMES: &str = "/internal/v1/outcomes";
    pub const METRICS: &str = "/metrics";
}

/// Largest request body: an outcome batch of the largest size fits easily.
const BODY_LIMIT: usize = 1024 * 1024;
/// Longest link lifetime the API mints: links outliving the paused state
/// they describe only confuse.
const MAX_LINK_LIFETIME: time::Duration = time::Duration::days(90);

pub fn router(app: Arc<App>) -> Router {
    let state = AppState(app);
    let api = Router::new()
        .route(paths::CHECK, post(check_post))
        .route(paths::PAUSE, post(pause_post))
        .route(paths::LINKS, post(links_post))
        .route(paths::OUTCOMES, post(outcomes_post))
        .fallback(|| async { ApiError::NotFound })
        // Enforced by the body extractor, so an oversized body gets a
        // problem document like any other bad request.
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        // Outside the body limit: an unauthenticated caller is refused
        // before anything is read.
        .layer(middleware::from_fn_with_state(state.clone(), require_token));
    api.merge(health::router())
        .route(paths::METRICS, get(metrics_get))
        .layer(super::request_timeout(&state.0))
        .layer(middleware::from_fn(|request, next| {
            super::track_request("internal", request, next)
        }))
        .with_state(state)
}

/// Prometheus text format.
async fn metrics_get() -> Response {
    let body = metrics::handle().map(|h| h.render()).unwrap_or_default();
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        body,
    )
        .into_response()
}

/// Refuses every request without the configured bearer token.
async fn require_token(
    State(AppState(app)): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        // The scheme is case-insensitive (RFC 9110 §11.1): `bearer` is Bearer.
        .and_then(|value| value.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, credentials)| credentials.trim_start_matches(' '));
    match (&app.api_token, presented) {
        (Some(token), Some(presented)) if token.matches(presented) => next.run(request).await,
        _ => ApiError::Unauthorized.into_response(),
    }
}

/// For the fuzz targets: every request body type, decoded as the handlers
/// decode it.
#[doc(hidden)]
pub fn fuzz_decode(body: &[u8]) {
    fn decode<T: DeserializeOwned>(body: &[u8]) {
        let mut json = serde_json::Deserializer::from_slice(body);
        let _ = serde_path_to_error::deserialize::<_, T>(&mut json);
    }
    decode::<CheckRequest>(body);
    decode::<PauseRequest>(body);
    decode::<LinksRequest>(body);
    decode::<OutcomesRequest>(body);
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckRequest {
    account: ApiAccount,
    identifiers: Vec<ApiIdentifier>,
}

#[derive(Debug, Serialize)]
struct CheckResponse {
    /// The whole account is paused: every name of the order is refused.
    account_paused: bool,
    /// The asked names that are paused, in the order asked.
    paused: Vec<IdentifierJson>,
    /// What to answer the ACME client, verbatim (HTTP 429), when anything is
    /// paused; `null` when the order may go ahead.
    problem: Option<Problem>,
}

async fn check_post(
    State(AppState(app)): State<AppState>,
    ApiJson(request): ApiJson<CheckRequest>,
) -> Result<Json<CheckResponse>, ApiError> {
    let ApiAccount(account) = request.account;
    let asked = identifiers(request.identifiers);
    let check = pausing::check(&*app.store, signer(&app), account, &asked, app.clock.now()).await?;
    Ok(Json(CheckResponse {
        account_paused: check.account_paused,
        paused: check.paused.iter().map(IdentifierJson::from).collect(),
        problem: check.problem,
    }))
}

fn signer(app: &App) -> LinkSigner<'_> {
    LinkSigner {
        keys: &app.keys,
        public_url: &app.public_url,
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PauseRequest {
    account: ApiAccount,
    /// Names to pause; or `whole_account`.
    #[serde(default)]
    identifiers: Vec<ApiIdentifier>,
    #[serde(default)]
    whole_account: bool,
    /// Why, for the audit trail and the operator.
    reason: Option<ApiText>,
    /// The failing client's address and user agent, as the ACME server saw
    /// them (for the audit trail).
    client_ip: Option<std::net::IpAddr>,
    /// As the client sent it; the audit trail keeps the first 512
    /// characters.
    user_agent: Option<ApiUserAgent>,
    /// The account's contact addresses (`mailto:…`): each gets one email
    /// about the pause.
    #[serde(default)]
    contacts: Vec<ApiContact>,
    /// The account holder's language, when the ACME server knows it; the
    /// email is written in it (else in the configured default).
    language: Option<ApiLanguage>,
}

#[derive(Debug, Serialize)]
struct PauseResponse {
    paused: u64,
    repaused: u64,
    already: u64,
    /// Left alone: unpaused less than 14 days ago.
    cooldown: u64,
    /// With `whole_account`: whether the account-level pause was set now.
    account_paused: Option<bool>,
}

async fn pause_post(
    State(AppState(app)): State<AppState>,
    ApiJson(request): ApiJson<PauseRequest>,
) -> Result<Json<PauseResponse>, ApiError> {
    let ApiAccount(account) = request.account;
    let target = target(identifiers(request.identifiers), request.whole_account)?;
    let ctx = AuditContext {
        actor: Actor::Api,
        client_ip: ip_text(request.client_ip),
        user_agent: request.user_agent.map(|ApiUserAgent(ua)| ua),
        reason: request.reason.map(|ApiText(reason)| Reason::Stated(reason)),
    };
    let contacts = contact_list(request.contacts);
    let language = request.language.map(|ApiLanguage(tag)| tag);
    let notice = pausing::notice(contacts, language, app.settings.mail.window, "contacts")?;
    let (mode, now) = (PauseMode::RespectCooldown, app.clock.now());
    let done = pausing::pause(&*app.store, account, &target, mode, (&ctx, &notice), now).await?;
    Ok(Json(PauseResponse::from(done)))
}

/// Names (at most [`MAX_CHECKED`] a call, as a check) or the whole account.
fn target(names: Vec<Identifier>, whole_account: bool) -> Result<Target, ApiError> {
    match (names.len(), whole_account) {
        (0, true) => Ok(Target::WholeAccount),
        (1..=MAX_CHECKED, false) => Ok(Target::Names(names)),
        (count, false) if count > MAX_CHECKED => Err(ApiError::BadRequest(format!(
            "identifiers: at most {MAX_CHECKED} per call"
        ))),
        _ => Err(ApiError::BadRequest(
            "give either identifiers or whole_account: true".into(),
        )),
    }
}

impl From<Paused> for PauseResponse {
    fn from(done: Paused) -> Self {
        let (counts, account_paused) = match done {
            Paused::Names(counts) => (counts, None),
            Paused::Account(done) => (Default::default(), Some(done)),
        };
        Self {
            paused: counts.paused,
            repaused: counts.repaused,
            already: counts.already,
            cooldown: counts.cooldown,
            account_paused,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LinksRequest {
    account: ApiAccount,
    identifiers: Vec<ApiIdentifier>,
    /// Seconds the link works; 14 days when absent, at most 90 days.
    lifetime_seconds: Option<i64>,
}

#[derive(Debug, Serialize)]
struct LinksResponse {
    url: String,
    #[serde(with = "time::serde::rfc3339")]
    expires_at: time::OffsetDateTime,
}

async fn links_post(
    State(AppState(app)): State<AppState>,
    ApiJson(request): ApiJson<LinksRequest>,
) -> Result<Json<LinksResponse>, ApiError> {
    let ApiAccount(account) = request.account;
    let names = identifiers(request.identifiers);
    if names.is_empty() || names.len() > crate::links::MAX_NAMES {
        return Err(ApiError::BadRequest(format!(
            "identifiers: between 1 and {} names",
            crate::links::MAX_NAMES
        )));
    }
    let lifetime = match request.lifetime_seconds {
        None => problem::LINK_LIFETIME,
        Some(seconds) => {
            let lifetime = time::Duration::seconds(seconds);
            if !lifetime.is_positive() || lifetime > MAX_LINK_LIFETIME {
                return Err(ApiError::BadRequest(
                    "lifetime_seconds: between 1 and 7776000 (90 days)".into(),
                ));
            }
            lifetime
        }
    };
    let url = app
        .mint_link(account, &names, lifetime)
        .map_err(|e| ApiError::Internal(e.into()))?;
    Ok(Json(LinksResponse {
        url,
        expires_at: app.clock.now() + lifetime,
    }))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomesRequest {
    outcomes: Vec<OutcomeIn>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum OutcomeResult {
    Success,
    Failure,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeIn {
    account: ApiAccount,
    identifier: ApiIdentifier,
    result: OutcomeResult,
    /// When the validation finished; the time of the call when absent.
    #[serde(default, with = "time::serde::rfc3339::option")]
    at: Option<time::OffsetDateTime>,
    client_ip: Option<std::net::IpAddr>,
    /// As the client sent it; the audit trail keeps the first 512
    /// characters.
    user_agent: Option<ApiUserAgent>,
    /// When the account was created, if known: young accounts get grace.
    #[serde(default, with = "time::serde::rfc3339::option")]
    account_created_at: Option<time::OffsetDateTime>,
    /// The account's contacts (`mailto:…`), emailed if this outcome leads to
    /// a pause. Enough on one outcome per account and batch.
    #[serde(default)]
    contacts: Vec<ApiContact>,
    language: Option<ApiLanguage>,
    /// The client sent `ACME-Client-Shows-Errors: ?1` with its request.
    #[serde(default)]
    client_shows_errors: bool,
}

#[derive(Debug, Serialize)]
struct PausedPair {
    account: i64,
    identifier: IdentifierJson,
    /// The policy tier that struck.
    tier: String,
}

#[derive(Debug, Serialize)]
struct OutcomesResponse {
    /// Pairs paused by this batch.
    paused: Vec<PausedPair>,
    /// Accounts paused whole by this batch.
    accounts_paused: Vec<i64>,
    /// Strikes on pairs already paused or unpaused within 14 days.
    unchanged: u64,
    /// Strikes spared by a recent success, a young account, or because
    /// every tier crossed is for other clients.
    spared: u64,
}

async fn outcomes_post(
    State(AppState(app)): State<AppState>,
    ApiJson(request): ApiJson<OutcomesRequest>,
) -> Result<Json<OutcomesResponse>, ApiError> {
    let now = app.clock.now();
    let batch = request
        .outcomes
        .into_iter()
        .map(|o| o.reported(now))
        .collect();
    let (policy, window) = (&app.settings.policy, app.settings.mail.window);
    let report = pausing::record_outcomes(&*app.store, policy, window, batch, now).await?;
    Ok(Json(OutcomesResponse {
        paused: report.paused.iter().map(PausedPair::from).collect(),
        accounts_paused: report.accounts_paused.iter().map(|a| a.get()).collect(),
        unchanged: report.unchanged,
        spared: report.spared,
    }))
}

impl OutcomeIn {
    /// The outcome, at `now` when the caller gave no time.
    fn reported(self, now: time::OffsetDateTime) -> Reported {
        Reported {
            outcome: ValidationOutcome {
                account: self.account.0,
                identifier: self.identifier.0,
                outcome: match self.result {
                    OutcomeResult::Success => Outcome::Success,
                    OutcomeResult::Failure => Outcome::Failure,
                },
                at: self.at.unwrap_or(now),
                client_ip: ip_text(self.client_ip),
                user_agent: self.user_agent.map(|ApiUserAgent(ua)| ua),
                account_created_at: self.account_created_at,
                client_shows_errors: self.client_shows_errors,
                event: None,
            },
            contacts: contact_list(self.contacts),
            language: self.language.map(|ApiLanguage(tag)| tag),
        }
    }
}

impl From<&crate::store::PausedPair> for PausedPair {
    fn from(pair: &crate::store::PausedPair) -> Self {
        Self {
            account: pair.account.get(),
            identifier: (&pair.identifier).into(),
            tier: pair.tier.clone(),
        }
    }
}
