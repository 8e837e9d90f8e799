//! What kind of file a document is, and its text for the search index.

use std::io::Read;
use std::path::Path;

/// Text beyond this many bytes is not indexed: titles, tags and the start
/// of a document are what people search for, and the index stays small.
pub const MAX_TEXT_BYTES: usize = 1 << 20;
/// Larger PDFs are stored but not read for text: the PDF parser holds the
/// whole file in memory.
pub const MAX_PDF_BYTES: u64 = 64 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SniffError {
    /// The name says PDF but the bytes are not one (a failed download, a
    /// renamed file): worth telling the person before they rely on it.
    #[error("the file is called .pdf but is not a PDF")]
    NotAPdf,
}

fn extension(file_name: &str) -> String {
    Path::new(file_name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The media type from the first bytes, with the name only as a hint for
/// plain text.
pub fn media_type(head: &[u8], file_name: &str) -> Result<&'static str, SniffError> {
    let ext = extension(file_name);
    if head.starts_with(b"%PDF-") {
        return Ok("application/pdf");
    }
    if ext == "pdf" {
        return Err(SniffError::NotAPdf);
    }
    Ok(if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        "image/jpeg"
    } else if matches!(ext.as_str(), "txt" | "md" | "csv" | "text") {
        "text/plain"
    } else {
        "application/octet-stream"
    })
}

/// What could be read of a document for the search index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// Its text (perhaps empty: a PDF of scanned pages).
    Read(String),
    /// A kind of file without text (an image).
    None,
    /// A PDF whose text could not be read: damaged, hostile, too large, or
    /// the reader ran out of time or memory. The document is stored all
    /// the same, found by title and tags only.
    Unreadable,
}

impl Text {
    pub fn into_body(self) -> String {
        match self {
            Text::Read(t) => t,
            Text::None | Text::Unreadable => String::new(),
        }
    }
}

/// Where PDFs are read for text: never in the process that holds the keys.
/// A PDF from a phishing e-mail can overflow the parser's stack (an object
/// nested 100,000 deep) or inflate a few megabytes into gigabytes; no
/// `catch_unwind` stops either. So the shells run the reader as a child
/// process of their own binary ([`child_main_if_asked`] first thing in
/// `main`), with limits on memory, CPU time and a wall-clock timeout; a
/// child that dies, hangs or says nothing leaves the PDF without text.
#[derive(Debug, Clone, Default)]
pub enum Extractor {
    /// PDFs get no text (the default: safe, only less searchable).
    #[default]
    Off,
    /// Run `program args…` with [`CHILD_ENV`] set.
    Program {
        program: std::path::PathBuf,
        args: Vec<String>,
    },
}

/// Set in the child's environment: "read a PDF from stdin".
pub const CHILD_ENV: &str = "WEGWIJS_EXTRACT_CHILD";
/// Before the text on the child's stdout, so that whatever a host program
/// prints first (a test harness) is not taken for text.
const MARKER: &[u8] = b"\0wegwijs-text-v1\0";
/// Wall-clock time a PDF may take.
pub const CHILD_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// Address space the child may use: a 64 MiB PDF parses in well under it;
/// an inflating bomb hits it and the child dies.
pub const CHILD_MEMORY_BYTES: u64 = 1 << 30;
pub const CHILD_CPU_SECONDS: u64 = 10;

impl Extractor {
    /// This very program, started again as the reader.
    pub fn this_program() -> Self {
        match std::env::current_exe() {
            Ok(program) => Extractor::Program {
                program,
                args: Vec::new(),
            },
            Err(_) => Extractor::Off,
        }
    }

    /// The text of a document of `media_type` whose first bytes are `head`
    /// (the whole file for PDFs up to [`MAX_PDF_BYTES`] and text files up
    /// to [`MAX_TEXT_BYTES`]): the very bytes that were encrypted, never
    /// the file read again. `size` is the document's full size.
    pub fn text(&self, media_type: &str, head: &[u8], size: u64) -> Text {
        match media_type {
            "text/plain" => Text::Read(cut(String::from_utf8_lossy(head).into_owned())),
            "application/pdf" if size > MAX_PDF_BYTES || (head.len() as u64) < size => {
                Text::Unreadable
            }
            "application/pdf" => match self.run(head) {
                Some(t) => Text::Read(cut(t)),
                None => Text::Unreadable,
            },
            _ => Text::None,
        }
    }

