//! Login with a government identity provider over OpenID Connect.
//!
//! The authorization code flow with PKCE (S256), as RFC 8252 asks of
//! native apps: the person logs in in their own browser, which is sent back
//! to a one-time listener on a loopback port. `state` is checked before
//! anything else; the code is exchanged with the PKCE verifier; the ID
//! token is validated by the `openidconnect` crate (signature against the
//! provider's keys, issuer, audience, expiry, nonce). When the provider says
//! the person acts for someone else (the Dutch eID claims
//! `urn:nl-eid-gdi:1.0:ActingSubjectID` / `LegalSubjectID`, or an RFC 8693
//! `act` claim), the result says so; the app records that as a verified
//! representation.
//!
//! Every network call has a timeout and goes only to the issuer the person
//! configured. Tokens are returned to the caller, which keeps them in the
//! OS keyring; they never go to the webview or the logs.

use std::fmt;
use std::time::Duration;

use openidconnect::core::{
    CoreAuthDisplay, CoreAuthenticationFlow, CoreClaimName, CoreClaimType, CoreClient,
    CoreClientAuthMethod, CoreGrantType, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm, CoreResponseMode, CoreResponseType, CoreSubjectIdentifierType,
};
use openidconnect::{
    AdditionalProviderMetadata, AuthorizationCode, ClientId, CsrfToken, IssuerUrl, Nonce,
    OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, ProviderMetadata, RedirectUrl,
    RefreshToken, RevocationUrl, Scope, TokenResponse,
};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// How long any one request to the provider may take.
pub const NETWORK_TIMEOUT: Duration = Duration::from_secs(15);

#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    #[error("the issuer URL or client id is not valid")]
    BadConfig,
    /// Discovery or the token request did not get through (offline, wrong
    /// address, timeout).
    #[error("the identity provider could not be reached")]
    Unreachable,
    /// The person cancelled at the provider (`access_denied`).
    #[error("the login was cancelled")]
    Cancelled,
    #[error("the identity provider refused: {0}")]
    Refused(String),
    /// The answer does not belong to the login we started: a forged or
    /// replayed redirect.
    #[error("the state in the answer does not match")]
    StateMismatch,
    /// The provider would not exchange the code (used before, expired, or
    /// the PKCE verifier does not match).
    #[error("the authorization code was refused")]
    CodeRejected,
    #[error("the answer has no ID token")]
    NoIdToken,
    /// Signature, issuer, audience, expiry or nonce is wrong.
    #[error("the ID token is not valid: {0}")]
    InvalidIdToken(String),
    #[error("no answer came back in time")]
    Timeout,
    #[error("the local redirect listener failed")]
    Listener(#[from] std::io::Error),
    /// The provider no longer accepts the refresh token (expired, revoked):
    /// the person has to log in again.
    #[error("the login has expired")]
    Expired,
}

pub type Result<T, E = LoginError> = std::result::Result<T, E>;

/// What the person configured in the settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginConfig {
    pub issuer: String,
    pub client_id: String,
}

/// The issuer URL as Wegwijs accepts it: https, or plain http only on
/// the loopback address (a provider or broker on this machine, tests).
/// `None` when it is not a URL or would send the login in the clear.
pub fn check_issuer(issuer: &str) -> Option<String> {
    let issuer = IssuerUrl::new(issuer.trim().to_string()).ok()?;
    (safe_url(issuer.url()) && issuer.url().query().is_none()).then(|| issuer.as_str().to_string())
}

/// https, or http to the loopback address by number (RFC 8252 §8.3: not
/// `localhost`, which a resolver may send elsewhere); no credentials or
/// fragment in it. For the issuer and every endpoint discovery names.
fn safe_url(url: &openidconnect::url::Url) -> bool {
    wegwijs_net::allowed(url)
        && url.username().is_empty()
        && url.password().is_none()
        && url.fragment().is_none()
}

/// The discovery document's fields beyond OpenID Connect Discovery: the
/// RFC 7009 revocation endpoint, used at sign-out.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct ExtraMetadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    revocation_endpoint: Option<String>,
}

impl AdditionalProviderMetadata for ExtraMetadata {}

type Metadata = ProviderMetadata<
    ExtraMetadata,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

/// A provider whose discovery document was fetched.
#[derive(Debug, Clone)]
pub struct Provider {
    metadata: Metadata,
    client_id: ClientId,
    http: openidconnect::reqwest::Client,
}

/// A login that was started: what must be checked when the answer comes.
pub struct Pending {
    pkce: PkceCodeVerifier,
    state: CsrfToken,
    nonce: Nonce,
    redirect: RedirectUrl,
}

