//! Read aloud: text the person sees on a plan or a task, spoken in the
//! active language by the platform's own speech service.
//!
//! On Linux that is Speech Dispatcher, spoken to over its SSIP socket by a
//! pure-Rust client (`ssip-client-async`): no C library is linked, so the app
//! starts where Speech Dispatcher is not installed, and the button is simply
//! not shown there. Other platforms have no backend yet (their voices come
//! with those builds), so [`Speech::has_voice`] says no. The text never
//! leaves the device through Wegwijs; Speech Dispatcher's modules (espeak-ng
//! by default) speak on the device too.

use std::sync::{Arc, Mutex, PoisonError};

use wegwijs_core::Language;

use crate::{AppError, ErrorCode, Wegwijs};

/// The longest text read in one go, in characters: a long plan with every
/// task fits many times over.
pub const MAX_CHARS: usize = 20_000;

/// Why speech failed, for the log; the person gets an [`AppError`].
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("no speech service: {0}")]
    Unavailable(String),
    #[error("the speech service refused: {0}")]
    Failed(String),
}

/// A speech service: what a backend must do. Blocking; called off the
/// async runtime.
pub trait SpeechBackend: Send {
    /// The languages that have a voice, as the service names them
    /// (`nl`, `en-GB`, ...).
    fn languages(&mut self) -> Result<Vec<String>, SpeechError>;
    /// Stops what this app is reading and reads `lines` in `language`.
    fn speak(&mut self, language: &str, lines: &[String]) -> Result<(), SpeechError>;
    /// Stops what this app is reading, if anything.
    fn stop(&mut self) -> Result<(), SpeechError>;
}

type Connect = dyn Fn() -> Result<Box<dyn SpeechBackend>, SpeechError> + Send + Sync;

/// The app's speech: connects on first use, and again after a failure
/// (Speech Dispatcher may have been started or restarted meanwhile).
#[derive(Clone)]
pub struct Speech {
    connect: Arc<Connect>,
    backend: Arc<Mutex<Option<Box<dyn SpeechBackend>>>>,
}

impl std::fmt::Debug for Speech {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Speech")
    }
}

impl Speech {
    /// The platform's speech service. On Linux `SPEECHD_ADDRESS`
    /// (`unix_socket:PATH`, as Speech Dispatcher's own clients read it)
    /// names the socket; else it is the user's usual one.
    pub fn system() -> Self {
        #[cfg(target_os = "linux")]
        {
            let socket = std::env::var("SPEECHD_ADDRESS")
                .ok()
                .and_then(|a| a.strip_prefix("unix_socket:").map(std::path::PathBuf::from));
            Self::with(move || ssip::connect(socket.clone()))
        }
        #[cfg(not(target_os = "linux"))]
        {
            Self::with(|| {
                Err(SpeechError::Unavailable(
                    "no backend on this platform".into(),
                ))
            })
        }
    }

    /// Speech Dispatcher at this socket (tests start a fake one there).
    #[cfg(target_os = "linux")]
    pub fn at_socket(path: std::path::PathBuf) -> Self {
        Self::with(move || ssip::connect(Some(path.clone())))
    }

    /// Any backend (for tests and other shells).
    pub fn with(
        connect: impl Fn() -> Result<Box<dyn SpeechBackend>, SpeechError> + Send + Sync + 'static,
    ) -> Self {
        Speech {
            connect: Arc::new(connect),
            backend: Arc::new(Mutex::new(None)),
        }
    }

    /// Whether there is a voice for `language`: the read-aloud buttons are
    /// shown only then.
    pub async fn has_voice(&self, language: Language) -> bool {
        let tag = language.tag();
        self.run(move |b| b.languages())
            .await
            .map(|langs| langs.iter().any(|l| primary(l) == tag))
            .unwrap_or(false)
    }

    /// Reads `text` aloud in `language`, stopping what was being read.
    pub async fn read_aloud(&self, language: Language, text: &str) -> Result<(), AppError> {
        let lines = lines_of(text)?;
        let tag = language.tag();
        self.run(move |b| b.speak(tag, &lines)).await.map_err(|e| {
            tracing::warn!(error = %e, "reading aloud failed");
            AppError::with_code(ErrorCode::Unavailable, "error-speech-unavailable")
        })
    }

    /// Stops reading. Nothing to stop, or no service, is not an error.
    pub async fn stop(&self) {
        let _ = self.run(|b| b.stop()).await;
    }

    async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut dyn SpeechBackend) -> Result<T, SpeechError> + Send + 'static,
    ) -> Result<T, SpeechError> {
        let this = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut slot = this.backend.lock().unwrap_or_else(PoisonError::into_inner);
            if slot.is_none() {
                *slot = Some((this.connect)()?);
            }
            let Some(backend) = slot.as_mut() else {
                return Err(SpeechError::Unavailable("not connected".into()));
            };
            let r = job(backend.as_mut());
            if r.is_err() {
                // A broken connection is dropped; the next use connects anew.
                *slot = None;
            }
            r
        })
        .await
        .map_err(|e| SpeechError::Unavailable(e.to_string()))?
    }
}

