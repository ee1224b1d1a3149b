//! The whole SCS minutes corpus (files already in memory) -> `Minutes`,
//! single thread. Reports throughput in bytes/s; target >= 50 MB/s.
//! Skips with a message when `../shared/corpus` is absent.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use scsdash::minutes::{analyze, parse_meeting};
use scsdash::model::SourceFile;

fn walk(dir: &Path, root: &Path, out: &mut Vec<SourceFile>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, root, out);
        } else if let (Ok(bytes), Ok(rel)) = (std::fs::read(&p), p.strip_prefix(root)) {
            out.push(SourceFile::new(rel.to_string_lossy().replace('\\', "/"), bytes));
        }
    }
}

fn corpus() -> Option<Vec<SourceFile>> {
    let base = std::env::var("SCSDASH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")));
    let root = base.join("scs-minutes");
    if !root.is_dir() {
        eprintln!("SKIP: corpus not found at {}", root.display());
        return None;
    }
    let mut files = Vec::new();
    walk(&root, &root, &mut files);
    files.retain(|f| f.path.ends_with(".md"));
    Some(files)
}

fn bench(c: &mut Criterion) {
    let Some(files) = corpus() else { return };
    let bytes: u64 = files.iter().map(|f| f.bytes.len() as u64).sum();
    let mut g = c.benchmark_group("minutes");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("analyze_corpus", |b| b.iter_with_large_drop(|| analyze(std::hint::black_box(&files))));
    g.bench_function("parse_each_file", |b| {
        b.iter(|| files.iter().map(|f| parse_meeting(std::hint::black_box(f)).actions.len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
