//! Shared server state.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::{Connection, params};

use crate::clock::Clock;
use crate::password::HashCost;
use crate::{ReferenceError, tokens};

pub struct AppState {
    pub db: Mutex<Connection>,
    pub clock: Arc<dyn Clock>,
    pub dev_endpoints: bool,
    pub public_base_url: String,
    pub prefix: String,
    pub hash_cost: HashCost,
    /// Hash verified for unknown IDs so both paths cost the same.
    pub dummy_hash: String,
    /// Serialises idempotent operations so concurrent duplicates cannot both run.
    pub idempotency_lock: tokio::sync::Mutex<()>,
    /// SMTP delivery, when configured.
    pub mailer: Option<crate::smtp::Mailer>,
    /// Passwords checked at login so far (argon2 runs; tests bound them under attack).
    pub password_checks: std::sync::atomic::AtomicU64,
    /// Argon2 runs at once (each takes 19 MiB): parallel logins cannot exhaust memory.
    pub argon2: Arc<tokio::sync::Semaphore>,
    /// Argon2 runs going on now and the most seen at once (tests check the cap).
    pub argon2_load: Arc<Argon2Load>,
    /// The key of stored request hashes (idempotency), kept in the database.
    pub request_hash_key: String,
}

/// Argon2 runs going on now, and the most there ever were at once.
#[derive(Debug, Default)]
pub struct Argon2Load {
    now: AtomicUsize,
    /// The most runs seen at once since the server started.
    pub peak: AtomicUsize,
}

/// A turn to run argon2: counts as running until dropped.
#[derive(Debug)]
pub struct Argon2Turn {
    _permit: Option<tokio::sync::OwnedSemaphorePermit>,
    load: Arc<Argon2Load>,
}

impl Drop for Argon2Turn {
    fn drop(&mut self) {
        // Runs before the permit is released (fields drop after this).
        self.load.now.fetch_sub(1, Ordering::SeqCst);
    }
}

impl AppState {
    pub fn conn(&self) -> MutexGuard<'_, Connection> {
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits for a turn to run argon2 (see [`AppState::argon2`]). Move the turn into
    /// the blocking task that runs argon2, so that a request dropped on its timeout
    /// still holds the turn until the hash is done. (The semaphore is never closed; if
    /// it were, no wait.)
    pub async fn argon2_turn(&self) -> Argon2Turn {
        let permit = self.argon2.clone().acquire_owned().await.ok();
        let now = self.argon2_load.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.argon2_load.peak.fetch_max(now, Ordering::SeqCst);
        Argon2Turn {
            _permit: permit,
            load: self.argon2_load.clone(),
        }
    }

    /// Counts one password check at login.
    pub fn count_password_check(&self) {
        self.password_checks
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn now(&self) -> i64 {
        self.clock.now().unix_timestamp()
    }

    pub fn issue_device_token(&self) -> Result<String, ReferenceError> {
        let token = tokens::new_token();
        self.accept_device_token(&token)?;
        Ok(token)
    }

    /// Stores the hash of a device token made elsewhere (see
    /// [`crate::ReferenceOptions::device_tokens`]).
    pub fn accept_device_token(&self, token: &str) -> Result<(), ReferenceError> {
        let now = self.now();
        self.conn()
            .execute(
                "INSERT OR IGNORE INTO device_tokens (hash, created_at) VALUES (?1, ?2)",
                params![tokens::hash(token), now],
            )
            .map_err(|_| ReferenceError::Database)?;
        Ok(())
    }
}
