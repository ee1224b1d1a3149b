//! The persisted index (`scsdash::index`): a load through it gives exactly
//! what a fresh parse gives, across random edits of a minutes folder; a
//! damaged or foreign index is discarded and rebuilt; two processes starting
//! at once on an empty index both come up with the right data.
//!
//! Fixtures: a copy of the bundled demo minutes in a temp dir. No network.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use proptest::prelude::*;
use scsdash::data::{self, Data, SourceChoice};
use scsdash::index::{IndexData, Rejected, Source, FORMAT_VERSION};
use scsdash::model::meeting::{ActionStatus, Minutes};
use scsdash::search::{Index, Query};
use scsdash::sources::cache::{git_blob_sha1, Cache, Manifest};
use scsdash::sources::github::{RepoKind, RepoSpec};
use scsdash::sources::{read_tree, Workspace};

fn demo_repo() -> RepoSpec {
    RepoSpec::new("SovereignCloudStack", "minutes", "main", RepoKind::Minutes)
}

fn choice(minutes: Option<&Path>, cache: &Path) -> SourceChoice {
    SourceChoice {
        demo: false,
        minutes_dir: minutes.map(Path::to_path_buf),
        calendar_dir: None,
        ics: None,
        offline: true,
        cache_dir: Some(cache.to_path_buf()),
        cache_dir_explicit: false,
        demo_fallback: true,
        minutes_repo: demo_repo(),
        calendar_repo: RepoSpec::new("SovereignCloudStack", "calendar", "main", RepoKind::Calendar),
        as_of: None,
        tender_stale_days: 180,
    }
}

/// Writes files with strictly increasing mtimes in the past, so the stat
/// short cut is trusted (and never fooled by two writes in one clock tick).
struct Writer {
    next: SystemTime,
}

impl Writer {
    fn new() -> Writer {
        Writer { next: SystemTime::now() - Duration::from_secs(100_000) }
    }

    fn write(&mut self, path: &Path, bytes: &[u8]) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        let f = std::fs::File::options().write(true).open(path).unwrap();
        f.set_modified(self.next).unwrap();
        self.next += Duration::from_secs(1);
    }
}

/// The demo minutes as (relative path, bytes).
fn demo_files() -> Vec<(String, Vec<u8>)> {
    Workspace::demo().minutes.into_iter().map(|f| (f.path, f.bytes)).collect()
}

fn copy_demo(dir: &Path, w: &mut Writer) {
    for (p, b) in demo_files() {
        w.write(&dir.join(p), &b);
    }
}

/// A fresh parse of the folder, as `scsdash` did before the index.
fn fresh(dir: &Path) -> Data {
    let (files, _) = read_tree(dir, &["md"]).unwrap();
    let ws = Workspace { minutes: files, ..Workspace::demo() };
    data::analyze(&ws)
}

fn without_text(m: &Minutes) -> Minutes {
    let mut m = m.clone();
    for mt in &mut m.meetings {
        mt.text.clear();
    }
    m
}

const QUERIES: &[&str] = &["zuul", "the", "storage class", "action", "vp1", "s", "übung", "k8s 1"];

fn search_all(i: &Index) -> Vec<Vec<scsdash::search::Hit>> {
    QUERIES.iter().map(|q| i.search(&Query::new(*q, 0))).collect()
}

/// The loaded data equals a fresh parse: minutes, search hits, texts, words.
fn assert_same(loaded: &Data, expect: &Data) {
    // `load` judges as of today (or --as-of), `analyze` as of the newest meeting:
    // compare the same assembly of the loaded meetings
    let reassembled =
        scsdash::minutes::assemble(loaded.minutes.meetings.clone(), &scsdash::minutes::Options::default());
    assert_eq!(reassembled, without_text(&expect.minutes));
    assert_eq!(search_all(&loaded.index), search_all(&expect.index));
    for m in &expect.minutes.meetings {
        assert_eq!(loaded.meeting_text(&m.path), m.text, "{}", m.path);
    }
    let a: BTreeSet<&String> = loaded.words.iter().collect();
    let b: BTreeSet<&String> = expect.words.iter().collect();
    assert_eq!(a, b);
}

fn load(c: &SourceChoice) -> Data {
    data::load_checked(c).expect("load").1
}

fn index_file(dir: &Path, cache: &Path) -> PathBuf {
    Source::Local(dir.to_path_buf()).index_path(cache)
}

fn key(dir: &Path) -> String {
    Source::Local(dir.to_path_buf()).key()
}

