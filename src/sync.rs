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
    /// Bound on each request as a whole (connect, headers, body).
    pub timeout: Duration,
    /// Bound on the whole sync of both repositories.
    pub deadline: Duration,
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
            deadline: sync_deadline(cfg.github.timeout_secs),
            choice: SourceChoice::new(opts, cfg),
        }
    }
}

/// The bound on a whole sync: ten requests' worth, at least a minute, at most 15.
pub fn sync_deadline(timeout_secs: u64) -> Duration {
    Duration::from_secs(timeout_secs.clamp(1, 600).saturating_mul(10).clamp(60, 900))
}

/// Find the token (environment, config, gh CLI) on a blocking thread.
pub async fn resolve_token(config_token: Option<String>) -> Option<Token> {
    tokio::task::spawn_blocking(move || find_token(config_token.as_deref())).await.ok().flatten()
}

/// Sync minutes and calendar into the cache. `progress(done, total)`.
/// Both repositories are tried; the reports of those that worked come back
/// with the errors of those that did not. Each request is bounded as a
/// whole by `s.timeout`, the whole sync by `s.deadline`; dropping the
/// future cancels it (the cache keeps its last complete snapshot).
pub async fn sync_all(
    s: &SyncSettings,
    progress: Arc<dyn Fn(usize, usize) + Send + Sync>,
) -> Result<(Vec<SyncReport>, Vec<String>), String> {
    if s.choice.offline {
        return Err("--offline: not syncing".into());
    }
    let cache = s.choice.open_cache()?;
    let _lock = SyncLock::take(cache.root())?;
    let client = github::build_client(&s.endpoints, s.token.as_ref(), s.timeout).map_err(|e| e.to_string())?;
    let opts = github::SyncOptions { request_timeout: s.timeout };
    let mut reports = Vec::new();
    let mut errors = Vec::new();
    let deadline = tokio::time::Instant::now() + s.deadline;
    for repo in [&s.choice.minutes_repo, &s.choice.calendar_repo] {
        let p = progress.clone();
        let cb = move |sp: SyncProgress| p(sp.done, sp.total);
        let one = github::sync_repo_with(&client, &s.endpoints, repo, &cache, &cb, &opts);
        match tokio::time::timeout_at(deadline, one).await {
            Ok(Ok(r)) => reports.push(r),
            Ok(Err(e)) => {
                let e = e.to_string();
                errors.push(if e.contains(&repo.label()) { e } else { format!("{}: {e}", repo.label()) });
            }
            Err(_) => errors.push(format!(
                "{}: the sync took longer than {} s and was stopped",
                repo.label(),
                s.deadline.as_secs()
            )),
        }
    }
    Ok((reports, errors))
}

/// One sync per cache at a time (the TUI and `scsdash sync` may both run):
/// an OS lock on `<cache>/.sync.lock` (`File::try_lock`), which the kernel
/// releases when the process ends however it ends: no pid file that a
/// reused pid could keep alive, no stale lock to take over.
struct SyncLock(#[allow(dead_code)] std::fs::File);

impl SyncLock {
    fn take(root: &std::path::Path) -> Result<SyncLock, String> {
        let path = root.join(".sync.lock");
        let f = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| format!("cannot lock the cache {}: {e}", root.display()))?;
        match f.try_lock() {
            Ok(()) => Ok(SyncLock(f)),
            Err(std::fs::TryLockError::WouldBlock) => {
                Err("another scsdash is syncing this cache; try again when it is done".into())
            }
            Err(std::fs::TryLockError::Error(e)) => Err(format!("cannot lock the cache {}: {e}", root.display())),
        }
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
    let warnings: usize = reports.iter().map(|r| r.warnings.len()).sum();
    if errors.is_empty() && !(opts.strict && warnings > 0) {
        return Ok(crate::cli::sync::sync_output(&reports, json));
    }
    // What worked is still printed; the exit status says that not all did.
    if !reports.is_empty() {
        use std::io::Write;
        let out = crate::cli::sync::sync_output(&reports, json);
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(crate::text::sanitize_output(&out, json).as_bytes());
        let _ = stdout.flush();
    }
    let Some((last, rest)) = errors.split_last() else {
        return Err(format!("{warnings} warnings (--strict)"));
    };
    for e in rest {
        crate::text::eprint_diagnostic(&format!("scsdash: {e}"));
    }
    Err(last.clone())
}

/// Fetch the sprint board (GraphQL; needs a token).
pub async fn fetch_board(
    s: &SyncSettings,
    org: &str,
    number: u64,
    team_field: Option<&str>,
    today: chrono::NaiveDate,
) -> Result<crate::model::board::Board, String> {
    if s.choice.offline {
        return Err("--offline: the sprint board is not fetched".into());
    }
    let Some(token) = s.token.as_ref() else {
        return Err(crate::sync::token_help());
    };
    let client = github::build_client(&s.endpoints, Some(token), s.timeout).map_err(|e| e.to_string())?;
    crate::sources::board::fetch_board(&client, org, number, team_field, today).await.map_err(|e| e.to_string())
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
    fn one_sync_per_cache_and_the_lock_dies_with_its_holder() {
        let d = tempfile::tempdir().unwrap();
        let first = SyncLock::take(d.path()).expect("free");
        let err = SyncLock::take(d.path()).err().expect("held");
        assert!(err.contains("is syncing"), "{err}");
        drop(first);
        // A lock file left behind (a killed process) holds no lock.
        assert!(d.path().join(".sync.lock").exists());
        std::fs::write(d.path().join(".sync.lock"), "1").unwrap();
        assert!(SyncLock::take(d.path()).is_ok(), "a leftover file is no lock");
    }
}
