//! A real ACME server behind the gateway, for the real-client tests:
//! Debian's `pebble` and `pebble-challtestsrv` (its DNS answers 127.0.0.1
//! for every name) on loopback ports, TLS certificates made by `openssl`
//! for the test, and the gateway in front on an ephemeral port.
//! `scripts/test` installs the packages; a test that cannot start them
//! fails with the reason.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use acme_unpause::app::App;
use acme_unpause::gateway;
use acme_unpause::policy::{Clients, Policy, Tier};
use acme_unpause::settings::{GatewaySettings, Settings};
use acme_unpause::web::server::{ListenerLimits, serve, serve_tls};
use tokio::process::{Child, Command};

use crate::helpers::*;

/// A port nothing listens on now (bound, then released).
pub fn free_port() -> u16 {
    let socket = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    socket.local_addr().unwrap().port()
}

fn run(program: &str, args: &[&str], dir: &Path) {
    let status = std::process::Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("cannot run {program} (see scripts/test): {e}"));
    assert!(status.success(), "{program} {args:?} failed");
}

/// A test CA and a certificate from it for localhost and 127.0.0.1: Pebble
/// and the gateway serve it, clients and the gateway trust the CA.
fn make_certificates(dir: &Path) {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
    ];
    let mut ca = vec!["req", "-x509"];
    ca.extend(ec);
    ca.extend([
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=acme-unpause test CA",
    ]);
    run("openssl", &ca, dir);
    let mut csr = vec!["req"];
    csr.extend(ec);
    csr.extend([
        "-keyout",
        "leaf.key",
        "-out",
        "leaf.csr",
        "-subj",
        "/CN=localhost",
    ]);
    run("openssl", &csr, dir);
    std::fs::write(
        dir.join("leaf.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    run(
        "openssl",
        &[
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "leaf.pem",
            "-days",
            "2",
            "-extfile",
            "leaf.ext",
        ],
        dir,
    );
}

/// The pausing policy of these tests: a pair is paused on its second
/// failure, whatever the account's age.
pub fn quick_policy() -> Policy {
    Policy {
        tiers: vec![Tier {
            name: "test".into(),
            every: time::Duration::hours(1),
            burst: 1,
            clients: Clients::Any,
        }],
        min_account_age: time::Duration::ZERO,
        ..Policy::default()
    }
}

pub struct AcmeEnv {
    pub app: TestApp,
    pub dir: tempfile::TempDir,
    /// The gateway's directory URL, as clients are given it.
    pub directory: String,
    /// Where Pebble fetches HTTP-01 challenges: a client that answers here
    /// passes, one that listens elsewhere fails.
    pub http01_port: u16,
    pub ca: PathBuf,
    _pebble: Child,
    _challtestsrv: Child,
}

