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
    /// No push access and the fork could not be made.
    #[error("You cannot push to {repo} and forking it into your account failed ({message}); ask a maintainer for push access, or fork it on github.com and publish again.")]
    ForkFailed {
        /// `owner/repo` (the upstream).
        repo: String,
        /// What GitHub said.
        message: String,
    },
    /// The fork was created but did not become ready in time.
    #[error("Your fork {fork} was created but is not ready yet; publish again in a minute.")]
    ForkNotReady {
        /// `user/repo`.
        fork: String,
    },
}

/// Which way a pull request was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The branch was pushed to the repository itself (the token has push access).
    Direct,
    /// The token cannot push there: the branch went to the user's fork.
    Fork {
        /// `user/repo` of the fork.
        fork: String,
        /// The fork was created by this publish (else it existed).
        created: bool,
    },
}

/// A published draft: the pull request and the way it went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The pull request's html_url.
    pub url: String,
    pub route: Route,
}

impl Published {
    /// One line for the status: "pull request opened from your fork alice/minutes (forked now): URL".
    pub fn describe(&self) -> String {
        match &self.route {
            Route::Direct => format!("pull request opened (branch pushed to the repository): {}", self.url),
            Route::Fork { fork, created: true } => {
                format!("no push access: forked to {fork}, pull request opened from the fork: {}", self.url)
            }
            Route::Fork { fork, created: false } => {
                format!("no push access: pull request opened from your fork {fork}: {}", self.url)
            }
        }
    }
}

/// How long to wait for a new fork to become ready (GitHub creates forks
/// asynchronously: `POST /forks` answers 202 before the git data is there).
#[derive(Debug, Clone, Copy)]
pub struct ForkWait {
    /// Checks before giving up.
    pub attempts: u32,
    /// Pause between checks.
    pub interval: std::time::Duration,
}

impl Default for ForkWait {
    fn default() -> Self {
        ForkWait { attempts: 20, interval: std::time::Duration::from_millis(1500) }
    }
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
    build_client_with_timeout(token, base_uri, std::time::Duration::from_secs(30))
}

/// [`build_client`] with the configured `github.timeout_secs`, through the project's
/// one octocrab factory ([`crate::sources::github::octocrab_client`]).
pub fn build_client_with_timeout(
    token: Option<&str>,
    base_uri: Option<&str>,
    timeout: std::time::Duration,
) -> Result<Octocrab, PublishError> {
    let token = token.map(str::trim).filter(|t| !t.is_empty()).ok_or(PublishError::NoToken)?;
    let base = base_uri.unwrap_or("https://api.github.com");
    crate::sources::github::octocrab_client(base, timeout, Some(token)).map_err(|e| match e {
        crate::sources::github::SyncError::InvalidConfig(m) if m.contains("is not a URL") => {
            PublishError::InvalidName(base.to_string())
        }
        e => PublishError::Network { step: "setup", message: short(&e.to_string()) },
    })
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
    if crate::sources::github::is_timeout(&e) {
        return PublishError::Timeout { step };
    }
    PublishError::Network { step, message: short(&e.to_string()) }
}

/// Publish a draft as a pull request and return its html_url; see [`publish`].
pub async fn publish_pr(
    client: &Octocrab,
    owner: &str,
    repo: &str,
    series: &str,
    date: NaiveDate,
    text: &str,
) -> Result<String, PublishError> {
    publish(client, owner, repo, series, date, text, ForkWait::default()).await.map(|p| p.url)
}

