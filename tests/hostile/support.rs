//! Running the real binary in an isolated home, and small helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The binary under test: this build's, or `SCSDASH_TEST_BIN` (to show a
/// test red against an older build).
pub fn bin() -> String {
    std::env::var("SCSDASH_TEST_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_scsdash").to_string())
}

/// A home directory with XDG dirs inside, and the binary run there.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home { dir: tempfile::tempdir().unwrap() }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let h = self.path();
        let mut c = Command::new(bin());
        c.args(args)
            .env("HOME", h)
            .env("XDG_CONFIG_HOME", h.join("config"))
            .env("XDG_CACHE_HOME", h.join("cache"))
            .env("XDG_DATA_HOME", h.join("data"))
            .env("XDG_STATE_HOME", h.join("state"))
            .env("TZ", "Europe/Berlin")
            .env("COLUMNS", "400")
            .env_remove("SCSDASH_CONFIG")
            .env_remove("SCSDASH_CACHE_DIR")
            .env_remove("GITHUB_TOKEN")
            .env_remove("GH_TOKEN")
            .stdin(Stdio::null());
        c
    }

    /// Run to completion with a deadline (the child is killed past it).
    pub fn run(&self, args: &[&str]) -> Output {
        run_bounded(self.cmd(args), Duration::from_secs(60))
    }

    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        p
    }
}

/// Run a command, kill it if it is not done within `limit` (then panic).
pub fn run_bounded(mut cmd: Command, limit: Duration) -> Output {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || read_all(stdout));
    let err_t = std::thread::spawn(move || read_all(stderr));
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the binary did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output { status, stdout: out_t.join().unwrap(), stderr: err_t.join().unwrap() }
}

fn read_all(mut r: impl std::io::Read) -> Vec<u8> {
    let mut v = Vec::new();
    let _ = r.read_to_end(&mut v);
    v
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// C1 controls and bidi overrides/isolates, the characters issue #11 names.
pub fn is_hostile_char(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        || (c.is_control() && c != '\n' && c != '\t')
}

/// A tmux session running the binary (None, with a notice, without tmux).
pub struct Tmux {
    socket: String,
    pub home: Home,
}

impl Tmux {
    pub fn start(home: Home, env: &str, args: &str, w: u16, h: u16) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("SKIP: tmux not installed (CI installs it)");
            return None;
        }
        let socket = format!("scsdash-hostile-{}-{}", std::process::id(), nanos());
        let bin = bin();
        let script = format!(
            "export HOME='{h}' XDG_CONFIG_HOME='{h}/config' XDG_CACHE_HOME='{h}/cache' XDG_DATA_HOME='{h}/data' XDG_STATE_HOME='{h}/state' TZ=Europe/Berlin; {env} '{bin}' {args} 2>'{h}/stderr.txt'; echo \"exit=$?\" > '{h}/after.txt'; sleep 60",
            h = home.path().display(),
        );
        let st = Command::new("tmux")
            .args(["-L", &socket, "new-session", "-d", "-s", "h", "-x", &w.to_string(), "-y", &h.to_string()])
            .args(["sh", "-c", &script])
            .env_remove("TMUX")
            .status()
            .ok()?;
        assert!(st.success(), "tmux new-session failed");
        Some(Tmux { socket, home })
    }

    pub fn send(&self, keys: &[&str]) {
        let st = Command::new("tmux").args(["-L", &self.socket, "send-keys", "-t", "h"]).args(keys).status().unwrap();
        assert!(st.success());
    }

    pub fn screen(&self) -> String {
        let o = Command::new("tmux").args(["-L", &self.socket, "capture-pane", "-p", "-t", "h"]).output().unwrap();
        text(&o.stdout)
    }

    /// Wait (deadline 30 s) until `f(screen)` holds (settled screen).
    pub fn wait_until(&self, what: &str, f: impl Fn(&str) -> bool) -> String {
        crate::common_screen::wait_settled(what, Duration::from_secs(30), || self.screen(), f)
    }

    pub fn wait_for(&self, t: &str) -> String {
        self.wait_until(t, |s| s.contains(t))
    }

    /// Wait (deadline `secs`) for the binary to exit; its `exit=N` line.
    pub fn wait_exit(&self, secs: u64) -> Option<String> {
        let p = self.home.path().join("after.txt");
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            if let Ok(s) = std::fs::read_to_string(&p) {
                if let Some(l) = s.lines().find(|l| l.starts_with("exit=")) {
                    return Some(l.to_string());
                }
            }
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    pub fn stderr(&self) -> String {
        std::fs::read_to_string(self.home.path().join("stderr.txt")).unwrap_or_default()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).status();
    }
}

fn nanos() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
}

/// The real corpus, when present.
pub fn corpus() -> Option<PathBuf> {
    let p = PathBuf::from("/work/shared/corpus");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("SKIP: /work/shared/corpus absent");
        None
    }
}
