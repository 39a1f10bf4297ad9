//! Drains the outbox: claims due rows under a lease, renders each from the
//! live pause state, sends it and records the result.

use std::sync::Arc;

use time::Duration;

use super::{Mailer, SendError, render_paused};
use crate::app::App;
use crate::links::MAX_NAMES;
use crate::metrics;
use crate::store::{Delivery, Notification, StoreError};

/// Rows claimed at a time: one, claimed right before it is sent, so a lease
/// covers one message and never runs out on rows still waiting their turn.
const CLAIM_BATCH: u32 = 1;

/// Waits between attempts: a minute, doubling, at most an hour.
fn backoff(attempts: u32) -> Duration {
    let doublings = attempts.saturating_sub(1).min(6);
    Duration::minutes(1 << doublings).min(Duration::hours(1))
}

/// What one pass over the outbox did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunReport {
    pub sent: u64,
    pub skipped: u64,
    pub retried: u64,
    pub failed: u64,
    /// Results not recorded because the lease had passed to another sender.
    pub lost: u64,
}

impl RunReport {
    pub fn total(&self) -> u64 {
        self.sent + self.skipped + self.retried + self.failed + self.lost
    }
}

/// One sender; any number may run against one database.
#[derive(Debug)]
pub struct Sender {
    app: Arc<App>,
    mailer: Mailer,
    /// Names this sender's leases: host, process and a random part.
    owner: String,
}

impl Sender {
    /// `None` when no SMTP server is configured.
    pub fn new(app: Arc<App>) -> anyhow::Result<Option<Self>> {
        let Some(mailer) = Mailer::new(&app.settings)? else {
            return Ok(None);
        };
        if app.i18n.find(&app.settings.mail.language).is_none() {
            anyhow::bail!(
                "mail language {:?} is not one of the portal's languages",
                app.settings.mail.language
            );
        }
        Ok(Some(Self {
            app,
            mailer,
            owner: owner_name(),
        }))
    }

    pub fn mailer(&self) -> &Mailer {
        &self.mailer
    }

    /// Sends every message due now, one after another, until none is left.
    pub async fn run_once(&self) -> Result<RunReport, StoreError> {
        self.run_until(|| false).await
    }

    /// Like [`Self::run_once`], stopping early between two messages once
    /// `stop` says so (a message being sent is finished and recorded).
    pub async fn run_until(&self, stop: impl Fn() -> bool) -> Result<RunReport, StoreError> {
        let mut report = RunReport::default();
        while !stop() {
            let now = self.app.clock.now();
            let lease = self.app.settings.mail.lease;
            let batch = self
                .app
                .store
                .claim_notifications(&self.owner, now, lease, CLAIM_BATCH)
                .await?;
            if batch.is_empty() {
                break;
            }
            for notification in &batch {
                let delivery = self.deliver(notification).await;
                let result = match &delivery {
                    Delivery::Sent => "sent",
                    Delivery::Skipped => "skipped",
                    Delivery::Retry { .. } => "retry",
                    Delivery::Failed { .. } => "failed",
                };
                ::metrics::counter!(metrics::NOTIFICATIONS, "result" => result).increment(1);
                let recorded = self
                    .app
                    .store
                    .finish_notification(
                        notification.id,
                        &self.owner,
                        &delivery,
                        self.app.clock.now(),
                    )
                    .await?;
                log(notification, &delivery, recorded);
                if !recorded {
                    report.lost += 1;
                    continue;
                }
                match delivery {
                    Delivery::Sent => report.sent += 1,
                    Delivery::Skipped => report.skipped += 1,
                    Delivery::Retry { .. } => report.retried += 1,
                    Delivery::Failed { .. } => report.failed += 1,
                }
            }
        }
        self.record_gauges().await;
        Ok(report)
    }

