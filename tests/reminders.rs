//! Reminders with a fake clock and a recording notifier (the bell and the
//! desktop notification are behind `remind::Notifier`), the status-line
//! notice in the dashboard, and `scsdash remind` ending on SIGTERM.

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use chrono::{TimeZone, Utc};
use scsdash::app::Cmd;
use scsdash::remind::{deliver, Recorder, Reminders};
use support::*;

/// What the runner does with the commands of a minute's check: give the
/// reminders through the notifier. Returns how many commands there were.
fn check(app: &mut scsdash::app::App, r: &mut Reminders, now: chrono::DateTime<Utc>, n: &mut Recorder) -> usize {
    let cmds = scsdash::app::reminders::check(app, r, now);
    for c in &cmds {
        match c {
            Cmd::Remind { reminders, how } => reminders.iter().for_each(|x| deliver(x, how, n)),
            other => panic!("a reminder check asks only for reminders, not {other:?}"),
        }
    }
    cmds.len()
}

#[test]
fn the_dashboard_reminds_with_a_notice_the_bell_and_a_notification() {
    let mut app = demo_app();
    app.config.user.teams = vec!["community-call".into()];
    // Thursday 2026-11-26: the Tech Weekly starts 15:05 Berlin (14:05 UTC)
    let t = |h, m| Utc.with_ymd_and_hms(2026, 11, 26, h, m, 0).unwrap();
    let mut r = Reminders::new(t(13, 50));
    let mut n = Recorder::default();
    assert_eq!(check(&mut app, &mut r, t(13, 54), &mut n), 0);
    assert_eq!(app.status.info, None);
    assert_eq!(check(&mut app, &mut r, t(13, 55), &mut n), 1);
    assert_eq!(n.bells, 1);
    assert_eq!(n.notes.len(), 1);
    assert_eq!(n.notes[0].0, "SCS Tech Weekly");
    let info = app.status.info.clone().unwrap();
    assert!(info.contains("SCS Tech Weekly in 10 min (15:05)"), "{info}");
    assert!(screen(&mut app, 120, 40).contains("SCS Tech Weekly in 10 min"));
    // the bell can be turned off; the 1-minute reminder still notifies
    app.config.reminders.bell = false;
    assert_eq!(check(&mut app, &mut r, t(14, 4), &mut n), 1);
    assert_eq!((n.bells, n.notes.len()), (1, 2));
    // no reminders configured: nothing
    app.config.reminders.minutes_before.clear();
    let mut r = Reminders::new(t(13, 50));
    assert_eq!(check(&mut app, &mut r, t(13, 55), &mut n), 0);
}

/// The runner's minute tick is `App::on_tick`: the app keeps the reminders
/// given (from `App::start` on) and returns the `Cmd::Remind` once.
#[test]
fn the_minute_tick_gives_each_reminder_once_through_update() {
    let mut app = demo_app();
    app.config.user.teams = vec!["community-call".into()];
    let t = |h, m| Utc.with_ymd_and_hms(2026, 11, 26, h, m, 0).unwrap();
    let demo =
        scsdash::data::SourceChoice::new(&scsdash::data::SourceOpts { demo: true, ..Default::default() }, &app.config);
    app.start(demo, t(13, 50));
    let (cmds, _) = app.on_tick(t(13, 54));
    assert!(cmds.is_empty(), "{cmds:?}");
    let (cmds, redraw) = app.on_tick(t(13, 55));
    assert!(matches!(cmds.as_slice(), [Cmd::Remind { reminders, .. }] if reminders.len() == 1), "{cmds:?}");
    assert!(redraw);
    assert!(app.status.info.as_deref().is_some_and(|i| i.contains("SCS Tech Weekly in 10 min")));
    let (cmds, _) = app.on_tick(t(13, 55));
    assert!(cmds.is_empty(), "once: {cmds:?}");
}

#[cfg(unix)]
#[test]
fn remind_ends_on_sigterm() {
    let d = tempfile::tempdir().unwrap();
    let cfg = d.path().join("config.toml");
    std::fs::write(&cfg, "[reminders]\ndesktop = false\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_scsdash"))
        .args(["--config", cfg.to_str().unwrap(), "--demo", "remind"])
        .env("HOME", d.path())
        .env("XDG_STATE_HOME", d.path().join("state"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // the first line on stderr says it is watching: the signal handler is set up
    let mut first = String::new();
    BufReader::new(child.stderr.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.contains("watching"), "{first}");
    let rc = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) };
    assert_eq!(rc, 0);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{status:?}");
}
