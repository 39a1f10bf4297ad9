//! `Settings`: every setting of the portal, declared once and loaded once.
//!
//! Layers, lowest first: the built-in defaults (the `Default` impls here),
//! the TOML config file, then environment variables and flags (clap reads
//! both, see `cli::GlobalOpts`). The file is read on its own first, so a
//! bad key or value is reported with its line; the flags are laid over it
//! key by key; the result is checked once, in [`Settings::validate`]. The
//! config file's keys are the field names below, and `config check` prints
//! this same value, so what is checked is what `serve` uses.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration as StdDuration;

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};
use time::Duration;
use url::Url;

pub use gateway::GatewaySettings;
pub use limits::LimitSettings;

use crate::domain::Cidr;
use crate::policy::Policy;
use crate::store::PoolSettings;

/// The version and the git revision the binary was built from.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("ACME_UNPAUSE_GIT_REVISION"),
    ")"
);

pub const DEFAULT_CA_NAME: &str = "ACME CA";

/// Longest emailed link lifetime: a link outliving the pause it describes
/// only confuses.
const MAX_MAIL_LINK_LIFETIME: Duration = Duration::days(90);

/// Longest summary cache accepted: a visitor who unpaused through another
/// instance may see the old state this long.
const MAX_SUMMARY_CACHE: StdDuration = StdDuration::from_secs(60);

/// Longest timeout accepted: past an hour, "timeout" means "never".
const MAX_TIMEOUT: StdDuration = StdDuration::from_secs(3600);

/// Resolved settings. Unknown keys are an error: a typo must not silently
/// fall back to a default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// sqlite://PATH, mysql://USER:PASSWORD@HOST/DB or postgres://….
    pub database_url: String,
    /// Link-signing keys: the first signs, every one verifies.
    pub key_files: Vec<PathBuf>,
    /// Base URL of the portal. `None`: http:// and the bound address.
    pub public_url: Option<Url>,
    pub listen: SocketAddr,
    pub internal_listen: SocketAddr,
    /// The internal API's bearer tokens, one a line; `None` refuses every call.
    pub internal_token_file: Option<PathBuf>,
    pub ca_name: String,
    pub staging_url: Url,
    pub forum_url: Url,
    pub docs_url: Url,
    /// Database connections per process, 1 to 1,000.
    pub db_max_connections: u32,
    /// How long a request waits for a database connection.
    #[serde(with = "crate::duration")]
    pub db_acquire_timeout: StdDuration,
    /// How long one transaction may take before it is rolled back.
    #[serde(with = "crate::duration")]
    pub db_query_timeout: StdDuration,
    /// How long an account's pause summary is kept for its link pages;
    /// zero reads it on every view.
    #[serde(with = "crate::duration")]
    pub db_summary_cache: StdDuration,
    /// On a Galera cluster, reads wait for their node to catch up.
    pub db_sync_wait: bool,
    /// smtp:// or smtps://; `None`: this process sends no email.
    pub smtp_url: Option<String>,
    /// Sender of notification emails; required with `smtp_url`.
    pub mail_from: Option<lettre::message::Mailbox>,
    /// Reverse proxies whose X-Forwarded-For is believed.
    pub trusted_proxies: Vec<Cidr>,
    pub log_format: LogFormat,
    pub mail: MailSettings,
    pub limits: LimitSettings,
    pub policy: Policy,
    pub gateway: GatewaySettings,
}

impl Default for Settings {
    #[allow(clippy::expect_used, reason = "literal URLs; a unit test parses them")]
    fn default() -> Self {
        let url = |text: &str| Url::parse(text).expect("a built-in URL");
        Self {
            database_url: "sqlite://data/acme-unpause.db".to_owned(),
            key_files: Vec::new(),
            public_url: None,
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            internal_listen: SocketAddr::from(([127, 0, 0, 1], 8081)),
            internal_token_file: None,
            ca_name: DEFAULT_CA_NAME.to_owned(),
            staging_url: url("https://acme-staging-v02.api.letsencrypt.org/directory"),
            forum_url: url("https://community.letsencrypt.org/"),
            docs_url: url("https://letsencrypt.org/docs/"),
            db_max_connections: PoolSettings::default().max_connections,
            db_acquire_timeout: PoolSettings::default().acquire_timeout,
            db_query_timeout: PoolSettings::default().query_timeout,
            db_summary_cache: PoolSettings::default().summary_cache,
            db_sync_wait: PoolSettings::default().sync_wait,
            smtp_url: None,
            mail_from: None,
            trusted_proxies: Vec::new(),
            log_format: LogFormat::Text,
            mail: MailSettings::default(),
            limits: LimitSettings::default(),
            policy: Policy::default(),
            gateway: GatewaySettings::default(),
        }
    }
}

