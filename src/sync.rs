//! GitHub sync orchestration: both repositories into the cache, used by `r`
//! in the TUI and by `scsdash sync`.

use std::sync::Arc;
use std::time::Duration;

use crate::cli::GlobalOpts;
use crate::config::Config;
use crate::data::{SourceChoice, SourceOpts};
use crate::sources::github::{self, GithubEndpoints, SyncProgress, SyncReport};
use crate::sources::token::{find_token, Token};

/// Everything a sync needs, resolved from CLI and config.
#[derive(Clone)]
pub struct SyncSettings {
    pub endpoints: GithubEndpoints,
    pub token: Option<Token>,
    pub timeout: Duration,
    pub choice: SourceChoice,
}

impl SyncSettings {
    pub fn new(opts: &SourceOpts, cfg: &Config) -> SyncSettings {
        SyncSettings {
            endpoints: GithubEndpoints {
                api_url: opts.github_api_url.clone().unwrap_or_else(|| cfg.github.api_url.clone()),
                raw_url: opts.github_raw_url.clone().unwrap_or_else(|| cfg.github.raw_url.clone()),
            },
            // Resolved later, off the UI thread: `gh auth token` may take seconds.
            token: None,
            timeout: Duration::from_secs(cfg.github.timeout_secs.clamp(1, 600)),
            choice: SourceChoice::new(opts, cfg),
        }
    }
}

/// Find the token (environment, config, gh CLI) on a blocking thread.
pub async fn resolve_token(config_token: Option<String>) -> Option<Token> {
    tokio::task::spawn_blocking(move || find_token(config_token.as_deref())).await.ok().flatten()
}

/// Sync minutes and calendar into the cache. `progress(done, total)`.
/// Both repositories are tried; the reports of those that worked come back
/// with the errors of those that did not.
pub async fn sync_all(
    s: &SyncSettings,
    progress: Arc<dyn Fn(usize, usize) + Send + Sync>,
) -> Result<(Vec<SyncReport>, Vec<String>), String> {
    if s.choice.offline {
        return Err("--offline: not syncing".into());
    }
    let cache = s.choice.cache().ok_or_else(|| "no cache directory available (set --cache-dir)".to_string())?;
    let _lock = SyncLock::take(cache.root())?;
    let client = github::build_client(&s.endpoints, s.token.as_ref(), s.timeout).map_err(|e| e.to_string())?;
    let mut reports = Vec::new();
    let mut errors = Vec::new();
    for repo in [&s.choice.minutes_repo, &s.choice.calendar_repo] {
        let p = progress.clone();
        let cb = move |sp: SyncProgress| p(sp.done, sp.total);
        match github::sync_repo(&client, &s.endpoints, repo, &cache, &cb).await {
            Ok(r) => reports.push(r),
            Err(e) => errors.push(e.to_string()),
        }
    }
    Ok((reports, errors))
}

/// One sync per cache at a time (the TUI and `scsdash sync` may both run):
/// a lock file holding the pid, created exclusively; a lock left by a dead
/// process is taken over. Removed on drop.
struct SyncLock(std::path::PathBuf);

impl SyncLock {
    fn take(root: &std::path::Path) -> Result<SyncLock, String> {
        let path = root.join(".sync.lock");
        for _ in 0..2 {
            match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut f) => {
                    use std::io::Write;
                    let _ = write!(f, "{}", std::process::id());
                    return Ok(SyncLock(path));
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let holder = std::fs::read_to_string(&path).ok().and_then(|s| s.trim().parse::<u32>().ok());
                    match holder {
                        Some(pid) if crate::editor::drafts::pid_alive(pid) => {
                            return Err(format!(
                                "another scsdash (pid {pid}) is syncing this cache; try again when it is done"
                            ));
                        }
                        // Stale (dead process or unreadable): take it over.
                        _ => {
                            let _ = std::fs::remove_file(&path);
                        }
                    }
                }
                Err(e) => return Err(format!("cannot lock the cache {}: {e}", root.display())),
            }
        }
        Err(format!("cannot lock the cache {}", root.display()))
    }
}

impl Drop for SyncLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// `scsdash sync [--json]`.
pub async fn run_cli(opts: &GlobalOpts, cfg: &Config, json: bool) -> Result<String, String> {
    let mut s = SyncSettings::new(&opts.sources(), cfg);
    if s.choice.is_local() || s.choice.demo {
        return Err("sync works on the GitHub sources; drop --demo/--minutes-dir/--calendar-dir/--ics".into());
    }
    s.token = resolve_token(cfg.github.token.clone()).await;
    let (reports, errors) = sync_all(&s, Arc::new(|_, _| {})).await?;
    if let Some(e) = errors.first() {
        if reports.is_empty() {
            return Err(e.clone());
        }
        eprintln!("scsdash: {}", crate::text::sanitize_line(e));
    }
    Ok(crate::cli::sync::sync_output(&reports, json))
}

/// Fetch the sprint board (GraphQL; needs a token).
pub async fn fetch_board(
    s: &SyncSettings,
    org: &str,
    number: u64,
    team_field: Option<&str>,
) -> Result<crate::model::board::Board, String> {
    if s.choice.offline {
        return Err("--offline: the sprint board is not fetched".into());
    }
    let Some(token) = s.token.as_ref() else {
        return Err(crate::sync::token_help());
    };
    let client = github::build_client(&s.endpoints, Some(token), s.timeout).map_err(|e| e.to_string())?;
    crate::sources::board::fetch_board(&client, org, number, team_field).await.map_err(|e| e.to_string())
}

/// One sentence on how to provide a GitHub token.
pub fn token_help() -> String {
    github::SyncError::TokenRequired.to_string()
}

/// GET an absolute URL as text (an ICS feed), at most 16 MiB.
pub async fn get_text(client: &octocrab::Octocrab, url: &str) -> Result<String, String> {
    use http_body_util::BodyExt;
    let resp = client._get(url).await.map_err(|e| format!("{url}: {e}"))?;
    let status = resp.status();
    if !status.is_success() {
        return Err(format!("{url}: HTTP {status}"));
    }
    let limited = http_body_util::Limited::new(resp.into_body(), 16 << 20);
    let bytes = limited.collect().await.map_err(|e| format!("{url}: {e}"))?.to_bytes();
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::SyncLock;

    #[test]
    fn one_sync_per_cache_and_stale_locks_are_taken_over() {
        let d = tempfile::tempdir().unwrap();
        let first = SyncLock::take(d.path()).expect("free");
        let err = SyncLock::take(d.path()).err().expect("held by this live process");
        assert!(err.contains("is syncing"), "{err}");
        drop(first);
        assert!(!d.path().join(".sync.lock").exists(), "removed on drop");
        // A lock left by a process that no longer exists.
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        std::fs::write(d.path().join(".sync.lock"), dead.to_string()).unwrap();
        assert!(SyncLock::take(d.path()).is_ok(), "stale lock taken over");
    }
}
