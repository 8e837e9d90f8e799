//! The shipped catalogue is complete: every event the product promises is
//! there, and every text it needs exists in every shipped language.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use wegwijs_app::Localizer;
use wegwijs_app::guidance::{all_reason_message_ids, all_signal_message_ids};
use wegwijs_content::Catalogue;
use wegwijs_core::Language;
use wegwijs_core::guidance::{CHANNELS, DOCUMENT_KINDS, PROVIDERS};

const EVENTS: [&str; 14] = [
    "birth",
    "turning-18",
    "moving",
    "death-of-relative",
    "marriage",
    "divorce",
    "starting-business",
    "job-loss",
    "retirement",
    "emigration",
    "return-to-netherlands",
    "debts",
    "studying",
    "care-need",
];

fn missing(ids: impl IntoIterator<Item = (String, String)>) -> Vec<String> {
    let l10n = Localizer::new();
    let mut out = Vec::new();
    for (entry, id) in ids {
        for &lang in Language::ALL {
            if !l10n.has_message(lang, &id) {
                out.push(format!(
                    "{entry}: message `{id}` is missing in locales/{lang}/"
                ));
            }
        }
    }
    out
}

#[test]
fn every_promised_event_is_in_the_catalogue() {
    let cat = Catalogue::embedded();
    let absent: Vec<_> = EVENTS.iter().filter(|id| cat.event(id).is_none()).collect();
    assert!(
        absent.is_empty(),
        "events missing from content/events/: {absent:?}; problems: {:#?}",
        cat.problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    );
}

#[test]
fn every_event_and_task_text_exists_in_nl_and_en() {
    let cat = Catalogue::embedded();
    let mut ids = Vec::new();
    for e in &cat.events {
        let file = format!("content/events/{}.toml", e.id);
        for part in ["title", "summary", "date"] {
            ids.push((file.clone(), format!("event-{}-{part}", e.id)));
        }
        for t in &e.tasks {
            for part in ["title", "body"] {
                ids.push((
                    format!("{file}: task `{}`", t.id),
                    format!("task-{}-{}-{part}", e.id, t.id),
                ));
            }
        }
    }
    let problems = missing(ids);
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn every_provider_channel_document_kind_and_reason_has_a_text() {
    let ids = PROVIDERS
        .iter()
        .map(|p| format!("provider-{p}"))
        .chain(CHANNELS.iter().map(|c| format!("channel-{c}")))
        .chain(DOCUMENT_KINDS.iter().map(|d| format!("document-kind-{d}")))
        .chain(all_reason_message_ids())
        .chain(all_signal_message_ids())
        .map(|id| ("catalogue".to_string(), id));
    let problems = missing(ids);
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}
