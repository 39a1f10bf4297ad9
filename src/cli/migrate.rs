//! `migrate`: bring the database schema up to date.

use anyhow::Context;
use clap::Args;

use crate::settings::Settings;
use crate::store::{self, Schema};

/// Apply pending database migrations and exit. Safe to run again: applied
/// migrations are skipped. Never alters Boulder's `paused` table.
#[derive(Debug, Args)]
pub struct Opts {}

pub async fn run(settings: Settings, _opts: Opts) -> anyhow::Result<()> {
    let url = &settings.database_url;
    let (_, applied) = store::connect_reporting(url, &settings.pool(), Schema::Migrate)
        .await
        .with_context(|| format!("database {}", store::redact_url(url)))?;
    eprintln!("{}", report(&applied));
    Ok(())
}

/// What `migrate` did, in one line: an operator running it by hand (or
/// reading a deploy log) learns whether this run changed the schema.
fn report(applied: &[String]) -> String {
    match applied {
        [] => "nothing to do: every migration was already applied".to_owned(),
        [one] => format!("applied 1 migration: {one}"),
        many => format!("applied {} migrations: {}", many.len(), many.join(", ")),
    }
}
