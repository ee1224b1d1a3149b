//! Small drawing helpers shared by the panes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::app::list::ListState;
use crate::app::{App, FrameInfo};

/// A message in the middle of an area.
pub fn centered_message(area: Rect, buf: &mut Buffer, msg: &str, style: Style) {
    if area.height == 0 {
        return;
    }
    let y = area.y + area.height / 2;
    let r = Rect { y, height: (area.bottom() - y).min(3), ..area };
    Paragraph::new(Line::from(Span::styled(msg.to_string(), style)).centered())
        .wrap(Wrap { trim: true })
        .render(r, buf);
}

/// A bordered block with a title; focused blocks get the accent border.
pub fn block<'a>(app: &App, title: impl Into<String>, focused: bool) -> Block<'a> {
    let t = &app.theme;
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused { t.border_focus } else { t.border })
        .title(Span::styled(format!(" {} ", title.into()), if focused { t.title } else { t.dim }))
}

/// Draw a bordered block (title, key hint at the bottom right) and return its inside.
/// A title too long for the border ends in "…"; a hint keeps the hints that fit.
pub fn frame(app: &App, area: Rect, buf: &mut Buffer, title: impl Into<String>, focused: bool, hint: &str) -> Rect {
    // two corners and the spaces around the title
    let room = usize::from(area.width).saturating_sub(4);
    let mut b = block(app, truncate(&title.into(), room), focused);
    let hint = fit_hint(hint, usize::from(area.width).saturating_sub(2));
    if !hint.is_empty() {
        b = b.title_bottom(Line::from(hint).right_aligned());
    }
    let inner = b.inner(area);
    b.render(area, buf);
    inner
}