#[derive(Debug, Clone)]
enum Op {
    Add { from: usize, day: u32 },
    Change { at: usize, n: u32 },
    Delete { at: usize },
    Rename { at: usize, day: u32 },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0usize..100, 1u32..28).prop_map(|(from, day)| Op::Add { from, day }),
        (0usize..100, 0u32..1000).prop_map(|(at, n)| Op::Change { at, n }),
        (0usize..100).prop_map(|at| Op::Delete { at }),
        (0usize..100, 1u32..28).prop_map(|(at, day)| Op::Rename { at, day }),
    ]
}

fn md_files(dir: &Path) -> Vec<PathBuf> {
    let (files, _) = read_tree(dir, &["md"]).unwrap();
    files.into_iter().map(|f| dir.join(f.path)).collect()
}

fn apply(dir: &Path, op: &Op, w: &mut Writer) {
    let files = md_files(dir);
    if files.is_empty() {
        return;
    }
    let pick = |i: usize| files[i % files.len()].clone();
    match *op {
        Op::Add { from, day } => {
            let src = pick(from);
            let series = src.parent().unwrap().to_path_buf();
            let bytes = std::fs::read(&src).unwrap();
            w.write(&series.join(format!("202503{day:02}.md")), &bytes);
        }
        Op::Change { at, n } => {
            let p = pick(at);
            let mut bytes = std::fs::read(&p).unwrap();
            bytes
                .extend_from_slice(format!("\n## Action items\n\n- @user{n}: review the zuul change {n}\n").as_bytes());
            w.write(&p, &bytes);
        }
        Op::Delete { at } => {
            if files.len() > 1 {
                std::fs::remove_file(pick(at)).unwrap();
            }
        }
        Op::Rename { at, day } => {
            let p = pick(at);
            let to = dir.join("renamed").join(format!("202504{day:02}.md"));
            if !to.exists() {
                std::fs::create_dir_all(to.parent().unwrap()).unwrap();
                std::fs::rename(&p, &to).unwrap();
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// After any sequence of adds, changes, deletes and renames, a load
    /// through the index (reusing what it can) equals a fresh parse.
    #[test]
    fn index_round_trip_equals_fresh_parse(ops in proptest::collection::vec(op(), 1..6)) {
        let dir = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        let mut w = Writer::new();
        copy_demo(dir.path(), &mut w);
        let c = choice(Some(dir.path()), cache.path());
        assert_same(&load(&c), &fresh(dir.path()));
        for op in &ops {
            apply(dir.path(), op, &mut w);
            assert_same(&load(&c), &fresh(dir.path()));
        }
        // And once more from the index as the TUI's first frame sees it.
        let mut first = None;
        data::load(&c, true, |_, d| { if first.is_none() { first = Some(d.unwrap()); } });
        assert_same(&first.unwrap(), &fresh(dir.path()));
    }
}

#[test]
fn a_warm_load_reads_no_file_and_a_change_reparses_only_that_file() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let mut w = Writer::new();
    copy_demo(dir.path(), &mut w);
    let source = Source::Local(dir.path().to_path_buf());
    let (first, _, r) = scsdash::index::refresh(&source, None).unwrap();
    assert!(r.changed);
    assert_eq!(r.parsed, first.entries().len());
    first.write(&index_file(dir.path(), cache.path())).unwrap();
    let (again, _, r) = scsdash::index::refresh(&source, Some(&first)).unwrap();
    assert_eq!((r.parsed, r.read, r.changed), (0, 0, false));
    let p = dir.path().join("iaas/20261118.md");
    let mut bytes = std::fs::read(&p).unwrap();
    bytes.extend_from_slice(b"\n- @someone: a new item\n");
    w.write(&p, &bytes);
    let (_, _, r) = scsdash::index::refresh(&source, Some(&again)).unwrap();
    assert_eq!((r.parsed, r.read, r.changed), (1, 1, true));
}

/// A refresh hands its serial step, the cross-meeting record, to its caller:
/// the index loads before it is computed (with the weekly slots the schedule
/// needs, in the engine's order), is not written while it is pending, and once
/// completed stores the same record a whole refresh does.
#[test]
fn a_refresh_loads_before_its_cross_meeting_record_is_computed() {
    use scsdash::index::{load, refresh_deferred, refresh_with, Fresh, Listing};
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let mut w = Writer::new();
    copy_demo(dir.path(), &mut w);
    let source = Source::Local(dir.path().to_path_buf());
    let expect = fresh(dir.path()).minutes.slots;
    assert!(!expect.is_empty(), "the demo minutes announce weekly slots");

    let (mut idx, f, _, pending) = refresh_deferred(&source, None, Listing::of(&source).unwrap()).unwrap();
    let pending = pending.expect("a first refresh computes the cross-meeting record");
    assert!(idx.is_pending());
    let (early, _, words) = load(&idx, f, source.loader(&idx)).unwrap();
    assert_eq!(early.slots, expect);
    assert!(!words.is_empty());
    let path = index_file(dir.path(), cache.path());
    assert!(idx.write(&path).is_err(), "a pending index is never written");
    assert!(!path.exists());

    idx.complete(pending.compute());
    assert!(!idx.is_pending());
    idx.write(&path).unwrap();
    let (whole, _, _) = refresh_with(&source, None, Listing::of(&source).unwrap()).unwrap();
    assert_eq!(idx.encode().unwrap().len(), whole.encode().unwrap().len());
    let (stored, _, stored_words) = load(&idx, Fresh::default(), source.loader(&idx)).unwrap();
    assert_eq!(stored.slots, expect);
    assert_eq!(stored.actions, scsdash::index::assemble(stored.meetings.clone()).actions);
    assert_eq!(stored_words, words);
}

fn built_index(dir: &Path, cache: &Path) -> Vec<u8> {
    let c = choice(Some(dir), cache);
    load(&c);
    std::fs::read(index_file(dir, cache)).expect("index written")
}

#[test]
fn truncated_or_bit_flipped_index_is_discarded_and_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    copy_demo(dir.path(), &mut Writer::new());
    let good = built_index(dir.path(), cache.path());
    let k = key(dir.path());
    assert!(IndexData::decode(&good, &k).is_ok());
    let expect = fresh(dir.path());
    let path = index_file(dir.path(), cache.path());
    let c = choice(Some(dir.path()), cache.path());
    let mut damaged: Vec<Vec<u8>> = Vec::new();
    for cut in [0, 1, 7, 47, 48, 49, good.len() / 2, good.len() - 1] {
        damaged.push(good[..cut].to_vec());
    }
    let mut pos = 0;
    while pos < good.len() {
        for bit in [0u8, 3, 7] {
            let mut b = good.clone();
            b[pos] ^= 1 << bit;
            damaged.push(b);
        }
        pos += if pos < 64 { 1 } else { 997 };
    }
    let mut longer = good.clone();
    longer.extend_from_slice(b"junk");
    damaged.push(longer);
    for (i, bad) in damaged.iter().enumerate() {
        assert!(IndexData::decode(bad, &k).is_err(), "damaged index {i} accepted");
    }
    // A few of them through a real start: the right data, and a good index again.
    // (A damaged search part is only noticed when a search reads it: that
    // search indexes the texts instead and removes the file.)
    for bad in damaged.iter().step_by(damaged.len() / 12 + 1) {
        std::fs::write(&path, bad).unwrap();
        assert_same(&load(&c), &expect);
        assert_same(&load(&c), &expect);
        let again = std::fs::read(&path).unwrap();
        assert!(IndexData::decode(&again, &k).is_ok());
    }
    // The TUI path too: no stale first answer from a damaged index.
    std::fs::write(&path, &good[..good.len() / 3]).unwrap();
    let mut answers = 0;
    data::load(&c, true, |_, d| {
        answers += 1;
        assert_same(&d.unwrap(), &expect);
    });
    assert_eq!(answers, 1);
}

#[test]
fn an_index_of_another_version_engine_or_source_is_discarded() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    copy_demo(dir.path(), &mut Writer::new());
    let good = built_index(dir.path(), cache.path());
    let k = key(dir.path());
    let mut other_version = good.clone();
    other_version[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    assert_eq!(IndexData::decode(&other_version, &k).unwrap_err(), Rejected::OtherVersion(FORMAT_VERSION + 1));
    let mut other_engine = good.clone();
    other_engine[12] ^= 0x55;
    assert_eq!(IndexData::decode(&other_engine, &k).unwrap_err(), Rejected::OtherEngine);
    assert_eq!(IndexData::decode(&good, "local:/elsewhere").unwrap_err(), Rejected::OtherSource);
    let path = index_file(dir.path(), cache.path());
    std::fs::write(&path, &other_version).unwrap();
    let c = choice(Some(dir.path()), cache.path());
    assert_same(&load(&c), &fresh(dir.path()));
    let rewritten = std::fs::read(&path).unwrap();
    assert_eq!(&rewritten[8..12], &FORMAT_VERSION.to_le_bytes());
    assert!(IndexData::decode(&rewritten, &k).is_ok());
}

/// The manifest a sync of the demo repository would leave for `files`.
fn manifest_of(files: &std::collections::BTreeMap<String, String>) -> Manifest {
    Manifest {
        version: 1,
        source: "SovereignCloudStack/minutes@main".into(),
        etag: None,
        tree_sha: "t".into(),
        synced_at: chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap(),
        truncated: false,
        files: files.clone(),
    }
}

#[test]
fn the_github_cache_source_round_trips_and_reads_texts_on_demand() {
    let cache_dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(cache_dir.path().to_path_buf()).unwrap();
    let repo = demo_repo();
    let mut files = std::collections::BTreeMap::new();
    for (p, b) in demo_files() {
        let sha = git_blob_sha1(&b);
        cache.write_blob(&repo, &sha, &b).unwrap();
        files.insert(p, sha);
    }
    let manifest = manifest_of;
    cache.commit_manifest(&repo, &manifest(&files)).unwrap();
    let c = choice(None, cache_dir.path());
    let expect_ws = |files: &std::collections::BTreeMap<String, String>| {
        let minutes = files
            .iter()
            .map(|(p, s)| scsdash::model::SourceFile::new(p.clone(), cache.read_blob(&repo, s).unwrap()))
            .collect();
        data::analyze(&Workspace { minutes, ..Workspace::demo() })
    };
    let loaded = load(&c);
    assert_same(&loaded, &expect_ws(&files));
    assert!(loaded.minutes.meetings.iter().all(|m| m.text.is_empty()), "texts are not resident");
    // A sync changed one file: only it is parsed again.
    let changed = b"# Team IaaS\n\n- @new-owner: write the runbook\n".to_vec();
    let sha = git_blob_sha1(&changed);
    cache.write_blob(&repo, &sha, &changed).unwrap();
    files.insert("iaas/20261118.md".into(), sha);
    files.remove("ops/20261119.md");
    cache.commit_manifest(&repo, &manifest(&files)).unwrap();
    assert_same(&load(&c), &expect_ws(&files));
}

/// Two `scsdash` processes started at once on an empty index dir both print
/// the right answer, and leave a valid index behind.
#[test]
fn two_processes_starting_at_once_on_an_empty_index() {
    let dir = tempfile::tempdir().unwrap();
    copy_demo(dir.path(), &mut Writer::new());
    let home = tempfile::tempdir().unwrap();
    let run = |cache: &Path| {
        Command::new(env!("CARGO_BIN_EXE_scsdash"))
            .args(["--offline", "--minutes-dir"])
            .arg(dir.path())
            .arg("--cache-dir")
            .arg(cache)
            .args(["actions", "--status", "all", "--json"])
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_STATE_HOME", home.path().join("state"))
            .env_remove("GITHUB_TOKEN")
            .env_remove("GH_TOKEN")
            .spawn_and_wait()
    };
    let reference = tempfile::tempdir().unwrap();
    let expect = run(reference.path());
    assert!(expect.contains("\"status\""), "{expect}");
    for _ in 0..3 {
        let cache = tempfile::tempdir().unwrap();
        let (a, b) = std::thread::scope(|s| {
            let a = s.spawn(|| run(cache.path()));
            let b = s.spawn(|| run(cache.path()));
            (a.join().unwrap(), b.join().unwrap())
        });
        assert_eq!(a, expect);
        assert_eq!(b, expect);
        let idx = std::fs::read(index_file(dir.path(), cache.path())).unwrap();
        assert!(IndexData::decode(&idx, &key(dir.path())).is_ok());
        // No temp files left behind: the index, its slots and views files.
        let mut left: Vec<_> = std::fs::read_dir(cache.path().join("index"))
            .unwrap()
            .flatten()
            .map(|e| e.path().extension().unwrap_or_default().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["idx", "slots", "views"]);
        assert_eq!(run(cache.path()), expect);
    }
}

/// A copy of the demo minutes (and its writer), a home and a cache dir.
fn demo_with_home_and_cache() -> (tempfile::TempDir, Writer, tempfile::TempDir, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Writer::new();
    copy_demo(dir.path(), &mut w);
    (dir, w, tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap())
}

/// `scsdash --offline` on a minutes folder with its own home and cache dir.
fn offline_cli(home: &Path, minutes: &Path, cache: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_scsdash"));
    c.args(["--offline", "--minutes-dir"])
        .arg(minutes)
        .arg("--cache-dir")
        .arg(cache)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"));
    c
}

/// `actions`, `tenders` and `decisions` answer from the views file beside the
/// index (no meeting record decoded) while it is current for the files and
/// made for the same options, and recompute otherwise.
#[test]
fn cross_meeting_commands_answer_from_the_views_while_current() {
    let (dir, mut w, home, cache) = demo_with_home_and_cache();
    let run = |args: &[&str]| offline_cli(home.path(), dir.path(), cache.path()).args(args).spawn_and_wait();
    let idx = index_file(dir.path(), cache.path());
    let views = scsdash::index::views_path(&idx);
    let day = ["--as-of", "2026-11-28"];
    for cmd in [&["actions", "--status", "all", "--json"][..], &["tenders", "--json"], &["decisions", "--json"]] {
        let _ = std::fs::remove_file(&views);
        let full = run(&[&day[..], cmd].concat());
        assert!(full.len() > 20, "{cmd:?}: {full}");
        assert!(views.exists(), "{cmd:?} wrote the views");
        assert_eq!(run(&[&day[..], cmd].concat()), full, "{cmd:?} from the views");
    }

    // The index wrecked: only the views can answer, and they do, leaving it alone.
    let actions = [&day[..], &["actions", "--status", "all", "--json"]].concat();
    let expect = run(&actions);
    std::fs::write(&idx, b"not an index").unwrap();
    assert_eq!(run(&actions), expect);
    assert_eq!(std::fs::read(&idx).unwrap(), b"not an index", "answered without the index");

    // Another day: the views were not made for it; recomputed (the index rebuilt).
    let before = run(&[&["--as-of", "2026-10-20"][..], &actions[2..]].concat());
    assert_ne!(before, expect);
    assert_ne!(std::fs::read(&idx).unwrap(), b"not an index");

    // A new file: the listing changed, so its item shows up.
    w.write(&dir.path().join("iaas/20261125.md"), b"# Team IaaS\n\n- AI @zed: write the views runbook\n");
    let after = run(&actions);
    assert!(after.contains("write the views runbook"), "{after}");
}

/// Every answer of a first start's load, in order.
fn first_start_answers(c: &SourceChoice) -> Vec<Data> {
    let mut got = Vec::new();
    data::load_first(c, |_, d| got.push(d.expect("data")));
    got
}

/// A first start answers from a current views file first: the cross-meeting
/// views as a full load computes them, the recent meetings only, and the
/// number of all meetings; then the whole data follows, equal to a load's.
/// Without a current views file there is no such first answer.
#[test]
fn a_first_start_answers_from_the_views_then_with_everything() {
    let dir = tempfile::tempdir().unwrap();
    copy_demo(dir.path(), &mut Writer::new());
    let cache = tempfile::tempdir().unwrap();
    let c = choice(Some(dir.path()), cache.path());
    let answers = || first_start_answers(&c);
    let first = answers();
    assert!(first.iter().all(|d| d.partial.is_none()), "no views yet: no views answer");
    // No index either (a first start): the calendars first, saying how many
    // files are being read, then the whole data.
    assert_eq!(first.len(), 2);
    let files = demo_files().iter().filter(|(p, _)| p.contains('/') && p.ends_with(".md")).count();
    assert_eq!(first[0].reading, Some(files));
    assert!(first[0].minutes.meetings.is_empty() && first[0].minutes.actions.is_empty());
    assert_eq!(first[0].schedule.has_calendar(), first[1].schedule.has_calendar(), "the calendars answer at once");
    assert!(first[1].is_whole() && !first[1].minutes.actions.is_empty());
    let full = load(&c);
    let second = answers();
    assert_eq!(second.len(), 3, "the views (open items, then all), then everything");
    let (open, views, all) = (&second[0], &second[1], &second[2]);
    assert_eq!(open.partial, Some(full.minutes.meetings.len()));
    let open_items: Vec<_> = full.minutes.actions.iter().filter(|a| a.status == ActionStatus::Open).cloned().collect();
    assert!(!open_items.is_empty() && open_items.len() < full.minutes.actions.len());
    assert_eq!(open.minutes.actions, open_items, "the first frame's views: the open items");
    assert_eq!(open.minutes.tenders, full.minutes.tenders);
    assert_eq!(open.minutes.meetings, views.minutes.meetings);
    assert_eq!(views.partial, Some(full.minutes.meetings.len()));
    assert_eq!(views.minutes.actions, full.minutes.actions);
    assert_eq!(views.minutes.tenders, full.minutes.tenders);
    assert_eq!(views.minutes.decisions, full.minutes.decisions);
    assert!(!views.minutes.meetings.is_empty());
    assert!(views.minutes.meetings.iter().all(|m| full.minutes.meeting(&m.path).is_some()));
    assert_eq!(all.partial, None);
    assert_eq!(without_text(&all.minutes), without_text(&full.minutes));
    assert!(second.iter().all(|d| d.reading.is_none()), "an index: nothing to read first");
}

/// Only a first start without an index answers "reading" first: a start on
/// an index whose files changed answers from the index and the changed
/// files, and a folder without minutes answers with its error alone.
#[test]
fn only_a_start_without_an_index_answers_reading_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Writer::new();
    copy_demo(dir.path(), &mut w);
    let cache = tempfile::tempdir().unwrap();
    let c = choice(Some(dir.path()), cache.path());
    load(&c); // writes the index, no views
    w.write(&dir.path().join("iaas/20261125.md"), b"# Team IaaS\n\n- AI @zed: changed\n");
    let got = first_start_answers(&c);
    assert!(
        !got.is_empty() && got.iter().all(|d| d.reading.is_none()),
        "{:?}",
        got.iter().map(|d| d.reading).collect::<Vec<_>>()
    );
    assert!(got.last().unwrap().minutes.actions.iter().any(|a| a.text.contains("changed")));

    let empty = tempfile::tempdir().unwrap();
    std::fs::create_dir(empty.path().join("iaas")).unwrap();
    std::fs::write(empty.path().join("iaas/notes.txt"), "no minutes").unwrap();
    let cache2 = tempfile::tempdir().unwrap();
    let mut answers = Vec::new();
    data::load_first(&choice(Some(empty.path()), cache2.path()), |_, d| answers.push(d.map(|d| d.reading)));
    assert_eq!(answers.len(), 1, "the error alone");
    assert!(answers[0].is_err());
}

