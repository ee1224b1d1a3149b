//! The event loop: crossterm's event stream, a minute tick, signals and
//! messages from background tasks meet in one `select!`. The screen is
//! redrawn only when something changed.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use futures::StreamExt;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, EventStream,
};
use ratatui::crossterm::execute;
use ratatui::DefaultTerminal;
use tokio::sync::mpsc::{unbounded_channel, UnboundedSender};

use crate::app::{App, Cmd, Msg};
use crate::config::Config;
use crate::data::{self, SourceChoice, SourceOpts};
use crate::editor::worker::{Answer, Job};
use crate::sync::SyncSettings;

/// Why the dashboard stopped with an error; `Display` is the line printed
/// after the terminal is restored.
#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    /// `--tz` or the configured zone is not a time zone.
    #[error(transparent)]
    Zone(#[from] crate::schedule::ScheduleError),
    /// Raw mode or the alternate screen could not be entered.
    #[error("cannot set up the terminal: {0}")]
    Terminal(std::io::Error),
    /// Writing a frame failed.
    #[error("drawing failed: {0}")]
    Draw(std::io::Error),
    /// Reading keys failed.
    #[error("terminal input failed: {0}")]
    Input(std::io::Error),
    /// The signal handlers could not be installed.
    #[error("{0}")]
    Signal(std::io::Error),
    /// The drafts worker's thread could not be started.
    #[error("cannot start the drafts worker: {0}")]
    Worker(std::io::Error),
    /// A background task panicked (its message).
    #[error("internal error in a background task: {0}")]
    Crashed(String),
}

/// Everything the loop needs besides the app state.
struct Runner {
    tx: UnboundedSender<Msg>,
    choice: SourceChoice,
    /// Endpoints and time limits of GitHub requests (their token is `token`'s).
    sync: SyncSettings,
    /// The GitHub token, once the lookup found one; commands that talk to
    /// GitHub take it from here (the app only learns whether there is one).
    token: Arc<std::sync::OnceLock<crate::sources::token::Token>>,
    /// The running sync, to cancel it.
    sync_task: std::cell::RefCell<Option<tokio::task::AbortHandle>>,
    mouse: bool,
    /// The drafts worker: the one owner of the draft store. Requests go in
    /// order, so a later save never lands before an earlier one. `None` once
    /// the loop ended (dropping the sender lets the worker finish).
    drafts: std::cell::RefCell<Option<std::sync::mpsc::Sender<Job>>>,
    /// Lines for stderr once the terminal is restored (where recovered text went).
    notes: std::cell::RefCell<Vec<String>>,
}

/// The drafts worker's thread; its answers come back as messages.
fn spawn_drafts_worker(
    dir: Option<PathBuf>,
    tx: UnboundedSender<Msg>,
) -> Result<(std::sync::mpsc::Sender<Job>, std::thread::JoinHandle<()>), TuiError> {
    let worker = crate::editor::worker::DraftWorker::new(dir);
    crate::editor::worker::spawn(worker, move |answer| {
        let _ = tx.send(match answer {
            Answer::Reply(request, reply) => Msg::Drafts { request, reply },
            Answer::Saved(s) => Msg::DraftSaved { id: s.id, generation: s.generation, result: s.result },
        });
    })
    .map_err(TuiError::Worker)
}

