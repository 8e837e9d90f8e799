//! The person's own profile ("me") and the rules it must satisfy.
//!
//! Input arrives as a [`ProfileDraft`] of raw strings, exactly as typed, and
//! becomes a [`Profile`] only when every rule holds. Validation reports every
//! problem at once, per field, so a form can mark them all and keep what the
//! person typed.

use jiff::civil::Date;

use crate::country::Country;
use crate::guidance::Employment;

/// Longest name we accept. Generous on purpose: some names are long, but a
/// multi-kilobyte paste is a mistake.
pub const NAME_MAX_CHARS: usize = 200;
pub const MUNICIPALITY_MAX_CHARS: usize = 100;

/// The earliest birth date we accept: nobody alive was born before it, and
/// a typo like `0990` for `1990` is caught.
pub const EARLIEST_BIRTH_DATE: Date = jiff::civil::date(1900, 1, 1);

/// A validated profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub birth_date: Date,
    pub residence_country: Country,
    /// Set exactly when `residence_country` is the Netherlands.
    pub municipality: Option<String>,
    /// `None`: the person did not say.
    pub partner: Option<bool>,
    pub employment: Option<Employment>,
}

/// What the person typed, before validation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileDraft {
    pub name: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
    /// ISO 3166-1 alpha-2.
    pub residence_country: String,
    pub municipality: Option<String>,
    pub partner: Option<bool>,
    /// An `Employment` key (`employed`, `self-employed`, ...), or none.
    pub employment: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProfileField {
    Name,
    BirthDate,
    ResidenceCountry,
    Municipality,
    Employment,
}

impl ProfileField {
    /// The field's name as used at every boundary (JSON, IPC, CLI).
    pub fn key(self) -> &'static str {
        match self {
            ProfileField::Name => "name",
            ProfileField::BirthDate => "birth_date",
            ProfileField::ResidenceCountry => "residence_country",
            ProfileField::Municipality => "municipality",
            ProfileField::Employment => "employment",
        }
    }
}

/// Why one field is not acceptable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    #[error("name is empty")]
    NameMissing,
    #[error("name is longer than {max} characters")]
    NameTooLong { max: usize },
    #[error("birth date is empty")]
    BirthDateMissing,
    #[error("birth date is not a date in the form YYYY-MM-DD")]
    BirthDateInvalid,
    #[error("birth date is after today")]
    BirthDateInFuture,
    #[error("birth date is before {earliest}")]
    BirthDateTooEarly { earliest: Date },
    #[error("country of residence is empty")]
    CountryMissing,
    #[error("country of residence is not a known ISO 3166-1 alpha-2 code")]
    CountryUnknown,
    #[error("municipality is empty while living in the Netherlands")]
    MunicipalityMissing,
    #[error("municipality is longer than {max} characters")]
    MunicipalityTooLong { max: usize },
    #[error("unknown employment")]
    EmploymentUnknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: ProfileField,
    pub error: ProfileError,
}

impl ProfileDraft {
    /// Checks every rule against `today` (the person's local date) and
    /// returns the profile, or every field that is wrong, in form order.
    pub fn validate(&self, today: Date) -> Result<Profile, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field, error| errors.push(FieldError { field, error });

        let name = normalise_space(&self.name);
        if name.is_empty() {
            fail(ProfileField::Name, ProfileError::NameMissing);
        } else if name.chars().count() > NAME_MAX_CHARS {
            fail(
                ProfileField::Name,
                ProfileError::NameTooLong {
                    max: NAME_MAX_CHARS,
                },
            );
        }

        let birth_date = match parse_birth_date(&self.birth_date, today) {
            Ok(d) => Some(d),
            Err(e) => {
                fail(ProfileField::BirthDate, e);
                None
            }
        };

        let country = if self.residence_country.trim().is_empty() {
            fail(ProfileField::ResidenceCountry, ProfileError::CountryMissing);
            None
        } else {
            match self.residence_country.parse::<Country>() {
                Ok(c) => Some(c),
                Err(_) => {
                    fail(ProfileField::ResidenceCountry, ProfileError::CountryUnknown);
                    None
                }
            }
        };

        // A municipality only means something in the Netherlands; one left
        // over from before a move abroad is dropped rather than refused.
        let municipality = match country {
            Some(c) if c.is_netherlands() => {
                let m = normalise_space(self.municipality.as_deref().unwrap_or_default());
                if m.is_empty() {
                    fail(
                        ProfileField::Municipality,
                        ProfileError::MunicipalityMissing,
                    );
                } else if m.chars().count() > MUNICIPALITY_MAX_CHARS {
                    fail(
                        ProfileField::Municipality,
                        ProfileError::MunicipalityTooLong {
                            max: MUNICIPALITY_MAX_CHARS,
                        },
                    );
                }
                Some(m)
            }
            _ => None,
        };

