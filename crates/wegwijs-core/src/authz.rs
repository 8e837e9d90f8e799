//! Who may do what for whom: the one function that decides every action
//! taken on someone else's behalf. Pure: the caller passes the moment and
//! the representations it knows.
//!
//! Dates are legal dates: the calendar date in the Netherlands
//! (Europe/Amsterdam), which Dutch law counts in, wherever the device is
//! and whatever its clock's time zone. A child in New York turns 18 for
//! Dutch law at midnight in Amsterdam, six hours before the local
//! midnight; [`legal_date`] turns a moment into that date, [`decide_at`]
//! decides at a moment.
//!
//! The rules (docs/ARCHITECTURE.md, "Authorization"):
//! - deny by default: without a representation that covers the action at
//!   that moment, the answer is no, with the reason;
//! - one's own data is one's own (actor = subject);
//! - no chains: a representation of A for B says nothing about B's
//!   children, or anyone B represents;
//! - a representation for X never opens Y's data;
//! - the basis limits the scope (bewind: money only; mentorschap: care only)
//!   whatever was entered;
//! - parental authority and guardianship end on the child's 18th birthday;
//! - a view-only representation allows viewing, not changing, exporting or
//!   deleting;
//! - valid from its first day up to and including its last day; revoked
//!   from the moment of revocation on.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::signals::birthday;

/// The zone Dutch law counts dates in.
pub const LEGAL_TIME_ZONE: &str = "Europe/Amsterdam";

/// The legal date at moment `at`: the calendar date in the Netherlands.
pub fn legal_date(at: Timestamp) -> Date {
    // The database is bundled (jiff's tzdb-bundle-always), so the zone is
    // always found; the fixed offset is only a last resort and is right
    // in winter.
    let tz =
        TimeZone::get(LEGAL_TIME_ZONE).unwrap_or_else(|_| TimeZone::fixed(jiff::tz::offset(1)));
    at.to_zoned_datetime(tz).date()
}

/// [`decide`] at moment `at`, on its legal date.
pub fn decide_at(
    actor: i64,
    subject: i64,
    action: Action,
    at: Timestamp,
    subject_birth: Option<Date>,
    representations: &[Representation],
) -> Decision {
    decide(
        actor,
        subject,
        action,
        legal_date(at),
        subject_birth,
        representations,
    )
}

/// The legal or voluntary ground of a representation (domain.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Basis {
    /// Parental authority over a minor.
    OuderlijkGezag,
    /// Guardianship of a minor by a non-parent.
    Voogdij,
    /// Curatorship: money and personal matters.
    Curatele,
    /// Protective administration: money only.
    Beschermingsbewind,
    /// Mentorship: care only.
    Mentorschap,
    /// A voluntary mandate, for the scopes and period the person chose.
    Machtiging,
}

impl Basis {
    pub const ALL: [Basis; 6] = [
        Basis::OuderlijkGezag,
        Basis::Voogdij,
        Basis::Curatele,
        Basis::Beschermingsbewind,
        Basis::Mentorschap,
        Basis::Machtiging,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Basis::OuderlijkGezag => "ouderlijk-gezag",
            Basis::Voogdij => "voogdij",
            Basis::Curatele => "curatele",
            Basis::Beschermingsbewind => "beschermingsbewind",
            Basis::Mentorschap => "mentorschap",
            Basis::Machtiging => "machtiging",
        }
    }

    pub fn from_key(key: &str) -> Option<Basis> {
        Basis::ALL.into_iter().find(|b| b.key() == key)
    }

    /// The scopes this basis can cover at most.
    pub fn max_scopes(self) -> Scopes {
        match self {
            Basis::OuderlijkGezag | Basis::Voogdij | Basis::Curatele | Basis::Machtiging => {
                Scopes::ALL
            }
            Basis::Beschermingsbewind => Scopes::of(&[Scope::Finance]),
            Basis::Mentorschap => Scopes::of(&[Scope::Care]),
        }
    }

    /// Authority over a minor ends at 18 by law.
    pub fn ends_at_majority(self) -> bool {
        matches!(self, Basis::OuderlijkGezag | Basis::Voogdij)
    }
}

