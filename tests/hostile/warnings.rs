//! Defect 6: every skipped input is a warning. CLI: one line each on stderr,
//! up to 20, then a count; `--strict` makes them a non-zero exit. TUI: the
//! status line counts them, the help screen lists them with `!`.

use crate::support::{text, Home, Tmux};

const OK: &str = "# Team Container 2026-11-16\n\n- _AI @ada_: write the docs\n";

/// A minutes folder with an oversized file, 25 FIFOs and a broken calendar.
fn hostile_home(fifos: usize) -> Home {
    let h = Home::new();
    h.write("m/container/20261116.md", OK);
    let big = h.write("m/container/20261117.md", "");
    std::fs::File::options().write(true).open(&big).unwrap().set_len(9 * 1024 * 1024).unwrap();
    for i in 0..fifos {
        let p = h.path().join(format!("m/ops/2026{:04}.md", 1000 + i));
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        let st = std::process::Command::new("mkfifo").arg(&p).status().unwrap();
        assert!(st.success());
    }
    h.write("cal/main.yml", "events:\n  - summary: [unclosed\n    begin: 2026-01-05 10:00:00\n");
    h
}

#[test]
fn cli_prints_each_skipped_input_then_a_count() {
    let h = hostile_home(25);
    let m = h.path().join("m");
    let c = h.path().join("cal");
    let args = ["--minutes-dir", m.to_str().unwrap(), "--calendar-dir", c.to_str().unwrap(), "actions", "--json"];
    let out = h.run(&args);
    assert!(out.status.success(), "warnings alone do not fail: {}", text(&out.stderr));
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 21, "20 warnings, then the count:\n{err}");
    assert!(lines.iter().take(20).all(|l| l.starts_with("scsdash: warning: ")), "{err}");
    assert!(lines[20].contains("more warnings"), "{err}");
    assert!(err.contains("20261117.md") && err.contains("larger than"), "the oversized file is named: {err}");
    assert!(err.contains("not a regular file"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["owners"][0], "ada", "the data that could be read is printed");

    let mut strict = vec!["--strict"];
    strict.extend(args);
    let out = h.run(&strict);
    assert!(!out.status.success(), "--strict fails on warnings");
    assert!(text(&out.stderr).contains("--strict"), "{}", text(&out.stderr));
    assert!(!out.stdout.is_empty(), "the output still goes out");
}

#[test]
fn a_calendar_that_fails_to_parse_is_a_warning() {
    let h = hostile_home(0);
    let m = h.path().join("m");
    let c = h.path().join("cal");
    let out = h.run(&["--minutes-dir", m.to_str().unwrap(), "--calendar-dir", c.to_str().unwrap(), "schedule"]);
    let err = text(&out.stderr);
    assert!(err.contains("warning") && err.contains("main.yml"), "{err}");
    let out =
        h.run(&["--strict", "--minutes-dir", m.to_str().unwrap(), "--calendar-dir", c.to_str().unwrap(), "schedule"]);
    assert!(!out.status.success());
}

#[test]
fn tui_counts_warnings_and_lists_them_in_help() {
    let h = hostile_home(3);
    let m = h.path().join("m").display().to_string();
    let c = h.path().join("cal").display().to_string();
    let Some(t) = Tmux::start(h, "", &format!("--minutes-dir '{m}' --calendar-dir '{c}'"), 140, 40) else { return };
    let s = t.wait_for("warnings");
    assert!(s.contains("! 5 warnings"), "{s}");
    t.send(&["?"]);
    let s = t.wait_for("20261117.md");
    assert!(s.lines().filter(|l| l.contains(" ! ") || l.contains("!  ")).count() >= 3, "{s}");
    t.send(&["Escape"]);
    t.send(&["q"]);
    assert_eq!(t.wait_exit(20).as_deref(), Some("exit=0"));
}
