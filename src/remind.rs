//! Meeting reminders: N minutes before a meeting of the user's teams
//! (`reminders.minutes_before`), a notice, the terminal bell and a desktop
//! notification. The clock is passed in (`now`), and the bell and the
//! notification go through [`Notifier`], so tests use a fake clock and a
//! recording notifier. Used by the TUI's minute tick and by `scsdash remind`.

use std::collections::HashSet;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use chrono_tz::Tz;

use crate::config::Config;
use crate::schedule::Schedule;
use crate::teams::{is_my_meeting, my_teams};

/// One reminder to give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub title: String,
    pub start: DateTime<FixedOffset>,
    /// The configured offset that fired.
    pub minutes_before: u32,
    /// The call link, if any.
    pub url: Option<String>,
}

impl Reminder {
    /// "Team Container in 10 min (09:05) · https://…", one sanitised line.
    pub fn text(&self) -> String {
        let when = if self.minutes_before == 0 { "now".to_string() } else { format!("in {} min", self.minutes_before) };
        let mut s = format!("{} {when} ({})", self.title, self.start.format("%H:%M"));
        if let Some(u) = &self.url {
            s.push_str(" · ");
            s.push_str(u);
        }
        crate::text::sanitize_line(&s).into_owned()
    }
}

/// Where reminders go besides the status line: the bell and the desktop.
pub trait Notifier {
    /// Ring the terminal bell.
    fn bell(&mut self);
    /// A desktop notification; failures (no notification service) are silent.
    fn notify(&mut self, summary: &str, body: &str);
}

/// A notifier that only records what it was asked to give (for tests: the
/// crate's and `tests/reminders.rs`).
#[doc(hidden)]
#[derive(Debug, Default)]
pub struct Recorder {
    /// Bells rung.
    pub bells: usize,
    /// Notifications: (summary, body).
    pub notes: Vec<(String, String)>,
}

impl Notifier for Recorder {
    fn bell(&mut self) {
        self.bells += 1;
    }
    fn notify(&mut self, summary: &str, body: &str) {
        self.notes.push((summary.to_string(), body.to_string()));
    }
}

/// The real notifier: BEL on stdout, and notify-rust for the desktop (on a
/// thread of its own, errors ignored: without D-Bus it stays silent).
#[derive(Debug, Default)]
pub struct SystemNotifier;

impl Notifier for SystemNotifier {
    fn bell(&mut self) {
        use std::io::Write;
        let mut out = std::io::stdout();
        let _ = out.write_all(b"\x07");
        let _ = out.flush();
    }

    fn notify(&mut self, summary: &str, body: &str) {
        let (summary, body) = (summary.to_string(), body.to_string());
        let _ = std::thread::Builder::new().name("notify".into()).spawn(move || {
            let _ = notify_rust::Notification::new().appname("scsdash").summary(&summary).body(&body).show();
        });
    }
}

/// Give a reminder through `n` as configured (bell, desktop).
pub fn deliver(r: &Reminder, cfg: &crate::config::RemindersConfig, n: &mut dyn Notifier) {
    if cfg.bell {
        n.bell();
    }
    if cfg.desktop {
        let when = if r.minutes_before == 0 { "now".to_string() } else { format!("in {} min", r.minutes_before) };
        let body = match &r.url {
            Some(u) => format!("{when}, {} · {u}", r.start.format("%H:%M")),
            None => format!("{when}, {}", r.start.format("%H:%M")),
        };
        n.notify(&crate::text::sanitize_line(&r.title), &crate::text::sanitize_line(&body));
    }
}

/// Which reminders were given; a reminder is due when its time
/// (`start - minutes_before`) passes between two checks.
#[derive(Debug, Clone)]
pub struct Reminders {
    fired: HashSet<(String, i64, u32)>,
    last: DateTime<Utc>,
}

/// After a long pause (suspend), reminders older than this are not given late.
const MAX_LATE: TimeDelta = TimeDelta::minutes(2);

impl Reminders {
    /// Start watching at `now`: reminders whose time has passed are not given.
    pub fn new(now: DateTime<Utc>) -> Reminders {
        Reminders { fired: HashSet::new(), last: now }
    }

