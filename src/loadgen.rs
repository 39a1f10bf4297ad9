//! A load generator for the internal API: a realistic stream of validation
//! outcomes, sent to `/internal/v1/outcomes` on a loopback address.
//!
//! Realistic means: many accounts, a few of them busy (Zipf), each with a
//! pool of names of which a few get most traffic (Zipf again); most pairs
//! are dead (their names point elsewhere) and fail every time, the live
//! ones rarely fail, for about 80% failures overall, as the CA sees. About
//! a third of the accounts are forgotten altogether: all their pairs dead.
//! Deterministic for a seed; bounded by an outcome count and a duration;
//! refuses any address but loopback, so it can never load a real server.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use tokio::net::TcpStream;

/// Longest wait for one batch's answer.
const BATCH_TIMEOUT: Duration = Duration::from_secs(30);

/// Failure chance of a live pair's validation.
const LIVE_FAILURE: f64 = 0.05;
/// Share of accounts that are wholly forgotten: every pair dead, never a
/// success (the policy can pause these; accounts with any success it spares).
const ZOMBIE_ACCOUNTS: f64 = 0.3;

/// What to send.
#[derive(Debug, Clone)]
pub struct LoadSpec {
    pub accounts: u32,
    pub names_per_account: u32,
    /// Zipf exponent of account and name popularity (about 1 on the web).
    pub zipf: f64,
    /// Share of failed validations overall.
    pub failure_rate: f64,
    /// Stop after this many outcomes...
    pub outcomes: u64,
    /// ...or after this long, whichever comes first.
    pub max_duration: Duration,
    pub batch: usize,
    /// Batches in flight at once (one connection each).
    pub concurrency: usize,
    pub seed: u64,
}

impl Default for LoadSpec {
    fn default() -> Self {
        Self {
            accounts: 1_000,
            names_per_account: 50,
            zipf: 1.0,
            failure_rate: 0.8,
            outcomes: 10_000,
            max_duration: Duration::from_secs(60),
            batch: 100,
            concurrency: 4,
            seed: 1,
        }
    }
}

/// What happened.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    pub sent: u64,
    pub failures: u64,
    pub batches: u64,
    pub errors: u64,
    pub paused: u64,
    pub accounts_paused: u64,
    pub elapsed: Duration,
    /// Per batch, sorted ascending.
    pub latencies: Vec<Duration>,
}

impl LoadReport {
    /// The `q` quantile of batch latency (0.5, 0.99, …).
    pub fn latency(&self, q: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let last = self.latencies.len() - 1;
        let index = ((last as f64) * q.clamp(0.0, 1.0)).round() as usize;
        self.latencies[index.min(last)]
    }

    /// Outcomes accepted per second.
    pub fn rate(&self) -> f64 {
        self.sent as f64 / self.elapsed.as_secs_f64().max(f64::EPSILON)
    }
}

/// SplitMix64: tiny, fast, deterministic; quality is ample for load.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1_u64 << 53) as f64
    }
}

/// Samples ranks 0..n with probability proportional to 1/(rank+1)^s.
#[derive(Debug, Clone)]
struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(n: u32, s: f64) -> Self {
        let mut total = 0.0;
        let cumulative = (1..=n)
            .map(|rank| {
                total += 1.0 / f64::from(rank).powf(s);
                total
            })
            .collect();
        Self { cumulative }
    }

    fn sample(&self, rng: &mut Rng) -> u32 {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let target = rng.unit() * total;
        let index = self.cumulative.partition_point(|&c| c < target);
        u32::try_from(index.min(self.cumulative.len().saturating_sub(1))).unwrap_or(0)
    }
}

/// The outcome stream.
#[derive(Debug, Clone)]
pub struct Stream {
    rng: Rng,
    accounts: Zipf,
    names: Zipf,
    /// Chance that an account is a zombie (all pairs dead).
    zombie: f64,
    /// Chance that a pair of another account is dead; both chosen so that
    /// failures overall come to the requested rate.
    dead: f64,
    seed: u64,
    created: String,
}

impl Stream {
    pub fn new(spec: &LoadSpec, now: OffsetDateTime) -> Self {
        let zombie = ZOMBIE_ACCOUNTS.min(spec.failure_rate);
        let others = ((spec.failure_rate - zombie) / (1.0 - zombie)).clamp(0.0, 1.0);
        let dead = ((others - LIVE_FAILURE) / (1.0 - LIVE_FAILURE)).clamp(0.0, 1.0);
        // Established accounts: the policy's young-account grace is not
        // what this load exercises.
        let created = (now - time::Duration::days(400))
            .format(&Rfc3339)
            .unwrap_or_default();
        Self {
            rng: Rng(spec.seed),
            accounts: Zipf::new(spec.accounts.max(1), spec.zipf),
            names: Zipf::new(spec.names_per_account.max(1), spec.zipf),
            zombie,
            dead,
            seed: spec.seed,
            created,
        }
    }

    /// Whether a pair is dead: a fixed property of the pair, so a dead pair
    /// fails every time, as a zombie does.
    fn is_dead(&self, account: u32, name: u32) -> bool {
        let mut whole = Rng(self.seed ^ (u64::from(account) << 32 | 0xFFFF_FFFF));
        if whole.unit() < self.zombie {
            return true;
        }
        let mut pair = Rng(self.seed ^ (u64::from(account) << 32 | u64::from(name)));
        pair.unit() < self.dead
    }

