//! The directory of encrypted blobs, `vault/<id>.blob` in the data directory.
//!
//! The order of a durable add is: blob written to a temporary file, renamed
//! into place, made durable (fdatasync of each file, several at once for a
//! batch, then fsync of the directory), and only then the metadata row
//! committed. A crash before the commit leaves a blob without a row: an orphan, removed at the next start.
//! Removing is the other way round: the row (and so the wrapped key) goes
//! first, then the file.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use crate::blob::{self, BlobError, BlobInfo};
use crate::durable::{TEMP_SUFFIX, sync_dir};
use crate::keys::DocumentKey;

const BLOB_EXT: &str = "blob";
/// From this size on, encryption and writing overlap on two threads; below
/// it, starting a thread costs more than it saves.
const PIPELINE_MIN_BYTES: u64 = 8 << 20;
const PIPELINE_BUF: usize = 1 << 20;

/// Hands full 1 MiB buffers to a thread that writes them, so encrypting the
/// next megabyte overlaps with copying the last one into the page cache. At
/// most four buffers are in flight: memory stays flat.
struct PipelinedWriter {
    buf: Vec<u8>,
    tx: Option<std::sync::mpsc::SyncSender<Vec<u8>>>,
    worker: Option<std::thread::JoinHandle<io::Result<()>>>,
}

impl PipelinedWriter {
    fn new(mut file: File) -> Self {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(4);
        let worker = std::thread::spawn(move || {
            for buf in rx {
                file.write_all(&buf)?;
            }
            Ok(())
        });
        PipelinedWriter {
            buf: Vec::with_capacity(PIPELINE_BUF),
            tx: Some(tx),
            worker: Some(worker),
        }
    }

    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let full = std::mem::replace(&mut self.buf, Vec::with_capacity(PIPELINE_BUF));
        match &self.tx {
            Some(tx) if tx.send(full).is_ok() => Ok(()),
            // The writer stopped: its error comes out of `finish`.
            _ => self.join(),
        }
    }

    fn join(&mut self) -> io::Result<()> {
        self.tx = None;
        match self.worker.take() {
            Some(w) => w
                .join()
                .unwrap_or_else(|_| Err(io::Error::other("writer thread failed")))
                .and(Err(io::Error::from(io::ErrorKind::BrokenPipe))),
            None => Err(io::Error::from(io::ErrorKind::BrokenPipe)),
        }
    }

    /// Writes what is left and waits for the writer.
    fn finish(mut self) -> io::Result<()> {
        self.send()?;
        self.tx = None;
        match self.worker.take() {
            Some(w) => w
                .join()
                .unwrap_or_else(|_| Err(io::Error::other("writer thread failed"))),
            None => Ok(()),
        }
    }
}

impl Write for PipelinedWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let room = PIPELINE_BUF - self.buf.len();
        let n = data.len().min(room);
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() == PIPELINE_BUF {
            self.send()?;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for PipelinedWriter {
    fn drop(&mut self) {
        self.tx = None;
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
    }
}

#[derive(Debug, Clone)]
pub struct BlobDir {
    dir: PathBuf,
}

/// Document ids are ours (random hex), never a person's file name; checking
/// keeps a damaged database row from naming a path outside the vault.
fn valid_id(id: &str) -> bool {
    (16..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_hexdigit())
}

fn bad_id() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, "not a document id")
}

/// Makes `dir` (and what is missing above it) and keeps it to its owner:
/// on a shared computer, other accounts cannot even list it.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

impl BlobDir {
    pub fn open(data_dir: &Path) -> io::Result<Self> {
        let dir = data_dir.join("vault");
        private_dir(&dir)?;
        Ok(BlobDir { dir })
    }

