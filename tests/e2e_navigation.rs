//! End to end in tmux (issue 13): back and forward across panes with Esc,
//! Ctrl-O and Alt-→, and a key remap conflict stopping start-up with the
//! config error. Polls the screen with a deadline; never sleeps a fixed time
//! as synchronisation. Skips with a notice when tmux is missing.

mod common_screen;

use std::process::Command;
use std::time::Duration;

/// The demo, as on its day (its sprint and items move as the real days pass).
/// (a clock that stands still: the screens do not depend on the time of day the tests run)
const DEMO: &str = "--demo --as-of 2026-11-26T08:00";

struct Tmux {
    socket: String,
    home: tempfile::TempDir,
}

impl Tmux {
    fn start(args: &str, config: Option<&str>) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            // SCSDASH_REQUIRE=tmux (set by .ci/run) turns the skip into a failure.
            let required = std::env::var("SCSDASH_REQUIRE").is_ok_and(|v| v.split(',').any(|w| w.trim() == "tmux"));
            assert!(!required, "SCSDASH_REQUIRE lists tmux, but tmux is not installed");
            eprintln!("SKIP: tmux not installed (CI installs it)");
            return None;
        }
        let home = tempfile::tempdir().unwrap();
        let cfg_arg = match config {
            Some(text) => {
                let p = home.path().join("config.toml");
                std::fs::write(&p, text).unwrap();
                format!("--config '{}'", p.display())
            }
            None => String::new(),
        };
        let socket = format!("scsdash-nav-{}-{}", std::process::id(), home.path().display().to_string().len());
        let socket = format!("{socket}-{}", home.path().file_name().unwrap().to_string_lossy());
        let script = format!(
            "export HOME='{h}' XDG_CONFIG_HOME='{h}/config' XDG_CACHE_HOME='{h}/cache' XDG_DATA_HOME='{h}/data' XDG_STATE_HOME='{h}/state' TZ=Europe/Berlin; '{bin}' {cfg_arg} {args}; echo \"exit=$?\"; sleep 60",
            h = home.path().display(),
            bin = env!("CARGO_BIN_EXE_scsdash"),
        );
        let st = Command::new("tmux")
            .args(["-L", &socket, "new-session", "-d", "-s", "nav", "-x", "120", "-y", "40", "sh", "-c", &script])
            .env_remove("TMUX")
            .status()
            .ok()?;
        assert!(st.success(), "tmux new-session failed");
        Some(Tmux { socket, home })
    }

    fn send(&self, keys: &[&str]) {
        let st = Command::new("tmux").args(["-L", &self.socket, "send-keys", "-t", "nav"]).args(keys).status().unwrap();
        assert!(st.success());
    }

    fn screen(&self) -> String {
        let o = Command::new("tmux").args(["-L", &self.socket, "capture-pane", "-p", "-t", "nav"]).output().unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    }

    /// Wait until `pred` holds for the screen (deadline 20 s), return it.
    fn wait(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        common_screen::wait_settled(what, Duration::from_secs(20), || self.screen(), pred)
    }

    fn wait_for(&self, text: &str) -> String {
        self.wait(text, |s| s.contains(text))
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).status();
        let _ = &self.home;
    }
}

/// The active tab's label (` 4 Action items ` is drawn reversed; its title is
/// also the pane's box title), read from the first box title under the tabs.
fn active(s: &str) -> &'static str {
    let body = s.lines().nth(1).unwrap_or("");
    for (needle, pane) in [
        ("Action items ·", "actions"),
        ("Archive ·", "archive"),
        ("Next meetings", "overview"),
        ("· Tech Weekly ·", "reader"),
        ("Week of", "schedule"),
    ] {
        if body.contains(needle) {
            return pane;
        }
    }
    "other"
}

#[test]
fn back_and_forward_across_panes() {
    let Some(t) = Tmux::start(DEMO, None) else { return };
    t.wait_for("Next meetings");
    // Action items: open the selected item's minutes in the reader.
    t.send(&["4"]);
    t.wait("the Action items pane", |s| active(s) == "actions");
    t.send(&["j", "Enter"]);
    t.wait("the reader", |s| s.lines().nth(1).is_some_and(|l| l.contains(" · 20")));
    // Esc: back to Action items, not the Archive tree.
    t.send(&["Escape"]);
    t.wait("back in Action items", |s| active(s) == "actions");
    // Alt-→ (Ctrl-I is Tab in tmux): forward to the minutes again; Ctrl-O: back.
    t.send(&["M-Right"]);
    t.wait("forward to the reader", |s| s.lines().nth(1).is_some_and(|l| l.contains(" · 20")));
    t.send(&["C-o"]);
    t.wait("back in Action items again", |s| active(s) == "actions");
    // From the Overview's latest minutes into the reader and back.
    t.send(&["1"]);
    t.wait("the Overview", |s| active(s) == "overview");
    t.send(&["h", "Enter"]);
    t.wait("the reader", |s| s.lines().nth(1).is_some_and(|l| l.contains(" · 20")));
    t.send(&["BSpace"]);
    t.wait("back on the Overview", |s| active(s) == "overview");
    t.send(&["q"]);
    t.wait_for("exit=0");
}

#[test]
fn a_key_remap_conflict_is_a_config_error() {
    let Some(t) = Tmux::start(DEMO, Some("[keys]\nquit = \"j\"\n")) else { return };
    let s = t.wait_for("exit=");
    assert!(!s.contains("exit=0"), "start-up fails:\n{s}");
    assert!(s.contains("keys.quit") && s.contains("down"), "the error names both actions:\n{s}");
    assert!(s.contains("config.toml"), "and the file:\n{s}");
}
