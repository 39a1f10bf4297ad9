//! SQLite: the embedded default. Every SQL string for SQLite is here.
//!
//! Times are UTC text `YYYY-MM-DD HH:MM:SS` (Boulder's datetime precision),
//! which compares correctly as text. A row is paused when
//! `unpausedAt IS NULL OR pausedAt > unpausedAt` (Boulder's definition).

use std::path::Path;
use std::str::FromStr;
use std::time::{Duration, Instant};

use anyhow::Context;
use sqlx::Sqlite;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteQueryResult,
    SqliteSynchronous,
};
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};

use super::sql::{
    BudgetQueries, Dialect, OutboxQueries, PolicyQueries, Queries, SessionQueries, SqlStore,
};
use super::{PoolSettings, Schema, StoreError, migrations};

const TIME_FORMAT: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");

#[derive(Debug)]
pub(super) struct SqliteDialect;

impl Dialect for SqliteDialect {
    type DB = Sqlite;
    type Time = String;

    const ONE_WRITER: bool = true;

    const SQL: Queries = Queries {
        // Takes the write lock up front, so a transaction never fails half
        // way with SQLITE_BUSY when upgrading from a read; this also makes
        // the reads inside it as good as locking reads.
        begin_write: "BEGIN IMMEDIATE",
        ping: "SELECT 1",
        summary: "SELECT 0, NULL, NULL, pausedAt FROM paused_accounts \
             WHERE registrationID = ?1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
             UNION ALL SELECT 1, COUNT(*), NULL, MIN(pausedAt) FROM (SELECT pausedAt FROM paused \
             WHERE registrationID = ?1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) LIMIT 10001) \
             UNION ALL SELECT * FROM (SELECT 2, identifierType, identifierValue, pausedAt FROM paused \
             WHERE registrationID = ?1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
             ORDER BY identifierValue, identifierType LIMIT",
        summary_account_binds: 1,
        count_paused: "SELECT COUNT(*), MIN(pausedAt) FROM paused \
             WHERE registrationID = ?1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        count_remaining: "SELECT COUNT(*) FROM (SELECT 1 FROM paused \
             WHERE registrationID = ?1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) LIMIT 100001) AS capped",
        account_paused: "SELECT pausedAt FROM paused_accounts \
             WHERE registrationID = ?1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        pair_state: "SELECT pausedAt, unpausedAt FROM paused \
             WHERE registrationID = ?1 AND identifierValue = ?2 AND identifierType = ?3",
        insert_paused: "INSERT INTO paused \
             (registrationID, identifierValue, identifierType, pausedAt, unpausedAt) \
             VALUES (?1, ?2, ?3, ?4, NULL)",
        repause: "UPDATE paused SET pausedAt = ?1, unpausedAt = NULL \
             WHERE registrationID = ?2 AND identifierValue = ?3 AND identifierType = ?4",
        account_state: "SELECT pausedAt, unpausedAt FROM paused_accounts WHERE registrationID = ?1",
        insert_account_pause: "INSERT INTO paused_accounts (registrationID, pausedAt, unpausedAt) \
             VALUES (?1, ?2, NULL)",
        repause_account: "UPDATE paused_accounts SET pausedAt = ?1, unpausedAt = NULL \
             WHERE registrationID = ?2",
        // unpausedAt is never set before pausedAt: if the ACME server's clock
        // runs ahead of ours, a fresh pause would otherwise survive its own
        // unpause. (Scalar MAX is SQLite's GREATEST.)
        unpause_account: "UPDATE paused_accounts SET unpausedAt = MAX(?1, pausedAt) \
             WHERE registrationID = ?2 AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        batch_end: "SELECT identifierValue, identifierType FROM paused \
             WHERE registrationID = ?1 \
               AND identifierValue >= ?2 AND (identifierValue, identifierType) > (?3, ?4) \
               AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
             ORDER BY identifierValue, identifierType LIMIT 1 OFFSET ?5",
        unpause_range: "UPDATE paused SET unpausedAt = MAX(?1, pausedAt) \
             WHERE registrationID = ?2 \
               AND identifierValue >= ?3 AND (identifierValue, identifierType) > (?4, ?5) \
               AND identifierValue <= ?6 AND (identifierValue, identifierType) <= (?7, ?8) \
               AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        unpause_rest: "UPDATE paused SET unpausedAt = MAX(?1, pausedAt) \
             WHERE registrationID = ?2 \
               AND identifierValue >= ?3 AND (identifierValue, identifierType) > (?4, ?5) \
               AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        unpause_one: "UPDATE paused SET unpausedAt = MAX(?1, pausedAt) \
             WHERE registrationID = ?2 AND identifierValue = ?3 AND identifierType = ?4 \
               AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        insert_event: "INSERT INTO pause_events \
             (at, registrationID, action, scope, count, actor, client_ip, user_agent, reason) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        last_event_id: "SELECT last_insert_rowid()",
        grow_event: "UPDATE pause_events SET count = count + ?1 WHERE id = ?2",
        events: "SELECT at, action, scope, count, actor, client_ip, user_agent, reason \
             FROM pause_events WHERE registrationID = ?1 ORDER BY id DESC LIMIT ?2",
        applied_migrations: "SELECT version FROM acme_unpause_migrations WHERE success",
        check_paused,
        budget: BudgetQueries {
            lock: "INSERT INTO unpause_budgets (registrationID) VALUES (?1) \
                 ON CONFLICT (registrationID) DO UPDATE SET registrationID = excluded.registrationID",
            reset_at: "SELECT resetAt FROM unpause_budgets WHERE registrationID = ?1",
            reset: "INSERT INTO unpause_budgets (registrationID, resetAt) VALUES (?1, ?2) \
                 ON CONFLICT (registrationID) DO UPDATE SET resetAt = excluded.resetAt",
            last_counted: "SELECT MAX(at) FROM pause_events \
                 WHERE registrationID = ?1 AND action = 'budget' AND scope = 'counted'",
            counted: "SELECT at FROM pause_events \
                 WHERE registrationID = ?1 AND action = 'budget' AND scope = 'counted' \
                   AND at > ?2 ORDER BY id DESC LIMIT ?3",
            repaused_since: "SELECT 1 FROM paused \
                 WHERE registrationID = ?1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) AND pausedAt > ?2 \
                 UNION ALL SELECT 1 FROM paused_accounts \
                 WHERE registrationID = ?3 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) AND pausedAt > ?4 \
                 LIMIT 1",
        },
        policy: PolicyQueries {
            accounts_get,
            last_unpause: "SELECT MAX(unpausedAt) FROM paused WHERE registrationID = ?1",
            accounts_insert,
            accounts_upsert,
            pairs_get,
            pairs_insert,
            pairs_upsert,
            expire_pairs: "DELETE FROM policy_pairs \
                 WHERE (registrationID, identifierValue, identifierType) IN \
                   (SELECT registrationID, identifierValue, identifierType FROM policy_pairs \
                    WHERE lastOutcome < ?1 LIMIT ?2)",
            expire_accounts: "DELETE FROM policy_accounts WHERE registrationID IN \
                 (SELECT registrationID FROM policy_accounts WHERE lastOutcome < ?1 LIMIT ?2)",
        },
        sessions: SessionQueries {
            delete_expired: "DELETE FROM sessions WHERE expires_at <= unixepoch()",
        },
        outbox: OutboxQueries {
            // Writers take turns already: BEGIN IMMEDIATE.
            lock_account: None,
            open_for: "SELECT id FROM notifications \
                 WHERE registrationID = ?1 AND contact = ?2 AND state = 'pending' \
                   AND attempts = 0 AND dueAt > ?3 ORDER BY id LIMIT 1",
            merge: "UPDATE notifications SET language = COALESCE(?1, language), \
                 clientIP = COALESCE(?2, clientIP), userAgent = COALESCE(?3, userAgent) \
                 WHERE id = ?4",
            insert: "INSERT INTO notifications \
                 (registrationID, contact, language, clientIP, userAgent, createdAt, dueAt) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            due: "SELECT id FROM notifications \
                 WHERE state = 'pending' AND dueAt <= ?1 \
                   AND (leaseUntil IS NULL OR leaseUntil <= ?2) \
                 ORDER BY dueAt, id LIMIT ?3",
            claim: "UPDATE notifications \
                 SET leaseOwner = ?1, leaseUntil = ?2, attempts = attempts + 1 \
                 WHERE id = ?3 AND state = 'pending' AND dueAt <= ?4 \
                   AND (leaseUntil IS NULL OR leaseUntil <= ?5)",
            get: "SELECT registrationID, contact, language, clientIP, userAgent, createdAt, attempts \
                 FROM notifications WHERE id = ?1",
            finish: "UPDATE notifications SET state = ?1, lastError = ?2, finishedAt = ?3, \
                 leaseOwner = NULL, leaseUntil = NULL WHERE id = ?4 AND leaseOwner = ?5",
            retry: "UPDATE notifications SET dueAt = ?1, lastError = ?2, \
                 leaseOwner = NULL, leaseUntil = NULL WHERE id = ?3 AND leaseOwner = ?4",
            counts: "SELECT state, COUNT(*) FROM notifications GROUP BY state",
            list: "SELECT id, contact, state, attempts, createdAt, dueAt, finishedAt, lastError \
                 FROM notifications WHERE registrationID = ?1 ORDER BY id DESC LIMIT ?2",
            purge: "DELETE FROM notifications WHERE id IN (SELECT id FROM notifications WHERE state <> 'pending' AND createdAt < ?1 LIMIT ?2)",
        },
    };

    fn encode_time(at: OffsetDateTime) -> Result<String, StoreError> {
        at.format(TIME_FORMAT)
            .map_err(|e| StoreError::Other(e.into()))
    }

    fn decode_time(text: String) -> Result<OffsetDateTime, StoreError> {
        PrimitiveDateTime::parse(&text, TIME_FORMAT)
            .map(PrimitiveDateTime::assume_utc)
            .map_err(|e| StoreError::Other(anyhow::anyhow!("bad time {text:?} in database: {e}")))
    }

    fn rows_affected(result: &SqliteQueryResult) -> u64 {
        result.rows_affected()
    }
}

