//! Full-text search over every meeting's minutes.
//!
//! [`Index::build`] keeps a normalised copy of every line (case folded,
//! umlauts spelled out, punctuation and markdown markers turned into single
//! spaces) in one contiguous haystack. A query is normalised the same way and
//! split into terms; a line matches when every term occurs at the start of a
//! word on it (so `stor` finds `Storage-Class`, `the` does not find `other`).
//! The longest term is scanned with `memchr::memmem` over the haystack, the
//! other terms are checked only on candidate lines. No regex is ever built
//! from user input.
//!
//! Lines inside `<style>` blocks (CSS in slide decks) are not indexed.
//!
//! Ranking: exact phrase first, then heading lines, then newer meetings, then
//! path and line. The score reflects this: 2 for the phrase, 1 for a heading,
//! plus a recency fraction below 1.

mod normalize;

use chrono::{Datelike, NaiveDate};
use memchr::memmem;
use serde::Serialize;
use std::cmp::Ordering;
use std::ops::Range;

/// One meeting's minutes, as given to [`Index::build`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    /// Path relative to the minutes root, e.g. `container/20230717.md`.
    pub path: String,
    /// The series (folder name), e.g. `container`.
    pub series: String,
    /// Meeting date, usually from the file name.
    pub date: Option<NaiveDate>,
    /// Meeting title (for display by the caller; not searched separately).
    pub title: String,
    /// The full markdown text.
    pub text: String,
}

/// A search request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// What the user typed; empty (or only punctuation) finds nothing.
    pub text: String,
    /// Only this series (folder name, ASCII case-insensitive).
    pub series: Option<String>,
    /// Only meetings on or after this date (undated meetings are excluded).
    pub since: Option<NaiveDate>,
    /// Only meetings on or before this date (undated meetings are excluded).
    pub until: Option<NaiveDate>,
    /// At most this many hits; 0 means no limit.
    pub limit: usize,
}

impl Query {
    /// A query for `text` with no filters and the given limit.
    pub fn new(text: impl Into<String>, limit: usize) -> Self {
        Query { text: text.into(), limit, ..Query::default() }
    }
}

/// One matching line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// The document's path.
    pub path: String,
    /// The document's series.
    pub series: String,
    /// The meeting date (serialised as `YYYY-MM-DD`).
    pub date: Option<NaiveDate>,
    /// 1-based line number in the document.
    pub line: usize,
    /// The matching line, trimmed and sanitized.
    pub text: String,
    /// Higher is better: 2 phrase + 1 heading + recency in [0, 1).
    pub score: f64,
    /// Byte ranges of the matches within `text`, sorted, not overlapping.
    #[serde(skip)]
    pub ranges: Vec<Range<usize>>,
}

struct LineEntry {
    doc: usize,
    /// 1-based line number.
    line: usize,
    /// Normalised line in the haystack.
    hay: Range<usize>,
    /// Trimmed raw line in the document's text.
    src: Range<usize>,
    heading: bool,
}

/// A search index over a set of documents.
pub struct Index {
    docs: Vec<Doc>,
    recency: Vec<f64>,
    hay: String,
    lines: Vec<LineEntry>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("docs", &self.docs.len())
            .field("lines", &self.lines.len())
            .field("bytes", &self.hay.len())
            .finish()
    }
}

/// The meeting date from a minutes file name such as `20230717.md` or
/// `20230831-slides.md` (the first eight characters, `YYYYMMDD`).
pub fn date_from_file_name(name: &str) -> Option<NaiveDate> {
    let stem = name.rsplit('/').next().unwrap_or(name);
    let digits = stem.get(..8)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDate::parse_from_str(digits, "%Y%m%d").ok()
}

