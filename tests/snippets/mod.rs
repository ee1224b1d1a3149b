//! Reading invented snippets of minutes and checking what the engine read, for the batteries
//! of invented cases (`minutes_spec.rs`, `minutes_conventions.rs`): each check returns `Err`
//! with the snippet, what was expected and what was read, and [`all_hold`] fails with every one.
#![allow(dead_code)]

use scsdash::minutes::parse_meeting;
use scsdash::model::SourceFile;

/// (owners, task) of every action item of a snippet.
pub fn items(md: &str) -> Vec<(Vec<String>, String)> {
    m(md).actions.into_iter().map(|a| (a.owners, a.text)).collect()
}

/// The meeting read from a snippet (an invented file of an invented series).
pub fn m(md: &str) -> scsdash::model::meeting::Meeting {
    parse_meeting(&SourceFile::new("team-violet/20250303.md", md))
}

pub fn decision_lines(md: &str) -> Vec<usize> {
    m(md).decisions.iter().map(|d| d.line).collect()
}

/// One action item with these owners whose task has these words.
pub fn has(md: &str, owners: &[&str], words: &[&str]) -> Result<(), String> {
    let got = items(md);
    let ok = got.len() == 1
        && got[0].0.iter().map(String::as_str).eq(owners.iter().copied())
        && words.iter().all(|w| got[0].1.to_lowercase().contains(&w.to_lowercase()));
    if ok {
        Ok(())
    } else {
        Err(format!("{md:?}: expected one item {owners:?} {words:?}, got {got:?}"))
    }
}

/// Exactly these action items, in order: each with these owners and a task with this word.
pub fn has_all(md: &str, want: Vec<(Vec<&str>, &str)>) -> Result<(), String> {
    let got = items(md);
    let ok = got.len() == want.len()
        && got.iter().zip(want.iter()).all(|(g, (owners, word))| {
            g.0.iter().map(String::as_str).eq(owners.iter().copied())
                && g.1.to_lowercase().contains(&word.to_lowercase())
        });
    if ok {
        Ok(())
    } else {
        Err(format!("{md:?}: expected items {want:?}, got {got:?}"))
    }
}

pub fn none(md: &str) -> Result<(), String> {
    let got = items(md);
    if got.is_empty() {
        Ok(())
    } else {
        Err(format!("{md:?}: expected no item, got {got:?}"))
    }
}

pub fn decided(md: &str, lines: &[usize]) -> Result<(), String> {
    let got = decision_lines(md);
    if got == lines {
        Ok(())
    } else {
        Err(format!("{md:?}: expected decisions on {lines:?}, got {got:?}"))
    }
}

/// The tender entries of a snippet: (id, event) in order.
pub fn tenders_are(md: &str, want: &[(&str, &str)]) -> Result<(), String> {
    let got: Vec<(String, String)> =
        m(md).tenders.iter().map(|t| (t.id.clone(), t.status.event().to_string())).collect();
    let w: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    if got == w {
        Ok(())
    } else {
        Err(format!("{md:?}: expected tenders {w:?}, got {got:?}"))
    }
}

/// The minute-takers of a snippet, as written (`@handle` or a plain name).
pub fn takers_are(md: &str, want: &[&str]) -> Result<(), String> {
    let got = m(md).minute_takers;
    if got == want.iter().map(|s| s.to_string()).collect::<Vec<_>>() {
        Ok(())
    } else {
        Err(format!("{md:?}: expected minute-takers {want:?}, got {got:?}"))
    }
}

/// The minute-takers of `path` when the files are read together (names tied to handles across
/// a meeting and its series).
pub fn series_takers_are(files: &[(&str, &str)], path: &str, want: &[&str]) -> Result<(), String> {
    let sources: Vec<SourceFile> = files.iter().map(|&(p, md)| SourceFile::new(p, md)).collect();
    let got = scsdash::minutes::analyze(&sources).meeting(path).map(|m| m.minute_takers.clone()).unwrap_or_default();
    if got == want.iter().map(|s| s.to_string()).collect::<Vec<_>>() {
        Ok(())
    } else {
        Err(format!("{path} of {files:?}: expected minute-takers {want:?}, got {got:?}"))
    }
}

/// Fails with every case that does not hold, and how many.
pub fn all_hold(cases: impl IntoIterator<Item = Result<(), String>>) {
    let fails: Vec<String> = cases.into_iter().filter_map(Result::err).collect();
    assert!(fails.is_empty(), "{} of the cases fail:\n{}", fails.len(), fails.join("\n"));
}
