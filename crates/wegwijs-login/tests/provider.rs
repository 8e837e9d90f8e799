//! Login against a real OpenID Provider: `oidc-provider` from npm, started
//! on 127.0.0.1 by `wegwijs_login::testing`, whose HTTP client plays the
//! browser.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::time::Duration;

use wegwijs_login::testing::{TestProvider as Server, browser, free_port, log_in};

use wegwijs_login::{LoginConfig, LoginError, Provider, discover, loopback, receive_redirect};

fn e2e_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/e2e")
}

async fn setup(client_id: &str) -> Option<(Server, Provider)> {
    let server = Server::start(&e2e_dir())?;
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
    let arrived = tokio::spawn(receive_redirect(
        listener,
        Duration::from_secs(20),
        pending.state(),
        wegwijs_login::DonePage {
            lang: "en".into(),
            rtl: false,
            title: "Wegwijs".into(),
            text: "You can close this window <now>.".into(),
        },
    ));
    // Another local process connects and says nothing, and a page that
    // found the port sends an answer of its own: neither stalls or ends
    // the login.
    let port = redirect
        .rsplit(':')
        .next()
        .unwrap()
        .trim_end_matches("/callback");
    let _idle = tokio::net::TcpStream::connect(format!("127.0.0.1:{port}"))
        .await
        .unwrap();
    let forged = b
        .get(format!("{redirect}?code=x&state=forged"))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 404);
    let page = b
        .get(format!("{redirect}?{query}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"en\" dir=\"ltr\">"), "{page}");
    assert!(page.contains("You can close this window &lt;now&gt;."));
    let query = arrived.await.unwrap().unwrap();
    let jan = provider.finish(pending, &query).await.unwrap();
    assert_eq!(jan.subject, "jan");
    assert_eq!(jan.name.as_deref(), Some("Jan Jansen"));
    assert_eq!(jan.acting_for, None);
    assert!(!jan.tokens.access_token.is_empty());

    let (url, pending) = provider.start("http://127.0.0.1:1/callback").unwrap();
    let query = log_in(&browser(), &server.issuer, &url, Some("ingrid")).await;
    let ingrid = provider.finish(pending, &query).await.unwrap();
    assert_eq!(ingrid.subject, "ingrid");
    assert_eq!(ingrid.acting_for.as_deref(), Some("jan"));
}

#[tokio::test]
async fn tokens_are_refreshed_and_revoked_at_sign_out() {
    let Some((server, provider)) = setup("wegwijs").await else {
        return;
    };
    let (url, pending) = provider.start("http://127.0.0.1:1/callback").unwrap();
    let query = log_in(&browser(), &server.issuer, &url, Some("jan")).await;
    let login = provider.finish(pending, &query).await.unwrap();
    let first = login.tokens.refresh_token.clone().expect("a refresh token");
    let renewed = provider.refresh(&first).await.unwrap();
    assert_ne!(renewed.access_token, login.tokens.access_token);
    let current = renewed.refresh_token.clone().unwrap();
    // Sign-out revokes it at the provider; after that it is refused.
    assert!(provider.revoke(&current).await.unwrap());
    assert!(matches!(
        provider.refresh(&current).await,
        Err(LoginError::Expired)
    ));
    assert!(matches!(
        provider.refresh("made-up").await,
        Err(LoginError::Expired)
    ));
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
    let port = free_port();
    // Nothing listens there.
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

/// A discovery document that would send the browser to a `file:` URL, or
/// tokens over plain http to another host, is refused.
#[tokio::test]
async fn unsafe_endpoints_in_discovery_are_refused() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    for (auth, token, safe) in [
        (
            "file:///etc/passwd",
            "https://login.example.nl/token",
            false,
        ),
        (
            "https://login.example.nl/auth",
            "http://login.example.nl/token",
            false,
        ),
        // The same server with safe endpoints is accepted: the refusals
        // above are about the endpoints, not the fake server.
        (
            "https://login.example.nl/auth",
            "https://login.example.nl/token",
            true,
        ),
    ] {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let issuer = format!("http://{}", listener.local_addr().unwrap());
        let doc = serde_json::json!({
            "issuer": issuer,
            "authorization_endpoint": auth,
            "token_endpoint": token,
            "jwks_uri": format!("{issuer}/jwks"),
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
        });
        let server = tokio::spawn(async move {
            loop {
                let (mut s, _) = listener.accept().await.unwrap();
                let mut buf = [0u8; 4096];
                let n = s.read(&mut buf).await.unwrap();
                let head = String::from_utf8_lossy(&buf[..n]).to_string();
                let body = if head.contains("/jwks") {
                    r#"{"keys":[]}"#.to_string()
                } else {
                    doc.to_string()
                };
                let reply = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                s.write_all(reply.as_bytes()).await.unwrap();
            }
        });
        let r = discover(&LoginConfig {
            issuer: issuer.clone(),
            client_id: "wegwijs".into(),
        })
        .await;
        if safe {
            assert!(r.is_ok(), "{auth} {token}: {r:?}");
        } else {
            assert!(matches!(r, Err(LoginError::BadConfig)), "{auth} {token}");
        }
        server.abort();
    }
}
