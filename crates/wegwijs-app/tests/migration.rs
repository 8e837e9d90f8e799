//! Existing installations migrate without loss. `fixtures/installation-0008`
//! was made by the CLI of main before children became people of the
//! household (its schema ends at migration 0008), with
//! `fixtures/installation-0008.sh`: Ingrid, her father Henk with a mandate
//! for documents, three children on her profile (born 2006, 2014 and 2019,
//! listed out of order), and a document of each of them: `child-1` the
//! eldest, as that version named them. The middle one, Daan, is also under
//! People with parental authority and a document of his own there.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use wegwijs_app::{ErrorCode, FixedClock, MemoryKeyring, PersonId, Wegwijs};

const PASSPHRASE: &str = "migration fixture";

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

async fn open_copy(dir: &Path) -> Wegwijs {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/installation-0008");
    copy_dir(&fixture, dir);
    reopen(dir).await
}

async fn reopen(dir: &Path) -> Wegwijs {
    Wegwijs::open(dir, &MemoryKeyring::default(), Some(PASSPHRASE))
        .await
        .unwrap()
        .app
}

fn titles(docs: &[wegwijs_app::DocumentDto]) -> Vec<&str> {
    let mut t: Vec<&str> = docs.iter().map(|d| d.title.as_str()).collect();
    t.sort_unstable();
    t
}

#[tokio::test]
async fn the_profiles_children_become_people_of_the_household_with_their_documents() {
    let dir = tempfile::tempdir().unwrap();
    let app = open_copy(dir.path()).await;

    let people = app.people().await.unwrap();
    let summary: Vec<(&str, &str, Option<&str>)> = people
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.birth_date.as_str(),
                p.relation.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("Ingrid van den Berg-Oosterhuis", "1979-05-01", None),
            ("Henk van den Berg", "1944-03-02", Some("parent")),
            // The profile's child-2 is Daan: one person, not two.
            ("Daan van den Berg", "2014-03-02", Some("child")),
            // By age, as child-1 and child-3 were counted.
            ("Kind 1", "2006-05-10", Some("child")),
            ("Kind 3", "2019-07-15", Some("child")),
        ]
    );
    let id = |name: &str| PersonId(people.iter().find(|p| p.name == name).unwrap().id);
    let (henk, eldest, middle, youngest) = (
        id("Henk van den Berg"),
        id("Kind 1"),
        id("Daan van den Berg"),
        id("Kind 3"),
    );

    // Parental authority for each, recorded in the log: from birth for the
    // two from the profile (for the eldest it ended at 18 by itself), and
    // Daan's as recorded before, not a second one.
    let today = app.today();
    let reps = app.representations(today).await.unwrap();
    let mut authority: Vec<(u32, &str, bool)> = reps
        .iter()
        .filter(|r| r.basis == "ouderlijk-gezag")
        .map(|r| (r.subject, r.from.as_str(), r.active))
        .collect();
    authority.sort_unstable();
    let mut expected = vec![
        (eldest.0, "2006-05-10", false),
        (middle.0, "2026-12-01", true),
        (youngest.0, "2019-07-15", true),
    ];
    expected.sort_unstable();
    assert_eq!(authority, expected);
    assert!(
        reps.iter()
            .any(|r| r.subject == henk.0 && r.basis == "machtiging")
    );
    let report = app.audit_verify().await.unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.missing_found_at, None);
    let grants = app
        .audit_list(None)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "representation.grant")
        .count();
    assert_eq!(
        grants, 4,
        "Henk's mandate, Daan's authority, and the two others"
    );

    // Each document is where it was: the owner's own, each child's, Henk's.
    let own = app.act_for(None).await.unwrap();
    assert_eq!(titles(&own.documents().await.unwrap()), ["huurcontract"]);
    let of = |p| {
        let app = app.clone();
        async move {
            app.act_for(Some(p))
                .await
                .unwrap()
                .documents()
                .await
                .unwrap()
        }
    };
    assert_eq!(titles(&of(middle).await), ["daan-id", "paspoort-kind2"]);
    assert_eq!(titles(&of(youngest).await), ["zwemdiploma-kind3"]);
    assert_eq!(titles(&of(henk).await), ["henk"]);
    assert!(of(middle).await.iter().all(|d| d.owner == Some(middle)));
    // The eldest is an adult: their diploma is theirs, kept, and needs a
    // mandate from them now.
    let refused = app
        .act_for(Some(eldest))
        .await
        .unwrap()
        .documents()
        .await
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::Forbidden);
    let verified = own.verify().await.unwrap();
    assert_eq!((verified.documents, verified.ok), (6, 6));

    // Guidance knows the owner has children; the middle one's passport is
    // a signal of theirs, not of the owner's.
    let signals = app
        .act_for(Some(middle))
        .await
        .unwrap()
        .signals(Some("2026-12-01"), 183)
        .await
        .unwrap();
    assert!(signals.iter().any(|s| s.document.is_some()));
    app.close().await;

    // Opening again records nothing twice.
    let app = reopen(dir.path()).await;
    assert_eq!(app.representations(today).await.unwrap().len(), reps.len());
    assert!(app.audit_verify().await.unwrap().ok);
    app.close().await;
}

