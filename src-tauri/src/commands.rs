//! One command per application method: take the input, call `wegwijs-app`,
//! return its result. No logic lives here.

use std::path::PathBuf;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use wegwijs_app::{
    AddResult, AddressInput, AnnouncementsDto, AppError, AuditEntryDto, AuditReport, CaseDto,
    CaseSourceDto, CaseSourceInput, CaseStepInput, CheckDto, DocumentDto, DocumentInput, EventDto,
    FoundAddressDto, GrantInput, KeptPlanDto, Lang, LoginSettingsInput, LoginStatusDto,
    LogoutReport, NewCaseInput, OsKeyring, PersonDto, PersonId, PlanDto, ProfileDto, ProfileInput,
    RepresentationDto, SignalDto, StartState, SyncReport, VerifyReport, WatchDto, Wegwijs,
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
    acting: Option<PersonId>,
) -> Result<PlanDto, AppError> {
    shell
        .app()?
        .act_for(acting)
        .await?
        .plan(&event, &date)
        .await
}

/// What is coming up for the person (or the one they act for), for the
/// home screen.
#[tauri::command]
#[specta::specta]
pub async fn signals(
    shell: State<'_, Shell>,
    acting: Option<PersonId>,
) -> Result<Vec<SignalDto>, AppError> {
    shell
        .app()?
        .act_for(acting)
        .await?
        .signals(None, wegwijs_app::DEFAULT_SIGNAL_HORIZON_DAYS)
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
    let ics = shell
        .app()?
        .act_for(None)
        .await?
        .plan_ics(&event, &date)
        .await?;
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
    let pdf = shell
        .app()?
        .act_for(None)
        .await?
        .plan_pdf(&event, &date)
        .await?;
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
    shell
        .app()?
        .act_for(None)
        .await?
        .keep_plan(&event, &date)
        .await
}

/// The plans the person keeps.
#[tauri::command]
#[specta::specta]
pub async fn kept_plans(shell: State<'_, Shell>) -> Result<Vec<KeptPlanDto>, AppError> {
    shell.app()?.act_for(None).await?.kept_plans().await
}

