//! Asking the two services, through `wegwijs-net`'s policy: only the
//! addresses configured (the public services, or others a test or the
//! person gave), https, timeouts, a cap on every answer.

use std::time::Duration;

use jiff::civil::Date;
use wegwijs_core::announcements::{Announcement, Point, Radius, query};
use wegwijs_net::{Http, NetError, Policy, Service, Url};

use crate::pdok::{self, AddressQuery, Found};
use crate::sru::{self, SruError};

/// PDOK Locatieserver 3.1; `free` is below it.
pub const PDOK_URL: &str = "https://api.pdok.nl/bzk/locatieserver/search/v3_1/";
/// The KOOP repository's SRU 2.0 endpoint.
pub const SRU_URL: &str = "https://repository.overheid.nl/sru";

/// Records per page: an answer of about half a megabyte, small enough for
/// a phone on a weak connection to finish one before its timeout.
pub const PAGE_SIZE: u32 = 100;
/// Pages per check at most: 5,000 announcements, more than a radius of
/// 3 km in a city brings in six weeks.
pub const MAX_PAGES: u32 = 50;
/// How often a page refused with 429 is asked again, waiting twice as long
/// each time.
pub const RETRIES_AFTER_429: u32 = 2;

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error(transparent)]
    Net(#[from] NetError),
    /// The service refused the query (a diagnostic in an HTTP 200).
    #[error("the service refused the query: {message} ({uri})")]
    Refused { uri: String, message: String },
    /// Still 429 after the retries.
    #[error("the service asked to slow down")]
    Busy,
    /// An answer that is not what the service sends.
    #[error("the answer could not be read: {0}")]
    Malformed(String),
    /// More pages than [`MAX_PAGES`].
    #[error("more announcements than one check fetches")]
    TooMany,
}

/// What a check brought: all records, or those up to where it failed.
#[derive(Debug)]
pub struct Fetched {
    pub records: Vec<Announcement>,
    /// How many the service said match.
    pub total: u64,
    /// Why it stopped before the last page; `None`: complete.
    pub error: Option<FetchError>,
}

/// The PDOK and SRU services Wegwijs asks.
#[derive(Debug, Clone)]
pub struct Client {
    pdok: Http,
    sru: Http,
    /// The first wait after a 429.
    backoff: Duration,
}

impl Client {
    pub fn new(pdok_url: &str, sru_url: &str, policy: Policy) -> Result<Client, FetchError> {
        Ok(Client {
            pdok: Http::new(Service::parse(pdok_url)?, policy)?,
            sru: Http::new(Service::parse(sru_url)?, policy)?,
            backoff: Duration::from_secs(2),
        })
    }

    /// Waits `first` after a 429 (then twice that): tests use milliseconds.
    pub fn with_backoff(mut self, first: Duration) -> Client {
        self.backoff = first;
        self
    }

    /// The address, exactly: `None` when the Locatieserver knows no such
    /// address.
    pub async fn lookup(&self, q: &AddressQuery) -> Result<Option<Found>, FetchError> {
        let mut url = self.pdok.service().join("free")?;
        {
            let mut pairs = url.query_pairs_mut();
            for f in q.filters() {
                pairs.append_pair("fq", &f);
            }
            pairs.append_pair("rows", "20");
        }
        let body = self
            .pdok
            .get(&url, &[("Accept", "application/json")])
            .await?;
        let text =
            String::from_utf8(body).map_err(|_| FetchError::Malformed("not UTF-8".into()))?;
        pdok::parse_lookup(&text, q).map_err(|e| FetchError::Malformed(e.to_string()))
    }

    /// Every announcement the service has changed since `since` in the
    /// circle, page by page. A page that fails ends the check with what the
    /// pages before it brought.
    pub async fn announcements(&self, at: Point, radius: Radius, since: Date) -> Fetched {
        let cql = query(at, radius, since);
        let mut out = Fetched {
            records: Vec::new(),
            total: 0,
            error: None,
        };
        let mut start = 1u32;
        for _ in 0..MAX_PAGES {
            let page = match self.page(&cql, start).await {
                Ok(p) => p,
                Err(e) => {
                    out.error = Some(e);
                    return out;
                }
            };
            out.total = page.total;
            out.records.extend(page.records);
            match page.next {
                // A service that points back would page forever.
                Some(n) if n > start => start = n,
                _ => return out,
            }
        }
        out.error = Some(FetchError::TooMany);
        out
    }

    fn page_url(&self, cql: &str, start: u32) -> Url {
        // The endpoint is `/sru` itself, not a folder below it.
        let mut url = self.sru.service().base().clone();
        let path = url.path().trim_end_matches('/').to_string();
        url.set_path(&path);
        url.query_pairs_mut()
            .append_pair("version", "2.0")
            .append_pair("operation", "searchRetrieve")
            .append_pair("recordSchema", "gzd")
            .append_pair("query", cql)
            .append_pair("startRecord", &start.to_string())
            .append_pair("maximumRecords", &PAGE_SIZE.to_string());
        url
    }

    async fn page(&self, cql: &str, start: u32) -> Result<sru::Page, FetchError> {
        let url = self.page_url(cql, start);
        let mut wait = self.backoff;
        let mut tries = 0;
        let body = loop {
            match self.sru.get(&url, &[("Accept", "application/xml")]).await {
                Ok(b) => break b,
                Err(NetError::Status(429)) if tries < RETRIES_AFTER_429 => {
                    tries += 1;
                    tracing::info!(
                        wait_ms = wait.as_millis(),
                        "publications service asked to slow down"
                    );
                    tokio::time::sleep(wait).await;
                    wait = wait.saturating_mul(2);
                }
                Err(NetError::Status(429)) => return Err(FetchError::Busy),
                Err(e) => return Err(e.into()),
            }
        };
        let text =
            String::from_utf8(body).map_err(|_| FetchError::Malformed("not UTF-8".into()))?;
        sru::parse_page(&text).map_err(|e| match e {
            SruError::Diagnostic { uri, message } => FetchError::Refused { uri, message },
            SruError::NotSru(m) => FetchError::Malformed(m),
        })
    }
}
