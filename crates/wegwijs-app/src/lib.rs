//! The application API of Wegwijs.
//!
//! Every shell (the Tauri desktop app, the `wegwijs` CLI, later the mobile
//! apps) talks to Wegwijs through [`Wegwijs`] and nothing below it. Inputs and
//! outputs are DTOs ([`dto`]), shaped for the boundary and exported to
//! TypeScript; failures are [`AppError`] values that carry a Fluent message id,
//! never an English sentence.

pub mod backup;
pub mod clock;
pub mod dto;
pub mod error;
pub mod export;
pub mod guidance;
pub mod i18n;
pub mod idle;
pub mod login;
pub mod paths;
pub mod pdf;
pub mod people;
pub mod scoped;
pub mod vault;

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use wegwijs_content::Catalogue;
use wegwijs_core::{Country, Language, ProfileDraft};
use wegwijs_store::{Setting, Store};

pub use backup::{BackupReport, RestoreReport};
pub use clock::{Clock, FixedClock, SystemClock};
pub use dto::{ChildDto, Lang, ProfileDto, ProfileInput, ProfilePatch, StartState};
pub use error::{AppError, ErrorCode, FluentArg};
pub use guidance::{
    EventDto, HeldDocumentDto, KeptPlanDto, MandateOfferDto, PlanDto, PlannedTaskDto, ReasonDto,
    SignalDocumentDto, SignalDto, SituationInput,
};
pub use i18n::Localizer;
pub use login::{LoginSettingsInput, LoginStatusDto, LogoutReport};
pub use people::{
    AuditEntryDto, AuditReport, GrantInput, PersonDto, RepresentationDto, own_data_only,
    parse_today,
};
pub use scoped::{PersonId, Scoped};
use vault::Whose;
pub use vault::{AddFailure, AddResult, DocumentDto, DocumentInput, VerifyReport};
pub use wegwijs_core::authz::{Scope, Verb};
pub use wegwijs_login::{LoginResult, Tokens};
pub use wegwijs_vault::extract::{self, Extractor};
pub use wegwijs_vault::keystore::{
    self, MemoryKeyring, NoKeyring, OsKeyring, Protection, RecoveryKey, SecretStore,
};

/// One open (unlocked) Wegwijs installation: its data directory, its
/// encrypted database and its document vault.
#[derive(Debug, Clone)]
pub struct Wegwijs {
    store: Store,
    data_dir: PathBuf,
    catalogue: std::sync::Arc<Catalogue>,
    vault_key: std::sync::Arc<wegwijs_vault::VaultKey>,
    blobs: wegwijs_vault::files::BlobDir,
    /// Held while a login runs, and by everything that changes the login
    /// (settings, link, refresh, sign-out): one at a time.
    login_lock: std::sync::Arc<tokio::sync::Mutex<()>>,
    clock: std::sync::Arc<dyn Clock>,
    /// Where the audit log's head is kept outside the database (the
    /// keyring; keys.json with `head_key`), written after every entry.
    secrets: std::sync::Arc<dyn SecretStore>,
    head_key: std::sync::Arc<keystore::AuditHeadKey>,
    /// Where PDFs are read for text: out of this process (see
    /// `wegwijs_vault::extract::Extractor`); off unless a shell says.
    extractor: wegwijs_vault::extract::Extractor,
}

/// An installation just opened, and the recovery key to show once when the
/// keys were created by this opening.
#[derive(Debug)]
pub struct Opened {
    pub app: Wegwijs,
    pub recovery_key: Option<RecoveryKey>,
}

