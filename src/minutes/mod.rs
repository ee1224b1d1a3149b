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

/// The letters, digits and `_` the grammar's `\w` stands for: ASCII and the Latin letters of
/// Latin-1 and Latin Extended-A/B (names such as "Jürgen", "Łukasz"), not every script.
const WORD: &str = r"0-9A-Za-z_\x{C0}-\x{24F}";

/// Compile a pattern of the extraction grammar. `\w`, `\W` and `\d` are narrowed to
/// [`WORD`] and ASCII digits: the full Unicode classes compile into large UTF-8 automata
/// (a `[\w ]{0,40}` alone took 13 ms to build), which made every process pay ~0.15 s
/// before reading a file. Minutes are written in English and German: nothing the grammar
/// matches is lost (the gold set measures it).
///
/// The lazy DFA gets 8 MiB of transition cache instead of 2: the decision and assignment
/// grammars are large, and with 2 MiB their caches filled and were rebuilt over and over
/// while a corpus was parsed (a seventh of the time went into re-determinising). The cache
/// grows only as far as a regex needs it.
pub(crate) fn rx(pattern: &str) -> Result<regex::Regex, regex::Error> {
    regex::RegexBuilder::new(&narrow_classes(pattern)).dfa_size_limit(DFA_CACHE).build()
}

/// The lazy DFA's transition cache of each pattern (see [`rx`]).
const DFA_CACHE: usize = 8 << 20;

/// A pattern of the grammar that is only ever asked whether it matches.
///
/// Two things make it cheaper than a [`regex::Regex`] in a fresh process, with the same
/// answers (`any_of_answers_as_the_whole_pattern`, and over every line of the corpus in
/// `meta::tests`):
/// - its top-level alternatives are compiled as two automata: those anchored at the start of
///   the text (`^…`, searched from the start only) and the others. A large pattern that mixed
///   the two kinds made the lazy DFA carry both in every state: over the corpus's lines the
///   decision grammar's four large patterns spent 15–130 ms each determinising on the first
///   pass (one of them as long on every later pass: its cache never settled), 11–25 ms split;
/// - each is a forward lazy DFA only: a yes or no needs no match start, so none of what a
///   `Regex` builds besides it (the reverse automaton, literal prefilters, captures engines)
///   is compiled, which was most of the grammar's compile time. A pattern the lazy DFA
///   cannot run (a Unicode `\b`) is a `Regex`.
pub(crate) struct AnyOf {
    parts: Vec<Part>,
    #[cfg(test)]
    source: String,
}

type CacheFn = Box<dyn Fn() -> regex_automata::hybrid::dfa::Cache + Send + Sync>;

enum Part {
    Dfa {
        dfa: std::sync::Arc<regex_automata::hybrid::dfa::DFA>,
        caches: regex_automata::util::pool::Pool<regex_automata::hybrid::dfa::Cache, CacheFn>,
        /// every alternative starts with `^`: a search from the start only
        anchored: bool,
        /// the pattern as written, for [`Part::Dfa::fallback`]
        pattern: String,
        /// a `Regex` of the same pattern, built if the lazy DFA ever gives up (it is not
        /// configured to, and the patterns hold no byte it quits on)
        fallback: std::sync::OnceLock<Option<regex::Regex>>,
    },
    Regex(regex::Regex),
}

impl Part {
    fn new(pattern: &str, anchored: bool) -> Result<Self, regex::Error> {
        use regex_automata::{hybrid::dfa::DFA, nfa::thompson, util::syntax};
        let narrowed = narrow_classes(pattern);
        let built = DFA::builder()
            .configure(DFA::config().cache_capacity(DFA_CACHE))
            .syntax(syntax::Config::new())
            .thompson(thompson::Config::new().which_captures(thompson::WhichCaptures::None))
            .build(&narrowed);
        let Ok(dfa) = built else { return Ok(Part::Regex(rx(pattern)?)) };
        let dfa = std::sync::Arc::new(dfa);
        let make = std::sync::Arc::clone(&dfa);
        let caches = regex_automata::util::pool::Pool::new(Box::new(move || make.create_cache()) as CacheFn);
        Ok(Part::Dfa { dfa, caches, anchored, pattern: pattern.to_string(), fallback: std::sync::OnceLock::new() })
    }

    fn is_match(&self, haystack: &str) -> bool {
        match self {
            Part::Regex(r) => r.is_match(haystack),
            Part::Dfa { dfa, caches, anchored, pattern, fallback } => {
                let mut input = regex_automata::Input::new(haystack).earliest(true);
                if *anchored {
                    input = input.anchored(regex_automata::Anchored::Yes);
                }
                match dfa.try_search_fwd(&mut caches.get(), &input) {
                    Ok(m) => m.is_some(),
                    Err(_) => fallback.get_or_init(|| rx(pattern).ok()).as_ref().is_some_and(|r| r.is_match(haystack)),
                }
            }
        }
    }
}

/// An [`AnyOf`] with this many unanchored alternatives or more is compiled as several
/// automata of [`SPLIT_INTO`] alternatives each. Over the corpus, cold, with one thread:
/// 1,861 M instructions whole, 1,768 M in groups of 4 or 5 (groups of 10: 11 M more than
/// groups of 5); but each group scans a line once more when its states are cached, and the
/// warm parse (`analyze_corpus`) lost 3–5 % in groups of 5, about nothing in groups of 10.
const SPLIT_FROM: usize = 12;
/// See [`SPLIT_FROM`].
const SPLIT_INTO: usize = 10;