        let employment = match self
            .employment
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty())
        {
            None => None,
            Some(key) => {
                let e = Employment::from_key(key);
                if e.is_none() {
                    fail(ProfileField::Employment, ProfileError::EmploymentUnknown);
                }
                e
            }
        };

        match (birth_date, country) {
            (Some(birth_date), Some(residence_country)) if errors.is_empty() => Ok(Profile {
                name,
                birth_date,
                residence_country,
                municipality,
                partner: self.partner,
                employment,
            }),
            _ => Err(errors),
        }
    }
}

impl From<&Profile> for ProfileDraft {
    fn from(p: &Profile) -> Self {
        ProfileDraft {
            name: p.name.clone(),
            birth_date: p.birth_date.to_string(),
            residence_country: p.residence_country.to_string(),
            municipality: p.municipality.clone(),
            partner: p.partner,
            employment: p.employment.map(|e| e.key().to_string()),
        }
    }
}

fn parse_birth_date(raw: &str, today: Date) -> Result<Date, ProfileError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(ProfileError::BirthDateMissing);
    }
    let date: Date = parse_iso_date(raw).ok_or(ProfileError::BirthDateInvalid)?;
    if date > today {
        return Err(ProfileError::BirthDateInFuture);
    }
    if date < EARLIEST_BIRTH_DATE {
        return Err(ProfileError::BirthDateTooEarly {
            earliest: EARLIEST_BIRTH_DATE,
        });
    }
    Ok(date)
}

/// A date written strictly as `YYYY-MM-DD`. jiff's own parser also accepts
/// times and offsets, which a date a person types never has.
pub fn parse_iso_date(s: &str) -> Option<Date> {
    let well_formed = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    well_formed.then(|| s.parse().ok()).flatten()
}

