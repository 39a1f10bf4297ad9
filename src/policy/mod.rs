//! Pausing policy: which validation outcomes pause an (account, name) pair or a
//! whole account (DESIGN.md, "Pausing policy").
//!
//! Pure functions over small state values: nothing here reads the clock, does
//! I/O or knows SQL. The caller passes the time of each outcome, loads the
//! pair's [`PairState`] from the store, calls [`judge`], and writes the state
//! back. The store, not this module, decides what a [`Verdict::Pause`] does:
//! it ignores it for a pair that is already paused and for 14 days after an
//! unpause (DESIGN.md, "no re-pause within 14 days"). That cooldown lives in
//! the store because it depends on the pause table, which this module never
//! sees; the policy keeps returning `Pause` for as long as a pair stays over a
//! tier, so a client still failing after the cooldown is paused again.
//!
//! Counting is a GCRA (leaky bucket) per tier: each failure adds one unit,
//! one unit drains per [`Tier::every`], and a pair holding more than
//! [`Tier::burst`] units in any tier has a strike. A strike pauses only an
//! established account with no success in the no-success window; see
//! [`judge`].

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

#[cfg(test)]
mod tests;

/// Most tiers a policy may have. [`PairState`] keeps one slot per tier, so
/// raising this changes the stored state's size (and its serde shape).
pub const MAX_TIERS: usize = 8;

/// One leaky bucket. A pair fills it by one unit per failure; one unit
/// drains per `every`. The pair crosses the tier when it holds more than
/// `burst` units, that is after `burst + 1` failures in a row arriving faster
/// than one per `every`.
///
/// A tier is shadowed, and never strikes unless another does too, when that
/// other tier drains no faster and allows no more units
/// ([`Policy::shadowed_tiers`]).
/// To matter, a faster-draining tier must have a smaller burst.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// Shown in [`Verdict::Pause`], logs and metrics; unique within a policy.
    pub name: String,
    /// Time for one unit to drain: failures slower than this never accumulate.
    #[serde(with = "crate::duration")]
    pub every: Duration,
    /// Units of excess failures tolerated; one more is a strike.
    pub burst: u32,
    /// Which clients this tier may pause; the others fill its bucket all
    /// the same but are never struck by it.
    #[serde(default)]
    pub clients: Clients,
}

/// Which failing clients a [`Tier`] applies to, by what a person would
/// learn of a pause: whether the client declared that it shows ACME errors
/// to one (the `ACME-Client-Shows-Errors` request header,
/// docs/CLIENT-AUTHORS.md) and whether the account has a contact to email.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Clients {
    /// Every client, declared or not: the default.
    #[default]
    Any,
    /// Clients that declared they show errors.
    Declared,
    /// Clients that did not.
    Undeclared,
    /// Clients that declared, or whose account has a contact: someone
    /// hears of the pause.
    Heard,
    /// Undeclared clients of accounts with no contact: nobody hears of the
    /// pause except through a later run of the client.
    Unheard,
}

impl Clients {
    /// Whether a tier with these clients applies to an outcome in `context`.
    pub fn include(self, context: &Context) -> bool {
        let heard = context.declared || context.contact;
        match self {
            Self::Any => true,
            Self::Declared => context.declared,
            Self::Undeclared => !context.declared,
            Self::Heard => heard,
            Self::Unheard => !heard,
        }
    }

    /// Whether every client these include, `other` includes too.
    fn within(self, other: Self) -> bool {
        matches!(
            (self, other),
            (_, Self::Any) | (Self::Declared, Self::Heard) | (Self::Unheard, Self::Undeclared)
        ) || self == other
    }
}

impl fmt::Display for Clients {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Any => "any",
            Self::Declared => "declared",
            Self::Undeclared => "undeclared",
            Self::Heard => "heard",
            Self::Unheard => "unheard",
        })
    }
}

impl Tier {
    /// Longest a bucket can stay non-empty after its last failure: the fill
    /// is capped at `burst + 1` units, so this also bounds how long the store
    /// keeps a pair that stopped failing ([`pair_state_is_live`]).
    pub fn memory(&self) -> Duration {
        Duration::milliseconds(span_ms(self))
    }
}

