//! Pausing: pairs and whole accounts, honouring the re-pause cooldown.

use sqlx::{
    ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Row, Transaction, Type,
};
use time::OffsetDateTime;

use super::{
    Dialect, PAUSE_BATCH, SqlStore, budget, identifier_type, is_paused, past_cooldown,
    whole_seconds,
};
use crate::domain::{AccountId, Identifier};
use crate::store::{
    AuditContext, MAX_CHECKED, MAX_SELECTED, Notice, PauseCheck, PauseCounts, PauseMode,
    PauseState, PausedSummary, Progress, StoreError, UnpauseCounts,
};

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

sql_impl! {
impl PauseState {
    async fn ping(&self) -> Result<(), StoreError> {
        self.attempt(|| async {
            sqlx::query(D::SQL.ping).execute(&self.pool).await?;
            Ok(())
        })
        .await
    }

    async fn paused_summary(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<PausedSummary, StoreError> {
        let ticket = match self.summaries.get(account, limit) {
            Ok(cached) => return Ok(cached),
            Err(ticket) => ticket,
        };
        let summary = self.attempt(|| self.summary_once(account, limit)).await?;
        self.summaries.fill(ticket, account, limit, &summary);
        Ok(summary)
    }

    async fn anything_paused(&self, account: AccountId) -> Result<bool, StoreError> {
        let summary = self.attempt(|| self.summary_once(account, 1)).await?;
        Ok(!summary.is_empty())
    }

    async fn pause_identifiers(
        &self,
        account: AccountId,
        identifiers: &[Identifier],
        mode: PauseMode,
        at: OffsetDateTime,
        ctx: &AuditContext,
        notice: &Notice,
    ) -> Result<PauseCounts, StoreError> {
        let at = whole_seconds(at);
        let sorted = sorted(identifiers);
        let mut counts = PauseCounts::default();
        // Duplicates in the input were paused by their first mention.
        counts.already += u64::try_from(identifiers.len() - sorted.len()).unwrap_or(0);
        for chunk in sorted.chunks(PAUSE_BATCH) {
            let done = self
                .attempt(|| self.pause_chunk(account, chunk, mode, at, ctx, notice))
                .await;
            self.summaries.forget([account]);
            let done = done?;
            counts.paused += done.paused;
            counts.repaused += done.repaused;
            counts.already += done.already;
            counts.cooldown += done.cooldown;
        }
        Ok(counts)
    }

    async fn pause_account(
        &self,
        account: AccountId,
        mode: PauseMode,
        at: OffsetDateTime,
        ctx: &AuditContext,
        notice: &Notice,
    ) -> Result<bool, StoreError> {
        let at = whole_seconds(at);
        let paused = self
            .attempt(|| self.pause_account_once(account, mode, at, ctx, notice))
            .await;
        self.summaries.forget([account]);
        paused
    }

    async fn unpause_all(
        &self,
        account: AccountId,
        at: OffsetDateTime,
        ctx: &AuditContext,
        progress: Progress<'_>,
    ) -> Result<UnpauseCounts, StoreError> {
        let at = whole_seconds(at);
        self.unpause_in_batches(account, at, ctx, None, progress)
            .await
            .and_then(budget::unbudgeted)
    }

    async fn unpause_identifiers(
        &self,
        account: AccountId,
        identifiers: &[Identifier],
        at: OffsetDateTime,
        ctx: &AuditContext,
    ) -> Result<UnpauseCounts, StoreError> {
        if identifiers.len() > MAX_SELECTED {
            return Err(StoreError::Refused("too many names in one request"));
        }
        let at = whole_seconds(at);
        let sorted = sorted(identifiers);
        let done = self
            .attempt(|| self.unpause_identifiers_once(account, &sorted, at, ctx, None))
            .await;
        self.summaries.forget([account]);
        done.and_then(budget::unbudgeted)
    }

    async fn check_paused(
        &self,
        account: AccountId,
        identifiers: &[Identifier],
    ) -> Result<PauseCheck, StoreError> {
        if identifiers.len() > MAX_CHECKED {
            return Err(StoreError::Refused("too many names in one check"));
        }
        if identifiers.is_empty() {
            return Err(StoreError::Refused("a check needs at least one name"));
        }
        let sql = (D::SQL.check_paused)(identifiers.len());
        let rows = self
            .attempt(|| async {
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone())).bind(account.get());
                for identifier in identifiers {
                    query = query.bind(identifier.value());
                }
                Ok(query.bind(account.get()).fetch_all(&self.pool).await?)
            })
            .await?;
        let mut check = PauseCheck::default();
        for row in &rows {
            let code: i16 = row.try_get(0)?;
            if code < 0 {
                check.account = true;
                continue;
            }
            let kind = identifier_type(code)?;
            let value: String = row.try_get(1)?;
            // The IN list matched values only; keep the requested spelling
            // and order, and the type.
            check.paused.extend(
                identifiers
                    .iter()
                    .filter(|i| i.kind() == kind && i.value().eq_ignore_ascii_case(&value))
                    .cloned(),
            );
        }
        check
            .paused
            .sort_by_key(|p| identifiers.iter().position(|i| i == p));
        check.paused.dedup();
        Ok(check)
    }
}
}