/// The meetings a first frame keeps: a year back from each series' newest
/// meeting (the newest always), dated ones in series that have dates.
#[test]
fn recent_meetings_reach_a_year_back_per_series() {
    let m = |series: &str, path: &str, date: Option<(i32, u32, u32)>| scsdash::model::meeting::Meeting {
        series: series.into(),
        path: path.into(),
        date: date.map(|(y, mo, d)| chrono::NaiveDate::from_ymd_opt(y, mo, d).unwrap()),
        text: "text".into(),
        ..Default::default()
    };
    let all = vec![
        m("a", "a/old", Some((2020, 1, 1))),
        m("a", "a/undated", None),
        m("a", "a/year", Some((2025, 12, 1))),
        m("a", "a/new", Some((2026, 11, 1))),
        m("b", "b/only", Some((2019, 5, 5))),
        m("c", "c/undated", None),
    ];
    let kept: Vec<String> = scsdash::index::recent_meetings(&all).into_iter().map(|m| m.path).collect();
    assert_eq!(kept, ["a/year", "a/new", "b/only", "c/undated"]);
    assert!(scsdash::index::recent_meetings(&all).iter().all(|m| m.text.is_empty()), "no texts stored");
}

trait SpawnAndWait {
    fn spawn_and_wait(&mut self) -> String;
}

