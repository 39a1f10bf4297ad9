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

/// `text` hard-wrapped at `width` columns, `prefix` before every line, as
/// syslog writes a long message a console had wrapped.
fn syslog_wrapped(text: &str, width: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(width)
        .enumerate()
        .map(|(i, chunk)| {
            format!(
                "Dec 02 03:14:{:02} web01 acme-panel[2211]: {}\n",
                7 + i,
                chunk.iter().collect::<String>()
            )
        })
        .collect()
}

#[tokio::test]
async fn a_prefixed_wrapped_json_log_leads_to_the_link_the_portal_signed() {
    let app = spawn_app().await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let problem = format!(
        "{{\"detail\":\"Please visit: {}\",\"status\":429}}",
        app.url(&format!("/sfe/v1/unpause?jwt={jwt}"))
            .replace('/', "\\u002F")
    );
    for width in [40, 60, 72, 100] {
        let response = submit(&app, &syslog_wrapped(&problem, width)).await;
        assert_redirect_to(&response, &format!("/sfe/v1/unpause?jwt={jwt}"));
    }
    // A word of the next line's prefix completes a sound token as well as
    // the real continuation does; only the real one is signed by the portal.
    let (head, tail) = jwt.split_at(jwt.len() - 3);
    let ambiguous = format!("Please visit: /sfe/v1/unpause?jwt={head}\nDec 02 {tail}\n");
    let response = submit(&app, &ambiguous).await;
    assert_redirect_to(&response, &format!("/sfe/v1/unpause?jwt={jwt}"));
}
