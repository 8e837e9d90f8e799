//! Installing what the app and its tests need, on Debian and Ubuntu.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::{Result, cargo, root, run};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Run,
    Test,
}

/// Tauri's build dependencies on Debian/Ubuntu (WebKitGTK 4.1 pulls in GTK 3,
/// libsoup 3 and JavaScriptCore).
const BUILD_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "curl",
    "file",
    "libwebkit2gtk-4.1-dev",
    "librsvg2-dev",
    "libayatana-appindicator3-dev",
    "libssl-dev",
    // The keyring crate's Secret Service client.
    "libdbus-1-dev",
];

/// What the tests add: a headless X server, a small window manager (without
/// one the webview never gets the keyboard focus, so keys pressed over
/// WebDriver go nowhere) and WebKit's WebDriver for the end-to-end tests,
/// pdftotext to read back the PDF checklist, and a real Secret Service
/// (gnome-keyring in a private D-Bus session) for the keyring.
const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "openbox",
    "webkit2gtk-driver",
    "xauth",
    "poppler-utils",
    "gnome-keyring",
    "dbus-daemon",
];

/// Node 20.19 is the oldest that Vite 8 supports.
const NODE_MIN: (u32, u32) = (20, 19);

const TAURI_DRIVER_VERSION: &str = "2.1.0";

pub fn all(purpose: Purpose) -> Result {
    system_packages(purpose)?;
    node()?;
    npm_tree(&root().join("ui"))?;
    if purpose == Purpose::Test {
        npm_tree(&root().join("tests/e2e"))?;
        tauri_driver()?;
    }
    Ok(())
}

fn is_debian_like() -> bool {
    Path::new("/usr/bin/dpkg-query").exists() && Path::new("/usr/bin/apt-get").exists()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .stderr(Stdio::null())
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
}

fn apt_install(missing: &[&str]) -> Result {
    if missing.is_empty() {
        return Ok(());
    }
    let list = missing.join(" ");
    if !is_root() {
        return Err(format!(
            "these Debian packages are missing; install them and run again:\n\n    sudo apt-get update && sudo apt-get install -y {list}\n"
        ));
    }
    run(
        "apt-get update",
        Command::new("apt-get").args(["update", "-qq"]),
    )?;
    run(
        &format!("apt-get install {list}"),
        Command::new("apt-get")
            .args(["install", "-y", "-qq", "--no-install-recommends"])
            .args(missing)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

/// Installs these Debian packages where they are missing.
pub fn apt_packages(wanted: &[&str]) -> Result {
    if !is_debian_like() {
        return Err(format!("install {} yourself", wanted.join(" ")));
    }
    let missing: Vec<&str> = wanted.iter().copied().filter(|p| !installed(p)).collect();
    apt_install(&missing)
}

fn system_packages(purpose: Purpose) -> Result {
    if !is_debian_like() {
        eprintln!(
            "xtask: not a Debian/Ubuntu system; install Tauri's prerequisites yourself (https://v2.tauri.app/start/prerequisites/)"
        );
        return Ok(());
    }
    let mut wanted: Vec<&str> = BUILD_PACKAGES.to_vec();
    if purpose == Purpose::Test {
        wanted.extend(TEST_PACKAGES);
    }
    let missing: Vec<&str> = wanted.into_iter().filter(|p| !installed(p)).collect();
    apt_install(&missing)
}

fn node_version() -> Option<(u32, u32)> {
    let out = Command::new("node").arg("--version").output().ok()?;
    let v = String::from_utf8_lossy(&out.stdout);
    let mut parts = v.trim().trim_start_matches('v').split('.');
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

fn node() -> Result {
    if node_version().is_none() && is_debian_like() {
        apt_install(&["nodejs", "npm"])?;
    }
    match node_version() {
        Some(v) if v >= NODE_MIN => Ok(()),
        Some((major, minor)) => Err(format!(
            "Node.js {major}.{minor} is too old: the UI needs {}.{} or newer",
            NODE_MIN.0, NODE_MIN.1
        )),
        None => Err("Node.js and npm are needed for the UI: install them and run again".into()),
    }
}

/// `npm ci` when `node_modules` does not match `package-lock.json`.
fn npm_tree(dir: &Path) -> Result {
    let lock = std::fs::read(dir.join("package-lock.json"))
        .map_err(|e| format!("{}/package-lock.json: {e}", dir.display()))?;
    let mut h = DefaultHasher::new();
    lock.hash(&mut h);
    let want = format!("{:016x}", h.finish());
    let stamp = dir.join("node_modules/.wegwijs-lock-stamp");
    if std::fs::read_to_string(&stamp).is_ok_and(|s| s == want) {
        return Ok(());
    }
    // --ignore-scripts: no package may download binaries at install time
    // (webdriverio's optional browser drivers try to).
    run(
        &format!(
            "npm ci in {}",
            dir.strip_prefix(root()).unwrap_or(dir).display()
        ),
        Command::new("npm").current_dir(dir).args([
            "ci",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ]),
    )?;
    std::fs::write(&stamp, want).map_err(|e| format!("{}: {e}", stamp.display()))
}

pub fn tauri_driver_path() -> Option<std::path::PathBuf> {
    let home_bin = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .map(|c| c.join("bin/tauri-driver"));
    if let Some(p) = home_bin.filter(|p| p.exists()) {
        return Some(p);
    }
    let out = Command::new("sh")
        .args(["-c", "command -v tauri-driver"])
        .output()
        .ok()?;
    let p = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (!p.is_empty()).then(|| p.into())
}

fn tauri_driver() -> Result {
    if tauri_driver_path().is_some() {
        return Ok(());
    }
    run(
        "cargo install tauri-driver",
        Command::new(cargo()).args([
            "install",
            "--locked",
            "tauri-driver",
            "--version",
            TAURI_DRIVER_VERSION,
        ]),
    )
}
