//! The policy against a server on 127.0.0.1 that misbehaves on purpose.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wegwijs_net::{Http, NetError, Policy, Service};

/// What the server does with every request: answer with this (raw HTTP),
/// or wait `delay` first.
#[derive(Clone)]
struct Answer {
    head: String,
    body: Vec<u8>,
    delay: Duration,
}

fn answer(status: &str, body: &[u8]) -> Answer {
    Answer {
        head: format!(
            "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        ),
        body: body.to_vec(),
        delay: Duration::ZERO,
    }
}

/// Starts the server; its base address. The request heads it saw are
/// sent back through the channel.
async fn serve(a: Answer) -> (String, tokio::sync::mpsc::UnboundedReceiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        loop {
            let Ok((mut s, _)) = listener.accept().await else {
                return;
            };
            let a = a.clone();
            let tx = tx.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                let n = s.read(&mut buf).await.unwrap_or(0);
                let _ = tx.send(String::from_utf8_lossy(&buf[..n]).into_owned());
                tokio::time::sleep(a.delay).await;
                let _ = s.write_all(a.head.as_bytes()).await;
                let _ = s.write_all(&a.body).await;
                let _ = s.shutdown().await;
            });
        }
    });
    (format!("http://127.0.0.1:{port}/api/v1"), rx)
}

fn http(base: &str, policy: Policy) -> Http {
    Http::new(Service::parse(base).unwrap(), policy).unwrap()
}

#[derive(Debug, serde::Deserialize, PartialEq)]
struct Page {
    count: u32,
}

#[tokio::test]
async fn a_good_answer_is_read_with_the_headers_given_and_a_user_agent() {
    let (base, mut seen) = serve(answer("200 OK", br#"{"count": 3}"#)).await;
    let h = http(&base, Policy::default());
    let url = h.service().join("zaken?page=1").unwrap();
    let page: Page = h
        .get_json(
            &url,
            &[
                ("Authorization", "Bearer t0ken"),
                ("Accept-Crs", "EPSG:4326"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(page, Page { count: 3 });
    let head = seen.recv().await.unwrap();
    assert!(
        head.starts_with("GET /api/v1/zaken?page=1 HTTP/1.1\r\n"),
        "{head}"
    );
    assert!(head.contains("authorization: Bearer t0ken"), "{head}");
    assert!(head.contains("user-agent: Wegwijs/"), "{head}");
    assert!(!head.to_lowercase().contains("cookie"), "{head}");
}

/// Whether an error is the one a case expects.
type Expect = fn(&NetError) -> bool;

#[tokio::test]
async fn each_failure_says_what_went_wrong() {
    let cases: Vec<(Answer, Expect)> = vec![
        (answer("401 Unauthorized", b"{}"), |e| matches!(e, NetError::Unauthorized)),
        (answer("403 Forbidden", b"{}"), |e| matches!(e, NetError::Unauthorized)),
        (answer("500 Internal Server Error", b"oops"), |e| matches!(e, NetError::Status(500))),
        (answer("200 OK", b"{\"count\": "), |e| matches!(e, NetError::Malformed(_))),
        (answer("200 OK", b"<html>"), |e| matches!(e, NetError::Malformed(_))),
        // A redirect is not followed, not even to the same origin.
        (
            Answer {
                head: "HTTP/1.1 302 Found\r\nLocation: /api/v1/other\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".into(),
                body: Vec::new(),
                delay: Duration::ZERO,
            },
            |e| matches!(e, NetError::Status(302)),
        ),
        // Larger than the cap, by its length or, without one, as it streams.
        (answer("200 OK", &vec![b' '; 2048]), |e| matches!(e, NetError::TooLarge { max: 1024 })),
        (
            Answer {
                head: "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n".into(),
                body: vec![b' '; 4096],
                delay: Duration::ZERO,
            },
            |e| matches!(e, NetError::TooLarge { max: 1024 }),
        ),
    ];
    let policy = Policy {
        max_body: 1024,
        ..Policy::default()
    };
    for (a, expected) in cases {
        let shown = a.head.lines().next().unwrap_or("").to_string();
        let (base, _seen) = serve(a).await;
        let h = http(&base, policy);
        let url = h.service().join("zaken").unwrap();
        let e = h.get_json::<Page>(&url, &[]).await.unwrap_err();
        assert!(expected(&e), "{shown}: {e:?}");
    }
}

#[tokio::test]
async fn a_slow_server_times_out_and_a_closed_port_is_unreachable() {
    let (base, _seen) = serve(Answer {
        delay: Duration::from_secs(30),
        ..answer("200 OK", b"{}")
    })
    .await;
    let h = http(
        &base,
        Policy {
            timeout: Duration::from_millis(300),
            ..Policy::default()
        },
    );
    let started = Instant::now();
    let e = h
        .get_json::<Page>(&h.service().join("zaken").unwrap(), &[])
        .await
        .unwrap_err();
    assert!(matches!(e, NetError::Timeout), "{e:?}");
    assert!(started.elapsed() < Duration::from_secs(10));

    let free = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = free.local_addr().unwrap().port();
    drop(free);
    let h = http(&format!("http://127.0.0.1:{port}/"), Policy::default());
    let e = h
        .get_json::<Page>(&h.service().join("zaken").unwrap(), &[])
        .await
        .unwrap_err();
    assert!(matches!(e, NetError::Unreachable), "{e:?}");
}

#[tokio::test]
async fn a_link_to_another_origin_is_refused_before_any_request() {
    let (base, mut seen) = serve(answer("200 OK", b"{}")).await;
    let h = http(&base, Policy::default());
    let elsewhere = wegwijs_net::Url::parse("http://127.0.0.1:9/api/v1/zaken").unwrap();
    let e = h.get_json::<Page>(&elsewhere, &[]).await.unwrap_err();
    assert!(matches!(e, NetError::OtherOrigin), "{e:?}");
    assert!(seen.try_recv().is_err(), "nothing was sent");
}
