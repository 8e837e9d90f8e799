//! How long a personal plan and a household's signals take to compute, with
//! the shipped catalogue. Target: under 50 µs median each. Run with
//! `cargo xtask bench`.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::date;
use wegwijs_content::Catalogue;
use wegwijs_core::guidance::{Employment, Situation, plan};
use wegwijs_core::signals::signals;

fn household() -> Situation {
    let mut s = Situation::new(date(1961, 5, 10));
    s.residence_country = Some("NL".parse().unwrap());
    s.partner = Some(true);
    s.employment = Some(Employment::Employed);
    s.children = Some(vec![date(2009, 3, 2), date(2012, 7, 1), date(2016, 2, 29)]);
    s
}

fn bench(c: &mut Criterion) {
    let cat = Catalogue::embedded();
    assert!(cat.problems.is_empty());
    let who = household();

    // The largest events, so the figure is an upper bound.
    for id in ["turning-18", "emigration", "birth"] {
        let event = cat.event(id).unwrap();
        c.bench_function(&format!("plan {id}"), |b| {
            b.iter(|| {
                plan(
                    black_box(event),
                    black_box(date(2026, 11, 27)),
                    black_box(&who),
                    &cat.calendar,
                )
            })
        });
    }
    c.bench_function("plans for all 14 events", |b| {
        b.iter(|| {
            cat.events
                .iter()
                .map(|e| {
                    plan(e, black_box(date(2026, 11, 27)), &who, &cat.calendar)
                        .tasks
                        .len()
                })
                .sum::<usize>()
        })
    });
    c.bench_function("signals for a household, 1 year ahead", |b| {
        b.iter(|| {
            signals(
                black_box(&who),
                black_box(date(2026, 11, 29)),
                365,
                &cat.aow,
                &[],
            )
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
