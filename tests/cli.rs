//! The subcommands, run as a user would: the real binary on the demo data
//! and on a small local folder. No network: `--demo` and local folders never sync.

use std::process::{Command, Output};

/// The demo data's day: a `--demo` run answers as on 2026-11-26 unless the test says
/// otherwise, so that no answer depends on the clock (open tenders and action items go
/// stale as the real days pass, the current sprint ends).
const DEMO_DAY: [&str; 2] = ["--as-of", "2026-11-26"];

fn run(args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    let pinned = args.first() == Some(&"--demo") && !args.contains(&"--as-of");
    Command::new(env!("CARGO_BIN_EXE_scsdash"))
        .args(if pinned { &args[..1] } else { args })
        .args(if pinned { &DEMO_DAY[..] } else { &[] })
        .args(if pinned { &args[1..] } else { &[] })
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_STATE_HOME", home.path().join("state"))
        .env_remove("GITHUB_TOKEN")
        .env_remove("GH_TOKEN")
        .output()
        .unwrap()
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = run(args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn meetings_json_lists_the_demo_minutes() {
    let v = json(&["--demo", "meetings", "--json"]);
    let arr = v.as_array().unwrap();
    assert!(arr.len() >= 30, "{}", arr.len());
    let m = arr.iter().find(|m| m["path"] == "community-call/20261119.md").expect("tech weekly");
    assert_eq!(m["series"], "community-call");
    assert_eq!(m["date"], "2026-11-19");
    assert!(m["minute_takers"].as_array().unwrap().iter().any(|x| x == "Tobias"));
}

#[test]
fn actions_filters_by_owner_and_status() {
    let v = json(&["--demo", "actions", "--owner", "demo-user", "--json"]);
    let arr = v.as_array().unwrap();
    assert!(!arr.is_empty());
    for a in arr {
        assert_eq!(a["status"], "open");
        assert!(
            a["owners"].as_array().unwrap().iter().any(|o| o.as_str().unwrap().eq_ignore_ascii_case("demo-user")),
            "{a}"
        );
        assert!(a["mentions"][0]["line"].as_u64().unwrap() >= 1);
    }
    let dropped = json(&["--demo", "actions", "--status", "dropped", "--json"]);
    assert!(dropped.as_array().unwrap().iter().any(|a| a["text"].as_str().unwrap().contains("Ceph")), "{dropped}");
}

#[test]
fn tenders_open_only() {
    let v = json(&["--demo", "tenders", "--open", "--json"]);
    let ids: Vec<&str> = v.as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"VP14") && ids.contains(&"VP09a"), "{ids:?}");
    assert!(!ids.contains(&"VP12"), "VP12 started: {ids:?}");
    let all = json(&["--demo", "tenders", "--json"]);
    let vp12 = all.as_array().unwrap().iter().find(|t| t["id"] == "VP12").unwrap();
    assert_eq!(vp12["awardee"], "Kranich Systems GmbH");
    assert!(vp12["history"].as_array().unwrap().len() >= 3);
}

#[test]
fn decisions_since() {
    let v = json(&["--demo", "decisions", "--since", "2026-11-01", "--json"]);
    let arr = v.as_array().unwrap();
    assert!(!arr.is_empty());
    assert!(arr.iter().all(|d| d["date"].as_str().unwrap() >= "2026-11-01"));
}

#[test]
fn schedule_json_in_new_york() {
    let v = json(&["--demo", "schedule", "--from", "2026-11-23", "--days", "7", "--tz", "America/New_York", "--json"]);
    let arr = v.as_array().unwrap();
    let weekly = arr.iter().find(|o| o["title"] == "SCS Tech Weekly").expect("tech weekly this week");
    assert_eq!(weekly["start"], "2026-11-26T09:05:00-05:00");
    assert_eq!(weekly["source_start"], "2026-11-26T15:05:00");
    assert_eq!(weekly["source_tz"], "Europe/Berlin");
    assert_eq!(weekly["tz"], "America/New_York");
}

