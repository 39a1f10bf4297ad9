//! A fresh database per test, on each backend.
//!
//! SQLite always runs. MariaDB/MySQL and PostgreSQL tests need a server:
//! ACME_UNPAUSE_TEST_MYSQL_URL (e.g. mysql://root@127.0.0.1:3306) and
//! ACME_UNPAUSE_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432).
//! Their tests are `#[ignore]`d so that a plain `cargo test` reports them
//! as not run; `scripts/test` sets both variables and includes them. A test
//! that runs with its variable unset, or whose server cannot be reached,
//! fails.
//!
//! Each test creates its own database with a unique name and drops it when
//! done (also when it fails), so runs can repeat and overlap. scripts/test
//! tags the names with its run (`ACME_UNPAUSE_TEST_RUN`) and fails when any
//! of them is still there after the suite.

use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::Connection;

/// The database backends of the conformance suite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Mysql,
    Postgres,
}

pub const MYSQL_VAR: &str = "ACME_UNPAUSE_TEST_MYSQL_URL";
pub const POSTGRES_VAR: &str = "ACME_UNPAUSE_TEST_POSTGRES_URL";

/// Declares, for each named `async fn NAME(db: Db)` in the calling module,
/// one test per backend: `sqlite::NAME`, `mysql::NAME`, `postgres::NAME`.
/// A body listed here and not defined fails to compile; one defined and not
/// listed is dead code, which clippy rejects.
macro_rules! db_tests {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name($crate::db::Db::Sqlite).await
                }
            )*
        }
        $crate::db::server_db_tests!($($name),*);
    };
}
pub(crate) use db_tests;

