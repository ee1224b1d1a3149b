//! One module per pane: each draws from `&App` and nothing else.

pub mod actions;
pub mod archive;
pub mod board;
pub mod editor;
pub mod overview;
pub mod schedule;
pub mod tenders;

use chrono::{DateTime, TimeZone, Utc};

/// The panes' own entries of the help overlay (and of the command palette)
/// live with the app, which lists them in the palette.
pub use crate::app::help::{pane_help, pane_letters};

/// "now", "in 5 min", "in 2 h 10 min", "in 42 h", "in 3 d 4 h": precise
/// enough to plan by (a meeting 43 h away is not "in 1 day").
pub fn countdown<Tz: TimeZone>(now: DateTime<Utc>, start: &DateTime<Tz>, end: &DateTime<Tz>) -> String {
    let start = start.with_timezone(&Utc);
    let end = end.with_timezone(&Utc);
    if start <= now && now < end {
        return "now".into();
    }
    let mins = (start - now).num_minutes().max(0);
    match mins {
        0 => "in < 1 min".into(),
        1..=59 => format!("in {mins} min"),
        60..=1439 => format!("in {} h {} min", mins / 60, mins % 60),
        1440..=2879 => format!("in {} h", mins / 60),
        _ if (mins / 60) % 24 == 0 => format!("in {} d", mins / 1440),
        _ => format!("in {} d {} h", mins / 1440, (mins / 60) % 24),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdown_words() {
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap();
        let s = |m: i64| now + chrono::Duration::minutes(m);
        assert_eq!(countdown(now, &s(5), &s(55)), "in 5 min");
        assert_eq!(countdown(now, &s(130), &s(180)), "in 2 h 10 min");
        assert_eq!(countdown(now, &s(-5), &s(45)), "now");
        assert_eq!(countdown(now, &s(3 * 1440), &s(3 * 1440 + 50)), "in 3 d");
        assert_eq!(countdown(now, &s(43 * 60 - 20), &s(43 * 60)), "in 42 h");
        assert_eq!(countdown(now, &s(2 * 1440 + 18 * 60 + 5), &s(3 * 1440)), "in 2 d 18 h");
    }
}
