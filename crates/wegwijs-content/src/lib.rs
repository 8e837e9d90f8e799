//! The life-event catalogue: `content/` read into `wegwijs-core`'s types.
//!
//! The files are embedded at build time. Every problem is reported with the
//! file, the line and the entry, in the form editors and CI logs link to
//! (`content/events/birth.toml:12: task `register`: ...`). A file with
//! problems is left out of the catalogue; the others still load, so one bad
//! file never takes the app down.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::ops::Range;

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;
use wegwijs_core::calendar::{Calendar, DecreeDays};
use wegwijs_core::deadline::Rule;
use wegwijs_core::guidance::{
    CHANNELS, Condition, DOCUMENT_KINDS, Employment, Event, PROVIDERS, Task,
};
use wegwijs_core::signals::{AowRow, AowTable};

include!(concat!(env!("OUT_DIR"), "/content_files.rs"));

mod missions;
pub use missions::{Mission, Missions, parse_missions};

/// One thing wrong with a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    /// The task (or other entry) it is about, when there is one.
    pub entry: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file, self.line)?;
        if let Some(e) = &self.entry {
            write!(f, "{e}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// A decree of Atw art. 3(3) as the data states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decree {
    pub title: String,
    pub source: String,
    pub years: (i16, i16),
    pub days: Vec<Date>,
}

/// Every event that loaded, the legal calendar, and every problem found.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub events: Vec<Event>,
    pub decrees: Vec<Decree>,
    pub calendar: Calendar,
    pub aow: AowTable,
    pub contacts: Vec<Contact>,
    pub missions: Missions,
    pub problems: Vec<Problem>,
}

impl Catalogue {
    /// The catalogue embedded in this binary.
    pub fn embedded() -> Self {
        let mut cat = Self::from_sources(EVENT_FILES, DECREE_FILE);
        match parse_aow(AOW_FILE.0, AOW_FILE.1) {
            Ok(t) => cat.aow = t,
            Err(p) => cat.problems.extend(p),
        }
        match parse_contacts(PROVIDERS_FILE.0, PROVIDERS_FILE.1) {
            Ok(c) => cat.contacts = c,
            Err(p) => cat.problems.extend(p),
        }
        match parse_missions(MISSIONS_FILE.0, MISSIONS_FILE.1) {
            Ok(m) => cat.missions = m,
            Err(p) => cat.problems.extend(p),
        }
        cat
    }

