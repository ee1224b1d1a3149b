//! The one owner of state. Keys become [`Action`]s through the keymap,
//! background results arrive as [`Msg`]s; update ([`App::on_event`],
//! [`App::on_msg`], [`App::on_tick`]) changes state and returns [`Cmd`]s that
//! the event loop (`tui.rs`) carries out. Rendering (`ui/`) only reads the
//! state.

pub mod actions;
pub mod archive;
pub mod board;
pub mod editor;
pub mod help;
pub mod history;
pub mod layout;
/// Key names and bindings live below the app (the config checks them too).
pub use crate::keymap;
pub mod list;
pub mod overview;
pub mod pad;
pub mod palette;
pub mod reminders;
pub mod schedule;
pub mod session;
pub mod teams;
pub mod tenders;
pub mod text_edit;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};

use crate::config::Config;
use crate::sources::Origin;
use crate::theme::Theme;
pub use keymap::{Action, Keymap};
pub use session::Session;

/// The panes, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaneId {
    Overview,
    Schedule,
    Tenders,
    Actions,
    Board,
    Archive,
    Editor,
}

impl PaneId {
    pub const ALL: [PaneId; 7] = [
        PaneId::Overview,
        PaneId::Schedule,
        PaneId::Tenders,
        PaneId::Actions,
        PaneId::Board,
        PaneId::Archive,
        PaneId::Editor,
    ];
    /// Tab title.
    pub fn title(self) -> &'static str {
        match self {
            PaneId::Overview => "Overview",
            PaneId::Schedule => "Schedule",
            PaneId::Tenders => "Tenders",
            PaneId::Actions => "Action items",
            PaneId::Board => "Sprint board",
            PaneId::Archive => "Archive",
            PaneId::Editor => "Editor",
        }
    }
    pub fn index(self) -> usize {
        PaneId::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }
    pub fn from_index(i: usize) -> PaneId {
        PaneId::ALL[i % PaneId::ALL.len()]
    }
}

pub use crate::data::Data;

/// A pane's view of asynchronous work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadState {
    Idle,
    Loading,
    Loaded,
    Error(String),
}

/// Results from background tasks.
pub enum Msg {
    /// A workspace was loaded and analysed (request id, origin, result).
    Loaded {
        id: u64,
        origin: Origin,
        data: Result<Box<Data>, crate::data::DataError>,
    },
    /// Sync progress: files done of total.
    SyncProgress {
        done: usize,
        total: usize,
    },
    /// A sync finished; `changed` tells whether the data should be reloaded.
    SyncDone {
        result: Result<String, crate::sync::SyncFailure>,
        changed: bool,
    },
    /// The sprint board arrived (the request id of its [`Cmd::FetchBoard`]).
    Board {
        request: u64,
        result: Result<crate::model::board::Board, crate::sync::SyncFailure>,
    },
    /// A draft was saved or published, or something else worth a status line.
    Info(String),
    Error(String),
    /// The browser could not be started for this URL: copy it instead.
    OpenFailed(String),
    /// The text of a [`Cmd::Copy`] went to the terminal's clipboard, or the
    /// terminal refused it.
    Copied {
        text: String,
        ok: bool,
    },
    /// A draft was published as a pull request (the request id of its
    /// [`Cmd::Publish`]; the line describing the pull request, or why not).
    Published {
        request: u64,
        result: Result<String, crate::editor::PublishError>,
    },
    /// The GitHub token lookup finished: whether it found one (the runner
    /// keeps the token itself).
    TokenFound {
        found: bool,
    },
    /// A HedgeDoc pad was read (request id of [`pad::PadState`]).
    PadLoaded {
        request: u64,
        purpose: pad::PadPurpose,
        result: Result<String, crate::sources::pad::PadError>,
        at: DateTime<Utc>,
    },
    /// A background task panicked: the message for the error screen.
    Crashed(String),
    /// A week of the schedule computed in the background.
    WeekExpanded {
        monday: chrono::NaiveDate,
        load_id: u64,
        occurrences: Vec<crate::model::schedule::Occurrence>,
    },
    /// The drafts worker answered request `request` (see `crate::editor::worker`).
    Drafts {
        request: u64,
        reply: Box<editor::DraftReply>,
    },
    /// A draft save finished (generation of the text written).
    DraftSaved {
        id: String,
        generation: u64,
        result: Result<(), editor::SaveError>,
    },
    /// SIGTERM or SIGHUP: save the open draft and quit (its text goes to a
    /// recovery file when the save fails).
    Terminate,
    /// A deadline of [`App::timer_in`] may have come (the autosave, the
    /// live pad's refresh): update decides what is due at this time (`now`
    /// on the dashboard's clock, `instant` on the monotonic one).
    Timer {
        now: DateTime<Utc>,
        instant: std::time::Instant,
    },
    /// `$VISUAL`/`$EDITOR` ended on draft `id` (the [`Cmd::ExternalEditor`]):
    /// the text it left, or why there is none.
    ExternalEdited {
        id: String,
        result: Result<crate::editor::external::Edited, crate::editor::external::ExternalError>,
    },
}

