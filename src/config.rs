//! Command-line options, environment variables and the TOML config file.
//!
//! Precedence, highest first: flag, environment variable, config file,
//! built-in default. Doc comments on the fields are the `--help` text.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use serde::Deserialize;

use crate::cli;
use crate::policy::{Policy, Tier};
use crate::store::PoolSettings;
use crate::web::client_ip::Cidr;

/// The version and the git revision the binary was built from.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("ACME_UNPAUSE_GIT_REVISION"),
    ")"
);

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/acme-unpause.db";
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
pub const DEFAULT_INTERNAL_LISTEN: &str = "127.0.0.1:8081";
pub const DEFAULT_CA_NAME: &str = "ACME CA";
pub const DEFAULT_STAGING_URL: &str = "https://acme-staging-v02.api.letsencrypt.org/directory";
pub const DEFAULT_FORUM_URL: &str = "https://community.letsencrypt.org/";
pub const DEFAULT_DOCS_URL: &str = "https://letsencrypt.org/docs/";

/// Self-service unpause portal for ACME certificate authorities.
///
/// A CA pauses issuance for ACME clients that keep failing validation with no
/// success. Its error carries a signed link to this portal, where the
/// subscriber reads why and unpauses with one click.
#[derive(Debug, Parser)]
#[command(
    name = "acme-unpause",
    version = VERSION,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Serve(cli::serve::Opts),
    Demo(cli::demo::Opts),
    Config(cli::config::Opts),
    Migrate(cli::migrate::Opts),
    Keygen(cli::keygen::Opts),
    Loadgen(cli::loadgen::Opts),
    Mint(cli::mint::Opts),
    Notify(cli::notify::Opts),
    Pause(cli::pause::Opts),
    Problem(cli::problem::Opts),
    Unpause(cli::unpause::Opts),
    Status(cli::status::Opts),
}

/// Options every subcommand understands.
#[derive(Debug, Clone, Default, Args)]
pub struct GlobalOpts {
    /// TOML config file; its keys are these options' long names with `_`
    /// for `-` (key_files is a list). Flags and environment variables win.
    #[arg(long, env = "ACME_UNPAUSE_CONFIG", global = true, value_name = "FILE")]
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
        value_parser = parse_timeout
    )]
    pub db_acquire_timeout: Option<Duration>,

    /// How long one database transaction may take before it is rolled back
    /// and the request answered with "try again" (503). [default: 10s]
    #[arg(
        long,
        env = "ACME_UNPAUSE_DB_QUERY_TIMEOUT",
        global = true,
        value_name = "DURATION",
        value_parser = parse_timeout
    )]
    pub db_query_timeout: Option<Duration>,

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

/// How log lines are written (to stderr).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

/// A timeout such as `5s` or `500ms`: positive, at most an hour.
fn parse_timeout(text: &str) -> Result<Duration, String> {
    let timeout = humantime::parse_duration(text).map_err(|e| format!("{e} (try 5s or 500ms)"))?;
    if timeout.is_zero() || timeout > Duration::from_secs(3600) {
        return Err("timeout must be more than 0 and at most 1h".to_owned());
    }
    Ok(timeout)
}

/// The config file. Unknown keys are an error: a typo must not silently
/// fall back to a default.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database_url: Option<String>,
    key_files: Option<Vec<PathBuf>>,
    public_url: Option<String>,
    listen: Option<SocketAddr>,
    internal_listen: Option<SocketAddr>,
    internal_token_file: Option<PathBuf>,
    ca_name: Option<String>,
    staging_url: Option<String>,
    forum_url: Option<String>,
    docs_url: Option<String>,
    db_max_connections: Option<u32>,
    db_acquire_timeout: Option<String>,
    db_query_timeout: Option<String>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    trusted_proxies: Option<Vec<String>>,
    log_format: Option<LogFormat>,
    policy: Option<PolicyFile>,
    mail: Option<MailFile>,
    limits: Option<LimitsFile>,
}

/// The `[limits]` table of the config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LimitsFile {
    posts_per_minute: Option<u32>,
    posts_burst: Option<u32>,
    account_unpauses: Option<u32>,
    account_unpause_window: Option<String>,
    body_timeout: Option<String>,
}

