//! Official announcements near an address, as rules: where the address is,
//! how far an announcement is from it, what to ask the publications service
//! for, and which of the answers are new. No I/O: the connector fetches and
//! parses, this module decides.

use std::collections::HashSet;
use std::fmt;

use jiff::civil::Date;

/// Mean Earth radius (IUGG), in metres.
const EARTH_M: f64 = 6_371_008.8;

/// A point in WGS84/ETRS89 degrees (the two differ by less than a metre in
/// the Netherlands, far below what a radius of 125 m can tell apart).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GeoError {
    #[error("not a point: {0}")]
    NotAPoint(String),
    #[error("not an area: {0}")]
    NotAnArea(String),
}

impl Point {
    /// A point only when both are finite and on the globe.
    pub fn new(lat: f64, lon: f64) -> Option<Point> {
        let on_globe = (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon);
        on_globe.then_some(Point { lat, lon })
    }

    /// `"52.09 5.12"`: latitude first, as the publications service writes
    /// `locatiepunt` and reads its circle.
    pub fn from_lat_lon(text: &str) -> Result<Point, GeoError> {
        let bad = || GeoError::NotAPoint(shorten(text));
        let mut it = text.split_whitespace().map(str::parse::<f64>);
        match (it.next(), it.next(), it.next()) {
            (Some(Ok(lat)), Some(Ok(lon)), None) => Point::new(lat, lon).ok_or_else(bad),
            _ => Err(bad()),
        }
    }

    /// `"POINT(5.12 52.09)"`: WKT, longitude first, as PDOK's
    /// `centroide_ll` has it.
    pub fn from_wkt(text: &str) -> Result<Point, GeoError> {
        let bad = || GeoError::NotAPoint(shorten(text));
        let inner = text
            .trim()
            .strip_prefix("POINT")
            .map(str::trim_start)
            .and_then(|r| r.strip_prefix('('))
            .and_then(|r| r.strip_suffix(')'))
            .ok_or_else(bad)?;
        lon_lat(inner).ok_or_else(bad)
    }
}

fn lon_lat(pair: &str) -> Option<Point> {
    let mut it = pair.split_whitespace().map(str::parse::<f64>);
    match (it.next(), it.next(), it.next()) {
        (Some(Ok(lon)), Some(Ok(lat)), None) => Point::new(lat, lon),
        _ => None,
    }
}

fn shorten(text: &str) -> String {
    text.chars().take(60).collect()
}

/// An area as the outer rings of its polygons (holes do not matter for
/// "how near is it").
#[derive(Debug, Clone, PartialEq)]
pub struct Area(pub Vec<Vec<Point>>);

/// The most vertices read from one area: a municipality's outline has a few
/// thousand; more is not a notice about a street.
pub const MAX_AREA_POINTS: usize = 100_000;

impl Area {
    /// `POLYGON((lon lat, ...), (hole))` or `MULTIPOLYGON(((...)), ((...)))`,
    /// WKT as `locatiegebied` holds it.
    pub fn from_wkt(text: &str) -> Result<Area, GeoError> {
        let bad = || GeoError::NotAnArea(shorten(text));
        let t = text.trim();
        let (multi, body) = if let Some(r) = t.strip_prefix("MULTIPOLYGON") {
            (true, r)
        } else if let Some(r) = t.strip_prefix("POLYGON") {
            (false, r)
        } else {
            return Err(bad());
        };
        let mut rings = Vec::new();
        let mut total = 0;
        // Each outer ring starts right after "((" (a polygon's first ring);
        // in a MULTIPOLYGON each polygon opens with "((", its holes with "(".
        let body = body.trim();
        let polygons: Vec<&str> = if multi {
            let inner = body
                .strip_prefix('(')
                .and_then(|b| b.strip_suffix(')'))
                .ok_or_else(bad)?;
            inner.split(")),").collect()
        } else {
            vec![body]
        };
        for p in polygons {
            let p = p.trim().trim_start_matches('(');
            let outer = p.split(')').next().ok_or_else(bad)?;
            let ring: Option<Vec<Point>> = outer.split(',').map(lon_lat).collect();
            let ring = ring.ok_or_else(bad)?;
            total += ring.len();
            if ring.len() < 3 || total > MAX_AREA_POINTS {
                return Err(bad());
            }
            rings.push(ring);
        }
        if rings.is_empty() {
            return Err(bad());
        }
        Ok(Area(rings))
    }
}

/// Great-circle distance in metres.
pub fn distance_m(a: Point, b: Point) -> f64 {
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_M * h.sqrt().min(1.0).asin()
}

