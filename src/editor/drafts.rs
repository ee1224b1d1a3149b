//! The draft store: one markdown file per draft plus a small JSON sidecar, written
//! atomically, guarded by OS file locks (`File::try_lock` on a lock file) so that two
//! `scsdash` sessions never overwrite each other, with crash recovery (a lock file
//! left behind that nobody holds: the kernel releases the lock when a process
//! dies, however it dies) and conflict detection (the file changed on disk since
//! it was loaded). No pid is trusted: a reused pid cannot keep a lock alive.
//!
//! Layout of the store directory:
//! - `<series>-<YYYYMMDD>.md`: the draft text (autosaved while editing),
//! - `<series>-<YYYYMMDD>.json`: `{series, date, created, updated}`,
//! - `<series>-<YYYYMMDD>.lock`: held with an OS lock while a session edits the draft;
//!   its content `{pid, host, nonce}` only names the holder in messages.

use std::collections::hash_map::{DefaultHasher, RandomState};
use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::hash::{BuildHasher, Hash, Hasher};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Longest accepted series name, in bytes.
const MAX_SERIES_LEN: usize = 100;

/// The default draft directory: `<platform data dir>/drafts`, if a home directory is known.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("community", "scs", "scsdash").map(|d| d.data_dir().join("drafts"))
}

/// Where text that could not be saved as a draft goes when scsdash must end anyway
/// (SIGTERM, or quitting after a failed save): `<platform state dir>/recovered`
/// (`$XDG_STATE_HOME/scsdash/recovered` on Linux; the local data dir elsewhere).
pub fn recovery_dir() -> Option<PathBuf> {
    let d = directories::ProjectDirs::from("community", "scs", "scsdash")?;
    Some(d.state_dir().unwrap_or_else(|| d.data_local_dir()).join("recovered"))
}

/// Write `text` of draft `id` to a new file in `dir` (atomically), named after the
/// draft and the time; returns its path.
pub fn write_recovery(dir: &Path, id: &str, text: &str) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let safe: String =
        id.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' }).collect();
    let stamp = Utc::now().format("%Y%m%dT%H%M%S");
    let mut path = dir.join(format!("{safe}-{stamp}.md"));
    let mut n = 1;
    while path.exists() {
        path = dir.join(format!("{safe}-{stamp}-{n}.md"));
        n += 1;
    }
    write_atomic(&path, text.as_bytes())?;
    Ok(path)
}

/// One draft as listed by the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DraftMeta {
    /// The draft id, `<series>-<YYYYMMDD>`.
    pub id: String,
    /// The meeting series (folder name in the minutes repo), e.g. `community-call`.
    pub series: String,
    /// The meeting date.
    pub date: NaiveDate,
    /// When the draft was created.
    pub created: DateTime<Utc>,
    /// When the draft was last saved.
    pub updated: DateTime<Utc>,
    /// True when a session editing this draft ended without closing it (crash, kill -9).
    pub recoverable: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Sidecar {
    series: String,
    date: NaiveDate,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
}