impl AnyOf {
    pub(crate) fn new(pattern: &str) -> Result<Self, regex::Error> {
        let parts = match top_alternatives(pattern) {
            None => vec![Part::new(pattern, false)?],
            Some((flags, alternatives)) => {
                // under `(?m)` a `^` also matches after each line break: no start-only search
                let multi_line = flags.split('-').next().is_some_and(|on| on.contains('m'));
                let (anchored, rest): (Vec<&str>, Vec<&str>) =
                    alternatives.into_iter().partition(|a| a.starts_with('^') && !multi_line);
                let mut parts = Vec::with_capacity(2);
                if !anchored.is_empty() {
                    parts.push(Part::new(&format!("{flags}(?:{})", anchored.join("|")), true)?);
                }
                // a large set of unanchored alternatives as several small automata: one lazy DFA
                // of them all tracks every combination of alternatives under way at once, and
                // determinising those states cost more over a corpus than scanning a line a few
                // more times (the decision grammar's patterns hold up to a hundred alternatives)
                let chunk = if rest.len() >= SPLIT_FROM { SPLIT_INTO } else { rest.len().max(1) };
                for group in rest.chunks(chunk) {
                    parts.push(Part::new(&format!("{flags}(?:{})", group.join("|")), false)?);
                }
                parts
            }
        };
        Ok(Self {
            parts,
            #[cfg(test)]
            source: pattern.to_string(),
        })
    }

    pub(crate) fn is_match(&self, haystack: &str) -> bool {
        self.parts.iter().any(|p| p.is_match(haystack))
    }

    /// How many automata it was compiled as.
    #[cfg(test)]
    pub(crate) fn parts(&self) -> usize {
        self.parts.len()
    }

    /// Whether it was compiled as a lazy DFA (else as a `Regex`).
    #[cfg(test)]
    pub(crate) fn is_dfa(&self) -> bool {
        self.parts.iter().all(|p| matches!(p, Part::Dfa { .. }))
    }

    /// The pattern compiled whole, to compare answers with.
    #[cfg(test)]
    pub(crate) fn whole(&self) -> regex::Regex {
        rx(&self.source).expect("valid regex")
    }
}

/// A list of functions that force lazily compiled patterns: `warm![A, B]`.
macro_rules! warm {
    ($($p:ident),* $(,)?) => {
        &[$(|| { std::sync::LazyLock::force(&$p); }),*]
    };
}
pub(crate) use warm;

/// Own patterns of this module, for [`warm_up`].
const WARM: &[fn()] = warm![NAME_HANDLE, NAME_IS_HANDLE];

/// Compile every pattern of the grammar, on all cores, before a parse of many files.
///
/// Left to their `LazyLock`s, the patterns are compiled by whichever parse thread needs one
/// first while the others wait at the same lock, so a cold start compiled them one after
/// the other (a fifth of its CPU time) with a core idle.
pub fn warm_up() {
    use rayon::prelude::*;
    let all: Vec<fn()> = [
        meta::WARM,
        actions::WARM,
        actions::SHAPES_WARM,
        actions::PROSE_WARM,
        tenders::WARM,
        doc::WARM,
        schedule::WARM,
        WARM,
    ]
    .concat();
    all.par_iter().with_max_len(1).for_each(|force| force());
}

/// The leading flags (`(?i)`) and the top-level alternatives of a pattern; `None` where
/// splitting could change its meaning or the pattern is not well formed (then it is compiled
/// whole): flags set later at the top level (they reach across `|`), verbose mode (`x`:
/// a comment may hold a `|`), unbalanced groups or classes.
fn top_alternatives(p: &str) -> Option<(&str, Vec<&str>)> {
    let flags_len = if p.starts_with("(?") {
        let end = p.find(')')?;
        let f = &p[2..end];
        if !f.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') || f.contains('x') {
            return None;
        }
        end + 1
    } else {
        0
    };
    let (flags, body) = p.split_at(flags_len);
    let bytes = body.as_bytes();
    let (mut depth, mut class, mut start) = (0usize, 0usize, 0usize);
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'[' => {
                class += 1;
                // `[]…]`, `[^]…]`: a `]` right after the opening is a literal
                if bytes.get(i + 1) == Some(&b'^') {
                    i += 1;
                }
                if bytes.get(i + 1) == Some(&b']') {
                    i += 1;
                }
            }
            b']' if class > 0 => class -= 1,
            _ if class > 0 => {}
            b'(' => {
                // flags that apply to the rest of the group: at the top level, to what follows `|`
                if depth == 0 && body[i..].starts_with("(?") {
                    let end = body[i..].find([')', ':'])?;
                    if body.as_bytes()[i + end] == b')' {
                        return None;
                    }
                }
                depth += 1;
            }
            b')' => depth = depth.checked_sub(1)?,
            b'|' if depth == 0 => {
                out.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if depth != 0 || class != 0 {
        return None;
    }
    out.push(&body[start..]);
    Some((flags, out))
}

