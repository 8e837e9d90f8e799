//! The Tauri shell of Wegwijs.
//!
//! This crate only adapts: it opens [`wegwijs_app::Wegwijs`] for the data
//! directory, hands it to Tauri as state and exposes each application method
//! as a command (see [`commands`]). Types and their TypeScript bindings come
//! from `wegwijs-app`'s DTOs through specta.

mod commands;
mod webkit;

include!("command_names.rs");

use std::process::ExitCode;

use std::path::PathBuf;
use std::sync::{Mutex, RwLock};

use wegwijs_app::{AppError, Opened, OsKeyring, RecoveryKey, Wegwijs, paths};

/// The state every command reaches: the open app, or why it is not open
/// (locked: a passphrase or the recovery key is needed; or broken), which
/// the UI shows as a localised screen instead of a crash.
#[derive(Debug)]
pub struct Shell {
    data_dir: Result<PathBuf, AppError>,
    app: RwLock<Result<Wegwijs, AppError>>,
    /// Shown once after the keys were created, then forgotten.
    recovery_key: Mutex<Option<RecoveryKey>>,
    /// Files dropped on the window, waiting for the person to add them.
    /// Paths never come from the webview: the shell collects them here.
    dropped: Mutex<Vec<PathBuf>>,
    /// Wakes a login that waits for the browser: the person cancelled, or
    /// the app locked.
    login_cancel: tokio::sync::Notify,
    /// The system clock; in debug builds the `--today=` of the end-to-end
    /// tests. Every app this shell opens runs on it.
    clock: std::sync::Arc<dyn wegwijs_app::Clock>,
    /// The chosen minutes without use, enforced here by the wall clock,
    /// whatever the webview's timer does.
    idle: wegwijs_app::idle::IdleLock,
    /// An app locked where nothing could wait for its closing; closed at
    /// the next chance (the idle watch, a lock, the exit).
    closing: Mutex<Option<Wegwijs>>,
    /// The platform's speech, for reading aloud; connects on first use.
    speech: wegwijs_app::Speech,
}

impl Shell {
    fn current(&self) -> Result<Wegwijs, AppError> {
        match self.app.read() {
            Ok(guard) => guard.clone(),
            Err(_) => Err(AppError::internal()),
        }
    }

    /// The open app, for a command: a use of it. Once the idle time has
    /// passed (by the wall clock: a laptop that slept counts), the app
    /// locks instead and the command is refused as `locked`.
    fn app(&self) -> Result<Wegwijs, AppError> {
        let app = self.current()?;
        if self.idle.touch(std::time::SystemTime::now()) {
            Ok(app)
        } else {
            self.lock_idle();
            Err(self.locked())
        }
    }

    /// The open app for work in the background (notifications): not a use.
    fn app_quiet(&self) -> Result<Wegwijs, AppError> {
        let app = self.current()?;
        if self.lock_if_idle() {
            Err(self.locked())
        } else {
            Ok(app)
        }
    }

    fn locked(&self) -> AppError {
        match &self.data_dir {
            Ok(dir) => wegwijs_app::locked_error(dir),
            Err(e) => e.clone(),
        }
    }

    fn data_dir(&self) -> Result<PathBuf, AppError> {
        self.data_dir.clone()
    }

    /// Takes a freshly opened app: the idle time counts from now, with the
    /// minutes the person chose.
    async fn install(&self, opened: Result<Opened, AppError>) -> Result<(), AppError> {
        let opened = opened?;
        let minutes = opened
            .app
            .auto_lock_minutes()
            .await
            .unwrap_or(wegwijs_app::DEFAULT_AUTO_LOCK_MINUTES);
        self.idle.reset(minutes, std::time::SystemTime::now());
        if let (Some(r), Ok(mut slot)) = (opened.recovery_key, self.recovery_key.lock()) {
            *slot = Some(r);
        }
        self.set_app(Ok(opened.app))
    }

    /// Locks when the idle time has passed; whether it did.
    fn lock_if_idle(&self) -> bool {
        self.current().is_ok()
            && self.idle.expired(std::time::SystemTime::now())
            && self.lock_idle()
    }

