//! `serve`: run the portal.

use std::sync::Arc;

use clap::Args;

use crate::app::{self, App};
use crate::clock::SystemClock;
use crate::config::Settings;
use crate::store::Schema;

/// Serve the portal until Ctrl-C or SIGTERM. Applies pending database
/// migrations first (unless --no-migrate); needs at least one --key-file.
#[derive(Debug, Args)]
pub struct Opts {
    /// Do not touch the schema; only check that `acme-unpause migrate` has
    /// been run. For a database user without the right to create tables.
    #[arg(long, env = "ACME_UNPAUSE_NO_MIGRATE")]
    pub no_migrate: bool,
}

pub async fn run(settings: Settings, opts: Opts) -> anyhow::Result<()> {
    let schema = if opts.no_migrate {
        Schema::Check
    } else {
        Schema::Migrate
    };
    let open = super::open_store(&settings, schema);
    let (app, listeners) = App::build(settings.clone(), open, Arc::new(SystemClock)).await?;
    let bound = listeners.public.local_addr()?;
    let internal = listeners.internal.local_addr()?;
    tracing::info!(listen = %bound, internal = %internal, public_url = %app.public_url, "portal ready");
    app::serve(app, listeners, app::shutdown_signal()).await
}
