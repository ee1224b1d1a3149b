//! Repository sync from GitHub into the on-disk [`Cache`].
//!
//! One conditional request lists the branch's tree
//! (`GET {api_url}/repos/{owner}/{repo}/git/trees/{branch}?recursive=1` with
//! `If-None-Match`); a 304 ends the sync there. Otherwise the new blobs are
//! downloaded from `{raw_url}/{owner}/{repo}/{tree_sha}/{path}` (falling back to
//! the branch name if the raw host does not resolve the tree SHA), verified
//! against their blob SHA, stored, and only then the manifest is replaced.
//! Retries are the user's choice (`r`): the client never retries by itself and
//! never sleeps waiting for a rate limit.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use bytes::Bytes;
use chrono::{DateTime, Utc};
use futures::StreamExt;
use http::{HeaderMap, HeaderValue, StatusCode};
use http_body_util::BodyExt;
use octocrab::service::middleware::retry::RetryConfig;
use octocrab::Octocrab;
use serde::Serialize;

use crate::sources::cache::{check_rel_path, git_blob_sha1, is_hex_sha, Cache, Manifest, MAX_BLOB_LEN};
use crate::sources::token::Token;

/// How many raw downloads run at once.
pub const DOWNLOAD_CONCURRENCY: usize = 8;
/// Largest tree listing accepted, in bytes.
const MAX_TREE_LEN: usize = 64 * 1024 * 1024;

/// Base URLs of the GitHub API and of raw file downloads (GitHub Enterprise or a test server).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GithubEndpoints {
    /// REST/GraphQL base, default `https://api.github.com`.
    pub api_url: String,
    /// Raw file base, default `https://raw.githubusercontent.com`.
    pub raw_url: String,
}

impl Default for GithubEndpoints {
    fn default() -> Self {
        GithubEndpoints {
            api_url: "https://api.github.com".to_string(),
            raw_url: "https://raw.githubusercontent.com".to_string(),
        }
    }
}

impl GithubEndpoints {
    /// Endpoints from two base URLs (a trailing `/` is ignored).
    pub fn new(api_url: impl Into<String>, raw_url: impl Into<String>) -> Self {
        GithubEndpoints {
            api_url: api_url.into().trim_end_matches('/').to_string(),
            raw_url: raw_url.into().trim_end_matches('/').to_string(),
        }
    }
}

/// Which files of a repository the engines read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum RepoKind {
    /// Meeting minutes: `*.md`.
    Minutes,
    /// yaml2ics calendar: `*.yml`, `*.yaml`.
    Calendar,
}

impl RepoKind {
    /// Lowercase name, used in cache keys.
    pub fn as_str(self) -> &'static str {
        match self {
            RepoKind::Minutes => "minutes",
            RepoKind::Calendar => "calendar",
        }
    }

    /// True when a file at `path` is one this kind keeps.
    pub fn wants(self, path: &str) -> bool {
        let name = path.rsplit('/').next().unwrap_or(path);
        let lower = name.to_ascii_lowercase();
        match self {
            RepoKind::Minutes => lower.ends_with(".md"),
            RepoKind::Calendar => lower.ends_with(".yml") || lower.ends_with(".yaml"),
        }
    }
}

/// A repository branch to sync.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RepoSpec {
    /// Owner (user or organisation).
    pub owner: String,
    /// Repository name.
    pub repo: String,
    /// Branch (or tag).
    pub branch: String,
    /// Which files to keep.
    pub kind: RepoKind,
}

impl RepoSpec {
    /// A spec from its parts.
    pub fn new(owner: impl Into<String>, repo: impl Into<String>, branch: impl Into<String>, kind: RepoKind) -> Self {
        RepoSpec { owner: owner.into(), repo: repo.into(), branch: branch.into(), kind }
    }

    /// `SovereignCloudStack/minutes@main`.
    pub fn default_minutes() -> Self {
        Self::new("SovereignCloudStack", "minutes", "main", RepoKind::Minutes)
    }

    /// `SovereignCloudStack/calendar@main`.
    pub fn default_calendar() -> Self {
        Self::new("SovereignCloudStack", "calendar", "main", RepoKind::Calendar)
    }

    /// `owner/repo@branch`, as shown to the user.
    pub fn label(&self) -> String {
        format!("{}/{}@{}", self.owner, self.repo, self.branch)
    }

