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
use crate::domain::AccountId;
use crate::policy::{self, AccountFacts, Outcome, PairState, Policy, Verdict};
use crate::store::{
    Actor, AuditContext, MAX_OUTCOMES, OutcomeReport, PauseMode, REPAUSE_COOLDOWN, StoreError,
    ValidationOutcome,
};

/// Rows deleted per statement when expiring policy state.
const EXPIRE_BATCH: u64 = 5_000;

/// What one outcome led to.
enum Judged {
    Nothing,
    Paused(String),
    Unchanged,
    Spared,
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
        self.attempt(|| self.record_batch(&ordered, policy)).await
    }

    async fn record_batch(
        &self,
        ordered: &[&ValidationOutcome],
        policy: &Policy,
    ) -> Result<OutcomeReport, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut report = OutcomeReport::default();
        let mut struck: BTreeMap<AccountId, OffsetDateTime> = BTreeMap::new();
        for outcome in ordered {
            match Self::judge_outcome(&mut tx, outcome, policy).await? {
                Judged::Nothing => {}
                Judged::Paused(tier) => {
                    report
                        .paused
                        .push((outcome.account, outcome.identifier.clone(), tier));
                    let latest = struck.entry(outcome.account).or_insert(outcome.at);
                    *latest = (*latest).max(outcome.at);
                }
                Judged::Unchanged => report.unchanged += 1,
                Judged::Spared => report.spared += 1,
            }
        }
        // Only accounts that had a pair paused just now can newly reach the
        // whole-account threshold.
        for (account, at) in struck {
            let at = whole_seconds(at);
            if Self::account_pause_due(&mut tx, account, policy, at).await? {
                let ctx = AuditContext {
                    actor: Actor::Policy,
                    client_ip: None,
                    user_agent: None,
                    reason: Some(format!(
                        "{} paused names, no success in the window",
                        policy.account_pause_names
                    )),
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

    /// One outcome inside the batch's transaction: account facts, pair
    /// state, verdict, and the pause it calls for.
    async fn judge_outcome(
        tx: &mut Transaction<'static, D::DB>,
        outcome: &ValidationOutcome,
        policy: &Policy,
    ) -> Result<Judged, StoreError> {
        let at = whole_seconds(outcome.at);
        let account = outcome.account;
        let ident = &outcome.identifier;
        let facts = Self::touch_account(tx, outcome, at).await?;

        let row = sqlx::query(D::SQL.policy.pair_get)
            .bind(account.get())
            .bind(ident.value())
            .bind(ident.kind().code())
            .fetch_optional(&mut **tx)
            .await?;
        let mut state = match &row {
            Some(row) => {
                let text: String = row.try_get(0)?;
                // Unreadable state (from a future version, say) starts over
                // rather than blocking every outcome of the pair.
                serde_json::from_str(&text).unwrap_or_default()
            }
            None => PairState::default(),
        };
        let verdict = policy::judge(policy, &mut state, &facts, outcome.outcome, at);
        let text = serde_json::to_string(&state).map_err(|e| StoreError::Other(e.into()))?;
        // The newest outcome the state has seen, not this one's time: an
        // outcome reported late must not make live state look stale.
        let last = [state.last_failure(), state.last_success(), Some(at)]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(at);
        let write = match row {
            Some(_) => sqlx::query(D::SQL.policy.pair_update)
                .bind(text)
                .bind(D::encode_time(whole_seconds(last))?)
                .bind(account.get())
                .bind(ident.value())
                .bind(ident.kind().code()),
            None => sqlx::query(D::SQL.policy.pair_insert)
                .bind(account.get())
                .bind(ident.value())
                .bind(ident.kind().code())
                .bind(text)
                .bind(D::encode_time(whole_seconds(last))?),
        };
        write.execute(&mut **tx).await?;

        Ok(match verdict {
            Verdict::Nothing | Verdict::Reset => Judged::Nothing,
            Verdict::Spared(_) => Judged::Spared,
            Verdict::Pause { tier } => {
                match Self::pause_pair(tx, account, ident, PauseMode::RespectCooldown, at).await? {
                    PairPause::Paused | PairPause::Repaused => {
                        let ctx = AuditContext {
                            actor: Actor::Policy,
                            client_ip: outcome.client_ip.clone(),
                            user_agent: outcome.user_agent.clone(),
                            reason: Some(format!("tier {tier}")),
                        };
                        let scope = ("pause", "identifiers");
                        Self::insert_event(tx, account, scope, 1, at, &ctx).await?;
                        Judged::Paused(tier)
                    }
                    PairPause::Already | PairPause::Cooldown => Judged::Unchanged,
                }
            }
        })
    }

    /// Reads and updates what the policy knows of the outcome's account.
    async fn touch_account(
        tx: &mut Transaction<'static, D::DB>,
        outcome: &ValidationOutcome,
        at: OffsetDateTime,
    ) -> Result<AccountFacts, StoreError> {
        let account = outcome.account;
        let success = (outcome.outcome == Outcome::Success).then_some(at);
        let reported = outcome.account_created_at.map(whole_seconds);
        let row = sqlx::query(D::SQL.policy.account_get)
            .bind(account.get())
            .fetch_optional(&mut **tx)
            .await?;
        let facts = match row {
            None => {
                let facts = AccountFacts {
                    created_at: reported,
                    first_seen: at,
                    last_success: success,
                };
                sqlx::query(D::SQL.policy.account_insert)
                    .bind(account.get())
                    .bind(reported.map(D::encode_time).transpose()?)
                    .bind(D::encode_time(at)?)
                    .bind(success.map(D::encode_time).transpose()?)
                    .bind(D::encode_time(at)?)
                    .execute(&mut **tx)
                    .await?;
                facts
            }
            Some(row) => {
                let stored = AccountFacts {
                    created_at: Self::optional_time_of(&row, 0)?,
                    first_seen: Self::time_of(&row, 1)?,
                    last_success: Self::optional_time_of(&row, 2)?,
                };
                let facts = AccountFacts {
                    // The earliest creation time anyone reported.
                    created_at: match (stored.created_at, reported) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    },
                    first_seen: stored.first_seen.min(at),
                    last_success: stored.last_success.max(success),
                };
                // Late outcomes must not make the account look idle.
                let last_outcome = Self::time_of(&row, 3)?.max(at);
                sqlx::query(D::SQL.policy.account_update)
                    .bind(facts.created_at.map(D::encode_time).transpose()?)
                    .bind(facts.last_success.map(D::encode_time).transpose()?)
                    .bind(D::encode_time(last_outcome)?)
                    .bind(account.get())
                    .execute(&mut **tx)
                    .await?;
                facts
            }
        };
        Ok(facts)
    }

    /// Whether `account` now has enough paused names, and no success, for
    /// the whole-account rule, read inside the batch's transaction. Not
    /// while any of its names was unpaused within the cooldown: a subscriber
    /// who just unpaused some names must not find them blocked again by a
    /// whole-account pause.
    async fn account_pause_due(
        tx: &mut Transaction<'static, D::DB>,
        account: AccountId,
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
        let row = sqlx::query(D::SQL.policy.account_get)
            .bind(account.get())
            .fetch_optional(&mut **tx)
            .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        let facts = AccountFacts {
            created_at: Self::optional_time_of(&row, 0)?,
            first_seen: Self::time_of(&row, 1)?,
            last_success: Self::optional_time_of(&row, 2)?,
        };
        Ok(policy::account_should_pause(
            policy,
            &facts,
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