impl Wegwijs {
    /// Opens the installation whose data lives in `data_dir`, creating it
    /// (and its keys) on first use. The master key comes from `secrets` (the
    /// OS keyring) or, for a passphrase-protected installation, from
    /// `passphrase`. A new installation goes to the keyring unless a
    /// passphrase is given; without either, the error says a passphrase is
    /// needed (`error-no-keyring`).
    pub async fn open(
        data_dir: &Path,
        secrets: &dyn SecretStore,
        passphrase: Option<&str>,
    ) -> Result<Opened, AppError> {
        wegwijs_vault::files::private_dir(data_dir).map_err(|_| AppError::no_data_dir())?;
        let (master, recovery_key) = match keystore::unlock(data_dir, secrets, passphrase)? {
            Some(m) => (m, None),
            None => {
                // No keys beside data that needs them: new keys would open
                // nothing, and would hide that keys.json went missing.
                let vault = wegwijs_vault::files::BlobDir::holds_blobs(data_dir);
                let db = wegwijs_store::database_file(data_dir);
                if vault || db == wegwijs_store::DatabaseFile::Encrypted {
                    tracing::error!("data without its key file: no new keys made");
                    return Err(AppError::with_code(
                        ErrorCode::CorruptData,
                        "error-keys-missing",
                    ));
                }
                let (m, r) = keystore::create(data_dir, secrets, passphrase)?;
                (m, Some(r))
            }
        };
        // Only the opening that made the keys may adopt a database left
        // unencrypted by a version before them.
        let first = recovery_key.is_some();
        Self::open_with_key(data_dir, &master, secrets, first)
            .await
            .map(|app| Opened { app, recovery_key })
    }

    /// Opens a copy of an installation on a device whose keyring does not
    /// have its key, with the recovery key; protects the key anew (keyring,
    /// or `new_passphrase`).
    pub async fn recover(
        data_dir: &Path,
        secrets: &dyn SecretStore,
        recovery_key: &str,
        new_passphrase: Option<&str>,
    ) -> Result<Wegwijs, AppError> {
        let master = keystore::recover(data_dir, secrets, recovery_key, new_passphrase)?;
        Self::open_with_key(data_dir, &master, secrets, false).await
    }

    async fn open_with_key(
        data_dir: &Path,
        master: &keystore::MasterKey,
        secrets: &dyn SecretStore,
        adopt_plaintext: bool,
    ) -> Result<Wegwijs, AppError> {
        let key = master.database_key_hex();
        let store = if adopt_plaintext {
            Store::open_adopting_plaintext(data_dir, &key).await?
        } else {
            Store::open(data_dir, &key).await?
        };
        let catalogue = Catalogue::embedded();
        for p in &catalogue.problems {
            // Caught by the content tests before a release; if one slips
            // through, that event is left out and the rest still works.
            tracing::error!(problem = %p, "content problem");
        }
        let blobs = wegwijs_vault::files::BlobDir::open(data_dir)
            .map_err(|_| AppError::with_code(ErrorCode::Storage, "error-storage"))?;
        let app = Wegwijs {
            store,
            data_dir: data_dir.to_path_buf(),
            catalogue: std::sync::Arc::new(catalogue),
            vault_key: std::sync::Arc::new(master.vault_key()),
            blobs,
            login_lock: std::sync::Arc::default(),
            clock: std::sync::Arc::new(SystemClock),
            secrets: secrets.share(),
            head_key: std::sync::Arc::new(master.audit_head_key()),
            extractor: wegwijs_vault::extract::Extractor::Off,
        };
        let checked = async {
            app.remove_orphan_blobs().await?;
            app.check_audit_head().await
        };
        if let Err(e) = checked.await {
            app.close().await;
            return Err(e);
        }
        Ok(app)
    }

    pub async fn close(self) {
        self.store.close().await;
    }

