//! Schedule: a week of meetings in the user's zone; `[`/`]` change week,
//! `t` jumps to today, Enter shows details, `o` opens the meeting link.

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, Utc};

use super::{copy_cmd, open_cmd, Action, App, Cmd};
use crate::model::schedule::Occurrence;

#[derive(Debug, Default)]
pub struct ScheduleState {
    /// A week outside the expanded window, computed in the background:
    /// (its Monday, the data load it belongs to, its occurrences).
    pub far_week: Option<(NaiveDate, u64, Vec<Occurrence>)>,
    /// That week is being computed.
    pub far_pending: Option<NaiveDate>,
    /// Weeks from the current week.
    pub week: i64,
    /// Selected occurrence within the week.
    pub selected: usize,
    /// Details of the selected occurrence are shown.
    pub detail: bool,
    /// Whether the selection was placed by the user (else: on the next meeting).
    pub placed: bool,
}

/// Monday of the shown week, in the display zone.
pub fn week_start(app: &App) -> NaiveDate {
    let today = app.today();
    let monday = today.checked_sub_days(Days::new(u64::from(today.weekday().num_days_from_monday()))).unwrap_or(today);
    let shifted = if app.schedule.week >= 0 {
        monday.checked_add_days(Days::new(7u64.saturating_mul(app.schedule.week as u64)))
    } else {
        monday.checked_sub_days(Days::new(7u64.saturating_mul(app.schedule.week.unsigned_abs())))
    };
    shifted.unwrap_or(monday)
}

fn local_midnight(app: &App, d: NaiveDate) -> DateTime<Utc> {
    crate::schedule::zone::local_to_utc(app.tz, d.and_time(NaiveTime::MIN))
}

/// Every occurrence starting in the shown week (cancelled ones included).
/// Read from the expansion made at data load; a week outside it comes from
/// the background ([`week_cmd`]), empty until it arrives. Never expanded
/// while drawing.
pub fn week(app: &App) -> Vec<Occurrence> {
    let Some(d) = &app.data else { return vec![] };
    let start = week_start(app);
    let end = start.checked_add_days(Days::new(7)).unwrap_or(start);
    if let Some(w) = d.expanded.as_ref().and_then(|e| e.between(local_midnight(app, start), local_midnight(app, end))) {
        return w.to_vec();
    }
    match &app.schedule.far_week {
        Some((monday, id, occ)) if *monday == start && *id == app.load_id => occ.clone(),
        _ => vec![],
    }
}

/// Whether the shown week is still being computed in the background.
pub fn week_pending(app: &App) -> bool {
    app.schedule.far_pending == Some(week_start(app))
}

/// The command that computes the shown week in the background, when the
/// expansion made at load time does not cover it.
pub fn week_cmd(app: &mut App) -> Vec<Cmd> {
    let Some(d) = &app.data else { return vec![] };
    let start = week_start(app);
    let end = start.checked_add_days(Days::new(7)).unwrap_or(start);
    let (from, to) = (local_midnight(app, start), local_midnight(app, end));
    let covered = d.expanded.as_ref().is_some_and(|e| e.between(from, to).is_some());
    let cached = matches!(&app.schedule.far_week, Some((m, id, _)) if *m == start && *id == app.load_id);
    if covered || cached || app.schedule.far_pending == Some(start) {
        return vec![];
    }
    let schedule = super::Shared(d.schedule.clone());
    app.schedule.far_pending = Some(start);
    vec![Cmd::ExpandWeek { monday: start, from, to, load_id: app.load_id, schedule, tz: app.tz }]
}

/// A week computed in the background arrived.
pub fn on_week(app: &mut App, monday: NaiveDate, load_id: u64, occ: Vec<Occurrence>) {
    if app.schedule.far_pending == Some(monday) {
        app.schedule.far_pending = None;
    }
    if load_id == app.load_id {
        app.schedule.far_week = Some((monday, load_id, occ));
    }
}

