//! Archive: the tree / search results / decisions on the left, the reader on
//! the right (or full width on narrow terminals).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::archive::{decision_rows, tree_rows, Reader, TreeRow, View};
use crate::app::{Action, App, FrameInfo};
use crate::text::sanitize_line;
use crate::ui::widgets::{self, fit, Col};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo) {
    let a = &app.archive;
    // The split that update lays the reader out for.
    let (list, text) = crate::app::layout::archive_split(area, a.reader.is_some());
    if let Some(l) = list {
        left(app, l, buf, frame, a.reader.is_none());
    }
    if let (Some(r), Some(rr)) = (&a.reader, text) {
        reader(app, r, rr, buf);
    }
}

fn left(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo, focused: bool) {
    match app.archive.view {
        View::Tree => tree(app, area, buf, frame, focused),
        View::Search => search(app, area, buf, frame, focused),
        View::Decisions => decisions(app, area, buf, frame, focused),
    }
}

fn tree(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo, focused: bool) {
    let rows = tree_rows(app);
    let title = match app.data.as_ref() {
        Some(d) => match (d.partial, d.reading) {
            (Some(n), _) => format!("Archive · {n} meetings · loading…"),
            (_, Some(n)) => format!("Archive · {n} files · reading…"),
            _ => format!("Archive · {} meetings", d.minutes.meetings.len()),
        },
        None => "Archive · 0 meetings".to_string(),
    };
    let inner = widgets::frame(
        app,
        area,
        buf,
        title,
        focused,
        &widgets::hints(app, &[(Action::Filter, "search"), (Action::Open, "open")], &[("d", "decisions")]),
    );
    let w = usize::from(inner.width);
    let t = &app.theme;
    if let Some(n) = app.data.as_ref().and_then(|d| d.partial) {
        let text = format!(" reading the {n} meetings from the index…");
        Line::styled(fit(&text, w), t.dim).render(inner, buf);
        return;
    }
    if let Some(text) = widgets::reading(app) {
        Line::styled(fit(&format!(" {text}"), w), t.dim).render(inner, buf);
        return;
    }
    let lines: Vec<Line> = rows
        .iter()
        .map(|r| match r {
            TreeRow::Series { folder, name, count, collapsed } => Line::from(vec![
                Span::styled(if *collapsed { "▸ " } else { "▾ " }, t.dim),
                Span::styled(sanitize_line(name).into_owned(), t.series_style(folder).patch(t.title)),
                Span::styled(format!(" ({count})"), t.dim),
            ]),
            TreeRow::Meeting { date, title, takers, .. } => {
                let d = date.map(|d| d.to_string()).unwrap_or_else(|| "(no date)".into());
                // "· @taker" after a title; a meeting without a title shows the taker alone.
                let sep = if title.is_empty() { "" } else { " · " };
                let takers = if takers.is_empty() { String::new() } else { format!("{sep}{}", sanitize_line(takers)) };
                Line::from(vec![
                    Span::raw("   "),
                    Span::styled(format!("{d} "), t.dim),
                    Span::raw(fit(&format!("{}{takers}", sanitize_line(title)), w.saturating_sub(14))),
                ])
            }
        })
        .collect();
    widgets::list(app, inner, buf, frame, &lines, &app.archive.tree, 0, focused);
}

