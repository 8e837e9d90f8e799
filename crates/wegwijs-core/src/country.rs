//! Countries of residence, as ISO 3166-1 alpha-2 codes.
//!
//! The names live in `locales/*/countries.ftl` (`country-XX`), not here: the
//! core only knows which codes exist.

use std::fmt;
use std::str::FromStr;

/// Every officially assigned ISO 3166-1 alpha-2 code, sorted.
const CODES: [&str; 249] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// A country a person can live in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 2]);

/// The input is not an assigned ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an ISO 3166-1 alpha-2 country code")]
pub struct UnknownCountry;

impl Country {
    pub const NETHERLANDS: Country = Country(*b"NL");

    pub fn code(&self) -> &str {
        // Only ASCII letters from `CODES` are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    pub fn is_netherlands(&self) -> bool {
        *self == Self::NETHERLANDS
    }

    /// All countries, in code order.
    pub fn all() -> impl Iterator<Item = Country> {
        CODES.iter().map(|c| {
            let b = c.as_bytes();
            Country([b[0], b[1]])
        })
    }
}

impl FromStr for Country {
    type Err = UnknownCountry;

    /// Accepts the code in any case and with surrounding spaces (`" nl"`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let upper = s.trim().to_ascii_uppercase();
        CODES
            .binary_search(&upper.as_str())
            .map(|i| {
                let b = CODES[i].as_bytes();
                Country([b[0], b[1]])
            })
            .map_err(|_| UnknownCountry)
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_and_unique_so_binary_search_works() {
        assert!(CODES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn parses_known_codes_in_any_case() {
        assert_eq!("nl".parse::<Country>(), Ok(Country::NETHERLANDS));
        assert_eq!(
            " ES ".parse::<Country>().map(|c| c.to_string()),
            Ok("ES".into())
        );
    }

    #[test]
    fn rejects_unknown_or_malformed_codes() {
        for bad in ["", "N", "NLD", "XX", "UK", "1A", "Nederland"] {
            assert_eq!(bad.parse::<Country>(), Err(UnknownCountry), "{bad:?}");
        }
    }

    #[test]
    fn every_code_round_trips() {
        for c in Country::all() {
            assert_eq!(c.code().parse::<Country>(), Ok(c));
        }
        assert_eq!(Country::all().count(), 249);
    }
}
