//! Defect 9: a panic in a background task becomes an error screen with the
//! message and a non-zero exit, not "Loading…" forever or a torn terminal.

use crate::support::{Home, Tmux};

#[test]
fn a_panicking_background_load_shows_an_error_screen_and_exits_non_zero() {
    // the test switches exist in debug builds only (`src/data.rs`, `src/tui.rs`): `cargo test
    // --release` has none
    if !cfg!(debug_assertions) {
        eprintln!("SKIP: a release build has no SCSDASH_TEST_* switches; run the debug tests for this one");
        return;
    }
    let h = Home::new();
    let Some(t) = Tmux::start(h, "SCSDASH_TEST_TASK_PANIC=1", "--demo --as-of 2026-11-26", 100, 30) else { return };
    let s = t.wait_for("Internal error");
    assert!(s.contains("SCSDASH_TEST_TASK_PANIC"), "the message is shown:\n{s}");
    assert!(!s.contains("panicked at"), "no backtrace on the screen:\n{s}");
    t.send(&["q"]);
    let exit = t.wait_exit(20).expect("quits");
    assert_ne!(exit, "exit=0");
    assert!(t.stderr().contains("SCSDASH_TEST_TASK_PANIC"), "{}", t.stderr());
}
