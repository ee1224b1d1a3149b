//! State tests: navigation, filtering, mouse, refresh, and a sweep that sends
//! every key in every pane and mode and asserts nothing panics.

mod support;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use scsdash::app::{Cmd, PaneId};
use support::*;

#[test]
fn number_keys_tab_and_backtab_switch_panes() {
    let mut app = demo_app();
    for (i, p) in PaneId::ALL.iter().enumerate() {
        key(&mut app, KeyCode::Char(char::from(b'1' + i as u8)));
        assert_eq!(app.pane, *p);
    }
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.pane, PaneId::Overview, "Tab wraps around");
    key(&mut app, KeyCode::BackTab);
    assert_eq!(app.pane, PaneId::Editor);
}

#[test]
fn list_navigation_and_filter_as_you_type() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('4'));
    screen(&mut app, 120, 40);
    let n = scsdash::app::actions::rows(&app).len();
    key(&mut app, KeyCode::Char('G'));
    assert_eq!(app.actions.list.selected, n - 1);
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(app.actions.list.selected, 0);
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Down);
    assert_eq!(app.actions.list.selected, 2);
    key(&mut app, KeyCode::Char('k'));
    assert_eq!(app.actions.list.selected, 1);
    key(&mut app, KeyCode::PageDown);
    assert!(app.actions.list.selected > 1);
    key(&mut app, KeyCode::Char('/'));
    // (the open Zuul item's task is now "… needs a runbook …": issue #10's task text)
    chars(&mut app, "runbook");
    assert_eq!(app.actions.list.filter, "runbook");
    let filtered = scsdash::app::actions::rows(&app);
    assert!(!filtered.is_empty() && filtered.len() < n);
    assert!(filtered.iter().all(|a| a.text.to_lowercase().contains("runbook") || a.series.contains("runbook")));
    // While typing, letters go to the filter, not to the keymap.
    chars(&mut app, "q");
    assert!(!app.quit);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Enter);
    assert!(!app.actions.list.editing);
    assert_eq!(app.actions.list.filter, "runbook", "Enter keeps the filter");
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, " x");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.actions.list.filter, "runbook", "Esc while typing cancels the edit");
    key(&mut app, KeyCode::Esc);
    assert!(app.actions.list.filter.is_empty(), "Esc on the list clears it");
}

#[test]
fn overview_boxes_and_enter_jumps() {
    let mut app = demo_app();
    screen(&mut app, 120, 40);
    assert_eq!(app.overview.focus, 0);
    key(&mut app, KeyCode::Char('l'));
    assert_eq!(app.overview.focus, 1);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Tenders);
    assert!(app.tenders.detail, "Enter on a tender opens its timeline");
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::Char('h'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Schedule);
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::Char('l'));
    key(&mut app, KeyCode::Char('l'));
    key(&mut app, KeyCode::Char('l'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Archive);
    assert!(app.archive.reader.is_some(), "latest minutes open in the reader");
}

#[test]
fn open_and_copy_give_commands_only_for_safe_urls() {
    let mut app = demo_app();
    screen(&mut app, 120, 40);
    let cmds = key(&mut app, KeyCode::Char('o'));
    match cmds.as_slice() {
        [Cmd::OpenUrl(u)] => assert!(u.starts_with("https://"), "{u}"),
        other => panic!("expected an OpenUrl, got {other:?}"),
    }
    let cmds = key(&mut app, KeyCode::Char('y'));
    assert!(matches!(cmds.as_slice(), [Cmd::Copy(_)]), "{cmds:?}");
}

#[test]
fn refresh_reloads_local_data_and_syncs_github_data() {
    let mut app = demo_app();
    let cmds = key(&mut app, KeyCode::Char('r'));
    let id = app.load_id;
    assert_eq!(cmds, vec![Cmd::Reload { id, tz: app.tz, first: false }], "--demo: never the network");
    app.offline = false;
    let github = scsdash::data::SourceChoice::new(&scsdash::data::SourceOpts::default(), &app.config);
    app.session = scsdash::app::Session::new(github.clone(), false);
    app.origin = Some(scsdash::sources::Origin::Local { minutes: None, calendar: None });
    let cmds = key(&mut app, KeyCode::Char('r'));
    assert_eq!(
        cmds,
        vec![Cmd::Reload { id: id + 1, tz: app.tz, first: false }],
        "local folders are re-read, a new load"
    );
    app.origin = Some(scsdash::sources::Origin::Cache { synced_at: now() });
    let cmds = key(&mut app, KeyCode::Char('r'));
    assert_eq!(cmds, vec![Cmd::Sync { sources: Box::new(github) }], "the cache is synced");
    assert!(app.session.syncing, "a sync runs");
    // One sync at a time: r during a sync cancels it (issue #11, defect 10).
    assert_eq!(key(&mut app, KeyCode::Char('r')), vec![Cmd::CancelSync], "r cancels the running sync");
    assert!(!app.session.syncing);
    assert_eq!(app.status.info.as_deref(), Some("sync cancelled"));
}

