//! Login through the application API against a real OpenID Provider
//! (oidc-provider on 127.0.0.1, see wegwijs_login::testing): where the
//! tokens go, what a verified "acts for" becomes, refresh, sign-out, and an
//! unreachable provider.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use wegwijs_app::{
    ErrorCode, FixedClock, LoginSettingsInput, MemoryKeyring, NoKeyring, PersonId, ProfileInput,
    Scope, SecretStore, Verb, Wegwijs,
};
use wegwijs_login::testing::{TestProvider, browse, free_port};

fn e2e_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/e2e")
}

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 29)
}

/// A set-up installation: Ingrid's, with her father Jan in the household.
async fn ingrids(dir: &Path, ring: &MemoryKeyring) -> (Wegwijs, u32) {
    let app = Wegwijs::open(dir, ring, None)
        .await
        .unwrap()
        .app
        .with_clock(std::sync::Arc::new(FixedClock::on(today())));
    app.save_profile(ProfileInput {
        name: "Ingrid Jansen".into(),
        birth_date: "1970-05-01".into(),
        residence_country: "NL".into(),
        municipality: Some("Utrecht".into()),
        ..Default::default()
    })
    .await
    .unwrap();
    let jan = app
        .add_person("Jan Jansen", "1940-02-03", Some("parent"))
        .await
        .unwrap();
    (app, jan.id)
}

fn settings(issuer: &str) -> LoginSettingsInput {
    LoginSettingsInput {
        issuer: issuer.into(),
        client_id: "wegwijs".into(),
    }
}

/// Logs in as `user` at the provider, the way a browser would.
async fn log_in_as(
    app: &Wegwijs,
    ring: &dyn SecretStore,
    issuer: &str,
    user: Option<&'static str>,
) -> Result<wegwijs_app::LoginStatusDto, wegwijs_app::AppError> {
    let issuer = issuer.to_string();
    app.login(
        ring,
        move |url| {
            let url = url.to_string();
            tokio::spawn(async move { browse(&issuer, &url, user).await });
            Ok(())
        },
        std::future::pending(),
    )
    .await
}

