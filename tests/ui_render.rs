//! Render tests (ratatui TestBackend): every pane at a wide and a narrow
//! size, the loading/error/too-small states, help, and hostile text.

mod support;

use ratatui::crossterm::event::KeyCode;
use scsdash::app::{App, LoadState, Msg, PaneId};
use scsdash::config::Config;
use scsdash::model::SourceFile;
use scsdash::sources::{Origin, Workspace};
use support::*;

const SIZES: [(u16, u16); 2] = [(120, 40), (72, 20)];

fn goto(app: &mut App, p: PaneId) {
    key(app, KeyCode::Char(char::from(b'1' + p.index() as u8)));
    assert_eq!(app.pane, p);
}

#[test]
fn overview_shows_all_four_boxes_with_demo_data() {
    for (w, h) in SIZES {
        let mut app = demo_app();
        let s = screen(&mut app, w, h);
        assert!(s.contains("Next meetings"), "{s}");
        assert!(s.contains("Open tenders"), "{s}");
        assert!(s.contains("Open action items"), "{s}");
        assert!(s.contains("Latest minutes"), "{s}");
        assert!(s.contains("DEMO DATA"), "demo banner at {w}x{h}:\n{s}");
        assert!(s.contains("demo data"), "status line names the origin:\n{s}");
        assert!(s.contains("VP14"), "an open tender:\n{s}");
        assert!(!s.contains("VP12 "), "VP12 was started, not open:\n{s}");
        assert!(s.contains("Tech Weekly 2026-11-19 · minutes: Tobias"), "latest Tech Weekly news:\n{s}");
    }
    let s = screen(&mut demo_app(), 140, 40);
    assert!(s.contains("welcome: Pekka Virtanen"), "new members:\n{s}");
    assert!(s.contains("Lightning talk") && s.contains("next week:"), "lightning talks:\n{s}");
}

#[test]
fn overview_puts_my_items_first() {
    let mut app = demo_app();
    let s = screen(&mut app, 120, 40);
    let box_line = s.lines().position(|l| l.contains("Open action items")).unwrap();
    let first_item = s.lines().nth(box_line + 1).unwrap();
    assert!(first_item.contains("★") && first_item.contains("demo-user"), "{first_item}");
}

#[test]
fn overview_next_meeting_has_countdown() {
    let mut app = demo_app();
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Team Ops Meeting"), "{s}");
    assert!(s.contains("in 22 h 5 min"), "countdown to Thu 10:05 Berlin from Wed 12:00:\n{s}");
}

#[test]
fn schedule_week_view() {
    for (w, h) in SIZES {
        let mut app = demo_app();
        goto(&mut app, PaneId::Schedule);
        let s = screen(&mut app, w, h);
        assert!(s.contains("Week of Mon 23 Nov 2026"), "{s}");
        assert!(s.contains("◆ today"), "{s}");
        assert!(s.contains("── now 12:00 ──"), "{s}");
        assert!(s.contains("Team Ops Meeting"), "{s}");
        // Found in the tmux walk-through: "cancelled · unchanged" read as a
        // contradiction; the note says it is the reshuffle's.
        assert!(s.contains("cancelled  · reshuffle: unchanged"), "{w}x{h}:\n{s}");
    }
    let mut app = demo_app();
    goto(&mut app, PaneId::Schedule);
    key(&mut app, KeyCode::Char(']'));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Week of Mon 30 Nov 2026"), "{s}");
    key(&mut app, KeyCode::Char('t'));
    assert!(screen(&mut app, 120, 40).contains("Week of Mon 23 Nov 2026"));
    key(&mut app, KeyCode::Enter);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Details"), "{s}");
    assert!(s.contains("https://conf.scs.koeln:8443/SCS-Tech"), "{s}");
}

/// Data whose schedule was expanded around another clock (the wall clock
/// while the dashboard runs `--as-of` a day long ago) is expanded again
/// around the dashboard's: the week of the as-of day shows its meetings.
#[test]
fn a_schedule_expanded_around_another_clock_is_expanded_around_the_dashboards() {
    let mut app = demo_app();
    let mut d = scsdash::data::analyze(&Workspace::demo());
    d.expand(now() + chrono::TimeDelta::days(400), chrono_tz::Europe::Berlin);
    let id = app.begin_load();
    app.on_msg(Msg::Loaded { id, origin: Origin::Demo, data: Ok(Box::new(d)) });
    // The Overview's next meetings and the countdown read the expansion alone.
    let s = screen(&mut app, 120, 40);
    assert!(!s.contains("Next meetings (0)") && s.contains("SCS Tech Weekly"), "{s}");
    assert!(s.contains(" in 22 h"), "the countdown to the next meeting:\n{s}");
}

