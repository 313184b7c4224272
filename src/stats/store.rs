//! The funnel's store: hourly counters in a SQLite file in the platform data dir.
//!
//! One table, `counters(hour, metric, path, step, label, value)`: the hour is
//! `unix seconds / 3600` (UTC), the other columns come from
//! [`Counter::key`](super::model::Counter::key). A session's counts are added in one
//! transaction when it ends; the database runs in WAL mode, so a crash or `kill -9` in the
//! middle of a write leaves the file as it was before that session. Nothing else is kept:
//! no session rows, no times finer than the hour.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, params};

use super::model::{Counter, Key};

/// Why the store cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatsError {
    /// The file or its directory could not be opened or created.
    #[error("the funnel store {path} cannot be opened: {reason}")]
    Open {
        /// The file.
        path: PathBuf,
        /// What the system or SQLite said.
        reason: String,
    },
    /// A read or write failed.
    #[error("the funnel store failed: {0}")]
    Sqlite(String),
}

fn sql(error: &rusqlite::Error) -> StatsError {
    StatsError::Sqlite(error.to_string())
}

/// The default file: `<data dir>/funnel.sqlite` (beside the logs).
pub fn default_path() -> PathBuf {
    crate::project_dirs()
        .map(|dirs| dirs.data_local_dir().join("funnel.sqlite"))
        .unwrap_or_else(|| PathBuf::from("funnel.sqlite"))
}

/// The hour (UTC, since the Unix epoch) a wall-clock time falls in.
pub fn hour_of(wall: SystemTime) -> i64 {
    let secs = wall.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    i64::try_from(secs / 3600).unwrap_or(i64::MAX)
}

/// The counters, open.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens the store, creating it (0600, in a 0700 directory) when it is not there.
    ///
    /// # Errors
    /// [`StatsError::Open`] when the directory or the file cannot be created or read as
    /// a SQLite database.
    pub fn open(path: &Path) -> Result<Store, StatsError> {
        let open_error = |reason: String| StatsError::Open {
            path: path.to_owned(),
            reason,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| open_error(e.to_string()))?;
        }
        create_private(path).map_err(|e| open_error(e.to_string()))?;
        let conn = Connection::open(path).map_err(|e| open_error(e.to_string()))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             PRAGMA busy_timeout = 2000;
             CREATE TABLE IF NOT EXISTS counters (
                 hour INTEGER NOT NULL,
                 metric TEXT NOT NULL,
                 path TEXT NOT NULL,
                 step TEXT NOT NULL,
                 label TEXT NOT NULL,
                 value INTEGER NOT NULL,
                 PRIMARY KEY (hour, metric, path, step, label)
             ) WITHOUT ROWID;",
        )
        .map_err(|e| open_error(e.to_string()))?;
        Ok(Store { conn })
    }

    /// Adds one session's counts to the hour's counters, in one transaction.
    ///
    /// # Errors
    /// [`StatsError::Sqlite`] when the write fails (nothing of the session is kept).
    pub fn fold(&mut self, hour: i64, counts: &BTreeMap<Counter, u64>) -> Result<(), StatsError> {
        if counts.is_empty() {
            return Ok(());
        }
        let tx = self.conn.transaction().map_err(|e| sql(&e))?;
        {
            let mut add = tx
                .prepare_cached(
                    "INSERT INTO counters (hour, metric, path, step, label, value)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT (hour, metric, path, step, label)
                     DO UPDATE SET value = value + excluded.value",
                )
                .map_err(|e| sql(&e))?;
            for (counter, n) in counts {
                let key = counter.key();
                let n = i64::try_from(*n).unwrap_or(i64::MAX);
                add.execute(params![hour, key.metric, key.path, key.step, key.label, n])
                    .map_err(|e| sql(&e))?;
            }
        }
        tx.commit().map_err(|e| sql(&e))
    }

    /// The counters summed over the hours `from..=to`.
    ///
    /// # Errors
    /// [`StatsError::Sqlite`] when the read fails.
    pub fn totals(&self, from: i64, to: i64) -> Result<Vec<(Key, u64)>, StatsError> {
        let mut query = self
            .conn
            .prepare_cached(
                "SELECT metric, path, step, label, SUM(value) FROM counters
                 WHERE hour BETWEEN ?1 AND ?2
                 GROUP BY metric, path, step, label
                 ORDER BY metric, path, step, label",
            )
            .map_err(|e| sql(&e))?;
        let rows = query
            .query_map(params![from, to], |row| {
                Ok((
                    Key {
                        metric: row.get(0)?,
                        path: row.get(1)?,
                        step: row.get(2)?,
                        label: row.get(3)?,
                    },
                    u64::try_from(row.get::<_, i64>(4)?).unwrap_or(0),
                ))
            })
            .map_err(|e| sql(&e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| sql(&e))
    }

    /// Deletes the counters of the hours before `before`; returns how many rows went.
    ///
    /// # Errors
    /// [`StatsError::Sqlite`] when the delete fails.
    pub fn purge(&mut self, before: i64) -> Result<usize, StatsError> {
        let n = self
            .conn
            .execute("DELETE FROM counters WHERE hour < ?1", params![before])
            .map_err(|e| sql(&e))?;
        Ok(n)
    }

    /// Writes the WAL back and rebuilds the file without the freed pages (what
    /// `kenpos-kiosk stats purge` does after a purge; the app's own purge at start leaves
    /// this out, so a session's end never waits for a rewrite of the file).
    ///
    /// # Errors
    /// [`StatsError::Sqlite`] when SQLite fails.
    pub fn compact(&mut self) -> Result<(), StatsError> {
        self.conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;")
            .map_err(|e| sql(&e))
    }
}