    /// Runs until `stop` resolves, looking for due messages every poll
    /// interval. Errors are logged and the loop goes on.
    pub async fn run(self, stop: impl std::future::Future<Output = ()> + Send + 'static) {
        let mut every = tokio::time::interval(self.app.settings.mail.poll_interval);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let (stopping, mut stopped) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            stop.await;
            let _ = stopping.send(true);
        });
        loop {
            tokio::select! {
                _ = stopped.changed() => return,
                _ = every.tick() => {}
            }
            match self.run_until(|| *stopped.borrow()).await {
                Ok(report) if report.total() > 0 => tracing::info!(
                    sent = report.sent,
                    retried = report.retried,
                    failed = report.failed,
                    skipped = report.skipped,
                    "outbox pass"
                ),
                Ok(_) => {}
                Err(err) => tracing::warn!(error = %err, "outbox pass failed; will try again"),
            }
        }
    }

    async fn deliver(&self, notification: &Notification) -> Delivery {
        let now = self.app.clock.now();
        let mail = &self.app.settings.mail;
        if now - notification.created_at > mail.max_age {
            return Delivery::Failed {
                error: format!(
                    "not delivered within {} of the pause; given up",
                    humantime::format_duration(
                        std::time::Duration::try_from(mail.max_age).unwrap_or_default()
                    )
                ),
            };
        }
        let retry = |error: String| Delivery::Retry {
            at: now + backoff(notification.attempts),
            error,
        };
        let limit = u32::try_from(MAX_NAMES).unwrap_or(15);
        let summary = match self
            .app
            .store
            .paused_summary(notification.account, limit)
            .await
        {
            Ok(summary) => summary,
            Err(err) => return retry(format!("reading the pause state: {err}")),
        };
        // Unpaused (through an error's link, say) before its email went
        // out: the email would only alarm.
        if summary.is_empty() {
            return Delivery::Skipped;
        }
        let message = render_paused(&self.app, notification, &summary)
            .and_then(|rendered| self.mailer.message(notification, &rendered));
        let message = match message {
            Ok(message) => message,
            Err(err) => {
                return Delivery::Failed {
                    error: format!("cannot build the message: {err:#}"),
                };
            }
        };
        // Bounded as a whole, well inside the lease: a server answering
        // each command just before the per-command timeout must not keep
        // the message past its lease, or a second sender would send it too.
        let budget = std::time::Duration::try_from(mail.lease / 2).unwrap_or_default();
        match tokio::time::timeout(budget, self.mailer.send(message)).await {
            Ok(Ok(())) => Delivery::Sent,
            Ok(Err(SendError::Permanent(error))) => Delivery::Failed { error },
            Ok(Err(SendError::Transient(error))) => retry(error),
            Err(_) => retry(format!("the SMTP server took longer than {budget:?}")),
        }
    }

    /// Outbox sizes by state, for `/metrics`.
    async fn record_gauges(&self) {
        match self.app.store.outbox_counts().await {
            Ok(counts) => {
                for (state, count) in [
                    ("pending", counts.pending),
                    ("sent", counts.sent),
                    ("failed", counts.failed),
                    ("skipped", counts.skipped),
                ] {
                    #[allow(clippy::cast_precision_loss, reason = "a gauge of row counts")]
                    ::metrics::gauge!(metrics::OUTBOX, "state" => state).set(count as f64);
                }
            }
            Err(err) => tracing::debug!(error = %err, "counting the outbox failed"),
        }
    }
}

fn log(notification: &Notification, delivery: &Delivery, recorded: bool) {
    let (id, account, attempt) = (notification.id, notification.account, notification.attempts);
    if !recorded {
        tracing::warn!(
            id,
            %account,
            "notification result not recorded: its lease passed to another sender"
        );
        return;
    }
    match delivery {
        Delivery::Sent => tracing::info!(id, %account, attempt, "notification sent"),
        Delivery::Skipped => {
            tracing::info!(id, %account, "notification skipped: nothing is paused any more");
        }
        Delivery::Retry { at, error } => {
            tracing::warn!(id, %account, attempt, %at, error, "notification deferred");
        }
        Delivery::Failed { error } => {
            tracing::warn!(id, %account, attempt, error, "notification failed for good");
        }
    }
}

/// Lease owner: readable in the database, unique per sender.
fn owner_name() -> String {
    let host = hostname_short();
    let mut random = [0_u8; 4];
    let random = match ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut random)
    {
        Ok(()) => u32::from_be_bytes(random),
        Err(_) => 0,
    };
    format!("{host}:{}:{random:08x}", std::process::id())
}

fn hostname_short() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().chars().take(40).collect())
        .unwrap_or_else(|_| "host".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_a_minute_to_an_hour() {
        assert_eq!(backoff(1), Duration::minutes(1));
        assert_eq!(backoff(2), Duration::minutes(2));
        assert_eq!(backoff(4), Duration::minutes(8));
        assert_eq!(backoff(7), Duration::hours(1));
        assert_eq!(backoff(100), Duration::hours(1));
    }
}
