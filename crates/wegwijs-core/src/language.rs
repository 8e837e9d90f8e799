//! The languages Wegwijs ships. Dutch and English are always complete.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    Nl,
    En,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a language Wegwijs ships")]
pub struct UnknownLanguage;

impl Language {
    pub const ALL: [Language; 2] = [Language::Nl, Language::En];

    /// The BCP 47 tag, as used for `lang` attributes and `locales/<tag>/`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
        }
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
        match s.trim().to_ascii_lowercase().as_str() {
            "nl" => Ok(Language::Nl),
            "en" => Ok(Language::En),
            _ => Err(UnknownLanguage),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_on_primary_subtag() {
        assert_eq!(Language::negotiate(["en-GB"]), Language::En);
        assert_eq!(Language::negotiate(["nl_BE.UTF-8"]), Language::Nl);
        assert_eq!(Language::negotiate(["de-DE", "en-US"]), Language::En);
    }

    #[test]
    fn falls_back_to_dutch() {
        assert_eq!(Language::negotiate(["de-DE", "C", "POSIX"]), Language::Nl);
        assert_eq!(Language::negotiate([]), Language::Nl);
    }
}
