//! The persisted, content-addressed index of the parsed minutes (issue #14):
//! a start reads it instead of parsing the whole history again.
//!
//! One file per minutes source (a local folder, or a repository in the GitHub
//! cache) in `<cache dir>/index/`:
//!
//! ```text
//! header (64 bytes): magic "SCSDIDX\0", format version (u32), engine
//!                    fingerprint (u64), meta length, main length, search
//!                    length (u64 each), checksum of meta + main, checksum of
//!                    search (u64 each), reserved (zero)
//! meta   (postcard): source key, write time, one entry per minutes file
//!                    {path, git blob SHA, size, mtime, ranges}, the
//!                    cross-meeting key and its range
//! main:              per file the postcard of its `Meeting` (as the engine
//!                    produced it, text left out) and its completion words;
//!                    once the cross-meeting results (`Minutes` without meetings)
//! search:            per file its search lines (`search::DocLines`), read
//!                    only when a search needs them (or in the background)
//! ```
//!
//! Per-file results are reused when a file's path and content hash are
//! unchanged; the cross-meeting results when the set of (path, hash) pairs is.
//! The hash is the git blob SHA: taken from the GitHub cache's manifest, and
//! computed for local folders, where a (size, mtime) match with the previous
//! index skips reading the file at all. An index that is truncated, corrupt,
//! from another format version or from a binary with another engine
//! fingerprint (see `build.rs`) is discarded and rebuilt; nothing read from
//! it is trusted before its checksum matched, and decoding never panics.
//! Writes are atomic (temp file, fsync, rename), so two processes writing at
//! once leave one complete index.

pub mod local;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::minutes;
use crate::model::meeting::{ActionStatus, Meeting, Minutes, TrackedAction};
use crate::model::SourceFile;
use crate::search::{self, DocLines, DocMeta, IndexBuilder, TextLoader};
use crate::sources::cache::{check_rel_path, git_blob_sha1, write_atomic, Cache};
use crate::sources::github::RepoSpec;

/// Bump when the layout of the index file or of what it stores changes.
pub const FORMAT_VERSION: u32 = 1;
const MAGIC: &[u8; 8] = b"SCSDIDX\0";
const HEADER_LEN: usize = 64;
/// Stat entries this close to (or after) the index's write time are re-hashed:
/// a file changed in the same clock tick as the write would otherwise look unchanged.
const RACY_NS: i64 = 2_000_000_000;

/// Fingerprint of the engine code that produced the stored results (from `build.rs`).
pub fn engine_fingerprint() -> u64 {
    u64::from_str_radix(env!("SCSDASH_ENGINE_FINGERPRINT"), 16).unwrap_or(0)
}

/// Why the index could not be built or read; `Display` is one line.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// A minutes file could not be read.
    #[error("{path}: {source}")]
    Read {
        /// Relative path of the file.
        path: String,
        source: std::io::Error,
    },
    /// The cache lacks a file's blob.
    #[error("cache: blob for {0} is missing")]
    BlobMissing(String),
    /// A cached blob does not match its SHA.
    #[error("cache: blob for {0} is corrupt")]
    BlobCorrupt(String),
    /// The minutes folder could not be listed.
    #[error("minutes: {0}")]
    List(#[from] crate::sources::SourceError),
    /// Nothing of the minutes repository is in the cache.
    #[error("minutes: no cached snapshot")]
    NoSnapshot,
    /// A meeting's record in the index does not decode.
    #[error("index: {path}: {source}")]
    Record {
        /// The meeting's path.
        path: String,
        source: postcard::Error,
    },
    /// The cross-meeting record does not decode.
    #[error("index: {0}")]
    Cross(postcard::Error),
}

/// Where the minutes files come from.
#[derive(Debug, Clone)]
pub enum Source {
    /// A local folder (a clone of the minutes repository).
    Local(PathBuf),
    /// A repository in the GitHub cache.
    Cache(Cache, RepoSpec),
}

impl Source {
    /// A stable identity, stored in the index and used for its file name.
    pub fn key(&self) -> String {
        match self {
            Source::Local(root) => {
                let abs = std::fs::canonicalize(root).unwrap_or_else(|_| root.clone());
                format!("local:{}", abs.display())
            }
            Source::Cache(_, repo) => format!("cache:{}", crate::sources::cache::repo_key(repo)),
        }
    }

    /// The index file of this source below `cache_dir`.
    pub fn index_path(&self, cache_dir: &Path) -> PathBuf {
        let key = self.key();
        let h = sha1_smol::Sha1::from(key.as_bytes()).digest().to_string();
        let kind = match self {
            Source::Local(_) => "local",
            Source::Cache(..) => "cache",
        };
        cache_dir.join("index").join(format!("{kind}-{}.idx", &h[..16]))
    }

    /// Reads one file's bytes (a cache blob is checked against its SHA).
    fn read(&self, path: &str, sha: &str) -> Result<Vec<u8>, IndexError> {
        match self {
            Source::Local(root) => {
                std::fs::read(root.join(path)).map_err(|source| IndexError::Read { path: path.to_string(), source })
            }
            Source::Cache(cache, repo) => {
                let bytes = cache.read_blob(repo, sha).ok_or_else(|| IndexError::BlobMissing(path.to_string()))?;
                if sha.len() == 40 && git_blob_sha1(&bytes) != sha {
                    return Err(IndexError::BlobCorrupt(path.to_string()));
                }
                Ok(bytes)
            }
        }
    }

    /// A loader of meeting texts by path for the reader and search hits.
    pub fn loader(&self, idx: &IndexData) -> TextLoader {
        let shas: HashMap<String, String> = idx.meta.entries.iter().map(|e| (e.path.clone(), e.sha.clone())).collect();
        let src = self.clone();
        Arc::new(move |path: &str| {
            let sha = shas.get(path)?;
            let bytes = src.read(path, sha).ok()?;
            Some(minutes::decode(&bytes).0)
        })
    }
}

/// One minutes file in the index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Path relative to the minutes root.
    pub path: String,
    /// Git blob SHA of the file's bytes.
    pub sha: String,
    /// Size and mtime when it was hashed (local folders; 0 for the cache).
    pub size: u64,
    pub mtime_ns: i64,
    /// Ranges: the meeting and the words in `main`, the lines in `search`.
    meeting: (u64, u64),
    words: (u64, u64),
    lines: (u64, u64),
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Meta {
    source: String,
    written_at_ns: i64,
    entries: Vec<Entry>,
    cross_key: String,
    cross: (u64, u64),
}

/// The cross-meeting results.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Cross {
    /// `Minutes` as the engine produced it, with `meetings` left empty.
    minutes: Minutes,
    /// Completion words over all files, deduplicated.
    words: Vec<String>,
}

/// The search part: in memory, or still in the file (read on first use).
#[derive(Debug, Clone)]
enum SearchPart {
    Memory(Arc<Vec<u8>>),
    File { file: Arc<std::fs::File>, path: PathBuf, offset: u64, len: u64, sum: u64 },
}

impl Default for SearchPart {
    fn default() -> Self {
        SearchPart::Memory(Arc::new(Vec::new()))
    }
}

