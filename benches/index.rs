//! Issue #14's targets on the benchmark corpus (the shared SCS minutes
//! repeated K times, each copy's dates moved back by years; generated into a
//! temp dir, see `benches/corpus`), at 1x, 4x and 16x (`SCSDASH_BENCH_SCALES=1,4`
//! to choose):
//!
//! - first frame with data, cold (no index) and warm: the real release binary
//!   started on a fresh pseudo-terminal (120x40) with
//!   `SCSDASH_EXIT_AFTER_FIRST_FRAME=1`, timed from `spawn` to its exit, and
//!   its peak RSS (`wait4`); no `script` in between. Cold, that first frame is
//!   the calendars while the minutes are read; `=whole` times the first frame
//!   with every pane filled as well;
//! - `scsdash actions --json` cold and warm against `grep -rc AI` over the same tree,
//!   from the folder (`--minutes-dir`: a stat per file tells whether it changed)
//!   and from the same files as a synced GitHub cache (the manifest's blob SHAs
//!   tell it: no stat per file), each also as a multiple of its 1x time;
//! - search keystrokes at this scale, in process on the indexed load: every
//!   prefix of a few queries typed one key at a time, p50 and p99.
//!
//! Prints one Markdown table row per scale and measure. Skips when the corpus is absent.

mod corpus;

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn pct(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Run `cmd` on a fresh pty; returns (wall time from spawn to exit, peak RSS in MB).
#[allow(clippy::zombie_processes)] // reaped by libc::wait4 below, for its rusage
fn run_in_pty(cmd: &mut Command) -> (Duration, f64) {
    let (mut master, mut slave) = (0, 0);
    let ws = libc::winsize { ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0 };
    let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &ws) };
    assert_eq!(rc, 0, "openpty");
    // Drain the terminal output so the program never blocks on writing.
    let drain = std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        loop {
            let n = unsafe { libc::read(master, buf.as_mut_ptr().cast(), buf.len()) };
            if n <= 0 {
                break;
            }
        }
        unsafe { libc::close(master) };
    });
    let fd = |f: i32| unsafe { Stdio::from_raw_fd_dup(f) };
    cmd.stdin(fd(slave)).stdout(fd(slave)).stderr(fd(slave));
    unsafe {
        cmd.pre_exec(move || {
            libc::setsid();
            libc::ioctl(0, libc::TIOCSCTTY, 0);
            Ok(())
        });
    }
    let t0 = Instant::now();
    let child = cmd.spawn().expect("spawn");
    // The Command keeps its copies of the slave until they are replaced: while
    // any is open the drain never sees the end of the terminal.
    cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    let mut status = 0;
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut ru) };
    let dt = t0.elapsed();
    unsafe { libc::close(slave) };
    let _ = drain.join();
    assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "scsdash failed: {status}");
    (dt, ru.ru_maxrss as f64 / 1024.0)
}

trait FromRawFdDup {
    unsafe fn from_raw_fd_dup(fd: i32) -> Stdio;
}

impl FromRawFdDup for Stdio {
    unsafe fn from_raw_fd_dup(fd: i32) -> Stdio {
        use std::os::fd::FromRawFd;
        unsafe { Stdio::from_raw_fd(libc::dup(fd)) }
    }
}

/// Run to completion with stdout discarded; (wall time, peak RSS MB).
#[allow(clippy::zombie_processes)] // reaped by libc::wait4 below, for its rusage
fn run_plain(cmd: &mut Command) -> (Duration, f64) {
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    let t0 = Instant::now();
    let child = cmd.spawn().expect("spawn");
    let mut status = 0;
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut ru) };
    (t0.elapsed(), ru.ru_maxrss as f64 / 1024.0)
}

fn scsdash(home: &Path, minutes: &Path, cache: &Path) -> Command {
    command(home, Some(minutes), cache)
}

