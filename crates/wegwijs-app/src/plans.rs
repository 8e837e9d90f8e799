//! Life-event plans: the catalogue, a plan for the owner or for someone
//! they act for, plans the owner keeps (ticks, notes, a new date), and a
//! plan as a calendar file or a printable checklist.

use jiff::civil::Date;

use crate::guidance::{self, EventDto, PlanDto, SituationInput};
use crate::vault::Whose;
use crate::{AppError, Localizer, PersonId, Wegwijs, export, pdf};

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
        let clock = crate::settings::clockface(&crate::settings::device_time_zone());
        Ok(self.plan_dto(ev, date, &who, None, &[], clock.as_ref()))
    }

    /// The owner's plan, from their profile, with their own documents.
    pub(crate) async fn own_plan(&self, event: &str, date: &str) -> Result<PlanDto, AppError> {
        let ev = self.event(event)?;
        let date = guidance::parse_date("date", date)?;
        let who = self.me_situation().await?;
        let clock = self.clockface().await?;
        self.with_vault_documents(
            self.plan_dto(ev, date, &who, None, &[], clock.as_ref()),
            Whose::Mine,
        )
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
        let clock = self.clockface().await?;
        let plan = self.plan_dto(ev, date, &who, None, &[], clock.as_ref());
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
        clock: Option<&guidance::Clockface>,
    ) -> PlanDto {
        let mut who = who.clone();
        who.aow = Some(self.catalogue.aow.aow_date(who.birth_date));
        let plan = wegwijs_core::guidance::plan(ev, date, &who, &self.catalogue.calendar);
        let today = self.today();
        let mission = guidance::mission_for(&self.catalogue.missions, who.residence_country);
        let dto = |t: &wegwijs_core::guidance::PlannedTask<'_>| {
            let state = states.iter().find(|s| s.task_id == t.task.id);
            guidance::task_dto(&ev.id, t, state, today, clock, mission.as_ref())
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
        match self.own_situation().await? {
            Some(own) => Ok(own.situation),
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
        let clock = self.clockface().await?;
        self.with_vault_documents(
            self.plan_dto(ev, p.date, &who, Some(id), &states, clock.as_ref()),
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

    /// Fills in, for each task's "bring", the documents the vault holds of
    /// those kinds and whether each is valid on the due date.
    async fn with_vault_documents(
        &self,
        mut plan: PlanDto,
        whose: Whose,
    ) -> Result<PlanDto, AppError> {
        let mut docs = self.store.documents().await?;
        docs.retain(|d| whose.includes(d.owner));
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
                    owner: crate::vault::owner_id(d.owner),
                    expires: d.expires.map(|e| e.to_string()),
                    valid: wegwijs_core::expiry::valid_on(d.expires, due),
                })
                .collect();
        }
        Ok(plan)
    }

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

/// The longest note we keep on a task.
pub const NOTE_MAX_CHARS: usize = 2000;

fn plan_id(id: i64) -> Result<u32, AppError> {
    u32::try_from(id).map_err(|_| AppError::corrupt())
}