#[test]
fn schedule_in_another_zone_shows_berlin_time_beside() {
    let mut app = demo_app();
    app.tz = chrono_tz::America::New_York;
    // The schedule is expanded once per data load, in the display zone.
    let now = app.now;
    app.data.as_mut().unwrap().expand(now, chrono_tz::America::New_York);
    goto(&mut app, PaneId::Schedule);
    let s = screen(&mut app, 120, 40);
    // Thu 26 Nov 10:05 Berlin = 04:05 in New York.
    assert!(s.contains("04:05–04:55") && s.contains("(Berlin 10:05)"), "{s}");
}

#[test]
fn tenders_list_and_timeline() {
    for (w, h) in SIZES {
        let mut app = demo_app();
        goto(&mut app, PaneId::Tenders);
        let s = screen(&mut app, w, h);
        assert!(s.contains("Tenders · 3 open · 0 stale of 5"), "{s}");
        assert!(s.contains("Kranich Sys"), "awardee (cut with … when narrow: the title keeps 40 %):\n{s}");
        let first = s.lines().nth(3).unwrap();
        assert!(first.contains("VP09a") || first.contains("VP14") || first.contains("VP15"), "open first: {first}");
    }
    let mut app = demo_app();
    goto(&mut app, PaneId::Tenders);
    chars(&mut app, "/vp12");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("VP12 · Health monitoring v2 · started"), "{s}");
    assert!(s.contains("evaluating"), "history:\n{s}");
    assert!(s.contains("awarded"), "history:\n{s}");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Archive, "Enter on an entry opens the minutes");
    assert!(app.archive.reader.is_some());
}

#[test]
fn actions_pane_filters_mine_and_status() {
    for (w, h) in SIZES {
        let mut app = demo_app();
        goto(&mut app, PaneId::Actions);
        let s = screen(&mut app, w, h);
        assert!(s.contains("Action items"), "{s}");
        assert!(s.contains("demo-user"), "{s}");
    }
    let mut app = demo_app();
    goto(&mut app, PaneId::Actions);
    let all_open = scsdash::app::actions::rows(&app).len();
    key(&mut app, KeyCode::Char('m'));
    let mine = scsdash::app::actions::rows(&app).len();
    assert!(mine > 0 && mine < all_open, "mine {mine} of {all_open}");
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("mine (@demo-user)"), "{s}");
    assert!(!s.contains("lfontaine"), "{s}");
    key(&mut app, KeyCode::Char('m'));
    key(&mut app, KeyCode::Char('s'));
    assert!(screen(&mut app, 120, 40).contains(" done"), "status filter cycles to done");
    key(&mut app, KeyCode::Char('s'));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("stale"), "{s}");
    assert!(s.contains("hkessler"), "the stale Ceph item:\n{s}");
}

#[test]
fn board_demo_and_without_token() {
    for (w, h) in SIZES {
        let mut app = demo_app();
        goto(&mut app, PaneId::Board);
        let s = screen(&mut app, w, h);
        assert!(s.contains("SCS Sprint Board (demo)"), "the bundled demo board:\n{s}");
        assert!(s.contains("Todo (3)"), "{s}");
        assert!(s.contains(" 5 Sprint board "), "the active tab is named:\n{s}");
    }
    // The Action items pane shows the board status of linked issues.
    let mut app = demo_app();
    goto(&mut app, PaneId::Actions);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("[In Progress]"), "{s}");
    for (w, h) in SIZES {
        let mut app = demo_app();
        app.board.board = None;
        app.board.demo = false;
        goto(&mut app, PaneId::Board);
        let s = screen(&mut app, w, h);
        assert!(s.contains("GITHUB_TOKEN"), "{s}");
    }
}