impl SearchPart {
    /// The bytes, checked against the header's checksum when read from the file.
    fn bytes(&self) -> Result<Arc<Vec<u8>>, Rejected> {
        match self {
            SearchPart::Memory(b) => Ok(b.clone()),
            SearchPart::File { file, offset, len, sum, .. } => {
                use std::os::unix::fs::FileExt;
                let n = usize::try_from(*len).map_err(|_| Rejected::Truncated)?;
                let mut buf = vec![0u8; n];
                file.read_exact_at(&mut buf, *offset).map_err(|_| Rejected::Truncated)?;
                if checksum(&[&buf]) != *sum {
                    return Err(Rejected::Checksum);
                }
                Ok(Arc::new(buf))
            }
        }
    }

    /// Remove the file this part was read from (when it is still that file),
    /// so that the next start rebuilds the index.
    fn discard_file(&self) {
        use std::os::unix::fs::MetadataExt;
        if let SearchPart::File { file, path, .. } = self {
            let same = match (file.metadata(), std::fs::metadata(path)) {
                (Ok(a), Ok(b)) => a.ino() == b.ino() && a.dev() == b.dev(),
                _ => false,
            };
            if same {
                let _ = std::fs::remove_file(path);
            }
        }
    }

    fn len(&self) -> u64 {
        match self {
            SearchPart::Memory(b) => b.len() as u64,
            SearchPart::File { len, .. } => *len,
        }
    }
}

/// An index in memory: the entries, the main part their ranges point into,
/// and the search part (possibly still on disk).
#[derive(Debug, Clone, Default)]
pub struct IndexData {
    meta: Meta,
    main: Vec<u8>,
    search: SearchPart,
    /// The cross-meeting record is still being computed ([`refresh_deferred`]):
    /// such an index is loaded from its [`Fresh`] results but never written.
    cross_pending: bool,
}

/// Why an index file was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejected {
    Missing,
    Unreadable(String),
    Truncated,
    BadMagic,
    OtherVersion(u32),
    OtherEngine,
    Checksum,
    Decode(String),
    OtherSource,
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rejected::Missing => write!(f, "no index yet"),
            Rejected::Unreadable(e) => write!(f, "unreadable: {e}"),
            Rejected::Truncated => write!(f, "truncated"),
            Rejected::BadMagic => write!(f, "not an index file"),
            Rejected::OtherVersion(v) => write!(f, "format version {v}, this binary writes {FORMAT_VERSION}"),
            Rejected::OtherEngine => write!(f, "written by a binary with another minutes engine"),
            Rejected::Checksum => write!(f, "checksum mismatch"),
            Rejected::Decode(e) => write!(f, "cannot decode: {e}"),
            Rejected::OtherSource => write!(f, "written for another source"),
        }
    }
}

/// A fast 64-bit checksum (not cryptographic): every change confined to one
/// 8-byte word, e.g. any single flipped bit, changes it.
fn checksum(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut total = 0u64;
    for p in parts {
        let mut chunks = p.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
            h = (h ^ w).wrapping_mul(0x0000_0100_0000_01B3).rotate_left(29);
        }
        let rest = chunks.remainder();
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(last)).wrapping_mul(0x0000_0100_0000_01B3).rotate_left(29);
        total += p.len() as u64;
    }
    (h ^ total).wrapping_mul(0xFF51_AFD7_ED55_8CCD)
}

struct Header {
    meta_len: u64,
    main_len: u64,
    search_len: u64,
    sum_main: u64,
    sum_search: u64,
}

fn parse_header(bytes: &[u8]) -> Result<Header, Rejected> {
    if bytes.len() < HEADER_LEN {
        return Err(Rejected::Truncated);
    }
    let u32_at = |o: usize| u32::from_le_bytes(bytes[o..o + 4].try_into().unwrap_or([0; 4]));
    let u64_at = |o: usize| u64::from_le_bytes(bytes[o..o + 8].try_into().unwrap_or([0; 8]));
    if &bytes[..8] != MAGIC || bytes[60..HEADER_LEN].iter().any(|&b| b != 0) {
        return Err(Rejected::BadMagic);
    }
    let version = u32_at(8);
    if version != FORMAT_VERSION {
        return Err(Rejected::OtherVersion(version));
    }
    if u64_at(12) != engine_fingerprint() {
        return Err(Rejected::OtherEngine);
    }
    Ok(Header {
        meta_len: u64_at(20),
        main_len: u64_at(28),
        search_len: u64_at(36),
        sum_main: u64_at(44),
        sum_search: u64_at(52),
    })
}

impl IndexData {
    /// Decode an index file's bytes (all of them), checking everything before trusting it.
    pub fn decode(bytes: &[u8], source_key: &str) -> Result<IndexData, Rejected> {
        let h = parse_header(bytes)?;
        let total = (HEADER_LEN as u128) + h.meta_len as u128 + h.main_len as u128 + h.search_len as u128;
        if total != bytes.len() as u128 {
            return Err(Rejected::Truncated);
        }
        let (m, rest) = bytes[HEADER_LEN..].split_at(h.meta_len as usize);
        let (main, search) = rest.split_at(h.main_len as usize);
        if checksum(&[search]) != h.sum_search {
            return Err(Rejected::Checksum);
        }
        let mut idx = IndexData::decode_main(&h, m, main.to_vec(), source_key)?;
        idx.search = SearchPart::Memory(Arc::new(search.to_vec()));
        Ok(idx)
    }

    fn decode_main(h: &Header, meta_bytes: &[u8], main: Vec<u8>, source_key: &str) -> Result<IndexData, Rejected> {
        if checksum(&[meta_bytes, &main]) != h.sum_main {
            return Err(Rejected::Checksum);
        }
        let meta: Meta = postcard::from_bytes(meta_bytes).map_err(|e| Rejected::Decode(e.to_string()))?;
        if meta.source != source_key {
            return Err(Rejected::OtherSource);
        }
        let ok = |r: (u64, u64), len: u64| r.0 <= r.1 && r.1 <= len;
        let (ml, sl) = (main.len() as u64, h.search_len);
        if !ok(meta.cross, ml) || !meta.entries.iter().all(|e| ok(e.meeting, ml) && ok(e.words, ml) && ok(e.lines, sl))
        {
            return Err(Rejected::Decode("range outside the file".into()));
        }
        Ok(IndexData { meta, main, search: SearchPart::default(), cross_pending: false })
    }

