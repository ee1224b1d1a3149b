//! Publish tests: a fake GitHub on 127.0.0.1 (axum), the real octocrab client pointed at
//! it. Success path (repo, ref, branch, contents, pull request with the right bodies) and
//! failures (no token, 401, 404, 422 branch exists, 500, timeout); saving into a clone.

mod common_fake_github;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use chrono::NaiveDate;
use octocrab::service::middleware::retry::RetryConfig;
use octocrab::Octocrab;
use scsdash::editor::drafts::DraftError;
use scsdash::editor::publish::{build_client, publish_pr, save_to_clone, PublishError};
use serde_json::{json, Value};

#[derive(Clone, Debug)]
struct Hit {
    method: String,
    path: String,
    query: String,
    body: Value,
    auth: Option<String>,
}

#[derive(Clone, Default)]
struct Fake {
    hits: Arc<Mutex<Vec<Hit>>>,
    /// (method, path prefix, status) answered instead of the normal response.
    fail: Option<(&'static str, &'static str, u16)>,
    existing_file_sha: Option<&'static str>,
    hang: bool,
}

async fn handle(fake: Fake, method: Method, uri: Uri, headers: axum::http::HeaderMap, body: Bytes) -> Response {
    let path = uri.path().to_string();
    let body_json: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    fake.hits.lock().unwrap().push(Hit {
        method: method.to_string(),
        path: path.clone(),
        query: uri.query().unwrap_or("").to_string(),
        body: body_json,
        auth: headers.get("authorization").and_then(|v| v.to_str().ok()).map(str::to_string),
    });
    if fake.hang {
        tokio::time::sleep(Duration::from_secs(30)).await;
    }
    if let Some((m, prefix, status)) = fake.fail {
        if method.as_str() == m && path.starts_with(prefix) {
            let msg = match status {
                401 => "Bad credentials",
                403 => "Resource not accessible by personal access token",
                404 => "Not Found",
                422 => "Reference already exists",
                _ => "Server Error",
            };
            return (
                StatusCode::from_u16(status).unwrap(),
                axum::Json(json!({"message": msg, "documentation_url": "https://docs.github.com/rest"})),
            )
                .into_response();
        }
    }
    let ok = |status: u16, v: Value| (StatusCode::from_u16(status).unwrap(), axum::Json(v)).into_response();
    match (method.as_str(), path.as_str()) {
        ("GET", "/repos/SovereignCloudStack/minutes") => {
            ok(200, json!({"default_branch": "main", "full_name": "SovereignCloudStack/minutes"}))
        }
        ("GET", "/repos/SovereignCloudStack/minutes/git/ref/heads/main") => {
            ok(200, json!({"ref": "refs/heads/main", "object": {"sha": "abc123", "type": "commit"}}))
        }
        ("POST", "/repos/SovereignCloudStack/minutes/git/refs") => {
            ok(201, json!({"ref": "refs/heads/x", "object": {"sha": "abc123", "type": "commit"}}))
        }
        ("GET", p) if p.starts_with("/repos/SovereignCloudStack/minutes/contents/") => match fake.existing_file_sha {
            Some(sha) => ok(200, json!({"type": "file", "sha": sha, "path": "x"})),
            None => ok(404, json!({"message": "Not Found"})),
        },
        ("PUT", p) if p.starts_with("/repos/SovereignCloudStack/minutes/contents/") => ok(
            201,
            common_fake_github::publish::contents_answer(
                "SovereignCloudStack/minutes",
                &p["/repos/SovereignCloudStack/minutes/contents/".len()..],
            ),
        ),
        ("POST", "/repos/SovereignCloudStack/minutes/pulls") => {
            let b: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
            let (head, base) = (b["head"].as_str().unwrap_or(""), b["base"].as_str().unwrap_or(""));
            ok(201, common_fake_github::publish::pull_answer("SovereignCloudStack/minutes", 42, head, base))
        }
        _ => ok(404, json!({"message": "Not Found"})),
    }
}

