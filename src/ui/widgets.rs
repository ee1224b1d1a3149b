//! Small drawing helpers shared by the panes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::app::list::ListState;
use crate::app::App;

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
pub fn frame(app: &App, area: Rect, buf: &mut Buffer, title: impl Into<String>, focused: bool, hint: &str) -> Rect {
    let mut b = block(app, title, focused);
    if !hint.is_empty() {
        b = b.title_bottom(Line::from(hint.to_string()).right_aligned());
    }
    let inner = b.inner(area);
    b.render(area, buf);
    inner
}

/// Draw `rows` (already filtered) as a scrolling list with the selection,
/// and record the area for mouse clicks under `list_id`.
pub fn list(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    rows: &[Line<'_>],
    state: &ListState,
    list_id: usize,
    focused: bool,
) {
    let height = usize::from(area.height);
    let offset = state.offset(height);
    if focused {
        app.page.set(height.max(1));
    }
    app.hits.borrow_mut().lists.push((area, offset, list_id));
    for (i, row) in rows.iter().enumerate().skip(offset).take(height) {
        let y = area.y + (i - offset) as u16;
        let r = Rect { y, height: 1, ..area };
        row.clone().render(r, buf);
        if i == state.selected && focused {
            buf.set_style(r, app.theme.selected);
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
        let msg = if state.filter.is_empty() { "nothing here" } else { "no match for the filter" };
        buf.set_string(area.x + 1, area.y, msg, app.theme.dim);
    }
}

/// Pad or cut `s` to exactly `w` display columns (an ellipsis marks a cut).
pub fn fit(s: &str, w: usize) -> String {
    let mut out = String::new();
    let mut used = width(s);
    if used <= w {
        out.push_str(s);
    } else {
        used = 0;
        if w > 0 {
            for c in s.chars() {
                let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if used + cw > w - 1 {
                    break;
                }
                out.push(c);
                used += cw;
            }
            out.push('…');
            used += 1;
        }
    }
    out.extend(std::iter::repeat_n(' ', w.saturating_sub(used)));
    out
}

/// Cut `s` to at most `w` display columns (an ellipsis marks the cut), no padding.
pub fn truncate(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    fit(s, w).trim_end_matches(' ').to_string()
}

/// Display width of a string.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_pads_and_cuts() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(width(&fit("日本語テキスト", 5)), 5);
        assert_eq!(fit("x", 0), "");
    }
}
