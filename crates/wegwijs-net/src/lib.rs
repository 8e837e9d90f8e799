//! One HTTP policy for every connector (a provider's ZGW APIs, the login
//! service, official announcements): Wegwijs talks only to the origin the
//! person configured, over https (plain http only to the loopback address,
//! for tests and local brokers), with timeouts, without following
//! redirects, without cookies, reading at most a set number of bytes of an
//! answer, and saying who it is. Proxies come from the environment
//! (`HTTPS_PROXY`, `NO_PROXY`), as people behind one expect.
//!
//! Errors say what went wrong in terms a shell can explain (unreachable,
//! too slow, refused the credentials, answered with nonsense), never with
//! the URL's query, which can hold a BSN.

use std::time::Duration;

pub use reqwest::Url;
use serde::de::DeserializeOwned;

/// How long a connection may take to open, and a whole exchange to end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub connect_timeout: Duration,
    pub timeout: Duration,
    /// The most bytes of one answer that are read.
    pub max_body: usize,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_body: 8 << 20,
        }
    }
}

pub const USER_AGENT: &str = concat!("Wegwijs/", env!("CARGO_PKG_VERSION"));

#[derive(Debug, thiserror::Error)]
pub enum NetError {
    /// Not https (or http to the loopback address), or no host.
    #[error("only https addresses are allowed")]
    NotHttps,
    /// A request for another origin than the configured one (a `next` link
    /// to another host, a redirect).
    #[error("an address outside the configured service was refused")]
    OtherOrigin,
    #[error("the service could not be reached")]
    Unreachable,
    #[error("the service took too long to answer")]
    Timeout,
    /// 401 or 403: wrong or missing credentials.
    #[error("the service refused the credentials")]
    Unauthorized,
    /// Any other answer than 2xx, redirects included.
    #[error("the service answered with HTTP status {0}")]
    Status(u16),
    #[error("the answer was larger than {max} bytes")]
    TooLarge { max: usize },
    #[error("the answer could not be read: {0}")]
    Malformed(String),
    #[error("the HTTP client could not be set up")]
    Setup,
}

/// A configured service's origin (scheme, host, port) and base address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    base: Url,
}

impl Service {
    /// The base address a person gave: https, or http only to 127.0.0.1 or
    /// [::1] by number (RFC 8252 §8.3: a name could resolve elsewhere).
    /// Credentials in the address are refused; a trailing slash is added,
    /// so that relative paths join below it.
    pub fn parse(base: &str) -> Result<Service, NetError> {
        let mut url = Url::parse(base.trim()).map_err(|_| NetError::NotHttps)?;
        if !allowed(&url) || !url.username().is_empty() || url.password().is_some() {
            return Err(NetError::NotHttps);
        }
        url.set_query(None);
        url.set_fragment(None);
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        Ok(Service { base: url })
    }

    pub fn base(&self) -> &Url {
        &self.base
    }

    /// `path` below the base (`zaken?rol__...`).
    pub fn join(&self, path: &str) -> Result<Url, NetError> {
        let url = self.base.join(path).map_err(|_| NetError::OtherOrigin)?;
        self.check(&url)?;
        Ok(url)
    }

    /// Whether `url` is at this service's origin (a link found in an
    /// answer, such as `next` or a status type's URL).
    pub fn check(&self, url: &Url) -> Result<(), NetError> {
        // Credentials in a link would be sent as a second authorization.
        if url.origin() == self.base.origin()
            && allowed(url)
            && url.username().is_empty()
            && url.password().is_none()
        {
            Ok(())
        } else {
            Err(NetError::OtherOrigin)
        }
    }

    /// Parses a link found in an answer and checks its origin.
    pub fn link(&self, link: &str) -> Result<Url, NetError> {
        let url = Url::parse(link).map_err(|_| NetError::OtherOrigin)?;
        self.check(&url)?;
        Ok(url)
    }
}

/// https, or plain http to the loopback address by number.
pub fn allowed(url: &Url) -> bool {
    let loopback = matches!(url.host_str(), Some("127.0.0.1" | "[::1]"));
    url.host_str().is_some() && (url.scheme() == "https" || (url.scheme() == "http" && loopback))
}

