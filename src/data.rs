//! From sources to engine results: pick the workspace for the given options,
//! then run the engines over it. Used by the TUI (in a blocking task) and by
//! every CLI subcommand, so both see exactly the same data.

use std::path::PathBuf;

use crate::config::Config;
use crate::index::{self, Fresh, IndexData, Listing, Rejected, Source};
use crate::minutes;
use crate::model::meeting::Minutes;
use crate::schedule::{self, Schedule};
use crate::search::{Doc, Index, LazyIndex};
use crate::sources::cache::Cache;
use crate::sources::github::{RepoKind, RepoSpec};
use crate::sources::{read_tree, Origin, Workspace};

/// Why the data could not be loaded; `Display` is the one line the CLI prints
/// and the TUI shows.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    /// No cache directory is known.
    #[error("no cache directory (set --cache-dir)")]
    NoCacheDir,
    /// The cache directory cannot be created or used.
    #[error("cannot use the cache directory {path}: {source}")]
    Cache {
        /// The directory as shown (sanitised).
        path: String,
        source: std::io::Error,
    },
    /// The minutes folder cannot be read.
    #[error("minutes: {0}")]
    Minutes(crate::sources::SourceError),
    /// The minutes folder holds no minutes.
    #[error("minutes: no .md files in {0}")]
    NoMinutes(String),
    /// The calendar folder cannot be read.
    #[error("calendar: {0}")]
    Calendar(crate::sources::SourceError),
    /// An ICS feed URL with `--offline`.
    #[error("--offline: not fetching {0}")]
    OfflineFetch(String),
    /// A local ICS file cannot be read.
    #[error(transparent)]
    File(#[from] crate::sources::ReadFileError),
    /// An ICS feed cannot be fetched.
    #[error(transparent)]
    Fetch(#[from] crate::sync::FetchError),
    /// The HTTP client cannot be set up.
    #[error(transparent)]
    Client(#[from] crate::sources::github::SyncError),
    /// No async runtime for the feed's request.
    #[error("{0}")]
    Runtime(std::io::Error),
    /// Nothing to read at all.
    #[error("{}", NO_SOURCE)]
    NoSource,
    /// The persisted index could not be built or read.
    #[error(transparent)]
    Index(#[from] crate::index::IndexError),
    /// The loader answered nothing (a bug, never expected).
    #[error("nothing loaded")]
    NothingLoaded,
}

/// Everything the engines computed from one workspace.
pub struct Data {
    pub minutes: Minutes,
    pub schedule: std::sync::Arc<Schedule>,
    pub index: LazyIndex,
    /// One line per problem met while loading (files, calendars).
    pub warnings: Vec<String>,
    /// Reads a meeting's text by path when it is not resident (loads from
    /// the persisted index keep no texts in memory).
    pub texts: Option<crate::search::TextLoader>,
    /// Completion words (@handles, tender ids) harvested from every meeting's text.
    pub words: Vec<String>,
    /// Occurrences expanded once per data load (off the UI thread), for the
    /// panes: see [`Data::expand`].
    pub expanded: Option<Expanded>,
    /// `Some(n)`: a first answer from the views file, with only the recent
    /// meetings (of the `n`) and no search; the whole data follows.
    pub partial: Option<usize>,
    /// `Some(n)`: a first start's first answer (no index yet): the calendars
    /// only, while the `n` meeting files listed are read and extracted for
    /// the first time. No meeting, action item, tender or decision is known
    /// yet (the panes say so, never "none"); the whole data follows.
    pub reading: Option<usize>,
}

impl Data {
    /// Whether this is the whole data, not a first answer that the whole
    /// data follows ([`Data::partial`], [`Data::reading`]).
    pub fn is_whole(&self) -> bool {
        self.partial.is_none() && self.reading.is_none()
    }

    /// The text of the meeting at `path`: resident, or read from its source.
    pub fn meeting_text(&self, path: &str) -> String {
        match self.minutes.meeting(path) {
            Some(m) if !m.text.is_empty() => m.text.clone(),
            Some(_) => self.texts.as_ref().and_then(|l| l(path)).unwrap_or_default(),
            None => String::new(),
        }
    }
}

/// The schedule expanded over a window, once, in one display zone.
#[derive(Debug, Clone)]
pub struct Expanded {
    pub from: chrono::DateTime<chrono::Utc>,
    pub to: chrono::DateTime<chrono::Utc>,
    pub tz: chrono_tz::Tz,
    /// Every occurrence starting in `[from, to)`, sorted by start.
    pub occurrences: Vec<crate::model::schedule::Occurrence>,
}

/// Days before `now` the TUI's expansion covers (last week's view).
pub const EXPAND_BACK_DAYS: i64 = 15;
/// Days after `now` it covers (the next meeting, a year of weeks).
pub const EXPAND_AHEAD_DAYS: i64 = 400;

impl Data {
    /// Expand the schedule for the TUI: from [`EXPAND_BACK_DAYS`] before
    /// `now` to [`EXPAND_AHEAD_DAYS`] after it, in `tz`. Call it where the
    /// data is loaded (a background task), never while drawing.
    pub fn expand(&mut self, now: chrono::DateTime<chrono::Utc>, tz: chrono_tz::Tz) {
        let from = now.checked_sub_signed(chrono::TimeDelta::days(EXPAND_BACK_DAYS)).unwrap_or(now);
        let to = now.checked_add_signed(chrono::TimeDelta::days(EXPAND_AHEAD_DAYS)).unwrap_or(now);
        let occurrences = self.schedule.occurrences(from, to, tz);
        self.expanded = Some(Expanded { from, to, tz, occurrences });
    }
}

impl Expanded {
    /// Whether the window holds `[from, to]`.
    pub fn covers(&self, from: chrono::DateTime<chrono::Utc>, to: chrono::DateTime<chrono::Utc>) -> bool {
        self.from <= from && to <= self.to
    }

    /// The occurrences starting in `[from, to)` when the window covers it.
    pub fn between(
        &self,
        from: chrono::DateTime<chrono::Utc>,
        to: chrono::DateTime<chrono::Utc>,
    ) -> Option<&[crate::model::schedule::Occurrence]> {
        if !self.covers(from, to) {
            return None;
        }
        let lo = self.occurrences.partition_point(|o| o.start < from);
        let hi = self.occurrences.partition_point(|o| o.start < to);
        Some(&self.occurrences[lo..hi.max(lo)])
    }
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
    /// `--as-of`: answer as on this day (None: today).
    pub as_of: Option<AsOf>,
}

/// `--as-of`: the day to answer as on, and optionally the time of day (UTC)
/// for a clock that stands still (reproducible screens); without a time the
/// clock runs from the current time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf {
    pub date: chrono::NaiveDate,
    pub time: Option<chrono::NaiveTime>,
}

/// The settings that decide where data comes from (CLI over config).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceChoice {
    pub demo: bool,
    pub minutes_dir: Option<PathBuf>,
    pub calendar_dir: Option<PathBuf>,
    pub ics: Option<String>,
    pub offline: bool,
    pub cache_dir: Option<PathBuf>,
    /// The cache directory was named (`--cache-dir`, `SCSDASH_CACHE_DIR`):
    /// when it cannot be used that is an error, never a silent fallback.
    pub cache_dir_explicit: bool,
    /// With no source at all, show the bundled demo (the TUI, with its
    /// banner) instead of failing (the command line).
    pub demo_fallback: bool,
    pub minutes_repo: RepoSpec,
    pub calendar_repo: RepoSpec,
    /// `--as-of`: answer as on this day (None: today).
    pub as_of: Option<AsOf>,
    /// `tenders.stale_after_days`.
    pub tender_stale_days: u32,
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
            cache_dir_explicit: opts.cache_dir.is_some(),
            demo_fallback: false,
            minutes_repo: repo(&cfg.github.minutes, RepoKind::Minutes),
            calendar_repo: repo(&cfg.github.calendar, RepoKind::Calendar),
            as_of: opts.as_of,
            tender_stale_days: cfg.tenders.stale_after_days,
        }
    }

    /// How the minutes engine judges time for this choice: as of `--as-of` or today.
    pub fn analysis(&self) -> minutes::Options {
        minutes::Options {
            as_of: Some(self.as_of.map(|a| a.date).unwrap_or_else(|| chrono::Local::now().date_naive())),
            tender_stale_days: i64::from(self.tender_stale_days),
            ..minutes::Options::default()
        }
    }

    /// The clock in the display zone `tz` (see [`clock_in`]): what the dashboard runs on.
    pub fn now_in(&self, tz: chrono_tz::Tz) -> chrono::DateTime<chrono::Utc> {
        clock_in(self.as_of, tz)
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
        self.open_cache().ok()
    }

    /// The cache, or why it cannot be used.
    pub fn open_cache(&self) -> Result<Cache, DataError> {
        let d = self.cache_dir.as_ref().ok_or(DataError::NoCacheDir)?;
        Cache::open(d.clone()).map_err(|source| DataError::Cache {
            path: crate::text::sanitize_line(&d.display().to_string()).into_owned(),
            source,
        })
    }
}