#[test]
fn board_with_cards_shows_columns() {
    use scsdash::model::board::{Board, Card, Iteration};
    let mut app = demo_app();
    app.session.has_token = true;
    app.session.network = true;
    let card = |t: &str, st: &str, label: &str| Card {
        title: t.into(),
        repo: Some("SovereignCloudStack/standards".into()),
        number: Some(7),
        labels: vec![label.into()],
        status: Some(st.into()),
        iteration: Some("Kyoto".into()),
        assignees: vec!["demo-user".into()],
        url: Some("https://github.com/SovereignCloudStack/standards/issues/7".into()),
        ..Card::default()
    };
    let board = Board {
        title: "SCS Sprint Board".into(),
        columns: vec!["Backlog".into(), "In Progress".into(), "Done".into()],
        cards: vec![
            card("Write the IPv6 test", "In Progress", "iaas"),
            card("Cluster stack docs", "Backlog", "container"),
        ],
        iterations: vec![Iteration {
            id: "1".into(),
            title: "Kyoto".into(),
            start_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 16).unwrap(),
            duration: 14,
        }],
        ..Board::default()
    };
    let request = match scsdash::app::board::on_enter(&mut app).as_slice() {
        [scsdash::app::Cmd::FetchBoard { request, .. }] => *request,
        other => panic!("expected a board fetch, got {other:?}"),
    };
    app.on_msg(Msg::Board { request, result: Ok(board) });
    goto(&mut app, PaneId::Board);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("In Progress (1)"), "{s}");
    assert!(s.contains("Write the IPv6"), "{s}");
    assert!(s.contains("sprint Kyoto"), "{s}");
    assert!(s.contains("SovereignCloudStack/standards#7 · sprint Kyoto · labels: container"), "card detail line:\n{s}");
    key(&mut app, KeyCode::Char(']'));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("· container ·"), "team switch, configured teams first:\n{s}");
    assert!(!s.contains("Write the IPv6"), "{s}");
    let s = screen(&mut app, 72, 20);
    assert!(s.contains("Backlog"), "{s}");
}

#[test]
fn archive_tree_reader_search_decisions() {
    for (w, h) in SIZES {
        let mut app = demo_app();
        goto(&mut app, PaneId::Archive);
        let s = screen(&mut app, w, h);
        assert!(s.contains("Tech Weekly (8)"), "{s}");
        key(&mut app, KeyCode::Down);
        key(&mut app, KeyCode::Enter);
        let s = screen(&mut app, w, h);
        assert!(s.contains("SCS Tech Weekly 2026-11-19"), "reader:\n{s}");
        assert!(s.contains("Minutes: Tobias"), "{s}");
    }
    let mut app = demo_app();
    goto(&mut app, PaneId::Archive);
    chars(&mut app, "/nordlicht cloud");
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Search ·") && s.contains("Nordlicht Cloud"), "{s}");
    key(&mut app, KeyCode::Enter); // stop typing
    key(&mut app, KeyCode::Enter); // open the hit
    assert!(app.archive.reader.is_some());
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('d'));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Decisions ·"), "{s}");
    assert!(s.contains("It was decided that"), "{s}");
}

#[test]
fn archive_follows_links_between_meetings() {
    let mut app = demo_app();
    scsdash::app::archive::open_at(&mut app, "community-call/20261119.md", 0);
    // Draw once (the reader is laid out for this size), then select links
    // until one points to another meeting, and follow it.
    screen(&mut app, 120, 40);
    for _ in 0..40 {
        key(&mut app, KeyCode::Char('l'));
        screen(&mut app, 120, 40);
        let s = screen(&mut app, 120, 40);
        if s.contains("minutes/blob/main/container/") {
            break;
        }
    }
    key(&mut app, KeyCode::Enter);
    let path = app.archive.reader.as_ref().map(|r| r.path.clone()).unwrap_or_default();
    assert!(path.starts_with("container/"), "followed to {path}");
}

#[test]
fn editor_pane_drafts_from_the_template() {
    for (w, h) in SIZES {
        let mut app = demo_app();
        goto(&mut app, PaneId::Editor);
        let s = screen(&mut app, w, h);
        assert!(s.contains("No drafts yet"), "{s}");
    }
    let mut app = demo_app();
    goto(&mut app, PaneId::Editor);
    key(&mut app, KeyCode::Char('n'));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("New draft (series YYYY-MM-DD): ops 2026-11-26"), "default: the next meeting:\n{s}");
    // Change it to the Tech Weekly of that week.
    for _ in 0.."ops 2026-11-26".len() {
        key(&mut app, KeyCode::Backspace);
    }
    chars(&mut app, "community-call 2026-11-26");
    key(&mut app, KeyCode::Enter);
    assert!(app.editor.editing, "the new draft is open for editing");
    let text = app.editor.state.text();
    assert!(text.contains("# SCS Tech Weekly 2026-11-26"), "{text}");
    assert!(text.contains("### Tenders"), "{text}");
    assert!(text.contains("VP14"), "open tenders prefilled:\n{text}");
    assert!(text.contains("minutes/blob/main/container/20261116.md"), "team minutes link:\n{text}");
    assert!(text.contains("@demo-user"), "team open action items:\n{text}");
    assert!(text.contains("- [ ] Pekka: share"), "plain names get no @:\n{text}");
    for (w, h) in SIZES {
        let s = screen(&mut app, w, h);
        assert!(s.contains("SCS Tech Weekly 2026-11-26"), "{s}");
    }
    chars(&mut app, "Grüße ");
    assert!(app.editor.state.is_dirty());
    // Completion words come from the loaded minutes.
    chars(&mut app, "@mira-l");
    key(&mut app, KeyCode::Tab);
    assert!(app.editor.state.text().contains("Grüße @mira-lindqvist"), "{}", app.editor.state.text());
    let cmds = key(&mut app, KeyCode::Esc);
    assert!(!app.editor.editing);
    // Leaving the text saves in the background; here the save runs as the drafts worker runs it.
    assert!(run_saves(&mut app, cmds).is_empty());
    assert!(!app.editor.state.is_dirty(), "saved");
    // q works again outside the text.
    key(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

#[test]
fn help_overlay_lists_pane_keys() {
    let mut app = demo_app();
    goto(&mut app, PaneId::Actions);
    key(&mut app, KeyCode::Char('?'));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Keys · Action items"), "{s}");
    assert!(s.contains("only mine"), "{s}");
    assert!(s.contains("Shift-Tab"), "{s}");
    key(&mut app, KeyCode::Char('x'));
    assert!(!screen(&mut app, 120, 40).contains("Keys ·"), "any key closes help");
    goto(&mut app, PaneId::Archive);
    key(&mut app, KeyCode::Char('?'));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("decisions timeline"), "{s}");
}

