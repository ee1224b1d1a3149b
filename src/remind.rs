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
pub fn deliver(r: &Reminder, cfg: &Config, n: &mut dyn Notifier) {
    if cfg.reminders.bell {
        n.bell();
    }
    if cfg.reminders.desktop {
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

    fn offsets(cfg: &Config) -> Vec<u32> {
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
        for o in schedule.occurrences(from, to, tz) {
            if o.cancelled || o.all_day || !crate::cli::next::is_my_meeting(cfg, &cfg.user.teams, &o) {
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
        let next = schedule
            .occurrences(now, to, tz)
            .into_iter()
            .filter(|o| !o.cancelled && !o.all_day && crate::cli::next::is_my_meeting(cfg, &cfg.user.teams, o))
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

/// `scsdash remind`: watch the schedule from the cache or local sources and
/// give reminders until SIGTERM or SIGINT (exit 0). Prints each reminder as a
/// line on stdout; the workspace is re-read every 10 minutes (after a sync).
pub async fn run_cli(opts: &crate::cli::GlobalOpts, cfg: &Config) -> Result<(), String> {
    use std::io::Write;
    let tz = crate::schedule::resolve_display_tz(opts.tz.as_deref(), cfg.user.timezone.as_deref())
        .map_err(|e| e.to_string())?;
    let mut choice = crate::data::SourceChoice::new(opts, cfg);
    choice.offline = true;
    let load = |choice: &crate::data::SourceChoice| -> Result<Schedule, String> {
        let ws = crate::data::load_workspace(choice)?;
        if matches!(ws.origin, crate::sources::Origin::Demo) && !choice.demo {
            return Err("no calendar yet: run `scsdash sync` once (or pass --calendar-dir / --ics / --demo)".into());
        }
        Ok(crate::cli::next::schedule_of(&ws))
    };
    let mut schedule = {
        let c = choice.clone();
        tokio::task::spawn_blocking(move || load(&c)).await.map_err(|e| e.to_string())??
    };
    #[cfg(unix)]
    let (mut term, mut int) = {
        use tokio::signal::unix::{signal, SignalKind};
        (
            signal(SignalKind::terminate()).map_err(|e| e.to_string())?,
            signal(SignalKind::interrupt()).map_err(|e| e.to_string())?,
        )
    };
    let mut reminders = Reminders::new(Utc::now());
    let mut notifier = SystemNotifier;
    let offsets = Reminders::offsets(cfg);
    eprintln!(
        "scsdash remind: watching{} meetings, {} min before; SIGTERM or Ctrl-C ends",
        if cfg.user.teams.is_empty() { " all".to_string() } else { format!(" {}'s", cfg.user.teams.join(", ")) },
        offsets.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
    );
    let mut reloaded = std::time::Instant::now();
    loop {
        let now = Utc::now();
        for r in reminders.due(&schedule, cfg, now, tz) {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{}", r.text());
            let _ = out.flush();
            drop(out);
            let mut quiet_bell = BellOff(&mut notifier);
            deliver(&r, cfg, &mut quiet_bell);
        }
        if reloaded.elapsed() >= Duration::from_secs(600) {
            let c = choice.clone();
            if let Ok(Ok(s)) = tokio::task::spawn_blocking(move || load(&c)).await {
                schedule = s;
            }
            reloaded = std::time::Instant::now();
        }
        // wake at the next reminder (plus a little), at most a minute from now
        let wait =
            reminders.next_in(&schedule, cfg, Utc::now(), tz, Duration::from_secs(60)) + Duration::from_millis(50);
        #[cfg(unix)]
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = term.recv() => return Ok(()),
            _ = int.recv() => return Ok(()),
        }
        #[cfg(not(unix))]
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = tokio::signal::ctrl_c() => return Ok(()),
        }
    }
}

/// Without a terminal of its own, `remind` rings the bell by printing BEL
/// only when stdout is a terminal.
struct BellOff<'a>(&'a mut dyn Notifier);

impl Notifier for BellOff<'_> {
    fn bell(&mut self) {
        use std::io::IsTerminal;
        if std::io::stdout().is_terminal() {
            self.0.bell();
        }
    }
    fn notify(&mut self, summary: &str, body: &str) {
        self.0.notify(summary, body);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[derive(Default)]
    struct Recorder {
        bells: usize,
        notes: Vec<(String, String)>,
    }

    impl Notifier for Recorder {
        fn bell(&mut self) {
            self.bells += 1;
        }
        fn notify(&mut self, s: &str, b: &str) {
            self.notes.push((s.to_string(), b.to_string()));
        }
    }

    fn utc(h: u32, m: u32, s: u32) -> DateTime<Utc> {
        // Thursday 2026-11-26; the demo's Tech Weekly starts 15:05 Berlin = 14:05 UTC
        Utc.with_ymd_and_hms(2026, 11, 26, h, m, s).unwrap()
    }

    fn demo() -> Schedule {
        crate::cli::next::schedule_of(&crate::sources::Workspace::demo())
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
        deliver(&got[0], &c, &mut n);
        assert_eq!(n.bells, 1);
        assert_eq!(
            n.notes,
            vec![("SCS Tech Weekly".into(), "in 1 min, 15:05 · https://conf.scs.koeln:8443/SCS-Tech".into())]
        );
        let mut quiet = c.clone();
        quiet.reminders.bell = false;
        quiet.reminders.desktop = false;
        let mut n = Recorder::default();
        deliver(&got[0], &quiet, &mut n);
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
