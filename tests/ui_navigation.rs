//! Getting around (issue 13): the navigation history (Esc/Backspace back to
//! exactly where you came from, Ctrl-O/Ctrl-I), one-Enter filters with Ctrl-U
//! and Esc, the scrolling help, status-line notices that expire, my teams
//! first, and hints drawn from the keymap.

mod support;

use chrono::Duration;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use scsdash::app::{App, PaneId};
use scsdash::config::Config;
use scsdash::sources::Workspace;
use support::*;

fn goto(app: &mut App, p: PaneId) {
    key(app, KeyCode::Char(char::from(b'1' + p.index() as u8)));
    assert_eq!(app.pane, p);
}

fn ctrl(app: &mut App, c: char) {
    app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

fn reader_path(app: &App) -> Option<String> {
    app.archive.reader.as_ref().map(|r| r.path.clone())
}

#[test]
fn esc_after_opening_a_meeting_from_action_items_returns_there() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Actions);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    let sel = app.actions.list.selected;
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Archive);
    assert!(reader_path(&app).is_some());
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.pane, PaneId::Actions, "back where we came from, not the Archive");
    assert_eq!(app.actions.list.selected, sel, "with the same selection");
    // Ctrl-I goes forward to the document again; Ctrl-O back.
    ctrl(&mut app, 'i');
    assert_eq!(app.pane, PaneId::Archive);
    assert!(reader_path(&app).is_some());
    ctrl(&mut app, 'o');
    assert_eq!(app.pane, PaneId::Actions);
}

#[test]
fn esc_after_following_a_link_returns_to_the_previous_document() {
    let mut app = demo_app();
    scsdash::app::archive::open_at(&mut app, "community-call/20261119.md", 0);
    // Draw once so the reader knows its links, then follow one to other minutes.
    let _ = screen(&mut app, 120, 40);
    let links = app.archive.reader.as_ref().unwrap().lines().unwrap().links.clone();
    let target = links.iter().position(|l| scsdash::app::archive::minutes_path_of(&app, &l.url).is_some());
    let Some(target) = target else {
        panic!("the demo Tech Weekly links to other minutes: {links:?}");
    };
    for _ in 0..=target {
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Enter);
    let second = reader_path(&app).unwrap();
    assert_ne!(second, "community-call/20261119.md");
    // Backspace is Esc too.
    key(&mut app, KeyCode::Backspace);
    assert_eq!(reader_path(&app).as_deref(), Some("community-call/20261119.md"), "the previous document");
    assert_eq!(app.archive.reader.as_ref().unwrap().link, Some(target), "with the link selected as before");
}

#[test]
fn overview_enter_then_esc_comes_back_to_the_overview_box() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Archive);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.pane, PaneId::Overview);
    assert_eq!(app.overview.focus, 2);
    assert_eq!(app.overview.lists[2].selected, 1);
    // Nothing further back: Esc now does the pane's own Back, Ctrl-O says so.
    ctrl(&mut app, 'o');
    assert_eq!(app.pane, PaneId::Overview);
    assert!(app.status.info.as_deref().is_some_and(|i| i.contains("nothing to go back")));
}

#[test]
fn esc_leaves_the_decisions_timeline() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Archive);
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(app.archive.view, scsdash::app::archive::View::Decisions);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.archive.view, scsdash::app::archive::View::Tree);
    assert_eq!(app.pane, PaneId::Archive);
}

#[test]
fn decisions_have_a_topic_newest_first_and_filter() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Archive);
    key(&mut app, KeyCode::Char('d'));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Topic") && s.contains("Decision"), "{s}");
    let rows = scsdash::app::archive::decision_rows(&app);
    assert!(rows.windows(2).all(|w| w[0].date >= w[1].date), "newest first");
    let n = rows.len();
    chars(&mut app, "/");
    chars(&mut app, "container");
    key(&mut app, KeyCode::Enter);
    let m = scsdash::app::archive::decision_rows(&app).len();
    assert!(m > 0 && m < n, "{m} of {n}");
}

