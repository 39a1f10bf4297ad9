//! `demo`: the newcomer's first command.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use clap::Args;
use time::Duration;

use crate::clock::{Clock, SystemClock};
use crate::domain::{AccountId, Identifier, IdentifierType};
use crate::pausing::{self, Paused, Target};
use crate::settings::Settings;
use crate::store::Schema;
use crate::store::{AuditContext, Notice, PauseCounts, PauseMode, Store};

/// Try the portal locally: creates a demo database and key (reused on later
/// runs), pauses sample accounts, prints a working link for each, and serves
/// on --listen (127.0.0.1:8080) until Ctrl-C. Ignores --database-url and
/// --key-file: everything lives in --dir.
#[derive(Debug, Args)]
pub struct Opts {
    /// Folder for the demo database and key.
    #[arg(long, default_value = "data/demo", value_name = "DIR")]
    pub dir: PathBuf,
}

/// Names in the large-integrator sample: enough to show that one click
/// clears more than Boulder's 50,000-per-click cap.
const LARGE_SAMPLE: usize = 60_000;

/// Links in the demo live a week: long enough to come back to.
const LINK_LIFETIME: Duration = Duration::days(7);

struct Sample {
    account: i64,
    what: &'static str,
    names: Vec<String>,
    whole_account: bool,
}

fn samples() -> Vec<Sample> {
    vec![
        Sample {
            account: 1001,
            what: "a few names",
            names: vec![
                "example.com".into(),
                "www.example.com".into(),
                "old-blog.example.net".into(),
                "192.0.2.10".into(),
            ],
            whole_account: false,
        },
        Sample {
            account: 1002,
            what: "the whole account",
            names: vec!["shop.example.org".into()],
            whole_account: true,
        },
        Sample {
            account: 1003,
            what: "a large integrator, 60,000 names",
            names: (1..=LARGE_SAMPLE)
                .map(|i| format!("site{i:05}.customers.example"))
                .collect(),
            whole_account: false,
        },
    ]
}

pub async fn run(settings: Settings, opts: Opts) -> anyhow::Result<()> {
    // Before anything is written: a port taken by another program is the
    // likeliest failure of a first run.
    let listeners = super::serve::bind(&settings).await?;
    std::fs::create_dir_all(&opts.dir)
        .with_context(|| format!("cannot create demo folder {}", opts.dir.display()))?;
    let key_file = opts.dir.join("unpause.key");
    if !key_file.exists() {
        super::keygen::write_new_key(&key_file)?;
    }
    // 64 random hex characters make a good API token as well.
    let token_file = opts.dir.join("internal.token");
    if !token_file.exists() {
        super::keygen::write_new_key(&token_file)?;
    }
    let db_file = opts.dir.join("acme-unpause.db");
    let settings = Settings {
        database_url: format!("sqlite://{}", db_file.display()),
        key_files: vec![key_file.clone()],
        internal_token_file: Some(token_file.clone()),
        ca_name: if settings.ca_name == crate::settings::DEFAULT_CA_NAME {
            "Demo CA".to_owned()
        } else {
            settings.ca_name
        },
        ..settings
    };
    let open = super::open_store(&settings, Schema::Migrate);
    let (app, listeners) =
        super::serve::start_bound(listeners, settings, open, Arc::new(SystemClock)).await?;

    println!(
        "acme-unpause demo — database {}, key {}",
        db_file.display(),
        key_file.display()
    );
    let samples = samples();
    for sample in &samples {
        load_sample(app.store.as_ref(), sample).await?;
    }
    println!();
    println!("Open these links in a browser:");
    for sample in &samples {
        let account = AccountId::new(sample.account)?;
        let names: Vec<Identifier> = sample
            .names
            .iter()
            .take(15)
            .map(|n| Identifier::parse(n))
            .collect::<Result<_, _>>()?;
        let link = app.mint_link(account, &names, LINK_LIFETIME)?;
        println!();
        println!("  account {} ({}):", sample.account, sample.what);
        println!("  {link}");
    }
    println!();
    println!("Help page: {}/help", app.public_url);
    println!(
        "Internal API for the ACME server on http://{} (token in {}), e.g.:",
        listeners.internal.local_addr()?,
        token_file.display()
    );
    println!(
        "  curl -s -H \"Authorization: Bearer $(cat {})\" -H 'content-type: application/json' \\\n    \
         -d '{{\"account\":1001,\"identifiers\":[{{\"type\":\"dns\",\"value\":\"www.example.com\"}}]}}' \\\n    \
         http://{}/internal/v1/check",
        token_file.display(),
        listeners.internal.local_addr()?
    );
    println!("Serving on {} — press Ctrl-C to stop.", app.public_url);
    super::serve::serve(app, listeners, super::serve::shutdown_signal()).await
}

/// Pauses one sample; forced, so links show paused names again even after
/// the names were unpaused in an earlier run.
async fn load_sample(store: &dyn Store, sample: &Sample) -> anyhow::Result<()> {
    let started = Instant::now();
    let account = AccountId::new(sample.account)?;
    let names: Vec<Identifier> = sample
        .names
        .iter()
        .map(|n| Identifier::parse(n))
        .collect::<Result<_, _>>()?;
    let now = SystemClock.now();
    let by = (&AuditContext::cli(), &Notice::default());
    if sample.whole_account {
        pausing::pause(
            store,
            account,
            &Target::WholeAccount,
            PauseMode::Force,
            by,
            now,
        )
        .await?;
    }
    let target = Target::Names(names.clone());
    let counts = match pausing::pause(store, account, &target, PauseMode::Force, by, now).await? {
        Paused::Names(counts) => counts,
        Paused::Account(_) => PauseCounts::default(),
    };
    let ip = names
        .iter()
        .filter(|n| n.kind() == IdentifierType::Ip)
        .count();
    println!(
        "  account {}: {} names paused ({} new, {} again, {} already; {ip} IP) in {:.1?}",
        sample.account,
        names.len(),
        counts.paused,
        counts.repaused,
        counts.already,
        started.elapsed()
    );
    Ok(())
}
