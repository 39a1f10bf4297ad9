//! POST /sfe/v1/do-unpause and the result page.

use reqwest::StatusCode;
use reqwest::header::{COOKIE, HeaderMap, HeaderValue, ORIGIN};
use time::Duration;

use crate::helpers::*;

db_tests!(
    full_flow_unpauses_everything_and_reports_the_result,
    the_result_survives_a_reload_and_a_language_switch_and_cannot_be_forged,
    a_click_with_nothing_left_to_unpause_writes_nothing,
    a_click_reads_the_database_not_the_pages_cached_view,
    token_may_also_come_in_the_query_string_as_in_boulder,
    post_without_or_with_a_wrong_csrf_token_is_refused_and_changes_nothing,
    post_from_a_browser_without_the_session_is_refused,
    cross_site_posts_are_refused_even_with_a_valid_session,
    a_post_the_browser_marks_same_origin_passes_with_a_null_origin,
    unpausing_ticked_names_leaves_the_others_paused,
    ticked_names_of_another_account_are_never_unpaused,
    expired_or_tampered_token_on_post_changes_nothing,
    forms_missing_a_choice_or_with_garbled_names_get_400,
    sixty_thousand_names_are_unpaused_in_one_click,
    ticking_names_cannot_bypass_a_whole_account_pause,
    oversized_form_posts_get_413,
    a_pause_stamped_by_a_clock_ahead_of_ours_still_unpauses,
);

