//! Life-event guidance at the boundary: the catalogue, and personal plans as
//! DTOs whose texts are Fluent message ids.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use specta::Type;
use wegwijs_core::guidance::{self, Condition, Employment, PlannedTask, Situation, Verdict};
use wegwijs_core::{Country, Profile};

use crate::PersonId;
use crate::error::{AppError, FluentArg};

/// A life event in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct EventDto {
    pub id: String,
    /// Message ids: `event-<id>-title`, `-summary`, `-date`.
    pub title_id: String,
    pub summary_id: String,
    pub date_label_id: String,
}

/// One line of "why": a message and its arguments.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReasonDto {
    pub message_id: String,
    pub args: BTreeMap<String, FluentArg>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PlannedTaskDto {
    pub id: String,
    pub title_id: String,
    pub body_id: String,
    pub provider: String,
    /// `YYYY-MM-DD`, or null when the task has no window start.
    pub earliest: Option<String>,
    /// `YYYY-MM-DD`, or null when the task has no deadline.
    pub due: Option<String>,
    /// Set when the Algemene termijnenwet moved the deadline: the date before.
    pub due_before_extension: Option<String>,
    pub why: Vec<ReasonDto>,
    /// Some fact the plan depends on is unknown: the person should check.
    pub uncertain: bool,
    pub bring: Vec<String>,
    /// Documents of the kinds in `bring` that the vault holds.
    pub in_vault: Vec<HeldDocumentDto>,
    pub channels: Vec<String>,
    pub sources: Vec<String>,
    /// Ticked off (kept plans only).
    pub done: bool,
    /// The person's own note (kept plans only).
    pub note: Option<String>,
    /// Not done and the deadline has passed.
    pub overdue: bool,
    /// For someone whose clock is not Dutch time: what the Dutch deadline
    /// means there.
    pub due_abroad: Option<DueAbroadDto>,
    /// For a task at an embassy or consulate, for someone who lives
    /// abroad: the page of the mission for their country (shipped data).
    pub where_to_go: Option<MissionDto>,
}

/// The Dutch embassy or consulate for a country, on nederlandwereldwijd.nl.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct MissionDto {
    /// ISO 3166-1 alpha-2, the person's country of residence.
    pub country: String,
    /// The mission's page, or the list of all missions when the country has
    /// none of its own in the data.
    pub url: String,
    /// The pages of the consulates-general in that country.
    pub consulates: Vec<String>,
}

/// The provider whose tasks happen at an embassy or consulate.
pub(crate) const MISSION_PROVIDER: &str = "nederland-wereldwijd";

pub(crate) fn mission_for(
    missions: &wegwijs_content::Missions,
    residence: Option<wegwijs_core::country::Country>,
) -> Option<MissionDto> {
    let country = residence.filter(|c| !c.is_netherlands())?;
    let mission = missions.for_country(country);
    Some(MissionDto {
        country: country.code().to_string(),
        url: mission
            .map_or(missions.index.as_str(), |m| m.url())
            .to_string(),
        consulates: mission.map(|m| m.consulates.clone()).unwrap_or_default(),
    })
}

/// The last minute of a Dutch deadline on the person's own clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct DueAbroadDto {
    /// `YYYY-MM-DD` there (the next day, east of the Netherlands).
    pub date: String,
    /// `HH:MM` there.
    pub time: String,
    /// The place the zone is named after ("New York").
    pub place: String,
    /// The IANA zone ("America/New_York").
    pub zone: String,
}

/// The person's clock, for deadlines: an IANA zone that is not Dutch time.
#[derive(Debug, Clone)]
pub(crate) struct Clockface {
    pub(crate) name: String,
    pub(crate) zone: jiff::tz::TimeZone,
}

