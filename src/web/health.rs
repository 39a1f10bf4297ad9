//! Health checks for load balancers and orchestrators, in plain text.
//!
//! `/healthz` says the process serves requests; `/readyz` also needs the
//! database, so a load balancer stops sending visitors to an instance that
//! cannot reach it and sends them again once it can.

use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::web::{AppState, paths};

/// A readiness probe must answer before the prober gives up on it.
const READY_TIMEOUT: Duration = Duration::from_secs(2);

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::HEALTHZ, get(healthz_get))
        .route(paths::READYZ, get(readyz_get))
}

fn plain(status: StatusCode, body: &'static str) -> Response {
    (
        status,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response()
}

async fn healthz_get() -> Response {
    plain(StatusCode::OK, "ok\n")
}

async fn readyz_get(State(AppState(app)): State<AppState>) -> Response {
    match tokio::time::timeout(READY_TIMEOUT, app.store.ping()).await {
        Ok(Ok(())) => plain(StatusCode::OK, "ready\n"),
        Ok(Err(err)) => {
            tracing::warn!(error = %err, "not ready: database");
            plain(StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
        Err(_) => {
            tracing::warn!("not ready: database did not answer in time");
            plain(StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
    }
}