impl AcmeEnv {
    /// Pebble, the portal (`options`, with [`quick_policy`] unless set) and
    /// the gateway in front of Pebble.
    pub async fn start(mut options: Options) -> Self {
        let dir = tempfile::tempdir().unwrap();
        make_certificates(dir.path());
        let (dns, management) = (free_port(), free_port());
        let challtestsrv = Command::new("pebble-challtestsrv")
            .args([
                "-http01",
                "",
                "-https01",
                "",
                "-tlsalpn01",
                "",
                "-defaultIPv6",
                "",
            ])
            .args(["-dns01", &format!("127.0.0.1:{dns}")])
            .args(["-management", &format!("127.0.0.1:{management}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run pebble-challtestsrv (see scripts/test): {e}"));
        let (listen, pebble_management, http01_port) = (free_port(), free_port(), free_port());
        let config = serde_json::json!({"pebble": {
            "listenAddress": format!("127.0.0.1:{listen}"),
            "managementListenAddress": format!("127.0.0.1:{pebble_management}"),
            "certificate": dir.path().join("leaf.pem"),
            "privateKey": dir.path().join("leaf.key"),
            "httpPort": http01_port,
            "tlsPort": free_port(),
            "ocspResponderURL": "",
            "externalAccountBindingRequired": false
        }});
        std::fs::write(dir.path().join("pebble.json"), config.to_string()).unwrap();
        let pebble = Command::new("pebble")
            .arg("-config")
            .arg(dir.path().join("pebble.json"))
            .args(["-dnsserver", &format!("127.0.0.1:{dns}")])
            // Deterministic runs: no random nonce rejections, no sleeps
            // before validating, no reuse of earlier authorizations.
            .env("PEBBLE_WFE_NONCEREJECT", "0")
            .env("PEBBLE_VA_NOSLEEP", "1")
            .env("PEBBLE_AUTHZREUSE", "0")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run pebble (see scripts/test): {e}"));
        let ca = dir.path().join("ca.pem");
        wait_for_directory(&format!("https://localhost:{listen}/dir"), &ca).await;
        options.policy = options.policy.or_else(|| Some(quick_policy()));
        let app = spawn_app_with(options).await;
        let gateway = GatewaySettings {
            upstream: Some(format!("https://localhost:{listen}/").parse().unwrap()),
            upstream_ca: Some(ca.clone()),
            directory_path: "/dir".into(),
            ..GatewaySettings::default()
        };
        let port = serve_gateway(&app, gateway, dir.path()).await;
        Self {
            app,
            directory: format!("https://localhost:{port}/dir"),
            http01_port,
            ca,
            dir,
            _pebble: pebble,
            _challtestsrv: challtestsrv,
        }
    }

    /// A folder of the test's for a client's files.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// Runs the gateway for `app` over TLS on an ephemeral port; returns it.
pub async fn serve_gateway(app: &TestApp, gateway: GatewaySettings, certs: &Path) -> u16 {
    let settings = Settings {
        gateway,
        ..app.settings.clone()
    };
    let gateway_app = App::new(
        settings,
        app.base.clone(),
        app.keys.clone(),
        app.store.clone(),
        app.clock.clone(),
    )
    .unwrap();
    let (gateway, _recorder) = gateway::start(Arc::new(gateway_app)).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let router = gateway::router(gateway);
    let limits = ListenerLimits::gateway(&app.settings.limits, &[], 1024);
    if certs.join("leaf.pem").exists() {
        let tls = gateway::tls::acceptor(&certs.join("leaf.pem"), &certs.join("leaf.key")).unwrap();
        tokio::spawn(serve_tls(
            listener,
            tls,
            router,
            limits,
            std::future::pending(),
        ));
    } else {
        tokio::spawn(serve(listener, router, limits, std::future::pending()));
    }
    port
}

async fn wait_for_directory(url: &str, ca: &Path) {
    // Installs the TLS crypto provider reqwest is built without.
    let _ = client();
    let cert = reqwest::Certificate::from_pem(&std::fs::read(ca).unwrap()).unwrap();
    let client = reqwest::Client::builder()
        .add_root_certificate(cert)
        .build()
        .unwrap();
    for _ in 0..100 {
        if client
            .get(url)
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("pebble did not serve {url} within 10 s");
}

/// What a client run printed, stdout and stderr together as a person sees
/// them in a terminal.
pub struct Run {
    pub success: bool,
    pub output: String,
}

/// Runs a client, at most 120 s.
pub async fn run_client(command: &mut Command) -> Run {
    let output = tokio::time::timeout(
        Duration::from_secs(120),
        command.kill_on_drop(true).output(),
    )
    .await
    .expect("the ACME client did not finish within 120 s")
    .unwrap_or_else(|e| panic!("cannot run the ACME client (see scripts/test): {e}"));
    Run {
        success: output.status.success(),
        output: format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

/// Waits until `check` holds, at most 30 s: the gateway records outcomes
/// in the background (and, after a database outage, retries with backoff).
pub async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..300 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{what}: not within 30 s");
}
