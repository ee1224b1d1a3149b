//! Reminders while the dashboard runs: the loop calls [`check`] on its minute
//! tick; due reminders become a status-line notice, the bell and a desktop
//! notification (through [`Notifier`], so tests see them).

use chrono::{DateTime, Utc};

use super::App;
use crate::remind::{deliver, Notifier, Reminders};

/// Give the reminders due at `now`; true when the screen changed.
pub fn check(app: &mut App, r: &mut Reminders, now: DateTime<Utc>, n: &mut dyn Notifier) -> bool {
    let Some(d) = &app.data else { return false };
    let due = r.due(&d.schedule, &app.config, now, app.tz);
    for x in &due {
        deliver(x, &app.config, n);
    }
    match due.last() {
        Some(last) => {
            app.status.info = Some(format!("⏰ {}", last.text()));
            true
        }
        None => false,
    }
}
