//! The pausing policy's state in the shared database: each outcome is
//! judged by `policy::judge` inside one transaction that holds the pair's and
//! the account's rows, so instances reporting outcomes of the same pair at
//! once take turns instead of losing counts.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

use sqlx::{
    ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Row, Transaction, Type,
};
use time::OffsetDateTime;

use super::{Dialect, PairPause, SqlStore, count_i64, whole_seconds};
use crate::domain::{AccountId, Identifier};
use crate::policy::{self, AccountFacts, Outcome, PairState, Policy, Verdict};
use crate::store::{
    Actor, AuditContext, Notice, OutcomeReport, PauseMode, PausedPair, PolicyState,
    REPAUSE_COOLDOWN, Reason, StoreError, ValidationOutcome,
};

/// Rows deleted per statement when expiring policy state.
const EXPIRE_BATCH: u64 = 5_000;

/// What the policy knows of an account, while a batch is applied.
struct AccountEntry {
    facts: AccountFacts,
    last_outcome: OffsetDateTime,
    /// Whether its row exists (update) or not yet (insert).
    stored: bool,
}

impl AccountEntry {
    /// Takes one outcome of the account into account.
    fn note(&mut self, outcome: &ValidationOutcome, at: OffsetDateTime) {
        let facts = &mut self.facts;
        // The earliest creation time anyone reported.
        let reported = outcome.account_created_at.map(whole_seconds);
        facts.created_at = match (facts.created_at, reported) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        facts.first_seen = facts.first_seen.min(at);
        if outcome.outcome == Outcome::Success {
            facts.last_success = facts.last_success.max(Some(at));
        }
        // Late outcomes must not make the account look idle.
        self.last_outcome = self.last_outcome.max(at);
    }
}

/// A batch being applied: its accounts, what it did, and when each
/// account last had a pair paused by it.
#[derive(Default)]
struct Batch {
    accounts: BTreeMap<AccountId, AccountEntry>,
    struck: BTreeMap<AccountId, OffsetDateTime>,
    report: OutcomeReport,
}

/// Whom a pause of `account` is emailed to; nobody when the caller named no one.
fn notice_of(notices: &BTreeMap<AccountId, Notice>, account: AccountId) -> Notice {
    notices.get(&account).cloned().unwrap_or_default()
}

sql_impl! {
impl PolicyState {
    async fn record_outcomes(
        &self,
        outcomes: &[ValidationOutcome],
        notices: &BTreeMap<AccountId, Notice>,
        policy: &Policy,
    ) -> Result<OutcomeReport, StoreError> {
        // By pair, then time: rows are locked in key order (so concurrent
        // batches do not deadlock) and each pair's buckets fill in the order
        // its failures happened.
        let mut ordered: Vec<&ValidationOutcome> = outcomes.iter().collect();
        ordered.sort_by(|a, b| {
            (a.account, a.identifier.value(), a.identifier.kind(), a.at).cmp(&(
                b.account,
                b.identifier.value(),
                b.identifier.kind(),
                b.at,
            ))
        });
        let report = self
            .attempt(|| self.record_batch(&ordered, notices, policy))
            .await;
        match &report {
            Ok(report) => self.summaries.forget(
                report
                    .paused
                    .iter()
                    .map(|pair| pair.account)
                    .chain(report.accounts_paused.iter().copied()),
            ),
            // Nothing committed; the generation still moves, as for any
            // write that may have raced a read.
            Err(_) => self.summaries.forget([]),
        }
        report
    }

    async fn expire_policy_state(&self, cutoff: OffsetDateTime) -> Result<u64, StoreError> {
        let cutoff = D::encode_time(whole_seconds(cutoff))?;
        let mut deleted = 0;
        for sql in [D::SQL.policy.expire_pairs, D::SQL.policy.expire_accounts] {
            loop {
                let done = self
                    .attempt(|| async {
                        let done = sqlx::query(sql)
                            .bind(&cutoff)
                            .bind(count_i64(EXPIRE_BATCH))
                            .execute(&self.pool)
                            .await?;
                        Ok(D::rows_affected(&done))
                    })
                    .await?;
                deleted += done;
                if done < EXPIRE_BATCH {
                    break;
                }
            }
        }
        Ok(deleted)
    }
}
}