    /// The same installation on another clock: tests, and the shells'
    /// [`clock::shell_clock`] (the system's in release builds).
    pub fn with_clock(mut self, clock: std::sync::Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Reads PDFs for text with `extractor` (the shells: their own
    /// binary, `Extractor::this_program()`).
    pub fn with_extractor(mut self, extractor: wegwijs_vault::extract::Extractor) -> Self {
        self.extractor = extractor;
        self
    }

    /// Today's legal date on this installation's clock: the date in the
    /// Netherlands, which Dutch law counts in, wherever the device is.
    pub fn today(&self) -> Date {
        self.clock.today()
    }

    pub(crate) fn now(&self) -> jiff::Timestamp {
        self.clock.now()
    }

    /// Everything the UI needs to draw its first screen, in one call.
    pub async fn start_state(&self) -> Result<StartState, AppError> {
        Ok(StartState {
            language: self.language().await?.into(),
            profile: self.profile().await?,
            countries: Country::all().map(|c| c.to_string()).collect(),
            data_dir: self.data_dir.display().to_string(),
            notifications: self.notifications_enabled().await?,
            auto_lock_minutes: self.auto_lock_minutes().await?,
            document_kinds: wegwijs_core::guidance::DOCUMENT_KINDS
                .iter()
                .map(|k| k.to_string())
                .collect(),
        })
    }

    /// The chosen language, or the system's when none was chosen yet and we
    /// ship it, or Dutch.
    pub async fn language(&self) -> Result<Language, AppError> {
        let stored = self.store.setting(Setting::Language).await?;
        Ok(match stored.and_then(|s| s.parse().ok()) {
            Some(lang) => lang,
            None => system_language(),
        })
    }

    pub async fn set_language(&self, lang: Lang) -> Result<Lang, AppError> {
        let language = Language::from(lang);
        self.store
            .set_setting(Setting::Language, language.tag())
            .await?;
        Ok(lang)
    }

    pub async fn profile(&self) -> Result<Option<ProfileDto>, AppError> {
        Ok(self.store.me().await?.as_ref().map(ProfileDto::from))
    }

    /// Validates and stores the whole profile. On invalid input nothing is
    /// stored and the error lists every wrong field.
    pub async fn save_profile(&self, input: ProfileInput) -> Result<ProfileDto, AppError> {
        let profile = ProfileDraft::from(input)
            .validate(self.today())
            .map_err(AppError::invalid_profile)?;
        self.store.save_me(&profile).await?;
        tracing::info!("profile saved");
        Ok(ProfileDto::from(&profile))
    }

    /// Changes only the given fields of the profile; without a profile yet,
    /// the patch must hold every required field.
    pub async fn update_profile(&self, patch: ProfilePatch) -> Result<ProfileDto, AppError> {
        let current = self.store.me().await?;
        let mut draft = current.as_ref().map(ProfileDraft::from).unwrap_or_default();
        patch.apply_to(&mut draft);
        self.save_profile(ProfileInput::from(draft)).await
    }
}

impl Wegwijs {
    /// The life events in the catalogue, in catalogue order.
    pub fn events(&self) -> Vec<EventDto> {
        self.catalogue
            .events
            .iter()
            .map(guidance::event_dto)
            .collect()
    }

    /// The plan for `event` on `date` (`YYYY-MM-DD`) for a situation given
    /// from outside (a profile file): no one's stored data, so no vault.
    pub fn plan_for_situation(
        &self,
        event: &str,
        date: &str,
        situation: &SituationInput,
    ) -> Result<PlanDto, AppError> {
        let ev = self.event(event)?;
        let date = guidance::parse_date("date", date)?;
        let who = situation.to_situation()?;
        Ok(self.plan_dto(ev, date, &who, None, &[]))
    }

    /// The owner's plan, from their profile, with their own documents.
    pub(crate) async fn own_plan(&self, event: &str, date: &str) -> Result<PlanDto, AppError> {
        let ev = self.event(event)?;
        let date = guidance::parse_date("date", date)?;
        let who = self.me_situation().await?;
        self.with_vault_documents(self.plan_dto(ev, date, &who, None, &[]), Whose::Mine)
            .await
    }

    /// The plan of someone the owner acts for (the door has let guidance
    /// through): from their date of birth, with their documents when the
    /// door lets those be seen too.
    pub(crate) async fn plan_of(
        &self,
        person: PersonId,
        event: &str,
        date: &str,
    ) -> Result<PlanDto, AppError> {
        let ev = self.event(event)?;
        let date = guidance::parse_date("date", date)?;
        let who = self.situation_of(person).await?.to_situation()?;
        let plan = self.plan_dto(ev, date, &who, None, &[]);
        if self.may_view_documents(person).await? {
            self.with_vault_documents(plan, Whose::Of(person.0)).await
        } else {
            Ok(plan)
        }
    }

    fn plan_dto(
        &self,
        ev: &wegwijs_core::guidance::Event,
        date: Date,
        who: &wegwijs_core::guidance::Situation,
        kept_id: Option<u32>,
        states: &[wegwijs_store::TaskState],
    ) -> PlanDto {
        let plan = wegwijs_core::guidance::plan(ev, date, who, &self.catalogue.calendar);
        let today = self.today();
        let dto = |t: &wegwijs_core::guidance::PlannedTask<'_>| {
            let state = states.iter().find(|s| s.task_id == t.task.id);
            guidance::task_dto(&ev.id, t, state, today)
        };
        PlanDto {
            kept_id,
            event: ev.id.clone(),
            date: date.to_string(),
            tasks: plan.tasks.iter().map(dto).collect(),
            left_out: plan.left_out.iter().map(dto).collect(),
        }
    }

    async fn me_situation(&self) -> Result<wegwijs_core::guidance::Situation, AppError> {
        match self.store.me().await? {
            Some(p) => Ok(guidance::situation_from_profile(&p)),
            None => Err(AppError::no_profile()),
        }
    }

    /// Keeps the plan for `event` on `date` (for the stored profile), so the
    /// person can tick tasks off and add notes.
    pub(crate) async fn keep_plan(&self, event: &str, date: &str) -> Result<PlanDto, AppError> {
        let ev = self.event(event)?;
        let date = guidance::parse_date("date", date)?;
        let id = self.store.keep_plan(&ev.id, date).await?;
        self.kept_plan(plan_id(id)?).await
    }

    /// The plans the person keeps, by date, with what is still open.
    pub(crate) async fn kept_plans(&self) -> Result<Vec<guidance::KeptPlanDto>, AppError> {
        let mut out = Vec::new();
        for p in self.store.plans().await? {
            // A plan for an event no longer in the catalogue cannot be shown;
            // it stays stored in case the event comes back.
            let Ok(plan) = self.kept_plan(plan_id(p.id)?).await else {
                continue;
            };
            let open = plan.tasks.iter().filter(|t| !t.done).count();
            let overdue = plan.tasks.iter().filter(|t| t.overdue).count();
            out.push(guidance::KeptPlanDto {
                id: plan_id(p.id)?,
                title_id: format!("event-{}-title", p.event),
                event: p.event,
                date: p.date.to_string(),
                open: u32::try_from(open).unwrap_or(u32::MAX),
                overdue: u32::try_from(overdue).unwrap_or(u32::MAX),
            });
        }
        Ok(out)
    }

    /// A kept plan, computed afresh from the catalogue and the profile.
    pub(crate) async fn kept_plan(&self, id: u32) -> Result<PlanDto, AppError> {
        let p = self
            .store
            .plan(i64::from(id))
            .await?
            .ok_or_else(|| AppError::invalid_field("plan", "error-plan-unknown", []))?;
        let ev = self.event(&p.event)?;
        let who = self.me_situation().await?;
        let states = self.store.task_states(p.id).await?;
        self.with_vault_documents(
            self.plan_dto(ev, p.date, &who, Some(id), &states),
            Whose::Mine,
        )
        .await
    }

    pub(crate) async fn set_task_done(
        &self,
        id: u32,
        task: &str,
        done: bool,
    ) -> Result<PlanDto, AppError> {
        self.kept_task(id, task).await?;
        self.store.set_task_done(i64::from(id), task, done).await?;
        self.kept_plan(id).await
    }

    pub(crate) async fn set_task_note(
        &self,
        id: u32,
        task: &str,
        note: &str,
    ) -> Result<PlanDto, AppError> {
        self.kept_task(id, task).await?;
        if note.chars().count() > NOTE_MAX_CHARS {
            return Err(AppError::invalid_field(
                "note",
                "error-note-too-long",
                [("max", "2000")],
            ));
        }
        self.store.set_task_note(i64::from(id), task, note).await?;
        self.kept_plan(id).await
    }

    /// Moves a kept plan to another date; every deadline moves with it, ticks
    /// and notes stay.
    pub(crate) async fn move_plan(&self, id: u32, date: &str) -> Result<PlanDto, AppError> {
        let date = guidance::parse_date("date", date)?;
        self.kept_plan(id).await?;
        self.store.set_plan_date(i64::from(id), date).await?;
        self.kept_plan(id).await
    }

    pub(crate) async fn delete_plan(&self, id: u32) -> Result<(), AppError> {
        self.store.delete_plan(i64::from(id)).await?;
        Ok(())
    }

    fn event(&self, id: &str) -> Result<&wegwijs_core::guidance::Event, AppError> {
        self.catalogue
            .event(id)
            .ok_or_else(|| AppError::invalid_field("event", "error-event-unknown", [("value", id)]))
    }

    /// Checks that `task` belongs to the kept plan `id`.
    async fn kept_task(&self, id: u32, task: &str) -> Result<(), AppError> {
        let plan = self.kept_plan(id).await?;
        if plan
            .tasks
            .iter()
            .chain(&plan.left_out)
            .any(|t| t.id == task)
        {
            Ok(())
        } else {
            Err(AppError::invalid_field(
                "task",
                "error-task-unknown",
                [("value", task)],
            ))
        }
    }
}

/// The longest note we keep on a task.
pub const NOTE_MAX_CHARS: usize = 2000;

fn plan_id(id: i64) -> Result<u32, AppError> {
    u32::try_from(id).map_err(|_| AppError::corrupt())
}

impl Wegwijs {
    /// What is coming up from `from` (`YYYY-MM-DD`, else today) within
    /// `horizon_days` for a situation given from outside (a profile file):
    /// no one's stored data, so no documents or representations.
    pub fn signals_for_situation(
        &self,
        situation: &SituationInput,
        from: Option<&str>,
        horizon_days: u32,
    ) -> Result<Vec<SignalDto>, AppError> {
        let from = self.signals_from(from)?;
        let who = situation.to_situation()?;
        Ok(self.situation_signals(&who, from, horizon_days))
    }

