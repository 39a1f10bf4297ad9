//! PostgreSQL. Every SQL string for PostgreSQL is here.
//!
//! The tables mirror Boulder's (see migrations/postgres/); times are
//! timestamptz. Unquoted names fold to lower case, consistently.

use std::str::FromStr;

use anyhow::Context;
use sqlx::Postgres;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgQueryResult};
use time::OffsetDateTime;

use super::sql::{
    BudgetQueries, Dialect, OutboxQueries, PolicyQueries, Queries, SessionQueries, SqlStore,
};
use super::{PoolSettings, Schema, StoreError, migrations, redact_url};

#[derive(Debug)]
pub(super) struct PostgresDialect;

impl Dialect for PostgresDialect {
    type DB = Postgres;
    type Time = OffsetDateTime;

    const SQL: Queries = Queries {
        begin_write: "BEGIN",
        ping: "SELECT 1",
        summary: "SELECT 0::bigint, NULL::bigint, NULL::varchar, pausedAt FROM paused_accounts \
             WHERE registrationID = $1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
             UNION ALL SELECT 1, COUNT(*), NULL, MIN(pausedAt) FROM (SELECT pausedAt FROM paused \
             WHERE registrationID = $1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) LIMIT 10001) capped \
             UNION ALL (SELECT 2, identifierType::bigint, identifierValue::varchar, pausedAt FROM paused \
             WHERE registrationID = $1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
             ORDER BY identifierValue, identifierType LIMIT",
        summary_account_binds: 1,
        count_paused: "SELECT COUNT(*), MIN(pausedAt) FROM paused \
             WHERE registrationID = $1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        count_remaining: "SELECT COUNT(*) FROM (SELECT 1 FROM paused \
             WHERE registrationID = $1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) LIMIT 100001) AS capped",
        account_paused: "SELECT pausedAt FROM paused_accounts \
             WHERE registrationID = $1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        // Locking reads. A concurrent first pause of the same pair is not
        // blocked by them (there is no row yet); its insert then fails on the
        // key and the transaction is retried.
        pair_state: "SELECT pausedAt, unpausedAt FROM paused \
             WHERE registrationID = $1 AND identifierValue = $2 AND identifierType = $3 \
             FOR UPDATE",
        insert_paused: "INSERT INTO paused \
             (registrationID, identifierValue, identifierType, pausedAt, unpausedAt) \
             VALUES ($1, $2, $3, $4, NULL)",
        repause: "UPDATE paused SET pausedAt = $1, unpausedAt = NULL \
             WHERE registrationID = $2 AND identifierValue = $3 AND identifierType = $4",
        account_state: "SELECT pausedAt, unpausedAt FROM paused_accounts \
             WHERE registrationID = $1 FOR UPDATE",
        insert_account_pause: "INSERT INTO paused_accounts (registrationID, pausedAt, unpausedAt) \
             VALUES ($1, $2, NULL)",
        repause_account: "UPDATE paused_accounts SET pausedAt = $1, unpausedAt = NULL \
             WHERE registrationID = $2",
        // unpausedAt is never set before pausedAt: if the ACME server's clock
        // runs ahead of ours, a fresh pause would otherwise survive its own
        // unpause.
        unpause_account: "UPDATE paused_accounts SET unpausedAt = GREATEST($1, pausedAt) \
             WHERE registrationID = $2 AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        batch_end: "SELECT identifierValue, identifierType FROM paused \
             WHERE registrationID = $1 \
               AND identifierValue >= $2 AND (identifierValue, identifierType) > ($3, $4) \
               AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
             ORDER BY identifierValue, identifierType LIMIT 1 OFFSET $5",
        unpause_range: "UPDATE paused SET unpausedAt = GREATEST($1, pausedAt) \
             WHERE registrationID = $2 \
               AND identifierValue >= $3 AND (identifierValue, identifierType) > ($4, $5) \
               AND identifierValue <= $6 AND (identifierValue, identifierType) <= ($7, $8) \
               AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        unpause_rest: "UPDATE paused SET unpausedAt = GREATEST($1, pausedAt) \
             WHERE registrationID = $2 \
               AND identifierValue >= $3 AND (identifierValue, identifierType) > ($4, $5) \
               AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        unpause_one: "UPDATE paused SET unpausedAt = GREATEST($1, pausedAt) \
             WHERE registrationID = $2 AND identifierValue = $3 AND identifierType = $4 \
               AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        insert_event: "INSERT INTO pause_events \
             (at, registrationID, action, scope, count, actor, client_ip, user_agent, reason) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        // lastval() is per session: the identity value just drawn.
        last_event_id: "SELECT lastval()",
        grow_event: "UPDATE pause_events SET count = count + $1 WHERE id = $2",
        events: "SELECT at, action, scope, count, actor, client_ip, user_agent, reason \
             FROM pause_events WHERE registrationID = $1 ORDER BY id DESC LIMIT $2",
        applied_migrations: "SELECT version FROM acme_unpause_migrations WHERE success",
        check_paused,
        budget: BudgetQueries {
            lock: "INSERT INTO unpause_budgets (registrationID) VALUES ($1) \
                 ON CONFLICT (registrationID) DO UPDATE SET registrationID = EXCLUDED.registrationID",
            reset_at: "SELECT resetAt FROM unpause_budgets WHERE registrationID = $1",
            reset: "INSERT INTO unpause_budgets (registrationID, resetAt) VALUES ($1, $2) \
                 ON CONFLICT (registrationID) DO UPDATE SET resetAt = EXCLUDED.resetAt",
            last_counted: "SELECT MAX(at) FROM pause_events \
                 WHERE registrationID = $1 AND action = 'budget' AND scope = 'counted'",
            counted: "SELECT at FROM pause_events \
                 WHERE registrationID = $1 AND action = 'budget' AND scope = 'counted' \
                   AND at > $2 ORDER BY id DESC LIMIT $3",
            repaused_since: "SELECT 1 FROM paused \
                 WHERE registrationID = $1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) AND pausedAt > $2 \
                 UNION ALL SELECT 1 FROM paused_accounts \
                 WHERE registrationID = $3 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) AND pausedAt > $4 \
                 LIMIT 1",
        },
        policy: PolicyQueries {
            accounts_get,
            last_unpause: "SELECT MAX(unpausedAt) FROM paused WHERE registrationID = $1",
            accounts_insert,
            accounts_upsert,
            pairs_get,
            pairs_insert,
            pairs_upsert,
            expire_pairs: "DELETE FROM policy_pairs \
                 WHERE (registrationID, identifierValue, identifierType) IN \
                   (SELECT registrationID, identifierValue, identifierType FROM policy_pairs \
                    WHERE lastOutcome < $1 LIMIT $2)",
            expire_accounts: "DELETE FROM policy_accounts WHERE registrationID IN \
                 (SELECT registrationID FROM policy_accounts WHERE lastOutcome < $1 LIMIT $2)",
        },
        sessions: SessionQueries {
            delete_expired: "DELETE FROM sessions WHERE expires_at <= extract(epoch FROM now())::bigint",
        },
        outbox: OutboxQueries {
            // FOR UPDATE locks nothing when no row exists yet: without this,
            // two pauses of one account at once would both insert.
            lock_account: Some(
                "SELECT pg_advisory_xact_lock(7361, CAST($1 % 2147483647 AS integer))",
            ),
            open_for: "SELECT id FROM notifications \
                 WHERE registrationID = $1 AND contact = $2 AND state = 'pending' \
                   AND attempts = 0 AND dueAt > $3 ORDER BY id LIMIT 1 FOR UPDATE",
            merge: "UPDATE notifications SET language = COALESCE($1, language), \
                 clientIP = COALESCE($2, clientIP), userAgent = COALESCE($3, userAgent) \
                 WHERE id = $4",
            insert: "INSERT INTO notifications \
                 (registrationID, contact, language, clientIP, userAgent, createdAt, dueAt) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            due: "SELECT id FROM notifications \
                 WHERE state = 'pending' AND dueAt <= $1 \
                   AND (leaseUntil IS NULL OR leaseUntil <= $2) \
                 ORDER BY dueAt, id LIMIT $3",
            claim: "UPDATE notifications \
                 SET leaseOwner = $1, leaseUntil = $2, attempts = attempts + 1 \
                 WHERE id = $3 AND state = 'pending' AND dueAt <= $4 \
                   AND (leaseUntil IS NULL OR leaseUntil <= $5)",
            get: "SELECT registrationID, contact, language, clientIP, userAgent, createdAt, attempts \
                 FROM notifications WHERE id = $1",
            finish: "UPDATE notifications SET state = $1, lastError = $2, finishedAt = $3, \
                 leaseOwner = NULL, leaseUntil = NULL WHERE id = $4 AND leaseOwner = $5",
            retry: "UPDATE notifications SET dueAt = $1, lastError = $2, \
                 leaseOwner = NULL, leaseUntil = NULL WHERE id = $3 AND leaseOwner = $4",
            counts: "SELECT state, COUNT(*) FROM notifications GROUP BY state",
            list: "SELECT id, contact, state, attempts, createdAt, dueAt, finishedAt, lastError \
                 FROM notifications WHERE registrationID = $1 ORDER BY id DESC LIMIT $2",
            purge: "DELETE FROM notifications WHERE id IN (SELECT id FROM notifications WHERE state <> 'pending' AND createdAt < $1 LIMIT $2)",
        },
    };

    fn encode_time(at: OffsetDateTime) -> Result<OffsetDateTime, StoreError> {
        Ok(at)
    }

    fn decode_time(value: OffsetDateTime) -> Result<OffsetDateTime, StoreError> {
        Ok(value)
    }

    fn rows_affected(result: &PgQueryResult) -> u64 {
        result.rows_affected()
    }
}

