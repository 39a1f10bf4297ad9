//! The internal API's checks at the door: the Authorization scheme, and
//! contacts and identifiers that must be refused before anything is written.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::*;

/// RFC 9110 §11.1: the scheme is case-insensitive; the token is not.
#[tokio::test]
async fn the_bearer_scheme_is_matched_without_regard_to_case() {
    let app = spawn_app().await;
    let body = json!({"account": 1, "identifiers": [{"type": "dns", "value": "a.example"}]});
    let url = format!("{}/internal/v1/check", app.internal);
    let lower_token = API_TOKEN.to_uppercase();
    for (header, status) in [
        (format!("bearer {API_TOKEN}"), StatusCode::OK),
        (format!("BEARER {API_TOKEN}"), StatusCode::OK),
        (format!("Bearer {API_TOKEN}"), StatusCode::OK),
        (format!("Bearer {lower_token}"), StatusCode::UNAUTHORIZED),
        (format!("Basic {API_TOKEN}"), StatusCode::UNAUTHORIZED),
        (format!("Bearer{API_TOKEN}"), StatusCode::UNAUTHORIZED),
    ] {
        let response = app
            .client
            .post(&url)
            .header("authorization", &header)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), status, "{header}");
    }
}

/// Mail to an address literal or a local name would be delivered by the
/// portal's own relay to itself or its network; a dotted number is an IP
/// address, never a DNS name.
#[tokio::test]
async fn unreachable_contacts_and_numeric_dns_names_are_refused() {
    let app = spawn_app().await;
    let name = json!({"type": "dns", "value": "a.example"});
    let mut cases: Vec<(Value, &str)> = [
        "mailto:a@[127.0.0.1]",
        "mailto:root@localhost",
        "mailto:root@box.localhost",
        "mailto:a@10.0.0.1",
    ]
    .into_iter()
    .map(|contact| {
        (
            json!({"account": 1, "identifiers": [name], "contacts": [contact]}),
            "contacts[0]",
        )
    })
    .collect();
    cases.push((
        json!({"account": 1, "identifiers": [{"type": "dns", "value": "1.2.3.4"}]}),
        "identifiers[0]",
    ));
    for (body, field) in cases {
        let response = app.api_post("/internal/v1/pause", &body).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{body}");
        let problem: Value = response.json().await.unwrap();
        let detail = problem["detail"].as_str().unwrap();
        assert!(detail.contains(field), "{detail} names {field}");
    }
    assert!(app.summary(1).await.is_empty(), "nothing was paused");
    let ip = json!({"account": 1, "identifiers": [{"type": "ip", "value": "1.2.3.4"}],
                    "contacts": ["mailto:ops@mail.example.com"]});
    let response = app.api_post("/internal/v1/pause", &ip).await;
    assert_eq!(response.status(), StatusCode::OK);
}
