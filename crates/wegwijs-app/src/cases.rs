//! Requests a person made to a provider, as the shells see them: entered
//! by hand (most providers offer no API yet), each with what happened to
//! it, the last day for the provider to decide and, once it has, the last
//! day to object (`wegwijs_core::cases`).

use std::collections::HashMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use specta::Type;
use wegwijs_core::cases::{DEFAULT_DECISION_WEEKS, decision_due, objection_due, standing};
use wegwijs_store::{CaseRow, CaseSourceRow, CaseStepRow, NewCase};

use crate::case_sources::Remote;

use crate::vault::Whose;
use crate::{AppError, ErrorCode, Wegwijs};

pub const MAX_CASE_TEXT_CHARS: usize = 200;
pub const MAX_CASE_NOTE_CHARS: usize = 1000;
/// The longest decision term accepted: two years.
pub const MAX_DECISION_WEEKS: u16 = 104;

/// A case as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct CaseDto {
    pub id: u32,
    /// The source it was synced from; `null` for a case added by hand.
    pub source: Option<String>,
    pub provider: String,
    pub reference: Option<String>,
    pub title: String,
    /// `YYYY-MM-DD`: when the provider received the request.
    pub submitted: String,
    /// The latest step, in words.
    pub status: Option<String>,
    pub status_date: Option<String>,
    /// Decided (by hand) or ended (at the provider).
    pub closed: bool,
    pub result: Option<String>,
    /// The last day for the provider to decide, while it has not.
    pub decision_due: Option<String>,
    /// Whether `decision_due` moved past a weekend or holiday (Atw).
    pub decision_due_extended: bool,
    /// The last day to decide has passed without a decision (then one
    /// can give the provider notice of default, Awb 4:17).
    pub decision_overdue: bool,
    pub decided_on: Option<String>,
    /// The last day to object, once there is a decision.
    pub objection_due: Option<String>,
    pub objection_due_extended: bool,
    pub steps: Vec<CaseStepDto>,
    /// The decision letter in the vault, when the person linked one.
    pub letter: Option<CaseLetterDto>,
}

/// A document linked to a case: enough to name it and open it through
/// the vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct CaseLetterDto {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct CaseStepDto {
    pub status: String,
    pub date: Option<String>,
    pub done: bool,
    pub note: String,
}

/// A case as typed by the person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct NewCaseInput {
    pub provider: String,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub submitted: String,
    #[serde(default)]
    pub reference: Option<String>,
    /// The decision term set by the law for this request; the Awb's 8
    /// weeks when none.
    #[serde(default)]
    pub decision_weeks: Option<u16>,
}

/// Something that happened to a case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CaseStepInput {
    pub status: String,
    /// `YYYY-MM-DD`, default today.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

fn id32(id: i64) -> u32 {
    u32::try_from(id).unwrap_or(u32::MAX)
}

fn unknown(id: u32) -> AppError {
    AppError::with_code(ErrorCode::NotFound, "error-case-unknown").arg("id", id.to_string())
}

/// A required text of at most `max` characters, trimmed.
fn text(field: &str, v: &str, max: usize) -> Result<String, AppError> {
    let v = v.trim();
    if v.is_empty() {
        return Err(AppError::invalid_field(field, "error-field-missing", []));
    }
    if v.chars().count() > max || v.chars().any(char::is_control) {
        let max = max.to_string();
        return Err(AppError::invalid_field(
            field,
            "error-text-too-long",
            [("max", max.as_str())],
        ));
    }
    Ok(v.to_string())
}

impl Wegwijs {
    fn case_date(&self, field: &str, v: &str) -> Result<Date, AppError> {
        let d = wegwijs_core::parse_iso_date(v.trim())
            .ok_or_else(|| AppError::invalid_field(field, "error-date-not-real", [("value", v)]))?;
        if d > self.today() {
            return Err(AppError::invalid_field(field, "error-date-in-future", []));
        }
        Ok(d)
    }

    /// The titles of `whose` documents by id: a case names only a letter
    /// of its own person (a document moved to someone else since is not
    /// shown).
    async fn letter_titles(&self, whose: Whose) -> Result<HashMap<String, String>, AppError> {
        Ok(self
            .vault_list_of(whose)
            .await?
            .into_iter()
            .map(|d| (d.id, d.title))
            .collect())
    }

