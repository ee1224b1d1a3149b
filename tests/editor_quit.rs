//! Issue #13, item 3: quitting with text that cannot be written asks first, and the
//! text can go to a recovery file. Drives `App` with keys and messages and checks the
//! commands it returns; the save is run here the way the runner's worker runs it.

mod support;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use scsdash::app::editor::Confirm;
use scsdash::app::{App, Cmd, PaneId};
use support::*;

/// Open a new draft from the Editor pane and type into it.
fn app_with_typed_draft() -> (App, std::path::PathBuf) {
    let mut app = demo_app();
    let dir = app.config.editor.drafts_dir.clone().unwrap();
    key(&mut app, KeyCode::Char('7'));
    assert_eq!(app.pane, PaneId::Editor);
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Enter);
    assert!(app.editor.editing, "the new draft is open");
    chars(&mut app, "words that must not be lost");
    assert!(app.editor.unsaved());
    (app, dir)
}

/// Run the saves the commands ask for, as the runner's drafts worker does, and feed the answers back.
fn run_save(app: &mut App, cmds: Vec<Cmd>) -> Vec<Cmd> {
    run_saves(app, cmds)
}

/// Make every write into the drafts directory fail (works as root too).
fn break_store(dir: &std::path::Path) {
    std::fs::remove_dir_all(dir).unwrap();
    std::fs::write(dir, "not a directory").unwrap();
}

#[test]
fn quit_saves_first_then_quits() {
    let (mut app, dir) = app_with_typed_draft();
    let esc = key(&mut app, KeyCode::Esc);
    assert!(matches!(esc.as_slice(), [Cmd::SaveDraft(s)] if s.text.contains("must not be lost")), "{esc:?}");
    // Esc saves in the background (a command); quit before its answer arrives.
    let cmds = key(&mut app, KeyCode::Char('q'));
    assert!(cmds.is_empty(), "the save under way writes this very text: {cmds:?}");
    assert!(!app.quit, "not before the text is on disk");
    let after = run_save(&mut app, esc);
    assert!(after.is_empty(), "{after:?}");
    assert!(app.quit, "quits once saved");
    let saved = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .any(|e| std::fs::read_to_string(e.path()).unwrap().contains("words that must not be lost"));
    assert!(saved);
}

#[test]
fn quit_without_unsaved_text_is_immediate() {
    let mut app = demo_app();
    assert!(key(&mut app, KeyCode::Char('q')).is_empty());
    assert!(app.quit);
}

#[test]
fn quit_with_text_that_cannot_be_written_asks_first() {
    let (mut app, dir) = app_with_typed_draft();
    let mut cmds = key(&mut app, KeyCode::Esc);
    cmds.extend(key(&mut app, KeyCode::Char('1'))); // quit from another pane
    break_store(&dir);
    cmds.extend(key(&mut app, KeyCode::Char('q')));
    let after = run_save(&mut app, cmds);
    assert!(after.is_empty());
    assert!(!app.quit, "a failed save does not quit");
    assert_eq!(app.pane, PaneId::Editor, "the question is shown where the draft is");
    assert!(matches!(app.editor.confirm, Some(Confirm::QuitUnsaved(_))), "{:?}", app.editor.confirm);
    let s = screen(&mut app, 200, 40);
    assert!(s.contains("could not be saved") && s.contains("Quit anyway?"), "{s}");
    // n stays, the text still there.
    key(&mut app, KeyCode::Char('n'));
    assert!(!app.quit);
    assert!(app.editor.state.text().contains("words that must not be lost"));
    // Ctrl-C asks the same way; y then quits and hands the text to the recovery file.
    let cmds = app.on_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    run_save(&mut app, cmds);
    assert!(!app.quit);
    let cmds = key(&mut app, KeyCode::Char('y'));
    assert!(app.quit);
    match cmds.as_slice() {
        [Cmd::WriteRecovery { id, text }] => {
            assert!(id.starts_with("ops-") || id.contains('-'), "{id}");
            assert!(text.contains("words that must not be lost"));
        }
        other => panic!("expected WriteRecovery, got {other:?}"),
    }
}

#[test]
fn second_ctrl_c_while_asked_quits() {
    let (mut app, dir) = app_with_typed_draft();
    break_store(&dir);
    let cmds = app.on_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    run_save(&mut app, cmds);
    assert!(!app.quit);
    let cmds = app.on_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(app.quit);
    assert!(matches!(cmds.as_slice(), [Cmd::WriteRecovery { .. }]), "{cmds:?}");
}

#[test]
fn recovery_file_lands_in_the_given_dir() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("state/recovered");
    let p = scsdash::editor::drafts::write_recovery(&sub, "ops-20261126", "Grüße\n").unwrap();
    assert!(p.starts_with(&sub));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "Grüße\n");
    let p2 = scsdash::editor::drafts::write_recovery(&sub, "ops-20261126", "again").unwrap();
    assert_ne!(p, p2, "a second recovery never overwrites the first");
}

#[test]
fn the_quit_question_keeps_its_keys_at_80_columns() {
    let (mut app, dir) = app_with_typed_draft();
    let mut cmds = key(&mut app, KeyCode::Esc);
    break_store(&dir);
    cmds.extend(key(&mut app, KeyCode::Char('q')));
    run_save(&mut app, cmds);
    let s = screen(&mut app, 80, 24);
    let line = s.lines().find(|l| l.contains("Quit anyway?")).unwrap_or_else(|| panic!("{s}"));
    assert!(line.contains("could not be saved") && line.contains("[y/N]"), "{line}");
    assert!(line.trim_end().ends_with('…'), "cut with a mark: {line}");
}
