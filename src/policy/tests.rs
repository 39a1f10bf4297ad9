//! Synthetic histories for the pausing policy, mirroring the seed
//! discussion's cases. Every test uses fixed instants; nothing reads a clock.

use time::macros::datetime;
use time::{Duration, OffsetDateTime};

use super::*;

const T0: OffsetDateTime = datetime!(2025-01-01 03:00 UTC);

fn old_account() -> AccountFacts {
    AccountFacts {
        created_at: Some(T0 - Duration::days(730)),
        first_seen: T0 - Duration::days(700),
        last_success: None,
    }
}

fn new_account(created: OffsetDateTime) -> AccountFacts {
    AccountFacts {
        created_at: Some(created),
        first_seen: created,
        last_success: None,
    }
}

fn pause(tier: &str) -> Verdict {
    Verdict::Pause {
        tier: tier.to_owned(),
    }
}

fn tier(name: &str, every: Duration, burst: u32) -> Tier {
    Tier {
        name: name.to_owned(),
        every,
        burst,
        clients: Clients::Any,
    }
}

/// The tiers first proposed: runaway 10 s/60, Boulder's 1 day/3,600, zombie
/// 3 days/30.
fn proposed_tiers() -> Vec<Tier> {
    vec![
        tier("runaway", Duration::seconds(10), 60),
        tier("daily", Duration::days(1), 3600),
        tier("zombie", Duration::days(3), 30),
    ]
}

/// Deterministic pseudo-random numbers (64-bit LCG, Knuth's constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

// (1) Daily cron zombie.
//
// Zombie tier after the k-th daily failure (first at day 0): tat = 3k days
// ahead of the start, now = k - 1 days, so the bucket holds 2k + 1 days of
// drain; over when 2k + 1 > 30 × 3 = 90, i.e. k = 45, on day 44.
#[test]
fn daily_cron_zombie_on_old_account_is_paused_on_day_44() {
    let policy = Policy::default();
    let account = old_account();
    let mut pair = PairState::default();

    for day in 0..44 {
        let v = judge(
            &policy,
            &mut pair,
            &account,
            Outcome::Failure,
            T0 + Duration::days(day),
        );
        assert_eq!(v, Verdict::Nothing, "day {day}");
    }
    let v = judge(
        &policy,
        &mut pair,
        &account,
        Outcome::Failure,
        T0 + Duration::days(44),
    );
    assert_eq!(v, pause("zombie"));
}

#[test]
fn daily_cron_zombie_with_half_hour_jitter_is_still_paused_on_day_44() {
    let policy = Policy::default();
    let account = old_account();
    let mut pair = PairState::default();
    let mut rng = Lcg(7);

    let mut first_pause = None;
    for day in 0..60 {
        let jitter = Duration::minutes(rng.next(61) as i64 - 30);
        let at = T0 + Duration::days(day) + jitter;
        let v = judge(&policy, &mut pair, &account, Outcome::Failure, at);
        if v != Verdict::Nothing && first_pause.is_none() {
            assert_eq!(v, pause("zombie"));
            first_pause = Some(day);
        }
    }
    assert_eq!(first_pause, Some(44));
}

// The usual zombie: last certificate at day 0, renewals fail daily from day 60
// (30 days before expiry). The bucket is over from day 104 (60 + 44), but the
// pair's own success spares it until the window closes on day 120.
#[test]
fn zombie_after_last_success_is_paused_when_the_window_closes() {
    let policy = Policy::default();
    let mut account = old_account();
    let mut pair = PairState::default();
    let judge_day = |pair: &mut PairState, account: &AccountFacts, day, outcome| {
        judge(&policy, pair, account, outcome, T0 + Duration::days(day))
    };

    assert_eq!(
        judge_day(&mut pair, &account, 0, Outcome::Success),
        Verdict::Reset
    );
    account.last_success = Some(T0);

    for day in 60..104 {
        assert_eq!(
            judge_day(&mut pair, &account, day, Outcome::Failure),
            Verdict::Nothing,
            "day {day}"
        );
    }
    for day in 104..120 {
        assert_eq!(
            judge_day(&mut pair, &account, day, Outcome::Failure),
            Verdict::Spared(Spared::RecentPairSuccess),
            "day {day}"
        );
    }
    assert_eq!(
        judge_day(&mut pair, &account, 120, Outcome::Failure),
        pause("zombie")
    );
}

