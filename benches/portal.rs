//! The benchmark suite behind BENCHMARKS.md: every figure next to its
//! baseline, measured in one run on this machine.
//!
//!     cargo bench --bench portal                 # the full run
//!     cargo bench --bench portal -- --quick      # seconds, small tables (smoke)
//!     cargo bench --bench portal -- --only 6     # one section (6: the gateway)
//!
//! Sections: 1 page and POST throughput, 2 a 1,000,000-name account, 3 the
//! check call, 4 outcome ingestion, 5 memory and start-up, 6 the gateway's
//! latency, 7 a flood of one link, 8 a Galera cluster beside one MariaDB.
//!
//! MariaDB figures need ACME_UNPAUSE_BENCH_MYSQL_URL (a server URL such as
//! mysql://root@127.0.0.1:3306; a scratch database is created and dropped);
//! cluster figures ACME_UNPAUSE_BENCH_GALERA_URL too (scripts/galera start
//! prints it as GALERA_URL).
//! Everything targets loopback only and stops by itself.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::cast_precision_loss,
    reason = "a benchmark program: failing loudly and printing are its job"
)]

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use acme_unpause::app::App;
use acme_unpause::cli::serve;
use acme_unpause::clock::{Clock, SystemClock};
use acme_unpause::domain::{AccountId, Identifier};
use acme_unpause::settings::{LimitSettings, Settings};
use acme_unpause::store::{self, AuditContext, PauseMode, Schema, Store};
use acme_unpause::token::{self, KeySet, SigningKey};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

#[path = "portal/flood.rs"]
mod flood;
#[path = "portal/gateway.rs"]
mod gateway;

const API_TOKEN: &str = "bench-only-internal-token-0123456789abcdef";

