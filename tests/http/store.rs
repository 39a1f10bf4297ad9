//! The store's conformance suite, on every backend: concurrency, schema
//! handling, time and sessions.

use std::sync::Arc;

use acme_unpause::clock::Clock;
use acme_unpause::store::{self, AuditContext, PauseMode, PoolSettings, Schema, Store};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};
use tokio::task::JoinSet;

use crate::helpers::*;

db_tests!(
    concurrent_unpause_clicks_unpause_each_name_once,
    concurrent_pauses_of_one_account_are_recorded_once,
    migrations_are_idempotent_and_safe_to_run_concurrently,
    operator_mode_refuses_a_database_that_was_never_migrated,
    times_are_stored_in_utc_to_the_second,
    repause_respects_the_cooldown_unless_forced,
    leftover_sessions_are_purged_once_expired,
    check_reports_paused_names_in_request_order_with_one_query,
    an_unpause_counts_what_it_leaves_paused_in_its_own_transaction,
);

fn names(count: usize) -> Vec<String> {
    (0..count).map(|i| format!("n{i:05}.example")).collect()
}

/// Sum of the counts of the audit rows with this action and scope.
async fn audited(store: &dyn Store, account_id: i64, action: &str, scopes: &[&str]) -> u64 {
    store
        .audit_events(account(account_id), 10_000)
        .await
        .unwrap()
        .iter()
        .filter(|e| e.action == action && scopes.contains(&e.scope.as_str()))
        .map(|e| e.count)
        .sum()
}

async fn concurrent_unpause_clicks_unpause_each_name_once(db: Db) {
    let app = spawn_app_on(db).await;
    // More than one batch, so the clicks interleave batch by batch.
    let all = names(store::UNPAUSE_BATCH as usize + 2_000);
    let refs: Vec<&str> = all.iter().map(String::as_str).collect();
    app.pause(42, &refs).await;
    app.pause(43, &["bystander.example"]).await;
    app.pause_account(42).await;

    let mut clicks = JoinSet::new();
    for _ in 0..4 {
        let store = app.store.clone();
        let at = app.clock.now();
        clicks.spawn(async move {
            let ctx = AuditContext::cli();
            store.unpause_all(account(42), at, &ctx, &|_| {}).await
        });
    }
    let mut names_total = 0;
    let mut account_lifts = 0;
    while let Some(done) = clicks.join_next().await {
        let counts = done.unwrap().unwrap();
        names_total += counts.names;
        account_lifts += u64::from(counts.account);
    }

    assert_eq!(names_total, all.len() as u64, "each name unpaused once");
    assert_eq!(account_lifts, 1, "the account pause lifted once");
    assert!(app.summary(42).await.is_empty());
    assert_eq!(app.summary(43).await.count, 1, "other accounts untouched");
    let unpaused = audited(app.store.as_ref(), 42, "unpause", &["all", "identifiers"]).await;
    assert_eq!(unpaused, all.len() as u64, "audit trail matches the rows");
}

async fn concurrent_pauses_of_one_account_are_recorded_once(db: Db) {
    let app = spawn_app_on(db).await;
    // Overlapping sets from several reporters at once, in different orders.
    let all = names(300);
    let mut calls = JoinSet::new();
    for caller in 0..6_usize {
        let store = app.store.clone();
        let at = app.clock.now();
        let mut mine: Vec<_> = all
            .iter()
            .skip(caller * 20)
            .map(|n| acme_unpause::domain::Identifier::parse(n).unwrap())
            .collect();
        if caller % 2 == 1 {
            mine.reverse();
        }
        calls.spawn(async move {
            let ctx = AuditContext::cli();
            let names = store
                .pause_identifiers(
                    account(42),
                    &mine,
                    PauseMode::RespectCooldown,
                    at,
                    &ctx,
                    &acme_unpause::store::Notice::default(),
                )
                .await
                .unwrap();
            let whole = store
                .pause_account(
                    account(42),
                    PauseMode::RespectCooldown,
                    at,
                    &ctx,
                    &acme_unpause::store::Notice::default(),
                )
                .await
                .unwrap();
            (names, whole)
        });
    }
    let mut first_pauses = 0;
    let mut account_pauses = 0;
    while let Some(done) = calls.join_next().await {
        let (names, whole) = done.unwrap();
        first_pauses += names.paused;
        account_pauses += u64::from(whole);
    }

    let summary = app.summary(42).await;
    assert_eq!(summary.count, all.len() as u64);
    assert!(summary.account_paused_at.is_some());
    assert_eq!(
        first_pauses,
        all.len() as u64,
        "each pair paused by one call"
    );
    assert_eq!(account_pauses, 1, "the account paused by one call");
    let store = app.store.as_ref();
    assert_eq!(
        audited(store, 42, "pause", &["identifiers"]).await,
        all.len() as u64
    );
    assert_eq!(audited(store, 42, "pause", &["account"]).await, 1);
}

async fn migrations_are_idempotent_and_safe_to_run_concurrently(db: Db) {
    let test_db = TestDb::create(db).await;
    let pool = PoolSettings::default();
    let mut runs = JoinSet::new();
    for _ in 0..4 {
        let url = test_db.url.clone();
        runs.spawn(async move { store::connect(&url, &pool, Schema::Migrate).await });
    }
    while let Some(run) = runs.join_next().await {
        run.unwrap().unwrap();
    }
    // Again on a migrated database, then the read-only check.
    store::connect(&test_db.url, &pool, Schema::Migrate)
        .await
        .unwrap();
    let store = store::connect(&test_db.url, &pool, Schema::Check)
        .await
        .unwrap();
    store.ping().await.unwrap();
}

