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

/// A regular file found by [`walk`].
#[derive(Debug)]
pub struct Found {
    /// Path relative to the root, `/`-separated (a symlink's own path).
    pub rel: String,
    /// Where to read it (a symlink is followed).
    pub path: PathBuf,
    /// Its size in bytes (of the link's target).
    pub size: u64,
    /// Its modification time, nanoseconds since the Unix epoch (0 when unknown).
    pub mtime_ns: i64,
    /// How many of the walk's warnings came before it was found: a problem met
    /// later with this file goes there (see [`merge_warnings`]), so warnings
    /// keep the order of the walk.
    pub warnings_before: usize,
}

/// The walk's warnings with `later` (a found file's position and its problem)
/// put where the file was found.
pub fn merge_warnings(walk: Vec<String>, mut later: Vec<(usize, String)>) -> Vec<String> {
    later.sort_by_key(|(pos, _)| *pos);
    let mut out = Vec::with_capacity(walk.len() + later.len());
    let mut later = later.into_iter().peekable();
    for (i, w) in walk.into_iter().enumerate() {
        while let Some((_, l)) = later.next_if(|(pos, _)| *pos <= i) {
            out.push(l);
        }
        out.push(w);
    }
    out.extend(later.map(|(_, l)| l));
    out
}

/// Every regular file below `root` whose name ends with one of `exts`, sorted
/// by path, plus warnings: the one walker of local folders (the minutes and
/// calendar readers, the index's listing). Hidden entries are skipped, at most
/// eight levels deep and [`MAX_FILES`] files. A symlinked file inside the
/// folder is followed (listed under the link's path); a symlinked folder inside
/// it is not (it is walked under its own path); a symlink out of the folder is
/// refused, FIFOs and devices are skipped, each with a warning.
///
/// The folders below the root are read in parallel (a stat per file is
/// most of the time of a large history); the result is the one of a
/// depth-first walk that visits a folder's subfolders in reverse order of
/// listing, as one would in a single thread.
pub fn walk(root: &Path, exts: &[&str]) -> Result<(Vec<Found>, Vec<String>), SourceError> {
    SourceError::check_dir(root)?;
    let canon_root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let w = Walker { canon_root: &canon_root, exts };
    let mut all = w.dir(root.to_path_buf(), String::new(), 0);
    let mut warnings = std::mem::take(&mut all.warnings);
    let past_cap = all.files.len().saturating_sub(MAX_FILES);
    all.files.truncate(MAX_FILES);
    if past_cap > 0 {
        warnings.push(format!("more than {MAX_FILES} files: {past_cap} were skipped"));
    }
    all.files.sort_unstable_by(|a, b| a.rel.cmp(&b.rel));
    Ok((all.files, warnings))
}

/// Modification time in nanoseconds since the epoch (0 when unavailable).
pub fn mtime_ns(m: &std::fs::Metadata) -> i64 {
    m.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// What [`walk`] found below one folder, in walk order.
#[derive(Default)]
struct Walked {
    files: Vec<Found>,
    warnings: Vec<String>,
}

impl Walked {
    /// Append what was found below a later folder.
    fn append(&mut self, mut later: Walked) {
        let shift = self.warnings.len();
        for f in &mut later.files {
            f.warnings_before += shift;
        }
        self.files.append(&mut later.files);
        self.warnings.append(&mut later.warnings);
    }
}

/// One entry of a folder's listing, before its stat.
enum Listed {
    /// A warning at this place of the listing.
    Warning(String),
    /// A folder, known from the listing.
    Dir(PathBuf, String),
    /// A candidate file (or a symlink, or an entry of unknown type) to stat.
    Stat { entry: std::fs::DirEntry, link: bool, rel: String, path: PathBuf, ext_ok: bool },
}

struct Walker<'a> {
    canon_root: &'a Path,
    exts: &'a [&'a str],
}

