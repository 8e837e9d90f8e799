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

/// The text to index. A file whose text cannot be read is still stored;
/// it is just found by title and tags only.
pub fn text(path: &Path, media_type: &str, size: u64) -> String {
    let mut out = match media_type {
        "text/plain" => {
            let mut buf = Vec::new();
            match std::fs::File::open(path)
                .and_then(|f| f.take(MAX_TEXT_BYTES as u64).read_to_end(&mut buf))
            {
                Ok(_) => String::from_utf8_lossy(&buf).into_owned(),
                Err(_) => String::new(),
            }
        }
        "application/pdf" if size <= MAX_PDF_BYTES => pdf_text(path),
        _ => String::new(),
    };
    if out.len() > MAX_TEXT_BYTES {
        let mut cut = MAX_TEXT_BYTES;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
    }
    out
}

fn pdf_text(path: &Path) -> String {
    // The PDF parser panics on some malformed files; a document that
    // cannot be read for text must not take the app down with it.
    let path = path.to_path_buf();
    match std::panic::catch_unwind(move || pdf_extract::extract_text(&path)) {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => {
            tracing::info!(error = %e, "no text from a PDF");
            String::new()
        }
        Err(_) => {
            tracing::warn!("the PDF parser failed on a file");
            String::new()
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
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        let long = "é".repeat(MAX_TEXT_BYTES);
        std::fs::write(&p, &long).unwrap();
        let t = text(&p, "text/plain", long.len() as u64);
        assert!(t.len() <= MAX_TEXT_BYTES && t.starts_with("éé"));
        let junk = dir.path().join("b.pdf");
        std::fs::write(&junk, b"%PDF-1.4\n garbage that is no pdf").unwrap();
        assert_eq!(text(&junk, "application/pdf", 30), "");
    }
}
