//! Draft store tests: atomic save, list, rename, delete, export, locks (live holder,
//! stale lock from a dead process), recovery, conflict detection, bad names.

use chrono::NaiveDate;
use scsdash::editor::drafts::{self, DraftError, DraftStore, LockError};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    v.sort();
    v
}

/// A pid that certainly belongs to no running process: a child that has exited and been reaped.
fn dead_pid() -> u32 {
    let mut child = std::process::Command::new("true").spawn().expect("spawn true");
    let pid = child.id();
    child.wait().unwrap();
    pid
}

#[test]
fn create_save_load_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = DraftStore::open(dir.path().join("drafts")).unwrap();
    let meta = store.create("community-call", d(2026, 11, 26), "# Draft\n").unwrap();
    assert_eq!(meta.id, "community-call-20261126");
    assert_eq!(meta.series, "community-call");
    assert_eq!(meta.date, d(2026, 11, 26));
    assert!(matches!(store.create("community-call", d(2026, 11, 26), "x"), Err(DraftError::AlreadyExists(_))));

    let text = "# SCS Tech Weekly 2026-11-26\n\nGrüße 😀\n";
    store.save(&meta.id, text).unwrap();
    assert_eq!(store.load(&meta.id).unwrap(), text);
    assert_eq!(std::fs::read_to_string(store.text_path(&meta.id)).unwrap(), text);

    store.create("container", d(2026, 11, 20), "c").unwrap();
    let list = store.list().unwrap();
    let ids: Vec<&str> = list.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(list.len(), 2);
    assert!(ids.contains(&"container-20261120") && ids.contains(&"community-call-20261126"));
    assert!(list.iter().all(|m| !m.recoverable));
    // Only the drafts and their sidecars: no temp files left behind by the atomic writes.
    assert_eq!(
        names(store.dir()),
        vec![
            "community-call-20261126.json",
            "community-call-20261126.md",
            "container-20261120.json",
            "container-20261120.md"
        ]
    );
    let side: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(store.dir().join("container-20261120.json")).unwrap()).unwrap();
    assert_eq!(side["series"], "container");
    assert_eq!(side["date"], "2026-11-20");
    assert!(side["created"].is_string() && side["updated"].is_string());
}

#[test]
fn write_atomic_replaces_whole_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.md");
    drafts::write_atomic(&p, b"first version, longer").unwrap();
    drafts::write_atomic(&p, b"second").unwrap();
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "second");
    assert_eq!(names(dir.path()), vec!["x.md"]);
    // A missing directory is an error, not a panic.
    assert!(drafts::write_atomic(&dir.path().join("nope/x.md"), b"x").is_err());
}

#[test]
fn rename_delete_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = DraftStore::open(dir.path()).unwrap();
    let m = store.create("iaas", d(2026, 11, 25), "iaas notes").unwrap();
    let created = m.created;
    let r = store.rename(&m.id, "ops", d(2026, 11, 27)).unwrap();
    assert_eq!(r.id, "ops-20261127");
    assert_eq!(r.series, "ops");
    assert_eq!(r.created, created, "rename keeps the creation time");
    assert!(!store.exists("iaas-20261125"));
    assert_eq!(store.load("ops-20261127").unwrap(), "iaas notes");
    assert_eq!(names(dir.path()), vec!["ops-20261127.json", "ops-20261127.md"]);

    store.create("iaas", d(2026, 11, 25), "other").unwrap();
    assert!(matches!(store.rename("iaas-20261125", "ops", d(2026, 11, 27)), Err(DraftError::AlreadyExists(_))));
    assert!(matches!(store.rename("iaas-20261125", "../evil", d(2026, 11, 27)), Err(DraftError::InvalidSeries(_))));

    let out = dir.path().join("export").join("minutes.md");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    store.export("ops-20261127", &out).unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "iaas notes");
    assert!(matches!(store.export("ops-20991231", &out), Err(DraftError::NotFound(_))));

    store.delete("ops-20261127").unwrap();
    assert!(!store.exists("ops-20261127"));
    assert!(matches!(store.delete("ops-20261127"), Err(DraftError::NotFound(_))));
    assert!(matches!(store.load("ops-20261127"), Err(DraftError::NotFound(_))));
}