/// `\w` → `[WORD]` (inside a class: its ranges), `\W` → `[^WORD]`, `\d` → `[0-9]`.
///
/// A narrowed class is also taken out of case-insensitive matching (`(?-i:…)`) where that
/// cannot change what it matches: `[WORD]` already holds both cases of every ASCII letter,
/// and under `(?i)` the engine would otherwise fold the Latin Extended range (a third of the
/// grammar's compile time went into folding the same class over and over). What folding
/// would have added are a few letters outside [`WORD`] (the Kelvin sign, the Ångström sign,
/// the capital sharp s), which the grammar does not need as word characters. A class keeps
/// its folding when it also lists an ASCII letter of its own (`[a-z\w]`).
fn narrow_classes(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 64);
    // the class being read (`[` … `]`), whether it holds a narrowed `\w`, and whether it lists
    // a letter of its own
    let mut class: Option<(String, bool, bool)> = None;
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        let in_class = class.is_some();
        let (target, has_word, has_letter) = match class.as_mut() {
            Some((cls, w, l)) => (cls, Some(w), Some(l)),
            None => (&mut out, None, None),
        };
        match c {
            '\\' => {
                let Some(n) = chars.next() else {
                    target.push(c);
                    break;
                };
                match (n, in_class) {
                    ('w', false) => target.push_str(&format!("(?-i:[{WORD}])")),
                    ('W', false) => target.push_str(&format!("(?-i:[^{WORD}])")),
                    ('w', true) => {
                        target.push_str(WORD);
                        if let Some(w) = has_word {
                            *w = true;
                        }
                    }
                    ('d', false) => target.push_str("[0-9]"),
                    ('d', true) => target.push_str("0-9"),
                    _ => {
                        target.push('\\');
                        target.push(n);
                        // `\x{C0}`, `\p{L}`: the braces are part of the escape, not letters
                        if chars.peek() == Some(&'{') {
                            for e in chars.by_ref() {
                                target.push(e);
                                if e == '}' {
                                    break;
                                }
                            }
                        }
                    }
                }
            }
            '[' if !in_class => {
                let mut cls = String::from("[");
                // `[]…]` and `[^]…]`: a `]` right after the opening is a literal
                if chars.peek() == Some(&'^') {
                    cls.push('^');
                    chars.next();
                }
                if chars.peek() == Some(&']') {
                    cls.push(']');
                    chars.next();
                }
                class = Some((cls, false, false));
            }
            ']' if in_class => {
                if let Some((cls, word, letter)) = class.take() {
                    if word && !letter {
                        out.push_str(&format!("(?-i:{cls}])"));
                    } else {
                        out.push_str(&cls);
                        out.push(']');
                    }
                }
            }
            _ => {
                if let Some(l) = has_letter {
                    *l |= c.is_ascii_alphabetic();
                }
                target.push(c);
            }
        }
    }
    // an unclosed class is an error of the pattern: keep it as written for the engine to report
    if let Some((cls, _, _)) = class {
        out.push_str(&cls);
    }
    out
}

use crate::model::meeting::{Meeting, Minutes, TenderStatus};
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

/// A date at the start of a file or folder name: `20230719`, `2023-07-19`,
/// `2023-07-18-hackathon-name`.
fn name_date(name: &str) -> Option<NaiveDate> {
    let b = name.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let s = |r: std::ops::Range<usize>| name.get(r).unwrap_or("");
    if digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10) {
        if b.get(10).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        return NaiveDate::from_ymd_opt(s(0..4).parse().ok()?, s(5..7).parse().ok()?, s(8..10).parse().ok()?);
    }
    if digits(0..8) && !b.get(8).is_some_and(|c| c.is_ascii_digit()) {
        return NaiveDate::parse_from_str(s(0..8), "%Y%m%d").ok();
    }
    None
}

/// The year and month a name opens with when it gives no day: `2022-09-cloudmon`, `2022-09`.
fn name_month(name: &str) -> Option<(i32, u32)> {
    let b = name.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if !(digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7)) || name_date(name).is_some() {
        return None;
    }
    // `2022-09-cloudmon`, not `2022-091`
    if b.get(7).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let (y, m) = (name.get(0..4)?.parse().ok()?, name.get(5..7)?.parse().ok()?);
    (1..=12).contains(&m).then_some((y, m))
}

/// Series (folder) and date from a relative path like `iaas/20230719.md`,
/// `community-call/20230831-slides.md`, `ops/2024-01-18.md` or
/// `hackathons/2023-07-18-cologne/notes.md` (a dated folder: the series is the
/// folder above it, the date the folder's).
pub fn path_info(path: &str) -> (String, Option<NaiveDate>) {
    let (series, date, _) = path_parts(path);
    (series, date)
}

/// [`path_info`], and the year and month of a folder dated by its month only when the path
/// gives no day (`hackathons/2022-09-cloudmon/minutes.md`).
fn path_parts(path: &str) -> (String, Option<NaiveDate>, Option<(i32, u32)>) {
    let norm = path.replace('\\', "/");
    let mut parts: Vec<&str> = norm.split('/').filter(|p| !p.is_empty() && *p != ".").collect();
    let file = parts.pop().unwrap_or("");
    let stem = file.rsplit_once('.').map(|(s, _)| s).unwrap_or(file);
    let mut date = name_date(stem);
    let mut month = None;
    // dated folders (`hackathons/2023-07-18-x/…`): the folder above the first one is
    // the series, the folder's date the meeting's; a folder dated by its month only
    // (`hackathons/2022-09-cloudmon/…`) is one too, and gives no day
    if let Some(i) = parts.iter().position(|p| name_date(p).is_some() || name_month(p).is_some()) {
        date = date.or_else(|| name_date(parts[i]));
        month = if date.is_none() { name_month(parts[i]) } else { None };
        parts.truncate(i);
    }
    let series = parts.last().map(|s| s.to_string()).unwrap_or_default();
    (series, date, month)
}

/// Files in a minutes tree that are no meeting: repository furniture and templates.
pub fn is_furniture(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    let stem = name.strip_suffix(".md").unwrap_or(&name);
    matches!(stem, "readme" | "license" | "contributing" | "index" | "changelog" | "code_of_conduct")
        || stem.starts_with("template")
        || stem.ends_with("-template")
        || stem.ends_with("_template")
}

