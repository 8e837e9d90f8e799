//! The client against a fake provider on 127.0.0.1 that serves the Zaken
//! and Catalogi endpoints it uses, with awkward data: statuses out of
//! order, an empty `statustekst`, an intern case type, a closed case with
//! a result, a case on page 2; it checks the JWT as a provider would.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wegwijs_core::cases::{Bsn, standing};
use wegwijs_net::{Policy, Service};
use wegwijs_zgw::{Auth, Client, Source, ZgwError};

const SECRET: &str = "zgw test secret";
const BSN: &str = "999993653";

/// Paths with their decoded query, and the JSON each answers with.
type Routes = Arc<Mutex<HashMap<String, Value>>>;

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
fn check_jwt(auth: Option<&str>) -> Result<Value, &'static str> {
    let token = auth
        .and_then(|a| a.strip_prefix("Bearer "))
        .ok_or("no bearer")?;
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

/// Starts the provider; its origin (`http://127.0.0.1:PORT`), and the
/// claims of every request it accepted.
async fn provider(routes: Routes) -> (String, Arc<Mutex<Vec<Value>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (r, s) = (routes.clone(), seen.clone());
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let (routes, seen) = (r.clone(), s.clone());
            tokio::spawn(async move {
                let mut buf = vec![0u8; 16384];
                let n = sock.read(&mut buf).await.unwrap_or(0);
                let head = String::from_utf8_lossy(&buf[..n]).into_owned();
                let target = head.split_whitespace().nth(1).unwrap_or("").to_string();
                let auth = head
                    .lines()
                    .find_map(|l| l.strip_prefix("authorization: "))
                    .map(str::trim);
                let (status, body) = match check_jwt(auth) {
                    Err(why) => ("401 Unauthorized", json!({"detail": why})),
                    Ok(claims) => {
                        seen.lock().unwrap().push(claims);
                        let key = decode(&target);
                        match routes.lock().unwrap().get(&key) {
                            Some(v) => ("200 OK", v.clone()),
                            None => ("404 Not Found", json!({"detail": key})),
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
            });
        }
    });
    (origin, seen)
}

fn page(next: Option<String>, results: Vec<Value>) -> Value {
    json!({"count": results.len(), "next": next, "previous": null, "results": results})
}

