//! The owner's own details.

use wegwijs_core::ProfileDraft;

use crate::{AppError, ProfileDto, ProfileInput, ProfilePatch, SituationInput, Wegwijs};

impl Wegwijs {
    pub async fn profile(&self) -> Result<Option<ProfileDto>, AppError> {
        Ok(self.store.me().await?.as_ref().map(ProfileDto::from))
    }

    /// Validates and stores the whole profile. On invalid input nothing is
    /// stored and the error lists every wrong field.
    pub async fn save_profile(&self, input: ProfileInput) -> Result<ProfileDto, AppError> {
        let profile = ProfileDraft::from(input)
            .validate(self.today())
            .map_err(AppError::invalid_profile)?;
        self.store.save_me(&profile).await?;
        tracing::info!("profile saved");
        Ok(ProfileDto::from(&profile))
    }

    /// Changes only the given fields of the profile; without a profile yet,
    /// the patch must hold every required field.
    pub async fn update_profile(&self, patch: ProfilePatch) -> Result<ProfileDto, AppError> {
        let current = self.store.me().await?;
        let mut draft = current.as_ref().map(ProfileDraft::from).unwrap_or_default();
        patch.apply_to(&mut draft);
        self.save_profile(ProfileInput::from(draft)).await
    }
}

/// Reads a profile file's JSON (see [`SituationInput`]).
pub fn parse_situation_json(text: &str) -> Result<SituationInput, AppError> {
    serde_json::from_str(text).map_err(|e| {
        AppError::invalid_field(
            "profile",
            "error-profile-file-invalid",
            [("detail", e.to_string().as_str())],
        )
    })
}
