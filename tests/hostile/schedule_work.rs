//! Defect 11: a small hostile ICS (100k BYDAY values, 86,400 EXDATEs, a
//! SECONDLY rule) neither freezes the CLI nor the TUI: the work per rule is
//! capped (with a warning) and the TUI expands the schedule once per data
//! load and per week, off the UI thread.

use std::time::{Duration, Instant};

use crate::support::{text, Home, Tmux};

fn hostile_ics() -> String {
    let days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    let byday: Vec<String> = (0..100_000).map(|i| format!("{}{}", (i % 5) + 1, days[i % 7])).collect();
    let mut s = String::from("BEGIN:VCALENDAR\r\n");
    s.push_str("BEGIN:VEVENT\r\nUID:byday\r\nSUMMARY:Many BYDAY\r\nDTSTART:20260105T100000Z\r\nDURATION:PT30M\r\n");
    s.push_str(&format!("RRULE:FREQ=MONTHLY;BYDAY={}\r\nEND:VEVENT\r\n", byday.join(",")));
    s.push_str("BEGIN:VEVENT\r\nUID:exdates\r\nSUMMARY:Many EXDATEs\r\nDTSTART:20260105T000000Z\r\nDURATION:PT1M\r\nRRULE:FREQ=MINUTELY\r\n");
    for i in 0..86_400u32 {
        let (d, rest) = (5 + i / 1440, i % 1440);
        s.push_str(&format!("EXDATE:202601{:02}T{:02}{:02}00Z\r\n", d.min(28), rest / 60, rest % 60));
    }
    s.push_str("END:VEVENT\r\n");
    s.push_str("BEGIN:VEVENT\r\nUID:secondly\r\nSUMMARY:Every second\r\nDTSTART:20260105T000000Z\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\n");
    s.push_str("BEGIN:VEVENT\r\nUID:fine\r\nSUMMARY:Fine meeting\r\nDTSTART:20260105T120000Z\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n");
    s.push_str("END:VCALENDAR\r\n");
    s
}

#[test]
fn cli_schedule_over_a_hostile_ics_is_capped_and_warns() {
    let h = Home::new();
    let ics = h.write("hostile.ics", hostile_ics());
    let out =
        h.run(&["--ics-source", ics.to_str().unwrap(), "schedule", "--from", "2026-01-05", "--days", "30", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("BYDAY has 100000 values"), "{err}");
    assert!(err.contains("times a day"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let n = v.as_array().unwrap().len();
    assert!(n <= 4 * scsdash::schedule::limits::MAX_OCCURRENCES_PER_WINDOW, "{n} occurrences");
    assert!(v.as_array().unwrap().iter().any(|o| o["title"] == "Fine meeting"));
}

#[test]
fn library_expansion_of_the_hostile_ics_is_bounded() {
    let cal = scsdash::schedule::parse_ics(&hostile_ics()).unwrap();
    let s = scsdash::schedule::Schedule::new(vec![cal], &[]);
    let from = chrono::DateTime::parse_from_rfc3339("2026-01-05T00:00:00Z").unwrap().to_utc();
    let to = from + chrono::Duration::days(400);
    let t = Instant::now();
    let occ = s.occurrences(from, to, chrono_tz::Europe::Berlin);
    // A generous bound (debug build, a loaded 2-core machine): before the
    // caps this took minutes.
    assert!(t.elapsed() < Duration::from_secs(20), "{:?}", t.elapsed());
    assert!(occ.len() <= 4 * scsdash::schedule::limits::MAX_OCCURRENCES_PER_WINDOW);
}

#[test]
fn tui_keys_stay_responsive_on_a_hostile_ics() {
    let h = Home::new();
    let ics = h.write("hostile.ics", hostile_ics()).display().to_string();
    let Some(t) = Tmux::start(h, "", &format!("--offline --ics-source '{ics}'"), 120, 40) else { return };
    t.wait_for("Overview");
    t.wait_until("the data", |s| !s.contains("Loading"));
    t.send(&["2"]);
    t.wait_for("Week of");
    // Each key is answered promptly (the bound is the helper's 30 s; before
    // the fix one key took about as long).
    for _ in 0..3 {
        let before = t.screen();
        let week = before.lines().find(|l| l.contains("Week of")).unwrap_or("").to_string();
        t.send(&["]"]);
        t.wait_until("the next week", |s| s.lines().find(|l| l.contains("Week of")).is_some_and(|l| l != week));
    }
    t.send(&["q"]);
    assert_eq!(t.wait_exit(20).as_deref(), Some("exit=0"));
}
