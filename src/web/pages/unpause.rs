//! The unpause flow: Boulder's three routes.
//!
//! GET shows the live state and never writes (mail scanners and link
//! previewers fetch it); POST re-verifies everything and unpauses; the
//! status page shows the result kept in a signed cookie (`web::result`),
//! not in the URL, so it cannot be forged or passed on by sharing a link.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use super::{Chrome, frame, page};
use crate::i18n::Tr;
use crate::i18n::display_time;
use crate::store::{BudgetState, PausedSummary};
use crate::token::UnpauseToken;
use crate::unpause::{self, UnpauseReport};
use crate::web::extract::{Client, PageCtx, QueryToken, SameOrigin, UnpauseForm};
use crate::web::{AppState, PageError, paths};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::UNPAUSE, get(unpause_get))
        .route(paths::DO_UNPAUSE, post(do_unpause_post))
        .route(paths::UNPAUSE_STATUS, get(unpause_status_get))
}

/// One listed name: the value shown (hidden characters written out) and the
/// `type:value` the checkbox posts (as stored, so the row is found).
struct NameRow {
    value: String,
    typed: String,
    since: String,
}

#[derive(Template)]
#[template(path = "pages/unpause.html")]
struct UnpausePage<'a> {
    tr: Tr<'a>,
    chrome: Chrome<'a>,
    account: i64,
    count: u64,
    /// More names than the count says (it stops at the cap).
    count_capped: bool,
    unlisted: u64,
    account_paused_since: Option<String>,
    oldest: Option<String>,
    names: Vec<NameRow>,
    jwt: &'a str,
    csrf: &'a str,
    action: &'static str,
    /// Shown once few unpauses are left (`unpause::budget_left`).
    budget: Option<BudgetNote>,
}

/// Unpauses left for the account, and until when at most that many.
struct BudgetNote {
    left: u64,
    until: String,
}

impl<'a> UnpausePage<'a> {
    fn new(
        tr: Tr<'a>,
        chrome: Chrome<'a>,
        token: &UnpauseToken,
        summary: &PausedSummary,
        jwt: &'a str,
        csrf: &'a str,
        budget: Option<BudgetState>,
    ) -> Self {
        let names: Vec<NameRow> = summary
            .first
            .iter()
            .map(|p| NameRow {
                value: crate::i18n::visible(p.identifier.value()).into_owned(),
                typed: p.identifier.typed(),
                since: display_time(p.paused_at),
            })
            .collect();
        Self {
            tr,
            chrome,
            account: token.account().get(),
            count: summary.count,
            count_capped: summary.count_capped,
            unlisted: summary.count.saturating_sub(names.len() as u64),
            account_paused_since: summary.account_paused_at.map(display_time),
            oldest: summary.oldest.map(display_time),
            names,
            jwt,
            csrf,
            action: paths::DO_UNPAUSE,
            budget: budget.and_then(|b| {
                Some(BudgetNote {
                    left: u64::from(b.remaining),
                    until: display_time(b.next_at?),
                })
            }),
        }
    }
}

/// Reads and signs; writes nothing (see `web::csrf`).
async fn unpause_get(
    State(AppState(app)): State<AppState>,
    ctx: PageCtx,
    QueryToken(raw): QueryToken,
) -> Result<Response, PageError> {
    let token = unpause::verify(&app, &raw)?;
    let summary = unpause::paused_state(&app, &token).await?;
    // Only a page that offers an unpause says what is left of the budget.
    let budget = if summary.is_empty() {
        None
    } else {
        unpause::budget_left(&app, &token).await?
    };
    let (csrf, cookie) = crate::web::csrf::issue(&app, &token, &raw)?;
    let (tr, chrome) = frame(&app, &ctx);
    let mut response = page(&UnpausePage::new(
        tr,
        chrome,
        &token,
        &summary,
        raw.as_str(),
        &csrf,
        budget,
    ))?;
    response
        .headers_mut()
        .append(axum::http::header::SET_COOKIE, cookie);
    Ok(response)
}

async fn do_unpause_post(
    State(AppState(app)): State<AppState>,
    _: SameOrigin,
    headers: axum::http::HeaderMap,
    Client(ctx): Client,
    form: UnpauseForm,
) -> Result<Response, PageError> {
    let token = unpause::verify(&app, &form.token)?;
    crate::web::csrf::check(&app, &headers, &form.csrf, &token, &form.token)?;
    let report = unpause::unpause(&app, &token, &form.choice, &ctx).await?;
    let mut response = Redirect::to(paths::UNPAUSE_STATUS).into_response();
    response.headers_mut().append(
        axum::http::header::SET_COOKIE,
        crate::web::result::cookie(&app, &report)?,
    );
    Ok(response)
}

#[derive(Template)]
#[template(path = "pages/unpause_status.html")]
struct UnpauseStatusPage<'a> {
    tr: Tr<'a>,
    chrome: Chrome<'a>,
    report: Option<UnpauseReport>,
}

async fn unpause_status_get(
    State(AppState(app)): State<AppState>,
    ctx: PageCtx,
    headers: axum::http::HeaderMap,
) -> Result<Response, PageError> {
    let report = crate::web::result::read(&app, &headers);
    let (tr, chrome) = frame(&app, &ctx);
    page(&UnpauseStatusPage { tr, chrome, report })
}
