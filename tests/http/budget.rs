//! The per-account unpause budget: what counts, that concurrent posts
//! cannot overspend it, the page's warning, and the operator's reset.

use acme_unpause::clock::SystemClock;
use acme_unpause::settings::LimitSettings;
use acme_unpause::store::{AuditContext, PauseMode};
use reqwest::StatusCode;
use reqwest::header::RETRY_AFTER;
use time::Duration;

use crate::helpers::*;

db_tests!(
    working_through_names_one_by_one_spends_one_unpause,
    concurrent_unpauses_are_counted_once_and_all_pass,
    the_page_warns_when_few_are_left_and_an_operator_can_lift_the_budget,
);

async fn budgeted_app(db: Db, unpauses: u32) -> TestApp {
    spawn_app_with(budgeted(db, unpauses)).await
}

fn budgeted(db: Db, unpauses: u32) -> Options {
    Options {
        db,
        limits: Some(LimitSettings {
            account_unpauses: unpauses,
            account_unpause_window: Duration::days(30),
            // Many posts, on as many connections, from one test client:
            // not what is tested here.
            posts_per_minute: 0,
            connections_per_client: 0,
            ..LimitSettings::default()
        }),
        ..Options::default()
    }
}

/// Pauses `names` again now, as a client failing after its unpause would.
async fn repause(app: &TestApp, names: &[&str]) {
    app.store
        .pause_identifiers(
            account(42),
            &idents(names),
            PauseMode::Force,
            app.clock.now(),
            &AuditContext::cli(),
            &acme_unpause::store::Notice::default(),
        )
        .await
        .unwrap();
}

async fn unpause_one(app: &TestApp, name: &str) -> reqwest::Response {
    let jwt = app.link_token(42, &[name]);
    let csrf = app.open_page(&jwt).await;
    app.post_selected(&jwt, &csrf, &[&format!("dns:{name}")])
        .await
}

async fn counted(app: &TestApp) -> i64 {
    app.db
        .scalar(
            "SELECT COUNT(*) FROM pause_events \
             WHERE registrationID = 42 AND action = 'budget' AND scope = 'counted'",
        )
        .await
}

