//! "Find my link" over HTTP.

use reqwest::StatusCode;

use crate::helpers::*;

async fn submit(app: &TestApp, text: &str) -> reqwest::Response {
    app.client
        .post(app.url("/find-link"))
        .form(&[("text", text)])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_pasted_log_leads_to_the_unpause_page() {
    let app = spawn_app().await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let log = format!(
        "{{\"type\":\"urn:ietf:params:acme:error:rateLimited\",\"detail\":\"Please visit: {}\",\"status\":429}}",
        app.url(&format!("/sfe/v1/unpause?jwt={jwt}"))
            .replace('/', "\\/")
    );

    let response = submit(&app, &log).await;

    assert_redirect_to(&response, &format!("/sfe/v1/unpause?jwt={jwt}"));
    let page = app
        .get(response.headers()["location"].to_str().unwrap())
        .await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(has_id(&page.text().await.unwrap(), "paused-count"));
}

#[tokio::test]
async fn text_without_a_link_gets_an_explanation_and_the_box_again() {
    let app = spawn_app().await;
    for (text, id) in [
        ("Error: connection refused", "find-link-none"),
        ("   ", "find-link-empty"),
        ("jwt=eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJTRkUg", "find-link-cut"),
    ] {
        let response = submit(&app, text).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{text}"
        );
        let html = response.text().await.unwrap();
        assert!(has_id(&html, id), "{text}");
        assert!(has_id(&html, "find-link-form"));
        assert!(
            !html.contains("connection refused"),
            "pasted text is not echoed"
        );
    }
}

#[tokio::test]
async fn the_box_is_offered_on_help_and_on_the_invalid_link_page() {
    let app = spawn_app().await;
    let help = app.get("/help").await.text().await.unwrap();
    assert!(has_id(&help, "find-link-form"));
    let invalid = app
        .get("/sfe/v1/unpause?jwt=garbled")
        .await
        .text()
        .await
        .unwrap();
    assert!(has_id(&invalid, "find-link-form"));
    let expired_or_missing = app.get("/nope").await.text().await.unwrap();
    assert!(!has_id(&expired_or_missing, "find-link-form"));
}

#[tokio::test]
async fn find_link_answers_are_never_cached() {
    let app = spawn_app().await;
    let jwt = app.link_token(42, &["a.example"]);

    let found = submit(&app, &format!("Please visit: /sfe/v1/unpause?jwt={jwt}")).await;
    let missed = submit(&app, "Error: connection refused").await;

    // The 303's Location carries the token itself.
    assert_redirect_to(&found, &format!("/sfe/v1/unpause?jwt={jwt}"));
    assert_no_store(&found);
    assert_eq!(missed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_no_store(&missed);
}