/// What the event loop should do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Cmd {
    /// (Re)load the workspace from its sources, expanding the schedule in
    /// `tz`; answered by `Msg::Loaded` with the same request id.
    Reload {
        id: u64,
        tz: Tz,
        /// The first load of the session (the views file may answer first).
        first: bool,
    },
    /// Sync these sources' GitHub repositories into the cache (the runner
    /// adds the token); answered by `Msg::SyncProgress` and `Msg::SyncDone`.
    Sync {
        sources: Box<crate::data::SourceChoice>,
    },
    /// Stop the running sync.
    CancelSync,
    /// Expand one week of the schedule (of load `load_id`) in `tz` in the
    /// background, outside the window expanded at load time; answered by
    /// `Msg::WeekExpanded`.
    ExpandWeek {
        monday: chrono::NaiveDate,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        load_id: u64,
        schedule: Shared<crate::schedule::Schedule>,
        tz: Tz,
    },
    /// Fetch project `number` of `org` as the sprint board, the current
    /// sprint being the one holding `today`; answered by `Msg::Board` with
    /// the same request id.
    FetchBoard {
        request: u64,
        org: String,
        number: u64,
        team_field: Option<String>,
        today: chrono::NaiveDate,
    },
    OpenUrl(String),
    /// Put a URL (or a handle) on the clipboard (OSC 52) and say so:
    /// answered by `Msg::Copied`.
    Copy(String),
    /// Put the editor's copied or cut text on the clipboard, silently.
    CopySelection(String),
    /// Write a draft (its text as of a generation) in the drafts worker;
    /// answered by `Msg::DraftSaved`.
    SaveDraft(editor::DraftSave),
    /// Any other drafts operation, run by the drafts worker; answered by
    /// `Msg::Drafts` with the same request id.
    Drafts {
        request: u64,
        req: editor::DraftRequest,
    },
    /// Hand draft `id`'s `text` to `$VISUAL`/`$EDITOR` on the real terminal
    /// (the runner suspends the TUI and restores it after, error or not);
    /// answered by `Msg::ExternalEdited`.
    ExternalEditor {
        id: String,
        text: String,
    },
    /// Open a pull request with a draft's text (the runner adds the token);
    /// answered by `Msg::Published` with the same request id.
    Publish {
        request: u64,
        owner: String,
        repo: String,
        series: String,
        date: chrono::NaiveDate,
        text: String,
    },
    /// Read a HedgeDoc pad (`GET <pad>/download`); answered by `Msg::PadLoaded`.
    FetchPad {
        url: String,
        request: u64,
        purpose: pad::PadPurpose,
    },
    /// Give these reminders as `how` says: the terminal bell, a desktop notification.
    Remind {
        reminders: Vec<crate::remind::Reminder>,
        how: crate::config::RemindersConfig,
    },
    /// Write text that could not be saved as a draft to a recovery file in the
    /// state directory (quitting anyway); the runner says where on stderr.
    WriteRecovery {
        id: String,
        text: String,
    },
}

/// A value a command shares with a background task without copying it;
/// two are equal when they are the same value.
#[derive(Clone)]
pub struct Shared<T>(pub std::sync::Arc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Shared(..)")
    }
}

/// The status line's moving parts.
#[derive(Debug, Clone, Default)]
pub struct Status {
    pub progress: Option<String>,
    pub error: Option<String>,
    pub info: Option<String>,
    /// The notice as first seen by [`App::expire_status`] and when: notices
    /// go after [`NOTICE_SECS`]; errors stay until the next key.
    pub info_seen: Option<(String, DateTime<Utc>)>,
}

/// More help rows than any pane has: "scroll to the end".
const HELP_SCROLL_MAX: usize = 64;

/// How long a notice stays on the status line.
pub const NOTICE_SECS: i64 = 5;

pub use layout::{FrameInfo, HitMap};

/// The application state.
pub struct App {
    pub pane: PaneId,
    pub config: Config,
    pub keymap: Keymap,
    pub theme: Theme,
    pub now: DateTime<Utc>,
    pub tz: Tz,
    pub data: Option<Box<Data>>,
    pub load: LoadState,
    pub load_id: u64,
    pub origin: Option<Origin>,
    pub offline: bool,
    /// Token presence, network allowed, a sync running.
    pub session: Session,
    /// A sync of this session succeeded (the cache is fresh from GitHub).
    pub synced: bool,
    pub status: Status,
    pub help: bool,
    /// First help row shown (the render clamps it to the last page).
    pub help_scroll: usize,
    /// The `T` picker of my teams, when open.
    pub teams_picker: Option<teams::Picker>,
    /// The command palette (`:`), when open.
    pub palette: Option<palette::Palette>,
    pub quit: bool,
    /// A background task panicked: the error screen shows this, and the
    /// process exits non-zero.
    pub fatal: Option<String>,
    pub overview: overview::OverviewState,
    pub schedule: schedule::ScheduleState,
    pub tenders: tenders::TendersState,
    pub actions: actions::ActionsState,
    pub board: board::BoardState,
    pub archive: archive::ArchiveState,
    pub editor: editor::EditorPane,
    /// Where jumps came from, for Esc, Ctrl-O and Ctrl-I.
    pub history: history::History,
    /// The live HedgeDoc pad view (Editor `Ctrl-T`).
    pub pad: pad::PadState,
    /// Areas of the last frame, for mouse clicks ([`App::on_drawn`]).
    pub hits: HitMap,
    /// Page height of the focused list in the last frame.
    pub page: usize,
    /// The size of the last frame (or of the terminal after a resize): what
    /// frame-dependent view state (the reader's layout) is computed for.
    pub screen: Rect,
    /// The reminders given so far (from [`App::start`] on; None before).
    pub reminders: Option<crate::remind::Reminders>,
}

