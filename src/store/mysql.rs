//! MariaDB and MySQL: Boulder's shared database. Every SQL string for them
//! is here.
//!
//! The `paused` table is Boulder's own (see migrations/mysql/): its times
//! are `datetime` in UTC (the connection's time zone is set to +00:00), its
//! text is latin1, and its key is (registrationID, identifierValue,
//! identifierType). Placeholders are positional `?`, in bind order.

use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use sqlx::MySql;
use sqlx::migrate::Migrator;
use sqlx::mysql::{MySqlConnectOptions, MySqlPool, MySqlPoolOptions, MySqlQueryResult};
use time::OffsetDateTime;

use super::sql::{
    BudgetQueries, Dialect, OutboxQueries, PolicyQueries, Queries, SessionQueries, SqlStore,
};
use super::{PoolSettings, Schema, StoreError, migrations, redact_url};

#[derive(Debug)]
pub(super) struct MysqlDialect;

impl Dialect for MysqlDialect {
    type DB = MySql;
    type Time = OffsetDateTime;

    const SQL: Queries = Queries {
        begin_write: "START TRANSACTION",
        ping: "SELECT 1",
        summary: "SELECT 0, NULL, NULL, pausedAt FROM paused_accounts \
             WHERE registrationID = ? AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
             UNION ALL SELECT 1, COUNT(*), NULL, MIN(pausedAt) FROM (SELECT pausedAt FROM paused \
             WHERE registrationID = ? AND (unpausedAt IS NULL OR pausedAt > unpausedAt) LIMIT 10001) capped \
             UNION ALL (SELECT 2, identifierType, identifierValue, pausedAt FROM paused \
             WHERE registrationID = ? AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
             ORDER BY identifierValue, identifierType LIMIT",
        summary_account_binds: 3,
        count_paused: "SELECT COUNT(*), MIN(pausedAt) FROM paused \
             WHERE registrationID = ? AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        count_remaining: "SELECT COUNT(*) FROM (SELECT 1 FROM paused \
             WHERE registrationID = ? AND (unpausedAt IS NULL OR pausedAt > unpausedAt) LIMIT 100001) AS capped",
        account_paused: "SELECT pausedAt FROM paused_accounts \
             WHERE registrationID = ? AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        // Locking reads: a concurrent pause of the same pair waits, or loses
        // a deadlock and is retried.
        pair_state: "SELECT pausedAt, unpausedAt FROM paused \
             WHERE registrationID = ? AND identifierValue = ? AND identifierType = ? \
             FOR UPDATE",
        insert_paused: "INSERT INTO paused \
             (registrationID, identifierValue, identifierType, pausedAt, unpausedAt) \
             VALUES (?, ?, ?, ?, NULL)",
        repause: "UPDATE paused SET pausedAt = ?, unpausedAt = NULL \
             WHERE registrationID = ? AND identifierValue = ? AND identifierType = ?",
        account_state: "SELECT pausedAt, unpausedAt FROM paused_accounts \
             WHERE registrationID = ? FOR UPDATE",
        insert_account_pause: "INSERT INTO paused_accounts (registrationID, pausedAt, unpausedAt) \
             VALUES (?, ?, NULL)",
        repause_account: "UPDATE paused_accounts SET pausedAt = ?, unpausedAt = NULL \
             WHERE registrationID = ?",
        // unpausedAt is never set before pausedAt: if the ACME server's clock
        // runs ahead of ours, a fresh pause would otherwise survive its own
        // unpause.
        unpause_account: "UPDATE paused_accounts SET unpausedAt = GREATEST(?, pausedAt) \
             WHERE registrationID = ? AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        batch_end: "SELECT identifierValue, identifierType FROM paused \
             WHERE registrationID = ? \
               AND identifierValue >= ? AND (identifierValue, identifierType) > (?, ?) \
               AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
             ORDER BY identifierValue, identifierType LIMIT 1 OFFSET ?",
        unpause_range: "UPDATE paused SET unpausedAt = GREATEST(?, pausedAt) \
             WHERE registrationID = ? \
               AND identifierValue >= ? AND (identifierValue, identifierType) > (?, ?) \
               AND identifierValue <= ? AND (identifierValue, identifierType) <= (?, ?) \
               AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        unpause_rest: "UPDATE paused SET unpausedAt = GREATEST(?, pausedAt) \
             WHERE registrationID = ? \
               AND identifierValue >= ? AND (identifierValue, identifierType) > (?, ?) \
               AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        unpause_one: "UPDATE paused SET unpausedAt = GREATEST(?, pausedAt) \
             WHERE registrationID = ? AND identifierValue = ? AND identifierType = ? \
               AND (unpausedAt IS NULL OR pausedAt > unpausedAt)",
        insert_event: "INSERT INTO pause_events \
             (at, registrationID, action, scope, count, actor, client_ip, user_agent, reason) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        // LAST_INSERT_ID() is per connection, and unsigned.
        last_event_id: "SELECT CAST(LAST_INSERT_ID() AS SIGNED)",
        grow_event: "UPDATE pause_events SET count = count + ? WHERE id = ?",
        events: "SELECT at, action, scope, count, actor, client_ip, user_agent, reason \
             FROM pause_events WHERE registrationID = ? ORDER BY id DESC LIMIT ?",
        applied_migrations: "SELECT version FROM acme_unpause_migrations WHERE success",
        check_paused,
        budget: BudgetQueries {
            lock: "INSERT INTO unpause_budgets (registrationID) VALUES (?) \
                 ON DUPLICATE KEY UPDATE registrationID = VALUES(registrationID)",
            reset_at: "SELECT resetAt FROM unpause_budgets WHERE registrationID = ?",
            reset: "INSERT INTO unpause_budgets (registrationID, resetAt) VALUES (?, ?) \
                 ON DUPLICATE KEY UPDATE resetAt = VALUES(resetAt)",
            last_counted: "SELECT MAX(at) FROM pause_events \
                 WHERE registrationID = ? AND action = 'budget' AND scope = 'counted'",
            counted: "SELECT at FROM pause_events \
                 WHERE registrationID = ? AND action = 'budget' AND scope = 'counted' \
                   AND at > ? ORDER BY id DESC LIMIT ?",
            repaused_since: "SELECT 1 FROM paused \
                 WHERE registrationID = ? AND (unpausedAt IS NULL OR pausedAt > unpausedAt) AND pausedAt > ? \
                 UNION ALL SELECT 1 FROM paused_accounts \
                 WHERE registrationID = ? AND (unpausedAt IS NULL OR pausedAt > unpausedAt) AND pausedAt > ? \
                 LIMIT 1",
        },
        policy: PolicyQueries {
            accounts_get,
            last_unpause: "SELECT MAX(unpausedAt) FROM paused WHERE registrationID = ?",
            accounts_insert,
            accounts_upsert,
            pairs_get,
            pairs_insert,
            pairs_upsert,
            expire_pairs: "DELETE FROM policy_pairs WHERE lastOutcome < ? LIMIT ?",
            expire_accounts: "DELETE FROM policy_accounts WHERE lastOutcome < ? LIMIT ?",
        },
        sessions: SessionQueries {
            delete_expired: "DELETE FROM sessions WHERE expires_at <= UNIX_TIMESTAMP()",
        },
        outbox: OutboxQueries {
            // The locking read takes a gap lock when no row exists; a second
            // inserter deadlocks, is rolled back, and retries into a merge.
            lock_account: None,
            open_for: "SELECT id FROM notifications \
                 WHERE registrationID = ? AND contact = ? AND state = 'pending' \
                   AND attempts = 0 AND dueAt > ? ORDER BY id LIMIT 1 FOR UPDATE",
            merge: "UPDATE notifications SET language = COALESCE(?, language), \
                 clientIP = COALESCE(?, clientIP), userAgent = COALESCE(?, userAgent) \
                 WHERE id = ?",
            insert: "INSERT INTO notifications \
                 (registrationID, contact, language, clientIP, userAgent, createdAt, dueAt) \
                 VALUES (?, ?, ?, ?, ?, ?, ?)",
            due: "SELECT id FROM notifications \
                 WHERE state = 'pending' AND dueAt <= ? \
                   AND (leaseUntil IS NULL OR leaseUntil <= ?) \
                 ORDER BY dueAt, id LIMIT ?",
            claim: "UPDATE notifications \
                 SET leaseOwner = ?, leaseUntil = ?, attempts = attempts + 1 \
                 WHERE id = ? AND state = 'pending' AND dueAt <= ? \
                   AND (leaseUntil IS NULL OR leaseUntil <= ?)",
            get: "SELECT CAST(registrationID AS SIGNED), contact, language, clientIP, userAgent, createdAt, attempts \
                 FROM notifications WHERE id = ?",
            finish: "UPDATE notifications SET state = ?, lastError = ?, finishedAt = ?, \
                 leaseOwner = NULL, leaseUntil = NULL WHERE id = ? AND leaseOwner = ?",
            retry: "UPDATE notifications SET dueAt = ?, lastError = ?, \
                 leaseOwner = NULL, leaseUntil = NULL WHERE id = ? AND leaseOwner = ?",
            counts: "SELECT state, COUNT(*) FROM notifications GROUP BY state",
            list: "SELECT id, contact, state, attempts, createdAt, dueAt, finishedAt, lastError \
                 FROM notifications WHERE registrationID = ? ORDER BY id DESC LIMIT ?",
            purge: "DELETE FROM notifications WHERE state <> 'pending' AND createdAt < ? LIMIT ?",
        },
    };

    fn encode_time(at: OffsetDateTime) -> Result<OffsetDateTime, StoreError> {
        Ok(at)
    }

    fn decode_time(value: OffsetDateTime) -> Result<OffsetDateTime, StoreError> {
        Ok(value)
    }

    fn rows_affected(result: &MySqlQueryResult) -> u64 {
        result.rows_affected()
    }
}

/// See `Queries::check_paused`.
fn check_paused(n: usize) -> String {
    let names = vec!["?"; n].join(", ");
    format!(
        "SELECT identifierType, identifierValue FROM paused \
         WHERE registrationID = ? AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
           AND identifierValue IN ({names}) \
         UNION ALL SELECT -1, '' FROM paused_accounts \
         WHERE registrationID = ? AND (unpausedAt IS NULL OR pausedAt > unpausedAt)"
    )
}

/// `n` parenthesised groups of `width` placeholders: `(?, ?), (?, ?)`.
fn tuples(n: usize, width: usize) -> String {
    let row = format!("({})", vec!["?"; width].join(", "));
    vec![row; n].join(", ")
}

/// See `PolicyQueries::accounts_get`.
fn accounts_get(n: usize) -> String {
    format!(
        "SELECT CAST(registrationID AS SIGNED), createdAt, firstSeen, lastSuccess, lastOutcome \
         FROM policy_accounts WHERE registrationID IN ({}) ORDER BY registrationID FOR UPDATE",
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
        "{} ON DUPLICATE KEY UPDATE createdAt = VALUES(createdAt), lastSuccess = VALUES(lastSuccess), lastOutcome = VALUES(lastOutcome)",
        accounts_insert(n)
    )
}

/// See `PolicyQueries::pairs_get`. A row-value `IN` list, which MariaDB
/// reads as one range scan of the primary key, locking rows in key order.
/// Not the join with a `VALUES` table the others use: MariaDB 10.11 reads
/// a table value constructor's bound parameters as empty strings.
fn pairs_get(n: usize) -> String {
    format!(
        "SELECT CAST(registrationID AS SIGNED), identifierValue, identifierType, state \
         FROM policy_pairs WHERE (registrationID, identifierValue, identifierType) IN ({}) \
         ORDER BY registrationID, identifierValue, identifierType FOR UPDATE",
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
        "{} ON DUPLICATE KEY UPDATE state = VALUES(state), lastOutcome = VALUES(lastOutcome)",
        pairs_insert(n)
    )
}

/// How long an instance waits for another one's migrations at least.
const MIGRATE_LOCK_WAIT: Duration = Duration::from_secs(60);

/// The lock is per database (a server holds several); GET_LOCK names are at
/// most 64 characters, hence the hash.
const GET_MIGRATE_LOCK: &str =
    "SELECT GET_LOCK(CONCAT('acme_unpause_migrate:', SHA1(DATABASE())), ?)";
const RELEASE_MIGRATE_LOCK: &str =
    "SELECT RELEASE_LOCK(CONCAT('acme_unpause_migrate:', SHA1(DATABASE())))";

/// Applies migrations under a named lock, so that instances starting
/// together take turns. sqlx's own MySQL lock asks GET_LOCK for an endless
/// wait with timeout -1, which MariaDB answers with NULL at once, and sqlx
/// ignores the answer: two instances would both apply migration 1.
async fn migrate_locked(
    pool: &MySqlPool,
    migrator: &mut Migrator,
    wait: Duration,
) -> anyhow::Result<Vec<String>> {
    let mut conn = pool.acquire().await?;
    let locked: Option<i64> = sqlx::query_scalar(GET_MIGRATE_LOCK)
        .bind(wait.as_secs())
        .fetch_one(&mut *conn)
        .await?;
    match locked {
        Some(1) => {}
        Some(_) => anyhow::bail!(
            "another instance held the migration lock for over {}s",
            wait.as_secs()
        ),
        // GET_LOCK's answer to an error, e.g. a lock name it cannot build.
        None => anyhow::bail!("the server refused the migration lock (GET_LOCK returned NULL)"),
    }
    migrator.set_locking(false);
    // Read under the lock, so that what is reported is what this instance
    // applies, not what another one applied meanwhile.
    let pending = SqlStore::<MysqlDialect>::new(
        pool.clone(),
        &PoolSettings {
            query_timeout: Duration::from_secs(60),
            ..PoolSettings::default()
        },
    )
    .pending_migrations(migrator)
    .await?;
    // On the locked connection. `run_direct` is `run` without the generic
    // `Acquire`, whose future the compiler cannot prove `Send` here.
    let applied = migrator.run_direct(None, &mut *conn, false).await;
    // A session's locks end with it anyway; releasing early lets the next
    // instance go on at once.
    let _: Option<i64> = sqlx::query_scalar(RELEASE_MIGRATE_LOCK)
        .fetch_one(&mut *conn)
        .await?;
    applied?;
    Ok(pending)
}

/// Whether this connection's server replicates through Galera. Asked per
/// connection: behind a load balancer, connections may reach different
/// servers. MySQL has no such variable and answers with no row.
async fn is_galera_node(conn: &mut sqlx::MySqlConnection) -> Result<bool, sqlx::Error> {
    let row: Option<(String, String)> = sqlx::query_as("SHOW VARIABLES LIKE 'wsrep_on'")
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.is_some_and(|(_, value)| value.eq_ignore_ascii_case("ON")))
}

