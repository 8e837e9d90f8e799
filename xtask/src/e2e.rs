//! End-to-end tests: build the real app, start it under Xvfb through
//! tauri-driver + WebKitWebDriver, and drive it with the WebdriverIO tests in
//! `tests/e2e/` (which also run axe-core on every screen).

use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::setup::tauri_driver_path;
use crate::{Result, root, run as step};

/// A background process whose whole process group is stopped on drop, so
/// nothing (Xvfb, WebKitWebDriver, the app) outlives the test run.
pub(crate) struct Background {
    name: &'static str,
    child: Child,
}

impl Background {
    pub(crate) fn spawn(name: &'static str, cmd: &mut Command) -> Result<Self> {
        let child = cmd
            .process_group(0)
            .stdin(Stdio::null())
            .spawn()
            .map_err(|e| format!("could not start {name}: {e}"))?;
        Ok(Background { name, child })
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        let pgid = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &pgid]).status();
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = Command::new("kill").args(["-KILL", "--", &pgid]).status();
        let _ = self.child.wait();
        eprintln!("    stopped {}", self.name);
    }
}

pub(crate) fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

pub(crate) fn free_port() -> Result<u16> {
    let l = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    l.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

fn free_display() -> Result<u32> {
    (90..200)
        .find(|n| !Path::new(&format!("/tmp/.X{n}-lock")).exists())
        .ok_or_else(|| "no free X display number".to_string())
}

pub(crate) fn wait_until(what: &str, timeout: Duration, mut ready: impl FnMut() -> bool) -> Result {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if ready() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(format!(
        "{what} did not become ready within {}s",
        timeout.as_secs()
    ))
}

/// In a private D-Bus session (`dbus-run-session -- sh -c THIS PROGRAM
/// ARGS...`): unlock a fresh gnome-keyring, whose Secret Service is the OS
/// keyring the app and the CLI then use, and become PROGRAM. The password
/// only opens this throwaway keyring.
pub(crate) const UNLOCK_KEYRING: &str = r#"eval "$(printf wegwijs-test | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null"#;

pub(crate) fn unlock_keyring_then_exec() -> String {
    format!(r#"{UNLOCK_KEYRING}; exec "$0" "$@""#)
}

/// Starts Xvfb on a free display, and waits for its socket.
pub(crate) fn start_xvfb() -> Result<(Background, u32)> {
    let display = free_display()?;
    let xvfb = Background::spawn(
        "Xvfb",
        Command::new("Xvfb")
            .args([&format!(":{display}"), "-screen", "0", "1280x900x24"])
            .args(["-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
    )?;
    let socket = PathBuf::from(format!("/tmp/.X11-unix/X{display}"));
    wait_until("Xvfb", Duration::from_secs(10), || socket.exists())?;
    Ok((xvfb, display))
}

pub(crate) fn which(program: &str) -> Option<PathBuf> {
    let out = Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .ok()?;
    let p = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (!p.is_empty()).then(|| p.into())
}

pub fn run() -> Result {
    let root = root();
    // `tauri build` embeds the built UI; a plain `cargo build` binary would
    // look for the Vite dev server instead.
    step(
        "build the app for end-to-end tests (tauri build --debug --no-bundle)",
        Command::new(root.join("ui/node_modules/.bin/tauri"))
            .current_dir(&root)
            .args(["build", "--debug", "--no-bundle"])
            .env("CI", "true"),
    )?;
    step(
        "build the fake ZGW provider and announcement services for end-to-end tests",
        Command::new(crate::cargo()).current_dir(&root).args([
            "build",
            "--locked",
            "-p",
            "wegwijs-fake-zgw",
            "-p",
            "wegwijs-fake-announce",
        ]),
    )?;
    let fake_zgw = target_dir().join("debug/wegwijs-fake-zgw");
    let fake_announce = target_dir().join("debug/wegwijs-fake-announce");
    let app = target_dir().join("debug/wegwijs-desktop");
    if !app.exists() {
        return Err(format!("the app was not built at {}", app.display()));
    }
    let driver = tauri_driver_path().ok_or("tauri-driver is not installed (cargo xtask setup)")?;
    let native = which("WebKitWebDriver")
        .ok_or("WebKitWebDriver is missing (Debian package webkit2gtk-driver)")?;

    let e2e_dir = target_dir().join("e2e");
    let shots = e2e_dir.join("screenshots");
    let _ = std::fs::remove_dir_all(&e2e_dir);
    std::fs::create_dir_all(&shots).map_err(|e| format!("{}: {e}", shots.display()))?;

    let (_xvfb, display) = start_xvfb()?;
    // The keyboard journeys press Tab and Enter as a person does; X gives
    // the keyboard focus to a window only through a window manager.
    let _wm = Background::spawn(
        "openbox",
        Command::new("openbox")
            .arg("--sm-disable")
            .env("DISPLAY", format!(":{display}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
    )?;

    // Files the tests add to the vault, through the debug build's stand-in
    // for the file dialogs (WEGWIJS_TEST_PICK, WEGWIJS_TEST_SAVE_DIR).
    let files = e2e_dir.join("files");
    let saved = e2e_dir.join("saved");
    for d in [&files, &saved] {
        std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    let picks = [
        ("paspoort.txt", "Paspoort van Samira El Amrani"),
        ("huurcontract.txt", "Huurcontract Rotterdam, één kamer"),
        ("leeg.txt", ""),
    ];
    for (name, body) in picks {
        std::fs::write(files.join(name), body).map_err(|e| e.to_string())?;
    }
    let pick = std::env::join_paths(picks.iter().map(|(n, _)| files.join(n)))
        .map_err(|e| e.to_string())?;

    // Where the debug build writes the login page's address instead of
    // opening a browser; the tests play the browser (WEGWIJS_TEST_BROWSER).
    let browser_url = e2e_dir.join("browser-url.txt");
    let _ = std::fs::remove_file(&browser_url);

    // Each test file starts from nothing: its own data directory and its
    // own keyring, so one journey's person never shows up in another's.
    // E2E_ONLY=keyboard runs only keyboard.test.mjs.
    let only = std::env::var("E2E_ONLY").ok();
    let mut test_files: Vec<String> = std::fs::read_dir(root.join("tests/e2e"))
        .map_err(|e| format!("tests/e2e: {e}"))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".test.mjs"))
        .filter(|n| {
            only.as_deref()
                .is_none_or(|o| n.trim_end_matches(".test.mjs") == o)
        })
        .collect();
    test_files.sort();
    if test_files.is_empty() {
        return Err("no end-to-end test file matched E2E_ONLY".into());
    }
    let run = Suite {
        driver: &driver,
        native: &native,
        app: &app,
        fake_zgw: &fake_zgw,
        fake_announce: &fake_announce,
        display,
        pick: &pick,
        saved: &saved,
        browser_url: &browser_url,
        shots: &shots,
    };
    for file in &test_files {
        let stem = file.trim_end_matches(".test.mjs");
        run.file(file, &e2e_dir.join(stem).join("data"))?;
    }
    Ok(())
}

struct Suite<'a> {
    driver: &'a Path,
    native: &'a Path,
    app: &'a Path,
    fake_zgw: &'a Path,
    fake_announce: &'a Path,
    display: u32,
    pick: &'a std::ffi::OsStr,
    saved: &'a Path,
    browser_url: &'a Path,
    shots: &'a Path,
}

impl Suite<'_> {
    fn file(&self, file: &str, data_dir: &Path) -> Result {
        let root = root();
        let Suite {
            driver,
            native,
            app,
            fake_zgw,
            fake_announce,
            display,
            pick,
            saved,
            browser_url,
            shots,
        } = *self;
        // gnome-keyring keeps its keyrings under XDG_DATA_HOME.
        let xdg = data_dir.with_file_name("xdg");
        // Read aloud speaks to Speech Dispatcher here; a test that wants a
        // voice starts a fake one on it (tests/e2e/speechd.mjs), the others
        // find no service and no read-aloud buttons.
        let speechd = data_dir.with_file_name("speechd.sock");
        std::fs::create_dir_all(&xdg).map_err(|e| format!("{}: {e}", xdg.display()))?;
        let _ = std::fs::remove_file(browser_url);
        let port = free_port()?;
        let native_port = free_port()?;
        // The app asks these fakes, never the public PDOK and SRU services;
        // a test switches their answers and counts the requests over HTTP
        // (a test that never turns announcements on asserts there were none).
        let announce_port = free_port()?;
        let announce = format!("http://127.0.0.1:{announce_port}");
        let _fake_announce = Background::spawn(
            "fake announcement services",
            Command::new(fake_announce)
                .arg(announce_port.to_string())
                .stdout(Stdio::null()),
        )?;
        wait_until(
            "fake announcement services",
            Duration::from_secs(10),
            || TcpStream::connect(("127.0.0.1", announce_port)).is_ok(),
        )?;
        // The app runs with a real OS keyring: gnome-keyring's Secret Service
        // in a private D-Bus session that ends with the tests.
        let _driver = Background::spawn(
            "tauri-driver",
            Command::new("dbus-run-session")
                .args(["--", "sh", "-c", &unlock_keyring_then_exec()])
                .arg(driver)
                .args([
                    "--port",
                    &port.to_string(),
                    "--native-port",
                    &native_port.to_string(),
                ])
                .arg("--native-driver")
                .arg(native)
                .env("XDG_DATA_HOME", &xdg)
                .env("WEGWIJS_TEST_PICK", pick)
                .env("WEGWIJS_TEST_SAVE_DIR", saved)
                .env("WEGWIJS_TEST_BROWSER", browser_url)
                .env("DISPLAY", format!(":{display}"))
                // The app inherits this environment: a fresh data directory, and
                // a system language we do not ship, so the app starts in Dutch.
                .env("WEGWIJS_DATA_DIR", data_dir)
                .env(
                    "WEGWIJS_PDOK_URL",
                    format!("{announce}/bzk/locatieserver/search/v3_1"),
                )
                .env("WEGWIJS_SRU_URL", format!("{announce}/sru"))
                .env(
                    "SPEECHD_ADDRESS",
                    format!("unix_socket:{}", speechd.display()),
                )
                .env("LANG", "C.UTF-8")
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
                .env("NO_AT_BRIDGE", "1"),
        )?;
        wait_until("tauri-driver", Duration::from_secs(20), || {
            TcpStream::connect(("127.0.0.1", port)).is_ok()
        })?;

        step(
            &format!("end-to-end tests: {file} (WebdriverIO + axe-core)"),
            Command::new("node")
                .current_dir(root.join("tests/e2e"))
                .args([
                    "--test",
                    "--test-concurrency=1",
                    "--test-reporter=spec",
                    file,
                ])
                .env("WEGWIJS_APP", app)
                .env("WEGWIJS_FAKE_ZGW", fake_zgw)
                .env("WEGWIJS_FAKE_ANNOUNCE", &announce)
                .env("WEBDRIVER_PORT", port.to_string())
                .env("WEGWIJS_DATA_DIR", data_dir)
                .env("SPEECHD_SOCKET", &speechd)
                .env("WEGWIJS_TEST_SAVE_DIR", saved)
                .env("WEGWIJS_TEST_BROWSER", browser_url)
                .envs(std::env::var_os("E2E_SCREENSHOTS").map(|_| ("E2E_SCREENSHOTS", shots))),
        )
    }
}
