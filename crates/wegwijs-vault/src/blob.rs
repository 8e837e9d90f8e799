//! The encrypted blob format (version 1), specified in
//! `docs/vault-format.md`: a 16-byte header, then the plaintext in chunks of
//! 2^k bytes, each sealed with AES-256-GCM under the document key. The nonce
//! holds the chunk's number and whether it is the last one (the STREAM
//! construction of Hoang, Reyhanitabar, Rogaway and Vizár, as used by `age`),
//! and every chunk authenticates the header. So a flipped byte, a missing or
//! extra chunk, chunks in another order, a cut-off end and a changed header
//! are all detected, and memory stays at two chunks whatever the file size.

use std::io::{self, Read, Write};

use ring::aead::{Aad, Nonce};
use ring::rand::{SecureRandom, SystemRandom};

use crate::keys::DocumentKey;

pub const MAGIC: &[u8; 6] = b"WWBLOB";
pub const VERSION: u8 = 1;
/// AES-256-GCM.
pub const ALG_AES_256_GCM: u8 = 1;
pub const HEADER_LEN: usize = 16;
const PREFIX_LEN: usize = 7;
const TAG_LEN: usize = 16;
/// 64 KiB chunks: large enough for full speed, small enough to keep memory
/// flat.
pub const DEFAULT_CHUNK_LOG2: u8 = 16;
const CHUNK_LOG2_RANGE: std::ops::RangeInclusive<u8> = 10..=24;

#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("reading or writing failed")]
    Io(#[from] io::Error),
    #[error("not a Wegwijs blob")]
    NotABlob,
    #[error("blob version {0} is newer than this app understands")]
    UnsupportedVersion(u8),
    /// Wrong key, or the blob was altered (a byte changed, chunks swapped,
    /// the header edited).
    #[error("chunk {chunk} does not decrypt: wrong key or damaged data")]
    Damaged { chunk: u32 },
    #[error("the blob ends too early")]
    Truncated,
    #[error("the blob has data after its last chunk")]
    TrailingData,
    #[error("the file is too large for this format")]
    TooLarge,
    #[error("the system's random number generator failed")]
    Random,
}

/// What was encrypted or decrypted: the plaintext's length and BLAKE3 hash
/// (to verify documents later and to spot duplicates; BLAKE3 rather than
/// SHA-256 because it keeps up with the encryption, SHA-256 halved the speed
/// of adding a large file here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlobInfo {
    pub plaintext_len: u64,
    pub blake3: [u8; 32],
}

