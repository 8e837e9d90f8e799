//! Official announcements near the person's address (a permit next door, a
//! tree to be felled, a traffic decision), found on the device: the
//! address is looked up once and kept as a point, and each check asks the
//! publications service for what changed in a circle around it. Off until
//! the person turns it on; nothing is asked before.

use serde::{Deserialize, Serialize};
use specta::Type;
use wegwijs_announce::client::{Client, FetchError, PDOK_URL, SRU_URL};
use wegwijs_announce::pdok::{AddressError, AddressQuery};
use wegwijs_core::announcements::{self as rules, Point, Radius};
use wegwijs_net::NetError;
use wegwijs_store::{AnnouncementRow, CheckOutcome, WatchRow};

use crate::{AppError, ErrorCode, Wegwijs};

/// Where the services are: the public ones, or fakes a test started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnounceServices {
    pub pdok: String,
    pub sru: String,
    /// The first wait after a 429 (tests: milliseconds).
    pub backoff: std::time::Duration,
}

impl Default for AnnounceServices {
    fn default() -> Self {
        AnnounceServices {
            pdok: PDOK_URL.into(),
            sru: SRU_URL.into(),
            backoff: std::time::Duration::from_secs(2),
        }
    }
}

impl AnnounceServices {
    /// The public services, or those `WEGWIJS_PDOK_URL` and
    /// `WEGWIJS_SRU_URL` name (the desktop app's end-to-end tests).
    pub fn from_env() -> AnnounceServices {
        let mut s = AnnounceServices::default();
        if let Ok(u) = std::env::var("WEGWIJS_PDOK_URL") {
            s.pdok = u;
        }
        if let Ok(u) = std::env::var("WEGWIJS_SRU_URL") {
            s.sru = u;
        }
        s
    }
}

/// A check is due once a day while the app runs.
pub const CHECK_EVERY: jiff::SignedDuration = jiff::SignedDuration::from_hours(24);
/// The longest title kept (an abstract can be a page long).
const MAX_TITLE_CHARS: usize = 400;
const MAX_FIELD_CHARS: usize = 200;

/// An address as the person typed it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct AddressInput {
    pub postcode: String,
    /// As typed: checked here, so that "12a" gets a clear message.
    pub number: String,
    #[serde(default)]
    pub addition: Option<String>,
}

/// The address the Locatieserver found, to confirm before it is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct FoundAddressDto {
    /// `Domplein 1, 3512JC Utrecht`.
    pub address: String,
    pub lat: f64,
    pub lon: f64,
}

/// Where Wegwijs looks, and how the last check went.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct WatchDto {
    pub address: String,
    pub lat: f64,
    pub lon: f64,
    pub radius_m: u32,
    /// RFC 3339: the last check, whether it worked or not.
    pub tried_at: Option<String>,
    /// `YYYY-MM-DD`: the last check that fetched everything.
    pub checked_on: Option<String>,
    /// Why the last check failed; what earlier ones found is still there.
    pub error: Option<AppError>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct AnnouncementDto {
    /// The service's identifier (`gmb-2026-123456`).
    pub id: String,
    pub title: String,
    /// What it is about (`bouwen`, `verkeersbesluit`), in the service's
    /// words.
    pub kind: Option<String>,
    pub organisation: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Metres to its nearest place; `null` when it names only a
    /// municipality.
    pub distance_m: Option<u32>,
    /// Metres east and north of the address, for the map.
    pub east_m: Option<f64>,
    pub north_m: Option<f64>,
    /// The official publication (https only).
    pub url: Option<String>,
    /// `YYYY-MM-DD`: the last day to respond or object, where given.
    pub respond_by: Option<String>,
    pub read: bool,
}

/// The page: where Wegwijs looks (none when off) and what it found.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct AnnouncementsDto {
    pub watch: Option<WatchDto>,
    /// Newest first.
    pub items: Vec<AnnouncementDto>,
    /// The kinds among them, for the filter.
    pub kinds: Vec<String>,
    pub radius_min_m: u32,
    pub radius_max_m: u32,
    pub radius_default_m: u32,
}

