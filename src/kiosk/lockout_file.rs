//! The wrong-PIN lock-out on disk, so that a crash or a restart by the kiosk unit does
//! not give an attacker fresh tries. The file holds three numbers (wrong PINs since the
//! last lock-out, lock-outs so far, the end of the running lock-out in Unix seconds),
//! nothing about any member. It is replaced atomically (write, sync, rename) and
//! created 0600.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::throttle::{FIRST_LOCKOUT, MAX_LOCKOUT, Throttle};

/// Why the lock-out file could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LockoutFileError {
    /// Reading, writing or renaming failed.
    #[error("the exit-PIN lock-out file {path}: {reason}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        reason: String,
    },
    /// The file is there but does not hold the three numbers.
    #[error("the exit-PIN lock-out file {0} is damaged")]
    Damaged(PathBuf),
}

/// What is kept: wall-clock time, since an `Instant` means nothing after a restart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Record {
    /// Wrong PINs since the last lock-out.
    pub failures: u32,
    /// Lock-outs so far (the next one doubles).
    pub lockouts: u32,
    /// The end of the running lock-out, Unix seconds (rounded up).
    pub locked_until: Option<u64>,
}

impl Record {
    /// The throttle's state at `now` (`wall`: the system clock at that moment).
    pub fn of(throttle: &Throttle, now: Instant, wall: SystemTime) -> Record {
        let locked_until = throttle.locked_for(now).map(|left| {
            let end = wall + left;
            let secs = end.duration_since(UNIX_EPOCH).unwrap_or_default();
            secs.as_secs() + u64::from(secs.subsec_nanos() > 0)
        });
        Record {
            failures: throttle.failures(),
            lockouts: throttle.lockouts(),
            locked_until,
        }
    }

    /// The throttle this record describes, at `now` / `wall`. A clock set back cannot
    /// stretch a lock-out beyond [`MAX_LOCKOUT`].
    pub fn throttle(&self, now: Instant, wall: SystemTime) -> Throttle {
        let left = self.locked_until.and_then(|end| {
            let end = UNIX_EPOCH + Duration::from_secs(end);
            end.duration_since(wall)
                .ok()
                .map(|left| left.min(MAX_LOCKOUT))
        });
        Throttle::restored(self.failures, self.lockouts, left.map(|left| now + left))
    }

    /// What a damaged file stands for: a first lock-out starting now (the safe side).
    pub fn damaged(wall: SystemTime) -> Record {
        let end = (wall + FIRST_LOCKOUT)
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        Record {
            failures: 0,
            lockouts: 1,
            locked_until: Some(end.as_secs()),
        }
    }

    fn to_text(self) -> String {
        format!(
            "failures={}\nlockouts={}\nlocked_until={}\n",
            self.failures,
            self.lockouts,
            self.locked_until.unwrap_or(0)
        )
    }

    fn from_text(text: &str) -> Option<Record> {
        let mut values = [None; 3];
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let (key, value) = line.split_once('=')?;
            let slot = match key.trim() {
                "failures" => 0,
                "lockouts" => 1,
                "locked_until" => 2,
                _ => return None,
            };
            values[slot] = Some(value.trim().parse::<u64>().ok()?);
        }
        let [Some(failures), Some(lockouts), Some(until)] = values else {
            return None;
        };
        Some(Record {
            failures: u32::try_from(failures).ok()?,
            lockouts: u32::try_from(lockouts).ok()?,
            locked_until: (until > 0).then_some(until),
        })
    }
}

/// The default file: `<data dir>/exit-pin-lockout` (beside the logs).
pub fn default_path() -> PathBuf {
    crate::project_dirs()
        .map(|dirs| dirs.data_local_dir().join("exit-pin-lockout"))
        .unwrap_or_else(|| PathBuf::from("exit-pin-lockout"))
}

fn io_error(path: &Path, error: &std::io::Error) -> LockoutFileError {
    LockoutFileError::Io {
        path: path.to_owned(),
        reason: error.to_string(),
    }
}

/// Reads the record; `Ok(None)` when there is no file yet.
///
/// # Errors
/// [`LockoutFileError::Io`] when the file cannot be read, [`LockoutFileError::Damaged`]
/// when it does not hold a record.
pub fn load(path: &Path) -> Result<Option<Record>, LockoutFileError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Record::from_text(&text)
            .map(Some)
            .ok_or_else(|| LockoutFileError::Damaged(path.to_owned())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_error(path, &e)),
    }
}

/// Writes the record: a 0600 temporary file beside it, synced, renamed over it.
///
/// # Errors
/// [`LockoutFileError::Io`] when the directory or the file cannot be written.
pub fn save(path: &Path, record: Record) -> Result<(), LockoutFileError> {
    use std::io::Write;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, &e))?;
    }
    let mut temp = path.as_os_str().to_owned();
    temp.push(".new");
    let temp = PathBuf::from(temp);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&temp).map_err(|e| io_error(&temp, &e))?;
    file.write_all(record.to_text().as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| io_error(&temp, &e))?;
    std::fs::rename(&temp, path).map_err(|e| io_error(path, &e))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const S: Duration = Duration::from_secs(1);

    fn locked_throttle(now: Instant) -> Throttle {
        let mut th = Throttle::default();
        for _ in 0..super::super::throttle::TRIES {
            th.fail(now);
        }
        th
    }

    #[test]
    fn a_lock_out_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("lock");
        let (now, wall) = (Instant::now(), SystemTime::now());
        save(&path, Record::of(&locked_throttle(now), now, wall)).unwrap();
        // "Restarted" 10 s later: a new Instant base, the wall clock moved on.
        let later = Instant::now() + 10 * S;
        let th = load(&path).unwrap().unwrap().throttle(later, wall + 10 * S);
        let left = th.seconds_left(later).unwrap();
        assert!((20..=21).contains(&left), "{left}");
        // The next lock-out doubles: the count survived too.
        let mut th = th;
        let after = later + 21 * S;
        for _ in 0..2 {
            assert_eq!(th.fail(after), None);
        }
        assert_eq!(th.fail(after), Some(2 * FIRST_LOCKOUT));
    }

    #[test]
    fn the_file_is_private_and_holds_only_counts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lock");
        let record = Record {
            failures: 2,
            lockouts: 1,
            locked_until: None,
        };
        save(&path, record).unwrap();
        assert_eq!(load(&path).unwrap(), Some(record));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "failures=2\nlockouts=1\nlocked_until=0\n"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_clock_set_back_cannot_stretch_a_lock_out() {
        let (now, wall) = (Instant::now(), SystemTime::now());
        let record = Record::of(&locked_throttle(now), now, wall);
        let th = record.throttle(now, wall - Duration::from_secs(86_400));
        assert_eq!(th.locked_for(now), Some(MAX_LOCKOUT));
    }

    #[test]
    fn no_file_is_no_record_and_a_damaged_one_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lock");
        assert_eq!(load(&path).unwrap(), None);
        std::fs::write(&path, "failures=x\n").unwrap();
        assert_eq!(load(&path), Err(LockoutFileError::Damaged(path.clone())));
        let (now, wall) = (Instant::now(), SystemTime::now());
        let th = Record::damaged(wall).throttle(now, wall);
        assert!(th.locked_for(now).is_some());
    }
}
