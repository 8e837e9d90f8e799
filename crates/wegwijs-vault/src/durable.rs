//! Writing a file so that it is either fully there or not at all, even if
//! the power fails: write to a temporary file in the same directory, fsync
//! it, rename it into place, fsync the directory.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Suffix of temporary files; anything ending in it after a crash is an
/// orphan, removed by [`remove_orphans`].
pub const TEMP_SUFFIX: &str = ".partial";

/// Writes `path` through `write`, durably. On error nothing is left behind.
pub fn write_atomically<T>(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<&File>) -> io::Result<T>,
) -> io::Result<T> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
    let mut tmp_name = name.to_os_string();
    tmp_name.push(TEMP_SUFFIX);
    let tmp: PathBuf = dir.join(tmp_name);
    let result = (|| {
        let file = File::create(&tmp)?;
        let value = {
            // Large enough that a 64 KiB chunk plus its tag goes out in one write.
            let mut w = BufWriter::with_capacity(1 << 18, &file);
            let v = write(&mut w)?;
            w.flush()?;
            v
        };
        file.sync_all()?;
        fs::rename(&tmp, path)?;
        sync_dir(dir)?;
        Ok(value)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Makes a rename or removal in `dir` durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Removes temporary files left by a crash; returns how many.
pub fn remove_orphans(dir: &Path) -> io::Result<usize> {
    let mut n = 0;
    for e in fs::read_dir(dir)? {
        let p = e?.path();
        if p.file_name()
            .and_then(|f| f.to_str())
            .is_some_and(|f| f.ends_with(TEMP_SUFFIX))
        {
            fs::remove_file(&p)?;
            n += 1;
        }
    }
    if n > 0 {
        sync_dir(dir)?;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_nothing_and_the_old_file_stays() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doc.blob");
        write_atomically(&path, |w| w.write_all(b"first")).unwrap();
        let err = write_atomically(&path, |w| {
            w.write_all(b"second, half")?;
            Err::<(), _>(io::Error::other("disk full"))
        });
        assert!(err.is_err());
        assert_eq!(fs::read(&path).unwrap(), b"first");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn orphans_from_a_crash_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.blob"), b"kept").unwrap();
        fs::write(dir.path().join(format!("b.blob{TEMP_SUFFIX}")), b"half").unwrap();
        assert_eq!(remove_orphans(dir.path()).unwrap(), 1);
        assert!(dir.path().join("a.blob").exists());
    }
}
