//! One page of an SRU 2.0 `searchRetrieveResponse` with `gzd` records.
//!
//! Elements are matched by local name within the SRU and gzd structure, not
//! by prefix: the service is seen to use a default namespace in one answer
//! and prefixes in another.

use jiff::civil::Date;
use wegwijs_core::announcements::{Announcement, Area, Place, Point};

const SRU_NS: &str = "http://docs.oasis-open.org/ns/search-ws/sruResponse";

/// At most this many XML nodes in one page (a page of 100 records with
/// outlines of their areas is well under a million).
const MAX_NODES: u32 = 2_000_000;

/// What a page holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// How many records match, over all pages.
    pub total: u64,
    /// Where the next page starts, when there is one.
    pub next: Option<u32>,
    pub records: Vec<Announcement>,
    /// Records left out because they lack an identifier or a title.
    pub skipped: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SruError {
    /// The service refused the query (HTTP 200 with a diagnostic).
    #[error("the service refused the query: {message} ({uri})")]
    Diagnostic { uri: String, message: String },
    #[error("not an SRU answer: {0}")]
    NotSru(String),
}

/// Reads one page.
pub fn parse_page(xml: &str) -> Result<Page, SruError> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(xml, opts)
        .map_err(|e| SruError::NotSru(e.to_string()))?;
    let root = doc.root_element();
    if root.tag_name().name() != "searchRetrieveResponse"
        || root.tag_name().namespace() != Some(SRU_NS)
    {
        return Err(SruError::NotSru("no searchRetrieveResponse".into()));
    }
    if let Some(d) = root
        .descendants()
        .find(|n| n.is_element() && n.tag_name().name() == "diagnostic")
    {
        return Err(SruError::Diagnostic {
            uri: text_of(d, "uri").unwrap_or_default(),
            message: text_of(d, "message")
                .or_else(|| text_of(d, "details"))
                .unwrap_or_default(),
        });
    }
    let total = text_of(root, "numberOfRecords")
        .and_then(|t| t.parse().ok())
        .ok_or_else(|| SruError::NotSru("no numberOfRecords".into()))?;
    let next = text_of(root, "nextRecordPosition").and_then(|t| t.parse().ok());
    let mut records = Vec::new();
    let mut skipped = 0;
    if let Some(list) = child(root, "records") {
        for r in list.children().filter(|n| is(n, "record")) {
            match record(r) {
                Some(a) => records.push(a),
                None => skipped += 1,
            }
        }
    }
    Ok(Page {
        total,
        next,
        records,
        skipped,
    })
}

fn is(n: &roxmltree::Node<'_, '_>, name: &str) -> bool {
    n.is_element() && n.tag_name().name() == name
}

fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    n.children().find(|c| is(c, name))
}

/// The trimmed text of the first child named `name`, when not empty.
fn text_of(n: roxmltree::Node<'_, '_>, name: &str) -> Option<String> {
    child(n, name).and_then(text)
}

fn text(n: roxmltree::Node<'_, '_>) -> Option<String> {
    let t: String = n
        .descendants()
        .filter(|d| d.is_text())
        .filter_map(|d| d.text())
        .collect();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// `2026-04-02`, also at the start of a date-time.
fn date(t: &str) -> Option<Date> {
    t.get(..10).unwrap_or(t).parse().ok()
}

fn record(r: roxmltree::Node<'_, '_>) -> Option<Announcement> {
    let gzd = child(r, "recordData").and_then(|d| child(d, "gzd"))?;
    let meta = child(gzd, "originalData").and_then(|o| child(o, "meta"))?;
    let kern = child(meta, "owmskern")?;
    let mantel = child(meta, "owmsmantel");
    let tp = child(meta, "tpmeta");
    let id = text_of(kern, "identifier")?;
    let title = mantel
        .and_then(|m| text_of(m, "abstract"))
        .or_else(|| text_of(kern, "title"))?;
    let kind = tp
        .and_then(|t| text_of(t, "activiteit"))
        .or_else(|| text_of(kern, "type"));
    let available = mantel
        .and_then(|m| text_of(m, "available"))
        .and_then(|t| date(&t));
    // The element is `datumEindeReactietermijn` (its CQL index is
    // `w.datumEindeReactie`); the shorter name is read too, should a
    // collection use it.
    let respond_by = tp
        .and_then(|t| {
            text_of(t, "datumEindeReactietermijn").or_else(|| text_of(t, "datumEindeReactie"))
        })
        .and_then(|t| date(&t));
    // A link is followed only to the web, never to a `javascript:` or
    // `file:` address an answer might hold.
    let url = child(gzd, "enrichedData")
        .and_then(|e| text_of(e, "preferredUrl"))
        .filter(|u| u.starts_with("https://") && !u.contains(char::is_whitespace));
    let places = tp
        .map(|t| {
            t.children()
                .filter(|m| is(m, "gebiedsmarkering"))
                .flat_map(|m| m.children().filter(roxmltree::Node::is_element))
                .map(place)
                .collect()
        })
        .unwrap_or_default();
    Some(Announcement {
        id,
        title,
        kind,
        creator: text_of(kern, "creator"),
        available,
        url,
        places,
        respond_by,
    })
}

/// One marker: a point (`locatiepunt`, "lat lon") or an area
/// (`locatiegebied`, WKT lon lat); a municipality or a road is a place
/// without a distance.
fn place(marker: roxmltree::Node<'_, '_>) -> Place {
    if let Some(p) = text_of(marker, "locatiepunt").and_then(|t| Point::from_lat_lon(&t).ok()) {
        return Place::Point(p);
    }
    if let Some(a) = text_of(marker, "locatiegebied").and_then(|t| Area::from_wkt(&t).ok()) {
        return Place::Area(a);
    }
    Place::Unknown
}
