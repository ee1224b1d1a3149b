//! Search latency over the real minutes corpus (`../shared/corpus/scs-minutes`).
//!
//! Prints the index build time and, per query, p50/p99 from a custom loop,
//! then runs criterion for mean/median. Skips with a message when the corpus
//! is absent.

use criterion::Criterion;
use scsdash::search::{date_from_file_name, Doc, Index, Query};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn corpus_dir() -> PathBuf {
    let root = std::env::var("SCSDASH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")));
    root.join("scs-minutes")
}

fn load(dir: &Path) -> Option<Vec<Doc>> {
    let mut docs = Vec::new();
    for series in std::fs::read_dir(dir).ok()?.flatten() {
        if !series.path().is_dir() {
            continue;
        }
        let sname = series.file_name().to_string_lossy().into_owned();
        if sname.starts_with('.') {
            continue;
        }
        for f in std::fs::read_dir(series.path()).ok()?.flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            if !name.ends_with(".md") {
                continue;
            }
            let Ok(bytes) = std::fs::read(f.path()) else {
                continue;
            };
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let title =
                text.lines().find(|l| l.starts_with('#')).unwrap_or("").trim_start_matches('#').trim().to_string();
            docs.push(Doc {
                path: format!("{sname}/{name}"),
                series: sname.clone(),
                date: date_from_file_name(&name),
                title,
                text,
            });
        }
    }
    Some(docs)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    let dir = corpus_dir();
    let Some(docs) = load(&dir).filter(|d| !d.is_empty()) else {
        eprintln!("SKIP: corpus not found at {}", dir.display());
        return;
    };
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let n = docs.len();

    let mut builds = Vec::new();
    let mut index = None;
    for _ in 0..10 {
        let d = docs.clone();
        let t = Instant::now();
        let idx = Index::build(d);
        builds.push(t.elapsed());
        index = Some(idx);
    }
    builds.sort();
    let Some(index) = index else { return };
    println!(
        "index build over {n} files, {:.1} MB: median {:.2?}, max {:.2?}",
        bytes as f64 / 1e6,
        percentile(&builds, 0.5),
        builds[builds.len() - 1]
    );

    let queries = [
        ("one word", "zuul", 200),
        ("phrase", "storage class", 200),
        ("rare word", "kyoto", 200),
        ("common word", "the", 200),
        ("common, all", "the", 0),
        ("three words", "default storage class", 200),
        ("1st keystroke", "s", 200),
    ];
    for (label, text, limit) in queries {
        let q = Query::new(text, limit);
        let hits = index.search(&q).len();
        let mut times = Vec::with_capacity(2000);
        for _ in 0..2000 {
            let t = Instant::now();
            black_box(index.search(black_box(&q)));
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "query {label:13} {text:22} limit {limit:3} -> {hits:5} hits: p50 {:>9.2?}  p99 {:>9.2?}  max {:>9.2?}",
            percentile(&times, 0.5),
            percentile(&times, 0.99),
            times[times.len() - 1]
        );
    }

    let mut c = Criterion::default().configure_from_args();
    for (label, text, limit) in queries {
        let q = Query::new(text, limit);
        c.bench_function(&format!("search {label} ({text}, limit {limit})"), |b| {
            b.iter(|| index.search(black_box(&q)))
        });
    }
    c.bench_function("index build", |b| {
        b.iter_batched(|| docs.clone(), Index::build, criterion::BatchSize::LargeInput)
    });
    c.final_summary();
}
