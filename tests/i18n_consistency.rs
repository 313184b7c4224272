//! The Fluent files: both locales have the same messages, attributes and variables;
//! every file is embedded; code refers only to messages that exist; no user-visible
//! text is written in Rust source.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use kenpos_kiosk::i18n::{self, Language, RESOURCES};

type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn ftl_files(lang: &str) -> BTreeSet<String> {
    fs::read_dir(root().join("i18n").join(lang))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect()
}

fn variables_in(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => variables_in_inline(inline, out),
    }
}

fn variables_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                variables_in_inline(arg, out);
            }
            for arg in &arguments.named {
                variables_in_inline(&arg.value, out);
            }
        }
        _ => {}
    }
}

/// message id → (attribute names, variables), failing on syntax errors.
fn shape(source: &str, what: &str) -> Shape {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{what}: Fluent syntax errors: {errors:?}"),
    };
    let mut out = Shape::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_in(value, &mut vars);
            }
            let mut attrs = BTreeSet::new();
            for attribute in &message.attributes {
                attrs.insert(attribute.id.name.to_owned());
                variables_in(&attribute.value, &mut vars);
            }
            assert!(
                out.insert(message.id.name.to_owned(), (attrs, vars))
                    .is_none(),
                "{what}: duplicate {}",
                message.id.name
            );
        }
    }
    out
}

#[test]
fn every_ftl_file_exists_in_both_locales_and_is_embedded() {
    let ja = ftl_files("ja");
    let en = ftl_files("en");
    assert_eq!(ja, en, "i18n/ja and i18n/en hold different files");
    let embedded: BTreeSet<String> = RESOURCES.iter().map(|r| r.file.to_owned()).collect();
    assert_eq!(ja, embedded, "i18n::RESOURCES must list every .ftl file");
    for resource in RESOURCES {
        assert_eq!(
            resource.ja,
            fs::read_to_string(root().join("i18n/ja").join(resource.file)).unwrap()
        );
        assert_eq!(
            resource.en,
            fs::read_to_string(root().join("i18n/en").join(resource.file)).unwrap()
        );
    }
}

#[test]
fn both_locales_have_the_same_messages_attributes_and_variables() {
    for resource in RESOURCES {
        let ja = shape(resource.ja, &format!("ja/{}", resource.file));
        let en = shape(resource.en, &format!("en/{}", resource.file));
        let ja_ids: BTreeSet<_> = ja.keys().collect();
        let en_ids: BTreeSet<_> = en.keys().collect();
        assert_eq!(ja_ids, en_ids, "{}: message ids differ", resource.file);
        for (id, (attrs, vars)) in &ja {
            let (en_attrs, en_vars) = &en[id];
            assert_eq!(
                attrs, en_attrs,
                "{}: attributes of {id} differ",
                resource.file
            );
            assert_eq!(vars, en_vars, "{}: variables of {id} differ", resource.file);
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn all_ids() -> BTreeSet<String> {
    RESOURCES
        .iter()
        .flat_map(|r| shape(r.ja, r.file).into_keys())
        .collect()
}

#[test]
fn code_refers_only_to_messages_that_exist() {
    let ids = all_ids();
    let prefixes: BTreeSet<&str> = ids.iter().filter_map(|id| id.split('-').next()).collect();
    let literal = regex::Regex::new(r#""([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).unwrap();
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut checked = 0;
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        for capture in literal.captures_iter(&source) {
            let id = &capture[1];
            let prefix = id.split('-').next().unwrap_or_default();
            if !prefixes.contains(prefix) {
                continue;
            }
            checked += 1;
            for lang in Language::ALL {
                assert!(
                    i18n::has_message(lang, id),
                    "{}: message {id:?} does not exist in {lang:?}",
                    file.display()
                );
            }
        }
    }
    assert!(
        checked > 30,
        "the scan found only {checked} message ids; is it still working?"
    );
}

#[test]
fn every_literal_passed_to_tr_is_a_message() {
    let call = regex::Regex::new(r#"\btr(?:_args|_attr)?\(\s*[A-Za-z_.()]+,\s*"([^"]*)""#).unwrap();
    let line_call = regex::Regex::new(r#"\bline\(\s*"([^"]*)""#).unwrap();
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut checked = 0;
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        for capture in call
            .captures_iter(&source)
            .chain(line_call.captures_iter(&source))
        {
            checked += 1;
            for lang in Language::ALL {
                assert!(
                    i18n::has_message(lang, &capture[1]),
                    "{}: {:?} is not a message in {lang:?}",
                    file.display(),
                    &capture[1]
                );
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} calls found; is the scan still working?"
    );
}

#[test]
fn no_user_visible_text_in_rust_source() {
    // Data defaults (the society's name and office hours) live in config; everything
    // else a member reads comes from Fluent.
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let string_literal = regex::Regex::new(r#""(?:[^"\\]|\\.)*""#).unwrap();
    let text_literal = regex::Regex::new(r#"\btext\(\s*"(?:[^"\\]|\\.)*[A-Za-z]"#).unwrap();
    for file in files {
        let relative = file
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if relative.starts_with("src/config/") {
            continue;
        }
        let source = fs::read_to_string(&file).unwrap();
        let code: String = source
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for literal in string_literal.find_iter(&code) {
            assert!(
                literal.as_str().is_ascii(),
                "{relative}: non-ASCII text literal {} belongs in an .ftl file",
                literal.as_str()
            );
        }
        assert!(
            !text_literal.is_match(&code),
            "{relative}: text(\"...\") with words; use i18n::tr"
        );
    }
}

#[test]
fn formatted_messages_have_no_isolation_marks_and_fill_variables() {
    for lang in Language::ALL {
        let text = i18n::tr_args(
            lang,
            "steps-position",
            &[("current", 2u64.into()), ("total", 6u64.into())],
        );
        assert!(text.contains('2') && text.contains('6'), "{text}");
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
    }
}

/// The plain text of a pattern, select variants included (placeables left out).
fn pattern_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    out.push(' ');
                    pattern_text(&variant.value, out);
                }
            }
            ast::PatternElement::Placeable { .. } => out.push(' '),
        }
    }
}

/// Every message of a locale: id → its text (value and attributes).
fn message_texts(lang: &str) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    for file in ftl_files(lang) {
        let source = fs::read_to_string(root().join("i18n").join(lang).join(&file)).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut text = String::new();
                if let Some(value) = &message.value {
                    pattern_text(value, &mut text);
                }
                for attribute in &message.attributes {
                    text.push(' ');
                    pattern_text(&attribute.value, &mut text);
                }
                texts.insert(message.id.name.to_owned(), text);
            }
        }
    }
    texts
}