/// Every threshold of the pausing policy. Build it from configuration, then
/// call [`Policy::validate`] once at startup; [`judge`] never panics on an
/// invalid policy but its answers are then meaningless. As configuration
/// (the `[policy]` table), absent keys keep the defaults and `tiers`, when
/// given, replaces the default tiers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// Checked in order; the first tier crossed names the pause. Stored
    /// buckets are matched to tiers by position, and any change to the list
    /// (order, `every`, `burst`) empties every pair's buckets on its next
    /// outcome rather than misreading them. Names can change freely.
    pub tiers: Vec<Tier>,
    /// A success of the pair or the account this recently spares the pair.
    #[serde(with = "crate::duration")]
    pub no_success_window: Duration,
    /// Accounts younger than this are never paused.
    #[serde(with = "crate::duration")]
    pub min_account_age: Duration,
    /// An account with at least this many paused names and no success in the
    /// window is paused whole. `u32::MAX` turns the rule off.
    pub account_pause_names: u32,
}

impl Default for Policy {
    /// The defaults, and why.
    ///
    /// - Tier `runaway`, one unit per 10 s, burst 20: a client failing 10
    ///   times a second strikes on its 21st failure, 2 s in. Crossing needs
    ///   more than 20 failures beyond one per 10 s (e.g. 40 at 5 s apart);
    ///   nobody retrying by hand does that. Its burst is below `zombie`'s so
    ///   that fast failures are named `runaway`: with the burst of 60 first
    ///   proposed, `zombie` always struck first (at 31 failures) and this
    ///   tier was dead configuration.
    /// - Tier `zombie`, one unit per 3 days, burst 30: a daily cron job that
    ///   always fails gains 2/3 of a unit a day and strikes on its 45th
    ///   failure, 44 days after the first; clients trying weekly (or any
    ///   slower than one per 3 days) never accumulate and cost little.
    ///   30 failures without one success is far past anyone fixing a setup
    ///   by hand (the CA's own failed-validation limit, 5 an hour at Let's
    ///   Encrypt, makes that 6 hours of failing).
    /// - Boulder's tier (one per day, burst 3,600) is left out: it drains
    ///   faster than `zombie` and allows more, so it could never strike first
    ///   ([`Policy::shadowed_tiers`]).
    /// - `no_success_window` 120 days: the seed discussion's figure. A 90-day
    ///   certificate from the last success expired a month ago, so nothing
    ///   still working is paused; launching short and lengthening later makes
    ///   less noise than the reverse. For the usual zombie (renewals fail
    ///   from day 60 after its last success) the `zombie` bucket is full by
    ///   day 104, so this window, not the tier, sets the pause: day 120.
    /// - `min_account_age` 30 days: new accounts have no success to be spared
    ///   by, so this is what protects people fumbling their first
    ///   certificate, across a few weekends. It is shorter than the 44 days a
    ///   daily zombie needs to strike, so it delays no slow zombie; it only
    ///   delays runaways on brand-new accounts, which ordinary rate limits
    ///   bound. (The seed's 180 days would shelter a zombie born on a new
    ///   account for half a year.)
    /// - `account_pause_names` 10: a personal or small server has a handful
    ///   of names (apex, www, a few subdomains), so 10 dead names and not one
    ///   success anywhere in 120 days means the whole deployment is gone;
    ///   pausing the account stops it trying each further name 31 times.
    ///   Big integrators with many failing names are protected by their
    ///   other successes, not by this number.
    fn default() -> Self {
        Self {
            tiers: vec![
                Tier {
                    name: "runaway".to_owned(),
                    every: Duration::seconds(10),
                    burst: 20,
                    clients: Clients::Any,
                },
                Tier {
                    name: "zombie".to_owned(),
                    every: Duration::days(3),
                    burst: 30,
                    clients: Clients::Any,
                },
            ],
            no_success_window: Duration::days(120),
            min_account_age: Duration::days(30),
            account_pause_names: 10,
        }
    }
}

