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
    let settings = &app.settings;
    let connections = connections_per_listener(
        settings.limits.connections,
        descriptor_limit(),
        settings.db_max_connections,
    );
    let public_limits = web::server::ListenerLimits::public(
        &settings.limits,
        &settings.trusted_proxies,
        connections,
    );
    let internal_limits = web::server::ListenerLimits::internal(&settings.limits, connections);
    let public = web::server::serve(
        listeners.public,
        web::router(app.clone()),
        public_limits,
        stop_on(stopped.clone()),
    );
    let internal = web::server::serve(
        listeners.internal,
        web::api::router(app),
        internal_limits,
        stop_on(stopped),
    );
    let (public, internal) = tokio::join!(public, internal);
    cleaner.abort();
    if let Some(sender) = sender {
        // A message being sent finishes and is recorded before exit.
        let _ = sender.await;
    }
    public.context("serving the public listener")?;
    internal.context("serving the internal listener")
}

/// Descriptors kept back from connections: listeners, log, files read at
/// start, SQLite's WAL files, the SMTP connection, with room to spare.
const RESERVED_DESCRIPTORS: u64 = 64;

/// Raises the soft limit on open files to the hard one and returns it.
/// systemd's default soft limit is 1,024 (its hard limit 524,288): a few
/// hundred slow clients would otherwise exhaust it, and then no connection
/// at all is accepted, the ACME server's included.
pub(crate) fn descriptor_limit() -> Option<u64> {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, getrlimit, setrlimit};
        let limit = getrlimit(Resource::Nofile);
        if limit.current != limit.maximum {
            let raised = rustix::process::Rlimit {
                current: limit.maximum,
                maximum: limit.maximum,
            };
            if let Err(err) = setrlimit(Resource::Nofile, raised) {
                tracing::debug!(error = %err, "raising the open file limit failed");
            }
        }
        getrlimit(Resource::Nofile).current
    }
    #[cfg(not(unix))]
    None
}

/// Connections each listener may hold: `wanted`, or fewer so that both
/// listeners, the database pool and the reserve fit in the descriptor
/// `limit` (`None`: unlimited). Past the limit `accept` fails, so a cap
/// above it would be no cap.
pub(crate) fn connections_per_listener(
    wanted: u32,
    limit: Option<u64>,
    db_connections: u32,
) -> usize {
    let wanted = u64::from(wanted.max(1));
    let Some(limit) = limit else {
        return usize::try_from(wanted).unwrap_or(usize::MAX);
    };
    let spare = limit.saturating_sub(RESERVED_DESCRIPTORS + u64::from(db_connections));
    let fits = (spare / 2).max(1);
    if fits < wanted {
        tracing::warn!(
            open_file_limit = limit,
            connections = fits,
            configured = wanted,
            "the open file limit allows fewer connections than limits.connections; \
             raise it (LimitNOFILE= under systemd)"
        );
    }
    usize::try_from(wanted.min(fits)).unwrap_or(usize::MAX)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_fit_the_open_file_limit_beside_the_pool_and_the_reserve() {
        assert_eq!(connections_per_listener(4096, None, 10), 4096);
        assert_eq!(connections_per_listener(4096, Some(524_288), 10), 4096);
        // systemd's default soft limit, had it not been raised.
        assert_eq!(connections_per_listener(4096, Some(1024), 10), 475);
        assert_eq!(connections_per_listener(4096, Some(10), 10), 1);
        assert_eq!(connections_per_listener(0, None, 10), 1);
    }
}
