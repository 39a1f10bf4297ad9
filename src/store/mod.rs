//! The shared pause state: Boulder's `paused` table plus this project's
//! account-level pauses, audit trail and notification outbox.
//!
//! The [`Store`] trait speaks domain types; each backend module holds every
//! SQL string for its dialect. Nothing here knows about HTTP.

mod budget;
mod cache;
mod error;
mod migrations;
mod mysql;
mod outbox;
mod postgres;
mod sql;
mod sqlite;

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::sync::Arc;
use std::time::Duration as StdDuration;

use async_trait::async_trait;
use time::{Duration, OffsetDateTime};

pub use budget::{BudgetState, OverBudget, UnpauseBudget, UnpauseBudgets};
pub use error::StoreError;
pub use outbox::{Delivery, Notification, NotificationStatus, Outbox, OutboxCounts};

use crate::domain::{AccountId, Contact, Identifier};
use crate::policy::{self, Policy};

/// A pair unpaused less than this long ago is not paused again (Boulder's
/// rule): it gives a subscriber who just fixed their client time to prove it.
pub const REPAUSE_COOLDOWN: Duration = Duration::days(14);

/// Rows updated per transaction when unpausing. Boulder uses the same batch;
/// it keeps each write lock short so the ACME server's checks and other
/// visitors are not blocked behind one large account.
pub const UNPAUSE_BATCH: u64 = 10_000;

/// Names a single "unpause only these" request may name. The page lists at
/// most 100; the cap bounds the work one form post can ask for.
pub const MAX_SELECTED: usize = 1_000;

/// Connection pool and timeouts, for the shared database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolSettings {
    /// Connections this process keeps open at most.
    pub max_connections: u32,
    /// How long a request waits for a connection (or to connect) before the
    /// database counts as unavailable.
    pub acquire_timeout: StdDuration,
    /// How long one transaction may take before it is rolled back and the
    /// database counts as unavailable.
    pub query_timeout: StdDuration,
    /// How long an account's pause summary (what a link's page shows) is
    /// kept in memory; this process's own writes drop it at once, so the
    /// time bounds only how stale another instance's changes look. Zero
    /// reads the database on every view.
    pub summary_cache: StdDuration,
    /// On a MariaDB Galera node, every session reads with
    /// `wsrep_sync_wait = 1`: a read first waits until the node has applied
    /// every transaction the cluster committed before it, so what another
    /// node committed is seen (read-your-writes across nodes, and after a
    /// failover). Other databases ignore it.
    pub sync_wait: bool,
}

impl Default for PoolSettings {
    fn default() -> Self {
        Self {
            max_connections: 10,
            acquire_timeout: StdDuration::from_secs(5),
            query_timeout: StdDuration::from_secs(10),
            summary_cache: StdDuration::from_secs(1),
            sync_wait: true,
        }
    }
}

/// What opening the store does about the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    /// Apply pending migrations (safe to run from many instances at once).
    Migrate,
    /// Only check that every migration is applied; never run DDL. For
    /// instances whose database user may not alter the schema.
    Check,
}

/// Names one pause check may ask about: an ACME order holds at most 100.
pub const MAX_CHECKED: usize = 100;

/// Which of the names an ACME server asked about are paused.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PauseCheck {
    /// The whole account is paused: every name is refused.
    pub account: bool,
    /// The asked names that are paused, in the order asked.
    pub paused: Vec<Identifier>,
}

/// One validation the ACME server reports, for the pausing policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationOutcome {
    pub account: AccountId,
    pub identifier: Identifier,
    pub outcome: policy::Outcome,
    pub at: OffsetDateTime,
    /// The client that asked for the validation, as the ACME server saw it.
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
    /// When the account was created, if the ACME server says.
    pub account_created_at: Option<OffsetDateTime>,
    /// The client declared that it shows ACME errors to a person
    /// (`ACME-Client-Shows-Errors`); tiers may be for some clients only.
    pub client_shows_errors: bool,
    /// What reached this result (an authorization, an order), when known:
    /// the same event of a pair counts once ([`policy::Context::event`]).
    pub event: Option<u64>,
}

