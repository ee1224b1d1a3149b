//! `scsdash remind`: the reminders of the dashboard without it, for a user service.

use std::time::Duration;

use chrono::Utc;

use crate::config::Config;
use crate::remind::{deliver, Notifier, Reminders, SystemNotifier};
use crate::schedule::Schedule;

/// `scsdash remind`: watch the schedule from the cache or local sources and
/// give reminders until SIGTERM or SIGINT (exit 0). Prints each reminder as a
/// line on stdout; the workspace is re-read every 10 minutes (after a sync).
pub async fn run_cli(opts: &super::GlobalOpts, cfg: &Config) -> Result<(), String> {
    use std::io::Write;
    let tz = crate::schedule::resolve_display_tz(opts.tz.as_deref(), cfg.user.timezone.as_deref())
        .map_err(|e| e.to_string())?;
    let mut choice = crate::data::SourceChoice::new(&opts.sources(), cfg);
    choice.offline = true;
    let load = |choice: &crate::data::SourceChoice| -> Result<Schedule, String> {
        let (ws, slots) = crate::data::schedule_inputs(choice).map_err(|e| e.to_string())?;
        if matches!(ws.origin, crate::sources::Origin::Demo) && !choice.demo {
            return Err("no calendar yet: run `scsdash sync` once (or pass --calendar-dir / --ics / --demo)".into());
        }
        Ok(crate::remind::schedule_with(&ws, &slots))
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
            deliver(&r, &cfg.reminders, &mut quiet_bell);
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
