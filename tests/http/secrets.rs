//! Secrets: link tokens never reach the log at any level, secret files
//! readable by others are warned about, and a rotated key keeps its links
//! working while it is still configured.

use std::path::Path;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration as StdDuration;

use reqwest::StatusCode;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::cli::{BIN, run};
use crate::helpers::{client, csrf_from, same_origin};

/// A `serve` process on a fresh SQLite file, its whole log kept.
struct Server {
    base: String,
    internal: String,
    log: Arc<Mutex<Vec<String>>>,
    _child: Child,
}

impl Server {
    async fn start(dir: &Path, keys: &[&str], log_filter: &str) -> Self {
        let mut command = Command::new(BIN);
        command
            .current_dir(dir)
            .args([
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--internal-listen",
                "127.0.0.1:0",
            ])
            .args([
                "--database-url",
                "sqlite://portal.db",
                "--internal-token-file",
                "api.token",
            ])
            .env("ACME_UNPAUSE_LOG", log_filter)
            .env_remove("ACME_UNPAUSE_KEY_FILE")
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        for key in keys {
            command.args(["--key-file", key]);
        }
        let mut child = command.spawn().unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let log = Arc::new(Mutex::new(Vec::new()));
        let ready = tokio::time::timeout(StdDuration::from_secs(60), async {
            while let Some(line) = lines.next_line().await.unwrap() {
                log.lock().unwrap().push(line.clone());
                if line.contains("portal ready") {
                    return line;
                }
            }
            panic!("serve exited:\n{}", log.lock().unwrap().join("\n"));
        })
        .await
        .expect("serve ready within a minute");
        let field = |name: &str| {
            ready
                .split_whitespace()
                .find_map(|f| f.strip_prefix(name))
                .unwrap()
                .to_owned()
        };
        let (base, internal) = (
            format!("http://{}", field("listen=")),
            format!("http://{}", field("internal=")),
        );
        let keep = log.clone();
        tokio::spawn(async move {
            while let Ok(Some(line)) = lines.next_line().await {
                keep.lock().unwrap().push(line);
            }
        });
        Self {
            base,
            internal,
            log,
            _child: child,
        }
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }
}

