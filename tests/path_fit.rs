//! Every message a screen can show fits that screen's path (issue 14): the family path
//! never says that the insurer number "is not part of the login ID" (it asks for the
//! insurer number) or that the login ID is made from the card (its login ID is the
//! email); the insured path never sends the member to an insurer-number field it does
//! not have. Checked two ways: the message ids each path's source uses, and the
//! messages its input rules produce for wrong input.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use kenpos_rules::{
    BirthDate, EligibilityNumber, EligibilitySymbol, EmailAddress, Explain, InsurerNumber, LoginId,
    katakana_name,
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every message of a locale, id → its whole text (continuation lines included).
fn messages(lang: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in fs::read_dir(root().join("i18n").join(lang)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with(' ') || line.starts_with('\t') {
                if let Some(id) = &current {
                    let body: &mut String = out.get_mut(id).unwrap();
                    body.push('\n');
                    body.push_str(line.trim());
                }
                continue;
            }
            current = None;
            if let Some((id, body)) = line.split_once(" = ")
                && !id.starts_with('#')
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                out.insert(id.to_owned(), body.to_owned());
                current = Some(id.to_owned());
            }
        }
    }
    out
}

/// The message ids written as string literals in these source files.
fn ids_in(files: &[&str], known: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in files {
        let source = fs::read_to_string(root().join(file)).unwrap();
        for literal in source.split('"').skip(1).step_by(2) {
            if known.contains_key(literal) {
                out.push(((*file).to_owned(), literal.to_owned()));
            }
        }
    }
    out
}

const INSURED_ONLY: &[&str] = &[
    "src/screens/insured/login_id.rs",
    "src/screens/insured/password.rs",
    "src/screens/insured/setup.rs",
    "src/screens/insured/confirm.rs",
    "src/paths/insured/mod.rs",
    "src/paths/insured/answers.rs",
    "src/paths/insured/view.rs",
];

const FAMILY_ONLY: &[&str] = &[
    "src/screens/family/eligibility.rs",
    "src/screens/family/setup.rs",
    "src/screens/family/confirm.rs",
    "src/paths/family/mod.rs",
    "src/paths/family/view.rs",
];

/// What a family-path message must never say, in either language.
const NOT_ON_THE_FAMILY_PATH: &[&str] = &[
    "ログインIDには使いません",
    "not part of the login ID",
    "記号と番号から作",
    "made from the symbol",
    "生年月日の8けた",
    "date of birth as 8 digits",
];

/// What an insured-path message must never say, in either language.
const NOT_ON_THE_INSURED_PATH: &[&str] = &[
    "保険者番号の欄",
    "insurer number field",
    "資格照会",
    "eligibility check",
    "ご登録のメールアドレスがログインID",
];