/// A part of someone's affairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// The document vault.
    Documents,
    /// Life-event plans and signals.
    Guidance,
    /// Money: benefits, taxes, debts.
    Finance,
    /// Care and health.
    Care,
}

impl Scope {
    pub const ALL: [Scope; 4] = [
        Scope::Documents,
        Scope::Guidance,
        Scope::Finance,
        Scope::Care,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Scope::Documents => "documents",
            Scope::Guidance => "guidance",
            Scope::Finance => "finance",
            Scope::Care => "care",
        }
    }

    pub fn from_key(key: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|s| s.key() == key)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Scopes(u8);

impl Scopes {
    pub const ALL: Scopes = Scopes(0b1111);
    pub const NONE: Scopes = Scopes(0);

    pub fn of(scopes: &[Scope]) -> Scopes {
        Scopes(scopes.iter().fold(0, |acc, s| acc | s.bit()))
    }

    pub fn contains(self, s: Scope) -> bool {
        self.0 & s.bit() != 0
    }

    pub fn intersect(self, other: Scopes) -> Scopes {
        Scopes(self.0 & other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Scope> {
        Scope::ALL.into_iter().filter(move |s| self.contains(*s))
    }

    /// Parses `documents,guidance` or `all`.
    pub fn parse(text: &str) -> Option<Scopes> {
        let mut out = Scopes::NONE;
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            if part == "all" {
                out = Scopes::ALL;
            } else {
                out = Scopes(out.0 | Scope::from_key(part)?.bit());
            }
        }
        (!out.is_empty()).then_some(out)
    }
}

/// What an action does with data in a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verb {
    View,
    Change,
    Export,
    Delete,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Action {
    pub verb: Verb,
    pub scope: Scope,
}

/// Whether a representation allows everything within its scopes or only
/// viewing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Access {
    Full,
    ViewOnly,
}

/// A representation as recorded: `representative` may act for `subject`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Representation {
    pub id: i64,
    pub representative: i64,
    pub subject: i64,
    pub basis: Basis,
    pub scopes: Scopes,
    pub access: Access,
    /// First day it holds.
    pub from: Date,
    /// Last day it holds, if it ends on a date.
    pub until: Option<Date>,
    /// The day it was revoked (it no longer holds from that day on).
    pub revoked: Option<Date>,
}

/// Why an action is allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grounds {
    /// The actor's own data.
    Own,
    /// Through this representation.
    Representation { id: i64, basis: Basis },
}

/// Why an action is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denial {
    /// No representation of the actor for this subject at all.
    NoRepresentation,
    /// There is one, but it starts later.
    NotYetValid { from: Date },
    /// There is one, but its end date has passed.
    Expired { until: Date },
    /// There is one, but it was revoked.
    Revoked { on: Date },
    /// Parental authority or guardianship ended on the subject's 18th birthday.
    SubjectIsAdult { since: Date },
    /// There is one, but it does not cover this scope (as granted, or as
    /// its basis allows).
    OutOfScope,
    /// There is one, but it allows viewing only.
    ViewOnly,
}

pub type Decision = Result<Grounds, Denial>;