/// Run the dashboard until the user quits or a signal arrives.
/// `opts` are the command line's source options, `tz_arg` its `--tz`.
pub async fn run(
    opts: SourceOpts,
    tz_arg: Option<String>,
    config: Config,
    _config_path: Option<PathBuf>,
) -> Result<(), TuiError> {
    let tz = crate::schedule::resolve_display_tz(tz_arg.as_deref(), config.user.timezone.as_deref())?;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let mut choice = SourceChoice::new(&opts, &config);
    // The TUI shows the demo (with its banner) when there is nothing else.
    choice.demo_fallback = true;
    let sync = SyncSettings::new(&opts, &config);
    let tz_warning = crate::schedule::bad_env_tz(
        tz_arg.as_deref(),
        config.user.timezone.as_deref(),
        std::env::var("TZ").ok().as_deref(),
    );
    let mut app = App::new(config, tz, choice.now_in(tz), choice.offline, no_color);
    if let Some(bad) = tz_warning {
        // Visible until the next key: the times shown are not in the zone TZ meant.
        app.on_msg(Msg::Error(format!("TZ='{bad}' is not a time zone: times are in {tz}; set TZ or --tz")));
    }
    let (tx, mut rx) = unbounded_channel();
    let mouse = app.config.ui.mouse;
    // The token is looked up in the background (gh may take a moment); the
    // first sync starts when it is known.
    let ttx = tx.clone();
    let cfg_token = app.config.github.token.clone();
    let token = Arc::new(std::sync::OnceLock::new());
    let slot = token.clone();
    tokio::spawn(async move {
        let found = match crate::sync::resolve_token(cfg_token).await {
            Some(t) => slot.set(t).is_ok(),
            None => false,
        };
        let _ = ttx.send(Msg::TokenFound { found });
    });
    let (drafts, drafts_thread) = spawn_drafts_worker(app.config.editor.drafts_dir.clone(), tx.clone())?;
    let runner = Runner {
        tx,
        choice,
        sync,
        token,
        sync_task: std::cell::RefCell::new(None),
        mouse,
        drafts: std::cell::RefCell::new(Some(drafts)),
        notes: std::cell::RefCell::new(Vec::new()),
    };

    install_panic_hook();
    let mut terminal = init_terminal().map_err(TuiError::Terminal)?;
    TUI_ACTIVE.store(true, std::sync::atomic::Ordering::SeqCst);
    runner.enter_extras();
    let result = event_loop(&mut terminal, &mut app, &runner, &mut rx).await;
    // Nothing lost: the saves asked for before quitting are written before the
    // process ends (the worker finishes its queue once its sender is gone).
    drop(runner.drafts.borrow_mut().take());
    if drafts_thread.join().is_err() {
        runner.notes.borrow_mut().push("the drafts worker stopped with a panic".into());
    }
    // The saves' answers that came while the loop ended go through update:
    // a failed save of a signal's exit asks for a recovery file, which is
    // written now (nothing else is started any more).
    while let Ok(msg) = rx.try_recv() {
        if matches!(msg, Msg::DraftSaved { .. }) {
            for c in app.on_msg(msg) {
                if matches!(c, Cmd::WriteRecovery { .. } | Cmd::SaveDraft(_)) {
                    runner.exec(c, &mut terminal);
                }
            }
        }
    }
    runner.leave_extras();
    ratatui::restore();
    TUI_ACTIVE.store(false, std::sync::atomic::Ordering::SeqCst);
    for note in runner.notes.borrow().iter() {
        eprintln!("scsdash: {note}");
    }
    let fatal = app.fatal.take();
    // The process ends now: do not free every parsed meeting one by one.
    std::mem::forget(app.data.take());
    match (result, fatal) {
        (Err(e), _) => Err(e),
        (Ok(()), Some(msg)) => Err(TuiError::Crashed(msg)),
        (Ok(()), None) => Ok(()),
    }
}

/// Raw mode, alternate screen, a terminal; unlike `ratatui::try_init` it
/// installs no panic hook, so that re-entering after `$EDITOR` adds none.
fn init_terminal() -> std::io::Result<DefaultTerminal> {
    ratatui::crossterm::terminal::enable_raw_mode()?;
    execute!(std::io::stdout(), ratatui::crossterm::terminal::EnterAlternateScreen)?;
    ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(std::io::stdout()))
}

