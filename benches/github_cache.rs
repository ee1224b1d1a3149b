//! How fast the cache shows the last snapshot at startup: `Cache::snapshot`
//! over a cache holding the minutes corpus (`../shared/corpus/scs-minutes`,
//! ~500 files), each blob read and checked against its SHA. Falls back to
//! 500 synthetic 5 KB files when the corpus is absent.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::PathBuf;

use chrono::Utc;
use criterion::Criterion;
use scsdash::sources::cache::{git_blob_sha1, Cache, Manifest};
use scsdash::sources::github::RepoSpec;

fn corpus_files() -> Vec<(String, Vec<u8>)> {
    let root = std::env::var("SCSDASH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")))
        .join("scs-minutes");
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "md") {
                if let (Ok(rel), Ok(bytes)) = (p.strip_prefix(&root), std::fs::read(&p)) {
                    out.push((rel.to_string_lossy().replace('\\', "/"), bytes));
                }
            }
        }
    }
    if out.is_empty() {
        eprintln!("SKIP corpus: not found at {}; using synthetic files", root.display());
        out = (0..500)
            .map(|i| (format!("series/{i:04}.md"), format!("# Minutes {i}\n{}", "- item\n".repeat(700)).into_bytes()))
            .collect();
    }
    out
}

fn main() {
    let files = corpus_files();
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(dir.path().to_path_buf()).unwrap();
    let repo = RepoSpec::default_minutes();
    let mut map = BTreeMap::new();
    for (path, bytes) in &files {
        let sha = git_blob_sha1(bytes);
        cache.write_blob(&repo, &sha, bytes).unwrap();
        map.insert(path.clone(), sha);
    }
    let manifest = Manifest {
        version: 1,
        source: repo.label(),
        etag: Some("\"bench\"".into()),
        tree_sha: "0".repeat(40),
        synced_at: Utc::now(),
        truncated: false,
        files: map,
    };
    cache.commit_manifest(&repo, &manifest).unwrap();
    let total: usize = files.iter().map(|(_, b)| b.len()).sum();
    eprintln!("cache: {} files, {} KB", files.len(), total / 1024);

    let mut c = Criterion::default().configure_from_args();
    c.bench_function("cache_snapshot_minutes", |b| b.iter(|| black_box(cache.snapshot(&repo).unwrap().files.len())));
    c.final_summary();
}