#[test]
fn one_enter_applies_ctrl_u_clears_esc_cancels() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Tenders);
    let all = scsdash::app::tenders::rows(&app).len();
    chars(&mut app, "/vp12");
    key(&mut app, KeyCode::Enter);
    assert!(!app.tenders.list.editing, "one Enter applies");
    assert_eq!(scsdash::app::tenders::rows(&app).len(), 1);
    // The next Enter opens the one tender.
    key(&mut app, KeyCode::Enter);
    assert!(app.tenders.detail);
    key(&mut app, KeyCode::Esc);
    // Editing again: Esc goes back to the filter as it was.
    chars(&mut app, "/xyz");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.tenders.list.filter, "vp12");
    // Ctrl-U clears what was typed.
    chars(&mut app, "/");
    ctrl(&mut app, 'u');
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.tenders.list.filter, "");
    assert_eq!(scsdash::app::tenders::rows(&app).len(), all);
}

#[test]
fn help_scrolls_on_a_small_terminal() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Archive);
    key(&mut app, KeyCode::Char('?'));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("more"), "a sign that there is more:\n{s}");
    assert!(!s.contains("click to focus"), "the last row is below:\n{s}");
    key(&mut app, KeyCode::Char('G'));
    assert!(app.help, "navigation keys scroll, they do not close");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("click to focus"), "scrolled to the end:\n{s}");
    key(&mut app, KeyCode::Char('x'));
    assert!(!app.help);
}

#[test]
fn notices_expire_errors_stay_until_a_key() {
    let mut app = demo_app();
    let t0 = app.now;
    app.status.info = Some("copied https://example.org".into());
    app.status.error = Some("sync failed".into());
    let (changed, left) = app.expire_status(t0);
    assert!(!changed && left.is_some());
    let (changed, _) = app.expire_status(t0 + Duration::seconds(6));
    assert!(changed);
    assert_eq!(app.status.info, None, "the notice went");
    assert!(app.status.error.is_some(), "the error stays");
    key(&mut app, KeyCode::Down);
    assert_eq!(app.status.error, None, "until the next key");
}

#[test]
fn status_messages_are_cut_to_their_slot() {
    let mut app = demo_app();
    app.status.error = Some("x".repeat(300));
    let s = screen(&mut app, 80, 24);
    let last = s.lines().nth(23).unwrap();
    assert!(last.contains('…'), "{last}");
    assert!(last.contains("Europe/Berlin"), "the zone and clock stay readable: {last}");
    assert!(!last.contains("xEurope"), "a space between: {last}");
}

#[test]
fn hints_come_from_the_keymap() {
    let mut cfg = Config::default();
    cfg.user.github = Some("demo-user".into());
    cfg.keys.insert("quit".into(), "x".into());
    cfg.keys.insert("mine".into(), "M".into());
    let mut app = app_with(cfg, Workspace::demo());
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("x quit") && !s.contains("q quit"), "{s}");
    goto(&mut app, PaneId::Actions);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("M mine") && !s.contains("m mine"), "{s}");
    key(&mut app, KeyCode::Char('?'));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("x  quit") || s.contains("x  quit"), "help:\n{s}");
}

#[test]
fn table_columns_never_touch() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Actions);
    for w in [60u16, 80, 120, 200] {
        let s = screen(&mut app, w, 30);
        let header = s.lines().nth(2).unwrap().trim_matches('│');
        // The status column only where there is room (the title names the
        // status shown: "14 open").
        let names: &[&str] = if w >= 112 {
            &["Team", "Owners", "Item", "Age", "Last seen", "Status"]
        } else {
            &["Team", "Owners", "Item", "Age", "Last seen"]
        };
        for name in names {
            assert!(header.contains(&format!("{name} ")) || header.trim_end().ends_with(name), "{w}: {header}");
        }
        let item_at = header.find("Item").unwrap();
        let carried_at = header.find("Age").unwrap();
        assert!(carried_at - item_at >= usize::from(w) * 2 / 5 - 4, "the Item column gets ≥ 40 %: {w}: {header}");
    }
}

