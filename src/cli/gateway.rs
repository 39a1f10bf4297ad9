//! `gateway`: pausing for an ACME server that has none, as a reverse proxy
//! in front of it.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use clap::Args;
use serde::Serialize;
use tokio::net::TcpListener;
use url::Url;

use crate::app::App;
use crate::clock::SystemClock;
use crate::gateway;
use crate::settings::Settings;
use crate::store::Schema;
use crate::token::{ApiToken, KeySet};
use crate::web;
use crate::web::server::ListenerLimits;

/// Run the ACME gateway: a reverse proxy in front of any RFC 8555 server
/// that refuses paused orders (HTTP 429 with the unpause link), feeds
/// validation results to the pausing policy and remembers accounts'
/// contacts for the email. Requests and responses pass unchanged, `Host`
/// included. The portal (`serve`) runs apart, on the same database; it
/// sends the emails. Each option is also the `[gateway]` key of its name.
#[derive(Debug, Args, Serialize)]
pub struct Opts {
    /// The ACME server: scheme://host[:port], no path.
    #[arg(long, env = "ACME_UNPAUSE_GATEWAY_UPSTREAM", value_name = "URL")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upstream: Option<Url>,
    /// PEM file of the CA certificates the upstream's certificate chains
    /// to. [default: the public web roots]
    #[arg(long, env = "ACME_UNPAUSE_GATEWAY_UPSTREAM_CA", value_name = "FILE")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upstream_ca: Option<PathBuf>,
    /// The upstream's directory path (Pebble: /dir).
    /// [default: /directory]
    #[arg(long, value_name = "PATH")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub directory_path: Option<String>,
    /// Address the gateway listens on. [default: 127.0.0.1:8443]
    #[arg(
        long = "gateway-listen",
        env = "ACME_UNPAUSE_GATEWAY_LISTEN",
        value_name = "ADDR"
    )]
    #[serde(rename = "listen", skip_serializing_if = "Option::is_none")]
    pub listen: Option<SocketAddr>,
    /// PEM certificate chain: the gateway speaks TLS itself (with
    /// --tls-key). Without both, plain HTTP, for a TLS proxy in front.
    #[arg(
        long,
        env = "ACME_UNPAUSE_GATEWAY_TLS_CERT",
        value_name = "FILE",
        requires = "tls_key"
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key of --tls-cert.
    #[arg(
        long,
        env = "ACME_UNPAUSE_GATEWAY_TLS_KEY",
        value_name = "FILE",
        requires = "tls_cert"
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_key: Option<PathBuf>,
    /// Retry-After of a paused order's answer. [default: 1h]
    #[arg(long, value_name = "DURATION", value_parser = crate::duration::parse::<Duration>)]
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::duration::option::serialize"
    )]
    pub retry_after: Option<Duration>,
    /// How long the upstream may take to answer. [default: 30s]
    #[arg(long, value_name = "DURATION", value_parser = crate::duration::parse::<Duration>)]
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::duration::option::serialize"
    )]
    pub upstream_timeout: Option<Duration>,
    /// With the database unreachable: true lets new orders through, false
    /// refuses them with 503. [default: true]
    #[arg(long, value_name = "BOOL")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fail_open: Option<bool>,
    /// Outcomes held in memory while the database is unreachable.
    /// [default: 10000]
    #[arg(long, value_name = "N")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome_queue: Option<usize>,
    /// Serve /healthz, /readyz and Prometheus /metrics here (and the
    /// internal API, with --internal-token-file). Keep it off the public
    /// network. [default: none]
    #[arg(long, env = "ACME_UNPAUSE_GATEWAY_METRICS_LISTEN", value_name = "ADDR")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metrics_listen: Option<SocketAddr>,
}

