//! Shared helpers for the render and state tests (included with `mod`).
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use scsdash::app::{App, Msg};
use scsdash::config::Config;
use scsdash::sources::{Origin, Workspace};

/// A fixed "now": Wednesday 2026-11-25 11:00 UTC (12:00 in Berlin).
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 11, 0, 0).unwrap()
}

/// An app on the demo workspace, loaded, in Europe/Berlin.
pub fn demo_app() -> App {
    let mut cfg = Config::default();
    cfg.user.github = Some("demo-user".into());
    app_with(cfg, Workspace::demo())
}

pub fn app_with(mut cfg: Config, ws: Workspace) -> App {
    // Drafts go to a private temp dir, never the user's data dir.
    if cfg.editor.drafts_dir.is_none() {
        let dir = tempfile::tempdir().unwrap().keep();
        cfg.editor.drafts_dir = Some(dir);
    }
    let mut app = App::new(cfg, chrono_tz::Europe::Berlin, now(), true, false);
    let id = app.begin_load();
    let data = scsdash::data::analyze(&ws);
    app.on_msg(Msg::Loaded { id, origin: Origin::Demo, data: Ok(Box::new(data)) });
    app
}

/// Draw as the runner does: the frame's facts go back to the app
/// (`App::on_drawn`), and a frame that changed the layout (the reader laid
/// out for this size) is drawn again. The frame after that must change
/// nothing, or the dashboard would never be idle.
pub fn draw(app: &mut App, t: &mut Terminal<TestBackend>) {
    let mut again = true;
    for _ in 0..2 {
        let mut frame = scsdash::app::FrameInfo::default();
        t.draw(|f| frame = scsdash::ui::draw(app, f.area(), f.buffer_mut())).unwrap();
        again = app.on_drawn(frame);
        if !again {
            break;
        }
    }
    assert!(!again, "a second frame still changed the layout: the loop would never be idle");
}

/// Draw the app into a test terminal (as [`draw`]) and return the screen as lines.
pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    draw(app, &mut t);
    let buf = t.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        for x in 0..w {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

pub fn key(app: &mut App, code: KeyCode) -> Vec<scsdash::app::Cmd> {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn chars(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}
