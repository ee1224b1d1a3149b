//! The minutes engine: markdown minutes files -> [`Meeting`]s, and all of
//! them -> [`Minutes`] (action items tracked across meetings, tender
//! timelines, decisions, announced schedule slots).
//!
//! Pure library code: bytes in, model values out; no terminal, no network.
//! Structure comes from pulldown-cmark events (see [`doc`]); regexes are only
//! used for the small in-line grammars (owners, tender ids, times).

pub mod actions;
pub mod doc;
pub mod meta;
pub mod schedule;
pub mod tenders;
pub mod track;

use chrono::NaiveDate;

use crate::model::meeting::{Meeting, Minutes};
use crate::model::SourceFile;

/// Files larger than this are truncated (with a warning).
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// Decode raw bytes: cap the size, strip a BOM, decode UTF-8 lossily and
/// normalise line endings to `\n`. Returns the text and warnings.
pub fn decode(bytes: &[u8]) -> (String, Vec<String>) {
    let mut warnings = Vec::new();
    let mut b = bytes;
    if b.len() > MAX_FILE_BYTES {
        warnings.push(format!("file is {} bytes; only the first {} bytes were read", b.len(), MAX_FILE_BYTES));
        b = &b[..MAX_FILE_BYTES];
    }
    if let Some(rest) = b.strip_prefix(b"\xEF\xBB\xBF") {
        b = rest;
    }
    let mut text = match std::str::from_utf8(b) {
        Ok(s) => s.to_string(),
        Err(e) => {
            // a cut in the middle of a character at the cap is not worth a warning
            let truncated_tail = bytes.len() > MAX_FILE_BYTES && e.error_len().is_none();
            if !truncated_tail {
                warnings.push(format!("invalid UTF-8 at byte {}; decoded lossily", e.valid_up_to()));
            }
            String::from_utf8_lossy(b).into_owned()
        }
    };
    if text.contains('\r') {
        text = text.replace("\r\n", "\n").replace('\r', "\n");
    }
    if text.contains('\0') {
        text = text.replace('\0', "\u{FFFD}");
    }
    (text, warnings)
}

/// Series (folder) and date from a relative path like `iaas/20230719.md`
/// or `community-call/20230831-slides.md`.
pub fn path_info(path: &str) -> (String, Option<NaiveDate>) {
    let norm = path.replace('\\', "/");
    let mut parts: Vec<&str> = norm.split('/').filter(|p| !p.is_empty() && *p != ".").collect();
    let file = parts.pop().unwrap_or("");
    let series = parts.last().map(|s| s.to_string()).unwrap_or_default();
    let stem = file.rsplit_once('.').map(|(s, _)| s).unwrap_or(file);
    let digits: String = stem.chars().take(8).collect();
    let date = if digits.len() == 8 && digits.chars().all(|c| c.is_ascii_digit()) {
        NaiveDate::parse_from_str(&digits, "%Y%m%d").ok()
    } else {
        None
    };
    (series, date)
}

/// Whether the file is a regular meeting of its series (`YYYYMMDD.md` or
/// `YYYYMMDD-slides.md`), as opposed to a workshop, overflow or special.
pub fn is_regular(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or(path);
    let stem = file.strip_suffix(".md").unwrap_or(file);
    stem.len() == 8 && stem.bytes().all(|b| b.is_ascii_digit())
        || stem.len() == 15 && stem.ends_with("-slides") && stem[..8].bytes().all(|b| b.is_ascii_digit())
}

/// Human name of a series folder: `community-call` -> "Tech Weekly",
/// `iaas` -> "Team IaaS", unknown `foo-bar` -> "Foo Bar".
pub fn series_display_name(folder: &str) -> String {
    match folder {
        "community-call" => "Tech Weekly".into(),
        "container" => "Team Container".into(),
        "iaas" => "Team IaaS".into(),
        "ops" => "Team Ops".into(),
        "ops-iam" | "iam" => "Team IAM".into(),
        "sig-standardization" => "SIG Standardization".into(),
        "sig-monitoring" => "SIG Monitoring".into(),
        other => {
            let words: Vec<String> = other
                .split(['-', '_', ' '])
                .filter(|w| !w.is_empty())
                .map(|w| match w {
                    "sig" => "SIG".to_string(),
                    "iaas" => "IaaS".to_string(),
                    "iam" => "IAM".to_string(),
                    "scs" => "SCS".to_string(),
                    // Acronyms as the community writes them.
                    "api" | "ci" | "cd" | "k8s" | "ops" | "kaas" | "vp" | "ipv6" | "s3" | "dns" => match w {
                        "kaas" => "KaaS".to_string(),
                        "ops" => "Ops".to_string(),
                        "k8s" => "K8s".to_string(),
                        "ipv6" => "IPv6".to_string(),
                        w => w.to_uppercase(),
                    },
                    _ => {
                        let mut c = w.chars();
                        match c.next() {
                            Some(f) => f.to_uppercase().chain(c).collect(),
                            None => String::new(),
                        }
                    }
                })
                .collect();
            if words.is_empty() {
                other.to_string()
            } else {
                words.join(" ")
            }
        }
    }
}

