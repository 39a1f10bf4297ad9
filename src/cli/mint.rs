//! `mint`: print an unpause link.

use clap::Args;

use crate::clock::{Clock, SystemClock};
use crate::links;
use crate::settings::Settings;
use crate::token::{self, KeySet};

/// Print an unpause link for an account and names: the link alone on stdout,
/// signed with the first --key-file, under --public-url.
#[derive(Debug, Args)]
pub struct Opts {
    #[command(flatten)]
    pub target: super::AccountNames,
    /// How long the link works, e.g. 336h, 14d, 90m.
    #[arg(long, default_value = "336h", value_parser = super::parse_lifetime)]
    pub lifetime: time::Duration,
}

pub async fn run(settings: Settings, opts: Opts) -> anyhow::Result<()> {
    let keys = KeySet::load(&settings.key_files)?;
    let jwt = token::mint(
        &keys,
        opts.target.account,
        &opts.target.identifiers,
        SystemClock.now(),
        opts.lifetime,
    )?;
    println!(
        "{}",
        links::unpause(&settings.public_base(settings.listen), &jwt)
    );
    Ok(())
}