fn search(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo, focused: bool) {
    let a = &app.archive;
    let inner = widgets::frame(
        app,
        area,
        buf,
        format!("Search · {} hits", a.hits.len()),
        focused,
        &if a.search.editing {
            " type to search · Enter done · Ctrl-U clear · Esc cancel ".to_string()
        } else {
            widgets::hints(app, &[(Action::Filter, "search"), (Action::Open, "open"), (Action::Back, "back")], &[])
        },
    );
    if inner.height < 2 {
        return;
    }
    let t = &app.theme;
    let cursor = if a.search.editing { "▏" } else { "" };
    Line::from(vec![
        Span::styled("/ ", t.title),
        Span::raw(sanitize_line(&a.search.filter).into_owned()),
        Span::styled(cursor, t.title),
    ])
    .render(Rect { height: 1, ..inner }, buf);
    let w = usize::from(inner.width);
    let lines: Vec<Line> = a
        .hits
        .iter()
        .map(|h| {
            let prefix = format!(
                "{} {} ",
                fit(&app.series_label(&h.series), 14),
                h.date.map(|d| d.to_string()).unwrap_or_else(|| "(no date) ".into())
            );
            let mut spans = vec![Span::styled(prefix.clone(), t.series_style(&h.series))];
            let (text, ranges) = plain_hit(&h.text, &h.ranges);
            spans.extend(highlighted(&text, &ranges, t.highlight, w.saturating_sub(prefix.chars().count())));
            Line::from(spans)
        })
        .collect();
    let body = Rect { y: inner.y + 1, height: inner.height - 1, ..inner };
    widgets::list_premarked(app, body, buf, frame, &lines, &a.search, 1, focused);
    if a.hits.is_empty() && !a.search.filter.trim().is_empty() {
        // (before the whole data there is nothing to search yet)
        let msg = if app.data.as_ref().is_some_and(|d| d.is_whole()) {
            "no match"
        } else {
            "searching once the minutes are read…"
        };
        buf.set_string(body.x + 1, body.y, fit(msg, w.saturating_sub(1)), t.dim);
    } else if a.search.filter.trim().is_empty() {
        let help = [
            "Type words to search every meeting (all words on one line; case and umlauts folded).",
            "Filters: series:container  since:2023-01-01  until:2023-12-31",
        ];
        for (i, h) in help.iter().enumerate().take(usize::from(body.height)) {
            buf.set_string(
                body.x + 1,
                body.y + i as u16,
                widgets::truncate(h, usize::from(body.width.saturating_sub(1))),
                t.dim,
            );
        }
    }
}

/// A hit line as rendered text: `[text](url)` becomes `text`, `<url>`
/// becomes `url`, emphasis and code marks, list bullets and heading marks go;
/// the match ranges move along (a match inside a dropped URL is dropped).
pub fn plain_hit(text: &str, ranges: &[std::ops::Range<usize>]) -> (String, Vec<std::ops::Range<usize>>) {
    static LINK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)|<(https?://[^>\s]+)>").unwrap()
    });
    let mut keep = vec![true; text.len()];
    for c in LINK.captures_iter(text) {
        let all = c.get(0).unwrap();
        let all = all.range();
        let inner = c.get(1).or_else(|| c.get(3)).map(|m| m.range()).unwrap_or(all.start..all.start);
        for (i, k) in keep.iter_mut().enumerate().take(all.end).skip(all.start) {
            *k = inner.contains(&i);
        }
    }
    // Leading markers: "- ", "* ", "1. ", "## ".
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let marker = ["- [ ] ", "- [x] ", "- ", "* ", "+ "]
        .iter()
        .find(|m| rest.starts_with(**m))
        .map(|m| m.len())
        .or_else(|| rest.find(|c: char| c != '#').filter(|&n| n > 0 && rest[n..].starts_with(' ')).map(|n| n + 1))
        .unwrap_or(0);
    for k in keep.iter_mut().take(lead + marker) {
        *k = false;
    }
    // Emphasis and code marks; `_` only at a word's edge ("_AI @x_:", not snake_case).
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let word = |j: Option<&(usize, char)>| j.is_some_and(|(_, c)| c.is_alphanumeric());
        let edge = !word(k.checked_sub(1).and_then(|p| chars.get(p))) || !word(chars.get(k + 1));
        if matches!(c, '*' | '`') || (c == '_' && edge) {
            keep[i] = false;
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut map = vec![0usize; text.len() + 1];
    for (i, c) in text.char_indices() {
        map[i] = out.len();
        if keep[i] {
            out.push(c);
        }
        for m in map.iter_mut().take(i + c.len_utf8()).skip(i + 1) {
            *m = out.len();
        }
    }
    map[text.len()] = out.len();
    let ranges = ranges
        .iter()
        .filter(|r| r.start <= r.end && r.end <= text.len())
        .map(|r| map[r.start]..map[r.end])
        .filter(|r| r.start < r.end && out.is_char_boundary(r.start) && out.is_char_boundary(r.end))
        .collect();
    (out, ranges)
}

