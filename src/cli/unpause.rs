//! `unpause`: unpause by hand.

use clap::Args;

use crate::clock::{Clock, SystemClock};
use crate::domain::{AccountId, Identifier};
use crate::settings::Settings;
use crate::store::Schema;
use crate::store::{AuditContext, MAX_SELECTED, UNPAUSE_BATCH};

/// Unpause an account: everything it has paused (the account-level pause and
/// every name, in batches, with no upper limit), or only the names given.
#[derive(Debug, Args)]
pub struct Opts {
    /// Account ID (decimal, positive).
    #[arg(long)]
    pub account: AccountId,
    /// Unpause only this name; repeatable. Without it, everything.
    #[arg(long = "identifier", value_name = "NAME")]
    pub identifiers: Vec<Identifier>,
    /// Unpause nothing; instead lift the account's portal unpause budget
    /// (`[limits] account_unpauses`), so that its link works again: the
    /// unpauses counted so far no longer count. Audited.
    #[arg(long, conflicts_with = "identifiers")]
    pub reset_budget: bool,
}

pub async fn run(settings: Settings, opts: Opts) -> anyhow::Result<()> {
    let store = super::open_store(&settings, Schema::Check).await?;
    let ctx = AuditContext::cli();
    let now = SystemClock.now();
    if opts.reset_budget {
        store.reset_unpause_budget(opts.account, now, &ctx).await?;
        println!(
            "account {}: unpause budget lifted; nothing unpaused",
            opts.account
        );
        return Ok(());
    }
    if opts.identifiers.is_empty() {
        let progress = |done: u64| {
            if done >= UNPAUSE_BATCH {
                eprintln!("  {done} names unpaused so far");
            }
        };
        let counts = store
            .unpause_all(opts.account, now, &ctx, &progress)
            .await?;
        // The longest batch is how long rows stayed locked against the ACME
        // server's writes: what an operator watching a large unpause asks.
        println!(
            "account {}: {} names unpaused{}; longest transaction {} ms",
            opts.account,
            counts.names,
            if counts.account {
                "; account-level pause lifted"
            } else {
                ""
            },
            counts.longest_batch.as_millis()
        );
    } else {
        let mut names = 0;
        for chunk in opts.identifiers.chunks(MAX_SELECTED) {
            names += store
                .unpause_identifiers(opts.account, chunk, now, &ctx)
                .await?
                .names;
        }
        println!("account {}: {names} names unpaused", opts.account);
    }
    Ok(())
}
