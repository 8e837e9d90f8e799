//! `wegwijs vault …` and how the CLI gets its keys: the OS keyring, or a
//! passphrase from `WEGWIJS_PASSPHRASE` or a prompt.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde::Serialize;
use wegwijs_app::{
    AppError, DocumentDto, DocumentInput, ErrorCode, FluentArg, Localizer, OsKeyring, PersonId,
    Protection, Wegwijs, keystore,
};
use wegwijs_core::Language;

use crate::{Format, Output};

pub const PASSPHRASE_ENV: &str = "WEGWIJS_PASSPHRASE";
pub const BACKUP_PASSPHRASE_ENV: &str = "WEGWIJS_BACKUP_PASSPHRASE";
pub const RECOVERY_KEY_ENV: &str = "WEGWIJS_RECOVERY_KEY";

#[derive(Debug, Subcommand)]
pub enum VaultCommand {
    /// Add documents (JSON: [{"id","title","kind"}])
    Add(AddArgs),
    /// List your documents (JSON: [{"id","title","kind","owner","expires","size"}])
    List,
    /// Search titles, tags and text (JSON: as list)
    Search { query: String },
    /// Save a decrypted copy of a document
    Get {
        id: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Change a document's details; only the options given change (an empty
    /// date clears it; --tag replaces the tags)
    Edit {
        id: String,
        #[command(flatten)]
        meta: MetaArgs,
    },
    /// Delete a document (its key is destroyed)
    Remove { id: String },
    /// Check that every document decrypts and matches its hash (exit 1 when one does not)
    Verify,
    /// Write all documents to one file, encrypted with a passphrase (age format)
    Backup { file: PathBuf },
    /// Add the documents of a backup file
    Restore { file: PathBuf },
    /// Open a copy of your data on a new device with your recovery key
    Recover,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    #[command(flatten)]
    meta: MetaArgs,
}

#[derive(Debug, Args)]
pub struct MetaArgs {
    /// passport, id-card, driving-licence, residence-permit, birth-certificate, diploma,
    /// payslip, tax-assessment, decision-letter, insurance-policy, rental-contract, other
    #[arg(long, value_name = "K")]
    kind: Option<String>,
    /// Title [default: the file name]
    #[arg(long, value_name = "T")]
    title: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    issued: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    expires: Option<String>,
    /// A tag; repeat for more
    #[arg(long = "tag", value_name = "T")]
    tags: Vec<String>,
    /// A life event the document is for; repeat for more
    #[arg(long = "event", value_name = "ID")]
    events: Vec<String>,
}

impl MetaArgs {
    fn into_input(self) -> DocumentInput {
        DocumentInput {
            title: self.title,
            kind: self.kind,
            issued: self.issued,
            expires: self.expires,
            tags: self.tags,
            events: self.events,
        }
    }
}

/// A secret from the environment, or typed at the terminal (not echoed).
/// `None` when neither is possible (no terminal, e.g. in a script).
fn secret_from(env: &str, prompt: &str) -> Option<String> {
    if let Ok(v) = std::env::var(env)
        && !v.is_empty()
    {
        return Some(v);
    }
    rpassword::prompt_password(format!("{prompt} ")).ok()
}

/// Opens the installation: keyring, or passphrase (environment or prompt).
/// A new installation uses the keyring unless `WEGWIJS_PASSPHRASE` is set;
/// without a keyring, it asks for a passphrase. The recovery key of a new
/// installation is printed once, on stderr.
pub async fn open(
    dir: &std::path::Path,
    l10n: &Localizer,
    lang: Language,
) -> Result<Wegwijs, AppError> {
    let t = |id: &str| l10n.text(lang, id);
    let protection = keystore::protection(dir)?;
    let env_pass = std::env::var(PASSPHRASE_ENV).ok().filter(|p| !p.is_empty());
    let opened = match protection {
        Some(Protection::Passphrase) => {
            let pass = secret_from(PASSPHRASE_ENV, &t("cli-prompt-passphrase"))
                .ok_or_else(|| AppError::from(keystore::KeystoreError::PassphraseNeeded))?;
            Wegwijs::open(dir, &OsKeyring, Some(&pass)).await?
        }
        Some(Protection::Keyring) => Wegwijs::open(dir, &OsKeyring, None).await?,
        None => match env_pass {
            Some(pass) => Wegwijs::open(dir, &OsKeyring, Some(&pass)).await?,
            None => match Wegwijs::open(dir, &OsKeyring, None).await {
                Ok(o) => o,
                Err(e) if e.message_id == "error-no-keyring" => {
                    eprintln!("{}", t("cli-no-keyring"));
                    let pass =
                        secret_from(PASSPHRASE_ENV, &t("cli-prompt-new-passphrase")).ok_or(e)?;
                    Wegwijs::open(dir, &OsKeyring, Some(&pass)).await?
                }
                Err(e) => return Err(e),
            },
        },
    };
    if let Some(r) = &opened.recovery_key {
        let mut args = BTreeMap::new();
        args.insert("key".to_string(), FluentArg::Text(r.display().to_string()));
        eprintln!("{}", l10n.format(lang, "cli-recovery-key", &args));
    }
    Ok(opened.app)
}

/// `wegwijs vault recover`: runs before the app is opened.
pub async fn recover(
    dir: &std::path::Path,
    l10n: &Localizer,
    lang: Language,
) -> Result<Wegwijs, AppError> {
    let t = |id: &str| l10n.text(lang, id);
    let key = secret_from(RECOVERY_KEY_ENV, &t("cli-prompt-recovery-key"))
        .ok_or_else(|| AppError::invalid_field("recovery_key", "error-wrong-recovery-key", []))?;
    let pass = std::env::var(PASSPHRASE_ENV).ok().filter(|p| !p.is_empty());
    match Wegwijs::recover(dir, &OsKeyring, &key, pass.as_deref()).await {
        Err(e) if e.message_id == "error-no-keyring" => {
            eprintln!("{}", t("cli-no-keyring"));
            let pass = secret_from(PASSPHRASE_ENV, &t("cli-prompt-new-passphrase")).ok_or(e)?;
            Wegwijs::recover(dir, &OsKeyring, &key, Some(&pass)).await
        }
        other => other,
    }
}

#[derive(Serialize)]
struct Added<'a> {
    id: &'a str,
    title: &'a str,
    kind: &'a str,
    /// A PDF whose text could not be read: stored, found by title and
    /// tags. Only there when true, so the contract stays as it was.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    unreadable: bool,
}

