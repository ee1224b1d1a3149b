//! Every failure of a sync gives a plain error, costs one request (no hidden
//! retries) and leaves the cache byte-for-byte untouched.

mod common_fake_github;

use std::sync::atomic::Ordering;
use std::time::Duration;

use common_fake_github::{closed_port, dir_contents, raw_tcp_server, spec, Reply, Server, RESET_EPOCH};
use scsdash::sources::cache::Cache;
use scsdash::sources::github::{build_client, sync_repo, GithubEndpoints, SyncError};

const A: &str = "# Community call\n";

/// Syncs once successfully, then applies `reply` to the tree endpoint and
/// syncs again: returns the error; asserts the cache is untouched and that
/// exactly one request was made.
async fn fail_with(reply: Reply) -> SyncError {
    let server = Server::start().await;
    server.fake.set_files(&[("a/1.md", A)]);
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(dir.path().join("cache")).unwrap();
    let client = server.client_with(None, Duration::from_millis(300));
    sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    let before = dir_contents(dir.path());
    let hits = server.fake.total_hits();
    *server.fake.tree_reply.lock().unwrap() = Some(reply);
    let (ep, repo) = (server.endpoints(), spec());
    let fut = sync_repo(&client, &ep, &repo, &cache, &|_| {});
    let err = tokio::time::timeout(Duration::from_secs(20), fut).await.expect("bounded").unwrap_err();
    assert_eq!(server.fake.total_hits() - hits, 1, "one request, no automatic retry ({err})");
    assert_eq!(dir_contents(dir.path()), before, "cache untouched after {err}");
    assert_eq!(cache.snapshot(&spec()).unwrap().files.len(), 1);
    err
}

