//! `problem`: the error document an ACME client would receive.

use clap::Args;

use crate::clock::{Clock, SystemClock};
use crate::pausing::problem;
use crate::settings::Settings;
use crate::store::Schema;
use crate::token::KeySet;

/// Print the problem document (JSON) the ACME server would answer a new
/// order for these names with, as the internal API's check builds it: the
/// paused names among them (all of them if the whole account is paused),
/// with a fresh link. Prints nothing and says so on stderr when none is
/// paused.
#[derive(Debug, Args)]
pub struct Opts {
    #[command(flatten)]
    pub target: super::AccountNames,
}

pub async fn run(settings: Settings, opts: Opts) -> anyhow::Result<()> {
    let keys = KeySet::load(&settings.key_files)?;
    let store = super::open_store(&settings, Schema::Check).await?;
    let check = store
        .check_paused(opts.target.account, &opts.target.identifiers)
        .await?;
    let refused = if check.account {
        opts.target.identifiers
    } else {
        check.paused
    };
    if refused.is_empty() {
        eprintln!(
            "none of these names is paused for account {}: the order would go ahead",
            opts.target.account
        );
        return Ok(());
    }
    let public_url = settings.public_base(settings.listen);
    let document = problem::paused(
        &keys,
        &public_url,
        opts.target.account,
        &refused,
        SystemClock.now(),
    )?;
    println!("{}", serde_json::to_string_pretty(&document)?);
    Ok(())
}