/// The error of the command line when there is nothing to read.
pub const NO_SOURCE: &str = "no data source: nothing synced yet and no local folder given; \
run `scsdash sync` first, or pass --minutes-dir DIR (with --calendar-dir DIR or --ics FILE), \
or --demo for the bundled demo data";

/// Read the workspace: `--demo`; else the named local sources (exactly those);
/// else the GitHub cache; else the bundled demo where `demo_fallback` allows
/// it (the TUI, with its banner), else an error naming the ways to get data.
/// A named cache directory that cannot be used is an error.
pub fn load_workspace(choice: &SourceChoice) -> Result<Workspace, DataError> {
    load_workspace_with(choice, true).map(|(ws, _)| ws)
}

/// What the schedule needs, as cheaply as it can be had: the workspace's
/// calendar and the weekly slots announced in the minutes. From a current
/// persisted index no minutes file is read; else the files are read and only
/// those that can announce a slot are parsed, and only for their slots.
pub fn schedule_inputs(choice: &SourceChoice) -> Result<(Workspace, Vec<crate::model::WeeklySlot>), DataError> {
    let (ws, source) = load_workspace_with(choice, false)?;
    if let (Some(source), Some(dir)) = (&source, choice.cache_dir.as_ref()) {
        if let Some(slots) = index::current_slots(source, &source.index_path(dir)) {
            return Ok((ws, slots));
        }
    }
    // The index is not current: read the minutes now, keeping the calendar
    // read above (not a second read of it).
    let mut ws = ws;
    if let Some(source) = &source {
        let (files, warnings) = read_minutes_of(source)?;
        ws.minutes = files;
        ws.warnings.splice(0..0, warnings);
    }
    let slots = crate::remind::slots_of(&ws);
    Ok((ws, slots))
}

