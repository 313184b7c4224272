//! Optional SMTP delivery of outbox messages (lettre, rustls).
//!
//! Every email is stored in the outbox first; when SMTP is configured it is also handed to
//! a background task that delivers it. Failures are logged as an outcome only (never the
//! address or the content) and do not change the API reply, so replies stay neutral.

use kenpos_contract::Secret;
use lettre::message::{Mailbox, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tokio::sync::mpsc;

use crate::ReferenceError;

/// How to secure the SMTP connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum SmtpTls {
    /// Plain text (local relays and tests only).
    None,
    /// STARTTLS on the submission port (587).
    #[default]
    Starttls,
    /// Implicit TLS (465).
    Tls,
}

/// SMTP settings.
#[derive(Clone)]
pub struct SmtpSettings {
    /// Server host name.
    pub host: String,
    /// Port (587 for STARTTLS, 465 for TLS, 25 for plain relays).
    pub port: u16,
    /// Connection security.
    pub tls: SmtpTls,
    /// Login, if the server needs one.
    pub username: Option<String>,
    /// Password for `username`.
    pub password: Option<Secret>,
    /// Sender address, e.g. `KENPOS <no-reply@example.jp>` (members allow its domain).
    pub from: String,
}

impl std::fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("username", &self.username.as_ref().map(|_| "***"))
            .finish_non_exhaustive()
    }
}

/// One email to deliver.
pub struct Outgoing {
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// Handle to the delivery task.
#[derive(Clone)]
pub struct Mailer {
    tx: mpsc::UnboundedSender<Outgoing>,
}

impl Mailer {
    /// Builds the transport and spawns the delivery task on the current runtime.
    pub fn start(settings: &SmtpSettings) -> Result<Self, ReferenceError> {
        let from: Mailbox = settings
            .from
            .parse()
            .map_err(|_| ReferenceError::Args("invalid SMTP sender address".into()))?;
        let builder = match settings.tls {
            SmtpTls::None => Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(
                &settings.host,
            )),
            SmtpTls::Starttls => {
                AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&settings.host)
            }
            SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&settings.host),
        }
        .map_err(|_| ReferenceError::Args("invalid SMTP settings".into()))?;
        let mut builder = builder.port(settings.port);
        if let (Some(user), Some(pw)) = (&settings.username, &settings.password) {
            builder = builder.credentials(Credentials::new(user.clone(), pw.expose().to_owned()));
        }
        let transport = builder.build();
        let (tx, mut rx) = mpsc::unbounded_channel::<Outgoing>();
        tokio::spawn(async move {
            while let Some(mail) = rx.recv().await {
                let outcome = match build(&from, &mail) {
                    Some(msg) => match transport.send(msg).await {
                        Ok(_) => "smtp_sent",
                        Err(_) => "smtp_failed",
                    },
                    None => "smtp_bad_message",
                };
                tracing::info!(target: "kenpos_reference", outcome, "email delivery");
            }
        });
        Ok(Self { tx })
    }

    /// Queues an email (never blocks; delivery happens in the background).
    pub fn queue(&self, mail: Outgoing) {
        if self.tx.send(mail).is_err() {
            tracing::warn!(target: "kenpos_reference", outcome = "smtp_task_gone", "email delivery");
        }
    }
}

fn build(from: &Mailbox, mail: &Outgoing) -> Option<Message> {
    let to: Mailbox = mail.to.parse().ok()?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .ok()
}