/// See `Queries::check_paused`.
fn check_paused(n: usize) -> String {
    let names: Vec<String> = (2..n + 2).map(|i| format!("?{i}")).collect();
    format!(
        "SELECT identifierType, identifierValue FROM paused \
         WHERE registrationID = ?1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
           AND identifierValue IN ({}) \
         UNION ALL SELECT -1, '' FROM paused_accounts \
         WHERE registrationID = ?{} AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        names.join(", "),
        n + 2
    )
}

/// `n` parenthesised groups of `width` placeholders: `(?, ?), (?, ?)`.
/// Plain `?`, not `?N` as elsewhere here: sqlx looks up each numbered
/// parameter's name, and SQLite finds a name by walking the statement's
/// list of names, which for a statement of 2,500 numbered parameters cost
/// more than all the rest of a batch together (a quarter of the CPU in a
/// profile of the outcome benchmark).
fn tuples(n: usize, width: usize) -> String {
    let row = format!("({})", vec!["?"; width].join(", "));
    vec![row; n].join(", ")
}

/// See `PolicyQueries::accounts_get`. Positional, as `tuples` says why.
fn accounts_get(n: usize) -> String {
    format!(
        "SELECT registrationID, createdAt, firstSeen, lastSuccess, lastOutcome \
         FROM policy_accounts WHERE registrationID IN ({}) ORDER BY registrationID",
        vec!["?"; n].join(", ")
    )
}

