//! When a document's expiry deserves a warning, and whether a document is
//! still valid on a task's due date. Pure: "today" is an argument.

use jiff::ToSpan;
use jiff::civil::Date;

/// How many months before expiry a person should start renewing a document
/// of `kind`. Living abroad adds time where renewal goes through an embassy
/// (appointments there are scarce).
///
/// - passport, ID card: 6 months (many countries want 6 months of validity
///   left at entry; rijksoverheid.nl advises applying in time), 9 abroad;
/// - residence permit: 3 months (the IND takes an extension from 3 months
///   before the end);
/// - driving licence, rental contract: 3 months;
/// - insurance policy: 2 months (notice periods);
/// - anything else with an expiry date: 1 month.
pub fn lead_months(kind: &str, lives_abroad: bool) -> i32 {
    match kind {
        "passport" | "id-card" if lives_abroad => 9,
        "passport" | "id-card" => 6,
        "residence-permit" | "driving-licence" | "rental-contract" => 3,
        "insurance-policy" => 2,
        _ => 1,
    }
}

/// After this long past its expiry, an expired document stops being a
/// warning: the person has dealt with it or kept it on purpose.
pub const EXPIRED_WARNING_DAYS: i32 = 90;

/// A document with an expiry date, as the vault knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expiring<'a> {
    pub id: &'a str,
    pub kind: &'a str,
    pub expires: Date,
}

/// A warning about one document: from `from` on, until some time after
/// `expires`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpirySignal<'a> {
    pub id: &'a str,
    pub kind: &'a str,
    pub expires: Date,
    /// The day the warning starts (expiry minus the lead time).
    pub from: Date,
    pub expired: bool,
}

/// The documents to warn about today, soonest expiry first.
pub fn expiry_signals<'a>(
    docs: &[Expiring<'a>],
    today: Date,
    lives_abroad: bool,
) -> Vec<ExpirySignal<'a>> {
    let mut out: Vec<ExpirySignal<'a>> = docs
        .iter()
        .filter_map(|d| {
            let from = d
                .expires
                .checked_sub(lead_months(d.kind, lives_abroad).months())
                .ok()?;
            let until = d
                .expires
                .checked_add(EXPIRED_WARNING_DAYS.days())
                .unwrap_or(d.expires);
            (from <= today && today <= until).then_some(ExpirySignal {
                id: d.id,
                kind: d.kind,
                expires: d.expires,
                from,
                expired: d.expires < today,
            })
        })
        .collect();
    out.sort_by_key(|s| (s.expires, s.id));
    out
}

/// Whether a document is still valid on `day` (its expiry day included).
/// A document without an expiry date is always valid.
pub fn valid_on(expires: Option<Date>, day: Date) -> bool {
    expires.is_none_or(|e| day <= e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    fn doc<'a>(id: &'a str, kind: &'a str, expires: Date) -> Expiring<'a> {
        Expiring { id, kind, expires }
    }

    #[test]
    fn a_passport_is_signalled_six_months_ahead_and_nine_abroad() {
        let p = [doc("p", "passport", date(2027, 6, 1))];
        let today = date(2026, 11, 29);
        assert!(
            expiry_signals(&p, today, false).is_empty(),
            "7 months ahead: not yet"
        );
        assert_eq!(expiry_signals(&p, today, true)[0].from, date(2026, 9, 1));
        let s = expiry_signals(&p, date(2026, 12, 1), false);
        assert_eq!((s[0].from, s[0].expired), (date(2026, 12, 1), false));
    }

    #[test]
    fn each_kind_has_its_lead_time_and_expired_ones_fade_out() {
        let today = date(2026, 11, 29);
        let docs = [
            doc("permit", "residence-permit", date(2027, 2, 28)),
            doc("permit-late", "residence-permit", date(2027, 3, 1)),
            doc("policy", "insurance-policy", date(2027, 1, 29)),
            doc("other", "other", date(2026, 12, 29)),
            doc("old", "passport", date(2026, 9, 1)),
            doc("gone", "passport", date(2026, 8, 30)),
        ];
        let ids: Vec<&str> = expiry_signals(&docs, today, false)
            .iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(ids, ["old", "other", "policy", "permit"]);
        assert!(expiry_signals(&docs, today, false)[0].expired);
    }

    #[test]
    fn validity_includes_the_expiry_day() {
        let e = Some(date(2027, 1, 1));
        assert!(valid_on(e, date(2027, 1, 1)));
        assert!(!valid_on(e, date(2027, 1, 2)));
        assert!(valid_on(None, date(2099, 1, 1)));
    }

    proptest! {
        #[test]
        fn a_signal_is_shown_exactly_between_its_start_and_the_fade_out(
            exp_days in 0i32..3000, today_days in 0i32..3000, abroad: bool,
            kind in prop::sample::select(vec!["passport", "id-card", "residence-permit", "payslip"])
        ) {
            let base = date(2020, 1, 1);
            let expires = base.checked_add(exp_days.days()).unwrap();
            let today = base.checked_add(today_days.days()).unwrap();
            let s = expiry_signals(&[doc("d", kind, expires)], today, abroad);
            let from = expires.checked_sub(lead_months(kind, abroad).months()).unwrap();
            let until = expires.checked_add(EXPIRED_WARNING_DAYS.days()).unwrap();
            prop_assert_eq!(s.len() == 1, from <= today && today <= until);
            if let Some(sig) = s.first() {
                prop_assert_eq!(sig.expired, !valid_on(Some(expires), today));
            }
        }
    }
}