// (2) Runaway at 10 failures a second. Runaway tier after the k-th failure:
// tat = 10k s ahead of the start, now = (k - 1) × 0.1 s; over 20 × 10 = 200 s
// when 9.9k + 0.1 > 200, i.e. k = 21, 2.0 s in. Zombie needs 31.
#[test]
fn runaway_client_is_paused_within_seconds() {
    let policy = Policy::default();
    let account = old_account();
    let mut pair = PairState::default();
    let at = |k: i64| T0 + Duration::milliseconds(100 * (k - 1));

    for k in 1..=20 {
        assert_eq!(
            judge(&policy, &mut pair, &account, Outcome::Failure, at(k)),
            Verdict::Nothing,
            "failure {k}"
        );
    }
    assert_eq!(
        judge(&policy, &mut pair, &account, Outcome::Failure, at(21)),
        pause("runaway")
    );
    assert_eq!(at(21) - T0, Duration::seconds(2));
    // Still over while it keeps failing: the store, not the policy, dedupes.
    for k in 22..=100 {
        assert_eq!(
            judge(&policy, &mut pair, &account, Outcome::Failure, at(k)),
            pause("runaway"),
            "failure {k}"
        );
    }
}

// (3) A brand-new account fumbling its first certificate: 50 failures, 144 s
// apart (two hours), then a success. The zombie tier is crossed at the 31st
// failure, but the account is young.
#[test]
fn new_account_fumbling_first_certificate_is_never_paused() {
    let policy = Policy::default();
    let account = new_account(T0);
    let mut pair = PairState::default();
    let at = |k: i64| T0 + Duration::seconds(144 * (k - 1));

    for k in 1..=30 {
        assert_eq!(
            judge(&policy, &mut pair, &account, Outcome::Failure, at(k)),
            Verdict::Nothing,
            "failure {k}"
        );
    }
    for k in 31..=50 {
        assert_eq!(
            judge(&policy, &mut pair, &account, Outcome::Failure, at(k)),
            Verdict::Spared(Spared::YoungAccount),
            "failure {k}"
        );
    }
    assert_eq!(at(50) - T0, Duration::seconds(144 * 49));
    let done = T0 + Duration::hours(2);
    assert_eq!(
        judge(&policy, &mut pair, &account, Outcome::Success, done),
        Verdict::Reset
    );
    assert_eq!(pair.tat_ms, [0; MAX_TIERS]);

    // The same fumbling on an old account without successes is paused: the
    // grace is what spares the newcomer.
    let mut pair = PairState::default();
    let verdicts: Vec<_> = (1..=31)
        .map(|k| judge(&policy, &mut pair, &old_account(), Outcome::Failure, at(k)))
        .collect();
    assert_eq!(verdicts[29], Verdict::Nothing);
    assert_eq!(verdicts[30], pause("zombie"));
}