/// Abuse limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitSettings {
    /// Form posts (unpause, link finder) one client may make per minute,
    /// after a burst of `posts_burst`; 0 turns the limit off.
    pub posts_per_minute: u32,
    pub posts_burst: u32,
    /// Portal unpauses one account may make within the window; the next is
    /// refused until the oldest leaves it. 0 turns the limit off.
    pub account_unpauses: u32,
    pub account_unpause_window: time::Duration,
    /// How long a client may take to send a request body; a slower one
    /// gets 400 and frees its connection.
    pub body_timeout: Duration,
}

impl Default for LimitSettings {
    fn default() -> Self {
        // A person needs a handful of posts; a script hammering gets 429s
        // after ten. Four unpauses in sixty days each followed by a re-pause
        // is a client nobody is fixing.
        Self {
            posts_per_minute: 20,
            posts_burst: 10,
            account_unpauses: 4,
            account_unpause_window: time::Duration::days(60),
            body_timeout: Duration::from_secs(20),
        }
    }
}

impl LimitsFile {
    fn resolve(self) -> anyhow::Result<LimitSettings> {
        let defaults = LimitSettings::default();
        let window = match &self.account_unpause_window {
            Some(text) => {
                let std = humantime::parse_duration(text).map_err(|e| {
                    anyhow::anyhow!("config file limits.account_unpause_window {text:?}: {e}")
                })?;
                time::Duration::try_from(std)
                    .map_err(|e| anyhow::anyhow!("limits.account_unpause_window: {e}"))?
            }
            None => defaults.account_unpause_window,
        };
        Ok(LimitSettings {
            posts_per_minute: self.posts_per_minute.unwrap_or(defaults.posts_per_minute),
            posts_burst: self.posts_burst.unwrap_or(defaults.posts_burst),
            account_unpauses: self.account_unpauses.unwrap_or(defaults.account_unpauses),
            account_unpause_window: window,
            body_timeout: match &self.body_timeout {
                Some(text) => parse_timeout(text)
                    .map_err(|e| anyhow::anyhow!("config file limits.body_timeout: {e}"))?,
                None => defaults.body_timeout,
            },
        })
    }
}

/// The `[mail]` table of the config file: how notification emails are
/// batched, retried and linked. Absent keys keep the defaults of
/// [`MailSettings::default`].
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MailFile {
    window: Option<String>,
    link_lifetime: Option<String>,
    max_age: Option<String>,
    lease: Option<String>,
    poll_interval: Option<String>,
    smtp_timeout: Option<String>,
    language: Option<String>,
}

/// Notification email settings.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// Validated scheme; `None`: this process sends nothing.
    pub smtp_url: Option<String>,
    pub from: Option<lettre::message::Mailbox>,
    /// Pauses of one account this close together make one email. Also the
    /// delay before the first email goes out.
    pub window: time::Duration,
    /// How long the emailed unpause link works: longer than an error's
    /// link, because email is read days later.
    pub link_lifetime: time::Duration,
    /// A message still undelivered this long after its pause is given up.
    pub max_age: time::Duration,
    /// How long a sender owns a message it is sending; another sender takes
    /// it over after that. Must exceed the SMTP timeout.
    pub lease: time::Duration,
    /// How often `serve` looks for due messages.
    pub poll_interval: Duration,
    /// Longest wait for the SMTP server's answer to any one command.
    pub smtp_timeout: Duration,
    /// Language of emails to accounts whose language is unknown.
    pub language: String,
}

impl Default for MailSettings {
    fn default() -> Self {
        Self {
            smtp_url: None,
            from: None,
            window: time::Duration::minutes(15),
            link_lifetime: time::Duration::days(30),
            max_age: time::Duration::days(3),
            lease: time::Duration::minutes(10),
            poll_interval: Duration::from_secs(10),
            smtp_timeout: Duration::from_secs(60),
            language: crate::i18n::SOURCE.to_owned(),
        }
    }
}

/// Longest emailed link lifetime: a link outliving the pause it describes
/// only confuses.
const MAX_MAIL_LINK_LIFETIME: time::Duration = time::Duration::days(90);