/// How log lines are written (to stderr).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

/// Notification email: how it is batched, retried and linked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MailSettings {
    /// Pauses of one account this close together make one email. Also the
    /// delay before the first email goes out.
    #[serde(with = "crate::duration")]
    pub window: Duration,
    /// How long the emailed unpause link works: longer than an error's
    /// link, because email is read days later.
    #[serde(with = "crate::duration")]
    pub link_lifetime: Duration,
    /// A message still undelivered this long after its pause is given up.
    #[serde(with = "crate::duration")]
    pub max_age: Duration,
    /// How long a sender owns a message it is sending; another sender takes
    /// it over after that. Must exceed the SMTP timeout.
    #[serde(with = "crate::duration")]
    pub lease: Duration,
    /// How often `serve` looks for due messages.
    #[serde(with = "crate::duration")]
    pub poll_interval: StdDuration,
    /// Longest wait for the SMTP server's answer to any one command.
    #[serde(with = "crate::duration")]
    pub smtp_timeout: StdDuration,
    /// Language of emails to accounts whose language is unknown.
    pub language: String,
}

impl Default for MailSettings {
    fn default() -> Self {
        Self {
            window: Duration::minutes(15),
            link_lifetime: Duration::days(30),
            max_age: Duration::days(3),
            lease: Duration::minutes(10),
            poll_interval: StdDuration::from_secs(10),
            smtp_timeout: StdDuration::from_secs(60),
            language: crate::i18n::SOURCE.to_owned(),
        }
    }
}

impl Settings {
    /// Reads the config file (if any) and lays `overrides` (flags and
    /// environment variables, as a TOML table of the keys they set) over it.
    pub fn load(file: Option<&Path>, overrides: toml::Table) -> anyhow::Result<Self> {
        let mut table = match file {
            Some(path) => read_file(path)?,
            None => toml::Table::new(),
        };
        merge(&mut table, overrides);
        let settings = Self::deserialize(toml::Value::Table(table))
            .context("flags and environment variables")?;
        settings.validate()?;
        Ok(settings)
    }

    /// Every rule a value must follow beyond its type.
    pub fn validate(&self) -> anyhow::Result<()> {
        if let Some(url) = &self.public_url {
            http_url("public_url", url)?;
            // The portal's routes are root-absolute (Boulder's /sfe/v1/
            // paths), so it must be served at the root of its host.
            if url.query().is_some() || url.fragment().is_some() || url.path() != "/" {
                bail!(
                    "public_url {url} must be scheme://host[:port] with no path, query or fragment"
                );
            }
        }
        http_url("staging_url", &self.staging_url)?;
        http_url("forum_url", &self.forum_url)?;
        http_url("docs_url", &self.docs_url)?;
        if !(1..=1000).contains(&self.db_max_connections) {
            bail!(
                "db_max_connections {} is not in 1..=1000",
                self.db_max_connections
            );
        }
        timeout("db_acquire_timeout", self.db_acquire_timeout)?;
        timeout("db_query_timeout", self.db_query_timeout)?;
        if self.db_summary_cache > MAX_SUMMARY_CACHE {
            bail!(
                "db_summary_cache must be at most {}s: past that another instance's unpause looks undone",
                MAX_SUMMARY_CACHE.as_secs()
            );
        }
        timeout("limits.body_timeout", self.limits.body_timeout)?;
        timeout("limits.request_timeout", self.limits.request_timeout)?;
        if self.limits.body_min_rate_grace > MAX_TIMEOUT {
            bail!("limits.body_min_rate_grace must be at most 1h");
        }
        if self.limits.connections == 0 {
            bail!("limits.connections must be more than 0");
        }
        if let Some(url) = &self.smtp_url {
            let scheme = url.split_once("://").map(|(scheme, _)| scheme);
            if !matches!(scheme, Some("smtp" | "smtps")) {
                bail!(
                    "SMTP URL {:?} must start with smtp:// or smtps://",
                    crate::store::redact_url(url)
                );
            }
            if self.mail_from.is_none() {
                bail!("--mail-from (ACME_UNPAUSE_MAIL_FROM) is required with --smtp-url");
            }
        }
        self.mail.validate()?;
        self.gateway.validate()?;
        self.policy
            .validate()
            .map_err(|e| anyhow::anyhow!("[policy]: {e}"))
    }

