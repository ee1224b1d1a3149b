//! `scsdash next` run as a user would (the real binary), on a small local
//! calendar with a meeting every day, so there is always a next one.
//! Times come from the clock: the assertions hold at any time of day.

mod corpus;

use std::path::Path;
use std::process::{Command, Output};

const CAL: &str = r#"name: Test calendar
timezone: Europe/Berlin
events:
  - summary: "Team Container Weekly"
    begin: 2026-01-01 09:05:00
    uid: container-daily@test
    duration:
      minutes: 45
    description: |
      Minutes: https://github.com/SovereignCloudStack/minutes/tree/main/container
      HedgeDoc: https://input.scs.community/team-container
    location: "https://conf.scs.koeln:8443/SCS-Container"
    repeat:
      interval:
        days: 1
  - summary: "SIG Monitoring"
    begin: 2026-01-01 09:00:00
    uid: monitoring-daily@test
    duration:
      minutes: 30
    repeat:
      interval:
        days: 1
"#;

fn run(dir: &Path, config: &str, args: &[&str]) -> Output {
    let home = dir.join("home");
    std::fs::create_dir_all(&home).unwrap();
    let cfg = dir.join("config.toml");
    std::fs::write(&cfg, config).unwrap();
    let cal = dir.join("calendar");
    std::fs::create_dir_all(&cal).unwrap();
    std::fs::write(cal.join("meetings.yml"), CAL).unwrap();
    Command::new(env!("CARGO_BIN_EXE_scsdash"))
        .args(["--config", cfg.to_str().unwrap(), "--calendar-dir", cal.to_str().unwrap(), "--tz", "Europe/Berlin"])
        .args(args)
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env_remove("GITHUB_TOKEN")
        .env_remove("GH_TOKEN")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn default_line_names_the_team_meeting_and_its_call() {
    let d = tempfile::tempdir().unwrap();
    let o = run(d.path(), "[user]\nteams = [\"Team Container\"]\n", &["next"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let line = stdout(&o);
    assert!(line.starts_with("Team Container Weekly "), "{line}");
    assert!(line.trim_end().ends_with(" · https://conf.scs.koeln:8443/SCS-Container"), "{line}");
    assert!(line.contains("(in ") || line.contains("(now)"), "{line}");
    assert_eq!(line.lines().count(), 1);
}

#[test]
fn format_json_and_all() {
    let d = tempfile::tempdir().unwrap();
    let teams = "[user]\nteams = [\"container\"]\n";
    let o = run(d.path(), teams, &["next", "--format", "{series}|{start:%M}|{pad}|{{x}}"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o).trim_end(), "container|05|https://input.scs.community/team-container|{x}");
    let o = run(d.path(), teams, &["next", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["title"], "Team Container Weekly");
    assert_eq!(v["pad"], "https://input.scs.community/team-container");
    assert!(v["minutes_until"].as_i64().unwrap() <= 24 * 60);
    // without the team filter either meeting may be next, but one is
    let o = run(d.path(), teams, &["next", "--all", "--format", "{title}"]);
    let t = stdout(&o);
    assert!(t.starts_with("Team Container Weekly") || t.starts_with("SIG Monitoring"), "{t}");
}

#[test]
fn within_prints_nothing_and_exits_1_when_none() {
    let d = tempfile::tempdir().unwrap();
    // a team without meetings
    let o = run(d.path(), "[user]\nteams = [\"Team Nobody\"]\n", &["next", "--within", "2h"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty() && o.stderr.is_empty());
    // a meeting every day is always within 25 hours
    let o = run(d.path(), "[user]\nteams = [\"container\"]\n", &["next", "--within", "25h"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn bad_arguments_exit_2_with_one_line() {
    let d = tempfile::tempdir().unwrap();
    for args in
        [&["next", "--format", "{nope}"][..], &["next", "--within", "soon"], &["next", "--format", "{start:%Q}"]]
    {
        let o = run(d.path(), "", args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let e = String::from_utf8_lossy(&o.stderr);
        assert_eq!(e.lines().count(), 1, "{e}");
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn without_any_source_it_says_to_sync_and_never_uses_the_network() {
    let d = tempfile::tempdir().unwrap();
    let home = d.path().join("home");
    let o = Command::new(env!("CARGO_BIN_EXE_scsdash"))
        .args(["next", "--cache-dir", home.join("cache").to_str().unwrap()])
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        // a proxy that does not exist: any network use would fail loudly
        .env("HTTPS_PROXY", "http://127.0.0.1:9")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("scsdash sync"));
}

#[test]
fn corpus_every_file_with_slots_passes_the_prefilter() {
    let Some(files) = corpus::files("scs-minutes", &["md"]) else { return };
    let mut with_slots = 0;
    for f in &files {
        if !scsdash::minutes::parse_meeting(f).slots.is_empty() {
            with_slots += 1;
            assert!(scsdash::cli::next::may_announce_slots(&f.bytes), "{}", f.path);
        }
    }
    let passed = files.iter().filter(|f| scsdash::cli::next::may_announce_slots(&f.bytes)).count();
    assert!(with_slots > 0 && passed < files.len(), "{with_slots} with slots, {passed} of {} pass", files.len());
}

#[test]
fn as_of_sets_the_clock_of_next_too() {
    // `next` used the real clock whatever --as-of said (every subcommand
    // takes it); with a time the answer is fixed.
    let d = tempfile::tempdir().unwrap();
    let o = run(d.path(), "", &["--demo", "--as-of", "2026-11-25T11:00", "next"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        stdout(&o).trim_end(),
        "Team Ops Meeting Thu 10:05 (in 22 h 5 min) · https://conf.scs.koeln:8443/SCS-Tech"
    );
}
