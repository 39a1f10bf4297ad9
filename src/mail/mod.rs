//! Notification email: what a pause tells the account's contacts
//! ([`render`]), how it travels ([`Mailer`], SMTP through lettre), and the
//! [`Sender`] that drains the shared outbox.
//!
//! Delivery is at least once: a message is marked sent only after the SMTP
//! server took it. A sender that dies in between leaves the row leased; when
//! the lease ends another sender sends it again, with the same Message-ID,
//! so mail clients show one message.

mod render;
mod sender;

use std::time::Duration;

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::settings::Settings;
use crate::store::Notification;

pub use render::{PausedMail, Rendered, render_paused};
pub use sender::{RunReport, Sender};

/// Why a message did not go out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The server refused this message for good (a 5xx answer to it).
    #[error("refused: {0}")]
    Permanent(String),
    /// Try again later: no connection, a 4xx answer, a timeout, or a
    /// refusal that says more about our setup (credentials) than about the
    /// message.
    #[error("{0}")]
    Transient(String),
}

/// An SMTP connection pool and the sender's address.
#[derive(Debug, Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// Right-hand side of every Message-ID.
    domain: String,
}

impl Mailer {
    /// `None` when no SMTP URL is configured.
    pub fn new(settings: &Settings) -> anyhow::Result<Option<Self>> {
        let (Some(url), Some(from)) = (&settings.smtp_url, &settings.mail_from) else {
            return Ok(None);
        };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("SMTP URL {}: {e}", crate::store::redact_url(url)))?
            .timeout(Some(settings.mail.smtp_timeout))
            // Idle connections are closed soon: a sender runs in bursts.
            .pool_config(
                PoolConfig::new()
                    .max_size(4)
                    .idle_timeout(Duration::from_secs(30)),
            )
            .build();
        Ok(Some(Self {
            transport,
            from: from.clone(),
            domain: from.email.domain().to_owned(),
        }))
    }

    /// Connects to the SMTP server and greets it (with TLS and login, when
    /// the URL asks for them) without sending anything, within `within`.
    pub async fn test_connection(&self, within: Duration) -> anyhow::Result<()> {
        match tokio::time::timeout(within, self.transport.test_connection()).await {
            Ok(Ok(true)) => Ok(()),
            Ok(Ok(false)) => anyhow::bail!("the server closed the connection"),
            Ok(Err(err)) => Err(err.into()),
            Err(_) => anyhow::bail!("no answer within {within:?}"),
        }
    }

    /// The same for every attempt at one outbox row, so that a message sent
    /// twice (a crash between sending and recording it) is recognisably one.
    pub fn message_id(&self, notification: &Notification) -> String {
        format!(
            "<notice.{}.{}@{}>",
            notification.id,
            notification.created_at.unix_timestamp(),
            self.domain
        )
    }

    /// Builds the MIME message: plain text and HTML alternatives.
    pub fn message(
        &self,
        notification: &Notification,
        rendered: &Rendered,
    ) -> anyhow::Result<Message> {
        let mut message = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(None, notification.contact.address().clone()))
            .subject(rendered.subject.clone())
            .message_id(Some(self.message_id(notification)))
            .multipart(MultiPart::alternative_plain_html(
                rendered.text.clone(),
                rendered.html.clone(),
            ))?;
        let headers = message.headers_mut();
        // RFC 3834: vacation responders and the like must not answer.
        headers.insert_raw(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            "auto-generated".to_owned(),
        ));
        headers.insert_raw(HeaderValue::new(
            HeaderName::new_from_ascii_str("Content-Language"),
            rendered.language.clone(),
        ));
        Ok(message)
    }

    pub async fn send(&self, message: Message) -> Result<(), SendError> {
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(err) => Err(classify(&err)),
        }
    }
}

/// Sorts lettre's error into "never" and "later".
fn classify(err: &lettre::transport::smtp::Error) -> SendError {
    let text = crate::one_line(err);
    let code = err.status().map(|code| code.to_string());
    if err.is_permanent() && is_about_the_message(code.as_deref(), &text) {
        SendError::Permanent(text)
    } else {
        SendError::Transient(text)
    }
}

/// Whether a 5xx answer is about this message or its recipient, which no
/// retry changes, rather than about our setup (credentials, sender address,
/// relaying, the protocol), which an operator fixes and after which every
/// waiting message should still go out. lettre does not say which command
/// was answered, so the enhanced status code (RFC 3463) decides, and
/// without one the basic code.
fn is_about_the_message(code: Option<&str>, text: &str) -> bool {
    let enhanced = text
        .split(|c: char| c.is_whitespace() || c == ':' || c == '(' || c == ')')
        .find(|word| {
            let parts: Vec<&str> = word.split('.').collect();
            parts.len() == 3
                && parts[0] == "5"
                && parts[1..]
                    .iter()
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        });
    match enhanced {
        // 5.1.x addressing (but 5.1.7 and 5.1.8: our sender address),
        // 5.2.x the mailbox, 5.3.4 too big, 5.6.x the content.
        Some(status) => {
            let (class, detail) = status[2..].split_once('.').unwrap_or(("", ""));
            match class {
                "1" => !matches!(detail, "7" | "8"),
                "2" | "6" => true,
                "3" => detail == "4",
                _ => false,
            }
        }
        // 550-553 and 521/556 name the mailbox or its domain; 500-504
        // (syntax), 530-538 (authentication) and 554 (anything) do not.
        None => matches!(code, Some("550" | "551" | "552" | "553" | "521" | "556")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_refusals_of_the_message_are_permanent() {
        for (code, text, permanent) in [
            ("550", "permanent error (550): 5.1.1 No such user", true),
            ("552", "permanent error (552): 5.2.2 Mailbox full", true),
            ("552", "permanent error (552): 5.3.4 Message too big", true),
            ("554", "permanent error (554): 5.6.0 Bad content", true),
            ("550", "permanent error (550): No such user here", true),
            (
                "553",
                "permanent error (553): 5.1.8 Sender address rejected",
                false,
            ),
            (
                "554",
                "permanent error (554): 5.7.1 Relay access denied",
                false,
            ),
            (
                "535",
                "permanent error (535): 5.7.8 Authentication failed",
                false,
            ),
            ("535", "permanent error (535): Authentication failed", false),
            ("554", "permanent error (554): Transaction failed", false),
            (
                "502",
                "permanent error (502): Command not implemented",
                false,
            ),
        ] {
            assert_eq!(is_about_the_message(Some(code), text), permanent, "{text}");
        }
    }
}
