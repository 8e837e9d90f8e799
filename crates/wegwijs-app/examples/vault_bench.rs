//! The vault's performance targets, measured side by side in one run
//! (`cargo xtask bench` runs this in release mode):
//!
//! 1. adding one large file (default 1 GiB) at >= 0.7x the speed of `cp`
//!    followed by `sync` and >= 1.5x the speed of `age -r` followed by
//!    `sync`, on the same disk (six alternated rounds, medians); the whole
//!    `wegwijs vault add` process when `WEGWIJS_CLI` names the release CLI;
//! 2. adding 10,000 files of 4 KiB at >= 2,000 files/s (one `vault add` of
//!    all of them, as `wegwijs vault add dir/*` does);
//! 3. search p95 <= 20 ms with 100,000 documents;
//! 4. memory while the CLI adds a 4 GiB file < 100 MiB (peak RSS, read from
//!    /proc while it runs), when `WEGWIJS_CLI` names the release binary.
//!
//! `cargo run --release -p wegwijs-app --example vault_bench -- [--large-mib N]
//! [--small N] [--search-docs N] [--memory-gib N] [--dir DIR]`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use wegwijs_app::{DocumentInput, MemoryKeyring, Wegwijs};

struct Args {
    large_mib: usize,
    small: usize,
    search_docs: usize,
    memory_gib: u64,
    dir: PathBuf,
}