impl MailFile {
    fn resolve(
        self,
        smtp_url: Option<String>,
        from: Option<String>,
    ) -> anyhow::Result<MailSettings> {
        let duration =
            |key: &str, text: &Option<String>| -> anyhow::Result<Option<time::Duration>> {
                let Some(text) = text else { return Ok(None) };
                let std = humantime::parse_duration(text)
                    .map_err(|e| anyhow::anyhow!("config file mail.{key} {text:?}: {e}"))?;
                if std.is_zero() {
                    bail!("config file mail.{key} must be more than 0");
                }
                Ok(Some(time::Duration::try_from(std).map_err(|e| {
                    anyhow::anyhow!("config file mail.{key} {text:?}: {e}")
                })?))
            };
        let std_duration = |key: &str, text: &Option<String>| -> anyhow::Result<Option<Duration>> {
            duration(key, text)?
                .map(|d| Duration::try_from(d).map_err(|e| anyhow::anyhow!("mail.{key}: {e}")))
                .transpose()
        };
        let defaults = MailSettings::default();
        if let Some(url) = &smtp_url {
            let scheme = url.split_once("://").map(|(scheme, _)| scheme);
            if !matches!(scheme, Some("smtp" | "smtps")) {
                bail!(
                    "SMTP URL {:?} must start with smtp:// or smtps://",
                    crate::store::redact_url(url)
                );
            }
        }
        let from = from
            .map(|text| {
                text.parse::<lettre::message::Mailbox>()
                    .map_err(|e| anyhow::anyhow!("mail from {text:?}: {e}"))
            })
            .transpose()?;
        if smtp_url.is_some() && from.is_none() {
            bail!("--mail-from (ACME_UNPAUSE_MAIL_FROM) is required with --smtp-url");
        }
        let settings = MailSettings {
            smtp_url,
            from,
            window: duration("window", &self.window)?.unwrap_or(defaults.window),
            link_lifetime: duration("link_lifetime", &self.link_lifetime)?
                .unwrap_or(defaults.link_lifetime),
            max_age: duration("max_age", &self.max_age)?.unwrap_or(defaults.max_age),
            lease: duration("lease", &self.lease)?.unwrap_or(defaults.lease),
            poll_interval: std_duration("poll_interval", &self.poll_interval)?
                .unwrap_or(defaults.poll_interval),
            smtp_timeout: std_duration("smtp_timeout", &self.smtp_timeout)?
                .unwrap_or(defaults.smtp_timeout),
            language: self.language.unwrap_or(defaults.language),
        };
        if settings.link_lifetime > MAX_MAIL_LINK_LIFETIME {
            bail!("config file mail.link_lifetime must be at most 90 days");
        }
        if settings.lease <= settings.smtp_timeout {
            bail!("config file mail.lease must be longer than mail.smtp_timeout");
        }
        if settings.max_age < settings.window {
            bail!("config file mail.max_age must be at least mail.window");
        }
        Ok(settings)
    }
}

/// The `[policy]` table of the config file; absent keys keep the defaults
/// (see `Policy::default` for the reasoning behind each).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    /// Replaces the default tiers when given.
    tiers: Option<Vec<TierFile>>,
    no_success_window: Option<String>,
    min_account_age: Option<String>,
    account_pause_names: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TierFile {
    name: String,
    every: String,
    burst: u32,
}

impl PolicyFile {
    fn resolve(self) -> anyhow::Result<Policy> {
        let duration = |key: &str, text: &str| -> anyhow::Result<time::Duration> {
            let std = humantime::parse_duration(text)
                .map_err(|e| anyhow::anyhow!("config file policy.{key} {text:?}: {e}"))?;
            time::Duration::try_from(std)
                .map_err(|e| anyhow::anyhow!("config file policy.{key} {text:?}: {e}"))
        };
        let mut policy = Policy::default();
        if let Some(tiers) = self.tiers {
            policy.tiers = tiers
                .into_iter()
                .map(|tier| {
                    Ok(Tier {
                        every: duration("tiers.every", &tier.every)?,
                        name: tier.name,
                        burst: tier.burst,
                    })
                })
                .collect::<anyhow::Result<_>>()?;
        }
        if let Some(text) = &self.no_success_window {
            policy.no_success_window = duration("no_success_window", text)?;
        }
        if let Some(text) = &self.min_account_age {
            policy.min_account_age = duration("min_account_age", text)?;
        }
        if let Some(names) = self.account_pause_names {
            policy.account_pause_names = names;
        }
        policy
            .validate()
            .map_err(|e| anyhow::anyhow!("config file [policy]: {e}"))?;
        Ok(policy)
    }
}

