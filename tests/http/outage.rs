//! The database going away under a running portal: 503 "try again",
//! nothing half-done, and recovery without a restart.

use std::net::SocketAddr;
use std::time::Duration as StdDuration;

use acme_unpause::store::{self, PoolSettings, Schema};
use reqwest::StatusCode;

use crate::helpers::*;
use crate::proxy::Proxy;

server_db_tests!(
    database_outage_gives_503_and_the_portal_recovers_by_itself,
    a_lock_held_elsewhere_gives_503_and_nothing_half_done,
    an_outcome_batch_that_fails_counts_nothing_and_can_be_resent,
    a_large_unpause_killed_midway_is_consistent_and_the_next_click_finishes,
);

pub fn socket_addr(url: &str) -> SocketAddr {
    let url = url::Url::parse(url).unwrap();
    let host = url.host_str().unwrap();
    format!("{host}:{}", url.port_or_known_default().unwrap())
        .parse()
        .unwrap()
}

async fn database_outage_gives_503_and_the_portal_recovers_by_itself(db: Db) {
    let test_db = TestDb::create(db).await;
    let proxy = Proxy::start(socket_addr(&test_db.url)).await;
    let through = proxy.url_through(&test_db.url);
    let app = spawn_app_with(Options {
        prepared: Some((test_db, through)),
        pool: Some(PoolSettings {
            max_connections: 4,
            acquire_timeout: StdDuration::from_secs(1),
            query_timeout: StdDuration::from_secs(2),
            ..Default::default()
        }),
        ..Options::default()
    })
    .await;
    app.pause(42, &["a.example", "b.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    assert_eq!(app.get("/readyz").await.status(), StatusCode::OK);

    proxy.cut();
    let page = app.get_unpause(&jwt).await;
    assert_eq!(page.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(page.headers().get("retry-after").unwrap(), "30");
    let html = page.text().await.unwrap();
    assert!(has_id(&html, "error-unavailable"), "{html}");
    assert!(!html.contains("sqlx"), "no internals on the page: {html}");
    assert_eq!(
        app.get("/readyz").await.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    let click = app
        .post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_eq!(click.status(), StatusCode::SERVICE_UNAVAILABLE);
    // Nothing was half-done: checked over a direct connection, which reads
    // the database each time (it is another instance: no cached summary).
    let fresh = PoolSettings {
        summary_cache: StdDuration::ZERO,
        ..PoolSettings::default()
    };
    let direct = store::connect(&app.db.url, &fresh, Schema::Check)
        .await
        .unwrap();
    assert_eq!(
        direct.paused_summary(account(42), 10).await.unwrap().count,
        2
    );

    proxy.restore();
    let mut ready = false;
    for _ in 0..50 {
        if app.get("/readyz").await.status() == StatusCode::OK {
            ready = true;
            break;
        }
        tokio::time::sleep(StdDuration::from_millis(200)).await;
    }
    assert!(ready, "the portal did not recover within 10 s");
    let csrf = app.open_page(&jwt).await;
    let click = app
        .post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_redirect_to(&click, "/sfe/v1/unpause-status");
    assert!(
        direct
            .paused_summary(account(42), 10)
            .await
            .unwrap()
            .is_empty()
    );
}

async fn a_lock_held_elsewhere_gives_503_and_nothing_half_done(db: Db) {
    let app = spawn_impatient_app(db).await;
    app.pause_numbered(42, 50).await;
    let jwt = app.link_token(42, &["n00.example"]);
    let csrf = app.open_page(&jwt).await;

    // Another writer (the ACME server, an operator) holds the last row.
    let mut holder = Holder::lock_last_row(&app.db).await;
    let click = app
        .post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_eq!(click.status(), StatusCode::SERVICE_UNAVAILABLE);
    holder.release().await;
    // The rows the click could reach were rolled back with it.
    assert_eq!(app.summary(42).await.count, 50);

    let csrf = app.open_page(&jwt).await;
    let click = app
        .post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_redirect_to(&click, "/sfe/v1/unpause-status");
    assert!(app.summary(42).await.is_empty());
}

/// The portal with one-second timeouts, so that waiting on a lock held
/// elsewhere ends quickly.
async fn spawn_impatient_app(db: Db) -> TestApp {
    spawn_app_with(Options {
        db,
        pool: Some(PoolSettings {
            max_connections: 4,
            acquire_timeout: StdDuration::from_secs(1),
            query_timeout: StdDuration::from_secs(1),
            ..Default::default()
        }),
        ..Options::default()
    })
    .await
}

/// A transaction on its own connection that holds a row lock.
enum Holder {
    Mysql(sqlx::Transaction<'static, sqlx::MySql>),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

impl Holder {
    async fn lock_last_row(db: &TestDb) -> Self {
        Self::lock(
            db,
            "SELECT identifierValue FROM paused \
             WHERE registrationID = 42 AND identifierValue = 'n49.example' FOR UPDATE",
        )
        .await
    }

    async fn lock(db: &TestDb, sql: &'static str) -> Self {
        match db.kind {
            Db::Mysql => {
                let pool = sqlx::MySqlPool::connect(&db.url).await.unwrap();
                let mut tx = pool.begin().await.unwrap();
                sqlx::query(sql).fetch_one(&mut *tx).await.unwrap();
                Self::Mysql(tx)
            }
            Db::Postgres => {
                let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
                let mut tx = pool.begin().await.unwrap();
                sqlx::query(sql).fetch_one(&mut *tx).await.unwrap();
                Self::Postgres(tx)
            }
            Db::Sqlite => unreachable!("server databases only"),
        }
    }

    async fn release(&mut self) {
        match self {
            Self::Mysql(tx) => sqlx::query("ROLLBACK").execute(&mut **tx).await.map(drop),
            Self::Postgres(tx) => sqlx::query("ROLLBACK").execute(&mut **tx).await.map(drop),
        }
        .unwrap();
    }
}

async fn an_outcome_batch_that_fails_counts_nothing_and_can_be_resent(db: Db) {
    use serde_json::{Value, json};
    let app = spawn_impatient_app(db).await;
    let now = app.clock.now() - time::Duration::minutes(1);
    let created = now - time::Duration::days(400);
    let outcome = |name: &str, i: i64| {
        let at = now + time::Duration::milliseconds(100 * i);
        json!({
            "account": 42,
            "identifier": {"type": "dns", "value": name},
            "result": "failure",
            "at": at.format(&time::format_description::well_known::Rfc3339).unwrap(),
            "account_created_at": created
                .format(&time::format_description::well_known::Rfc3339).unwrap(),
        })
    };
    let first = json!({"outcomes": [outcome("zz.example", 0)]});
    assert_eq!(
        app.api_post("/internal/v1/outcomes", &first).await.status(),
        StatusCode::OK
    );
    // 15 failures of one pair and one of another, whose row is locked
    // elsewhere: the batch cannot finish.
    let mut outcomes: Vec<Value> = (1..=15).map(|i| outcome("aa.example", i)).collect();
    outcomes.push(outcome("zz.example", 16));
    let batch = json!({ "outcomes": outcomes });
    let mut holder = Holder::lock(
        &app.db,
        "SELECT state FROM policy_pairs WHERE identifierValue = 'zz.example' FOR UPDATE",
    )
    .await;
    let failed = app.api_post("/internal/v1/outcomes", &batch).await;
    assert_eq!(failed.status(), StatusCode::SERVICE_UNAVAILABLE);
    holder.release().await;
    // The ACME server resends the batch. Had the first try committed its 15
    // failures, 30 would now strike (the runaway tier allows 20).
    let resent = app.api_post("/internal/v1/outcomes", &batch).await;
    assert_eq!(resent.status(), StatusCode::OK);
    let body: Value = resent.json().await.unwrap();
    assert_eq!(body["paused"], json!([]), "{body}");
    assert!(app.summary(42).await.is_empty());
}

/// The process doing a large unpause dies (SIGKILL) after two of its three
/// batches: those stay committed and audited, the third never happened, and
/// one more click finishes the account.
async fn a_large_unpause_killed_midway_is_consistent_and_the_next_click_finishes(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause_numbered(42, 25_000).await;
    // The third batch (n20000…n24999) waits on this lock; the first two do not.
    let mut holder = Holder::lock(
        &app.db,
        "SELECT identifierValue FROM paused \
         WHERE registrationID = 42 AND identifierValue = 'n24999.example' FOR UPDATE",
    )
    .await;
    let mut child = tokio::process::Command::new(crate::cli::BIN)
        .args(["--database-url", &app.db.url, "--db-query-timeout", "120s"])
        .args(["unpause", "--account", "42"])
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut progress =
        tokio::io::AsyncBufReadExt::lines(tokio::io::BufReader::new(child.stderr.take().unwrap()));
    tokio::time::timeout(StdDuration::from_secs(60), async {
        while let Some(line) = progress.next_line().await.unwrap() {
            if line.contains("20000 names unpaused") {
                return;
            }
        }
        panic!("unpause ended before its second batch");
    })
    .await
    .expect("two batches within a minute");
    child.kill().await.unwrap();
    holder.release().await;

    assert_eq!(app.summary(42).await.count, 5_000);
    let unpaused = |events: &[acme_unpause::store::AuditEvent]| -> u64 {
        events
            .iter()
            .filter(|e| e.action == "unpause")
            .map(|e| e.count)
            .sum()
    };
    let events = app.store.audit_events(account(42), 100).await.unwrap();
    assert_eq!(
        unpaused(&events),
        20_000,
        "the audit trail matches what was done"
    );

    let jwt = app.link_token(42, &["n00000.example"]);
    let csrf = app.open_page(&jwt).await;
    let click = app
        .post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_redirect_to(&click, "/sfe/v1/unpause-status");
    assert!(app.summary(42).await.is_empty());
    let events = app.store.audit_events(account(42), 100).await.unwrap();
    assert_eq!(unpaused(&events), 25_000);
}

/// A filesystem of a few MiB, mounted for one test (needs root, as CI and
/// the development machines run).
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .expect("mount(8) runs");
        assert!(status.success(), "mounting a tmpfs needs root");
        Self { dir }
    }

    /// Fills the disk to the last byte; returns the filler's path.
    fn fill(&self) -> std::path::PathBuf {
        use std::io::Write;
        let path = self.dir.path().join("filler");
        let mut file = std::fs::File::create(&path).unwrap();
        let chunk = vec![0_u8; 4096];
        while file.write_all(&chunk).is_ok() {}
        let _ = file.write_all(&[0]);
        let _ = file.sync_all();
        path
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        // Lazily: the portal's pool may still hold the file open.
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

/// SQLite on a full disk: the unpause fails with a 503 and leaves every
/// name paused; once space is freed the same click works.
#[tokio::test]
async fn a_full_disk_under_sqlite_gives_503_and_nothing_half_done() {
    let disk = SmallDisk::mount("8m");
    let url = format!("sqlite://{}/portal.db", disk.dir.path().display());
    let test_db = TestDb::existing(Db::Sqlite, &url);
    let app = spawn_app_with(Options {
        prepared: Some((test_db, url)),
        ..Options::default()
    })
    .await;
    app.pause_numbered(42, 2_000).await;
    let jwt = app.link_token(42, &["n0000.example"]);
    let csrf = app.open_page(&jwt).await;

    let filler = disk.fill();
    let click = app
        .post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_eq!(click.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(has_id(&click.text().await.unwrap(), "error-unavailable"));
    assert_eq!(app.summary(42).await.count, 2_000, "nothing half-done");

    std::fs::remove_file(filler).unwrap();
    let csrf = app.open_page(&jwt).await;
    let click = app
        .post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_redirect_to(&click, "/sfe/v1/unpause-status");
    assert!(app.summary(42).await.is_empty());
}