/// A client with the policy: no redirects, no cookies, the timeouts and
/// the user agent. The login builds its OpenID Connect client from this.
pub fn client(policy: &Policy) -> Result<reqwest::Client, NetError> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(policy.connect_timeout)
        .timeout(policy.timeout)
        .user_agent(USER_AGENT)
        .https_only(false)
        .build()
        .map_err(|_| NetError::Setup)
}

/// Talks to one configured service.
#[derive(Debug, Clone)]
pub struct Http {
    client: reqwest::Client,
    service: Service,
    policy: Policy,
}

impl Http {
    pub fn new(service: Service, policy: Policy) -> Result<Http, NetError> {
        Ok(Http {
            client: client(&policy)?,
            service,
            policy,
        })
    }

    pub fn service(&self) -> &Service {
        &self.service
    }

    /// GETs `url` (which must be at the service's origin) with the given
    /// headers and reads its JSON, at most `max_body` bytes of it.
    pub async fn get_json<T: DeserializeOwned>(
        &self,
        url: &Url,
        headers: &[(&str, &str)],
    ) -> Result<T, NetError> {
        let body = self.get(url, headers).await?;
        // serde_json's message can quote the answer; only where it broke.
        serde_json::from_slice(&body)
            .map_err(|e| NetError::Malformed(format!("line {} column {}", e.line(), e.column())))
    }

    /// GETs `url` and returns the body of a 2xx answer.
    pub async fn get(&self, url: &Url, headers: &[(&str, &str)]) -> Result<Vec<u8>, NetError> {
        self.service.check(url)?;
        let mut request = self.client.get(url.clone());
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        let mut response = request.send().await.map_err(transport)?;
        let status = response.status();
        if status == reqwest::StatusCode::UNAUTHORIZED || status == reqwest::StatusCode::FORBIDDEN {
            return Err(NetError::Unauthorized);
        }
        if !status.is_success() {
            return Err(NetError::Status(status.as_u16()));
        }
        let max = self.policy.max_body;
        if response
            .content_length()
            .is_some_and(|n| n > u64::try_from(max).unwrap_or(u64::MAX))
        {
            return Err(NetError::TooLarge { max });
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(transport)? {
            if body.len() + chunk.len() > max {
                return Err(NetError::TooLarge { max });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }
}

fn transport(e: reqwest::Error) -> NetError {
    // The error's text names the URL, query and all: not logged.
    if e.is_timeout() {
        NetError::Timeout
    } else if e.is_decode() || e.is_body() {
        NetError::Malformed("the answer broke off".into())
    } else {
        tracing::warn!(connect = e.is_connect(), "request failed");
        NetError::Unreachable
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_http_is_a_service() {
        for ok in [
            "https://zaken.example.nl/api/v1",
            "https://zaken.example.nl:8443/api/v1/",
            "http://127.0.0.1:8000/zaken/api/v1",
            "http://[::1]:8000/",
        ] {
            assert!(Service::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://zaken.example.nl/api",
            "http://localhost:8000/",
            "ftp://127.0.0.1/",
            "file:///etc/passwd",
            "https://user:secret@zaken.example.nl/",
            "zaken.example.nl",
            "",
        ] {
            assert!(Service::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn paths_join_below_the_base_and_links_stay_at_its_origin() {
        let s = Service::parse("https://zaken.example.nl/api/v1?x=1").unwrap();
        assert_eq!(s.base().as_str(), "https://zaken.example.nl/api/v1/");
        assert_eq!(
            s.join("zaken?page=2").unwrap().as_str(),
            "https://zaken.example.nl/api/v1/zaken?page=2"
        );
        assert!(s.link("https://zaken.example.nl/other/path").is_ok());
        for bad in [
            "https://evil.example.nl/api/v1/zaken",
            "http://zaken.example.nl/api/v1/zaken",
            "https://zaken.example.nl:444/api/v1/zaken",
            "https://x:y@zaken.example.nl/api/v1/zaken",
            "//evil.example.nl/x",
            "not a url",
        ] {
            assert!(s.link(bad).is_err(), "{bad}");
        }
        assert!(s.join("https://evil.example.nl/").is_err());
    }
}