/// The next meeting from now (not cancelled), for the highlight and countdown:
/// from the expansion made at data load (it covers 400 days ahead).
pub fn next_up(app: &App) -> Option<Occurrence> {
    let e = app.data.as_ref()?.expanded.as_ref()?;
    let back = app.now.checked_sub_signed(chrono::TimeDelta::days(7)).unwrap_or(app.now);
    let lo = e.occurrences.partition_point(|o| o.start.with_timezone(&Utc) < back);
    e.occurrences[lo..]
        .iter()
        .filter(|o| !o.cancelled && o.end.with_timezone(&Utc) > app.now)
        .min_by(|a, b| a.start.cmp(&b.start).then_with(|| a.title.cmp(&b.title)))
        .cloned()
}

/// Index of the selection in `week`: the user's, else `next` (the next
/// meeting, from [`next_up`]), else 0.
pub fn selected_index(app: &App, week: &[Occurrence], next: Option<&Occurrence>) -> usize {
    if app.schedule.placed {
        return app.schedule.selected.min(week.len().saturating_sub(1));
    }
    next.and_then(|n| week.iter().position(|o| o.uid == n.uid && o.start == n.start))
        .or_else(|| week.iter().position(|o| o.end > app.now))
        .unwrap_or(0)
}

/// The first http(s) link of a meeting: its location, else one in the description.
pub fn meeting_url(o: &Occurrence) -> Option<String> {
    if let Some(l) = o.location.as_deref().and_then(super::safe_url) {
        return Some(l);
    }
    o.description.as_deref().and_then(first_url)
}

/// The first http(s) URL in a text.
pub fn first_url(text: &str) -> Option<String> {
    let i = text.find("https://").or_else(|| text.find("http://"))?;
    let url: String =
        text[i..].chars().take_while(|c| !c.is_whitespace() && !matches!(c, ')' | '>' | '"' | '\'' | ']')).collect();
    super::safe_url(&url)
}

/// Show the week of `o` with it selected.
pub fn focus_occurrence(app: &mut App, o: &Occurrence) {
    let today = app.now.with_timezone(&app.tz).date_naive();
    let day = o.start.with_timezone(&app.tz).date_naive();
    let this_monday =
        today.checked_sub_days(Days::new(u64::from(today.weekday().num_days_from_monday()))).unwrap_or(today);
    app.schedule.week = (day - this_monday).num_days().div_euclid(7);
    let w = week(app);
    app.schedule.selected = w.iter().position(|x| x.uid == o.uid && x.start == o.start).unwrap_or(0);
    app.schedule.placed = true;
    app.schedule.detail = false;
}

/// Letters of the Schedule: `p` opens the selected meeting's HedgeDoc pad.
pub fn on_key(app: &mut App, key: ratatui::crossterm::event::KeyEvent) -> Vec<Cmd> {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};
    if key.code == KeyCode::Char('p') && !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) {
        let w = week(app);
        let cur = selected_index(app, &w, next_up(app).as_ref());
        let Some(o) = w.get(cur) else { return vec![] };
        return match super::pad::occurrence_pad(o) {
            Some(url) => open_cmd(app, Some(url)),
            None => {
                app.status.info = Some("this meeting links no HedgeDoc pad".into());
                vec![]
            }
        };
    }
    vec![]
}

pub fn on_action(app: &mut App, a: Action) -> Vec<Cmd> {
    let w = week(app);
    let cur = selected_index(app, &w, next_up(app).as_ref());
    let st = &mut app.schedule;
    match a {
        Action::PrevGroup | Action::Left => {
            st.week -= 1;
            st.selected = 0;
            st.placed = true;
        }
        Action::NextGroup | Action::Right => {
            st.week += 1;
            st.selected = 0;
            st.placed = true;
        }
        Action::Today => {
            st.week = 0;
            st.placed = false;
            st.detail = false;
        }
        Action::Open => st.detail = !st.detail,
        Action::Back => st.detail = false,
        Action::OpenUrl | Action::CopyUrl => {
            let url = w.get(cur).and_then(meeting_url);
            return if a == Action::OpenUrl { open_cmd(app, url) } else { copy_cmd(app, url) };
        }
        _ => {
            let mut l = super::list::ListState { selected: cur, ..Default::default() };
            l.navigate(a, w.len(), 5);
            st.selected = l.selected;
            st.placed = true;
        }
    }
    week_cmd(app)
}