/// How a check went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
pub struct CheckDto {
    /// Found now and not before.
    pub new: u32,
    /// Kept in all (within the radius).
    pub total: u32,
}

fn clean(text: &str, max: usize) -> String {
    let t: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(max)
        .collect();
    t.trim().to_string()
}

fn address_query(input: &AddressInput) -> Result<AddressQuery, AppError> {
    let number: Option<u32> = input.number.trim().parse().ok();
    let mut wrong: Vec<(&str, &str)> = Vec::new();
    if input.postcode.trim().is_empty() {
        wrong.push(("postcode", "error-field-missing"));
    }
    if input.number.trim().is_empty() {
        wrong.push(("number", "error-field-missing"));
    }
    if !wrong.is_empty() {
        return Err(AppError::invalid_fields(&wrong));
    }
    AddressQuery::new(
        &input.postcode,
        number.unwrap_or(0),
        input.addition.as_deref(),
    )
    .map_err(|e| match e {
        AddressError::Postcode => AppError::invalid_field("postcode", "error-address-postcode", []),
        AddressError::Number => AppError::invalid_field("number", "error-address-number", []),
        AddressError::Addition => AppError::invalid_field("addition", "error-address-addition", []),
    })
}

fn radius(m: u32) -> Result<Radius, AppError> {
    Radius::metres(m).map_err(|r| {
        AppError::invalid_field(
            "radius_m",
            "error-radius",
            [
                ("min", r.min.to_string().as_str()),
                ("max", r.max.to_string().as_str()),
            ],
        )
    })
}

/// Why a lookup or a check failed, as a person can act on it; the log gets
/// the kind only, never the query (which holds where the person lives).
fn fetch_error(e: &FetchError) -> AppError {
    tracing::info!(error = %e, "announcements service failed");
    let id = match e {
        FetchError::Net(NetError::Unreachable) => "error-announce-unreachable",
        FetchError::Net(NetError::Timeout) => "error-announce-timeout",
        FetchError::Busy | FetchError::Net(NetError::Status(429)) => "error-announce-busy",
        FetchError::Net(NetError::Status(500..=599)) => "error-announce-server",
        FetchError::Refused { .. } => "error-announce-refused",
        FetchError::TooMany => "error-announce-too-many",
        FetchError::Net(NetError::NotHttps | NetError::OtherOrigin) => "error-announce-elsewhere",
        FetchError::Net(_) | FetchError::Malformed(_) => "error-announce-answer",
    };
    AppError::with_code(ErrorCode::Unavailable, id)
}

fn off() -> AppError {
    AppError::with_code(ErrorCode::NotFound, "error-announce-off")
}

fn dto(a: &AnnouncementRow) -> AnnouncementDto {
    AnnouncementDto {
        id: a.id.clone(),
        title: a.title.clone(),
        kind: a.kind.clone(),
        organisation: a.organisation.clone(),
        published: a.published.map(|d| d.to_string()),
        // Whole metres: the service's points are not finer than that.
        distance_m: a
            .distance_m
            .filter(|d| d.is_finite() && *d >= 0.0)
            .map(|d| d.round().min(f64::from(u32::MAX)) as u32),
        east_m: a.east_m.map(|v| v.round()),
        north_m: a.north_m.map(|v| v.round()),
        url: a.url.clone(),
        respond_by: a.respond_by.map(|d| d.to_string()),
        read: a.read,
    }
}

fn watch_dto(w: &WatchRow) -> WatchDto {
    WatchDto {
        address: w.address.clone(),
        lat: w.lat,
        lon: w.lon,
        radius_m: w.radius_m,
        tried_at: w.tried_at.clone(),
        checked_on: w.checked_on.map(|d| d.to_string()),
        error: w
            .error
            .as_deref()
            .map(|e| AppError::with_code(ErrorCode::Unavailable, e)),
    }
}

