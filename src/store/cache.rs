//! A short-lived cache of each account's pause summary, the one read a
//! link's page makes.
//!
//! A link is fetched far more often than its account changes: by the
//! subscriber's reloads, by a forum thread's readers, by link previewers,
//! and by anyone flooding it. Keeping the summary for a second makes all of
//! those one read a second per instance, whatever the account's size.
//!
//! What this instance writes shows at once: every write path of the store
//! forgets the accounts it touched after committing. A read that was
//! already running when a write committed may have seen the old state, so
//! each write also bumps a generation, and a read only fills the cache if
//! no write happened while it ran. What another instance writes shows
//! within the time to live.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::PausedSummary;
use crate::domain::AccountId;

/// Entries kept at most. A full summary lists up to 100 names, so this
/// bounds the cache to a few megabytes however many links are opened.
const CAPACITY: usize = 4_096;

#[derive(Debug)]
pub(super) struct SummaryCache {
    ttl: Duration,
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    generation: u64,
    /// By account, then by how many names the summary lists.
    entries: HashMap<i64, Vec<Entry>>,
}

#[derive(Debug)]
struct Entry {
    limit: u32,
    read_at: Instant,
    /// Shared, so a hit copies it after the lock is released.
    summary: Arc<PausedSummary>,
}

/// Taken before a read, handed back to [`SummaryCache::fill`] with its
/// result.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ticket(u64);

impl SummaryCache {
    /// A cache keeping summaries for `ttl`; zero keeps none.
    pub(super) fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            inner: Mutex::new(Inner::default()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // The map holds no invariant a panicking holder could break.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The cached summary, or a ticket to fill it with a fresh read.
    pub(super) fn get(&self, account: AccountId, limit: u32) -> Result<PausedSummary, Ticket> {
        let found = {
            let inner = self.lock();
            inner
                .entries
                .get(&account.get())
                .and_then(|entries| entries.iter().find(|e| e.limit == limit))
                .filter(|e| e.read_at.elapsed() < self.ttl)
                .map(|e| Arc::clone(&e.summary))
                .ok_or(Ticket(inner.generation))
        };
        found.map(|summary| (*summary).clone())
    }

    /// Keeps `summary`, read after `ticket` was taken, unless a write
    /// happened since.
    pub(super) fn fill(
        &self,
        ticket: Ticket,
        account: AccountId,
        limit: u32,
        summary: &PausedSummary,
    ) {
        if self.ttl.is_zero() {
            return;
        }
        let mut inner = self.lock();
        if inner.generation != ticket.0 {
            return;
        }
        if inner.entries.len() >= CAPACITY {
            let ttl = self.ttl;
            inner.entries.retain(|_, entries| {
                entries.retain(|e| e.read_at.elapsed() < ttl);
                !entries.is_empty()
            });
            if inner.entries.len() >= CAPACITY {
                inner.entries.clear();
            }
        }
        let entries = inner.entries.entry(account.get()).or_default();
        entries.retain(|e| e.limit != limit);
        entries.push(Entry {
            limit,
            read_at: Instant::now(),
            summary: Arc::new(summary.clone()),
        });
    }

    /// Drops what is cached for `accounts`; called after a write to them
    /// committed (or failed part way: some of it may have).
    pub(super) fn forget(&self, accounts: impl IntoIterator<Item = AccountId>) {
        let mut inner = self.lock();
        inner.generation += 1;
        for account in accounts {
            inner.entries.remove(&account.get());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(n: i64) -> AccountId {
        AccountId::new(n).unwrap()
    }

    fn summary(count: u64) -> PausedSummary {
        PausedSummary {
            count,
            ..PausedSummary::default()
        }
    }

    #[test]
    fn a_filled_summary_is_served_until_forgotten() {
        let cache = SummaryCache::new(Duration::from_secs(60));
        let ticket = cache.get(account(1), 100).unwrap_err();
        cache.fill(ticket, account(1), 100, &summary(3));
        assert_eq!(cache.get(account(1), 100).ok(), Some(summary(3)));
        // Another limit or account is its own entry.
        assert!(cache.get(account(1), 10).is_err());
        assert!(cache.get(account(2), 100).is_err());
        cache.forget([account(1)]);
        assert!(cache.get(account(1), 100).is_err());
    }

    #[test]
    fn a_read_overtaken_by_a_write_is_not_kept() {
        let cache = SummaryCache::new(Duration::from_secs(60));
        let ticket = cache.get(account(1), 100).unwrap_err();
        // A write to any account commits while the read runs.
        cache.forget([account(2)]);
        cache.fill(ticket, account(1), 100, &summary(3));
        assert!(cache.get(account(1), 100).is_err());
    }

    #[test]
    fn entries_expire_and_zero_keeps_nothing() {
        let cache = SummaryCache::new(Duration::from_millis(20));
        let ticket = cache.get(account(1), 100).unwrap_err();
        cache.fill(ticket, account(1), 100, &summary(3));
        std::thread::sleep(Duration::from_millis(30));
        assert!(cache.get(account(1), 100).is_err());

        let off = SummaryCache::new(Duration::ZERO);
        let ticket = off.get(account(1), 100).unwrap_err();
        off.fill(ticket, account(1), 100, &summary(3));
        assert!(off.get(account(1), 100).is_err());
    }

    #[test]
    fn a_full_cache_stays_bounded() {
        let cache = SummaryCache::new(Duration::from_secs(60));
        for n in 1..=(CAPACITY as i64 + 10) {
            let ticket = cache.get(account(n), 100).unwrap_err();
            cache.fill(ticket, account(n), 100, &summary(1));
        }
        assert!(cache.lock().entries.len() <= CAPACITY);
        // The newest is kept.
        assert!(cache.get(account(CAPACITY as i64 + 10), 100).is_ok());
    }
}
