//! Throttling: login failures per login ID and device, per login ID and per device;
//! and windowed rate limits per device.

use kenpos_contract::ErrorCode;
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{ApiError, ApiResult};
use crate::tokens;

/// Failures (from one device, for one login ID) before a cooldown is imposed.
pub const LOGIN_THROTTLE_AFTER: i64 = 5;
/// Cooldown after each failure once throttled (seconds).
pub const LOGIN_COOLDOWN_SECS: i64 = 30;
/// Failures (from one device, for one login ID, within the window) that lock the login
/// ID on that device. Other devices are not locked out: a member at the desk cannot be
/// locked out by someone else's typing elsewhere.
pub const LOGIN_LOCK_AFTER: i64 = 10;
/// Failures older than this are forgotten (seconds).
pub const LOGIN_WINDOW_SECS: i64 = 30 * 60;
/// Length of a lock (seconds).
pub const LOCK_SECS: i64 = 30 * 60;
/// Failures for one login ID from all devices together before each further attempt has
/// to wait, a delay that doubles with each failure (growing delays, never a lock).
pub const LOGIN_ID_DELAY_AFTER: i64 = 10;
/// The longest of those delays (seconds).
pub const LOGIN_ID_MAX_DELAY_SECS: i64 = 5 * 60;
/// Failed logins one device may make (all login IDs together) per window.
pub const DEVICE_LOGIN_FAILURES: i64 = 30;

/// One counter of failures: a login ID on one device, a login ID on all devices, or a
/// device for all login IDs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Counter {
    IdOnDevice,
    Id,
    Device,
}

/// A counter's key. A login ID's keys on each device start with its key on all
/// devices, so a password reset can forget them all.
fn key(counter: Counter, login_id: &str, device: &str) -> String {
    let id = tokens::hash(&format!("login:{login_id}"));
    match counter {
        Counter::IdOnDevice => format!("{id}:{}", tokens::hash(&format!("device:{device}"))),
        Counter::Id => id,
        Counter::Device => tokens::hash(&format!("login-device:{device}")),
    }
}

fn locked() -> ApiError {
    ApiError::new(
        423,
        ErrorCode::Locked,
        "Too many failed attempts: this login ID is locked for a while. Please contact the office.",
    )
}

fn login_failed() -> ApiError {
    ApiError::new(
        401,
        ErrorCode::LoginFailed,
        "The login ID or the password is not correct.",
    )
}

/// A counter's failures in the current window, its last failure and its lock.
fn read(conn: &Connection, key: &str, now: i64) -> ApiResult<(i64, i64, i64)> {
    let row: Option<(i64, i64, i64)> = conn
        .query_row(
            "SELECT count, last_at, locked_until FROM login_failures WHERE key = ?1",
            params![key],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    Ok(match row {
        Some((count, last_at, locked_until)) if now - last_at < LOGIN_WINDOW_SECS => {
            (count, last_at, locked_until)
        }
        Some((_, last_at, locked_until)) => (0, last_at, locked_until),
        None => (0, 0, 0),
    })
}

/// The wait a counter imposes now, if any.
fn refusal(
    counter: Counter,
    (count, last_at, locked_until): (i64, i64, i64),
    now: i64,
) -> Option<ApiError> {
    let since = now - last_at;
    match counter {
        Counter::IdOnDevice if locked_until > now => Some(locked()),
        Counter::IdOnDevice if count >= LOGIN_THROTTLE_AFTER && since < LOGIN_COOLDOWN_SECS => {
            Some(ApiError::throttled(LOGIN_COOLDOWN_SECS - since))
        }
        Counter::Id if count >= LOGIN_ID_DELAY_AFTER => {
            let steps = u32::try_from(count - LOGIN_ID_DELAY_AFTER).unwrap_or(u32::MAX);
            let delay = 2_i64
                .checked_pow(steps)
                .unwrap_or(i64::MAX)
                .min(LOGIN_ID_MAX_DELAY_SECS);
            (since < delay).then(|| ApiError::throttled(delay - since))
        }
        Counter::Device if count >= DEVICE_LOGIN_FAILURES => {
            Some(ApiError::throttled(LOGIN_WINDOW_SECS - since))
        }
        _ => None,
    }
}

/// Before the password is checked, under the database lock: refuses the attempt if
/// any counter says wait, and otherwise counts it as a failure already (a success
/// takes it back), so parallel attempts cannot all pass the gate before any failure is
/// recorded. Reaching the lock count locks the login ID on this device; a lock only
/// ever grows.
pub fn reserve_login(conn: &Connection, login_id: &str, device: &str, now: i64) -> ApiResult<()> {
    let counters = [Counter::IdOnDevice, Counter::Id, Counter::Device];
    let mut states = Vec::with_capacity(counters.len());
    for counter in counters {
        let state = read(conn, &key(counter, login_id, device), now)?;
        if let Some(refused) = refusal(counter, state, now) {
            return Err(refused);
        }
        states.push(state);
    }
    for (counter, (count, _, locked_until)) in counters.into_iter().zip(states) {
        let count = count + 1;
        let locked_until = if counter == Counter::IdOnDevice && count >= LOGIN_LOCK_AFTER {
            locked_until.max(now + LOCK_SECS)
        } else {
            locked_until
        };
        conn.execute(
            "INSERT INTO login_failures (key, count, last_at, locked_until) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(key) DO UPDATE SET count = ?2, last_at = ?3,
                 locked_until = MAX(locked_until, ?4)",
            params![key(counter, login_id, device), count, now, locked_until],
        )?;
    }
    Ok(())
}

/// The reply to a wrong password (the failure was counted by [`reserve_login`]):
/// `locked` when this attempt locked the login ID on this device.
pub fn login_failure(
    conn: &Connection,
    login_id: &str,
    device: &str,
    now: i64,
) -> ApiResult<ApiError> {
    let (_, _, locked_until) = read(conn, &key(Counter::IdOnDevice, login_id, device), now)?;
    Ok(if locked_until > now {
        locked()
    } else {
        login_failed()
    })
}

/// After a right password: forgets the login ID's failures (on this device and on all
/// devices) and takes back the device's reserved failure.
pub fn login_success(conn: &Connection, login_id: &str, device: &str) -> ApiResult<()> {
    for counter in [Counter::IdOnDevice, Counter::Id] {
        conn.execute(
            "DELETE FROM login_failures WHERE key = ?1",
            params![key(counter, login_id, device)],
        )?;
    }
    conn.execute(
        "UPDATE login_failures SET count = MAX(count - 1, 0) WHERE key = ?1",
        params![key(Counter::Device, login_id, device)],
    )?;
    Ok(())
}

/// After a password reset: forgets the login ID's failures and locks on every device
/// (the member proved who they are through their email).
pub fn forget_login_id(conn: &Connection, login_id: &str) -> ApiResult<()> {
    let id = key(Counter::Id, login_id, "");
    conn.execute(
        "DELETE FROM login_failures WHERE key = ?1 OR key LIKE ?1 || ':%'",
        params![id],
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
