//! Editing-state tests for the Editor pane: typing, deleting, undo/redo, selection and
//! clipboard, Unicode, large pastes, search, completion, outcomes, autosave timing,
//! soft wrap and rendering (preview, popup), and a key sweep that must never panic.

use std::time::{Duration, Instant};

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use scsdash::app::text_edit::{EditorOutcome, EditorState};
use scsdash::editor::Completer;
use scsdash::ui::textarea::TextArea;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}
fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}
fn shift(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::SHIFT)
}

fn type_str(ed: &mut EditorState, s: &str, now: Instant) {
    for c in s.chars() {
        let k = if c == '\n' { key(KeyCode::Enter) } else { key(KeyCode::Char(c)) };
        assert_eq!(ed.handle_key_at(k, now), EditorOutcome::Consumed);
    }
}

fn opened(text: &str) -> EditorState {
    let mut ed = EditorState::new();
    ed.open("community-call-20261126", text);
    ed
}

/// Draw `ed` into a `w`×`h` buffer, as the app does: the frame's width goes
/// back to the state (which renders the preview for it), then it is drawn.
fn screen(ed: &mut EditorState, w: u16, h: u16) -> Vec<String> {
    let area = Rect::new(0, 0, w, h);
    ed.set_area_width(w);
    let mut buf = Buffer::empty(area);
    TextArea(ed).render(area, &mut buf);
    (0..h).map(|y| (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>()).collect()
}

#[test]
fn typing_deleting_and_dirty_tracking() {
    let t0 = Instant::now();
    let mut ed = opened("");
    assert!(!ed.is_dirty());
    assert!(!ed.autosave_due(t0 + Duration::from_secs(60)));
    type_str(&mut ed, "# Title\nline two", t0);
    assert_eq!(ed.text(), "# Title\nline two");
    assert_eq!(ed.cursor(), (1, 8));
    assert!(ed.is_dirty());
    assert_eq!(ed.last_edit(), Some(t0));
    assert!(!ed.autosave_due(t0 + Duration::from_millis(1999)));
    assert!(ed.autosave_due(t0 + Duration::from_secs(2)));
    // Another keystroke does not push the autosave back: it is a deadline from the
    // first unsaved keystroke, not a pause after the last one.
    let t1 = t0 + Duration::from_secs(1);
    ed.handle_key_at(key(KeyCode::Backspace), t1);
    assert_eq!(ed.text(), "# Title\nline tw");
    assert!(ed.autosave_due(t0 + Duration::from_secs(2)));
    assert_eq!(ed.unsaved_since(), Some(t0));
    // Delete at the line start joins lines.
    ed.handle_key_at(key(KeyCode::Home), t1);
    ed.handle_key_at(key(KeyCode::Backspace), t1);
    assert_eq!(ed.text(), "# Titleline tw");
    ed.handle_key_at(key(KeyCode::Delete), t1);
    assert_eq!(ed.text(), "# Titleine tw");
    // Saving clears the flag; a save of an older generation does not.
    let g = ed.generation();
    ed.handle_key_at(key(KeyCode::Char('x')), t1);
    ed.mark_saved_generation(g);
    assert!(ed.is_dirty());
    ed.mark_saved_generation(ed.generation());
    assert!(!ed.is_dirty());
    assert!(!ed.autosave_due(t1 + Duration::from_secs(10)));
    // Moving the cursor does not dirty the draft.
    ed.handle_key_at(key(KeyCode::Left), t1);
    assert!(!ed.is_dirty());
}

#[test]
fn undo_redo() {
    let t = Instant::now();
    let mut ed = opened("start");
    ed.handle_key_at(key(KeyCode::End), t);
    type_str(&mut ed, " more", t);
    assert_eq!(ed.text(), "start more");
    for _ in 0..5 {
        ed.handle_key_at(ctrl('z'), t);
    }
    assert_eq!(ed.text(), "start");
    ed.handle_key_at(ctrl('z'), t);
    assert_eq!(ed.text(), "start", "nothing before the opened text");
    ed.handle_key_at(ctrl('y'), t);
    ed.handle_key_at(ctrl('r'), t);
    assert_eq!(ed.text(), "start m");
    ed.handle_key_at(ctrl('u'), t);
    assert_eq!(ed.text(), "start ");
}

#[test]
fn selection_copy_cut_paste_and_the_copied_text_for_the_app() {
    let t = Instant::now();
    let mut ed = opened("Hello World");
    // Ctrl-C without a selection is left to the app.
    assert_eq!(ed.handle_key_at(ctrl('c'), t), EditorOutcome::NotConsumed);
    assert_eq!(ed.take_copied(), None);
    for _ in 0..5 {
        ed.handle_key_at(shift(KeyCode::Right), t);
    }
    assert_eq!(ed.selection(), Some(((0, 0), (0, 5))));
    assert_eq!(ed.handle_key_at(ctrl('c'), t), EditorOutcome::Consumed);
    assert_eq!(ed.take_copied().as_deref(), Some("Hello"));
    assert_eq!(ed.take_copied(), None, "taken once");
    assert_eq!(ed.text(), "Hello World");
    // Select "World" with Ctrl+Shift+Right... from after the space.
    ed.handle_key_at(key(KeyCode::End), t);
    ed.handle_key_at(KeyEvent::new(KeyCode::Left, KeyModifiers::CONTROL | KeyModifiers::SHIFT), t);
    assert_eq!(ed.handle_key_at(ctrl('x'), t), EditorOutcome::Consumed);
    assert_eq!(ed.text(), "Hello ");
    assert_eq!(ed.take_copied().as_deref(), Some("World"));
    ed.handle_key_at(key(KeyCode::Home), t);
    ed.handle_key_at(ctrl('v'), t);
    assert_eq!(ed.text(), "WorldHello ");
    // Esc drops a selection first, then is left to the app.
    ed.handle_key_at(shift(KeyCode::Right), t);
    assert!(ed.selection().is_some());
    assert_eq!(ed.handle_key_at(key(KeyCode::Esc), t), EditorOutcome::Consumed);
    assert!(ed.selection().is_none());
    assert_eq!(ed.handle_key_at(key(KeyCode::Esc), t), EditorOutcome::NotConsumed);
    // Select all and type replaces everything.
    ed.handle_key_at(ctrl('a'), t);
    type_str(&mut ed, "new", t);
    assert_eq!(ed.text(), "new");
}

#[test]
fn unicode_umlauts_and_emoji() {
    let t = Instant::now();
    let mut ed = opened("");
    type_str(&mut ed, "Grüße 😀 👩‍💻", t);
    assert_eq!(ed.text(), "Grüße 😀 👩‍💻");
    assert_eq!(ed.cursor(), (0, "Grüße 😀 👩‍💻".chars().count()));
    for _ in 0.."👩‍💻".chars().count() + 1 {
        ed.handle_key_at(key(KeyCode::Backspace), t);
    }
    assert_eq!(ed.text(), "Grüße 😀");
    ed.handle_key_at(key(KeyCode::Left), t);
    ed.handle_key_at(key(KeyCode::Backspace), t);
    assert_eq!(ed.text(), "Grüße😀");
    let s = ed.status_line();
    assert!(s.contains("Ln 1, Col 6"), "{s}");
    // Rendering wide characters does not panic, even in a narrow area.
    let _ = screen(&mut ed, 12, 4);
}

#[test]
fn paste_large_text_fast_and_one_undo_step() {
    let t = Instant::now();
    let mut ed = opened("head\n");
    ed.handle_key_at(ctrl('z'), t);
    let line = "- [ ] @garloff: Lorem ipsum dolor sit amet, consetetur sadipscing elitr äöü 😀\n";
    let big: String = line.repeat((1 << 20) / line.len() + 1);
    assert!(big.len() >= 1 << 20);
    ed.set_cursor(1, 0);
    ed.handle_paste_at(&big, t);
    let text = ed.text();
    assert_eq!(text.len(), "head\n".len() + big.len());
    assert!(text.starts_with("head\n- [ ] @garloff"));
    assert!(ed.is_dirty());
    let _ = screen(&mut ed, 80, 24);
    ed.handle_key_at(ctrl('z'), t);
    assert_eq!(ed.text(), "head\n");
}

#[test]
fn paste_normalises_line_endings_and_drops_control_characters() {
    let t = Instant::now();
    let mut ed = opened("");
    ed.handle_paste_at("a\r\nb\rc\x1b[2Jd\te\u{202E}f", t);
    assert_eq!(ed.text(), "a\nb\nc[2Jd\tef");
    // Opening text is cleaned the same way.
    ed.set_text("x\r\ny\x07z");
    assert_eq!(ed.text(), "x\nyz");
    assert!(!ed.is_dirty());
}

#[test]
fn search_with_ctrl_f() {
    let t = Instant::now();
    let mut ed = opened("## Team Container\nfoo\n### Team IaaS\nTEAM ops\n(a+b)");
    assert_eq!(ed.handle_key_at(ctrl('f'), t), EditorOutcome::Consumed);
    type_str(&mut ed, "team", t);
    assert_eq!(ed.search_query(), Some("team"));
    assert_eq!(ed.cursor(), (0, 3), "first match from the cursor");
    ed.handle_key_at(key(KeyCode::Enter), t);
    assert_eq!(ed.cursor(), (2, 4));
    ed.handle_key_at(key(KeyCode::Enter), t);
    assert_eq!(ed.cursor(), (3, 0), "case-insensitive");
    ed.handle_key_at(shift(KeyCode::Enter), t);
    assert_eq!(ed.cursor(), (2, 4));
    // Typing in the search box does not edit the text.
    assert_eq!(ed.text(), "## Team Container\nfoo\n### Team IaaS\nTEAM ops\n(a+b)");
    ed.handle_key_at(key(KeyCode::Esc), t);
    assert_eq!(ed.search_query(), None);
    // Regex metacharacters are literal.
    ed.handle_key_at(ctrl('f'), t);
    type_str(&mut ed, "a+b", t);
    assert_eq!(ed.cursor(), (4, 1));
    // Another key ends the search and acts normally.
    ed.handle_key_at(key(KeyCode::Esc), t);
    ed.handle_key_at(key(KeyCode::Char('X')), t);
    assert_eq!(ed.lines()[4], "(Xa+b)");
}

fn completer() -> Completer {
    Completer::new(["@garloff", "@garloff", "@gtema", "VP12", "Container"].iter().map(|s| s.to_string()))
}

#[test]
fn completion_popup() {
    let t = Instant::now();
    let mut ed = opened("");
    ed.set_completer(completer());
    // A single candidate is taken directly by Tab.
    type_str(&mut ed, "- AI @ga", t);
    ed.handle_key_at(key(KeyCode::Tab), t);
    assert_eq!(ed.text(), "- AI @garloff");
    assert!(ed.completion_items().is_none());
    // Several candidates: popup, Down, Enter.
    type_str(&mut ed, " and @g", t);
    ed.handle_key_at(key(KeyCode::Tab), t);
    let (items, sel) = ed.completion_items().expect("popup");
    assert_eq!(items, ["@garloff", "@gtema"]);
    assert_eq!(sel, 0);
    // The popup is drawn next to the cursor.
    let rows = screen(&mut ed, 50, 8);
    assert!(rows.iter().any(|r| r.contains("@gtema")), "{rows:#?}");
    ed.handle_key_at(key(KeyCode::Down), t);
    ed.handle_key_at(key(KeyCode::Enter), t);
    assert_eq!(ed.text(), "- AI @garloff and @gtema");
    // Ctrl-Space opens it too; typing narrows; Esc closes and is consumed.
    type_str(&mut ed, " @", t);
    ed.handle_key_at(ctrl(' '), t);
    assert_eq!(ed.completion_items().map(|(i, _)| i.len()), Some(2));
    ed.handle_key_at(key(KeyCode::Char('g')), t);
    ed.handle_key_at(key(KeyCode::Char('t')), t);
    assert_eq!(ed.completion_items().map(|(i, _)| i.to_vec()), Some(vec!["@gtema".to_string()]));
    assert_eq!(ed.handle_key_at(key(KeyCode::Esc), t), EditorOutcome::Consumed);
    assert!(ed.completion_items().is_none());
    assert_eq!(ed.text(), "- AI @garloff and @gtema @gt");
    // Tab with nothing to complete indents.
    ed.set_text("x");
    ed.handle_key_at(key(KeyCode::Home), t);
    ed.handle_key_at(key(KeyCode::Tab), t);
    assert_eq!(ed.text(), "  x");
    // Completing undoes in steps without corrupting the text.
    ed.set_text("");
    type_str(&mut ed, "vp", t);
    ed.handle_key_at(key(KeyCode::Tab), t);
    assert_eq!(ed.text(), "VP12");
    ed.handle_key_at(ctrl('z'), t);
    ed.handle_key_at(ctrl('z'), t);
    assert_eq!(ed.text(), "vp");
}

#[test]
fn outcomes_for_app_keys() {
    let t = Instant::now();
    let mut none = EditorState::new();
    assert_eq!(none.handle_key_at(key(KeyCode::Char('n')), t), EditorOutcome::NewDraft);
    assert_eq!(none.handle_key_at(key(KeyCode::Char('x')), t), EditorOutcome::NotConsumed);
    assert_eq!(none.handle_key_at(key(KeyCode::Esc), t), EditorOutcome::NotConsumed);
    none.handle_paste_at("ignored", t);
    assert_eq!(none.text(), "");
    assert!(none.status_line().contains("press n"));

    let mut ed = opened("");
    assert_eq!(ed.handle_key_at(key(KeyCode::Char('n')), t), EditorOutcome::Consumed);
    assert_eq!(ed.text(), "n");
    assert_eq!(ed.handle_key_at(ctrl('s'), t), EditorOutcome::Save);
    assert_eq!(ed.handle_key_at(ctrl('g'), t), EditorOutcome::Publish);
    assert_eq!(ed.handle_key_at(ctrl('e'), t), EditorOutcome::OpenExternalEditor);
    assert_eq!(ed.handle_key_at(ctrl('q'), t), EditorOutcome::NotConsumed);
    assert_eq!(ed.handle_key_at(key(KeyCode::F(1)), t), EditorOutcome::NotConsumed);
    // Key releases do nothing.
    let mut rel = key(KeyCode::Char('z'));
    rel.kind = KeyEventKind::Release;
    ed.handle_key_at(rel, t);
    assert_eq!(ed.text(), "n");
    let s = ed.status_line();
    assert!(s.contains("community-call-20261126") && s.contains("[modified]") && s.contains("Ln 1, Col 2"), "{s}");
}

#[test]
fn render_with_line_numbers_status_and_preview() {
    let t = Instant::now();
    let mut ed = opened("# Title\nsecond line");
    let rows = screen(&mut ed, 40, 6);
    assert!(rows[0].contains("1") && rows[0].contains("# Title"), "{rows:#?}");
    assert!(rows[1].contains("2") && rows[1].contains("second line"), "{rows:#?}");
    assert!(rows[5].contains("Ln 1, Col 1"), "{rows:#?}");

    ed.set_preview_renderer(Box::new(|text: &str, width: u16| {
        vec![Line::from(format!("PREVIEW {} {}", text.lines().count(), width))]
    }));
    assert_eq!(ed.handle_key_at(ctrl('p'), t), EditorOutcome::Consumed);
    assert!(ed.preview_visible());
    let rows = screen(&mut ed, 60, 6);
    assert!(rows.iter().any(|r| r.contains("PREVIEW 2 ")), "{rows:#?}");
    // The preview follows edits.
    type_str(&mut ed, "\n", t);
    let rows = screen(&mut ed, 60, 6);
    assert!(rows.iter().any(|r| r.contains("PREVIEW 3 ")), "{rows:#?}");
    ed.handle_key_at(ctrl('p'), t);
    let rows = screen(&mut ed, 60, 6);
    assert!(!rows.iter().any(|r| r.contains("PREVIEW")), "{rows:#?}");
    // No draft: a hint.
    let rows = screen(&mut EditorState::new(), 60, 6);
    assert!(rows.iter().any(|r| r.contains("Press n")), "{rows:#?}");
    // Tiny areas never panic.
    for (w, h) in [(0, 0), (1, 1), (3, 2), (5, 3)] {
        let _ = screen(&mut ed, w, h);
    }
}

#[test]
fn soft_wrap_toggles() {
    let t = Instant::now();
    let mut ed = opened(&"word ".repeat(20));
    assert!(ed.wrap());
    let rows = screen(&mut ed, 30, 8);
    let with_words = rows.iter().filter(|r| r.contains("word")).count();
    assert!(with_words >= 3, "wrapped over several rows: {rows:#?}");
    ed.handle_key_at(KeyEvent::new(KeyCode::Char('z'), KeyModifiers::ALT), t);
    assert!(!ed.wrap());
    let rows = screen(&mut ed, 30, 8);
    assert_eq!(rows.iter().filter(|r| r.contains("word")).count(), 1, "{rows:#?}");
}

#[test]
fn key_sweep_never_panics() {
    let t = Instant::now();
    let codes = [
        KeyCode::Backspace,
        KeyCode::Enter,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Delete,
        KeyCode::Insert,
        KeyCode::F(5),
        KeyCode::Null,
        KeyCode::Esc,
        KeyCode::Char('a'),
        KeyCode::Char('ü'),
        KeyCode::Char('😀'),
        KeyCode::Char(' '),
        KeyCode::Char('@'),
    ];
    let mods = [
        KeyModifiers::NONE,
        KeyModifiers::SHIFT,
        KeyModifiers::CONTROL,
        KeyModifiers::ALT,
        KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    ];
    let letters: Vec<KeyCode> = ('a'..='z').map(KeyCode::Char).collect();
    for setup in 0..4 {
        let mut ed = opened("Grüße @ga\n\n- [ ] VP12 😀\n");
        ed.set_completer(completer());
        match setup {
            1 => {
                ed.handle_key_at(ctrl('f'), t);
            }
            2 => {
                ed.set_cursor(0, 9);
                ed.handle_key_at(ctrl(' '), t);
            }
            3 => ed.set_preview_visible(true),
            _ => {}
        }
        for code in codes.iter().chain(letters.iter()) {
            for m in mods {
                let _ = ed.handle_key_at(KeyEvent::new(*code, m), t);
                let _ = screen(&mut ed, 30, 6);
            }
        }
    }
}

#[test]
fn widget_impl_renders() {
    let ed = opened("hello");
    let area = Rect::new(0, 0, 20, 3);
    let mut buf = Buffer::empty(area);
    Widget::render(TextArea(&ed), area, &mut buf);
    let row0: String = (0..20).map(|x| buf[(x, 0)].symbol().to_string()).collect();
    assert!(row0.contains("hello"));
}

#[test]
fn external_editor_command_line() {
    use scsdash::editor::external_editor_argv;
    assert_eq!(external_editor_argv(Some("code --wait"), Some("nano")), ["code", "--wait"]);
    assert_eq!(external_editor_argv(Some("  "), Some("nano")), ["nano"]);
    assert_eq!(external_editor_argv(None, None), ["vi"]);
}

#[test]
fn focus_and_styles_keep_text_and_undo_history() {
    let t = Instant::now();
    let mut ed = opened("a");
    ed.handle_key_at(key(KeyCode::End), t);
    type_str(&mut ed, "bc", t);
    ed.set_focused(false);
    ed.set_styles(scsdash::app::text_edit::EditorStyles::default());
    ed.set_wrap(false);
    ed.set_focused(true);
    assert_eq!(ed.text(), "abc");
    ed.handle_key_at(ctrl('z'), t);
    assert_eq!(ed.text(), "ab", "undo history survives style and focus changes");
}

#[test]
fn popup_near_the_bottom_opens_above_and_scrolling_works() {
    let t = Instant::now();
    let mut ed = opened(&"line\n".repeat(30));
    ed.set_completer(completer());
    ed.set_cursor(29, 0);
    type_str(&mut ed, "@g", t);
    ed.handle_key_at(key(KeyCode::Tab), t);
    assert!(ed.completion_items().is_some());
    let rows = screen(&mut ed, 40, 10);
    let popup_row = rows.iter().position(|r| r.contains("@gtema")).expect("popup drawn");
    let cursor_row = rows.iter().position(|r| r.contains("@g ") || r.trim_end().ends_with("@g")).unwrap_or(8);
    assert!(popup_row < cursor_row, "popup above the cursor line: {rows:#?}");
    ed.handle_key_at(key(KeyCode::Esc), t);
    ed.scroll(-10);
    let _ = screen(&mut ed, 40, 10);
    assert!(ed.cursor().0 < 29, "the cursor follows the view");
}

#[test]
fn cursor_moves_by_char_word_line_and_document() {
    let t = Instant::now();
    let mut ed = opened("alpha beta gamma\nsecond line\n\nthird para");
    let ctrl_code = |c: KeyCode| KeyEvent::new(c, KeyModifiers::CONTROL);
    ed.handle_key_at(key(KeyCode::Right), t);
    assert_eq!(ed.cursor(), (0, 1));
    ed.handle_key_at(ctrl_code(KeyCode::Right), t);
    assert_eq!(ed.cursor(), (0, 6), "start of the next word");
    ed.handle_key_at(ctrl_code(KeyCode::Left), t);
    assert_eq!(ed.cursor(), (0, 0));
    ed.handle_key_at(key(KeyCode::End), t);
    assert_eq!(ed.cursor(), (0, 16));
    ed.handle_key_at(key(KeyCode::Down), t);
    assert_eq!(ed.cursor().0, 1);
    ed.handle_key_at(ctrl_code(KeyCode::End), t);
    assert_eq!(ed.cursor(), (3, 10), "end of the document");
    ed.handle_key_at(ctrl_code(KeyCode::Home), t);
    assert_eq!(ed.cursor(), (0, 0));
    ed.handle_key_at(ctrl_code(KeyCode::Down), t);
    assert_eq!(ed.cursor().0, 3, "start of the next paragraph");
    // Shift+Ctrl+End selects to the end.
    ed.handle_key_at(KeyEvent::new(KeyCode::End, KeyModifiers::CONTROL | KeyModifiers::SHIFT), t);
    assert!(ed.selection().is_some());
    assert!(!ed.is_dirty());
}

#[test]
fn enter_continues_and_ends_lists() {
    let t = Instant::now();
    let mut ed = opened("");
    type_str(&mut ed, "- first\nsecond\n", t);
    assert_eq!(ed.text(), "- first\n- second\n- ");
    // Enter on the empty item ends the list.
    ed.handle_key_at(key(KeyCode::Enter), t);
    assert_eq!(ed.text(), "- first\n- second\n");
    type_str(&mut ed, "  - [x] done\nopen\n", t);
    assert_eq!(ed.text(), "- first\n- second\n  - [x] done\n  - [ ] open\n  - [ ] ");
    ed.set_text("9. nine");
    ed.handle_key_at(key(KeyCode::End), t);
    type_str(&mut ed, "\nten", t);
    assert_eq!(ed.text(), "9. nine\n10. ten");
    // Mid-line Enter just splits; Alt+Enter is a plain newline; the yank buffer is untouched.
    ed.set_text("- ab");
    ed.handle_key_at(key(KeyCode::End), t);
    ed.handle_key_at(key(KeyCode::Left), t);
    ed.handle_key_at(key(KeyCode::Enter), t);
    assert_eq!(ed.text(), "- a\nb");
    ed.set_text("- x");
    ed.handle_key_at(key(KeyCode::End), t);
    ed.handle_key_at(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT), t);
    assert_eq!(ed.text(), "- x\n");
    ed.set_text("- ");
    ed.handle_key_at(key(KeyCode::End), t);
    ed.handle_key_at(key(KeyCode::Enter), t);
    assert_eq!(ed.text(), "");
    assert_eq!(ed.yank_text(), "");
}

