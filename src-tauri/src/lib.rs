//! The Tauri shell of Wegwijs.
//!
//! This crate only adapts: it opens [`wegwijs_app::Wegwijs`] for the data
//! directory, hands it to Tauri as state and exposes each application method
//! as a command (see [`commands`]). Types and their TypeScript bindings come
//! from `wegwijs-app`'s DTOs through specta.

mod commands;

include!("command_names.rs");

use std::process::ExitCode;

use wegwijs_app::{AppError, Wegwijs, paths};

/// The state every command reaches: the open app, or why it could not be
/// opened (shown by the UI as a localised error instead of a crash).
#[derive(Debug)]
pub struct Shell {
    app: Result<Wegwijs, AppError>,
}

impl Shell {
    fn app(&self) -> Result<&Wegwijs, AppError> {
        self.app.as_ref().map_err(Clone::clone)
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
        .map_err(|e| e.to_string())
}

/// Shows each new signal once as an OS notification, in the background so the
/// window opens without waiting. A desktop without a notification service is
/// not an error worth more than a log line.
fn notify_signals(handle: tauri::AppHandle) {
    use tauri::Manager;
    use tauri_plugin_notification::NotificationExt;
    tauri::async_runtime::spawn(async move {
        let shell = handle.state::<Shell>();
        let Ok(app) = shell.app() else { return };
        match app.take_notifications().await {
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
    });
}

pub fn run() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("WEGWIJS_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();

    let builder = specta_builder();
    let app = tauri::async_runtime::block_on(async {
        let dir = paths::data_dir_from_env()?;
        Wegwijs::open(&dir).await
    });
    if let Err(e) = &app {
        tracing::error!(error = %e, "could not open the data directory");
    }

    let result = tauri::Builder::default()
        // Opens a task's source in the person's own browser.
        .plugin(tauri_plugin_opener::init())
        // Save dialogs, used from Rust only: the webview gets no dialog permission.
        .plugin(tauri_plugin_dialog::init())
        // Signals as OS notifications, sent from Rust only (no webview permission).
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            notify_signals(app.handle().clone());
            Ok(())
        })
        .invoke_handler(builder.invoke_handler())
        .manage(Shell { app })
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "the app stopped with an error");
            ExitCode::FAILURE
        }
    }
}
