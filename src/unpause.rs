//! The unpause capability: what a visitor holding a valid link may do.
//! Page handlers call these; they know nothing of HTTP.

use serde::{Deserialize, Serialize};

use crate::app::App;
use crate::domain::Identifier;
use crate::metrics;
use crate::store::{AuditContext, PausedSummary, StoreError};
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

/// What an unpause did, as kept in the session for the result page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

/// Refuses when the account was unpaused `limits.account_unpauses` times
/// within the window.
async fn check_unpause_budget(
    app: &App,
    account: crate::domain::AccountId,
    now: time::OffsetDateTime,
) -> Result<(), UnpauseError> {
    let limits = &app.settings.limits;
    if limits.account_unpauses == 0 {
        return Ok(());
    }
    let since = now - limits.account_unpause_window;
    let recent = app
        .store
        .recent_unpauses(account, since, limits.account_unpauses)
        .await?;
    if recent.len() < limits.account_unpauses as usize {
        return Ok(());
    }
    // The oldest counted unpause leaves the window first.
    let oldest = recent.last().copied().unwrap_or(now);
    let wait = (oldest + limits.account_unpause_window - now).max(time::Duration::SECOND);
    tracing::info!(
        account = account.get(),
        ?wait,
        "unpause refused: too many recent unpauses"
    );
    Err(UnpauseError::TooOften(
        std::time::Duration::try_from(wait).unwrap_or(std::time::Duration::from_secs(1)),
    ))
}

/// Performs the visitor's choice for the token's account, and only that
/// account: identifiers are matched within it, never across accounts.
pub async fn unpause(
    app: &App,
    token: &UnpauseToken,
    choice: &Choice,
    ctx: &AuditContext,
) -> Result<UnpauseReport, UnpauseError> {
    let account = token.account();
    let now = app.clock.now();
    check_unpause_budget(app, account, now).await?;
    let done = match choice {
        Choice::Everything => app.store.unpause_all(account, now, ctx, &|_| {}).await?,
        Choice::Only(names) => {
            app.store
                .unpause_identifiers(account, names, now, ctx)
                .await?
        }
    };
    // The unpause is committed: a failure to count what is left must not
    // turn it into an error page saying nothing happened.
    let remaining = match app.store.paused_summary(account, 0).await {
        Ok(state) => state.count,
        Err(err) => {
            tracing::warn!(error = %err, "counting remaining pauses failed");
            0
        }
    };
    ::metrics::counter!(metrics::UNPAUSED_NAMES, "actor" => "portal").increment(done.names);
    if done.account {
        ::metrics::counter!(metrics::UNPAUSED_ACCOUNTS, "actor" => "portal").increment(1);
    }
    tracing::info!(
        account = account.get(),
        names = done.names,
        account_level = done.account,
        remaining,
        "unpaused"
    );
    Ok(UnpauseReport {
        names: done.names,
        account: done.account,
        remaining,
    })
}
