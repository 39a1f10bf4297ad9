//! One database shared by many portal instances: results and state cross
//! instances, and Boulder's own
//! `paused` table is read and unpaused but never altered.

use std::path::Path;
use std::time::Duration as StdDuration;

use acme_unpause::clock::{Clock, SystemClock};
use acme_unpause::store::{self, AuditContext, PauseMode, PoolSettings, Schema};
use acme_unpause::token::{self, KeySet, SigningKey};
use reqwest::StatusCode;
use sqlx::{Connection, Row};
use time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::helpers::*;

db_tests!(two_serve_processes_share_results_and_pause_state);

const BIN: &str = env!("CARGO_BIN_EXE_acme-unpause");

/// Both instances sit behind one public name, as behind a load balancer.
const PUBLIC_URL: &str = "http://portal.test";

/// A `serve` process; killed when dropped.
struct Serve {
    base: String,
    _child: Child,
}

impl Serve {
    async fn start(database_url: &str, key_file: &Path) -> Self {
        Self::start_with(database_url, key_file, &[]).await
    }

    async fn start_with(database_url: &str, key_file: &Path, extra: &[&str]) -> Self {
        let mut child = Command::new(BIN)
            .args([
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--public-url",
                PUBLIC_URL,
                "--internal-listen",
                "127.0.0.1:0",
            ])
            .args(extra)
            .arg("--key-file")
            .arg(key_file)
            .env("ACME_UNPAUSE_DATABASE_URL", database_url)
            .env("ACME_UNPAUSE_LOG", "info")
            .stderr(std::process::Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let ready = tokio::time::timeout(StdDuration::from_secs(60), async {
            let mut log = Vec::new();
            while let Some(line) = lines.next_line().await.unwrap() {
                if line.contains("portal ready") {
                    return line;
                }
                log.push(line);
            }
            panic!("serve exited before it was ready:\n{}", log.join("\n"));
        })
        .await
        .expect("serve ready within a minute");
        let listen = ready
            .split_whitespace()
            .find_map(|field| field.strip_prefix("listen="))
            .unwrap_or_else(|| panic!("no listen= in {ready:?}"));
        // Keep draining the log so the process never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        Self {
            base: format!("http://{listen}"),
            _child: child,
        }
    }
}

