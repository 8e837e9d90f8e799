fn main() {
    // Declaring the app's commands generates an `allow-<command>` permission
    // for each, so `capabilities/main.json` can grant exactly these.
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMAND_NAMES)),
    )
    .unwrap_or_else(|e| panic!("tauri-build failed: {e:#}"));
}

include!("src/command_names.rs");
