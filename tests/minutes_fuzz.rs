//! Property tests: arbitrary bytes and markdown-ish soup through the whole
//! per-file pipeline (decode, parse, extract) and through `analyze` must never
//! panic, and the results must stay consistent (lines inside the file, paths
//! kept, text capped).

use proptest::prelude::*;
use scsdash::minutes::{analyze, parse_meeting, MAX_FILE_BYTES};
use scsdash::model::SourceFile;

/// Fragments in the styles of real minutes, glued together at random.
const FRAGMENTS: &[&str] = &[
    "# ",
    "## ",
    "### Pending action items\n",
    "### Tenders\n",
    "## Lightning talk\n",
    "### Hackathons\n",
    "- ",
    "* ",
    "  - ",
    "    * ",
    "1. ",
    "> ",
    "- [ ] ",
    "- [x] ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "_AI @alice_: ",
    "_AI @bob: fix it_",
    "AI: @carol to ",
    " -> AI: @a, @b ",
    "AI: Matej pings Oliver",
    "(AI research @x)",
    "AI(",
    "AI:",
    "@AI ",
    "ToDo (@x): ",
    "~~",
    "**DONE**",
    "done",
    "ongoing",
    "✅",
    "VP12 (Health monitoring): Tender is open",
    "VP06a-2 (x) - Congratulations to B1 Systems, onboarded today",
    "VP 09a",
    "Lots 6a-2, 4 and 18",
    "dito.",
    ":-( Will need to be tendered again.",
    "Wed 10:05 - 10:55 CEST: Team IaaS (Felix) – unchanged",
    "Thursdays 12:05 CET/CEST",
    "### Next operator coffee - mon 15:05 CEST",
    "Mon 25:99 CET: x",
    "Minutes: Matej",
    "Minutes: https://x/minutes/a.md",
    "Welcome ",
    "next week - ",
    "decided",
    "decision needed",
    "we will",
    "---\n",
    "----\n",
    "---\ntitle: x\n---\n",
    "<style>\n.x{}\n",
    "</style>\n",
    "<font color=\"red\">",
    "</font>",
    "<!-- c -->",
    "```\n",
    "| a | b |\n|---|---|\n",
    "[link](https://github.com/SovereignCloudStack/standards/issues/1)",
    "standards#1020",
    "https://example.org/x",
    "(",
    ")",
    "[",
    "]",
    ":",
    "@",
    "é",
    "€",
    "🎉",
    "\u{202E}",
    "\x1b[2J",
    "\0",
    "€ tender: ",
];

fn soup() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..80).prop_map(|v| v.concat().into_bytes())
}

fn check(path: &str, bytes: Vec<u8>) {
    let f = SourceFile::new(path, bytes);
    let m = parse_meeting(&f);
    assert_eq!(m.path, path);
    assert!(m.text.len() <= MAX_FILE_BYTES + 4 * 1024);
    let lines = m.text.lines().count().max(1) + 1;
    for a in &m.actions {
        assert!(a.line >= 1 && a.line <= lines, "action line {} of {}", a.line, lines);
    }
    for t in &m.tenders {
        assert!(t.line >= 1 && t.line <= lines);
        assert!(t.id.starts_with("VP"));
    }
    for s in &m.sections {
        assert!(s.line >= 1 && s.line <= lines && (1..=6).contains(&s.level));
    }
    for s in &m.slots {
        assert!(s.line >= 1 && s.line <= lines);
    }
}

proptest! {
    // 512 cases by default; PROPTEST_CASES=N for a longer run
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512),
        .. ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check("fuzz/20240101.md", bytes);
    }

    #[test]
    fn markdown_soup_never_panics(bytes in soup()) {
        check("community-call/20230720.md", bytes);
    }

    #[test]
    fn odd_paths_never_panic(path in "[a-z/\\\\.]{0,20}(\\.md)?", bytes in soup()) {
        let _ = parse_meeting(&SourceFile::new(path, bytes));
    }

    #[test]
    fn analyze_many_never_panics(files in prop::collection::vec(soup(), 0..6)) {
        let files: Vec<SourceFile> = files
            .into_iter()
            .enumerate()
            .map(|(i, b)| SourceFile::new(format!("s{}/2024010{}.md", i % 2, i), b))
            .collect();
        let m = analyze(&files);
        prop_assert_eq!(m.meetings.len(), files.len());
        for a in &m.actions {
            prop_assert!(!a.mentions.is_empty());
            prop_assert!(a.meetings >= 1 && a.meetings <= a.mentions.len());
        }
    }
}

/// Found by `arbitrary_bytes_never_panic`: a labelled answer (`A:`) whose first character
/// takes more than one byte, after a question on the same line.
#[test]
fn a_labelled_answer_starting_with_a_wide_character_never_panics() {
    for answer in ["A:Übernahme", "A: ÿes", "Answer:\u{FFFD}K", "A:😀 yes"] {
        check("fuzz/20240101.md", format!("- Should we use X or Y? {answer}\n").into_bytes());
        check("fuzz/20240101.md", format!("Should we use X or Y?{answer}\n").into_bytes());
    }
}
