//! The pausing policy's state in the shared database: each outcome is
//! judged by `policy::judge` inside one transaction that holds the pair's and
//! the account's rows, so instances reporting outcomes of the same pair at
//! once take turns instead of losing counts. A batch reads and writes those
//! rows a few hundred at a time (see [`CHUNK`]), not one by one: on SQLite
//! each statement is a hand-off to the driver's thread, on a server a round
//! trip.

use std::collections::{BTreeMap, HashMap};

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
    /// An account without a row yet, first seen at `at`.
    fn new(at: OffsetDateTime) -> Self {
        Self {
            facts: AccountFacts {
                created_at: None,
                first_seen: at,
                last_success: None,
            },
            last_outcome: at,
            stored: false,
        }
    }

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

/// Rows per statement when a batch reads or writes its pairs and
/// accounts. A chunk of pairs binds 2,500 values (5 a row), far below
/// SQLite's limit of 32,766 and the servers' 65,535; a full chunk's
/// statement is the same string every time, so its prepared form is reused.
const CHUNK: usize = 500;

/// A pair's key as the store matches it: (account, value, type). The
/// value is lowercased because MariaDB compares it ignoring case (and
/// returns the stored spelling); the others compare exactly, and names are
/// lowercased when parsed.
type PairKey = (i64, String, i16);

fn pair_key(account: i64, value: &str, code: i16) -> PairKey {
    (account, value.to_ascii_lowercase(), code)
}

/// A pair's state after the batch, to be written.
struct PairWrite<'a> {
    account: AccountId,
    ident: &'a Identifier,
    state: PairState,
    /// Whether its row exists, read and locked (upsert) or not (insert).
    stored: bool,
}