#[tokio::test]
async fn acting_for_someone_becomes_a_verified_representation() {
    let Some(server) = TestProvider::start(&e2e_dir()) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, jan) = ingrids(dir.path(), &ring).await;

    let none = log_in_as(&app, &ring, &server.issuer, Some("ingrid")).await;
    assert_eq!(none.unwrap_err().message_id, "error-login-not-configured");
    app.set_login_settings(&ring, settings(&server.issuer))
        .await
        .unwrap();

    // Ingrid logs in acting for Jan: the provider says so, but Wegwijs
    // does not know yet which household member that is.
    let status = log_in_as(&app, &ring, &server.issuer, Some("ingrid"))
        .await
        .unwrap();
    assert!(status.signed_in);
    assert_eq!(status.name.as_deref(), Some("Ingrid Jansen"));
    assert!(status.tokens_kept);
    assert!(status.acting_unlinked);
    assert_eq!(status.representation, None);
    // Before the link, acting for Jan is refused.
    let refused = app
        .act_for(Some(PersonId(jan)))
        .await
        .unwrap()
        .check(Verb::View, Scope::Documents, "test")
        .await
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::Forbidden);

    // The provider does not say for which matters: the owner names them,
    // as for any mandate.
    let unnamed = app.link_login_person(jan, None).await.unwrap_err();
    assert_eq!(unnamed.fields[0].message_id, "error-mandate-scopes");
    let status = app
        .link_login_person(jan, Some("documents,care"))
        .await
        .unwrap();
    assert!(!status.acting_unlinked);
    assert_eq!(status.acting_for, Some(jan));
    let rep_id = status.representation.unwrap();
    let reps = app.representations(today()).await.unwrap();
    let rep = reps.iter().find(|r| r.id == rep_id).unwrap();
    assert!(rep.verified);
    assert_eq!(rep.basis, "machtiging");
    assert_eq!(rep.subject, jan);
    assert_eq!(rep.from, today().to_string());
    assert_eq!(rep.scopes, ["documents", "care"]);
    app.act_for(Some(PersonId(jan)))
        .await
        .unwrap()
        .check(Verb::View, Scope::Documents, "test")
        .await
        .unwrap();
    let money = app
        .act_for(Some(PersonId(jan)))
        .await
        .unwrap()
        .check(Verb::View, Scope::Finance, "test")
        .await
        .unwrap_err();
    assert_eq!(money.message_id, "error-denied-out-of-scope");
    let log = app.audit_list(Some(jan)).await.unwrap();
    assert!(log.iter().any(|e| e.action == "representation.grant"
        && e.detail.contains(&format!("verified by {}", server.issuer))));

    // The tokens are in the keyring, not in the data directory.
    let account = wegwijs_app::keystore::secret_account(dir.path(), "login")
        .unwrap()
        .unwrap();
    let tokens: wegwijs_app::Tokens =
        serde_json::from_slice(&ring.get(&account).unwrap().unwrap()).unwrap();
    assert!(tokens.refresh_token.is_some());

    // A second login acting for Jan finds him and adds nothing.
    let again = log_in_as(&app, &ring, &server.issuer, Some("ingrid"))
        .await
        .unwrap();
    assert_eq!(again.representation, Some(rep_id));
    assert_eq!(
        app.representations(today()).await.unwrap().len(),
        reps.len()
    );
    // The same provider id cannot be given to a second person.
    let other = app
        .add_person("Iemand Anders", "1950-01-01", Some("other"))
        .await
        .unwrap();
    assert!(
        app.link_login_person(other.id, Some("documents"))
            .await
            .is_err()
    );

    // Refresh: new tokens replace the old ones in the keyring.
    app.refresh_login(&ring).await.unwrap();
    let renewed: wegwijs_app::Tokens =
        serde_json::from_slice(&ring.get(&account).unwrap().unwrap()).unwrap();
    assert_ne!(renewed.access_token, tokens.access_token);

    // Jan logging in on Ingrid's device is not Ingrid: refused, nothing kept.
    let jan_login = log_in_as(&app, &ring, &server.issuer, Some("jan"))
        .await
        .unwrap_err();
    assert_eq!(jan_login.message_id, "error-login-other-person");
    assert_eq!(
        app.login_status().await.unwrap().name.as_deref(),
        Some("Ingrid Jansen")
    );

    // Ingrid revokes the verified mandate while still logged in: the
    // status no longer counts it and asks again; the person is known, so
    // only the matters are named anew.
    app.revoke(rep_id).await.unwrap();
    let status = app.login_status().await.unwrap();
    assert!(status.acting_unlinked);
    assert_eq!(
        (status.acting_for, status.representation),
        (Some(jan), None)
    );
    let relinked = app.link_login_person(jan, Some("care")).await.unwrap();
    let care_id = relinked.representation.unwrap();
    assert_ne!(care_id, rep_id);
    let reps = app.representations(today()).await.unwrap();
    assert_eq!(
        reps.iter().find(|r| r.id == care_id).unwrap().scopes,
        ["care"]
    );

    // Sign-out ends it at the provider and here; the representation stays.
    let out = app.logout(&ring).await.unwrap();
    assert!(out.at_provider);
    assert!(ring.get(&account).unwrap().is_none());
    assert!(!app.login_status().await.unwrap().signed_in);
    let refresh = app.refresh_login(&ring).await.unwrap_err();
    assert_eq!(refresh.message_id, "error-login-signed-out");
    // The revoked refresh token no longer works at the provider either.
    let provider = wegwijs_login::discover(&wegwijs_login::LoginConfig {
        issuer: server.issuer.clone(),
        client_id: "wegwijs".into(),
    })
    .await
    .unwrap();
    assert!(
        provider
            .refresh(renewed.refresh_token.as_deref().unwrap())
            .await
            .is_err()
    );
    assert!(
        app.representations(today())
            .await
            .unwrap()
            .iter()
            .any(|r| r.id == rep_id)
    );

    // Revoked while signed out: the next login acting for Jan does not
    // bring it back, it asks again.
    app.revoke(care_id).await.unwrap();
    let after = log_in_as(&app, &ring, &server.issuer, Some("ingrid"))
        .await
        .unwrap();
    assert!(after.acting_unlinked);
    assert_eq!((after.acting_for, after.representation), (Some(jan), None));
    assert!(
        app.act_for(Some(PersonId(jan)))
            .await
            .unwrap()
            .check(Verb::View, Scope::Care, "test")
            .await
            .is_err()
    );
    let again = app.link_login_person(jan, Some("documents")).await.unwrap();
    assert!(!again.acting_unlinked);
    assert_ne!(again.representation, Some(care_id));
    app.close().await;
}