#[test]
fn mouse_clicks_tabs_and_rows_and_wheel_scrolls() {
    let mut app = demo_app();
    screen(&mut app, 120, 40);
    let tab = app.hits.tabs.iter().find(|(_, p)| *p == PaneId::Tenders).map(|(r, _)| *r).unwrap();
    app.on_event(left_click(tab.x + 1, tab.y));
    assert_eq!(app.pane, PaneId::Tenders);
    screen(&mut app, 120, 40);
    let (rect, first, _) = app.hits.lists[0];
    app.on_event(left_click(rect.x + 2, rect.y + 2));
    assert_eq!(app.tenders.list.selected, first + 2);
    let wheel =
        Event::Mouse(MouseEvent { kind: MouseEventKind::ScrollUp, column: 5, row: 5, modifiers: KeyModifiers::NONE });
    app.on_event(wheel);
    assert_eq!(app.tenders.list.selected, first + 1);
}

#[test]
fn every_key_in_every_pane_and_mode_never_panics() {
    let mut keys: Vec<KeyEvent> = Vec::new();
    for c in (' '..='~').chain(['ä', 'ß', '🎉']) {
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    for code in [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::F(1),
        KeyCode::F(5),
    ] {
        keys.push(KeyEvent::new(code, KeyModifiers::NONE));
    }
    for c in ['a', 'e', 'f', 'p', 'r', 's', 'z', 'y', 'u', 'd'] {
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    }
    let open = |p: PaneId, mode: usize| {
        let mut app = demo_app();
        app.on_key(KeyEvent::new(KeyCode::Char(char::from(b'1' + p.index() as u8)), KeyModifiers::NONE));
        match mode {
            1 => {
                app.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
            }
            2 => {
                app.on_key(KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE));
            }
            3 => {
                app.on_key(KeyEvent::new(KeyCode::Char(':'), KeyModifiers::NONE));
            }
            _ => {}
        }
        app
    };
    for p in PaneId::ALL {
        // Modes: fresh; after Enter (detail/reader/draft); after '/' (filter);
        // after ':' (the command palette).
        for mode in 0..4 {
            let mut app = open(p, mode);
            for k in &keys {
                // (Each key in the palette: reopen it after Esc or Enter closed it.)
                if app.quit || app.pane != p || (mode == 3 && app.palette.is_none()) {
                    app = open(p, mode);
                }
                let _ = app.on_key(*k);
                let _ = app.on_key(*k);
                screen(&mut app, 80, 24);
            }
            screen(&mut app, 61, 15);
        }
    }
}

#[test]
fn esc_then_key_read_as_alt_key_is_both() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::Enter);
    assert!(app.tenders.detail);
    app.on_key(KeyEvent::new(KeyCode::Char('4'), KeyModifiers::ALT));
    assert!(!app.tenders.detail, "the Esc part closed the timeline");
    assert_eq!(app.pane, PaneId::Actions, "the 4 part switched pane");
    app.on_key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT));
    assert!(app.quit);
}

#[test]
fn in_the_demo_the_user_is_demo_user_unless_configured() {
    let app = app_with(scsdash::config::Config::default(), scsdash::sources::Workspace::demo());
    assert_eq!(app.me(), Some("demo-user"));
    let mut cfg = scsdash::config::Config::default();
    cfg.user.github = Some("@garloff".into());
    let app = app_with(cfg, scsdash::sources::Workspace::demo());
    assert_eq!(app.me(), Some("garloff"));
}

/// The (column, row) of the first cell where `needle` is drawn.
fn cell_of(screen: &str, needle: &str) -> (u16, u16) {
    for (y, line) in screen.lines().enumerate() {
        if let Some(i) = line.find(needle) {
            return (line[..i].chars().count() as u16, y as u16);
        }
    }
    panic!("{needle:?} is not on the screen:\n{screen}");
}

