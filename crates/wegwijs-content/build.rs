//! Embeds `content/events/*.toml`, `content/atw-decree-days.toml`,
//! `content/aow-age.toml` and `content/providers.toml`, so the
//! catalogue ships inside the binaries and needs no files at run time.

// A build script reports failure by panicking: there is no caller to
// return an error to.
#![allow(clippy::expect_used)]

use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs};

fn main() {
    // Read when the script runs, not baked in when it is compiled: a moved
    // checkout (or a copied target directory) reuses the compiled script.
    let content =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
            .join("../../content");
    let events = content.join("events");
    println!("cargo:rerun-if-changed={}", events.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&events)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|f| f.extension().is_some_and(|e| e == "toml"));
    files.sort();
    let mut out = String::from("pub(crate) static EVENT_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 file name");
        let path = f.canonicalize().expect("canonical path");
        writeln!(
            out,
            "    (\"content/events/{name}\", include_str!({:?})),",
            path.display().to_string()
        )
        .expect("write to string");
    }
    out.push_str("];\n");
    let decree = content.join("atw-decree-days.toml");
    println!("cargo:rerun-if-changed={}", decree.display());
    writeln!(
        out,
        "pub(crate) static DECREE_FILE: (&str, &str) = (\"content/atw-decree-days.toml\", include_str!({:?}));",
        decree.canonicalize().expect("content/atw-decree-days.toml exists").display().to_string()
    )
    .expect("write to string");
    let aow = content.join("aow-age.toml");
    println!("cargo:rerun-if-changed={}", aow.display());
    writeln!(
        out,
        "pub(crate) static AOW_FILE: (&str, &str) = (\"content/aow-age.toml\", include_str!({:?}));",
        aow.canonicalize().expect("content/aow-age.toml exists").display().to_string()
    )
    .expect("write to string");
    let providers = content.join("providers.toml");
    println!("cargo:rerun-if-changed={}", providers.display());
    writeln!(
        out,
        "pub(crate) static PROVIDERS_FILE: (&str, &str) = (\"content/providers.toml\", include_str!({:?}));",
        providers.canonicalize().expect("content/providers.toml exists").display().to_string()
    )
    .expect("write to string");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("content_files.rs");
    fs::write(dest, out).expect("write content_files.rs");
}
