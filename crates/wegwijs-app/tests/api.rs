//! The application API as a shell sees it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jiff::civil::date;
use wegwijs_app::{ErrorCode, Lang, Localizer, PersonId, ProfileInput, ProfilePatch, Wegwijs};
use wegwijs_core::Language;

/// One keyring for the whole test process, as on a real device: reopening
/// a data directory finds its key again.
static KEYRING: std::sync::LazyLock<wegwijs_app::MemoryKeyring> =
    std::sync::LazyLock::new(wegwijs_app::MemoryKeyring::default);

async fn open(dir: &std::path::Path) -> Wegwijs {
    Wegwijs::open(dir, &*KEYRING, None).await.unwrap().app
}

fn samira() -> ProfileInput {
    ProfileInput {
        name: "Samira El Amrani".into(),
        birth_date: "1995-03-14".into(),
        residence_country: "NL".into(),
        municipality: Some("Rotterdam".into()),
        ..Default::default()
    }
}

#[tokio::test]
async fn first_run_then_saved_profile_is_there_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    let start = app.start_state().await.unwrap();
    assert_eq!(start.profile, None);
    assert_eq!(start.countries.len(), 249);
    assert!(start.countries.iter().any(|c| c == "NL"));

    app.save_profile(samira()).await.unwrap();
    app.set_language(Lang::from(wegwijs_core::Language::EN))
        .await
        .unwrap();
    app.close().await;

    let app = open(dir.path()).await;
    let start = app.start_state().await.unwrap();
    assert_eq!(start.language, Lang::from(wegwijs_core::Language::EN));
    let p = start.profile.unwrap();
    assert_eq!(p.name, "Samira El Amrani");
    assert_eq!(p.municipality.as_deref(), Some("Rotterdam"));
    app.close().await;
}

#[tokio::test]
async fn invalid_input_is_refused_field_by_field_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    app.save_profile(samira()).await.unwrap();

    let bad = ProfileInput {
        name: "Samira".into(),
        birth_date: "2027-01-01".into(),
        residence_country: "QQ".into(),
        municipality: None,
        ..Default::default()
    };
    let err = app
        .clone()
        .with_clock(std::sync::Arc::new(wegwijs_app::FixedClock::on(date(
            2026, 11, 29,
        ))))
        .save_profile(bad)
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    let fields: Vec<_> = err
        .fields
        .iter()
        .map(|f| (f.field.as_str(), f.message_id.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("birth_date", "error-birth-date-in-future"),
            ("residence_country", "error-country-unknown"),
        ]
    );
    assert_eq!(
        app.profile().await.unwrap().unwrap().name,
        "Samira El Amrani"
    );
    app.close().await;
}

#[tokio::test]
async fn errors_serialise_as_code_message_id_and_args() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    let err = app
        .save_profile(ProfileInput {
            name: "x".repeat(201),
            ..samira()
        })
        .await
        .unwrap_err();
    let json = serde_json::to_value(&err).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "code": "invalid-input",
            "messageId": "error-invalid-profile",
            "args": {},
            "fields": [{"field": "name", "messageId": "error-name-too-long", "args": {"max": 200.0}}]
        })
    );
    let text = Localizer::new().error(Language::NL, &err);
    assert!(
        text.contains("Naam: Je naam mag niet langer zijn dan 200 tekens."),
        "{text}"
    );
    app.close().await;
}