/// Like `db_tests!`, for tests that need a database server (an outage of
/// an embedded SQLite file means nothing): `mysql::NAME`, `postgres::NAME`.
macro_rules! server_db_tests {
    ($($name:ident),* $(,)?) => {
        mod mysql {
            $(
                #[tokio::test]
                #[ignore = "needs MariaDB or MySQL: set ACME_UNPAUSE_TEST_MYSQL_URL and pass --include-ignored (scripts/test does)"]
                async fn $name() {
                    super::$name($crate::db::Db::Mysql).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                #[ignore = "needs PostgreSQL: set ACME_UNPAUSE_TEST_POSTGRES_URL and pass --include-ignored (scripts/test does)"]
                async fn $name() {
                    super::$name($crate::db::Db::Postgres).await
                }
            )*
        }
    };
}
pub(crate) use server_db_tests;

/// One test's database; dropped with the value.
pub struct TestDb {
    pub kind: Db,
    /// The URL the portal is given.
    pub url: String,
    /// The server URL without a database, for creating and dropping.
    admin_url: Option<String>,
    name: String,
    _dir: Option<tempfile::TempDir>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// Set by scripts/test for one run of the suite: it ends every database
/// name, so that the script can find any the run left behind.
pub const RUN_VAR: &str = "ACME_UNPAUSE_TEST_RUN";

fn unique_name() -> String {
    use acme_unpause::clock::{Clock, SystemClock};
    let nanos = SystemClock.now().nanosecond();
    // Letters and digits only, and short: MySQL names are at most 64
    // characters, PostgreSQL ones 63.
    let run: String = std::env::var(RUN_VAR)
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(20)
        .collect();
    let name = format!(
        "acme_unpause_test_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    if run.is_empty() {
        name
    } else {
        format!("{name}_{}", run.to_ascii_lowercase())
    }
}

fn server_url(var: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| {
        panic!("{var} is not set: this test needs its database server (scripts/test sets it)")
    })
}

/// `server` with its path replaced by `/name`.
fn with_database(server: &str, name: &str) -> String {
    let mut url = url::Url::parse(server).unwrap_or_else(|e| panic!("bad server URL: {e}"));
    url.set_path(&format!("/{name}"));
    url.to_string()
}

impl TestDb {
    pub async fn create(kind: Db) -> Self {
        let name = unique_name();
        match kind {
            Db::Sqlite => {
                let dir = tempfile::tempdir().unwrap();
                let url = format!("sqlite://{}", dir.path().join("test.db").display());
                Self {
                    kind,
                    url,
                    admin_url: None,
                    name,
                    _dir: Some(dir),
                }
            }
            Db::Mysql => {
                let server = server_url(MYSQL_VAR);
                sweep_orphans(kind, &server).await;
                Self::create_mysql_on(&server).await
            }
            Db::Postgres => {
                let server = server_url(POSTGRES_VAR);
                let admin = with_database(&server, "postgres");
                sweep_orphans(kind, &admin).await;
                let create = format!("CREATE DATABASE \"{name}\" ENCODING 'UTF8'");
                run_sql(kind, &admin, &create)
                    .await
                    .unwrap_or_else(|e| panic!("PostgreSQL at {POSTGRES_VAR}: {e}"));
                Self {
                    kind,
                    url: with_database(&server, &name),
                    admin_url: Some(admin),
                    name,
                    _dir: None,
                }
            }
        }
    }

    /// A fresh database on the MariaDB or MySQL server at `server` (a
    /// cluster's address, say), dropped with the value.
    pub async fn create_mysql_on(server: &str) -> Self {
        let name = unique_name();
        let create = format!("CREATE DATABASE `{name}` CHARACTER SET utf8mb4");
        run_sql(Db::Mysql, server, &create)
            .await
            .unwrap_or_else(|e| panic!("MySQL at {server}: {e}"));
        Self {
            kind: Db::Mysql,
            url: with_database(server, &name),
            admin_url: Some(server.to_owned()),
            name,
            _dir: None,
        }
    }

    /// A handle on a database another `TestDb` created and drops, reached
    /// at another address (a second cluster node, say).
    pub fn borrowed(kind: Db, url: &str) -> Self {
        Self {
            kind,
            url: url.to_owned(),
            admin_url: None,
            name: unique_name(),
            _dir: None,
        }
    }

    /// A SQLite database at `url`, in a folder the test itself provides.
    pub fn existing(kind: Db, url: &str) -> Self {
        assert_eq!(kind, Db::Sqlite, "server databases are created, not found");
        Self {
            kind,
            url: url.to_owned(),
            admin_url: None,
            name: unique_name(),
            _dir: None,
        }
    }

    /// Runs `sql` directly on this test's database (fixtures, inspection).
    pub async fn execute(&self, sql: &str) {
        run_sql(self.kind, &self.url, sql)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
}

/// Runs `sql` (one or more statements) on a fresh connection to `url`.
/// Drops test databases left by test processes that no longer run (a
/// test binary killed, or a value never dropped), once per process and
/// backend, so the shared servers do not fill up across runs.
async fn sweep_orphans(kind: Db, admin: &str) {
    static MYSQL: std::sync::Once = std::sync::Once::new();
    static POSTGRES: std::sync::Once = std::sync::Once::new();
    let mut first = false;
    match kind {
        Db::Mysql => MYSQL.call_once(|| first = true),
        Db::Postgres => POSTGRES.call_once(|| first = true),
        Db::Sqlite => return,
    }
    if !first {
        return;
    }
    let listed: Result<Vec<String>, sqlx::Error> = match kind {
        Db::Mysql => match sqlx::MySqlConnection::connect(admin).await {
            Ok(mut conn) => {
                sqlx::query_scalar(
                    "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA \
                     WHERE SCHEMA_NAME LIKE 'acme\\_unpause\\_test\\_%'",
                )
                .fetch_all(&mut conn)
                .await
            }
            Err(e) => Err(e),
        },
        _ => match sqlx::PgConnection::connect(admin).await {
            Ok(mut conn) => {
                sqlx::query_scalar(
                    "SELECT datname FROM pg_database \
                     WHERE datname LIKE 'acme\\_unpause\\_test\\_%'",
                )
                .fetch_all(&mut conn)
                .await
            }
            Err(e) => Err(e),
        },
    };
    for name in listed.unwrap_or_default() {
        let pid = name
            .strip_prefix("acme_unpause_test_")
            .and_then(|rest| rest.split('_').next())
            .and_then(|pid| pid.parse::<u32>().ok());
        let Some(pid) = pid else { continue };
        if pid == std::process::id() || std::path::Path::new(&format!("/proc/{pid}")).exists() {
            continue;
        }
        let drop = match kind {
            Db::Mysql => format!("DROP DATABASE IF EXISTS `{name}`"),
            _ => format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"),
        };
        let _ = run_sql(kind, admin, &drop).await;
    }
}

async fn run_sql(kind: Db, url: &str, sql: &str) -> Result<(), sqlx::Error> {
    macro_rules! on {
        ($connection:ty) => {{
            let mut conn = <$connection>::connect(url).await?;
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
                .execute(&mut conn)
                .await?;
            conn.close().await
        }};
    }
    match kind {
        Db::Sqlite => on!(sqlx::SqliteConnection),
        Db::Mysql => on!(sqlx::MySqlConnection),
        Db::Postgres => on!(sqlx::PgConnection),
    }
}

impl TestDb {
    /// The single integer `sql` returns, on a fresh connection.
    pub async fn scalar(&self, sql: &str) -> i64 {
        macro_rules! on {
            ($connection:ty) => {{
                let mut conn = <$connection>::connect(&self.url).await.unwrap();
                let (value,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql.to_owned()))
                    .fetch_one(&mut conn)
                    .await
                    .unwrap_or_else(|e| panic!("{sql}: {e}"));
                value
            }};
        }
        match self.kind {
            Db::Sqlite => on!(sqlx::SqliteConnection),
            Db::Mysql => on!(sqlx::MySqlConnection),
            Db::Postgres => on!(sqlx::PgConnection),
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(admin) = self.admin_url.clone() else {
            return;
        };
        let (kind, name) = (self.kind, self.name.clone());
        // Drop runs inside the test's runtime, which cannot be blocked on;
        // a thread with its own runtime can.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                match kind {
                    Db::Mysql => {
                        let mut conn = sqlx::MySqlConnection::connect(&admin).await?;
                        // The portal's pool may still hold a transaction
                        // whose rollback waits for this very thread (the
                        // test's runtime is blocked on it); DROP would wait
                        // for its lock forever. End those sessions first.
                        // ID is unsigned on MySQL and signed on MariaDB;
                        // decoding either as the other fails, and the
                        // database was then never dropped.
                        let sessions: Vec<i64> = sqlx::query_scalar(
                            "SELECT CAST(ID AS SIGNED) FROM information_schema.PROCESSLIST \
                             WHERE DB = ?",
                        )
                        .bind(&name)
                        .fetch_all(&mut conn)
                        .await?;
                        for id in sessions {
                            let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!("KILL {id}")))
                                .execute(&mut conn)
                                .await;
                        }
                        sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                            "SET SESSION lock_wait_timeout = 30; DROP DATABASE IF EXISTS `{name}`"
                        )))
                        .execute(&mut conn)
                        .await?;
                    }
                    Db::Postgres => {
                        let drop = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                        run_sql(kind, &admin, &drop).await?;
                    }
                    Db::Sqlite => {}
                }
                Ok::<_, sqlx::Error>(())
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            // Loud, with the cause: scripts/test fails the run on it.
            eprintln!("could not drop test database {}: {dropped:?}", self.name);
        }
    }
}
