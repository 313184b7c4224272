//! Expired rows are deleted, so the server keeps member data no longer than it needs:
//! login steps, sessions (with the email and password hash typed during setup) and
//! eligibility checks (with the numbers) as soon as they expire; email links a week
//! after they expire (so an old link still gets "this link has expired", not "not
//! valid"); idempotency replies a day after they were stored.
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
}

impl Purged {
    /// Rows deleted in all.
    pub fn total(&self) -> usize {
        self.login_flows + self.sessions + self.eligibility + self.email_links + self.idempotency
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
