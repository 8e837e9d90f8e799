//! PDOK Locatieserver 3.1 (`/bzk/locatieserver/search/v3_1/free`), asked
//! for one address: `fq=type:adres`, `fq=postcode:..`, `fq=huisnummer:..`.

use serde::Deserialize;
use wegwijs_core::announcements::Point;

/// An address as the person typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressQuery {
    /// `3511AB`: four digits and two capitals, no space.
    pub postcode: String,
    pub number: u32,
    /// A house letter or an addition (`A`, `bis`, `2`), if any.
    pub addition: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("not a Dutch postcode")]
    Postcode,
    #[error("not a house number")]
    Number,
    #[error("not a house letter or addition")]
    Addition,
}

impl AddressQuery {
    /// Accepts `3511 ab` as `3511AB`.
    pub fn new(postcode: &str, number: u32, addition: Option<&str>) -> Result<Self, AddressError> {
        let pc: String = postcode
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        let b = pc.as_bytes();
        let ok = b.len() == 6
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[0] != b'0'
            && b[4..].iter().all(u8::is_ascii_uppercase);
        if !ok {
            return Err(AddressError::Postcode);
        }
        if !(1..=99_999).contains(&number) {
            return Err(AddressError::Number);
        }
        let addition = addition.map(str::trim).filter(|a| !a.is_empty());
        if addition.is_some_and(|a| a.chars().count() > 4 || !a.chars().all(char::is_alphanumeric))
        {
            return Err(AddressError::Addition);
        }
        Ok(AddressQuery {
            postcode: pc,
            number,
            addition: addition.map(str::to_string),
        })
    }

    /// The filter queries, each its own `fq` parameter. Only these and
    /// `rows`/`fl` are sent: the service refuses parameters it does not know.
    pub fn filters(&self) -> [String; 3] {
        [
            "type:adres".into(),
            format!("postcode:{}", self.postcode),
            format!("huisnummer:{}", self.number),
        ]
    }
}

/// The address found, to show the person before it is kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// `Domplein 1, 3512JC Utrecht`.
    pub display: String,
    pub point: Point,
}

#[derive(Deserialize)]
struct Answer {
    response: Response,
}

#[derive(Deserialize)]
struct Response {
    #[serde(default)]
    docs: Vec<Doc>,
}

#[derive(Deserialize)]
struct Doc {
    weergavenaam: Option<String>,
    centroide_ll: Option<String>,
    postcode: Option<String>,
    huisnummer: Option<u32>,
    huisletter: Option<String>,
    huisnummertoevoeging: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a Locatieserver answer: {0}")]
pub struct NotPdok(String);

/// The document that is exactly the address asked for. The free search is
/// fuzzy: for a number that does not exist it answers with one nearby, so
/// postcode, number and letter or addition are compared here.
pub fn parse_lookup(json: &str, q: &AddressQuery) -> Result<Option<Found>, NotPdok> {
    let answer: Answer = serde_json::from_str(json).map_err(|e| NotPdok(e.to_string()))?;
    let want = q.addition.as_deref().map(str::to_ascii_uppercase);
    Ok(answer.response.docs.into_iter().find_map(|d| {
        let same = d.postcode.as_deref() == Some(q.postcode.as_str())
            && d.huisnummer == Some(q.number)
            && {
                let has = [&d.huisletter, &d.huisnummertoevoeging]
                    .into_iter()
                    .flatten()
                    .map(|s| s.to_ascii_uppercase())
                    .collect::<String>();
                want.as_deref().unwrap_or("") == has
            };
        if !same {
            return None;
        }
        let point = Point::from_wkt(d.centroide_ll.as_deref()?).ok()?;
        Some(Found {
            display: d.weergavenaam?,
            point,
        })
    }))
}
