//! The connection pool to the ACME server behind the gateway.

use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use axum::body::Body;
use axum::http::{HeaderMap, HeaderName, Request, Response, Uri, header};
use hyper::body::Incoming;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use url::Url;

/// Headers that describe one hop, not the message (RFC 9110 §7.6.1).
const HOP_BY_HOP: [HeaderName; 7] = [
    header::CONNECTION,
    HeaderName::from_static("keep-alive"),
    header::PROXY_AUTHENTICATE,
    header::PROXY_AUTHORIZATION,
    header::TE,
    header::TRAILER,
    header::UPGRADE,
];

/// Why the upstream gave no answer.
#[derive(Debug, thiserror::Error)]
pub enum UpstreamError {
    #[error("the ACME server did not answer within {0:?}")]
    TimedOut(Duration),
    #[error("the ACME server cannot be reached: {0}")]
    Unreachable(#[source] hyper_util::client::legacy::Error),
}

/// The upstream ACME server: its origin and a pool of kept-alive
/// connections to it.
#[derive(Debug, Clone)]
pub struct Upstream {
    origin: Url,
    client: Client<HttpsConnector<HttpConnector>, Body>,
    timeout: Duration,
}

impl Upstream {
    /// A pool to `origin`, trusting the certificates in `ca_file` (PEM), or
    /// the public web roots without one.
    pub fn new(origin: Url, ca_file: Option<&Path>, timeout: Duration) -> anyhow::Result<Self> {
        let mut roots = rustls::RootCertStore::empty();
        match ca_file {
            Some(path) => {
                let certs = CertificateDer::pem_file_iter(path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                for cert in certs {
                    let cert = cert.with_context(|| format!("{}: not PEM", path.display()))?;
                    roots
                        .add(cert)
                        .with_context(|| format!("{}: not a CA certificate", path.display()))?;
                }
                if roots.is_empty() {
                    anyhow::bail!("{} holds no certificate", path.display());
                }
            }
            None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
        }
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .context("TLS versions")?
            .with_root_certificates(roots)
            .with_no_client_auth();
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .build();
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(60))
            .build(connector);
        Ok(Self {
            origin,
            client,
            timeout,
        })
    }

    /// Sends a request as the client made it, to the upstream: same method,
    /// path, headers (the `Host` included, so the upstream builds its URLs
    /// for the gateway's name) and body; only hop-by-hop headers go.
    pub async fn send(&self, request: Request<Body>) -> Result<Response<Incoming>, UpstreamError> {
        let (mut parts, body) = request.into_parts();
        parts.uri = self.uri(&parts.uri);
        strip_hop_by_hop(&mut parts.headers);
        let sent = self.client.request(Request::from_parts(parts, body));
        match tokio::time::timeout(self.timeout, sent).await {
            Err(_) => Err(UpstreamError::TimedOut(self.timeout)),
            Ok(Err(err)) => Err(UpstreamError::Unreachable(err)),
            Ok(Ok(mut response)) => {
                strip_hop_by_hop(response.headers_mut());
                Ok(response)
            }
        }
    }

    /// The upstream URI for a request's path and query.
    fn uri(&self, uri: &Uri) -> Uri {
        let path = uri.path_and_query().map_or("/", |p| p.as_str());
        let origin = self.origin.as_str().trim_end_matches('/');
        format!("{origin}{path}").parse().unwrap_or_default()
    }
}

fn strip_hop_by_hop(headers: &mut HeaderMap) {
    // Headers a `Connection` header names are hop-by-hop too.
    let named: Vec<HeaderName> = headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|name| HeaderName::from_bytes(name.trim().as_bytes()).ok())
        .collect();
    for name in HOP_BY_HOP.iter().chain(&named) {
        headers.remove(name);
    }
}
