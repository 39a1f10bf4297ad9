//! The HTTP/1.1 accept loop, for both listeners. axum's own `serve` sets no
//! limit at all; here
//! - request headers must arrive within [`HEADER_READ_TIMEOUT`] (hyper's
//!   timer, which also closes keep-alive connections idle that long);
//! - a body must arrive within a total time and at a minimum rate
//!   ([`DeadlineBody`]), counted from the end of its headers;
//! - a listener holds a bounded number of connections, and one client
//!   address a bounded share of them ([`ConnectionLimiter`]);
//! - a request without exactly one valid `Host` is refused with 400.
//!
//! Peers' addresses reach handlers as `ConnectInfo<SocketAddr>`, as with
//! axum's `serve`.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Request, StatusCode, Version, header};
use axum::response::{IntoResponse, Response};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::OwnedSemaphorePermit;
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;

use super::connections::ConnectionLimiter;
pub use super::deadline::BodyDeadline;
use super::deadline::DeadlineBody;
use crate::domain::Cidr;
use crate::settings::LimitSettings;

/// How long a client may take to send its request line and headers.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How long connections still open at shutdown may take to finish.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);

/// Connections refused because their address held its share already.
pub const CONNECTIONS_REFUSED: &str = "acme_unpause_connections_refused_total";

/// What one listener allows its connections.
#[derive(Debug, Clone)]
pub struct ListenerLimits {
    /// "public" or "internal", for logs and metrics.
    pub name: &'static str,
    pub body: BodyDeadline,
    /// Connections held at once; more wait in the kernel's backlog.
    pub connections: usize,
    /// Connections one address may hold; 0: no such cap.
    pub connections_per_client: usize,
    /// Peers the per-address cap does not apply to (trusted proxies).
    pub exempt: Vec<Cidr>,
}

impl ListenerLimits {
    fn of(name: &'static str, limits: &LimitSettings, connections: usize) -> Self {
        Self {
            name,
            body: BodyDeadline {
                total: limits.body_timeout,
                min_rate: limits.body_min_rate,
                grace: limits.body_min_rate_grace,
            },
            connections,
            connections_per_client: 0,
            exempt: Vec::new(),
        }
    }

    /// The public listener: `connections` at most (see `cli::serve` for how
    /// the descriptor limit bounds it); proxies carry many visitors each,
    /// so they are exempt from the per-address share.
    pub fn public(limits: &LimitSettings, trusted_proxies: &[Cidr], connections: usize) -> Self {
        Self {
            connections_per_client: limits.connections_per_client as usize,
            exempt: trusted_proxies.to_vec(),
            ..Self::of("public", limits, connections)
        }
    }

    /// The gateway's listener: ACME clients, many of them behind one
    /// address at hosting providers, so the internal listener's wider
    /// share; trusted proxies are exempt.
    pub fn gateway(limits: &LimitSettings, trusted_proxies: &[Cidr], connections: usize) -> Self {
        Self {
            connections_per_client: limits.internal_connections_per_client as usize,
            exempt: trusted_proxies.to_vec(),
            ..Self::of("gateway", limits, connections)
        }
    }