/// What the policy did with a batch of outcomes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutcomeReport {
    /// Pairs paused now, with the tier that struck.
    pub paused: Vec<PausedPair>,
    /// Whole accounts paused now.
    pub accounts_paused: Vec<AccountId>,
    /// Strikes that paused nothing: the pair was paused already, or was
    /// unpaused within the cooldown.
    pub unchanged: u64,
    /// Strikes spared by a recent success or a young account.
    pub spared: u64,
}

/// A pair the policy paused, and the tier that struck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PausedPair {
    pub account: AccountId,
    pub identifier: Identifier,
    pub tier: String,
}

/// Who acted, for the audit trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A visitor of the public portal holding a valid link.
    Portal,
    /// The ACME server, through the internal API.
    Api,
    /// The automatic pausing policy.
    Policy,
    /// An operator at the command line.
    Cli,
}

impl Actor {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Portal => "portal",
            Self::Api => "api",
            Self::Policy => "policy",
            Self::Cli => "cli",
        }
    }
}

/// Where a change came from. IP and user agent are as reported (for the
/// portal: the TCP peer or the trusted proxy header; for the CLI: none).
#[derive(Debug, Clone)]
pub struct AuditContext {
    pub actor: Actor,
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
    /// Why, when the actor says.
    pub reason: Option<Reason>,
}

impl AuditContext {
    pub fn cli() -> Self {
        Self {
            actor: Actor::Cli,
            client_ip: None,
            user_agent: None,
            reason: None,
        }
    }
}

/// Why a pause happened, as the audit trail records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// In the caller's words (an API caller, an operator).
    Stated(String),
    /// The pausing policy: this tier of failures was crossed, by a client
    /// that declared it shows errors to a person, or did not.
    Tier {
        tier: String,
        client_shows_errors: bool,
    },
    /// The pausing policy's whole-account rule: this many names paused and
    /// no success within its window.
    AccountRule { paused_names: u64 },
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Operators search the audit trail for these words: keep them.
        match self {
            Self::Stated(text) => f.write_str(text),
            Self::Tier {
                tier,
                client_shows_errors: true,
            } => write!(f, "tier {tier}; client shows errors"),
            Self::Tier {
                tier,
                client_shows_errors: false,
            } => write!(f, "tier {tier}; client did not declare it shows errors"),
            Self::AccountRule { paused_names } => {
                write!(f, "{paused_names} paused names, no success in the window")
            }
        }
    }
}

/// Who hears of a pause: the account's contacts, as the ACME server (or
/// the operator) gives them. A pause that changes something writes one
/// outbox row per contact in its own transaction; see
/// [`Outbox::claim_notifications`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notice {
    pub contacts: Vec<Contact>,
    /// The account holder's language (a BCP 47 tag), when known.
    pub language: Option<String>,
    /// A pause within this long after another one of the same account
    /// (whose email has not gone out yet) joins that email.
    pub window: Duration,
}

/// Whether a pause honours the re-pause cooldown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseMode {
    /// Boulder's rule: skip pairs unpaused within [`REPAUSE_COOLDOWN`].
    RespectCooldown,
    /// An operator overriding the cooldown on purpose.
    Force,
}

/// One paused name and since when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PausedName {
    pub identifier: Identifier,
    pub paused_at: OffsetDateTime,
}

/// Paused names a summary counts at most: counting every one of a
/// million-name account would cost each page view a scan of the account.
/// Past ten thousand the exact number tells a visitor nothing more, and a
/// view's count stays a few milliseconds. The SQL of each backend stops
/// at this plus one (`LIMIT 10001`): change both together.
pub const COUNT_CAP: u64 = 10_000;

/// What is paused for one account right now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PausedSummary {
    /// Set when the whole account is paused, with the time it was.
    pub account_paused_at: Option<OffsetDateTime>,
    /// Number of paused names, exact up to [`COUNT_CAP`].
    pub count: u64,
    /// More than [`COUNT_CAP`] names are paused; `count` is the cap.
    pub count_capped: bool,
    /// When the longest-paused name was paused; unknown when capped.
    pub oldest: Option<OffsetDateTime>,
    /// The first paused names, ordered by value then type (stable across loads).
    pub first: Vec<PausedName>,
}

