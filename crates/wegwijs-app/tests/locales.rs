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

/// What a translation must keep of a Dutch message or attribute.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    variables: BTreeSet<String>,
    messages: BTreeSet<String>,
    terms: BTreeSet<String>,
    /// The selector of each `select`, sorted.
    selectors: Vec<String>,
    /// The CLDR category names used as variant keys.
    plural_keys: Vec<BTreeSet<String>>,
    /// The text without placeables, to compare with English.
    text: String,
}

const CLDR: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The CLDR cardinal plural categories of each shipped language.
fn plural_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "pl" | "uk" => &["one", "few", "many", "other"],
        // nl, en, fy, pap, tr: one and other.
        _ => &["one", "other"],
    }
}

fn shape_of(value: &fluent_syntax::ast::Pattern<&str>) -> Shape {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};
    fn inline(e: &InlineExpression<&str>, out: &mut Shape) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.variables.insert(id.name.to_string());
            }
            InlineExpression::MessageReference { id, .. } => {
                out.messages.insert(id.name.to_string());
            }
            InlineExpression::TermReference { id, arguments, .. } => {
                out.terms.insert(id.name.to_string());
                if let Some(args) = arguments {
                    args.positional.iter().for_each(|a| inline(a, out));
                }
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
                arguments.named.iter().for_each(|a| inline(&a.value, out));
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut Shape) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                let name = match selector {
                    InlineExpression::VariableReference { id } => format!("${}", id.name),
                    other => format!("{other:?}").chars().take(40).collect(),
                };
                out.selectors.push(name);
                inline(selector, out);
                let keys: BTreeSet<String> = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        VariantKey::Identifier { name } if CLDR.contains(name) => {
                            Some(name.to_string())
                        }
                        _ => None,
                    })
                    .collect();
                out.plural_keys.push(keys);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    fn pattern(p: &fluent_syntax::ast::Pattern<&str>, out: &mut Shape) {
        for el in &p.elements {
            match el {
                PatternElement::TextElement { value } => out.text.push_str(value),
                PatternElement::Placeable { expression } => {
                    out.text.push('\u{fffc}');
                    expr(expression, out);
                }
            }
        }
    }
    let mut out = Shape::default();
    pattern(value, &mut out);
    out.selectors.sort();
    out.text = out.text.split_whitespace().collect::<Vec<_>>().join(" ");
    out
}

/// `(lang, file) -> id (with `.attribute`) -> shape`.
fn shapes() -> BTreeMap<(String, String), BTreeMap<String, Shape>> {
    let mut out: BTreeMap<(String, String), BTreeMap<String, Shape>> = BTreeMap::new();
    for (lang, file, source) in ftl_files() {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(r, _)| r);
        let entry = out.entry((lang.to_string(), file.to_string())).or_default();
        for e in &resource.body {
            let (id, value, attributes) = match e {
                Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            if let Some(v) = value {
                entry.insert(id.clone(), shape_of(v));
            }
            for a in attributes {
                entry.insert(format!("{id}.{}", a.id.name), shape_of(&a.value));
            }
        }
    }
    out
}

/// Messages that may read the same in a language as in English: names of
/// languages, organisations and products, codes, and words the languages share.
fn may_equal_english(id: &str, text: &str) -> bool {
    id.starts_with("language-")
        || id.starts_with("country-")
        || id == "app-name"
        || text.chars().filter(|c| c.is_alphabetic()).count() <= 12
}