    fn signals_from(&self, from: Option<&str>) -> Result<Date, AppError> {
        match from {
            Some(t) => guidance::parse_date("today", t),
            None => Ok(self.today()),
        }
    }

    fn situation_signals(
        &self,
        who: &wegwijs_core::guidance::Situation,
        from: Date,
        horizon_days: u32,
    ) -> Vec<SignalDto> {
        wegwijs_core::signals::signals(who, from, horizon_days, &self.catalogue.aow, &[])
            .iter()
            .map(guidance::signal_dto)
            .collect()
    }

    /// The owner's signals: from their profile, their own documents, and
    /// the authority over a child they hold that ends at 18. Without a
    /// profile there is nothing to signal.
    pub(crate) async fn own_signals(
        &self,
        from: Option<&str>,
        horizon_days: u32,
    ) -> Result<Vec<SignalDto>, AppError> {
        let from = self.signals_from(from)?;
        let Some(p) = self.store.me().await? else {
            return Ok(Vec::new());
        };
        let who = guidance::situation_from_profile(&p);
        let mut out = self.situation_signals(&who, from, horizon_days);
        out.extend(self.document_signals(from, &who, Whose::Mine).await?);
        out.extend(self.authority_signals(from, horizon_days).await?);
        out.sort_by(|a, b| a.date.cmp(&b.date));
        Ok(out)
    }