impl App {
    /// A fresh app in the loading state.
    pub fn new(config: Config, tz: Tz, now: DateTime<Utc>, offline: bool, no_color: bool) -> App {
        let keymap = Keymap::new(&config.keys);
        let theme = Theme::named(if no_color { "mono" } else { &config.ui.theme });
        let editor = editor::EditorPane::new(&config, &theme);
        App {
            pane: PaneId::Overview,
            keymap,
            theme,
            now,
            tz,
            data: None,
            load: LoadState::Loading,
            load_id: 0,
            origin: None,
            offline,
            session: Session::default(),
            synced: false,
            status: Status::default(),
            help: false,
            help_scroll: 0,
            teams_picker: None,
            palette: None,
            quit: false,
            fatal: None,
            overview: Default::default(),
            schedule: Default::default(),
            tenders: Default::default(),
            actions: actions::ActionsState::default(),
            board: board::BoardState::new(&config),
            archive: Default::default(),
            editor,
            history: Default::default(),
            pad: Default::default(),
            hits: HitMap::default(),
            page: 10,
            screen: Rect::default(),
            reminders: None,
            config,
        }
    }

    /// Start a new load request; answers with older ids are dropped.
    pub fn begin_load(&mut self) -> u64 {
        self.load_id += 1;
        if self.data.is_none() {
            self.load = LoadState::Loading;
        }
        self.load_id
    }

    /// (Re)load the workspace: a new load request and its command.
    pub fn reload(&mut self) -> Cmd {
        // A first load may answer first from the views file; a reload keeps what is shown.
        let first = self.data.is_none();
        Cmd::Reload { id: self.begin_load(), tz: self.tz, first }
    }

    /// A session on these sources starts: what it may do with GitHub (the
    /// first sync waits for the token's answer), and the commands of the
    /// first load and the drafts list.
    /// Reminders are given for meetings from `started` on (the wall clock).
    pub fn start(&mut self, sources: crate::data::SourceChoice, started: DateTime<Utc>) -> Vec<Cmd> {
        self.session = Session::new(sources, self.config.github.sync_on_start);
        self.reminders = Some(crate::remind::Reminders::new(started));
        let mut cmds = vec![self.reload()];
        cmds.extend(self.editor.refresh_list());
        cmds
    }

    /// Time until the autosave is due; `None` when nothing waits for a save.
    pub fn autosave_in(&self, instant: std::time::Instant) -> Option<std::time::Duration> {
        self.editor.autosave_in(instant)
    }

    /// Time until the next timer of update is due, the autosave or the live
    /// pad's refresh (the runner then sends `Msg::Timer`); `None`: no timer.
    pub fn timer_in(&self, now: DateTime<Utc>, instant: std::time::Instant) -> Option<std::time::Duration> {
        [self.autosave_in(instant), self.pad.refresh_in(now)].into_iter().flatten().min()
    }

    /// Today's date on the dashboard's clock (`--as-of`) in its time zone.
    pub fn today(&self) -> chrono::NaiveDate {
        self.now.with_timezone(&self.tz).date_naive()
    }

    /// A series' display name that no other series on screen shares: two
    /// folders named alike ("iam" and "ops-iam", both "Team IAM") are told
    /// apart by their folder, "Team IAM (ops-iam)".
    pub fn series_label(&self, folder: &str) -> String {
        let name = self.config.series_name(folder);
        let Some(d) = &self.data else { return name };
        let mut seen: Vec<&str> = Vec::new();
        let shared = d.minutes.meetings.iter().any(|m| {
            if m.series == folder || seen.contains(&m.series.as_str()) {
                return false;
            }
            seen.push(&m.series);
            self.config.series_name(&m.series) == name
        });
        if shared {
            format!("{name} ({folder})")
        } else {
            name
        }
    }

    /// The configured user's handle, without '@'.
    /// In the demo workspace, without a configured handle, the user is `demo-user`.
    pub fn me(&self) -> Option<&str> {
        let configured =
            self.config.user.github.as_deref().map(|h| h.trim_start_matches('@')).filter(|h| !h.is_empty());
        configured.or(if self.origin == Some(Origin::Demo) { Some("demo-user") } else { None })
    }