    /// Read the index file at `path`: the header, meta and main part now
    /// (checked), the search part on first use (checked then).
    pub fn read(path: &Path, source_key: &str) -> Result<IndexData, Rejected> {
        use std::io::Read;
        let mut file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Rejected::Missing),
            Err(e) => return Err(Rejected::Unreadable(e.to_string())),
        };
        let file_len = file.metadata().map_err(|e| Rejected::Unreadable(e.to_string()))?.len();
        let mut head = [0u8; HEADER_LEN];
        file.read_exact(&mut head).map_err(|_| Rejected::Truncated)?;
        let h = parse_header(&head)?;
        let total = (HEADER_LEN as u128) + h.meta_len as u128 + h.main_len as u128 + h.search_len as u128;
        if total != file_len as u128 {
            return Err(Rejected::Truncated);
        }
        let mut meta = vec![0u8; h.meta_len as usize];
        file.read_exact(&mut meta).map_err(|_| Rejected::Truncated)?;
        let mut main = vec![0u8; h.main_len as usize];
        file.read_exact(&mut main).map_err(|_| Rejected::Truncated)?;
        let mut idx = IndexData::decode_main(&h, &meta, main, source_key)?;
        idx.search = SearchPart::File {
            file: Arc::new(file),
            path: path.to_path_buf(),
            offset: HEADER_LEN as u64 + h.meta_len + h.main_len,
            len: h.search_len,
            sum: h.sum_search,
        };
        Ok(idx)
    }

    /// The file's bytes.
    pub fn encode(&self) -> Result<Vec<u8>, Rejected> {
        if self.cross_pending {
            return Err(Rejected::Unreadable("the cross-meeting record is not computed yet".into()));
        }
        let search = self.search.bytes()?;
        let meta = postcard::to_allocvec(&self.meta).map_err(|e| Rejected::Decode(e.to_string()))?;
        let mut out = Vec::with_capacity(HEADER_LEN + meta.len() + self.main.len() + search.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&engine_fingerprint().to_le_bytes());
        out.extend_from_slice(&(meta.len() as u64).to_le_bytes());
        out.extend_from_slice(&(self.main.len() as u64).to_le_bytes());
        out.extend_from_slice(&(search.len() as u64).to_le_bytes());
        out.extend_from_slice(&checksum(&[&meta, &self.main]).to_le_bytes());
        out.extend_from_slice(&checksum(&[&search]).to_le_bytes());
        out.resize(HEADER_LEN, 0);
        out.extend_from_slice(&meta);
        out.extend_from_slice(&self.main);
        out.extend_from_slice(&search);
        Ok(out)
    }

    /// Write atomically to `path` (temp file beside it, fsync, rename), and
    /// the small slots file beside it (see [`slots_path`]).
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        let bytes = self.encode().map_err(|e| std::io::Error::other(e.to_string()))?;
        write_atomic(path, &bytes)?;
        // The slots file is a shortcut: when it cannot be written, `next` reads the index.
        match self.minutes_slots() {
            Some(slots) => {
                if let Err(e) = write_atomic(&slots_path(path), &encode_sidecar(SLOTS_MAGIC, &self.meta, &slots, &[])) {
                    tracing::info!("slots file beside {} not written: {e}", path.display());
                }
            }
            None => {
                let _ = std::fs::remove_file(slots_path(path));
            }
        }
        Ok(())
    }

    /// The weekly slots of the stored cross-meeting results (only the
    /// minutes prefix of `Cross` is decoded, not the completion words).
    fn minutes_slots(&self) -> Option<Vec<crate::model::WeeklySlot>> {
        #[derive(Deserialize)]
        struct MinutesOnly {
            minutes: Minutes,
        }
        postcard::from_bytes::<MinutesOnly>(self.slice(self.meta.cross)).ok().map(|c| c.minutes.slots)
    }

    /// The entries, sorted by path.
    pub fn entries(&self) -> &[Entry] {
        &self.meta.entries
    }

    fn slice(&self, r: (u64, u64)) -> &[u8] {
        self.main.get(r.0 as usize..r.1 as usize).unwrap_or(&[])
    }

    fn push_main(&mut self, bytes: &[u8]) -> (u64, u64) {
        let a = self.main.len() as u64;
        self.main.extend_from_slice(bytes);
        (a, self.main.len() as u64)
    }
}

fn push_to(v: &mut Vec<u8>, bytes: &[u8]) -> (u64, u64) {
    let a = v.len() as u64;
    v.extend_from_slice(bytes);
    (a, v.len() as u64)
}

fn sub(b: &[u8], r: (u64, u64)) -> &[u8] {
    b.get(r.0 as usize..r.1 as usize).unwrap_or(&[])
}

/// A minutes file found by a listing.
#[derive(Debug, Clone)]
struct Listed {
    path: String,
    size: u64,
    mtime_ns: i64,
    /// Known without reading (cache manifest, or an unchanged stat).
    sha: Option<String>,
}

/// Whether a path names a minutes file: `.md`, inside a series folder, not
/// repository furniture. The same rule as `minutes::analyze`.
pub fn is_minutes_path(path: &str) -> bool {
    let md =
        path.len() >= 3 && path.is_char_boundary(path.len() - 3) && path[path.len() - 3..].eq_ignore_ascii_case(".md");
    if !md {
        return false;
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    !["readme.md", "license.md", "contributing.md"].iter().any(|f| name.eq_ignore_ascii_case(f)) && path.contains('/')
}

/// A listing of the source taken once (a stat per file of a local folder,
/// the manifest of the cache) and used by several checks: whether the
/// index and the views are current, and a refresh.
#[derive(Debug, Clone)]
pub struct Listing {
    files: Vec<Listed>,
    warnings: Vec<String>,
}

impl Listing {
    /// List the source's minutes files (no file is read).
    pub fn of(source: &Source) -> Result<Listing, IndexError> {
        match source {
            Source::Local(root) => {
                let (stats, warnings) = local::list(root, &["md"])?;
                let files = stats
                    .into_iter()
                    .filter(|s| is_minutes_path(&s.path))
                    .map(|s| Listed { path: s.path, size: s.size, mtime_ns: s.mtime_ns, sha: None })
                    .collect();
                Ok(Listing { files, warnings })
            }
            Source::Cache(cache, repo) => {
                let m = cache.manifest(repo).ok_or(IndexError::NoSnapshot)?;
                let mut warnings = Vec::new();
                let files = m
                    .files
                    .into_iter()
                    .filter(|(p, _)| is_minutes_path(p))
                    .filter(|(p, _)| match check_rel_path(p) {
                        Ok(()) => true,
                        Err(why) => {
                            warnings.push(format!("cache manifest: skipping unsafe path ({why})"));
                            false
                        }
                    })
                    .map(|(path, sha)| Listed { path, size: 0, mtime_ns: 0, sha: Some(sha) })
                    .collect();
                Ok(Listing { files, warnings })
            }
        }
    }

    /// How many minutes files were listed.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether no minutes file was listed.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Whether a sidecar written at `written_at_ns` for a listing with
    /// checksum `listed_sum` matches this listing. A local file whose mtime
    /// is in the same clock tick as the write (or after it) proves nothing.
    fn matches_sidecar(&self, cache: bool, written_at_ns: i64, listed_sum: u64) -> bool {
        let trusted_before = written_at_ns.saturating_sub(RACY_NS);
        if !cache && self.files.iter().any(|l| l.mtime_ns == 0 || l.mtime_ns >= trusted_before) {
            return false;
        }
        self.sum(cache) == listed_sum
    }

    /// The checksum of this listing, as a sidecar stores it ([`listing_sum`]).
    fn sum(&self, cache: bool) -> u64 {
        listing_sum(cache, self.files.iter().map(|l| (l.path.as_str(), l.size, l.mtime_ns, l.sha.as_deref())))
    }
}

/// The listed files with the hashes `old` knows for a local file whose size
/// and mtime are unchanged (and older than `old`'s write).
fn annotate(listing: Listing, old: Option<&IndexData>) -> (Vec<Listed>, Vec<String>) {
    let Listing { mut files, warnings } = listing;
    let Some(o) = old else { return (files, warnings) };
    let prev: HashMap<&str, &Entry> = o.meta.entries.iter().map(|e| (e.path.as_str(), e)).collect();
    let trusted_before = o.meta.written_at_ns.saturating_sub(RACY_NS);
    for s in files.iter_mut().filter(|s| s.sha.is_none()) {
        s.sha = prev
            .get(s.path.as_str())
            .filter(|e| e.size == s.size && e.mtime_ns == s.mtime_ns && s.mtime_ns < trusted_before)
            .filter(|_| s.mtime_ns != 0)
            .map(|e| e.sha.clone());
    }
    (files, warnings)
}

/// Whether `idx` still describes the source exactly: every file listed with
/// the same path and hash (and, for local folders, a trusted size and mtime).
/// Reads no file of an unchanged local folder, only the manifest of the cache.
pub fn is_current(source: &Source, idx: &IndexData) -> Result<bool, IndexError> {
    Ok(is_current_with(&Listing::of(source)?, idx))
}

/// [`is_current`] against a listing already taken.
pub fn is_current_with(listing: &Listing, idx: &IndexData) -> bool {
    let (listed, _) = annotate(listing.clone(), Some(idx));
    listed.len() == idx.meta.entries.len()
        && listed.iter().zip(&idx.meta.entries).all(|(l, e)| {
            l.path == e.path && l.sha.as_deref() == Some(e.sha.as_str()) && l.size == e.size && l.mtime_ns == e.mtime_ns
        })
}

/// The weekly slots announced in the minutes, from the index at `path`
/// when it is current for `source` (only its cross-meeting part is decoded):
/// `scsdash next` and `remind` then read no minutes file. `None`: no usable
/// or current index (the caller reads the files).
pub fn current_slots(source: &Source, path: &Path) -> Option<Vec<crate::model::WeeklySlot>> {
    if let Some(slots) = current_slots_file(source, &slots_path(path)) {
        return Some(slots);
    }
    let idx = IndexData::read(path, &source.key()).ok()?;
    if !is_current(source, &idx).ok()? {
        return None;
    }
    idx.minutes_slots()
}

/// The slots file beside the index at `index`: the weekly slots of the
/// index's cross-meeting results and a checksum of the listing they were
/// computed from, so that `scsdash next` (run on every shell prompt) neither
/// reads nor checksums the whole index. Written with the index; trusted only
/// when its own checksum, version, engine and source match and the listing
/// of the source (a stat per file, no file read) is the one it was written for.
pub fn slots_path(index: &Path) -> PathBuf {
    index.with_extension("slots")
}

const SLOTS_MAGIC: &[u8; 8] = b"SCSDSLT\0";
/// The views file, in parts (see [`ViewsPart`]); the first layout (one
/// value) had `SCSDVEW\0` and is refused by its magic.
const VIEWS_MAGIC: &[u8; 8] = b"SCSDVW2\0";
const SIDECAR_HEADER_LEN: usize = 48;

/// Checksum of a listing: paths with size and mtime (local folders) or with
/// the blob SHA (the GitHub cache, whose listing has no stat).
fn listing_sum<'a>(cache: bool, rows: impl Iterator<Item = (&'a str, u64, i64, Option<&'a str>)>) -> u64 {
    let mut buf = Vec::new();
    for (path, size, mtime_ns, sha) in rows {
        buf.extend_from_slice(path.as_bytes());
        buf.push(0);
        if cache {
            buf.extend_from_slice(sha.unwrap_or("").as_bytes());
        } else {
            buf.extend_from_slice(&size.to_le_bytes());
            buf.extend_from_slice(&mtime_ns.to_le_bytes());
        }
        buf.push(0);
    }
    checksum(&[&buf])
}

