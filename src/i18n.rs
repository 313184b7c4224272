//! Fluent bundles for Japanese and English, embedded in the binary.
//!
//! Every user-visible string comes from the `.ftl` files under `i18n/`. The current
//! [`Language`] is application state; the bundles are loaded once and shared, and a
//! translated string is produced at `view` time and never stored.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::{LanguageIdentifier, langid};

/// A language the kiosk speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Japanese, the default.
    #[default]
    Ja,
    /// English.
    En,
}

/// The language of the backend's documents (the consent texts) for the member's.
impl From<Language> for kenpos_contract::Lang {
    fn from(language: Language) -> kenpos_contract::Lang {
        match language {
            Language::Ja => kenpos_contract::Lang::Ja,
            Language::En => kenpos_contract::Lang::En,
        }
    }
}

impl Language {
    /// Both languages, Japanese first.
    pub const ALL: [Language; 2] = [Language::Ja, Language::En];

    /// The other language (what the header's language toggle switches to).
    pub fn other(self) -> Language {
        match self {
            Language::Ja => Language::En,
            Language::En => Language::Ja,
        }
    }

    /// The BCP 47 code, `ja` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ja => "ja",
            Language::En => "en",
        }
    }

    /// Parses `ja` or `en` (case-insensitive).
    pub fn from_code(code: &str) -> Option<Language> {
        match code.trim().to_ascii_lowercase().as_str() {
            "ja" => Some(Language::Ja),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Language::Ja => langid!("ja"),
            Language::En => langid!("en"),
        }
    }
}

/// One Fluent file, in both languages.
#[derive(Debug, Clone, Copy)]
pub struct Resource {
    /// The file name under `i18n/ja/` and `i18n/en/`.
    pub file: &'static str,
    /// The Japanese source.
    pub ja: &'static str,
    /// The English source.
    pub en: &'static str,
}

macro_rules! resource {
    ($file:literal) => {
        Resource {
            file: $file,
            ja: include_str!(concat!("../i18n/ja/", $file)),
            en: include_str!(concat!("../i18n/en/", $file)),
        }
    };
}

/// Every Fluent file the app embeds. A test checks this list against `i18n/`.
pub const RESOURCES: &[Resource] = &[
    resource!("app.ftl"),
    resource!("rules.ftl"),
    resource!("backend.ftl"),
    resource!("insured.ftl"),
    resource!("documents.ftl"),
    resource!("family.ftl"),
    resource!("idle.ftl"),
    resource!("keypad.ftl"),
    resource!("kiosk.ftl"),
];

impl Resource {
    /// The source text for a language.
    pub fn source(&self, language: Language) -> &'static str {
        match language {
            Language::Ja => self.ja,
            Language::En => self.en,
        }
    }
}

struct Bundles {
    ja: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

fn build_bundle(language: Language) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![language.langid()]);
    // Bidi isolation marks (U+2068/U+2069) render as boxes in a ja/en UI.
    bundle.set_use_isolating(false);
    for resource in RESOURCES {
        let parsed = match FluentResource::try_new(resource.source(language).to_owned()) {
            Ok(parsed) => parsed,
            Err((parsed, errors)) => {
                tracing::error!(
                    file = resource.file,
                    lang = language.code(),
                    count = errors.len(),
                    "Fluent syntax errors"
                );
                parsed
            }
        };
        if let Err(errors) = bundle.add_resource(parsed) {
            tracing::error!(
                file = resource.file,
                lang = language.code(),
                count = errors.len(),
                "duplicate Fluent messages"
            );
        }
    }
    bundle
}

static BUNDLES: LazyLock<Bundles> = LazyLock::new(|| Bundles {
    ja: build_bundle(Language::Ja),
    en: build_bundle(Language::En),
});

fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    match language {
        Language::Ja => &BUNDLES.ja,
        Language::En => &BUNDLES.en,
    }
}

/// An argument value for a Fluent message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A string, shown as it is.
    Str(String),
    /// A number (plural rules apply).
    Num(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Str(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Str(value)
    }
}

impl From<u64> for Arg {
    fn from(value: u64) -> Self {
        #[allow(clippy::cast_precision_loss)]
        Arg::Num(value as f64)
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        #[allow(clippy::cast_precision_loss)]
        Arg::Num(value as f64)
    }
}

/// The message for a rule error or warning of [`kenpos_rules`].
pub fn explain(language: Language, what: &dyn kenpos_rules::Explain) -> String {
    let args: Vec<(&str, Arg)> = what
        .args()
        .into_iter()
        .map(|(name, value)| {
            let value = match value {
                kenpos_rules::FluentArg::Str(s) => Arg::Str(s),
                #[allow(clippy::cast_precision_loss)]
                kenpos_rules::FluentArg::Num(n) => Arg::Num(n as f64),
            };
            (name, value)
        })
        .collect();
    tr_args(language, what.message_id(), &args)
}

/// The message for a backend client error.
pub fn client_error(language: Language, error: &kenpos_client::ClientError) -> String {
    let args: Vec<(&str, Arg)> = error
        .message_args()
        .into_iter()
        .map(|(name, n)| (name, Arg::from(n)))
        .collect();
    tr_args(language, error.message_id(), &args)
}

/// Whether a message id exists in the given language.
pub fn has_message(language: Language, id: &str) -> bool {
    bundle(language).has_message(id)
}

/// The message `id` in `language`. A missing message yields the id itself (and an error
/// in the log), never a panic.
pub fn tr(language: Language, id: &str) -> String {
    format(language, id, None, &[])
}

/// The message `id` with arguments.
pub fn tr_args(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    format(language, id, None, args)
}

/// The attribute `attribute` of message `id`.
pub fn tr_attr(language: Language, id: &str, attribute: &str) -> String {
    format(language, id, Some(attribute), &[])
}

fn format(language: Language, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(language);
    let Some(message) = bundle.get_message(id) else {
        tracing::error!(id, lang = language.code(), "missing Fluent message");
        return id.to_owned();
    };
    let pattern = match attribute {
        Some(name) => message.get_attribute(name).map(|a| a.value()),
        None => message.value(),
    };
    let Some(pattern) = pattern else {
        tracing::error!(
            id,
            attribute,
            lang = language.code(),
            "Fluent message has no such value"
        );
        return id.to_owned();
    };
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fa = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Str(s) => FluentValue::String(Cow::Owned(s.clone())),
                Arg::Num(n) => FluentValue::from(*n),
            };
            fa.set(*name, value);
        }
        fa
    });
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
    if !errors.is_empty() {
        tracing::error!(
            id,
            lang = language.code(),
            count = errors.len(),
            "Fluent formatting errors"
        );
    }
    text.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_message_falls_back_to_id() {
        assert_eq!(tr(Language::En, "no-such-message-id"), "no-such-message-id");
    }

    #[test]
    fn no_isolation_marks() {
        let text = tr_args(
            Language::En,
            "config-error-where",
            &[("file", "/x.toml".into()), ("line", 3u64.into())],
        );
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{text:?}"
        );
        assert!(text.contains("/x.toml"));
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
            assert_eq!(lang.other().other(), lang);
        }
        assert_eq!(Language::from_code(" EN "), Some(Language::En));
        assert_eq!(Language::from_code("fr"), None);
    }
}
