//! `content/missions.toml`: for each country, the contact page of the
//! Dutch embassy or consulate on nederlandwereldwijd.nl, shipped as data so
//! that the app never asks the network where the nearest mission is.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;
use wegwijs_core::country::Country;

use crate::{Problem, from_toml, line_of};

/// The only site these pages may be on: the Ministry of Foreign Affairs'
/// site for Dutch people abroad.
const HOST: &str = "https://www.nederlandwereldwijd.nl/";

/// Where a Dutch person in one country goes for a passport, a proof of
/// life signed, or help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mission {
    pub country: Country,
    /// The contact page of the embassy (or of the consulate-general the
    /// ministry points to), or the country's page of all its missions.
    pub office: String,
    /// Consulates-general in the same country, if any.
    pub consulates: Vec<String>,
}

impl Mission {
    pub fn url(&self) -> &str {
        &self.office
    }
}

/// Every mission, and the page listing all of them for a country not in
/// the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Missions {
    pub all: Vec<Mission>,
    pub index: String,
}

impl Missions {
    pub fn for_country(&self, country: Country) -> Option<&Mission> {
        self.all.iter().find(|m| m.country == country)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMissions {
    index: Spanned<String>,
    #[serde(default)]
    mission: Vec<Spanned<RawMission>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMission {
    country: String,
    office: String,
    #[serde(default)]
    consulates: Vec<String>,
}

/// Where every mission's contact page is.
const CONTACT: &str = "contact/ambassades-consulaten-generaal/";

/// The country part of a contact page (`spanje` of
/// `.../ambassades-consulaten-generaal/spanje/ambassade-madrid`), when the
/// address is one.
fn country_part(url: &str) -> Option<&str> {
    let rest = url.strip_prefix(HOST)?.strip_prefix(CONTACT)?;
    let ok = !rest.is_empty()
        && !rest.ends_with('/')
        && rest
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-/".contains(&b));
    ok.then(|| rest.split('/').next().unwrap_or(rest))
}

/// Reads `content/missions.toml`; every problem is reported with its line.
pub fn parse_missions(file: &str, src: &str) -> Result<Missions, Vec<Problem>> {
    let raw: RawMissions = from_toml(file, src)?;
    let mut problems = Vec::new();
    if !raw.index.get_ref().starts_with(HOST) {
        problems.push(Problem {
            file: file.into(),
            line: line_of(src, &raw.index.span()),
            entry: None,
            message: format!("`index` is a page on {HOST}"),
        });
    }
    let mut seen = HashSet::new();
    let mut all = Vec::new();
    for m in &raw.mission {
        let line = line_of(src, &m.span());
        let m = m.get_ref();
        let mut problem = |message: String| {
            problems.push(Problem {
                file: file.into(),
                line,
                entry: Some(m.country.clone()),
                message,
            })
        };
        // Codes as written, upper case: the file is read by people too.
        let country = match m.country.parse::<Country>() {
            Ok(c) if c.code() != m.country => {
                problem("write the country code in capitals".into());
                None
            }
            Ok(c) if c.is_netherlands() => {
                problem("the Netherlands has no embassy of its own".into());
                None
            }
            Ok(c) => Some(c),
            Err(_) => {
                problem("not an ISO 3166-1 alpha-2 country code".into());
                None
            }
        };
        match country_part(&m.office) {
            None => problem(format!(
                "`office` is a contact page under {HOST}{CONTACT}, in lower case"
            )),
            Some(part) => {
                if m.consulates.iter().any(|c| country_part(c) != Some(part)) {
                    problem(format!(
                        "each of `consulates` is a contact page under {HOST}{CONTACT}{part}/"
                    ));
                }
            }
        }
        if let Some(c) = country {
            if !seen.insert(c) {
                problem("this country is listed twice".into());
            }
            all.push(Mission {
                country: c,
                office: m.office.clone(),
                consulates: m.consulates.clone(),
            });
        }
    }
    if problems.is_empty() {
        Ok(Missions {
            all,
            index: raw.index.into_inner(),
        })
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OK: &str = r#"
index = "https://www.nederlandwereldwijd.nl/contact/ambassades-consulaten-generaal"

[[mission]]
country = "FR"
office = "https://www.nederlandwereldwijd.nl/contact/ambassades-consulaten-generaal/frankrijk/ambassade-parijs"
"#;

    #[test]
    fn reads_a_mission_by_its_country() {
        let m = parse_missions("m.toml", OK).unwrap();
        let fr = m.for_country("FR".parse().unwrap()).unwrap();
        assert!(fr.url().ends_with("/ambassade-parijs"));
        assert!(m.for_country("ES".parse().unwrap()).is_none());
    }

    #[test]
    fn names_the_line_and_the_country_of_each_problem() {
        let bad = r#"
index = "https://example.org/"

[[mission]]
country = "es"
office = "https://www.nederlandwereldwijd.nl/contact/ambassades-consulaten-generaal/Spanje"

[[mission]]
country = "NL"
office = "http://www.nederlandwereldwijd.nl/contact/ambassades-consulaten-generaal/nederland"

[[mission]]
country = "XX"
office = "https://www.nederlandwereldwijd.nl/landen/x"

[[mission]]
country = "BE"
office = "https://www.nederlandwereldwijd.nl/contact/ambassades-consulaten-generaal/belgie/ambassade-brussel"
consulates = ["https://www.nederlandwereldwijd.nl/contact/ambassades-consulaten-generaal/duitsland/x"]

[[mission]]
country = "BE"
office = "https://www.nederlandwereldwijd.nl/contact/ambassades-consulaten-generaal/belgie"
"#;
        let problems = parse_missions("content/missions.toml", bad).unwrap_err();
        let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        let has = |needle: &str| text.iter().any(|t| t.contains(needle));
        assert!(has("content/missions.toml:2: `index`"), "{text:#?}");
        assert!(
            has(":4: es: write the country code in capitals"),
            "{text:#?}"
        );
        assert!(has(":4: es: `office`"), "{text:#?}");
        assert!(has(":8: NL: the Netherlands"), "{text:#?}");
        assert!(has(":8: NL: `office`"), "{text:#?}");
        assert!(has(":12: XX: not an ISO"), "{text:#?}");
        assert!(has(":12: XX: `office`"), "{text:#?}");
        assert!(has(":16: BE: each of `consulates`"), "{text:#?}");
        assert!(has(":21: BE: this country is listed twice"), "{text:#?}");
        assert_eq!(problems.len(), 9, "{text:#?}");
    }
}
