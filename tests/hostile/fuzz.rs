//! The long fuzz run of issue #11 (outside CI): mutation-based inputs for
//! the minutes pipeline and the calendar readers (ICS and yaml2ics), seeded
//! from the demo workspace, the test fixtures and the corpus when present.
//! Does nothing unless `SCSDASH_FUZZ_INPUTS=N` is set; run it in release:
//!
//! ```sh
//! SCSDASH_FUZZ_INPUTS=10000000 nice cargo test --release --test hostile fuzz -- --nocapture
//! ```
//!
//! Each input must not panic and must finish within a bound; offending inputs
//! are written to `$CARGO_TARGET_DIR/fuzz-findings/` (or the temp dir).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use scsdash::model::SourceFile;

const TOKENS: &[&str] = &[
    "\u{202E}",
    "\u{2066}",
    "\u{9B}",
    "\x1b[2J",
    "\0",
    "\r",
    "\n",
    "\t",
    "€",
    "日本",
    "🎉",
    "9999-12-31",
    "0001-01-01",
    "2200-12-31",
    "1899-12-31",
    "262143-12-31",
    "-1",
    "4294967295",
    "0",
    "# ",
    "## ",
    "### ",
    "- [ ] @",
    "- _AI @",
    ": ",
    "VP",
    "VP99a-2 ",
    "Tender is open",
    "awarded to ",
    "Decision:",
    "| a | b |\n|---|---|\n",
    "```\n",
    "<!--",
    "-->",
    "[x](http://a)",
    "@@@",
    "**",
    "~~",
    "BEGIN:VEVENT\n",
    "END:VEVENT\n",
    "BEGIN:VCALENDAR\n",
    "END:VCALENDAR\n",
    "DTSTART:",
    "DTSTART;TZID=Europe/Berlin:",
    "DTSTART;VALUE=DATE:",
    "RRULE:FREQ=SECONDLY",
    "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    ";BYDAY=",
    "53MO,-1FR,",
    ";INTERVAL=",
    ";COUNT=",
    ";UNTIL=",
    ";BYSETPOS=-1",
    "EXDATE:",
    "RDATE:",
    "RECURRENCE-ID:",
    "DURATION:P99999999W",
    "20260105T100000Z",
    "99991231T235959Z",
    "00010101T000000",
    "events:\n",
    "  - summary: x\n",
    "    begin: ",
    "    repeat:\n",
    "      interval:\n",
    "        weeks: ",
    "        seconds: ",
    "      until: ",
    "      except_on:\n        - ",
    "include:\n  - ",
    "timezone: ",
    "Mars/Olympus",
    "Europe/Berlin",
    "Wednesdays 11:35 CEST",
    "every Monday 10:05 ",
    "starting 2026-12-01",
    "moved to ",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Minutes,
    Ics,
    Yaml,
}

fn seeds() -> Vec<(Kind, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut walk = |dir: PathBuf, limit: usize| {
        let mut stack = vec![dir];
        let mut n = 0;
        while let Some(d) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else { continue };
            for e in rd.flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                    continue;
                }
                let kind = match p.extension().and_then(|x| x.to_str()) {
                    Some("md") => Kind::Minutes,
                    Some("ics") => Kind::Ics,
                    Some("yml") | Some("yaml") => Kind::Yaml,
                    _ => continue,
                };
                if n >= limit {
                    return;
                }
                if let Ok(b) = std::fs::read(&p) {
                    let mut b = b;
                    b.truncate(8 * 1024);
                    out.push((kind, b));
                    n += 1;
                }
            }
        }
    };
    walk(root.join("assets/demo"), 500);
    walk(root.join("tests/fixtures"), 500);
    if Path::new("/work/shared/corpus").is_dir() {
        walk(PathBuf::from("/work/shared/corpus"), 2_000);
    }
    out
}

