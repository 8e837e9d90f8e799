//! What is coming up: the signals of a situation, of the owner (with
//! their documents and the authority over a child that ends at 18) or of
//! someone they act for, and the OS notifications made of them.

use jiff::civil::Date;
use wegwijs_core::Country;

use crate::guidance::{self, HouseholdChild, SignalDto, SituationInput};
use crate::vault::Whose;
use crate::{AppError, FluentArg, Localizer, PersonId, Wegwijs, pdf};

impl Wegwijs {
    /// What is coming up from `from` (`YYYY-MM-DD`, else today) within
    /// `horizon_days` for a situation given from outside (a profile file):
    /// no one's stored data, so no documents or representations.
    pub fn signals_for_situation(
        &self,
        situation: &SituationInput,
        from: Option<&str>,
        horizon_days: u32,
    ) -> Result<Vec<SignalDto>, AppError> {
        let from = self.signals_from(from)?;
        let who = situation.to_situation()?;
        Ok(self.situation_signals(&who, &[], from, horizon_days))
    }

    fn signals_from(&self, from: Option<&str>) -> Result<Date, AppError> {
        match from {
            Some(t) => guidance::parse_date("today", t),
            None => Ok(self.today()),
        }
    }

    fn situation_signals(
        &self,
        who: &wegwijs_core::guidance::Situation,
        children: &[HouseholdChild],
        from: Date,
        horizon_days: u32,
    ) -> Vec<SignalDto> {
        wegwijs_core::signals::signals(who, from, horizon_days, &self.catalogue.aow, &[])
            .iter()
            .map(|s| guidance::signal_dto(s, children))
            .collect()
    }

    /// The owner's signals: from their profile, their own documents, and
    /// the authority over a child they hold that ends at 18. Without a
    /// profile there is nothing to signal.
    pub(crate) async fn own_signals(
        &self,
        from: Option<&str>,
        horizon_days: u32,
    ) -> Result<Vec<SignalDto>, AppError> {
        let from = self.signals_from(from)?;
        let Some(own) = self.own_situation().await? else {
            return Ok(Vec::new());
        };
        let who = &own.situation;
        let mut out = self.situation_signals(who, &own.children, from, horizon_days);
        out.extend(self.document_signals(from, who, Whose::Mine).await?);
        out.extend(self.case_signals(from, horizon_days, Whose::Mine).await?);
        let authority = self.authority_signals(from, horizon_days).await?;
        // A child whose parental authority ends is one signal, not two: the
        // one that says what changes for the owner.
        out.retain(|s| {
            s.event != "turning-18"
                || s.subject.is_none()
                || !authority.iter().any(|a| a.subject == s.subject)
        });
        out.extend(authority);
        out.extend(self.announcement_signals(from).await?);
        out.sort_by(|a, b| a.date.cmp(&b.date));
        Ok(out)
    }

    /// Announcements near the address: one signal for the unread ones
    /// (never one per announcement), dated on the last check; and each last
    /// day to respond in the coming [`RESPOND_SIGNAL_DAYS`] days.
    async fn announcement_signals(&self, today: Date) -> Result<Vec<SignalDto>, AppError> {
        use jiff::ToSpan;
        let Some((watch, rows)) = self.announcement_signal_inputs().await? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        let unread = rows.iter().filter(|a| !a.read).count();
        let checked = watch
            .tried_at
            .as_deref()
            .and_then(|t| t.parse::<jiff::Timestamp>().ok())
            .map(wegwijs_core::authz::legal_date);
        if let (true, Some(day)) = (unread > 0, checked) {
            out.push(SignalDto {
                event: "announcements-new".into(),
                date: day.min(today).to_string(),
                subject: None,
                title_id: "signal-announcements-new".into(),
                document: None,
                case: None,
                about: None,
                mandate_offer: None,
                announcement: Some(guidance::SignalAnnouncementDto {
                    count: u32::try_from(unread).unwrap_or(u32::MAX),
                    id: None,
                    title: None,
                }),
            });
        }
        let last = today
            .checked_add(RESPOND_SIGNAL_DAYS.days())
            .unwrap_or(today);
        for a in &rows {
            let Some(by) = a.respond_by else { continue };
            if today <= by && by <= last {
                out.push(SignalDto {
                    event: "announcement-respond".into(),
                    date: by.to_string(),
                    subject: None,
                    title_id: "signal-announcement-respond-by".into(),
                    document: None,
                    case: None,
                    about: None,
                    mandate_offer: None,
                    announcement: Some(guidance::SignalAnnouncementDto {
                        count: 1,
                        id: Some(a.id.clone()),
                        title: Some(a.title.clone()),
                    }),
                });
            }
        }
        Ok(out)
    }