/// Within the radius (the kept rows can be from a wider one before).
fn inside(a: &AnnouncementRow, radius_m: u32) -> bool {
    a.distance_m.is_none_or(|d| d <= f64::from(radius_m))
}

impl Wegwijs {
    fn announce_client(&self) -> Result<Client, AppError> {
        Client::new(&self.announce.pdok, &self.announce.sru, self.net_policy)
            .map(|c| c.with_backoff(self.announce.backoff))
            .map_err(|e| fetch_error(&e))
    }

    /// Looks the address up (one request to the Locatieserver) and says
    /// what was found; nothing is kept.
    pub(crate) async fn lookup_address(
        &self,
        input: &AddressInput,
    ) -> Result<FoundAddressDto, AppError> {
        let q = address_query(input)?;
        let found = self
            .announce_client()?
            .lookup(&q)
            .await
            .map_err(|e| fetch_error(&e))?
            .ok_or_else(|| AppError::invalid_field("number", "error-address-not-found", []))?;
        Ok(FoundAddressDto {
            address: clean(&found.display, MAX_FIELD_CHARS),
            lat: found.point.lat,
            lon: found.point.lon,
        })
    }

    /// Starts watching around a confirmed address: the point is kept, the
    /// lookup is not. What was found around an earlier one goes.
    pub(crate) async fn watch_address(
        &self,
        found: &FoundAddressDto,
        radius_m: u32,
    ) -> Result<WatchDto, AppError> {
        let r = radius(radius_m)?;
        let point = Point::new(found.lat, found.lon)
            .ok_or_else(|| AppError::invalid_field("address", "error-address-not-found", []))?;
        let address = clean(&found.address, MAX_FIELD_CHARS);
        if address.is_empty() {
            return Err(AppError::invalid_field(
                "address",
                "error-field-missing",
                [],
            ));
        }
        self.store
            .set_announce_watch(&address, point.lat, point.lon, r.m())
            .await?;
        tracing::info!("announcements turned on");
        self.announce_watch()
            .await?
            .ok_or_else(AppError::unexpected)
    }

    /// [`Self::lookup_address`] and [`Self::watch_address`] in one: the CLI,
    /// which has no screen to confirm on, prints what it found.
    pub(crate) async fn enable_announcements(
        &self,
        input: &AddressInput,
        radius_m: Option<u32>,
    ) -> Result<WatchDto, AppError> {
        let r = radius(radius_m.unwrap_or(Radius::DEFAULT.m()))?;
        let found = self.lookup_address(input).await?;
        self.watch_address(&found, r.m()).await
    }

    pub(crate) async fn set_announce_radius(&self, radius_m: u32) -> Result<WatchDto, AppError> {
        let r = radius(radius_m)?;
        if !self.store.set_announce_radius(r.m()).await? {
            return Err(off());
        }
        self.announce_watch().await?.ok_or_else(off)
    }

    /// Forgets the point and every announcement found around it.
    pub(crate) async fn disable_announcements(&self) -> Result<(), AppError> {
        self.store.clear_announce_watch().await?;
        tracing::info!("announcements turned off");
        Ok(())
    }

    pub(crate) async fn announce_watch(&self) -> Result<Option<WatchDto>, AppError> {
        Ok(self.store.announce_watch().await?.as_ref().map(watch_dto))
    }