#[test]
fn schedule_ics_export() {
    let out = run(&["--demo", "schedule", "--from", "2026-11-23", "--days", "14", "--ics"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.starts_with("BEGIN:VCALENDAR\r\n"), "{s}");
    assert!(s.contains("BEGIN:VEVENT") && s.trim_end().ends_with("END:VCALENDAR"), "{s}");
}

#[test]
fn search_json_best_first() {
    let v = json(&["--demo", "search", "registry federation", "--json"]);
    let arr = v.as_array().unwrap();
    assert!(!arr.is_empty());
    let scores: Vec<f64> = arr.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert!(arr[0]["text"].as_str().unwrap().to_lowercase().contains("registry federation"));
}

#[test]
fn tables_without_json() {
    let out = run(&["--demo", "tenders"]);
    assert!(out.status.success());
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("VP12") && s.contains("started"), "{s}");
}

#[test]
fn errors_are_one_line_and_nonzero() {
    for args in [
        vec!["--minutes-dir", "/nonexistent/scsdash-minutes", "meetings"],
        vec!["--demo", "schedule", "--tz", "Mars/Olympus_Mons"],
        vec!["--demo", "schedule", "--from", "2026-13-45"],
    ] {
        let out = run(&args);
        assert!(!out.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.trim().is_empty(), "{args:?}");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
    }
}

#[test]
fn local_minutes_dir_and_empty_dir() {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join("container")).unwrap();
    std::fs::write(d.path().join("container/20260105.md"), "# Team Container\n\n- _AI @alice_: write the docs\n")
        .unwrap();
    // judged as of a fixed day: on the clock's day the series has not met for months and the item is stale
    let v = json(&["--minutes-dir", d.path().to_str().unwrap(), "--as-of", "2026-01-20", "actions", "--json"]);
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["mentions"][0]["path"], "container/20260105.md");
    let empty = tempfile::tempdir().unwrap();
    let out = run(&["--minutes-dir", empty.path().to_str().unwrap(), "meetings"]);
    assert!(!out.status.success());
}

#[test]
fn completions_and_man_page() {
    let out = run(&["completions", "bash"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("scsdash"));
    let out = run(&["man"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(".TH"));
}

#[test]
fn a_bad_tz_is_an_error_not_silent_utc() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_scsdash"))
        .args(["--demo", "schedule", "--from", "2026-11-23", "--days", "1"])
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("TZ", "Mars/Olympus_Mons")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("TZ='Mars/Olympus_Mons'") && err.contains("--tz"), "{err}");
    // --tz decides, so TZ does not matter then.
    let out = Command::new(env!("CARGO_BIN_EXE_scsdash"))
        .args(["--demo", "--tz", "UTC", "schedule", "--from", "2026-11-23", "--days", "1"])
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("TZ", "Mars/Olympus_Mons")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn as_of_with_a_time_fixes_the_clock() {
    // `--as-of YYYY-MM-DDTHH:MM` (UTC): the day as with a date alone, and a
    // clock that stands still, for reproducible screens (the README's captures).
    let day = json(&["--demo", "--as-of", "2026-11-25", "actions", "--json"]);
    let at = json(&["--demo", "--as-of", "2026-11-25T11:00", "actions", "--json"]);
    assert_eq!(day, at, "the same day's answers");
    let out = run(&["--demo", "--as-of", "2026-11-25T25:00", "actions"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("YYYY-MM-DDTHH:MM"), "{err}");
    use chrono::TimeZone;
    let fixed = scsdash::data::AsOf {
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        time: chrono::NaiveTime::from_hms_opt(11, 0, 0),
    };
    assert_eq!(scsdash::data::clock_at(Some(fixed)), chrono::Utc.with_ymd_and_hms(2026, 11, 25, 11, 0, 0).unwrap());
    let day_only = scsdash::data::AsOf { time: None, ..fixed };
    assert_eq!(scsdash::data::clock_at(Some(day_only)).date_naive(), fixed.date, "the day, at the time of day now");
}
