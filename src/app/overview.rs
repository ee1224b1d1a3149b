//! Overview: next meetings, open tenders, open action items (mine first),
//! latest minutes per team — each a small list; Enter jumps to the pane.

use chrono::Duration;

use super::list::ListState;
use super::{copy_cmd, open_cmd, Action, App, Cmd, PaneId};
use crate::model::meeting::ActionStatus;
use crate::model::schedule::Occurrence;

/// Titles of the four boxes.
pub const BOXES: [&str; 4] = ["Next meetings", "Open tenders", "Open action items", "Latest minutes"];

#[derive(Debug, Default)]
pub struct OverviewState {
    pub focus: usize,
    pub lists: [ListState; 4],
}

impl OverviewState {
    pub fn focused(&self) -> &ListState {
        &self.lists[self.focus]
    }
    pub fn focused_mut(&mut self) -> &mut ListState {
        &mut self.lists[self.focus]
    }
    pub fn click(&mut self, list_id: usize, row: usize) {
        if list_id < 4 {
            self.focus = list_id;
            self.lists[list_id].selected = row;
        }
    }
}

/// Upcoming occurrences (next 14 days, not cancelled), filtered.
pub fn next_meetings(app: &App) -> Vec<Occurrence> {
    let Some(e) = app.data.as_ref().and_then(|d| d.expanded.as_ref()) else { return vec![] };
    let mut f = app.overview.lists[0].fuzzy();
    // Include meetings that started up to an hour ago (still running); read
    // from the expansion made at data load, never expanded while drawing.
    let (from, to) = (app.now - Duration::hours(1), app.now + Duration::days(14));
    let mut v: Vec<Occurrence> = e
        .between(from, to)
        .unwrap_or_default()
        .iter()
        .filter(|o| !o.cancelled && o.end > app.now)
        .filter(|o| f.matches(&format!("{} {}", o.title, o.series)))
        .take(50)
        .cloned()
        .collect();
    // My teams' meetings first (each part in time order).
    let mine = super::teams::my_teams(app);
    v.sort_by_key(|o| !super::teams::is_my_meeting(&mine, o));
    v
}

/// Open tenders, most recently updated first, filtered.
pub fn open_tenders(app: &App) -> Vec<&crate::model::meeting::Tender> {
    let Some(d) = &app.data else { return vec![] };
    let mut f = app.overview.lists[1].fuzzy();
    let mut v: Vec<_> = d
        .minutes
        .tenders
        .iter()
        .filter(|t| t.open)
        .filter(|t| f.matches(&format!("{} {} {}", t.id, t.title.as_deref().unwrap_or(""), t.status.as_str())))
        .collect();
    v.sort_by(|a, b| b.last_seen.cmp(&a.last_seen).then(a.id.cmp(&b.id)));
    v
}

/// Open action items: the configured user's first, then newest.
pub fn open_actions(app: &App) -> Vec<&crate::model::meeting::TrackedAction> {
    let Some(d) = &app.data else { return vec![] };
    let mut f = app.overview.lists[2].fuzzy();
    let me = app.me();
    let mut v: Vec<_> = d
        .minutes
        .actions
        .iter()
        .filter(|a| a.status == ActionStatus::Open)
        .filter(|a| f.matches(&format!("{} {} {}", a.series, a.owners.join(" "), a.text)))
        .collect();
    let teams = super::teams::my_teams(app);
    v.sort_by(|a, b| {
        let mine = |x: &crate::model::meeting::TrackedAction| me.is_some_and(|m| super::actions::owned_by(x, m));
        let team = |x: &crate::model::meeting::TrackedAction| super::teams::is_my_series(&teams, &x.series);
        mine(b).cmp(&mine(a)).then(team(b).cmp(&team(a))).then(b.last_seen.cmp(&a.last_seen))
    });
    v
}

/// The newest minutes of each series.
pub fn latest_minutes(app: &App) -> Vec<&crate::model::meeting::Meeting> {
    let Some(d) = &app.data else { return vec![] };
    let mut f = app.overview.lists[3].fuzzy();
    let mut v: Vec<_> = d
        .minutes
        .latest_per_series()
        .into_iter()
        .filter(|m| f.matches(&format!("{} {} {}", app.config.series_name(&m.series), m.series, m.title)))
        .collect();
    let teams = super::teams::my_teams(app);
    let mine = |m: &crate::model::meeting::Meeting| super::teams::is_my_series(&teams, &m.series);
    v.sort_by(|a, b| mine(b).cmp(&mine(a)).then(b.date.cmp(&a.date)).then(a.series.cmp(&b.series)));
    v
}

/// `T` on the Overview: pick my teams.
pub fn on_key(app: &mut App, key: ratatui::crossterm::event::KeyEvent) -> Vec<Cmd> {
    if key.code == ratatui::crossterm::event::KeyCode::Char('T') {
        app.teams_picker = Some(super::teams::Picker::default());
    }
    vec![]
}

