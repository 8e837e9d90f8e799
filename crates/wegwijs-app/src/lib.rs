//! The application API of Wegwijs.
//!
//! Every shell (the Tauri desktop app, the `wegwijs` CLI, later the mobile
//! apps) talks to Wegwijs through [`Wegwijs`] and nothing below it. Inputs and
//! outputs are DTOs ([`dto`]), shaped for the boundary and exported to
//! TypeScript; failures are [`AppError`] values that carry a Fluent message id,
//! never an English sentence.

pub mod dto;
pub mod error;
pub mod i18n;
pub mod paths;

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use wegwijs_core::{Country, Language, ProfileDraft};
use wegwijs_store::{Setting, Store};

pub use dto::{Lang, ProfileDto, ProfileInput, ProfilePatch, StartState};
pub use error::{AppError, ErrorCode, FluentArg};
pub use i18n::Localizer;

/// One open Wegwijs installation: its data directory and database.
#[derive(Debug, Clone)]
pub struct Wegwijs {
    store: Store,
    data_dir: PathBuf,
}

impl Wegwijs {
    /// Opens the installation whose data lives in `data_dir`, creating it on
    /// first use.
    pub async fn open(data_dir: &Path) -> Result<Self, AppError> {
        let store = Store::open(data_dir).await?;
        Ok(Wegwijs {
            store,
            data_dir: data_dir.to_path_buf(),
        })
    }

    pub async fn close(self) {
        self.store.close().await;
    }

    /// Everything the UI needs to draw its first screen, in one call.
    pub async fn start_state(&self) -> Result<StartState, AppError> {
        Ok(StartState {
            language: self.language().await?.into(),
            profile: self.profile().await?,
            countries: Country::all().map(|c| c.to_string()).collect(),
            data_dir: self.data_dir.display().to_string(),
        })
    }

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

    pub async fn profile(&self) -> Result<Option<ProfileDto>, AppError> {
        Ok(self.store.me().await?.as_ref().map(ProfileDto::from))
    }

    /// Validates and stores the whole profile. On invalid input nothing is
    /// stored and the error lists every wrong field.
    pub async fn save_profile(&self, input: ProfileInput) -> Result<ProfileDto, AppError> {
        self.save_profile_on(input, today()).await
    }

    /// [`Self::save_profile`] with an explicit "today", for tests.
    pub async fn save_profile_on(
        &self,
        input: ProfileInput,
        today: Date,
    ) -> Result<ProfileDto, AppError> {
        let profile = ProfileDraft::from(input)
            .validate(today)
            .map_err(AppError::invalid_profile)?;
        self.store.save_me(&profile).await?;
        tracing::info!("profile saved");
        Ok(ProfileDto::from(&profile))
    }

    /// Changes only the given fields of the profile; without a profile yet,
    /// the patch must hold every required field.
    pub async fn update_profile(&self, patch: ProfilePatch) -> Result<ProfileDto, AppError> {
        self.update_profile_on(patch, today()).await
    }

    pub async fn update_profile_on(
        &self,
        patch: ProfilePatch,
        today: Date,
    ) -> Result<ProfileDto, AppError> {
        let current = self.store.me().await?;
        let mut draft = current.as_ref().map(ProfileDraft::from).unwrap_or_default();
        patch.apply_to(&mut draft);
        self.save_profile_on(ProfileInput::from(draft), today).await
    }
}

/// Today's date where the person is.
pub fn today() -> Date {
    jiff::ZonedDateTime::now().date()
}

/// The shipped language that best matches the operating system's preferences.
pub fn system_language() -> Language {
    let locales: Vec<String> = sys_locale::get_locales().collect();
    Language::negotiate(locales.iter().map(String::as_str))
}
