//! Update is pure (issue #12): these drive `App` with keys and messages and
//! check the commands it returns. No terminal, no network, no runner: every
//! command carries what the runner needs, and every answer comes back as a
//! message with its request id.

mod support;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use scsdash::app::editor::Confirm;
use scsdash::app::{App, Cmd, Msg, PaneId};
use support::*;

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// The demo app with a new draft open in the Editor and `typed` typed into it.
fn app_with_draft(typed: &str) -> App {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('7'));
    assert_eq!(app.pane, PaneId::Editor);
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Enter);
    assert!(app.editor.editing, "the new draft is open");
    chars(&mut app, typed);
    app
}

/// Ctrl-G then `y`: the commands of a confirmed publish.
fn confirm_publish(app: &mut App) -> Vec<Cmd> {
    assert!(app.on_key(ctrl('g')).is_empty(), "Ctrl-G only asks");
    assert!(matches!(app.editor.confirm, Some(Confirm::Publish(_))), "{:?}", app.editor.confirm);
    key(app, KeyCode::Char('y'))
}

#[test]
fn publish_emits_the_drafts_text_and_its_answer_is_applied() {
    let mut app = app_with_draft("publish these words");
    app.session.has_token = true;
    let cmds = confirm_publish(&mut app);
    let publishes: Vec<_> = cmds.iter().filter(|c| matches!(c, Cmd::Publish { .. })).collect();
    let [Cmd::Publish { request, series, date, text, owner, repo }] = publishes.as_slice() else {
        panic!("expected one Publish, got {cmds:?}");
    };
    assert_eq!(text, &app.editor.state.text(), "the text on screen is published");
    assert!(text.contains("publish these words"), "{text}");
    let id = app.editor.state.draft_id().unwrap().to_string();
    assert_eq!(
        scsdash::editor::drafts::parse_id(&id),
        Some((series.clone(), *date)),
        "the open draft's series and day"
    );
    assert_eq!((owner.as_str(), repo.as_str()), (app.editor.owner.as_str(), app.editor.repo.as_str()));
    let request = *request;

    // A second publish starts: the first one's answer no longer speaks for the editor.
    let second = confirm_publish(&mut app);
    let newer = second.iter().find_map(|c| match c {
        Cmd::Publish { request, .. } => Some(*request),
        _ => None,
    });
    let newer = newer.expect("a second Publish");
    assert_ne!(newer, request, "each publish has its own request id");
    let old = "opened pull request https://github.com/o/r/pull/1";
    assert!(app.on_msg(Msg::Published { request, result: Ok(old.into()) }).is_empty());
    assert_eq!(app.editor.last_pr, None, "an older request's answer is ignored");
    let line = "opened pull request https://github.com/o/r/pull/2";
    app.on_msg(Msg::Published { request: newer, result: Ok(line.into()) });
    assert_eq!(app.editor.last_pr.as_deref(), Some("https://github.com/o/r/pull/2"));
    assert!(app.editor.message.as_deref().is_some_and(|m| m.starts_with(line)), "{:?}", app.editor.message);
}

#[test]
fn publish_without_a_token_asks_for_one_and_emits_nothing() {
    let mut app = app_with_draft("no token here");
    app.session.has_token = false;
    let cmds = confirm_publish(&mut app);
    assert!(!cmds.iter().any(|c| matches!(c, Cmd::Publish { .. })), "{cmds:?}");
    assert!(app.editor.message.as_deref().is_some_and(|m| m.contains("GITHUB_TOKEN")), "{:?}", app.editor.message);
}

/// The demo app allowed to fetch the board (a token, the network).
fn app_with_board_access() -> App {
    let mut app = demo_app();
    app.session.has_token = true;
    app.session.network = true;
    app
}

fn board_titled(title: &str) -> scsdash::model::board::Board {
    scsdash::model::board::Board { title: title.into(), ..Default::default() }
}

