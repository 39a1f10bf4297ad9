//! The portal's unpause budget as callers see it.

use async_trait::async_trait;
use time::{Duration, OffsetDateTime};

use super::{AuditContext, StoreError, UnpauseCounts};
use crate::domain::{AccountId, Identifier};

/// How often the portal may unpause one account: at most `limit` counted
/// unpauses within `window`. An unpause counts only when something it
/// lifts was paused after the previous counted one, so a subscriber
/// working through their names one by one spends one, while a client that
/// is re-paused after every unpause spends one each time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnpauseBudget {
    /// Counted unpauses allowed in the window; more than zero.
    pub limit: u32,
    pub window: Duration,
}

/// A budgeted unpause refused, changing nothing: the account's counted
/// unpauses fill its window until `until`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverBudget {
    pub until: OffsetDateTime,
}

/// Where an account stands with its unpause budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BudgetState {
    /// Counted unpauses still possible within the window.
    pub remaining: u32,
    /// When the oldest counted unpause leaves the window (one more becomes
    /// possible); `None` when nothing is counted.
    pub next_at: Option<OffsetDateTime>,
}

/// The portal's unpause budget: how often an account may be unpaused by
/// link holders within a window (see `limits.account_unpauses`).
#[async_trait]
pub trait UnpauseBudgets: Send + Sync {
    /// As [`PauseState::unpause_all`] (`only` is `None`) or
    /// [`PauseState::unpause_identifiers`], for a visitor of the portal: the
    /// budget is checked, and the unpause counted against it, in the
    /// unpause's own (first) write transaction, so concurrent posts cannot
    /// all pass one check. Refused, changing nothing, when this unpause
    /// would count and the window is full.
    async fn unpause_within_budget(
        &self,
        account: AccountId,
        only: Option<&[Identifier]>,
        budget: UnpauseBudget,
        at: OffsetDateTime,
        ctx: &AuditContext,
    ) -> Result<Result<UnpauseCounts, OverBudget>, StoreError>;

    /// Where `account` stands with `budget` at `at` (a plain read).
    async fn unpause_budget(
        &self,
        account: AccountId,
        budget: UnpauseBudget,
        at: OffsetDateTime,
    ) -> Result<BudgetState, StoreError>;

    /// Lifts the account's budget: unpauses counted until `at` no longer
    /// count. Audited.
    async fn reset_unpause_budget(
        &self,
        account: AccountId,
        at: OffsetDateTime,
        ctx: &AuditContext,
    ) -> Result<(), StoreError>;
}
