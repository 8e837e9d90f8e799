//! The installation's settings: language, notifications, the idle lock.

use std::path::Path;

use wegwijs_core::Language;
use wegwijs_store::Setting;

use crate::dto::TimeZoneDto;
use crate::guidance::Clockface;
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

    /// How large the whole UI is drawn, in percent: the person's choice, or
    /// until they make one, the operating system's text scaling.
    pub async fn text_size(&self) -> Result<u32, AppError> {
        Ok(self
            .store
            .setting(Setting::TextSize)
            .await?
            .and_then(|v| v.parse().ok())
            .filter(|p| TEXT_SIZE_CHOICES.contains(p))
            .unwrap_or_else(system_text_size))
    }

    pub async fn set_text_size(&self, percent: u32) -> Result<u32, AppError> {
        let choice = Choice {
            setting: Setting::TextSize,
            offered: TEXT_SIZE_CHOICES,
            field: "text_size",
            message_id: "error-text-size-choice",
        };
        self.set_choice(choice, percent).await
    }

    /// The time zone deadlines are explained in: the person's choice, else
    /// the device's; with every zone a person can choose.
    pub async fn time_zone(&self) -> Result<TimeZoneDto, AppError> {
        let chosen = self.store.setting(Setting::TimeZone).await?;
        let device = device_time_zone();
        Ok(TimeZoneDto {
            zone: chosen.clone().unwrap_or_else(|| device.clone()),
            chosen: chosen.is_some(),
            device,
            zones: jiff::tz::db()
                .available()
                .map(|n| n.as_str().to_string())
                .filter(|n| n.contains('/') && !n.starts_with("Etc/"))
                .collect(),
        })
    }

    /// Keeps a zone by its IANA name, or with `None` goes back to the
    /// device's. An unknown name is refused at its field, nothing stored.
    pub async fn set_time_zone(&self, zone: Option<&str>) -> Result<TimeZoneDto, AppError> {
        match zone.map(str::trim).filter(|z| !z.is_empty()) {
            None => self.store.delete_setting(Setting::TimeZone).await?,
            Some(z) => {
                if z.len() > 64 || jiff::tz::db().get(z).is_err() {
                    return Err(AppError::invalid_field(
                        "time_zone",
                        "error-time-zone-unknown",
                        [("value", z)],
                    ));
                }
                self.store.set_setting(Setting::TimeZone, z).await?;
            }
        }
        self.time_zone().await
    }

    /// The person's clock for deadlines, when it is not Dutch time.
    pub(crate) async fn clockface(&self) -> Result<Option<Clockface>, AppError> {
        let name = match self.store.setting(Setting::TimeZone).await? {
            Some(z) => z,
            None => device_time_zone(),
        };
        Ok(clockface(&name))
    }

    pub async fn set_auto_lock_minutes(&self, minutes: u32) -> Result<u32, AppError> {
        let choice = Choice {
            setting: Setting::AutoLockMinutes,
            offered: AUTO_LOCK_CHOICES,
            field: "auto_lock",
            message_id: "error-auto-lock-choice",
        };
        self.set_choice(choice, minutes).await
    }

    /// Keeps one of the values a setting offers; any other is refused at its
    /// field, with nothing stored.
    async fn set_choice(&self, choice: Choice, value: u32) -> Result<u32, AppError> {
        if !choice.offered.contains(&value) {
            return Err(AppError::invalid_field(choice.field, choice.message_id, []));
        }
        self.store
            .set_setting(choice.setting, &value.to_string())
            .await?;
        Ok(value)
    }
}

/// The device's IANA zone (the `TZ` variable, else the system's), or
/// Dutch time when it names no place: a device on plain UTC is more often
/// unset than in the middle of the ocean, and "in UTC" helps nobody.
pub fn device_time_zone() -> String {
    match jiff::tz::TimeZone::system().iana_name() {
        Some(name) if name.contains('/') && !name.starts_with("Etc/") => name.to_string(),
        _ => wegwijs_core::authz::LEGAL_TIME_ZONE.to_string(),
    }
}

