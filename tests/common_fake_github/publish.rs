//! The publishing side of the fake GitHub: repositories with permissions,
//! refs, contents, pull requests, `GET /user` and `POST /repos/o/r/forks`
//! (forks become ready after a number of checks, as on GitHub where
//! forking is asynchronous). Records every request.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde_json::{json, Value};

/// One request as the fake saw it.
#[derive(Clone, Debug)]
pub struct Hit {
    pub method: String,
    pub path: String,
    pub body: Value,
}

/// The fake's state; change it before or during a test.
#[derive(Default)]
pub struct PublishState {
    /// The token's login.
    pub login: String,
    /// Repositories that exist (`owner/name`) -> (push permission, fork parent).
    pub repos: BTreeMap<String, (bool, Option<String>)>,
    /// Branches that exist, as `owner/name:branch`.
    pub branches: BTreeSet<String>,
    /// `POST /forks` answers this status instead of creating the fork.
    pub fork_fails: Option<u16>,
    /// A newly created fork answers 404 to this many ref reads before it is ready.
    pub fork_ready_after: u32,
    /// Remaining not-ready answers per fork.
    pub not_ready: BTreeMap<String, u32>,
    pub hits: Vec<Hit>,
}

pub type Shared = Arc<Mutex<PublishState>>;

/// The upstream repository of the tests.
pub const UPSTREAM: &str = "SovereignCloudStack/minutes";

/// A fake where `login` has (or has not) push access to [`UPSTREAM`].
pub fn state(login: &str, push: bool) -> Shared {
    let mut s = PublishState { login: login.to_string(), ..Default::default() };
    s.repos.insert(UPSTREAM.to_string(), (push, None));
    s.branches.insert(format!("{UPSTREAM}:main"));
    Arc::new(Mutex::new(s))
}

fn ok(status: u16, v: Value) -> Response {
    (StatusCode::from_u16(status).unwrap(), axum::Json(v)).into_response()
}

fn not_found() -> Response {
    ok(404, json!({"message": "Not Found"}))
}

fn repo_json(name: &str, push: bool, parent: &Option<String>) -> Value {
    let mut v = json!({
        "full_name": name,
        "default_branch": "main",
        "fork": parent.is_some(),
        "permissions": {"admin": false, "push": push, "pull": true},
    });
    if let Some(p) = parent {
        v["parent"] = json!({"full_name": p});
        v["source"] = json!({"full_name": p});
    }
    v
}