    fn check(&self) -> Result<(), SyncError> {
        let name_ok = |s: &str| {
            !s.is_empty()
                && s.len() <= 100
                && s != "."
                && s != ".."
                && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
        };
        let branch_ok = !self.branch.is_empty()
            && self.branch.len() <= 255
            && !self.branch.chars().any(|c| c.is_control() || c == ' ' || c == '\\' || c == '?' || c == '#')
            && !self.branch.split('/').any(|s| s.is_empty() || s == "..");
        if name_ok(&self.owner) && name_ok(&self.repo) && branch_ok {
            Ok(())
        } else {
            Err(SyncError::InvalidConfig(format!(
                "\"{}\" is not a valid owner/repo@branch",
                crate::text::sanitize_line(&self.label())
            )))
        }
    }
}

/// Files done out of files to download, for the status line ("files n/N").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncProgress {
    /// Downloads finished.
    pub done: usize,
    /// Downloads needed in this sync.
    pub total: usize,
}

/// What one sync did (printed by `scsdash sync`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    /// `owner/repo@branch`.
    pub source: String,
    /// Files downloaded (new or changed).
    pub fetched: usize,
    /// Files already in the cache.
    pub unchanged: usize,
    /// Files gone upstream, removed from the snapshot.
    pub removed: usize,
    /// Requests to the API (not counting raw downloads).
    pub api_requests: usize,
    /// `x-ratelimit-remaining` of the last API answer.
    pub rate_limit_remaining: Option<u64>,
    /// `x-ratelimit-reset` of the last API answer, RFC 3339.
    pub rate_limit_reset: Option<String>,
    /// True when GitHub answered 304: nothing changed.
    pub not_modified: bool,
    /// Things refused or odd (unsafe paths, truncated tree); plain sentences.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// Why a sync or board fetch failed. Display is one plain sentence for the
/// status line; it never contains the token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    /// 401 with a token.
    #[error("GitHub rejected the token (401): check GITHUB_TOKEN, GH_TOKEN, github.token in the config, or run `gh auth login` again")]
    Unauthorized,
    /// GraphQL without a token.
    #[error("The sprint board needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN, run `gh auth login`, or put github.token in the config")]
    TokenRequired,
    /// 403 that is not a rate limit.
    #[error("GitHub refused access to {what} (403): the token may lack permission")]
    Forbidden {
        /// What was asked for.
        what: String,
    },
    /// 429, or 403 with the rate limit used up.
    #[error("GitHub rate limit reached; {}", match reset { Some(t) => format!("resets at {} UTC", t.format("%H:%M")), None => "try again later".to_string() })]
    RateLimited {
        /// When the limit resets, from `x-ratelimit-reset` or `retry-after`.
        reset: Option<DateTime<Utc>>,
    },
    /// 404 (or a project that does not exist).
    #[error("{what} not found (404): check {hint} in the config")]
    NotFound {
        /// What was asked for, e.g. `SovereignCloudStack/minutes@main`.
        what: String,
        /// Which settings to check.
        hint: String,
    },
    /// 5xx.
    #[error("GitHub had a server error ({status}); try again later")]
    Server {
        /// HTTP status.
        status: u16,
    },
    /// Another unexpected HTTP status.
    #[error("GitHub answered {status} for {what}")]
    Http {
        /// HTTP status.
        status: u16,
        /// What was asked for.
        what: String,
    },
    /// No answer within the timeout.
    #[error("GitHub did not answer in time (timeout)")]
    Timeout,
    /// Could not connect (refused, DNS, TLS, reset).
    #[error("cannot reach GitHub: {0}")]
    Connection(String),
    /// An answer that could not be read (bad or truncated JSON, bad fields).
    #[error("GitHub sent an unreadable answer: {0}")]
    Malformed(String),
    /// A downloaded file did not match its blob SHA; it was not cached.
    #[error("download of {path} does not match its git SHA; not cached")]
    Integrity {
        /// The repository path.
        path: String,
    },
    /// GraphQL `errors`.
    #[error("GitHub GraphQL error: {0}")]
    Graphql(String),
    /// Bad owner/repo/branch/URL in the configuration.
    #[error("invalid GitHub setting: {0}")]
    InvalidConfig(String),
    /// The cache could not be written.
    #[error("cache error: {0}")]
    Cache(String),
}

