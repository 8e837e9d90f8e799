//! Read aloud against a fake Speech Dispatcher: a Unix socket that answers
//! SSIP as the real one does and records what it was asked, so the test sees
//! that the text and the language reach the speech service.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixListener;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use wegwijs_app::Speech;
use wegwijs_core::Language;

fn lang(tag: &str) -> Language {
    tag.parse().unwrap()
}

/// Starts a fake Speech Dispatcher with voices for `languages`; returns its
/// socket and the lines it receives.
fn fake_dispatcher(
    languages: &'static [&'static str],
) -> (tempfile::TempDir, PathBuf, Arc<Mutex<Vec<String>>>) {
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("speechd.sock");
    let listener = UnixListener::bind(&socket).unwrap();
    let heard = Arc::new(Mutex::new(Vec::new()));
    let log = heard.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { return };
            let log = log.clone();
            std::thread::spawn(move || {
                let mut out = stream.try_clone().unwrap();
                let mut input = BufReader::new(stream);
                let mut receiving = false;
                let mut line = String::new();
                while input.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
                    let l = line.trim_end_matches(['\r', '\n']).to_string();
                    line.clear();
                    log.lock().unwrap().push(l.clone());
                    let reply: String = if receiving {
                        if l != "." {
                            continue;
                        }
                        receiving = false;
                        "225-1\r\n225 OK MESSAGE QUEUED\r\n".into()
                    } else if l.starts_with("SET self CLIENT_NAME") {
                        "208 OK CLIENT NAME SET\r\n".into()
                    } else if l == "LIST SYNTHESIS_VOICES" {
                        let mut r: String = languages
                            .iter()
                            .map(|lang| format!("249-voice-{lang}\t{lang}\tnone\r\n"))
                            .collect();
                        r.push_str("249 OK VOICE LIST SENT\r\n");
                        r
                    } else if l.starts_with("SET self LANGUAGE") {
                        "201 OK LANGUAGE SET\r\n".into()
                    } else if l.starts_with("SET self PRIORITY") {
                        "202 OK PRIORITY SET\r\n".into()
                    } else if l == "CANCEL self" {
                        "213 OK CANCELED\r\n".into()
                    } else if l == "SPEAK" {
                        receiving = true;
                        "230 OK RECEIVING DATA\r\n".into()
                    } else {
                        "300 ERR UNKNOWN COMMAND\r\n".into()
                    };
                    if out.write_all(reply.as_bytes()).is_err() {
                        return;
                    }
                }
            });
        }
    });
    (dir, socket, heard)
}

#[tokio::test]
async fn the_speech_request_carries_the_text_and_the_language() {
    let (_dir, socket, heard) = fake_dispatcher(&["nl", "en-GB", "ar"]);
    let speech = Speech::at_socket(socket);
    let text = "Geef de geboorte aan bij de gemeente\nUiterlijk \u{2068}1 december 2026\u{2069}\n\n.Neem je identiteitsbewijs mee";
    speech.read_aloud(lang("nl"), text).await.unwrap();

    let heard = heard.lock().unwrap().clone();
    let speak = heard
        .iter()
        .position(|l| l == "SPEAK")
        .expect("a SPEAK request");
    let lang = heard
        .iter()
        .position(|l| l == "SET self LANGUAGE nl")
        .expect("the language set to nl");
    assert!(
        lang < speak,
        "the language is set before speaking: {heard:?}"
    );
    assert!(
        heard[..speak].contains(&"CANCEL self".to_string()),
        "what was being read stops first"
    );
    assert_eq!(
        heard[speak + 1..],
        [
            "Geef de geboorte aan bij de gemeente",
            "Uiterlijk 1 december 2026",
            // A line that starts with a dot is escaped, not the end of the text.
            "..Neem je identiteitsbewijs mee",
            ".",
        ]
    );
}

#[tokio::test]
async fn a_language_without_a_voice_has_no_button() {
    let (_dir, socket, _) = fake_dispatcher(&["nl", "en-GB"]);
    let speech = Speech::at_socket(socket);
    assert!(speech.has_voice(lang("nl")).await);
    assert!(
        speech.has_voice(lang("en")).await,
        "en-GB is a voice for English"
    );
    assert!(!speech.has_voice(lang("fy")).await, "no Frisian voice");
}

#[tokio::test]
async fn without_a_speech_service_there_is_no_voice_and_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let speech = Speech::at_socket(dir.path().join("nothing-listens-here.sock"));
    assert!(!speech.has_voice(lang("nl")).await);
    let e = speech.read_aloud(lang("nl"), "Hallo").await.unwrap_err();
    assert_eq!(e.message_id, "error-speech-unavailable");
    speech.stop().await;
}
