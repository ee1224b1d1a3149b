//! Build script: a fingerprint of the code whose output the persisted index
//! stores (the minutes engine, the model types, the search lines, the text
//! sanitiser, the completion word harvester). An index written by a binary
//! with another fingerprint is discarded and rebuilt, so a change to the
//! parser never leaves stale parse results on a user's disk.

use std::path::Path;

const INPUTS: &[&str] =
    &["src/minutes", "src/model", "src/search", "src/text.rs", "src/editor/complete.rs", "src/index"];

fn main() {
    let mut files = Vec::new();
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        collect(Path::new(input), &mut files);
    }
    files.sort();
    // FNV-1a 64 over (path, contents) of every input file.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(env!("CARGO_PKG_VERSION").as_bytes());
    for f in &files {
        feed(f.to_string_lossy().as_bytes());
        feed(&std::fs::read(f).unwrap_or_default());
    }
    println!("cargo:rustc-env=SCSDASH_ENGINE_FINGERPRINT={h:016x}");
}

fn collect(p: &Path, out: &mut Vec<std::path::PathBuf>) {
    if p.is_dir() {
        if let Ok(rd) = std::fs::read_dir(p) {
            for e in rd.flatten() {
                collect(&e.path(), out);
            }
        }
    } else if p.extension().is_some_and(|e| e == "rs") {
        out.push(p.to_path_buf());
    }
}