#[test]
fn account_age_counts_from_the_earlier_of_creation_and_first_seen() {
    let policy = Policy::default();
    let at = T0 + Duration::days(29);
    // 31 failures a minute apart, the last at `at`: crosses the zombie tier.
    let crossed = |account: &AccountFacts| {
        let mut pair = PairState::default();
        (0..31)
            .map(|k| {
                judge(
                    &policy,
                    &mut pair,
                    account,
                    Outcome::Failure,
                    at - Duration::minutes(30 - k),
                )
            })
            .last()
    };
    let young = Some(Verdict::Spared(Spared::YoungAccount));

    // Created long ago, first seen today: old.
    let reported_old = AccountFacts {
        created_at: Some(T0 - Duration::days(400)),
        first_seen: at,
        last_success: None,
    };
    assert_eq!(crossed(&reported_old), Some(pause("zombie")));
    // No creation time: first seen 29 days ago is young, 30 days ago is not.
    let unreported = AccountFacts {
        created_at: None,
        first_seen: T0,
        last_success: None,
    };
    assert_eq!(crossed(&unreported), young);
    let unreported_30 = AccountFacts {
        first_seen: T0 - Duration::days(1),
        ..unreported
    };
    assert_eq!(crossed(&unreported_30), Some(pause("zombie")));
    // Seen before the reported creation (clock skew): the earlier wins.
    let skewed = AccountFacts {
        created_at: Some(at),
        first_seen: T0 - Duration::days(1),
        last_success: None,
    };
    assert_eq!(crossed(&skewed), Some(pause("zombie")));
}

// (4) The seed's large integrator: 200 successes on other names in the last
// 200 days while 3,000 names fail daily. Each failing pair crosses on day 44
// and is spared from then on; the account is never paused either.
#[test]
fn integrator_with_recent_successes_is_never_paused() {
    let policy = Policy::default();
    let mut account = old_account();
    let mut pairs = vec![PairState::default(); 3000];
    let (mut nothing, mut spared) = (0, 0);

    for day in 0..200 {
        let morning = T0 + Duration::days(day) - Duration::hours(2);
        account.last_success = Some(morning);
        for (i, pair) in pairs.iter_mut().enumerate() {
            let at = T0 + Duration::days(day) + Duration::seconds(i as i64);
            match judge(&policy, pair, &account, Outcome::Failure, at) {
                Verdict::Nothing => nothing += 1,
                Verdict::Spared(Spared::RecentAccountSuccess) => spared += 1,
                other => panic!("day {day}, name {i}: {other:?}"),
            }
        }
    }
    assert_eq!(nothing, 3000 * 44);
    assert_eq!(spared, 3000 * (200 - 44));
    let end = T0 + Duration::days(200);
    assert!(!account_should_pause(&policy, &account, 3000, end));

    // Once its successes are 120 days old, the same account is paused.
    account.last_success = Some(end - Duration::days(120));
    assert_eq!(
        judge(&policy, &mut pairs[0], &account, Outcome::Failure, end),
        pause("zombie")
    );
    assert!(account_should_pause(&policy, &account, 3000, end));
}

// (5) A success resets the pair: the count starts again from zero.
#[test]
fn success_resets_the_pair_which_then_needs_the_full_count_again() {
    let policy = Policy::default();
    let mut account = old_account();
    let mut pair = PairState::default();
    let day = |d: i64| T0 + Duration::days(d);

    for d in 0..44 {
        assert_eq!(
            judge(&policy, &mut pair, &account, Outcome::Failure, day(d)),
            Verdict::Nothing
        );
    }
    assert_eq!(
        judge(&policy, &mut pair, &account, Outcome::Success, day(44)),
        Verdict::Reset
    );
    account.last_success = Some(day(44));
    assert_eq!(pair.tat_ms, [0; MAX_TIERS]);
    assert_eq!(pair.last_success(), Some(day(44)));
    assert_eq!(pair.last_failure(), Some(day(43)));

    for d in 45..89 {
        assert_eq!(
            judge(&policy, &mut pair, &account, Outcome::Failure, day(d)),
            Verdict::Nothing,
            "day {d}"
        );
    }
    // The 45th failure after the reset crosses again (the success spares it).
    assert_eq!(
        judge(&policy, &mut pair, &account, Outcome::Failure, day(89)),
        Verdict::Spared(Spared::RecentPairSuccess)
    );
}

