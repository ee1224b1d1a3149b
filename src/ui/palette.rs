//! The command palette overlay (`:`): the query, then the matching actions
//! with their config names and keys, the matched characters marked. Reads
//! [`crate::app::palette::matches`], the same list the keys act on; writes
//! nothing but the buffer.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::widgets::{self, Col};
use crate::app::palette::{self, Palette};
use crate::app::App;

/// The widest the palette gets.
const MAX_WIDTH: u16 = 88;

pub fn render(app: &App, p: &Palette, body: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let matches = palette::matches(app);
    let total = palette::entries(app).len();
    let w = MAX_WIDTH.min(body.width.saturating_sub(4));
    // A fixed top, so the box does not jump while the list shrinks.
    let top = body.y + 1.min(body.height.saturating_sub(5));
    let room = body.bottom().saturating_sub(top + 1);
    let h = (matches.len().max(1) as u16 + 4).min(room);
    if w < 20 || h < 5 {
        return;
    }
    let area = Rect { x: body.x + (body.width - w) / 2, y: top, width: w, height: h };
    Clear.render(area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border_focus)
        .title(Span::styled(format!(" Run an action · {} ", app.pane.title()), t.title))
        .title_bottom(Line::from(" ↑↓ move · Enter runs · Esc closes ").right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);

    // The query line: ":quer▏" and the count on the right.
    let count = format!("{}/{total} ", matches.len());
    let query = crate::text::sanitize_line(&p.query);
    let qw = usize::from(inner.width).saturating_sub(widgets::width(&count) + 1);
    let shown = format!(":{query}▏");
    // A long query shows its end (where the typing is).
    let shown: String = if widgets::width(&shown) > qw {
        let chars: Vec<char> = shown.chars().collect();
        let keep = qw.saturating_sub(1);
        std::iter::once('…').chain(chars[chars.len().saturating_sub(keep)..].iter().copied()).collect()
    } else {
        shown
    };
    buf.set_string(inner.x, inner.y, widgets::fit(&shown, qw), t.base);
    buf.set_string(inner.right().saturating_sub(widgets::width(&count) as u16), inner.y, &count, t.dim);
    // A rule under the query.
    let rule = "─".repeat(usize::from(inner.width));
    buf.set_string(inner.x, inner.y + 1, &rule, t.border);

    let list = Rect { y: inner.y + 2, height: inner.height.saturating_sub(2), ..inner };
    if matches.is_empty() {
        buf.set_string(list.x + 1, list.y, "no action matches", t.dim);
        return;
    }
    let visible = usize::from(list.height).max(1);
    let sel = p.selected.min(matches.len() - 1);
    let first = sel.saturating_sub(visible - 1);
    // Columns: what it does | config name | keys, one space at each edge.
    let names = matches.iter().map(|m| m.entry.name.as_str());
    let keys = matches.iter().map(|m| m.entry.keys.as_str());
    let cols = [Col::flex(), Col::fixed("", names, 16), Col::fixed("", keys, 18)];
    let widths = widgets::column_widths(usize::from(list.width).saturating_sub(2), &cols);
    for (i, m) in matches.iter().enumerate().skip(first).take(visible) {
        let y = list.y + (i - first) as u16;
        let r = Rect { y, height: 1, ..list };
        let mut spans = vec![Span::raw(" ")];
        spans.extend(widgets::marked_cell(&m.entry.title, widths[0], &m.title_marks, t.base, t.highlight));
        spans.push(Span::raw(" "));
        spans.extend(widgets::marked_cell(&m.entry.name, widths[1], &m.name_marks, t.dim, t.highlight));
        spans.push(Span::raw(" "));
        let keys = format!("{:>w$}", widgets::truncate(&m.entry.keys, widths[2]), w = widths[2]);
        spans.push(Span::styled(keys, t.title));
        Line::from(spans).render(r, buf);
        if i == sel {
            widgets::select_row(app, r, buf);
        }
    }
}
