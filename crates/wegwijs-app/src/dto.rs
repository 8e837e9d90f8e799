//! Types that cross the boundary to a shell: JSON over Tauri IPC, JSON on the
//! CLI's stdout. They are exported to TypeScript (`ui/src/lib/bindings.ts`),
//! so renaming a field here is an API change.
//!
//! Field names are snake_case, the same as in the profile files that the CLI
//! reads, so `wegwijs profile show --format json` output can be fed back in.

use serde::{Deserialize, Serialize};
use specta::Type;
use wegwijs_core::{Language, Profile, ProfileDraft};

/// A language Wegwijs ships, as its BCP 47 tag (`"nl"`, `"ar"`): one of the
/// folders of `locales/`. A string in TypeScript, since the list is not
/// written out anywhere; an unknown tag is refused when it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Type)]
#[specta(transparent)]
pub struct Lang(#[specta(type = String)] Language);

impl Lang {
    pub fn tag(self) -> &'static str {
        self.0.tag()
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.tag())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(d)?;
        tag.parse::<Language>().map(Lang).map_err(|_| {
            serde::de::Error::custom(format!("`{tag}` is not a language Wegwijs ships"))
        })
    }
}

impl From<Lang> for Language {
    fn from(l: Lang) -> Self {
        l.0
    }
}

impl From<Language> for Lang {
    fn from(l: Language) -> Self {
        Lang(l)
    }
}

/// The person's own profile as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ProfileDto {
    pub name: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
    /// ISO 3166-1 alpha-2, upper case.
    pub residence_country: String,
    /// Only when living in the Netherlands.
    pub municipality: Option<String>,
    /// `null` when the person did not say.
    pub partner: Option<bool>,
    /// `employed`, `self-employed`, `unemployed`, `retired`, `student`,
    /// `none`, or `null` when the person did not say.
    pub employment: Option<String>,
    /// Their BSN as shown: masked (`******653`), when known.
    #[serde(default)]
    pub bsn: Option<String>,
}

impl From<&Profile> for ProfileDto {
    fn from(p: &Profile) -> Self {
        ProfileDto {
            name: p.name.clone(),
            birth_date: p.birth_date.to_string(),
            residence_country: p.residence_country.to_string(),
            municipality: p.municipality.clone(),
            partner: p.partner,
            employment: p.employment.map(|e| e.key().to_string()),
            bsn: None,
        }
    }
}

/// The profile form as the person filled it in, unvalidated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ProfileInput {
    pub name: String,
    pub birth_date: String,
    pub residence_country: String,
    #[serde(default)]
    pub municipality: Option<String>,
    #[serde(default)]
    pub partner: Option<bool>,
    #[serde(default)]
    pub employment: Option<String>,
}

impl From<ProfileInput> for ProfileDraft {
    fn from(i: ProfileInput) -> Self {
        ProfileDraft {
            name: i.name,
            birth_date: i.birth_date,
            residence_country: i.residence_country,
            municipality: i.municipality,
            partner: i.partner,
            employment: i.employment,
        }
    }
}

impl From<ProfileDraft> for ProfileInput {
    fn from(d: ProfileDraft) -> Self {
        ProfileInput {
            name: d.name,
            birth_date: d.birth_date,
            residence_country: d.residence_country,
            municipality: d.municipality,
            partner: d.partner,
            employment: d.employment,
        }
    }
}

/// Some fields of the profile, to change only those.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ProfilePatch {
    pub name: Option<String>,
    pub birth_date: Option<String>,
    pub residence_country: Option<String>,
    pub municipality: Option<String>,
    pub partner: Option<bool>,
    pub employment: Option<String>,
    /// The BSN to set; an empty one clears it.
    #[serde(default)]
    pub bsn: Option<String>,
}

impl ProfilePatch {
    pub(crate) fn apply_to(self, d: &mut ProfileDraft) {
        if let Some(v) = self.name {
            d.name = v;
        }
        if let Some(v) = self.birth_date {
            d.birth_date = v;
        }
        if let Some(v) = self.residence_country {
            d.residence_country = v;
        }
        if let Some(v) = self.municipality {
            d.municipality = Some(v);
        }
        if let Some(v) = self.partner {
            d.partner = Some(v);
        }
        if let Some(v) = self.employment {
            d.employment = Some(v);
        }
    }
}

/// The time zone deadlines are explained in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct TimeZoneDto {
    /// The IANA zone in use ("Europe/Madrid").
    pub zone: String,
    /// Whether the person chose it (else it is the device's).
    pub chosen: bool,
    /// The device's own zone.
    pub device: String,
    /// Every zone a person can choose, by IANA name.
    pub zones: Vec<String>,
}

/// What the UI needs for its first screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct StartState {
    pub language: Lang,
    /// `null` until the first-run setup is done.
    pub profile: Option<ProfileDto>,
    /// Every country code a person can pick; names are `country-XX` messages.
    pub countries: Vec<String>,
    /// Where the data is kept, to tell the person.
    pub data_dir: String,
    /// Whether signals also arrive as OS notifications.
    pub notifications: bool,
    /// Minutes without use before the app locks (0: never).
    pub auto_lock_minutes: u32,
    /// Percent the whole UI is drawn at (100–200).
    pub text_size: u32,
    /// The text sizes a person can choose, in percent.
    pub text_sizes: Vec<u32>,
    /// The kinds of document the vault knows; names are `document-kind-…`.
    pub document_kinds: Vec<String>,
    /// The glossary's official Dutch terms; texts are `glossary-…`.
    pub glossary: Vec<String>,
}