    fn case_dto(
        &self,
        c: CaseRow,
        sources: &[CaseSourceRow],
        letters: &HashMap<String, String>,
    ) -> CaseDto {
        let cal = &self.catalogue.calendar;
        let decision =
            (c.decided_on.is_none()).then(|| decision_due(c.submitted, c.decision_weeks, cal));
        let objection = c.decided_on.map(|d| objection_due(d, cal));
        let source = c
            .source
            .and_then(|id| sources.iter().find(|s| s.id == id))
            .map(|s| s.name.clone());
        // A synced case's timeline is the provider's: every step of its
        // type, the ones reached with their day.
        let remote = c.remote.as_deref().and_then(Remote::parse);
        let (status, status_date, steps) = match &remote {
            Some(r) => {
                let s = standing(&r.statuses(), &r.types());
                (
                    s.status,
                    s.status_date.map(|d| d.to_string()),
                    s.steps
                        .into_iter()
                        .map(|s| CaseStepDto {
                            status: s.text,
                            date: s.date.map(|d| d.to_string()),
                            done: s.done,
                            note: String::new(),
                        })
                        .collect(),
                )
            }
            None => {
                let last = c.steps.last();
                (
                    last.map(|s| s.status.clone()),
                    last.map(|s| s.on.to_string()),
                    c.steps
                        .iter()
                        .map(|s| CaseStepDto {
                            status: s.status.clone(),
                            date: Some(s.on.to_string()),
                            done: true,
                            note: s.note.clone(),
                        })
                        .collect(),
                )
            }
        };
        // The provider's own last day, when it set one (it may have
        // extended the term, as Awb 4:14 lets it), else the legal term.
        let (decision_due, decision_due_extended) = match (c.decided_on, c.due) {
            (None, Some(due)) => (Some(due.to_string()), false),
            _ => (
                decision.flatten().map(|r| r.date.to_string()),
                decision.flatten().is_some_and(|r| r.was_extended()),
            ),
        };
        let today = self.today();
        let decision_overdue = decision_due
            .as_deref()
            .and_then(wegwijs_core::parse_iso_date)
            .is_some_and(|d| d < today);
        let letter = c.letter.as_ref().and_then(|id| {
            letters.get(id).map(|title| CaseLetterDto {
                id: id.clone(),
                title: title.clone(),
            })
        });
        CaseDto {
            id: id32(c.id),
            source,
            provider: c.provider,
            reference: c.reference,
            title: c.title,
            submitted: c.submitted.to_string(),
            status,
            status_date,
            closed: c.decided_on.is_some(),
            result: c.result,
            decision_due,
            decision_due_extended,
            decision_overdue,
            decided_on: c.decided_on.map(|d| d.to_string()),
            objection_due: objection.flatten().map(|r| r.date.to_string()),
            objection_due_extended: objection.flatten().is_some_and(|r| r.was_extended()),
            steps,
            letter,
        }
    }

    pub(crate) async fn cases_of(&self, whose: Whose) -> Result<Vec<CaseDto>, AppError> {
        let sources = self.store.case_sources().await?;
        let letters = self.letter_titles(whose).await?;
        Ok(self
            .store
            .cases()
            .await?
            .into_iter()
            .filter(|c| whose.includes(c.owner))
            .map(|c| self.case_dto(c, &sources, &letters))
            .collect())
    }

    /// The case, only if it is among `whose`: acting for X never reaches
    /// Y's requests.
    async fn case_of(&self, id: u32, whose: Whose) -> Result<CaseRow, AppError> {
        match self.store.case(i64::from(id)).await? {
            Some(c) if whose.includes(c.owner) => Ok(c),
            _ => Err(unknown(id)),
        }
    }

