//! `loadgen`: replay a realistic outcome stream against a local portal.

use std::time::Duration;

use anyhow::{Context, bail};
use clap::Args;

use crate::clock::{Clock, SystemClock};
use crate::loadgen::{self, LoadSpec};
use crate::settings::Settings;

/// Send a realistic stream of validation outcomes (many accounts, Zipf-
/// distributed names, about 80% failures) to the internal API at
/// --internal-listen, which must be a loopback address, with the token of
/// --internal-token-file. Stops after --outcomes or --duration, whichever
/// comes first, and prints throughput and latency. For benchmarks and load
/// tests of a local portal; it refuses any other target.
#[derive(Debug, Args)]
pub struct Opts {
    /// Outcomes to send at most.
    #[arg(long, default_value_t = 10_000)]
    pub outcomes: u64,
    /// Time to run at most, e.g. 30s or 5m.
    #[arg(long, default_value = "60s", value_parser = humantime::parse_duration)]
    pub duration: Duration,
    /// Distinct accounts.
    #[arg(long, default_value_t = 1_000, value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    pub accounts: u32,
    /// Distinct names per account.
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub names: u32,
    /// Share of failed validations, 0 to 1.
    #[arg(long, default_value_t = 0.8)]
    pub failure_rate: f64,
    /// Zipf exponent of account and name popularity.
    #[arg(long, default_value_t = 1.0)]
    pub zipf: f64,
    /// Outcomes per request (the API takes at most 1,000).
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub batch: u64,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u64).range(1..=256))]
    pub concurrency: u64,
    /// Seed of the stream: the same seed sends the same outcomes.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

pub async fn run(settings: Settings, opts: Opts) -> anyhow::Result<()> {
    if !(0.0..=1.0).contains(&opts.failure_rate) || !opts.zipf.is_finite() || opts.zipf < 0.0 {
        bail!("--failure-rate must be within 0..1 and --zipf a non-negative number");
    }
    let token_file = settings
        .internal_token_file
        .as_ref()
        .context("--internal-token-file is required: the API refuses calls without a token")?;
    let text = std::fs::read_to_string(token_file)
        .with_context(|| format!("cannot read {}", token_file.display()))?;
    let (_, token) = crate::token::token_file_lines(&text)
        .next()
        .with_context(|| format!("{} holds no token", token_file.display()))?;
    let spec = LoadSpec {
        accounts: opts.accounts,
        names_per_account: opts.names,
        zipf: opts.zipf,
        failure_rate: opts.failure_rate,
        outcomes: opts.outcomes,
        max_duration: opts.duration,
        batch: usize::try_from(opts.batch)?,
        concurrency: usize::try_from(opts.concurrency)?,
        seed: opts.seed,
    };
    eprintln!(
        "sending up to {} outcomes for at most {:?} to {} ...",
        spec.outcomes, spec.max_duration, settings.internal_listen
    );
    let report = loadgen::run(settings.internal_listen, token, &spec, SystemClock.now()).await?;
    println!(
        "sent {} outcomes ({:.0}% failures) in {} batches over {:.1}s: {:.0} outcomes/s; \
         batch latency p50 {:?}, p99 {:?}; {} pairs and {} accounts paused; {} failed batches",
        report.sent,
        100.0 * report.failures as f64 / (report.sent.max(1) as f64),
        report.batches,
        report.elapsed.as_secs_f64(),
        report.rate(),
        report.latency(0.5),
        report.latency(0.99),
        report.paused,
        report.accounts_paused,
        report.errors
    );
    if report.errors > 0 {
        bail!("{} of {} batches failed", report.errors, report.batches);
    }
    Ok(())
}
