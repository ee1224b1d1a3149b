//! Selection, scrolling and the as-you-type filter shared by every list.

use super::keymap::Action;
use crate::search::fuzzy::Fuzzy;

/// State of one navigable list. The rows themselves are derived from the
/// data at render time; the list only remembers where the user is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListState {
    pub selected: usize,
    /// The first row shown in the last frame (kept by [`super::App::on_drawn`]):
    /// the view scrolls only when the selection leaves it.
    pub offset: usize,
    /// The filter text; rows must match every word of it, fuzzy and
    /// case-insensitive ([`filter_matches`]).
    pub filter: String,
    /// True while the user types into the filter.
    pub editing: bool,
    /// The filter before `/` was pressed: Esc while typing goes back to it.
    pub before: String,
}

impl ListState {
    /// `/`: start typing into the filter.
    pub fn start_editing(&mut self) {
        self.before = self.filter.clone();
        self.editing = true;
    }

    /// Move the selection for a navigation action over `len` rows, `page` rows
    /// per page. Returns whether anything changed.
    pub fn navigate(&mut self, action: Action, len: usize, page: usize) -> bool {
        let before = self.selected;
        let last = len.saturating_sub(1);
        let page = page.max(1);
        self.selected = match action {
            Action::Up => self.selected.saturating_sub(1),
            Action::Down => (self.selected + 1).min(last),
            Action::PageUp => self.selected.saturating_sub(page),
            Action::PageDown => (self.selected + page).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            _ => self.selected,
        };
        self.clamp(len);
        before != self.selected
    }

    /// Keep the selection inside `len` rows.
    pub fn clamp(&mut self, len: usize) {
        if self.selected >= len {
            self.selected = len.saturating_sub(1);
        }
    }

    /// The filter as a fuzzy matcher: make one per pass over the rows and
    /// ask it per row (`Fuzzy::matches`); the panes mark the matched
    /// characters with it too (`Fuzzy::highlights`).
    pub fn fuzzy(&self) -> Fuzzy {
        Fuzzy::new(&self.filter)
    }

    /// The first row to show of `len` rows in `height`: the last frame's
    /// first row, moved only as far as needed to show the selection, and
    /// never so far that rows are left empty at the end.
    pub fn first_visible(&self, height: usize, len: usize) -> usize {
        if height == 0 {
            return 0;
        }
        let first = self.offset.min(len.saturating_sub(height));
        if self.selected < first {
            self.selected
        } else if self.selected >= first + height {
            self.selected + 1 - height
        } else {
            first
        }
    }
}

/// Every whitespace-separated word of `filter` matches `haystack`: fuzzy
/// (its characters in order, not necessarily adjacent), ignoring case; the
/// syntax is in [`crate::search::fuzzy`].
pub fn filter_matches(filter: &str, haystack: &str) -> bool {
    crate::search::fuzzy::matches(filter, haystack)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn navigation_clamps() {
        let mut l = ListState::default();
        assert!(!l.navigate(Action::Up, 5, 2));
        assert!(l.navigate(Action::Bottom, 5, 2));
        assert_eq!(l.selected, 4);
        l.navigate(Action::PageUp, 5, 2);
        assert_eq!(l.selected, 2);
        l.navigate(Action::PageDown, 5, 10);
        assert_eq!(l.selected, 4);
        l.clamp(2);
        assert_eq!(l.selected, 1);
        l.navigate(Action::Down, 0, 1);
        assert_eq!(l.selected, 0);
    }

    #[test]
    fn filter_all_words_any_case() {
        assert!(filter_matches("vp12 OPEN", "VP12 (Health monitoring) open"));
        assert!(!filter_matches("vp12 awarded", "VP12 open"));
        assert!(filter_matches("  ", "x"));
        assert!(filter_matches("grüße", "GRÜSSE und Grüße"));
        // Fuzzy since issue #15: the characters in order, gaps allowed.
        assert!(filter_matches("hlth", "VP12 (Health monitoring) open"));
        assert!(!filter_matches("htlh", "VP12 (Health monitoring) open"));
    }

    #[test]
    fn first_visible_keeps_selection_visible() {
        let l = ListState { selected: 10, ..Default::default() };
        assert_eq!(l.first_visible(5, 30), 6);
        assert_eq!(l.first_visible(20, 30), 0);
        assert_eq!(l.first_visible(0, 30), 0);
    }

    #[test]
    fn first_visible_keeps_the_last_frames_offset() {
        // Scrolled down to row 20 of 30 in 5 rows: rows 16-20 are shown.
        let mut l = ListState { selected: 20, offset: 16, ..Default::default() };
        // Moving up inside the view does not scroll (the cursor leaves the bottom row).
        l.selected = 18;
        assert_eq!(l.first_visible(5, 30), 16);
        // Above the view: it scrolls up to the selection.
        l.selected = 3;
        assert_eq!(l.first_visible(5, 30), 3);
        // A list that shrank shows its last rows, none left empty.
        let l = ListState { selected: 2, offset: 16, ..Default::default() };
        assert_eq!(l.first_visible(5, 8), 2);
        let l = ListState { selected: 7, offset: 16, ..Default::default() };
        assert_eq!(l.first_visible(5, 8), 3);
    }
}
