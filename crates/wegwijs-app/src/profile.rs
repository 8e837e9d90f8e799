//! The owner's own details.

use wegwijs_core::ProfileDraft;
use wegwijs_core::guidance::Situation;

use crate::guidance::{self, HouseholdChild};
use crate::{AppError, PersonId, ProfileDto, ProfileInput, ProfilePatch, SituationInput, Wegwijs};

/// The owner's situation for guidance, and who its children are.
pub(crate) struct OwnSituation {
    pub situation: Situation,
    /// The household's children, oldest first: `situation.children[n]` is
    /// the birth date of `children[n]`.
    pub children: Vec<HouseholdChild>,
}

impl Wegwijs {
    pub async fn profile(&self) -> Result<Option<ProfileDto>, AppError> {
        let Some(p) = self.store.me().await? else {
            return Ok(None);
        };
        let mut dto = ProfileDto::from(&p);
        if let Some(me) = self.store.me_id().await? {
            dto.bsn = crate::people::masked_bsn(&self.store.bsns().await?, me);
        }
        Ok(Some(dto))
    }

    /// Validates and stores the whole profile. On invalid input nothing is
    /// stored and the error lists every wrong field.
    pub async fn save_profile(&self, input: ProfileInput) -> Result<ProfileDto, AppError> {
        let profile = ProfileDraft::from(input)
            .validate(self.today())
            .map_err(AppError::invalid_profile)?;
        self.store.save_me(&profile).await?;
        tracing::info!("profile saved");
        self.profile().await?.ok_or_else(AppError::no_profile)
    }

    /// Changes only the given fields of the profile; without a profile yet,
    /// the patch must hold every required field.
    pub async fn update_profile(&self, patch: ProfilePatch) -> Result<ProfileDto, AppError> {
        // Checked before anything is saved, so a wrong BSN changes nothing.
        let bsn = match patch.bsn.as_deref() {
            Some(b) => Some(crate::people::parse_bsn(b)?),
            None => None,
        };
        if let Some(Some(b)) = &bsn {
            let me = self.store.me_id().await?;
            self.bsn_free(Some(&b.digits()), me).await?;
        }
        let current = self.store.me().await?;
        let mut draft = current.as_ref().map(ProfileDraft::from).unwrap_or_default();
        patch.apply_to(&mut draft);
        self.save_profile(ProfileInput::from(draft)).await?;
        if let (Some(bsn), Some(me)) = (bsn, self.store.me_id().await?) {
            let digits = bsn.as_ref().map(wegwijs_core::cases::Bsn::digits);
            self.store.set_bsn(me, digits.as_deref()).await?;
            tracing::info!(set = digits.is_some(), "BSN changed");
        }
        self.profile().await?.ok_or_else(AppError::no_profile)
    }

    /// The owner's profile with their children: the household's people
    /// whose relation is `child`. `None` before the profile exists.
    pub(crate) async fn own_situation(&self) -> Result<Option<OwnSituation>, AppError> {
        let Some(p) = self.store.me().await? else {
            return Ok(None);
        };
        let mut kids: Vec<_> = self
            .store
            .people()
            .await?
            .into_iter()
            .filter(|q| !q.is_me && q.relation.as_deref() == Some("child"))
            .collect();
        kids.sort_by_key(|q| (q.birth_date, q.id));
        let dates: Vec<_> = kids.iter().map(|q| q.birth_date).collect();
        Ok(Some(OwnSituation {
            situation: guidance::situation_from_profile(&p, &dates),
            children: kids
                .into_iter()
                .map(|q| HouseholdChild {
                    id: PersonId(u32::try_from(q.id).unwrap_or(u32::MAX)),
                    name: q.name,
                })
                .collect(),
        }))
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