/// `scsdash --offline [--minutes-dir M] --cache-dir C` in its own home.
fn command(home: &Path, minutes: Option<&Path>, cache: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_scsdash"));
    c.arg("--offline");
    if let Some(m) = minutes {
        c.arg("--minutes-dir").arg(m);
    }
    c.arg("--cache-dir")
        .arg(cache)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("TERM", "xterm-256color")
        .env_remove("GITHUB_TOKEN")
        .env_remove("GH_TOKEN");
    c
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let Some(src) = corpus::shared_minutes() else {
        eprintln!("SKIP: ../shared/corpus/scs-minutes is absent; the index benchmarks need it");
        return;
    };
    let scales: Vec<usize> = std::env::var("SCSDASH_BENCH_SCALES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 4, 16]);
    let runs: usize = std::env::var("SCSDASH_BENCH_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(11);
    // Warm `actions --json` at 1x, folder and cache: the base of the "x the 1x time" rows.
    let mut base: Option<(Duration, Duration)> = None;
    println!("| scale | files | MB | measure | cold | warm |");
    println!("| --- | --- | --- | --- | --- | --- |");
    for k in scales {
        let tmp = tempfile::tempdir().unwrap();
        let minutes = tmp.path().join("minutes");
        let (n, bytes) = corpus::generate(&src, &minutes, k);
        let mb = format!("{:.1}", bytes as f64 / 1e6);
        let home = tmp.path().join("home");
        let cache = tmp.path().join("cache");
        let index_dir = cache.join("index");
        let row = |what: &str, cold: String, warm: String| println!("| {k}x | {n} | {mb} | {what} | {cold} | {warm} |");

        // First frame, cold then warm; RSS of the same runs.
        let (mut cold, mut cold_rss) = (Vec::new(), 0f64);
        for _ in 0..runs.div_ceil(3).max(3) {
            let _ = std::fs::remove_dir_all(&index_dir);
            let (t, r) = run_in_pty(scsdash(&home, &minutes, &cache).env("SCSDASH_EXIT_AFTER_FIRST_FRAME", "1"));
            cold.push(t);
            cold_rss = cold_rss.max(r);
        }
        // Warm: the index and its views written by a run that waits for them (a
        // run stopped at its first frame does not wait for the index write).
        run_plain(scsdash(&home, &minutes, &cache).args(["actions", "--json"]));
        let (mut warm, mut warm_rss) = (Vec::new(), 0f64);
        for _ in 0..runs {
            let (t, r) = run_in_pty(scsdash(&home, &minutes, &cache).env("SCSDASH_EXIT_AFTER_FIRST_FRAME", "1"));
            warm.push(t);
            warm_rss = warm_rss.max(r);
        }
        row("first frame with data, process start to exit, median (pty)", ms(median(&mut cold)), ms(median(&mut warm)));
        row("peak RSS of those runs", format!("{cold_rss:.0} MB"), format!("{warm_rss:.0} MB"));
        // Cold, a first start's first frame is the calendars alone (the minutes'
        // panes say they are being read): this is the frame with every pane filled.
        let mut whole = Vec::new();
        let mut whole_rss = 0f64;
        for _ in 0..runs.div_ceil(3).max(3) {
            let _ = std::fs::remove_dir_all(&index_dir);
            let (t, r) = run_in_pty(scsdash(&home, &minutes, &cache).env("SCSDASH_EXIT_AFTER_FIRST_FRAME", "whole"));
            whole.push(t);
            whole_rss = whole_rss.max(r);
        }
        row(
            "first frame with the minutes read (every pane filled), median (pty)",
            ms(median(&mut whole)),
            "as above".into(),
        );
        row("peak RSS of those runs", format!("{whole_rss:.0} MB"), String::new());

        // actions --json against grep.
        let actions = || {
            let mut c = scsdash(&home, &minutes, &cache);
            c.args(["actions", "--json"]);
            c
        };
        let mut a_cold = Vec::new();
        for _ in 0..runs.div_ceil(3).max(3) {
            let _ = std::fs::remove_dir_all(&index_dir);
            a_cold.push(run_plain(&mut actions()).0);
        }
        let mut a_warm: Vec<Duration> = (0..runs).map(|_| run_plain(&mut actions()).0).collect();
        let mut grep: Vec<Duration> =
            (0..runs).map(|_| run_plain(Command::new("grep").arg("-rc").arg("AI").arg(&minutes)).0).collect();
        let g = median(&mut grep);
        let w = median(&mut a_warm);
        row("`actions --json`, median", ms(median(&mut a_cold)), ms(w));
        row(
            "`grep -rc AI` over the same tree, median; warm actions / grep",
            ms(g),
            format!("{:.1}x", w.as_secs_f64() / g.as_secs_f64()),
        );

        // The same files as a synced GitHub cache (what `scsdash sync` leaves).
        let gh = tmp.path().join("ghcache");
        let repo = scsdash::sources::github::RepoSpec::default_minutes();
        write_cache(&minutes, &gh, &repo);
        let from_cache = || {
            // no --minutes-dir: the cache's snapshot is the source
            let mut c = command(&home, None, &gh);
            c.args(["actions", "--json"]);
            c
        };
        let mut c_cold = Vec::new();
        for _ in 0..runs.div_ceil(3).max(3) {
            let _ = std::fs::remove_dir_all(gh.join("index"));
            c_cold.push(run_plain(&mut from_cache()).0);
        }
        let mut c_warm: Vec<Duration> = (0..runs).map(|_| run_plain(&mut from_cache()).0).collect();
        let cw = median(&mut c_warm);
        row("`actions --json` from the synced GitHub cache, median", ms(median(&mut c_cold)), ms(cw));
        if k == 1 {
            base = Some((w, cw));
        }
        if let (Some((b_dir, b_cache)), true) = (base, k > 1) {
            row(
                "warm `actions --json` / its 1x time: folder, GitHub cache",
                String::new(),
                format!(
                    "{:.1}x, {:.1}x",
                    w.as_secs_f64() / b_dir.as_secs_f64(),
                    cw.as_secs_f64() / b_cache.as_secs_f64()
                ),
            );
        }

        // Search keystrokes on the indexed load.
        let choice = scsdash::data::SourceChoice {
            demo: false,
            minutes_dir: Some(minutes.clone()),
            calendar_dir: None,
            ics: None,
            offline: true,
            cache_dir: Some(cache.clone()),
            cache_dir_explicit: false,
            demo_fallback: true,
            minutes_repo: scsdash::sources::github::RepoSpec::new(
                "SovereignCloudStack",
                "minutes",
                "main",
                scsdash::sources::github::RepoKind::Minutes,
            ),
            calendar_repo: scsdash::sources::github::RepoSpec::new(
                "SovereignCloudStack",
                "calendar",
                "main",
                scsdash::sources::github::RepoKind::Calendar,
            ),
            as_of: None,
            tender_stale_days: 180,
        };
        let (_, data) = scsdash::data::load_checked(&choice).expect("load");
        let mut all = Vec::new();
        let mut worst = (Duration::ZERO, String::new());
        for q in ["zuul", "storage class", "the", "kyoto", "s", "action items"] {
            let mut times = Vec::new();
            for _ in 0..20 {
                for end in 1..=q.len() {
                    let query = scsdash::search::Query::new(&q[..end], 200);
                    let t0 = Instant::now();
                    std::hint::black_box(data.index.search(&query));
                    times.push(t0.elapsed());
                }
            }
            let p99 = pct(&mut times, 0.99);
            if p99 > worst.0 {
                worst = (p99, q.to_string());
            }
            all.extend(times);
        }
        row(
            "search keystroke (limit 200, every prefix of 6 queries), p50 / p99",
            ms(pct(&mut all, 0.5)),
            format!("{} (worst query `{}`: p99 {})", ms(pct(&mut all, 0.99)), worst.1, ms(worst.0)),
        );
    }
}

/// Write the tree `src` into the cache at `dir` as a finished sync of `repo`
/// would: one blob per file under its git blob SHA, then the manifest.
fn write_cache(src: &Path, dir: &Path, repo: &scsdash::sources::github::RepoSpec) {
    use scsdash::sources::cache::{git_blob_sha1, Cache, Manifest};
    let cache = Cache::open(dir.to_path_buf()).unwrap();
    let mut files = std::collections::BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap();
                let sha = git_blob_sha1(&bytes);
                cache.write_blob(repo, &sha, &bytes).unwrap();
                let rel = p.strip_prefix(src).unwrap().to_string_lossy().into_owned();
                files.insert(rel, sha);
            }
        }
    }
    let manifest = Manifest {
        version: 1,
        source: repo.label(),
        etag: Some("\"bench\"".into()),
        tree_sha: "0".repeat(40),
        synced_at: chrono::Utc::now(),
        truncated: false,
        files,
    };
    cache.commit_manifest(repo, &manifest).unwrap();
    // An hour old, as a sync of the morning left it (a manifest written in the
    // same clock tick as the index's stamp is not trusted, and re-read).
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let f = std::fs::File::options().write(true).open(cache.manifest_path(repo)).unwrap();
    f.set_modified(old).unwrap();
}
