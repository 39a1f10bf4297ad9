//! One module per subcommand, each with its `Opts` and `run`.

pub mod config;
pub mod demo;
pub mod gateway;
mod global;
pub mod keygen;
pub mod loadgen;
pub mod migrate;
pub mod mint;
pub mod notify;
pub mod pause;
pub mod problem;
pub mod serve;
pub mod status;
pub mod unpause;

use std::io::IsTerminal;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

pub use global::GlobalOpts;

use crate::settings::{LogFormat, Settings, VERSION};
use crate::store::{self, Schema, Store};

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
    Serve(serve::Opts),
    Demo(demo::Opts),
    Gateway(gateway::Opts),
    Config(config::Opts),
    Migrate(migrate::Opts),
    Keygen(keygen::Opts),
    Loadgen(loadgen::Opts),
    Mint(mint::Opts),
    Notify(notify::Opts),
    Pause(pause::Opts),
    Problem(problem::Opts),
    Unpause(unpause::Opts),
    Status(status::Opts),
}

pub async fn run(settings: Settings, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Serve(opts) => serve::run(settings, opts).await,
        Command::Demo(opts) => demo::run(settings, opts).await,
        Command::Gateway(opts) => gateway::run(settings, opts).await,
        Command::Config(opts) => config::run(&settings, &opts).await,
        Command::Migrate(opts) => migrate::run(settings, opts).await,
        Command::Keygen(opts) => keygen::run(opts),
        Command::Loadgen(opts) => loadgen::run(settings, opts).await,
        Command::Mint(opts) => mint::run(settings, opts).await,
        Command::Notify(opts) => notify::run(settings, opts).await,
        Command::Pause(opts) => pause::run(settings, opts).await,
        Command::Problem(opts) => problem::run(settings, opts).await,
        Command::Unpause(opts) => unpause::run(settings, opts).await,
        Command::Status(opts) => status::run(settings, opts).await,
    }
}

/// Logs go to stderr. Servers log requests at info; one-shot commands only
/// warnings, so their stdout stays clean for scripts. `ACME_UNPAUSE_LOG`
/// (tracing's filter syntax) overrides both.
pub fn init_logging(command: &Command, format: LogFormat) {
    let default = match command {
        Command::Serve(_) | Command::Demo(_) => "info,sqlx=warn,tower_http=info",
        _ => "warn",
    };
    let filter =
        EnvFilter::try_from_env("ACME_UNPAUSE_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        // One JSON object a line, for log collectors.
        LogFormat::Json => builder.json().with_current_span(true).init(),
        // Colour codes only for a person at a terminal, not in log files.
        LogFormat::Text => builder.with_ansi(std::io::stderr().is_terminal()).init(),
    }
    crate::redact::install_panic_hook();
}

/// Opens the configured database, migrating it first or only checking its
/// schema. The future owns what it needs, so it may outlive `settings`.
pub(crate) fn open_store(
    settings: &Settings,
    schema: Schema,
) -> impl Future<Output = anyhow::Result<Arc<dyn Store>>> + Send + 'static {
    let url = settings.database_url.clone();
    let pool = settings.pool();
    async move {
        store::connect(&url, &pool, schema)
            .await
            .with_context(|| format!("database {}", store::redact_url(&url)))
    }
}

/// A usage error as one line that says what to do. clap's own message for
/// missing arguments puts their names on the lines after its first, which
/// a one-line error would cut off ("the following required arguments were
/// not provided:" and nothing else).
pub fn usage_error_line(err: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let rendered = err.render().to_string();
    let first = rendered.lines().next().unwrap_or("error: bad arguments");
    if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        // clap prints the whole help here; one line names what is missing.
        let usage = rendered
            .lines()
            .find_map(|line| line.strip_prefix("Usage:"))
            .unwrap_or_default()
            .trim();
        let command = usage.split_whitespace().nth(1).unwrap_or_default();
        let mut line = format!("error: missing a subcommand; usage: {usage}");
        if let Some(example) = example(command) {
            line.push_str(&format!("; e.g. acme-unpause {example}"));
        }
        return line;
    }
    if err.kind() != ErrorKind::MissingRequiredArgument {
        return first.to_owned();
    }
    let missing = match err.get(ContextKind::InvalidArg) {
        Some(ContextValue::Strings(args)) => args.join(", "),
        _ => return first.to_owned(),
    };
    let usage = err
        .get(ContextKind::Usage)
        .map(|usage| usage.to_string())
        .unwrap_or_default();
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    let command = usage.split_whitespace().nth(1).unwrap_or_default();
    let mut line = format!("error: missing {missing}; usage: {usage}");
    if let Some(example) = example(command) {
        line.push_str(&format!("; e.g. acme-unpause {example}"));
    }
    line
}

/// A working invocation of each subcommand that has required options.
fn example(command: &str) -> Option<&'static str> {
    Some(match command {
        "config" => "config check",
        "keygen" => "keygen --out unpause.key",
        "mint" => "mint --account 42 --identifier example.com",
        "pause" => "pause --account 42 --identifier example.com",
        "unpause" => "unpause --account 42",
        "status" => "status --account 42",
        "problem" => "problem --account 42 --identifier example.com",
        _ => return None,
    })
}

/// An account and some of its names, as `mint` and `problem` take them.
#[derive(Debug, clap::Args)]
pub struct AccountNames {
    /// Account ID (decimal, positive).
    #[arg(long)]
    pub account: crate::domain::AccountId,
    /// A name (DNS name or IP address); repeatable.
    #[arg(long = "identifier", value_name = "NAME", required = true)]
    pub identifiers: Vec<crate::domain::Identifier>,
}

/// Parses a lifetime such as `336h`, `14d` or `90m`.
pub(crate) fn parse_lifetime(text: &str) -> Result<time::Duration, String> {
    let std = humantime::parse_duration(text).map_err(|e| format!("{e} (try 336h or 14d)"))?;
    let lifetime = time::Duration::try_from(std).map_err(|e| e.to_string())?;
    if lifetime.is_positive() {
        Ok(lifetime)
    } else {
        Err("lifetime must be positive".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_global_flag_sets_a_setting_of_its_name() {
        // Refusing an unknown key, serde lists every key the settings know.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "no_such_key = 1\n").unwrap();
        let known = format!(
            "{:#}",
            Settings::load(Some(&path), toml::Table::new()).unwrap_err()
        );
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
                known.contains(&format!("`{key}`")),
                "--{long}: no setting {key} in {known}"
            );
        }
    }
}
