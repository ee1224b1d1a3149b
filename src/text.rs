//! Text hygiene for remote content: minutes come from the network and must
//! never reach the terminal with control characters or escape sequences.

use std::borrow::Cow;

/// Replace every control character (C0, DEL, C1) except `\n` and `\t` with
/// U+FFFD-free visible text: tabs become spaces by the caller, escape
/// sequences lose their ESC and so become harmless printable text.
/// Bidi overrides and other invisible format characters are removed too.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter_map(|c| {
                if is_unsafe(c) {
                    if c == '\r' {
                        None
                    } else {
                        Some('\u{FFFD}')
                    }
                } else {
                    Some(c)
                }
            })
            .collect(),
    )
}

/// Like [`sanitize`] but for a single line: newlines and tabs become spaces.
pub fn sanitize_line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c == '\n' || c == '\t' || is_unsafe(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter_map(|c| match c {
                '\n' | '\t' => Some(' '),
                '\r' => None,
                c if is_unsafe(c) => Some('\u{FFFD}'),
                c => Some(c),
            })
            .collect(),
    )
}

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escape_sequences() {
        let s = "a\x1b[2Jb\x07c\u{9b}d";
        let out = sanitize(s);
        assert!(!out.contains('\x1b'));
        assert!(!out.contains('\x07'));
        assert!(!out.contains('\u{9b}'));
        assert!(out.contains("[2J"));
    }

    #[test]
    fn keeps_clean_text_borrowed() {
        assert!(matches!(sanitize("Grüße 🎉\nok"), Cow::Borrowed(_)));
    }

    #[test]
    fn line_flattens_newlines_and_drops_cr() {
        assert_eq!(sanitize_line("a\r\nb\tc"), "a b c");
    }

    #[test]
    fn removes_bidi_overrides() {
        assert_eq!(sanitize("a\u{202E}b"), "a\u{FFFD}b");
    }
}
