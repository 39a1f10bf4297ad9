//! The store's logic, written once over any SQL backend.
//!
//! A backend is a [`Dialect`]: its sqlx driver, its time type and its SQL
//! strings ([`Queries`]). Every statement here is a runtime query with bound
//! parameters; the dialect's strings name their placeholders in bind order,
//! because MySQL's `?` placeholders are positional.
//!
//! Concurrency: several portal instances and the ACME server write the same
//! rows. Every write transaction reads the rows it decides on with a locking
//! read (`FOR UPDATE`; SQLite takes the whole write lock up front), and a
//! transaction that loses a race (deadlock, serialization failure, or a
//! duplicate key from a concurrent insert) is rolled back and run again from
//! the start, up to [`MAX_ATTEMPTS`] times. Each attempt is bounded by the
//! configured query timeout; a timed-out attempt is rolled back.

/// Implements a store trait (or, without a name, inherent methods) on
/// [`SqlStore`] for every dialect. The bounds say what sqlx must encode and
/// decode for the shared code to compile; Rust does not carry where clauses
/// from a trait to its users, so without this each impl would spell them
/// out again.
macro_rules! sql_impl {
    (impl $trait:ident { $($body:tt)* }) => {
        #[async_trait::async_trait]
        impl<D: Dialect> $trait for SqlStore<D>
        where
            for<'c> &'c mut <D::DB as Database>::Connection: Executor<'c, Database = D::DB>,
            <D::DB as Database>::Arguments: IntoArguments<D::DB>,
            usize: ColumnIndex<<D::DB as Database>::Row>,
            for<'q> i64: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
            for<'q> i16: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
            for<'q> String: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
            for<'q> &'q str: Encode<'q, D::DB> + Type<D::DB>,
            for<'q> Option<String>: Encode<'q, D::DB>,
            for<'q> Option<D::Time>: Encode<'q, D::DB>,
            for<'q> Vec<u8>: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
        {
            $($body)*
        }
    };
}

mod audit;
mod budget;
#[cfg(test)]
mod dialect_tests;
mod outbox;
mod pause;
mod policy;
mod queries;
mod sessions;
mod unpause;

use std::fmt::Debug;
use std::future::Future;
use std::marker::PhantomData;
use std::time::Duration as StdDuration;

use sqlx::migrate::Migrator;
use sqlx::{
    ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Pool, Row, Transaction, Type,
};
use time::OffsetDateTime;

use super::cache::SummaryCache;
use super::{
    AuditContext, PauseMode, PausedName, PausedSummary, PoolSettings, REPAUSE_COOLDOWN, StoreError,
    migrations,
};
use crate::domain::{AccountId, Identifier, IdentifierType};
use pause::PairPause;
pub(in crate::store) use queries::{
    BudgetQueries, OutboxQueries, PolicyQueries, Queries, SessionQueries,
};

/// Names paused per transaction. Pausing costs two round trips a name, so
/// a chunk must finish well within the query timeout on a remote database
/// (500 × 2 × 1 ms), and holds its locks only that long.
const PAUSE_BATCH: usize = 500;

/// Attempts per transaction before a lost race is reported as a conflict.
/// Galera nodes that take writes at once lose races at commit, not at a
/// lock (certification), so a hot account's writers lose more often than
/// on one server: eight attempts with the backoff below span about a
/// second.
const MAX_ATTEMPTS: u32 = 8;

/// Longest user agent or address kept in the audit trail.
const MAX_AUDIT_TEXT: usize = 512;

