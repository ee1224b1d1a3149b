//! Reminders while the dashboard runs: [`super::App::on_tick`] calls [`check`] on
//! the runner's minute tick; due reminders become a status-line notice and a [`Cmd::Remind`], which
//! the runner gives as the bell and a desktop notification.

use chrono::{DateTime, Utc};

use super::{App, Cmd};
use crate::remind::Reminders;

/// The reminders due at `now`: the notice is shown, and the command rings the
/// bell and notifies (empty when nothing is due).
pub fn check(app: &mut App, r: &mut Reminders, now: DateTime<Utc>) -> Vec<Cmd> {
    let Some(d) = &app.data else { return vec![] };
    let due = r.due(&d.schedule, &app.config, now, app.tz);
    let Some(last) = due.last() else { return vec![] };
    app.status.info = Some(format!("⏰ {}", last.text()));
    vec![Cmd::Remind { reminders: due, how: app.config.reminders.clone() }]
}