impl Clockface {
    pub(crate) fn due_abroad(&self, due: Date) -> Option<DueAbroadDto> {
        let end = wegwijs_core::abroad::last_minute_in(due, &self.zone)?;
        Some(DueAbroadDto {
            date: end.date().to_string(),
            time: format!("{:02}:{:02}", end.hour(), end.minute()),
            place: wegwijs_core::abroad::place_of(&self.name),
            zone: self.name.clone(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PlanDto {
    /// Set when the person keeps this plan.
    pub kept_id: Option<u32>,
    pub event: String,
    pub date: String,
    pub tasks: Vec<PlannedTaskDto>,
    /// Tasks that do not apply to this person, with the reason.
    pub left_out: Vec<PlannedTaskDto>,
}

/// The situation a plan is made for, as in a profile file:
/// `{"birth_date", "residence_country", "municipality", "partner",
/// "children": [{"birth_date"}], "employment"}`; all but `birth_date` optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(deny_unknown_fields)]
pub struct SituationInput {
    pub birth_date: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub residence_country: Option<String>,
    #[serde(default)]
    pub municipality: Option<String>,
    #[serde(default)]
    pub partner: Option<bool>,
    #[serde(default)]
    pub children: Option<Vec<ChildInput>>,
    #[serde(default)]
    pub employment: Option<String>,
    /// Read so that `profile show` output is a profile file; guidance does
    /// not use it.
    #[serde(default)]
    pub bsn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(deny_unknown_fields)]
pub struct ChildInput {
    pub birth_date: String,
}

pub(crate) fn parse_date(field: &str, s: &str) -> Result<Date, AppError> {
    wegwijs_core::parse_iso_date(s)
        .ok_or_else(|| AppError::invalid_field(field, "error-date-invalid", [("value", s)]))
}

impl SituationInput {
    pub(crate) fn to_situation(&self) -> Result<Situation, AppError> {
        let mut s = Situation::new(parse_date("birth_date", &self.birth_date)?);
        s.residence_country = match &self.residence_country {
            Some(c) => Some(c.parse::<Country>().map_err(|_| {
                AppError::invalid_field(
                    "residence_country",
                    "error-country-unknown",
                    [("value", c.as_str())],
                )
            })?),
            None => None,
        };
        s.partner = self.partner;
        s.children = match &self.children {
            Some(cs) => Some(
                cs.iter()
                    .map(|c| parse_date("children", &c.birth_date))
                    .collect::<Result<_, _>>()?,
            ),
            None => None,
        };
        s.employment = match &self.employment {
            Some(e) => Some(Employment::from_key(e).ok_or_else(|| {
                AppError::invalid_field(
                    "employment",
                    "error-employment-unknown",
                    [("value", e.as_str())],
                )
            })?),
            None => None,
        };
        Ok(s)
    }
}

/// The owner's situation: their profile, and the birth dates of their
/// children in the household (the owner always states them: none is "no
/// children").
pub(crate) fn situation_from_profile(p: &Profile, children: &[Date]) -> Situation {
    let mut s = Situation::new(p.birth_date);
    s.residence_country = Some(p.residence_country);
    s.partner = p.partner;
    s.employment = p.employment;
    s.children = Some(children.to_vec());
    s
}

pub(crate) fn event_dto(e: &guidance::Event) -> EventDto {
    EventDto {
        id: e.id.clone(),
        title_id: format!("event-{}-title", e.id),
        summary_id: format!("event-{}-summary", e.id),
        date_label_id: format!("event-{}-date", e.id),
    }
}

fn reason(c: &Condition, v: Verdict) -> ReasonDto {
    let mut args = BTreeMap::new();
    let fact = match c {
        Condition::LivesInNetherlands(true) => "residence-nl".to_string(),
        Condition::LivesInNetherlands(false) => "residence-abroad".to_string(),
        Condition::Partner(b) => format!("partner-{}", if *b { "yes" } else { "no" }),
        Condition::Children(b) => format!("children-{}", if *b { "yes" } else { "no" }),
        Condition::Employment(list) => {
            let keys: Vec<&str> = list.iter().map(|e| e.key()).collect();
            args.insert("employment".into(), FluentArg::Text(keys.join(", ")));
            "employment".to_string()
        }
        Condition::MinAge(n) => {
            args.insert("age".into(), FluentArg::Number(f64::from(*n)));
            "min-age".to_string()
        }
        Condition::MaxAge(n) => {
            args.insert("age".into(), FluentArg::Number(f64::from(*n)));
            "max-age".to_string()
        }
        Condition::BelowAowAge(b) => format!("below-aow-age-{}", if *b { "yes" } else { "no" }),
        Condition::DutchNational(b) => format!("dutch-{}", if *b { "yes" } else { "no" }),
        Condition::GaveBirth(b) => format!("gave-birth-{}", if *b { "yes" } else { "no" }),
    };
    let prefix = match v {
        Verdict::Holds => "why",
        Verdict::Fails => "why-not",
        Verdict::Unknown => "why-check",
    };
    ReasonDto {
        message_id: format!("{prefix}-{fact}"),
        args,
    }
}

/// A plan the person keeps, for lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct KeptPlanDto {
    pub id: u32,
    pub event: String,
    pub title_id: String,
    pub date: String,
    /// Tasks not ticked off yet.
    pub open: u32,
    /// Open tasks whose deadline has passed.
    pub overdue: u32,
}

pub(crate) fn task_dto(
    event: &str,
    t: &PlannedTask<'_>,
    state: Option<&wegwijs_store::TaskState>,
    today: Date,
    clock: Option<&Clockface>,
    mission: Option<&MissionDto>,
) -> PlannedTaskDto {
    let done = state.is_some_and(|s| s.done);
    let mut why: Vec<ReasonDto> = t.reasons.iter().map(|(c, v)| reason(c, *v)).collect();
    if why.is_empty() {
        why.push(ReasonDto {
            message_id: "why-everyone".into(),
            args: BTreeMap::new(),
        });
    }
    if t.due != t.due_naive {
        let mut args = BTreeMap::new();
        if let Some(d) = t.due_naive {
            args.insert("date".into(), FluentArg::Text(d.to_string()));
        }
        why.push(ReasonDto {
            message_id: "why-atw-extended".into(),
            args,
        });
    }
    PlannedTaskDto {
        id: t.task.id.clone(),
        title_id: format!("task-{event}-{}-title", t.task.id),
        body_id: format!("task-{event}-{}-body", t.task.id),
        provider: t.task.provider.clone(),
        earliest: t.earliest.map(|d| d.to_string()),
        due: t.due.map(|d| d.to_string()),
        due_before_extension: (t.due != t.due_naive)
            .then(|| t.due_naive.map(|d| d.to_string()))
            .flatten(),
        why,
        uncertain: t.uncertain(),
        bring: t.task.bring.clone(),
        in_vault: Vec::new(),
        channels: t.task.channels.clone(),
        sources: t.task.sources.clone(),
        done,
        note: state.and_then(|s| s.note.clone()),
        overdue: !done && t.due.is_some_and(|d| d < today),
        due_abroad: t.due.zip(clock).and_then(|(d, c)| c.due_abroad(d)),
        where_to_go: mission
            .filter(|_| t.task.provider == MISSION_PROVIDER)
            .cloned(),
    }
}

/// Every message id a reason can name, for the locale tests.
pub fn all_reason_message_ids() -> Vec<String> {
    let facts = [
        "residence-nl",
        "residence-abroad",
        "partner-yes",
        "partner-no",
        "children-yes",
        "children-no",
        "employment",
        "min-age",
        "max-age",
    ];
    let mut ids: Vec<String> = ["why", "why-not", "why-check"]
        .iter()
        .flat_map(|p| facts.iter().map(move |f| format!("{p}-{f}")))
        .collect();
    ids.push("why-everyone".into());
    ids.push("why-atw-extended".into());
    ids
}

/// Something coming up, to act on before it happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct SignalDto {
    /// The life event to plan for (a catalogue id).
    pub event: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The household person it is about; `null`: the device owner (or,
    /// for a situation from a file, a child of it that has no id).
    pub subject: Option<PersonId>,
    /// `signal-<event>-me`; `signal-<event>-named-child` for the owner's
    /// child (name in `about`), `signal-<event>-child` for a child of a
    /// situation file; acting for someone (name in `about`)
    /// `signal-<event>-other`; for a document, `signal-document-expires` or
    /// `signal-document-expired`.
    pub title_id: String,
    /// Set when the signal is about a document in the vault (its expiry);
    /// `event` is then `document-expiry` and `date` the expiry date.
    pub document: Option<SignalDocumentDto>,
    /// Set when the signal is about a request to a provider: the last day
    /// to object to its decision (`event` is then `objection`), or a step
    /// the provider announces (`case-status`, `date` the step's day).
    pub case: Option<SignalCaseDto>,
    /// The name of the person it is about, when that is someone in the
    /// household (the message's `name`).
    pub about: Option<String>,
    /// For the owner's authority that ends at 18: a mandate for afterwards
    /// that can be recorded (none once one is).
    pub mandate_offer: Option<MandateOfferDto>,
    /// Set for announcements near the address: how many are unread
    /// (`announcements-new`, dated on the last check), or the one whose
    /// last day to respond comes (`announcement-respond`).
    pub announcement: Option<SignalAnnouncementDto>,
}

/// The announcements a signal is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct SignalAnnouncementDto {
    /// Unread ones (the message's `count`); 1 for a last day to respond.
    pub count: u32,
    /// The one with a last day to respond.
    pub id: Option<String>,
    pub title: Option<String>,
}

/// A mandate the young person could give once authority over them ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct MandateOfferDto {
    /// The household person it would come from.
    pub person: u32,
    /// `YYYY-MM-DD`: the 18th birthday, when it would start.
    pub from: String,
}

/// The request a signal is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct SignalCaseDto {
    pub id: u32,
    pub title: String,
    /// For a step the provider tells citizens about: the step, in words
    /// (the message's `status`).
    pub status: Option<String>,
}

/// The document a signal warns about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct SignalDocumentDto {
    pub id: String,
    pub title: String,
    pub kind: String,
}

