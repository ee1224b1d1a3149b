//! Listing a local minutes folder without reading it: path, size and
//! modification time of every candidate file, by the same rules as
//! [`crate::sources::read_tree`] (hidden entries and symlinks skipped, at most
//! eight levels deep, [`MAX_FILES`] files, files over [`MAX_FILE_BYTES`]
//! skipped with a warning).

use std::path::Path;

use crate::sources::{MAX_FILES, MAX_FILE_BYTES};

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

/// Every file below `root` ending in one of `exts`, sorted by path, plus warnings.
pub fn list(root: &Path, exts: &[&str]) -> Result<(Vec<Stat>, Vec<String>), crate::sources::SourceError> {
    crate::sources::SourceError::check_dir(root)?;
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let mut stack = vec![(root.to_path_buf(), String::new(), 0usize)];
    'walk: while let Some((dir, rel, depth)) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) => {
                warnings.push(format!("{}: {e}", dir.display()));
                continue;
            }
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let Ok(ft) = entry.file_type() else { continue };
            let rel_path = if rel.is_empty() { name.clone() } else { format!("{rel}/{name}") };
            if ft.is_dir() {
                if depth < 8 {
                    stack.push((entry.path(), rel_path, depth + 1));
                }
            } else if ft.is_file() {
                let ext_ok = name.rsplit_once('.').is_some_and(|(_, e)| exts.iter().any(|x| e.eq_ignore_ascii_case(x)));
                if !ext_ok {
                    continue;
                }
                if files.len() >= MAX_FILES {
                    warnings.push(format!("more than {MAX_FILES} files; the rest were skipped"));
                    break 'walk;
                }
                let Ok(m) = entry.metadata() else {
                    warnings.push(format!("{rel_path}: cannot read its metadata"));
                    continue;
                };
                if m.len() > MAX_FILE_BYTES {
                    warnings.push(format!("{rel_path}: skipped, larger than {} MiB", MAX_FILE_BYTES >> 20));
                    continue;
                }
                files.push(Stat { path: rel_path, size: m.len(), mtime_ns: mtime_ns(&m) });
            } else if name.rsplit_once('.').is_some_and(|(_, e)| exts.iter().any(|x| e.eq_ignore_ascii_case(x))) {
                // A FIFO would block the read, a device never end (issue #11, defect 13).
                warnings.push(format!("{rel_path}: not a regular file (symlink, FIFO or device); skipped"));
            }
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, warnings))
}

/// Modification time in nanoseconds since the epoch (0 when unavailable).
pub fn mtime_ns(m: &std::fs::Metadata) -> i64 {
    m.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
