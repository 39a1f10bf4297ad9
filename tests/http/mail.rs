//! Notification email: the outbox written with each pause, delivered
//! through a real SMTP server (aiosmtpd on loopback).

use std::path::Path;
use std::process::Stdio;
use std::time::Duration as StdDuration;

use acme_unpause::mail::RunReport;
use acme_unpause::settings::MailSettings;
use reqwest::StatusCode;
use serde_json::{Value, json};
use time::Duration;

use crate::cli::{BIN, run};
use crate::helpers::*;
use crate::smtp::{SmtpSink, header};

db_tests!(
    a_pause_sends_one_localized_email_with_a_working_link,
    two_senders_never_send_one_message_twice,
    policy_pauses_are_emailed_to_the_outcomes_contacts,
);

const UA: &str = "CertbotACMEClient/0.39.0 (certbot; Ubuntu 18.04) Authenticator/webroot";

/// The default coalescing window: the first email waits this long.
fn window() -> Duration {
    MailSettings::default().window
}

async fn api_pause(app: &TestApp, body: Value) {
    let response = app.api_post("/internal/v1/pause", &body).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{:?}",
        response.text().await
    );
}

fn sent(report: RunReport) -> u64 {
    report.sent
}

async fn a_pause_sends_one_localized_email_with_a_working_link(db: Db) {
    let app = spawn_app_on(db).await;
    let sink = SmtpSink::start().await;
    let sender = app.sender(&sink);
    api_pause(
        &app,
        json!({"account": 42, "identifiers": [
                {"type": "dns", "value": "a.example"},
                {"type": "dns", "value": "b.example"}],
            "contacts": ["mailto:owner@example.com"], "language": "de",
            "client_ip": "203.0.113.9", "user_agent": UA}),
    )
    .await;
    // A second pause inside the window joins the same email.
    app.clock.advance(Duration::minutes(5));
    api_pause(
        &app,
        json!({"account": 42, "identifiers": [{"type": "ip", "value": "192.0.2.7"}],
            "contacts": ["mailto:owner@example.com"]}),
    )
    .await;
    let queued = app.store.notifications(account(42), 10).await.unwrap();
    assert_eq!(queued.len(), 1, "{queued:?}");
    assert_eq!(queued[0].state, "pending");

    // Nothing goes out before the window closes.
    assert_eq!(sent(sender.run_once().await.unwrap()), 0);
    assert!(sink.messages().is_empty());
    app.clock.advance(window());
    let report = sender.run_once().await.unwrap();
    assert_eq!(report.sent, 1, "{report:?}");
    assert_eq!(sent(sender.run_once().await.unwrap()), 0, "sent once only");

    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    let mail = &messages[0];
    assert_eq!(mail["rcpt_tos"], json!(["owner@example.com"]));
    assert_eq!(mail["mail_from"], "noreply@ca.test");
    assert_eq!(mail["content_type"], "multipart/alternative");
    assert_eq!(header(mail, "Content-Language"), Some("de"));
    assert_eq!(header(mail, "Auto-Submitted"), Some("auto-generated"));
    let id = queued[0].id;
    let message_id = mail["message_id"].as_str().unwrap();
    assert!(
        message_id.starts_with(&format!("<notice.{id}.")) && message_id.ends_with("@ca.test>"),
        "{message_id}"
    );
    let subject = mail["subject"].as_str().unwrap();
    assert!(
        subject.contains("Test CA") && subject.contains("42"),
        "{subject}"
    );
    let german_subject = tr("de").with(
        "mail-paused-subject",
        &[("ca", &app.settings.ca_name), ("account", "42")],
    );
    assert!(
        subject.contains(&without_isolation(&german_subject)),
        "German subject: {subject}"
    );
    assert!(
        !subject.contains('\u{2068}'),
        "no bidi isolation marks in LTR: {subject:?}"
    );
    let text = mail["text"].as_str().unwrap();
    let html = mail["html"].as_str().unwrap();
    for body in [text, html] {
        for needle in [
            "a.example",
            "b.example",
            "192.0.2.7",
            "203.0.113.9",
            "CertbotACMEClient/0.39.0",
        ] {
            assert!(body.contains(needle), "{needle} missing in:\n{body}");
        }
        assert!(body.contains("https://staging.test/directory"));
        assert!(!body.contains('\u{27E6}'), "no missing message marks");
    }
    // One line in other major languages, each in its own language.
    let in_english = tr("en").t("mail-in-your-language");
    assert!(
        text.contains(&in_english),
        "{in_english:?} missing in:\n{text}"
    );
    assert!(
        unescape_html(html).contains(&in_english),
        "{in_english:?} missing in:\n{html}"
    );
    assert!(
        text.contains(&tr("de").t("mail-paused-greeting")),
        "German body:\n{text}"
    );
    assert!(html.contains("lang=\"de\""));
    assert!(
        html.contains("lang=\"ar\" dir=\"rtl\""),
        "Arabic line right to left"
    );
    // No tracking: nothing the mail client would load by itself.
    for fetch in ["<img", "src=", "url(", "<link", "<script"] {
        assert!(!html.contains(fetch), "{fetch} in the HTML part");
    }

    // The link lands on the unpause page, which shows the live state.
    let link = text
        .split_whitespace()
        .find(|w| w.starts_with(&format!("{}/sfe/v1/unpause?jwt=", app.base)))
        .unwrap();
    let jwt = link.split_once("jwt=").unwrap().1;
    let page = app.get_unpause(jwt).await;
    assert_eq!(page.status(), StatusCode::OK);
    let page = page.text().await.unwrap();
    assert!(
        page.contains("192.0.2.7") && page.contains("a.example"),
        "{page}"
    );
    // Valid for 30 days from the pause, unlike an error's 14.
    app.clock.advance(Duration::days(20));
    assert_eq!(app.get_unpause(jwt).await.status(), StatusCode::OK);

    let done = app.store.notifications(account(42), 10).await.unwrap();
    assert_eq!(done[0].state, "sent");
    assert_eq!(done[0].attempts, 1);
}

