//! Search over the real minutes corpus (skipped with a notice when absent).

mod corpus;

use scsdash::search::{date_from_file_name, Doc, Index, Query};
use std::path::{Path, PathBuf};

fn corpus_minutes() -> PathBuf {
    corpus::base().join("scs-minutes")
}

fn load(dir: &Path) -> Vec<Doc> {
    let mut docs = Vec::new();
    let Ok(series_dirs) = std::fs::read_dir(dir) else {
        return docs;
    };
    for series in series_dirs.flatten() {
        if !series.path().is_dir() {
            continue;
        }
        let sname = series.file_name().to_string_lossy().into_owned();
        let Ok(files) = std::fs::read_dir(series.path()) else {
            continue;
        };
        for f in files.flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            if !name.ends_with(".md") {
                continue;
            }
            let Ok(bytes) = std::fs::read(f.path()) else {
                continue;
            };
            docs.push(Doc {
                path: format!("{sname}/{name}"),
                series: sname.clone(),
                date: date_from_file_name(&name),
                title: String::new(),
                text: String::from_utf8_lossy(&bytes).into_owned(),
            });
        }
    }
    docs
}

#[test]
fn default_storage_class_is_found_in_container_or_standardization() {
    let dir = corpus_minutes();
    let docs = load(&dir);
    if docs.is_empty() {
        corpus::skip(&dir);
        return;
    }
    let n = docs.len();
    let idx = Index::build(docs);
    assert_eq!(idx.len(), n);
    let hits = idx.search(&Query::new("default storage class", 50));
    assert!(!hits.is_empty(), "no hits for 'default storage class'");
    assert!(
        hits.iter().any(|h| h.series == "container" || h.series == "sig-standardization"),
        "hits: {:?}",
        hits.iter().map(|h| &h.path).collect::<Vec<_>>()
    );
    for h in &hits {
        assert!(h.line >= 1);
        assert!(!h.ranges.is_empty(), "{}:{} has no highlight", h.path, h.line);
        for r in &h.ranges {
            assert!(h.text.get(r.clone()).is_some(), "range on char boundary");
        }
        assert!(!h.text.chars().any(|c| c.is_control()));
    }
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));

    // Filters narrow the same query.
    let mut q = Query::new("storage class", 0);
    q.series = Some("container".into());
    let hits = idx.search(&q);
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.series == "container"));

    // A common word with a limit returns exactly the limit.
    assert_eq!(idx.search(&Query::new("the", 25)).len(), 25);
}
