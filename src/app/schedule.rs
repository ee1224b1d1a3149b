//! Schedule: a week of meetings in the user's zone; `[`/`]` change week,
//! `t` jumps to today, Enter shows details, `o` opens the meeting link.

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, Utc};

use super::{copy_cmd, open_cmd, Action, App, Cmd};
use crate::model::schedule::Occurrence;

#[derive(Debug, Default)]
pub struct ScheduleState {
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
    let today = app.now.with_timezone(&app.tz).date_naive();
    let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
    if app.schedule.week >= 0 {
        monday + Days::new(7 * app.schedule.week as u64)
    } else {
        monday - Days::new(7 * app.schedule.week.unsigned_abs())
    }
}

fn local_midnight(app: &App, d: NaiveDate) -> DateTime<Utc> {
    crate::schedule::zone::local_to_utc(app.tz, d.and_time(NaiveTime::MIN))
}

/// Every occurrence starting in the shown week (cancelled ones included).
pub fn week(app: &App) -> Vec<Occurrence> {
    let Some(d) = &app.data else { return vec![] };
    let start = week_start(app);
    d.schedule.occurrences(local_midnight(app, start), local_midnight(app, start + Days::new(7)), app.tz)
}

/// The next meeting from now (not cancelled), for the highlight and countdown.
pub fn next_up(app: &App) -> Option<Occurrence> {
    app.data.as_ref().and_then(|d| d.schedule.next_up(app.now, app.tz))
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
    let this_monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
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
    vec![]
}