/// Loads the unpause page from `page_base`, clicks "unpause everything" on
/// `post_base`, and returns the result page from `page_base`.
async fn unpause_across(
    client: &reqwest::Client,
    page_base: &str,
    post_base: &str,
    jwt: &str,
) -> String {
    let page = client
        .get(format!("{page_base}/sfe/v1/unpause?jwt={jwt}"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let csrf = csrf_from(&page.text().await.unwrap());
    let posted = client
        .post(format!("{post_base}/sfe/v1/do-unpause"))
        .headers(same_origin(PUBLIC_URL))
        .form(&[("jwt", jwt), ("csrf", &csrf), ("action", "all")])
        .send()
        .await
        .unwrap();
    assert_redirect_to(&posted, "/sfe/v1/unpause-status");
    let status = client
        .get(format!("{page_base}/sfe/v1/unpause-status"))
        .send()
        .await
        .unwrap();
    assert_eq!(status.status(), StatusCode::OK);
    status.text().await.unwrap()
}

async fn two_serve_processes_share_results_and_pause_state(db: Db) {
    let test_db = TestDb::create(db).await;
    let dir = tempfile::tempdir().unwrap();
    let key = SigningKey::generate().unwrap();
    let key_file = dir.path().join("test.key");
    std::fs::write(&key_file, key.to_hex_line()).unwrap();
    // Started together, so they also migrate one empty database at once.
    let (a, b) = tokio::join!(
        Serve::start(&test_db.url, &key_file),
        Serve::start(&test_db.url, &key_file)
    );

    let store = store::connect(&test_db.url, &PoolSettings::default(), Schema::Check)
        .await
        .unwrap();
    let now = SystemClock.now();
    store
        .pause_identifiers(
            account(42),
            &idents(&["a.example", "b.example", "c.example"]),
            PauseMode::RespectCooldown,
            now,
            &AuditContext::cli(),
            &acme_unpause::store::Notice::default(),
        )
        .await
        .unwrap();
    let keys = KeySet::new(vec![key]).unwrap();
    let jwt = token::mint(
        &keys,
        account(42),
        &idents(&["a.example"]),
        now,
        Duration::days(1),
    )
    .unwrap();

    // The visitor loads the page from one instance, the load balancer
    // sends the click to the other and the result page back to the first.
    let html = unpause_across(&client(), &a.base, &b.base, &jwt).await;
    assert!(has_id(&html, "status-done"), "{html}");
    assert!(html.contains(r#"id="status-names" data-count="3""#));
    assert!(
        store
            .paused_summary(account(42), 10)
            .await
            .unwrap()
            .is_empty()
    );
}

/// Boulder's DDL for `paused`, byte for byte.
const BOULDER_DDL: &str = "CREATE TABLE `paused` (
  `registrationID` bigint(20) unsigned NOT NULL,
  `identifierType` tinyint(4) NOT NULL,
  `identifierValue` varchar(255) NOT NULL,
  `pausedAt` datetime NOT NULL,
  `unpausedAt` datetime DEFAULT NULL,
  PRIMARY KEY (`registrationID`,`identifierValue`,`identifierType`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci";

/// Rows written with the statement shapes of Boulder's storage authority:
/// a first pause, an unpause, and a re-pause of an unpaused pair.
const BOULDER_ROWS: &str = "
INSERT INTO paused (registrationID, identifierType, identifierValue, pausedAt)
  VALUES (7, 0, 'a.example', '2026-11-01 10:00:00');
INSERT INTO paused (registrationID, identifierType, identifierValue, pausedAt)
  VALUES (7, 1, '192.0.2.1', '2026-11-01 10:00:00');
INSERT INTO paused (registrationID, identifierType, identifierValue, pausedAt)
  VALUES (7, 0, 'old.example', '2026-10-01 00:00:00');
INSERT INTO paused (registrationID, identifierType, identifierValue, pausedAt)
  VALUES (7, 0, 'again.example', '2026-09-01 00:00:00');
INSERT INTO paused (registrationID, identifierType, identifierValue, pausedAt)
  VALUES (8, 0, 'other.example', '2026-11-01 10:00:00');
UPDATE paused SET unpausedAt = '2026-10-02 00:00:00'
  WHERE registrationID = 7 AND unpausedAt IS NULL AND identifierValue = 'old.example';
UPDATE paused SET unpausedAt = '2026-09-02 00:00:00'
  WHERE registrationID = 7 AND unpausedAt IS NULL AND identifierValue = 'again.example';
UPDATE paused SET pausedAt = '2026-11-02 00:00:00', unpausedAt = NULL
  WHERE registrationID = 7 AND identifierType = 0 AND identifierValue = 'again.example';
";

async fn show_create_paused(url: &str) -> String {
    let mut conn = sqlx::MySqlConnection::connect(url).await.unwrap();
    let row = sqlx::query("SHOW CREATE TABLE paused")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    row.try_get(1).unwrap()
}

#[tokio::test]
#[ignore = "needs MariaDB or MySQL: set ACME_UNPAUSE_TEST_MYSQL_URL and pass --include-ignored (scripts/test does)"]
async fn boulder_paused_table_is_read_and_unpaused_but_never_altered() {
    let test_db = TestDb::create(Db::Mysql).await;
    test_db.execute(BOULDER_DDL).await;
    test_db.execute(BOULDER_ROWS).await;
    let before = show_create_paused(&test_db.url).await;
    let url = test_db.url.clone();

    let app = spawn_app_with(Options {
        prepared: Some((test_db, url.clone())),
        ..Options::default()
    })
    .await;
    assert_eq!(show_create_paused(&url).await, before, "paused was altered");

    let summary = app.summary(7).await;
    let mut live: Vec<(String, &str)> = summary
        .first
        .iter()
        .map(|p| {
            (
                p.identifier.value().to_owned(),
                p.identifier.kind().as_str(),
            )
        })
        .collect();
    live.sort();
    assert_eq!(
        live,
        [
            ("192.0.2.1".to_owned(), "ip"),
            ("a.example".to_owned(), "dns"),
            ("again.example".to_owned(), "dns"),
        ]
    );
    let jwt = app.link_token(7, &["a.example"]);
    let page = app.get_unpause(&jwt).await.text().await.unwrap();
    assert!(page.contains("192.0.2.1") && !page.contains("old.example"));

    let csrf = app.open_page(&jwt).await;
    let click = app
        .post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_redirect_to(&click, "/sfe/v1/unpause-status");

    // Boulder's own reads now see account 7 unpaused, account 8 untouched,
    // and the rows keep their types.
    let mut conn = sqlx::MySqlConnection::connect(&url).await.unwrap();
    let still: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM paused WHERE registrationID = ? AND unpausedAt IS NULL",
    )
    .bind(7)
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(still, 0);
    let other: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM paused WHERE registrationID = ? AND unpausedAt IS NULL",
    )
    .bind(8)
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(other, 1);
    let ip_type: i8 =
        sqlx::query_scalar("SELECT identifierType FROM paused WHERE identifierValue = '192.0.2.1'")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!(ip_type, 1);
    let old_unpaused: time::PrimitiveDateTime =
        sqlx::query_scalar("SELECT unpausedAt FROM paused WHERE identifierValue = 'old.example'")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!(
        old_unpaused.to_string(),
        "2026-10-02 0:00:00.0",
        "an already unpaused row is left alone"
    );
    assert_eq!(show_create_paused(&url).await, before);
}

/// Runs `sql` as root on the test's MariaDB server.
async fn as_root(sql: &str) {
    let server = std::env::var(crate::db::MYSQL_VAR).unwrap();
    let mut conn = sqlx::MySqlConnection::connect(&server).await.unwrap();
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
        .execute(&mut conn)
        .await
        .unwrap();
}

/// `url` with other credentials.
fn url_as(url: &str, user: &str, password: &str) -> String {
    let mut url = url::Url::parse(url).unwrap();
    url.set_username(user).unwrap();
    url.set_password(Some(password)).unwrap();
    url.to_string()
}

#[tokio::test]
#[ignore = "needs MariaDB or MySQL: set ACME_UNPAUSE_TEST_MYSQL_URL and pass --include-ignored (scripts/test does)"]
async fn the_documented_grants_are_enough() {
    let test_db = TestDb::create(Db::Mysql).await;
    test_db.execute(BOULDER_DDL).await;
    test_db.execute(BOULDER_ROWS).await;
    let db_name = url::Url::parse(&test_db.url).unwrap().path()[1..].to_owned();
    // Users are server-wide: unique names, dropped at the end.
    let suffix = &db_name[db_name.len() - 9..];
    let (migrator, portal) = (format!("mig_{suffix}"), format!("unp_{suffix}"));
    let _users = DropUsers(vec![migrator.clone(), portal.clone()]);
    // The grants of the README, on this test's database.
    as_root(&format!(
        "CREATE USER '{migrator}'@'%' IDENTIFIED BY 'test-only';
         CREATE USER '{portal}'@'%' IDENTIFIED BY 'test-only';
         GRANT CREATE, ALTER, INDEX, SELECT, INSERT, UPDATE, DELETE ON `{db_name}`.* TO '{migrator}'@'%';"
    ))
    .await;
    let migrator_url = url_as(&test_db.url, &migrator, "test-only");
    let out = std::process::Command::new(BIN)
        .args(["migrate", "--database-url", &migrator_url])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    as_root(&format!(
        "GRANT SELECT, UPDATE, INSERT ON `{db_name}`.paused TO '{portal}'@'%';
         GRANT SELECT, INSERT, UPDATE, DELETE ON `{db_name}`.paused_accounts TO '{portal}'@'%';
         GRANT SELECT, INSERT, UPDATE, DELETE ON `{db_name}`.pause_events TO '{portal}'@'%';
         GRANT SELECT, INSERT, UPDATE, DELETE ON `{db_name}`.sessions TO '{portal}'@'%';
         GRANT SELECT, INSERT, UPDATE, DELETE ON `{db_name}`.policy_pairs TO '{portal}'@'%';
         GRANT SELECT, INSERT, UPDATE, DELETE ON `{db_name}`.policy_accounts TO '{portal}'@'%';
         GRANT SELECT, INSERT, UPDATE, DELETE ON `{db_name}`.notifications TO '{portal}'@'%';
         GRANT SELECT, INSERT, UPDATE ON `{db_name}`.unpause_budgets TO '{portal}'@'%';
         GRANT SELECT ON `{db_name}`.acme_unpause_migrations TO '{portal}'@'%';"
    ))
    .await;

    let portal_url = url_as(&test_db.url, &portal, "test-only");
    // The portal's user cannot change the schema, and so must not try.
    let refused = std::process::Command::new(BIN)
        .args(["migrate", "--database-url", &portal_url])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(!String::from_utf8_lossy(&refused.stderr).contains("test-only"));
    let dir = tempfile::tempdir().unwrap();
    let key = SigningKey::generate().unwrap();
    let key_file = dir.path().join("test.key");
    std::fs::write(&key_file, key.to_hex_line()).unwrap();
    let serve = Serve::start_with(&portal_url, &key_file, &["--no-migrate"]).await;

    let store = store::connect(&portal_url, &PoolSettings::default(), Schema::Check)
        .await
        .unwrap();
    let now = SystemClock.now();
    // With a contact: the outbox row is written in the pause's transaction.
    let ctx = AuditContext::cli();
    let notice = acme_unpause::store::Notice {
        contacts: vec!["mailto:grants@example.com".parse().unwrap()],
        language: None,
        window: Duration::minutes(1),
    };
    store
        .pause_identifiers(
            account(7),
            &idents(&["new.example"]),
            PauseMode::RespectCooldown,
            now,
            &ctx,
            &notice,
        )
        .await
        .unwrap();
    store
        .pause_account(account(7), PauseMode::RespectCooldown, now, &ctx, &notice)
        .await
        .unwrap();
    let outcome = acme_unpause::store::ValidationOutcome {
        account: account(7),
        identifier: acme_unpause::domain::Identifier::parse("new.example").unwrap(),
        outcome: acme_unpause::policy::Outcome::Failure,
        at: now,
        client_ip: None,
        user_agent: None,
        account_created_at: None,
        client_shows_errors: false,
        event: None,
    };
    store
        .record_outcomes(
            &[outcome],
            &Default::default(),
            &acme_unpause::policy::Policy::default(),
        )
        .await
        .unwrap();
    assert_eq!(store.expire_policy_state(now).await.unwrap(), 0);
    // Everything a sender does.
    let due = now + Duration::minutes(1);
    let claimed = store
        .claim_notifications("grants-test", due, Duration::minutes(1), 5)
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1, "one email for the pauses of account 7");
    let sent = acme_unpause::store::Delivery::Sent;
    assert!(
        store
            .finish_notification(claimed[0].id, "grants-test", &sent, due)
            .await
            .unwrap()
    );
    assert_eq!(store.outbox_counts().await.unwrap().sent, 1);
    assert_eq!(store.notifications(account(7), 5).await.unwrap().len(), 1);
    store.purge_notifications(now).await.unwrap();
    let keys = KeySet::new(vec![key]).unwrap();
    let jwt = token::mint(
        &keys,
        account(7),
        &idents(&["a.example"]),
        now,
        Duration::days(1),
    )
    .unwrap();
    let html = unpause_across(&client(), &serve.base, &serve.base, &jwt).await;
    assert!(has_id(&html, "status-done"), "{html}");
    assert!(
        store
            .paused_summary(account(7), 10)
            .await
            .unwrap()
            .is_empty()
    );
    drop(serve);
}

/// Drops server-wide test users when the test ends, passed or failed.
struct DropUsers(Vec<String>);

impl Drop for DropUsers {
    fn drop(&mut self) {
        let sql: String = self
            .0
            .iter()
            .map(|user| format!("DROP USER IF EXISTS '{user}'@'%';"))
            .collect();
        // Drop runs inside the test's runtime; a thread may block.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(as_root(&sql));
        })
        .join();
    }
}