impl SyncError {
    /// True for errors that a later retry may fix (network, rate limit, 5xx).
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            SyncError::RateLimited { .. } | SyncError::Server { .. } | SyncError::Timeout | SyncError::Connection(_)
        )
    }
}

/// Builds the HTTP client. Must be called inside a tokio runtime (returns an
/// error otherwise instead of panicking). No automatic retries; `timeout`
/// bounds connecting and each read/write.
pub fn build_client(ep: &GithubEndpoints, token: Option<&Token>, timeout: Duration) -> Result<Octocrab, SyncError> {
    if tokio::runtime::Handle::try_current().is_err() {
        return Err(SyncError::InvalidConfig("the GitHub client needs a tokio runtime".into()));
    }
    let api = check_base_url(&ep.api_url, "api_url")?;
    check_base_url(&ep.raw_url, "raw_url")?;
    octocrab_client(&api, timeout, token.map(Token::expose))
}

/// The project's one octocrab factory (sync, board and publishing): the API base URL,
/// connect/read/write timeouts, no automatic retries (a retried POST could create a
/// branch twice; tests count requests), and the token if there is one.
pub fn octocrab_client(base: &str, timeout: Duration, token: Option<&str>) -> Result<Octocrab, SyncError> {
    let mut b = Octocrab::builder()
        .base_uri(base)
        .map_err(|_| {
            SyncError::InvalidConfig(format!("api_url \"{}\" is not a URL", crate::text::sanitize_line(base)))
        })?
        .add_retry_config(RetryConfig::None)
        .set_connect_timeout(Some(timeout))
        .set_read_timeout(Some(timeout))
        .set_write_timeout(Some(timeout));
    if let Some(t) = token {
        b = b.personal_token(t.to_string());
    }
    b.build().map_err(|e| SyncError::InvalidConfig(format!("cannot set up the HTTP client: {}", short(&e.to_string()))))
}

fn check_base_url(url: &str, name: &str) -> Result<String, SyncError> {
    let url = url.trim().trim_end_matches('/');
    let bad =
        || SyncError::InvalidConfig(format!("{name} \"{}\" is not an http(s) URL", crate::text::sanitize_line(url)));
    let uri: http::Uri = url.parse().map_err(|_| bad())?;
    match uri.scheme_str() {
        Some("http") | Some("https") if uri.authority().is_some() && uri.query().is_none() => Ok(url.to_string()),
        _ => Err(bad()),
    }
}

/// Percent-encodes everything but unreserved characters and `/`.
pub(crate) fn encode_path(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn short(s: &str) -> String {
    let s = crate::text::sanitize_line(s);
    let first = s.lines().next().unwrap_or("");
    let mut out: String = first.chars().take(200).collect();
    if first.chars().count() > 200 {
        out.push('…');
    }
    scrub_tokens(&out)
}

pub(crate) use crate::text::scrub_tokens;

/// Rate-limit headers of an API answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RateLimit {
    /// `x-ratelimit-remaining`.
    pub remaining: Option<u64>,
    /// `x-ratelimit-reset`.
    pub reset: Option<DateTime<Utc>>,
}

impl RateLimit {
    /// Reads the headers (absent or unparsable -> `None`).
    pub fn from_headers(h: &HeaderMap) -> Self {
        let num = |k: &str| h.get(k).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<u64>().ok());
        RateLimit {
            remaining: num("x-ratelimit-remaining"),
            reset: num("x-ratelimit-reset")
                .and_then(|s| i64::try_from(s).ok())
                .and_then(|s| DateTime::from_timestamp(s, 0)),
        }
    }
}

fn retry_after(h: &HeaderMap) -> Option<DateTime<Utc>> {
    let secs = h.get("retry-after")?.to_str().ok()?.trim().parse::<u32>().ok()?;
    Utc::now().checked_add_signed(chrono::Duration::seconds(i64::from(secs)))
}

/// Maps a non-success HTTP status to an error. `what` names the thing asked
/// for, `hint` the settings to check on a 404.
pub(crate) fn status_error(status: StatusCode, headers: &HeaderMap, body: &[u8], what: &str, hint: &str) -> SyncError {
    let rl = RateLimit::from_headers(headers);
    let reset = rl.reset.or_else(|| retry_after(headers));
    let body_says_rate =
        String::from_utf8_lossy(&body[..body.len().min(4096)]).to_ascii_lowercase().contains("rate limit");
    match status.as_u16() {
        401 => SyncError::Unauthorized,
        429 => SyncError::RateLimited { reset },
        403 if rl.remaining == Some(0) || headers.contains_key("retry-after") || body_says_rate => {
            SyncError::RateLimited { reset }
        }
        403 => SyncError::Forbidden { what: what.to_string() },
        404 | 410 => SyncError::NotFound { what: what.to_string(), hint: hint.to_string() },
        s @ 500..=599 => SyncError::Server { status: s },
        s => SyncError::Http { status: s, what: what.to_string() },
    }
}