    pub fn from_sources(events: &[(&str, &str)], decree: (&str, &str)) -> Self {
        let mut problems = Vec::new();
        let mut loaded = Vec::new();
        let mut seen = HashSet::new();
        for (file, src) in events {
            match parse_event(file, src) {
                Ok(e) if !seen.insert(e.id.clone()) => problems.push(Problem {
                    file: file.to_string(),
                    line: 1,
                    entry: None,
                    message: format!("event `{}` is defined twice", e.id),
                }),
                Ok(e) => loaded.push(e),
                Err(p) => problems.extend(p),
            }
        }
        let decrees = match parse_decrees(decree.0, decree.1) {
            Ok(d) => d,
            Err(p) => {
                problems.extend(p);
                Vec::new()
            }
        };
        let calendar = Calendar::new(DecreeDays::new(
            decrees.iter().flat_map(|d| d.days.iter().copied()),
        ));
        Catalogue {
            events: loaded,
            decrees,
            calendar,
            aow: AowTable::default(),
            contacts: Vec::new(),
            missions: Missions::default(),
            problems,
        }
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The last year for which the royal-decree days are known.
    pub fn calendar_known_until(&self) -> Option<i16> {
        self.decrees.iter().map(|d| d.years.1).max()
    }
}

fn line_of(src: &str, span: &Range<usize>) -> usize {
    src[..span.start.min(src.len())].matches('\n').count() + 1
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: Spanned<String>,
    /// When the file was last checked against its sources.
    reviewed: Option<Spanned<toml::value::Datetime>>,
    #[serde(default)]
    task: Vec<Spanned<RawTask>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTask {
    id: Spanned<String>,
    provider: Spanned<String>,
    due: Option<Spanned<String>>,
    /// `{ 2025-12-31 = "8 months after" }`: the rule for events on or
    /// before a date, where the law changed the term.
    #[serde(default, rename = "due-until")]
    due_until: Option<Spanned<BTreeMap<String, Spanned<String>>>>,
    earliest: Option<Spanned<String>>,
    #[serde(default)]
    atw: bool,
    #[serde(default)]
    when: Option<Spanned<BTreeMap<String, Spanned<toml::Value>>>>,
    #[serde(default)]
    bring: Vec<Spanned<String>>,
    #[serde(default)]
    channels: Vec<Spanned<String>>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    /// Why the task has no government source (checked by
    /// `tests/sources.rs`).
    #[serde(default, rename = "non-government")]
    non_government: Option<Spanned<String>>,
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Parses TOML into `T`, turning a syntax or shape error into a problem at
/// its line.
fn from_toml<T: serde::de::DeserializeOwned>(file: &str, src: &str) -> Result<T, Vec<Problem>> {
    toml::from_str(src).map_err(|e| {
        vec![Problem {
            file: file.into(),
            line: e.span().map_or(1, |s| line_of(src, &s)),
            entry: None,
            message: e.message().trim().to_string(),
        }]
    })
}

/// Reads one event file; every problem is reported, not just the first.
/// Entry points for the fuzzers (`fuzz/`) and their regression tests:
/// untrusted bytes in, never a panic out.
#[doc(hidden)]
pub mod fuzzing {
    /// An event file, a decree list and an AOW table as the loader reads them.
    pub fn content_toml(data: &[u8]) {
        let text = String::from_utf8_lossy(data);
        let _ = super::parse_event("fuzz.toml", &text);
        let _ = super::parse_decrees("fuzz.toml", &text);
        let _ = super::parse_aow("fuzz.toml", &text);
    }
}

pub fn parse_event(file: &str, src: &str) -> Result<Event, Vec<Problem>> {
    let raw: RawEvent = from_toml(file, src)?;
    let mut problems = Vec::new();
    let mut problem = |span: &Range<usize>, entry: Option<&str>, message: String| {
        problems.push(Problem {
            file: file.into(),
            line: line_of(src, span),
            entry: entry.map(|e| format!("task `{e}`")),
            message,
        })
    };

    let stem = file
        .rsplit('/')
        .next()
        .and_then(|n| n.strip_suffix(".toml"))
        .unwrap_or(file);
    if raw.id.get_ref() != stem {
        problem(
            &raw.id.span(),
            None,
            format!(
                "event id `{}` must match the file name `{stem}`",
                raw.id.get_ref()
            ),
        );
    }
    let reviewed = match &raw.reviewed {
        None => {
            problem(
                &raw.id.span(),
                None,
                "an event file needs `reviewed = YYYY-MM-DD`: the day its facts were last checked against its sources".into(),
            );
            None
        }
        Some(r) => {
            let d = r.get_ref();
            let date = match (d.date, d.time, d.offset) {
                (Some(day), None, None) => Date::new(
                    i16::try_from(day.year).unwrap_or(i16::MAX),
                    i8::try_from(day.month).unwrap_or(0),
                    i8::try_from(day.day).unwrap_or(0),
                )
                .ok(),
                _ => None,
            };
            if date.is_none() {
                problem(
                    &r.span(),
                    None,
                    "`reviewed` must be a date (YYYY-MM-DD)".into(),
                );
            }
            date
        }
    };
    if raw.task.is_empty() {
        problem(
            &raw.id.span(),
            None,
            "an event needs at least one [[task]]".into(),
        );
    }

    let mut tasks = Vec::new();
    let mut ids = HashSet::new();
    for t in &raw.task {
        let span = t.span();
        let t = t.get_ref();
        let id = t.id.get_ref().as_str();
        let entry = Some(id);
        if !is_id(id) {
            problem(
                &t.id.span(),
                entry,
                "a task id is lower-case letters, digits and dashes".into(),
            );
        }
        if !ids.insert(id) {
            problem(
                &t.id.span(),
                entry,
                "this task id is used twice in the event".into(),
            );
        }
        if !PROVIDERS.contains(&t.provider.get_ref().as_str()) {
            problem(
                &t.provider.span(),
                entry,
                format!(
                    "unknown provider `{}`; known: {}",
                    t.provider.get_ref(),
                    PROVIDERS.join(", ")
                ),
            );
        }
        let mut rule = |r: &Option<Spanned<String>>, what: &str| -> Option<Rule> {
            let r = r.as_ref()?;
            match r.get_ref().parse::<Rule>() {
                Ok(rule) => Some(rule),
                Err(e) => {
                    problem(&r.span(), entry, format!("{what}: {e}"));
                    None
                }
            }
        };
        let due = rule(&t.due, "due");
        let earliest = rule(&t.earliest, "earliest");
        let mut due_until = Vec::new();
        let mut bad_dates = Vec::new();
        if let Some(until) = &t.due_until {
            for (day, r) in until.get_ref() {
                match wegwijs_core::parse_iso_date(day) {
                    Some(d) => {
                        if let Some(rule) = rule(&Some(r.clone()), "due-until") {
                            due_until.push((d, rule, r.span()));
                        }
                    }
                    None => bad_dates.push((r.span(), day.clone())),
                }
            }
            if t.due.is_none() {
                problem(
                    &until.span(),
                    entry,
                    "`due-until` gives earlier rules for a `due`, which this task lacks".into(),
                );
            }
        }
        for (sp, day) in bad_dates {
            problem(
                &sp,
                entry,
                format!("due-until: `{day}` is not a date (YYYY-MM-DD)"),
            );
        }
        due_until.sort_by_key(|(day, _, _)| *day);
        if t.atw {
            let rules = due
                .iter()
                .map(|r| (*r, t.due.as_ref().map_or(span.clone(), Spanned::span)))
                .chain(due_until.iter().map(|(_, r, sp)| (*r, sp.clone())));
            for (r, sp) in rules {
                if let Some(why) = r.atw_excluded() {
                    problem(&sp, entry, format!("`atw = true` cannot hold: {why}"));
                }
            }
            if due.is_none() {
                problem(
                    &span,
                    entry,
                    "`atw = true` without a `due` term: there is nothing to extend".into(),
                );
            }
        }
        for b in &t.bring {
            if !DOCUMENT_KINDS.contains(&b.get_ref().as_str()) {
                problem(
                    &b.span(),
                    entry,
                    format!(
                        "unknown document kind `{}`; known: {}",
                        b.get_ref(),
                        DOCUMENT_KINDS.join(", ")
                    ),
                );
            }
        }
        if t.channels.is_empty() {
            problem(
                &span,
                entry,
                format!(
                    "a task needs `channels` (one or more of {})",
                    CHANNELS.join(", ")
                ),
            );
        }
        for c in &t.channels {
            if !CHANNELS.contains(&c.get_ref().as_str()) {
                problem(
                    &c.span(),
                    entry,
                    format!(
                        "unknown channel `{}`; known: {}",
                        c.get_ref(),
                        CHANNELS.join(", ")
                    ),
                );
            }
        }
        if let Some(why) = &t.non_government
            && why.get_ref().trim().is_empty()
        {
            problem(
                &why.span(),
                entry,
                "`non-government` says why no government page is a source; it is empty".into(),
            );
        }
        if t.sources.is_empty() {
            problem(
                &span,
                entry,
                "a task needs at least one source URL (`sources`)".into(),
            );
        }
        for s in &t.sources {
            let url = s.get_ref();
            let host_ok = url
                .strip_prefix("https://")
                .and_then(|rest| rest.split('/').next())
                .is_some_and(|h| h.contains('.') && !h.contains(' '));
            if !host_ok || url.contains(char::is_whitespace) {
                problem(
                    &s.span(),
                    entry,
                    format!("source `{url}` is not an https:// URL"),
                );
            }
        }
        let mut when = Vec::new();
        if let Some(w) = &t.when {
            for (key, value) in w.get_ref() {
                match condition(key, value.get_ref()) {
                    Ok(c) => when.push(c),
                    Err(msg) => problem(&value.span(), entry, msg),
                }
            }
        }
        tasks.push(Task {
            id: id.to_string(),
            provider: t.provider.get_ref().clone(),
            earliest,
            due,
            due_until: due_until.into_iter().map(|(d, r, _)| (d, r)).collect(),
            atw: t.atw,
            when,
            bring: t.bring.iter().map(|b| b.get_ref().clone()).collect(),
            channels: t.channels.iter().map(|c| c.get_ref().clone()).collect(),
            sources: t.sources.iter().map(|s| s.get_ref().clone()).collect(),
        });
    }
    if problems.is_empty() {
        Ok(Event {
            id: raw.id.into_inner(),
            reviewed,
            tasks,
        })
    } else {
        Err(problems)
    }
}

/// The facts a condition may name: see `content/README.md`.
pub const CONDITION_KEYS: &[&str] = &[
    "residence",
    "partner",
    "children",
    "employment",
    "min-age",
    "max-age",
    "below-aow-age",
    "dutch",
    "gave-birth",
];

fn condition(key: &str, v: &toml::Value) -> Result<Condition, String> {
    let age = |v: &toml::Value| {
        v.as_integer()
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| format!("`{key}` must be a whole number of years"))
    };
    let flag = |make: fn(bool) -> Condition| {
        v.as_bool()
            .map(make)
            .ok_or_else(|| format!("`{key}` must be true or false"))
    };
    match key {
        "residence" => match v.as_str() {
            Some("nl") => Ok(Condition::LivesInNetherlands(true)),
            Some("abroad") => Ok(Condition::LivesInNetherlands(false)),
            _ => Err("`residence` must be \"nl\" or \"abroad\"".into()),
        },
        "partner" => flag(Condition::Partner),
        "children" => flag(Condition::Children),
        "employment" => {
            let keys = Employment::ALL.map(Employment::key).join(", ");
            let list = v
                .as_array()
                .ok_or_else(|| format!("`employment` must be a list of: {keys}"))?;
            let mut out = Vec::new();
            for e in list {
                let s = e.as_str().unwrap_or_default();
                out.push(
                    Employment::from_key(s)
                        .ok_or_else(|| format!("unknown employment `{s}`; known: {keys}"))?,
                );
            }
            Ok(Condition::Employment(out))
        }
        "min-age" => age(v).map(Condition::MinAge),
        "max-age" => age(v).map(Condition::MaxAge),
        "below-aow-age" => flag(Condition::BelowAowAge),
        "dutch" => flag(Condition::DutchNational),
        "gave-birth" => flag(Condition::GaveBirth),
        _ => Err(format!(
            "a condition on an unknown fact `{key}`; known: {}",
            CONDITION_KEYS.join(", ")
        )),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDecrees {
    decree: Vec<Spanned<RawDecree>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDecree {
    title: String,
    source: String,
    years: [i16; 2],
    days: Vec<Spanned<toml::value::Datetime>>,
}

/// Reads `content/atw-decree-days.toml`.
pub fn parse_decrees(file: &str, src: &str) -> Result<Vec<Decree>, Vec<Problem>> {
    let raw: RawDecrees = from_toml(file, src)?;
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for d in raw.decree {
        let span = d.span();
        let d = d.into_inner();
        let mut days = Vec::new();
        for day in &d.days {
            match day.get_ref().to_string().parse::<Date>() {
                Ok(date) if (d.years[0]..=d.years[1]).contains(&date.year()) => days.push(date),
                _ => problems.push(Problem {
                    file: file.into(),
                    line: line_of(src, &day.span()),
                    entry: Some(d.title.clone()),
                    message: format!(
                        "`{}` is not a date within the decree's years",
                        day.get_ref()
                    ),
                }),
            }
        }
        if !d.source.starts_with("https://") {
            problems.push(Problem {
                file: file.into(),
                line: line_of(src, &span),
                entry: Some(d.title.clone()),
                message: "a decree needs an https:// source".into(),
            });
        }
        out.push(Decree {
            title: d.title,
            source: d.source,
            years: (d.years[0], d.years[1]),
            days,
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAow {
    source: String,
    row: Vec<Spanned<RawAowRow>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAowRow {
    born_after: toml::value::Datetime,
    born_before: toml::value::Datetime,
    years: u8,
    months: u8,
}

/// Reads `content/aow-age.toml`.
pub fn parse_aow(file: &str, src: &str) -> Result<AowTable, Vec<Problem>> {
    let problem = |line, message: String| Problem {
        file: file.into(),
        line,
        entry: None,
        message,
    };
    let raw: RawAow = from_toml(file, src)?;
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for r in &raw.row {
        let line = line_of(src, &r.span());
        let r = r.get_ref();
        let dates = (
            r.born_after.to_string().parse::<Date>(),
            r.born_before.to_string().parse::<Date>(),
        );
        match dates {
            (Ok(after), Ok(before)) if after < before && r.months < 12 => rows.push(AowRow {
                born_after: after,
                born_before: before,
                years: r.years,
                months: r.months,
            }),
            _ => problems.push(problem(
                line,
                "a row needs two dates, born_after before born_before, and months below 12".into(),
            )),
        }
    }
    if !raw.source.starts_with("https://") {
        problems.push(problem(1, "the table needs an https:// source".into()));
    }
    if problems.is_empty() {
        Ok(AowTable {
            rows,
            source: raw.source,
        })
    } else {
        Err(problems)
    }
}

/// How to reach a provider, for the printed checklist: its website always,
/// a phone number only where a government page states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub provider: String,
    /// A host name to type, such as `www.svb.nl`.
    pub site: String,
    pub phone: Option<String>,
    /// The number to call from outside the Netherlands.
    pub abroad: Option<String>,
    pub source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContacts {
    provider: Vec<Spanned<RawContact>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    id: String,
    site: String,
    phone: Option<String>,
    abroad: Option<String>,
    source: Option<String>,
}

/// The contacts embedded in this binary, or none if the file is wrong
/// (which `Catalogue::embedded().problems` reports, and a test refuses).
pub fn embedded_contacts() -> Vec<Contact> {
    parse_contacts(PROVIDERS_FILE.0, PROVIDERS_FILE.1).unwrap_or_default()
}

fn is_phone_number(s: &str) -> bool {
    let rest = s.strip_prefix('+').unwrap_or(s);
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    (4..=15).contains(&digits) && rest.chars().all(|c| c.is_ascii_digit() || c == ' ')
}

/// Reads `content/providers.toml`.
pub fn parse_contacts(file: &str, src: &str) -> Result<Vec<Contact>, Vec<Problem>> {
    let raw: RawContacts = from_toml(file, src)?;
    let mut problems = Vec::new();
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for c in &raw.provider {
        let line = line_of(src, &c.span());
        let c = c.get_ref();
        let mut problem = |message: String| {
            problems.push(Problem {
                file: file.into(),
                line,
                entry: Some(c.id.clone()),
                message,
            })
        };
        if !PROVIDERS.contains(&c.id.as_str()) {
            problem(format!("unknown provider; known: {}", PROVIDERS.join(", ")));
        }
        if !seen.insert(c.id.clone()) {
            problem("this provider is listed twice".into());
        }
        if c.site.contains("://") || c.site.contains(' ') || !c.site.contains('.') {
            problem("`site` is a host name to type, such as www.svb.nl".into());
        }
        for n in [&c.phone, &c.abroad].into_iter().flatten() {
            if !is_phone_number(n) {
                problem(format!(
                    "`{n}` is not a phone number (digits and spaces, + in front for abroad)"
                ));
            }
        }
        if c.abroad.as_ref().is_some_and(|a| !a.starts_with('+')) {
            problem("`abroad` starts with + and the country code".into());
        }
        let has_number = c.phone.is_some() || c.abroad.is_some();
        match &c.source {
            Some(s) if !s.starts_with("https://") => problem("`source` is an https:// page".into()),
            None if has_number => {
                problem("a phone number needs the `source` page that states it".into())
            }
            _ => {}
        }
        out.push(Contact {
            provider: c.id.clone(),
            site: c.site.clone(),
            phone: c.phone.clone(),
            abroad: c.abroad.clone(),
            source: c.source.clone(),
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}
