//! Faults on a three-node MariaDB Galera cluster behind HAProxy
//! (scripts/galera), with real processes: a node killed during a large
//! unpause and during a stream of API calls, a node rejoining, and two
//! portal instances on different nodes behind one address.
//!
//! Needs ACME_UNPAUSE_TEST_GALERA_DIR, the folder of a running cluster
//! (scripts/test starts one and sets it); ignored by a plain `cargo test`,
//! failing when the variable is set and the cluster is not there. The
//! tests kill nodes, so they take turns, and each one first restarts any
//! node an earlier failed test left down.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration as StdDuration, Instant};

use acme_unpause::settings::LimitSettings;
use acme_unpause::store::PoolSettings;
use reqwest::StatusCode;
use serde_json::{Value, json};
use sqlx::Connection;
use time::format_description::well_known::Rfc3339;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Mutex, MutexGuard};

use crate::helpers::*;

const VAR: &str = "ACME_UNPAUSE_TEST_GALERA_DIR";

/// One test at a time: they kill the cluster's nodes.
static SERIAL: Mutex<()> = Mutex::const_new(());

/// The running cluster, as scripts/galera wrote it down.
struct Cluster {
    dir: String,
    /// Through HAProxy, which sends every connection to the first live node.
    url: String,
    /// Each node directly, 1 to 3.
    nodes: BTreeMap<u8, String>,
    _turn: MutexGuard<'static, ()>,
}

impl Cluster {
    async fn take() -> Self {
        let turn = SERIAL.lock().await;
        let dir = std::env::var(VAR).unwrap_or_else(|_| {
            panic!("{VAR} is not set: these tests need a running scripts/galera cluster (scripts/test starts one)")
        });
        let env = std::fs::read_to_string(format!("{dir}/env"))
            .unwrap_or_else(|e| panic!("{dir}/env: {e} (is the cluster running?)"));
        let value = |key: &str| {
            env.lines()
                .find_map(|line| line.strip_prefix(&format!("{key}=")))
                .unwrap_or_else(|| panic!("{key} missing from {dir}/env"))
                .to_owned()
        };
        let cluster = Self {
            url: value("GALERA_URL"),
            nodes: (1..=3)
                .map(|n| (n, value(&format!("GALERA_NODE{n}_URL"))))
                .collect(),
            dir,
            _turn: turn,
        };
        cluster.script(&["heal"]).await;
        cluster
    }

    async fn script(&self, args: &[&str]) {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/galera");
        let status = tokio::process::Command::new(script)
            .args(args)
            .arg(&self.dir)
            .stdout(std::process::Stdio::null())
            .status()
            .await
            .unwrap();
        assert!(status.success(), "scripts/galera {args:?} failed");
    }

    async fn kill(&self, node: u8) {
        self.script(&["kill", &node.to_string()]).await;
    }

    /// Starts the node again and waits until it is Synced.
    async fn restart(&self, node: u8) {
        self.script(&["restart", &node.to_string()]).await;
    }

    /// One integer `sql` returns on node `node`'s database `db`.
    async fn scalar(&self, node: u8, db: &TestDb, sql: &str) -> i64 {
        let name = db.url.rsplit('/').next().unwrap();
        let url = format!("{}/{name}", self.nodes[&node]);
        let mut conn = sqlx::MySqlConnection::connect(&url).await.unwrap();
        // What the cluster has committed, not what this node has applied.
        sqlx::raw_sql("SET SESSION wsrep_sync_wait = 1")
            .execute(&mut conn)
            .await
            .unwrap();
        let (value,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql.to_owned()))
            .fetch_one(&mut conn)
            .await
            .unwrap_or_else(|e| panic!("{sql} on node {node}: {e}"));
        value
    }

    /// Transactions that committed from node `node` since it started.
    async fn local_commits(&self, node: u8) -> i64 {
        let mut conn = sqlx::MySqlConnection::connect(&self.nodes[&node])
            .await
            .unwrap();
        let (_, value): (String, String) =
            sqlx::query_as("SHOW GLOBAL STATUS LIKE 'wsrep_local_commits'")
                .fetch_one(&mut conn)
                .await
                .unwrap();
        value.parse().unwrap()
    }
}

