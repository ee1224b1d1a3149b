//! Where the bytes come from: a local folder or clone, the GitHub cache, or
//! the demo workspace bundled in `assets/demo`. After loading, every origin
//! is the same [`Workspace`]: one code path for the engines.

pub mod atomic;
pub mod board;
pub mod cache;
pub mod github;
pub mod pad;
pub mod token;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use include_dir::{include_dir, Dir};

use crate::model::SourceFile;

static DEMO: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets/demo");

/// Largest file read from a folder; bigger ones are skipped with a warning.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;
/// Most files read from one folder.
pub const MAX_FILES: usize = 20_000;

/// Where the data on screen came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    Demo,
    Local { minutes: Option<PathBuf>, calendar: Option<PathBuf> },
    Cache { synced_at: DateTime<Utc> },
    GitHub { synced_at: DateTime<Utc> },
}

impl Origin {
    /// Short status-line text: "demo data", "local folder", "offline · cache from …".
    pub fn describe(&self, now: DateTime<Utc>, offline: bool) -> String {
        match self {
            Origin::Demo => "demo data".into(),
            Origin::Local { minutes, calendar } => {
                let p = minutes.as_ref().or(calendar.as_ref()).map(|p| p.display().to_string()).unwrap_or_default();
                format!("local · {}", crate::text::sanitize_line(&p))
            }
            Origin::Cache { synced_at } if offline => {
                format!("offline · cache from {}", synced_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M"))
            }
            Origin::Cache { synced_at } => {
                format!("cache from {}", synced_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M"))
            }
            Origin::GitHub { synced_at } => format!("GitHub · synced {}", ago(now, *synced_at)),
        }
    }
}

/// "just now", "3 min ago", "2 h ago", "4 days ago".
pub fn ago(now: DateTime<Utc>, then: DateTime<Utc>) -> String {
    let s = (now - then).num_seconds().max(0);
    match s {
        0..=59 => "just now".into(),
        60..=3599 => format!("{} min ago", s / 60),
        3600..=86_399 => format!("{} h ago", s / 3600),
        _ => format!("{} days ago", s / 86_400),
    }
}

/// Everything the engines read, from one origin.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub origin: Origin,
    pub minutes: Vec<SourceFile>,
    pub calendar: Vec<SourceFile>,
    pub ics: Option<String>,
    /// Problems met while reading (one line each).
    pub warnings: Vec<String>,
}

impl Workspace {
    /// The bundled demo workspace.
    pub fn demo() -> Workspace {
        let mut minutes = Vec::new();
        let mut calendar = Vec::new();
        if let Some(d) = DEMO.get_dir("minutes") {
            collect_embedded(d, "minutes/", &mut minutes);
        }
        if let Some(d) = DEMO.get_dir("calendar") {
            collect_embedded(d, "calendar/", &mut calendar);
        }
        Workspace { origin: Origin::Demo, minutes, calendar, ics: None, warnings: Vec::new() }
    }
}

/// The bundled demo sprint board (a GraphQL answer, parsed like the live one).
pub fn demo_board(today: chrono::NaiveDate) -> Option<crate::model::board::Board> {
    let f = DEMO.get_file("board.json")?;
    board::board_from_answer(f.contents(), None, today).ok()
}

fn collect_embedded(dir: &Dir<'static>, strip: &str, out: &mut Vec<SourceFile>) {
    for f in dir.files() {
        let p = f.path().to_string_lossy().replace('\\', "/");
        let rel = p.strip_prefix(strip).unwrap_or(&p).to_string();
        out.push(SourceFile::new(rel, f.contents()));
    }
    for d in dir.dirs() {
        collect_embedded(d, strip, out);
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
}

/// Largest local calendar file (`--ics FILE`): the same cap as a downloaded feed.
pub const MAX_ICS_BYTES: u64 = 16 * 1024 * 1024;

pub use crate::text::{read_local_file, ReadFileError};

/// Why a source folder could not be listed; `Display` is one line naming it.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// The folder is missing or unreadable.
    #[error("{path}: {source}")]
    Io {
        /// The folder as shown.
        path: String,
        source: std::io::Error,
    },
    /// A file, not a folder.
    #[error("{0} is not a directory")]
    NotADirectory(String),
}

impl SourceError {
    /// The error of a folder that must be a readable directory, if it is not one.
    pub fn check_dir(root: &Path) -> Result<(), SourceError> {
        let meta =
            std::fs::metadata(root).map_err(|source| SourceError::Io { path: root.display().to_string(), source })?;
        if !meta.is_dir() {
            return Err(SourceError::NotADirectory(root.display().to_string()));
        }
        Ok(())
    }
}

/// Read every file below `root` whose name ends with one of `exts`
/// (e.g. `["md"]`), as paths relative to `root`. Hidden folders (`.git`) and
/// symlinks are skipped; unreadable or huge files become warnings.
pub fn read_tree(root: &Path, exts: &[&str]) -> Result<(Vec<SourceFile>, Vec<String>), SourceError> {
    SourceError::check_dir(root)?;
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let mut past_cap = 0usize;
    let mut stack = vec![(root.to_path_buf(), String::new(), 0usize)];
    while let Some((dir, rel, depth)) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) => {
                warnings.push(format!("{}: {e}; skipped", dir.display()));
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
                } else {
                    warnings.push(format!("{rel_path}: nested too deep; skipped"));
                }
                continue;
            }
            let ext_ok = name.rsplit_once('.').is_some_and(|(_, e)| exts.iter().any(|x| e.eq_ignore_ascii_case(x)));
            if !ext_ok {
                continue;
            }
            if !ft.is_file() {
                warnings.push(format!("{rel_path}: not a regular file (symlink, FIFO or device); skipped"));
                continue;
            }
            if files.len() >= MAX_FILES {
                past_cap += 1;
                continue;
            }
            match read_local_file(&entry.path(), MAX_FILE_BYTES) {
                Ok(bytes) => files.push(SourceFile::new(rel_path, bytes)),
                Err(e) => {
                    warnings.push(format!("{rel_path}: {}; skipped", e.reason()));
                }
            }
        }
    }
    if past_cap > 0 {
        warnings.push(format!("more than {MAX_FILES} files: {past_cap} were skipped"));
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_has_minutes_and_calendar() {
        let ws = Workspace::demo();
        assert!(ws.minutes.iter().any(|f| f.path.starts_with("community-call/")), "demo minutes");
        assert!(ws.calendar.iter().any(|f| f.path == "main.yml"), "demo calendar");
    }

    #[test]
    fn demo_board_parses() {
        let b = demo_board(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()).expect("demo board");
        assert!(b.cards.len() >= 10);
        assert_eq!(b.columns.first().map(String::as_str), Some("Backlog"));
        assert_eq!(b.status_of("standards", 1187), Some("In Progress"));
        assert_eq!(
            b.iteration_at(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()).map(|i| i.title.as_str()),
            Some("Jena")
        );
    }

    #[test]
    fn read_tree_reads_nested_and_skips_hidden() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("a/b")).unwrap();
        std::fs::create_dir_all(d.path().join(".git")).unwrap();
        std::fs::write(d.path().join("a/b/20230101.md"), b"# x").unwrap();
        std::fs::write(d.path().join("a/notes.txt"), b"x").unwrap();
        std::fs::write(d.path().join(".git/x.md"), b"x").unwrap();
        std::fs::write(d.path().join("a/bad\u{7}name.md"), [0xff, 0xfe]).unwrap();
        let (files, warnings) = read_tree(d.path(), &["md"]).unwrap();
        let paths: Vec<_> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, vec!["a/b/20230101.md", "a/bad\u{7}name.md"]);
        assert!(warnings.is_empty());
    }

    #[test]
    fn read_tree_missing_dir_is_error() {
        assert!(read_tree(Path::new("/nonexistent/scsdash"), &["md"]).is_err());
    }

    #[test]
    fn ago_words() {
        let now = Utc::now();
        assert_eq!(ago(now, now - chrono::Duration::minutes(3)), "3 min ago");
        assert_eq!(ago(now, now), "just now");
    }
}
