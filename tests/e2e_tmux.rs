//! End to end: the real binary in tmux. Presses keys through every pane,
//! opens help, filters, quits, and checks the terminal is back in cooked
//! mode. Polls the screen until the expected text appears (with a deadline),
//! never sleeps a fixed time as synchronisation.

mod common_fake_github;
mod common_screen;

use std::process::Command;
use std::time::{Duration, Instant};

/// The demo data's day: every run here answers as on it, whatever the clock says (the demo's
/// sprint, open tenders and action items move as the real days pass).
const AS_OF: &str = "--as-of 2026-11-26";
/// The demo, as on its day.
/// (a clock that stands still at 09:00 in Berlin: what the screens show does not depend on the
/// time of day the tests run)
const DEMO: &str = "--demo --as-of 2026-11-26T08:00";

struct Tmux {
    socket: String,
    session: String,
    _home: tempfile::TempDir,
}

impl Tmux {
    fn start(args: &str, w: u16, h: u16) -> Option<Tmux> {
        Self::start_in(tempfile::tempdir().unwrap(), args, w, h)
    }

    fn start_in(home: tempfile::TempDir, args: &str, w: u16, h: u16) -> Option<Tmux> {
        Self::start_env(home, "", args, w, h)
    }

    /// `env` is a list of shell assignments (`A=1 B=2`) for the binary.
    fn start_env(home: tempfile::TempDir, env: &str, args: &str, w: u16, h: u16) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            if tmux_required() {
                panic!("SCSDASH_REQUIRE lists tmux, but tmux is not installed");
            }
            let _ = std::io::Write::write_fmt(
                &mut std::io::stderr(),
                format_args!("SKIP: tmux not installed (CI installs it)\n"),
            );
            return None;
        }
        let socket = format!("scsdash-e2e-{}-{}", std::process::id(), rand_suffix());
        let session = "e2e".to_string();
        let bin = env!("CARGO_BIN_EXE_scsdash");
        let out = home.path().join("after.txt");
        // After scsdash exits, record the terminal mode, then keep the pane open.
        let script = format!(
            "export HOME='{h}' XDG_CONFIG_HOME='{h}/config' XDG_CACHE_HOME='{h}/cache' XDG_DATA_HOME='{h}/data' XDG_STATE_HOME='{h}/state' TZ=Europe/Berlin EDITOR='{h}/fake-editor' VISUAL=; {env} '{bin}' {args} 2>'{h}/stderr.txt'; echo \"exit=$?\" > '{o}'; stty -a >> '{o}'; echo done >> '{o}'; sleep 60",
            h = home.path().display(),
            o = out.display()
        );
        let st = Command::new("tmux")
            .args([
                "-L",
                &socket,
                "new-session",
                "-d",
                "-s",
                &session,
                "-x",
                &w.to_string(),
                "-y",
                &h.to_string(),
                "sh",
                "-c",
                &script,
            ])
            .env_remove("TMUX")
            .status()
            .ok()?;
        assert!(st.success(), "tmux new-session failed");
        Some(Tmux { socket, session, _home: home })
    }

    fn send(&self, keys: &[&str]) {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket, "send-keys", "-t", &self.session]);
        c.args(keys);
        assert!(c.status().unwrap().success());
    }

    fn literal(&self, text: &str) {
        let st = Command::new("tmux")
            .args(["-L", &self.socket, "send-keys", "-t", &self.session, "-l", text])
            .status()
            .unwrap();
        assert!(st.success());
    }

    fn screen(&self) -> String {
        let o = Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p", "-t", &self.session])
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    }

    /// Wait until the screen contains `text` (deadline 20 s), return it.
    fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |s| s.contains(text))
    }

    /// Wait until `ok(screen)` (deadline 20 s), return the settled screen; `what` names it.
    fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        common_screen::wait_settled(what, Duration::from_secs(20), || self.screen(), ok)
    }

    /// Wait until the screen line holding `marker` differs from what it was in `before`
    /// (the change a key means, not text that was already there).
    fn wait_line_change(&self, before: &str, marker: &str) -> String {
        let old = line_with(before, marker).unwrap_or_default();
        self.wait_until(&format!("the {marker:?} line to change from {old:?}"), |s| {
            line_with(s, marker).is_some_and(|l| l != old)
        })
    }

    fn pid(&self) -> Option<String> {
        let pane_pid = Command::new("tmux")
            .args(["-L", &self.socket, "display-message", "-p", "-t", &self.session, "#{pane_pid}"])
            .output()
            .ok()?;
        child_of(String::from_utf8_lossy(&pane_pid.stdout).trim())
    }

    /// Stop the server but keep the home directory.
    fn into_home(self) -> tempfile::TempDir {
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).status();
        let mut me = std::mem::ManuallyDrop::new(self);
        // SAFETY-free move out: replace the field with a fresh temp dir.
        std::mem::replace(&mut me._home, tempfile::tempdir().unwrap())
    }

    /// From the start screen: Editor pane, `n`, accept the default, editing.
    fn new_draft(&self) {
        self.wait_for("Open action items");
        self.send(&["7"]);
        self.wait_for("No drafts yet");
        self.send(&["n"]);
        self.wait_for("New draft (series YYYY-MM-DD)");
        self.send(&["Enter"]);
        self.wait_for("Esc leave");
    }

    fn after_file(&self) -> std::path::PathBuf {
        self._home.path().join("after.txt")
    }

    fn wait_exit(&self) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        let p = self.after_file();
        loop {
            if let Ok(s) = std::fs::read_to_string(&p) {
                if s.contains("done") {
                    return s;
                }
            }
            if Instant::now() > deadline {
                panic!("scsdash did not exit; screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).status();
    }
}

/// Whether `SCSDASH_REQUIRE` (e.g. `corpus,tmux`, set by .ci/run) lists tmux:
/// then a missing tmux fails instead of printing SKIP.
fn tmux_required() -> bool {
    std::env::var("SCSDASH_REQUIRE").is_ok_and(|v| v.split(',').any(|w| w.trim() == "tmux"))
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0)
}