/// Short timeouts, so that a call to a dead node fails fast.
fn quick_pool() -> PoolSettings {
    PoolSettings {
        acquire_timeout: StdDuration::from_secs(3),
        query_timeout: StdDuration::from_secs(3),
        ..PoolSettings::default()
    }
}

/// A portal on a fresh database of the cluster, reached at `server`.
async fn app_on(server: &str, options: Options) -> TestApp {
    let db = TestDb::create_mysql_on(server).await;
    let url = db.url.clone();
    spawn_app_with(Options {
        db: Db::Mysql,
        prepared: Some((db, url)),
        pool: Some(options.pool.unwrap_or_else(quick_pool)),
        ..options
    })
    .await
}

/// Inserts `count` paused names for the account, as Boulder's SA would
/// (many rows a statement: a fixture, not what is tested).
async fn pause_many(app: &TestApp, account: i64, count: usize) {
    for chunk in (0..count).collect::<Vec<_>>().chunks(10_000) {
        let values: Vec<String> = chunk
            .iter()
            .map(|i| format!("({account}, 0, 'n{i:06}.example', UTC_TIMESTAMP())"))
            .collect();
        app.db
            .execute(&format!(
                "INSERT INTO paused (registrationID, identifierType, identifierValue, pausedAt) VALUES {}",
                values.join(",")
            ))
            .await;
    }
}

/// Clicks "unpause everything" until a click gets the result page, for at
/// most a minute; the statuses the failed ones got.
async fn click_until_done(app: &TestApp, jwt: &str) -> Vec<StatusCode> {
    let deadline = Instant::now() + StdDuration::from_secs(60);
    let mut failed = Vec::new();
    while Instant::now() < deadline {
        let page = app.get_unpause(jwt).await;
        if page.status() == StatusCode::OK {
            let csrf = csrf_from(&page.text().await.unwrap());
            let click = app
                .post_do_unpause(&[("jwt", jwt), ("csrf", &csrf), ("action", "all")])
                .await;
            if click.status() == StatusCode::SEE_OTHER {
                return failed;
            }
            failed.push(click.status());
        } else {
            failed.push(page.status());
        }
        tokio::time::sleep(StdDuration::from_millis(250)).await;
    }
    panic!("no click finished within a minute; statuses {failed:?}");
}

#[tokio::test]
#[ignore = "needs a Galera cluster: set ACME_UNPAUSE_TEST_GALERA_DIR and pass --include-ignored (scripts/test does)"]
async fn a_node_killed_during_an_unpause_of_200000_names_loses_nothing_and_a_reclick_finishes() {
    let cluster = Cluster::take().await;
    let app = app_on(&cluster.url, Options::default()).await;
    pause_many(&app, 42, 200_000).await;
    let jwt = app.link_token(42, &["n000000.example"]);
    let csrf = app.open_page(&jwt).await;
    let unpaused = "SELECT CAST(COALESCE(SUM(count), 0) AS SIGNED) FROM pause_events \
                    WHERE registrationID = 42 AND action = 'unpause'";

    let click = tokio::spawn({
        let (client, url, jwt) = (
            app.client.clone(),
            app.url("/sfe/v1/do-unpause"),
            jwt.clone(),
        );
        let origin = same_origin(&app.base);
        async move {
            let response = client
                .post(url)
                .headers(origin)
                .form(&[("jwt", jwt.as_str()), ("csrf", &csrf), ("action", "all")])
                .send()
                .await?;
            let status = response.status();
            Ok::<_, reqwest::Error>((status, response.text().await?))
        }
    });
    // Node 1 takes the writes; it dies once the first batch has committed.
    let deadline = Instant::now() + StdDuration::from_secs(60);
    while cluster.scalar(2, &app.db, unpaused).await == 0 {
        assert!(Instant::now() < deadline, "no batch committed in a minute");
        tokio::time::sleep(StdDuration::from_millis(20)).await;
    }
    cluster.kill(1).await;
    let first = tokio::time::timeout(StdDuration::from_secs(60), click)
        .await
        .expect("the click is answered within a minute")
        .unwrap();
    // The result, if the last batches made it before the node died, or a
    // clear "try again"; never a hang or a half-done page.
    match first {
        Ok((StatusCode::SEE_OTHER, _)) => {}
        Ok((StatusCode::SERVICE_UNAVAILABLE, body)) => {
            assert!(body.contains("Please try again in a minute"), "{body}");
        }
        Ok((status, _)) => panic!("the click during the failover got {status}"),
        Err(err) => panic!("the click during the failover got no answer: {err}"),
    }
    let failed = click_until_done(&app, &jwt).await;
    assert!(
        failed.iter().all(|s| *s == StatusCode::SERVICE_UNAVAILABLE),
        "clicks during the failover: {failed:?}"
    );

    for node in [2, 3] {
        let live = "SELECT COUNT(*) FROM paused WHERE registrationID = 42 \
                    AND (unpausedAt IS NULL OR pausedAt > unpausedAt)";
        assert_eq!(cluster.scalar(node, &app.db, live).await, 0, "node {node}");
        // Every name once in the audit trail: a batch retried after the
        // node died does not count its names again.
        assert_eq!(
            cluster.scalar(node, &app.db, unpaused).await,
            200_000,
            "node {node}"
        );
    }
    cluster.restart(1).await;
    assert_eq!(
        cluster.scalar(1, &app.db, unpaused).await,
        200_000,
        "the restarted node caught up"
    );
}

