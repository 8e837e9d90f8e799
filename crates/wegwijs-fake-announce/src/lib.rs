//! Fake PDOK Locatieserver and KOOP SRU services for tests, on 127.0.0.1.
//!
//! The answers have the shapes that `crates/wegwijs-announce/tests/fixtures`
//! documents (where each comes from is in its README). Dates are counted
//! from the query's `dt.modified>=` date, so a test on any clock gets
//! announcements from the weeks it asked for, with a last day to respond
//! ten days after the first check's today.
//!
//! The default data, around Domplein 1 in Utrecht (52.09069 N, 5.12138 E),
//! comes in pages of three whatever `maximumRecords` asks (the real service
//! caps it too): eight records over three pages, one of them twice, one
//! with an area only, one with several markers, one 1.5 km away.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, Mutex};

use jiff::ToSpan;
use jiff::civil::Date;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Domplein 1, Utrecht.
pub const HOME: (f64, f64) = (52.09069, 5.12138);
/// The default data's page size.
pub const PAGE: usize = 3;

/// How the fake answers the SRU requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The default data, paged.
    Normal,
    /// One record only.
    Single,
    /// `n` records in the circle, in pages of 100 (a busy city centre).
    Many(usize),
    /// A CQL diagnostic in an HTTP 200.
    Diagnostic,
    /// 429 for every request.
    Busy,
    /// 429 for the first `n` requests of the second page, then normal.
    BusyOnPage2(u32),
    /// 500 from the second page on: the first page is kept.
    FailOnPage2,
    /// 500 for every request, PDOK's too.
    Fail,
    /// `200 OK` with a body that is neither XML nor JSON.
    Malformed,
}

#[derive(Debug)]
struct State {
    mode: Mode,
    /// Every request's path and query, decoded.
    asked: Vec<String>,
    busy_left: u32,
}

/// A running fake; it stops with the runtime it runs on.
#[derive(Debug, Clone)]
pub struct Fake {
    /// `http://127.0.0.1:PORT`
    pub origin: String,
    state: Arc<Mutex<State>>,
}

impl Fake {
    pub async fn start() -> Fake {
        Self::start_on(0).await
    }

