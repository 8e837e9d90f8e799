//! The client's requests as the specs say they must be: the real client
//! syncs through Prism (5.14.2, `prism proxy --errors`), one in front of
//! each API of the fake provider, which refuses any request the Zaken
//! 1.7 or Catalogi 1.4 OpenAPI file does not allow (a missing required
//! header, a path parameter that is not a UUID, a query parameter of the
//! wrong type). The fake's answers link to the proxies, so every request
//! the client makes, `next` pages and case types included, goes through
//! them. Prism checks requests, not every part of an answer's body: that
//! the client reads the answers right is `tests/sync.rs`.
//!
//! `cargo xtask test` runs it with `WEGWIJS_PRISM` naming the prism
//! binary it installed; without it the test is skipped.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use wegwijs_core::cases::Bsn;
use wegwijs_fake_zgw::{BSN, Provider, SECRET};
use wegwijs_net::{Policy, Service};
use wegwijs_zgw::{Auth, Client, Source};

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A copy of `spec` without references to other APIs' files.
fn patched(spec: &str, dir: &Path) -> std::path::PathBuf {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/specs")
            .join(spec),
    )
    .unwrap();
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        match line.find("$ref: '../") {
            Some(i) => {
                out.push_str(&line[..i]);
                out.push_str("type: object");
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    let path = dir.join(spec);
    std::fs::write(&path, out).unwrap();
    path
}

fn prism(bin: &str, spec: &Path, upstream: &str, port: u16, log: &Path) -> Killed {
    let log = std::fs::File::create(log).unwrap();
    Killed(
        Command::new(bin)
            .args([
                "proxy",
                "--errors",
                "-h",
                "127.0.0.1",
                "-p",
                &port.to_string(),
            ])
            .arg(spec)
            .arg(upstream)
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .stdin(Stdio::null())
            .spawn()
            .expect("prism starts"),
    )
}

fn wait_for(port: u16) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "prism did not start"
        );
        std::thread::sleep(Duration::from_millis(250));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_request_of_a_sync_is_one_the_specs_allow() {
    let Ok(bin) = std::env::var("WEGWIJS_PRISM") else {
        eprintln!("skipped: set WEGWIJS_PRISM to a prism 5.14.2 binary");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (zp, cp) = (free_port(), free_port());
    let zaken = format!("http://127.0.0.1:{zp}");
    let catalogi = format!("http://127.0.0.1:{cp}");
    let fake = Provider::start_behind(Some((zaken.clone(), catalogi.clone()))).await;
    let _z = prism(
        &bin,
        &patched("zaken-api-1.7.0-openapi.yaml", dir.path()),
        &format!("{}/zaken/api/v1", fake.origin),
        zp,
        &dir.path().join("zaken.log"),
    );
    let _c = prism(
        &bin,
        &patched("catalogi-api-1.4.0-openapi.yaml", dir.path()),
        &format!("{}/catalogi/api/v1", fake.origin),
        cp,
        &dir.path().join("catalogi.log"),
    );
    tokio::task::spawn_blocking(move || {
        wait_for(zp);
        wait_for(cp);
    })
    .await
    .unwrap();

    let client = Client::new(
        Source {
            zaken: Service::parse(&zaken).unwrap(),
            catalogi: Some(Service::parse(&catalogi).unwrap()),
            auth: Auth::Jwt {
                client_id: "wegwijs-test".into(),
                secret: SECRET.into(),
            },
        },
        Policy::default(),
    )
    .unwrap();
    let result = client.cases_of(&Bsn::parse(BSN).unwrap(), BSN, "").await;
    let logs = || {
        ["zaken.log", "catalogi.log"]
            .iter()
            .map(|f| std::fs::read_to_string(dir.path().join(f)).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let cases = result.unwrap_or_else(|e| panic!("{e:?}; prism said:\n{}", logs()));
    assert_eq!(cases.len(), 2, "through the proxies as directly");
    let asked = fake.asked();
    assert!(
        asked.iter().any(|a| a.contains("page=2"))
            && asked.iter().any(|a| a.contains("statustypen"))
            && asked.iter().any(|a| a.contains("resultaattypen")),
        "every kind of request went through: {asked:?}"
    );
    assert!(
        !logs().contains("UNPROCESSABLE_ENTITY"),
        "a request the specs refuse:\n{}",
        logs()
    );
}