pub(super) async fn connect(
    url: &str,
    pool: &PoolSettings,
    schema: Schema,
) -> anyhow::Result<(SqlStore<MysqlDialect>, Vec<String>)> {
    let options = MySqlConnectOptions::from_str(url)
        .with_context(|| format!("invalid MySQL URL {:?}", redact_url(url)))?
        // Boulder's datetimes are UTC; so is every time this store writes.
        .timezone(Some(String::from("+00:00")));
    // Without one, every table name is an error, and GET_LOCK of the
    // migration lock answers NULL.
    if options.get_database().is_none_or(str::is_empty) {
        anyhow::bail!(
            "the URL names no database: add it as the path, e.g. mysql://USER:PASSWORD@HOST:3306/boulder"
        );
    }
    let server = format!("{}:{}", options.get_host(), options.get_port());
    super::sql::probe(&options, pool.acquire_timeout)
        .await
        .with_context(|| format!("cannot connect to MySQL at {server}"))?;
    // The server enforces the query timeout too, so a statement left behind
    // by a timed-out request ends on its own and releases its locks.
    // innodb_lock_wait_timeout is whole seconds; max_statement_time is
    // MariaDB's (MySQL lacks it and refuses the SET, which is ignored).
    let seconds = pool.query_timeout.as_secs_f64();
    let lock_wait = pool.query_timeout.as_secs().max(1);
    let sync_wait = pool.sync_wait;
    let mysql = super::sql::discard_broken(MySqlPoolOptions::new())
        .after_connect(move |conn, _| {
            Box::pin(async move {
                sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                    "SET SESSION innodb_lock_wait_timeout = {lock_wait}"
                )))
                .execute(&mut *conn)
                .await?;
                let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                    "SET SESSION max_statement_time = {seconds}"
                )))
                .execute(&mut *conn)
                .await;
                if sync_wait && is_galera_node(conn).await? {
                    sqlx::raw_sql("SET SESSION wsrep_sync_wait = 1")
                        .execute(&mut *conn)
                        .await?;
                }
                Ok(())
            })
        })
        .max_connections(pool.max_connections)
        .acquire_timeout(pool.acquire_timeout)
        .connect_with(options)
        .await
        .context("cannot connect to MySQL")?;
    let mut migrator = migrations::mysql()?;
    let mut applied = Vec::new();
    if schema == Schema::Migrate {
        applied = migrate_locked(
            &mysql,
            &mut migrator,
            pool.acquire_timeout.max(MIGRATE_LOCK_WAIT),
        )
        .await
        .context("applying MySQL migrations")?;
    }
    let store = SqlStore::new(mysql, pool);
    store.check_schema(&migrator).await?;
    Ok((store, applied))
}
