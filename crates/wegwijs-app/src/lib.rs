//! The application API of Wegwijs.
//!
//! Every shell (the Tauri desktop app, the `wegwijs` CLI, later the mobile
//! apps) talks to Wegwijs through [`Wegwijs`] and nothing below it. Inputs and
//! outputs are DTOs ([`dto`]), shaped for the boundary and exported to
//! TypeScript; failures are [`AppError`] values that carry a Fluent message id,
//! never an English sentence.

pub mod announcements;
pub mod backup;
pub mod case_sources;
pub mod cases;
pub mod clock;
pub mod dto;
pub mod error;
pub mod export;
#[doc(hidden)]
pub mod fuzzing;
pub mod guidance;
pub mod i18n;
pub mod idle;
pub mod login;
pub mod paths;
pub mod pdf;
pub mod people;
pub mod plans;
pub mod profile;
pub mod scoped;
pub mod settings;
pub mod signals;
pub mod speech;
pub mod vault;

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use wegwijs_content::Catalogue;
use wegwijs_core::Country;
use wegwijs_store::Store;

pub use announcements::{
    AddressInput, AnnounceServices, AnnouncementDto, AnnouncementsDto, CheckDto, FoundAddressDto,
    WatchDto,
};
pub use backup::{BackupReport, RestoreReport};
pub use case_sources::{CaseSourceDto, CaseSourceInput, SourceAuth, SourceSyncDto, SyncReport};
pub use cases::{CaseDto, CaseLetterDto, CaseStepDto, CaseStepInput, NewCaseInput};
pub use clock::{Clock, FixedClock, SystemClock};
pub use dto::{Lang, ProfileDto, ProfileInput, ProfilePatch, StartState, TimeZoneDto};
pub use error::{AppError, ErrorCode, FluentArg};
pub use guidance::{
    DueAbroadDto, EventDto, HeldDocumentDto, KeptPlanDto, MandateOfferDto, PlanDto, PlannedTaskDto,
    ReasonDto, SignalAnnouncementDto, SignalCaseDto, SignalDocumentDto, SignalDto, SituationInput,
};
pub use i18n::Localizer;
pub use login::{LoginSettingsInput, LoginStatusDto, LogoutReport};
pub use people::{
    AuditEntryDto, AuditReport, GrantInput, PersonDto, RepresentationDto, own_data_only,
    parse_today,
};
pub use plans::NOTE_MAX_CHARS;
pub use profile::parse_situation_json;
pub use scoped::{PersonId, Scoped};
pub use settings::{AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK_MINUTES, locked_error, system_language};
pub use signals::{DEFAULT_SIGNAL_HORIZON_DAYS, Notification, next_reminder};
pub use speech::Speech;
pub use vault::{AddFailure, AddResult, DocumentDto, DocumentInput, VerifyReport};
pub use wegwijs_core::authz::{Scope, Verb};
pub use wegwijs_login::{LoginResult, Tokens};
pub use wegwijs_vault::extract::{self, Extractor};
pub use wegwijs_vault::keystore::{
    self, MemoryKeyring, NoKeyring, OsKeyring, Protection, RecoveryKey, SecretStore,
};

/// One open (unlocked) Wegwijs installation: its data directory, its
/// encrypted database and its document vault.
#[derive(Debug, Clone)]
pub struct Wegwijs {
    store: Store,
    data_dir: PathBuf,
    catalogue: std::sync::Arc<Catalogue>,
    vault_key: std::sync::Arc<wegwijs_vault::VaultKey>,
    blobs: wegwijs_vault::files::BlobDir,
    /// Held while a login runs, and by everything that changes the login
    /// (settings, link, refresh, sign-out): one at a time.
    login_lock: std::sync::Arc<tokio::sync::Mutex<()>>,
    clock: std::sync::Arc<dyn Clock>,
    /// Where the audit log's head is kept outside the database (the
    /// keyring; keys.json with `head_key`), written after every entry.
    secrets: std::sync::Arc<dyn SecretStore>,
    head_key: std::sync::Arc<keystore::AuditHeadKey>,
    /// Where PDFs are read for text: out of this process (see
    /// `wegwijs_vault::extract::Extractor`); off unless a shell says.
    extractor: wegwijs_vault::extract::Extractor,
    /// Timeouts and size cap of every connector's requests.
    net_policy: wegwijs_net::Policy,
    /// Where announcements near the address are looked for.
    announce: AnnounceServices,
}

/// An installation just opened, and the recovery key to show once when the
/// keys were created by this opening.
#[derive(Debug)]
pub struct Opened {
    pub app: Wegwijs,
    pub recovery_key: Option<RecoveryKey>,
}

