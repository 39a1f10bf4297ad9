//! The SQL strings a backend provides, by purpose.

/// `(name, SQL)` of each listed field, for the dialect drift test. The
/// destructuring is exhaustive: a new field fails to compile until it is
/// listed, or named as skipped.
#[cfg(test)]
macro_rules! statements {
    ($value:expr, $ty:ident, $prefix:literal, [$($field:ident),* $(,)?], skip [$($skip:ident),* $(,)?]) => {{
        let $ty { $($field,)* $($skip: _,)* } = $value;
        vec![$((concat!($prefix, stringify!($field)), *$field)),*]
    }};
}

/// Every SQL string a backend provides. Parameters are listed in bind order.
#[derive(Debug)]
pub(in crate::store) struct Queries {
    /// Starts a transaction that will write.
    pub begin_write: &'static str,
    pub ping: &'static str,
    /// For the page, in one statement (one snapshot, one round trip):
    /// (account, [account, account]) -> rows of (kind, n, value, at):
    /// kind 0 the account-level pause (at); kind 1 the count (n, at most
    /// `COUNT_CAP` + 1: a bounded scan) and the oldest pause (at); kind 2
    /// one of the first names (n the type, value, at). MySQL binds the
    /// account three times, the others once. The text ends in `LIMIT`: the
    /// store writes the number of names and the closing parenthesis in,
    /// because SQLite recompiles a statement with a bound LIMIT every time
    /// its binds are cleared, which sqlx does on each reuse (a quarter of
    /// the page's CPU when it was bound).
    pub summary: &'static str,
    /// How many times `summary` takes the account.
    pub summary_account_binds: usize,
    /// (account) -> (count, oldest pausedAt)
    pub count_paused: &'static str,
    /// (account) -> (pausedAt) when the whole account is paused
    pub account_paused: &'static str,
    /// (account) -> (n): paused names, at most `COUNT_CAP` + 1 counted (a
    /// bounded scan), for what an unpause leaves behind
    pub count_remaining: &'static str,
    /// (account, value, type) -> (pausedAt, unpausedAt), locking the row
    pub pair_state: &'static str,
    /// (account, value, type, now)
    pub insert_paused: &'static str,
    /// (now, account, value, type)
    pub repause: &'static str,
    /// (account) -> (pausedAt, unpausedAt), locking the row
    pub account_state: &'static str,
    /// (account, now)
    pub insert_account_pause: &'static str,
    /// (now, account)
    pub repause_account: &'static str,
    /// (now, account)
    pub unpause_account: &'static str,
    /// (account, after value, after value, after type, offset) -> (value,
    /// type): the last key of the next batch, by keyset over the primary key.
    /// The value comes twice: `identifierValue >= ?` beside the row
    /// comparison is what lets MariaDB seek the index (it reads row
    /// comparisons only as filters, and would scan the account per batch).
    pub batch_end: &'static str,
    /// (now, account, after value, after value, after type, last value,
    /// last value, last type)
    pub unpause_range: &'static str,
    /// (now, account, after value, after value, after type)
    pub unpause_rest: &'static str,
    /// (now, account, value, type)
    pub unpause_one: &'static str,
    /// (at, account, action, scope, count, actor, client_ip, user_agent, reason)
    pub insert_event: &'static str,
    /// () -> (id) of the event just inserted on this connection
    pub last_event_id: &'static str,
    /// (count, id)
    pub grow_event: &'static str,
    /// (account, limit) -> (at, action, scope, count, actor, client_ip, user_agent, reason)
    pub events: &'static str,
    /// () -> (version) of every applied migration
    pub applied_migrations: &'static str,
    pub policy: PolicyQueries,
    pub budget: BudgetQueries,
    /// For `n` names: (account, value₁…valueₙ, account) -> (identifierType,
    /// identifierValue) of each paused name among them, and a row with type
    /// -1 when the whole account is paused. One indexed query.
    pub check_paused: fn(n: usize) -> String,
    pub sessions: SessionQueries,
    pub outbox: OutboxQueries,
}

/// SQL for the notification outbox.
#[derive(Debug)]
pub(in crate::store) struct OutboxQueries {
    /// (account): serialises enqueueing for one account until commit, where
    /// the locking read below cannot (no row to lock yet)
    pub lock_account: Option<&'static str>,
    /// (account, contact, now) -> (id) of a pending row never tried yet and
    /// still inside its window, locking it
    pub open_for: &'static str,
    /// (language, clientIP, userAgent, id): newer facts win, absent ones keep
    /// the old
    pub merge: &'static str,
    /// (account, contact, language, clientIP, userAgent, createdAt, dueAt)
    pub insert: &'static str,
    /// (now, now, limit) -> (id) of pending rows due and not leased
    pub due: &'static str,
    /// (owner, leaseUntil, id, now, now): affects one row only if it is
    /// still pending, due and unleased, so of two senders racing, one wins
    pub claim: &'static str,
    /// (id) -> (account, contact, language, clientIP, userAgent, createdAt,
    /// attempts)
    pub get: &'static str,
    /// (state, lastError, finishedAt, id, owner)
    pub finish: &'static str,
    /// (dueAt, lastError, id, owner)
    pub retry: &'static str,
    /// () -> (state, count)
    pub counts: &'static str,
    /// (account, limit) -> (id, contact, state, attempts, createdAt, dueAt,
    /// finishedAt, lastError)
    pub list: &'static str,
    /// (cutoff, limit): finished rows created before the cutoff
    pub purge: &'static str,
}