/// The text with the byte ranges highlighted, cut to `w` columns.
pub fn highlighted(text: &str, ranges: &[std::ops::Range<usize>], hl: Style, w: usize) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut pos = 0;
    let mut used = 0;
    let mut push = |s: &str, style: Option<Style>, used: &mut usize| {
        if *used >= w {
            return;
        }
        let cut = widgets::truncate(s, w - *used);
        *used += widgets::width(&cut);
        spans.push(match style {
            Some(st) => Span::styled(cut, st),
            None => Span::raw(cut),
        });
    };
    for r in ranges {
        if r.start < pos || r.end > text.len() || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
            continue;
        }
        push(&text[pos..r.start], None, &mut used);
        push(&text[r.start..r.end], Some(hl), &mut used);
        pos = r.end;
    }
    if pos <= text.len() {
        push(&text[pos..], None, &mut used);
    }
    spans
}

fn decisions(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo, focused: bool) {
    let rows = decision_rows(app);
    let inner = widgets::frame(
        app,
        area,
        buf,
        widgets::minutes_title(app, "Decisions", || format!("Decisions · {}", rows.len())),
        focused,
        &widgets::hints(app, &[(Action::Filter, "filter"), (Action::Open, "open"), (Action::Back, "back")], &[]),
    );
    let w = usize::from(inner.width);
    let t = &app.theme;
    // Each decision with its topic: the heading it was taken under.
    let cells: Vec<[String; 4]> = rows
        .iter()
        .map(|d| {
            [
                d.date.map(|d| d.to_string()).unwrap_or_else(|| "(no date)".into()),
                app.series_label(&d.series),
                sanitize_line(d.topic()).into_owned(),
                sanitize_line(d.own_words()).into_owned(),
            ]
        })
        .collect();
    let col = |h: &str, i: usize, cap: usize| Col::fixed(h, cells.iter().map(|c| c[i].as_str()), cap);
    let cols = [col("Date", 0, 10), col("Team", 1, 20), col("Topic", 2, 28), Col::flex()];
    let widths = widgets::column_widths(w, &cols);
    let inner = if inner.height > 2 {
        widgets::header_line(&["Date", "Team", "Topic", "Decision"], &widths, t.dim)
            .render(Rect { height: 1, ..inner }, buf);
        Rect { y: inner.y + 1, height: inner.height - 1, ..inner }
    } else {
        inner
    };
    let lines: Vec<Line> = rows
        .iter()
        .zip(cells)
        .map(|(d, [date, team, topic, text])| {
            widgets::row_line(
                vec![(date, t.dim), (team, t.series_style(&d.series)), (topic, t.title), (text, Style::default())],
                &widths,
            )
        })
        .collect();
    widgets::list(app, inner, buf, frame, &lines, &app.archive.decisions, 2, focused);
}

