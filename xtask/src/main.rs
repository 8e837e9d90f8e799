//! `cargo xtask`: the two commands a newcomer needs, and a few helpers.
//!
//! - `cargo xtask run`: install what is missing, then start the app
//!   (`tauri dev`: Vite with hot reload, the Rust shell rebuilt on change).
//! - `cargo xtask test`: install what is missing, then run every check CI runs.
//! - `cargo xtask setup`: only the installing part.
//! - `cargo xtask bindings`: regenerate `ui/src/lib/bindings.ts` from Rust.
//! - `cargo xtask e2e`: only the end-to-end tests.
//! - `cargo xtask bench [PART]`: every benchmark beside its peer, with the
//!   ratio and the machine (`docs/performance.md`); PART runs only one of
//!   startup, ui, vault, guidance, sync, languages.
//! - `cargo xtask fuzz [SECONDS]`: AFL++ on every parser of untrusted bytes.
//! - `cargo xtask sqlx-prepare`: refresh the store's offline query data
//!   (`crates/wegwijs-store/.sqlx/`) after changing a query or migration.
//!
//! Installing is idempotent and fast when nothing changed: Debian packages
//! are checked with dpkg-query, npm trees by a stamp of their lock file,
//! tauri-driver by its presence.

mod e2e;
mod fuzz;
mod setup;
mod startup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

type Result<T = (), E = String> = std::result::Result<T, E>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => setup::all(setup::Purpose::Run).and_then(|()| run_app()),
        Some("test") => setup::all(setup::Purpose::Test).and_then(|()| test_all()),
        Some("setup") => setup::all(setup::Purpose::Test),
        Some("bindings") => bindings(),
        Some("e2e") => setup::all(setup::Purpose::Test).and_then(|()| e2e::run()),
        Some("bench") => match args.get(1).map(String::as_str) {
            None | Some("all") => setup::all(setup::Purpose::Test).and_then(|()| bench(Bench::ALL)),
            Some(part) => match Bench::ALL.iter().find(|b| b.name() == part) {
                Some(b) => setup::all(setup::Purpose::Test).and_then(|()| bench(&[*b])),
                None => Err(
                    "usage: cargo xtask bench [all|startup|ui|vault|guidance|sync|languages]"
                        .into(),
                ),
            },
        },
        Some("fuzz") => match args.get(1).map(|s| s.parse::<u64>()) {
            None => fuzz::run_all(60),
            Some(Ok(secs)) => fuzz::run_all(secs),
            Some(Err(_)) => Err("usage: cargo xtask fuzz [SECONDS_PER_TARGET]".into()),
        },
        Some("sqlx-prepare") => sqlx_prepare(),
        _ => {
            eprintln!("usage: cargo xtask <run|test|setup|bindings|e2e|bench|fuzz|sqlx-prepare>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            if let Some(note) = low_disk_note() {
                eprintln!("xtask: {note}");
            }
            ExitCode::FAILURE
        }
    }
}

/// A build that runs out of disk space fails deep inside some C library's
/// build script (OpenSSL's `make` said only "exit status 2" once); saying
/// how much space is left points at the cause.
fn low_disk_note() -> Option<String> {
    let out = Command::new("df").arg("-Pk").arg(root()).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let free_kib: u64 = text
        .lines()
        .nth(1)?
        .split_whitespace()
        .nth(3)?
        .parse()
        .ok()?;
    let free_gib = free_kib as f64 / (1024.0 * 1024.0);
    // A clean build and test run needs about 6 GiB.
    (free_gib < 6.0).then(|| format!("only {free_gib:.1} GiB free on the disk of {}; a clean build and test run needs about 6 GiB", root().display()))
}

