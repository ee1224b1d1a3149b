//! Defects 4, 5, 7 and 10 against the fake GitHub's hostile modes:
//! a truncated tree, a corrupted cache, a missing repository, a trickling server.

use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::common_fake_github::{spec, Hostile, Server};
use crate::support::{run_bounded, text, Home};
use scsdash::sources::cache::{git_blob_sha1, Cache};
use scsdash::sources::github::{sync_repo, sync_repo_with, SyncError, SyncOptions};

fn many_files(n: usize) -> Vec<(String, String)> {
    (0..n).map(|i| (format!("team-{}/2026{:04}.md", i % 5, 100 + i), format!("# Meeting {i}\n\nText {i}.\n"))).collect()
}

fn set(server: &Server, files: &[(String, String)]) {
    let v: Vec<(&str, &str)> = files.iter().map(|(p, c)| (p.as_str(), c.as_str())).collect();
    server.fake.set_files(&v);
}

/// Defect 4: a truncated listing is walked by directory; nothing is lost.
#[tokio::test]
async fn truncated_tree_is_walked_by_directory_and_deletes_nothing() {
    let server = Server::start().await;
    let files = many_files(40);
    set(&server, &files);
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(dir.path().join("c")).unwrap();
    let client = server.client();
    sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert_eq!(cache.snapshot(&spec()).unwrap().files.len(), 40);

    // One more file upstream, and GitHub now truncates the recursive listing.
    let mut more = files.clone();
    more.push(("team-9/20261201.md".into(), "# new\n".into()));
    set(&server, &more);
    server.fake.set_hostile(Hostile::TruncatedTree);
    let r = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert_eq!(r.removed, 0, "{r:?}");
    assert_eq!(r.fetched, 1, "{r:?}");
    let snap = cache.snapshot(&spec()).unwrap();
    assert_eq!(snap.files.len(), 41, "every file, found by walking the directories");
    assert!(r.api_requests > 1, "directory listings were requested: {r:?}");

    // The walk fails too (every listing truncated): nothing cached is deleted.
    server.fake.set_hostile(Hostile::TruncatedEverywhere);
    set(&server, &more[1..]);
    let r = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert_eq!(r.removed, 0, "{r:?}");
    assert!(r.warnings.iter().any(|w| w.contains("kept")), "{:?}", r.warnings);
    assert_eq!(cache.snapshot(&spec()).unwrap().files.len(), 41);
    // ... and the incomplete manifest is not confirmed by a 304 later.
    server.fake.set_hostile(Hostile::None);
    let before = server.fake.if_none_match.lock().unwrap().len();
    let r = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert!(!r.not_modified);
    assert_eq!(server.fake.if_none_match.lock().unwrap()[before], None);
    assert_eq!(r.removed, 1, "a complete listing may remove the file that is really gone");
    assert_eq!(cache.snapshot(&spec()).unwrap().files.len(), 40);
}

/// Defect 5: a corrupted cached blob is skipped with a warning when read
/// and fetched again by the next sync (not "up to date").
#[tokio::test]
async fn corrupted_cache_blob_is_fetched_again() {
    let server = Server::start().await;
    let files = many_files(4);
    set(&server, &files);
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(dir.path().join("c")).unwrap();
    let client = server.client();
    sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    let blob = cache.repo_dir(&spec()).join("blobs").join(git_blob_sha1(files[2].1.as_bytes()));
    std::fs::write(&blob, b"bit rot").unwrap();

    let snap = cache.snapshot(&spec()).unwrap();
    assert_eq!(snap.files.len(), 3);
    assert!(snap.warnings.iter().any(|w| w.contains(&files[2].0) && w.contains("corrupt")), "{:?}", snap.warnings);

    let raw_before = server.fake.raw_hits.load(Ordering::SeqCst);
    let r = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    assert!(!r.not_modified, "a damaged cache is not up to date: {r:?}");
    assert_eq!((r.fetched, r.unchanged), (1, 3), "{r:?}");
    assert_eq!(server.fake.raw_hits.load(Ordering::SeqCst) - raw_before, 1);
    let snap = cache.snapshot(&spec()).unwrap();
    assert_eq!(snap.files.len(), 4);
    assert!(snap.warnings.is_empty());
}

