//! The live HedgeDoc pad, against a small fake HedgeDoc on 127.0.0.1:
//! `GET <pad>/download` (markdown), 404, a login redirect (followed to an
//! HTML login page: reported, never taken as minutes), a slow pad (timeout),
//! a huge pad (refused), and the Editor/Schedule wiring with the demo data.

mod support;

use std::net::SocketAddr;
use std::time::Duration;

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use scsdash::app::pad::PadPurpose;
use scsdash::app::{Cmd, Msg, PaneId};
use scsdash::sources::pad::{client, download_url, fetch, PadError, MAX_PAD_BYTES};
use support::*;

const MINUTES: &str =
    "# Team Container 2026-11-26\n\n## Meta\n\n- Minutes: @alice\n\n## Topics\n\n- Cluster stacks: release 1.2 ready\n";

async fn fake_hedgedoc() -> SocketAddr {
    let app = Router::new()
        .route(
            "/team-container/download",
            get(|| async { ([(header::CONTENT_TYPE, "text/markdown; charset=UTF-8")], MINUTES) }),
        )
        .route("/private/download", get(|| async { Redirect::to("/login") }))
        .route(
            "/login",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/html")],
                    "<!DOCTYPE html><html><body><form>Sign in: password</form></body></html>",
                )
            }),
        )
        .route(
            "/slow/download",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(30)).await;
                "late"
            }),
        )
        .route("/huge/download", get(|| async { "x".repeat(MAX_PAD_BYTES + 10) }))
        .route("/html/download", get(|| async { ([(header::CONTENT_TYPE, "text/html")], "<html><p>hi</p></html>") }))
        .fallback(|| async { (StatusCode::NOT_FOUND, "Not Found").into_response() as Response });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    addr
}

async fn get_pad(addr: SocketAddr, path: &str, limit: Duration) -> Result<String, PadError> {
    let c = client(limit).unwrap();
    fetch(&c, &format!("http://{addr}/{path}"), limit).await
}

#[tokio::test]
async fn download_returns_the_markdown() {
    let addr = fake_hedgedoc().await;
    let t = get_pad(addr, "team-container", Duration::from_secs(10)).await.unwrap();
    assert_eq!(t, MINUTES);
    // a link with a query or fragment is read the same way
    let t = get_pad(addr, "team-container?both#top", Duration::from_secs(10)).await.unwrap();
    assert_eq!(t, MINUTES);
}

#[tokio::test]
async fn missing_pad_is_404() {
    let addr = fake_hedgedoc().await;
    let e = get_pad(addr, "nope", Duration::from_secs(10)).await.unwrap_err();
    assert!(matches!(e, PadError::NotFound(_)), "{e:?}");
    assert!(e.to_string().contains("does not exist"), "{e}");
}

#[tokio::test]
async fn login_redirect_is_reported_not_taken_as_minutes() {
    let addr = fake_hedgedoc().await;
    let e = get_pad(addr, "private", Duration::from_secs(10)).await.unwrap_err();
    assert!(matches!(e, PadError::LoginRequired(_)), "{e:?}");
    assert!(e.to_string().contains("needs a login"), "{e}");
    let e = get_pad(addr, "html", Duration::from_secs(10)).await.unwrap_err();
    assert!(matches!(e, PadError::NotMarkdown(_)), "{e:?}");
}

#[tokio::test]
async fn slow_pad_times_out() {
    let addr = fake_hedgedoc().await;
    let e = get_pad(addr, "slow", Duration::from_millis(300)).await.unwrap_err();
    assert!(matches!(e, PadError::Timeout(_)), "{e:?}");
}

#[tokio::test]
async fn huge_pad_is_refused() {
    let addr = fake_hedgedoc().await;
    let e = get_pad(addr, "huge", Duration::from_secs(10)).await.unwrap_err();
    assert!(matches!(e, PadError::TooLarge(_)), "{e:?}");
}

#[test]
fn download_url_rules() {
    assert_eq!(download_url("https://input.scs.community/x").unwrap(), "https://input.scs.community/x/download");
    assert!(download_url("file:///etc/passwd").is_err());
}

fn ctrl(app: &mut scsdash::app::App, c: char) -> Vec<Cmd> {
    app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

#[test]
fn schedule_p_opens_the_pad_of_the_selected_meeting() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('2'));
    assert_eq!(app.pane, PaneId::Schedule);
    // walk the week until a meeting with a pad is selected
    let mut opened = None;
    for _ in 0..30 {
        let cmds = key(&mut app, KeyCode::Char('p'));
        if let Some(Cmd::OpenUrl(u)) = cmds.first() {
            opened = Some(u.clone());
            break;
        }
        key(&mut app, KeyCode::Down);
    }
    let url = opened.expect("a demo meeting links a pad");
    assert!(url.starts_with("https://input.scs.community/"), "{url}");
}

