//! Embeds every `locales/<lang>/*.ftl` file, so the binaries carry their
//! translations and the UI and the Rust side read the same source.

// A build script reports failure by panicking: there is no caller to
// return an error to.
#![allow(clippy::expect_used)]

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
    let mut files = Vec::new();
    for lang in fs::read_dir(&root).expect("locales/ is readable") {
        let lang = lang.expect("locales/ entry").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for f in fs::read_dir(&lang).expect("locale dir is readable") {
            let f = f.expect("locale file").path();
            if f.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", f.display());
                files.push(f);
            }
        }
    }
    files.sort();
    let mut out = String::from("pub(crate) static FTL_FILES: &[(&str, &str, &str)] = &[\n");
    for f in &files {
        let lang = f
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .expect("utf-8 dir");
        let name = f
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 file name");
        let path = f.canonicalize().expect("canonical path");
        writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("write to string");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("ftl_files.rs");
    fs::write(dest, out).expect("write ftl_files.rs");
}