    fn run(&self, pdf: &[u8]) -> Option<String> {
        let Extractor::Program { program, args } = self else {
            return None;
        };
        // A reader never starts readers of its own.
        if std::env::var_os(CHILD_ENV).is_some() {
            return None;
        }
        use std::process::{Command, Stdio};
        let mut child = Command::new(program)
            .args(args)
            .env(CHILD_ENV, "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| tracing::warn!(error = %e, "the PDF reader did not start"))
            .ok()?;
        let mut stdin = child.stdin.take()?;
        let mut stdout = child.stdout.take()?;
        std::thread::scope(|scope| {
            scope.spawn(move || {
                // A child that dies early closes the pipe: not our error.
                let _ = std::io::Write::write_all(&mut stdin, pdf);
            });
            let reader = scope.spawn(move || {
                let mut out = Vec::new();
                let cap = (MAX_TEXT_BYTES * 4 + MARKER.len() + (64 << 10)) as u64;
                let _ = (&mut stdout).take(cap).read_to_end(&mut out);
                out
            });
            let deadline = std::time::Instant::now() + CHILD_TIMEOUT;
            let status = loop {
                match child.try_wait() {
                    Ok(Some(status)) => break Some(status),
                    Ok(None) if std::time::Instant::now() < deadline => {
                        std::thread::sleep(std::time::Duration::from_millis(5));
                    }
                    _ => {
                        tracing::warn!("the PDF reader took too long and was stopped");
                        let _ = child.kill();
                        let _ = child.wait();
                        break None;
                    }
                }
            };
            let out = reader.join().unwrap_or_default();
            match status {
                Some(s) if s.success() => {
                    let at = out.windows(MARKER.len()).position(|w| w == MARKER)?;
                    Some(String::from_utf8_lossy(&out[at + MARKER.len()..]).into_owned())
                }
                Some(_) => {
                    tracing::info!("the PDF reader could not read a file");
                    None
                }
                None => None,
            }
        })
    }
}

fn cut(mut out: String) -> String {
    if out.len() > MAX_TEXT_BYTES {
        let mut cut = MAX_TEXT_BYTES;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
    }
    out
}

/// In a program started as the PDF reader (by [`Extractor`]): reads a PDF
/// from stdin, writes its text to stdout, and returns the exit code. Every
/// shell's `main` calls this first, before anything else starts.
pub fn child_main_if_asked() -> Option<i32> {
    if std::env::var_os(CHILD_ENV).as_deref() != Some(std::ffi::OsStr::new("1")) {
        return None;
    }
    limit_this_process();
    let mut pdf = Vec::new();
    if std::io::stdin()
        .lock()
        .take(MAX_PDF_BYTES + 1)
        .read_to_end(&mut pdf)
        .is_err()
        || pdf.len() as u64 > MAX_PDF_BYTES
    {
        return Some(2);
    }
    let text = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(&pdf));
    match text {
        Ok(Ok(t)) => {
            let mut out = std::io::stdout().lock();
            let written = std::io::Write::write_all(&mut out, MARKER)
                .and_then(|()| std::io::Write::write_all(&mut out, t.as_bytes()))
                .and_then(|()| std::io::Write::flush(&mut out));
            Some(if written.is_ok() { 0 } else { 1 })
        }
        _ => Some(1),
    }
}

/// Memory, CPU time and no core dump (it would hold the PDF's text).
fn limit_this_process() {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{Resource, Rlimit, setrlimit};
        let limit = |n: u64| Rlimit {
            current: Some(n),
            maximum: Some(n),
        };
        for (r, n) in [
            (Resource::As, CHILD_MEMORY_BYTES),
            (Resource::Cpu, CHILD_CPU_SECONDS),
            (Resource::Core, 0),
        ] {
            if setrlimit(r, limit(n)).is_err() {
                tracing::warn!("a limit on the PDF reader could not be set");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bytes_decide_and_a_fake_pdf_is_caught() {
        assert_eq!(
            media_type(b"%PDF-1.7\n", "brief.PDF"),
            Ok("application/pdf")
        );
        assert_eq!(
            media_type(b"%PDF-1.7\n", "no-extension"),
            Ok("application/pdf")
        );
        assert_eq!(
            media_type(b"<html>", "download.pdf"),
            Err(SniffError::NotAPdf)
        );
        assert_eq!(media_type(b"", "empty.pdf"), Err(SniffError::NotAPdf));
        assert_eq!(media_type(b"hello", "notes.txt"), Ok("text/plain"));
        assert_eq!(media_type(b"\x89PNG\r\n\x1a\nxx", "scan"), Ok("image/png"));
        assert_eq!(
            media_type(b"hello", "x.docx"),
            Ok("application/octet-stream")
        );
    }

    #[test]
    fn text_files_are_read_and_cut_at_a_character_boundary() {
        let long = "é".repeat(MAX_TEXT_BYTES);
        let t = Extractor::Off
            .text("text/plain", long.as_bytes(), long.len() as u64)
            .into_body();
        assert!(t.len() <= MAX_TEXT_BYTES && t.starts_with("éé"));
    }

    #[test]
    fn without_a_reader_or_beyond_the_limit_a_pdf_has_no_text() {
        let pdf = b"%PDF-1.4\n garbage that is no pdf";
        assert_eq!(
            Extractor::Off.text("application/pdf", pdf, 30),
            Text::Unreadable
        );
        // Only part of it at hand (a file larger than what is kept).
        assert_eq!(
            Extractor::this_program().text("application/pdf", pdf, MAX_PDF_BYTES + 1),
            Text::Unreadable
        );
        assert_eq!(Extractor::Off.text("image/png", b"x", 1), Text::None);
    }
}