impl Walker<'_> {
    /// The files and warnings of `dir` and below, its subfolders in parallel.
    fn dir(&self, dir: PathBuf, rel: String, depth: usize) -> Walked {
        use rayon::prelude::*;
        let mut out = Walked::default();
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) => {
                out.warnings.push(format!("{}: {e}; skipped", dir.display()));
                return out;
            }
        };
        let mut subdirs = Vec::new();
        // First the listing, without a stat: what each entry is, as far as its
        // type in the listing tells.
        let mut listed: Vec<Listed> = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let Ok(ft) = entry.file_type() else { continue };
            let rel_path = if rel.is_empty() { name.clone() } else { format!("{rel}/{name}") };
            let ext_ok =
                name.rsplit_once('.').is_some_and(|(_, e)| self.exts.iter().any(|x| e.eq_ignore_ascii_case(x)));
            let mut path = entry.path();
            if ft.is_symlink() {
                match std::fs::canonicalize(&path) {
                    Ok(t) if t.starts_with(self.canon_root) => path = t,
                    Ok(_) => {
                        listed.push(Listed::Warning(format!("{rel_path}: a symlink out of the folder; refused")));
                        continue;
                    }
                    Err(_) => {
                        if ext_ok {
                            listed.push(Listed::Warning(format!("{rel_path}: a broken symlink; skipped")));
                        }
                        continue;
                    }
                }
            } else if ft.is_dir() {
                // Known from the listing: no stat needed.
                listed.push(Listed::Dir(path, rel_path));
                continue;
            } else if !ext_ok {
                continue; // not a candidate: no stat needed
            }
            listed.push(Listed::Stat { entry, link: ft.is_symlink(), rel: rel_path, path, ext_ok });
        }
        // Then a stat of each candidate, in parallel within the folder too: a
        // large history is a few folders of thousands of files, and the stats
        // are most of a warm start's time.
        let metas: Vec<Option<std::io::Result<std::fs::Metadata>>> = listed
            .par_iter()
            .with_min_len(256)
            .map(|l| match l {
                Listed::Stat { link: true, path, .. } => Some(std::fs::metadata(path)),
                Listed::Stat { entry, .. } => Some(entry.metadata()),
                _ => None,
            })
            .collect();
        // And what they are, in the order of the listing (warnings included).
        for (l, meta) in listed.into_iter().zip(metas) {
            let (link, rel_path, path, ext_ok) = match l {
                Listed::Warning(w) => {
                    out.warnings.push(w);
                    continue;
                }
                Listed::Dir(path, rel_path) => {
                    self.push_dir(&mut out, &mut subdirs, path, rel_path, depth);
                    continue;
                }
                Listed::Stat { link, rel, path, ext_ok, .. } => (link, rel, path, ext_ok),
            };
            let Some(Ok(meta)) = meta else {
                out.warnings.push(format!("{rel_path}: cannot read its metadata; skipped"));
                continue;
            };
            if meta.is_dir() {
                // A folder linked from inside the folder is walked under its own
                // path already: following the link would list it twice (or loop).
                if !link {
                    self.push_dir(&mut out, &mut subdirs, path, rel_path, depth);
                }
                continue;
            }
            if !ext_ok {
                continue;
            }
            if !meta.is_file() {
                out.warnings.push(format!("{rel_path}: not a regular file (FIFO or device); skipped"));
                continue;
            }
            let warnings_before = out.warnings.len();
            out.files.push(Found { rel: rel_path, path, size: meta.len(), mtime_ns: mtime_ns(&meta), warnings_before });
        }
        // Subfolders in reverse order of listing, each one's whole tree before the next.
        subdirs.reverse();
        let below: Vec<Walked> = subdirs.into_par_iter().map(|(p, r)| self.dir(p, r, depth + 1)).collect();
        for b in below {
            out.append(b);
        }
        out
    }

    fn push_dir(
        &self,
        out: &mut Walked,
        subdirs: &mut Vec<(PathBuf, String)>,
        path: PathBuf,
        rel: String,
        depth: usize,
    ) {
        if depth >= 8 {
            out.warnings.push(format!("{rel}: nested too deep; skipped"));
        } else {
            subdirs.push((path, rel));
        }
    }
}

/// Read every file below `root` whose name ends with one of `exts`
/// (e.g. `["md"]`), as paths relative to `root`, found by [`walk`];
/// unreadable or huge files become warnings.
pub fn read_tree(root: &Path, exts: &[&str]) -> Result<(Vec<SourceFile>, Vec<String>), SourceError> {
    let (found, warnings) = walk(root, exts)?;
    let mut files = Vec::with_capacity(found.len());
    let mut later = Vec::new();
    for f in found {
        match read_local_file(&f.path, MAX_FILE_BYTES) {
            Ok(bytes) => files.push(SourceFile::new(f.rel, bytes)),
            Err(e) => later.push((f.warnings_before, format!("{}: {}; skipped", f.rel, e.reason()))),
        }
    }
    Ok((files, merge_warnings(warnings, later)))
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
