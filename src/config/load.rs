//! Finding and reading the config file.

use std::path::{Path, PathBuf};

use super::Config;

/// The environment variable that names the config file (for provisioning).
pub const CONFIG_ENV: &str = "KENPOS_KIOSK_CONFIG";

/// A config file that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}{}: {kind}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ConfigError {
    /// The file.
    pub path: PathBuf,
    /// The 1-based line the problem is on, when known.
    pub line: Option<usize>,
    /// The 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong.
    pub kind: ConfigErrorKind,
}

/// What is wrong with a config file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigErrorKind {
    /// A file named explicitly (`--config` or the environment) does not exist.
    #[error("the file does not exist")]
    NotFound,
    /// The file exists but cannot be read (permissions, not UTF-8, a directory).
    #[error("the file cannot be read: {0}")]
    Unreadable(String),
    /// The file is not valid TOML, or a value is wrong; the parser's own words.
    #[error("{0}")]
    Invalid(String),
    /// `backend.ca_file` names a file that cannot be used.
    #[error("backend.ca_file {}: {problem}", file.display())]
    CaFile {
        /// The CA file (as resolved: relative paths start at the config file's folder).
        file: PathBuf,
        /// What is wrong with it.
        problem: CaProblem,
    },
}

/// What is wrong with the `backend.ca_file`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaProblem {
    /// No such file.
    #[error("the file does not exist")]
    NotFound,
    /// It exists but cannot be read.
    #[error("the file cannot be read: {0}")]
    Unreadable(String),
    /// It holds no `-----BEGIN CERTIFICATE-----` block.
    #[error("the file holds no PEM certificate")]
    NoCertificate,
    /// A certificate in it is malformed.
    #[error("a certificate in it is malformed ({0})")]
    Malformed(String),
}

/// A config that loaded, with the unknown keys it contained.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The configuration.
    pub config: Config,
    /// The file it came from (`None`: no file, defaults).
    pub path: Option<PathBuf>,
    /// Dotted paths of keys the app does not know (logged as warnings).
    pub unknown_keys: Vec<String>,
    /// The file holds the staff exit PIN's hash and users other than its owner may read
    /// it (group or world bits set): warned at start; it should be 0600.
    pub pin_hash_exposed: bool,
}

/// The default config file path: `<config dir>/config.toml` (on Linux
/// `~/.config/kenpos-kiosk/config.toml`).
pub fn default_path() -> Option<PathBuf> {
    crate::project_dirs().map(|dirs| dirs.config_dir().join("config.toml"))
}

/// Which file to read: `--config` first, then the environment variable, then the
/// default place. The flag says whether the file was named explicitly.
pub fn resolve_path(cli: Option<&Path>) -> Option<(PathBuf, bool)> {
    if let Some(path) = cli {
        return Some((path.to_path_buf(), true));
    }
    if let Some(path) = std::env::var_os(CONFIG_ENV).filter(|v| !v.is_empty()) {
        return Some((PathBuf::from(path), true));
    }
    default_path().map(|p| (p, false))
}

/// Loads the config. A missing file at the default place gives the defaults; a missing
/// file that was named explicitly is an error (a provisioning mistake).
pub fn load(path: Option<(PathBuf, bool)>) -> Result<Loaded, ConfigError> {
    let Some((path, explicit)) = path else {
        return Ok(Loaded {
            config: Config::default(),
            path: None,
            unknown_keys: Vec::new(),
            pin_hash_exposed: false,
        });
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
            return Ok(Loaded {
                config: Config::default(),
                path: None,
                unknown_keys: Vec::new(),
                pin_hash_exposed: false,
            });
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(ConfigError {
                path,
                line: None,
                column: None,
                kind: ConfigErrorKind::NotFound,
            });
        }
        Err(e) => {
            return Err(ConfigError {
                path,
                line: None,
                column: None,
                kind: ConfigErrorKind::Unreadable(e.to_string()),
            });
        }
    };
    let mut loaded = load_str(&text, &path)?;
    load_ca(&mut loaded.config, &path, &text)?;
    loaded.pin_hash_exposed =
        loaded.config.kiosk.exit_pin_hash.is_some() && readable_by_others(&path);
    loaded.path = Some(path);
    Ok(loaded)
}