/// The day a representation ends by itself, if any: its own end date, or
/// the subject's 18th birthday for authority over a minor, whichever comes
/// first. The representation holds up to the day before.
pub fn ends_on(r: &Representation, subject_birth: Option<Date>) -> Option<Date> {
    let own = r.until.and_then(|u| u.tomorrow().ok());
    let majority = if r.basis.ends_at_majority() {
        subject_birth.and_then(|b| birthday(b, 18))
    } else {
        None
    };
    match (own, majority) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// How many days before a child's 18th birthday the one who holds
/// authority over them is offered to record a mandate for afterwards: as
/// far ahead as the signals look.
pub const MANDATE_OFFER_DAYS: i64 = 183;

/// The day a mandate from the young person would have to take over from
/// `r`, when `r` is authority over a minor that still holds on `today` and
/// ends at their 18th birthday within [`MANDATE_OFFER_DAYS`]. None when the
/// same two people already have a machtiging that is not revoked and still
/// holds on that day: the offer has been taken up.
pub fn mandate_offer(
    r: &Representation,
    subject_birth: Option<Date>,
    today: Date,
    all: &[Representation],
) -> Option<Date> {
    if !r.basis.ends_at_majority() || r.revoked.is_some_and(|d| d <= today) || r.from > today {
        return None;
    }
    let adult = birthday(subject_birth?, 18)?;
    // Authority recorded to end earlier than the birthday is not the one
    // the birthday ends.
    if today >= adult
        || ends_on(r, subject_birth) != Some(adult)
        || i64::from(today.until(adult).ok()?.get_days()) > MANDATE_OFFER_DAYS
    {
        return None;
    }
    let taken_up = all.iter().any(|m| {
        m.basis == Basis::Machtiging
            && m.representative == r.representative
            && m.subject == r.subject
            && m.revoked.is_none()
            && m.from <= adult
            && m.until.is_none_or(|u| u >= adult)
    });
    (!taken_up).then_some(adult)
}

/// Decides whether `actor` may take `action` on `subject`'s data on `today`.
/// `subject_birth` is the subject's date of birth (for the end at 18).
/// Among several representations, one that allows wins; otherwise the
/// denial of the most relevant one is given (scope and view-only before
/// dates, so the person learns what would help).
pub fn decide(
    actor: i64,
    subject: i64,
    action: Action,
    today: Date,
    subject_birth: Option<Date>,
    representations: &[Representation],
) -> Decision {
    if actor == subject {
        return Ok(Grounds::Own);
    }
    let mut best: Option<Denial> = None;
    for r in representations
        .iter()
        .filter(|r| r.representative == actor && r.subject == subject)
    {
        let denial = match check(r, action, today, subject_birth) {
            Ok(()) => {
                return Ok(Grounds::Representation {
                    id: r.id,
                    basis: r.basis,
                });
            }
            Err(d) => d,
        };
        best = Some(match best {
            Some(b) if rank(b) >= rank(denial) => b,
            _ => denial,
        });
    }
    Err(best.unwrap_or(Denial::NoRepresentation))
}

fn rank(d: Denial) -> u8 {
    match d {
        Denial::NoRepresentation => 0,
        Denial::Revoked { .. } => 1,
        Denial::Expired { .. } | Denial::SubjectIsAdult { .. } => 2,
        Denial::NotYetValid { .. } => 3,
        Denial::OutOfScope => 4,
        Denial::ViewOnly => 5,
    }
}

fn check(
    r: &Representation,
    action: Action,
    today: Date,
    subject_birth: Option<Date>,
) -> Result<(), Denial> {
    if let Some(on) = r.revoked
        && on <= today
    {
        return Err(Denial::Revoked { on });
    }
    if today < r.from {
        return Err(Denial::NotYetValid { from: r.from });
    }
    if let Some(until) = r.until
        && today > until
    {
        return Err(Denial::Expired { until });
    }
    if r.basis.ends_at_majority()
        && let Some(adult) = subject_birth.and_then(|b| birthday(b, 18))
        && today >= adult
    {
        return Err(Denial::SubjectIsAdult { since: adult });
    }
    if !r
        .scopes
        .intersect(r.basis.max_scopes())
        .contains(action.scope)
    {
        return Err(Denial::OutOfScope);
    }
    if r.access == Access::ViewOnly && action.verb != Verb::View {
        return Err(Denial::ViewOnly);
    }
    Ok(())
}

/// Authority over a child that `actor` holds and that ends by itself (at
/// 18) between `from` and `last`: when, and from when a mandate from the
/// young person could take over ([`mandate_offer`]). What the owner's
/// home screen signals before parental authority ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuthorityEnding {
    pub representation: i64,
    pub subject: i64,
    pub ends: Date,
    pub mandate_from: Option<Date>,
}