impl Wegwijs {
    /// Opens the installation whose data lives in `data_dir`, creating it
    /// (and its keys) on first use. The master key comes from `secrets` (the
    /// OS keyring) or, for a passphrase-protected installation, from
    /// `passphrase`. A new installation goes to the keyring unless a
    /// passphrase is given; without either, the error says a passphrase is
    /// needed (`error-no-keyring`).
    pub async fn open(
        data_dir: &Path,
        secrets: &dyn SecretStore,
        passphrase: Option<&str>,
    ) -> Result<Opened, AppError> {
        wegwijs_vault::files::private_dir(data_dir).map_err(|_| AppError::no_data_dir())?;
        let (master, recovery_key) = match keystore::unlock(data_dir, secrets, passphrase)? {
            Some(m) => (m, None),
            None => {
                // No keys beside data that needs them: new keys would open
                // nothing, and would hide that keys.json went missing.
                let vault = wegwijs_vault::files::BlobDir::holds_blobs(data_dir);
                let db = wegwijs_store::database_file(data_dir);
                if vault || db == wegwijs_store::DatabaseFile::Encrypted {
                    tracing::error!("data without its key file: no new keys made");
                    return Err(AppError::with_code(
                        ErrorCode::CorruptData,
                        "error-keys-missing",
                    ));
                }
                let (m, r) = keystore::create(data_dir, secrets, passphrase)?;
                (m, Some(r))
            }
        };
        // Only the opening that made the keys may adopt a database left
        // unencrypted by a version before them.
        let first = recovery_key.is_some();
        Self::open_with_key(data_dir, &master, secrets, first)
            .await
            .map(|app| Opened { app, recovery_key })
    }

    /// Opens a copy of an installation on a device whose keyring does not
    /// have its key, with the recovery key; protects the key anew (keyring,
    /// or `new_passphrase`).
    pub async fn recover(
        data_dir: &Path,
        secrets: &dyn SecretStore,
        recovery_key: &str,
        new_passphrase: Option<&str>,
    ) -> Result<Wegwijs, AppError> {
        let master = keystore::recover(data_dir, secrets, recovery_key, new_passphrase)?;
        Self::open_with_key(data_dir, &master, secrets, false).await
    }

    async fn open_with_key(
        data_dir: &Path,
        master: &keystore::MasterKey,
        secrets: &dyn SecretStore,
        adopt_plaintext: bool,
    ) -> Result<Wegwijs, AppError> {
        let key = master.database_key_hex();
        let store = if adopt_plaintext {
            Store::open_adopting_plaintext(data_dir, &key).await?
        } else {
            Store::open(data_dir, &key).await?
        };
        let catalogue = Catalogue::embedded();
        for p in &catalogue.problems {
            // Caught by the content tests before a release; if one slips
            // through, that event is left out and the rest still works.
            tracing::error!(problem = %p, "content problem");
        }
        let blobs = wegwijs_vault::files::BlobDir::open(data_dir)
            .map_err(|_| AppError::with_code(ErrorCode::Storage, "error-storage"))?;
        let app = Wegwijs {
            store,
            data_dir: data_dir.to_path_buf(),
            catalogue: std::sync::Arc::new(catalogue),
            vault_key: std::sync::Arc::new(master.vault_key()),
            blobs,
            login_lock: std::sync::Arc::default(),
            clock: std::sync::Arc::new(SystemClock),
            secrets: secrets.share(),
            head_key: std::sync::Arc::new(master.audit_head_key()),
            extractor: wegwijs_vault::extract::Extractor::Off,
            net_policy: wegwijs_net::Policy::default(),
            announce: AnnounceServices::default(),
        };
        let checked = async {
            app.remove_orphan_blobs().await?;
            app.check_audit_head().await?;
            app.adopt_profile_children().await
        };
        if let Err(e) = checked.await {
            app.close().await;
            return Err(e);
        }
        Ok(app)
    }

    pub async fn close(self) {
        self.store.close().await;
    }

    /// The same installation on another clock: tests, and the shells'
    /// [`clock::shell_clock`] (the system's in release builds).
    pub fn with_clock(mut self, clock: std::sync::Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Connectors use `policy`'s timeouts and size cap instead of the
    /// defaults (tests: a slow provider without waiting 30 seconds).
    pub fn with_net_policy(mut self, policy: wegwijs_net::Policy) -> Self {
        self.net_policy = policy;
        self
    }

    /// Asks other servers than the public PDOK and SRU services for
    /// announcements (tests: fakes on 127.0.0.1).
    pub fn with_announce_services(mut self, services: AnnounceServices) -> Self {
        self.announce = services;
        self
    }

    /// Reads PDFs for text with `extractor` (the shells: their own
    /// binary, `Extractor::this_program()`).
    pub fn with_extractor(mut self, extractor: wegwijs_vault::extract::Extractor) -> Self {
        self.extractor = extractor;
        self
    }

    /// Today's legal date on this installation's clock: the date in the
    /// Netherlands, which Dutch law counts in, wherever the device is.
    pub fn today(&self) -> Date {
        self.clock.today()
    }

    pub(crate) fn now(&self) -> jiff::Timestamp {
        self.clock.now()
    }

    /// Everything the UI needs to draw its first screen, in one call.
    pub async fn start_state(&self) -> Result<StartState, AppError> {
        Ok(StartState {
            language: self.language().await?.into(),
            profile: self.profile().await?,
            countries: Country::all().map(|c| c.to_string()).collect(),
            data_dir: self.data_dir.display().to_string(),
            notifications: self.notifications_enabled().await?,
            auto_lock_minutes: self.auto_lock_minutes().await?,
            text_size: self.text_size().await?,
            text_sizes: settings::TEXT_SIZE_CHOICES.to_vec(),
            document_kinds: wegwijs_core::guidance::DOCUMENT_KINDS
                .iter()
                .map(|k| k.to_string())
                .collect(),
            glossary: wegwijs_core::glossary::TERMS
                .iter()
                .map(|t| t.to_string())
                .collect(),
        })
    }
}