// (6) Whole-account rule.
#[test]
fn account_is_paused_at_threshold_names_with_no_success_in_window() {
    let policy = Policy::default();
    let at = T0;
    let mut account = old_account();

    assert!(account_should_pause(&policy, &account, 10, at));
    assert!(account_should_pause(&policy, &account, 11, at));
    assert!(!account_should_pause(&policy, &account, 9, at));
    assert!(!account_should_pause(&policy, &account, 0, at));

    account.last_success = Some(at - Duration::days(119));
    assert!(!account_should_pause(&policy, &account, 10, at));
    account.last_success = Some(at - Duration::days(120));
    assert!(account_should_pause(&policy, &account, 10, at));

    let young = new_account(at - Duration::days(10));
    assert!(!account_should_pause(&policy, &young, 10, at));

    let off = Policy {
        account_pause_names: u32::MAX,
        ..Policy::default()
    };
    assert!(!account_should_pause(&off, &old_account(), 5000, at));
}

// (7) Storage bound: states die once drained and without a recent success.
#[test]
fn pair_state_is_dead_once_drained_and_without_recent_success() {
    let policy = Policy::default();
    let account = old_account();
    let ms = Duration::milliseconds(1);
    assert!(!pair_state_is_live(&policy, &PairState::default(), T0));

    // One failure: the zombie bucket (3 days per unit) is the last to drain.
    let mut pair = PairState::default();
    judge(&policy, &mut pair, &account, Outcome::Failure, T0);
    assert!(pair_state_is_live(
        &policy,
        &pair,
        T0 + Duration::days(3) - ms
    ));
    assert!(!pair_state_is_live(&policy, &pair, T0 + Duration::days(3)));

    // A thousand failures: the fill is capped at burst + 1 units, so the state
    // still dies 31 × 3 = 93 days after the last failure.
    let mut pair = PairState::default();
    let last = T0 + Duration::milliseconds(100 * 999);
    for k in 0..1000 {
        judge(
            &policy,
            &mut pair,
            &account,
            Outcome::Failure,
            T0 + Duration::milliseconds(100 * k),
        );
    }
    assert_eq!(policy.tiers[1].memory(), Duration::days(93));
    assert!(pair_state_is_live(
        &policy,
        &pair,
        last + Duration::days(93) - ms
    ));
    assert!(!pair_state_is_live(
        &policy,
        &pair,
        last + Duration::days(93)
    ));

    // A success keeps the state for the no-success window.
    judge(&policy, &mut pair, &account, Outcome::Success, last);
    assert!(pair_state_is_live(
        &policy,
        &pair,
        last + Duration::days(120) - ms
    ));
    assert!(!pair_state_is_live(
        &policy,
        &pair,
        last + Duration::days(120)
    ));

    // Buckets filled under another tier list say nothing.
    let mut pair = PairState::default();
    judge(&policy, &mut pair, &account, Outcome::Failure, T0);
    let changed = Policy {
        tiers: vec![tier("zombie", Duration::days(4), 30)],
        ..Policy::default()
    };
    assert!(pair_state_is_live(&policy, &pair, T0 + Duration::days(1)));
    assert!(!pair_state_is_live(&changed, &pair, T0 + Duration::days(1)));
}

#[test]
fn changing_the_tiers_empties_stored_buckets_instead_of_misreading_them() {
    let policy = Policy::default();
    let account = old_account();
    let mut pair = PairState::default();
    for k in 0..30 {
        judge(
            &policy,
            &mut pair,
            &account,
            Outcome::Failure,
            T0 + Duration::seconds(20 * k),
        );
    }
    // Swapped order: read as-is, the zombie slot would overflow the runaway
    // tier at once; instead the pair starts over.
    let swapped = Policy {
        tiers: policy.tiers.iter().rev().cloned().collect(),
        ..Policy::default()
    };
    let at = T0 + Duration::seconds(20 * 30);
    assert_eq!(
        judge(&swapped, &mut pair, &account, Outcome::Failure, at),
        Verdict::Nothing
    );
    assert_eq!(
        pair.tat_ms[0],
        (at + Duration::days(3)).unix_timestamp() * 1000
    );
}

