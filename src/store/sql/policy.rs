//! The pausing policy's state in the shared database: each outcome is
//! judged by `policy::judge` inside one transaction that holds the pair's and
//! the account's rows, so instances reporting outcomes of the same pair at
//! once take turns instead of losing counts.

use std::collections::BTreeMap;

use sqlx::{
    ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Row, Transaction, Type,
};
use time::OffsetDateTime;

use super::{Dialect, PairPause, SqlStore, count_i64, whole_seconds};
use crate::domain::{AccountId, Identifier};
use crate::policy::{self, AccountFacts, Outcome, PairState, Policy, Verdict};
use crate::store::{
    Actor, AuditContext, MAX_OUTCOMES, Notice, OutcomeReport, PauseMode, REPAUSE_COOLDOWN,
    StoreError, ValidationOutcome,
};

/// Rows deleted per statement when expiring policy state.
const EXPIRE_BATCH: u64 = 5_000;

/// What the policy knows of an account, while a batch is applied.
struct AccountEntry {
    facts: AccountFacts,
    last_outcome: OffsetDateTime,
    /// Whether its row exists (update) or not yet (insert).
    stored: bool,
    /// Whom to email about a pause: the newest contacts and language the
    /// batch gave for the account.
    notice: Notice,
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

/// Whom each account's pauses are emailed to: the contacts and language of
/// its newest outcome that gave them, wherever that outcome sorts in the
/// batch, so that a pause of an earlier-sorting name is emailed too.
fn notices(ordered: &[&ValidationOutcome], window: time::Duration) -> BTreeMap<AccountId, Notice> {
    let mut newest: BTreeMap<AccountId, (Option<OffsetDateTime>, Option<OffsetDateTime>)> =
        BTreeMap::new();
    let mut notices: BTreeMap<AccountId, Notice> = BTreeMap::new();
    for outcome in ordered {
        let notice = notices.entry(outcome.account).or_insert_with(|| Notice {
            window,
            ..Notice::default()
        });
        let (contacts_at, language_at) = newest.entry(outcome.account).or_default();
        if !outcome.contacts.is_empty() && contacts_at.is_none_or(|at| outcome.at >= at) {
            notice.contacts.clone_from(&outcome.contacts);
            *contacts_at = Some(outcome.at);
        }
        if outcome.language.is_some() && language_at.is_none_or(|at| outcome.at >= at) {
            notice.language.clone_from(&outcome.language);
            *language_at = Some(outcome.at);
        }
    }
    notices
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
    /// The whole batch is one transaction: a caller that sees an error may
    /// resend the batch without counting any failure twice.
    pub(super) async fn record_outcomes_impl(
        &self,
        outcomes: &[ValidationOutcome],
        policy: &Policy,
        notice_window: time::Duration,
    ) -> Result<OutcomeReport, StoreError> {
        if outcomes.len() > MAX_OUTCOMES {
            return Err(StoreError::Refused("too many outcomes in one call"));
        }
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
        self.attempt(|| self.record_batch(&ordered, policy, notice_window))
            .await
    }

    /// Each pair's row is read and written once, and each account's once,
    /// however many outcomes the batch holds for them.
    async fn record_batch(
        &self,
        ordered: &[&ValidationOutcome],
        policy: &Policy,
        notice_window: time::Duration,
    ) -> Result<OutcomeReport, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut report = OutcomeReport::default();
        let mut accounts: BTreeMap<AccountId, AccountEntry> = BTreeMap::new();
        let mut struck: BTreeMap<AccountId, OffsetDateTime> = BTreeMap::new();
        let mut notices = notices(ordered, notice_window);
        let same_pair = |a: &&ValidationOutcome, b: &&ValidationOutcome| {
            a.account == b.account && a.identifier == b.identifier
        };
        for outcomes in ordered.chunk_by(same_pair) {
            let Some(first) = outcomes.first() else {
                continue;
            };
            let (account, ident) = (first.account, &first.identifier);
            let entry = match accounts.entry(account) {
                std::collections::btree_map::Entry::Occupied(entry) => entry.into_mut(),
                std::collections::btree_map::Entry::Vacant(slot) => {
                    let mut entry = Self::load_account(&mut tx, account, first).await?;
                    entry.notice = notices.remove(&account).unwrap_or_default();
                    slot.insert(entry)
                }
            };
            let row = sqlx::query(D::SQL.policy.pair_get)
                .bind(account.get())
                .bind(ident.value())
                .bind(ident.kind().code())
                .fetch_optional(&mut *tx)
                .await?;
            let mut state = match &row {
                Some(row) => {
                    let text: String = row.try_get(0)?;
                    // Unreadable state (from a future version, say) starts
                    // over rather than blocking every outcome of the pair.
                    serde_json::from_str(&text).unwrap_or_default()
                }
                None => PairState::default(),
            };
            let mut strike: Option<(String, &ValidationOutcome)> = None;
            for outcome in outcomes {
                let at = whole_seconds(outcome.at);
                entry.note(outcome, at);
                match policy::judge(policy, &mut state, &entry.facts, outcome.outcome, at) {
                    Verdict::Nothing | Verdict::Reset => {}
                    Verdict::Spared(_) => report.spared += 1,
                    // Later strikes find the pair paused by the first.
                    Verdict::Pause { .. } if strike.is_some() => report.unchanged += 1,
                    Verdict::Pause { tier } => strike = Some((tier, outcome)),
                }
            }
            Self::write_pair(&mut tx, account, ident, &state, row.is_some()).await?;
            if let Some((tier, outcome)) = strike {
                let at = whole_seconds(outcome.at);
                match Self::pause_pair(&mut tx, account, ident, PauseMode::RespectCooldown, at)
                    .await?
                {
                    PairPause::Paused | PairPause::Repaused => {
                        let ctx = AuditContext {
                            actor: Actor::Policy,
                            client_ip: outcome.client_ip.clone(),
                            user_agent: outcome.user_agent.clone(),
                            reason: Some(format!("tier {tier}")),
                            notice: entry.notice.clone(),
                        };
                        let scope = ("pause", "identifiers");
                        Self::insert_event(&mut tx, account, scope, 1, at, &ctx).await?;
                        Self::enqueue_notice(&mut tx, account, &ctx, at).await?;
                        report.paused.push((account, ident.clone(), tier));
                        let latest = struck.entry(account).or_insert(at);
                        *latest = (*latest).max(at);
                    }
                    PairPause::Already | PairPause::Cooldown => report.unchanged += 1,
                }
            }
        }
        for (account, entry) in &accounts {
            Self::write_account(&mut tx, *account, entry).await?;
        }
        // Only accounts that had a pair paused just now can newly reach the
        // whole-account threshold.
        for (account, at) in struck {
            let Some(entry) = accounts.get(&account) else {
                continue;
            };
            if Self::account_pause_due(&mut tx, account, &entry.facts, policy, at).await? {
                let ctx = AuditContext {
                    actor: Actor::Policy,
                    client_ip: None,
                    user_agent: None,
                    reason: Some(format!(
                        "{} paused names, no success in the window",
                        policy.account_pause_names
                    )),
                    notice: entry.notice.clone(),
                };
                if Self::pause_account_in(&mut tx, account, PauseMode::RespectCooldown, at, &ctx)
                    .await?
                {
                    report.accounts_paused.push(account);
                }
            }
        }
        tx.commit().await?;
        Ok(report)
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
                notice: Notice::default(),
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
                    notice: Notice::default(),
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

    pub(super) async fn expire_policy_state_impl(
        &self,
        cutoff: OffsetDateTime,
    ) -> Result<u64, StoreError> {
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