    /// On `port` (0: any free one).
    pub async fn start_on(port: u16) -> Fake {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        let origin = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let fake = Fake {
            origin,
            state: Arc::new(Mutex::new(State {
                mode: Mode::Normal,
                asked: Vec::new(),
                busy_left: 0,
            })),
        };
        let state = fake.state.clone();
        tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else {
                    return;
                };
                tokio::spawn(serve(sock, state.clone()));
            }
        });
        fake
    }

    /// [`Fake::start`] on a runtime of its own, for tests that run the
    /// `wegwijs` program and wait for it.
    pub fn start_in_thread() -> Fake {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                tx.send(Fake::start().await).unwrap();
                std::future::pending::<()>().await;
            });
        });
        rx.recv().unwrap()
    }

    pub fn pdok_url(&self) -> String {
        format!("{}/bzk/locatieserver/search/v3_1", self.origin)
    }

    pub fn sru_url(&self) -> String {
        format!("{}/sru", self.origin)
    }

    pub fn set_mode(&self, mode: Mode) {
        let mut s = self.state.lock().unwrap();
        s.mode = mode;
        s.busy_left = match mode {
            Mode::BusyOnPage2(n) => n,
            _ => 0,
        };
    }

    /// Every request so far (path and decoded query).
    pub fn asked(&self) -> Vec<String> {
        self.state.lock().unwrap().asked.clone()
    }
}

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = std::str::from_utf8(b.get(i + 1..i + 3).unwrap_or(b"")).unwrap_or("");
                if let Ok(v) = u8::from_str_radix(hex, 16) {
                    out.push(v);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The query's parameters, decoded, in order.
fn params(target: &str) -> Vec<(String, String)> {
    let query = target.split_once('?').map(|(_, q)| q).unwrap_or("");
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn param<'a>(ps: &'a [(String, String)], name: &str) -> Option<&'a str> {
    ps.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

async fn serve(mut sock: tokio::net::TcpStream, state: Arc<Mutex<State>>) {
    let mut buf = vec![0u8; 16384];
    let n = sock.read(&mut buf).await.unwrap_or(0);
    let head = String::from_utf8_lossy(&buf[..n]).into_owned();
    let target = head.split_whitespace().nth(1).unwrap_or("").to_string();
    // A connection that sends nothing (a readiness probe) is no request.
    if target.is_empty() {
        return;
    }
    let path = target.split('?').next().unwrap_or("").to_string();
    let ps = params(&target);
    let (status, kind, body) = answer(&state, &path, &ps, &target);
    let answer = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = sock.write_all(answer.as_bytes()).await;
    let _ = sock.shutdown().await;
}

const XML: &str = "application/xml";
const JSON: &str = "application/json";

fn answer(
    state: &Arc<Mutex<State>>,
    path: &str,
    ps: &[(String, String)],
    target: &str,
) -> (&'static str, &'static str, String) {
    let mut s = state.lock().unwrap();
    if let Some(name) = path.strip_prefix("/_mode/") {
        s.mode = match name {
            "single" => Mode::Single,
            "diagnostic" => Mode::Diagnostic,
            "busy" => Mode::Busy,
            "fail" => Mode::Fail,
            "malformed" => Mode::Malformed,
            "many" => Mode::Many(2000),
            _ => Mode::Normal,
        };
        return ("200 OK", JSON, "{}".into());
    }
    if path == "/_asked" {
        return ("200 OK", JSON, s.asked.len().to_string());
    }
    s.asked.push(decode(target));
    if s.mode == Mode::Fail {
        return (
            "500 Internal Server Error",
            "text/html",
            "<h1>Storing</h1>".into(),
        );
    }
    if path == "/bzk/locatieserver/search/v3_1/free" {
        return ("200 OK", JSON, pdok(ps));
    }
    if path != "/sru" {
        return (
            "404 Not Found",
            "text/html",
            "<h1>Niet gevonden</h1>".into(),
        );
    }
    let cql = param(ps, "query").unwrap_or("");
    let start: usize = param(ps, "startRecord")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let max: usize = param(ps, "maximumRecords")
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let since = cql
        .split("dt.modified>=")
        .nth(1)
        .and_then(|r| r.get(..10))
        .and_then(|d| d.parse::<Date>().ok());
    let circle = circle(cql);
    let (Some(since), Some(circle)) = (since, circle) else {
        return ("200 OK", XML, DIAGNOSTIC.into());
    };
    match s.mode {
        Mode::Diagnostic => return ("200 OK", XML, DIAGNOSTIC.into()),
        Mode::Busy => {
            return (
                "429 Too Many Requests",
                "text/plain",
                "Too many requests".into(),
            );
        }
        Mode::Malformed => return ("200 OK", XML, "<html><body>Onderhoud".into()),
        Mode::BusyOnPage2(_) if start > 1 && s.busy_left > 0 => {
            s.busy_left -= 1;
            return (
                "429 Too Many Requests",
                "text/plain",
                "Too many requests".into(),
            );
        }
        Mode::FailOnPage2 if start > 1 => {
            return (
                "500 Internal Server Error",
                "text/html",
                "<h1>Storing</h1>".into(),
            );
        }
        _ => {}
    }
    let (all, page) = match s.mode {
        Mode::Single => (vec![data(since).remove(0)], max.min(PAGE)),
        Mode::Many(n) => (many(since, circle, n), max.min(100)),
        _ => (data(since), max.min(PAGE)),
    };
    ("200 OK", XML, sru_page(&all, start, page))
}

/// The circle of `w.locatiepunt within/etrs89 "LAT LON KM"`.
fn circle(cql: &str) -> Option<(f64, f64, f64)> {
    let rest = cql.split("within/etrs89").nth(1)?;
    let inner = rest.split('"').nth(1)?;
    let mut it = inner.split_whitespace().map(|v| v.parse::<f64>().ok());
    Some((it.next()??, it.next()??, it.next()??))
}

const DIAGNOSTIC: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><searchRetrieveResponse xmlns="http://docs.oasis-open.org/ns/search-ws/sruResponse" xmlns:ns3="http://docs.oasis-open.org/ns/search-ws/diagnostic"><version>2.0</version><diagnostics><ns3:diagnostic><ns3:uri>info:srw/diagnostic/1/10</ns3:uri><ns3:message>Query syntax error</ns3:message></ns3:diagnostic></diagnostics></searchRetrieveResponse>"#;

/// An address book of one street: Domplein 1 and 1A; for any other number
/// in 3512JC the fuzzy search answers with Domplein 2, as the real one
/// answers with a neighbour.
fn pdok(ps: &[(String, String)]) -> String {
    let fq: Vec<&str> = ps
        .iter()
        .filter(|(k, _)| k == "fq")
        .map(|(_, v)| v.as_str())
        .collect();
    let has = |v: &str| fq.contains(&v);
    let doc = |name: &str, number: u32, letter: Option<&str>, lon: f64, lat: f64| {
        let mut d = serde_json::json!({
            "bron": "BAG", "type": "adres", "weergavenaam": name,
            "id": format!("adr-{number}{}", letter.unwrap_or("")),
            "centroide_ll": format!("POINT({lon} {lat})"),
            "centroide_rd": "POINT(136013.218 455854.461)",
            "postcode": "3512JC", "huisnummer": number,
            "straatnaam": "Domplein", "woonplaatsnaam": "Utrecht", "gemeentenaam": "Utrecht",
        });
        if let Some(l) = letter {
            d["huisletter"] = l.into();
        }
        d
    };
    let docs = if has("type:adres") && has("postcode:3512JC") {
        if has("huisnummer:1") {
            vec![
                doc("Domplein 1, 3512JC Utrecht", 1, None, HOME.1, HOME.0),
                doc(
                    "Domplein 1A, 3512JC Utrecht",
                    1,
                    Some("A"),
                    5.12140,
                    52.09070,
                ),
            ]
        } else {
            vec![doc(
                "Domplein 2, 3512JC Utrecht",
                2,
                None,
                5.12150,
                52.09080,
            )]
        }
    } else {
        Vec::new()
    };
    serde_json::json!({"response": {"numFound": docs.len(), "start": 0, "maxScore": 9.1, "numFoundExact": true, "docs": docs}})
        .to_string()
}

/// A point `north` and `east` metres from the home address, "lat lon".
fn at(north: f64, east: f64) -> String {
    let lat = HOME.0 + north / 111_195.0;
    let lon = HOME.1 + east / (111_195.0 * HOME.0.to_radians().cos());
    format!("{lat:.6} {lon:.6}")
}

struct Rec {
    id: String,
    title: String,
    abstract_: Option<String>,
    kind_type: &'static str,
    activiteit: Option<&'static str>,
    creator: &'static str,
    available: Date,
    respond_by: Option<Date>,
    markers: Vec<String>,
}

fn punt(north: f64, east: f64) -> String {
    format!(
        "<overheidwetgeving:Punt><overheidwetgeving:locatiepunt>{}</overheidwetgeving:locatiepunt></overheidwetgeving:Punt>",
        at(north, east)
    )
}

fn adres(north: f64, east: f64) -> String {
    format!(
        "<overheidwetgeving:Adres><overheidwetgeving:postcodeHuisnummer>3512JC 3</overheidwetgeving:postcodeHuisnummer><overheidwetgeving:locatiepunt>{}</overheidwetgeving:locatiepunt></overheidwetgeving:Adres>",
        at(north, east)
    )
}

/// A block about 140 by 220 m, 180 m east of the address (WKT lon lat).
fn vlak() -> String {
    let (lat, lon) = (52.0900, 5.1240);
    format!(
        "<overheidwetgeving:Vlak><overheidwetgeving:locatiegebied>POLYGON(({lon:.4} {lat:.4}, {:.4} {lat:.4}, {:.4} {:.4}, {lon:.4} {:.4}, {lon:.4} {lat:.4}))</overheidwetgeving:locatiegebied><overheidwetgeving:geometrielabel>Lepelenburg</overheidwetgeving:geometrielabel></overheidwetgeving:Vlak>",
        lon + 0.002,
        lon + 0.002,
        lat + 0.002,
        lat + 0.002
    )
}

fn gemeente() -> String {
    "<overheidwetgeving:Gemeente><overheidwetgeving:gemeentenaam>Utrecht</overheidwetgeving:gemeentenaam></overheidwetgeving:Gemeente>".into()
}

fn day(since: Date, n: i64) -> Date {
    since.checked_add(n.days()).unwrap_or(since)
}

/// The default data: as a page sequence, with one record twice.
fn data(since: Date) -> Vec<Rec> {
    let rec = |id: &str,
               title: &str,
               abstract_: Option<&str>,
               kind_type,
               activiteit,
               creator,
               d: i64,
               respond: Option<i64>,
               markers: Vec<String>| Rec {
        id: id.into(),
        title: title.into(),
        abstract_: abstract_.map(str::to_string),
        kind_type,
        activiteit,
        creator,
        available: day(since, d),
        respond_by: respond.map(|r| day(since, r)),
        markers,
    };
    vec![
        rec(
            "gmb-2026-500001",
            "Omgevingsvergunning Domplein 3",
            Some(
                "Aanvraag omgevingsvergunning voor het verbouwen van een winkel tot vier woningen, Domplein 3",
            ),
            "omgevingsvergunning",
            Some("bouwen"),
            "Utrecht",
            30,
            Some(52),
            vec![adres(120.0, 0.0)],
        ),
        rec(
            "gmb-2026-500002",
            "Kapvergunning bomen Park Lepelenburg",
            None,
            "ander besluit",
            None,
            "Utrecht",
            25,
            None,
            vec![vlak()],
        ),
        rec(
            "gmb-2026-500003",
            "Verkeersbesluit parkeerplaatsen Achter de Dom",
            Some(
                "Verkeersbesluit: twee parkeerplaatsen voor elektrische auto's, Achter de Dom en Servetstraat",
            ),
            "verkeersbesluit",
            Some("verkeer"),
            "Utrecht",
            20,
            None,
            vec![gemeente(), punt(1400.0, 1400.0), punt(-212.0, -212.0)],
        ),
        rec(
            "gmb-2026-500004",
            "Evenementenvergunning Maliebaan",
            None,
            "evenementenvergunning",
            Some("evenement"),
            "Utrecht",
            15,
            None,
            vec![punt(1500.0, 0.0)],
        ),
        rec(
            "prb-2026-7001",
            "Ontwerpbesluit vergunning Wet natuurbescherming Singel",
            Some("Ontwerpbesluit: een vergunning voor werk aan de kademuren van de Singel"),
            "ontwerpbesluit",
            Some("natuur"),
            "Provincie Utrecht",
            10,
            Some(54),
            vec![punt(0.0, -450.0)],
        ),
        rec(
            "gmb-2026-500006",
            "Kapvergunning één iep Domstraat",
            None,
            "kapvergunning",
            Some("kappen"),
            "Utrecht",
            5,
            None,
            vec![punt(-250.0, 0.0)],
        ),
        rec(
            "gmb-2026-500001",
            "Omgevingsvergunning Domplein 3",
            Some(
                "Aanvraag omgevingsvergunning voor het verbouwen van een winkel tot vier woningen, Domplein 3",
            ),
            "omgevingsvergunning",
            Some("bouwen"),
            "Utrecht",
            30,
            Some(52),
            vec![adres(120.0, 0.0)],
        ),
        rec(
            "gmb-2026-500008",
            "Melding evenement Domplein",
            None,
            "melding",
            Some("evenement"),
            "Utrecht",
            35,
            None,
            vec![adres(0.0, 60.0)],
        ),
    ]
}

/// `n` records spread over the circle (a sunflower pattern, so every
/// distance and direction occurs), half with a last day to respond.
fn many(since: Date, circle: (f64, f64, f64), n: usize) -> Vec<Rec> {
    let r_m = circle.2 * 1000.0;
    (0..n)
        .map(|i| {
            let f = i as f64;
            let r = r_m * 0.98 * ((f + 0.5) / n as f64).sqrt();
            let a = f * 2.399_963;
            Rec {
                id: format!("gmb-2026-{:06}", 600_000 + i),
                title: format!("Omgevingsvergunning {}", i + 1),
                abstract_: Some(format!(
                    "Aanvraag omgevingsvergunning nummer {} voor het plaatsen van een dakkapel",
                    i + 1
                )),
                kind_type: "omgevingsvergunning",
                activiteit: Some(["bouwen", "kappen", "verkeer", "evenement"][i % 4]),
                creator: "Utrecht",
                available: day(since, (i % 42) as i64),
                respond_by: (i % 2 == 0).then(|| day(since, 52)),
                markers: vec![punt(r * a.sin(), r * a.cos())],
            }
        })
        .collect()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn sru_page(all: &[Rec], start: usize, size: usize) -> String {
    let from = start.saturating_sub(1).min(all.len());
    let to = (from + size.max(1)).min(all.len());
    let mut x = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse" xmlns:gzd="http://standaarden.overheid.nl/sru" xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:c="http://standaarden.overheid.nl/collectie/"><sru:version>2.0</sru:version>"#,
    );
    x.push_str(&format!(
        "<sru:numberOfRecords>{}</sru:numberOfRecords><sru:records>",
        all.len()
    ));
    for (i, r) in all[from..to].iter().enumerate() {
        let abstract_ = r
            .abstract_
            .as_deref()
            .map(|a| format!("<dcterms:abstract>{}</dcterms:abstract>", esc(a)))
            .unwrap_or_default();
        let activiteit = r
            .activiteit
            .map(|a| format!(r#"<overheidwetgeving:activiteit scheme="OVERHEIDop.Activiteit">{a}</overheidwetgeving:activiteit>"#))
            .unwrap_or_default();
        let respond = r
            .respond_by
            .map(|d| format!("<overheidwetgeving:datumEindeReactietermijn>{d}</overheidwetgeving:datumEindeReactietermijn>"))
            .unwrap_or_default();
        let markers: String = r
            .markers
            .iter()
            .map(|m| format!(r#"<overheidwetgeving:gebiedsmarkering scheme="OVERHEIDop.locatietype">{m}</overheidwetgeving:gebiedsmarkering>"#))
            .collect();
        x.push_str(&format!(
            r#"<sru:record><sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema><sru:recordPacking>xml</sru:recordPacking><sru:recordData><gzd:gzd><gzd:originalData><overheidwetgeving:meta><overheidwetgeving:owmskern><dcterms:identifier>{id}</dcterms:identifier><dcterms:title>{title}</dcterms:title><dcterms:language>nl</dcterms:language><dcterms:type scheme="OVERHEIDop.Rubriek">{kind}</dcterms:type><dcterms:creator scheme="OVERHEID.Gemeente">{creator}</dcterms:creator><dcterms:modified>{d}</dcterms:modified></overheidwetgeving:owmskern><overheidwetgeving:owmsmantel><dcterms:available>{d}</dcterms:available>{abstract_}</overheidwetgeving:owmsmantel><overheidwetgeving:tpmeta><c:product-area>officielepublicaties</c:product-area>{activiteit}{respond}{markers}</overheidwetgeving:tpmeta></overheidwetgeving:meta></gzd:originalData><gzd:enrichedData><gzd:url>https://repository.overheid.nl/frbr/officielepublicaties/gmb/2026/{id}/1/xml/{id}.xml</gzd:url><gzd:preferredUrl>https://zoek.officielebekendmakingen.nl/{id}.html</gzd:preferredUrl></gzd:enrichedData></gzd:gzd></sru:recordData><sru:recordPosition>{pos}</sru:recordPosition></sru:record>"#,
            id = esc(&r.id),
            title = esc(&r.title),
            kind = r.kind_type,
            creator = esc(r.creator),
            d = r.available,
            pos = from + i + 1,
        ));
    }
    x.push_str("</sru:records>");
    if to < all.len() {
        x.push_str(&format!(
            "<sru:nextRecordPosition>{}</sru:nextRecordPosition>",
            to + 1
        ));
    }
    x.push_str("</sru:searchRetrieveResponse>");
    x
}
