//! Errors of the device token store. Messages are for staff and never contain the token.

use std::path::{Path, PathBuf};

use super::MAX_TOKEN_LEN;

/// Why a token was refused. Never contains the token or any part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidToken {
    /// Nothing was given.
    #[error("the token is empty")]
    Empty,
    /// Longer than [`MAX_TOKEN_LEN`].
    #[error("the token is {len} characters long; at most {MAX_TOKEN_LEN} are allowed")]
    TooLong {
        /// Its length.
        len: usize,
    },
    /// A space, control or non-ASCII character (1-based position).
    #[error(
        "the token has a space, control or non-ASCII character at position {position}; \
         only printable ASCII is allowed"
    )]
    NotPrintable {
        /// 1-based character position.
        position: usize,
    },
}

/// Errors of the device token store. Messages are for staff and never contain the token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    /// The token given to `set` (or found in the file) is not acceptable.
    #[error("{0}")]
    Invalid(#[from] InvalidToken),
    /// The OS credential store cannot be reached at all.
    #[error(
        "no credential store is running ({reason}); set [device_token] store = \"file\" \
         (and file = \"<path>\") in the config to keep the token in a 0600 file instead"
    )]
    NoCredentialStore {
        /// What the platform said.
        reason: String,
    },
    /// The credential store runs but refuses access (typically: locked).
    #[error(
        "the credential store refused access, it is probably locked ({reason}); unlock it, \
         or set [device_token] store = \"file\" in the config to use a 0600 file instead"
    )]
    StoreLocked {
        /// What the platform said.
        reason: String,
    },
    /// Any other credential store failure.
    #[error("the credential store failed: {reason}")]
    Keyring {
        /// What the platform said.
        reason: String,
    },
    /// The token file can be read by group or others.
    #[error(
        "{} is readable by other users (mode {mode:03o}); run `chmod 600 {}` and try again",
        path.display(),
        path.display()
    )]
    InsecureFile {
        /// The file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// The token path exists but is not a regular file.
    #[error("{} is not a regular file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// A file operation failed.
    #[error("cannot {action} {}: {reason}", path.display())]
    Io {
        /// What was being done (`read`, `write`, `create directory`, …).
        action: &'static str,
        /// The path.
        path: PathBuf,
        /// The OS error.
        reason: String,
    },
    /// Reading the token from the terminal or stdin, or writing the report, failed.
    #[error("cannot {action}: {reason}")]
    Console {
        /// What was being done.
        action: &'static str,
        /// The OS error.
        reason: String,
    },
}

impl TokenError {
    pub(super) fn io(action: &'static str, path: &Path, error: &std::io::Error) -> Self {
        TokenError::Io {
            action,
            path: path.to_path_buf(),
            reason: error.to_string(),
        }
    }
}