/// A document of the vault that a task asks to bring, and whether it is
/// still valid on the task's due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct HeldDocumentDto {
    pub id: String,
    pub title: String,
    pub kind: String,
    /// The person it belongs to; `null`: the device owner.
    pub owner: Option<PersonId>,
    pub expires: Option<String>,
    /// False when it expires before the task is due (or before today, for a
    /// task without a due date).
    pub valid: bool,
}

/// A child of the owner's household, as guidance counts them: the n-th of
/// `Situation::children` is `children[n]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HouseholdChild {
    pub id: PersonId,
    pub name: String,
}

/// A signal as shells show it. `children` names the situation's children
/// (empty for a situation from a file, whose children have no identity).
pub(crate) fn signal_dto(
    s: &wegwijs_core::signals::Signal,
    children: &[HouseholdChild],
) -> SignalDto {
    use wegwijs_core::signals::Subject;
    let (subject, who, about) = match s.subject {
        Subject::Me => (None, "me", None),
        Subject::Child(i) => match children.get(i) {
            Some(c) => (Some(c.id), "named-child", Some(c.name.clone())),
            None => (None, "child", None),
        },
    };
    SignalDto {
        event: s.event.to_string(),
        date: s.date.to_string(),
        subject,
        title_id: format!("signal-{}-{who}", s.event),
        document: None,
        case: None,
        about,
        mandate_offer: None,
        announcement: None,
    }
}

/// Every message id a signal can name, for the locale tests.
pub fn all_signal_message_ids() -> Vec<String> {
    [
        "signal-turning-18-me",
        "signal-turning-18-child",
        "signal-turning-18-named-child",
        "signal-retirement-me",
        "signal-turning-18-other",
        "signal-retirement-other",
        "signal-document-expires",
        "signal-document-expired",
        "signal-authority-ends",
        "signal-objection-due",
    ]
    .map(String::from)
    .to_vec()
}