/// A sidecar file of the index (the slots, the views): a header binding it
/// to this format, engine, and the listing of the index it was derived from
/// (magic, version u32, engine u64, write time i64, listing checksum u64,
/// head checksum u64, head length u32), the head (`value` with the index's
/// source), then `tail` (the views' parts, each with its checksum in the head).
fn encode_sidecar<T: Serialize>(magic: &[u8; 8], meta: &Meta, value: &T, tail: &[u8]) -> Vec<u8> {
    let cache = meta.source.starts_with("cache:");
    let rows = meta.entries.iter().map(|e| (e.path.as_str(), e.size, e.mtime_ns, Some(e.sha.as_str())));
    let head = postcard::to_allocvec(&(&meta.source, value)).unwrap_or_default();
    let mut out = Vec::with_capacity(SIDECAR_HEADER_LEN + head.len() + tail.len());
    out.extend_from_slice(magic);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&engine_fingerprint().to_le_bytes());
    out.extend_from_slice(&meta.written_at_ns.to_le_bytes());
    out.extend_from_slice(&listing_sum(cache, rows).to_le_bytes());
    out.extend_from_slice(&checksum(&[&head]).to_le_bytes());
    out.extend_from_slice(&u32::try_from(head.len()).unwrap_or(u32::MAX).to_le_bytes());
    out.extend_from_slice(&head);
    out.extend_from_slice(tail);
    out
}

/// A sidecar's header and head, checked (magic, format, engine, checksum,
/// source) but not yet matched against the source's listing.
struct Sidecar<T> {
    file: std::fs::File,
    written_at_ns: i64,
    listed_sum: u64,
    cache: bool,
    value: T,
    /// Where the tail starts, and the file's length.
    tail_at: u64,
    file_len: u64,
}

impl<T> Sidecar<T> {
    /// Whether `listing` is the one the sidecar was written for.
    fn matches(&self, listing: &Listing) -> bool {
        listing.matches_sidecar(self.cache, self.written_at_ns, self.listed_sum)
    }
}

/// Open the sidecar at `path` and read its header and head (no file of the
/// source is looked at). `None`: missing, damaged, or not for `source`.
fn open_sidecar<T: serde::de::DeserializeOwned>(magic: &[u8; 8], source: &Source, path: &Path) -> Option<Sidecar<T>> {
    use std::os::unix::fs::FileExt;
    let file = std::fs::File::open(path).ok()?;
    let file_len = file.metadata().ok()?.len();
    let mut h = [0u8; SIDECAR_HEADER_LEN];
    file.read_exact_at(&mut h, 0).ok()?;
    if &h[..8] != magic {
        return None;
    }
    let u64_at = |o: usize| h.get(o..o + 8).and_then(|b| b.try_into().ok()).map(u64::from_le_bytes);
    let version = h.get(8..12).and_then(|b| b.try_into().ok()).map(u32::from_le_bytes)?;
    let (engine, written_at_ns, listed_sum, head_sum) = (u64_at(12)?, u64_at(20)? as i64, u64_at(28)?, u64_at(36)?);
    let head_len = h.get(44..48).and_then(|b| b.try_into().ok()).map(u32::from_le_bytes)?;
    if version != FORMAT_VERSION || engine != engine_fingerprint() {
        return None;
    }
    let rest = file_len.checked_sub(SIDECAR_HEADER_LEN as u64)?;
    // Length 0: the head is the rest of the file (the first slots files).
    let head_len = if head_len == 0 { rest } else { u64::from(head_len) };
    if head_len > rest {
        return None;
    }
    let mut head = vec![0u8; usize::try_from(head_len).ok()?];
    file.read_exact_at(&mut head, SIDECAR_HEADER_LEN as u64).ok()?;
    if checksum(&[&head]) != head_sum {
        return None;
    }
    let (stored_source, value): (String, T) = postcard::from_bytes(&head).ok()?;
    if stored_source != source.key() {
        return None;
    }
    let cache = matches!(source, Source::Cache(..));
    Some(Sidecar {
        file,
        written_at_ns,
        listed_sum,
        cache,
        value,
        tail_at: SIDECAR_HEADER_LEN as u64 + head_len,
        file_len,
    })
}