/// One SQL backend.
pub(super) trait Dialect: Debug + Send + Sync + 'static {
    type DB: Database;
    /// How a timestamp travels to and from the database.
    type Time: for<'q> Encode<'q, Self::DB>
        + for<'r> Decode<'r, Self::DB>
        + Type<Self::DB>
        + Send
        + Sync
        + 'static;

    const SQL: Queries;

    /// The database takes one writer at a time (SQLite): this process's
    /// outcome batches then queue on an async lock instead of in the
    /// database's busy handler, which sleeps in steps of up to 100 ms. Same
    /// throughput, but a batch's p99 fell from about 2 s to 0.35 s
    /// (BENCHMARKS.md, section 4).
    const ONE_WRITER: bool = false;

    /// `at`, already truncated to whole seconds, as the database stores it.
    fn encode_time(at: OffsetDateTime) -> Result<Self::Time, StoreError>;
    fn decode_time(value: Self::Time) -> Result<OffsetDateTime, StoreError>;
    fn rows_affected(result: &<Self::DB as Database>::QueryResult) -> u64;
}

/// The store over one backend's connection pool.
#[derive(Debug)]
pub(super) struct SqlStore<D: Dialect> {
    pool: Pool<D::DB>,
    query_timeout: StdDuration,
    /// What link pages read; every write path below forgets what it touched.
    summaries: SummaryCache,
    /// Outcome batches' turn to write, where `D::ONE_WRITER`.
    batches: tokio::sync::Mutex<()>,
    dialect: PhantomData<D>,
}

impl<D: Dialect> SqlStore<D> {
    pub(super) fn new(pool: Pool<D::DB>, settings: &PoolSettings) -> Self {
        Self {
            pool,
            query_timeout: settings.query_timeout,
            summaries: SummaryCache::new(settings.summary_cache),
            batches: tokio::sync::Mutex::new(()),
            dialect: PhantomData,
        }
    }
}

/// `Queries::summary` with its list limit written in: a number, so the
/// text stays safe, and one prepared statement per distinct limit.
pub(super) fn summary_sql(summary: &str, limit: u32) -> String {
    format!("{summary} {limit})")
}

/// A pool that closes, rather than reuses, a connection that comes back
/// still inside a transaction: one whose COMMIT or ROLLBACK failed (a full
/// disk, a connection cut mid-statement) would otherwise refuse every later
/// `BEGIN` with "non-zero transaction depth" until the process restarts.
pub(super) fn discard_broken<DB: Database>(
    options: sqlx::pool::PoolOptions<DB>,
) -> sqlx::pool::PoolOptions<DB> {
    options.after_release(|conn, _| {
        let healthy = !sqlx::Connection::is_in_transaction(conn);
        Box::pin(async move { Ok(healthy) })
    })
}

/// Random, growing pauses between retries, so that transactions that
/// collided (in this process or another instance) do not collide again.
fn backoff(attempt: u32) -> StdDuration {
    let mut random = [0_u8; 1];
    let jitter = match ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut random)
    {
        Ok(()) => u64::from(random[0] % 20),
        Err(_) => 10,
    };
    StdDuration::from_millis((5 << attempt.min(6)) + jitter)
}

/// Boulder's `datetime` has whole seconds; every backend stores the same.
fn whole_seconds(at: OffsetDateTime) -> OffsetDateTime {
    at.to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(at)
}

fn clip(text: &Option<String>) -> Option<String> {
    text.as_ref()
        .map(|t| t.chars().take(MAX_AUDIT_TEXT).collect())
}

fn count_i64(count: u64) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

fn identifier_type(code: i16) -> Result<IdentifierType, StoreError> {
    IdentifierType::from_code(code)
        .ok_or_else(|| StoreError::Other(anyhow::anyhow!("unknown identifierType {code}")))
}

/// Boulder's definition of a paused row.
fn is_paused(paused_at: OffsetDateTime, unpaused_at: Option<OffsetDateTime>) -> bool {
    unpaused_at.is_none_or(|unpaused| paused_at > unpaused)
}

/// Whether an unpaused row may be paused again at `at`.
fn past_cooldown(unpaused_at: Option<OffsetDateTime>, mode: PauseMode, at: OffsetDateTime) -> bool {
    match (mode, unpaused_at) {
        (PauseMode::Force, _) | (_, None) => true,
        (PauseMode::RespectCooldown, Some(unpaused)) => unpaused <= at - REPAUSE_COOLDOWN,
    }
}

