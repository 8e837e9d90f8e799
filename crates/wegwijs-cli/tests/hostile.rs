//! Hostile files, as a phishing e-mail would bring them, added with the
//! real binary: each is stored (without text) and the process survives,
//! within a time limit. The PDF is read in a child process with limits
//! (wegwijs_vault::extract); these tests are why.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Write;
use std::time::{Duration, Instant};

use support::Env;

/// A PDF with these objects (numbered from 1; object 1 is the catalog)
/// and a correct cross-reference table, so that the parser gets as far as
/// the objects themselves.
fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        writeln!(out, "{} 0 obj", i + 1).unwrap();
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    writeln!(out, "xref\n0 {}\n0000000000 65535 f ", objects.len() + 1).unwrap();
    for o in offsets {
        writeln!(out, "{o:010} 00000 n ").unwrap();
    }
    writeln!(
        out,
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF",
        objects.len() + 1
    )
    .unwrap();
    out
}

fn page_tree_with(content: Vec<u8>) -> Vec<Vec<u8>> {
    vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_vec(),
        content,
    ]
}

/// An array nested 100,000 deep: a recursive parser overflows its stack.
fn nested() -> Vec<u8> {
    let depth = 100_000;
    let mut deep = Vec::with_capacity(depth * 2 + 64);
    deep.extend_from_slice(b"<< /Type /Catalog /Pages 2 0 R /Deep ");
    deep.extend(std::iter::repeat_n(b'[', depth));
    deep.extend(std::iter::repeat_n(b']', depth));
    deep.extend_from_slice(b" >>");
    let mut objects = page_tree_with(b"<< /Length 0 >>\nstream\n\nendstream".to_vec());
    objects[0] = deep;
    pdf(&objects)
}

/// A content stream of a few megabytes that inflates to 2 GiB, twice
/// what the reader may hold.
fn flate_bomb() -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![b' '; 1 << 20];
    for _ in 0..2048 {
        z.write_all(&zeros).unwrap();
    }
    let data = z.finish().unwrap();
    let mut stream = format!(
        "<< /Length {} /Filter /FlateDecode >>\nstream\n",
        data.len()
    )
    .into_bytes();
    stream.extend_from_slice(&data);
    stream.extend_from_slice(b"\nendstream");
    pdf(&page_tree_with(stream))
}

/// A page tree whose node is its own child.
fn cyclic_pages() -> Vec<u8> {
    pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>".to_vec(),
    ])
}

#[test]
fn hostile_pdfs_are_stored_without_text_and_the_process_survives() {
    let env = Env::new();
    for (name, bytes) in [
        ("nested.pdf", nested()),
        ("bomb.pdf", flate_bomb()),
        ("cyclic.pdf", cyclic_pages()),
    ] {
        let path = env.file(name, &bytes);
        let started = Instant::now();
        let out = env
            .cmd()
            .args(["--lang", "en", "--format", "json", "vault", "add"])
            .arg(&path)
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        let took = started.elapsed();
        assert!(
            out.status.success(),
            "{name}: {:?} {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        let added: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(added.as_array().unwrap().len(), 1, "{name} is stored");
        assert!(
            took < Duration::from_secs(30),
            "{name} took {took:?}: the reader's limits hold"
        );
        // What it holds is its own bytes, whatever its text.
        let id = added[0]["id"].as_str().unwrap();
        let copy = env.files.path().join(format!("copy-{name}"));
        env.cmd()
            .args(["vault", "get", id, "--out"])
            .arg(&copy)
            .assert()
            .success();
        assert_eq!(std::fs::read(&copy).unwrap(), bytes, "{name}");
    }
    let listed = env.json(&["vault", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 3);
}

#[test]
fn a_pdf_that_cannot_be_read_says_so() {
    let env = Env::new();
    let path = env.file("broken.pdf", b"%PDF-1.7\nthis is not a PDF at all\n");
    let out = env
        .cmd()
        .args(["--lang", "en", "--format", "json", "vault", "add"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let added: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(added[0]["unreadable"], true);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("its text could not be read"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
