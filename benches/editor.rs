//! Editor benchmarks: large paste, typing and drawing in a 1 MB draft, template fill,
//! completion over a large vocabulary, atomic draft save.

use std::hint::black_box;
use std::time::Instant;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use scsdash::app::text_edit::EditorState;
use scsdash::editor::template::{builtin_template, render, ActionCtx, TeamCtx, TemplateContext, TenderCtx};
use scsdash::editor::{Completer, DraftStore};

fn big_text() -> String {
    let line = "- [ ] @garloff: Lorem ipsum dolor sit amet, consetetur sadipscing elitr äöü 😀\n";
    line.repeat((1 << 20) / line.len() + 1)
}

fn bench(c: &mut Criterion) {
    let big = big_text();
    let now = Instant::now();

    c.bench_function("paste_1mb", |b| {
        b.iter(|| {
            let mut ed = EditorState::new();
            ed.open("community-call-20261126", "");
            ed.handle_paste_at(black_box(&big), now);
            black_box(ed.lines().len())
        })
    });

    let mut ed = EditorState::new();
    ed.open("community-call-20261126", &big);
    ed.set_cursor(6000, 10);
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    c.bench_function("keystroke_in_1mb_draft", |b| {
        b.iter(|| {
            ed.handle_key_at(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE), now);
            ed.handle_key_at(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE), now);
        })
    });
    c.bench_function("render_1mb_draft_120x40", |b| {
        b.iter(|| {
            scsdash::ui::textarea::render(&ed, area, &mut buf);
            black_box(&buf);
        })
    });

    let mut ctx =
        TemplateContext::new("community-call", "SCS Tech Weekly", NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
    ctx.minute_taker = Some("@fkr".into());
    for i in 0..10 {
        ctx.teams.push(TeamCtx {
            name: format!("Team{i}"),
            minutes_url: Some(format!("https://github.com/SovereignCloudStack/minutes/blob/main/t{i}/20261120.md")),
            open_actions: (0..5)
                .map(|j| ActionCtx { owners: format!("@user{j}"), text: "do the thing that was agreed".into() })
                .collect(),
        });
        ctx.open_tenders.push(TenderCtx {
            id: format!("VP{i:02}"),
            title: "Some tender".into(),
            status: "Offers are being evaluated.".into(),
        });
    }
    c.bench_function("template_tech_weekly_10_teams", |b| {
        b.iter(|| black_box(render(builtin_template("community-call"), black_box(&ctx))))
    });

    let words: Vec<String> = (0..5000).map(|i| format!("@user{}", i % 2500)).collect();
    let completer = Completer::new(words);
    c.bench_function("complete_5000_words", |b| b.iter(|| black_box(completer.complete(black_box("@user12"), 8))));

    let dir = tempfile::tempdir().unwrap();
    let mut store = DraftStore::open(dir.path()).unwrap();
    let m = store.create("community-call", NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(), "").unwrap();
    let text: String = big.chars().take(100_000).collect();
    c.bench_function("draft_save_100kb_fsync", |b| b.iter(|| store.save(&m.id, black_box(&text)).unwrap()));
}

criterion_group!(benches, bench);
criterion_main!(benches);
