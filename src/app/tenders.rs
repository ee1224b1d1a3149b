//! Tenders: one row per tender, open ones first; Enter shows the timeline,
//! Enter on a timeline entry opens the minutes at that line.

use super::list::ListState;
use super::{copy_cmd, open_cmd, Action, App, Cmd};
use crate::model::meeting::Tender;

#[derive(Debug, Default)]
pub struct TendersState {
    pub list: ListState,
    /// Showing the timeline of the selected tender.
    pub detail: bool,
    /// Selected entry in the timeline.
    pub event: usize,
}

/// Tenders in display order: open first, then most recently updated.
pub fn rows(app: &App) -> Vec<&Tender> {
    let Some(d) = &app.data else { return vec![] };
    let mut fz = app.tenders.list.fuzzy();
    let mut v: Vec<&Tender> = d
        .minutes
        .tenders
        .iter()
        .filter(|t| {
            fz.matches(&format!(
                "{} {} {} {}",
                t.id,
                t.title.as_deref().unwrap_or(""),
                t.status.as_str(),
                t.awardee.as_deref().unwrap_or("")
            ))
        })
        .collect();
    v.sort_by(|a, b| b.open.cmp(&a.open).then(b.last_seen.cmp(&a.last_seen)).then(a.id.cmp(&b.id)));
    v
}

/// The selected tender.
pub fn selected(app: &App) -> Option<&Tender> {
    rows(app).get(app.tenders.list.selected).copied()
}

/// Select a tender by id and show its timeline.
pub fn focus_tender(app: &mut App, id: &str) {
    app.tenders.list.filter.clear();
    if let Some(i) = rows(app).iter().position(|t| t.id == id) {
        app.tenders.list.selected = i;
        app.tenders.detail = true;
        app.tenders.event = rows(app)[i].history.len().saturating_sub(1);
    }
}

pub fn on_action(app: &mut App, a: Action) -> Vec<Cmd> {
    let page = app.page;
    if app.tenders.detail {
        let n = selected(app).map(|t| t.history.len()).unwrap_or(0);
        let mut l = ListState { selected: app.tenders.event, ..Default::default() };
        match a {
            Action::Back | Action::Left => app.tenders.detail = false,
            Action::Open => {
                if let Some(h) =
                    selected(app).and_then(|t| t.history.get(app.tenders.event)).map(|h| (h.path.clone(), h.line))
                {
                    super::archive::open_at(app, &h.0, h.1);
                }
            }
            Action::OpenUrl | Action::CopyUrl => {
                let url = selected(app)
                    .and_then(|t| t.history.get(app.tenders.event))
                    .map(|h| super::archive::github_url(app, &h.path, h.line));
                return if a == Action::OpenUrl { open_cmd(app, url) } else { copy_cmd(app, url) };
            }
            _ => {
                l.navigate(a, n, page);
                app.tenders.event = l.selected;
            }
        }
        return vec![];
    }
    let n = rows(app).len();
    match a {
        Action::Open | Action::Right => {
            if let Some(t) = selected(app) {
                app.tenders.event = t.history.len().saturating_sub(1);
                app.tenders.detail = true;
            }
        }
        Action::Back => app.tenders.list.filter.clear(),
        Action::OpenUrl | Action::CopyUrl => {
            let url =
                selected(app).and_then(|t| t.history.last()).map(|h| super::archive::github_url(app, &h.path, h.line));
            return if a == Action::OpenUrl { open_cmd(app, url) } else { copy_cmd(app, url) };
        }
        _ => {
            app.tenders.list.navigate(a, n, page);
        }
    }
    vec![]
}