/// A link minted by the CLI with `key`, for account 5.
fn mint(dir: &Path, key: &str) -> String {
    let out = run(
        dir,
        &[
            "--key-file",
            key,
            "--database-url",
            "sqlite://portal.db",
            "mint",
            "--account",
            "5",
            "--identifier",
            "a.example",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

fn setup(dir: &Path) {
    for args in [
        &["keygen", "--out", "new.hex"][..],
        &["keygen", "--out", "old.hex"],
        &["keygen", "--out", "api.token"],
        &["--database-url", "sqlite://portal.db", "migrate"],
        &[
            "--database-url",
            "sqlite://portal.db",
            "pause",
            "--account",
            "5",
            "--identifier",
            "a.example",
        ],
    ] {
        let out = run(dir, args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[tokio::test]
async fn link_tokens_never_reach_the_log_even_at_trace_level() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    setup(d);
    let server = Server::start(d, &["new.hex"], "trace").await;
    let link = mint(d, "new.hex").replace("http://127.0.0.1:8080", &server.base);
    let jwt = link.split_once("jwt=").unwrap().1.to_owned();
    let client = client();

    // Every way a token reaches the portal: the page, the form (refused
    // and accepted), the query string of a post, the link finder, a broken
    // and an expired-looking variant, and the internal API's links call.
    let page = client.get(&link).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let csrf = csrf_from(&page.text().await.unwrap());
    let post = |form: Vec<(&'static str, String)>| {
        client
            .post(format!("{}/sfe/v1/do-unpause?jwt={jwt}", server.base))
            .headers(same_origin(&server.base))
            .form(&form)
            .send()
    };
    let refused = post(vec![
        ("jwt", jwt.clone()),
        ("csrf", "wrong".into()),
        ("action", "all".into()),
    ])
    .await
    .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let tampered = format!("{jwt}x");
    let bad = client
        .get(format!("{}/sfe/v1/unpause?jwt={tampered}", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let found = client
        .post(format!("{}/find-link", server.base))
        .form(&[("text", format!("Error: please visit {link} now"))])
        .send()
        .await
        .unwrap();
    assert!(found.status().is_redirection(), "{}", found.status());
    let token = std::fs::read_to_string(d.join("api.token")).unwrap();
    let minted = client
        .post(format!("{}/internal/v1/links", server.internal))
        .bearer_auth(token.trim())
        .json(&serde_json::json!({"account": 5, "identifiers": [{"type": "dns", "value": "a.example"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(minted.status(), StatusCode::OK);
    let done = post(vec![
        ("jwt", jwt.clone()),
        ("csrf", csrf),
        ("action", "all".into()),
    ])
    .await
    .unwrap();
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    tokio::time::sleep(StdDuration::from_millis(300)).await;

    let log = server.log();
    assert!(
        log.contains("/sfe/v1/do-unpause"),
        "the requests were logged:\n{log}"
    );
    let (_, rest) = jwt.split_once('.').unwrap();
    let (payload, signature) = rest.split_once('.').unwrap();
    for secret in [payload, signature, token.trim()] {
        assert!(!log.contains(secret), "a secret is in the log");
    }
}

/// Chat and mail software percent-encode a link's `?jwt=`, and people write
/// it as a path: the token then arrives in the path, which the access log
/// records. At debug such a path is logged (each refused request is), so
/// it must be logged without the token; the two mangled forms lead to the
/// page.
#[tokio::test]
async fn a_token_in_the_path_never_reaches_the_log_and_mangled_links_still_work() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    setup(d);
    let server = Server::start(d, &["new.hex"], "debug").await;
    let link = mint(d, "new.hex").replace("http://127.0.0.1:8080", &server.base);
    let jwt = link.split_once("jwt=").unwrap().1.to_owned();
    let client = client();
    let get = |path: String| {
        client
            .get(format!("{}{path}", server.base))
            .header("referer", &link)
            .send()
    };

    let canonical = format!("/sfe/v1/unpause?jwt={jwt}");
    for mangled in [
        format!("/sfe/v1/unpause%3Fjwt%3D{jwt}"),
        format!("/sfe/v1/unpause%3fjwt%3d{jwt}"),
        format!("/sfe/v1/unpause%3Fjwt={jwt}"),
        format!("/sfe/v1/unpause/{jwt}"),
    ] {
        let response = get(mangled.clone()).await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{mangled}");
        assert_eq!(response.headers()["location"], canonical.as_str());
        assert_eq!(response.headers()["cache-control"], "no-store");
    }
    let page = get(canonical.clone()).await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let without_signature = &jwt[..jwt.rfind('.').unwrap()];
    for unknown in [
        format!("/elsewhere/{jwt}"),
        format!("/sfe/v1/unpause%3Fjwt%3D{}", &jwt[..jwt.len() - 5]),
        format!("/sfe/v1/unpause/{without_signature}"),
    ] {
        let response = get(unknown.clone()).await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{unknown}");
    }
    tokio::time::sleep(StdDuration::from_millis(300)).await;

    let log = server.log();
    assert!(
        log.contains("/elsewhere/[link token]"),
        "the 404 was logged, token cut out:\n{log}"
    );
    let (_, rest) = jwt.split_once('.').unwrap();
    let (payload, signature) = rest.split_once('.').unwrap();
    for secret in [payload, signature] {
        assert!(!log.contains(secret), "a token is in the log:\n{log}");
    }
}

/// A flood of bad requests must not cost a log line each at the default
/// level.
#[tokio::test]
async fn at_info_refused_requests_write_no_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    setup(d);
    let server = Server::start(d, &["new.hex"], "info").await;
    let client = client();
    for path in [
        "/elsewhere",
        "/sfe/v1/unpause?jwt=not-a-token",
        "/sfe/v1/unpause",
    ] {
        let response = client
            .get(format!("{}{path}", server.base))
            .send()
            .await
            .unwrap();
        assert!(response.status().is_client_error(), "{path}");
    }
    tokio::time::sleep(StdDuration::from_millis(300)).await;
    let log = server.log();
    assert!(!log.contains("request refused"), "{log}");
}

#[tokio::test]
async fn secret_files_readable_by_others_are_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    setup(d);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in ["new.hex", "api.token"] {
            std::fs::set_permissions(d.join(file), std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        let server = Server::start(d, &["new.hex"], "info").await;
        let log = server.log();
        assert!(
            log.contains("link-signing key file is readable by other users"),
            "{log}"
        );
        assert!(
            log.contains("internal token file is readable by other users"),
            "{log}"
        );
    }
}

#[tokio::test]
async fn links_of_a_rotated_key_work_while_it_is_still_configured() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    setup(d);
    let client = client();
    let old_link = |base: &str| mint(d, "old.hex").replace("http://127.0.0.1:8080", base);
    // New key first (it signs), old key second (it only verifies).
    let both = Server::start(d, &["new.hex", "old.hex"], "info").await;
    let status = client
        .get(old_link(&both.base))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, StatusCode::OK, "old links keep working");
    drop(both);
    // Once the old key is removed, so are its links.
    let new_only = Server::start(d, &["new.hex"], "info").await;
    let page = client.get(old_link(&new_only.base)).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::BAD_REQUEST);
    let fresh = mint(d, "new.hex").replace("http://127.0.0.1:8080", &new_only.base);
    assert_eq!(
        client.get(fresh).send().await.unwrap().status(),
        StatusCode::OK
    );
}
