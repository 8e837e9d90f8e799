//! One AFL++ target per parser of untrusted bytes, chosen by
//! `WEGWIJS_FUZZ_TARGET` (see `cargo xtask fuzz`).

use wegwijs_app::fuzzing;

fn main() {
    let target = std::env::var("WEGWIJS_FUZZ_TARGET").unwrap_or_default();
    let run: fn(&[u8]) = match target.as_str() {
        "blob" => fuzzing::blob,
        "key_file" => fuzzing::key_file,
        "recovery_key" => fuzzing::recovery_key,
        "search_query" => fuzzing::search_query,
        "callback_head" => fuzzing::callback_head,
        "content_toml" => fuzzing::content_toml,
        "backup_tar" => fuzzing::backup_tar,
        "sru_page" => fuzzing::sru_page,
        other => {
            eprintln!("unknown fuzz target {other:?}");
            std::process::exit(2);
        }
    };
    afl::fuzz!(|data: &[u8]| run(data));
}
