//! The document vault through the application API.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use wegwijs_app::{DocumentInput, ErrorCode, MemoryKeyring, Wegwijs};

async fn open(dir: &Path, ring: &MemoryKeyring) -> Wegwijs {
    Wegwijs::open(dir, ring, None).await.unwrap().app
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn input(kind: &str, title: &str) -> DocumentInput {
    DocumentInput {
        kind: Some(kind.into()),
        title: Some(title.into()),
        ..Default::default()
    }
}

#[tokio::test]
async fn add_search_export_edit_remove() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let app = open(data.path(), &ring).await;
    let lease = write(
        files.path(),
        "huur.txt",
        "Huurcontract Één kamer, €750 per maand".as_bytes(),
    );
    let mut meta = input("rental-contract", "Huurcontract Utrecht");
    meta.tags = vec!["woning".into(), "café".into()];
    meta.expires = Some("2027-06-30".into());
    let r = app
        .act_for(None)
        .await
        .unwrap()
        .add(std::slice::from_ref(&lease), &meta)
        .await
        .unwrap();
    assert!(r.failed.is_empty());
    let id = r.added[0].id.clone();
    assert_eq!(r.added[0].kind, "rental-contract");

    for q in ["huurc", "UTRECHT", "een kamer", "cafe", "woning maand"] {
        let found = app.act_for(None).await.unwrap().search(q).await.unwrap();
        assert_eq!(found.len(), 1, "{q}");
    }
    assert!(
        app.act_for(None)
            .await
            .unwrap()
            .search("paspoort")
            .await
            .unwrap()
            .is_empty()
    );

    let out = files.path().join("copy.txt");
    app.act_for(None)
        .await
        .unwrap()
        .export(&id, false, |_| Some(std::path::PathBuf::from(&out)))
        .await
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&lease).unwrap());
    let again = app
        .act_for(None)
        .await
        .unwrap()
        .export(&id, false, |_| Some(std::path::PathBuf::from(&out)))
        .await
        .unwrap_err();
    assert_eq!(again.message_id, "error-out-exists");

    let mut edit = input("rental-contract", "Lease Utrecht");
    edit.expires = Some("2027-06-30".into());
    app.act_for(None)
        .await
        .unwrap()
        .update(&id, &edit)
        .await
        .unwrap();
    assert_eq!(
        app.act_for(None)
            .await
            .unwrap()
            .search("lease")
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        app.act_for(None)
            .await
            .unwrap()
            .document(&id)
            .await
            .unwrap()
            .tags,
        Vec::<String>::new()
    );

    assert_eq!(
        app.act_for(None)
            .await
            .unwrap()
            .verify()
            .await
            .unwrap()
            .damaged,
        Vec::<String>::new()
    );
    app.act_for(None).await.unwrap().remove(&id).await.unwrap();
    assert!(
        app.act_for(None)
            .await
            .unwrap()
            .documents()
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        app.act_for(None)
            .await
            .unwrap()
            .remove(&id)
            .await
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );
    assert_eq!(
        std::fs::read_dir(data.path().join("vault"))
            .unwrap()
            .count(),
        0,
        "the blob is gone"
    );
    app.close().await;
}

#[tokio::test]
async fn bad_files_get_a_clear_error_and_the_good_ones_still_go_in() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let app = open(data.path(), &ring).await;
    let good = write(files.path(), "good.txt", b"fine");
    let empty = write(files.path(), "empty.txt", b"");
    let fake = write(files.path(), "brief.pdf", b"<html>404 not found</html>");
    let missing = files.path().join("missing.txt");
    let dir = files.path().to_path_buf();
    let long = write(files.path(), &"a".repeat(250), b"long name");
    let traversal = files.path().join("sub/../good.txt");
    std::fs::create_dir(files.path().join("sub")).unwrap();
    let r = app
        .act_for(None)
        .await
        .unwrap()
        .add(
            &[good, empty, fake, missing, dir, long, traversal],
            &DocumentInput::default(),
        )
        .await
        .unwrap();
    let ids: Vec<&str> = r
        .failed
        .iter()
        .map(|f| f.error.message_id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "error-file-empty",
            "error-not-a-pdf",
            "error-file-not-found",
            "error-file-is-directory"
        ]
    );
    assert_eq!(r.added.len(), 3);
    assert_eq!(r.added[0].title, "good");
    assert_eq!(r.added[1].file_name.len(), 250);
    assert_eq!(r.added[2].file_name, "good.txt");

    let bad_meta = [
        (
            DocumentInput {
                kind: Some("spaceship".into()),
                ..Default::default()
            },
            "error-kind-unknown",
        ),
        (
            DocumentInput {
                expires: Some("2027-02-30".into()),
                ..Default::default()
            },
            "error-date-invalid",
        ),
        (
            DocumentInput {
                issued: Some("2027-01-01".into()),
                expires: Some("2026-01-01".into()),
                ..Default::default()
            },
            "error-expiry-before-issue",
        ),
        (
            DocumentInput {
                title: Some("x".repeat(201)),
                ..Default::default()
            },
            "error-title-too-long",
        ),
        (
            DocumentInput {
                tags: vec!["a\u{0}b".into()],
                ..Default::default()
            },
            "error-tag-invalid",
        ),
    ];
    let file = write(files.path(), "x.txt", b"x");
    for (meta, expected) in bad_meta {
        let r = app
            .act_for(None)
            .await
            .unwrap()
            .add(std::slice::from_ref(&file), &meta)
            .await
            .unwrap();
        assert_eq!(r.failed[0].error.message_id, expected);
        assert_eq!(r.failed[0].error.code, ErrorCode::InvalidInput);
    }
    assert_eq!(
        app.act_for(None)
            .await
            .unwrap()
            .documents()
            .await
            .unwrap()
            .len(),
        3,
        "nothing half-added"
    );
    app.close().await;
}

