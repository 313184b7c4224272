//! Throttling: login failures per login ID, and windowed rate limits per device.

use kenpos_contract::ErrorCode;
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{ApiError, ApiResult};
use crate::tokens;

/// Failures before a cooldown is imposed.
pub const LOGIN_THROTTLE_AFTER: i64 = 5;
/// Cooldown after each failure once throttled (seconds).
pub const LOGIN_COOLDOWN_SECS: i64 = 30;
/// Failures (within the window) that lock the login ID.
pub const LOGIN_LOCK_AFTER: i64 = 10;
/// Failures older than this are forgotten (seconds).
pub const LOGIN_WINDOW_SECS: i64 = 30 * 60;
/// Length of a lock (seconds).
pub const LOCK_SECS: i64 = 30 * 60;

fn login_key(login_id: &str) -> String {
    tokens::hash(&format!("login:{login_id}"))
}

fn locked() -> ApiError {
    ApiError::new(
        423,
        ErrorCode::Locked,
        "Too many failed attempts: this login ID is locked for a while. Please contact the office.",
    )
}

/// Refuses the attempt if the login ID is locked or cooling down.
pub fn login_gate(conn: &Connection, login_id: &str, now: i64) -> ApiResult<()> {
    let row: Option<(i64, i64, i64)> = conn
        .query_row(
            "SELECT count, last_at, locked_until FROM login_failures WHERE key = ?1",
            params![login_key(login_id)],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((count, last_at, locked_until)) = row else {
        return Ok(());
    };
    if locked_until > now {
        return Err(locked());
    }
    if now - last_at < LOGIN_WINDOW_SECS
        && count >= LOGIN_THROTTLE_AFTER
        && now - last_at < LOGIN_COOLDOWN_SECS
    {
        return Err(ApiError::throttled(LOGIN_COOLDOWN_SECS - (now - last_at)));
    }
    Ok(())
}

/// Records a failure; returns the reply to give (login_failed or locked).
pub fn login_failure(conn: &Connection, login_id: &str, now: i64) -> ApiResult<ApiError> {
    let key = login_key(login_id);
    let prev: Option<(i64, i64)> = conn
        .query_row(
            "SELECT count, last_at FROM login_failures WHERE key = ?1",
            params![key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let count = match prev {
        Some((c, last)) if now - last < LOGIN_WINDOW_SECS => c + 1,
        _ => 1,
    };
    let locked_until = if count >= LOGIN_LOCK_AFTER {
        now + LOCK_SECS
    } else {
        0
    };
    conn.execute(
        "INSERT INTO login_failures (key, count, last_at, locked_until) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(key) DO UPDATE SET count = ?2, last_at = ?3, locked_until = ?4",
        params![
            key,
            if locked_until > 0 { 0 } else { count },
            now,
            locked_until
        ],
    )?;
    Ok(if locked_until > 0 {
        locked()
    } else {
        ApiError::new(
            401,
            ErrorCode::LoginFailed,
            "The login ID or the password is not correct.",
        )
    })
}

/// Forgets the failures of a login ID (after a success or a password reset).
pub fn login_success(conn: &Connection, login_id: &str) -> ApiResult<()> {
    conn.execute(
        "DELETE FROM login_failures WHERE key = ?1",
        params![login_key(login_id)],
    )?;
    Ok(())
}

/// Fails with `throttled` if `key` already had `limit` hits in the current window.
pub fn check(conn: &Connection, key: &str, limit: i64, window: i64, now: i64) -> ApiResult<()> {
    let row: Option<(i64, i64)> = conn
        .query_row(
            "SELECT count, window_start FROM rate_limits WHERE key = ?1",
            params![key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match row {
        Some((count, start)) if now - start < window && count >= limit => {
            Err(ApiError::throttled(window - (now - start)))
        }
        _ => Ok(()),
    }
}

/// Counts one hit of `key` in its window.
pub fn hit(conn: &Connection, key: &str, window: i64, now: i64) -> ApiResult<()> {
    let row: Option<(i64, i64)> = conn
        .query_row(
            "SELECT count, window_start FROM rate_limits WHERE key = ?1",
            params![key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (count, start) = match row {
        Some((c, s)) if now - s < window => (c + 1, s),
        _ => (1, now),
    };
    conn.execute(
        "INSERT INTO rate_limits (key, count, window_start) VALUES (?1, ?2, ?3)
         ON CONFLICT(key) DO UPDATE SET count = ?2, window_start = ?3",
        params![key, count, start],
    )?;
    Ok(())
}