/// See `Queries::check_paused`.
fn check_paused(n: usize) -> String {
    let names: Vec<String> = (2..n + 2).map(|i| format!("${i}")).collect();
    format!(
        "SELECT identifierType, identifierValue FROM paused \
         WHERE registrationID = $1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
           AND identifierValue IN ({}) \
         UNION ALL SELECT CAST(-1 AS smallint), '' FROM paused_accounts \
         WHERE registrationID = ${} AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        names.join(", "),
        n + 2
    )
}

/// `n` parenthesised groups of `width` placeholders, numbered in bind
/// order: `($1, $2), ($3, $4)`.
fn tuples(n: usize, width: usize) -> String {
    let rows: Vec<String> = (0..n)
        .map(|row| {
            let params: Vec<String> = (1..=width)
                .map(|col| format!("${}", row * width + col))
                .collect();
            format!("({})", params.join(", "))
        })
        .collect();
    rows.join(", ")
}

/// See `PolicyQueries::accounts_get`.
fn accounts_get(n: usize) -> String {
    format!(
        "SELECT registrationID, createdAt, firstSeen, lastSuccess, lastOutcome \
         FROM policy_accounts WHERE registrationID IN ({}) ORDER BY registrationID FOR UPDATE",
        (1..=n)
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ")
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
/// Rows are locked as the sort returns them: in key order.
fn pairs_get(n: usize) -> String {
    format!(
        "WITH k (registrationID, identifierValue, identifierType) AS (VALUES {}) \
         SELECT p.registrationID, p.identifierValue, p.identifierType, p.state \
         FROM k JOIN policy_pairs p ON p.registrationID = k.registrationID \
           AND p.identifierValue = k.identifierValue AND p.identifierType = k.identifierType \
         ORDER BY p.registrationID, p.identifierValue, p.identifierType FOR UPDATE",
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

pub(super) async fn connect(
    url: &str,
    pool: &PoolSettings,
    schema: Schema,
) -> anyhow::Result<(SqlStore<PostgresDialect>, Vec<String>)> {
    // The server enforces the query timeout too: a statement or an idle
    // transaction left behind by a timed-out request ends on its own and
    // releases its locks, instead of waiting for the connection to be reused.
    let millis = pool.query_timeout.as_millis().to_string();
    let options = PgConnectOptions::from_str(url)
        .with_context(|| format!("invalid PostgreSQL URL {:?}", redact_url(url)))?
        .options([
            ("statement_timeout", millis.as_str()),
            ("idle_in_transaction_session_timeout", millis.as_str()),
        ]);
    let server = format!("{}:{}", options.get_host(), options.get_port());
    super::sql::probe(&options, pool.acquire_timeout)
        .await
        .with_context(|| format!("cannot connect to PostgreSQL at {server}"))?;
    let postgres = super::sql::discard_broken(PgPoolOptions::new())
        .max_connections(pool.max_connections)
        .acquire_timeout(pool.acquire_timeout)
        .connect_with(options)
        .await
        .context("cannot connect to PostgreSQL")?;
    let migrator = migrations::postgres()?;
    let mut applied = Vec::new();
    if schema == Schema::Migrate {
        // Read before sqlx takes its lock: instances migrating at the same
        // moment may each report the same migrations.
        applied = SqlStore::<PostgresDialect>::new(postgres.clone(), pool)
            .pending_migrations(&migrator)
            .await?;
        // sqlx holds an advisory lock while migrating, so many instances may
        // start at once.
        migrator
            .run(&postgres)
            .await
            .context("applying PostgreSQL migrations")?;
    }
    let store = SqlStore::new(postgres, pool);
    store.check_schema(&migrator).await?;
    Ok((store, applied))
}