fn mutate(rng: &mut Rng, seeds: &[(Kind, Vec<u8>)], base: &[u8]) -> Vec<u8> {
    let mut v = base.to_vec();
    for _ in 0..1 + rng.below(8) {
        let len = v.len();
        match rng.below(7) {
            0 if len > 0 => {
                let i = rng.below(len);
                v[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(len + 1);
                v.insert(i, rng.next() as u8);
            }
            2 if len > 0 => {
                let i = rng.below(len);
                let n = rng.below((len - i).min(256) + 1);
                v.drain(i..i + n);
            }
            3 if len > 0 => {
                let i = rng.below(len);
                let n = rng.below((len - i).min(512) + 1);
                let chunk = v[i..i + n].to_vec();
                let at = rng.below(v.len() + 1);
                v.splice(at..at, chunk);
            }
            4 => {
                let other = &seeds[rng.below(seeds.len())].1;
                if !other.is_empty() {
                    let i = rng.below(other.len());
                    let n = rng.below((other.len() - i).min(512) + 1);
                    let at = rng.below(v.len() + 1);
                    v.splice(at..at, other[i..i + n].iter().copied());
                }
            }
            _ => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                let at = rng.below(v.len() + 1);
                v.splice(at..at, t.iter().copied());
            }
        }
    }
    v.truncate(16 * 1024);
    v
}

fn exercise(kind: Kind, bytes: Vec<u8>, n: u64) {
    use chrono::{DateTime, Utc};
    let window = |s: &str, days: i64| {
        let from = DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        (from, from + chrono::Duration::days(days))
    };
    match kind {
        Kind::Minutes => {
            let f = SourceFile::new(format!("team-{}/20261116.md", n % 3), bytes);
            if n.is_multiple_of(32) {
                let _ = scsdash::minutes::analyze(&[f.clone(), f]);
            } else {
                let _ = scsdash::minutes::parse_meeting(&f);
            }
        }
        Kind::Ics | Kind::Yaml => {
            let cal = if kind == Kind::Ics {
                scsdash::schedule::parse_ics(&String::from_utf8_lossy(&bytes))
            } else {
                scsdash::schedule::load_yaml2ics(&[SourceFile::new("main.yml", bytes)])
            };
            if let Ok(cal) = cal {
                let s = scsdash::schedule::Schedule::new(vec![cal], &[]);
                let (from, to) = window("2026-01-05T00:00:00Z", 60);
                let _ = s.occurrences(from, to, chrono_tz::America::New_York);
                if n.is_multiple_of(16) {
                    let (from, to) = window("2200-12-01T00:00:00Z", 30);
                    let _ = s.occurrences(from, to, chrono_tz::UTC);
                    let _ = s.next_up(from, chrono_tz::Asia::Kolkata);
                    let _ = s.to_ics_at(from, to, from);
                }
            }
        }
    }
}

