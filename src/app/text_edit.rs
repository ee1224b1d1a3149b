//! The draft's text being edited: a `ratatui_textarea::TextArea` with line numbers, soft
//! wrap, undo/redo, selection, clipboard hook, search, the live preview's lines, the
//! completion popup and dirty tracking for autosave. Drawing it is `ui::textarea`'s; the
//! markdown preview is computed here, in update ([`EditorState::refresh_preview`]), for
//! the width the last frame gave the editor ([`EditorState::set_area_width`]), never while
//! drawing.
//!
//! Keys (when a draft is open):
//! - typing, Enter, Backspace, Delete, arrows, Home/End, PageUp/PageDown: edit and move;
//!   Shift+movement selects; Ctrl+Left/Right by word, Ctrl+Up/Down by paragraph,
//!   Ctrl+Home/End to top/bottom; Alt+b/f/Backspace/d as in the widget (Emacs style).
//! - Ctrl-S save, Ctrl-G publish, Ctrl-E open in `$VISUAL`/`$EDITOR`, Ctrl-P preview toggle,
//!   Alt-Z soft-wrap toggle.
//! - Ctrl-Z or Ctrl-U undo, Ctrl-Y or Ctrl-R redo.
//! - Ctrl-A select all, Ctrl-C copy (only with a selection; else not consumed), Ctrl-X cut,
//!   Ctrl-V paste the last copied/cut text; copy and cut are also kept for the app to take
//!   ([`EditorState::take_copied`]), which puts them on the clipboard.
//! - Ctrl-K delete to line end, Ctrl-W / Ctrl-Backspace delete word, Ctrl-Delete next word.
//! - Ctrl-F find: type the query (case-insensitive, literal), Enter next match, Shift-Enter or
//!   Up previous, Esc ends the search.
//! - Enter at the end of a list item continues the list (`- `, `- [ ] `, `1. `); Enter on an
//!   empty item removes the marker; Alt+Enter is a plain newline.
//! - Tab or Ctrl-Space completion: Up/Down choose, Enter or Tab take, Esc closes; typing
//!   narrows the list. Tab with nothing to complete indents (spaces).
//! - Esc closes the popup/search, else drops a selection, else is not consumed (leave pane).
//!
//! Without a draft, only `n` is consumed (`NewDraft`).

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::editor::complete::{word_before_cursor, Completer};

/// Longest time unsaved text waits for its autosave: a deadline counted from the
/// first unsaved keystroke (not a pause after the last one).
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(2);
/// Most candidates shown in the completion popup.
const POPUP_ITEMS: usize = 8;

/// Renders markdown for the preview: `(text, width) -> lines`.
pub type PreviewFn = Box<dyn Fn(&str, u16) -> Vec<Line<'static>>>;

/// What the app should do after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorOutcome {
    /// The editor handled the key.
    Consumed,
    /// Not for the editor (e.g. Esc with nothing to close): the app may use it.
    NotConsumed,
    /// Ctrl-S: save the draft now.
    Save,
    /// Ctrl-G: publish (after a confirmation dialog).
    Publish,
    /// Ctrl-E: hand the draft to `$VISUAL`/`$EDITOR`.
    OpenExternalEditor,
    /// `n` with no draft open: start a new draft.
    NewDraft,
}

/// Styles of the editor's parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditorStyles {
    /// Text area.
    pub text: Style,
    /// Line number gutter.
    pub line_number: Style,
    /// The cursor's line.
    pub cursor_line: Style,
    /// The cursor cell.
    pub cursor: Style,
    /// Selected text.
    pub selection: Style,
    /// Search matches.
    pub search: Style,
    /// Status line.
    pub status: Style,
    /// Completion popup.
    pub popup: Style,
    /// Selected completion.
    pub popup_selected: Style,
    /// Preview border and text.
    pub preview: Style,
    /// Hint text (no draft open).
    pub hint: Style,
}