/// The clock for a zone name, unless it keeps Dutch time or is unknown.
pub(crate) fn clockface(name: &str) -> Option<Clockface> {
    if wegwijs_core::abroad::is_dutch_time(name) {
        return None;
    }
    let zone = jiff::tz::db().get(name).ok()?;
    Some(Clockface {
        name: name.to_string(),
        zone,
    })
}

/// A setting whose value is one of a few numbers the settings screen offers.
struct Choice {
    setting: Setting,
    offered: &'static [u32],
    field: &'static str,
    message_id: &'static str,
}

pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 10;

/// The text sizes the settings offer, in percent of the normal size.
pub const TEXT_SIZE_CHOICES: &[u32] = &[100, 125, 150, 175, 200];

/// The offered text size nearest to a scaling factor of the operating
/// system (1.0 is normal): a factor of 1.3 is 125 %, 3.0 is 200 %.
pub fn text_size_for_factor(factor: f64) -> u32 {
    if !factor.is_finite() || factor <= 0.0 {
        return 100;
    }
    let percent = factor * 100.0;
    TEXT_SIZE_CHOICES
        .iter()
        .copied()
        .min_by(|a, b| {
            let da = (f64::from(*a) - percent).abs();
            let db = (f64::from(*b) - percent).abs();
            da.total_cmp(&db)
        })
        .unwrap_or(100)
}

/// The text size that follows the operating system's, until the person
/// chooses one. Asked once per run: the answer does not change while the
/// app is open often enough to ask again.
pub fn system_text_size() -> u32 {
    static SIZE: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *SIZE.get_or_init(|| system_text_scaling().map_or(100, text_size_for_factor))
}

/// GNOME's "Large text" and other GTK desktops keep the factor in
/// GSettings; the webview is GTK's, so this is the setting its person made.
/// `gsettings` reads dconf's file directly: no D-Bus, no network.
#[cfg(target_os = "linux")]
fn system_text_scaling() -> Option<f64> {
    let out = std::process::Command::new("gsettings")
        .args(["get", "org.gnome.desktop.interface", "text-scaling-factor"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    parse_scaling_factor(std::str::from_utf8(&out.stdout).ok()?)
}

// Windows (TextScaleFactor in HKCU\Software\Microsoft\Accessibility),
// Android (fontScale) and iOS (Dynamic Type) are not read yet: they start
// at 100 % and the person chooses.
#[cfg(not(target_os = "linux"))]
fn system_text_scaling() -> Option<f64> {
    None
}

/// `gsettings` prints a GVariant double: `1.25`, or `1.0`.
fn parse_scaling_factor(text: &str) -> Option<f64> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|f| f.is_finite() && *f > 0.0)
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_factor_becomes_the_nearest_offered_size() {
        for (factor, percent) in [
            (1.0, 100),
            (1.1, 100),
            (1.13, 125),
            (1.25, 125),
            (1.5, 150),
            (1.7, 175),
            (2.0, 200),
            (3.0, 200),
            (0.8, 100),
            (0.0, 100),
            (-1.0, 100),
            (f64::NAN, 100),
            (f64::INFINITY, 100),
        ] {
            assert_eq!(text_size_for_factor(factor), percent, "factor {factor}");
        }
    }

    #[test]
    fn reads_what_gsettings_prints() {
        assert_eq!(parse_scaling_factor("1.25\n"), Some(1.25));
        assert_eq!(parse_scaling_factor("1.0"), Some(1.0));
        assert_eq!(parse_scaling_factor(""), None);
        assert_eq!(parse_scaling_factor("nan"), None);
        assert_eq!(parse_scaling_factor("-2"), None);
        assert_eq!(parse_scaling_factor("'large'"), None);
    }
}