struct Scale {
    quick: bool,
    duration: Duration,
    big_account: usize,
    check_rows: usize,
    mysql_check_rows: usize,
    cluster_check_rows: usize,
    outcomes: u64,
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let scale = if quick {
        Scale {
            quick,
            duration: Duration::from_millis(500),
            big_account: 20_000,
            check_rows: 50_000,
            mysql_check_rows: 20_000,
            cluster_check_rows: 20_000,
            outcomes: 20_000,
        }
    } else {
        Scale {
            quick,
            duration: Duration::from_secs(5),
            big_account: 1_000_000,
            check_rows: 10_000_000,
            mysql_check_rows: 10_000_000,
            cluster_check_rows: 1_000_000,
            outcomes: 1_000_000,
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(run(&scale));
}

async fn run(scale: &Scale) {
    // `-- --only N` runs section N alone (while working on it).
    let args: Vec<String> = std::env::args().collect();
    let only: Option<u32> = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok());
    let on = |section: u32| only.is_none_or(|o| o == section);
    println!(
        "# acme-unpause benchmarks{}",
        if scale.quick {
            " (quick smoke run: figures mean nothing)"
        } else {
            ""
        }
    );
    println!(
        "machine: {} cores, {}",
        std::thread::available_parallelism().map_or(0, usize::from),
        cpu_model()
    );
    if on(0) && only.is_some() {
        // Section 0: the unpause page alone, for a profiler.
        profile_page(scale).await;
    }
    if on(1) {
        throughput(scale).await;
    }
    if on(2) {
        large_account(scale, Backend::Sqlite).await;
        if let Some(url) = mysql_url() {
            large_account(scale, Backend::Mysql(url)).await;
        }
    }
    if on(3) {
        checks(scale, Backend::Sqlite, scale.check_rows, true).await;
        if let Some(url) = mysql_url() {
            checks(scale, Backend::Mysql(url), scale.mysql_check_rows, true).await;
        }
    }
    if on(4) {
        outcomes(scale, Backend::Sqlite).await;
        if let Some(url) = mysql_url() {
            outcomes(scale, Backend::Mysql(url)).await;
        }
    }
    if on(5) {
        memory(scale).await;
    }
    if on(6) {
        gateway::latency(scale).await;
    }
    if on(7) {
        flood::flood(scale).await;
    }
    if on(8)
        && let (Some(single), Some(cluster)) = (mysql_url(), galera_url())
    {
        println!("\n## 8. A three-node Galera cluster beside one MariaDB");
        let rows = scale.cluster_check_rows;
        checks(scale, Backend::Mysql(single), rows, true).await;
        checks(scale, Backend::Mysql(cluster.clone()), rows, true).await;
        checks(scale, Backend::Mysql(cluster.clone()), rows, false).await;
        large_account(scale, Backend::Mysql(cluster)).await;
    }
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

/// Secrets readable by the owner only, as `keygen` writes them.
fn private(path: &std::path::Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

fn mysql_url() -> Option<String> {
    std::env::var("ACME_UNPAUSE_BENCH_MYSQL_URL").ok()
}

fn galera_url() -> Option<String> {
    std::env::var("ACME_UNPAUSE_BENCH_GALERA_URL").ok()
}

#[derive(Clone)]
enum Backend {
    Sqlite,
    Mysql(String),
}

impl Backend {
    fn name(&self) -> &'static str {
        match self {
            Self::Sqlite => "SQLite",
            Self::Mysql(url) if galera_url().as_deref() == Some(url.as_str()) => {
                "the Galera cluster (3 nodes, HAProxy)"
            }
            Self::Mysql(_) => "MariaDB",
        }
    }
}

/// A portal on a fresh database of `backend`, serving on loopback.
struct Portal {
    app: Arc<App>,
    base: SocketAddr,
    internal: SocketAddr,
    keys: KeySet,
    _dir: tempfile::TempDir,
    mysql_db: Option<(String, String)>,
}

impl Portal {
    async fn start(backend: &Backend) -> Self {
        Self::start_with(backend, |_| {}).await
    }

    /// A portal whose settings `adjust` changes first.
    async fn start_with(backend: &Backend, adjust: impl FnOnce(&mut Settings)) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let key = SigningKey::generate().unwrap();
        let key_file = dir.path().join("bench.key");
        let token_file = dir.path().join("api.token");
        for (path, secret) in [
            (&key_file, key.to_hex_line()),
            (&token_file, API_TOKEN.into()),
        ] {
            std::fs::write(path, secret).unwrap();
            private(path);
        }
        let (url, mysql_db) = match backend {
            Backend::Sqlite => (
                format!("sqlite://{}", dir.path().join("bench.db").display()),
                None,
            ),
            Backend::Mysql(server) => {
                let name = format!("acme_unpause_bench_{}", std::process::id());
                let mut conn = <sqlx::MySqlConnection as sqlx::Connection>::connect(server)
                    .await
                    .unwrap();
                sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS `{name}`; CREATE DATABASE `{name}`"
                )))
                .execute(&mut conn)
                .await
                .unwrap();
                (
                    format!("{}/{name}", server.trim_end_matches('/')),
                    Some((server.clone(), name)),
                )
            }
        };
        let settings = Settings {
            database_url: url.clone(),
            db_max_connections: 16,
            db_acquire_timeout: Duration::from_secs(30),
            db_query_timeout: Duration::from_secs(60),
            // Limits would throttle the load generator itself.
            limits: LimitSettings {
                posts_per_minute: 0,
                views_per_minute: 0,
                account_views_per_minute: 0,
                account_unpauses: 0,
                // Every connection comes from 127.0.0.1.
                connections_per_client: 0,
                internal_connections_per_client: 0,
                ..LimitSettings::default()
            },
            key_files: vec![key_file],
            listen: "127.0.0.1:0".parse().unwrap(),
            internal_listen: "127.0.0.1:0".parse().unwrap(),
            internal_token_file: Some(token_file),
            ca_name: "Bench CA".into(),
            staging_url: "https://staging.test/directory".parse().unwrap(),
            forum_url: "https://forum.test/".parse().unwrap(),
            docs_url: "https://docs.test/".parse().unwrap(),
            ..Settings::default()
        };
        let mut settings = settings;
        adjust(&mut settings);
        let pool = settings.pool();
        let open = async move { store::connect(&url, &pool, Schema::Migrate).await };
        let (app, listeners) = serve::start(settings, open, Arc::new(SystemClock))
            .await
            .unwrap();
        let base = listeners.public.local_addr().unwrap();
        let internal = listeners.internal.local_addr().unwrap();
        tokio::spawn(serve::serve(app.clone(), listeners, std::future::pending()));
        Self {
            app,
            base,
            internal,
            keys: KeySet::new(vec![key]).unwrap(),
            _dir: dir,
            mysql_db,
        }
    }

    fn store(&self) -> &Arc<dyn Store> {
        &self.app.store
    }

    fn link_path(&self, account: i64, names: &[&str]) -> String {
        let idents: Vec<Identifier> = names
            .iter()
            .map(|n| Identifier::parse(n).unwrap())
            .collect();
        let jwt = token::mint(
            &self.keys,
            AccountId::new(account).unwrap(),
            &idents,
            SystemClock.now(),
            time::Duration::days(1),
        )
        .unwrap();
        format!("/sfe/v1/unpause?jwt={jwt}")
    }

    async fn pause(&self, account: i64, names: &[String]) {
        let idents: Vec<Identifier> = names
            .iter()
            .map(|n| Identifier::parse(n).unwrap())
            .collect();
        self.store()
            .pause_identifiers(
                AccountId::new(account).unwrap(),
                &idents,
                PauseMode::Force,
                SystemClock.now(),
                &AuditContext::cli(),
                &acme_unpause::store::Notice::default(),
            )
            .await
            .unwrap();
    }

    /// Runs a fixture statement straight on the database.
    async fn execute(&self, sql: &str) {
        let url = &self.app.settings.database_url;
        let sql = sqlx::AssertSqlSafe(sql.to_owned());
        if self.mysql_db.is_some() {
            let mut conn = <sqlx::MySqlConnection as sqlx::Connection>::connect(url)
                .await
                .unwrap();
            sqlx::raw_sql(sql).execute(&mut conn).await.unwrap();
        } else {
            let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect(url)
                .await
                .unwrap();
            sqlx::raw_sql(sql).execute(&mut conn).await.unwrap();
        }
    }

    async fn drop_database(&self) {
        if let Some((server, name)) = &self.mysql_db {
            let mut conn = <sqlx::MySqlConnection as sqlx::Connection>::connect(server)
                .await
                .unwrap();
            let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS `{name}`"
            )))
            .execute(&mut conn)
            .await;
        }
    }
}

