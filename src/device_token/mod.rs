//! The device token: the secret that identifies this kiosk to the KENPOS backend.
//!
//! It lives in the OS credential store (Secret Service, Keychain, Credential Manager)
//! through [`keyring_core::Entry`], or — chosen explicitly in the config, for a headless
//! or auto-login Linux box without an unlocked keyring — in a file with mode 0600.
//! There is never a silent fallback from one to the other.
//!
//! The app (or the `token` subcommand) calls [`install_platform_store`] once at start;
//! tests install `keyring_core::mock::Store` with [`keyring_core::set_default_store`]
//! instead. The token is never printed or logged; in memory it is a [`Zeroizing`] string.
//!
//! Every call here blocks (D-Bus or file I/O): from async code, use `spawn_blocking`.

mod error;
mod file;

pub use error::{InvalidToken, TokenError};

use std::fmt;
use std::path::PathBuf;
use std::sync::OnceLock;

use serde::Deserialize;
use zeroize::Zeroizing;

/// Service name of the keyring entry.
pub const KEYRING_SERVICE: &str = "kenpos-kiosk";
/// User name of the keyring entry.
pub const KEYRING_USER: &str = "device-token";
/// Longest accepted token, in characters.
pub const MAX_TOKEN_LEN: usize = 512;

/// `[device_token]` in the app config.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct DeviceTokenConfig {
    /// Where the token is kept: `keyring` (the default) or `file`.
    pub store: StoreKind,
    /// The token file, used only when `store = "file"`.
    pub file: PathBuf,
}

impl Default for DeviceTokenConfig {
    fn default() -> Self {
        DeviceTokenConfig {
            store: StoreKind::Keyring,
            file: default_token_file(),
        }
    }
}

/// `[device_token] store = …`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StoreKind {
    /// The OS credential store.
    #[default]
    Keyring,
    /// A file with mode 0600 (for machines without a running, unlocked keyring).
    File,
}

/// The default token file: `/etc/kenpos-kiosk/device-token` on Linux and other Unix
/// systems, the app's config directory on macOS and Windows.
pub fn default_token_file() -> PathBuf {
    if cfg!(all(unix, not(target_os = "macos"))) {
        PathBuf::from("/etc/kenpos-kiosk/device-token")
    } else {
        crate::project_dirs()
            .map(|dirs| dirs.config_dir().join("device-token"))
            .unwrap_or_else(|| PathBuf::from("device-token"))
    }
}

/// What [`DeviceTokenStore::status`] found. Never contains the token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenStatus {
    /// A valid token is stored.
    Present {
        /// Which store (for staff).
        store: String,
    },
    /// No token is stored.
    Absent {
        /// Which store.
        store: String,
    },
    /// The store cannot be used.
    Unavailable {
        /// Which store.
        store: String,
        /// Why (a [`TokenError`] message).
        reason: String,
    },
}

impl fmt::Display for TokenStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenStatus::Present { store } => write!(f, "store: {store}\ntoken: present"),
            TokenStatus::Absent { store } => write!(f, "store: {store}\ntoken: absent"),
            TokenStatus::Unavailable { store, reason } => {
                write!(f, "store: {store}\ntoken: unavailable: {reason}")
            }
        }
    }
}

static PLATFORM_STORE_FAILURE: OnceLock<String> = OnceLock::new();

/// Starts the platform credential store (Secret Service over D-Bus on Linux, Keychain,
/// Credential Manager) and makes it `keyring_core`'s default store. Call once at start,
/// before any [`DeviceTokenStore::Keyring`] use; later calls return the first result.
///
/// # Errors
/// [`TokenError::NoCredentialStore`] when the platform store cannot be started (on Linux:
/// no D-Bus session or no Secret Service provider).
pub fn install_platform_store() -> Result<(), TokenError> {
    match keyring::Entry::store_status() {
        Ok(()) => Ok(()),
        Err(error) => {
            let reason = PLATFORM_STORE_FAILURE.get_or_init(|| error.to_string());
            Err(TokenError::NoCredentialStore {
                reason: reason.clone(),
            })
        }
    }
}

