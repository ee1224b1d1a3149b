//! Waiting for a terminal screen (tmux `capture-pane`) in the tests that drive
//! the real binary: one loop for every suite.

use std::time::{Duration, Instant};

/// Poll `screen()` until `ok` holds (within `limit`), and return a settled
/// screen: a capture can fall between two writes of one frame, so it is
/// taken again until two in a row agree (and still satisfy `ok`), and the
/// caller's further checks see a whole frame. Panics naming `what` and
/// showing the screen when `ok` never holds.
pub fn wait_settled(what: &str, limit: Duration, screen: impl Fn() -> String, ok: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + limit;
    loop {
        let s = screen();
        if ok(&s) {
            std::thread::sleep(Duration::from_millis(30));
            let again = screen();
            if again == s || Instant::now() > deadline {
                return again;
            }
            continue;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}; screen:\n{s}");
        std::thread::sleep(Duration::from_millis(50));
    }
}
