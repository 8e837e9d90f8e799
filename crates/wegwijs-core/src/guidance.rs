//! Life-event guidance: from an event, its date and a person's situation to
//! a personal, dated plan.
//!
//! Events and tasks are data (`content/`, loaded by `wegwijs-content`); this
//! module only holds their shape and the pure rules that turn them into a
//! plan: which tasks apply (and why, or why not), and when each is due.

use jiff::civil::Date;

use crate::calendar::Calendar;
use crate::country::Country;
use crate::deadline::Rule;
use crate::signals::AowDate;

/// An organisation that does or asks something. Ids are the content's.
pub const PROVIDERS: &[&str] = &[
    "gemeente",
    "belastingdienst",
    "toeslagen",
    "svb",
    "uwv",
    "duo",
    "cak",
    "zorgverzekeraar",
    "kvk",
    "rdw",
    "logius",
    "werkgever",
    "rechtbank",
    "uitvaartondernemer",
    "nederland-wereldwijd",
    "donorregister",
    "notaris",
    "pensioenuitvoerder",
    "ciz",
];

/// Kinds of document, shared with the vault.
pub const DOCUMENT_KINDS: &[&str] = &[
    "passport",
    "id-card",
    "driving-licence",
    "residence-permit",
    "birth-certificate",
    "diploma",
    "payslip",
    "tax-assessment",
    "decision-letter",
    "insurance-policy",
    "rental-contract",
    "other",
];

pub const CHANNELS: &[&str] = &["online", "phone", "desk", "post", "automatic"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Employment {
    Employed,
    SelfEmployed,
    Unemployed,
    Retired,
    Student,
    None,
}

impl Employment {
    pub const ALL: [Employment; 6] = [
        Employment::Employed,
        Employment::SelfEmployed,
        Employment::Unemployed,
        Employment::Retired,
        Employment::Student,
        Employment::None,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Employment::Employed => "employed",
            Employment::SelfEmployed => "self-employed",
            Employment::Unemployed => "unemployed",
            Employment::Retired => "retired",
            Employment::Student => "student",
            Employment::None => "none",
        }
    }

    pub fn from_key(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.key() == s)
    }
}

/// What the plan may depend on. Unknown facts are `None`: a task that
/// depends on one is kept, marked as "check whether this applies".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Situation {
    pub birth_date: Date,
    pub residence_country: Option<Country>,
    pub partner: Option<bool>,
    pub children: Option<Vec<Date>>,
    pub employment: Option<Employment>,
    /// When the person reaches the AOW age, from the table (`None`: not
    /// looked up).
    pub aow: Option<AowDate>,
    /// Whether the person has Dutch nationality (not asked yet: `None`).
    pub dutch: Option<bool>,
    /// For a birth: whether the person gave birth to the child themselves
    /// (not asked yet: `None`).
    pub gave_birth: Option<bool>,
}

impl Situation {
    pub fn new(birth_date: Date) -> Self {
        Situation {
            birth_date,
            residence_country: None,
            partner: None,
            children: None,
            employment: None,
            aow: None,
            dutch: None,
            gave_birth: None,
        }
    }

    /// Age in whole years on `on`.
    pub fn age_on(&self, on: Date) -> i16 {
        age_on(self.birth_date, on)
    }
}

/// Age in whole years on `on` (someone born on 29 February turns a year
/// older on 1 March in common years, as Dutch law counts it).
pub fn age_on(birth: Date, on: Date) -> i16 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    LivesInNetherlands(bool),
    Partner(bool),
    Children(bool),
    Employment(Vec<Employment>),
    MinAge(u8),
    MaxAge(u8),
    /// Whether the person is below the AOW age on the event date.
    BelowAowAge(bool),
    DutchNational(bool),
    GaveBirth(bool),
}

/// Whether a condition holds, and the fact that decided it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Holds,
    Fails,
    /// The situation does not say.
    Unknown,
}