#[test]
fn too_small_terminal_says_so() {
    let mut app = demo_app();
    let s = screen(&mut app, 40, 10);
    assert!(s.contains("Terminal too small"), "{s}");
    assert!(s.contains("40×10"), "{s}");
}

#[test]
fn loading_and_error_states() {
    let mut cfg = Config::default();
    cfg.editor.drafts_dir = Some(tempfile::tempdir().unwrap().keep());
    let mut app = App::new(cfg.clone(), chrono_tz::UTC, now(), true, false);
    assert!(screen(&mut app, 100, 30).contains("Loading minutes and calendar"));
    let mut app = App::new(cfg, chrono_tz::UTC, now(), true, false);
    let id = app.begin_load();
    let err = scsdash::data::DataError::NoMinutes("/nope".into());
    app.on_msg(Msg::Loaded { id, origin: Origin::Demo, data: Err(err) });
    assert_eq!(app.load, LoadState::Error("minutes: no .md files in /nope".into()));
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Could not load the data: minutes: no .md files in /nope"), "{s}");
}

/// A first start's calendar-only answer (no index yet, the minutes still
/// being read).
fn reading_answer() -> Box<scsdash::data::Data> {
    let mut d = scsdash::data::analyze(&Workspace::demo());
    d.minutes = Default::default();
    d.reading = Some(42);
    Box::new(d)
}

/// While a first start reads the minutes, the calendar shows and every pane
/// of the minutes says they are being read: never "nothing here", never a
/// count of 0 that would read as "no open items". The whole data replaces it.
#[test]
fn a_first_start_shows_the_calendar_while_it_reads_the_minutes() {
    let mut app = demo_app();
    let id = app.begin_load();
    app.on_msg(Msg::Loaded { id, origin: Origin::Demo, data: Ok(reading_answer()) });
    for (w, h) in SIZES {
        let s = screen(&mut app, w, h);
        assert!(s.contains("Next meetings (") && !s.contains("Next meetings (…)"), "the calendar counts:\n{s}");
        assert!(s.contains("Open action items (…)") && s.contains("Open tenders (…)"), "{s}");
        assert!(s.contains("reading 42 meeting files"), "{s}");
        assert!(!s.contains("nothing here") && !s.contains("(0)"), "{s}");
    }
    for (p, title) in [
        (PaneId::Actions, "Action items · reading…"),
        (PaneId::Tenders, "Tenders · reading…"),
        (PaneId::Archive, "Archive · 42 files · reading…"),
    ] {
        goto(&mut app, p);
        let s = screen(&mut app, 120, 40);
        assert!(s.contains(title), "{p:?}:\n{s}");
        assert!(s.contains("reading 42 meeting files") && !s.contains("nothing here"), "{p:?}:\n{s}");
    }
    goto(&mut app, PaneId::Schedule);
    let s = screen(&mut app, 120, 40);
    assert!(s.lines().last().is_some_and(|l| l.contains("reading 42 meeting files")), "the status line:\n{s}");
    goto(&mut app, PaneId::Editor);
    let s = screen(&mut app, 120, 40);
    let body: Vec<&str> = s.lines().collect();
    assert!(!body[..body.len() - 1].iter().any(|l| l.contains("reading 42")), "the drafts are no minutes:\n{s}");
    let id = app.begin_load();
    app.on_msg(Msg::Loaded {
        id,
        origin: Origin::Demo,
        data: Ok(Box::new(scsdash::data::analyze(&Workspace::demo()))),
    });
    goto(&mut app, PaneId::Overview);
    let s = screen(&mut app, 120, 40);
    assert!(!s.contains("reading 4") && s.contains("VP14"), "{s}");
}