/// Whether a transport error (its whole source chain) is a timeout: the one
/// classifier for the sync, the publisher and the HedgeDoc pad.
pub(crate) fn is_timeout(e: &(dyn std::error::Error + 'static)) -> bool {
    matches!(transport_error(e), SyncError::Timeout)
}

/// Maps a transport error (no HTTP answer) to Timeout or Connection.
pub(crate) fn transport_error(e: &(dyn std::error::Error + 'static)) -> SyncError {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    let mut texts = Vec::new();
    while let Some(err) = cur {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind as K;
            match io.kind() {
                K::TimedOut => return SyncError::Timeout,
                K::ConnectionRefused => return SyncError::Connection("connection refused".into()),
                K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe | K::UnexpectedEof => {
                    return SyncError::Connection("connection lost".into())
                }
                _ => {}
            }
        }
        if err.is::<tokio::time::error::Elapsed>() {
            return SyncError::Timeout;
        }
        texts.push(err.to_string());
        cur = err.source();
    }
    let all = texts.join(": ").to_ascii_lowercase();
    if all.contains("timed out") || all.contains("timeout") || all.contains("deadline") {
        SyncError::Timeout
    } else if all.contains("refused") {
        SyncError::Connection("connection refused".into())
    } else if all.contains("dns") || all.contains("resolve") || all.contains("lookup") {
        SyncError::Connection("host name not found".into())
    } else {
        SyncError::Connection(short(texts.last().map(String::as_str).unwrap_or("network error")))
    }
}

fn body_error(e: &(dyn std::error::Error + 'static)) -> SyncError {
    match transport_error(e) {
        SyncError::Timeout => SyncError::Timeout,
        _ => SyncError::Malformed("the answer was cut off (truncated)".into()),
    }
}

type RespBody = http_body_util::combinators::BoxBody<Bytes, octocrab::Error>;

async fn get(client: &Octocrab, uri: &str, headers: HeaderMap) -> Result<http::Response<RespBody>, SyncError> {
    match client._get_with_headers(uri, Some(headers)).await {
        Ok(r) => Ok(r),
        Err(octocrab::Error::UriParse { .. }) | Err(octocrab::Error::Uri { .. }) => {
            Err(SyncError::InvalidConfig(format!("\"{}\" is not a valid URL", crate::text::sanitize_line(uri))))
        }
        Err(e) => Err(transport_error(&e)),
    }
}

async fn collect(resp: http::Response<RespBody>, limit: usize) -> Result<(http::response::Parts, Bytes), SyncError> {
    let (parts, body) = resp.into_parts();
    let limited = http_body_util::Limited::new(body, limit);
    match limited.collect().await {
        Ok(c) => Ok((parts, c.to_bytes())),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => {
            Err(SyncError::Malformed(format!("answer larger than {} MB", limit / (1024 * 1024))))
        }
        Err(e) => Err(body_error(&*e)),
    }
}

/// One whole request, headers and body, bounded by `bound`: a server that
/// trickles its answer a byte at a time cannot hold a sync for longer.
async fn request(
    client: &Octocrab,
    uri: &str,
    headers: HeaderMap,
    limit: usize,
    bound: Duration,
) -> Result<(http::response::Parts, Bytes), SyncError> {
    match tokio::time::timeout(bound, async {
        let resp = get(client, uri, headers).await?;
        collect(resp, limit).await
    })
    .await
    {
        Ok(r) => r,
        Err(_) => Err(SyncError::Timeout),
    }
}

/// Limits of one repository sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncOptions {
    /// Bound on each request as a whole (connect, headers and body).
    pub request_timeout: Duration,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions { request_timeout: Duration::from_secs(60) }
    }
}

/// Most directory listings requested when GitHub truncates the recursive one.
pub const MAX_TREE_REQUESTS: usize = 2_000;

