//! Publishing a draft: save it into a local clone of the minutes repo, or open a pull
//! request on GitHub with octocrab (branch from the default branch, commit the file, PR).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use octocrab::Octocrab;
use serde_json::{json, Value};

use super::drafts::{valid_series, write_atomic, DraftError};

/// Why publishing failed; `Display` is one plain sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PublishError {
    /// No GitHub token is configured.
    #[error("Publishing needs a GitHub token: set GITHUB_TOKEN or run `gh auth login`.")]
    NoToken,
    /// 401: the token is missing, expired or revoked.
    #[error("GitHub rejected the token (401 Unauthorized): it is missing, expired or revoked; set a fresh GITHUB_TOKEN or run `gh auth login`.")]
    Unauthorized,
    /// 403: no write permission, or a rate limit.
    #[error("GitHub refused the request (403 Forbidden): the token may lack write access to {repo} (contents and pull requests), or a rate limit was hit ({message}).")]
    Forbidden {
        /// `owner/repo`.
        repo: String,
        /// GitHub's message.
        message: String,
    },
    /// 404: the repository (or branch) is not visible with this token.
    #[error("GitHub answered 404 Not Found for {repo}: the repository does not exist or the token cannot see it.")]
    NotFound {
        /// `owner/repo`.
        repo: String,
    },
    /// 422 on branch creation: the branch already exists.
    #[error("The branch {branch} already exists in {repo}: this draft was probably published before; merge or close that pull request and delete the branch, then try again.")]
    BranchExists {
        /// The branch name.
        branch: String,
        /// `owner/repo`.
        repo: String,
    },
    /// Another 422: GitHub could not process the request.
    #[error("GitHub could not process the {step} request (422): {message}.")]
    Unprocessable {
        /// Which step failed.
        step: &'static str,
        /// GitHub's message.
        message: String,
    },
    /// 5xx: a GitHub server error.
    #[error("GitHub had a server error ({status}) during {step}; nothing is lost, try again in a minute.")]
    Server {
        /// The HTTP status.
        status: u16,
        /// Which step failed.
        step: &'static str,
    },
    /// The request timed out.
    #[error("GitHub did not answer in time during {step}; check the network connection and try again.")]
    Timeout {
        /// Which step failed.
        step: &'static str,
    },
    /// Could not connect or another transport error.
    #[error("Could not reach GitHub during {step}: {message}.")]
    Network {
        /// Which step failed.
        step: &'static str,
        /// The error text.
        message: String,
    },
    /// Another HTTP status.
    #[error("GitHub answered {status} during {step}: {message}.")]
    Http {
        /// The HTTP status.
        status: u16,
        /// Which step failed.
        step: &'static str,
        /// GitHub's message.
        message: String,
    },
    /// GitHub's answer lacked an expected field.
    #[error("GitHub's answer to the {step} request lacked the field {field}.")]
    Unexpected {
        /// Which step.
        step: &'static str,
        /// The missing field.
        field: &'static str,
    },
    /// Owner, repo or series is not a safe name.
    #[error("'{0}' is not a usable repository or series name.")]
    InvalidName(String),
}