/// Judges one pair's outcomes in the order they happened, and says which
/// tier struck first, with the outcome that struck, if any did (the pair
/// is paused once, however many did).
fn judge_pair<'a>(
    outcomes: &[&'a ValidationOutcome],
    state: &mut PairState,
    entry: &mut AccountEntry,
    contact: bool,
    policy: &Policy,
    report: &mut OutcomeReport,
) -> Option<(String, &'a ValidationOutcome)> {
    let mut strike = None;
    for outcome in outcomes {
        let at = whole_seconds(outcome.at);
        entry.note(outcome, at);
        let context = policy::Context {
            declared: outcome.client_shows_errors,
            contact,
            event: outcome.event,
        };
        match policy::judge_in(policy, state, &entry.facts, outcome.outcome, at, &context) {
            Verdict::Nothing | Verdict::Reset => {}
            Verdict::Spared(_) => report.spared += 1,
            // Later strikes find the pair paused by the first.
            Verdict::Pause { .. } if strike.is_some() => report.unchanged += 1,
            Verdict::Pause { tier } => strike = Some((tier, *outcome)),
        }
    }
    strike
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
        let turn = if D::ONE_WRITER {
            Some(self.batches.lock().await)
        } else {
            None
        };
        let report = self
            .attempt(|| self.record_batch(&ordered, notices, policy))
            .await;
        drop(turn);
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
    /// One transaction for the whole batch, judged inside it. The batch's
    /// account rows and pair rows are read (and locked) with a statement
    /// per [`CHUNK`] of them, judged in memory, and written back the same
    /// way; only pauses, which are rare, cost statements of their own.
    async fn record_batch(
        &self,
        ordered: &[&ValidationOutcome],
        notices: &BTreeMap<AccountId, Notice>,
        policy: &Policy,
    ) -> Result<OutcomeReport, StoreError> {
        let same_pair = |a: &&ValidationOutcome, b: &&ValidationOutcome| {
            a.account == b.account && a.identifier == b.identifier
        };
        let pairs: Vec<&[&ValidationOutcome]> = ordered.chunk_by(same_pair).collect();
        let firsts: Vec<&ValidationOutcome> =
            pairs.iter().filter_map(|p| p.first().copied()).collect();
        let mut tx = self.begin_write().await?;
        // Accounts before pairs, each in key order, in every batch: so
        // concurrent batches take their locks in one order and do not
        // deadlock.
        let mut batch = Batch {
            accounts: Self::load_accounts(&mut tx, &firsts).await?,
            ..Batch::default()
        };
        let mut stored = Self::load_pairs(&mut tx, &firsts).await?;
        let mut writes = Vec::with_capacity(pairs.len());
        let mut strikes = Vec::new();
        for outcomes in pairs {
            let Some(first) = outcomes.first() else {
                continue;
            };
            let (account, ident) = (first.account, &first.identifier);
            let found = stored.remove(&pair_key(account.get(), ident.value(), ident.kind().code()));
            let mut write = PairWrite {
                account,
                ident,
                stored: found.is_some(),
                state: found.unwrap_or_default(),
            };
            let Some(entry) = batch.accounts.get_mut(&account) else {
                return Err(StoreError::Other(anyhow::anyhow!(
                    "account {account} of a batch was not loaded"
                )));
            };
            let contact = notices
                .get(&account)
                .is_some_and(|n| !n.contacts.is_empty());
            let strike = judge_pair(
                outcomes,
                &mut write.state,
                entry,
                contact,
                policy,
                &mut batch.report,
            );
            strikes
                .extend(strike.map(|(tier, outcome)| (write.account, write.ident, tier, outcome)));
            writes.push(write);
        }
        Self::write_pairs(&mut tx, &writes).await?;
        Self::write_accounts(&mut tx, &batch.accounts).await?;
        for (account, ident, tier, outcome) in strikes {
            Self::pause_struck(&mut tx, account, ident, tier, outcome, notices, &mut batch).await?;
        }
        Self::judge_accounts(&mut tx, notices, policy, &mut batch).await?;
        tx.commit().await?;
        Ok(batch.report)
    }

    /// Pauses a pair a tier struck, with its audit row and notice. The
    /// pair's state is already written: a pause changes none of it.
    async fn pause_struck(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
        ident: &Identifier,
        tier: String,
        outcome: &ValidationOutcome,
        notices: &BTreeMap<AccountId, Notice>,
        batch: &mut Batch,
    ) -> Result<(), StoreError> {
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

    /// The policy's state of the batch's pairs that have a row, locked, by
    /// [`pair_key`]. `firsts` holds one outcome of each pair, in key order,
    /// so the rows are locked in it.
    async fn load_pairs(
        tx: &mut Transaction<'static, D::DB>,
        firsts: &[&ValidationOutcome],
    ) -> Result<HashMap<PairKey, PairState>, StoreError> {
        let mut states = HashMap::with_capacity(firsts.len());
        for chunk in firsts.chunks(CHUNK) {
            let sql = (D::SQL.policy.pairs_get)(chunk.len());
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
            for outcome in chunk {
                let ident = &outcome.identifier;
                query = query
                    .bind(outcome.account.get())
                    .bind(ident.value())
                    .bind(ident.kind().code());
            }
            for row in query.fetch_all(&mut **tx).await? {
                let account: i64 = row.try_get(0)?;
                let value: String = row.try_get(1)?;
                let code: i16 = row.try_get(2)?;
                let text: String = row.try_get(3)?;
                // Unreadable state (from a future version, say) starts over
                // rather than blocking every outcome of the pair.
                let state = serde_json::from_str(&text).unwrap_or_default();
                states.insert(pair_key(account, &value, code), state);
            }
        }
        Ok(states)
    }

    /// Writes each pair's new state: one multi-row INSERT per chunk for
    /// pairs without a row, which fails on a concurrent insert of the same
    /// pair (a duplicate key, and `attempt` runs the batch again), and one
    /// multi-row upsert per chunk for rows this transaction read and
    /// locked, which can only update.
    async fn write_pairs(
        tx: &mut Transaction<'static, D::DB>,
        writes: &[PairWrite<'_>],
    ) -> Result<(), StoreError> {
        let mut rows = Vec::with_capacity(writes.len());
        for write in writes {
            // The newest outcome the state has seen: an outcome reported
            // late must not make live state look stale. A state that saw
            // none has nothing worth keeping.
            let last = write.state.last_failure().max(write.state.last_success());
            let Some(last) = last else {
                continue;
            };
            let text =
                serde_json::to_string(&write.state).map_err(|e| StoreError::Other(e.into()))?;
            rows.push((write, text, D::encode_time(whole_seconds(last))?));
        }
        for stored in [false, true] {
            let mine: Vec<_> = rows.iter().filter(|(w, ..)| w.stored == stored).collect();
            for chunk in mine.chunks(CHUNK) {
                let build = if stored {
                    D::SQL.policy.pairs_upsert
                } else {
                    D::SQL.policy.pairs_insert
                };
                let mut query = sqlx::query(sqlx::AssertSqlSafe(build(chunk.len())));
                for (write, text, last) in chunk {
                    query = query
                        .bind(write.account.get())
                        .bind(write.ident.value())
                        .bind(write.ident.kind().code())
                        .bind(text.as_str())
                        .bind(last);
                }
                query.execute(&mut **tx).await?;
            }
        }
        Ok(())
    }

    /// What the policy knows of each account of the batch, rows locked in
    /// key order; an account without a row is first seen at its first
    /// outcome's time.
    async fn load_accounts(
        tx: &mut Transaction<'static, D::DB>,
        firsts: &[&ValidationOutcome],
    ) -> Result<BTreeMap<AccountId, AccountEntry>, StoreError> {
        // The first outcome of each account: pairs are sorted by account,
        // then pair, and each pair's outcomes by time.
        let mut first: BTreeMap<AccountId, &ValidationOutcome> = BTreeMap::new();
        for &outcome in firsts {
            first.entry(outcome.account).or_insert(outcome);
        }
        let ids: Vec<AccountId> = first.keys().copied().collect();
        let mut entries = BTreeMap::new();
        for chunk in ids.chunks(CHUNK) {
            let sql = (D::SQL.policy.accounts_get)(chunk.len());
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
            for account in chunk {
                query = query.bind(account.get());
            }
            for row in query.fetch_all(&mut **tx).await? {
                let id: i64 = row.try_get(0)?;
                let entry = AccountEntry {
                    facts: AccountFacts {
                        created_at: Self::optional_time_of(&row, 1)?,
                        first_seen: Self::time_of(&row, 2)?,
                        last_success: Self::optional_time_of(&row, 3)?,
                    },
                    last_outcome: Self::time_of(&row, 4)?,
                    stored: true,
                };
                entries.insert(id, entry);
            }
        }
        Ok(first
            .into_iter()
            .map(|(account, outcome)| {
                let entry = entries
                    .remove(&account.get())
                    .unwrap_or_else(|| AccountEntry::new(whole_seconds(outcome.at)));
                (account, entry)
            })
            .collect())
    }

    /// Writes each account's facts, as `write_pairs` writes pairs.
    async fn write_accounts(
        tx: &mut Transaction<'static, D::DB>,
        accounts: &BTreeMap<AccountId, AccountEntry>,
    ) -> Result<(), StoreError> {
        for stored in [false, true] {
            let mine: Vec<_> = accounts
                .iter()
                .filter(|(_, e)| e.stored == stored)
                .collect();
            for chunk in mine.chunks(CHUNK) {
                let build = if stored {
                    D::SQL.policy.accounts_upsert
                } else {
                    D::SQL.policy.accounts_insert
                };
                let mut query = sqlx::query(sqlx::AssertSqlSafe(build(chunk.len())));
                for (account, entry) in chunk {
                    let facts = &entry.facts;
                    query = query
                        .bind(account.get())
                        .bind(facts.created_at.map(D::encode_time).transpose()?)
                        .bind(D::encode_time(facts.first_seen)?)
                        .bind(facts.last_success.map(D::encode_time).transpose()?)
                        .bind(D::encode_time(entry.last_outcome)?);
                }
                query.execute(&mut **tx).await?;
            }
        }
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
