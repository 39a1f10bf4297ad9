//! Section 7: what a flood of one link costs everybody else. Many clients
//! fetch one large account's page back to back while other visitors, each
//! on a new connection, open other accounts' links; their latency is the
//! figure. First with the limits off (as everywhere in this suite), so
//! every flooding request is a full page, not a cheap 429: the worst case,
//! where only the summary cache keeps the flood off the database; then
//! with the per-account view limit at its default, as in production.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use http_body_util::Full;
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

use acme_unpause::settings::LimitSettings;

use super::{Backend, Kind, Portal, Scale, get, hammer, insert_paused, ms};

/// Other visitors: one page every `every`, each a new connection to the
/// next link in `links`, until `duration` is over; their latencies, sorted.
async fn visitors(
    addr: SocketAddr,
    links: &[String],
    duration: Duration,
    every: Duration,
) -> Vec<Duration> {
    let started = Instant::now();
    let mut latencies = Vec::new();
    let mut next = Instant::now();
    for link in links.iter().cycle() {
        if started.elapsed() >= duration {
            break;
        }
        tokio::time::sleep_until(next.into()).await;
        next += every;
        let sent = Instant::now();
        let Ok(tcp) = TcpStream::connect(addr).await else {
            continue;
        };
        let _ = tcp.set_nodelay(true);
        let Ok((mut sender, connection)) =
            hyper::client::conn::http1::handshake::<_, Full<Bytes>>(TokioIo::new(tcp)).await
        else {
            continue;
        };
        tokio::spawn(connection);
        if matches!(get(&mut sender, addr, link, None).await, Ok((200, _, _))) {
            latencies.push(sent.elapsed());
        }
    }
    latencies.sort_unstable();
    latencies
}

fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let last = sorted.len().saturating_sub(1);
    sorted
        .get(((last as f64) * q).round() as usize)
        .copied()
        .unwrap_or_default()
}

/// Account 7 with `n` paused names, and accounts 8 on with 20 each.
async fn fixtures(portal: &Portal, n: usize, accounts: i64) {
    insert_paused(
        portal,
        &Backend::Sqlite,
        (0..n).map(|i| (7, format!("host{i:07}.example.net"))),
        n,
    )
    .await;
    insert_paused(
        portal,
        &Backend::Sqlite,
        (0..accounts).flat_map(|a| (0..20).map(move |i| (8 + a, format!("n{i}.example")))),
        usize::try_from(accounts * 20).unwrap_or(0),
    )
    .await;
}

pub(super) async fn flood(scale: &Scale) {
    let n = if scale.quick { 20_000 } else { 200_000 };
    let flooders = 48;
    println!(
        "\n## 7. A flood of one link (SQLite): {flooders} clients on the page of an account with {n} paused names"
    );
    // Every client here is 127.0.0.1, so the per-client limits stay off;
    // the second portal has the per-account view limit at its default.
    let accounts = 200;
    let portal = Portal::start(&Backend::Sqlite).await;
    fixtures(&portal, n, accounts).await;
    let limited = Portal::start_with(&Backend::Sqlite, |s| {
        s.limits.account_views_per_minute = LimitSettings::default().account_views_per_minute;
        s.limits.account_views_burst = LimitSettings::default().account_views_burst;
    })
    .await;
    fixtures(&limited, n, accounts).await;
    let duration = scale.duration * 2;
    let every = Duration::from_millis(50);
    println!(
        "\n| other visitors' pages (a new connection each, one every 50 ms) | pages | p50 ms | p99 ms | max ms | the flood's pages/s (200s) |\n|---|---|---|---|---|---|"
    );
    let runs = [
        (&portal, 0, "alone, limits off"),
        (&portal, flooders, "under the flood, limits off"),
        (
            &limited,
            flooders,
            "under the flood, per-account view limit on",
        ),
    ];
    for (portal, flooding, what) in runs {
        let big = portal.link_path(7, &["host0000000.example.net"]);
        let others: Vec<String> = (0..accounts)
            .map(|a| portal.link_path(8 + a, &["n0.example"]))
            .collect();
        let flood = (flooding > 0).then(|| {
            tokio::spawn(hammer(
                portal.base,
                Kind::Get(big.clone()),
                flooding,
                duration,
                None,
            ))
        });
        let seen = visitors(portal.base, &others, duration, every).await;
        let flood_rate = match flood {
            Some(task) => format!("{:.0}", task.await.unwrap().rate()),
            None => "-".to_owned(),
        };
        println!(
            "| {what} | {} | {:.2} | {:.2} | {:.2} | {flood_rate} |",
            seen.len(),
            ms(quantile(&seen, 0.5)),
            ms(quantile(&seen, 0.99)),
            ms(quantile(&seen, 1.0)),
        );
    }
}
