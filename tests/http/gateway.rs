//! The gateway's own answers, request by request.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use acme_unpause::gateway::jws;
use acme_unpause::settings::GatewaySettings;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::acme_env::*;
use crate::helpers::*;
use crate::proxy::Proxy;

server_db_tests!(
    with_the_database_down_orders_fail_open_or_closed_and_outcomes_wait,
    with_the_database_down_the_gateway_command_counts_what_it_let_through_and_dropped,
);

fn b64(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).unwrap())
}

/// A JWS as an ACME client sends it, signed by nobody: the gateway does not
/// verify signatures (the upstream does).
fn jws_body(kid: &str, payload: &Value) -> String {
    json!({
        "protected": b64(&json!({"alg": "ES256", "kid": kid, "nonce": "n", "url": "u"})),
        "payload": if payload.is_null() { String::new() } else { b64(payload) },
        "signature": "c2lnbmF0dXJl"
    })
    .to_string()
}

fn tls_client(ca: &std::path::Path) -> reqwest::Client {
    let _ = client();
    let cert = reqwest::Certificate::from_pem(&std::fs::read(ca).unwrap()).unwrap();
    reqwest::Client::builder()
        .add_root_certificate(cert)
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_paused_order_gets_the_internal_apis_problem_with_retry_after_help_and_a_nonce() {
    let env = AcmeEnv::start(Options::default()).await;
    let app = &env.app;
    let kid = "https://localhost/my-account/paused-one";
    let account = jws::account_id(kid).unwrap().get();
    app.pause(account, &["paused.example"]).await;
    let order = json!({"identifiers": [
        {"type": "dns", "value": "free.example"},
        {"type": "dns", "value": "paused.example"}
    ]});

    let response = tls_client(&env.ca)
        .post(env.directory.replace("/dir", "/order-plz"))
        .header("content-type", "application/jose+json")
        .body(jws_body(kid, &order))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "application/problem+json");
    assert_eq!(headers["retry-after"], "3600");
    assert_eq!(
        headers["link"].to_str().unwrap(),
        format!("<{}/help>;rel=\"help\"", app.base)
    );
    assert!(
        !headers["replay-nonce"].is_empty(),
        "a fresh nonce from Pebble"
    );
    let body: Value = response.json().await.unwrap();
    let check = app
        .api_post(
            "/internal/v1/check",
            &json!({"account": account, "identifiers": order["identifiers"]}),
        )
        .await;
    let expected: Value = check.json().await.unwrap();
    let expected = &expected["problem"];
    for field in ["type", "detail", "status", "instance", "subproblems"] {
        assert_eq!(body[field], expected[field], "{field}");
    }
}

/// An ACME server stand-in that answers every request with one invalid
/// authorization, counting POSTs (ACME's requests; a GET is the gateway
/// reading the directory): what the gateway reads of it is the point here,
/// not ACME.
async fn invalid_authorization_server(hits: Arc<AtomicUsize>) -> u16 {
    let app = axum::Router::new().fallback(move |request: axum::extract::Request| {
        let hits = hits.clone();
        async move {
            if request.method() == axum::http::Method::POST {
                hits.fetch_add(1, Ordering::SeqCst);
            }
            let path = request.uri().path().to_owned();
            axum::Json(json!({
                "status": "invalid",
                "identifier": {"type": "dns", "value": "polled.example"},
                "challenges": [{"type": "http-01", "status": "invalid",
                                "url": format!("http://ca.test{path}/chall")}]
            }))
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await });
    port
}

#[tokio::test]
async fn a_polled_authorization_counts_once_and_a_second_one_pauses() {
    let hits = Arc::new(AtomicUsize::new(0));
    let upstream = invalid_authorization_server(hits.clone()).await;
    let app = spawn_app_with(Options {
        policy: Some(quick_policy()),
        ..Options::default()
    })
    .await;
    let settings = GatewaySettings {
        upstream: Some(format!("http://127.0.0.1:{upstream}/").parse().unwrap()),
        ..GatewaySettings::default()
    };
    let no_tls = tempfile::tempdir().unwrap();
    let port = serve_gateway(&app, settings, no_tls.path()).await;
    let kid = "https://ca.test/acct/polling";
    let account = jws::account_id(kid).unwrap().get();
    let poll = |authz: &'static str| {
        app.client
            .post(format!("http://127.0.0.1:{port}/authz/{authz}"))
            .header("content-type", "application/jose+json")
            .header("user-agent", "zombie-client/1.0")
            .body(jws_body(kid, &Value::Null))
            .send()
    };
    for _ in 0..3 {
        assert_eq!(poll("first").await.unwrap().status(), StatusCode::OK);
    }
    // Three polls of one failed authorization are one failure: under the
    // test policy's two.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(app.paused_values(account).await.is_empty());

    poll("second").await.unwrap();

    eventually("a second failed authorization pauses", || async {
        app.paused_values(account).await == ["polled.example"]
    })
    .await;
    assert_eq!(
        hits.load(Ordering::SeqCst),
        4,
        "every request reached the upstream"
    );
    let id = acme_unpause::domain::AccountId::new(account).unwrap();
    let events = app.store.audit_events(id, 5).await.unwrap();
    assert_eq!(events[0].actor, "policy");
    assert_eq!(events[0].client_ip.as_deref(), Some("127.0.0.1"));
    assert_eq!(events[0].user_agent.as_deref(), Some("zombie-client/1.0"));
}