#[tokio::test]
async fn a_patch_changes_only_the_given_fields() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    app.save_profile(samira()).await.unwrap();
    let p = app
        .update_profile(ProfilePatch {
            municipality: Some("Schiedam".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(p.name, "Samira El Amrani");
    assert_eq!(p.municipality.as_deref(), Some("Schiedam"));
    app.close().await;
}

#[tokio::test]
async fn a_first_patch_must_be_complete() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    let err = app
        .update_profile(ProfilePatch {
            name: Some("Daan".into()),
            ..Default::default()
        })
        .await
        .unwrap_err();
    let ids: Vec<_> = err.fields.iter().map(|f| f.message_id.as_str()).collect();
    assert_eq!(ids, ["error-birth-date-missing", "error-country-missing"]);
    app.close().await;
}

#[tokio::test]
async fn a_plan_exports_to_icalendar_with_one_event_per_dated_task() {
    use icalendar::Component;
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    app.save_profile(samira()).await.unwrap();
    let plan = app
        .act_for(None)
        .await
        .unwrap()
        .plan("birth", "2026-11-27")
        .await
        .unwrap();
    let ics = wegwijs_app::export::plan_ics(&plan, &Localizer::new(), Language::EN);
    let parsed: icalendar::Calendar = ics.parse().unwrap();
    let events: Vec<_> = parsed
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    let dated = plan
        .tasks
        .iter()
        .filter(|t| t.due.is_some() || t.earliest.is_some())
        .count();
    assert_eq!(events.len(), dated);
    assert!(dated >= 3);
    let register = events
        .iter()
        .find(|e| {
            e.get_start()
                == Some(icalendar::DatePerhapsTime::Date(
                    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                ))
        })
        .expect("the birth registration on Tuesday 1 December");
    assert!(
        register
            .get_url()
            .is_some_and(|u| u.starts_with("https://"))
    );
    assert!(
        register
            .get_description()
            .is_some_and(|d| d.contains("Where the rule comes from:"))
    );
    assert!(ics.contains("UID:birth-2026-11-27-"));
    app.close().await;
}

#[tokio::test]
async fn a_kept_plan_ticks_notes_moves_and_shows_what_is_overdue() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    app.save_profile(samira()).await.unwrap();
    // Long ago, so every dated task is overdue until ticked off.
    let plan = app
        .act_for(None)
        .await
        .unwrap()
        .keep_plan("birth", "2020-01-10")
        .await
        .unwrap();
    let id = plan.kept_id.unwrap();
    let first = plan
        .tasks
        .iter()
        .find(|t| t.due.is_some())
        .unwrap()
        .id
        .clone();
    assert!(
        plan.tasks
            .iter()
            .filter(|t| t.due.is_some())
            .all(|t| t.overdue)
    );

    let plan = app
        .act_for(None)
        .await
        .unwrap()
        .set_task_done(id, &first, true)
        .await
        .unwrap();
    let t = plan.tasks.iter().find(|t| t.id == first).unwrap();
    assert!(t.done && !t.overdue);
    let plan = app
        .act_for(None)
        .await
        .unwrap()
        .set_task_note(id, &first, "Done at the town hall")
        .await
        .unwrap();
    assert_eq!(
        plan.tasks
            .iter()
            .find(|t| t.id == first)
            .unwrap()
            .note
            .as_deref(),
        Some("Done at the town hall")
    );

    // The baby came on another day: deadlines move, the tick stays.
    let moved = app
        .act_for(None)
        .await
        .unwrap()
        .move_plan(id, "2026-11-27")
        .await
        .unwrap();
    let t = moved.tasks.iter().find(|t| t.id == first).unwrap();
    assert!(t.done);
    assert_eq!(moved.date, "2026-11-27");

    let list = app.act_for(None).await.unwrap().kept_plans().await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].open as usize, moved.tasks.len() - 1);

    let err = app
        .act_for(None)
        .await
        .unwrap()
        .set_task_done(id, "no-such-task", true)
        .await
        .unwrap_err();
    assert_eq!(err.message_id, "error-task-unknown");
    let err = app
        .act_for(None)
        .await
        .unwrap()
        .set_task_note(id, &first, &"x".repeat(2001))
        .await
        .unwrap_err();
    assert_eq!(err.message_id, "error-note-too-long");

    app.act_for(None)
        .await
        .unwrap()
        .delete_plan(id)
        .await
        .unwrap();
    assert!(
        app.act_for(None)
            .await
            .unwrap()
            .kept_plans()
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        app.act_for(None)
            .await
            .unwrap()
            .kept_plan(id)
            .await
            .unwrap_err()
            .message_id,
        "error-plan-unknown"
    );
    app.close().await;
}