async fn full_flow_unpauses_everything_and_reports_the_result(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example", "b.example", "c.example"])
        .await;
    app.pause_account(42).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;

    let response = app
        .post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;

    assert_redirect_to(&response, "/sfe/v1/unpause-status");
    assert!(app.summary(42).await.is_empty());
    let status = app.get("/sfe/v1/unpause-status").await;
    assert_eq!(status.status(), StatusCode::OK);
    let html = status.text().await.unwrap();
    assert!(has_id(&html, "status-done"));
    assert!(has_id(&html, "status-account"));
    assert!(
        html.contains(r#"id="status-names" data-count="3""#),
        "{html}"
    );
    let events = app.store.audit_events(account(42), 10).await.unwrap();
    let unpause = &events[0];
    assert_eq!(
        (unpause.action.as_str(), unpause.scope.as_str()),
        ("unpause", "all")
    );
    assert_eq!(unpause.count, 3);
    assert_eq!(unpause.actor, "portal");
    assert_eq!(unpause.client_ip.as_deref(), Some("127.0.0.1"));
    assert!(
        unpause.user_agent.is_none(),
        "reqwest sends no user agent by default"
    );
}

async fn the_result_survives_a_reload_and_a_language_switch_and_cannot_be_forged(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example", "b.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    let posted = app.post_selected(&jwt, &csrf, &["dns:a.example"]).await;
    let result = set_cookie(&posted, "unpause_result").expect("a result cookie");
    assert!(result.contains("HttpOnly"), "{result}");
    assert!(result.contains("SameSite=Strict"), "{result}");

    let shown = |path: &'static str| {
        let app = &app;
        async move { app.get(path).await.text().await.unwrap() }
    };
    let first = shown("/sfe/v1/unpause-status").await;
    assert!(has_id(&first, "status-done"), "{first}");
    assert!(
        first.contains(r#"id="status-names" data-count="1""#),
        "{first}"
    );
    assert!(
        first.contains(r#"id="status-remaining" data-count="1""#),
        "{first}"
    );
    // A reload, and the same page in another language, still show it.
    let reloaded = shown("/sfe/v1/unpause-status").await;
    assert!(has_id(&reloaded, "status-done"), "{reloaded}");
    let german = shown("/sfe/v1/unpause-status?lang=de").await;
    assert!(
        german.contains(r#"id="status-names" data-count="1""#),
        "{german}"
    );
    assert!(german.contains(r#"lang="de""#), "{german}");
    // Nothing in the query string changes what it says.
    let queried = shown("/sfe/v1/unpause-status?count=5000").await;
    assert!(!queried.contains("5000"), "{queried}");

    // An hour later the same cookie, kept by a client past its Max-Age,
    // shows nothing: the expiry is inside the MAC.
    app.clock.advance(Duration::minutes(61));
    let late = bare_client()
        .get(app.url("/sfe/v1/unpause-status"))
        .header(COOKIE, format!("unpause_result={}", value_of(&result)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(has_id(&late, "status-none"), "{late}");

    // An edited count, or a value no key of the portal signed, is no result.
    let value = value_of(&result).to_owned();
    let mut fields: Vec<&str> = value.split('.').collect();
    fields[1] = "5000";
    let edited = fields.join(".");
    for forged in [edited, "v1.5000.1.0.99999999999.AAAA".to_owned()] {
        let html = bare_client()
            .get(app.url("/sfe/v1/unpause-status"))
            .header(COOKIE, format!("unpause_result={forged}"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(has_id(&html, "status-none"), "{forged}: {html}");
        assert!(!html.contains("5000"), "{forged}");
    }
}

async fn a_click_with_nothing_left_to_unpause_writes_nothing(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    let form = [
        ("jwt", jwt.as_str()),
        ("csrf", csrf.as_str()),
        ("action", "all"),
    ];
    app.post_do_unpause(&form).await;
    assert!(app.summary(42).await.is_empty());
    let events = app.db.scalar("SELECT COUNT(*) FROM pause_events").await;
    let budget = app.db.scalar("SELECT COUNT(*) FROM unpause_budgets").await;

    // The same form again (a second click, a replay): a result that says
    // nothing was left, and not a row written anywhere.
    let again = app.post_do_unpause(&form).await;
    assert_redirect_to(&again, "/sfe/v1/unpause-status");
    let html = app
        .get("/sfe/v1/unpause-status")
        .await
        .text()
        .await
        .unwrap();
    assert!(has_id(&html, "status-nothing"), "{html}");
    assert_eq!(
        app.db.scalar("SELECT COUNT(*) FROM pause_events").await,
        events
    );
    assert_eq!(
        app.db.scalar("SELECT COUNT(*) FROM unpause_budgets").await,
        budget
    );
    assert_eq!(app.db.scalar("SELECT COUNT(*) FROM sessions").await, 0);
}

async fn a_click_reads_the_database_not_the_pages_cached_view(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    // The page (and its cached summary) shows a.example paused ...
    let csrf = app.open_page(&jwt).await;
    // ... when another instance unpauses it.
    let other = app.another_instance().await;
    other
        .unpause_all(
            account(42),
            app.clock.now(),
            &acme_unpause::store::AuditContext::cli(),
            &|_| {},
        )
        .await
        .unwrap();
    let events = app.db.scalar("SELECT COUNT(*) FROM pause_events").await;

    let click = app
        .post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_redirect_to(&click, "/sfe/v1/unpause-status");
    let html = app
        .get("/sfe/v1/unpause-status")
        .await
        .text()
        .await
        .unwrap();
    assert!(has_id(&html, "status-nothing"), "{html}");
    // Judged on the database's state: no budget row, no audit row.
    assert_eq!(
        app.db.scalar("SELECT COUNT(*) FROM unpause_budgets").await,
        0
    );
    assert_eq!(
        app.db.scalar("SELECT COUNT(*) FROM pause_events").await,
        events
    );
}

async fn token_may_also_come_in_the_query_string_as_in_boulder(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;

    let response = app
        .client
        .post(app.url(&format!("/sfe/v1/do-unpause?jwt={jwt}")))
        .headers(same_origin(&app.base))
        .form(&[("csrf", csrf.as_str()), ("action", "all")])
        .send()
        .await
        .unwrap();

    assert_redirect_to(&response, "/sfe/v1/unpause-status");
    assert!(app.summary(42).await.is_empty());
}

async fn post_without_or_with_a_wrong_csrf_token_is_refused_and_changes_nothing(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example", "b.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    let wrong = format!("{}x", &csrf[..csrf.len() - 1]);

    for form in [
        vec![("jwt", jwt.as_str()), ("action", "all")],
        vec![("jwt", jwt.as_str()), ("csrf", ""), ("action", "all")],
        vec![
            ("jwt", jwt.as_str()),
            ("csrf", wrong.as_str()),
            ("action", "all"),
        ],
    ] {
        let response = app.post_do_unpause(&form).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{form:?}");
        assert!(has_id(&response.text().await.unwrap(), "error-forbidden"));
    }
    assert_eq!(app.summary(42).await.count, 2);
}

async fn post_from_a_browser_without_the_session_is_refused(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;

    // Same token and CSRF value, but another browser: no session cookie.
    let stranger = client();
    let response = stranger
        .post(app.url("/sfe/v1/do-unpause"))
        .headers(same_origin(&app.base))
        .form(&[("jwt", jwt.as_str()), ("csrf", &csrf), ("action", "all")])
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.summary(42).await.count, 1);
}

async fn cross_site_posts_are_refused_even_with_a_valid_session(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    let form = [
        ("jwt", jwt.as_str()),
        ("csrf", csrf.as_str()),
        ("action", "all"),
    ];

    let mut foreign_origin = HeaderMap::new();
    foreign_origin.insert(ORIGIN, HeaderValue::from_static("https://evil.example"));
    let mut null_origin = HeaderMap::new();
    null_origin.insert(ORIGIN, HeaderValue::from_static("null"));
    let mut cross_site = same_origin(&app.base);
    cross_site.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
    // "none" (typed in by the user) vouches for nothing about the form.
    let mut none_but_foreign = foreign_origin.clone();
    none_but_foreign.insert("sec-fetch-site", HeaderValue::from_static("none"));
    for headers in [foreign_origin, null_origin, cross_site, none_but_foreign] {
        let response = app.post_do_unpause_with(&form, headers.clone()).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{headers:?}");
    }
    assert_eq!(app.summary(42).await.count, 1);
}

/// A page loaded under a `no-referrer` policy (an older portal's, still in
/// a browser's cache) makes the browser send `Origin: null` with its form;
/// Sec-Fetch-Site, which no page can forge, still says where it came from.
async fn a_post_the_browser_marks_same_origin_passes_with_a_null_origin(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    let mut headers = HeaderMap::new();
    headers.insert(ORIGIN, HeaderValue::from_static("null"));
    headers.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));

    let response = app
        .post_do_unpause_with(
            &[("jwt", &jwt), ("csrf", &csrf), ("action", "all")],
            headers,
        )
        .await;

    assert_redirect_to(&response, "/sfe/v1/unpause-status");
    assert!(app.summary(42).await.is_empty());
}

async fn unpausing_ticked_names_leaves_the_others_paused(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example", "b.example", "c.example", "192.0.2.1"])
        .await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;

    let response = app
        .post_selected(&jwt, &csrf, &["dns:a.example", "ip:192.0.2.1"])
        .await;

    assert_redirect_to(&response, "/sfe/v1/unpause-status");
    assert_eq!(app.paused_values(42).await, ["b.example", "c.example"]);
    let html = app
        .get("/sfe/v1/unpause-status")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"id="status-names" data-count="2""#));
    assert!(html.contains(r#"id="status-remaining" data-count="2""#));
}

async fn ticked_names_of_another_account_are_never_unpaused(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["mine.example"]).await;
    app.pause(43, &["theirs.example"]).await;
    let jwt = app.link_token(42, &["mine.example"]);
    let csrf = app.open_page(&jwt).await;

    let response = app
        .post_selected(&jwt, &csrf, &["dns:theirs.example"])
        .await;

    // The request was accepted and reached the store, which touched nothing.
    assert_redirect_to(&response, "/sfe/v1/unpause-status");
    let html = app
        .get("/sfe/v1/unpause-status")
        .await
        .text()
        .await
        .unwrap();
    assert!(has_id(&html, "status-nothing"), "{html}");
    assert_eq!(app.paused_values(43).await, ["theirs.example"]);
    assert_eq!(app.paused_values(42).await, ["mine.example"]);
}

async fn expired_or_tampered_token_on_post_changes_nothing(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    let expired = app.token_at(
        42,
        &["a.example"],
        app.clock.now() - Duration::days(30),
        Duration::days(1),
    );
    let tampered = tamper_signature(&jwt);

    let response = app
        .post_do_unpause(&[
            ("jwt", expired.as_str()),
            ("csrf", &csrf),
            ("action", "all"),
        ])
        .await;
    assert_eq!(response.status(), StatusCode::GONE);
    let response = app
        .post_do_unpause(&[
            ("jwt", tampered.as_str()),
            ("csrf", &csrf),
            ("action", "all"),
        ])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);

    assert_eq!(app.summary(42).await.count, 1);
}

/// Changes one signature character to a different one, always.
fn tamper_signature(jwt: &str) -> String {
    let at = jwt.rfind('.').unwrap() + 5;
    let replacement = if &jwt[at..=at] == "A" { "B" } else { "A" };
    format!("{}{replacement}{}", &jwt[..at], &jwt[at + 1..])
}

async fn forms_missing_a_choice_or_with_garbled_names_get_400(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;

    for form in [
        vec![("jwt", jwt.as_str()), ("csrf", csrf.as_str())],
        vec![
            ("jwt", jwt.as_str()),
            ("csrf", csrf.as_str()),
            ("action", "selected"),
        ],
        vec![
            ("jwt", jwt.as_str()),
            ("csrf", csrf.as_str()),
            ("action", "selected"),
            ("name", "<b>x</b>"),
        ],
    ] {
        let response = app.post_do_unpause(&form).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{form:?}");
        assert!(has_id(&response.text().await.unwrap(), "error-bad-request"));
    }
    assert_eq!(app.summary(42).await.count, 1);
}

async fn sixty_thousand_names_are_unpaused_in_one_click(db: Db) {
    let app = spawn_app_on(db).await;
    let names: Vec<String> = (0..60_000)
        .map(|i| format!("h{i:05}.big.example"))
        .collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    app.pause(77, &refs).await;
    app.pause(78, &["bystander.example"]).await;
    // More than a summary counts (the audit trail below has the number).
    assert!(app.summary(77).await.count_capped);
    let jwt = app.link_token(77, &refs[..15]);
    let csrf = app.open_page(&jwt).await;

    let response = app
        .post_do_unpause(&[("jwt", jwt.as_str()), ("csrf", &csrf), ("action", "all")])
        .await;

    assert_redirect_to(&response, "/sfe/v1/unpause-status");
    assert_eq!(app.summary(77).await.count, 0);
    assert_eq!(app.summary(78).await.count, 1, "other accounts untouched");
    let html = app
        .get("/sfe/v1/unpause-status")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"data-count="60000""#));
    // One audit row for the click, grown batch by batch.
    let events = app.store.audit_events(account(77), 10).await.unwrap();
    assert_eq!(
        (events[0].action.as_str(), events[0].count),
        ("unpause", 60_000)
    );
}

async fn ticking_names_cannot_bypass_a_whole_account_pause(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause_account(42).await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;

    let response = app.post_selected(&jwt, &csrf, &["dns:a.example"]).await;

    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let summary = app.summary(42).await;
    assert!(summary.account_paused_at.is_some());
    assert_eq!(summary.count, 1);
}

async fn oversized_form_posts_get_413(db: Db) {
    let app = spawn_app_on(db).await;
    let big = "x".repeat(300 * 1024);
    let response = app
        .post_do_unpause(&[
            ("jwt", "a.b.c"),
            ("csrf", "x"),
            ("action", "all"),
            ("pad", &big),
        ])
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(has_id(&response.text().await.unwrap(), "error-too-large"));
}

async fn a_pause_stamped_by_a_clock_ahead_of_ours_still_unpauses(db: Db) {
    use acme_unpause::store::{AuditContext, PauseMode};
    let app = spawn_app_on(db).await;
    // The ACME server's clock runs ten minutes ahead of the portal's.
    let ahead = app.clock.now() + Duration::minutes(10);
    app.store
        .pause_identifiers(
            account(42),
            &idents(&["a.example"]),
            PauseMode::RespectCooldown,
            ahead,
            &AuditContext::cli(),
            &acme_unpause::store::Notice::default(),
        )
        .await
        .unwrap();
    app.store
        .pause_account(
            account(42),
            PauseMode::RespectCooldown,
            ahead,
            &AuditContext::cli(),
            &acme_unpause::store::Notice::default(),
        )
        .await
        .unwrap();
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;

    app.post_do_unpause(&[("jwt", jwt.as_str()), ("csrf", &csrf), ("action", "all")])
        .await;

    assert!(app.summary(42).await.is_empty());
}