// (8) Configuration errors.
#[test]
fn validate_accepts_the_defaults_and_names_each_mistake() {
    assert_eq!(Policy::default().validate(), Ok(()));
    let with_tiers = |tiers| Policy {
        tiers,
        ..Policy::default()
    };
    let day = Duration::days(1);

    assert_eq!(with_tiers(vec![]).validate(), Err(PolicyError::NoTiers));
    let nine = (0..9).map(|i| tier(&format!("t{i}"), day, 5)).collect();
    assert_eq!(
        with_tiers(nine).validate(),
        Err(PolicyError::TooManyTiers { count: 9 })
    );
    let eight = (0..8).map(|i| tier(&format!("t{i}"), day, 5)).collect();
    assert_eq!(with_tiers(eight).validate(), Ok(()));
    assert_eq!(
        with_tiers(vec![tier("a", day, 5), tier(" ", day, 5)]).validate(),
        Err(PolicyError::EmptyTierName { index: 1 })
    );
    assert_eq!(
        with_tiers(vec![tier("a", day, 5), tier("a", day * 2, 5)]).validate(),
        Err(PolicyError::DuplicateTierName { name: "a".into() })
    );
    for every in [Duration::ZERO, -day, Duration::microseconds(999)] {
        assert_eq!(
            with_tiers(vec![tier("z", every, 5)]).validate(),
            Err(PolicyError::EveryNotPositive {
                tier: "z".into(),
                every
            })
        );
    }
    assert_eq!(
        with_tiers(vec![tier("z", day, 0)]).validate(),
        Err(PolicyError::ZeroBurst { tier: "z".into() })
    );
    assert_eq!(
        with_tiers(vec![tier("z", Duration::days(365 * 1000), u32::MAX)]).validate(),
        Err(PolicyError::TierTooLong { tier: "z".into() })
    );
    for window in [Duration::ZERO, -day] {
        let p = Policy {
            no_success_window: window,
            ..Policy::default()
        };
        assert_eq!(
            p.validate(),
            Err(PolicyError::NoSuccessWindowNotPositive { window })
        );
    }
    let p = Policy {
        min_account_age: -day,
        ..Policy::default()
    };
    assert_eq!(
        p.validate(),
        Err(PolicyError::NegativeMinAccountAge { age: -day })
    );
    let p = Policy {
        min_account_age: Duration::ZERO,
        ..Policy::default()
    };
    assert_eq!(p.validate(), Ok(()));
    let p = Policy {
        account_pause_names: 0,
        ..Policy::default()
    };
    assert_eq!(p.validate(), Err(PolicyError::ZeroAccountPauseNames));

    let message = PolicyError::ZeroBurst {
        tier: "zombie".into(),
    }
    .to_string();
    assert!(
        message.contains("\"zombie\"") && message.contains("burst"),
        "{message}"
    );
}

// Why the defaults differ from the tiers first proposed.
#[test]
fn proposed_tiers_are_shadowed_by_zombie_and_default_tiers_are_not() {
    let proposed = Policy {
        tiers: proposed_tiers(),
        ..Policy::default()
    };
    assert_eq!(
        proposed.shadowed_tiers(),
        vec![("runaway", "zombie"), ("daily", "zombie")]
    );
    assert!(Policy::default().shadowed_tiers().is_empty());
    let twins = Policy {
        tiers: vec![tier("a", Duration::DAY, 5), tier("b", Duration::DAY, 5)],
        ..Policy::default()
    };
    assert_eq!(twins.shadowed_tiers(), vec![("b", "a")]);
}

