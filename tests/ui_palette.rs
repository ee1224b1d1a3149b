//! Issue #15, part 5: the command palette (`:`) and the fuzzy `/` filters.
//! Drives `App` with keys and reads the state and the drawn screen.

mod support;

use std::collections::HashSet;

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use scsdash::app::palette::{self, Run};
use scsdash::app::{Action, App, PaneId};
use scsdash::keymap::{ACTIONS, PANE_KEYS};
use support::*;

fn goto(app: &mut App, p: PaneId) {
    key(app, KeyCode::Char(char::from(b'1' + p.index() as u8)));
    assert_eq!(app.pane, p);
}

fn ctrl(app: &mut App, c: char) {
    app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

fn titles(app: &App) -> Vec<String> {
    palette::matches(app).into_iter().map(|m| m.entry.title).collect()
}

fn draw_buf(app: &mut App, w: u16, h: u16) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    draw(app, &mut t);
    t.backend().buffer().clone()
}

fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol().to_string()).collect()
}

#[test]
fn colon_opens_typing_narrows_esc_closes() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Tenders);
    key(&mut app, KeyCode::Char(':'));
    assert!(app.palette.is_some(), ": opens the palette");
    let all = palette::matches(&app).len();
    chars(&mut app, "quit");
    assert_eq!(app.palette.as_ref().unwrap().query, "quit");
    let m = palette::matches(&app);
    assert!(m.len() < all, "typing narrows the list");
    assert_eq!(m[0].entry.run, Run::Action(Action::Quit), "best match first: {:?}", titles(&app));
    // Letters went to the query, not to the keymap: q did not quit.
    assert!(!app.quit);
    key(&mut app, KeyCode::Esc);
    assert!(app.palette.is_none(), "Esc closes");
    assert!(!app.quit, "and runs nothing");
    assert_eq!(app.pane, PaneId::Tenders);
}

#[test]
fn enter_runs_quit() {
    let mut app = demo_app();
    chars(&mut app, ":quit");
    key(&mut app, KeyCode::Enter);
    assert!(app.palette.is_none());
    assert!(app.quit, "Enter ran quit");
}

#[test]
fn enter_runs_go_to_tenders_and_pane_letters() {
    let mut app = demo_app();
    chars(&mut app, ":go to tenders");
    assert_eq!(titles(&app)[0], "go to Tenders");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Tenders);
    assert!(app.palette.is_none());
    // A pane's own letter: the Archive's decisions timeline.
    goto(&mut app, PaneId::Archive);
    chars(&mut app, ":decisions");
    assert_eq!(palette::matches(&app)[0].entry.run, Run::Key(PaneId::Archive, 'd'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.archive.view, scsdash::app::archive::View::Decisions);
    // Another pane's letter goes there first; Esc comes back.
    key(&mut app, KeyCode::Char('d'));
    goto(&mut app, PaneId::Tenders);
    chars(&mut app, ":decisions");
    assert_eq!(titles(&app)[0], "decisions timeline (Archive)");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Archive);
    assert_eq!(app.archive.view, scsdash::app::archive::View::Decisions);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.pane, PaneId::Tenders, "Esc goes back where the palette was opened");
    // Running the filter action starts typing into the filter.
    goto(&mut app, PaneId::Actions);
    chars(&mut app, ":filter");
    key(&mut app, KeyCode::Enter);
    assert!(app.actions.list.editing, "the filter is being typed");
}

#[test]
fn up_down_ctrl_n_ctrl_p_move_and_enter_runs_the_selection() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Actions);
    key(&mut app, KeyCode::Char(':'));
    let sel = |a: &App| a.palette.as_ref().unwrap().selected;
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    assert_eq!(sel(&app), 2);
    ctrl(&mut app, 'p');
    assert_eq!(sel(&app), 1);
    ctrl(&mut app, 'n');
    ctrl(&mut app, 'n');
    assert_eq!(sel(&app), 3);
    key(&mut app, KeyCode::Up);
    assert_eq!(sel(&app), 2);
    for _ in 0..200 {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(sel(&app), palette::matches(&app).len() - 1, "stops at the last");
    // Typing starts again from the best match.
    chars(&mut app, "mine");
    assert_eq!(sel(&app), 0);
    let before = app.actions.mine;
    key(&mut app, KeyCode::Enter);
    assert_ne!(app.actions.mine, before, "Enter ran 'only mine'");
    // Backspace on an empty query closes, as in vim.
    key(&mut app, KeyCode::Char(':'));
    key(&mut app, KeyCode::Backspace);
    assert!(app.palette.is_none());
}

