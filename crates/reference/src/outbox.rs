//! The outbox: every email the reference backend "sends".

use std::path::Path;

use kenpos_contract::{OutboxKind, OutboxMessage};
use rusqlite::{Connection, params};

use crate::clock::rfc3339;
use crate::{Database, ReferenceError, db};

fn kind_str(kind: OutboxKind) -> &'static str {
    match kind {
        OutboxKind::Verify => "verify",
        OutboxKind::LoginId => "login_id",
        OutboxKind::PasswordReset => "password_reset",
    }
}

fn parse_kind(s: &str) -> OutboxKind {
    match s {
        "login_id" => OutboxKind::LoginId,
        "password_reset" => OutboxKind::PasswordReset,
        _ => OutboxKind::Verify,
    }
}

/// What the outbox keeps of an email's body when dev endpoints are off: the email went
/// out by SMTP (or nowhere); a readable link at rest would be a key to an account.
pub const BODY_NOT_KEPT: &str =
    "(not kept: the reference backend keeps email bodies and links only with --dev-endpoints)";

/// Stores one email (and queues it for SMTP delivery when configured). The body and
/// link are kept only when `keep_links` (dev endpoints on: demo, training, tests).
#[allow(clippy::too_many_arguments)]
pub(crate) fn store(
    mailer: Option<&crate::smtp::Mailer>,
    keep_links: bool,
    conn: &Connection,
    kind: OutboxKind,
    to: &str,
    (subject, body): (String, String),
    link: Option<&str>,
    now: i64,
) -> rusqlite::Result<()> {
    let (kept_body, kept_link) = if keep_links {
        (body.as_str(), link)
    } else {
        (BODY_NOT_KEPT, None)
    };
    conn.execute(
        "INSERT INTO outbox (kind, to_addr, subject, body, link, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![kind_str(kind), to, subject, kept_body, kept_link, now],
    )?;
    if let Some(m) = mailer {
        m.queue(crate::smtp::Outgoing {
            to: to.to_owned(),
            subject,
            body,
        });
    }
    tracing::info!(target: "kenpos_reference", kind = kind_str(kind), "email stored in outbox");
    Ok(())
}

/// Every stored email, oldest first.
pub(crate) fn list(conn: &Connection) -> rusqlite::Result<Vec<OutboxMessage>> {
    let mut stmt = conn.prepare(
        "SELECT id, kind, to_addr, subject, body, link, created_at FROM outbox ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(OutboxMessage {
            id: r.get(0)?,
            kind: parse_kind(&r.get::<_, String>(1)?),
            to: r.get(2)?,
            subject: r.get(3)?,
            body: r.get(4)?,
            link: r.get(5)?,
            created_at: rfc3339(r.get(6)?),
        })
    })?;
    rows.collect()
}

/// The outbox of a data file (for the CLI; the server need not run).
pub fn read_file(path: &Path) -> Result<Vec<OutboxMessage>, ReferenceError> {
    if !path.exists() {
        return Err(ReferenceError::Args("data file not found".to_owned()));
    }
    let (conn, _) = db::open(&Database::File(path.to_path_buf()))?;
    list(&conn).map_err(|_| ReferenceError::Database)
}

/// Plain-text rendering of messages (CLI).
pub fn render(messages: &[OutboxMessage]) -> String {
    let mut out = String::new();
    for m in messages {
        out.push_str(&format!(
            "#{} {} {:?} to {}\nSubject: {}\n{}\n{}\n",
            m.id,
            m.created_at,
            m.kind,
            m.to,
            m.subject,
            m.body,
            "-".repeat(60)
        ));
    }
    if messages.is_empty() {
        out.push_str("(outbox is empty)\n");
    }
    out
}
