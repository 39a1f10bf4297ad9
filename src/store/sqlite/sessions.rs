//! Portal sessions in SQLite, for tower-sessions.
//!
//! No released tower-sessions store supports this sqlx version, and the
//! session must live in the shared database anyway, so any instance behind
//! a load balancer can finish a visit another one started.

use async_trait::async_trait;
use sqlx::{Row, SqlitePool};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

use crate::store::StoreError;

const INSERT: &str =
    "INSERT INTO sessions (id, data, expires_at) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO NOTHING";
const UPSERT: &str = "INSERT INTO sessions (id, data, expires_at) VALUES (?1, ?2, ?3) \
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at";
// Expiry is judged by the database clock, the one all instances share.
const LOAD: &str = "SELECT data FROM sessions WHERE id = ?1 AND expires_at > unixepoch()";
const DELETE: &str = "DELETE FROM sessions WHERE id = ?1";
const DELETE_EXPIRED: &str = "DELETE FROM sessions WHERE expires_at <= unixepoch()";

#[derive(Debug, Clone)]
pub(super) struct SqliteSessions {
    pool: SqlitePool,
}

impl SqliteSessions {
    pub(super) fn new(pool: SqlitePool) -> Self {
        Self { pool }
    }

    pub(super) async fn delete_expired(&self) -> Result<u64, StoreError> {
        Ok(sqlx::query(DELETE_EXPIRED)
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    async fn write(&self, sql: &'static str, record: &Record) -> session_store::Result<u64> {
        let data =
            serde_json::to_vec(record).map_err(|e| session_store::Error::Encode(e.to_string()))?;
        Ok(sqlx::query(sql)
            .bind(record.id.to_string())
            .bind(data)
            .bind(record.expiry_date.unix_timestamp())
            .execute(&self.pool)
            .await
            .map_err(backend)?
            .rows_affected())
    }
}

fn backend(err: sqlx::Error) -> session_store::Error {
    session_store::Error::Backend(err.to_string())
}

#[async_trait]
impl SessionStore for SqliteSessions {
    /// Retries with a fresh ID on collision, so one visitor can never be
    /// handed another's session.
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        while self.write(INSERT, record).await? == 0 {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.write(UPSERT, record).await.map(drop)
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let row = sqlx::query(LOAD)
            .bind(id.to_string())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.map(|row| {
            let data: Vec<u8> = row.try_get(0).map_err(backend)?;
            serde_json::from_slice(&data).map_err(|e| session_store::Error::Decode(e.to_string()))
        })
        .transpose()
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sqlx::query(DELETE)
            .bind(id.to_string())
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