fn read_full(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

fn nonce(prefix: &[u8], counter: u32, last: bool) -> Nonce {
    let mut n = [0u8; 12];
    n[..PREFIX_LEN].copy_from_slice(prefix);
    n[PREFIX_LEN..PREFIX_LEN + 4].copy_from_slice(&counter.to_be_bytes());
    n[11] = u8::from(last);
    Nonce::assume_unique_for_key(n)
}

fn finish(hash: blake3::Hasher, len: u64) -> BlobInfo {
    BlobInfo {
        plaintext_len: len,
        blake3: *hash.finalize().as_bytes(),
    }
}

/// Encrypts everything `input` yields into `output`, with 64 KiB chunks.
pub fn encrypt(
    key: &DocumentKey,
    input: impl Read,
    output: impl Write,
) -> Result<BlobInfo, BlobError> {
    encrypt_with_chunk_size(key, input, output, DEFAULT_CHUNK_LOG2)
}

/// [`encrypt`] with chunks of 2^`chunk_log2` bytes (10..=24); small chunks
/// let tests exercise many chunks cheaply.
pub fn encrypt_with_chunk_size(
    key: &DocumentKey,
    mut input: impl Read,
    mut output: impl Write,
    chunk_log2: u8,
) -> Result<BlobInfo, BlobError> {
    if !CHUNK_LOG2_RANGE.contains(&chunk_log2) {
        return Err(BlobError::TooLarge);
    }
    let chunk = 1usize << chunk_log2;
    let mut header = [0u8; HEADER_LEN];
    header[..6].copy_from_slice(MAGIC);
    header[6] = VERSION;
    header[7] = ALG_AES_256_GCM;
    header[8] = chunk_log2;
    SystemRandom::new()
        .fill(&mut header[9..9 + PREFIX_LEN])
        .map_err(|_| BlobError::Random)?;
    output.write_all(&header)?;

    let aead = key.aead();
    let prefix = &header[9..9 + PREFIX_LEN];
    let mut hash = blake3::Hasher::new();
    let mut total: u64 = 0;
    // Two buffers, each with room for the tag: the chunk being sealed, and
    // the next one, read ahead to learn whether this one is the last.
    let mut cur = vec![0u8; chunk + TAG_LEN];
    let mut next = vec![0u8; chunk + TAG_LEN];
    let mut n = read_full(&mut input, &mut cur[..chunk])?;
    let mut counter: u32 = 0;
    loop {
        let (last, m) = if n < chunk {
            (true, 0)
        } else {
            let m = read_full(&mut input, &mut next[..chunk])?;
            (m == 0, m)
        };
        hash.update(&cur[..n]);
        total += n as u64;
        let (plain, _) = cur.split_at_mut(n);
        let tag = aead
            .seal_in_place_separate_tag(nonce(prefix, counter, last), Aad::from(&header), plain)
            .map_err(|_| BlobError::TooLarge)?;
        // One write per chunk: the tag goes right after the ciphertext.
        cur[n..n + TAG_LEN].copy_from_slice(tag.as_ref());
        output.write_all(&cur[..n + TAG_LEN])?;
        if last {
            break;
        }
        std::mem::swap(&mut cur, &mut next);
        n = m;
        counter = counter.checked_add(1).ok_or(BlobError::TooLarge)?;
    }
    output.flush()?;
    Ok(finish(hash, total))
}

/// Decrypts a blob into `output`. Plaintext is written only for chunks that
/// verified; on an error, what was written must be discarded (write to a
/// temporary file and keep it only on success).
pub fn decrypt(
    key: &DocumentKey,
    mut input: impl Read,
    mut output: impl Write,
) -> Result<BlobInfo, BlobError> {
    let mut header = [0u8; HEADER_LEN];
    let got = read_full(&mut input, &mut header)?;
    if got < MAGIC.len() || &header[..6] != MAGIC {
        return Err(BlobError::NotABlob);
    }
    if got < HEADER_LEN {
        return Err(BlobError::Truncated);
    }
    if header[6] != VERSION || header[7] != ALG_AES_256_GCM {
        return Err(BlobError::UnsupportedVersion(header[6]));
    }
    let chunk_log2 = header[8];
    if !CHUNK_LOG2_RANGE.contains(&chunk_log2) {
        return Err(BlobError::NotABlob);
    }
    let chunk = 1usize << chunk_log2;
    let aead = key.aead();
    let prefix = header[9..9 + PREFIX_LEN].to_vec();
    let mut hash = blake3::Hasher::new();
    let mut total: u64 = 0;
    let sealed = chunk + TAG_LEN;
    let mut cur = vec![0u8; sealed];
    let mut next = vec![0u8; sealed];
    let mut n = read_full(&mut input, &mut cur)?;
    let mut counter: u32 = 0;
    loop {
        if n < TAG_LEN {
            return Err(BlobError::Truncated);
        }
        let (last, m) = if n < sealed {
            (true, 0)
        } else {
            let m = read_full(&mut input, &mut next)?;
            (m == 0, m)
        };
        let plain = aead
            .open_in_place(
                nonce(&prefix, counter, last),
                Aad::from(&header),
                &mut cur[..n],
            )
            .map_err(|_| {
                // A full-size chunk that fails as "last" may be a blob cut
                // off at a chunk boundary; the message is the same either way
                // for the person, but the distinction helps support.
                if last && n == sealed {
                    BlobError::Truncated
                } else {
                    BlobError::Damaged { chunk: counter }
                }
            })?;
        hash.update(plain);
        total += plain.len() as u64;
        output.write_all(plain)?;
        if last {
            break;
        }
        std::mem::swap(&mut cur, &mut next);
        n = m;
        counter = counter.checked_add(1).ok_or(BlobError::TooLarge)?;
    }
    // Nothing may follow the last chunk.
    let mut extra = [0u8; 1];
    if read_full(&mut input, &mut extra)? != 0 {
        return Err(BlobError::TrailingData);
    }
    output.flush()?;
    Ok(finish(hash, total))
}
