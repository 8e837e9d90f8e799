//! A fake ZGW provider for tests: it listens on 127.0.0.1, answers the
//! Zaken API 1.7 and Catalogi API 1.4 requests Wegwijs makes with data
//! shaped as those specs say (`../shared/fixtures/zgw`), and checks every
//! request's token as a provider would (a JWT signed HS256 with
//! [`SECRET`], or a bearer token it was told to accept).
//!
//! The data is awkward on purpose: statuses out of order, a step without
//! a `statustekst`, an internal case type, a closed case with a result,
//! and a case on the second page.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// The secret the provider issued to the client id `wegwijs-test`.
pub const SECRET: &str = "zgw test secret";
/// The building permit's case type (`many` uses it too).
pub const PERMIT_TYPE: &str = "10000000-0000-4000-8000-000000000001";

/// A test BSN the government publishes (it passes the elfproef).
pub const BSN: &str = "999993653";

#[derive(Debug, Default)]
struct State {
    /// Paths with their decoded query, and the JSON each answers with.
    routes: HashMap<String, Value>,
    /// The claims of every request accepted with a JWT.
    claims: Vec<Value>,
    /// Every path and query asked for, decoded, accepted or not.
    asked: Vec<String>,
    /// A bearer token accepted as it is (a login's access token).
    bearer: Option<String>,
    /// Paths that answer badly instead.
    faults: HashMap<String, Fault>,
}

/// A way for a provider to answer badly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// An HTTP error status (500, 503, ...) with a JSON problem body.
    Status(u16),
    /// A body of this many bytes (the start of a JSON array that never
    /// ends).
    Huge(usize),
    /// The answer only after this long.
    Slow(std::time::Duration),
    /// `200 OK` with a body that is not JSON.
    Malformed,
}

/// A running fake provider; it stops with the runtime it runs on.
#[derive(Debug, Clone)]
pub struct Provider {
    /// `http://127.0.0.1:PORT`
    pub origin: String,
    /// The Zaken and Catalogi API bases its answers link to: its own, or
    /// those of proxies in front of it ([`Provider::start_behind`]).
    bases: (String, String),
    state: Arc<Mutex<State>>,
}

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(if b[i] == b'+' { b' ' } else { b[i] });
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// The claims of a valid token, or why not.
fn check_jwt(token: &str) -> Result<Value, &'static str> {
    let mut v = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    v.required_spec_claims.clear();
    v.validate_exp = false;
    jsonwebtoken::decode::<Value>(
        token,
        &jsonwebtoken::DecodingKey::from_secret(SECRET.as_bytes()),
        &v,
    )
    .map(|d| d.claims)
    .map_err(|_| "bad signature")
}

/// The UUID of `bsn`'s case number `n`: the specs give every object a
/// UUID, and a validating proxy refuses a path without one.
fn case_id(bsn: &str, n: usize) -> String {
    format!("{n:08x}-0000-4000-8000-{bsn:0>12}")
}

fn result_id(bsn: &str, n: usize) -> String {
    format!("{n:08x}-0000-4000-9000-{bsn:0>12}")
}

/// The UUID of status `k` of `bsn`'s case `n`.
fn status_id(bsn: &str, n: usize, k: u32) -> String {
    format!("{n:08x}-{k:04x}-4000-a000-{bsn:0>12}")
}

/// The last path segment of an object's URL: its UUID.
fn uuid_of(v: &Value) -> Value {
    let url = v["url"].as_str().unwrap_or_default();
    Value::String(url.rsplit('/').next().unwrap_or_default().to_string())
}

/// `v` with every field the specs require that it does not set yet, with
/// plain values: the answers are whole objects, as a real provider's are
/// (`tests/answers.rs` in wegwijs-zgw checks them against the specs).
fn complete(v: Value, defaults: Value) -> Value {
    let (Value::Object(mut v), Value::Object(d)) = (v, defaults) else {
        unreachable!("objects")
    };
    for (k, d) in d {
        v.entry(k).or_insert(d);
    }
    Value::Object(v)
}

/// The UUID of the fake's catalogue.
const CATALOGUS: &str = "40000000-0000-4000-8000-000000000001";

/// The RSIN of the fake municipality, as bronorganisatie.
const RSIN: &str = "002220647";

