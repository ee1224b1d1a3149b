//! Archive: every meeting by series (newest first), a reader, full-text
//! search (`/`, with `series:` / `since:` / `until:` filters) and the
//! decisions timeline (`d`).

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::list::ListState;
use super::{copy_cmd, open_cmd, Action, App, Cmd, PaneId};
use crate::render::markdown::Rendered;
use crate::search::{Hit, Query};

/// What the left side shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Tree,
    Search,
    Decisions,
}

/// An open meeting. Its layout (the markdown rendered for the width of the
/// reader, the height, the scroll) is computed in update for the last known
/// screen size ([`layout_reader`]); drawing only reads it.
#[derive(Debug, Default)]
pub struct Reader {
    pub path: String,
    /// The meeting's markdown text.
    pub text: String,
    /// First visible rendered line.
    pub scroll: usize,
    /// A source line to scroll to once the reader is laid out (1-based).
    pub target: Option<usize>,
    /// Selected link (index into the rendered links).
    pub link: Option<usize>,
    /// Rendered lines of the source line jumped to (marked until the user scrolls).
    pub mark: Option<(usize, usize)>,
    /// Rendered markdown for (width): rendered again when the width changes.
    pub rendered: Option<(u16, Rendered)>,
    /// Height of the reader's text area on the last known screen.
    pub height: usize,
}

impl Reader {
    /// Rendered lines, links and headings (empty until laid out).
    pub fn lines(&self) -> Option<&Rendered> {
        self.rendered.as_ref().map(|(_, r)| r)
    }
}

/// Lay the open reader out for the last known screen size ([`App::screen`]):
/// render its markdown for the text width (again when the width changed),
/// scroll to a source line asked for, keep the scroll inside the text.
/// Nothing happens while the reader has no room on screen (or the size is
/// not known yet). Returns whether anything changed.
pub fn layout_reader(app: &mut App) -> bool {
    let Some(area) = super::layout::reader_text_on(app.screen) else { return false };
    let styles = app.theme.markdown;
    let (Some(r), data) = (app.archive.reader.as_mut(), app.data.as_ref()) else { return false };
    let mut changed = false;
    if r.rendered.as_ref().is_none_or(|(w, _)| *w != area.width) {
        // A reader restored without its text (history) reads it now, once.
        if r.text.is_empty() {
            if let Some(d) = data {
                r.text = d.meeting_text(&r.path);
            }
        }
        r.rendered = Some((area.width, crate::render::markdown::render(&r.text, area.width, &styles)));
        changed = true;
    }
    let Some((_, rendered)) = r.rendered.as_ref() else { return changed };
    let h = usize::from(area.height);
    changed |= r.height != h;
    r.height = h;
    if let Some(src) = r.target.take() {
        let target = rendered.line_for_source(src);
        // Every rendered line of that source line is marked.
        let end =
            (target..rendered.lines.len()).find(|&i| rendered.source_lines.get(i) != Some(&src)).unwrap_or(target + 1);
        r.mark = Some((target, end.max(target + 1)));
        r.scroll = target.saturating_sub(2);
        changed = true;
    }
    let max = rendered.lines.len().saturating_sub(h);
    if r.scroll > max {
        r.scroll = max;
        changed = true;
    }
    changed
}

#[derive(Debug, Default)]
pub struct ArchiveState {
    pub view: View,
    pub tree: ListState,
    /// Series folders that are collapsed in the tree.
    pub collapsed: std::collections::BTreeSet<String>,
    /// The search query is this list's filter.
    pub search: ListState,
    pub hits: Vec<Hit>,
    pub decisions: ListState,
    pub reader: Option<Reader>,
    /// Data has been loaded once (the tree's initial folding is done).
    pub seen_data: bool,
}

/// A row of the tree.
#[derive(Debug, Clone, PartialEq)]
pub enum TreeRow {
    Series { folder: String, name: String, count: usize, collapsed: bool },
    Meeting { path: String, date: Option<NaiveDate>, title: String, takers: String },
}

