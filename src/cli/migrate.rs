//! `migrate`: bring the database schema up to date.

use clap::Args;

use crate::settings::Settings;
use crate::store::Schema;

/// Apply pending database migrations and exit. Safe to run again: applied
/// migrations are skipped. Never alters Boulder's `paused` table.
#[derive(Debug, Args)]
pub struct Opts {}

pub async fn run(settings: Settings, _opts: Opts) -> anyhow::Result<()> {
    super::open_store(&settings, Schema::Migrate).await?;
    eprintln!("database schema is up to date");
    Ok(())
}
