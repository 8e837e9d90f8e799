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

    /// Accepts `token` as a bearer token, besides JWTs.
    pub fn accept_bearer(&self, token: &str) {
        self.state.lock().unwrap().bearer = Some(token.to_string());
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
            json!({"url": format!("{z}/statussen/{bsn}-a{n}"), "zaak": case,
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
            page(None, list),
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
                        page(None, vec![json!({"url": format!("{case}/s"), "zaak": case, "statustype": format!("{c}/statustypen/20000000-0000-4000-8000-000000000001"), "datumStatusGezet": "2026-11-02T09:30:00Z"})]),
                    );
                    json!({"url": case, "identificatie": format!("ZAAK-M-{i}"), "omschrijving": format!("Aanvraag {i}"),
                           "zaaktype": format!("{c}/zaaktypen/10000000-0000-4000-8000-000000000001"), "registratiedatum": "2026-11-02", "startdatum": "2026-11-02",
                           "einddatum": null, "uiterlijkeEinddatumAfdoening": null, "resultaat": null})
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
                    json!({"url": format!("{z}/zaken/{}", case_id(bsn, 1)), "identificatie": "ZAAK-2026-0042", "omschrijving": "Dakkapel aan de achterkant",
                           "zaaktype": format!("{c}/zaaktypen/10000000-0000-4000-8000-000000000001"), "registratiedatum": "2026-11-02", "startdatum": "2026-11-02",
                           "einddatum": null, "uiterlijkeEinddatumAfdoening": "2026-12-28", "resultaat": null}),
                    json!({"url": format!("{z}/zaken/{}", case_id(bsn, 2)), "identificatie": "INTERN-7", "omschrijving": "Interne toets",
                           "zaaktype": format!("{c}/zaaktypen/10000000-0000-4000-8000-000000000002"), "registratiedatum": "2026-11-03", "startdatum": "2026-11-03",
                           "einddatum": null, "uiterlijkeEinddatumAfdoening": null, "resultaat": null}),
                ],
            ),
        );
        self.set(
            &format!("{first}&page=2"),
            page(
                None,
                vec![json!({"url": format!("{z}/zaken/{}", case_id(bsn, 3)), "identificatie": "ZAAK-2026-0007", "omschrijving": "",
                            "zaaktype": format!("{c}/zaaktypen/10000000-0000-4000-8000-000000000003"), "registratiedatum": "2026-09-01", "startdatum": "2026-09-01",
                            "einddatum": "2026-10-15", "resultaat": format!("{z}/resultaten/{}", result_id(bsn, 3))})],
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
                       "indicatieInternOfExtern": extern_, "doorlooptijd": doorlooptijd}),
            );
        }
        let st = |id: &str,
                  n: i64,
                  zaaktype: &str,
                  omschrijving: &str,
                  tekst: &str,
                  informeren: bool| {
            json!({"url": format!("{c}/statustypen/{id}"), "omschrijving": omschrijving, "statustekst": tekst,
                   "volgnummer": n, "informeren": informeren, "zaaktype": format!("{c}/zaaktypen/{zaaktype}")})
        };
        self.set(
            &format!("/catalogi/api/v1/statustypen?zaaktype={c}/zaaktypen/10000000-0000-4000-8000-000000000001"),
            page(
                None,
                vec![
                    st("20000000-0000-4000-8000-000000000003", 3, "10000000-0000-4000-8000-000000000001", "Besluit", "Er is een besluit", true),
                    st("20000000-0000-4000-8000-000000000001", 1, "10000000-0000-4000-8000-000000000001",
                        "Ontvangen",
                        "We hebben je aanvraag ontvangen",
                        true,
                    ),
                    st("20000000-0000-4000-8000-000000000002", 2, "10000000-0000-4000-8000-000000000001", "In behandeling", "", false),
                ],
            ),
        );
        self.set(
            &format!("/catalogi/api/v1/statustypen?zaaktype={c}/zaaktypen/10000000-0000-4000-8000-000000000003"),
            page(
                None,
                vec![
                    st("20000000-0000-4000-8000-000000000004", 1, "10000000-0000-4000-8000-000000000003", "Ontvangen", "Ontvangen", true),
                    st("20000000-0000-4000-8000-000000000005", 2, "10000000-0000-4000-8000-000000000003", "Afgehandeld", "Klaar", true),
                ],
            ),
        );
        self.permit_statuses(bsn, None);
        let case = format!("{z}/zaken/{}", case_id(bsn, 3));
        self.set(
            &format!("/zaken/api/v1/statussen?zaak={case}"),
            page(
                None,
                vec![
                    json!({"url": format!("{z}/statussen/{bsn}-c1"), "zaak": case, "statustype": format!("{c}/statustypen/20000000-0000-4000-8000-000000000004"), "datumStatusGezet": "2026-09-01T08:00:00"}),
                    json!({"url": format!("{z}/statussen/{bsn}-c2"), "zaak": case, "statustype": format!("{c}/statustypen/20000000-0000-4000-8000-000000000005"), "datumStatusGezet": "2026-10-15T14:00:00+02:00"}),
                ],
            ),
        );
        self.set(
            &format!("/zaken/api/v1/resultaten/{}", result_id(bsn, 3)),
            json!({"url": format!("{z}/resultaten/{}", result_id(bsn, 3)), "zaak": case, "resultaattype": format!("{c}/resultaattypen/30000000-0000-4000-8000-000000000001")}),
        );
        self.set(
            "/catalogi/api/v1/resultaattypen/30000000-0000-4000-8000-000000000001",
            json!({"url": format!("{c}/resultaattypen/30000000-0000-4000-8000-000000000001"), "omschrijving": "Toegekend"}),
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
    let (status, body) = {
        let mut s = state.lock().unwrap();
        s.asked.push(target.clone());
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