/// Tree rows: series (Tech Weekly first, then by name), meetings newest first.
pub fn tree_rows(app: &App) -> Vec<TreeRow> {
    let Some(d) = app.data.as_ref().filter(|d| d.is_whole()) else { return vec![] };
    let mut series: Vec<(String, String)> = Vec::new();
    for m in &d.minutes.meetings {
        if !series.iter().any(|(f, _)| *f == m.series) {
            series.push((m.series.clone(), app.series_label(&m.series)));
        }
    }
    series.sort_by(|a, b| (a.0 != "community-call").cmp(&(b.0 != "community-call")).then(a.1.cmp(&b.1)));
    let filter = &app.archive.tree;
    let mut fz = filter.fuzzy();
    let mut rows = Vec::new();
    for (folder, name) in series {
        let mut ms: Vec<_> = d
            .minutes
            .meetings
            .iter()
            .filter(|m| m.series == folder)
            .filter(|m| fz.matches(&format!("{name} {} {} {}", m.path, m.title, m.minute_takers.join(" "))))
            .collect();
        if ms.is_empty() {
            continue;
        }
        ms.sort_by(|a, b| b.date.cmp(&a.date).then(b.path.cmp(&a.path)));
        let collapsed = app.archive.collapsed.contains(&folder) && filter.filter.is_empty();
        rows.push(TreeRow::Series { folder: folder.clone(), name, count: ms.len(), collapsed });
        if !collapsed {
            for m in ms {
                // The date is shown in its own column: drop it from the title.
                let date_s = m.date.map(|d| d.to_string()).unwrap_or_default();
                let title =
                    if date_s.is_empty() { m.title.clone() } else { m.title.replace(&date_s, "").trim().to_string() };
                rows.push(TreeRow::Meeting {
                    path: m.path.clone(),
                    date: m.date,
                    title,
                    takers: m.minute_takers.join(", "),
                });
            }
        }
    }
    rows
}

/// Decisions, newest first, filtered by the decisions list's filter.
pub fn decision_rows(app: &App) -> Vec<&crate::model::meeting::Decision> {
    let Some(d) = &app.data else { return vec![] };
    let mut fz = app.archive.decisions.fuzzy();
    let mut v: Vec<_> = d
        .minutes
        .decisions
        .iter()
        .filter(|x| {
            fz.matches(&format!(
                "{} {} {} {} {}",
                x.series,
                app.config.series_name(&x.series),
                x.heading,
                x.text,
                x.date.map(|d| d.to_string()).unwrap_or_default()
            ))
        })
        .collect();
    v.sort_by(|a, b| b.date.cmp(&a.date).then(a.path.cmp(&b.path)).then(a.line.cmp(&b.line)));
    v
}

/// Split `series:x since:YYYY-MM-DD until:YYYY-MM-DD` out of a query.
pub fn parse_query(text: &str) -> Query {
    let mut q = Query { limit: 500, ..Default::default() };
    let mut words = Vec::new();
    for w in text.split_whitespace() {
        if let Some(s) = w.strip_prefix("series:") {
            q.series = Some(s.to_string());
        } else if let Some(d) = w.strip_prefix("since:").and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
            q.since = Some(d);
        } else if let Some(d) = w.strip_prefix("until:").and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
            q.until = Some(d);
        } else {
            words.push(w);
        }
    }
    q.text = words.join(" ");
    q
}

/// Re-run the search after the query changed.
pub fn after_filter_change(app: &mut App) {
    if app.archive.view == View::Search {
        let q = parse_query(&app.archive.search.filter);
        app.archive.hits = match &app.data {
            Some(d) if !q.text.trim().is_empty() => d.index.search(&q),
            _ => Vec::new(),
        };
    }
}

/// New data arrived: refresh search hits and drop a reader whose file is gone.
/// The first time, a long archive starts with every series folded, so the
/// tree shows the series first (Enter or → unfolds).
pub fn on_data(app: &mut App) {
    if app.data.as_ref().is_some_and(|d| !d.is_whole()) {
        // Only the recent meetings (or none) so far: the tree waits for the whole data.
        return;
    }
    if !app.archive.seen_data {
        app.archive.seen_data = true;
        if let Some(d) = &app.data {
            if d.minutes.meetings.len() > 60 {
                app.archive.collapsed = d.minutes.meetings.iter().map(|m| m.series.clone()).collect();
            }
        }
    }
    after_filter_change(app);
    let gone = match (&app.archive.reader, &app.data) {
        (Some(r), Some(d)) => d.minutes.meeting(&r.path).is_none(),
        _ => false,
    };
    if gone {
        app.archive.reader = None;
    } else if let Some(r) = &mut app.archive.reader {
        r.rendered = None;
        layout_reader(app);
    }
}

/// The list a frame drew under `id` (the ids of [`click`]).
pub fn list_by_id(a: &mut ArchiveState, id: usize) -> Option<&mut ListState> {
    match id {
        0 => Some(&mut a.tree),
        1 => Some(&mut a.search),
        2 => Some(&mut a.decisions),
        _ => None,
    }
}

pub fn focused_list(a: &super::archive::ArchiveState) -> Option<&ListState> {
    if a.reader.is_some() {
        return None;
    }
    Some(match a.view {
        View::Tree => &a.tree,
        View::Search => &a.search,
        View::Decisions => &a.decisions,
    })
}

