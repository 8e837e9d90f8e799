//! A citizen's cases from a provider that offers the VNG ZGW Zaken API
//! (1.7) and Catalogi API (1.4): found by the person's BSN
//! (`rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn`), only those
//! whose case type is meant for citizens (`indicatieInternOfExtern ==
//! "extern"`), each with its statuses, the steps of its type and, once it
//! is closed, the label of its result.
//!
//! Every request goes through `wegwijs-net`'s policy, to the configured
//! Zaken API's origin or the Catalogi API's (the same one unless set
//! apart): a `next` link or a case type elsewhere is refused. What a
//! citizen reads of it (the status text, the order of the steps, the
//! deadlines) is `wegwijs_core::cases`, pure.

use jiff::civil::Date;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use wegwijs_core::cases::{Bsn, StatusSet, StatusType};
use wegwijs_net::{Http, NetError, Policy, Service, Url};

/// How the app proves who it is to the provider.
#[derive(Clone)]
pub enum Auth {
    /// The ZGW standard: a JWT signed with HS256 with the secret the
    /// provider issued to this client id.
    Jwt { client_id: String, secret: String },
    /// An access token (the login's), as a bearer token.
    Bearer(String),
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Auth::Jwt { client_id, .. } => f
                .debug_struct("Jwt")
                .field("client_id", client_id)
                .finish_non_exhaustive(),
            Auth::Bearer(_) => f.write_str("Bearer(…)"),
        }
    }
}

/// A provider as configured.
#[derive(Debug, Clone)]
pub struct Source {
    /// The Zaken API's base, e.g. `https://zaken.example.nl/zaken/api/v1`.
    pub zaken: Service,
    /// The Catalogi API's base, when it is on another origin.
    pub catalogi: Option<Service>,
    pub auth: Auth,
}

#[derive(Debug, thiserror::Error)]
pub enum ZgwError {
    #[error(transparent)]
    Net(#[from] NetError),
    /// The answer is JSON, but not what the standard says.
    #[error("the answer does not follow the ZGW standard: {0}")]
    NotZgw(String),
    #[error("the request could not be signed")]
    Sign,
    /// More pages than a person has cases; a loop of `next` links.
    #[error("too many pages")]
    TooManyPages,
}

/// A case as a citizen may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub url: String,
    /// The provider's reference (`identificatie`).
    pub reference: String,
    /// What it is about: the case's own description, else its type's.
    pub title: String,
    pub registered: Option<Date>,
    /// When the provider started on it (`startdatum`): the decision term
    /// counts from here.
    pub started: Option<Date>,
    /// The last day the provider set for itself (`uiterlijkeEinddatumAfdoening`).
    pub due: Option<Date>,
    /// The case type's term (`doorlooptijd`), in whole weeks when it is
    /// one (`P8W`, `P56D`).
    pub term_weeks: Option<u16>,
    /// Set when the case is closed.
    pub ended: Option<Date>,
    /// The label of its result (the result type's `omschrijving`).
    pub result: Option<String>,
    pub statuses: Vec<StatusSet>,
    pub status_types: Vec<StatusType>,
}

/// The most pages followed for one list: 100 results a page is the
/// standard's, so this is 10,000 cases or statuses.
const MAX_PAGES: usize = 100;

