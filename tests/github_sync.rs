//! Repository sync against a fake GitHub on 127.0.0.1, with the real octocrab client.

mod common_fake_github;

use std::sync::atomic::Ordering;
use std::time::Duration;

use common_fake_github::{dir_contents, spec, Recorder, Server, RESET_EPOCH};
use scsdash::model::SourceFile;
use scsdash::sources::cache::Cache;
use scsdash::sources::github::{sync_repo, RepoKind, RepoSpec, SyncError};
use scsdash::sources::token::Token;
use serde_json::json;

const A: &str = "# Community call 2026-11-19\n\n- [ ] @jan: write the release notes\n";
const B: &str = "# Team Container 2026-11-20\n\nNothing new.\n";
const C: &str = "# SIG Standards\n\nWe discussed standards#1020.\n";

fn files(snap: &scsdash::sources::cache::Snapshot) -> Vec<(String, String)> {
    snap.files.iter().map(|f| (f.path.clone(), String::from_utf8_lossy(&f.bytes).into_owned())).collect()
}

fn cache_in(dir: &tempfile::TempDir) -> Cache {
    Cache::open(dir.path().join("cache")).unwrap()
}

#[tokio::test]
async fn cold_sync_downloads_then_warm_sync_is_exactly_one_request() {
    let server = Server::start().await;
    server.fake.set_files(&[
        ("community-call/20261119.md", A),
        ("container/20261120.md", B),
        ("sig-standards/20261121.md", C),
        ("calendar.yml", "events: []\n"),
        ("README.txt", "not minutes"),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(&dir);
    let client = server.client();
    let rec = Recorder::default();

    let r = sync_repo(&client, &server.endpoints(), &spec(), &cache, &rec.cb()).await.unwrap();
    assert_eq!((r.fetched, r.unchanged, r.removed, r.api_requests), (3, 0, 0, 1));
    assert!(!r.not_modified);
    assert_eq!(r.source, "SovereignCloudStack/minutes@main");
    assert_eq!(server.fake.api_hits.load(Ordering::SeqCst), 1);
    assert_eq!(server.fake.raw_hits.load(Ordering::SeqCst), 3, "only *.md files are downloaded");
    let progress = rec.0.lock().unwrap().clone();
    assert_eq!(progress.first(), Some(&(0, 3)));
    assert_eq!(progress.last(), Some(&(3, 3)));

    let snap = cache.snapshot(&spec()).unwrap();
    assert_eq!(
        files(&snap),
        vec![
            ("community-call/20261119.md".to_string(), A.to_string()),
            ("container/20261120.md".to_string(), B.to_string()),
            ("sig-standards/20261121.md".to_string(), C.to_string()),
        ]
    );
    assert_eq!(snap.commit, server.fake.tree_sha());

    // Warm sync, nothing changed: one conditional request, nothing else.
    let before = server.fake.total_hits();
    let r = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert_eq!(server.fake.total_hits() - before, 1, "a warm sync costs exactly one request");
    assert!(r.not_modified);
    assert_eq!((r.fetched, r.unchanged, r.removed, r.api_requests), (0, 3, 0, 1));
    let inm = server.fake.if_none_match.lock().unwrap().clone();
    assert_eq!(inm, vec![None, Some(format!("\"{}\"", server.fake.tree_sha()))]);
    assert_eq!(files(&cache.snapshot(&spec()).unwrap()), files(&snap));
}

#[tokio::test]
async fn changed_blob_redownloaded_and_removed_file_deleted() {
    let server = Server::start().await;
    server.fake.set_files(&[("a/1.md", A), ("b/2.md", B), ("c/3.md", C)]);
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(&dir);
    let client = server.client();
    sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();

    server.fake.set_files(&[("a/1.md", A), ("b/2.md", "# changed\n"), ("d/4.md", "# new\n")]);
    let raw_before = server.fake.raw_hits.load(Ordering::SeqCst);
    let r = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert_eq!((r.fetched, r.unchanged, r.removed), (2, 1, 1));
    assert_eq!(server.fake.raw_hits.load(Ordering::SeqCst) - raw_before, 2);
    let mut paths = server.fake.raw_paths.lock().unwrap()[3..].to_vec();
    paths.sort();
    assert_eq!(paths, vec!["b/2.md", "d/4.md"]);

    let snap = cache.snapshot(&spec()).unwrap();
    assert_eq!(
        files(&snap),
        vec![
            ("a/1.md".to_string(), A.to_string()),
            ("b/2.md".to_string(), "# changed\n".to_string()),
            ("d/4.md".to_string(), "# new\n".to_string()),
        ]
    );
    // The blobs of the old b/2.md and of c/3.md are gone from the store.
    let blobs: Vec<_> =
        dir_contents(&cache.repo_dir(&spec())).into_iter().filter(|(p, _)| p.starts_with("blobs")).collect();
    assert_eq!(blobs.len(), 3);
    assert!(!blobs.iter().any(|(_, b)| b == C.as_bytes() || b == B.as_bytes()));
}

#[tokio::test]
async fn wrong_content_is_refused_and_not_cached() {
    let server = Server::start().await;
    server.fake.set_files(&[("a/1.md", A), ("b/2.md", B)]);
    server.fake.raw_wrong.lock().unwrap().insert("b/2.md".into(), b"# tampered\n".to_vec());
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(&dir);
    let err = sync_repo(&server.client(), &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap_err();
    assert_eq!(err, SyncError::Integrity { path: "b/2.md".into() });
    assert!(err.to_string().contains("b/2.md"));
    assert!(cache.snapshot(&spec()).is_none(), "no manifest after a failed cold sync");
    assert!(!dir_contents(dir.path()).values().any(|b| b == b"# tampered\n"));
}

#[tokio::test]
async fn unsafe_paths_are_refused_never_written() {
    let server = Server::start().await;
    server.fake.set_files(&[("a/1.md", A)]);
    let sha = "0123456789abcdef0123456789abcdef01234567";
    let bad = ["../x.md", "/etc/x.md", "a/../../b.md", "a\\..\\y.md", "C:/z.md", "a//w.md", "esc\u{1b}[2J.md"];
    *server.fake.extra_entries.lock().unwrap() =
        bad.iter().map(|p| json!({"path": p, "mode": "100644", "type": "blob", "sha": sha, "size": 3})).collect();
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(&dir);
    let r = sync_repo(&server.client(), &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert_eq!(r.fetched, 1);
    assert_eq!(r.warnings.len(), 6, "{:?}", r.warnings); // five shown + "refused N more"
    assert!(r.warnings.iter().all(|w| !w.contains('\u{1b}')));
    assert_eq!(server.fake.raw_paths.lock().unwrap().clone(), vec!["a/1.md"], "unsafe paths never requested");
    let snap = cache.snapshot(&spec()).unwrap();
    assert_eq!(snap.files, vec![SourceFile::new("a/1.md", A)]);
    let manifest = std::fs::read_to_string(cache.repo_dir(&spec()).join("manifest.json")).unwrap();
    assert!(!manifest.contains("x.md") && !manifest.contains("b.md"));
    // Nothing was written anywhere but the cache directory.
    for p in dir_contents(dir.path()).keys() {
        assert!(p.starts_with("cache"), "{}", p.display());
    }
}

#[tokio::test]
async fn interrupted_sync_leaves_previous_snapshot_readable() {
    let server = Server::start().await;
    let old: Vec<(String, String)> = (0..8).map(|i| (format!("m/{i}.md"), format!("# old {i}\n"))).collect();
    let old_refs: Vec<(&str, &str)> = old.iter().map(|(p, c)| (p.as_str(), c.as_str())).collect();
    server.fake.set_files(&old_refs);
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(&dir);
    let client = server.client();
    sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    let before = cache.snapshot(&spec()).unwrap();
    let manifest_path = cache.repo_dir(&spec()).join("manifest.json");
    let manifest_before = std::fs::read(&manifest_path).unwrap();

    let new: Vec<(String, String)> = (0..8).map(|i| (format!("m/{i}.md"), format!("# new {i}\n"))).collect();
    let new_refs: Vec<(&str, &str)> = new.iter().map(|(p, c)| (p.as_str(), c.as_str())).collect();
    server.fake.set_files(&new_refs);
    *server.fake.raw_fail.lock().unwrap() = (0..8).filter(|i| i % 2 == 1).map(|i| format!("m/{i}.md")).collect();
    let err = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap_err();
    assert_eq!(err, SyncError::Server { status: 500 });
    assert_eq!(std::fs::read(&manifest_path).unwrap(), manifest_before, "manifest untouched");
    let after = cache.snapshot(&spec()).unwrap();
    assert_eq!(after, before, "the previous snapshot is complete and unchanged");

    // The next try (the user presses r) completes the sync.
    server.fake.raw_fail.lock().unwrap().clear();
    let r = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert_eq!(r.fetched + r.unchanged, 8);
    assert!(r.fetched >= 4);
    let expect: Vec<(String, String)> = new.clone();
    assert_eq!(files(&cache.snapshot(&spec()).unwrap()), expect);
}

#[tokio::test]
async fn token_goes_to_the_api_but_never_into_the_cache() {
    let server = Server::start().await;
    server.fake.set_files(&[("a/1.md", A), ("b/2.md", B)]);
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(&dir);
    let secret = "ghp_NeverWriteMe0123456789";
    let token = Token::new(secret).unwrap();
    let client = server.client_with(Some(&token), Duration::from_secs(10));
    let r = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert_eq!(r.fetched, 2);
    let auth = server.fake.auth_seen.lock().unwrap().clone();
    assert_eq!(auth[0].as_deref(), Some(format!("Bearer {secret}").as_str()), "the API request is authenticated");
    for (path, bytes) in dir_contents(dir.path()) {
        assert!(!String::from_utf8_lossy(&bytes).contains(secret), "token in {}", path.display());
        assert!(!path.to_string_lossy().contains(secret));
    }
    assert!(!format!("{r:?}").contains(secret));
    assert!(!serde_json::to_string(&r).unwrap().contains(secret));
}

#[tokio::test]
async fn rate_limit_headers_are_reported() {
    let server = Server::start().await;
    server.fake.set_files(&[("a/1.md", A)]);
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(&dir);
    let client = server.client();
    let r = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert_eq!(r.rate_limit_remaining, Some(59));
    let reset = chrono::DateTime::from_timestamp(RESET_EPOCH as i64, 0).unwrap().to_rfc3339();
    assert_eq!(r.rate_limit_reset.as_deref(), Some(reset.as_str()));
    let r = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert_eq!(r.rate_limit_remaining, Some(58), "also read from a 304");
}

#[tokio::test]
async fn raw_host_without_tree_sha_falls_back_to_the_branch() {
    let server = Server::start().await;
    server.fake.set_files(&[("a/1.md", A), ("b/2.md", B), ("c/3.md", C)]);
    server.fake.raw_by_branch_only.store(true, Ordering::SeqCst);
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(&dir);
    let r = sync_repo(&server.client(), &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert_eq!(r.fetched, 3);
    assert_eq!(cache.snapshot(&spec()).unwrap().files.len(), 3);
    assert!(server.fake.raw_hits.load(Ordering::SeqCst) <= 3 + 3);
}

#[tokio::test]
async fn truncated_tree_gives_a_warning() {
    let server = Server::start().await;
    server.fake.set_files(&[("a/1.md", A)]);
    server.fake.truncated.store(true, Ordering::SeqCst);
    let dir = tempfile::tempdir().unwrap();
    let r = sync_repo(&server.client(), &server.endpoints(), &spec(), &cache_in(&dir), &|_| {}).await.unwrap();
    assert!(r.warnings.iter().any(|w| w.contains("truncated")), "{:?}", r.warnings);
}

#[tokio::test]
async fn a_damaged_cache_is_repaired_not_trusted_by_304() {
    let server = Server::start().await;
    server.fake.set_files(&[("a/1.md", A), ("b/2.md", B)]);
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(&dir);
    let client = server.client();
    sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    let blob = cache.repo_dir(&spec()).join("blobs").join(scsdash::sources::cache::git_blob_sha1(B.as_bytes()));
    std::fs::remove_file(&blob).unwrap();
    let r = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert!(!r.not_modified);
    assert_eq!((r.fetched, r.unchanged), (1, 1));
    assert_eq!(server.fake.if_none_match.lock().unwrap()[1], None);
    assert_eq!(cache.snapshot(&spec()).unwrap().files.len(), 2);
}

#[tokio::test]
async fn calendar_kind_keeps_yaml_only() {
    let server = Server::start().await;
    server.fake.set_files(&[("calendar.yml", "events: []\n"), ("more/b.yaml", "x: 1\n"), ("README.md", "# r\n")]);
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(&dir);
    // The fake serves one repository; only the kind differs.
    let cal = RepoSpec { kind: RepoKind::Calendar, ..spec() };
    let r = sync_repo(&server.client(), &server.endpoints(), &cal, &cache, &|_| {}).await.unwrap();
    assert_eq!(r.fetched, 2);
    let snap = cache.snapshot(&cal).unwrap();
    let paths: Vec<_> = snap.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, vec!["calendar.yml", "more/b.yaml"]);
    assert!(cache.snapshot(&spec()).is_none(), "minutes and calendar caches are separate");
}

#[tokio::test]
async fn enterprise_api_path_keeps_raw_urls_intact() {
    let server = Server::start().await;
    server.fake.set_files(&[("a/1.md", A), ("b/2.md", B)]);
    let ep = scsdash::sources::github::GithubEndpoints::new(
        format!("http://{}/api/v3/", server.addr),
        format!("http://{}/raw", server.addr),
    );
    let client = scsdash::sources::github::build_client(&ep, None, Duration::from_secs(10)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(&dir);
    let r = sync_repo(&client, &ep, &spec(), &cache, &|_| {}).await.unwrap();
    assert_eq!((r.fetched, r.api_requests), (2, 1));
    assert_eq!(server.fake.raw_hits.load(Ordering::SeqCst), 2);
    assert_eq!(cache.snapshot(&spec()).unwrap().files.len(), 2);
}