pub fn focused_list_mut(a: &mut ArchiveState) -> Option<&mut ListState> {
    if a.reader.is_some() {
        return None;
    }
    Some(match a.view {
        View::Tree => &mut a.tree,
        View::Search => &mut a.search,
        View::Decisions => &mut a.decisions,
    })
}

/// `/` in the archive: search every meeting (in the decisions view: filter).
pub fn start_search(app: &mut App) {
    let a = &mut app.archive;
    a.reader = None;
    if a.view == View::Decisions {
        a.decisions.start_editing();
    } else {
        a.view = View::Search;
        a.search.start_editing();
    }
}

/// Open a meeting in the reader, scrolled to a 1-based source line (0: top).
pub fn open_at(app: &mut App, path: &str, line: usize) {
    app.pane = PaneId::Archive;
    let exists = app.data.as_ref().is_some_and(|d| d.minutes.meeting(path).is_some());
    if !exists {
        app.status.info = Some(format!("{} is not in the loaded minutes", crate::text::sanitize_line(path)));
        return;
    }
    // Loads from the index keep no texts in memory: read this one (a few kB).
    let text = app.data.as_ref().map(|d| d.meeting_text(path)).unwrap_or_default();
    let target = (line > 0).then_some(line);
    app.archive.reader = Some(Reader { path: path.to_string(), text, target, ..Default::default() });
    layout_reader(app);
}

/// The GitHub page of a minutes file (at a line when > 0).
pub fn github_url(app: &App, path: &str, line: usize) -> String {
    let r = &app.config.github.minutes;
    let anchor = if line > 0 { format!("#L{line}") } else { String::new() };
    format!("https://github.com/{}/{}/blob/{}/{}{anchor}", r.owner, r.repo, r.branch, path)
}

/// A link to another meeting's minutes ("…/minutes/blob/main/container/20230717.md")
/// as a path in the loaded minutes, if it is one.
pub fn minutes_path_of(app: &App, url: &str) -> Option<String> {
    let d = app.data.as_ref()?;
    let r = &app.config.github.minutes;
    let marker = format!("/{}/{}/blob/", r.owner, r.repo);
    let rest =
        url.split_once(&marker).map(|(_, rest)| rest).or_else(|| url.split_once("/minutes/blob/").map(|(_, r)| r))?;
    let path = rest.split_once('/')?.1.split(['#', '?']).next()?;
    d.minutes.meeting(path).map(|m| m.path.clone())
}

fn reader_action(app: &mut App, a: Action) -> Vec<Cmd> {
    let Some(r) = app.archive.reader.as_mut() else { return vec![] };
    let (len, headings, links) = r
        .lines()
        .map(|x| (x.lines.len(), x.headings.iter().map(|h| h.line).collect::<Vec<_>>(), x.links.clone()))
        .unwrap_or_default();
    let page = r.height.max(1);
    let max = len.saturating_sub(page);
    let s = r.scroll;
    match a {
        Action::Up => r.scroll = s.saturating_sub(1),
        Action::Down => r.scroll = (s + 1).min(max),
        Action::PageUp => r.scroll = s.saturating_sub(page),
        Action::PageDown => r.scroll = (s + page).min(max),
        Action::Top => r.scroll = 0,
        Action::Bottom => r.scroll = max,
        Action::NextGroup => {
            if let Some(h) = headings.iter().find(|&&h| h > s) {
                r.scroll = (*h).min(max);
            }
        }
        Action::PrevGroup => {
            let h = headings.iter().rev().find(|&&h| h < s).copied().unwrap_or(0);
            r.scroll = h;
        }
        Action::Right | Action::Left => {
            if links.is_empty() {
                return vec![];
            }
            // Cycle through the links from the visible part on.
            let visible: Vec<usize> =
                (0..links.len()).filter(|&i| links[i].line >= s && links[i].line < s + page).collect();
            let next = match (r.link, a) {
                (Some(i), Action::Right) => (i + 1) % links.len(),
                (Some(i), _) => (i + links.len() - 1) % links.len(),
                (None, Action::Right) => visible.first().copied().unwrap_or(0),
                (None, _) => visible.last().copied().unwrap_or(links.len() - 1),
            };
            r.link = Some(next);
            let l = links[next].line;
            if l < s || l >= s + page {
                r.scroll = l.saturating_sub(page / 3).min(max);
            }
        }
        Action::Back => {
            if r.link.is_some() {
                r.link = None;
            } else {
                app.archive.reader = None;
            }
        }
        Action::Open => {
            if let Some(url) = r.link.and_then(|i| links.get(i)).map(|l| l.url.clone()) {
                if let Some(p) = minutes_path_of(app, &url) {
                    open_at(app, &p, 0);
                    return vec![];
                }
                return open_cmd(app, Some(url));
            }
        }
        Action::OpenUrl | Action::CopyUrl => {
            let url = match r.link.and_then(|i| links.get(i)) {
                Some(l) => Some(l.url.clone()),
                None => {
                    let p = r.path.clone();
                    Some(github_url(app, &p, 0))
                }
            };
            return if a == Action::OpenUrl { open_cmd(app, url) } else { copy_cmd(app, url) };
        }
        _ => {}
    }
    vec![]
}

