//! Every message the app can show exists, parses, and exists in every
//! shipped language. Failures name the file, the line and the message id.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Resource};
use wegwijs_app::{AppError, Localizer, i18n::ftl_files};
use wegwijs_core::guidance::Employment;
use wegwijs_core::{Country, Language, ProfileField};

fn line_of(source: &str, byte: usize) -> usize {
    source[..byte.min(source.len())].matches('\n').count() + 1
}

/// `(lang, file) -> message ids`, failing on syntax errors and duplicates.
fn parse_all() -> BTreeMap<(String, String), BTreeSet<String>> {
    let mut problems = Vec::new();
    let mut out = BTreeMap::new();
    for (lang, file, source) in ftl_files() {
        if source.contains('\t') {
            problems.push(format!(
                "locales/{lang}/{file}: contains a tab; Fluent wants spaces"
            ));
        }
        let resource: Resource<&str> = match fluent_syntax::parser::parse(*source) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(format!(
                        "locales/{lang}/{file}:{}: syntax error: {:?}",
                        line_of(source, e.pos.start),
                        e.kind
                    ));
                }
                r
            }
        };
        let mut ids = BTreeSet::new();
        for entry in &resource.body {
            if let Entry::Message(m) = entry
                && !ids.insert(m.id.name.to_string())
            {
                problems.push(format!(
                    "locales/{lang}/{file}: message `{}` is defined twice",
                    m.id.name
                ));
            }
            if let Entry::Junk { content } = entry {
                problems.push(format!(
                    "locales/{lang}/{file}: unparsable text: {content:?}"
                ));
            }
        }
        out.insert((lang.to_string(), file.to_string()), ids);
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
    out
}

#[test]
fn ftl_files_parse_without_errors_or_duplicates() {
    let files = parse_all();
    for lang in Language::ALL {
        assert!(
            files.keys().any(|(l, _)| l == lang.tag()),
            "no .ftl files for shipped language `{lang}`"
        );
    }
}

#[test]
fn nl_and_en_have_the_same_files_and_message_ids() {
    let files = parse_all();
    let mut problems = Vec::new();
    for (a, b) in [("nl", "en"), ("en", "nl")] {
        for ((lang, file), ids) in files.iter().filter(|((l, _), _)| l == a) {
            let Some(other) = files.get(&(b.to_string(), file.clone())) else {
                problems.push(format!(
                    "locales/{lang}/{file} has no counterpart locales/{b}/{file}"
                ));
                continue;
            };
            for id in ids.difference(other) {
                problems.push(format!(
                    "locales/{lang}/{file}: `{id}` is missing in locales/{b}/{file}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

fn assert_all_exist(what: &str, ids: impl IntoIterator<Item = String>) {
    let l10n = Localizer::new();
    let missing: Vec<String> = ids
        .into_iter()
        .flat_map(|id| {
            Language::ALL
                .iter()
                .filter(|&&lang| !l10n.has_message(lang, &id))
                .map(|lang| format!("{what}: `{id}` missing in locales/{lang}/"))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(missing.is_empty(), "\n{}\n", missing.join("\n"));
}

#[test]
fn every_error_message_exists() {
    assert_all_exist(
        "error",
        AppError::all_message_ids().iter().map(|s| s.to_string()),
    );
}

#[test]
fn every_country_and_profile_field_has_a_name() {
    assert_all_exist("country", Country::all().map(|c| format!("country-{c}")));
    let fields = [
        ProfileField::Name,
        ProfileField::BirthDate,
        ProfileField::ResidenceCountry,
        ProfileField::Municipality,
        ProfileField::Employment,
    ];
    assert_all_exist(
        "employment",
        Employment::ALL.map(|e| format!("employment-{}", e.key())),
    );
    assert_all_exist(
        "profile field",
        fields
            .iter()
            .map(|f| format!("field-{}", f.key().replace('_', "-"))),
    );
}

fn ui_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            ui_sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "svelte" || x == "ts")
            && !p.to_string_lossy().ends_with(".test.ts")
        {
            out.push(p);
        }
    }
}

/// The UI names messages as `t('id')` / `t("id", ...)` (and `tid` for ids
/// kept in variables); each literal id must exist.
#[test]
fn every_message_the_ui_uses_exists() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src");
    let mut files = Vec::new();
    ui_sources(&ui, &mut files);
    assert!(
        !files.is_empty(),
        "no UI sources found under {}",
        ui.display()
    );
    let mut ids = Vec::new();
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        for (i, _) in src.match_indices("t(") {
            let before = src[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            let rest = &src[i + 2..];
            let Some(q) = rest.chars().next().filter(|c| *c == '\'' || *c == '"') else {
                continue;
            };
            if let Some(end) = rest[1..].find(q) {
                let id = &rest[1..1 + end];
                if !id.is_empty() && !id.contains('$') && !id.contains('{') {
                    ids.push(id.to_string());
                }
            }
        }
    }
    assert!(
        ids.len() > 20,
        "found only {} message ids in the UI: is the pattern still right?",
        ids.len()
    );
    assert_all_exist("ui", ids);
}
