//! Prometheus metrics, served on the internal listener at `/metrics`.
//!
//! One recorder per process (the `metrics` facade is global); every name
//! starts with `acme_unpause_`. Labels have few values each: route
//! templates, not paths; outcome kinds, not accounts.

use std::sync::OnceLock;
use std::time::Duration;

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

pub const HTTP_REQUESTS: &str = "acme_unpause_http_requests_total";
pub const HTTP_DURATION: &str = "acme_unpause_http_request_duration_seconds";
pub const TOKEN_VERIFICATIONS: &str = "acme_unpause_token_verifications_total";
pub const PAUSED_NAMES: &str = "acme_unpause_paused_names_total";
pub const PAUSED_ACCOUNTS: &str = "acme_unpause_paused_accounts_total";
pub const UNPAUSED_NAMES: &str = "acme_unpause_unpaused_names_total";
pub const UNPAUSED_ACCOUNTS: &str = "acme_unpause_unpaused_accounts_total";
pub const POLICY_OUTCOMES: &str = "acme_unpause_policy_outcomes_total";
pub const POLICY_DECISIONS: &str = "acme_unpause_policy_decisions_total";
pub const NOTIFICATIONS: &str = "acme_unpause_notifications_total";
pub const OUTBOX: &str = "acme_unpause_outbox_messages";

/// Latency buckets, in seconds: page views take milliseconds, a large
/// unpause several seconds.
const BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// Installs the process's recorder on first use and returns its handle;
/// `None` when another recorder was installed first (metrics then go there).
pub fn handle() -> Option<&'static PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full(HTTP_DURATION.to_owned()), BUCKETS)
                .ok()?
                .install_recorder();
            match recorder {
                Ok(handle) => {
                    describe();
                    // Histograms are summarised on render; upkeep keeps
                    // their memory bounded between scrapes.
                    let upkeep = handle.clone();
                    std::thread::Builder::new()
                        .name("metrics-upkeep".into())
                        .spawn(move || {
                            loop {
                                std::thread::sleep(Duration::from_secs(5));
                                upkeep.run_upkeep();
                            }
                        })
                        .ok()?;
                    Some(handle)
                }
                Err(err) => {
                    tracing::warn!(error = %err, "metrics recorder not installed");
                    None
                }
            }
        })
        .as_ref()
}

fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram};
    describe_counter!(HTTP_REQUESTS, "HTTP requests by listener, route and status");
    describe_histogram!(
        HTTP_DURATION,
        metrics::Unit::Seconds,
        "HTTP request latency by listener and route"
    );
    describe_counter!(
        TOKEN_VERIFICATIONS,
        "Unpause links checked, by outcome: valid, malformed, expired, invalid"
    );
    describe_counter!(PAUSED_NAMES, "Names paused, by actor");
    describe_counter!(PAUSED_ACCOUNTS, "Whole accounts paused, by actor");
    describe_counter!(UNPAUSED_NAMES, "Names unpaused, by actor");
    describe_counter!(UNPAUSED_ACCOUNTS, "Account-level pauses lifted, by actor");
    describe_counter!(POLICY_OUTCOMES, "Validation outcomes reported, by result");
    describe_counter!(
        POLICY_DECISIONS,
        "Policy decisions: paused, account_paused, unchanged (already paused or cooldown), spared"
    );
    describe_counter!(
        NOTIFICATIONS,
        "Notification delivery attempts by result: sent, retry, failed, skipped"
    );
    describe_gauge!(
        OUTBOX,
        "Notification emails in the shared outbox by state, as this sender last counted"
    );
}
