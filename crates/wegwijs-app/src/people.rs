//! The household, representations and the audit log as the shells see
//! them. Every decision about acting for someone else is
//! `wegwijs_core::authz::decide`; this module gathers its inputs, records
//! the outcome in the audit log, and turns a refusal into an error.

use serde::{Deserialize, Serialize};
use specta::Type;
use wegwijs_core::authz::{
    self, Access, Action, Basis, Denial, Grounds, Representation, Scope, Scopes, Verb,
};

use crate::{AppError, ErrorCode, Wegwijs, today};

pub const MAX_NAME_CHARS: usize = 100;
pub const RELATIONS: &[&str] = &["child", "partner", "parent", "other"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct PersonDto {
    pub id: u32,
    pub name: String,
    pub birth_date: String,
    pub is_me: bool,
    pub relation: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct GrantInput {
    pub representative: u32,
    pub subject: u32,
    /// `ouderlijk-gezag`, `voogdij`, `curatele`, `beschermingsbewind`,
    /// `mentorschap` or `machtiging`.
    pub basis: String,
    /// `documents,guidance,finance,care` or `all`; empty: all the basis allows.
    pub scopes: Option<String>,
    /// `YYYY-MM-DD`, default today.
    pub from: Option<String>,
    pub until: Option<String>,
    #[serde(default)]
    pub view_only: bool,
    /// A document in the owner's vault that proves it (a court decision,
    /// a signed mandate).
    #[serde(default)]
    pub evidence: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct RepresentationDto {
    pub id: u32,
    pub representative: u32,
    pub subject: u32,
    pub basis: String,
    pub scopes: Vec<String>,
    /// `full` or `view`.
    pub access: String,
    pub from: String,
    pub until: Option<String>,
    pub revoked: Option<String>,
    /// The day it stops by itself (its end date, or the 18th birthday for
    /// authority over a minor).
    pub ends_on: Option<String>,
    /// Holds today.
    pub active: bool,
    /// Confirmed by an identity provider, not only entered by hand.
    pub verified: bool,
    /// The vault document that proves it, if any.
    pub evidence: Option<String>,
    /// Starts after today.
    pub upcoming: bool,
    /// The owner's authority over a child that ends at 18 within half a
    /// year: the birthday, from which a mandate from the young person could
    /// take over (`authz::mandate_offer`). Unset once such a mandate is
    /// recorded.
    pub mandate_from: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct AuditEntryDto {
    pub seq: u32,
    pub at: String,
    pub actor: u32,
    pub subject: u32,
    pub action: String,
    pub basis: Option<String>,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct AuditReport {
    pub entries: u32,
    pub ok: bool,
    /// The first entry that breaks the chain.
    pub broken_at: Option<u32>,
}

fn id32(id: i64) -> u32 {
    u32::try_from(id).unwrap_or(u32::MAX)
}

fn parse_date(field: &str, v: &str) -> Result<jiff::civil::Date, AppError> {
    wegwijs_core::parse_iso_date(v.trim())
        .ok_or_else(|| AppError::invalid_field(field, "error-date-not-real", [("value", v)]))
}

/// The scopes asked for (`documents,finance`, or `all`) as the basis allows
/// them. Nothing named is everything the basis allows, except for a
/// mandate: that is for the matters the person chose (domain §4), never
/// everything by default. A named scope the basis does not allow is a
/// mistake worth saying.
pub(crate) fn scopes_for(basis: Basis, asked: Option<&str>) -> Result<Scopes, AppError> {
    let asked = asked.map(str::trim).filter(|s| !s.is_empty());
    let scopes = match asked {
        None if basis == Basis::Machtiging => {
            return Err(AppError::invalid_field(
                "scopes",
                "error-mandate-scopes",
                [],
            ));
        }
        None => return Ok(basis.max_scopes()),
        Some(text) => Scopes::parse(text).ok_or_else(|| {
            AppError::invalid_field("scopes", "error-scope-unknown", [("scopes", text)])
        })?,
    };
    if asked != Some("all") && scopes.intersect(basis.max_scopes()) != scopes {
        return Err(AppError::invalid_field(
            "scopes",
            "error-scope-basis",
            [("basis", basis.key())],
        ));
    }
    Ok(scopes.intersect(basis.max_scopes()))
}

/// The error for a refused action, naming the reason.
pub fn denial_error(d: Denial) -> AppError {
    let (id, date) = match d {
        Denial::NoRepresentation => ("error-denied-no-representation", None),
        Denial::NotYetValid { from } => ("error-denied-not-yet-valid", Some(from)),
        Denial::Expired { until } => ("error-denied-expired", Some(until)),
        Denial::Revoked { on } => ("error-denied-revoked", Some(on)),
        Denial::SubjectIsAdult { since } => ("error-denied-adult", Some(since)),
        Denial::OutOfScope => ("error-denied-out-of-scope", None),
        Denial::ViewOnly => ("error-denied-view-only", None),
    };
    let e = AppError::with_code(ErrorCode::Forbidden, id);
    match date {
        Some(d) => e.arg("date", d.to_string()),
        None => e,
    }
}

impl Wegwijs {
    pub async fn people(&self) -> Result<Vec<PersonDto>, AppError> {
        Ok(self
            .store
            .people()
            .await?
            .into_iter()
            .map(|p| PersonDto {
                id: id32(p.id),
                name: p.name,
                birth_date: p.birth_date.to_string(),
                is_me: p.is_me,
                relation: p.relation,
            })
            .collect())
    }

    pub async fn add_person(
        &self,
        name: &str,
        birth_date: &str,
        relation: Option<&str>,
    ) -> Result<PersonDto, AppError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(AppError::invalid_field("name", "error-name-missing", []));
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(AppError::invalid_field(
                "name",
                "error-name-too-long",
                [("max", "100")],
            ));
        }
        let birth = parse_date("birth_date", birth_date)?;
        if birth > today() {
            return Err(AppError::invalid_field(
                "birth_date",
                "error-birth-date-in-future",
                [],
            ));
        }
        if let Some(r) = relation
            && !RELATIONS.contains(&r)
        {
            return Err(AppError::invalid_field(
                "relation",
                "error-relation-unknown",
                [("relation", r)],
            ));
        }
        self.me_id().await?;
        let id = self.store.add_person(name, birth, relation).await?;
        tracing::info!("person added");
        Ok(PersonDto {
            id: id32(id),
            name: name.to_string(),
            birth_date: birth.to_string(),
            is_me: false,
            relation: relation.map(String::from),
        })
    }

    /// The device owner's person id; representation needs the profile.
    pub async fn me_id(&self) -> Result<i64, AppError> {
        self.store.me_id().await?.ok_or_else(AppError::no_profile)
    }

    async fn person_birth(&self, id: i64) -> Result<Option<jiff::civil::Date>, AppError> {
        Ok(self
            .store
            .people()
            .await?
            .into_iter()
            .find(|p| p.id == id)
            .map(|p| p.birth_date))
    }

    fn representation_dto(
        r: &wegwijs_store::RepresentationRow,
        birth: Option<jiff::civil::Date>,
        on: jiff::civil::Date,
        all: &[Representation],
        me: Option<i64>,
    ) -> RepresentationDto {
        let rep = &r.rep;
        let ends = authz::ends_on(rep, birth);
        let active =
            rep.from <= on && ends.is_none_or(|e| on < e) && rep.revoked.is_none_or(|d| on < d);
        RepresentationDto {
            id: id32(rep.id),
            representative: id32(rep.representative),
            subject: id32(rep.subject),
            basis: rep.basis.key().to_string(),
            scopes: rep
                .scopes
                .intersect(rep.basis.max_scopes())
                .iter()
                .map(|s| s.key().to_string())
                .collect(),
            access: if rep.access == Access::ViewOnly {
                "view"
            } else {
                "full"
            }
            .to_string(),
            from: rep.from.to_string(),
            until: rep.until.map(|d| d.to_string()),
            revoked: rep.revoked.map(|d| d.to_string()),
            ends_on: ends.map(|d| d.to_string()),
            active,
            verified: r.verified,
            evidence: r.evidence_document.clone(),
            upcoming: on < rep.from && rep.revoked.is_none_or(|d| rep.from < d),
            mandate_from: authz::mandate_offer(rep, birth, on, all)
                .filter(|_| me == Some(rep.representative))
                .map(|d| d.to_string()),
        }
    }

    /// Records a representation after checking it against its basis.
    pub async fn grant(
        &self,
        input: GrantInput,
        on: jiff::civil::Date,
    ) -> Result<RepresentationDto, AppError> {
        let me = self.me_id().await?;
        let people = self.store.people().await?;
        let find = |id: u32| people.iter().find(|p| p.id == i64::from(id));
        let representative = find(input.representative).ok_or_else(|| {
            AppError::invalid_field(
                "representative",
                "error-person-unknown",
                [("id", input.representative.to_string().as_str())],
            )
        })?;
        let subject = find(input.subject).ok_or_else(|| {
            AppError::invalid_field(
                "subject",
                "error-person-unknown",
                [("id", input.subject.to_string().as_str())],
            )
        })?;
        if representative.id == subject.id {
            return Err(AppError::invalid_field(
                "subject",
                "error-represent-self",
                [],
            ));
        }
        let basis = Basis::from_key(&input.basis).ok_or_else(|| {
            AppError::invalid_field(
                "basis",
                "error-basis-unknown",
                [("basis", input.basis.as_str())],
            )
        })?;
        let scopes = scopes_for(basis, input.scopes.as_deref())?;
        let from = match &input.from {
            Some(f) => parse_date("from", f)?,
            None => on,
        };
        let until = input
            .until
            .as_deref()
            .map(|u| parse_date("until", u))
            .transpose()?;
        if until.is_some_and(|u| u < from) {
            return Err(AppError::invalid_field(
                "until",
                "error-until-before-from",
                [],
            ));
        }
        if basis.ends_at_majority()
            && wegwijs_core::signals::birthday(subject.birth_date, 18).is_some_and(|b| b <= from)
        {
            return Err(AppError::invalid_field(
                "basis",
                "error-basis-needs-minor",
                [("basis", basis.key())],
            ));
        }
        let rep = Representation {
            id: 0,
            representative: representative.id,
            subject: subject.id,
            basis,
            scopes: scopes.intersect(basis.max_scopes()),
            access: if input.view_only {
                Access::ViewOnly
            } else {
                Access::Full
            },
            from,
            until,
            revoked: None,
        };
        if let Some(doc) = &input.evidence {
            // Must be one of the owner's own documents.
            self.vault_document_of(doc, crate::Whose::Mine).await?;
        }
        let id = self
            .store
            .add_representation(&rep, false, input.evidence.as_deref())
            .await?;
        self.store
            .audit(
                me,
                subject.id,
                "representation.grant",
                Some(basis.key()),
                &format!("representation {id}, representative {}", representative.id),
            )
            .await?;
        self.representations(on)
            .await?
            .into_iter()
            .find(|r| i64::from(r.id) == id)
            .ok_or_else(AppError::corrupt)
    }

    pub async fn representations(
        &self,
        on: jiff::civil::Date,
    ) -> Result<Vec<RepresentationDto>, AppError> {
        let people = self.store.people().await?;
        let rows = self.store.representations().await?;
        let all: Vec<Representation> = rows.iter().map(|r| r.rep.clone()).collect();
        let me = self.store.me_id().await?;
        Ok(rows
            .iter()
            .map(|r| {
                let birth = people
                    .iter()
                    .find(|p| p.id == r.rep.subject)
                    .map(|p| p.birth_date);
                Self::representation_dto(r, birth, on, &all, me)
            })
            .collect())
    }

    pub async fn revoke(
        &self,
        id: u32,
        on: jiff::civil::Date,
    ) -> Result<RepresentationDto, AppError> {
        let me = self.me_id().await?;
        if !self.store.revoke_representation(i64::from(id), on).await? {
            return Err(
                AppError::with_code(ErrorCode::NotFound, "error-representation-unknown")
                    .arg("id", id.to_string()),
            );
        }
        let reps = self.representations(on).await?;
        let r = reps
            .into_iter()
            .find(|r| r.id == id)
            .ok_or_else(AppError::corrupt)?;
        self.store
            .audit(
                me,
                i64::from(r.subject),
                "representation.revoke",
                Some(&r.basis),
                &format!("representation {id}"),
            )
            .await?;
        Ok(r)
    }

    /// Decides whether the device owner may take `verb` in `scope` for
    /// `subject` on `on`, and records an allowed action on someone else's
    /// behalf in the audit log. A refusal is an error with the reason
    /// (code `forbidden`); nothing is executed.
    pub async fn authorize_for(
        &self,
        subject: u32,
        verb: Verb,
        scope: Scope,
        on: jiff::civil::Date,
        what: &str,
    ) -> Result<Grounds, AppError> {
        let me = self.me_id().await?;
        let subject = i64::from(subject);
        let reps: Vec<Representation> = self
            .store
            .representations()
            .await?
            .into_iter()
            .map(|r| r.rep)
            .collect();
        let birth = self.person_birth(subject).await?;
        if birth.is_none() {
            return Err(AppError::invalid_field(
                "on_behalf_of",
                "error-person-unknown",
                [("id", subject.to_string().as_str())],
            ));
        }
        let action = Action { verb, scope };
        match authz::decide(me, subject, action, on, birth, &reps) {
            Ok(g) => {
                if let Grounds::Representation { basis, .. } = g {
                    self.store
                        .audit(
                            me,
                            subject,
                            &format!("{}.{}", scope.key(), verb_key(verb)),
                            Some(basis.key()),
                            what,
                        )
                        .await?;
                }
                Ok(g)
            }
            Err(d) => {
                tracing::info!(reason = ?d, "action on someone's behalf refused");
                Err(denial_error(d))
            }
        }
    }

    /// What guidance needs about `person` when the owner acts for them:
    /// allowed only with a representation covering guidance (recorded in
    /// the audit log). Only the date of birth is known of them.
    pub async fn guidance_for(
        &self,
        person: u32,
        on: jiff::civil::Date,
        what: &str,
    ) -> Result<crate::SituationInput, AppError> {
        self.authorize_for(person, Verb::View, Scope::Guidance, on, what)
            .await?;
        let birth = self
            .person_birth(i64::from(person))
            .await?
            .ok_or_else(AppError::corrupt)?;
        Ok(crate::SituationInput {
            birth_date: birth.to_string(),
            ..Default::default()
        })
    }

    /// Whose documents a request is about: the owner's own, or (after the
    /// authorization check and an audit entry) those of the person the
    /// owner acts for.
    pub async fn whose(
        &self,
        acting: Option<u32>,
        verb: Verb,
        what: &str,
    ) -> Result<crate::Whose, AppError> {
        match acting {
            None => Ok(crate::Whose::Mine),
            Some(p) => {
                self.authorize_for(p, verb, Scope::Documents, today(), what)
                    .await?;
                Ok(crate::Whose::Of(p))
            }
        }
    }

    /// What the home screen shows as coming up: the owner's signals, or,
    /// acting for someone (as far as a representation covers guidance),
    /// theirs, named as theirs.
    pub async fn signals_as(
        &self,
        acting: Option<u32>,
        on: jiff::civil::Date,
        horizon: u32,
    ) -> Result<Vec<crate::SignalDto>, AppError> {
        let Some(person) = acting else {
            return self.signals(Some(&on.to_string()), horizon, None).await;
        };
        let situation = self.guidance_for(person, on, "signals").await?;
        let name = self.person_name(person).await?;
        let signals = self
            .signals(Some(&on.to_string()), horizon, Some(situation))
            .await?;
        Ok(signals
            .into_iter()
            .map(|mut s| {
                // Their own "you turn 18" is, for the one acting, "X turns 18".
                if s.subject == "me" {
                    s.subject = crate::Whose::owner_key(person);
                    s.title_id = format!("signal-{}-other", s.event);
                    s.about = Some(name.clone());
                }
                s
            })
            .collect())
    }

    /// A plan for a life event: for the owner, or for the person they act
    /// for (as far as a representation covers guidance).
    pub async fn plan_as(
        &self,
        acting: Option<u32>,
        event: &str,
        date: &str,
    ) -> Result<crate::PlanDto, AppError> {
        let situation = match acting {
            None => None,
            Some(p) => Some(
                self.guidance_for(p, today(), &format!("plan {event}"))
                    .await?,
            ),
        };
        self.plan(event, date, situation).await
    }

    async fn person_name(&self, person: u32) -> Result<String, AppError> {
        self.store
            .people()
            .await?
            .into_iter()
            .find(|p| p.id == i64::from(person))
            .map(|p| p.name)
            .ok_or_else(|| {
                AppError::invalid_field(
                    "person",
                    "error-person-unknown",
                    [("id", person.to_string().as_str())],
                )
            })
    }

    /// The documents the app shows: the owner's own, or those of the person
    /// they act for.
    pub async fn vault_list_as(
        &self,
        acting: Option<u32>,
    ) -> Result<Vec<crate::DocumentDto>, AppError> {
        let w = self.whose(acting, Verb::View, "vault list").await?;
        self.vault_list_of(w).await
    }

    pub async fn vault_search_as(
        &self,
        acting: Option<u32>,
        query: &str,
    ) -> Result<Vec<crate::DocumentDto>, AppError> {
        let w = self.whose(acting, Verb::View, "vault search").await?;
        self.vault_search_of(query, w).await
    }

    /// Checks that `id` may be exported (`Verb::Export`) or deleted
    /// (`Verb::Delete`) as `acting`, and returns the document.
    pub async fn vault_document_as(
        &self,
        acting: Option<u32>,
        id: &str,
        verb: Verb,
    ) -> Result<crate::DocumentDto, AppError> {
        let what = format!("vault {} {id}", verb_key(verb));
        let w = self.whose(acting, verb, &what).await?;
        self.vault_document_of(id, w).await
    }

    pub async fn vault_remove_as(&self, acting: Option<u32>, id: &str) -> Result<(), AppError> {
        self.vault_document_as(acting, id, Verb::Delete).await?;
        self.vault_remove(id).await
    }

    pub async fn vault_add_as(
        &self,
        acting: Option<u32>,
        files: &[std::path::PathBuf],
        input: &crate::DocumentInput,
    ) -> Result<crate::AddResult, AppError> {
        let mut input = input.clone();
        if let crate::Whose::Of(p) = self.whose(acting, Verb::Change, "vault add").await? {
            input.owner = Some(crate::Whose::owner_key(p));
        }
        self.vault_add(files, &input).await
    }

    /// The audit log, or the entries about one person.
    pub async fn audit_list(&self, subject: Option<u32>) -> Result<Vec<AuditEntryDto>, AppError> {
        Ok(self
            .store
            .audit_entries()
            .await?
            .into_iter()
            .filter(|e| subject.is_none_or(|s| e.subject_id == i64::from(s)))
            .map(|e| AuditEntryDto {
                seq: id32(e.seq),
                at: e.at,
                actor: id32(e.actor_id),
                subject: id32(e.subject_id),
                action: e.action,
                basis: e.basis,
                detail: e.detail,
            })
            .collect())
    }

    pub async fn audit_verify(&self) -> Result<AuditReport, AppError> {
        let entries = self.store.audit_entries().await?;
        let broken = wegwijs_store::verify_chain(&entries);
        if broken.is_some() {
            tracing::error!("the audit log's hash chain is broken");
        }
        Ok(AuditReport {
            entries: id32(entries.len() as i64),
            ok: broken.is_none(),
            broken_at: broken.map(id32),
        })
    }
}

/// Parses `--today` and the like.
pub fn parse_today(v: &str) -> Result<jiff::civil::Date, AppError> {
    parse_date("today", v)
}

/// Things only the owner does for their own data (backups, recovery).
pub fn own_data_only() -> AppError {
    AppError::with_code(ErrorCode::Forbidden, "error-own-data-only")
}

pub fn verb_key(v: Verb) -> &'static str {
    match v {
        Verb::View => "view",
        Verb::Change => "change",
        Verb::Export => "export",
        Verb::Delete => "delete",
    }
}
