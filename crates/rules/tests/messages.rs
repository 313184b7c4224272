//! Every error and warning has a Fluent message in both locales, with the same
//! variables, and formats without errors.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers may panic

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use kenpos_rules::{
    BirthDateError, Carrier, EligibilityError, EmailError, EmailWarning, Era, Explain, FluentArg,
    InsurerNumberError, KanaNameError, LoginIdError, LoginIdField, NotThisSociety,
    PasswordWeakness,
};
use regex::Regex;

const LOCALES: [&str; 2] = ["ja", "en"];

fn ftl_source(locale: &str) -> String {
    let path = format!(
        "{}/../../i18n/{locale}/rules.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn bundle(locale: &str) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(ftl_source(locale))
        .unwrap_or_else(|(_, errors)| panic!("{locale}: parse errors {errors:?}"));
    let mut bundle = FluentBundle::new(vec![locale.parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).unwrap();
    bundle
}

/// Message id → set of `$variables` used in it, read from the source text.
fn variables(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let id_re = Regex::new(r"^(rules-[a-z0-9-]+)\s*=").unwrap();
    let var_re = Regex::new(r"\$([a-z_]+)").unwrap();
    let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in ftl_source(locale).lines() {
        if let Some(c) = id_re.captures(line) {
            let id = c[1].to_owned();
            assert!(
                map.insert(id.clone(), BTreeSet::new()).is_none(),
                "duplicate {id}"
            );
            current = Some(id);
        } else if line.starts_with('#') || line.trim().is_empty() {
            if !line.starts_with(' ') {
                current = if line.trim().is_empty() {
                    current
                } else {
                    None
                };
            }
        } else if !line.starts_with(' ') {
            panic!("{locale}: unexpected line {line:?}");
        }
        if let Some(id) = &current {
            for v in var_re.captures_iter(line) {
                map.get_mut(id).unwrap().insert(v[1].to_owned());
            }
        }
    }
    map
}

// Exhaustive variant indexes: a new variant fails to compile here until listed,
// and the test below fails until a sample of it is added to `samples()`.
fn login_index(e: &LoginIdError) -> usize {
    match e {
        LoginIdError::PrefixInvalid => 0,
        LoginIdError::SymbolEmpty => 1,
        LoginIdError::NumberEmpty => 2,
        LoginIdError::SymbolNotDigits => 3,
        LoginIdError::NumberNotDigits => 4,
        LoginIdError::SymbolTooLong { .. } => 5,
        LoginIdError::NumberTooLong { .. } => 6,
        LoginIdError::NumberWithBranch { .. } => 7,
        LoginIdError::InsurerNumberInField { .. } => 8,
        LoginIdError::IdEmpty => 9,
        LoginIdError::IdMalformed => 10,
        LoginIdError::IdWrongPrefix { .. } => 11,
    }
}
const LOGIN_COUNT: usize = 12;

fn eligibility_index(e: &EligibilityError) -> usize {
    match e {
        EligibilityError::SymbolEmpty => 0,
        EligibilityError::SymbolInvalidChar { .. } => 1,
        EligibilityError::SymbolTooLong { .. } => 2,
        EligibilityError::NumberEmpty => 3,
        EligibilityError::NumberNotDigits => 4,
        EligibilityError::NumberTooLong { .. } => 5,
        EligibilityError::NumberWithBranch { .. } => 6,
        EligibilityError::InsurerNumberInSymbol => 7,
        EligibilityError::InsurerNumberInNumber => 8,
    }
}
const ELIGIBILITY_COUNT: usize = 9;

fn insurer_index(e: &InsurerNumberError) -> usize {
    match e {
        InsurerNumberError::Empty => 0,
        InsurerNumberError::NotDigits => 1,
        InsurerNumberError::NationalHealthInsurance => 2,
        InsurerNumberError::WrongLength { .. } => 3,
        InsurerNumberError::CheckDigit => 4,
    }
}
const INSURER_COUNT: usize = 5;

fn birth_index(e: &BirthDateError) -> usize {
    match e {
        BirthDateError::Empty => 0,
        BirthDateError::Unrecognized => 1,
        BirthDateError::NoEraOrCentury => 2,
        BirthDateError::EraYearZero => 3,
        BirthDateError::InvalidMonth { .. } => 4,
        BirthDateError::ImpossibleDay { .. } => 5,
        BirthDateError::OutsideEra { .. } => 6,
        BirthDateError::Future => 7,
        BirthDateError::TooOld { .. } => 8,
    }
}
const BIRTH_COUNT: usize = 9;

fn kana_index(e: &KanaNameError) -> usize {
    match e {
        KanaNameError::Empty => 0,
        KanaNameError::Latin { .. } => 1,
        KanaNameError::Kanji { .. } => 2,
        KanaNameError::Digit { .. } => 3,
        KanaNameError::Symbol { .. } => 4,
    }
}
const KANA_COUNT: usize = 5;

fn email_index(e: &EmailError) -> usize {
    match e {
        EmailError::Empty => 0,
        EmailError::InvalidChar { .. } => 1,
        EmailError::MissingAt => 2,
        EmailError::MultipleAt => 3,
        EmailError::LocalEmpty => 4,
        EmailError::LocalTooLong { .. } => 5,
        EmailError::DotsInLocalPart => 6,
        EmailError::DomainEmpty => 7,
        EmailError::DomainMissingDot => 8,
        EmailError::DomainTooLong { .. } => 9,
        EmailError::DomainInvalid => 10,
    }
}
const EMAIL_COUNT: usize = 11;

fn warning_index(w: &EmailWarning) -> usize {
    match w {
        EmailWarning::CarrierFiltering {
            carrier: Carrier::Docomo,
        } => 0,
        EmailWarning::CarrierFiltering {
            carrier: Carrier::Au,
        } => 1,
        EmailWarning::CarrierFiltering {
            carrier: Carrier::SoftBank,
        } => 2,
    }
}
const WARNING_COUNT: usize = 3;

fn password_index(w: &PasswordWeakness) -> usize {
    match w {
        PasswordWeakness::TooShort { .. } => 0,
        PasswordWeakness::TooLong { .. } => 1,
        PasswordWeakness::BirthDate => 2,
        PasswordWeakness::LoginIdDigits => 3,
        PasswordWeakness::ServiceName => 4,
        PasswordWeakness::EmailLocalPart => 5,
        PasswordWeakness::Guessable => 6,
    }
}
const PASSWORD_COUNT: usize = 7;

fn assert_all<T>(samples: &[T], index: fn(&T) -> usize, count: usize, name: &str) {
    let seen: BTreeSet<usize> = samples.iter().map(index).collect();
    let all: BTreeSet<usize> = (0..count).collect();
    assert_eq!(seen, all, "{name}: a variant has no sample");
}

fn samples() -> Vec<Box<dyn Explain>> {
    let login = vec![
        LoginIdError::PrefixInvalid,
        LoginIdError::SymbolEmpty,
        LoginIdError::NumberEmpty,
        LoginIdError::SymbolNotDigits,
        LoginIdError::NumberNotDigits,
        LoginIdError::SymbolTooLong { max: 3 },
        LoginIdError::NumberTooLong { max: 6 },
        LoginIdError::NumberWithBranch {
            number: "200001".into(),
        },
        LoginIdError::InsurerNumberInField {
            field: LoginIdField::Symbol,
        },
        LoginIdError::InsurerNumberInField {
            field: LoginIdField::Number,
        },
        LoginIdError::IdEmpty,
        LoginIdError::IdMalformed,
        LoginIdError::IdWrongPrefix {
            prefix: "7132".into(),
        },
    ];
    assert_all(&login, login_index, LOGIN_COUNT, "LoginIdError");
    let eligibility = vec![
        EligibilityError::SymbolEmpty,
        EligibilityError::SymbolInvalidChar { found: "@".into() },
        EligibilityError::SymbolTooLong { max: 20 },
        EligibilityError::NumberEmpty,
        EligibilityError::NumberNotDigits,
        EligibilityError::NumberTooLong { max: 6 },
        EligibilityError::NumberWithBranch {
            number: "4567".into(),
        },
        EligibilityError::InsurerNumberInSymbol,
        EligibilityError::InsurerNumberInNumber,
    ];
    assert_all(
        &eligibility,
        eligibility_index,
        ELIGIBILITY_COUNT,
        "EligibilityError",
    );
    let insurer = vec![
        InsurerNumberError::Empty,
        InsurerNumberError::NotDigits,
        InsurerNumberError::NationalHealthInsurance,
        InsurerNumberError::WrongLength { length: 7 },
        InsurerNumberError::CheckDigit,
    ];
    assert_all(&insurer, insurer_index, INSURER_COUNT, "InsurerNumberError");
    let mut birth = vec![
        BirthDateError::Empty,
        BirthDateError::Unrecognized,
        BirthDateError::NoEraOrCentury,
        BirthDateError::EraYearZero,
        BirthDateError::InvalidMonth { month: 13 },
        BirthDateError::ImpossibleDay { month: 2, day: 30 },
        BirthDateError::Future,
        BirthDateError::TooOld { max_age: 120 },
    ];
    for given in Era::ALL {
        for era in Era::ALL {
            birth.push(BirthDateError::OutsideEra {
                given,
                era,
                era_year: 1,
                year: 2019,
                month: 5,
                day: 1,
            });
        }
    }
    assert_all(&birth, birth_index, BIRTH_COUNT, "BirthDateError");
    let kana = vec![
        KanaNameError::Empty,
        KanaNameError::Latin { found: "T".into() },
        KanaNameError::Kanji {
            found: "健".into()
        },
        KanaNameError::Digit { found: "1".into() },
        KanaNameError::Symbol { found: "!".into() },
    ];
    assert_all(&kana, kana_index, KANA_COUNT, "KanaNameError");
    let email = vec![
        EmailError::Empty,
        EmailError::InvalidChar { found: " ".into() },
        EmailError::MissingAt,
        EmailError::MultipleAt,
        EmailError::LocalEmpty,
        EmailError::LocalTooLong { max: 64 },
        EmailError::DotsInLocalPart,
        EmailError::DomainEmpty,
        EmailError::DomainMissingDot,
        EmailError::DomainTooLong { max: 253 },
        EmailError::DomainInvalid,
    ];
    assert_all(&email, email_index, EMAIL_COUNT, "EmailError");
    let warnings = vec![
        EmailWarning::CarrierFiltering {
            carrier: Carrier::Docomo,
        },
        EmailWarning::CarrierFiltering {
            carrier: Carrier::Au,
        },
        EmailWarning::CarrierFiltering {
            carrier: Carrier::SoftBank,
        },
    ];
    assert_all(&warnings, warning_index, WARNING_COUNT, "EmailWarning");
    let password = vec![
        PasswordWeakness::TooShort { min: 8 },
        PasswordWeakness::TooLong { max: 128 },
        PasswordWeakness::BirthDate,
        PasswordWeakness::LoginIdDigits,
        PasswordWeakness::ServiceName,
        PasswordWeakness::EmailLocalPart,
        PasswordWeakness::Guessable,
    ];
    assert_all(
        &password,
        password_index,
        PASSWORD_COUNT,
        "PasswordWeakness",
    );

    let mut all: Vec<Box<dyn Explain>> = Vec::new();
    all.extend(login.into_iter().map(|e| Box::new(e) as Box<dyn Explain>));
    all.extend(
        eligibility
            .into_iter()
            .map(|e| Box::new(e) as Box<dyn Explain>),
    );
    all.extend(insurer.into_iter().map(|e| Box::new(e) as Box<dyn Explain>));
    all.push(Box::new(NotThisSociety));
    all.extend(birth.into_iter().map(|e| Box::new(e) as Box<dyn Explain>));
    all.extend(kana.into_iter().map(|e| Box::new(e) as Box<dyn Explain>));
    all.extend(email.into_iter().map(|e| Box::new(e) as Box<dyn Explain>));
    all.extend(
        warnings
            .into_iter()
            .map(|e| Box::new(e) as Box<dyn Explain>),
    );
    all.extend(
        password
            .into_iter()
            .map(|e| Box::new(e) as Box<dyn Explain>),
    );
    all
}

fn format(bundle: &FluentBundle<FluentResource>, e: &dyn Explain) -> String {
    let id = e.message_id();
    let message = bundle
        .get_message(id)
        .unwrap_or_else(|| panic!("no message {id}"));
    let pattern = message
        .value()
        .unwrap_or_else(|| panic!("{id} has no value"));
    let mut args = FluentArgs::new();
    for (name, value) in e.args() {
        match value {
            FluentArg::Str(s) => args.set(name, s),
            FluentArg::Num(n) => args.set(name, n),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    assert!(errors.is_empty(), "{id}: {errors:?}");
    assert!(!text.contains('{') && !text.contains('}'), "{id}: {text}");
    text.into_owned()
}

#[test]
fn both_locales_parse_and_have_the_same_ids_and_variables() {
    for locale in LOCALES {
        let _ = bundle(locale);
    }
    let ja = variables("ja");
    let en = variables("en");
    assert_eq!(
        ja.keys().collect::<Vec<_>>(),
        en.keys().collect::<Vec<_>>(),
        "message ids differ"
    );
    assert_eq!(ja, en, "variables differ");
}

#[test]
fn every_variant_formats_in_both_locales_with_exactly_its_args() {
    let vars = variables("ja");
    let mut used = BTreeSet::new();
    for locale in LOCALES {
        let bundle = bundle(locale);
        for e in samples() {
            let id = e.message_id();
            assert!(id.starts_with("rules-"), "{id}");
            used.insert(id.to_owned());
            let arg_names: BTreeSet<String> = e.args().iter().map(|(n, _)| n.to_string()).collect();
            assert_eq!(Some(&arg_names), vars.get(id), "{id}: args vs $variables");
            let text = format(&bundle, e.as_ref());
            assert!(!text.trim().is_empty(), "{id}");
        }
    }
    let defined: BTreeSet<String> = vars.keys().cloned().collect();
    assert_eq!(
        used, defined,
        "messages without a variant, or variants without a message"
    );
}

#[test]
fn outside_era_reads_naturally() {
    let e = BirthDateError::OutsideEra {
        given: Era::Heisei,
        era: Era::Reiwa,
        era_year: 1,
        year: 2019,
        month: 5,
        day: 1,
    };
    let ja = format(&bundle("ja"), &e);
    assert!(ja.contains("平成ではありません"), "{ja}");
    assert!(ja.contains("令和元年5月1日"), "{ja}");
    let en = format(&bundle("en"), &e);
    assert!(en.contains("Heisei era"), "{en}");
    assert!(en.contains("Reiwa 1 (May 1, 2019)"), "{en}");
    let e = BirthDateError::OutsideEra {
        given: Era::Showa,
        era: Era::Heisei,
        era_year: 7,
        year: 1995,
        month: 12,
        day: 3,
    };
    assert!(format(&bundle("ja"), &e).contains("平成7年12月3日"));
}

#[test]
fn branch_number_message_shows_the_digits_to_use() {
    let e = LoginIdError::NumberWithBranch {
        number: "200001".into(),
    };
    assert!(format(&bundle("ja"), &e).contains("「200001」"));
    assert!(format(&bundle("en"), &e).contains("\"200001\""));
}