    pub fn offsets(cfg: &Config) -> Vec<u32> {
        let mut v: Vec<u32> = cfg.reminders.minutes_before.iter().copied().filter(|m| *m <= 24 * 60).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// The reminders due at `now` (each given once), for the teams of `user.teams`.
    pub fn due(&mut self, schedule: &Schedule, cfg: &Config, now: DateTime<Utc>, tz: Tz) -> Vec<Reminder> {
        let offsets = Self::offsets(cfg);
        let lo = self.last.max(now - MAX_LATE);
        self.last = self.last.max(now);
        let Some(max) = offsets.last().copied() else { return vec![] };
        if now <= lo {
            return vec![];
        }
        let from = lo;
        let to = now + TimeDelta::minutes(i64::from(max)) + TimeDelta::seconds(1);
        let mut out = Vec::new();
        let mine = my_teams(cfg, &cfg.user.teams);
        for o in schedule.occurrences(from, to, tz) {
            if o.cancelled || o.all_day || !is_my_meeting(&mine, &o) {
                continue;
            }
            let start = o.start.with_timezone(&Utc);
            // only the nearest offset of a crossing: after a pause, not "10 min" and "1 min" at once
            let hit = offsets.iter().copied().filter(|m| {
                let t = start - TimeDelta::minutes(i64::from(*m));
                lo < t && t <= now
            });
            if let Some(m) = hit.min() {
                if self.fired.insert((o.uid.clone(), start.timestamp(), m)) {
                    out.push(Reminder {
                        title: o.title.clone(),
                        start: o.start,
                        minutes_before: m,
                        url: crate::schedule::links::call_url(o.location.as_deref(), o.description.as_deref()),
                    });
                }
            }
        }
        out
    }

    /// How long until the next reminder could be due (at most `cap`), for a sleeping loop.
    pub fn next_in(&self, schedule: &Schedule, cfg: &Config, now: DateTime<Utc>, tz: Tz, cap: Duration) -> Duration {
        let offsets = Self::offsets(cfg);
        let cap_d = TimeDelta::from_std(cap).unwrap_or(TimeDelta::hours(1));
        let Some(max) = offsets.last().copied() else { return cap };
        let to = now + cap_d + TimeDelta::minutes(i64::from(max));
        let mine = my_teams(cfg, &cfg.user.teams);
        let next = schedule
            .occurrences(now, to, tz)
            .into_iter()
            .filter(|o| !o.cancelled && !o.all_day && is_my_meeting(&mine, o))
            .flat_map(|o| {
                let s = o.start.with_timezone(&Utc);
                offsets.iter().map(move |m| s - TimeDelta::minutes(i64::from(*m))).collect::<Vec<_>>()
            })
            .filter(|t| *t > now)
            .min();
        match next {
            Some(t) => (t - now).to_std().unwrap_or(Duration::ZERO).min(cap),
            None => cap,
        }
    }
}

/// Whether a minutes file can announce a slot at all: some paragraph (text
/// between blank lines, soft line breaks joined) names a weekday and a time,
/// which the slot extractor needs within one line of one block. A superset
/// of the files with slots, so most files are never parsed here.
pub fn may_announce_slots(bytes: &[u8]) -> bool {
    static DAY_AND_TIME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?:mon|tue|wed|thu|fri|sat|sun)[^\n]*\d[:.]\d\d|\d[:.]\d\d[^\n]*(?:mon|tue|wed|thu|fri|sat|sun)",
        )
        .expect("valid regex")
    });
    let text = String::from_utf8_lossy(bytes).to_ascii_lowercase().replace('\r', "");
    text.split("\n\n").any(|block| DAY_AND_TIME.is_match(&block.replace('\n', " ")))
}

/// The weekly slots announced in a workspace's minutes, without the rest of
/// the minutes analysis (only files that can announce one are parsed).
pub fn slots_of(ws: &crate::sources::Workspace) -> Vec<crate::model::WeeklySlot> {
    ws.minutes
        .iter()
        .filter(|f| {
            let p = f.path.to_ascii_lowercase();
            p.ends_with(".md") && f.path.contains('/') && crate::minutes::path_info(&f.path).1.is_some()
        })
        .filter(|f| may_announce_slots(&f.bytes))
        .flat_map(crate::minutes::parse_slots)
        .collect()
}

/// Build the schedule from a workspace without the rest of the minutes
/// analysis: the calendar plus the slots announced in the minutes.
pub fn schedule_of(ws: &crate::sources::Workspace) -> Schedule {
    schedule_with(ws, &slots_of(ws))
}

