//! Announcements near the address through the application API, against
//! the fake PDOK and SRU services: one notification per check, the owner's
//! own (never someone else's), and a failed lookup keeps nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use wegwijs_app::{AddressInput, AnnounceServices, ErrorCode, Lang, MemoryKeyring, PersonId};
use wegwijs_fake_announce::{Fake, Mode};

fn services(fake: &Fake) -> AnnounceServices {
    AnnounceServices {
        pdok: fake.pdok_url(),
        sru: fake.sru_url(),
        backoff: std::time::Duration::from_millis(5),
    }
}

fn domplein() -> AddressInput {
    AddressInput {
        postcode: "3512JC".into(),
        number: "1".into(),
        addition: None,
    }
}

#[tokio::test]
async fn a_check_that_finds_new_ones_is_one_notification_never_one_each() {
    let fake = Fake::start().await;
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, _) = support::ingrid(dir.path(), &ring).await;
    let app = app.with_announce_services(services(&fake));
    app.set_language(Lang::from(wegwijs_core::Language::NL))
        .await
        .unwrap();
    let own = app.act_for(None).await.unwrap();
    own.enable_announcements(&domplein(), None).await.unwrap();
    assert_eq!(own.check_announcements().await.unwrap().new, 6);

    let shown = own.take_notifications().await.unwrap();
    let about: Vec<&str> = shown
        .iter()
        .map(|n| n.title.as_str())
        .filter(|t| t.contains("buurt"))
        .collect();
    assert_eq!(about, ["6 nieuwe berichten over je buurt"], "{shown:?}");
    // The last days to respond are on the home screen, not notifications.
    assert!(
        shown.iter().all(|n| !n.title.contains("reageren")),
        "{shown:?}"
    );
    assert!(own.take_notifications().await.unwrap().is_empty());

    // A check with nothing new rings nothing, though some are unread.
    assert_eq!(own.check_announcements().await.unwrap().new, 0);
    assert!(own.take_notifications().await.unwrap().is_empty());
    let signals = own.signals(None, 183).await.unwrap();
    assert_eq!(
        signals
            .iter()
            .filter(|s| s.event == "announcements-new")
            .count(),
        1
    );
    app.close().await;
}

#[tokio::test]
async fn announcements_are_the_owners_own_and_a_failed_lookup_keeps_nothing() {
    let fake = Fake::start().await;
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, _) = support::ingrid(dir.path(), &ring).await;
    let app = app.with_announce_services(services(&fake));
    let child = app
        .add_person("Daan", "2015-03-02", Some("child"))
        .await
        .unwrap();
    let theirs = app.act_for(Some(PersonId(child.id))).await.unwrap();
    let refused = theirs
        .enable_announcements(&domplein(), None)
        .await
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::Forbidden);
    assert_eq!(
        theirs.announcements(false).await.unwrap_err().code,
        ErrorCode::Forbidden
    );
    assert!(fake.asked().is_empty(), "refused before anything was asked");

    fake.set_mode(Mode::Fail);
    let own = app.act_for(None).await.unwrap();
    let e = own
        .enable_announcements(&domplein(), None)
        .await
        .unwrap_err();
    assert_eq!(e.message_id, "error-announce-server");
    assert!(own.announcements(false).await.unwrap().watch.is_none());
    app.close().await;
}
