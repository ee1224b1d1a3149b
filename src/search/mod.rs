//! Full-text search over every meeting's minutes.
//!
//! The index keeps a normalised copy of every line (case folded, umlauts
//! spelled out, punctuation and markdown markers turned into single spaces)
//! in one contiguous haystack, and per line only its document, line number
//! and heading flag: the documents' texts need not be resident. A hit's line
//! is read from the text on demand ([`IndexBuilder::finish`] takes a loader;
//! [`Index::build`] keeps the given texts). Per document, [`doc_lines`] is
//! what the persisted index (`crate::index`) stores. A query is normalised the same way and
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

pub mod fuzzy;
mod normalize;

use chrono::{Datelike, NaiveDate};
use memchr::memmem;
use serde::{Deserialize, Serialize};
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

/// One document's searchable lines: what the persisted index keeps per file
/// instead of its text (see [`doc_lines`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocLines {
    /// The normalised form of every indexed line, each followed by `'\n'`.
    pub hay: String,
    /// Per indexed line, in order: its 1-based line number in the document
    /// and whether it is an ATX heading.
    pub lines: Vec<(u32, bool)>,
}

/// The searchable lines of one document's text (normalised, blank lines and
/// `<style>` blocks left out).
pub fn doc_lines(text: &str) -> DocLines {
    let mut out = DocLines { hay: String::with_capacity(text.len()), lines: Vec::new() };
    let mut in_style = false;
    for (ln, raw) in text.split('\n').enumerate() {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        // CSS in slide decks' <style> blocks is not content.
        if in_style || starts_with_ci(trimmed, "<style") {
            in_style = !crate::text::contains_ci(trimmed, "</style");
            continue;
        }
        // Normalise exactly the text a hit will show, so highlight
        // ranges always agree with what matched.
        let clean = crate::text::sanitize_line(trimmed);
        let h0 = out.hay.len();
        normalize::normalize_into(clean.trim(), &mut out.hay, None);
        if out.hay.len() == h0 {
            continue;
        }
        out.hay.push('\n');
        out.lines.push((u32::try_from(ln + 1).unwrap_or(u32::MAX), is_atx_heading(trimmed)));
    }
    out
}

/// A document as the index keeps it: everything but the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocMeta {
    /// Path relative to the minutes root.
    pub path: String,
    /// The series (folder name).
    pub series: String,
    /// Meeting date.
    pub date: Option<NaiveDate>,
    /// Meeting title.
    pub title: String,
}

/// Reads a document's text by path when a hit needs its line (the index
/// does not keep the texts resident).
pub type TextLoader = std::sync::Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

enum Texts {
    Resident(Vec<String>),
    OnDemand(TextLoader, std::sync::Mutex<std::collections::HashMap<usize, std::sync::Arc<str>>>),
}

/// Documents a one-word search looks at newest first before it looks everywhere.
const NEWEST_DOCS_FIRST: usize = 400;

/// Most document texts kept between searches when they are read on demand.
const TEXT_CACHE_DOCS: usize = 512;

/// A search index over a set of documents.
pub struct Index {
    docs: Vec<DocMeta>,
    texts: Texts,
    recency: Vec<f64>,
    /// Every indexed line, normalised, each followed by '\n', in document order.
    hay: String,
    /// Per line: offset of its terminating '\n' in `hay`.
    line_end: Vec<u32>,
    /// Per line: 1-based line number in its document.
    line_no: Vec<u32>,
    /// Per line: its document.
    line_doc: Vec<u32>,
    /// Per line: an ATX heading.
    heading: Vec<bool>,
    /// Per document: its first line (documents' lines are contiguous), and
    /// the number of lines at the end.
    doc_first_line: Vec<u32>,
    /// The documents newest first (by recency, then path order): the order
    /// of the hits of equal rank.
    by_recency: Vec<u32>,
    /// The heading lines alone, as `hay`, and per heading line its end in
    /// `head_hay` and its line: a one-word search looks at them first.
    head_hay: String,
    head_end: Vec<u32>,
    head_line: Vec<u32>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("docs", &self.docs.len())
            .field("lines", &self.line_end.len())
            .field("bytes", &self.hay.len())
            .finish()
    }
}

/// Builds an [`Index`] from per-document lines, e.g. read from the
/// persisted index. Documents must be pushed in path order.
pub struct IndexBuilder {
    docs: Vec<DocMeta>,
    hay: String,
    line_end: Vec<u32>,
    line_no: Vec<u32>,
    line_doc: Vec<u32>,
    heading: Vec<bool>,
}