// The claim behind `shadowed_tiers`, on random histories: a shadowed tier
// never strikes unless its shadowing tier strikes on the same failure.
#[test]
fn a_shadowed_tier_never_strikes_alone() {
    let account = old_account();
    let single = |t: Tier| Policy {
        tiers: vec![t],
        ..Policy::default()
    };
    let (sec, min, hour, day) = (1_000, 60_000, 3_600_000, 86_400_000);
    // (shadowed, shadowing, gap scales in ms, histories, failures each)
    let cases = [
        (
            tier("runaway", Duration::seconds(10), 60),
            tier("zombie", Duration::days(3), 30),
            vec![10, 100, sec, 10 * sec, min, hour],
            30,
            300,
        ),
        (
            tier("daily", Duration::days(1), 3600),
            tier("zombie", Duration::days(3), 30),
            vec![sec, min, 10 * min, hour, day],
            3,
            6000,
        ),
        (
            tier("fast", Duration::seconds(1), 40),
            tier("slow", Duration::seconds(5), 30),
            vec![10, 100, sec, 5 * sec, 20 * sec],
            30,
            300,
        ),
    ];
    let mut rng = Lcg(42);
    for (shadowed, by, scales, histories, failures) in cases {
        let name = shadowed.name.clone();
        let (shadowed, by) = (single(shadowed), single(by));
        let mut strikes = 0;
        for _ in 0..histories {
            let (mut a, mut b) = (PairState::default(), PairState::default());
            let (mut at, mut scale) = (T0, 0);
            for i in 0..failures {
                // Phases of 100 failures at one pace, so buckets can fill.
                if i % 100 == 0 {
                    scale = scales[rng.next(scales.len() as u64) as usize];
                }
                at += Duration::milliseconds(rng.next(scale) as i64);
                let va = judge(&shadowed, &mut a, &account, Outcome::Failure, at);
                let vb = judge(&by, &mut b, &account, Outcome::Failure, at);
                assert!(
                    va == Verdict::Nothing || vb != Verdict::Nothing,
                    "{name}: {va:?} / {vb:?} at {at}"
                );
                strikes += usize::from(va != Verdict::Nothing);
            }
        }
        // The histories do reach the shadowed tier, so the claim was tested.
        assert!(strikes > 10, "{name}: {strikes} strikes");
    }
}

// (9) Out-of-order and absurd inputs.
#[test]
fn late_failure_is_counted_at_the_latest_failure_time() {
    let policy = Policy::default();
    let account = old_account();
    let mut pair = PairState::default();
    let t0_ms = T0.unix_timestamp() * 1000;

    judge(&policy, &mut pair, &account, Outcome::Failure, T0);
    let v = judge(
        &policy,
        &mut pair,
        &account,
        Outcome::Failure,
        T0 - Duration::seconds(5),
    );
    assert_eq!(v, Verdict::Nothing);
    assert_eq!(pair.last_failure(), Some(T0));
    assert_eq!(pair.tat_ms[1], t0_ms + 6 * 86_400_000);
    assert_eq!(pair.tat_ms[0], t0_ms + 20_000);
}

#[test]
fn failure_dated_before_the_last_success_is_ignored() {
    let policy = Policy::default();
    let account = old_account();
    let mut pair = PairState::default();

    judge(&policy, &mut pair, &account, Outcome::Success, T0);
    let before = pair;
    let v = judge(
        &policy,
        &mut pair,
        &account,
        Outcome::Failure,
        T0 - Duration::milliseconds(1),
    );
    assert_eq!(v, Verdict::Nothing);
    assert_eq!(pair, before);
    // A late success does not move last_success backwards.
    judge(
        &policy,
        &mut pair,
        &account,
        Outcome::Success,
        T0 - Duration::days(3),
    );
    assert_eq!(pair.last_success(), Some(T0));
}

