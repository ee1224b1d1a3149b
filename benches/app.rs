//! Start-up and frame benchmarks for the app shell.
//!
//! - `startup/demo_to_first_data_frame`: everything between `main` and the
//!   first frame that shows data: default config, the bundled demo workspace,
//!   all engines (minutes, schedule, search index), one full frame at 120x40.
//! - `frame/<pane>_200x60`: rendering one frame of each pane at 200x60 on the
//!   demo data (the busiest pane is the figure the README reports).
//! - `frame/palette_typed_200x60`, `frame/actions_fuzzy_filter_200x60`: the
//!   command palette with a query, and the Action items with a fuzzy filter
//!   (every row matched, the visible ones marked).

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use scsdash::app::{App, Msg, PaneId};
use scsdash::config::Config;
use scsdash::sources::{Origin, Workspace};

fn loaded_app() -> App {
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 11, 0, 0).unwrap();
    let mut cfg = Config::default();
    cfg.user.github = Some("demo-user".into());
    let mut app = App::new(cfg, chrono_tz::Europe::Berlin, now, true, false);
    let id = app.begin_load();
    let data = scsdash::data::analyze(&Workspace::demo());
    app.on_msg(Msg::Loaded { id, origin: Origin::Demo, data: Ok(Box::new(data)) });
    app
}

/// Draw one frame as the runner does: the frame's facts go back to the app,
/// and a frame that laid the reader out anew is drawn again.
fn draw(app: &mut App, t: &mut Terminal<TestBackend>) {
    for _ in 0..2 {
        let mut frame = scsdash::app::FrameInfo::default();
        t.draw(|f| f.render_stateful_widget(&*app, f.area(), &mut frame)).unwrap();
        if !app.on_drawn(frame) {
            break;
        }
    }
}

fn startup(c: &mut Criterion) {
    c.bench_function("startup/demo_to_first_data_frame", |b| {
        b.iter(|| {
            let mut app = loaded_app();
            let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
            draw(&mut app, &mut t);
            std::hint::black_box(t.backend().buffer().area);
        })
    });
}

fn frames(c: &mut Criterion) {
    let mut g = c.benchmark_group("frame");
    for p in PaneId::ALL {
        let mut app = loaded_app();
        app.on_key(KeyEvent::new(KeyCode::Char(char::from(b'1' + p.index() as u8)), KeyModifiers::NONE));
        if p == PaneId::Archive {
            scsdash::app::archive::open_at(&mut app, "community-call/20261119.md", 0);
        }
        let mut t = Terminal::new(TestBackend::new(200, 60)).unwrap();
        // Lay out for this size (the reader renders markdown once per width).
        draw(&mut app, &mut t);
        let name = format!("{}_200x60", p.title().to_lowercase().replace(' ', "_"));
        g.bench_function(name, |b| {
            b.iter(|| {
                // A full redraw: clear the buffers so nothing is diffed away.
                t.clear().unwrap();
                t.draw(|f| f.render_stateful_widget(&app, f.area(), &mut Default::default())).unwrap();
            })
        });
    }
    let typed: [(&str, &[char]); 2] =
        [("palette_typed", &['4', ':', 't', 'o', ' ', 't']), ("actions_fuzzy_filter", &['4', '/', 'r', 'n', 'b', 'k'])];
    for (name, keys) in typed {
        let mut app = loaded_app();
        for c in keys {
            app.on_key(KeyEvent::new(KeyCode::Char(*c), KeyModifiers::NONE));
        }
        let mut t = Terminal::new(TestBackend::new(200, 60)).unwrap();
        draw(&mut app, &mut t);
        g.bench_function(format!("{name}_200x60"), |b| {
            b.iter(|| {
                t.clear().unwrap();
                t.draw(|f| f.render_stateful_widget(&app, f.area(), &mut Default::default())).unwrap();
            })
        });
    }
    g.finish();
}

criterion_group!(benches, startup, frames);
criterion_main!(benches);