/// Creates the file readable by this user only, if it does not exist; its directory is
/// made 0700 (SQLite's `-wal` and `-shm` files take the file's permissions).
fn create_private(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
    }
    options.open(path).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::model::{Exit, Route, Stage};

    fn counts(pairs: &[(Counter, u64)]) -> BTreeMap<Counter, u64> {
        pairs.iter().copied().collect()
    }

    #[test]
    fn sessions_add_up_per_hour_and_purge_drops_old_hours() -> Result<(), StatsError> {
        let dir = tempfile::tempdir().map_err(|e| StatsError::Sqlite(e.to_string()))?;
        let path = dir.path().join("stats").join("funnel.sqlite");
        let entered = Counter::Entered(Route::Family, Stage::Eligibility);
        let left = Counter::Left(Route::Family, Stage::Eligibility, Exit::Back);
        {
            let mut store = Store::open(&path)?;
            store.fold(100, &counts(&[(entered, 2), (left, 1)]))?;
            store.fold(100, &counts(&[(entered, 1)]))?;
            store.fold(105, &counts(&[(entered, 4)]))?;
        }
        // Reopened: what was folded is still there.
        let mut store = Store::open(&path)?;
        let all = store.totals(0, 200)?;
        assert_eq!(all.len(), 2);
        assert!(all.contains(&(entered.key(), 7)));
        assert!(all.contains(&(left.key(), 1)));
        assert_eq!(store.totals(101, 200)?, vec![(entered.key(), 4)]);
        assert_eq!(store.purge(105)?, 2);
        assert_eq!(store.totals(0, 200)?, vec![(entered.key(), 4)]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).map(|m| m.permissions().mode() & 0o777);
            assert_eq!(mode(&path).ok(), Some(0o600));
            assert_eq!(path.parent().map(mode).and_then(Result::ok), Some(0o700));
        }
        Ok(())
    }

    #[test]
    fn a_file_that_is_not_a_database_is_refused_and_left_alone() -> Result<(), StatsError> {
        let dir = tempfile::tempdir().map_err(|e| StatsError::Sqlite(e.to_string()))?;
        let path = dir.path().join("funnel.sqlite");
        std::fs::write(&path, b"not a database, just some text to be left alone")
            .map_err(|e| StatsError::Sqlite(e.to_string()))?;
        assert!(matches!(Store::open(&path), Err(StatsError::Open { .. })));
        assert_eq!(
            std::fs::read(&path).ok().as_deref(),
            Some(&b"not a database, just some text to be left alone"[..])
        );
        Ok(())
    }
}
