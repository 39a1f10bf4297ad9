//! Static assets, embedded in the binary. Only embedded names resolve, so a
//! path cannot reach the file system.

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::web::{AppState, PageError, paths};

#[derive(rust_embed::Embed)]
#[folder = "static/"]
struct Assets;

pub fn router() -> Router<AppState> {
    Router::new().route(paths::STATIC, get(asset_get))
}

async fn asset_get(Path(file): Path<String>) -> Result<Response, PageError> {
    let asset = Assets::get(&file).ok_or(PageError::NotFound)?;
    let mime = match file.rsplit_once('.').map(|(_, ext)| ext) {
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    };
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(mime)),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        asset.data.into_owned(),
    )
        .into_response())
}
