//! `wegwijs announcements …`: official announcements near your address.

use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde::Serialize;
use wegwijs_app::{
    AddressInput, AnnounceServices, AnnouncementDto, AppError, PersonId, WatchDto, Wegwijs,
};

use crate::{Format, Output};

#[derive(Debug, Args)]
pub struct AnnouncementsArgs {
    /// Another PDOK Locatieserver (tests) [default: the public service]
    #[arg(long, global = true, env = "WEGWIJS_PDOK_URL", value_name = "URL")]
    pdok_url: Option<String>,
    /// Another SRU service for official publications (tests) [default: repository.overheid.nl]
    #[arg(long, global = true, env = "WEGWIJS_SRU_URL", value_name = "URL")]
    sru_url: Option<String>,
    #[command(subcommand)]
    command: AnnouncementsCommand,
}

#[derive(Debug, Subcommand)]
pub enum AnnouncementsCommand {
    /// Look for announcements around an address: it is looked up once and kept as a point (JSON: {"address","lat","lon","radius_m"})
    Enable {
        /// The postcode, e.g. 3511AB
        #[arg(long)]
        postcode: String,
        /// The house number
        #[arg(long)]
        number: String,
        /// A house letter or addition (A, bis, 2)
        #[arg(long)]
        addition: Option<String>,
        /// How far around, 125 to 3000 metres [default: 500]
        #[arg(long, value_name = "M")]
        radius_m: Option<u32>,
    },
    /// Stop: forget the address and everything found around it
    Disable,
    /// Ask for new announcements now (JSON: {"new","total"}; exit 1 when the service fails, keeping what was found)
    Check,
    /// What was found, newest first (JSON: [{"id","title","kind","organisation","published","distance_m","url","respond_by","read"}])
    List {
        /// Only the ones not marked read
        #[arg(long)]
        unread: bool,
    },
    /// Mark an announcement read
    Read {
        /// Its id, from `announcements list`
        id: String,
    },
    /// Write the last days to respond to an iCalendar file for your calendar app
    Calendar {
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
    },
}

#[derive(Serialize)]
struct Enabled<'a> {
    address: &'a str,
    lat: f64,
    lon: f64,
    radius_m: u32,
}

#[derive(Serialize)]
struct Listed<'a> {
    id: &'a str,
    title: &'a str,
    kind: Option<&'a str>,
    organisation: Option<&'a str>,
    published: Option<&'a str>,
    distance_m: Option<u32>,
    url: Option<&'a str>,
    respond_by: Option<&'a str>,
    read: bool,
}

fn listed(a: &AnnouncementDto) -> Listed<'_> {
    Listed {
        id: &a.id,
        title: &a.title,
        kind: a.kind.as_deref(),
        organisation: a.organisation.as_deref(),
        published: a.published.as_deref(),
        distance_m: a.distance_m,
        url: a.url.as_deref(),
        respond_by: a.respond_by.as_deref(),
        read: a.read,
    }
}

fn enabled(out: &Output<'_>, w: &WatchDto) {
    match out.format {
        Format::Json => out.json(&Enabled {
            address: &w.address,
            lat: w.lat,
            lon: w.lon,
            radius_m: w.radius_m,
        }),
        Format::Text => println!(
            "{}",
            out.msg(
                "cli-announcements-enabled",
                &[
                    ("address", w.address.clone()),
                    ("radius", w.radius_m.to_string())
                ]
            )
        ),
    }
}

/// The services to ask: those given, else the public ones.
pub fn services(args: &AnnouncementsArgs) -> AnnounceServices {
    let mut s = AnnounceServices::default();
    if let Some(u) = &args.pdok_url {
        s.pdok.clone_from(u);
    }
    if let Some(u) = &args.sru_url {
        s.sru.clone_from(u);
    }
    s
}

pub async fn run(
    app: &Wegwijs,
    args: AnnouncementsArgs,
    out: &Output<'_>,
    acting: Option<PersonId>,
) -> Result<ExitCode, AppError> {
    let scoped = app.act_for(acting).await?;
    match args.command {
        AnnouncementsCommand::Enable {
            postcode,
            number,
            addition,
            radius_m,
        } => {
            let w = scoped
                .enable_announcements(
                    &AddressInput {
                        postcode,
                        number,
                        addition,
                    },
                    radius_m,
                )
                .await?;
            enabled(out, &w);
        }
        AnnouncementsCommand::Disable => {
            scoped.disable_announcements().await?;
            if out.format == Format::Text {
                println!("{}", out.msg("cli-announcements-disabled", &[]));
            }
        }
        AnnouncementsCommand::Check => {
            let c = scoped.check_announcements().await?;
            match out.format {
                Format::Json => out.json(&c),
                Format::Text => println!(
                    "{}",
                    out.msg(
                        "cli-announcements-checked",
                        &[("new", c.new.to_string()), ("total", c.total.to_string())]
                    )
                ),
            }
        }
        AnnouncementsCommand::List { unread } => {
            let list = scoped.announcements(unread).await?;
            match out.format {
                Format::Json => out.json(&list.items.iter().map(listed).collect::<Vec<_>>()),
                Format::Text => {
                    if list.watch.is_none() {
                        println!("{}", out.msg("cli-announcements-off", &[]));
                    } else if list.items.is_empty() {
                        println!("{}", out.msg("cli-announcements-none", &[]));
                    }
                    for a in &list.items {
                        let mark = if a.read { ' ' } else { '*' };
                        let distance = a.distance_m.map(|d| format!("{d} m")).unwrap_or_default();
                        println!(
                            "{mark} {}  {}  {distance}  {}",
                            a.published.as_deref().unwrap_or("----------"),
                            a.id,
                            a.title
                        );
                        if let Some(by) = &a.respond_by {
                            println!(
                                "    {}",
                                out.msg("cli-announcements-respond-by", &[("date", by.clone())])
                            );
                        }
                        if let Some(u) = &a.url {
                            println!("    {u}");
                        }
                    }
                }
            }
        }
        AnnouncementsCommand::Read { id } => {
            scoped.mark_announcement_read(&id, true).await?;
            if out.format == Format::Text {
                println!("{}", out.msg("cli-announcements-read", &[("id", id)]));
            }
        }
        AnnouncementsCommand::Calendar { out: path } => {
            let ics = scoped.announcements_ics().await?;
            crate::write_file("out", &path, ics.as_bytes())?;
            if out.format == Format::Text {
                println!("{}", out.msg("cli-announcements-calendar-written", &[]));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