#[test]
fn long_fuzz_run() {
    let Some(total) = std::env::var("SCSDASH_FUZZ_INPUTS").ok().and_then(|v| v.parse::<u64>().ok()) else {
        eprintln!("SKIP: set SCSDASH_FUZZ_INPUTS=N for the long fuzz run");
        return;
    };
    let threads: u64 = std::env::var("SCSDASH_FUZZ_THREADS").ok().and_then(|v| v.parse().ok()).unwrap_or(2);
    let seeds = seeds();
    let by_kind: Vec<Vec<usize>> = [Kind::Minutes, Kind::Ics, Kind::Yaml]
        .iter()
        .map(|k| (0..seeds.len()).filter(|&i| seeds[i].0 == *k).collect())
        .collect();
    assert!(by_kind.iter().all(|v| !v.is_empty()), "seeds of every kind");
    let out_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir)
        .join("fuzz-findings");
    let _ = std::fs::create_dir_all(&out_dir);
    std::panic::set_hook(Box::new(|_| {}));
    let done = AtomicU64::new(0);
    let findings: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let per_kind = Mutex::new([0u64; 3]);
    let slowest = Mutex::new((Duration::ZERO, String::new()));
    let start = Instant::now();
    std::thread::scope(|sc| {
        for t in 0..threads {
            let (seeds, by_kind, done, findings, per_kind, slowest, out_dir) =
                (&seeds, &by_kind, &done, &findings, &per_kind, &slowest, &out_dir);
            sc.spawn(move || {
                let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (t + 1).wrapping_mul(0x2545_F491_4F6C_DD1D));
                let mut counts = [0u64; 3];
                loop {
                    let n = done.fetch_add(1, Ordering::Relaxed);
                    if n >= total {
                        break;
                    }
                    // Half minutes, a quarter each ICS and yaml2ics, whatever the seed mix.
                    let want = match rng.below(4) {
                        0 | 1 => Kind::Minutes,
                        2 => Kind::Ics,
                        _ => Kind::Yaml,
                    };
                    let pool = &by_kind[want as usize];
                    let (kind, base) = &seeds[pool[rng.below(pool.len())]];
                    let input = mutate(&mut rng, seeds, base);
                    counts[*kind as usize] += 1;
                    let t0 = Instant::now();
                    let r = catch_unwind(AssertUnwindSafe(|| exercise(*kind, input.clone(), n)));
                    let took = t0.elapsed();
                    if took > slowest.lock().unwrap().0 {
                        *slowest.lock().unwrap() = (took, format!("{kind:?} #{n}"));
                    }
                    let why = match r {
                        Err(_) => Some("panic"),
                        Ok(()) if took > Duration::from_secs(2) => Some("slow"),
                        Ok(()) => None,
                    };
                    if let Some(why) = why {
                        let name = format!("{why}-{kind:?}-{n}.bin");
                        let _ = std::fs::write(out_dir.join(&name), &input);
                        findings.lock().unwrap().push(format!("{why} {kind:?} input #{n} ({took:?}) -> {name}"));
                    }
                    if n > 0 && n % 1_000_000 == 0 {
                        eprintln!("fuzz: {n} inputs, {:?}", start.elapsed());
                    }
                }
                let mut pk = per_kind.lock().unwrap();
                for i in 0..3 {
                    pk[i] += counts[i];
                }
            });
        }
    });
    let _ = std::panic::take_hook();
    let f = findings.into_inner().unwrap();
    let pk = per_kind.into_inner().unwrap();
    let slow = slowest.into_inner().unwrap();
    eprintln!(
        "fuzz: {total} inputs ({} minutes, {} ICS, {} yaml2ics) from {} seeds in {:?}; slowest input {:?} ({}); {} findings",
        pk[0], pk[1], pk[2], seeds.len(), start.elapsed(), slow.0, slow.1, f.len()
    );
    for x in f.iter().take(50) {
        eprintln!("  {x}");
    }
    assert!(f.is_empty(), "{} findings, inputs in {}", f.len(), out_dir.display());
}

/// Replays the inputs a long run wrote (`SCSDASH_FUZZ_REPLAY=DIR`, files
/// named `<why>-<Kind>-<n>.bin`): each again, alone, timed by CPU-independent
/// repetition (the median of 5 runs), so a "slow" finding from a starved
/// machine can be told from a real one. Does nothing without the variable.
#[test]
fn replay_fuzz_findings() {
    let Some(dir) = std::env::var_os("SCSDASH_FUZZ_REPLAY") else {
        eprintln!("SKIP: set SCSDASH_FUZZ_REPLAY=DIR to replay fuzz findings");
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    let mut bad = Vec::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let kind = match name.split('-').nth(1) {
            Some("Minutes") => Kind::Minutes,
            Some("Ics") => Kind::Ics,
            Some("Yaml") => Kind::Yaml,
            _ => continue,
        };
        let n: u64 = name.rsplit('-').next().and_then(|s| s.trim_end_matches(".bin").parse().ok()).unwrap_or(0);
        let bytes = std::fs::read(&f).unwrap();
        let mut times = Vec::new();
        for _ in 0..5 {
            let t0 = Instant::now();
            let r = catch_unwind(AssertUnwindSafe(|| exercise(kind, bytes.clone(), n)));
            times.push(t0.elapsed());
            if r.is_err() {
                bad.push(format!("{name}: panic"));
                break;
            }
        }
        times.sort();
        let median = times[times.len() / 2];
        eprintln!("replay {name}: {} bytes, median {median:?} of {} runs", bytes.len(), times.len());
        if median > Duration::from_secs(2) {
            bad.push(format!("{name}: {median:?}"));
        }
    }
    assert!(bad.is_empty(), "{bad:?}");
}