/// Every minutes file of `source`, read now, and the warnings of reading them.
fn read_minutes_of(source: &Source) -> Result<(Vec<crate::model::SourceFile>, Vec<String>), DataError> {
    match source {
        Source::Local(d) => {
            let (files, w) = read_tree(d, &["md"]).map_err(DataError::Minutes)?;
            if files.is_empty() {
                return Err(DataError::NoMinutes(d.display().to_string()));
            }
            Ok((files, w))
        }
        Source::Cache(cache, repo) => Ok(cache.snapshot(repo).map(|s| (s.files, s.warnings)).unwrap_or_default()),
    }
}

/// [`load_workspace`]; with `read_minutes` false the minutes files are not
/// read but returned as an index source (the demo's are always read).
fn load_workspace_with(choice: &SourceChoice, read_minutes: bool) -> Result<(Workspace, Option<Source>), DataError> {
    if choice.demo {
        return Ok((Workspace::demo(), None));
    }
    let mut source = None;
    if choice.is_local() {
        let mut ws = Workspace {
            origin: Origin::Local { minutes: choice.minutes_dir.clone(), calendar: choice.calendar_dir.clone() },
            minutes: Vec::new(),
            calendar: Vec::new(),
            ics: None,
            warnings: Vec::new(),
        };
        if let Some(d) = choice.minutes_dir.as_ref().filter(|_| !read_minutes) {
            source = Some(Source::Local(d.clone()));
        } else if let Some(d) = &choice.minutes_dir {
            let (files, w) = read_minutes_of(&Source::Local(d.clone()))?;
            ws.minutes = files;
            ws.warnings.extend(w);
        }
        if let Some(d) = &choice.calendar_dir {
            let (files, w) = read_tree(d, &["yml", "yaml"]).map_err(DataError::Calendar)?;
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
        return Ok((ws, source));
    }
    let cache = match choice.open_cache() {
        Ok(c) => Some(c),
        Err(e) if choice.cache_dir_explicit => return Err(e),
        Err(e) => {
            tracing::warn!("{e}");
            None
        }
    };
    if let Some(cache) = cache {
        let mut warnings = Vec::new();
        let (m, m_synced) = if read_minutes {
            let m = cache.snapshot(&choice.minutes_repo);
            let at = m.as_ref().map(|s| s.synced_at);
            if let Some(s) = &m {
                warnings.extend(s.warnings.iter().cloned());
            }
            (m.map(|s| s.files), at)
        } else {
            let at = cache.synced_at(&choice.minutes_repo);
            if at.is_some() {
                source = Some(Source::Cache(cache.clone(), choice.minutes_repo.clone()));
            }
            (at.map(|_| Vec::new()), at)
        };
        let c = cache.snapshot(&choice.calendar_repo);
        if m.is_some() || c.is_some() {
            let synced_at = [m_synced, c.as_ref().map(|s| s.synced_at)]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or_else(chrono::Utc::now);
            if let Some(s) = &c {
                warnings.extend(s.warnings.iter().cloned());
            }
            let ws = Workspace {
                origin: Origin::Cache { synced_at },
                minutes: m.unwrap_or_default(),
                calendar: c.map(|s| s.files).unwrap_or_default(),
                ics: None,
                warnings,
            };
            return Ok((ws, source));
        }
    }
    if choice.demo_fallback {
        Ok((Workspace::demo(), None))
    } else {
        Err(DataError::NoSource)
    }
}

/// Load through the persisted index in the cache dir (see [`crate::index`]):
/// parse only the files whose content changed, in parallel, and keep no
/// meeting text in memory. `send` gets the up-to-date data; with
/// `index_first` it may first get the data as the index last saw it (before
/// the source was even listed), then, only when something changed, the
/// fresh data. The updated index is written (atomically) before returning.
/// The demo workspace is parsed as before.
pub fn load(choice: &SourceChoice, index_first: bool, send: impl FnMut(Origin, Result<Data, DataError>)) {
    load_with(choice, index_first, Views::Ignore, send)
}

/// [`load`] for a first start: when there is a views file made for these
/// options it answers first, before the files are listed (a
/// [`Data::partial`] with the recent meetings and the open action items: the
/// Overview's first frame without decoding every meeting record; then one
/// with every action item), then the whole data follows, from the index and,
/// when the files changed, from them. The views are written for the next
/// start when the listing found them not current.
pub fn load_first(choice: &SourceChoice, send: impl FnMut(Origin, Result<Data, DataError>)) {
    load_with(choice, true, Views::First, send)
}

/// How a load uses the views file beside the index (see [`index::open_views`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Views {
    /// Neither read nor written.
    Ignore,
    /// Made for these options: its answer comes first, before the listing
    /// of the files confirms it (the open action items only, then all of
    /// them), and the whole data follows; written when the listing found it
    /// not current.
    First,
    /// When current, its answer (these parts) is the only one; else the
    /// whole data, and the views are written.
    Only(index::ViewsWant),
}