/// Without a theme: modifiers only, no colour (the app passes the theme's
/// styles with `set_styles`; colours live in `theme.rs`).
impl Default for EditorStyles {
    fn default() -> Self {
        let m = |m: Modifier| Style::default().add_modifier(m);
        EditorStyles {
            text: Style::default(),
            line_number: m(Modifier::DIM),
            cursor_line: Style::default(),
            cursor: m(Modifier::REVERSED),
            selection: m(Modifier::REVERSED),
            search: m(Modifier::REVERSED | Modifier::UNDERLINED),
            status: m(Modifier::REVERSED),
            popup: m(Modifier::REVERSED),
            popup_selected: m(Modifier::REVERSED | Modifier::BOLD),
            preview: Style::default(),
            hint: m(Modifier::DIM),
        }
    }
}

/// The completion popup: where the word starts, the candidates, the chosen one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Popup {
    pub start_col: usize,
    pub items: Vec<String>,
    pub selected: usize,
}

/// The preview's lines, rendered for a text generation and a width.
struct Preview {
    generation: u64,
    width: u16,
    lines: Vec<Line<'static>>,
}

/// The Editor pane's state.
pub struct EditorState {
    textarea: TextArea<'static>,
    draft_id: Option<String>,
    dirty: bool,
    last_edit: Option<Instant>,
    /// The first edit not covered by a save that was started (the autosave deadline
    /// runs from here).
    unsaved_since: Option<Instant>,
    generation: u64,
    completer: Completer,
    popup: Option<Popup>,
    search: Option<String>,
    preview_on: bool,
    preview: Option<PreviewFn>,
    /// The preview as last computed (by [`EditorState::refresh_preview`]).
    rendered: Option<Preview>,
    /// Width of the editor's area in the last frame that drew it.
    area_width: Option<u16>,
    /// Text copied or cut since the app last took it ([`EditorState::take_copied`]).
    copied: Option<String>,
    message: Option<String>,
    wrap: bool,
    focused: bool,
    styles: EditorStyles,
}

impl Default for EditorState {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for EditorState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EditorState")
            .field("draft_id", &self.draft_id)
            .field("dirty", &self.dirty)
            .field("lines", &self.textarea.lines().len())
            .field("cursor", &self.textarea.cursor())
            .finish_non_exhaustive()
    }
}

/// The editor's body split into the text and, with the preview on, the
/// preview half (the preview needs a body 20 columns wide). `ui::textarea`
/// draws with it; [`preview_width`] gives update the same width.
pub fn preview_split(
    body: ratatui::layout::Rect,
    preview_on: bool,
) -> (ratatui::layout::Rect, Option<ratatui::layout::Rect>) {
    use ratatui::layout::{Constraint, Layout};
    if preview_on && body.width >= 20 {
        let [l, r] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(body);
        (l, Some(r))
    } else {
        (body, None)
    }
}

/// The preview's text width in an editor area `width` wide (its left border
/// taken off); `None` when the preview has no room.
pub fn preview_width(width: u16) -> Option<u16> {
    let (_, r) = preview_split(ratatui::layout::Rect::new(0, 0, width, 1), true);
    r.map(|r| r.width.saturating_sub(1)).filter(|w| *w > 0)
}