/// Where the device token is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeviceTokenStore {
    /// An entry in `keyring_core`'s default store.
    Keyring {
        /// Service name ([`KEYRING_SERVICE`]).
        service: String,
        /// User name ([`KEYRING_USER`]).
        user: String,
    },
    /// A file with mode 0600.
    File {
        /// The file.
        path: PathBuf,
    },
}

impl DeviceTokenStore {
    /// The store the config asks for.
    pub fn from_config(config: &DeviceTokenConfig) -> Self {
        match config.store {
            StoreKind::Keyring => DeviceTokenStore::Keyring {
                service: KEYRING_SERVICE.to_owned(),
                user: KEYRING_USER.to_owned(),
            },
            StoreKind::File => DeviceTokenStore::File {
                path: config.file.clone(),
            },
        }
    }

    /// A description for staff, e.g. `OS credential store (kenpos-kiosk/device-token)`.
    pub fn describe(&self) -> String {
        match self {
            DeviceTokenStore::Keyring { service, user } => {
                format!("OS credential store ({service}/{user})")
            }
            DeviceTokenStore::File { path } => format!("file {}", path.display()),
        }
    }

    /// Stores `token` (one trailing newline is dropped), replacing any previous one.
    ///
    /// # Errors
    /// [`TokenError::Invalid`] for an unacceptable token; store errors otherwise.
    pub fn set(&self, token: &str) -> Result<(), TokenError> {
        let token = validate(token)?;
        match self {
            DeviceTokenStore::Keyring { service, user } => entry(service, user)?
                .set_password(token)
                .map_err(map_keyring_error),
            DeviceTokenStore::File { path } => file::write(path, token),
        }
    }

    /// The stored token, or `None` when there is none.
    ///
    /// # Errors
    /// Store errors; [`TokenError::InsecureFile`] for a token file others can read.
    pub fn get(&self) -> Result<Option<Zeroizing<String>>, TokenError> {
        let token = match self {
            DeviceTokenStore::Keyring { service, user } => {
                match entry(service, user)?.get_password() {
                    Ok(token) => Zeroizing::new(token),
                    Err(keyring_core::Error::NoEntry) => return Ok(None),
                    Err(error) => return Err(map_keyring_error(error)),
                }
            }
            DeviceTokenStore::File { path } => match file::read(path)? {
                Some(token) => token,
                None => return Ok(None),
            },
        };
        let trimmed = validate(&token)?;
        if trimmed.len() == token.len() {
            Ok(Some(token))
        } else {
            Ok(Some(Zeroizing::new(trimmed.to_owned())))
        }
    }

    /// Removes the token; `true` when there was one.
    ///
    /// # Errors
    /// Store errors.
    pub fn clear(&self) -> Result<bool, TokenError> {
        match self {
            DeviceTokenStore::Keyring { service, user } => {
                match entry(service, user)?.delete_credential() {
                    Ok(()) => Ok(true),
                    Err(keyring_core::Error::NoEntry) => Ok(false),
                    Err(error) => Err(map_keyring_error(error)),
                }
            }
            DeviceTokenStore::File { path } => file::remove(path),
        }
    }

    /// Whether a token is stored, without revealing it.
    pub fn status(&self) -> TokenStatus {
        let store = self.describe();
        match self.get() {
            Ok(Some(_)) => TokenStatus::Present { store },
            Ok(None) => TokenStatus::Absent { store },
            Err(error) => TokenStatus::Unavailable {
                store,
                reason: error.to_string(),
            },
        }
    }
}

/// Checks a token and returns it without one trailing `\n` or `\r\n`.
///
/// # Errors
/// Empty, longer than [`MAX_TOKEN_LEN`], or not printable ASCII (spaces refused).
pub fn validate(token: &str) -> Result<&str, InvalidToken> {
    let token = token
        .strip_suffix('\n')
        .map(|t| t.strip_suffix('\r').unwrap_or(t))
        .unwrap_or(token);
    if token.is_empty() {
        return Err(InvalidToken::Empty);
    }
    if let Some(index) = token.chars().position(|c| !c.is_ascii_graphic()) {
        return Err(InvalidToken::NotPrintable {
            position: index + 1,
        });
    }
    if token.len() > MAX_TOKEN_LEN {
        return Err(InvalidToken::TooLong { len: token.len() });
    }
    Ok(token)
}

