//! `pause`: pause names or a whole account by hand.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::{ArgGroup, Args};

use crate::clock::{Clock, SystemClock};
use crate::domain::{AccountId, Contact, Identifier, IdentifierType};
use crate::pausing::{self, Paused, Target};
use crate::settings::Settings;
use crate::store::Schema;
use crate::store::{AuditContext, PauseMode};

/// Pause names of an account, a whole account, or the pairs in a CSV file.
/// Pairs unpaused within the last 14 days are skipped unless --force.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("what").required(true).args(["identifiers", "whole_account", "csv"])))]
pub struct Opts {
    /// Account ID (decimal, positive). Not used with --csv, whose lines name
    /// their accounts.
    #[arg(long, required_unless_present = "csv", conflicts_with = "csv")]
    pub account: Option<AccountId>,
    /// Name to pause (DNS name or IP address); repeatable.
    #[arg(long = "identifier", value_name = "NAME")]
    pub identifiers: Vec<Identifier>,
    /// Pause the whole account: no orders for any name.
    #[arg(long, conflicts_with = "identifiers")]
    pub whole_account: bool,
    /// Boulder's admin CSV: `accountID,identifierType,identifierValue` per
    /// line, identifierType `dns` or `ip`. Every line is checked before
    /// anything is written.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// Pause even pairs unpaused within the last 14 days (the cooldown that
    /// protects subscribers who just fixed their client).
    #[arg(long)]
    pub force: bool,
    /// The account's contact, emailed about the pause: mailto:ADDRESS, as in
    /// ACME; repeatable. The email goes out from the outbox (`notify`, or
    /// `serve` with an SMTP URL).
    #[arg(
        long = "contact",
        value_name = "mailto:ADDRESS",
        conflicts_with = "csv"
    )]
    pub contacts: Vec<Contact>,
    /// Language of the email (e.g. de, pt-BR); the configured default when
    /// absent.
    #[arg(long, requires = "contacts", value_parser = parse_language)]
    pub language: Option<String>,
}

fn parse_language(text: &str) -> Result<String, String> {
    text.parse::<unic_langid::LanguageIdentifier>()
        .map(|id| id.to_string())
        .map_err(|_| format!("not a language tag: {text:?}"))
}

pub async fn run(settings: Settings, opts: Opts) -> anyhow::Result<()> {
    // Parse everything before touching the database.
    let notice = pausing::notice(
        opts.contacts.clone(),
        opts.language.clone(),
        settings.mail.window,
        "--contact",
    )?;
    let work: BTreeMap<AccountId, Vec<Identifier>> = match (&opts.csv, opts.account) {
        (Some(path), _) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            parse_admin_csv(&text).with_context(|| format!("CSV file {}", path.display()))?
        }
        (None, Some(account)) => BTreeMap::from([(account, opts.identifiers.clone())]),
        (None, None) => bail!("--account is required"),
    };
    let store = super::open_store(&settings, Schema::Check).await?;
    let mode = if opts.force {
        PauseMode::Force
    } else {
        PauseMode::RespectCooldown
    };
    let by = (&AuditContext::cli(), &notice);
    let now = SystemClock.now();
    for (account, identifiers) in work {
        let target = if opts.whole_account {
            Target::WholeAccount
        } else {
            Target::Names(identifiers)
        };
        let done = pausing::pause(&*store, account, &target, mode, by, now).await?;
        println!("account {account}: {}", describe(&done));
    }
    Ok(())
}

fn describe(done: &Paused) -> String {
    match done {
        Paused::Names(c) => format!(
            "{} paused, {} paused again, {} already paused, {} skipped (unpaused within 14 days)",
            c.paused, c.repaused, c.already, c.cooldown
        ),
        Paused::Account(true) => "paused as a whole".into(),
        Paused::Account(false) => {
            "already paused, or unpaused within the last 14 days (use --force)".into()
        }
    }
}

/// Parses Boulder's admin CSV. A first line naming the columns is skipped;
/// blank lines are ignored; any other bad line is an error naming its number.
pub fn parse_admin_csv(text: &str) -> anyhow::Result<BTreeMap<AccountId, Vec<Identifier>>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out: BTreeMap<AccountId, Vec<Identifier>> = BTreeMap::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.with_context(|| format!("line {}", index + 1))?;
        let line = record
            .position()
            .map_or(index as u64 + 1, csv::Position::line);
        if record.iter().all(str::is_empty) {
            continue;
        }
        if index == 0 && record.get(0) == Some("accountID") {
            continue;
        }
        if record.len() != 3 {
            bail!("line {line}: expected accountID,identifierType,identifierValue");
        }
        let account: AccountId = record[0].parse().with_context(|| format!("line {line}"))?;
        let kind: IdentifierType = record[1].parse().with_context(|| format!("line {line}"))?;
        let identifier =
            Identifier::new(kind, &record[2]).with_context(|| format!("line {line}"))?;
        out.entry(account).or_default().push(identifier);
    }
    if out.is_empty() {
        bail!("no pairs to pause");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admin_csv_parses_with_optional_header_and_blank_lines() {
        let text = "accountID,identifierType,identifierValue\n1,dns,a.example\n\n2, ip ,192.0.2.1\n1,dns,B.example\n";
        let parsed = parse_admin_csv(text).unwrap();
        let one = AccountId::new(1).unwrap();
        assert_eq!(parsed[&one].len(), 2);
        assert_eq!(parsed[&one][1].value(), "b.example");
        assert_eq!(
            parsed[&AccountId::new(2).unwrap()][0].kind(),
            IdentifierType::Ip
        );
    }

    #[test]
    fn admin_csv_errors_name_the_line() {
        for (text, line) in [
            ("1,dns,a.example\n0,dns,b.example\n", "line 2"),
            ("1,dns,a.example\n1,mail,b.example\n", "line 2"),
            ("1,dns,a.example\n1,ip,not-an-ip\n", "line 2"),
            ("1,dns\n", "line 1"),
            ("1,dns,a.example\n1,dns,a b\n", "line 2"),
        ] {
            let err = format!("{:#}", parse_admin_csv(text).unwrap_err());
            assert!(err.contains(line), "{text:?}: {err}");
        }
        assert!(parse_admin_csv("\n\n").is_err());
    }
}