static HOOK: std::sync::Once = std::sync::Once::new();
static HOOKS_INSTALLED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static UI_THREAD: std::sync::OnceLock<std::thread::ThreadId> = std::sync::OnceLock::new();
/// The terminal is the TUI's (raw mode, alternate screen).
static TUI_ACTIVE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Install the panic hook, once per process however often it is called.
/// A panic on the UI thread restores the terminal (raw mode, screen, mouse,
/// paste), then prints as usual. A panic in a background thread prints
/// nothing (the screen is the TUI's); it is logged, and the task's guard
/// ([`spawn_guarded`]) turns it into the error screen.
pub fn install_panic_hook() {
    let _ = UI_THREAD.set(std::thread::current().id());
    HOOK.call_once(|| {
        HOOKS_INSTALLED.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !TUI_ACTIVE.load(std::sync::atomic::Ordering::SeqCst) {
                prev(info);
            } else if UI_THREAD.get() == Some(&std::thread::current().id()) {
                let _ = execute!(std::io::stdout(), DisableMouseCapture, DisableBracketedPaste);
                ratatui::restore();
                prev(info);
            } else {
                tracing::error!("panic in a background task: {info}");
            }
        }));
    });
}

/// How many panic hooks this module installed (1 after any number of
/// `install_panic_hook` calls and `$EDITOR` round trips).
pub fn panic_hooks_installed() -> usize {
    HOOKS_INSTALLED.load(std::sync::atomic::Ordering::SeqCst)
}

/// The text of a panic payload.
pub fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic without a message".to_string()
    }
}

/// Spawn a task whose panic becomes `Msg::Crashed` instead of a handle
/// dropped in silence (which left the TUI on "Loading…" forever).
fn spawn_guarded<F>(tx: &UnboundedSender<Msg>, fut: F) -> tokio::task::AbortHandle
where
    F: std::future::Future<Output = ()> + Send + 'static,
{
    let h = tokio::spawn(fut);
    let abort = h.abort_handle();
    watch(tx, h);
    abort
}

/// [`spawn_guarded`] for blocking work.
fn spawn_blocking_guarded<F>(tx: &UnboundedSender<Msg>, f: F)
where
    F: FnOnce() + Send + 'static,
{
    watch(tx, tokio::task::spawn_blocking(f));
}

fn watch(tx: &UnboundedSender<Msg>, h: tokio::task::JoinHandle<()>) {
    let tx = tx.clone();
    tokio::spawn(async move {
        if let Err(e) = h.await {
            if e.is_panic() {
                let _ = tx.send(Msg::Crashed(panic_message(&*e.into_panic())));
            }
        }
    });
}

impl Runner {
    /// Put text that could not be saved into the recovery directory and note where.
    fn write_recovery(&self, id: &str, text: &str) {
        let note = match crate::editor::drafts::recovery_dir() {
            Some(dir) => match crate::editor::drafts::write_recovery(&dir, id, text) {
                Ok(path) => format!("the unsaved text of draft {id} was written to {}", path.display()),
                Err(e) => format!("the unsaved text of draft {id} is lost: cannot write to {}: {e}", dir.display()),
            },
            None => format!("the unsaved text of draft {id} is lost: no state directory (no home directory)"),
        };
        self.notes.borrow_mut().push(note);
    }

    /// The settings of a GitHub request, with the token when one was found.
    fn github(&self) -> SyncSettings {
        SyncSettings { token: self.token.get().cloned(), ..self.sync.clone() }
    }

    fn enter_extras(&self) {
        let mut out = std::io::stdout();
        let _ = execute!(out, EnableBracketedPaste);
        if self.mouse {
            let _ = execute!(out, EnableMouseCapture);
        }
    }

    fn leave_extras(&self) {
        let mut out = std::io::stdout();
        if self.mouse {
            let _ = execute!(out, DisableMouseCapture);
        }
        let _ = execute!(out, DisableBracketedPaste);
    }