/// Draw `rows` (already filtered) as a scrolling list with the selection,
/// and record in `frame` the area for mouse clicks under `list_id`, the first
/// row shown and (focused) the page height. While the list has a filter, the
/// characters of each row that match it are marked.
#[allow(clippy::too_many_arguments)]
pub fn list(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    frame: &mut FrameInfo,
    rows: &[Line<'_>],
    state: &ListState,
    list_id: usize,
    focused: bool,
) {
    draw_list(app, area, buf, frame, rows, state, list_id, focused, true);
}

/// [`list`] for rows that mark their matches themselves (the archive's
/// full-text search, whose query is no fuzzy filter).
#[allow(clippy::too_many_arguments)]
pub fn list_premarked(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    frame: &mut FrameInfo,
    rows: &[Line<'_>],
    state: &ListState,
    list_id: usize,
    focused: bool,
) {
    draw_list(app, area, buf, frame, rows, state, list_id, focused, false);
}

#[allow(clippy::too_many_arguments)]
fn draw_list(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    frame: &mut FrameInfo,
    rows: &[Line<'_>],
    state: &ListState,
    list_id: usize,
    focused: bool,
    mark_filter: bool,
) {
    let height = usize::from(area.height);
    let offset = state.first_visible(height, rows.len());
    if focused {
        frame.page = Some(height.max(1));
    }
    frame.hits.lists.push((area, offset, list_id));
    frame.offsets.push((list_id, offset));
    let mut fuzzy = (mark_filter && !state.filter.trim().is_empty()).then(|| state.fuzzy());
    for (i, row) in rows.iter().enumerate().skip(offset).take(height) {
        let y = area.y + (i - offset) as u16;
        let r = Rect { y, height: 1, ..area };
        match fuzzy.as_mut() {
            Some(f) => mark_fuzzy(row, f, app.theme.highlight).render(r, buf),
            None => row.clone().render(r, buf),
        }
        if i == state.selected && focused {
            select_row(app, r, buf);
        } else if i == state.selected {
            buf.set_style(
                r,
                app.theme
                    .selected
                    .remove_modifier(ratatui::style::Modifier::BOLD)
                    .bg(ratatui::style::Color::Reset)
                    .add_modifier(ratatui::style::Modifier::UNDERLINED),
            );
        }
    }
    if rows.is_empty() {
        // Lists of the minutes say they are not read yet, never "nothing".
        let reading = reading(app).filter(|_| app.pane != crate::app::PaneId::Editor);
        let msg = match &reading {
            Some(r) => r.as_str(),
            None if state.filter.is_empty() => "nothing here",
            None => "no match for the filter",
        };
        buf.set_string(area.x + 1, area.y, fit(msg, usize::from(area.width.saturating_sub(1))), app.theme.dim);
    }
}

/// On a first start's calendar-only answer ([`crate::data::Data::reading`]):
/// what the panes of the minutes say instead of an empty list.
pub fn reading(app: &App) -> Option<String> {
    let n = app.data.as_ref()?.reading?;
    Some(format!("reading {n} meeting files…"))
}

/// A minutes pane's title: `title`, or `<name> · reading…` while a first
/// start reads the minutes (its counts would read as "none").
pub fn minutes_title(app: &App, name: &str, title: impl FnOnce() -> String) -> String {
    if app.data.as_ref().is_some_and(|d| d.reading.is_some()) {
        format!("{name} · reading…")
    } else {
        title()
    }
}

/// Paint a row as selected; marked matches (`theme.highlight`) keep standing
/// out on the selection colour (`theme.highlight_selected`).
pub fn select_row(app: &App, r: Rect, buf: &mut Buffer) {
    let hl = app.theme.highlight;
    let hl_bg = hl.bg.unwrap_or(ratatui::style::Color::Reset);
    let y = r.y;
    let matched: Vec<u16> = (r.left()..r.right())
        .filter(|&x| {
            let c = &buf[(x, y)];
            c.bg == hl_bg && c.modifier.contains(hl.add_modifier) && hl != Style::default()
        })
        .collect();
    buf.set_style(r, app.theme.selected);
    for x in matched {
        buf[(x, y)].set_style(app.theme.highlight_selected);
    }
}

/// A row with the characters that match the fuzzy filter marked in `style`
/// (each word of the filter where it matches best in the row's text).
pub fn mark_fuzzy(line: &Line<'_>, fuzzy: &mut crate::search::fuzzy::Fuzzy, style: Style) -> Line<'static> {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    mark_chars(line, &fuzzy.highlights(&text), style)
}

/// A line with the chars at `marks` (char indices over all its spans,
/// sorted) patched with `style`; the line's own style and alignment kept.
pub fn mark_chars(line: &Line<'_>, marks: &[usize], style: Style) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut marks = marks.iter().copied().peekable();
    let mut i = 0usize;
    for s in &line.spans {
        let mut cur = String::new();
        let mut cur_marked = false;
        for c in s.content.chars() {
            while marks.peek().is_some_and(|&m| m < i) {
                marks.next();
            }
            let marked = marks.peek() == Some(&i);
            if marked != cur_marked && !cur.is_empty() {
                let st = if cur_marked { s.style.patch(style) } else { s.style };
                spans.push(Span::styled(std::mem::take(&mut cur), st));
            }
            cur_marked = marked;
            cur.push(c);
            i += 1;
        }
        if !cur.is_empty() {
            let st = if cur_marked { s.style.patch(style) } else { s.style };
            spans.push(Span::styled(cur, st));
        }
    }
    let mut out = Line::from(spans).style(line.style);
    out.alignment = line.alignment;
    out
}

/// `text` fitted to `w` columns as spans: the chars at `marks` (char indices,
/// sorted) in `base` patched with `mark`, the rest in `base`.
pub fn marked_cell(text: &str, w: usize, marks: &[usize], base: Style, mark: Style) -> Vec<Span<'static>> {
    let fitted = fit(text, w);
    // Past a cut ("…") the indices no longer point at the text's chars.
    let cut = if width(text) > w { fitted.chars().count().saturating_sub(1) } else { usize::MAX };
    let marks: Vec<usize> = marks.iter().copied().filter(|&m| m < cut).collect();
    mark_chars(&Line::from(Span::styled(fitted, base)), &marks, mark).spans
}

/// Pad or cut `s` to exactly `w` display columns (an ellipsis marks a cut).
pub fn fit(s: &str, w: usize) -> String {
    crate::text::pad_width(s, w)
}

/// Cut `s` to at most `w` display columns (an ellipsis marks the cut), no padding.
pub fn truncate(s: &str, w: usize) -> String {
    crate::text::fit_width(s, w).into_owned()
}

/// One column of a table: the widest cell (header included) and whether
/// it is the text column that takes what is left.
#[derive(Debug, Clone, Copy)]
pub struct Col {
    pub want: usize,
    pub flex: bool,
}

impl Col {
    /// A column as wide as its widest cell, at most `cap`.
    pub fn fixed<'a>(header: &str, cells: impl IntoIterator<Item = &'a str>, cap: usize) -> Col {
        let want = cells.into_iter().map(width).chain([width(header)]).max().unwrap_or(0).min(cap);
        Col { want, flex: false }
    }
    /// The text column: gets what the others leave, at least 40 % of the width.
    pub fn flex() -> Col {
        Col { want: 0, flex: true }
    }
}

/// Widths of table columns in `total` display columns with one space
/// between columns. Fixed columns get their content width; when that leaves
/// the flex column less than 40 % of `total`, the widest fixed columns give
/// way (down to 3 columns each, cut with "…").
pub fn column_widths(total: usize, cols: &[Col]) -> Vec<usize> {
    let gaps = cols.len().saturating_sub(1);
    let avail = total.saturating_sub(gaps);
    let has_flex = cols.iter().any(|c| c.flex);
    let mut w: Vec<usize> = cols.iter().map(|c| if c.flex { 0 } else { c.want }).collect();
    let flex_min = if has_flex { total * 2 / 5 } else { 0 };
    loop {
        let fixed: usize = w.iter().sum();
        if fixed + flex_min <= avail {
            break;
        }
        // Shrink the widest fixed column that can still give way.
        let Some((i, _)) =
            w.iter().enumerate().filter(|(i, x)| !cols[*i].flex && **x > 3).max_by_key(|(i, x)| (**x, usize::MAX - i))
        else {
            break;
        };
        w[i] -= 1;
    }
    let fixed: usize = w.iter().sum();
    if let Some(i) = cols.iter().position(|c| c.flex) {
        w[i] = avail.saturating_sub(fixed);
    }
    w
}

/// A header line for a table with the given widths (one space between columns).
pub fn header_line(names: &[&str], widths: &[usize], style: Style) -> Line<'static> {
    let mut s = String::new();
    for (i, (n, w)) in names.iter().zip(widths).enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&fit(n, *w));
    }
    Line::from(Span::styled(s, style))
}