impl SpawnAndWait for Command {
    fn spawn_and_wait(&mut self) -> String {
        let out = self.output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }
}

/// A minutes tree whose one file announces a weekly slot, and that file's path.
fn announcing_tree(w: &mut Writer) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("team-x/20240103.md");
    w.write(&file, ANNOUNCES.as_bytes());
    (dir, file)
}

const ANNOUNCES: &str = "# Team X\n\n## Schedule\n\n- Wed 10:05 - 10:55 CEST: Team X (moved)\n";

/// Rewrite `file` with text that announces nothing, keeping its size and
/// mtime: what is read back afterwards proves whether the file was read.
fn rewrite_quietly(file: &Path) -> String {
    let mtime = std::fs::metadata(file).unwrap().modified().unwrap();
    let quiet = format!("{:<width$}", "# Team X\n\nNo schedule here.\n", width = ANNOUNCES.len());
    assert_eq!(quiet.len(), ANNOUNCES.len());
    std::fs::write(file, &quiet).unwrap();
    std::fs::File::options().write(true).open(file).unwrap().set_modified(mtime).unwrap();
    quiet
}

/// `scsdash next` and `remind` take the minutes' slots from a current index
/// without reading a minutes file, and read the files when it is not current.
#[test]
fn schedule_inputs_take_the_slots_from_a_current_index() {
    let cache = tempfile::tempdir().unwrap();
    let mut w = Writer::new();
    let (dir, file) = announcing_tree(&mut w);
    w.write(&dir.path().join("team-x/20240110.md"), b"# Team X\n\nNothing new.\n");
    let c = choice(Some(dir.path()), cache.path());

    // no index yet: read from the files
    let (_, from_files) = data::schedule_inputs(&c).unwrap();
    assert!(!from_files.is_empty(), "the fixture announces a slot");
    load(&c); // writes the index
    assert!(index_file(dir.path(), cache.path()).exists());
    assert_eq!(data::schedule_inputs(&c).unwrap().1, from_files);

    // Same size and mtime, other text: the index still counts as current, so
    // what comes back proves that no minutes file was read.
    let quiet = rewrite_quietly(&file);
    assert_eq!(data::schedule_inputs(&c).unwrap().1, from_files, "slots from the index");

    // A visible change: the index is not current and the files are read.
    w.write(&file, quiet.as_bytes());
    assert!(data::schedule_inputs(&c).unwrap().1.is_empty(), "slots from the files");
}