#[test]
fn new_draft_from_the_pad_then_view_diff_and_pull() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('7'));
    assert_eq!(app.pane, PaneId::Editor);
    key(&mut app, KeyCode::Char('n'));
    assert!(app.editor.prompt.is_some());
    // replace the suggested text by the Tech Weekly of 2026-11-26
    for _ in 0..80 {
        key(&mut app, KeyCode::Backspace);
    }
    chars(&mut app, "community-call 2026-11-26");
    let cmds = ctrl(&mut app, 'l');
    let Some(Cmd::FetchPad { url, request, purpose }) = cmds.first().cloned() else { panic!("{cmds:?}") };
    assert_eq!(url, "https://input.scs.community/scs-tech-weekly");
    assert_eq!(
        purpose,
        PadPurpose::NewDraft("community-call".into(), chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
    );
    // a failed read says why and creates nothing
    app.on_msg(Msg::PadLoaded {
        request,
        purpose: purpose.clone(),
        result: Err(scsdash::sources::pad::PadError::LoginRequired(
            "https://input.scs.community/scs-tech-weekly".into(),
        )),
        at: now(),
    });
    assert!(app.editor.state.draft_id().is_none());
    assert!(app.editor.message.as_deref().unwrap().contains("needs a login"));
    // again, and this time the pad answers
    key(&mut app, KeyCode::Char('n'));
    for _ in 0..80 {
        key(&mut app, KeyCode::Backspace);
    }
    chars(&mut app, "community-call 2026-11-26");
    let Some(Cmd::FetchPad { request, purpose, .. }) = ctrl(&mut app, 'l').first().cloned() else { panic!() };
    // The pad's text goes to the drafts worker as a new draft (no disk here) ...
    let cmds = app.on_msg(Msg::PadLoaded { request, purpose, result: Ok(MINUTES.into()), at: now() });
    match cmds.as_slice() {
        [Cmd::Drafts { req, .. }] => assert!(
            matches!(&req.op, scsdash::editor::worker::DraftOp::Create { series, text, from_pad: true, .. }
                if series == "community-call" && *text == scsdash::editor::worker::DraftText::Given(MINUTES.into())),
            "{req:?}"
        ),
        other => panic!("expected a drafts request, got {other:?}"),
    }
    assert!(app.editor.state.draft_id().is_none(), "open only once the worker answers");
    // ... and its answer opens it.
    assert!(pump(&mut app, cmds).is_empty());
    assert_eq!(app.editor.state.draft_id(), Some("community-call-20261126"));
    assert_eq!(app.editor.state.text().trim_end(), MINUTES.trim_end());

    // the pad view: Ctrl-T reads the pad, an answer shows the diff
    let Some(Cmd::FetchPad { request, purpose, .. }) = ctrl(&mut app, 't').first().cloned() else { panic!() };
    assert!(app.pad.open);
    let pad_now = format!("{MINUTES}- Zuul: upgrade next week\n");
    app.on_msg(Msg::PadLoaded { request, purpose, result: Ok(pad_now.clone()), at: now() });
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Pad https://input.scs.community/scs-tech-weekly"), "{s}");
    assert!(s.contains("+ - Zuul: upgrade next week"), "{s}");
    assert!(s.contains("+1 lines only in the pad"), "{s}");
    let narrow = screen(&mut app, 60, 20);
    assert!(narrow.contains("Pad"), "{narrow}");
    // a stale answer (older request) is dropped
    app.on_msg(Msg::PadLoaded {
        request: request - 1,
        purpose: PadPurpose::View,
        result: Ok("stale".into()),
        at: now(),
    });
    assert_eq!(app.pad.text.as_deref(), Some(pad_now.as_str()));
    // Ctrl-L pulls it in, as an edit
    ctrl(&mut app, 'l');
    assert_eq!(app.editor.state.text().trim_end(), pad_now.trim_end());
    assert!(app.editor.state.is_dirty());
    assert!(screen(&mut app, 120, 40).contains("the draft and the pad are the same"));
    // Ctrl-T closes the view
    ctrl(&mut app, 't');
    assert!(!app.pad.open);
}

#[test]
fn pad_refreshes_every_15_s_only_while_the_meeting_runs() {
    let mut app = demo_app();
    let start = now();
    app.pad.open = true;
    app.pad.url = Some("https://input.scs.community/x".into());
    app.pad.window = Some((start, start + chrono::TimeDelta::minutes(50)));
    app.pad.fetched_at = Some(start);
    assert_eq!(app.pad.refresh_in(start), Some(Duration::from_secs(15)));
    assert_eq!(app.pad.refresh_in(start + chrono::TimeDelta::seconds(20)), Some(Duration::ZERO));
    assert_eq!(app.pad.refresh_in(start - chrono::TimeDelta::minutes(1)), None, "not yet running");
    assert_eq!(app.pad.refresh_in(start + chrono::TimeDelta::minutes(50)), None, "over");
    app.pad.open = false;
    assert_eq!(app.pad.refresh_in(start), None, "view closed");
    app.pad.open = true;
    // The runner sleeps until update's next deadline, then update decides.
    let instant = std::time::Instant::now();
    assert_eq!(app.timer_in(start, instant), Some(Duration::from_secs(15)));
    assert!(app.on_msg(Msg::Timer { now: start, instant }).is_empty(), "not due yet");
    let cmds = app.on_msg(Msg::Timer { now: start + chrono::TimeDelta::seconds(15), instant });
    assert!(matches!(cmds.as_slice(), [Cmd::FetchPad { purpose: PadPurpose::View, .. }]), "{cmds:?}");
    assert_eq!(app.pad.refresh_in(start), None, "no second request while one runs");
    assert_eq!(app.timer_in(start, instant), None);
}
