//! Issue #12: one worker owns the drafts store. The editor is driven with keys
//! and messages and the tests assert on the commands it emits: no disk is
//! touched by the app (the drafts directory is never even created). The
//! worker itself is tested on its own against a temp dir.

mod support;

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use scsdash::app::{App, Cmd, Msg, PaneId};
use scsdash::config::Config;
use scsdash::editor::worker::{
    DraftDone, DraftOp, DraftReply, DraftRequest, DraftSave, DraftWorker, Opened, SaveError, Saved,
};
use scsdash::editor::{DraftError, DraftMeta};
use scsdash::sources::{Origin, Workspace};
use support::now;

/// The demo app whose drafts directory does not exist (and must stay so).
fn app_without_disk() -> (App, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap().keep().join("never-created");
    let mut cfg = Config::default();
    cfg.editor.drafts_dir = Some(dir.clone());
    let mut app = App::new(cfg, chrono_tz::Europe::Berlin, now(), true, false);
    let id = app.begin_load();
    let data = scsdash::data::analyze(&Workspace::demo());
    app.on_msg(Msg::Loaded { id, origin: Origin::Demo, data: Ok(Box::new(data)) });
    (app, dir)
}

fn press(app: &mut App, code: KeyCode) -> Vec<Cmd> {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(app: &mut App, c: char) -> Vec<Cmd> {
    app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn meta(id: &str, day: u32) -> DraftMeta {
    let date = NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
    let at = date.and_hms_opt(9, 0, 0).unwrap().and_utc();
    DraftMeta { id: id.into(), series: "ops".into(), date, created: at, updated: at, recoverable: false }
}

fn answer(op: DraftOp, saved: Option<Saved>, result: Option<Result<DraftDone, DraftError>>) -> Msg {
    Msg::Drafts { request: 1, reply: Box::new(DraftReply { op, saved, result, reopened: None }) }
}

/// The only command, a drafts request; its request.
fn the_request(cmds: &[Cmd]) -> DraftRequest {
    match cmds {
        [Cmd::Drafts { req, .. }] => req.clone(),
        other => panic!("expected one drafts request, got {other:?}"),
    }
}

/// The editor with two drafts listed (ops-20261127 first: newer) and `ops-20261127` open with `text`.
fn editing(text: &str) -> (App, std::path::PathBuf) {
    let (mut app, dir) = app_without_disk();
    press(&mut app, KeyCode::Char('7'));
    assert_eq!(app.pane, PaneId::Editor);
    let list = app.editor.refresh_list();
    assert_eq!(the_request(&list), DraftRequest { save: None, op: DraftOp::List });
    app.on_msg(answer(
        DraftOp::List,
        None,
        Some(Ok(DraftDone::Listed(vec![meta("ops-20261120", 20), meta("ops-20261127", 27)]))),
    ));
    assert_eq!(app.editor.metas[0].id, "ops-20261127", "newest first");
    let cmds = press(&mut app, KeyCode::Enter);
    let req = the_request(&cmds);
    assert_eq!(req, DraftRequest { save: None, op: DraftOp::Open { id: "ops-20261127".into() } });
    assert!(app.editor.state.draft_id().is_none(), "open only once the worker answers");
    let opened = Opened { id: "ops-20261127".into(), text: text.into(), note: None };
    app.on_msg(answer(req.op, None, Some(Ok(DraftDone::Opened(opened)))));
    assert_eq!(app.editor.state.draft_id(), Some("ops-20261127"));
    assert!(app.editor.editing);
    (app, dir)
}

#[test]
fn saves_carry_their_data_and_a_conflict_is_a_variant() {
    let (mut app, dir) = editing("# Ops\n");
    for c in "Hallo".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    let cmds = ctrl(&mut app, 's');
    let Some(Cmd::SaveDraft(save)) = cmds.first().cloned() else { panic!("{cmds:?}") };
    assert_eq!(save.id, "ops-20261127");
    assert!(save.text.contains("Hallo"), "{:?}", save.text);
    assert!(!save.force);
    // Another session changed the file: the answer is the Conflict variant.
    app.on_msg(Msg::DraftSaved { id: save.id.clone(), generation: save.generation, result: Err(SaveError::Conflict) });
    assert!(app.editor.conflict);
    assert!(app.editor.unsaved(), "the text stays unsaved");
    assert!(app.editor.message.as_deref().unwrap().contains("Ctrl-S overwrites"));
    // The next Ctrl-S overwrites.
    let cmds = ctrl(&mut app, 's');
    assert!(matches!(cmds.as_slice(), [Cmd::SaveDraft(DraftSave { force: true, .. })]), "{cmds:?}");
    let Some(Cmd::SaveDraft(s)) = cmds.first().cloned() else { unreachable!() };
    app.on_msg(Msg::DraftSaved { id: s.id, generation: s.generation, result: Ok(()) });
    assert!(!app.editor.unsaved());
    assert!(!dir.exists(), "the app never touched the drafts directory");
}

/// Type `c` into the open draft, leave the text and open the other draft
/// (Esc's save is taken as still under way); the request and its save.
fn type_then_open_the_other(app: &mut App, c: char) -> (DraftRequest, DraftSave) {
    press(app, KeyCode::Char(c));
    press(app, KeyCode::Esc);
    press(app, KeyCode::Down);
    let req = the_request(&press(app, KeyCode::Enter));
    assert_eq!(req.op, DraftOp::Open { id: "ops-20261120".into() });
    let save = req.save.clone().expect("the open draft's save goes first");
    (req, save)
}

#[test]
fn opening_another_draft_saves_first_and_keeps_the_text_when_that_fails() {
    let (mut app, dir) = editing("# Ops\n");
    let (req, save) = type_then_open_the_other(&mut app, 'X');
    assert_eq!(save.id, "ops-20261127");
    assert!(save.text.contains('X'));
    // The disk is full: the save fails, so the worker opened nothing.
    let full = DraftError::Io {
        action: "write",
        path: dir.join("ops-20261127.md"),
        source: std::io::Error::other("disk full"),
    };
    let saved = Saved { id: save.id, generation: save.generation, result: Err(SaveError::Store(full)) };
    app.on_msg(answer(req.op, Some(saved), None));
    assert_eq!(app.editor.state.draft_id(), Some("ops-20261127"), "still the draft with the text");
    assert!(app.editor.state.text().contains('X'));
    assert!(app.editor.unsaved());
    let m = app.editor.message.clone().unwrap();
    assert!(m.starts_with("not saved:") && m.contains("disk full"), "{m}");
    assert!(!dir.exists());
}

#[test]
fn publishing_a_closed_draft_reads_it_in_the_worker_first() {
    let (mut app, dir) = editing("# Ops\n");
    app.session.has_token = true;
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('p'));
    let cmds = press(&mut app, KeyCode::Char('y'));
    let req = the_request(&cmds);
    assert_eq!(req, DraftRequest { save: None, op: DraftOp::Load { id: "ops-20261120".into() } });
    let after = app.on_msg(answer(req.op, None, Some(Ok(DraftDone::Loaded("# Older\n".into())))));
    match after.as_slice() {
        [Cmd::Publish { series, date, text, .. }] => {
            assert_eq!((series.as_str(), date.to_string().as_str()), ("ops", "2026-11-20"));
            assert_eq!(text, "# Older\n", "the text the worker read");
        }
        other => panic!("the publish starts once the text is read: {other:?}"),
    }
    assert!(!dir.exists());
}

#[test]
fn deleting_the_open_draft_closes_it_and_asks_the_worker() {
    let (mut app, _dir) = editing("# Ops\n");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('D'));
    let cmds = press(&mut app, KeyCode::Char('y'));
    let req = the_request(&cmds);
    assert_eq!(req.op, DraftOp::Delete { id: "ops-20261127".into() });
    assert!(app.editor.state.draft_id().is_none());
    let relist = app.on_msg(answer(req.op, None, Some(Ok(DraftDone::Deleted))));
    assert_eq!(app.editor.message.as_deref(), Some("deleted ops-20261127"));
    assert_eq!(the_request(&relist).op, DraftOp::List, "the list is read again");
}