impl Policy {
    /// How long after a pair's (or an account's) last outcome its state can
    /// still change a verdict: the longest bucket memory, the no-success
    /// window or the young-account grace (an account forgotten sooner would
    /// get its grace again), whichever is longest. Older state may go.
    pub fn memory(&self) -> Duration {
        self.tiers
            .iter()
            .map(Tier::memory)
            .max()
            .unwrap_or(Duration::ZERO)
            .max(self.no_success_window)
            .max(self.min_account_age)
    }

    /// Checks the configuration; the error names the offending setting.
    pub fn validate(&self) -> Result<(), PolicyError> {
        if self.tiers.is_empty() {
            return Err(PolicyError::NoTiers);
        }
        if self.tiers.len() > MAX_TIERS {
            return Err(PolicyError::TooManyTiers {
                count: self.tiers.len(),
            });
        }
        let mut names = HashSet::new();
        for (index, tier) in self.tiers.iter().enumerate() {
            if tier.name.trim().is_empty() {
                return Err(PolicyError::EmptyTierName { index });
            }
            if !names.insert(tier.name.as_str()) {
                return Err(PolicyError::DuplicateTierName {
                    name: tier.name.clone(),
                });
            }
            // Buckets count in whole milliseconds: anything shorter is zero.
            if tier.every < Duration::MILLISECOND {
                return Err(PolicyError::EveryNotPositive {
                    tier: tier.name.clone(),
                    every: tier.every,
                });
            }
            if tier.burst == 0 {
                return Err(PolicyError::ZeroBurst {
                    tier: tier.name.clone(),
                });
            }
            // The bucket's capacity must fit the i64 milliseconds we store.
            let capacity = i128::from(u64::from(tier.burst) + 1) * tier.every.whole_milliseconds();
            if i64::try_from(capacity).is_err() {
                return Err(PolicyError::TierTooLong {
                    tier: tier.name.clone(),
                });
            }
        }
        if !self.no_success_window.is_positive() {
            return Err(PolicyError::NoSuccessWindowNotPositive {
                window: self.no_success_window,
            });
        }
        if self.min_account_age.is_negative() {
            return Err(PolicyError::NegativeMinAccountAge {
                age: self.min_account_age,
            });
        }
        if self.account_pause_names == 0 {
            return Err(PolicyError::ZeroAccountPauseNames);
        }
        Ok(())
    }

    /// Tiers that never strike unless another does too, each with the name
    /// of such a tier, which strikes no later: that one drains no faster,
    /// allows no more units and applies to every client the first applies
    /// to, so its fill minus its burst is never below theirs. Worth a
    /// warning at startup; not an error.
    pub fn shadowed_tiers(&self) -> Vec<(&str, &str)> {
        let mut shadowed = Vec::new();
        for (i, tier) in self.tiers.iter().enumerate() {
            let by = self.tiers.iter().enumerate().find(|(j, other)| {
                *j != i
                    && other.every >= tier.every
                    && other.burst <= tier.burst
                    && tier.clients.within(other.clients)
                    // Of two identical tiers, the later one is shadowed.
                    && (other.every != tier.every
                        || other.burst != tier.burst
                        || other.clients != tier.clients
                        || *j < i)
            });
            if let Some((_, other)) = by {
                shadowed.push((tier.name.as_str(), other.name.as_str()));
            }
        }
        shadowed
    }

    /// Identifies the tier list a [`PairState`]'s buckets were filled under
    /// (FNV-1a over each tier's `every` and `burst`; stable across builds).
    fn fingerprint(&self) -> u32 {
        let mut hash: u32 = 0x811c_9dc5;
        for tier in self.tiers.iter().take(MAX_TIERS) {
            let every = duration_ms(tier.every).to_le_bytes();
            let burst = tier.burst.to_le_bytes();
            for byte in every.iter().chain(burst.iter()) {
                hash ^= u32::from(*byte);
                hash = hash.wrapping_mul(0x0100_0193);
            }
        }
        hash
    }
}