/// Trims and collapses runs of whitespace, so `"  Jan   Jansen "` and
/// `"Jan Jansen"` are the same name.
fn normalise_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    const TODAY: Date = date(2026, 11, 29);

    fn draft(name: &str, birth: &str, country: &str, municipality: Option<&str>) -> ProfileDraft {
        ProfileDraft {
            name: name.into(),
            birth_date: birth.into(),
            residence_country: country.into(),
            municipality: municipality.map(Into::into),
            ..Default::default()
        }
    }

    fn errors(d: &ProfileDraft) -> Vec<(ProfileField, ProfileError)> {
        match d.validate(TODAY) {
            Ok(_) => vec![],
            Err(es) => es.into_iter().map(|e| (e.field, e.error)).collect(),
        }
    }

    #[test]
    fn accepts_a_resident_of_the_netherlands() {
        let p = draft(
            "  Samira   El Amrani ",
            "1995-03-14",
            "nl",
            Some(" Rotterdam "),
        )
        .validate(TODAY)
        .unwrap();
        assert_eq!(p.name, "Samira El Amrani");
        assert_eq!(p.birth_date, date(1995, 3, 14));
        assert_eq!(p.residence_country, Country::NETHERLANDS);
        assert_eq!(p.municipality.as_deref(), Some("Rotterdam"));
    }

    #[test]
    fn drops_the_municipality_when_living_abroad() {
        let p = draft("Jan", "1959-06-01", "ES", Some("Utrecht"))
            .validate(TODAY)
            .unwrap();
        assert_eq!(p.municipality, None);
    }

    #[test]
    fn born_today_is_fine_born_tomorrow_is_not() {
        assert!(
            draft("Baby", "2026-11-29", "NL", Some("Zwolle"))
                .validate(TODAY)
                .is_ok()
        );
        assert_eq!(
            errors(&draft("Baby", "2026-11-30", "NL", Some("Zwolle"))),
            vec![(ProfileField::BirthDate, ProfileError::BirthDateInFuture)]
        );
    }

    #[test]
    fn data_driven_rejections() {
        use ProfileError::*;
        use ProfileField::*;
        let cases: &[(ProfileDraft, &[(ProfileField, ProfileError)])] = &[
            (
                draft("", "1990-01-01", "NL", Some("Ede")),
                &[(Name, NameMissing)],
            ),
            (
                draft("   ", "1990-01-01", "NL", Some("Ede")),
                &[(Name, NameMissing)],
            ),
            (
                draft("A", "", "NL", Some("Ede")),
                &[(BirthDate, BirthDateMissing)],
            ),
            (
                draft("A", "1990-02-30", "NL", Some("Ede")),
                &[(BirthDate, BirthDateInvalid)],
            ),
            (
                draft("A", "01-02-1990", "NL", Some("Ede")),
                &[(BirthDate, BirthDateInvalid)],
            ),
            (
                draft("A", "1990-1-1", "NL", Some("Ede")),
                &[(BirthDate, BirthDateInvalid)],
            ),
            (
                draft("A", "1990-01-01T00:00", "NL", Some("Ede")),
                &[(BirthDate, BirthDateInvalid)],
            ),
            (
                draft("A", "1899-12-31", "NL", Some("Ede")),
                &[(
                    BirthDate,
                    BirthDateTooEarly {
                        earliest: EARLIEST_BIRTH_DATE,
                    },
                )],
            ),
            (
                draft("A", "1990-01-01", "", None),
                &[(ResidenceCountry, CountryMissing)],
            ),
            (
                draft("A", "1990-01-01", "XX", None),
                &[(ResidenceCountry, CountryUnknown)],
            ),
            (
                draft("A", "1990-01-01", "Holland", None),
                &[(ResidenceCountry, CountryUnknown)],
            ),
            (
                draft("A", "1990-01-01", "NL", None),
                &[(Municipality, MunicipalityMissing)],
            ),
            (
                draft("A", "1990-01-01", "NL", Some("  ")),
                &[(Municipality, MunicipalityMissing)],
            ),
            (
                draft("", "2030-01-01", "ZZ", None),
                &[
                    (Name, NameMissing),
                    (BirthDate, BirthDateInFuture),
                    (ResidenceCountry, CountryUnknown),
                ],
            ),
        ];
        for (d, expected) in cases {
            assert_eq!(&errors(d), expected, "{d:?}");
        }
    }

    #[test]
    fn household_facts_are_checked() {
        let mut d = draft("Ingrid", "1972-04-01", "NL", Some("Arnhem"));
        d.partner = Some(true);
        d.employment = Some("self-employed".into());
        let p = d.validate(TODAY).unwrap();
        assert_eq!(p.partner, Some(true));
        assert_eq!(p.employment, Some(Employment::SelfEmployed));

        d.employment = Some("astronaut".into());
        assert_eq!(
            errors(&d),
            vec![(ProfileField::Employment, ProfileError::EmploymentUnknown)]
        );
    }

    #[test]
    fn overlong_texts_are_refused() {
        let long = "x".repeat(NAME_MAX_CHARS + 1);
        assert_eq!(
            errors(&draft(&long, "1990-01-01", "BE", None)),
            vec![(
                ProfileField::Name,
                ProfileError::NameTooLong {
                    max: NAME_MAX_CHARS
                }
            )]
        );
        let long = "x".repeat(MUNICIPALITY_MAX_CHARS + 1);
        assert_eq!(
            errors(&draft("A", "1990-01-01", "NL", Some(&long))),
            vec![(
                ProfileField::Municipality,
                ProfileError::MunicipalityTooLong {
                    max: MUNICIPALITY_MAX_CHARS
                }
            )]
        );
    }

    proptest! {
        /// Whatever is typed, validation never panics, and a valid profile
        /// always round-trips through its draft unchanged.
        #[test]
        fn validation_is_total_and_round_trips(
            name in "\\PC{0,40}",
            birth in "[0-9-]{0,12}",
            country in "[A-Za-z]{0,3}",
            municipality in proptest::option::of("\\PC{0,20}"),
        ) {
            let d = ProfileDraft { name, birth_date: birth, residence_country: country, municipality, ..Default::default() };
            if let Ok(p) = d.validate(TODAY) {
                prop_assert!(p.birth_date <= TODAY);
                prop_assert!(!p.name.is_empty());
                prop_assert_eq!(p.municipality.is_some(), p.residence_country.is_netherlands());
                prop_assert_eq!(ProfileDraft::from(&p).validate(TODAY), Ok(p.clone()));
            }
        }

        #[test]
        fn any_past_date_since_1900_is_a_valid_birth_date(days in 0i32..(126 * 366)) {
            let d = TODAY.checked_sub(jiff::Span::new().days(days)).unwrap();
            prop_assume!(d >= EARLIEST_BIRTH_DATE);
            let p = draft("A", &d.to_string(), "FR", None).validate(TODAY);
            prop_assert_eq!(p.map(|p| p.birth_date), Ok(d));
        }
    }
}
