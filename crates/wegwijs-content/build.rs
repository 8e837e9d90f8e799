//! Embeds `content/events/*.toml`, `content/atw-decree-days.toml`,
//! `content/aow-age.toml`, `content/providers.toml` and `content/missions.toml`, so the
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
    for (name, file) in [
        ("DECREE_FILE", "atw-decree-days.toml"),
        ("AOW_FILE", "aow-age.toml"),
        ("PROVIDERS_FILE", "providers.toml"),
        ("MISSIONS_FILE", "missions.toml"),
    ] {
        let path = content.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let path = path
            .canonicalize()
            .unwrap_or_else(|e| panic!("content/{file}: {e}"));
        writeln!(
            out,
            "pub(crate) static {name}: (&str, &str) = (\"content/{file}\", include_str!({:?}));",
            path.display().to_string()
        )
        .expect("write to string");
    }
    let dest = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("content_files.rs");
    fs::write(dest, out).expect("write content_files.rs");
}
