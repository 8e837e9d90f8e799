//! The languages Wegwijs ships: one per folder of `locales/` (read by the
//! build script, so there is no second list to keep in step). Dutch is the
//! source language and the fallback.

use std::fmt;
use std::str::FromStr;

/// A shipped language. Only the constants generated from `locales/` exist,
/// so every value has its folder of messages.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(u8);

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a language Wegwijs ships")]
pub struct UnknownLanguage;

/// Written right to left. A list of scripts, not of shipped languages: a
/// language added later gets the right direction without a code change.
const RIGHT_TO_LEFT: [&str; 6] = ["ar", "fa", "he", "ps", "ur", "yi"];

impl Default for Language {
    fn default() -> Self {
        Language::NL
    }
}

impl Language {
    /// The BCP 47 tag, as used for `lang` attributes and `locales/<tag>/`.
    pub fn tag(self) -> &'static str {
        TAGS.get(usize::from(self.0)).copied().unwrap_or("nl")
    }

    pub fn is_right_to_left(self) -> bool {
        RIGHT_TO_LEFT.contains(&self.tag())
    }

    /// Picks the first shipped language among the user's preferences
    /// (BCP 47 or POSIX style: `en-GB`, `nl_BE.UTF-8`), matching on the
    /// primary subtag only. Falls back to Dutch, the language of the services
    /// this app is about.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Language {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_', '.', '@']).next().unwrap_or_default();
                primary.parse().ok()
            })
            .unwrap_or_default()
    }
}

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_lowercase();
        Language::ALL
            .iter()
            .copied()
            .find(|l| l.tag() == s)
            .ok_or(UnknownLanguage)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl fmt::Debug for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Language({})", self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_on_primary_subtag() {
        assert_eq!(Language::negotiate(["en-GB"]), Language::EN);
        assert_eq!(Language::negotiate(["nl_BE.UTF-8"]), Language::NL);
        assert_eq!(Language::negotiate(["de-DE", "en-US"]), Language::EN);
    }

    #[test]
    fn falls_back_to_dutch() {
        assert_eq!(Language::negotiate(["de-DE", "C", "POSIX"]), Language::NL);
        assert_eq!(Language::negotiate([]), Language::NL);
    }

    #[test]
    fn every_tag_round_trips_and_dutch_comes_first() {
        assert_eq!(Language::ALL.first(), Some(&Language::NL));
        for &l in Language::ALL {
            assert_eq!(l.tag().parse::<Language>(), Ok(l));
        }
        assert_eq!("xx".parse::<Language>(), Err(UnknownLanguage));
    }
}