#[test]
fn bad_ids_and_series_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = DraftStore::open(dir.path()).unwrap();
    for s in ["..", "../x", "a/b", "/abs", ".hidden", "", "a b", "ä"] {
        assert!(matches!(store.create(s, d(2026, 1, 1), "x"), Err(DraftError::InvalidSeries(_))), "{s:?}");
    }
    for id in ["x", "x-2026", "x-20261340", "../x-20260101", "x-2026010a"] {
        assert!(matches!(store.load(id), Err(DraftError::InvalidId(_))), "{id:?}");
        assert!(matches!(store.save(id, "t"), Err(DraftError::InvalidId(_))), "{id:?}");
        assert!(matches!(store.lock(id), Err(LockError::InvalidId(_))), "{id:?}");
    }
    assert_eq!(drafts::parse_id("sig-monitoring-20260604"), Some(("sig-monitoring".into(), d(2026, 6, 4))));
}

#[test]
fn lock_is_exclusive_and_released_on_drop() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = DraftStore::open(dir.path()).unwrap();
    let b = DraftStore::open(dir.path()).unwrap();
    let m = a.create("ops", d(2026, 11, 26), "x").unwrap();
    let lock = a.lock(&m.id).unwrap();
    assert!(!lock.recovered());
    assert!(dir.path().join("ops-20261126.lock").exists());
    // Another session (same process, other nonce) cannot take it.
    match b.lock(&m.id) {
        Err(LockError::HeldBy { pid, .. }) => assert_eq!(pid, std::process::id()),
        other => panic!("expected HeldBy, got {other:?}"),
    }
    // Nor can the same store twice: it is told the draft is open here.
    let here = a.lock(&m.id).unwrap_err();
    assert!(matches!(here, LockError::HeldHere(_)), "{here:?}");
    assert!(here.to_string().contains("open in this session"), "{here}");
    // A held draft cannot be renamed or deleted, by this session or another.
    assert!(matches!(a.delete(&m.id), Err(DraftError::Locked(LockError::HeldHere(_)))));
    let mut b2 = DraftStore::open(dir.path()).unwrap();
    assert!(matches!(b2.rename(&m.id, "iaas", d(2026, 11, 26)), Err(DraftError::Locked(LockError::HeldBy { .. }))));
    assert!(a.recoverable().is_empty());
    drop(lock);
    assert!(!dir.path().join("ops-20261126.lock").exists());
    let again = b.lock(&m.id).unwrap();
    assert!(!again.recovered());
}

#[test]
fn lock_held_by_another_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = DraftStore::open(dir.path()).unwrap();
    let m = store.create("container", d(2026, 11, 27), "x").unwrap();
    // As another session holds it: an open lock file with an OS lock on it.
    let rec = serde_json::json!({"pid": 4242, "host": "elsewhere", "nonce": "other-session"});
    let path = dir.path().join("container-20261127.lock");
    std::fs::write(&path, rec.to_string()).unwrap();
    let held = std::fs::OpenOptions::new().read(true).write(true).open(&path).unwrap();
    held.try_lock().unwrap();
    match store.lock(&m.id) {
        Err(LockError::HeldBy { pid, .. }) => assert_eq!(pid, 4242),
        other => panic!("expected HeldBy, got {other:?}"),
    }
    assert!(store.lock_holder(&m.id).is_some());
    assert!(store.recoverable().is_empty());
    // The foreign lock is left alone.
    assert!(path.exists());
    // Once its holder is gone (the kernel drops the lock), the draft is recoverable.
    drop(held);
    assert_eq!(store.recoverable().len(), 1);
    let lock = store.lock(&m.id).unwrap();
    assert_eq!(lock.recovery_note().map(|n| n.contains("4242")), Some(true));
}

/// A lock that is held while its record names a process of this host that has exited (a
/// killed session whose files the kernel is still closing, or a fork of ours that has not
/// exec'd yet) is waited for a moment, and stays refused while it is held: the wait never
/// hands out a held lock.
#[cfg(target_os = "linux")]
#[test]
fn a_held_lock_naming_an_exited_process_is_still_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = DraftStore::open(dir.path()).unwrap();
    let m = store.create("container", d(2026, 11, 27), "x").unwrap();
    let dead = dead_pid();
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap().trim().to_string();
    let rec = serde_json::json!({"pid": dead, "host": host, "nonce": "gone"});
    let path = dir.path().join("container-20261127.lock");
    std::fs::write(&path, rec.to_string()).unwrap();
    let held = std::fs::OpenOptions::new().read(true).write(true).open(&path).unwrap();
    held.try_lock().unwrap();
    match store.lock(&m.id) {
        Err(LockError::HeldBy { pid, .. }) => assert_eq!(pid, dead),
        other => panic!("expected HeldBy, got {other:?}"),
    }
    drop(held);
    assert!(store.lock(&m.id).unwrap().recovered());
}