/// Why a [`Policy`] was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyError {
    NoTiers,
    TooManyTiers { count: usize },
    EmptyTierName { index: usize },
    DuplicateTierName { name: String },
    EveryNotPositive { tier: String, every: Duration },
    ZeroBurst { tier: String },
    TierTooLong { tier: String },
    NoSuccessWindowNotPositive { window: Duration },
    NegativeMinAccountAge { age: Duration },
    ZeroAccountPauseNames,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoTiers => write!(f, "pausing policy needs at least one failure tier"),
            Self::TooManyTiers { count } => write!(
                f,
                "pausing policy has {count} failure tiers; at most {MAX_TIERS} are supported"
            ),
            Self::EmptyTierName { index } => {
                write!(f, "failure tier #{} has an empty name", index + 1)
            }
            Self::DuplicateTierName { name } => {
                write!(f, "failure tier name {name:?} is used more than once")
            }
            Self::EveryNotPositive { tier, every } => write!(
                f,
                "failure tier {tier:?}: `every` must be at least 1ms, got {every}"
            ),
            Self::ZeroBurst { tier } => {
                write!(f, "failure tier {tier:?}: `burst` must be at least 1")
            }
            Self::TierTooLong { tier } => write!(
                f,
                "failure tier {tier:?}: (`burst` + 1) × `every` is too long to represent"
            ),
            Self::NoSuccessWindowNotPositive { window } => write!(
                f,
                "no-success window must be positive, got {window} (0 would pause pairs that just succeeded)"
            ),
            Self::NegativeMinAccountAge { age } => write!(
                f,
                "minimum account age must not be negative, got {age} (use 0 for no grace)"
            ),
            Self::ZeroAccountPauseNames => write!(
                f,
                "account pause threshold must be at least 1 paused name (use {} to disable)",
                u32::MAX
            ),
        }
    }
}

impl std::error::Error for PolicyError {}

/// What the store keeps per (account, name) pair: fixed size, plain integers
/// (Unix milliseconds), any values valid. [`Default`] is a fresh pair.
///
/// Lifetime: once [`pair_state_is_live`] is false the state behaves like a fresh
/// one for every purpose, and the store deletes it. That happens at most
/// [`Tier::memory`] (largest tier) after the last failure, or the no-success
/// window after the last success, whichever is later.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairState {
    /// The policy fingerprint `tat_ms` was filled under; on mismatch the
    /// buckets are emptied before use.
    pub tiers_fingerprint: u32,
    /// GCRA theoretical arrival time per tier (slot `i` is tier `i`): the
    /// bucket holds `(tat - now) / every` units, empty when `tat <= now`.
    pub tat_ms: [i64; MAX_TIERS],
    pub last_success_ms: Option<i64>,
    /// Latest failure counted; later outcomes are judged no earlier than it.
    pub last_failure_ms: Option<i64>,
    /// The last few [`Context::event`]s counted, newest first (0: none), so
    /// that an ACME object's result counts once however many instances saw
    /// it. Absent from state stored before it existed.
    #[serde(default)]
    pub recent_events: [u64; RECENT_EVENTS],
}

/// Events each pair remembers: a pair rarely has more than one or two
/// authorizations pending at once, so a result seen again (a client
/// polling, or another gateway instance) is among the last few.
pub const RECENT_EVENTS: usize = 4;

impl PairState {
    pub fn last_success(&self) -> Option<OffsetDateTime> {
        self.last_success_ms.and_then(from_unix_ms)
    }

    pub fn last_failure(&self) -> Option<OffsetDateTime> {
        self.last_failure_ms.and_then(from_unix_ms)
    }

    fn buckets_match(&self, policy: &Policy) -> bool {
        self.tiers_fingerprint == policy.fingerprint()
    }

    fn empty_buckets(&mut self, policy: &Policy) {
        self.tiers_fingerprint = policy.fingerprint();
        self.tat_ms = [0; MAX_TIERS];
    }
}

