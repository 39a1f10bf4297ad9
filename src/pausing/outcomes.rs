//! What happens when the ACME server reports validation outcomes.
//!
//! 1. The batch is checked as a whole ([`MAX_OUTCOMES`], [`MAX_OUTCOME_AGE`],
//!    contacts), so a bad batch changes nothing.
//! 2. Each account's email recipients are worked out from the batch
//!    ([`notices`]).
//! 3. The store judges the batch in one transaction: every pair's outcomes
//!    go through `policy::judge` in the order they happened, a pair whose
//!    tier struck is paused (respecting the re-pause cooldown), and then the
//!    whole-account rule is applied to the accounts that had a pair paused
//!    (`store::PolicyState::record_outcomes`). Judging inside the
//!    transaction is what keeps counts right when several instances report
//!    the same pair, and when the ACME server resends a batch.
//! 4. Metrics and one log line per pause.

use std::collections::BTreeMap;

use time::{Duration, OffsetDateTime};

use super::{PausingError, notice};
use crate::domain::{AccountId, Contact};
use crate::metrics;
use crate::policy::{Outcome, Policy};
use crate::store::{Notice, OutcomeReport, Store, ValidationOutcome};

/// Validation outcomes one call may report.
pub const MAX_OUTCOMES: usize = 1_000;

/// Oldest outcome accepted: an ACME server reports as it validates; a
/// backlog older than this is a bug upstream, and counting it would bring
/// back state the policy has already let go.
pub const MAX_OUTCOME_AGE: Duration = Duration::days(7);

/// One outcome as the ACME server reports it, with what it knows of the
/// account's contacts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    pub outcome: ValidationOutcome,
    /// Emailed if this outcome leads to a pause; enough on one outcome per
    /// account and batch (the newest that gives them wins).
    pub contacts: Vec<Contact>,
    pub language: Option<String>,
}

/// Feeds a batch to the pausing policy; see the module's documentation.
pub async fn record_outcomes(
    store: &dyn Store,
    policy: &Policy,
    mail_window: Duration,
    mut batch: Vec<Reported>,
    now: OffsetDateTime,
) -> Result<OutcomeReport, PausingError> {
    if batch.len() > MAX_OUTCOMES {
        return Err(PausingError::Invalid(format!(
            "outcomes: at most {MAX_OUTCOMES} per call"
        )));
    }
    if let Some(index) = batch
        .iter()
        .position(|r| r.outcome.at < now - MAX_OUTCOME_AGE)
    {
        return Err(PausingError::Invalid(format!(
            "outcomes[{index}].at: older than 7 days"
        )));
    }
    for reported in &mut batch {
        // A clock far ahead must not fill buckets for the future.
        reported.outcome.at = reported.outcome.at.min(now);
    }
    let notices = notices(&batch, mail_window)?;
    let outcomes: Vec<ValidationOutcome> = batch.into_iter().map(|r| r.outcome).collect();
    for outcome in &outcomes {
        let result = match outcome.outcome {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
        };
        ::metrics::counter!(metrics::POLICY_OUTCOMES, "result" => result).increment(1);
    }
    let report = store.record_outcomes(&outcomes, &notices, policy).await?;
    count(&report);
    Ok(report)
}

/// Whom each account's pauses are emailed to: the contacts and language of
/// its newest outcome that gave them, wherever that outcome sorts in the
/// batch, so that a pause of an earlier-sorting name is emailed too.
fn notices(
    batch: &[Reported],
    window: Duration,
) -> Result<BTreeMap<AccountId, Notice>, PausingError> {
    let mut newest: BTreeMap<AccountId, (Option<OffsetDateTime>, Option<OffsetDateTime>)> =
        BTreeMap::new();
    let mut notices: BTreeMap<AccountId, Notice> = BTreeMap::new();
    for (index, reported) in batch.iter().enumerate() {
        let (account, at) = (reported.outcome.account, reported.outcome.at);
        let given = notice(
            reported.contacts.clone(),
            reported.language.clone(),
            window,
            &format!("outcomes[{index}].contacts"),
        )?;
        let notice = notices.entry(account).or_insert_with(|| Notice {
            window,
            ..Notice::default()
        });
        let (contacts_at, language_at) = newest.entry(account).or_default();
        if !given.contacts.is_empty() && contacts_at.is_none_or(|newest| at >= newest) {
            notice.contacts = given.contacts;
            *contacts_at = Some(at);
        }
        if given.language.is_some() && language_at.is_none_or(|newest| at >= newest) {
            notice.language = given.language;
            *language_at = Some(at);
        }
    }
    Ok(notices)
}

/// The batch's decisions, as metrics and log lines.
fn count(report: &OutcomeReport) {
    let decisions = [
        ("paused", report.paused.len() as u64),
        ("account_paused", report.accounts_paused.len() as u64),
        ("unchanged", report.unchanged),
        ("spared", report.spared),
    ];
    for (decision, count) in decisions {
        ::metrics::counter!(metrics::POLICY_DECISIONS, "decision" => decision).increment(count);
    }
    ::metrics::counter!(metrics::PAUSED_NAMES, "actor" => "policy")
        .increment(report.paused.len() as u64);
    ::metrics::counter!(metrics::PAUSED_ACCOUNTS, "actor" => "policy")
        .increment(report.accounts_paused.len() as u64);
    for pair in &report.paused {
        tracing::info!(
            account = %pair.account,
            identifier = %pair.identifier.typed(),
            tier = pair.tier,
            "policy paused a pair"
        );
    }
    for account in &report.accounts_paused {
        tracing::info!(%account, "policy paused a whole account");
    }
}