/// A load that fails after the calendar-only answer shows the error, not
/// "reading" for ever.
#[test]
fn an_error_after_the_reading_answer_is_the_error_screen() {
    let mut app = demo_app();
    let id = app.begin_load();
    app.on_msg(Msg::Loaded { id, origin: Origin::Demo, data: Ok(reading_answer()) });
    app.on_msg(Msg::Loaded { id, origin: Origin::Demo, data: Err(scsdash::data::DataError::NothingLoaded) });
    assert!(matches!(app.load, LoadState::Error(_)), "{:?}", app.load);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Could not load the data") && !s.contains("meeting files…"), "{s}");
}

#[test]
fn stale_load_results_are_dropped() {
    let mut app = demo_app();
    let old = app.begin_load();
    let _new = app.begin_load();
    app.on_msg(Msg::Loaded { id: old, origin: Origin::Demo, data: Err(scsdash::data::DataError::NothingLoaded) });
    assert!(app.status.error.is_none(), "an answer to an older request is ignored");
}

#[test]
fn hostile_text_never_reaches_the_screen() {
    // ESC and BEL are dropped by ratatui 0.30 itself; bidi controls (U+202E RLO, U+2066
    // LRI, U+200F RLM) and C1 controls (U+009B CSI, U+0085 NEL, U+009D OSC) are not:
    // only the project's sanitiser keeps them off the screen.
    let evil = "# Evil \x1b[2J\x1b]0;pwned\x07 title \u{202E}desrever\u{202C}\n\n- _AI @x_: run \x1b[31mred\x1b[0m now \u{9b}2J \u{2066}iso\u{2069}\n\n### Tenders\n\n- VP99 (Bad\x1b[H\u{85}\u{9d}0;t\u{200F}): Tender is open\n";
    let ws = Workspace {
        origin: Origin::Demo,
        minutes: vec![SourceFile::new("community-call/20261119.md", evil.as_bytes().to_vec())],
        calendar: vec![],
        ics: None,
        warnings: vec![],
    };
    let mut app = app_with(Config::default(), ws);
    let bad = |c: char| {
        c == '\x1b'
            || c == '\x07'
            || ('\u{80}'..='\u{9f}').contains(&c)
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    // The raw text reaches ratatui's buffer unchanged unless the project cleans it.
    assert!(evil.chars().filter(|c| *c != '\x1b' && *c != '\x07').any(bad), "the test text has what ratatui keeps");
    for p in PaneId::ALL {
        goto(&mut app, p);
        let s = screen(&mut app, 120, 40);
        assert!(!s.chars().any(bad), "control or bidi character in pane {p:?}:\n{s:?}");
    }
    scsdash::app::archive::open_at(&mut app, "community-call/20261119.md", 0);
    let s = screen(&mut app, 120, 40);
    assert!(!s.chars().any(bad), "{s:?}");
    assert!(s.contains("Evil"), "{s}");
    assert!(s.contains("VP99") || s.contains("Tender"), "{s}");
}

/// The premise of `hostile_text_never_reaches_the_screen`: ratatui itself keeps bidi
/// and C1 controls (so that test passes only through the project's sanitiser).
#[test]
fn ratatui_alone_keeps_bidi_and_c1_controls() {
    use ratatui::widgets::Widget;
    let area = ratatui::layout::Rect::new(0, 0, 20, 1);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    ratatui::text::Line::raw("a\u{202E}b\u{9b}c").render(area, &mut buf);
    let s: String = buf.content().iter().map(|c| c.symbol()).collect();
    assert!(s.contains('\u{202E}') || s.contains('\u{9b}'), "ratatui dropped them itself: {s:?}");
}

#[test]
fn no_color_theme_has_no_colours() {
    let mut cfg = Config::default();
    cfg.editor.drafts_dir = Some(tempfile::tempdir().unwrap().keep());
    let mut app = App::new(cfg, chrono_tz::UTC, now(), true, true);
    let id = app.begin_load();
    app.on_msg(Msg::Loaded {
        id,
        origin: Origin::Demo,
        data: Ok(Box::new(scsdash::data::analyze(&Workspace::demo()))),
    });
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    draw(&mut app, &mut t);
    let buf = t.backend().buffer();
    for cell in buf.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset, "NO_COLOR: no foreground colour");
        assert_eq!(cell.bg, ratatui::style::Color::Reset, "NO_COLOR: no background colour");
    }
}