fn reader(app: &App, r: &Reader, area: Rect, buf: &mut Buffer) {
    let Some(m) = app.data.as_ref().and_then(|d| d.minutes.meeting(&r.path)) else {
        return;
    };
    // Series · date · title, without a title that only repeats the date
    // ("SIG Standardization · 2026-11-19", not "… · 2026-11-19 · 2026-11-19").
    let date = m.date.map(|d| d.to_string()).unwrap_or_default();
    let rest = if date.is_empty() { m.title.clone() } else { m.title.replace(&date, "") };
    let mut title = app.series_label(&m.series);
    for part in [date.as_str(), rest.trim().trim_matches(['-', '–', ':', '·']).trim()] {
        if !part.is_empty() {
            title.push_str(" · ");
            title.push_str(&sanitize_line(part));
        }
    }
    let hint = widgets::hints(
        app,
        &[
            (Action::PrevGroup, "heading"),
            (Action::NextGroup, "heading"),
            (Action::Left, "link"),
            (Action::Right, "link"),
            (Action::Open, "follow"),
            (Action::OpenUrl, "open"),
            (Action::Back, "back"),
        ],
        &[],
    );
    widgets::frame(app, area, buf, title, true, &hint);
    // The text as laid out in update (`app::archive::layout_reader`) for this area.
    let (Some(text), Some(rendered)) = (crate::app::layout::reader_text(area), r.lines()) else { return };
    let (inner, width) = (Rect { width: text.width + 1, ..text }, text.width);
    let h = usize::from(inner.height);
    let max = rendered.lines.len().saturating_sub(h);
    let s = r.scroll.min(max);
    let sel_link = r.link.and_then(|i| rendered.links.get(i));
    for (row, line) in rendered.lines.iter().skip(s).take(h).enumerate() {
        let y = inner.y + row as u16;
        let mut line = line.clone();
        if sel_link.is_some_and(|l| l.line == s + row) {
            line = line.patch_style(app.theme.selected);
        } else if r.mark.is_some_and(|(a, b)| (a..b).contains(&(s + row))) {
            line = line.patch_style(app.theme.today);
        }
        line.render(Rect { x: inner.x, y, width, height: 1 }, buf);
    }
    // Scroll position on the right edge.
    if rendered.lines.len() > h && h > 0 {
        let pos = (s * (h - 1)) / max.max(1);
        buf.set_string(inner.right() - 1, inner.y + pos as u16, "█", app.theme.dim);
    }
    if let Some(l) = sel_link {
        let room = usize::from(area.width.saturating_sub(4));
        let msg = format!(" {} ", middle_cut(&sanitize_line(&l.url), room));
        let y = area.bottom().saturating_sub(1);
        buf.set_string(area.x + 1, y, fit(&msg, usize::from(area.width.saturating_sub(2))), app.theme.link);
    }
}

/// A URL cut in the middle to `w` columns, so that its end (the file or
/// issue that tells links apart) stays: "https://github.com/Sov…/container/20261116.md".
pub fn middle_cut(url: &str, w: usize) -> String {
    if widgets::width(url) <= w || w < 8 {
        return fit(url, w).trim_end().to_string();
    }
    let chars: Vec<char> = url.chars().collect();
    let head = (w - 1) / 3;
    let tail = w - 1 - head;
    let head: String = chars[..head.min(chars.len())].iter().collect();
    let tail: String = chars[chars.len().saturating_sub(tail)..].iter().collect();
    format!("{head}…{tail}")
}

#[cfg(test)]
mod tests {
    use super::plain_hit;

    #[test]
    #[allow(clippy::single_range_in_vec_init)] // one hit: a slice of one range, not a range of indices
    fn hits_are_rendered_text() {
        let t = "- see [the standard](https://example.org/x) for **Ceph**";
        let ceph = t.find("Ceph").unwrap();
        let (out, r) = plain_hit(t, &[ceph..ceph + 4]);
        assert_eq!(out, "see the standard for Ceph");
        assert_eq!(&out[r[0].clone()], "Ceph");
        let url = t.find("example").unwrap();
        let (_, r) = plain_hit(t, &[url..url + 7]);
        assert!(r.is_empty(), "a match in the URL is not shown");
        let (out, _) = plain_hit("## Decisions: <https://x.org/a>", &[]);
        assert_eq!(out, "Decisions: https://x.org/a");
        let (out, _) = plain_hit("_AI @hkessler_: ask about snake_case", &[]);
        assert_eq!(out, "AI @hkessler: ask about snake_case");
        let (out, _) = plain_hit("plain äöü text", &[0..5]);
        assert_eq!(out, "plain äöü text");
    }
}
