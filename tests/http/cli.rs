//! The binary: exit codes, one-line errors, nothing half-written.

use std::path::Path;
use std::process::{Command, Output};

use crate::helpers::has_id;

pub const BIN: &str = env!("CARGO_BIN_EXE_acme-unpause");

/// Runs the binary in `dir`, deaf to the caller's configuration.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .current_dir(dir)
        .env_remove("ACME_UNPAUSE_DATABASE_URL")
        .env_remove("ACME_UNPAUSE_KEY_FILE")
        .env_remove("ACME_UNPAUSE_PUBLIC_URL")
        .env_remove("ACME_UNPAUSE_SMTP_URL")
        .env_remove("ACME_UNPAUSE_MAIL_FROM")
        .args(args)
        .output()
        .unwrap()
}

/// Operator commands never change the schema; `migrate` does, once.
pub fn migrate(dir: &Path) {
    let out = run(dir, &["migrate"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn assert_one_line_error(o: &Output, needle: &str) {
    assert!(!o.status.success(), "should fail: {}", stdout(o));
    let err = stderr(o);
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.contains(needle), "{needle:?} in {err}");
}

#[test]
fn keygen_mint_pause_status_unpause_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    migrate(d);
    assert!(run(d, &["keygen", "--out", "k.hex"]).status.success());
    let key = std::fs::read_to_string(d.join("k.hex")).unwrap();
    assert_eq!(key.trim().len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.join("k.hex"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "key readable by its owner only");
    }
    assert_one_line_error(&run(d, &["keygen", "--out", "k.hex"]), "k.hex");
    assert_eq!(
        std::fs::read_to_string(d.join("k.hex")).unwrap(),
        key,
        "not overwritten"
    );

    let minted = run(
        d,
        &[
            "--key-file",
            "k.hex",
            "--public-url",
            "https://portal.test/",
            "mint",
            "--account",
            "5",
            "--identifier",
            "a.example",
        ],
    );
    assert!(minted.status.success(), "{}", stderr(&minted));
    let link = stdout(&minted);
    assert_eq!(link.lines().count(), 1);
    assert!(
        link.starts_with("https://portal.test/sfe/v1/unpause?jwt=ey"),
        "{link}"
    );

    let paused = run(
        d,
        &[
            "pause",
            "--account",
            "5",
            "--identifier",
            "a.example",
            "--identifier",
            "b.example",
        ],
    );
    assert!(paused.status.success(), "{}", stderr(&paused));
    let problem = run(
        d,
        &[
            "--key-file",
            "k.hex",
            "problem",
            "--account",
            "5",
            "--identifier",
            "c.example",
            "--identifier",
            "b.example",
        ],
    );
    assert!(problem.status.success(), "{}", stderr(&problem));
    let doc: serde_json::Value = serde_json::from_slice(&problem.stdout).unwrap();
    assert_eq!(doc["status"], 429);
    assert_eq!(doc["subproblems"][0]["identifier"]["value"], "b.example");
    assert_eq!(doc["subproblems"].as_array().unwrap().len(), 1);
    let none = run(
        d,
        &[
            "--key-file",
            "k.hex",
            "problem",
            "--account",
            "6",
            "--identifier",
            "b.example",
        ],
    );
    assert!(none.status.success());
    assert!(none.stdout.is_empty());
    assert!(stderr(&none).contains("would go ahead"));
    let status = run(d, &["status", "--account", "5", "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(doc["paused_count"], 2);
    assert_eq!(doc["names"][0]["value"], "a.example");
    assert_eq!(doc["events"][0]["actor"], "cli");

    let unpaused = run(
        d,
        &["unpause", "--account", "5", "--identifier", "a.example"],
    );
    assert!(unpaused.status.success());
    let doc: serde_json::Value =
        serde_json::from_slice(&run(d, &["status", "--account", "5", "--json"]).stdout).unwrap();
    assert_eq!(doc["paused_count"], 1);
    assert!(run(d, &["unpause", "--account", "5"]).status.success());
    let doc: serde_json::Value =
        serde_json::from_slice(&run(d, &["status", "--account", "5", "--json"]).stdout).unwrap();
    assert_eq!(doc["paused_count"], 0);
}

#[test]
fn bad_input_gets_a_one_line_error_and_a_non_zero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    migrate(d);
    std::fs::write(d.join("short.hex"), "abcd\n").unwrap();
    std::fs::write(
        d.join("bad.csv"),
        "1,dns,a.example\n2,dns,b.example\n3,mail,c.example\n",
    )
    .unwrap();

    assert_one_line_error(
        &run(d, &["pause", "--account", "0", "--identifier", "a.example"]),
        "account",
    );
    assert_one_line_error(
        &run(
            d,
            &["pause", "--account", "abc", "--identifier", "a.example"],
        ),
        "account",
    );
    assert_one_line_error(
        &run(
            d,
            &[
                "--key-file",
                "missing.hex",
                "mint",
                "--account",
                "1",
                "--identifier",
                "a.example",
            ],
        ),
        "missing.hex",
    );
    assert_one_line_error(
        &run(
            d,
            &[
                "--key-file",
                "short.hex",
                "mint",
                "--account",
                "1",
                "--identifier",
                "a.example",
            ],
        ),
        "64 hexadecimal",
    );
    assert_one_line_error(
        &run(
            d,
            &[
                "--database-url",
                "postgres://127.0.0.1:1/x",
                "status",
                "--account",
                "1",
            ],
        ),
        "database",
    );
    // Operator commands never create or migrate a database.
    assert_one_line_error(
        &run(
            d,
            &[
                "--database-url",
                "sqlite://typo.db",
                "status",
                "--account",
                "1",
            ],
        ),
        "no database file",
    );
    assert!(!d.join("typo.db").exists());
    assert_one_line_error(&run(d, &["pause", "--csv", "bad.csv"]), "line 3");
    // Nothing from the CSV was written: its first two lines were valid.
    let doc: serde_json::Value =
        serde_json::from_slice(&run(d, &["status", "--account", "1", "--json"]).stdout).unwrap();
    assert_eq!(doc["paused_count"], 0);
}

#[test]
fn csv_import_pauses_each_accounts_pairs() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    migrate(d);
    std::fs::write(
        d.join("ok.csv"),
        "accountID,identifierType,identifierValue\n11,dns,a.example\n11,ip,192.0.2.4\n12,dns,b.example\n",
    )
    .unwrap();
    let out = run(d, &["pause", "--csv", "ok.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for (account, count) in [("11", 2), ("12", 1)] {
        let doc: serde_json::Value =
            serde_json::from_slice(&run(d, &["status", "--account", account, "--json"]).stdout)
                .unwrap();
        assert_eq!(doc["paused_count"], count, "account {account}");
    }
}

#[test]
fn every_subcommand_has_help() {
    let dir = tempfile::tempdir().unwrap();
    for sub in [
        "serve", "demo", "migrate", "keygen", "mint", "pause", "unpause", "status", "problem",
        "loadgen",
    ] {
        let out = run(dir.path(), &[sub, "--help"]);
        assert!(out.status.success(), "{sub}");
        assert!(
            stdout(&out).contains("--database-url"),
            "{sub} shows global options"
        );
    }
    // An HTML marker helper is shared with the page tests; keep it honest here too.
    assert!(has_id(r#"<p id="x">"#, "x"));
}

/// The README's first command, minus `--release` and the fixed port: the
/// demo loads its samples, prints working links and serves them.
#[tokio::test]
async fn demo_prints_links_that_work() {
    use tokio::io::{AsyncBufReadExt, BufReader};

    let dir = tempfile::tempdir().unwrap();
    let mut child = tokio::process::Command::new(BIN)
        .current_dir(dir.path())
        .args([
            "--listen",
            "127.0.0.1:0",
            "--internal-listen",
            "127.0.0.1:0",
            "demo",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut links = Vec::new();
    let read = async {
        while let Some(line) = lines.next_line().await.unwrap() {
            if line.trim().starts_with("http") && line.contains("/sfe/v1/unpause?jwt=") {
                links.push(line.trim().to_owned());
            }
            if line.starts_with("Serving on") {
                break;
            }
        }
    };
    tokio::time::timeout(std::time::Duration::from_secs(120), read)
        .await
        .expect("demo starts serving within two minutes");
    assert_eq!(links.len(), 3, "one link per sample account");
    assert!(dir.path().join("data/demo/acme-unpause.db").exists());
    assert!(dir.path().join("data/demo/unpause.key").exists());

    let client = crate::helpers::client();
    for link in &links {
        let response = client.get(link).send().await.unwrap();
        assert_eq!(response.status(), reqwest::StatusCode::OK, "{link}");
        assert!(
            has_id(&response.text().await.unwrap(), "unpause-paused"),
            "{link}"
        );
    }
    child.kill().await.unwrap();
}

#[test]
fn version_names_the_release_and_the_git_revision() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--version"]);
    assert!(out.status.success());
    let line = stdout(&out);
    let revision = line
        .trim()
        .strip_prefix(concat!("acme-unpause ", env!("CARGO_PKG_VERSION"), " ("))
        .and_then(|rest| rest.strip_suffix(')'))
        .unwrap_or_else(|| panic!("{line:?}"));
    let hash = revision.strip_suffix("-modified").unwrap_or(revision);
    assert!(
        hash == "unknown" || (hash.len() == 12 && hash.bytes().all(|b| b.is_ascii_hexdigit())),
        "{revision:?}"
    );
}

#[test]
fn config_check_prints_the_effective_values_with_secrets_masked() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    migrate(d);
    assert!(run(d, &["keygen", "--out", "k.hex"]).status.success());
    assert!(run(d, &["keygen", "--out", "api.token"]).status.success());
    // Nothing listens there: the check tries it, says so, and fails.
    let port = crate::cli_errors::closed_port();
    std::fs::write(
        d.join("c.toml"),
        format!(
            "key_files = [\"k.hex\"]\ninternal_token_file = \"api.token\"\n\
             smtp_url = \"smtps://user:hunter2-secret@127.0.0.1:{port}\"\nmail_from = \"ca@ca.test\"\n\
             [limits]\naccount_unpauses = 2\n"
        ),
    )
    .unwrap();
    let out = run(d, &["--config", "c.toml", "config", "check"]);
    assert!(!out.status.success(), "{}", stderr(&out));
    let smtp = format!("SMTP server smtps://user:***@127.0.0.1:{port}: NOT REACHABLE");
    assert!(stderr(&out).contains(&smtp), "{}", stderr(&out));
    let printed = stdout(&out);
    assert!(
        printed.contains(&format!("smtp_url = smtps://user:***@127.0.0.1:{port}")),
        "{printed}"
    );
    assert!(
        printed.contains("key_files = k.hex (1 read; the first signs)"),
        "{printed}"
    );
    assert!(printed.contains("limits.account_unpauses = 2"), "{printed}");
    assert!(printed.contains("mail.window = 15m"), "{printed}");
    let key = std::fs::read_to_string(d.join("k.hex")).unwrap();
    let token = std::fs::read_to_string(d.join("api.token")).unwrap();
    for secret in ["hunter2-secret", key.trim(), token.trim()] {
        assert!(!printed.contains(secret) && !stderr(&out).contains(secret));
    }

    std::fs::write(d.join("bad.toml"), "[mail]\nlease = \"10s\"\n").unwrap();
    assert_one_line_error(
        &run(d, &["--config", "bad.toml", "config", "check"]),
        "mail.lease must be longer than mail.smtp_timeout",
    );
    assert_one_line_error(
        &run(d, &["--key-file", "missing.hex", "config", "check"]),
        "missing.hex",
    );
}

#[cfg(unix)]
#[test]
fn json_logs_are_one_object_a_line() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(run(d, &["keygen", "--out", "k.hex"]).status.success());
    // A key readable by others draws a warning: something to log.
    std::fs::set_permissions(d.join("k.hex"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let args = [
        "--log-format",
        "json",
        "--key-file",
        "k.hex",
        "mint",
        "--account",
        "1",
        "--identifier",
        "a.example",
    ];
    let out = run(d, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let log = stderr(&out);
    let line = log.lines().next().unwrap_or_else(|| panic!("no log line"));
    let entry: serde_json::Value = serde_json::from_str(line).unwrap();
    assert_eq!(entry["level"], "WARN");
    assert!(
        entry["fields"]["message"]
            .as_str()
            .unwrap()
            .contains("readable by other users")
    );
    // The link alone on stdout, as without the option.
    assert!(stdout(&out).trim().contains("/sfe/v1/unpause?jwt="));
}

/// Each subcommand's --help lists its own options before the twenty global
/// ones, under a heading of their own.
#[test]
fn each_subcommands_help_shows_its_own_options_before_the_global_ones() {
    use acme_unpause::cli::Cli;
    use clap::CommandFactory;

    let dir = tempfile::tempdir().unwrap();
    let cli = Cli::command();
    let globals: Vec<String> = cli
        .get_arguments()
        .filter(|a| a.is_global_set())
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .collect();
    let mut checked = 0;
    let mut subcommands: Vec<(Vec<&str>, &clap::Command)> = Vec::new();
    for sub in cli.get_subcommands() {
        if sub.has_subcommands() {
            for inner in sub.get_subcommands() {
                subcommands.push((vec![sub.get_name(), inner.get_name()], inner));
            }
        } else {
            subcommands.push((vec![sub.get_name()], sub));
        }
    }
    for (path, sub) in subcommands {
        let mut args = path.clone();
        args.push("--help");
        let out = run(dir.path(), &args);
        assert!(out.status.success(), "{path:?}");
        let help = stdout(&out);
        let heading = help
            .find("Global options:")
            .unwrap_or_else(|| panic!("{path:?} has a global options heading: {help}"));
        // Where an option's own entry starts (not a mention in prose).
        let entry = |flag: &str| {
            let mut at = 0;
            help.split_inclusive('\n').find_map(|line| {
                let start = at;
                at += line.len();
                let text = line.trim_start();
                // `-h, --help`: the long form after the short one.
                let text = match text.as_bytes() {
                    [b'-', short, b',', b' ', ..] if *short != b'-' => &text[4..],
                    _ => text,
                };
                text.starts_with(&format!("{flag} ")).then_some(start)
            })
        };
        let first_global = globals
            .iter()
            .filter_map(|g| entry(g))
            .min()
            .unwrap_or_else(|| panic!("{path:?} shows global options"));
        assert!(heading < first_global, "{path:?}: {help}");
        let own = sub
            .get_arguments()
            .filter(|a| !a.is_global_set())
            .find_map(|a| a.get_long().map(|l| format!("--{l}")));
        if let Some(own) = own {
            let at = entry(&own).unwrap_or_else(|| panic!("{path:?} shows {own}"));
            assert!(
                at < first_global,
                "{path:?}: {own} after the globals: {help}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 8, "most subcommands have options of their own");
}