/// The first date in the first 60 lines of `text` that `fits`: numeric as in [`heading_date`],
/// or written with the month's name (`September, 15th 2022`, `15 Sept 2022`, `Sep 15, 2022`).
fn early_date_in(text: &str, fits: impl Fn(&NaiveDate) -> bool) -> Option<NaiveDate> {
    static NAMED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        rx(r"(?i)(?-u:\b)(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4}))(?-u:\b)")
            .expect("valid regex")
    });
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let month_no = |m: &str| MONTHS.iter().position(|x| m.eq_ignore_ascii_case(x)).map(|i| i as u32 + 1);
    for line in text.lines().take(60) {
        if let Some(d) = heading_date(line).filter(&fits) {
            return Some(d);
        }
        for c in NAMED.captures_iter(line) {
            let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            let date = match (c.get(1), c.get(5)) {
                (Some(mo), _) => NaiveDate::from_ymd_opt(n(3)? as i32, month_no(mo.as_str())?, n(2)?),
                (_, Some(mo)) => NaiveDate::from_ymd_opt(n(6)? as i32, month_no(mo.as_str())?, n(4)?),
                _ => None,
            };
            if let Some(d) = date.filter(&fits) {
                return Some(d);
            }
        }
    }
    None
}

/// A date in a heading: `2023-07-19`, `19.07.2023`, `20230719`.
fn heading_date(h: &str) -> Option<NaiveDate> {
    static RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        rx(r"(?-u:\b)(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})(\d{2})(\d{2}))(?-u:\b)")
            .expect("valid regex")
    });
    let c = RE.captures(h)?;
    let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    if let (Some(y), Some(m), Some(d)) = (n(1), n(2), n(3)) {
        return NaiveDate::from_ymd_opt(y as i32, m, d);
    }
    if let (Some(d), Some(m), Some(y)) = (n(4), n(5), n(6)) {
        return NaiveDate::from_ymd_opt(y as i32, m, d);
    }
    if let (Some(y), Some(m), Some(d)) = (n(7), n(8), n(9)) {
        return NaiveDate::from_ymd_opt(y as i32, m, d);
    }
    None
}

/// YAML front matter after leading blank lines: moved to the top (the blank lines
/// after it), so that it is read as front matter and every later line keeps its number.
fn front_matter_first(text: String) -> String {
    let lead = text.len() - text.trim_start_matches(['\n', ' ', '\t']).len();
    let lead = text[..lead].rfind('\n').map_or(0, |i| i + 1);
    if lead == 0 || !text[lead..].starts_with("---\n") {
        return text;
    }
    let body = &text[lead + 4..];
    let close = body.find("\n---\n").or_else(|| body.find("\n...\n"));
    let Some(close) = close else { return text };
    let fm_end = lead + 4 + close + 5;
    format!("{}{}{}", &text[lead..fm_end], &text[..lead], &text[fm_end..])
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
                    "api" | "ci" | "cd" | "k8s" | "ops" | "kaas" | "vp" | "ipv6" | "s3" | "dns" | "wg" => match w {
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

/// Only the weekly slots a minutes file announces, exactly as
/// [`parse_meeting`] finds them, without the rest of the analysis (for
/// `scsdash next` and `remind`, which run on every prompt).
pub fn parse_slots(file: &SourceFile) -> Vec<crate::model::WeeklySlot> {
    let (text, _) = decode(&file.bytes);
    let text = front_matter_first(text);
    let path = file.path.replace('\\', "/");
    let (_, date) = path_info(&path);
    if date.is_none() {
        return Vec::new();
    }
    schedule::extract(&doc::build(&text), date, &path)
}

/// Parse one minutes file. Never panics; problems become `warnings`.
pub fn parse_meeting(file: &SourceFile) -> Meeting {
    let (text, mut warnings) = decode(&file.bytes);
    let text = front_matter_first(text);
    let path = file.path.replace('\\', "/");
    let (series, date, month) = path_parts(&path);
    if date.is_none() && month.is_none() {
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
        copy_of: None,
        content_hash: if text.trim().is_empty() { 0 } else { fnv64(&file.bytes).max(1) },
        name_links: NAME_HANDLE
            .captures_iter(&text)
            .flat_map(|c| {
                let tie = match (c.get(1), c.get(2), c.get(3), c.get(5)) {
                    (Some(h), Some(n), _, _) | (_, _, Some(n), Some(h)) => {
                        Some((n.as_str().to_string(), h.as_str().to_string()))
                    }
                    _ => None,
                };
                let initials = c.get(4).zip(c.get(5)).map(|(i, h)| (i.as_str().to_string(), h.as_str().to_string()));
                tie.into_iter().chain(initials)
            })
            .chain(
                text.contains("= @")
                    .then(|| NAME_IS_HANDLE.captures_iter(&text))
                    .into_iter()
                    .flatten()
                    .map(|c| (c[1].to_string(), c[2].to_string())),
            )
            .chain(roster_ties(&text))
            .take(200)
            .collect(),
        text: String::new(),
    };
    meta::extract(&doc, &mut m);
    // the date in the first heading (or title)
    let heading = || {
        let first = doc.sections.iter().find(|s| !s.title.trim().is_empty()).map(|s| s.title.as_str());
        first.and_then(heading_date).or_else(|| heading_date(&m.title))
    };
    match (month, m.date) {
        // a folder dated by its month: the day from the heading when it is in that month, else the 1st
        (Some((y, mo)), _) => {
            let in_folder_month = |d: &NaiveDate| chrono::Datelike::year(d) == y && chrono::Datelike::month(d) == mo;
            // (else a date of that month in the first lines: `## When` / `September, 15th 2022`)
            let in_month = heading().filter(in_folder_month).or_else(|| early_date_in(&text, in_folder_month));
            if in_month.is_none() {
                m.warnings
                    .push(format!("its folder names only the month {y}-{mo:02}; the meeting is dated on the 1st"));
            }
            m.date = in_month.or_else(|| NaiveDate::from_ymd_opt(y, mo, 1));
        }
        // against the file name's: the file name wins
        (None, Some(fd)) => {
            if let Some(hd) = heading().filter(|hd| *hd != fd) {
                m.warnings.push(format!(
                    "the heading says {} but the file name says {}; the file name's date is used",
                    hd.format("%Y-%m-%d"),
                    fd.format("%Y-%m-%d")
                ));
            }
        }
        (None, None) => {}
    }
    // (`AI: rkowal write …` with `@rkowal` among the people: read as the handle; the lines
    // are put back as written for the tenders, the slots and the decisions)
    let written = actions::mark_bare_handles(&mut doc);
    m.actions = actions::extract(&doc);
    for (i, text) in written {
        if let Some(n) = doc.nodes.get_mut(i) {
            n.text = text;
        }
    }
    m.tenders = tenders::extract(&doc);
    // `send the VP21 evaluation matrix to the panel (@a)`, `share the VP21 kick-off notes`: an
    // action item's words are about the work to do, not news of the tender: a mention
    // (a table's row has the news of the columns after the tender's own: `| VP14 observability |
    // @a | awarded (X) |`, not `| QA-18 | Draft the VP21 evaluation criteria | @a | open |`)
    for t in &mut m.tenders {
        if m.actions.iter().any(|a| a.line == t.line) {
            let news = tenders::row_news(&t.text, &t.id);
            t.status = news.unwrap_or(TenderStatus::Unknown);
            if !matches!(t.status, TenderStatus::Awarded | TenderStatus::Started) {
                t.awardee = None;
            }
        }
    }
    m.slots = schedule::extract(&doc, m.date, &m.path);
    m.decisions = meta::decisions(&doc, &m);
    m.links = doc.nodes.iter_mut().flat_map(|n| std::mem::take(&mut n.links)).collect();
    m.sections = doc.sections;
    m.text = text;
    m
}

/// Parse all `.md` files and build the cross-meeting views.
pub fn analyze(files: &[SourceFile]) -> Minutes {
    analyze_as_of(files, None)
}

/// How [`analyze_with`] judges time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The day to answer as of: later meetings are left out, ages and staleness are
    /// measured to it. `None`: all meetings, measured to the newest meeting's date.
    pub as_of: Option<NaiveDate>,
    /// A tender not yet awarded and not mentioned for this many days is stale.
    pub tender_stale_days: i64,
    /// An action item not mentioned in this many meetings of its series is stale.
    pub action_stale_meetings: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { as_of: None, tender_stale_days: 180, action_stale_meetings: track::STALE_AFTER_MEETINGS }
    }
}

