//! The backend.ftl catalogues: both parse, same ids and variables, every client message id exists.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn vars_of(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    out.insert(id.name.to_owned());
                }
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        out.insert(id.name.to_owned());
                    }
                    for v in variants {
                        vars_of(&v.value, out);
                    }
                }
                Expression::Inline(_) => {}
            }
        }
    }
}

fn load(lang: &str) -> (String, BTreeMap<String, BTreeSet<String>>) {
    let path = format!(
        "{}/../../i18n/{lang}/backend.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    let src = std::fs::read_to_string(&path).unwrap();
    let ast = fluent_syntax::parser::parse(src.as_str())
        .unwrap_or_else(|(_, errs)| panic!("{lang}: {errs:?}"));
    let mut ids = BTreeMap::new();
    for entry in &ast.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                vars_of(v, &mut vars);
            }
            assert!(m.id.name.starts_with("backend-"), "{}", m.id.name);
            assert!(
                ids.insert(m.id.name.to_owned(), vars).is_none(),
                "duplicate {}",
                m.id.name
            );
        }
    }
    (src, ids)
}

#[test]
fn catalogues_match_and_cover_every_client_error() {
    let (ja_src, ja) = load("ja");
    let (en_src, en) = load("en");
    assert_eq!(ja, en, "ja and en must have the same ids and variables");
    for (id, args) in kenpos_client::all_message_ids() {
        let vars = ja.get(id).unwrap_or_else(|| panic!("missing message {id}"));
        let given: BTreeSet<String> = args.iter().map(|s| (*s).to_owned()).collect();
        assert!(
            vars.is_subset(&given),
            "{id} uses {vars:?} but the client gives {given:?}"
        );
    }
    for (lang, src) in [("ja", ja_src), ("en", en_src)] {
        let res = FluentResource::try_new(src).unwrap_or_else(|_| panic!("{lang} parses"));
        let mut bundle = FluentBundle::new(vec![lang.parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(res).unwrap();
        let e = kenpos_client::ClientError::Throttled {
            retry_after_secs: 90,
        };
        let mut args = FluentArgs::new();
        for (k, v) in e.message_args() {
            args.set(k, v);
        }
        let msg = bundle.get_message(e.message_id()).unwrap();
        let mut errs = Vec::new();
        let text = bundle.format_pattern(msg.value().unwrap(), Some(&args), &mut errs);
        assert!(errs.is_empty(), "{errs:?}");
        assert!(text.contains('2'), "{text}");
    }
}