/// The request id of the one board fetch in `cmds`.
fn fetch_request(cmds: &[Cmd]) -> u64 {
    match cmds {
        [Cmd::FetchBoard { request, .. }] => *request,
        other => panic!("expected one FetchBoard, got {other:?}"),
    }
}

#[test]
fn a_board_answer_to_an_older_request_is_ignored() {
    let mut app = app_with_board_access();
    let first = fetch_request(&app.on_key(KeyEvent::new(KeyCode::Char('5'), KeyModifiers::NONE)));
    assert_eq!(app.pane, PaneId::Board);
    // `r` asks again before the first answer came.
    let second = fetch_request(&key(&mut app, KeyCode::Char('r')));
    assert!(second > first, "{first} then {second}");
    assert!(app.on_msg(Msg::Board { request: first, result: Ok(board_titled("stale")) }).is_empty());
    assert_ne!(app.board.board.as_ref().map(|b| b.title.as_str()), Some("stale"), "the older answer is dropped");
    assert_eq!(app.board.load, scsdash::app::LoadState::Loading, "still waiting for the newer one");
    app.on_msg(Msg::Board { request: second, result: Ok(board_titled("fresh")) });
    assert_eq!(app.board.board.as_ref().map(|b| b.title.as_str()), Some("fresh"));
    assert_eq!(app.board.load, scsdash::app::LoadState::Loaded);
    // An answer nobody asked for (id 0) changes nothing either.
    app.on_msg(Msg::Board { request: 0, result: Err(scsdash::sync::SyncFailure::OfflineBoard) });
    assert_eq!(app.board.load, scsdash::app::LoadState::Loaded);
}

#[test]
fn the_board_is_fetched_for_the_local_day_of_the_clock() {
    let mut app = app_with_board_access();
    // 23:30 UTC on the 25th is already the 26th in Berlin.
    app.now = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 25, 23, 30, 0).unwrap();
    let cmds = app.on_key(KeyEvent::new(KeyCode::Char('5'), KeyModifiers::NONE));
    match cmds.as_slice() {
        [Cmd::FetchBoard { today, org, number, .. }] => {
            assert_eq!(today.to_string(), "2026-11-26", "Berlin's day, not UTC's");
            assert_eq!((org.as_str(), *number), (app.config.board.org.as_str(), app.config.board.number));
        }
        other => panic!("expected one FetchBoard, got {other:?}"),
    }
    assert_eq!(app.today().to_string(), "2026-11-26");
}

/// The session of a run on the GitHub sources (the config's repositories).
fn github_session(app: &App, sync_on_start: bool) -> scsdash::app::Session {
    let sources = scsdash::data::SourceChoice::new(&scsdash::data::SourceOpts::default(), &app.config);
    assert!(sources.wants_sync(), "the default sources are GitHub's");
    scsdash::app::Session::new(sources, sync_on_start)
}

