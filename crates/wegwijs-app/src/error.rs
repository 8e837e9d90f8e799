//! Errors as data.
//!
//! A shell never shows an English `Display` string: it gets a stable `code`
//! to branch on and a Fluent `message_id` with `args` to show the person, in
//! their language. The `Display` impl is for logs and developers only.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;
use specta::Type;
use wegwijs_core::{FieldError, ProfileError};
use wegwijs_store::StoreError;

/// What went wrong, for code to branch on. Only codes that some consumer
/// handles differently exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// The person's input is not acceptable; see `fields`.
    InvalidInput,
    /// The data directory or database could not be used.
    Storage,
    /// Stored data is unreadable (edited by hand, or from a newer version).
    CorruptData,
    /// The request needs the person's profile, and there is none yet.
    NoProfile,
    /// The data is locked: a passphrase or the recovery key is needed, or
    /// no keyring is available and a passphrase must be chosen.
    Locked,
    /// No document (or other item) with that id.
    NotFound,
    /// Acting for someone else is not allowed (no representation, outside
    /// its scope or period); nothing was done.
    Forbidden,
    /// A service on the network (the identity provider) could not be
    /// reached; everything on this device still works.
    Unavailable,
    /// The identity provider's answer was refused or the person cancelled
    /// the login; nothing was recorded.
    LoginFailed,
}

/// A value for a Fluent placeable.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(untagged)]
pub enum FluentArg {
    Text(String),
    Number(f64),
}

/// One wrong field of a form.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FieldErrorDto {
    /// The field's key as in the DTO (`birth_date`, ...).
    pub field: String,
    pub message_id: String,
    pub args: BTreeMap<String, FluentArg>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type, thiserror::Error)]
#[serde(rename_all = "camelCase")]
pub struct AppError {
    pub code: ErrorCode,
    pub message_id: String,
    pub args: BTreeMap<String, FluentArg>,
    /// Per-field problems, in form order; empty unless `code` is
    /// `invalid-input`.
    pub fields: Vec<FieldErrorDto>,
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.code, self.message_id)?;
        for e in &self.fields {
            write!(f, "; {}: {}", e.field, e.message_id)?;
        }
        Ok(())
    }
}

impl AppError {
    fn new(code: ErrorCode, message_id: &str) -> Self {
        AppError {
            code,
            message_id: message_id.into(),
            args: BTreeMap::new(),
            fields: Vec::new(),
        }
    }

    pub(crate) fn invalid_profile(errors: Vec<FieldError>) -> Self {
        AppError {
            fields: errors.iter().map(field_error).collect(),
            ..Self::new(ErrorCode::InvalidInput, "error-invalid-profile")
        }
    }
}

fn field_error(e: &FieldError) -> FieldErrorDto {
    let mut args = BTreeMap::new();
    let message_id = match &e.error {
        ProfileError::NameMissing => "error-name-missing",
        ProfileError::NameTooLong { max } => {
            args.insert("max".into(), FluentArg::Number(*max as f64));
            "error-name-too-long"
        }
        ProfileError::BirthDateMissing => "error-birth-date-missing",
        ProfileError::BirthDateInvalid => "error-birth-date-invalid",
        ProfileError::BirthDateInFuture => "error-birth-date-in-future",
        ProfileError::BirthDateTooEarly { earliest } => {
            args.insert("year".into(), FluentArg::Text(earliest.year().to_string()));
            "error-birth-date-too-early"
        }
        ProfileError::CountryMissing => "error-country-missing",
        ProfileError::CountryUnknown => "error-country-unknown",
        ProfileError::MunicipalityMissing => "error-municipality-missing",
        ProfileError::MunicipalityTooLong { max } => {
            args.insert("max".into(), FluentArg::Number(*max as f64));
            "error-municipality-too-long"
        }
        ProfileError::EmploymentUnknown => "error-employment-unknown-choice",
    };
    FieldErrorDto {
        field: e.field.key().into(),
        message_id: message_id.into(),
        args,
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        // The cause goes to the log (it holds no personal data: sqlx errors
        // name tables and paths, not values); the person gets a message.
        tracing::error!(error = %e, source = ?std::error::Error::source(&e), "storage failed");
        match e {
            StoreError::Corrupt { .. } => Self::new(ErrorCode::CorruptData, "error-corrupt-data"),
            StoreError::NewerVersion => Self::new(ErrorCode::CorruptData, "error-newer-version"),
            StoreError::WrongKey => Self::new(ErrorCode::Locked, "error-database-key"),
            StoreError::ClockBehind { .. } => Self::new(ErrorCode::Forbidden, "error-clock-behind"),
            StoreError::UnexpectedPlaintext => {
                Self::new(ErrorCode::CorruptData, "error-database-not-encrypted")
            }
            StoreError::CreateDir(_) | StoreError::Db(_) | StoreError::Migrate(_) => {
                Self::new(ErrorCode::Storage, "error-storage")
            }
        }
    }
}