#[test]
fn the_worker_serves_requests_in_order_and_skips_an_op_after_a_failed_save() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = DraftWorker::new(Some(dir.path().to_path_buf()));
    let date = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let create = DraftOp::Create { series: "ops".into(), date, text: "first\n".into(), from_pad: false };
    let r = w.handle(DraftRequest::op(create));
    let Some(Ok(DraftDone::Created { meta, opened })) = r.result else { panic!("{r:?}") };
    assert_eq!((meta.id.as_str(), opened.text.as_str()), ("ops-20261126", "first\n"));
    // Another session cannot open it: the worker holds its lock.
    let mut other = DraftWorker::new(Some(dir.path().to_path_buf()));
    let r = other.handle(DraftRequest::op(DraftOp::Open { id: meta.id.clone() }));
    assert!(matches!(r.result, Some(Err(DraftError::Locked(_)))), "{r:?}");
    // A save that fails stops the operation behind it.
    let bad = DraftSave { id: "not a draft".into(), text: "x".into(), generation: 1, force: false };
    let r = w.handle(DraftRequest { save: Some(bad), op: DraftOp::Delete { id: meta.id.clone() } });
    assert!(matches!(r.saved, Some(Saved { result: Err(SaveError::Store(DraftError::InvalidId(_))), .. })), "{r:?}");
    assert!(r.result.is_none(), "not deleted");
    assert!(dir.path().join("ops-20261126.md").exists());
    // A change on disk behind the worker's back is a conflict; force overwrites.
    std::fs::write(dir.path().join("ops-20261126.md"), "changed elsewhere\n").unwrap();
    let save = DraftSave { id: meta.id.clone(), text: "mine\n".into(), generation: 2, force: false };
    assert!(matches!(w.save(save.clone()).result, Err(SaveError::Conflict)));
    assert!(w.save(DraftSave { force: true, ..save }).result.is_ok());
    // Renaming the open draft reopens it under the new name, text kept.
    let r = w.handle(DraftRequest::op(DraftOp::Rename { id: meta.id.clone(), series: "iaas".into(), date }));
    assert!(matches!(&r.result, Some(Ok(DraftDone::Renamed { meta })) if meta.id == "iaas-20261126"), "{r:?}");
    assert_eq!(r.reopened.map(|o| (o.id, o.text)), Some(("iaas-20261126".into(), "mine\n".into())));
    // Closing releases the lock: the other session may open it now.
    w.handle(DraftRequest::op(DraftOp::Close));
    let r = other.handle(DraftRequest::op(DraftOp::Open { id: "iaas-20261126".into() }));
    assert!(matches!(r.result, Some(Ok(DraftDone::Opened(_)))), "{r:?}");
}

#[test]
fn text_typed_while_another_draft_opens_is_saved_before_the_switch() {
    let (mut app, dir) = editing("# Ops\n");
    let (req, first) = type_then_open_the_other(&mut app, 'A');
    // Back in the text, typing on before the worker answers.
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('B'));
    let saved = Saved { id: first.id.clone(), generation: first.generation, result: Ok(()) };
    let opened = Opened { id: "ops-20261120".into(), text: "# Older\n".into(), note: None };
    let again = app.on_msg(answer(req.op, Some(saved), Some(Ok(DraftDone::Opened(opened)))));
    // Not replaced: the open is asked for again, with the newer text saved first.
    assert_eq!(app.editor.state.draft_id(), Some("ops-20261127"));
    let req = the_request(&again);
    assert_eq!(req.op, DraftOp::Open { id: "ops-20261120".into() });
    assert!(req.save.as_ref().is_some_and(|s| s.text.contains('A') && s.text.contains('B')), "{req:?}");
    assert!(!dir.exists());
}
