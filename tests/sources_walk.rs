//! The one walker of local folders (`sources::walk`, used by `read_tree` and
//! the index's listing): symlinks inside the folder are followed, links out of
//! it refused with a warning, a linked folder walked once, a link loop ends
//! (issue #10, meetings).

use std::os::unix::fs::symlink;

use scsdash::index::local;
use scsdash::sources::read_tree;

#[test]
fn symlinks_inside_are_followed_and_links_out_are_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("20240103.md"), "# Secret\n").unwrap();
    let root = tempfile::tempdir().unwrap();
    let r = root.path();
    std::fs::create_dir_all(r.join("iaas")).unwrap();
    std::fs::create_dir_all(r.join("shared/ops")).unwrap();
    std::fs::write(r.join("iaas/20240110.md"), "# IaaS\n").unwrap();
    std::fs::write(r.join("shared/ops/20240111.md"), "# Ops\n").unwrap();
    symlink(r.join("iaas/20240110.md"), r.join("iaas/20240117.md")).unwrap(); // a file inside
    symlink(r.join("shared/ops"), r.join("ops")).unwrap(); // a folder inside: walked as shared/ops
    symlink(outside.path().join("20240103.md"), r.join("iaas/20240103.md")).unwrap(); // out
    symlink(outside.path(), r.join("escape")).unwrap(); // a folder out
    symlink(r, r.join("iaas/loop")).unwrap(); // back to the root
    symlink(r.join("missing.md"), r.join("iaas/20240124.md")).unwrap(); // broken

    let (files, warnings) = read_tree(r, &["md"]).unwrap();
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    // The linked folder `ops` is walked once, under its own path.
    assert_eq!(paths, ["iaas/20240110.md", "iaas/20240117.md", "shared/ops/20240111.md"]);
    let linked = files.iter().find(|f| f.path == "iaas/20240117.md").unwrap();
    assert_eq!(linked.bytes, b"# IaaS\n", "the link's target is read");
    let w = warnings.join("\n");
    assert!(w.contains("iaas/20240103.md: a symlink out of the folder; refused"), "{w}");
    assert!(w.contains("escape: a symlink out of the folder; refused"), "{w}");
    assert!(w.contains("iaas/20240124.md: a broken symlink; skipped"), "{w}");
    assert!(!w.contains("Secret"));

    // The index's listing sees the same files, with the targets' sizes.
    let (stats, w2) = local::list(r, &["md"]).unwrap();
    let listed: Vec<&str> = stats.iter().map(|s| s.path.as_str()).collect();
    assert_eq!(listed, paths);
    assert_eq!(stats[1].size, "# IaaS\n".len() as u64);
    assert_eq!(w2, warnings);
}

/// A problem met with a found file (unreadable, too large) is reported where
/// the walk found it, so warnings keep the walk's order.
#[test]
fn later_warnings_go_where_the_file_was_found() {
    let walk = vec!["a".to_string(), "b".to_string(), "c".to_string()];
    let later = vec![(2, "after b".to_string()), (0, "first".to_string()), (3, "last".to_string())];
    assert_eq!(scsdash::sources::merge_warnings(walk, later), ["first", "a", "b", "after b", "c", "last"]);
}