impl Index {
    /// Build the index (documents are kept, ordered by path).
    pub fn build(mut docs: Vec<Doc>) -> Index {
        docs.sort_by(|a, b| a.path.cmp(&b.path));
        let total: usize = docs.iter().map(|d| d.text.len()).sum();
        let mut hay = String::with_capacity(total);
        let mut lines = Vec::with_capacity(total / 40);
        for (di, doc) in docs.iter().enumerate() {
            let text = doc.text.as_str();
            let mut offset = 0usize;
            let mut in_style = false;
            for (ln, raw) in text.split('\n').enumerate() {
                let start = offset;
                offset += raw.len() + 1;
                let trimmed = raw.trim();
                if trimmed.is_empty() {
                    continue;
                }
                // CSS in slide decks' <style> blocks is not content.
                if in_style || starts_with_ci(trimmed, "<style") {
                    in_style = !contains_ci(trimmed, "</style");
                    continue;
                }
                let lead = raw.len() - raw.trim_start().len();
                let src = (start + lead)..(start + lead + trimmed.len());
                // Normalise exactly the text a hit will show, so highlight
                // ranges always agree with what matched.
                let clean = crate::text::sanitize_line(trimmed);
                let h0 = hay.len();
                normalize::normalize_into(clean.trim(), &mut hay, None);
                if hay.len() == h0 {
                    continue;
                }
                let h1 = hay.len();
                hay.push('\n');
                lines.push(LineEntry { doc: di, line: ln + 1, hay: h0..h1, src, heading: is_atx_heading(trimmed) });
            }
        }
        let recency = docs.iter().map(|d| recency(d.date)).collect();
        Index { docs, recency, hay, lines }
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// True when no documents are indexed.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The indexed documents, ordered by path.
    pub fn docs(&self) -> &[Doc] {
        &self.docs
    }

    /// The document with this path, if indexed.
    pub fn doc(&self, path: &str) -> Option<&Doc> {
        self.docs.binary_search_by(|d| d.path.as_str().cmp(path)).ok().and_then(|i| self.docs.get(i))
    }

    /// Search; best hits first, one hit per matching line.
    pub fn search(&self, q: &Query) -> Vec<Hit> {
        let norm = normalize::normalize(&q.text);
        let terms: Vec<&str> = norm.split(' ').filter(|t| !t.is_empty()).collect();
        let Some(anchor_i) = (0..terms.len()).max_by_key(|&i| terms[i].len()) else {
            return Vec::new();
        };
        let allowed: Vec<bool> = self.docs.iter().map(|d| doc_allowed(d, q)).collect();
        if !allowed.iter().any(|&a| a) {
            return Vec::new();
        }
        let anchor = memmem::Finder::new(terms[anchor_i].as_bytes());
        let others: Vec<memmem::Finder<'_>> = terms
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != anchor_i)
            .map(|(_, t)| memmem::Finder::new(t.as_bytes()))
            .collect();
        let phrase = if terms.len() > 1 { Some(memmem::Finder::new(norm.as_bytes())) } else { None };

        let hay = self.hay.as_bytes();
        let mut cands: Vec<(f64, usize)> = Vec::new();
        let mut cur = 0usize;
        let n = self.lines.len();
        let mut from = 0usize;
        while from < hay.len() {
            let Some(i) = anchor.find(&hay[from..]) else {
                break;
            };
            let pos = from + i;
            if !is_word_start(hay, pos) {
                from = pos + 1;
                continue;
            }
            // Move to the line holding `pos`: a few steps, else binary search.
            if cur + 8 < n && self.lines[cur + 8].hay.end <= pos {
                cur += self.lines[cur..].partition_point(|l| l.hay.end <= pos);
            }
            while cur < n && self.lines[cur].hay.end <= pos {
                cur += 1;
            }
            if cur >= n {
                break;
            }
            // One hit per line: continue after this line.
            from = self.lines[cur].hay.end + 1;
            let e = &self.lines[cur];
            if !allowed[e.doc] {
                continue;
            }
            let line = &hay[e.hay.clone()];
            if !others.iter().all(|f| find_word_start(line, f).is_some()) {
                continue;
            }
            let mut score = self.recency[e.doc];
            let exact = match &phrase {
                Some(f) => find_word_start(line, f).is_some(),
                None => true,
            };
            if exact {
                score += 2.0;
            }
            if e.heading {
                score += 1.0;
            }
            cands.push((score, cur));
        }

        let cmp = |a: &(f64, usize), b: &(f64, usize)| -> Ordering {
            b.0.total_cmp(&a.0).then_with(|| {
                let (la, lb) = (&self.lines[a.1], &self.lines[b.1]);
                la.doc.cmp(&lb.doc).then(la.line.cmp(&lb.line))
            })
        };
        if q.limit > 0 && cands.len() > q.limit {
            cands.select_nth_unstable_by(q.limit - 1, cmp);
            cands.truncate(q.limit);
        }
        cands.sort_unstable_by(cmp);

        let term_finders: Vec<memmem::Finder<'_>> = terms.iter().map(|t| memmem::Finder::new(t.as_bytes())).collect();
        let mut scratch = (String::new(), Vec::new());
        cands.into_iter().map(|(score, li)| self.hit(li, score, &term_finders, phrase.as_ref(), &mut scratch)).collect()
    }