    /// Asks the service for what changed around the address since the last
    /// complete check. A failure keeps what the pages before it brought and
    /// everything found before, and says why.
    pub(crate) async fn check_announcements(&self) -> Result<CheckDto, AppError> {
        let watch = self.store.announce_watch().await?.ok_or_else(off)?;
        let at = Point::new(watch.lat, watch.lon).ok_or_else(AppError::unexpected)?;
        let r = radius(watch.radius_m)?;
        let today = self.today();
        let since = rules::since(today, watch.checked_on);
        let client = self.announce_client()?;
        let fetched = client.announcements(at, r, since).await;
        let found: Vec<AnnouncementRow> = rules::near(at, r, &fetched.records)
            .into_iter()
            .map(|n| {
                let a = n.announcement;
                AnnouncementRow {
                    id: clean(&a.id, MAX_FIELD_CHARS),
                    title: clean(&a.title, MAX_TITLE_CHARS),
                    kind: a.kind.as_deref().map(|k| clean(k, MAX_FIELD_CHARS)),
                    organisation: a.creator.as_deref().map(|k| clean(k, MAX_FIELD_CHARS)),
                    published: a.available,
                    distance_m: n.nearest.map(|x| x.distance_m),
                    east_m: n.nearest.map(|x| x.east_m),
                    north_m: n.nearest.map(|x| x.north_m),
                    url: a.url.clone(),
                    respond_by: a.respond_by,
                    read: false,
                }
            })
            .collect();
        let error = fetched.error.as_ref().map(fetch_error);
        let tried_at = self.now().to_string();
        let new = self
            .store
            .record_announce_check(&CheckOutcome {
                found: &found,
                tried_at: &tried_at,
                complete_on: error.is_none().then_some(today),
                error: error.as_ref().map(|e| e.message_id.as_str()),
            })
            .await?;
        if let Some(e) = error {
            return Err(e);
        }
        let total = self
            .store
            .announcements()
            .await?
            .iter()
            .filter(|a| inside(a, watch.radius_m))
            .count();
        tracing::info!(new = new.len(), total, "announcements checked");
        Ok(CheckDto {
            new: u32::try_from(new.len()).unwrap_or(u32::MAX),
            total: u32::try_from(total).unwrap_or(u32::MAX),
        })
    }

    /// A check when the last one is a day old (or there was none): what the
    /// app runs in the background. `None` when off or not due.
    pub async fn check_announcements_if_due(&self) -> Result<Option<CheckDto>, AppError> {
        let Some(w) = self.store.announce_watch().await? else {
            return Ok(None);
        };
        let now = self.now();
        let due = w
            .tried_at
            .as_deref()
            .and_then(|t| t.parse::<jiff::Timestamp>().ok())
            .is_none_or(|t| now.duration_since(t) >= CHECK_EVERY || t > now);
        if !due {
            return Ok(None);
        }
        self.check_announcements().await.map(Some)
    }

    /// What was found, within the radius, newest first; `unread` only the
    /// ones not marked read.
    pub(crate) async fn announcements(&self, unread: bool) -> Result<AnnouncementsDto, AppError> {
        let watch = self.store.announce_watch().await?;
        let radius_m = watch.as_ref().map_or(Radius::DEFAULT.m(), |w| w.radius_m);
        let items: Vec<AnnouncementDto> = self
            .store
            .announcements()
            .await?
            .iter()
            .filter(|a| inside(a, radius_m) && !(unread && a.read))
            .map(dto)
            .collect();
        let mut kinds: Vec<String> = items.iter().filter_map(|a| a.kind.clone()).collect();
        kinds.sort();
        kinds.dedup();
        Ok(AnnouncementsDto {
            watch: watch.as_ref().map(watch_dto),
            items,
            kinds,
            radius_min_m: Radius::MIN_M,
            radius_max_m: Radius::MAX_M,
            radius_default_m: Radius::DEFAULT.m(),
        })
    }

    pub(crate) async fn mark_announcement_read(
        &self,
        id: &str,
        read: bool,
    ) -> Result<(), AppError> {
        if self.store.mark_announcement_read(id.trim(), read).await? {
            Ok(())
        } else {
            Err(
                AppError::with_code(ErrorCode::NotFound, "error-announcement-unknown")
                    .arg("id", id.trim()),
            )
        }
    }

    /// For the signals: the unread ones (dated by the last check, with how
    /// many the last check found) and the last days to respond ahead.
    pub(crate) async fn announcement_signal_inputs(
        &self,
    ) -> Result<Option<(WatchRow, Vec<AnnouncementRow>)>, AppError> {
        let Some(w) = self.store.announce_watch().await? else {
            return Ok(None);
        };
        let mut rows = self.store.announcements().await?;
        rows.retain(|a| inside(a, w.radius_m));
        Ok(Some((w, rows)))
    }
}
