//! Pages without a link, static files, and error pages for unknown routes.

use reqwest::StatusCode;

use crate::helpers::*;

#[tokio::test]
async fn home_and_help_pages_render_with_their_sections() {
    let app = spawn_app().await;

    let home = app.get("/").await;
    assert_eq!(home.status(), StatusCode::OK);
    assert_security_headers(&home);
    assert!(has_id(&home.text().await.unwrap(), "home"));

    let help = app.get("/help").await;
    assert_eq!(help.status(), StatusCode::OK);
    let html = help.text().await.unwrap();
    for section in ["why", "check", "staging", "unpause", "find-link"] {
        assert!(has_id(&html, section), "help has #{section}");
    }
    assert!(
        html.contains("https://staging.test/directory"),
        "configured staging URL shown"
    );
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#));
}

#[tokio::test]
async fn no_page_shows_a_missing_message_marker() {
    let app = spawn_app().await;
    app.pause(1, &["a.example"]).await;
    let jwt = app.link_token(1, &["a.example"]);
    for path in [
        "/".to_owned(),
        "/help".to_owned(),
        format!("/sfe/v1/unpause?jwt={jwt}"),
        "/sfe/v1/unpause-status".to_owned(),
        "/sfe/v1/unpause?jwt=x".to_owned(),
        "/nope".to_owned(),
    ] {
        let html = app.get(&path).await.text().await.unwrap();
        assert!(!html.contains(acme_unpause::i18n::MISSING_MARK), "{path}");
    }
}

#[tokio::test]
async fn stylesheet_is_served_and_paths_cannot_escape_the_embedded_assets() {
    let app = spawn_app().await;
    let css = app.get("/static/style.css").await;
    assert_eq!(css.status(), StatusCode::OK);
    assert_eq!(
        css.headers().get("content-type").unwrap(),
        "text/css; charset=utf-8"
    );

    for path in [
        "/static/../Cargo.toml",
        "/static/%2e%2e%2fCargo.toml",
        "/static/nope.css",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn unknown_paths_and_methods_get_localised_error_pages() {
    let app = spawn_app().await;

    let missing = app.get("/no/such/page").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_security_headers(&missing);
    let html = missing.text().await.unwrap();
    assert!(has_id(&html, "error-not-found"));
    assert!(html.contains("request-id"));

    let put = app
        .client
        .put(app.url("/sfe/v1/unpause"))
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(has_id(&put.text().await.unwrap(), "error-method"));
}
