//! `wegwijs`: the command-line shell over `wegwijs-app`.
//!
//! Each subcommand parses its arguments, calls one `Wegwijs` method and
//! prints the result as localised text or as JSON. Nothing here decides
//! anything about the domain.

mod announcements;
mod cases;
mod help;
mod login;
mod people;
mod vault;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use serde::Serialize;
use wegwijs_app::{
    AppError, ErrorCode, Localizer, PersonId, PlanDto, ProfileDto, ProfilePatch, SignalDto,
    SituationInput, Wegwijs, paths,
};
use wegwijs_core::Language;

#[derive(Debug, Parser)]
#[command(
    name = "wegwijs",
    version,
    about = "Wegwijs: your guide through Dutch government services"
)]
struct Cli {
    /// Where Wegwijs keeps its data [default: the OS data directory]
    #[arg(long, global = true, env = paths::DATA_DIR_ENV, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// Language of text output and error messages [default: the chosen or system language]
    #[arg(long, global = true, value_parser = lang_parser())]
    lang: Option<Language>,

    /// Output format
    #[arg(long, global = true, value_enum, default_value_t = Format::Text)]
    format: Format,

    /// Act for this person (an id from `people list`), as far as a
    /// representation allows; refused with exit code 3 otherwise
    #[arg(long, global = true, value_name = "PERSON_ID")]
    on_behalf_of: Option<u32>,

    /// Show signals and representations as on this date [default: today].
    /// Decisions about someone else's data are always taken on the real
    /// date.
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    today: Option<String>,

    #[command(subcommand)]
    command: Command,
}

/// The folders of `locales/`, so `--help` lists what ships.
fn lang_parser() -> impl clap::builder::TypedValueParser<Value = Language> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(Language::ALL.iter().map(|l| l.tag()))
        .map(|tag| tag.parse::<Language>().unwrap_or_default())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show or change your own details
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// List the life events Wegwijs knows (JSON: [{"id","title"}])
    Events,
    /// Your personal plan for a life event on a date
    Plan(PlanArgs),
    /// What is coming up: turning 18, the AOW date (JSON: [{"event","date","subject","title"}])
    Signals(SignalsArgs),
    /// Your documents, encrypted on this device
    #[command(subcommand)]
    Vault(vault::VaultCommand),
    /// Your requests to providers (a permit, an allowance, a Wmo request): status and deadlines
    #[command(subcommand)]
    Cases(cases::CasesCommand),
    /// Official announcements near your address (a permit next door, a tree to be felled), found on this device
    Announcements(announcements::AnnouncementsArgs),
    /// The people in your household
    #[command(subcommand)]
    People(people::PeopleCommand),
    /// Who may act for whom
    #[command(subcommand)]
    Representations(people::RepresentationsCommand),
    /// The log of everything done on someone else's behalf
    #[command(subcommand)]
    Audit(people::AuditCommand),
    /// Log in with the login service set up in `login configure`
    Login(login::LoginArgs),
    /// Log out: at the login service when it can be reached, and here
    Logout,
}

