//! Render every real minutes file (skipped with a notice when the corpus is absent).

mod corpus;

use scsdash::render::markdown::{render, Styles};
use std::path::PathBuf;

fn corpus_minutes() -> PathBuf {
    corpus::base().join("scs-minutes")
}

fn files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(dirs) = std::fs::read_dir(corpus_minutes()) else {
        return out;
    };
    for d in dirs.flatten() {
        let Ok(files) = std::fs::read_dir(d.path()) else {
            continue;
        };
        for f in files.flatten() {
            if f.path().extension().is_some_and(|e| e == "md") {
                out.push(f.path());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_minutes_file_renders_within_width_without_html_noise() {
    let files = files();
    if files.is_empty() {
        corpus::skip(&corpus_minutes());
        return;
    }
    let styles = Styles::default();
    let mut headings = 0;
    let mut links = 0;
    for path in &files {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let md = String::from_utf8_lossy(&bytes);
        for width in [100u16, 30] {
            let out = render(&md, width, &styles);
            assert_eq!(out.lines.len(), out.source_lines.len());
            let lines = out.plain_lines();
            for (i, l) in out.lines.iter().enumerate() {
                assert!(l.width() <= width as usize, "{}:{i} too wide at {width}", path.display());
            }
            let all = lines.join("\n");
            for noise in ["<style", "font-size:", "<font", "</", "<!--"] {
                assert!(!all.contains(noise), "{} shows {noise:?} at {width}", path.display());
            }
            assert!(!all.chars().any(|c| c.is_control() && c != '\n'));
            let mut prev = 0;
            for &s in &out.source_lines {
                assert!(s >= 1 && s <= md.lines().count().max(1));
                assert!(s + 3 >= prev, "{}: source lines go backwards", path.display());
                prev = s;
            }
            if width == 100 {
                headings += out.headings.len();
                links += out.links.len();
            }
        }
    }
    assert!(headings > files.len(), "headings: {headings}");
    assert!(links > files.len(), "links: {links}");
}