#[tokio::test]
async fn each_signal_is_notified_once_and_never_when_turned_off() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    // A child who turns 18 within the home screen's horizon.
    let soon = app.today().checked_add(jiff::Span::new().days(30)).unwrap();
    let child = soon.checked_sub(jiff::Span::new().years(18)).unwrap();
    app.save_profile(samira()).await.unwrap();
    app.add_person("Yasmina", &child.to_string(), Some("child"))
        .await
        .unwrap();
    app.set_language(Lang::from(wegwijs_core::Language::NL))
        .await
        .unwrap();
    assert!(
        app.start_state().await.unwrap().notifications,
        "on by default"
    );
    let first = app
        .act_for(None)
        .await
        .unwrap()
        .take_notifications()
        .await
        .unwrap();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].title, "Je kind Yasmina wordt 18");
    let month = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ][usize::try_from(soon.month()).unwrap() - 1];
    assert_eq!(
        first[0].body,
        format!(
            "Op {} {month} {}. Open Wegwijs om te zien wat je moet regelen.",
            soon.day(),
            soon.year()
        )
    );
    assert!(
        app.act_for(None)
            .await
            .unwrap()
            .take_notifications()
            .await
            .unwrap()
            .is_empty(),
        "shown once"
    );

    let dir = tempfile::tempdir().unwrap();
    app.close().await;
    let app = open(dir.path()).await;
    app.save_profile(samira()).await.unwrap();
    app.add_person("Yasmina", &child.to_string(), Some("child"))
        .await
        .unwrap();
    app.set_notifications(false).await.unwrap();
    assert!(
        app.act_for(None)
            .await
            .unwrap()
            .take_notifications()
            .await
            .unwrap()
            .is_empty()
    );
    app.close().await;
}

#[tokio::test]
async fn acting_for_someone_shows_their_signals_and_plans_within_the_guidance_scope() {
    use jiff::ToSpan;
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    app.save_profile(ProfileInput {
        name: "Samira El Amrani".into(),
        birth_date: "1980-03-14".into(),
        residence_country: "NL".into(),
        municipality: Some("Rotterdam".into()),
        ..Default::default()
    })
    .await
    .unwrap();
    let today = app.today();
    // Daan turns 18 in 30 days; Opa only gave a mandate for care.
    let birth = today
        .checked_add(30.days())
        .unwrap()
        .checked_sub(18.years())
        .unwrap();
    let daan = app
        .add_person("Daan", &birth.to_string(), Some("child"))
        .await
        .unwrap();
    let opa = app
        .add_person("Opa", "1944-03-02", Some("parent"))
        .await
        .unwrap();
    let me = app.me_id().await.unwrap();
    let grant = |subject: u32, basis: &str, scopes: Option<&str>| wegwijs_app::GrantInput {
        representative: u32::try_from(me).unwrap(),
        subject,
        basis: basis.into(),
        scopes: scopes.map(String::from),
        from: None,
        until: None,
        view_only: false,
        evidence: None,
    };
    app.grant(grant(daan.id, "ouderlijk-gezag", None))
        .await
        .unwrap();
    app.grant(grant(opa.id, "machtiging", Some("care")))
        .await
        .unwrap();

    let his = app
        .act_for(Some(PersonId(daan.id)))
        .await
        .unwrap()
        .signals(None, 183)
        .await
        .unwrap();
    let turning = his.iter().find(|s| s.event == "turning-18").unwrap();
    assert_eq!(turning.title_id, "signal-turning-18-other");
    assert_eq!(turning.about.as_deref(), Some("Daan"));
    assert_eq!(turning.subject, Some(PersonId(daan.id)));
    // None of the owner's own signals or documents among them.
    assert!(his.iter().all(|s| s.subject.is_some()));
    let plan = app
        .act_for(Some(PersonId(daan.id)))
        .await
        .unwrap()
        .plan("turning-18", &turning.date)
        .await
        .unwrap();
    assert!(!plan.tasks.is_empty());
    assert_eq!(plan.kept_id, None);

    for refused in [
        app.act_for(Some(PersonId(opa.id)))
            .await
            .unwrap()
            .signals(None, 183)
            .await
            .unwrap_err(),
        app.act_for(Some(PersonId(opa.id)))
            .await
            .unwrap()
            .plan("moving", "2027-01-01")
            .await
            .unwrap_err(),
    ] {
        assert_eq!(refused.code, ErrorCode::Forbidden);
        assert_eq!(refused.message_id, "error-denied-out-of-scope");
    }
    let log = app.audit_list(Some(daan.id)).await.unwrap();
    assert!(log.iter().any(|e| e.action == "guidance.view"));
    app.close().await;
}

