//! Text fields of the internal API with control characters in them: the
//! same answer on every backend, and no batch lost to one odd client.

use reqwest::StatusCode;
use serde_json::{Value, json};
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

use crate::helpers::*;

db_tests!(
    a_reason_with_control_characters_is_refused_with_400,
    a_user_agent_with_a_nul_is_kept_with_a_replacement_character,
    an_outcome_batch_with_a_nul_in_a_user_agent_is_counted_whole,
);

async fn a_reason_with_control_characters_is_refused_with_400(db: Db) {
    let app = spawn_app_on(db).await;
    for reason in ["zombie\u{0}client", "red \u{1b}[31m", "line\nbreak"] {
        let body = json!({
            "account": 42,
            "identifiers": [{"type": "dns", "value": "a.example"}],
            "reason": reason,
        });
        let response = app.api_post("/internal/v1/pause", &body).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{reason:?}");
        let problem: Value = response.json().await.unwrap();
        let detail = problem["detail"].as_str().unwrap();
        assert!(detail.starts_with("reason: control characters"), "{detail}");
    }
    assert!(app.summary(42).await.is_empty(), "nothing paused");
}

async fn a_user_agent_with_a_nul_is_kept_with_a_replacement_character(db: Db) {
    let app = spawn_app_on(db).await;
    let body = json!({
        "account": 42,
        "identifiers": [{"type": "dns", "value": "a.example"}],
        "user_agent": "zombie\u{0}client/1.0\u{7f}",
    });

    let response = app.api_post("/internal/v1/pause", &body).await;

    assert_eq!(response.status(), StatusCode::OK);
    let events = app.store.audit_events(account(42), 1).await.unwrap();
    assert_eq!(
        events[0].user_agent.as_deref(),
        Some("zombie\u{FFFD}client/1.0\u{FFFD}")
    );
}

async fn an_outcome_batch_with_a_nul_in_a_user_agent_is_counted_whole(db: Db) {
    let app = spawn_app_on(db).await;
    let end = app.clock.now() - Duration::minutes(1);
    let created = rfc3339(app.clock.now() - Duration::days(400));
    let outcome = |name: &str, user_agent: &str, ago: i64| {
        json!({
            "account": 42,
            "identifier": {"type": "dns", "value": name},
            "result": "failure",
            "at": rfc3339(end - Duration::seconds(ago)),
            "user_agent": user_agent,
            "account_created_at": created,
        })
    };
    // A runaway burst, so the odd client's text reaches the pause's audit
    // row, and one innocent outcome beside it.
    let mut outcomes: Vec<Value> = (0..30)
        .map(|i| outcome("odd.example", "odd\u{0}client", 30 - i))
        .collect();
    outcomes.push(outcome("innocent.example", "certbot/2.11", 0));

    let response = app
        .api_post("/internal/v1/outcomes", &json!({ "outcomes": outcomes }))
        .await;

    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{:?}",
        response.text().await
    );
    assert_eq!(app.paused_values(42).await, ["odd.example"]);
    let events = app.store.audit_events(account(42), 1).await.unwrap();
    assert_eq!(events[0].user_agent.as_deref(), Some("odd\u{FFFD}client"));
    let counted = app
        .db
        .scalar("SELECT COUNT(*) FROM policy_pairs WHERE registrationID = 42")
        .await;
    assert_eq!(counted, 2, "the innocent outcome reached the policy too");
}

fn rfc3339(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap()
}
