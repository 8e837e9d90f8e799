// The commands the UI may call, shared by `build.rs` (which generates an
// `allow-<name>` permission for each) and the crate (whose tests check that
// `capabilities/main.json` grants exactly these). Add a command here, to
// `collect_commands!` in `lib.rs` and to the capability, or a test fails.
pub const COMMAND_NAMES: &[&str] = &[
    "start_state",
    "save_profile",
    "set_language",
    "life_events",
    "plan",
    "signals",
    "export_plan_ics",
    "export_plan_pdf",
    "keep_plan",
    "kept_plans",
    "kept_plan",
    "set_task_done",
    "set_task_note",
    "move_plan",
    "delete_plan",
    "set_notifications",
    "unlock",
    "recover",
    "take_recovery_key",
    "vault_list",
    "vault_search",
    "vault_document",
    "vault_update",
    "vault_remove",
    "vault_verify",
    "vault_add_picked",
    "vault_add_dropped",
    "vault_export",
];
