//! Hostile input over real HTTP. Each request gets a clear 4xx page or
//! problem document, never a 5xx, and nothing it does unpauses an account
//! its link is not for, or writes half a change.

use std::time::Duration as StdDuration;

use reqwest::{Method, StatusCode};
use time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::*;

db_tests!(concurrent_and_repeated_submits_unpause_once_and_only_their_account);

/// The two accounts every test pauses: the link's own (42) and a
/// bystander (43) that no request may touch.
async fn two_paused_accounts(app: &TestApp) {
    app.pause(42, &["a.example", "b.example"]).await;
    app.pause(43, &["a.example", "c.example"]).await;
}

async fn assert_nothing_unpaused(app: &TestApp) {
    assert_eq!(app.paused_values(42).await, ["a.example", "b.example"]);
    assert_eq!(app.paused_values(43).await, ["a.example", "c.example"]);
    for account_id in [42, 43] {
        let events = app
            .store
            .audit_events(account(account_id), 10)
            .await
            .unwrap();
        assert!(events.iter().all(|e| e.action == "pause"), "{events:?}");
    }
}

fn assert_client_error(status: StatusCode, what: &str) {
    assert!(status.is_client_error(), "{what}: {status}");
}

/// A token with these claims, valid in every other respect.
fn payload(app: &TestApp, sub: &str, identifiers: &str) -> String {
    let exp = (app.clock.now() + Duration::days(1)).unix_timestamp();
    serde_json::json!({
        "aud": "SFE Unpause", "exp": exp, "iat": app.clock.now().unix_timestamp(),
        "identifiers": identifiers, "iss": "WFE", "sub": sub, "version": "v1",
    })
    .to_string()
}