fn zaak(v: Value) -> Value {
    let uuid = uuid_of(&v);
    complete(
        v,
        json!({"uuid": uuid, "bronorganisatie": RSIN, "verantwoordelijkeOrganisatie": RSIN,
               "betalingsindicatieWeergave": "", "deelzaken": [], "eigenschappen": [], "rollen": [],
               "zaakinformatieobjecten": [], "zaakobjecten": [], "status": null,
               "einddatum": null, "resultaat": null}),
    )
}

/// Statuses of one case: whole, the latest marked as the last one set.
fn statussen(mut list: Vec<Value>) -> Vec<Value> {
    let latest = list
        .iter()
        .enumerate()
        .max_by_key(|(_, s)| {
            s["datumStatusGezet"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .map(|(i, _)| i);
    for (i, s) in list.iter_mut().enumerate() {
        let uuid = uuid_of(s);
        *s = complete(
            s.take(),
            json!({"uuid": uuid, "indicatieLaatstGezetteStatus": Some(i) == latest,
                   "zaakinformatieobjecten": []}),
        );
    }
    list
}

fn page(next: Option<String>, results: Vec<Value>) -> Value {
    json!({"count": results.len(), "next": next, "previous": null, "results": results})
}

impl Provider {
    /// Starts a provider on the current tokio runtime, with the cases of
    /// [`BSN`].
    pub async fn start() -> Provider {
        Self::start_behind(None).await
    }

    /// [`Provider::start`] behind proxies: its answers link to
    /// `(zaken_base, catalogi_base)` (a validating proxy for each API),
    /// which forward to `origin/zaken/api/v1` and `origin/catalogi/api/v1`.
    pub async fn start_behind(bases: Option<(String, String)>) -> Provider {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let origin = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let bases = bases.unwrap_or_else(|| {
            (
                format!("{origin}/zaken/api/v1"),
                format!("{origin}/catalogi/api/v1"),
            )
        });
        let provider = Provider {
            origin,
            bases,
            state: Arc::default(),
        };
        provider.seed(BSN);
        let state = provider.state.clone();
        tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else {
                    return;
                };
                tokio::spawn(serve(sock, state.clone()));
            }
        });
        provider
    }

    /// [`Provider::start`] on a runtime of its own, for tests that run the
    /// `wegwijs` program and wait for it.
    pub fn start_in_thread() -> Provider {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                tx.send(Provider::start().await).unwrap();
                std::future::pending::<()>().await;
            });
        });
        rx.recv().unwrap()
    }

    /// The URL of `bsn`'s case number `n` (`many` numbers from 1000).
    pub fn case_url(&self, bsn: &str, n: usize) -> String {
        format!("{}/zaken/{}", self.zaken_url(), case_id(bsn, n))
    }

    /// The Zaken API's base, as a person would configure it.
    pub fn zaken_url(&self) -> String {
        self.bases.0.clone()
    }

    /// Answers `path_and_query` (decoded) with `value` from now on.
    pub fn set(&self, path_and_query: &str, value: Value) {
        self.state
            .lock()
            .unwrap()
            .routes
            .insert(path_and_query.to_string(), value);
    }

    /// Answers `path_and_query` (decoded) with `fault` from now on.
    pub fn fault(&self, path_and_query: &str, fault: Fault) {
        self.state
            .lock()
            .unwrap()
            .faults
            .insert(path_and_query.to_string(), fault);
    }

    /// Answers `path_and_query` as seeded again.
    pub fn heal(&self, path_and_query: &str) {
        self.state.lock().unwrap().faults.remove(path_and_query);
    }

    /// Accepts `token` as a bearer token, besides JWTs.
    pub fn accept_bearer(&self, token: &str) {
        self.state.lock().unwrap().bearer = Some(token.to_string());
    }

    /// Every path and query it answers (decoded), with the answer: for
    /// tests that check each answer against the specs.
    pub fn answers(&self) -> Vec<(String, Value)> {
        let mut all: Vec<(String, Value)> = self
            .state
            .lock()
            .unwrap()
            .routes
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        all.sort_by(|a, b| a.0.cmp(&b.0));
        all
    }

    pub fn claims(&self) -> Vec<Value> {
        self.state.lock().unwrap().claims.clone()
    }

    pub fn asked(&self) -> Vec<String> {
        self.state.lock().unwrap().asked.clone()
    }

    /// The path and query of the first page of `bsn`'s cases.
    pub fn cases_query(bsn: &str) -> String {
        format!("/zaken/api/v1/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn={bsn}")
    }

    /// A step reached by `bsn`'s building permit: the status type `o3`
    /// (a decision, which the provider tells citizens about) at `at`.
    pub fn permit_decided(&self, bsn: &str, at: &str) {
        self.permit_statuses(bsn, Some(at));
    }

    /// The statuses of `bsn`'s building permit: received, in progress,
    /// and decided at `decided` when given.
    fn permit_statuses(&self, bsn: &str, decided: Option<&str>) {
        let (z, c) = self.bases();
        let case = format!("{z}/zaken/{}", case_id(bsn, 1));
        let status = |n: u32, t: u32, at: &str| {
            json!({"url": format!("{z}/statussen/{}", status_id(bsn, 1, n)), "zaak": case,
                   "statustype": format!("{c}/statustypen/20000000-0000-4000-8000-00000000000{t}"),
                   "datumStatusGezet": at})
        };
        let mut list = vec![
            status(2, 2, "2026-11-20T10:00:00Z"),
            status(1, 1, "2026-11-02T09:30:00Z"),
        ];
        if let Some(at) = decided {
            list.push(status(3, 3, at));
        }
        self.set(
            &format!("/zaken/api/v1/statussen?zaak={case}"),
            page(None, statussen(list)),
        );
    }

    /// `n` open cases of `bsn` of one type, 100 a page, each with one
    /// status: a person with very many requests.
    pub fn many(&self, bsn: &str, n: usize) {
        let (z, c) = self.bases();
        let pages = n.div_ceil(100).max(1);
        for p in 0..pages {
            let results = (p * 100..n.min((p + 1) * 100))
                .map(|i| {
                    let case = format!("{z}/zaken/{}", case_id(bsn, 1000 + i));
                    self.set(
                        &format!("/zaken/api/v1/statussen?zaak={case}"),
                        page(None, statussen(vec![json!({"url": format!("{z}/statussen/{}", status_id(bsn, 1000 + i, 1)), "zaak": case, "statustype": format!("{c}/statustypen/20000000-0000-4000-8000-000000000001"), "datumStatusGezet": "2026-11-02T09:30:00Z"})])),
                    );
                    zaak(json!({"url": case, "identificatie": format!("ZAAK-M-{i}"), "omschrijving": format!("Aanvraag {i}"),
                           "zaaktype": format!("{c}/zaaktypen/10000000-0000-4000-8000-000000000001"), "registratiedatum": "2026-11-02", "startdatum": "2026-11-02",
                           "einddatum": null, "uiterlijkeEinddatumAfdoening": null, "resultaat": null}))
                })
                .collect();
            let next = (p + 1 < pages)
                .then(|| {
                    format!(
                        "{z}/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn={bsn}&page={}",
                        p + 2
                    )
                });
            let key = if p == 0 {
                Self::cases_query(bsn)
            } else {
                format!("{}&page={}", Self::cases_query(bsn), p + 1)
            };
            self.set(&key, page(next, results));
        }
    }

    fn bases(&self) -> (String, String) {
        self.bases.clone()
    }

    /// Three cases of the person with `bsn`: a building permit in progress
    /// (statuses out of order, one step without a statustekst), an
    /// internal case (to be hidden), and on page 2 a closed Wmo request
    /// with its result.
    pub fn seed(&self, bsn: &str) {
        let (z, c) = self.bases();
        let first = Self::cases_query(bsn);
        self.set(
            &first,
            page(
                Some(format!("{z}/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn={bsn}&page=2")),
                vec![
                    zaak(json!({"url": format!("{z}/zaken/{}", case_id(bsn, 1)), "identificatie": "ZAAK-2026-0042", "omschrijving": "Dakkapel aan de achterkant",
                           "zaaktype": format!("{c}/zaaktypen/10000000-0000-4000-8000-000000000001"), "registratiedatum": "2026-11-02", "startdatum": "2026-11-02",
                           "einddatum": null, "uiterlijkeEinddatumAfdoening": "2026-12-28", "resultaat": null})),
                    zaak(json!({"url": format!("{z}/zaken/{}", case_id(bsn, 2)), "identificatie": "INTERN-7", "omschrijving": "Interne toets",
                           "zaaktype": format!("{c}/zaaktypen/10000000-0000-4000-8000-000000000002"), "registratiedatum": "2026-11-03", "startdatum": "2026-11-03",
                           "einddatum": null, "uiterlijkeEinddatumAfdoening": null, "resultaat": null})),
                ],
            ),
        );
        self.set(
            &format!("{first}&page=2"),
            page(
                None,
                vec![zaak(json!({"url": format!("{z}/zaken/{}", case_id(bsn, 3)), "identificatie": "ZAAK-2026-0007", "omschrijving": "",
                            "zaaktype": format!("{c}/zaaktypen/10000000-0000-4000-8000-000000000003"), "registratiedatum": "2026-09-01", "startdatum": "2026-09-01",
                            "einddatum": "2026-10-15", "resultaat": format!("{z}/resultaten/{}", result_id(bsn, 3))}))],
            ),
        );
        for (id, extern_, omschrijving, doorlooptijd) in [
            (
                "10000000-0000-4000-8000-000000000001",
                "extern",
                "Omgevingsvergunning",
                "P8W",
            ),
            (
                "10000000-0000-4000-8000-000000000002",
                "intern",
                "Intern",
                "P2W",
            ),
            (
                "10000000-0000-4000-8000-000000000003",
                "extern",
                "Aanvraag Wmo-voorziening",
                "P56D",
            ),
        ] {
            self.set(
                &format!("/catalogi/api/v1/zaaktypen/{id}"),
                json!({"url": format!("{c}/zaaktypen/{id}"), "omschrijving": omschrijving,
                       "indicatieInternOfExtern": extern_, "doorlooptijd": doorlooptijd,
                       "identificatie": format!("ZT-{}", &id[id.len() - 1..]), "catalogus": format!("{c}/catalogussen/{CATALOGUS}"),
                       "doel": omschrijving, "aanleiding": "Een aanvraag", "onderwerp": omschrijving,
                       "handelingInitiator": "Aanvragen", "handelingBehandelaar": "Behandelen",
                       "opschortingEnAanhoudingMogelijk": true, "verlengingMogelijk": false,
                       "publicatieIndicatie": false, "vertrouwelijkheidaanduiding": "openbaar",
                       "productenOfDiensten": [], "referentieproces": {"naam": omschrijving},
                       "verantwoordelijke": RSIN, "beginGeldigheid": "2024-01-01", "concept": false,
                       "besluittypen": [], "besluittypeOmschrijving": [], "deelzaaktypen": [],
                       "deelzaaktypeIdentificaties": [], "eigenschappen": [], "gerelateerdeZaaktypen": [],
                       "informatieobjecttypen": [], "informatieobjecttypeOmschrijving": [],
                       "resultaattypen": [], "resultaattypeOmschrijving": [], "roltypen": [],
                       "statustypen": [], "zaakobjecttypen": []}),
            );
        }
        let st = |id: &str,
                  n: i64,
                  zaaktype: &str,
                  omschrijving: &str,
                  tekst: &str,
                  informeren: bool,
                  last: bool| {
            json!({"url": format!("{c}/statustypen/{id}"), "omschrijving": omschrijving, "statustekst": tekst,
                   "volgnummer": n, "informeren": informeren, "zaaktype": format!("{c}/zaaktypen/{zaaktype}"),
                   "catalogus": format!("{c}/catalogussen/{CATALOGUS}"), "isEindstatus": last,
                   "zaaktypeIdentificatie": format!("ZT-{}", &zaaktype[zaaktype.len() - 1..])})
        };
        self.set(
            &format!("/catalogi/api/v1/statustypen?zaaktype={c}/zaaktypen/10000000-0000-4000-8000-000000000001"),
            page(
                None,
                vec![
                    st("20000000-0000-4000-8000-000000000003", 3, "10000000-0000-4000-8000-000000000001", "Besluit", "Er is een besluit", true, true),
                    st("20000000-0000-4000-8000-000000000001", 1, "10000000-0000-4000-8000-000000000001",
                        "Ontvangen",
                        "We hebben je aanvraag ontvangen",
                        true,
                        false,
                    ),
                    st("20000000-0000-4000-8000-000000000002", 2, "10000000-0000-4000-8000-000000000001", "In behandeling", "", false, false),
                ],
            ),
        );
        self.set(
            &format!("/catalogi/api/v1/statustypen?zaaktype={c}/zaaktypen/10000000-0000-4000-8000-000000000003"),
            page(
                None,
                vec![
                    st("20000000-0000-4000-8000-000000000004", 1, "10000000-0000-4000-8000-000000000003", "Ontvangen", "Ontvangen", true, false),
                    st("20000000-0000-4000-8000-000000000005", 2, "10000000-0000-4000-8000-000000000003", "Afgehandeld", "Klaar", true, true),
                ],
            ),
        );
        self.permit_statuses(bsn, None);
        let case = format!("{z}/zaken/{}", case_id(bsn, 3));
        self.set(
            &format!("/zaken/api/v1/statussen?zaak={case}"),
            page(
                None,
                statussen(vec![
                    json!({"url": format!("{z}/statussen/{}", status_id(bsn, 3, 1)), "zaak": case, "statustype": format!("{c}/statustypen/20000000-0000-4000-8000-000000000004"), "datumStatusGezet": "2026-09-01T08:00:00+02:00"}),
                    json!({"url": format!("{z}/statussen/{}", status_id(bsn, 3, 2)), "zaak": case, "statustype": format!("{c}/statustypen/20000000-0000-4000-8000-000000000005"), "datumStatusGezet": "2026-10-15T14:00:00+02:00"}),
                ]),
            ),
        );
        self.set(
            &format!("/zaken/api/v1/resultaten/{}", result_id(bsn, 3)),
            json!({"url": format!("{z}/resultaten/{}", result_id(bsn, 3)), "uuid": result_id(bsn, 3), "zaak": case, "resultaattype": format!("{c}/resultaattypen/30000000-0000-4000-8000-000000000001")}),
        );
        self.set(
            "/catalogi/api/v1/resultaattypen/30000000-0000-4000-8000-000000000001",
            json!({"url": format!("{c}/resultaattypen/30000000-0000-4000-8000-000000000001"), "omschrijving": "Toegekend",
                   "omschrijvingGeneriek": "Toegekend", "zaaktype": format!("{c}/zaaktypen/10000000-0000-4000-8000-000000000003"),
                   "zaaktypeIdentificatie": "ZT-3",
                   "resultaattypeomschrijving": "https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1",
                   "selectielijstklasse": "https://selectielijst.openzaak.nl/api/v1/resultaten/8af64c99-a168-40dd-8afd-9fbe0597b6dc"}),
        );
    }
}