#[test]
fn the_glossarys_banned_variants_appear_in_no_message() {
    let glossary: toml::Table =
        toml::from_str(&fs::read_to_string(root().join("i18n/glossary.toml")).unwrap()).unwrap();
    let mut found = Vec::new();
    for lang in ["ja", "en"] {
        let texts = message_texts(lang);
        let entries = glossary[lang].as_array().unwrap();
        assert!(!entries.is_empty());
        for entry in entries {
            let list = |key: &str| -> Vec<String> {
                entry
                    .get(key)
                    .and_then(|v| v.as_array())
                    .map(|a| a.iter().map(|s| s.as_str().unwrap().to_owned()).collect())
                    .unwrap_or_default()
            };
            let words: Vec<(String, regex::Regex)> = list("word")
                .into_iter()
                .map(|w| {
                    let pattern = format!(r"(?i)\b{}\b", regex::escape(&w));
                    (w, regex::Regex::new(&pattern).unwrap())
                })
                .collect();
            for (id, text) in &texts {
                for banned in list("banned") {
                    if text.contains(&banned) {
                        found.push(format!("{lang} {id}: “{banned}” (use {})", entry["use"]));
                    }
                }
                for (word, pattern) in &words {
                    if pattern.is_match(text) {
                        found.push(format!("{lang} {id}: “{word}” (use {})", entry["use"]));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "banned variants:\n{}", found.join("\n"));
}

#[test]
fn every_quoted_label_exists_in_the_same_language() {
    let glossary: toml::Table =
        toml::from_str(&fs::read_to_string(root().join("i18n/glossary.toml")).unwrap()).unwrap();
    let mut dead = Vec::new();
    let example = regex::Regex::new(r"[0-9@.!#_\-]").unwrap();
    for (lang, quote) in [("ja", r"「([^」]+)」"), ("en", r"“([^”]+)”")] {
        let quote = regex::Regex::new(quote).unwrap();
        let texts = message_texts(lang);
        let allowed: BTreeSet<&str> = glossary["quoted"][lang]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let labels: Vec<&str> = texts.values().map(|t| t.trim()).collect();
        let is_label = |q: &str| {
            labels.iter().any(|label| {
                *label == q
                    || label
                        .strip_prefix(q)
                        .is_some_and(|rest| rest.starts_with('（') || rest.starts_with(" ("))
            })
        };
        for (id, text) in &texts {
            for found in quote.captures_iter(text) {
                let q = found[1].trim();
                if q.is_empty() || example.is_match(q) || allowed.contains(q) || is_label(q) {
                    continue;
                }
                dead.push(format!("{lang} {id}: “{q}” is no label of this app"));
            }
        }
    }
    assert!(
        dead.is_empty(),
        "quoted labels that do not exist:\n{}",
        dead.join("\n")
    );
}