fn load_with(
    choice: &SourceChoice,
    index_first: bool,
    views_use: Views,
    mut send: impl FnMut(Origin, Result<Data, DataError>),
) {
    // every answer is judged as of `--as-of` (or today)
    let opts = choice.analysis();
    // The views of the last whole answer, kept only while they are to be written.
    let keep_views = std::cell::Cell::new(views_use != Views::Ignore);
    let views = std::cell::RefCell::new(None::<(Minutes, usize)>);
    let (keep_out, views_out) = (&keep_views, &views);
    let mut send = move |origin: Origin, d: Result<Data, DataError>| {
        send(
            origin,
            d.map(|mut d| {
                if !d.is_whole() {
                    return d; // the views as stored (already assembled), or no minutes yet
                }
                d.minutes = minutes::assemble(std::mem::take(&mut d.minutes.meetings), &opts);
                if keep_out.get() {
                    let m = &d.minutes;
                    let v = Minutes {
                        meetings: index::recent_meetings(&m.meetings),
                        actions: m.actions.clone(),
                        tenders: m.tenders.clone(),
                        decisions: m.decisions.clone(),
                        slots: m.slots.clone(),
                    };
                    *views_out.borrow_mut() = Some((v, m.meetings.len()));
                }
                d
            }),
        )
    };
    let (ws, source) = match load_workspace_with(choice, false) {
        Ok(x) => x,
        Err(e) => return send(Origin::Demo, Err(e)),
    };
    let origin = ws.origin.clone();
    let Some(source) = source else {
        return send(origin, Ok(analyze(&ws)));
    };
    let key = source.key();
    let path = choice.cache_dir.as_ref().map(|d| source.index_path(d));
    // The listing of the files (a stat each), taken once for every check.
    let mut listing: Option<Result<Listing, index::IndexError>> = None;
    // Whether the views file already answered (a first frame).
    let mut views_sent = false;
    // A views file made for these options answers before the index (every
    // meeting record) is even read: for the command line only when the
    // listing confirms it; a first frame shows it at once, and the listing
    // taken right after decides whether it is written again.
    if let (true, Some(p)) = (views_use != Views::Ignore, &path) {
        if let Some(v) = index::open_views(&source, p, &opts) {
            let partial = |minutes: Minutes, n: usize| {
                let none = LazyIndex::ready(Index::build(Vec::new()));
                let mut d = finish(&ws, minutes, none, None, Vec::new());
                d.partial = Some(n);
                d
            };
            match views_use {
                Views::Only(want) => {
                    // From the GitHub cache: the listing remembered for this very
                    // manifest, without parsing it.
                    let remembered = index::remembered_listing_sum(&source, p);
                    if let Some((minutes, n)) =
                        remembered.filter(|&sum| v.matches_sum(sum)).and_then(|_| v.decode(want))
                    {
                        return send(origin, Ok(partial(minutes, n)));
                    }
                    let before = index::manifest_id(&source).filter(|_| remembered.is_none());
                    let l = listing.insert(Listing::of(&source));
                    if let (Some(before), Ok(l)) = (before, l.as_ref()) {
                        index::remember_listing_sum(&source, p, before, l);
                    }
                    if let Some((minutes, n)) = l.as_ref().ok().filter(|l| v.matches(l)).and_then(|_| v.decode(want)) {
                        return send(origin, Ok(partial(minutes, n)));
                    }
                }
                _ => {
                    // The first frame without the done and stale items of the
                    // whole history (most of the views); they follow at once.
                    if let Some((minutes, n)) = v.decode(index::ViewsWant::FIRST_FRAME) {
                        views_sent = true;
                        send(origin.clone(), Ok(partial(minutes, n)));
                        if let Some((minutes, n)) = v.decode(index::ViewsWant::ALL) {
                            send(origin.clone(), Ok(partial(minutes, n)));
                        }
                        let l = listing.insert(Listing::of(&source));
                        if l.as_ref().is_ok_and(|l| v.matches(l)) {
                            keep_views.set(false); // current: nothing to write
                        }
                    }
                }
            }
        }
    }
    let old = path.as_ref().and_then(|p| match IndexData::read(p, &key) {
        Ok(i) => Some(i),
        Err(Rejected::Missing) => None,
        Err(why) => {
            tracing::info!("index {} discarded ({why}); rebuilding", p.display());
            None
        }
    });
    // A first start (no index, no views): extracting every file is the one
    // cost that grows with the grammar and the history, so the first frame
    // does not wait for it. The calendars answer at once, with the count of
    // the files listed; the whole data follows when they are read.
    if views_use == Views::First && !views_sent && old.is_none() {
        if let Some(l) = listing.get_or_insert_with(|| Listing::of(&source)).as_ref().ok().filter(|l| !l.is_empty()) {
            let none = LazyIndex::ready(Index::build(Vec::new()));
            let mut d = finish(&ws, Minutes::default(), none, None, Vec::new());
            d.reading = Some(l.len());
            send(origin.clone(), Ok(d));
            #[cfg(debug_assertions)]
            hold_for_test();
        }
    }
    // The views of what was sent, beside the index it came from.
    let write_views = |idx: &IndexData| {
        if let (Some(p), Some((v, n))) = (&path, views.borrow_mut().take()) {
            index::write_views(p, idx, &opts, &v, n);
        }
    };
    let mut sent = false;
    let mut old = old;
    if let Some(o) = &old {
        let from_index = |send: &mut dyn FnMut(Origin, Result<Data, DataError>)| match index::load(
            o,
            Fresh::default(),
            source.loader(o),
        ) {
            Ok((minutes, search, words)) => {
                send(origin.clone(), Ok(finish(&ws, minutes, search, Some(source.loader(o)), words)));
                true
            }
            Err(e) => {
                tracing::info!("index unusable ({e}); rebuilding");
                false
            }
        };
        let mut usable = true;
        if index_first {
            sent = from_index(&mut send);
            usable = sent;
        }
        // The usual case: nothing changed since the index was written.
        let current = |l: &Result<Listing, index::IndexError>| l.as_ref().is_ok_and(|l| index::is_current_with(l, o));
        if usable && current(listing.get_or_insert_with(|| Listing::of(&source))) {
            if sent || from_index(&mut send) {
                write_views(o);
                return;
            }
            usable = false;
        }
        if !usable {
            old = None; // rebuilt from the files, nothing reused
        }
    }
    let reused = old.is_some();
    let refreshed = listing
        .take()
        .unwrap_or_else(|| Listing::of(&source))
        .and_then(|l| index::refresh_deferred(&source, old.as_ref(), l));
    let (mut new, fresh, mut r, pending) = match refreshed {
        Ok(x) => x,
        Err(e) => return send(origin, Err(e.into())),
    };
    drop(old);
    if new.entries().is_empty() {
        if let Source::Local(d) = &source {
            return send(origin, Err(DataError::NoMinutes(d.display().to_string())));
        }
    }
    // The index's own cross-meeting record (items tracked over every meeting:
    // the one serial step of a refresh) is computed on a second thread while
    // this one assembles the data for the caller's options and sends it; the
    // index is written once both are done.
    let pending = pending.map(|p| std::thread::spawn(move || p.compute()));
    if r.changed || !sent {
        let mut w = r.warnings.clone();
        let mut loaded = index::load(&new, fresh, source.loader(&new));
        if loaded.is_err() && reused {
            // A record taken over from the old index did not decode: that
            // index was not what it claimed. Never trusted: rebuilt from the files.
            tracing::info!("index records unusable; rebuilding from the files");
            match index::refresh(&source, None) {
                Ok((n, f, rr)) => {
                    loaded = index::load(&n, f, source.loader(&n));
                    new = n;
                    r = rr;
                    r.changed = true;
                    w = r.warnings.clone();
                }
                Err(e) => return send(origin, Err(e.into())),
            }
        }
        match loaded {
            Ok((minutes, search, words)) => {
                let mut data = finish(&ws, minutes, search, Some(source.loader(&new)), words);
                w.append(&mut data.warnings);
                data.warnings = w;
                send(origin, Ok(data));
            }
            Err(e) => return send(origin, Err(e.into())),
        }
    }
    if let Some(h) = pending {
        match h.join() {
            // (an index rebuilt above came complete: the record belongs to the one it replaced)
            Ok(rec) if new.is_pending() => new.complete(rec),
            Ok(_) => {}
            Err(_) => tracing::warn!("the index's cross-meeting record could not be computed"),
        }
    }
    if r.changed {
        if let Some(p) = &path {
            if let Err(e) = new.write(p) {
                tracing::warn!("cannot write the index {}: {e}", p.display());
            }
        }
    }
    write_views(&new);
}

