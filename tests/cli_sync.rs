//! `scsdash sync` and the cache origin, end to end: the real binary against
//! the fake GitHub on 127.0.0.1 (the calendar repo is not served, so that
//! half fails with a 404 while the minutes land in the cache).

mod common_fake_github;

use std::process::{Command, Output};

use common_fake_github::Server;

fn run(home: &std::path::Path, args: Vec<String>) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scsdash"))
        .args(&args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env_remove("GITHUB_TOKEN")
        .env_remove("GH_TOKEN")
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_then_read_offline_from_the_cache() {
    let server = Server::start().await;
    server.fake.set_files(&[
        ("community-call/20261119.md", "# SCS Tech Weekly 2026-11-19\n\n## Meta\n\n- Minutes: Ada\n\n### Tenders\n\n- VP14 (IPv6): Tender is open\n"),
        ("container/20261116.md", "# Team Container\n\n- _AI @demo-user_: write the docs\n"),
    ]);
    let home = tempfile::tempdir().unwrap();
    let cache = home.path().join("scsdash-cache");
    let base = vec![
        "--github-api-url".to_string(),
        format!("http://{}", server.addr),
        "--github-raw-url".to_string(),
        format!("http://{}/raw", server.addr),
        "--cache-dir".to_string(),
        cache.display().to_string(),
    ];
    let h = home.path().to_path_buf();
    let mut args = base.clone();
    args.extend(["sync".to_string(), "--json".to_string()]);
    let out = tokio::task::spawn_blocking(move || run(&h, args)).await.unwrap();
    // The calendar half failed: non-zero, with what did work on stdout.
    assert!(!out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["source"], "SovereignCloudStack/minutes@main");
    assert_eq!(v[0]["fetched"], 2);
    assert_eq!(v[0]["api_requests"], 1);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("calendar"), "the calendar 404 is reported: {err}");

    // Offline: the cache is read, no request is made.
    let hits_before = server.fake.total_hits();
    let h = home.path().to_path_buf();
    let mut args = base.clone();
    args.extend(["--offline".to_string(), "tenders".to_string(), "--json".to_string()]);
    let out = tokio::task::spawn_blocking(move || run(&h, args)).await.unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["id"], "VP14");
    assert_eq!(server.fake.total_hits(), hits_before, "--offline never touches the network");

    // A warm sync with nothing changed: one request for the minutes.
    let h = home.path().to_path_buf();
    let mut args = base.clone();
    args.extend(["sync".to_string(), "--json".to_string()]);
    let out = tokio::task::spawn_blocking(move || run(&h, args)).await.unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["not_modified"], true, "{v}");
    assert_eq!(v[0]["fetched"], 0);
    // No token anywhere in the cache.
    for e in walk(&cache) {
        let bytes = std::fs::read(&e).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).to_lowercase().contains("authorization"), "{}", e.display());
    }
}

fn walk(root: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ics_feed_over_http_and_offline_refusal() {
    const ICS: &str = include_str!("fixtures/schedule/team_published.ics");
    let app = axum::Router::new().route("/scs.ics", axum::routing::get(|| async { ICS }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let home = tempfile::tempdir().unwrap();
    let url = format!("http://{addr}/scs.ics");
    let h = home.path().to_path_buf();
    let args: Vec<String> = ["--ics", &url, "schedule", "--from", "2026-01-05", "--days", "7", "--tz", "UTC", "--json"]
        .map(String::from)
        .to_vec();
    let out = tokio::task::spawn_blocking(move || run(&h, args)).await.unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let alpha = v.as_array().unwrap().iter().find(|o| o["title"] == "Team Alpha Meeting").expect("the feed's event");
    assert_eq!(alpha["start"], "2026-01-07T10:35:00Z");
    assert_eq!(alpha["source_tz"], "Europe/Berlin");

    let h = home.path().to_path_buf();
    let args: Vec<String> = ["--offline", "--ics", &url, "schedule"].map(String::from).to_vec();
    let out = tokio::task::spawn_blocking(move || run(&h, args)).await.unwrap();
    assert!(!out.status.success(), "--offline refuses to fetch a feed");
    assert!(String::from_utf8_lossy(&out.stderr).contains("offline"));
}
