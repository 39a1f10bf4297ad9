//! The ACME server's capability: before a new order, [`check`]; when the
//! ACME server or an operator decides, [`pause`]; after validations,
//! [`record_outcomes`], which feeds the pausing policy.
//!
//! The internal API, the CLI and the gateway are thin adapters over these
//! functions: each rule (a whole-account pause refuses every name, the caps
//! on what one call may ask) and each metric is here once. Nothing here
//! knows HTTP.

mod outcomes;
pub mod problem;

use time::OffsetDateTime;

pub use outcomes::{MAX_OUTCOME_AGE, MAX_OUTCOMES, Reported, record_outcomes};
use problem::Problem;

use crate::domain::{AccountId, Contact, Identifier};
use crate::metrics;
use crate::store::{AuditContext, Notice, PauseCounts, PauseMode, Store, StoreError};
use crate::token::{KeySet, MintError};

/// Contacts one account may give (ACME accounts rarely have more than two):
/// each becomes an email.
pub const MAX_CONTACTS: usize = 10;

/// Why a call was refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum PausingError {
    /// The caller asked for something this capability does not do; the
    /// text names the field at fault (`outcomes[3].at: …`).
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot sign the unpause link: {0}")]
    Link(#[from] MintError),
}

/// Who hears of a pause: the given contacts (at most [`MAX_CONTACTS`];
/// `field` names them in the error) in `language`.
pub fn notice(
    contacts: Vec<Contact>,
    language: Option<String>,
    window: time::Duration,
    field: &str,
) -> Result<Notice, PausingError> {
    if contacts.len() > MAX_CONTACTS {
        return Err(PausingError::Invalid(format!(
            "{field}: at most {MAX_CONTACTS}"
        )));
    }
    Ok(Notice {
        contacts,
        language,
        window,
    })
}

/// Where the unpause link of a problem document points, and who signs it.
#[derive(Debug, Clone, Copy)]
pub struct LinkSigner<'a> {
    pub keys: &'a KeySet,
    pub public_url: &'a str,
}

/// Whether an order for some names of an account may go ahead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// The whole account is paused.
    pub account_paused: bool,
    /// The asked names that are paused themselves, in the order asked.
    pub paused: Vec<Identifier>,
    /// What to answer the ACME client, verbatim (HTTP 429), when anything is
    /// refused; `None` when the order may go ahead.
    pub problem: Option<Problem>,
}

/// Checks an order's names: a whole-account pause refuses every name of
/// it, else the paused ones are refused, with a fresh link for them.
pub async fn check(
    store: &dyn Store,
    signer: LinkSigner<'_>,
    account: AccountId,
    asked: &[Identifier],
    at: OffsetDateTime,
) -> Result<Check, PausingError> {
    let check = store.check_paused(account, asked).await?;
    let refused = if check.account { asked } else { &check.paused };
    let problem = if refused.is_empty() {
        None
    } else {
        let problem = problem::paused(signer.keys, signer.public_url, account, refused, at)?;
        Some(problem)
    };
    Ok(Check {
        account_paused: check.account,
        paused: check.paused,
        problem,
    })
}

/// What to pause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// These names (at least one).
    Names(Vec<Identifier>),
    /// The whole account: no orders for any name.
    WholeAccount,
}

/// What a pause did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paused {
    Names(PauseCounts),
    /// Whether the account-level pause was set now (false: it was already,
    /// or the account is inside the cooldown).
    Account(bool),
}

/// Pauses names or a whole account of `account`, by hand or for the ACME
/// server, and emails `notice`'s contacts if anything changed.
pub async fn pause(
    store: &dyn Store,
    account: AccountId,
    target: &Target,
    mode: PauseMode,
    (ctx, notice): (&AuditContext, &Notice),
    at: OffsetDateTime,
) -> Result<Paused, PausingError> {
    let actor = ctx.actor.as_str();
    tracing::info!(
        %account,
        names = match target {
            Target::Names(names) => names.len(),
            Target::WholeAccount => 0,
        },
        whole_account = matches!(target, Target::WholeAccount),
        reason = ctx.reason.as_ref().map(ToString::to_string).unwrap_or_default(),
        contacts = notice.contacts.len(),
        actor,
        "pause requested"
    );
    match target {
        Target::Names(names) if names.is_empty() => {
            Err(PausingError::Invalid("no names to pause".into()))
        }
        Target::Names(names) => {
            let counts = store
                .pause_identifiers(account, names, mode, at, ctx, notice)
                .await?;
            ::metrics::counter!(metrics::PAUSED_NAMES, "actor" => actor)
                .increment(counts.paused + counts.repaused);
            Ok(Paused::Names(counts))
        }
        Target::WholeAccount => {
            let done = store.pause_account(account, mode, at, ctx, notice).await?;
            if done {
                ::metrics::counter!(metrics::PAUSED_ACCOUNTS, "actor" => actor).increment(1);
            }
            Ok(Paused::Account(done))
        }
    }
}