#[derive(Debug, Args)]
struct SignalsArgs {
    /// How many days ahead to look
    #[arg(long, value_name = "N", default_value_t = wegwijs_app::DEFAULT_SIGNAL_HORIZON_DAYS)]
    horizon_days: u32,
    /// A profile file (JSON) instead of your stored profile
    #[arg(long, value_name = "FILE")]
    profile: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct PlanArgs {
    /// The event's id, as `wegwijs events` lists them
    #[arg(long, value_name = "ID")]
    event: String,
    /// The date of the event
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: String,
    /// A profile file (JSON) to plan for instead of your stored profile
    #[arg(long, value_name = "FILE")]
    profile: Option<PathBuf>,
    /// Also write the dated tasks as an iCalendar file for your calendar app
    #[arg(long, value_name = "FILE")]
    ics: Option<PathBuf>,
    /// Also write a printable A4 checklist (PDF)
    #[arg(long, value_name = "FILE")]
    pdf: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum ProfileCommand {
    /// Show your details (JSON: the profile object, or null before set-up)
    Show,
    /// Set your details; only the options given are changed
    Set(SetArgs),
}

#[derive(Debug, Args)]
struct SetArgs {
    #[arg(long)]
    name: Option<String>,
    /// YYYY-MM-DD
    #[arg(long, value_name = "YYYY-MM-DD")]
    birth_date: Option<String>,
    /// Country of residence, ISO 3166-1 alpha-2 (NL, BE, ES, ...)
    #[arg(long, value_name = "CODE")]
    country: Option<String>,
    /// Municipality, when living in the Netherlands
    #[arg(long)]
    municipality: Option<String>,
    /// Whether you have a partner
    #[arg(long, value_enum)]
    partner: Option<YesNo>,
    /// employed, self-employed, unemployed, retired, student or none
    #[arg(long, value_name = "SITUATION")]
    employment: Option<String>,
    /// Your burgerservicenummer, to find your requests at providers
    /// (empty: remove it); shown masked. `-` reads it from standard input,
    /// so that it is not in the process list other users can see
    #[arg(long, value_name = "NUMBER")]
    bsn: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum YesNo {
    Yes,
    No,
}

fn main() -> ExitCode {
    // Started again by ourselves to read a PDF, out of the process that
    // holds the keys (wegwijs_vault::extract).
    if let Some(code) = wegwijs_app::extract::child_main_if_asked() {
        return ExitCode::from(u8::try_from(code).unwrap_or(1));
    }
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("WEGWIJS_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let help_lang = help::language(&args);
    let matches =
        help::localize(Cli::command(), &Localizer::new(), help_lang).get_matches_from(args);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("wegwijs: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(run(cli))
}

async fn run(cli: Cli) -> ExitCode {
    let l10n = Localizer::new();
    // Before the data directory is open, the language is what was asked for.
    let early_lang = cli.lang.unwrap_or_default();
    let is_recover = matches!(cli.command, Command::Vault(vault::VaultCommand::Recover));
    let opened = match cli
        .data_dir
        .clone()
        .map_or_else(paths::default_data_dir, Ok)
    {
        Ok(dir) if is_recover => vault::recover(&dir, &l10n, early_lang).await,
        Ok(dir) => vault::open(&dir, &l10n, early_lang).await,
        Err(e) => Err(e),
    };
    let app = match opened {
        Ok(app) => {
            let app = app
                .with_clock(wegwijs_app::clock::shell_clock(None))
                .with_extractor(wegwijs_app::Extractor::this_program());
            match &cli.command {
                Command::Announcements(a) => app.with_announce_services(announcements::services(a)),
                _ => app,
            }
        }
        Err(e) => return fail(&l10n, early_lang, cli.format, &e),
    };
    let lang = match cli.lang {
        Some(l) => l,
        None => app.language().await.unwrap_or_default(),
    };
    let out = Output {
        l10n: &l10n,
        lang,
        format: cli.format,
    };
    let is_profile_set = matches!(cli.command, Command::Profile(ProfileCommand::Set(_)));
    let today = match cli
        .today
        .as_deref()
        .map(wegwijs_app::parse_today)
        .transpose()
    {
        Ok(Some(t)) => t,
        Ok(None) => app.today(),
        Err(e) => {
            fail(&l10n, lang, cli.format, &e);
            app.close().await;
            return ExitCode::from(2);
        }
    };
    let acting = cli.on_behalf_of.map(PersonId);
    let mut cli_command = None;
    let special = match cli.command {
        Command::Vault(cmd) => Some(vault::run(&app, cmd, &out, acting).await),
        Command::Cases(cmd) => Some(cases::run(&app, cmd, &out, acting).await),
        Command::Announcements(a) => Some(announcements::run(&app, a, &out, acting).await),
        // The household, representations, the log, the login and one's own
        // details are the owner's to manage, never done for someone else:
        // refused rather than quietly done as the owner.
        Command::Profile(_)
        | Command::People(_)
        | Command::Representations(_)
        | Command::Audit(_)
        | Command::Login(_)
        | Command::Logout
            if acting.is_some() =>
        {
            Some(Err(wegwijs_app::own_data_only()))
        }
        Command::People(cmd) => Some(people::people(&app, cmd, &out).await),
        Command::Representations(cmd) => {
            Some(people::representations(&app, cmd, &out, today).await)
        }
        Command::Audit(cmd) => Some(people::audit(&app, cmd, &out).await),
        Command::Login(args) => Some(login::login(&app, args, &out).await),
        Command::Logout => Some(login::logout(&app, &out).await),
        Command::Plan(a) if acting.is_some() => Some(plan_for(&app, &a, acting, &out).await),
        Command::Signals(a) if acting.is_some() => {
            Some(signals_for(&app, &a, acting, today, &out).await)
        }
        other => {
            cli_command = Some(other);
            None
        }
    };
    if let Some(result) = special {
        app.close().await;
        return match result {
            Ok(code) => code,
            Err(e) => {
                fail(&l10n, lang, cli.format, &e);
                vault::exit_code_for(&e)
            }
        };
    }
    let Some(command) = cli_command else {
        return ExitCode::FAILURE;
    };
    let result = match command {
        Command::Profile(ProfileCommand::Show) => {
            app.profile().await.map(|p| out.profile(p.as_ref()))
        }
        Command::Profile(ProfileCommand::Set(a)) => app
            .update_profile(ProfilePatch {
                name: a.name,
                birth_date: a.birth_date,
                residence_country: a.country,
                municipality: a.municipality,
                partner: a.partner.map(|p| matches!(p, YesNo::Yes)),
                employment: a.employment,
                bsn: a.bsn.map(people::bsn_arg),
            })
            .await
            .map(|p| out.saved(&p)),
        Command::Events => {
            out.events(&app);
            Ok(())
        }
        Command::Plan(a) => match plan(&app, &a).await {
            Ok(p) => write_exports(&app, &a, &p, &l10n, lang)
                .await
                .map(|()| out.plan(&p)),
            Err(e) => Err(e),
        },
        Command::Signals(a) => signals(&app, &a, today).await.map(|s| out.signals(&s)),
        Command::Vault(_)
        | Command::Cases(_)
        | Command::Announcements(_)
        | Command::People(_)
        | Command::Representations(_)
        | Command::Audit(_)
        | Command::Login(_)
        | Command::Logout => Ok(()),
    };
    app.close().await;
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            fail(&l10n, lang, cli.format, &e);
            // Scripts tell a bad argument or file (2) from other failures (1).
            if e.code == ErrorCode::InvalidInput && !is_profile_set {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// Reads and parses `--profile FILE`, when given.
fn read_situation(path: Option<&std::path::Path>) -> Result<Option<SituationInput>, AppError> {
    let Some(path) = path else { return Ok(None) };
    let text = std::fs::read_to_string(path).map_err(|_| {
        AppError::invalid_field(
            "profile",
            "error-file-unreadable",
            [("path", path.display().to_string().as_str())],
        )
    })?;
    wegwijs_app::parse_situation_json(&text).map(Some)
}

/// `plan --on-behalf-of P`: the plan for P's situation, if a
/// representation lets the owner see P's guidance.
async fn plan_for(
    app: &Wegwijs,
    a: &PlanArgs,
    person: Option<PersonId>,
    out: &Output<'_>,
) -> Result<ExitCode, AppError> {
    let p = app.act_for(person).await?.plan(&a.event, &a.date).await?;
    out.plan(&p);
    Ok(ExitCode::SUCCESS)
}

async fn signals_for(
    app: &Wegwijs,
    a: &SignalsArgs,
    person: Option<PersonId>,
    today: jiff::civil::Date,
    out: &Output<'_>,
) -> Result<ExitCode, AppError> {
    let s = app
        .act_for(person)
        .await?
        .signals(Some(&today.to_string()), a.horizon_days)
        .await?;
    out.signals(&s);
    Ok(ExitCode::SUCCESS)
}

/// The owner's signals, or those of the situation in `--profile FILE`.
async fn signals(
    app: &Wegwijs,
    a: &SignalsArgs,
    today: jiff::civil::Date,
) -> Result<Vec<SignalDto>, AppError> {
    let from = today.to_string();
    match read_situation(a.profile.as_deref())? {
        Some(s) => app.signals_for_situation(&s, Some(&from), a.horizon_days),
        None => {
            app.act_for(None)
                .await?
                .signals(Some(&from), a.horizon_days)
                .await
        }
    }
}

/// The owner's plan, or the plan for the situation in `--profile FILE`.
async fn plan(app: &Wegwijs, a: &PlanArgs) -> Result<PlanDto, AppError> {
    match read_situation(a.profile.as_deref())? {
        Some(s) => app.plan_for_situation(&a.event, &a.date, &s),
        None => app.act_for(None).await?.plan(&a.event, &a.date).await,
    }
}

pub(crate) fn write_file(
    field: &str,
    path: &std::path::Path,
    bytes: &[u8],
) -> Result<(), AppError> {
    std::fs::write(path, bytes).map_err(|_| {
        AppError::invalid_field(
            field,
            "error-file-unwritable",
            [("path", path.display().to_string().as_str())],
        )
    })
}

async fn write_exports(
    app: &Wegwijs,
    a: &PlanArgs,
    p: &PlanDto,
    l10n: &Localizer,
    lang: Language,
) -> Result<(), AppError> {
    if let Some(path) = &a.ics {
        write_file(
            "ics",
            path,
            wegwijs_app::export::plan_ics(p, l10n, lang).as_bytes(),
        )?;
    }
    if let Some(path) = &a.pdf {
        let name = app.profile().await.ok().flatten().map(|p| p.name);
        let pdf = wegwijs_app::pdf::plan_pdf(p, l10n, lang, name.as_deref(), app.today())
            .ok_or_else(|| AppError::invalid_field("pdf", "error-unexpected", []))?;
        write_file("pdf", path, &pdf)?;
    }
    Ok(())
}

pub(crate) struct Output<'a> {
    pub(crate) l10n: &'a Localizer,
    pub(crate) lang: Language,
    pub(crate) format: Format,
}

impl Output<'_> {
    fn json(&self, value: &impl Serialize) {
        // A closed stdout (`wegwijs ... | head`) is not an error worth a panic.
        let mut stdout = std::io::stdout().lock();
        let _ = serde_json::to_writer_pretty(&mut stdout, value);
        let _ = writeln!(stdout);
    }

    fn profile(&self, p: Option<&ProfileDto>) {
        match (self.format, p) {
            (Format::Json, p) => self.json(&p),
            (Format::Text, None) => println!("{}", self.l10n.text(self.lang, "cli-no-profile")),
            (Format::Text, Some(p)) => {
                let t = |id: &str| self.l10n.text(self.lang, id);
                let country = t(&format!("country-{}", p.residence_country));
                let mut rows = vec![
                    (t("field-name"), p.name.clone()),
                    (t("field-birth-date"), p.birth_date.clone()),
                    (t("field-residence-country"), country),
                ];
                if let Some(m) = &p.municipality {
                    rows.push((t("field-municipality"), m.clone()));
                }
                if let Some(partner) = p.partner {
                    let answer = if partner {
                        "field-partner-yes"
                    } else {
                        "field-partner-no"
                    };
                    rows.push((t("field-partner"), t(answer)));
                }
                if let Some(e) = &p.employment {
                    rows.push((t("field-employment"), t(&format!("employment-{e}"))));
                }
                if let Some(b) = &p.bsn {
                    rows.push((t("field-bsn"), b.clone()));
                }
                let width = rows
                    .iter()
                    .map(|(k, _)| k.chars().count())
                    .max()
                    .unwrap_or(0);
                for (k, v) in rows {
                    println!("{k}:{:pad$} {v}", "", pad = width - k.chars().count());
                }
            }
        }
    }

    fn events(&self, app: &Wegwijs) {
        #[derive(Serialize)]
        struct EventRow {
            id: String,
            title: String,
        }
        let rows: Vec<EventRow> = app
            .events()
            .into_iter()
            .map(|e| EventRow {
                title: self.l10n.text(self.lang, &e.title_id),
                id: e.id,
            })
            .collect();
        match self.format {
            Format::Json => self.json(&rows),
            Format::Text => {
                let width = rows.iter().map(|r| r.id.len()).max().unwrap_or(0);
                for r in rows {
                    println!("{:width$}  {}", r.id, r.title);
                }
            }
        }
    }

    fn plan(&self, p: &PlanDto) {
        #[derive(Serialize)]
        struct TaskRow<'a> {
            id: &'a str,
            title: String,
            provider: &'a str,
            earliest: Option<&'a str>,
            due: Option<&'a str>,
            why: String,
            sources: &'a [String],
        }
        #[derive(Serialize)]
        struct PlanRow<'a> {
            event: &'a str,
            date: &'a str,
            tasks: Vec<TaskRow<'a>>,
        }
        let t = |id: &str| self.l10n.text(self.lang, id);
        let rows: Vec<TaskRow<'_>> = p
            .tasks
            .iter()
            .map(|task| TaskRow {
                id: &task.id,
                title: t(&task.title_id),
                provider: &task.provider,
                earliest: task.earliest.as_deref(),
                due: task.due.as_deref(),
                why: task
                    .why
                    .iter()
                    .map(|r| self.l10n.format(self.lang, &r.message_id, &r.args))
                    .collect::<Vec<_>>()
                    .join(" "),
                sources: &task.sources,
            })
            .collect();
        match self.format {
            Format::Json => self.json(&PlanRow {
                event: &p.event,
                date: &p.date,
                tasks: rows,
            }),
            Format::Text => {
                println!("{} ({})", t(&format!("event-{}-title", p.event)), p.date);
                for (row, task) in rows.iter().zip(&p.tasks) {
                    let when = match (row.earliest, row.due) {
                        (Some(e), Some(d)) => format!("{e} – {d}"),
                        (None, Some(d)) => format!("≤ {d}"),
                        (Some(e), None) => format!("≥ {e}"),
                        (None, None) => String::new(),
                    };
                    println!(
                        "\n- {} [{}] {when}",
                        row.title,
                        t(&format!("provider-{}", task.provider))
                    );
                    println!("  {}", row.why);
                    for s in row.sources {
                        println!("  {s}");
                    }
                }
            }
        }
    }

    fn signals(&self, signals: &[SignalDto]) {
        #[derive(Serialize)]
        struct SignalRow<'a> {
            event: &'a str,
            date: &'a str,
            /// A household person's id; `null`: you.
            subject: Option<PersonId>,
            title: String,
            /// Authority ending at 18: a mandate that could take over.
            #[serde(skip_serializing_if = "Option::is_none")]
            mandate_offer: Option<&'a wegwijs_app::MandateOfferDto>,
        }
        let rows: Vec<SignalRow<'_>> = signals
            .iter()
            .map(|s| SignalRow {
                event: &s.event,
                date: &s.date,
                subject: s.subject,
                title: {
                    let mut args = std::collections::BTreeMap::new();
                    if let Some(d) = &s.document {
                        args.insert(
                            "title".to_string(),
                            wegwijs_app::FluentArg::Text(d.title.clone()),
                        );
                    }
                    if let Some(c) = &s.case {
                        args.insert(
                            "title".to_string(),
                            wegwijs_app::FluentArg::Text(c.title.clone()),
                        );
                    }
                    if let Some(n) = &s.about {
                        args.insert("name".to_string(), wegwijs_app::FluentArg::Text(n.clone()));
                    }
                    if let Some(a) = &s.announcement {
                        args.insert(
                            "count".to_string(),
                            wegwijs_app::FluentArg::Number(f64::from(a.count)),
                        );
                        if let Some(t) = &a.title {
                            args.insert(
                                "title".to_string(),
                                wegwijs_app::FluentArg::Text(t.clone()),
                            );
                        }
                    }
                    self.l10n.format(self.lang, &s.title_id, &args)
                },
                mandate_offer: s.mandate_offer.as_ref(),
            })
            .collect();
        match self.format {
            Format::Json => self.json(&rows),
            Format::Text => {
                for r in rows {
                    println!("{}  {}", r.date, r.title);
                }
            }
        }
    }

    fn saved(&self, p: &ProfileDto) {
        match self.format {
            Format::Json => self.json(p),
            Format::Text => println!("{}", self.l10n.text(self.lang, "cli-profile-saved")),
        }
    }
}

/// Prints the error to stderr, localised (and as data with `--format json`).
pub(crate) fn fail(l10n: &Localizer, lang: Language, format: Format, e: &AppError) -> ExitCode {
    let message = l10n.error(lang, e);
    match format {
        Format::Json => {
            #[derive(Serialize)]
            struct JsonError<'a> {
                #[serde(flatten)]
                error: &'a AppError,
                message: &'a str,
            }
            let _ = serde_json::to_writer_pretty(
                std::io::stderr(),
                &JsonError {
                    error: e,
                    message: &message,
                },
            );
            eprintln!();
        }
        Format::Text => eprintln!("{}: {message}", l10n.text(lang, "cli-error")),
    }
    ExitCode::FAILURE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_option_has_its_help_in_every_language() {
        let l10n = Localizer::new();
        let ids = help::ids(&mut Cli::command());
        assert!(ids.len() > 50, "{ids:?}");
        let missing: Vec<String> = ids
            .iter()
            .flat_map(|(id, english)| {
                Language::ALL
                    .iter()
                    .filter(|&&l| !l10n.has_message(l, id))
                    .map(move |l| format!("locales/{l}/cli.ftl: `{id}` is missing ({english:?})"))
            })
            .collect();
        assert!(missing.is_empty(), "\n{}\n", missing.join("\n"));
    }

    #[test]
    fn help_is_written_in_the_chosen_language() {
        let l10n = Localizer::new();
        for (tag, heading) in [("nl", "Opties:"), ("en", "Options:")] {
            let lang: Language = tag.parse().unwrap();
            let mut cmd = help::localize(Cli::command(), &l10n, lang);
            let text = cmd.render_help().to_string();
            assert!(text.contains(heading), "{tag}: {text}");
            assert!(
                text.contains(&l10n.text(lang, "help--lang")),
                "{tag}: {text}"
            );
        }
    }

    #[test]
    fn the_help_language_comes_from_lang_before_anything_is_parsed() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            help::language(&args(&["wegwijs", "--lang", "ar", "--help"])).tag(),
            "ar"
        );
        assert_eq!(
            help::language(&args(&["wegwijs", "--lang=uk", "plan"])).tag(),
            "uk"
        );
    }
}
