//! The pause notification, rendered from `templates/mail/paused/` and the
//! Fluent messages of the account's language.

use askama::Template;

use crate::app::App;
use crate::i18n::Tr;
use crate::i18n::display_time;
use crate::links;
use crate::links::MAX_NAMES;
use crate::store::{Notification, PausedSummary};

/// Names listed in the email; the rest are counted.
pub const NAMES_SHOWN: usize = 10;

/// Languages that get a line of their own at the end of every email, so a
/// reader who does not read the email's language learns that the linked
/// page speaks theirs.
const OTHER_LANGUAGES: &[&str] = &[
    "en", "es", "fr", "de", "pt-BR", "ru", "ar", "hi", "zh-CN", "ja",
];

/// Longest user agent shown; the audit trail keeps more.
const MAX_AGENT_SHOWN: usize = 200;

/// A finished email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The language it is written in (a tag of `locales/`).
    pub language: String,
}

/// What the templates show.
#[derive(Debug)]
pub struct PausedMail {
    pub subject: String,
    pub intro: String,
    pub footer: String,
    pub account_paused: bool,
    pub count: u64,
    /// More names are paused than `count` (counting stopped at the cap).
    pub count_capped: bool,
    pub names: Vec<String>,
    pub more: u64,
    pub since: String,
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
    pub staging_url: String,
    pub link: Option<MailLink>,
    pub find_link_url: String,
    pub other_languages: Vec<OtherLanguage>,
}

#[derive(Debug)]
pub struct MailLink {
    pub url: String,
    pub until: String,
}

#[derive(Debug)]
pub struct OtherLanguage {
    pub tag: String,
    pub dir: &'static str,
    pub text: String,
}

#[derive(Template)]
#[template(path = "mail/paused/subject.txt")]
struct Subject<'a> {
    m: &'a PausedMail,
}

#[derive(Template)]
#[template(path = "mail/paused/body.txt")]
struct BodyText<'a> {
    tr: &'a Tr<'a>,
    m: &'a PausedMail,
}

#[derive(Template)]
#[template(path = "mail/paused/body.html")]
struct BodyHtml<'a> {
    tr: &'a Tr<'a>,
    m: &'a PausedMail,
}

/// Control characters (a user agent is whatever the client sent) would let
/// it rearrange the plain-text email; bidirectional and invisible ones are
/// written out, as in names.
fn printable(text: &str, max: usize) -> String {
    let kept: String = text.chars().filter(|c| !c.is_control()).take(max).collect();
    crate::i18n::visible(&kept).into_owned()
}

/// Renders the email for `notification`, describing `summary` (the live
/// pause state, at least [`MAX_NAMES`] names of it).
pub fn render_paused(
    app: &App,
    notification: &Notification,
    summary: &PausedSummary,
) -> anyhow::Result<Rendered> {
    let mail = &app.settings.mail;
    let wanted: Vec<&str> = notification
        .language
        .as_deref()
        .into_iter()
        .chain([mail.language.as_str()])
        .collect();
    let locale = app.i18n.negotiate(&wanted, None);
    let tr = app.i18n.tr(&locale);
    let account = notification.account.to_string();
    let ca = app.settings.ca_name.as_str();
    let vars = [("ca", ca), ("account", account.as_str())];
    let names: Vec<_> = summary
        .first
        .iter()
        .take(MAX_NAMES)
        .map(|p| p.identifier.clone())
        .collect();
    // The link's lifetime counts from the pause, so every attempt at this
    // email carries the same link.
    let link = if names.is_empty() {
        None
    } else {
        let jwt = crate::token::mint(
            &app.keys,
            notification.account,
            &names,
            notification.created_at,
            mail.link_lifetime,
        )?;
        Some(MailLink {
            url: links::unpause(&app.public_url, &jwt),
            until: display_time(notification.created_at + mail.link_lifetime),
        })
    };
    let since = [summary.oldest, summary.account_paused_at]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(notification.created_at);
    let shown: Vec<String> = names
        .iter()
        .take(NAMES_SHOWN)
        .map(|i| crate::i18n::visible(i.value()).into_owned())
        .collect();
    let other_languages = OTHER_LANGUAGES
        .iter()
        .filter(|tag| **tag != locale.tag())
        .filter_map(|tag| app.i18n.find(tag))
        .map(|other| OtherLanguage {
            tag: other.tag().to_owned(),
            dir: other.dir(),
            text: app.i18n.tr(other).t("mail-in-your-language"),
        })
        .collect();
    let m = PausedMail {
        subject: tr.with("mail-paused-subject", &vars),
        intro: tr.with("mail-paused-intro", &vars),
        footer: tr.with("mail-paused-footer", &vars),
        account_paused: summary.account_paused_at.is_some(),
        count: summary.count,
        count_capped: summary.count_capped,
        more: summary.count.saturating_sub(shown.len() as u64),
        names: shown,
        since: display_time(since),
        client_ip: notification
            .client_ip
            .as_deref()
            .map(|ip| printable(ip, 64)),
        user_agent: notification
            .user_agent
            .as_deref()
            .map(|agent| printable(agent, MAX_AGENT_SHOWN))
            .filter(|agent| !agent.is_empty()),
        staging_url: app.settings.staging_url.to_string(),
        link,
        find_link_url: links::page(&app.public_url, links::FIND_LINK),
        other_languages,
    };
    let ltr = locale.dir() == "ltr";
    Ok(Rendered {
        subject: without_isolation(ltr, Subject { m: &m }.render()?.trim()),
        text: without_isolation(ltr, &BodyText { tr: &tr, m: &m }.render()?),
        html: BodyHtml { tr: &tr, m: &m }.render()?,
        language: locale.tag().to_owned(),
    })
}

/// Fluent wraps each variable in Unicode isolation marks. Right-to-left
/// text needs them around an address or a name; left-to-right text does
/// not, and in a subject line or a copied IP address they only get in the
/// way (some mail clients even draw them as boxes).
fn without_isolation(ltr: bool, text: &str) -> String {
    if ltr {
        text.replace(['\u{2068}', '\u{2069}'], "")
    } else {
        text.to_owned()
    }
}
