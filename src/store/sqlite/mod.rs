//! SQLite backend: the embedded default. Every SQL string for SQLite is here
//! or in `sessions.rs`.

mod sessions;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration as StdDuration;

use anyhow::Context;
use async_trait::async_trait;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{Row, Sqlite, Transaction};
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};

use super::{
    AuditContext, AuditEvent, PauseCounts, PauseMode, PausedName, PausedSummary, Progress,
    REPAUSE_COOLDOWN, Store, StoreError, UNPAUSE_BATCH, UnpauseCounts,
};
use crate::domain::{AccountId, Identifier, IdentifierType};
use sessions::SqliteSessions;

/// Boulder's `datetime` precision, as text that sorts chronologically.
const TIME_FORMAT: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");

const COUNT_PAUSED: &str = "SELECT COUNT(*), MIN(pausedAt) FROM paused \
     WHERE registrationID = ?1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt)";
const FIRST_PAUSED: &str = "SELECT identifierType, identifierValue, pausedAt FROM paused \
     WHERE registrationID = ?1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
     ORDER BY identifierValue, identifierType LIMIT ?2";
const ACCOUNT_PAUSED: &str = "SELECT pausedAt FROM paused_accounts \
     WHERE registrationID = ?1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt)";

const PAIR_STATE: &str = "SELECT pausedAt, unpausedAt FROM paused \
     WHERE registrationID = ?1 AND identifierValue = ?2 AND identifierType = ?3";
const INSERT_PAUSED: &str = "INSERT INTO paused \
     (registrationID, identifierValue, identifierType, pausedAt, unpausedAt) \
     VALUES (?1, ?2, ?3, ?4, NULL)";
const REPAUSE: &str = "UPDATE paused SET pausedAt = ?4, unpausedAt = NULL \
     WHERE registrationID = ?1 AND identifierValue = ?2 AND identifierType = ?3";

const ACCOUNT_STATE: &str =
    "SELECT pausedAt, unpausedAt FROM paused_accounts WHERE registrationID = ?1";
const PAUSE_ACCOUNT: &str = "INSERT INTO paused_accounts (registrationID, pausedAt, unpausedAt) \
     VALUES (?1, ?2, NULL) \
     ON CONFLICT (registrationID) DO UPDATE SET pausedAt = excluded.pausedAt, unpausedAt = NULL";
// unpausedAt is never set before pausedAt: if the ACME server's clock runs
// ahead of ours, a fresh pause would otherwise survive its own unpause.
const UNPAUSE_ACCOUNT: &str = "UPDATE paused_accounts SET unpausedAt = MAX(?2, pausedAt) \
     WHERE registrationID = ?1 AND (unpausedAt IS NULL OR pausedAt > unpausedAt)";

/// The key of the last row of the next batch: keyset pagination over the
/// primary key, so each batch costs its own size, not the account's.
const BATCH_END: &str = "SELECT identifierValue, identifierType FROM paused \
     WHERE registrationID = ?1 AND (identifierValue, identifierType) > (?2, ?3) \
       AND (unpausedAt IS NULL OR pausedAt > unpausedAt) \
     ORDER BY identifierValue, identifierType LIMIT 1 OFFSET ?4";
const UNPAUSE_RANGE: &str = "UPDATE paused SET unpausedAt = MAX(?6, pausedAt) \
     WHERE registrationID = ?1 AND (identifierValue, identifierType) > (?2, ?3) \
       AND (identifierValue, identifierType) <= (?4, ?5) \
       AND (unpausedAt IS NULL OR pausedAt > unpausedAt)";
const UNPAUSE_REST: &str = "UPDATE paused SET unpausedAt = MAX(?4, pausedAt) \
     WHERE registrationID = ?1 AND (identifierValue, identifierType) > (?2, ?3) \
       AND (unpausedAt IS NULL OR pausedAt > unpausedAt)";
const UNPAUSE_ONE: &str = "UPDATE paused SET unpausedAt = MAX(?4, pausedAt) \
     WHERE registrationID = ?1 AND identifierValue = ?2 AND identifierType = ?3 \
       AND (unpausedAt IS NULL OR pausedAt > unpausedAt)";