    /// Locks now, from where nothing can wait: the app's connections are
    /// closed at the next chance ([`Self::close_pending`]).
    fn lock_idle(&self) -> bool {
        let locked = self.locked();
        let open = match self.app.write() {
            Ok(mut guard) if guard.is_ok() => std::mem::replace(&mut *guard, Err(locked)),
            _ => return false,
        };
        if let (Ok(app), Ok(mut slot)) = (open, self.closing.lock()) {
            *slot = Some(app);
        }
        self.forget_pending();
        tracing::info!("app locked after the idle time");
        true
    }

    async fn close_pending(&self) {
        let pending = self.closing.lock().ok().and_then(|mut s| s.take());
        if let Some(app) = pending {
            app.close().await;
        }
    }

    fn forget_pending(&self) {
        if let Ok(mut r) = self.recovery_key.lock() {
            *r = None;
        }
        if let Ok(mut d) = self.dropped.lock() {
            d.clear();
        }
        self.login_cancel.notify_waiters();
    }

    /// Drops the open app (its database connections and keys) and what
    /// waits to be shown or added, and answers "locked" from now on.
    async fn lock(&self) -> Result<(), AppError> {
        let locked = self.locked();
        let open = {
            let mut guard = self.app.write().map_err(|_| AppError::internal())?;
            std::mem::replace(&mut *guard, Err(locked))
        };
        if let Ok(app) = open {
            app.close().await;
        }
        self.close_pending().await;
        self.forget_pending();
        tracing::info!("app locked");
        Ok(())
    }

    fn set_app(&self, app: Result<Wegwijs, AppError>) -> Result<(), AppError> {
        let mut guard = self.app.write().map_err(|_| AppError::internal())?;
        *guard = app.map(|a| {
            a.with_clock(self.clock.clone())
                .with_extractor(wegwijs_app::Extractor::this_program())
                .with_announce_services(wegwijs_app::AnnounceServices::from_env())
        });
        Ok(())
    }
}

/// The commands and types the UI may use; also the source of
/// `ui/src/lib/bindings.ts`.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new().commands(tauri_specta::collect_commands![
        commands::start_state,
        commands::save_profile,
        commands::set_language,
        commands::life_events,
        commands::plan,
        commands::signals,
        commands::export_plan_ics,
        commands::export_plan_pdf,
        commands::keep_plan,
        commands::kept_plans,
        commands::kept_plan,
        commands::set_task_done,
        commands::set_task_note,
        commands::move_plan,
        commands::delete_plan,
        commands::set_notifications,
        commands::unlock,
        commands::lock,
        commands::set_auto_lock,
        commands::set_text_size,
        commands::time_zone,
        commands::set_time_zone,
        commands::speech_available,
        commands::read_aloud,
        commands::stop_reading,
        commands::still_here,
        commands::recover,
        commands::take_recovery_key,
        commands::vault_list,
        commands::vault_search,
        commands::vault_document,
        commands::vault_update,
        commands::vault_remove,
        commands::vault_verify,
        commands::vault_add_picked,
        commands::vault_add_dropped,
        commands::vault_export,
        commands::people,
        commands::add_person,
        commands::cases_list,
        commands::case_add,
        commands::case_step,
        commands::case_decide,
        commands::case_letter,
        commands::case_remove,
        commands::case_sources,
        commands::case_source_add,
        commands::case_source_remove,
        commands::cases_sync,
        commands::set_bsn,
        commands::export_cases_ics,
        commands::lookup_address,
        commands::watch_address,
        commands::set_announce_radius,
        commands::disable_announcements,
        commands::check_announcements,
        commands::announcements,
        commands::mark_announcement_read,
        commands::export_announcements_ics,
        commands::rename_person,
        commands::grant,
        commands::representations,
        commands::revoke,
        commands::audit_list,
        commands::audit_verify,
        commands::login_status,
        commands::set_login_settings,
        commands::login,
        commands::login_cancel,
        commands::link_login_person,
        commands::refresh_login,
        commands::logout,
    ])
}