impl Pending {
    /// The `state` this login's answer must carry (not a secret once the
    /// browser has it; the PKCE verifier and nonce stay here).
    pub fn state(&self) -> String {
        self.state.secret().clone()
    }
}

impl fmt::Debug for Pending {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pending(redacted)")
    }
}

/// A verified login.
pub struct LoginResult {
    /// The provider's id of the person who logged in (the one acting,
    /// when they act for someone).
    pub subject: String,
    pub name: Option<String>,
    /// Set when the person acts for someone else: the represented person's
    /// id at the provider.
    pub acting_for: Option<String>,
    pub tokens: Tokens,
}

/// The tokens of a login, for the caller to keep in the OS keyring.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tokens {
    pub access_token: String,
    #[serde(default)]
    pub refresh_token: Option<String>,
}

impl fmt::Debug for Tokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Tokens(redacted)")
    }
}

impl fmt::Debug for LoginResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoginResult")
            .field("acting", &self.acting_for.is_some())
            .finish_non_exhaustive()
    }
}

/// The policy every connector keeps (`wegwijs-net`): no redirects (they
/// are how code injection works; the flow needs none), no cookies,
/// timeouts, the user agent.
fn http_client() -> Result<openidconnect::reqwest::Client> {
    wegwijs_net::client(&wegwijs_net::Policy {
        connect_timeout: NETWORK_TIMEOUT,
        timeout: NETWORK_TIMEOUT,
        ..wegwijs_net::Policy::default()
    })
    .map_err(|_| LoginError::BadConfig)
}

/// Fetches the provider's discovery document and keys.
pub async fn discover(config: &LoginConfig) -> Result<Provider> {
    let issuer =
        IssuerUrl::new(config.issuer.trim().to_string()).map_err(|_| LoginError::BadConfig)?;
    if config.client_id.trim().is_empty() {
        return Err(LoginError::BadConfig);
    }
    let http = http_client()?;
    let metadata = Metadata::discover_async(issuer, &http).await.map_err(|e| {
        // Expected when offline; the caller tells the person.
        tracing::info!(error = %e, "OpenID discovery failed");
        LoginError::Unreachable
    })?;
    // The browser is sent to the authorization endpoint and tokens go to
    // the others: a discovery document may not point them at a plain-http
    // host or another scheme (`file:`, an app's own scheme).
    let revocation = metadata
        .additional_metadata()
        .revocation_endpoint
        .as_deref()
        .map(openidconnect::url::Url::parse);
    let endpoints_safe = safe_url(metadata.authorization_endpoint().url())
        && metadata.token_endpoint().is_some_and(|t| safe_url(t.url()))
        && safe_url(metadata.jwks_uri().url())
        && revocation.is_none_or(|r| r.is_ok_and(|u| safe_url(&u)));
    if !endpoints_safe {
        tracing::warn!("the provider's discovery document names an unsafe endpoint");
        return Err(LoginError::BadConfig);
    }
    Ok(Provider {
        metadata,
        client_id: ClientId::new(config.client_id.trim().to_string()),
        http,
    })
}

fn query_param(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == key).then(|| percent_decode(v))
    })
}