#[test]
fn the_panes_own_actions_come_first_and_every_action_is_listed_once() {
    for pane in PaneId::ALL {
        let mut app = demo_app();
        goto(&mut app, pane);
        key(&mut app, KeyCode::Char(':'));
        let m = palette::matches(&app);
        let own = m.iter().take_while(|m| m.entry.own).count();
        assert!(own > 0, "{pane:?} has actions of its own");
        assert!(m[own..].iter().all(|m| !m.entry.own), "{pane:?}: own first");
        let runs: Vec<Run> = m.iter().map(|m| m.entry.run).collect();
        let unique: HashSet<String> = runs.iter().map(|r| format!("{r:?}")).collect();
        assert_eq!(unique.len(), runs.len(), "{pane:?}: every action once");
        // Every action of the keymap (but the palette itself), every pane
        // number and every letter of this pane.
        for (name, a, _) in ACTIONS {
            assert_eq!(runs.contains(&Run::Action(*a)), *a != Action::Palette, "{pane:?}: {name}");
        }
        for i in 0..PaneId::ALL.len() {
            assert!(runs.contains(&Run::Action(Action::GoPane(i))), "{pane:?}: go to pane {i}");
        }
        // Every pane's letters, this pane's among its own.
        for (c, p, _) in PANE_KEYS {
            let target = PaneId::ALL.into_iter().find(|x| x.title() == *p).unwrap();
            let e = m.iter().find(|m| m.entry.run == Run::Key(target, *c));
            assert!(e.is_some(), "{pane:?}: {c} of {p}");
            assert_eq!(e.unwrap().entry.own, target == pane, "{pane:?}: {c} of {p}");
        }
        assert_eq!(runs.iter().filter(|r| matches!(r, Run::Key(..))).count(), PANE_KEYS.len());
        // Each entry shows its keys from the keymap.
        let quit = m.iter().find(|m| m.entry.run == Run::Action(Action::Quit)).unwrap();
        assert_eq!(quit.entry.keys, app.keymap.keys_for(Action::Quit).join(" "));
    }
    // The Actions pane: its words, its order.
    let mut app = demo_app();
    goto(&mut app, PaneId::Actions);
    key(&mut app, KeyCode::Char(':'));
    assert_eq!(titles(&app)[0], "only mine (user.github)");
}

#[test]
fn keys_come_from_the_keymap_with_remaps() {
    let mut cfg = scsdash::config::Config::default();
    cfg.keys.insert("quit".into(), "x".into());
    cfg.keys.insert("palette".into(), "ctrl-k".into());
    let mut app = app_with(cfg, scsdash::sources::Workspace::demo());
    key(&mut app, KeyCode::Char(':'));
    assert!(app.palette.is_none(), ": is remapped away");
    ctrl(&mut app, 'k');
    assert!(app.palette.is_some());
    chars(&mut app, "quit");
    assert_eq!(palette::matches(&app)[0].entry.keys, "x");
}

#[test]
fn colon_is_text_in_a_filter_and_in_the_editor() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Tenders);
    chars(&mut app, "/vp:");
    assert!(app.palette.is_none(), ": while typing a filter is text");
    assert_eq!(app.tenders.list.filter, "vp:");
    key(&mut app, KeyCode::Esc);
    // In the draft's text.
    goto(&mut app, PaneId::Editor);
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Enter);
    assert!(app.editor.editing, "a new draft is open");
    chars(&mut app, "a: b");
    assert!(app.palette.is_none(), ": in the editor is text");
    assert!(app.editor.state.text().contains("a: b"));
    // Out of the text, `:` opens the palette again.
    key(&mut app, KeyCode::Esc);
    assert!(!app.editor.editing);
    key(&mut app, KeyCode::Char(':'));
    assert!(app.palette.is_some());
}