/// Debug builds only: the end-to-end test holds a first start between its
/// calendar-only answer and the minutes until the file named by
/// `SCSDASH_TEST_HOLD_EXTRACT` exists (30 s at most), so that it can read the
/// screen of that moment without racing the parse.
#[cfg(debug_assertions)]
fn hold_for_test() {
    let Some(p) = std::env::var_os("SCSDASH_TEST_HOLD_EXTRACT") else { return };
    let until = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !std::path::Path::new(&p).exists() && std::time::Instant::now() < until {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The data that `scsdash actions`, `tenders` and `decisions` print: the
/// cross-meeting views from the views file beside the index when it is
/// current and made for these options (no meeting record is decoded, so the
/// cost hardly grows with the history), else the whole data, and the views
/// are written for the next run. On the fast path only the `want` parts are
/// decoded (the others are empty; `Data.minutes.meetings`, when wanted,
/// holds only the recent meetings): the count of all meetings comes with it.
pub fn load_views(choice: &SourceChoice, want: index::ViewsWant) -> Result<(Origin, Data, usize), DataError> {
    let mut out = Err(DataError::NothingLoaded);
    load_with(choice, false, Views::Only(want), |origin, d| out = d.map(|d| (origin, d)));
    out.map(|(o, d)| {
        let n = d.partial.unwrap_or(d.minutes.meetings.len());
        (o, d, n)
    })
}

/// [`load`] for the command line: the up-to-date data, once.
pub fn load_checked(choice: &SourceChoice) -> Result<(Origin, Data), DataError> {
    let mut out = Err(DataError::NothingLoaded);
    load(choice, false, |origin, d| out = d.map(|d| (origin, d)));
    out
}

/// Read an ICS file, or fetch an http(s) feed (not when offline).
pub fn read_ics(src: &str, offline: bool) -> Result<String, DataError> {
    if src.starts_with("http://") || src.starts_with("https://") {
        if offline {
            return Err(DataError::OfflineFetch(src.to_string()));
        }
        return fetch_text(src);
    }
    let bytes = crate::sources::read_local_file(std::path::Path::new(src), crate::sources::MAX_ICS_BYTES)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn fetch_text(url: &str) -> Result<String, DataError> {
    let url = url.to_string();
    let run = async move {
        let client = crate::sources::github::build_client(
            &crate::sources::github::GithubEndpoints::default(),
            None,
            std::time::Duration::from_secs(20),
        )?;
        Ok(crate::sync::get_text(&client, &url).await?)
    };
    match tokio::runtime::Handle::try_current() {
        // Called from blocking threads (spawn_blocking), never from async code.
        Ok(h) => h.block_on(run),
        Err(_) => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(DataError::Runtime)?
            .block_on(run),
    }
}

/// The clock of `--as-of`: now; the day at the current time of day; or,
/// with a time, that instant (a clock that stands still).
pub fn clock_at(as_of: Option<AsOf>) -> chrono::DateTime<chrono::Utc> {
    match as_of {
        Some(AsOf { date, time: Some(t) }) => date.and_time(t).and_utc(),
        other => clock(other.map(|a| a.date)),
    }
}

/// The clock of `--as-of` in the display zone `tz`: now; the asked-for day at the current time
/// of day *in that zone*, so that the day on screen is the day asked for (at 00:30 in Berlin,
/// `--as-of 2023-07-20` used to be 2023-07-20 at 22:30 UTC, already the 21st in Berlin's
/// summer); or, with a time, that instant (UTC, a clock that stands still).
pub fn clock_in(as_of: Option<AsOf>, tz: chrono_tz::Tz) -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    match as_of {
        Some(AsOf { date, time: None }) => {
            let local = chrono::Utc::now().with_timezone(&tz).time();
            tz.from_local_datetime(&date.and_time(local))
                .earliest()
                .map_or_else(|| clock(Some(date)), |t| t.with_timezone(&chrono::Utc))
        }
        other => clock_at(other),
    }
}

/// The clock of a run: now, or the `as_of` day at the current time of day.
pub fn clock(as_of: Option<chrono::NaiveDate>) -> chrono::DateTime<chrono::Utc> {
    let now = chrono::Utc::now();
    match as_of {
        Some(d) => d.and_time(now.time()).and_utc(),
        None => now,
    }
}

/// Run the engines over a workspace (all minutes, judged as of the newest one).
pub fn analyze(ws: &Workspace) -> Data {
    let minutes = minutes::analyze(&ws.minutes);
    let index = Index::build(search_docs(&minutes));
    let words = minutes.meetings.iter().flat_map(|m| crate::editor::complete::harvest_words(&m.text)).collect();
    finish(ws, minutes, LazyIndex::ready(index), None, words)
}

/// The calendars and the schedule over already analysed minutes.
fn finish(
    ws: &Workspace,
    minutes: Minutes,
    index: LazyIndex,
    texts: Option<crate::search::TextLoader>,
    words: Vec<String>,
) -> Data {
    let mut warnings = ws.warnings.clone();
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
    let schedule = std::sync::Arc::new(Schedule::new(calendars, &minutes.slots));
    warnings.extend(schedule.notes().iter().cloned());
    Data { minutes, schedule, index, warnings, texts, words, expanded: None, partial: None, reading: None }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_as_of_day_is_that_day_in_the_display_zone() {
        let day = chrono::NaiveDate::from_ymd_opt(2023, 7, 20).unwrap();
        let as_of = Some(AsOf { date: day, time: None });
        // whatever the time of day, in the zones furthest ahead of and behind UTC
        for tz in [chrono_tz::Pacific::Kiritimati, chrono_tz::Pacific::Pago_Pago, chrono_tz::Europe::Berlin] {
            assert_eq!(clock_in(as_of, tz).with_timezone(&tz).date_naive(), day, "{tz}");
        }
        // a time with it is an instant in UTC, as before
        let t = chrono::NaiveTime::from_hms_opt(23, 30, 0).unwrap();
        let fixed = clock_in(Some(AsOf { date: day, time: Some(t) }), chrono_tz::Europe::Berlin);
        assert_eq!(fixed, day.and_time(t).and_utc());
    }

    #[test]
    fn load_errors_are_variants_with_the_old_text() {
        let e = read_ics("https://cal.example/x.ics", true).unwrap_err();
        assert!(matches!(e, DataError::OfflineFetch(_)), "{e:?}");
        assert_eq!(e.to_string(), "--offline: not fetching https://cal.example/x.ics");
        let e = read_ics("/nonexistent/scsdash.ics", false).unwrap_err();
        assert!(matches!(e, DataError::File(crate::sources::ReadFileError::Io { .. })), "{e:?}");
        assert!(e.to_string().starts_with("/nonexistent/scsdash.ics: "), "{e}");
        assert_eq!(DataError::NoSource.to_string(), NO_SOURCE);
    }

    /// `scsdash next` without a current index: the minutes are read once the
    /// index is found stale, and the calendar read first is kept (one read).
    #[test]
    fn schedule_inputs_without_an_index_read_the_minutes_and_keep_the_calendar() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let cache = tempfile::tempdir().unwrap();
        let opts = SourceOpts {
            minutes_dir: Some(root.join("minutes")),
            calendar_dir: Some(root.join("schedule")),
            offline: true,
            cache_dir: Some(cache.path().to_path_buf()),
            ..Default::default()
        };
        let choice = SourceChoice::new(&opts, &Config::default());
        let (ws, _slots) = schedule_inputs(&choice).unwrap();
        assert!(!ws.minutes.is_empty(), "the minutes were read");
        assert!(ws.calendar.iter().any(|f| f.path.ends_with("team.yml")), "{:?}", ws.calendar.len());
        let (full, _) = load_workspace_with(&choice, true).unwrap();
        assert_eq!(ws.minutes.len(), full.minutes.len());
        assert_eq!(ws.calendar.len(), full.calendar.len());
        assert_eq!(ws.warnings, full.warnings, "the same warnings in the same order");
    }
}
