//! The directory of encrypted blobs, `vault/<id>.blob` in the data directory.
//!
//! The order of a durable add is: blob written to a temporary file, renamed
//! into place, made durable (fsync of file and directory, or one `syncfs` for
//! a batch), and only then the metadata row committed. A crash before the
//! commit leaves a blob without a row: an orphan, removed at the next start.
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

impl BlobDir {
    pub fn open(data_dir: &Path) -> io::Result<Self> {
        let dir = data_dir.join("vault");
        fs::create_dir_all(&dir)?;
        Ok(BlobDir { dir })
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
    /// error nothing is left behind.
    pub fn write(
        &self,
        id: &str,
        key: &DocumentKey,
        input: impl Read,
    ) -> Result<BlobInfo, BlobError> {
        let path = self.path(id)?;
        let tmp = self.dir.join(format!("{id}.{BLOB_EXT}{TEMP_SUFFIX}"));
        let result = (|| {
            let file = File::create(&tmp)?;
            // A 64 KiB chunk plus its tag goes out in one write.
            let mut w = BufWriter::with_capacity(1 << 18, &file);
            let info = blob::encrypt(key, input, &mut w)?;
            w.flush()?;
            drop(w);
            fs::rename(&tmp, &path)?;
            Ok(info)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    /// Makes the blobs written since the last sync durable, with their
    /// directory entries. On Linux one `syncfs` covers a whole batch (about
    /// the cost of one fsync); elsewhere each file is synced.
    pub fn sync(&self, ids: &[&str]) -> io::Result<()> {
        #[cfg(target_os = "linux")]
        {
            let _ = ids;
            let dir = File::open(&self.dir)?;
            rustix::fs::syncfs(&dir)?;
            Ok(())
        }
        #[cfg(not(target_os = "linux"))]
        {
            for id in ids {
                File::open(self.path(id)?)?.sync_all()?;
            }
            sync_dir(&self.dir)
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "00112233445566778899aabbccddeeff";

    #[test]
    fn blobs_round_trip_and_orphans_go() {
        let data = tempfile::tempdir().unwrap();
        let dir = BlobDir::open(data.path()).unwrap();
        let key = DocumentKey::generate().unwrap();
        let info = dir.write(ID, &key, &b"hello vault"[..]).unwrap();
        dir.sync(&[ID]).unwrap();
        let mut out = Vec::new();
        assert_eq!(dir.read(ID, &key, &mut out).unwrap(), info);
        assert_eq!(out, b"hello vault");
        let other = "ffeeddccbbaa99887766554433221100";
        dir.write(other, &key, &b"no row"[..]).unwrap();
        fs::write(dir.dir().join(format!("x.blob{TEMP_SUFFIX}")), b"half").unwrap();
        let known: HashSet<String> = [ID.to_string()].into();
        assert_eq!(dir.remove_orphans(&known).unwrap(), 2);
        assert!(dir.path(ID).unwrap().exists());
        dir.remove(ID).unwrap();
        dir.remove(ID).unwrap();
        assert!(dir.path("../../etc/passwd").is_err());
    }
}