/// What the policy knows about the account; the caller maintains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountFacts {
    /// Creation time reported by the ACME server, when it reports one.
    pub created_at: Option<OffsetDateTime>,
    /// First outcome seen for the account. Age counts from the earlier of the
    /// two, so an old account first seen today is not mistaken for a new one
    /// when the server reports its creation.
    pub first_seen: OffsetDateTime,
    /// Latest success on any of the account's names. The caller updates it
    /// whenever [`judge`] returns [`Verdict::Reset`].
    pub last_success: Option<OffsetDateTime>,
}

/// A validation outcome reported by the ACME server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Failure,
}

/// What the caller knows of an outcome besides its kind and time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    /// The client declared that it shows ACME errors to a person.
    pub declared: bool,
    /// The account has a contact, who is emailed about a pause.
    pub contact: bool,
    /// Identifies what reached its result (an authorization, an order),
    /// when the caller knows: the same event for the same pair counts once.
    /// `Some(0)` counts as none (zero marks an empty slot of
    /// [`PairState::recent_events`]).
    pub event: Option<u64>,
}

/// What the caller should do after [`judge`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing to do (a failure that crossed no tier, or a stale one).
    Nothing,
    /// A success: the pair's buckets were emptied; set the account's
    /// `last_success` too.
    Reset,
    /// Pause the pair, naming the first tier crossed. Returned again for each
    /// failure while over; the store applies the 14-day re-pause cooldown.
    Pause { tier: String },
    /// A tier was crossed but the pair is not paused.
    Spared(Spared),
}

/// Why a pair over a tier was not paused (first that applies, in this order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spared {
    RecentPairSuccess,
    RecentAccountSuccess,
    YoungAccount,
    /// Every tier crossed is for other clients ([`Tier::clients`]).
    OtherClients,
}

/// Counts one outcome for a pair and says whether to pause it.
///
/// A success empties the pair's buckets and records `last_success`. A failure
/// adds one unit to every tier (`tat = max(tat, now) + every`, filled at most
/// to `burst + 1` units so a bucket drains within [`Tier::memory`] of the last
/// failure); a tier holding more than `burst` units is crossed. A crossing
/// pauses the pair unless the pair or the account succeeded within the
/// no-success window before now, or the account is younger than
/// `min_account_age`.
///
/// Out-of-order outcomes: a failure dated before the pair's last success is
/// stale (that success already superseded it) and ignored; a failure dated
/// before the last counted failure is counted as if it arrived with it, so
/// buckets never run backwards. A success always empties the buckets, even if
/// failures dated after it were counted: erring towards not pausing.
/// Instants before 1970 count as 1970. Never panics, whatever the inputs.
///
/// This judges with a default [`Context`]: no event, an undeclared client
/// and no contact. See [`judge_in`].
pub fn judge(
    policy: &Policy,
    pair: &mut PairState,
    account: &AccountFacts,
    outcome: Outcome,
    at: OffsetDateTime,
) -> Verdict {
    judge_in(policy, pair, account, outcome, at, &Context::default())
}