fn len(app: &App, i: usize) -> usize {
    match i {
        0 => next_meetings(app).len(),
        1 => open_tenders(app).len(),
        2 => open_actions(app).len(),
        _ => latest_minutes(app).len(),
    }
}

pub fn on_action(app: &mut App, a: Action) -> Vec<Cmd> {
    let page = app.page;
    match a {
        Action::Left => app.overview.focus = (app.overview.focus + 3) % 4,
        Action::Right => app.overview.focus = (app.overview.focus + 1) % 4,
        Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Top | Action::Bottom => {
            let n = len(app, app.overview.focus);
            app.overview.focused_mut().navigate(a, n, page);
        }
        Action::Open => return open_selected(app),
        Action::OpenUrl => {
            let url = selected_url(app);
            return open_cmd(app, url);
        }
        Action::CopyUrl => {
            let url = selected_url(app);
            return copy_cmd(app, url);
        }
        Action::Back => {
            let l = app.overview.focused_mut();
            l.filter.clear();
        }
        _ => {}
    }
    vec![]
}

fn selected_url(app: &App) -> Option<String> {
    let sel = app.overview.focused().selected;
    match app.overview.focus {
        0 => next_meetings(app).get(sel).and_then(super::schedule::meeting_url),
        1 => open_tenders(app)
            .get(sel)
            .and_then(|t| t.history.last())
            .map(|h| super::archive::github_url(app, &h.path, h.line)),
        2 => open_actions(app).get(sel).and_then(|a| a.links.first().cloned()),
        _ => latest_minutes(app).get(sel).map(|m| super::archive::github_url(app, &m.path, 0)),
    }
}

fn open_selected(app: &mut App) -> Vec<Cmd> {
    let sel = app.overview.focused().selected;
    match app.overview.focus {
        0 => {
            if let Some(o) = next_meetings(app).get(sel).cloned() {
                super::schedule::focus_occurrence(app, &o);
                app.pane = PaneId::Schedule;
            }
        }
        1 => {
            if let Some(id) = open_tenders(app).get(sel).map(|t| t.id.clone()) {
                super::tenders::focus_tender(app, &id);
                app.pane = PaneId::Tenders;
            }
        }
        2 => {
            if let Some(m) =
                open_actions(app).get(sel).and_then(|a| a.mentions.last()).map(|m| (m.path.clone(), m.line))
            {
                super::archive::open_at(app, &m.0, m.1);
            }
        }
        _ => {
            if let Some(p) = latest_minutes(app).get(sel).map(|m| m.path.clone()) {
                super::archive::open_at(app, &p, 0);
            }
        }
    }
    vec![]
}

/// A hackathon named in the latest Tech Weekly, with its date: the date in
/// its own text, else the date an earlier Tech Weekly gave for the same
/// hackathon (an item sharing two distinctive words, e.g. "Central API",
/// dated within 60 days before to half a year after that meeting).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hackathon {
    pub text: String,
    pub date: Option<chrono::NaiveDate>,
    /// The date is written in `text` itself.
    pub dated_in_text: bool,
}

fn iso_date(text: &str) -> Option<chrono::NaiveDate> {
    static RE: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").expect("static regex"));
    RE.captures_iter(text)
        .find_map(|c| chrono::NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?))
}

/// The words that tell one hackathon from another ("central", "api", "#3").
fn hackathon_words(text: &str) -> Vec<String> {
    const GENERIC: [&str; 16] = [
        "hackathon",
        "mini",
        "the",
        "and",
        "for",
        "scs",
        "community",
        "with",
        "about",
        "next",
        "upcoming",
        "near",
        "from",
        "will",
        "this",
        "that",
    ];
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '#'))
        .filter(|w| w.len() >= 3 && !GENERIC.contains(w) && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}

/// The hackathons of `latest` (a Tech Weekly) with their dates, looked up
/// in the Tech Weekly minutes before it (`meetings`, oldest first).
pub fn hackathons(
    meetings: &[crate::model::meeting::Meeting],
    latest: &crate::model::meeting::Meeting,
) -> Vec<Hackathon> {
    latest
        .hackathons
        .iter()
        .map(|h| {
            if let Some(d) = iso_date(h) {
                return Hackathon { text: h.clone(), date: Some(d), dated_in_text: true };
            }
            let words = hackathon_words(h);
            let date = latest.date.and_then(|at| {
                meetings
                    .iter()
                    .rev()
                    .filter(|m| m.series == latest.series && m.date.is_some_and(|d| d < at))
                    .flat_map(|m| m.hackathons.iter())
                    .find_map(|other| {
                        let d = iso_date(other)?;
                        let near = d >= at - Duration::days(60) && d <= at + Duration::days(183);
                        let shared = hackathon_words(other).iter().filter(|w| words.contains(w)).count();
                        (near && shared >= 2).then_some(d)
                    })
            });
            Hackathon { text: h.clone(), date, dated_in_text: false }
        })
        .collect()
}
