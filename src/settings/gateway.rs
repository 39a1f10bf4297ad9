//! The `[gateway]` table: the reverse proxy in front of an ACME server.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::bail;
use serde::{Deserialize, Serialize};
use url::Url;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GatewaySettings {
    /// The ACME server, scheme://host[:port]: requests go there with their
    /// own path and `Host` header. `None`: no gateway.
    pub upstream: Option<Url>,
    /// PEM certificates the upstream's TLS certificate must chain to;
    /// `None`: the public web roots.
    pub upstream_ca: Option<PathBuf>,
    /// The upstream's directory path, read when the gateway needs the
    /// newNonce URL before a client has fetched the directory through it.
    pub directory_path: String,
    pub listen: SocketAddr,
    /// PEM certificate chain and key: the gateway speaks TLS itself. Both
    /// or neither (then plain HTTP, for a TLS proxy in front).
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    /// `Retry-After` on a paused order.
    #[serde(with = "crate::duration")]
    pub retry_after: Duration,
    /// How long the upstream may take to answer a request's headers.
    #[serde(with = "crate::duration")]
    pub upstream_timeout: Duration,
    /// With the database unreachable, let new orders through (`true`) or
    /// refuse them with 503 (`false`).
    pub fail_open: bool,
    /// Outcomes held in memory while the database is unreachable; beyond
    /// that they are dropped and counted as lost.
    pub outcome_queue: usize,
    /// Where the gateway serves `/healthz`, `/readyz` and `/metrics` (and
    /// the internal API, with a token file). `None`: nowhere.
    pub metrics_listen: Option<SocketAddr>,
}

impl Default for GatewaySettings {
    fn default() -> Self {
        Self {
            upstream: None,
            upstream_ca: None,
            directory_path: "/directory".to_owned(),
            listen: SocketAddr::from(([127, 0, 0, 1], 8443)),
            tls_cert: None,
            tls_key: None,
            // Long enough that a client honouring it stops until a person
            // acts; acme.sh gives up at once on anything over 600 s, which
            // for a paused client is the point (see DEPLOYMENT.md).
            retry_after: Duration::from_secs(3600),
            upstream_timeout: Duration::from_secs(30),
            fail_open: true,
            outcome_queue: 10_000,
            metrics_listen: None,
        }
    }
}

impl GatewaySettings {
    pub(super) fn validate(&self) -> anyhow::Result<()> {
        if let Some(url) = &self.upstream {
            if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
                bail!("gateway.upstream {url} must be an http:// or https:// URL");
            }
            if url.path() != "/" || url.query().is_some() {
                bail!("gateway.upstream {url} must be scheme://host[:port] with no path");
            }
        }
        if !self.directory_path.starts_with('/') {
            bail!("gateway.directory_path must start with /");
        }
        if self.tls_cert.is_some() != self.tls_key.is_some() {
            bail!("gateway.tls_cert and gateway.tls_key go together");
        }
        if self.retry_after.is_zero() || self.upstream_timeout.is_zero() {
            bail!("gateway.retry_after and gateway.upstream_timeout must be positive");
        }
        if self.outcome_queue == 0 {
            bail!("gateway.outcome_queue must be at least 1");
        }
        Ok(())
    }
}