const INSERT_EVENT: &str = "INSERT INTO pause_events \
     (at, registrationID, action, scope, count, actor, client_ip, user_agent) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id";
const GROW_EVENT: &str = "UPDATE pause_events SET count = count + ?2 WHERE id = ?1";
const EVENTS: &str = "SELECT at, action, scope, count, actor, client_ip, user_agent \
     FROM pause_events WHERE registrationID = ?1 ORDER BY id DESC LIMIT ?2";

/// Longest user agent kept in the audit trail; the rest is noise or abuse.
const MAX_AUDIT_TEXT: usize = 512;

/// The SQLite store. Cheap to clone (the pool is shared).
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if missing) the database file named by `url`.
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        let options = SqliteConnectOptions::from_str(url)
            .with_context(|| format!("invalid SQLite URL {url:?}"))?
            .create_if_missing(true)
            // WAL lets readers (page views, the ACME server's checks) run
            // while an unpause batch writes.
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(StdDuration::from_secs(5));
        if let Some(dir) = options.get_filename().parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create database folder {}", dir.display()))?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .acquire_timeout(StdDuration::from_secs(5))
            .connect_with(options)
            .await
            .with_context(|| format!("cannot open SQLite database {url:?}"))?;
        Ok(Self { pool })
    }

    pub async fn migrate(&self) -> anyhow::Result<()> {
        super::migrations::sqlite()?
            .run(&self.pool)
            .await
            .context("applying SQLite migrations")
    }

    /// A write transaction that takes the write lock up front, so it never
    /// fails half-way with SQLITE_BUSY when upgrading from a read.
    async fn write_tx(&self) -> Result<Transaction<'static, Sqlite>, StoreError> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }
}

fn db_time(at: OffsetDateTime) -> Result<String, StoreError> {
    at.to_offset(time::UtcOffset::UTC)
        .format(TIME_FORMAT)
        .map_err(|e| StoreError::Other(e.into()))
}

fn parse_time(text: &str) -> Result<OffsetDateTime, StoreError> {
    PrimitiveDateTime::parse(text, TIME_FORMAT)
        .map(PrimitiveDateTime::assume_utc)
        .map_err(|e| StoreError::Other(anyhow::anyhow!("bad time {text:?} in database: {e}")))
}

/// Whether a row with these times is paused (Boulder's definition).
fn is_paused(paused_at: &str, unpaused_at: Option<&str>) -> Result<bool, StoreError> {
    Ok(match unpaused_at {
        None => true,
        Some(unpaused) => parse_time(paused_at)? > parse_time(unpaused)?,
    })
}

/// Whether an unpaused row may be paused again at `at`.
fn past_cooldown(
    unpaused_at: Option<&str>,
    mode: PauseMode,
    at: OffsetDateTime,
) -> Result<bool, StoreError> {
    Ok(match (mode, unpaused_at) {
        (PauseMode::Force, _) | (_, None) => true,
        (PauseMode::RespectCooldown, Some(unpaused)) => {
            parse_time(unpaused)? <= at - REPAUSE_COOLDOWN
        }
    })
}

fn clip(text: &Option<String>) -> Option<String> {
    text.as_ref()
        .map(|t| t.chars().take(MAX_AUDIT_TEXT).collect())
}

async fn insert_event(
    tx: &mut Transaction<'static, Sqlite>,
    account: AccountId,
    (action, scope): (&str, &str),
    count: u64,
    at: &str,
    ctx: &AuditContext,
) -> Result<i64, StoreError> {
    let row = sqlx::query(INSERT_EVENT)
        .bind(at)
        .bind(account.get())
        .bind(action)
        .bind(scope)
        .bind(i64::try_from(count).unwrap_or(i64::MAX))
        .bind(ctx.actor.as_str())
        .bind(clip(&ctx.client_ip))
        .bind(clip(&ctx.user_agent))
        .fetch_one(&mut **tx)
        .await?;
    Ok(row.try_get(0)?)
}

