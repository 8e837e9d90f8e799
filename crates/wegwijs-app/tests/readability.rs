//! Plain Dutch, checked: every Dutch text a person reads (events, tasks,
//! errors, the UI, the CLI) is scored with Flesch-Douma, the Dutch
//! adaptation of Flesch reading ease:
//!
//!   206.835 − 0.93 × (words per sentence) − 77 × (syllables per word)
//!
//! Syllables come from the Dutch hyphenation patterns (hypher, the TeX
//! patterns of Piet Tutelaers). A text of 20 words or more fails below
//! [`FLOOR`]; every sentence has at most [`MAX_SENTENCE_WORDS`] words;
//! officialese that B1 has a plain word for fails wherever it is; an official
//! term that needs an explanation must be in the glossary. The distribution
//! is printed (`cargo xtask test` shows it) so that raising the floor is a
//! decision made with the figures at hand.
//!
//! Failures name the file, the line and the message.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use wegwijs_app::i18n::ftl_files;

/// The level of a general newspaper; raise it as texts improve.
const FLOOR: f64 = 60.0;
/// Shorter texts are scored, but a handful of words gives no stable score.
const MIN_WORDS: usize = 20;
const MAX_SENTENCE_WORDS: usize = 20;

/// Country names are names, not sentences.
const SKIPPED_FILES: &[&str] = &["countries.ftl"];

/// Words a B1 text does without, with the plain word to use instead
/// (after the Rijksoverheid's "Direct duidelijk" list).
const OFFICIALESE: &[(&str, &str)] = &[
    ("indien", "als"),
    ("reeds", "al"),
    ("middels", "met"),
    ("teneinde", "om"),
    ("alsmede", "en"),
    ("derhalve", "daarom"),
    ("inzake", "over"),
    ("omtrent", "over"),
    ("dienen", "moeten"),
    ("dient", "moet"),
    ("ingevolge", "volgens"),
    ("hiertoe", "daarvoor"),
    ("tevens", "ook"),
    ("thans", "nu"),
    ("voornoemde", "(noem het opnieuw)"),
    ("woonachtig", "wonen"),
    ("verstrekken", "geven"),
    ("retourneren", "terugsturen"),
];

/// Official words from government letters that a person must be able to
/// look up: where a text uses one, the glossary explains it. Matched as the
/// start of a word, so "beschikkingen" and "bezwaartermijn" count too.
const NEEDS_EXPLANATION: &[&str] = &[
    "beschikking",
    "bezwaar",
    "machtiging",
    "ingebrekestelling",
    "toeslagpartner",
    "curatele",
    "mentorschap",
    "bewind",
    "gezag",
    "zaaknummer",
];

/// One text as a person reads it: the message's value with each variable
/// as a short name, and of a `select` the default variant.
fn flatten(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => flatten_expression(expression, out),
        }
    }
}

fn flatten_expression(expression: &Expression<&str>, out: &mut String) {
    match expression {
        Expression::Select { variants, .. } => {
            if let Some(v) = variants.iter().find(|v| v.default) {
                flatten(&v.value, out);
            }
        }
        Expression::Inline(inline) => match inline {
            InlineExpression::StringLiteral { value } => out.push_str(value),
            InlineExpression::NumberLiteral { value } => out.push_str(value),
            InlineExpression::Placeable { expression } => flatten_expression(expression, out),
            // A name, a date, a number: read as one short word.
            _ => out.push_str("Jan"),
        },
    }
}

struct Text {
    file: String,
    line: usize,
    id: String,
    text: String,
}

fn dutch_texts() -> Vec<Text> {
    let mut out = Vec::new();
    for (lang, file, source) in ftl_files() {
        if *lang != "nl" || SKIPPED_FILES.contains(file) {
            continue;
        }
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(r, _)| r);
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            let line = source[..source
                .find(&format!("\n{} =", m.id.name))
                .map_or(0, |i| i + 1)]
                .matches('\n')
                .count()
                + 1;
            let mut push = |id: String, pattern: &Pattern<&str>| {
                let mut text = String::new();
                flatten(pattern, &mut text);
                out.push(Text {
                    file: format!("locales/nl/{file}"),
                    line,
                    id,
                    text,
                });
            };
            if let Some(value) = &m.value {
                push(m.id.name.to_string(), value);
            }
            for a in &m.attributes {
                push(format!("{}.{}", m.id.name, a.id.name), &a.value);
            }
        }
    }
    out
}

/// Words of a text: runs of letters, digits and the characters inside a
/// word (apostrophe, hyphen), ignoring what is neither.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Sentences end at `.`, `!`, `?` or `:` followed by a space or the end,
/// and at a line break (a list item is a sentence of its own).
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let next = chars.get(i + 1).copied();
        let ends = matches!(c, '.' | '!' | '?' | ':') && next.is_none_or(char::is_whitespace);
        if ends || c == '\n' {
            if !words(&current).is_empty() {
                out.push(std::mem::take(&mut current));
            }
            current.clear();
        }
    }
    if !words(&current).is_empty() {
        out.push(current);
    }
    out
}

/// Syllables of one word, from the hyphenation patterns. A short
/// abbreviation (BSN, SVB) is said letter by letter; a number counts as one;
/// a compound with hyphens or underscores counts part by part.
fn syllables(word: &str) -> usize {
    let parts: Vec<&str> = word
        .split(|c: char| !c.is_alphabetic())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        return 1;
    }
    parts
        .iter()
        .map(|part| {
            let letters = part.chars().count();
            if (2..=5).contains(&letters) && part.chars().all(char::is_uppercase) {
                letters
            } else {
                let lower = part.to_lowercase();
                hypher::hyphenate_bounded(&lower, hypher::Lang::Dutch, 1, 1)
                    .count()
                    .max(1)
            }
        })
        .sum()
}

