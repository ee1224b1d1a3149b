//! Action items: tracked across meetings, grouped by series, filtered by
//! owner (`m` = mine), status (`s` cycles) and text.

use super::list::ListState;
use super::{copy_cmd, open_cmd, Action, App, Cmd};
use crate::model::meeting::{ActionStatus, TrackedAction};

/// Which statuses are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusShown {
    #[default]
    Open,
    Done,
    Stale,
    All,
}

impl StatusShown {
    pub fn next(self) -> Self {
        match self {
            StatusShown::Open => StatusShown::Done,
            StatusShown::Done => StatusShown::Stale,
            StatusShown::Stale => StatusShown::All,
            StatusShown::All => StatusShown::Open,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            StatusShown::Open => "open",
            StatusShown::Done => "done",
            StatusShown::Stale => "stale",
            StatusShown::All => "all",
        }
    }
    fn allows(self, s: ActionStatus) -> bool {
        match self {
            StatusShown::Open => s == ActionStatus::Open,
            StatusShown::Done => s == ActionStatus::Done,
            StatusShown::Stale => s == ActionStatus::Stale,
            StatusShown::All => true,
        }
    }
}

#[derive(Debug, Default)]
pub struct ActionsState {
    pub list: ListState,
    pub mine: bool,
    pub status: StatusShown,
}

/// Whether `handle` (with or without '@', any case) owns the item.
pub fn owned_by(a: &TrackedAction, handle: &str) -> bool {
    let h = handle.trim_start_matches('@');
    a.owners.iter().any(|o| o.trim_start_matches('@').eq_ignore_ascii_case(h))
}

/// Items in display order: grouped by series, newest first within a series.
pub fn rows(app: &App) -> Vec<&TrackedAction> {
    let Some(d) = &app.data else { return vec![] };
    let me = app.me();
    let st = &app.actions;
    let mut fz = st.list.fuzzy();
    let mut v: Vec<&TrackedAction> = d
        .minutes
        .actions
        .iter()
        .filter(|a| st.status.allows(a.status))
        .filter(|a| !st.mine || me.is_some_and(|m| owned_by(a, m)))
        .filter(|a| {
            fz.matches(&format!(
                "{} {} {} {} {}",
                a.series,
                app.config.series_name(&a.series),
                a.owners.join(" "),
                a.text,
                a.progress.as_deref().unwrap_or("")
            ))
        })
        .collect();
    v.sort_by(|a, b| a.series.cmp(&b.series).then(b.last_seen.cmp(&a.last_seen)).then(a.id.cmp(&b.id)));
    v
}

pub fn on_action(app: &mut App, a: Action) -> Vec<Cmd> {
    let page = app.page;
    match a {
        Action::Mine => {
            if app.me().is_none() {
                app.status.info = Some("set user.github in the config to use 'mine'".into());
            } else {
                app.actions.mine = !app.actions.mine;
                app.actions.list.selected = 0;
            }
        }
        Action::CycleStatus => {
            app.actions.status = app.actions.status.next();
            app.actions.list.selected = 0;
        }
        Action::Open => {
            let target = rows(app)
                .get(app.actions.list.selected)
                .and_then(|x| x.mentions.last())
                .map(|m| (m.path.clone(), m.line));
            if let Some((p, l)) = target {
                super::archive::open_at(app, &p, l);
            }
        }
        Action::Back => app.actions.list.filter.clear(),
        Action::OpenUrl | Action::CopyUrl => {
            let url = rows(app).get(app.actions.list.selected).and_then(|x| {
                x.links
                    .first()
                    .cloned()
                    .or_else(|| x.mentions.last().map(|m| super::archive::github_url(app, &m.path, m.line)))
            });
            return if a == Action::OpenUrl { open_cmd(app, url) } else { copy_cmd(app, url) };
        }
        _ => {
            let n = rows(app).len();
            app.actions.list.navigate(a, n, page);
        }
    }
    vec![]
}