/// The value of the sidecar at `path` when it is intact and current for
/// `source`: a stat per file (the GitHub cache: its manifest), no file read.
fn read_sidecar<T: serde::de::DeserializeOwned>(magic: &[u8; 8], source: &Source, path: &Path) -> Option<T> {
    let s = open_sidecar(magic, source, path)?;
    s.matches(&Listing::of(source).ok()?).then_some(s.value)
}

/// The slots from the slots file at `path` when it is intact and current.
fn current_slots_file(source: &Source, path: &Path) -> Option<Vec<crate::model::WeeklySlot>> {
    read_sidecar(SLOTS_MAGIC, source, path)
}

/// The views file beside the index at `index`: the cross-meeting views
/// (action items, tenders, decisions, slots) as `minutes::assemble` made them
/// for one set of options (the `--as-of` day among them), with the recent
/// meetings and the number of all meetings; `scsdash actions`, `tenders` and
/// `decisions` answer from it without decoding a meeting record, and decode
/// only the parts they print. Trusted like the slots file.
pub fn views_path(index: &Path) -> PathBuf {
    index.with_extension("views")
}

/// What the views were computed for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct ViewsKey {
    as_of: Option<chrono::NaiveDate>,
    tender_stale_days: i64,
    action_stale_meetings: u64,
}

impl ViewsKey {
    fn of(o: &minutes::Options) -> ViewsKey {
        ViewsKey {
            as_of: o.as_of,
            tender_stale_days: o.tender_stale_days,
            action_stale_meetings: o.action_stale_meetings as u64,
        }
    }
}

/// One part of the views file, stored (and checksummed) on its own so that
/// a command decodes only what it prints: `scsdash actions` (open items)
/// reads neither the done and stale items of the whole history nor the
/// tenders, decisions or meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewsPart {
    /// The recent meetings (see [`recent_meetings`]).
    Meetings,
    /// The action items of one status (each with its place among all).
    Actions(ActionStatus),
    Tenders,
    Decisions,
    Slots,
}

/// The parts in file order.
const VIEWS_PARTS: [ViewsPart; 7] = [
    ViewsPart::Meetings,
    ViewsPart::Actions(ActionStatus::Open),
    ViewsPart::Actions(ActionStatus::Done),
    ViewsPart::Actions(ActionStatus::Stale),
    ViewsPart::Tenders,
    ViewsPart::Decisions,
    ViewsPart::Slots,
];

const _: () = assert!(matches!(
    (VIEWS_PARTS[2], VIEWS_PARTS[3]),
    (ViewsPart::Actions(ActionStatus::Done), ViewsPart::Actions(ActionStatus::Stale))
));

/// Which parts of the views to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewsWant(u8);

impl ViewsWant {
    /// Every part.
    pub const ALL: ViewsWant = ViewsWant(u8::MAX);

    /// What a first frame needs: every part but the done and stale action
    /// items (of the whole history: most of the views).
    pub const FIRST_FRAME: ViewsWant = ViewsWant(
        !(1 << 2 | 1 << 3), // VIEWS_PARTS[2], [3]: done, stale
    );

    /// Only these parts.
    pub fn of(parts: &[ViewsPart]) -> ViewsWant {
        ViewsWant(parts.iter().fold(0, |b, p| b | ViewsWant::bit(*p)))
    }

    fn bit(p: ViewsPart) -> u8 {
        VIEWS_PARTS.iter().position(|x| *x == p).map_or(0, |i| 1 << i)
    }

    /// Whether `p` is wanted.
    pub fn has(self, p: ViewsPart) -> bool {
        self.0 & ViewsWant::bit(p) != 0
    }
}

/// The head of the views file: what the views were made for, the number of
/// all meetings, and per part (in [`VIEWS_PARTS`] order) its length and checksum.
#[derive(Serialize, Deserialize)]
struct ViewsHead {
    key: ViewsKey,
    meetings: u64,
    parts: Vec<(u64, u64)>,
}

fn encode_part(p: ViewsPart, m: &Minutes) -> Vec<u8> {
    let r = match p {
        ViewsPart::Meetings => postcard::to_allocvec(&m.meetings),
        ViewsPart::Actions(s) => postcard::to_allocvec(
            &m.actions
                .iter()
                .enumerate()
                .filter(|(_, a)| a.status == s)
                .map(|(i, a)| (i as u64, a))
                .collect::<Vec<_>>(),
        ),
        ViewsPart::Tenders => postcard::to_allocvec(&m.tenders),
        ViewsPart::Decisions => postcard::to_allocvec(&m.decisions),
        ViewsPart::Slots => postcard::to_allocvec(&m.slots),
    };
    r.unwrap_or_default()
}

/// One decoded part.
enum PartValue {
    Meetings(Vec<Meeting>),
    Actions(Vec<(u64, TrackedAction)>),
    Tenders(Vec<crate::model::meeting::Tender>),
    Decisions(Vec<crate::model::meeting::Decision>),
    Slots(Vec<crate::model::WeeklySlot>),
}

fn decode_part(p: ViewsPart, b: &[u8]) -> Option<PartValue> {
    let v = match p {
        ViewsPart::Meetings => PartValue::Meetings(postcard::from_bytes(b).ok()?),
        ViewsPart::Actions(_) => PartValue::Actions(postcard::from_bytes(b).ok()?),
        ViewsPart::Tenders => PartValue::Tenders(postcard::from_bytes(b).ok()?),
        ViewsPart::Decisions => PartValue::Decisions(postcard::from_bytes(b).ok()?),
        ViewsPart::Slots => PartValue::Slots(postcard::from_bytes(b).ok()?),
    };
    Some(v)
}

/// Write the views of the data that `idx` gave for `opts` (`views.meetings`:
/// the recent ones), with the number of all meetings, beside the index at `index`.
pub fn write_views(index: &Path, idx: &IndexData, opts: &minutes::Options, views: &Minutes, meetings: usize) {
    let mut tail = Vec::new();
    let mut parts = Vec::with_capacity(VIEWS_PARTS.len());
    for p in VIEWS_PARTS {
        let b = encode_part(p, views);
        parts.push((b.len() as u64, checksum(&[&b])));
        tail.extend_from_slice(&b);
    }
    let head = ViewsHead { key: ViewsKey::of(opts), meetings: meetings as u64, parts };
    if let Err(e) = write_atomic(&views_path(index), &encode_sidecar(VIEWS_MAGIC, &idx.meta, &head, &tail)) {
        tracing::info!("views file beside {} not written: {e}", index.display());
    }
}

/// A views file made for the options asked for, opened and checked, not yet
/// matched against the source's listing (see [`StoredViews::matches`]):
/// a first frame may show it before the listing is taken.
pub struct StoredViews(Sidecar<ViewsHead>);

/// The views file beside the index at `index` when it is intact, written
/// for `source` and made for `opts` (no file of the source is looked at).
pub fn open_views(source: &Source, index: &Path, opts: &minutes::Options) -> Option<StoredViews> {
    let s: Sidecar<ViewsHead> = open_sidecar(VIEWS_MAGIC, source, &views_path(index))?;
    let len: u64 = s.value.parts.iter().map(|p| p.0).sum();
    let whole = s.value.parts.len() == VIEWS_PARTS.len() && s.tail_at.checked_add(len) == Some(s.file_len);
    (whole && s.value.key == ViewsKey::of(opts)).then_some(StoredViews(s))
}