#[tokio::test]
async fn a_mandate_for_after_18_is_offered_until_one_is_recorded() {
    use jiff::ToSpan;
    use wegwijs_core::authz::{Basis, Scope, Verb};
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    app.save_profile(samira()).await.unwrap();
    let today = app.today();
    let birth = today
        .checked_add(30.days())
        .unwrap()
        .checked_sub(18.years())
        .unwrap();
    // Not simply today + 30 days: born on 29 February, one turns 18 on
    // 1 March.
    let birthday = wegwijs_core::signals::birthday(birth, 18).unwrap();
    let daan = app
        .add_person("Daan", &birth.to_string(), Some("child"))
        .await
        .unwrap();
    let me = u32::try_from(app.me_id().await.unwrap()).unwrap();
    let input = |basis: &str, scopes: Option<&str>, from: Option<String>| wegwijs_app::GrantInput {
        representative: me,
        subject: daan.id,
        basis: basis.into(),
        scopes: scopes.map(String::from),
        from,
        until: None,
        view_only: false,
        evidence: None,
    };
    let gezag = app
        .grant(input("ouderlijk-gezag", None, None))
        .await
        .unwrap();
    assert_eq!(gezag.mandate_from, Some(birthday.to_string()));
    let authority_signal = |signals: &[wegwijs_app::SignalDto]| {
        signals
            .iter()
            .find(|s| s.title_id == "signal-authority-ends")
            .cloned()
            .unwrap()
    };
    let signals = app
        .act_for(None)
        .await
        .unwrap()
        .signals(None, 183)
        .await
        .unwrap();
    assert_eq!(
        authority_signal(&signals).mandate_offer,
        Some(wegwijs_app::MandateOfferDto {
            person: daan.id,
            from: birthday.to_string()
        })
    );

    // A mandate covers what Daan chooses, never everything by default.
    let unnamed = app
        .grant(input("machtiging", None, Some(birthday.to_string())))
        .await
        .unwrap_err();
    assert_eq!(unnamed.code, ErrorCode::InvalidInput);
    assert_eq!(unnamed.fields[0].field, "scopes");
    assert_eq!(unnamed.fields[0].message_id, "error-mandate-scopes");

    // Daan agrees: his mother may keep helping with money matters.
    let mandate = app
        .grant(input(
            "machtiging",
            Some("finance"),
            Some(birthday.to_string()),
        ))
        .await
        .unwrap();
    assert!(mandate.upcoming && !mandate.active);
    assert_eq!(mandate.mandate_from, None);
    let reps = app.representations(today).await.unwrap();
    assert!(reps.iter().all(|r| r.mandate_from.is_none()));
    let signals = app
        .act_for(None)
        .await
        .unwrap()
        .signals(None, 183)
        .await
        .unwrap();
    assert_eq!(authority_signal(&signals).mandate_offer, None);

    // On the birthday the mandate takes over, for what it covers only.
    let reps = app.representations(birthday).await.unwrap();
    let held: Vec<_> = reps.iter().filter(|r| r.active).collect();
    assert_eq!(held.len(), 1);
    assert_eq!(held[0].basis, "machtiging");
    assert!(!held[0].upcoming);
    let later = app
        .clone()
        .with_clock(std::sync::Arc::new(wegwijs_app::FixedClock::on(birthday)));
    let his = later.act_for(Some(PersonId(daan.id))).await.unwrap();
    his.check(Verb::View, Scope::Finance, "test").await.unwrap();
    let log = later.audit_list(Some(daan.id)).await.unwrap();
    let last = log.last().unwrap();
    assert_eq!(last.basis.as_deref(), Some(Basis::Machtiging.key()));
    assert_eq!(
        last.decided_on.as_deref(),
        Some(birthday.to_string().as_str())
    );
    let refused = his
        .check(Verb::View, Scope::Documents, "test")
        .await
        .unwrap_err();
    assert_eq!(refused.message_id, "error-denied-out-of-scope");
    app.close().await;
}

