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
);

fn socket_addr(url: &str) -> SocketAddr {
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
    // Nothing was half-done: checked over a direct connection.
    let direct = store::connect(&app.db.url, &PoolSettings::default(), Schema::Check)
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
    let names: Vec<String> = (0..50).map(|i| format!("n{i:02}.example")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    app.pause(42, &refs).await;
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
