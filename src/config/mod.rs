//! The kiosk's configuration: TOML in the platform config directory, overridden by
//! `--config PATH` or the `KENPOS_KIOSK_CONFIG` environment variable.
//!
//! A missing file at the default place means defaults; unknown keys are logged as
//! warnings; a bad value is a [`ConfigError`] that the config error screen shows with
//! the file and line.

mod load;
mod values;

pub use load::{
    CONFIG_ENV, CaProblem, ConfigError, ConfigErrorKind, Loaded, default_path, load, load_str,
    resolve_path,
};
pub use values::{
    BackendUrl, CountdownSecs, IdleSecs, InputIdleSecs, LoginIdPrefix, OneLine, PrivacyEmail,
    SessionCapSecs, SocietyInsurerNumber,
};

use serde::{Deserialize, Deserializer};

use crate::i18n::Language;

/// The whole configuration. Every key is optional; see `assets/config.sample.toml`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default)]
pub struct Config {
    /// The language a session starts in (`ja` or `en`).
    pub default_language: Language,
    /// `kiosk` (fullscreen, for members) or `windowed` (a staff desk).
    pub mode: Mode,
    /// Look and feel a session starts with.
    pub display: Display,
    /// The KENPOS backend.
    pub backend: Backend,
    /// The health insurance society this kiosk serves.
    pub society: Society,
    /// Idle timeouts.
    pub idle: Idle,
    /// `[device_token]`: where the kiosk's backend token is kept.
    pub device_token: crate::device_token::DeviceTokenConfig,
    /// `[kiosk]`: leaving kiosk mode (staff).
    pub kiosk: Kiosk,
    /// `[stats]`: the anonymous step funnel.
    pub stats: Stats,
}

/// `[stats]`: the anonymous step funnel (counts per hour; nothing about a member).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Stats {
    /// Whether the funnel is counted at all (`false`: no file is made or written).
    pub enabled: bool,
    /// Hours older than this many days are deleted at start and by `stats purge`.
    pub retention_days: u32,
    /// The SQLite file (default: the data dir's `funnel.sqlite`).
    pub file: std::path::PathBuf,
}

impl Default for Stats {
    fn default() -> Self {
        Stats {
            enabled: true,
            retention_days: 400,
            file: crate::stats::store::default_path(),
        }
    }
}

/// `[kiosk]`: how staff leave kiosk mode.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Kiosk {
    /// The argon2id hash of the staff exit PIN (`kenpos-kiosk pin hash`); `""` (none):
    /// the exit gesture and key chord do nothing.
    #[serde(deserialize_with = "optional_pin_hash")]
    pub exit_pin_hash: Option<crate::kiosk::PinHash>,
    /// Where the wrong-PIN lock-out is kept across restarts (default: the data dir's
    /// `exit-pin-lockout`; the kiosk user must be able to write there).
    pub lockout_file: std::path::PathBuf,
}

impl Default for Kiosk {
    fn default() -> Self {
        Kiosk {
            exit_pin_hash: None,
            lockout_file: crate::kiosk::lockout_file::default_path(),
        }
    }
}

fn optional_pin_hash<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<crate::kiosk::PinHash>, D::Error> {
    let raw = String::deserialize(deserializer)?;
    if raw.trim().is_empty() {
        return Ok(None);
    }
    crate::kiosk::PinHash::try_from(raw)
        .map(Some)
        .map_err(serde::de::Error::custom)
}

/// How the window is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Fullscreen, no decorations, for members at a kiosk.
    Kiosk,
    /// A normal window, for staff at a desk (the default; kiosk boxes are provisioned).
    #[default]
    Windowed,
}

/// `[display]`: the look a session starts with (members can change it from the header).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Display {
    /// Start in the high-contrast theme.
    pub high_contrast: bool,
    /// Start in large-text mode.
    pub large_text: bool,
    /// Offer the on-screen keypads and keyboards (a "keyboard" button beside each field).
    /// Turn off at a staff desk with a hardware keyboard, which always works anyway.
    pub on_screen_keyboards: bool,
}

impl Default for Display {
    fn default() -> Self {
        Display {
            high_contrast: false,
            large_text: false,
            on_screen_keyboards: true,
        }
    }
}

