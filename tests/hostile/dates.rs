//! Defect 8: calendar dates at the edge of the representable range are a
//! warning that drops the entry, never a panic; also `schedule --from`.

use crate::support::{text, Home};

const EDGE_YAML: &str = r#"timezone: Europe/Berlin
events:
  - summary: Far future
    begin: 9999-12-31 23:59:59
    duration:
      minutes: 50
    repeat:
      interval:
        weeks: 1
  - summary: Ancient
    begin: 0001-01-01 00:00:00
    duration:
      minutes: 50
  - summary: Until the end
    begin: 2026-01-05 10:00:00
    duration:
      minutes: 50
    repeat:
      interval:
        weeks: 1
      until: 9999-12-31
  - summary: Odd except
    begin: 2026-01-05 11:00:00
    duration:
      minutes: 50
    repeat:
      interval:
        weeks: 1
      except_on:
        - 9999-12-31 11:00:00
        - 0001-01-01 11:00:00
  - summary: Fine
    begin: 2026-01-05 12:00:00
    duration:
      minutes: 50
    repeat:
      interval:
        weeks: 1
"#;

const EDGE_ICS: &str = "BEGIN:VCALENDAR\r\n\
BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Max\r\nDTSTART:99991231T235959Z\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Min\r\nDTSTART:00010101T000000\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Until max\r\nDTSTART:20260105T100000Z\r\nRRULE:FREQ=WEEKLY;UNTIL=99991231T235959Z\r\nEXDATE:99991231T235959Z\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:d\r\nSUMMARY:Fine\r\nDTSTART:20260105T120000Z\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";

#[test]
fn edge_dates_in_yaml_and_ics_are_warnings_not_panics() {
    let h = Home::new();
    h.write("cal/main.yml", EDGE_YAML);
    h.write("feed.ics", EDGE_ICS);
    let cal = h.path().join("cal");
    let ics = h.path().join("feed.ics");
    for source in [["--calendar-dir", cal.to_str().unwrap()], ["--ics-source", ics.to_str().unwrap()]] {
        let mut args = source.to_vec();
        args.extend(["schedule", "--from", "2026-01-05", "--days", "7", "--json"]);
        let out = h.run(&args);
        let err = text(&out.stderr);
        assert_ne!(out.status.code(), Some(101), "panicked: {err}");
        assert!(out.status.success(), "{source:?}: {err}");
        assert!(err.contains("outside 1900–2200"), "{source:?}: {err}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(v.as_array().unwrap().iter().any(|o| o["title"] == "Fine"), "the other entries stay: {v}");
        // The other commands that load the calendar, and the ICS export.
        for cmd in [vec!["schedule", "--from", "2026-01-05", "--ics"], vec!["schedule", "--days", "3660"]] {
            let mut a = source.to_vec();
            a.extend(cmd.iter().copied());
            let out = h.run(&a);
            assert!(out.status.success(), "{a:?}: {}", text(&out.stderr));
        }
    }
}

#[test]
fn schedule_from_at_the_edge_is_an_error_not_a_panic() {
    let h = Home::new();
    for from in ["9999-12-31", "0001-01-01", "262143-12-31", "2200-12-31"] {
        let out = h.run(&["--demo", "schedule", "--from", from, "--days", "3660", "--json"]);
        assert_ne!(out.status.code(), Some(101), "{from} panicked: {}", text(&out.stderr));
        if from == "2200-12-31" {
            assert!(out.status.success(), "{}", text(&out.stderr));
        } else {
            assert!(!out.status.success());
            let err = text(&out.stderr);
            assert!(err.contains("1900") || err.contains("not a date"), "{err}");
        }
    }
}
