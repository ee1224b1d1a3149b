//! Mutation fuzzing on real minutes: every file of `../shared/corpus/scs-minutes`
//! (skipped with a notice when absent) with characters swapped for the
//! multi-byte ones real pads are full of (no-break spaces, en dashes, curly
//! quotes, ellipses, umlauts, emoji) and with grammar words spliced in,
//! through the whole per-file pipeline. The grammar slices text by byte
//! offsets in many places; an offset that lands inside a character is a
//! panic, and the random soup of `minutes_fuzz` seldom reaches the deep rules
//! that real lines do.
//!
//! Deterministic (a fixed seed), so that a run on CI is the run you can repeat:
//! `MUTATE_ROUNDS=N` mutated copies per file (2 by default), `MUTATE_SEED=S`
//! for another sequence; a failure prints the seed, file and round.

mod corpus;

use scsdash::minutes::{analyze, parse_meeting};
use scsdash::model::SourceFile;

/// xorshift64*: enough randomness for choosing mutations, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// What an ASCII character may become: the look-alikes of real pads.
fn lookalike(c: char, rng: &mut Rng) -> Option<&'static str> {
    let pick = |opts: &[&'static str], rng: &mut Rng| opts[rng.below(opts.len())];
    Some(match c {
        ' ' => pick(&["\u{a0}", "\u{2009}", "\u{202f}", "\u{3000}"], rng),
        '-' => pick(&["–", "—", "‐", "−"], rng),
        '\'' => pick(&["’", "‘", "´"], rng),
        '"' => pick(&["“", "”", "„", "«"], rng),
        '.' => pick(&["…", "。", "․"], rng),
        ':' => pick(&["：", "꞉"], rng),
        '>' => pick(&["→", "⇒", "›"], rng),
        '*' | '_' => pick(&["•", "∗"], rng),
        '?' => pick(&["？", "‽"], rng),
        'a' => pick(&["ä", "á", "ª"], rng),
        'o' => pick(&["ö", "ø"], rng),
        'u' => pick(&["ü", "ú"], rng),
        's' => pick(&["ß", "ś"], rng),
        'e' => pick(&["é", "€", "ё"], rng),
        'A' => pick(&["Ä", "А"], rng),
        'I' => pick(&["Ï", "І"], rng),
        _ => return None,
    })
}

/// Words and marks the grammars key on, spliced in at random places.
const SPLICE: &[&str] = &[
    "AI: ",
    "A: ",
    "Q: ",
    "Decision: ",
    "agreed",
    "ok to ",
    " it is",
    "? ",
    "@",
    "VP12 ",
    "(@x) - ",
    "TODO: ",
    "→ ",
    " vs. ",
    ", e.g. ",
    "✅",
    "🎉",
    "\u{a0}",
    "é",
    "\u{200d}",
    "\u{301}",
];

fn mutate(text: &str, rng: &mut Rng) -> String {
    let chars: Vec<char> = text.chars().collect();
    // A few dense spots per file rather than a thin sprinkle: the rules look at
    // the characters right around a keyword.
    let rate = 1 + rng.below(6); // per 100 characters
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for &c in &chars {
        let roll = rng.below(100);
        if roll < rate {
            if let Some(r) = lookalike(c, rng) {
                out.push_str(r);
                continue;
            }
        } else if roll == 99 && rng.below(4) == 0 {
            out.push_str(SPLICE[rng.below(SPLICE.len())]);
        }
        out.push(c);
    }
    out
}

#[test]
fn corpus_files_with_multibyte_lookalikes_never_panic() {
    let Some(files) = corpus::files("scs-minutes", &["md"]) else { return };
    let rounds: usize = std::env::var("MUTATE_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(2);
    let seed: u64 = std::env::var("MUTATE_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x5C5D_A5E0_2026_1129);
    let mut rng = Rng(seed | 1);
    let mut mutated = Vec::new();
    for f in &files {
        let Ok(text) = std::str::from_utf8(&f.bytes) else { continue };
        for round in 0..rounds {
            let m = mutate(text, &mut rng);
            let file = SourceFile::new(&f.path, m.into_bytes());
            let res = std::panic::catch_unwind(|| parse_meeting(&file));
            if res.is_err() {
                let dump = std::env::temp_dir().join("scsdash-mutate-failure.md");
                let _ = std::fs::write(&dump, &file.bytes);
                panic!(
                    "parse_meeting panicked on {} (seed {seed}, round {round}); the mutated text is in {}",
                    f.path,
                    dump.display()
                );
            }
            let meeting = res.unwrap();
            let lines = meeting.text.lines().count().max(1) + 1;
            assert!(
                meeting.actions.iter().all(|a| a.line >= 1 && a.line <= lines),
                "{}: action line out of the file",
                f.path
            );
            if round == 0 {
                mutated.push(file);
            }
        }
    }
    // And the cross-meeting views over one mutated copy of every file.
    let all = analyze(&mutated);
    assert!(!all.meetings.is_empty(), "the mutated corpus still has meetings");
}