fn args() -> Args {
    let mut a = Args {
        large_mib: 1024,
        small: 10_000,
        search_docs: 100_000,
        memory_gib: 4,
        dir: std::env::temp_dir(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let v = it.next().unwrap_or_default();
        match flag.as_str() {
            "--large-mib" => a.large_mib = v.parse().unwrap(),
            "--small" => a.small = v.parse().unwrap(),
            "--search-docs" => a.search_docs = v.parse().unwrap(),
            "--memory-gib" => a.memory_gib = v.parse().unwrap(),
            "--dir" => a.dir = PathBuf::from(v),
            other => panic!("unknown option {other}"),
        }
    }
    a
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn random_file(path: &Path, bytes: usize, rng: &mut Rng) {
    let mut f = File::create(path).unwrap();
    let mut block = vec![0u8; (1 << 20).min(bytes.max(8))];
    let mut left = bytes;
    while left > 0 {
        for b in block.chunks_mut(8) {
            let x = rng.next().to_le_bytes();
            b.copy_from_slice(&x[..b.len()]);
        }
        let n = left.min(block.len());
        f.write_all(&block[..n]).unwrap();
        left -= n;
    }
    f.sync_all().unwrap();
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

async fn open(dir: &Path, ring: &MemoryKeyring) -> Wegwijs {
    Wegwijs::open(dir, ring, None).await.unwrap().app
}

/// One way to put the large file on the disk durably, timed as a whole
/// process where it is one.
#[derive(Clone, Copy, PartialEq)]
enum Way {
    Cp,
    Age,
    Vault,
}

fn on_path(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program} >/dev/null")])
        .status()
        .is_ok_and(|s| s.success())
}

/// `age`'s public key for a fresh identity in `work`, when age is installed.
fn age_recipient(work: &Path) -> Option<String> {
    if !on_path("age") || !on_path("age-keygen") {
        return None;
    }
    let key = work.join("age-key.txt");
    let out = Command::new("age-keygen")
        .arg("-o")
        .arg(&key)
        .output()
        .ok()?;
    // age-keygen prints "Public key: age1..." on stderr.
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .find_map(|l| l.strip_prefix("Public key: ").map(str::to_string))
}

async fn large_file(a: &Args, work: &Path) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let src = work.join("large.bin");
    random_file(&src, a.large_mib << 20, &mut rng);
    let gb = (a.large_mib as f64) * 1_048_576.0 / 1e9;
    let ring = MemoryKeyring::default();
    // Every way starts with nothing waiting to be written: not the source
    // just made, not the output of the way before, removed.
    let settle = || assert!(Command::new("sync").status().unwrap().success());
    settle();
    // The whole `wegwijs vault add` process when the release CLI is named
    // (with the OS keyring of the session `cargo xtask bench` starts, as a
    // person's desktop has it), else the add inside this process.
    let cli = std::env::var_os("WEGWIJS_CLI");
    let recipient = age_recipient(work);
    let mut ways = vec![Way::Cp, Way::Vault];
    if recipient.is_some() {
        ways.push(Way::Age);
    } else {
        println!("large file: age is not installed, so it is left out (apt-get install age)");
    }
    let mut times: Vec<(Way, Vec<f64>)> = ways.iter().map(|w| (*w, Vec::new())).collect();
    const ROUNDS: usize = 6;
    for round in 0..ROUNDS {
        // Each way goes first, second and last equally often.
        let mut order = ways.clone();
        order.rotate_left(round % ways.len());
        for way in order {
            let dst = work.join(format!("out-{round}"));
            let data = work.join(format!("data-large-{round}"));
            let seconds = match way {
                Way::Cp => {
                    let t = Instant::now();
                    assert!(
                        Command::new("cp")
                            .arg(&src)
                            .arg(&dst)
                            .status()
                            .unwrap()
                            .success()
                    );
                    assert!(Command::new("sync").status().unwrap().success());
                    t.elapsed().as_secs_f64()
                }
                Way::Age => {
                    let t = Instant::now();
                    let r = recipient.as_deref().unwrap();
                    let ok = Command::new("age")
                        .args(["-r", r, "-o"])
                        .arg(&dst)
                        .arg(&src)
                        .status();
                    assert!(ok.unwrap().success());
                    assert!(Command::new("sync").status().unwrap().success());
                    t.elapsed().as_secs_f64()
                }
                Way::Vault => match &cli {
                    Some(cli) => {
                        // Quiet (a new installation prints its recovery
                        // key), but what went wrong is shown.
                        let run = |args: &[&std::ffi::OsStr]| {
                            let out = Command::new(cli)
                                .args(args)
                                .env("WEGWIJS_DATA_DIR", &data)
                                .env_remove("WEGWIJS_PASSPHRASE")
                                .output()
                                .unwrap();
                            let err = String::from_utf8_lossy(&out.stderr);
                            assert!(out.status.success(), "wegwijs {args:?}: {err}");
                        };
                        let set = [
                            "profile",
                            "set",
                            "--name",
                            "Bench",
                            "--birth-date",
                            "1980-01-01",
                            "--country",
                            "NL",
                            "--municipality",
                            "Utrecht",
                        ];
                        let set: Vec<&std::ffi::OsStr> =
                            set.iter().map(std::ffi::OsStr::new).collect();
                        run(&set);
                        let t = Instant::now();
                        run(&["vault".as_ref(), "add".as_ref(), src.as_os_str()]);
                        t.elapsed().as_secs_f64()
                    }
                    None => {
                        let app = open(&data, &ring).await;
                        let t = Instant::now();
                        let r = app
                            .act_for(None)
                            .await
                            .unwrap()
                            .add(std::slice::from_ref(&src), &DocumentInput::default())
                            .await
                            .unwrap();
                        let s = t.elapsed().as_secs_f64();
                        assert_eq!(r.added.len(), 1);
                        app.close().await;
                        s
                    }
                },
            };
            times
                .iter_mut()
                .find(|(w, _)| *w == way)
                .unwrap()
                .1
                .push(seconds);
            let _ = std::fs::remove_file(&dst);
            let _ = std::fs::remove_dir_all(&data);
            settle();
        }
    }
    let med = |way: Way| {
        times
            .iter()
            .find(|(w, _)| *w == way)
            .map(|(_, v)| median(v.clone()))
    };
    let v = med(Way::Vault).unwrap();
    let c = med(Way::Cp).unwrap();
    let how = if cli.is_some() {
        "wegwijs vault add (whole process)"
    } else {
        "vault add (in process)"
    };
    println!(
        "large file, {} MiB, medians of {ROUNDS} alternated rounds:",
        a.large_mib
    );
    println!("  {how}: {v:.2} s ({:.2} GB/s)", gb / v);
    println!(
        "  cp + sync: {c:.2} s ({:.2} GB/s); vault speed / cp's: {:.2}x (target >= 0.7x)",
        gb / c,
        c / v
    );
    if let Some(g) = med(Way::Age) {
        println!(
            "  age -r + sync: {g:.2} s ({:.2} GB/s); vault speed / age's: {:.2}x (target >= 1.5x)",
            gb / g,
            g / v
        );
    }
    std::fs::remove_file(&src).unwrap();
}

async fn small_files(a: &Args, work: &Path) {
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    let dir = work.join("small");
    std::fs::create_dir_all(&dir).unwrap();
    let files: Vec<PathBuf> = (0..a.small)
        .map(|i| {
            let p = dir.join(format!("doc-{i:05}.bin"));
            let mut block = vec![0u8; 4096];
            for b in block.chunks_mut(8) {
                b.copy_from_slice(&rng.next().to_le_bytes());
            }
            std::fs::write(&p, &block).unwrap();
            p
        })
        .collect();
    assert!(Command::new("sync").status().unwrap().success());
    let ring = MemoryKeyring::default();
    let data = work.join("data-small");
    let app = open(&data, &ring).await;
    let t = Instant::now();
    let r = app
        .act_for(None)
        .await
        .unwrap()
        .add(&files, &DocumentInput::default())
        .await
        .unwrap();
    let s = t.elapsed().as_secs_f64();
    assert_eq!(r.added.len(), a.small);
    println!(
        "{} files of 4 KiB in one add: {:.2} s, {:.0} files/s (target >= 2000)",
        a.small,
        s,
        a.small as f64 / s
    );
    app.close().await;
    std::fs::remove_dir_all(&data).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}

const WORDS: &[&str] = &[
    "paspoort",
    "rijbewijs",
    "huurcontract",
    "loonstrook",
    "belasting",
    "aanslag",
    "beschikking",
    "zorgtoeslag",
    "huurtoeslag",
    "kinderbijslag",
    "gemeente",
    "verhuizing",
    "geboorte",
    "akte",
    "diploma",
    "studiefinanciering",
    "verzekering",
    "polis",
    "werkgever",
    "uitkering",
    "pensioen",
    "aow",
    "bijstand",
    "schuld",
    "regeling",
    "brief",
    "besluit",
    "bezwaar",
    "termijn",
    "aanvraag",
    "verlenging",
    "identiteitskaart",
    "verblijfsvergunning",
    "inkomen",
    "vermogen",
    "toeslag",
    "notaris",
    "testament",
    "erfenis",
    "huwelijk",
    "scheiding",
    "alimentatie",
    "kind",
    "school",
    "café",
    "één",
    "coöperatie",
    "reünie",
    "ideeën",
    "privé",
    "Utrecht",
    "Rotterdam",
    "Zwolle",
];

async fn search(a: &Args, work: &Path) {
    let mut rng = Rng(0xDEAD_BEEF_CAFE_F00D);
    let dir = work.join("search-files");
    std::fs::create_dir_all(&dir).unwrap();
    let ring = MemoryKeyring::default();
    let data = work.join("data-search");
    let app = open(&data, &ring).await;
    let batch = 5_000;
    let t = Instant::now();
    let mut done = 0;
    while done < a.search_docs {
        let n = batch.min(a.search_docs - done);
        let files: Vec<PathBuf> = (0..n)
            .map(|i| {
                let p = dir.join(format!("d{i}.txt"));
                let words: Vec<&str> = (0..40)
                    .map(|_| WORDS[(rng.next() % WORDS.len() as u64) as usize])
                    .collect();
                std::fs::write(&p, words.join(" ")).unwrap();
                p
            })
            .collect();
        let title = format!(
            "{} {}",
            WORDS[(rng.next() % WORDS.len() as u64) as usize],
            done
        );
        let input = DocumentInput {
            title: Some(title),
            tags: vec![WORDS[(rng.next() % WORDS.len() as u64) as usize].to_string()],
            ..Default::default()
        };
        app.act_for(None)
            .await
            .unwrap()
            .add(&files, &input)
            .await
            .unwrap();
        done += n;
    }
    println!(
        "search index: {} documents added in {:.0} s",
        a.search_docs,
        t.elapsed().as_secs_f64()
    );
    let mut times = Vec::new();
    let mut hits = 0usize;
    for i in 0..300 {
        let w = WORDS[(rng.next() % WORDS.len() as u64) as usize];
        let q = match i % 3 {
            0 => w.to_string(),
            1 => w.chars().take(3).collect(),
            _ => format!("{w} {}", WORDS[(rng.next() % WORDS.len() as u64) as usize]),
        };
        let t = Instant::now();
        hits += app
            .act_for(None)
            .await
            .unwrap()
            .search(&q)
            .await
            .unwrap()
            .len();
        times.push(t.elapsed());
    }
    times.sort();
    let p = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "search over {} documents (300 queries: words, 3-letter prefixes, pairs; {} results): median {:.1} ms, p95 {:.1} ms, max {:.1} ms (target p95 <= 20 ms)",
        a.search_docs,
        hits,
        ms(p(0.5)),
        ms(p(0.95)),
        ms(*times.last().unwrap())
    );
    app.close().await;
    std::fs::remove_dir_all(&data).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Peak resident memory of the CLI adding a large file, read from
/// /proc/<pid>/status (VmHWM) while it runs.
fn memory(a: &Args, work: &Path) {
    let Some(cli) = std::env::var_os("WEGWIJS_CLI") else {
        println!("memory: skipped (set WEGWIJS_CLI to the release `wegwijs` binary)");
        return;
    };
    let src = work.join("huge.bin");
    let mut rng = Rng(0x0F0F_1234_ABCD_9876);
    random_file(&src, (a.memory_gib << 30) as usize, &mut rng);
    let data = work.join("data-memory");
    let t = Instant::now();
    let mut child = Command::new(cli)
        .args(["vault", "add", "--format", "json"])
        .arg(&src)
        .env("WEGWIJS_DATA_DIR", &data)
        .env("WEGWIJS_PASSPHRASE", "benchmark passphrase")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kib = 0u64;
    loop {
        if let Ok(s) = std::fs::read_to_string(&status_file)
            && let Some(line) = s.lines().find(|l| l.starts_with("VmHWM:"))
        {
            let kib: u64 = line
                .split_whitespace()
                .nth(1)
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            peak_kib = peak_kib.max(kib);
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    println!(
        "memory while the CLI adds a {} GiB file: peak RSS {:.1} MiB (target < 100 MiB), {:.1} s",
        a.memory_gib,
        peak_kib as f64 / 1024.0,
        t.elapsed().as_secs_f64()
    );
    std::fs::remove_dir_all(&data).unwrap();
    std::fs::remove_file(&src).unwrap();
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let a = args();
    let work = tempfile::tempdir_in(&a.dir).unwrap();
    println!("vault benchmarks in {}", work.path().display());
    if a.large_mib > 0 {
        large_file(&a, work.path()).await;
    }
    if a.small > 0 {
        small_files(&a, work.path()).await;
    }
    if a.search_docs > 0 {
        search(&a, work.path()).await;
    }
    if a.memory_gib > 0 {
        memory(&a, work.path());
    }
}
