//! One command per application method: take the input, call `wegwijs-app`,
//! return its result. No logic lives here.

use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use wegwijs_app::{
    AppError, EventDto, KeptPlanDto, Lang, PlanDto, ProfileDto, ProfileInput, SignalDto, StartState,
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

/// Asks where to save through the system's save dialog (the path never comes
/// from the webview) and writes the file there. False when cancelled.
fn save_as(
    handle: &AppHandle,
    name: &str,
    filter: (&str, &str),
    bytes: &[u8],
) -> Result<bool, AppError> {
    let chosen = handle
        .dialog()
        .file()
        .set_file_name(name)
        .add_filter(filter.0, &[filter.1])
        .blocking_save_file();
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(false);
    };
    std::fs::write(&path, bytes).map_err(|_| {
        AppError::invalid_field(
            "file",
            "error-file-unwritable",
            [("path", path.display().to_string().as_str())],
        )
    })?;
    Ok(true)
}

/// Saves the plan as an iCalendar file where the person chooses.
#[tauri::command]
#[specta::specta]
pub async fn export_plan_ics(
    handle: AppHandle,
    shell: State<'_, Shell>,
    event: String,
    date: String,
) -> Result<bool, AppError> {
    let ics = shell.app()?.plan_ics(&event, &date).await?;
    save_as(
        &handle,
        &format!("wegwijs-{event}-{date}.ics"),
        ("iCalendar", "ics"),
        ics.as_bytes(),
    )
}

/// Saves the plan as a printable A4 PDF checklist where the person chooses.
#[tauri::command]
#[specta::specta]
pub async fn export_plan_pdf(
    handle: AppHandle,
    shell: State<'_, Shell>,
    event: String,
    date: String,
) -> Result<bool, AppError> {
    let pdf = shell.app()?.plan_pdf(&event, &date).await?;
    save_as(
        &handle,
        &format!("wegwijs-{event}-{date}.pdf"),
        ("PDF", "pdf"),
        &pdf,
    )
}

/// Keeps a plan so its tasks can be ticked off.
#[tauri::command]
#[specta::specta]
pub async fn keep_plan(
    shell: State<'_, Shell>,
    event: String,
    date: String,
) -> Result<PlanDto, AppError> {
    shell.app()?.keep_plan(&event, &date).await
}

/// The plans the person keeps.
#[tauri::command]
#[specta::specta]
pub async fn kept_plans(shell: State<'_, Shell>) -> Result<Vec<KeptPlanDto>, AppError> {
    shell.app()?.kept_plans().await
}

#[tauri::command]
#[specta::specta]
pub async fn kept_plan(shell: State<'_, Shell>, id: u32) -> Result<PlanDto, AppError> {
    shell.app()?.kept_plan(id).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_task_done(
    shell: State<'_, Shell>,
    id: u32,
    task: String,
    done: bool,
) -> Result<PlanDto, AppError> {
    shell.app()?.set_task_done(id, &task, done).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_task_note(
    shell: State<'_, Shell>,
    id: u32,
    task: String,
    note: String,
) -> Result<PlanDto, AppError> {
    shell.app()?.set_task_note(id, &task, &note).await
}

/// Moves a kept plan to another date; deadlines follow.
#[tauri::command]
#[specta::specta]
pub async fn move_plan(
    shell: State<'_, Shell>,
    id: u32,
    date: String,
) -> Result<PlanDto, AppError> {
    shell.app()?.move_plan(id, &date).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_plan(shell: State<'_, Shell>, id: u32) -> Result<(), AppError> {
    shell.app()?.delete_plan(id).await
}

/// Turns signals as OS notifications on or off.
#[tauri::command]
#[specta::specta]
pub async fn set_notifications(shell: State<'_, Shell>, enabled: bool) -> Result<bool, AppError> {
    shell.app()?.set_notifications(enabled).await
}