// The bounds every generic impl of the store repeats (here, pause.rs,
// unpause.rs, policy.rs, sessions.rs): Rust does not carry where
// clauses from a trait to its users, so they are spelled out per impl.
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
    /// Runs `op` as one attempt after another until it neither loses a race
    /// nor times out, at most [`MAX_ATTEMPTS`] times.
    async fn attempt<T, F, Fut>(&self, mut op: F) -> Result<T, StoreError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, StoreError>>,
    {
        let mut attempt = 1;
        loop {
            let result = tokio::time::timeout(self.query_timeout, op())
                .await
                .unwrap_or(Err(StoreError::TimedOut(self.query_timeout)));
            match result {
                Err(StoreError::Conflict(err)) if attempt < MAX_ATTEMPTS => {
                    tracing::debug!(attempt, error = %err, "transaction lost a race; retrying");
                    tokio::time::sleep(backoff(attempt)).await;
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    async fn begin_write(&self) -> Result<Transaction<'static, D::DB>, StoreError> {
        Ok(self.pool.begin_with(D::SQL.begin_write).await?)
    }

    fn time_of(row: &<D::DB as Database>::Row, index: usize) -> Result<OffsetDateTime, StoreError> {
        D::decode_time(row.try_get(index)?)
    }

    fn optional_time_of(
        row: &<D::DB as Database>::Row,
        index: usize,
    ) -> Result<Option<OffsetDateTime>, StoreError> {
        row.try_get::<Option<D::Time>, _>(index)?
            .map(D::decode_time)
            .transpose()
    }

    async fn insert_event(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
        (action, scope): (&str, &str),
        count: u64,
        at: OffsetDateTime,
        ctx: &AuditContext,
    ) -> Result<i64, StoreError> {
        sqlx::query(D::SQL.insert_event)
            .bind(D::encode_time(at)?)
            .bind(account.get())
            .bind(action)
            .bind(scope)
            .bind(count_i64(count))
            .bind(ctx.actor.as_str())
            .bind(clip(&ctx.client_ip))
            .bind(clip(&ctx.user_agent))
            .bind(clip(&ctx.reason.as_ref().map(ToString::to_string)))
            .execute(&mut **tx)
            .await?;
        let row = sqlx::query(D::SQL.last_event_id)
            .fetch_one(&mut **tx)
            .await?;
        Ok(row.try_get(0)?)
    }

    async fn summary_once(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<PausedSummary, StoreError> {
        // One statement: one snapshot, so count, list and account bit
        // agree, and one round trip (each is a thread hop for SQLite).
        let sql = summary_sql(D::SQL.summary, limit);
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for _ in 0..D::SQL.summary_account_binds {
            query = query.bind(account.get());
        }
        let rows = query.fetch_all(&self.pool).await?;
        let mut summary = PausedSummary::default();
        for row in &rows {
            let kind: i64 = row.try_get(0)?;
            match kind {
                0 => summary.account_paused_at = Some(Self::time_of(row, 3)?),
                1 => {
                    let count: i64 = row.try_get(1)?;
                    let count = u64::try_from(count).unwrap_or(0);
                    summary.count_capped = count > super::COUNT_CAP;
                    summary.count = count.min(super::COUNT_CAP);
                    // The oldest of the rows counted is not the oldest.
                    if !summary.count_capped {
                        summary.oldest = Self::optional_time_of(row, 3)?;
                    }
                }
                _ => {
                    let code: i64 = row.try_get(1)?;
                    let code = i16::try_from(code).map_err(|_| {
                        StoreError::Other(anyhow::anyhow!("unknown identifierType {code}"))
                    })?;
                    let value: Option<String> = row.try_get(2)?;
                    summary.first.push(PausedName {
                        identifier: Identifier::from_store(
                            identifier_type(code)?,
                            value.unwrap_or_default(),
                        ),
                        paused_at: Self::time_of(row, 3)?,
                    });
                }
            }
        }
        // UNION ALL keeps no order between its parts.
        summary.first.sort_by(|a, b| {
            (a.identifier.value(), a.identifier.kind())
                .cmp(&(b.identifier.value(), b.identifier.kind()))
        });
        Ok(summary)
    }

    /// The migrations of `migrator` not applied yet, as "NNNN description";
    /// all of them on a database without this project's history table.
    pub(in crate::store) async fn pending_migrations(
        &self,
        migrator: &Migrator,
    ) -> anyhow::Result<Vec<String>> {
        let applied = match sqlx::query(D::SQL.applied_migrations)
            .fetch_all(&self.pool)
            .await
        {
            Ok(rows) => rows
                .iter()
                .map(|row| row.try_get::<i64, _>(0))
                .collect::<Result<Vec<_>, _>>()?,
            Err(err) => match err.as_database_error() {
                Some(db) if is_missing_table(db.message()) => Vec::new(),
                _ => return Err(anyhow::Error::new(err).context("reading the applied migrations")),
            },
        };
        Ok(migrator
            .iter()
            .filter(|m| !applied.contains(&m.version))
            .map(|m| format!("{:04} {}", m.version, m.description))
            .collect())
    }

    /// Fails unless every migration of `migrator` has been applied.
    pub(in crate::store) async fn check_schema(&self, migrator: &Migrator) -> anyhow::Result<()> {
        let rows = sqlx::query(D::SQL.applied_migrations)
            .fetch_all(&self.pool)
            .await
            .map_err(|err| match err.as_database_error() {
                Some(db) if is_missing_table(db.message()) => anyhow::anyhow!(
                    "no acme-unpause schema in this database ({}); run `acme-unpause migrate` first",
                    db.message()
                ),
                _ => anyhow::Error::new(err).context("reading the applied migrations"),
            })?;
        let applied = rows
            .iter()
            .map(|row| row.try_get::<i64, _>(0))
            .collect::<Result<Vec<_>, _>>()?;
        migrations::check_applied(migrator, &applied)
    }
}

/// Opens one connection with `options` and closes it. A pool that cannot
/// connect retries until its acquire timeout and then reports only "pool
/// timed out"; this says why at once: connection refused, unknown host,
/// access denied, unknown database.
pub(super) async fn probe<C>(options: &C, within: StdDuration) -> anyhow::Result<()>
where
    C: sqlx::ConnectOptions,
    C::Connection: Sized,
{
    use sqlx::Connection;
    match tokio::time::timeout(within, options.connect()).await {
        Ok(Ok(conn)) => {
            let _ = conn.close().await;
            Ok(())
        }
        Ok(Err(err)) => Err(err.into()),
        Err(_) => anyhow::bail!("no answer within {within:?}"),
    }
}

/// The message of each backend for a table that does not exist.
fn is_missing_table(message: &str) -> bool {
    ["no such table", "doesn't exist", "does not exist"]
        .iter()
        .any(|m| message.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn paused_follows_boulder() {
        let t = datetime!(2026-01-01 0:00 UTC);
        assert!(is_paused(t, None));
        assert!(is_paused(t, Some(t - time::Duration::SECOND)));
        assert!(!is_paused(t, Some(t)));
        assert!(!is_paused(t, Some(t + time::Duration::SECOND)));
    }

    #[test]
    fn cooldown_is_fourteen_days_unless_forced() {
        let at = datetime!(2026-01-15 0:00 UTC);
        let recent = Some(at - time::Duration::days(13));
        let old = Some(at - time::Duration::days(14));
        assert!(!past_cooldown(recent, PauseMode::RespectCooldown, at));
        assert!(past_cooldown(old, PauseMode::RespectCooldown, at));
        assert!(past_cooldown(recent, PauseMode::Force, at));
        assert!(past_cooldown(None, PauseMode::RespectCooldown, at));
    }
}