#[test]
fn every_pane_at_odd_sizes_never_panics() {
    let mut app = demo_app();
    for p in PaneId::ALL {
        goto(&mut app, p);
        if p == PaneId::Archive {
            key(&mut app, KeyCode::Down);
            key(&mut app, KeyCode::Enter);
        }
        for w in [1u16, 2, 10, 30, 59, 60, 61, 75, 99, 100, 101, 160] {
            for h in [1u16, 2, 5, 14, 15, 16, 17, 18, 24, 50] {
                let s = screen(&mut app, w, h);
                if w < 60 || h < 15 {
                    assert!(s.contains("Terminal") || w < 20 || h < 3, "{w}x{h}: {s}");
                }
            }
        }
    }
}

/// The line of the screen that contains `needle`.
fn line_with<'a>(s: &'a str, needle: &str) -> &'a str {
    s.lines().find(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle:?} not on the screen:\n{s}"))
}

#[test]
fn actions_pane_shows_team_age_and_last_seen_as_the_cli_does() {
    // Issue 13, item 15: team, age (first seen) and last seen in the pane.
    let mut app = demo_app();
    goto(&mut app, PaneId::Actions);
    let s = screen(&mut app, 80, 24);
    let header = line_with(&s, "Owners");
    for name in ["Team", "Owners", "Item", "Age", "Last seen"] {
        assert!(header.contains(name), "80x24 header: {header}");
    }
    // First seen 45 days before the newest minutes, in 6 meetings, last seen 3 days before.
    let row = line_with(&s, "update the cluster stack");
    assert!(row.contains("45d 6×") && row.contains("3d ago"), "80x24: {row}");
    let s = screen(&mut app, 120, 40);
    let row = line_with(&s, "update the cluster stack");
    assert!(row.contains("45d 6×") && row.contains("2026-11-16") && row.contains("open"), "120x40: {row}");
    assert!(line_with(&s, "Owners").contains("Status"), "the status column where there is room");
    // Scrolled so that the first row of Team Container is out of view: the
    // first row in view still names its team.
    key(&mut app, KeyCode::Char('G'));
    let s = screen(&mut app, 80, 18);
    assert!(!s.contains("share the replication"), "the group's first row is scrolled off:\n{s}");
    let first_row = s.lines().nth(3).unwrap();
    assert!(first_row.contains("Team Contain"), "the first row in view names its team:\n{s}");
}

#[test]
fn latest_minutes_header_unique_names_and_dated_hackathons() {
    // Issue 13, item 17, on the demo: the third column has a header and the
    // hackathons of the latest Tech Weekly are shown with their date.
    for (w, h) in [(80, 24), (120, 40), (200, 55)] {
        let s = screen(&mut demo_app(), w, h);
        assert!(line_with(&s, "Date").contains("Team"), "{w}x{h}:\n{s}");
        assert!(s.contains("title / minute") || s.contains("title / taker"), "third column header {w}x{h}:\n{s}");
        let hack = line_with(&s, " Hackathons · ");
        assert!(hack.contains("Hackathon #8 (Leipzig, 2026-12-09)"), "{w}x{h}: {hack}");
    }
    // Two series with the same display name, and a hackathon whose date is
    // only in an earlier Tech Weekly (as in the real minutes of 2023-07-20).
    let md = |p: &str, t: &str| SourceFile::new(p, t.as_bytes().to_vec());
    let ws = Workspace {
        origin: Origin::Demo,
        minutes: vec![
            md("iam/20230720.md", "# Team IAM 2023-07-20\n\n- nothing new\n"),
            md("ops-iam/20230719.md", "# Team IAM 2023-07-19\n\nMinutes: @o-otte\n\n- nothing new\n"),
            md(
                "community-call/20230608.md",
                "# SCS Tech Weekly 2023-06-08\n\n## Community\n\n### Hackathons\n\n\
                 - Mini-hackathon 2023-07-18 in Arnsberg near Dortmund about a Central API at Gonicus\n\
                 - Next hackathon 2023-11-08 in Dresden at Cloud&Heat\n",
            ),
            md(
                "community-call/20230720.md",
                "# SCS Tech Weekly 2023-07-20\n\n## Community\n\n### Hackathons\n\n\
                 - Mini hackathon #3 (Central API (CAS))\n  - New SIG for building MVP\n\
                 - Gaia-X Hackathon #7 report\n",
            ),
        ],
        calendar: vec![],
        ics: None,
        warnings: vec![],
    };
    let mut app = app_with(Config::default(), ws);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Team IAM (iam)") && s.contains("Team IAM (ops-iam)"), "never two 'Team IAM':\n{s}");
    let hack = line_with(&s, " Hackathons · ");
    assert!(hack.contains("2023-07-18 Mini hackathon #3 (Central API (CAS))"), "dated from 2023-06-08: {hack}");
    assert!(hack.contains("(no date given) Gaia-X Hackathon #7"), "{hack}");
    // Nor anywhere else: the Archive's tree and reader.
    let mut app = app;
    goto(&mut app, PaneId::Archive);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Team IAM (iam) (1)") && s.contains("Team IAM (ops-iam) (1)"), "archive tree:\n{s}");
    scsdash::app::archive::open_at(&mut app, "ops-iam/20230719.md", 0);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Team IAM (ops-iam) · 2023-07-19"), "reader title:\n{s}");
    assert_eq!(app.series_label("community-call"), "Tech Weekly", "a name no other series has stays as it is");
}