#[cfg(unix)]
#[tokio::test]
async fn a_non_utf8_file_name_is_kept_readably() {
    use std::os::unix::ffi::OsStrExt;
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let app = open(data.path(), &ring).await;
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    let p = files.path().join(name);
    std::fs::write(&p, b"latin-1 name").unwrap();
    let r = app
        .act_for(None)
        .await
        .unwrap()
        .add(&[p], &DocumentInput::default())
        .await
        .unwrap();
    assert_eq!(r.added[0].file_name, "caf\u{fffd}.txt");
    app.close().await;
}

#[tokio::test]
async fn a_damaged_blob_is_reported_and_exports_nothing() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let app = open(data.path(), &ring).await;
    let a = write(files.path(), "a.txt", &vec![7u8; 200_000]);
    let b = write(files.path(), "b.txt", b"other");
    let r = app
        .act_for(None)
        .await
        .unwrap()
        .add(&[a, b], &DocumentInput::default())
        .await
        .unwrap();
    let bad = &r.added[0].id;
    let blob = data.path().join("vault").join(format!("{bad}.blob"));
    let mut bytes = std::fs::read(&blob).unwrap();
    bytes[100_000] ^= 0x01;
    std::fs::write(&blob, bytes).unwrap();
    let report = app.act_for(None).await.unwrap().verify().await.unwrap();
    assert_eq!((report.documents, report.ok), (2, 1));
    assert_eq!(report.damaged, std::slice::from_ref(bad));
    let out = files.path().join("out.txt");
    let e = app
        .act_for(None)
        .await
        .unwrap()
        .export(bad, false, |_| Some(std::path::PathBuf::from(&out)))
        .await
        .unwrap_err();
    assert_eq!(e.message_id, "error-document-damaged");
    assert!(!out.exists(), "no partial plaintext");
    app.close().await;
}

/// This test binary doubles as the PDF reader, as the shells' binaries do
/// (`extract::child_main_if_asked` first thing in `main`).
#[test]
fn pdf_reader_child() {
    if let Some(code) = wegwijs_app::extract::child_main_if_asked() {
        std::process::exit(code);
    }
}

fn this_binary_as_reader() -> wegwijs_app::Extractor {
    wegwijs_app::Extractor::Program {
        program: std::env::current_exe().unwrap(),
        args: ["pdf_reader_child", "--exact", "--nocapture", "-q"]
            .map(String::from)
            .to_vec(),
    }
}

#[tokio::test]
async fn the_text_of_a_pdf_is_searchable() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let app = open(data.path(), &ring)
        .await
        .with_extractor(this_binary_as_reader());
    app.save_profile(wegwijs_app::ProfileInput {
        name: "Samira".into(),
        birth_date: "1995-03-14".into(),
        residence_country: "NL".into(),
        municipality: Some("Rotterdam".into()),
        ..Default::default()
    })
    .await
    .unwrap();
    app.set_language(wegwijs_app::Lang::from(wegwijs_core::Language::NL))
        .await
        .unwrap();
    let pdf = app
        .act_for(None)
        .await
        .unwrap()
        .plan_pdf("birth", "2026-11-27")
        .await
        .unwrap();
    let path = write(files.path(), "checklist.pdf", &pdf);
    let r = app
        .act_for(None)
        .await
        .unwrap()
        .add(&[path], &DocumentInput::default())
        .await
        .unwrap();
    assert_eq!(r.added[0].media_type, "application/pdf");
    assert!(r.without_text.is_empty());
    // "Aangifte" appears in the birth checklist's text, not in its title.
    let found = app
        .act_for(None)
        .await
        .unwrap()
        .search("aangif")
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    app.close().await;
}

