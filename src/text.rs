//! Text hygiene for remote content: minutes come from the network and must
//! never reach the terminal with control characters or escape sequences.

use std::borrow::Cow;
use std::path::Path;

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

/// Whether `hay` contains `needle`, ignoring ASCII case.
pub fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return true };
    if h.len() < n.len() {
        return false;
    }
    // candidates are the positions of the first byte in either case (memchr), not every window
    let last = h.len() - n.len();
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), &h[..=last])
        .any(|i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Like [`sanitize`] but for a single line: newlines and tabs become spaces.
pub fn sanitize_line(s: &str) -> Cow<'_, str> {
    // Printable ASCII is safe: most lines are decided by this byte loop alone.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return Cow::Borrowed(s);
    }
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

/// The one output sanitiser of the command line, applied to everything a
/// subcommand prints on stdout (tables, JSON, iCalendar).
///
/// JSON (`json = true`): every control character left raw (C1 controls
/// U+0080–U+009F, DEL) and every bidi override or isolate
/// (U+202A–U+202E, U+2066–U+2069, U+200E/F) is written as a `\uXXXX` escape.
/// They can only occur inside JSON strings, so the escape keeps the document
/// valid and the decoded value unchanged. Text: they are replaced by U+FFFD;
/// `\n`, `\t` and a `\r` directly before `\n` (iCalendar line ends) stay.
pub fn sanitize_output(s: &str, json: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c) && c != '\r') && !s.contains('\r') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            out.push(c);
        } else if is_unsafe(c) {
            if json {
                out.push_str(&format!("\\u{:04x}", c as u32));
            } else {
                out.push('\u{FFFD}');
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Cut a line to `width` terminal columns (wide characters count two),
/// ending in `…` when something was cut. The one width helper of the code
/// base: tables, the status line, the markdown renderer and the CLI use it
/// (or [`pad_width`]). Width 0 gives the empty string.
pub fn fit_width(s: &str, width: usize) -> Cow<'_, str> {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if s.width() <= width {
        return Cow::Borrowed(s);
    }
    if width == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    // sequences can be wider than their characters (emoji + VS16)
    while !out.is_empty() && out.width() > width - 1 {
        out.pop();
    }
    out.push('…');
    Cow::Owned(out)
}

/// [`fit_width`], then padded with spaces to exactly `width` columns.
pub fn pad_width(s: &str, width: usize) -> String {
    let cut = fit_width(s, width);
    let used = unicode_width::UnicodeWidthStr::width(&*cut);
    let mut out = cut.into_owned();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// Columns of the terminal that stderr goes to: its size when it is a
/// terminal, else `$COLUMNS`, else 200 (logs and pipes).
pub fn stderr_width() -> usize {
    use std::io::IsTerminal;
    if std::io::stderr().is_terminal() {
        if let Ok((w, _)) = ratatui::crossterm::terminal::size() {
            if w >= 20 {
                return usize::from(w);
            }
        }
    }
    std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<usize>().ok()).filter(|&w| w >= 20).unwrap_or(200)
}

/// One diagnostic line for stderr: sanitised (no control characters, no
/// bidi overrides, no newlines) and cut to the terminal width.
pub fn diagnostic(s: &str) -> String {
    fit_width(&sanitize_line(s), stderr_width()).into_owned()
}

