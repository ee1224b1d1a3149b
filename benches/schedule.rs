//! Expanding the whole SCS calendar (main.yml + includes + archive) over a year.
//! Target: < 5 ms per year and zone. Without the corpus, a generated calendar
//! of similar size (~160 events, ~70 recurring) is used.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use scsdash::model::SourceFile;
use scsdash::schedule::{load_yaml2ics, Calendar, Schedule};

fn walk(root: &Path, dir: &Path, out: &mut Vec<SourceFile>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(root, &p, out);
        } else if let (Ok(rel), Ok(bytes)) = (p.strip_prefix(root), std::fs::read(&p)) {
            out.push(SourceFile::new(rel.to_string_lossy().replace('\\', "/"), bytes));
        }
    }
}

fn corpus_calendars() -> Option<Vec<Calendar>> {
    let base = std::env::var("SCSDASH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")));
    let dir = base.join("scs-calendar");
    if !dir.join("main.yml").is_file() {
        return None;
    }
    let mut files = Vec::new();
    walk(&dir, &dir, &mut files);
    let mut cals = vec![load_yaml2ics(&files).ok()?];
    for f in files.iter().filter(|f| f.path.starts_with("archive/")) {
        cals.push(load_yaml2ics(std::slice::from_ref(f)).ok()?);
    }
    Some(cals)
}

fn generated_calendars() -> Vec<Calendar> {
    let mut y = String::from("timezone: Europe/Berlin\nevents:\n");
    for i in 0..160 {
        let (m, d, h) = (1 + i % 12, 1 + i % 27, 8 + i % 9);
        y.push_str(&format!(
            "  - summary: \"Meeting {i}\"\n    begin: 2026-{m:02}-{d:02} {h:02}:05:00\n    duration:\n      minutes: 50\n    description: |\n      Generated meeting number {i} with a description of typical length.\n      Jitsi server on https://conf.example.org/x\n"
        ));
        if i % 9 < 4 {
            let unit = if i % 20 == 0 { "months" } else { "weeks" };
            y.push_str(&format!(
                "    repeat:\n      interval:\n        {unit}: {}\n      until: 2026-12-18\n      except_on:\n        - 2026-{m:02}-{d:02} {h:02}:05:00\n",
                1 + i % 2
            ));
        }
    }
    vec![load_yaml2ics(&[SourceFile::new("gen.yml", y)]).expect("generated calendar")]
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("timestamp").with_timezone(&Utc)
}

fn bench(c: &mut Criterion) {
    let (label, cals) = match corpus_calendars() {
        Some(c) => ("corpus", c),
        None => {
            eprintln!("corpus not found: benchmarking a generated calendar of similar size");
            ("generated", generated_calendars())
        }
    };
    let sched = Schedule::new(cals, &[]);
    let berlin = chrono_tz::Europe::Berlin;
    let ny = chrono_tz::America::New_York;
    for (year, from, to) in [
        ("2026", utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z")),
        ("2023", utc("2023-01-01T00:00:00Z"), utc("2024-01-01T00:00:00Z")),
    ] {
        eprintln!("{label} {year}: {} occurrences", sched.occurrences(from, to, berlin).len());
        c.bench_function(&format!("{label} year {year} Europe/Berlin"), |b| {
            b.iter(|| black_box(sched.occurrences(black_box(from), black_box(to), berlin)))
        });
        c.bench_function(&format!("{label} year {year} America/New_York"), |b| {
            b.iter(|| black_box(sched.occurrences(black_box(from), black_box(to), ny)))
        });
    }
    let now = utc("2026-06-01T12:00:00Z");
    c.bench_function(&format!("{label} next_up"), |b| b.iter(|| black_box(sched.next_up(black_box(now), berlin))));
}

criterion_group!(benches, bench);
criterion_main!(benches);
