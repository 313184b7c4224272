//! Build script: compiles build metadata into the binary.
//!
//! Sets two compile-time environment variables, read with `env!`:
//! - `KENPOS_GIT_HASH`: `git rev-parse --short=10 HEAD` of the source checkout, or
//!   `unknown` when building from a source tarball or without git. A packager may set
//!   `KENPOS_GIT_HASH` in the build environment to override it.
//! - `KENPOS_BUILD_DATE`: the UTC build date `YYYY-MM-DD`, taken from
//!   `SOURCE_DATE_EPOCH` when set (reproducible builds), else from the clock.
//!
//! Never fails the build: every lookup falls back to a placeholder.
#![allow(
    clippy::print_stdout,
    reason = "cargo reads build-script directives from stdout"
)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!("cargo:rerun-if-env-changed=KENPOS_GIT_HASH");

    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));

    let git_dir = find_git_dir(&manifest_dir);
    if let Some(git_dir) = &git_dir {
        for path in watch_paths(git_dir) {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }

    let hash = std::env::var("KENPOS_GIT_HASH")
        .ok()
        .filter(|h| is_clean_token(h))
        .or_else(|| {
            let git_dir = git_dir.as_ref()?;
            git_short_hash(&manifest_dir).or_else(|| head_from_files(git_dir))
        })
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=KENPOS_GIT_HASH={hash}");

    println!("cargo:rustc-env=KENPOS_BUILD_DATE={}", build_date());
}

/// The git directory of the checkout at `root`: `.git` itself, or the directory a
/// `.git` file points to (`gitdir: …`, as in worktrees and submodules).
/// `None` for a source tarball: we never ask git about a parent directory's repository.
fn find_git_dir(root: &Path) -> Option<PathBuf> {
    let dot_git = root.join(".git");
    if dot_git.is_dir() {
        return Some(dot_git);
    }
    let text = std::fs::read_to_string(&dot_git).ok()?;
    let target = text.lines().find_map(|l| l.strip_prefix("gitdir:"))?.trim();
    let path = Path::new(target);
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        root.join(path)
    };
    path.is_dir().then_some(path)
}

/// Files whose change means HEAD moved: `HEAD`, the ref it names (loose file, or the
/// directory it would be created in) and `packed-refs`. Only existing paths are
/// returned: cargo re-runs the script on every build for a missing path.
fn watch_paths(git_dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let head = git_dir.join("HEAD");
    if !head.is_file() {
        return out;
    }
    out.push(head.clone());
    let common = common_dir(git_dir);
    if let Some(reference) = std::fs::read_to_string(&head)
        .ok()
        .and_then(|h| h.strip_prefix("ref:").map(|r| r.trim().to_owned()))
    {
        let loose = common.join(&reference);
        if loose.is_file() {
            out.push(loose);
        } else if let Some(parent) = loose.parent().filter(|p| p.is_dir()) {
            out.push(parent.to_path_buf());
        }
    }
    let packed = common.join("packed-refs");
    if packed.is_file() {
        out.push(packed);
    }
    out
}

/// Where refs live: in a worktree, the common dir named by its `commondir` file.
fn common_dir(git_dir: &Path) -> PathBuf {
    std::fs::read_to_string(git_dir.join("commondir"))
        .ok()
        .map(|c| {
            let c = PathBuf::from(c.trim());
            if c.is_absolute() { c } else { git_dir.join(c) }
        })
        .unwrap_or_else(|| git_dir.to_path_buf())
}

fn git_short_hash(root: &Path) -> Option<String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["rev-parse", "--short=10", "HEAD"])
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let hash = String::from_utf8(output.stdout).ok()?.trim().to_owned();
    is_clean_token(&hash).then_some(hash)
}

/// HEAD's commit read straight from the git files, for builds where the `git`
/// command is missing or refuses the checkout (e.g. `safe.directory` in containers).
fn head_from_files(git_dir: &Path) -> Option<String> {
    let head = std::fs::read_to_string(git_dir.join("HEAD")).ok()?;
    let head = head.trim();
    let full = match head.strip_prefix("ref:") {
        None => head.to_owned(),
        Some(reference) => {
            let reference = reference.trim();
            let common = common_dir(git_dir);
            std::fs::read_to_string(common.join(reference))
                .ok()
                .map(|h| h.trim().to_owned())
                .or_else(|| {
                    let packed = std::fs::read_to_string(common.join("packed-refs")).ok()?;
                    packed.lines().find_map(|line| {
                        let (hash, name) = line.split_once(' ')?;
                        (name.trim() == reference).then(|| hash.to_owned())
                    })
                })?
        }
    };
    let short = full.get(..10)?;
    short
        .chars()
        .all(|c| c.is_ascii_hexdigit())
        .then(|| short.to_owned())
}

/// Non-empty, short, and only `[0-9A-Za-z._-]`: safe to put in a `rustc-env` line.
fn is_clean_token(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

fn build_date() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .ok()
                .and_then(|d| i64::try_from(d.as_secs()).ok())
        });
    match secs {
        Some(secs) => {
            let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
            format!("{y:04}-{m:02}-{d:02}")
        }
        None => "unknown".to_owned(),
    }
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day), UTC.
/// Howard Hinnant's `civil_from_days`.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let day = doy - (153 * mp + 2) / 5 + 1; // [1, 31]
    let month = if mp < 10 { mp + 3 } else { mp - 9 }; // [1, 12]
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}