    /// The signals of someone the owner acts for (the door has let
    /// guidance through), named as theirs: "X turns 18" rather than "you
    /// turn 18"; their documents' expiry when the door lets those be seen.
    pub(crate) async fn signals_of(
        &self,
        person: PersonId,
        from: Option<&str>,
        horizon_days: u32,
    ) -> Result<Vec<SignalDto>, AppError> {
        let from = self.signals_from(from)?;
        let who = self.situation_of(person).await?.to_situation()?;
        let name = self.person_name(person.0).await?;
        let mut out: Vec<SignalDto> = self
            .situation_signals(&who, from, horizon_days)
            .into_iter()
            .map(|mut s| {
                if s.subject == "me" {
                    s.subject = Whose::owner_key(person.0);
                    s.title_id = format!("signal-{}-other", s.event);
                    s.about = Some(name.clone());
                }
                s
            })
            .collect();
        if self.may_view_documents(person).await? {
            out.extend(
                self.document_signals(from, &who, Whose::Of(person.0))
                    .await?,
            );
        }
        out.sort_by(|a, b| a.date.cmp(&b.date));
        Ok(out)
    }

    /// Parental authority or guardianship the owner holds that ends (at 18)
    /// within the horizon: time to talk about what changes, and to arrange
    /// a mandate if the child will still need help.
    async fn authority_signals(
        &self,
        today: Date,
        horizon_days: u32,
    ) -> Result<Vec<SignalDto>, AppError> {
        use jiff::ToSpan;
        let Some(me) = self.store.me_id().await? else {
            return Ok(Vec::new());
        };
        let people = self.store.people().await?;
        let last = today
            .checked_add(i64::from(horizon_days).days())
            .unwrap_or(today);
        let rows = self.store.representations().await?;
        let all: Vec<wegwijs_core::authz::Representation> =
            rows.iter().map(|r| r.rep.clone()).collect();
        let mut out = Vec::new();
        for r in &rows {
            let rep = &r.rep;
            if rep.representative != me || !rep.basis.ends_at_majority() || rep.revoked.is_some() {
                continue;
            }
            let Some(subject) = people.iter().find(|p| p.id == rep.subject) else {
                continue;
            };
            if let Some(end) = wegwijs_core::authz::ends_on(rep, Some(subject.birth_date))
                && today <= end
                && end <= last
            {
                out.push(SignalDto {
                    event: "turning-18".into(),
                    date: end.to_string(),
                    subject: Whose::owner_key(u32::try_from(subject.id).unwrap_or(u32::MAX)),
                    title_id: "signal-authority-ends".into(),
                    document: None,
                    about: Some(subject.name.clone()),
                    mandate_offer: wegwijs_core::authz::mandate_offer(
                        rep,
                        Some(subject.birth_date),
                        today,
                        &all,
                    )
                    .map(|from| guidance::MandateOfferDto {
                        person: u32::try_from(subject.id).unwrap_or(u32::MAX),
                        from: from.to_string(),
                    }),
                });
            }
        }
        Ok(out)
    }

