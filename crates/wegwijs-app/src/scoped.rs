//! The one door to a person's data.
//!
//! Documents, plans and signals are reachable only through a [`Scoped`],
//! which [`Wegwijs::act_for`] hands out: for the device owner's own data
//! (`act_for(None)`) or for someone the owner acts for. Every verb on it
//! asks `wegwijs_core::authz::decide` first (on the legal date of the
//! app's clock, never a date a shell passed in), records an allowed action
//! on someone else's behalf in the audit log, and then works only on that
//! person's data. The methods that do the work without asking are private
//! to this crate, so a shell cannot call one by mistake: there is no other
//! public way to a document, a plan or a signal.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use specta::Type;
use wegwijs_core::authz::{Scope, Verb};

use crate::announcements::{AddressInput, AnnouncementsDto, CheckDto, FoundAddressDto, WatchDto};
use crate::case_sources::{CaseSourceDto, CaseSourceInput, SyncReport};
use crate::cases::{CaseDto, CaseStepInput, NewCaseInput};
use crate::people::verb_key;
use crate::vault::Whose;
use crate::{
    AddResult, AppError, BackupReport, DocumentDto, DocumentInput, KeptPlanDto, Notification,
    PlanDto, RestoreReport, SignalDto, VerifyReport, Wegwijs,
};

/// A person of the household: the one identity a person has in Wegwijs
/// (the device owner, a child, a parent someone cares for).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Type,
)]
#[serde(transparent)]
pub struct PersonId(pub u32);

impl std::fmt::Display for PersonId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Whose data a [`Scoped`] reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject {
    Owner,
    Other(PersonId),
}

/// The device owner's own data, or that of the person they act for, with
/// the verbs that work on it. Only [`Wegwijs::act_for`] makes one.
#[derive(Debug, Clone, Copy)]
pub struct Scoped<'a> {
    app: &'a Wegwijs,
    subject: Subject,
}

impl Wegwijs {
    /// The door: `None` for the owner's own data, `Some(person)` to act for
    /// someone. Acting for an unknown person is refused here; whether a
    /// representation allows an action is decided per verb.
    pub async fn act_for(&self, acting: Option<PersonId>) -> Result<Scoped<'_>, AppError> {
        let subject = match acting {
            None => Subject::Owner,
            Some(p) => {
                let me = self.me_id().await?;
                if i64::from(p.0) == me {
                    Subject::Owner
                } else {
                    self.known_person(p).await?;
                    Subject::Other(p)
                }
            }
        };
        Ok(Scoped { app: self, subject })
    }
}