/// Behind a load balancer a client's polls reach any instance: the result
/// of one authorization still counts once. The client's declaration that
/// it shows errors reaches the audit trail.
#[tokio::test]
async fn an_authorization_polled_through_two_instances_counts_once() {
    let upstream = invalid_authorization_server(Arc::default()).await;
    let app = spawn_app_with(Options {
        policy: Some(quick_policy()),
        ..Options::default()
    })
    .await;
    let no_tls = tempfile::tempdir().unwrap();
    let instances = [
        serve_gateway(&app, towards(upstream), no_tls.path()).await,
        serve_gateway(&app, towards(upstream), no_tls.path()).await,
    ];
    let kid = "https://ca.test/acct/balanced";
    let account = jws::account_id(kid).unwrap().get();
    let poll = |port: u16, authz: &'static str| {
        app.client
            .post(format!("http://127.0.0.1:{port}/authz/{authz}"))
            .header("content-type", "application/jose+json")
            .header("acme-client-shows-errors", "?1")
            .body(jws_body(kid, &Value::Null))
            .send()
    };
    for port in instances.iter().cycle().take(6) {
        assert_eq!(poll(*port, "first").await.unwrap().status(), StatusCode::OK);
    }
    // The test policy pauses on the second failure; wait until both
    // instances' queues have surely reached the store.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    assert!(
        app.paused_values(account).await.is_empty(),
        "counted more than once"
    );

    poll(instances[1], "second").await.unwrap();
    eventually("a second failed authorization pauses", || async {
        app.paused_values(account).await == ["polled.example"]
    })
    .await;
    let id = acme_unpause::domain::AccountId::new(account).unwrap();
    let events = app.store.audit_events(id, 5).await.unwrap();
    assert_eq!(
        events[0].reason.as_deref(),
        Some("tier test; client shows errors")
    );
}

#[tokio::test]
async fn an_order_of_more_than_a_hundred_names_is_checked_whole() {
    let hits = Arc::new(AtomicUsize::new(0));
    let upstream = invalid_authorization_server(hits.clone()).await;
    let app = spawn_app().await;
    let no_tls = tempfile::tempdir().unwrap();
    let port = serve_gateway(&app, towards(upstream), no_tls.path()).await;
    let kid = "https://ca.test/acct/many-names";
    app.pause(jws::account_id(kid).unwrap().get(), &["n100.example"])
        .await;
    let names: Vec<Value> = (0..=100)
        .map(|i| json!({"type": "dns", "value": format!("n{i:03}.example")}))
        .collect();

    let response = app
        .client
        .post(format!("http://127.0.0.1:{port}/new-order"))
        .header("content-type", "application/jose+json")
        .body(jws_body(kid, &json!({ "identifiers": names })))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        hits.load(Ordering::SeqCst),
        0,
        "the order never reached the upstream"
    );
}

/// A gateway to a plain-HTTP upstream on this loopback port.
fn towards(port: u16) -> GatewaySettings {
    GatewaySettings {
        upstream: Some(format!("http://127.0.0.1:{port}/").parse().unwrap()),
        ..GatewaySettings::default()
    }
}

/// `GET /directory` through a gateway with `settings`, without TLS.
async fn directory_through(app: &TestApp, settings: GatewaySettings) -> reqwest::Response {
    let no_tls = tempfile::tempdir().unwrap();
    let port = serve_gateway(app, settings, no_tls.path()).await;
    app.client
        .get(format!("http://127.0.0.1:{port}/directory"))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_upstream_that_does_not_answer_gets_a_504_problem() {
    let app = spawn_app().await;
    // Accepts connections and never answers.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let upstream = silent.local_addr().unwrap().port();
    let held = tokio::spawn(async move {
        let mut open = Vec::new();
        while let Ok((stream, _)) = silent.accept().await {
            open.push(stream);
        }
    });
    let settings = GatewaySettings {
        upstream_timeout: std::time::Duration::from_millis(300),
        ..towards(upstream)
    };

    let response = directory_through(&app, settings).await;

    assert_eq!(response.status(), StatusCode::GATEWAY_TIMEOUT);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    held.abort();
}

#[tokio::test]
async fn an_unreachable_upstream_gets_a_502_problem() {
    let app = spawn_app().await;

    let response = directory_through(&app, towards(free_port())).await;

    assert_eq!(response.status(), StatusCode::BAD_GATEWAY);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["type"], "urn:ietf:params:acme:error:serverInternal");
    assert_eq!(body["status"], 502);
}

