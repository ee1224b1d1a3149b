//! What the app knows of the screen: the facts a drawn frame reports back
//! ([`FrameInfo`]: its size, the click areas, the focused list's page height,
//! the first row shown of each list) and the geometry that view state laid
//! out in update depends on (the archive reader's text area). The drawing
//! code (`ui/`) uses the same functions, so what update lays out is what
//! the frame shows.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Block;

use super::PaneId;

/// The smallest terminal the dashboard draws into.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;

/// Screen areas of the last frame, for mouse hits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HitMap {
    /// Tab areas, by pane.
    pub tabs: Vec<(Rect, PaneId)>,
    /// The focused pane's list area, its first visible row index, and an id
    /// of the list (pane specific, e.g. overview box number).
    pub lists: Vec<(Rect, usize, usize)>,
}

/// What one drawn frame reports back to the app (the runner hands it to
/// [`super::App::on_drawn`]): drawing reads the state and writes only this.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrameInfo {
    /// The whole frame.
    pub area: Rect,
    /// Areas for mouse clicks.
    pub hits: HitMap,
    /// Rows (the board: cards) per page of the focused list, if one was drawn.
    pub page: Option<usize>,
    /// The first row shown of each list drawn: (list id, row), the ids of [`HitMap::lists`].
    pub offsets: Vec<(usize, usize)>,
    /// The width of the draft's text widget, if it was drawn (the preview
    /// is rendered in update for it).
    pub editor_width: Option<u16>,
}

/// Whether the dashboard draws into `screen` at all (else "too small").
pub fn fits(screen: Rect) -> bool {
    screen.width >= MIN_WIDTH && screen.height >= MIN_HEIGHT
}

/// The screen's rows: tabs, body, status line.
pub fn chrome(screen: Rect) -> [Rect; 3] {
    Layout::vertical([Constraint::Length(1), Constraint::Min(1), Constraint::Length(1)]).areas(screen)
}

/// The archive's body: the list on the left and, when a meeting is open, the
/// reader on the right (on narrow terminals the reader alone).
pub fn archive_split(body: Rect, reader_open: bool) -> (Option<Rect>, Option<Rect>) {
    match (reader_open, body.width >= 100) {
        (true, true) => {
            let [l, r] = Layout::horizontal([Constraint::Percentage(35), Constraint::Percentage(65)]).areas(body);
            (Some(l), Some(r))
        }
        (true, false) => (None, Some(body)),
        (false, _) => (Some(body), None),
    }
}

/// The reader's text area inside its bordered box (the last column keeps
/// the scroll mark); None when too small to show text.
pub fn reader_text(reader: Rect) -> Option<Rect> {
    let inner = Block::bordered().inner(reader);
    if inner.width < 4 || inner.height < 2 {
        return None;
    }
    Some(Rect { width: inner.width - 1, ..inner })
}

/// The reader's text area on a screen of this size, if the reader shows there.
pub fn reader_text_on(screen: Rect) -> Option<Rect> {
    if !fits(screen) {
        return None;
    }
    let [_, body, _] = chrome(screen);
    archive_split(body, true).1.and_then(reader_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reader_text_area_by_screen_size() {
        // Wide: the right 65 % of the body, inside the border, less the scroll column.
        let r = reader_text_on(Rect::new(0, 0, 120, 40)).unwrap();
        assert_eq!((r.y, r.height), (2, 36));
        assert_eq!(r.width, 78 - 2 - 1);
        // Narrow: the whole body.
        let r = reader_text_on(Rect::new(0, 0, 80, 24)).unwrap();
        assert_eq!((r.x, r.width, r.height), (1, 77, 20));
        // Too small, or nothing known yet.
        assert_eq!(reader_text_on(Rect::new(0, 0, 59, 40)), None);
        assert_eq!(reader_text_on(Rect::default()), None);
    }
}