/// Make text safe for the widget and the terminal: `\r\n` and lone `\r` become `\n`,
/// other control characters (but tab) are dropped.
fn clean_input(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The list marker at the start of `line`: (the line's prefix up to and including the
/// marker, the prefix for the next item).
fn list_marker(line: &str) -> Option<(String, String)> {
    let indent_len = line.len() - line.trim_start_matches([' ', '\t']).len();
    let (indent, rest) = line.split_at(indent_len);
    for (m, next) in [
        ("- [ ] ", "- [ ] "),
        ("- [x] ", "- [ ] "),
        ("- [X] ", "- [ ] "),
        ("* [ ] ", "* [ ] "),
        ("- ", "- "),
        ("* ", "* "),
        ("+ ", "+ "),
    ] {
        if rest.starts_with(m) {
            return Some((format!("{indent}{m}"), format!("{indent}{next}")));
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) && rest[digits..].starts_with(". ") {
        let n: u64 = rest[..digits].parse().ok()?;
        return Some((format!("{indent}{}. ", &rest[..digits]), format!("{indent}{}. ", n + 1)));
    }
    None
}

/// Escape regex metacharacters so a query matches literally.
fn regex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl EditorState {
    /// An editor with no draft open.
    pub fn new() -> Self {
        let mut s = EditorState {
            textarea: TextArea::default(),
            draft_id: None,
            dirty: false,
            last_edit: None,
            unsaved_since: None,
            generation: 0,
            completer: Completer::default(),
            popup: None,
            search: None,
            preview_on: false,
            preview: None,
            rendered: None,
            area_width: None,
            copied: None,
            message: None,
            wrap: true,
            focused: true,
            styles: EditorStyles::default(),
        };
        s.configure_textarea();
        s
    }

    /// Set up a fresh text area (also resets its undo history).
    fn configure_textarea(&mut self) {
        self.apply_styles();
        let ta = &mut self.textarea;
        ta.set_tab_length(2);
        ta.set_hard_tab_indent(false);
        ta.set_max_histories(1000);
        ta.set_wrap_mode(if self.wrap { WrapMode::WordOrGlyph } else { WrapMode::None });
    }

    /// Apply the styles to the text area (keeps text and history).
    fn apply_styles(&mut self) {
        let st = self.styles;
        let ta = &mut self.textarea;
        ta.set_style(st.text);
        ta.set_line_number_style(st.line_number);
        ta.set_cursor_line_style(if self.focused { st.cursor_line } else { st.text });
        ta.set_cursor_style(if self.focused { st.cursor } else { st.text });
        ta.set_selection_style(st.selection);
        ta.set_search_style(st.search);
    }

    /// Set the styles (applied to the text area at once).
    pub fn set_styles(&mut self, styles: EditorStyles) {
        self.styles = styles;
        self.apply_styles();
    }

    /// Show or hide the cursor highlight (the pane has or lost focus).
    pub fn set_focused(&mut self, focused: bool) {
        if self.focused != focused {
            self.focused = focused;
            self.apply_styles();
        }
    }

    /// Set the completion vocabulary.
    pub fn set_completer(&mut self, completer: Completer) {
        self.completer = completer;
    }

    /// Set the markdown renderer used by the preview.
    pub fn set_preview_renderer(&mut self, f: PreviewFn) {
        self.preview = Some(f);
        self.rendered = None;
        self.refresh_preview();
    }

    /// The width of the editor's area as the last frame drew it; returns
    /// whether the preview changed with it.
    pub fn set_area_width(&mut self, width: u16) -> bool {
        self.area_width = Some(width);
        self.refresh_preview()
    }

    /// Render the preview when it is shown and the text or the width
    /// changed since it was last rendered; returns whether it changed.
    pub fn refresh_preview(&mut self) -> bool {
        let (true, Some(f), Some(w)) = (self.preview_on, &self.preview, self.area_width) else { return false };
        let Some(width) = preview_width(w) else { return false };
        if self.rendered.as_ref().is_some_and(|p| p.generation == self.generation && p.width == width) {
            return false;
        }
        let lines = f(&self.text(), width);
        self.rendered = Some(Preview { generation: self.generation, width, lines });
        true
    }

    /// The preview's lines as last rendered (`None`: no renderer set).
    pub fn preview_lines(&self) -> Option<&[Line<'static>]> {
        self.preview.as_ref()?;
        Some(self.rendered.as_ref().map_or(&[][..], |p| p.lines.as_slice()))
    }

    /// The text area (for drawing it).
    pub fn textarea(&self) -> &TextArea<'static> {
        &self.textarea
    }

    /// The completion popup, when open.
    pub fn popup(&self) -> Option<&Popup> {
        self.popup.as_ref()
    }

    /// The styles of the editor's parts.
    pub fn styles(&self) -> &EditorStyles {
        &self.styles
    }

    /// The text copied or cut by the last keys, once: the app sends it to
    /// the clipboard (the widget writes nothing to the terminal).
    pub fn take_copied(&mut self) -> Option<String> {
        self.copied.take()
    }

    /// Open a draft: replace the text, clear history and the dirty flag.
    pub fn open(&mut self, draft_id: impl Into<String>, text: &str) {
        self.draft_id = Some(draft_id.into());
        self.set_text(text);
    }

    /// Close the draft (the caller saves first).
    pub fn close(&mut self) {
        self.draft_id = None;
        self.set_text("");
    }

    /// The open draft's id.
    pub fn draft_id(&self) -> Option<&str> {
        self.draft_id.as_deref()
    }

    /// Replace the whole text (e.g. after the external editor); resets undo history and the
    /// dirty flag. Control characters are removed; `\r\n` becomes `\n`.
    pub fn set_text(&mut self, text: &str) {
        let text = clean_input(text);
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        self.textarea = TextArea::new(lines);
        self.configure_textarea();
        self.dirty = false;
        self.last_edit = None;
        self.unsaved_since = None;
        self.generation += 1;
        self.popup = None;
        self.search = None;
        self.message = None;
        self.refresh_preview();
    }

    /// Replace the whole text as one edit (undoable, marks the draft modified),
    /// e.g. with the live pad's text. Control characters are removed.
    pub fn replace_all(&mut self, text: &str) {
        if self.draft_id.is_none() {
            return;
        }
        self.popup = None;
        self.textarea.select_all();
        let text = clean_input(text);
        if text.is_empty() {
            self.textarea.cut();
        } else {
            self.textarea.insert_str(&text);
        }
        self.textarea.cancel_selection();
        self.touched(Instant::now());
        self.refresh_preview();
    }

    /// The whole text, lines joined with `\n`.
    pub fn text(&self) -> String {
        self.textarea.lines().join("\n")
    }

    /// The lines of the text.
    pub fn lines(&self) -> &[String] {
        self.textarea.lines()
    }

    /// Cursor as (line, column), 0-based, column in chars.
    pub fn cursor(&self) -> (usize, usize) {
        let c = self.textarea.cursor();
        (c.0, c.1)
    }

    /// Move the cursor to (line, column), clamped to the text.
    pub fn set_cursor(&mut self, row: usize, col: usize) {
        let row = row.min(u16::MAX as usize) as u16;
        let col = col.min(u16::MAX as usize) as u16;
        self.textarea.move_cursor(CursorMove::Jump(row, col));
    }

    /// The selected range ((row, col), (row, col)), if any.
    pub fn selection(&self) -> Option<((usize, usize), (usize, usize))> {
        self.textarea.selection_range()
    }

    /// The internal yank buffer (last copied or cut text).
    pub fn yank_text(&self) -> String {
        self.textarea.yank_text()
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// When the text was last changed.
    pub fn last_edit(&self) -> Option<Instant> {
        self.last_edit
    }

    /// When the first edit not yet handed to a save was made.
    pub fn unsaved_since(&self) -> Option<Instant> {
        self.unsaved_since
    }

    /// A save of the current text starts: edits from now on start a new deadline.
    /// Returns the old start, to give back with [`EditorState::save_failed`].
    pub fn begin_save(&mut self) -> Option<Instant> {
        self.unsaved_since.take()
    }

    /// A save failed: the text is still unsaved; retry no earlier than `retry_from`
    /// plus the autosave delay (a full disk is not hammered).
    pub fn save_failed(&mut self, retry_from: Instant) {
        if self.dirty {
            self.unsaved_since = Some(self.unsaved_since.map_or(retry_from, |t| t.min(retry_from)));
        }
    }

    /// A counter that changes with every edit (to match a save with the text it saved).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The text was saved: clear the dirty flag.
    pub fn mark_saved(&mut self) {
        self.dirty = false;
        self.unsaved_since = None;
    }

    /// The text of `generation` was saved: clear the dirty flag only if nothing changed since.
    pub fn mark_saved_generation(&mut self, generation: u64) {
        if generation == self.generation {
            self.dirty = false;
            self.unsaved_since = None;
        }
    }

    /// True when there are unsaved changes and the first of them is at least 2 s before
    /// `now` (a deadline: steady typing does not push it back).
    pub fn autosave_due(&self, now: Instant) -> bool {
        self.dirty && self.unsaved_since.is_some_and(|t| now.saturating_duration_since(t) >= AUTOSAVE_DELAY)
    }

    /// Whether the preview is shown.
    pub fn preview_visible(&self) -> bool {
        self.preview_on
    }

    /// Show or hide the preview.
    pub fn set_preview_visible(&mut self, on: bool) {
        self.preview_on = on;
        self.refresh_preview();
    }

    /// Whether soft wrap is on.
    pub fn wrap(&self) -> bool {
        self.wrap
    }

    /// Turn soft wrap on or off.
    pub fn set_wrap(&mut self, on: bool) {
        self.wrap = on;
        self.textarea.set_wrap_mode(if on { WrapMode::WordOrGlyph } else { WrapMode::None });
    }

    /// Scroll the view by `rows` (negative: up), e.g. for the mouse wheel; the cursor follows.
    pub fn scroll(&mut self, rows: i16) {
        self.textarea.scroll((rows, 0));
    }

    /// Show a one-line message in the status line (e.g. "Saved", an error sentence).
    pub fn set_message(&mut self, msg: impl Into<String>) {
        self.message = Some(msg.into());
    }

    /// The completion candidates shown, if the popup is open.
    pub fn completion_items(&self) -> Option<(&[String], usize)> {
        self.popup.as_ref().map(|p| (p.items.as_slice(), p.selected))
    }

    /// The search query being typed, if search is active.
    pub fn search_query(&self) -> Option<&str> {
        self.search.as_deref()
    }

    /// The status line: draft id, modified flag, Ln/Col (1-based), message.
    pub fn status_line(&self) -> String {
        let Some(id) = &self.draft_id else {
            return "No draft open — press n to start one".to_string();
        };
        let (row, col) = self.cursor();
        let mut s = format!(" {id}");
        if self.dirty {
            s.push_str(" [modified]");
        }
        s.push_str(&format!("  Ln {}, Col {}", row + 1, col + 1));
        if let Some(q) = &self.search {
            s.push_str(&format!("  Find: {q}"));
        } else if let Some(m) = &self.message {
            s.push_str("  ");
            s.push_str(m);
        }
        s
    }

    fn touched(&mut self, now: Instant) {
        self.dirty = true;
        self.last_edit = Some(now);
        self.unsaved_since.get_or_insert(now);
        self.generation += 1;
        self.message = None;
    }

    /// Insert pasted text at the cursor (replacing a selection) as one undo step; fast for
    /// megabytes. Line endings are normalised and control characters dropped.
    pub fn handle_paste(&mut self, text: &str) {
        self.handle_paste_at(text, Instant::now());
    }

    /// [`Self::handle_paste`] with an explicit time (for tests).
    pub fn handle_paste_at(&mut self, text: &str, now: Instant) {
        if self.draft_id.is_none() {
            return;
        }
        self.popup = None;
        let text = clean_input(text);
        if self.textarea.insert_str(&text) {
            self.touched(now);
        }
        self.refresh_preview();
    }

    /// Handle a key press (uses `Instant::now()` for the autosave clock).
    pub fn handle_key(&mut self, key: KeyEvent) -> EditorOutcome {
        self.handle_key_at(key, Instant::now())
    }

    /// Handle a key press at `now`.
    pub fn handle_key_at(&mut self, key: KeyEvent, now: Instant) -> EditorOutcome {
        let out = self.key_at(key, now);
        self.refresh_preview();
        out
    }

    fn key_at(&mut self, key: KeyEvent, now: Instant) -> EditorOutcome {
        if key.kind == KeyEventKind::Release {
            return EditorOutcome::Consumed;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let shift = key.modifiers.contains(KeyModifiers::SHIFT);
        if self.draft_id.is_none() {
            return match key.code {
                KeyCode::Char('n') if !ctrl && !alt => EditorOutcome::NewDraft,
                _ => EditorOutcome::NotConsumed,
            };
        }

        // Completion popup.
        if let Some(p) = &mut self.popup {
            match key.code {
                KeyCode::Up => {
                    p.selected = if p.selected == 0 { p.items.len().saturating_sub(1) } else { p.selected - 1 };
                    return EditorOutcome::Consumed;
                }
                KeyCode::Down => {
                    p.selected = if p.selected + 1 >= p.items.len() { 0 } else { p.selected + 1 };
                    return EditorOutcome::Consumed;
                }
                KeyCode::Enter | KeyCode::Tab => {
                    let choice = p.items.get(p.selected).cloned();
                    let start = p.start_col;
                    self.popup = None;
                    if let Some(c) = choice {
                        self.apply_completion(start, &c, now);
                    }
                    return EditorOutcome::Consumed;
                }
                KeyCode::Esc => {
                    self.popup = None;
                    return EditorOutcome::Consumed;
                }
                KeyCode::Char(_) | KeyCode::Backspace if !ctrl && !alt => {
                    // Edit, then narrow the list.
                    let out = self.edit_key(key, now);
                    self.refresh_popup();
                    return out;
                }
                _ => self.popup = None,
            }
        }

        // Search input.
        if let Some(q) = &mut self.search {
            match key.code {
                KeyCode::Char(c) if !ctrl && !alt => {
                    q.push(c);
                    self.update_search(true);
                    return EditorOutcome::Consumed;
                }
                KeyCode::Backspace => {
                    q.pop();
                    self.update_search(true);
                    return EditorOutcome::Consumed;
                }
                KeyCode::Enter if shift => {
                    self.search_step(false);
                    return EditorOutcome::Consumed;
                }
                KeyCode::Enter | KeyCode::Down => {
                    self.search_step(true);
                    return EditorOutcome::Consumed;
                }
                KeyCode::Up => {
                    self.search_step(false);
                    return EditorOutcome::Consumed;
                }
                KeyCode::Char('f') if ctrl => {
                    self.search_step(true);
                    return EditorOutcome::Consumed;
                }
                KeyCode::Esc => {
                    self.end_search();
                    return EditorOutcome::Consumed;
                }
                _ => self.end_search(),
            }
        }

        if ctrl && !alt {
            return self.ctrl_key(key, shift, now);
        }
        match key.code {
            KeyCode::Esc => {
                if self.textarea.is_selecting() {
                    self.textarea.cancel_selection();
                    EditorOutcome::Consumed
                } else {
                    EditorOutcome::NotConsumed
                }
            }
            KeyCode::Tab if !alt => {
                if !self.open_completion(true, now) {
                    self.modify(|ta| ta.insert_tab(), now);
                }
                EditorOutcome::Consumed
            }
            KeyCode::BackTab => EditorOutcome::Consumed,
            KeyCode::Char('z') | KeyCode::Char('Z') if alt => {
                self.set_wrap(!self.wrap);
                EditorOutcome::Consumed
            }
            KeyCode::F(_) | KeyCode::Insert | KeyCode::Null => EditorOutcome::NotConsumed,
            KeyCode::Enter if !alt && !shift => {
                self.enter(now);
                EditorOutcome::Consumed
            }
            _ => self.edit_key(key, now),
        }
    }

    /// Enter: a new line; at the end of a list item the list continues (`- `, `* `, `+ `,
    /// `- [ ] `, `1. ` counting up, same indentation); Enter on an empty item ends the list
    /// by removing its marker. Alt+Enter always inserts a plain newline.
    fn enter(&mut self, now: Instant) {
        let (row, col) = self.cursor();
        let line = self.textarea.lines().get(row).cloned().unwrap_or_default();
        let at_end = col >= line.chars().count();
        let marker = if at_end && !self.textarea.is_selecting() { list_marker(&line) } else { None };
        match marker {
            Some((prefix, _)) if prefix.len() == line.len() => {
                // An empty item: end the list.
                self.textarea.move_cursor(CursorMove::Head);
                self.textarea.start_selection();
                self.textarea.move_cursor(CursorMove::End);
                // Replace the selection by nothing (not `cut`: keep the yank buffer).
                self.textarea.insert_str("");
                self.textarea.cancel_selection();
                self.touched(now);
            }
            Some((_, next)) => {
                self.textarea.insert_newline();
                self.textarea.insert_str(&next);
                self.touched(now);
            }
            None => {
                self.textarea.insert_newline();
                self.touched(now);
            }
        }
    }

    /// Pass a key to the text area, tracking modifications.
    fn edit_key(&mut self, key: KeyEvent, now: Instant) -> EditorOutcome {
        if self.textarea.input(key) {
            self.touched(now);
        }
        EditorOutcome::Consumed
    }

    fn modify(&mut self, f: impl FnOnce(&mut TextArea<'static>) -> bool, now: Instant) -> bool {
        let changed = f(&mut self.textarea);
        if changed {
            self.touched(now);
        }
        changed
    }

    fn move_with_shift(&mut self, m: CursorMove, shift: bool) {
        if shift {
            if !self.textarea.is_selecting() {
                self.textarea.start_selection();
            }
        } else {
            self.textarea.cancel_selection();
        }
        self.textarea.move_cursor(m);
    }

    fn ctrl_key(&mut self, key: KeyEvent, shift: bool, now: Instant) -> EditorOutcome {
        use EditorOutcome::*;
        let c = match key.code {
            KeyCode::Char(c) => c.to_ascii_lowercase(),
            KeyCode::Left => {
                self.move_with_shift(CursorMove::WordBack, shift);
                return Consumed;
            }
            KeyCode::Right => {
                self.move_with_shift(CursorMove::WordForward, shift);
                return Consumed;
            }
            KeyCode::Up => {
                self.move_with_shift(CursorMove::ParagraphBack, shift);
                return Consumed;
            }
            KeyCode::Down => {
                self.move_with_shift(CursorMove::ParagraphForward, shift);
                return Consumed;
            }
            KeyCode::Home => {
                self.move_with_shift(CursorMove::Top, shift);
                self.move_with_shift(CursorMove::Head, shift);
                return Consumed;
            }
            KeyCode::End => {
                self.move_with_shift(CursorMove::Bottom, shift);
                self.move_with_shift(CursorMove::End, shift);
                return Consumed;
            }
            KeyCode::Backspace => {
                self.modify(|ta| ta.delete_word(), now);
                return Consumed;
            }
            KeyCode::Delete => {
                self.modify(|ta| ta.delete_next_word(), now);
                return Consumed;
            }
            KeyCode::Null => {
                self.open_completion(false, now);
                return Consumed;
            }
            _ => return NotConsumed,
        };
        match c {
            's' => Save,
            'g' => Publish,
            'e' => OpenExternalEditor,
            'p' => {
                self.preview_on = !self.preview_on;
                Consumed
            }
            'f' => {
                self.search = Some(String::new());
                Consumed
            }
            ' ' | '@' => {
                self.open_completion(false, now);
                Consumed
            }
            'z' | 'u' => {
                self.modify(|ta| ta.undo(), now);
                Consumed
            }
            'y' | 'r' => {
                self.modify(|ta| ta.redo(), now);
                Consumed
            }
            'a' => {
                self.textarea.select_all();
                Consumed
            }
            'c' => {
                if self.textarea.is_selecting() {
                    self.textarea.copy();
                    self.send_clipboard();
                    Consumed
                } else {
                    NotConsumed
                }
            }
            'x' => {
                if self.modify(|ta| ta.cut(), now) {
                    self.send_clipboard();
                }
                Consumed
            }
            'v' => {
                self.modify(|ta| ta.paste(), now);
                Consumed
            }
            'k' => {
                self.modify(|ta| ta.delete_line_by_end(), now);
                Consumed
            }
            'w' | 'h' => {
                self.modify(
                    |ta| {
                        if c == 'w' {
                            ta.delete_word()
                        } else {
                            ta.delete_char()
                        }
                    },
                    now,
                );
                Consumed
            }
            'd' => {
                self.modify(|ta| ta.delete_next_char(), now);
                Consumed
            }
            _ => NotConsumed,
        }
    }

    fn send_clipboard(&mut self) {
        self.copied = Some(self.textarea.yank_text());
    }

    fn current_word(&self) -> (usize, String) {
        let (row, col) = self.cursor();
        let line = self.textarea.lines().get(row).map(String::as_str).unwrap_or("");
        let (start, w) = word_before_cursor(line, col);
        (start, w.to_string())
    }

    /// Open the completion popup; with exactly one candidate and `tab`, take it directly.
    /// Returns false when there was nothing to complete.
    fn open_completion(&mut self, tab: bool, now: Instant) -> bool {
        let (start, word) = self.current_word();
        if tab && word.is_empty() {
            return false;
        }
        let items = self.completer.complete(&word, POPUP_ITEMS);
        if items.is_empty() {
            if !tab {
                self.message = Some("No completions".to_string());
            }
            return false;
        }
        if tab && items.len() == 1 {
            self.apply_completion(start, &items[0], now);
            return true;
        }
        self.popup = Some(Popup { start_col: start, items, selected: 0 });
        true
    }

    fn refresh_popup(&mut self) {
        let (start, word) = self.current_word();
        let items = if word.is_empty() { Vec::new() } else { self.completer.complete(&word, POPUP_ITEMS) };
        if items.is_empty() {
            self.popup = None;
        } else {
            self.popup = Some(Popup { start_col: start, items, selected: 0 });
        }
    }

    fn apply_completion(&mut self, start_col: usize, word: &str, now: Instant) {
        let (_, col) = self.cursor();
        let n = col.saturating_sub(start_col);
        self.textarea.cancel_selection();
        if n > 0 {
            self.textarea.start_selection();
            for _ in 0..n {
                self.textarea.move_cursor(CursorMove::Back);
            }
        }
        if self.textarea.insert_str(word) {
            self.touched(now);
        }
        self.textarea.cancel_selection();
    }

    fn update_search(&mut self, from_cursor: bool) {
        let q = self.search.clone().unwrap_or_default();
        if q.is_empty() {
            let _ = self.textarea.set_search_pattern("");
            return;
        }
        let pat = format!("(?i){}", regex_escape(&q));
        if self.textarea.set_search_pattern(pat).is_ok() && !self.textarea.search_forward(from_cursor) {
            self.message = Some(format!("Not found: {q}"));
        }
    }

    fn search_step(&mut self, forward: bool) {
        if self.textarea.search_pattern().is_none() {
            return;
        }
        let found = if forward { self.textarea.search_forward(false) } else { self.textarea.search_back(false) };
        if !found {
            self.message = Some("No more matches".to_string());
        }
    }

    fn end_search(&mut self) {
        self.search = None;
        let _ = self.textarea.set_search_pattern("");
    }
}