#[tokio::test]
async fn cancel_unreachable_and_bad_settings_are_clear_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, jan) = ingrids(dir.path(), &ring).await;

    let bad = app
        .set_login_settings(
            &ring,
            LoginSettingsInput {
                issuer: "http://login.example.nl".into(),
                client_id: " ".into(),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(bad.code, ErrorCode::InvalidInput);
    let fields: Vec<&str> = bad.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["issuer", "client_id"]);
    assert_eq!(app.login_status().await.unwrap().issuer, None);

    // Offline: the provider cannot be reached; the rest of the app works.
    let nowhere = format!("http://127.0.0.1:{}", free_port());
    app.set_login_settings(&ring, settings(&nowhere))
        .await
        .unwrap();
    let offline = log_in_as(&app, &ring, &nowhere, Some("ingrid"))
        .await
        .unwrap_err();
    assert_eq!(offline.code, ErrorCode::Unavailable);
    assert_eq!(offline.message_id, "error-login-unreachable");
    assert!(!app.login_status().await.unwrap().signed_in);
    assert_eq!(app.people().await.unwrap().len(), 2);
    assert!(
        app.act_for(None)
            .await
            .unwrap()
            .documents()
            .await
            .unwrap()
            .is_empty()
    );
    let _ = jan;

    let Some(server) = TestProvider::start(&e2e_dir()) else {
        return;
    };
    app.set_login_settings(&ring, settings(&server.issuer))
        .await
        .unwrap();
    // The person presses "cancel" at the provider.
    let cancelled = log_in_as(&app, &ring, &server.issuer, None)
        .await
        .unwrap_err();
    assert_eq!(cancelled.message_id, "error-login-cancelled");
    // The person gives up waiting in the app.
    let waited = app.login(&ring, |_| Ok(()), async {}).await.unwrap_err();
    assert_eq!(waited.message_id, "error-login-cancelled");
    // No browser could be opened.
    let no_browser = app
        .login(&ring, |_| Err(()), std::future::pending())
        .await
        .unwrap_err();
    assert_eq!(no_browser.message_id, "error-login-no-browser");
    assert!(!app.login_status().await.unwrap().signed_in);

    // Without a keyring the login works but its tokens are not kept.
    let status = log_in_as(&app, &NoKeyring, &server.issuer, Some("ingrid"))
        .await
        .unwrap();
    assert!(status.signed_in);
    assert!(!status.tokens_kept);
    // Another provider configured: the login here ends.
    app.set_login_settings(&ring, settings("https://login.example.nl"))
        .await
        .unwrap();
    assert!(!app.login_status().await.unwrap().signed_in);
    app.close().await;
}

#[tokio::test]
async fn one_login_at_a_time_and_a_new_provider_relinks_the_owner() {
    let Some(first) = TestProvider::start(&e2e_dir()) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, _jan) = ingrids(dir.path(), &ring).await;
    app.set_login_settings(&ring, settings(&first.issuer))
        .await
        .unwrap();

    // While a login waits for the browser, nothing else about the login
    // may change: not the settings (whose tokens would go where?), not a
    // second login.
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let waiting = app.login(&ring, |_| Ok(()), async {
        let _ = stopped.await;
    });
    let meanwhile = async {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let settings = app
            .set_login_settings(&ring, settings("https://login.example.nl"))
            .await;
        let again = app.login(&ring, |_| Ok(()), std::future::pending()).await;
        let _ = stop.send(());
        (settings, again)
    };
    let (waited, (settings_change, second)) = tokio::join!(waiting, meanwhile);
    assert_eq!(waited.unwrap_err().message_id, "error-login-cancelled");
    assert_eq!(settings_change.unwrap_err().message_id, "error-login-busy");
    assert_eq!(second.unwrap_err().message_id, "error-login-busy");
    assert_eq!(
        app.login_status().await.unwrap().issuer.as_deref(),
        Some(first.issuer.as_str())
    );

    log_in_as(&app, &ring, &first.issuer, Some("jan"))
        .await
        .unwrap();
    // Another provider: the owner's id there is new, and is linked anew
    // (not taken for someone else's login).
    let Some(second) = TestProvider::start(&e2e_dir()) else {
        return;
    };
    app.set_login_settings(&ring, settings(&second.issuer))
        .await
        .unwrap();
    let status = log_in_as(&app, &ring, &second.issuer, Some("jan"))
        .await
        .unwrap();
    assert!(status.signed_in);
    // At that provider, another person is still not the owner.
    let other = log_in_as(&app, &ring, &second.issuer, Some("ingrid"))
        .await
        .unwrap_err();
    assert_eq!(other.message_id, "error-login-other-person");
    app.close().await;
}
