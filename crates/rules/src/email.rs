//! Email addresses typed by members, with Japanese carrier quirks.

use std::fmt;

use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

use crate::message::{Explain, FluentArg, char_str, num};

const LOCAL_MAX: usize = 64;
const DOMAIN_MAX: usize = 253;
const LABEL_MAX: usize = 63;

/// A checked email address: ASCII, one `@`, an RFC 5322 dot-atom local part (no
/// quotes or comments) of at most 64 characters, and a domain of at least two
/// LDH labels (letters, digits, hyphens; at most 63 each, 253 in all) ending in
/// an alphabetic top-level domain. The domain is lower-cased; the local part is
/// kept as typed.
///
/// ```
/// use kenpos_rules::{EmailAddress, EmailWarning, Carrier};
///
/// let e = EmailAddress::parse(" ｔａｒｏ＠Docomo．ne．jp ").unwrap();
/// assert_eq!(e.as_str(), "taro@docomo.ne.jp");
/// assert_eq!(e.masked(), "ta****@docomo.ne.jp");
/// assert_eq!(e.warnings(), vec![EmailWarning::CarrierFiltering { carrier: Carrier::Docomo }]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EmailAddress {
    address: String,
    at: usize,
}

/// Why a typed email address was not accepted.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EmailError {
    /// Nothing was typed.
    #[error("the email address is empty")]
    Empty,
    /// A character that is not allowed in an address (after folding full-width).
    #[error("the character {found:?} cannot be used in an email address")]
    InvalidChar {
        /// The character found.
        found: String,
    },
    /// No `@`.
    #[error("the email address has no @")]
    MissingAt,
    /// More than one `@`.
    #[error("the email address has more than one @")]
    MultipleAt,
    /// Nothing before the `@`.
    #[error("nothing before the @")]
    LocalEmpty,
    /// More than 64 characters before the `@`.
    #[error("more than {max} characters before the @")]
    LocalTooLong {
        /// 64.
        max: usize,
    },
    /// A dot at the start or end of the local part, or two dots in a row: an old
    /// docomo/ezweb form that breaks the standard and cannot receive mail from us.
    #[error("the part before the @ has dots that break the email standard")]
    DotsInLocalPart,
    /// Nothing after the `@`.
    #[error("nothing after the @")]
    DomainEmpty,
    /// The domain has no dot (`taro@gmail`).
    #[error("the part after the @ has no dot")]
    DomainMissingDot,
    /// The domain is longer than 253 characters.
    #[error("the part after the @ is longer than {max} characters")]
    DomainTooLong {
        /// 253.
        max: usize,
    },
    /// The domain is malformed (empty label, leading or trailing hyphen, a label
    /// longer than 63, a non-alphabetic top-level domain).
    #[error("the part after the @ is not a valid domain")]
    DomainInvalid,
}

/// A mobile carrier whose mail service filters mail from unknown senders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Carrier {
    /// NTT docomo (`docomo.ne.jp`).
    Docomo,
    /// au by KDDI (`ezweb.ne.jp`, `au.com`).
    Au,
    /// SoftBank (`softbank.ne.jp`, `i.softbank.jp`, `*.vodafone.ne.jp`, `disney.ne.jp`).
    SoftBank,
}

impl Carrier {
    /// Every carrier whose addresses may filter mail.
    pub const ALL: [Carrier; 3] = [Carrier::Docomo, Carrier::Au, Carrier::SoftBank];

    /// The carrier's brand name, used in both languages.
    pub fn name(self) -> &'static str {
        match self {
            Carrier::Docomo => "docomo",
            Carrier::Au => "au",
            Carrier::SoftBank => "SoftBank",
        }
    }
}

/// Something the member should know about an accepted address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmailWarning {
    /// A carrier address that may reject mail from unknown senders: the member
    /// should allow the sender's domain (the screen adds which domain).
    CarrierFiltering {
        /// The carrier.
        carrier: Carrier,
    },
}

const CARRIER_DOMAINS: [(&str, Carrier); 7] = [
    ("docomo.ne.jp", Carrier::Docomo),
    ("ezweb.ne.jp", Carrier::Au),
    ("au.com", Carrier::Au),
    ("softbank.ne.jp", Carrier::SoftBank),
    ("i.softbank.jp", Carrier::SoftBank),
    ("vodafone.ne.jp", Carrier::SoftBank),
    ("disney.ne.jp", Carrier::SoftBank),
];

fn is_atext(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c)
}