struct TreeEntry {
    path: String,
    sha: String,
}

struct Tree {
    sha: String,
    truncated: bool,
    entries: Vec<TreeEntry>,
    /// Sub-trees (directories) named in the listing: path, tree SHA.
    subtrees: Vec<(String, String)>,
}

fn parse_tree(bytes: &[u8], kind: RepoKind, warnings: &mut Vec<String>) -> Result<Tree, SyncError> {
    parse_tree_at(bytes, kind, "", warnings)
}

/// Parse a tree listing whose paths are relative to the directory `prefix`
/// (empty, or ending in `/`).
fn parse_tree_at(bytes: &[u8], kind: RepoKind, prefix: &str, warnings: &mut Vec<String>) -> Result<Tree, SyncError> {
    let v: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        if e.is_eof() {
            SyncError::Malformed("the tree listing is truncated JSON".into())
        } else {
            SyncError::Malformed(format!("the tree listing is not valid JSON ({e})"))
        }
    })?;
    let sha = v
        .get("sha")
        .and_then(|s| s.as_str())
        .filter(|s| is_hex_sha(s))
        .ok_or_else(|| SyncError::Malformed("the tree listing has no valid \"sha\"".into()))?
        .to_string();
    let items = v
        .get("tree")
        .and_then(|t| t.as_array())
        .ok_or_else(|| SyncError::Malformed("the tree listing has no \"tree\" array".into()))?;
    let truncated = v.get("truncated").and_then(|t| t.as_bool()).unwrap_or(false);
    let mut entries = Vec::new();
    let mut subtrees = Vec::new();
    let mut refused = 0usize;
    for item in items {
        let s = |k: &str| item.get(k).and_then(|x| x.as_str());
        let (Some(path), Some(ty), Some(sha)) = (s("path"), s("type"), s("sha")) else {
            continue;
        };
        let full;
        let path = if prefix.is_empty() {
            path
        } else {
            full = format!("{prefix}{path}");
            full.as_str()
        };
        if ty == "tree" {
            if check_rel_path(path).is_ok() && is_hex_sha(sha) {
                subtrees.push((path.to_string(), sha.to_string()));
            }
            continue;
        }
        // Only regular files: no subtrees, submodules ("commit") or symlinks (mode 120000).
        if ty != "blob" || s("mode") == Some("120000") || !kind.wants(path) {
            continue;
        }
        if let Err(why) = check_rel_path(path) {
            refused += 1;
            if refused <= 5 {
                let shown: String = crate::text::sanitize_line(path).chars().take(80).collect();
                tracing::warn!("refusing unsafe path from the tree ({why}): {shown:?}");
                warnings.push(format!("refused unsafe path {shown:?} ({why})"));
            }
            continue;
        }
        if !is_hex_sha(sha) {
            warnings.push(format!("skipped {path}: bad blob SHA"));
            continue;
        }
        if item.get("size").and_then(|x| x.as_u64()).is_some_and(|n| n > MAX_BLOB_LEN) {
            warnings.push(format!("skipped {path}: larger than {} MB", MAX_BLOB_LEN / (1024 * 1024)));
            continue;
        }
        entries.push(TreeEntry { path: path.to_string(), sha: sha.to_string() });
    }
    if refused > 5 {
        warnings.push(format!("refused {} more unsafe paths", refused - 5));
    }
    Ok(Tree { sha, truncated, entries, subtrees })
}

