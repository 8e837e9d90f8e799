//! `cargo xtask fuzz [SECONDS]`: coverage-guided fuzzing on stable Rust
//! with AFL++ (cargo-afl), each target of `fuzz/` for SECONDS (default 60).
//! New inputs worth keeping go to `fuzz/corpus/<target>/`, crashes to
//! `fuzz/crashes/<target>/`; both are replayed by the normal tests.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::{Result, cargo, root, run};

pub const TARGETS: &[&str] = &[
    "blob",
    "key_file",
    "recovery_key",
    "search_query",
    "callback_head",
    "content_toml",
    "backup_tar",
    "sru_page",
];

/// cargo-afl's version, matched by the `afl` crate in fuzz/Cargo.toml.
const CARGO_AFL_VERSION: &str = "0.18.2";
/// Kept inputs per target at most, and only small ones: the corpus is
/// committed.
const KEEP_PER_TARGET: usize = 64;
const KEEP_MAX_BYTES: u64 = 16 << 10;

fn has_cargo_afl() -> bool {
    Command::new(cargo())
        .args(["afl", "--version"])
        .output()
        .is_ok_and(|o| o.status.success())
}

pub fn run_all(seconds: u64) -> Result {
    crate::setup::apt_packages(&["afl++"])?;
    if !has_cargo_afl() {
        run(
            "cargo install cargo-afl",
            Command::new(cargo()).args([
                "install",
                "--locked",
                "cargo-afl",
                "--version",
                CARGO_AFL_VERSION,
            ]),
        )?;
    }
    // Builds AFL++'s runtime for this rustc once; later calls say so and
    // fail, which is fine.
    let _ = Command::new(cargo())
        .args(["afl", "config", "--build"])
        .output();
    let fuzz = root().join("fuzz");
    run(
        "build the fuzz targets (instrumented)",
        Command::new(cargo())
            .current_dir(&fuzz)
            .args(["afl", "build", "--release"]),
    )?;
    let binary = fuzz.join("target/release/wegwijs-fuzz");
    let mut report = Vec::new();
    let mut failed = Vec::new();
    for target in TARGETS {
        let corpus = fuzz.join("corpus").join(target);
        let out = fuzz.join("out").join(target);
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(fuzz.join("out")).map_err(|e| e.to_string())?;
        let started = Instant::now();
        let status = Command::new(cargo())
            .current_dir(&fuzz)
            .args(["afl", "fuzz", "-V", &seconds.to_string(), "-i"])
            .arg(&corpus)
            .arg("-o")
            .arg(&out)
            .arg("--")
            .arg(&binary)
            .env("WEGWIJS_FUZZ_TARGET", target)
            .env("AFL_NO_UI", "1")
            .env("AFL_SKIP_CPUFREQ", "1")
            .env("AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES", "1")
            .env("AFL_NO_AFFINITY", "1")
            .status()
            .map_err(|e| format!("afl fuzz: {e}"))?;
        let crashes = keep(
            &out.join("default/crashes"),
            &fuzz.join("crashes").join(target),
            usize::MAX,
            u64::MAX,
        )?;
        let kept = keep(
            &out.join("default/queue"),
            &corpus,
            KEEP_PER_TARGET,
            KEEP_MAX_BYTES,
        )?;
        if !status.success() {
            failed.push(*target);
        }
        let execs = stat(&out.join("default/fuzzer_stats"), "execs_done");
        let paths = stat(&out.join("default/fuzzer_stats"), "corpus_count");
        report.push(format!(
            "{target:14} {:>5.0} s  {execs:>10} runs  {paths:>5} paths  {kept:>3} inputs kept  {crashes} crashes{}",
            started.elapsed().as_secs_f64(),
            if status.success() { "" } else { "  (afl-fuzz failed)" }
        ));
    }
    eprintln!("\nfuzzing, {seconds} s per target:");
    for line in &report {
        eprintln!("  {line}");
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("afl-fuzz did not run for {}", failed.join(", ")))
    }
}

/// Copies up to `max` files of at most `max_bytes` from AFL's `from` into
/// `to` (named by their content's hash, so nothing is kept twice).
fn keep(from: &Path, to: &Path, max: usize, max_bytes: u64) -> Result<usize> {
    let Ok(entries) = std::fs::read_dir(from) else {
        return Ok(0);
    };
    std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
    let mut n = 0;
    for e in entries.flatten() {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        let small = e
            .metadata()
            .is_ok_and(|m| m.is_file() && m.len() <= max_bytes);
        if !name.starts_with("id:") || !small || n >= max {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        let target = to.join(format!("{:016x}", fnv(&bytes)));
        if !target.exists() {
            std::fs::write(&target, &bytes).map_err(|e| e.to_string())?;
            n += 1;
        }
    }
    Ok(n)
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}

fn stat(file: &Path, key: &str) -> String {
    std::fs::read_to_string(file)
        .ok()
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.split_once(':').filter(|(k, _)| k.trim() == key))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "?".into())
}