async fn start(fake: Fake) -> SocketAddr {
    let f = fake.clone();
    let app = Router::new().fallback(move |method: Method, uri: Uri, headers: axum::http::HeaderMap, body: Bytes| {
        let f = f.clone();
        async move { handle(f, method, uri, headers, body).await }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    addr
}

fn client(addr: SocketAddr, read_timeout: Option<Duration>) -> Octocrab {
    Octocrab::builder()
        .base_uri(format!("http://{addr}"))
        .unwrap()
        .personal_token("test-token".to_string())
        .add_retry_config(RetryConfig::None)
        .set_read_timeout(read_timeout)
        .build()
        .unwrap()
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

const TEXT: &str = "# SCS Tech Weekly 2026-11-26\n\n## Meta\n\n- Minutes: @fkr\n\nGrüße 😀\n";

#[tokio::test]
async fn success_creates_branch_commits_file_and_opens_pr() {
    let fake = Fake::default();
    let addr = start(fake.clone()).await;
    let url = publish_pr(&client(addr, None), "SovereignCloudStack", "minutes", "community-call", date(), TEXT)
        .await
        .unwrap();
    assert_eq!(url, "https://github.com/SovereignCloudStack/minutes/pull/42");

    let hits = fake.hits.lock().unwrap().clone();
    let calls: Vec<(String, String)> = hits.iter().map(|h| (h.method.clone(), h.path.clone())).collect();
    let base = "/repos/SovereignCloudStack/minutes";
    assert_eq!(
        calls,
        vec![
            ("GET".into(), base.to_string()),
            ("GET".into(), format!("{base}/git/ref/heads/main")),
            ("POST".into(), format!("{base}/git/refs")),
            ("GET".into(), format!("{base}/contents/community-call/20261126.md")),
            ("PUT".into(), format!("{base}/contents/community-call/20261126.md")),
            ("POST".into(), format!("{base}/pulls")),
        ]
    );
    assert!(hits.iter().all(|h| h.auth.as_deref().is_some_and(|a| a.contains("test-token"))));
    assert_eq!(hits[2].body, json!({"ref": "refs/heads/scsdash/community-call-20261126", "sha": "abc123"}));
    assert!(hits[3].query.contains("ref=scsdash"), "{}", hits[3].query);
    let put = &hits[4].body;
    assert_eq!(put["message"], "Add community-call/20261126.md");
    assert_eq!(put["branch"], "scsdash/community-call-20261126");
    // standard base64 with padding (RFC 4648) of the UTF-8 text, as the contents API expects
    assert_eq!(
        put["content"],
        "IyBTQ1MgVGVjaCBXZWVrbHkgMjAyNi0xMS0yNgoKIyMgTWV0YQoKLSBNaW51dGVzOiBAZmtyCgpHcsO8w59lIPCfmIAK"
    );
    assert!(put.get("sha").is_none());
    let pr = &hits[5].body;
    assert_eq!(pr["title"], "Add community-call/20261126.md");
    assert_eq!(pr["head"], "scsdash/community-call-20261126");
    assert_eq!(pr["base"], "main");
}

#[tokio::test]
async fn existing_file_is_updated_with_its_sha() {
    let fake = Fake { existing_file_sha: Some("oldsha"), ..Fake::default() };
    let addr = start(fake.clone()).await;
    publish_pr(&client(addr, None), "SovereignCloudStack", "minutes", "container", date(), "x").await.unwrap();
    let hits = fake.hits.lock().unwrap().clone();
    let put = hits.iter().find(|h| h.method == "PUT").unwrap();
    assert_eq!(put.body["sha"], "oldsha");
    assert_eq!(put.body["message"], "Update container/20261126.md");
}

async fn fail_with(method: &'static str, prefix: &'static str, status: u16) -> (PublishError, Vec<Hit>) {
    let fake = Fake { fail: Some((method, prefix, status)), ..Fake::default() };
    let addr = start(fake.clone()).await;
    let err = publish_pr(&client(addr, None), "SovereignCloudStack", "minutes", "community-call", date(), TEXT)
        .await
        .unwrap_err();
    let hits = fake.hits.lock().unwrap().clone();
    (err, hits)
}

#[tokio::test]
async fn unauthorized_401() {
    let (err, hits) = fail_with("GET", "/repos/", 401).await;
    assert_eq!(err, PublishError::Unauthorized);
    assert!(err.to_string().contains("token"), "{err}");
    assert_eq!(hits.len(), 1, "no retries, nothing after the failure");
}

#[tokio::test]
async fn forbidden_403_and_not_found_404() {
    let (err, _) = fail_with("POST", "/repos/SovereignCloudStack/minutes/git/refs", 403).await;
    assert!(matches!(err, PublishError::Forbidden { .. }), "{err:?}");
    assert!(err.to_string().contains("write access"), "{err}");
    let (err, _) = fail_with("GET", "/repos/", 404).await;
    assert!(matches!(err, PublishError::NotFound { .. }), "{err:?}");
    assert!(err.to_string().contains("SovereignCloudStack/minutes"), "{err}");
}

#[tokio::test]
async fn branch_exists_422() {
    let (err, hits) = fail_with("POST", "/repos/SovereignCloudStack/minutes/git/refs", 422).await;
    assert_eq!(
        err,
        PublishError::BranchExists {
            branch: "scsdash/community-call-20261126".into(),
            repo: "SovereignCloudStack/minutes".into()
        }
    );
    assert!(err.to_string().contains("already exists"), "{err}");
    assert!(!hits.iter().any(|h| h.method == "PUT" || h.path.ends_with("/pulls")));
}

#[tokio::test]
async fn server_error_500_is_not_retried() {
    let (err, hits) = fail_with("PUT", "/repos/SovereignCloudStack/minutes/contents/", 500).await;
    assert!(matches!(err, PublishError::Server { status: 500, step: "commit file" }), "{err:?}");
    assert!(err.to_string().contains("try again"), "{err}");
    assert_eq!(hits.iter().filter(|h| h.method == "PUT").count(), 1);
    assert!(!hits.iter().any(|h| h.path.ends_with("/pulls")));
}

#[tokio::test]
async fn pr_422_other_reason_is_unprocessable() {
    let (err, _) = fail_with("POST", "/repos/SovereignCloudStack/minutes/pulls", 422).await;
    assert!(matches!(err, PublishError::Unprocessable { step: "open pull request", .. }), "{err:?}");
}

#[tokio::test]
async fn timeout_is_explained() {
    let fake = Fake { hang: true, ..Fake::default() };
    let addr = start(fake.clone()).await;
    let err = publish_pr(
        &client(addr, Some(Duration::from_millis(300))),
        "SovereignCloudStack",
        "minutes",
        "community-call",
        date(),
        TEXT,
    )
    .await
    .unwrap_err();
    assert!(matches!(err, PublishError::Timeout { .. }), "{err:?}");
    assert!(err.to_string().contains("did not answer in time"), "{err}");
}

#[tokio::test]
async fn connection_refused_is_a_network_error() {
    // Bind and drop to get a port nobody listens on.
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    drop(l);
    let err = publish_pr(&client(addr, None), "o", "r", "ops", date(), "x").await.unwrap_err();
    assert!(matches!(err, PublishError::Network { .. } | PublishError::Timeout { .. }), "{err:?}");
}

#[tokio::test]
async fn no_token_and_bad_names() {
    let err = build_client(None, None).unwrap_err();
    assert_eq!(err, PublishError::NoToken);
    assert_eq!(err.to_string(), "Publishing needs a GitHub token: set GITHUB_TOKEN or run `gh auth login`.");
    assert_eq!(build_client(Some("  "), None).unwrap_err(), PublishError::NoToken);
    let c = build_client(Some("t"), Some("http://127.0.0.1:9")).unwrap();
    for (o, r, s) in [("..", "minutes", "ops"), ("o", "a/b", "ops"), ("o", "r", "../x"), ("o", "r", "/abs")] {
        assert!(matches!(publish_pr(&c, o, r, s, date(), "x").await, Err(PublishError::InvalidName(_))), "{o} {r} {s}");
    }
}

#[test]
fn save_to_clone_writes_series_file_atomically() {
    let clone = tempfile::tempdir().unwrap();
    let p = save_to_clone(clone.path(), "community-call", date(), TEXT).unwrap();
    assert!(p.ends_with("community-call/20261126.md"));
    assert_eq!(std::fs::read_to_string(clone.path().join("community-call/20261126.md")).unwrap(), TEXT);
    save_to_clone(clone.path(), "community-call", date(), "v2").unwrap();
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "v2");
    let entries: Vec<_> = std::fs::read_dir(clone.path().join("community-call")).unwrap().collect();
    assert_eq!(entries.len(), 1, "no temp files left");
    for bad in ["..", "../x", "a/b", "/abs", "", ".git"] {
        assert!(matches!(save_to_clone(clone.path(), bad, date(), "x"), Err(DraftError::InvalidSeries(_))), "{bad:?}");
    }
    // A series folder that is a symlink out of the clone is refused.
    #[cfg(unix)]
    {
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), clone.path().join("escape")).unwrap();
        assert!(save_to_clone(clone.path(), "escape", date(), "x").is_err());
        assert!(std::fs::read_dir(outside.path()).unwrap().next().is_none());
    }
    // A missing clone is an error, not a panic.
    assert!(save_to_clone(&clone.path().join("missing"), "ops", date(), "x").is_err());
}
