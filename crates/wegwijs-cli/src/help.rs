//! `--help` in the person's language: the texts of every command and option
//! are Fluent messages (`locales/<lang>/cli.ftl`), put over clap's derived
//! ones before parsing. The derive's doc comments stay as the developers'
//! English description; what a person reads comes from `locales/`.
//!
//! Ids follow the command path: `help-cases-source-add` is the command's
//! text, `help-cases-source-add--name` its option `--name`; an option that
//! every command shares (`--lang`, `--help`) is `help--lang`, `help--help`.
//! (Not `cli-`: those are the CLI's output messages, and `cli-vault-backup`
//! already says that a backup was written.)

use clap::Command;
use wegwijs_app::Localizer;
use wegwijs_core::Language;

/// The language to write the help in, before anything is parsed: `--lang`
/// when given (and shipped), else the system's. The stored choice lives in
/// the encrypted database, which is not open yet.
pub(crate) fn language(args: &[std::ffi::OsString]) -> Language {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--lang=") {
            Some(v) => Some(v),
            None if a == "--lang" => it.next(),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| v.parse().ok()) {
            return lang;
        }
    }
    wegwijs_app::system_language()
}

/// `command` (built, so that clap's own `--help`, `--version` and `help`
/// exist) with every text from `locales/`.
pub(crate) fn localize(mut command: Command, l10n: &Localizer, lang: Language) -> Command {
    command.build();
    walk(command, "help", l10n, lang)
}

fn walk(command: Command, id: &str, l10n: &Localizer, lang: Language) -> Command {
    let text = |id: &str| l10n.has_message(lang, id).then(|| l10n.text(lang, id));
    let mut command = command;
    if let Some(about) = text(id) {
        command = command.about(about.clone()).long_about(about);
    }
    let options = text("help-heading-options");
    let arguments = text("help-heading-arguments");
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        text("help-heading-usage").unwrap_or_else(|| "Usage:".into())
    );
    command = command.help_template(template);
    if let Some(heading) = text("help-heading-commands") {
        command = command.subcommand_help_heading(heading);
    }
    command = command.mut_args(|arg| {
        let name = arg.get_id().as_str().replace('_', "-");
        let own = format!("{id}--{name}");
        let shared = format!("help--{name}");
        let mut arg = arg;
        if let Some(help) = text(&own).or_else(|| text(&shared)) {
            arg = arg.help(help.clone()).long_help(help);
        }
        let heading = if arg.is_positional() {
            arguments.clone()
        } else {
            options.clone()
        };
        match heading {
            Some(h) => arg.help_heading(h),
            None => arg,
        }
    });
    command.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            // clap's own `help`: its subcommands only mirror the tree.
            return match text("help-help") {
                Some(about) => sub.about(about),
                None => sub,
            };
        }
        let sub_id = format!("{id}-{}", sub.get_name());
        walk(sub, &sub_id, l10n, lang)
    })
}

/// Every message id the help uses, with the text clap has for it now (the
/// derive's English): what `locales/<lang>/cli.ftl` must hold.
#[cfg(test)]
pub(crate) fn ids(command: &mut Command) -> Vec<(String, String)> {
    fn go(command: &Command, id: &str, out: &mut Vec<(String, String)>) {
        let about = command
            .get_long_about()
            .or(command.get_about())
            .map(|s| s.to_string())
            .unwrap_or_default();
        out.push((id.to_string(), about));
        for arg in command.get_arguments() {
            let name = arg.get_id().as_str().replace('_', "-");
            let help = arg
                .get_long_help()
                .or(arg.get_help())
                .map(|s| s.to_string())
                .unwrap_or_default();
            let shared = arg.is_global_set() || matches!(name.as_str(), "help" | "version");
            let key = if shared {
                format!("help--{name}")
            } else {
                format!("{id}--{name}")
            };
            if !out.iter().any(|(k, _)| *k == key) {
                out.push((key, help));
            }
        }
        for sub in command.get_subcommands() {
            if sub.get_name() == "help" {
                // clap's own `help`, whose subcommands only mirror the tree.
                if !out.iter().any(|(k, _)| k == "help-help") {
                    let about = sub.get_about().map(|s| s.to_string()).unwrap_or_default();
                    out.push(("help-help".to_string(), about));
                }
                continue;
            }
            go(sub, &format!("{id}-{}", sub.get_name()), out);
        }
    }
    command.build();
    let mut out = Vec::new();
    go(command, "help", &mut out);
    out
}