    /// A terminal event: returns the commands to run and whether to redraw.
    pub fn on_event(&mut self, ev: Event) -> (Vec<Cmd>, bool) {
        match ev {
            Event::Key(k) if k.kind == KeyEventKind::Press || k.kind == KeyEventKind::Repeat => (self.on_key(k), true),
            Event::Key(_) => (vec![], false),
            Event::Mouse(m) => self.on_mouse(m),
            Event::Resize(w, h) => {
                self.set_screen(Rect::new(0, 0, w, h));
                (vec![], true)
            }
            Event::Paste(s) => {
                if self.palette.is_some() {
                    palette::paste(self, &s);
                } else if self.pane == PaneId::Editor {
                    self.editor.paste(&s);
                } else if let Some(l) = self.focused_list_mut().filter(|l| l.editing) {
                    l.filter.push_str(&crate::text::sanitize_line(&s));
                }
                (vec![], true)
            }
            Event::FocusGained | Event::FocusLost => (vec![], false),
        }
    }

    /// A key press.
    pub fn on_key(&mut self, key: KeyEvent) -> Vec<Cmd> {
        // A fast Esc then a key arrives as Alt-key ("\x1bq"). Unless the
        // editing widget uses that Alt combination, read it as both keys.
        if key.modifiers == KeyModifiers::ALT {
            if let KeyCode::Char(c) = key.code {
                let widget_alt = self.pane == PaneId::Editor && self.editor.editing && "bfdzBFDZ<>".contains(c);
                if !widget_alt {
                    let mut cmds = self.on_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
                    cmds.extend(self.on_key(KeyEvent::new(key.code, KeyModifiers::NONE)));
                    return cmds;
                }
            }
        }
        self.status.info = None;
        self.status.error = None;
        let copying = self.pane == PaneId::Editor && self.editor.editing && self.editor.state.selection().is_some();
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) && !copying {
            // A second Ctrl-C while "quit without saving?" is asked means yes.
            if matches!(self.editor.confirm, Some(editor::Confirm::QuitUnsaved(_))) {
                return editor::on_key(self, KeyEvent::new(KeyCode::Char('y'), KeyModifiers::NONE));
            }
            return self.request_quit();
        }
        if self.fatal.is_some() {
            // The error screen: only quitting is left.
            if matches!(self.keymap.action(&key), Some(Action::Quit)) || key.code == KeyCode::Esc {
                // The drafts worker writes it; the runner waits for it before exiting.
                self.quit = true;
                return self.editor.save_cmd();
            }
            return vec![];
        }
        // The palette takes every key while it is open (it opens only where
        // `:` is not text: never in the editor's text or a filter being typed).
        if self.palette.is_some() {
            return palette::on_key(self, key);
        }
        if self.help {
            // The help scrolls on small terminals; any other key closes it.
            let page = self.page.max(1);
            match self.keymap.action(&key) {
                Some(Action::Down) => self.help_scroll += 1,
                Some(Action::Up) => self.help_scroll = self.help_scroll.saturating_sub(1),
                Some(Action::PageDown) => self.help_scroll += page,
                Some(Action::PageUp) => self.help_scroll = self.help_scroll.saturating_sub(page),
                Some(Action::Top) => self.help_scroll = 0,
                Some(Action::Bottom) => self.help_scroll = HELP_SCROLL_MAX,
                _ => {
                    self.help = false;
                    self.help_scroll = 0;
                }
            }
            // The render clamps to the last page; keep the number small.
            self.help_scroll = self.help_scroll.min(HELP_SCROLL_MAX);
            return vec![];
        }
        if let Some(p) = self.teams_picker.as_mut() {
            let n = self.config.teams.len();
            match (self.keymap.action(&key), key.code) {
                (Some(Action::Down), _) => p.cursor = (p.cursor + 1).min(n.saturating_sub(1)),
                (Some(Action::Up), _) => p.cursor = p.cursor.saturating_sub(1),
                (_, KeyCode::Char(' ')) | (Some(Action::Open), _) => {
                    let i = p.cursor;
                    teams::toggle(self, i);
                }
                _ => {
                    self.teams_picker = None;
                    self.status.info = Some(if self.config.user.teams.is_empty() {
                        "no teams picked: every team is equal".into()
                    } else {
                        format!(
                            "my teams: {} (user.teams in the config keeps them)",
                            crate::text::sanitize_line(&self.config.user.teams.join(", "))
                        )
                    });
                }
            }
            return vec![];
        }
        if let Some(cmds) = pad::on_editor_key(self, &key) {
            return cmds;
        }
        // The editor takes every key while a draft is focused.
        if self.pane == PaneId::Editor && self.editor.wants_keys() {
            return editor::on_key(self, key);
        }
        if let Some(l) = self.focused_list_mut().filter(|l| l.editing) {
            match key.code {
                // Esc cancels: the filter is what it was before `/`.
                KeyCode::Esc => {
                    l.filter = std::mem::take(&mut l.before);
                    l.editing = false;
                }
                // One Enter applies (the rows already follow the typing).
                KeyCode::Enter => l.editing = false,
                KeyCode::Backspace => {
                    l.filter.pop();
                }
                KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => l.filter.clear(),
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => l.filter.push(c),
                _ => {}
            }
            l.selected = 0;
            self.after_filter_change();
            return vec![];
        }
        let Some(action) = self.keymap.action(&key) else {
            return self.pane_key(key);
        };
        self.on_action(action)
    }

    /// An action, after the keymap.
    pub fn on_action(&mut self, action: Action) -> Vec<Cmd> {
        match action {
            Action::Quit => self.request_quit(),
            Action::NextPane => self.switch(PaneId::from_index(self.pane.index() + 1)),
            Action::PrevPane => self.switch(PaneId::from_index(self.pane.index() + PaneId::ALL.len() - 1)),
            Action::GoPane(i) => self.switch(PaneId::from_index(i)),
            Action::Help => {
                self.help = true;
                vec![]
            }
            Action::Palette => {
                palette::open(self);
                vec![]
            }
            Action::Refresh if self.pane != PaneId::Board => self.refresh(),
            Action::Filter if self.pane == PaneId::Archive => {
                archive::start_search(self);
                vec![]
            }
            Action::Filter if self.focused_list_mut().is_some() => {
                if let Some(l) = self.focused_list_mut() {
                    l.start_editing();
                }
                vec![]
            }
            Action::HistoryBack => {
                if !history::back(self) {
                    self.status.info = Some("nothing to go back to".into());
                }
                vec![]
            }
            Action::HistoryForward => {
                if !history::forward(self) {
                    self.status.info = Some("nothing to go forward to".into());
                }
                vec![]
            }
            Action::Back if history::back_if_arrived(self) => vec![],
            Action::Back => self.pane_action(Action::Back),
            a => {
                // A jump to another pane or document is remembered.
                let from = history::here(self);
                let cmds = self.pane_action(a);
                history::record(self, from);
                cmds
            }
        }
    }

    /// `q` or Ctrl-C: quit, after saving the open draft. When it cannot be saved
    /// the editor asks first (issue #13: a failed autosave then quit lost the text).
    pub fn request_quit(&mut self) -> Vec<Cmd> {
        if !self.editor.unsaved() {
            self.quit = true;
            return vec![];
        }
        if let Some(reason) = self.editor.store_error.clone() {
            self.pane = PaneId::Editor;
            self.editor.ask_quit_unsaved(reason);
            return vec![];
        }
        // Quit when this save succeeds (Msg::DraftSaved).
        self.editor.quit_pending = true;
        self.editor.message = Some("saving the draft before quitting…".into());
        if self.editor.saving_current() {
            return vec![]; // the save under way writes this very text
        }
        self.editor.save_cmd()
    }

    /// `r`: sync when a GitHub source is in use, else reload the files.
    pub fn refresh(&mut self) -> Vec<Cmd> {
        let local = matches!(self.origin, Some(Origin::Local { .. }));
        if local || !self.sync_allowed() {
            self.status.info = Some("reloading".into());
            vec![self.reload()]
        } else if self.session.syncing {
            // The runner ends the sync's task; the cache keeps its last complete snapshot.
            self.session.syncing = false;
            self.status.progress = None;
            self.status.info = Some("sync cancelled".into());
            vec![Cmd::CancelSync]
        } else {
            self.sync()
        }
    }

    /// Start a sync of the GitHub sources, when the data comes from them.
    fn sync(&mut self) -> Vec<Cmd> {
        let Some(sources) = self.session.sync_sources() else {
            self.status.info = Some("nothing to sync: the data comes from local folders or the demo".into());
            return vec![];
        };
        let sources = Box::new(sources.clone());
        self.session.syncing = true;
        self.status.progress = Some("syncing… (r cancels)".into());
        vec![Cmd::Sync { sources }]
    }

    /// Drop a notice shown for [`NOTICE_SECS`]; returns whether the status
    /// line changed and how long until the current notice expires.
    pub fn expire_status(&mut self, now: DateTime<Utc>) -> (bool, Option<std::time::Duration>) {
        let Some(info) = &self.status.info else {
            self.status.info_seen = None;
            return (false, None);
        };
        let since = match &self.status.info_seen {
            Some((seen, at)) if seen == info => *at,
            _ => {
                self.status.info_seen = Some((info.clone(), now));
                now
            }
        };
        let left = since + chrono::Duration::seconds(NOTICE_SECS) - now;
        if left <= chrono::Duration::zero() {
            self.status.info = None;
            self.status.info_seen = None;
            return (true, None);
        }
        (false, left.to_std().ok())
    }

    /// Whether sync may run for this session (the network may be used).
    pub fn sync_allowed(&self) -> bool {
        !self.offline && self.session.network
    }

    fn switch(&mut self, to: PaneId) -> Vec<Cmd> {
        let mut cmds = vec![];
        if self.pane == PaneId::Editor && to != PaneId::Editor {
            cmds.extend(self.editor.on_leave());
        }
        self.pane = to;
        if to == PaneId::Board {
            cmds.extend(board::on_enter(self));
        }
        cmds
    }

    fn pane_action(&mut self, a: Action) -> Vec<Cmd> {
        match self.pane {
            PaneId::Overview => overview::on_action(self, a),
            PaneId::Schedule => schedule::on_action(self, a),
            PaneId::Tenders => tenders::on_action(self, a),
            PaneId::Actions => actions::on_action(self, a),
            PaneId::Board => board::on_action(self, a),
            PaneId::Archive => archive::on_action(self, a),
            PaneId::Editor => editor::on_action(self, a),
        }
    }

    /// Keys that have no global action (pane-specific letters).
    fn pane_key(&mut self, key: KeyEvent) -> Vec<Cmd> {
        match self.pane {
            PaneId::Archive => archive::on_key(self, key),
            PaneId::Editor => editor::on_key(self, key),
            PaneId::Board => board::on_key(self, key),
            PaneId::Overview => overview::on_key(self, key),
            PaneId::Schedule => schedule::on_key(self, key),
            _ => vec![],
        }
    }

    /// The list that `/` filters in the focused pane, if it has one.
    pub fn focused_list_mut(&mut self) -> Option<&mut list::ListState> {
        match self.pane {
            PaneId::Overview => Some(self.overview.focused_mut()),
            PaneId::Schedule => None,
            PaneId::Tenders => (!self.tenders.detail).then_some(&mut self.tenders.list),
            PaneId::Actions => Some(&mut self.actions.list),
            PaneId::Board => Some(&mut self.board.list),
            PaneId::Archive => archive::focused_list_mut(&mut self.archive),
            PaneId::Editor => self.editor.focused_list_mut(),
        }
    }

    /// The focused list, read-only.
    pub fn focused_list(&self) -> Option<&list::ListState> {
        match self.pane {
            PaneId::Overview => Some(self.overview.focused()),
            PaneId::Schedule => None,
            PaneId::Tenders => (!self.tenders.detail).then_some(&self.tenders.list),
            PaneId::Actions => Some(&self.actions.list),
            PaneId::Board => Some(&self.board.list),
            PaneId::Archive => archive::focused_list(&self.archive),
            PaneId::Editor => self.editor.focused_list(),
        }
    }

    fn after_filter_change(&mut self) {
        if self.pane == PaneId::Archive {
            archive::after_filter_change(self);
        }
    }

    fn on_mouse(&mut self, m: MouseEvent) -> (Vec<Cmd>, bool) {
        let pos = Position::new(m.column, m.row);
        if self.palette.is_some() {
            // The wheel moves the palette's selection; clicks stay off the pane below.
            return match m.kind {
                MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                    palette::scroll(self, m.kind == MouseEventKind::ScrollDown);
                    (vec![], true)
                }
                _ => (vec![], false),
            };
        }
        match m.kind {
            MouseEventKind::ScrollDown => (self.on_action(Action::Down), true),
            MouseEventKind::ScrollUp => (self.on_action(Action::Up), true),
            MouseEventKind::Down(MouseButton::Left) => {
                if let Some(&(_, p)) = self.hits.tabs.iter().find(|(r, _)| r.contains(pos)) {
                    let cmds = self.switch(p);
                    return (cmds, true);
                }
                let list = self.hits.lists.iter().find(|(rect, _, _)| rect.contains(pos)).copied();
                if let Some((rect, first, id)) = list {
                    let row = first + usize::from(pos.y - rect.y);
                    self.click_row(id, row);
                    return (vec![], true);
                }
                (vec![], false)
            }
            _ => (vec![], false),
        }
    }

    /// A frame was drawn: keep what it reports (click areas, the page height,
    /// the first row shown of each list, its size, the text widget's width)
    /// for the next update. Returns whether the state changed so that the
    /// frame must be drawn again (the reader laid out for a new size, the
    /// preview rendered for a new width); an unchanged frame never
    /// asks for another, so an idle dashboard stays idle.
    pub fn on_drawn(&mut self, frame: FrameInfo) -> bool {
        if let Some(p) = frame.page {
            self.page = p.max(1);
        }
        for &(id, first) in &frame.offsets {
            if let Some(l) = self.list_by_id(id) {
                l.offset = first;
            }
        }
        self.hits = frame.hits;
        // The preview is rendered for the width the text widget had.
        let preview = frame.editor_width.is_some_and(|w| self.editor.state.set_area_width(w));
        self.set_screen(frame.area) | preview
    }

    /// The terminal has this size now: lay out what depends on it. Returns
    /// whether anything changed.
    pub fn set_screen(&mut self, screen: Rect) -> bool {
        self.screen = screen;
        archive::layout_reader(self)
    }

    /// The list a frame drew under `id` in the focused pane (the ids of
    /// [`HitMap::lists`]); None for views without a kept scroll.
    fn list_by_id(&mut self, id: usize) -> Option<&mut list::ListState> {
        match self.pane {
            PaneId::Overview => self.overview.lists.get_mut(id),
            PaneId::Tenders => (!self.tenders.detail && id == 0).then_some(&mut self.tenders.list),
            PaneId::Actions => (id == 0).then_some(&mut self.actions.list),
            PaneId::Archive => archive::list_by_id(&mut self.archive, id),
            PaneId::Editor => (id == 0).then_some(&mut self.editor.drafts),
            // The board's lists are its columns; the focused one scrolls.
            PaneId::Board => (id == self.board.column).then_some(&mut self.board.list),
            PaneId::Schedule => None,
        }
    }

    fn click_row(&mut self, list_id: usize, row: usize) {
        match self.pane {
            PaneId::Overview => self.overview.click(list_id, row),
            PaneId::Schedule => self.schedule.selected = row,
            PaneId::Tenders => self.tenders.list.selected = row,
            PaneId::Actions => self.actions.list.selected = row,
            PaneId::Board => board::click(self, list_id, row),
            PaneId::Archive => archive::click(self, list_id, row),
            PaneId::Editor => {}
        }
    }

    /// A message from a background task.
    pub fn on_msg(&mut self, msg: Msg) -> Vec<Cmd> {
        match msg {
            Msg::Loaded { id, origin, data } => {
                if id != self.load_id {
                    return vec![]; // a newer load is under way
                }
                match data {
                    Ok(mut d) => {
                        // The loop expands the schedule in its load task; data
                        // handed in otherwise (tests, benches), or expanded around
                        // another clock than the dashboard's, is expanded here.
                        if d.expanded.as_ref().is_none_or(|e| e.tz != self.tz || !e.covers(self.now, self.now)) {
                            d.expand(self.now, self.tz);
                        }
                        self.schedule.far_week = None;
                        self.schedule.far_pending = None;
                        if let Some(w) = d.warnings.first() {
                            tracing::warn!("{} load warnings, first: {w}", d.warnings.len());
                        }
                        self.data = Some(d);
                        if origin == Origin::Demo && (self.board.board.is_none() || self.board.demo) {
                            self.board.board = crate::sources::demo_board(self.today());
                            self.board.demo = self.board.board.is_some();
                            self.board.load = LoadState::Loaded;
                            board::focus_first_cards(self);
                        }
                        // The cache just written by this session's sync is "GitHub".
                        self.origin = Some(match origin {
                            Origin::Cache { synced_at } if self.synced => Origin::GitHub { synced_at },
                            o => o,
                        });
                        self.load = LoadState::Loaded;
                        if self.status.info.as_deref() == Some("reloading") {
                            self.status.info = Some("reloaded".into());
                        }
                        archive::on_data(self);
                        // Completion words come with the whole data, not with a
                        // first frame's views (it would only hold the first frame up).
                        if self.data.as_ref().is_some_and(|d| d.is_whole()) {
                            editor::on_data(self);
                        }
                    }
                    Err(e) => {
                        let e = e.to_string();
                        self.status.error = Some(e.clone());
                        // A first start's calendar-only answer is no data to keep
                        // showing: the panes would say "reading" for ever.
                        if self.data.as_ref().is_none_or(|d| d.reading.is_some()) {
                            self.data = None;
                            self.load = LoadState::Error(e);
                        }
                    }
                }
                vec![]
            }
            Msg::SyncProgress { done, total } => {
                self.status.progress = Some(format!("syncing {done}/{total} files (r cancels)"));
                vec![]
            }
            Msg::SyncDone { result, changed } => {
                self.session.syncing = false;
                self.status.progress = None;
                let ok = result.is_ok();
                match result {
                    Ok(info) => {
                        self.status.error = None;
                        self.status.info = Some(info);
                    }
                    Err(e) => self.status.error = Some(e.to_string()),
                }
                // Something landed in the cache (even if another repo failed):
                // show it. A clean "nothing changed" refreshes the freshness.
                if changed || (ok && matches!(self.origin, Some(Origin::Demo) | None)) {
                    self.synced = true;
                    return vec![self.reload()];
                }
                if ok {
                    self.synced = true;
                    if matches!(self.origin, Some(Origin::Cache { .. } | Origin::GitHub { .. })) {
                        self.origin = Some(Origin::GitHub { synced_at: self.now });
                    }
                }
                vec![]
            }
            Msg::Board { request, result } => {
                if self.board.on_board(request, result) {
                    board::focus_first_cards(self);
                }
                vec![]
            }
            Msg::Info(s) => {
                self.status.info = Some(s);
                vec![]
            }
            Msg::WeekExpanded { monday, load_id, occurrences } => {
                schedule::on_week(self, monday, load_id, occurrences);
                vec![]
            }
            Msg::Crashed(m) => {
                tracing::error!("background task panicked: {m}");
                self.fatal.get_or_insert(m);
                vec![]
            }
            Msg::Error(e) => {
                self.status.error = Some(e);
                vec![]
            }
            Msg::Copied { text, ok } => {
                self.status.info =
                    Some(if ok { format!("copied {text}") } else { "cannot copy: the terminal refused".into() });
                vec![]
            }
            Msg::OpenFailed(url) => {
                self.status.error = Some("no browser found; the URL is copied to the clipboard".into());
                vec![Cmd::Copy(url)]
            }
            Msg::TokenFound { found } => {
                self.session.has_token = found;
                // The first sync waits for the token; with one, the board is
                // fetched too (the Action items pane shows its status of linked issues).
                if std::mem::take(&mut self.session.sync_on_token) && self.sync_allowed() {
                    let mut cmds = self.sync();
                    cmds.extend(board::on_enter(self));
                    return cmds;
                }
                vec![]
            }
            Msg::DraftSaved { id, generation, result } => {
                let failed = result.as_ref().err().map(|e| e.to_string());
                // The save of a signal's exit failed: the text goes to a recovery file.
                let recover = failed.is_some() && self.editor.take_exit_save(&id, generation);
                self.editor.on_saved(&id, generation, result, std::time::Instant::now());
                if recover {
                    return self
                        .editor
                        .unsaved_text()
                        .map(|(id, text)| Cmd::WriteRecovery { id, text })
                        .into_iter()
                        .collect();
                }
                if self.editor.quit_pending {
                    self.editor.quit_pending = false;
                    match failed {
                        Some(reason) => {
                            self.pane = PaneId::Editor;
                            self.editor.ask_quit_unsaved(reason);
                        }
                        // Saved (or typed on meanwhile: save that too, then quit).
                        None => return self.request_quit(),
                    }
                }
                vec![]
            }
            Msg::Terminate => {
                self.quit = true;
                self.editor.save_before_exit()
            }
            Msg::Timer { now, instant } => {
                let mut cmds = vec![];
                if self.autosave_in(instant).is_some_and(|d| d.is_zero()) {
                    cmds.extend(self.editor.save_cmd());
                }
                if self.pad.refresh_in(now).is_some_and(|d| d.is_zero()) {
                    cmds.extend(self.pad.refresh());
                }
                cmds
            }
            Msg::ExternalEdited { id, result } => {
                let (cmds, error) = self.editor.on_external_edit(&id, result);
                if let Some(e) = error {
                    self.status.error = Some(e);
                }
                cmds
            }
            Msg::PadLoaded { request, purpose, result, at } => pad::on_loaded(self, request, purpose, result, at),
            Msg::Drafts { request, reply } => editor::on_drafts(self, request, reply),
            Msg::Published { request, result } => {
                self.editor.on_published(request, result);
                vec![]
            }
        }
    }

    /// A minute passed (the countdown and "synced n min ago" change): the
    /// reminders due now are given (a notice and `Cmd::Remind`) and an
    /// expired notice goes. Returns the commands and whether to redraw.
    pub fn on_tick(&mut self, now: DateTime<Utc>) -> (Vec<Cmd>, bool) {
        let mut changed = now.timestamp() / 60 != self.now.timestamp() / 60;
        self.now = now;
        let cmds = match self.reminders.take() {
            Some(mut r) => {
                let cmds = reminders::check(self, &mut r, now);
                self.reminders = Some(r);
                cmds
            }
            None => vec![],
        };
        changed |= self.expire_status(now).0;
        (cmds, changed)
    }
}