/// [`judge`], knowing more of the outcome: an event the pair has counted
/// recently is [`Verdict::Nothing`] and changes nothing, and only tiers
/// whose [`Tier::clients`] include the context can strike.
pub fn judge_in(
    policy: &Policy,
    pair: &mut PairState,
    account: &AccountFacts,
    outcome: Outcome,
    at: OffsetDateTime,
    context: &Context,
) -> Verdict {
    if let Some(event) = context.event.filter(|e| *e != 0) {
        if pair.recent_events.contains(&event) {
            return Verdict::Nothing;
        }
        pair.recent_events.rotate_right(1);
        pair.recent_events[0] = event;
    }
    let at = unix_ms(at);
    match outcome {
        Outcome::Success => {
            pair.empty_buckets(policy);
            pair.last_success_ms = Some(pair.last_success_ms.map_or(at, |s| s.max(at)));
            Verdict::Reset
        }
        Outcome::Failure => {
            if pair.last_success_ms.is_some_and(|s| at < s) {
                return Verdict::Nothing;
            }
            if !pair.buckets_match(policy) {
                pair.empty_buckets(policy);
            }
            let now = pair.last_failure_ms.map_or(at, |f| f.max(at));
            pair.last_failure_ms = Some(now);

            let (mut crossed, mut crossed_other) = (None, false);
            for (tier, tat) in policy.tiers.iter().zip(pair.tat_ms.iter_mut()) {
                let every = duration_ms(tier.every);
                // `now` never decreases, so the old tat is within the cap.
                let filled = (*tat).max(now).saturating_add(every);
                *tat = filled.min(now.saturating_add(span_ms(tier)));
                let limit = every.saturating_mul(i64::from(tier.burst));
                if crossed.is_none() && tat.saturating_sub(now) > limit {
                    if tier.clients.include(context) {
                        crossed = Some(tier);
                    } else {
                        crossed_other = true;
                    }
                }
            }
            let Some(tier) = crossed else {
                return if crossed_other {
                    Verdict::Spared(Spared::OtherClients)
                } else {
                    Verdict::Nothing
                };
            };
            if recent(policy, pair.last_success_ms, now) {
                Verdict::Spared(Spared::RecentPairSuccess)
            } else if recent(policy, account.last_success.map(unix_ms), now) {
                Verdict::Spared(Spared::RecentAccountSuccess)
            } else if young(policy, account, now) {
                Verdict::Spared(Spared::YoungAccount)
            } else {
                Verdict::Pause {
                    tier: tier.name.clone(),
                }
            }
        }
    }
}

/// Whole-account rule: pause the account when it has at least
/// `account_pause_names` paused names, no success on any name within the
/// no-success window, and is not young (the same grace as for pairs; only
/// reachable through names paused by hand).
pub fn account_should_pause(
    policy: &Policy,
    account: &AccountFacts,
    paused_names: u64,
    at: OffsetDateTime,
) -> bool {
    let now = unix_ms(at);
    paused_names >= u64::from(policy.account_pause_names)
        && !recent(policy, account.last_success.map(unix_ms), now)
        && !young(policy, account, now)
}

/// Whether a stored pair state still says anything at `at`: some bucket not
/// yet empty, or a success within the no-success window. When false the
/// state is equivalent to [`PairState::default`] and the store may delete it,
/// which bounds storage to pairs active recently (see [`PairState`]).
/// Buckets filled under another tier list count as empty.
pub fn pair_state_is_live(policy: &Policy, pair: &PairState, at: OffsetDateTime) -> bool {
    let now = unix_ms(at);
    let buckets = pair.buckets_match(policy)
        && pair
            .tat_ms
            .iter()
            .take(policy.tiers.len())
            .any(|tat| *tat > now);
    buckets || recent(policy, pair.last_success_ms, now)
}

/// A success at `last` is within the no-success window before `now` (or
/// after it: a success reported out of order still counts).
fn recent(policy: &Policy, last: Option<i64>, now: i64) -> bool {
    let window = duration_ms(policy.no_success_window);
    last.is_some_and(|s| now.saturating_sub(s) < window)
}

fn young(policy: &Policy, account: &AccountFacts, now: i64) -> bool {
    let first_seen = unix_ms(account.first_seen);
    let born = account
        .created_at
        .map_or(first_seen, |c| unix_ms(c).min(first_seen));
    now.saturating_sub(born) < duration_ms(policy.min_account_age)
}

/// `(burst + 1) × every` in milliseconds, saturating.
fn span_ms(tier: &Tier) -> i64 {
    duration_ms(tier.every).saturating_mul(i64::from(tier.burst).saturating_add(1))
}

fn unix_ms(t: OffsetDateTime) -> i64 {
    // OffsetDateTime's range (±9999 years) fits i64 milliseconds; clamp anyway.
    let ms = t.unix_timestamp_nanos() / 1_000_000;
    i64::try_from(ms.max(0)).unwrap_or(i64::MAX)
}

fn from_unix_ms(ms: i64) -> Option<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).ok()
}

fn duration_ms(d: Duration) -> i64 {
    let ms = d.whole_milliseconds();
    i64::try_from(ms).unwrap_or(if ms < 0 { i64::MIN } else { i64::MAX })
}