#[test]
fn the_token_answer_starts_the_first_sync_only_when_the_network_is_allowed() {
    // GitHub sources, the network allowed: the token's answer starts the sync
    // (with the sources) and the board fetch, once.
    let mut app = demo_app();
    app.offline = false;
    app.session = github_session(&app, true);
    let cmds = app.on_msg(Msg::TokenFound { found: true });
    assert!(app.session.has_token);
    match cmds.as_slice() {
        [Cmd::Sync { sources }, Cmd::FetchBoard { .. }] => {
            assert_eq!(Some(sources.as_ref()), app.session.sources.as_ref(), "the session's sources are synced");
        }
        other => panic!("expected Sync then FetchBoard, got {other:?}"),
    }
    assert!(app.session.syncing);
    assert!(app.status.progress.as_deref().is_some_and(|p| p.contains("syncing")), "{:?}", app.status.progress);
    assert!(app.on_msg(Msg::TokenFound { found: true }).is_empty(), "only the first answer syncs");

    // Without a token the sync still runs (public repositories), the board waits.
    let mut app = demo_app();
    app.offline = false;
    app.session = github_session(&app, true);
    let cmds = app.on_msg(Msg::TokenFound { found: false });
    assert!(matches!(cmds.as_slice(), [Cmd::Sync { .. }]), "{cmds:?}");
    assert!(!app.session.has_token);

    // --offline: the network is not allowed, nothing starts.
    let mut app = demo_app();
    let mut offline = scsdash::data::SourceChoice::new(&scsdash::data::SourceOpts::default(), &app.config);
    offline.offline = true;
    app.session = scsdash::app::Session::new(offline, true);
    assert!(!app.session.network);
    assert_eq!(app.on_msg(Msg::TokenFound { found: true }), vec![]);
    assert!(app.session.has_token && !app.session.syncing);

    // --demo: no network either.
    let mut app = demo_app();
    app.offline = false;
    let mut demo = scsdash::data::SourceChoice::new(&scsdash::data::SourceOpts::default(), &app.config);
    demo.demo = true;
    app.session = scsdash::app::Session::new(demo, true);
    assert_eq!(app.on_msg(Msg::TokenFound { found: true }), vec![]);

    // github.sync_on_start = false: the token is noted, no sync starts.
    let mut app = demo_app();
    app.offline = false;
    app.session = github_session(&app, false);
    assert_eq!(app.on_msg(Msg::TokenFound { found: true }), vec![]);
    assert!(app.session.has_token);
}

#[test]
fn copy_emits_the_text_and_its_answer_sets_the_notice() {
    let mut app = demo_app();
    screen(&mut app, 120, 40);
    let cmds = key(&mut app, KeyCode::Char('y'));
    let [Cmd::Copy(text)] = cmds.as_slice() else { panic!("expected one Copy, got {cmds:?}") };
    assert!(text.starts_with("https://"), "{text}");
    assert_eq!(app.status.info, None, "nothing is said before the terminal took it");
    app.on_msg(Msg::Copied { text: text.clone(), ok: true });
    assert_eq!(app.status.info, Some(format!("copied {text}")));
    app.on_msg(Msg::Copied { text: text.clone(), ok: false });
    assert_eq!(app.status.info.as_deref(), Some("cannot copy: the terminal refused"));

    // No browser: the URL is copied instead.
    let url = "https://example.org/x".to_string();
    assert_eq!(app.on_msg(Msg::OpenFailed(url.clone())), vec![Cmd::Copy(url)]);
}

#[test]
fn the_editors_copy_becomes_a_command_and_writes_nothing_itself() {
    let mut app = app_with_draft("copy me");
    let select_last_word = |app: &mut App| {
        for _ in 0.."me".len() {
            app.on_key(KeyEvent::new(KeyCode::Left, KeyModifiers::SHIFT));
        }
        assert!(app.editor.state.selection().is_some());
    };
    select_last_word(&mut app);
    let cmds = app.on_key(ctrl('c'));
    assert_eq!(cmds, vec![Cmd::CopySelection("me".into())], "Ctrl-C with a selection copies, it does not quit");
    assert!(!app.quit);
    assert_eq!(app.editor.state.take_copied(), None, "the copied text was taken once");
    // Cut goes the same way; the text loses it.
    app.on_key(KeyEvent::new(KeyCode::End, KeyModifiers::NONE));
    select_last_word(&mut app);
    let cmds = app.on_key(ctrl('x'));
    assert_eq!(cmds, vec![Cmd::CopySelection("me".into())]);
    assert!(app.editor.state.text().contains("copy ") && !app.editor.state.text().contains("copy me"));
}

