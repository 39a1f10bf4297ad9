//! `config check`: validate the configuration and show what is in effect.

use clap::{Args, Subcommand};

use crate::i18n::I18n;
use crate::mail::Mailer;
use crate::settings::Settings;
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
    /// token files, build the SMTP transport, then print every effective
    /// value (passwords masked, secrets never printed). Connects to nothing.
    Check,
}

pub fn run(settings: &Settings, opts: &Opts) -> anyhow::Result<()> {
    match opts.action {
        Action::Check => check(settings),
    }
}

fn check(s: &Settings) -> anyhow::Result<()> {
    // Everything a server would refuse at start, short of the network.
    let keys = if s.key_files.is_empty() {
        None
    } else {
        Some(KeySet::load(&s.key_files)?)
    };
    if let Some(path) = &s.internal_token_file {
        ApiToken::read(path)?;
    }
    Mailer::new(s)?;
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
    eprintln!("configuration is valid");
    Ok(())
}