    /// The database pool's settings.
    pub fn pool(&self) -> PoolSettings {
        PoolSettings {
            max_connections: self.db_max_connections,
            acquire_timeout: self.db_acquire_timeout,
            query_timeout: self.db_query_timeout,
            summary_cache: self.db_summary_cache,
            sync_wait: self.db_sync_wait,
        }
    }

    /// The portal's base URL without a trailing slash: the configured public
    /// URL, else http:// and the address actually bound.
    pub fn public_base(&self, bound: SocketAddr) -> String {
        match &self.public_url {
            Some(url) => url.as_str().trim_end_matches('/').to_owned(),
            None => format!("http://{bound}"),
        }
    }

    /// This value as `config check` prints it: one `key = value` line per
    /// setting in declaration order, tables as dotted keys, unset ones as
    /// "(none)", passwords in URLs masked.
    pub fn display_lines(&self) -> anyhow::Result<Vec<(String, String)>> {
        let value = serde_json::to_value(self).context("printing the settings")?;
        let mut lines = Vec::new();
        flatten("", &value, &mut lines);
        for (key, value) in &mut lines {
            if key == "database_url" || key == "smtp_url" {
                *value = crate::store::redact_url(value);
            }
        }
        Ok(lines)
    }
}

impl MailSettings {
    fn validate(&self) -> anyhow::Result<()> {
        for (key, value) in [
            ("window", self.window),
            ("link_lifetime", self.link_lifetime),
            ("max_age", self.max_age),
            ("lease", self.lease),
        ] {
            if !value.is_positive() {
                bail!("mail.{key} must be more than 0");
            }
        }
        timeout("mail.poll_interval", self.poll_interval)?;
        timeout("mail.smtp_timeout", self.smtp_timeout)?;
        if self.link_lifetime > MAX_MAIL_LINK_LIFETIME {
            bail!("mail.link_lifetime must be at most 90 days");
        }
        if self.lease <= self.smtp_timeout {
            bail!("mail.lease must be longer than mail.smtp_timeout");
        }
        if self.max_age < self.window {
            bail!("mail.max_age must be at least mail.window");
        }
        Ok(())
    }
}

fn timeout(key: &str, value: StdDuration) -> anyhow::Result<()> {
    if value.is_zero() || value > MAX_TIMEOUT {
        bail!("{key} must be more than 0 and at most 1h");
    }
    Ok(())
}

fn http_url(key: &str, url: &Url) -> anyhow::Result<()> {
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        bail!(
            "{key} {:?} must be an http or https URL with a host",
            url.as_str()
        );
    }
    Ok(())
}

/// The config file as a table, after checking that it reads as settings on
/// its own: its errors then carry the file's name, line and caret.
fn read_file(path: &Path) -> anyhow::Result<toml::Table> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read config file {}", path.display()))?;
    toml::from_str::<Settings>(&text).with_context(|| format!("config file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("config file {}", path.display()))
}

/// Lays `top` over `base`: tables merge key by key, anything else replaces.
fn merge(base: &mut toml::Table, top: toml::Table) {
    for (key, value) in top {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(below)), toml::Value::Table(above)) => merge(below, above),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

fn flatten(prefix: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    let text = |value: &Value| match value {
        Value::String(text) => text.clone(),
        Value::Object(fields) => fields
            .iter()
            .map(|(key, value)| {
                format!(
                    "{key}={}",
                    value
                        .as_str()
                        .map_or_else(|| value.to_string(), str::to_owned)
                )
            })
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    };
    match value {
        Value::Object(fields) => {
            for (key, value) in fields {
                let key = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(&key, value, out);
            }
        }
        Value::Null => out.push((prefix.to_owned(), "(none)".to_owned())),
        Value::Array(items) if items.is_empty() => {
            out.push((prefix.to_owned(), "(none)".to_owned()));
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(text).collect();
            out.push((prefix.to_owned(), items.join("; ")));
        }
        other => out.push((prefix.to_owned(), text(other))),
    }
}

mod gateway;
mod limits;
#[cfg(test)]
mod tests;