#[test]
fn a_far_week_is_expanded_from_the_schedule_the_command_carries() {
    let mut app = demo_app();
    app.on_action(scsdash::app::Action::GoPane(PaneId::Schedule.index()));
    // Walk forward until a week outside the load-time window is asked for.
    let asked = (0..200).find_map(|_| {
        let cmds = app.on_action(scsdash::app::Action::Right);
        cmds.into_iter().find(|c| matches!(c, Cmd::ExpandWeek { .. }))
    });
    let Some(Cmd::ExpandWeek { monday, from, to, load_id, schedule, tz }) = asked else {
        panic!("no week outside the load-time window within 200 weeks");
    };
    let loaded = app.data.as_ref().map(|d| d.schedule.clone()).unwrap();
    assert!(std::sync::Arc::ptr_eq(&schedule.0, &loaded), "the loaded schedule itself, not a copy");
    assert_eq!((tz, load_id), (app.tz, app.load_id));
    // The runner's part, here: expand, answer.
    let occurrences = schedule.0.occurrences(from, to, tz);
    app.on_msg(Msg::WeekExpanded { monday, load_id, occurrences });
    assert!(matches!(&app.schedule.far_week, Some((m, id, _)) if *m == monday && *id == load_id));
    assert_eq!(app.schedule.far_pending, None);
}

