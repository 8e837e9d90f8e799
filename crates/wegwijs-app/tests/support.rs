//! What the application tests of acting for someone share: an owner's
//! installation and a representation to grant. Included as `mod support;`.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use wegwijs_app::{GrantInput, MemoryKeyring, ProfileInput, Wegwijs};

/// A new installation in `dir` whose owner is Ingrid from Arnhem, and her
/// person id.
pub async fn ingrid(dir: &Path, ring: &MemoryKeyring) -> (Wegwijs, u32) {
    let app = Wegwijs::open(dir, ring, None).await.unwrap().app;
    set_up_ingrid(&app).await
}

/// Saves Ingrid's profile in `app`; her person id.
pub async fn set_up_ingrid(app: &Wegwijs) -> (Wegwijs, u32) {
    app.save_profile(ProfileInput {
        name: "Ingrid Jansen".into(),
        birth_date: "1972-04-04".into(),
        residence_country: "NL".into(),
        municipality: Some("Arnhem".into()),
        ..Default::default()
    })
    .await
    .unwrap();
    let me = u32::try_from(app.me_id().await.unwrap()).unwrap();
    (app.clone(), me)
}

/// A representation of `me` for `subject` from today, for `scopes`
/// (everything the basis allows when `None`).
pub fn grant(me: u32, subject: u32, basis: &str, scopes: Option<&str>) -> GrantInput {
    GrantInput {
        representative: me,
        subject,
        basis: basis.into(),
        scopes: scopes.map(String::from),
        from: None,
        until: None,
        view_only: false,
        evidence: None,
    }
}