/// Metres east and north of `from`, on a plane touching the globe there:
/// within a few kilometres the error is far below a house's width.
pub fn offset_m(from: Point, to: Point) -> (f64, f64) {
    let east = (to.lon - from.lon).to_radians() * EARTH_M * from.lat.to_radians().cos();
    let north = (to.lat - from.lat).to_radians() * EARTH_M;
    (east, north)
}

/// How far an area is from a point: 0 inside it, else to its nearest edge.
pub fn distance_to_area_m(p: Point, area: &Area) -> f64 {
    let (x, y) = nearest_in_area(p, area);
    x.hypot(y)
}

/// The offset (east, north) from `p` to the area's nearest point: (0, 0)
/// inside it.
fn nearest_in_area(p: Point, area: &Area) -> (f64, f64) {
    let mut best = (f64::INFINITY, f64::INFINITY);
    for ring in &area.0 {
        let xy: Vec<(f64, f64)> = ring.iter().map(|q| offset_m(p, *q)).collect();
        if contains_origin(&xy) {
            return (0.0, 0.0);
        }
        for (i, a) in xy.iter().enumerate() {
            let b = xy[(i + 1) % xy.len()];
            let c = origin_to_segment(*a, b);
            if c.0.hypot(c.1) < best.0.hypot(best.1) {
                best = c;
            }
        }
    }
    best
}

/// Ray casting from the origin along +x.
fn contains_origin(ring: &[(f64, f64)]) -> bool {
    let mut inside = false;
    for (i, &(x1, y1)) in ring.iter().enumerate() {
        let (x2, y2) = ring[(i + 1) % ring.len()];
        if (y1 > 0.0) != (y2 > 0.0) {
            let x = x1 + (0.0 - y1) * (x2 - x1) / (y2 - y1);
            if x > 0.0 {
                inside = !inside;
            }
        }
    }
    inside
}

/// The point of segment a-b nearest to the origin.
fn origin_to_segment(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        ((-a.0 * dx - a.1 * dy) / len2).clamp(0.0, 1.0)
    };
    (a.0 + t * dx, a.1 + t * dy)
}

/// How far around the address to look: the range of the government's own
/// e-mail service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Radius(u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the radius is {min}-{max} metres")]
pub struct RadiusOutOfRange {
    pub min: u32,
    pub max: u32,
}

impl Radius {
    pub const MIN_M: u32 = 125;
    pub const MAX_M: u32 = 3_000;
    pub const DEFAULT: Radius = Radius(500);

    pub fn metres(m: u32) -> Result<Radius, RadiusOutOfRange> {
        if (Self::MIN_M..=Self::MAX_M).contains(&m) {
            Ok(Radius(m))
        } else {
            Err(RadiusOutOfRange {
                min: Self::MIN_M,
                max: Self::MAX_M,
            })
        }
    }

    pub fn m(self) -> u32 {
        self.0
    }
}

/// The CQL query for official publications changed since `since` within
/// `radius` of `at`. The circle is "lat lon km" in ETRS89.
pub fn query(at: Point, radius: Radius, since: Date) -> String {
    format!(
        "c.product-area==officielepublicaties AND dt.modified>={since} AND w.locatiepunt within/etrs89 \"{:.6} {:.6} {}\"",
        at.lat,
        at.lon,
        Km(radius.m())
    )
}

/// Kilometres without trailing zeros: 500 m is `0.5`, 1250 m `1.25`.
struct Km(u32);

impl fmt::Display for Km {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / 1000;
        let rest = self.0 % 1000;
        if rest == 0 {
            write!(f, "{whole}")
        } else {
            let frac = format!("{rest:03}");
            write!(f, "{whole}.{}", frac.trim_end_matches('0'))
        }
    }
}

/// Where an announcement is.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    Point(Point),
    Area(Area),
    /// Only a municipality or an address without coordinates.
    Unknown,
}

impl Place {
    pub fn distance_from(&self, p: Point) -> Option<f64> {
        match self {
            Place::Point(q) => Some(distance_m(p, *q)),
            Place::Area(a) => Some(distance_to_area_m(p, a)),
            Place::Unknown => None,
        }
    }
}

/// One announcement as the rules need it.
#[derive(Debug, Clone, PartialEq)]
pub struct Announcement {
    /// The service's identifier, e.g. `gmb-2026-123456`.
    pub id: String,
    pub title: String,
    pub kind: Option<String>,
    pub creator: Option<String>,
    pub available: Option<Date>,
    pub url: Option<String>,
    /// Where it is: one or more points and areas (a decision about 16
    /// trees has 16 points).
    pub places: Vec<Place>,
    /// The last day to respond or object, where the announcement gives one.
    pub respond_by: Option<Date>,
}

