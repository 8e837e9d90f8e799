//! Plans leave the app as files the person keeps: iCalendar for their
//! calendar app. Texts are formatted here, in the person's language, because
//! a file has no Fluent.

use icalendar::{Calendar, Component, EventLike};
use wegwijs_core::Language;

use crate::Localizer;
use crate::announcements::AnnouncementDto;
use crate::cases::CaseDto;
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
    if let Some(a) = &task.due_abroad {
        let mut args = std::collections::BTreeMap::new();
        args.insert("date".into(), crate::error::FluentArg::Text(a.date.clone()));
        args.insert("time".into(), crate::error::FluentArg::Text(a.time.clone()));
        args.insert(
            "place".into(),
            crate::error::FluentArg::Text(a.place.clone()),
        );
        lines.push(l10n.format(lang, "plan-due-abroad", &args));
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
/// (or the start of its window when it has no deadline); for someone
/// abroad, a deadline is its last hour in Dutch time instead. Undated tasks are
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
            .description(&describe(l10n, lang, task));
        // Abroad, the deadline's last hour in Dutch time, so the person's
        // calendar shows it on their own clock; at home a day is enough.
        match (
            &task.due_abroad,
            date.and_hms_opt(23, 0, 0),
            date.and_hms_opt(23, 59, 0),
        ) {
            (Some(_), Some(start), Some(end)) if task.due.is_some() => {
                let tz = |t| icalendar::CalendarDateTime::WithTimezone {
                    date_time: t,
                    tzid: wegwijs_core::authz::LEGAL_TIME_ZONE.to_string(),
                };
                ev.starts(tz(start)).ends(tz(end));
            }
            _ => {
                ev.all_day(date);
            }
        }
        if let Some(url) = task.sources.first() {
            ev.url(url);
        }
        cal.push(ev.done());
    }
    cal.done().to_string()
}

/// An iCalendar file with the deadlines of requests: for each one still
/// waiting, the last day for the provider to decide; for each decided
/// one, the last day to object. UIDs name the request and the deadline,
/// so importing it again moves an event rather than adding one.
pub fn cases_ics(cases: &[CaseDto], l10n: &Localizer, lang: Language) -> String {
    let mut cal = Calendar::new();
    cal.name(&format!(
        "Wegwijs: {}",
        l10n.text(lang, "export-cases-title")
    ));
    for c in cases {
        let mut args = std::collections::BTreeMap::new();
        args.insert("title".to_string(), crate::FluentArg::Text(c.title.clone()));
        let mut about = vec![format!(
            "{} {}",
            l10n.text(lang, "export-provider"),
            c.provider
        )];
        if let Some(r) = &c.reference {
            about.push(r.clone());
        }
        for (kind, day, summary, note) in [
            (
                "decision",
                c.decision_due.as_deref(),
                "export-case-decision",
                "cases-decision-check",
            ),
            (
                "objection",
                c.objection_due.as_deref(),
                "signal-objection-due",
                "cases-objection-check",
            ),
        ] {
            let Some(date) = day.and_then(|d| d.parse::<chrono::NaiveDate>().ok()) else {
                continue;
            };
            let mut lines = about.clone();
            lines.push(String::new());
            lines.push(l10n.text(lang, note));
            let mut ev = icalendar::Event::new();
            ev.uid(&format!("case-{}-{kind}@wegwijs", c.id))
                .summary(&l10n.format(lang, summary, &args))
                .description(&lines.join("\n"))
                .all_day(date);
            cal.push(ev.done());
        }
    }
    cal.done().to_string()
}

/// One all-day event on each last day to respond to an announcement near
/// the address.
pub fn announcements_ics(items: &[AnnouncementDto], l10n: &Localizer, lang: Language) -> String {
    let mut cal = Calendar::new();
    cal.name(&format!(
        "Wegwijs: {}",
        l10n.text(lang, "export-announcements-title")
    ));
    for a in items {
        let Some(date) = a
            .respond_by
            .as_deref()
            .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
        else {
            continue;
        };
        let mut args = std::collections::BTreeMap::new();
        args.insert("title".to_string(), crate::FluentArg::Text(a.title.clone()));
        let mut lines = vec![a.title.clone()];
        if let Some(o) = &a.organisation {
            lines.push(format!("{} {o}", l10n.text(lang, "export-provider")));
        }
        if let Some(u) = &a.url {
            lines.push(u.clone());
        }
        let mut ev = icalendar::Event::new();
        // The identifier is the service's: a calendar that imports the
        // file again updates the event instead of adding it twice.
        ev.uid(&format!("announcement-{}@wegwijs", a.id))
            .summary(&l10n.format(lang, "signal-announcement-respond-by", &args))
            .description(&lines.join("\n"))
            .all_day(date);
        if let Some(u) = &a.url {
            ev.url(u);
        }
        cal.push(ev.done());
    }
    cal.done().to_string()
}