/// The schedule from a workspace's calendar and the given minutes slots.
pub fn schedule_with(ws: &crate::sources::Workspace, slots: &[crate::model::WeeklySlot]) -> Schedule {
    let mut calendars = Vec::new();
    if !ws.calendar.is_empty() {
        if let Ok(c) = crate::schedule::load_yaml2ics(&ws.calendar) {
            calendars.push(c);
        }
    }
    if let Some(text) = &ws.ics {
        if let Ok(c) = crate::schedule::parse_ics(text) {
            calendars.push(c);
        }
    }
    Schedule::new(calendars, slots)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(h: u32, m: u32, s: u32) -> DateTime<Utc> {
        // Thursday 2026-11-26; the demo's Tech Weekly starts 15:05 Berlin = 14:05 UTC
        Utc.with_ymd_and_hms(2026, 11, 26, h, m, s).unwrap()
    }

    fn demo() -> Schedule {
        schedule_of(&crate::sources::Workspace::demo())
    }

    fn cfg() -> Config {
        let mut c = Config::default();
        c.user.teams = vec!["community-call".into()];
        c
    }

    #[test]
    fn fires_each_offset_once_with_a_fake_clock() {
        let (s, c, tz) = (demo(), cfg(), chrono_tz::Europe::Berlin);
        let mut r = Reminders::new(utc(13, 50, 0));
        assert!(r.due(&s, &c, utc(13, 54, 0), tz).is_empty(), "11 min before: nothing yet");
        let got = r.due(&s, &c, utc(13, 55, 0), tz);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].minutes_before, 10);
        assert_eq!(got[0].text(), "SCS Tech Weekly in 10 min (15:05) · https://conf.scs.koeln:8443/SCS-Tech");
        assert!(r.due(&s, &c, utc(13, 55, 0), tz).is_empty(), "once");
        assert!(r.due(&s, &c, utc(13, 56, 0), tz).is_empty());
        let got = r.due(&s, &c, utc(14, 4, 0), tz);
        assert_eq!(got.iter().map(|x| x.minutes_before).collect::<Vec<_>>(), vec![1]);
        assert!(r.due(&s, &c, utc(14, 10, 0), tz).is_empty(), "after the start nothing more");
        let mut n = Recorder::default();
        deliver(&got[0], &c.reminders, &mut n);
        assert_eq!(n.bells, 1);
        assert_eq!(
            n.notes,
            vec![("SCS Tech Weekly".into(), "in 1 min, 15:05 · https://conf.scs.koeln:8443/SCS-Tech".into())]
        );
        let mut quiet = c.clone();
        quiet.reminders.bell = false;
        quiet.reminders.desktop = false;
        let mut n = Recorder::default();
        deliver(&got[0], &quiet.reminders, &mut n);
        assert_eq!((n.bells, n.notes.len()), (0, 0));
    }

    #[test]
    fn other_teams_and_old_reminders_are_skipped() {
        let (s, tz) = (demo(), chrono_tz::Europe::Berlin);
        let mut c = cfg();
        c.user.teams = vec!["Team Nobody".into()];
        let mut r = Reminders::new(utc(13, 50, 0));
        assert!(r.due(&s, &c, utc(14, 5, 0), tz).is_empty());
        // started after the reminder time: not given late
        let c = cfg();
        let mut r = Reminders::new(utc(13, 58, 0));
        assert!(r.due(&s, &c, utc(13, 59, 0), tz).is_empty());
        // a long pause (suspend) gives only the nearest offset, not both
        let mut r = Reminders::new(utc(13, 0, 0));
        let got = r.due(&s, &c, utc(14, 4, 30), tz);
        assert_eq!(got.iter().map(|x| x.minutes_before).collect::<Vec<_>>(), vec![1]);
    }

    #[test]
    fn next_in_points_at_the_next_reminder() {
        let (s, c, tz) = (demo(), cfg(), chrono_tz::Europe::Berlin);
        let r = Reminders::new(utc(13, 50, 0));
        assert_eq!(r.next_in(&s, &c, utc(13, 50, 0), tz, Duration::from_secs(3600)), Duration::from_secs(300));
        assert_eq!(r.next_in(&s, &c, utc(13, 50, 0), tz, Duration::from_secs(60)), Duration::from_secs(60));
    }
}
