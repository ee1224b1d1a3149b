//! Sprint board: one column per Status for the selected team (`[`/`]`),
//! the current sprint only (`s` toggles), `o` opens the card.

use chrono::NaiveDate;

use super::list::ListState;
use super::{copy_cmd, open_cmd, Action, App, Cmd, LoadState, Session};
use crate::config::Config;
use crate::model::board::{Board, Card};

#[derive(Debug)]
pub struct BoardState {
    pub board: Option<Board>,
    pub load: LoadState,
    /// 0 = all teams, i = teams()[i-1].
    pub team: usize,
    pub column: usize,
    /// Selection and filter within the focused column.
    pub list: ListState,
    pub current_sprint_only: bool,
    pub requested: bool,
    /// Id of the newest board fetch (0: none yet); older answers are dropped.
    pub fetch: u64,
    /// Teams named in the config (board labels), shown first.
    pub preferred: Vec<String>,
    /// The board on screen is the bundled demo board.
    pub demo: bool,
    /// `z`: hide the closed columns (Done, Abandoned, …).
    pub hide_closed: bool,
}

impl BoardState {
    pub fn new(cfg: &Config) -> BoardState {
        BoardState {
            board: None,
            load: LoadState::Idle,
            team: 0,
            column: 0,
            list: ListState::default(),
            current_sprint_only: cfg.board.current_sprint_only,
            requested: false,
            fetch: 0,
            preferred: cfg.teams.iter().filter_map(|t| t.label.clone()).collect(),
            demo: false,
            hide_closed: false,
        }
    }

    /// The answer to board fetch `request`: false (and nothing changes)
    /// when a newer fetch was asked for since.
    pub fn on_board(&mut self, request: u64, r: Result<Board, crate::sync::SyncFailure>) -> bool {
        if request == 0 || request != self.fetch {
            return false;
        }
        match r {
            Ok(b) => {
                self.board = Some(b);
                self.demo = false;
                self.column = 0;
                self.load = LoadState::Loaded;
            }
            Err(e) => self.load = LoadState::Error(e.to_string()),
        }
        true
    }

    /// Team names to switch between: configured labels present on the board first.
    pub fn teams(&self) -> Vec<String> {
        let Some(b) = &self.board else { return vec![] };
        let all = b.teams();
        let mut out: Vec<String> =
            self.preferred.iter().filter(|p| all.iter().any(|a| a.eq_ignore_ascii_case(p))).cloned().collect();
        for t in all {
            if !out.iter().any(|o| o.eq_ignore_ascii_case(&t)) {
                out.push(t);
            }
        }
        out
    }

    /// The selected team (None = all).
    pub fn team_name(&self) -> Option<String> {
        if self.team == 0 {
            None
        } else {
            self.teams().get(self.team - 1).cloned()
        }
    }

    /// Why the board cannot be shown, in one sentence, if so.
    pub fn unavailable(&self, session: &Session) -> Option<String> {
        if self.board.is_some() {
            return None;
        }
        if !session.has_token {
            return Some(crate::sync::token_help());
        }
        if !session.network {
            return Some("The sprint board comes from GitHub; it is not fetched with --demo or --offline.".into());
        }
        None
    }
}

/// Entering the pane fetches the board once (when possible), for the day of
/// the dashboard's clock in its time zone.
pub fn on_enter(app: &mut App) -> Vec<Cmd> {
    let st = &mut app.board;
    if st.requested || !app.session.network || !app.session.has_token {
        return vec![];
    }
    st.requested = true;
    st.load = LoadState::Loading;
    st.fetch += 1;
    let cfg = &app.config.board;
    vec![Cmd::FetchBoard {
        request: st.fetch,
        org: cfg.org.clone(),
        number: cfg.number,
        team_field: cfg.team_field.clone(),
        today: app.today(),
    }]
}