impl<D: Dialect> SqlStore<D>
where
    for<'c> &'c mut <D::DB as Database>::Connection: Executor<'c, Database = D::DB>,
    <D::DB as Database>::Arguments: IntoArguments<D::DB>,
    usize: ColumnIndex<<D::DB as Database>::Row>,
    for<'q> i64: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
    for<'q> i16: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
    for<'q> String: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
    for<'q> &'q str: Encode<'q, D::DB> + Type<D::DB>,
    for<'q> Option<String>: Encode<'q, D::DB>,
    for<'q> Option<D::Time>: Encode<'q, D::DB>,
    for<'q> Vec<u8>: Encode<'q, D::DB> + Decode<'q, D::DB> + Type<D::DB>,
{
    /// One transaction for the whole batch, judged inside it. Each pair's
    /// row is read and written once, and each account's once, however many
    /// outcomes the batch holds for them.
    async fn record_batch(
        &self,
        ordered: &[&ValidationOutcome],
        notices: &BTreeMap<AccountId, Notice>,
        policy: &Policy,
    ) -> Result<OutcomeReport, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut batch = Batch::default();
        let same_pair = |a: &&ValidationOutcome, b: &&ValidationOutcome| {
            a.account == b.account && a.identifier == b.identifier
        };
        for outcomes in ordered.chunk_by(same_pair) {
            Self::judge_pair(&mut tx, outcomes, notices, policy, &mut batch).await?;
        }
        for (account, entry) in &batch.accounts {
            Self::write_account(&mut tx, *account, entry).await?;
        }
        Self::judge_accounts(&mut tx, notices, policy, &mut batch).await?;
        tx.commit().await?;
        Ok(batch.report)
    }

    /// Judges one pair's outcomes in the order they happened, saves its
    /// state, and pauses it if a tier struck (once, however many did).
    async fn judge_pair(
        tx: &mut Transaction<'static, D::DB>,
        outcomes: &[&ValidationOutcome],
        notices: &BTreeMap<AccountId, Notice>,
        policy: &Policy,
        batch: &mut Batch,
    ) -> Result<(), StoreError> {
        let Some(first) = outcomes.first() else {
            return Ok(());
        };
        let (account, ident) = (first.account, &first.identifier);
        let entry = match batch.accounts.entry(account) {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(slot) => slot.insert(Self::load_account(tx, account, first).await?),
        };
        let (mut state, stored) = Self::load_pair(tx, account, ident).await?;
        let mut strike: Option<(String, &ValidationOutcome)> = None;
        let contact = notices
            .get(&account)
            .is_some_and(|n| !n.contacts.is_empty());
        for outcome in outcomes {
            let at = whole_seconds(outcome.at);
            entry.note(outcome, at);
            let context = policy::Context {
                declared: outcome.client_shows_errors,
                contact,
                event: outcome.event,
            };
            match policy::judge_in(
                policy,
                &mut state,
                &entry.facts,
                outcome.outcome,
                at,
                &context,
            ) {
                Verdict::Nothing | Verdict::Reset => {}
                Verdict::Spared(_) => batch.report.spared += 1,
                // Later strikes find the pair paused by the first.
                Verdict::Pause { .. } if strike.is_some() => batch.report.unchanged += 1,
                Verdict::Pause { tier } => strike = Some((tier, outcome)),
            }
        }
        Self::write_pair(tx, account, ident, &state, stored).await?;
        let Some((tier, outcome)) = strike else {
            return Ok(());
        };
        let at = whole_seconds(outcome.at);
        match Self::pause_pair(tx, account, ident, PauseMode::RespectCooldown, at).await? {
            PairPause::Paused | PairPause::Repaused => {
                let ctx = AuditContext {
                    actor: Actor::Policy,
                    client_ip: outcome.client_ip.clone(),
                    user_agent: outcome.user_agent.clone(),
                    reason: Some(Reason::Tier {
                        tier: tier.clone(),
                        client_shows_errors: outcome.client_shows_errors,
                    }),
                };
                let notice = notice_of(notices, account);
                Self::insert_event(tx, account, ("pause", "identifiers"), 1, at, &ctx).await?;
                Self::enqueue_notice(tx, account, &ctx, &notice, at).await?;
                batch.report.paused.push(PausedPair {
                    account,
                    identifier: ident.clone(),
                    tier,
                });
                let latest = batch.struck.entry(account).or_insert(at);
                *latest = (*latest).max(at);
            }
            PairPause::Already | PairPause::Cooldown => batch.report.unchanged += 1,
        }
        Ok(())
    }

    /// The whole-account rule, for the accounts that had a pair paused by
    /// this batch: only they can newly reach its threshold.
    async fn judge_accounts(
        tx: &mut Transaction<'static, D::DB>,
        notices: &BTreeMap<AccountId, Notice>,
        policy: &Policy,
        batch: &mut Batch,
    ) -> Result<(), StoreError> {
        for (account, at) in std::mem::take(&mut batch.struck) {
            let Some(entry) = batch.accounts.get(&account) else {
                continue;
            };
            if !Self::account_pause_due(tx, account, &entry.facts, policy, at).await? {
                continue;
            }
            let ctx = AuditContext {
                actor: Actor::Policy,
                client_ip: None,
                user_agent: None,
                reason: Some(Reason::AccountRule {
                    paused_names: u64::from(policy.account_pause_names),
                }),
            };
            let notice = notice_of(notices, account);
            let mode = PauseMode::RespectCooldown;
            if Self::pause_account_in(tx, account, mode, at, &ctx, &notice).await? {
                batch.report.accounts_paused.push(account);
            }
        }
        Ok(())
    }

    /// The policy's state of one pair, and whether its row exists.
    async fn load_pair(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
        ident: &Identifier,
    ) -> Result<(PairState, bool), StoreError> {
        let row = sqlx::query(D::SQL.policy.pair_get)
            .bind(account.get())
            .bind(ident.value())
            .bind(ident.kind().code())
            .fetch_optional(&mut **tx)
            .await?;
        let Some(row) = row else {
            return Ok((PairState::default(), false));
        };
        let text: String = row.try_get(0)?;
        // Unreadable state (from a future version, say) starts over rather
        // than blocking every outcome of the pair.
        Ok((serde_json::from_str(&text).unwrap_or_default(), true))
    }

    async fn write_pair(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
        ident: &Identifier,
        state: &PairState,
        stored: bool,
    ) -> Result<(), StoreError> {
        let text = serde_json::to_string(state).map_err(|e| StoreError::Other(e.into()))?;
        // The newest outcome the state has seen: an outcome reported late
        // must not make live state look stale.
        let last = state.last_failure().max(state.last_success());
        let Some(last) = last else {
            return Ok(());
        };
        let last = D::encode_time(whole_seconds(last))?;
        let write = if stored {
            sqlx::query(D::SQL.policy.pair_update)
                .bind(text)
                .bind(last)
                .bind(account.get())
                .bind(ident.value())
                .bind(ident.kind().code())
        } else {
            sqlx::query(D::SQL.policy.pair_insert)
                .bind(account.get())
                .bind(ident.value())
                .bind(ident.kind().code())
                .bind(text)
                .bind(last)
        };
        write.execute(&mut **tx).await?;
        Ok(())
    }

    /// What the policy knows of `account`, its row locked; a new account
    /// is first seen at `first`'s time.
    async fn load_account(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
        first: &ValidationOutcome,
    ) -> Result<AccountEntry, StoreError> {
        let row = sqlx::query(D::SQL.policy.account_get)
            .bind(account.get())
            .fetch_optional(&mut **tx)
            .await?;
        Ok(match row {
            Some(row) => AccountEntry {
                facts: AccountFacts {
                    created_at: Self::optional_time_of(&row, 0)?,
                    first_seen: Self::time_of(&row, 1)?,
                    last_success: Self::optional_time_of(&row, 2)?,
                },
                last_outcome: Self::time_of(&row, 3)?,
                stored: true,
            },
            None => {
                let at = whole_seconds(first.at);
                AccountEntry {
                    facts: AccountFacts {
                        created_at: None,
                        first_seen: at,
                        last_success: None,
                    },
                    last_outcome: at,
                    stored: false,
                }
            }
        })
    }

    async fn write_account(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
        entry: &AccountEntry,
    ) -> Result<(), StoreError> {
        let facts = &entry.facts;
        let created = facts.created_at.map(D::encode_time).transpose()?;
        let success = facts.last_success.map(D::encode_time).transpose()?;
        let last = D::encode_time(entry.last_outcome)?;
        let write = if entry.stored {
            sqlx::query(D::SQL.policy.account_update)
                .bind(created)
                .bind(success)
                .bind(last)
                .bind(account.get())
        } else {
            sqlx::query(D::SQL.policy.account_insert)
                .bind(account.get())
                .bind(created)
                .bind(D::encode_time(facts.first_seen)?)
                .bind(success)
                .bind(last)
        };
        write.execute(&mut **tx).await?;
        Ok(())
    }

    /// Whether `account` now has enough paused names, and no success, for
    /// the whole-account rule, read inside the batch's transaction. Not
    /// while any of its names was unpaused within the cooldown: a subscriber
    /// who just unpaused some names must not find them blocked again by a
    /// whole-account pause.
    async fn account_pause_due(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
        facts: &AccountFacts,
        policy: &Policy,
        at: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        let counted = sqlx::query(D::SQL.count_paused)
            .bind(account.get())
            .fetch_one(&mut **tx)
            .await?;
        let count: i64 = counted.try_get(0)?;
        let recent = sqlx::query(D::SQL.policy.last_unpause)
            .bind(account.get())
            .fetch_one(&mut **tx)
            .await?;
        if Self::optional_time_of(&recent, 0)?
            .is_some_and(|unpaused| unpaused > at - REPAUSE_COOLDOWN)
        {
            return Ok(false);
        }
        Ok(policy::account_should_pause(
            policy,
            facts,
            u64::try_from(count).unwrap_or(0),
            at,
        ))
    }
}