impl EmailAddress {
    /// Parse a typed address: full-width characters are folded (NFKC: `＠`, `．`,
    /// full-width letters), zero-width characters removed, spaces at the ends
    /// trimmed, then checked strictly.
    pub fn parse(input: &str) -> Result<EmailAddress, EmailError> {
        let folded: String = input
            .nfkc()
            .filter(|c| !matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'))
            .collect();
        let s = folded.trim_matches(crate::normalize::is_space_or_invisible);
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if let Some(bad) = s
            .chars()
            .find(|c| !(is_atext(*c) || *c == '.' || *c == '@'))
        {
            return Err(EmailError::InvalidChar {
                found: char_str(bad),
            });
        }
        let (local, domain) = match s.split_once('@') {
            None => return Err(EmailError::MissingAt),
            Some((_, d)) if d.contains('@') => return Err(EmailError::MultipleAt),
            Some(parts) => parts,
        };
        if local.is_empty() {
            return Err(EmailError::LocalEmpty);
        }
        if local.len() > LOCAL_MAX {
            return Err(EmailError::LocalTooLong { max: LOCAL_MAX });
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(EmailError::DotsInLocalPart);
        }
        check_domain(domain)?;
        let address = format!("{local}@{}", domain.to_ascii_lowercase());
        Ok(EmailAddress {
            address,
            at: local.len(),
        })
    }

    /// The address (ASCII).
    pub fn as_str(&self) -> &str {
        &self.address
    }

    /// The part before the `@`.
    pub fn local_part(&self) -> &str {
        self.address.get(..self.at).unwrap_or_default()
    }

    /// The part after the `@` (lower case).
    pub fn domain(&self) -> &str {
        self.address.get(self.at + 1..).unwrap_or_default()
    }

    /// The carrier filtering the domain's mail, if any (also for sub-domains).
    pub fn carrier(&self) -> Option<Carrier> {
        let domain = self.domain();
        CARRIER_DOMAINS.iter().find_map(|(d, carrier)| {
            let sub = domain
                .strip_suffix(d)
                .is_some_and(|head| head.is_empty() || head.ends_with('.'));
            sub.then_some(*carrier)
        })
    }

    /// What the member should know before we send mail to this address.
    pub fn warnings(&self) -> Vec<EmailWarning> {
        self.carrier()
            .map(|carrier| EmailWarning::CarrierFiltering { carrier })
            .into_iter()
            .collect()
    }

    /// The address with most of the local part hidden, for showing on screen:
    /// `taro@docomo.ne.jp` → `ta****@docomo.ne.jp` (one letter kept if the local
    /// part is shorter than 4; always four `*`, whatever the length).
    pub fn masked(&self) -> String {
        let local = self.local_part();
        let keep = if local.len() >= 4 { 2 } else { 1 };
        format!(
            "{}****@{}",
            local.get(..keep).unwrap_or_default(),
            self.domain()
        )
    }
}

fn check_domain(domain: &str) -> Result<(), EmailError> {
    if domain.is_empty() {
        return Err(EmailError::DomainEmpty);
    }
    if domain.len() > DOMAIN_MAX {
        return Err(EmailError::DomainTooLong { max: DOMAIN_MAX });
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return Err(EmailError::DomainMissingDot);
    }
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= LABEL_MAX
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    let tld_ok = labels
        .last()
        .is_some_and(|t| t.len() >= 2 && t.bytes().all(|b| b.is_ascii_alphabetic()));
    if labels.iter().all(|l| label_ok(l)) && tld_ok {
        Ok(())
    } else {
        Err(EmailError::DomainInvalid)
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.address)
    }
}

impl Explain for EmailError {
    fn message_id(&self) -> &'static str {
        match self {
            EmailError::Empty => "rules-email-empty",
            EmailError::InvalidChar { .. } => "rules-email-invalid-char",
            EmailError::MissingAt => "rules-email-missing-at",
            EmailError::MultipleAt => "rules-email-multiple-at",
            EmailError::LocalEmpty => "rules-email-local-empty",
            EmailError::LocalTooLong { .. } => "rules-email-local-too-long",
            EmailError::DotsInLocalPart => "rules-email-dots",
            EmailError::DomainEmpty => "rules-email-domain-empty",
            EmailError::DomainMissingDot => "rules-email-domain-missing-dot",
            EmailError::DomainTooLong { .. } => "rules-email-domain-too-long",
            EmailError::DomainInvalid => "rules-email-domain-invalid",
        }
    }

    fn args(&self) -> Vec<(&'static str, FluentArg)> {
        match self {
            EmailError::InvalidChar { found } => vec![("found", FluentArg::Str(found.clone()))],
            EmailError::LocalTooLong { max } | EmailError::DomainTooLong { max } => {
                vec![("max", num(*max))]
            }
            _ => Vec::new(),
        }
    }
}

impl Explain for EmailWarning {
    fn message_id(&self) -> &'static str {
        match self {
            EmailWarning::CarrierFiltering { .. } => "rules-email-carrier-filter",
        }
    }

    fn args(&self) -> Vec<(&'static str, FluentArg)> {
        match self {
            EmailWarning::CarrierFiltering { carrier } => vec![("carrier", carrier.name().into())],
        }
    }
}
