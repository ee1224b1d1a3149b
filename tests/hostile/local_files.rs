//! Defect 13: local files get the same size cap as downloads, non-regular
//! files are refused (no endless read, no blocked open), quit is immediate.

use crate::support::{text, Home, Tmux};

#[test]
fn dev_zero_fifo_and_huge_files_are_refused() {
    let h = Home::new();
    let fifo = h.path().join("cal.ics");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let huge = h.write("huge.ics", "");
    std::fs::File::options().write(true).open(&huge).unwrap().set_len(17 * 1024 * 1024).unwrap();
    for (src, why) in [
        ("/dev/zero", "not a regular file"),
        (fifo.to_str().unwrap(), "not a regular file"),
        (huge.to_str().unwrap(), "larger than"),
    ] {
        let out = h.run(&["--ics-source", src, "schedule"]);
        assert!(!out.status.success(), "{src}");
        assert!(text(&out.stderr).contains(why), "{src}: {}", text(&out.stderr));
        let out = h.run(&["--config", src, "schedule"]);
        assert!(!out.status.success(), "--config {src}");
    }
}

#[test]
fn quit_is_immediate_during_a_long_background_load() {
    // the slow-load switch exists in debug builds only (`src/tui.rs`): `cargo test --release` has none
    if !cfg!(debug_assertions) {
        eprintln!("SKIP: a release build has no SCSDASH_TEST_SLOW_LOAD switch; run the debug tests for this one");
        return;
    }
    let h = Home::new();
    // Debug builds: the load takes a minute.
    let Some(t) = Tmux::start(h, "SCSDASH_TEST_SLOW_LOAD=1", "--demo --as-of 2026-11-26", 100, 30) else { return };
    t.wait_for("Loading");
    t.send(&["q"]);
    // Bounded wait, far below the load's minute.
    assert_eq!(t.wait_exit(15).as_deref(), Some("exit=0"), "screen:\n{}", t.screen());
}