/// What a load run measured.
struct Stats {
    requests: u64,
    errors: u64,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Stats {
    fn rate(&self) -> f64 {
        self.requests as f64 / self.elapsed.as_secs_f64()
    }

    fn quantile(&self, q: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let last = self.latencies.len() - 1;
        self.latencies[((last as f64) * q).round() as usize]
    }

    fn line(&self, what: &str, baseline: Option<f64>) -> String {
        let ratio = baseline.map_or(String::new(), |b| {
            format!(" | {:.0}%", 100.0 * self.rate() / b)
        });
        format!(
            "| {what} | {:.0} | {:.2} | {:.2} | {}{ratio} |",
            self.rate(),
            ms(self.quantile(0.5)),
            ms(self.quantile(0.99)),
            self.errors,
        )
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// One request kind for the load generator: builds the next request on a
/// connection, and checks the answer.
#[derive(Clone)]
enum Kind {
    Get(String),
    /// GET with the session cookie the first answer set: a returning visitor.
    GetReturning(String),
    /// The full flow: load the page, post the form, read the result; each
    /// time for the next of these links (each account can be unpaused once).
    PostFlow(Arc<Vec<String>>, Arc<std::sync::atomic::AtomicUsize>),
    /// A check call on the internal API with this body.
    Check(Arc<Vec<Vec<u8>>>),
    /// The unpause form posted again and again from one loaded page, as a
    /// replaying client would: after the first, nothing is left to unpause.
    RepeatPost(String),
}

async fn get(
    sender: &mut hyper::client::conn::http1::SendRequest<Full<Bytes>>,
    addr: SocketAddr,
    path: &str,
    cookie: Option<&str>,
) -> anyhow::Result<(u16, Bytes, Option<String>)> {
    let mut request = hyper::Request::get(path).header(hyper::header::HOST, addr.to_string());
    if let Some(cookie) = cookie {
        request = request.header(hyper::header::COOKIE, cookie);
    }
    let response = sender
        .send_request(request.body(Full::new(Bytes::new()))?)
        .await?;
    let status = response.status().as_u16();
    let set_cookie = response
        .headers()
        .get(hyper::header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(str::to_owned);
    let body = response.into_body().collect().await?.to_bytes();
    Ok((status, body, set_cookie))
}

/// Runs `connections` connections, each sending requests of `kind` one after
/// another, for `duration`; or at `rate` requests/s in total if given.
async fn hammer(
    addr: SocketAddr,
    kind: Kind,
    connections: usize,
    duration: Duration,
    rate: Option<f64>,
) -> Stats {
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for index in 0..connections {
        let (kind, stop) = (kind.clone(), stop.clone());
        tasks.spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0_u64;
            let Ok(tcp) = TcpStream::connect(addr).await else {
                return (latencies, 1);
            };
            let _ = tcp.set_nodelay(true);
            let Ok((mut sender, connection)) =
                hyper::client::conn::http1::handshake::<_, Full<Bytes>>(TokioIo::new(tcp)).await
            else {
                return (latencies, 1);
            };
            tokio::spawn(connection);
            let interval = rate.map(|r| Duration::from_secs_f64(connections as f64 / r));
            let mut next = Instant::now();
            let mut n = index;
            let mut cookie: Option<String> = None;
            let mut form: Option<Form> = None;
            while !stop.load(Ordering::Relaxed) {
                if let Some(interval) = interval {
                    tokio::time::sleep_until(next.into()).await;
                    next += interval;
                }
                let sent = Instant::now();
                let ok = match &kind {
                    // A 429 is no page: it would pass a throttled run off
                    // as a fast one.
                    Kind::Get(path) => {
                        matches!(get(&mut sender, addr, path, None).await, Ok((s, _, _)) if s < 500 && s != 429)
                    }
                    Kind::GetReturning(path) => {
                        match get(&mut sender, addr, path, cookie.as_deref()).await {
                            Ok((status, _, set)) => {
                                if set.is_some() {
                                    cookie = set;
                                }
                                status < 500 && status != 429
                            }
                            Err(_) => false,
                        }
                    }
                    Kind::PostFlow(links, next) => {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        match links.get(i) {
                            Some(path) => post_flow(&mut sender, addr, path).await.is_ok(),
                            None => break,
                        }
                    }
                    Kind::RepeatPost(path) => {
                        if form.is_none() {
                            form = load_form(&mut sender, addr, path).await.ok();
                        }
                        match &form {
                            Some(form) => post_form(&mut sender, addr, form).await.is_ok(),
                            None => false,
                        }
                    }
                    Kind::Check(bodies) => {
                        n += connections;
                        let body = bodies[n % bodies.len()].clone();
                        let request = hyper::Request::post("/internal/v1/check")
                            .header(hyper::header::HOST, addr.to_string())
                            .header(hyper::header::AUTHORIZATION, format!("Bearer {API_TOKEN}"))
                            .header(hyper::header::CONTENT_TYPE, "application/json")
                            .body(Full::new(Bytes::from(body)))
                            .unwrap();
                        match sender.send_request(request).await {
                            Ok(response) => {
                                let ok = response.status().is_success();
                                ok && response.into_body().collect().await.is_ok()
                            }
                            Err(_) => false,
                        }
                    }
                };
                if ok {
                    latencies.push(sent.elapsed());
                } else {
                    errors += 1;
                    if sender.ready().await.is_err() {
                        break;
                    }
                }
            }
            (latencies, errors)
        });
    }
    tokio::time::sleep(duration).await;
    stop.store(true, Ordering::Relaxed);
    let elapsed = started.elapsed();
    let mut stats = Stats {
        requests: 0,
        errors: 0,
        elapsed,
        latencies: Vec::new(),
    };
    while let Some(done) = tasks.join_next().await {
        let (latencies, errors) = done.unwrap();
        stats.requests += latencies.len() as u64;
        stats.errors += errors;
        stats.latencies.extend(latencies);
    }
    stats.latencies.sort_unstable();
    stats
}

/// A loaded unpause page's form: its body and the CSRF cookie.
#[derive(Clone)]
struct Form {
    body: String,
    cookie: String,
}

async fn load_form(
    sender: &mut hyper::client::conn::http1::SendRequest<Full<Bytes>>,
    addr: SocketAddr,
    path: &str,
) -> anyhow::Result<Form> {
    let (status, body, cookie) = get(sender, addr, path, None).await?;
    anyhow::ensure!(status == 200, "page {status}");
    let html = String::from_utf8_lossy(&body);
    let csrf = html
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or_else(|| anyhow::anyhow!("no csrf"))?
        .to_owned();
    let cookie = cookie.ok_or_else(|| anyhow::anyhow!("no CSRF cookie"))?;
    let jwt = path.split_once("jwt=").map(|(_, j)| j).unwrap_or_default();
    Ok(Form {
        body: format!("jwt={jwt}&csrf={csrf}&action=all"),
        cookie,
    })
}

/// Posts the form; returns the result cookie the answer set.
async fn post_form(
    sender: &mut hyper::client::conn::http1::SendRequest<Full<Bytes>>,
    addr: SocketAddr,
    form: &Form,
) -> anyhow::Result<String> {
    let request = hyper::Request::post("/sfe/v1/do-unpause")
        .header(hyper::header::HOST, addr.to_string())
        .header(hyper::header::ORIGIN, format!("http://{addr}"))
        .header(hyper::header::COOKIE, &form.cookie)
        .header(
            hyper::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .body(Full::new(Bytes::from(form.body.clone())))?;
    let response = sender.send_request(request).await?;
    anyhow::ensure!(response.status() == 303, "post {}", response.status());
    let result = response
        .headers()
        .get(hyper::header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
        .ok_or_else(|| anyhow::anyhow!("no result cookie"))?;
    let _ = response.into_body().collect().await?;
    Ok(result)
}

async fn post_flow(
    sender: &mut hyper::client::conn::http1::SendRequest<Full<Bytes>>,
    addr: SocketAddr,
    path: &str,
) -> anyhow::Result<()> {
    let form = load_form(sender, addr, path).await?;
    let result = post_form(sender, addr, &form).await?;
    let (status, _, _) = get(sender, addr, "/sfe/v1/unpause-status", Some(&result)).await?;
    anyhow::ensure!(status == 200, "status {status}");
    Ok(())
}

/// A bare axum handler returning a constant: what the machine and the load
/// generator can do with no portal at all.
async fn baseline_server() -> SocketAddr {
    let router = axum::Router::new().route("/", axum::routing::get(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    addr
}

async fn profile_page(scale: &Scale) {
    let portal = Portal::start(&Backend::Sqlite).await;
    let names: Vec<String> = (0..20).map(|i| format!("n{i}.example")).collect();
    portal.pause(42, &names).await;
    let page = portal.link_path(42, &["n0.example"]);
    let stats = hammer(portal.base, Kind::Get(page), 32, scale.duration * 10, None).await;
    println!("{}", stats.line("unpause page, valid link", None));
}

async fn throughput(scale: &Scale) {
    println!(
        "\n## 1. Portal throughput (SQLite), {:?} per run",
        scale.duration
    );
    let baseline_addr = baseline_server().await;
    let portal = Portal::start(&Backend::Sqlite).await;
    let names: Vec<String> = (0..20).map(|i| format!("n{i}.example")).collect();
    portal.pause(42, &names).await;
    let page = portal.link_path(42, &["n0.example"]);
    let invalid = format!("{}x", page);
    // One paused account per POST flow: each flow unpauses its account.
    let flows = if scale.quick { 5_000 } else { 100_000 };
    insert_paused(
        &portal,
        &Backend::Sqlite,
        (0..flows).map(|i| (100_000 + i as i64, "a.example".to_owned())),
        flows,
    )
    .await;
    let mut flow_links: Vec<String> = (0..flows)
        .map(|i| portal.link_path(100_000 + i as i64, &["a.example"]))
        .collect();
    let mut base32 = 0.0;
    for connections in [32, 256] {
        println!(
            "\n{connections} connections\n\n| what | req/s | p50 ms | p99 ms | errors | vs baseline |\n|---|---|---|---|---|---|"
        );
        let base = hammer(
            baseline_addr,
            Kind::Get("/".into()),
            connections,
            scale.duration,
            None,
        )
        .await;
        println!("{}", base.line("bare axum handler (baseline)", None));
        if connections == 32 {
            base32 = base.rate();
        }
        // An account of its own per round: its first post unpauses it, and
        // the page's account stays paused.
        let replay_account = 43 + i64::try_from(connections).unwrap_or(0);
        portal.pause(replay_account, &names).await;
        let replay = portal.link_path(replay_account, &["n0.example"]);
        for (what, kind) in [
            ("unpause page, valid link", Kind::Get(page.clone())),
            (
                "unpause page, returning visitor",
                Kind::GetReturning(page.clone()),
            ),
            ("invalid-link page", Kind::Get(invalid.clone())),
            ("/help", Kind::Get("/help".into())),
            ("static asset", Kind::Get("/static/style.css".into())),
            (
                "unpause POST, replayed (nothing left to unpause)",
                Kind::RepeatPost(replay.clone()),
            ),
        ] {
            let stats = hammer(portal.base, kind, connections, scale.duration, None).await;
            println!("{}", stats.line(what, Some(base.rate())));
        }
        let links = Arc::new(flow_links.clone());
        let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let flow = hammer(
            portal.base,
            Kind::PostFlow(links, next.clone()),
            connections,
            scale.duration,
            None,
        )
        .await;
        flow_links.drain(..next.load(Ordering::Relaxed).min(flow_links.len()));
        println!(
            "{}",
            flow.line("full POST flow (page, post, result)", Some(base.rate()))
        );
    }
    if let Some(url) = mysql_url() {
        mysql_throughput(scale, &Backend::Mysql(url), base32, flows).await;
    }
    let peak = hammer(
        portal.base,
        Kind::Get(page.clone()),
        32,
        scale.duration,
        None,
    )
    .await
    .rate();
    let half = hammer(
        portal.base,
        Kind::Get(page),
        32,
        scale.duration,
        Some(peak / 2.0),
    )
    .await;
    println!(
        "\nunpause page at half of peak ({:.0} of {peak:.0} req/s): p50 {:.2} ms, p99 {:.2} ms",
        half.rate(),
        ms(half.quantile(0.5)),
        ms(half.quantile(0.99))
    );
}

/// The page and the POST flow on MariaDB, 32 connections, against the
/// baseline measured in the same run.
async fn mysql_throughput(scale: &Scale, backend: &Backend, baseline: f64, flows: usize) {
    let portal = Portal::start(backend).await;
    let names: Vec<String> = (0..20).map(|i| format!("n{i}.example")).collect();
    portal.pause(42, &names).await;
    insert_paused(
        &portal,
        backend,
        (0..flows).map(|i| (100_000 + i as i64, "a.example".to_owned())),
        flows,
    )
    .await;
    let links: Vec<String> = (0..flows)
        .map(|i| portal.link_path(100_000 + i as i64, &["a.example"]))
        .collect();
    println!(
        "\nMariaDB, 32 connections\n\n| what | req/s | p50 ms | p99 ms | errors | vs baseline |\n|---|---|---|---|---|---|"
    );
    portal.pause(43, &names).await;
    let page = portal.link_path(42, &["n0.example"]);
    let stats = hammer(portal.base, Kind::Get(page), 32, scale.duration, None).await;
    println!(
        "{}",
        stats.line("unpause page, valid link (MariaDB)", Some(baseline))
    );
    let replay = portal.link_path(43, &["n0.example"]);
    let stats = hammer(
        portal.base,
        Kind::RepeatPost(replay),
        32,
        scale.duration,
        None,
    )
    .await;
    println!(
        "{}",
        stats.line("unpause POST, replayed (MariaDB)", Some(baseline))
    );
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let flow = hammer(
        portal.base,
        Kind::PostFlow(Arc::new(links), next),
        32,
        scale.duration,
        None,
    )
    .await;
    println!(
        "{}",
        flow.line(
            "full POST flow (page, post, result) (MariaDB)",
            Some(baseline)
        )
    );
    portal.drop_database().await;
}

/// Bulk insert of `count` paused rows straight into the table (fixtures:
/// the store's own path pauses a few hundred names per transaction).
async fn insert_paused(
    portal: &Portal,
    backend: &Backend,
    rows: impl Iterator<Item = (i64, String)>,
    count: usize,
) {
    let started = Instant::now();
    let at = "2026-01-01 00:00:00";
    let url = portal.app.settings.database_url.clone();
    let mut rows = rows.peekable();
    const CHUNK: usize = 1000;
    // Multi-row statements with the (generated, quote-free) values written
    // in: a fixture of ten million rows in seconds, not minutes.
    let statement = |chunk: &[(i64, String)]| {
        let verb = match backend {
            Backend::Sqlite => "INSERT OR IGNORE",
            Backend::Mysql(_) => "INSERT IGNORE",
        };
        let mut sql = format!("{verb} INTO paused VALUES ");
        for (i, (account, value)) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(',');
            }
            sql.push_str(&format!("({account},0,'{value}','{at}',NULL)"));
        }
        sqlx::AssertSqlSafe(sql)
    };
    let mut done = 0;
    match backend {
        Backend::Sqlite => {
            let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect(&url)
                .await
                .unwrap();
            while rows.peek().is_some() {
                let mut tx = sqlx::Connection::begin(&mut conn).await.unwrap();
                for _ in 0..100 {
                    let chunk: Vec<(i64, String)> = rows.by_ref().take(CHUNK).collect();
                    if chunk.is_empty() {
                        break;
                    }
                    sqlx::raw_sql(statement(&chunk))
                        .execute(&mut *tx)
                        .await
                        .unwrap();
                    done += chunk.len();
                }
                tx.commit().await.unwrap();
                progress(done, count, started);
            }
        }
        Backend::Mysql(_) => {
            let mut conn = <sqlx::MySqlConnection as sqlx::Connection>::connect(&url)
                .await
                .unwrap();
            while rows.peek().is_some() {
                let chunk: Vec<(i64, String)> = rows.by_ref().take(CHUNK).collect();
                sqlx::raw_sql(statement(&chunk))
                    .execute(&mut conn)
                    .await
                    .unwrap();
                done += chunk.len();
                if done % 200_000 < CHUNK {
                    progress(done, count, started);
                }
            }
        }
    }
    eprintln!(
        "  inserted {count} rows in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

fn progress(done: usize, count: usize, started: Instant) {
    eprintln!(
        "  … {done} of {count} rows ({:.0} s)",
        started.elapsed().as_secs_f64()
    );
}

async fn large_account(scale: &Scale, backend: Backend) {
    let n = scale.big_account;
    println!(
        "\n## 2. Large integrator on {}: one account with {n} paused names",
        backend.name()
    );
    // No summary cache: each load is the database read a first view costs.
    let portal = Portal::start_with(&backend, |s| s.db_summary_cache = Duration::ZERO).await;
    insert_paused(
        &portal,
        &backend,
        (0..n).map(|i| (7, format!("host{i:07}.example.net"))),
        n,
    )
    .await;
    let others: Vec<String> = (0..20).map(|i| format!("n{i}.example")).collect();
    portal.pause(8, &others).await;
    let big_page = portal.link_path(7, &["host0000000.example.net"]);
    let page_loads = |state: &'static str| {
        let page = big_page.clone();
        let base = portal.base;
        async move {
            let loads = hammer(base, Kind::Get(page), 1, scale.duration, None).await;
            println!(
                "page load for that account, {state}: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({} loads, one at a time, no cache)",
                ms(loads.quantile(0.5)),
                ms(loads.quantile(0.99)),
                ms(loads.quantile(1.0)),
                loads.requests
            );
        }
    };
    page_loads("every name paused").await;
    // Another account's page, 50 loads a second, while the big unpause runs.
    let other_page = portal.link_path(8, &["n0.example"]);
    let base = portal.base;
    let stop = Arc::new(AtomicBool::new(false));
    let halt = stop.clone();
    let meanwhile = tokio::spawn(async move {
        let tcp = TcpStream::connect(base).await.unwrap();
        let (mut sender, connection) =
            hyper::client::conn::http1::handshake::<_, Full<Bytes>>(TokioIo::new(tcp))
                .await
                .unwrap();
        tokio::spawn(connection);
        let mut latencies = Vec::new();
        while !halt.load(Ordering::Relaxed) {
            let sent = Instant::now();
            if matches!(
                get(&mut sender, base, &other_page, None).await,
                Ok((200, _, _))
            ) {
                latencies.push(sent.elapsed());
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        latencies.sort_unstable();
        latencies
    });
    let store = portal.store().clone();
    let batches = Arc::new(std::sync::Mutex::new(Vec::new()));
    let last = Arc::new(std::sync::Mutex::new(Instant::now()));
    let (b, l) = (batches.clone(), last.clone());
    let started = Instant::now();
    *last.lock().unwrap() = started;
    let progress = move |_done: u64| {
        let now = Instant::now();
        let mut last = l.lock().unwrap();
        b.lock().unwrap().push(now - *last);
        *last = now;
    };
    let done = store
        .unpause_all(
            AccountId::new(7).unwrap(),
            SystemClock.now(),
            &AuditContext::cli(),
            &progress,
        )
        .await
        .unwrap();
    let took = started.elapsed();
    stop.store(true, Ordering::Relaxed);
    let others = meanwhile.await.unwrap();
    let quantile = |q: f64| {
        others
            .get(((others.len().max(1) - 1) as f64 * q) as usize)
            .copied()
            .unwrap_or_default()
    };
    println!(
        "another account's page meanwhile: {} loads, p50 {:.2} ms, p99 {:.2} ms",
        others.len(),
        ms(quantile(0.5)),
        ms(quantile(0.99))
    );
    let mut batches = batches.lock().unwrap().clone();
    batches.sort_unstable();
    println!(
        "unpause all: {} names in {:.2} s, {} batches; batch time p50 {:.0} ms, max {:.0} ms; longest transaction (begin to commit) {:.0} ms",
        done.names,
        took.as_secs_f64(),
        batches.len(),
        ms(batches.get(batches.len() / 2).copied().unwrap_or_default()),
        ms(batches.last().copied().unwrap_or_default()),
        ms(done.longest_batch),
    );
    page_loads("nothing paused").await;
    // The later half paused again: the first listed name comes after half
    // a million unpaused rows in key order.
    let half = format!("host{:07}.example.net", n / 2);
    portal
        .execute(&format!(
            "UPDATE paused SET unpausedAt = NULL WHERE registrationID = 7 AND identifierValue >= '{half}'"
        ))
        .await;
    page_loads("the later half paused").await;
    portal.drop_database().await;
}

/// `sync_wait`: the `db_sync_wait` setting (matters on Galera only).
async fn checks(scale: &Scale, backend: Backend, rows: usize, sync_wait: bool) {
    println!(
        "\n## 3. Check calls (10 names) against a paused table of {rows} rows on {}{}",
        backend.name(),
        if sync_wait { "" } else { ", db_sync_wait off" }
    );
    let portal = Portal::start_with(&backend, |s| s.db_sync_wait = sync_wait).await;
    // 100,000 accounts with rows/100,000 names each.
    let per_account = (rows / 100_000).max(1);
    let accounts = rows / per_account;
    insert_paused(
        &portal,
        &backend,
        (0..accounts).flat_map(move |a| {
            (0..per_account).map(move |i| (a as i64 + 1, format!("name{i}.acct{a}.example")))
        }),
        rows,
    )
    .await;
    // Half the checks ask about paused names, half about others.
    let bodies: Vec<Vec<u8>> = (0..1000)
        .map(|i| {
            let account = (i * 7919) % accounts + 1;
            let names: Vec<serde_json::Value> = (0..10)
                .map(|j| {
                    let value = if j % 2 == 0 {
                        format!("name{}.acct{}.example", j % per_account, account - 1)
                    } else {
                        format!("other{j}.example")
                    };
                    serde_json::json!({"type": "dns", "value": value})
                })
                .collect();
            serde_json::to_vec(&serde_json::json!({"account": account, "identifiers": names}))
                .unwrap()
        })
        .collect();
    let stats = hammer(
        portal.internal,
        Kind::Check(Arc::new(bodies)),
        32,
        scale.duration,
        None,
    )
    .await;
    println!(
        "checks/s {:.0}, p50 {:.2} ms, p99 {:.2} ms, errors {}",
        stats.rate(),
        ms(stats.quantile(0.5)),
        ms(stats.quantile(0.99)),
        stats.errors
    );
    portal.drop_database().await;
}

async fn outcomes(scale: &Scale, backend: Backend) {
    println!(
        "\n## 4. Outcome ingestion through the internal API ({})",
        backend.name()
    );
    let portal = Portal::start(&backend).await;
    let spec = acme_unpause::loadgen::LoadSpec {
        accounts: 100_000,
        names_per_account: 20,
        outcomes: scale.outcomes,
        max_duration: if scale.quick {
            Duration::from_secs(2)
        } else {
            Duration::from_secs(60)
        },
        batch: 1000,
        concurrency: 4,
        ..Default::default()
    };
    let report = acme_unpause::loadgen::run(portal.internal, API_TOKEN, &spec, SystemClock.now())
        .await
        .unwrap();
    println!(
        "{} outcomes in {:.1} s: {:.0} outcomes/s; batch of 1000 p50 {:.0} ms, p99 {:.0} ms; {} errors; {} pairs paused",
        report.sent,
        report.elapsed.as_secs_f64(),
        report.rate(),
        ms(report.latency(0.5)),
        ms(report.latency(0.99)),
        report.errors,
        report.paused
    );
    if portal.mysql_db.is_some() {
        portal.drop_database().await;
        return;
    }
    let url = portal.app.settings.database_url.clone();
    let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect(&url)
        .await
        .unwrap();
    let (pairs, bytes): (i64, f64) = sqlx::query_as(
        "SELECT COUNT(*), AVG(8 + 2 + LENGTH(identifierValue) + LENGTH(state) + LENGTH(lastOutcome)) FROM policy_pairs",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    println!(
        "policy state: {pairs} pairs, {bytes:.0} bytes of column data per pair on average (before index and page overhead)"
    );
}

fn proc_status(pid: u32, field: &str) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .map(|l| l[field.len()..].trim().to_owned())
        .unwrap_or_default()
}

async fn memory(scale: &Scale) {
    println!("\n## 5. Memory and start-up of the `serve` binary (SQLite)");
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let bin = env!("CARGO_BIN_EXE_acme-unpause");
    let key = SigningKey::generate().unwrap();
    std::fs::write(d.join("k.hex"), key.to_hex_line()).unwrap();
    private(&d.join("k.hex"));
    let db = format!("sqlite://{}", d.join("m.db").display());
    let migrate = std::process::Command::new(bin)
        .args(["--database-url", &db, "migrate"])
        .output()
        .unwrap();
    assert!(migrate.status.success());
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let listen = format!("127.0.0.1:{port}");
    // The 256 connections all come from 127.0.0.1.
    let config = d.join("c.toml");
    std::fs::write(&config, "[limits]\nconnections_per_client = 0\n").unwrap();
    let started = Instant::now();
    let mut child = tokio::process::Command::new(bin)
        .arg("--config")
        .arg(&config)
        .args(["--database-url", &db, "--key-file"])
        .arg(d.join("k.hex"))
        .args([
            "--listen",
            &listen,
            "--internal-listen",
            "127.0.0.1:0",
            "serve",
        ])
        .env("ACME_UNPAUSE_LOG", "warn")
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let addr: SocketAddr = listen.parse().unwrap();
    let client_ready = loop {
        if let Ok(tcp) = TcpStream::connect(addr).await
            && let Ok((mut sender, connection)) =
                hyper::client::conn::http1::handshake::<_, Full<Bytes>>(TokioIo::new(tcp)).await
        {
            tokio::spawn(connection);
            if matches!(
                get(&mut sender, addr, "/healthz", None).await,
                Ok((200, _, _))
            ) {
                break started.elapsed();
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "serve did not start"
        );
        tokio::time::sleep(Duration::from_millis(2)).await;
    };
    let pid = child.id().unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    println!(
        "start-up to the first served request: {:.0} ms (migrated database)",
        ms(client_ready)
    );
    println!("resident idle: {}", proc_status(pid, "VmRSS:"));
    let load = hammer(addr, Kind::Get("/help".into()), 256, scale.duration, None).await;
    println!(
        "under 256 connections on /help ({:.0} req/s): resident {} now, peak {}",
        load.rate(),
        proc_status(pid, "VmRSS:"),
        proc_status(pid, "VmHWM:")
    );
    let _ = child.kill().await;
}
