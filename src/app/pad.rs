//! The live HedgeDoc pad of a meeting, in the Editor: `Ctrl-T` shows the
//! pad of the open draft's meeting next to the draft, with a line diff, refreshed
//! every 15 s while the meeting runs; `Ctrl-L` pulls the pad's text into the
//! draft (undoable). In the new-draft prompt (`n`), `Ctrl-L` starts the draft
//! from the pad instead of the template. In the Schedule, `p` opens the pad
//! in the browser. The pad link comes from the event description.

use std::time::Duration;

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Cmd, PaneId};
use crate::model::schedule::Occurrence;

/// How often the pad view re-reads the pad while the meeting runs.
pub const REFRESH: Duration = Duration::from_secs(15);

/// What a pad fetch is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PadPurpose {
    /// The pad view (first load or refresh).
    View,
    /// A new draft for this series and date, from the pad's text.
    NewDraft(String, NaiveDate),
}

/// The pad view's state.
#[derive(Debug, Default)]
pub struct PadState {
    /// The view is shown in the Editor.
    pub open: bool,
    pub url: Option<String>,
    /// The pad's last text.
    pub text: Option<String>,
    pub error: Option<String>,
    pub loading: bool,
    pub fetched_at: Option<DateTime<Utc>>,
    /// The meeting's time: refresh while `start <= now < end`.
    pub window: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// Id of the newest request; older answers are dropped.
    pub request: u64,
}

impl PadState {
    /// Time until the next refresh, when the view is open and the meeting runs.
    pub fn refresh_in(&self, now: DateTime<Utc>) -> Option<Duration> {
        if !self.open || self.loading || self.url.is_none() {
            return None;
        }
        let (start, end) = self.window?;
        if now < start || now >= end {
            return None;
        }
        let last = self.fetched_at.unwrap_or(start);
        let due = last + TimeDelta::from_std(REFRESH).unwrap_or_default();
        Some((due - now).to_std().unwrap_or(Duration::ZERO))
    }

    fn fetch(&mut self, purpose: PadPurpose) -> Vec<Cmd> {
        let Some(url) = self.url.clone() else { return vec![] };
        self.request += 1;
        self.loading = true;
        vec![Cmd::FetchPad { url, request: self.request, purpose }]
    }

    /// The refresh is due (called by the loop's timer).
    pub fn refresh(&mut self) -> Vec<Cmd> {
        self.fetch(PadPurpose::View)
    }
}

/// The meeting of `series` on `date` (else the series' nearest one) whose
/// description links a pad: (pad URL, start, end).
pub fn pad_for(app: &App, series: &str, date: NaiveDate) -> Option<(String, DateTime<Utc>, DateTime<Utc>)> {
    let d = app.data.as_ref()?;
    let day = crate::schedule::zone::local_to_utc(app.tz, date.and_time(chrono::NaiveTime::MIN));
    let from = day - TimeDelta::days(60);
    let to = day + TimeDelta::days(60);
    let occ = d.schedule.occurrences(from, to, app.tz);
    let with_pad = |o: &&Occurrence| {
        o.series.eq_ignore_ascii_case(series) && crate::schedule::links::pad_url(o.description.as_deref()).is_some()
    };
    let best =
        occ.iter().filter(with_pad).min_by_key(|o| ((o.start.date_naive() - date).num_days().abs(), o.cancelled))?;
    let url = crate::schedule::links::pad_url(best.description.as_deref())?;
    let url = super::safe_url(&url)?;
    Some((url, best.start.with_timezone(&Utc), best.end.with_timezone(&Utc)))
}

/// The pad link of an occurrence (Schedule `p`).
pub fn occurrence_pad(o: &Occurrence) -> Option<String> {
    crate::schedule::links::pad_url(o.description.as_deref()).and_then(|u| super::safe_url(&u))
}

fn ctrl(key: &KeyEvent, c: char) -> bool {
    key.code == KeyCode::Char(c) && key.modifiers.contains(KeyModifiers::CONTROL)
}

/// Editor keys of the pad (`Ctrl-T`, `Ctrl-L`); `None`: not a pad key here.
pub fn on_editor_key(app: &mut App, key: &KeyEvent) -> Option<Vec<Cmd>> {
    if app.pane != PaneId::Editor || app.editor.confirm.is_some() {
        return None;
    }
    // In the new-draft prompt: start from the pad.
    if let Some(p) = &app.editor.prompt {
        if !(ctrl(key, 'l') && p.kind == super::editor::PromptKind::New) {
            return None;
        }
        let Some((series, date)) = super::editor::parse_series_date(&p.text) else {
            app.editor.message =
                Some(format!("'{}' is not \"series YYYY-MM-DD\"", crate::text::sanitize_line(&p.text)));
            return Some(vec![]);
        };
        let Some((url, start, end)) = pad_for(app, &series, date) else {
            app.editor.message =
                Some(format!("no HedgeDoc pad linked for {series} in the calendar: Enter uses the template"));
            return Some(vec![]);
        };
        app.editor.prompt = None;
        app.editor.message = Some(format!("reading the pad {url} …"));
        app.pad.url = Some(url);
        app.pad.window = Some((start, end));
        app.pad.text = None;
        app.pad.error = None;
        return Some(app.pad.fetch(PadPurpose::NewDraft(series, date)));
    }
    let id = app.editor.state.draft_id()?.to_string();
    if ctrl(key, 't') {
        if app.pad.open {
            app.pad.open = false;
            return Some(vec![]);
        }
        let (series, date) = crate::editor::drafts::parse_id(&id)?;
        match pad_for(app, &series, date) {
            Some((url, start, end)) => {
                if app.pad.url.as_deref() != Some(url.as_str()) {
                    app.pad.text = None;
                }
                app.pad.url = Some(url);
                app.pad.window = Some((start, end));
                app.pad.error = None;
                app.pad.open = true;
                return Some(app.pad.fetch(PadPurpose::View));
            }
            None => {
                app.editor.message = Some(format!("no HedgeDoc pad linked for {series} in the calendar"));
                return Some(vec![]);
            }
        }
    }
    if ctrl(key, 'l') && app.pad.open {
        match app.pad.text.clone() {
            Some(t) => {
                app.editor.state.replace_all(&t);
                app.editor.message = Some("pulled the pad's text into the draft (Ctrl-Z undoes)".into());
            }
            None => app.editor.message = Some("the pad has not been read yet".into()),
        }
        return Some(vec![]);
    }
    None
}

/// A pad fetch finished at `now`.
pub fn on_loaded(
    app: &mut App,
    request: u64,
    purpose: PadPurpose,
    result: Result<String, crate::sources::pad::PadError>,
    now: DateTime<Utc>,
) -> Vec<Cmd> {
    if request != app.pad.request {
        return vec![]; // a newer request is under way
    }
    app.pad.loading = false;
    app.pad.fetched_at = Some(now);
    match (purpose, result) {
        (PadPurpose::View, Ok(text)) => {
            app.pad.text = Some(text);
            app.pad.error = None;
        }
        (PadPurpose::View, Err(e)) => app.pad.error = Some(e.to_string()),
        (PadPurpose::NewDraft(series, date), Ok(text)) => {
            app.pad.text = Some(text.clone());
            return app.editor.create_draft_with(&series, date, &text);
        }
        (PadPurpose::NewDraft(..), Err(e)) => {
            app.editor.message = Some(format!("no draft from the pad: {e}"));
        }
    }
    vec![]
}