/// Writes the TypeScript bindings for the UI to `path`.
pub fn export_bindings(path: &std::path::Path) -> Result<(), String> {
    specta_builder()
        .export(
            specta_typescript::Typescript::default()
                .header("// Generated from Rust by `cargo xtask bindings`. Do not edit.\n// @ts-nocheck")
                .bigint(specta_typescript::BigIntExportBehavior::Fail),
            path,
        )
        .map_err(|e| e.to_string())?;
    // tauri-specta writes `import { type WebviewWindow … }`, which under
    // `verbatimModuleSyntax` stays an import and pulls the whole window API
    // (about 3 KB brotli) into the first script; only the type is used.
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let text = text.replace(
        "import { type WebviewWindow as __WebviewWindow__ }",
        "import type { WebviewWindow as __WebviewWindow__ }",
    );
    std::fs::write(path, text).map_err(|e| e.to_string())
}

/// Shows each new signal once as an OS notification: shortly after start,
/// and then every morning the app is still running
/// (`wegwijs_app::next_reminder`). A desktop without a notification service
/// is not an error worth more than a log line; a locked app skips the round.
const FIRST_NOTIFICATIONS_AFTER: std::time::Duration = std::time::Duration::from_secs(5);

fn notify_signals(handle: tauri::AppHandle) {
    use tauri::Manager;
    tauri::async_runtime::spawn(async move {
        // Not while the first screen is drawn: the home screen asks for the
        // same signals then, and on two cores the webview should not share
        // them with this (`docs/performance.md`).
        tokio::time::sleep(FIRST_NOTIFICATIONS_AFTER).await;
        loop {
            let shell = handle.state::<Shell>();
            if let Ok(app) = shell.app_quiet() {
                show_notifications(&handle, &app).await;
            }
            let Some(next) = wegwijs_app::next_reminder() else {
                return;
            };
            // Short naps against the wall clock: a monotonic timer does not
            // count the hours a laptop spends suspended.
            while std::time::SystemTime::now() < next {
                tokio::time::sleep(std::time::Duration::from_secs(15 * 60)).await;
            }
        }
    });
}

/// Each signal not shown before, as an OS notification.
async fn show_notifications(handle: &tauri::AppHandle, app: &wegwijs_app::Wegwijs) {
    use tauri_plugin_notification::NotificationExt;
    let taken = match app.act_for(None).await {
        Ok(own) => own.take_notifications().await,
        Err(e) => Err(e),
    };
    match taken {
        Ok(list) => {
            for n in list {
                if let Err(e) = handle
                    .notification()
                    .builder()
                    .title(&n.title)
                    .body(&n.body)
                    .show()
                {
                    tracing::warn!(error = %e, "could not show a notification");
                }
            }
        }
        Err(e) => tracing::warn!(error = %e, "could not compute notifications"),
    }
}

/// Fetches the owner's cases from the connected providers, and checks for
/// announcements near the address when that is on, once a day while the
/// app runs (`sync_cases_if_due` decides whether one is due),
/// first a minute after start so the first screen does not wait. When a
/// case moved on, the window is told (`cases-synced`) and new steps the
/// provider announces become notifications.
fn sync_cases_daily(handle: tauri::AppHandle) {
    use tauri::{Emitter, Manager};
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_secs(60)).await;
        loop {
            let shell = handle.state::<Shell>();
            if let Ok(app) = shell.app_quiet() {
                match app.sync_cases_if_due().await {
                    Ok(Some(report)) if !report.changed.is_empty() => {
                        let _ = handle.emit("cases-synced", ());
                        show_notifications(&handle, &app).await;
                    }
                    Ok(_) => {}
                    Err(e) => tracing::info!(error = %e, "background sync not done"),
                }
                // Announcements near the address, when turned on: one
                // notification for what a check found, never one each.
                match app.check_announcements_if_due().await {
                    Ok(Some(c)) => {
                        let _ = handle.emit("announcements-checked", ());
                        if c.new > 0 {
                            show_notifications(&handle, &app).await;
                        }
                    }
                    Ok(None) => {}
                    Err(e) => {
                        tracing::info!(error = %e, "background check of announcements not done")
                    }
                }
            }
            tokio::time::sleep(std::time::Duration::from_secs(30 * 60)).await;
        }
    });
}