async fn two_senders_never_send_one_message_twice(db: Db) {
    let app = spawn_app_on(db).await;
    let sink = SmtpSink::start().await;
    let accounts = 30;
    for id in 1..=accounts {
        api_pause(
            &app,
            json!({"account": id, "identifiers": [{"type": "dns", "value": "x.example"}],
                "contacts": [format!("mailto:owner{id}@example.com")]}),
        )
        .await;
    }
    app.clock.advance(window());
    let (one, two) = (app.sender(&sink), app.sender(&sink));
    let (a, b) = tokio::join!(one.run_once(), two.run_once());
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.sent + b.sent, accounts as u64, "{a:?} {b:?}");
    assert_eq!(a.lost + b.lost, 0);
    let messages = sink.messages();
    assert_eq!(messages.len(), accounts as usize);
    let mut ids: Vec<&str> = messages
        .iter()
        .map(|m| m["message_id"].as_str().unwrap())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), accounts as usize, "every message once");
    let counts = app.store.outbox_counts().await.unwrap();
    assert_eq!((counts.pending, counts.sent), (0, accounts as u64));
}

async fn policy_pauses_are_emailed_to_the_outcomes_contacts(db: Db) {
    let app = spawn_app_on(db).await;
    let sink = SmtpSink::start().await;
    let now = app.clock.now();
    let at = |seconds: i64| {
        (now - Duration::seconds(seconds))
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    };
    // Burst past the runaway tier (21 failures in seconds) of an old account.
    let mut outcomes: Vec<Value> = (0..25)
        .map(|i| {
            json!({"account": 9, "identifier": {"type": "dns", "value": "zombie.example"},
                "result": "failure", "at": at(60 - i),
                "client_ip": "198.51.100.4", "user_agent": UA,
                "account_created_at": "2020-01-01T00:00:00Z"})
        })
        .collect();
    // The contacts come once, on another name that sorts after the paused one.
    outcomes.push(
        json!({"account": 9, "identifier": {"type": "dns", "value": "zz.example"},
        "result": "failure", "at": at(1),
        "contacts": ["mailto:zombie-owner@example.com"], "language": "fr"}),
    );
    let response = app
        .api_post("/internal/v1/outcomes", &json!({ "outcomes": outcomes }))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["paused"].as_array().unwrap().len(), 1, "{body}");
    app.clock.advance(window());
    assert_eq!(app.sender(&sink).run_once().await.unwrap().sent, 1);
    let mail = &sink.messages()[0];
    assert_eq!(mail["rcpt_tos"], json!(["zombie-owner@example.com"]));
    assert_eq!(header(mail, "Content-Language"), Some("fr"));
    let text = mail["text"].as_str().unwrap();
    assert!(text.contains("zombie.example") && text.contains("198.51.100.4"));
}