    /// Warnings about documents in the vault that expire soon or just did.
    async fn document_signals(
        &self,
        today: Date,
        who: &wegwijs_core::guidance::Situation,
        whose: Whose,
    ) -> Result<Vec<SignalDto>, AppError> {
        use wegwijs_core::expiry::{Expiring, expiry_signals};
        let mut docs = self.store.documents().await?;
        docs.retain(|d| whose.includes(&d.owner));
        let expiring: Vec<Expiring<'_>> = docs
            .iter()
            .filter_map(|d| {
                d.expires.map(|expires| Expiring {
                    id: &d.id,
                    kind: &d.kind,
                    expires,
                })
            })
            .collect();
        let abroad = who
            .residence_country
            .is_some_and(|c| c != Country::NETHERLANDS);
        Ok(expiry_signals(&expiring, today, abroad)
            .into_iter()
            .filter_map(|s| {
                let d = docs.iter().find(|d| d.id == s.id)?;
                Some(SignalDto {
                    event: "document-expiry".into(),
                    date: s.expires.to_string(),
                    subject: d.owner.clone(),
                    title_id: if s.expired {
                        "signal-document-expired".into()
                    } else {
                        "signal-document-expires".into()
                    },
                    document: Some(guidance::SignalDocumentDto {
                        id: d.id.clone(),
                        title: d.title.clone(),
                        kind: d.kind.clone(),
                    }),
                    about: None,
                    mandate_offer: None,
                })
            })
            .collect())
    }

