//! Where the real SCS data is, for the conformance tests: `SCSDASH_CORPUS`, else
//! `../shared/corpus` beside the crate. Absent data is a printed SKIP, not a failure,
//! because a user's fresh clone does not have it; but when `SCSDASH_REQUIRE` lists
//! `corpus` (CI sets `SCSDASH_REQUIRE=corpus,tmux`), absent data fails the test.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use scsdash::model::SourceFile;

/// The corpus folder (which may not exist).
pub fn base() -> PathBuf {
    std::env::var("SCSDASH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")))
}

/// Say that a test is skipped. Written to stderr directly: libtest captures
/// `eprintln!` of passing tests, and this notice must be seen.
pub fn skip(missing: &Path) {
    if required("corpus") {
        panic!("SCSDASH_REQUIRE lists corpus, but it is not found at {}", missing.display());
    }
    let _ = std::io::Write::write_fmt(
        &mut std::io::stderr(),
        format_args!("SKIP: corpus not found at {}\n", missing.display()),
    );
}

/// A subfolder of the corpus (`scs-minutes`, `scs-calendar`), or `None` after a SKIP notice.
pub fn dir(sub: &str) -> Option<PathBuf> {
    let d = base().join(sub);
    if d.is_dir() {
        Some(d)
    } else {
        skip(&d);
        None
    }
}

/// Every file below a corpus subfolder with one of `exts`, paths relative to it,
/// read the way the app reads a local clone.
pub fn files(sub: &str, exts: &[&str]) -> Option<Vec<SourceFile>> {
    let d = dir(sub)?;
    let (files, _warnings) = scsdash::sources::read_tree(&d, exts).ok()?;
    Some(files)
}

/// Whether `SCSDASH_REQUIRE` (comma-separated, e.g. `corpus,tmux`) lists `what`:
/// then a missing prerequisite is a failure, not a SKIP.
pub fn required(what: &str) -> bool {
    std::env::var("SCSDASH_REQUIRE").is_ok_and(|v| v.split(',').any(|w| w.trim() == what))
}