/// Jan in Málaga, then New York: each deadline also says until when on
/// his own clock; in the Netherlands nothing extra; a zone Wegwijs does
/// not know is refused at its field and the last choice kept.
#[tokio::test]
async fn a_deadline_says_what_it_means_on_the_persons_own_clock() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    app.save_profile(ProfileInput {
        name: "Jan de Boer".into(),
        birth_date: "1959-05-02".into(),
        residence_country: "ES".into(),
        municipality: None,
        ..Default::default()
    })
    .await
    .unwrap();
    let due_abroad = |plan: &wegwijs_app::PlanDto| {
        plan.tasks
            .iter()
            .find(|t| t.id == "report-departure")
            .unwrap()
            .due_abroad
            .clone()
    };
    let plan = |app: Wegwijs| async move {
        app.act_for(None)
            .await
            .unwrap()
            .plan("emigration", "2026-12-01")
            .await
            .unwrap()
    };

    let tz = app.set_time_zone(Some("Europe/Madrid")).await.unwrap();
    assert!(tz.chosen);
    assert!(tz.zones.iter().any(|z| z == "America/New_York"));
    let madrid = due_abroad(&plan(app.clone()).await).unwrap();
    assert_eq!(
        (
            madrid.date.as_str(),
            madrid.time.as_str(),
            madrid.place.as_str()
        ),
        ("2026-12-01", "23:59", "Madrid")
    );

    app.set_time_zone(Some("America/New_York")).await.unwrap();
    let ny = due_abroad(&plan(app.clone()).await).unwrap();
    assert_eq!(
        (ny.date.as_str(), ny.time.as_str(), ny.place.as_str()),
        ("2026-12-01", "17:59", "New York")
    );

    app.set_time_zone(Some("Asia/Tokyo")).await.unwrap();
    let tokyo = due_abroad(&plan(app.clone()).await).unwrap();
    assert_eq!(
        (tokyo.date.as_str(), tokyo.time.as_str()),
        ("2026-12-02", "07:59")
    );

    let e = app
        .set_time_zone(Some("Mars/Olympus_Mons"))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert_eq!(e.fields[0].field, "time_zone");
    assert_eq!(e.fields[0].message_id, "error-time-zone-unknown");
    assert_eq!(
        app.time_zone().await.unwrap().zone,
        "Asia/Tokyo",
        "the last choice is kept"
    );

    app.set_time_zone(Some("Europe/Amsterdam")).await.unwrap();
    assert_eq!(
        due_abroad(&plan(app.clone()).await),
        None,
        "Dutch time needs no second clock"
    );

    let back = app.set_time_zone(None).await.unwrap();
    assert!(!back.chosen);
    assert_eq!(back.zone, back.device);
}

/// Jan's passport task names the Dutch mission for Spain, from the data
/// shipped with the app; a country without its own entry gets the list of
/// all missions; at home there is no embassy to go to.
#[tokio::test]
async fn a_task_at_an_embassy_links_the_mission_for_the_persons_country() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    let mission = |app: Wegwijs, country: &'static str| async move {
        app.save_profile(ProfileInput {
            name: "Jan de Boer".into(),
            birth_date: "1959-05-02".into(),
            residence_country: country.into(),
            municipality: (country == "NL").then(|| "Utrecht".into()),
            ..Default::default()
        })
        .await
        .unwrap();
        let plan = app
            .act_for(None)
            .await
            .unwrap()
            .plan("living-abroad", "2027-01-01")
            .await
            .unwrap();
        let with: Vec<_> = plan
            .tasks
            .iter()
            .filter(|t| t.where_to_go.is_some())
            .map(|t| t.id.clone())
            .collect();
        let passport = plan.tasks.iter().find(|t| t.id == "passport").cloned();
        (with, passport.and_then(|t| t.where_to_go))
    };
    let (with, spain) = mission(app.clone(), "ES").await;
    assert_eq!(with, ["passport"], "only the task at an embassy");
    let spain = spain.unwrap();
    assert_eq!(spain.country, "ES");
    assert!(
        spain.url.starts_with("https://www.nederlandwereldwijd.nl/")
            && spain.url.contains("spanje"),
        "{}",
        spain.url
    );
    let (_, elsewhere) = mission(app.clone(), "TV").await;
    assert_eq!(
        elsewhere.unwrap().url,
        "https://www.nederlandwereldwijd.nl/contact/ambassades-consulaten-generaal"
    );
    let (with, _) = mission(app.clone(), "NL").await;
    assert!(with.is_empty());
    app.close().await;
}

/// Abroad, a deadline in the calendar is its last hour in Dutch time, so
/// the calendar app shows it on the person's clock (17:00–17:59 in New
/// York); the PDF says it in words.
#[tokio::test]
async fn abroad_the_calendar_holds_the_deadline_in_dutch_time() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path()).await;
    app.save_profile(samira()).await.unwrap();
    app.set_time_zone(Some("America/New_York")).await.unwrap();
    let plan = app
        .act_for(None)
        .await
        .unwrap()
        .plan("birth", "2026-11-27")
        .await
        .unwrap();
    let ics = wegwijs_app::export::plan_ics(&plan, &Localizer::new(), Language::EN);
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains("DTSTART;TZID=Europe/Amsterdam:20261201T230000"),
        "{unfolded}"
    );
    assert!(unfolded.contains("DTEND;TZID=Europe/Amsterdam:20261201T235900"));
    assert!(unfolded.contains("In New York you have until 17:59 on 2026-12-01"));
}
