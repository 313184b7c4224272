//! Validated configuration values. Each one checks itself while it is deserialised, so a
//! bad value is reported by the TOML parser with the line it stands on.

use std::fmt;

use serde::Deserialize;
use url::Url;

/// The society's login-ID prefix: exactly four ASCII digits (the member guide's `7132`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct LoginIdPrefix(String);

impl LoginIdPrefix {
    /// The prefix as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for LoginIdPrefix {
    fn default() -> Self {
        LoginIdPrefix("7132".to_owned())
    }
}

impl TryFrom<String> for LoginIdPrefix {
    type Error = String;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) {
            Ok(LoginIdPrefix(value))
        } else {
            Err(format!(
                "login_id_prefix must be exactly 4 digits, found {value:?}"
            ))
        }
    }
}

/// An insurer number (保険者番号) of the society: 8 digits with a valid check digit.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct SocietyInsurerNumber(String);

impl SocietyInsurerNumber {
    /// The 8 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for SocietyInsurerNumber {
    type Error = String;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        match kenpos_rules::InsurerNumber::parse(&value) {
            Ok(number) => Ok(SocietyInsurerNumber(number.as_str().to_owned())),
            Err(_) => Err(format!(
                "insurer_numbers: {value:?} is not an 8-digit insurer number with a valid check digit"
            )),
        }
    }
}

impl SocietyInsurerNumber {
    /// The default society insurer number used by the reference backend's demo data.
    pub fn default_number() -> SocietyInsurerNumber {
        SocietyInsurerNumber("06139984".to_owned())
    }
}

/// One line of text shown to members as it is (a name, an address, a title): not empty,
/// at most [`OneLine::MAX_CHARS`] characters, no line breaks or control characters.
/// Surrounding spaces are trimmed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct OneLine(String);

impl OneLine {
    /// The longest value accepted.
    pub const MAX_CHARS: usize = 200;

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A default written in this module's caller (known to be good).
    pub(super) fn fixed(value: &str) -> OneLine {
        OneLine(value.to_owned())
    }
}

impl TryFrom<String> for OneLine {
    type Error = String;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let trimmed = value.trim();
        let count = trimmed.chars().count();
        if count == 0 {
            Err("must be one line of text, found an empty value".to_owned())
        } else if trimmed.chars().any(char::is_control) {
            Err("must be one line of text, found a line break or a control character".to_owned())
        } else if count > OneLine::MAX_CHARS {
            Err(format!(
                "must be one line of at most {} characters, found {count}",
                OneLine::MAX_CHARS
            ))
        } else {
            Ok(OneLine(trimmed.to_owned()))
        }
    }
}

/// `society.privacy.email`: the address members write to about personal information
/// (ASCII, one `@`, a domain with a dot, no spaces).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct PrivacyEmail(String);

impl PrivacyEmail {
    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A default written in this module's caller (known to be good).
    pub(super) fn fixed(value: &str) -> PrivacyEmail {
        PrivacyEmail(value.to_owned())
    }
}

impl TryFrom<String> for PrivacyEmail {
    type Error = String;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let trimmed = value.trim();
        let plausible = trimmed.len() <= 254
            && trimmed.is_ascii()
            && !trimmed
                .chars()
                .any(|c| c.is_ascii_whitespace() || c.is_ascii_control())
            && match trimmed.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains("..")
                }
                None => false,
            };
        if plausible {
            Ok(PrivacyEmail(trimmed.to_owned()))
        } else {
            Err(format!(
                "society.privacy.email must be an email address such as privacy@example.jp, found {value:?}"
            ))
        }
    }
}

/// Where the backend is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum BackendUrl {
    /// The reference backend, started in-process on loopback (demo and training).
    #[default]
    Embedded,
    /// A remote KENPOS backend.
    Remote(Url),
}

impl fmt::Display for BackendUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackendUrl::Embedded => f.write_str("embedded"),
            BackendUrl::Remote(url) => f.write_str(url.as_str()),
        }
    }
}

