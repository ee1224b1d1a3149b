//! Fuzzy matching for the command palette and the `/` filters of the lists,
//! with `nucleo-matcher` (the matcher of helix and television).
//!
//! A query is split into words (fzf syntax): every word must match, each on
//! its own, in order of its characters but not necessarily adjacent (`vp12`
//! finds "VP12", `hlthmon` finds "Health monitoring"). `'word` asks for the
//! exact substring, `^word` for a prefix, `word$` for a suffix, `!word`
//! excludes. Case is ignored; umlauts typed plainly match their accented
//! forms (`grune` finds "Grüne").
//!
//! A fuzzy word whose letters lie far apart matches nothing: below
//! [`MIN_SCORE_PER_CHAR`] per letter typed, the letters were picked out of
//! unrelated words (`runbook` in "document the status page alert routing …
//! pushed"). The lists keep their own order (grouped by series, newest
//! first), so such a row would not sink to the bottom as in fzf: it is left
//! out. Letters in order at word starts or next to each other score well above
//! it (`hlthmon`, `v12` for "VP12", `gtt` for "go to Tenders").
//!
//! Indices are char indices (the crate is built without grapheme
//! segmentation), so they map directly onto `str::chars()` of the text.

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// The least score per letter of a fuzzy word for a match (nucleo gives 16
/// a letter, more at word starts and in runs, less for the gaps between).
pub const MIN_SCORE_PER_CHAR: u32 = 12;

/// Whether an atom's score is good enough (see [`MIN_SCORE_PER_CHAR`]).
fn good(atom: &Atom, score: u16) -> bool {
    atom.negative
        || atom.kind != AtomKind::Fuzzy
        || u32::from(score) >= MIN_SCORE_PER_CHAR * atom.needle_text().len() as u32
}

/// A parsed query with its matcher. Make one per pass over a list (the
/// matcher holds a scratch buffer of some 130 kB) and ask it per row.
pub struct Fuzzy {
    pattern: Pattern,
    /// Made on the first row to match (its scratch space is some 130 kB):
    /// a list without a filter never allocates one.
    matcher: Option<Matcher>,
    buf: Vec<char>,
}

impl std::fmt::Debug for Fuzzy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fuzzy").field("atoms", &self.pattern.atoms.len()).finish()
    }
}

impl Fuzzy {
    /// Parse `query`. A blank query matches everything with score 0.
    pub fn new(query: &str) -> Fuzzy {
        Fuzzy {
            pattern: Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart),
            matcher: None,
            buf: Vec::new(),
        }
    }

    /// Whether the query has nothing to match (everything passes).
    pub fn is_empty(&self) -> bool {
        self.pattern.atoms.is_empty()
    }

    /// The score of `haystack` (higher is better), `None` when it does not match.
    pub fn score(&mut self, haystack: &str) -> Option<u32> {
        if self.is_empty() {
            return Some(0);
        }
        let h = Utf32Str::new(haystack, &mut self.buf);
        let mut total = 0u32;
        for atom in &self.pattern.atoms {
            let s = atom.score(h, self.matcher.get_or_insert_with(|| Matcher::new(Config::DEFAULT)))?;
            if !good(atom, s) {
                return None;
            }
            total += u32::from(s);
        }
        Some(total)
    }

    /// Whether `haystack` matches.
    pub fn matches(&mut self, haystack: &str) -> bool {
        self.score(haystack).is_some()
    }

    /// The char indices of `text` to highlight, sorted and unique. Each word
    /// of the query is looked for on its own: a row whose filter text holds
    /// more than it shows still gets the words that are visible marked.
    /// Excluding words (`!x`) mark nothing.
    pub fn highlights(&mut self, text: &str) -> Vec<usize> {
        self.highlights_in(&[text]).pop().unwrap_or_default()
    }

    /// [`Fuzzy::highlights`] over the parts of one row (say a title and a
    /// name): each word marks the first part where it matches, so a word
    /// found in both is marked once, in the earlier part.
    pub fn highlights_in(&mut self, parts: &[&str]) -> Vec<Vec<usize>> {
        let mut out: Vec<Vec<usize>> = vec![Vec::new(); parts.len()];
        if self.is_empty() {
            return out;
        }
        // Table rows pad their cells with runs of spaces that the filter's
        // text does not have (and that would count as gaps): match on the
        // text with each run as one space, then map back.
        let squeezed: Vec<(String, Vec<usize>)> = parts.iter().map(|t| squeeze(t)).collect();
        for atom in self.pattern.atoms.iter().filter(|a| !a.negative) {
            for (k, (text, at)) in squeezed.iter().enumerate() {
                let h = Utf32Str::new(text, &mut self.buf);
                let mut idx = Vec::new();
                let m = self.matcher.get_or_insert_with(|| Matcher::new(Config::DEFAULT));
                if atom.indices(h, m, &mut idx).is_some_and(|s| good(atom, s)) {
                    out[k].extend(idx.into_iter().filter_map(|i| at.get(i as usize).copied()));
                    break;
                }
            }
        }
        for v in &mut out {
            v.sort_unstable();
            v.dedup();
        }
        out
    }
}

