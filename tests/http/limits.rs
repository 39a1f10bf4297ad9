//! Abuse limits: per-client posts and per-account unpauses, answered with
//! a localised 429 page and Retry-After.

use acme_unpause::settings::LimitSettings;
use reqwest::StatusCode;
use reqwest::header::RETRY_AFTER;
use time::Duration;

use crate::helpers::*;

db_tests!(an_account_that_keeps_being_repaused_is_told_to_fix_its_client_first);

fn limits(change: impl FnOnce(&mut LimitSettings)) -> Option<LimitSettings> {
    let mut limits = LimitSettings::default();
    change(&mut limits);
    Some(limits)
}

async fn find_link(app: &TestApp, forwarded_for: Option<&str>) -> reqwest::Response {
    let mut request = app
        .client
        .post(app.url("/find-link"))
        .header("accept-language", "fr")
        .form(&[("text", "no link here")]);
    if let Some(ip) = forwarded_for {
        request = request.header("x-forwarded-for", ip);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn a_client_posting_too_fast_gets_a_localised_429_and_others_do_not() {
    let app = spawn_app_with(Options {
        limits: limits(|l| {
            l.posts_per_minute = 6;
            l.posts_burst = 3;
        }),
        // The test client is the proxy: X-Forwarded-For names the client.
        trusted_proxies: vec!["127.0.0.1".parse().unwrap()],
        ..Options::default()
    })
    .await;
    for _ in 0..3 {
        let status = find_link(&app, Some("203.0.113.5")).await.status();
        assert_ne!(status, StatusCode::TOO_MANY_REQUESTS);
    }
    let refused = find_link(&app, Some("203.0.113.5")).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = refused.headers()[RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=10).contains(&wait), "{wait}");
    let html = refused.text().await.unwrap();
    assert!(has_id(&html, "error-too-many"), "{html}");
    assert!(html.contains("lang=\"fr\""), "in the visitor's language");
    // Another client behind the same proxy has its own allowance.
    assert_ne!(
        find_link(&app, Some("203.0.113.6")).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    // Pages are not posts: reading is never limited.
    assert_eq!(app.get("/help").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn forwarded_for_from_an_untrusted_peer_does_not_buy_a_fresh_allowance() {
    let app = spawn_app_with(Options {
        limits: limits(|l| {
            l.posts_per_minute = 6;
            l.posts_burst = 2;
        }),
        ..Options::default()
    })
    .await;
    for ip in ["198.51.100.1", "198.51.100.2"] {
        assert_ne!(
            find_link(&app, Some(ip)).await.status(),
            StatusCode::TOO_MANY_REQUESTS
        );
    }
    // Every request came from 127.0.0.1, whatever the header claimed.
    assert_eq!(
        find_link(&app, Some("198.51.100.3")).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn the_audit_trail_names_the_client_behind_a_trusted_proxy() {
    let app = spawn_app_with(Options {
        trusted_proxies: vec!["127.0.0.0/8".parse().unwrap()],
        ..Options::default()
    })
    .await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    let mut headers = same_origin(&app.base);
    headers.insert("x-forwarded-for", "192.0.2.50, 127.0.0.9".parse().unwrap());
    let response = app
        .post_do_unpause_with(
            &[("jwt", &jwt), ("csrf", &csrf), ("action", "all")],
            headers,
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let events = app.store.audit_events(account(42), 1).await.unwrap();
    assert_eq!(events[0].client_ip.as_deref(), Some("192.0.2.50"));
}

/// Pauses a.example and unpauses it through the portal; the status of the
/// unpause post.
async fn pause_then_unpause(app: &TestApp) -> reqwest::Response {
    app.store
        .pause_identifiers(
            account(42),
            &idents(&["a.example"]),
            acme_unpause::store::PauseMode::Force,
            app.clock.now(),
            &acme_unpause::store::AuditContext::cli(),
            &acme_unpause::store::Notice::default(),
        )
        .await
        .unwrap();
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    app.post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await
}

async fn an_account_that_keeps_being_repaused_is_told_to_fix_its_client_first(db: Db) {
    let app = spawn_app_with(Options {
        db,
        limits: limits(|l| {
            l.account_unpauses = 2;
            l.account_unpause_window = Duration::days(30);
        }),
        ..Options::default()
    })
    .await;
    for _ in 0..2 {
        assert_eq!(
            pause_then_unpause(&app).await.status(),
            StatusCode::SEE_OTHER
        );
        app.clock.advance(Duration::days(1));
    }
    let refused = pause_then_unpause(&app).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = refused.headers()[RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    // The first unpause, two days ago, leaves the 30-day window in 28 days.
    assert_eq!(wait, Duration::days(28).whole_seconds());
    let html = refused.text().await.unwrap();
    assert!(has_id(&html, "error-unpause-too-often"), "{html}");
    assert!(html.contains("staging"));
    assert_eq!(app.paused_values(42).await, ["a.example"], "still paused");
    // Once the oldest unpause has left the window, unpausing works again.
    app.clock.advance(Duration::days(28));
    assert_eq!(
        pause_then_unpause(&app).await.status(),
        StatusCode::SEE_OTHER
    );
    assert!(app.summary(42).await.is_empty());
}

/// A view of the link page as the client at `ip` behind the (trusted)
/// test proxy, in French.
async fn view(app: &TestApp, jwt: &str, ip: &str) -> reqwest::Response {
    app.client
        .get(app.url(&format!("/sfe/v1/unpause?jwt={jwt}")))
        .header("accept-language", "fr")
        .header("x-forwarded-for", ip)
        .send()
        .await
        .unwrap()
}

async fn assert_localised_429(response: reqwest::Response) {
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = response.headers()[RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    let html = response.text().await.unwrap();
    assert!(has_id(&html, "error-too-many"), "{html}");
    assert!(html.contains("lang=\"fr\""), "in the visitor's language");
}

#[tokio::test]
async fn a_client_flooding_a_link_gets_429s_while_another_client_gets_its_page() {
    let app = spawn_app_with(Options {
        limits: limits(|l| {
            l.views_per_minute = 6;
            l.views_burst = 3;
        }),
        trusted_proxies: vec!["127.0.0.1".parse().unwrap()],
        ..Options::default()
    })
    .await;
    app.pause(42, &["a.example"]).await;
    app.pause(43, &["b.example"]).await;
    let flooded = app.link_token(42, &["a.example"]);
    for _ in 0..3 {
        let response = view(&app, &flooded, "203.0.113.5").await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    assert_localised_429(view(&app, &flooded, "203.0.113.5").await).await;
    // Another link, from the same client: the client's allowance is spent.
    let other = app.link_token(43, &["b.example"]);
    assert_localised_429(view(&app, &other, "203.0.113.5").await).await;
    // Another client gets its page, of the flooded link too.
    for jwt in [&other, &flooded] {
        let response = view(&app, jwt, "203.0.113.6").await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(has_id(&response.text().await.unwrap(), "paused-count"));
    }
}

#[tokio::test]
async fn many_clients_re_fetching_one_link_share_its_allowance_and_other_links_are_served() {
    let app = spawn_app_with(Options {
        limits: limits(|l| {
            l.account_views_per_minute = 6;
            l.account_views_burst = 3;
        }),
        trusted_proxies: vec!["127.0.0.1".parse().unwrap()],
        ..Options::default()
    })
    .await;
    app.pause(42, &["a.example"]).await;
    app.pause(43, &["b.example"]).await;
    let shared = app.link_token(42, &["a.example"]);
    for client in 1..=3 {
        let response = view(&app, &shared, &format!("198.51.100.{client}")).await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    for client in 4..=8 {
        assert_localised_429(view(&app, &shared, &format!("198.51.100.{client}")).await).await;
    }
    // Another link of the same account costs the same rows: refused too.
    let fresh = app.token_at(42, &["a.example"], app.clock.now(), Duration::days(2));
    assert_localised_429(view(&app, &fresh, "198.51.100.9").await).await;
    // Another account's link is served. A forged link naming the flooded
    // account is no view of it: the invalid-link page, not a 429.
    let other = app.link_token(43, &["b.example"]);
    assert_eq!(
        view(&app, &other, "198.51.100.9").await.status(),
        StatusCode::OK
    );
    let forged = format!("{shared}x");
    assert_eq!(
        view(&app, &forged, "198.51.100.10").await.status(),
        StatusCode::BAD_REQUEST
    );
}
