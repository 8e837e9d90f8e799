//! The installation's settings: language, notifications, the idle lock.

use std::path::Path;

use wegwijs_core::Language;
use wegwijs_store::Setting;

use crate::{AppError, ErrorCode, Lang, Protection, Wegwijs, keystore};

impl Wegwijs {
    /// The chosen language, or the system's when none was chosen yet and we
    /// ship it, or Dutch.
    pub async fn language(&self) -> Result<Language, AppError> {
        let stored = self.store.setting(Setting::Language).await?;
        Ok(match stored.and_then(|s| s.parse().ok()) {
            Some(lang) => lang,
            None => system_language(),
        })
    }

    pub async fn set_language(&self, lang: Lang) -> Result<Lang, AppError> {
        let language = Language::from(lang);
        self.store
            .set_setting(Setting::Language, language.tag())
            .await?;
        Ok(lang)
    }

    pub async fn notifications_enabled(&self) -> Result<bool, AppError> {
        let v = self.store.setting(Setting::Notifications).await?;
        Ok(v.as_deref() != Some("off"))
    }

    pub async fn set_notifications(&self, enabled: bool) -> Result<bool, AppError> {
        let v = if enabled { "on" } else { "off" };
        self.store.set_setting(Setting::Notifications, v).await?;
        Ok(enabled)
    }

    /// Minutes without use before the app locks itself (0: never). Ten by
    /// default: the data is personal, and a shared computer is common.
    pub async fn auto_lock_minutes(&self) -> Result<u32, AppError> {
        Ok(self
            .store
            .setting(Setting::AutoLockMinutes)
            .await?
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_AUTO_LOCK_MINUTES))
    }

    pub async fn set_auto_lock_minutes(&self, minutes: u32) -> Result<u32, AppError> {
        if !AUTO_LOCK_CHOICES.contains(&minutes) {
            return Err(AppError::invalid_field(
                "auto_lock",
                "error-auto-lock-choice",
                [],
            ));
        }
        self.store
            .set_setting(Setting::AutoLockMinutes, &minutes.to_string())
            .await?;
        Ok(minutes)
    }
}

pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 10;

/// The choices the settings offer (0: never).
pub const AUTO_LOCK_CHOICES: &[u32] = &[0, 2, 5, 10, 30, 60];

/// How the data of a locked app is opened again: with a click (the key is
/// in the OS keyring) or with the passphrase.
pub fn locked_error(data_dir: &Path) -> AppError {
    let how = match keystore::protection(data_dir) {
        Ok(Some(Protection::Passphrase)) => "passphrase",
        _ => "keyring",
    };
    AppError::with_code(ErrorCode::Locked, "error-app-locked").arg("protection", how)
}

/// The shipped language that best matches the operating system's preferences.
pub fn system_language() -> Language {
    let locales: Vec<String> = sys_locale::get_locales().collect();
    Language::negotiate(locales.iter().map(String::as_str))
}