/// Print one diagnostic line (see [`diagnostic`]) on stderr.
pub fn eprint_diagnostic(s: &str) {
    eprintln!("{}", diagnostic(s));
}

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_width_counts_columns_not_chars() {
        use unicode_width::UnicodeWidthStr;
        assert_eq!(fit_width("abc", 3), "abc");
        assert_eq!(fit_width("abcd", 3), "ab…");
        assert_eq!(fit_width("abcd", 0), "");
        assert_eq!(fit_width("abcd", 1), "…");
        // wide characters count two columns
        assert_eq!(fit_width("日本語テキスト", 6), "日本…");
        for w in 0..12 {
            for s in ["日本語テキスト", "a❤️b❤️c❤️d", "x\u{301}yz\u{301}uvw"] {
                assert!(fit_width(s, w).width() <= w, "{s:?} at {w}");
                assert_eq!(pad_width(s, w).width(), w, "{s:?} padded to {w}");
            }
        }
        assert_eq!(pad_width("ab", 4), "ab  ");
    }

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
    fn output_sanitiser_escapes_json_and_replaces_text() {
        let json = serde_json::to_string(&"a\u{202E}b\u{9B}c\u{2066}d\n").unwrap();
        let out = sanitize_output(&json, true);
        assert_eq!(out, "\"a\\u202eb\\u009bc\\u2066d\\n\"");
        let back: String = serde_json::from_str(&out).unwrap();
        assert_eq!(back, "a\u{202E}b\u{9B}c\u{2066}d\n");
        assert_eq!(sanitize_output("x\u{85}y\r\nz\rw\t", false), "x\u{FFFD}y\r\nz\u{FFFD}w\t");
        assert!(matches!(sanitize_output("plain\n", false), Cow::Borrowed(_)));
    }

    #[test]
    fn removes_bidi_overrides() {
        assert_eq!(sanitize("a\u{202E}b"), "a\u{FFFD}b");
    }
}

/// Replaces anything shaped like a GitHub token with `***`.
pub fn scrub_tokens(s: &str) -> String {
    const PREFIXES: [&str; 6] = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    'outer: while !rest.is_empty() {
        for p in PREFIXES {
            if rest.starts_with(p) {
                let len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
                out.push_str("***");
                rest = &rest[len..];
                continue 'outer;
            }
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.push(c);
        }
        rest = chars.as_str();
    }
    out
}

/// Why a local file could not be read; `Display` is "<path>: <reason>".
#[derive(Debug, thiserror::Error)]
pub enum ReadFileError {
    /// The operating system refused (missing, no permission, ...).
    #[error("{path}: {source}")]
    Io {
        /// The path as shown (sanitised).
        path: String,
        source: std::io::Error,
    },
    /// A FIFO, device or directory.
    #[error("{path}: not a regular file")]
    NotRegular {
        /// The path as shown (sanitised).
        path: String,
    },
    /// Over the cap.
    #[error("{path}: larger than {mib} MiB")]
    TooLarge {
        /// The path as shown (sanitised).
        path: String,
        /// The cap in MiB.
        mib: u64,
    },
}

impl ReadFileError {
    /// The reason without the path ("not a regular file", the OS's words).
    pub fn reason(&self) -> String {
        match self {
            ReadFileError::Io { source, .. } => source.to_string(),
            ReadFileError::NotRegular { .. } => "not a regular file".to_string(),
            ReadFileError::TooLarge { mib, .. } => format!("larger than {mib} MiB"),
        }
    }
}

/// Read a local file of at most `cap` bytes. Refuses what is not a regular
/// file (a FIFO would block, `/dev/zero` never ends) and files over the cap,
/// checked before opening and again while reading (a file that grows).
pub fn read_local_file(path: &Path, cap: u64) -> Result<Vec<u8>, ReadFileError> {
    use std::io::Read;
    let shown = || crate::text::sanitize_line(&path.display().to_string()).into_owned();
    let io = |source: std::io::Error| ReadFileError::Io { path: shown(), source };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(ReadFileError::NotRegular { path: shown() });
    }
    if meta.len() > cap {
        return Err(ReadFileError::TooLarge { path: shown(), mib: cap >> 20 });
    }
    let f = std::fs::File::open(path).map_err(io)?;
    if !f.metadata().map(|m| m.is_file()).unwrap_or(false) {
        return Err(ReadFileError::NotRegular { path: shown() });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    f.take(cap + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > cap {
        return Err(ReadFileError::TooLarge { path: shown(), mib: cap >> 20 });
    }
    Ok(bytes)
}