#[tokio::test]
async fn refused_then_accepted_is_retried_with_backoff() {
    let app = spawn_app().await;
    let sink = SmtpSink::start().await;
    let sender = app.sender(&sink);
    app.pause_with_contact(5, "mailto:a@example.com").await;
    app.clock.advance(window());
    sink.set("refuse", true);
    let report = sender.run_once().await.unwrap();
    assert_eq!((report.sent, report.retried), (0, 1));
    let row = &app.store.notifications(account(5), 1).await.unwrap()[0];
    assert_eq!(row.state, "pending");
    assert!(
        row.last_error.as_deref().unwrap().contains("451"),
        "{row:?}"
    );
    // Not before its backoff.
    sink.set("refuse", false);
    assert_eq!(sender.run_once().await.unwrap().total(), 0);
    app.clock.advance(Duration::minutes(1));
    assert_eq!(sender.run_once().await.unwrap().sent, 1);
    assert_eq!(sink.messages().len(), 1);
    let row = &app.store.notifications(account(5), 1).await.unwrap()[0];
    assert_eq!((row.state.as_str(), row.attempts), ("sent", 2));
}

#[tokio::test]
async fn nothing_is_lost_while_the_smtp_server_is_down() {
    let app = spawn_app().await;
    let mut sink = SmtpSink::start().await;
    let sender = app.sender(&sink);
    app.pause_with_contact(5, "mailto:a@example.com").await;
    app.clock.advance(window());
    sink.stop().await;
    // Down for a while: each attempt is deferred, further apart each time.
    for wait in [1, 2, 4] {
        assert_eq!(sender.run_once().await.unwrap().retried, 1);
        app.clock.advance(Duration::minutes(wait));
    }
    sink.restart().await;
    assert_eq!(sender.run_once().await.unwrap().sent, 1);
    assert_eq!(sink.messages().len(), 1);
}

#[tokio::test]
async fn a_permanent_refusal_is_recorded_and_not_retried() {
    let app = spawn_app().await;
    let sink = SmtpSink::start().await;
    let sender = app.sender(&sink);
    app.pause_with_contact(5, "mailto:gone@example.com").await;
    app.clock.advance(window());
    sink.set("reject", true);
    assert_eq!(sender.run_once().await.unwrap().failed, 1);
    sink.set("reject", false);
    app.clock.advance(Duration::hours(2));
    assert_eq!(sender.run_once().await.unwrap().total(), 0);
    let row = &app.store.notifications(account(5), 1).await.unwrap()[0];
    assert_eq!(row.state, "failed");
    assert!(
        row.last_error.as_deref().unwrap().contains("550"),
        "{row:?}"
    );
    assert!(sink.messages().is_empty());
}

#[tokio::test]
async fn undeliverable_mail_is_given_up_after_the_maximum_age() {
    let app = spawn_app().await;
    let mut sink = SmtpSink::start().await;
    let sender = app.sender(&sink);
    app.pause_with_contact(5, "mailto:a@example.com").await;
    sink.stop().await;
    app.clock
        .advance(MailSettings::default().max_age + Duration::minutes(1));
    assert_eq!(sender.run_once().await.unwrap().failed, 1);
    let row = &app.store.notifications(account(5), 1).await.unwrap()[0];
    assert_eq!(row.state, "failed");
    assert!(row.last_error.as_deref().unwrap().contains("given up"));
}

#[tokio::test]
async fn no_email_once_the_subscriber_has_unpaused() {
    let app = spawn_app().await;
    let sink = SmtpSink::start().await;
    app.pause_with_contact(5, "mailto:a@example.com").await;
    app.store
        .unpause_all(
            account(5),
            app.clock.now(),
            &acme_unpause::store::AuditContext::cli(),
            &|_| {},
        )
        .await
        .unwrap();
    app.clock.advance(window());
    assert_eq!(app.sender(&sink).run_once().await.unwrap().skipped, 1);
    assert!(sink.messages().is_empty());
    let row = &app.store.notifications(account(5), 1).await.unwrap()[0];
    assert_eq!(row.state, "skipped");
}

#[tokio::test]
async fn a_whole_account_pause_without_names_points_to_find_my_link() {
    let app = spawn_app().await;
    let sink = SmtpSink::start().await;
    api_pause(
        &app,
        json!({"account": 8, "whole_account": true, "contacts": ["mailto:a@example.com"]}),
    )
    .await;
    app.clock.advance(window());
    assert_eq!(app.sender(&sink).run_once().await.unwrap().sent, 1);
    let text = sink.messages()[0]["text"].as_str().unwrap().to_owned();
    assert!(text.contains(&tr("en").t("mail-paused-account")), "{text}");
    assert!(text.contains(&format!("{}/find-link", app.base)), "{text}");
}

