//! The notification outbox: rows written with the pauses they announce,
//! then leased to one sender at a time.

use sqlx::{
    ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Row, Transaction, Type,
};
use time::{Duration, OffsetDateTime};

use super::{Dialect, SqlStore, count_i64, whole_seconds};
use crate::domain::{AccountId, Contact};
use crate::store::{
    AuditContext, Delivery, Notice, Notification, NotificationStatus, Outbox, OutboxCounts,
    StoreError,
};

/// Longest language tag, client address, user agent and error kept; the
/// widths of the columns.
const MAX_LANGUAGE: usize = 35;
const MAX_IP: usize = 64;
const MAX_TEXT: usize = 512;

/// Rows deleted per statement when purging.
const PURGE_BATCH: u64 = 5_000;

fn clip(text: Option<&str>, max: usize) -> Option<String> {
    text.map(|t| t.chars().take(max).collect())
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
    /// Inside a pause's transaction: one pending email per contact of
    /// `notice`, joined to one not yet tried when there is one, so a burst
    /// of pauses makes a single email. The email names the client `ctx`
    /// reports.
    pub(super) async fn enqueue_notice(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
        ctx: &AuditContext,
        notice: &Notice,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let mut contacts: Vec<&Contact> = notice.contacts.iter().collect();
        contacts.sort();
        contacts.dedup();
        let language = clip(notice.language.as_deref(), MAX_LANGUAGE);
        let ip = clip(ctx.client_ip.as_deref(), MAX_IP);
        let agent = clip(ctx.user_agent.as_deref(), MAX_TEXT);
        if let (Some(lock), false) = (D::SQL.outbox.lock_account, contacts.is_empty()) {
            sqlx::query(lock)
                .bind(account.get())
                .execute(&mut **tx)
                .await?;
        }
        for contact in contacts {
            let address = contact.address().to_string();
            // Only a row still in its window: one left waiting (no sender
            // ran) keeps its own age, and a fresh pause must not inherit it.
            let open = sqlx::query(D::SQL.outbox.open_for)
                .bind(account.get())
                .bind(address.as_str())
                .bind(D::encode_time(at)?)
                .fetch_optional(&mut **tx)
                .await?;
            let write = match open {
                Some(row) => sqlx::query(D::SQL.outbox.merge)
                    .bind(language.clone())
                    .bind(ip.clone())
                    .bind(agent.clone())
                    .bind(row.try_get::<i64, _>(0)?),
                None => sqlx::query(D::SQL.outbox.insert)
                    .bind(account.get())
                    .bind(address)
                    .bind(language.clone())
                    .bind(ip.clone())
                    .bind(agent.clone())
                    .bind(D::encode_time(at)?)
                    .bind(D::encode_time(whole_seconds(at + notice.window))?),
            };
            write.execute(&mut **tx).await?;
        }
        Ok(())
    }

    async fn notification(&self, id: i64) -> Result<Notification, StoreError> {
        let row = self
            .attempt(|| async {
                Ok(sqlx::query(D::SQL.outbox.get)
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await?)
            })
            .await?;
        let account: i64 = row.try_get(0)?;
        let contact: String = row.try_get(1)?;
        let attempts: i64 = row.try_get(6)?;
        let bad = |what: &str, err: String| {
            StoreError::Other(anyhow::anyhow!("notification {id}: bad {what}: {err}"))
        };
        Ok(Notification {
            id,
            account: AccountId::new(account).map_err(|e| bad("account", e.to_string()))?,
            contact: Contact::from_address(&contact).map_err(|e| bad("contact", e.to_string()))?,
            language: row.try_get(2)?,
            client_ip: row.try_get(3)?,
            user_agent: row.try_get(4)?,
            created_at: Self::time_of(&row, 5)?,
            attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
        })
    }
}

