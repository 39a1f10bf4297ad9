//! Store errors, sorted by what the caller can do about them.

use std::time::Duration as StdDuration;

/// Why a store operation failed, without HTTP meaning.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database cannot be reached, is shutting down or overloaded;
    /// retrying later may work. Nothing was changed by the failed step.
    #[error("database unavailable: {0}")]
    Unavailable(#[source] sqlx::Error),
    /// A step took longer than the configured query timeout and was rolled
    /// back.
    #[error("database did not answer within {0:?}")]
    TimedOut(StdDuration),
    /// A transaction kept losing races against concurrent writers (deadlock,
    /// serialization failure, duplicate key) and was rolled back each time.
    #[error("conflicting concurrent change: {0}")]
    Conflict(#[source] sqlx::Error),
    /// Invalid input that the caller should have refused.
    #[error("refused: {0}")]
    Refused(&'static str),
    #[error("database error: {0}")]
    Other(#[source] anyhow::Error),
}

impl StoreError {
    /// Whether the caller may succeed by simply trying again later.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Self::Unavailable(_) | Self::TimedOut(_) | Self::Conflict(_)
        )
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        let class = match &err {
            sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            // A connection that broke mid-conversation, or a server that
            // answered its handshake with garbage (e.g. while going down).
            | sqlx::Error::Protocol(_)
            | sqlx::Error::WorkerCrashed => Class::Unavailable,
            sqlx::Error::Database(db) => classify_database_error(db.as_ref()),
            _ => Class::Other,
        };
        match class {
            Class::Unavailable => Self::Unavailable(err),
            Class::Conflict => Self::Conflict(err),
            Class::Other => Self::Other(err.into()),
        }
    }
}

enum Class {
    Unavailable,
    Conflict,
    Other,
}

/// Sorts a database's own error by SQLSTATE (MySQL, MariaDB, PostgreSQL)
/// or message (SQLite, and MySQL's lock wait timeout, whose SQLSTATE is the
/// catch-all HY000).
fn classify_database_error(db: &dyn sqlx::error::DatabaseError) -> Class {
    if db.is_unique_violation() {
        // A concurrent transaction inserted the same key first.
        return Class::Conflict;
    }
    let code = db.code();
    let code = code.as_deref().unwrap_or("");
    let message = db.message();
    if matches!(code, "40001" | "40P01") {
        // Deadlock or serialization failure: the loser is rolled back.
        Class::Conflict
    } else if code.starts_with("08") // connection exception
        || code.starts_with("53") // insufficient resources, too many connections
        || code.starts_with("57") // operator intervention: shutdown, statement timeout
        || code == "55P03" // lock not available
        || code == "25006" // read-only transaction: a replica, or a failover in progress
        || message.contains("--read-only")
        || message.contains("read-only mode")
        || code == "70100" // MariaDB: query interrupted or timed out
        || message.contains("Lock wait timeout")
        || message.contains("database is locked")
        || message.contains("database table is locked")
        // SQLite on a full disk: an operator frees space, nothing else.
        || message.contains("database or disk is full")
        || code == "53100"
    // PostgreSQL: disk full
    {
        Class::Unavailable
    } else {
        Class::Other
    }
}
