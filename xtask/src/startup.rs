//! Start-up and memory beside a minimal Tauri app (`benches/peer-app`):
//! both release builds, started the same way through tauri-driver under
//! Xvfb with the same environment, measured by `tests/e2e/startup-bench.mjs`.
//! Wegwijs starts on the home screen of a household (an owner, a partner
//! and two children, one turning 18 soon), made with the release CLI in the
//! same keyring the app then uses. `BENCH_KNOBS=1` adds Wegwijs with each
//! WebKit knob alone (`src-tauri/src/webkit.rs`) to the same rotation.

use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::e2e::{
    Background, UNLOCK_KEYRING, free_port, start_xvfb, target_dir, wait_until, which,
};
use crate::setup::tauri_driver_path;
use crate::{Result, root, run};

pub fn run_startup() -> Result {
    let root = root();
    let target = target_dir();
    run(
        "Wegwijs release app (tauri build --no-bundle)",
        Command::new(root.join("ui/node_modules/.bin/tauri"))
            .current_dir(&root)
            .args(["build", "--no-bundle"])
            .env("CI", "true"),
    )?;
    run(
        "the peer: a minimal Tauri app (benches/peer-app, release)",
        Command::new(crate::cargo())
            .current_dir(&root)
            .args([
                "build",
                "--release",
                "--locked",
                "--manifest-path",
                "benches/peer-app/Cargo.toml",
                "--target-dir",
            ])
            .arg(&target),
    )?;
    let app = target.join("release/wegwijs-desktop");
    let peer = target.join("release/wegwijs-peer-app");
    let cli = target.join("release/wegwijs");
    for p in [&app, &peer, &cli] {
        if !p.exists() {
            return Err(format!("{} was not built", p.display()));
        }
    }
    let driver = tauri_driver_path().ok_or("tauri-driver is not installed (cargo xtask setup)")?;
    let native = which("WebKitWebDriver")
        .ok_or("WebKitWebDriver is missing (Debian package webkit2gtk-driver)")?;

    let dir = target.join("bench-startup");
    let _ = std::fs::remove_dir_all(&dir);
    let data = dir.join("data");
    let xdg = dir.join("xdg");
    for d in [&data, &xdg] {
        std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }

    let (_xvfb, display) = start_xvfb()?;

    let port = free_port()?;
    let native_port = free_port()?;
    let _driver = Background::spawn(
        "tauri-driver",
        Command::new("dbus-run-session")
            .args(["--", "sh", "-c"])
            .arg(format!("{UNLOCK_KEYRING}\n{HOUSEHOLD_THEN_DRIVER}"))
            .arg(&driver)
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .arg("--native-driver")
            .arg(&native)
            .env("WEGWIJS_CLI", &cli)
            .env("XDG_DATA_HOME", &xdg)
            .env("DISPLAY", format!(":{display}"))
            // Both apps get this environment, as tauri-driver starts them.
            .env("WEGWIJS_DATA_DIR", &data)
            .env("WEGWIJS_PEER_DB", dir.join("peer.sqlite"))
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("WEGWIJS_PASSPHRASE")
            .env("NO_AT_BRIDGE", "1")
            .stdout(Stdio::null()),
    )?;
    wait_until("tauri-driver", Duration::from_secs(60), || {
        TcpStream::connect(("127.0.0.1", port)).is_ok()
    })?;
    // Wegwijs as it ships, the peer, and Wegwijs with each WebKit knob on
    // its own (and none), so each one's effect is measured in the same run.
    let app_s = json_string(&app);
    let mut apps = vec![
        format!(r#"{{"name":"Wegwijs","path":{app_s}}}"#),
        format!(
            r#"{{"name":"minimal Tauri app","path":{},"peer":true}}"#,
            json_string(&peer)
        ),
    ];
    if std::env::var_os("BENCH_KNOBS").is_some() {
        for knob in ["none", "cache-model", "no-page-cache", "software-rendering"] {
            apps.push(format!(
                r#"{{"name":"Wegwijs, WebKit knobs: {knob}","path":{app_s},"args":["--webkit-knobs={knob}"]}}"#
            ));
        }
    }
    let apps = format!("[{}]", apps.join(","));
    run(
        "start-up and memory, alternated with the minimal Tauri app",
        Command::new("node")
            .current_dir(root.join("tests/e2e"))
            .arg("startup-bench.mjs")
            .env("WEBDRIVER_PORT", port.to_string())
            .env("BENCH_APPS", apps)
            .env("BENCH_OUT", target.join("bench-startup.json")),
    )
}

/// After the keyring is unlocked: make the household with the CLI (so its
/// key is in that keyring), then become tauri-driver with the arguments
/// given.
const HOUSEHOLD_THEN_DRIVER: &str = r#"set -e
# Quiet (the new installation prints its recovery key), but not silent on failure.
w() { "$WEGWIJS_CLI" "$@" >/dev/null 2>&1 || { echo "household: wegwijs $1 $2 failed" >&2; exit 1; }; }
w profile set --name "Anne-Marijke van den Heuvel-de Vries" --birth-date 1979-05-14 --country NL --municipality Utrecht
w people add --name "Joost van den Heuvel" --birth-date 1977-11-02 --relation partner
w people add --name "Fleur van den Heuvel" --birth-date 2009-02-20 --relation child
w people add --name "Bram van den Heuvel" --birth-date 2014-08-30 --relation child
exec "$0" "$@""#;

fn json_string(p: &Path) -> String {
    let s = p.display().to_string();
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}