async fn operator_mode_refuses_a_database_that_was_never_migrated(db: Db) {
    let test_db = TestDb::create(db).await;
    let err = store::connect(&test_db.url, &PoolSettings::default(), Schema::Check)
        .await
        .expect_err("an empty database fails the schema check");
    assert!(
        format!("{err:#}").contains("acme-unpause migrate"),
        "{err:#}"
    );
}

async fn times_are_stored_in_utc_to_the_second(db: Db) {
    let app = spawn_app_on(db).await;
    // Noon in UTC, written from a clock in another zone, with a fraction.
    let at = datetime!(2026-11-20 14:00:00.75 +02:00);
    app.store
        .pause_identifiers(
            account(42),
            &idents(&["a.example"]),
            PauseMode::RespectCooldown,
            at,
            &AuditContext::cli(),
            &acme_unpause::store::Notice::default(),
        )
        .await
        .unwrap();
    let summary = app.summary(42).await;
    let stored = summary.first[0].paused_at;
    assert_eq!(stored, datetime!(2026-11-20 12:00:00 UTC));
    assert_eq!(stored.offset(), time::UtcOffset::UTC);
    assert_eq!(summary.oldest, Some(stored));
}

async fn repause_respects_the_cooldown_unless_forced(db: Db) {
    let app = spawn_app_on(db).await;
    let at = app.clock.now();
    let ctx = AuditContext::cli();
    let pause = |store: Arc<dyn Store>, at: OffsetDateTime, mode: PauseMode| async move {
        store
            .pause_identifiers(
                account(42),
                &idents(&["a.example"]),
                mode,
                at,
                &AuditContext::cli(),
                &acme_unpause::store::Notice::default(),
            )
            .await
            .unwrap()
    };
    assert_eq!(
        pause(app.store.clone(), at, PauseMode::RespectCooldown)
            .await
            .paused,
        1
    );
    app.store
        .unpause_all(account(42), at, &ctx, &|_| {})
        .await
        .unwrap();
    let soon = at + Duration::days(13);
    let later = at + Duration::days(15);
    let store = app.store.clone();
    assert_eq!(
        pause(store.clone(), soon, PauseMode::RespectCooldown)
            .await
            .cooldown,
        1
    );
    assert_eq!(
        pause(store.clone(), soon, PauseMode::Force).await.repaused,
        1
    );
    store
        .unpause_all(account(42), soon, &ctx, &|_| {})
        .await
        .unwrap();
    assert_eq!(
        pause(store.clone(), later, PauseMode::RespectCooldown)
            .await
            .cooldown,
        1,
        "the cooldown runs from the latest unpause"
    );
    let much_later = soon + Duration::days(14);
    assert_eq!(
        pause(store, much_later, PauseMode::RespectCooldown)
            .await
            .repaused,
        1
    );
    assert_eq!(app.summary(42).await.count, 1);
}

async fn leftover_sessions_are_purged_once_expired(db: Db) {
    // No running portal: its periodic clean-up would race this test.
    let test_db = TestDb::create(db).await;
    let store = store::connect(&test_db.url, &PoolSettings::default(), Schema::Migrate)
        .await
        .unwrap();
    // Rows an earlier version wrote: one expired, one not yet.
    test_db
        .execute(
            "INSERT INTO sessions (id, data, expires_at) \
             VALUES ('old', '', 1), ('live', '', 99999999999)",
        )
        .await;
    assert_eq!(store.delete_expired_sessions().await.unwrap(), 1);
    assert_eq!(test_db.scalar("SELECT COUNT(*) FROM sessions").await, 1);
}

async fn check_reports_paused_names_in_request_order_with_one_query(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example", "192.0.2.1"]).await;
    app.pause(43, &["b.example"]).await;
    let asked = idents(&["b.example", "192.0.2.1", "c.example", "a.example"]);

    let check = app.store.check_paused(account(42), &asked).await.unwrap();
    assert!(!check.account);
    let values: Vec<&str> = check.paused.iter().map(|i| i.value()).collect();
    assert_eq!(values, ["192.0.2.1", "a.example"]);

    app.pause_account(42).await;
    let check = app.store.check_paused(account(42), &asked).await.unwrap();
    assert!(check.account);
    let other = app.store.check_paused(account(43), &asked).await.unwrap();
    assert!(!other.account);
    assert_eq!(other.paused, idents(&["b.example"]));

    let too_many: Vec<String> = names(store::MAX_CHECKED + 1);
    let refs: Vec<&str> = too_many.iter().map(String::as_str).collect();
    assert!(matches!(
        app.store.check_paused(account(42), &idents(&refs)).await,
        Err(store::StoreError::Refused(_))
    ));
}

async fn an_unpause_counts_what_it_leaves_paused_in_its_own_transaction(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["a.example", "b.example", "c.example"])
        .await;
    app.pause(43, &["other.example"]).await;
    let now = app.clock.now();
    let ctx = AuditContext::cli();

    let some = app
        .store
        .unpause_identifiers(account(42), &idents(&["a.example"]), now, &ctx)
        .await
        .unwrap();
    let budget = store::UnpauseBudget {
        limit: 4,
        window: Duration::days(60),
    };
    let more = app
        .store
        .unpause_within_budget(
            account(42),
            Some(&idents(&["b.example"])),
            budget,
            now,
            &ctx,
        )
        .await
        .unwrap()
        .unwrap();
    let rest = app
        .store
        .unpause_all(account(42), now, &ctx, &|_| {})
        .await
        .unwrap();

    assert_eq!((some.names, some.remaining), (1, 2));
    assert_eq!((more.names, more.remaining), (1, 1));
    assert_eq!((rest.names, rest.remaining), (1, 0));
    assert_eq!(
        app.summary(43).await.count,
        1,
        "another account's names are not counted"
    );
}
