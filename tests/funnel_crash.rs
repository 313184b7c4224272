//! The funnel store survives `kill -9` in the middle of writing: a child process folds
//! sessions into it as fast as it can and is killed at several moments; each time the
//! database passes SQLite's integrity check and holds only whole sessions (a session adds
//! exactly `COUNTERS` to the sum of all counters, in one transaction).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use kenpos_kiosk::stats::{Counter, Exit, Route, Store};

/// Set in the child's environment: the store it writes to.
const WRITER: &str = "KENPOS_FUNNEL_CRASH_WRITER";
/// Counters one session adds (all +1).
const COUNTERS: u64 = 12;

fn session() -> BTreeMap<Counter, u64> {
    let route = Route::Family;
    let mut counts = BTreeMap::new();
    for &stage in route.steps() {
        counts.insert(Counter::Entered(route, stage), 1);
        counts.insert(Counter::Left(route, stage, Exit::Completed), 1);
    }
    assert_eq!(counts.values().sum::<u64>(), COUNTERS);
    counts
}

/// Not a test on its own: the writer the other test starts and kills. Without the
/// environment variable it returns at once.
#[test]
fn writer_child() {
    let Some(file) = std::env::var_os(WRITER) else {
        return;
    };
    let mut store = Store::open(Path::new(&file)).unwrap();
    let counts = session();
    let mut hour = 0;
    loop {
        hour += 1;
        // Many hours, so that each transaction writes new rows (pages split and move).
        store.fold(hour % 500, &counts).unwrap();
    }
}

fn total(file: &Path) -> u64 {
    let conn = rusqlite::Connection::open(file).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok", "the store is damaged");
    let store = Store::open(file).unwrap();
    store
        .totals(0, i64::MAX)
        .unwrap()
        .iter()
        .map(|(_, n)| n)
        .sum()
}

#[test]
fn kill_9_while_writing_keeps_the_store_whole() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("funnel.sqlite");
    let mut before = 0;
    for round in 0..6_u64 {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "writer_child",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env(WRITER, &file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(150 + 70 * round));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let now = total(&file);
        assert_eq!(
            now % COUNTERS,
            0,
            "round {round}: a session was kept in part"
        );
        assert!(now > before, "round {round}: the writer wrote nothing");
        before = now;
    }
}
