//! A fake GitHub on 127.0.0.1 for the sync and board tests: the REST tree
//! endpoint with ETag/304, raw downloads under `/raw`, and `POST /graphql`
//! with paged answers. It counts every request it receives.
#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde_json::{json, Value};

use scsdash::sources::cache::git_blob_sha1;
use scsdash::sources::github::{build_client, GithubEndpoints, RepoKind, RepoSpec};
use scsdash::sources::token::Token;

pub mod publish;

/// An answer the fake gives instead of the normal one.
#[derive(Clone, Debug)]
pub enum Reply {
    /// The normal behaviour.
    Normal,
    /// This status, headers and body.
    Status(u16, Vec<(&'static str, String)>, String),
    /// Never answer (the client's timeout must fire).
    Hang,
}

/// Hostile behaviours of the fake (issue #11's fault injection).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Hostile {
    /// Behave.
    #[default]
    None,
    /// The recursive tree listing names only the first quarter of the files
    /// and says `truncated: true` (directory listings stay complete).
    TruncatedTree,
    /// Also truncate every non-recursive directory listing (the walk fails).
    TruncatedEverywhere,
    /// Send headers at once, then the body one byte every 200 ms.
    TrickleBody,
    /// Raw downloads answer bytes that do not match their blob SHA.
    CorruptBlob,
    /// The repository does not exist (404 for the tree).
    MissingRepo,
}

#[derive(Default)]
pub struct Fake {
    /// Fault injection; `Hostile::None` is the normal behaviour.
    pub hostile: Mutex<Hostile>,
    /// Path -> content of the repository's files.
    pub files: Mutex<BTreeMap<String, Vec<u8>>>,
    /// Extra raw tree entries (unsafe paths, odd types).
    pub extra_entries: Mutex<Vec<Value>>,
    pub truncated: AtomicBool,
    pub tree_reply: Mutex<Option<Reply>>,
    /// Raw paths answered with 500.
    pub raw_fail: Mutex<HashSet<String>>,
    /// Raw paths answered with other bytes than the tree says.
    pub raw_wrong: Mutex<HashMap<String, Vec<u8>>>,
    /// Serve raw files only by branch name (404 for the tree SHA).
    pub raw_by_branch_only: AtomicBool,
    /// GraphQL answers: page i answers cursor `None` (i = 0) or `"cursor-i"`.
    pub graphql_pages: Mutex<Vec<Value>>,
    pub graphql_reply: Mutex<Option<Reply>>,
    pub api_hits: AtomicUsize,
    pub raw_hits: AtomicUsize,
    pub graphql_hits: AtomicUsize,
    pub raw_paths: Mutex<Vec<String>>,
    pub if_none_match: Mutex<Vec<Option<String>>>,
    pub auth_seen: Mutex<Vec<Option<String>>>,
    pub graphql_bodies: Mutex<Vec<Value>>,
}

pub const OWNER: &str = "SovereignCloudStack";
pub const REPO: &str = "minutes";
pub const RESET_EPOCH: u64 = 1_900_000_000;

pub fn spec() -> RepoSpec {
    RepoSpec::new(OWNER, REPO, "main", RepoKind::Minutes)
}

impl Fake {
    pub fn tree_sha(&self) -> String {
        let files = self.files.lock().unwrap();
        let mut listing = String::new();
        for (p, c) in files.iter() {
            listing.push_str(&format!("{p}\0{}\n", git_blob_sha1(c)));
        }
        git_blob_sha1(listing.as_bytes())
    }

    pub fn set_files(&self, files: &[(&str, &str)]) {
        *self.files.lock().unwrap() = files.iter().map(|(p, c)| (p.to_string(), c.as_bytes().to_vec())).collect();
    }

    pub fn total_hits(&self) -> usize {
        self.api_hits.load(Ordering::SeqCst)
            + self.raw_hits.load(Ordering::SeqCst)
            + self.graphql_hits.load(Ordering::SeqCst)
    }

    pub fn set_hostile(&self, h: Hostile) {
        *self.hostile.lock().unwrap() = h;
    }

