//! From sources to engine results: pick the workspace for the given options,
//! then run the engines over it. Used by the TUI (in a blocking task) and by
//! every CLI subcommand, so both see exactly the same data.

use std::path::PathBuf;

use crate::config::Config;
use crate::minutes;
use crate::model::meeting::Minutes;
use crate::schedule::{self, Schedule};
use crate::search::{Doc, Index};
use crate::sources::cache::Cache;
use crate::sources::github::{RepoKind, RepoSpec};
use crate::sources::{read_tree, Origin, Workspace};

/// Everything the engines computed from one workspace.
pub struct Data {
    pub minutes: Minutes,
    pub schedule: Schedule,
    pub index: Index,
    /// One line per problem met while loading (files, calendars).
    pub warnings: Vec<String>,
}

/// Where data may come from, as the command line said it: a plain struct, so
/// that this layer needs nothing of clap (`cli::GlobalOpts::sources` builds it).
#[derive(Debug, Clone, Default)]
pub struct SourceOpts {
    pub demo: bool,
    pub minutes_dir: Option<PathBuf>,
    pub calendar_dir: Option<PathBuf>,
    /// An ICS file or URL to read the schedule from.
    pub ics: Option<String>,
    pub offline: bool,
    pub cache_dir: Option<PathBuf>,
    pub github_api_url: Option<String>,
    pub github_raw_url: Option<String>,
}

/// The settings that decide where data comes from (CLI over config).
#[derive(Debug, Clone)]
pub struct SourceChoice {
    pub demo: bool,
    pub minutes_dir: Option<PathBuf>,
    pub calendar_dir: Option<PathBuf>,
    pub ics: Option<String>,
    pub offline: bool,
    pub cache_dir: Option<PathBuf>,
    pub minutes_repo: RepoSpec,
    pub calendar_repo: RepoSpec,
}

impl SourceChoice {
    /// Merge the CLI's global options over the config.
    pub fn new(opts: &SourceOpts, cfg: &Config) -> SourceChoice {
        let repo = |r: &crate::config::RepoConfig, kind| RepoSpec {
            owner: r.owner.clone(),
            repo: r.repo.clone(),
            branch: r.branch.clone(),
            kind,
        };
        SourceChoice {
            demo: opts.demo,
            minutes_dir: opts.minutes_dir.clone().or_else(|| cfg.sources.minutes_dir.clone()),
            calendar_dir: opts.calendar_dir.clone().or_else(|| cfg.sources.calendar_dir.clone()),
            ics: opts.ics.clone().or_else(|| cfg.sources.ics.clone()),
            offline: opts.offline || cfg.sources.offline,
            cache_dir: opts.cache_dir.clone().or_else(Cache::default_dir),
            minutes_repo: repo(&cfg.github.minutes, RepoKind::Minutes),
            calendar_repo: repo(&cfg.github.calendar, RepoKind::Calendar),
        }
    }

    /// Whether any local source was named.
    pub fn is_local(&self) -> bool {
        self.minutes_dir.is_some() || self.calendar_dir.is_some() || self.ics.is_some()
    }

    /// Whether a GitHub sync makes sense for this choice.
    pub fn wants_sync(&self) -> bool {
        !self.demo && !self.offline && !self.is_local()
    }

    /// The cache, if it can be opened.
    pub fn cache(&self) -> Option<Cache> {
        self.cache_dir.as_ref().and_then(|d| Cache::open(d.clone()).ok())
    }
}