impl From<wegwijs_vault::keystore::KeystoreError> for AppError {
    fn from(e: wegwijs_vault::keystore::KeystoreError) -> Self {
        use wegwijs_vault::keystore::{KeystoreError as K, MIN_PASSPHRASE_CHARS};
        tracing::warn!(error = %e, "keys not opened");
        match e {
            K::NoKeyring(_) => Self::new(ErrorCode::Locked, "error-no-keyring"),
            K::KeyMissing => Self::new(ErrorCode::Locked, "error-key-missing"),
            K::PassphraseNeeded => Self::new(ErrorCode::Locked, "error-passphrase-needed"),
            K::WrongPassphrase => Self::invalid_field("passphrase", "error-wrong-passphrase", []),
            K::WrongRecoveryKey => {
                Self::invalid_field("recovery_key", "error-wrong-recovery-key", [])
            }
            K::PassphraseTooShort => {
                let min = MIN_PASSPHRASE_CHARS.to_string();
                Self::invalid_field(
                    "passphrase",
                    "error-passphrase-too-short",
                    [("min", min.as_str())],
                )
            }
            K::WeakParameters | K::Damaged => {
                Self::new(ErrorCode::CorruptData, "error-key-file-damaged")
            }
            K::NewerFormat => Self::new(ErrorCode::CorruptData, "error-newer-version"),
            K::Random | K::Io(_) => Self::new(ErrorCode::Storage, "error-storage"),
        }
    }
}

impl AppError {
    pub(crate) fn with_code(code: ErrorCode, message_id: &str) -> Self {
        Self::new(code, message_id)
    }

    pub(crate) fn arg(mut self, key: &str, value: impl Into<String>) -> Self {
        self.args.insert(key.into(), FluentArg::Text(value.into()));
        self
    }

    /// One wrong input that is not a profile form field (a command-line
    /// option, a file).
    pub fn invalid_field<'a>(
        field: &str,
        message_id: &str,
        args: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Self {
        let args: BTreeMap<String, FluentArg> = args
            .into_iter()
            .map(|(k, v)| (k.to_string(), FluentArg::Text(v.to_string())))
            .collect();
        AppError {
            fields: vec![FieldErrorDto {
                field: field.into(),
                message_id: message_id.into(),
                args: args.clone(),
            }],
            args,
            ..Self::new(ErrorCode::InvalidInput, message_id)
        }
    }

    /// Several wrong fields of one form, each with its message.
    pub fn invalid_fields(fields: &[(&str, &str)]) -> Self {
        AppError {
            fields: fields
                .iter()
                .map(|(field, id)| FieldErrorDto {
                    field: (*field).into(),
                    message_id: (*id).into(),
                    args: BTreeMap::new(),
                })
                .collect(),
            ..Self::new(
                ErrorCode::InvalidInput,
                fields.first().map_or("error-unexpected", |f| f.1),
            )
        }
    }

    /// Something that should not happen (a poisoned lock in a shell).
    pub fn internal() -> Self {
        Self::new(ErrorCode::Storage, "error-unexpected")
    }