async fn with_the_database_down_orders_fail_open_or_closed_and_outcomes_wait(db: Db) {
    let test_db = TestDb::create(db).await;
    let proxy = Proxy::start(crate::outage::socket_addr(&test_db.url)).await;
    let through = proxy.url_through(&test_db.url);
    let app = spawn_app_with(Options {
        prepared: Some((test_db, through)),
        policy: Some(quick_policy()),
        pool: Some(acme_unpause::store::PoolSettings {
            max_connections: 4,
            acquire_timeout: std::time::Duration::from_secs(1),
            query_timeout: std::time::Duration::from_secs(2),
            ..Default::default()
        }),
        ..Options::default()
    })
    .await;
    let hits = Arc::new(AtomicUsize::new(0));
    let upstream = invalid_authorization_server(hits.clone()).await;
    let no_tls = tempfile::tempdir().unwrap();
    let gateway = |fail_open: bool| GatewaySettings {
        upstream: Some(format!("http://127.0.0.1:{upstream}/").parse().unwrap()),
        fail_open,
        ..GatewaySettings::default()
    };
    let open = serve_gateway(&app, gateway(true), no_tls.path()).await;
    let closed = serve_gateway(&app, gateway(false), no_tls.path()).await;
    let kid = "https://ca.test/acct/outage";
    let account = jws::account_id(kid).unwrap().get();
    let order = jws_body(
        kid,
        &json!({"identifiers": [{"type": "dns", "value": "down.example"}]}),
    );
    let post = |port: u16, path: &str, body: String| {
        app.client
            .post(format!("http://127.0.0.1:{port}{path}"))
            .header("content-type", "application/jose+json")
            .body(body)
            .send()
    };
    proxy.cut();

    let through_open = post(open, "/new-order", order.clone()).await.unwrap();
    let through_closed = post(closed, "/new-order", order.clone()).await.unwrap();

    assert_eq!(
        through_open.status(),
        StatusCode::OK,
        "failing open: the order goes on"
    );
    assert_eq!(through_closed.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        through_closed.headers()["content-type"],
        "application/problem+json"
    );
    assert_eq!(
        hits.load(Ordering::SeqCst),
        1,
        "the refused order never reached the upstream"
    );
    // Two failed authorizations while the database is away wait in memory,
    // and pause the pair once it is back.
    for authz in ["/authz/1", "/authz/2"] {
        let polled = post(open, authz, jws_body(kid, &Value::Null))
            .await
            .unwrap();
        assert_eq!(polled.status(), StatusCode::OK);
    }
    proxy.restore();
    eventually("the queued outcomes are recorded", || async {
        app.store
            .paused_summary(acme_unpause::domain::AccountId::new(account).unwrap(), 10)
            .await
            .is_ok_and(|summary| summary.count == 1)
    })
    .await;
}

#[tokio::test]
async fn the_gateway_command_serves_and_counts_upstream_errors_and_refused_orders() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let upstream = format!("http://127.0.0.1:{}/", free_port());
    let gw = GatewayCommand::start(
        d,
        &["--database-url", "sqlite://gw.db"],
        &["--upstream", &upstream],
    )
    .await;
    let metrics_url = gw.metrics_url("");
    let (mut child, client, listen) = (gw.child, gw.client, gw.listen);

    let proxied = client
        .get(format!("http://127.0.0.1:{listen}/directory"))
        .send()
        .await
        .unwrap();

    assert_eq!(proxied.status(), StatusCode::BAD_GATEWAY);
    // A paused order, refused by the gateway itself.
    let kid = "https://ca.test/acct/metrics";
    let id = jws::account_id(kid).unwrap().get().to_string();
    let db = [
        "--database-url",
        "sqlite://gw.db",
        "pause",
        "--account",
        &id,
    ];
    let paused = crate::cli::run(d, &[&db[..], &["--identifier", "m.example"]].concat());
    assert!(paused.status.success(), "{paused:?}");
    let order = json!({"identifiers": [{"type": "dns", "value": "m.example"}]});
    let refused = client
        .post(format!("http://127.0.0.1:{listen}/new-order"))
        .header("content-type", "application/jose+json")
        .body(jws_body(kid, &order))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let text = get_text(&client, &format!("{metrics_url}/metrics")).await;
    assert!(
        text.lines()
            .any(|l| l == "acme_unpause_gateway_upstream_errors_total 1"),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l == "acme_unpause_gateway_refused_orders_total 1"),
        "{text}"
    );
    child.kill().await.unwrap();
}

