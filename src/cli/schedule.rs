//! Output of `scsdash schedule` (formatting only; the engine is `crate::schedule`).

use chrono::{DateTime, FixedOffset};
use chrono_tz::Tz;

use crate::model::schedule::Occurrence;
use crate::text::sanitize_line;

/// Longest title shown in the table (longer ones end in `…`).
const MAX_TITLE: usize = 48;

/// Render occurrences: a pretty JSON array (`json = true`, field names as in
/// [`Occurrence`]) or an aligned table with date, local time range, Berlin
/// time, title and notes (cancelled / changed / the minutes' note).
pub fn schedule_output(occ: &[Occurrence], json: bool) -> String {
    if json {
        let s = serde_json::to_string_pretty(occ).unwrap_or_else(|_| "[]".to_string());
        let mut s = escape_json_invisibles(&s);
        s.push('\n');
        return s;
    }
    table(occ)
}

/// serde_json leaves C1 controls and bidi overrides raw; escape them as
/// `\uXXXX` (still valid JSON, same data) so they never reach the terminal.
fn escape_json_invisibles(s: &str) -> String {
    if !s.chars().any(needs_escape) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

fn needs_escape(c: char) -> bool {
    ('\u{7f}'..='\u{9f}').contains(&c)
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn abbr(t: &DateTime<FixedOffset>, tz: Option<Tz>) -> String {
    match tz {
        Some(tz) => t.with_timezone(&tz).format("%Z").to_string(),
        None => t.format("%:z").to_string(),
    }
}

fn truncate(s: &str, max: usize) -> String {
    crate::text::fit_width(s, max).into_owned()
}

fn table(occ: &[Occurrence]) -> String {
    if occ.is_empty() {
        return "No meetings in this window.\n".to_string();
    }
    let berlin = chrono_tz::Europe::Berlin;
    let zone_name = occ.first().map(|o| o.tz.clone()).unwrap_or_default();
    let tz: Option<Tz> = zone_name.parse().ok();
    let mut rows: Vec<[String; 5]> = Vec::with_capacity(occ.len() + 1);
    rows.push([
        "DATE".into(),
        format!("LOCAL ({})", sanitize_line(&zone_name)),
        "BERLIN".into(),
        "TITLE".into(),
        "NOTES".into(),
    ]);
    for o in occ {
        let date = o.start.format("%a %Y-%m-%d").to_string();
        let local = if o.all_day {
            "all day".to_string()
        } else {
            let days = (o.end.date_naive() - o.start.date_naive()).num_days();
            let plus = if days > 0 { format!(" +{days}d") } else { String::new() };
            format!("{}–{}{} {}", o.start.format("%H:%M"), o.end.format("%H:%M"), plus, abbr(&o.start, tz))
        };
        let b = o.start.with_timezone(&berlin);
        let berlin_col = if o.all_day {
            String::new()
        } else if b.date_naive() != o.start.date_naive() {
            format!("{} {} ({})", b.format("%H:%M"), b.format("%Z"), b.format("%a"))
        } else {
            format!("{} {}", b.format("%H:%M"), b.format("%Z"))
        };
        let mut notes: Vec<String> = Vec::new();
        if o.cancelled {
            notes.push("CANCELLED".into());
        }
        if o.changed {
            notes.push("changed".into());
        }
        if let Some(n) = &o.note {
            notes.push(sanitize_line(n).into_owned());
        }
        rows.push([date, local, berlin_col, truncate(&sanitize_line(&o.title), MAX_TITLE), notes.join("; ")]);
    }
    let mut widths = [0usize; 4];
    for r in &rows {
        for (i, w) in widths.iter_mut().enumerate() {
            *w = (*w).max(unicode_width::UnicodeWidthStr::width(r[i].as_str()));
        }
    }
    let mut out = String::new();
    for (ri, r) in rows.iter().enumerate() {
        let mark = if ri > 0 && occ[ri - 1].cancelled { "x " } else { "  " };
        out.push_str(mark);
        for (i, w) in widths.iter().enumerate() {
            out.push_str(&r[i]);
            if i < 3 || !r[4].is_empty() {
                out.push_str(&" ".repeat(w - unicode_width::UnicodeWidthStr::width(r[i].as_str()) + 2));
            }
        }
        out.push_str(&r[4]);
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_c1_and_bidi_in_json() {
        let s = escape_json_invisibles("a\u{9b}b\u{202e}c");
        assert_eq!(s, "a\\u009bb\\u202ec");
    }

    #[test]
    fn truncates_long_titles() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }
}