/// The small slots file beside the index answers `next` alone (the index
/// itself may be gone), and is not trusted once it is damaged or the listing
/// it was written for changed.
#[test]
fn the_slots_file_answers_next_alone_and_only_while_it_is_current() {
    let cache = tempfile::tempdir().unwrap();
    let mut w = Writer::new();
    let (dir, file) = announcing_tree(&mut w);
    let c = choice(Some(dir.path()), cache.path());
    let (_, from_files) = data::schedule_inputs(&c).unwrap();
    assert!(!from_files.is_empty(), "the fixture announces a slot");
    load(&c); // writes the index and the slots file
    let idx = index_file(dir.path(), cache.path());
    let slots = scsdash::index::slots_path(&idx);
    assert!(slots.exists(), "slots file written beside the index");

    // Same size and mtime, other text, and no index: only the slots file can answer.
    rewrite_quietly(&file);
    std::fs::remove_file(&idx).unwrap();
    assert_eq!(data::schedule_inputs(&c).unwrap().1, from_files, "slots from the slots file");

    // A flipped bit: not trusted, the files are read.
    let mut bytes = std::fs::read(&slots).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x40;
    std::fs::write(&slots, &bytes).unwrap();
    assert!(data::schedule_inputs(&c).unwrap().1.is_empty(), "damaged slots file ignored");

    // Intact again, but a file was added: the listing differs, the files are read.
    bytes[last] ^= 0x40;
    std::fs::write(&slots, &bytes).unwrap();
    assert_eq!(data::schedule_inputs(&c).unwrap().1, from_files, "intact again");
    w.write(&dir.path().join("team-x/20240110.md"), b"# Team X\n\nNothing new.\n");
    assert!(data::schedule_inputs(&c).unwrap().1.is_empty(), "listing changed: slots from the files");
}

