//! Defect 1: every subcommand, table and JSON, goes through one output
//! sanitiser: C1 controls and bidi overrides are escaped (`\uXXXX`) in JSON
//! and replaced in tables.

use crate::support::{is_hostile_char, text, Home};

const HOSTILE: &str = "# Team Container 2026-11-16\n\n\
## Meta\n\n- Minutes: Ada\u{202E}evil\u{9B}31m\n\n\
- _AI @mallory_: pay \u{202E}0001\u{2066} now\u{85}\u{9B}2J\n\n\
Decision: adopt \u{2067}the\u{9D}0;title\u{7}plan\u{202C}\n\n\
### Tenders\n\n- VP14 (IPv6 \u{202E}routing\u{9B}): Tender is open\n";

fn home() -> Home {
    let h = Home::new();
    h.write("minutes/container/20261116.md", HOSTILE);
    h.write("minutes/community-call/20261119.md", HOSTILE.replace("Team Container", "SCS Tech Weekly"));
    h
}

#[test]
fn json_of_every_subcommand_escapes_c1_and_bidi() {
    let h = home();
    let dir = h.path().join("minutes");
    let d = dir.to_str().unwrap();
    for args in [
        vec!["meetings", "--json"],
        vec!["actions", "--status", "all", "--json"],
        vec!["decisions", "--json"],
        vec!["tenders", "--json"],
        vec!["search", "pay", "--json"],
    ] {
        let mut all = vec!["--minutes-dir", d];
        all.extend(args.iter().copied());
        let out = h.run(&all);
        let stdout = text(&out.stdout);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let bad: Vec<char> = stdout.chars().filter(|&c| is_hostile_char(c)).collect();
        assert!(bad.is_empty(), "{args:?} printed raw {bad:?}:\n{stdout}");
        let v: serde_json::Value = serde_json::from_str(&stdout).expect("still valid JSON");
        assert!(v.is_array() || v.is_object());
        let lower = stdout.to_ascii_lowercase();
        assert!(
            ["\\u202e", "\\u009b", "\\u2067", "\u{fffd}"].iter().any(|e| lower.contains(e)),
            "{args:?}: the hostile characters are escaped, not lost:\n{stdout}"
        );
    }
}

#[test]
fn tables_of_every_subcommand_replace_c1_and_bidi() {
    let h = home();
    let dir = h.path().join("minutes");
    let d = dir.to_str().unwrap();
    for args in [
        vec!["meetings"],
        vec!["actions", "--status", "all"],
        vec!["decisions"],
        vec!["tenders"],
        vec!["search", "pay"],
    ] {
        let mut all = vec!["--minutes-dir", d];
        all.extend(args.iter().copied());
        let out = h.run(&all);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let stdout = text(&out.stdout);
        let bad: Vec<char> = stdout.chars().filter(|&c| is_hostile_char(c)).collect();
        assert!(bad.is_empty(), "{args:?} printed raw {bad:?}:\n{stdout}");
        let stderr = text(&out.stderr);
        assert!(!stderr.chars().any(is_hostile_char), "{args:?} stderr: {stderr:?}");
    }
}

#[test]
fn schedule_json_and_ics_export_are_clean() {
    let h = Home::new();
    h.write(
        "cal.ics",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260105T100000Z\r\nDURATION:PT1H\r\n\
SUMMARY:Team \u{202E}A\u{9B}2J\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    let ics = h.path().join("cal.ics");
    let i = ics.to_str().unwrap();
    for args in [
        vec!["--ics-source", i, "schedule", "--from", "2026-01-05", "--json"],
        vec!["--ics-source", i, "schedule", "--from", "2026-01-05"],
        vec!["--ics-source", i, "schedule", "--from", "2026-01-05", "--ics"],
    ] {
        let out = h.run(&args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let stdout = text(&out.stdout);
        assert!(!stdout.chars().any(|c| is_hostile_char(c) && c != '\r'), "{args:?}: {stdout:?}");
    }
}
