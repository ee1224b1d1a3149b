//! The one atomic write of the project: a temp file in the target's directory
//! (tempfile's `NamedTempFile`, named `.tmp-…` so leftovers are recognised and
//! never listed), written, fsynced, renamed over the target with `persist`, then
//! the directory fsynced. A reader sees the old file or the new one, never half.

use std::io::{self, Write};
use std::path::Path;

/// Write `bytes` to `path` atomically. The directory must exist.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if path.file_name().is_none() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "path has no file name"));
    }
    let mut tmp = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    // On failure the temp file is removed when `e.file` drops.
    tmp.persist(path).map_err(|e| e.error)?;
    // Best effort: not every platform lets a directory be opened and synced.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_and_leaves_no_temp_file() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("f.md");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(d.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("f.md")]);
    }

    #[test]
    fn a_missing_directory_is_an_error_not_a_panic() {
        let d = tempfile::tempdir().unwrap();
        assert!(write_atomic(&d.path().join("no/such/dir/f.md"), b"x").is_err());
        assert!(write_atomic(Path::new("/"), b"x").is_err());
    }
}
