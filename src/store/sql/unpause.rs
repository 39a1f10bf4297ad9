//! Unpausing: everything in batches, or chosen names.

use std::time::Instant;

use sqlx::{ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Row, Type};
use time::OffsetDateTime;

use super::budget::Lifted;
use super::{Dialect, SqlStore, count_i64};
use crate::domain::{AccountId, Identifier};
use crate::store::{
    AuditContext, COUNT_CAP, OverBudget, Progress, StoreError, UNPAUSE_BATCH, UnpauseBudget,
    UnpauseCounts,
};

/// What one batch of an unpause-all did.
#[derive(Debug)]
pub(super) struct Batch {
    pub(super) names: u64,
    /// Whether the account-level pause has been lifted by this unpause.
    pub(super) account: bool,
    /// Where the next batch starts; `None` after the last one.
    pub(super) next: Option<Cursor>,
    /// Names still paused, counted by the last batch (zero before).
    pub(super) remaining: u64,
    /// Set when the first batch was refused for the budget: nothing done.
    pub(super) over_budget: Option<OverBudget>,
}

/// Where an unpause-all stands between batches.
#[derive(Debug)]
pub(super) struct Cursor {
    /// The key of the last row already handled; `None` before the first batch.
    pub(super) after: Option<(String, i16)>,
    /// The audit row this unpause grows, once it has changed something.
    pub(super) event: Option<i64>,
    /// Whether the first batch lifted an account-level pause.
    pub(super) account: bool,
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
    /// An unpause-all, batch after batch until none is left, each its own
    /// transaction (retried alone when it loses a race); `progress` hears
    /// the names done so far after each.
    pub(super) async fn unpause_in_batches(
        &self,
        account: AccountId,
        at: OffsetDateTime,
        ctx: &AuditContext,
        budget: Option<UnpauseBudget>,
        progress: Progress<'_>,
    ) -> Result<Result<UnpauseCounts, OverBudget>, StoreError> {
        let mut counts = UnpauseCounts::default();
        let mut cursor = Cursor {
            after: None,
            event: None,
            account: false,
        };
        loop {
            let started = Instant::now();
            let batch = self
                .attempt(|| self.unpause_batch(account, &cursor, at, ctx, budget))
                .await;
            counts.longest_batch = counts.longest_batch.max(started.elapsed());
            self.summaries.forget([account]);
            let batch = batch?;
            if let Some(over) = batch.over_budget {
                return Ok(Err(over));
            }
            counts.names += batch.names;
            counts.account = batch.account;
            counts.remaining = batch.remaining;
            progress(counts.names);
            match batch.next {
                Some(next) => cursor = next,
                None => return Ok(Ok(counts)),
            }
        }
    }

