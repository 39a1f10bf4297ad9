//! Slow clients: bodies that trickle in are cut off by a total deadline and
//! a minimum rate, on both listeners, and many of them at once cannot take
//! the process's connections from everyone else.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use acme_unpause::settings::LimitSettings;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpSocket, TcpStream};

use crate::helpers::*;

const FORM: &str = "Content-Type: application/x-www-form-urlencoded\r\n";

/// The internal API's headers for a JSON post.
fn api_headers() -> String {
    format!("Authorization: Bearer {API_TOKEN}\r\nContent-Type: application/json\r\n")
}

/// A POST whose body of `length` bytes has not started yet; `headers` are
/// lines ending in CRLF.
fn post_head(path: &str, length: usize, headers: &str) -> String {
    format!("POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {length}\r\n{headers}\r\n")
}

/// Sends `head`, then a byte of body every `every` until the server
/// answers or `give_up` passes; the answer's status, if any.
async fn trickle(addr: &str, head: &str, every: Duration, give_up: Duration) -> Option<u16> {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = [0u8; 64];
    let exchange = async {
        loop {
            tokio::select! {
                read = stream.read(&mut answer) => return read.ok().filter(|n| *n > 0),
                () = tokio::time::sleep(every) => {
                    // The server may have given up on us already.
                    if stream.write_all(b"a").await.is_err() {
                        return None;
                    }
                }
            }
        }
    };
    let read = tokio::time::timeout(give_up, exchange).await.ok()??;
    let text = String::from_utf8_lossy(&answer[..read]).into_owned();
    text.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()
}

fn limits(change: impl FnOnce(&mut LimitSettings)) -> Option<LimitSettings> {
    let mut limits = LimitSettings::default();
    change(&mut limits);
    Some(limits)
}

fn authority(base: &str) -> &str {
    base.trim_start_matches("http://")
}

#[tokio::test]
async fn a_body_that_trickles_in_is_cut_off_at_its_total_deadline_on_both_listeners() {
    let app = spawn_app_with(Options {
        limits: limits(|l| {
            l.body_timeout = Duration::from_secs(1);
            l.body_min_rate = 0;
        }),
        ..Options::default()
    })
    .await;
    let cases = [
        (authority(&app.base), post_head("/find-link", 1000, FORM)),
        (
            authority(&app.internal),
            post_head("/internal/v1/outcomes", 1000, &api_headers()),
        ),
    ];
    for (addr, head) in cases {
        let started = Instant::now();
        // A byte every 200 ms: never a pause as long as the deadline.
        let status = trickle(
            addr,
            &head,
            Duration::from_millis(200),
            Duration::from_secs(8),
        )
        .await;
        assert_eq!(status, Some(400), "{addr}");
        let took = started.elapsed();
        assert!(took < Duration::from_secs(4), "{addr}: {took:?}");
    }
}

#[tokio::test]
async fn a_body_slower_than_the_minimum_rate_is_cut_off_after_the_grace() {
    let app = spawn_app_with(Options {
        limits: limits(|l| {
            l.body_timeout = Duration::from_secs(30);
            l.body_min_rate = 100;
            l.body_min_rate_grace = Duration::from_secs(1);
        }),
        ..Options::default()
    })
    .await;
    let started = Instant::now();
    // Five bytes a second against a hundred.
    let status = trickle(
        authority(&app.base),
        &post_head("/find-link", 1000, FORM),
        Duration::from_millis(200),
        Duration::from_secs(10),
    )
    .await;
    assert_eq!(status, Some(400));
    let took = started.elapsed();
    assert!(took < Duration::from_secs(4), "{took:?}");
}

#[tokio::test]
async fn a_request_not_answered_by_its_deadline_gets_503_on_both_listeners() {
    let app = spawn_app_with(Options {
        limits: limits(|l| {
            l.body_timeout = Duration::from_secs(30);
            l.body_min_rate = 0;
            l.request_timeout = Duration::from_secs(1);
        }),
        ..Options::default()
    })
    .await;
    let cases = [
        (authority(&app.base), post_head("/find-link", 1000, FORM)),
        (
            authority(&app.internal),
            post_head("/internal/v1/outcomes", 1000, &api_headers()),
        ),
    ];
    for (addr, head) in cases {
        let started = Instant::now();
        let status = trickle(
            addr,
            &head,
            Duration::from_millis(200),
            Duration::from_secs(8),
        )
        .await;
        assert_eq!(status, Some(503), "{addr}");
        let took = started.elapsed();
        assert!(took < Duration::from_secs(4), "{addr}: {took:?}");
    }
}

