//! `config check`: validate the configuration and show what is in effect.

use clap::{Args, Subcommand};

use crate::i18n::I18n;
use crate::mail::Mailer;
use crate::settings::Settings;
use crate::store::{self, Schema};
use crate::token::ApiToken;
use crate::token::KeySet;

/// Work with the configuration.
#[derive(Debug, Args)]
pub struct Opts {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Clone, Copy, Subcommand)]
pub enum Action {
    /// Check flags, environment and config file together, read the key and
    /// token files, build the SMTP transport, print every effective value
    /// (passwords masked, secrets never printed), then connect to the
    /// database (and the SMTP server, if one is set) and say whether each
    /// can be used. Exits with 1 if anything is wrong, unreachable included.
    Check,
}

pub async fn run(settings: &Settings, opts: &Opts) -> anyhow::Result<()> {
    match opts.action {
        Action::Check => check(settings).await,
    }
}

async fn check(s: &Settings) -> anyhow::Result<()> {
    // Everything a server would refuse at start, short of the network.
    let keys = if s.key_files.is_empty() {
        None
    } else {
        Some(KeySet::load(&s.key_files)?)
    };
    if let Some(path) = &s.internal_token_file {
        ApiToken::read(path)?;
    }
    let mailer = Mailer::new(s)?;
    let i18n = I18n::load()?;
    if i18n.find(&s.mail.language).is_none() {
        anyhow::bail!(
            "mail language {:?} is not one of the portal's languages",
            s.mail.language
        );
    }
    // The very value `serve` would use, key by key, plus what was read.
    for (key, value) in s.display_lines()? {
        let value = match (key.as_str(), &keys) {
            ("key_files", None) => "(none: serve, mint and notify need one)".to_owned(),
            ("key_files", Some(keys)) => {
                format!("{value} ({} read; the first signs)", keys.iter().count())
            }
            _ => value,
        };
        println!("{key} = {value}");
    }
    // A URL can be well formed and still unusable (a closed port, a wrong
    // password, a database never migrated); only trying it tells.
    let mut failed = Vec::new();
    let database = format!("database {}", store::redact_url(&s.database_url));
    match store::connect(&s.database_url, &s.pool(), Schema::Check).await {
        Ok(_) => eprintln!("{database}: reachable, schema up to date"),
        Err(err) => {
            eprintln!("{database}: NOT USABLE: {}", crate::one_line(err.as_ref()));
            failed.push("the database");
        }
    }
    if let (Some(mailer), Some(url)) = (mailer, &s.smtp_url) {
        let smtp = format!("SMTP server {}", store::redact_url(url));
        match mailer.test_connection(s.mail.smtp_timeout).await {
            Ok(()) => eprintln!("{smtp}: reachable"),
            Err(err) => {
                eprintln!("{smtp}: NOT REACHABLE: {}", crate::one_line(err.as_ref()));
                failed.push("the SMTP server");
            }
        }
    }
    if !failed.is_empty() {
        anyhow::bail!(
            "the configuration is valid, but {} cannot be used (see above)",
            failed.join(" and ")
        );
    }
    eprintln!("configuration is valid, and everything it connects to is reachable");
    Ok(())
}