pub(crate) fn root() -> PathBuf {
    // xtask/ is one level below the workspace root.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

pub(crate) fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// Runs `cmd` to completion, failing with a message that names the step.
pub(crate) fn run(step: &str, cmd: &mut Command) -> Result {
    eprintln!("\n==> {step}");
    let start = Instant::now();
    let status = cmd
        .status()
        .map_err(|e| format!("{step}: could not start {:?}: {e}", cmd.get_program()))?;
    eprintln!("    {step}: {:.1}s", start.elapsed().as_secs_f64());
    if status.success() {
        Ok(())
    } else {
        Err(format!("{step} failed ({status})"))
    }
}

fn tauri_cli() -> Command {
    let mut cmd = Command::new(root().join("ui/node_modules/.bin/tauri"));
    cmd.current_dir(root());
    cmd
}

fn run_app() -> Result {
    run("start the app (tauri dev)", tauri_cli().arg("dev"))
}

fn bindings() -> Result {
    run(
        "regenerate ui/src/lib/bindings.ts",
        Command::new(cargo())
            .current_dir(root())
            .args([
                "test",
                "-p",
                "wegwijs-desktop",
                "--test",
                "shell",
                "typescript_bindings_are_fresh",
            ])
            .env("WEGWIJS_UPDATE_BINDINGS", "1"),
    )
}

/// What `cargo sqlx prepare` does, without installing sqlx-cli (6 minutes
/// to build here): apply the migrations to a scratch database, then let the
/// query macros record their data while compiling against it.
fn sqlx_prepare() -> Result {
    let root = root();
    let store = root.join("crates/wegwijs-store");
    let offline = store.join(".sqlx");
    let db = std::env::temp_dir().join(format!("wegwijs-sqlx-prepare-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let script = "import sqlite3, glob, sys\n\
        c = sqlite3.connect(sys.argv[1])\n\
        [c.executescript(open(f).read()) for f in sorted(glob.glob(sys.argv[2] + '/*.sql'))]\n\
        c.commit()\n";
    run(
        "apply migrations to a scratch database",
        Command::new("python3")
            .args(["-c", script])
            .arg(&db)
            .arg(store.join("migrations")),
    )?;
    let _ = std::fs::remove_dir_all(&offline);
    std::fs::create_dir_all(&offline).map_err(|e| e.to_string())?;
    // Touch the crate so the macros run again.
    let lib = store.join("src/lib.rs");
    let text = std::fs::read(&lib).map_err(|e| e.to_string())?;
    std::fs::write(&lib, text).map_err(|e| e.to_string())?;
    let result = run(
        "record query data (.sqlx/)",
        Command::new(cargo())
            .current_dir(&root)
            .args(["test", "-p", "wegwijs-store", "--no-run"])
            .env("SQLX_OFFLINE", "false")
            .env("DATABASE_URL", format!("sqlite://{}", db.display()))
            .env("SQLX_OFFLINE_DIR", &offline),
    );
    let _ = std::fs::remove_file(&db);
    result
}

#[derive(Clone, Copy, PartialEq)]
enum Bench {
    Startup,
    Ui,
    Vault,
    Guidance,
    Sync,
    Languages,
}

impl Bench {
    const ALL: &'static [Bench] = &[
        Bench::Guidance,
        Bench::Sync,
        Bench::Languages,
        Bench::Ui,
        Bench::Vault,
        Bench::Startup,
    ];

    fn name(self) -> &'static str {
        match self {
            Bench::Startup => "startup",
            Bench::Ui => "ui",
            Bench::Vault => "vault",
            Bench::Guidance => "guidance",
            Bench::Sync => "sync",
            Bench::Languages => "languages",
        }
    }
}

/// What the figures were measured on: they are ratios against peers in the
/// same run, but a reader needs the machine to read the absolute ones.
fn print_machine() {
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let cpu = read("/proc/cpuinfo")
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|v| v.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let mem_kib: u64 = read("/proc/meminfo")
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok())
        .unwrap_or(0);
    let os = read("/etc/os-release")
        .lines()
        .find_map(|l| {
            l.strip_prefix("PRETTY_NAME=")
                .map(|v| v.trim_matches('"').to_string())
        })
        .unwrap_or_default();
    let kernel = read("/proc/sys/kernel/osrelease");
    let webkit = Command::new("dpkg-query")
        .args(["-W", "-f", "${Version}", "libwebkit2gtk-4.1-0"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let commit = Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .current_dir(root())
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    println!(
        "machine: {cpu}, {cores} cores, {:.1} GiB RAM; {os}, Linux {}; WebKitGTK {webkit}; commit {commit}",
        mem_kib as f64 / 1_048_576.0,
        kernel.trim()
    );
}

/// Every benchmark beside its peer, in one run:
/// - guidance: criterion, plans and signals (target: under 50 µs median);
/// - sync: 1,000 requests from a provider beside a plain HTTP client
///   (`crates/wegwijs-app/examples/sync_bench.rs`);
/// - languages: the first message in Rust beside fluent-bundle, and in the
///   UI beside @fluent/bundle;
/// - ui: the first script and stylesheet (brotli) against their budgets;
/// - vault: a large file beside `cp` + `sync` and `age -r` + `sync`, small
///   files, search, memory (`crates/wegwijs-app/examples/vault_bench.rs`;
///   `WEGWIJS_BENCH_ARGS` passes options, e.g. `--memory-gib 1`);
/// - startup: start-up and memory beside a minimal Tauri app
///   (`benches/peer-app`, `tests/e2e/startup-bench.mjs`).
fn bench(parts: &[Bench]) -> Result {
    let root = root();
    print_machine();
    let target = e2e::target_dir();
    let cli = target.join("release/wegwijs");
    if parts
        .iter()
        .any(|p| matches!(p, Bench::Vault | Bench::Startup))
    {
        run(
            "release CLI (the vault's whole-process figures, the household for start-up)",
            Command::new(cargo()).current_dir(&root).args([
                "build",
                "--release",
                "-p",
                "wegwijs-cli",
            ]),
        )?;
    }
    for part in parts {
        match part {
            Bench::Guidance => run(
                "benchmarks (criterion): plans and signals",
                Command::new(cargo()).current_dir(&root).args([
                    "bench",
                    "-p",
                    "wegwijs-content",
                    "--bench",
                    "guidance",
                    "--",
                    "--noplot",
                ]),
            )?,
            Bench::Sync => run(
                "syncing 1,000 requests from a provider, beside a plain HTTP client (release)",
                Command::new(cargo()).current_dir(&root).args([
                    "run",
                    "--release",
                    "-p",
                    "wegwijs-app",
                    "--example",
                    "sync_bench",
                ]),
            )?,
            Bench::Languages => {
                run(
                    "languages in Rust: first message, later messages, beside fluent-bundle (release)",
                    Command::new(cargo()).current_dir(&root).args([
                        "run",
                        "--release",
                        "-p",
                        "wegwijs-app",
                        "--example",
                        "i18n_bench",
                    ]),
                )?;
                ui_build(&root)?;
                run(
                    "languages in the UI: a language's bundle, beside @fluent/bundle",
                    Command::new("node")
                        .current_dir(root.join("ui"))
                        .arg("scripts/i18n-bench.mjs"),
                )?;
            }
            Bench::Ui => {
                ui_build(&root)?;
                run(
                    "the first script and stylesheet (brotli), against their budgets",
                    Command::new("node")
                        .current_dir(root.join("ui"))
                        .args(["scripts/i18n-bench.mjs", "--sizes"]),
                )?;
            }
            Bench::Vault => {
                setup::apt_packages(&["age"])?;
                let extra = std::env::var("WEGWIJS_BENCH_ARGS").unwrap_or_default();
                run(
                    "building the vault benchmarks (release)",
                    Command::new(cargo()).current_dir(&root).args([
                        "build",
                        "--release",
                        "-p",
                        "wegwijs-app",
                        "--example",
                        "vault_bench",
                    ]),
                )?;
                // In a private D-Bus session with an unlocked keyring, so
                // the CLI keeps its key where a desktop keeps it (and
                // derives none from a passphrase).
                run(
                    "vault benchmarks (release), beside cp + sync and age -r + sync",
                    Command::new("dbus-run-session")
                        .args(["--", "sh", "-c", &e2e::unlock_keyring_then_exec()])
                        .arg(target.join("release/examples/vault_bench"))
                        .args(extra.split_whitespace())
                        .env("XDG_DATA_HOME", target.join("bench-vault-xdg"))
                        .env("WEGWIJS_CLI", &cli),
                )?;
            }
            Bench::Startup => startup::run_startup()?,
        }
    }
    Ok(())
}

fn ui_build(root: &Path) -> Result {
    run(
        "UI build (release)",
        Command::new("npm")
            .current_dir(root.join("ui"))
            .args(["run", "--silent", "build"]),
    )
}

fn test_all() -> Result {
    let root = root();
    let ui = root.join("ui");
    let started = Instant::now();
    // The desktop crate embeds ui/dist at compile time, so the UI is built
    // before anything compiles it (clippy included).
    run(
        "UI build",
        Command::new("npm")
            .current_dir(&ui)
            .args(["run", "--silent", "build"]),
    )?;
    run(
        "rustfmt",
        Command::new(cargo())
            .current_dir(&root)
            .args(["fmt", "--all", "--", "--check"]),
    )?;
    run(
        "clippy",
        Command::new(cargo()).current_dir(&root).args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    // Includes the locale checks (crates/wegwijs-app/tests/locales.rs: every
    // id in locales/nl exists in locales/en and back, and every id the UI and
    // the errors use exists) and the bindings freshness check.
    run(
        "Rust tests",
        Command::new(cargo())
            .current_dir(&root)
            .args(["test", "--workspace", "--locked"]),
    )?;
    // Already run above; again here to print its distribution, which the
    // floor is raised from.
    run(
        "plain language: Flesch-Douma over every Dutch text",
        Command::new(cargo()).current_dir(&root).args([
            "test",
            "-p",
            "wegwijs-app",
            "--test",
            "readability",
            "--locked",
            "--",
            "--nocapture",
            "every_dutch_text_is_plain",
        ]),
    )?;
    run(
        "the OS keyring against a real Secret Service (gnome-keyring, private D-Bus): master key, provider secrets",
        Command::new("dbus-run-session")
            .current_dir(&root)
            .args(["--", "sh", "-c", &e2e::unlock_keyring_then_exec()])
            .arg(cargo())
            // The master key, and a provider's secret as `wegwijs cases
            // source add` keeps it, then `cases sync` against the fake ZGW
            // provider.
            .args([
                "test",
                "-p",
                "wegwijs-vault",
                "--test",
                "os_keyring",
                "-p",
                "wegwijs-cli",
                "--test",
                "zgw_sync",
                "--locked",
            ])
            .env("WEGWIJS_TEST_OS_KEYRING", "1")
            .env(
                "XDG_DATA_HOME",
                std::env::temp_dir().join(format!("wegwijs-keyring-{}", std::process::id())),
            ),
    )?;
    run(
        "the ZGW client's requests against the Zaken and Catalogi specs (Prism 5.14.2)",
        Command::new(cargo())
            .current_dir(&root)
            .args(["test", "-p", "wegwijs-zgw", "--test", "prism", "--locked"])
            .env(
                "WEGWIJS_PRISM",
                root.join("tests/e2e/node_modules/.bin/prism"),
            ),
    )?;
    run(
        "UI type check (svelte-check)",
        Command::new("npm")
            .current_dir(&ui)
            .args(["run", "--silent", "check"]),
    )?;
    run(
        "UI unit tests (vitest)",
        Command::new("npm")
            .current_dir(&ui)
            .args(["run", "--silent", "test"]),
    )?;
    e2e::run()?;
    eprintln!(
        "\nAll checks passed in {:.0}s.",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