fn send_signal(pid: &str, sig: libc::c_int) {
    let pid: libc::pid_t = pid.parse().expect("numeric pid");
    // SAFETY: kill(2) with a pid we just read from /proc; no memory is involved.
    let rc = unsafe { libc::kill(pid, sig) };
    assert_eq!(rc, 0, "kill({pid}, {sig}) failed");
}

/// The pid of a child process of `parent` (scanning /proc).
fn child_of(parent: &str) -> Option<String> {
    for e in std::fs::read_dir("/proc").ok()?.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let Ok(stat) = std::fs::read_to_string(e.path().join("stat")) else { continue };
        // pid (comm) state ppid ...
        let after = stat.rsplit_once(')').map(|x| x.1).unwrap_or("");
        let ppid = after.split_whitespace().nth(1).unwrap_or("");
        if ppid == parent && stat.contains("(scsdash)") {
            return Some(name);
        }
    }
    None
}

/// The first screen line containing `marker`.
fn line_with(screen: &str, marker: &str) -> Option<String> {
    screen.lines().find(|l| l.contains(marker)).map(str::to_string)
}

fn cooked(stty: &str) -> bool {
    // `stty -a` prints "icanon" and "echo" (not "-icanon"/"-echo") in cooked mode.
    let words: Vec<&str> = stty.split_whitespace().collect();
    words.contains(&"icanon") && words.contains(&"echo")
}

