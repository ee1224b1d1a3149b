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