/// The whole file list of a repository whose recursive listing GitHub
/// truncated: one non-recursive listing per directory, from the root tree.
/// `Err` when that, too, cannot be completed (the caller then keeps every
/// cached file the partial listing does not name).
async fn walk_tree(
    client: &Octocrab,
    repo: &RepoSpec,
    root_sha: &str,
    opts: &SyncOptions,
    report: &mut SyncReport,
) -> Result<Vec<TreeEntry>, SyncError> {
    let mut entries = Vec::new();
    let mut queue = vec![(String::new(), root_sha.to_string())];
    let mut requests = 0usize;
    while let Some((prefix, sha)) = queue.pop() {
        requests += 1;
        if requests > MAX_TREE_REQUESTS {
            return Err(SyncError::Malformed(format!("more than {MAX_TREE_REQUESTS} directories to list")));
        }
        let uri =
            format!("/repos/{}/{}/git/trees/{}", encode_path(&repo.owner), encode_path(&repo.repo), encode_path(&sha));
        let mut headers = HeaderMap::new();
        headers.insert(http::header::ACCEPT, HeaderValue::from_static("application/vnd.github+json"));
        let (parts, body) = request(client, &uri, headers, MAX_TREE_LEN, opts.request_timeout).await?;
        report.api_requests += 1;
        let rl = RateLimit::from_headers(&parts.headers);
        if rl.remaining.is_some() {
            report.rate_limit_remaining = rl.remaining;
            report.rate_limit_reset = rl.reset.map(|t| t.to_rfc3339());
        }
        if !parts.status.is_success() {
            return Err(status_error(parts.status, &parts.headers, &body, &repo.label(), "owner/repo/branch"));
        }
        let t = parse_tree_at(&body, repo.kind, &prefix, &mut report.warnings)?;
        if t.truncated {
            return Err(SyncError::Malformed(format!("GitHub truncated the listing of {prefix:?}")));
        }
        entries.extend(t.entries);
        queue.extend(t.subtrees.into_iter().map(|(p, s)| (format!("{p}/"), s)));
    }
    Ok(entries)
}

/// Syncs one repository into the cache: a single conditional tree request,
/// then raw downloads of new blobs (at most [`DOWNLOAD_CONCURRENCY`] at once),
/// then the manifest, then removal of unreferenced blobs. On any error the
/// previous snapshot stays readable and the manifest is untouched.
pub async fn sync_repo(
    client: &Octocrab,
    ep: &GithubEndpoints,
    repo: &RepoSpec,
    cache: &Cache,
    progress: &(dyn Fn(SyncProgress) + Send + Sync),
) -> Result<SyncReport, SyncError> {
    sync_repo_with(client, ep, repo, cache, progress, &SyncOptions::default()).await
}