    /// Fills in, for each task's "bring", the documents the vault holds of
    /// those kinds and whether each is valid on the due date.
    async fn with_vault_documents(
        &self,
        mut plan: PlanDto,
        whose: Whose,
    ) -> Result<PlanDto, AppError> {
        let mut docs = self.store.documents().await?;
        docs.retain(|d| whose.includes(&d.owner));
        if docs.is_empty() {
            return Ok(plan);
        }
        let today = self.today();
        for task in plan.tasks.iter_mut().chain(plan.left_out.iter_mut()) {
            let due = task
                .due
                .as_deref()
                .and_then(wegwijs_core::parse_iso_date)
                .unwrap_or(today);
            task.in_vault = docs
                .iter()
                .filter(|d| task.bring.contains(&d.kind))
                .map(|d| guidance::HeldDocumentDto {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    kind: d.kind.clone(),
                    owner: d.owner.clone(),
                    expires: d.expires.map(|e| e.to_string()),
                    valid: wegwijs_core::expiry::valid_on(d.expires, due),
                })
                .collect();
        }
        Ok(plan)
    }
}

impl Wegwijs {
    /// The plan (kept or not) as an A4 PDF checklist in the chosen language,
    /// for the stored profile.
    pub(crate) async fn plan_pdf(&self, event: &str, date: &str) -> Result<Vec<u8>, AppError> {
        let plan = match self
            .store
            .plans()
            .await?
            .iter()
            .find(|p| p.event == event && p.date.to_string() == date)
        {
            Some(kept) => self.kept_plan(plan_id(kept.id)?).await?,
            None => self.own_plan(event, date).await?,
        };
        let lang = self.language().await?;
        let name = self.store.me().await?.map(|p| p.name);
        pdf::plan_pdf(
            &plan,
            &Localizer::new(),
            lang,
            name.as_deref(),
            self.today(),
        )
        .ok_or_else(AppError::unexpected)
    }

    /// The plan for `event` on `date` as an iCalendar file, in the chosen
    /// language, for the stored profile.
    pub(crate) async fn plan_ics(&self, event: &str, date: &str) -> Result<String, AppError> {
        let plan = self.own_plan(event, date).await?;
        let lang = self.language().await?;
        Ok(export::plan_ics(&plan, &Localizer::new(), lang))
    }
}

/// An OS notification, ready to show: texts in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub title: String,
    pub body: String,
}

impl Wegwijs {
    pub async fn notifications_enabled(&self) -> Result<bool, AppError> {
        let v = self.store.setting(Setting::Notifications).await?;
        Ok(v.as_deref() != Some("off"))
    }