/// Opens a connection from `from` (a loopback address of its own) and
/// starts a body it sends a byte of every half second; counts itself in
/// `held` while the server keeps it open.
async fn slow_body(from: [u8; 4], to: String, head: String, held: Arc<AtomicUsize>) {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind((from, 0).into()).unwrap();
    let Ok(mut stream) = socket.connect(to.parse().unwrap()).await else {
        return;
    };
    if stream.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    held.fetch_add(1, Ordering::SeqCst);
    let mut buf = [0u8; 256];
    loop {
        tokio::select! {
            read = stream.read(&mut buf) => if !matches!(read, Ok(n) if n > 0) { break },
            () = tokio::time::sleep(Duration::from_millis(500)) => {
                if stream.write_all(b"a").await.is_err() { break }
            }
        }
    }
    held.fetch_sub(1, Ordering::SeqCst);
}

/// The real binary, under a limit of 256 open files, against 440 slow
/// bodies from 42 addresses: before connections were capped, they took
/// every descriptor and neither listener accepted anything else.
#[cfg(unix)]
#[tokio::test]
async fn many_slow_bodies_at_once_leave_both_listeners_answering_others() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(
        crate::cli::run(d, &["keygen", "--out", "k.hex"])
            .status
            .success()
    );
    std::fs::write(d.join("token"), format!("{API_TOKEN}\n")).unwrap();
    std::fs::write(
        d.join("c.toml"),
        "database_url = \"sqlite://db.sqlite\"\nkey_files = [\"k.hex\"]\n\
         listen = \"127.0.0.1:0\"\ninternal_listen = \"127.0.0.1:0\"\n\
         internal_token_file = \"token\"\nlog_format = \"json\"\n\
         [limits]\nconnections_per_client = 2\ninternal_connections_per_client = 8\n",
    )
    .unwrap();
    let mut child = tokio::process::Command::new("sh")
        .current_dir(d)
        // A soft limit of 64 under a hard one of 256: serve raises the
        // first to the second, else it could hold one connection a listener.
        .args(["-c", "ulimit -Sn 64 && ulimit -Hn 256 && exec \"$@\"", "sh"])
        .arg(crate::cli::BIN)
        .args(["--config", "c.toml", "serve"])
        .env_remove("ACME_UNPAUSE_DATABASE_URL")
        .env_remove("ACME_UNPAUSE_KEY_FILE")
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut log = BufReader::new(child.stderr.take().unwrap()).lines();
    let ready = async {
        while let Some(line) = log.next_line().await.unwrap() {
            let entry: serde_json::Value = serde_json::from_str(&line).unwrap_or_default();
            let fields = &entry["fields"];
            if fields["message"] == "portal ready" {
                let addr = |key: &str| fields[key].as_str().unwrap().to_owned();
                return (addr("listen"), addr("internal"));
            }
        }
        panic!("the portal exited before it was ready");
    };
    let (public, internal) = tokio::time::timeout(Duration::from_secs(60), ready)
        .await
        .expect("the portal starts");
    tokio::spawn(async move { while let Ok(Some(_)) = log.next_line().await {} });

    let held = Arc::new(AtomicUsize::new(0));
    let mut attack = tokio::task::JoinSet::new();
    // Forty addresses with nine posts each at the public listener (under
    // the post limiter's burst of ten, which would answer the tenth at
    // once), two with forty each at the internal one.
    let public_head = post_head("/find-link", 100_000, FORM);
    let internal_head = post_head("/internal/v1/outcomes", 100_000, &api_headers());
    let mut slow = Vec::new();
    for host in 2..42u8 {
        slow.extend((0..9).map(|_| (host, public.clone(), public_head.clone())));
    }
    for host in 42..44u8 {
        slow.extend((0..40).map(|_| (host, internal.clone(), internal_head.clone())));
    }
    for (host, to, head) in slow {
        attack.spawn(slow_body([127, 0, 0, host], to, head, held.clone()));
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;

    let client = client();
    for url in [
        format!("http://{public}/help"),
        format!("http://{internal}/readyz"),
    ] {
        let started = Instant::now();
        let response = tokio::time::timeout(Duration::from_secs(1), client.get(&url).send())
            .await
            .unwrap_or_else(|_| panic!("{url} did not answer within a second"))
            .unwrap();
        assert_eq!(response.status(), reqwest::StatusCode::OK, "{url}");
        assert!(started.elapsed() < Duration::from_secs(1), "{url}");
    }
    // Each address keeps its share and no more: 40 × 2 + 2 × 8.
    let open = held.load(Ordering::SeqCst);
    assert!(open <= 96, "{open} slow connections held");
    attack.abort_all();
    child.kill().await.unwrap();
}