impl StoredViews {
    /// Whether the views were made from the files as `listing` found them.
    pub fn matches(&self, listing: &Listing) -> bool {
        self.0.matches(listing)
    }

    /// Whether the views were made from the GitHub cache's listing whose
    /// checksum is `sum` (see [`remembered_listing_sum`]).
    pub fn matches_sum(&self, sum: u64) -> bool {
        self.0.cache && self.0.listed_sum == sum
    }

    /// The wanted parts (the others left empty), each checked and decoded
    /// (in parallel), and the number of all meetings. `None`: a part is damaged.
    pub fn decode(&self, want: ViewsWant) -> Option<(Minutes, usize)> {
        use std::os::unix::fs::FileExt;
        let mut at = self.0.tail_at;
        let mut jobs = Vec::new();
        for (p, &(len, sum)) in VIEWS_PARTS.iter().zip(&self.0.value.parts) {
            if want.has(*p) {
                jobs.push((*p, at, len, sum));
            }
            at += len;
        }
        let values: Vec<Option<PartValue>> = jobs
            .into_par_iter()
            .map(|(p, at, len, sum)| {
                let mut b = vec![0u8; usize::try_from(len).ok()?];
                self.0.file.read_exact_at(&mut b, at).ok()?;
                (checksum(&[&b]) == sum).then_some(())?;
                decode_part(p, &b)
            })
            .collect();
        let mut m = Minutes::default();
        let mut actions = Vec::new();
        for v in values {
            match v? {
                PartValue::Meetings(x) => m.meetings = x,
                PartValue::Actions(x) => actions.extend(x),
                PartValue::Tenders(x) => m.tenders = x,
                PartValue::Decisions(x) => m.decisions = x,
                PartValue::Slots(x) => m.slots = x,
            }
        }
        actions.sort_by_key(|(i, _)| *i);
        m.actions = actions.into_iter().map(|(_, a)| a).collect();
        Some((m, self.0.value.meetings as usize))
    }
}

/// Which manifest of the GitHub cache a source has now: its size, mtime and
/// inode (a sync replaces the manifest by a rename, so a new one is a new
/// inode). `None` for a local folder or without a manifest.
pub fn manifest_id(source: &Source) -> Option<ManifestId> {
    use std::os::unix::fs::MetadataExt;
    let Source::Cache(cache, repo) = source else { return None };
    let m = std::fs::metadata(cache.manifest_path(repo)).ok()?;
    Some(ManifestId { len: m.len(), mtime_ns: crate::sources::mtime_ns(&m), ino: m.ino() })
}

/// See [`manifest_id`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ManifestId {
    len: u64,
    mtime_ns: i64,
    ino: u64,
}

/// The stamp file beside the index: which manifest of the GitHub cache had
/// which listing checksum, so that a command-line answer from the views does
/// not parse the whole manifest (8000 paths at 16x the SCS history) to learn
/// that nothing changed.
fn stamp_path(index: &Path) -> PathBuf {
    index.with_extension("mstamp")
}

const STAMP_MAGIC: &[u8; 8] = b"SCSDMST\0";
const STAMP_LEN: usize = 8 + 8 * 7;

/// The listing checksum remembered for the cache's manifest as it is now:
/// only when the stamp is intact, of this engine, for this very manifest, and
/// the manifest was older than the stamp by more than a clock tick (as for
/// local files: a file written in the same tick proves nothing).
pub fn remembered_listing_sum(source: &Source, index: &Path) -> Option<u64> {
    let id = manifest_id(source)?;
    let b = std::fs::read(stamp_path(index)).ok()?;
    if b.len() != STAMP_LEN || &b[..8] != STAMP_MAGIC {
        return None;
    }
    let u = |i: usize| b.get(8 + 8 * i..16 + 8 * i).and_then(|x| x.try_into().ok()).map(u64::from_le_bytes);
    let (engine, len, mtime, ino, sum, written_at, check) =
        (u(0)?, u(1)?, u(2)? as i64, u(3)?, u(4)?, u(5)? as i64, u(6)?);
    let intact = check == checksum(&[&b[..STAMP_LEN - 8]]) && engine == engine_fingerprint();
    let same = ManifestId { len, mtime_ns: mtime, ino } == id;
    (intact && same && id.mtime_ns != 0 && id.mtime_ns < written_at.saturating_sub(RACY_NS)).then_some(sum)
}

/// Remember `listing`'s checksum for the manifest `before` (taken before the
/// listing was read), unless the manifest changed meanwhile. Best effort; the
/// caller calls it when no trusted stamp was found.
pub fn remember_listing_sum(source: &Source, index: &Path, before: ManifestId, listing: &Listing) {
    if manifest_id(source) != Some(before) {
        return;
    }
    let mut b = Vec::with_capacity(STAMP_LEN);
    b.extend_from_slice(STAMP_MAGIC);
    for v in [engine_fingerprint(), before.len, before.mtime_ns as u64, before.ino, listing.sum(true), now_ns() as u64]
    {
        b.extend_from_slice(&v.to_le_bytes());
    }
    let check = checksum(&[&b]);
    b.extend_from_slice(&check.to_le_bytes());
    if let Err(e) = crate::sources::atomic::write_atomic(&stamp_path(index), &b) {
        tracing::debug!("cannot write the manifest stamp: {e}");
    }
}

/// The wanted parts of the views beside the index at `index` when they are
/// intact, current for `source` and made for `opts`: the minutes with their
/// recent meetings only, and how many meetings there are.
pub fn current_views(
    source: &Source,
    index: &Path,
    opts: &minutes::Options,
    want: ViewsWant,
) -> Option<(Minutes, usize)> {
    let v = open_views(source, index, opts)?;
    v.matches(&Listing::of(source).ok()?).then(|| v.decode(want))?
}

/// How far back [`recent_meetings`] reaches from each series' newest meeting.
const RECENT_DAYS: i64 = 400;

/// The meetings a first frame shows (stored with the views): the newest of
/// each series and the others of the year before it (the Overview dates a
/// Tech Weekly's hackathons from the Tech Weeklies before it), in order.
pub fn recent_meetings(meetings: &[Meeting]) -> Vec<Meeting> {
    let mut newest: HashMap<&str, Option<chrono::NaiveDate>> = HashMap::new();
    for m in meetings {
        let e = newest.entry(m.series.as_str()).or_insert(m.date);
        if m.date > *e {
            *e = m.date;
        }
    }
    meetings
        .iter()
        .filter(|m| match (m.date, newest.get(m.series.as_str()).copied().flatten()) {
            (Some(d), Some(n)) => (n - d).num_days() <= RECENT_DAYS,
            (None, Some(_)) => false,
            (_, None) => true, // a series without dates: its (few) meetings
        })
        .map(|m| Meeting { text: String::new(), ..m.clone() })
        .collect()
}

/// Results parsed in this run, so they need not be decoded again.
#[derive(Default)]
pub struct Fresh {
    meetings: HashMap<String, Meeting>,
    cross: Option<Cross>,
}

/// What [`refresh`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refreshed {
    /// Files parsed (new or changed).
    pub parsed: usize,
    /// Files whose bytes were read (parsed, or re-hashed after a stat change).
    pub read: usize,
    /// Whether the index differs from the one given (and should be written).
    pub changed: bool,
    /// Problems met (unreadable files, unsafe paths).
    pub warnings: Vec<String>,
}

