//! Login against a real OpenID Provider: `oidc-provider` from npm, started
//! here on 127.0.0.1 (tests/e2e/oidc-provider.mjs). The "browser" is an
//! HTTP client with cookies that follows the provider's redirects and
//! finishes its login/consent steps through the script's test route.
//!
//! Skipped (with a message) where Node or the npm package is missing; the
//! project's test command installs both, so CI always runs it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use wegwijs_login::{LoginConfig, LoginError, Provider, discover, loopback, receive_redirect};

struct Server {
    child: Child,
    issuer: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn e2e_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/e2e")
}

fn start_provider() -> Option<Server> {
    let dir = e2e_dir();
    if !dir.join("node_modules/oidc-provider").exists() {
        eprintln!("skipped: run `cargo xtask setup` to install oidc-provider");
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new("node")
        .current_dir(&dir)
        .args(["oidc-provider.mjs", &port.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "listening");
    // Keep reading: the provider prints notices later, and a closed pipe
    // would stop it.
    std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
    Some(Server {
        child,
        issuer: format!("http://127.0.0.1:{port}"),
    })
}

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

/// Follows the provider from the authorization URL to the redirect back to
/// the app, logging in as `user` (or cancelling); returns the query string
/// of the final redirect.
async fn log_in(b: &reqwest::Client, issuer: &str, auth_url: &str, user: Option<&str>) -> String {
    let mut url = auth_url.to_string();
    for _ in 0..10 {
        let r = b.get(&url).send().await.unwrap();
        let location = r
            .headers()
            .get("location")
            .unwrap_or_else(|| panic!("no redirect from {url}: {}", r.status()))
            .to_str()
            .unwrap()
            .to_string();
        let next = if location.starts_with('/') {
            format!("{issuer}{location}")
        } else {
            location
        };
        if let Some((_, query)) = next.split_once("/callback?") {
            return query.to_string();
        }
        url = if next.contains("/interaction/") {
            match user {
                Some(u) => format!("{next}/test?user={u}"),
                None => format!("{next}/test?cancel=1"),
            }
        } else {
            next
        };
    }
    panic!("the provider never redirected back");
}

async fn setup(client_id: &str) -> Option<(Server, Provider)> {
    let server = start_provider()?;
    let provider = discover(&LoginConfig {
        issuer: server.issuer.clone(),
        client_id: client_id.to_string(),
    })
    .await
    .unwrap();
    Some((server, provider))
}

#[tokio::test]
async fn a_normal_login_and_one_acting_for_someone_else() {
    let Some((server, provider)) = setup("wegwijs").await else {
        return;
    };
    let (listener, redirect) = loopback().await.unwrap();
    let (url, pending) = provider.start(&redirect).unwrap();
    assert!(url.contains("code_challenge_method=S256"));
    assert!(url.contains("nonce="));
    // The browser goes to the provider and comes back to the listener.
    let b = browser();
    let query = log_in(&b, &server.issuer, &url, Some("jan")).await;
    let arrived = tokio::spawn(receive_redirect(listener, Duration::from_secs(5)));
    b.get(format!("{redirect}?{query}")).send().await.unwrap();
    let query = arrived.await.unwrap().unwrap();
    let jan = provider.finish(pending, &query).await.unwrap();
    assert_eq!(jan.subject, "jan");
    assert_eq!(jan.name.as_deref(), Some("Jan Jansen"));
    assert_eq!(jan.acting_for, None);
    assert!(!jan.access_token.is_empty());

    let (url, pending) = provider.start("http://127.0.0.1:1/callback").unwrap();
    let query = log_in(&browser(), &server.issuer, &url, Some("ingrid")).await;
    let ingrid = provider.finish(pending, &query).await.unwrap();
    assert_eq!(ingrid.subject, "ingrid");
    assert_eq!(ingrid.acting_for.as_deref(), Some("jan"));
}

#[tokio::test]
async fn a_wrong_state_a_replayed_code_and_a_cancel_are_refused() {
    let Some((server, provider)) = setup("wegwijs").await else {
        return;
    };
    let redirect = "http://127.0.0.1:1/callback";
    let (url, pending) = provider.start(redirect).unwrap();
    let query = log_in(&browser(), &server.issuer, &url, Some("jan")).await;
    let forged = query.replace("state=", "state=x");
    assert!(matches!(
        provider.finish(pending, &forged).await,
        Err(LoginError::StateMismatch)
    ));

    // The same code twice: the second exchange is refused.
    let (url, pending) = provider.start(redirect).unwrap();
    let query = log_in(&browser(), &server.issuer, &url, Some("jan")).await;
    let state = query
        .split('&')
        .find_map(|p| p.strip_prefix("state="))
        .unwrap()
        .to_string();
    provider.finish(pending, &query).await.unwrap();
    let (_, mut again) = provider.start(redirect).unwrap();
    // Pretend the replayed answer belongs to a new login with that state.
    again = wegwijs_login::testing::with_state(again, &state);
    assert!(matches!(
        provider.finish(again, &query).await,
        Err(LoginError::CodeRejected)
    ));

    let (url, pending) = provider.start(redirect).unwrap();
    let query = log_in(&browser(), &server.issuer, &url, None).await;
    assert!(matches!(
        provider.finish(pending, &query).await,
        Err(LoginError::Cancelled)
    ));
}

#[tokio::test]
async fn expired_wrongly_signed_and_other_audience_tokens_are_refused() {
    let Some((server, provider)) = setup("wegwijs").await else {
        return;
    };
    let redirect = "http://127.0.0.1:1/callback";
    // Checked as if two hours later: the one-hour ID token has expired.
    let (url, pending) = provider.start(redirect).unwrap();
    let query = log_in(&browser(), &server.issuer, &url, Some("jan")).await;
    let later = chrono::Utc::now() + chrono::Duration::hours(2);
    assert!(matches!(
        provider.finish_at(pending, &query, Some(later)).await,
        Err(LoginError::InvalidIdToken(_))
    ));

    // A token issued to another app, presented to this one.
    let other = discover(&LoginConfig {
        issuer: server.issuer.clone(),
        client_id: "another-app".into(),
    })
    .await
    .unwrap();
    let (url, pending) = other.start(redirect).unwrap();
    let query = log_in(&browser(), &server.issuer, &url, Some("jan")).await;
    let token = wegwijs_login::testing::id_token(&other, pending, &query).await;
    let (_, ours) = provider.start(redirect).unwrap();
    assert!(matches!(
        wegwijs_login::testing::verify(&provider, &ours, &token),
        Err(LoginError::InvalidIdToken(_))
    ));

    // The same token with its signature altered.
    let (url, pending) = provider.start(redirect).unwrap();
    let query = log_in(&browser(), &server.issuer, &url, Some("jan")).await;
    let nonce_holder = wegwijs_login::testing::clone_pending(&pending);
    let token = wegwijs_login::testing::id_token(&provider, pending, &query).await;
    assert!(wegwijs_login::testing::verify(&provider, &nonce_holder, &token).is_ok());
    // Change a character in the middle of the signature (the last one may
    // only carry padding bits).
    let mut chars: Vec<char> = token.chars().collect();
    let i = chars.len() - 20;
    chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
    let tampered: String = chars.into_iter().collect();
    assert!(matches!(
        wegwijs_login::testing::verify(&provider, &nonce_holder, &tampered),
        Err(LoginError::InvalidIdToken(_))
    ));
}

#[tokio::test]
async fn an_unreachable_provider_is_a_clear_error() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // Nothing listens there any more.
    let r = discover(&LoginConfig {
        issuer: format!("http://127.0.0.1:{port}"),
        client_id: "wegwijs".into(),
    })
    .await;
    assert!(matches!(r, Err(LoginError::Unreachable)));
    assert!(matches!(
        discover(&LoginConfig {
            issuer: "not a url".into(),
            client_id: "wegwijs".into()
        })
        .await,
        Err(LoginError::BadConfig)
    ));
}