    /// Minutes without use before the app locks itself (0: never). Ten by
    /// default: the data is personal, and a shared computer is common.
    pub async fn auto_lock_minutes(&self) -> Result<u32, AppError> {
        Ok(self
            .store
            .setting(Setting::AutoLockMinutes)
            .await?
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_AUTO_LOCK_MINUTES))
    }

    pub async fn set_auto_lock_minutes(&self, minutes: u32) -> Result<u32, AppError> {
        if !AUTO_LOCK_CHOICES.contains(&minutes) {
            return Err(AppError::invalid_field(
                "auto_lock",
                "error-auto-lock-choice",
                [],
            ));
        }
        self.store
            .set_setting(Setting::AutoLockMinutes, &minutes.to_string())
            .await?;
        Ok(minutes)
    }

    pub async fn set_notifications(&self, enabled: bool) -> Result<bool, AppError> {
        let v = if enabled { "on" } else { "off" };
        self.store.set_setting(Setting::Notifications, v).await?;
        Ok(enabled)
    }

    /// Signals not shown as a notification before, marked as shown now.
    /// Empty when the person turned notifications off.
    pub(crate) async fn take_notifications(&self) -> Result<Vec<Notification>, AppError> {
        if !self.notifications_enabled().await? {
            return Ok(Vec::new());
        }
        let lang = self.language().await?;
        let l10n = Localizer::new();
        let mut out = Vec::new();
        for s in self.own_signals(None, DEFAULT_SIGNAL_HORIZON_DAYS).await? {
            // A document's key names the document, so a renewed one (a new
            // expiry date) is announced again.
            let key = match &s.document {
                Some(d) => format!("document/{}/{}/{}", d.id, s.date, s.title_id),
                None => format!("{}/{}/{}", s.event, s.subject, s.date),
            };
            if self.store.mark_notified(&key).await? {
                let mut args = std::collections::BTreeMap::new();
                // Written out ("2 maart 2027"), as the home screen does.
                args.insert(
                    "date".to_string(),
                    FluentArg::Text(pdf::long_date(&l10n, lang, &s.date)),
                );
                if let Some(d) = &s.document {
                    args.insert("title".to_string(), FluentArg::Text(d.title.clone()));
                }
                if let Some(name) = &s.about {
                    args.insert("name".to_string(), FluentArg::Text(name.clone()));
                }
                out.push(Notification {
                    title: l10n.format(lang, &s.title_id, &args),
                    body: l10n.format(lang, "notification-body", &args),
                });
            }
        }
        Ok(out)
    }
}

pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 10;
/// The choices the settings offer (0: never).
pub const AUTO_LOCK_CHOICES: &[u32] = &[0, 2, 5, 10, 30, 60];

/// How the data of a locked app is opened again: with a click (the key is
/// in the OS keyring) or with the passphrase.
pub fn locked_error(data_dir: &Path) -> AppError {
    let how = match keystore::protection(data_dir) {
        Ok(Some(Protection::Passphrase)) => "passphrase",
        _ => "keyring",
    };
    AppError::with_code(ErrorCode::Locked, "error-app-locked").arg("protection", how)
}

/// When a running app looks for new signals again: the next morning on
/// the device's clock (its time zone is where the person is, not where the
/// law counts the date).
pub fn next_reminder() -> Option<std::time::SystemTime> {
    let next = wegwijs_core::signals::next_reminder(
        jiff::Timestamp::now(),
        &jiff::tz::TimeZone::system(),
    )?;
    std::time::SystemTime::try_from(next).ok()
}

/// How far ahead the home screen looks: far enough to prepare for an 18th
/// birthday (the mentorship application takes months) or the AOW (the SVB
/// writes about five months before).
pub const DEFAULT_SIGNAL_HORIZON_DAYS: u32 = 183;

/// Reads a profile file's JSON (see [`SituationInput`]).
pub fn parse_situation_json(text: &str) -> Result<SituationInput, AppError> {
    serde_json::from_str(text).map_err(|e| {
        AppError::invalid_field(
            "profile",
            "error-profile-file-invalid",
            [("detail", e.to_string().as_str())],
        )
    })
}

/// The shipped language that best matches the operating system's preferences.
pub fn system_language() -> Language {
    let locales: Vec<String> = sys_locale::get_locales().collect();
    Language::negotiate(locales.iter().map(String::as_str))
}
