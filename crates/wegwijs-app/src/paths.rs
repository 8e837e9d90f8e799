//! Where Wegwijs keeps its data.

use std::path::PathBuf;

use crate::AppError;

/// The environment variable that overrides the data directory, for tests,
/// portable installs and people who keep several profiles apart.
pub const DATA_DIR_ENV: &str = "WEGWIJS_DATA_DIR";

/// The operating system's per-user data directory for Wegwijs:
/// `~/.local/share/wegwijs` on Linux (or `$XDG_DATA_HOME/wegwijs`),
/// `~/Library/Application Support/nl.Wegwijs.Wegwijs` on macOS,
/// `%APPDATA%\Wegwijs\Wegwijs\data` on Windows.
pub fn default_data_dir() -> Result<PathBuf, AppError> {
    directories::ProjectDirs::from("nl", "Wegwijs", "Wegwijs")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(AppError::no_data_dir)
}

/// `WEGWIJS_DATA_DIR` when set and not empty, else [`default_data_dir`].
pub fn data_dir_from_env() -> Result<PathBuf, AppError> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => default_data_dir(),
    }
}