    /// The internal listener, whose clients are the ACME server's instances
    /// and the monitoring: the share keeps one of them from taking it all.
    pub fn internal(limits: &LimitSettings, connections: usize) -> Self {
        Self {
            connections_per_client: limits.internal_connections_per_client as usize,
            ..Self::of("internal", limits, connections)
        }
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets the
/// requests in flight finish (up to half a minute).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ListenerLimits,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    serve_with(listener, None, router, limits, shutdown).await
}

/// As [`serve`], speaking TLS: a handshake gets as long as a request's
/// headers.
pub async fn serve_tls(
    listener: TcpListener,
    tls: TlsAcceptor,
    router: Router,
    limits: ListenerLimits,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    serve_with(listener, Some(tls), router, limits, shutdown).await
}

async fn serve_with(
    listener: TcpListener,
    tls: Option<TlsAcceptor>,
    router: Router,
    limits: ListenerLimits,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    let connections = ConnectionLimiter::new(
        limits.connections,
        limits.connections_per_client,
        limits.exempt.clone(),
    );
    tokio::pin!(shutdown);
    loop {
        let (stream, peer, slot) = tokio::select! {
            () = &mut shutdown => break,
            accepted = accept(&listener, &connections) => accepted,
        };
        let Some(admitted) = connections.admit(slot, peer.ip()) else {
            // Closed at once: the address holds its share, and waiting
            // would only keep one more descriptor busy for it.
            tracing::debug!(
                listener = limits.name,
                "connection refused: too many from one client"
            );
            ::metrics::counter!(CONNECTIONS_REFUSED, "listener" => limits.name).increment(1);
            drop(stream);
            continue;
        };
        let router = router.clone();
        let deadline = limits.body;
        let service = hyper::service::service_fn(move |request: Request<Incoming>| {
            let router = router.clone();
            async move {
                if !has_one_valid_host(&request) {
                    return Ok(bad_host());
                }
                let (mut parts, body) = request.into_parts();
                parts.extensions.insert(ConnectInfo::<SocketAddr>(peer));
                let body = Body::new(DeadlineBody::new(body, deadline));
                let response: Result<Response, Infallible> =
                    router.oneshot(Request::from_parts(parts, body)).await;
                response
            }
        });
        let (watcher, http, tls) = (graceful.watcher(), http.clone(), tls.clone());
        tokio::spawn(async move {
            let served = match tls {
                None => {
                    let connection = http.serve_connection(TokioIo::new(stream), service);
                    watcher.watch(connection).await
                }
                Some(tls) => {
                    match tokio::time::timeout(HEADER_READ_TIMEOUT, tls.accept(stream)).await {
                        Ok(Ok(stream)) => {
                            let connection = http.serve_connection(TokioIo::new(stream), service);
                            watcher.watch(connection).await
                        }
                        Ok(Err(err)) => {
                            tracing::debug!(error = %err, "TLS handshake failed");
                            Ok(())
                        }
                        Err(_) => {
                            tracing::debug!("TLS handshake timed out");
                            Ok(())
                        }
                    }
                }
            };
            if let Err(err) = served {
                tracing::debug!(error = %err, "connection ended with an error");
            }
            // The connection's place is free again only now.
            drop(admitted);
        });
    }
    drop(listener);
    if tokio::time::timeout(DRAIN_TIMEOUT, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("connections still open after {DRAIN_TIMEOUT:?}; closing them");
    }
    Ok(())
}

/// The next connection, once the listener has room for it.
async fn accept(
    listener: &TcpListener,
    connections: &ConnectionLimiter,
) -> (TcpStream, SocketAddr, OwnedSemaphorePermit) {
    let slot = connections.slot().await;
    loop {
        match listener.accept().await {
            Ok((stream, peer)) => return (stream, peer, slot),
            Err(err) => {
                // Out of file descriptors and the like: wait, not spin.
                tracing::warn!(error = %err, "accepting a connection failed");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

/// RFC 9112, section 3.2: an HTTP/1.1 request has exactly one `Host`, any
/// request at most one, and its value is a host and optional port (or
/// empty). Two `Host`s let a proxy and this server disagree on which site
/// is asked for; HTTP/1.0 may omit it.
fn has_one_valid_host<B>(request: &Request<B>) -> bool {
    let mut hosts = request.headers().get_all(header::HOST).iter();
    match (hosts.next(), hosts.next()) {
        (_, Some(_)) => false,
        (None, None) => request.version() < Version::HTTP_11,
        (Some(host), None) => host_is_valid(host),
    }
}

fn host_is_valid(host: &HeaderValue) -> bool {
    let bytes = host.as_bytes();
    // An authority may carry user information; a Host may not.
    bytes.is_empty()
        || (!bytes.contains(&b'@') && axum::http::uri::Authority::try_from(bytes).is_ok())
}

/// Refused before any router sees it, so the same on both listeners; the
/// connection closes, as after any framing error.
fn bad_host() -> Response {
    (
        StatusCode::BAD_REQUEST,
        [(header::CONNECTION, "close")],
        "400 Bad Request: a request needs exactly one valid Host header\n",
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(version: Version, hosts: &[&str]) -> Request<()> {
        let mut request = Request::builder().version(version).uri("/help");
        for host in hosts {
            request = request.header(header::HOST, *host);
        }
        request.body(()).unwrap()
    }

    #[test]
    fn exactly_one_valid_host_is_required_of_http_1_1() {
        let v11 = Version::HTTP_11;
        for ok in [
            &["unpause.example"][..],
            &["127.0.0.1:8080"],
            &["[::1]:80"],
            &[""],
        ] {
            assert!(has_one_valid_host(&request(v11, ok)), "{ok:?}");
        }
        for bad in [
            &[][..],
            &["a.example", "a.example"],
            &["a.example", "b.example"],
            &["user@a.example"],
            &["a.example/path"],
            &["a example"],
        ] {
            assert!(!has_one_valid_host(&request(v11, bad)), "{bad:?}");
        }
    }

    #[test]
    fn http_1_0_may_omit_the_host_but_not_send_two() {
        let v10 = Version::HTTP_10;
        assert!(has_one_valid_host(&request(v10, &[])));
        assert!(!has_one_valid_host(&request(v10, &["a", "b"])));
    }
}