#[test]
fn absurd_times_policies_and_stored_values_never_panic() {
    let extreme_times = [
        T0,
        T0 - Duration::days(365),
        datetime!(1900-01-01 00:00 UTC),
        OffsetDateTime::UNIX_EPOCH,
        datetime!(9999-12-31 23:59:59.999_999_999 UTC),
        datetime!(-9999-01-01 00:00 UTC),
        T0 + Duration::seconds(1),
    ];
    let policies = [
        Policy::default(),
        Policy {
            tiers: vec![
                tier("max", Duration::MAX, u32::MAX),
                tier("min", Duration::MIN, u32::MAX),
                tier("zero", Duration::ZERO, 0),
            ],
            no_success_window: Duration::MIN,
            min_account_age: Duration::MAX,
            account_pause_names: 0,
        },
        Policy {
            tiers: (0..12)
                .map(|i| tier(&format!("t{i}"), Duration::seconds(i), 1))
                .collect(),
            no_success_window: Duration::MAX,
            min_account_age: Duration::MIN,
            account_pause_names: u32::MAX,
        },
    ];
    let corrupt = PairState {
        tiers_fingerprint: Policy::default().fingerprint(),
        tat_ms: [i64::MIN, i64::MAX, 0, -1, 1, i64::MAX, i64::MIN, 42],
        last_success_ms: Some(i64::MIN),
        last_failure_ms: Some(i64::MAX),
        recent_events: [u64::MAX, 0, 1, u64::MAX],
    };
    let accounts = [
        old_account(),
        AccountFacts {
            created_at: Some(extreme_times[4]),
            first_seen: extreme_times[5],
            last_success: Some(extreme_times[4]),
        },
    ];
    for policy in &policies {
        for account in &accounts {
            for start in [PairState::default(), corrupt] {
                let mut pair = start;
                for at in extreme_times.iter().chain(extreme_times.iter().rev()) {
                    for outcome in [
                        Outcome::Failure,
                        Outcome::Failure,
                        Outcome::Success,
                        Outcome::Failure,
                    ] {
                        judge(policy, &mut pair, account, outcome, *at);
                        pair_state_is_live(policy, &pair, *at);
                        account_should_pause(policy, account, u64::MAX, *at);
                    }
                }
                let _ = (pair.last_success(), pair.last_failure());
            }
        }
    }
    let _ = corrupt.last_failure();
}

#[test]
fn pair_state_stays_small() {
    // Eight buckets, two instants, four events: the row stays near 200
    // bytes of JSON.
    assert!(std::mem::size_of::<PairState>() <= 144);
}

// An authorization polled again, or seen by another gateway instance,
// counts once; another authorization of the same pair counts.
#[test]
fn an_event_counts_once_per_pair() {
    let policy = Policy {
        tiers: vec![tier("t", Duration::HOUR, 2)],
        ..Policy::default()
    };
    let account = old_account();
    let mut pair = PairState::default();
    let failure = |pair: &mut PairState, event: u64, at: OffsetDateTime| {
        let context = Context {
            event: Some(event),
            ..Context::default()
        };
        judge_in(&policy, pair, &account, Outcome::Failure, at, &context)
    };
    for _ in 0..10 {
        assert_eq!(failure(&mut pair, 7, T0), Verdict::Nothing);
    }
    assert_eq!(failure(&mut pair, 8, T0), Verdict::Nothing);
    assert_eq!(failure(&mut pair, 9, T0), pause("t"));
    // Seen again after four newer events, an old one counts again: the
    // memory is small on purpose.
    for event in 10..14 {
        failure(&mut pair, event, T0);
    }
    assert_eq!(failure(&mut pair, 14, T0), pause("t"));
    let before = pair;
    assert_eq!(failure(&mut pair, 13, T0), Verdict::Nothing);
    assert_eq!(pair, before, "a repeated event changes nothing");
    // The empty-slot marker, or no event at all, always counts.
    let mut fresh = PairState::default();
    for _ in 0..2 {
        assert_eq!(failure(&mut fresh, 0, T0), Verdict::Nothing);
    }
    let no_event = judge(&policy, &mut fresh, &account, Outcome::Failure, T0);
    assert_eq!(no_event, pause("t"));
}