/// [`sync_repo`] with explicit limits.
///
/// When GitHub says the recursive listing is truncated, the tree is walked
/// directory by directory; if that cannot be completed either, every cached
/// file the partial listing does not name is kept (never deleted because an
/// incomplete listing misses it) and the manifest is marked incomplete, so
/// the next sync lists again instead of trusting a 304.
pub async fn sync_repo_with(
    client: &Octocrab,
    ep: &GithubEndpoints,
    repo: &RepoSpec,
    cache: &Cache,
    progress: &(dyn Fn(SyncProgress) + Send + Sync),
    opts: &SyncOptions,
) -> Result<SyncReport, SyncError> {
    repo.check()?;
    let api = check_base_url(&ep.api_url, "api_url")?;
    let raw = check_base_url(&ep.raw_url, "raw_url")?;
    let label = repo.label();
    let previous = cache.manifest(repo);
    // Only a complete manifest whose blobs are all present and intact may be
    // confirmed by a 304.
    let old = previous.clone().filter(|m| !m.truncated && cache.is_complete(repo, m));

    let mut headers = HeaderMap::new();
    headers.insert(http::header::ACCEPT, HeaderValue::from_static("application/vnd.github+json"));
    if let Some(etag) = old.as_ref().and_then(|m| m.etag.as_deref()) {
        if let Ok(v) = HeaderValue::from_str(etag) {
            headers.insert(http::header::IF_NONE_MATCH, v);
        }
    }
    // Relative to the client's base URI (= api_url).
    let tree_uri = format!(
        "/repos/{}/{}/git/trees/{}?recursive=1",
        encode_path(&repo.owner),
        encode_path(&repo.repo),
        encode_path(&repo.branch)
    );
    let (parts, body) = request(client, &tree_uri, headers, MAX_TREE_LEN, opts.request_timeout).await?;
    let rl = RateLimit::from_headers(&parts.headers);
    let mut report = SyncReport {
        source: label.clone(),
        fetched: 0,
        unchanged: 0,
        removed: 0,
        api_requests: 1,
        rate_limit_remaining: rl.remaining,
        rate_limit_reset: rl.reset.map(|t| t.to_rfc3339()),
        not_modified: false,
        warnings: Vec::new(),
    };
    let status = parts.status;
    if status == StatusCode::NOT_MODIFIED {
        let Some(mut m) = old else {
            return Err(SyncError::Malformed("304 Not Modified without a cached copy".into()));
        };
        m.synced_at = Utc::now();
        if let Some(e) = parts.headers.get(http::header::ETAG).and_then(|v| v.to_str().ok()) {
            m.etag = Some(e.to_string());
        }
        cache.commit_manifest(repo, &m).map_err(|e| SyncError::Cache(e.to_string()))?;
        report.not_modified = true;
        report.unchanged = m.files.len();
        progress(SyncProgress { done: 0, total: 0 });
        return Ok(report);
    }
    let mut etag = parts.headers.get(http::header::ETAG).and_then(|v| v.to_str().ok()).map(str::to_string);
    if !parts.status.is_success() {
        return Err(status_error(parts.status, &parts.headers, &body, &label, "owner/repo/branch"));
    }
    let mut tree = parse_tree(&body, repo.kind, &mut report.warnings)?;
    // GitHub cut the recursive listing short: list directory by directory.
    let mut incomplete = false;
    if tree.truncated {
        tracing::warn!("GitHub truncated the tree listing of {label}; listing it directory by directory");
        match walk_tree(client, repo, &tree.sha, opts, &mut report).await {
            Ok(all) => {
                report.warnings.push(format!(
                    "GitHub truncated the file list; it was listed directory by directory ({} requests)",
                    report.api_requests - 1
                ));
                tree.entries = all;
                tree.truncated = false;
            }
            Err(e) => {
                tracing::warn!("listing {label} directory by directory failed: {e}");
                report.warnings.push(format!(
                    "GitHub truncated the file list and listing it by directory failed ({e}); \
                     cached files it does not name are kept"
                ));
                incomplete = true;
                // An incomplete manifest must not be confirmed by a 304 later.
                etag = None;
            }
        }
    }

    // Which blobs are new; one download per distinct SHA.
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    let mut needed: HashMap<String, String> = HashMap::new();
    for e in tree.entries {
        if cache.has_valid_blob(repo, &e.sha) {
            report.unchanged += 1;
        } else {
            report.fetched += 1;
            needed.entry(e.sha.clone()).or_insert_with(|| e.path.clone());
        }
        files.insert(e.path, e.sha);
    }
    if let Some(old) = &previous {
        if incomplete {
            // Keep what the incomplete listing does not name (when intact).
            for (p, sha) in &old.files {
                if !files.contains_key(p) && cache.has_valid_blob(repo, sha) {
                    files.insert(p.clone(), sha.clone());
                    report.unchanged += 1;
                }
            }
        }
        report.removed = old.files.keys().filter(|p| !files.contains_key(*p)).count();
    }

    let total = needed.len();
    progress(SyncProgress { done: 0, total });
    if total > 0 {
        let raw_client = raw_client_for(&api, &raw)?;
        let raw_client = raw_client.as_ref().unwrap_or(client);
        let dl = Downloader {
            client: raw_client,
            raw: &raw,
            repo,
            tree_sha: &tree.sha,
            cache,
            use_branch: AtomicBool::new(false),
            bound: opts.request_timeout,
        };
        let mut stream =
            futures::stream::iter(needed).map(|(sha, path)| dl.fetch(sha, path)).buffer_unordered(DOWNLOAD_CONCURRENCY);
        let mut done = 0;
        while let Some(r) = stream.next().await {
            r?;
            done += 1;
            progress(SyncProgress { done, total });
        }
    }

    let manifest = Manifest {
        version: 1,
        source: label,
        etag,
        tree_sha: tree.sha,
        synced_at: Utc::now(),
        truncated: incomplete,
        files,
    };
    cache.commit_manifest(repo, &manifest).map_err(|e| SyncError::Cache(e.to_string()))?;
    let keep: HashSet<&str> = manifest.files.values().map(String::as_str).collect();
    if let Err(e) = cache.remove_unreferenced(repo, &keep) {
        tracing::warn!("cache: could not remove old blobs: {e}");
    }
    Ok(report)
}

/// Octocrab joins any path in its base URI into every request, also absolute
/// ones; when api_url has a path (GitHub Enterprise `/api/v3`) raw URLs need a
/// client of their own (unauthenticated, default timeouts).
fn raw_client_for(api: &str, raw: &str) -> Result<Option<Octocrab>, SyncError> {
    let api_path = api.parse::<http::Uri>().map(|u| u.path().trim_end_matches('/').to_string()).unwrap_or_default();
    if api_path.is_empty() || raw.parse::<http::Uri>().is_ok_and(|u| u.path().starts_with(&api_path)) {
        return Ok(None);
    }
    let origin = raw.parse::<http::Uri>().ok().and_then(|u| Some(format!("{}://{}", u.scheme_str()?, u.authority()?)));
    let origin = origin.ok_or_else(|| SyncError::InvalidConfig("raw_url is not a URL".into()))?;
    octocrab_client(&origin, Duration::from_secs(30), None).map(Some)
}

