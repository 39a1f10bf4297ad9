//! The per-account unpause budget ([`UnpauseBudget`]), checked and charged
//! inside the unpause's own write transaction.
//!
//! Which unpauses count: one that lifts something paused after the
//! previous counted unpause (the first one always does). A subscriber
//! ticking their names one by one, or clicking twice, lifts only what was
//! paused before, so spends nothing more; a client re-paused after every
//! unpause spends one each time. Pause times come from the `paused` table
//! itself, so pauses Boulder writes directly count as well as ours.

use sqlx::{ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Transaction, Type};
use time::OffsetDateTime;

use super::{Dialect, SqlStore, is_paused, whole_seconds};
use crate::domain::{AccountId, Identifier};
use crate::store::{
    AuditContext, BudgetState, OverBudget, StoreError, UnpauseBudget, UnpauseBudgets, UnpauseCounts,
};

/// What an unpause is about to lift.
pub(super) enum Lifted<'a> {
    /// The account-level pause and every paused name.
    Everything,
    /// These names only.
    Names(&'a [&'a Identifier]),
}

/// For calls without a budget, which are never refused for one.
pub(super) fn unbudgeted<T>(result: Result<T, OverBudget>) -> Result<T, StoreError> {
    result.map_err(|_| StoreError::Other(anyhow::anyhow!("refused for a budget it was not given")))
}

