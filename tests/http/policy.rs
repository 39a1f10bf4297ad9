//! The pausing policy fed through the internal API, on every backend: the
//! seed discussion's cases end to end (the pure rules are unit-tested in
//! src/policy with long synthetic histories).

use acme_unpause::domain::Identifier;
use acme_unpause::policy::{Clients, Outcome, Policy, Tier};
use acme_unpause::store::{OutcomeReport, ValidationOutcome};
use serde_json::{Value, json};
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

use crate::helpers::*;

db_tests!(
    runaway_client_is_paused_and_its_next_order_refused,
    brand_new_account_fumbling_is_spared,
    account_with_recent_successes_is_never_paused,
    a_success_resets_the_pair,
    ten_dead_names_and_no_success_pause_the_whole_account,
    reports_from_two_instances_at_once_lose_no_failures,
    stale_policy_state_expires,
    failures_after_an_unpause_pause_again_only_after_fourteen_days,
    a_tier_for_unheard_clients_spares_those_that_show_errors_or_have_a_contact,
    a_large_batch_judges_as_its_outcomes_one_at_a_time_would,
);

fn rfc3339(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap()
}

/// `count` outcomes of one pair, one second apart, ending a minute ago.
fn burst(
    app: &TestApp,
    account: i64,
    name: &str,
    result: &str,
    count: i64,
    created: Duration,
) -> Vec<Value> {
    let end = app.clock.now() - Duration::minutes(1);
    (0..count)
        .map(|i| {
            json!({
                "account": account,
                "identifier": {"type": "dns", "value": name},
                "result": result,
                "at": rfc3339(end - Duration::seconds(count - i)),
                "client_ip": "203.0.113.5",
                "user_agent": "runaway-client/0.1",
                "account_created_at": rfc3339(app.clock.now() - created),
            })
        })
        .collect()
}

async fn report(app: &TestApp, outcomes: Vec<Value>) -> Value {
    let response = app
        .api_post("/internal/v1/outcomes", &json!({ "outcomes": outcomes }))
        .await;
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    response.json().await.unwrap()
}

