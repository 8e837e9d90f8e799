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
/// The temporary file is created new (never an existing file or a link
/// someone put there beforehand, which would receive the plaintext of an
/// export) and readable by its owner only.
pub fn write_atomically<T>(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<&File>) -> io::Result<T>,
) -> io::Result<T> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
    let (tmp, file) = create_temp(dir, name)?;
    let result = (|| {
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

/// A new file `<name>.<random>.partial` in `dir`, opened exclusively
/// (`O_EXCL`: no existing file, no symbolic link followed) with mode 0600.
fn create_temp(dir: &Path, name: &std::ffi::OsStr) -> io::Result<(PathBuf, File)> {
    use ring::rand::SecureRandom;
    let rng = ring::rand::SystemRandom::new();
    let mut last = io::Error::from(io::ErrorKind::AlreadyExists);
    for _ in 0..8 {
        let mut r = [0u8; 6];
        rng.fill(&mut r)
            .map_err(|_| io::Error::other("no randomness"))?;
        let mut tmp_name = name.to_os_string();
        tmp_name.push(format!(
            ".{}{TEMP_SUFFIX}",
            data_encoding::HEXLOWER.encode(&r)
        ));
        let tmp = dir.join(tmp_name);
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
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

    #[cfg(unix)]
    #[test]
    fn a_link_put_in_place_receives_nothing_and_the_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, b"someone's file").unwrap();
        // At the destination, and at every name the old fixed temporary
        // name could have had.
        let out = dir.path().join("copy.pdf");
        std::os::unix::fs::symlink(&victim, &out).unwrap();
        std::os::unix::fs::symlink(&victim, dir.path().join(format!("copy.pdf{TEMP_SUFFIX}")))
            .unwrap();
        write_atomically(&out, |w| w.write_all(b"plaintext")).unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"someone's file");
        let md = fs::symlink_metadata(&out).unwrap();
        assert!(
            md.file_type().is_file(),
            "the link was replaced, not followed"
        );
        assert_eq!(md.permissions().mode() & 0o777, 0o600);
        assert_eq!(fs::read(&out).unwrap(), b"plaintext");
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
