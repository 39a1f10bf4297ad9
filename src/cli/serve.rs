//! `serve`: run the portal.

use std::sync::Arc;

use clap::Args;

use crate::app::{self, App};
use crate::clock::SystemClock;
use crate::config::Settings;

/// Serve the portal until Ctrl-C or SIGTERM. Applies pending database
/// migrations first; needs at least one --key-file.
#[derive(Debug, Args)]
pub struct Opts {}

pub async fn run(settings: Settings, _opts: Opts) -> anyhow::Result<()> {
    let open = super::open_store(settings.database_url.clone(), true);
    let (app, listener) = App::build(settings.clone(), open, Arc::new(SystemClock)).await?;
    tracing::info!(listen = %settings.listen, public_url = %app.public_url, "portal ready");
    app::serve(app, listener, app::shutdown_signal()).await
}
