//! The on-disk cache of synced repositories: content-addressed blobs plus one
//! manifest per repository.
//!
//! ```text
//! <root>/<repo-key>/blobs/<blob sha>   file contents, named by git blob SHA
//! <root>/<repo-key>/manifest.json      {etag, tree_sha, synced_at, files: {path: sha}}
//! ```
//! Every file is written atomically (temp file in the same directory, write,
//! fsync, rename). A sync writes its new blobs first and the manifest last, so
//! a sync cut off halfway leaves the previous manifest, and every blob it
//! names, in place. No token or other credential is ever written here.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::SourceFile;
use crate::sources::github::RepoSpec;

/// Longest path accepted from a tree listing, in bytes.
pub const MAX_PATH_LEN: usize = 1024;
/// Largest file kept in the cache (and downloaded), in bytes.
pub const MAX_BLOB_LEN: u64 = 32 * 1024 * 1024;
const MANIFEST: &str = "manifest.json";
const MANIFEST_VERSION: u32 = 1;

/// The cache directory: one subdirectory per repository.
#[derive(Debug, Clone)]
pub struct Cache {
    root: PathBuf,
}

/// What a previous successful sync left: the files (path order) and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// Every cached file of the repository, sorted by path.
    pub files: Vec<SourceFile>,
    /// When the sync that produced this snapshot finished (or last confirmed it with a 304).
    pub synced_at: DateTime<Utc>,
    /// The git tree SHA of the branch at that sync.
    pub commit: String,
    /// Files the manifest names that could not be read (missing or corrupt
    /// blobs), one line each; the next sync fetches them again.
    pub warnings: Vec<String>,
}

/// The manifest of one repository's cache (`manifest.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Format version.
    pub version: u32,
    /// `owner/repo@branch` it was synced from.
    pub source: String,
    /// ETag of the tree listing, sent back as `If-None-Match`.
    pub etag: Option<String>,
    /// Root tree SHA of the branch.
    pub tree_sha: String,
    /// When the last sync finished.
    pub synced_at: DateTime<Utc>,
    /// Whether GitHub said the tree listing was truncated.
    #[serde(default)]
    pub truncated: bool,
    /// Path -> blob SHA of every cached file.
    #[serde(deserialize_with = "sorted_map")]
    pub files: BTreeMap<String, String>,
}

/// The manifest's `files` (written in path order): collected in order and
/// built in one pass, instead of thousands of inserts that each compare long
/// shared path prefixes (most of a warm start's work at 8000 files).
fn sorted_map<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
    struct Pairs;
    impl<'de> serde::de::Visitor<'de> for Pairs {
        type Value = Vec<(String, String)>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a map of paths to blob SHAs")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::with_capacity(map.size_hint().unwrap_or(0).min(1 << 16));
            while let Some(kv) = map.next_entry::<String, String>()? {
                out.push(kv);
            }
            Ok(out)
        }
    }
    // `from_iter` sorts (linear on sorted input) and keeps the last of equal
    // keys, as inserting one by one would.
    Ok(d.deserialize_map(Pairs)?.into_iter().collect())
}

/// Only the time of a manifest, read without keeping its file list.
#[derive(Deserialize)]
struct ManifestTime {
    version: u32,
    synced_at: DateTime<Utc>,
}

impl Cache {
    /// Opens (creating it if needed) a cache rooted at `root`.
    pub fn open(root: PathBuf) -> std::io::Result<Cache> {
        std::fs::create_dir_all(&root)?;
        Ok(Cache { root })
    }