/// Defect 5, the other side: a download that does not match its SHA is never cached.
#[tokio::test]
async fn corrupt_download_is_not_cached() {
    let server = Server::start().await;
    set(&server, &many_files(3));
    server.fake.set_hostile(Hostile::CorruptBlob);
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(dir.path().join("c")).unwrap();
    let e = sync_repo(&server.client(), &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap_err();
    assert!(matches!(e, SyncError::Integrity { .. }), "{e:?}");
    assert!(cache.snapshot(&spec()).is_none());
}

/// Defect 10: a server that trickles one byte at a time is cut off by the
/// bound on the whole request, though every single read is quick.
#[tokio::test]
async fn trickling_server_is_bounded_per_request() {
    let server = Server::start().await;
    set(&server, &many_files(2));
    server.fake.set_hostile(Hostile::TrickleBody);
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(dir.path().join("c")).unwrap();
    // Each read may take up to 10 s (the client's read timeout); the whole request 1 s.
    let client = server.client_with(None, Duration::from_secs(10));
    let opts = SyncOptions { request_timeout: Duration::from_secs(1) };
    let r = tokio::time::timeout(
        Duration::from_secs(30),
        sync_repo_with(&client, &server.endpoints(), &spec(), &cache, &|_| {}, &opts),
    )
    .await
    .expect("the sync is bounded");
    assert_eq!(r.unwrap_err(), SyncError::Timeout);
}

fn sync_args(server: &Server, cache: &std::path::Path) -> Vec<String> {
    vec![
        "--github-api-url".into(),
        format!("http://{}", server.addr),
        "--github-raw-url".into(),
        format!("http://{}/raw", server.addr),
        "--cache-dir".into(),
        cache.display().to_string(),
    ]
}

fn run(home: &Home, args: Vec<String>, timeout: Option<&str>) -> std::process::Output {
    let mut cmd = home.cmd(&args.iter().map(String::as_str).collect::<Vec<_>>());
    if let Some(t) = timeout {
        let cfg = home.write("cfg.toml", format!("[github]\ntimeout_secs = {t}\n"));
        cmd.env("SCSDASH_CONFIG", cfg);
    }
    run_bounded(cmd, Duration::from_secs(60))
}

/// Defect 7: `sync` fails (non-zero) when one repository failed, printing
/// what did work; a missing repository says so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_with_a_failed_repository_exits_non_zero() {
    let server = Server::start().await;
    set(&server, &many_files(2));
    let home = Home::new();
    let cache = home.path().join("cache-dir");
    let mut args = sync_args(&server, &cache);
    args.push("sync".into());
    // The fake serves the minutes only: the calendar repository is missing.
    let h = Home { dir: tempfile::tempdir().unwrap() };
    let a = args.clone();
    let out = tokio::task::spawn_blocking(move || run(&h, a, None)).await.unwrap();
    assert!(!out.status.success(), "one of two repositories failed");
    assert!(text(&out.stdout).contains("minutes@main"), "what worked is printed: {}", text(&out.stdout));
    assert!(text(&out.stderr).contains("calendar"), "{}", text(&out.stderr));

    server.fake.set_hostile(Hostile::MissingRepo);
    let a = args.clone();
    let h = Home { dir: tempfile::tempdir().unwrap() };
    let out = tokio::task::spawn_blocking(move || run(&h, a, None)).await.unwrap();
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("not found"), "{}", text(&out.stderr));
}

/// Defect 7: an unusable --cache-dir is an error, not a silent fallback to the demo.
#[test]
fn unusable_cache_dir_is_an_error() {
    let home = Home::new();
    let file = home.write("not-a-dir", "x");
    for args in [
        vec!["--cache-dir", file.to_str().unwrap(), "tenders", "--json"],
        vec!["--cache-dir", file.to_str().unwrap(), "sync"],
    ] {
        let out = home.run(&args);
        assert!(!out.status.success(), "{args:?}: {}", text(&out.stdout));
        assert!(out.stdout.is_empty(), "no demo data: {}", text(&out.stdout));
        assert!(text(&out.stderr).contains("cache"), "{}", text(&out.stderr));
    }
}

/// Issue #13 item 2: outside the TUI, no data source is an error naming the
/// ways to get one, never the demo data.
#[test]
fn no_data_source_is_an_error_naming_the_ways() {
    let home = Home::new();
    for cmd in [vec!["tenders", "--open", "--json"], vec!["meetings"], vec!["schedule", "--json"]] {
        let out = home.run(&cmd);
        assert!(!out.status.success(), "{cmd:?}: {}", text(&out.stdout));
        assert!(out.stdout.is_empty(), "{cmd:?} printed: {}", text(&out.stdout));
        let err = text(&out.stderr);
        for way in ["scsdash sync", "--minutes-dir", "--demo"] {
            assert!(err.contains(way), "{cmd:?}: {err}");
        }
    }
    let out = home.run(&["--demo", "tenders", "--open", "--json"]);
    assert!(out.status.success(), "--demo still works: {}", text(&out.stderr));
}

/// Defect 10: the whole `scsdash sync` is bounded against a trickling server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_sync_against_a_trickling_server_ends() {
    let server = Server::start().await;
    set(&server, &many_files(2));
    server.fake.set_hostile(Hostile::TrickleBody);
    let home = Home::new();
    let mut args = sync_args(&server, &home.path().join("c"));
    args.push("sync".into());
    let out = tokio::task::spawn_blocking(move || run(&home, args, Some("1"))).await.unwrap();
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("timeout"), "{}", text(&out.stderr));
}

/// Defect 10: in the TUI, `r` during a sync cancels it (the loop aborts the
/// task; the cache keeps its last complete snapshot), and progress says so.
#[test]
fn r_during_a_sync_cancels_it() {
    use scsdash::app::{Action, App, Cmd, Msg};
    let now = chrono::Utc::now();
    let cfg = scsdash::config::Config::default();
    let sources = scsdash::data::SourceChoice::new(&scsdash::data::SourceOpts::default(), &cfg);
    let mut app = App::new(cfg, chrono_tz::UTC, now, false, true);
    app.session = scsdash::app::Session::new(sources, false);
    assert!(matches!(app.on_action(Action::Refresh).as_slice(), [Cmd::Sync { .. }]));
    assert!(app.session.syncing);
    app.on_msg(Msg::SyncProgress { done: 3, total: 40 });
    assert!(app.status.progress.as_deref().is_some_and(|p| p.contains("3/40") && p.contains("r cancels")));
    assert_eq!(app.on_action(Action::Refresh), vec![Cmd::CancelSync]);
}
