//! `wegwijs people …`, `wegwijs representations …`, `wegwijs audit …`.

use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde::Serialize;
use wegwijs_app::{AppError, GrantInput, PersonId, Wegwijs};

use crate::{Format, Output};

#[derive(Debug, Subcommand)]
pub enum PeopleCommand {
    /// Add someone you care for or who cares for you (JSON: {"id"})
    Add {
        #[arg(long)]
        name: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        birth_date: String,
        /// child, partner, parent or other
        #[arg(long)]
        relation: Option<String>,
        /// Their burgerservicenummer, to find their requests at providers;
        /// `-` reads it from standard input (not in the process list)
        #[arg(long, value_name = "NUMBER")]
        bsn: Option<String>,
    },
    /// Everyone in your household, you first
    List,
    /// Give someone of your household another name (JSON: the person)
    Rename {
        /// Their id, from `people list`
        id: u32,
        #[arg(long)]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum RepresentationsCommand {
    /// Record that someone may act for someone else (JSON: {"id"})
    Grant(GrantArgs),
    /// All representations, with whether each holds today
    List,
    /// End a representation from today on
    Revoke { id: u32 },
}

#[derive(Debug, Args)]
pub struct GrantArgs {
    #[arg(long, value_name = "ID")]
    representative: u32,
    #[arg(long, value_name = "ID")]
    subject: u32,
    /// ouderlijk-gezag, voogdij, curatele, beschermingsbewind, mentorschap or machtiging
    #[arg(long)]
    basis: String,
    /// documents, guidance, finance, care (comma-separated) or all [default: what the basis allows; a machtiging must name them]
    #[arg(long = "scope", value_name = "S,..")]
    scopes: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    until: Option<String>,
    /// Only looking, no changing, saving copies or deleting
    #[arg(long)]
    view_only: bool,
    /// A document in your vault that proves it (court decision, mandate)
    #[arg(long, value_name = "DOCUMENT_ID")]
    evidence: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Who did what for whom
    List {
        #[arg(long, value_name = "ID")]
        subject: Option<u32>,
    },
    /// Check the log's hash chain (JSON: {"entries","ok"}; exit 1 when broken)
    Verify,
}

#[derive(Serialize)]
struct Id {
    id: u32,
}

pub async fn people(
    app: &Wegwijs,
    cmd: PeopleCommand,
    out: &Output<'_>,
) -> Result<ExitCode, AppError> {
    match cmd {
        PeopleCommand::Add {
            name,
            birth_date,
            relation,
            bsn,
        } => {
            let p = app
                .add_person_with_bsn(
                    &name,
                    &birth_date,
                    relation.as_deref(),
                    &bsn.map(bsn_arg).unwrap_or_default(),
                )
                .await?;
            match out.format {
                Format::Json => out.json(&Id { id: p.id }),
                Format::Text => println!(
                    "{}",
                    out.msg(
                        "cli-person-added",
                        &[("id", p.id.to_string()), ("name", p.name)]
                    )
                ),
            }
        }
        PeopleCommand::Rename { id, name } => {
            let p = app.rename_person(PersonId(id), &name).await?;
            match out.format {
                Format::Json => out.json(&p),
                Format::Text => println!("{}", out.msg("people-renamed", &[("name", p.name)])),
            }
        }
        PeopleCommand::List => {
            let people = app.people().await?;
            match out.format {
                Format::Json => out.json(&people),
                Format::Text => {
                    for p in people {
                        println!("{:>4}  {}  {}", p.id, p.birth_date, p.name);
                    }
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn representations(
    app: &Wegwijs,
    cmd: RepresentationsCommand,
    out: &Output<'_>,
    today: jiff::civil::Date,
) -> Result<ExitCode, AppError> {
    match cmd {
        RepresentationsCommand::Grant(a) => {
            let r = app
                .grant(GrantInput {
                    representative: a.representative,
                    subject: a.subject,
                    basis: a.basis,
                    scopes: a.scopes,
                    from: a.from,
                    until: a.until,
                    view_only: a.view_only,
                    evidence: a.evidence,
                })
                .await?;
            match out.format {
                Format::Json => out.json(&Id { id: r.id }),
                Format::Text => println!(
                    "{}",
                    out.msg("cli-representation-granted", &[("id", r.id.to_string())])
                ),
            }
        }
        RepresentationsCommand::List => {
            let reps = app.representations(today).await?;
            match out.format {
                Format::Json => out.json(&reps),
                Format::Text => {
                    for r in reps {
                        let verified = if r.verified {
                            format!("  ({})", out.msg("cli-representation-verified", &[]))
                        } else {
                            String::new()
                        };
                        let state = if r.active {
                            String::new()
                        } else if r.upcoming {
                            format!("  ({})", out.msg("cli-representation-upcoming", &[]))
                        } else {
                            "  (-)".to_string()
                        };
                        println!(
                            "{:>4}  {} -> {}  {}  [{}]  {}..{}{state}{verified}",
                            r.id,
                            r.representative,
                            r.subject,
                            r.basis,
                            r.scopes.join(","),
                            r.from,
                            r.ends_on.unwrap_or_default(),
                        );
                    }
                }
            }
        }
        RepresentationsCommand::Revoke { id } => {
            let r = app.revoke(id).await?;
            match out.format {
                Format::Json => out.json(&r),
                Format::Text => println!(
                    "{}",
                    out.msg("cli-representation-revoked", &[("id", r.id.to_string())])
                ),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn audit(
    app: &Wegwijs,
    cmd: AuditCommand,
    out: &Output<'_>,
) -> Result<ExitCode, AppError> {
    match cmd {
        AuditCommand::List { subject } => {
            let entries = app.audit_list(subject).await?;
            match out.format {
                Format::Json => out.json(&entries),
                Format::Text => {
                    for e in entries {
                        println!(
                            "{}  {} -> {}  {}  {}",
                            e.at, e.actor, e.subject, e.action, e.detail
                        );
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        AuditCommand::Verify => {
            let r = app.audit_verify().await?;
            match out.format {
                Format::Json => out.json(&serde_json::json!({ "entries": r.entries, "ok": r.ok })),
                Format::Text => println!(
                    "{}",
                    out.msg(
                        if r.ok {
                            "cli-audit-ok"
                        } else {
                            "cli-audit-broken"
                        },
                        &[("entries", r.entries.to_string())]
                    )
                ),
            }
            Ok(if r.ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}

/// A `--bsn` value: `-` is the first line of standard input (a number on
/// the command line is visible to every user of the machine in `ps`).
pub(crate) fn bsn_arg(v: String) -> String {
    if v != "-" {
        return v;
    }
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(_) => line.trim().to_string(),
        // Unreadable input is no BSN: the elfproef refuses it at the field.
        Err(_) => "-".to_string(),
    }
}