struct Downloader<'a> {
    client: &'a Octocrab,
    raw: &'a str,
    repo: &'a RepoSpec,
    tree_sha: &'a str,
    cache: &'a Cache,
    /// Set once the raw host answered 404 for the tree SHA: use the branch.
    use_branch: AtomicBool,
    /// Bound on each download as a whole.
    bound: Duration,
}

impl Downloader<'_> {
    fn url(&self, reference: &str, path: &str) -> String {
        format!(
            "{}/{}/{}/{}/{}",
            self.raw,
            encode_path(&self.repo.owner),
            encode_path(&self.repo.repo),
            encode_path(reference),
            encode_path(path)
        )
    }

    async fn fetch(&self, sha: String, path: String) -> Result<(), SyncError> {
        let mut by_branch = self.use_branch.load(Ordering::Relaxed);
        loop {
            let reference = if by_branch { self.repo.branch.as_str() } else { self.tree_sha };
            let (parts, body) =
                request(self.client, &self.url(reference, &path), HeaderMap::new(), MAX_BLOB_LEN as usize, self.bound)
                    .await?;
            if parts.status == StatusCode::NOT_FOUND && !by_branch {
                by_branch = true;
                self.use_branch.store(true, Ordering::Relaxed);
                continue;
            }
            if !parts.status.is_success() {
                let what = format!("{}/{}", self.repo.label(), path);
                return Err(status_error(parts.status, &parts.headers, &body, &what, "owner/repo/branch and raw_url"));
            }
            if sha.len() == 40 && git_blob_sha1(&body) != sha {
                tracing::warn!("{path}: downloaded content does not match blob {sha}");
                return Err(SyncError::Integrity { path: crate::text::sanitize_line(&path).into_owned() });
            }
            return self.cache.write_blob(self.repo, &sha, &body).map_err(|e| SyncError::Cache(e.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_pick_files() {
        assert!(RepoKind::Minutes.wants("community-call/20230720.md"));
        assert!(RepoKind::Minutes.wants("X.MD"));
        assert!(!RepoKind::Minutes.wants("calendar.yml"));
        assert!(RepoKind::Calendar.wants("events/a.yaml"));
        assert!(RepoKind::Calendar.wants("a.yml"));
        assert!(!RepoKind::Calendar.wants("a.md"));
    }

    #[test]
    fn encoding_and_scrubbing() {
        assert_eq!(encode_path("a b/ü#?.md"), "a%20b/%C3%BC%23%3F.md");
        assert_eq!(scrub_tokens("bad ghp_abc123XYZ here github_pat_1_x"), "bad *** here ***");
    }

    #[test]
    fn messages_are_plain() {
        let reset = DateTime::from_timestamp(1_700_000_520, 0);
        let e = SyncError::RateLimited { reset };
        assert_eq!(e.to_string(), "GitHub rate limit reached; resets at 22:22 UTC");
        let e =
            SyncError::NotFound { what: "SovereignCloudStack/minutes@main".into(), hint: "owner/repo/branch".into() };
        assert_eq!(
            e.to_string(),
            "SovereignCloudStack/minutes@main not found (404): check owner/repo/branch in the config"
        );
        assert!(SyncError::TokenRequired.to_string().contains("GITHUB_TOKEN"));
    }

    #[test]
    fn repo_spec_checked() {
        assert!(RepoSpec::default_minutes().check().is_ok());
        assert!(RepoSpec::new("o", "r", "feature/x", RepoKind::Minutes).check().is_ok());
        assert!(RepoSpec::new("../o", "r", "main", RepoKind::Minutes).check().is_err());
        assert!(RepoSpec::new("o", "r", "a/../b", RepoKind::Minutes).check().is_err());
        assert!(RepoSpec::new("o", "r", "a?b", RepoKind::Minutes).check().is_err());
    }

    #[test]
    fn client_outside_runtime_is_an_error() {
        let r = build_client(&GithubEndpoints::default(), None, Duration::from_secs(1));
        assert!(matches!(r, Err(SyncError::InvalidConfig(_))));
    }
}