pub fn on_action(app: &mut App, a: Action) -> Vec<Cmd> {
    if app.archive.reader.is_some() {
        return reader_action(app, a);
    }
    let page = app.page;
    match app.archive.view {
        View::Tree => {
            let rows = tree_rows(app);
            match a {
                Action::Open | Action::Right => match rows.get(app.archive.tree.selected) {
                    Some(TreeRow::Series { folder, collapsed, .. }) => {
                        if *collapsed {
                            app.archive.collapsed.remove(folder);
                        } else if a == Action::Open {
                            app.archive.collapsed.insert(folder.clone());
                        }
                    }
                    Some(TreeRow::Meeting { path, .. }) => {
                        let p = path.clone();
                        open_at(app, &p, 0);
                    }
                    None => {}
                },
                Action::Left => {
                    // Collapse the series of the selection and select it.
                    let sel = app.archive.tree.selected;
                    if let Some(i) = (0..=sel.min(rows.len().saturating_sub(1)))
                        .rev()
                        .find(|&i| matches!(rows.get(i), Some(TreeRow::Series { .. })))
                    {
                        if let Some(TreeRow::Series { folder, .. }) = rows.get(i) {
                            app.archive.collapsed.insert(folder.clone());
                            app.archive.tree.selected = i;
                        }
                    }
                }
                Action::Back => app.archive.tree.filter.clear(),
                Action::OpenUrl | Action::CopyUrl => {
                    let url = match rows.get(app.archive.tree.selected) {
                        Some(TreeRow::Meeting { path, .. }) => Some(github_url(app, path, 0)),
                        _ => None,
                    };
                    return if a == Action::OpenUrl { open_cmd(app, url) } else { copy_cmd(app, url) };
                }
                _ => {
                    app.archive.tree.navigate(a, rows.len(), page);
                }
            }
        }
        View::Search => match a {
            Action::Open => {
                if let Some(h) = app.archive.hits.get(app.archive.search.selected).map(|h| (h.path.clone(), h.line)) {
                    open_at(app, &h.0, h.1);
                }
            }
            Action::Back => {
                app.archive.view = View::Tree;
                app.archive.search.filter.clear();
                app.archive.hits.clear();
            }
            Action::OpenUrl | Action::CopyUrl => {
                let url = app.archive.hits.get(app.archive.search.selected).map(|h| github_url(app, &h.path, h.line));
                return if a == Action::OpenUrl { open_cmd(app, url) } else { copy_cmd(app, url) };
            }
            _ => {
                let n = app.archive.hits.len();
                app.archive.search.navigate(a, n, page);
            }
        },
        View::Decisions => {
            let rows = decision_rows(app);
            let sel = rows.get(app.archive.decisions.selected).map(|d| (d.path.clone(), d.line));
            let n = rows.len();
            match a {
                Action::Open => {
                    if let Some((p, l)) = sel {
                        open_at(app, &p, l);
                    }
                }
                Action::Back => {
                    if app.archive.decisions.filter.is_empty() {
                        app.archive.view = View::Tree;
                    } else {
                        app.archive.decisions.filter.clear();
                    }
                }
                Action::OpenUrl | Action::CopyUrl => {
                    let url = sel.map(|(p, l)| github_url(app, &p, l));
                    return if a == Action::OpenUrl { open_cmd(app, url) } else { copy_cmd(app, url) };
                }
                _ => {
                    app.archive.decisions.navigate(a, n, page);
                }
            }
        }
    }
    vec![]
}

/// Letters with no global meaning: `d` decisions, `a` all meetings.
pub fn on_key(app: &mut App, key: KeyEvent) -> Vec<Cmd> {
    match key.code {
        KeyCode::Char('d') if app.archive.reader.is_none() => {
            app.archive.view = if app.archive.view == View::Decisions { View::Tree } else { View::Decisions };
        }
        KeyCode::Char('a') if app.archive.reader.is_none() => app.archive.view = View::Tree,
        _ => {}
    }
    vec![]
}

pub fn click(app: &mut App, list_id: usize, row: usize) {
    match list_id {
        0 => app.archive.tree.selected = row,
        1 => app.archive.search.selected = row,
        2 => app.archive.decisions.selected = row,
        _ => {}
    }
}
