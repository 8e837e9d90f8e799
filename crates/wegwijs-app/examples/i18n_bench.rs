//! The Rust side's languages, measured (`cargo xtask bench`): the first
//! message of a process (every language parsed once), later messages, and
//! the peer: fluent-bundle parsing one message and formatting it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::collections::BTreeMap;
use std::time::Instant;

use fluent_bundle::{FluentBundle, FluentResource};
use wegwijs_app::Localizer;
use wegwijs_core::Language;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    let t0 = Instant::now();
    let l10n = Localizer::new();
    let first = l10n.text(Language::NL, "nav-home");
    let cold = t0.elapsed().as_secs_f64() * 1e3;
    assert!(!first.is_empty());

    let args: BTreeMap<String, wegwijs_app::FluentArg> = BTreeMap::new();
    let warm = median(
        (0..1000)
            .map(|i| {
                let lang = Language::ALL[i % Language::ALL.len()];
                let t = Instant::now();
                let s = Localizer::new().format(lang, "nav-home", &args);
                std::hint::black_box(s);
                t.elapsed().as_secs_f64() * 1e6
            })
            .collect(),
    );

    let peer = median(
        (0..200)
            .map(|_| {
                let t = Instant::now();
                let res = FluentResource::try_new("nav-home = Start".to_string()).unwrap();
                let mut bundle = FluentBundle::new(vec!["nl".parse().unwrap()]);
                bundle.add_resource(res).unwrap();
                let msg = bundle.get_message("nav-home").unwrap();
                let mut errors = vec![];
                let s = bundle
                    .format_pattern(msg.value().unwrap(), None, &mut errors)
                    .into_owned();
                std::hint::black_box(s);
                t.elapsed().as_secs_f64() * 1e6
            })
            .collect(),
    );
    println!("first message of a process (Dutch parsed): {cold:.2} ms");
    println!("a later message (any language): median {warm:.2} µs");
    println!("fluent-bundle, one message parsed and formatted (peer): median {peer:.2} µs");
}