struct Score {
    words: usize,
    sentences: usize,
    syllables: usize,
}

impl Score {
    fn of(text: &str) -> Self {
        let ws = words(text);
        Score {
            words: ws.len(),
            sentences: sentences(text).len().max(1),
            syllables: ws.iter().map(|w| syllables(w)).sum(),
        }
    }

    fn flesch_douma(&self) -> f64 {
        let words = self.words.max(1) as f64;
        206.835 - 0.93 * (words / self.sentences as f64) - 77.0 * (self.syllables as f64 / words)
    }
}

#[test]
fn the_syllable_count_follows_dutch_hyphenation() {
    for (word, expected) in [
        ("kind", 1),
        ("gemeente", 3),
        ("zorgverzekeraar", 5),
        ("kinderopvangtoeslag", 6),
        ("BSN", 3),
        ("18", 1),
        ("e-mail", 2),
        ("WEGWIJS_ZGW_SECRET", 2 + 3 + 2),
    ] {
        assert_eq!(syllables(word), expected, "{word}");
    }
}

#[test]
fn sentences_end_at_a_full_stop_a_question_or_a_line() {
    assert_eq!(
        sentences("Ga naar de gemeente. Neem je paspoort mee!").len(),
        2
    );
    assert_eq!(sentences("Kosten: 3,50 euro. Klaar?\nJa").len(), 4);
    assert_eq!(sentences("Versie 1.2 werkt").len(), 1);
}

#[test]
fn a_plain_text_scores_high_and_officialese_low() {
    let plain = Score::of(
        "Je krijgt een brief van de SVB. Daarin staat wat je moet doen. Doe het op tijd. Dan krijg je je geld.",
    );
    let officialese = Score::of(
        "Indien de aanvrager reeds een beschikking inzake de tegemoetkoming heeft ontvangen, dient hij teneinde verrekening te voorkomen de gemeente onverwijld schriftelijk te informeren.",
    );
    assert!(plain.flesch_douma() > 70.0, "{}", plain.flesch_douma());
    assert!(
        officialese.flesch_douma() < 30.0,
        "{}",
        officialese.flesch_douma()
    );
}

#[test]
fn every_dutch_text_is_plain() {
    let texts = dutch_texts();
    assert!(texts.len() > 500, "only {} Dutch texts found", texts.len());
    let mut problems = Vec::new();
    let mut scores: Vec<(f64, &Text)> = Vec::new();
    let glossary: Vec<String> = texts
        .iter()
        .filter(|t| t.file.ends_with("glossary.ftl"))
        .map(|t| t.text.to_lowercase())
        .collect();

    for t in &texts {
        let at = format!("{}:{}: `{}`", t.file, t.line, t.id);
        let score = Score::of(&t.text);
        if score.words >= MIN_WORDS {
            let fd = score.flesch_douma();
            scores.push((fd, t));
            if fd < FLOOR {
                problems.push(format!(
                    "{at}: Flesch-Douma {fd:.0}, below {FLOOR:.0} ({} words, {} sentences, {:.2} syllables a word): {}",
                    score.words,
                    score.sentences,
                    score.syllables as f64 / score.words as f64,
                    t.text
                ));
            }
        }
        for s in sentences(&t.text) {
            let n = words(&s).len();
            if n > MAX_SENTENCE_WORDS {
                problems.push(format!(
                    "{at}: a sentence of {n} words (at most {MAX_SENTENCE_WORDS}): {}",
                    s.trim()
                ));
            }
        }
        let lower = t.text.to_lowercase();
        for w in words(&lower) {
            if let Some((_, plain)) = OFFICIALESE.iter().find(|(hard, _)| *hard == w) {
                problems.push(format!("{at}: \"{w}\" is officialese; B1 says \"{plain}\""));
            }
            if t.file.ends_with("glossary.ftl") {
                continue;
            }
            if let Some(term) = NEEDS_EXPLANATION.iter().find(|term| w.starts_with(**term))
                && !glossary.iter().any(|g| g.contains(term))
            {
                problems.push(format!(
                    "{at}: \"{w}\" needs an explanation, and the glossary has none for \"{term}\""
                ));
            }
        }
    }

    scores.sort_by(|a, b| a.0.total_cmp(&b.0));
    let values: Vec<f64> = scores.iter().map(|(s, _)| *s).collect();
    let pct = |p: f64| values[((values.len() - 1) as f64 * p).round() as usize];
    let mut buckets: BTreeMap<i64, usize> = BTreeMap::new();
    for v in &values {
        *buckets
            .entry(((v / 10.0).floor() as i64 * 10).clamp(0, 100))
            .or_default() += 1;
    }
    println!(
        "Flesch-Douma over {} Dutch texts of {MIN_WORDS}+ words (of {} texts): min {:.0}, p10 {:.0}, median {:.0}, p90 {:.0}, max {:.0}; floor {FLOOR:.0}",
        values.len(),
        texts.len(),
        pct(0.0),
        pct(0.1),
        pct(0.5),
        pct(0.9),
        pct(1.0),
    );
    for (from, n) in &buckets {
        println!("  {from:>3}–{:<3} {n:>4} {}", from + 10, "#".repeat(*n));
    }
    println!("The five hardest:");
    for (s, t) in scores.iter().take(5) {
        println!("  {s:>5.1} {}:{} {}", t.file, t.line, t.id);
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}