#[test]
fn walks_every_pane_and_restores_the_terminal() {
    let Some(t) = Tmux::start(DEMO, 120, 40) else { return };
    let s = t.wait_for("Open action items");
    assert!(s.contains("DEMO DATA"), "{s}");
    assert!(s.contains("Next meetings"), "{s}");

    t.send(&["2"]);
    let this_week = t.wait_for("Week of");
    t.send(&["]"]);
    let next_week = t.wait_line_change(&this_week, "Week of");
    t.send(&["t"]);
    t.wait_line_change(&next_week, "Week of");

    t.send(&["3"]);
    let s = t.wait_for("Tenders ·");
    assert!(s.contains("VP14"), "{s}");
    t.send(&["Enter"]);
    t.wait_for("Esc back");
    t.send(&["Escape"]);
    t.wait_until("the tender detail to close", |s| !s.contains("Esc: back"));

    t.send(&["4"]);
    t.wait_for("Action items ·");
    t.send(&["/"]);
    t.literal("demo-user");
    let s = t.wait_for("/demo-user");
    assert!(!s.contains("lfontaine"), "filter applied:\n{s}");
    t.send(&["Enter"]);

    t.send(&["5"]);
    t.wait_for("SCS Sprint Board (demo)");
    t.send(&["]"]);
    t.wait_for("· container ·");

    t.send(&["6"]);
    t.wait_for("Archive ·");
    t.send(&["/"]);
    t.literal("registry federation");
    t.wait_for("/ registry federation");
    let s = t.wait_for("Registry federation kick-off");
    assert!(s.contains("Search ·"), "{s}");
    t.send(&["Enter"]);
    t.send(&["Enter"]);
    // "Esc back" is in the search list's hint too: wait for the reader's own hint.
    t.wait_for("Enter follow");
    t.send(&["Escape"]);
    t.wait_until("the reader to close", |s| !s.contains("Enter follow"));
    t.send(&["Escape"]);

    // Tab labels are always on screen: wait for the pane's own content instead.
    t.send(&["7"]);
    t.wait_for("No drafts yet");

    t.send(&["Tab"]);
    t.wait_for("Next meetings");
    t.send(&["?"]);
    let s = t.wait_for("Keys ·");
    assert!(s.contains("quit"), "{s}");
    t.send(&["Escape"]);
    t.wait_until("help to close", |s| !s.contains("Keys ·"));

    // Resize smaller than the minimum, then back.
    let _ = Command::new("tmux")
        .args(["-L", &t.socket, "resize-window", "-t", &t.session, "-x", "40", "-y", "10"])
        .status();
    t.wait_for("too small");
    let _ = Command::new("tmux")
        .args(["-L", &t.socket, "resize-window", "-t", &t.session, "-x", "120", "-y", "40"])
        .status();
    t.wait_for("Open action items");

    t.send(&["q"]);
    let after = t.wait_exit();
    assert!(after.contains("exit=0"), "{after}");
    assert!(cooked(&after), "terminal back in cooked mode:\n{after}");
    let s = t.screen();
    assert!(!s.contains("Open action items"), "alternate screen left:\n{s}");
}

/// Issue #15, part 5: `:` opens the command palette, typing narrows it,
/// Enter runs the choice; a fuzzy filter marks its letters.
#[test]
fn command_palette_runs_an_action_and_quits() {
    let Some(t) = Tmux::start(DEMO, 120, 40) else { return };
    t.wait_for("Open action items");
    t.send(&[":"]);
    // A capture can fall between two writes of one frame: wait for the whole state meant.
    t.wait_until("the palette with the pane's own letter (pick my teams)", |s| {
        s.contains("Run an action · Overview") && s.contains("pick my teams")
    });
    t.literal("go to tenders");
    t.wait_for(":go to tenders");
    t.send(&["Enter"]);
    t.wait_until("the Tenders pane with the palette closed", |s| {
        s.contains("Tenders ·") && !s.contains("Run an action")
    });
    // A fuzzy filter: letters in order with gaps.
    t.send(&["/"]);
    t.literal("hlth");
    t.wait_until("the fuzzy filter /hlth to keep VP12 and drop VP14", |s| {
        s.contains("/hlth") && s.contains("VP12") && !s.contains("VP14")
    });
    t.send(&["Enter"]);
    // Esc closes the palette without running anything; then quit through it.
    t.send(&[":"]);
    t.wait_for("Run an action · Tenders");
    t.send(&["Escape"]);
    t.wait_until("the palette to close", |s| !s.contains("Run an action"));
    t.send(&[":"]);
    t.wait_for("Run an action");
    t.literal("quit");
    t.wait_for(":quit");
    t.send(&["Enter"]);
    let after = t.wait_exit();
    assert!(after.contains("exit=0"), "{after}");
}

#[test]
fn sigterm_restores_the_terminal() {
    let Some(t) = Tmux::start(DEMO, 100, 30) else { return };
    t.wait_for("Open action items");
    let Some(pid) = t.pid() else {
        if tmux_required() {
            panic!("SCSDASH_REQUIRE lists tmux, but the scsdash process is not found under /proc");
        }
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!("SKIP: cannot find the scsdash process under /proc\n"),
        );
        return;
    };
    send_signal(&pid, libc::SIGTERM);
    let after = t.wait_exit();
    assert!(cooked(&after), "{after}");
}

#[test]
fn bad_config_is_one_line_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(&cfg, "[ui]\ntheme = \"dark\"\ncolour = 1\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_scsdash"))
        .args(["--config", cfg.to_str().unwrap(), "meetings"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("c.toml") && err.contains("line 3") && err.contains("colour"), "{err}");
}

