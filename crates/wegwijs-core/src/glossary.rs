//! Official Dutch words that government letters use. In every language the
//! glossary shows the word as the letter has it beside a translation and a
//! plain explanation (`glossary-<id>`, `glossary-<id>-explanation`), so a
//! person can match what Wegwijs says to the paper on the table.

/// The terms, in the order the glossary shows them: from the number that
/// identifies you, through money and decisions, to the people a court names.
pub const TERMS: &[&str] = &[
    "bsn",
    "digid",
    "machtiging",
    "brp",
    "geboorteakte",
    "beschikking",
    "bezwaar",
    "ingebrekestelling",
    "zaaknummer",
    "zorgtoeslag",
    "huurtoeslag",
    "kinderbijslag",
    "kindgebonden-budget",
    "kinderopvangtoeslag",
    "toeslagpartner",
    "aow",
    "ww",
    "bijstand",
    "wmo",
    "wlz",
    "levensbewijs",
    "erfbelasting",
    "verklaring-van-erfrecht",
    "curator",
    "bewindvoerder",
    "mentor",
    "ouderlijk-gezag",
];