    pub(crate) fn unexpected() -> Self {
        Self::new(ErrorCode::Storage, "error-unexpected")
    }

    pub(crate) fn corrupt() -> Self {
        Self::new(ErrorCode::CorruptData, "error-corrupt-data")
    }

    pub fn no_profile() -> Self {
        Self::new(ErrorCode::NoProfile, "error-no-profile")
    }

    /// The data directory could not be determined (no home directory).
    pub fn no_data_dir() -> Self {
        Self::new(ErrorCode::Storage, "error-no-data-dir")
    }

    /// Every message id this module can produce, so a test can check that
    /// each exists in every locale.
    pub fn all_message_ids() -> &'static [&'static str] {
        &[
            "error-invalid-profile",
            "error-case-unknown",
            "error-bsn-invalid",
            "error-bsn-taken",
            "error-bsn-needed",
            "error-case-synced",
            "error-source-unknown",
            "error-source-name-taken",
            "error-source-url",
            "error-source-no-secret",
            "error-source-no-login",
            "error-source-unreachable",
            "error-source-timeout",
            "error-source-refused",
            "error-source-elsewhere",
            "error-source-answer",
            "error-field-missing",
            "error-text-too-long",
            "error-speech-unavailable",
            "error-date-in-future",
            "error-decision-weeks",
            "error-case-before-submitted",
            "error-name-missing",
            "error-name-too-long",
            "error-birth-date-missing",
            "error-birth-date-invalid",
            "error-birth-date-in-future",
            "error-birth-date-too-early",
            "error-country-missing",
            "error-country-unknown",
            "error-municipality-missing",
            "error-municipality-too-long",
            "error-employment-unknown-choice",
            "error-corrupt-data",
            "error-storage",
            "error-no-data-dir",
            "error-no-profile",
            "error-event-unknown",
            "error-date-invalid",
            "error-date-not-real",
            "error-mandate-scopes",
            "error-employment-unknown",
            "error-profile-file-invalid",
            "error-file-unreadable",
            "error-file-unwritable",
            "error-plan-unknown",
            "error-unexpected",
            "error-task-unknown",
            "error-note-too-long",
            "error-newer-version",
            "error-database-key",
            "error-no-keyring",
            "error-key-missing",
            "error-passphrase-needed",
            "error-wrong-passphrase",
            "error-wrong-recovery-key",
            "error-passphrase-too-short",
            "error-key-file-damaged",
            "error-document-unknown",
            "error-kind-unknown",
            "error-title-too-long",
            "error-tag-invalid",
            "error-expiry-before-issue",
            "error-file-empty",
            "error-file-not-found",
            "error-file-is-directory",
            "error-not-a-pdf",
            "error-disk-full",
            "error-out-exists",
            "error-document-damaged",
            "error-backup-passphrase-needed",
            "error-backup-wrong-passphrase",
            "error-backup-damaged",
            "error-backup-too-costly",
            "error-denied-no-representation",
            "error-denied-not-yet-valid",
            "error-denied-expired",
            "error-denied-revoked",
            "error-denied-adult",
            "error-denied-out-of-scope",
            "error-denied-view-only",
            "error-relation-unknown",
            "error-person-unknown",
            "error-represent-self",
            "error-login-not-configured",
            "error-login-issuer-invalid",
            "error-login-client-id-missing",
            "error-login-unreachable",
            "error-login-cancelled",
            "error-login-refused",
            "error-login-invalid",
            "error-login-timeout",
            "error-login-no-browser",
            "error-login-other-person",
            "error-login-expired",
            "error-login-signed-out",
            "error-login-nothing-to-link",
            "error-login-person-linked",
            "error-login-busy",
            "error-basis-unknown",
            "error-scope-unknown",
            "error-scope-basis",
            "error-until-before-from",
            "error-basis-needs-minor",
            "error-representation-unknown",
            "error-own-data-only",
            "error-database-not-encrypted",
            "error-keys-missing",
            "error-clock-behind",
            "error-app-locked",
            "error-auto-lock-choice",
        ]
    }
}