#[test]
fn reader_title_and_tree_rows_do_not_repeat_the_date_or_dangle_a_separator() {
    // Found in the tmux walk-through: "Team Container · 2026-11-16 · 2026-11-16"
    // and tree rows "2026-11-16  · @lfontaine" for minutes titled by their date.
    let mut app = demo_app();
    scsdash::app::archive::open_at(&mut app, "container/20261116.md", 0);
    for (w, h) in [(80, 24), (120, 40), (200, 55)] {
        let s = screen(&mut app, w, h);
        assert!(!s.contains("2026-11-16 · 2026-11-16"), "{w}x{h}:\n{s}");
        assert!(s.contains("Team Container · 2026-11-16 ─"), "{w}x{h}:\n{s}");
    }
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("2026-11-16 @lfontaine"), "the taker without a dangling '·':\n{s}");
    assert!(!s.contains("  · @"), "{s}");
    assert!(s.contains("Tech Weekly (8)") && s.contains("2026-11-19 SCS Tech Weekly · Tobias"), "{s}");
    scsdash::app::archive::open_at(&mut app, "community-call/20261119.md", 0);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Tech Weekly · 2026-11-19 · SCS Tech Weekly ─"), "{s}");
}

#[test]
fn help_rows_are_never_cut_without_a_mark() {
    // Found in the tmux walk-through: the board's help row for z was cut
    // at "(Done, Abandone" in a 64-column popup.
    for (w, h) in [(80, 24), (120, 40), (200, 55), (60, 40)] {
        let mut app = demo_app();
        goto(&mut app, PaneId::Board);
        key(&mut app, KeyCode::Char('?'));
        let s = screen(&mut app, w, h);
        let row = line_with(&s, "hide / show the closed");
        if w >= 80 {
            assert!(row.contains("hide / show the closed columns (Done, Abandoned)"), "{w}x{h}: {row}");
        } else {
            assert!(row.contains("…"), "cut with a mark at {w}x{h}: {row}");
        }
    }
}

#[test]
fn a_new_draft_starts_typing_at_the_participants_and_the_list_names_it_in_full() {
    // Found in the tmux walk-through: after n, Enter the cursor sat before
    // the title ("Hello# Team Ops …"), and the drafts list at 120 columns
    // showed "✎ Team Ops 2026…" to leave room for the save time.
    let mut app = demo_app();
    goto(&mut app, PaneId::Editor);
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Enter);
    assert!(app.editor.editing, "{:?}", app.editor.message);
    chars(&mut app, "Alice");
    let text = app.editor.state.text();
    assert!(text.starts_with("# Team Ops 2026-11-26"), "the title stays first:\n{text}");
    assert!(text.contains("## Participants\n\n- Alice\n"), "typed into the first empty item:\n{text}");
    // (at 80 columns the list gives way to the text while editing)
    for (w, h) in [(120, 40), (200, 55)] {
        let s = screen(&mut app, w, h);
        assert!(s.contains("✎ Team Ops 2026-11-26"), "the draft's name in full at {w}x{h}:\n{s}");
    }
}