    /// The platform cache directory for scsdash (e.g. `~/.cache/scsdash`).
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("community", "scs", "scsdash").map(|d| d.cache_dir().to_path_buf())
    }

    /// The cache's root directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The directory holding one repository's manifest and blobs.
    pub fn repo_dir(&self, repo: &RepoSpec) -> PathBuf {
        self.root.join(repo_key(repo))
    }

    fn blobs_dir(&self, repo: &RepoSpec) -> PathBuf {
        self.repo_dir(repo).join("blobs")
    }

    fn blob_path(&self, repo: &RepoSpec, sha: &str) -> Option<PathBuf> {
        is_hex_sha(sha).then(|| self.blobs_dir(repo).join(sha))
    }

    /// Where the manifest of `repo` is (it may not exist).
    pub fn manifest_path(&self, repo: &RepoSpec) -> PathBuf {
        self.repo_dir(repo).join(MANIFEST)
    }

    /// The manifest of the last successful sync, if readable.
    pub fn manifest(&self, repo: &RepoSpec) -> Option<Manifest> {
        let path = self.manifest_path(repo);
        let bytes = std::fs::read(&path).ok()?;
        match serde_json::from_slice::<Manifest>(&bytes) {
            Ok(m) if m.version == MANIFEST_VERSION => Some(m),
            Ok(_) => None,
            Err(e) => {
                tracing::warn!("ignoring unreadable cache manifest {}: {e}", path.display());
                None
            }
        }
    }

    /// When the last successful sync finished, if its manifest is readable:
    /// [`Cache::manifest`] without building the file list.
    pub fn synced_at(&self, repo: &RepoSpec) -> Option<DateTime<Utc>> {
        let bytes = std::fs::read(self.manifest_path(repo)).ok()?;
        match serde_json::from_slice::<ManifestTime>(&bytes) {
            Ok(m) if m.version == MANIFEST_VERSION => Some(m.synced_at),
            _ => None,
        }
    }

    /// True when the blob is stored.
    pub fn has_blob(&self, repo: &RepoSpec, sha: &str) -> bool {
        self.blob_path(repo, sha).is_some_and(|p| p.is_file())
    }

    /// Reads a stored blob.
    pub fn read_blob(&self, repo: &RepoSpec, sha: &str) -> Option<Vec<u8>> {
        std::fs::read(self.blob_path(repo, sha)?).ok()
    }

    /// Stores a blob atomically under its SHA (the caller has verified it).
    pub fn write_blob(&self, repo: &RepoSpec, sha: &str, bytes: &[u8]) -> std::io::Result<()> {
        let path = self
            .blob_path(repo, sha)
            .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a blob SHA"))?;
        write_atomic(&path, bytes)
    }

    /// Replaces the manifest atomically: the commit point of a sync.
    pub fn commit_manifest(&self, repo: &RepoSpec, manifest: &Manifest) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(manifest).map_err(std::io::Error::other)?;
        write_atomic(&self.manifest_path(repo), &json)
    }

    /// Removes blobs (and leftover temp files) not named in `keep`; returns how many.
    pub fn remove_unreferenced(&self, repo: &RepoSpec, keep: &HashSet<&str>) -> std::io::Result<usize> {
        // Temp files a killed process left beside the manifest.
        if let Ok(rd) = std::fs::read_dir(self.repo_dir(repo)) {
            for e in rd.flatten() {
                if e.file_name().to_string_lossy().starts_with(".tmp-") {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
        let dir = self.blobs_dir(repo);
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e),
        };
        let mut removed = 0;
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if !keep.contains(name.as_ref())
                && entry.file_type().is_ok_and(|t| t.is_file())
                && std::fs::remove_file(entry.path()).is_ok()
            {
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// The last complete snapshot of `repo`, or `None` when never synced.
    /// Blobs that are missing or do not match their SHA are skipped with a warning.
    pub fn snapshot(&self, repo: &RepoSpec) -> Option<Snapshot> {
        let manifest = self.manifest(repo)?;
        let mut files = Vec::with_capacity(manifest.files.len());
        let mut warnings = Vec::new();
        for (path, sha) in &manifest.files {
            if let Err(why) = check_rel_path(path) {
                tracing::warn!("cache manifest: skipping unsafe path ({why})");
                warnings.push(format!("cache: skipped an unsafe path ({why})"));
                continue;
            }
            match self.read_blob(repo, sha) {
                Some(bytes) if blob_ok(sha, &bytes) => {
                    files.push(SourceFile::new(path.clone(), bytes));
                }
                Some(_) => {
                    tracing::warn!("cache: blob for {path} is corrupt; skipped");
                    warnings.push(format!("cache: {path} is corrupt; skipped (the next sync fetches it again)"));
                }
                None => {
                    tracing::warn!("cache: blob for {path} is missing; skipped");
                    warnings.push(format!("cache: {path} is missing; skipped (the next sync fetches it again)"));
                }
            }
        }
        Some(Snapshot { files, synced_at: manifest.synced_at, commit: manifest.tree_sha, warnings })
    }

    /// True when the blob is stored and its content matches its SHA.
    pub fn has_valid_blob(&self, repo: &RepoSpec, sha: &str) -> bool {
        self.read_blob(repo, sha).is_some_and(|b| blob_ok(sha, &b))
    }

    /// True when every blob the manifest names is present and intact (only
    /// then may a 304 be trusted).
    pub fn is_complete(&self, repo: &RepoSpec, manifest: &Manifest) -> bool {
        manifest.files.values().all(|sha| self.has_valid_blob(repo, sha))
    }
}

/// Does `bytes` match the blob SHA `sha`? SHA-1 names are checked; SHA-256
/// repositories (64 hex digits) are not verifiable here and pass.
fn blob_ok(sha: &str, bytes: &[u8]) -> bool {
    sha.len() != 40 || git_blob_sha1(bytes) == sha
}

/// Directory name of a repository in the cache: readable and collision-free.
pub fn repo_key(repo: &RepoSpec) -> String {
    let exact = format!("{}\n{}\n{}\n{}", repo.owner, repo.repo, repo.branch, repo.kind.as_str());
    let readable: String = format!("{}_{}_{}_{}", repo.owner, repo.repo, repo.branch, repo.kind.as_str())
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '.' || c == '_' { c } else { '_' })
        .take(100)
        .collect();
    let hash = sha1_smol::Sha1::from(exact.as_bytes()).digest().to_string();
    format!("{readable}-{}", &hash[..10])
}

/// The git blob SHA-1 of `bytes`: sha1("blob <len>\0" + bytes), lowercase hex.
pub fn git_blob_sha1(bytes: &[u8]) -> String {
    let mut h = sha1_smol::Sha1::new();
    h.update(format!("blob {}\0", bytes.len()).as_bytes());
    h.update(bytes);
    h.digest().to_string()
}

/// A lowercase hex SHA-1 (40) or SHA-256 (64).
pub fn is_hex_sha(s: &str) -> bool {
    (s.len() == 40 || s.len() == 64) && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Accepts only plain relative `/`-separated paths: refuses empty, absolute,
/// `..`/`.` or empty segments, backslashes, NUL and control characters, `:`
/// (drive letters, NTFS streams), over-long paths and segments.
pub fn check_rel_path(path: &str) -> Result<(), &'static str> {
    if path.is_empty() {
        return Err("empty path");
    }
    if path.len() > MAX_PATH_LEN {
        return Err("path too long");
    }
    if path.starts_with('/') {
        return Err("absolute path");
    }
    if path.contains('\\') {
        return Err("backslash in path");
    }
    if path.chars().any(|c| c.is_control()) {
        return Err("control character in path");
    }
    if path.contains(':') {
        return Err("colon (drive letter or stream) in path");
    }
    let mut depth = 0;
    for seg in path.split('/') {
        depth += 1;
        match seg {
            "" => return Err("empty path segment"),
            "." | ".." => return Err("dot segment in path"),
            s if s.len() > 255 => return Err("path segment too long"),
            _ => {}
        }
    }
    if depth > 64 {
        return Err("path too deep");
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically (creating its directory): see [`super::atomic`].
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().ok_or_else(|| std::io::Error::other("no parent directory"))?;
    std::fs::create_dir_all(dir)?;
    super::atomic::write_atomic(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::github::RepoKind;

    #[test]
    fn manifest_files_read_in_any_order_the_last_of_equal_paths_wins() {
        let json = r#"{"version":1,"source":"o/r@main","etag":null,"tree_sha":"t",
            "synced_at":"2026-01-02T03:04:05Z",
            "files":{"b/2.md":"s2","a/1.md":"s1","b/2.md":"s3","c.md":"s4"}}"#;
        let m: Manifest = serde_json::from_str(json).unwrap();
        let files: Vec<(&str, &str)> = m.files.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(files, [("a/1.md", "s1"), ("b/2.md", "s3"), ("c.md", "s4")]);
        assert!(serde_json::from_str::<Manifest>(&json.replace("\"s4\"", "4")).is_err());
    }

    #[test]
    fn synced_at_reads_the_time_of_a_current_manifest_only() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path().to_path_buf()).unwrap();
        let repo = RepoSpec::new("o", "r", "main", RepoKind::Minutes);
        assert_eq!(cache.synced_at(&repo), None);
        let at = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let mut m = Manifest {
            version: MANIFEST_VERSION,
            source: "o/r@main".into(),
            etag: None,
            tree_sha: "t".into(),
            synced_at: at,
            truncated: false,
            files: BTreeMap::from([("a.md".to_string(), "0".repeat(40))]),
        };
        cache.commit_manifest(&repo, &m).unwrap();
        assert_eq!(cache.synced_at(&repo), Some(at));
        assert_eq!(cache.synced_at(&repo), cache.manifest(&repo).map(|m| m.synced_at));
        m.version = MANIFEST_VERSION + 1;
        cache.commit_manifest(&repo, &m).unwrap();
        assert_eq!(cache.synced_at(&repo), None);
        std::fs::write(cache.manifest_path(&repo), b"{\"version\":1,").unwrap();
        assert_eq!(cache.synced_at(&repo), None);
    }

    #[test]
    fn blob_sha_matches_git() {
        // `printf 'hello\n' | git hash-object --stdin`
        assert_eq!(git_blob_sha1(b"hello\n"), "ce013625030ba8dba906f756967f9e9ca394464a");
        assert_eq!(git_blob_sha1(b""), "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
    }

    #[test]
    fn unsafe_paths_refused() {
        for p in [
            "",
            "/etc/x.md",
            "../x.md",
            "a/../../b.md",
            "a//b.md",
            "./a.md",
            "a\\b.md",
            "C:/x.md",
            "c:x.md",
            "a\0b.md",
            "a\nb.md",
            "a/\u{1b}[31m.md",
        ] {
            assert!(check_rel_path(p).is_err(), "{p:?} accepted");
        }
        assert!(check_rel_path(&"a/".repeat(600)).is_err());
        for p in ["community-call/20230720.md", "README.md", "sig-standards/2024 notes.md", "ü/ö.md", "a..b.md"] {
            assert!(check_rel_path(p).is_ok(), "{p:?} refused");
        }
    }

    #[test]
    fn repo_keys_differ_and_are_plain() {
        let a = RepoSpec::new("SovereignCloudStack", "minutes", "main", RepoKind::Minutes);
        let b = RepoSpec::new("SovereignCloudStack", "minutes", "feature/x", RepoKind::Minutes);
        let c = RepoSpec::new("SovereignCloudStack", "minutes", "feature_x", RepoKind::Minutes);
        let (ka, kb, kc) = (repo_key(&a), repo_key(&b), repo_key(&c));
        assert!(ka.starts_with("SovereignCloudStack_minutes_main_minutes-"));
        assert_ne!(kb, kc);
        assert!(kb.chars().all(|c| c.is_ascii_alphanumeric() || "-._".contains(c)));
    }

    #[test]
    fn write_read_snapshot_and_gc() {
        let dir = std::env::temp_dir().join(format!("scsdash-cache-unit-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let cache = Cache::open(dir.clone()).unwrap();
        let repo = RepoSpec::new("o", "r", "main", RepoKind::Minutes);
        assert!(cache.snapshot(&repo).is_none());
        let (x, y) = (b"x\n".to_vec(), b"y\n".to_vec());
        let (sx, sy) = (git_blob_sha1(&x), git_blob_sha1(&y));
        cache.write_blob(&repo, &sx, &x).unwrap();
        cache.write_blob(&repo, &sy, &y).unwrap();
        assert!(cache.write_blob(&repo, "../evil", b"").is_err());
        let m = Manifest {
            version: 1,
            source: "o/r@main".into(),
            etag: Some("\"e\"".into()),
            tree_sha: "t".into(),
            synced_at: DateTime::from_timestamp(0, 0).unwrap(),
            truncated: false,
            files: [("b.md".to_string(), sx.clone()), ("../a.md".to_string(), sy.clone())].into_iter().collect(),
        };
        cache.commit_manifest(&repo, &m).unwrap();
        let snap = cache.snapshot(&repo).unwrap();
        assert_eq!(snap.files, vec![SourceFile::new("b.md", x.clone())]);
        std::fs::write(cache.repo_dir(&repo).join(".tmp-1-manifest.json"), b"{").unwrap();
        let keep: HashSet<&str> = [sx.as_str()].into_iter().collect();
        assert_eq!(cache.remove_unreferenced(&repo, &keep).unwrap(), 1);
        assert!(cache.has_blob(&repo, &sx) && !cache.has_blob(&repo, &sy));
        assert!(!cache.repo_dir(&repo).join(".tmp-1-manifest.json").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
