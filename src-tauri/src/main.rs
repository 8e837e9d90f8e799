// Keeps a console window from opening next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    // Started again by ourselves to read a PDF, out of the process that
    // holds the keys, before any window or webview exists.
    if let Some(code) = wegwijs_app::extract::child_main_if_asked() {
        return std::process::ExitCode::from(u8::try_from(code).unwrap_or(1));
    }
    wegwijs_desktop::run()
}