#[test]
fn version_and_help() {
    let out = Command::new(env!("CARGO_BIN_EXE_scsdash")).arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("scsdash "));
    let out = Command::new(env!("CARGO_BIN_EXE_scsdash")).arg("--help").output().unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    for word in ["schedule", "actions", "tenders", "search", "sync", "--demo", "--offline", "--minutes-dir"] {
        assert!(s.contains(word), "--help mentions {word}:\n{s}");
    }
}

#[test]
fn draft_survives_kill_9() {
    let Some(t) = Tmux::start(DEMO, 120, 40) else { return };
    t.new_draft();
    t.literal("Typed before the crash: Grüße");
    t.wait_for("Typed before the crash");
    // The autosave runs ~2 s after the last keystroke: wait for the file.
    let drafts = t._home.path().join("data/scsdash/drafts");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let found = std::fs::read_dir(&drafts)
            .ok()
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
            .any(|e| std::fs::read_to_string(e.path()).is_ok_and(|s| s.contains("Typed before the crash: Grüße")));
        if found {
            break;
        }
        assert!(Instant::now() < deadline, "autosave never wrote the draft");
        std::thread::sleep(Duration::from_millis(100));
    }
    let pid = t.pid().expect("scsdash pid");
    send_signal(&pid, libc::SIGKILL);
    t.wait_exit();
    let home = t.into_home();
    let Some(t2) = Tmux::start_in(home, DEMO, 120, 40) else { return };
    t2.wait_for("Open action items");
    t2.send(&["7"]);
    let s = t2.wait_for("Recoverable after a crash");
    assert!(s.contains("⚠"), "{s}");
    t2.send(&["Enter"]);
    let s = t2.wait_for("Typed before the crash: Grüße");
    assert!(s.contains("recovered"), "{s}");
    t2.send(&["Escape"]);
    t2.wait_for("left the text");
    t2.send(&["q"]);
    t2.wait_exit();
}

#[test]
fn syncs_from_a_fake_github_and_says_so() {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let server = rt.block_on(common_fake_github::Server::start());
    server.fake.set_files(&[
        ("community-call/20261119.md", "# SCS Tech Weekly 2026-11-19\n\n## Meta\n\n- Minutes: Ada Fake\n\n### Tenders\n\n- VP77 (Synced tender): Tender is open\n"),
        ("container/20261116.md", "# Team Container\n\n- _AI @someone_: test the sync\n"),
    ]);
    let args = format!("--github-api-url http://{a} --github-raw-url http://{a}/raw {AS_OF}", a = server.addr);
    let Some(t) = Tmux::start(&args, 120, 40) else { return };
    // Starts on the demo data (no cache yet), syncs in the background, reloads.
    let s = t.wait_for("GitHub · synced");
    assert!(!s.contains("DEMO DATA"), "{s}");
    let s = t.wait_for("VP77");
    assert!(s.contains("Synced tender"), "{s}");
    t.send(&["q"]);
    t.wait_exit();
    drop(rt);
}