/// `text` with each run of whitespace as one space, and for each char of it
/// the index of that char in `text`.
fn squeeze(text: &str) -> (String, Vec<usize>) {
    let mut squeezed = String::with_capacity(text.len());
    let mut at: Vec<usize> = Vec::with_capacity(text.len());
    let mut prev_space = false;
    for (i, c) in text.chars().enumerate() {
        let space = c.is_whitespace();
        if !(space && prev_space) {
            squeezed.push(if space { ' ' } else { c });
            at.push(i);
        }
        prev_space = space;
    }
    (squeezed, at)
}

/// Every word of `filter` matches `haystack` (fuzzy, ignoring case).
pub fn matches(filter: &str, haystack: &str) -> bool {
    Fuzzy::new(filter).matches(haystack)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_fuzzy_in_any_case() {
        assert!(matches("vp12 OPEN", "VP12 (Health monitoring) open"));
        assert!(matches("hlthmon", "VP12 (Health monitoring) open"));
        assert!(!matches("vp12 awarded", "VP12 open"));
        assert!(matches("  ", "x"));
        assert!(matches("grüße", "GRÜSSE und Grüße"));
        assert!(matches("grune", "Grüne"), "plain letters find umlauts");
        // Characters must come in order.
        assert!(!matches("21pv", "VP12"));
    }

    #[test]
    fn letters_picked_out_of_unrelated_words_do_not_match() {
        assert!(matches("runbook", "The upgrade needs a runbook with a rollback plan"));
        assert!(!matches(
            "runbook",
            "document the status page alert routing ongoing, PR pushed: https://github.com/x/status-page-deployment/pull/88"
        ));
        // Initials and abbreviations still do.
        assert!(matches("gtt", "go to Tenders"));
        assert!(matches("scs", "Sovereign Cloud Stack"));
        assert!(matches("v12", "VP12 Health monitoring v2"));
        assert!(matches("contaner", "Team Container"), "a letter left out");
    }

    #[test]
    fn fzf_syntax_exact_prefix_and_exclusion() {
        assert!(matches("'health", "VP12 (Health monitoring)"));
        assert!(!matches("'hlth", "VP12 (Health monitoring)"), "' asks for the substring");
        assert!(matches("^vp", "VP12 open"));
        assert!(!matches("^open", "VP12 open"));
        assert!(!matches("vp !open", "VP12 open"));
        assert!(matches("vp !awarded", "VP12 open"));
    }

    #[test]
    fn better_matches_score_higher() {
        let mut f = Fuzzy::new("quit");
        let exact = f.score("quit").unwrap();
        let scattered = f.score("queue it").unwrap();
        assert!(exact > scattered, "{exact} > {scattered}");
        assert_eq!(f.score("nothing"), None);
    }

    #[test]
    fn highlights_are_char_indices_per_word() {
        let mut f = Fuzzy::new("gr ende");
        // "Grüße" is not ASCII: indices count chars, not bytes.
        let text = "Grüße, Ende";
        let idx = f.highlights(text);
        let chars: Vec<char> = text.chars().collect();
        let marked: String = idx.iter().map(|&i| chars[i]).collect();
        assert_eq!(marked, "GrEnde");
        // A word that is not in the shown text marks nothing, the others still do.
        assert_eq!(Fuzzy::new("zzz gr").highlights("Grüße").len(), 2);
        assert!(Fuzzy::new("!gr").highlights("Grüße").is_empty());
        assert!(Fuzzy::new("").highlights("Grüße").is_empty());
    }

    #[test]
    fn a_word_marks_the_first_part_it_matches() {
        let mut f = Fuzzy::new("nxt zz pane");
        let m = f.highlights_in(&["next pane", "next_pane"]);
        assert_eq!(m[0], [0, 2, 3, 5, 6, 7, 8], "both words in the title");
        assert!(m[1].is_empty(), "not again in the name");
        let m = Fuzzy::new("cycle").highlights_in(&["status: open, done", "cycle_status"]);
        assert_eq!(m, [vec![], vec![0, 1, 2, 3, 4]]);
    }

    #[test]
    fn padded_table_rows_are_marked_like_their_text() {
        let text = format!("VP09a   Supply chain security{}retender   2026-11-19", " ".repeat(50));
        // Letters across the padding: scored on the text as the filter sees it.
        let mut f = Fuzzy::new("cntr");
        assert!(f.matches("VP09a Supply chain security retender"));
        let chars: Vec<char> = text.chars().collect();
        let marks = f.highlights(&text);
        assert_eq!(marks.len(), 4, "{marks:?}");
        assert_eq!(chars[*marks.last().unwrap()], 'r');
        assert!(*marks.last().unwrap() > 40, "the r is in the status cell after the padding");
    }
}