#[derive(Serialize)]
struct Listed<'a> {
    id: &'a str,
    title: &'a str,
    kind: &'a str,
    /// A household person's id; `null`: yours.
    owner: Option<PersonId>,
    expires: Option<&'a str>,
    size: u64,
}

fn listed(d: &DocumentDto) -> Listed<'_> {
    Listed {
        id: &d.id,
        title: &d.title,
        kind: &d.kind,
        owner: d.owner,
        expires: d.expires.as_deref(),
        size: d.size,
    }
}

impl Output<'_> {
    pub(crate) fn msg(&self, id: &str, args: &[(&str, String)]) -> String {
        let map: BTreeMap<String, FluentArg> = args
            .iter()
            .map(|(k, v)| (k.to_string(), FluentArg::Text(v.clone())))
            .collect();
        self.l10n.format(self.lang, id, &map)
    }

    fn documents(&self, docs: &[DocumentDto]) {
        match self.format {
            Format::Json => self.json(&docs.iter().map(listed).collect::<Vec<_>>()),
            Format::Text if docs.is_empty() => {
                println!("{}", self.l10n.text(self.lang, "cli-vault-none"))
            }
            Format::Text => {
                for d in docs {
                    let kind = self
                        .l10n
                        .text(self.lang, &format!("document-kind-{}", d.kind));
                    let line = match &d.expires {
                        Some(e) => self.msg(
                            "cli-vault-document-expires",
                            &[
                                ("id", d.id.clone()),
                                ("title", d.title.clone()),
                                ("kind", kind),
                                ("expires", e.clone()),
                            ],
                        ),
                        None => self.msg(
                            "cli-vault-document",
                            &[
                                ("id", d.id.clone()),
                                ("title", d.title.clone()),
                                ("kind", kind),
                            ],
                        ),
                    };
                    println!("{line}");
                }
            }
        }
    }
}

