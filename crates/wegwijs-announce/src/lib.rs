//! Official announcements near an address, as the services send them: the
//! KOOP publications service (SRU 2.0, `repository.overheid.nl/sru`) and the
//! PDOK Locatieserver that turns an address into a point. `pdok` and `sru`
//! turn their bytes into `wegwijs_core::announcements` values without I/O;
//! `client` asks the services, through `wegwijs-net`'s policy.
//!
//! The SRU answer is read as XML, not as the `httpAccept=application/json`
//! variant: XML is the documented response, its namespaces say what each
//! element is, and the JSON variant changes shape with the data (one record
//! is an object, more an array; a value with attributes becomes `{"$": ..}`).

pub mod client;
pub mod pdok;
pub mod sru;

/// Entry points for the fuzzers (`fuzz/`) and their regression tests:
/// untrusted bytes in, never a panic out.
#[doc(hidden)]
pub mod fuzzing {
    use wegwijs_core::announcements::Point;

    /// A page from the publications service, and the same bytes as a
    /// Locatieserver answer; every distance read is a number.
    pub fn sru_page(data: &[u8]) {
        let text = String::from_utf8_lossy(data);
        if let Ok(page) = crate::sru::parse_page(&text) {
            let home = Point {
                lat: 52.09,
                lon: 5.12,
            };
            for r in &page.records {
                if let Some(d) = r.distance_from(home) {
                    assert!(d.is_finite() && d >= 0.0, "{d}");
                }
            }
        }
        if let Ok(q) = crate::pdok::AddressQuery::new("3512JC", 1, None) {
            let _ = crate::pdok::parse_lookup(&text, &q);
        }
    }
}
