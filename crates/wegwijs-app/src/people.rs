//! The household, representations and the audit log as the shells see
//! them. Every decision about acting for someone else is
//! `wegwijs_core::authz::decide`; this module gathers its inputs, records
//! the outcome in the audit log, and turns a refusal into an error.

use serde::{Deserialize, Serialize};
use specta::Type;
use wegwijs_core::authz::{
    self, Access, Action, Basis, Denial, Grounds, Representation, Scope, Scopes, Verb,
};

use wegwijs_store::Setting;
use wegwijs_vault::keystore;

use crate::{AppError, ErrorCode, PersonId, Wegwijs};

/// The audit action that records a log found shorter than its kept head.
pub const AUDIT_MISMATCH: &str = "audit.mismatch";

pub const MAX_NAME_CHARS: usize = 100;
pub const RELATIONS: &[&str] = &["child", "partner", "parent", "other"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct PersonDto {
    pub id: u32,
    pub name: String,
    pub birth_date: String,
    pub is_me: bool,
    pub relation: Option<String>,
    /// Their BSN as shown: masked (`******653`), when known.
    #[serde(default)]
    pub bsn: Option<String>,
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
    /// The legal date it was decided on (`YYYY-MM-DD`), when recorded.
    pub decided_on: Option<String>,
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
    /// The entry recording that the log was once found shorter than its
    /// head kept outside the database (cut short, or an older copy of the
    /// database put back).
    pub missing_found_at: Option<u32>,
}

fn id32(id: i64) -> u32 {
    u32::try_from(id).unwrap_or(u32::MAX)
}

/// A BSN as typed: `None` for an empty one (to clear it).
pub(crate) fn parse_bsn(v: &str) -> Result<Option<wegwijs_core::cases::Bsn>, AppError> {
    if v.trim().is_empty() {
        return Ok(None);
    }
    wegwijs_core::cases::Bsn::parse(v)
        .map(Some)
        .map_err(|_| AppError::invalid_field("bsn", "error-bsn-invalid", []))
}

pub(crate) fn masked_bsn(bsns: &[(i64, String)], person: i64) -> Option<String> {
    bsns.iter()
        .find(|(p, _)| *p == person)
        .and_then(|(_, b)| wegwijs_core::cases::Bsn::parse(b).ok())
        .map(|b| b.masked())
}

fn checked_name(name: &str) -> Result<&str, AppError> {
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
    Ok(name)
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
        let bsns = self.store.bsns().await?;
        Ok(self
            .store
            .people()
            .await?
            .into_iter()
            .map(|p| PersonDto {
                id: id32(p.id),
                bsn: masked_bsn(&bsns, p.id),
                name: p.name,
                birth_date: p.birth_date.to_string(),
                is_me: p.is_me,
                relation: p.relation,
            })
            .collect())
    }

    /// Sets a person's BSN (the owner's too), or clears it with an empty
    /// one. Checked with the elfproef; never logged.
    pub async fn set_bsn(&self, person: PersonId, bsn: &str) -> Result<PersonDto, AppError> {
        let bsn = parse_bsn(bsn)?;
        let digits = bsn.as_ref().map(wegwijs_core::cases::Bsn::digits);
        self.bsn_free(digits.as_deref(), Some(i64::from(person.0)))
            .await?;
        if !self
            .store
            .set_bsn(i64::from(person.0), digits.as_deref())
            .await?
        {
            return Err(
                AppError::with_code(ErrorCode::NotFound, "error-person-unknown")
                    .arg("id", person.to_string()),
            );
        }
        tracing::info!(set = bsn.is_some(), "BSN changed");
        self.people()
            .await?
            .into_iter()
            .find(|p| p.id == person.0)
            .ok_or_else(AppError::corrupt)
    }

    pub async fn add_person(
        &self,
        name: &str,
        birth_date: &str,
        relation: Option<&str>,
    ) -> Result<PersonDto, AppError> {
        self.add_person_with_bsn(name, birth_date, relation, "")
            .await
    }

    /// [`Self::add_person`] with their BSN (empty: none), checked before
    /// anyone is added.
    pub async fn add_person_with_bsn(
        &self,
        name: &str,
        birth_date: &str,
        relation: Option<&str>,
        bsn: &str,
    ) -> Result<PersonDto, AppError> {
        let bsn = parse_bsn(bsn)?;
        let name = checked_name(name)?;
        let birth = parse_date("birth_date", birth_date)?;
        if birth > self.today() {
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
        let digits = bsn.as_ref().map(wegwijs_core::cases::Bsn::digits);
        self.bsn_free(digits.as_deref(), None).await?;
        let id = self
            .store
            .add_person(name, birth, relation, digits.as_deref())
            .await?;
        tracing::info!("person added");
        Ok(PersonDto {
            id: id32(id),
            name: name.to_string(),
            birth_date: birth.to_string(),
            is_me: false,
            relation: relation.map(String::from),
            bsn: bsn.map(|b| b.masked()),
        })
    }

    /// Gives someone of the household another name (a child moved from
    /// the profile arrives as "Kind 1"). The owner's own name is the
    /// profile's.
    pub async fn rename_person(&self, person: PersonId, name: &str) -> Result<PersonDto, AppError> {
        let name = checked_name(name)?;
        let p = self
            .store
            .people()
            .await?
            .into_iter()
            .find(|p| p.id == i64::from(person.0) && !p.is_me)
            .ok_or_else(|| {
                AppError::with_code(ErrorCode::NotFound, "error-person-unknown")
                    .arg("id", person.to_string())
            })?;
        if !self.store.rename_person(p.id, name).await? {
            return Err(AppError::corrupt());
        }
        tracing::info!("person renamed");
        Ok(PersonDto {
            id: person.0,
            name: name.to_string(),
            birth_date: p.birth_date.to_string(),
            is_me: false,
            relation: p.relation,
            bsn: masked_bsn(&self.store.bsns().await?, p.id),
        })
    }

    /// Refuses a BSN that someone else has already (`except`: the person
    /// it is for).
    pub(crate) async fn bsn_free(
        &self,
        digits: Option<&str>,
        except: Option<i64>,
    ) -> Result<(), AppError> {
        let Some(d) = digits else { return Ok(()) };
        if self
            .store
            .bsns()
            .await?
            .iter()
            .any(|(p, b)| b == d && Some(*p) != except)
        {
            return Err(AppError::invalid_field("bsn", "error-bsn-taken", []));
        }
        Ok(())
    }

    /// Children that migration 0009 moved from the profile into the
    /// household: the owner reached their documents as their own, so their
    /// parental authority is recorded (from birth; it ends at 18 by
    /// itself), through the audit log like every grant.
    pub(crate) async fn adopt_profile_children(&self) -> Result<(), AppError> {
        let adopted = self.store.adopted_children().await?;
        if adopted.is_empty() {
            return Ok(());
        }
        let Some(me) = self.store.me_id().await? else {
            return Ok(());
        };
        let people = self.store.people().await?;
        let reps = self.store.representations().await?;
        for child in adopted {
            // A child already under People may have their authority
            // recorded; and a crash after the grant must not grant twice.
            let recorded = reps.iter().any(|r| {
                r.rep.representative == me
                    && r.rep.subject == child
                    && r.rep.basis.ends_at_majority()
            });
            let kid = people
                .iter()
                .find(|p| p.id == child && !p.is_me && p.relation.as_deref() == Some("child"));
            if let (Some(p), false) = (kid, recorded) {
                let input = GrantInput {
                    representative: id32(me),
                    subject: id32(child),
                    basis: Basis::OuderlijkGezag.key().to_string(),
                    scopes: None,
                    from: Some(p.birth_date.to_string()),
                    until: None,
                    view_only: false,
                    evidence: None,
                };
                self.grant(input).await?;
                tracing::info!("parental authority recorded for a child from the profile");
            }
            self.store.forget_adopted_child(child).await?;
        }
        Ok(())
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
    pub async fn grant(&self, input: GrantInput) -> Result<RepresentationDto, AppError> {
        let on = self.today();
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
            self.vault_document_of(doc, crate::vault::Whose::Mine)
                .await?;
        }
        let id = self
            .store
            .add_representation(&rep, false, input.evidence.as_deref())
            .await?;
        self.audit(
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

    pub async fn revoke(&self, id: u32) -> Result<RepresentationDto, AppError> {
        let on = self.today();
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
        self.audit(
            me,
            i64::from(r.subject),
            "representation.revoke",
            Some(&r.basis),
            &format!("representation {id}"),
        )
        .await?;
        Ok(r)
    }

    /// Appends to the audit log at the clock's moment. The log refuses a
    /// moment before its last entry: a clock set back is not believed.
    pub(crate) async fn audit(
        &self,
        actor: i64,
        subject: i64,
        action: &str,
        basis: Option<&str>,
        detail: &str,
    ) -> Result<(), AppError> {
        let now = self.now();
        let head = self
            .store
            .audit(
                now,
                authz::legal_date(now),
                actor,
                subject,
                action,
                basis,
                detail,
            )
            .await
            .map_err(|e| match e {
                wegwijs_store::StoreError::ClockBehind { last } => clock_behind(&last),
                e => AppError::from(e),
            })?;
        self.keep_audit_head(&head);
        Ok(())
    }

    /// Writes the log's head outside the database. The entry is in the
    /// log already; a head that could not be written is noticed at the
    /// next start as the log being ahead, which is not an alarm.
    fn keep_audit_head(&self, head: &wegwijs_store::AuditHead) {
        let kept = keystore::KeptHead {
            seq: head.seq,
            hash: head.hash,
        };
        if let Err(e) =
            keystore::write_audit_head(&self.data_dir, &*self.secrets, &self.head_key, kept)
        {
            tracing::warn!(error = %e, "the audit log's head was not kept outside the database");
        }
    }

    /// At open: compares the log with the heads kept outside the database.
    /// A head that names an entry the log does not have (the log cut
    /// short, emptied, or the database put back to an older copy), or
    /// one whose MAC is wrong, is recorded in the log itself as
    /// `audit.mismatch`, so that `audit_verify` reports it from then on.
    /// A log ahead of its kept head (a crash between the entry and the
    /// head) is only brought up to date.
    pub(crate) async fn check_audit_head(&self) -> Result<(), AppError> {
        let entries = self.store.audit_entries().await?;
        let (in_file, in_keyring) =
            keystore::read_audit_heads(&self.data_dir, &*self.secrets, &self.head_key)?;
        let tracked = self.store.setting(Setting::AuditHeadKept).await?.is_some();
        let mut missing: Option<i64> = None;
        let mut altered = false;
        // keys.json has a head on every installation since heads were
        // first kept; its absence then means it was taken out. The keyring
        // may lack one (a passphrase installation, a keyring reset).
        for (record, must_exist) in [(in_file, tracked), (in_keyring, false)] {
            match record {
                keystore::HeadRecord::Absent => altered |= must_exist,
                keystore::HeadRecord::Altered => altered = true,
                keystore::HeadRecord::Kept(h) if h.seq == 0 => {}
                keystore::HeadRecord::Kept(h) => {
                    let found = entries.iter().find(|e| e.seq == h.seq);
                    if found.is_none_or(|e| e.hash[..] != h.hash[..]) {
                        missing = Some(missing.map_or(h.seq, |m| m.max(h.seq)));
                    }
                }
            }
        }
        if missing.is_some() || altered {
            tracing::error!(
                altered,
                "the audit log does not match its head kept outside the database"
            );
            let me = self.store.me_id().await?.unwrap_or(0);
            let detail = match missing {
                Some(seq) => format!("entries up to {seq} are missing"),
                None => "the head kept outside the database was altered".to_string(),
            };
            self.audit(me, 0, AUDIT_MISMATCH, None, &detail).await?;
        } else {
            let head = entries.last().map_or(
                keystore::KeptHead {
                    seq: 0,
                    hash: [0; 32],
                },
                |e| keystore::KeptHead {
                    seq: e.seq,
                    hash: e.hash.as_slice().try_into().unwrap_or([0; 32]),
                },
            );
            let stale = in_file != keystore::HeadRecord::Kept(head) || !tracked;
            if stale
                && let Err(e) =
                    keystore::write_audit_head(&self.data_dir, &*self.secrets, &self.head_key, head)
            {
                tracing::warn!(error = %e, "the audit log's head was not kept");
            }
        }
        if !tracked {
            self.store.set_setting(Setting::AuditHeadKept, "1").await?;
        }
        Ok(())
    }

    /// Decides whether the device owner may take `verb` in `scope` for
    /// `subject` now (the legal date of the app's clock), and records an
    /// allowed action on someone else's behalf in the audit log, with the
    /// date it was decided on. A refusal is an error with the reason (code
    /// `forbidden`); nothing is executed. A clock earlier than the log's
    /// last entry is refused too: expiry, revocation and the 18th birthday
    /// would otherwise be a matter of setting the clock back.
    pub(crate) async fn authorize_for(
        &self,
        subject: u32,
        verb: Verb,
        scope: Scope,
        what: &str,
    ) -> Result<Grounds, AppError> {
        let me = self.me_id().await?;
        let subject = i64::from(subject);
        let now = self.now();
        if let Some(last) = self.store.last_audit_at().await?
            && last.parse::<jiff::Timestamp>().is_ok_and(|t| now < t)
        {
            tracing::warn!("the clock is earlier than the audit log's last entry");
            return Err(clock_behind(&last));
        }
        let birth = self.person_birth(subject).await?;
        if birth.is_none() {
            return Err(AppError::invalid_field(
                "on_behalf_of",
                "error-person-unknown",
                [("id", subject.to_string().as_str())],
            ));
        }
        match self
            .decision(me, subject, Action { verb, scope }, now)
            .await?
        {
            Ok(g) => {
                if let Grounds::Representation { basis, .. } = g {
                    self.audit(
                        me,
                        subject,
                        &crate::scoped::action_name(scope, verb),
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

    /// What `decide` says about `action` for `subject` at `at`, with the
    /// representations and the subject's birth date from the store.
    async fn decision(
        &self,
        me: i64,
        subject: i64,
        action: Action,
        at: jiff::Timestamp,
    ) -> Result<authz::Decision, AppError> {
        let reps = self.all_representations().await?;
        let birth = self.person_birth(subject).await?;
        Ok(authz::decide_at(me, subject, action, at, birth, &reps))
    }

    /// Every representation recorded, as `authz` takes them.
    pub(crate) async fn all_representations(&self) -> Result<Vec<Representation>, AppError> {
        Ok(self
            .store
            .representations()
            .await?
            .into_iter()
            .map(|r| r.rep)
            .collect())
    }

    /// Whether the door would let the owner see `person`'s documents now,
    /// asked without acting (nothing is recorded): a plan or the signals
    /// of someone list their documents only then.
    pub(crate) async fn may_view_documents(&self, person: PersonId) -> Result<bool, AppError> {
        let me = self.me_id().await?;
        let action = Action {
            verb: Verb::View,
            scope: Scope::Documents,
        };
        let decided = self
            .decision(me, i64::from(person.0), action, self.now())
            .await?;
        Ok(decided.is_ok())
    }

    /// Fails with "unknown person" unless `person` is in the household.
    pub(crate) async fn known_person(&self, person: PersonId) -> Result<(), AppError> {
        match self.person_birth(i64::from(person.0)).await? {
            Some(_) => Ok(()),
            None => Err(AppError::invalid_field(
                "on_behalf_of",
                "error-person-unknown",
                [("id", person.to_string().as_str())],
            )),
        }
    }

    /// What guidance knows of someone the owner acts for: their date of
    /// birth only.
    pub(crate) async fn situation_of(
        &self,
        person: PersonId,
    ) -> Result<crate::SituationInput, AppError> {
        let birth = self
            .person_birth(i64::from(person.0))
            .await?
            .ok_or_else(AppError::corrupt)?;
        Ok(crate::SituationInput {
            birth_date: birth.to_string(),
            ..Default::default()
        })
    }

    pub(crate) async fn person_name(&self, person: u32) -> Result<String, AppError> {
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
                decided_on: e.decided_on,
                actor: id32(e.actor_id),
                subject: id32(e.subject_id),
                action: e.action,
                basis: e.basis,
                detail: e.detail,
            })
            .collect())
    }

    /// Checks the log: its hash chain, and whether it was ever found
    /// shorter than the head kept outside the database (`audit.mismatch`).
    pub async fn audit_verify(&self) -> Result<AuditReport, AppError> {
        let entries = self.store.audit_entries().await?;
        let broken = wegwijs_store::verify_chain(&entries);
        if broken.is_some() {
            tracing::error!("the audit log's hash chain is broken");
        }
        let missing = entries
            .iter()
            .rev()
            .find(|e| e.action == AUDIT_MISMATCH)
            .map(|e| id32(e.seq));
        Ok(AuditReport {
            entries: id32(entries.len() as i64),
            ok: broken.is_none() && missing.is_none(),
            broken_at: broken.map(id32),
            missing_found_at: missing,
        })
    }
}

/// Parses `--today` and the like.
pub fn parse_today(v: &str) -> Result<jiff::civil::Date, AppError> {
    parse_date("today", v)
}

/// The clock is earlier than the audit log's last entry.
fn clock_behind(last: &str) -> AppError {
    let date = last
        .parse::<jiff::Timestamp>()
        .map(|t| authz::legal_date(t).to_string())
        .unwrap_or_default();
    AppError::with_code(ErrorCode::Forbidden, "error-clock-behind").arg("date", date)
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