/// A GitHub token from the environment (`GITHUB_TOKEN`, then `GH_TOKEN`), if set and non-empty.
pub fn token_from_env() -> Option<String> {
    ["GITHUB_TOKEN", "GH_TOKEN"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .map(|t| t.trim().to_string())
        .find(|t| !t.is_empty())
}

/// Build an octocrab client for publishing; `NoToken` when `token` is missing or empty.
/// Must be called inside a tokio runtime. `base_uri` points at a test server or GHES.
/// No automatic retries (the user retries); 10 s connect and 30 s read timeouts.
pub fn build_client(token: Option<&str>, base_uri: Option<&str>) -> Result<Octocrab, PublishError> {
    let token = token.map(str::trim).filter(|t| !t.is_empty()).ok_or(PublishError::NoToken)?;
    let mut b = Octocrab::builder()
        .personal_token(token.to_string())
        // No automatic retries: a retried POST could create the branch twice.
        .add_retry_config(octocrab::service::middleware::retry::RetryConfig::None)
        .set_connect_timeout(Some(std::time::Duration::from_secs(10)))
        .set_read_timeout(Some(std::time::Duration::from_secs(30)));
    if let Some(uri) = base_uri {
        b = b.base_uri(uri).map_err(|_| PublishError::InvalidName(uri.to_string()))?;
    }
    b.build().map_err(|e| PublishError::Network { step: "setup", message: short(&e.to_string()) })
}

/// The branch name used for a draft: `scsdash/<series>-<YYYYMMDD>`.
pub fn branch_name(series: &str, date: NaiveDate) -> String {
    format!("scsdash/{series}-{}", date.format("%Y%m%d"))
}

/// The path of the minutes file in the repo: `<series>/<YYYYMMDD>.md`.
pub fn repo_path(series: &str, date: NaiveDate) -> String {
    format!("{series}/{}.md", date.format("%Y%m%d"))
}

fn valid_repo_part(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s != "."
        && s != ".."
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

fn short(s: &str) -> String {
    let s = crate::text::sanitize_line(s);
    let s = s.trim();
    let mut out: String = s.chars().take(200).collect();
    if s.chars().count() > 200 {
        out.push('…');
    }
    out
}

fn error_chain_mentions_timeout(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    let mut depth = 0;
    while let Some(err) = cur {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::TimedOut {
                return true;
            }
        }
        let text = err.to_string().to_lowercase();
        if text.contains("timed out") || text.contains("timeout") || text.contains("deadline has elapsed") {
            return true;
        }
        depth += 1;
        if depth > 16 {
            break;
        }
        cur = err.source();
    }
    false
}

fn map_err(e: octocrab::Error, step: &'static str, repo: &str, branch: &str) -> PublishError {
    if let octocrab::Error::GitHub { source, .. } = &e {
        let status = source.status_code.as_u16();
        let message = short(&source.message);
        return match status {
            401 => PublishError::Unauthorized,
            403 => PublishError::Forbidden { repo: repo.to_string(), message },
            404 => PublishError::NotFound { repo: repo.to_string() },
            422 if step == "create branch" => {
                PublishError::BranchExists { branch: branch.to_string(), repo: repo.to_string() }
            }
            422 => PublishError::Unprocessable { step, message },
            500..=599 => PublishError::Server { status, step },
            _ => PublishError::Http { status, step, message },
        };
    }
    if error_chain_mentions_timeout(&e) {
        return PublishError::Timeout { step };
    }
    PublishError::Network { step, message: short(&e.to_string()) }
}

/// Standard base64 with padding (RFC 4648), as the contents API expects.
pub fn base64_encode(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        out.push(T[(n >> 18) as usize & 63] as char);
        out.push(T[(n >> 12) as usize & 63] as char);
        out.push(if chunk.len() > 1 { T[(n >> 6) as usize & 63] as char } else { '=' });
        out.push(if chunk.len() > 2 { T[n as usize & 63] as char } else { '=' });
    }
    out
}