impl IndexBuilder {
    /// A builder expecting about `docs` documents, `hay` normalised bytes and `lines` lines.
    pub fn with_capacity(docs: usize, hay: usize, lines: usize) -> IndexBuilder {
        IndexBuilder {
            docs: Vec::with_capacity(docs),
            hay: String::with_capacity(hay),
            line_end: Vec::with_capacity(lines),
            line_no: Vec::with_capacity(lines),
            line_doc: Vec::with_capacity(lines),
            heading: Vec::with_capacity(lines),
        }
    }

    /// Add one document. `hay` and `lines` are a [`DocLines`]' fields; when
    /// they disagree (not one `'\n'`-terminated line per entry) the document
    /// is kept without searchable lines.
    pub fn push(&mut self, meta: DocMeta, hay: &str, lines: &[(u32, bool)]) {
        let di = u32::try_from(self.docs.len()).unwrap_or(u32::MAX);
        self.docs.push(meta);
        let consistent = hay.is_empty() && lines.is_empty()
            || hay.ends_with('\n') && memchr::memchr_iter(b'\n', hay.as_bytes()).count() == lines.len();
        // Offsets are u32: stop indexing (rather than wrap) past 4 GiB.
        if !consistent || self.hay.len() + hay.len() > u32::MAX as usize {
            return;
        }
        let base = self.hay.len();
        self.hay.push_str(hay);
        for (nl, &(no, h)) in memchr::memchr_iter(b'\n', hay.as_bytes()).zip(lines) {
            self.line_end.push((base + nl) as u32);
            self.line_no.push(no);
            self.line_doc.push(di);
            self.heading.push(h);
        }
    }

    /// The index; `loader` reads a document's text by path for the hit lines.
    pub fn finish(self, loader: TextLoader) -> Index {
        self.finish_with(Texts::OnDemand(loader, Default::default()))
    }

    fn finish_with(self, texts: Texts) -> Index {
        let recency: Vec<f64> = self.docs.iter().map(|d| recency(d.date)).collect();
        let mut doc_first_line = vec![0u32; self.docs.len() + 1];
        for &d in &self.line_doc {
            doc_first_line[d as usize + 1] += 1;
        }
        for i in 1..doc_first_line.len() {
            doc_first_line[i] += doc_first_line[i - 1];
        }
        let mut by_recency: Vec<u32> = (0..self.docs.len() as u32).collect();
        by_recency.sort_by(|&a, &b| recency[b as usize].total_cmp(&recency[a as usize]).then(a.cmp(&b)));
        let (mut head_hay, mut head_end, mut head_line) = (String::new(), Vec::new(), Vec::new());
        for (li, _) in self.heading.iter().enumerate().filter(|(_, h)| **h) {
            let end = self.line_end[li] as usize;
            let start = if li == 0 { 0 } else { self.line_end[li - 1] as usize + 1 };
            head_hay.push_str(&self.hay[start..end]);
            head_end.push(head_hay.len() as u32);
            head_hay.push('\n');
            head_line.push(li as u32);
        }
        Index {
            doc_first_line,
            by_recency,
            head_hay,
            head_end,
            head_line,
            docs: self.docs,
            texts,
            recency,
            hay: self.hay,
            line_end: self.line_end,
            line_no: self.line_no,
            line_doc: self.line_doc,
            heading: self.heading,
        }
    }
}

type IndexInit = Box<dyn FnOnce() -> Index + Send>;

/// An [`Index`] that may be built on first use: the persisted index reads
/// its search part only when a search needs it, or in the background after
/// the first frame ([`LazyIndex::preload`]). Derefs to the index, waiting for
/// it to be built when it is not yet.
#[derive(Clone)]
pub struct LazyIndex(std::sync::Arc<LazyInner>);

struct LazyInner {
    cell: std::sync::OnceLock<Index>,
    init: std::sync::Mutex<Option<IndexInit>>,
}

impl LazyIndex {
    /// An index that is already built.
    pub fn ready(index: Index) -> LazyIndex {
        let cell = std::sync::OnceLock::new();
        let _ = cell.set(index);
        LazyIndex(std::sync::Arc::new(LazyInner { cell, init: std::sync::Mutex::new(None) }))
    }

    /// An index built by `init` on first use.
    pub fn deferred(init: impl FnOnce() -> Index + Send + 'static) -> LazyIndex {
        let init: IndexInit = Box::new(init);
        LazyIndex(std::sync::Arc::new(LazyInner {
            cell: std::sync::OnceLock::new(),
            init: std::sync::Mutex::new(Some(init)),
        }))
    }