/// Unique pairs, one failure each, all at one instant: every pair the
/// store counted holds the same state, and a pair counted twice differs.
fn outcome_batch(batch: usize, size: usize, at: &str, created: &str) -> Value {
    let outcomes: Vec<Value> = (0..size)
        .map(|i| {
            let seq = batch * size + i;
            json!({
                // At most five names an account: no account-wide pause.
                "account": 10_000 + seq / 5,
                "identifier": {"type": "dns", "value": format!("o{i}.b{batch}.fault.test")},
                "result": "failure",
                "at": at,
                "account_created_at": created,
            })
        })
        .collect();
    json!({ "outcomes": outcomes })
}

#[derive(Default)]
struct Calls {
    ok: u64,
    failed: u64,
    first_failure: Option<Instant>,
    last_failure: Option<Instant>,
    slowest: StdDuration,
}

impl Calls {
    fn record(&mut self, ok: bool, took: StdDuration) {
        self.slowest = self.slowest.max(took);
        if ok {
            self.ok += 1;
        } else {
            let now = Instant::now();
            self.failed += 1;
            self.first_failure.get_or_insert(now);
            self.last_failure = Some(now);
        }
    }

    fn error_window(&self) -> StdDuration {
        match (self.first_failure, self.last_failure) {
            (Some(first), Some(last)) => last - first,
            _ => StdDuration::ZERO,
        }
    }
}