/// Whether users other than the file's owner may read it.
fn readable_by_others(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o044 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// Reads and checks `backend.ca_file` (relative to the config file's folder) into
/// `backend.ca_pem`.
fn load_ca(config: &mut Config, path: &Path, text: &str) -> Result<(), ConfigError> {
    let Some(file) = &config.backend.ca_file else {
        return Ok(());
    };
    let file = match path.parent() {
        Some(dir) if file.is_relative() => dir.join(file),
        _ => file.clone(),
    };
    let fail = |problem: CaProblem| ConfigError {
        path: path.to_path_buf(),
        line: key_line(text, "ca_file"),
        column: None,
        kind: ConfigErrorKind::CaFile {
            file: file.clone(),
            problem,
        },
    };
    let pem = match std::fs::read(&file) {
        Ok(pem) => pem,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(fail(CaProblem::NotFound));
        }
        Err(e) => return Err(fail(CaProblem::Unreadable(e.to_string()))),
    };
    match kenpos_client::check_ca_pem(&pem) {
        Ok(_) => {
            config.backend.ca_pem = Some(pem);
            Ok(())
        }
        Err(kenpos_client::CaPemError::NoCertificate) => Err(fail(CaProblem::NoCertificate)),
        Err(kenpos_client::CaPemError::Malformed(why)) => Err(fail(CaProblem::Malformed(why))),
    }
}

/// The 1-based line a key is set on (`key = ...`), when it is there.
fn key_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            line.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|index| index + 1)
}