#[tokio::test]
async fn a_child_moved_from_the_profile_can_be_named() {
    let dir = tempfile::tempdir().unwrap();
    let app = open_copy(dir.path()).await;
    let kind = app
        .people()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Kind 3")
        .unwrap();
    let named = app
        .rename_person(PersonId(kind.id), "  Sanne  ")
        .await
        .unwrap();
    assert_eq!(named.name, "Sanne");
    let e = app.rename_person(PersonId(kind.id), " ").await.unwrap_err();
    assert_eq!(e.message_id, "error-name-missing");
    let me = app.me_id().await.unwrap();
    let e = app
        .rename_person(PersonId(u32::try_from(me).unwrap()), "Someone else")
        .await
        .unwrap_err();
    assert_eq!(
        e.code,
        ErrorCode::NotFound,
        "the owner's name is the profile's"
    );

    // The signal of the youngest now names her.
    let app = app.with_clock(std::sync::Arc::new(FixedClock::on(jiff::civil::date(
        2037, 3, 1,
    ))));
    let own = app.act_for(None).await.unwrap();
    let signals = own.signals(Some("2037-03-01"), 183).await.unwrap();
    let hers = signals
        .iter()
        .find(|s| s.subject == Some(PersonId(kind.id)))
        .unwrap();
    // Her parental authority ends: one signal, about the owner's part.
    assert_eq!(hers.title_id, "signal-authority-ends");
    assert_eq!(hers.about.as_deref(), Some("Sanne"));
    assert_eq!(
        signals
            .iter()
            .filter(|s| s.subject == Some(PersonId(kind.id)))
            .count(),
        1
    );
    app.close().await;
}

const OLD_BACKUP_PASSPHRASE: &str = "old backup passphrase";

fn old_backup() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backup-0008.age")
}

#[tokio::test]
async fn a_backup_made_before_puts_each_childs_document_back_with_that_child() {
    let dir = tempfile::tempdir().unwrap();
    let app = open_copy(dir.path()).await;
    let youngest = PersonId(
        app.people()
            .await
            .unwrap()
            .into_iter()
            .find(|p| p.name == "Kind 3")
            .unwrap()
            .id,
    );
    let hers = app.act_for(Some(youngest)).await.unwrap();
    let diploma = hers.documents().await.unwrap()[0].id.clone();
    hers.remove(&diploma).await.unwrap();

    let report = app
        .act_for(None)
        .await
        .unwrap()
        .restore(&old_backup(), OLD_BACKUP_PASSPHRASE)
        .await
        .unwrap();
    // The eldest is an adult: her diploma is not the owner's to put back.
    assert_eq!(
        (report.restored, report.skipped, report.not_allowed),
        (1, 4, 1),
        "{report:?}"
    );
    assert!(!report.log_behind);
    let back = app
        .act_for(Some(youngest))
        .await
        .unwrap()
        .documents()
        .await
        .unwrap();
    assert_eq!(titles(&back), ["zwemdiploma-kind3"], "child-3 is hers");
    app.close().await;
}

#[tokio::test]
async fn on_a_new_installation_an_old_backup_gives_back_the_owners_documents_only() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let app = Wegwijs::open(dir.path(), &ring, None).await.unwrap().app;
    app.save_profile(wegwijs_app::ProfileInput {
        name: "Ingrid van den Berg-Oosterhuis".into(),
        birth_date: "1979-05-01".into(),
        residence_country: "NL".into(),
        municipality: Some("Utrecht".into()),
        ..Default::default()
    })
    .await
    .unwrap();
    let own = app.act_for(None).await.unwrap();
    let report = own
        .restore(&old_backup(), OLD_BACKUP_PASSPHRASE)
        .await
        .unwrap();
    // No children here yet, nor Henk or Daan: theirs stay in the backup.
    assert_eq!((report.restored, report.not_allowed), (1, 5), "{report:?}");
    assert_eq!(titles(&own.documents().await.unwrap()), ["huurcontract"]);
    app.close().await;
}
