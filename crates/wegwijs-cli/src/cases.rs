//! `wegwijs cases …`: requests to a provider, entered by hand, with the
//! last day to decide and to object.

use std::process::ExitCode;

use clap::Subcommand;
use serde::Serialize;
use wegwijs_app::{
    AppError, CaseDto, CaseSourceDto, CaseSourceInput, CaseStepInput, NewCaseInput, PersonId,
    Scoped, SourceAuth, Wegwijs,
};

use crate::{Format, Output};

#[derive(Debug, Subcommand)]
pub enum CasesCommand {
    /// Your requests, newest first (JSON: [{"id","source","reference","title","status","status_date","closed","result","decision_due","objection_due","steps"}])
    List,
    /// Add a request you made (JSON: the request)
    Add {
        /// Who it was made to (a municipality, the SVB, ...)
        #[arg(long)]
        provider: String,
        /// What it is about
        #[arg(long)]
        title: String,
        /// The day the provider received it
        #[arg(long, value_name = "YYYY-MM-DD")]
        submitted: String,
        /// The provider's reference (zaaknummer)
        #[arg(long)]
        reference: Option<String>,
        /// The legal term for the decision [default: 8, the Awb's]
        #[arg(long, value_name = "N")]
        decision_weeks: Option<u16>,
    },
    /// Record what happened to a request (JSON: the request)
    Update {
        id: u32,
        #[arg(long)]
        status: String,
        /// [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
    /// Record the day the decision was sent (JSON: the request, with the last day to object)
    Decision {
        id: u32,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
    },
    /// Link the decision letter, a document in your vault (its id from `vault list`); without one, unlink it (JSON: the request)
    Letter {
        id: u32,
        #[arg(value_name = "DOCUMENT")]
        document: Option<String>,
    },
    /// Delete a request
    Remove { id: u32 },
    /// Write the last days to decide and to object to an iCalendar file for your calendar app
    Calendar {
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
    },
    /// Fetch your requests from every connected provider (JSON: {"sources":[{"name","ok","error"}],"changed":[id]}; exit 1 when one failed)
    Sync,
    /// Providers whose ZGW APIs you connected
    #[command(subcommand)]
    Source(SourceCommand),
}

#[derive(Debug, Subcommand)]
pub enum SourceCommand {
    /// The connected providers (JSON: [{"id","name","zaken_url","auth","client_id","synced_at","error"}])
    List,
    /// Connect a provider; the secret comes from WEGWIJS_ZGW_SECRET or a prompt and goes to the OS keyring (JSON: the provider)
    Add {
        /// What you call it (e.g. Gemeente Arnhem)
        #[arg(long)]
        name: String,
        /// The Zaken API's address (https)
        #[arg(long, value_name = "URL")]
        zaken_url: String,
        /// The Catalogi API's address, when it is elsewhere
        #[arg(long, value_name = "URL")]
        catalogi_url: Option<String>,
        /// How Wegwijs proves who it is: a JWT with the client id and secret the provider gave you, or your login
        #[arg(long, value_enum, default_value = "jwt")]
        auth: AuthArg,
        /// The client id the provider gave you
        #[arg(long)]
        client_id: Option<String>,
    },
    /// Disconnect a provider, by its name (or number): its secret and the requests from it are removed
    Remove { name: String },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum AuthArg {
    Jwt,
    Login,
}

/// Where `cases source add` reads the provider's secret, when set.
pub const ZGW_SECRET_ENV: &str = "WEGWIJS_ZGW_SECRET";

#[derive(Serialize)]
struct SyncedSource<'a> {
    name: &'a str,
    ok: bool,
    error: Option<&'a AppError>,
}

#[derive(Serialize)]
struct Synced<'a> {
    sources: Vec<SyncedSource<'a>>,
    changed: &'a [u32],
}