impl Wegwijs {
    /// Whether `speech` has a voice for the active language.
    pub async fn speech_available(&self, speech: &Speech) -> Result<bool, AppError> {
        Ok(speech.has_voice(self.language().await?).await)
    }

    /// Reads `text` (what the person sees) aloud in the active language.
    pub async fn read_aloud(&self, speech: &Speech, text: &str) -> Result<(), AppError> {
        speech.read_aloud(self.language().await?, text).await
    }
}

/// `en-GB` → `en`; Speech Dispatcher's espeak-ng voices name languages so.
fn primary(language: &str) -> &str {
    language.split(['-', '_']).next().unwrap_or(language)
}

/// The text as lines to speak: Fluent's bidi isolation marks out (a voice
/// may spell them), blank lines out, and refused when empty or too long.
fn lines_of(text: &str) -> Result<Vec<String>, AppError> {
    if text.chars().count() > MAX_CHARS {
        return Err(AppError::invalid_field(
            "text",
            "error-text-too-long",
            [("max", MAX_CHARS.to_string().as_str())],
        ));
    }
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            l.chars()
                .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}') && !c.is_control())
                .collect::<String>()
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        return Err(AppError::invalid_field("text", "error-field-missing", []));
    }
    Ok(lines)
}

#[cfg(target_os = "linux")]
mod ssip {
    use std::os::unix::net::UnixStream;
    use std::path::PathBuf;
    use std::time::Duration;

    use ssip_client_async::{
        Client, ClientName, ClientScope, MessageScope, OK_CANCELED, OK_LANGUAGE_SET,
        OK_PRIORITY_SET, Priority, fifo,
    };

    use super::{SpeechBackend, SpeechError};

    pub(super) struct Dispatcher(Client<UnixStream>);

    fn failed(e: impl std::fmt::Display) -> SpeechError {
        SpeechError::Failed(e.to_string())
    }

    /// Connects to Speech Dispatcher: at `path`, or where it listens for
    /// this user, starting it if it is installed and not running.
    pub(super) fn connect(path: Option<PathBuf>) -> Result<Box<dyn SpeechBackend>, SpeechError> {
        let mut builder = fifo::synchronous::Builder::new();
        // A service that hangs must not hang the app.
        builder.timeout(Duration::from_secs(3));
        let client = match path {
            Some(p) => builder.path(p).build(),
            None => builder.with_spawn().and_then(|b| b.build()),
        }
        .map_err(|e| SpeechError::Unavailable(e.to_string()))?;
        let mut d = Dispatcher(client);
        d.0.set_client_name(ClientName::new("wegwijs", "read-aloud"))
            .and_then(|c| c.check_client_name_set())
            .map_err(failed)?;
        Ok(Box::new(d))
    }

    impl SpeechBackend for Dispatcher {
        fn languages(&mut self) -> Result<Vec<String>, SpeechError> {
            let voices = self
                .0
                .list_synthesis_voices()
                .and_then(|c| c.receive_synthesis_voices())
                .map_err(failed)?;
            Ok(voices.into_iter().filter_map(|v| v.language).collect())
        }

        fn speak(&mut self, language: &str, lines: &[String]) -> Result<(), SpeechError> {
            self.stop()?;
            // SSIP ends the text at a line that is a single dot; a line that
            // starts with a dot gets a second one.
            let escaped: Vec<String> = lines
                .iter()
                .map(|l| {
                    if l.starts_with('.') {
                        format!(".{l}")
                    } else {
                        l.clone()
                    }
                })
                .collect();
            self.0
                .set_language(ClientScope::Current, language)
                .and_then(|c| c.check_status(OK_LANGUAGE_SET))
                .and_then(|c| c.set_priority(Priority::Text))
                .and_then(|c| c.check_status(OK_PRIORITY_SET))
                .and_then(|c| c.speak())
                .and_then(|c| c.check_receiving_data())
                .and_then(|c| c.send_lines(&escaped))
                .and_then(|c| c.receive_message_id())
                .map(|_| ())
                .map_err(failed)
        }

        fn stop(&mut self) -> Result<(), SpeechError> {
            // Only this app's own messages: a screen reader that speaks
            // through the same service goes on.
            self.0
                .cancel(MessageScope::Last)
                .and_then(|c| c.check_status(OK_CANCELED))
                .map(|_| ())
                .map_err(failed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_drop_isolation_marks_and_blank_lines() {
        let lines =
            lines_of("Uiterlijk \u{2068}1 december 2026\u{2069}\n\n  Neem mee  \n").unwrap();
        assert_eq!(lines, ["Uiterlijk 1 december 2026", "Neem mee"]);
    }

    #[test]
    fn empty_and_too_long_text_is_refused() {
        assert_eq!(
            lines_of(" \n \u{2068}\u{2069}").unwrap_err().message_id,
            "error-field-missing"
        );
        let long = "a".repeat(MAX_CHARS + 1);
        assert_eq!(
            lines_of(&long).unwrap_err().message_id,
            "error-text-too-long"
        );
    }

    #[test]
    fn voices_match_on_the_primary_language() {
        assert_eq!(primary("en-GB"), "en");
        assert_eq!(primary("pap"), "pap");
        assert_eq!(primary("nl_BE"), "nl");
    }
}