impl Announcement {
    /// The distance from `p` to the nearest of its places.
    pub fn distance_from(&self, p: Point) -> Option<f64> {
        self.nearest(p).map(|n| n.distance_m)
    }

    /// Where its nearest place is, seen from `p`.
    pub fn nearest(&self, p: Point) -> Option<Nearest> {
        self.places
            .iter()
            .filter_map(|pl| match pl {
                Place::Point(q) => {
                    let (east_m, north_m) = offset_m(p, *q);
                    Some(Nearest {
                        distance_m: distance_m(p, *q),
                        east_m,
                        north_m,
                    })
                }
                Place::Area(a) => {
                    let (east_m, north_m) = nearest_in_area(p, a);
                    Some(Nearest {
                        distance_m: east_m.hypot(north_m),
                        east_m,
                        north_m,
                    })
                }
                Place::Unknown => None,
            })
            .filter(|n| n.distance_m.is_finite())
            .min_by(|a, b| a.distance_m.total_cmp(&b.distance_m))
    }
}

/// An announcement's nearest place: how far, and which way (metres east
/// and north, for a map drawn around the address).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Nearest {
    pub distance_m: f64,
    pub east_m: f64,
    pub north_m: f64,
}

/// How far back the first check looks: the usual six weeks to object to a
/// decision (Awb art. 6:7), so what can still be answered is there.
pub const FIRST_LOOK_BACK_DAYS: i64 = 42;

/// The date to ask for changes since: the day before the last complete
/// check (the service dates changes by day, and a day seen twice costs only
/// duplicates, which are dropped), else [`FIRST_LOOK_BACK_DAYS`] back.
pub fn since(today: Date, last_complete: Option<Date>) -> Date {
    use jiff::ToSpan;
    let first = today
        .checked_sub(FIRST_LOOK_BACK_DAYS.days())
        .unwrap_or(today);
    match last_complete {
        // A clock set back must not make the window empty.
        Some(d) if d <= today => d.checked_sub(1.day()).unwrap_or(d).max(first),
        _ => first,
    }
}

/// An announcement kept for the person: within the radius.
#[derive(Debug, Clone, PartialEq)]
pub struct Near<'a> {
    pub announcement: &'a Announcement,
    /// `None` when it names only a municipality or a road: the service
    /// matched it to the circle by data it did not send.
    pub nearest: Option<Nearest>,
}

/// The ones of `fetched` within `radius` of `at` (the service's circle is
/// coarser and returns some outside it), each identifier once, newest
/// first.
pub fn near<'a>(at: Point, radius: Radius, fetched: &'a [Announcement]) -> Vec<Near<'a>> {
    let none = HashSet::new();
    new_ones(&none, fetched)
        .into_iter()
        .filter_map(|a| {
            let nearest = a.nearest(at);
            match nearest {
                Some(n) if n.distance_m > f64::from(radius.m()) => None,
                _ => Some(Near {
                    announcement: a,
                    nearest,
                }),
            }
        })
        .collect()
}

/// The ones in `fetched` not seen before, each once (a record can come in
/// several pages or several checks), newest first.
pub fn new_ones<'a>(known: &HashSet<&str>, fetched: &'a [Announcement]) -> Vec<&'a Announcement> {
    let mut seen = HashSet::new();
    let mut out: Vec<&Announcement> = fetched
        .iter()
        .filter(|a| !known.contains(a.id.as_str()) && seen.insert(a.id.as_str()))
        .collect();
    newest_first(&mut out);
    out
}