pub fn authority_endings(
    actor: i64,
    from: Date,
    last: Date,
    representations: &[Representation],
    birth_of: impl Fn(i64) -> Option<Date>,
) -> Vec<AuthorityEnding> {
    representations
        .iter()
        .filter(|r| r.representative == actor && r.basis.ends_at_majority() && r.revoked.is_none())
        .filter_map(|r| {
            let birth = birth_of(r.subject)?;
            let ends = ends_on(r, Some(birth))?;
            (from <= ends && ends <= last).then(|| AuthorityEnding {
                representation: r.id,
                subject: r.subject,
                ends,
                mandate_from: mandate_offer(r, Some(birth), from, representations),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::ToSpan;
    use jiff::civil::date;
    use proptest::prelude::*;

    const PARENT: i64 = 1;
    const CHILD: i64 = 2;
    const GRANDCHILD: i64 = 3;
    const OTHER: i64 = 4;

    fn rep(id: i64, from: i64, to: i64, basis: Basis, scopes: Scopes) -> Representation {
        Representation {
            id,
            representative: from,
            subject: to,
            basis,
            scopes,
            access: Access::Full,
            from: date(2020, 1, 1),
            until: None,
            revoked: None,
        }
    }

    fn act(verb: Verb, scope: Scope) -> Action {
        Action { verb, scope }
    }

    #[test]
    fn a_parent_acts_for_a_child_until_the_18th_birthday_itself() {
        let birth = date(2009, 3, 2);
        let r = [rep(7, PARENT, CHILD, Basis::OuderlijkGezag, Scopes::ALL)];
        let view = act(Verb::View, Scope::Documents);
        assert_eq!(
            decide(PARENT, CHILD, view, date(2027, 3, 1), Some(birth), &r),
            Ok(Grounds::Representation {
                id: 7,
                basis: Basis::OuderlijkGezag
            })
        );
        assert_eq!(
            decide(PARENT, CHILD, view, date(2027, 3, 2), Some(birth), &r),
            Err(Denial::SubjectIsAdult {
                since: date(2027, 3, 2)
            })
        );
        assert_eq!(ends_on(&r[0], Some(birth)), Some(date(2027, 3, 2)));
    }

    #[test]
    fn a_mandate_is_offered_in_the_half_year_before_the_18th_birthday() {
        let birth = date(2009, 3, 2);
        let adult = date(2027, 3, 2);
        let gezag = rep(7, PARENT, CHILD, Basis::OuderlijkGezag, Scopes::ALL);
        let offer = |today, all: &[Representation]| mandate_offer(&gezag, Some(birth), today, all);
        assert_eq!(offer(date(2026, 8, 30), &[]), None, "too early");
        assert_eq!(
            offer(date(2026, 8, 31), &[]),
            Some(adult),
            "183 days before"
        );
        assert_eq!(offer(date(2027, 3, 1), &[]), Some(adult));
        assert_eq!(offer(adult, &[]), None, "authority has ended");

        // Taken up: a machtiging between the same two people that holds
        // on the birthday (from that day, or already before).
        let mut mandate = rep(
            8,
            PARENT,
            CHILD,
            Basis::Machtiging,
            Scopes::parse("finance").unwrap(),
        );
        mandate.from = adult;
        assert_eq!(
            offer(date(2027, 1, 1), std::slice::from_ref(&mandate)),
            None
        );
        // One that ends before the birthday, is revoked, or is someone
        // else's does not count.
        let mut short = mandate.clone();
        short.until = Some(date(2027, 3, 1));
        let mut revoked = mandate.clone();
        revoked.revoked = Some(date(2027, 1, 1));
        let mut other = mandate.clone();
        other.representative = OTHER;
        let mut late = mandate.clone();
        late.from = date(2028, 3, 2);
        for m in [short, revoked, other, late] {
            assert_eq!(offer(date(2027, 1, 1), &[m]), Some(adult));
        }

        // Only authority that ends at 18 and still holds.
        let curatele = rep(9, PARENT, CHILD, Basis::Curatele, Scopes::ALL);
        assert_eq!(
            mandate_offer(&curatele, Some(birth), date(2027, 1, 1), &[]),
            None
        );
        let mut gone = gezag.clone();
        gone.revoked = Some(date(2026, 12, 1));
        assert_eq!(
            mandate_offer(&gone, Some(birth), date(2027, 1, 1), &[]),
            None
        );
        assert_eq!(mandate_offer(&gezag, None, date(2027, 1, 1), &[]), None);
        // Recorded to end on the day before the birthday: ends the same
        // moment, so still offered; earlier than that, not.
        let mut to_eve = gezag.clone();
        to_eve.until = Some(date(2027, 3, 1));
        assert_eq!(
            mandate_offer(&to_eve, Some(birth), date(2027, 1, 1), &[]),
            Some(adult)
        );
        to_eve.until = Some(date(2027, 2, 1));
        assert_eq!(
            mandate_offer(&to_eve, Some(birth), date(2027, 1, 1), &[]),
            None
        );
    }

    #[test]
    fn no_chains_and_no_other_people() {
        let r = [
            rep(1, PARENT, CHILD, Basis::Curatele, Scopes::ALL),
            rep(2, CHILD, GRANDCHILD, Basis::OuderlijkGezag, Scopes::ALL),
        ];
        let view = act(Verb::View, Scope::Documents);
        let today = date(2026, 11, 29);
        assert!(decide(PARENT, CHILD, view, today, None, &r).is_ok());
        assert_eq!(
            decide(PARENT, GRANDCHILD, view, today, Some(date(2020, 1, 1)), &r),
            Err(Denial::NoRepresentation),
            "A for B does not reach B's child"
        );
        assert_eq!(
            decide(PARENT, OTHER, view, today, None, &r),
            Err(Denial::NoRepresentation)
        );
        assert_eq!(
            decide(CHILD, PARENT, view, today, None, &r),
            Err(Denial::NoRepresentation)
        );
        assert_eq!(
            decide(OTHER, OTHER, view, today, None, &r),
            Ok(Grounds::Own)
        );
    }

    #[test]
    fn the_basis_limits_the_scope_whatever_was_entered() {
        let today = date(2026, 11, 29);
        let bewind = [rep(
            1,
            PARENT,
            CHILD,
            Basis::Beschermingsbewind,
            Scopes::ALL,
        )];
        assert!(
            decide(
                PARENT,
                CHILD,
                act(Verb::Change, Scope::Finance),
                today,
                None,
                &bewind
            )
            .is_ok()
        );
        assert_eq!(
            decide(
                PARENT,
                CHILD,
                act(Verb::View, Scope::Care),
                today,
                None,
                &bewind
            ),
            Err(Denial::OutOfScope)
        );
        let mentor = [rep(1, PARENT, CHILD, Basis::Mentorschap, Scopes::ALL)];
        assert_eq!(
            decide(
                PARENT,
                CHILD,
                act(Verb::View, Scope::Finance),
                today,
                None,
                &mentor
            ),
            Err(Denial::OutOfScope)
        );
    }

    #[test]
    fn viewing_is_not_exporting_or_deleting() {
        let mut r = rep(
            1,
            PARENT,
            CHILD,
            Basis::Machtiging,
            Scopes::of(&[Scope::Documents]),
        );
        r.access = Access::ViewOnly;
        let today = date(2026, 11, 29);
        assert!(
            decide(
                PARENT,
                CHILD,
                act(Verb::View, Scope::Documents),
                today,
                None,
                &[r.clone()]
            )
            .is_ok()
        );
        for verb in [Verb::Export, Verb::Delete, Verb::Change] {
            assert_eq!(
                decide(
                    PARENT,
                    CHILD,
                    act(verb, Scope::Documents),
                    today,
                    None,
                    &[r.clone()]
                ),
                Err(Denial::ViewOnly)
            );
        }
    }

    #[test]
    fn dates_count_from_the_first_to_the_last_day_and_revocation_is_immediate() {
        let mut r = rep(1, PARENT, CHILD, Basis::Machtiging, Scopes::ALL);
        r.from = date(2026, 12, 1);
        r.until = Some(date(2026, 12, 31));
        let view = act(Verb::View, Scope::Guidance);
        let at = |d| decide(PARENT, CHILD, view, d, None, std::slice::from_ref(&r));
        assert_eq!(
            at(date(2026, 11, 30)),
            Err(Denial::NotYetValid {
                from: date(2026, 12, 1)
            })
        );
        assert!(at(date(2026, 12, 1)).is_ok());
        assert!(at(date(2026, 12, 31)).is_ok());
        assert_eq!(
            at(date(2027, 1, 1)),
            Err(Denial::Expired {
                until: date(2026, 12, 31)
            })
        );
        r.revoked = Some(date(2026, 12, 15));
        let at = |d| decide(PARENT, CHILD, view, d, None, std::slice::from_ref(&r));
        assert!(at(date(2026, 12, 14)).is_ok());
        assert_eq!(
            at(date(2026, 12, 15)),
            Err(Denial::Revoked {
                on: date(2026, 12, 15)
            })
        );
    }

    #[test]
    fn scopes_parse_as_typed() {
        assert_eq!(Scopes::parse("all"), Some(Scopes::ALL));
        assert_eq!(
            Scopes::parse("documents, care"),
            Some(Scopes::of(&[Scope::Documents, Scope::Care]))
        );
        assert_eq!(Scopes::parse("money"), None);
        assert_eq!(Scopes::parse(""), None);
    }

    // The reference model: the same rules written as plainly as possible,
    // one representation at a time, with no ranking of reasons.
    fn reference(
        actor: i64,
        subject: i64,
        action: Action,
        today: Date,
        birth: Option<Date>,
        reps: &[Representation],
    ) -> bool {
        if actor == subject {
            return true;
        }
        reps.iter().any(|r| {
            let in_period = r.from <= today && r.until.is_none_or(|u| today <= u);
            let not_revoked = r.revoked.is_none_or(|d| today < d);
            let minor = !matches!(r.basis, Basis::OuderlijkGezag | Basis::Voogdij)
                || birth.is_none_or(|b| {
                    // 29 February: of age on 1 March in a common year.
                    let year = b.year() + 18;
                    let eighteen =
                        Date::new(year, b.month(), b.day()).unwrap_or_else(|_| date(year, 3, 1));
                    today < eighteen
                });
            let allowed_scope = match r.basis {
                Basis::Beschermingsbewind => action.scope == Scope::Finance,
                Basis::Mentorschap => action.scope == Scope::Care,
                _ => true,
            };
            r.representative == actor
                && r.subject == subject
                && in_period
                && not_revoked
                && minor
                && allowed_scope
                && r.scopes.contains(action.scope)
                && (r.access == Access::Full || action.verb == Verb::View)
        })
    }

    /// Who asks to do what for whom, among three people.
    fn any_request() -> impl Strategy<Value = (i64, i64, Action)> {
        (
            1i64..4,
            1i64..4,
            prop::sample::select(vec![Verb::View, Verb::Change, Verb::Export, Verb::Delete]),
            prop::sample::select(Scope::ALL.to_vec()),
        )
            .prop_map(|(actor, subject, verb, scope)| (actor, subject, Action { verb, scope }))
    }

    fn any_date() -> impl Strategy<Value = Date> {
        (0i32..4000).prop_map(|d| date(2015, 1, 1).checked_add(d.days()).unwrap())
    }

    fn any_rep() -> impl Strategy<Value = Representation> {
        (
            1i64..4,
            1i64..4,
            prop::sample::select(Basis::ALL.to_vec()),
            1u8..16,
            any::<bool>(),
            any_date(),
            prop::option::of(any_date()),
            prop::option::of(any_date()),
        )
            .prop_map(
                |(from, to, basis, scopes, view_only, start, until, revoked)| Representation {
                    id: 0,
                    representative: from,
                    subject: to,
                    basis,
                    scopes: Scopes(scopes),
                    access: if view_only {
                        Access::ViewOnly
                    } else {
                        Access::Full
                    },
                    from: start,
                    until,
                    revoked,
                },
            )
    }

    /// The date in the Netherlands by the EU's summer-time rule, written
    /// out without a time zone database: UTC+1, and UTC+2 from 01:00 UTC on
    /// the last Sunday of March to 01:00 UTC on the last Sunday of October.
    fn reference_legal_date(at: Timestamp) -> Date {
        let utc = at.to_zoned_datetime(TimeZone::UTC);
        let last_sunday = |month: i8| {
            let mut d = date(utc.year(), month, 31);
            while d.weekday() != jiff::civil::Weekday::Sunday {
                d = d.yesterday().unwrap();
            }
            d.at(1, 0, 0, 0)
                .to_zoned_datetime(TimeZone::UTC)
                .unwrap()
                .timestamp()
        };
        let summer = last_sunday(3) <= at && at < last_sunday(10);
        let offset = if summer { 2 } else { 1 };
        at.checked_add(jiff::SignedDuration::from_hours(offset))
            .unwrap()
            .to_zoned_datetime(TimeZone::UTC)
            .date()
    }

    /// A moment near a date's midnight (from 4 hours before the UTC
    /// midnight to 28 hours after), so that the legal date is that date,
    /// the one before or the one after: the edges are where it goes wrong.
    fn any_moment() -> impl Strategy<Value = Timestamp> {
        (any_date(), -4 * 3600i64..28 * 3600).prop_map(|(d, secs)| {
            d.to_zoned_datetime(TimeZone::UTC)
                .unwrap()
                .timestamp()
                .checked_add(jiff::SignedDuration::from_secs(secs))
                .unwrap()
        })
    }

    /// The device's own time zone plays no part; these are where a
    /// household abroad might be.
    const DEVICE_ZONES: &[&str] = &[
        "UTC",
        "Europe/Amsterdam",
        "America/New_York",
        "America/Paramaribo",
        "America/Curacao",
        "Asia/Tokyo",
        "Australia/Sydney",
        "Pacific/Auckland",
        "Pacific/Kiritimati",
        "Pacific/Pago_Pago",
    ];

    #[test]
    fn the_18th_birthday_begins_at_midnight_in_amsterdam() {
        let r = rep(1, PARENT, CHILD, Basis::OuderlijkGezag, Scopes::ALL);
        let view = act(Verb::View, Scope::Documents);
        let at = |birth: Date, s: &str| {
            decide_at(
                PARENT,
                CHILD,
                view,
                s.parse().unwrap(),
                Some(birth),
                std::slice::from_ref(&r),
            )
        };
        let winter = date(2008, 12, 1);
        // 23:59:59 on 30 November in Amsterdam (winter: UTC+1).
        assert!(at(winter, "2026-11-30T22:59:59Z").is_ok());
        // Midnight in Amsterdam; still 18:00 on the 30th in New York.
        assert!(matches!(
            at(winter, "2026-11-30T23:00:00Z"),
            Err(Denial::SubjectIsAdult { .. })
        ));
        // Summer time: midnight in Amsterdam is 22:00 UTC.
        let summer = date(2008, 7, 1);
        assert!(at(summer, "2026-06-30T21:59:59Z").is_ok());
        assert!(at(summer, "2026-06-30T22:00:00Z").is_err());
        // The night the clocks go back (25 October 2026): 02:30 happens twice,
        // both times on the 25th.
        assert_eq!(
            legal_date("2026-10-25T00:30:00Z".parse().unwrap()),
            date(2026, 10, 25)
        );
        assert_eq!(
            legal_date("2026-10-25T01:30:00Z".parse().unwrap()),
            date(2026, 10, 25)
        );
        assert_eq!(
            legal_date("2026-10-25T22:59:59Z".parse().unwrap()),
            date(2026, 10, 25)
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]

        /// At any moment, wherever the device is: the decision is the
        /// reference model's on the date in the Netherlands, counted by the
        /// summer-time rule rather than the time zone database. Covers
        /// a representation revoked or ending while a session runs (the
        /// same session, a moment later, is a new decision).
        #[test]
        fn decisions_at_a_moment_use_the_dutch_date(
            (actor, subject, action) in any_request(),
            at in any_moment(),
            zone in prop::sample::select(DEVICE_ZONES.to_vec()),
            birth in prop::option::of(any_date()),
            reps in prop::collection::vec(any_rep(), 0..4),
        ) {
            let legal = reference_legal_date(at);
            prop_assert_eq!(legal_date(at), legal);
            // What the device's clock shows does not change the date used.
            let device = at.to_zoned_datetime(TimeZone::get(zone).unwrap());
            prop_assert_eq!(legal_date(device.timestamp()), legal);
            let got = decide_at(actor, subject, action, device.timestamp(), birth, &reps);
            prop_assert_eq!(got.is_ok(), reference(actor, subject, action, legal, birth, &reps));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]

        /// The decision agrees with the reference model on every generated
        /// case, and every denial names a reason that is true.
        #[test]
        fn decide_agrees_with_the_reference_model(
            (actor, subject, action) in any_request(),
            today in any_date(),
            birth in prop::option::of(any_date()),
            reps in prop::collection::vec(any_rep(), 0..4),
        ) {
            let got = decide(actor, subject, action, today, birth, &reps);
            prop_assert_eq!(got.is_ok(), reference(actor, subject, action, today, birth, &reps));
            if let Ok(Grounds::Representation { id, .. }) = got {
                prop_assert!(reps.iter().any(|r| r.id == id && r.representative == actor && r.subject == subject));
            }
        }
    }

    #[test]
    fn authority_endings_are_the_actors_own_within_the_window() {
        let d = |y, m, day| jiff::civil::date(y, m, day);
        let rep = |id, representative, basis, revoked| Representation {
            id,
            representative,
            subject: 2,
            basis,
            scopes: Scopes::ALL,
            access: Access::Full,
            from: d(2009, 3, 2),
            until: None,
            revoked,
        };
        let reps = [
            rep(1, 1, Basis::OuderlijkGezag, None),
            rep(2, 3, Basis::OuderlijkGezag, None),
            rep(3, 1, Basis::Curatele, None),
            rep(4, 1, Basis::Voogdij, Some(d(2026, 1, 1))),
        ];
        let birth = |p| (p == 2).then(|| d(2009, 3, 2));
        let ends = authority_endings(1, d(2026, 11, 29), d(2027, 5, 31), &reps, birth);
        assert_eq!(
            ends,
            [AuthorityEnding {
                representation: 1,
                subject: 2,
                ends: d(2027, 3, 2),
                mandate_from: Some(d(2027, 3, 2)),
            }]
        );
        assert!(authority_endings(1, d(2026, 11, 29), d(2027, 3, 1), &reps, birth).is_empty());
    }
}
