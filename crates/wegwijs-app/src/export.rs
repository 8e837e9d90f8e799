//! Plans leave the app as files the person keeps: iCalendar for their
//! calendar app. Texts are formatted here, in the person's language, because
//! a file has no Fluent.

use icalendar::{Calendar, Component, EventLike};
use wegwijs_core::Language;

use crate::Localizer;
use crate::guidance::{PlanDto, PlannedTaskDto};

fn describe(l10n: &Localizer, lang: Language, task: &PlannedTaskDto) -> String {
    let mut lines = vec![l10n.text(lang, &task.body_id), String::new()];
    lines.push(format!(
        "{} {}",
        l10n.text(lang, "export-provider"),
        l10n.text(lang, &format!("provider-{}", task.provider))
    ));
    if let (Some(from), Some(to)) = (&task.earliest, &task.due) {
        lines.push(format!(
            "{} {from} – {to}",
            l10n.text(lang, "export-window")
        ));
    }
    for r in &task.why {
        lines.push(l10n.format(lang, &r.message_id, &r.args));
    }
    lines.push(String::new());
    lines.push(l10n.text(lang, "export-sources"));
    lines.extend(task.sources.iter().cloned());
    lines.join("\n")
}

/// An iCalendar file with one all-day event per dated task, on its deadline
/// (or the start of its window when it has no deadline). Undated tasks are
/// left out: a calendar cannot hold them. UIDs are stable for the same plan,
/// so importing it again updates rather than duplicates.
pub fn plan_ics(plan: &PlanDto, l10n: &Localizer, lang: Language) -> String {
    let title = l10n.text(lang, &format!("event-{}-title", plan.event));
    let mut cal = Calendar::new();
    cal.name(&format!("Wegwijs: {title}"));
    for task in &plan.tasks {
        let Some(day) = task.due.as_deref().or(task.earliest.as_deref()) else {
            continue;
        };
        let Ok(date) = day.parse::<chrono::NaiveDate>() else {
            continue;
        };
        let mut ev = icalendar::Event::new();
        ev.uid(&format!("{}-{}-{}@wegwijs", plan.event, plan.date, task.id))
            .summary(&l10n.text(lang, &task.title_id))
            .description(&describe(l10n, lang, task))
            .all_day(date);
        if let Some(url) = task.sources.first() {
            ev.url(url);
        }
        cal.push(ev.done());
    }
    cal.done().to_string()
}