fn handle(st: &Shared, method: &Method, path: &str, body: Value) -> Response {
    let mut s = st.lock().unwrap();
    s.hits.push(Hit { method: method.to_string(), path: path.to_string(), body: body.clone() });
    if method == Method::GET && path == "/user" {
        return ok(200, json!({"login": s.login}));
    }
    let Some(rest) = path.strip_prefix("/repos/") else { return not_found() };
    let mut parts = rest.splitn(3, '/');
    let (o, r, tail) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let name = format!("{o}/{r}");
    let Some((push, parent)) = s.repos.get(&name).cloned() else { return not_found() };
    // the token may write to its own repositories
    let writable = push || o == s.login;
    match (method.as_str(), tail) {
        ("GET", "") => ok(200, repo_json(&name, writable, &parent)),
        ("GET", t) if t.starts_with("git/ref/heads/") => {
            if let Some(n) = s.not_ready.get_mut(&name) {
                if *n > 0 {
                    *n -= 1;
                    return ok(409, json!({"message": "Git Repository is empty."}));
                }
            }
            let b = &t["git/ref/heads/".len()..];
            if s.branches.contains(&format!("{name}:{b}")) {
                ok(200, json!({"ref": format!("refs/heads/{b}"), "object": {"sha": "abc123", "type": "commit"}}))
            } else {
                not_found()
            }
        }
        ("POST", "git/refs") => {
            if !writable {
                return ok(403, json!({"message": "Resource not accessible by personal access token"}));
            }
            let b = body["ref"].as_str().unwrap_or("").trim_start_matches("refs/heads/").to_string();
            if !s.branches.insert(format!("{name}:{b}")) {
                return ok(422, json!({"message": "Reference already exists"}));
            }
            ok(201, json!({"ref": format!("refs/heads/{b}"), "object": {"sha": "abc123"}}))
        }
        ("GET", t) if t.starts_with("contents/") => not_found(),
        ("PUT", t) if t.starts_with("contents/") => {
            if !writable {
                return ok(403, json!({"message": "Resource not accessible by personal access token"}));
            }
            ok(201, contents_answer(&name, &t["contents/".len()..]))
        }
        ("POST", "pulls") => {
            let head = body["head"].as_str().unwrap_or("");
            let (ho, hb) = match head.split_once(':') {
                Some((u, b)) => (format!("{u}/{r}"), b.to_string()),
                None => (name.clone(), head.to_string()),
            };
            if !s.branches.contains(&format!("{ho}:{hb}")) {
                return ok(422, json!({"message": "Validation Failed: head invalid"}));
            }
            ok(201, pull_answer(&name, 7, head, body["base"].as_str().unwrap_or("")))
        }
        ("POST", "forks") => {
            if let Some(code) = s.fork_fails {
                return ok(code, json!({"message": "Forking is disabled for this repository"}));
            }
            let fork = format!("{}/{r}", s.login);
            let wait = s.fork_ready_after;
            if !s.repos.contains_key(&fork) {
                s.repos.insert(fork.clone(), (true, Some(name.clone())));
                s.branches.insert(format!("{fork}:main"));
                s.not_ready.insert(fork.clone(), wait);
            }
            ok(202, repo_json(&fork, true, &Some(name)))
        }
        _ => not_found(),
    }
}

/// Serve `st` on 127.0.0.1; returns the address.
pub async fn start(st: Shared) -> SocketAddr {
    let app = Router::new().fallback(move |method: Method, uri: Uri, body: Bytes| {
        let st = st.clone();
        async move {
            let v: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            handle(&st, &method, uri.path(), v)
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    addr
}

/// GitHub's answer to `PUT /repos/{repo}/contents/{path}` (the fields of its
/// documented example that octocrab's typed `FileUpdate` reads).
pub fn contents_answer(repo: &str, path: &str) -> Value {
    let api = format!("https://api.github.com/repos/{repo}");
    let name = path.rsplit('/').next().unwrap_or(path);
    json!({
        "content": {
            "name": name, "path": path, "sha": "def456", "size": 42, "type": "file",
            "url": format!("{api}/contents/{path}"),
            "html_url": format!("https://github.com/{repo}/blob/main/{path}"),
            "git_url": format!("{api}/git/blobs/def456"),
            "download_url": format!("https://raw.githubusercontent.com/{repo}/main/{path}"),
            "_links": {
                "self": format!("{api}/contents/{path}"),
                "git": format!("{api}/git/blobs/def456"),
                "html": format!("https://github.com/{repo}/blob/main/{path}")
            }
        },
        "commit": {"sha": "fff000", "url": format!("{api}/git/commits/fff000")}
    })
}

/// GitHub's answer to `POST /repos/{repo}/pulls` (the fields octocrab's typed
/// `PullRequest` requires, and the link).
pub fn pull_answer(repo: &str, number: u64, head: &str, base: &str) -> Value {
    let end = |r: &str| json!({"label": r, "ref": r.rsplit(':').next().unwrap_or(r), "sha": "abc123"});
    json!({
        "id": 1000 + number, "number": number, "locked": false, "state": "open",
        "url": format!("https://api.github.com/repos/{repo}/pulls/{number}"),
        "html_url": format!("https://github.com/{repo}/pull/{number}"),
        "head": end(head), "base": end(base)
    })
}