#[tokio::test]
#[ignore = "needs a Galera cluster: set ACME_UNPAUSE_TEST_GALERA_DIR and pass --include-ignored (scripts/test does)"]
async fn a_node_killed_under_checks_and_outcomes_loses_no_acknowledged_outcome_and_counts_none_twice()
 {
    let cluster = Cluster::take().await;
    let app = Arc::new(app_on(&cluster.url, Options::default()).await);
    app.pause(7, &["paused.example"]).await;
    let now = app.clock.now();
    let at = now.format(&Rfc3339).unwrap();
    let created = (now - time::Duration::days(400)).format(&Rfc3339).unwrap();
    const SIZE: usize = 50;
    let run = StdDuration::from_secs(8);
    let started = Instant::now();

    let outcomes = tokio::spawn({
        let app = app.clone();
        async move {
            let mut calls = Calls::default();
            let mut acked = Vec::new();
            let mut batch = 0;
            while started.elapsed() < run {
                let body = outcome_batch(batch, SIZE, &at, &created);
                let sent = Instant::now();
                let ok =
                    app.api_post("/internal/v1/outcomes", &body).await.status() == StatusCode::OK;
                calls.record(ok, sent.elapsed());
                acked.push(ok);
                batch += 1;
            }
            (calls, acked)
        }
    });
    let checks = tokio::spawn({
        let app = app.clone();
        async move {
            let mut calls = Calls::default();
            while started.elapsed() < run {
                let sent = Instant::now();
                let response = app
                    .api_post(
                        "/internal/v1/check",
                        &json!({"account": 7, "identifiers": [{"type": "dns", "value": "paused.example"}]}),
                    )
                    .await;
                let ok = response.status() == StatusCode::OK
                    && response.json::<Value>().await.unwrap()["paused"]
                        .as_array()
                        .is_some_and(|p| p.len() == 1);
                calls.record(ok, sent.elapsed());
            }
            calls
        }
    });
    tokio::time::sleep(StdDuration::from_secs(2)).await;
    cluster.kill(1).await;
    let killed = started.elapsed();
    let (sent, acked) = outcomes.await.unwrap();
    let checked = checks.await.unwrap();
    println!(
        "failover at {killed:?}: outcome batches {} ok, {} failed over {:?}, slowest {:?}; \
         checks {} ok, {} failed over {:?}, slowest {:?}",
        sent.ok,
        sent.failed,
        sent.error_window(),
        sent.slowest,
        checked.ok,
        checked.failed,
        checked.error_window(),
        checked.slowest
    );

    // Every call is answered within the pool's timeouts (3 s each, plus
    // the failed attempt that found the node gone), and answering resumes.
    let bound = StdDuration::from_secs(8);
    assert!(sent.slowest < bound && checked.slowest < bound);
    assert!(checked.ok > 0 && sent.ok > 0);
    assert!(
        checked
            .last_failure
            .is_none_or(|last| last.elapsed() > StdDuration::from_millis(500)),
        "checks still failing at the end"
    );
    for (batch, ok) in acked.iter().enumerate() {
        let counted = cluster
            .scalar(
                2,
                &app.db,
                &format!(
                    "SELECT COUNT(*) FROM policy_pairs WHERE identifierValue LIKE '%.b{batch}.fault.test'"
                ),
            )
            .await;
        if *ok {
            assert_eq!(counted, SIZE as i64, "acknowledged batch {batch}");
        } else {
            // Unacknowledged: done whole or not at all (the node may have
            // died after its commit and before the answer).
            assert!(
                counted == 0 || counted == SIZE as i64,
                "batch {batch}: {counted}"
            );
        }
    }
    let states = "SELECT COUNT(DISTINCT state) FROM policy_pairs";
    assert_eq!(
        cluster.scalar(2, &app.db, states).await,
        1,
        "a pair counted twice holds another state"
    );
    cluster.restart(1).await;
}

#[tokio::test]
#[ignore = "needs a Galera cluster: set ACME_UNPAUSE_TEST_GALERA_DIR and pass --include-ignored (scripts/test does)"]
async fn a_restarted_node_rejoins_and_the_portal_writes_through_it_again_without_a_restart() {
    let cluster = Cluster::take().await;
    let app = app_on(&cluster.url, Options::default()).await;
    app.pause(42, &["before.example"]).await;
    cluster.kill(1).await;
    // The standby takes over; the first call may find its connection cut.
    // Some calls may find their connection cut by the failover.
    let pause = |name: String| {
        let app = &app;
        async move {
            for _ in 0..40 {
                let response = app
                    .api_post(
                        "/internal/v1/pause",
                        &json!({"account": 42, "identifiers": [{"type": "dns", "value": name}]}),
                    )
                    .await;
                if response.status() == StatusCode::OK {
                    return;
                }
                tokio::time::sleep(StdDuration::from_millis(250)).await;
            }
            panic!("no pause of {name} within 10 s");
        }
    };
    pause("during.example".into()).await;
    cluster.restart(1).await;
    let commits = cluster.local_commits(1).await;
    // HAProxy sends new connections to node 1 once two checks pass, and
    // cuts the standby's: the pool reconnects on its own.
    let mut after: i64 = 0;
    while cluster.local_commits(1).await == commits {
        assert!(after < 20, "no write reached the rejoined node in 5 s");
        pause(format!("after{after}.example")).await;
        after += 1;
        tokio::time::sleep(StdDuration::from_millis(250)).await;
    }
    let live = "SELECT COUNT(*) FROM paused WHERE registrationID = 42";
    for node in [1, 2, 3] {
        assert_eq!(
            cluster.scalar(node, &app.db, live).await,
            2 + after,
            "node {node}"
        );
    }
}