/// The views file is read in parts: each status of `actions`, `tenders` and
/// `decisions` answers from it exactly as from the files; a file changed at
/// the same size (another mtime), a file removed, a damaged part and a views
/// file of another folder are all noticed, and the answer is the files' one.
#[test]
fn each_part_of_the_views_answers_as_the_files_and_changes_are_noticed() {
    let (dir, mut w, home, cache) = demo_with_home_and_cache();
    let run_in = |minutes: &Path, cache: &Path, args: &[&str]| {
        offline_cli(home.path(), minutes, cache).args(["--as-of", "2026-11-28"]).args(args).spawn_and_wait()
    };
    let run = |args: &[&str]| run_in(dir.path(), cache.path(), args);
    let idx = index_file(dir.path(), cache.path());
    let views = scsdash::index::views_path(&idx);
    let cmds: [&[&str]; 7] = [
        &["actions", "--json"],
        &["actions", "--status", "done", "--json"],
        &["actions", "--status", "stale", "--json"],
        &["actions", "--status", "all", "--json"],
        &["actions", "--series", "iaas"],
        &["tenders", "--json"],
        &["decisions", "--json"],
    ];
    let answers = || cmds.iter().map(|c| run(c)).collect::<Vec<_>>();
    let _ = std::fs::remove_dir_all(cache.path().join("index"));
    let full = answers();
    assert!(views.exists());
    assert_eq!(answers(), full, "from the views, part by part");

    // A file changed at the same size, with another mtime: noticed.
    let file = dir.path().join("iaas/20261125.md");
    w.write(&file, b"# Team IaaS\n\n- AI @zed: write the views runbook\n");
    let before = run(&["actions", "--json"]);
    assert!(before.contains("views runbook"), "{before}");
    w.write(&file, b"# Team IaaS\n\n- AI @zed: check the views runbook\n");
    let after = run(&["actions", "--json"]);
    assert!(after.contains("check the views runbook") && !after.contains("write the views"), "{after}");

    // Removed: noticed.
    std::fs::remove_file(&file).unwrap();
    assert_eq!(answers(), full, "the file removed");

    // A damaged part (the last byte of the file: the slots part) is refused, never trusted.
    let mut bytes = std::fs::read(&views).unwrap();
    let n = bytes.len();
    bytes[n - 1] ^= 0x55;
    std::fs::write(&views, &bytes).unwrap();
    assert_eq!(answers(), full, "damaged part");
    // Truncated: refused.
    let bytes = std::fs::read(&views).unwrap();
    std::fs::write(&views, &bytes[..bytes.len() - 10]).unwrap();
    assert_eq!(run(cmds[3]), full[3], "truncated views");

    // Another folder's views file in this one's place: refused (another source).
    let other = tempfile::tempdir().unwrap();
    let mut w2 = Writer::new();
    copy_demo(other.path(), &mut w2);
    w2.write(&other.path().join("iaas/20261126.md"), b"# Team IaaS\n\n- AI @amy: only in the other folder\n");
    let other_cache = tempfile::tempdir().unwrap();
    let other_full = run_in(other.path(), other_cache.path(), cmds[3]);
    assert!(other_full.contains("only in the other folder"));
    std::fs::copy(scsdash::index::views_path(&index_file(other.path(), other_cache.path())), &views).unwrap();
    assert_eq!(run(cmds[3]), full[3], "a views file of another folder");
}

