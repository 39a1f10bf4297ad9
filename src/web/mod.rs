//! HTTP: routers, middleware and page handlers. No SQL here; handlers call
//! the `unpause` and `pausing` capabilities and pick a view.

pub mod api;
pub mod client_ip;
mod connections;
mod cookies;
mod csrf;
mod deadline;
mod error;
mod extract;
mod health;
mod lang;
pub mod limits;
pub(crate) mod pages;
mod result;
pub mod server;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::http::{HeaderName, HeaderValue, Request, header};
use axum::middleware;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestId, RequestId, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::app::App;
pub use error::PageError;

/// Route paths. The three `/sfe/v1/` paths are Boulder's and appear in links
/// already sent; they cannot change.
pub mod paths {
    pub use crate::links::{FIND_LINK, HELP, UNPAUSE};
    pub const DO_UNPAUSE: &str = "/sfe/v1/do-unpause";
    pub const UNPAUSE_STATUS: &str = "/sfe/v1/unpause-status";
    pub const HOME: &str = "/";
    pub const HEALTHZ: &str = "/healthz";
    pub const READYZ: &str = "/readyz";
    pub const STATIC: &str = "/static/{file}";
    pub const STYLESHEET: &str = "/static/style.css";

    /// Pages a visitor can be sent back to after switching language.
    pub const PAGES: &[&str] = &[HOME, HELP, UNPAUSE, UNPAUSE_STATUS];
}

/// For the fuzz targets: the unpause form parser on a raw body.
#[doc(hidden)]
pub fn fuzz_unpause_form(body: &[u8]) {
    let _ = extract::parse_form(body, None);
}

/// Shared state handed to every handler.
#[derive(Clone, Debug)]
pub struct AppState(pub Arc<App>);

/// Largest request body accepted. A form with every listed name ticked is
/// about 30 KiB; the cap keeps hostile bodies from costing memory.
const BODY_LIMIT: usize = 256 * 1024;

/// Stops the content from being framed, sniffed or leaking the token.
/// `default-src 'none'`: the pages need nothing but their own stylesheet and
/// images; forms post only to this origin.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// A year, the host only: sibling hosts of the CA's domain may still be
/// served over http, so no `includeSubDomains`.
const HSTS: &str = "max-age=31536000";

pub fn router(app: Arc<App>) -> Router {
    let state = AppState(app.clone());
    let limiter = Arc::new(limits::PostLimiter::new(
        app.settings.limits.posts_per_minute,
        app.settings.limits.posts_burst,
    ));
    let views = Arc::new(limits::ViewLimiter::new(&app.settings.limits));
    let token_pages = pages::unpause::router()
        // Before the page reads anything; inside the
        // renderer (merged below) for the localised 429 page.
        .layer(middleware::from_fn_with_state(
            (state.clone(), views),
            limits::limit_views,
        ))
        // The token is a credential: no cache may keep a page that shows it.
        .layer(no_store());

    // Layers run outside-in from the bottom of this list: the request ID is
    // set first so the access log and the error page both carry it; the
    // error renderer sits outside the panic catcher so a panic still becomes
    // a localised 500 page.
    let routes = Router::new()
        .merge(token_pages)
        .merge(pages::info::router())
        // Its 303 carries the token in `Location`, its 422 answers a paste.
        .merge(pages::find_link::router().layer(no_store()))
        .merge(pages::assets::router())
        .fallback(pages::not_found)
        .layer(CatchPanicLayer::new())
        // Inside the renderer, so an oversized body gets the localised 413.
        // (A body that trickles in is cut off by the server's deadline, and
        // the extractor's 400 rendered here too.)
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        // Inside the renderer, for the localised 503 "try again" page.
        .layer(request_timeout(&app))
        // Before any body is read; inside the renderer for the 429 page.
        .layer(middleware::from_fn_with_state(
            (state.clone(), limiter),
            limits::limit_posts,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            error::render_error_pages,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            lang::remember_language,
        ));
    // Health checks answer in plain text, outside the error-page renderer.
    let routes = with_security_headers(routes.merge(health::router()));
    // Only behind https: over plain http browsers ignore the header, and a
    // portal on loopback must not pin its host name to https.
    let routes = if app.secure_cookies() {
        routes.layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        ))
    } else {
        routes
    };
    routes
        .layer(middleware::from_fn(|request, next| {
            track_request("public", request, next)
        }))
        .layer(
            TraceLayer::new_for_http()
                // Path only: the query string carries the token. Links
                // mangled on the way (`unpause%3Fjwt%3D…`, `unpause/…`) put
                // it in the path, so tokens are cut out of that too.
                .make_span_with(|req: &Request<_>| {
                    let id = req
                        .extensions()
                        .get::<RequestId>()
                        .and_then(|id| id.header_value().to_str().ok())
                        .unwrap_or("-")
                        .to_owned();
                    tracing::info_span!("request", method = %req.method(), path = %crate::redact::tokens(req.uri().path()), id)
                }),
        )
        .layer(SetRequestIdLayer::new(
            HeaderName::from_static("x-request-id"),
            RequestIds::default(),
        ))
        .with_state(state)
}

/// `Cache-Control: no-store`, for answers that carry or answer a link token.
fn no_store() -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))
}

/// The whole-request deadline of either listener: a request still not
/// answered after `limits.request_timeout` gets 503. What it cuts off has
/// committed its batches (an unpause is batched), so trying again finishes.
pub(crate) fn request_timeout(app: &App) -> TimeoutLayer {
    TimeoutLayer::with_status_code(
        axum::http::StatusCode::SERVICE_UNAVAILABLE,
        app.settings.limits.request_timeout,
    )
}

/// Counts a request and its latency by listener, route template (never the
/// path: it would carry tokens and unbounded labels) and status.
pub(crate) async fn track_request(
    listener: &'static str,
    request: axum::extract::Request,
    next: middleware::Next,
) -> axum::response::Response {
    let route = request
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    ::metrics::counter!(
        crate::metrics::HTTP_REQUESTS,
        "listener" => listener,
        "route" => route.clone(),
        "status" => status
    )
    .increment(1);
    ::metrics::histogram!(
        crate::metrics::HTTP_DURATION,
        "listener" => listener,
        "route" => route
    )
    .record(started.elapsed().as_secs_f64());
    response
}

/// Headers every response carries, pages and errors alike.
fn with_security_headers<S: Clone + Send + Sync + 'static>(router: Router<S>) -> Router<S> {
    let set = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
    };
    router
        .layer(set(header::CONTENT_SECURITY_POLICY, CSP))
        // The token is in the URL: a Referer carries the origin alone, to
        // other sites and to this one (whose proxy may log Referers). Not
        // "no-referrer": under it browsers send `Origin: null` with the
        // unpause form, which the same-origin check must refuse.
        .layer(set(header::REFERRER_POLICY, "strict-origin"))
        .layer(set(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(set(header::X_FRAME_OPTIONS, "DENY"))
}

/// Request IDs: a per-process random prefix and a counter, unique across
/// instances without coordination and cheap to make.
#[derive(Clone, Debug)]
struct RequestIds {
    prefix: u32,
    next: Arc<AtomicU64>,
}

impl Default for RequestIds {
    fn default() -> Self {
        let mut bytes = [0u8; 4];
        let _ = ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes);
        Self {
            prefix: u32::from_le_bytes(bytes),
            next: Arc::new(AtomicU64::new(1)),
        }
    }
}

impl MakeRequestId for RequestIds {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        HeaderValue::from_str(&format!("{:08x}-{n}", self.prefix))
            .ok()
            .map(RequestId::new)
    }
}