#[test]
fn drawing_shows_the_marked_matches_and_changes_no_state() {
    let mut app = demo_app();
    chars(&mut app, ":tend");
    let before = app.palette.clone();
    let buf = draw_buf(&mut app, 120, 40);
    assert_eq!(app.palette, before, "drawing writes no palette state");
    let rows: Vec<String> = (0..40).map(|y| row_text(&buf, y)).collect();
    let y = rows.iter().position(|r| r.contains("go to Tenders")).expect("the match is drawn") as u16;
    assert!(rows.iter().any(|r| r.contains(":tend▏")), "the query is drawn");
    // "go to Tenders" is the selected (first) row: its marked letters have
    // the selected-highlight style; the rest of the row the selection's.
    let x0 = rows[y as usize].find("Tenders").map(|b| rows[y as usize][..b].chars().count()).unwrap() as u16;
    let hs = app.theme.highlight_selected;
    for (i, x) in (x0..x0 + 7).enumerate() {
        let c = &buf[(x, y)];
        let marked = c.modifier.contains(hs.add_modifier) && hs.bg.is_none_or(|bg| c.bg == bg);
        assert_eq!(marked, i < 4, "col {x} ({}) marked: {marked}", c.symbol());
    }
}

#[test]
fn mono_marks_stand_out_from_the_selection() {
    let mut cfg = scsdash::config::Config::default();
    cfg.ui.theme = "mono".into();
    let mut app = app_with(cfg, scsdash::sources::Workspace::demo());
    chars(&mut app, ":tend");
    // Move off the first row so one marked row is unselected.
    let buf = draw_buf(&mut app, 120, 40);
    let rows: Vec<String> = (0..40).map(|y| row_text(&buf, y)).collect();
    let y = rows.iter().position(|r| r.contains("go to Tenders")).unwrap() as u16;
    let x0 = rows[y as usize].find("Tenders").map(|b| rows[y as usize][..b].chars().count()).unwrap() as u16;
    let (t, e) = (&buf[(x0, y)], &buf[(x0 + 5, y)]);
    assert_ne!((t.modifier, t.bg, t.fg), (e.modifier, e.bg, e.fg), "a marked letter differs from the rest");
}

#[test]
fn list_filters_are_fuzzy_and_mark_the_matched_letters() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Tenders);
    let all = scsdash::app::tenders::rows(&app).len();
    // Letters in order with gaps: "vp12" typed as "v12".
    chars(&mut app, "/v12");
    key(&mut app, KeyCode::Enter);
    let rows = scsdash::app::tenders::rows(&app);
    assert!(!rows.is_empty() && rows.len() < all, "{} of {all}", rows.len());
    assert!(rows.iter().any(|t| t.id == "VP12"), "{:?}", rows.iter().map(|t| &t.id).collect::<Vec<_>>());
    let rows = rows.len();
    // The first row (selected) has its V, 1 and 2 marked.
    let buf = draw_buf(&mut app, 120, 40);
    let hs = app.theme.highlight_selected;
    let h = app.theme.highlight;
    let marked = |c: &ratatui::buffer::Cell| {
        (c.modifier.contains(hs.add_modifier) && hs.bg.is_none_or(|bg| c.bg == bg))
            || (h.bg.is_some_and(|bg| c.bg == bg) && c.modifier.contains(h.add_modifier))
    };
    let n: usize = (0..40).map(|y| (0..120).filter(|&x| marked(&buf[(x, y)])).count()).sum();
    assert!(n >= 3 * rows.min(30), "{n} marked cells");
    // An exact word with ' does not match letters apart.
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "/'v12");
    key(&mut app, KeyCode::Enter);
    assert!(scsdash::app::tenders::rows(&app).is_empty());
}

#[test]
fn another_panes_letter_never_types_into_an_open_draft() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Editor);
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Enter);
    assert!(app.editor.editing);
    chars(&mut app, "text");
    // A click on a tab leaves the pane with the text still focused.
    let _ = screen(&mut app, 120, 40);
    let tab = app.hits.tabs.iter().find(|(_, p)| *p == PaneId::Tenders).map(|(r, _)| *r).unwrap();
    app.on_event(ratatui::crossterm::event::Event::Mouse(ratatui::crossterm::event::MouseEvent {
        kind: ratatui::crossterm::event::MouseEventKind::Down(ratatui::crossterm::event::MouseButton::Left),
        column: tab.x + 1,
        row: tab.y,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(app.pane, PaneId::Tenders);
    let before = app.editor.state.text();
    chars(&mut app, ":rename draft");
    assert_eq!(palette::matches(&app)[0].entry.run, Run::Key(PaneId::Editor, 'R'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Editor);
    assert_eq!(app.editor.state.text(), before, "R was not typed into the draft");
    assert!(app.editor.editing && app.editor.prompt.is_none());
    assert!(app.status.info.as_deref().is_some_and(|i| i.contains("Esc leaves it")), "{:?}", app.status.info);
}
