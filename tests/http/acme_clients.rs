//! Real, unmodified ACME clients (lego and certbot, from Debian) through
//! the gateway in front of a real ACME server (Pebble): a client that
//! cannot pass HTTP-01 keeps failing until the policy pauses it; its next
//! run gets the 429; the person pastes what the client printed (or its log
//! file) into "find my link", unpauses, fixes the challenge, and the same
//! client run is issued a certificate, which the policy records.

use std::path::Path;

use acme_unpause::gateway::jws;
use reqwest::StatusCode;
use tokio::process::Command;

use crate::acme_env::*;
use crate::helpers::*;
use crate::smtp::SmtpSink;

/// What a person does with a client's output: pastes it into the link
/// finder, follows the redirect, and unpauses everything.
async fn rescue(app: &TestApp, pasted: &str) {
    let found = app
        .client
        .post(app.url("/find-link"))
        .form(&[("text", pasted)])
        .send()
        .await
        .unwrap();
    assert_eq!(
        found.status(),
        StatusCode::SEE_OTHER,
        "the link finder found no link in:\n{pasted}"
    );
    let location = found.headers()["location"].to_str().unwrap().to_owned();
    let jwt = location.split("jwt=").nth(1).unwrap().to_owned();
    let csrf = app.open_page(&jwt).await;
    let done = app
        .post_do_unpause(&[("jwt", &jwt), ("csrf", &csrf), ("action", "all")])
        .await;
    assert_redirect_to(&done, "/sfe/v1/unpause-status");
}

/// The account lego registered, as the gateway names it.
fn lego_account(path: &Path) -> acme_unpause::domain::AccountId {
    let accounts = path.join("accounts");
    let mut found = None;
    for server in std::fs::read_dir(accounts).unwrap() {
        for email in std::fs::read_dir(server.unwrap().path()).unwrap() {
            let file = email.unwrap().path().join("account.json");
            let account: serde_json::Value =
                serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
            found = jws::account_id(account["registration"]["uri"].as_str().unwrap());
        }
    }
    found.expect("lego saved no account")
}

/// The pair's policy state has a success recorded and empty buckets.
async fn success_recorded(app: &TestApp, account: i64, name: &str) -> bool {
    use sqlx::{Connection, Row};
    let mut db = sqlx::SqliteConnection::connect(&app.db.url).await.unwrap();
    let row = sqlx::query(
        "SELECT state FROM policy_pairs WHERE registrationID = ?1 AND identifierValue = ?2",
    )
    .bind(account)
    .bind(name)
    .fetch_optional(&mut db)
    .await
    .unwrap();
    let Some(row) = row else { return false };
    let state: serde_json::Value = serde_json::from_str(&row.get::<String, _>(0)).unwrap();
    let now_ms = app.clock.now().unix_timestamp() * 1000;
    state["last_success_ms"].is_i64()
        && state["tat_ms"]
            .as_array()
            .unwrap()
            .iter()
            .all(|tat| tat.as_i64().unwrap() <= now_ms)
}

fn lego(env: &AcmeEnv, domain: &str, http_port: u16) -> Command {
    let mut command = Command::new("lego");
    command
        .env("LEGO_CA_CERTIFICATES", &env.ca)
        .args(["--accept-tos", "--email", "subscriber@example.com"])
        .args(["--server", &env.directory])
        .arg("--path")
        .arg(env.path("lego"))
        .args(["--domains", domain, "--http"])
        .args(["--http.port", &format!("127.0.0.1:{http_port}"), "run"]);
    command
}

