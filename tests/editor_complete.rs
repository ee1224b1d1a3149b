//! Completion tests: ranking, case-insensitive prefixes, handles, the word before the cursor.

mod corpus;

use scsdash::editor::complete::{word_before_cursor, Completer};

fn words() -> Completer {
    let mut w: Vec<String> = Vec::new();
    for _ in 0..5 {
        w.push("@garloff".into());
    }
    for _ in 0..3 {
        w.push("@fkr".into());
    }
    for _ in 0..3 {
        w.push("@gtema".into());
    }
    w.extend(
        ["@garloff", "Container", "IaaS", "Ops", "VP12", "VP06a-2", "VP09b", "@frosty-geek", "Garching", ""]
            .iter()
            .map(|s| s.to_string()),
    );
    Completer::new(w)
}

#[test]
fn ranked_by_frequency_then_alphabetically() {
    let c = words();
    assert_eq!(c.complete("@g", 10), vec!["@garloff", "@gtema"]);
    assert_eq!(c.complete("@f", 10), vec!["@fkr", "@frosty-geek"]);
    assert_eq!(c.complete("vp", 10), vec!["VP06a-2", "VP09b", "VP12"]);
    assert_eq!(c.complete("vp", 2), vec!["VP06a-2", "VP09b"]);
}

#[test]
fn case_insensitive_and_handles_without_at() {
    let c = words();
    assert_eq!(c.complete("CONT", 5), vec!["Container"]);
    // Direct matches first, then handles matching after their '@'.
    assert_eq!(c.complete("ga", 5), vec!["Garching", "@garloff"]);
    assert!(c.complete("zzz", 5).is_empty());
    // The exact word is not offered again.
    assert!(!c.complete("IaaS", 5).contains(&"IaaS".to_string()));
    // Empty prefix: most frequent words.
    assert_eq!(c.complete("", 2), vec!["@garloff", "@fkr"]);
    // Empty words are dropped.
    assert!(!c.complete("", 100).iter().any(|w| w.is_empty()));
    assert_eq!(c.complete("", 0), Vec::<String>::new());
}

#[test]
fn unicode_words() {
    let c = Completer::new(["Müller".to_string(), "Mühlenberg".to_string(), "München".to_string()]);
    assert_eq!(c.complete("mü", 5), vec!["Mühlenberg", "Müller", "München"]);
    assert_eq!(c.complete("MÜL", 5), vec!["Müller"]);
}

#[test]
fn word_before_cursor_recognises_handles_ids_words() {
    assert_eq!(word_before_cursor("- AI @garl", 10), (5, "@garl"));
    assert_eq!(word_before_cursor("- VP06a-2 status", 9), (2, "VP06a-2"));
    assert_eq!(word_before_cursor("Team Cont and more", 9), (5, "Cont"));
    assert_eq!(word_before_cursor("abc ", 4), (4, ""));
    assert_eq!(word_before_cursor("", 0), (0, ""));
    assert_eq!(word_before_cursor("abc", 99), (0, "abc"));
    // Columns count chars, not bytes.
    assert_eq!(word_before_cursor("Grüße @mü", 9), (6, "@mü"));
    assert_eq!(word_before_cursor("😀 @o-ot", 7), (2, "@o-ot"));
    // A list dash is not part of the word.
    assert_eq!(word_before_cursor("-foo", 4), (1, "foo"));
    assert_eq!(word_before_cursor("x @", 3), (2, "@"));
}

#[test]
fn harvest_handles_and_tender_ids() {
    use scsdash::editor::complete::harvest_words;
    let text = "- AI @garloff: ping @o-otte, mail kurt@example.org\n\
                - VP06a-2 (Container Network) - done; VP12: open; (VP09b) SCS-VP12 VPN VP\n\
                - @joshmue- and @ alone, @fkr.";
    assert_eq!(harvest_words(text), vec!["@garloff", "@o-otte", "VP06a-2", "VP12", "VP09b", "@joshmue", "@fkr"]);
    let c = Completer::new(harvest_words("@a @b @b VP1"));
    assert_eq!(c.complete("@", 5), vec!["@b", "@a"]);
    // Odd input never panics.
    for t in ["@", "VP", "V", "@@@", "VP-", "VP1-", "😀@😀", "\u{0}@x"] {
        let _ = harvest_words(t);
    }
}

#[test]
fn harvest_from_the_real_minutes() {
    let path = corpus::base().join("scs-minutes/community-call/20230720.md");
    let Ok(text) = std::fs::read_to_string(&path) else {
        corpus::skip(&path);
        return;
    };
    let words = scsdash::editor::complete::harvest_words(&text);
    for w in ["@joshmue", "@o-otte", "VP06a-2", "VP09c", "VP12"] {
        assert!(words.iter().any(|x| x == w), "{w} missing from {words:?}");
    }
    let c = Completer::new(words);
    assert_eq!(c.complete("@jo", 3), vec!["@joshmue"]);
}

/// The character-by-character reading `harvest_words` had before it searched for
/// its two start bytes: the oracle for the property below.
fn reference_harvest(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let prev_word = i > 0 && reference_word_char(chars[i - 1].1);
        if c == '@' && !prev_word {
            let mut j = i + 1;
            while j < chars.len() && (chars[j].1.is_ascii_alphanumeric() || matches!(chars[j].1, '-' | '_')) {
                j += 1;
            }
            // Handles do not end with '-' (a dash after a handle is punctuation).
            while j > i + 1 && chars[j - 1].1 == '-' {
                j -= 1;
            }
            let end = chars.get(j).map(|x| x.0).unwrap_or(text.len());
            if j > i + 1 && j - i <= 40 {
                out.push(text[b..end].to_string());
            }
            i = j.max(i + 1);
            continue;
        }
        if c == 'V' && !prev_word && text[b..].starts_with("VP") {
            let mut j = i + 2;
            let digits_start = j;
            while j < chars.len() && chars[j].1.is_ascii_digit() {
                j += 1;
            }
            if j > digits_start {
                if j < chars.len() && chars[j].1.is_ascii_lowercase() {
                    j += 1;
                }
                if j + 1 < chars.len() && chars[j].1 == '-' && chars[j + 1].1.is_ascii_digit() {
                    j += 1;
                    while j < chars.len() && chars[j].1.is_ascii_digit() {
                        j += 1;
                    }
                }
                let at_boundary = chars.get(j).is_none_or(|x| !reference_word_char(x.1) || x.1 == '-');
                if at_boundary {
                    let end = chars.get(j).map(|x| x.0).unwrap_or(text.len());
                    out.push(text[b..end].to_string());
                }
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

fn reference_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

proptest::proptest! {
    /// Handles and tender ids are found exactly as by reading every character,
    /// in any mix of ASCII, letters of other scripts, emoji and punctuation.
    #[test]
    fn harvest_words_equals_a_character_by_character_reading(
        text in proptest::string::string_regex("([@VP\\-_a-z0-9 .,é😀ßА\n]|VP|@x|VP1|VP06a-2|Ü@){0,40}").unwrap()
    ) {
        proptest::prop_assert_eq!(scsdash::editor::complete::harvest_words(&text), reference_harvest(&text));
    }
}