/// Read the workspace: `--demo`; else the named local sources (exactly those);
/// else the GitHub cache; else the bundled demo.
pub fn load_workspace(choice: &SourceChoice) -> Result<Workspace, String> {
    if choice.demo {
        return Ok(Workspace::demo());
    }
    if choice.is_local() {
        let mut ws = Workspace {
            origin: Origin::Local { minutes: choice.minutes_dir.clone(), calendar: choice.calendar_dir.clone() },
            minutes: Vec::new(),
            calendar: Vec::new(),
            ics: None,
            warnings: Vec::new(),
        };
        if let Some(d) = &choice.minutes_dir {
            let (files, w) = read_tree(d, &["md"]).map_err(|e| format!("minutes: {e}"))?;
            if files.is_empty() {
                return Err(format!("minutes: no .md files in {}", d.display()));
            }
            ws.minutes = files;
            ws.warnings.extend(w);
        }
        if let Some(d) = &choice.calendar_dir {
            let (files, w) = read_tree(d, &["yml", "yaml"]).map_err(|e| format!("calendar: {e}"))?;
            ws.calendar = files;
            ws.warnings.extend(w);
        }
        if let Some(src) = &choice.ics {
            ws.ics = Some(read_ics(src, choice.offline)?);
        }
        // Only minutes named: take the calendar from the GitHub cache when there
        // is one (an explicit calendar source is never mixed with other data).
        if choice.calendar_dir.is_none() && choice.ics.is_none() {
            if let Some(snap) = choice.cache().and_then(|c| c.snapshot(&choice.calendar_repo)) {
                ws.calendar = snap.files;
            }
        }
        return Ok(ws);
    }
    if let Some(cache) = choice.cache() {
        let m = cache.snapshot(&choice.minutes_repo);
        let c = cache.snapshot(&choice.calendar_repo);
        if m.is_some() || c.is_some() {
            let synced_at = [m.as_ref().map(|s| s.synced_at), c.as_ref().map(|s| s.synced_at)]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or_else(chrono::Utc::now);
            return Ok(Workspace {
                origin: Origin::Cache { synced_at },
                minutes: m.map(|s| s.files).unwrap_or_default(),
                calendar: c.map(|s| s.files).unwrap_or_default(),
                ics: None,
                warnings: Vec::new(),
            });
        }
    }
    Ok(Workspace::demo())
}

/// Read an ICS file, or fetch an http(s) feed (not when offline).
pub fn read_ics(src: &str, offline: bool) -> Result<String, String> {
    if src.starts_with("http://") || src.starts_with("https://") {
        if offline {
            return Err(format!("--offline: not fetching {src}"));
        }
        return fetch_text(src);
    }
    let bytes = std::fs::read(src).map_err(|e| format!("{src}: {e}"))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn fetch_text(url: &str) -> Result<String, String> {
    let url = url.to_string();
    let run = async move {
        let client = crate::sources::github::build_client(
            &crate::sources::github::GithubEndpoints::default(),
            None,
            std::time::Duration::from_secs(20),
        )
        .map_err(|e| e.to_string())?;
        crate::sync::get_text(&client, &url).await.map_err(|e| e.to_string())
    };
    match tokio::runtime::Handle::try_current() {
        // Called from blocking threads (spawn_blocking), never from async code.
        Ok(h) => h.block_on(run),
        Err(_) => {
            tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| e.to_string())?.block_on(run)
        }
    }
}

/// Run the engines over a workspace.
pub fn analyze(ws: &Workspace) -> Data {
    let mut warnings = ws.warnings.clone();
    let minutes = minutes::analyze(&ws.minutes);
    let mut calendars = Vec::new();
    if !ws.calendar.is_empty() {
        match schedule::load_yaml2ics(&ws.calendar) {
            Ok(c) => calendars.push(c),
            Err(e) => warnings.push(format!("calendar: {e}")),
        }
    }
    if let Some(text) = &ws.ics {
        match schedule::parse_ics(text) {
            Ok(c) => calendars.push(c),
            Err(e) => warnings.push(format!("ics: {e}")),
        }
    }
    let schedule = Schedule::new(calendars, &minutes.slots);
    warnings.extend(schedule.notes().iter().cloned());
    let index = Index::build(search_docs(&minutes));
    Data { minutes, schedule, index, warnings }
}

/// The search documents of every meeting.
pub fn search_docs(m: &Minutes) -> Vec<Doc> {
    m.meetings
        .iter()
        .map(|mt| Doc {
            path: mt.path.clone(),
            series: mt.series.clone(),
            date: mt.date,
            title: mt.title.clone(),
            text: mt.text.clone(),
        })
        .collect()
}