/// Forwards each new connection on a loopback port to the next of
/// `upstreams` in turn, as a round-robin load balancer does.
async fn round_robin(upstreams: Vec<SocketAddr>) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let next = Arc::new(AtomicUsize::new(0));
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            let upstream = upstreams[next.fetch_add(1, Ordering::Relaxed) % upstreams.len()];
            tokio::spawn(async move {
                if let Ok(mut server) = TcpStream::connect(upstream).await {
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                }
            });
        }
    });
    addr
}

#[tokio::test]
#[ignore = "needs a Galera cluster: set ACME_UNPAUSE_TEST_GALERA_DIR and pass --include-ignored (scripts/test does)"]
async fn two_instances_on_two_nodes_behind_one_address_share_forms_results_and_the_budget() {
    let cluster = Cluster::take().await;
    let key = "11".repeat(32);
    let limits = LimitSettings {
        account_unpauses: 2,
        account_unpause_window: time::Duration::days(30),
        posts_per_minute: 0,
        connections_per_client: 0,
        ..LimitSettings::default()
    };
    // No cached page views: what each instance reads is what its node has.
    let pool = PoolSettings {
        summary_cache: StdDuration::ZERO,
        ..quick_pool()
    };
    // Each instance writes to its own node: both nodes take writes at once,
    // the setup that conflicts at commit.
    let a = app_on(
        &cluster.nodes[&1],
        Options {
            key_hex: Some(key.clone()),
            limits: Some(limits.clone()),
            pool: Some(pool),
            ..Options::default()
        },
    )
    .await;
    let name = a.db.url.rsplit('/').next().unwrap().to_owned();
    let b_url = format!("{}/{name}", cluster.nodes[&2]);
    let b = spawn_app_with(Options {
        db: Db::Mysql,
        prepared: Some((TestDb::borrowed(Db::Mysql, &b_url), b_url)),
        key_hex: Some(key),
        limits: Some(limits),
        pool: Some(pool),
        ..Options::default()
    })
    .await;
    let front = round_robin(vec![
        a.base.trim_start_matches("http://").parse().unwrap(),
        b.base.trim_start_matches("http://").parse().unwrap(),
    ])
    .await;
    let front = format!("http://{front}");
    // A new connection per request, so that requests alternate.
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();

    let mut statuses = Vec::new();
    for round in 0..3 {
        // An unpause counts when it lifts a pause newer than the last
        // counted one; pause times are whole seconds.
        for instance in [&a, &b] {
            instance.clock.advance(time::Duration::minutes(1));
        }
        let name = format!("r{round}.example");
        a.pause(42, &[name.as_str()]).await;
        let jwt = a.link_token(42, &[name.as_str()]);
        // Page from one instance, click on the other, result from the first.
        let page = client
            .get(format!("{front}/sfe/v1/unpause?jwt={jwt}"))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), StatusCode::OK);
        let csrf = csrf_from(&page.text().await.unwrap());
        let click = client
            .post(format!("{front}/sfe/v1/do-unpause"))
            .headers(same_origin(&front))
            .form(&[("jwt", jwt.as_str()), ("csrf", &csrf), ("action", "all")])
            .send()
            .await
            .unwrap();
        statuses.push(click.status());
        if click.status() == StatusCode::SEE_OTHER {
            let result = client
                .get(format!("{front}/sfe/v1/unpause-status"))
                .send()
                .await
                .unwrap();
            let html = result.text().await.unwrap();
            assert!(has_id(&html, "status-done"), "round {round}: {html}");
            // Both instances read it at once, each on its own node:
            // read-your-writes across nodes (wsrep_sync_wait).
            for instance in [&a, &b] {
                let left = instance.paused_values(42).await;
                assert!(!left.contains(&name), "round {round}: {left:?}");
            }
        }
    }
    // Two unpauses in the budget, whichever instance counted them.
    assert_eq!(
        statuses,
        [
            StatusCode::SEE_OTHER,
            StatusCode::SEE_OTHER,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
}