/// The list's JSON contract.
#[derive(Serialize)]
struct Listed<'a> {
    id: u32,
    source: Option<&'a str>,
    reference: Option<&'a str>,
    title: &'a str,
    status: Option<&'a str>,
    status_date: Option<&'a str>,
    closed: bool,
    result: Option<&'a str>,
    decision_due: Option<&'a str>,
    objection_due: Option<&'a str>,
    steps: Vec<Step<'a>>,
    /// The vault document holding the decision letter.
    letter: Option<&'a str>,
}

#[derive(Serialize)]
struct Step<'a> {
    status: &'a str,
    date: Option<&'a str>,
    done: bool,
}

fn listed(c: &CaseDto) -> Listed<'_> {
    Listed {
        id: c.id,
        source: c.source.as_deref(),
        reference: c.reference.as_deref(),
        title: &c.title,
        status: c.status.as_deref(),
        status_date: c.status_date.as_deref(),
        closed: c.closed,
        result: c.result.as_deref(),
        decision_due: c.decision_due.as_deref(),
        objection_due: c.objection_due.as_deref(),
        steps: c
            .steps
            .iter()
            .map(|s| Step {
                status: &s.status,
                date: s.date.as_deref(),
                done: s.done,
            })
            .collect(),
        letter: c.letter.as_ref().map(|l| l.id.as_str()),
    }
}

