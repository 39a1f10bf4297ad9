//! `App`: the shared state of a running portal, and how it is built and served.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use time::Duration;
use tokio::net::TcpListener;

use crate::clock::Clock;
use crate::config::Settings;
use crate::domain::{AccountId, Identifier};
use crate::i18n::I18n;
use crate::store::Store;
use crate::token::{self, KeySet, MintError};
use crate::web;

/// Everything a request handler may need. Immutable after start-up apart
/// from what lives in the database, so instances are interchangeable.
#[derive(Debug)]
pub struct App {
    pub settings: Settings,
    /// Base URL of the portal, without a trailing slash; also its origin,
    /// as configuration refuses a path.
    pub public_url: String,
    pub keys: KeySet,
    pub store: Arc<dyn Store>,
    pub i18n: I18n,
    pub clock: Arc<dyn Clock>,
}

impl App {
    /// Binds the listener first (so a port clash fails before any other
    /// work), then loads keys and locales and opens the store.
    pub async fn build(
        settings: Settings,
        open_store: impl Future<Output = anyhow::Result<Arc<dyn Store>>>,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<(Arc<Self>, TcpListener)> {
        let listener = TcpListener::bind(settings.listen)
            .await
            .with_context(|| format!("cannot listen on {}", settings.listen))?;
        let bound = listener.local_addr().context("reading the bound address")?;
        let keys = KeySet::load(&settings.key_files)?;
        let store = open_store.await?;
        let app = Self::new(settings, bound, keys, store, clock)?;
        Ok((Arc::new(app), listener))
    }

    /// An `App` without a listener, for commands that mint links.
    pub fn new(
        settings: Settings,
        bound: SocketAddr,
        keys: KeySet,
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<Self> {
        Ok(Self {
            public_url: settings.public_base(bound),
            settings,
            keys,
            store,
            i18n: I18n::load().context("loading locales")?,
            clock,
        })
    }

    /// Mints a full unpause link for `account` and `identifiers`.
    pub fn mint_link(
        &self,
        account: AccountId,
        identifiers: &[Identifier],
        lifetime: Duration,
    ) -> Result<String, MintError> {
        let jwt = token::mint(&self.keys, account, identifiers, self.clock.now(), lifetime)?;
        Ok(web::unpause_link(&self.public_url, &jwt))
    }

    /// Whether session cookies must carry `Secure`: when visitors reach the
    /// portal over https (directly or through a TLS-terminating proxy).
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// Serves `app` on `listener` until `shutdown` resolves, then lets requests
/// in flight finish.
pub async fn serve(
    app: Arc<App>,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let cleaner = tokio::spawn(clean_sessions(app.clone()));
    let router = web::router(app);
    let result = axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
    .context("serving HTTP");
    cleaner.abort();
    result
}

/// Deletes expired sessions now and then; any instance may do it.
async fn clean_sessions(app: Arc<App>) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        every.tick().await;
        match app.store.delete_expired_sessions().await {
            Ok(0) => {}
            Ok(n) => tracing::debug!(deleted = n, "expired sessions removed"),
            Err(err) => tracing::warn!(error = %err, "removing expired sessions failed"),
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sig) => {
                sig.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down; finishing requests in flight");
}
