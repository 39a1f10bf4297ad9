//! `problem`: the error document an ACME client would receive.

use clap::Args;

use crate::clock::{Clock, SystemClock};
use crate::pausing::{self, LinkSigner};
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
    let public_url = settings.public_base(settings.listen);
    let signer = LinkSigner {
        keys: &keys,
        public_url: &public_url,
    };
    let target = &opts.target;
    let check = pausing::check(
        &*store,
        signer,
        target.account,
        &target.identifiers,
        SystemClock.now(),
    )
    .await?;
    match check.problem {
        Some(document) => println!("{}", serde_json::to_string_pretty(&document)?),
        None => eprintln!(
            "none of these names is paused for account {}: the order would go ahead",
            target.account
        ),
    }
    Ok(())
}
