//! Hostile backup files: each refused quickly with a clear error, and
//! nothing written. The files are made here with age and tar as an
//! attacker would, not by Wegwijs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use serde_json::{Value, json};
use wegwijs_app::{ErrorCode, MemoryKeyring};

mod support;

const PASS: &str = "a long backup passphrase";
const ID: &str = "0123456789abcdef0123456789abcdef";
const BODY: &[u8] = b"huurcontract";

fn document(id: &str, file_name: &str) -> Value {
    json!({
        "id": id,
        "path": format!("documents/{id}/{file_name}"),
        "title": "Huurcontract",
        "kind": "rental-contract",
        "owner": "me",
        "file_name": file_name,
        "media_type": "text/plain",
        "size": BODY.len(),
        "blake3": blake3::hash(BODY).to_hex().to_string(),
        "issued": null,
        "expires": null,
        "tags": [],
        "events": [],
        "text": "huurcontract",
    })
}

enum Entry {
    File(String, Vec<u8>),
    Link(String, String),
}

fn backup(work_factor: u8, documents: Vec<Value>, entries: Vec<Entry>) -> Vec<u8> {
    let manifest = serde_json::to_vec(&json!({
        "format": 1,
        "created": "2026-12-01T00:00:00Z",
        "documents": documents,
    }))
    .unwrap();
    let mut tar = tar::Builder::new(Vec::new());
    let mut append = |path: &str, kind: tar::EntryType, bytes: &[u8], link: Option<&str>| {
        let mut h = tar::Header::new_gnu();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o600);
        h.set_entry_type(kind);
        if let Some(target) = link {
            h.set_link_name(target).unwrap();
        }
        // Raw names: tar's own path checks would refuse `../`.
        let name = path.as_bytes();
        h.as_old_mut().name[..name.len()].copy_from_slice(name);
        h.set_cksum();
        tar.append(&h, bytes).unwrap();
    };
    append(
        "wegwijs-backup.json",
        tar::EntryType::Regular,
        &manifest,
        None,
    );
    for e in entries {
        match e {
            Entry::File(path, bytes) => append(&path, tar::EntryType::Regular, &bytes, None),
            Entry::Link(path, target) => append(&path, tar::EntryType::Symlink, &[], Some(&target)),
        }
    }
    let plain = tar.into_inner().unwrap();
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(PASS.to_owned()));
    recipient.set_work_factor(work_factor);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut out = Vec::new();
    let mut w = encryptor.wrap_output(&mut out).unwrap();
    w.write_all(&plain).unwrap();
    w.finish().unwrap();
    out
}

/// The same file with its scrypt stanza asking for `2^log_n` (making one
/// for real would take 4 GiB and a minute here; the header says it all).
fn asking_for(log_n: u8, mut age_file: Vec<u8>) -> Vec<u8> {
    let at = age_file.windows(9).position(|w| w == b"-> scrypt").unwrap();
    let end = at + age_file[at..].iter().position(|&b| b == b'\n').unwrap();
    assert_eq!(&age_file[end - 3..end], b" 10");
    age_file[end - 2..end].copy_from_slice(log_n.to_string().as_bytes());
    age_file
}

fn file(id: &str, name: &str) -> Entry {
    Entry::File(format!("documents/{id}/{name}"), BODY.to_vec())
}

#[tokio::test]
async fn hostile_backups_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, _) = support::ingrid(dir.path(), &ring).await;
    let own = app.act_for(None).await.unwrap();

    // A well-made one restores: the cases below differ in one thing each.
    let good = files.path().join("good.age");
    std::fs::write(
        &good,
        backup(
            10,
            vec![document(ID, "huur.txt")],
            vec![file(ID, "huur.txt")],
        ),
    )
    .unwrap();
    let fresh = tempfile::tempdir().unwrap();
    let (other, _) = support::ingrid(fresh.path(), &ring).await;
    let r = other
        .act_for(None)
        .await
        .unwrap()
        .restore(&good, PASS)
        .await
        .unwrap();
    assert_eq!(r.restored, 1);
    other.close().await;

    let other_id = "fedcba9876543210fedcba9876543210";
    let mut bigger = document(ID, "huur.txt");
    bigger["size"] = json!(BODY.len() + 1);
    let mut unknown_kind = document(ID, "huur.txt");
    unknown_kind["kind"] = json!("love-letter");
    let mut wrong_path = document(ID, "huur.txt");
    wrong_path["path"] = json!("documents/elsewhere/huur.txt");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "../x",
            backup(10, vec![document(ID, "../x")], vec![file(ID, "../x")]),
            "error-backup-damaged",
        ),
        (
            "/etc/passwd",
            backup(
                10,
                vec![document(ID, "/etc/passwd")],
                vec![file(ID, "/etc/passwd")],
            ),
            "error-backup-damaged",
        ),
        (
            "a control character",
            backup(
                10,
                vec![document(ID, "huur\u{7}.txt")],
                vec![file(ID, "huur\u{7}.txt")],
            ),
            "error-backup-damaged",
        ),
        (
            "duplicate ids",
            backup(
                10,
                vec![document(ID, "a.txt"), document(ID, "b.txt")],
                vec![file(ID, "a.txt"), file(ID, "b.txt")],
            ),
            "error-backup-damaged",
        ),
        (
            "a symlink entry",
            backup(
                10,
                vec![document(ID, "huur.txt")],
                vec![Entry::Link(
                    format!("documents/{ID}/huur.txt"),
                    "/etc/passwd".into(),
                )],
            ),
            "error-backup-damaged",
        ),
        (
            "a size that disagrees with the tar",
            backup(10, vec![bigger], vec![file(ID, "huur.txt")]),
            "error-backup-damaged",
        ),
        (
            "the same entry twice",
            backup(
                10,
                vec![document(ID, "huur.txt")],
                vec![file(ID, "huur.txt"), file(ID, "huur.txt")],
            ),
            "error-backup-damaged",
        ),
        (
            "an unknown kind",
            backup(10, vec![unknown_kind], vec![file(ID, "huur.txt")]),
            "error-backup-damaged",
        ),
        (
            "a path that is not the document's",
            backup(10, vec![wrong_path], vec![file(ID, "huur.txt")]),
            "error-backup-damaged",
        ),
        (
            "a document the archive lacks",
            backup(
                10,
                vec![document(ID, "a.txt"), document(other_id, "b.txt")],
                vec![file(ID, "a.txt")],
            ),
            "error-backup-damaged",
        ),
        (
            "a work factor of 2^22",
            asking_for(
                22,
                backup(
                    10,
                    vec![document(ID, "huur.txt")],
                    vec![file(ID, "huur.txt")],
                ),
            ),
            "error-backup-too-costly",
        ),
    ];
    for (what, bytes, message) in cases {
        let path = files.path().join("hostile.age");
        std::fs::write(&path, bytes).unwrap();
        let started = Instant::now();
        let e = own.restore(&path, PASS).await.unwrap_err();
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{what}: refused quickly"
        );
        assert_eq!(e.code, ErrorCode::CorruptData, "{what}: {e:?}");
        assert_eq!(e.message_id, message, "{what}");
        assert!(own.documents().await.unwrap().is_empty(), "{what}");
        let blobs: Vec<_> = std::fs::read_dir(dir.path().join("vault"))
            .unwrap()
            .flatten()
            .collect();
        assert!(blobs.is_empty(), "{what}: no blob left behind");
    }
    app.close().await;
}