async fn runaway_client_is_paused_and_its_next_order_refused(db: Db) {
    let app = spawn_app_on(db).await;
    let body = report(
        &app,
        burst(&app, 42, "gone.example", "failure", 30, Duration::days(400)),
    )
    .await;
    assert_eq!(
        body["paused"],
        json!([{"account": 42, "identifier": {"type": "dns", "value": "gone.example"}, "tier": "runaway"}])
    );
    // The audit trail names the policy and the failing client.
    let events = app.store.audit_events(account(42), 5).await.unwrap();
    assert_eq!(events[0].actor, "policy");
    assert_eq!(events[0].client_ip.as_deref(), Some("203.0.113.5"));
    assert_eq!(events[0].user_agent.as_deref(), Some("runaway-client/0.1"));
    assert_eq!(
        events[0].reason.as_deref(),
        Some("tier runaway; client did not declare it shows errors")
    );
    let check: Value = app
        .api_post(
            "/internal/v1/check",
            &json!({"account": 42, "identifiers": [{"type": "dns", "value": "gone.example"}]}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(check["problem"]["status"], 429);
}

async fn brand_new_account_fumbling_is_spared(db: Db) {
    let app = spawn_app_on(db).await;
    let body = report(
        &app,
        burst(&app, 42, "new.example", "failure", 50, Duration::days(1)),
    )
    .await;
    assert_eq!(body["paused"], json!([]));
    assert!(body["spared"].as_u64().unwrap() > 0, "{body}");
    assert!(app.summary(42).await.is_empty());
}

async fn account_with_recent_successes_is_never_paused(db: Db) {
    let app = spawn_app_on(db).await;
    // An integrator: issuing fine for some names...
    let mut outcomes = Vec::new();
    for i in 0..20 {
        outcomes.extend(burst(
            &app,
            42,
            &format!("ok{i}.example"),
            "success",
            1,
            Duration::days(900),
        ));
    }
    report(&app, outcomes).await;
    // ...while other names it forgot fail over and over.
    let mut failing = Vec::new();
    for i in 0..12 {
        failing.extend(burst(
            &app,
            42,
            &format!("dead{i}.example"),
            "failure",
            25,
            Duration::days(900),
        ));
    }
    let body = report(&app, failing).await;
    assert_eq!(body["paused"], json!([]));
    assert_eq!(body["accounts_paused"], json!([]));
    assert!(app.summary(42).await.is_empty());
}

async fn a_success_resets_the_pair(db: Db) {
    // A success that spares nothing (the window has passed by the next
    // failure), so only the reset keeps the pair from being paused.
    let app = spawn_app_with(Options {
        db,
        policy: Some(Policy {
            no_success_window: Duration::milliseconds(1),
            ..Policy::default()
        }),
        ..Options::default()
    })
    .await;
    let now = app.clock.now();
    let outcome = |result: &str, at: OffsetDateTime| {
        json!({
            "account": 42,
            "identifier": {"type": "dns", "value": "flaky.example"},
            "result": result,
            "at": rfc3339(at),
            "account_created_at": rfc3339(now - Duration::days(400)),
        })
    };
    let start = now - Duration::minutes(5);
    // 15 failures, a success, 15 failures: 30 without the reset would strike.
    let mut outcomes: Vec<Value> = (0..15)
        .map(|i| outcome("failure", start + Duration::milliseconds(100 * i)))
        .collect();
    outcomes.push(outcome("success", start + Duration::seconds(2)));
    outcomes.extend((0..15).map(|i| {
        outcome(
            "failure",
            start + Duration::seconds(3) + Duration::milliseconds(100 * i),
        )
    }));
    let body = report(&app, outcomes).await;
    assert_eq!(body["paused"], json!([]), "{body}");
    assert_eq!(body["spared"], 0, "nothing left to spare: {body}");
    // More failures with no success in between do strike.
    let again: Vec<Value> = (0..30)
        .map(|i| {
            outcome(
                "failure",
                start + Duration::seconds(10) + Duration::milliseconds(100 * i),
            )
        })
        .collect();
    let body = report(&app, again).await;
    assert_eq!(body["paused"].as_array().unwrap().len(), 1, "{body}");
}

async fn ten_dead_names_and_no_success_pause_the_whole_account(db: Db) {
    let app = spawn_app_on(db).await;
    let mut outcomes = Vec::new();
    for i in 0..10 {
        outcomes.extend(burst(
            &app,
            42,
            &format!("dead{i}.example"),
            "failure",
            30,
            Duration::days(400),
        ));
    }
    let body = report(&app, outcomes).await;
    assert_eq!(body["paused"].as_array().unwrap().len(), 10);
    assert_eq!(body["accounts_paused"], json!([42]));
    assert!(app.summary(42).await.account_paused_at.is_some());
}

async fn reports_from_two_instances_at_once_lose_no_failures(db: Db) {
    let app = spawn_app_on(db).await;
    let now = app.clock.now() - Duration::minutes(1);
    let outcome = |i: i64| ValidationOutcome {
        account: account(42),
        identifier: Identifier::parse("shared.example").unwrap(),
        outcome: Outcome::Failure,
        at: now - Duration::seconds(30 - i),
        client_ip: None,
        user_agent: None,
        account_created_at: Some(now - Duration::days(400)),
        client_shows_errors: false,
        event: None,
    };
    // Each reporter alone stays under the 21 failures that strike.
    let first: Vec<_> = (0..15).map(|i| outcome(2 * i)).collect();
    let second: Vec<_> = (0..15).map(|i| outcome(2 * i + 1)).collect();
    let (policy, nobody) = (Policy::default(), Default::default());
    let (a, b) = tokio::join!(
        app.store.record_outcomes(&first, &nobody, &policy),
        app.store.record_outcomes(&second, &nobody, &policy)
    );
    let paused = a.unwrap().paused.len() + b.unwrap().paused.len();
    assert_eq!(paused, 1, "30 failures together cross the tier once");
    assert_eq!(app.summary(42).await.count, 1);
}

async fn stale_policy_state_expires(db: Db) {
    let app = spawn_app_on(db).await;
    report(
        &app,
        burst(&app, 42, "a.example", "failure", 3, Duration::days(400)),
    )
    .await;
    let policy = Policy::default();
    let soon = app.clock.now() + Duration::days(1);
    assert_eq!(
        app.store
            .expire_policy_state(soon - policy.memory())
            .await
            .unwrap(),
        0
    );
    let later = app.clock.now() + policy.memory() + Duration::days(1);
    assert_eq!(
        app.store
            .expire_policy_state(later - policy.memory())
            .await
            .unwrap(),
        2,
        "the pair's row and the account's row"
    );
}

async fn failures_after_an_unpause_pause_again_only_after_fourteen_days(db: Db) {
    let app = spawn_app_on(db).await;
    let first = report(
        &app,
        burst(&app, 42, "z.example", "failure", 30, Duration::days(400)),
    )
    .await;
    assert_eq!(first["paused"].as_array().unwrap().len(), 1);
    let jwt = app.link_token(42, &["z.example"]);
    let csrf = app.open_page(&jwt).await;
    app.post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert!(app.summary(42).await.is_empty());

    // The client keeps failing the next day: inside the cooldown.
    app.clock.advance(Duration::days(1));
    let within = report(
        &app,
        burst(&app, 42, "z.example", "failure", 30, Duration::days(400)),
    )
    .await;
    assert_eq!(within["paused"], json!([]));
    assert!(within["unchanged"].as_u64().unwrap() > 0, "{within}");
    assert!(app.summary(42).await.is_empty());

    // Still failing after the cooldown: paused again.
    app.clock.advance(Duration::days(14));
    let after = report(
        &app,
        burst(&app, 42, "z.example", "failure", 30, Duration::days(400)),
    )
    .await;
    assert_eq!(after["paused"].as_array().unwrap().len(), 1, "{after}");
    assert_eq!(app.summary(42).await.count, 1);
}

/// Undeclared clients of accounts nobody can email are paused on a strict
/// tier; a client that declares it shows errors, or an account with a
/// contact, only on the lenient one. The audit trail says which it was.
async fn a_tier_for_unheard_clients_spares_those_that_show_errors_or_have_a_contact(db: Db) {
    let tier = |name: &str, burst: u32, clients: Clients| Tier {
        name: name.into(),
        every: Duration::hours(1),
        burst,
        clients,
    };
    let app = spawn_app_with(Options {
        db,
        policy: Some(Policy {
            tiers: vec![
                tier("strict", 2, Clients::Unheard),
                tier("lenient", 5, Clients::Any),
            ],
            ..Policy::default()
        }),
        ..Options::default()
    })
    .await;
    let failures = |account: i64, count: i64, extra: Value| {
        let mut outcomes = burst(
            &app,
            account,
            "dead.example",
            "failure",
            count,
            Duration::days(400),
        );
        for outcome in &mut outcomes {
            for (key, value) in extra.as_object().unwrap() {
                outcome[key] = value.clone();
            }
        }
        outcomes
    };
    let declared = json!({"client_shows_errors": true});
    let contact = json!({"contacts": ["mailto:admin@example.com"]});

    let unheard = report(&app, failures(42, 4, json!({}))).await;
    assert_eq!(unheard["paused"][0]["tier"], "strict");
    let shown = report(&app, failures(43, 4, declared.clone())).await;
    assert_eq!(shown["paused"], json!([]));
    assert_eq!(
        shown["spared"], 2,
        "the 3rd and 4th failures crossed only the strict tier"
    );
    let mailed = report(&app, failures(44, 4, contact)).await;
    assert_eq!(mailed["paused"], json!([]));

    // Past the lenient tier, the declared client is paused too.
    let more = report(&app, failures(45, 7, declared)).await;
    assert_eq!(more["paused"][0]["tier"], "lenient");
    let reason = |account_id: i64| {
        let store = app.store.clone();
        async move {
            store.audit_events(account(account_id), 5).await.unwrap()[0]
                .reason
                .clone()
        }
    };
    assert_eq!(
        reason(42).await.as_deref(),
        Some("tier strict; client did not declare it shows errors")
    );
    assert_eq!(
        reason(45).await.as_deref(),
        Some("tier lenient; client shows errors")
    );
}

/// A report's paused pairs (account, name, tier) and accounts, strikes
/// that paused nothing, and strikes spared, order aside.
type Judged = (Vec<(i64, String, String)>, Vec<i64>, u64, u64);

/// The report of a run, order aside: what two runs must agree on.
fn sorted(report: OutcomeReport) -> Judged {
    let mut paused: Vec<_> = report
        .paused
        .into_iter()
        .map(|p| (p.account.get(), p.identifier.value().to_owned(), p.tier))
        .collect();
    paused.sort();
    let mut accounts: Vec<_> = report.accounts_paused.iter().map(|a| a.get()).collect();
    accounts.sort_unstable();
    (paused, accounts, report.unchanged, report.spared)
}

/// Adds up the reports of several runs.
fn merged(reports: impl IntoIterator<Item = OutcomeReport>) -> OutcomeReport {
    let mut all = OutcomeReport::default();
    for report in reports {
        all.paused.extend(report.paused);
        all.accounts_paused.extend(report.accounts_paused);
        all.unchanged += report.unchanged;
        all.spared += report.spared;
    }
    all
}

/// A batch is read and written a few hundred rows per statement; it must
/// judge exactly as the outcomes fed one by one (in the batch's order, by
/// pair then time) do. More than one chunk of accounts and of pairs, rows
/// that exist and rows that do not, strikes, spared young accounts, resets
/// by a success, and whole-account pauses.
async fn a_large_batch_judges_as_its_outcomes_one_at_a_time_would(db: Db) {
    let (batched, single) = (spawn_app_on(db).await, spawn_app_on(db).await);
    let start = batched.clock.now() - Duration::hours(3);
    let outcome = |a: i64, name: &str, result: Outcome, at: OffsetDateTime| ValidationOutcome {
        account: account(a),
        identifier: Identifier::parse(name).unwrap(),
        outcome: result,
        at,
        client_ip: None,
        user_agent: None,
        // Every 13th account is young, and spared.
        account_created_at: Some(start - Duration::days(if a % 13 == 0 { 1 } else { 400 })),
        client_shows_errors: false,
        event: None,
    };
    // Half the accounts, and two names of each, exist before the batch.
    let mut before = Vec::new();
    for a in (1..=520).step_by(2) {
        for j in 0..2 {
            let at = start + Duration::seconds(j);
            before.push(outcome(
                a,
                &format!("n{j}.a{a}.example"),
                Outcome::Failure,
                at,
            ));
        }
    }
    // Then each account: three names, a few failures each, and enough to
    // strike on every 25th account; a success first on every 10th. Each
    // account's outcomes come in time order pair after pair, so one by one
    // and batched see the account's facts change in the same order.
    let mut batch = Vec::new();
    for a in 1..=520_i64 {
        let mut at = start + Duration::hours(1);
        for j in 0..3 {
            let name = format!("n{j}.a{a}.example");
            if a % 10 == 0 && j == 0 {
                batch.push(outcome(a, &name, Outcome::Success, at));
                at += Duration::seconds(1);
            }
            let failures = if a % 25 == 0 { 22 + j } else { 1 + (a + j) % 3 };
            for _ in 0..failures {
                batch.push(outcome(a, &name, Outcome::Failure, at));
                at += Duration::seconds(1);
            }
        }
    }
    // Two accounts with a dozen dead names: the whole-account rule.
    for a in [9001, 9002] {
        let mut at = start + Duration::hours(1);
        for j in 0..12 {
            for _ in 0..25 {
                batch.push(outcome(
                    a,
                    &format!("dead{j}.example"),
                    Outcome::Failure,
                    at,
                ));
                at += Duration::seconds(1);
            }
        }
    }
    let (policy, nobody) = (Policy::default(), Default::default());
    for app in [&batched, &single] {
        app.store
            .record_outcomes(&before, &nobody, &policy)
            .await
            .unwrap();
    }
    let all = batched
        .store
        .record_outcomes(&batch, &nobody, &policy)
        .await
        .unwrap();
    let mut one_by_one = Vec::new();
    for outcome in &batch {
        let one = single
            .store
            .record_outcomes(std::slice::from_ref(outcome), &nobody, &policy);
        one_by_one.push(one.await.unwrap());
    }
    let (all, one_by_one) = (sorted(all), sorted(merged(one_by_one)));
    assert_eq!(all, one_by_one);
    let (paused, accounts, _, spared) = &all;
    assert!(paused.len() > 20, "{paused:?}");
    assert_eq!(accounts, &[9001, 9002]);
    assert!(*spared > 0);

    // The stored states agree too: ten more failures a pair strike where
    // the counts so far make them strike, on both.
    let later = start + Duration::hours(2);
    let probe: Vec<_> = batch
        .chunk_by(|a, b| a.account == b.account && a.identifier == b.identifier)
        .flat_map(|pair| {
            let first = &pair[0];
            (0..10).map(move |i| ValidationOutcome {
                at: later + Duration::seconds(i),
                outcome: Outcome::Failure,
                ..first.clone()
            })
        })
        .collect();
    let mut probed = Vec::new();
    for app in [&batched, &single] {
        let report = app
            .store
            .record_outcomes(&probe, &nobody, &policy)
            .await
            .unwrap();
        probed.push(sorted(report));
    }
    assert_eq!(probed[0], probed[1]);
    for a in [25, 26, 9001] {
        assert_eq!(
            batched.summary(a).await.count,
            single.summary(a).await.count,
            "account {a}"
        );
    }
}