impl Opts {
    /// `settings` with these options laid over its `[gateway]` table.
    pub fn apply(&self, mut settings: Settings) -> anyhow::Result<Settings> {
        let mut table = toml::Table::try_from(&settings.gateway).context("[gateway]")?;
        table.extend(toml::Table::try_from(self).context("reading the options")?);
        settings.gateway = table.try_into().context("[gateway]")?;
        settings.validate()?;
        Ok(settings)
    }
}

pub async fn run(settings: Settings, opts: Opts) -> anyhow::Result<()> {
    let settings = opts.apply(settings)?;
    let listen = settings.gateway.listen;
    let listener = TcpListener::bind(listen).await.with_context(|| {
        format!("cannot listen on {listen}: choose another address with --gateway-listen")
    })?;
    let metrics = match settings.gateway.metrics_listen {
        Some(addr) => Some(TcpListener::bind(addr).await.with_context(|| {
            format!("cannot listen on {addr}: choose another address with --metrics-listen")
        })?),
        None => None,
    };
    let tls = match (&settings.gateway.tls_cert, &settings.gateway.tls_key) {
        (Some(cert), Some(key)) => Some(gateway::tls::acceptor(cert, key)?),
        _ => None,
    };
    let keys = KeySet::load(&settings.key_files)?;
    let store = super::open_store(&settings, Schema::Migrate).await?;
    let public_url = settings.public_base(settings.listen);
    let api_token = match &settings.internal_token_file {
        Some(path) => Some(ApiToken::read(path)?),
        None => None,
    };
    let mut app = App::new(settings, public_url, keys, store, Arc::new(SystemClock))?;
    app.api_token = api_token;
    let app = Arc::new(app);
    let limits = &app.settings.limits;
    let connections = super::serve::connections_per_listener(
        limits.connections,
        super::serve::descriptor_limit(),
        app.settings.db_max_connections,
    );
    if let Some(listener) = metrics {
        let router = web::api::router(app.clone());
        let internal = ListenerLimits::internal(limits, connections);
        let shutdown = super::serve::shutdown_signal();
        tokio::spawn(web::server::serve(listener, router, internal, shutdown));
    }
    let own = ListenerLimits::gateway(limits, &app.settings.trusted_proxies, connections);
    let (gateway, recorder) = gateway::start(app.clone())?;
    tracing::info!(listen = %listener.local_addr()?, upstream = ?app.settings.gateway.upstream.as_ref().map(Url::as_str), tls = tls.is_some(), "gateway ready");
    let router = gateway::router(gateway);
    let shutdown = super::serve::shutdown_signal();
    match tls {
        Some(tls) => web::server::serve_tls(listener, tls, router, own, shutdown).await,
        None => web::server::serve(listener, router, own, shutdown).await,
    }
    .context("serving the gateway")?;
    // The router held the last gateway: its queue drains, then the task ends.
    if tokio::time::timeout(Duration::from_secs(10), recorder)
        .await
        .is_err()
    {
        tracing::warn!("outcomes still queued at exit were not recorded");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::Args;

    use super::*;
    use crate::settings::GatewaySettings;

    #[test]
    fn every_gateway_setting_has_its_flag() {
        let command = Opts::augment_args(clap::Command::new("gateway"));
        let flags: Vec<String> = command
            .get_arguments()
            .filter_map(|arg| arg.get_long().map(str::to_owned))
            .collect();
        let keys = toml::Table::try_from(GatewaySettings {
            upstream: Some("https://ca.test/".parse().unwrap()),
            upstream_ca: Some("ca.pem".into()),
            tls_cert: Some("c".into()),
            tls_key: Some("k".into()),
            metrics_listen: Some("127.0.0.1:1".parse().unwrap()),
            ..GatewaySettings::default()
        })
        .unwrap();
        for key in keys.keys() {
            let flag = match key.as_str() {
                // The portal's own --listen is a global flag.
                "listen" => "gateway-listen".to_owned(),
                other => other.replace('_', "-"),
            };
            assert!(flags.contains(&flag), "no --{flag} for gateway.{key}");
        }
        assert_eq!(flags.len(), keys.len(), "{flags:?}");
    }
}