    /// The signals of someone the owner acts for (the door has let
    /// guidance through), named as theirs: "X turns 18" rather than "you
    /// turn 18"; their documents' expiry when the door lets those be seen.
    pub(crate) async fn signals_of(
        &self,
        person: PersonId,
        from: Option<&str>,
        horizon_days: u32,
    ) -> Result<Vec<SignalDto>, AppError> {
        let from = self.signals_from(from)?;
        let who = self.situation_of(person).await?.to_situation()?;
        let name = self.person_name(person.0).await?;
        let mut out: Vec<SignalDto> = self
            .situation_signals(&who, &[], from, horizon_days)
            .into_iter()
            .map(|mut s| {
                // Theirs, not a child of theirs (guidance knows none).
                if s.title_id == format!("signal-{}-me", s.event) {
                    s.subject = Some(person);
                    s.title_id = format!("signal-{}-other", s.event);
                    s.about = Some(name.clone());
                }
                s
            })
            .collect();
        if self.may_view_documents(person).await? {
            out.extend(
                self.document_signals(from, &who, Whose::Of(person.0))
                    .await?,
            );
            out.extend(
                self.case_signals(from, horizon_days, Whose::Of(person.0))
                    .await?,
            );
        }
        out.sort_by(|a, b| a.date.cmp(&b.date));
        Ok(out)
    }

    /// Parental authority or guardianship the owner holds that ends (at 18)
    /// within the horizon (`authz::authority_endings`): time to talk about
    /// what changes, and to arrange a mandate if the child will still need
    /// help.
    async fn authority_signals(
        &self,
        today: Date,
        horizon_days: u32,
    ) -> Result<Vec<SignalDto>, AppError> {
        use jiff::ToSpan;
        let Some(me) = self.store.me_id().await? else {
            return Ok(Vec::new());
        };
        let people = self.store.people().await?;
        let last = today
            .checked_add(i64::from(horizon_days).days())
            .unwrap_or(today);
        let reps = self.all_representations().await?;
        let birth_of = |id| people.iter().find(|p| p.id == id).map(|p| p.birth_date);
        let endings = wegwijs_core::authz::authority_endings(me, today, last, &reps, birth_of);
        Ok(endings
            .into_iter()
            .filter_map(|e| {
                let subject = people.iter().find(|p| p.id == e.subject)?;
                let person = u32::try_from(subject.id).unwrap_or(u32::MAX);
                Some(SignalDto {
                    event: "turning-18".into(),
                    date: e.ends.to_string(),
                    subject: Some(PersonId(person)),
                    title_id: "signal-authority-ends".into(),
                    document: None,
                    case: None,
                    about: Some(subject.name.clone()),
                    mandate_offer: e.mandate_from.map(|from| guidance::MandateOfferDto {
                        person,
                        from: from.to_string(),
                    }),
                    announcement: None,
                })
            })
            .collect())
    }

    /// The last day to object to a decision, from the day it was recorded
    /// until that day.
    async fn case_signals(
        &self,
        today: Date,
        horizon_days: u32,
        whose: Whose,
    ) -> Result<Vec<SignalDto>, AppError> {
        use jiff::ToSpan;
        let last = today
            .checked_add(i64::from(horizon_days).days())
            .unwrap_or(today);
        Ok(self
            .cases_of(whose)
            .await?
            .into_iter()
            .filter_map(|c| {
                let due = c.objection_due.as_deref()?;
                let d = wegwijs_core::parse_iso_date(due)?;
                (today <= d && d <= last).then(|| SignalDto {
                    event: "objection".into(),
                    date: due.to_string(),
                    subject: match whose {
                        Whose::Mine => None,
                        Whose::Of(p) => Some(PersonId(p)),
                    },
                    title_id: "signal-objection-due".into(),
                    document: None,
                    case: Some(guidance::SignalCaseDto {
                        id: c.id,
                        title: c.title.clone(),
                        status: None,
                    }),
                    about: None,
                    mandate_offer: None,
                    announcement: None,
                })
            })
            .chain(
                self.case_news(today, whose)
                    .await?
                    .into_iter()
                    .map(|n| SignalDto {
                        event: "case-status".into(),
                        date: n.date.to_string(),
                        subject: match whose {
                            Whose::Mine => None,
                            Whose::Of(p) => Some(PersonId(p)),
                        },
                        title_id: "signal-case-status".into(),
                        document: None,
                        case: Some(guidance::SignalCaseDto {
                            id: n.id,
                            title: n.title,
                            status: Some(n.status),
                        }),
                        about: None,
                        mandate_offer: None,
                        announcement: None,
                    }),
            )
            .collect())
    }