/// [`analyze`] as on the day `as_of`: meetings dated after it are left out (so
/// action items, tenders and decisions are what a reader knew that day).
pub fn analyze_as_of(files: &[SourceFile], as_of: Option<NaiveDate>) -> Minutes {
    analyze_with(files, &Options { as_of, ..Options::default() })
}

/// [`analyze`] with explicit [`Options`].
pub fn analyze_with(files: &[SourceFile], opts: &Options) -> Minutes {
    let meetings: Vec<Meeting> = files
        .iter()
        .filter(|f| f.path.to_ascii_lowercase().ends_with(".md"))
        // repository furniture and templates, not minutes
        .filter(|f| !is_furniture(&f.path) && f.path.contains('/'))
        .map(parse_meeting)
        .collect();
    assemble(meetings, opts)
}

/// `f()`, remembered in `memo[key]` (computed each time without a key).
pub(crate) fn memo(memo: &mut [Option<bool>], key: Option<usize>, f: impl FnOnce() -> bool) -> bool {
    match key.and_then(|k| memo.get_mut(k)) {
        Some(slot) => *slot.get_or_insert_with(f),
        None => f(),
    }
}

/// The order of meetings everywhere: by date (undated last), then by path.
pub fn by_date(a: &Meeting, b: &Meeting) -> std::cmp::Ordering {
    (a.date.is_none(), a.date, &a.path).cmp(&(b.date.is_none(), b.date, &b.path))
}

/// The cross-meeting views over parsed meetings (also used by the persisted index):
/// meetings after `as_of` left out, byte-identical files flagged as copies, names
/// linked to handles, items tracked, tender timelines, Tech Weekly decisions linked.
pub fn assemble(meetings: Vec<Meeting>, opts: &Options) -> Minutes {
    let as_of = opts.as_of;
    let mut meetings: Vec<Meeting> = meetings
        .into_iter()
        .filter(|m| !is_furniture(&m.path))
        .filter(|m| as_of.is_none_or(|d| m.date.is_none_or(|md| md <= d)))
        .collect();
    meetings.sort_by(by_date);
    // byte-identical files are one meeting: the later ones are flagged as copies
    let mut seen: std::collections::HashMap<u64, String> = std::collections::HashMap::new();
    for m in &mut meetings {
        m.copy_of = None;
        m.warnings.retain(|w| !w.starts_with("byte-identical to "));
        if m.content_hash == 0 {
            continue;
        }
        match seen.get(&m.content_hash) {
            Some(first) => {
                m.warnings.push(format!("byte-identical to {first}: counted once"));
                m.copy_of = Some(first.clone());
            }
            None => {
                seen.insert(m.content_hash, m.path.clone());
            }
        }
    }
    link_names_to_handles(&mut meetings);
    let actions = track::track_actions_as_of(&meetings, as_of, opts.action_stale_meetings);
    let tenders = track::tender_timelines_as_of(&meetings, as_of, opts.tender_stale_days);
    let decisions = link_reported_decisions(&mut meetings);
    let slots = meetings.iter().flat_map(|m| m.slots.iter().cloned()).collect();
    Minutes { meetings, actions, tenders, decisions, slots }
}