/// Locks the app when the idle time has passed even if no command comes
/// (the webview's timer may be throttled or frozen), and tells the window.
/// Checked against the wall clock every 20 seconds, so a laptop that
/// slept locks as soon as it wakes.
fn watch_idle(handle: tauri::AppHandle) {
    use tauri::{Emitter, Manager};
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(20)).await;
            let shell = handle.state::<Shell>();
            if shell.lock_if_idle() {
                let _ = handle.emit("app-locked", ());
            }
            shell.close_pending().await;
        }
    });
}

/// In debug builds, the argument `--today=YYYY-MM-DD` (or the variable
/// `WEGWIJS_TEST_TODAY`) makes the app run as on that date: the end-to-end
/// tests of what a birthday changes use it. Release builds run on the
/// system clock, always.
fn shell_clock() -> std::sync::Arc<dyn wegwijs_app::Clock> {
    let given = std::env::args().find_map(|a| a.strip_prefix("--today=").map(String::from));
    wegwijs_app::clock::shell_clock(given.as_deref())
}

pub fn run() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("WEGWIJS_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();

    let builder = specta_builder();
    let data_dir = paths::data_dir_from_env();
    let opened = tauri::async_runtime::block_on(async {
        let dir = data_dir.clone()?;
        Wegwijs::open(&dir, &OsKeyring, None).await
    });
    let shell = Shell {
        data_dir,
        app: RwLock::new(Err(AppError::internal())),
        recovery_key: Mutex::new(None),
        dropped: Mutex::new(Vec::new()),
        login_cancel: tokio::sync::Notify::new(),
        speech: wegwijs_app::Speech::system(),
        clock: shell_clock(),
        idle: wegwijs_app::idle::IdleLock::new(
            wegwijs_app::DEFAULT_AUTO_LOCK_MINUTES,
            std::time::SystemTime::now(),
        ),
        closing: Mutex::new(None),
    };
    if let Err(e) = tauri::async_runtime::block_on(shell.install(opened)) {
        tracing::warn!(error = %e, "data not opened at start");
        let _ = shell.set_app(Err(e));
    }

    let result = tauri::Builder::default()
        // Opens a task's source in the person's own browser.
        .plugin(tauri_plugin_opener::init())
        // Save dialogs, used from Rust only: the webview gets no dialog permission.
        .plugin(tauri_plugin_dialog::init())
        // Signals as OS notifications, sent from Rust only (no webview permission).
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            use tauri::Manager;
            if let Some(window) = app.get_webview_window("main") {
                webkit::apply(&window, webkit::from_args(std::env::args()));
            }
            notify_signals(app.handle().clone());
            sync_cases_daily(app.handle().clone());
            watch_idle(app.handle().clone());
            Ok(())
        })
        .on_window_event(|window, event| {
            use tauri::{Emitter, Manager};
            if let tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) = event {
                let shell = window.state::<Shell>();
                let names: Vec<String> = paths
                    .iter()
                    .map(|p| wegwijs_app::vault::clean_file_name(p))
                    .collect();
                if let Ok(mut dropped) = shell.dropped.lock() {
                    *dropped = paths.clone();
                }
                // Only the names go to the webview, to show what will be added.
                let _ = window.emit("files-dropped", names);
            }
        })
        .invoke_handler(builder.invoke_handler())
        .manage(shell)
        .build(tauri::generate_context!());
    match result {
        Ok(app) => {
            app.run(|handle, event| {
                use tauri::Manager;
                // Closed, not left to the process's end: a connection still
                // closing when the process exits races SQLCipher's own
                // clean-up at exit.
                if let tauri::RunEvent::Exit = event {
                    let shell = handle.state::<Shell>();
                    if let Err(e) = tauri::async_runtime::block_on(shell.lock()) {
                        tracing::warn!(error = %e, "could not close the data at exit");
                    }
                }
            });
            ExitCode::SUCCESS
        }
        Err(e) => {
            tracing::error!(error = %e, "the app stopped with an error");
            ExitCode::FAILURE
        }
    }
}
