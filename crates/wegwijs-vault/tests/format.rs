//! The blob format: round trips, and every kind of damage is detected.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use wegwijs_vault::blob::{BlobError, HEADER_LEN, encrypt_with_chunk_size};
use wegwijs_vault::{DocumentKey, decrypt, encrypt};

/// 1 KiB chunks, so small inputs span many chunks.
const SMALL: u8 = 10;
const TAG: usize = 16;

fn seal(key: &DocumentKey, plain: &[u8], log2: u8) -> Vec<u8> {
    let mut out = Vec::new();
    encrypt_with_chunk_size(key, plain, &mut out, log2).unwrap();
    out
}

fn open(key: &DocumentKey, blob: &[u8]) -> Result<Vec<u8>, BlobError> {
    let mut out = Vec::new();
    decrypt(key, blob, &mut out).map(|_| out)
}

fn data(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 251) as u8).collect()
}

#[test]
fn round_trips_at_the_edges_of_chunks_and_beyond() {
    let key = DocumentKey::generate().unwrap();
    for len in [0, 1, 1023, 1024, 1025, 2048, 3 * 1024 + 7] {
        let plain = data(len);
        let blob = seal(&key, &plain, SMALL);
        // The last chunk may be full; an empty input is one empty chunk.
        let chunks = len.div_ceil(1024).max(1);
        assert_eq!(blob.len(), HEADER_LEN + len + chunks * TAG, "{len}");
        assert_eq!(open(&key, &blob).unwrap(), plain, "{len}");
    }
    // Several MiB with the default 64 KiB chunks, and the hash of the plaintext.
    let plain = data(3 * 1024 * 1024 + 5);
    let mut blob = Vec::new();
    let info = encrypt(&key, &plain[..], &mut blob).unwrap();
    assert_eq!(info.plaintext_len, plain.len() as u64);
    let mut out = Vec::new();
    let back = decrypt(&key, &blob[..], &mut out).unwrap();
    assert_eq!(out, plain);
    assert_eq!(back.blake3, info.blake3);
    assert_eq!(info.blake3, *blake3::hash(&plain).as_bytes());
}

#[test]
fn every_byte_flip_is_detected() {
    let key = DocumentKey::generate().unwrap();
    let blob = seal(&key, &data(2500), SMALL);
    for i in 0..blob.len() {
        let mut bad = blob.clone();
        bad[i] ^= 0x01;
        assert!(open(&key, &bad).is_err(), "flip at byte {i} went unnoticed");
    }
}

#[test]
fn every_truncation_and_extension_is_detected() {
    let key = DocumentKey::generate().unwrap();
    let blob = seal(&key, &data(2500), SMALL);
    for len in 0..blob.len() {
        assert!(
            open(&key, &blob[..len]).is_err(),
            "cut at {len} went unnoticed"
        );
    }
    let mut longer = blob.clone();
    longer.push(0);
    assert!(open(&key, &longer).is_err());
    // After a last chunk that is full-size, extra bytes are refused too.
    let exact = seal(&key, &data(2048), SMALL);
    let mut longer = exact.clone();
    longer.push(0);
    assert!(open(&key, &longer).is_err());
    // A whole extra (validly sealed) final chunk cannot be spliced on either.
    let other = seal(&key, &data(10), SMALL);
    let mut spliced = blob.clone();
    spliced.extend_from_slice(&other[HEADER_LEN..]);
    assert!(open(&key, &spliced).is_err());
}

#[test]
fn swapped_or_dropped_chunks_are_detected() {
    let key = DocumentKey::generate().unwrap();
    let blob = seal(&key, &data(3 * 1024 + 100), SMALL);
    let sealed = 1024 + TAG;
    let chunk = |i: usize| HEADER_LEN + i * sealed..HEADER_LEN + (i + 1) * sealed;
    let mut swapped = blob.clone();
    let (a, b) = (blob[chunk(0)].to_vec(), blob[chunk(1)].to_vec());
    swapped[chunk(0)].copy_from_slice(&b);
    swapped[chunk(1)].copy_from_slice(&a);
    assert!(matches!(
        open(&key, &swapped),
        Err(BlobError::Damaged { chunk: 0 })
    ));
    let mut dropped = blob[..HEADER_LEN].to_vec();
    dropped.extend_from_slice(&blob[chunk(1).start..]);
    assert!(open(&key, &dropped).is_err());
}

#[test]
fn another_key_or_a_non_blob_is_refused() {
    let key = DocumentKey::generate().unwrap();
    let blob = seal(&key, b"paspoort", SMALL);
    let other = DocumentKey::generate().unwrap();
    assert!(matches!(
        open(&other, &blob),
        Err(BlobError::Damaged { chunk: 0 })
    ));
    assert!(matches!(
        open(&key, b"%PDF-1.7 not a blob"),
        Err(BlobError::NotABlob)
    ));
    assert!(matches!(open(&key, b""), Err(BlobError::NotABlob)));
    let mut newer = blob.clone();
    newer[6] = 2;
    assert!(matches!(
        open(&key, &newer),
        Err(BlobError::UnsupportedVersion(2))
    ));
}

#[test]
fn same_plaintext_encrypts_differently_each_time() {
    let key = DocumentKey::generate().unwrap();
    assert_ne!(seal(&key, b"same", SMALL), seal(&key, b"same", SMALL));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_plaintext_round_trips(plain in proptest::collection::vec(any::<u8>(), 0..20_000), log2 in 10u8..14) {
        let key = DocumentKey::generate().unwrap();
        let blob = seal(&key, &plain, log2);
        prop_assert_eq!(open(&key, &blob).unwrap(), plain);
    }

    #[test]
    fn any_single_change_is_rejected(plain in proptest::collection::vec(any::<u8>(), 0..5000), pos in any::<prop::sample::Index>(), bit in 0u8..8) {
        let key = DocumentKey::generate().unwrap();
        let mut blob = seal(&key, &plain, SMALL);
        let i = pos.index(blob.len());
        blob[i] ^= 1 << bit;
        prop_assert!(open(&key, &blob).is_err());
    }
}
