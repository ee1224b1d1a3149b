//! Listing a local minutes folder without reading it: path, size and
//! modification time of every candidate file, by the same rules as
//! [`crate::sources::read_tree`] (one walker, [`crate::sources::walk`]; files
//! over [`MAX_FILE_BYTES`] skipped with a warning).

use std::path::Path;

use crate::sources::MAX_FILE_BYTES;

/// One file found by [`list`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stat {
    /// Path relative to the root, `/`-separated.
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch (0 when unknown).
    pub mtime_ns: i64,
}

/// Every file below `root` ending in one of `exts`, sorted by path, plus
/// warnings: [`crate::sources::walk`] without reading the files.
pub fn list(root: &Path, exts: &[&str]) -> Result<(Vec<Stat>, Vec<String>), crate::sources::SourceError> {
    let (found, warnings) = crate::sources::walk(root, exts)?;
    let mut files = Vec::with_capacity(found.len());
    let mut later = Vec::new();
    for f in found {
        if f.size > MAX_FILE_BYTES {
            later.push((f.warnings_before, format!("{}: skipped, larger than {} MiB", f.rel, MAX_FILE_BYTES >> 20)));
            continue;
        }
        files.push(Stat { path: f.rel, size: f.size, mtime_ns: f.mtime_ns });
    }
    Ok((files, crate::sources::merge_warnings(warnings, later)))
}