fn percent_decode(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Provider {
    fn client(
        &self,
        redirect: &RedirectUrl,
    ) -> openidconnect::core::CoreClient<
        openidconnect::EndpointSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointMaybeSet,
        openidconnect::EndpointMaybeSet,
    > {
        CoreClient::from_provider_metadata(self.metadata.clone(), self.client_id.clone(), None)
            .set_redirect_uri(redirect.clone())
    }

    /// The URL to open in the person's browser, and what to check when the
    /// answer arrives at `redirect_uri`.
    pub fn start(&self, redirect_uri: &str) -> Result<(String, Pending)> {
        let redirect =
            RedirectUrl::new(redirect_uri.to_string()).map_err(|_| LoginError::BadConfig)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = self
            .client(&redirect)
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("profile".to_string()))
            .set_pkce_challenge(challenge)
            .url();
        Ok((
            url.to_string(),
            Pending {
                pkce: verifier,
                state,
                nonce,
                redirect,
            },
        ))
    }

    /// Checks the answer (the redirect's query string), exchanges the code
    /// and validates the ID token.
    pub async fn finish(&self, pending: Pending, query: &str) -> Result<LoginResult> {
        self.finish_at(pending, query, None).await
    }

    /// [`Provider::finish`] with the ID token checked as if at `now` (for
    /// tests of expiry).
    pub async fn finish_at(
        &self,
        pending: Pending,
        query: &str,
        now: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Result<LoginResult> {
        // State first: an answer that is not ours is not even read further.
        let state = query_param(query, "state");
        if state.as_deref() != Some(pending.state.secret().as_str()) {
            return Err(LoginError::StateMismatch);
        }
        if let Some(error) = query_param(query, "error") {
            return Err(if error == "access_denied" {
                LoginError::Cancelled
            } else {
                LoginError::Refused(error)
            });
        }
        let code = query_param(query, "code").ok_or(LoginError::CodeRejected)?;
        let client = self.client(&pending.redirect);
        let token = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|_| LoginError::BadConfig)?
            .set_pkce_verifier(pending.pkce)
            .request_async(&self.http)
            .await
            .map_err(|e| {
                tracing::info!(error = %e, "code exchange refused");
                match e {
                    openidconnect::RequestTokenError::Request(_) => LoginError::Unreachable,
                    _ => LoginError::CodeRejected,
                }
            })?;
        let id_token = token.id_token().ok_or(LoginError::NoIdToken)?;
        let verifier = client.id_token_verifier();
        let verifier = match now {
            Some(t) => verifier.set_time_fn(move || t),
            None => verifier,
        };
        let claims = id_token
            .claims(&verifier, &pending.nonce)
            .map_err(|e| LoginError::InvalidIdToken(e.to_string()))?;
        let name = claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.to_string());
        // The signature was verified above, so the payload's other claims
        // can be read from it directly.
        let extra = payload(&id_token.to_string()).unwrap_or_default();
        let (subject, acting_for) = parties(&extra, claims.subject().as_str());
        Ok(LoginResult {
            acting_for,
            subject,
            name,
            tokens: Tokens {
                access_token: token.access_token().secret().clone(),
                refresh_token: token.refresh_token().map(|r| r.secret().clone()),
            },
        })
    }

    /// New tokens for a refresh token. A provider that refuses it says the
    /// login is over ([`LoginError::Expired`]); one that cannot be reached
    /// leaves the old tokens as they are ([`LoginError::Unreachable`]).
    pub async fn refresh(&self, refresh_token: &str) -> Result<Tokens> {
        let redirect = RedirectUrl::new("http://127.0.0.1/callback".to_string())
            .map_err(|_| LoginError::BadConfig)?;
        let client = self.client(&redirect);
        let old = RefreshToken::new(refresh_token.to_string());
        let token = client
            .exchange_refresh_token(&old)
            .map_err(|_| LoginError::BadConfig)?
            .request_async(&self.http)
            .await
            .map_err(|e| match e {
                // The provider said no (invalid_grant and the like).
                openidconnect::RequestTokenError::ServerResponse(_) => LoginError::Expired,
                // Not reached, or an answer that is not OAuth (a proxy's
                // error page): the login may well still be valid.
                _ => LoginError::Unreachable,
            })?;
        Ok(Tokens {
            access_token: token.access_token().secret().clone(),
            // Providers that do not rotate refresh tokens send none back.
            refresh_token: Some(
                token
                    .refresh_token()
                    .map_or_else(|| refresh_token.to_string(), |r| r.secret().clone()),
            ),
        })
    }

    /// Revokes the refresh token at the provider (RFC 7009), so the login
    /// also ends there. `Ok(false)` when the provider has no revocation
    /// endpoint.
    pub async fn revoke(&self, refresh_token: &str) -> Result<bool> {
        let Some(url) = &self.metadata.additional_metadata().revocation_endpoint else {
            return Ok(false);
        };
        // RFC 7009 is one form POST. The oauth2 crate's request refuses any
        // non-https endpoint, which would also refuse a provider on the
        // loopback address (tests, a local broker), so it is made here.
        let url = RevocationUrl::new(url.clone()).map_err(|_| LoginError::BadConfig)?;
        let response = self
            .http
            .post(url.url().clone())
            .form(&[
                ("token", refresh_token),
                ("token_type_hint", "refresh_token"),
                ("client_id", self.client_id.as_str()),
            ])
            .send()
            .await
            .map_err(|_| LoginError::Unreachable)?;
        if !response.status().is_success() {
            return Err(LoginError::Refused(response.status().to_string()));
        }
        Ok(true)
    }
}