    fn hostile(&self) -> Hostile {
        *self.hostile.lock().unwrap()
    }

    /// The SHA the fake gives the directory `dir` ("" is the root tree).
    pub fn dir_sha(&self, dir: &str) -> String {
        if dir.is_empty() {
            self.tree_sha()
        } else {
            git_blob_sha1(format!("tree {dir}").as_bytes())
        }
    }

    /// Every directory holding files (all ancestors included), without "".
    fn dirs(&self) -> Vec<String> {
        let files = self.files.lock().unwrap();
        let mut out: std::collections::BTreeSet<String> = Default::default();
        for p in files.keys() {
            let mut cur = p.as_str();
            while let Some((d, _)) = cur.rsplit_once('/') {
                out.insert(d.to_string());
                cur = d;
            }
        }
        out.into_iter().collect()
    }

    fn tree_json(&self) -> Value {
        let hostile = self.hostile();
        let dirs = self.dirs();
        let files = self.files.lock().unwrap();
        let mut tree: Vec<Value> = vec![
            json!({"path": "community-call", "mode": "040000", "type": "tree", "sha": "1111111111111111111111111111111111111111"}),
        ];
        let cut = matches!(hostile, Hostile::TruncatedTree | Hostile::TruncatedEverywhere);
        if cut {
            tree.clear();
            for d in &dirs {
                tree.push(json!({"path": d, "mode": "040000", "type": "tree", "sha": self.dir_sha(d)}));
            }
        }
        let keep = if cut { files.len().div_ceil(4) } else { files.len() };
        for (p, c) in files.iter().take(keep) {
            tree.push(json!({"path": p, "mode": "100644", "type": "blob", "sha": git_blob_sha1(c), "size": c.len()}));
        }
        tree.extend(self.extra_entries.lock().unwrap().iter().cloned());
        drop(files);
        let truncated = cut || self.truncated.load(Ordering::SeqCst);
        json!({"sha": self.tree_sha(), "url": "http://example.invalid", "tree": tree, "truncated": truncated})
    }

