//! The shipped languages are the folders of `locales/` that hold `.ftl`
//! files: adding a language is adding a folder, and Rust, the UI and the
//! tests all read the same list.

// A build script reports failure by panicking: there is no caller to
// return an error to.
#![allow(clippy::expect_used, clippy::panic)]

use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs};

fn main() {
    // Read when the script runs, not baked in when it is compiled: a moved
    // checkout (or a copied target directory) reuses the compiled script.
    let root =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
            .join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut tags = Vec::new();
    for entry in fs::read_dir(&root).expect("locales/ is readable") {
        let path = entry.expect("locales/ entry").path();
        let Some(tag) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        let has_ftl = path.is_dir()
            && fs::read_dir(&path)
                .expect("locale dir is readable")
                .flatten()
                .any(|f| f.path().extension().is_some_and(|e| e == "ftl"));
        if !has_ftl {
            continue;
        }
        let well_formed =
            (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase());
        if !well_formed {
            panic!(
                "locales/{tag}/: a language folder is named by its ISO 639 code (2 or 3 lower-case letters)"
            );
        }
        tags.push(tag);
    }
    // Dutch first: it is the fallback and the language of the services.
    tags.sort_by_key(|t| (t != "nl", t.clone()));
    if tags.first().map(String::as_str) != Some("nl") {
        panic!("locales/nl/ is missing: Dutch is the source language and the fallback");
    }
    let mut out = String::new();
    writeln!(out, "const TAGS: &[&str] = &{tags:?};").expect("write");
    out.push_str("impl Language {\n");
    for (i, tag) in tags.iter().enumerate() {
        writeln!(
            out,
            "    /// `locales/{tag}/`.\n    pub const {}: Language = Language({i});",
            tag.to_ascii_uppercase()
        )
        .expect("write");
    }
    let all: Vec<String> = (0..tags.len()).map(|i| format!("Language({i})")).collect();
    writeln!(
        out,
        "    /// Every shipped language, Dutch first.\n    pub const ALL: &[Language] = &[{}];",
        all.join(", ")
    )
    .expect("write");
    out.push_str("}\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("languages.rs");
    fs::write(dest, out).expect("write languages.rs");
}