    pub(crate) async fn add_case(
        &self,
        input: &NewCaseInput,
        whose: Whose,
    ) -> Result<CaseDto, AppError> {
        let provider = text("provider", &input.provider, MAX_CASE_TEXT_CHARS)?;
        let title = text("title", &input.title, MAX_CASE_TEXT_CHARS)?;
        let submitted = self.case_date("submitted", &input.submitted)?;
        let reference = match input.reference.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(r) => Some(text("reference", r, MAX_CASE_TEXT_CHARS)?),
        };
        let weeks = input.decision_weeks.unwrap_or(DEFAULT_DECISION_WEEKS);
        if weeks == 0 || weeks > MAX_DECISION_WEEKS {
            let max = MAX_DECISION_WEEKS.to_string();
            return Err(AppError::invalid_field(
                "decision_weeks",
                "error-decision-weeks",
                [("max", max.as_str())],
            ));
        }
        let id = self
            .store
            .add_case(&NewCase {
                owner: whose.stored(),
                provider,
                title,
                reference,
                submitted,
                decision_weeks: weeks,
            })
            .await?;
        tracing::info!("case added");
        self.case_dto_of(id32(id), whose).await
    }

    /// A case one may change by hand: not one a provider keeps (a sync
    /// would undo the change).
    async fn own_case_of(&self, id: u32, whose: Whose) -> Result<CaseRow, AppError> {
        let c = self.case_of(id, whose).await?;
        if c.source.is_some() {
            return Err(AppError::with_code(
                ErrorCode::InvalidInput,
                "error-case-synced",
            ));
        }
        Ok(c)
    }

    async fn case_dto_of(&self, id: u32, whose: Whose) -> Result<CaseDto, AppError> {
        let sources = self.store.case_sources().await?;
        let letters = self.letter_titles(whose).await?;
        Ok(self.case_dto(self.case_of(id, whose).await?, &sources, &letters))
    }

    pub(crate) async fn add_case_step(
        &self,
        id: u32,
        input: &CaseStepInput,
        whose: Whose,
    ) -> Result<CaseDto, AppError> {
        let case = self.own_case_of(id, whose).await?;
        let status = text("status", &input.status, MAX_CASE_TEXT_CHARS)?;
        let on = match input.date.as_deref() {
            Some(d) if !d.trim().is_empty() => self.case_date("date", d)?,
            _ => self.today(),
        };
        if on < case.submitted {
            return Err(AppError::invalid_field(
                "date",
                "error-case-before-submitted",
                [],
            ));
        }
        let note = match input.note.as_deref().map(str::trim) {
            None | Some("") => String::new(),
            Some(n) => {
                if n.chars().count() > MAX_CASE_NOTE_CHARS {
                    let max = MAX_CASE_NOTE_CHARS.to_string();
                    return Err(AppError::invalid_field(
                        "note",
                        "error-text-too-long",
                        [("max", max.as_str())],
                    ));
                }
                n.to_string()
            }
        };
        self.store
            .add_case_step(i64::from(id), &CaseStepRow { status, on, note })
            .await?;
        self.case_dto_of(id, whose).await
    }

    pub(crate) async fn decide_case(
        &self,
        id: u32,
        date: &str,
        whose: Whose,
    ) -> Result<CaseDto, AppError> {
        let case = self.own_case_of(id, whose).await?;
        let on = self.case_date("date", date)?;
        if on < case.submitted {
            return Err(AppError::invalid_field(
                "date",
                "error-case-before-submitted",
                [],
            ));
        }
        self.store.set_case_decision(i64::from(id), on).await?;
        self.case_dto_of(id, whose).await
    }

    /// Links the decision letter, a document of the same person, to any of
    /// their cases (also a provider's: the letter came by post, the sync
    /// leaves the link alone); `None` unlinks it.
    pub(crate) async fn link_case_letter(
        &self,
        id: u32,
        letter: Option<&str>,
        whose: Whose,
    ) -> Result<CaseDto, AppError> {
        self.case_of(id, whose).await?;
        let letter = match letter.map(str::trim) {
            None | Some("") => None,
            Some(doc) => Some(self.vault_document_of(doc, whose).await?.id),
        };
        self.store
            .set_case_letter(i64::from(id), letter.as_deref())
            .await?;
        self.case_dto_of(id, whose).await
    }

    pub(crate) async fn remove_case(&self, id: u32, whose: Whose) -> Result<(), AppError> {
        self.own_case_of(id, whose).await?;
        if !self.store.remove_case(i64::from(id)).await? {
            return Err(unknown(id));
        }
        tracing::info!("case removed");
        Ok(())
    }
}