#[tauri::command]
#[specta::specta]
pub async fn kept_plan(shell: State<'_, Shell>, id: u32) -> Result<PlanDto, AppError> {
    shell.app()?.act_for(None).await?.kept_plan(id).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_task_done(
    shell: State<'_, Shell>,
    id: u32,
    task: String,
    done: bool,
) -> Result<PlanDto, AppError> {
    shell
        .app()?
        .act_for(None)
        .await?
        .set_task_done(id, &task, done)
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn set_task_note(
    shell: State<'_, Shell>,
    id: u32,
    task: String,
    note: String,
) -> Result<PlanDto, AppError> {
    shell
        .app()?
        .act_for(None)
        .await?
        .set_task_note(id, &task, &note)
        .await
}

/// Moves a kept plan to another date; deadlines follow.
#[tauri::command]
#[specta::specta]
pub async fn move_plan(
    shell: State<'_, Shell>,
    id: u32,
    date: String,
) -> Result<PlanDto, AppError> {
    shell.app()?.act_for(None).await?.move_plan(id, &date).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_plan(shell: State<'_, Shell>, id: u32) -> Result<(), AppError> {
    shell.app()?.act_for(None).await?.delete_plan(id).await
}

/// Turns signals as OS notifications on or off.
#[tauri::command]
#[specta::specta]
pub async fn set_notifications(shell: State<'_, Shell>, enabled: bool) -> Result<bool, AppError> {
    shell.app()?.set_notifications(enabled).await
}

/// Opens locked data: from the keyring (`passphrase` null) or with the
/// passphrase; on first use without a keyring, sets the passphrase that
/// protects the data from now on.
#[tauri::command]
#[specta::specta]
pub async fn unlock(shell: State<'_, Shell>, passphrase: Option<String>) -> Result<(), AppError> {
    let dir = shell.data_dir()?;
    shell
        .install(Wegwijs::open(&dir, &OsKeyring, passphrase.as_deref()).await)
        .await
}

/// Locks the app now: the open database and keys are dropped; every
/// command answers "locked" until `unlock`.
#[tauri::command]
#[specta::specta]
pub async fn lock(shell: State<'_, Shell>) -> Result<(), AppError> {
    shell.lock().await
}

#[tauri::command]
#[specta::specta]
pub async fn set_auto_lock(shell: State<'_, Shell>, minutes: u32) -> Result<u32, AppError> {
    let minutes = shell.app()?.set_auto_lock_minutes(minutes).await?;
    shell.idle.reset(minutes, std::time::SystemTime::now());
    Ok(minutes)
}

/// The size the whole UI is drawn at, in percent; the page applies it as
/// the webview's zoom.
#[tauri::command]
#[specta::specta]
pub async fn set_text_size(shell: State<'_, Shell>, percent: u32) -> Result<u32, AppError> {
    shell.app()?.set_text_size(percent).await
}

#[tauri::command]
#[specta::specta]
pub async fn time_zone(shell: State<'_, Shell>) -> Result<wegwijs_app::TimeZoneDto, AppError> {
    shell.app()?.time_zone().await
}

/// `null` goes back to the device's zone.
#[tauri::command]
#[specta::specta]
pub async fn set_time_zone(
    shell: State<'_, Shell>,
    zone: Option<String>,
) -> Result<wegwijs_app::TimeZoneDto, AppError> {
    shell.app()?.set_time_zone(zone.as_deref()).await
}

/// Whether the platform has a voice for the active language: the
/// read-aloud buttons are shown only then.
#[tauri::command]
#[specta::specta]
pub async fn speech_available(shell: State<'_, Shell>) -> Result<bool, AppError> {
    shell.app()?.speech_available(&shell.speech).await
}

/// Reads text the person sees (a plan, a task) aloud in the active
/// language, stopping what was being read.
#[tauri::command]
#[specta::specta]
pub async fn read_aloud(shell: State<'_, Shell>, text: String) -> Result<(), AppError> {
    shell.app()?.read_aloud(&shell.speech, &text).await
}

/// Stops reading aloud.
#[tauri::command]
#[specta::specta]
pub async fn stop_reading(shell: State<'_, Shell>) -> Result<(), AppError> {
    shell.speech.stop().await;
    Ok(())
}

/// The person is using the app (a click, a key, scrolling): counts against
/// the idle time like any command. Refused as `locked` once it has passed.
#[tauri::command]
#[specta::specta]
pub async fn still_here(shell: State<'_, Shell>) -> Result<(), AppError> {
    shell.app().map(|_| ())
}

/// Opens a copy of the data on this device with the recovery key; the key
/// then goes to this device's keyring, or behind `new_passphrase`.
#[tauri::command]
#[specta::specta]
pub async fn recover(
    shell: State<'_, Shell>,
    recovery_key: String,
    new_passphrase: Option<String>,
) -> Result<(), AppError> {
    let dir = shell.data_dir()?;
    let app = Wegwijs::recover(&dir, &OsKeyring, &recovery_key, new_passphrase.as_deref()).await?;
    shell
        .install(Ok(wegwijs_app::Opened {
            app,
            recovery_key: None,
        }))
        .await
}

/// The recovery key, once, right after the keys were created (to show and
/// print); `null` every time after.
#[tauri::command]
#[specta::specta]
pub async fn take_recovery_key(shell: State<'_, Shell>) -> Result<Option<String>, AppError> {
    let mut slot = shell
        .recovery_key
        .lock()
        .map_err(|_| AppError::internal())?;
    Ok(slot.take().map(|r| r.display().to_string()))
}

/// The owner's documents, or (`acting`) those of the person they act for.
#[tauri::command]
#[specta::specta]
pub async fn vault_list(
    shell: State<'_, Shell>,
    acting: Option<PersonId>,
) -> Result<Vec<DocumentDto>, AppError> {
    shell.app()?.act_for(acting).await?.documents().await
}

#[tauri::command]
#[specta::specta]
pub async fn vault_search(
    shell: State<'_, Shell>,
    query: String,
    acting: Option<PersonId>,
) -> Result<Vec<DocumentDto>, AppError> {
    shell.app()?.act_for(acting).await?.search(&query).await
}

#[tauri::command]
#[specta::specta]
pub async fn vault_document(
    shell: State<'_, Shell>,
    id: String,
    acting: Option<PersonId>,
) -> Result<DocumentDto, AppError> {
    shell.app()?.act_for(acting).await?.document(&id).await
}

#[tauri::command]
#[specta::specta]
pub async fn vault_update(
    shell: State<'_, Shell>,
    id: String,
    input: DocumentInput,
    acting: Option<PersonId>,
) -> Result<DocumentDto, AppError> {
    shell
        .app()?
        .act_for(acting)
        .await?
        .update(&id, &input)
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn vault_remove(
    shell: State<'_, Shell>,
    id: String,
    acting: Option<PersonId>,
) -> Result<(), AppError> {
    shell.app()?.act_for(acting).await?.remove(&id).await
}

#[tauri::command]
#[specta::specta]
pub async fn vault_verify(shell: State<'_, Shell>) -> Result<VerifyReport, AppError> {
    shell.app()?.act_for(None).await?.verify().await
}

/// End-to-end tests cannot drive the system's file dialogs; debug builds
/// take the answer from the environment instead when it is set.
#[cfg(debug_assertions)]
fn test_pick() -> Option<Vec<PathBuf>> {
    std::env::var_os("WEGWIJS_TEST_PICK").map(|v| std::env::split_paths(&v).collect())
}

#[cfg(not(debug_assertions))]
fn test_pick() -> Option<Vec<PathBuf>> {
    None
}

#[cfg(debug_assertions)]
fn test_save_dir() -> Option<PathBuf> {
    std::env::var_os("WEGWIJS_TEST_SAVE_DIR").map(PathBuf::from)
}

#[cfg(not(debug_assertions))]
fn test_save_dir() -> Option<PathBuf> {
    None
}

/// Lets the person pick files in the system's dialog and adds them with
/// `input`. An empty result when they cancel.
#[tauri::command]
#[specta::specta]
pub async fn vault_add_picked(
    handle: AppHandle,
    shell: State<'_, Shell>,
    input: DocumentInput,
    acting: Option<PersonId>,
) -> Result<AddResult, AppError> {
    let app = shell.app()?;
    let scoped = app.act_for(acting).await?;
    let files = match test_pick() {
        Some(f) => f,
        None => handle
            .dialog()
            .file()
            .blocking_pick_files()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|p| p.into_path().ok())
            .collect(),
    };
    scoped.add(&files, &input).await
}

/// Adds the files last dropped on the window with `input`.
#[tauri::command]
#[specta::specta]
pub async fn vault_add_dropped(
    shell: State<'_, Shell>,
    input: DocumentInput,
    acting: Option<PersonId>,
) -> Result<AddResult, AppError> {
    let app = shell.app()?;
    let scoped = app.act_for(acting).await?;
    let files = std::mem::take(&mut *shell.dropped.lock().map_err(|_| AppError::internal())?);
    scoped.add(&files, &input).await
}

/// Saves a decrypted copy where the person chooses. False when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn vault_export(
    handle: AppHandle,
    shell: State<'_, Shell>,
    id: String,
    acting: Option<PersonId>,
) -> Result<bool, AppError> {
    let app = shell.app()?;
    // The save dialog has asked before replacing a file.
    app.act_for(acting)
        .await?
        .export(&id, true, |doc| match test_save_dir() {
            Some(dir) => Some(dir.join(&doc.file_name)),
            None => handle
                .dialog()
                .file()
                .set_file_name(&doc.file_name)
                .blocking_save_file()
                .and_then(|p| p.into_path().ok()),
        })
        .await
}

/// The person's requests to providers (or those of the one they act for).
#[tauri::command]
#[specta::specta]
pub async fn cases_list(
    shell: State<'_, Shell>,
    acting: Option<PersonId>,
) -> Result<Vec<CaseDto>, AppError> {
    shell.app()?.act_for(acting).await?.cases().await
}

/// Adds a request entered by hand.
#[tauri::command]
#[specta::specta]
pub async fn case_add(
    shell: State<'_, Shell>,
    input: NewCaseInput,
    acting: Option<PersonId>,
) -> Result<CaseDto, AppError> {
    shell.app()?.act_for(acting).await?.add_case(&input).await
}

/// Records what happened to a request.
#[tauri::command]
#[specta::specta]
pub async fn case_step(
    shell: State<'_, Shell>,
    id: u32,
    input: CaseStepInput,
    acting: Option<PersonId>,
) -> Result<CaseDto, AppError> {
    shell
        .app()?
        .act_for(acting)
        .await?
        .add_case_step(id, &input)
        .await
}

/// Records the day a decision was sent.
#[tauri::command]
#[specta::specta]
pub async fn case_decide(
    shell: State<'_, Shell>,
    id: u32,
    date: String,
    acting: Option<PersonId>,
) -> Result<CaseDto, AppError> {
    shell
        .app()?
        .act_for(acting)
        .await?
        .decide_case(id, &date)
        .await
}

/// Links a request's decision letter (one of the same person's documents),
/// or unlinks it with `null`.
#[tauri::command]
#[specta::specta]
pub async fn case_letter(
    shell: State<'_, Shell>,
    id: u32,
    letter: Option<String>,
    acting: Option<PersonId>,
) -> Result<CaseDto, AppError> {
    shell
        .app()?
        .act_for(acting)
        .await?
        .link_case_letter(id, letter.as_deref())
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn case_remove(
    shell: State<'_, Shell>,
    id: u32,
    acting: Option<PersonId>,
) -> Result<(), AppError> {
    shell.app()?.act_for(acting).await?.remove_case(id).await
}

/// Saves the requests' deadlines (to decide, to object) as an iCalendar
/// file where the person chooses.
#[tauri::command]
#[specta::specta]
pub async fn export_cases_ics(
    handle: AppHandle,
    shell: State<'_, Shell>,
    acting: Option<PersonId>,
) -> Result<bool, AppError> {
    let ics = shell.app()?.act_for(acting).await?.cases_ics().await?;
    save_as(
        &handle,
        "wegwijs-aanvragen.ics",
        ("iCalendar", "ics"),
        ics.as_bytes(),
    )
}

/// The providers whose ZGW APIs the owner connected, with how the last
/// sync of each went.
#[tauri::command]
#[specta::specta]
pub async fn case_sources(shell: State<'_, Shell>) -> Result<Vec<CaseSourceDto>, AppError> {
    shell.app()?.act_for(None).await?.case_sources().await
}

/// Connects a provider. The secret goes from here to the OS keyring and is
/// never sent back to the webview.
#[tauri::command]
#[specta::specta]
pub async fn case_source_add(
    shell: State<'_, Shell>,
    input: CaseSourceInput,
    secret: Option<String>,
) -> Result<CaseSourceDto, AppError> {
    shell
        .app()?
        .act_for(None)
        .await?
        .add_case_source(&input, secret.as_deref())
        .await
}

/// Disconnects a provider: its secret and its cases go.
#[tauri::command]
#[specta::specta]
pub async fn case_source_remove(shell: State<'_, Shell>, id: u32) -> Result<(), AppError> {
    shell
        .app()?
        .act_for(None)
        .await?
        .remove_case_source(id)
        .await
}

/// Fetches the person's cases (or those of the one they act for) from
/// every connected provider.
#[tauri::command]
#[specta::specta]
pub async fn cases_sync(
    shell: State<'_, Shell>,
    acting: Option<PersonId>,
) -> Result<SyncReport, AppError> {
    shell.app()?.act_for(acting).await?.sync_cases().await
}

/// Everyone in the household, the owner first.
#[tauri::command]
#[specta::specta]
pub async fn people(shell: State<'_, Shell>) -> Result<Vec<PersonDto>, AppError> {
    shell.app()?.people().await
}

#[tauri::command]
#[specta::specta]
pub async fn add_person(
    shell: State<'_, Shell>,
    name: String,
    birth_date: String,
    relation: Option<String>,
) -> Result<PersonDto, AppError> {
    shell
        .app()?
        .add_person(&name, &birth_date, relation.as_deref())
        .await
}

/// Sets or clears (empty) a household person's BSN, the owner's too. The
/// number comes in once and goes back only masked.
#[tauri::command]
#[specta::specta]
pub async fn set_bsn(
    shell: State<'_, Shell>,
    person: PersonId,
    bsn: String,
) -> Result<PersonDto, AppError> {
    shell.app()?.set_bsn(person, &bsn).await
}

/// Gives someone of the household another name.
#[tauri::command]
#[specta::specta]
pub async fn rename_person(
    shell: State<'_, Shell>,
    person: PersonId,
    name: String,
) -> Result<PersonDto, AppError> {
    shell.app()?.rename_person(person, &name).await
}

#[tauri::command]
#[specta::specta]
pub async fn grant(
    shell: State<'_, Shell>,
    input: GrantInput,
) -> Result<RepresentationDto, AppError> {
    shell.app()?.grant(input).await
}

#[tauri::command]
#[specta::specta]
pub async fn representations(shell: State<'_, Shell>) -> Result<Vec<RepresentationDto>, AppError> {
    let app = shell.app()?;
    app.representations(app.today()).await
}

#[tauri::command]
#[specta::specta]
pub async fn revoke(shell: State<'_, Shell>, id: u32) -> Result<RepresentationDto, AppError> {
    shell.app()?.revoke(id).await
}

/// The audit log; `subject` limits it to what was done for one person.
#[tauri::command]
#[specta::specta]
pub async fn audit_list(
    shell: State<'_, Shell>,
    subject: Option<u32>,
) -> Result<Vec<AuditEntryDto>, AppError> {
    shell.app()?.audit_list(subject).await
}

#[tauri::command]
#[specta::specta]
pub async fn audit_verify(shell: State<'_, Shell>) -> Result<AuditReport, AppError> {
    shell.app()?.audit_verify().await
}

/// The login service's settings and who is logged in.
#[tauri::command]
#[specta::specta]
pub async fn login_status(shell: State<'_, Shell>) -> Result<LoginStatusDto, AppError> {
    shell.app()?.login_status().await
}

#[tauri::command]
#[specta::specta]
pub async fn set_login_settings(
    shell: State<'_, Shell>,
    input: LoginSettingsInput,
) -> Result<LoginStatusDto, AppError> {
    shell.app()?.set_login_settings(&OsKeyring, input).await
}

/// Opens the login page in the person's own browser and waits until it
/// comes back (or `login_cancel`). The tokens stay in Rust and the keyring.
#[tauri::command]
#[specta::specta]
pub async fn login(handle: AppHandle, shell: State<'_, Shell>) -> Result<LoginStatusDto, AppError> {
    let app = shell.app()?;
    let cancelled = shell.login_cancel.notified();
    app.login(&OsKeyring, |url| open_browser(&handle, url), cancelled)
        .await
}

fn open_browser(handle: &AppHandle, url: &str) -> Result<(), ()> {
    if let Some(file) = test_browser() {
        return std::fs::write(file, url).map_err(|_| ());
    }
    use tauri_plugin_opener::OpenerExt;
    handle.opener().open_url(url, None::<&str>).map_err(|e| {
        tracing::warn!(error = %e, "could not open the browser");
    })
}

/// In debug builds the end-to-end tests play the browser: the address
/// goes to this file instead.
#[cfg(debug_assertions)]
fn test_browser() -> Option<PathBuf> {
    std::env::var_os("WEGWIJS_TEST_BROWSER").map(PathBuf::from)
}

#[cfg(not(debug_assertions))]
fn test_browser() -> Option<PathBuf> {
    None
}

/// Stops waiting for the browser.
#[tauri::command]
#[specta::specta]
pub async fn login_cancel(shell: State<'_, Shell>) -> Result<(), AppError> {
    shell.login_cancel.notify_waiters();
    Ok(())
}

#[tauri::command]
#[specta::specta]
pub async fn link_login_person(
    shell: State<'_, Shell>,
    person: u32,
    scopes: Option<String>,
) -> Result<LoginStatusDto, AppError> {
    shell
        .app()?
        .link_login_person(person, scopes.as_deref())
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn refresh_login(shell: State<'_, Shell>) -> Result<LoginStatusDto, AppError> {
    shell.app()?.refresh_login(&OsKeyring).await
}

#[tauri::command]
#[specta::specta]
pub async fn logout(shell: State<'_, Shell>) -> Result<LogoutReport, AppError> {
    shell.app()?.logout(&OsKeyring).await
}

/// Looks an address up to watch for announcements around it; the answer
/// is shown to confirm, nothing is kept yet.
#[tauri::command]
#[specta::specta]
pub async fn lookup_address(
    shell: State<'_, Shell>,
    input: AddressInput,
) -> Result<FoundAddressDto, AppError> {
    shell
        .app()?
        .act_for(None)
        .await?
        .lookup_address(&input)
        .await
}

/// Watches for announcements around the address the person confirmed.
#[tauri::command]
#[specta::specta]
pub async fn watch_address(
    shell: State<'_, Shell>,
    found: FoundAddressDto,
    radius_m: u32,
) -> Result<WatchDto, AppError> {
    shell
        .app()?
        .act_for(None)
        .await?
        .watch_address(&found, radius_m)
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn set_announce_radius(
    shell: State<'_, Shell>,
    radius_m: u32,
) -> Result<WatchDto, AppError> {
    shell
        .app()?
        .act_for(None)
        .await?
        .set_announce_radius(radius_m)
        .await
}

/// Forgets the address and everything found around it.
#[tauri::command]
#[specta::specta]
pub async fn disable_announcements(shell: State<'_, Shell>) -> Result<(), AppError> {
    shell
        .app()?
        .act_for(None)
        .await?
        .disable_announcements()
        .await
}

/// Asks the publications service now.
#[tauri::command]
#[specta::specta]
pub async fn check_announcements(shell: State<'_, Shell>) -> Result<CheckDto, AppError> {
    shell
        .app()?
        .act_for(None)
        .await?
        .check_announcements()
        .await
}

/// Where Wegwijs looks and what it found.
#[tauri::command]
#[specta::specta]
pub async fn announcements(
    shell: State<'_, Shell>,
    unread: bool,
) -> Result<AnnouncementsDto, AppError> {
    shell
        .app()?
        .act_for(None)
        .await?
        .announcements(unread)
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn mark_announcement_read(
    shell: State<'_, Shell>,
    id: String,
    read: bool,
) -> Result<(), AppError> {
    shell
        .app()?
        .act_for(None)
        .await?
        .mark_announcement_read(&id, read)
        .await
}

/// The last days to respond to announcements, as an iCalendar file where
/// the person chooses.
#[tauri::command]
#[specta::specta]
pub async fn export_announcements_ics(
    handle: AppHandle,
    shell: State<'_, Shell>,
) -> Result<bool, AppError> {
    let ics = shell
        .app()?
        .act_for(None)
        .await?
        .announcements_ics()
        .await?;
    save_as(
        &handle,
        "wegwijs-buurt.ics",
        ("iCalendar", "ics"),
        ics.as_bytes(),
    )
}
