//! `scsdash next` as a prompt runs it: the whole process (start, config,
//! reading the sources, the schedule, one line out) against `scsdash
//! --version`, the floor of any process start. The budget is 3x.
//! Measured on the demo workspace, and on the real corpus
//! (`/work/shared/corpus`, skipped with a notice when absent) as local folders.

use std::path::Path;
use std::process::{Command, Stdio};

use criterion::{criterion_group, criterion_main, Criterion};

fn run(args: &[&str], home: &Path) {
    let st = Command::new(env!("CARGO_BIN_EXE_scsdash"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_STATE_HOME", home.join("state"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("scsdash runs");
    // 0: a meeting, 1: none; both are a full run
    assert!(matches!(st.code(), Some(0) | Some(1)), "{args:?}: {st:?}");
}

fn next(c: &mut Criterion) {
    let home = std::env::temp_dir().join("scsdash-next-bench");
    let _ = std::fs::create_dir_all(&home);
    c.bench_function("next/version_baseline", |b| b.iter(|| run(&["--version"], &home)));
    c.bench_function("next/demo", |b| b.iter(|| run(&["--demo", "next"], &home)));
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let (m, cal) = (corpus.join("scs-minutes"), corpus.join("scs-calendar"));
    if m.is_dir() && cal.is_dir() {
        let (m, cal) = (m.to_string_lossy().into_owned(), cal.to_string_lossy().into_owned());
        c.bench_function("next/corpus_folders", |b| {
            b.iter(|| run(&["--minutes-dir", &m, "--calendar-dir", &cal, "next", "--all"], &home))
        });
    } else {
        eprintln!("SKIP next/corpus_folders: no corpus at {}", corpus.display());
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = next
}
criterion_main!(benches);