/// `[backend]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backend {
    /// `embedded` (the reference backend, in-process) or an `https://` URL.
    pub url: BackendUrl,
    /// Allow plain `http://` to a non-loopback host (test backends only).
    pub allow_insecure_http: bool,
    /// Connect timeout in seconds.
    pub connect_timeout_secs: u64,
    /// Whole-request timeout in seconds.
    pub request_timeout_secs: u64,
    /// The domain KENPOS emails come from (members on carrier addresses must allow it).
    pub sender_domain: String,
    /// A CA certificate file (PEM) trusted in addition to the system's roots.
    pub ca_file: Option<std::path::PathBuf>,
    /// The certificates read from `ca_file` by [`load`] (PEM, checked).
    pub ca_pem: Option<Vec<u8>>,
}

impl Default for Backend {
    fn default() -> Self {
        let raw = RawBackend::default();
        Backend {
            url: BackendUrl::Embedded,
            allow_insecure_http: raw.allow_insecure_http,
            connect_timeout_secs: raw.connect_timeout_secs,
            request_timeout_secs: raw.request_timeout_secs,
            sender_domain: raw.sender_domain,
            ca_file: None,
            ca_pem: None,
        }
    }
}

#[derive(Deserialize)]
#[serde(default)]
struct RawBackend {
    url: String,
    allow_insecure_http: bool,
    connect_timeout_secs: u64,
    request_timeout_secs: u64,
    sender_domain: String,
    ca_file: String,
}

impl Default for RawBackend {
    fn default() -> Self {
        RawBackend {
            url: "embedded".to_owned(),
            allow_insecure_http: false,
            connect_timeout_secs: 5,
            request_timeout_secs: 15,
            sender_domain: "kenpos.jp".to_owned(),
            ca_file: String::new(),
        }
    }
}

impl<'de> Deserialize<'de> for Backend {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawBackend::deserialize(deserializer)?;
        let url = BackendUrl::parse(&raw.url, raw.allow_insecure_http)
            .map_err(serde::de::Error::custom)?;
        for (key, value) in [
            ("connect_timeout_secs", raw.connect_timeout_secs),
            ("request_timeout_secs", raw.request_timeout_secs),
        ] {
            if !(1..=120).contains(&value) {
                return Err(serde::de::Error::custom(format!(
                    "backend.{key} must be between 1 and 120, found {value}"
                )));
            }
        }
        Ok(Backend {
            url,
            allow_insecure_http: raw.allow_insecure_http,
            connect_timeout_secs: raw.connect_timeout_secs,
            request_timeout_secs: raw.request_timeout_secs,
            sender_domain: raw.sender_domain,
            ca_file: Some(raw.ca_file.trim())
                .filter(|f| !f.is_empty())
                .map(std::path::PathBuf::from),
            ca_pem: None,
        })
    }
}

/// `[society]`: the health insurance society. Its names and contact are data shown as
/// they are; the UI's own words come from Fluent.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default)]
pub struct Society {
    /// The login-ID prefix (`7132` in the member guide).
    pub login_id_prefix: LoginIdPrefix,
    /// The society's name in Japanese.
    pub name_ja: String,
    /// The society's name in English.
    pub name_en: String,
    /// The society's insurer numbers (保険者番号).
    pub insurer_numbers: Vec<SocietyInsurerNumber>,
    /// The KENPOS site members use on their phones (shown as a QR code).
    pub portal_url: String,
    /// The office members contact when they forgot both ID and password.
    pub office: Office,
    /// Who answers members' questions about personal information.
    pub privacy: Privacy,
}

impl Default for Society {
    fn default() -> Self {
        Society {
            login_id_prefix: LoginIdPrefix::default(),
            name_ja: "けんぽす健康保険組合".to_owned(),
            name_en: "KENPOS Health Insurance Society".to_owned(),
            insurer_numbers: vec![SocietyInsurerNumber::default_number()],
            portal_url: "https://www.kenpos.jp/".to_owned(),
            office: Office::default(),
            privacy: Privacy::default(),
        }
    }
}

impl Society {
    /// The society's name in a language.
    pub fn name(&self, language: Language) -> &str {
        match language {
            Language::Ja => &self.name_ja,
            Language::En => &self.name_en,
        }
    }
}