/// A URL safe to hand to the browser: http(s) only, no control characters.
pub fn safe_url(url: &str) -> Option<String> {
    let u = url.trim();
    let ok = (u.starts_with("https://") || u.starts_with("http://")) && !u.chars().any(|c| c.is_control() || c == ' ');
    ok.then(|| u.to_string())
}

/// Open a URL (if safe) or explain why not.
pub fn open_cmd(app: &mut App, url: Option<String>) -> Vec<Cmd> {
    match url.as_deref().and_then(safe_url) {
        Some(u) => vec![Cmd::OpenUrl(u)],
        None => {
            app.status.info = Some("nothing to open here".into());
            vec![]
        }
    }
}

/// Copy a URL or explain why not.
pub fn copy_cmd(app: &mut App, url: Option<String>) -> Vec<Cmd> {
    match url {
        Some(u) if !u.is_empty() => vec![Cmd::Copy(crate::text::sanitize_line(&u).into_owned())],
        _ => {
            app.status.info = Some("nothing to copy here".into());
            vec![]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_urls_only() {
        assert!(safe_url("https://example.org/x").is_some());
        assert!(safe_url("file:///etc/passwd").is_none());
        assert!(safe_url("https://x\x1b[2J").is_none());
        assert!(safe_url("javascript:alert(1)").is_none());
    }
}