/// A first start shows the views before the listing confirms them; when
/// the files changed since (a file at the same size with another mtime) the
/// whole data that follows is the files', and the views are written again.
#[test]
fn a_first_start_with_stale_views_follows_with_the_files_and_rewrites_them() {
    let (dir, mut w, _, cache) = demo_with_home_and_cache();
    let c = choice(Some(dir.path()), cache.path());
    let answers = || first_start_answers(&c);
    let file = dir.path().join("iaas/20261125.md");
    w.write(&file, b"# Team IaaS\n\n- AI @zed: write the views runbook\n");
    answers(); // writes the index and the views
    let views = scsdash::index::views_path(&index_file(dir.path(), cache.path()));
    let written = std::fs::read(&views).unwrap();
    w.write(&file, b"# Team IaaS\n\n- AI @zed: read the views runbook\n");
    let got = answers();
    assert!(got[0].partial.is_some(), "the views first, unconfirmed");
    let last = got.last().unwrap();
    assert_eq!(last.partial, None);
    assert_eq!(without_text(&last.minutes), without_text(&load(&c).minutes));
    assert!(last.minutes.actions.iter().any(|a| a.text.contains("read the views runbook")));
    assert_ne!(std::fs::read(&views).unwrap(), written, "the views written again");
    // Now current: the views, then the index's data, nothing else.
    let again = answers();
    assert_eq!(again.len(), 3);
    assert!(again[1].minutes.actions.iter().any(|a| a.text.contains("read the views runbook")));
}