/// Publish a draft as a pull request: read the repository (default branch,
/// `permissions.push`) and its default branch's head; with push access create
/// `scsdash/<series>-<YYYYMMDD>` there, else in the user's fork (as `gh pr
/// create` does: use the fork when it exists, else create it and wait until
/// it is ready); commit `<series>/<YYYYMMDD>.md` on the branch (updating the
/// file if the branch already has one) and open the PR "Add <series>/<YYYYMMDD>.md"
/// against the default branch (from `user:branch` for a fork).
pub async fn publish(
    client: &Octocrab,
    owner: &str,
    repo: &str,
    series: &str,
    date: NaiveDate,
    text: &str,
    wait: ForkWait,
) -> Result<Published, PublishError> {
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

    // 1. Default branch and whether the token may push.
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
    // No `permissions` object (an anonymous answer): try pushing directly.
    let can_push = info.pointer("/permissions/push").and_then(Value::as_bool).unwrap_or(true);

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

    // 3. Where the branch goes: the repository, or the user's fork.
    let (target, route) = if can_push {
        (full.clone(), Route::Direct)
    } else {
        let (fork, created) = ensure_fork(client, owner, repo, &base, wait).await?;
        (fork.clone(), Route::Fork { fork, created })
    };

    // 4. The branch (a fork shares the upstream's objects, so the upstream head is valid there).
    let step = "create branch";
    let _: Value = client
        .post(format!("/repos/{target}/git/refs"), Some(&json!({ "ref": format!("refs/heads/{branch}"), "sha": sha })))
        .await
        .map_err(|e| map_err(e, step, &target, &branch))?;

    // 5. The file (if the branch already has it, update it with its blob sha).
    let step = "read existing file";
    let existing: Option<String> = match client
        .get::<Value, _, _>(format!("/repos/{target}/contents/{path}"), Some(&json!({ "ref": branch })))
        .await
    {
        Ok(v) => v.get("sha").and_then(Value::as_str).map(str::to_string),
        Err(octocrab::Error::GitHub { source, .. }) if source.status_code.as_u16() == 404 => None,
        Err(e) => return Err(map_err(e, step, &target, &branch)),
    };
    // octocrab's contents calls do the base64 and the request body.
    let step = "commit file";
    let (target_owner, target_repo) = target.split_once('/').unwrap_or((owner, repo));
    let repos = client.repos(target_owner, target_repo);
    let commit = match existing {
        Some(blob) => repos.update_file(&path, format!("Update {path}"), text, blob),
        None => repos.create_file(&path, &title, text),
    };
    commit.branch(&branch).send().await.map_err(|e| map_err(e, step, &target, &branch))?;

    // 6. The pull request, always on the upstream.
    let step = "open pull request";
    let head = match &route {
        Route::Fork { fork, .. } => format!("{}:{branch}", fork.split('/').next().unwrap_or_default()),
        Route::Direct => branch.clone(),
    };
    let pr = client
        .pulls(owner, repo)
        .create(&title, head, &base)
        .body(format!("Minutes for {series} on {}, drafted with scsdash.", date.format("%Y-%m-%d")))
        .maintainer_can_modify(matches!(route, Route::Fork { .. }).then_some(true))
        .send()
        .await
        .map_err(|e| map_err(e, step, &full, &branch))?;
    let url = pr.html_url.map(String::from).ok_or(PublishError::Unexpected { step, field: "html_url" })?;
    Ok(Published { url, route })
}

/// The user's fork of `owner/repo` as `user/name`, and whether it was created now:
/// `GET /user`; `GET /repos/<user>/<repo>` when that is a fork of the upstream;
/// else `POST /repos/<owner>/<repo>/forks` and poll the fork's default branch until it answers.
async fn ensure_fork(
    client: &Octocrab,
    owner: &str,
    repo: &str,
    base: &str,
    wait: ForkWait,
) -> Result<(String, bool), PublishError> {
    let full = format!("{owner}/{repo}");
    let step = "read user";
    let me: Value = client.get("/user", None::<&()>).await.map_err(|e| map_err(e, step, &full, ""))?;
    let login = me.get("login").and_then(Value::as_str).ok_or(PublishError::Unexpected { step, field: "login" })?;
    if !valid_repo_part(login) {
        return Err(PublishError::InvalidName(short(login)));
    }
    let is_fork_of_upstream = |v: &Value| {
        v.get("fork").and_then(Value::as_bool) == Some(true)
            && [v.pointer("/parent/full_name"), v.pointer("/source/full_name")]
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .any(|n| n.eq_ignore_ascii_case(&full))
    };
    match client.get::<Value, _, ()>(format!("/repos/{login}/{repo}"), None).await {
        Ok(v) if is_fork_of_upstream(&v) => {
            let name = v.get("full_name").and_then(Value::as_str).unwrap_or_default();
            let name = if name.is_empty() { format!("{login}/{repo}") } else { name.to_string() };
            return Ok((short(&name), false));
        }
        Ok(_) => {}
        Err(octocrab::Error::GitHub { source, .. }) if source.status_code.as_u16() == 404 => {}
        Err(e) => return Err(map_err(e, "read fork", &format!("{login}/{repo}"), "")),
    }
    let created: Value = match client.post(format!("/repos/{owner}/{repo}/forks"), Some(&json!({}))).await {
        Ok(v) => v,
        Err(octocrab::Error::GitHub { source, .. }) => {
            return Err(PublishError::ForkFailed {
                repo: full,
                message: format!("{}: {}", source.status_code.as_u16(), short(&source.message)),
            })
        }
        Err(e) => return Err(PublishError::ForkFailed { repo: full, message: short(&e.to_string()) }),
    };
    let fork = created
        .get("full_name")
        .and_then(Value::as_str)
        .filter(|n| n.split('/').count() == 2 && n.split('/').all(valid_repo_part))
        .map(str::to_string)
        .unwrap_or_else(|| format!("{login}/{repo}"));
    for attempt in 0..wait.attempts.max(1) {
        if attempt > 0 {
            tokio::time::sleep(wait.interval).await;
        }
        match client.get::<Value, _, ()>(format!("/repos/{fork}/git/ref/heads/{base}"), None).await {
            Ok(v) if v.pointer("/object/sha").is_some() => return Ok((fork, true)),
            Ok(_) => {}
            // 404 / 409 (empty repository) while GitHub copies the data
            Err(octocrab::Error::GitHub { source, .. }) if matches!(source.status_code.as_u16(), 404 | 409) => {}
            Err(e) => return Err(map_err(e, "wait for fork", &fork, "")),
        }
    }
    Err(PublishError::ForkNotReady { fork })
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