/// A table row: each cell fitted to its width, one space between cells.
pub fn row_line(cells: Vec<(String, Style)>, widths: &[usize]) -> Line<'static> {
    let mut spans = Vec::with_capacity(cells.len() * 2);
    for (i, ((text, style), w)) in cells.into_iter().zip(widths).enumerate() {
        if i > 0 {
            spans.push(Span::raw(" "));
        }
        spans.push(Span::styled(fit(&text, *w), style));
    }
    Line::from(spans)
}

/// A key hint line drawn from the keymap: " m mine · / filter · Enter open ".
/// Unbound actions are left out; `fixed` are pane letters that are not remappable.
pub fn hints(app: &App, actions: &[(crate::app::Action, &str)], fixed: &[(&str, &str)]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut last_what = "";
    for (a, what) in actions {
        if let Some(k) = app.keymap.hint(*a) {
            // "[ ] week": two actions with one description share it.
            match parts.last_mut() {
                Some(p) if *what == last_what => {
                    *p = format!("{} {k} {what}", p.strip_suffix(*what).unwrap_or(p).trim_end())
                }
                _ => parts.push(format!("{k} {what}")),
            }
            last_what = what;
        }
    }
    parts.extend(fixed.iter().map(|(k, w)| format!("{k} {w}")));
    if parts.is_empty() {
        String::new()
    } else {
        format!(" {} ", parts.join(" · "))
    }
}

/// A key hint line (" a x · b y · c z ") cut to `w` columns: whole hints
/// from the left (the pane's main keys come first), never half a hint and
/// never over the border's corner.
pub fn fit_hint(hint: &str, w: usize) -> String {
    if width(hint) <= w {
        return hint.to_string();
    }
    let parts: Vec<&str> = hint.trim().split(" · ").collect();
    for n in (1..parts.len()).rev() {
        let s = format!(" {} ", parts[..n].join(" · "));
        if width(&s) <= w {
            return s;
        }
    }
    String::new()
}

/// A line cut to `w` columns, with "…" where it was cut.
pub fn fit_line(line: Line<'static>, w: usize) -> Line<'static> {
    if line.width() <= w {
        return line;
    }
    let mut left = w;
    let mut spans = Vec::new();
    for sp in line.spans {
        let sw = width(&sp.content);
        if sw < left {
            left -= sw;
            spans.push(sp);
        } else {
            // Cut here: the "…" shows there was more, also at a span's end.
            let cut = if sw == left { fit(&format!("{}…", sp.content), left) } else { truncate(&sp.content, left) };
            spans.push(Span::styled(cut, sp.style));
            break;
        }
    }
    Line::from(spans)
}

/// Display width of a string.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_split_spans_at_char_indices() {
        let hl = Style::default().add_modifier(ratatui::style::Modifier::REVERSED);
        let line = Line::from(vec![
            Span::raw("Grüße "),
            Span::styled("Ende", Style::default().add_modifier(ratatui::style::Modifier::BOLD)),
        ]);
        let out = mark_chars(&line, &[0, 1, 6], hl);
        let parts: Vec<(&str, bool)> =
            out.spans.iter().map(|s| (s.content.as_ref(), s.style.add_modifier.contains(hl.add_modifier))).collect();
        assert_eq!(parts, [("Gr", true), ("üße ", false), ("E", true), ("nde", false)]);
        // The second span keeps its bold under the mark.
        assert!(out.spans[2].style.add_modifier.contains(ratatui::style::Modifier::BOLD));
        // A cut cell drops the marks past the ellipsis.
        let cell = marked_cell("abcdef", 4, &[0, 4], Style::default(), hl);
        let text: String = cell.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "abc…");
        assert_eq!(cell.iter().filter(|s| s.style == hl).count(), 1);
    }

    #[test]
    fn fit_pads_and_cuts() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(width(&fit("日本語テキスト", 5)), 5);
        assert_eq!(fit("x", 0), "");
    }

    #[test]
    fn columns_leave_the_text_column_forty_percent() {
        let cols = [Col { want: 20, flex: false }, Col::flex(), Col { want: 30, flex: false }];
        let w = column_widths(60, &cols);
        assert_eq!(w.iter().sum::<usize>() + 2, 60);
        assert!(w[1] >= 24, "{w:?}");
        let w = column_widths(200, &cols);
        assert_eq!(w, vec![20, 148, 30]);
        // Degenerate sizes never panic.
        assert_eq!(column_widths(0, &cols).len(), 3);
    }
}