impl<D: Dialect> SqlStore<D>
where
    for<'c> &'c mut <D::DB as Database>::Connection: Executor<'c, Database = D::DB>,
    <D::DB as Database>::Arguments: IntoArguments<D::DB>,
    usize: ColumnIndex<<D::DB as Database>::Row>,
    for<'q> i64: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
    for<'q> i16: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
    for<'q> String: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
    for<'q> &'q str: Encode<'q, D::DB> + Type<D::DB>,
    for<'q> Option<String>: Encode<'q, D::DB>,
{
    /// Charges `budget` for an unpause that lifts `lifted`, inside `tx`,
    /// which must not have read anything yet: the budget row is written
    /// first, and holds concurrent unpauses of the account until commit
    /// (MySQL's snapshot then begins after the wait, so the reads below see
    /// what the previous holder committed). `Err(OverBudget)` when this
    /// unpause would count and the window is full; the caller then drops
    /// `tx`, so nothing is written.
    pub(super) async fn charge_budget(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
        budget: UnpauseBudget,
        at: OffsetDateTime,
        ctx: &AuditContext,
        lifted: Lifted<'_>,
    ) -> Result<Result<(), OverBudget>, StoreError> {
        sqlx::query(D::SQL.budget.lock)
            .bind(account.get())
            .execute(&mut **tx)
            .await?;
        let row = sqlx::query(D::SQL.budget.last_counted)
            .bind(account.get())
            .fetch_one(&mut **tx)
            .await?;
        let since = Self::optional_time_of(&row, 0)?.unwrap_or(OffsetDateTime::UNIX_EPOCH);
        if !Self::repaused_since(tx, account, since, &lifted).await? {
            return Ok(Ok(()));
        }
        let counted = Self::counted(&mut **tx, account, budget, at).await?;
        if counted.len() >= budget.limit as usize {
            // Newest first: the last is the oldest, which leaves first.
            let oldest = counted.last().copied().unwrap_or(at);
            return Ok(Err(OverBudget {
                until: oldest + budget.window,
            }));
        }
        Self::insert_event(tx, account, ("budget", "counted"), 1, at, ctx).await?;
        Ok(Ok(()))
    }

    /// Whether anything `lifted` covers is paused, and was paused after
    /// `since`.
    async fn repaused_since(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
        since: OffsetDateTime,
        lifted: &Lifted<'_>,
    ) -> Result<bool, StoreError> {
        match lifted {
            Lifted::Everything => {
                let since = D::encode_time(since)?;
                Ok(sqlx::query(D::SQL.budget.repaused_since)
                    .bind(account.get())
                    .bind(&since)
                    .bind(account.get())
                    .bind(&since)
                    .fetch_optional(&mut **tx)
                    .await?
                    .is_some())
            }
            Lifted::Names(names) => {
                for ident in *names {
                    let state = sqlx::query(D::SQL.pair_state)
                        .bind(account.get())
                        .bind(ident.value())
                        .bind(ident.kind().code())
                        .fetch_optional(&mut **tx)
                        .await?;
                    if let Some(row) = state {
                        let paused_at = Self::time_of(&row, 0)?;
                        if is_paused(paused_at, Self::optional_time_of(&row, 1)?)
                            && paused_at > since
                        {
                            return Ok(true);
                        }
                    }
                }
                Ok(false)
            }
        }
    }

    /// The counted unpauses inside the window and after the last reset,
    /// newest first, at most `budget.limit` of them.
    async fn counted(
        conn: &mut <D::DB as Database>::Connection,
        account: AccountId,
        budget: UnpauseBudget,
        at: OffsetDateTime,
    ) -> Result<Vec<OffsetDateTime>, StoreError> {
        let reset = sqlx::query(D::SQL.budget.reset_at)
            .bind(account.get())
            .fetch_optional(&mut *conn)
            .await?
            .map(|row| Self::optional_time_of(&row, 0))
            .transpose()?
            .flatten();
        let window_start = at - budget.window;
        let since = reset.map_or(window_start, |reset| reset.max(window_start));
        let rows = sqlx::query(D::SQL.budget.counted)
            .bind(account.get())
            .bind(D::encode_time(since)?)
            .bind(i64::from(budget.limit))
            .fetch_all(&mut *conn)
            .await?;
        rows.iter().map(|row| Self::time_of(row, 0)).collect()
    }

    pub(super) async fn unpause_within_budget_impl(
        &self,
        account: AccountId,
        only: Option<&[Identifier]>,
        budget: UnpauseBudget,
        at: OffsetDateTime,
        ctx: &AuditContext,
    ) -> Result<Result<UnpauseCounts, OverBudget>, StoreError> {
        let at = whole_seconds(at);
        if let Some(names) = only {
            if names.len() > crate::store::MAX_SELECTED {
                return Err(StoreError::Refused("too many names in one request"));
            }
            let sorted = super::pause::sorted(names);
            return self
                .attempt(|| self.unpause_identifiers_once(account, &sorted, at, ctx, Some(budget)))
                .await;
        }
        self.unpause_in_batches(account, at, ctx, Some(budget), &|_| {})
            .await
    }

    pub(super) async fn unpause_budget_impl(
        &self,
        account: AccountId,
        budget: UnpauseBudget,
        at: OffsetDateTime,
    ) -> Result<BudgetState, StoreError> {
        let at = whole_seconds(at);
        let counted = self
            .attempt(|| async {
                let mut conn = self.pool.acquire().await?;
                Self::counted(&mut conn, account, budget, at).await
            })
            .await?;
        let used = u32::try_from(counted.len()).unwrap_or(u32::MAX);
        Ok(BudgetState {
            remaining: budget.limit.saturating_sub(used),
            next_at: counted.last().map(|oldest| *oldest + budget.window),
        })
    }

    pub(super) async fn reset_unpause_budget_impl(
        &self,
        account: AccountId,
        at: OffsetDateTime,
        ctx: &AuditContext,
    ) -> Result<(), StoreError> {
        let at = whole_seconds(at);
        self.attempt(|| async {
            let mut tx = self.begin_write().await?;
            sqlx::query(D::SQL.budget.reset)
                .bind(account.get())
                .bind(D::encode_time(at)?)
                .execute(&mut *tx)
                .await?;
            Self::insert_event(&mut tx, account, ("budget", "reset"), 0, at, ctx).await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }
}

sql_impl! {
impl UnpauseBudgets {
    async fn unpause_within_budget(
        &self,
        account: AccountId,
        only: Option<&[Identifier]>,
        budget: UnpauseBudget,
        at: OffsetDateTime,
        ctx: &AuditContext,
    ) -> Result<Result<UnpauseCounts, OverBudget>, StoreError> {
        let done = self
            .unpause_within_budget_impl(account, only, budget, at, ctx)
            .await;
        self.summaries.forget([account]);
        done
    }

    async fn unpause_budget(
        &self,
        account: AccountId,
        budget: UnpauseBudget,
        at: OffsetDateTime,
    ) -> Result<BudgetState, StoreError> {
        self.unpause_budget_impl(account, budget, at).await
    }

    async fn reset_unpause_budget(
        &self,
        account: AccountId,
        at: OffsetDateTime,
        ctx: &AuditContext,
    ) -> Result<(), StoreError> {
        self.reset_unpause_budget_impl(account, at, ctx).await
    }
}
}
