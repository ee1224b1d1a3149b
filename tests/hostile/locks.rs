//! Defect 12: OS file locks for the sync lock and the draft locks. A lock
//! file naming a live pid (pid 1, the syncing process itself in a container)
//! blocks nothing; a held lock blocks, and dies with its holder.

use std::time::Duration;

use crate::common_fake_github::Server;
use crate::support::{run_bounded, text, Home};
use scsdash::editor::drafts::{DraftStore, LockError};

fn sync(home: &Home, server: &Server, cache: &std::path::Path) -> std::process::Output {
    let args = [
        "--github-api-url".to_string(),
        format!("http://{}", server.addr),
        "--github-raw-url".to_string(),
        format!("http://{}/raw", server.addr),
        "--cache-dir".to_string(),
        cache.display().to_string(),
        "sync".to_string(),
    ];
    run_bounded(home.cmd(&args.iter().map(String::as_str).collect::<Vec<_>>()), Duration::from_secs(60))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_live_pid_in_the_sync_lock_file_does_not_block_syncing() {
    let server = Server::start().await;
    server.fake.set_files(&[("a/20261116.md", "# a\n")]);
    let home = Home::new();
    let cache = home.path().join("cache");
    std::fs::create_dir_all(&cache).unwrap();
    std::fs::write(cache.join(".sync.lock"), "1").unwrap();
    let (h, c, s) = (home, cache.clone(), server);
    let (out, home, server) = tokio::task::spawn_blocking(move || (sync(&h, &s, &c), h, s)).await.unwrap();
    let err = text(&out.stderr);
    assert!(!err.contains("is syncing"), "a pid file is no lock: {err}");
    assert!(text(&out.stdout).contains("minutes@main"), "{}", text(&out.stdout));

    // A lock really held (another process syncing) is respected.
    let held = std::fs::File::options().read(true).write(true).open(cache.join(".sync.lock")).unwrap();
    held.try_lock().unwrap();
    let c = cache.clone();
    let out = tokio::task::spawn_blocking(move || sync(&home, &server, &c)).await.unwrap();
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("another scsdash is syncing"), "{}", text(&out.stderr));
    drop(held);
}

#[test]
fn a_draft_lock_file_naming_pid_1_is_recovered() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = DraftStore::open(dir.path()).unwrap();
    let m = store.create("ops", chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(), "typed").unwrap();
    std::fs::write(dir.path().join(format!("{}.lock", m.id)), r#"{"pid":1,"host":"","nonce":"x"}"#).unwrap();
    let lock = store.lock(&m.id).expect("pid 1 being alive does not keep the draft locked");
    assert!(lock.recovered());
    let other = DraftStore::open(dir.path()).unwrap();
    assert!(matches!(other.lock(&m.id), Err(LockError::HeldBy { .. })));
    drop(lock);
    assert!(DraftStore::open(dir.path()).unwrap().lock(&m.id).is_ok());
}
