//! Outcomes the gateway learned, fed to the pausing policy in batches by
//! one background task. The proxy never waits for the database: it queues
//! and answers. While the database is unreachable the queue holds up to
//! its bound and the task retries; beyond the bound outcomes are dropped and
//! counted (`acme_unpause_gateway_outcomes_lost_total`).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::mpsc;

use crate::app::App;
use crate::domain::{AccountId, Contact};
use crate::pausing::{self, MAX_OUTCOMES, PausingError, Reported};

pub const OUTCOMES_LOST: &str = "acme_unpause_gateway_outcomes_lost_total";
pub const OUTCOMES_QUEUED: &str = "acme_unpause_gateway_outcomes_total";

/// Keys remembered per generation by [`Seen`].
const SEEN_GENERATION: usize = 100_000;
/// Accounts whose contacts are remembered, at most.
const MAX_ACCOUNTS: usize = 100_000;

/// The sending side, held by the proxy.
#[derive(Debug, Clone)]
pub struct Recorder {
    queue: mpsc::Sender<Reported>,
    seen: Arc<Mutex<Seen>>,
    contacts: Arc<Mutex<HashMap<AccountId, Vec<Contact>>>>,
}

impl Recorder {
    /// The recorder and its background task, which ends when every
    /// `Recorder` is gone and the queue is drained.
    pub fn start(app: Arc<App>, bound: usize) -> (Self, tokio::task::JoinHandle<()>) {
        let (queue, receiver) = mpsc::channel(bound);
        let task = tokio::spawn(drain(app, receiver));
        let recorder = Self {
            queue,
            seen: Arc::default(),
            contacts: Arc::default(),
        };
        (recorder, task)
    }

    /// Whether `key` (an authorization or order URL) is new: clients poll
    /// the same object many times, and its result must count once.
    pub fn first_time(&self, key: &str) -> bool {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key)
    }

    /// Remembers the account's contacts, for the email about a pause.
    pub fn set_contacts(&self, account: AccountId, contacts: Vec<Contact>) {
        let mut known = self.contacts.lock().unwrap_or_else(PoisonError::into_inner);
        if known.len() >= MAX_ACCOUNTS && !known.contains_key(&account) {
            known.clear();
        }
        known.insert(account, contacts);
    }

    /// Queues an outcome, with the account's contacts when known.
    pub fn record(&self, mut reported: Reported) {
        if let Some(contacts) = self
            .contacts
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&reported.outcome.account)
        {
            reported.contacts.clone_from(contacts);
        }
        match self.queue.try_send(reported) {
            Ok(()) => ::metrics::counter!(OUTCOMES_QUEUED).increment(1),
            Err(_) => {
                ::metrics::counter!(OUTCOMES_LOST).increment(1);
                tracing::warn!("gateway outcome queue full: an outcome was dropped");
            }
        }
    }
}

/// A set that forgets: two generations of at most [`SEEN_GENERATION`]
/// keys each, the older dropped when the newer fills.
#[derive(Debug, Default)]
struct Seen {
    current: HashSet<String>,
    previous: HashSet<String>,
}

impl Seen {
    fn insert(&mut self, key: &str) -> bool {
        if self.current.contains(key) || self.previous.contains(key) {
            return false;
        }
        if self.current.len() >= SEEN_GENERATION {
            self.previous = std::mem::take(&mut self.current);
        }
        self.current.insert(key.to_owned());
        true
    }
}

async fn drain(app: Arc<App>, mut receiver: mpsc::Receiver<Reported>) {
    let mut batch = Vec::new();
    while receiver.recv_many(&mut batch, MAX_OUTCOMES).await > 0 {
        let mut wait = Duration::from_millis(200);
        loop {
            let (policy, window) = (&app.settings.policy, app.settings.mail.window);
            let result = pausing::record_outcomes(
                &*app.store,
                policy,
                window,
                batch.clone(),
                app.clock.now(),
            )
            .await;
            match result {
                Ok(_) => break,
                Err(PausingError::Store(err)) if err.is_transient() => {
                    tracing::warn!(error = %err, outcomes = batch.len(), ?wait, "recording gateway outcomes failed; retrying");
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(Duration::from_secs(30));
                }
                Err(err) => {
                    ::metrics::counter!(OUTCOMES_LOST).increment(batch.len() as u64);
                    tracing::error!(error = %err, outcomes = batch.len(), "gateway outcomes dropped");
                    break;
                }
            }
        }
        batch.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seen_counts_each_key_once_and_forgets_old_generations() {
        let mut seen = Seen::default();
        assert!(seen.insert("a"));
        assert!(!seen.insert("a"));
        for i in 0..SEEN_GENERATION {
            seen.insert(&format!("k{i}"));
        }
        // "a" moved to the previous generation, still known.
        assert!(!seen.insert("a"));
        for i in 0..SEEN_GENERATION {
            seen.insert(&format!("j{i}"));
        }
        assert!(seen.insert("a"), "forgotten after two generations");
    }
}
