//! Layout snapshots (insta): every pane, the help and the command palette
//! at 80x24, 120x40 and 200x55, in the dark and mono themes, on the demo
//! data with the fixed clock of `support::now()`. Each snapshot holds the
//! screen text and, below it, the styled runs of every line, so a colour or
//! contrast change shows in review.
//!
//! After a UI change: `INSTA_UPDATE=always cargo test --test ui_snapshots`
//! (or `cargo insta review`), read the diff, commit the `.snap` files.

mod support;

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;
use scsdash::app::{App, PaneId};
use scsdash::config::Config;
use scsdash::sources::Workspace;
use support::*;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 55)];
const THEMES: [&str; 2] = ["dark", "mono"];

fn themed_demo(theme: &str) -> App {
    let mut cfg = Config::default();
    cfg.user.github = Some("demo-user".into());
    cfg.ui.theme = theme.into();
    app_with(cfg, Workspace::demo())
}

fn color(c: Color) -> String {
    match c {
        Color::Reset => "-".into(),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(i) => format!("i{i}"),
        c => format!("{c:?}"),
    }
}

/// The screen text, then one line per run of equal non-default style:
/// `row col..col fg/bg modifiers`.
fn dump(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        for x in 0..area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str("--- styles ---\n");
    for y in 0..area.height {
        let mut x = 0;
        while x < area.width {
            let c = &buf[(x, y)];
            let key = (c.fg, c.bg, c.modifier);
            let start = x;
            while x < area.width && {
                let d = &buf[(x, y)];
                (d.fg, d.bg, d.modifier) == key
            } {
                x += 1;
            }
            if key != (Color::Reset, Color::Reset, Modifier::empty()) {
                let mods = if key.2.is_empty() { String::new() } else { format!(" {:?}", key.2) };
                out.push_str(&format!("{y} {start}..{} {}/{}{mods}\n", x - 1, color(key.0), color(key.1)));
            }
        }
    }
    out
}

fn snap_all(name: &str, setup: impl Fn(&mut App)) {
    for theme in THEMES {
        for (w, h) in SIZES {
            let mut app = themed_demo(theme);
            setup(&mut app);
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            draw(&mut app, &mut t);
            let text = dump(t.backend().buffer());
            insta::assert_snapshot!(format!("{name}_{theme}_{w}x{h}"), text);
        }
    }
}

fn goto(app: &mut App, p: PaneId) {
    key(app, KeyCode::Char(char::from(b'1' + p.index() as u8)));
    assert_eq!(app.pane, p);
}

#[test]
fn snapshot_overview() {
    snap_all("overview", |_| {});
}

#[test]
fn snapshot_schedule() {
    snap_all("schedule", |a| goto(a, PaneId::Schedule));
}

#[test]
fn snapshot_tenders() {
    snap_all("tenders", |a| goto(a, PaneId::Tenders));
}

#[test]
fn snapshot_tender_timeline() {
    snap_all("tender_timeline", |a| {
        goto(a, PaneId::Tenders);
        key(a, KeyCode::Enter);
    });
}

#[test]
fn snapshot_actions() {
    snap_all("actions", |a| goto(a, PaneId::Actions));
}

#[test]
fn snapshot_board() {
    snap_all("board", |a| goto(a, PaneId::Board));
}

#[test]
fn snapshot_archive() {
    snap_all("archive", |a| goto(a, PaneId::Archive));
}

/// The first frame of a start from the views file: the archive says it is
/// loading and lists nothing yet.
#[test]
fn snapshot_archive_loading() {
    snap_all("archive_loading", |app| {
        let mut d = scsdash::data::analyze(&Workspace::demo());
        let n = d.minutes.meetings.len();
        d.minutes.meetings = scsdash::index::recent_meetings(&d.minutes.meetings);
        d.partial = Some(n);
        let id = app.begin_load();
        app.on_msg(scsdash::app::Msg::Loaded { id, origin: scsdash::sources::Origin::Demo, data: Ok(Box::new(d)) });
        goto(app, PaneId::Archive);
        assert!(scsdash::app::archive::tree_rows(app).is_empty());
    });
}

/// A first start without an index: the calendars answer before the minutes
/// are read, and every box and pane of the minutes says they are being read
/// (never "nothing here" or a count of 0).
fn reading_first(app: &mut App) {
    let mut d = scsdash::data::analyze(&Workspace::demo());
    let n = d.minutes.meetings.len();
    d.minutes = Default::default();
    d.reading = Some(n);
    let id = app.begin_load();
    app.on_msg(scsdash::app::Msg::Loaded { id, origin: scsdash::sources::Origin::Demo, data: Ok(Box::new(d)) });
}

#[test]
fn snapshot_overview_reading() {
    snap_all("overview_reading", reading_first);
}

#[test]
fn snapshot_actions_reading() {
    snap_all("actions_reading", |app| {
        reading_first(app);
        goto(app, PaneId::Actions);
    });
}

#[test]
fn snapshot_archive_reader() {
    snap_all("archive_reader", |a| {
        scsdash::app::archive::open_at(a, "community-call/20261119.md", 0);
        assert!(a.archive.reader.is_some());
    });
}

#[test]
fn snapshot_decisions() {
    snap_all("decisions", |a| {
        goto(a, PaneId::Archive);
        key(a, KeyCode::Char('d'));
    });
}

#[test]
fn snapshot_editor() {
    snap_all("editor", |a| goto(a, PaneId::Editor));
}

#[test]
fn snapshot_help() {
    snap_all("help", |a| {
        key(a, KeyCode::Char('?'));
    });
}

#[test]
fn snapshot_palette() {
    snap_all("palette", |a| {
        goto(a, PaneId::Actions);
        key(a, KeyCode::Char(':'));
        assert!(a.palette.is_some());
    });
}

#[test]
fn snapshot_palette_typed() {
    snap_all("palette_typed", |a| {
        goto(a, PaneId::Actions);
        chars(a, ":to t");
        key(a, KeyCode::Down);
    });
}

#[test]
fn snapshot_tenders_fuzzy_filter() {
    snap_all("tenders_fuzzy_filter", |a| {
        goto(a, PaneId::Tenders);
        chars(a, "/hlth");
        key(a, KeyCode::Enter);
    });
}