    fn hit(
        &self,
        li: usize,
        score: f64,
        terms: &[memmem::Finder<'_>],
        phrase: Option<&memmem::Finder<'_>>,
        scratch: &mut (String, Vec<(u32, u32)>),
    ) -> Hit {
        let e = &self.lines[li];
        let doc = &self.docs[e.doc];
        let raw = doc.text.get(e.src.clone()).unwrap_or("");
        let printable_ascii = raw.bytes().all(|b| (0x20..0x7f).contains(&b));
        let text = if printable_ascii { raw.to_string() } else { crate::text::sanitize_line(raw).trim().to_string() };
        let ranges = highlight(&text, terms, phrase, scratch);
        Hit {
            path: doc.path.clone(),
            series: doc.series.clone(),
            date: doc.date,
            line: e.line,
            text,
            score: (score * 1e6).round() / 1e6,
            ranges,
        }
    }
}

/// `# Title` … `###### Title` (not `#123` or `#hashtag`).
fn is_atx_heading(line: &str) -> bool {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes) && line[hashes..].chars().next().is_none_or(|c| c == ' ' || c == '\t')
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

fn contains_ci(s: &str, needle: &str) -> bool {
    s.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn doc_allowed(d: &Doc, q: &Query) -> bool {
    if let Some(s) = &q.series {
        if !d.series.eq_ignore_ascii_case(s.trim()) {
            return false;
        }
    }
    if let Some(since) = q.since {
        if d.date.is_none_or(|dd| dd < since) {
            return false;
        }
    }
    if let Some(until) = q.until {
        if d.date.is_none_or(|dd| dd > until) {
            return false;
        }
    }
    true
}

/// Newer is larger, always in [0, 1).
fn recency(date: Option<NaiveDate>) -> f64 {
    match date {
        Some(d) => {
            let days = d.num_days_from_ce() as f64;
            (days / 1_000_000.0).clamp(0.0, 0.999_999)
        }
        None => 0.0,
    }
}

fn is_word_start(hay: &[u8], pos: usize) -> bool {
    pos == 0 || matches!(hay[pos - 1], b' ' | b'\n')
}

fn find_word_start(hay: &[u8], f: &memmem::Finder<'_>) -> Option<usize> {
    f.find_iter(hay).find(|&p| is_word_start(hay, p))
}

/// Byte ranges in `text` of the phrase, or failing that of every term, at word starts.
fn highlight(
    text: &str,
    terms: &[memmem::Finder<'_>],
    phrase: Option<&memmem::Finder<'_>>,
    scratch: &mut (String, Vec<(u32, u32)>),
) -> Vec<Range<usize>> {
    let (norm, map) = scratch;
    norm.clear();
    map.clear();
    normalize::normalize_into(text, norm, Some(map));
    let hay = norm.as_bytes();
    let find_all = |f: &memmem::Finder<'_>, out: &mut Vec<Range<usize>>| {
        let n = f.needle().len();
        if n == 0 {
            return;
        }
        for p in f.find_iter(hay) {
            if !is_word_start(hay, p) {
                continue;
            }
            if let (Some(a), Some(b)) = (map.get(p), map.get(p + n - 1)) {
                out.push(a.0 as usize..b.1 as usize);
            }
        }
    };
    let mut ranges: Vec<Range<usize>> = Vec::new();
    // A line with the exact phrase marks only the phrase; otherwise each term.
    if let Some(f) = phrase {
        find_all(f, &mut ranges);
    }
    if ranges.is_empty() {
        for f in terms {
            find_all(f, &mut ranges);
        }
    }
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}