#[derive(Deserialize)]
struct Page<T> {
    next: Option<String>,
    results: Vec<T>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Zaak {
    url: String,
    #[serde(default)]
    identificatie: String,
    #[serde(default)]
    omschrijving: String,
    zaaktype: String,
    registratiedatum: Option<String>,
    startdatum: Option<String>,
    einddatum: Option<String>,
    uiterlijke_einddatum_afdoening: Option<String>,
    resultaat: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ZaakType {
    url: String,
    #[serde(default)]
    omschrijving: String,
    indicatie_intern_of_extern: String,
    doorlooptijd: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Status {
    statustype: String,
    datum_status_gezet: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct StatusTypeJson {
    url: String,
    #[serde(default)]
    omschrijving: String,
    statustekst: Option<String>,
    volgnummer: i64,
    #[serde(default)]
    informeren: bool,
}

#[derive(Deserialize)]
struct Resultaat {
    resultaattype: String,
}

#[derive(Deserialize)]
struct ResultaatType {
    #[serde(default)]
    omschrijving: String,
}

/// A client of one source.
#[derive(Debug)]
pub struct Client {
    zaken: Http,
    catalogi: Http,
    auth: Auth,
}

impl Client {
    pub fn new(source: Source, policy: Policy) -> Result<Client, ZgwError> {
        let catalogi = source.catalogi.unwrap_or_else(|| source.zaken.clone());
        Ok(Client {
            zaken: Http::new(source.zaken, policy)?,
            catalogi: Http::new(catalogi, policy)?,
            auth: source.auth,
        })
    }

    /// The cases of the person with `bsn`, meant for citizens, each with
    /// its statuses, steps and result. `user_id` names the person on
    /// whose device this runs (the JWT's `user_id` claim, logged by the
    /// provider), `representation` whom they act for, if anyone.
    pub async fn cases_of(
        &self,
        bsn: &Bsn,
        user_id: &str,
        representation: &str,
    ) -> Result<Vec<Case>, ZgwError> {
        let auth = self.authorization(user_id, representation)?;
        let headers = [
            ("Authorization", auth.as_str()),
            ("Accept-Crs", "EPSG:4326"),
            // The specs require it on every request, reads included (a
            // validating proxy refuses a GET without it).
            ("Content-Crs", "EPSG:4326"),
            ("Accept", "application/json"),
        ];
        let first = self.zaken.service().join(&format!(
            "zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn={}",
            bsn.digits()
        ))?;
        let zaken: Vec<Zaak> = self.all(&self.zaken, first, &headers).await?;
        let mut types: Vec<ZaakType> = Vec::new();
        let mut steps: Vec<(String, Vec<StatusType>)> = Vec::new();
        let mut out = Vec::new();
        for z in zaken {
            let t = match types.iter().position(|t| t.url == z.zaaktype) {
                Some(i) => &types[i],
                None => {
                    let url = self.catalogi.service().link(&z.zaaktype)?;
                    let t: ZaakType = self.one(&self.catalogi, &url, &headers).await?;
                    types.push(t);
                    let last = types.len() - 1;
                    &types[last]
                }
            };
            if t.indicatie_intern_of_extern != "extern" {
                continue;
            }
            let (title, term_weeks) = (
                if z.omschrijving.trim().is_empty() {
                    t.omschrijving.clone()
                } else {
                    z.omschrijving.clone()
                },
                t.doorlooptijd.as_deref().and_then(weeks),
            );
            let statuses = self.statuses(&z.url, &headers).await?;
            // Asked once per case type, however many cases share it.
            let status_types = match steps.iter().find(|(t, _)| *t == z.zaaktype) {
                Some((_, s)) => s.clone(),
                None => {
                    let s = self.status_types(&z.zaaktype, &headers).await?;
                    steps.push((z.zaaktype.clone(), s.clone()));
                    s
                }
            };
            let result = match &z.resultaat {
                Some(r) if z.einddatum.is_some() => Some(self.result(r, &headers).await?),
                _ => None,
            };
            out.push(Case {
                reference: z.identificatie,
                title,
                registered: date(z.registratiedatum.as_deref())?,
                started: date(z.startdatum.as_deref())?,
                due: date(z.uiterlijke_einddatum_afdoening.as_deref())?,
                term_weeks,
                ended: date(z.einddatum.as_deref())?,
                result,
                statuses,
                status_types,
                url: z.url,
            });
        }
        Ok(out)
    }

    fn authorization(&self, user_id: &str, representation: &str) -> Result<String, ZgwError> {
        match &self.auth {
            Auth::Bearer(t) => Ok(format!("Bearer {t}")),
            Auth::Jwt { client_id, secret } => {
                let claims = serde_json::json!({
                    "iss": client_id,
                    "iat": jiff::Timestamp::now().as_second(),
                    "client_id": client_id,
                    "user_id": user_id,
                    "user_representation": representation,
                });
                let token = jsonwebtoken::encode(
                    &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
                    &claims,
                    &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes()),
                )
                .map_err(|_| ZgwError::Sign)?;
                Ok(format!("Bearer {token}"))
            }
        }
    }

    async fn statuses(
        &self,
        zaak: &str,
        headers: &[(&str, &str)],
    ) -> Result<Vec<StatusSet>, ZgwError> {
        let url = query(self.zaken.service().join("statussen")?, "zaak", zaak);
        let list: Vec<Status> = self.all(&self.zaken, url, headers).await?;
        list.into_iter()
            .map(|s| {
                Ok(StatusSet {
                    statustype: s.statustype,
                    set_at: timestamp(&s.datum_status_gezet)?,
                })
            })
            .collect()
    }

    async fn status_types(
        &self,
        zaaktype: &str,
        headers: &[(&str, &str)],
    ) -> Result<Vec<StatusType>, ZgwError> {
        // The Catalogi API's base is where the case type lives (it may be
        // on the Zaken API's host under another path).
        let base = zaaktype
            .split_once("/zaaktypen/")
            .map(|(b, _)| b)
            .ok_or_else(|| ZgwError::NotZgw("a case type outside zaaktypen/".into()))?;
        let url = self
            .catalogi
            .service()
            .link(&format!("{base}/statustypen"))?;
        let url = query(url, "zaaktype", zaaktype);
        let list: Vec<StatusTypeJson> = self.all(&self.catalogi, url, headers).await?;
        Ok(list
            .into_iter()
            .map(|t| StatusType {
                url: t.url,
                volgnummer: t.volgnummer,
                omschrijving: t.omschrijving,
                statustekst: t.statustekst,
                informeren: t.informeren,
            })
            .collect())
    }

    async fn result(&self, resultaat: &str, headers: &[(&str, &str)]) -> Result<String, ZgwError> {
        let url = self.zaken.service().link(resultaat)?;
        let r: Resultaat = self.one(&self.zaken, &url, headers).await?;
        let url = self.catalogi.service().link(&r.resultaattype)?;
        let t: ResultaatType = self.one(&self.catalogi, &url, headers).await?;
        Ok(t.omschrijving)
    }

    async fn one<T: DeserializeOwned>(
        &self,
        http: &Http,
        url: &Url,
        headers: &[(&str, &str)],
    ) -> Result<T, ZgwError> {
        let value: serde_json::Value = http.get_json(url, headers).await?;
        // Without the value serde_json may quote (a BSN, a name).
        serde_json::from_value(value).map_err(|e| {
            ZgwError::NotZgw(match e.classify() {
                serde_json::error::Category::Data => {
                    "a field is missing or of the wrong type".into()
                }
                _ => "not a ZGW object".into(),
            })
        })
    }

    /// Every page of a list, following `next` within the API's origin.
    async fn all<T: DeserializeOwned>(
        &self,
        http: &Http,
        first: Url,
        headers: &[(&str, &str)],
    ) -> Result<Vec<T>, ZgwError> {
        let mut out = Vec::new();
        let mut url = Some(first);
        let mut seen: Vec<Url> = Vec::new();
        while let Some(u) = url {
            // A `next` that comes round again is a loop, not more cases.
            if seen.len() >= MAX_PAGES || seen.contains(&u) {
                return Err(ZgwError::TooManyPages);
            }
            seen.push(u.clone());
            let page: Page<T> = self.one(http, &u, headers).await?;
            out.extend(page.results);
            url = match page.next {
                Some(n) if !n.is_empty() => Some(http.service().link(&n)?),
                _ => None,
            };
        }
        Ok(out)
    }
}

fn query(mut url: Url, key: &str, value: &str) -> Url {
    url.query_pairs_mut().append_pair(key, value);
    url
}

fn date(v: Option<&str>) -> Result<Option<Date>, ZgwError> {
    v.filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<Date>()
                .map_err(|_| ZgwError::NotZgw("a date field is not a date".into()))
        })
        .transpose()
}

/// `datumStatusGezet`: RFC 3339; a time without an offset is taken as the
/// time in the Netherlands, as Dutch providers write it.
fn timestamp(s: &str) -> Result<jiff::Timestamp, ZgwError> {
    if let Ok(t) = s.parse::<jiff::Timestamp>() {
        return Ok(t);
    }
    s.parse::<jiff::civil::DateTime>()
        .ok()
        .and_then(|d| d.in_tz("Europe/Amsterdam").ok())
        .map(|z| z.timestamp())
        .ok_or_else(|| ZgwError::NotZgw("datumStatusGezet is not a moment".into()))
}

/// An ISO 8601 duration of whole weeks or days (`P8W`, `P56D`) in weeks;
/// `None` for anything else (months count differently, and a term the
/// app cannot read is left to the default).
fn weeks(d: &str) -> Option<u16> {
    let rest = d.strip_prefix('P')?;
    if let Some(w) = rest.strip_suffix('W') {
        return w.parse().ok();
    }
    let days: u16 = rest.strip_suffix('D')?.parse().ok()?;
    days.is_multiple_of(7).then_some(days / 7)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_in_weeks_are_read_and_others_left_out() {
        assert_eq!(weeks("P8W"), Some(8));
        assert_eq!(weeks("P56D"), Some(8));
        assert_eq!(weeks("P30D"), None);
        assert_eq!(weeks("P2M"), None);
        assert_eq!(weeks("8 weeks"), None);
    }

    #[test]
    fn moments_with_and_without_an_offset() {
        assert_eq!(
            timestamp("2026-11-20T10:00:00Z").unwrap().to_string(),
            "2026-11-20T10:00:00Z"
        );
        assert_eq!(
            timestamp("2026-11-20T10:00:00").unwrap().to_string(),
            "2026-11-20T09:00:00Z"
        );
        assert!(timestamp("gisteren").is_err());
    }

    #[test]
    fn the_secret_and_the_token_stay_out_of_debug_output() {
        let jwt = Auth::Jwt {
            client_id: "wegwijs".into(),
            secret: "s3cret".into(),
        };
        assert!(!format!("{jwt:?}").contains("s3cret"));
        assert!(!format!("{:?}", Auth::Bearer("t0ken".into())).contains("t0ken"));
    }
}
