//! The audit trail, read back: what happened to an account and who did it.
//! Rows are written by the changes themselves (`SqlStore::insert_event`).

use sqlx::{ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Row, Type};

use super::{Dialect, SqlStore};
use crate::domain::AccountId;
use crate::store::{AuditEvent, AuditTrail, StoreError};

sql_impl! {
impl AuditTrail {
    async fn audit_events(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<Vec<AuditEvent>, StoreError> {
        let rows = self
            .attempt(|| async {
                Ok(sqlx::query(D::SQL.events)
                    .bind(account.get())
                    .bind(i64::from(limit))
                    .fetch_all(&self.pool)
                    .await?)
            })
            .await?;
        rows.iter()
            .map(|row| {
                let count: i64 = row.try_get(3)?;
                Ok(AuditEvent {
                    at: Self::time_of(row, 0)?,
                    action: row.try_get(1)?,
                    scope: row.try_get(2)?,
                    count: u64::try_from(count).unwrap_or(0),
                    actor: row.try_get(4)?,
                    client_ip: row.try_get(5)?,
                    user_agent: row.try_get(6)?,
                    reason: row.try_get(7)?,
                })
            })
            .collect()
    }
}
}