/// Why a draft operation failed; `Display` is one plain sentence.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    /// A file operation failed.
    #[error("Could not {action} {}: {source}", path.display())]
    Io {
        /// What was being done ("write", "read", ...).
        action: &'static str,
        /// The file concerned.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The id is not `<series>-<YYYYMMDD>` with a safe series name.
    #[error("'{0}' is not a valid draft name (expected <series>-<YYYYMMDD>, letters, digits, '-', '_' and '.')")]
    InvalidId(String),
    /// The series name could escape the directory or is otherwise unusable.
    #[error("'{0}' is not a usable series name (letters, digits, '-', '_' and '.', not starting with '.')")]
    InvalidSeries(String),
    /// No such draft.
    #[error("There is no draft named {0}.")]
    NotFound(String),
    /// A draft with this id already exists.
    #[error("A draft named {0} already exists.")]
    AlreadyExists(String),
    /// The file changed on disk since this session loaded it.
    #[error("The draft {id} was changed on disk (or deleted) by another session since you opened it; reload it, or save with force to overwrite.")]
    Conflict {
        /// The draft id.
        id: String,
    },
    /// Another live session holds the draft's lock.
    #[error("{0}")]
    Locked(#[from] LockError),
    /// No drafts directory was configured and the platform has no data directory.
    #[error("no data directory for drafts (set editor.drafts_dir)")]
    NoDataDir,
}

/// Why a draft could not be locked.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another live process (or a process on another host) is editing the draft.
    #[error("The draft is being edited by another scsdash session (process {pid} on {host}).")]
    HeldBy {
        /// Process id of the holder.
        pid: u32,
        /// Host name of the holder.
        host: String,
    },
    /// This very session (same store) has the draft open.
    #[error("The draft {0} is open in this session; close it first.")]
    HeldHere(String),
    /// The id is not a valid draft id.
    #[error("'{0}' is not a valid draft name.")]
    InvalidId(String),
    /// The lock file could not be written or read.
    #[error("Could not lock the draft ({}): {source}", path.display())]
    Io {
        /// The lock file.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
}

/// How often, and how long apart, `lock` tries again when the lock is held but its recorded
/// holder has exited (see `holder_exited`): at most a second, on the drafts worker thread.
const RELEASE_WAITS: usize = 20;
const RELEASE_PAUSE: std::time::Duration = std::time::Duration::from_millis(50);

/// Content of a lock file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct LockRecord {
    /// Process id of the holder.
    pub pid: u32,
    /// Host name of the holder.
    #[serde(default)]
    pub host: String,
    /// Random per-session value that tells two sessions of one process apart.
    #[serde(default)]
    pub nonce: String,
    /// Start time of the process (Linux `/proc/<pid>/stat` field 22), guards against pid reuse.
    #[serde(default)]
    pub start_time: Option<u64>,
}

