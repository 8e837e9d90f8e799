//! One command per application method: take the input, call `wegwijs-app`,
//! return its result. No logic lives here.

use tauri::State;
use wegwijs_app::{
    AppError, EventDto, Lang, PlanDto, ProfileDto, ProfileInput, SignalDto, StartState,
};

use crate::Shell;

/// Everything the first screen needs: language, profile, countries.
#[tauri::command]
#[specta::specta]
pub async fn start_state(shell: State<'_, Shell>) -> Result<StartState, AppError> {
    shell.app()?.start_state().await
}

/// Validates and stores the person's own profile.
#[tauri::command]
#[specta::specta]
pub async fn save_profile(
    shell: State<'_, Shell>,
    input: ProfileInput,
) -> Result<ProfileDto, AppError> {
    shell.app()?.save_profile(input).await
}

/// Remembers the language the person chose.
#[tauri::command]
#[specta::specta]
pub async fn set_language(shell: State<'_, Shell>, lang: Lang) -> Result<Lang, AppError> {
    shell.app()?.set_language(lang).await
}

/// The life events in the catalogue.
#[tauri::command]
#[specta::specta]
pub async fn life_events(shell: State<'_, Shell>) -> Result<Vec<EventDto>, AppError> {
    Ok(shell.app()?.events())
}

/// The person's plan for an event on a date (`YYYY-MM-DD`).
#[tauri::command]
#[specta::specta]
pub async fn plan(
    shell: State<'_, Shell>,
    event: String,
    date: String,
) -> Result<PlanDto, AppError> {
    shell.app()?.plan(&event, &date, None).await
}

/// What is coming up for the person, for the home screen.
#[tauri::command]
#[specta::specta]
pub async fn signals(shell: State<'_, Shell>) -> Result<Vec<SignalDto>, AppError> {
    shell
        .app()?
        .signals(None, wegwijs_app::DEFAULT_SIGNAL_HORIZON_DAYS, None)
        .await
}
