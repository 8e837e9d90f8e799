//! Login with the identity provider the person configured (issuer URL and
//! client id in the settings; nothing is built in).
//!
//! The flow itself is `wegwijs-login`. Here: where its results go. The
//! tokens go to the OS keyring under this installation's account and
//! nowhere else (not the database, not the webview, not the logs). The
//! database keeps who is logged in and, per person, their id at the
//! provider, learnt only from a verified ID token. When the provider says
//! the owner acts for someone, that person gets a representation marked
//! verified, used like any other by `authz::decide`.

use std::future::Future;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use specta::Type;
use wegwijs_core::authz::{Access, Basis, Representation, Scopes};
use wegwijs_login::{LoginConfig, LoginError, LoginResult, Tokens};
use wegwijs_store::Setting;

use crate::{AppError, ErrorCode, SecretStore, Wegwijs};

/// How long the app waits for the browser to come back.
pub const LOGIN_WAIT: Duration = Duration::from_secs(300);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LoginSettingsInput {
    pub issuer: String,
    pub client_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct LoginStatusDto {
    pub issuer: Option<String>,
    pub client_id: Option<String>,
    pub signed_in: bool,
    /// The name the provider gave, if any.
    pub name: Option<String>,
    /// When the login happened (RFC 3339).
    pub since: Option<String>,
    /// The tokens are in the OS keyring. Without a keyring they are not
    /// kept, and the login cannot be renewed.
    pub tokens_kept: bool,
    /// The provider said the owner acts for someone, and no mandate for it
    /// holds here yet (a new person, or one whose mandate the owner
    /// revoked): ask who it is and for which matters (`link_login_person`).
    pub acting_unlinked: bool,
    /// The household person the last login acted for, once linked.
    pub acting_for: Option<u32>,
    /// The verified mandate for that person that holds today, if any (read
    /// from the representations: one revoked since the login is gone).
    pub representation: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct LogoutReport {
    /// The login was also ended at the provider (its refresh token
    /// revoked); false when the provider could not be reached or has no
    /// revocation endpoint. Either way it is gone from this device.
    pub at_provider: bool,
}

/// What the database keeps of a login. No tokens.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Session {
    /// The provider it is a login at; refresh and sign-out go there only.
    #[serde(default)]
    issuer: String,
    subject: String,
    name: Option<String>,
    since: String,
    /// The represented person's key at the provider, when acting.
    acting_for: Option<String>,
    tokens_kept: bool,
    representation: Option<u32>,
}

/// A person's key at a provider: the same subject id at two providers is
/// two different people.
fn subject_key(issuer: &str, subject: &str) -> String {
    format!("{} {subject}", issuer.trim_end_matches('/'))
}

fn login_error(e: LoginError) -> AppError {
    tracing::info!(error = %e, "login failed");
    let (code, id) = match e {
        LoginError::BadConfig => (ErrorCode::InvalidInput, "error-login-issuer-invalid"),
        LoginError::Unreachable => (ErrorCode::Unavailable, "error-login-unreachable"),
        LoginError::Cancelled => (ErrorCode::LoginFailed, "error-login-cancelled"),
        LoginError::Refused(_) => (ErrorCode::LoginFailed, "error-login-refused"),
        LoginError::StateMismatch
        | LoginError::CodeRejected
        | LoginError::NoIdToken
        | LoginError::InvalidIdToken(_) => (ErrorCode::LoginFailed, "error-login-invalid"),
        LoginError::Timeout => (ErrorCode::LoginFailed, "error-login-timeout"),
        LoginError::Listener(_) => (ErrorCode::Storage, "error-unexpected"),
        LoginError::Expired => (ErrorCode::LoginFailed, "error-login-expired"),
    };
    AppError::with_code(code, id)
}

impl Wegwijs {
    async fn login_config(&self) -> Result<Option<LoginConfig>, AppError> {
        let issuer = self.store.setting(Setting::LoginIssuer).await?;
        let client_id = self.store.setting(Setting::LoginClientId).await?;
        Ok(issuer
            .zip(client_id)
            .map(|(issuer, client_id)| LoginConfig { issuer, client_id }))
    }

    async fn session(&self) -> Result<Option<Session>, AppError> {
        Ok(self
            .store
            .setting(Setting::LoginSession)
            .await?
            .and_then(|s| serde_json::from_str(&s).ok()))
    }

    async fn save_session(&self, s: &Session) -> Result<(), AppError> {
        let json = serde_json::to_string(s).map_err(|_| AppError::unexpected())?;
        self.store.set_setting(Setting::LoginSession, &json).await?;
        Ok(())
    }

    fn token_account(&self) -> Result<String, AppError> {
        wegwijs_vault::keystore::secret_account(&self.data_dir, "login")?
            .ok_or_else(AppError::unexpected)
    }

    /// The provider settings and who is logged in.
    pub async fn login_status(&self) -> Result<LoginStatusDto, AppError> {
        let config = self.login_config().await?;
        let session = self.session().await?;
        let acting_for = match &session {
            Some(Session {
                acting_for: Some(key),
                ..
            }) => self
                .store
                .people()
                .await?
                .into_iter()
                .find(|p| p.provider_subject.as_deref() == Some(key.as_str()))
                .and_then(|p| u32::try_from(p.id).ok()),
            _ => None,
        };
        // Read from the representations, not remembered from the login: a
        // mandate revoked since then no longer counts.
        let representation = match (acting_for, self.store.me_id().await?) {
            (Some(p), Some(me)) => self.verified_for(me, i64::from(p), self.today()).await?,
            _ => None,
        };
        Ok(LoginStatusDto {
            issuer: config.as_ref().map(|c| c.issuer.clone()),
            client_id: config.map(|c| c.client_id),
            signed_in: session.is_some(),
            name: session.as_ref().and_then(|s| s.name.clone()),
            since: session.as_ref().map(|s| s.since.clone()),
            tokens_kept: session.as_ref().is_some_and(|s| s.tokens_kept),
            acting_unlinked: session
                .as_ref()
                .is_some_and(|s| s.acting_for.is_some() && representation.is_none()),
            acting_for,
            representation,
        })
    }

    /// Stores the provider's issuer URL and Wegwijs' client id there.
    /// Another provider than before ends the current login on this device.
    pub async fn set_login_settings(
        &self,
        secrets: &dyn SecretStore,
        input: LoginSettingsInput,
    ) -> Result<LoginStatusDto, AppError> {
        let mut fields = Vec::new();
        let issuer = wegwijs_login::check_issuer(&input.issuer);
        if issuer.is_none() {
            fields.push(("issuer", "error-login-issuer-invalid"));
        }
        let client_id = input.client_id.trim().to_string();
        if client_id.is_empty() || client_id.chars().count() > 200 {
            fields.push(("client_id", "error-login-client-id-missing"));
        }
        let Some(issuer) = issuer.filter(|_| fields.is_empty()) else {
            return Err(AppError::invalid_fields(&fields));
        };
        let _one = self.login_lock.try_lock().map_err(|_| busy())?;
        let old = self.login_config().await?;
        if old.is_some_and(|o| o.issuer != issuer || o.client_id != client_id) {
            self.forget_login(secrets).await?;
        }
        self.store
            .set_setting(Setting::LoginIssuer, &issuer)
            .await?;
        self.store
            .set_setting(Setting::LoginClientId, &client_id)
            .await?;
        self.login_status().await
    }

    /// Logs in: opens the provider's page in the person's browser (through
    /// `open_browser`, the shell's way of doing that), waits for the answer
    /// on a loopback port, validates it, keeps the tokens in the keyring
    /// and records a verified representation when the provider says the
    /// owner acts for someone. `cancel` ends the wait early.
    pub async fn login(
        &self,
        secrets: &dyn SecretStore,
        open_browser: impl FnOnce(&str) -> Result<(), ()>,
        cancel: impl Future<Output = ()>,
    ) -> Result<LoginStatusDto, AppError> {
        let _one = self.login_lock.try_lock().map_err(|_| busy())?;
        let config = self.login_config().await?.ok_or_else(|| {
            AppError::with_code(ErrorCode::InvalidInput, "error-login-not-configured")
        })?;
        // Without a profile there is no "me" to link the login to.
        self.me_id().await?;
        let provider = wegwijs_login::discover(&config)
            .await
            .map_err(login_error)?;
        let (listener, redirect) = wegwijs_login::loopback().await.map_err(login_error)?;
        let lang = self.language().await?;
        let l10n = crate::Localizer::new();
        let page = wegwijs_login::DonePage {
            lang: lang.tag().to_string(),
            rtl: lang.is_right_to_left(),
            title: l10n.text(lang, "app-name"),
            text: l10n.text(lang, "login-browser-done"),
        };
        let (url, pending) = provider.start(&redirect).map_err(login_error)?;
        open_browser(&url)
            .map_err(|()| AppError::with_code(ErrorCode::Unavailable, "error-login-no-browser"))?;
        let query = tokio::select! {
            q = wegwijs_login::receive_redirect(listener, LOGIN_WAIT, pending.state(), page) => q.map_err(login_error)?,
            () = cancel => return Err(login_error(LoginError::Cancelled)),
        };
        let result = provider
            .finish(pending, &query)
            .await
            .map_err(login_error)?;
        self.complete_login(secrets, &config.issuer, result).await
    }

    /// Records a verified login; the caller holds the login lock.
    async fn complete_login(
        &self,
        secrets: &dyn SecretStore,
        issuer: &str,
        result: LoginResult,
    ) -> Result<LoginStatusDto, AppError> {
        let today = self.today();
        let me = self.me_id().await?;
        let my_key = subject_key(issuer, &result.subject);
        let people = self.store.people().await?;
        let mine = people
            .iter()
            .find(|p| p.id == me)
            .and_then(|p| p.provider_subject.clone());
        let at_this_provider = subject_key(issuer, "");
        match mine {
            Some(k) if k == my_key => {}
            // Someone else logged in at the owner's provider.
            Some(k) if k.starts_with(&at_this_provider) => return Err(other_person()),
            // The first login (at this provider) links the owner to their id
            // there, unless it is the id of someone else in the household.
            _ => {
                if !self.store.set_provider_subject(me, &my_key).await? {
                    return Err(other_person());
                }
            }
        }
        let tokens_kept = self.keep_tokens(secrets, &result.tokens);
        let acting_key = result.acting_for.as_deref().map(|a| subject_key(issuer, a));
        let mut session = Session {
            issuer: issuer.to_string(),
            subject: result.subject,
            name: result.name,
            since: jiff::Timestamp::now().to_string(),
            acting_for: acting_key.clone(),
            tokens_kept,
            representation: None,
        };
        if let Some(key) = &acting_key
            && let Some(p) = people
                .iter()
                .find(|p| p.provider_subject.as_deref() == Some(key.as_str()))
        {
            // Only one that still holds: a mandate the owner revoked here is
            // not brought back by the next login; linking again asks anew.
            session.representation = self.verified_for(me, p.id, today).await?;
        }
        self.save_session(&session).await?;
        tracing::info!(acting = session.acting_for.is_some(), "logged in");
        self.login_status().await
    }

    fn keep_tokens(&self, secrets: &dyn SecretStore, tokens: &Tokens) -> bool {
        let Ok(account) = self.token_account() else {
            return false;
        };
        let Ok(json) = serde_json::to_vec(tokens) else {
            return false;
        };
        match secrets.set(&account, &json) {
            Ok(()) => true,
            Err(_) => {
                tracing::warn!("no keyring: login tokens not kept");
                false
            }
        }
    }

    /// Says which household person the provider's "acts for" is (once)
    /// and for which matters; then records the verified representation.
    pub async fn link_login_person(
        &self,
        person: u32,
        scopes: Option<&str>,
    ) -> Result<LoginStatusDto, AppError> {
        let today = self.today();
        let _one = self.login_lock.try_lock().map_err(|_| busy())?;
        let me = self.me_id().await?;
        let mut session = self.session().await?.ok_or_else(signed_out)?;
        let key = match &session.acting_for {
            Some(key) if self.login_status().await?.acting_unlinked => key.clone(),
            _ => {
                return Err(AppError::with_code(
                    ErrorCode::InvalidInput,
                    "error-login-nothing-to-link",
                ));
            }
        };
        // The provider says that the owner may act for this person, not in
        // which matters: those the owner names, as for any mandate.
        let scopes = crate::people::scopes_for(Basis::Machtiging, scopes)?;
        let issuer = self
            .login_config()
            .await?
            .map(|c| c.issuer)
            .ok_or_else(signed_out)?;
        let people = self.store.people().await?;
        let p = people
            .iter()
            .find(|p| p.id == i64::from(person) && p.id != me)
            .ok_or_else(|| {
                AppError::invalid_field(
                    "person",
                    "error-person-unknown",
                    [("id", person.to_string().as_str())],
                )
            })?;
        if p.provider_subject.as_deref().is_some_and(|k| k != key)
            || !self.store.set_provider_subject(p.id, &key).await?
        {
            return Err(AppError::invalid_field(
                "person",
                "error-login-person-linked",
                [],
            ));
        }
        // The provider vouched for "acts for <its id>"; which household
        // member that id is, the owner said. The log says both.
        let how = "; linked to this person by the owner";
        session.representation = Some(
            self.record_verified(me, p.id, scopes, &issuer, today, how)
                .await?,
        );
        self.save_session(&session).await?;
        self.login_status().await
    }

    /// The verified mandate the owner holds for `subject` that still holds.
    async fn verified_for(
        &self,
        me: i64,
        subject: i64,
        today: jiff::civil::Date,
    ) -> Result<Option<u32>, AppError> {
        let existing = self.store.representations().await?.into_iter().find(|r| {
            r.verified
                && r.rep.representative == me
                && r.rep.subject == subject
                && r.rep.from <= today
                && r.rep.revoked.is_none()
                && r.rep.until.is_none_or(|u| u >= today)
        });
        existing
            .map(|r| u32::try_from(r.rep.id).map_err(|_| AppError::corrupt()))
            .transpose()
    }

    /// A mandate the provider vouched for: a `machtiging` from today for
    /// the matters the owner named, marked verified. One per person: a
    /// later login that says the same adds nothing.
    async fn record_verified(
        &self,
        me: i64,
        subject: i64,
        scopes: Scopes,
        issuer: &str,
        today: jiff::civil::Date,
        how: &str,
    ) -> Result<u32, AppError> {
        if let Some(id) = self.verified_for(me, subject, today).await? {
            return Ok(id);
        }
        let rep = Representation {
            id: 0,
            representative: me,
            subject,
            basis: Basis::Machtiging,
            scopes,
            access: Access::Full,
            from: today,
            until: None,
            revoked: None,
        };
        let id = self.store.add_representation(&rep, true, None).await?;
        self.audit(
            me,
            subject,
            "representation.grant",
            Some(Basis::Machtiging.key()),
            &format!(
                "representation {id}, representative {me}, verified by {}{how}",
                issuer.trim_end_matches('/')
            ),
        )
        .await?;
        u32::try_from(id).map_err(|_| AppError::corrupt())
    }

    /// Renews the tokens with the refresh token. A provider that refuses
    /// ends the login here too; one that cannot be reached changes nothing.
    pub async fn refresh_login(
        &self,
        secrets: &dyn SecretStore,
    ) -> Result<LoginStatusDto, AppError> {
        let _one = self.login_lock.try_lock().map_err(|_| busy())?;
        let config = self.login_config().await?.ok_or_else(signed_out)?;
        let session = self.session().await?.ok_or_else(signed_out)?;
        if session.issuer != config.issuer {
            // Tokens go back only to the provider that issued them.
            self.forget_login(secrets).await?;
            return Err(signed_out());
        }
        let tokens = self.stored_tokens(secrets).ok_or_else(signed_out)?;
        let refresh_token = tokens.refresh_token.ok_or_else(signed_out)?;
        let provider = wegwijs_login::discover(&config)
            .await
            .map_err(login_error)?;
        match provider.refresh(&refresh_token).await {
            Ok(new) => {
                let kept = self.keep_tokens(secrets, &new);
                self.save_session(&Session {
                    tokens_kept: kept,
                    ..session
                })
                .await?;
                self.login_status().await
            }
            Err(LoginError::Expired) => {
                self.forget_login(secrets).await?;
                Err(login_error(LoginError::Expired))
            }
            Err(e) => Err(login_error(e)),
        }
    }

    pub(crate) fn stored_tokens(&self, secrets: &dyn SecretStore) -> Option<Tokens> {
        let account = self.token_account().ok()?;
        let bytes = secrets.get(&account).ok()??;
        serde_json::from_slice(&bytes).ok()
    }

    /// Signs out: the refresh token is revoked at the provider when it can
    /// be reached, and the tokens and session are removed from this device
    /// in any case. Representations recorded from logins stay (they are
    /// revoked like any other).
    pub async fn logout(&self, secrets: &dyn SecretStore) -> Result<LogoutReport, AppError> {
        let _one = self.login_lock.try_lock().map_err(|_| busy())?;
        let mut at_provider = false;
        let issued_by = self.session().await?.map(|s| s.issuer);
        if let (Some(config), Some(refresh)) = (
            self.login_config().await?,
            self.stored_tokens(secrets).and_then(|t| t.refresh_token),
        ) && issued_by.as_deref() == Some(config.issuer.as_str())
            && let Ok(provider) = wegwijs_login::discover(&config).await
        {
            at_provider = provider.revoke(&refresh).await.unwrap_or(false);
        }
        self.forget_login(secrets).await?;
        tracing::info!(at_provider, "logged out");
        Ok(LogoutReport { at_provider })
    }

    async fn forget_login(&self, secrets: &dyn SecretStore) -> Result<(), AppError> {
        if let Ok(account) = self.token_account() {
            // A keyring that is gone holds no tokens either.
            let _ = secrets.delete(&account);
        }
        self.store.delete_setting(Setting::LoginSession).await?;
        Ok(())
    }
}

fn other_person() -> AppError {
    AppError::with_code(ErrorCode::LoginFailed, "error-login-other-person")
}

fn busy() -> AppError {
    AppError::with_code(ErrorCode::InvalidInput, "error-login-busy")
}

fn signed_out() -> AppError {
    AppError::with_code(ErrorCode::LoginFailed, "error-login-signed-out")
}