#[test]
fn mouse_click_on_a_wrapped_board_card_selects_it() {
    // Regression: the board draws wrapped cards itself and recorded no
    // areas for mouse hits, so a click on a card did nothing.
    for (w, h) in [(120, 40), (80, 24), (200, 55)] {
        let mut app = demo_app();
        key(&mut app, KeyCode::Char('5'));
        assert_eq!(app.pane, PaneId::Board);
        let s = screen(&mut app, w, h);
        assert_eq!(app.board.column, 1, "the first column with cards (Todo) has the focus");
        // The second line of the third card of In Progress (its title).
        let (x, y) = cell_of(&s, "Registry federation");
        app.on_event(left_click(x + 3, y));
        assert_eq!((app.board.column, app.board.list.selected), (2, 2), "{w}x{h}: In Progress, 3rd card");
        let s = screen(&mut app, w, h);
        assert!(s.contains("SovereignCloudStack/container-registry#88"), "the clicked card's detail:\n{s}");
        // Its first line (repo#n and assignees) selects the same card.
        let (x, y) = cell_of(&s, "container-registry#88 ");
        app.on_event(left_click(x, y));
        assert_eq!((app.board.column, app.board.list.selected), (2, 2));
        // A click in an empty column focuses it.
        let (x, y) = cell_of(&s, "no cards");
        app.on_event(left_click(x, y));
        assert_eq!((app.board.column, app.board.list.selected), (0, 0), "{w}x{h}: Backlog");
    }
}

// Frame-dependent view state is computed in update from what the last frame
// reported (`App::on_drawn`) or from a resize; drawing writes no state.

fn left_click(x: u16, y: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    })
}

fn resize(app: &mut scsdash::app::App, w: u16, h: u16) {
    app.on_event(Event::Resize(w, h));
}

fn action(app: &mut scsdash::app::App, a: scsdash::app::Action) {
    app.on_action(a);
}

const TECH_WEEKLY: &str = "community-call/20261119.md";

#[test]
fn the_reader_is_laid_out_in_update_and_pages_by_the_known_height() {
    use scsdash::app::{archive, layout, Action};
    let mut app = demo_app();
    resize(&mut app, 80, 20);
    archive::open_at(&mut app, TECH_WEEKLY, 0);
    // No frame drawn: the text is rendered for the reader's width on this screen.
    let area = layout::reader_text_on(ratatui::layout::Rect::new(0, 0, 80, 20)).unwrap();
    let h = usize::from(area.height);
    assert_eq!(h, 16);
    let r = app.archive.reader.as_ref().unwrap();
    assert_eq!(r.height, h);
    let len = r.lines().expect("laid out on open").lines.len();
    assert!(r.lines().unwrap().lines.iter().all(|l| l.width() <= usize::from(area.width)));
    assert!(len > 2 * h, "the demo Tech Weekly is longer than two pages ({len} lines)");
    action(&mut app, Action::PageDown);
    assert_eq!(app.archive.reader.as_ref().unwrap().scroll, h, "Page Down scrolls by the reader's height");
    action(&mut app, Action::Down);
    assert_eq!(app.archive.reader.as_ref().unwrap().scroll, h + 1);
    action(&mut app, Action::Bottom);
    assert_eq!(app.archive.reader.as_ref().unwrap().scroll, len - h, "the last page, not past it");
    // A taller terminal: the scroll is kept inside the text (no empty rows at the end).
    resize(&mut app, 80, 30);
    let r = app.archive.reader.as_ref().unwrap();
    assert_eq!((r.height, r.scroll), (26, len - 26));
    // A wider one: the text is rendered again for the new width.
    resize(&mut app, 120, 30);
    let w = layout::reader_text_on(ratatui::layout::Rect::new(0, 0, 120, 30)).unwrap().width;
    let r = app.archive.reader.as_ref().unwrap();
    assert_eq!(r.rendered.as_ref().map(|(rw, _)| *rw), Some(w));
    assert_ne!(w, area.width);
}