/// GETs the page and POSTs the form with `jwt`, as a browser holding a
/// valid session for the real link of account 42 would.
async fn try_token(app: &TestApp, jwt: &str, what: &str) {
    let page = app.get_unpause(jwt).await;
    assert_client_error(page.status(), what);
    let html = page.text().await.unwrap();
    assert!(!html.contains("<script>"), "{what}: markup reflected");
    let real = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&real).await;
    let posted = app
        .post_do_unpause(&[("jwt", jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_client_error(posted.status(), what);
}

#[tokio::test]
async fn forged_and_malformed_links_get_400_and_unpause_nothing() {
    let app = spawn_app().await;
    two_paused_accounts(&app).await;
    let good = payload(&app, "42", "a.example");
    let other_key = {
        let other = spawn_app().await;
        other.sign_raw(r#"{"alg":"HS256","kid":"portal-key-1"}"#, &good)
    };
    let b64 = |text: &str| {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
    };
    let huge_header = format!(r#"{{"alg":"HS256","x":"{}"}}"#, "A".repeat(20_000));
    let cases: Vec<(&str, String)> = vec![
        (
            "alg none",
            format!("{}.{}.", b64(r#"{"alg":"none"}"#), b64(&good)),
        ),
        ("alg none, signed", app.sign_raw(r#"{"alg":"none"}"#, &good)),
        ("HS512 header", app.sign_raw(r#"{"alg":"HS512"}"#, &good)),
        // The HMAC key presented as if it were an RSA public key.
        ("RS256 header", app.sign_raw(r#"{"alg":"RS256"}"#, &good)),
        ("kid of another key", other_key),
        ("huge header", app.sign_raw(&huge_header, &good)),
        (
            "sub as text",
            app.sign_raw(
                r#"{"alg":"HS256"}"#,
                &payload(&app, "42 OR 1=1", "a.example"),
            ),
        ),
        ("invalid UTF-8", "%FF%FE%FD.%C0%AF.x".to_owned()),
        ("empty", String::new()),
    ];
    for (what, jwt) in &cases {
        try_token(&app, jwt, what).await;
    }
    assert_nothing_unpaused(&app).await;

    // Signed by the portal's own key, odd identifiers are Boulder's business
    // (its vectors accept them); the page shows the live names, and never
    // echoes the token's text as markup.
    let many = (0..1_000)
        .map(|i| format!("n{i}.example"))
        .collect::<Vec<_>>()
        .join(",");
    for (what, identifiers) in [
        ("markup", "<script>alert(1)</script>"),
        ("control characters", "a.example\u{0}\u{1b}[31m"),
        ("a thousand names", many.as_str()),
    ] {
        let jwt = app.sign_raw(r#"{"alg":"HS256"}"#, &payload(&app, "42", identifiers));
        let page = app.get_unpause(&jwt).await;
        assert!(!page.status().is_server_error(), "{what}");
        let html = page.text().await.unwrap();
        assert!(
            !html.contains("<script>") && !html.contains('\u{1b}'),
            "{what} reflected"
        );
    }
}

#[tokio::test]
async fn a_link_never_reaches_names_of_another_account() {
    let app = spawn_app().await;
    two_paused_accounts(&app).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    // c.example is paused for 43 only; a.example for both.
    let response = app
        .post_selected(&jwt, &csrf, &["dns:c.example", "dns:a.example"])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.paused_values(42).await, ["b.example"]);
    assert_eq!(app.paused_values(43).await, ["a.example", "c.example"]);
}

/// Sends raw bytes and returns the status code of the answer, if any came
/// before the server closed the connection.
async fn raw_status(base: &str, request: &[u8]) -> Option<u16> {
    let mut stream = TcpStream::connect(base.trim_start_matches("http://"))
        .await
        .unwrap();
    // The server may answer and close before all of a huge request is read.
    let _ = stream.write_all(request).await;
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(StdDuration::from_secs(10), stream.read_to_end(&mut answer)).await;
    let text = String::from_utf8_lossy(&answer);
    text.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()
}

#[tokio::test]
async fn oversized_requests_are_refused_with_4xx() {
    let app = spawn_app().await;
    two_paused_accounts(&app).await;
    let big = "A".repeat(1024 * 1024);
    let long_query =
        format!("GET /sfe/v1/unpause?jwt={big} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    let huge_header =
        format!("GET / HTTP/1.1\r\nHost: x\r\nCookie: a={big}\r\nConnection: close\r\n\r\n");
    for (what, request) in [("1 MiB query", long_query), ("1 MiB header", huge_header)] {
        if let Some(status) = raw_status(&app.base, request.as_bytes()).await {
            assert!((400..500).contains(&status), "{what}: {status}");
        }
    }
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    let form = format!("jwt={jwt}&csrf={csrf}&action=all&pad={big}{big}");
    for path in ["/sfe/v1/do-unpause", "/find-link"] {
        let response = app
            .client
            .post(app.url(path))
            .headers(same_origin(&app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        assert!(has_id(&response.text().await.unwrap(), "error-too-large"));
    }
    let response = app
        .client
        .post(format!("{}/internal/v1/pause", app.internal))
        .bearer_auth(API_TOKEN)
        .header("content-type", "application/json")
        .body(format!(r#"{{"account":1,"reason":"{big}{big}"}}"#))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // Ten thousand ticked names: more than one request may name.
    let mut form = vec![
        ("jwt", jwt.as_str()),
        ("csrf", csrf.as_str()),
        ("action", "selected"),
    ];
    let names: Vec<String> = (0..10_000).map(|i| format!("dns:n{i}.example")).collect();
    form.extend(names.iter().map(|n| ("name", n.as_str())));
    let response = app.post_do_unpause(&form).await;
    assert_client_error(response.status(), "10,000 names");
    assert_nothing_unpaused(&app).await;
}

#[tokio::test]
async fn a_client_sending_its_body_slowly_is_cut_off_with_400() {
    let app = spawn_app_with(Options {
        limits: Some(acme_unpause::settings::LimitSettings {
            body_timeout: StdDuration::from_secs(1),
            ..Default::default()
        }),
        ..Options::default()
    })
    .await;
    two_paused_accounts(&app).await;
    let mut stream = TcpStream::connect(app.base.trim_start_matches("http://"))
        .await
        .unwrap();
    stream
        .write_all(
            b"POST /sfe/v1/do-unpause HTTP/1.1\r\nHost: x\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\njwt=",
        )
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let mut answer = vec![0; 64];
    let read = tokio::time::timeout(StdDuration::from_secs(10), stream.read(&mut answer))
        .await
        .expect("the server must answer a stalled body")
        .unwrap();
    let head = String::from_utf8_lossy(&answer[..read]).into_owned();
    assert!(head.starts_with("HTTP/1.1 4"), "{head}");
    assert!(started.elapsed() < StdDuration::from_secs(8));
    assert_nothing_unpaused(&app).await;
}

#[tokio::test]
async fn other_methods_and_escaping_paths_get_4xx_pages() {
    let app = spawn_app().await;
    two_paused_accounts(&app).await;
    let jwt = app.link_token(42, &["a.example"]);
    for method in ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"] {
        for path in ["/sfe/v1/do-unpause", "/sfe/v1/unpause", "/", "/find-link"] {
            let response = app
                .client
                .request(
                    Method::from_bytes(method.as_bytes()).unwrap(),
                    app.url(&format!("{path}?jwt={jwt}")),
                )
                .headers(same_origin(&app.base))
                .send()
                .await
                .unwrap();
            assert_eq!(
                response.status(),
                StatusCode::METHOD_NOT_ALLOWED,
                "{method} {path}"
            );
        }
    }
    for path in [
        "/static/..%2f..%2fCargo.toml",
        "/static/%2e%2e%2fsrc%2fmain.rs",
        "/static/style.css%00.html",
        "/static//etc/passwd",
        "/static/..\\..\\Cargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
    ] {
        let status = raw_status(
            &app.base,
            format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .await
        .unwrap();
        assert!((400..500).contains(&status), "{path}: {status}");
    }
    assert_nothing_unpaused(&app).await;
}

async fn concurrent_and_repeated_submits_unpause_once_and_only_their_account(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause_numbered(42, 50).await;
    app.pause(43, &["a.example", "c.example"]).await;
    let jwt = app.link_token(42, &["n00.example"]);
    let csrf = app.open_page(&jwt).await;
    let form = [
        ("jwt", jwt.as_str()),
        ("csrf", csrf.as_str()),
        ("action", "all"),
    ];
    // Eight clicks in flight at once, from the same session.
    let mut clicks = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let request = app
            .client
            .post(app.url("/sfe/v1/do-unpause"))
            .headers(same_origin(&app.base))
            .form(&form);
        clicks.spawn(async move { request.send().await.unwrap().status() });
    }
    while let Some(status) = clicks.join_next().await {
        let status = status.unwrap();
        assert!(
            status == StatusCode::SEE_OTHER || status.is_client_error(),
            "{status}"
        );
    }
    // And again, one after another, as an impatient visitor would.
    for _ in 0..3 {
        let status = app.post_do_unpause(&form).await.status();
        assert!(
            status == StatusCode::SEE_OTHER || status.is_client_error(),
            "{status}"
        );
    }
    assert!(app.summary(42).await.is_empty());
    assert_eq!(app.paused_values(43).await, ["a.example", "c.example"]);
    let unpaused: u64 = app
        .store
        .audit_events(account(42), 100)
        .await
        .unwrap()
        .iter()
        .filter(|e| e.action == "unpause")
        .map(|e| e.count)
        .sum();
    assert_eq!(unpaused, 50, "each name unpaused once");
}

#[tokio::test]
async fn a_client_sending_its_headers_slowly_is_disconnected() {
    let app = spawn_app().await;
    let mut stream = TcpStream::connect(app.base.trim_start_matches("http://"))
        .await
        .unwrap();
    stream
        .write_all(b"GET /help HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let mut answer = Vec::new();
    // The server's header-read timeout is 10 s; nothing more is ever sent.
    tokio::time::timeout(StdDuration::from_secs(20), stream.read_to_end(&mut answer))
        .await
        .expect("the server must close a connection whose headers never end")
        .unwrap();
    let waited = started.elapsed();
    assert!(
        waited >= StdDuration::from_secs(9),
        "closed early: {waited:?}"
    );
    let head = String::from_utf8_lossy(&answer);
    assert!(
        head.is_empty() || head.starts_with("HTTP/1.1 408"),
        "{head}"
    );
}

#[tokio::test]
async fn requests_without_exactly_one_host_get_400_on_both_listeners() {
    let app = spawn_app().await;
    for (base, path) in [(&app.base, "/help"), (&app.internal, "/healthz")] {
        let ask =
            |headers: &str| format!("GET {path} HTTP/1.1\r\n{headers}Connection: close\r\n\r\n");
        let cases = [
            ("no Host", ask(""), 400),
            ("two equal Hosts", ask("Host: x\r\nHost: x\r\n"), 400),
            ("two Hosts", ask("Host: a.test\r\nHost: b.test\r\n"), 400),
            ("user information", ask("Host: u@x\r\n"), 400),
            ("one Host", ask("Host: x\r\n"), 200),
        ];
        for (what, request, expected) in cases {
            let status = raw_status(base, request.as_bytes()).await;
            assert_eq!(status, Some(expected), "{base}{path}: {what}");
        }
        // HTTP/1.0 may omit it.
        let mut stream = TcpStream::connect(base.trim_start_matches("http://"))
            .await
            .unwrap();
        let old = format!("GET {path} HTTP/1.0\r\n\r\n");
        stream.write_all(old.as_bytes()).await.unwrap();
        let mut answer = Vec::new();
        tokio::time::timeout(StdDuration::from_secs(10), stream.read_to_end(&mut answer))
            .await
            .unwrap()
            .unwrap();
        let head = String::from_utf8_lossy(&answer);
        assert!(head.starts_with("HTTP/1.0 200"), "{base}{path}: {head}");
    }
}