/// Issue #13, item 1: steady typing (a key every 0.5 s) does not postpone the
/// autosave; it is due 2 s after the first unsaved keystroke, and a started save
/// starts a new deadline for the keys typed after it.
#[test]
fn autosave_is_a_deadline_not_a_debounce() {
    let t0 = Instant::now();
    let mut ed = opened("");
    for i in 0..4u64 {
        ed.handle_key_at(key(KeyCode::Char('a')), t0 + Duration::from_millis(500 * i));
    }
    // The last key was 0.5 s ago; the first 2 s ago: due.
    assert!(ed.autosave_due(t0 + Duration::from_secs(2)));
    // The save starts; keys typed after it count from their own first key.
    assert_eq!(ed.begin_save(), Some(t0));
    assert!(!ed.autosave_due(t0 + Duration::from_secs(60)), "nothing typed since the save started");
    let t1 = t0 + Duration::from_millis(2500);
    ed.handle_key_at(key(KeyCode::Char('b')), t1);
    ed.handle_key_at(key(KeyCode::Char('c')), t1 + Duration::from_millis(500));
    assert!(!ed.autosave_due(t1 + Duration::from_millis(1999)));
    assert!(ed.autosave_due(t1 + Duration::from_secs(2)));
    // A failed save keeps the text unsaved and retries 2 s after the failure at the latest.
    let g = ed.generation();
    let since = ed.begin_save();
    assert_eq!(since, Some(t1));
    let failed_at = t1 + Duration::from_secs(3);
    ed.save_failed(failed_at);
    assert!(ed.is_dirty());
    assert!(!ed.autosave_due(failed_at + Duration::from_millis(1999)));
    assert!(ed.autosave_due(failed_at + Duration::from_secs(2)));
    // A successful save of the current text clears the deadline.
    ed.mark_saved_generation(g);
    assert!(!ed.is_dirty());
    assert_eq!(ed.unsaved_since(), None);
}