/// See `PolicyQueries::accounts_insert`.
fn accounts_insert(n: usize) -> String {
    format!(
        "INSERT INTO policy_accounts \
         (registrationID, createdAt, firstSeen, lastSuccess, lastOutcome) VALUES {}",
        tuples(n, 5)
    )
}

/// See `PolicyQueries::accounts_upsert`.
fn accounts_upsert(n: usize) -> String {
    format!(
        "{} ON CONFLICT (registrationID) DO UPDATE SET createdAt = excluded.createdAt, lastSuccess = excluded.lastSuccess, lastOutcome = excluded.lastOutcome",
        accounts_insert(n)
    )
}

/// See `PolicyQueries::pairs_get`. A join with the keys as a table, which
/// the planner turns into primary-key lookups (a row-value `IN` list makes
/// SQLite scan the table, and PostgreSQL OR 500 index scans together).
fn pairs_get(n: usize) -> String {
    format!(
        "WITH k (registrationID, identifierValue, identifierType) AS (VALUES {}) \
         SELECT p.registrationID, p.identifierValue, p.identifierType, p.state \
         FROM k JOIN policy_pairs p ON p.registrationID = k.registrationID \
           AND p.identifierValue = k.identifierValue AND p.identifierType = k.identifierType \
         ORDER BY p.registrationID, p.identifierValue, p.identifierType",
        tuples(n, 3)
    )
}