/// Three cases of the person: a building permit in progress (statuses out
/// of order, one step without a statustekst), an internal case (hidden),
/// and on page 2 a closed allowance request with its result.
fn seed(o: &str) -> HashMap<String, Value> {
    let z = format!("{o}/zaken/api/v1");
    let c = format!("{o}/catalogi/api/v1");
    let bsn_query = format!(
        "/zaken/api/v1/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn={BSN}"
    );
    let mut r = HashMap::new();
    r.insert(
        bsn_query.clone(),
        page(
            Some(format!("{z}/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn={BSN}&page=2")),
            vec![
                json!({"url": format!("{z}/zaken/a"), "identificatie": "ZAAK-2026-0042", "omschrijving": "Dakkapel aan de achterkant",
                       "zaaktype": format!("{c}/zaaktypen/omgeving"), "registratiedatum": "2026-11-02",
                       "einddatum": null, "uiterlijkeEinddatumAfdoening": "2026-12-28", "resultaat": null}),
                json!({"url": format!("{z}/zaken/b"), "identificatie": "INTERN-7", "omschrijving": "Interne toets",
                       "zaaktype": format!("{c}/zaaktypen/intern"), "registratiedatum": "2026-11-03",
                       "einddatum": null, "uiterlijkeEinddatumAfdoening": null, "resultaat": null}),
            ],
        ),
    );
    r.insert(
        format!("{bsn_query}&page=2"),
        page(
            None,
            vec![json!({"url": format!("{z}/zaken/c"), "identificatie": "ZAAK-2026-0007", "omschrijving": "",
                        "zaaktype": format!("{c}/zaaktypen/wmo"), "registratiedatum": "2026-09-01",
                        "einddatum": "2026-10-15", "resultaat": format!("{z}/resultaten/c")})],
        ),
    );
    for (id, extern_, omschrijving, doorlooptijd) in [
        ("omgeving", "extern", "Omgevingsvergunning", "P8W"),
        ("intern", "intern", "Intern", "P2W"),
        ("wmo", "extern", "Aanvraag Wmo-voorziening", "P56D"),
    ] {
        r.insert(
            format!("/catalogi/api/v1/zaaktypen/{id}"),
            json!({"url": format!("{c}/zaaktypen/{id}"), "omschrijving": omschrijving,
                   "indicatieInternOfExtern": extern_, "doorlooptijd": doorlooptijd}),
        );
    }
    let st = |id: &str, n: i64, omschrijving: &str, tekst: &str, informeren: bool| {
        json!({"url": format!("{c}/statustypen/{id}"), "omschrijving": omschrijving, "statustekst": tekst,
               "volgnummer": n, "informeren": informeren, "zaaktype": format!("{c}/zaaktypen/omgeving")})
    };
    r.insert(
        format!("/catalogi/api/v1/statustypen?zaaktype={c}/zaaktypen/omgeving"),
        page(
            None,
            vec![
                st("o3", 3, "Besluit", "Er is een besluit", true),
                st(
                    "o1",
                    1,
                    "Ontvangen",
                    "We hebben je aanvraag ontvangen",
                    true,
                ),
                st("o2", 2, "In behandeling", "", false),
            ],
        ),
    );
    r.insert(
        format!("/catalogi/api/v1/statustypen?zaaktype={c}/zaaktypen/wmo"),
        page(
            None,
            vec![
                st("w1", 1, "Ontvangen", "Ontvangen", true),
                st("w2", 2, "Afgehandeld", "Klaar", true),
            ],
        ),
    );
    r.insert(
        format!("/zaken/api/v1/statussen?zaak={z}/zaken/a"),
        page(
            None,
            vec![
                json!({"statustype": format!("{c}/statustypen/o2"), "datumStatusGezet": "2026-11-20T10:00:00Z"}),
                json!({"statustype": format!("{c}/statustypen/o1"), "datumStatusGezet": "2026-11-02T09:30:00Z"}),
            ],
        ),
    );
    r.insert(
        format!("/zaken/api/v1/statussen?zaak={z}/zaken/c"),
        page(
            None,
            vec![
                json!({"statustype": format!("{c}/statustypen/w1"), "datumStatusGezet": "2026-09-01T08:00:00"}),
                json!({"statustype": format!("{c}/statustypen/w2"), "datumStatusGezet": "2026-10-15T14:00:00+02:00"}),
            ],
        ),
    );
    r.insert(
        "/zaken/api/v1/resultaten/c".into(),
        json!({"url": format!("{z}/resultaten/c"), "resultaattype": format!("{c}/resultaattypen/toegekend")}),
    );
    r.insert(
        "/catalogi/api/v1/resultaattypen/toegekend".into(),
        json!({"url": format!("{c}/resultaattypen/toegekend"), "omschrijving": "Toegekend"}),
    );
    r
}

fn client(origin: &str, secret: &str) -> Client {
    Client::new(
        Source {
            zaken: Service::parse(&format!("{origin}/zaken/api/v1")).unwrap(),
            catalogi: None,
            auth: Auth::Jwt {
                client_id: "wegwijs-test".into(),
                secret: secret.into(),
            },
        },
        Policy::default(),
    )
    .unwrap()
}

