//! `notify`: send the notification emails that are due, once.

use std::sync::Arc;

use anyhow::bail;
use clap::Args;

use crate::app::App;
use crate::clock::SystemClock;
use crate::mail::Sender;
use crate::settings::Settings;
use crate::store::Schema;
use crate::token::KeySet;

/// Send every notification email that is due now, then exit (for a cron
/// job, or a sender apart from the portal). Needs --smtp-url, --mail-from
/// and the --key-file that signs links; `serve` does the same continuously
/// when given an SMTP URL. Any number of senders may run at once: each
/// message is leased to one of them.
#[derive(Debug, Args)]
pub struct Opts {}

pub async fn run(settings: Settings, _opts: Opts) -> anyhow::Result<()> {
    if settings.smtp_url.is_none() {
        bail!("no SMTP server: give --smtp-url (or ACME_UNPAUSE_SMTP_URL) and --mail-from");
    }
    if settings.public_url.is_none() {
        eprintln!(
            "warning: no --public-url; emailed links point to http://{}",
            settings.listen
        );
    }
    let keys = KeySet::load(&settings.key_files)?;
    let store = super::open_store(&settings, Schema::Check).await?;
    let public_url = settings.public_base(settings.listen);
    let app = Arc::new(App::new(
        settings,
        public_url,
        keys,
        store,
        Arc::new(SystemClock),
    )?);
    let Some(sender) = Sender::new(app.clone())? else {
        bail!("no SMTP server configured");
    };
    let report = sender.run_once().await?;
    let counts = app.store.outbox_counts().await?;
    eprintln!(
        "{} sent, {} deferred, {} failed, {} skipped (nothing paused any more); \
         outbox: {} pending, {} sent, {} failed",
        report.sent,
        report.retried,
        report.failed,
        report.skipped,
        counts.pending,
        counts.sent,
        counts.failed
    );
    Ok(())
}