/// The counters DEPLOYMENT.md names for a database outage, read from the
/// real binary's /metrics: orders let through unchecked, outcomes queued,
/// outcomes dropped beyond the queue's bound.
async fn with_the_database_down_the_gateway_command_counts_what_it_let_through_and_dropped(db: Db) {
    let test_db = TestDb::create(db).await;
    let migrated = crate::cli::run(
        std::path::Path::new("."),
        &["--database-url", &test_db.url, "migrate"],
    );
    assert!(migrated.status.success(), "{migrated:?}");
    let proxy = Proxy::start(crate::outage::socket_addr(&test_db.url)).await;
    let through = proxy.url_through(&test_db.url);
    let upstream = invalid_authorization_server(Arc::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("gw.toml"),
        "[policy]\nmin_account_age = \"0s\"\n\n[[policy.tiers]]\nname = \"test\"\nevery = \"1h\"\nburst = 1\n",
    )
    .unwrap();
    let upstream = format!("http://127.0.0.1:{upstream}/");
    let gw = GatewayCommand::start(
        d,
        &[
            "--config",
            "gw.toml",
            "--database-url",
            &through,
            "--db-acquire-timeout",
            "1s",
        ],
        &["--upstream", &upstream, "--outcome-queue", "1"],
    )
    .await;
    let metrics_url = gw.metrics_url("/metrics");
    let (mut child, client, listen) = (gw.child, gw.client, gw.listen);
    let kid = "https://ca.test/acct/counted-outage";
    let post = |path: String, payload: Value| {
        client
            .post(format!("http://127.0.0.1:{listen}{path}"))
            .header("content-type", "application/jose+json")
            .body(jws_body(kid, &payload))
            .send()
    };
    proxy.cut();

    let order = json!({"identifiers": [{"type": "dns", "value": "down.example"}]});
    let let_through = post("/new-order".into(), order).await.unwrap();
    assert_eq!(let_through.status(), StatusCode::OK, "failing open");
    let polls = 4;
    for i in 0..polls {
        let polled = post(format!("/authz/{i}"), Value::Null).await.unwrap();
        assert_eq!(polled.status(), StatusCode::OK);
    }
    let counter = |text: &str, name: &str| -> u64 {
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
            .unwrap_or(0)
    };
    let text = get_text(&client, &metrics_url).await;
    assert_eq!(
        counter(&text, "acme_unpause_gateway_checks_failed_open_total"),
        1,
        "{text}"
    );
    let queued = counter(&text, "acme_unpause_gateway_outcomes_total");
    let lost = counter(&text, "acme_unpause_gateway_outcomes_lost_total");
    // The upstream answers the order with a failed authorization too, so
    // there are polls + 1 outcomes. One batch in the retrying task and one
    // in the queue of one wait; the rest is dropped and counted.
    assert_eq!(queued + lost, polls + 1, "{text}");
    assert!(lost >= 1 && queued >= 1, "queued {queued}, lost {lost}");

    proxy.restore();
    let account = jws::account_id(kid).unwrap();
    let store_url = test_db.url.clone();
    eventually("the outcomes that waited are recorded", || async {
        let out = crate::cli::run(
            std::path::Path::new("."),
            &[
                "--database-url",
                &store_url,
                "status",
                "--account",
                &account.get().to_string(),
            ],
        );
        String::from_utf8_lossy(&out.stdout).contains("polled.example")
    })
    .await;
    child.kill().await.unwrap();
}

/// The `acme-unpause gateway` binary in `dir`, with a fresh key, listening
/// and serving metrics on free ports, once its health check answers.
struct GatewayCommand {
    child: tokio::process::Child,
    client: reqwest::Client,
    listen: u16,
    metrics: u16,
}

impl GatewayCommand {
    /// `global` goes before the subcommand, `gateway` after it.
    async fn start(dir: &std::path::Path, global: &[&str], gateway: &[&str]) -> Self {
        let (listen, metrics) = (free_port(), free_port());
        let key = acme_unpause::token::SigningKey::generate().unwrap();
        std::fs::write(dir.join("k.hex"), key.to_hex_line()).unwrap();
        let child = tokio::process::Command::new(crate::cli::BIN)
            .current_dir(dir)
            .args(global)
            .args(["--key-file", "k.hex", "gateway"])
            .args(gateway)
            .args(["--gateway-listen", &format!("127.0.0.1:{listen}")])
            .args(["--metrics-listen", &format!("127.0.0.1:{metrics}")])
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let gw = Self {
            child,
            client: client(),
            listen,
            metrics,
        };
        eventually("the gateway is up", || async {
            gw.client
                .get(gw.metrics_url("/healthz"))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
        })
        .await;
        gw
    }

    fn metrics_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.metrics)
    }
}
