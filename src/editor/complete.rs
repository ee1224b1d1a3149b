//! Completion candidates for the editor: @handles and names seen in the minutes,
//! team names, tender ids. Prefix match (case-insensitive), ranked by how often a word
//! was seen, then alphabetically.

use std::collections::HashMap;

/// A completion vocabulary with frequencies.
#[derive(Debug, Clone, Default)]
pub struct Completer {
    /// (word, lowercase word, count), sorted by count desc then alphabetically.
    words: Vec<(String, String, u32)>,
}

impl Completer {
    /// Build from words; a word given several times ranks higher. Empty words and
    /// words with whitespace or control characters are dropped.
    pub fn new(words: impl IntoIterator<Item = String>) -> Self {
        let mut counts: HashMap<String, u32> = HashMap::new();
        for w in words {
            let w = w.trim();
            if w.is_empty() || w.chars().any(|c| c.is_control()) || w.chars().count() > 200 {
                continue;
            }
            *counts.entry(w.to_string()).or_insert(0) += 1;
        }
        let mut words: Vec<(String, String, u32)> = counts
            .into_iter()
            .map(|(w, c)| {
                let l = w.to_lowercase();
                (w, l, c)
            })
            .collect();
        words.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)).then_with(|| a.0.cmp(&b.0)));
        Completer { words }
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Up to `limit` words starting with `prefix` (case-insensitive), most frequent first,
    /// then alphabetical. A prefix without `@` also matches handles after their `@`
    /// (`gar` finds `@garloff`), ranked after direct matches. A word equal to the prefix
    /// is left out (nothing to complete). An empty prefix gives the most frequent words.
    pub fn complete(&self, prefix: &str, limit: usize) -> Vec<String> {
        let p = prefix.to_lowercase();
        let mut direct = Vec::new();
        let mut via_handle = Vec::new();
        for (w, l, _) in &self.words {
            if w == prefix {
                continue;
            }
            if l.starts_with(&p) {
                if direct.len() < limit {
                    direct.push(w.clone());
                }
            } else if !p.is_empty()
                && !p.starts_with('@')
                && l.strip_prefix('@').is_some_and(|h| h.starts_with(&p))
                && via_handle.len() < limit
            {
                via_handle.push(w.clone());
            }
            if direct.len() >= limit {
                break;
            }
        }
        direct.extend(via_handle);
        direct.truncate(limit);
        direct
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

/// The word ending at `col_chars` (a char index into `line`): returns its start (char index)
/// and text. Recognises `@handle` (with the `@`), ids like `VP06a-2`, and plain words.
/// Returns `(col, "")` when the cursor is not after a word. `col_chars` past the end is clamped.
pub fn word_before_cursor(line: &str, col_chars: usize) -> (usize, &str) {
    let mut end_byte = line.len();
    let mut col = 0;
    for (n, (i, _)) in line.char_indices().enumerate() {
        if n == col_chars {
            end_byte = i;
            break;
        }
        col = n + 1;
    }
    let col = col.min(col_chars);
    let before = &line[..end_byte];
    let mut start_byte = end_byte;
    let mut start_col = col;
    for (i, c) in before.char_indices().rev() {
        if is_word_char(c) {
            start_byte = i;
            start_col -= 1;
        } else {
            break;
        }
    }
    // A leading '@' belongs to a handle.
    if before[..start_byte].ends_with('@') {
        start_byte -= 1;
        start_col -= 1;
    }
    // Leading '-' is list punctuation, not part of a word.
    while before[start_byte..].starts_with('-') {
        start_byte += 1;
        start_col += 1;
    }
    (start_col, &before[start_byte..])
}

/// Words worth completing found in minutes text: `@handles` (not e-mail addresses) and
/// tender ids like `VP12`, `VP06a-2`, `VP09b`, in order of appearance (repeats kept, so
/// feeding them to [`Completer::new`] ranks frequent ones first).
pub fn harvest_words(text: &str) -> Vec<String> {
    // Both kinds start with an ASCII byte and are ASCII to their end: the text is
    // searched for `@` and `V` bytes only (this runs over every minutes file when the
    // index is built), and only the character before a candidate is decoded.
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // A handle's characters are not searched again (`@abcVP1` is one handle).
    let mut resume = 0;
    for p in memchr::memchr2_iter(b'@', b'V', bytes) {
        if p < resume || text[..p].chars().next_back().is_some_and(is_word_char) {
            continue;
        }
        let mut j = p + 1;
        if bytes[p] == b'@' {
            while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || matches!(bytes[j], b'-' | b'_')) {
                j += 1;
            }
            // Handles do not end with '-' (a dash after a handle is punctuation).
            while j > p + 1 && bytes[j - 1] == b'-' {
                j -= 1;
            }
            if j > p + 1 && j - p <= 40 {
                out.push(text[p..j].to_string());
            }
        } else if bytes[p..].starts_with(b"VP") {
            j = p + 2;
            let digits_start = j;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            if j > digits_start {
                if j < bytes.len() && bytes[j].is_ascii_lowercase() {
                    j += 1;
                }
                if j + 1 < bytes.len() && bytes[j] == b'-' && bytes[j + 1].is_ascii_digit() {
                    j += 1;
                    while j < bytes.len() && bytes[j].is_ascii_digit() {
                        j += 1;
                    }
                }
                // `j` is on a character boundary: only ASCII bytes were passed
                if text[j..].chars().next().is_none_or(|c| !is_word_char(c) || c == '-') {
                    out.push(text[p..j].to_string());
                }
            }
        }
        resume = j;
    }
    out
}