impl Condition {
    pub fn check(&self, s: &Situation, event_date: Date) -> Verdict {
        let from = |b: Option<bool>| match b {
            Some(true) => Verdict::Holds,
            Some(false) => Verdict::Fails,
            None => Verdict::Unknown,
        };
        match self {
            Condition::LivesInNetherlands(want) => {
                from(s.residence_country.map(|c| c.is_netherlands() == *want))
            }
            Condition::Partner(want) => from(s.partner.map(|p| p == *want)),
            Condition::Children(want) => from(s.children.as_ref().map(|c| c.is_empty() != *want)),
            Condition::Employment(any) => from(s.employment.map(|e| any.contains(&e))),
            Condition::MinAge(min) => from(Some(s.age_on(event_date) >= i16::from(*min))),
            Condition::MaxAge(max) => from(Some(s.age_on(event_date) <= i16::from(*max))),
            Condition::BelowAowAge(want) => {
                let below = match s.aow {
                    Some(AowDate::Known(d)) => Some(event_date < d),
                    Some(AowDate::Past) => Some(false),
                    // Not fixed yet, but never below 67 for anyone the
                    // table does not cover (born after its last row).
                    Some(AowDate::NotYetFixed) if s.age_on(event_date) < 67 => Some(true),
                    Some(AowDate::NotYetFixed) | None => None,
                };
                from(below.map(|b| b == *want))
            }
            Condition::DutchNational(want) => from(s.dutch.map(|d| d == *want)),
            Condition::GaveBirth(want) => from(s.gave_birth.map(|g| g == *want)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub id: String,
    pub provider: String,
    pub earliest: Option<Rule>,
    pub due: Option<Rule>,
    /// Earlier rules by the last event date they applied to, in date
    /// order: a term the law changed (for an event on or before the date,
    /// that rule instead of `due`).
    pub due_until: Vec<(Date, Rule)>,
    pub atw: bool,
    pub when: Vec<Condition>,
    pub bring: Vec<String>,
    pub channels: Vec<String>,
    pub sources: Vec<String>,
}

impl Task {
    /// The deadline rule for an event on `event`.
    pub fn due_for(&self, event: Date) -> Option<Rule> {
        self.due_until
            .iter()
            .find(|(until, _)| event <= *until)
            .map(|(_, r)| *r)
            .or(self.due)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: String,
    /// When the file was last reviewed against its sources.
    pub reviewed: Option<Date>,
    pub tasks: Vec<Task>,
}

/// One task in a person's plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedTask<'a> {
    pub task: &'a Task,
    pub earliest: Option<Date>,
    pub due: Option<Date>,
    /// The date before any extension by the Algemene termijnenwet.
    pub due_naive: Option<Date>,
    /// Every condition with its verdict: why the task applies, or not.
    pub reasons: Vec<(&'a Condition, Verdict)>,
}

impl PlannedTask<'_> {
    pub fn applies(&self) -> bool {
        self.reasons.iter().all(|(_, v)| *v != Verdict::Fails)
    }

    /// True when some fact was unknown: the person should check.
    pub fn uncertain(&self) -> bool {
        self.reasons.iter().any(|(_, v)| *v == Verdict::Unknown)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan<'a> {
    pub event: &'a Event,
    pub date: Date,
    /// Tasks that apply, by due date (undated last), then content order.
    pub tasks: Vec<PlannedTask<'a>>,
    /// Tasks left out, with the condition that failed.
    pub left_out: Vec<PlannedTask<'a>>,
}

/// The personal plan for `event` on `date`.
pub fn plan<'a>(event: &'a Event, date: Date, who: &Situation, cal: &Calendar) -> Plan<'a> {
    let (mut tasks, left_out): (Vec<_>, Vec<_>) = event
        .tasks
        .iter()
        .map(|task| {
            let due = task
                .due_for(date)
                .and_then(|r| r.resolve(date, task.atw, cal));
            PlannedTask {
                task,
                earliest: task
                    .earliest
                    .and_then(|r| r.resolve(date, false, cal))
                    .map(|r| r.date),
                due: due.map(|r| r.date),
                due_naive: due.map(|r| r.naive),
                reasons: task.when.iter().map(|c| (c, c.check(who, date))).collect(),
            }
        })
        .partition(PlannedTask::applies);
    // Stable: tasks due on the same day keep the content's order.
    tasks.sort_by_key(|t| (t.due.or(t.earliest).is_none(), t.due.or(t.earliest)));
    Plan {
        event,
        date,
        tasks,
        left_out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn task(id: &str, due: Option<&str>, when: Vec<Condition>) -> Task {
        Task {
            id: id.into(),
            provider: "gemeente".into(),
            earliest: None,
            due: due.map(|d| d.parse().unwrap()),
            due_until: vec![],
            atw: true,
            when,
            bring: vec![],
            channels: vec!["desk".into()],
            sources: vec!["https://example.org".into()],
        }
    }

    #[test]
    fn age_counts_whole_years_and_leap_days() {
        assert_eq!(age_on(date(2008, 3, 2), date(2026, 3, 1)), 17);
        assert_eq!(age_on(date(2008, 3, 2), date(2026, 3, 2)), 18);
        assert_eq!(age_on(date(2008, 2, 29), date(2026, 2, 28)), 17);
        assert_eq!(age_on(date(2008, 2, 29), date(2026, 3, 1)), 18);
    }

    #[test]
    fn plan_keeps_what_applies_explains_what_does_not_and_sorts_by_date() {
        let event = Event {
            id: "birth".into(),
            reviewed: None,
            tasks: vec![
                task(
                    "insurance",
                    Some("4 months after"),
                    vec![Condition::LivesInNetherlands(true)],
                ),
                task("register", Some("3 days after"), vec![]),
                task(
                    "leave",
                    Some("4 weeks after"),
                    vec![Condition::Employment(vec![Employment::Employed])],
                ),
                task("child-benefit", None, vec![Condition::Partner(true)]),
            ],
        };
        let mut jan = Situation::new(date(1959, 6, 1));
        jan.residence_country = Some("ES".parse().unwrap());
        jan.employment = Some(Employment::Retired);
        let p = plan(&event, date(2026, 11, 27), &jan, &Calendar::default());
        let ids: Vec<_> = p.tasks.iter().map(|t| t.task.id.as_str()).collect();
        assert_eq!(ids, ["register", "child-benefit"]);
        assert_eq!(p.tasks[0].due, Some(date(2026, 12, 1)));
        assert!(
            p.tasks[1].uncertain(),
            "partner unknown: keep it, ask to check"
        );
        let out: Vec<_> = p.left_out.iter().map(|t| t.task.id.as_str()).collect();
        assert_eq!(out, ["insurance", "leave"]);
        assert_eq!(
            p.left_out[0].reasons,
            vec![(&Condition::LivesInNetherlands(true), Verdict::Fails)]
        );
    }
}
