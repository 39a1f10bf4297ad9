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

use crate::config::MailSettings;
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
    pub fn new(settings: &MailSettings) -> anyhow::Result<Option<Self>> {
        let (Some(url), Some(from)) = (&settings.smtp_url, &settings.from) else {
            return Ok(None);
        };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("SMTP URL {}: {e}", crate::store::redact_url(url)))?
            .timeout(Some(settings.smtp_timeout))
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
    let text = one_line(err);
    let code = err.status().map(|code| code.to_string());
    // 530/534/535/538 answer AUTH: our credentials or the server's setup are
    // wrong, which an operator fixes; every message would fail the same.
    let auth = code
        .as_deref()
        .is_some_and(|c| matches!(c, "530" | "534" | "535" | "538"));
    if err.is_permanent() && !auth {
        SendError::Permanent(text)
    } else {
        SendError::Transient(text)
    }
}

/// An error and its causes on one line.
fn one_line(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}