#[test]
fn a_reader_opened_before_any_frame_is_laid_out_by_the_first_and_then_stays_idle() {
    use scsdash::app::{archive, Action, FrameInfo};
    let mut app = demo_app();
    archive::open_at(&mut app, TECH_WEEKLY, 0);
    assert!(app.archive.reader.as_ref().unwrap().lines().is_none(), "no size known yet");
    // Keys before the layout change nothing and never panic.
    action(&mut app, Action::PageDown);
    action(&mut app, Action::NextGroup);
    action(&mut app, Action::Right);
    assert_eq!(app.archive.reader.as_ref().unwrap().scroll, 0);
    let frame = FrameInfo { area: ratatui::layout::Rect::new(0, 0, 120, 40), ..Default::default() };
    assert!(app.on_drawn(frame.clone()), "the first frame lays the reader out: draw again");
    assert!(app.archive.reader.as_ref().unwrap().lines().is_some());
    assert!(!app.on_drawn(frame.clone()), "an unchanged frame asks for no other");
    assert!(!app.on_drawn(frame), "… ever");
}

#[test]
fn a_jump_to_a_source_line_scrolls_and_marks_it_in_update() {
    use scsdash::app::archive;
    let mut app = demo_app();
    resize(&mut app, 120, 40);
    let text = app.data.as_ref().unwrap().meeting_text(TECH_WEEKLY);
    let line = text.lines().count() * 2 / 3;
    archive::open_at(&mut app, TECH_WEEKLY, line);
    let r = app.archive.reader.as_ref().unwrap();
    assert_eq!(r.target, None, "the jump is done, not left for the next frame");
    let rendered = r.lines().unwrap();
    let target = rendered.line_for_source(line);
    let max = rendered.lines.len().saturating_sub(r.height);
    assert_eq!(r.scroll, target.saturating_sub(2).min(max));
    let (a, b) = r.mark.expect("the line is marked");
    assert_eq!(a, target);
    assert!(b > a);
}

#[test]
fn headings_and_links_work_from_the_layout_computed_in_update() {
    use scsdash::app::{archive, Action};
    let mut app = demo_app();
    resize(&mut app, 120, 40);
    archive::open_at(&mut app, TECH_WEEKLY, 0);
    let r = app.archive.reader.as_ref().unwrap();
    let rendered = r.lines().unwrap();
    let max = rendered.lines.len().saturating_sub(r.height);
    let first = rendered.headings.iter().map(|h| h.line).find(|&l| l > 0).expect("a heading below the top");
    let links = rendered.links.clone();
    action(&mut app, Action::NextGroup);
    assert_eq!(app.archive.reader.as_ref().unwrap().scroll, first.min(max), "next heading");
    action(&mut app, Action::PrevGroup);
    assert_eq!(app.archive.reader.as_ref().unwrap().scroll, 0, "back to the top");
    // Follow the first link to other minutes, chosen with → as the user does.
    let target = links.iter().position(|l| archive::minutes_path_of(&app, &l.url).is_some());
    let target = target.expect("the demo Tech Weekly links to other minutes");
    for _ in 0..=target {
        action(&mut app, Action::Right);
    }
    assert_eq!(app.archive.reader.as_ref().unwrap().link, Some(target));
    action(&mut app, Action::Open);
    let r = app.archive.reader.as_ref().unwrap();
    assert_ne!(r.path, TECH_WEEKLY, "the link was followed");
    assert!(r.lines().is_some(), "and the new meeting laid out at once");
}

#[test]
fn a_click_on_the_last_frames_list_area_selects_that_row() {
    use ratatui::layout::Rect;
    use scsdash::app::{FrameInfo, HitMap};
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('4'));
    let n = scsdash::app::actions::rows(&app).len();
    assert!(n > 8, "{n} action items");
    // A frame that showed the list from row 3 in rows 5-14 of the screen.
    let list = Rect::new(0, 5, 80, 10);
    let frame = FrameInfo {
        area: Rect::new(0, 0, 80, 24),
        hits: HitMap { tabs: vec![], lists: vec![(list, 3, 0)] },
        page: Some(10),
        offsets: vec![(0, 3)],
        ..Default::default()
    };
    app.on_drawn(frame);
    assert_eq!(app.page, 10);
    assert_eq!(app.actions.list.offset, 3, "the first row shown is kept");
    app.on_event(left_click(4, 7));
    assert_eq!(app.actions.list.selected, 5, "the third row shown: 3 + 2");
    // The view stays where it was: the clicked row is not scrolled to the bottom.
    assert_eq!(app.actions.list.first_visible(10, n), 3);
    // Outside every area, nothing happens.
    app.on_event(left_click(4, 20));
    assert_eq!(app.actions.list.selected, 5);
}