/// Cards of the selected team and sprint, per column (with the filter applied).
pub fn columns(app: &App, today: NaiveDate) -> Vec<(String, Vec<&Card>)> {
    let st = &app.board;
    let Some(b) = &st.board else { return vec![] };
    let team = st.team_name();
    let cards = b.cards_for(team.as_deref(), st.current_sprint_only, today);
    let mut cols: Vec<(String, Vec<&Card>)> = b.columns.iter().map(|c| (c.clone(), Vec::new())).collect();
    let mut none = Vec::new();
    let mut fz = st.list.fuzzy();
    for c in cards {
        let hay =
            format!("{} {} {} {}", c.title, c.repo.as_deref().unwrap_or(""), c.assignees.join(" "), c.labels.join(" "));
        if !fz.matches(&hay) {
            continue;
        }
        match c.status.as_deref().and_then(|s| cols.iter_mut().find(|(n, _)| n == s)) {
            Some((_, v)) => v.push(c),
            None => none.push(c),
        }
    }
    if !none.is_empty() {
        cols.insert(0, ("No status".into(), none));
    }
    if st.hide_closed {
        cols.retain(|(n, _)| !is_closed_column(n));
    }
    cols
}

/// Done, Abandoned and the like: `z` hides them.
pub fn is_closed_column(name: &str) -> bool {
    let n = name.to_lowercase();
    ["done", "abandoned", "closed", "won't do", "wontfix", "cancelled", "canceled", "rejected"]
        .iter()
        .any(|c| n.contains(c))
}

/// How many columns `z` hides now.
pub fn hidden_columns(app: &App) -> usize {
    match (&app.board.board, app.board.hide_closed) {
        (Some(b), true) => b.columns.iter().filter(|c| is_closed_column(c)).count(),
        _ => 0,
    }
}

/// `z`: hide or show the closed columns.
pub fn on_key(app: &mut App, key: ratatui::crossterm::event::KeyEvent) -> Vec<Cmd> {
    if key.code == ratatui::crossterm::event::KeyCode::Char('z') && key.modifiers.is_empty() {
        app.board.hide_closed = !app.board.hide_closed;
        let n = columns(app, app.today()).len();
        app.board.column = app.board.column.min(n.saturating_sub(1));
        app.board.list.selected = 0;
    }
    vec![]
}

fn selected_card_url(app: &App) -> Option<String> {
    let cols = columns(app, app.today());
    cols.get(app.board.column)?.1.get(app.board.list.selected)?.url.clone()
}

pub fn on_action(app: &mut App, a: Action) -> Vec<Cmd> {
    let today = app.today();
    let page = app.page;
    match a {
        Action::Refresh => {
            if app.board.demo && !app.session.network {
                app.status.info = Some("this is the bundled demo board".into());
                return vec![];
            }
            app.board.requested = false;
            if app.board.unavailable(&app.session).is_some() && !app.session.has_token {
                app.status.info = Some(crate::sync::token_help());
                return vec![];
            }
            return on_enter(app);
        }
        Action::PrevGroup | Action::NextGroup => {
            let n = app.board.teams().len() + 1;
            app.board.team =
                if a == Action::NextGroup { (app.board.team + 1) % n } else { (app.board.team + n - 1) % n };
            app.board.list.selected = 0;
        }
        Action::CycleStatus => app.board.current_sprint_only = !app.board.current_sprint_only,
        Action::Left | Action::Right => {
            let n = columns(app, today).len().max(1);
            app.board.column =
                if a == Action::Right { (app.board.column + 1) % n } else { (app.board.column + n - 1) % n };
            app.board.list.selected = 0;
        }
        Action::Back => app.board.list.filter.clear(),
        Action::Open | Action::OpenUrl => {
            let url = selected_card_url(app);
            return open_cmd(app, url);
        }
        Action::CopyUrl => {
            let url = selected_card_url(app);
            return copy_cmd(app, url);
        }
        _ => {
            let n = columns(app, today).get(app.board.column).map(|c| c.1.len()).unwrap_or(0);
            app.board.list.navigate(a, n, page);
        }
    }
    vec![]
}

/// Focus the first column that has cards (after a board arrived).
pub fn focus_first_cards(app: &mut App) {
    let today = app.today();
    app.board.column = columns(app, today).iter().position(|(_, cards)| !cards.is_empty()).unwrap_or(0);
    app.board.list.selected = 0;
}

/// A click on a card (`list_id` is the column's index, `row` the card's).
pub fn click(app: &mut App, list_id: usize, row: usize) {
    let n = columns(app, app.today()).get(list_id).map(|c| c.1.len());
    let Some(n) = n else { return };
    if app.board.column != list_id {
        // That column was shown from its first card.
        app.board.list.offset = 0;
    }
    app.board.column = list_id;
    app.board.list.selected = row;
    app.board.list.clamp(n);
}
