//! Shared helpers for the render and state tests (included with `mod`).
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use scsdash::app::{App, Cmd, Msg};
use scsdash::config::Config;
use scsdash::editor::worker::DraftWorker;
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
    // The runner asks the drafts worker for the list when it starts.
    let list = app.editor.refresh_list();
    pump(&mut app, list);
    app
}

std::thread_local! {
    /// One drafts worker per drafts directory, as the runner has one per session.
    static WORKERS: std::cell::RefCell<std::collections::HashMap<Option<std::path::PathBuf>, DraftWorker>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Carry out the drafts commands among `cmds` the way the runner's drafts
/// worker does (in order; here on the test's thread, against the app's
/// drafts directory) and feed each answer back; `saves` runs `Cmd::SaveDraft`
/// too. Returns the other commands (and the saves when `saves` is false).
pub fn pump_with(app: &mut App, cmds: Vec<Cmd>, saves: bool) -> Vec<Cmd> {
    let dir = app.config.editor.drafts_dir.clone();
    let mut queue: std::collections::VecDeque<Cmd> = cmds.into();
    let mut rest = Vec::new();
    while let Some(c) = queue.pop_front() {
        let msg = WORKERS.with(|w| {
            let mut w = w.borrow_mut();
            let worker = w.entry(dir.clone()).or_insert_with(|| DraftWorker::new(dir.clone()));
            match c {
                Cmd::Drafts { request, req } => Some(Msg::Drafts { request, reply: Box::new(worker.handle(req)) }),
                Cmd::SaveDraft(s) if saves => {
                    let s = worker.save(s);
                    Some(Msg::DraftSaved { id: s.id, generation: s.generation, result: s.result })
                }
                other => {
                    rest.push(other);
                    None
                }
            }
        });
        if let Some(m) = msg {
            queue.extend(app.on_msg(m));
        }
    }
    rest
}

/// [`pump_with`] without the saves: the drafts list, open, create, rename, ...
pub fn pump(app: &mut App, cmds: Vec<Cmd>) -> Vec<Cmd> {
    pump_with(app, cmds, false)
}

/// Run the saves (and other drafts commands) among `cmds`, as the runner's worker does.
pub fn run_saves(app: &mut App, cmds: Vec<Cmd>) -> Vec<Cmd> {
    assert!(cmds.iter().any(|c| matches!(c, Cmd::SaveDraft(_))), "a save is asked for: {cmds:?}");
    pump_with(app, cmds, true)
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

/// A key press; the drafts commands it gives are carried out (see [`pump`]),
/// the others returned.
pub fn key(app: &mut App, code: KeyCode) -> Vec<scsdash::app::Cmd> {
    let cmds = app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
    pump(app, cmds)
}

pub fn chars(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}