    /// Whether `data_dir` holds any document blob (without opening it).
    pub fn holds_blobs(data_dir: &Path) -> bool {
        fs::read_dir(data_dir.join("vault")).is_ok_and(|mut d| {
            d.any(|e| e.is_ok_and(|e| e.path().extension().is_some_and(|x| x == BLOB_EXT)))
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn path(&self, id: &str) -> io::Result<PathBuf> {
        if !valid_id(id) {
            return Err(bad_id());
        }
        Ok(self.dir.join(format!("{id}.{BLOB_EXT}")))
    }

    /// Encrypts `input` into the blob for `id`, renamed into place but not
    /// yet durable: call [`BlobDir::sync`] before committing the row. On an
    /// error nothing is left behind. `size_hint` (the input's size, if
    /// known) decides whether writing runs on a second thread.
    pub fn write(
        &self,
        id: &str,
        key: &DocumentKey,
        input: impl Read,
        size_hint: u64,
    ) -> Result<BlobInfo, BlobError> {
        let path = self.path(id)?;
        let tmp = self.dir.join(format!("{id}.{BLOB_EXT}{TEMP_SUFFIX}"));
        let result = (|| {
            let file = File::create(&tmp)?;
            let info = if size_hint >= PIPELINE_MIN_BYTES {
                let mut w = PipelinedWriter::new(file);
                let info = blob::encrypt(key, input, &mut w)?;
                w.finish()?;
                info
            } else {
                // A 64 KiB chunk plus its tag goes out in one write.
                let mut w = BufWriter::with_capacity(1 << 18, &file);
                let info = blob::encrypt(key, input, &mut w)?;
                w.flush()?;
                info
            };
            fs::rename(&tmp, &path)?;
            Ok(info)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    /// Makes the blobs written since the last sync durable, with their
    /// directory entry: exactly those files and that directory, so an
    /// import never waits for other programs' writes (a filesystem-wide
    /// `syncfs` would). The files are synced from several threads at once,
    /// which lets a journaling filesystem commit them together: a batch of
    /// thousands costs a few journal commits, not one each.
    pub fn sync(&self, ids: &[&str]) -> io::Result<()> {
        let paths = ids
            .iter()
            .map(|id| self.path(id))
            .collect::<io::Result<Vec<_>>>()?;
        sync_files(&paths)?;
        sync_dir(&self.dir)
    }

    /// Decrypts the blob for `id` into `output`.
    pub fn read(
        &self,
        id: &str,
        key: &DocumentKey,
        output: impl Write,
    ) -> Result<BlobInfo, BlobError> {
        let file = File::open(self.path(id)?)?;
        blob::decrypt(key, io::BufReader::with_capacity(1 << 18, file), output)
    }

    /// Removes a blob durably. A blob that is already gone is fine.
    pub fn remove(&self, id: &str) -> io::Result<()> {
        match fs::remove_file(self.path(id)?) {
            Ok(()) => sync_dir(&self.dir),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Removes temporary files and blobs whose id is not in `known` (left
    /// by a crash between writing a blob and committing its row, or between
    /// removing a row and its blob). Returns how many went.
    pub fn remove_orphans(&self, known: &HashSet<String>) -> io::Result<usize> {
        let mut n = 0;
        for e in fs::read_dir(&self.dir)? {
            let p = e?.path();
            let Some(name) = p.file_name().and_then(|f| f.to_str()) else {
                continue;
            };
            let orphan = name.ends_with(TEMP_SUFFIX)
                || name
                    .strip_suffix(".blob")
                    .is_some_and(|id| !known.contains(id));
            if orphan {
                fs::remove_file(&p)?;
                n += 1;
            }
        }
        if n > 0 {
            sync_dir(&self.dir)?;
        }
        Ok(n)
    }
}

/// At most this many files are synced at the same time.
const SYNC_THREADS: usize = 8;

/// `fdatasync` of each file (its data and size; the name is the
/// directory's), spread over a few threads when there are many.
fn sync_files(paths: &[PathBuf]) -> io::Result<()> {
    let one = |p: &PathBuf| File::open(p).and_then(|f| f.sync_data());
    if paths.len() < 2 {
        return paths.iter().try_for_each(one);
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = SYNC_THREADS.min(paths.len());
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        match paths.get(i) {
                            Some(p) => one(p)?,
                            None => return Ok(()),
                        }
                    }
                })
            })
            .collect();
        workers.into_iter().try_for_each(|w| {
            w.join()
                .unwrap_or_else(|_| Err(io::Error::other("a sync thread panicked")))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "00112233445566778899aabbccddeeff";

    #[test]
    fn blobs_round_trip_and_orphans_go() {
        let data = tempfile::tempdir().unwrap();
        let dir = BlobDir::open(data.path()).unwrap();
        let key = DocumentKey::generate().unwrap();
        let info = dir.write(ID, &key, &b"hello vault"[..], 11).unwrap();
        dir.sync(&[ID]).unwrap();
        let mut out = Vec::new();
        assert_eq!(dir.read(ID, &key, &mut out).unwrap(), info);
        assert_eq!(out, b"hello vault");
        let other = "ffeeddccbbaa99887766554433221100";
        dir.write(other, &key, &b"no row"[..], 6).unwrap();
        // A large file goes through the writer thread; same result.
        let big: Vec<u8> = (0..20_000_000u32).map(|i| (i % 251) as u8).collect();
        let third = "0123456789abcdef0123456789abcdef";
        let info = dir.write(third, &key, &big[..], big.len() as u64).unwrap();
        let mut back = Vec::new();
        assert_eq!(dir.read(third, &key, &mut back).unwrap(), info);
        assert!(back == big);
        dir.remove(third).unwrap();
        fs::write(dir.dir().join(format!("x.blob{TEMP_SUFFIX}")), b"half").unwrap();
        let known: HashSet<String> = [ID.to_string()].into();
        assert_eq!(dir.remove_orphans(&known).unwrap(), 2);
        assert!(dir.path(ID).unwrap().exists());
        dir.remove(ID).unwrap();
        dir.remove(ID).unwrap();
        assert!(dir.path("../../etc/passwd").is_err());
    }
}
