//! GitHub sync orchestration: both repositories into the cache, used by `r`
//! in the TUI and by `scsdash sync`.

use std::sync::Arc;
use std::time::Duration;

use crate::config::Config;
use crate::data::{DataError, SourceChoice, SourceOpts};
use crate::sources::github::{self, GithubEndpoints, SyncError, SyncProgress, SyncReport};
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

/// Why a sync (or a board fetch) did not run or did not finish; `Display` is
/// the one line shown on the status line and by `scsdash sync`. Never a token.
#[derive(Debug, thiserror::Error)]
pub enum SyncFailure {
    /// `--offline` forbids the network.
    #[error("--offline: not syncing")]
    Offline,
    /// `--offline` forbids the board's request.
    #[error("--offline: the sprint board is not fetched")]
    OfflineBoard,
    /// The cache directory cannot be used.
    #[error(transparent)]
    Cache(#[from] DataError),
    /// Another process holds the cache's sync lock.
    #[error("another scsdash is syncing this cache; try again when it is done")]
    Busy,
    /// The lock file could not be opened or locked.
    #[error("cannot lock the cache {path}: {source}")]
    Lock {
        /// The cache directory.
        path: String,
        source: std::io::Error,
    },
    /// GitHub (or the client's set-up) failed.
    #[error(transparent)]
    Github(#[from] SyncError),
    /// One repository's sync failed; the message names the repository.
    #[error("{}", repo_error(repo, error))]
    Repo {
        /// `owner/repo@branch`.
        repo: String,
        error: SyncError,
    },
    /// One repository's sync ran past the whole sync's deadline.
    #[error("{repo}: the sync took longer than {secs} s and was stopped")]
    Deadline {
        /// `owner/repo@branch`.
        repo: String,
        /// The deadline in seconds.
        secs: u64,
    },
}

fn repo_error(repo: &str, e: &SyncError) -> String {
    let e = e.to_string();
    if e.contains(repo) {
        e
    } else {
        format!("{repo}: {e}")
    }
}

impl SyncFailure {
    /// The GitHub error underneath, if there is one (for retry decisions).
    pub fn github(&self) -> Option<&SyncError> {
        match self {
            SyncFailure::Github(e) | SyncFailure::Repo { error: e, .. } => Some(e),
            _ => None,
        }
    }
}

/// Sync minutes and calendar into the cache. `progress(done, total)`.
/// Both repositories are tried; the reports of those that worked come back
/// with the errors of those that did not. Each request is bounded as a
/// whole by `s.timeout`, the whole sync by `s.deadline`; dropping the
/// future cancels it (the cache keeps its last complete snapshot).
pub async fn sync_all(
    s: &SyncSettings,
    progress: Arc<dyn Fn(usize, usize) + Send + Sync>,
) -> Result<(Vec<SyncReport>, Vec<SyncFailure>), SyncFailure> {
    if s.choice.offline {
        return Err(SyncFailure::Offline);
    }
    let cache = s.choice.open_cache()?;
    let _lock = SyncLock::take(cache.root())?;
    let client = github::build_client(&s.endpoints, s.token.as_ref(), s.timeout)?;
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
            Ok(Err(error)) => errors.push(SyncFailure::Repo { repo: repo.label(), error }),
            Err(_) => errors.push(SyncFailure::Deadline { repo: repo.label(), secs: s.deadline.as_secs() }),
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
    fn take(root: &std::path::Path) -> Result<SyncLock, SyncFailure> {
        let path = root.join(".sync.lock");
        let failed = |source| SyncFailure::Lock { path: root.display().to_string(), source };
        let f = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(failed)?;
        match f.try_lock() {
            Ok(()) => Ok(SyncLock(f)),
            Err(std::fs::TryLockError::WouldBlock) => Err(SyncFailure::Busy),
            Err(std::fs::TryLockError::Error(e)) => Err(failed(e)),
        }
    }
}

/// Fetch the sprint board (GraphQL; needs a token).
pub async fn fetch_board(
    s: &SyncSettings,
    org: &str,
    number: u64,
    team_field: Option<&str>,
    today: chrono::NaiveDate,
) -> Result<crate::model::board::Board, SyncFailure> {
    if s.choice.offline {
        return Err(SyncFailure::OfflineBoard);
    }
    let Some(token) = s.token.as_ref() else {
        return Err(SyncError::TokenRequired.into());
    };
    let client = github::build_client(&s.endpoints, Some(token), s.timeout)?;
    Ok(crate::sources::board::fetch_board(&client, org, number, team_field, today).await?)
}

/// One sentence on how to provide a GitHub token.
pub fn token_help() -> String {
    github::SyncError::TokenRequired.to_string()
}

/// Why a feed could not be fetched; `Display` names the URL.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// No answer in time.
    #[error("{url}: {message}")]
    Timeout {
        /// The URL asked for.
        url: String,
        /// The transport's words.
        message: String,
    },
    /// No answer (connection refused, DNS, TLS) or a body that broke off.
    #[error("{url}: {message}")]
    Transport {
        /// The URL asked for.
        url: String,
        /// The transport's words.
        message: String,
    },
    /// An answer other than 2xx.
    #[error("{url}: HTTP {status}")]
    Http {
        /// The URL asked for.
        url: String,
        /// The status.
        status: http::StatusCode,
    },
}

impl FetchError {
    /// A transport error: a timeout (by the one classifier, `github::is_timeout`) or not.
    pub fn transport(url: &str, e: &(dyn std::error::Error + 'static)) -> FetchError {
        let (url, message) = (url.to_string(), crate::text::scrub_tokens(&e.to_string()));
        if github::is_timeout(e) {
            FetchError::Timeout { url, message }
        } else {
            FetchError::Transport { url, message }
        }
    }
}

/// GET an absolute URL as text (an ICS feed), at most 16 MiB.
pub async fn get_text(client: &octocrab::Octocrab, url: &str) -> Result<String, FetchError> {
    use http_body_util::BodyExt;
    let resp = client._get(url).await.map_err(|e| FetchError::transport(url, &e))?;
    let status = resp.status();
    if !status.is_success() {
        return Err(FetchError::Http { url: url.to_string(), status });
    }
    let limited = http_body_util::Limited::new(resp.into_body(), 16 << 20);
    let bytes = limited.collect().await.map_err(|e| FetchError::transport(url, e.as_ref()))?.to_bytes();
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::{FetchError, SyncFailure, SyncLock};
    use crate::sources::github::SyncError;

    #[test]
    fn failures_are_variants_with_the_old_one_line_text() {
        let e = SyncFailure::Repo { repo: "o/minutes@main".into(), error: SyncError::Timeout };
        assert_eq!(e.to_string(), "o/minutes@main: GitHub did not answer in time (timeout)");
        assert_eq!(e.github(), Some(&SyncError::Timeout));
        let named = SyncError::NotFound { what: "o/minutes@main".into(), hint: "github.minutes".into() };
        let e = SyncFailure::Repo { repo: "o/minutes@main".into(), error: named };
        assert!(!e.to_string().starts_with("o/minutes@main: o/minutes@main"), "{e}");
        assert_eq!(SyncFailure::Offline.to_string(), "--offline: not syncing");
        assert!(SyncFailure::Offline.github().is_none());
    }

    #[test]
    fn a_feed_timeout_is_a_variant_and_no_token_reaches_the_text() {
        let io =
            std::io::Error::new(std::io::ErrorKind::TimedOut, "ghp_abcdefghijklmnopqrstuvwxyz0123456789 timed out");
        let e = FetchError::transport("https://cal.example/feed.ics", &io);
        assert!(matches!(e, FetchError::Timeout { .. }), "{e:?}");
        assert!(!e.to_string().contains("ghp_abcdef"), "{e}");
        assert!(e.to_string().starts_with("https://cal.example/feed.ics: "), "{e}");
        let refused = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "refused");
        assert!(matches!(FetchError::transport("u", &refused), FetchError::Transport { .. }));
    }

    #[test]
    fn one_sync_per_cache_and_the_lock_dies_with_its_holder() {
        let d = tempfile::tempdir().unwrap();
        let first = SyncLock::take(d.path()).expect("free");
        let err = SyncLock::take(d.path()).err().expect("held");
        assert!(matches!(err, super::SyncFailure::Busy), "{err}");
        assert!(err.to_string().contains("is syncing"), "{err}");
        drop(first);
        // A lock file left behind (a killed process) holds no lock.
        assert!(d.path().join(".sync.lock").exists());
        std::fs::write(d.path().join(".sync.lock"), "1").unwrap();
        assert!(SyncLock::take(d.path()).is_ok(), "a leftover file is no lock");
    }
}