/// Runs a vault command; `Ok(exit code)` for outcomes that are not errors
/// but still fail a script (a damaged document, a file not added).
pub async fn run(
    app: &Wegwijs,
    cmd: VaultCommand,
    out: &Output<'_>,
    acting: Option<PersonId>,
) -> Result<ExitCode, AppError> {
    let t = |id: &str| out.l10n.text(out.lang, id);
    // Refused before asking for a passphrase nobody should type.
    if acting.is_some()
        && matches!(
            cmd,
            VaultCommand::Backup { .. } | VaultCommand::Restore { .. } | VaultCommand::Recover
        )
    {
        return Err(wegwijs_app::own_data_only());
    }
    let scoped = app.act_for(acting).await?;
    match cmd {
        VaultCommand::Add(a) => {
            let result = scoped.add(&a.files, &a.meta.into_input()).await?;
            match out.format {
                Format::Json => out.json(
                    &result
                        .added
                        .iter()
                        .map(|d| Added {
                            id: &d.id,
                            title: &d.title,
                            kind: &d.kind,
                            unreadable: result.without_text.contains(&d.id),
                        })
                        .collect::<Vec<_>>(),
                ),
                Format::Text => {
                    for d in &result.added {
                        println!(
                            "{}",
                            out.msg(
                                "cli-vault-added",
                                &[("id", d.id.clone()), ("title", d.title.clone())]
                            )
                        );
                    }
                }
            }
            for d in result
                .added
                .iter()
                .filter(|d| result.without_text.contains(&d.id))
            {
                eprintln!(
                    "{}",
                    out.msg("cli-vault-without-text", &[("title", d.title.clone())])
                );
            }
            for f in &result.failed {
                crate::fail(out.l10n, out.lang, out.format, &f.error);
            }
            Ok(if result.failed.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            })
        }
        VaultCommand::List => {
            out.documents(&scoped.documents().await?);
            Ok(ExitCode::SUCCESS)
        }
        VaultCommand::Search { query } => {
            out.documents(&scoped.search(&query).await?);
            Ok(ExitCode::SUCCESS)
        }
        VaultCommand::Get { id, out: path } => {
            scoped.export(&id, false, |_| Some(path.clone())).await?;
            match out.format {
                Format::Json => out.json(&serde_json::json!({ "id": id, "out": path })),
                Format::Text => println!(
                    "{}",
                    out.msg("cli-vault-saved", &[("path", path.display().to_string())])
                ),
            }
            Ok(ExitCode::SUCCESS)
        }
        VaultCommand::Edit { id, meta } => {
            let d = scoped.patch(&id, meta.into_input()).await?;
            match out.format {
                Format::Json => out.json(&listed(&d)),
                Format::Text => out.documents(std::slice::from_ref(&d)),
            }
            Ok(ExitCode::SUCCESS)
        }
        VaultCommand::Remove { id } => {
            scoped.remove(&id).await?;
            match out.format {
                Format::Json => out.json(&serde_json::json!({ "id": id, "removed": true })),
                Format::Text => println!("{}", t("cli-vault-removed")),
            }
            Ok(ExitCode::SUCCESS)
        }
        VaultCommand::Verify => {
            let r = scoped.verify().await?;
            match out.format {
                Format::Json => out.json(&r),
                Format::Text => {
                    println!(
                        "{}",
                        out.msg(
                            "cli-vault-verified",
                            &[
                                ("documents", r.documents.to_string()),
                                ("ok", r.ok.to_string())
                            ]
                        )
                    );
                    for id in &r.damaged {
                        println!("{}", out.msg("cli-vault-damaged", &[("id", id.clone())]));
                    }
                }
            }
            Ok(if r.damaged.is_empty() && r.database_ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        VaultCommand::Backup { file } => {
            let pass = secret_from(BACKUP_PASSPHRASE_ENV, &t("cli-prompt-backup-passphrase"))
                .ok_or_else(|| {
                    AppError::invalid_field("passphrase", "error-backup-passphrase-needed", [])
                })?;
            let r = scoped.backup(&file, &pass).await?;
            match out.format {
                Format::Json => out.json(&r),
                Format::Text => println!(
                    "{}",
                    out.msg(
                        "cli-vault-backup",
                        &[("documents", r.documents.to_string())]
                    )
                ),
            }
            Ok(ExitCode::SUCCESS)
        }
        VaultCommand::Restore { file } => {
            let pass = secret_from(BACKUP_PASSPHRASE_ENV, &t("cli-prompt-backup-passphrase"))
                .ok_or_else(|| {
                    AppError::invalid_field("passphrase", "error-backup-passphrase-needed", [])
                })?;
            let r = scoped.restore(&file, &pass).await?;
            match out.format {
                Format::Json => out.json(&r),
                Format::Text => println!(
                    "{}",
                    out.msg(
                        "cli-vault-restored",
                        &[
                            ("restored", r.restored.to_string()),
                            ("skipped", r.skipped.to_string())
                        ]
                    )
                ),
            }
            if r.log_behind {
                eprintln!("{}", out.msg("cli-vault-restore-log-behind", &[]));
            }
            if r.not_allowed > 0 {
                eprintln!(
                    "{}",
                    out.msg(
                        "cli-vault-restore-not-allowed",
                        &[("count", r.not_allowed.to_string())]
                    )
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        VaultCommand::Recover => {
            // Handled before the app is opened.
            println!("{}", t("cli-vault-recovered"));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Errors that mean "not executed because of bad input" exit with 2; a
/// refused action on someone's behalf with 3.
pub fn exit_code_for(e: &AppError) -> ExitCode {
    match e.code {
        ErrorCode::InvalidInput | ErrorCode::NotFound => ExitCode::from(2),
        ErrorCode::Forbidden => ExitCode::from(3),
        _ => ExitCode::FAILURE,
    }
}