/// `@handle (Name)` / `@handle (Name Surname, remark)` / `Name (@handle)` / `Name Surname (@handle)` in a minutes text, a
/// roster table's row `| Name Surname | @handle |` (and [`NAME_IS_HANDLE`]); `Sanne de Wit
/// (@sannedw)` with the name's particles, `Anna Kowal (AK, @akowal)` with the initials the
/// minutes use for her.
static NAME_HANDLE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"@([A-Za-z0-9][A-Za-z0-9-]*)\s*\(\s*(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)\s*[),;]|(\p{Lu}[\p{L}'-]+(?: (?:(?:de|van|von|der|den|da|di|du|del|le|la|ten|ter) )*\p{Lu}[\p{L}'-]+)?)\s*(?:\(\s*(?:(\p{Lu}{2,3})\s*,\s*)?@|\|\s*@)([A-Za-z0-9][A-Za-z0-9-]*)\s*[)|,;]",
    )
    .expect("valid regex")
});
/// A roster line's `Name = @handle` (looked for only where the text has `= @`).
static NAME_IS_HANDLE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"([A-ZÀ-Þ][a-zß-ÿ][A-Za-zÀ-ÿ'-]*(?: [A-ZÀ-Þ][a-zß-ÿ][A-Za-zÀ-ÿ'-]*)?)[ \t]*=[ \t]*@([A-Za-z0-9][A-Za-z0-9-]*)",
    )
    .expect("valid regex")
});

/// A roster's chat nicks and roles tied to handles, in one pass over the `@`s of a text: the
/// nicks first (`marenk (@mkessler)`, `tobi_b=@tbrandl`, a nick of lower-case letters, digits and
/// `_` that opens a line or follows a `,`, `;` or `:`; `@kosei (kofi)` after the handle), then
/// the roles (`Jonas Berg (@jberg, treasurer)`: one or two words in small letters after the
/// handle, that person in this meeting).
fn roster_ties(text: &str) -> Vec<(String, String)> {
    use doc::{handle_after, paren_after_handle};
    let (mut nicks, mut roles) = (Vec::new(), Vec::new());
    let b = text.as_bytes();
    for at in memchr::memchr_iter(b'@', b) {
        let handle = handle_after(text, at);
        // (as written, up to 39 characters)
        let capped = &handle[..handle.len().min(39)];
        if roles.len() < 30 && at > 0 && b[at - 1] == b'(' {
            let after = &text[at + 1 + capped.len()..];
            if let Some(role) = after.strip_prefix(", ").and_then(|r| r.split_once(')')).map(|(r, _)| r.trim()) {
                let words = role.split_whitespace().count();
                if !capped.is_empty()
                    && (1..=2).contains(&words)
                    && role.chars().all(|c| c.is_ascii_lowercase() || c == ' ')
                {
                    roles.push((role.to_string(), capped.to_string()));
                }
            }
        }
        if nicks.len() >= 100 {
            continue;
        }
        // `@kosei (kofi)`, `@dvlad (vlad, back since tue)`: the nick after the handle
        if let Some((h, nick)) = paren_after_handle(text, at) {
            let nick_like = nick.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_');
            if nick_like && (2..=20).contains(&nick.len()) {
                nicks.push((nick.to_string(), h.to_string()));
                continue;
            }
        }
        let before = text[..at].trim_end_matches([' ', '\t']);
        let Some(before) = before.strip_suffix('(').or_else(|| before.strip_suffix('=')) else { continue };
        let before = before.trim_end_matches([' ', '\t']);
        let nick_len =
            before.bytes().rev().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_').count();
        let (lead, nick) = before.split_at(before.len() - nick_len);
        let opens =
            lead.trim_end_matches([' ', '\t']).bytes().last().is_none_or(|c| matches!(c, b'\n' | b',' | b';' | b':'));
        if (2..=20).contains(&nick.len()) && nick.as_bytes()[0].is_ascii_lowercase() && opens && !capped.is_empty() {
            nicks.push((nick.to_string(), capped.to_string()));
        }
    }
    nicks.extend(roles);
    nicks
}

/// Each value once, where it first appears.
fn keep_first(v: &mut Vec<String>) {
    let mut seen: Vec<String> = Vec::new();
    v.retain(|x| {
        let new = !seen.contains(x);
        seen.push(x.clone());
        new
    });
}

/// Plain-name owners mapped to the handle that the same meeting or series ties them
/// to (`@mfeder (Matej)` in a participants list): "Matej" and "@mfeder" are one owner.
/// A name tied to two different handles stays a name.
fn link_names_to_handles(meetings: &mut [Meeting]) {
    use std::collections::HashMap;
    let mut by_series: HashMap<String, HashMap<String, Option<String>>> = HashMap::new();
    for m in meetings.iter() {
        let map = by_series.entry(m.series.clone()).or_default();
        for (name, handle) in &m.name_links {
            let (handle, name) = (handle.as_str(), name.as_str());
            let handle = handle.to_lowercase();
            let first = name.split_whitespace().next().unwrap_or(name).to_lowercase();
            for key in [name.to_lowercase(), first] {
                match map.get(&key) {
                    None => {
                        map.insert(key, Some(handle.clone()));
                    }
                    Some(Some(h)) if *h != handle => {
                        map.insert(key, None);
                    }
                    _ => {}
                }
            }
        }
    }
    for m in meetings.iter_mut() {
        // `Protocol by Sunita` with `Sunita Patil (@spatil)` in the participants: the minute-taker
        // is the handle the same meeting (else its series) ties the name to
        let links = &m.name_links;
        for t in &mut m.minute_takers {
            if t.starts_with('@') {
                continue;
            }
            let lower = t.to_lowercase();
            let tied: Vec<&str> = links
                .iter()
                .filter(|(name, _)| {
                    let name = name.to_lowercase();
                    name == lower || name.split_whitespace().next() == Some(lower.as_str())
                })
                .map(|(_, h)| h.as_str())
                .collect();
            if let [h] = tied.as_slice() {
                *t = format!("@{}", h.to_lowercase());
            } else if let Some(Some(h)) =
                tied.is_empty().then(|| by_series.get(&m.series)).flatten().and_then(|s| s.get(&lower))
            {
                // else the handle another meeting of the series ties the name to
                *t = format!("@{h}");
            }
        }
        // (`then @iwaldhoff; cleanup by Ines` with `Ines (@iwaldhoff)`: one person named twice)
        keep_first(&mut m.minute_takers);
        let Some(map) = by_series.get(&m.series) else { continue };
        for a in &mut m.actions {
            for o in &mut a.owners {
                if o.starts_with("group:") {
                    continue;
                }
                // `priyar` with `priyar (@priya-raman)` in the same meeting's roster: a chat nick
                if !o.chars().any(char::is_uppercase) {
                    let mut tied = m.name_links.iter().filter(|(n, _)| n == o).map(|(_, h)| h);
                    if let (Some(h), None) = (tied.next(), tied.next()) {
                        *o = h.to_lowercase();
                    }
                    continue;
                }
                if let Some(Some(h)) = map.get(&o.to_lowercase()) {
                    *o = h.clone();
                }
            }
            keep_first(&mut a.owners);
        }
    }
}

fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The series whose decisions the Tech Weekly reports again.
const WEEKLY: &str = "community-call";

/// A Tech Weekly decision that repeats a team's decision of the 14 days before it
/// (most significant words shared) links to it (`same_as`) and is left out of the
/// list, so one decision appears once. Returns all other decisions in meeting order.
fn link_reported_decisions(meetings: &mut [Meeting]) -> Vec<crate::model::meeting::Decision> {
    let team: Vec<(Option<NaiveDate>, String, Vec<u64>)> = meetings
        .iter()
        .filter(|m| m.series != WEEKLY && m.copy_of.is_none())
        .flat_map(|m| m.decisions.iter())
        .map(|d| (d.date, format!("{}:{}", d.path, d.line), track::tokens(&track::normalise(d.own_words()))))
        .collect();
    for m in meetings.iter_mut().filter(|m| m.series == WEEKLY) {
        for d in &mut m.decisions {
            let toks = track::tokens(&track::normalise(d.own_words()));
            if toks.len() < 2 {
                continue;
            }
            let orig = team.iter().filter(|(td, _, _)| match (td, d.date) {
                (Some(td), Some(dd)) => *td <= dd && (dd - *td).num_days() <= 14,
                _ => false,
            });
            for (_, at, tt) in orig {
                let common = toks.iter().filter(|t| tt.contains(t)).count();
                if common * 10 >= toks.len().min(tt.len()) * 7 && common >= 2 {
                    d.same_as = Some(at.clone());
                    break;
                }
            }
        }
    }
    meetings
        .iter()
        .filter(|m| m.copy_of.is_none())
        .flat_map(|m| m.decisions.iter().filter(|d| d.same_as.is_none()).cloned())
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn narrowed_classes_keep_the_patterns_meaning_for_latin_text() {
        assert_eq!(super::narrow_classes(r"a\w+"), format!("a(?-i:[{}])+", super::WORD));
        assert_eq!(super::narrow_classes(r"[\w-]"), format!("(?-i:[{}-])", super::WORD));
        assert_eq!(super::narrow_classes(r"^\W*\d"), format!("^(?-i:[^{}])*[0-9]", super::WORD));
        assert_eq!(super::narrow_classes(r"[^\w?]\b\s\(\)"), format!("(?-i:[^{}?])\\b\\s\\(\\)", super::WORD));
        // a class with a letter of its own keeps its case folding; escapes with braces are not letters
        assert_eq!(super::narrow_classes(r"[a\w]"), format!("[a{}]", super::WORD));
        assert_eq!(super::narrow_classes(r"[\x{2013}\w]"), format!("(?-i:[\\x{{2013}}{}])", super::WORD));
        assert_eq!(super::narrow_classes(r"[]\w]x[^]a]"), format!("(?-i:[]{}])x[^]a]", super::WORD));
        // case-insensitive patterns still match both cases around and inside the narrowed classes
        let r = super::rx(r"(?i)^\W*decision\s*:\s*(\w+)").unwrap();
        assert_eq!(&r.captures("- DECISION: Übernahme").unwrap()[1], "Übernahme");
        assert!(super::rx(r"(?i)[\w-]+ team").unwrap().is_match("the Ops-IaaS TEAM"));
        let r = super::rx(r"^(\w+) (\W+)$").unwrap();
        assert!(r.is_match("Jürgen --"));
        assert!(r.is_match("Łukasz !"));
        // `\W` inside a class stays as written (the grammar has `[\W]` only, which narrows fine)
        assert!(super::rx(r"^[\W]*x").unwrap().is_match("- x"));
    }

    /// Every module-level pattern of the grammar is in its module's `WARM` list, and
    /// compiling them all works.
    #[test]
    fn every_pattern_is_warmed_up() {
        for (file, src) in [
            ("doc.rs", include_str!("doc.rs")),
            ("meta.rs", include_str!("meta.rs")),
            ("actions.rs", include_str!("actions.rs")),
            ("actions/shapes.rs", include_str!("actions/shapes.rs")),
            ("actions/prose.rs", include_str!("actions/prose.rs")),
            ("tenders.rs", include_str!("tenders.rs")),
            ("schedule.rs", include_str!("schedule.rs")),
        ] {
            let list = &src[src.find("pub(crate) const WARM").expect(file)..];
            let list = &list[..list.find("];").expect(file)];
            let mut n = 0;
            for line in src.lines() {
                let decl =
                    ["static ", "pub(crate) static ", "pub(super) static "].iter().find_map(|p| line.strip_prefix(p));
                let Some(rest) = decl else { continue };
                if !(rest.contains(": LazyLock<Regex>") || rest.contains(": LazyLock<AnyOf>")) {
                    continue;
                }
                let name = rest.split(':').next().unwrap_or_default();
                assert!(
                    list.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).any(|w| w == name),
                    "{file}: {name} is not in WARM"
                );
                n += 1;
            }
            assert!(n > 0, "{file}: no pattern found");
        }
        super::warm_up();
    }

    #[test]
    fn top_alternatives_split_only_at_the_top_level() {
        let (f, alts) = super::top_alternatives(r"(?i)^a(?:b|c)|[|)]x|\|y|(?-u:\b)z").unwrap();
        assert_eq!(f, "(?i)");
        assert_eq!(alts, vec![r"^a(?:b|c)", r"[|)]x", r"\|y", r"(?-u:\b)z"]);
        let (f, alts) = super::top_alternatives(r"[]|]a|[^]|]b|[a[:alpha:]|]c").unwrap();
        assert_eq!(f, "");
        assert_eq!(alts, vec![r"[]|]a", r"[^]|]b", r"[a[:alpha:]|]c"]);
        // flags set later reach across `|`; verbose mode; malformed: not split
        assert!(super::top_alternatives(r"^a|(?i)b|c").is_none());
        assert!(super::top_alternatives(r"(?x)a # x|y").is_none());
        assert!(super::top_alternatives(r"(a|b").is_none());
        assert!(super::top_alternatives(r"a)|b").is_none());
        assert!(super::top_alternatives(r"[a|b").is_none());
    }

    #[test]
    fn any_of_answers_as_the_whole_pattern() {
        let p = r"(?i)^\W*decision\s*:|(?-u:\b)we (?:have )?agreed(?-u:\b)|^\W*approved\W*$|\(agreed\)";
        let any = super::AnyOf::new(p).unwrap();
        assert_eq!(any.parts(), 2);
        let whole = any.whole();
        for line in [
            "- Decision: keep it",
            "  DECISION : x",
            "we agreed on the plan",
            "We Have Agreed",
            "disagreed",
            "- approved!",
            "approved by nobody",
            "the idea (agreed)",
            "not a decision: really",
            "",
            "Ünïcödé agreed",
        ] {
            assert_eq!(any.is_match(line), whole.is_match(line), "{line:?}");
        }
        // `^` in multi-line mode matches after a line break too
        let m = super::AnyOf::new(r"(?mi)^foo|bar").unwrap();
        assert!(m.is_match("x\nFOO") && m.is_match("bar"));
        assert!(super::AnyOf::new(r"(?m)^foo").unwrap().is_match("x\nfoo"));
        assert!(!super::AnyOf::new(r"^foo").unwrap().is_match("x\nfoo"));
        // unsplittable patterns are compiled whole
        assert_eq!(super::AnyOf::new(r"^a|(?i)b").unwrap().parts(), 1);
        assert!(any.is_dfa());
        // a Unicode word boundary is a `Regex`, with the same answers
        let uni = super::AnyOf::new(r"(?i)\bwho\b|^x").unwrap();
        assert!(!uni.is_dfa());
        assert!(uni.is_match("Wer? Who!") && !uni.is_match("whom") && uni.is_match("xyz"));
        assert!(super::AnyOf::new(r"(?i)^x|y(").is_err());
    }

    use super::*;

    #[test]
    fn names() {
        assert_eq!(series_display_name("community-call"), "Tech Weekly");
        assert_eq!(series_display_name("foo-bar"), "Foo Bar");
        assert_eq!(series_display_name("sig-monitoring"), "SIG Monitoring");
        assert_eq!(series_display_name("sig-monitoring-audit-log-wg"), "SIG Monitoring Audit Log WG");
    }

    #[test]
    fn paths() {
        let (s, d) = path_info("community-call/20230831-slides.md");
        assert_eq!(s, "community-call");
        assert_eq!(d, NaiveDate::from_ymd_opt(2023, 8, 31));
        assert_eq!(path_info("x/notes.md").1, None);
        // a folder dated by its month belongs to the series above it, and gives no day
        assert_eq!(path_info("hackathons/2022-09-cloudmon-hackathon/minutes.md"), ("hackathons".into(), None));
        assert_eq!(path_info("hackathons/2022-09/minutes.md").0, "hackathons");
        assert_eq!(path_info("iaas/2023-091/notes.md").0, "2023-091");
        assert_eq!(path_info("x/2022-13-foo/notes.md").0, "2022-13-foo");
    }

    #[test]
    fn a_month_folder_takes_the_day_from_the_heading_or_the_first() {
        let m = parse_meeting(&SourceFile::new(
            "hackathons/2022-09-cloudmon/minutes.md",
            "# Cloudmon hackathon 2022-09-27\n\n- AI @a: write the report\n",
        ));
        assert_eq!((m.series.as_str(), m.date), ("hackathons", NaiveDate::from_ymd_opt(2022, 9, 27)));
        assert!(m.warnings.is_empty(), "{:?}", m.warnings);
        // (a date of that month in the first lines, also with the month's name)
        let m = parse_meeting(&SourceFile::new(
            "hackathons/2022-09-cloudmon/minutes.md",
            "# Cloudmon\n\n## When\n\nSeptember, 15th 2022 - 10:00\n",
        ));
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2022, 9, 15));
        let m = parse_meeting(&SourceFile::new(
            "hackathons/2022-09-cloudmon/minutes.md",
            "# Cloudmon\n\nOn 3 October 2022\n",
        ));
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2022, 9, 1));
        let m = parse_meeting(&SourceFile::new("hackathons/2022-09-cloudmon/minutes.md", "# Cloudmon\n\ntext\n"));
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2022, 9, 1));
        assert!(m.warnings.iter().any(|w| w.contains("only the month")), "{:?}", m.warnings);
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