fn payload(jwt: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    let part = jwt.split('.').nth(1)?;
    let bytes = data_encoding::BASE64URL_NOPAD
        .decode(part.trim_end_matches('=').as_bytes())
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Who logged in, and whom they act for (`None`: for themselves), from the
/// ID token's claims and its `sub`:
/// - RFC 8693: `act.sub` is the one acting, `sub` the one represented;
/// - Dutch eID: `ActingSubjectID` (else `sub`) is the one acting,
///   `LegalSubjectID` the one represented;
/// - otherwise `sub` logged in for themselves.
pub fn parties(
    claims: &serde_json::Map<String, serde_json::Value>,
    sub: &str,
) -> (String, Option<String>) {
    let get = |k: &str| claims.get(k).and_then(|v| v.as_str()).map(String::from);
    if let Some(actor) = claims
        .get("act")
        .and_then(|a| a.get("sub"))
        .and_then(|s| s.as_str())
    {
        return if actor == sub {
            (sub.to_string(), None)
        } else {
            (actor.to_string(), Some(sub.to_string()))
        };
    }
    let actor = get("urn:nl-eid-gdi:1.0:ActingSubjectID").unwrap_or_else(|| sub.to_string());
    match get("urn:nl-eid-gdi:1.0:LegalSubjectID") {
        Some(legal) if legal != actor => (actor, Some(legal)),
        _ => (actor, None),
    }
}

/// How long one connection to the loopback listener may take to send its
/// request: a local process that connects and says nothing must not hold
/// up the browser's redirect.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);

/// Waits for the browser to come back to the loopback listener with the
/// answer to *this* login (its `state`), answers it with a short page, and
/// returns the query string. Anything else that connects (another process,
/// a page that found the port, a browser's favicon request or preconnect)
/// is answered with an error and ignored, so it can neither end nor stall
/// the login.
pub async fn receive_redirect(
    listener: TcpListener,
    timeout: Duration,
    state: String,
    page: DonePage,
) -> Result<String> {
    let state: std::sync::Arc<str> = state.into();
    let page: std::sync::Arc<str> = page.html().into();
    let (tx, mut rx) = tokio::sync::mpsc::channel::<String>(1);
    let accept = async {
        loop {
            // Each connection on its own task: one that says nothing (a
            // browser's spare preconnect) does not hold up the others.
            tokio::select! {
                conn = listener.accept() => {
                    let (stream, _) = conn?;
                    let (tx, state, page) = (tx.clone(), state.clone(), page.clone());
                    tokio::spawn(async move {
                        if let Some(query) = answer(stream, &state, &page).await {
                            let _ = tx.send(query).await;
                        }
                    });
                }
                Some(query) = rx.recv() => return Ok::<String, std::io::Error>(query),
            }
        }
    };
    tokio::time::timeout(timeout, accept)
        .await
        .map_err(|_| LoginError::Timeout)?
        .map_err(LoginError::from)
}

/// Answers one connection to the loopback listener; the query string when
/// it is this login's redirect.
async fn answer(mut stream: tokio::net::TcpStream, state: &str, body: &str) -> Option<String> {
    let head = tokio::time::timeout(REQUEST_TIMEOUT, read_head(&mut stream))
        .await
        .ok()?
        .ok()?;
    let Some(query) = callback_query(&head, state) else {
        let _ = stream
            .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .await;
        return None;
    };
    let response = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes()).await;
    Some(query.to_string())
}

/// The page the browser shows when it has come back: in the person's
/// language, from the caller's translations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DonePage {
    /// A BCP 47 tag, for `<html lang>`.
    pub lang: String,
    /// Written right to left (`<html dir="rtl">`).
    pub rtl: bool,
    pub title: String,
    pub text: String,
}

impl DonePage {
    fn html(&self) -> String {
        let esc = |t: &str| {
            t.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        };
        format!(
            "<!doctype html><html lang=\"{}\" dir=\"{}\"><meta charset=utf-8><title>{}</title><p>{}</p></html>",
            esc(&self.lang),
            if self.rtl { "rtl" } else { "ltr" },
            esc(&self.title),
            esc(&self.text)
        )
    }
}

/// The query string of a request head when it is `GET /callback?…` with
/// this login's `state`; anything else is not ours.
fn callback_query<'a>(head: &'a str, state: &str) -> Option<&'a str> {
    let mut parts = head.lines().next().unwrap_or("").split_whitespace();
    let (method, target) = (parts.next(), parts.next().unwrap_or(""));
    target
        .strip_prefix("/callback?")
        .filter(|q| method == Some("GET") && query_param(q, "state").as_deref() == Some(state))
}

