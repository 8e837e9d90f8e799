//! `wegwijs login …` and `wegwijs logout`.

use std::process::ExitCode;

use clap::{Args, Subcommand};
use wegwijs_app::{AppError, LoginSettingsInput, LoginStatusDto, OsKeyring, Wegwijs};

use crate::{Format, Output};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct LoginArgs {
    #[command(subcommand)]
    command: Option<LoginCommand>,
    /// Do not open a browser: only print the address to open
    #[arg(long)]
    no_browser: bool,
}

#[derive(Debug, Subcommand)]
pub enum LoginCommand {
    /// Set the login service: its issuer URL and Wegwijs' client id there
    Configure {
        #[arg(long, value_name = "URL")]
        issuer: String,
        #[arg(long, value_name = "ID")]
        client_id: String,
    },
    /// Who is logged in (JSON: {"signed_in","name","acting_for",...})
    Status,
    /// Say who in your household the person you logged in for is, and for
    /// which matters their mandate is
    Link {
        #[arg(value_name = "PERSON_ID")]
        person: u32,
        /// documents,guidance,finance,care (at least one) or all
        #[arg(long = "scope", value_name = "S,..")]
        scopes: Option<String>,
    },
    /// Renew the login with the service
    Refresh,
}

pub async fn login(app: &Wegwijs, args: LoginArgs, out: &Output<'_>) -> Result<ExitCode, AppError> {
    let status = match args.command {
        None => {
            let no_browser = args.no_browser;
            let address = |url: &str| out.msg("cli-login-open", &[("url", url.to_string())]);
            app.login(
                &OsKeyring,
                |url| {
                    // Printed either way: the browser may not come up.
                    eprintln!("{}", address(url));
                    if !no_browser && open::that_detached(url).is_err() {
                        tracing::info!("no browser opened");
                    }
                    Ok(())
                },
                async {
                    let _ = tokio::signal::ctrl_c().await;
                },
            )
            .await?
        }
        Some(LoginCommand::Configure { issuer, client_id }) => {
            app.set_login_settings(&OsKeyring, LoginSettingsInput { issuer, client_id })
                .await?
        }
        Some(LoginCommand::Status) => app.login_status().await?,
        Some(LoginCommand::Link { person, scopes }) => {
            app.link_login_person(person, scopes.as_deref()).await?
        }
        Some(LoginCommand::Refresh) => app.refresh_login(&OsKeyring).await?,
    };
    print_status(out, &status);
    Ok(ExitCode::SUCCESS)
}

pub async fn logout(app: &Wegwijs, out: &Output<'_>) -> Result<ExitCode, AppError> {
    let r = app.logout(&OsKeyring).await?;
    match out.format {
        Format::Json => out.json(&r),
        Format::Text => println!(
            "{}",
            out.msg(
                if r.at_provider {
                    "cli-logged-out"
                } else {
                    "cli-logged-out-here"
                },
                &[]
            )
        ),
    }
    Ok(ExitCode::SUCCESS)
}

fn print_status(out: &Output<'_>, s: &LoginStatusDto) {
    match out.format {
        Format::Json => out.json(s),
        Format::Text => {
            if let Some(issuer) = &s.issuer {
                println!(
                    "{}",
                    out.msg("cli-login-service", &[("issuer", issuer.clone())])
                );
            }
            let line = if !s.signed_in {
                out.msg("cli-login-signed-out", &[])
            } else {
                out.msg(
                    "cli-login-signed-in",
                    &[("name", s.name.clone().unwrap_or_default())],
                )
            };
            println!("{line}");
            if let (Some(p), Some(_)) = (s.acting_for, s.representation) {
                println!(
                    "{}",
                    out.msg("cli-login-acting-for", &[("id", p.to_string())])
                );
            }
            if s.acting_unlinked {
                println!("{}", out.msg("cli-login-unlinked", &[]));
            }
        }
    }
}
