//! Fluent messages for the Rust side (the CLI's output and errors; later
//! notifications and PDF exports). The UI formats the same `.ftl` files with
//! `@fluent/bundle`.

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;
use wegwijs_core::Language;

use crate::error::{AppError, FieldErrorDto, FluentArg};

include!(concat!(env!("OUT_DIR"), "/ftl_files.rs"));

/// Every `.ftl` file embedded in the binary: `(language, file name, source)`.
pub fn ftl_files() -> &'static [(&'static str, &'static str, &'static str)] {
    FTL_FILES
}

type Bundle = FluentBundle<FluentResource>;

/// One slot per language, parsed the first time the language is used and
/// then kept for the process: a `Localizer` is a handle to them, so making
/// one per command or per notification costs nothing, and a CLI call in
/// Turkish parses Turkish (and Dutch, the fallback), not all eight.
static BUNDLES: std::sync::LazyLock<Vec<std::sync::OnceLock<Bundle>>> =
    std::sync::LazyLock::new(|| {
        Language::ALL
            .iter()
            .map(|_| std::sync::OnceLock::new())
            .collect()
    });

/// Formats messages in every shipped language.
#[derive(Clone, Copy)]
pub struct Localizer {
    bundles: &'static [std::sync::OnceLock<Bundle>],
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").finish_non_exhaustive()
    }
}

impl Default for Localizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Localizer {
    pub fn new() -> Self {
        Localizer { bundles: &BUNDLES }
    }

    /// The message `id` in `lang`, falling back to Dutch, then to the id
    /// itself (so a missing translation is visible, not silent).
    pub fn format(&self, lang: Language, id: &str, args: &BTreeMap<String, FluentArg>) -> String {
        let fluent_args = to_fluent_args(args);
        [lang, Language::NL]
            .iter()
            .find_map(|l| {
                let bundle = self.bundle(*l)?;
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, Some(&fluent_args), &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| id.to_string())
    }

    pub fn text(&self, lang: Language, id: &str) -> String {
        self.format(lang, id, &BTreeMap::new())
    }

    pub fn has_message(&self, lang: Language, id: &str) -> bool {
        self.bundle(lang)
            .is_some_and(|b| b.get_message(id).is_some_and(|m| m.value().is_some()))
    }

    fn bundle(&self, lang: Language) -> Option<&'static Bundle> {
        let i = Language::ALL.iter().position(|&l| l == lang)?;
        let slot: &'static std::sync::OnceLock<Bundle> = self.bundles.get(i)?;
        Some(slot.get_or_init(|| parse_bundle(lang)))
    }

    /// An error as the person reads it: the summary, then one line per field.
    pub fn error(&self, lang: Language, e: &AppError) -> String {
        let mut out = self.format(lang, &e.message_id, &e.args);
        for FieldErrorDto {
            field,
            message_id,
            args,
        } in &e.fields
        {
            if *message_id == e.message_id {
                // A single-field error whose summary already says it all.
                continue;
            }
            let message = self.format(lang, message_id, args);
            let label_id = format!("field-{}", field.replace('_', "-"));
            if self.has_message(lang, &label_id) {
                out.push_str(&format!("\n  {}: {message}", self.text(lang, &label_id)));
            } else {
                out.push_str(&format!("\n  {message}"));
            }
        }
        out
    }
}

fn to_fluent_args(args: &BTreeMap<String, FluentArg>) -> FluentArgs<'_> {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v {
            FluentArg::Text(s) => fa.set(k.as_str(), FluentValue::from(s.as_str())),
            FluentArg::Number(n) => fa.set(k.as_str(), FluentValue::from(*n)),
        }
    }
    fa
}

/// The Fluent function that marks a Dutch term in a translation.
pub const DUTCH_FUNCTION: &str = "NL";

fn parse_bundle(lang: Language) -> Bundle {
    let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminals show the Unicode isolation marks as stray characters; the
    // UI, which renders bidi text, keeps them.
    bundle.set_use_isolating(false);
    // `{ NL("zorgtoeslag") }` marks a Dutch word inside a translation, so the
    // UI can give it `lang="nl"` (WCAG 3.1.2). Terminals and the PDF print
    // the word as it is.
    let _ = bundle.add_function(DUTCH_FUNCTION, |positional, _named| {
        positional.first().cloned().unwrap_or(FluentValue::None)
    });
    for (_, _, source) in FTL_FILES.iter().filter(|(l, _, _)| *l == lang.tag()) {
        // A syntax error is caught by the locale tests; here the valid
        // entries of the file are still used.
        let res = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, _)| res);
        // Duplicate ids are also caught by the tests.
        bundle.add_resource_overriding(res);
    }
    bundle
}
