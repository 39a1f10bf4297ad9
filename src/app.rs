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
use crate::web::api::ApiToken;
use crate::web::limits::PostLimiter;

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
    /// The internal API's bearer token; `None` refuses every API call.
    pub api_token: Option<ApiToken>,
    /// How fast each client may post to the public listener.
    pub post_limiter: PostLimiter,
}

/// The two listeners a running portal serves.
#[derive(Debug)]
pub struct Listeners {
    /// Pages for visitors.
    pub public: TcpListener,
    /// The ACME server's API, metrics and health checks.
    pub internal: TcpListener,
}

impl App {
    /// Binds the listener first (so a port clash fails before any other
    /// work), then loads keys and locales and opens the store.
    pub async fn build(
        settings: Settings,
        open_store: impl Future<Output = anyhow::Result<Arc<dyn Store>>>,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<(Arc<Self>, Listeners)> {
        let public = TcpListener::bind(settings.listen)
            .await
            .with_context(|| format!("cannot listen on {}", settings.listen))?;
        let internal = TcpListener::bind(settings.internal_listen)
            .await
            .with_context(|| format!("cannot listen on {} (internal)", settings.internal_listen))?;
        let bound = public.local_addr().context("reading the bound address")?;
        let keys = KeySet::load(&settings.key_files)?;
        let mut app = Self::new(settings, bound, keys, open_store.await?, clock)?;
        app.api_token = match &app.settings.internal_token_file {
            Some(path) => Some(ApiToken::read(path)?),
            None => {
                tracing::warn!("no --internal-token-file: the internal API refuses every call");
                None
            }
        };
        Ok((Arc::new(app), Listeners { public, internal }))
    }

    /// An `App` without a listener, for commands that mint links.
    pub fn new(
        settings: Settings,
        bound: SocketAddr,
        keys: KeySet,
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<Self> {
        // Installs the process's metrics recorder before the first request.
        let _ = crate::metrics::handle();
        Ok(Self {
            post_limiter: PostLimiter::new(
                settings.limits.posts_per_minute,
                settings.limits.posts_burst,
            ),
            public_url: settings.public_base(bound),
            settings,
            keys,
            store,
            i18n: I18n::load().context("loading locales")?,
            clock,
            api_token: None,
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

/// Serves `app` on both listeners until `shutdown` resolves, then lets
/// requests in flight finish.
pub async fn serve(
    app: Arc<App>,
    listeners: Listeners,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let sender = crate::mail::Sender::new(app.clone()).context("notification email")?;
    let cleaner = tokio::spawn(housekeeping(app.clone()));
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let stop_on = |mut stopped: tokio::sync::watch::Receiver<bool>| async move {
        let _ = stopped.wait_for(|stop| *stop).await;
    };
    let sender = match sender {
        Some(sender) => Some(tokio::spawn(sender.run(stop_on(stopped.clone())))),
        None => {
            tracing::info!(
                "no SMTP URL: notification emails wait in the outbox for a sender that has one"
            );
            None
        }
    };
    tokio::spawn(async move {
        shutdown.await;
        let _ = stop.send(true);
    });
    let public = web::server::serve(
        listeners.public,
        web::router(app.clone()),
        stop_on(stopped.clone()),
    );
    let internal = web::server::serve(listeners.internal, web::api::router(app), stop_on(stopped));
    let (public, internal) = tokio::join!(public, internal);
    cleaner.abort();
    if let Some(sender) = sender {
        // A message being sent finishes and is recorded before exit.
        let _ = sender.await;
    }
    public.context("serving the public listener")?;
    internal.context("serving the internal listener")
}

/// How long finished notifications stay visible in `status`.
const NOTIFICATION_HISTORY: Duration = Duration::days(90);

/// Deletes expired sessions, policy state that carries no information any
/// more and old notification history, now and then; any instance may do it.
async fn housekeeping(app: Arc<App>) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        every.tick().await;
        app.post_limiter.forget_idle();
        match app.store.delete_expired_sessions().await {
            Ok(0) => {}
            Ok(n) => tracing::debug!(deleted = n, "expired sessions removed"),
            Err(err) => tracing::warn!(error = %err, "removing expired sessions failed"),
        }
        let cutoff = app.clock.now() - app.settings.policy.memory();
        match app.store.expire_policy_state(cutoff).await {
            Ok(0) => {}
            Ok(n) => tracing::debug!(deleted = n, "stale policy state removed"),
            Err(err) => tracing::warn!(error = %err, "removing stale policy state failed"),
        }
        let cutoff = app.clock.now() - NOTIFICATION_HISTORY;
        match app.store.purge_notifications(cutoff).await {
            Ok(0) => {}
            Ok(n) => tracing::debug!(deleted = n, "old notification history removed"),
            Err(err) => tracing::warn!(error = %err, "removing notification history failed"),
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