#[test]
fn my_teams_come_first_and_t_picks_them() {
    let mut cfg = Config::default();
    cfg.user.github = Some("nobody-here".into());
    cfg.user.teams = vec!["iaas".into()];
    let app = app_with(cfg, Workspace::demo());
    let acts = scsdash::app::overview::open_actions(&app);
    assert_eq!(acts.first().map(|a| a.series.as_str()), Some("iaas"), "my team's items first");
    let mins = scsdash::app::overview::latest_minutes(&app);
    assert_eq!(mins.first().map(|m| m.series.as_str()), Some("iaas"));
    let meets = scsdash::app::overview::next_meetings(&app);
    assert!(meets.first().is_some_and(|o| o.title.contains("IaaS")), "{:?}", meets.first().map(|o| &o.title));
    assert!(
        scsdash::app::editor::default_new(&app).starts_with("iaas "),
        "{}",
        scsdash::app::editor::default_new(&app)
    );
    // The picker: T, move to a team, Space toggles.
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('T'));
    assert!(app.teams_picker.is_some());
    key(&mut app, KeyCode::Char(' '));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("My teams") && s.contains("[x] Team Container"), "{s}");
    key(&mut app, KeyCode::Char('q'));
    assert!(app.teams_picker.is_none() && !app.quit, "q closes the picker first");
    assert_eq!(app.config.user.teams, vec!["container".to_string()]);
}

#[test]
fn completion_offers_only_valid_handles() {
    use scsdash::app::editor::github_handle;
    assert_eq!(github_handle("@garloff").as_deref(), Some("@garloff"));
    assert_eq!(github_handle("@garloff_").as_deref(), Some("@garloff"));
    assert_eq!(github_handle("@garloff (traveling)"), None);
    assert_eq!(github_handle("@-x"), None);
    assert_eq!(github_handle(&format!("@{}", "a".repeat(40))), None);
    let app = demo_app();
    let words = scsdash::app::editor::completion_words(&app);
    for w in words.iter().filter(|w| w.starts_with('@')) {
        assert_eq!(github_handle(w).as_deref(), Some(w.as_str()), "{w}");
    }
}

#[test]
fn countdowns_say_hours_and_days() {
    let mut app = demo_app();
    // Tue 2026-11-24 16:00 Berlin: the next meeting is Thu 10:05 (42 h 5 min).
    app.now -= Duration::hours(20);
    goto(&mut app, PaneId::Schedule);
    let s = screen(&mut app, 160, 40);
    assert!(s.contains("(in 1 d 18 h)") || s.contains("(in 42 h)") || s.contains("(in 22 h"), "{s}");
}

#[test]
fn board_cards_wrap_and_hidden_columns_are_named() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Board);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("more"), "columns off screen are named:\n{s}");
    key(&mut app, KeyCode::Char('z'));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("hidden (z shows)"), "{s}");
    key(&mut app, KeyCode::Char('z'));
    assert!(!screen(&mut app, 120, 40).contains("hidden (z shows)"));
}

#[test]
fn esc_walks_back_a_chain_of_jumps() {
    let mut app = demo_app();
    // Overview → the tender's timeline → the minutes of its last entry.
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Tenders);
    assert!(app.tenders.detail);
    let event = app.tenders.event;
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Archive);
    assert!(reader_path(&app).is_some());
    // Esc: the timeline, at the same entry; Esc: the Overview's tenders box.
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.pane, PaneId::Tenders);
    assert!(app.tenders.detail);
    assert_eq!(app.tenders.event, event);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.pane, PaneId::Overview);
    assert_eq!(app.overview.focus, 1);
    // Details opened after arriving are closed by Esc first, then Esc goes back.
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Schedule);
    key(&mut app, KeyCode::Enter);
    assert!(app.schedule.detail);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.pane, PaneId::Schedule);
    assert!(!app.schedule.detail);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.pane, PaneId::Overview);
    assert_eq!(app.overview.focus, 0);
}
