//! Portal sessions in the shared database, for tower-sessions.
//!
//! No released tower-sessions store supports this sqlx version, and the
//! session must live in the shared database anyway, so any instance behind
//! a load balancer can finish a visit another one started.

use std::future::Future;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::{ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Pool, Row, Type};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

use super::{Dialect, SqlStore};
use crate::store::{Sessions, StoreError};

#[derive(Debug)]
pub(in crate::store) struct SqlSessions<D: Dialect> {
    pool: Pool<D::DB>,
    /// Every page loads its session first: a database that stops answering
    /// must give "try again", not a request that hangs.
    timeout: Duration,
    dialect: PhantomData<D>,
}

impl<D: Dialect> Clone for SqlSessions<D> {
    fn clone(&self) -> Self {
        Self::new(self.pool.clone(), self.timeout)
    }
}

impl<D: Dialect> SqlSessions<D> {
    pub(in crate::store) fn new(pool: Pool<D::DB>, timeout: Duration) -> Self {
        Self {
            pool,
            timeout,
            dialect: PhantomData,
        }
    }

    /// `query` within the timeout, its errors as the session store's.
    async fn bounded<T>(
        &self,
        query: impl Future<Output = Result<T, sqlx::Error>>,
    ) -> session_store::Result<T> {
        match tokio::time::timeout(self.timeout, query).await {
            Ok(result) => result.map_err(backend),
            Err(_) => Err(session_store::Error::Backend(format!(
                "no answer within {:?}",
                self.timeout
            ))),
        }
    }
}

fn backend(err: sqlx::Error) -> session_store::Error {
    session_store::Error::Backend(err.to_string())
}

impl<D: Dialect> SqlSessions<D>
where
    for<'c> &'c mut <D::DB as Database>::Connection: Executor<'c, Database = D::DB>,
    <D::DB as Database>::Arguments: IntoArguments<D::DB>,
    usize: ColumnIndex<<D::DB as Database>::Row>,
    for<'q> i64: Encode<'q, D::DB> + Type<D::DB>,
    for<'q> String: Encode<'q, D::DB> + Type<D::DB>,
    for<'q> Vec<u8>: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
{
    pub(in crate::store) async fn delete_expired(&self) -> Result<u64, StoreError> {
        let done = sqlx::query(D::SQL.sessions.delete_expired)
            .execute(&self.pool)
            .await?;
        Ok(D::rows_affected(&done))
    }

    async fn write(&self, sql: &'static str, record: &Record) -> session_store::Result<u64> {
        let data =
            serde_json::to_vec(record).map_err(|e| session_store::Error::Encode(e.to_string()))?;
        let done = self
            .bounded(
                sqlx::query(sql)
                    .bind(record.id.to_string())
                    .bind(data)
                    .bind(record.expiry_date.unix_timestamp())
                    .execute(&self.pool),
            )
            .await?;
        Ok(D::rows_affected(&done))
    }
}

#[async_trait]
impl<D: Dialect> SessionStore for SqlSessions<D>
where
    for<'c> &'c mut <D::DB as Database>::Connection: Executor<'c, Database = D::DB>,
    <D::DB as Database>::Arguments: IntoArguments<D::DB>,
    usize: ColumnIndex<<D::DB as Database>::Row>,
    for<'q> i64: Encode<'q, D::DB> + Type<D::DB>,
    for<'q> String: Encode<'q, D::DB> + Type<D::DB>,
    for<'q> Vec<u8>: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
{
    /// Retries with a fresh ID on collision, so one visitor can never be
    /// handed another's session.
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        while self.write(D::SQL.sessions.insert, record).await? == 0 {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.write(D::SQL.sessions.upsert, record).await.map(drop)
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let row = self
            .bounded(
                sqlx::query(D::SQL.sessions.load)
                    .bind(id.to_string())
                    .fetch_optional(&self.pool),
            )
            .await?;
        row.map(|row| {
            let data: Vec<u8> = row.try_get(0).map_err(backend)?;
            serde_json::from_slice(&data).map_err(|e| session_store::Error::Decode(e.to_string()))
        })
        .transpose()
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        self.bounded(
            sqlx::query(D::SQL.sessions.delete)
                .bind(id.to_string())
                .execute(&self.pool),
        )
        .await?;
        Ok(())
    }
}

sql_impl! {
impl Sessions {
    fn session_store(&self) -> Arc<dyn tower_sessions::SessionStore> {
        Arc::new(SqlSessions::<D>::new(self.pool.clone(), self.query_timeout))
    }

    async fn delete_expired_sessions(&self) -> Result<u64, StoreError> {
        SqlSessions::<D>::new(self.pool.clone(), self.query_timeout)
            .delete_expired()
            .await
    }
}
}