/// Publish a draft as a pull request: read the default branch and its head, create
/// `scsdash/<series>-<YYYYMMDD>`, commit `<series>/<YYYYMMDD>.md` on it (updating the file if
/// the default branch already has one), open the PR "Add <series>/<YYYYMMDD>.md".
/// Returns the PR's html_url.
pub async fn publish_pr(
    client: &Octocrab,
    owner: &str,
    repo: &str,
    series: &str,
    date: NaiveDate,
    text: &str,
) -> Result<String, PublishError> {
    for part in [owner, repo] {
        if !valid_repo_part(part) {
            return Err(PublishError::InvalidName(short(part)));
        }
    }
    if !valid_series(series) {
        return Err(PublishError::InvalidName(short(series)));
    }
    let full = format!("{owner}/{repo}");
    let branch = branch_name(series, date);
    let path = repo_path(series, date);
    let title = format!("Add {path}");

    // 1. Default branch.
    let step = "read repository";
    let info: Value = client
        .get(format!("/repos/{owner}/{repo}"), None::<&()>)
        .await
        .map_err(|e| map_err(e, step, &full, &branch))?;
    let base = info
        .get("default_branch")
        .and_then(Value::as_str)
        .ok_or(PublishError::Unexpected { step, field: "default_branch" })?
        .to_string();

    // 2. Its head commit.
    let step = "read default branch";
    let head: Value = client
        .get(format!("/repos/{owner}/{repo}/git/ref/heads/{base}"), None::<&()>)
        .await
        .map_err(|e| map_err(e, step, &full, &branch))?;
    let sha = head
        .pointer("/object/sha")
        .and_then(Value::as_str)
        .ok_or(PublishError::Unexpected { step, field: "object.sha" })?
        .to_string();

    // 3. The branch.
    let step = "create branch";
    let _: Value = client
        .post(
            format!("/repos/{owner}/{repo}/git/refs"),
            Some(&json!({ "ref": format!("refs/heads/{branch}"), "sha": sha })),
        )
        .await
        .map_err(|e| map_err(e, step, &full, &branch))?;

    // 4. The file (if the default branch already has it, update it with its blob sha).
    let step = "read existing file";
    let existing: Option<String> = match client
        .get::<Value, _, _>(format!("/repos/{owner}/{repo}/contents/{path}"), Some(&json!({ "ref": branch })))
        .await
    {
        Ok(v) => v.get("sha").and_then(Value::as_str).map(str::to_string),
        Err(octocrab::Error::GitHub { source, .. }) if source.status_code.as_u16() == 404 => None,
        Err(e) => return Err(map_err(e, step, &full, &branch)),
    };
    let step = "commit file";
    let mut body = json!({
        "message": title,
        "content": base64_encode(text.as_bytes()),
        "branch": branch,
    });
    if let Some(blob) = existing {
        body["sha"] = Value::String(blob);
        body["message"] = Value::String(format!("Update {path}"));
    }
    let _: Value = client
        .put(format!("/repos/{owner}/{repo}/contents/{path}"), Some(&body))
        .await
        .map_err(|e| map_err(e, step, &full, &branch))?;

    // 5. The pull request.
    let step = "open pull request";
    let pr: Value = client
        .post(
            format!("/repos/{owner}/{repo}/pulls"),
            Some(&json!({
                "title": title,
                "head": branch,
                "base": base,
                "body": format!("Minutes for {series} on {}, drafted with scsdash.", date.format("%Y-%m-%d")),
            })),
        )
        .await
        .map_err(|e| map_err(e, step, &full, &branch))?;
    pr.get("html_url")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or(PublishError::Unexpected { step, field: "html_url" })
}

/// Save a draft into a local clone of the minutes repo as `<clone>/<series>/<YYYYMMDD>.md`
/// (atomically; creates the series folder). Refuses unsafe series names (`..`, `/`, absolute)
/// and a series folder that resolves outside the clone (symlink).
pub fn save_to_clone(clone_dir: &Path, series: &str, date: NaiveDate, text: &str) -> Result<PathBuf, DraftError> {
    if !valid_series(series) {
        return Err(DraftError::InvalidSeries(series.to_string()));
    }
    let io = |action: &'static str, path: &Path| {
        let path = path.to_path_buf();
        move |source| DraftError::Io { action, path, source }
    };
    let root = clone_dir.canonicalize().map_err(io("open the clone", clone_dir))?;
    let dir = root.join(series);
    std::fs::create_dir_all(&dir).map_err(io("create", &dir))?;
    let real = dir.canonicalize().map_err(io("open", &dir))?;
    if !real.starts_with(&root) {
        return Err(DraftError::InvalidSeries(series.to_string()));
    }
    let path = real.join(format!("{}.md", date.format("%Y%m%d")));
    write_atomic(&path, text.as_bytes()).map_err(io("write", &path))?;
    Ok(dir.join(format!("{}.md", date.format("%Y%m%d"))))
}