async fn serve(mut sock: tokio::net::TcpStream, state: Arc<Mutex<State>>) {
    let mut buf = vec![0u8; 16384];
    let n = sock.read(&mut buf).await.unwrap_or(0);
    let head = String::from_utf8_lossy(&buf[..n]).into_owned();
    let target = decode(head.split_whitespace().nth(1).unwrap_or(""));
    let token = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("authorization")
                .then(|| value.trim().to_string())
        })
        .and_then(|a| a.strip_prefix("Bearer ").map(str::to_string));
    let fault = {
        let mut s = state.lock().unwrap();
        s.asked.push(target.clone());
        s.faults.get(&target).copied()
    };
    match fault {
        None => {}
        Some(Fault::Slow(d)) => tokio::time::sleep(d).await,
        Some(f) => {
            let (status, body) = match f {
                Fault::Status(code) => (
                    format!("{code} Error"),
                    json!({"title": "Er is een serverfout opgetreden.", "status": code})
                        .to_string(),
                ),
                Fault::Huge(n) => ("200 OK".into(), format!("[{}", "0,".repeat(n / 2))),
                _ => ("200 OK".into(), "<html>Onderhoud</html>".into()),
            };
            let answer = format!(
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = sock.write_all(answer.as_bytes()).await;
            let _ = sock.shutdown().await;
            return;
        }
    }
    let (status, body) = {
        let mut s = state.lock().unwrap();
        let accepted = match token.as_deref() {
            None => Err("no bearer"),
            Some(t) if s.bearer.as_deref() == Some(t) => Ok(None),
            Some(t) => check_jwt(t).map(Some),
        };
        match accepted {
            Err(why) => ("401 Unauthorized", json!({"detail": why})),
            Ok(claims) => {
                s.claims.extend(claims);
                match s.routes.get(&target) {
                    Some(v) => ("200 OK", v.clone()),
                    None => ("404 Not Found", json!({"detail": "not found"})),
                }
            }
        }
    };
    let body = body.to_string();
    let answer = format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = sock.write_all(answer.as_bytes()).await;
    let _ = sock.shutdown().await;
}
