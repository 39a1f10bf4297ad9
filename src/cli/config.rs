//! `config check`: validate the configuration and show what is in effect.

use clap::{Args, Subcommand};

use crate::config::Settings;
use crate::i18n::I18n;
use crate::mail::Mailer;
use crate::store::redact_url;
use crate::token::KeySet;
use crate::web::api::ApiToken;

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

/// A duration as the config file writes it: "60d", "15m", "1h30m", "500ms".
fn short(d: std::time::Duration) -> String {
    let mut seconds = d.as_secs();
    if seconds == 0 {
        return format!("{}ms", d.as_millis());
    }
    let mut out = String::new();
    for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)] {
        if seconds >= size {
            out.push_str(&format!("{}{unit}", seconds / size));
            seconds %= size;
        }
    }
    out
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
    Mailer::new(&s.mail)?;
    let i18n = I18n::load()?;
    if i18n.find(&s.mail.language).is_none() {
        anyhow::bail!(
            "mail language {:?} is not one of the portal's languages",
            s.mail.language
        );
    }
    let duration = |d: time::Duration| short(std::time::Duration::try_from(d).unwrap_or_default());
    let std_duration = short;
    let or_none = |v: Option<String>| v.unwrap_or_else(|| "(none)".into());
    let lines: Vec<(&str, String)> = vec![
        ("database_url", redact_url(&s.database_url)),
        (
            "key_files",
            match &keys {
                None => "(none: serve, mint and notify need one)".into(),
                Some(keys) => format!(
                    "{} ({} read; the first signs)",
                    s.key_files
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                    keys.iter().count()
                ),
            },
        ),
        (
            "public_url",
            or_none(s.public_url.as_ref().map(ToString::to_string)),
        ),
        ("listen", s.listen.to_string()),
        ("internal_listen", s.internal_listen.to_string()),
        (
            "internal_token_file",
            or_none(
                s.internal_token_file
                    .as_ref()
                    .map(|p| p.display().to_string()),
            ),
        ),
        ("ca_name", s.ca_name.clone()),
        ("staging_url", s.staging_url.to_string()),
        ("forum_url", s.forum_url.to_string()),
        ("docs_url", s.docs_url.to_string()),
        ("db_max_connections", s.pool.max_connections.to_string()),
        ("db_acquire_timeout", std_duration(s.pool.acquire_timeout)),
        ("db_query_timeout", std_duration(s.pool.query_timeout)),
        (
            "trusted_proxies",
            or_none((!s.trusted_proxies.is_empty()).then(|| {
                s.trusted_proxies
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            })),
        ),
        (
            "smtp_url",
            or_none(s.mail.smtp_url.as_deref().map(redact_url)),
        ),
        (
            "mail_from",
            or_none(s.mail.from.as_ref().map(ToString::to_string)),
        ),
        ("mail.window", duration(s.mail.window)),
        ("mail.link_lifetime", duration(s.mail.link_lifetime)),
        ("mail.max_age", duration(s.mail.max_age)),
        ("mail.lease", duration(s.mail.lease)),
        ("mail.poll_interval", std_duration(s.mail.poll_interval)),
        ("mail.smtp_timeout", std_duration(s.mail.smtp_timeout)),
        ("mail.language", s.mail.language.clone()),
        (
            "limits.posts_per_minute",
            s.limits.posts_per_minute.to_string(),
        ),
        ("limits.posts_burst", s.limits.posts_burst.to_string()),
        (
            "limits.account_unpauses",
            s.limits.account_unpauses.to_string(),
        ),
        (
            "limits.account_unpause_window",
            duration(s.limits.account_unpause_window),
        ),
        ("limits.body_timeout", std_duration(s.limits.body_timeout)),
        (
            "policy.no_success_window",
            duration(s.policy.no_success_window),
        ),
        ("policy.min_account_age", duration(s.policy.min_account_age)),
        (
            "policy.account_pause_names",
            s.policy.account_pause_names.to_string(),
        ),
        (
            "policy.tiers",
            s.policy
                .tiers
                .iter()
                .map(|t| {
                    format!(
                        "{} (one every {}, burst {})",
                        t.name,
                        duration(t.every),
                        t.burst
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
        ),
    ];
    for (key, value) in lines {
        println!("{key} = {value}");
    }
    eprintln!("configuration is valid");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn durations_print_as_the_config_file_writes_them() {
        assert_eq!(short(Duration::from_secs(60 * 86_400)), "60d");
        assert_eq!(short(Duration::from_secs(5_400)), "1h30m");
        assert_eq!(short(Duration::from_secs(10)), "10s");
        assert_eq!(short(Duration::from_millis(500)), "500ms");
    }
}
