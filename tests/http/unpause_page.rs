//! GET /sfe/v1/unpause: what each kind of link shows.

use reqwest::StatusCode;
use time::Duration;

use crate::helpers::*;

db_tests!(
    valid_link_shows_the_live_paused_names_not_only_the_tokens,
    listing_is_capped_and_counts_the_rest,
    past_ten_thousand_names_the_page_stops_counting_and_unpause_all_still_clears_all,
    whole_account_pause_is_shown_and_only_unpause_everything_is_offered,
    account_with_nothing_paused_gets_a_page_that_says_so,
    expired_link_gets_the_expired_page_with_410,
    malformed_missing_and_foreign_links_get_the_invalid_page_with_400,
    signed_link_with_wrong_audience_is_invalid,
    get_requests_never_change_the_pause_state,
    the_page_shows_its_own_instances_unpause_at_once_and_another_ones_within_the_cache_time,
);

async fn valid_link_shows_the_live_paused_names_not_only_the_tokens(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example", "b.example", "192.0.2.7"])
        .await;
    let jwt = app.link_token(42, &["a.example"]);

    let response = app.get_unpause(&jwt).await;

    assert_eq!(response.status(), StatusCode::OK);
    assert_no_store(&response);
    assert_security_headers(&response);
    let html = response.text().await.unwrap();
    assert!(has_id(&html, "paused-count"));
    assert!(has_id(&html, "unpause-form"));
    for value in ["dns:a.example", "dns:b.example", "ip:192.0.2.7"] {
        assert!(
            html.contains(&format!(r#"value="{value}""#)),
            "{value} listed"
        );
    }
}

async fn listing_is_capped_and_counts_the_rest(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause_numbered(7, 150).await;

    let html = app
        .get_unpause(&app.link_token(7, &["n000.example"]))
        .await
        .text()
        .await
        .unwrap();

    assert_eq!(html.matches(r#"type="checkbox""#).count(), 100);
    assert!(has_id(&html, "unlisted"));
    assert!(html.contains("n099.example") && !html.contains("n100.example"));
}

async fn past_ten_thousand_names_the_page_stops_counting_and_unpause_all_still_clears_all(db: Db) {
    let app = spawn_app_on(db).await;
    // 10,001 paused names, straight into the table (the store's own path
    // would take minutes on a server database).
    let insert = match db {
        Db::Sqlite => {
            "WITH RECURSIVE c(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM c WHERE x < 10000) \
             INSERT INTO paused SELECT 7, 0, printf('n%06d.example', x), '2026-01-01 00:00:00', NULL FROM c"
        }
        Db::Mysql => {
            "INSERT INTO paused SELECT 7, 0, CONCAT('n', LPAD(seq, 6, '0'), '.example'), \
             '2026-01-01 00:00:00', NULL FROM seq_0_to_10000"
        }
        Db::Postgres => {
            "INSERT INTO paused SELECT 7, 0, 'n' || lpad(x::text, 6, '0') || '.example', \
             '2026-01-01 00:00:00+00', NULL FROM generate_series(0, 10000) AS x"
        }
    };
    app.db.execute(insert).await;
    let summary = app.summary(7).await;
    assert!(summary.count_capped);
    // A view counts ten thousand rows at most, whatever the account holds.
    assert_eq!(summary.count, 10_000);
    assert_eq!(summary.count, acme_unpause::store::COUNT_CAP);
    assert_eq!(
        summary.oldest, None,
        "the oldest of a capped count is unknown"
    );

    let jwt = app.link_token(7, &["n000000.example"]);
    let html = app.get_unpause(&jwt).await.text().await.unwrap();
    let count = without_isolation(&tr("en").n("unpause-count-many", 10_000));
    let shown = text_of(&html, "paused-count").map(|t| without_isolation(&t));
    assert!(
        shown.as_deref().is_some_and(|t| t.contains(&count)),
        "{count:?} not in {shown:?}: {html}"
    );
    assert_eq!(
        text_of(&html, "unlisted"),
        Some(tr("en").t("unpause-more-many")),
        "{html}"
    );

    let csrf = csrf_from(&html);
    let click = app
        .post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_redirect_to(&click, "/sfe/v1/unpause-status");
    assert!(app.summary(7).await.is_empty());
}

async fn whole_account_pause_is_shown_and_only_unpause_everything_is_offered(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause_account(9).await;
    app.pause(9, &["x.example"]).await;

    let html = app
        .get_unpause(&app.link_token(9, &["x.example"]))
        .await
        .text()
        .await
        .unwrap();

    assert!(has_id(&html, "account-paused"));
    assert!(has_id(&html, "unpause-all"));
    assert!(
        !has_id(&html, "unpause-some"),
        "ticking names cannot lift an account pause"
    );
}

async fn account_with_nothing_paused_gets_a_page_that_says_so(db: Db) {
    let app = spawn_app_on(db).await;
    let response = app.get_unpause(&app.link_token(5, &["gone.example"])).await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    assert!(has_id(&html, "unpause-clear"));
    assert!(!has_id(&html, "unpause-form"));
}

async fn expired_link_gets_the_expired_page_with_410(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.token_at(
        42,
        &["a.example"],
        app.clock.now() - Duration::days(30),
        Duration::days(14),
    );

    let response = app.get_unpause(&jwt).await;

    assert_eq!(response.status(), StatusCode::GONE);
    assert_no_store(&response);
    assert!(has_id(
        &response.text().await.unwrap(),
        "error-expired-link"
    ));
}

async fn malformed_missing_and_foreign_links_get_the_invalid_page_with_400(db: Db) {
    let app = spawn_app_on(db).await;
    let valid = app.link_token(42, &["a.example"]);
    let foreign_key = {
        let other = acme_unpause::token::KeySet::new(vec![
            acme_unpause::token::SigningKey::generate().unwrap(),
        ])
        .unwrap();
        acme_unpause::token::mint(
            &other,
            account(42),
            &idents(&["a.example"]),
            app.clock.now(),
            Duration::days(1),
        )
        .unwrap()
    };
    for path in [
        "/sfe/v1/unpause".to_owned(),
        "/sfe/v1/unpause?jwt=".to_owned(),
        "/sfe/v1/unpause?jwt=not-a-token".to_owned(),
        format!("/sfe/v1/unpause?jwt={}", &valid[..valid.len() - 10]),
        format!("/sfe/v1/unpause?jwt={valid}%3Cscript%3E"),
        format!("/sfe/v1/unpause?jwt={foreign_key}"),
    ] {
        let response = app.get(&path).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path}");
        assert_security_headers(&response);
        assert!(
            has_id(&response.text().await.unwrap(), "error-invalid-link"),
            "{path}"
        );
    }
}

async fn signed_link_with_wrong_audience_is_invalid(db: Db) {
    let app = spawn_app_on(db).await;
    let exp = (app.clock.now() + Duration::days(1)).unix_timestamp();
    let payload = format!(
        r#"{{"aud":"SFE","exp":{exp},"identifiers":"a.example","iss":"WFE","sub":"42","version":"v1"}}"#
    );
    let jwt = app.sign_raw(r#"{"alg":"HS256"}"#, &payload);

    let response = app.get_unpause(&jwt).await;

    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(has_id(
        &response.text().await.unwrap(),
        "error-invalid-link"
    ));
}

async fn get_requests_never_change_the_pause_state(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example", "b.example"]).await;
    app.pause_account(42).await;
    let before = app.summary(42).await;
    let events_before = app.store.audit_events(account(42), 100).await.unwrap();
    let jwt = app.link_token(42, &["a.example"]);

    // What a mail scanner or link previewer might fetch, several times.
    for path in [
        format!("/sfe/v1/unpause?jwt={jwt}"),
        format!("/sfe/v1/do-unpause?jwt={jwt}"),
        format!("/sfe/v1/unpause-status?jwt={jwt}"),
        format!("/sfe/v1/unpause?jwt={jwt}&action=all"),
    ] {
        for _ in 0..3 {
            let status = app.get(&path).await.status();
            assert!(
                status == StatusCode::OK || status == StatusCode::METHOD_NOT_ALLOWED,
                "{path}: {status}"
            );
        }
    }

    assert_eq!(app.summary(42).await, before);
    assert_eq!(
        app.store.audit_events(account(42), 100).await.unwrap(),
        events_before
    );
    // Not even a session: CSRF protection is a signed cookie (web::csrf).
    assert_eq!(app.db.scalar("SELECT COUNT(*) FROM sessions").await, 0);
}

async fn the_page_shows_its_own_instances_unpause_at_once_and_another_ones_within_the_cache_time(
    db: Db,
) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example", "b.example", "c.example"])
        .await;
    let jwt = app.link_token(42, &["a.example"]);
    let listed = |html: &str, name: &str| html.contains(&format!(r#"value="dns:{name}""#));
    let html = app.get_unpause(&jwt).await.text().await.unwrap();
    assert!(listed(&html, "a.example"), "{html}");

    // Another instance (its own store on the same database) unpauses a name:
    // this one shows it once its cached summary is older than a second.
    let other = app.another_instance().await;
    other
        .unpause_identifiers(
            account(42),
            &idents(&["a.example"]),
            app.clock.now(),
            &acme_unpause::store::AuditContext::cli(),
        )
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let html = app.get_unpause(&jwt).await.text().await.unwrap();
    assert!(!listed(&html, "a.example"), "{html}");
    assert!(listed(&html, "b.example"), "{html}");

    // This instance's own unpause shows on the very next view.
    let csrf = app.open_page(&jwt).await;
    app.post_selected(&jwt, &csrf, &["dns:b.example"]).await;
    let html = app.get_unpause(&jwt).await.text().await.unwrap();
    assert!(!listed(&html, "b.example"), "{html}");
    assert!(listed(&html, "c.example"), "{html}");
    // And so does a pause through this instance.
    app.pause(42, &["d.example"]).await;
    let html = app.get_unpause(&jwt).await.text().await.unwrap();
    assert!(listed(&html, "d.example"), "{html}");
}