#[test]
fn every_language_has_every_dutch_message_with_the_same_placeables_and_selectors() {
    let all = shapes();
    parse_all();
    let mut problems = Vec::new();
    let dutch: Vec<_> = all.iter().filter(|((l, _), _)| l == "nl").collect();
    for &lang in Language::ALL.iter().filter(|l| **l != Language::NL) {
        let tag = lang.tag();
        let categories = plural_categories(tag);
        for ((_, file), nl) in &dutch {
            let Some(own) = all.get(&(tag.to_string(), file.clone())) else {
                problems.push(format!(
                    "locales/{tag}/{file}: missing (locales/nl/{file} has it)"
                ));
                continue;
            };
            let english = all.get(&("en".to_string(), file.clone()));
            for (id, want) in nl.iter() {
                let Some(got) = own.get(id) else {
                    problems.push(format!("locales/{tag}/{file}: `{id}` is missing"));
                    continue;
                };
                let differ = |what: &str, a: &BTreeSet<String>, b: &BTreeSet<String>| {
                    (a != b).then(|| {
                        format!(
                            "locales/{tag}/{file}: `{id}`: {what} {b:?} differ from Dutch {a:?}"
                        )
                    })
                };
                problems.extend(differ("variables", &want.variables, &got.variables));
                problems.extend(differ("message references", &want.messages, &got.messages));
                problems.extend(differ("term references", &want.terms, &got.terms));
                if want.selectors != got.selectors {
                    problems.push(format!(
                        "locales/{tag}/{file}: `{id}`: selects on {:?}, Dutch on {:?}",
                        got.selectors, want.selectors
                    ));
                }
                for keys in got.plural_keys.iter().filter(|k| !k.is_empty()) {
                    let wrong: Vec<_> = keys
                        .iter()
                        .filter(|k| !categories.contains(&k.as_str()))
                        .collect();
                    if !wrong.is_empty() {
                        problems.push(format!(
                            "locales/{tag}/{file}: `{id}`: {wrong:?} are not CLDR plural categories of {tag} ({categories:?})"
                        ));
                    }
                    let missing: Vec<_> =
                        categories.iter().filter(|c| !keys.contains(**c)).collect();
                    if keys.len() > 1 && !missing.is_empty() {
                        problems.push(format!(
                            "locales/{tag}/{file}: `{id}`: a plural select without {missing:?}, which {tag} needs"
                        ));
                    }
                }
                if lang != Language::EN
                    && let Some(en) = english.and_then(|e| e.get(id))
                    && en.text == got.text
                    && !may_equal_english(id, &got.text)
                {
                    problems.push(format!(
                        "locales/{tag}/{file}: `{id}` is the English text, not a translation: {:?}",
                        got.text
                    ));
                }
            }
            for id in own.keys().filter(|id| !nl.contains_key(*id)) {
                problems.push(format!(
                    "locales/{tag}/{file}: `{id}` is not in locales/nl/{file}"
                ));
            }
        }
        for (l, file) in all.keys().filter(|(l, _)| l == tag) {
            if !all.contains_key(&("nl".to_string(), file.clone())) {
                problems.push(format!("locales/{l}/{file}: there is no locales/nl/{file}"));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn every_language_says_how_it_was_checked() {
    let toml = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/languages.toml"),
    )
    .expect("locales/languages.toml");
    let mut current = None;
    let mut reviews = BTreeMap::new();
    for line in toml.lines() {
        let line = line.trim();
        if let Some(tag) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(tag.to_string());
        } else if let (Some(tag), Some(v)) = (&current, line.strip_prefix("review = ")) {
            reviews.insert(tag.clone(), v.trim_matches('"').to_string());
        }
    }
    for lang in Language::ALL {
        let review = reviews.get(lang.tag()).map(String::as_str);
        assert!(
            matches!(review, Some("source" | "team" | "native" | "none")),
            "locales/languages.toml: [{lang}] needs review = \"source\" | \"team\" | \"native\" | \"none\", has {review:?}"
        );
    }
}

#[test]
fn every_glossary_term_is_explained() {
    assert_all_exist(
        "glossary",
        wegwijs_core::glossary::TERMS
            .iter()
            .flat_map(|t| [format!("glossary-{t}"), format!("glossary-{t}-explanation")]),
    );
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
        let calls = ["t(", "tMarked("]
            .iter()
            .flat_map(|call| src.match_indices(call).map(|(i, _)| (i, call.len())));
        for (i, len) in calls {
            let before = src[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            let rest = &src[i + len..];
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

#[test]
fn every_language_has_its_own_name_in_every_language() {
    assert_all_exist(
        "language name",
        Language::ALL.iter().map(|l| format!("language-{l}")),
    );
    let l10n = Localizer::new();
    for &lang in Language::ALL {
        let own = l10n.text(lang, &format!("language-{lang}"));
        for &other in Language::ALL {
            assert_eq!(
                l10n.text(other, &format!("language-{lang}")),
                own,
                "locales/{other}/app.ftl: `language-{lang}` must be the language's own name, {own:?}"
            );
        }
    }
}

#[test]
fn a_long_date_is_written_the_way_each_language_writes_it() {
    let l10n = Localizer::new();
    let cases = [
        ("nl", "2 maart 2027"),
        ("en", "2 March 2027"),
        ("fy", "2 maart 2027"),
        ("tr", "2 Mart 2027"),
        ("pl", "2 marca 2027"),
        ("uk", "2 березня 2027 р."),
        ("ar", "2 مارس 2027"),
    ];
    for (tag, want) in cases {
        let lang: Language = tag.parse().unwrap();
        assert_eq!(wegwijs_app::pdf::long_date(&l10n, lang, "2027-03-02"), want);
    }
    for &lang in Language::ALL {
        let text = wegwijs_app::pdf::long_date(&l10n, lang, "2027-03-02");
        assert!(
            text.contains("2027") && text.contains('2'),
            "{lang}: {text}"
        );
        assert!(
            !text.contains("month-") && !text.contains("date-long"),
            "{lang}: {text}"
        );
    }
}

/// Technical words that translations put in brackets and that are no Dutch.
const NOT_DUTCH: &[&str] = &[
    "keys.json",
    "https",
    "client-id",
    "issuer-URL",
    "hash",
    "of Cmd",
    "en",
    "age-formaat",
];

/// The plain text of a message, placeables left out, one string per run of
/// text, so a bracket around `{ NL("...") }` is never seen as plain text.
fn text_runs<'a>(value: &fluent_syntax::ast::Pattern<&'a str>) -> Vec<&'a str> {
    use fluent_syntax::ast::PatternElement;
    value
        .elements
        .iter()
        .filter_map(|e| match e {
            PatternElement::TextElement { value } => Some(*value),
            PatternElement::Placeable { .. } => None,
        })
        .collect()
}

fn contains_word_ci(haystack: &str, word: &str) -> bool {
    let (h, w) = (haystack.to_lowercase(), word.to_lowercase());
    h.match_indices(&w).any(|(i, _)| {
        let before = h[..i].chars().next_back();
        let after = h[i + w.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// WCAG 3.1.2: a Dutch term inside a translation ("healthcare allowance
/// (zorgtoeslag)") is written `{ NL("zorgtoeslag") }`, so the UI gives it
/// `lang="nl"` and a screen reader says it in Dutch. Found as a bracketed
/// word that the Dutch texts also have.
#[test]
fn dutch_terms_in_translations_are_marked_as_dutch() {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut dutch: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut problems = Vec::new();
    for (lang, file, source) in ftl_files().iter().filter(|(l, _, _)| *l == "nl") {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(r, _)| r);
        for e in &resource.body {
            if let Entry::Message(m) = e
                && let Some(v) = &m.value
            {
                dutch.insert(
                    (file.to_string(), m.id.name.to_string()),
                    text_runs(v).concat(),
                );
                if v.elements.iter().any(|el| {
                    matches!(el, PatternElement::Placeable { expression: Expression::Inline(InlineExpression::FunctionReference { id, .. }) } if id.name == "NL")
                }) {
                    problems.push(format!("locales/{lang}/{file}: `{}` is Dutch already: no NL() needed", m.id.name));
                }
            }
        }
    }
    let all_dutch: Vec<&String> = dutch.values().collect();
    for (lang, file, source) in ftl_files().iter().filter(|(l, _, _)| *l != "nl") {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(r, _)| r);
        for e in &resource.body {
            let Entry::Message(m) = e else { continue };
            let Some(v) = &m.value else { continue };
            let id = m.id.name;
            let at = source.find(&format!("{id} =")).unwrap_or(0);
            for el in &v.elements {
                if let PatternElement::Placeable {
                    expression:
                        Expression::Inline(InlineExpression::FunctionReference { id: f, arguments }),
                } = el
                    && f.name == "NL"
                {
                    let one_literal = arguments.named.is_empty()
                        && matches!(
                            arguments.positional.as_slice(),
                            [InlineExpression::StringLiteral { .. }]
                        );
                    if !one_literal {
                        problems.push(format!(
                            "locales/{lang}/{file}:{}: `{id}`: NL() takes one quoted Dutch word, as in {{ NL(\"zorgtoeslag\") }}",
                            line_of(source, at)
                        ));
                    }
                }
            }
            let own = dutch.get(&(file.to_string(), id.to_string()));
            for run in text_runs(v) {
                let mut rest = run;
                while let Some(open) = rest.find('(') {
                    let after = &rest[open + 1..];
                    let Some(close) = after.find([')', '(']) else {
                        break;
                    };
                    let inner = &after[..close];
                    rest = &after[close..];
                    if after[close..].starts_with('(')
                        || NOT_DUTCH.contains(&inner)
                        || inner.chars().any(|c| c.is_ascii_digit())
                        || !inner.chars().next().is_some_and(char::is_lowercase)
                        || inner.chars().count() < 3
                        || !(own.is_some_and(|nl| contains_word_ci(nl, inner))
                            || all_dutch.iter().any(|nl| contains_word_ci(nl, inner)))
                    {
                        continue;
                    }
                    let line = source[at..]
                        .find(&format!("({inner})"))
                        .map_or(line_of(source, at), |i| line_of(source, at + i));
                    problems.push(format!(
                        "locales/{lang}/{file}:{line}: `{id}`: \"({inner})\" is Dutch: write ({{ NL(\"{inner}\") }}) so that it is read out in Dutch"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}