/// The one `Cmd::SaveDraft` among `cmds`: its draft, text and generation.
fn the_save(cmds: &[Cmd]) -> scsdash::app::editor::DraftSave {
    let saves: Vec<_> = cmds
        .iter()
        .filter_map(|c| match c {
            Cmd::SaveDraft(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    let [s] = saves.as_slice() else { panic!("expected one SaveDraft, got {cmds:?}") };
    s.clone()
}

#[test]
fn the_start_asks_for_the_first_load_and_the_drafts_list() {
    use scsdash::data::{SourceChoice, SourceOpts};
    let cfg = scsdash::config::Config::default();
    let mut app = App::new(cfg.clone(), chrono_tz::Europe::Berlin, now(), true, false);
    let demo = SourceChoice::new(&SourceOpts { demo: true, ..Default::default() }, &cfg);
    let cmds = app.start(demo, now());
    assert!(matches!(cmds.as_slice(), [Cmd::Reload { first: true, .. }, Cmd::Drafts { .. }]), "{cmds:?}");
    assert!(!app.session.network, "the demo uses no network");
    assert!(!app.session.sync_on_token);
}

#[test]
fn sigterm_with_unsaved_text_saves_that_text_and_quits() {
    let mut app = app_with_draft("typed before the signal");
    let id = app.editor.state.draft_id().unwrap().to_string();
    let cmds = app.on_msg(Msg::Terminate);
    assert!(app.quit, "a signal quits without asking");
    let save = the_save(&cmds);
    assert_eq!(save.id, id);
    assert!(save.text.contains("typed before the signal"), "{}", save.text);
    assert_eq!(save.text, app.editor.state.text());
    // The save worked: nothing more to do.
    let ok = app.on_msg(Msg::DraftSaved { id: id.clone(), generation: save.generation, result: Ok(()) });
    assert!(ok.is_empty(), "{ok:?}");
    assert!(!app.editor.unsaved());
}

#[test]
fn sigterm_whose_save_fails_writes_the_text_to_a_recovery_file() {
    let mut app = app_with_draft("text with nowhere to go");
    let id = app.editor.state.draft_id().unwrap().to_string();
    let save = the_save(&app.on_msg(Msg::Terminate));
    let err = scsdash::app::editor::SaveError::Store(scsdash::editor::DraftError::NoDataDir);
    let cmds = app.on_msg(Msg::DraftSaved { id: id.clone(), generation: save.generation, result: Err(err) });
    let [Cmd::WriteRecovery { id: rid, text }] = cmds.as_slice() else { panic!("expected WriteRecovery: {cmds:?}") };
    assert_eq!(rid, &id);
    assert!(text.contains("text with nowhere to go"), "{text}");
    // One recovery file: another failed answer for that text asks for none.
    let err = scsdash::app::editor::SaveError::Store(scsdash::editor::DraftError::NoDataDir);
    let again = app.on_msg(Msg::DraftSaved { id, generation: save.generation, result: Err(err) });
    assert!(again.is_empty(), "{again:?}");
}

#[test]
fn sigterm_with_nothing_unsaved_just_quits() {
    let mut app = demo_app();
    assert!(app.on_msg(Msg::Terminate).is_empty());
    assert!(app.quit);
    // A failed save that is not the exit's asks for no recovery file.
    let mut app = app_with_draft("x");
    let id = app.editor.state.draft_id().unwrap().to_string();
    let save = the_save(&app.on_key(ctrl('s')));
    let err = scsdash::app::editor::SaveError::Conflict;
    let cmds = app.on_msg(Msg::DraftSaved { id, generation: save.generation, result: Err(err) });
    assert!(cmds.is_empty(), "{cmds:?}");
}

#[test]
fn the_autosave_is_decided_in_update_on_its_tick() {
    let mut app = app_with_draft("autosaved words");
    // The deadline runs from the first unsaved keystroke.
    let first = app.editor.state.unsaved_since().expect("unsaved text");
    let second = std::time::Duration::from_secs(1);
    assert_eq!(app.autosave_in(first + second), Some(second));
    // Too early (the runner woke for another reason): nothing.
    assert!(app.on_msg(Msg::Timer { now: now(), instant: first + second }).is_empty());
    let due = first + 2 * second;
    let save = the_save(&app.on_msg(Msg::Timer { now: now(), instant: due }));
    assert!(save.text.contains("autosaved words"), "{}", save.text);
    // The save is under way: no second one before new typing.
    assert_eq!(app.autosave_in(due), None);
    assert!(app.on_msg(Msg::Timer { now: now(), instant: due }).is_empty());
}

fn exit_status(code: i32) -> std::process::ExitStatus {
    use std::os::unix::process::ExitStatusExt;
    std::process::ExitStatus::from_raw(code << 8)
}

#[test]
fn ctrl_e_hands_the_text_over_and_the_edited_text_comes_back_modified() {
    use scsdash::editor::external::{Edited, ExternalError};
    let mut app = app_with_draft("before the editor");
    let id = app.editor.state.draft_id().unwrap().to_string();
    let before = app.editor.state.text();
    let cmds = app.on_key(ctrl('e'));
    let [Cmd::ExternalEditor { id: eid, text }] = cmds.as_slice() else { panic!("{cmds:?}") };
    assert_eq!((eid, text), (&id, &before), "the command carries the draft and its text");

    let edited = format!("{before}\nAdded by the external editor");
    let result = Ok(Edited { text: edited.clone(), program: "fake".into(), status: exit_status(0) });
    let cmds = app.on_msg(Msg::ExternalEdited { id: id.clone(), result });
    assert_eq!(app.editor.state.text(), edited, "the editor's text replaces the draft's");
    assert!(app.editor.state.is_dirty(), "and it is a change to save");
    assert_eq!(the_save(&cmds).text, edited, "saved at once");
    assert_eq!(app.status.error, None);

    // The editor failed: its text is taken all the same, and the status says so.
    let result = Ok(Edited { text: "after a failure".into(), program: "fake".into(), status: exit_status(1) });
    app.on_msg(Msg::ExternalEdited { id: id.clone(), result });
    assert_eq!(app.editor.state.text(), "after a failure");
    assert!(app.status.error.as_deref().is_some_and(|e| e.contains("fake exited")), "{:?}", app.status.error);

    // It could not run: the text stays, the status says why.
    let spawn = ExternalError::Spawn { program: "nope".into(), source: std::io::ErrorKind::NotFound.into() };
    let cmds = app.on_msg(Msg::ExternalEdited { id: id.clone(), result: Err(spawn) });
    assert!(cmds.is_empty(), "{cmds:?}");
    assert_eq!(app.editor.state.text(), "after a failure");
    assert!(app.status.error.as_deref().is_some_and(|e| e.contains("cannot run nope")), "{:?}", app.status.error);

    // A text for a draft that is no longer open is not put into another one.
    let result = Ok(Edited { text: "stray".into(), program: "fake".into(), status: exit_status(0) });
    assert!(app.on_msg(Msg::ExternalEdited { id: "other-20990101".into(), result }).is_empty());
    assert_eq!(app.editor.state.text(), "after a failure");
}

/// A new draft's template is read and filled by the drafts worker, not in
/// update: the create request carries the template's context and the config
/// directory; the user's override there is what the draft opens with.
#[test]
fn a_new_drafts_template_override_is_read_by_the_drafts_worker() {
    use scsdash::app::editor::{DraftOp, DraftText};
    let cfg = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(cfg.path().join("templates")).unwrap();
    std::fs::write(cfg.path().join("templates/ops.md"), "OVERRIDE {{series}} {{date}}\n").unwrap();
    let mut app = demo_app();
    app.editor.config_dir = Some(cfg.path().to_path_buf());
    key(&mut app, KeyCode::Char('7'));
    key(&mut app, KeyCode::Char('n'));
    for _ in 0..80 {
        key(&mut app, KeyCode::Backspace);
    }
    chars(&mut app, "ops 2026-11-26");
    let cmds = app.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let create = cmds.iter().find_map(|c| match c {
        Cmd::Drafts { req, .. } => match &req.op {
            DraftOp::Create { text, from_pad: false, .. } => Some(text.clone()),
            _ => None,
        },
        _ => None,
    });
    let Some(DraftText::Template { ctx, config_dir }) = create else { panic!("a create from the template: {cmds:?}") };
    assert_eq!((ctx.series.as_str(), ctx.date.to_string().as_str()), ("ops", "2026-11-26"));
    assert_eq!(config_dir.as_deref(), Some(cfg.path()));
    assert!(pump(&mut app, cmds).is_empty());
    assert_eq!(app.editor.state.text(), "OVERRIDE ops 2026-11-26\n");
}

/// While a first start still reads the minutes (the calendar-only answer),
/// a new draft is not made without the open items it is prefilled with: the
/// prompt stays, says why, and makes the draft once the minutes are read.
#[test]
fn a_new_draft_waits_for_the_minutes_its_prefill_needs() {
    use scsdash::app::editor::{DraftOp, DraftText};
    let mut app = demo_app();
    let mut reading = scsdash::data::analyze(&scsdash::sources::Workspace::demo());
    reading.minutes = Default::default();
    reading.reading = Some(7);
    let id = app.begin_load();
    app.on_msg(scsdash::app::Msg::Loaded { id, origin: scsdash::sources::Origin::Demo, data: Ok(Box::new(reading)) });
    key(&mut app, KeyCode::Char('7'));
    key(&mut app, KeyCode::Char('n'));
    let cmds = app.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    assert!(!cmds.iter().any(|c| matches!(c, Cmd::Drafts { .. })), "no draft yet: {cmds:?}");
    assert!(app.editor.prompt.is_some(), "the prompt stays open");
    assert!(app.editor.message.as_deref().is_some_and(|m| m.contains("still reading the minutes")));
    let whole = scsdash::data::analyze(&scsdash::sources::Workspace::demo());
    app.on_msg(scsdash::app::Msg::Loaded { id, origin: scsdash::sources::Origin::Demo, data: Ok(Box::new(whole)) });
    let cmds = app.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let ctx = cmds.iter().find_map(|c| match c {
        Cmd::Drafts { req, .. } => match &req.op {
            DraftOp::Create { text: DraftText::Template { ctx, .. }, .. } => Some(ctx.clone()),
            _ => None,
        },
        _ => None,
    });
    let ctx = ctx.expect("the draft is made once the minutes are read");
    assert!(!ctx.open_tenders.is_empty(), "prefilled from the minutes");
}
