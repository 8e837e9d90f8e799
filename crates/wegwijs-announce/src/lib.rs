//! Official announcements near an address, as the services send them: the
//! KOOP publications service (SRU 2.0, `repository.overheid.nl/sru`) and the
//! PDOK Locatieserver that turns an address into a point. This crate turns
//! their bytes into `wegwijs_core::announcements` values; it does no I/O of
//! its own.
//!
//! The SRU answer is read as XML, not as the `httpAccept=application/json`
//! variant: XML is the documented response, its namespaces say what each
//! element is, and the JSON variant changes shape with the data (one record
//! is an object, more an array; a value with attributes becomes `{"$": ..}`).

pub mod pdok;
pub mod sru;
