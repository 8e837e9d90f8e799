//! Every task's sources: each host is known as government or not
//! (`content/source-hosts.toml`), every task has a government source or
//! says why not, and every event file says when it was last reviewed, with
//! a warning once that is more than a year ago.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;
use std::path::Path;

use wegwijs_content::Catalogue;

fn content() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content"))
}

fn hosts(list: &toml::Value, key: &str) -> HashSet<String> {
    list[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h.as_str().unwrap().to_string())
        .collect()
}

fn host(url: &str) -> String {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    let h = rest.split('/').next().unwrap_or("");
    h.strip_prefix("www.").unwrap_or(h).to_ascii_lowercase()
}

fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle)
        .map_or(1, |i| text[..i].matches('\n').count() + 1)
}

#[test]
fn every_task_has_a_government_source_or_says_why_not() {
    let list: toml::Value =
        toml::from_str(&std::fs::read_to_string(content().join("source-hosts.toml")).unwrap())
            .unwrap();
    let gov: HashSet<String> = hosts(&list, "government")
        .union(&hosts(&list, "municipalities"))
        .cloned()
        .collect();
    let other = hosts(&list, "other");
    let mut problems = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(content().join("events"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    for path in files {
        let name = format!(
            "content/events/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let text = std::fs::read_to_string(&path).unwrap();
        let doc: toml::Value = toml::from_str(&text).unwrap();
        for task in doc["task"].as_array().unwrap() {
            let id = task["id"].as_str().unwrap();
            let sources: Vec<&str> = task["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap())
                .collect();
            for s in &sources {
                let h = host(s);
                if !gov.contains(&h) && !other.contains(&h) {
                    problems.push(format!(
                        "{name}:{}: task `{id}`: source host `{h}` is unknown; add it to content/source-hosts.toml as government, a municipality or other",
                        line_of(&text, s)
                    ));
                }
            }
            let has_gov = sources.iter().any(|s| gov.contains(&host(s)));
            if !has_gov && task.get("non-government").is_none() {
                problems.push(format!(
                    "{name}:{}: task `{id}`: no government source; add the government page, or say why there is none in `non-government = \"...\"`",
                    line_of(&text, &format!("id = \"{id}\""))
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn every_event_file_says_when_it_was_last_reviewed() {
    let cat = Catalogue::embedded();
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        / 86_400;
    let today = jiff::civil::date(1970, 1, 1)
        .checked_add(jiff::Span::new().days(i64::try_from(days).unwrap()))
        .unwrap();
    for ev in &cat.events {
        let reviewed = ev.reviewed.expect("validation requires `reviewed`");
        assert!(
            reviewed <= today,
            "{}: reviewed in the future ({reviewed})",
            ev.id
        );
        if reviewed.saturating_add(jiff::Span::new().years(1)) < today {
            // A warning, not a failure: the facts may still hold, but
            // someone should look.
            eprintln!(
                "warning: content/events/{}.toml was last reviewed on {reviewed}, more than a year ago: check it against its sources",
                ev.id
            );
        }
    }
}