#[tokio::test]
async fn backup_restores_on_another_device_and_refuses_damage() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let app = open(data.path(), &ring).await;
    let a = write(files.path(), "paspoort.txt", b"Paspoort NL123");
    let b = write(files.path(), "big.bin", &vec![42u8; 300_000]);
    let mut meta = input("passport", "Paspoort");
    meta.expires = Some("2030-01-01".into());
    meta.tags = vec!["reis".into()];
    app.act_for(None)
        .await
        .unwrap()
        .add(&[a], &meta)
        .await
        .unwrap();
    app.act_for(None)
        .await
        .unwrap()
        .add(&[b], &DocumentInput::default())
        .await
        .unwrap();
    let backup = files.path().join("backup.age");
    let short = app
        .act_for(None)
        .await
        .unwrap()
        .backup(&backup, "short")
        .await
        .unwrap_err();
    assert_eq!(short.message_id, "error-passphrase-too-short");
    assert_eq!(
        app.act_for(None)
            .await
            .unwrap()
            .backup(&backup, "backup passphrase")
            .await
            .unwrap()
            .documents,
        2
    );
    let bytes = std::fs::read(&backup).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));
    assert!(!bytes.windows(8).any(|w| w == b"Paspoort"));

    let other_data = tempfile::tempdir().unwrap();
    let other = open(other_data.path(), &MemoryKeyring::default()).await;
    let wrong = other
        .act_for(None)
        .await
        .unwrap()
        .restore(&backup, "not the passphrase")
        .await
        .unwrap_err();
    assert_eq!(wrong.message_id, "error-backup-wrong-passphrase");
    let cut = write(files.path(), "cut.age", &bytes[..bytes.len() - 100]);
    assert_eq!(
        other
            .act_for(None)
            .await
            .unwrap()
            .restore(&cut, "backup passphrase")
            .await
            .unwrap_err()
            .message_id,
        "error-backup-damaged"
    );
    let mut tampered = bytes.clone();
    let n = tampered.len();
    tampered[n / 2] ^= 0x20;
    let tampered = write(files.path(), "tampered.age", &tampered);
    assert_eq!(
        other
            .act_for(None)
            .await
            .unwrap()
            .restore(&tampered, "backup passphrase")
            .await
            .unwrap_err()
            .message_id,
        "error-backup-damaged"
    );
    assert!(
        other
            .act_for(None)
            .await
            .unwrap()
            .documents()
            .await
            .unwrap()
            .is_empty(),
        "nothing half-restored"
    );
    assert_eq!(
        std::fs::read_dir(other_data.path().join("vault"))
            .unwrap()
            .count(),
        0
    );

    let r = other
        .act_for(None)
        .await
        .unwrap()
        .restore(&backup, "backup passphrase")
        .await
        .unwrap();
    assert_eq!((r.restored, r.skipped), (2, 0));
    let found = other
        .act_for(None)
        .await
        .unwrap()
        .search("reis")
        .await
        .unwrap();
    assert_eq!(found[0].title, "Paspoort");
    assert_eq!(found[0].expires.as_deref(), Some("2030-01-01"));
    assert_eq!(
        other
            .act_for(None)
            .await
            .unwrap()
            .search("nl123")
            .await
            .unwrap()
            .len(),
        1,
        "text kept"
    );
    assert_eq!(
        other
            .act_for(None)
            .await
            .unwrap()
            .verify()
            .await
            .unwrap()
            .ok,
        2
    );
    let again = other
        .act_for(None)
        .await
        .unwrap()
        .restore(&backup, "backup passphrase")
        .await
        .unwrap();
    assert_eq!((again.restored, again.skipped), (0, 2));
    other.close().await;
    app.close().await;
}

#[tokio::test]
async fn orphans_from_a_crash_go_at_the_next_start() {
    let data = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let app = open(data.path(), &ring).await;
    app.close().await;
    let vault = data.path().join("vault");
    std::fs::write(
        vault.join("00112233445566778899aabbccddeeff.blob"),
        b"no row",
    )
    .unwrap();
    std::fs::write(vault.join("x.blob.partial"), b"half").unwrap();
    let app = open(data.path(), &ring).await;
    assert_eq!(std::fs::read_dir(&vault).unwrap().count(), 0);
    app.close().await;
}