/// Parse one minutes file. Never panics; problems become `warnings`.
pub fn parse_meeting(file: &SourceFile) -> Meeting {
    let (text, mut warnings) = decode(&file.bytes);
    let path = file.path.replace('\\', "/");
    let (series, date) = path_info(&path);
    if date.is_none() {
        warnings.push("file name has no YYYYMMDD date".to_string());
    }
    if text.trim().is_empty() {
        warnings.push("file is empty".to_string());
    }
    let mut doc = doc::build(&text);
    let mut m = Meeting {
        series,
        date,
        path,
        title: String::new(),
        minute_takers: Vec::new(),
        participants: Vec::new(),
        sections: Vec::new(),
        links: Vec::new(),
        team_minutes: Vec::new(),
        new_members: Vec::new(),
        hackathons: Vec::new(),
        lightning_talks: Default::default(),
        actions: Vec::new(),
        tenders: Vec::new(),
        slots: Vec::new(),
        decisions: Vec::new(),
        warnings,
        text: String::new(),
    };
    meta::extract(&doc, &mut m);
    m.actions = actions::extract(&doc);
    m.tenders = tenders::extract(&doc);
    m.slots = schedule::extract(&doc, &m);
    m.decisions = meta::decisions(&doc, &m);
    m.links = doc.nodes.iter_mut().flat_map(|n| std::mem::take(&mut n.links)).collect();
    m.sections = doc.sections;
    m.text = text;
    m
}

/// Parse all `.md` files and build the cross-meeting views.
pub fn analyze(files: &[SourceFile]) -> Minutes {
    let mut meetings: Vec<Meeting> = files
        .iter()
        .filter(|f| f.path.to_ascii_lowercase().ends_with(".md"))
        .filter(|f| {
            let name = f.path.rsplit('/').next().unwrap_or(&f.path).to_ascii_lowercase();
            // repository furniture, not minutes
            !matches!(name.as_str(), "readme.md" | "license.md" | "contributing.md") && f.path.contains('/')
        })
        .map(parse_meeting)
        .collect();
    meetings.sort_by(|a, b| (a.date.is_none(), a.date, &a.path).cmp(&(b.date.is_none(), b.date, &b.path)));
    let actions = track::track_actions(&meetings);
    let tenders = track::tender_timelines(&meetings);
    let decisions = meetings.iter().flat_map(|m| m.decisions.iter().cloned()).collect();
    let slots = meetings.iter().flat_map(|m| m.slots.iter().cloned()).collect();
    Minutes { meetings, actions, tenders, decisions, slots }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(series_display_name("community-call"), "Tech Weekly");
        assert_eq!(series_display_name("foo-bar"), "Foo Bar");
        assert_eq!(series_display_name("sig-monitoring"), "SIG Monitoring");
    }

    #[test]
    fn paths() {
        let (s, d) = path_info("community-call/20230831-slides.md");
        assert_eq!(s, "community-call");
        assert_eq!(d, NaiveDate::from_ymd_opt(2023, 8, 31));
        assert_eq!(path_info("x/notes.md").1, None);
        assert!(is_regular("a/20230101.md"));
        assert!(is_regular("a/20230101-slides.md"));
        assert!(!is_regular("a/20230101-workshop.md"));
    }

    #[test]
    fn decode_lossy_and_cap() {
        let (t, w) = decode(b"a\xffb\r\nc");
        assert_eq!(t, "a\u{FFFD}b\nc");
        assert_eq!(w.len(), 1);
        let big = vec![b'a'; MAX_FILE_BYTES + 10];
        let (t, w) = decode(&big);
        assert_eq!(t.len(), MAX_FILE_BYTES);
        assert_eq!(w.len(), 1);
    }
}