/// Resolved settings, every value validated.
#[derive(Debug, Clone)]
pub struct Settings {
    pub database_url: String,
    pub pool: PoolSettings,
    /// The pausing policy (config file `[policy]`).
    pub policy: Policy,
    /// Notification email (flags, and config file `[mail]`).
    pub mail: MailSettings,
    /// Abuse limits (config file `[limits]`).
    pub limits: LimitSettings,
    /// Reverse proxies whose X-Forwarded-For is believed.
    pub trusted_proxies: Vec<Cidr>,
    pub log_format: LogFormat,
    pub key_files: Vec<PathBuf>,
    /// Without a trailing slash. `None`: derived from the bound address.
    pub public_url: Option<url::Url>,
    pub listen: SocketAddr,
    pub internal_listen: SocketAddr,
    pub internal_token_file: Option<PathBuf>,
    pub ca_name: String,
    pub staging_url: url::Url,
    pub forum_url: url::Url,
    pub docs_url: url::Url,
}

impl Settings {
    pub fn resolve(opts: &GlobalOpts) -> anyhow::Result<Self> {
        let file = match &opts.config {
            Some(path) => read_config_file(path)?,
            None => FileConfig::default(),
        };
        let key_files = if opts.key_files.is_empty() {
            file.key_files.unwrap_or_default()
        } else {
            opts.key_files.clone()
        };
        let listen = match opts.listen.or(file.listen) {
            Some(addr) => addr,
            None => DEFAULT_LISTEN.parse().context("built-in listen address")?,
        };
        let public_url = opts
            .public_url
            .clone()
            .or(file.public_url)
            .map(|u| parse_url("public URL", &u))
            .transpose()?;
        // The portal's routes are root-absolute (Boulder's /sfe/v1/ paths),
        // so it must be served at the root of its host.
        if let Some(url) = &public_url
            && (url.query().is_some() || url.fragment().is_some() || url.path() != "/")
        {
            bail!("public URL {url} must be scheme://host[:port] with no path, query or fragment");
        }
        let file_timeout = |what: &str, text: &Option<String>| {
            text.as_deref()
                .map(|t| parse_timeout(t).map_err(|e| anyhow::anyhow!("config file {what}: {e}")))
                .transpose()
        };
        let defaults = PoolSettings::default();
        let max_connections = match (opts.db_max_connections, file.db_max_connections) {
            (Some(n), _) => n,
            (None, Some(n)) if (1..=1000).contains(&n) => n,
            (None, Some(n)) => bail!("config file db_max_connections {n} is not in 1..=1000"),
            (None, None) => defaults.max_connections,
        };
        let pool = PoolSettings {
            max_connections,
            acquire_timeout: match opts.db_acquire_timeout {
                Some(t) => t,
                None => file_timeout("db_acquire_timeout", &file.db_acquire_timeout)?
                    .unwrap_or(defaults.acquire_timeout),
            },
            query_timeout: match opts.db_query_timeout {
                Some(t) => t,
                None => file_timeout("db_query_timeout", &file.db_query_timeout)?
                    .unwrap_or(defaults.query_timeout),
            },
        };
        let policy = file.policy.unwrap_or_default().resolve()?;
        let mail = file.mail.unwrap_or_default().resolve(
            opts.smtp_url.clone().or(file.smtp_url),
            opts.mail_from.clone().or(file.mail_from),
        )?;
        let trusted_proxies = if opts.trusted_proxies.is_empty() {
            file.trusted_proxies
                .unwrap_or_default()
                .iter()
                .map(|text| {
                    text.parse()
                        .map_err(|e| anyhow::anyhow!("config file trusted_proxies: {e}"))
                })
                .collect::<anyhow::Result<_>>()?
        } else {
            opts.trusted_proxies.clone()
        };
        Ok(Self {
            pool,
            policy,
            mail,
            limits: file.limits.unwrap_or_default().resolve()?,
            log_format: opts.log_format.or(file.log_format).unwrap_or_default(),
            trusted_proxies,
            database_url: opts
                .database_url
                .clone()
                .or(file.database_url)
                .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned()),
            key_files,
            public_url,
            listen,
            internal_listen: match opts.internal_listen.or(file.internal_listen) {
                Some(addr) => addr,
                None => DEFAULT_INTERNAL_LISTEN
                    .parse()
                    .context("built-in internal listen address")?,
            },
            internal_token_file: opts
                .internal_token_file
                .clone()
                .or(file.internal_token_file),
            ca_name: opts
                .ca_name
                .clone()
                .or(file.ca_name)
                .unwrap_or_else(|| DEFAULT_CA_NAME.to_owned()),
            staging_url: url_setting(
                "staging URL",
                &opts.staging_url,
                &file.staging_url,
                DEFAULT_STAGING_URL,
            )?,
            forum_url: url_setting(
                "forum URL",
                &opts.forum_url,
                &file.forum_url,
                DEFAULT_FORUM_URL,
            )?,
            docs_url: url_setting("docs URL", &opts.docs_url, &file.docs_url, DEFAULT_DOCS_URL)?,
        })
    }

    /// The portal's base URL without a trailing slash: the configured public
    /// URL, else http:// and the address actually bound.
    pub fn public_base(&self, bound: SocketAddr) -> String {
        match &self.public_url {
            Some(url) => url.as_str().trim_end_matches('/').to_owned(),
            None => format!("http://{bound}"),
        }
    }
}

