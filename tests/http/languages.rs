//! Language choice and localised pages.

use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, COOKIE};

use crate::helpers::*;

const LOCALES: &[&str] = &[
    "en", "es", "fr", "de", "it", "pt-BR", "nl", "pl", "ru", "uk", "tr", "ar", "fa", "he", "hi",
    "id", "vi", "ja", "ko", "zh-CN", "zh-TW",
];

fn html_tag(html: &str) -> &str {
    let start = html.find("<html").unwrap();
    &html[start..start + html[start..].find('>').unwrap() + 1]
}

fn h1(html: &str) -> String {
    let start = html.find("<h1").unwrap();
    let open_end = start + html[start..].find('>').unwrap() + 1;
    let end = open_end + html[open_end..].find("</h1>").unwrap();
    html[open_end..end].to_owned()
}

async fn page_with_accept_language(app: &TestApp, header: &str) -> String {
    app.client
        .get(app.url("/help"))
        .header(ACCEPT_LANGUAGE, header)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn browser_setting_alone_picks_the_language_and_direction() {
    let app = spawn_app().await;
    for (header, tag) in [
        ("de-DE,de;q=0.9,en;q=0.8", r#"lang="de" dir="ltr""#),
        ("ja", r#"lang="ja" dir="ltr""#),
        ("ar-EG,ar;q=0.9", r#"lang="ar" dir="rtl""#),
        ("he", r#"lang="he" dir="rtl""#),
        ("fa-IR", r#"lang="fa" dir="rtl""#),
        ("pt", r#"lang="pt-BR""#),
        ("zh-Hant", r#"lang="zh-TW""#),
        ("zh", r#"lang="zh-CN""#),
        ("fr;q=0.2, ko;q=0.8", r#"lang="ko""#),
        ("xx-YY, *", r#"lang="en""#),
    ] {
        let html = page_with_accept_language(&app, header).await;
        assert!(
            html_tag(&html).contains(tag),
            "{header}: {}",
            html_tag(&html)
        );
    }
}

#[tokio::test]
async fn query_beats_cookie_beats_accept_language_and_the_choice_is_remembered() {
    let app = spawn_app().await;

    let chosen = app
        .client
        .get(app.url("/help?lang=uk"))
        .header(ACCEPT_LANGUAGE, "de")
        .send()
        .await
        .unwrap();
    let cookie = chosen
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("lang=uk;"), "{cookie}");
    assert!(html_tag(&chosen.text().await.unwrap()).contains(r#"lang="uk""#));

    // The client kept the cookie: it now beats Accept-Language.
    let html = page_with_accept_language(&app, "de").await;
    assert!(html_tag(&html).contains(r#"lang="uk""#));

    // An explicit ?lang= beats the cookie.
    let html = app.get("/?lang=vi").await.text().await.unwrap();
    assert!(html_tag(&html).contains(r#"lang="vi""#));

    // An unsupported ?lang= sets nothing and falls through.
    let fresh = client();
    let response = fresh
        .get(app.url("/?lang=xx"))
        .header(COOKIE, "lang=it")
        .send()
        .await
        .unwrap();
    assert!(response.headers().get("set-cookie").is_none());
    assert!(html_tag(&response.text().await.unwrap()).contains(r#"lang="it""#));
}

#[tokio::test]
async fn the_language_picker_keeps_the_visitor_and_the_token_on_the_same_page() {
    let app = spawn_app().await;
    app.pause(42, &["a.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);

    let html = app.get_unpause(&jwt).await.text().await.unwrap();

    let form_start = html.find(r#"id="language-picker""#).unwrap();
    let form = &html[html[..form_start].rfind("<form").unwrap()..];
    let form = &form[..form.find("</form>").unwrap()];
    assert!(form.contains(r#"method="get""#));
    assert!(form.contains(r#"action="/sfe/v1/unpause""#));
    assert!(form.contains(&format!(r#"name="jwt" value="{jwt}""#)));
    for tag in LOCALES {
        assert!(
            form.contains(&format!(r#"<option value="{tag}""#)),
            "{tag} offered"
        );
    }
    // Submitting it is a plain GET of the same page in another language.
    let switched = app.get(&format!("/sfe/v1/unpause?lang=ja&jwt={jwt}")).await;
    assert_eq!(switched.status(), StatusCode::OK);
    let html = switched.text().await.unwrap();
    assert!(html_tag(&html).contains(r#"lang="ja""#));
    assert!(has_id(&html, "paused-count"));
}

#[tokio::test]
async fn every_page_renders_in_every_locale_without_english_fallback() {
    let app = spawn_app().await;
    app.pause(42, &["a.example", "b.example"]).await;
    let jwt = app.link_token(42, &["a.example"]);
    let expired = app.token_at(
        42,
        &["a.example"],
        app.clock.now() - time::Duration::days(40),
        time::Duration::days(1),
    );
    let pages = [
        "/".to_owned(),
        "/help".to_owned(),
        format!("/sfe/v1/unpause?jwt={jwt}"),
        format!("/sfe/v1/unpause?jwt={expired}"),
        "/sfe/v1/unpause?jwt=broken".to_owned(),
        "/sfe/v1/unpause-status".to_owned(),
        "/missing".to_owned(),
    ];
    let mut english_h1 = Vec::new();
    for page in &pages {
        english_h1.push(h1(&app
            .get(&with_lang(page, "en"))
            .await
            .text()
            .await
            .unwrap()));
    }
    for tag in LOCALES.iter().filter(|t| **t != "en") {
        for (page, english) in pages.iter().zip(&english_h1) {
            let html = app.get(&with_lang(page, tag)).await.text().await.unwrap();
            assert!(
                html_tag(&html).contains(&format!(r#"lang="{tag}""#)),
                "{tag} {page}"
            );
            assert!(
                !html.contains(acme_unpause::i18n::MISSING_MARK),
                "{tag} {page}"
            );
            assert_ne!(
                &h1(&html),
                english,
                "{tag} {page}: heading is still English"
            );
        }
    }
}

fn with_lang(path: &str, tag: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}lang={tag}")
}

#[tokio::test]
async fn a_volunteer_can_link_a_help_section_in_a_chosen_language() {
    let app = spawn_app().await;
    let response = app.get("/help?lang=de#staging").await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    assert!(html_tag(&html).contains(r#"lang="de""#));
    assert!(has_id(&html, "staging"));
    assert!(html.contains("https://staging.test/directory"));
}

#[tokio::test]
async fn the_picker_never_echoes_an_unknown_path() {
    let app = spawn_app().await;
    let html = app.get("//evil.example/x").await.text().await.unwrap();
    assert!(html.contains(r#"id="language-picker""#));
    assert!(
        !html.contains("evil.example"),
        "path not echoed into the form"
    );
}
