//! Encrypting a large file into the vault against `cp` + `sync` of the same
//! file on the same disk, in one run. Run with `cargo xtask bench` (1 GiB) or
//! `cargo run --release -p wegwijs-vault --example throughput -- MIB [DIR]`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::fs::File;
use std::io::Write;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use wegwijs_vault::durable::write_atomically;
use wegwijs_vault::{DocumentKey, encrypt};

fn main() {
    let mut args = std::env::args().skip(1);
    let mib: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1024);
    let dir = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let work = tempfile::tempdir_in(&dir).unwrap();
    let src = work.path().join("source.bin");
    {
        // Incompressible data, written once and synced so both runs read the
        // same warm file.
        let mut f = File::create(&src).unwrap();
        let mut block = vec![0u8; 1 << 20];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..mib {
            for b in block.chunks_mut(8) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                b.copy_from_slice(&x.to_le_bytes()[..b.len()]);
            }
            f.write_all(&block).unwrap();
        }
        f.sync_all().unwrap();
    }

    // Alternate the two, three rounds each, and compare medians: the disk's
    // speed varies from run to run more than the two differ.
    let key = DocumentKey::generate().unwrap();
    let (mut cps, mut vaults) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        let cp_dst = work.path().join("copy.bin");
        let t = Instant::now();
        assert!(
            Command::new("cp")
                .arg(&src)
                .arg(&cp_dst)
                .status()
                .unwrap()
                .success()
        );
        assert!(Command::new("sync").status().unwrap().success());
        cps.push(t.elapsed().as_secs_f64());
        std::fs::remove_file(&cp_dst).unwrap();

        let blob = work.path().join("doc.blob");
        let t = Instant::now();
        // The blob writer fills whole chunks itself; a BufReader would only add a copy.
        let input = File::open(&src).unwrap();
        write_atomically(&blob, |w| {
            encrypt(&key, input, w).map_err(std::io::Error::other)
        })
        .unwrap();
        vaults.push(t.elapsed().as_secs_f64());
        std::fs::remove_file(&blob).unwrap();
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let cp = median(&mut cps);
    let vault = median(&mut vaults);

    let mb = mib as f64 * 1.048_576;
    println!("file size:            {mib} MiB");
    println!("cp + sync (median of 3):  {cp:.2} s ({:.0} MB/s)", mb / cp);
    println!(
        "vault add (encrypt, fsync, rename): {vault:.2} s ({:.0} MB/s)",
        mb / vault
    );
    println!(
        "ratio vault / cp:     {:.2}x the speed of cp + sync (target >= 0.7)",
        cp / vault
    );
}