#[test]
fn ctrl_e_hands_the_draft_to_the_external_editor() {
    let home = tempfile::tempdir().unwrap();
    let editor = home.path().join("fake-editor");
    std::fs::write(&editor, "#!/bin/sh\necho 'Added by the external editor' >> \"$1\"\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    // (the clock stands still, see DEMO: the draft proposed is the next meeting's, and at another
    // time of day that was a longer draft whose last line, the editor's, is below the screen)
    let Some(t) = Tmux::start_in(home, DEMO, 120, 40) else { return };
    t.new_draft();
    t.send(&["C-e"]);
    let s = t.wait_for("Added by the external editor");
    assert!(s.contains("Esc leave"), "back in the dashboard:\n{s}");
    t.send(&["Escape"]);
    // ESC and q sent together read as Alt-q: wait for the Escape to land.
    t.wait_for("left the text");
    t.send(&["q"]);
    let after = t.wait_exit();
    assert!(cooked(&after), "{after}");
}

#[test]
fn a_panic_restores_the_terminal() {
    // the panic switch exists in debug builds only (`src/tui.rs`): `cargo test --release` has none
    if !cfg!(debug_assertions) {
        eprintln!("SKIP: a release build has no SCSDASH_TEST_PANIC switch; run the debug tests for the panic path");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let Some(t) = Tmux::start_env(home, "SCSDASH_TEST_PANIC=1", DEMO, 100, 30) else { return };
    let after = t.wait_exit();
    assert!(!after.contains("exit=0"), "{after}");
    assert!(cooked(&after), "terminal back in cooked mode after a panic:\n{after}");
    let err = std::fs::read_to_string(t._home.path().join("stderr.txt")).unwrap_or_default();
    assert!(err.contains("test panic"), "the panic message is shown: {err}");
    // Mouse tracking is off again: tmux reports the pane's mouse mode flags.
    let o = Command::new("tmux")
        .args([
            "-L",
            &t.socket,
            "display-message",
            "-p",
            "-t",
            &t.session,
            "#{mouse_any_flag}#{mouse_button_flag}#{alternate_on}",
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), "000", "mouse off, alternate screen left");
}

#[test]
fn a_draft_open_in_one_scsdash_is_refused_in_another() {
    let Some(a) = Tmux::start(DEMO, 120, 40) else { return };
    a.new_draft();
    a.literal("typed in the first session");
    a.wait_for("typed in the first session");
    // A second scsdash on the same drafts directory.
    let env = format!("XDG_DATA_HOME='{}'", a._home.path().join("data").display());
    let Some(b) = Tmux::start_env(tempfile::tempdir().unwrap(), &env, DEMO, 120, 40) else {
        return;
    };
    b.wait_for("Open action items");
    b.send(&["7"]);
    b.wait_for("Drafts · 1");
    b.send(&["Enter"]);
    let s = b.wait_for("being edited by another scsdash session");
    assert!(!s.contains("typed in the first session"), "not opened for editing:\n{s}");
}

/// The text of the first draft file in `home`'s drafts directory that contains `needle`.
fn draft_containing(home: &std::path::Path, needle: &str) -> Option<String> {
    std::fs::read_dir(home.join("data/scsdash/drafts"))
        .ok()?
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .find(|s| s.contains(needle))
}

/// Issue #13, item 1: a minute-taker types steadily (a word every 0.5 s, no pause),
/// then the process is killed. The autosave is a deadline 2 s after the first unsaved
/// keystroke, so the words typed 2 s before the kill are on disk. The typing goes on
/// until the draft file holds the word typed 2 s earlier (polled, with a limit: a
/// debounced autosave never writes while the typing goes on, and fails here), then
/// SIGKILL, and every word up to that one is recovered.
#[test]
fn steady_typing_then_kill_9_keeps_words_older_than_2s() {
    let Some(t) = Tmux::start(DEMO, 120, 40) else { return };
    t.new_draft();
    let word = |i: usize| format!("w{i:03}");
    let pace = Duration::from_millis(500);
    // 12 s of steady typing.
    for i in 0..24 {
        t.literal(&format!("{} ", word(i)));
        std::thread::sleep(pace);
    }
    // Keep typing at the same pace until the word typed 2 s (4 words) ago is on disk.
    let mut i = 24;
    let target = loop {
        let target = word(i - 4);
        if draft_containing(t._home.path(), &target).is_some() {
            break i - 4;
        }
        assert!(
            i < 24 + 40,
            "20 s more of steady typing and {target} is still not saved: the autosave waits for a pause"
        );
        t.literal(&format!("{} ", word(i)));
        i += 1;
        std::thread::sleep(pace);
    };
    let pid = t.pid().expect("scsdash pid");
    send_signal(&pid, libc::SIGKILL);
    t.wait_exit();
    let saved = draft_containing(t._home.path(), &word(target)).expect("the draft file");
    let expected: Vec<String> = (0..=target).map(word).collect();
    let found: Vec<&str> = saved.split_whitespace().filter(|w| w.starts_with('w')).collect();
    assert!(
        found.len() >= expected.len()
            && found[..expected.len()] == expected.iter().map(String::as_str).collect::<Vec<_>>()[..],
        "every word up to {} in order; on disk: {saved}",
        word(target)
    );
    // And the next start offers it for recovery.
    let home = t.into_home();
    let Some(t2) = Tmux::start_in(home, DEMO, 120, 40) else { return };
    t2.wait_for("Open action items");
    t2.send(&["7"]);
    t2.wait_for("Recoverable after a crash");
}

/// Issue #13, item 3: SIGTERM while the draft cannot be written (its directory is
/// gone): the text goes to a recovery file in the state directory and stderr says where.
#[test]
fn sigterm_with_an_unwritable_draft_writes_the_recovery_file() {
    let Some(t) = Tmux::start(DEMO, 120, 40) else { return };
    t.new_draft();
    let drafts = t._home.path().join("data/scsdash/drafts");
    std::fs::remove_dir_all(&drafts).unwrap();
    std::fs::write(&drafts, "not a directory").unwrap();
    t.literal("text with nowhere to go");
    t.wait_for("text with nowhere to go");
    // The autosave tried and failed: the screen says so.
    t.wait_for("not saved");
    let pid = t.pid().expect("scsdash pid");
    send_signal(&pid, libc::SIGTERM);
    let after = t.wait_exit();
    assert!(cooked(&after), "{after}");
    let err = std::fs::read_to_string(t._home.path().join("stderr.txt")).unwrap_or_default();
    assert!(err.contains("was written to"), "stderr names the recovery file: {err}");
    let dir = t._home.path().join("state/scsdash/recovered");
    let texts: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}; stderr: {err}", dir.display()))
        .flatten()
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    assert!(texts.iter().any(|s| s.contains("text with nowhere to go")), "{texts:?}");
    assert!(err.contains(&dir.display().to_string()), "{err}");
}

/// A left click (SGR mouse report, as a terminal sends it) on the second
/// line of a wrapped board card selects that card in a real terminal
/// (regression: the wrapped board recorded no click areas).
#[test]
fn a_mouse_click_on_a_board_card_selects_it() {
    let Some(t) = Tmux::start(DEMO, 120, 40) else { return };
    t.wait_for("Open action items");
    t.send(&["5"]);
    let s = t.wait_until("the board with Todo's first card selected", |s| {
        s.contains("SCS Sprint Board (demo)") && s.contains("SovereignCloudStack/standards#1230 ·")
    });
    let (row, line) = s.lines().enumerate().find(|(_, l)| l.contains("Registry federation")).expect("card on screen");
    let col = line[..line.find("Registry federation").unwrap()].chars().count();
    // SGR coordinates are 1-based; press and release.
    t.literal(&format!("\x1b[<0;{};{}M", col + 4, row + 1));
    t.literal(&format!("\x1b[<0;{};{}m", col + 4, row + 1));
    t.wait_for("SovereignCloudStack/container-registry#88 ·");
}

/// A first start on a folder without an index: the calendar and the count of
/// files show at once, the minutes' boxes say they are being read (never
/// "nothing here"), and the items replace that when the files are read. The
/// debug build holds the parse until the test has read the first screen.
#[test]
fn a_first_start_shows_the_calendar_then_the_minutes() {
    // the test switches exist in debug builds only (`src/data.rs`, `src/tui.rs`): `cargo test
    // --release` has none
    if !cfg!(debug_assertions) {
        eprintln!("SKIP: a release build has no SCSDASH_TEST_* switches; run the debug tests for this one");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let minutes = home.path().join("minutes");
    let ws = scsdash::sources::Workspace::demo();
    let calendar = home.path().join("calendar");
    for (dir, files) in [(&minutes, &ws.minutes), (&calendar, &ws.calendar)] {
        for f in files {
            let p = dir.join(&f.path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, &f.bytes).unwrap();
        }
    }
    let go = home.path().join("go");
    let env = format!("SCSDASH_TEST_HOLD_EXTRACT='{}'", go.display());
    let args = format!(
        "--offline --minutes-dir '{}' --calendar-dir '{}' --as-of 2026-11-25",
        minutes.display(),
        calendar.display()
    );
    let Some(t) = Tmux::start_env(home, &env, &args, 120, 40) else { return };
    let s = t.wait_for("meeting files…");
    assert!(s.contains("Open action items (…)") && s.contains("Open tenders (…)"), "{s}");
    assert!(!s.contains("nothing here") && !s.contains("(0)"), "{s}");
    assert!(s.contains("SCS Tech Weekly"), "the calendar at once:\n{s}");
    std::fs::write(&go, "").unwrap();
    let s = t.wait_until("the minutes", |s| !s.contains("meeting files…") && s.contains("VP14"));
    assert!(s.contains("Open action items ("), "{s}");
    t.send(&["q"]);
    let after = t.wait_exit();
    assert!(after.contains("exit=0") && cooked(&after), "{after}");
}
