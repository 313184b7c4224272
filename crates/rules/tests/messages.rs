//! Every error and warning has a Fluent message in both locales, with the same
//! variables, and formats without errors.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers may panic

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use kenpos_rules::{BirthDateError, Era, Explain, FluentArg, LoginIdError};
use regex::Regex;

mod support;
use support::samples;

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
    assert!(format(&bundle("en"), &e).contains("“200001”"));
}
