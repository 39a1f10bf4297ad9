//! Pausing: pairs and whole accounts, honouring the re-pause cooldown.

use sqlx::{ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Transaction, Type};
use time::OffsetDateTime;

use super::{Dialect, SqlStore, is_paused, past_cooldown};
use crate::domain::{AccountId, Identifier};
use crate::store::{AuditContext, Notice, PauseCounts, PauseMode, StoreError};

/// What pausing one pair did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PairPause {
    Paused,
    Repaused,
    Already,
    Cooldown,
}

/// Sorted by key, so concurrent transactions lock rows in the same order
/// and rarely deadlock.
pub(super) fn sorted(identifiers: &[Identifier]) -> Vec<&Identifier> {
    let mut sorted: Vec<&Identifier> = identifiers.iter().collect();
    sorted.sort_by(|a, b| (a.value(), a.kind()).cmp(&(b.value(), b.kind())));
    sorted.dedup();
    sorted
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
    /// Pauses one pair inside `tx`, unless it is paused already or (with
    /// `RespectCooldown`) was unpaused within the cooldown.
    pub(super) async fn pause_pair(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
        ident: &Identifier,
        mode: PauseMode,
        at: OffsetDateTime,
    ) -> Result<PairPause, StoreError> {
        let state = sqlx::query(D::SQL.pair_state)
            .bind(account.get())
            .bind(ident.value())
            .bind(ident.kind().code())
            .fetch_optional(&mut **tx)
            .await?;
        let (query, result) = match state {
            None => (
                sqlx::query(D::SQL.insert_paused)
                    .bind(account.get())
                    .bind(ident.value())
                    .bind(ident.kind().code())
                    .bind(D::encode_time(at)?),
                PairPause::Paused,
            ),
            Some(row) => {
                let unpaused_at = Self::optional_time_of(&row, 1)?;
                if is_paused(Self::time_of(&row, 0)?, unpaused_at) {
                    return Ok(PairPause::Already);
                }
                if !past_cooldown(unpaused_at, mode, at) {
                    return Ok(PairPause::Cooldown);
                }
                (
                    sqlx::query(D::SQL.repause)
                        .bind(D::encode_time(at)?)
                        .bind(account.get())
                        .bind(ident.value())
                        .bind(ident.kind().code()),
                    PairPause::Repaused,
                )
            }
        };
        query.execute(&mut **tx).await?;
        Ok(result)
    }

    /// Pauses one chunk of names in one transaction.
    pub(super) async fn pause_chunk(
        &self,
        account: AccountId,
        chunk: &[&Identifier],
        mode: PauseMode,
        at: OffsetDateTime,
        ctx: &AuditContext,
        notice: &Notice,
    ) -> Result<PauseCounts, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut counts = PauseCounts::default();
        for ident in chunk {
            match Self::pause_pair(&mut tx, account, ident, mode, at).await? {
                PairPause::Paused => counts.paused += 1,
                PairPause::Repaused => counts.repaused += 1,
                PairPause::Already => counts.already += 1,
                PairPause::Cooldown => counts.cooldown += 1,
            }
        }
        let changed = counts.paused + counts.repaused;
        if changed > 0 {
            let scope = ("pause", "identifiers");
            Self::insert_event(&mut tx, account, scope, changed, at, ctx).await?;
            Self::enqueue_notice(&mut tx, account, ctx, notice, at).await?;
        }
        tx.commit().await?;
        Ok(counts)
    }

    pub(super) async fn pause_account_once(
        &self,
        account: AccountId,
        mode: PauseMode,
        at: OffsetDateTime,
        ctx: &AuditContext,
        notice: &Notice,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let paused = Self::pause_account_in(&mut tx, account, mode, at, ctx, notice).await?;
        tx.commit().await?;
        Ok(paused)
    }

    /// Pauses the whole account inside `tx`, with its audit row and its
    /// emails; false when it is paused already or inside the cooldown (as
    /// `mode` says).
    pub(super) async fn pause_account_in(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
        mode: PauseMode,
        at: OffsetDateTime,
        ctx: &AuditContext,
        notice: &Notice,
    ) -> Result<bool, StoreError> {
        let state = sqlx::query(D::SQL.account_state)
            .bind(account.get())
            .fetch_optional(&mut **tx)
            .await?;
        let query = match state {
            None => sqlx::query(D::SQL.insert_account_pause)
                .bind(account.get())
                .bind(D::encode_time(at)?),
            Some(row) => {
                let unpaused_at = Self::optional_time_of(&row, 1)?;
                if is_paused(Self::time_of(&row, 0)?, unpaused_at)
                    || !past_cooldown(unpaused_at, mode, at)
                {
                    return Ok(false);
                }
                sqlx::query(D::SQL.repause_account)
                    .bind(D::encode_time(at)?)
                    .bind(account.get())
            }
        };
        query.execute(&mut **tx).await?;
        Self::insert_event(tx, account, ("pause", "account"), 1, at, ctx).await?;
        Self::enqueue_notice(tx, account, ctx, notice, at).await?;
        Ok(true)
    }
}