impl PausedSummary {
    pub fn is_empty(&self) -> bool {
        self.account_paused_at.is_none() && self.count == 0
    }
}

/// Result of pausing names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PauseCounts {
    /// Pairs paused for the first time.
    pub paused: u64,
    /// Pairs paused again after an unpause older than the cooldown.
    pub repaused: u64,
    /// Pairs that were paused already.
    pub already: u64,
    /// Pairs left alone because they were unpaused within the cooldown.
    pub cooldown: u64,
}

/// Result of an unpause.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UnpauseCounts {
    /// Names unpaused.
    pub names: u64,
    /// Whether an account-level pause was lifted.
    pub account: bool,
    /// Names still paused afterwards, counted in the unpause's own (last)
    /// transaction, exact up to [`COUNT_CAP`].
    pub remaining: u64,
    /// The longest batch of an unpause-all, from its begin to its commit
    /// (with any retry): what the database held its row locks for at most.
    pub longest_batch: StdDuration,
}

/// One row of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    pub at: OffsetDateTime,
    pub action: String,
    pub scope: String,
    pub count: u64,
    pub actor: String,
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
    pub reason: Option<String>,
}

/// Progress callback for long unpauses: called after each committed batch
/// with the running total of names unpaused.
pub type Progress<'a> = &'a (dyn Fn(u64) + Send + Sync);

/// The shared state, whatever database holds it: one object, seen by each
/// caller through the concern it needs (the mail sender through
/// [`Outbox`], the session layer through [`Sessions`], …). One trait per
/// concern keeps each edge's needs visible; one object keeps them on one
/// pool and one set of migrations, because a pause writes its audit row and
/// its outbox rows in its own transaction.
///
/// Every method is atomic at the granularity it documents; none leaves a
/// half-written change behind on error.
pub trait Store:
    PauseState + PolicyState + AuditTrail + Outbox + Sessions + UnpauseBudgets + Debug
{
}

impl<T> Store for T where
    T: PauseState + PolicyState + AuditTrail + Outbox + Sessions + UnpauseBudgets + Debug
{
}

/// Boulder's `paused` table and this project's account-level pauses.
#[async_trait]
pub trait PauseState: Send + Sync {
    /// Cheap round trip, for readiness checks.
    async fn ping(&self) -> Result<(), StoreError>;