/// Parses config text; `path` is only used in the error.
pub fn load_str(text: &str, path: &Path) -> Result<Loaded, ConfigError> {
    let mut unknown_keys = Vec::new();
    let result = toml::Deserializer::parse(text).and_then(|de| {
        serde_ignored::deserialize(de, |key| unknown_keys.push(key.to_string())).map(|c: Config| c)
    });
    match result {
        Ok(config) => Ok(Loaded {
            config,
            path: None,
            unknown_keys,
            pin_hash_exposed: false,
        }),
        Err(e) => {
            let (line, column) = match e.span() {
                Some(span) => {
                    let (l, c) = line_column(text, span.start);
                    (Some(l), Some(c))
                }
                None => (None, None),
            };
            Err(ConfigError {
                path: path.to_path_buf(),
                line,
                column,
                kind: ConfigErrorKind::Invalid(e.message().trim().to_owned()),
            })
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{BackendUrl, Mode};
    use crate::i18n::Language;

    fn parse(text: &str) -> Result<Loaded, ConfigError> {
        load_str(text, Path::new("/etc/kenpos/config.toml"))
    }

    #[test]
    fn empty_file_gives_defaults() {
        let loaded = parse("").unwrap();
        assert_eq!(loaded.config, Config::default());
        assert_eq!(loaded.config.society.login_id_prefix.as_str(), "7132");
        assert_eq!(loaded.config.backend.url, BackendUrl::Embedded);
        assert_eq!(loaded.config.idle.timeout_secs.secs(), 90);
        assert_eq!(loaded.config.idle.input_timeout_secs.secs(), 180);
        assert_eq!(loaded.config.idle.session_cap_secs.secs(), 900);
        assert_eq!(loaded.config.default_language, Language::Ja);
    }

    #[test]
    fn values_are_read() {
        let loaded = parse(
            "default_language = \"en\"\nmode = \"windowed\"\n[backend]\nurl = \"https://kenpos.example\"\n[society]\nlogin_id_prefix = \"1234\"\ninsurer_numbers = [\"33120015\", \"06139984\"]\n[idle]\ncountdown_secs = 45\n",
        )
        .unwrap();
        let c = loaded.config;
        assert_eq!(c.default_language, Language::En);
        assert_eq!(c.mode, Mode::Windowed);
        assert!(matches!(c.backend.url, BackendUrl::Remote(_)));
        assert_eq!(c.society.login_id_prefix.as_str(), "1234");
        assert_eq!(c.society.insurer_numbers.len(), 2);
        assert_eq!(c.idle.countdown_secs.secs(), 45);
    }

    #[test]
    fn unknown_keys_are_collected_not_fatal() {
        let loaded = parse("colour = \"blue\"\n[society]\nnickname = \"x\"\n").unwrap();
        assert_eq!(
            loaded.unknown_keys,
            vec!["colour".to_owned(), "society.nickname".to_owned()]
        );
    }

    #[test]
    fn bad_value_names_its_line() {
        let err =
            parse("# comment\n[society]\nname_ja = \"x\"\nlogin_id_prefix = \"71\"\n").unwrap_err();
        assert_eq!(err.line, Some(4), "{err:?}");
        assert!(
            matches!(&err.kind, ConfigErrorKind::Invalid(m) if m.contains("4 digits")),
            "{err:?}"
        );
        assert!(err.to_string().starts_with("/etc/kenpos/config.toml:4: "));
    }

    #[test]
    fn bad_insurer_number_and_idle_and_url_name_their_lines() {
        let err = parse("[society]\ninsurer_numbers = [\"06139985\"]\n").unwrap_err();
        assert_eq!(err.line, Some(2), "{err:?}");
        let err = parse("\n\n[idle]\ncountdown_secs = 5\n").unwrap_err();
        assert_eq!(err.line, Some(4), "{err:?}");
        let err = parse("[backend]\nurl = \"http://192.168.1.20\"\n").unwrap_err();
        assert!(err.line.is_some(), "{err:?}");
        assert!(
            matches!(&err.kind, ConfigErrorKind::Invalid(m) if m.contains("https")),
            "{err:?}"
        );
    }

    #[test]
    fn the_privacy_contact_is_read_and_checked() {
        let defaults = parse("").unwrap().config.society.privacy;
        assert_eq!(defaults.organisation(Language::Ja), "株式会社イーウェル");
        assert_eq!(defaults.email.as_str(), "privacy@ewel.co.jp");
        assert_eq!(
            defaults.manager_title(Language::Ja),
            "総務コンプライアンス室長"
        );
        let loaded = parse(
            "[society.privacy]\norganisation_ja = \"けんぽす健康保険組合\"\nemail = \" kojin@kenpo.example.jp \"\nmanager_title_en = \"Executive Director\"\n",
        )
        .unwrap();
        assert!(loaded.unknown_keys.is_empty(), "{:?}", loaded.unknown_keys);
        let privacy = loaded.config.society.privacy;
        assert_eq!(privacy.organisation(Language::Ja), "けんぽす健康保険組合");
        assert_eq!(privacy.organisation(Language::En), "eWeLL Co., Ltd.");
        assert_eq!(privacy.email.as_str(), "kojin@kenpo.example.jp");
        assert_eq!(privacy.manager_title(Language::En), "Executive Director");

        let err =
            parse("[society]\nname_ja = \"x\"\n[society.privacy]\nemail = \"privacy at ewel\"\n")
                .unwrap_err();
        assert_eq!(err.line, Some(4), "{err:?}");
        assert!(
            matches!(&err.kind, ConfigErrorKind::Invalid(m) if m.contains("society.privacy.email")),
            "{err:?}"
        );
        let err = parse("[society.privacy]\n\naddress_ja = \"  \"\n").unwrap_err();
        assert_eq!(err.line, Some(3), "{err:?}");
        let err = parse("[society.privacy]\ndesk_en = \"a\\nb\"\n").unwrap_err();
        assert_eq!(err.line, Some(2), "{err:?}");
    }

    #[test]
    fn syntax_error_names_its_line() {
        let err = parse("mode = \"kiosk\"\n[society\n").unwrap_err();
        assert_eq!(err.line, Some(2), "{err:?}");
        let err = parse("mode = \"fullscreen\"\n").unwrap_err();
        assert_eq!(err.line, Some(1), "{err:?}");
    }

    #[test]
    fn missing_default_file_gives_defaults_but_missing_named_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("none.toml");
        assert!(load(Some((path.clone(), false))).is_ok());
        let err = load(Some((path, true))).unwrap_err();
        assert_eq!(err.kind, ConfigErrorKind::NotFound);
        let err = load(Some((dir.path().to_path_buf(), true))).unwrap_err();
        assert!(
            matches!(err.kind, ConfigErrorKind::Unreadable(_)),
            "{err:?}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_pin_hash_in_a_file_others_can_read_is_flagged() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("kenpos-pin-mode-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let hash = crate::kiosk::pin::hash_pin("246810").unwrap();
        let with_hash = dir.join("with-hash.toml");
        std::fs::write(&with_hash, format!("[kiosk]\nexit_pin_hash = \"{hash}\"\n")).unwrap();
        let without = dir.join("without.toml");
        std::fs::write(&without, "default_language = \"en\"\n").unwrap();
        for (file, mode, exposed) in [
            (&with_hash, 0o644, true),
            (&with_hash, 0o640, true),
            (&with_hash, 0o600, false),
            (&without, 0o644, false),
        ] {
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(mode)).unwrap();
            let loaded = load(Some((file.clone(), true))).unwrap();
            assert_eq!(loaded.pin_hash_exposed, exposed, "{file:?} {mode:o}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_weak_exit_pin_hash_is_refused_with_its_line() {
        let weak =
            crate::kiosk::pin::hash_with("246810", argon2::Params::new(64, 1, 1, None).unwrap())
                .unwrap();
        let err = parse(&format!("[kiosk]\nexit_pin_hash = \"{weak}\"\n")).unwrap_err();
        assert_eq!(err.line, Some(2), "{err:?}");
    }

    #[test]
    fn a_bad_exit_pin_hash_names_its_line() {
        let err = parse("mode = \"kiosk\"\n[kiosk]\nexit_pin_hash = \"1234\"\n").unwrap_err();
        assert_eq!(err.line, Some(3), "{err:?}");
        assert!(
            matches!(&err.kind, ConfigErrorKind::Invalid(m) if m.contains("argon2id")),
            "{err:?}"
        );
        let none = parse("[kiosk]\nexit_pin_hash = \"\"\n").unwrap();
        assert_eq!(none.config.kiosk.exit_pin_hash, None);
    }

    #[test]
    fn a_ca_file_must_exist_and_hold_a_certificate() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config.toml");
        let write = |body: &str| std::fs::write(&config, body).unwrap();
        write("mode = \"kiosk\"\n[backend]\nca_file = \"missing.pem\"\n");
        let err = load(Some((config.clone(), true))).unwrap_err();
        assert_eq!(err.line, Some(3), "{err:?}");
        assert_eq!(
            err.kind,
            ConfigErrorKind::CaFile {
                file: dir.path().join("missing.pem"),
                problem: CaProblem::NotFound
            }
        );
        std::fs::write(dir.path().join("empty.pem"), "not a certificate\n").unwrap();
        write("[backend]\nca_file = \"empty.pem\"\n");
        let err = load(Some((config.clone(), true))).unwrap_err();
        assert!(
            matches!(
                &err.kind,
                ConfigErrorKind::CaFile {
                    problem: CaProblem::NoCertificate,
                    ..
                }
            ),
            "{err:?}"
        );
        std::fs::write(
            dir.path().join("bad.pem"),
            "-----BEGIN CERTIFICATE-----\nMIIB!!notbase64\n-----END CERTIFICATE-----\n",
        )
        .unwrap();
        write("[backend]\nca_file = \"bad.pem\"\n");
        let err = load(Some((config.clone(), true))).unwrap_err();
        assert!(
            matches!(
                &err.kind,
                ConfigErrorKind::CaFile {
                    problem: CaProblem::Malformed(_),
                    ..
                }
            ),
            "{err:?}"
        );
        write(&format!(
            "[backend]\nca_file = \"{}\"\n",
            dir.path().display()
        ));
        let err = load(Some((config.clone(), true))).unwrap_err();
        assert!(
            matches!(
                &err.kind,
                ConfigErrorKind::CaFile {
                    problem: CaProblem::Unreadable(_),
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn line_column_counts_characters() {
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("名前\nx", "名前\n".len()), (2, 1));
        assert_eq!(line_column("", 10), (1, 1));
    }

    #[test]
    fn the_shipped_sample_is_complete_and_states_the_defaults() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/config.sample.toml");
        let loaded = load(Some((path, true))).unwrap();
        assert!(loaded.unknown_keys.is_empty(), "{:?}", loaded.unknown_keys);
        assert_eq!(
            loaded.config,
            Config::default(),
            "the sample must show the defaults"
        );
    }
}
