//! What the binary says when something is missing, taken or unreachable:
//! the cause, and the flag or setting that fixes it.

use std::time::{Duration, Instant};

use crate::cli::{BIN, assert_one_line_error, migrate, run, stderr, stdout};
use crate::db::MYSQL_VAR;

/// A loopback port nothing listens on: bound by the system, then let go.
pub fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

#[test]
fn a_missing_option_is_named_with_an_example() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["keygen"]);
    assert_eq!(out.status.code(), Some(2));
    assert_one_line_error(&out, "--out <FILE>");
    assert_one_line_error(&out, "e.g. acme-unpause keygen --out ");
    assert_one_line_error(
        &run(dir.path(), &["mint", "--account", "1"]),
        "--identifier <NAME>",
    );
    // A command group without its subcommand: one line, not the whole help.
    assert_one_line_error(&run(dir.path(), &["config"]), "acme-unpause config check");
}

#[test]
fn a_busy_port_is_named_with_the_flag_that_moves_it_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();

    let started = Instant::now();
    let out = run(
        d,
        &[
            "--listen",
            &addr,
            "--internal-listen",
            "127.0.0.1:0",
            "demo",
        ],
    );
    assert_one_line_error(
        &out,
        &format!("{addr} is in use: choose another with --listen ADDR (setting `listen`)"),
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(!d.join("data").exists(), "the demo wrote nothing first");

    let out = run(
        d,
        &[
            "--listen",
            "127.0.0.1:0",
            "--internal-listen",
            &addr,
            "serve",
        ],
    );
    assert_one_line_error(
        &out,
        &format!(
            "{addr} is in use: choose another with --internal-listen ADDR (setting `internal_listen`)"
        ),
    );
}

#[test]
fn migrate_says_what_it_did() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/sqlite"))
        .unwrap()
        .count();
    let first = run(d, &["migrate"]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stderr(&first).starts_with(&format!("applied {files} migrations: 0001 ")),
        "{}",
        stderr(&first)
    );
    let again = run(d, &["migrate"]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stderr(&again).starts_with("nothing to do"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn a_config_file_error_keeps_its_line_and_caret() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("c.toml"), "ca_name = \"x\"\nlisten = 5\n").unwrap();
    let out = run(d, &["--config", "c.toml", "config", "check"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    // The first line alone says what and where, for logs that keep one.
    assert!(lines[0].starts_with("error: config file c.toml: "), "{err}");
    assert!(lines[0].contains("line 2, column 10"), "{err}");
    assert!(lines[0].contains("expected socket address"), "{err}");
    let quoted = lines
        .iter()
        .position(|l| l.ends_with("| listen = 5"))
        .unwrap_or_else(|| panic!("the line at fault is quoted: {err}"));
    let caret = lines.get(quoted + 1).copied().unwrap_or_default();
    assert_eq!(
        caret.find('^'),
        lines[quoted].find('5'),
        "the caret is under the value: {err}"
    );
}

/// The command fails within a second, naming the refused connection, where
/// it used to wait the whole acquire timeout and say "pool timed out".
fn assert_refused_at_once(url: &str) {
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let out = run(
        dir.path(),
        &[
            "--database-url",
            url,
            "--db-acquire-timeout",
            "30s",
            "migrate",
        ],
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{url}: {:?}",
        started.elapsed()
    );
    assert_one_line_error(&out, "Connection refused");
    assert!(!stderr(&out).contains("pool timed out"), "{}", stderr(&out));
}

#[test]
fn a_closed_database_port_is_reported_as_refused_at_once() {
    let port = closed_port();
    assert_refused_at_once(&format!("mysql://root@127.0.0.1:{port}/boulder"));
    assert_refused_at_once(&format!("postgres://postgres@127.0.0.1:{port}/x"));
}

#[test]
fn config_check_connects_and_fails_when_something_is_unreachable() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let port = closed_port();
    let url = format!("postgres://u:secret-pw@127.0.0.1:{port}/x");
    let out = run(d, &["--database-url", &url, "config", "check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // Every value is still printed, for the operator to compare.
    assert!(stdout(&out).contains("database_url = postgres://u:***@"));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "database postgres://u:***@127.0.0.1:{port}/x: NOT USABLE: "
        )),
        "{err}"
    );
    assert!(err.contains("Connection refused"), "{err}");
    assert!(!err.contains("secret-pw"), "{err}");

    // A database that works, and no SMTP server to try: success.
    migrate(d);
    let out = run(d, &["config", "check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("database sqlite://data/acme-unpause.db: reachable"),
        "{}",
        stderr(&out)
    );
}

#[tokio::test]
async fn config_check_reports_a_reachable_smtp_server() {
    let sink = crate::smtp::SmtpSink::start().await;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    migrate(d);
    let out = tokio::process::Command::new(BIN)
        .current_dir(d)
        .env_remove("ACME_UNPAUSE_DATABASE_URL")
        .args(["--smtp-url", &sink.url(), "--mail-from", "ca@ca.test"])
        .args(["config", "check"])
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("SMTP server {}: reachable", sink.url())),
        "{}",
        stderr(&out)
    );
}

#[test]
#[ignore = "needs MariaDB or MySQL: set ACME_UNPAUSE_TEST_MYSQL_URL and pass --include-ignored (scripts/test does)"]
fn a_mysql_url_without_a_database_says_so() {
    let server = std::env::var(MYSQL_VAR).unwrap_or_else(|_| panic!("{MYSQL_VAR} is not set"));
    let server = server.trim_end_matches('/');
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--database-url", server, "migrate"]);
    assert_one_line_error(&out, "names no database");
    assert!(!stderr(&out).contains("migration lock"), "{}", stderr(&out));
    let out = run(dir.path(), &["--database-url", server, "config", "check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("names no database"),
        "{}",
        stderr(&out)
    );
}
