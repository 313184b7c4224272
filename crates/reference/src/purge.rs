//! Expired rows are deleted, so the server keeps member data no longer than it needs:
//! login steps, sessions (with the email and password hash typed during setup) and
//! eligibility checks (with the numbers) as soon as they expire; email links a week
//! after they expire (so an old link still gets "this link has expired", not "not
//! valid"); idempotency replies a day after they were stored; a signup or onboarding
//! waiting for its email link (email address, password hash, resend token) and the
//! outbox's copies of emails (links included) once the link can no longer be used (a
//! day after the last send); login failure counters once they no longer count, and
//! rate-limit windows a day after they began.
//!
//! A missing row and an expired one already get the same answer everywhere (the
//! lookups ask for `expires_at > now`), so purging changes no reply.

use std::sync::{Arc, Weak};
use std::time::Duration;

use rusqlite::{Connection, params};

use crate::state::AppState;

/// How often the server purges.
pub const PURGE_EVERY: Duration = Duration::from_secs(60);
/// How long an expired email link is kept (seconds).
pub const LINK_GRACE: i64 = 7 * 24 * 60 * 60;
/// How long an idempotency reply is kept (seconds).
pub const IDEMPOTENCY_KEEP: i64 = 24 * 60 * 60;
/// How long a reply that carries a resend token (signup, onboarding email, resend) is
/// kept for replays: a retry comes within minutes; the token should not sit at rest.
pub const IDEMPOTENCY_TOKEN_KEEP: i64 = 60 * 60;
/// How long a pending signup and a sent email are kept after the last send (seconds):
/// the link in it lasts this long.
pub const PENDING_KEEP: i64 = crate::routes::verify::LINK_TTL;
/// How long a rate-limit window is kept after it began (longer than any window).
pub const RATE_WINDOW_KEEP: i64 = 24 * 60 * 60;

/// How many rows one purge deleted, per table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    /// Login steps (`login_flows`).
    pub login_flows: usize,
    /// Sessions.
    pub sessions: usize,
    /// Eligibility checks.
    pub eligibility: usize,
    /// Email links.
    pub email_links: usize,
    /// Idempotency replies.
    pub idempotency: usize,
    /// Signups and onboardings waiting for their email link (`pending`).
    pub pending: usize,
    /// Copies of sent emails (`outbox`).
    pub outbox: usize,
    /// Login failure counters (`login_failures`).
    pub login_failures: usize,
    /// Rate-limit windows (`rate_limits`).
    pub rate_limits: usize,
}

impl Purged {
    /// Rows deleted in all.
    pub fn total(&self) -> usize {
        self.login_flows
            + self.sessions
            + self.eligibility
            + self.email_links
            + self.idempotency
            + self.pending
            + self.outbox
            + self.login_failures
            + self.rate_limits
    }
}

/// Deletes what has expired at `now` (unix seconds).
pub fn expired(conn: &Connection, now: i64) -> rusqlite::Result<Purged> {
    let delete = |sql: &str, at: i64| conn.execute(sql, params![at]);
    Ok(Purged {
        login_flows: delete("DELETE FROM login_flows WHERE expires_at <= ?1", now)?,
        sessions: delete("DELETE FROM sessions WHERE expires_at <= ?1", now)?,
        eligibility: delete("DELETE FROM eligibility_tokens WHERE expires_at <= ?1", now)?,
        email_links: delete(
            "DELETE FROM email_tokens WHERE expires_at <= ?1",
            now - LINK_GRACE,
        )?,
        idempotency: delete(
            "DELETE FROM idempotency WHERE created_at <= ?1",
            now - IDEMPOTENCY_KEEP,
        )? + conn.execute(
            "DELETE FROM idempotency WHERE created_at <= ?1 AND body LIKE '%\"resend_token\"%'",
            params![now - IDEMPOTENCY_TOKEN_KEEP],
        )?,
        pending: delete(
            "DELETE FROM pending WHERE last_sent_at <= ?1",
            now - PENDING_KEEP,
        )?,
        outbox: delete(
            "DELETE FROM outbox WHERE created_at <= ?1",
            now - PENDING_KEEP,
        )?,
        login_failures: conn.execute(
            "DELETE FROM login_failures WHERE last_at <= ?1 AND locked_until <= ?2",
            params![now - crate::throttle::LOGIN_WINDOW_SECS, now],
        )?,
        rate_limits: delete(
            "DELETE FROM rate_limits WHERE window_start <= ?1",
            now - RATE_WINDOW_KEEP,
        )?,
    })
}

/// Purges every [`PURGE_EVERY`] while the server's state lives.
pub fn spawn(state: &Arc<AppState>) {
    let state: Weak<AppState> = Arc::downgrade(state);
    tokio::spawn(async move {
        let mut every = tokio::time::interval(PURGE_EVERY);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every.tick().await;
            let Some(state) = state.upgrade() else { break };
            let now = state.now();
            match expired(&state.conn(), now) {
                Ok(purged) if purged.total() > 0 => {
                    tracing::debug!(target: "kenpos_reference", rows = purged.total(), "purged expired rows");
                }
                Ok(_) => {}
                Err(_) => {
                    tracing::warn!(target: "kenpos_reference", "purging expired rows failed");
                }
            }
        }
    });
}