// A tier for some clients fills for every client but strikes only theirs;
// a later tier for everyone still can.
#[test]
fn a_tier_strikes_only_the_clients_it_is_for() {
    let policy = Policy {
        tiers: vec![
            Tier {
                clients: Clients::Unheard,
                ..tier("strict", Duration::HOUR, 2)
            },
            tier("lenient", Duration::HOUR, 5),
        ],
        ..Policy::default()
    };
    let account = old_account();
    let run = |context: Context, failures: usize| {
        let mut pair = PairState::default();
        (0..failures)
            .map(|_| judge_in(&policy, &mut pair, &account, Outcome::Failure, T0, &context))
            .last()
    };
    let unheard = Context::default();
    let declared = Context {
        declared: true,
        ..Context::default()
    };
    let contact = Context {
        contact: true,
        ..Context::default()
    };
    assert_eq!(run(unheard, 3), Some(pause("strict")));
    assert_eq!(
        run(declared, 3),
        Some(Verdict::Spared(Spared::OtherClients))
    );
    assert_eq!(run(contact, 3), Some(Verdict::Spared(Spared::OtherClients)));
    assert_eq!(run(declared, 6), Some(pause("lenient")));
    assert_eq!(run(contact, 6), Some(pause("lenient")));
}

#[test]
fn clients_classes_include_what_their_names_say() {
    let contexts =
        [(false, false), (false, true), (true, false), (true, true)].map(|(declared, contact)| {
            Context {
                declared,
                contact,
                event: None,
            }
        });
    let included = |clients: Clients| contexts.map(|c| clients.include(&c));
    assert_eq!(included(Clients::Any), [true; 4]);
    assert_eq!(included(Clients::Declared), [false, false, true, true]);
    assert_eq!(included(Clients::Undeclared), [true, true, false, false]);
    assert_eq!(included(Clients::Heard), [false, true, true, true]);
    assert_eq!(included(Clients::Unheard), [true, false, false, false]);
    // `within` agrees with `include` on every pair of classes.
    let all = [
        Clients::Any,
        Clients::Declared,
        Clients::Undeclared,
        Clients::Heard,
        Clients::Unheard,
    ];
    for a in all {
        for b in all {
            let subset = contexts.iter().all(|c| !a.include(c) || b.include(c));
            assert_eq!(a.within(b), subset, "{a} within {b}");
        }
    }
}

#[test]
fn a_tier_for_fewer_clients_is_shadowed_only_by_one_covering_them() {
    let narrow = Tier {
        clients: Clients::Declared,
        ..tier("narrow", Duration::DAY, 5)
    };
    let wide = tier("wide", Duration::DAY, 5);
    let policy = |tiers: Vec<Tier>| Policy {
        tiers,
        ..Policy::default()
    };
    assert_eq!(
        policy(vec![narrow.clone(), wide.clone()]).shadowed_tiers(),
        vec![("narrow", "wide")]
    );
    assert_eq!(
        policy(vec![wide.clone(), narrow.clone()]).shadowed_tiers(),
        vec![("narrow", "wide")]
    );
    let other = Tier {
        clients: Clients::Undeclared,
        ..narrow.clone()
    };
    assert!(policy(vec![narrow, other]).shadowed_tiers().is_empty());
}

#[test]
fn tiers_read_their_clients_and_old_state_reads_without_events() {
    let tier: Tier = toml::from_str(
        r#"
            name = "strict"
            every = "1h"
            burst = 2
            clients = "unheard"
        "#,
    )
    .expect("a tier with clients");
    assert_eq!(tier.clients, Clients::Unheard);
    let bad = toml::from_str::<Tier>("name = \"x\"\nevery = \"1h\"\nburst = 2\nclients = \"some\"");
    assert!(bad.is_err());
    let old = r#"{"tiers_fingerprint":1,"tat_ms":[0,0,0,0,0,0,0,0],"last_success_ms":null,"last_failure_ms":null}"#;
    let state: PairState = serde_json::from_str(old).expect("state stored before events");
    assert_eq!(state.recent_events, [0; RECENT_EVENTS]);
}