#[tokio::test]
async fn the_api_refuses_contacts_that_cannot_receive_email() {
    let app = spawn_app().await;
    for (contacts, field) in [
        (json!(["tel:+15555550100"]), "contacts[0]"),
        (
            json!(["mailto:a@example.com", "mailto:b@example.com?subject=x"]),
            "contacts[1]",
        ),
        (json!(["mailto:a@example.com,b@example.com"]), "contacts[0]"),
    ] {
        let response = app
            .api_post(
                "/internal/v1/pause",
                &json!({"account": 1, "whole_account": true, "contacts": contacts}),
            )
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        let body: Value = response.json().await.unwrap();
        assert!(body["detail"].as_str().unwrap().contains(field), "{body}");
    }
    let response = app
        .api_post(
            "/internal/v1/pause",
            &json!({"account": 1, "whole_account": true, "language": "not a tag"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    // Nothing was paused or queued by the refused calls.
    assert!(app.summary(1).await.is_empty());
    assert!(
        app.store
            .notifications(account(1), 10)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn serve_sends_by_itself_and_reports_in_metrics() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(Options {
        mail: Some(MailSettings {
            poll_interval: StdDuration::from_millis(100),
            ..mail_settings()
        }),
        smtp_url: Some(sink.url()),
        ..Options::default()
    })
    .await;
    app.pause_with_contact(5, "mailto:a@example.com").await;
    app.clock.advance(window());
    let messages = sink.wait_for(1).await;
    assert_eq!(messages[0]["rcpt_tos"], json!(["a@example.com"]));
    let metrics = get_text(&app.client, &format!("{}/metrics", app.internal)).await;
    // The recorder is per process, shared with other tests: look for the
    // series, not a count.
    assert!(
        metrics.contains("acme_unpause_notifications_total{result=\"sent\"}"),
        "{metrics}"
    );
    assert!(
        metrics.contains("acme_unpause_outbox_messages{state=\"sent\"}"),
        "{metrics}"
    );
}

fn status_json(dir: &Path) -> Value {
    let out = run(
        dir,
        &["--config", "c.toml", "status", "--account", "5", "--json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The sender dies after the SMTP server took the message but before the
/// outbox says so. The message is not lost: once the lease runs out another
/// sender sends it again, under the same Message-ID.
#[tokio::test]
async fn a_crash_between_sending_and_recording_resends_the_same_message() {
    let sink = SmtpSink::start().await;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("c.toml"),
        format!(
            "database_url = \"sqlite://mail.db\"\nkey_files = [\"k.hex\"]\n\
             public_url = \"https://portal.test/\"\nsmtp_url = \"{}\"\n\
             mail_from = \"noreply@ca.test\"\n\
             [mail]\nwindow = \"1s\"\nlease = \"6s\"\nsmtp_timeout = \"5s\"\n",
            sink.url()
        ),
    )
    .unwrap();
    for args in [
        &["--config", "c.toml", "migrate"][..],
        &["keygen", "--out", "k.hex"],
        &[
            "--config",
            "c.toml",
            "pause",
            "--account",
            "5",
            "--identifier",
            "a.example",
            "--contact",
            "mailto:a@example.com",
            "--language",
            "es",
        ],
    ] {
        let out = run(d, args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(status_json(d)["notifications"][0]["state"], "pending");
    tokio::time::sleep(StdDuration::from_millis(1100)).await;

    sink.set("stall", true);
    let mut first = tokio::process::Command::new(BIN)
        .current_dir(d)
        .args(["--config", "c.toml", "notify"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    sink.wait_for(1).await;
    first.kill().await.unwrap();
    sink.set("stall", false);

    // Leased by the dead sender: nobody sends it meanwhile.
    let out = run(d, &["--config", "c.toml", "notify"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("0 sent"));
    let row = &status_json(d)["notifications"][0];
    assert_eq!(
        (row["state"].as_str(), row["attempts"].as_u64()),
        (Some("pending"), Some(1))
    );

    tokio::time::sleep(StdDuration::from_secs(6)).await;
    let out = run(d, &["--config", "c.toml", "notify"]);
    let report = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        out.status.success() && report.starts_with("1 sent"),
        "{report}"
    );
    let messages = sink.messages();
    assert_eq!(
        messages.len(),
        2,
        "sent twice: SMTP cannot tell us the first got through"
    );
    assert_eq!(messages[0]["message_id"], messages[1]["message_id"]);
    assert_eq!(header(&messages[1], "Content-Language"), Some("es"));
    let row = &status_json(d)["notifications"][0];
    assert_eq!(
        (row["state"].as_str(), row["attempts"].as_u64()),
        (Some("sent"), Some(2))
    );
}

#[test]
fn notify_without_smtp_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["notify"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--smtp-url"), "{err}");
    let out = run(dir.path(), &["--smtp-url", "smtp://127.0.0.1:1", "notify"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--mail-from"));
    let out = run(
        dir.path(),
        &[
            "--smtp-url",
            "http://x",
            "--mail-from",
            "a@b.test",
            "notify",
        ],
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("smtp://"));
}