/// From the GitHub cache, the command line answers from the views with the
/// listing checksum remembered for the manifest (the 8000 paths of a large
/// history are not parsed to learn that nothing changed), and only while
/// that very manifest is there: a sync's new manifest is noticed, a damaged
/// stamp is not trusted.
#[test]
fn the_cache_listing_is_remembered_per_manifest_and_a_new_manifest_is_noticed() {
    let cache_dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(cache_dir.path().to_path_buf()).unwrap();
    let repo = demo_repo();
    let put = |files: &mut std::collections::BTreeMap<String, String>, path: &str, bytes: &[u8]| {
        let sha = git_blob_sha1(bytes);
        cache.write_blob(&repo, &sha, bytes).unwrap();
        files.insert(path.to_string(), sha);
    };
    // A manifest as a sync an hour ago left it.
    let commit = |files: &std::collections::BTreeMap<String, String>| {
        cache.commit_manifest(&repo, &manifest_of(files)).unwrap();
        let f = std::fs::File::options().write(true).open(cache.manifest_path(&repo)).unwrap();
        f.set_modified(SystemTime::now() - Duration::from_secs(3600)).unwrap();
    };
    let mut files = std::collections::BTreeMap::new();
    for (p, b) in demo_files() {
        put(&mut files, &p, &b);
    }
    commit(&files);
    let c = choice(None, cache_dir.path());
    let texts = || {
        let (_, d, _) = data::load_views(&c, scsdash::index::ViewsWant::ALL).unwrap();
        d.minutes.actions.iter().map(|a| a.text.clone()).collect::<BTreeSet<_>>()
    };
    let source = Source::Cache(cache.clone(), repo.clone());
    let idx = source.index_path(cache_dir.path());
    let remembered = || scsdash::index::remembered_listing_sum(&source, &idx);

    let first = texts(); // the index and its views written
    assert!(!first.is_empty());
    assert_eq!(remembered(), None);
    assert_eq!(texts(), first, "from the views, the listing read from the manifest");
    assert!(remembered().is_some(), "and remembered for this manifest");
    assert_eq!(texts(), first, "from the views and the stamp");

    // A sync brings a changed file: another manifest, noticed.
    put(&mut files, "iaas/20261125.md", b"# Team IaaS\n\n- AI @zed: write the stamp runbook\n");
    commit(&files);
    assert_eq!(remembered(), None, "the stamp is for the manifest before");
    let after = texts();
    assert!(after.iter().any(|t| t.contains("stamp runbook")), "{after:?}");
    assert_eq!(texts(), after);
    assert!(remembered().is_some());

    // A damaged stamp is not trusted.
    let stamp = idx.with_extension("mstamp");
    let mut bytes = std::fs::read(&stamp).unwrap();
    bytes[30] ^= 0x01;
    std::fs::write(&stamp, &bytes).unwrap();
    assert_eq!(remembered(), None);
    assert_eq!(texts(), after);
}
