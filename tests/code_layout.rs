//! The code's layout rules (issue 17), read from the source: the app's layers import
//! only downwards (`app` → `paths` → `screens` → `widgets`, so no import cycle between
//! them), and no Rust file of the project is over 600 lines.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};

/// The layers, top first: a module may use the ones after it, never the ones before.
const LAYERS: [&str; 4] = ["app", "paths", "screens", "widgets"];

const MAX_LINES: usize = 600;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The crate-level modules a source text names, as `crate::m…` or `crate::{m…, n…}`
/// (paths that climb to the crate root with `super::` are refused by the test itself).
fn crate_modules(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item = String::new();
            let mut items = Vec::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => items.push(std::mem::take(&mut item)),
                    _ => item.push(c),
                }
            }
            items.push(item);
            for item in items {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push(name);
                }
            }
        } else {
            out.push(
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect(),
            );
        }
    }
    out
}

#[test]
fn the_layers_import_only_downwards() {
    let mut broken = Vec::new();
    for (index, layer) in LAYERS.iter().enumerate() {
        let mut files = Vec::new();
        rust_files(&root().join("src").join(layer), &mut files);
        let file = root().join("src").join(format!("{layer}.rs"));
        if file.exists() {
            files.push(file);
        }
        assert!(!files.is_empty(), "no source for the layer {layer}");
        for file in files {
            let source = fs::read_to_string(&file).unwrap();
            assert!(
                !source.contains("super::super::super"),
                "{}: name the module by its crate path",
                file.display()
            );
            for module in crate_modules(&source) {
                if LAYERS[..index].contains(&module.as_str()) {
                    broken.push(format!("{} uses crate::{module}", file.display()));
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "imports against the layers:\n{broken:#?}"
    );
}

#[test]
fn the_scanner_sees_both_forms_of_a_crate_path() {
    let source = "use crate::i18n::tr;\nuse crate::{app::Message, theme::{self, Look}};\n";
    assert_eq!(crate_modules(source), ["i18n", "app", "theme"]);
}

#[test]
fn no_rust_file_is_over_600_lines() {
    let mut files = Vec::new();
    for dir in ["src", "tests", "examples", "benches", "crates"] {
        rust_files(&root().join(dir), &mut files);
    }
    assert!(files.len() > 50, "only {} files found", files.len());
    let long: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let lines = fs::read_to_string(file).unwrap().lines().count();
            (lines > MAX_LINES).then(|| format!("{}: {lines} lines", file.display()))
        })
        .collect();
    assert!(long.is_empty(), "files over {MAX_LINES} lines:\n{long:#?}");
}