#[tokio::test]
async fn a_copy_opens_elsewhere_only_with_the_recovery_key() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let opened = Wegwijs::open(data.path(), &ring, None).await.unwrap();
    let recovery = opened.recovery_key.unwrap().display().to_string();
    let app = opened.app;
    let doc = write(files.path(), "diploma.txt", b"Diploma");
    app.act_for(None)
        .await
        .unwrap()
        .add(&[doc], &input("diploma", "Diploma"))
        .await
        .unwrap();
    app.close().await;
    let again = Wegwijs::open(data.path(), &ring, None).await.unwrap();
    assert!(again.recovery_key.is_none(), "shown only once");
    again.app.close().await;

    let new_ring = MemoryKeyring::default();
    let e = Wegwijs::open(data.path(), &new_ring, None)
        .await
        .unwrap_err();
    assert_eq!(
        (e.code, e.message_id.as_str()),
        (ErrorCode::Locked, "error-key-missing")
    );
    let app = Wegwijs::recover(data.path(), &new_ring, &recovery, None)
        .await
        .unwrap();
    assert_eq!(
        app.act_for(None)
            .await
            .unwrap()
            .search("diploma")
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        app.act_for(None).await.unwrap().verify().await.unwrap().ok,
        1
    );
    app.close().await;
}

fn date_in_days(days: i64) -> String {
    use jiff::ToSpan;
    use wegwijs_app::Clock;
    wegwijs_app::SystemClock
        .today()
        .checked_add(days.days())
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn expiring_documents_become_signals_and_show_up_in_what_to_bring() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let app = open(data.path(), &ring).await;
    app.save_profile(wegwijs_app::ProfileInput {
        name: "Samira".into(),
        birth_date: "1995-03-14".into(),
        residence_country: "NL".into(),
        municipality: Some("Rotterdam".into()),
        ..Default::default()
    })
    .await
    .unwrap();
    let f = write(files.path(), "p.txt", b"passport scan");
    let mut soon = input("passport", "Paspoort Samira");
    soon.expires = Some(date_in_days(60));
    let mut later = input("id-card", "ID-kaart");
    later.expires = Some(date_in_days(240));
    app.act_for(None)
        .await
        .unwrap()
        .add(std::slice::from_ref(&f), &soon)
        .await
        .unwrap();
    app.act_for(None)
        .await
        .unwrap()
        .add(std::slice::from_ref(&f), &later)
        .await
        .unwrap();

    let signals = app
        .act_for(None)
        .await
        .unwrap()
        .signals(None, 183)
        .await
        .unwrap();
    let docs: Vec<_> = signals.iter().filter_map(|s| s.document.as_ref()).collect();
    assert_eq!(docs.len(), 1, "the ID card is 8 months away: not yet");
    assert_eq!(docs[0].title, "Paspoort Samira");
    let s = signals.iter().find(|s| s.document.is_some()).unwrap();
    assert_eq!(
        (s.event.as_str(), s.title_id.as_str()),
        ("document-expiry", "signal-document-expires")
    );
    assert_eq!(s.date, date_in_days(60));

    // Living abroad, renewal starts 9 months ahead.
    app.update_profile(wegwijs_app::ProfilePatch {
        residence_country: Some("ES".into()),
        municipality: Some(String::new()),
        ..Default::default()
    })
    .await
    .unwrap();
    let abroad = app
        .act_for(None)
        .await
        .unwrap()
        .signals(None, 183)
        .await
        .unwrap();
    assert_eq!(abroad.iter().filter(|s| s.document.is_some()).count(), 2);

    let notes = app
        .act_for(None)
        .await
        .unwrap()
        .take_notifications()
        .await
        .unwrap();
    assert!(notes.iter().any(|n| n.title.contains("Paspoort Samira")));
    assert!(
        app.act_for(None)
            .await
            .unwrap()
            .take_notifications()
            .await
            .unwrap()
            .iter()
            .all(|n| !n.title.contains("Paspoort")),
        "each document is announced once"
    );

    // An emigration 90 days from now: the passport expires before then.
    let plan = app
        .act_for(None)
        .await
        .unwrap()
        .plan("emigration", &date_in_days(90))
        .await
        .unwrap();
    let held: Vec<_> = plan
        .tasks
        .iter()
        .chain(&plan.left_out)
        .flat_map(|t| t.in_vault.iter())
        .collect();
    assert!(
        held.iter()
            .any(|d| d.title == "Paspoort Samira" && !d.valid)
    );
    assert!(held.iter().any(|d| d.title == "ID-kaart" && d.valid));
    app.close().await;
}
