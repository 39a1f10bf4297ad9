//! The sessions table of earlier versions, which kept the result page's
//! value; the result is now a signed cookie (`web::result`). Nothing writes
//! the table any more; its last rows are purged once they expire.

use sqlx::{ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Type};

use super::{Dialect, SqlStore};
use crate::store::{Sessions, StoreError};

sql_impl! {
impl Sessions {
    async fn delete_expired_sessions(&self) -> Result<u64, StoreError> {
        let done = self
            .attempt(|| async {
                Ok(sqlx::query(D::SQL.sessions.delete_expired)
                    .execute(&self.pool)
                    .await?)
            })
            .await?;
        Ok(D::rows_affected(&done))
    }
}
}
