//! `serve`: run the portal. Binding the listeners, the background work
//! (housekeeping, the notification sender) and a graceful shutdown live
//! here, not in `App`, which stays plain data.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use clap::Args;
use time::Duration;
use tokio::net::TcpListener;

use crate::app::App;
use crate::clock::{Clock, SystemClock};
use crate::settings::Settings;
use crate::store::{Schema, Store};
use crate::token::{ApiToken, KeySet};
use crate::web;

/// Serve the portal until Ctrl-C or SIGTERM. Applies pending database
/// migrations first (unless --no-migrate); needs at least one --key-file.
#[derive(Debug, Args)]
pub struct Opts {
    /// Do not touch the schema; only check that `acme-unpause migrate` has
    /// been run. For a database user without the right to create tables.
    #[arg(long, env = "ACME_UNPAUSE_NO_MIGRATE")]
    pub no_migrate: bool,
}

pub async fn run(settings: Settings, opts: Opts) -> anyhow::Result<()> {
    let schema = if opts.no_migrate {
        Schema::Check
    } else {
        Schema::Migrate
    };
    let open = super::open_store(&settings, schema);
    let (app, listeners) = start(settings, open, Arc::new(SystemClock)).await?;
    let bound = listeners.public.local_addr()?;
    let internal = listeners.internal.local_addr()?;
    tracing::info!(listen = %bound, internal = %internal, public_url = %app.public_url, "portal ready");
    serve(app, listeners, shutdown_signal()).await
}

/// The two listeners a running portal serves.
#[derive(Debug)]
pub struct Listeners {
    /// Pages for visitors.
    pub public: TcpListener,
    /// The ACME server's API, metrics and health checks.
    pub internal: TcpListener,
}

/// Binds the listeners first (so a port clash fails before any other
/// work), then loads keys, the API token and locales and opens the store.
pub async fn start(
    settings: Settings,
    open_store: impl Future<Output = anyhow::Result<Arc<dyn Store>>>,
    clock: Arc<dyn Clock>,
) -> anyhow::Result<(Arc<App>, Listeners)> {
    let listeners = bind(&settings).await?;
    start_bound(listeners, settings, open_store, clock).await
}

/// Binds both listeners. A port already taken is named with the flag and
/// setting that move it: newcomers meet this first, with the demo's fixed
/// ports.
pub async fn bind(settings: &Settings) -> anyhow::Result<Listeners> {
    async fn listen(addr: SocketAddr, flag: &str, key: &str) -> anyhow::Result<TcpListener> {
        TcpListener::bind(addr).await.map_err(|err| {
            if err.kind() == std::io::ErrorKind::AddrInUse {
                anyhow::anyhow!(
                    "{addr} is in use: choose another with {flag} ADDR (setting `{key}`), e.g. {flag} 127.0.0.1:0 for any free port"
                )
            } else {
                anyhow::Error::new(err).context(format!("cannot listen on {addr} ({flag})"))
            }
        })
    }
    Ok(Listeners {
        public: listen(settings.listen, "--listen", "listen").await?,
        internal: listen(
            settings.internal_listen,
            "--internal-listen",
            "internal_listen",
        )
        .await?,
    })
}

/// [`start`] on listeners already bound.
pub async fn start_bound(
    listeners: Listeners,
    settings: Settings,
    open_store: impl Future<Output = anyhow::Result<Arc<dyn Store>>>,
    clock: Arc<dyn Clock>,
) -> anyhow::Result<(Arc<App>, Listeners)> {
    let Listeners { public, internal } = listeners;
    let bound = public.local_addr().context("reading the bound address")?;
    let keys = KeySet::load(&settings.key_files)?;
    let api_token = match &settings.internal_token_file {
        Some(path) => Some(ApiToken::read(path)?),
        None => {
            tracing::warn!("no --internal-token-file: the internal API refuses every call");
            None
        }
    };
    let public_url = settings.public_base(bound);
    let mut app = App::new(settings, public_url, keys, open_store.await?, clock)?;
    app.api_token = api_token;
    Ok((Arc::new(app), Listeners { public, internal }))
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