/// A file's encoded meeting record, search lines and completion words.
type Record = (Vec<u8>, Vec<u8>, Vec<u8>);

fn encode_record(m: &Meeting, lines: &DocLines, words: &[String]) -> Record {
    (
        postcard::to_allocvec(m).unwrap_or_default(),
        postcard::to_allocvec(lines).unwrap_or_default(),
        postcard::to_allocvec(words).unwrap_or_default(),
    )
}

/// The completion words of one text, deduplicated.
fn words_of(text: &str) -> Vec<String> {
    let mut w = crate::editor::complete::harvest_words(text);
    w.sort();
    w.dedup();
    w
}

/// Bring `old` (or nothing) up to date with the source: list it, reuse every
/// entry whose (path, hash) is unchanged, parse the rest in parallel, and
/// recompute the cross-meeting results when the set of files changed.
pub fn refresh(source: &Source, old: Option<&IndexData>) -> Result<(IndexData, Fresh, Refreshed), IndexError> {
    refresh_with(source, old, Listing::of(source)?)
}

/// [`refresh`] from a listing already taken.
pub fn refresh_with(
    source: &Source,
    old: Option<&IndexData>,
    listing: Listing,
) -> Result<(IndexData, Fresh, Refreshed), IndexError> {
    let (mut idx, mut fresh, r, pending) = refresh_deferred(source, old, listing)?;
    if let Some(p) = pending {
        fresh.cross = Some(idx.set_cross(p.compute()));
    }
    Ok((idx, fresh, r))
}

/// The cross-meeting results of a refreshed index, still to be computed: the
/// assembly of every meeting (items tracked, tender timelines) is the one
/// serial step of a refresh, so a caller runs it beside its own work.
pub struct PendingCross {
    meetings: Vec<Meeting>,
    words: Vec<String>,
}

/// A computed cross-meeting record, for [`IndexData::set_cross`].
pub struct CrossRecord {
    cross: Cross,
    bytes: Vec<u8>,
}

impl PendingCross {
    /// Assemble the meetings and encode the record (may run on another thread).
    pub fn compute(self) -> CrossRecord {
        let minutes = assemble(self.meetings);
        let cross = Cross { minutes: Minutes { meetings: Vec::new(), ..minutes }, words: self.words };
        let bytes = postcard::to_allocvec(&cross).unwrap_or_default();
        CrossRecord { cross, bytes }
    }
}

impl IndexData {
    /// Store the cross-meeting record of [`refresh_deferred`]: the index can be written now.
    fn set_cross(&mut self, rec: CrossRecord) -> Cross {
        self.meta.cross = self.push_main(&rec.bytes);
        self.cross_pending = false;
        rec.cross
    }

    /// [`IndexData::set_cross`] for a caller that ran [`PendingCross::compute`] itself.
    pub fn complete(&mut self, rec: CrossRecord) {
        self.set_cross(rec);
    }

    /// Whether the cross-meeting record is still to be set ([`IndexData::complete`]).
    pub fn is_pending(&self) -> bool {
        self.cross_pending
    }
}

/// The weekly slots in the order [`minutes::assemble`] gives them (meetings by
/// date, then path; templates and repository furniture left out), without the
/// rest of the assembly.
fn slots_in_order(meetings: &[Meeting]) -> Vec<crate::model::WeeklySlot> {
    let mut ms: Vec<&Meeting> = meetings.iter().filter(|m| !minutes::is_furniture(&m.path)).collect();
    ms.sort_by(|a, b| minutes::by_date(a, b));
    ms.into_iter().flat_map(|m| m.slots.iter().cloned()).collect()
}

/// [`refresh_with`] without computing new cross-meeting results: when the set
/// of files changed, the index comes back with its record pending and the
/// [`PendingCross`] to compute it; [`load`] already works from the returned
/// [`Fresh`] (the completion words and the weekly slots; the items, tenders
/// and decisions are assembled by the caller for its own options anyway), and
/// the index is written after [`IndexData::complete`].
pub fn refresh_deferred(
    source: &Source,
    old: Option<&IndexData>,
    listing: Listing,
) -> Result<(IndexData, Fresh, Refreshed, Option<PendingCross>), IndexError> {
    let (listed, mut warnings) = annotate(listing, old);
    let prev: HashMap<(&str, &str), &Entry> = match old {
        Some(o) => o.meta.entries.iter().map(|e| ((e.path.as_str(), e.sha.as_str()), e)).collect(),
        None => HashMap::new(),
    };
    // Hash what is not known yet (reads those files), in parallel.
    struct Work {
        l: Listed,
        sha: String,
        bytes: Option<Vec<u8>>,
    }
    let work: Vec<Result<Work, IndexError>> = listed
        .into_par_iter()
        .map(|l| match l.sha.clone() {
            Some(sha) => Ok(Work { l, sha, bytes: None }),
            None => {
                let bytes = source.read(&l.path, "")?;
                let sha = git_blob_sha1(&bytes);
                Ok(Work { l, sha, bytes: Some(bytes) })
            }
        })
        .collect();
    let mut read = 0;
    let mut items = Vec::with_capacity(work.len());
    for w in work {
        match w {
            Ok(w) => {
                read += usize::from(w.bytes.is_some());
                items.push(w);
            }
            Err(e) => warnings.push(e.to_string()),
        }
    }
    // a file the old index does not hold with this content
    let is_new = |w: &Work| !prev.contains_key(&(w.l.path.as_str(), w.sha.as_str()));
    let known_but_changed = items.iter().filter(|w| w.bytes.is_none() && is_new(w)).count();
    // Parse the new and changed files in parallel, with the grammar compiled on every core first.
    if items.iter().any(is_new) {
        minutes::warm_up();
    }
    type Parsed = (usize, Meeting, Record, Vec<String>);
    let parsed: Vec<Result<Parsed, IndexError>> = items
        .par_iter_mut()
        .enumerate()
        .filter(|(_, w)| is_new(w))
        .map(|(i, w)| {
            let bytes = match w.bytes.take() {
                Some(b) => b,
                None => source.read(&w.l.path, &w.sha)?,
            };
            let mut m = minutes::parse_meeting(&SourceFile { path: w.l.path.clone(), bytes });
            let lines = search::doc_lines(&m.text);
            let words = words_of(&m.text);
            m.text = String::new();
            // encoded here, in parallel, rather than in the serial loop below
            let rec = encode_record(&m, &lines, &words);
            Ok((i, m, rec, words))
        })
        .collect();
    let mut fresh_by_index: HashMap<usize, (Meeting, Record, Vec<String>)> = HashMap::new();
    for p in parsed {
        match p {
            Ok((i, m, l, w)) => {
                fresh_by_index.insert(i, (m, l, w));
            }
            Err(e) => warnings.push(e.to_string()),
        }
    }
    let n_parsed = fresh_by_index.len();
    read += known_but_changed;

    // Assemble the new index, in path order.
    let old_search = match old.map(|o| o.search.bytes()).transpose() {
        Ok(b) => b,
        Err(why) => {
            tracing::info!("index search part unusable ({why}); rebuilding");
            return refresh_deferred(source, None, Listing::of(source)?);
        }
    };
    let mut new = IndexData::default();
    let mut search: Vec<u8> = Vec::new();
    let mut fresh = Fresh::default();
    let mut all_words: Vec<String> = Vec::new();
    let mut need_words = true;
    for (i, w) in items.iter().enumerate() {
        let entry = if let Some((m, (mb, lb, wb), words)) = fresh_by_index.remove(&i) {
            let e = Entry {
                path: w.l.path.clone(),
                sha: w.sha.clone(),
                size: w.l.size,
                mtime_ns: w.l.mtime_ns,
                meeting: new.push_main(&mb),
                words: new.push_main(&wb),
                lines: push_to(&mut search, &lb),
            };
            all_words.extend(words);
            fresh.meetings.insert(w.l.path.clone(), m);
            e
        } else if let (Some(o), Some(os), Some(pe)) =
            (old, old_search.as_ref(), prev.get(&(w.l.path.as_str(), w.sha.as_str())))
        {
            let e = Entry {
                path: w.l.path.clone(),
                sha: w.sha.clone(),
                size: w.l.size,
                mtime_ns: w.l.mtime_ns,
                meeting: new.push_main(o.slice(pe.meeting)),
                words: new.push_main(o.slice(pe.words)),
                lines: push_to(&mut search, sub(os, pe.lines)),
            };
            if need_words {
                match postcard::from_bytes::<Vec<String>>(o.slice(pe.words)) {
                    Ok(ws) => all_words.extend(ws),
                    Err(_) => need_words = false,
                }
            }
            e
        } else {
            continue; // unreadable: its warning is already there
        };
        new.meta.entries.push(entry);
    }
    drop(old_search);
    new.search = SearchPart::Memory(Arc::new(search));
    new.meta.source = source.key();
    new.meta.written_at_ns = now_ns();
    new.meta.cross_key = cross_key(&new.meta.entries);

    let old_cross = old.filter(|o| o.meta.cross_key == new.meta.cross_key).map(|o| o.slice(o.meta.cross).to_vec());
    let pending = match old_cross {
        Some(c) => {
            new.meta.cross = new.push_main(&c);
            None
        }
        None => {
            let meetings = decode_meetings(&new, &fresh)?;
            all_words.sort();
            all_words.dedup();
            let minutes = Minutes { slots: slots_in_order(&meetings), ..Minutes::default() };
            fresh.cross = Some(Cross { minutes, words: all_words.clone() });
            new.cross_pending = true;
            Some(PendingCross { meetings, words: all_words })
        }
    };
    // Files read only to be re-hashed make a rewrite worth it too: with a
    // newer write time their stat is trusted next time.
    let changed =
        read > 0
            || match old {
                None => true,
                Some(o) => {
                    o.meta.cross_key != new.meta.cross_key
                        || o.meta.entries.len() != new.meta.entries.len()
                        || o.meta.entries.iter().zip(&new.meta.entries).any(|(a, b)| {
                            (&a.path, &a.sha, a.size, a.mtime_ns) != (&b.path, &b.sha, b.size, b.mtime_ns)
                        })
                }
            };
    if !changed {
        if let Some(o) = old {
            new.meta.written_at_ns = o.meta.written_at_ns;
        }
    }
    Ok((new, fresh, Refreshed { parsed: n_parsed, read, changed, warnings }, pending))
}

fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// The key of the cross-meeting results: the engine and every (path, hash).
fn cross_key(entries: &[Entry]) -> String {
    let mut h = sha1_smol::Sha1::new();
    h.update(&engine_fingerprint().to_le_bytes());
    for e in entries {
        h.update(e.path.as_bytes());
        h.update(b"\0");
        h.update(e.sha.as_bytes());
        h.update(b"\n");
    }
    h.digest().to_string()
}

/// The cross-meeting views over parsed meetings, exactly as
/// `minutes::analyze` builds them after parsing (the round-trip tests compare
/// the two).
pub fn assemble(meetings: Vec<Meeting>) -> Minutes {
    minutes::assemble(meetings, &minutes::Options::default())
}

/// Every entry's meeting, in entry (path) order; taken from `fresh` where
/// this run parsed it, else decoded in parallel.
fn decode_meetings(idx: &IndexData, fresh: &Fresh) -> Result<Vec<Meeting>, IndexError> {
    idx.meta
        .entries
        .par_iter()
        .map(|e| match fresh.meetings.get(&e.path) {
            Some(m) => Ok(m.clone()),
            None => postcard::from_bytes(idx.slice(e.meeting))
                .map_err(|source| IndexError::Record { path: e.path.clone(), source }),
        })
        .collect()
}

/// Borrowed form of [`DocLines`] (same encoding), to skip a copy of the text.
#[derive(Deserialize)]
struct DocLinesRef<'a> {
    #[serde(borrow)]
    hay: &'a str,
    lines: Vec<(u32, bool)>,
}

/// The engines' results from an index: the minutes (meetings without their
/// texts), the search index (built on first use from the search part; texts
/// read on demand through `loader`), the completion words.
pub fn load(
    idx: &IndexData,
    mut fresh: Fresh,
    loader: TextLoader,
) -> Result<(Minutes, search::LazyIndex, Vec<String>), IndexError> {
    let taken: Vec<Option<Meeting>> = idx.meta.entries.iter().map(|e| fresh.meetings.remove(&e.path)).collect();
    let decoded: Vec<Result<Meeting, IndexError>> = idx
        .meta
        .entries
        .par_iter()
        .zip(taken)
        .map(|(e, f)| match f {
            Some(m) => Ok(m),
            None => postcard::from_bytes(idx.slice(e.meeting))
                .map_err(|source| IndexError::Record { path: e.path.clone(), source }),
        })
        .collect();
    let cross = match fresh.cross.take() {
        Some(c) => c,
        None => postcard::from_bytes::<Cross>(idx.slice(idx.meta.cross)).map_err(IndexError::Cross)?,
    };
    let mut meetings = Vec::with_capacity(decoded.len());
    let mut docs = Vec::with_capacity(decoded.len());
    for (d, e) in decoded.into_iter().zip(&idx.meta.entries) {
        let m = d?;
        docs.push((
            DocMeta { path: m.path.clone(), series: m.series.clone(), date: m.date, title: m.title.clone() },
            e.lines,
        ));
        meetings.push(m);
    }
    // Entries are in path order, which is the search index's order; the
    // minutes are ordered by date like the engine's.
    meetings.sort_by(minutes::by_date);
    let minutes = Minutes { meetings, ..cross.minutes };
    let part = idx.search.clone();
    let hay_total = part.len() as usize;
    let search = search::LazyIndex::deferred(move || {
        let bytes = match part.bytes() {
            Ok(b) => b,
            Err(why) => {
                // Never trusted: the lines come from the texts themselves
                // this time, and the next start rebuilds the index.
                tracing::warn!("index search part unusable ({why}); indexing the texts instead");
                part.discard_file();
                let mut b = IndexBuilder::with_capacity(docs.len(), hay_total, hay_total / 30);
                for (meta, _) in docs {
                    let l = search::doc_lines(&loader(&meta.path).unwrap_or_default());
                    b.push(meta, &l.hay, &l.lines);
                }
                return b.finish(loader);
            }
        };
        let mut b = IndexBuilder::with_capacity(docs.len(), hay_total, hay_total / 30);
        for (meta, r) in docs {
            match postcard::from_bytes::<DocLinesRef<'_>>(sub(&bytes, r)) {
                Ok(l) => b.push(meta, l.hay, &l.lines),
                Err(_) => b.push(meta, "", &[]),
            }
        }
        b.finish(loader)
    });
    Ok((minutes, search, cross.words))
}