async fn working_through_names_one_by_one_spends_one_unpause(db: Db) {
    let app = budgeted_app(db, 2).await;
    let names = [
        "a.example",
        "b.example",
        "c.example",
        "d.example",
        "e.example",
    ];
    app.pause(42, &names).await;
    app.clock.advance(Duration::minutes(1));

    // Five one-name unpauses of one pause: one counted unpause.
    for name in names {
        assert_redirect_to(&unpause_one(&app, name).await, "/sfe/v1/unpause-status");
        app.clock.advance(Duration::minutes(1));
    }
    assert!(app.summary(42).await.is_empty());
    assert_eq!(counted(&app).await, 1);

    // Paused again and unpaused: the second and last of the window.
    app.clock.advance(Duration::days(1));
    repause(&app, &["a.example"]).await;
    app.clock.advance(Duration::minutes(1));
    let jwt = app.link_token(42, &["a.example"]);
    let csrf = app.open_page(&jwt).await;
    for _ in 0..2 {
        // Clicking again changes nothing, and costs nothing.
        let response = app.post_selected(&jwt, &csrf, &["dns:a.example"]).await;
        assert_redirect_to(&response, "/sfe/v1/unpause-status");
    }
    assert_eq!(counted(&app).await, 2);

    // Paused once more: now the budget refuses.
    app.clock.advance(Duration::days(1));
    repause(&app, &["a.example"]).await;
    let refused = unpause_one(&app, "a.example").await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = refused.headers()[RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    // The first counted unpause, 2 days and 6 minutes ago, leaves the window first.
    let first_left = Duration::days(30) - Duration::days(2) - Duration::minutes(6);
    assert_eq!(wait, first_left.whole_seconds());
    assert_eq!(app.paused_values(42).await, ["a.example"]);
    assert_eq!(counted(&app).await, 2);
}

async fn concurrent_unpauses_are_counted_once_and_all_pass(db: Db) {
    let app = budgeted_app(db, 1).await;
    let names: Vec<String> = (0..50).map(|i| format!("n{i:02}.example")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    app.pause(42, &refs).await;
    app.clock.advance(Duration::minutes(1));
    let jwt = app.link_token(42, &["n00.example"]);
    let csrf = app.open_page(&jwt).await;

    // Fifty posts at once, one name each, from one visitor's browser.
    let mut posts = tokio::task::JoinSet::new();
    for name in &names {
        let client = app.client.clone();
        let url = app.url("/sfe/v1/do-unpause");
        let headers = same_origin(&app.base);
        let form = vec![
            ("jwt".to_owned(), jwt.clone()),
            ("csrf".to_owned(), csrf.clone()),
            ("action".to_owned(), "selected".to_owned()),
            ("name".to_owned(), format!("dns:{name}")),
        ];
        posts.spawn(async move {
            let response = client.post(url).headers(headers).form(&form).send().await;
            response.unwrap().status()
        });
    }
    let statuses = posts.join_all().await;

    // Serially, the first counts and the others lift nothing paused since:
    // each passes, and the budget of one is spent exactly once.
    assert!(
        statuses.iter().all(|s| *s == StatusCode::SEE_OTHER),
        "{statuses:?}"
    );
    assert!(app.summary(42).await.is_empty());
    assert_eq!(counted(&app).await, 1);
}

async fn the_page_warns_when_few_are_left_and_an_operator_can_lift_the_budget(db: Db) {
    // Ten days ago, so that the operator's command, on the real clock,
    // comes after every unpause the test makes.
    let app = spawn_app_with(Options {
        now: Some(SystemClock.now() - Duration::days(10)),
        ..budgeted(db, 2)
    })
    .await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let page = app.get_unpause(&jwt).await.text().await.unwrap();
    assert!(!has_id(&page, "unpause-budget"), "nothing spent yet");

    let mut first = None;
    for _ in 0..2 {
        app.clock.advance(Duration::days(1));
        first.get_or_insert(app.clock.now());
        assert_redirect_to(
            &unpause_one(&app, "a.example").await,
            "/sfe/v1/unpause-status",
        );
        app.clock.advance(Duration::minutes(1));
        repause(&app, &["a.example"]).await;
        let jwt = app.link_token(42, &["a.example"]);
        let page = app.get_unpause(&jwt).await.text().await.unwrap();
        let left = 2 - counted(&app).await;
        let note = text_of(&page, "unpause-budget")
            .unwrap_or_else(|| panic!("the page says what is left: {page}"));
        // When the first counted unpause leaves the window.
        let until = acme_unpause::i18n::display_time(first.unwrap() + Duration::days(30));
        assert_eq!(
            without_isolation(&note),
            without_isolation(&tr("en").n_s("unpause-budget-left", left as u64, "until", &until))
        );
    }
    assert_eq!(
        unpause_one(&app, "a.example").await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );

    // The operator lifts the budget from the command line.
    let dir = tempfile::tempdir().unwrap();
    let out = crate::cli::run(
        dir.path(),
        &[
            "--database-url",
            &app.db.url,
            "unpause",
            "--account",
            "42",
            "--reset-budget",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        app.paused_values(42).await,
        ["a.example"],
        "nothing unpaused"
    );
    let events = app.store.audit_events(account(42), 1).await.unwrap();
    assert_eq!(
        (
            events[0].action.as_str(),
            events[0].scope.as_str(),
            events[0].actor.as_str()
        ),
        ("budget", "reset", "cli")
    );
    assert_redirect_to(
        &unpause_one(&app, "a.example").await,
        "/sfe/v1/unpause-status",
    );
    assert!(app.summary(42).await.is_empty());
}