fn entry(service: &str, user: &str) -> Result<keyring_core::Entry, TokenError> {
    keyring_core::Entry::new(service, user).map_err(map_keyring_error)
}

fn map_keyring_error(error: keyring_core::Error) -> TokenError {
    use keyring_core::Error as E;
    match error {
        E::NoDefaultStore => TokenError::NoCredentialStore {
            reason: PLATFORM_STORE_FAILURE
                .get()
                .cloned()
                .unwrap_or_else(|| "the platform credential store was not started".to_owned()),
        },
        E::NoStorageAccess(inner) => TokenError::StoreLocked {
            reason: inner.to_string(),
        },
        // Never format errors that carry the secret's bytes.
        E::BadEncoding(_) => TokenError::Keyring {
            reason: "the stored token is not UTF-8".to_owned(),
        },
        E::BadDataFormat(_, inner) => TokenError::Keyring {
            reason: format!("the stored token has an unexpected format ({inner})"),
        },
        other => TokenError::Keyring {
            reason: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation() {
        assert_eq!(validate("abc\n"), Ok("abc"));
        assert_eq!(validate("abc\r\n"), Ok("abc"));
        assert_eq!(validate("abc"), Ok("abc"));
        assert_eq!(validate(""), Err(InvalidToken::Empty));
        assert_eq!(validate("\n"), Err(InvalidToken::Empty));
        assert_eq!(
            validate("abc\n\n"),
            Err(InvalidToken::NotPrintable { position: 4 })
        );
        assert_eq!(
            validate("a b"),
            Err(InvalidToken::NotPrintable { position: 2 })
        );
        assert_eq!(
            validate("a\u{e9}"),
            Err(InvalidToken::NotPrintable { position: 2 })
        );
        assert_eq!(
            validate("a\tb"),
            Err(InvalidToken::NotPrintable { position: 2 })
        );
        let max = "x".repeat(MAX_TOKEN_LEN);
        assert_eq!(validate(&max), Ok(max.as_str()));
        let long = "x".repeat(MAX_TOKEN_LEN + 1);
        assert_eq!(
            validate(&long),
            Err(InvalidToken::TooLong {
                len: MAX_TOKEN_LEN + 1
            })
        );
    }

    #[test]
    fn config_parses_and_defaults() {
        #[derive(Deserialize)]
        struct Wrapper {
            #[serde(default)]
            device_token: DeviceTokenConfig,
        }
        let empty: Wrapper = toml::from_str("").unwrap();
        assert_eq!(empty.device_token, DeviceTokenConfig::default());
        assert_eq!(empty.device_token.store, StoreKind::Keyring);
        let file: Wrapper =
            toml::from_str("[device_token]\nstore = \"file\"\nfile = \"/x/tok\"\n").unwrap();
        assert_eq!(file.device_token.store, StoreKind::File);
        assert_eq!(file.device_token.file, PathBuf::from("/x/tok"));
        assert!(toml::from_str::<Wrapper>("[device_token]\nstore = \"vault\"\n").is_err());
        #[cfg(target_os = "linux")]
        assert_eq!(
            default_token_file(),
            PathBuf::from("/etc/kenpos-kiosk/device-token")
        );
    }

    #[test]
    fn no_store_error_names_the_fallback() {
        let message = map_keyring_error(keyring_core::Error::NoDefaultStore).to_string();
        assert!(
            message.starts_with("no credential store is running ("),
            "{message}"
        );
        assert!(message.contains("store = \"file\""), "{message}");
    }

    #[test]
    fn bad_encoding_error_hides_the_bytes() {
        let error = map_keyring_error(keyring_core::Error::BadEncoding(b"s3cret\xff".to_vec()));
        assert!(!format!("{error} {error:?}").contains("s3cret"));
    }
}