fn read_config_file(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read config file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("config file {}", path.display()))
}

/// A URL option: flag or variable, else config file, else default.
fn url_setting(
    what: &str,
    flag: &Option<String>,
    file: &Option<String>,
    default: &str,
) -> anyhow::Result<url::Url> {
    parse_url(what, flag.as_deref().or(file.as_deref()).unwrap_or(default))
}

fn parse_url(what: &str, text: &str) -> anyhow::Result<url::Url> {
    let url = url::Url::parse(text).with_context(|| format!("{what} {text:?} is not a URL"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        bail!("{what} {text:?} must be an http or https URL with a host");
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_example_config_names_every_option_and_its_defaults() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/acme-unpause.example.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let example = Settings::resolve(&GlobalOpts {
            config: Some(path),
            ..GlobalOpts::default()
        })
        .unwrap();
        let defaults = Settings::resolve(&GlobalOpts::default()).unwrap();
        assert_eq!(format!("{example:?}"), format!("{defaults:?}"));
        // Every global flag but --config appears as a key, set or commented.
        for arg in Cli::command().get_arguments() {
            let Some(long) = arg.get_long() else { continue };
            if matches!(long, "config" | "help" | "version") {
                continue;
            }
            let key = match long {
                "key-file" => "key_files".to_owned(),
                "trusted-proxy" => "trusted_proxies".to_owned(),
                other => other.replace('-', "_"),
            };
            assert!(
                text.contains(&format!("\n{key} = ")) || text.contains(&format!("\n# {key} = ")),
                "{key} missing from the example config"
            );
        }
    }

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn flags_override_file_which_overrides_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(
            &path,
            "ca_name = \"File CA\"\nlisten = \"127.0.0.1:9000\"\n",
        )
        .unwrap();
        let opts = GlobalOpts {
            config: Some(path),
            ca_name: Some("Flag CA".into()),
            ..GlobalOpts::default()
        };
        let s = Settings::resolve(&opts).unwrap();
        assert_eq!(s.ca_name, "Flag CA");
        assert_eq!(s.listen.port(), 9000);
        assert_eq!(s.database_url, DEFAULT_DATABASE_URL);
    }

    #[test]
    fn unknown_config_keys_and_bad_urls_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "databse_url = \"x\"\n").unwrap();
        let opts = GlobalOpts {
            config: Some(path),
            ..GlobalOpts::default()
        };
        assert!(Settings::resolve(&opts).is_err());
        for bad in ["ftp://x", "https://ca.test/portal", "https://ca.test/?a=b"] {
            let opts = GlobalOpts {
                public_url: Some(bad.into()),
                ..GlobalOpts::default()
            };
            assert!(Settings::resolve(&opts).is_err(), "{bad}");
        }
        let opts = GlobalOpts {
            public_url: Some("https://ca.test/".into()),
            ..GlobalOpts::default()
        };
        let settings = Settings::resolve(&opts).unwrap();
        assert_eq!(
            settings.public_base("127.0.0.1:1".parse().unwrap()),
            "https://ca.test"
        );
    }
}