/// By publication date, newest first; undated last; ties by id so the
/// order never changes between runs.
pub fn newest_first(list: &mut [&Announcement]) {
    list.sort_by(|a, b| b.available.cmp(&a.available).then_with(|| a.id.cmp(&b.id)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    fn utrecht() -> Point {
        Point::new(52.0907, 5.1214).unwrap()
    }

    #[test]
    fn reads_points_in_both_orders_and_refuses_others() {
        assert_eq!(Point::from_lat_lon("52.0907 5.1214"), Ok(utrecht()));
        assert_eq!(Point::from_wkt("POINT(5.1214 52.0907)"), Ok(utrecht()));
        assert_eq!(Point::from_wkt(" POINT (5.1214 52.0907) "), Ok(utrecht()));
        for bad in [
            "",
            "52.09",
            "52 5 1",
            "NaN 5",
            "95 5",
            "POINT(5 52",
            "POINT(5 52 3)",
        ] {
            assert!(
                Point::from_lat_lon(bad).is_err() && Point::from_wkt(bad).is_err(),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn a_kilometre_north_is_a_kilometre() {
        let north = Point::new(52.0907 + 1000.0 / 111_195.0, 5.1214).unwrap();
        let d = distance_m(utrecht(), north);
        assert!((d - 1000.0).abs() < 1.0, "{d}");
        let (e, n) = offset_m(utrecht(), north);
        assert!(e.abs() < 0.01 && (n - 1000.0).abs() < 1.0);
    }

    #[test]
    fn an_area_is_near_at_its_edge_and_at_zero_inside() {
        // A block of about 140 x 220 m east of the point.
        let area = Area::from_wkt(
            "POLYGON((5.1240 52.0900, 5.1260 52.0900, 5.1260 52.0920, 5.1240 52.0920, 5.1240 52.0900))",
        )
        .unwrap();
        let d = distance_to_area_m(utrecht(), &area);
        // 0.0026 degrees of longitude at 52.09 N.
        assert!((d - 178.0).abs() < 2.0, "{d}");
        let inside = Point::new(52.0910, 5.1250).unwrap();
        assert_eq!(distance_to_area_m(inside, &area), 0.0);
        let multi = Area::from_wkt(
            "MULTIPOLYGON(((5.0 52.0, 5.1 52.0, 5.1 52.1, 5.0 52.0)), ((5.1240 52.0900, 5.1260 52.0900, 5.1260 52.0920, 5.1240 52.0900), (5.1245 52.0905, 5.1246 52.0905, 5.1246 52.0906, 5.1245 52.0905)))",
        )
        .unwrap();
        assert_eq!(multi.0.len(), 2);
        for bad in [
            "POLYGON((5 52, 6 52))",
            "LINESTRING(5 52, 6 52)",
            "POLYGON((a b, c d, e f))",
            "MULTIPOLYGON",
        ] {
            assert!(Area::from_wkt(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_query_has_the_circle_lat_first_in_kilometres() {
        let q = query(utrecht(), Radius::DEFAULT, date(2026, 11, 1));
        assert_eq!(
            q,
            "c.product-area==officielepublicaties AND dt.modified>=2026-11-01 AND w.locatiepunt within/etrs89 \"52.090700 5.121400 0.5\""
        );
        assert!(
            query(utrecht(), Radius::metres(3000).unwrap(), date(2026, 11, 1)).ends_with(" 3\"")
        );
        assert!(
            query(utrecht(), Radius::metres(1250).unwrap(), date(2026, 11, 1)).ends_with(" 1.25\"")
        );
        assert!(
            query(utrecht(), Radius::metres(125).unwrap(), date(2026, 11, 1)).ends_with(" 0.125\"")
        );
    }

    #[test]
    fn the_radius_is_that_of_the_government_service() {
        assert!(Radius::metres(124).is_err());
        assert!(Radius::metres(125).is_ok());
        assert!(Radius::metres(3000).is_ok());
        assert!(Radius::metres(3001).is_err());
    }

    fn ann(id: &str, day: Option<i8>) -> Announcement {
        Announcement {
            id: id.into(),
            title: id.into(),
            kind: None,
            creator: None,
            available: day.map(|d| date(2026, 11, d)),
            url: None,
            places: vec![Place::Unknown],
            respond_by: None,
        }
    }

    #[test]
    fn new_ones_are_each_once_and_newest_first() {
        let fetched = [
            ann("a", Some(3)),
            ann("b", Some(5)),
            ann("a", Some(3)),
            ann("c", None),
            ann("d", Some(5)),
        ];
        let known: HashSet<&str> = ["d"].into_iter().collect();
        let ids: Vec<&str> = new_ones(&known, &fetched)
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(ids, ["b", "a", "c"]);
    }

    #[test]
    fn the_distance_is_to_the_nearest_place() {
        let mut a = ann("x", None);
        assert_eq!(a.distance_from(utrecht()), None);
        a.places = vec![
            Place::Point(Point::new(52.1007, 5.1214).unwrap()),
            Place::Unknown,
            Place::Point(Point::new(52.0917, 5.1214).unwrap()),
        ];
        let d = a.distance_from(utrecht()).unwrap();
        assert!((d - 111.2).abs() < 1.0, "{d}");
    }

    fn at(id: &str, available: Option<Date>, places: Vec<Place>) -> Announcement {
        Announcement {
            id: id.into(),
            title: id.into(),
            kind: None,
            creator: None,
            available,
            url: None,
            places,
            respond_by: None,
        }
    }

    #[test]
    fn the_first_check_looks_six_weeks_back_and_later_ones_from_the_day_before() {
        let today = date(2026, 12, 7);
        assert_eq!(since(today, None), date(2026, 10, 26));
        assert_eq!(since(today, Some(date(2026, 12, 5))), date(2026, 12, 4));
        // A check from long ago, or one dated in the future by a wrong
        // clock, looks back no further than the first would, and never
        // leaves nothing to ask for.
        assert_eq!(since(today, Some(date(2025, 1, 1))), date(2026, 10, 26));
        assert_eq!(since(today, Some(date(2027, 6, 1))), date(2026, 10, 26));
    }

    #[test]
    fn near_keeps_what_is_inside_the_radius_once_newest_first() {
        let home = utrecht();
        let north = |m: f64| Place::Point(Point::new(52.0907 + m / 111_195.0, 5.1214).unwrap());
        let fetched = vec![
            at("old", Some(date(2026, 11, 1)), vec![north(100.0)]),
            at("far", Some(date(2026, 11, 5)), vec![north(900.0)]),
            at(
                "new",
                Some(date(2026, 11, 20)),
                vec![north(900.0), north(300.0)],
            ),
            at("town", None, vec![Place::Unknown]),
            // The same record on a later page.
            at("old", Some(date(2026, 11, 1)), vec![north(100.0)]),
        ];
        let kept = near(home, Radius::DEFAULT, &fetched);
        let ids: Vec<&str> = kept.iter().map(|n| n.announcement.id.as_str()).collect();
        assert_eq!(ids, ["new", "old", "town"]);
        let n = kept[0].nearest.unwrap();
        assert!((n.distance_m - 300.0).abs() < 1.0 && (n.north_m - 300.0).abs() < 1.0);
        assert!(n.east_m.abs() < 0.01);
        assert_eq!(kept[2].nearest, None);
        // An area east of the address: its west edge, which way it lies.
        let area = Area::from_wkt(
            "POLYGON((5.1240 52.0900, 5.1260 52.0900, 5.1260 52.0920, 5.1240 52.0920, 5.1240 52.0900))",
        )
        .unwrap();
        let n = at("vlak", None, vec![Place::Area(area)])
            .nearest(home)
            .unwrap();
        assert!(
            (n.east_m - 178.0).abs() < 2.0 && n.north_m.abs() < 0.01,
            "{n:?}"
        );
    }

    proptest! {
        #[test]
        fn near_never_keeps_one_outside_the_radius(
            r in 125u32..=3000,
            offsets in proptest::collection::vec((-4000.0f64..4000.0, -4000.0f64..4000.0), 0..20),
        ) {
            let home = utrecht();
            let fetched: Vec<Announcement> = offsets
                .iter()
                .enumerate()
                .map(|(i, (n, e))| {
                    let q = Point::new(
                        home.lat + n / 111_195.0,
                        home.lon + e / (111_195.0 * home.lat.to_radians().cos()),
                    ).unwrap();
                    at(&i.to_string(), None, vec![Place::Point(q)])
                })
                .collect();
            let radius = Radius::metres(r).unwrap();
            let kept = near(home, radius, &fetched);
            for k in &kept {
                prop_assert!(k.nearest.unwrap().distance_m <= f64::from(r));
            }
            let inside = fetched
                .iter()
                .filter(|a| a.distance_from(home).unwrap() <= f64::from(r))
                .count();
            prop_assert_eq!(kept.len(), inside);
        }

        #[test]
        fn distance_is_symmetric_and_never_negative(
            a in (50.0f64..54.0, 3.0f64..8.0),
            b in (50.0f64..54.0, 3.0f64..8.0),
        ) {
            let (p, q) = (Point::new(a.0, a.1).unwrap(), Point::new(b.0, b.1).unwrap());
            let d = distance_m(p, q);
            prop_assert!(d >= 0.0);
            prop_assert!((d - distance_m(q, p)).abs() < 1e-6);
        }

        #[test]
        fn within_a_radius_the_plane_agrees_with_the_globe(
            lat in 50.7f64..53.6, lon in 3.3f64..7.3,
            dn in -3000.0f64..3000.0, de in -3000.0f64..3000.0,
        ) {
            let p = Point::new(lat, lon).unwrap();
            let q = Point::new(
                lat + dn / 111_195.0,
                lon + de / (111_195.0 * lat.to_radians().cos()),
            ).unwrap();
            let (e, n) = offset_m(p, q);
            prop_assert!((e.hypot(n) - distance_m(p, q)).abs() < 2.0);
        }

        #[test]
        fn reading_any_text_never_panics(s in ".{0,80}") {
            let _ = Point::from_lat_lon(&s);
            let _ = Point::from_wkt(&s);
            let _ = Area::from_wkt(&s);
        }
    }
}