/// A lock file naming a live pid (this very process, or pid 1 in a container)
/// blocks nothing unless a session holds its OS lock: a reused pid cannot keep
/// a draft locked for good.
#[test]
fn a_live_pid_in_a_leftover_lock_file_is_no_lock() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = DraftStore::open(dir.path()).unwrap();
    let m = store.create("ops", d(2026, 11, 27), "x").unwrap();
    for pid in [1, std::process::id()] {
        std::fs::write(dir.path().join("ops-20261127.lock"), format!("{pid}\n")).unwrap();
        let lock = store.lock(&m.id).expect("taken over");
        assert!(lock.recovered());
    }
}

#[test]
fn stale_lock_from_a_dead_process_is_recovered() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = DraftStore::open(dir.path()).unwrap();
    let m = store.create("community-call", d(2026, 11, 26), "typed before the crash").unwrap();
    let pid = dead_pid();
    let rec = serde_json::json!({"pid": pid, "host": "", "nonce": "crashed"});
    std::fs::write(dir.path().join("community-call-20261126.lock"), rec.to_string()).unwrap();

    let rec_list = store.recoverable();
    assert_eq!(rec_list.len(), 1);
    assert_eq!(rec_list[0].id, m.id);
    assert!(store.list().unwrap()[0].recoverable);

    let lock = store.lock(&m.id).unwrap();
    assert!(lock.recovered());
    let note = lock.recovery_note().unwrap();
    assert!(note.contains("recovered after a crash"), "{note}");
    assert_eq!(store.load(&m.id).unwrap(), "typed before the crash");
    // Now it is ours: no longer recoverable, and another session is refused.
    assert!(store.recoverable().is_empty());
    let other = DraftStore::open(dir.path()).unwrap();
    assert!(matches!(other.lock(&m.id), Err(LockError::HeldBy { .. })));
    drop(lock);
    assert!(!dir.path().join("community-call-20261126.lock").exists());
}

#[test]
fn garbage_lock_file_is_stale() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = DraftStore::open(dir.path()).unwrap();
    let m = store.create("ops", d(2026, 1, 2), "x").unwrap();
    std::fs::write(dir.path().join("ops-20260102.lock"), b"\xff\xfe not a lock").unwrap();
    let lock = store.lock(&m.id).unwrap();
    assert!(lock.recovered());
}

#[test]
fn save_refuses_when_the_file_changed_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = DraftStore::open(dir.path()).unwrap();
    let mut b = DraftStore::open(dir.path()).unwrap();
    let m = a.create("iaas", d(2026, 11, 25), "v1").unwrap();
    assert_eq!(b.load(&m.id).unwrap(), "v1");
    a.save(&m.id, "v2 from a").unwrap();
    // b loaded v1; the disk now holds a's text.
    let err = b.save(&m.id, "v2 from b").unwrap_err();
    assert!(matches!(err, DraftError::Conflict { .. }), "{err:?}");
    assert!(err.to_string().contains("changed on disk"), "{err}");
    assert_eq!(std::fs::read_to_string(a.text_path(&m.id)).unwrap(), "v2 from a");
    // Forced save overwrites; after that, b's next save is fine and a's conflicts.
    b.save_forced(&m.id, "v3 from b").unwrap();
    b.save(&m.id, "v4 from b").unwrap();
    assert!(matches!(a.save(&m.id, "v3 from a"), Err(DraftError::Conflict { .. })));
    // Reloading resolves it.
    assert_eq!(a.load(&m.id).unwrap(), "v4 from b");
    a.save(&m.id, "v5 from a").unwrap();
    // A file edited behind our back (external tool) is a conflict too.
    std::fs::write(a.text_path(&m.id), "edited elsewhere").unwrap();
    assert!(matches!(a.save(&m.id, "v6"), Err(DraftError::Conflict { .. })));
    // Saving a draft that appeared on disk without this store having seen it: conflict.
    let mut c = DraftStore::open(dir.path()).unwrap();
    assert!(matches!(c.save(&m.id, "blind"), Err(DraftError::Conflict { .. })));
}

