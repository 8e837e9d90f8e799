//! Test support, never in a shipped build.
//!
//! [`TestProvider`] runs a real OpenID Provider for tests: the certified
//! `oidc-provider` package from npm (tests/e2e/oidc-provider.mjs) on
//! 127.0.0.1. [`log_in`] is the "browser": an HTTP client with cookies
//! that follows the provider's redirects and finishes its login and consent
//! steps through the script's test route.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use super::*;

pub fn with_state(p: Pending, state: &str) -> Pending {
    Pending {
        state: CsrfToken::new(state.to_string()),
        ..p
    }
}

pub fn clone_pending(p: &Pending) -> Pending {
    Pending {
        pkce: PkceCodeVerifier::new(p.pkce.secret().clone()),
        state: p.state.clone(),
        nonce: p.nonce.clone(),
        redirect: p.redirect.clone(),
    }
}

/// Exchanges the code and returns the raw ID token, unverified.
pub async fn id_token(provider: &Provider, pending: Pending, query: &str) -> String {
    let code = query_param(query, "code").unwrap_or_default();
    let client = provider.client(&pending.redirect);
    let Ok(request) = client.exchange_code(AuthorizationCode::new(code)) else {
        panic!("the provider has no token endpoint");
    };
    let token = request
        .set_pkce_verifier(pending.pkce)
        .request_async(&provider.http)
        .await
        .unwrap_or_else(|e| panic!("exchange failed: {e}"));
    token.id_token().map(|t| t.to_string()).unwrap_or_default()
}

/// Verifies a raw ID token as `finish` does.
pub fn verify(provider: &Provider, pending: &Pending, token: &str) -> Result<()> {
    let parsed: openidconnect::core::CoreIdToken = token
        .parse()
        .map_err(|e: serde_json::Error| LoginError::InvalidIdToken(e.to_string()))?;
    let client = provider.client(&pending.redirect);
    parsed
        .claims(&client.id_token_verifier(), &pending.nonce)
        .map(|_| ())
        .map_err(|e| LoginError::InvalidIdToken(e.to_string()))
}

/// A running test provider; stopped when dropped.
#[derive(Debug)]
pub struct TestProvider {
    child: Child,
    pub issuer: String,
}

impl Drop for TestProvider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl TestProvider {
    /// Starts the provider script in `e2e_dir` (where its node_modules
    /// are). `None`, with a message, where Node or the package is missing;
    /// the project's test command installs both, so CI always runs it.
    pub fn start(e2e_dir: &Path) -> Option<TestProvider> {
        if !e2e_dir.join("node_modules/oidc-provider").exists() {
            eprintln!("skipped: run `cargo xtask setup` to install oidc-provider");
            return None;
        }
        let port = free_port();
        let mut child = Command::new("node")
            .current_dir(e2e_dir)
            .args(["oidc-provider.mjs", &port.to_string()])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let mut out = BufReader::new(child.stdout.take()?);
        let mut line = String::new();
        out.read_line(&mut line).ok()?;
        assert_eq!(line.trim(), "listening");
        // Keep reading: the provider prints notices later, and a closed
        // pipe would stop it.
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        Some(TestProvider {
            child,
            issuer: format!("http://127.0.0.1:{port}"),
        })
    }
}

/// A loopback port nothing listens on (right now).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A browser: keeps cookies, follows nothing by itself.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

/// Follows the provider from the authorization URL to the redirect back
/// to the app, logging in as `user` (or cancelling); returns the query
/// string of that final redirect, without going there.
pub async fn log_in(
    b: &reqwest::Client,
    issuer: &str,
    auth_url: &str,
    user: Option<&str>,
) -> String {
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

/// What a person's browser does: logs in at the provider and is sent back
/// to the app's loopback listener (the `redirect_uri` in `auth_url`).
pub async fn browse(issuer: &str, auth_url: &str, user: Option<&str>) {
    let b = browser();
    let query = log_in(&b, issuer, auth_url, user).await;
    let redirect = auth_url
        .split('&')
        .chain(auth_url.split('?'))
        .find_map(|p| p.strip_prefix("redirect_uri="))
        .map(percent_decode)
        .unwrap();
    b.get(format!("{redirect}?{query}")).send().await.unwrap();
}
