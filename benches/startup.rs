//! Process start to the first frame drawn with the demo data, measured on
//! the real release binary in a pseudo-terminal (`script`), which quits right
//! after that frame when `SCSDASH_EXIT_AFTER_FIRST_FRAME` is set. Includes
//! process start, terminal set-up, loading and analysing the demo workspace,
//! and restoring the terminal.

use std::process::Command;

use criterion::{criterion_group, criterion_main, Criterion};

fn startup(c: &mut Criterion) {
    let bin = env!("CARGO_BIN_EXE_scsdash");
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("SKIP: `script` (util-linux) is needed for the process start-up bench");
        return;
    }
    let home = std::env::temp_dir().join("scsdash-startup-bench");
    let _ = std::fs::create_dir_all(&home);
    let cmd = format!("{bin} --demo");
    // The cost of `script` and the pty alone, to subtract.
    c.bench_function("startup/pty_baseline_true", |b| {
        b.iter(|| {
            let st =
                Command::new("script").args(["-qec", "true", "/dev/null"]).stdout(std::process::Stdio::null()).status();
            assert!(st.expect("script runs").success());
        })
    });
    c.bench_function("startup/process_to_first_data_frame", |b| {
        b.iter(|| {
            let st = Command::new("script")
                .args(["-qec", &cmd, "/dev/null"])
                .env("SCSDASH_EXIT_AFTER_FIRST_FRAME", "1")
                .env("HOME", &home)
                .env("XDG_DATA_HOME", home.join("data"))
                .env("XDG_STATE_HOME", home.join("state"))
                .env("COLUMNS", "120")
                .env("LINES", "40")
                .stdout(std::process::Stdio::null())
                .status()
                .expect("script runs");
            assert!(st.success());
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = startup
}
criterion_main!(benches);
