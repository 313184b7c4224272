//! SQLite schema and connection.

use rusqlite::Connection;

use crate::{Database, ReferenceError};

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS persons (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,              -- insured | dependent | voluntary | retiree
    insurer_number TEXT NOT NULL,
    symbol TEXT NOT NULL,            -- canonical (canon::symbol)
    number TEXT NOT NULL,            -- canonical (canon::number)
    branch TEXT NOT NULL,
    name_kana TEXT NOT NULL,         -- canonical (canon::name_kana)
    birth_date TEXT NOT NULL,        -- YYYY-MM-DD
    login_id TEXT UNIQUE,
    email TEXT,
    password_hash TEXT,
    initial_password INTEGER NOT NULL DEFAULT 0,
    first_login INTEGER NOT NULL DEFAULT 0,
    newsletter INTEGER NOT NULL DEFAULT 0,
    privacy_version TEXT,
    terms_version TEXT,
    active INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS persons_numbers ON persons (insurer_number, symbol, number);
CREATE TABLE IF NOT EXISTS device_tokens (hash TEXT PRIMARY KEY, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS login_flows (hash TEXT PRIMARY KEY, login_id TEXT NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
    hash TEXT PRIMARY KEY, person_id INTEGER NOT NULL, expires_at INTEGER NOT NULL,
    consent_privacy TEXT, consent_terms TEXT,
    setup_email TEXT, setup_password_hash TEXT, setup_newsletter INTEGER
);
CREATE TABLE IF NOT EXISTS login_failures (
    key TEXT PRIMARY KEY, count INTEGER NOT NULL, last_at INTEGER NOT NULL, locked_until INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS rate_limits (key TEXT PRIMARY KEY, count INTEGER NOT NULL, window_start INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS eligibility_tokens (
    hash TEXT PRIMARY KEY, insurer_number TEXT NOT NULL, symbol TEXT NOT NULL, number TEXT NOT NULL, expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS pending (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,              -- onboarding | signup
    person_id INTEGER NOT NULL,
    email TEXT NOT NULL,
    password_hash TEXT,
    newsletter INTEGER NOT NULL,
    privacy_version TEXT NOT NULL,
    terms_version TEXT NOT NULL,
    resend_hash TEXT NOT NULL UNIQUE,
    last_sent_at INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS email_tokens (
    hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,           -- verify | reset
    pending_id INTEGER,
    person_id INTEGER,
    expires_at INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT NOT NULL, route TEXT NOT NULL, request_hash TEXT NOT NULL,
    status INTEGER NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL,
    PRIMARY KEY (key, route)
);
CREATE TABLE IF NOT EXISTS server_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, to_addr TEXT NOT NULL, subject TEXT NOT NULL,
    body TEXT NOT NULL, link TEXT, created_at INTEGER NOT NULL
);
"#;

/// The server's secret for keyed hashes (made once, kept with the data).
pub fn request_hash_key(conn: &Connection) -> Result<String, ReferenceError> {
    conn.execute(
        "INSERT OR IGNORE INTO server_secrets (name, value) VALUES ('request_hash', ?1)",
        rusqlite::params![crate::tokens::new_token()],
    )
    .map_err(|_| ReferenceError::Database)?;
    conn.query_row(
        "SELECT value FROM server_secrets WHERE name = 'request_hash'",
        [],
        |r| r.get(0),
    )
    .map_err(|_| ReferenceError::Database)
}

/// Opens the database and creates the schema. Returns whether it was new (no persons).
pub fn open(database: &Database) -> Result<(Connection, bool), ReferenceError> {
    #[cfg(unix)]
    if let Database::File(path) = database {
        // Member data: readable by the service user only, from the moment the file
        // exists (created 0600, not chmod-ed afterwards); an existing file is narrowed.
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(path)
            .map_err(|_| ReferenceError::Database)?;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    let conn = match database {
        Database::Memory => Connection::open_in_memory(),
        Database::File(path) => Connection::open(path),
    }
    .map_err(|_| ReferenceError::Database)?;
    conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
        .map_err(|_| ReferenceError::Database)?;
    conn.execute_batch(SCHEMA)
        .map_err(|_| ReferenceError::Database)?;
    let count: i64 = conn
        .query_row("SELECT COUNT(*) FROM persons", [], |r| r.get(0))
        .map_err(|_| ReferenceError::Database)?;
    Ok((conn, count == 0))
}