pub async fn run(
    app: &Wegwijs,
    cmd: CasesCommand,
    out: &Output<'_>,
    acting: Option<PersonId>,
) -> Result<ExitCode, AppError> {
    let scoped = app.act_for(acting).await?;
    let one = match cmd {
        CasesCommand::List => {
            let cases = scoped.cases().await?;
            match out.format {
                Format::Json => out.json(&cases.iter().map(listed).collect::<Vec<_>>()),
                Format::Text => {
                    if cases.is_empty() {
                        println!("{}", out.msg("cli-cases-none", &[]));
                    }
                    for c in &cases {
                        print_case(out, c);
                    }
                }
            }
            return Ok(ExitCode::SUCCESS);
        }
        CasesCommand::Add {
            provider,
            title,
            submitted,
            reference,
            decision_weeks,
        } => {
            scoped
                .add_case(&NewCaseInput {
                    provider,
                    title,
                    submitted,
                    reference,
                    decision_weeks,
                })
                .await?
        }
        CasesCommand::Update {
            id,
            status,
            date,
            note,
        } => {
            scoped
                .add_case_step(id, &CaseStepInput { status, date, note })
                .await?
        }
        CasesCommand::Decision { id, date } => scoped.decide_case(id, &date).await?,
        CasesCommand::Letter { id, document } => {
            scoped.link_case_letter(id, document.as_deref()).await?
        }
        CasesCommand::Sync => {
            let report = scoped.sync_cases().await?;
            match out.format {
                Format::Json => out.json(&Synced {
                    sources: report
                        .sources
                        .iter()
                        .map(|s| SyncedSource {
                            name: &s.name,
                            ok: s.ok,
                            error: s.error.as_ref(),
                        })
                        .collect(),
                    changed: &report.changed,
                }),
                Format::Text => {
                    if report.sources.is_empty() {
                        println!("{}", out.msg("cli-sources-none", &[]));
                    }
                    for s in &report.sources {
                        match &s.error {
                            None => {
                                println!("{}", out.msg("cli-sync-ok", &[("name", s.name.clone())]))
                            }
                            Some(e) => println!(
                                "{}",
                                out.msg(
                                    "cli-sync-failed",
                                    &[
                                        ("name", s.name.clone()),
                                        ("error", out.l10n.error(out.lang, e))
                                    ]
                                )
                            ),
                        }
                    }
                    println!(
                        "{}",
                        out.msg(
                            "cli-sync-changed",
                            &[("count", report.changed.len().to_string())]
                        )
                    );
                }
            }
            let failed = report.sources.iter().any(|s| !s.ok);
            return Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            });
        }
        CasesCommand::Source(cmd) => return source(&scoped, cmd, out).await,
        CasesCommand::Calendar { out: path } => {
            let ics = scoped.cases_ics().await?;
            crate::write_file("out", &path, ics.as_bytes())?;
            if out.format == Format::Text {
                println!("{}", out.msg("cli-cases-calendar-written", &[]));
            }
            return Ok(ExitCode::SUCCESS);
        }
        CasesCommand::Remove { id } => {
            scoped.remove_case(id).await?;
            if out.format == Format::Text {
                println!("{}", out.msg("cli-case-removed", &[("id", id.to_string())]));
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
    match out.format {
        Format::Json => out.json(&listed(&one)),
        Format::Text => print_case(out, &one),
    }
    Ok(ExitCode::SUCCESS)
}

async fn source(
    scoped: &Scoped<'_>,
    cmd: SourceCommand,
    out: &Output<'_>,
) -> Result<ExitCode, AppError> {
    let one = match cmd {
        SourceCommand::List => {
            let sources = scoped.case_sources().await?;
            match out.format {
                Format::Json => out.json(&sources),
                Format::Text => {
                    if sources.is_empty() {
                        println!("{}", out.msg("cli-sources-none", &[]));
                    }
                    for s in &sources {
                        print_source(out, s);
                    }
                }
            }
            return Ok(ExitCode::SUCCESS);
        }
        SourceCommand::Add {
            name,
            zaken_url,
            catalogi_url,
            auth,
            client_id,
        } => {
            let input = CaseSourceInput {
                name,
                zaken_url,
                catalogi_url,
                auth: Some(match auth {
                    AuthArg::Jwt => SourceAuth::Jwt,
                    AuthArg::Login => SourceAuth::Login,
                }),
                client_id,
            };
            // Checked before asking for a secret nobody should type in vain.
            if scoped.acting_for().is_some() {
                return Err(wegwijs_app::own_data_only());
            }
            let secret = match auth {
                AuthArg::Jwt => std::env::var(ZGW_SECRET_ENV)
                    .ok()
                    .filter(|s| !s.is_empty())
                    .or_else(|| {
                        rpassword::prompt_password(format!(
                            "{} ",
                            out.msg("cli-prompt-zgw-secret", &[])
                        ))
                        .ok()
                    }),
                AuthArg::Login => None,
            };
            scoped.add_case_source(&input, secret.as_deref()).await?
        }
        SourceCommand::Remove { name } => {
            scoped.remove_case_source_named(&name).await?;
            if out.format == Format::Text {
                println!("{}", out.msg("cli-source-removed", &[("name", name)]));
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
    match out.format {
        Format::Json => out.json(&one),
        Format::Text => print_source(out, &one),
    }
    Ok(ExitCode::SUCCESS)
}

fn print_source(out: &Output<'_>, s: &CaseSourceDto) {
    println!("{:>4}  {} · {}", s.id, s.name, s.zaken_url);
    match (&s.synced_at, &s.error) {
        (_, Some(e)) => println!("      {}", out.l10n.error(out.lang, e)),
        (Some(at), None) => println!(
            "      {}",
            out.msg("cli-source-synced", &[("at", at.clone())])
        ),
        (None, None) => println!("      {}", out.msg("cli-source-never-synced", &[])),
    }
}

fn print_case(out: &Output<'_>, c: &CaseDto) {
    let date = |d: &str| wegwijs_app::pdf::long_date(out.l10n, out.lang, d);
    let reference = c
        .reference
        .as_deref()
        .map(|r| format!(" ({r})"))
        .unwrap_or_default();
    println!("{:>4}  {} · {}{reference}", c.id, c.provider, c.title);
    if let (Some(s), Some(d)) = (&c.status, &c.status_date) {
        println!("      {s}, {}", date(d));
    }
    if let Some(d) = &c.decision_due {
        println!(
            "      {}",
            out.msg("cli-case-decision-due", &[("date", date(d))])
        );
    }
    if let Some(d) = &c.objection_due {
        println!(
            "      {}",
            out.msg("cli-case-objection-due", &[("date", date(d))])
        );
    }
    if let Some(l) = &c.letter {
        println!(
            "      {}",
            out.msg(
                "cli-case-letter",
                &[("title", l.title.clone()), ("id", l.id.clone())]
            )
        );
    }
}