#[async_trait]
impl Store for SqliteStore {
    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn paused_summary(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<PausedSummary, StoreError> {
        // One read transaction, so count, list and account bit agree.
        let mut tx = self.pool.begin().await?;
        let account_paused_at = sqlx::query(ACCOUNT_PAUSED)
            .bind(account.get())
            .fetch_optional(&mut *tx)
            .await?
            .map(|row| parse_time(row.try_get(0)?))
            .transpose()?;
        let counted = sqlx::query(COUNT_PAUSED)
            .bind(account.get())
            .fetch_one(&mut *tx)
            .await?;
        let count: i64 = counted.try_get(0)?;
        let oldest: Option<String> = counted.try_get(1)?;
        let rows = sqlx::query(FIRST_PAUSED)
            .bind(account.get())
            .bind(i64::from(limit))
            .fetch_all(&mut *tx)
            .await?;
        tx.commit().await?;
        let first = rows
            .iter()
            .map(|row| {
                let code: i64 = row.try_get(0)?;
                let kind = IdentifierType::from_code(code).ok_or_else(|| {
                    StoreError::Other(anyhow::anyhow!("unknown identifierType {code}"))
                })?;
                Ok(PausedName {
                    identifier: Identifier::from_store(kind, row.try_get(1)?),
                    paused_at: parse_time(row.try_get(2)?)?,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(PausedSummary {
            account_paused_at,
            count: u64::try_from(count).unwrap_or(0),
            oldest: oldest.as_deref().map(parse_time).transpose()?,
            first,
        })
    }

    async fn pause_identifiers(
        &self,
        account: AccountId,
        identifiers: &[Identifier],
        mode: PauseMode,
        at: OffsetDateTime,
        ctx: &AuditContext,
    ) -> Result<PauseCounts, StoreError> {
        let now = db_time(at)?;
        let mut counts = PauseCounts::default();
        for chunk in identifiers.chunks(UNPAUSE_BATCH as usize) {
            let mut tx = self.write_tx().await?;
            let mut changed = 0;
            for ident in chunk {
                let state = sqlx::query(PAIR_STATE)
                    .bind(account.get())
                    .bind(ident.value())
                    .bind(ident.kind().code())
                    .fetch_optional(&mut *tx)
                    .await?;
                let sql = match state {
                    None => {
                        counts.paused += 1;
                        INSERT_PAUSED
                    }
                    Some(row) => {
                        let paused_at: String = row.try_get(0)?;
                        let unpaused_at: Option<String> = row.try_get(1)?;
                        if is_paused(&paused_at, unpaused_at.as_deref())? {
                            counts.already += 1;
                            continue;
                        }
                        if !past_cooldown(unpaused_at.as_deref(), mode, at)? {
                            counts.cooldown += 1;
                            continue;
                        }
                        counts.repaused += 1;
                        REPAUSE
                    }
                };
                sqlx::query(sql)
                    .bind(account.get())
                    .bind(ident.value())
                    .bind(ident.kind().code())
                    .bind(&now)
                    .execute(&mut *tx)
                    .await?;
                changed += 1;
            }
            if changed > 0 {
                insert_event(
                    &mut tx,
                    account,
                    ("pause", "identifiers"),
                    changed,
                    &now,
                    ctx,
                )
                .await?;
            }
            tx.commit().await?;
        }
        Ok(counts)
    }

    async fn pause_account(
        &self,
        account: AccountId,
        mode: PauseMode,
        at: OffsetDateTime,
        ctx: &AuditContext,
    ) -> Result<bool, StoreError> {
        let now = db_time(at)?;
        let mut tx = self.write_tx().await?;
        let state = sqlx::query(ACCOUNT_STATE)
            .bind(account.get())
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(row) = state {
            let paused_at: String = row.try_get(0)?;
            let unpaused_at: Option<String> = row.try_get(1)?;
            if is_paused(&paused_at, unpaused_at.as_deref())?
                || !past_cooldown(unpaused_at.as_deref(), mode, at)?
            {
                return Ok(false);
            }
        }
        sqlx::query(PAUSE_ACCOUNT)
            .bind(account.get())
            .bind(&now)
            .execute(&mut *tx)
            .await?;
        insert_event(&mut tx, account, ("pause", "account"), 1, &now, ctx).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn unpause_all(
        &self,
        account: AccountId,
        at: OffsetDateTime,
        ctx: &AuditContext,
        progress: Progress<'_>,
    ) -> Result<UnpauseCounts, StoreError> {
        let now = db_time(at)?;
        let mut counts = UnpauseCounts::default();
        let mut event: Option<i64> = None;
        let mut cursor: (String, i64) = (String::new(), -1);
        loop {
            let mut tx = self.write_tx().await?;
            let mut changed = 0;
            if event.is_none() {
                counts.account = sqlx::query(UNPAUSE_ACCOUNT)
                    .bind(account.get())
                    .bind(&now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    > 0;
            }
            let end = sqlx::query(BATCH_END)
                .bind(account.get())
                .bind(&cursor.0)
                .bind(cursor.1)
                .bind(i64::try_from(UNPAUSE_BATCH - 1).unwrap_or(i64::MAX))
                .fetch_optional(&mut *tx)
                .await?
                .map(|row| Ok::<_, StoreError>((row.try_get(0)?, row.try_get(1)?)))
                .transpose()?;
            let updated = match &end {
                Some((value, kind)) => {
                    sqlx::query(UNPAUSE_RANGE)
                        .bind(account.get())
                        .bind(&cursor.0)
                        .bind(cursor.1)
                        .bind(value)
                        .bind(kind)
                        .bind(&now)
                        .execute(&mut *tx)
                        .await?
                }
                None => {
                    sqlx::query(UNPAUSE_REST)
                        .bind(account.get())
                        .bind(&cursor.0)
                        .bind(cursor.1)
                        .bind(&now)
                        .execute(&mut *tx)
                        .await?
                }
            };
            changed += updated.rows_affected();
            counts.names += updated.rows_affected();
            match event {
                Some(id) if changed > 0 => {
                    sqlx::query(GROW_EVENT)
                        .bind(id)
                        .bind(i64::try_from(changed).unwrap_or(i64::MAX))
                        .execute(&mut *tx)
                        .await?;
                }
                Some(_) => {}
                None => {
                    let scope = if counts.account { "all" } else { "identifiers" };
                    if changed > 0 || counts.account {
                        event = Some(
                            insert_event(&mut tx, account, ("unpause", scope), changed, &now, ctx)
                                .await?,
                        );
                    } else {
                        event = Some(0);
                    }
                }
            }
            tx.commit().await?;
            progress(counts.names);
            match end {
                Some(next) => cursor = next,
                None => return Ok(counts),
            }
        }
    }

    async fn unpause_identifiers(
        &self,
        account: AccountId,
        identifiers: &[Identifier],
        at: OffsetDateTime,
        ctx: &AuditContext,
    ) -> Result<UnpauseCounts, StoreError> {
        if identifiers.len() > super::MAX_SELECTED {
            return Err(StoreError::Refused("too many names in one request"));
        }
        let now = db_time(at)?;
        let mut tx = self.write_tx().await?;
        // Checked inside the write transaction, so a pause landing between
        // the check and the update cannot slip through.
        let account_paused = sqlx::query(ACCOUNT_PAUSED)
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
            names += sqlx::query(UNPAUSE_ONE)
                .bind(account.get())
                .bind(ident.value())
                .bind(ident.kind().code())
                .bind(&now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        if names > 0 {
            insert_event(
                &mut tx,
                account,
                ("unpause", "identifiers"),
                names,
                &now,
                ctx,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(UnpauseCounts {
            names,
            account: false,
        })
    }

    async fn audit_events(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<Vec<AuditEvent>, StoreError> {
        let rows = sqlx::query(EVENTS)
            .bind(account.get())
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                let count: i64 = row.try_get(3)?;
                Ok(AuditEvent {
                    at: parse_time(row.try_get(0)?)?,
                    action: row.try_get(1)?,
                    scope: row.try_get(2)?,
                    count: u64::try_from(count).unwrap_or(0),
                    actor: row.try_get(4)?,
                    client_ip: row.try_get(5)?,
                    user_agent: row.try_get(6)?,
                })
            })
            .collect()
    }

    fn session_store(&self) -> Arc<dyn tower_sessions::SessionStore> {
        Arc::new(SqliteSessions::new(self.pool.clone()))
    }

    async fn delete_expired_sessions(&self) -> Result<u64, StoreError> {
        SqliteSessions::new(self.pool.clone())
            .delete_expired()
            .await
    }
}