    /// One directory's listing (non-recursive), or None for an unknown SHA.
    fn dir_json(&self, sha: &str) -> Option<Value> {
        let dirs = self.dirs();
        let dir = if sha == "main" || sha == self.tree_sha() {
            String::new()
        } else {
            dirs.iter().find(|d| self.dir_sha(d) == sha)?.clone()
        };
        let prefix = if dir.is_empty() { String::new() } else { format!("{dir}/") };
        let mut tree = Vec::new();
        for d in &dirs {
            if let Some(rest) = d.strip_prefix(&prefix) {
                if !rest.is_empty() && !rest.contains('/') {
                    tree.push(json!({"path": rest, "mode": "040000", "type": "tree", "sha": self.dir_sha(d)}));
                }
            }
        }
        for (p, c) in self.files.lock().unwrap().iter() {
            if let Some(rest) = p.strip_prefix(&prefix) {
                if !rest.contains('/') {
                    tree.push(json!({"path": rest, "mode": "100644", "type": "blob", "sha": git_blob_sha1(c), "size": c.len()}));
                }
            }
        }
        let truncated = self.hostile() == Hostile::TruncatedEverywhere;
        if truncated {
            tree.truncate(tree.len() / 2);
        }
        Some(json!({"sha": self.dir_sha(&dir), "url": "http://example.invalid", "tree": tree, "truncated": truncated}))
    }
}

fn rate_headers(h: &mut HeaderMap, remaining: usize) {
    h.insert("x-ratelimit-limit", HeaderValue::from_static("60"));
    h.insert("x-ratelimit-remaining", HeaderValue::from_str(&remaining.to_string()).unwrap());
    h.insert("x-ratelimit-reset", HeaderValue::from_str(&RESET_EPOCH.to_string()).unwrap());
}

async fn reply(r: Reply) -> Response {
    match r {
        Reply::Normal => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        Reply::Hang => {
            std::future::pending::<()>().await;
            unreachable!()
        }
        Reply::Status(code, headers, body) => {
            let mut resp = Response::new(Body::from(body));
            *resp.status_mut() = StatusCode::from_u16(code).unwrap();
            for (k, v) in headers {
                resp.headers_mut().insert(k, HeaderValue::from_str(&v).unwrap());
            }
            resp
        }
    }
}

async fn handle(State(fake): State<Arc<Fake>>, req: Request) -> Response {
    let full = req.uri().path().to_string();
    // GitHub Enterprise serves the REST API under /api/v3.
    // (only the API: raw files are not under it)
    let path = match full.strip_prefix("/api/v3") {
        Some(rest) if rest.starts_with("/repos/") || rest == "/graphql" => rest.to_string(),
        _ => full.clone(),
    };
    let auth = req.headers().get("authorization").and_then(|v| v.to_str().ok()).map(str::to_string);
    fake.auth_seen.lock().unwrap().push(auth);
    if path == "/graphql" {
        let n = fake.graphql_hits.fetch_add(1, Ordering::SeqCst);
        let body = to_bytes(req.into_body(), 1 << 20).await.unwrap();
        let v: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        fake.graphql_bodies.lock().unwrap().push(v.clone());
        let r = fake.graphql_reply.lock().unwrap().clone();
        if let Some(r) = r {
            if !matches!(r, Reply::Normal) {
                return reply(r).await;
            }
        }
        let idx = match v["variables"]["cursor"].as_str() {
            None => 0,
            Some(c) => c.strip_prefix("cursor-").and_then(|i| i.parse::<usize>().ok()).unwrap_or(usize::MAX),
        };
        let page = fake.graphql_pages.lock().unwrap().get(idx).cloned();
        let mut resp = match page {
            Some(p) => axum::Json(p).into_response(),
            None => (StatusCode::BAD_REQUEST, "bad cursor").into_response(),
        };
        rate_headers(resp.headers_mut(), 4999usize.saturating_sub(n));
        return resp;
    }
    if let Some(rest) = path.strip_prefix("/raw/") {
        fake.raw_hits.fetch_add(1, Ordering::SeqCst);
        let mut parts = rest.splitn(4, '/');
        let (owner, repo, reference, file) = (parts.next(), parts.next(), parts.next(), parts.next());
        let file = percent_decode(file.unwrap_or(""));
        fake.raw_paths.lock().unwrap().push(file.clone());
        if owner != Some(OWNER) || repo != Some(REPO) {
            return StatusCode::NOT_FOUND.into_response();
        }
        let by_branch = fake.raw_by_branch_only.load(Ordering::SeqCst);
        let ok_ref = if by_branch { reference == Some("main") } else { reference == Some(fake.tree_sha().as_str()) };
        if !ok_ref {
            return StatusCode::NOT_FOUND.into_response();
        }
        if fake.raw_fail.lock().unwrap().contains(&file) {
            return (StatusCode::INTERNAL_SERVER_ERROR, "boom").into_response();
        }
        if let Some(wrong) = fake.raw_wrong.lock().unwrap().get(&file) {
            return wrong.clone().into_response();
        }
        let content = fake.files.lock().unwrap().get(&file).cloned();
        return match (content, fake.hostile()) {
            (Some(mut c), Hostile::CorruptBlob) => {
                c.extend_from_slice(b"\ncorrupted in transit\n");
                c.into_response()
            }
            (Some(c), Hostile::TrickleBody) => trickle(c),
            (Some(c), _) => c.clone().into_response(),
            (None, _) => StatusCode::NOT_FOUND.into_response(),
        };
    }
    let tree_path = format!("/repos/{OWNER}/{REPO}/git/trees/main");
    if path.starts_with("/repos/") {
        let n = fake.api_hits.fetch_add(1, Ordering::SeqCst);
        let inm = req.headers().get("if-none-match").and_then(|v| v.to_str().ok()).map(str::to_string);
        fake.if_none_match.lock().unwrap().push(inm.clone());
        let r = fake.tree_reply.lock().unwrap().clone();
        if let Some(r) = r {
            if !matches!(r, Reply::Normal) {
                return reply(r).await;
            }
        }
        if fake.hostile() == Hostile::MissingRepo {
            return (StatusCode::NOT_FOUND, r#"{"message":"Not Found"}"#).into_response();
        }
        let dir_prefix = format!("/repos/{OWNER}/{REPO}/git/trees/");
        if let (Some(sha), None) = (path.strip_prefix(&dir_prefix), req.uri().query()) {
            // A non-recursive listing of one directory (by tree SHA).
            return match fake.dir_json(sha) {
                Some(v) => {
                    let mut resp = axum::Json(v).into_response();
                    rate_headers(resp.headers_mut(), 59usize.saturating_sub(n));
                    resp
                }
                None => (StatusCode::NOT_FOUND, r#"{"message":"Not Found"}"#).into_response(),
            };
        }
        if path != tree_path || req.uri().query() != Some("recursive=1") {
            return (StatusCode::NOT_FOUND, r#"{"message":"Not Found"}"#).into_response();
        }
        let etag = format!("\"{}\"", fake.tree_sha());
        let mut resp = if inm.as_deref() == Some(etag.as_str()) {
            StatusCode::NOT_MODIFIED.into_response()
        } else if fake.hostile() == Hostile::TrickleBody {
            trickle(serde_json::to_vec(&fake.tree_json()).unwrap())
        } else {
            axum::Json(fake.tree_json()).into_response()
        };
        resp.headers_mut().insert("etag", HeaderValue::from_str(&etag).unwrap());
        rate_headers(resp.headers_mut(), 59usize.saturating_sub(n));
        return resp;
    }
    StatusCode::NOT_FOUND.into_response()
}

/// An answer whose headers come at once and whose body then arrives one
/// byte every 200 ms (a slow-loris server): each read is quick, the whole is not.
fn trickle(body: Vec<u8>) -> Response {
    let len = body.len();
    let stream = futures::stream::unfold(0usize, move |i| {
        let body = body.clone();
        async move {
            if i >= body.len() {
                return None;
            }
            if i > 0 {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Some((Ok::<_, std::io::Error>(bytes::Bytes::copy_from_slice(&body[i..i + 1])), i + 1))
        }
    });
    let mut resp = Response::new(Body::from_stream(stream));
    resp.headers_mut().insert("content-length", HeaderValue::from_str(&len.to_string()).unwrap());
    resp.headers_mut().insert("content-type", HeaderValue::from_static("application/json"));
    resp
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Some(v) = std::str::from_utf8(&b[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A running fake server.
pub struct Server {
    pub addr: SocketAddr,
    pub fake: Arc<Fake>,
}

impl Server {
    pub async fn start() -> Server {
        let fake = Arc::new(Fake::default());
        let app = Router::new().fallback(handle).with_state(fake.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Server { addr, fake }
    }

    pub fn endpoints(&self) -> GithubEndpoints {
        GithubEndpoints::new(format!("http://{}", self.addr), format!("http://{}/raw", self.addr))
    }

    pub fn client(&self) -> octocrab::Octocrab {
        build_client(&self.endpoints(), None, Duration::from_secs(10)).unwrap()
    }

    pub fn client_with(&self, token: Option<&Token>, timeout: Duration) -> octocrab::Octocrab {
        build_client(&self.endpoints(), token, timeout).unwrap()
    }
}

/// A server that answers every connection with these raw bytes, then closes.
pub async fn raw_tcp_server(answer: &'static [u8]) -> SocketAddr {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                let _ = sock.read(&mut buf).await;
                let _ = sock.write_all(answer).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    addr
}

/// A port on 127.0.0.1 where nothing listens (bound, then dropped).
pub fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    drop(l);
    port
}

/// Every file under `root` with its bytes (to prove a cache untouched).
pub fn dir_contents(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.strip_prefix(root).unwrap().to_path_buf(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// Progress callbacks, recorded.
#[derive(Default)]
pub struct Recorder(pub Mutex<Vec<(usize, usize)>>);

impl Recorder {
    pub fn cb(&self) -> impl Fn(scsdash::sources::github::SyncProgress) + Send + Sync + '_ {
        move |p| self.0.lock().unwrap().push((p.done, p.total))
    }
}
