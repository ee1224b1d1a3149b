//! The draft's text widget: the text area (line numbers, cursor, selection,
//! search matches), the preview half, the status line and the completion
//! popup, drawn from [`EditorState`]. It reads the state only: the preview's
//! lines were rendered in update ([`EditorState::refresh_preview`]).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::app::text_edit::{preview_split, EditorState, Popup};

/// The editor as a widget.
pub struct TextArea<'a>(pub &'a EditorState);

impl Widget for TextArea<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        render(self.0, area, buf);
    }
}

/// Draw the editor (text area, preview half when on, status line, popup) into `area`.
pub fn render(ed: &EditorState, area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let st = ed.styles();
    let [body, status] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    Paragraph::new(Line::from(crate::text::sanitize_line(&ed.status_line()).into_owned()))
        .style(st.status)
        .render(status, buf);
    if ed.draft_id().is_none() {
        let hint = Paragraph::new(vec![
            Line::from(""),
            Line::from(Span::styled("  No draft open.", st.hint)),
            Line::from(Span::styled("  Press n to start a new draft from the series' template.", st.hint)),
        ]);
        hint.render(body, buf);
        return;
    }
    let (text_area, preview_area) = preview_split(body, ed.preview_visible());
    ed.textarea().render(text_area, buf);
    if let Some(pa) = preview_area {
        render_preview(ed, pa, buf);
    }
    if let Some(p) = ed.popup() {
        render_popup(ed, p, text_area, buf);
    }
}

fn render_preview(ed: &EditorState, area: Rect, buf: &mut Buffer) {
    let st = ed.styles();
    let block = Block::default().borders(Borders::LEFT).title(" Preview ").style(st.preview);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let Some(lines) = ed.preview_lines() else {
        Paragraph::new(Span::styled("(no preview renderer)", st.hint)).render(inner, buf);
        return;
    };
    // Keep the preview roughly in step with the cursor.
    let total = ed.lines().len().max(1);
    let (row, _) = ed.cursor();
    let n = lines.len();
    let h = inner.height as usize;
    let anchor = row.saturating_mul(n) / total;
    let top = anchor.saturating_sub(h / 2).min(n.saturating_sub(h));
    let shown: Vec<Line<'static>> = lines.iter().skip(top).take(h).cloned().collect();
    Paragraph::new(shown).render(inner, buf);
}

fn render_popup(ed: &EditorState, p: &Popup, area: Rect, buf: &mut Buffer) {
    if area.width < 4 || area.height < 3 || p.items.is_empty() {
        return;
    }
    let st = ed.styles();
    let ta = ed.textarea();
    let sc = ta.screen_cursor();
    let (top_row, top_col) = ta.scroll_offset();
    let gutter = ta.line_number_width() as usize;
    let rel_row = sc.row.saturating_sub(top_row as usize).min(area.height as usize - 1);
    let rel_col = (gutter + sc.col.saturating_sub(top_col as usize)).min(area.width as usize - 1);
    let width = p
        .items
        .iter()
        .map(|s| unicode_width::UnicodeWidthStr::width(s.as_str()))
        .max()
        .unwrap_or(1)
        .saturating_add(4)
        .min(area.width as usize) as u16;
    let height = (p.items.len() as u16 + 2).min(area.height);
    let below = area.height as usize - rel_row - 1;
    let y = if below >= height as usize {
        area.y + rel_row as u16 + 1
    } else {
        area.y + (rel_row as u16).saturating_sub(height)
    };
    let x = (area.x + rel_col as u16).min(area.x + area.width - width);
    let rect = Rect::new(x, y, width, height).intersection(area);
    Clear.render(rect, buf);
    let lines: Vec<Line<'static>> = p
        .items
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let style = if i == p.selected { st.popup_selected } else { st.popup };
            Line::from(Span::styled(format!(" {} ", crate::text::sanitize_line(s)), style))
        })
        .collect();
    Paragraph::new(lines)
        .block(Block::default().borders(Borders::ALL).style(st.popup))
        .style(st.popup)
        .render(rect, buf);
}