fn files_in(dir: &str) -> Vec<String> {
    fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| {
            p.strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

#[test]
fn the_path_lists_cover_every_file_of_each_path() {
    for file in files_in("src/screens/family") {
        if !file.ends_with("mod.rs") && !file.ends_with("privacy.rs") {
            assert!(FAMILY_ONLY.contains(&file.as_str()), "{file} is not listed");
        }
    }
    for file in files_in("src/paths/family") {
        assert!(FAMILY_ONLY.contains(&file.as_str()), "{file} is not listed");
    }
    for file in files_in("src/screens/insured")
        .into_iter()
        .chain(files_in("src/paths/insured"))
    {
        if !file.ends_with("screens/insured/mod.rs") {
            assert!(
                INSURED_ONLY.contains(&file.as_str()),
                "{file} is not listed"
            );
        }
    }
}

#[test]
fn each_paths_source_uses_only_its_own_and_shared_messages() {
    let known = messages("ja");
    for (file, id) in ids_in(FAMILY_ONLY, &known) {
        assert!(
            !id.starts_with("insured-") && !id.starts_with("rules-login-"),
            "{file} shows the insured path's message {id}"
        );
    }
    for (file, id) in ids_in(INSURED_ONLY, &known) {
        assert!(
            !id.starts_with("family-") && !id.starts_with("rules-elig-"),
            "{file} shows the family path's message {id}"
        );
    }
}

/// The rule messages the family path's fields produce for a range of wrong input.
fn family_rule_messages() -> Vec<&'static str> {
    let mut ids = Vec::new();
    let wrong = [
        "",
        "06139984",
        "1234567890123",
        "ハビ!",
        "＃",
        "12345601",
        "abc",
        "1 2 3",
        "061399",
        "12345678901",
        "0613998",
    ];
    for input in wrong {
        if let Err(e) = EligibilitySymbol::parse(input) {
            ids.push(e.message_id());
        }
        if let Err(e) = EligibilityNumber::parse(input) {
            ids.push(e.message_id());
        }
        if let Err(e) = InsurerNumber::parse(input) {
            ids.push(e.message_id());
        }
        if let Err(e) = katakana_name(input) {
            ids.push(e.message_id());
        }
        if let Err(e) = BirthDate::parse(input) {
            ids.push(e.message_id());
        }
        if let Err(e) = EmailAddress::parse(input) {
            ids.push(e.message_id());
        }
    }
    ids
}

/// The rule messages the insured path's fields produce for a range of wrong input.
fn insured_rule_messages() -> Vec<&'static str> {
    let mut ids = Vec::new();
    let wrong = [
        "",
        "91",
        "06139984",
        "1234",
        "ハビ",
        "12345601",
        "abc",
        "1234567",
        "7132-12",
        "9999-123456789",
    ];
    for a in wrong {
        for b in wrong {
            if let Err(e) = LoginId::from_card("7132", a, b) {
                ids.push(e.message_id());
            }
        }
        if let Err(e) = LoginId::parse_for("7132", a) {
            ids.push(e.message_id());
        }
        if let Err(e) = BirthDate::parse(a) {
            ids.push(e.message_id());
        }
        if let Err(e) = EmailAddress::parse(a) {
            ids.push(e.message_id());
        }
    }
    ids
}

#[test]
fn the_family_paths_rules_say_nothing_of_a_card_built_login_id() {
    let ids = family_rule_messages();
    assert!(ids.contains(&"rules-elig-insurer-in-symbol"), "{ids:?}");
    assert!(ids.contains(&"rules-elig-insurer-in-number"), "{ids:?}");
    assert!(ids.contains(&"rules-card-number-branch"), "{ids:?}");
    for lang in ["ja", "en"] {
        let all = messages(lang);
        let mut shown: Vec<String> = ids.iter().map(|id| (*id).to_owned()).collect();
        shown.extend(ids_in(FAMILY_ONLY, &all).into_iter().map(|(_, id)| id));
        for id in shown {
            let text = &all[&id];
            for banned in NOT_ON_THE_FAMILY_PATH {
                assert!(
                    !text.contains(banned),
                    "{lang} {id} on the family path says {banned:?}: {text}"
                );
            }
        }
    }
}

#[test]
fn the_insured_paths_rules_send_the_member_to_no_field_it_lacks() {
    let ids = insured_rule_messages();
    assert!(ids.contains(&"rules-card-insurer-in-number"), "{ids:?}");
    assert!(ids.contains(&"rules-login-symbol-not-digits"), "{ids:?}");
    for lang in ["ja", "en"] {
        let all = messages(lang);
        let mut shown: Vec<String> = ids.iter().map(|id| (*id).to_owned()).collect();
        shown.extend(ids_in(INSURED_ONLY, &all).into_iter().map(|(_, id)| id));
        for id in shown {
            let text = &all[&id];
            for banned in NOT_ON_THE_INSURED_PATH {
                assert!(
                    !text.contains(banned),
                    "{lang} {id} on the insured path says {banned:?}: {text}"
                );
            }
        }
    }
}