/// `[society.office]`: the KENPOS office contact.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Office {
    /// The office's phone number, as members should dial it.
    pub phone: String,
    /// Opening hours, in Japanese.
    pub hours_ja: String,
    /// Opening hours, in English.
    pub hours_en: String,
    /// The office's email address (optional).
    pub email: String,
}

impl Default for Office {
    fn default() -> Self {
        Office {
            phone: "0120-000-000".to_owned(),
            hours_ja: "平日 9:00〜17:00（土日祝・年末年始を除く）".to_owned(),
            hours_en: "Weekdays 9:00–17:00 (closed on weekends, holidays and over New Year)"
                .to_owned(),
            email: String::new(),
        }
    }
}

impl Office {
    /// Opening hours in a language.
    pub fn hours(&self, language: Language) -> &str {
        match language {
            Language::Ja => &self.hours_ja,
            Language::En => &self.hours_en,
        }
    }
}

/// `[society.privacy]`: where members turn about their personal information, shown on
/// the family path's eligibility step (資格照会): the organisation and its desk, postal
/// address and email, and the title of the person responsible (個人情報保護管理者). Data
/// shown as it is; the sentences around it come from Fluent. The defaults are the member
/// guide's.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Privacy {
    /// The organisation that answers, in Japanese.
    pub organisation_ja: OneLine,
    /// The organisation that answers, in English.
    pub organisation_en: OneLine,
    /// The name of its desk for personal information, in Japanese.
    pub desk_ja: OneLine,
    /// The name of its desk for personal information, in English.
    pub desk_en: OneLine,
    /// Its postal address (with the postcode), in Japanese.
    pub address_ja: OneLine,
    /// Its postal address (with the postcode), in English.
    pub address_en: OneLine,
    /// Its email address for personal information.
    pub email: PrivacyEmail,
    /// The title of the person responsible for personal information, in Japanese.
    pub manager_title_ja: OneLine,
    /// The title of the person responsible for personal information, in English.
    pub manager_title_en: OneLine,
}

impl Default for Privacy {
    fn default() -> Self {
        Privacy {
            organisation_ja: OneLine::fixed("株式会社イーウェル"),
            organisation_en: OneLine::fixed("eWeLL Co., Ltd."),
            desk_ja: OneLine::fixed("個人情報問合せ窓口"),
            desk_en: OneLine::fixed("Personal Information Inquiry Desk"),
            address_ja: OneLine::fixed("〒102-0094 東京都千代田区紀尾井町3番6号"),
            address_en: OneLine::fixed("3-6 Kioicho, Chiyoda-ku, Tokyo 102-0094"),
            email: PrivacyEmail::fixed("privacy@ewel.co.jp"),
            manager_title_ja: OneLine::fixed("総務コンプライアンス室長"),
            manager_title_en: OneLine::fixed("Head of the General Affairs and Compliance Office"),
        }
    }
}

impl Privacy {
    /// The organisation in a language.
    pub fn organisation(&self, language: Language) -> &str {
        match language {
            Language::Ja => self.organisation_ja.as_str(),
            Language::En => self.organisation_en.as_str(),
        }
    }

    /// The desk's name in a language.
    pub fn desk(&self, language: Language) -> &str {
        match language {
            Language::Ja => self.desk_ja.as_str(),
            Language::En => self.desk_en.as_str(),
        }
    }

    /// The postal address in a language.
    pub fn address(&self, language: Language) -> &str {
        match language {
            Language::Ja => self.address_ja.as_str(),
            Language::En => self.address_en.as_str(),
        }
    }

    /// The responsible person's title in a language.
    pub fn manager_title(&self, language: Language) -> &str {
        match language {
            Language::Ja => self.manager_title_ja.as_str(),
            Language::En => self.manager_title_en.as_str(),
        }
    }
}

/// `[idle]`: when an unattended session is ended (WCAG 2.2.1: a warning with at least
/// 20 seconds to extend comes first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(default)]
pub struct Idle {
    /// Idle time on ordinary screens.
    pub timeout_secs: IdleSecs,
    /// Idle time on screens with password or email entry.
    pub input_timeout_secs: InputIdleSecs,
    /// Length of the countdown warning.
    pub countdown_secs: CountdownSecs,
    /// Hard cap on one member's session.
    pub session_cap_secs: SessionCapSecs,
}
