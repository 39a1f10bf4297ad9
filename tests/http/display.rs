//! Names as they are shown: a row another writer put in the shared table
//! may hold characters that reorder or hide text (a right-to-left override
//! shows `a\u{202E}elpmaxe.com` as `amoc.example`). Page and email write
//! them out instead.

use acme_unpause::domain::{Identifier, IdentifierType};
use acme_unpause::store::{self, AuditContext, PauseMode};
use reqwest::StatusCode;

use crate::helpers::*;
use crate::smtp::SmtpSink;

/// Stored as Boulder would store it: no validation on the way in.
const REVERSED: &str = "a\u{202E}elpmaxe.com";
const SHOWN: &str = "a\\u{202E}elpmaxe.com";

async fn pause_reversed(app: &TestApp, id: i64, notice: store::Notice) {
    let ctx = AuditContext::cli();
    let name = Identifier::from_store(IdentifierType::Dns, REVERSED.to_owned());
    app.store
        .pause_identifiers(
            account(id),
            &[name],
            PauseMode::RespectCooldown,
            app.clock.now(),
            &ctx,
            &notice,
        )
        .await
        .unwrap();
}

/// The text of each `<span class="name">` on the page.
fn shown_names(html: &str) -> Vec<String> {
    html.split(r#"<span class="name" dir="ltr">"#)
        .skip(1)
        .filter_map(|rest| rest.split_once('<').map(|(name, _)| unescape_html(name)))
        .collect()
}

#[tokio::test]
async fn bidirectional_controls_in_a_stored_name_are_shown_written_out_on_the_page() {
    let app = spawn_app().await;
    pause_reversed(&app, 7, store::Notice::default()).await;
    app.pause(7, &["b.example"]).await;

    let response = app.get_unpause(&app.link_token(7, &["b.example"])).await;

    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    let names = shown_names(&html);
    assert!(names.contains(&SHOWN.to_owned()), "{names:?}");
    assert!(names.contains(&"b.example".to_owned()), "{names:?}");
    assert!(
        names.iter().all(|n| !n.contains('\u{202E}')),
        "no raw override is shown: {names:?}"
    );
}

#[tokio::test]
async fn bidirectional_controls_in_a_stored_name_are_written_out_in_both_parts_of_the_email() {
    let app = spawn_app().await;
    let sink = SmtpSink::start().await;
    let notice = store::Notice {
        contacts: vec!["mailto:owner@example.com".parse().unwrap()],
        language: None,
        window: app.settings.mail.window,
    };
    pause_reversed(&app, 9, notice).await;
    app.clock.advance(app.settings.mail.window);

    let report = app.sender(&sink).run_once().await.unwrap();

    assert_eq!(report.sent, 1, "{report:?}");
    let mail = &sink.messages()[0];
    let text = mail["text"].as_str().unwrap();
    let html = unescape_html(mail["html"].as_str().unwrap());
    for body in [text, html.as_str()] {
        assert!(body.contains(SHOWN), "written out in:\n{body}");
        assert!(!body.contains('\u{202E}'), "no raw override in:\n{body}");
    }
}
