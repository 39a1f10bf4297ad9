//! Cookies and the same-origin check: planted results, `__Host-` names
//! behind https, CSRF values bound to their link and hour, the Origin's
//! scheme, HSTS.

use reqwest::StatusCode;
use reqwest::header::{COOKIE, HeaderMap, HeaderValue, ORIGIN};
use time::Duration;

use crate::helpers::*;

/// Opens the page of `jwt` without cookies: the CSRF form value and the
/// CSRF cookie line.
async fn open_bare(
    app: &TestApp,
    client: &reqwest::Client,
    jwt: &str,
    cookie: &str,
) -> (String, String) {
    let page = client
        .get(app.url(&format!("/sfe/v1/unpause?jwt={jwt}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let line = set_cookie(&page, cookie).expect("the page sets the CSRF cookie");
    (csrf_from(&page.text().await.unwrap()), line)
}

#[tokio::test]
async fn a_result_cookie_planted_before_the_post_is_replaced() {
    let app = spawn_app().await;
    app.pause(42, &["a.example", "b.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    // The planter gets a real result of their own by unpausing one name.
    let csrf = app.open_page(&jwt).await;
    let planted = app.post_selected(&jwt, &csrf, &["dns:a.example"]).await;
    let planted = value_of(&set_cookie(&planted, "unpause_result").unwrap()).to_owned();

    // The visitor's browser carries the planted cookie into their post.
    let visitor = bare_client();
    let (csrf, csrf_cookie) = open_bare(&app, &visitor, &jwt, "unpause_csrf").await;
    let mut headers = same_origin(&app.base);
    let cookies = format!(
        "unpause_csrf={}; unpause_result={planted}",
        value_of(&csrf_cookie)
    );
    headers.insert(COOKIE, HeaderValue::from_str(&cookies).unwrap());
    let response = visitor
        .post(app.url("/sfe/v1/do-unpause"))
        .headers(headers)
        .form(&[("jwt", jwt.as_str()), ("csrf", &csrf), ("action", "all")])
        .send()
        .await
        .unwrap();

    assert_redirect_to(&response, "/sfe/v1/unpause-status");
    // The answer replaces it with the visitor's own result.
    let issued = set_cookie(&response, "unpause_result").expect("a result cookie");
    assert_ne!(value_of(&issued), planted);
    let html = visitor
        .get(app.url("/sfe/v1/unpause-status"))
        .header(COOKIE, format!("unpause_result={}", value_of(&issued)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains(r#"id="status-names" data-count="1""#),
        "{html}"
    );
    assert!(!has_id(&html, "status-remaining"), "{html}");
}

#[tokio::test]
async fn behind_https_cookies_are_host_prefixed() {
    let app = spawn_app_with(Options {
        public_url: Some("https://portal.test"),
        ..Options::default()
    })
    .await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let client = bare_client();

    let page = client
        .get(app.url(&format!("/sfe/v1/unpause?jwt={jwt}&lang=de")))
        .send()
        .await
        .unwrap();
    let csrf_cookie = set_cookie(&page, "__Host-unpause_csrf").expect("a __Host- CSRF cookie");
    let lang_cookie = set_cookie(&page, "__Host-lang").expect("a __Host- language cookie");
    for line in [&csrf_cookie, &lang_cookie] {
        assert!(line.contains("; Path=/;"), "{line}");
        assert!(line.contains("; Secure"), "{line}");
        assert!(!line.to_ascii_lowercase().contains("domain="), "{line}");
    }
    let csrf = csrf_from(&page.text().await.unwrap());

    let mut headers = HeaderMap::new();
    headers.insert(ORIGIN, HeaderValue::from_static("https://portal.test"));
    let cookies = format!("__Host-unpause_csrf={}", value_of(&csrf_cookie));
    headers.insert(COOKIE, HeaderValue::from_str(&cookies).unwrap());
    let posted = client
        .post(app.url("/sfe/v1/do-unpause"))
        .headers(headers.clone())
        .form(&[("jwt", jwt.as_str()), ("csrf", &csrf), ("action", "all")])
        .send()
        .await
        .unwrap();
    assert_redirect_to(&posted, "/sfe/v1/unpause-status");
    let result = set_cookie(&posted, "__Host-unpause_result").expect("a __Host- result");
    assert!(
        result.contains("Path=/;") || result.ends_with("Path=/"),
        "{result}"
    );
    assert!(result.contains("Secure"), "{result}");
    assert!(app.summary(42).await.is_empty());

    // The unprefixed name, which a sibling domain could plant, is not ours.
    app.pause(42, &["b.example"]).await;
    let (csrf, line) = open_bare(&app, &client, &jwt, "__Host-unpause_csrf").await;
    let bare = format!("unpause_csrf={}", value_of(&line));
    headers.insert(COOKIE, HeaderValue::from_str(&bare).unwrap());
    let refused = client
        .post(app.url("/sfe/v1/do-unpause"))
        .headers(headers)
        .form(&[("jwt", jwt.as_str()), ("csrf", &csrf), ("action", "all")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.summary(42).await.count, 1);
}

#[tokio::test]
async fn a_csrf_value_works_only_with_its_own_link_and_within_the_hour() {
    let app = spawn_app().await;
    app.pause(42, &["a.example", "b.example"]).await;
    app.pause(43, &["c.example"]).await;
    let shown = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&shown).await;

    // Another link of the same account, and one of another account.
    app.clock.advance(Duration::seconds(5));
    let other_link = app.link_token(42, &["b.example"]);
    let other_account = app.link_token(43, &["c.example"]);
    for jwt in [&other_link, &other_account] {
        let response = app
            .post_do_unpause(&[("jwt", jwt), ("csrf", &csrf), ("action", "all")])
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
    assert_eq!(app.summary(42).await.count, 2);
    assert_eq!(app.summary(43).await.count, 1);

    // An hour later the value is dead, whatever the client kept.
    app.clock.advance(Duration::minutes(61));
    let shown = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&shown).await;
    app.clock.advance(Duration::minutes(61));
    let stale = app
        .post_do_unpause(&[("jwt", &shown), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_eq!(stale.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.summary(42).await.count, 2);

    // Its own link within the hour works.
    let shown = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&shown).await;
    let response = app
        .post_do_unpause(&[("jwt", &shown), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_redirect_to(&response, "/sfe/v1/unpause-status");
}

/// Posts the page's own form, with its CSRF cookie (named `cookie`) and
/// an `Origin` header of the given text.
async fn post_with_origin(app: &TestApp, cookie: &str, origin: &str) -> reqwest::Response {
    let client = bare_client();
    let jwt = app.link_token(42, &["a.example"]);
    let (csrf, line) = open_bare(app, &client, &jwt, cookie).await;
    let mut headers = HeaderMap::new();
    headers.insert(ORIGIN, HeaderValue::from_str(origin).unwrap());
    let pair = format!("{cookie}={}", value_of(&line));
    headers.insert(COOKIE, HeaderValue::from_str(&pair).unwrap());
    client
        .post(app.url("/sfe/v1/do-unpause"))
        .headers(headers)
        .form(&[("jwt", jwt.as_str()), ("csrf", &csrf), ("action", "all")])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_public_url_scheme_is_enforced_by_origin_and_hsts() {
    let plain = spawn_app().await;
    plain.pause(42, &["a.example"]).await;
    let host = plain.base.trim_start_matches("http://");
    let response = post_with_origin(&plain, "unpause_csrf", &format!("https://{host}")).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(plain.summary(42).await.count, 1);
    // The same post with its own scheme passes: the refusal is the scheme's.
    let response = post_with_origin(&plain, "unpause_csrf", &plain.base).await;
    assert_redirect_to(&response, "/sfe/v1/unpause-status");

    let tls = spawn_app_with(Options {
        public_url: Some("https://portal.test"),
        ..Options::default()
    })
    .await;
    tls.pause(42, &["a.example"]).await;
    let host = tls.base.trim_start_matches("http://").to_owned();
    for origin in [format!("http://{host}"), "http://portal.test".to_owned()] {
        let response = post_with_origin(&tls, "__Host-unpause_csrf", &origin).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{origin}");
    }
    assert_eq!(tls.summary(42).await.count, 1);
    let response = post_with_origin(&tls, "__Host-unpause_csrf", "https://portal.test").await;
    assert_redirect_to(&response, "/sfe/v1/unpause-status");

    assert_eq!(
        tls.get("/").await.headers()["strict-transport-security"],
        "max-age=31536000"
    );
    // Over plain http browsers ignore HSTS, and a loopback portal must not
    // pin its host name to https.
    let headers = plain.get("/").await.headers().clone();
    assert!(headers.get("strict-transport-security").is_none());
}