#[tokio::test]
async fn lego_is_paused_rescued_by_its_own_output_and_then_issued() {
    let sink = SmtpSink::start().await;
    let env = AcmeEnv::start(Options::default()).await;
    let app = &env.app;
    // Nothing answers HTTP-01 where Pebble looks: every run fails.
    let wrong = free_port();
    for _ in 0..2 {
        let run = run_client(&mut lego(&env, "zombie.example", wrong)).await;
        assert!(!run.success);
        assert!(run.output.contains("connection refused"), "{}", run.output);
    }
    let account = lego_account(&env.path("lego"));
    eventually("the pair is paused", || async {
        app.paused_values(account.get()).await == ["zombie.example"]
    })
    .await;

    let paused = run_client(&mut lego(&env, "zombie.example", wrong)).await;

    assert!(!paused.success);
    assert!(
        paused.output.contains("429 :: POST")
            && paused.output.contains("urn:ietf:params:acme:error:rateLimited")
            && paused.output.contains(
                "Your account is temporarily prevented from requesting certificates for zombie.example"
            ),
        "{}",
        paused.output
    );
    // The email to the account's contact, with a link that works.
    app.clock.advance(app.settings.mail.window);
    assert_eq!(app.sender(&sink).run_once().await.unwrap().sent, 1);
    let mail = &sink.messages()[0];
    assert_eq!(
        mail["rcpt_tos"],
        serde_json::json!(["subscriber@example.com"])
    );
    let text = mail["text"].as_str().unwrap();
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/sfe/v1/unpause?jwt="))
        .unwrap();
    assert_eq!(
        app.client.get(link).send().await.unwrap().status(),
        StatusCode::OK
    );

    rescue(app, &paused.output).await;
    assert!(app.paused_values(account.get()).await.is_empty());

    let fixed = run_client(&mut lego(&env, "zombie.example", env.http01_port)).await;
    assert!(fixed.success, "{}", fixed.output);
    assert!(env.path("lego/certificates/zombie.example.crt").exists());
    eventually("the success is recorded", || {
        success_recorded(app, account.get(), "zombie.example")
    })
    .await;
}

fn certbot(env: &AcmeEnv, domain: &str, http_port: u16) -> Command {
    let mut command = Command::new("certbot");
    let dir = env.path("certbot");
    command
        .env("REQUESTS_CA_BUNDLE", &env.ca)
        .args([
            "certonly",
            "--standalone",
            "--non-interactive",
            "--agree-tos",
        ])
        .args(["-m", "certbot-user@example.com", "--server", &env.directory])
        .args(["-d", domain, "--http-01-address", "127.0.0.1"])
        .args(["--http-01-port", &http_port.to_string()])
        .arg("--config-dir")
        .arg(dir.join("config"))
        .arg("--work-dir")
        .arg(dir.join("work"))
        .arg("--logs-dir")
        .arg(dir.join("logs"));
    command
}

#[tokio::test]
async fn certbot_is_paused_rescued_by_its_log_file_and_then_issued() {
    let env = AcmeEnv::start(Options::default()).await;
    let app = &env.app;
    let wrong = free_port();
    for _ in 0..2 {
        let run = run_client(&mut certbot(&env, "forgotten.example", wrong)).await;
        assert!(!run.success);
        assert!(
            run.output.contains("Some challenges have failed"),
            "{}",
            run.output
        );
    }

    let paused = run_client(&mut certbot(&env, "forgotten.example", wrong)).await;

    assert!(!paused.success);
    // What certbot prints does not always carry the link (Debian 12's
    // certbot 2.1 prints "AttributeError: can't set attribute" for any
    // ACME error); its log file always does, and that is what a person
    // pastes.
    assert!(
        paused
            .output
            .contains("AttributeError: can't set attribute"),
        "certbot's own words changed; update docs/CLIENT-AUTHORS.md:\n{}",
        paused.output
    );
    let log = std::fs::read_to_string(env.path("certbot/logs/letsencrypt.log")).unwrap();
    assert!(
        log.contains("urn:ietf:params:acme:error:rateLimited"),
        "{log}"
    );
    rescue(app, &log).await;

    let fixed = run_client(&mut certbot(&env, "forgotten.example", env.http01_port)).await;
    assert!(fixed.success, "{}", fixed.output);
    assert!(
        env.path("certbot/config/live/forgotten.example/fullchain.pem")
            .exists()
    );
}