#[test]
fn titles_hints_and_prompts_fit_at_80_columns() {
    // Found in the tmux walk-through at 80x24: the Schedule title ran into
    // the corner ("… Team Ops Meeting" cut to "Te┐"), the Drafts hints were
    // cut from the left over the corner ("└w · Enter edit …") and the new
    // draft prompt lost its keys ("… · Ctrl").
    let mut app = demo_app();
    goto(&mut app, PaneId::Schedule);
    let s = screen(&mut app, 80, 24);
    let title = s.lines().nth(1).unwrap();
    assert!(title.ends_with("… ┐") || title.ends_with("─┐"), "the title ends before the corner: {title}");
    for (w, h) in [(80, 24), (120, 40), (200, 55)] {
        let mut app = demo_app();
        goto(&mut app, PaneId::Editor);
        let s = screen(&mut app, w, h);
        let bottom = s.lines().nth(usize::from(h) - 3).unwrap();
        assert!(bottom.starts_with("└─"), "{w}x{h}: the corner stays: {bottom}");
        assert!(bottom.contains("n new"), "{w}x{h}: the main keys stay: {bottom}");
        key(&mut app, KeyCode::Char('n'));
        let s = screen(&mut app, w, h);
        let prompt = s.lines().nth(usize::from(h) - 2).unwrap();
        assert!(prompt.contains("Ctrl-L") && prompt.contains("pad"), "{w}x{h}: {prompt}");
    }
}

#[test]
fn a_tender_timeline_title_names_only_what_is_known() {
    // A tender known only from passing mentions has no title: its timeline's title must not
    // read "VP12 ·  · unknown"; a stale one says since when there is no news.
    let mut app = demo_app();
    {
        let t = app.data.as_mut().unwrap().minutes.tenders.iter_mut().find(|t| t.id == "VP12").unwrap();
        t.title = None;
        t.awardee = None;
        t.stale = true;
    }
    goto(&mut app, PaneId::Tenders);
    chars(&mut app, "/vp12");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    let s = screen(&mut app, 120, 40);
    let top = s.lines().nth(1).unwrap();
    assert!(top.contains("VP12 · running, no news since 2026-11-19"), "{top}");
    assert!(!top.contains("·  ·"), "{top}");
}

#[test]
fn tenders_show_their_keys_and_the_timeline_keeps_line_numbers_at_80_columns() {
    // Found in the tmux walk-through: the Tenders list had no key hints, and
    // at 80 columns the timeline's source column read "community-call/20260924.…".
    let mut app = demo_app();
    goto(&mut app, PaneId::Tenders);
    for (w, h) in [(80, 24), (120, 40)] {
        let s = screen(&mut app, w, h);
        assert!(s.contains("Enter timeline"), "{w}x{h}:\n{s}");
    }
    key(&mut app, KeyCode::Enter);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("20261119.md:53"), "file and line at 80 columns:\n{s}");
    assert!(!s.contains(".…"), "no cut line numbers:\n{s}");
    let s = screen(&mut app, 200, 55);
    assert!(s.contains("community-call/20261119.md:53"), "the whole path where it fits:\n{s}");
}

#[test]
fn without_a_calendar_the_overview_and_schedule_say_how_to_get_one() {
    // Found in the tmux walk-through on the real minutes (--minutes-dir
    // only): "Next meetings (0) · nothing here" and "No meetings this week."
    let ws = Workspace {
        origin: Origin::Local { minutes: Some("/m".into()), calendar: None },
        minutes: vec![SourceFile::new("iaas/20261118.md", b"# Team IaaS 2026-11-18\n\n- nothing new\n".to_vec())],
        calendar: vec![],
        ics: None,
        warnings: vec![],
    };
    let mut app = app_with(Config::default(), ws);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Next meetings (0)"), "{s}");
    assert!(s.contains("no calendar loaded: --calendar-dir, --ics or sync"), "{s}");
    goto(&mut app, PaneId::Schedule);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("No calendar loaded"), "{s}");
    // With the demo calendar the box lists meetings.
    let s = screen(&mut demo_app(), 120, 40);
    assert!(!s.contains("no calendar loaded"), "{s}");
}

#[test]
fn the_selected_link_shows_the_end_of_its_url() {
    // Found in the tmux walk-through at 120x40: the selected link's URL in
    // the reader's border was cut at ".../container/2026111…", so links to
    // different minutes looked the same.
    let mut app = demo_app();
    scsdash::app::archive::open_at(&mut app, "community-call/20261119.md", 0);
    let _ = screen(&mut app, 120, 40);
    key(&mut app, KeyCode::Right);
    let s = screen(&mut app, 120, 40);
    let border = s.lines().nth(38).unwrap();
    assert!(border.contains("https://github.com/") && border.contains("/container/20261116.md ┘"), "{border}");
    assert!(border.contains('…'), "cut in the middle: {border}");
    let s = screen(&mut app, 200, 55);
    assert!(s.contains(" https://github.com/SovereignCloudStack/minutes/blob/main/container/20261116.md "), "{s}");
}
