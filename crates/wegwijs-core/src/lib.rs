//! Wegwijs' domain: the facts a person gives about themselves and the rules
//! those facts must satisfy.
//!
//! This crate does no I/O and knows nothing about storage, Tauri or the
//! command line. Anything that depends on "now" takes the date as an argument,
//! so every rule can be tested with plain `cargo test`.

pub mod abroad;
pub mod announcements;
pub mod authz;
pub mod calendar;
pub mod cases;
pub mod country;
pub mod deadline;
pub mod expiry;
pub mod glossary;
pub mod guidance;
pub mod language;
pub mod profile;
pub mod signals;

pub use country::Country;
pub use language::Language;
pub use profile::{FieldError, Profile, ProfileDraft, ProfileError, ProfileField, parse_iso_date};
