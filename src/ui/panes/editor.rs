//! Editor pane (placeholder until the editor engine is wired in).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::App;
use crate::ui::widgets;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let block = widgets::block(app, "Editor", true);
    let inner = block.inner(area);
    block.render(area, buf);
    widgets::centered_message(inner, buf, "No drafts yet.", app.theme.dim);
}