    /// The live pause state of `account`, with at most `limit` names listed.
    async fn paused_summary(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<PausedSummary, StoreError>;

    /// Whether anything (a name, or the whole account) is paused for
    /// `account` now: read from the database, never from the summary cache.
    async fn anything_paused(&self, account: AccountId) -> Result<bool, StoreError>;

    /// Which of `identifiers` (1 to [`MAX_CHECKED`]) are paused for
    /// `account`, and whether the whole account is: one indexed query.
    async fn check_paused(
        &self,
        account: AccountId,
        identifiers: &[Identifier],
    ) -> Result<PauseCheck, StoreError>;

    /// Pauses each name for `account`, in transactions of a few hundred
    /// names, each with one audit row and the `notice`'s outbox rows.
    async fn pause_identifiers(
        &self,
        account: AccountId,
        identifiers: &[Identifier],
        mode: PauseMode,
        at: OffsetDateTime,
        ctx: &AuditContext,
        notice: &Notice,
    ) -> Result<PauseCounts, StoreError>;

    /// Pauses the whole account. Returns false when it was paused already or
    /// is inside the cooldown (and `mode` respects it).
    async fn pause_account(
        &self,
        account: AccountId,
        mode: PauseMode,
        at: OffsetDateTime,
        ctx: &AuditContext,
        notice: &Notice,
    ) -> Result<bool, StoreError>;

    /// Lifts the account-level pause and unpauses every name, however many,
    /// in transactions of at most [`UNPAUSE_BATCH`] rows. Each committed batch
    /// is final and audited, so an interruption leaves a consistent, partly
    /// unpaused account that a second call finishes.
    async fn unpause_all(
        &self,
        account: AccountId,
        at: OffsetDateTime,
        ctx: &AuditContext,
        progress: Progress<'_>,
    ) -> Result<UnpauseCounts, StoreError>;

    /// Unpauses only the given names of `account` (at most [`MAX_SELECTED`]),
    /// in one transaction. Names of other accounts are never touched. Refused
    /// while the whole account is paused: lifting names alone cannot help.
    async fn unpause_identifiers(
        &self,
        account: AccountId,
        identifiers: &[Identifier],
        at: OffsetDateTime,
        ctx: &AuditContext,
    ) -> Result<UnpauseCounts, StoreError>;
}

/// The pausing policy's memory of each pair and account.
#[async_trait]
pub trait PolicyState: Send + Sync {
    /// Feeds a batch of validation outcomes to the pausing policy, keeping
    /// its state in the database so that every instance agrees, and pauses
    /// what it decides to (respecting the cooldown; each pause emailed to
    /// its account's entry in `notices`). The whole batch is one
    /// transaction, judged inside it: a caller that sees an error may resend
    /// it without counting any outcome twice.
    async fn record_outcomes(
        &self,
        outcomes: &[ValidationOutcome],
        notices: &BTreeMap<AccountId, Notice>,
        policy: &Policy,
    ) -> Result<OutcomeReport, StoreError>;

    /// Deletes policy state last touched before `cutoff`; returns how many
    /// rows went.
    async fn expire_policy_state(&self, cutoff: OffsetDateTime) -> Result<u64, StoreError>;
}

/// What happened to each account, and who did it.
#[async_trait]
pub trait AuditTrail: Send + Sync {
    /// The newest audit events of `account`, newest first.
    async fn audit_events(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<Vec<AuditEvent>, StoreError>;
}

/// Upkeep of the sessions table earlier versions wrote.
#[async_trait]
pub trait Sessions: Send + Sync {
    /// Removes expired sessions; returns how many.
    async fn delete_expired_sessions(&self) -> Result<u64, StoreError>;
}

/// Opens the database named by `url`: `sqlite:` (the file and its folder
/// are created if needed), `mysql:` (MariaDB or MySQL) or `postgres:`.
pub async fn connect(
    url: &str,
    pool: &PoolSettings,
    schema: Schema,
) -> anyhow::Result<Arc<dyn Store>> {
    Ok(connect_reporting(url, pool, schema).await?.0)
}

/// Like [`connect`], and also says which migrations it applied now, as
/// "NNNN description" (none with [`Schema::Check`], or when the schema was
/// already current).
pub async fn connect_reporting(
    url: &str,
    pool: &PoolSettings,
    schema: Schema,
) -> anyhow::Result<(Arc<dyn Store>, Vec<String>)> {
    fn shared<S: Store + 'static>(
        (store, applied): (S, Vec<String>),
    ) -> (Arc<dyn Store>, Vec<String>) {
        (Arc::new(store), applied)
    }
    let scheme = url.split_once(':').map_or("", |(scheme, _)| scheme);
    Ok(match scheme {
        "sqlite" => shared(sqlite::connect(url, pool, schema).await?),
        "mysql" | "mariadb" => shared(mysql::connect(url, pool, schema).await?),
        "postgres" | "postgresql" => shared(postgres::connect(url, pool, schema).await?),
        _ => anyhow::bail!(
            "unsupported database URL {:?}: expected sqlite:, mysql: or postgres:",
            redact_url(url)
        ),
    })
}

/// A database URL fit for messages: any password replaced.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redact_url_hides_passwords_only() {
        assert_eq!(redact_url("mysql://u:secret@db/x"), "mysql://u:***@db/x");
        assert_eq!(redact_url("mysql://u@db/x"), "mysql://u@db/x");
        assert_eq!(redact_url("sqlite://data/a.db"), "sqlite://data/a.db");
    }
}