fn json_err(status: u16, headers: Vec<(&'static str, String)>, msg: &str) -> Reply {
    Reply::Status(status, headers, format!(r#"{{"message":"{msg}","documentation_url":"https://docs.github.com"}}"#))
}

#[tokio::test]
async fn unauthorized_401() {
    let e = fail_with(json_err(401, vec![], "Bad credentials")).await;
    assert_eq!(e, SyncError::Unauthorized);
    assert!(e.to_string().contains("401"));
}

#[tokio::test]
async fn forbidden_403() {
    let e = fail_with(json_err(403, vec![("x-ratelimit-remaining", "42".into())], "Resource not accessible")).await;
    assert!(matches!(e, SyncError::Forbidden { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "GitHub refused access to SovereignCloudStack/minutes@main (403): the token may lack permission"
    );
}

#[tokio::test]
async fn rate_limited_403_with_remaining_zero() {
    let h = vec![("x-ratelimit-remaining", "0".into()), ("x-ratelimit-reset", RESET_EPOCH.to_string())];
    let e = fail_with(json_err(403, h, "API rate limit exceeded for 127.0.0.1.")).await;
    let reset = chrono::DateTime::from_timestamp(RESET_EPOCH as i64, 0);
    assert_eq!(e, SyncError::RateLimited { reset });
    assert_eq!(e.to_string(), "GitHub rate limit reached; resets at 17:46 UTC");
}

#[tokio::test]
async fn rate_limited_429_says_when_it_resets() {
    let h = vec![("x-ratelimit-remaining", "0".into()), ("x-ratelimit-reset", "1900003600".into())];
    let e = fail_with(json_err(429, h, "Too many requests")).await;
    assert_eq!(e.to_string(), "GitHub rate limit reached; resets at 18:46 UTC");
}

#[tokio::test]
async fn not_found_404_names_the_repo() {
    let e = fail_with(json_err(404, vec![], "Not Found")).await;
    assert_eq!(
        e.to_string(),
        "SovereignCloudStack/minutes@main not found (404): check owner/repo/branch in the config"
    );
}

#[tokio::test]
async fn server_error_500() {
    let e = fail_with(Reply::Status(500, vec![], "oops".into())).await;
    assert_eq!(e, SyncError::Server { status: 500 });
    let e = fail_with(Reply::Status(502, vec![], "<html>bad gateway</html>".into())).await;
    assert_eq!(e.to_string(), "GitHub had a server error (502); try again later");
}

#[tokio::test]
async fn timeout_when_the_server_never_answers() {
    let e = fail_with(Reply::Hang).await;
    assert_eq!(e, SyncError::Timeout);
    assert_eq!(e.to_string(), "GitHub did not answer in time (timeout)");
}

#[tokio::test]
async fn malformed_json() {
    let e = fail_with(Reply::Status(
        200,
        vec![("content-type", "application/json".into())],
        "<html>captive portal</html>".into(),
    ))
    .await;
    assert!(matches!(e, SyncError::Malformed(_)), "{e:?}");
    let e = fail_with(Reply::Status(200, vec![], r#"{"sha": 5, "tree": []}"#.into())).await;
    assert!(matches!(e, SyncError::Malformed(_)), "{e:?}");
}

#[tokio::test]
async fn truncated_json() {
    let e = fail_with(Reply::Status(
        200,
        vec![],
        r#"{"sha":"0123456789abcdef0123456789abcdef01234567","tree":[{"path":"a"#.into(),
    ))
    .await;
    assert_eq!(e, SyncError::Malformed("the tree listing is truncated JSON".into()));
}

#[tokio::test]
async fn body_cut_off_mid_answer() {
    let addr = raw_tcp_server(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"sha\":\"0123",
    )
    .await;
    let ep = GithubEndpoints::new(format!("http://{addr}"), format!("http://{addr}/raw"));
    let client = build_client(&ep, None, Duration::from_secs(5)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(dir.path().to_path_buf()).unwrap();
    let e = sync_repo(&client, &ep, &spec(), &cache, &|_| {}).await.unwrap_err();
    assert!(matches!(e, SyncError::Malformed(_) | SyncError::Connection(_)), "{e:?}");
    assert!(cache.snapshot(&spec()).is_none());
}

#[tokio::test]
async fn connection_refused() {
    let port = closed_port();
    let ep = GithubEndpoints::new(format!("http://127.0.0.1:{port}"), format!("http://127.0.0.1:{port}/raw"));
    let client = build_client(&ep, None, Duration::from_secs(5)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(dir.path().to_path_buf()).unwrap();
    let e = sync_repo(&client, &ep, &spec(), &cache, &|_| {}).await.unwrap_err();
    assert_eq!(e, SyncError::Connection("connection refused".into()));
    assert_eq!(e.to_string(), "cannot reach GitHub: connection refused");
    assert!(dir_contents(dir.path()).is_empty(), "nothing written");
}

#[tokio::test]
async fn raw_download_errors_keep_the_cache() {
    let server = Server::start().await;
    server.fake.set_files(&[("a/1.md", A)]);
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(dir.path().join("cache")).unwrap();
    let client = server.client();
    sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap();
    let before = dir_contents(dir.path());
    server.fake.set_files(&[("a/1.md", "# changed\n")]);
    server.fake.raw_fail.lock().unwrap().insert("a/1.md".into());
    let e = sync_repo(&client, &server.endpoints(), &spec(), &cache, &|_| {}).await.unwrap_err();
    assert_eq!(e, SyncError::Server { status: 500 });
    assert_eq!(dir_contents(dir.path()), before);
    assert_eq!(server.fake.raw_hits.load(Ordering::SeqCst), 2, "one failed download, no retry");
}

#[tokio::test]
async fn bad_settings_are_errors_not_panics() {
    let ep = GithubEndpoints::new("not a url", "https://raw.githubusercontent.com");
    assert!(matches!(build_client(&ep, None, Duration::from_secs(1)), Err(SyncError::InvalidConfig(_))));
    let ep = GithubEndpoints::new("ftp://example.com", "https://raw.githubusercontent.com");
    assert!(matches!(build_client(&ep, None, Duration::from_secs(1)), Err(SyncError::InvalidConfig(_))));
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(dir.path().to_path_buf()).unwrap();
    let mut bad = spec();
    bad.owner = "../etc".into();
    let e = sync_repo(&server.client(), &server.endpoints(), &bad, &cache, &|_| {}).await.unwrap_err();
    assert!(matches!(e, SyncError::InvalidConfig(_)));
    assert_eq!(server.fake.total_hits(), 0);
}
