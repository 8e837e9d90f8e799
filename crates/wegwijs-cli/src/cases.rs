//! `wegwijs cases …`: requests to a provider, entered by hand, with the
//! last day to decide and to object.

use std::process::ExitCode;

use clap::Subcommand;
use serde::Serialize;
use wegwijs_app::{AppError, CaseDto, CaseStepInput, NewCaseInput, PersonId, Wegwijs};

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
    /// Delete a request
    Remove { id: u32 },
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
}