sql_impl! {
impl Outbox {
    async fn claim_notifications(
        &self,
        owner: &str,
        now: OffsetDateTime,
        lease: Duration,
        limit: u32,
    ) -> Result<Vec<Notification>, StoreError> {
        let now = whole_seconds(now);
        let ids: Vec<i64> = self
            .attempt(|| async {
                let rows = sqlx::query(D::SQL.outbox.due)
                    .bind(D::encode_time(now)?)
                    .bind(D::encode_time(now)?)
                    .bind(i64::from(limit))
                    .fetch_all(&self.pool)
                    .await?;
                rows.iter()
                    .map(|row| Ok(row.try_get(0)?))
                    .collect::<Result<_, StoreError>>()
            })
            .await?;
        let mut claimed = Vec::new();
        for id in ids {
            // One conditional update per row: whoever updates it first owns
            // it, whatever the isolation level.
            let won = self
                .attempt(|| async {
                    let done = sqlx::query(D::SQL.outbox.claim)
                        .bind(owner)
                        .bind(D::encode_time(whole_seconds(now + lease))?)
                        .bind(id)
                        .bind(D::encode_time(now)?)
                        .bind(D::encode_time(now)?)
                        .execute(&self.pool)
                        .await?;
                    Ok(D::rows_affected(&done) == 1)
                })
                .await?;
            if !won {
                continue;
            }
            match self.notification(id).await {
                Ok(notification) => claimed.push(notification),
                // A row this version cannot read would otherwise be claimed
                // again and again; it is recorded as failed instead.
                Err(StoreError::Other(err)) => {
                    let failed = Delivery::Failed {
                        error: format!("unreadable outbox row: {err:#}"),
                    };
                    self.finish_notification(id, owner, &failed, now)
                        .await?;
                }
                // Transient: the lease runs out and the row comes back.
                Err(err) if claimed.is_empty() => return Err(err),
                Err(err) => {
                    tracing::warn!(id, error = %err, "reading a claimed notification failed");
                    break;
                }
            }
        }
        Ok(claimed)
    }

    async fn finish_notification(
        &self,
        id: i64,
        owner: &str,
        delivery: &Delivery,
        now: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        let now = whole_seconds(now);
        let done = self
            .attempt(|| async {
                let query = match delivery {
                    Delivery::Retry { at, error } => sqlx::query(D::SQL.outbox.retry)
                        .bind(D::encode_time(whole_seconds(*at))?)
                        .bind(clip(Some(error), MAX_TEXT))
                        .bind(id)
                        .bind(owner),
                    Delivery::Sent | Delivery::Skipped | Delivery::Failed { .. } => {
                        let (state, error) = match delivery {
                            Delivery::Sent => ("sent", None),
                            Delivery::Skipped => ("skipped", None),
                            Delivery::Failed { error } => ("failed", clip(Some(error), MAX_TEXT)),
                            Delivery::Retry { .. } => unreachable!("matched above"),
                        };
                        sqlx::query(D::SQL.outbox.finish)
                            .bind(state)
                            .bind(error)
                            .bind(D::encode_time(now)?)
                            .bind(id)
                            .bind(owner)
                    }
                };
                Ok(D::rows_affected(&query.execute(&self.pool).await?))
            })
            .await?;
        Ok(done == 1)
    }

    async fn outbox_counts(&self) -> Result<OutboxCounts, StoreError> {
        let rows = self
            .attempt(|| async {
                Ok(sqlx::query(D::SQL.outbox.counts)
                    .fetch_all(&self.pool)
                    .await?)
            })
            .await?;
        let mut counts = OutboxCounts::default();
        for row in &rows {
            let state: String = row.try_get(0)?;
            let count: i64 = row.try_get(1)?;
            let count = u64::try_from(count).unwrap_or(0);
            match state.as_str() {
                "pending" => counts.pending += count,
                "sent" => counts.sent += count,
                "failed" => counts.failed += count,
                _ => counts.skipped += count,
            }
        }
        Ok(counts)
    }

    async fn notifications(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<Vec<NotificationStatus>, StoreError> {
        let rows = self
            .attempt(|| async {
                Ok(sqlx::query(D::SQL.outbox.list)
                    .bind(account.get())
                    .bind(i64::from(limit))
                    .fetch_all(&self.pool)
                    .await?)
            })
            .await?;
        rows.iter()
            .map(|row| {
                let attempts: i64 = row.try_get(3)?;
                Ok(NotificationStatus {
                    id: row.try_get(0)?,
                    contact: row.try_get(1)?,
                    state: row.try_get(2)?,
                    attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
                    created_at: Self::time_of(row, 4)?,
                    due_at: Self::time_of(row, 5)?,
                    finished_at: Self::optional_time_of(row, 6)?,
                    last_error: row.try_get(7)?,
                })
            })
            .collect()
    }

    async fn purge_notifications(
        &self,
        cutoff: OffsetDateTime,
    ) -> Result<u64, StoreError> {
        let cutoff = D::encode_time(whole_seconds(cutoff))?;
        let mut deleted = 0;
        loop {
            let done = self
                .attempt(|| async {
                    let done = sqlx::query(D::SQL.outbox.purge)
                        .bind(&cutoff)
                        .bind(count_i64(PURGE_BATCH))
                        .execute(&self.pool)
                        .await?;
                    Ok(D::rows_affected(&done))
                })
                .await?;
            deleted += done;
            if done < PURGE_BATCH {
                return Ok(deleted);
            }
        }
    }
}
}
