//! Section 6: what the gateway adds to a request's latency, against the
//! same upstream reached directly, in one run. The upstream is a stand-in
//! that answers at once (an ACME server's own time would only hide the
//! difference); the gateway in front of it checks new orders against the
//! portal's SQLite database as in production.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use acme_unpause::app::App;
use acme_unpause::gateway;
use acme_unpause::settings::{GatewaySettings, Settings};
use acme_unpause::web::server::ListenerLimits;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use serde_json::json;
use tokio::net::TcpStream;

use super::{Backend, Portal, Scale, ms};

async fn stand_in_upstream() -> SocketAddr {
    let app = axum::Router::new().fallback(|request: axum::extract::Request| async move {
        let body = if request.method() == axum::http::Method::POST {
            json!({"status": "pending", "identifiers": [{"type": "dns", "value": "a.example"}],
                   "authorizations": ["https://ca.test/authz/1"], "finalize": "https://ca.test/finalize/1"})
        } else {
            json!({"newNonce": "https://ca.test/nonce", "newOrder": "https://ca.test/order"})
        };
        axum::Json(body)
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

fn new_order_body(account: usize) -> Bytes {
    let b64 = |v: serde_json::Value| URL_SAFE_NO_PAD.encode(serde_json::to_vec(&v).unwrap());
    let body = json!({
        "protected": b64(json!({"alg": "ES256", "kid": format!("https://ca.test/acct/{account}"), "nonce": "n", "url": "u"})),
        "payload": b64(json!({"identifiers": [{"type": "dns", "value": "a.example"}, {"type": "dns", "value": "b.example"}]})),
        "signature": "c2ln"
    });
    Bytes::from(serde_json::to_vec(&body).unwrap())
}

async fn connect(addr: SocketAddr) -> hyper::client::conn::http1::SendRequest<Full<Bytes>> {
    let stream = TcpStream::connect(addr).await.unwrap();
    let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .unwrap();
    tokio::spawn(connection);
    sender
}

async fn once(
    sender: &mut hyper::client::conn::http1::SendRequest<Full<Bytes>>,
    post: Option<Bytes>,
) -> Duration {
    let request = match post {
        Some(body) => hyper::Request::post("/order")
            .header("host", "ca.test")
            .header("content-type", "application/jose+json")
            .body(Full::new(body)),
        None => hyper::Request::get("/directory")
            .header("host", "ca.test")
            .body(Full::new(Bytes::new())),
    }
    .unwrap();
    let started = Instant::now();
    sender.ready().await.unwrap();
    let response = sender.send_request(request).await.unwrap();
    assert!(response.status().is_success(), "{}", response.status());
    response.into_body().collect().await.unwrap();
    started.elapsed()
}

fn quantiles(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at = |q: f64| ms(samples[((samples.len() - 1) as f64 * q).round() as usize]);
    (at(0.5), at(0.99))
}

pub async fn latency(scale: &Scale) {
    let portal = Portal::start(&Backend::Sqlite).await;
    let upstream = stand_in_upstream().await;
    let settings = Settings {
        gateway: GatewaySettings {
            upstream: Some(format!("http://{upstream}/").parse().unwrap()),
            ..GatewaySettings::default()
        },
        ..portal.app.settings.clone()
    };
    let app = App::new(
        settings,
        portal.app.public_url.clone(),
        portal.keys.clone(),
        portal.app.store.clone(),
        portal.app.clock.clone(),
    )
    .unwrap();
    let (gateway, _recorder) = gateway::start(Arc::new(app)).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let through = listener.local_addr().unwrap();
    let limits = ListenerLimits::gateway(&portal.app.settings.limits, &[], 1024);
    tokio::spawn(acme_unpause::web::server::serve(
        listener,
        gateway::router(gateway),
        limits,
        std::future::pending(),
    ));
    let rounds = if scale.quick { 200 } else { 5_000 };
    println!(
        "\n## 6. Gateway: added latency ({rounds} requests of each kind, one at a time, interleaved)\n"
    );
    println!(
        "| request | direct p50 ms | direct p99 ms | via gateway p50 ms | via gateway p99 ms | added p50 ms | added p99 ms |"
    );
    println!("|---|---|---|---|---|---|---|");
    let (mut direct, mut via) = (connect(upstream).await, connect(through).await);
    for (what, post) in [
        ("GET (plain proxied)", false),
        ("new order (checked)", true),
    ] {
        let (mut a, mut b) = (Vec::with_capacity(rounds), Vec::with_capacity(rounds));
        for round in 0..rounds {
            // A new account each time: every check reads the database.
            let body = post.then(|| new_order_body(round));
            a.push(once(&mut direct, body.clone()).await);
            b.push(once(&mut via, body).await);
        }
        let ((a50, a99), (b50, b99)) = (quantiles(a), quantiles(b));
        println!(
            "| {what} | {a50:.3} | {a99:.3} | {b50:.3} | {b99:.3} | {:.3} | {:.3} |",
            b50 - a50,
            b99 - a99
        );
    }
}
