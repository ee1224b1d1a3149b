//! `scsdash search`: print search hits as JSON or as an aligned table.

use crate::search::Hit;
use unicode_width::UnicodeWidthStr;

/// Format hits: a pretty JSON array of `{path, series, date, line, text,
/// score}` when `json`, else an aligned table (date, series, path:line, text).
pub fn search_output(hits: &[Hit], json: bool) -> String {
    if json {
        let mut s = serde_json::to_string_pretty(hits).unwrap_or_else(|_| "[]".to_string());
        s.push('\n');
        return s;
    }
    if hits.is_empty() {
        return "No matches.\n".to_string();
    }
    let rows: Vec<[String; 4]> = hits
        .iter()
        .map(|h| {
            [
                h.date.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_else(|| "-".to_string()),
                crate::text::sanitize_line(&h.series).into_owned(),
                format!("{}:{}", crate::text::sanitize_line(&h.path), h.line),
                crate::text::sanitize_line(&h.text).into_owned(),
            ]
        })
        .collect();
    let header = ["DATE", "SERIES", "LOCATION", "TEXT"];
    let mut widths = [0usize; 3];
    for (i, w) in widths.iter_mut().enumerate() {
        *w = rows.iter().map(|r| r[i].width()).chain(std::iter::once(header[i].width())).max().unwrap_or(0);
    }
    let mut out = String::new();
    let mut push_row = |cols: [&str; 4]| {
        for (i, w) in widths.iter().enumerate() {
            out.push_str(cols[i]);
            out.push_str(&" ".repeat(w.saturating_sub(cols[i].width()) + 2));
        }
        out.push_str(cols[3]);
        out.push('\n');
    };
    push_row(header);
    for r in &rows {
        push_row([&r[0], &r[1], &r[2], &r[3]]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn hit(path: &str, series: &str, line: usize, text: &str) -> Hit {
        Hit {
            path: path.into(),
            series: series.into(),
            date: NaiveDate::from_ymd_opt(2023, 7, 17),
            line,
            text: text.into(),
            score: 2.5,
            ranges: Vec::new(),
        }
    }

    #[test]
    fn json_has_exact_fields() {
        let out = search_output(&[hit("container/20230717.md", "container", 3, "x")], true);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let o = v[0].as_object().unwrap();
        let mut keys: Vec<&str> = o.keys().map(|k| k.as_str()).collect();
        keys.sort();
        assert_eq!(keys, ["date", "line", "path", "score", "series", "text"]);
        assert_eq!(o["date"], "2023-07-17");
        assert_eq!(search_output(&[], true).trim(), "[]");
    }

    #[test]
    fn table_is_aligned() {
        let out = search_output(
            &[hit("container/20230717.md", "container", 3, "first"), hit("iaas/20230717.md", "iaas", 12, "second")],
            false,
        );
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3);
        let col = lines[0].find("TEXT").unwrap();
        assert_eq!(lines[1].find("first"), Some(col));
        assert_eq!(lines[2].find("second"), Some(col));
    }
}