    fn exec(&self, cmd: Cmd, terminal: &mut DefaultTerminal) {
        match cmd {
            Cmd::Reload { id, tz, first } => {
                let choice = self.choice.clone();
                let tx = self.tx.clone();
                // The first answer may come straight from the persisted
                // index; a second one follows only when the files changed.
                // A first start may answer first from the views file (the Overview
                // without decoding every meeting).
                spawn_blocking_guarded(&self.tx, move || {
                    #[cfg(debug_assertions)]
                    test_hooks::during_load();
                    let send = |origin, d: Result<data::Data, data::DataError>| {
                        // The search part of the index is read while the first frame is drawn.
                        let d = d.map(|mut d| {
                            // The schedule is expanded here, once per load, off the UI
                            // thread, around the dashboard's clock (`--as-of`, not the wall clock).
                            d.expand(choice.now_in(tz), tz);
                            d
                        });
                        if let Ok(d) = &d {
                            d.index.preload();
                        }
                        let _ = tx.send(Msg::Loaded { id, origin, data: d.map(Box::new) });
                    };
                    if first {
                        data::load_first(&choice, send)
                    } else {
                        data::load(&choice, true, send)
                    }
                });
            }
            Cmd::Sync { sources } => {
                let tx = self.tx.clone();
                let s = SyncSettings { choice: *sources, ..self.github() };
                let handle = spawn_guarded(&self.tx, async move {
                    let ptx = tx.clone();
                    let progress = Arc::new(move |done, total| {
                        let _ = ptx.send(Msg::SyncProgress { done, total });
                    });
                    let msg = match crate::sync::sync_all(&s, progress).await {
                        Ok((reports, errors)) => {
                            let changed = reports.iter().any(|r| r.fetched > 0 || r.removed > 0);
                            let fetched: usize = reports.iter().map(|r| r.fetched).sum();
                            let info = if changed {
                                format!("synced: {fetched} files updated")
                            } else {
                                "synced: up to date".into()
                            };
                            match errors.into_iter().next() {
                                Some(e) => Msg::SyncDone { result: Err(e), changed },
                                None => Msg::SyncDone { result: Ok(info), changed },
                            }
                        }
                        Err(e) => Msg::SyncDone { result: Err(e), changed: false },
                    };
                    let _ = tx.send(msg);
                });
                *self.sync_task.borrow_mut() = Some(handle);
            }
            Cmd::ExpandWeek { monday, from, to, load_id, schedule, tz } => {
                let schedule = schedule.0;
                let tx = self.tx.clone();
                spawn_blocking_guarded(&self.tx, move || {
                    let occurrences = schedule.occurrences(from, to, tz);
                    let _ = tx.send(Msg::WeekExpanded { monday, load_id, occurrences });
                });
            }
            Cmd::CancelSync => {
                // Dropping the sync's future ends it; the cache keeps its last
                // complete snapshot and the OS lock goes with the file handle.
                if let Some(h) = self.sync_task.borrow_mut().take() {
                    h.abort();
                }
            }
            Cmd::FetchBoard { request, org, number, team_field, today } => {
                let tx = self.tx.clone();
                let s = self.github();
                spawn_guarded(&self.tx, async move {
                    let result = crate::sync::fetch_board(&s, &org, number, team_field.as_deref(), today).await;
                    let _ = tx.send(Msg::Board { request, result });
                });
            }
            Cmd::OpenUrl(url) => {
                let tx = self.tx.clone();
                spawn_blocking_guarded(&self.tx, move || {
                    let msg = match open::that_detached(&url) {
                        Ok(()) => Msg::Info(format!("opened {url}")),
                        Err(e) => {
                            tracing::warn!("cannot open the browser: {e}");
                            Msg::OpenFailed(url)
                        }
                    };
                    let _ = tx.send(msg);
                });
            }
            Cmd::Copy(text) => {
                let ok = copy_to_clipboard(&text);
                let _ = self.tx.send(Msg::Copied { text, ok });
            }
            Cmd::CopySelection(text) => {
                if !copy_to_clipboard(&text) {
                    tracing::warn!("the terminal refused the copied text");
                }
            }
            Cmd::SaveDraft(save) => {
                let sent = self.drafts.borrow().as_ref().map(|d| d.send(Job::Save(save.clone())).is_ok());
                if sent != Some(true) {
                    // The worker is gone: the text goes to a recovery file rather than be lost.
                    self.write_recovery(&save.id, &save.text);
                }
            }
            Cmd::Drafts { request, req } => {
                let sent = self.drafts.borrow().as_ref().map(|d| d.send(Job::Request(request, req)).is_ok());
                if sent != Some(true) {
                    let _ = self.tx.send(Msg::Error(crate::app::editor::EditorError::StoreUnavailable.to_string()));
                }
            }
            Cmd::WriteRecovery { id, text } => self.write_recovery(&id, &text),
            Cmd::Remind { reminders, how } => {
                for r in &reminders {
                    crate::remind::deliver(r, &how, &mut crate::remind::SystemNotifier);
                }
            }
            Cmd::Publish { request, owner, repo, series, date, text } => {
                let settings = self.github();
                let tx = self.tx.clone();
                spawn_guarded(&self.tx, async move {
                    let result = publish(&settings, &owner, &repo, &series, date, &text).await;
                    let _ = tx.send(Msg::Published { request, result });
                });
            }
            Cmd::FetchPad { url, request, purpose } => {
                let tx = self.tx.clone();
                tokio::spawn(async move {
                    let limit = Duration::from_secs(20);
                    let result = match crate::sources::pad::client(limit) {
                        Ok(c) => crate::sources::pad::fetch(&c, &url, limit).await,
                        Err(e) => Err(e),
                    };
                    let _ = tx.send(Msg::PadLoaded { request, purpose, result, at: Utc::now() });
                });
            }
            Cmd::ExternalEditor { id, text } => {
                // The terminal is the editor's until it exits, and the TUI's
                // again afterwards whatever happened.
                self.leave_extras();
                ratatui::restore();
                let argv = crate::editor::external_editor_argv(
                    std::env::var("VISUAL").ok().as_deref(),
                    std::env::var("EDITOR").ok().as_deref(),
                );
                let result = crate::editor::external::edit(&text, &id, &argv, None);
                match init_terminal() {
                    Ok(t) => *terminal = t,
                    Err(e) => {
                        let _ = self.tx.send(Msg::Error(format!("cannot restore the terminal: {e}")));
                    }
                }
                self.enter_extras();
                let _ = terminal.clear();
                let _ = self.tx.send(Msg::ExternalEdited { id, result });
            }
        }
    }
}