/// SQL for the per-account unpause budget.
#[derive(Debug)]
pub(in crate::store) struct BudgetQueries {
    /// (account): writes the account's budget row, which holds it until
    /// commit, so concurrent budgeted unpauses of one account take turns
    pub lock: &'static str,
    /// (account) -> (resetAt)
    pub reset_at: &'static str,
    /// (account, at): an operator lifts the budget
    pub reset: &'static str,
    /// (account) -> (latest at) of the counted unpauses
    pub last_counted: &'static str,
    /// (account, since, limit) -> (at) of counted unpauses after `since`,
    /// newest first
    pub counted: &'static str,
    /// (account, since, account, since) -> a row when a paused name or the
    /// account-level pause was paused after `since`
    pub repaused_since: &'static str,
}

/// SQL for the pausing policy's state. A batch of outcomes reads and writes
/// its rows with a few statements built for `n` rows each (at most
/// `policy::CHUNK`), not two per row: on SQLite every statement is a hop to
/// the driver's worker thread, and on a server a round trip.
#[derive(Debug)]
pub(in crate::store) struct PolicyQueries {
    /// For `n` accounts: (account₁…accountₙ) -> (account, createdAt,
    /// firstSeen, lastSuccess, lastOutcome) of those that have a row,
    /// locking them in key order
    pub accounts_get: fn(n: usize) -> String,
    /// (account) -> (latest unpausedAt of any of its names)
    pub last_unpause: &'static str,
    /// For `n` new accounts: (account, createdAt, firstSeen, lastSuccess,
    /// lastOutcome)×n; fails on a duplicate key (a concurrent insert)
    pub accounts_insert: fn(n: usize) -> String,
    /// For `n` accounts whose rows this transaction read and locked: the
    /// binds of `accounts_insert`; sets createdAt, lastSuccess and
    /// lastOutcome (firstSeen stays)
    pub accounts_upsert: fn(n: usize) -> String,
    /// For `n` pairs: (account, value, type)×n -> (account, value, type,
    /// state) of those that have a row, locking them in key order. The
    /// value comes back as stored, which MariaDB matched ignoring case.
    pub pairs_get: fn(n: usize) -> String,
    /// For `n` new pairs: (account, value, type, state, lastOutcome)×n;
    /// fails on a duplicate key (a concurrent insert)
    pub pairs_insert: fn(n: usize) -> String,
    /// For `n` pairs whose rows this transaction read and locked: the binds
    /// of `pairs_insert`; sets state and lastOutcome
    pub pairs_upsert: fn(n: usize) -> String,
    /// (cutoff, limit): at most `limit` rows a statement, so no clean-up
    /// holds locks for long
    pub expire_pairs: &'static str,
    /// (cutoff, limit)
    pub expire_accounts: &'static str,
}

/// SQL for the sessions table, which earlier versions kept the result page
/// in and nothing writes now: its rows are purged as they expire. Expiry is
/// judged by the database clock, the one every portal instance shares.
#[derive(Debug)]
pub(in crate::store) struct SessionQueries {
    /// ()
    pub delete_expired: &'static str,
}

/// Builds a statement for `n` items.
#[cfg(test)]
pub(in crate::store) type Builder = fn(n: usize) -> String;

#[cfg(test)]
impl Queries {
    /// Every plain SQL string, nested ones prefixed by their group. Not
    /// listed: `summary` (its limit written in per call), the statements
    /// built per call (see `built`) and `outbox.lock_account` (one backend
    /// only), which the drift test handles itself.
    pub(in crate::store) fn statements(&self) -> Vec<(&'static str, &'static str)> {
        let mut all = statements!(
            self,
            Queries,
            "",
            [
                begin_write,
                ping,
                count_paused,
                account_paused,
                count_remaining,
                pair_state,
                insert_paused,
                repause,
                account_state,
                insert_account_pause,
                repause_account,
                unpause_account,
                batch_end,
                unpause_range,
                unpause_rest,
                unpause_one,
                insert_event,
                last_event_id,
                grow_event,
                events,
                applied_migrations,
            ],
            skip [summary, summary_account_binds, policy, budget, check_paused, sessions, outbox]
        );
        all.extend(statements!(
            &self.budget,
            BudgetQueries,
            "budget.",
            [lock, reset_at, reset, last_counted, counted, repaused_since],
            skip []
        ));
        all.extend(statements!(
            &self.policy,
            PolicyQueries,
            "policy.",
            [last_unpause, expire_pairs, expire_accounts],
            skip [
                accounts_get,
                accounts_insert,
                accounts_upsert,
                pairs_get,
                pairs_insert,
                pairs_upsert,
            ]
        ));
        all.extend(statements!(
            &self.sessions,
            SessionQueries,
            "sessions.",
            [delete_expired],
            skip []
        ));
        all.extend(statements!(
            &self.outbox,
            OutboxQueries,
            "outbox.",
            [
                open_for, merge, insert, due, claim, get, finish, retry, counts, list, purge
            ],
            skip[lock_account]
        ));
        all
    }

    /// Every statement built for `n` items, by name. The destructuring is
    /// exhaustive, as in `statements`: a new builder fails to compile until
    /// it is listed here.
    pub(in crate::store) fn built(&self) -> Vec<(&'static str, Builder)> {
        let PolicyQueries {
            accounts_get,
            accounts_insert,
            accounts_upsert,
            pairs_get,
            pairs_insert,
            pairs_upsert,
            last_unpause: _,
            expire_pairs: _,
            expire_accounts: _,
        } = &self.policy;
        vec![
            ("check_paused", self.check_paused),
            ("policy.accounts_get", *accounts_get),
            ("policy.accounts_insert", *accounts_insert),
            ("policy.accounts_upsert", *accounts_upsert),
            ("policy.pairs_get", *pairs_get),
            ("policy.pairs_insert", *pairs_insert),
            ("policy.pairs_upsert", *pairs_upsert),
        ]
    }
}