impl LockRecord {
    /// Parse a lock file: the JSON written by [`DraftStore::lock`], or a bare pid.
    pub fn parse(text: &str) -> Option<LockRecord> {
        if let Ok(r) = serde_json::from_str::<LockRecord>(text) {
            return Some(r);
        }
        let pid: u32 = text.split_whitespace().next()?.parse().ok()?;
        Some(LockRecord { pid, host: String::new(), nonce: String::new(), start_time: None })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fingerprint {
    len: u64,
    hash: u64,
}

fn fingerprint(bytes: &[u8]) -> Fingerprint {
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    Fingerprint { len: bytes.len() as u64, hash: h.finish() }
}

/// The draft store in one directory.
#[derive(Debug)]
pub struct DraftStore {
    dir: PathBuf,
    nonce: String,
    host: String,
    seen: HashMap<String, Fingerprint>,
}

/// A held draft lock: an open lock file with an OS lock on it. Dropping it
/// removes the file, then closes it (which releases the lock).
#[derive(Debug)]
pub struct DraftLock {
    id: String,
    path: PathBuf,
    file: Option<File>,
    recovered_from: Option<u32>,
}

impl DraftLock {
    /// The locked draft's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// True when the lock was taken over from a session that died (crash, kill -9).
    pub fn recovered(&self) -> bool {
        self.recovered_from.is_some()
    }

    /// A sentence for the user when the draft was recovered after a crash.
    pub fn recovery_note(&self) -> Option<String> {
        self.recovered_from
            .map(|pid| format!("Draft {} recovered after a crash (session {} ended without closing it).", self.id, pid))
    }

    /// Release the lock now (same as dropping it).
    pub fn release(self) {}
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        // Still holding the OS lock: nobody else can have taken the file over.
        if let Some(f) = self.file.take() {
            if same_file(&f, &self.path) {
                let _ = fs::remove_file(&self.path);
            }
            drop(f);
        }
    }
}

/// Whether the open file `f` is (still) the file at `path` (not unlinked or replaced).
fn same_file(f: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (f.metadata(), fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = f;
        path.exists()
    }
}

/// The state of a draft's lock file.
enum LockState {
    /// No lock file.
    Free,
    /// Another open file (another session, or this process) holds the OS lock.
    Held(Option<LockRecord>),
    /// A lock file nobody holds: a session ended without closing the draft.
    Stale(Option<LockRecord>),
}

/// Read a file as text, replacing invalid UTF-8.
fn read_lossy(path: impl AsRef<Path>) -> io::Result<String> {
    fs::read(path).map(|b| String::from_utf8_lossy(&b).into_owned())
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn new_nonce() -> String {
    let mut h = RandomState::new().build_hasher();
    std::process::id().hash(&mut h);
    COUNTER.fetch_add(1, Ordering::Relaxed).hash(&mut h);
    if let Ok(d) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        d.as_nanos().hash(&mut h);
    }
    format!("{:016x}", h.finish())
}

fn hostname() -> String {
    for p in ["/proc/sys/kernel/hostname", "/etc/hostname"] {
        if let Ok(s) = fs::read_to_string(p) {
            let s = s.trim();
            if !s.is_empty() {
                return s.to_string();
            }
        }
    }
    std::env::var("HOSTNAME").unwrap_or_else(|_| "localhost".to_string())
}

/// Whether `series` is a safe single path component: ASCII letters, digits, `-`, `_`, `.`,
/// not starting with `.`, not empty, at most 100 bytes.
pub fn valid_series(series: &str) -> bool {
    !series.is_empty()
        && series.len() <= MAX_SERIES_LEN
        && !series.starts_with('.')
        && series.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// The draft id for a series and date: `<series>-<YYYYMMDD>`.
pub fn draft_id(series: &str, date: NaiveDate) -> Result<String, DraftError> {
    if !valid_series(series) {
        return Err(DraftError::InvalidSeries(series.to_string()));
    }
    Ok(format!("{series}-{}", date.format("%Y%m%d")))
}

/// Split a draft id into series and date.
pub fn parse_id(id: &str) -> Option<(String, NaiveDate)> {
    let (series, date) = id.rsplit_once('-')?;
    if date.len() != 8 || !date.bytes().all(|b| b.is_ascii_digit()) || !valid_series(series) {
        return None;
    }
    let date = NaiveDate::parse_from_str(date, "%Y%m%d").ok()?;
    Some((series.to_string(), date))
}

/// Write `bytes` to `path` atomically (the project's one atomic write).
pub use crate::sources::atomic::write_atomic;

fn sync_dir(dir: &Path) {
    // Best effort: not every platform lets a directory be opened and synced.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

fn io_err(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> DraftError {
    let path = path.to_path_buf();
    move |source| DraftError::Io { action, path, source }
}

impl DraftStore {
    /// Open (and create if needed) the store in `dir`.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, DraftError> {
        let dir = dir.into();
        fs::create_dir_all(&dir).map_err(io_err("create", &dir))?;
        Ok(DraftStore { dir, nonce: new_nonce(), host: hostname(), seen: HashMap::new() })
    }

    /// Open the store in [`default_dir`]; `None` when no home directory is known.
    pub fn open_default() -> Option<Result<Self, DraftError>> {
        default_dir().map(Self::open)
    }

    /// The store directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Path of a draft's markdown file (the id is not checked).
    pub fn text_path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.md"))
    }

    fn sidecar_path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    fn lock_path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.lock"))
    }

    fn check_id(id: &str) -> Result<(String, NaiveDate), DraftError> {
        parse_id(id).ok_or_else(|| DraftError::InvalidId(id.to_string()))
    }

    /// Whether a draft with this id exists.
    pub fn exists(&self, id: &str) -> bool {
        parse_id(id).is_some() && self.text_path(id).is_file()
    }

    /// Create a new draft with `text`; fails with `AlreadyExists` if there is one.
    pub fn create(&mut self, series: &str, date: NaiveDate, text: &str) -> Result<DraftMeta, DraftError> {
        let id = draft_id(series, date)?;
        if self.text_path(&id).exists() {
            return Err(DraftError::AlreadyExists(id));
        }
        self.write_draft(&id, text, None)
    }

    /// All drafts, newest first.
    pub fn list(&self) -> Result<Vec<DraftMeta>, DraftError> {
        let rd = fs::read_dir(&self.dir).map_err(io_err("list", &self.dir))?;
        let mut out = Vec::new();
        for entry in rd.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if name.starts_with('.') {
                continue;
            }
            let Some(id) = name.strip_suffix(".md") else {
                continue;
            };
            if parse_id(id).is_none() {
                continue;
            }
            if let Ok(m) = self.meta(id) {
                out.push(m);
            }
        }
        out.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        Ok(out)
    }