/// See `PolicyQueries::pairs_insert`.
fn pairs_insert(n: usize) -> String {
    format!(
        "INSERT INTO policy_pairs \
         (registrationID, identifierValue, identifierType, state, lastOutcome) VALUES {}",
        tuples(n, 5)
    )
}

/// See `PolicyQueries::pairs_upsert`.
fn pairs_upsert(n: usize) -> String {
    format!(
        "{} ON CONFLICT (registrationID, identifierValue, identifierType) DO UPDATE SET state = excluded.state, lastOutcome = excluded.lastOutcome",
        pairs_insert(n)
    )
}

/// Opens (creating if missing) the database file named by `url`.
pub(super) async fn connect(
    url: &str,
    pool: &PoolSettings,
    schema: Schema,
) -> anyhow::Result<(SqlStore<SqliteDialect>, Vec<String>)> {
    let options = SqliteConnectOptions::from_str(url)
        .with_context(|| format!("invalid SQLite URL {url:?}"))?
        // Only migrating creates a database; a check must not leave an
        // empty file behind for a mistyped path.
        .create_if_missing(schema == Schema::Migrate)
        // WAL lets readers (page views, the ACME server's checks) run while
        // an unpause batch writes.
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(pool.acquire_timeout);
    if let Some(dir) = options.get_filename().parent()
        && !dir.as_os_str().is_empty()
        && schema == Schema::Migrate
    {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create database folder {}", dir.display()))?;
    }
    let file = options.get_filename();
    if schema == Schema::Check && file != Path::new(":memory:") && !file.exists() {
        anyhow::bail!(
            "no database file at {}; run `acme-unpause migrate` to create it",
            file.display()
        );
    }
    let pool_options = super::sql::discard_broken(SqlitePoolOptions::new())
        .max_connections(pool.max_connections)
        .acquire_timeout(pool.acquire_timeout);
    let migrator = migrations::sqlite()?;
    // Processes opening one new file at once contend for the lock that
    // switching it to WAL takes, and SQLite reports that at once rather than
    // waiting; without an advisory lock, two migrating processes can also
    // both try to record the same migration (every statement is IF NOT
    // EXISTS, so the second run finds it applied). Both are retried until
    // the acquire timeout.
    let deadline = Instant::now() + pool.acquire_timeout;
    let (sqlite, applied) = loop {
        let attempt = async {
            let sqlite = pool_options.clone().connect_with(options.clone()).await?;
            let mut applied = Vec::new();
            if schema == Schema::Migrate {
                applied = SqlStore::<SqliteDialect>::new(sqlite.clone(), pool)
                    .pending_migrations(&migrator)
                    .await?;
                migrator.run(&sqlite).await?;
            }
            Ok::<_, anyhow::Error>((sqlite, applied))
        };
        match attempt.await {
            Ok(opened) => break opened,
            Err(err) if Instant::now() < deadline && lost_race(&err) => {
                tracing::debug!(error = %err, "SQLite busy while opening; retrying");
                tokio::time::sleep(Duration::from_millis(25)).await;
            }
            Err(err) => {
                return Err(err.context(format!("cannot open SQLite database {url:?}")));
            }
        }
    };
    let store = SqlStore::new(sqlite, pool);
    store.check_schema(&migrator).await?;
    Ok((store, applied))
}

/// Whether opening failed only because another process was doing the same.
fn lost_race(err: &anyhow::Error) -> bool {
    let text = format!("{err:#}");
    text.contains("database is locked")
        || text.contains("UNIQUE constraint failed")
        || text.contains("duplicate column name")
}