    /// Whether it is built.
    pub fn is_ready(&self) -> bool {
        self.0.cell.get().is_some()
    }

    /// Build it on a background thread now (no-op when built).
    pub fn preload(&self) {
        if !self.is_ready() {
            let me = self.clone();
            let _ = std::thread::Builder::new().name("search-index".into()).spawn(move || {
                let _ = me.get();
            });
        }
    }

    /// The index, built now if needed.
    pub fn get(&self) -> &Index {
        self.0.cell.get_or_init(|| {
            let init = self.0.init.lock().unwrap_or_else(|p| p.into_inner()).take();
            match init {
                Some(f) => f(),
                None => Index::build(Vec::new()),
            }
        })
    }
}

impl std::ops::Deref for LazyIndex {
    type Target = Index;
    fn deref(&self) -> &Index {
        self.get()
    }
}

impl std::fmt::Debug for LazyIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.cell.get() {
            Some(i) => i.fmt(f),
            None => f.write_str("LazyIndex(not built yet)"),
        }
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
    /// Build the index from documents with their texts (kept resident),
    /// ordered by path.
    pub fn build(mut docs: Vec<Doc>) -> Index {
        docs.sort_by(|a, b| a.path.cmp(&b.path));
        let total: usize = docs.iter().map(|d| d.text.len()).sum();
        let mut b = IndexBuilder::with_capacity(docs.len(), total, total / 40);
        let mut texts = Vec::with_capacity(docs.len());
        for doc in docs {
            let dl = doc_lines(&doc.text);
            b.push(
                DocMeta { path: doc.path, series: doc.series, date: doc.date, title: doc.title },
                &dl.hay,
                &dl.lines,
            );
            texts.push(doc.text);
        }
        b.finish_with(Texts::Resident(texts))
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
    pub fn docs(&self) -> &[DocMeta] {
        &self.docs
    }

    /// The document with this path, if indexed.
    pub fn doc(&self, path: &str) -> Option<&DocMeta> {
        self.docs.binary_search_by(|d| d.path.as_str().cmp(path)).ok().and_then(|i| self.docs.get(i))
    }

    fn line_range(&self, li: usize) -> Range<usize> {
        let end = self.line_end[li] as usize;
        let start = if li == 0 { 0 } else { self.line_end[li - 1] as usize + 1 };
        start..end
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

        let line_ok = |li: usize| {
            let line = &self.hay.as_bytes()[self.line_range(li)];
            others.iter().all(|f| find_word_start(line, f).is_some())
        };
        let score = |li: usize| {
            let doc = self.line_doc[li] as usize;
            let mut score = self.recency[doc];
            let exact = match &phrase {
                Some(f) => find_word_start(&self.hay.as_bytes()[self.line_range(li)], f).is_some(),
                None => true,
            };
            if exact {
                score += 2.0;
            }
            if self.heading[li] {
                score += 1.0;
            }
            score
        };
        let mut cands: Vec<(f64, usize)> = Vec::new();
        // One word: every matching heading line ranks above every other
        // line, and lines of equal rank go newest document first, in line
        // order. So the headings are looked at first, then the newest
        // documents until the limit is reached: a one- or two-letter word
        // matches most lines, and they need not all be found to know the
        // first `limit`. A rarer word (the limit not reached in the newest
        // documents) is looked for everywhere at once.
        let mut found = false;
        if terms.len() == 1 && q.limit > 0 {
            scan(self.head_hay.as_bytes(), &self.head_end, &anchor, |hi| {
                let li = self.head_line[hi] as usize;
                if allowed[self.line_doc[li] as usize] {
                    cands.push((score(li), li));
                }
                true
            });
            let mut need = q.limit.saturating_sub(cands.len());
            for &d in self.by_recency.iter().take(NEWEST_DOCS_FIRST) {
                if need == 0 {
                    break;
                }
                let d = d as usize;
                let (l0, l1) = (self.doc_first_line[d] as usize, self.doc_first_line[d + 1] as usize);
                if l0 == l1 || !allowed[d] {
                    continue;
                }
                let base = self.line_range(l0).start;
                let hay = &self.hay.as_bytes()[base..self.line_end[l1 - 1] as usize + 1];
                scan_at(hay, &self.line_end[l0..l1], base, &anchor, |i| {
                    let li = l0 + i;
                    if !self.heading[li] {
                        cands.push((score(li), li));
                        need -= 1;
                    }
                    need > 0
                });
            }
            found = need == 0;
            if !found {
                cands.clear();
            }
        }
        if !found {
            scan(self.hay.as_bytes(), &self.line_end, &anchor, |li| {
                if allowed[self.line_doc[li] as usize] && line_ok(li) {
                    cands.push((score(li), li));
                }
                true
            });
        }

        let cmp = |a: &(f64, usize), b: &(f64, usize)| -> Ordering {
            b.0.total_cmp(&a.0)
                .then_with(|| (self.line_doc[a.1], self.line_no[a.1]).cmp(&(self.line_doc[b.1], self.line_no[b.1])))
        };
        if q.limit > 0 && cands.len() > q.limit {
            cands.select_nth_unstable_by(q.limit - 1, cmp);
            cands.truncate(q.limit);
        }
        cands.sort_unstable_by(cmp);

        let term_finders: Vec<memmem::Finder<'_>> = terms.iter().map(|t| memmem::Finder::new(t.as_bytes())).collect();
        let mut scratch = (String::new(), Vec::new());
        let mut read: std::collections::HashMap<usize, Option<std::sync::Arc<str>>> = Default::default();
        cands
            .into_iter()
            .map(|(score, li)| {
                let raw = self.raw_line(li, &mut read);
                self.hit(li, score, raw, &term_finders, phrase.as_ref(), &mut scratch)
            })
            .collect()
    }

    /// The trimmed source line of line entry `li`; the normalised line when
    /// the document's text cannot be read.
    fn raw_line(&self, li: usize, read: &mut std::collections::HashMap<usize, Option<std::sync::Arc<str>>>) -> String {
        let doc = self.line_doc[li] as usize;
        let no = self.line_no[li] as usize;
        let pick = |text: &str| text.split('\n').nth(no.saturating_sub(1)).map(|l| l.trim().to_string());
        let found = match &self.texts {
            Texts::Resident(t) => t.get(doc).and_then(|t| pick(t)),
            Texts::OnDemand(loader, cache) => {
                let text = read
                    .entry(doc)
                    .or_insert_with(|| {
                        let mut c = cache.lock().unwrap_or_else(|p| p.into_inner());
                        if let Some(t) = c.get(&doc) {
                            return Some(t.clone());
                        }
                        let t: std::sync::Arc<str> = loader(&self.docs[doc].path)?.into();
                        if c.len() >= TEXT_CACHE_DOCS {
                            c.clear();
                        }
                        c.insert(doc, t.clone());
                        Some(t)
                    })
                    .clone();
                text.and_then(|t| pick(&t))
            }
        };
        found.unwrap_or_else(|| self.hay[self.line_range(li)].to_string())
    }

    fn hit(
        &self,
        li: usize,
        score: f64,
        raw: String,
        terms: &[memmem::Finder<'_>],
        phrase: Option<&memmem::Finder<'_>>,
        scratch: &mut (String, Vec<(u32, u32)>),
    ) -> Hit {
        let doc = &self.docs[self.line_doc[li] as usize];
        let printable_ascii = raw.bytes().all(|b| (0x20..0x7f).contains(&b));
        let text = if printable_ascii { raw } else { crate::text::sanitize_line(&raw).trim().to_string() };
        let ranges = highlight(&text, terms, phrase, scratch);
        Hit {
            path: doc.path.clone(),
            series: doc.series.clone(),
            date: doc.date,
            line: self.line_no[li] as usize,
            text,
            score: (score * 1e6).round() / 1e6,
            ranges,
        }
    }
}

/// Every line of `hay` (lines ending at `ends`, each followed by `'\n'`)
/// on which `anchor` occurs at the start of a word, in order, until `f`
/// says stop.
fn scan(hay: &[u8], ends: &[u32], anchor: &memmem::Finder<'_>, f: impl FnMut(usize) -> bool) {
    scan_at(hay, ends, 0, anchor, f)
}

/// [`scan`] of a slice of a larger haystack that starts at `base` of it
/// (`ends` are offsets in the larger one).
fn scan_at(hay: &[u8], ends: &[u32], base: usize, anchor: &memmem::Finder<'_>, mut f: impl FnMut(usize) -> bool) {
    let n = ends.len();
    let end_of = |i: usize| ends[i] as usize - base;
    let mut cur = 0usize;
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
        if cur + 8 < n && end_of(cur + 8) < pos {
            cur += ends[cur..].partition_point(|&e| (e as usize - base) < pos);
        }
        while cur < n && end_of(cur) < pos {
            cur += 1;
        }
        if cur >= n {
            break;
        }
        // One hit per line: continue after this line.
        from = end_of(cur) + 1;
        if !f(cur) {
            break;
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

fn doc_allowed(d: &DocMeta, q: &Query) -> bool {
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