    /// The metadata of one draft.
    pub fn meta(&self, id: &str) -> Result<DraftMeta, DraftError> {
        let (series, date) = Self::check_id(id)?;
        let text_path = self.text_path(id);
        let md = fs::metadata(&text_path).map_err(|e| {
            if e.kind() == io::ErrorKind::NotFound {
                DraftError::NotFound(id.to_string())
            } else {
                io_err("read", &text_path)(e)
            }
        })?;
        let mtime: DateTime<Utc> = md.modified().map(DateTime::from).unwrap_or_else(|_| Utc::now());
        let side =
            fs::read_to_string(self.sidecar_path(id)).ok().and_then(|s| serde_json::from_str::<Sidecar>(&s).ok());
        let (created, updated) = match side {
            Some(s) => (s.created, s.updated.max(mtime)),
            None => (mtime, mtime),
        };
        Ok(DraftMeta { id: id.to_string(), series, date, created, updated, recoverable: self.stale_lock(id).is_some() })
    }

    /// Load a draft's text (invalid UTF-8 is replaced) and remember its state on disk
    /// for conflict detection.
    pub fn load(&mut self, id: &str) -> Result<String, DraftError> {
        Self::check_id(id)?;
        let path = self.text_path(id);
        let bytes = fs::read(&path).map_err(|e| {
            if e.kind() == io::ErrorKind::NotFound {
                DraftError::NotFound(id.to_string())
            } else {
                io_err("read", &path)(e)
            }
        })?;
        self.seen.insert(id.to_string(), fingerprint(&bytes));
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// Save a draft atomically; refuses with `Conflict` if the file changed on disk since
    /// this store loaded or saved it (or appeared although this store never saw it).
    pub fn save(&mut self, id: &str, text: &str) -> Result<DraftMeta, DraftError> {
        Self::check_id(id)?;
        let path = self.text_path(id);
        let on_disk = match fs::read(&path) {
            Ok(b) => Some(fingerprint(&b)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(io_err("read", &path)(e)),
        };
        let expected = self.seen.get(id).copied();
        if on_disk != expected {
            // Identical content is no conflict (e.g. both sessions saved the same text).
            if on_disk != Some(fingerprint(text.as_bytes())) {
                return Err(DraftError::Conflict { id: id.to_string() });
            }
        }
        self.write_draft(id, text, None)
    }

    /// Save a draft atomically, overwriting whatever is on disk.
    pub fn save_forced(&mut self, id: &str, text: &str) -> Result<DraftMeta, DraftError> {
        Self::check_id(id)?;
        self.write_draft(id, text, None)
    }

    fn write_draft(&mut self, id: &str, text: &str, created: Option<DateTime<Utc>>) -> Result<DraftMeta, DraftError> {
        let (series, date) = Self::check_id(id)?;
        let now = Utc::now();
        let old = fs::read_to_string(self.sidecar_path(id)).ok().and_then(|s| serde_json::from_str::<Sidecar>(&s).ok());
        let created = created.or(old.map(|o| o.created)).unwrap_or(now);
        let path = self.text_path(id);
        write_atomic(&path, text.as_bytes()).map_err(io_err("write", &path))?;
        self.seen.insert(id.to_string(), fingerprint(text.as_bytes()));
        let side = Sidecar { series: series.clone(), date, created, updated: now };
        let side_path = self.sidecar_path(id);
        let json = serde_json::to_vec_pretty(&side).unwrap_or_default();
        write_atomic(&side_path, &json).map_err(io_err("write", &side_path))?;
        Ok(DraftMeta { id: id.to_string(), series, date, created, updated: now, recoverable: false })
    }

    /// Refuse to touch a draft that a live session holds; clear a stale lock.
    fn ensure_unlocked(&self, id: &str) -> Result<(), DraftError> {
        let lp = self.lock_path(id);
        let Ok(f) = OpenOptions::new().read(true).write(true).open(&lp) else {
            return Ok(());
        };
        match f.try_lock() {
            Ok(()) => {
                if same_file(&f, &lp) {
                    let _ = fs::remove_file(&lp);
                }
                Ok(())
            }
            Err(fs::TryLockError::WouldBlock) => {
                let rec = read_lossy(&lp).ok().and_then(|t| LockRecord::parse(&t));
                Err(DraftError::Locked(self.held_error(id, rec)))
            }
            Err(fs::TryLockError::Error(e)) => Err(DraftError::Locked(LockError::Io { path: lp, source: e })),
        }
    }

    fn held_error(&self, id: &str, rec: Option<LockRecord>) -> LockError {
        match rec {
            Some(r) if self.is_ours(&r) => LockError::HeldHere(id.to_string()),
            Some(r) => LockError::HeldBy { pid: r.pid, host: r.host },
            None => LockError::HeldBy { pid: 0, host: String::new() },
        }
    }

    /// Rename a draft to a new series and date; refuses while a session holds it.
    pub fn rename(&mut self, id: &str, new_series: &str, new_date: NaiveDate) -> Result<DraftMeta, DraftError> {
        Self::check_id(id)?;
        let new_id = draft_id(new_series, new_date)?;
        if new_id == id {
            return self.meta(id);
        }
        if !self.text_path(id).is_file() {
            return Err(DraftError::NotFound(id.to_string()));
        }
        if self.text_path(&new_id).exists() {
            return Err(DraftError::AlreadyExists(new_id));
        }
        self.ensure_unlocked(id)?;
        self.ensure_unlocked(&new_id)?;
        let created = fs::read_to_string(self.sidecar_path(id))
            .ok()
            .and_then(|s| serde_json::from_str::<Sidecar>(&s).ok())
            .map(|s| s.created);
        let from = self.text_path(id);
        let to = self.text_path(&new_id);
        // Link first so the text exists under one of the names at every moment.
        if fs::hard_link(&from, &to).is_err() {
            fs::copy(&from, &to).map_err(io_err("copy", &from))?;
            if let Ok(f) = File::open(&to) {
                let _ = f.sync_all();
            }
        }
        let text = fs::read(&to).map_err(io_err("read", &to))?;
        self.seen.insert(new_id.clone(), fingerprint(&text));
        let meta = self.write_draft(&new_id, &String::from_utf8_lossy(&text), created)?;
        let _ = fs::remove_file(&from);
        let _ = fs::remove_file(self.sidecar_path(id));
        self.seen.remove(id);
        sync_dir(&self.dir);
        Ok(meta)
    }

    /// Delete a draft (text, sidecar and a stale lock); refuses while a session holds it.
    pub fn delete(&mut self, id: &str) -> Result<(), DraftError> {
        Self::check_id(id)?;
        let path = self.text_path(id);
        if !path.exists() {
            return Err(DraftError::NotFound(id.to_string()));
        }
        self.ensure_unlocked(id)?;
        fs::remove_file(&path).map_err(io_err("delete", &path))?;
        let _ = fs::remove_file(self.sidecar_path(id));
        self.seen.remove(id);
        sync_dir(&self.dir);
        Ok(())
    }

    /// Write a copy of the draft's text to `path` (atomically).
    pub fn export(&self, id: &str, path: &Path) -> Result<(), DraftError> {
        Self::check_id(id)?;
        let src = self.text_path(id);
        let bytes = fs::read(&src).map_err(|e| {
            if e.kind() == io::ErrorKind::NotFound {
                DraftError::NotFound(id.to_string())
            } else {
                io_err("read", &src)(e)
            }
        })?;
        write_atomic(path, &bytes).map_err(io_err("write", path))
    }

    fn is_ours(&self, rec: &LockRecord) -> bool {
        rec.pid == std::process::id() && rec.nonce == self.nonce
    }

    /// Probe a draft's lock file without keeping it: held, stale or absent.
    fn lock_state(&self, id: &str) -> LockState {
        let lp = self.lock_path(id);
        let Ok(f) = OpenOptions::new().read(true).open(&lp) else {
            return LockState::Free;
        };
        let rec = read_lossy(&lp).ok().and_then(|t| LockRecord::parse(&t));
        match f.try_lock() {
            Ok(()) => LockState::Stale(rec),
            Err(fs::TryLockError::WouldBlock) => LockState::Held(rec),
            Err(fs::TryLockError::Error(_)) => LockState::Held(rec),
        }
    }

    /// The lock record of a draft whose holder is gone (a crashed session), if any.
    fn stale_lock(&self, id: &str) -> Option<LockRecord> {
        match self.lock_state(id) {
            LockState::Stale(rec) => {
                Some(rec.unwrap_or(LockRecord { pid: 0, host: String::new(), nonce: String::new(), start_time: None }))
            }
            _ => None,
        }
    }

    /// The holder of a draft's lock, if another session (or this one) is editing it.
    pub fn lock_holder(&self, id: &str) -> Option<LockRecord> {
        match self.lock_state(id) {
            LockState::Held(rec) => {
                Some(rec.unwrap_or(LockRecord { pid: 0, host: String::new(), nonce: String::new(), start_time: None }))
            }
            _ => None,
        }
    }

    /// Lock a draft for editing: an OS lock on `<id>.lock`. A lock file that
    /// nobody holds (left by a session that died) is taken over and the
    /// returned lock reports it as recovered; a holder gives `HeldBy` (or
    /// `HeldHere` for this very store).
    pub fn lock(&self, id: &str) -> Result<DraftLock, LockError> {
        if parse_id(id).is_none() {
            return Err(LockError::InvalidId(id.to_string()));
        }
        let path = self.lock_path(id);
        let record = LockRecord {
            pid: std::process::id(),
            host: self.host.clone(),
            nonce: self.nonce.clone(),
            start_time: None,
        };
        let content = serde_json::to_vec(&record).unwrap_or_default();
        let lock_io = |source| LockError::Io { path: path.clone(), source };
        let mut waits = 0;
        for _ in 0..4 + RELEASE_WAITS {
            let mut f =
                OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&path).map_err(lock_io)?;
            match f.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => {
                    let rec = read_lossy(&path).ok().and_then(|t| LockRecord::parse(&t));
                    if waits < RELEASE_WAITS && rec.as_ref().is_some_and(|r| self.holder_exited(r)) {
                        waits += 1;
                        std::thread::sleep(RELEASE_PAUSE);
                        continue;
                    }
                    return Err(self.held_error(id, rec));
                }
                Err(fs::TryLockError::Error(e)) => return Err(lock_io(e)),
            }
            // The file may have been removed (its holder closed the draft)
            // between our open and our lock: then lock the new one.
            if !same_file(&f, &path) {
                continue;
            }
            let mut old = Vec::new();
            io::Read::read_to_end(&mut f, &mut old).map_err(lock_io)?;
            let recovered_from = if old.is_empty() {
                None
            } else {
                Some(LockRecord::parse(&String::from_utf8_lossy(&old)).map_or(0, |r| r.pid))
            };
            f.set_len(0).map_err(lock_io)?;
            io::Seek::seek(&mut f, io::SeekFrom::Start(0)).map_err(lock_io)?;
            f.write_all(&content).and_then(|_| f.sync_all()).map_err(lock_io)?;
            sync_dir(&self.dir);
            return Ok(DraftLock { id: id.to_string(), path, file: Some(f), recovered_from });
        }
        Err(LockError::HeldBy { pid: 0, host: String::new() })
    }

    /// Whether the process a lock record names, on this host, no longer exists. Its lock is
    /// then being released: the kernel closes a killed process's files as it exits, and a
    /// process forked from ours (spawning an editor or `gh`) holds a copy of a descriptor we
    /// had open until it execs. Only Linux answers (`/proc/<pid>`); elsewhere: no.
    fn holder_exited(&self, rec: &LockRecord) -> bool {
        if rec.pid == 0 || rec.host != self.host || !Path::new("/proc/self").exists() {
            return false;
        }
        !Path::new("/proc").join(rec.pid.to_string()).exists()
    }

    /// Drafts whose lock was left behind by a dead session: offer to recover them.
    pub fn recoverable(&self) -> Vec<DraftMeta> {
        let Ok(rd) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for entry in rd.flatten() {
            let name = entry.file_name();
            let Some(id) = name.to_str().and_then(|n| n.strip_suffix(".lock")) else {
                continue;
            };
            if id.starts_with('.') || parse_id(id).is_none() {
                continue;
            }
            if self.stale_lock(id).is_none() {
                continue;
            }
            if let Ok(m) = self.meta(id) {
                out.push(m);
            }
        }
        out.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        out
    }
}