impl Scoped<'_> {
    /// The person acted for; `None` for the owner's own data.
    pub fn acting_for(&self) -> Option<PersonId> {
        match self.subject {
            Subject::Owner => None,
            Subject::Other(p) => Some(p),
        }
    }

    fn whose(&self) -> Whose {
        match self.subject {
            Subject::Owner => Whose::Mine,
            Subject::Other(p) => Whose::Of(p.0),
        }
    }

    /// Asks the door for `verb` in `scope`; for someone else, decided and
    /// (when allowed) recorded in the audit log as `what`.
    async fn allow(&self, verb: Verb, scope: Scope, what: &str) -> Result<(), AppError> {
        match self.subject {
            Subject::Owner => Ok(()),
            Subject::Other(p) => self
                .app
                .authorize_for(p.0, verb, scope, what)
                .await
                .map(|_| ()),
        }
    }

    /// Whether the door allows `verb` in `scope` now, as it would for an
    /// action (recorded in the audit log as `what` when someone else's).
    /// For shells that ask before offering an action.
    pub async fn check(&self, verb: Verb, scope: Scope, what: &str) -> Result<(), AppError> {
        self.allow(verb, scope, what).await
    }

    /// Things only the owner does with their own data: backups, kept plans.
    fn owner_only(&self) -> Result<(), AppError> {
        match self.subject {
            Subject::Owner => Ok(()),
            Subject::Other(_) => Err(crate::own_data_only()),
        }
    }

    // Documents.

    pub async fn documents(&self) -> Result<Vec<DocumentDto>, AppError> {
        self.allow(Verb::View, Scope::Documents, "vault list")
            .await?;
        self.app.vault_list_of(self.whose()).await
    }

    pub async fn search(&self, query: &str) -> Result<Vec<DocumentDto>, AppError> {
        self.allow(Verb::View, Scope::Documents, "vault search")
            .await?;
        self.app.vault_search_of(query, self.whose()).await
    }

    /// One document with its tags and events; "unknown" for a document that
    /// is not this person's.
    pub async fn document(&self, id: &str) -> Result<DocumentDto, AppError> {
        self.allow(Verb::View, Scope::Documents, &format!("vault view {id}"))
            .await?;
        self.app.vault_document_of(id, self.whose()).await
    }

    /// Adds files as this person's documents: theirs from then on.
    pub async fn add(
        &self,
        files: &[PathBuf],
        input: &DocumentInput,
    ) -> Result<AddResult, AppError> {
        self.allow(Verb::Change, Scope::Documents, "vault add")
            .await?;
        self.app.vault_add(files, input, self.whose()).await
    }

    /// Replaces a document's details; it stays within this person's
    /// documents.
    pub async fn update(&self, id: &str, input: &DocumentInput) -> Result<DocumentDto, AppError> {
        self.allow(Verb::Change, Scope::Documents, &format!("vault edit {id}"))
            .await?;
        self.app.vault_update(id, input, self.whose()).await
    }

    /// Changes only the given details; an empty date clears it.
    pub async fn patch(&self, id: &str, patch: DocumentInput) -> Result<DocumentDto, AppError> {
        self.allow(Verb::Change, Scope::Documents, &format!("vault edit {id}"))
            .await?;
        self.app.vault_patch(id, patch, self.whose()).await
    }

    /// Decrypts a copy to the path `choose` gives for the document (the
    /// save dialog); `false` when it gives none. One check, one audit
    /// entry, however the path is chosen.
    pub async fn export(
        &self,
        id: &str,
        overwrite: bool,
        choose: impl FnOnce(&DocumentDto) -> Option<PathBuf>,
    ) -> Result<bool, AppError> {
        self.allow(
            Verb::Export,
            Scope::Documents,
            &format!("vault export {id}"),
        )
        .await?;
        let doc = self.app.vault_document_of(id, self.whose()).await?;
        let Some(out) = choose(&doc) else {
            return Ok(false);
        };
        self.app
            .vault_export(id, &out, overwrite, self.whose())
            .await?;
        Ok(true)
    }

    /// Deletes a document (its key is destroyed).
    pub async fn remove(&self, id: &str) -> Result<(), AppError> {
        self.allow(
            Verb::Delete,
            Scope::Documents,
            &format!("vault remove {id}"),
        )
        .await?;
        self.app.vault_remove(id, self.whose()).await
    }

    // Requests to providers (cases): the paper trail of what one asked a
    // provider for and what it decided, so the same matter as documents
    // (a representative who may handle someone's papers may follow their
    // requests; a mandate for care only may not).

    pub async fn cases(&self) -> Result<Vec<CaseDto>, AppError> {
        self.allow(Verb::View, Scope::Documents, "cases list")
            .await?;
        self.app.cases_of(self.whose()).await
    }

    /// Adds a request entered by hand, as this person's.
    pub async fn add_case(&self, input: &NewCaseInput) -> Result<CaseDto, AppError> {
        self.allow(Verb::Change, Scope::Documents, "cases add")
            .await?;
        self.app.add_case(input, self.whose()).await
    }

    /// Records what happened to one of this person's requests.
    pub async fn add_case_step(&self, id: u32, input: &CaseStepInput) -> Result<CaseDto, AppError> {
        self.allow(
            Verb::Change,
            Scope::Documents,
            &format!("cases update {id}"),
        )
        .await?;
        self.app.add_case_step(id, input, self.whose()).await
    }

    /// Records the day a decision was sent (from then on the objection
    /// deadline counts).
    pub async fn decide_case(&self, id: u32, date: &str) -> Result<CaseDto, AppError> {
        self.allow(
            Verb::Change,
            Scope::Documents,
            &format!("cases decision {id}"),
        )
        .await?;
        self.app.decide_case(id, date, self.whose()).await
    }

    /// Links the decision letter (one of their documents) to a request, or
    /// unlinks it with `None`.
    pub async fn link_case_letter(
        &self,
        id: u32,
        letter: Option<&str>,
    ) -> Result<CaseDto, AppError> {
        self.allow(
            Verb::Change,
            Scope::Documents,
            &format!("cases letter {id}"),
        )
        .await?;
        self.app.link_case_letter(id, letter, self.whose()).await
    }

    /// Their requests' deadlines as an iCalendar file, in the owner's
    /// language.
    pub async fn cases_ics(&self) -> Result<String, AppError> {
        self.allow(Verb::View, Scope::Documents, "cases calendar")
            .await?;
        let cases = self.app.cases_of(self.whose()).await?;
        let lang = self.app.language().await?;
        Ok(crate::export::cases_ics(
            &cases,
            &crate::Localizer::new(),
            lang,
        ))
    }

    /// The connected providers (the same whoever one acts for: they are
    /// the device's, not a person's data).
    pub async fn case_sources(&self) -> Result<Vec<CaseSourceDto>, AppError> {
        self.app.case_sources().await
    }

    /// Connects a provider; only the owner does, for everyone they act for.
    pub async fn add_case_source(
        &self,
        input: &CaseSourceInput,
        secret: Option<&str>,
    ) -> Result<CaseSourceDto, AppError> {
        self.owner_only()?;
        self.app.add_case_source(input, secret).await
    }

    pub async fn remove_case_source(&self, id: u32) -> Result<(), AppError> {
        self.owner_only()?;
        self.app.remove_case_source(id).await
    }

    /// [`Self::remove_case_source`] by its name (or number).
    pub async fn remove_case_source_named(&self, name: &str) -> Result<u32, AppError> {
        self.owner_only()?;
        let id = self.app.case_source_named(name).await?;
        self.app.remove_case_source(id).await?;
        Ok(id)
    }

    /// Looks an address up to watch for announcements around it; the
    /// owner's own, as where they live is.
    pub async fn lookup_address(&self, input: &AddressInput) -> Result<FoundAddressDto, AppError> {
        self.owner_only()?;
        self.app.lookup_address(input).await
    }

    /// Watches for announcements around an address the owner confirmed.
    pub async fn watch_address(
        &self,
        found: &FoundAddressDto,
        radius_m: u32,
    ) -> Result<WatchDto, AppError> {
        self.owner_only()?;
        self.app.watch_address(found, radius_m).await
    }

    /// Looks up and watches in one (the CLI).
    pub async fn enable_announcements(
        &self,
        input: &AddressInput,
        radius_m: Option<u32>,
    ) -> Result<WatchDto, AppError> {
        self.owner_only()?;
        self.app.enable_announcements(input, radius_m).await
    }

    pub async fn set_announce_radius(&self, radius_m: u32) -> Result<WatchDto, AppError> {
        self.owner_only()?;
        self.app.set_announce_radius(radius_m).await
    }

    pub async fn disable_announcements(&self) -> Result<(), AppError> {
        self.owner_only()?;
        self.app.disable_announcements().await
    }

    pub async fn check_announcements(&self) -> Result<CheckDto, AppError> {
        self.owner_only()?;
        self.app.check_announcements().await
    }

    pub async fn announcements(&self, unread: bool) -> Result<AnnouncementsDto, AppError> {
        self.owner_only()?;
        self.app.announcements(unread).await
    }

    pub async fn mark_announcement_read(&self, id: &str, read: bool) -> Result<(), AppError> {
        self.owner_only()?;
        self.app.mark_announcement_read(id, read).await
    }

    /// The last days to respond to announcements near the address, as an
    /// iCalendar file in the person's language.
    pub async fn announcements_ics(&self) -> Result<String, AppError> {
        self.owner_only()?;
        let items = self.app.announcements(false).await?.items;
        let lang = self.app.language().await?;
        Ok(crate::export::announcements_ics(
            &items,
            &crate::Localizer::new(),
            lang,
        ))
    }

    /// Fetches their cases from every connected provider, with their BSN.
    /// Viewing is enough: it brings onto the device what the provider
    /// already shows them, and changes nothing there.
    pub async fn sync_cases(&self) -> Result<SyncReport, AppError> {
        self.allow(Verb::View, Scope::Documents, "cases sync")
            .await?;
        self.app.sync_cases(self.whose()).await
    }

    pub async fn remove_case(&self, id: u32) -> Result<(), AppError> {
        self.allow(
            Verb::Delete,
            Scope::Documents,
            &format!("cases remove {id}"),
        )
        .await?;
        self.app.remove_case(id, self.whose()).await
    }

    /// Checks every document of the vault and the database: the owner's.
    pub async fn verify(&self) -> Result<VerifyReport, AppError> {
        self.owner_only()?;
        self.app.vault_verify().await
    }

    pub async fn backup(&self, out: &Path, passphrase: &str) -> Result<BackupReport, AppError> {
        self.owner_only()?;
        self.app.vault_backup(out, passphrase).await
    }

    pub async fn restore(&self, file: &Path, passphrase: &str) -> Result<RestoreReport, AppError> {
        self.owner_only()?;
        self.app.vault_restore(file, passphrase).await
    }

    // Guidance.

    /// The plan for `event` on `date` (`YYYY-MM-DD`): for the owner from
    /// their profile, for someone else from what is known of them. Held
    /// documents are listed only when the door lets this person's
    /// documents be seen.
    pub async fn plan(&self, event: &str, date: &str) -> Result<PlanDto, AppError> {
        match self.subject {
            Subject::Owner => self.app.own_plan(event, date).await,
            Subject::Other(p) => {
                self.allow(Verb::View, Scope::Guidance, &format!("plan {event}"))
                    .await?;
                self.app.plan_of(p, event, date).await
            }
        }
    }

    /// What is coming up from `from` (default today) within `horizon_days`.
    /// Acting for someone: their signals, named as theirs.
    pub async fn signals(
        &self,
        from: Option<&str>,
        horizon_days: u32,
    ) -> Result<Vec<SignalDto>, AppError> {
        match self.subject {
            Subject::Owner => self.app.own_signals(from, horizon_days).await,
            Subject::Other(p) => {
                self.allow(Verb::View, Scope::Guidance, "signals").await?;
                self.app.signals_of(p, from, horizon_days).await
            }
        }
    }

    /// The plan as a printable A4 checklist (PDF), in the chosen language.
    pub async fn plan_pdf(&self, event: &str, date: &str) -> Result<Vec<u8>, AppError> {
        self.owner_only()?;
        self.app.plan_pdf(event, date).await
    }

    /// The plan's dated tasks as an iCalendar file.
    pub async fn plan_ics(&self, event: &str, date: &str) -> Result<String, AppError> {
        self.owner_only()?;
        self.app.plan_ics(event, date).await
    }

    /// Signals not shown as a notification before: the owner's.
    pub async fn take_notifications(&self) -> Result<Vec<Notification>, AppError> {
        self.owner_only()?;
        self.app.take_notifications().await
    }

    // Kept plans: the owner's own.

    pub async fn keep_plan(&self, event: &str, date: &str) -> Result<PlanDto, AppError> {
        self.owner_only()?;
        self.app.keep_plan(event, date).await
    }

    pub async fn kept_plans(&self) -> Result<Vec<KeptPlanDto>, AppError> {
        self.owner_only()?;
        self.app.kept_plans().await
    }

    pub async fn kept_plan(&self, id: u32) -> Result<PlanDto, AppError> {
        self.owner_only()?;
        self.app.kept_plan(id).await
    }

    pub async fn set_task_done(
        &self,
        id: u32,
        task: &str,
        done: bool,
    ) -> Result<PlanDto, AppError> {
        self.owner_only()?;
        self.app.set_task_done(id, task, done).await
    }

    pub async fn set_task_note(
        &self,
        id: u32,
        task: &str,
        note: &str,
    ) -> Result<PlanDto, AppError> {
        self.owner_only()?;
        self.app.set_task_note(id, task, note).await
    }

    pub async fn move_plan(&self, id: u32, date: &str) -> Result<PlanDto, AppError> {
        self.owner_only()?;
        self.app.move_plan(id, date).await
    }

    pub async fn delete_plan(&self, id: u32) -> Result<(), AppError> {
        self.owner_only()?;
        self.app.delete_plan(id).await
    }
}

/// What an action is called in the audit log.
pub(crate) fn action_name(scope: Scope, verb: Verb) -> String {
    format!("{}.{}", scope.key(), verb_key(verb))
}