#[test]
fn invalid_utf8_draft_loads_lossily() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = DraftStore::open(dir.path()).unwrap();
    std::fs::write(dir.path().join("ops-20260101.md"), b"ok \xff\xfe end").unwrap();
    let t = store.load("ops-20260101").unwrap();
    assert!(t.starts_with("ok ") && t.ends_with(" end"));
    // No sidecar: listed with times from the file.
    let l = store.list().unwrap();
    assert_eq!(l.len(), 1);
    assert_eq!(l[0].series, "ops");
}

#[test]
fn default_dir_ends_in_drafts() {
    if let Some(p) = drafts::default_dir() {
        assert!(p.ends_with("drafts"), "{}", p.display());
    }
}

/// Child side of `sigkill_mid_draft_then_recover`: does nothing unless the parent set the
/// environment variable. Locks a draft, types into an editor, autosaves, says READY, waits forever.
#[test]
fn child_process_for_kill_test() {
    let Ok(dir) = std::env::var("SCSDASH_EDITOR_KILL_CHILD_DIR") else {
        return;
    };
    use scsdash::app::text_edit::EditorState;
    let mut store = DraftStore::open(&dir).unwrap();
    let m = store.create("community-call", d(2026, 11, 26), "").unwrap();
    let _lock = store.lock(&m.id).unwrap();
    let mut ed = EditorState::new();
    ed.open(m.id.clone(), "");
    let t0 = std::time::Instant::now();
    for c in "Typed before kill -9: Grüße".chars() {
        ed.handle_key_at(
            ratatui::crossterm::event::KeyEvent::new(
                ratatui::crossterm::event::KeyCode::Char(c),
                ratatui::crossterm::event::KeyModifiers::NONE,
            ),
            t0,
        );
    }
    let later = t0 + std::time::Duration::from_secs(3);
    assert!(ed.autosave_due(later));
    store.save(&m.id, &ed.text()).unwrap();
    ed.mark_saved();
    println!("READY");
    use std::io::Write;
    std::io::stdout().flush().unwrap();
    loop {
        std::thread::park();
    }
}

/// The processes (pid, command) that have `path` open, read from `/proc/*/fd` (Linux): what a
/// failure of the test below prints, to name whoever still holds the lock.
#[cfg(unix)]
fn openers(path: &std::path::Path) -> Vec<(String, String)> {
    let Ok(procs) = std::fs::read_dir("/proc") else { return Vec::new() };
    let mut out = Vec::new();
    for p in procs.flatten() {
        let Ok(fds) = std::fs::read_dir(p.path().join("fd")) else { continue };
        if fds.flatten().any(|fd| std::fs::read_link(fd.path()).is_ok_and(|t| t == path)) {
            let cmd = std::fs::read_to_string(p.path().join("cmdline")).unwrap_or_default().replace('\0', " ");
            out.push((p.file_name().to_string_lossy().into_owned(), cmd));
        }
    }
    out
}

#[cfg(unix)]
#[test]
fn sigkill_mid_draft_then_recover() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut child = std::process::Command::new(exe)
        .args(["--exact", "child_process_for_kill_test", "--nocapture", "--test-threads=1"])
        .env("SCSDASH_EDITOR_KILL_CHILD_DIR", dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    let out = child.stdout.take().unwrap();
    let mut ready = false;
    for line in std::io::BufReader::new(out).lines() {
        let Ok(line) = line else { break };
        if line.contains("READY") {
            ready = true;
            break;
        }
    }
    // While it lives, the draft is held.
    let held = DraftStore::open(dir.path()).unwrap().lock("community-call-20261126").map(|_| ());
    let _ = child.kill(); // SIGKILL
    child.wait().unwrap();
    assert!(ready, "child never got ready");
    match held {
        Err(LockError::HeldBy { pid: p, .. }) => assert_eq!(p, pid),
        other => panic!("expected HeldBy, got {other:?}"),
    }

    let mut store = DraftStore::open(dir.path()).unwrap();
    let rec = store.recoverable();
    assert_eq!(rec.len(), 1, "the killed session's draft is offered for recovery");
    assert_eq!(rec[0].id, "community-call-20261126");
    let lock = match store.lock("community-call-20261126") {
        Ok(lock) => lock,
        Err(e) => panic!(
            "{e:?}; processes with the lock file open: {:?}",
            openers(&dir.path().join("community-call-20261126.lock"))
        ),
    };
    assert!(lock.recovered());
    assert_eq!(store.load("community-call-20261126").unwrap(), "Typed before kill -9: Grüße");
    assert!(store.recoverable().is_empty());
}