#[tokio::test]
async fn a_persons_cases_come_with_their_steps_and_result_and_internal_ones_stay_out() {
    let routes: Routes = Arc::default();
    let (origin, seen) = provider(routes.clone()).await;
    *routes.lock().unwrap() = seed(&origin);
    let bsn = Bsn::parse(BSN).unwrap();
    let cases = client(&origin, SECRET)
        .cases_of(&bsn, "device-owner", "")
        .await
        .unwrap();

    let refs: Vec<&str> = cases.iter().map(|c| c.reference.as_str()).collect();
    assert_eq!(
        refs,
        ["ZAAK-2026-0042", "ZAAK-2026-0007"],
        "the intern case is left out; page 2 is read"
    );
    let permit = &cases[0];
    assert_eq!(permit.title, "Dakkapel aan de achterkant");
    assert_eq!(permit.term_weeks, Some(8));
    assert_eq!(permit.due, Some(jiff::civil::date(2026, 12, 28)));
    assert_eq!(permit.ended, None);
    let s = standing(&permit.statuses, &permit.status_types);
    assert_eq!(s.status.as_deref(), Some("In behandeling"));
    let steps: Vec<(&str, bool)> = s.steps.iter().map(|s| (s.text.as_str(), s.done)).collect();
    assert_eq!(
        steps,
        [
            ("We hebben je aanvraag ontvangen", true),
            ("In behandeling", true),
            ("Er is een besluit", false)
        ]
    );

    let wmo = &cases[1];
    assert_eq!(
        wmo.title, "Aanvraag Wmo-voorziening",
        "no description: the type's"
    );
    assert_eq!(wmo.ended, Some(jiff::civil::date(2026, 10, 15)));
    assert_eq!(wmo.result.as_deref(), Some("Toegekend"));
    assert_eq!(wmo.term_weeks, Some(8), "P56D");
    let s = standing(&wmo.statuses, &wmo.status_types);
    assert_eq!(s.status.as_deref(), Some("Klaar"));
    assert_eq!(s.steps[0].date, Some(jiff::civil::date(2026, 9, 1)));

    let claims = seen.lock().unwrap();
    assert!(!claims.is_empty());
    for c in claims.iter() {
        assert_eq!(c["iss"], "wegwijs-test");
        assert_eq!(c["client_id"], "wegwijs-test");
        assert_eq!(c["user_id"], "device-owner");
        assert!(c["iat"].as_i64().is_some());
    }
}

#[tokio::test]
async fn a_wrong_secret_and_a_next_link_elsewhere_are_errors_not_empty_lists() {
    let routes: Routes = Arc::default();
    let (origin, _) = provider(routes.clone()).await;
    *routes.lock().unwrap() = seed(&origin);
    let bsn = Bsn::parse(BSN).unwrap();
    let e = client(&origin, "wrong secret")
        .cases_of(&bsn, "device-owner", "")
        .await
        .unwrap_err();
    assert!(
        matches!(e, ZgwError::Net(wegwijs_net::NetError::Unauthorized)),
        "{e:?}"
    );

    let first = format!(
        "/zaken/api/v1/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn={BSN}"
    );
    routes.lock().unwrap().insert(
        first,
        page(
            Some("https://elders.example.nl/zaken?page=2".into()),
            vec![],
        ),
    );
    let e = client(&origin, SECRET)
        .cases_of(&bsn, "device-owner", "")
        .await
        .unwrap_err();
    assert!(
        matches!(e, ZgwError::Net(wegwijs_net::NetError::OtherOrigin)),
        "{e:?}"
    );

    // A next link that comes round again: a loop, stopped.
    let first = format!(
        "/zaken/api/v1/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn={BSN}"
    );
    routes.lock().unwrap().insert(
        first.clone(),
        page(Some(format!("{origin}{first}")), vec![]),
    );
    let e = client(&origin, SECRET)
        .cases_of(&bsn, "device-owner", "")
        .await
        .unwrap_err();
    assert!(matches!(e, ZgwError::TooManyPages), "{e:?}");

    // A list that is JSON but not ZGW.
    routes.lock().unwrap().insert(
        format!(
            "/zaken/api/v1/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn={BSN}"
        ),
        json!({"zaken": []}),
    );
    let e = client(&origin, SECRET)
        .cases_of(&bsn, "device-owner", "")
        .await
        .unwrap_err();
    assert!(matches!(e, ZgwError::NotZgw(_)), "{e:?}");
}