/// Entry points for the fuzzers (`fuzz/`) and their regression tests:
/// untrusted bytes in, never a panic out.
#[doc(hidden)]
pub mod fuzzing {
    /// A request head from another local process, as the listener reads it.
    pub fn callback_head(data: &[u8]) {
        let head = String::from_utf8_lossy(&data[..data.len().min(8192)]);
        if let Some(q) = super::callback_query(&head, "fuzz-state") {
            let _ = super::query_param(q, "code");
        }
    }
}

/// Reads an HTTP request's head (at most 8 KiB).
async fn read_head(stream: &mut tokio::net::TcpStream) -> std::io::Result<String> {
    let mut buf = vec![0u8; 8192];
    let mut n = 0;
    while n < buf.len() {
        let k = stream.read(&mut buf[n..]).await?;
        if k == 0 {
            break;
        }
        n += k;
        if buf[..n].windows(4).any(|w| w == b"\r\n\r\n") {
            break;
        }
    }
    Ok(String::from_utf8_lossy(&buf[..n]).into_owned())
}

/// A listener on a free loopback port and the redirect URI that goes with
/// it (RFC 8252 §7.3: the provider accepts any port on 127.0.0.1).
pub async fn loopback() -> Result<(TcpListener, String)> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
    let port = listener.local_addr()?.port();
    Ok((listener, format!("http://127.0.0.1:{port}/callback")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_issuers_are_accepted() {
        assert!(check_issuer("https://login.example.nl").is_some());
        assert!(check_issuer(" https://login.example.nl/broker ").is_some());
        assert!(check_issuer("http://127.0.0.1:4455").is_some());
        assert!(check_issuer("http://[::1]:4455").is_some());
        // RFC 8252 §8.3: the loopback address by number, not by name.
        assert!(check_issuer("http://localhost:4455").is_none());
        assert!(check_issuer("http://127.0.0.1.example.nl").is_none());
        assert!(check_issuer("https://:secret@login.example.nl").is_none());
        assert!(check_issuer("https://login.example.nl/#x").is_none());
        assert!(check_issuer("http://login.example.nl").is_none());
        assert!(check_issuer("ftp://login.example.nl").is_none());
        assert!(check_issuer("https://login.example.nl/?x=1").is_none());
        assert!(check_issuer("https://user@login.example.nl").is_none());
        assert!(check_issuer("login.example.nl").is_none());
        assert!(check_issuer("").is_none());
    }

    #[test]
    fn query_values_are_decoded_and_the_parties_read_from_the_claims() {
        assert_eq!(
            query_param("a=1&state=x%2By+z", "state").as_deref(),
            Some("x+y z")
        );
        assert_eq!(query_param("a=1", "state"), None);
        let m = |v: serde_json::Value| v.as_object().cloned().unwrap_or_default();
        let who = |v: serde_json::Value, sub: &str| {
            let (actor, acting) = parties(&m(v), sub);
            (actor, acting)
        };
        let own = |s: &str| (s.to_string(), None);
        let for_ = |a: &str, b: &str| (a.to_string(), Some(b.to_string()));
        let nl = serde_json::json!({
            "urn:nl-eid-gdi:1.0:ActingSubjectID": "ingrid",
            "urn:nl-eid-gdi:1.0:LegalSubjectID": "jan"
        });
        assert_eq!(who(nl.clone(), "ingrid"), for_("ingrid", "jan"));
        // A broker whose `sub` is the represented person.
        assert_eq!(who(nl, "jan"), for_("ingrid", "jan"));
        // Only LegalSubjectID, equal to sub: a login for oneself.
        assert_eq!(
            who(
                serde_json::json!({ "urn:nl-eid-gdi:1.0:LegalSubjectID": "jan" }),
                "jan"
            ),
            own("jan")
        );
        assert_eq!(
            who(
                serde_json::json!({ "urn:nl-eid-gdi:1.0:LegalSubjectID": "jan", "urn:nl-eid-gdi:1.0:ActingSubjectID": "jan" }),
                "jan"
            ),
            own("jan")
        );
        // RFC 8693: sub is represented, act.sub acts.
        assert_eq!(
            who(serde_json::json!({ "act": { "sub": "ingrid" } }), "jan"),
            for_("ingrid", "jan")
        );
        assert_eq!(
            who(serde_json::json!({ "act": { "sub": "jan" } }), "jan"),
            own("jan")
        );
        assert_eq!(who(serde_json::json!({}), "jan"), own("jan"));
    }
}

/// Test support: a real provider to log in at, and pieces of the flow to
/// present answers a real provider would not produce on its own. Only with
/// the `testing` feature.
#[cfg(feature = "testing")]
pub mod testing;