    /// One batch of an unpause-all: at most [`UNPAUSE_BATCH`] names (the
    /// first batch also lifts the account-level pause, after charging
    /// `budget` if given), its audit row, and the cursor for the next
    /// batch; `None` after the last batch, which also counts what remains.
    pub(super) async fn unpause_batch(
        &self,
        account: AccountId,
        cursor: &Cursor,
        at: OffsetDateTime,
        ctx: &AuditContext,
        budget: Option<UnpauseBudget>,
    ) -> Result<Batch, StoreError> {
        let now = D::encode_time(at)?;
        let mut tx = self.begin_write().await?;
        let mut account_lifted = cursor.account;
        if let (None, Some(budget)) = (&cursor.after, budget)
            && let Err(over) =
                Self::charge_budget(&mut tx, account, budget, at, ctx, Lifted::Everything).await?
        {
            return Ok(Batch {
                names: 0,
                account: false,
                next: None,
                remaining: 0,
                over_budget: Some(over),
            });
        }
        if cursor.after.is_none() {
            let lifted = sqlx::query(D::SQL.unpause_account)
                .bind(&now)
                .bind(account.get())
                .execute(&mut *tx)
                .await?;
            account_lifted = D::rows_affected(&lifted) > 0;
        }
        let (after_value, after_kind) = match &cursor.after {
            Some((value, kind)) => (value.as_str(), *kind),
            None => ("", -1),
        };
        let end = sqlx::query(D::SQL.batch_end)
            .bind(account.get())
            .bind(after_value)
            .bind(after_value)
            .bind(after_kind)
            .bind(count_i64(UNPAUSE_BATCH - 1))
            .fetch_optional(&mut *tx)
            .await?
            .map(|row| Ok::<_, StoreError>((row.try_get::<String, _>(0)?, row.try_get(1)?)))
            .transpose()?;
        let updated = match &end {
            Some((value, kind)) => {
                sqlx::query(D::SQL.unpause_range)
                    .bind(&now)
                    .bind(account.get())
                    .bind(after_value)
                    .bind(after_value)
                    .bind(after_kind)
                    .bind(value.as_str())
                    .bind(value.as_str())
                    .bind(*kind)
                    .execute(&mut *tx)
                    .await?
            }
            None => {
                sqlx::query(D::SQL.unpause_rest)
                    .bind(&now)
                    .bind(account.get())
                    .bind(after_value)
                    .bind(after_value)
                    .bind(after_kind)
                    .execute(&mut *tx)
                    .await?
            }
        };
        let names = D::rows_affected(&updated);
        let lifted_now = account_lifted && !cursor.account;
        let event = match cursor.event {
            Some(id) if names > 0 => {
                sqlx::query(D::SQL.grow_event)
                    .bind(count_i64(names))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                Some(id)
            }
            None if names > 0 || lifted_now => {
                let scope = if account_lifted { "all" } else { "identifiers" };
                Some(
                    Self::insert_event(&mut tx, account, ("unpause", scope), names, at, ctx)
                        .await?,
                )
            }
            unchanged => unchanged,
        };
        let remaining = match end {
            Some(_) => 0,
            None => Self::count_remaining(&mut tx, account).await?,
        };
        tx.commit().await?;
        Ok(Batch {
            names,
            account: account_lifted,
            next: end.map(|after| Cursor {
                after: Some(after),
                event,
                account: account_lifted,
            }),
            remaining,
            over_budget: None,
        })
    }

    /// The account's paused names inside `tx`, capped as the page's count
    /// is: the result page needs no more, and the scan stays bounded.
    async fn count_remaining(
        tx: &mut sqlx::Transaction<'static, D::DB>,
        account: AccountId,
    ) -> Result<u64, StoreError> {
        let row = sqlx::query(D::SQL.count_remaining)
            .bind(account.get())
            .fetch_one(&mut **tx)
            .await?;
        let count: i64 = row.try_get(0)?;
        Ok(u64::try_from(count).unwrap_or(0).min(COUNT_CAP))
    }

    pub(super) async fn unpause_identifiers_once(
        &self,
        account: AccountId,
        identifiers: &[&Identifier],
        at: OffsetDateTime,
        ctx: &AuditContext,
        budget: Option<UnpauseBudget>,
    ) -> Result<Result<UnpauseCounts, OverBudget>, StoreError> {
        let now = D::encode_time(at)?;
        let mut tx = self.begin_write().await?;
        // First, before any read: see `charge_budget`.
        if let Some(budget) = budget
            && let Err(over) = Self::charge_budget(
                &mut tx,
                account,
                budget,
                at,
                ctx,
                Lifted::Names(identifiers),
            )
            .await?
        {
            return Ok(Err(over));
        }
        let account_paused = sqlx::query(D::SQL.account_paused)
            .bind(account.get())
            .fetch_optional(&mut *tx)
            .await?
            .is_some();
        if account_paused {
            return Err(StoreError::Refused(
                "the whole account is paused: only unpausing everything helps",
            ));
        }
        let mut names = 0;
        for ident in identifiers {
            let updated = sqlx::query(D::SQL.unpause_one)
                .bind(&now)
                .bind(account.get())
                .bind(ident.value())
                .bind(ident.kind().code())
                .execute(&mut *tx)
                .await?;
            names += D::rows_affected(&updated);
        }
        if names > 0 {
            let scope = ("unpause", "identifiers");
            Self::insert_event(&mut tx, account, scope, names, at, ctx).await?;
        }
        let remaining = Self::count_remaining(&mut tx, account).await?;
        tx.commit().await?;
        Ok(Ok(UnpauseCounts {
            names,
            account: false,
            remaining,
            ..UnpauseCounts::default()
        }))
    }
}
