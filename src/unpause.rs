//! The unpause capability: what a visitor holding a valid link may do.
//! Page handlers call these; they know nothing of HTTP.

use crate::app::App;
use crate::domain::Identifier;
use crate::metrics;
use crate::store::{
    AuditContext, BudgetState, OverBudget, PausedSummary, StoreError, UnpauseBudget,
};
use crate::token::{self, RawToken, TokenError, UnpauseToken};

/// Names listed on the unpause page; the rest are counted, not listed, so a
/// page for an account with a million names costs the same as for one.
pub const PAGE_NAMES: u32 = 100;

/// What the visitor asked to unpause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// The account-level pause and every paused name.
    Everything,
    /// Only these names (must be non-empty).
    Only(Vec<Identifier>),
}

/// What an unpause did, as the result page shows it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UnpauseReport {
    pub names: u64,
    pub account: bool,
    /// Names still paused afterwards (non-zero after a partial choice).
    pub remaining: u64,
}

/// Verifies a link at the current time.
pub fn verify(app: &App, raw: &RawToken) -> Result<UnpauseToken, TokenError> {
    let verified = token::verify(raw, &app.keys, app.clock.now());
    let outcome = match &verified {
        Ok(_) => "valid",
        Err(err) => err.kind(),
    };
    ::metrics::counter!(metrics::TOKEN_VERIFICATIONS, "outcome" => outcome).increment(1);
    verified
}

/// The live pause state of the token's account.
pub async fn paused_state(app: &App, token: &UnpauseToken) -> Result<PausedSummary, StoreError> {
    app.store.paused_summary(token.account(), PAGE_NAMES).await
}

/// The refusal of an unpause over budget, with the wait until the oldest
/// counted unpause leaves the window.
fn too_often(
    account: crate::domain::AccountId,
    over: OverBudget,
    now: time::OffsetDateTime,
) -> UnpauseError {
    let wait = (over.until - now).max(time::Duration::SECOND);
    tracing::info!(
        account = account.get(),
        ?wait,
        "unpause refused: too many recent unpauses"
    );
    UnpauseError::TooOften(
        std::time::Duration::try_from(wait).unwrap_or(std::time::Duration::from_secs(1)),
    )
}

/// Why an unpause did not happen.
#[derive(Debug, thiserror::Error)]
pub enum UnpauseError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The account used up its unpauses for the window: its client keeps
    /// failing, and another unpause would only feed it. Possible again after
    /// the wait.
    #[error("unpaused too often lately; possible again in {0:?}")]
    TooOften(std::time::Duration),
}

/// The account's unpause budget, from `[limits]`; `None` when it is off.
fn budget(app: &App) -> Option<UnpauseBudget> {
    let limits = &app.settings.limits;
    (limits.account_unpauses > 0).then_some(UnpauseBudget {
        limit: limits.account_unpauses,
        window: limits.account_unpause_window,
    })
}

/// Unpauses still possible for the token's account when few are left
/// (at most [`BUDGET_SHOWN`]), for the page to say so before the visitor
/// clicks; `None` when the budget is off or far from used up.
pub async fn budget_left(
    app: &App,
    token: &UnpauseToken,
) -> Result<Option<BudgetState>, StoreError> {
    let Some(budget) = budget(app) else {
        return Ok(None);
    };
    let state = app
        .store
        .unpause_budget(token.account(), budget, app.clock.now())
        .await?;
    Ok((state.remaining <= BUDGET_SHOWN && state.remaining < budget.limit).then_some(state))
}

/// The page tells how many unpauses remain once this few do.
pub const BUDGET_SHOWN: u32 = 2;

/// Performs the visitor's choice for the token's account, and only that
/// account: identifiers are matched within it, never across accounts.
pub async fn unpause(
    app: &App,
    token: &UnpauseToken,
    choice: &Choice,
    ctx: &AuditContext,
) -> Result<UnpauseReport, UnpauseError> {
    let account = token.account();
    // A click on a page left open after everything was unpaused (or a
    // second click, or a replayed form) writes nothing: not even the
    // budget's row. Read fresh: the page's cached view may be a second old.
    if !app.store.anything_paused(account).await? {
        return Ok(UnpauseReport::default());
    }
    let now = app.clock.now();
    let only = match choice {
        Choice::Everything => None,
        Choice::Only(names) => Some(names.as_slice()),
    };
    let done = match (budget(app), only) {
        (Some(budget), only) => app
            .store
            .unpause_within_budget(account, only, budget, now, ctx)
            .await?
            .map_err(|over| too_often(account, over, now))?,
        (None, None) => app.store.unpause_all(account, now, ctx, &|_| {}).await?,
        (None, Some(names)) => {
            app.store
                .unpause_identifiers(account, names, now, ctx)
                .await?
        }
    };
    let remaining = done.remaining;
    ::metrics::counter!(metrics::UNPAUSED_NAMES, "actor" => "portal").increment(done.names);
    if done.account {
        ::metrics::counter!(metrics::UNPAUSED_ACCOUNTS, "actor" => "portal").increment(1);
    }
    tracing::info!(
        account = account.get(),
        names = done.names,
        account_level = done.account,
        remaining,
        longest_transaction_ms = u64::try_from(done.longest_batch.as_millis()).unwrap_or(u64::MAX),
        "unpaused"
    );
    Ok(UnpauseReport {
        names: done.names,
        account: done.account,
        remaining,
    })
}
