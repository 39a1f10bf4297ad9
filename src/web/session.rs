//! The portal session: a typed wrapper over tower-sessions, stored in the
//! shared database. It holds the last unpause result, for the page after a
//! post; only a post creates one (CSRF needs none: `web::csrf`).

use std::sync::Arc;

use async_trait::async_trait;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use tower_sessions::cookie::SameSite;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};
use tower_sessions::{Expiry, Session, SessionManagerLayer};

use super::PageError;
use crate::app::App;
use crate::unpause::UnpauseReport;

const RESULT_KEY: &str = "unpause_result";
const COOKIE_NAME: &str = "unpause_session";

/// A visit lasts at most this long without activity; long enough to read
/// the page and the help, short enough that a stolen cookie is stale.
const IDLE_EXPIRY: time::Duration = time::Duration::hours(1);

/// The session layer for token pages.
pub fn layer(app: &App) -> SessionManagerLayer<SharedSessions> {
    SessionManagerLayer::new(SharedSessions(app.store.session_store()))
        .with_name(super::cookies::name(app, COOKIE_NAME))
        .with_http_only(true)
        // Strict: the cookie never rides on a request another site starts,
        // which is a second wall behind the CSRF token.
        .with_same_site(SameSite::Strict)
        .with_secure(app.secure_cookies())
        .with_path(super::cookies::token_pages_path(app))
        .with_expiry(Expiry::OnInactivity(IDLE_EXPIRY))
}

/// The typed session handlers use; no string keys outside this module.
#[derive(Debug)]
pub struct PortalSession(Session);

impl<S: Send + Sync> FromRequestParts<S> for PortalSession {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, PageError> {
        Session::from_request_parts(parts, state)
            .await
            .map(Self)
            .map_err(|(_, msg)| PageError::Internal(anyhow::anyhow!("session layer: {msg}")))
    }
}

fn session_error(err: tower_sessions::session::Error) -> PageError {
    use tower_sessions::session::Error as Session;
    use tower_sessions::session_store::Error as Stored;
    match err {
        // The only store is the database: its failures are an outage.
        Session::Store(Stored::Backend(cause)) => PageError::Session(cause),
        // Encoding and decoding failures are bugs.
        other => PageError::Internal(anyhow::anyhow!("session: {other}")),
    }
}

impl PortalSession {
    /// Keeps `report` for the result page, under a new session ID: a
    /// session cookie planted before the post (by a sibling domain, or a
    /// shared computer's previous user) must not learn what this visitor did.
    pub async fn set_result(&self, report: UnpauseReport) -> Result<(), PageError> {
        // A post without a session cookie starts a fresh ID anyway.
        if self.0.id().is_some() {
            self.0.cycle_id().await.map_err(session_error)?;
        }
        self.0
            .insert(RESULT_KEY, report)
            .await
            .map_err(session_error)
    }

    /// The last result, removed so a reload shows it only once.
    pub async fn take_result(&self) -> Result<Option<UnpauseReport>, PageError> {
        self.0.remove(RESULT_KEY).await.map_err(session_error)
    }
}

/// A clonable handle on the store's session backend, as tower-sessions
/// needs a concrete `Clone` type.
#[derive(Debug, Clone)]
pub struct SharedSessions(Arc<dyn SessionStore>);

#[async_trait]
impl SessionStore for SharedSessions {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        self.0.create(record).await
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.0.save(record).await
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        self.0.load(id).await
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        self.0.delete(id).await
    }
}
