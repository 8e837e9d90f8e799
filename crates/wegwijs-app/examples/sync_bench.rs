//! Syncing a person with very many requests (default 1,000) from a
//! provider, side by side with the least any client must do: the same
//! HTTP requests, made one after the other with a plain client and
//! thrown away. Against the fake provider on 127.0.0.1 (`wegwijs-fake-zgw`),
//! so the network costs nothing and what is measured is Wegwijs' own work:
//! JWTs, parsing, the standing of each case, and keeping them (one
//! transaction). Medians of alternated runs; peak memory of the process.
//! `cargo xtask bench` runs it in release mode.
//!
//! `cargo run --release -p wegwijs-app --example sync_bench -- [--cases N] [--runs N]`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use wegwijs_app::{
    CaseSourceInput, MemoryKeyring, ProfileInput, ProfilePatch, SourceAuth, Wegwijs,
};
use wegwijs_fake_zgw::{BSN, PERMIT_TYPE, Provider, SECRET};

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Peak resident memory of this process so far (Linux), in MiB.
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

/// Every URL a sync of `fake`'s `n` cases asks for, in order.
fn urls(fake: &Provider, n: usize) -> Vec<String> {
    let z = fake.zaken_url();
    let c = format!("{}/catalogi/api/v1", fake.origin);
    let mut out = Vec::new();
    for p in 0..n.div_ceil(100).max(1) {
        let q = Provider::cases_query(BSN);
        out.push(if p == 0 {
            format!("{}{q}", fake.origin)
        } else {
            format!("{}{q}&page={}", fake.origin, p + 1)
        });
    }
    out.push(format!("{c}/zaaktypen/{PERMIT_TYPE}"));
    out.push(format!(
        "{c}/statustypen?zaaktype={}",
        urlencode(&format!("{c}/zaaktypen/{PERMIT_TYPE}"))
    ));
    for i in 0..n {
        out.push(format!(
            "{z}/statussen?zaak={}",
            urlencode(&fake.case_url(BSN, 1000 + i))
        ));
    }
    out
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let n = arg("--cases", 1000);
    let runs = arg("--runs", 3);
    let fake = Provider::start().await;
    fake.many(BSN, n);
    fake.accept_bearer("peer token");

    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let app = Wegwijs::open(dir.path(), &ring, None).await.unwrap().app;
    app.save_profile(ProfileInput {
        name: "Ingrid Jansen".into(),
        birth_date: "1972-04-04".into(),
        residence_country: "NL".into(),
        municipality: Some("Arnhem".into()),
        ..Default::default()
    })
    .await
    .unwrap();
    app.update_profile(ProfilePatch {
        bsn: Some(BSN.into()),
        ..Default::default()
    })
    .await
    .unwrap();
    let own = app.act_for(None).await.unwrap();
    let source = CaseSourceInput {
        name: "Gemeente".into(),
        zaken_url: fake.zaken_url(),
        catalogi_url: None,
        auth: Some(SourceAuth::Jwt),
        client_id: Some("wegwijs-test".into()),
    };

    let client = wegwijs_net::client(&wegwijs_net::Policy::default()).unwrap();
    let urls = urls(&fake, n);
    let (mut first, mut again, mut peer, mut list) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        // The plain client: the same requests, answers read and dropped.
        let t = Instant::now();
        for u in &urls {
            let r = client
                .get(u)
                .header("Authorization", "Bearer peer token")
                .send()
                .await
                .unwrap();
            assert!(r.status().is_success(), "{u}");
            let _ = r.bytes().await.unwrap();
        }
        peer.push(t.elapsed());

        // Wegwijs from no cases (every one new), then again (none new).
        let added = own.add_case_source(&source, Some(SECRET)).await.unwrap();
        let t = Instant::now();
        let report = own.sync_cases().await.unwrap();
        first.push(t.elapsed());
        assert!(report.sources.iter().all(|s| s.ok));
        assert_eq!(report.changed.len(), n);
        let t = Instant::now();
        let report = own.sync_cases().await.unwrap();
        again.push(t.elapsed());
        assert!(report.changed.is_empty());
        let t = Instant::now();
        assert_eq!(own.cases().await.unwrap().len(), n);
        list.push(t.elapsed());
        own.remove_case_source(added.id).await.unwrap();
    }
    let peer = median(peer);
    let first = median(first);
    let again = median(again);
    println!("{} HTTP requests for {n} cases", urls.len());
    println!(
        "plain client, same requests: {:>8.0} ms",
        peer.as_secs_f64() * 1e3
    );
    println!(
        "first sync (all new):        {:>8.0} ms ({:.2}x the plain client)",
        first.as_secs_f64() * 1e3,
        first.as_secs_f64() / peer.as_secs_f64()
    );
    println!(
        "sync again (nothing new):    {:>8.0} ms ({:.2}x the plain client)",
        again.as_secs_f64() * 1e3,
        again.as_secs_f64() / peer.as_secs_f64()
    );
    println!(
        "listing {n} cases:           {:>8.1} ms",
        median(list).as_secs_f64() * 1e3
    );
    if let Some(m) = peak_mib() {
        println!("peak memory of the process:  {m:>8.1} MiB");
    }
}
