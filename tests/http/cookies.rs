//! Cookies and sessions.

use reqwest::StatusCode;
use reqwest::header::{COOKIE, HeaderValue, SET_COOKIE};

use crate::helpers::*;

/// A client that keeps no cookies: the test says which it sends.
fn bare_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The `Set-Cookie` header of `response` for the cookie `name`.
fn set_cookie(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(str::to_owned)
}

/// The value of a `Set-Cookie` line.
fn value_of(set_cookie: &str) -> &str {
    let pair = set_cookie.split(';').next().unwrap();
    pair.split_once('=').unwrap().1
}

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
async fn a_session_cookie_planted_before_the_post_is_replaced() {
    let app = spawn_app().await;
    app.pause(42, &["a.example", "b.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    // The planter gets a real session of their own by unpausing one name.
    let csrf = app.open_page(&jwt).await;
    let planted = app.post_selected(&jwt, &csrf, &["dns:a.example"]).await;
    let planted = value_of(&set_cookie(&planted, "unpause_session").unwrap()).to_owned();

    // The visitor's browser carries the planted cookie into their post.
    let visitor = bare_client();
    let (csrf, csrf_cookie) = open_bare(&app, &visitor, &jwt, "unpause_csrf").await;
    let mut headers = same_origin(&app.base);
    let cookies = format!(
        "unpause_csrf={}; unpause_session={planted}",
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
    let issued = set_cookie(&response, "unpause_session").expect("a session cookie");
    assert_ne!(value_of(&issued), planted, "the session ID was rotated");
    // The planter's cookie shows nothing of the visitor's unpause.
    let html = app
        .get("/sfe/v1/unpause-status")
        .await
        .text()
        .await
        .unwrap();
    assert!(has_id(&html, "status-none"), "{html}");
}
