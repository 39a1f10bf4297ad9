//! The options every subcommand understands, and how they become settings.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::Args;
use serde::Serialize;

use crate::domain::Cidr;
use crate::settings::{LogFormat, Settings};

/// Options every subcommand understands. Each one that is set becomes the
/// config file key of its long name (`_` for `-`), laid over the file: see
/// [`GlobalOpts::settings`]. Their defaults are `Settings`' own.
///
/// They are under a heading of their own so that each subcommand's --help
/// shows its own few options first, not lost among these twenty.
#[derive(Debug, Clone, Default, Args, Serialize)]
#[command(next_help_heading = "Global options")]
pub struct GlobalOpts {
    /// TOML config file; its keys are these options' long names with `_`
    /// for `-` (key_files is a list). Flags and environment variables win.
    #[arg(long, env = "ACME_UNPAUSE_CONFIG", global = true, value_name = "FILE")]
    #[serde(skip)]
    pub config: Option<PathBuf>,

    /// Database URL: sqlite://PATH (the file and its folder are created),
    /// mysql://USER:PASSWORD@HOST/DB (MariaDB or MySQL, e.g. Boulder's
    /// database), or postgres://USER:PASSWORD@HOST/DB.
    /// [default: sqlite://data/acme-unpause.db]
    #[arg(
        long,
        env = "ACME_UNPAUSE_DATABASE_URL",
        global = true,
        value_name = "URL",
        hide_env_values = true
    )]
    pub database_url: Option<String>,

    /// Link-signing key file: 64 hex characters, Boulder's format. Repeat the
    /// flag (or separate with commas in the variable) to rotate keys: the
    /// first signs new links, every one verifies.
    #[arg(
        long = "key-file",
        env = "ACME_UNPAUSE_KEY_FILE",
        global = true,
        value_name = "FILE",
        value_delimiter = ','
    )]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub key_files: Vec<PathBuf>,

    /// Base URL under which visitors reach the portal; links start with it.
    /// [default: http:// and the listen address]
    #[arg(
        long,
        env = "ACME_UNPAUSE_PUBLIC_URL",
        global = true,
        value_name = "URL"
    )]
    pub public_url: Option<String>,

    /// Address the public listener binds. [default: 127.0.0.1:8080]
    #[arg(long, env = "ACME_UNPAUSE_LISTEN", global = true, value_name = "ADDR")]
    pub listen: Option<SocketAddr>,

    /// Address the internal listener binds: the ACME server's API, metrics
    /// and health checks. Keep it off the public network.
    /// [default: 127.0.0.1:8081]
    #[arg(
        long,
        env = "ACME_UNPAUSE_INTERNAL_LISTEN",
        global = true,
        value_name = "ADDR"
    )]
    pub internal_listen: Option<SocketAddr>,

    /// File holding the bearer token the ACME server presents to the
    /// internal API (at least 32 characters; `keygen` writes a good one).
    /// To rotate it, put the new token on a line of its own: every line is
    /// accepted. Without it every API call is refused.
    #[arg(
        long,
        env = "ACME_UNPAUSE_INTERNAL_TOKEN_FILE",
        global = true,
        value_name = "FILE"
    )]
    pub internal_token_file: Option<PathBuf>,

    /// Name of the certificate authority, shown on pages. [default: ACME CA]
    #[arg(long, env = "ACME_UNPAUSE_CA_NAME", global = true, value_name = "NAME")]
    pub ca_name: Option<String>,

    /// The CA's staging ACME directory, where subscribers test a fix first.
    /// [default: Let's Encrypt's staging directory]
    #[arg(
        long,
        env = "ACME_UNPAUSE_STAGING_URL",
        global = true,
        value_name = "URL"
    )]
    pub staging_url: Option<String>,

    /// Community forum where subscribers can ask for help.
    /// [default: https://community.letsencrypt.org/]
    #[arg(
        long,
        env = "ACME_UNPAUSE_FORUM_URL",
        global = true,
        value_name = "URL"
    )]
    pub forum_url: Option<String>,

    /// The CA's documentation, linked from every page.
    /// [default: https://letsencrypt.org/docs/]
    #[arg(long, env = "ACME_UNPAUSE_DOCS_URL", global = true, value_name = "URL")]
    pub docs_url: Option<String>,

    /// Database connections this process keeps open at most. [default: 10]
    #[arg(
        long,
        env = "ACME_UNPAUSE_DB_MAX_CONNECTIONS",
        global = true,
        value_name = "N",
        value_parser = clap::value_parser!(u32).range(1..=1000)
    )]
    pub db_max_connections: Option<u32>,

    /// How long to wait for a database connection before answering "try
    /// again" (503). [default: 5s]
    #[arg(
        long,
        env = "ACME_UNPAUSE_DB_ACQUIRE_TIMEOUT",
        global = true,
        value_name = "DURATION",
        value_parser = crate::duration::parse::<Duration>
    )]
    #[serde(with = "crate::duration::option")]
    pub db_acquire_timeout: Option<Duration>,

    /// How long one database transaction may take before it is rolled back
    /// and the request answered with "try again" (503). [default: 10s]
    #[arg(
        long,
        env = "ACME_UNPAUSE_DB_QUERY_TIMEOUT",
        global = true,
        value_name = "DURATION",
        value_parser = crate::duration::parse::<Duration>
    )]
    #[serde(with = "crate::duration::option")]
    pub db_query_timeout: Option<Duration>,

    /// How long a link page may show an account's pause state as read
    /// before; this process's own changes show at once, another instance's
    /// within this time. 0s reads the database on every view. [default: 1s]
    #[arg(
        long,
        env = "ACME_UNPAUSE_DB_SUMMARY_CACHE",
        global = true,
        value_name = "DURATION",
        value_parser = crate::duration::parse::<Duration>
    )]
    #[serde(with = "crate::duration::option")]
    pub db_summary_cache: Option<Duration>,

    /// On a MariaDB Galera cluster: whether every read waits until its node
    /// has applied all the cluster has committed (wsrep_sync_wait = 1), so a
    /// change made through another node is seen at once. Costs a round
    /// trip to the cluster per statement; ignored on other databases.
    /// [default: true]
    #[arg(
        long,
        env = "ACME_UNPAUSE_DB_SYNC_WAIT",
        global = true,
        value_name = "BOOL"
    )]
    pub db_sync_wait: Option<bool>,

    /// SMTP server for notification emails: smtp://HOST[:PORT] (plain, for
    /// a local relay), smtp://HOST:587?tls=required (STARTTLS),
    /// smtps://HOST[:465] (implicit TLS); add USER:PASSWORD@ before the host
    /// to authenticate. Without it no email is sent; pauses still queue
    /// theirs for a sender that has one.
    #[arg(
        long,
        env = "ACME_UNPAUSE_SMTP_URL",
        global = true,
        value_name = "URL",
        hide_env_values = true
    )]
    pub smtp_url: Option<String>,

    /// Sender of notification emails, e.g. "Example CA <noreply@ca.example>".
    /// Required with --smtp-url; its domain also names the Message-IDs.
    #[arg(
        long,
        env = "ACME_UNPAUSE_MAIL_FROM",
        global = true,
        value_name = "MAILBOX"
    )]
    pub mail_from: Option<String>,

    /// A reverse proxy in front of the public listener (an address or a
    /// block such as 10.0.0.0/8); repeatable. From these peers the client's
    /// address is taken from X-Forwarded-For, for limits and the audit
    /// trail; from anyone else that header is ignored.
    #[arg(
        long = "trusted-proxy",
        env = "ACME_UNPAUSE_TRUSTED_PROXIES",
        global = true,
        value_name = "CIDR",
        value_delimiter = ','
    )]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trusted_proxies: Vec<Cidr>,

    /// Log lines as text for people, or one JSON object each for log
    /// collectors. [default: text]
    #[arg(
        long,
        env = "ACME_UNPAUSE_LOG_FORMAT",
        global = true,
        value_name = "FORMAT"
    )]
    pub log_format: Option<LogFormat>,
}

impl GlobalOpts {
    /// The settings in effect: defaults, then the config file, then these
    /// options (flags and their environment variables).
    pub fn settings(&self) -> anyhow::Result<Settings> {
        // An absent option serializes to nothing, so it leaves the file's
        // value (or the default) alone.
        let overrides = toml::Table::try_from(self).context("reading the options")?;
        Settings::load(self.config.as_deref(), overrides)
    }
}