    /// The next outcome, and whether it is a failure.
    pub fn next_outcome(&mut self) -> (Value, bool) {
        let account = self.accounts.sample(&mut self.rng) + 1;
        let name = self.names.sample(&mut self.rng);
        let failed = self.is_dead(account, name) || self.rng.unit() < LIVE_FAILURE;
        let outcome = json!({
            "account": account,
            "identifier": {"type": "dns", "value": format!("n{name}.a{account}.load.test")},
            "result": if failed { "failure" } else { "success" },
            "client_ip": "127.0.0.1",
            "user_agent": "acme-unpause-loadgen",
            "account_created_at": self.created,
        });
        (outcome, failed)
    }
}

/// Sends the stream to `target` (a loopback address) with `token`.
pub async fn run(
    target: SocketAddr,
    token: &str,
    spec: &LoadSpec,
    now: OffsetDateTime,
) -> anyhow::Result<LoadReport> {
    if !target.ip().is_loopback() {
        bail!("the load generator only targets loopback addresses, not {target}");
    }
    if spec.batch == 0 || spec.concurrency == 0 {
        bail!("batch and concurrency must be at least 1");
    }
    let mut stream = Stream::new(spec, now);
    let started = Instant::now();
    let deadline = started + spec.max_duration;
    let mut report = LoadReport::default();
    let mut in_flight = tokio::task::JoinSet::new();
    let token = format!("Bearer {token}");
    loop {
        let exhausted = report.sent >= spec.outcomes || Instant::now() >= deadline;
        if !exhausted && in_flight.len() < spec.concurrency {
            let size = usize::try_from(spec.outcomes - report.sent)
                .unwrap_or(usize::MAX)
                .min(spec.batch);
            let mut batch = Vec::with_capacity(size);
            for _ in 0..size {
                let (outcome, failed) = stream.next_outcome();
                report.failures += u64::from(failed);
                batch.push(outcome);
            }
            report.sent += size as u64;
            let body = serde_json::to_vec(&json!({ "outcomes": batch }))?;
            let token = token.clone();
            in_flight.spawn(async move {
                let sent = Instant::now();
                // A server that stops answering must not hold the run past
                // its bound.
                let answer = tokio::time::timeout(BATCH_TIMEOUT, post(target, &token, body))
                    .await
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("no answer within {BATCH_TIMEOUT:?}")));
                (answer, sent.elapsed())
            });
            continue;
        }
        let Some(done) = in_flight.join_next().await else {
            break;
        };
        let (answer, latency) = done.context("load task failed")?;
        report.batches += 1;
        report.latencies.push(latency);
        match answer {
            Ok(body) => {
                report.paused += body["paused"].as_array().map_or(0, |a| a.len() as u64);
                report.accounts_paused += body["accounts_paused"]
                    .as_array()
                    .map_or(0, |a| a.len() as u64);
            }
            Err(err) => {
                report.errors += 1;
                tracing::warn!(error = %err, "load batch failed");
            }
        }
    }
    report.elapsed = started.elapsed();
    report.latencies.sort();
    Ok(report)
}

/// One POST on its own HTTP/1.1 connection.
async fn post(target: SocketAddr, token: &str, body: Vec<u8>) -> anyhow::Result<Value> {
    let tcp = TcpStream::connect(target).await?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(tcp)).await?;
    tokio::spawn(connection);
    let request = hyper::Request::post("/internal/v1/outcomes")
        .header(hyper::header::HOST, target.to_string())
        .header(hyper::header::AUTHORIZATION, token)
        .header(hyper::header::CONTENT_TYPE, "application/json")
        .body(Full::new(Bytes::from(body)))?;
    let response = sender.send_request(request).await?;
    let status = response.status();
    let bytes = response.into_body().collect().await?.to_bytes();
    if !status.is_success() {
        bail!("HTTP {status}: {}", String::from_utf8_lossy(&bytes));
    }
    Ok(serde_json::from_slice(&bytes)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn stream_is_deterministic_skewed_and_mostly_failing() {
        let spec = LoadSpec::default();
        let at = datetime!(2026-11-25 12:00 UTC);
        let mut a = Stream::new(&spec, at);
        let mut b = Stream::new(&spec, at);
        let mut failures = 0;
        let mut top_account = 0;
        let n = 20_000;
        for _ in 0..n {
            let (x, failed) = a.next_outcome();
            assert_eq!(x, b.next_outcome().0);
            failures += u32::from(failed);
            top_account += u32::from(x["account"] == 1);
        }
        let share = f64::from(failures) / f64::from(n);
        assert!((0.7..0.9).contains(&share), "failure share {share}");
        // Zipf with s = 1 over 1,000 accounts: the busiest gets about 13%.
        let top = f64::from(top_account) / f64::from(n);
        assert!((0.09..0.18).contains(&top), "top account share {top}");
    }

    #[test]
    fn dead_pairs_always_fail() {
        let spec = LoadSpec {
            failure_rate: 0.8,
            ..LoadSpec::default()
        };
        let stream = Stream::new(&spec, datetime!(2026-11-25 12:00 UTC));
        let dead = (1..200).filter(|&a| stream.is_dead(a, 0)).count();
        assert!((120..190).contains(&dead), "{dead} of 199 dead");
        assert_eq!(stream.is_dead(7, 3), stream.is_dead(7, 3));
    }

    #[tokio::test]
    async fn only_loopback_is_a_target() {
        let spec = LoadSpec::default();
        let at = datetime!(2026-11-25 12:00 UTC);
        let far = "192.0.2.1:8081".parse().unwrap();
        let err = run(far, "t", &spec, at).await.unwrap_err();
        assert!(err.to_string().contains("loopback"));
    }
}