    /// Warnings about documents in the vault that expire soon or just did.
    async fn document_signals(
        &self,
        today: Date,
        who: &wegwijs_core::guidance::Situation,
        whose: Whose,
    ) -> Result<Vec<SignalDto>, AppError> {
        use wegwijs_core::expiry::{Expiring, expiry_signals};
        let mut docs = self.store.documents().await?;
        docs.retain(|d| whose.includes(d.owner));
        let expiring: Vec<Expiring<'_>> = docs
            .iter()
            .filter_map(|d| {
                d.expires.map(|expires| Expiring {
                    id: &d.id,
                    kind: &d.kind,
                    expires,
                })
            })
            .collect();
        let abroad = who
            .residence_country
            .is_some_and(|c| c != Country::NETHERLANDS);
        Ok(expiry_signals(&expiring, today, abroad)
            .into_iter()
            .filter_map(|s| {
                let d = docs.iter().find(|d| d.id == s.id)?;
                Some(SignalDto {
                    event: "document-expiry".into(),
                    date: s.expires.to_string(),
                    subject: crate::vault::owner_id(d.owner),
                    title_id: if s.expired {
                        "signal-document-expired".into()
                    } else {
                        "signal-document-expires".into()
                    },
                    document: Some(guidance::SignalDocumentDto {
                        id: d.id.clone(),
                        title: d.title.clone(),
                        kind: d.kind.clone(),
                    }),
                    case: None,
                    about: None,
                    mandate_offer: None,
                    announcement: None,
                })
            })
            .collect())
    }

    /// Signals not shown as a notification before, marked as shown now.
    /// Empty when the person turned notifications off.
    pub(crate) async fn take_notifications(&self) -> Result<Vec<Notification>, AppError> {
        if !self.notifications_enabled().await? {
            return Ok(Vec::new());
        }
        let lang = self.language().await?;
        let l10n = Localizer::new();
        let mut out = Vec::new();
        // The check the unread announcements' signal comes from, when that
        // check found new ones.
        let announce_check = self
            .store
            .announce_watch()
            .await?
            .filter(|w| w.last_new > 0)
            .and_then(|w| w.tried_at);
        let announce_check = announce_check.as_deref();
        for s in self.own_signals(None, DEFAULT_SIGNAL_HORIZON_DAYS).await? {
            // A document's key names the document, so a renewed one (a new
            // expiry date) is announced again.
            let key = match (&s.document, &s.case, &s.announcement) {
                (Some(d), _, _) => format!("document/{}/{}/{}", d.id, s.date, s.title_id),
                (None, Some(c), _) => format!("case/{}/{}/{}", c.id, s.date, s.title_id),
                // One notification per check that found new ones; a last day
                // to respond stays on the home screen and in the calendar, so
                // that a busy street does not ring the phone for each.
                (None, None, Some(a)) => match (&a.id, announce_check) {
                    (None, Some(check)) => format!("announcements/{check}"),
                    _ => continue,
                },
                (None, None, None) => {
                    let subject = match s.subject {
                        None => "me".to_string(),
                        Some(p) => format!("person-{p}"),
                    };
                    format!("{}/{subject}/{}", s.event, s.date)
                }
            };
            if self.store.mark_notified(&key).await? {
                let mut args = std::collections::BTreeMap::new();
                // Written out ("2 maart 2027"), as the home screen does.
                args.insert(
                    "date".to_string(),
                    FluentArg::Text(pdf::long_date(&l10n, lang, &s.date)),
                );
                if let Some(d) = &s.document {
                    args.insert("title".to_string(), FluentArg::Text(d.title.clone()));
                }
                if let Some(c) = &s.case {
                    args.insert("title".to_string(), FluentArg::Text(c.title.clone()));
                    if let Some(status) = &c.status {
                        args.insert("status".to_string(), FluentArg::Text(status.clone()));
                    }
                }
                if let Some(a) = &s.announcement {
                    args.insert("count".to_string(), FluentArg::Number(f64::from(a.count)));
                    if let Some(t) = &a.title {
                        args.insert("title".to_string(), FluentArg::Text(t.clone()));
                    }
                }
                if let Some(name) = &s.about {
                    args.insert("name".to_string(), FluentArg::Text(name.clone()));
                }
                out.push(Notification {
                    title: l10n.format(lang, &s.title_id, &args),
                    body: l10n.format(lang, "notification-body", &args),
                });
            }
        }
        Ok(out)
    }
}

/// An OS notification, ready to show: texts in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub title: String,
    pub body: String,
}

/// When a running app looks for new signals again: the next morning on
/// the device's clock (its time zone is where the person is, not where the
/// law counts the date).
pub fn next_reminder() -> Option<std::time::SystemTime> {
    let next = wegwijs_core::signals::next_reminder(
        jiff::Timestamp::now(),
        &jiff::tz::TimeZone::system(),
    )?;
    std::time::SystemTime::try_from(next).ok()
}

/// How far ahead the home screen looks: far enough to prepare for an 18th
/// birthday (the mentorship application takes months) or the AOW (the SVB
/// writes about five months before).
pub const DEFAULT_SIGNAL_HORIZON_DAYS: u32 = 183;

/// How far ahead a last day to respond to an announcement shows on the
/// home screen: two weeks, time to write a view, not months of a busy
/// street's deadlines.
pub const RESPOND_SIGNAL_DAYS: i64 = 14;
