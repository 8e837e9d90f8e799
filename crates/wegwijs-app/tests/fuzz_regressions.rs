//! Every input the fuzzers keep (fuzz/corpus/<target>/) and every crash
//! they found (fuzz/crashes/<target>/), run again through the same entry
//! points on each `cargo test`: a crash found once stays fixed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use wegwijs_app::fuzzing;

/// A fuzz target's name and its entry point.
type Target = (&'static str, fn(&[u8]));

const TARGETS: &[Target] = &[
    ("blob", fuzzing::blob),
    ("key_file", fuzzing::key_file),
    ("recovery_key", fuzzing::recovery_key),
    ("search_query", fuzzing::search_query),
    ("callback_head", fuzzing::callback_head),
    ("content_toml", fuzzing::content_toml),
    ("backup_tar", fuzzing::backup_tar),
    ("sru_page", fuzzing::sru_page),
];

fn fuzz_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

#[test]
fn every_kept_input_and_crash_runs_without_a_panic() {
    for (target, run) in TARGETS {
        let mut seen = 0;
        for kind in ["corpus", "crashes"] {
            let Ok(dir) = std::fs::read_dir(fuzz_dir().join(kind).join(target)) else {
                continue;
            };
            for entry in dir.flatten() {
                let path = entry.path();
                if path.is_file() && path.file_name().is_some_and(|n| n != "README.md") {
                    let bytes = std::fs::read(&path).unwrap();
                    let outcome = std::panic::catch_unwind(|| run(&bytes));
                    assert!(outcome.is_ok(), "{target}: {} panics", path.display());
                    seen += 1;
                }
            }
        }
        assert!(seen > 0, "{target} has no seed in fuzz/corpus/{target}");
    }
}

#[test]
fn the_blob_seed_is_a_real_blob() {
    let committed = std::fs::read(fuzz_dir().join("corpus/blob/three-chunks")).unwrap();
    assert!(
        fuzzing::blob_decrypts(&committed),
        "the seed reaches the chunks"
    );
    assert!(fuzzing::blob_decrypts(&fuzzing::blob_seed()));
}