#[test]
fn a_list_keeps_its_scroll_between_frames() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('4'));
    screen(&mut app, 120, 15);
    let n = scsdash::app::actions::rows(&app).len();
    let (rect, first, _) = app.hits.lists[0];
    let h = usize::from(rect.height);
    assert!(first == 0 && n > h + 2, "{n} rows in {h}");
    key(&mut app, KeyCode::Char('G'));
    screen(&mut app, 120, 15);
    assert_eq!(app.hits.lists[0].1, n - h, "the last page");
    // Moving up inside the view does not scroll: the cursor leaves the bottom row.
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    screen(&mut app, 120, 15);
    assert_eq!(app.hits.lists[0].1, n - h);
    assert_eq!(app.actions.list.selected, n - 3);
    // A click on the top row selects it without scrolling.
    let (rect, first, _) = app.hits.lists[0];
    app.on_event(left_click(rect.x + 2, rect.y));
    assert_eq!(app.actions.list.selected, first);
    screen(&mut app, 120, 15);
    assert_eq!(app.hits.lists[0].1, first, "the click did not scroll the list");
}

#[test]
fn a_board_column_keeps_its_scroll_between_frames() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('5'));
    // The first card shown of the focused column in the last frame.
    let first_shown = |app: &scsdash::app::App| {
        app.hits.lists.iter().filter(|(_, _, c)| *c == app.board.column).map(|(_, i, _)| *i).min().unwrap()
    };
    // The column with the most cards.
    let cols = scsdash::app::board::columns(&app, app.now.date_naive());
    let (column, n) = cols.iter().map(|c| c.1.len()).enumerate().max_by_key(|(i, n)| (*n, usize::MAX - i)).unwrap();
    while app.board.column != column {
        key(&mut app, KeyCode::Right);
    }
    screen(&mut app, 80, 15);
    key(&mut app, KeyCode::Char('G'));
    screen(&mut app, 80, 15);
    let bottom = first_shown(&app);
    assert!(bottom >= 2, "the column scrolled ({n} cards, the first shown is {bottom})");
    assert_eq!(app.board.list.selected, n - 1);
    // Up inside the view: no scroll.
    key(&mut app, KeyCode::Up);
    screen(&mut app, 80, 15);
    assert_eq!(first_shown(&app), bottom, "moving up inside the view does not scroll");
    // A click on the first card shown selects it without scrolling.
    let (rect, i, _) = *app.hits.lists.iter().find(|(_, i, c)| *c == app.board.column && *i == bottom).unwrap();
    app.on_event(left_click(rect.x + 1, rect.y));
    assert_eq!(app.board.list.selected, i);
    screen(&mut app, 80, 15);
    assert_eq!(first_shown(&app), bottom, "the click did not scroll the column");
    // Above the view it scrolls up to the selection.
    key(&mut app, KeyCode::Char('g'));
    screen(&mut app, 80, 15);
    assert_eq!(first_shown(&app), 0);
}

/// The editor's markdown preview is rendered in update for the width the
/// last frame gave the text (drawing only reads it): Ctrl-P then a frame
/// shows it, an unchanged frame asks for no other, typing re-renders it,
/// and a narrower frame renders it again for the new width.
#[test]
fn the_editor_preview_is_rendered_in_update_for_the_last_frames_width() {
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('7'));
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Enter);
    assert!(app.editor.editing, "a new draft is open");
    let s = screen(&mut app, 120, 40);
    assert!(!s.contains("Preview"), "{s}");
    app.on_key(KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL));
    assert!(app.editor.state.preview_visible());
    let lines = |app: &scsdash::app::App| app.editor.state.preview_lines().map(<[_]>::to_vec).unwrap_or_default();
    assert!(!lines(&app).is_empty(), "the width of the last frame is known: rendered at once");
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Preview"), "{s}");
    chars(&mut app, "\nPREVIEWED WORD");
    let text = |app: &scsdash::app::App| lines(app).iter().map(|l| l.to_string()).collect::<Vec<_>>().join("\n");
    assert!(text(&app).contains("PREVIEWED WORD"), "typing re-renders: {}", text(&app));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("PREVIEWED WORD"), "{s}");
    // A narrower frame: the first one reports the width, the preview follows, then idle.
    let before = lines(&app);
    let s = screen(&mut app, 70, 30);
    assert_ne!(before, lines(&app), "rendered again for the narrower width");
    assert!(s.contains("Preview"), "{s}");
}