/// Send `text` to the terminal's clipboard (OSC 52); false when the write failed.
fn copy_to_clipboard(text: &str) -> bool {
    use ratatui::crossterm::clipboard::CopyToClipboard;
    execute!(std::io::stdout(), CopyToClipboard::to_clipboard_from(text.as_bytes())).is_ok()
}

/// Open the pull request of [`Cmd::Publish`] (the describing line, or why not).
async fn publish(
    settings: &SyncSettings,
    owner: &str,
    repo: &str,
    series: &str,
    date: chrono::NaiveDate,
    text: &str,
) -> Result<String, crate::editor::PublishError> {
    let token = settings.token.as_ref().map(|t| t.expose().to_string());
    let api = &settings.endpoints.api_url;
    let client = crate::editor::publish::build_client_with_timeout(token.as_deref(), Some(api), settings.timeout)?;
    let wait = crate::editor::publish::ForkWait::default();
    crate::editor::publish::publish(&client, owner, repo, series, date, text, wait).await.map(|p| p.describe())
}

async fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    runner: &Runner,
    rx: &mut tokio::sync::mpsc::UnboundedReceiver<Msg>,
) -> Result<(), TuiError> {
    let mut events = EventStream::new();
    #[cfg(unix)]
    let (mut sigterm, mut sighup) = {
        use tokio::signal::unix::{signal, SignalKind};
        (
            signal(SignalKind::terminate()).map_err(TuiError::Signal)?,
            signal(SignalKind::hangup()).map_err(TuiError::Signal)?,
        )
    };
    for c in app.start(runner.choice.clone(), Utc::now()) {
        runner.exec(c, terminal);
    }
    let mut dirty = true;
    // For the start-up benchmark: quit once the first frame with data is
    // drawn (`=whole`: with the whole data, not a first answer before it).
    let exit_after_first = std::env::var_os("SCSDASH_EXIT_AFTER_FIRST_FRAME");
    let exit_when_whole = exit_after_first.as_deref() == Some(std::ffi::OsStr::new("whole"));
    loop {
        if dirty {
            let mut frame = crate::app::FrameInfo::default();
            terminal.draw(|f| frame = crate::ui::draw(app, f.area(), f.buffer_mut())).map_err(TuiError::Draw)?;
            // The frame's facts (size, click areas, page height) go back to
            // the app; only a changed layout asks for another frame.
            dirty = app.on_drawn(frame);
            if exit_after_first.is_some() && app.data.as_ref().is_some_and(|d| !exit_when_whole || d.is_whole()) {
                break;
            }
            // Debug builds only: lets the end-to-end test check the panic path.
            #[cfg(debug_assertions)]
            if app.data.is_some() && std::env::var_os("SCSDASH_TEST_PANIC").is_some() {
                panic!("test panic requested by SCSDASH_TEST_PANIC");
            }
            if dirty && !app.quit {
                continue; // the new layout is drawn at once
            }
        }
        if app.quit {
            break;
        }
        let now = Utc::now();
        let to_next_minute = 60_000 - (now.timestamp_millis().rem_euclid(60_000)) as u64 + 5;
        // A notice on the status line goes after a few seconds.
        let (expired, notice_left) = app.expire_status(now);
        if expired {
            dirty = true;
            continue;
        }
        let wake = notice_left.map_or(to_next_minute, |d| (d.as_millis() as u64 + 5).min(to_next_minute));
        let tick = tokio::time::sleep(Duration::from_millis(wake));
        // Update's own deadlines (the autosave, the live pad's refresh).
        let timer = app.timer_in(now, std::time::Instant::now());
        let timer_sleep = tokio::time::sleep(timer.unwrap_or(Duration::from_secs(3600)));
        let cmds = tokio::select! {
            ev = events.next() => match ev {
                Some(Ok(ev)) => {
                    let (c, redraw) = app.on_event(ev);
                    dirty |= redraw;
                    c
                }
                Some(Err(e)) => return Err(TuiError::Input(e)),
                None => break,
            },
            Some(msg) = rx.recv() => {
                dirty = true;
                app.on_msg(msg)
            }
            _ = tick => {
                let (cmds, redraw) = app.on_tick(runner.choice.now_in(app.tz));
                dirty |= redraw;
                cmds
            }
            _ = timer_sleep, if timer.is_some() => {
                app.on_msg(Msg::Timer { now: Utc::now(), instant: std::time::Instant::now() })
            }
            // SIGTERM or SIGHUP: update saves the draft and quits.
            _ = sigterm.recv() => app.on_msg(Msg::Terminate),
            _ = sighup.recv() => app.on_msg(Msg::Terminate),
        };
        for c in cmds {
            if matches!(c, Cmd::ExternalEditor { .. }) {
                // Stop crossterm's reader so it cannot take the editor's
                // keystrokes: dropping the stream wakes and ends its reader
                // thread; the new stream starts reading only when polled.
                drop(std::mem::replace(&mut events, EventStream::new()));
            }
            runner.exec(c, terminal);
            dirty = true;
        }
    }
    let _ = std::io::stdout().flush();
    Ok(())
}

/// Fault injection for the hostile end-to-end tests (debug builds only):
/// `SCSDASH_TEST_TASK_PANIC=1` panics inside the background load,
/// `SCSDASH_TEST_SLOW_LOAD=1` makes the load take a minute.
#[cfg(debug_assertions)]
mod test_hooks {
    pub fn during_load() {
        if std::env::var_os("SCSDASH_TEST_TASK_PANIC").is_some() {
            panic!("test panic in the background load (SCSDASH_TEST_TASK_PANIC)");
        }
        if std::env::var_os("SCSDASH_TEST_SLOW_LOAD").is_some() {
            std::thread::sleep(std::time::Duration::from_secs(60));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_panic_hook_is_installed_once() {
        for _ in 0..5 {
            install_panic_hook();
        }
        assert_eq!(panic_hooks_installed(), 1);
    }

    #[test]
    fn panic_messages() {
        let p: Box<dyn std::any::Any + Send> = Box::new("boom");
        assert_eq!(panic_message(&*p), "boom");
        let p: Box<dyn std::any::Any + Send> = Box::new(String::from("bang"));
        assert_eq!(panic_message(&*p), "bang");
    }
}
