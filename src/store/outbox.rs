//! The notification outbox as callers see it: each pause that changes
//! something writes its emails in its own transaction; senders lease them
//! one at a time and record what became of each.

use async_trait::async_trait;
use time::{Duration, OffsetDateTime};

use super::StoreError;
use crate::domain::{AccountId, Contact};

/// One email to send, claimed by one sender until `lease_until`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub id: i64,
    pub account: AccountId,
    pub contact: Contact,
    pub language: Option<String>,
    /// The failing client, as the ACME server reported it.
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
    /// When the first pause of this email happened.
    pub created_at: OffsetDateTime,
    /// Attempts so far, this one included.
    pub attempts: u32,
}

/// What became of one delivery attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// The SMTP server took the message.
    Sent,
    /// Nothing was paused any more: no email needed.
    Skipped,
    /// A temporary failure; try again at `at`.
    Retry { at: OffsetDateTime, error: String },
    /// Refused for good (a 5xx answer), or given up after the maximum age.
    Failed { error: String },
}

/// How many outbox rows are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    pub pending: u64,
    pub sent: u64,
    pub failed: u64,
    pub skipped: u64,
}

/// One outbox row, for operators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationStatus {
    pub id: i64,
    pub contact: String,
    pub state: String,
    pub attempts: u32,
    pub created_at: OffsetDateTime,
    pub due_at: OffsetDateTime,
    pub finished_at: Option<OffsetDateTime>,
    pub last_error: Option<String>,
}

/// The emails pauses have asked for, and what became of them.
#[async_trait]
pub trait Outbox: Send + Sync {
    /// Leases up to `limit` due notifications to `owner` until `now +
    /// lease`, counting an attempt on each. A row leased by another sender
    /// is never returned until its lease runs out, so two senders do not
    /// send the same email (one that dies mid-send leaves its rows to be
    /// retried when the lease ends).
    async fn claim_notifications(
        &self,
        owner: &str,
        now: OffsetDateTime,
        lease: Duration,
        limit: u32,
    ) -> Result<Vec<Notification>, StoreError>;

    /// Records what became of a claimed notification. False when `owner`
    /// no longer holds it (its lease ran out and another sender took it).
    async fn finish_notification(
        &self,
        id: i64,
        owner: &str,
        delivery: &Delivery,
        now: OffsetDateTime,
    ) -> Result<bool, StoreError>;

    /// Outbox rows by state.
    async fn outbox_counts(&self) -> Result<OutboxCounts, StoreError>;

    /// The newest notifications of `account`, newest first.
    async fn notifications(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<Vec<NotificationStatus>, StoreError>;

    /// Deletes finished notifications created before `cutoff`.
    async fn purge_notifications(&self, cutoff: OffsetDateTime) -> Result<u64, StoreError>;
}
