//! Providers that offer the VNG ZGW Zaken and Catalogi APIs, as sources of
//! a person's cases. A source is a name, the Zaken API's base and how to
//! authenticate; its secret (the JWT secret the provider issued) goes to
//! the OS keyring only, and a login's token stays where the login keeps
//! it. A sync fetches the person's cases with their BSN (`wegwijs-zgw`)
//! and keeps them here, so that they are there offline; a failed sync
//! says why and keeps what the last good one brought.

use serde::{Deserialize, Serialize};
use specta::Type;
use wegwijs_core::cases::{
    Bsn, DEFAULT_DECISION_WEEKS, StatusSet, StatusType, closed_on, to_announce,
};
use wegwijs_net::{NetError, Service};
use wegwijs_store::{CaseSourceRow, SyncedCase};
use wegwijs_zgw::{Auth, Client, Source, ZgwError};

use crate::vault::Whose;
use crate::{AppError, ErrorCode, Wegwijs};

pub const MAX_SOURCE_NAME_CHARS: usize = 100;
/// A sync is due once a day.
pub const SYNC_EVERY: jiff::SignedDuration = jiff::SignedDuration::from_hours(24);

/// How the app proves who it is to a provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum SourceAuth {
    /// The ZGW standard: a JWT signed with the secret the provider issued
    /// to the client id.
    Jwt,
    /// The access token of the login under Settings.
    Login,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CaseSourceInput {
    pub name: String,
    /// The Zaken API's base, e.g. `https://zaken.gemeente.nl/zaken/api/v1`.
    pub zaken_url: String,
    /// The Catalogi API's base, when it is on another host.
    #[serde(default)]
    pub catalogi_url: Option<String>,
    pub auth: Option<SourceAuth>,
    #[serde(default)]
    pub client_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CaseSourceDto {
    pub id: u32,
    pub name: String,
    pub zaken_url: String,
    pub catalogi_url: Option<String>,
    pub auth: SourceAuth,
    pub client_id: Option<String>,
    /// RFC 3339: the owner's last sync that succeeded.
    pub synced_at: Option<String>,
    /// Why the owner's last sync failed, if it did since.
    pub error: Option<AppError>,
}

/// How one source's sync went.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct SourceSyncDto {
    pub id: u32,
    pub name: String,
    pub ok: bool,
    pub error: Option<AppError>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct SyncReport {
    pub sources: Vec<SourceSyncDto>,
    /// The cases that are new or moved on since the last sync.
    pub changed: Vec<u32>,
}

/// What a synced case's timeline is drawn from, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Remote {
    statuses: Vec<RemoteStatus>,
    types: Vec<RemoteType>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct RemoteStatus {
    statustype: String,
    /// RFC 3339.
    set_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct RemoteType {
    url: String,
    volgnummer: i64,
    omschrijving: String,
    statustekst: Option<String>,
    informeren: bool,
}

/// A provider's text as Wegwijs keeps it: without control characters (a
/// terminal would obey an escape sequence in a title that `wegwijs cases
/// list` prints) and at most `max` characters.
fn clean(text: &str, max: usize) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(max)
        .collect::<String>()
        .trim()
        .to_string()
}

/// The longest step text kept.
const MAX_STEP_CHARS: usize = 1000;

impl Remote {
    fn of(statuses: &[StatusSet], types: &[StatusType]) -> Remote {
        Remote {
            statuses: statuses
                .iter()
                .map(|s| RemoteStatus {
                    statustype: s.statustype.clone(),
                    set_at: s.set_at.to_string(),
                })
                .collect(),
            types: types
                .iter()
                .map(|t| RemoteType {
                    url: t.url.clone(),
                    volgnummer: t.volgnummer,
                    omschrijving: clean(&t.omschrijving, MAX_STEP_CHARS),
                    statustekst: t.statustekst.as_deref().map(|s| clean(s, MAX_STEP_CHARS)),
                    informeren: t.informeren,
                })
                .collect(),
        }
    }

    pub(crate) fn parse(json: &str) -> Option<Remote> {
        serde_json::from_str(json).ok()
    }

    pub(crate) fn statuses(&self) -> Vec<StatusSet> {
        self.statuses
            .iter()
            .filter_map(|s| {
                Some(StatusSet {
                    statustype: s.statustype.clone(),
                    set_at: s.set_at.parse().ok()?,
                })
            })
            .collect()
    }

    pub(crate) fn types(&self) -> Vec<StatusType> {
        self.types
            .iter()
            .map(|t| StatusType {
                url: t.url.clone(),
                volgnummer: t.volgnummer,
                omschrijving: t.omschrijving.clone(),
                statustekst: t.statustekst.clone(),
                informeren: t.informeren,
            })
            .collect()
    }
}

/// How long a step the provider announces stays on the home screen.
pub const NEWS_DAYS: i64 = 14;

/// A step a provider tells citizens about (`informeren`), reached lately.
pub(crate) struct CaseNews {
    pub id: u32,
    pub title: String,
    pub status: String,
    pub date: jiff::civil::Date,
}

fn id32(id: i64) -> u32 {
    u32::try_from(id).unwrap_or(u32::MAX)
}

fn unknown(id: u32) -> AppError {
    AppError::with_code(ErrorCode::NotFound, "error-source-unknown").arg("id", id.to_string())
}

fn auth_of(row: &CaseSourceRow) -> SourceAuth {
    if row.auth == "login" {
        SourceAuth::Login
    } else {
        SourceAuth::Jwt
    }
}

/// Why a sync failed, in terms a person can act on; the log gets the
/// kind, never the provider's answer or the URL (which holds a BSN).
fn sync_error(e: &ZgwError) -> AppError {
    tracing::info!(error = %e, "sync failed");
    let (code, id) = match e {
        ZgwError::Net(NetError::Unreachable) => {
            (ErrorCode::Unavailable, "error-source-unreachable")
        }
        ZgwError::Net(NetError::Timeout) => (ErrorCode::Unavailable, "error-source-timeout"),
        ZgwError::Net(NetError::Unauthorized) | ZgwError::Sign => {
            (ErrorCode::Unavailable, "error-source-refused")
        }
        ZgwError::Net(NetError::NotHttps | NetError::OtherOrigin) => {
            (ErrorCode::Unavailable, "error-source-elsewhere")
        }
        ZgwError::Net(NetError::Status(500..=599)) => {
            (ErrorCode::Unavailable, "error-source-server")
        }
        ZgwError::Net(_) | ZgwError::NotZgw(_) | ZgwError::TooManyPages => {
            (ErrorCode::Unavailable, "error-source-answer")
        }
    };
    AppError::with_code(code, id)
}

/// A URL a person typed as a service's base: https (http only to the
/// loopback address), no credentials in it.
fn service(field: &str, url: &str) -> Result<Service, AppError> {
    Service::parse(url.trim()).map_err(|_| AppError::invalid_field(field, "error-source-url", []))
}

impl Wegwijs {
    fn source_account(&self, id: i64) -> Result<String, AppError> {
        wegwijs_vault::keystore::secret_account(&self.data_dir, &format!("zgw-{id}"))?
            .ok_or_else(AppError::unexpected)
    }

    /// The sources, with how the owner's last sync of each went.
    pub(crate) async fn case_sources(&self) -> Result<Vec<CaseSourceDto>, AppError> {
        let syncs = self.store.case_syncs().await?;
        Ok(self
            .store
            .case_sources()
            .await?
            .into_iter()
            .map(|s| {
                let sync = syncs
                    .iter()
                    .find(|y| y.source == s.id && y.person.is_none());
                CaseSourceDto {
                    id: id32(s.id),
                    auth: auth_of(&s),
                    name: s.name,
                    zaken_url: s.zaken_url,
                    catalogi_url: s.catalogi_url,
                    client_id: s.client_id,
                    synced_at: sync.and_then(|y| y.synced_at.clone()),
                    error: sync
                        .and_then(|y| y.error.as_deref())
                        .map(|e| AppError::with_code(ErrorCode::Unavailable, e)),
                }
            })
            .collect())
    }

    /// Connects a provider. `secret` is the JWT secret for `jwt`; it goes
    /// to the OS keyring, and without one the source is not added.
    pub(crate) async fn add_case_source(
        &self,
        input: &CaseSourceInput,
        secret: Option<&str>,
    ) -> Result<CaseSourceDto, AppError> {
        let mut wrong: Vec<(&str, &str)> = Vec::new();
        let name = input.name.trim();
        if name.is_empty() {
            wrong.push(("name", "error-field-missing"));
        } else if name.chars().count() > MAX_SOURCE_NAME_CHARS || name.chars().any(char::is_control)
        {
            wrong.push(("name", "error-title-too-long"));
        }
        let zaken = service("zaken_url", &input.zaken_url);
        if zaken.is_err() {
            wrong.push(("zaken_url", "error-source-url"));
        }
        let catalogi = match input.catalogi_url.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(u) => {
                if service("catalogi_url", u).is_err() {
                    wrong.push(("catalogi_url", "error-source-url"));
                }
                Some(u.to_string())
            }
        };
        let client_id = input
            .client_id
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string);
        let secret = secret.filter(|s| !s.is_empty());
        match input.auth {
            None => wrong.push(("auth", "error-field-missing")),
            Some(SourceAuth::Jwt) => {
                if client_id.is_none() {
                    wrong.push(("client_id", "error-field-missing"));
                }
                if secret.is_none() {
                    wrong.push(("secret", "error-field-missing"));
                }
            }
            Some(SourceAuth::Login) => {}
        }
        if !wrong.is_empty() {
            return Err(AppError::invalid_fields(&wrong));
        }
        if self
            .store
            .case_sources()
            .await?
            .iter()
            .any(|s| s.name.to_lowercase() == name.to_lowercase())
        {
            return Err(AppError::invalid_field(
                "name",
                "error-source-name-taken",
                [],
            ));
        }
        let auth = input.auth.unwrap_or(SourceAuth::Jwt);
        let id = self
            .store
            .add_case_source(&CaseSourceRow {
                id: 0,
                name: name.to_string(),
                zaken_url: input.zaken_url.trim().to_string(),
                catalogi_url: catalogi,
                auth: match auth {
                    SourceAuth::Jwt => "jwt".into(),
                    SourceAuth::Login => "login".into(),
                },
                client_id: match auth {
                    SourceAuth::Jwt => client_id,
                    SourceAuth::Login => None,
                },
            })
            .await?;
        if let (SourceAuth::Jwt, Some(secret)) = (auth, secret) {
            let stored = self.source_account(id).and_then(|a| {
                self.secrets
                    .set(&a, secret.as_bytes())
                    .map_err(|_| AppError::with_code(ErrorCode::Locked, "error-no-keyring"))
            });
            if let Err(e) = stored {
                self.store.remove_case_source(id).await?;
                return Err(e);
            }
        }
        tracing::info!("case source added");
        self.case_sources()
            .await?
            .into_iter()
            .find(|s| s.id == id32(id))
            .ok_or_else(AppError::unexpected)
    }

    /// The source called `name` (the case does not matter), or numbered
    /// so when none is.
    pub(crate) async fn case_source_named(&self, name: &str) -> Result<u32, AppError> {
        let sources = self.store.case_sources().await?;
        let name = name.trim();
        sources
            .iter()
            .find(|s| s.name.to_lowercase() == name.to_lowercase())
            .or_else(|| {
                let id: i64 = name.parse().ok()?;
                sources.iter().find(|s| s.id == id)
            })
            .map(|s| id32(s.id))
            .ok_or_else(|| {
                AppError::with_code(ErrorCode::NotFound, "error-source-unknown").arg("id", name)
            })
    }

    /// Disconnects a provider: its secret leaves the keyring and the cases
    /// synced from it leave the device.
    pub(crate) async fn remove_case_source(&self, id: u32) -> Result<(), AppError> {
        if let Ok(account) = self.source_account(i64::from(id)) {
            // A keyring that is gone holds no secret either.
            let _ = self.secrets.delete(&account);
        }
        if !self.store.remove_case_source(i64::from(id)).await? {
            return Err(unknown(id));
        }
        tracing::info!("case source removed");
        Ok(())
    }

    async fn bsn_of(&self, whose: Whose) -> Result<Option<Bsn>, AppError> {
        let person = match whose {
            Whose::Mine => self.store.me_id().await?,
            Whose::Of(p) => Some(i64::from(p)),
        };
        let bsns = self.store.bsns().await?;
        Ok(person
            .and_then(|p| bsns.iter().find(|(id, _)| *id == p))
            .and_then(|(_, b)| Bsn::parse(b).ok()))
    }

    fn client_for(&self, s: &CaseSourceRow) -> Result<Client, AppError> {
        let zaken = service("zaken_url", &s.zaken_url)?;
        let catalogi = s
            .catalogi_url
            .as_deref()
            .map(|u| service("catalogi_url", u))
            .transpose()?;
        let auth = match auth_of(s) {
            SourceAuth::Jwt => {
                let secret = self
                    .source_account(s.id)
                    .ok()
                    .and_then(|a| self.secrets.get(&a).ok().flatten())
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .ok_or_else(|| {
                        AppError::with_code(ErrorCode::Locked, "error-source-no-secret")
                    })?;
                Auth::Jwt {
                    client_id: s.client_id.clone().unwrap_or_default(),
                    secret,
                }
            }
            SourceAuth::Login => Auth::Bearer(
                self.stored_tokens(&*self.secrets)
                    .map(|t| t.access_token)
                    .ok_or_else(|| {
                        AppError::with_code(ErrorCode::LoginFailed, "error-source-no-login")
                    })?,
            ),
        };
        Client::new(
            Source {
                zaken,
                catalogi,
                auth,
            },
            self.net_policy,
        )
        .map_err(|e| sync_error(&e))
    }

    /// Fetches `whose` cases from every source and keeps them. One source
    /// failing leaves the others' results and its own last good cases.
    pub(crate) async fn sync_cases(&self, whose: Whose) -> Result<SyncReport, AppError> {
        let sources = self.store.case_sources().await?;
        let mut report = SyncReport {
            sources: Vec::new(),
            changed: Vec::new(),
        };
        if sources.is_empty() {
            return Ok(report);
        }
        let bsn = self
            .bsn_of(whose)
            .await?
            .ok_or_else(|| AppError::invalid_field("bsn", "error-bsn-needed", []))?;
        // Who acts (the owner, by BSN when known) and for whom: the
        // provider logs both (the JWT's user_id and user_representation).
        let owner = self.bsn_of(Whose::Mine).await?.map(|b| b.digits());
        let (user_id, representation) = match whose {
            Whose::Mine => (bsn.digits(), String::new()),
            Whose::Of(_) => (owner.unwrap_or_default(), bsn.digits()),
        };
        for s in &sources {
            let result = match self.client_for(s) {
                Ok(client) => client
                    .cases_of(&bsn, &user_id, &representation)
                    .await
                    .map_err(|e| sync_error(&e)),
                Err(e) => Err(e),
            };
            let outcome = match result {
                Ok(cases) => self.keep_synced(s, whose, cases).await.map(|changed| {
                    report.changed.extend(changed);
                }),
                Err(e) => {
                    self.store
                        .record_sync_failure(s.id, whose.stored(), &e.message_id)
                        .await?;
                    Err(e)
                }
            };
            report.sources.push(SourceSyncDto {
                id: id32(s.id),
                name: s.name.clone(),
                ok: outcome.is_ok(),
                error: outcome.err(),
            });
        }
        tracing::info!(
            sources = report.sources.len(),
            changed = report.changed.len(),
            "cases synced"
        );
        Ok(report)
    }

    async fn keep_synced(
        &self,
        s: &CaseSourceRow,
        whose: Whose,
        cases: Vec<wegwijs_zgw::Case>,
    ) -> Result<Vec<u32>, AppError> {
        let today = self.today();
        let synced: Vec<SyncedCase> = cases
            .iter()
            .map(|c| {
                let remote = serde_json::to_string(&Remote::of(&c.statuses, &c.status_types))
                    .map_err(|_| AppError::unexpected())?;
                Ok(SyncedCase {
                    url: c.url.clone(),
                    provider: s.name.clone(),
                    title: clean(&c.title, crate::cases::MAX_CASE_TEXT_CHARS),
                    reference: Some(clean(&c.reference, crate::cases::MAX_CASE_TEXT_CHARS))
                        .filter(|r| !r.is_empty()),
                    // The term counts from the start, as the standard has
                    // it; a provider that leaves it out, from registration.
                    submitted: c.started.or(c.registered).unwrap_or(today),
                    decision_weeks: c
                        .term_weeks
                        .filter(|w| (1..=crate::cases::MAX_DECISION_WEEKS).contains(w))
                        .unwrap_or(DEFAULT_DECISION_WEEKS),
                    // Closed by its end date, or by reaching the last step.
                    ended: c.ended.or_else(|| closed_on(&c.statuses, &c.status_types)),
                    due: c.due,
                    result: c
                        .result
                        .as_deref()
                        .map(|r| clean(r, crate::cases::MAX_CASE_TEXT_CHARS)),
                    remote,
                })
            })
            .collect::<Result<_, AppError>>()?;
        let kept = self
            .store
            .replace_synced_cases(s.id, whose.stored(), &synced)
            .await?;
        Ok(kept
            .into_iter()
            .zip(&synced)
            .filter(
                |((_, before), now)| match before.as_deref().and_then(Remote::parse) {
                    None => true,
                    Some(b) => {
                        let n = Remote::parse(&now.remote);
                        n.is_some_and(|n| {
                            !to_announce(&b.statuses(), &n.statuses(), &n.types()).is_empty()
                                || b.statuses.len() != n.statuses.len()
                        })
                    }
                },
            )
            .map(|((id, _), _)| id32(id))
            .collect())
    }

    /// `whose` synced cases whose latest step is one the provider tells
    /// citizens about, reached in the last [`NEWS_DAYS`] days.
    pub(crate) async fn case_news(
        &self,
        today: jiff::civil::Date,
        whose: Whose,
    ) -> Result<Vec<CaseNews>, AppError> {
        use jiff::ToSpan;
        let since = today.checked_sub(NEWS_DAYS.days()).unwrap_or(today);
        let mut out = Vec::new();
        for c in self.store.cases().await? {
            if !whose.includes(c.owner) {
                continue;
            }
            let Some(r) = c.remote.as_deref().and_then(Remote::parse) else {
                // A step entered by hand is news as well.
                if let Some(step) = c.steps.last()
                    && since <= step.on
                    && step.on <= today
                {
                    out.push(CaseNews {
                        id: id32(c.id),
                        title: c.title.clone(),
                        status: step.status.clone(),
                        date: step.on,
                    });
                }
                continue;
            };
            let (statuses, types) = (r.statuses(), r.types());
            let mut reached: Vec<&StatusSet> = statuses.iter().collect();
            reached.sort_by_key(|s| s.set_at);
            let Some(latest) = reached.last() else {
                continue;
            };
            let Some(t) = types.iter().find(|t| t.url == latest.statustype) else {
                continue;
            };
            let date = wegwijs_core::authz::legal_date(latest.set_at);
            if t.informeren && since <= date && date <= today {
                out.push(CaseNews {
                    id: id32(c.id),
                    title: c.title,
                    status: t.text().to_string(),
                    date,
                });
            }
        }
        Ok(out)
    }

    /// The owner's cases, when a source has not been synced for a day (or
    /// ever): what the app runs in the background. `None` when none was
    /// due, or when there are no sources or no BSN.
    pub async fn sync_cases_if_due(&self) -> Result<Option<SyncReport>, AppError> {
        let sources = self.store.case_sources().await?;
        if sources.is_empty() || self.bsn_of(Whose::Mine).await?.is_none() {
            return Ok(None);
        }
        let now = jiff::Timestamp::now();
        let syncs = self.store.case_syncs().await?;
        let due = sources.iter().any(|s| {
            syncs
                .iter()
                .find(|y| y.source == s.id && y.person.is_none())
                .and_then(|y| y.tried_at.parse::<jiff::Timestamp>().ok())
                .is_none_or(|t| now.duration_since(t) >= SYNC_EVERY)
        });
        if !due {
            return Ok(None);
        }
        self.sync_cases(Whose::Mine).await.map(Some)
    }
}