impl BackendUrl {
    /// Parses `embedded` or an absolute `https://` / `http://` URL.
    ///
    /// Plain `http://` is accepted here only for loopback hosts unless
    /// `allow_insecure_http` is set (for a test backend on another machine).
    pub fn parse(value: &str, allow_insecure_http: bool) -> Result<BackendUrl, String> {
        let value = value.trim();
        if value.eq_ignore_ascii_case("embedded") {
            return Ok(BackendUrl::Embedded);
        }
        let url =
            Url::parse(value).map_err(|e| format!("backend url {value:?} is not a URL ({e})"))?;
        match url.scheme() {
            "https" => Ok(BackendUrl::Remote(url)),
            "http" if allow_insecure_http || is_loopback(&url) => Ok(BackendUrl::Remote(url)),
            "http" => Err(format!(
                "backend url {value:?} uses plain http to a non-loopback host; use https (or set allow_insecure_http = true for a test backend)"
            )),
            other => Err(format!(
                "backend url scheme {other:?} is not supported; use https"
            )),
        }
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// A number of seconds within bounds, checked while deserialising.
macro_rules! bounded_secs {
    ($name:ident, $key:literal, $min:literal, $max:literal, $default:literal) => {
        #[doc = concat!("`", $key, "`: seconds, from ", $min, " to ", $max, " (default ", $default, ").")]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
        #[serde(try_from = "i64")]
        pub struct $name(u64);

        impl $name {
            /// The value in seconds.
            pub fn secs(self) -> u64 {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                $name($default)
            }
        }

        impl TryFrom<i64> for $name {
            type Error = String;

            fn try_from(value: i64) -> Result<Self, Self::Error> {
                match u64::try_from(value) {
                    Ok(v) if ($min..=$max).contains(&v) => Ok($name(v)),
                    _ => Err(format!("{} must be between {} and {} seconds, found {}", $key, $min, $max, value)),
                }
            }
        }
    };
}

bounded_secs!(IdleSecs, "idle.timeout_secs", 30, 3600, 90);
bounded_secs!(InputIdleSecs, "idle.input_timeout_secs", 30, 3600, 180);
// WCAG 2.2.1: at least 20 seconds to extend.
bounded_secs!(CountdownSecs, "idle.countdown_secs", 20, 300, 30);
bounded_secs!(SessionCapSecs, "idle.session_cap_secs", 120, 14400, 900);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_needs_four_digits() {
        assert!(LoginIdPrefix::try_from("7132".to_owned()).is_ok());
        for bad in ["713", "71320", "71a2", "", "７１３２"] {
            assert!(LoginIdPrefix::try_from(bad.to_owned()).is_err(), "{bad}");
        }
    }

    #[test]
    fn backend_urls() {
        assert_eq!(
            BackendUrl::parse("embedded", false),
            Ok(BackendUrl::Embedded)
        );
        assert!(matches!(
            BackendUrl::parse("https://kenpos.example/api", false),
            Ok(BackendUrl::Remote(_))
        ));
        assert!(matches!(
            BackendUrl::parse("http://127.0.0.1:8080", false),
            Ok(BackendUrl::Remote(_))
        ));
        assert!(matches!(
            BackendUrl::parse("http://[::1]:8080", false),
            Ok(BackendUrl::Remote(_))
        ));
        assert!(matches!(
            BackendUrl::parse("http://localhost:8080", false),
            Ok(BackendUrl::Remote(_))
        ));
        assert!(BackendUrl::parse("http://10.0.0.5", false).is_err());
        assert!(BackendUrl::parse("http://10.0.0.5", true).is_ok());
        assert!(BackendUrl::parse("ftp://x", true).is_err());
        assert!(BackendUrl::parse("not a url", false).is_err());
    }

    #[test]
    fn one_line_texts_are_trimmed_and_checked() {
        assert_eq!(
            OneLine::try_from("  株式会社イーウェル ".to_owned()).map(|t| t.as_str().to_owned()),
            Ok("株式会社イーウェル".to_owned())
        );
        for bad in ["", "   ", "line\nbreak", "tab\there"] {
            assert!(OneLine::try_from(bad.to_owned()).is_err(), "{bad:?}");
        }
        assert!(OneLine::try_from("x".repeat(OneLine::MAX_CHARS)).is_ok());
        assert!(OneLine::try_from("x".repeat(OneLine::MAX_CHARS + 1)).is_err());
    }

    #[test]
    fn privacy_emails_are_checked() {
        for good in ["privacy@ewel.co.jp", " kojin@kenpo.example.jp "] {
            assert!(PrivacyEmail::try_from(good.to_owned()).is_ok(), "{good}");
        }
        for bad in [
            "",
            "privacy",
            "privacy@",
            "@ewel.co.jp",
            "privacy@ewel",
            "privacy@@ewel.co.jp",
            "pri vacy@ewel.co.jp",
            "privacy@ewel..jp",
            "privacy@.ewel.jp",
            "ｐｒｉｖａｃｙ@ewel.co.jp",
        ] {
            assert!(PrivacyEmail::try_from(bad.to_owned()).is_err(), "{bad}");
        }
    }

    #[test]
    fn secs_bounds() {
        assert!(CountdownSecs::try_from(19).is_err());
        assert_eq!(CountdownSecs::try_from(20).map(CountdownSecs::secs), Ok(20));
        assert!(IdleSecs::try_from(-5).is_err());
    }
}
