//! The internal API the ACME server calls.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::*;

db_tests!(
    check_answers_with_the_problem_document_to_return_verbatim,
    check_of_unpaused_names_says_go_ahead,
    whole_account_pause_refuses_every_name_of_the_order,
    pause_through_the_api_is_audited_and_respects_the_cooldown,
);

async fn check_answers_with_the_problem_document_to_return_verbatim(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example", "192.0.2.7"]).await;
    let response = app
        .api_post(
            "/internal/v1/check",
            &json!({"account": 42, "identifiers": [
                {"type": "dns", "value": "b.example"},
                {"type": "dns", "value": "a.example"},
                {"type": "ip", "value": "192.0.2.7"},
            ]}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["account_paused"], false);
    assert_eq!(
        body["paused"],
        json!([{"type": "dns", "value": "a.example"}, {"type": "ip", "value": "192.0.2.7"}])
    );
    let problem = &body["problem"];
    assert_eq!(problem["type"], "urn:ietf:params:acme:error:rateLimited");
    assert_eq!(problem["status"], 429);
    let link = problem["instance"].as_str().unwrap();
    assert!(link.starts_with(&format!("{}/sfe/v1/unpause?jwt=", app.base)));
    assert_eq!(
        problem["detail"],
        format!(
            "Your account is temporarily prevented from requesting certificates for \
             192.0.2.7, a.example and possibly others. Please visit: {link}"
        )
    );
    let subproblems = problem["subproblems"].as_array().unwrap();
    assert_eq!(subproblems.len(), 2);
    assert_eq!(
        subproblems[1]["identifier"],
        json!({"type": "ip", "value": "192.0.2.7"})
    );
    assert_eq!(
        subproblems[0]["type"],
        "urn:ietf:params:acme:error:rateLimited"
    );
    assert!(
        subproblems[0]["detail"]
            .as_str()
            .unwrap()
            .contains("a.example")
    );
    assert_eq!(
        problem.as_object().unwrap().len(),
        5,
        "type, detail, status, instance, subproblems: {problem}"
    );
    // The link works on the portal.
    let jwt = link.split_once("jwt=").unwrap().1;
    assert_eq!(app.get_unpause(jwt).await.status(), StatusCode::OK);
}

async fn check_of_unpaused_names_says_go_ahead(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(43, &["a.example"]).await;
    let body: Value = app
        .api_post(
            "/internal/v1/check",
            &json!({"account": 42, "identifiers": [{"type": "dns", "value": "a.example"}]}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        body,
        json!({"account_paused": false, "paused": [], "problem": null})
    );
}

async fn whole_account_pause_refuses_every_name_of_the_order(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause_account(42).await;
    let body: Value = app
        .api_post(
            "/internal/v1/check",
            &json!({"account": 42, "identifiers": [
                {"type": "dns", "value": "x.example"},
                {"type": "dns", "value": "y.example"},
            ]}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["account_paused"], true);
    assert_eq!(body["paused"], json!([]));
    assert_eq!(body["problem"]["subproblems"].as_array().unwrap().len(), 2);
}

async fn pause_through_the_api_is_audited_and_respects_the_cooldown(db: Db) {
    let app = spawn_app_on(db).await;
    let pause = json!({
        "account": 42,
        "identifiers": [{"type": "dns", "value": "a.example"}],
        "reason": "manual test",
        "client_ip": "198.51.100.9",
        "user_agent": "zombie/1.0",
        "contacts": ["mailto:ops@a.example"],
    });
    let body: Value = app
        .api_post("/internal/v1/pause", &pause)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["paused"], 1);
    let events = app.store.audit_events(account(42), 5).await.unwrap();
    assert_eq!(
        (events[0].action.as_str(), events[0].actor.as_str()),
        ("pause", "api")
    );
    assert_eq!(events[0].client_ip.as_deref(), Some("198.51.100.9"));
    assert_eq!(events[0].user_agent.as_deref(), Some("zombie/1.0"));
    assert_eq!(events[0].reason.as_deref(), Some("manual test"));

    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    app.post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    let again: Value = app
        .api_post("/internal/v1/pause", &pause)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again["cooldown"], 1, "{again}");
    assert!(app.summary(42).await.is_empty());

    let whole: Value = app
        .api_post(
            "/internal/v1/pause",
            &json!({"account": 42, "whole_account": true}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(whole["account_paused"], true);
}

#[tokio::test]
async fn missing_or_wrong_token_gets_a_bare_401() {
    let app = spawn_app().await;
    let body = json!({"account": 1, "identifiers": [{"type": "dns", "value": "a.example"}]});
    for path in [
        "/internal/v1/check",
        "/internal/v1/pause",
        "/internal/v1/outcomes",
        "/internal/v1/links",
        "/internal/v1/nothing-here",
    ] {
        let url = format!("{}{path}", app.internal);
        for token in [None, Some("wrong"), Some(&API_TOKEN[..API_TOKEN.len() - 1])] {
            let mut request = app.client.post(&url).json(&body);
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            let response = request.send().await.unwrap();
            assert_eq!(
                response.status(),
                StatusCode::UNAUTHORIZED,
                "{path} {token:?}"
            );
            assert!(response.text().await.unwrap().is_empty(), "no hint");
        }
    }
}

/// While the token is rotated the file holds two, one a line: the ACME
/// server may present either, so no call is refused while it moves.
#[tokio::test]
async fn during_a_rotation_both_tokens_of_the_file_are_accepted() {
    const NEXT: &str = "test-only-next-internal-token-fedcba9876543210";
    let app = spawn_app_with(Options {
        second_api_token: Some(NEXT),
        ..Options::default()
    })
    .await;
    let body = json!({"account": 1, "identifiers": [{"type": "dns", "value": "a.example"}]});
    let url = format!("{}/internal/v1/check", app.internal);
    for (token, status) in [
        (API_TOKEN, StatusCode::OK),
        (NEXT, StatusCode::OK),
        (
            "test-only-some-other-token-0123456789abcdef",
            StatusCode::UNAUTHORIZED,
        ),
    ] {
        let response = app
            .client
            .post(&url)
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), status, "{token}");
    }
}

#[tokio::test]
async fn malformed_requests_get_a_problem_naming_the_field() {
    let app = spawn_app().await;
    let cases = [
        (json!({"identifiers": []}), "missing field `account`"),
        (
            json!({"account": 0, "identifiers": []}),
            "account: account ID must be",
        ),
        (
            json!({"account": 1, "identifiers": [{"type": "email", "value": "a"}]}),
            "identifiers[0]: identifier type must be",
        ),
        (
            json!({"account": 1, "identifiers": [{"type": "dns", "value": "not a name"}]}),
            "identifiers[0]: not a DNS name",
        ),
        (
            json!({"account": 1, "identifiers": [{"type": "dns", "value": "a.example", "x": 1}]}),
            "identifiers[0].x: unknown field `x`",
        ),
        (
            json!({"account": 1, "identifiers": []}),
            "at least one name",
        ),
    ];
    for (body, expected) in cases {
        let response = app.api_post("/internal/v1/check", &body).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["status"], 400);
        let detail = problem["detail"].as_str().unwrap();
        assert!(detail.contains(expected), "{detail} lacks {expected}");
    }
    let too_many: Vec<Value> = (0..101)
        .map(|i| json!({"type": "dns", "value": format!("n{i}.example")}))
        .collect();
    let response = app
        .api_post(
            "/internal/v1/check",
            &json!({"account": 1, "identifiers": too_many}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let not_json = app
        .client
        .post(format!("{}/internal/v1/check", app.internal))
        .bearer_auth(API_TOKEN)
        .body("{")
        .header("content-type", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(not_json.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn links_are_minted_with_a_bounded_lifetime() {
    let app = spawn_app().await;
    let response = app
        .api_post(
            "/internal/v1/links",
            &json!({"account": 42, "identifiers": [{"type": "dns", "value": "a.example"}],
                    "lifetime_seconds": 3600}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    let url = body["url"].as_str().unwrap();
    let jwt = url.split_once("jwt=").unwrap().1;
    app.pause(42, &["a.example"]).await;
    assert_eq!(app.get_unpause(jwt).await.status(), StatusCode::OK);
    let too_long = app
        .api_post(
            "/internal/v1/links",
            &json!({"account": 42, "identifiers": [{"type": "dns", "value": "a.example"}],
                    "lifetime_seconds": 90 * 86400 + 1}),
        )
        .await;
    assert_eq!(too_long.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn internal_listener_serves_health_without_a_token() {
    let app = spawn_app().await;
    for path in ["/healthz", "/readyz"] {
        let response = app
            .client
            .get(format!("{}{path}", app.internal))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
    }
}

#[tokio::test]
async fn metrics_count_requests_links_and_pauses_without_leaking_tokens() {
    let app = spawn_app().await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    app.post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    app.get_unpause("garbage").await;
    let response = app
        .client
        .get(format!("{}/metrics", app.internal))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    for expected in [
        r#"acme_unpause_http_requests_total{listener="public",route="/sfe/v1/unpause",status="200"}"#,
        r#"acme_unpause_token_verifications_total{outcome="valid"}"#,
        r#"acme_unpause_token_verifications_total{outcome="malformed"}"#,
        r#"acme_unpause_unpaused_names_total{actor="portal"}"#,
        "acme_unpause_http_request_duration_seconds_bucket",
    ] {
        assert!(text.contains(expected), "{expected} missing from:\n{text}");
    }
    let signature = jwt.rsplit('.').next().unwrap();
    assert!(!text.contains(signature), "a token leaked into metrics");
    assert!(!text.contains("garbage"));
}

#[tokio::test]
async fn the_load_generator_drives_the_policy_through_the_api() {
    use acme_unpause::loadgen::{self, LoadSpec};
    let app = spawn_app().await;
    let target = app.internal.trim_start_matches("http://").parse().unwrap();
    let spec = LoadSpec {
        accounts: 50,
        names_per_account: 20,
        outcomes: 2_000,
        batch: 100,
        concurrency: 2,
        max_duration: std::time::Duration::from_secs(60),
        ..LoadSpec::default()
    };
    let report = loadgen::run(target, API_TOKEN, &spec, app.clock.now())
        .await
        .unwrap();
    assert_eq!(report.sent, 2_000);
    assert_eq!(report.batches, 20);
    assert_eq!(report.errors, 0);
    let share = report.failures as f64 / report.sent as f64;
    assert!((0.7..0.9).contains(&share), "{share}");
    // The busiest dead pairs fail dozens of times within seconds: runaways.
    assert!(report.paused > 0, "{report:?}");
    let wrong = loadgen::run(target, "wrong-token", &spec, app.clock.now())
        .await
        .unwrap();
    assert_eq!(wrong.errors, wrong.batches, "every batch refused");
}

#[tokio::test]
async fn pause_and_outcome_fields_are_checked_before_anything_is_written() {
    let app = spawn_app().await;
    let name = json!({"type": "dns", "value": "a.example"});
    let cases = [
        (
            "/internal/v1/pause",
            json!({"account": 1, "identifiers": [name], "client_ip": "1.2.3.4, 5.6.7.8"}),
            "client_ip",
        ),
        (
            "/internal/v1/pause",
            json!({"account": 1, "identifiers": [name], "reason": "x".repeat(513)}),
            "reason: longer than 512",
        ),
        (
            "/internal/v1/pause",
            json!({"account": 1, "identifiers": [name], "contacts": vec!["mailto:a@b.example"; 11]}),
            "contacts: at most 10",
        ),
        (
            "/internal/v1/pause",
            json!({"account": 1}),
            "either identifiers or whole_account",
        ),
        (
            "/internal/v1/outcomes",
            json!({"outcomes": [{"account": 1, "identifier": name, "result": "maybe"}]}),
            "outcomes[0].result",
        ),
        (
            "/internal/v1/outcomes",
            json!({"outcomes": [{"account": 1, "identifier": name, "result": "failure",
                                  "at": "2020-01-01T00:00:00Z"}]}),
            "outcomes[0].at: older than 7 days",
        ),
    ];
    for (path, body, expected) in cases {
        let response = app.api_post(path, &body).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path} {body}");
        let problem: Value = response.json().await.unwrap();
        let detail = problem["detail"].as_str().unwrap();
        assert!(detail.contains(expected), "{detail} lacks {expected}");
    }
    assert!(app.summary(1).await.is_empty());
    assert!(
        app.store
            .audit_events(account(1), 5)
            .await
            .unwrap()
            .is_empty()
    );
    let huge = "x".repeat(2 * 1024 * 1024);
    let response = app
        .api_post("/internal/v1/pause", &json!({"account": 1, "reason": huge}))
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
}
