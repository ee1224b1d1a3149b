//! Editor pane: the drafts list and the draft being edited. The text being
//! edited is [`super::text_edit`], drawn by `ui::textarea`; the draft store
//! (through its worker), templates, publishing and `$EDITOR` live in
//! `crate::editor`. This module wires them to the app: which draft is open,
//! when to save, prompts and confirmations, and the template context from
//! the minutes.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Modifier, Style};

use super::list::ListState;
use super::text_edit::{EditorOutcome, EditorState, EditorStyles};
use super::{copy_cmd, Action, App, Cmd};
use crate::config::Config;
use crate::editor::template::{ActionCtx, TeamCtx, TemplateContext, TenderCtx};
use crate::editor::{Completer, DraftError, DraftMeta};
use crate::model::meeting::ActionStatus;
use crate::theme::Theme;

/// A one-line text prompt at the bottom of the pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    /// "series YYYY-MM-DD" of a new draft.
    New,
    /// New "series YYYY-MM-DD" of the selected draft.
    Rename(String),
    /// Path to export the selected draft to.
    Export(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub text: String,
}

/// A yes/no question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    Delete(String),
    Publish(String),
    /// Quitting, but the open draft's text could not be written (the reason).
    QuitUnsaved(String),
}

pub use crate::editor::worker::{
    DraftDone, DraftOp, DraftReply, DraftRequest, DraftSave, DraftText, Opened, SaveError, Saved,
};

/// Why a draft operation of the pane failed; `Display` is the pane's message.
#[derive(Debug, thiserror::Error)]
pub enum EditorError {
    /// The drafts worker is gone (it cannot be after start-up).
    #[error("draft store unavailable")]
    StoreUnavailable,
    /// The store refused or the disk failed.
    #[error(transparent)]
    Draft(#[from] crate::editor::DraftError),
    /// The external editor failed; the text it left was taken anyway.
    #[error("{program} exited with {status}; the draft was reloaded")]
    Exited {
        /// The editor program.
        program: String,
        /// How it ended.
        status: std::process::ExitStatus,
    },
    /// A draft for this series and day exists (creating one from the pad).
    #[error("a draft for {series} on {date} exists already: open it and pull the pad in with Ctrl-T, Ctrl-L")]
    ExistsForPad {
        /// The series folder.
        series: String,
        /// The meeting day.
        date: NaiveDate,
    },
    /// A draft for this series and day exists (the "new draft" prompt).
    #[error("a draft for {series} on {date} exists already: open it from the list")]
    Exists {
        /// The series folder.
        series: String,
        /// The meeting day.
        date: NaiveDate,
    },
    /// The prompt's answer is not "series YYYY-MM-DD" (sanitised).
    #[error("'{0}' is not \"series YYYY-MM-DD\"")]
    NotSeriesDate(String),
}

pub struct EditorPane {
    /// Why the draft store cannot be used (from the drafts worker's last answer).
    pub store_error: Option<String>,
    pub state: EditorState,
    /// Id of the last request to the drafts worker.
    requests: u64,
    /// The drafts list was read once (the crash-recovery hint is shown then).
    listed: bool,
    /// The text of the draft to publish, once read.
    publish_text: Option<String>,
    /// Keys go to the text (else to the drafts list).
    pub editing: bool,
    pub drafts: ListState,
    pub metas: Vec<DraftMeta>,
    pub prompt: Option<Prompt>,
    pub confirm: Option<Confirm>,
    pub message: Option<String>,
    pub last_pr: Option<String>,
    pub clone_dir: Option<PathBuf>,
    pub config_dir: Option<PathBuf>,
    pub owner: String,
    pub repo: String,
    /// Generation of the text that a running save writes.
    saving: Option<u64>,
    /// The draft to publish once confirmed.
    pending_publish: Option<String>,
    /// Id of the newest publish request (its answer is the one shown).
    publish_request: u64,
    /// The last save met a conflict: the next Ctrl-S overwrites.
    pub conflict: bool,
    force_next: bool,
    /// Quit was asked for: quit once the save running now succeeds.
    pub quit_pending: bool,
    /// The user confirmed quitting with text that cannot be saved.
    quit_confirmed: bool,
    /// The save asked for on SIGTERM/SIGHUP (draft id, generation).
    exit_save: Option<(String, u64)>,
}

/// The editor widget's styles, all from the theme.
fn styles(theme: &Theme) -> EditorStyles {
    let e = &theme.editor;
    EditorStyles {
        text: theme.base,
        line_number: e.line_number,
        cursor_line: theme.base,
        cursor: Style::default().add_modifier(Modifier::REVERSED),
        selection: e.selection,
        search: e.search,
        status: theme.status,
        popup: e.popup,
        popup_selected: e.popup_selected,
        preview: theme.base,
        hint: theme.dim,
    }
}

impl EditorPane {
    /// The pane, with no draft listed yet: the runner asks the drafts worker
    /// for the list ([`EditorPane::refresh_list`]) when it starts.
    pub fn new(cfg: &Config, theme: &Theme) -> Self {
        let mut state = EditorState::new();
        state.set_styles(styles(theme));
        let md_styles = theme.markdown;
        state.set_preview_renderer(Box::new(move |text, width| {
            crate::render::markdown::render(text, width, &md_styles).lines
        }));
        EditorPane {
            store_error: None,
            state,
            requests: 0,
            listed: false,
            publish_text: None,
            editing: false,
            drafts: ListState::default(),
            metas: Vec::new(),
            prompt: None,
            confirm: None,
            message: None,
            last_pr: None,
            clone_dir: cfg.editor.minutes_clone.clone(),
            config_dir: crate::config::project_dirs().map(|d| d.config_dir().to_path_buf()),
            owner: cfg.github.minutes.owner.clone(),
            repo: cfg.github.minutes.repo.clone(),
            saving: None,
            pending_publish: None,
            publish_request: 0,
            conflict: false,
            force_next: false,
            quit_pending: false,
            quit_confirmed: false,
            exit_save: None,
        }
    }

    /// A request to the drafts worker, with the next request id.
    fn request(&mut self, save: Option<DraftSave>, op: DraftOp) -> Cmd {
        self.requests += 1;
        Cmd::Drafts { request: self.requests, req: DraftRequest { save, op } }
    }

    /// Re-read the drafts list (answered by `Msg::Drafts`).
    pub fn refresh_list(&mut self) -> Vec<Cmd> {
        vec![self.request(None, DraftOp::List)]
    }

    fn on_listed(&mut self, mut v: Vec<DraftMeta>) {
        v.sort_by_key(|m| std::cmp::Reverse(m.updated));
        self.metas = v;
        self.store_error = None;
        self.drafts.clamp(self.metas.len());
        if !std::mem::replace(&mut self.listed, true) {
            let rec: Vec<String> = self.metas.iter().filter(|m| m.recoverable).map(|m| m.id.clone()).collect();
            if !rec.is_empty() {
                self.message = Some(format!(
                    "Recoverable after a crash: {} — select and press Enter to recover the last autosave.",
                    rec.join(", ")
                ));
            }
        }
    }

    /// Drafts shown (after the filter).
    pub fn visible(&self) -> Vec<&DraftMeta> {
        let mut fz = self.drafts.fuzzy();
        self.metas.iter().filter(|m| fz.matches(&format!("{} {} {}", m.id, m.series, m.date))).collect()
    }

    fn selected_id(&self) -> Option<String> {
        self.visible().get(self.drafts.selected).map(|m| m.id.clone())
    }

    /// Whether every key should go to the editor (text, prompt or dialog).
    pub fn wants_keys(&self) -> bool {
        self.editing || self.prompt.is_some() || self.confirm.is_some() || self.drafts.editing
    }

    /// Open a draft for editing: the worker saves the open draft first (and
    /// opens nothing when that fails), locks `id` (refusing when another live
    /// scsdash holds it) and reads it; [`EditorPane::on_reply`] shows it.
    pub fn open_draft(&mut self, id: &str) -> Vec<Cmd> {
        let save = self.save_request();
        vec![self.request(save, DraftOp::Open { id: id.to_string() })]
    }

    /// Whether the draft in the editor (not `next`) got text after the save
    /// that went with the request to open `next`: that text is written
    /// first (the open is asked for again, with it), never replaced.
    fn typed_meanwhile(&self, next: &str) -> bool {
        self.unsaved() && self.state.draft_id() != Some(next)
    }

    /// A draft the worker opened: its text goes into the editor.
    fn show_opened(&mut self, o: Opened) {
        self.message = o.note.or_else(|| Some(format!("editing {} · Esc leaves the text", o.id)));
        self.state.open(o.id, &o.text);
        self.editing = true;
    }

    /// A draft fresh from the template: the cursor goes to the end of its
    /// first empty list item (the participants' "- "), where the minute-taker
    /// starts typing, not before the title on line 1.
    fn cursor_to_first_blank_item(&mut self) {
        let at = self.state.lines().iter().position(|l| l.trim_end() == "-" || l.trim_end() == "*");
        if let Some(row) = at {
            let col = self.state.lines()[row].chars().count();
            self.state.set_cursor(row, col);
        }
    }

    /// Leaving the pane saves (off the UI thread).
    pub fn on_leave(&mut self) -> Vec<Cmd> {
        self.save_cmd()
    }

    /// The save of the open draft's unsaved text, as a command (none when saved).
    pub fn save_cmd(&mut self) -> Vec<Cmd> {
        self.save_request().map(Cmd::SaveDraft).into_iter().collect()
    }

    /// Time until the autosave is due: 2 s after the first keystroke that no save
    /// has taken yet (a deadline, not a pause after the last keystroke).
    pub fn autosave_in(&self, now: Instant) -> Option<Duration> {
        if !self.state.is_dirty() || self.state.draft_id().is_none() || self.store_error.is_some() {
            return None;
        }
        let first = self.state.unsaved_since()?;
        Some(super::text_edit::AUTOSAVE_DELAY.saturating_sub(now.saturating_duration_since(first)))
    }

    /// Whether a save of the current text is under way.
    pub fn saving_current(&self) -> bool {
        self.saving == Some(self.state.generation())
    }

    /// Whether an open draft has text that is not on disk yet.
    pub fn unsaved(&self) -> bool {
        self.state.draft_id().is_some() && self.state.is_dirty()
    }

    /// The open draft's id and text, for the recovery file when it cannot be saved.
    pub fn unsaved_text(&self) -> Option<(String, String)> {
        let id = self.state.draft_id()?;
        self.state.is_dirty().then(|| (id.to_string(), self.state.text()))
    }

    /// Quitting could not save the text: ask (the answer is `y` or `n`).
    pub fn ask_quit_unsaved(&mut self, reason: String) {
        self.quit_pending = false;
        self.editing = false;
        self.confirm = Some(Confirm::QuitUnsaved(reason));
    }

    /// Whether the user confirmed quitting without a save (taken once).
    pub fn take_quit_confirmed(&mut self) -> bool {
        std::mem::take(&mut self.quit_confirmed)
    }

    /// The save to run now (its data), if the draft has unsaved changes.
    pub fn save_request(&mut self) -> Option<DraftSave> {
        let id = self.state.draft_id()?.to_string();
        if !self.state.is_dirty() {
            return None;
        }
        let generation = self.state.generation();
        self.saving = Some(generation);
        self.state.begin_save();
        let force = std::mem::take(&mut self.force_next);
        Some(DraftSave { id, text: self.state.text(), generation, force })
    }

    /// A save finished.
    pub fn on_saved(&mut self, id: &str, generation: u64, result: Result<(), SaveError>, now: Instant) {
        if self.saving == Some(generation) {
            self.saving = None;
        }
        match result {
            Ok(()) => {
                if self.state.draft_id() == Some(id) {
                    self.state.mark_saved_generation(generation);
                }
            }
            Err(e) => {
                self.conflict = matches!(e, SaveError::Conflict);
                if self.state.draft_id() == Some(id) {
                    self.state.save_failed(now);
                }
                self.message = Some(format!("not saved: {e}"));
            }
        }
    }

    /// Ctrl-S: save now; after a conflict, overwrite.
    fn save_now(&mut self) -> Vec<Cmd> {
        if self.conflict {
            self.conflict = false;
            self.force_next = true;
        }
        self.save_cmd()
    }

    /// The publish to run (after the confirmation), with everything it needs.
    pub fn publish_cmd(&mut self, has_token: bool) -> Option<Cmd> {
        let id = self.pending_publish.clone()?;
        let open = self.state.draft_id() == Some(id.as_str());
        if !open && self.publish_text.is_none() {
            return None; // the worker is still reading it
        }
        self.pending_publish = None;
        let read = self.publish_text.take();
        let (series, date) = crate::editor::drafts::parse_id(&id)?;
        let text = if open { self.state.text() } else { read? };
        if !has_token {
            self.message = Some(crate::editor::PublishError::NoToken.to_string());
            return None;
        }
        self.message = Some(format!("publishing {id} as a pull request…"));
        self.publish_request += 1;
        Some(Cmd::Publish {
            request: self.publish_request,
            owner: self.owner.clone(),
            repo: self.repo.clone(),
            series,
            date,
            text,
        })
    }

    /// The answer to publish request `request`; an older request's answer
    /// (a newer publish is under way or done) is only logged.
    pub fn on_published(&mut self, request: u64, r: Result<String, crate::editor::PublishError>) {
        if request != self.publish_request {
            tracing::info!("answer to an older publish request {request}: {r:?}");
            return;
        }
        match r {
            Ok(line) => {
                // `line` is `Published::describe()`: the way it went, then the URL last
                let url = line.rsplit(' ').next().unwrap_or_default().to_string();
                self.message = Some(format!("{line} (y copies)"));
                self.last_pr = Some(url);
            }
            Err(e) => self.message = Some(format!("not published: {e}")),
        }
    }

    /// `Ctrl-E`: the open draft's text for `$VISUAL`/`$EDITOR`.
    fn external_editor(&self) -> Vec<Cmd> {
        let Some(id) = self.state.draft_id() else { return vec![] };
        vec![Cmd::ExternalEditor { id: id.to_string(), text: self.state.text() }]
    }

    /// `$VISUAL`/`$EDITOR` ended on draft `id`: its text replaces the
    /// draft's (one undoable edit, the draft modified and saved at once).
    /// Returns the save and the error line for the status, if any.
    pub fn on_external_edit(
        &mut self,
        id: &str,
        result: Result<crate::editor::external::Edited, crate::editor::external::ExternalError>,
    ) -> (Vec<Cmd>, Option<String>) {
        let edited = match result {
            Ok(e) => e,
            Err(e) => return (vec![], Some(e.to_string())),
        };
        if self.state.draft_id() != Some(id) {
            // Another draft is open now: this text is not for it.
            return (vec![], Some(format!("the text from {} was for {id}, which is no longer open", edited.program)));
        }
        if edited.text != self.state.text() {
            let (row, col) = self.state.cursor();
            self.state.replace_all(&edited.text);
            self.state.set_cursor(row, col);
        }
        let error = (!edited.status.success())
            .then(|| EditorError::Exited { program: edited.program, status: edited.status }.to_string());
        (self.save_cmd(), error)
    }

    /// SIGTERM or SIGHUP: the save of the open draft's unsaved text, if any.
    /// If it fails, its answer (`Msg::DraftSaved`) asks for a recovery file.
    pub fn save_before_exit(&mut self) -> Vec<Cmd> {
        let save = self.save_request();
        self.exit_save = save.as_ref().map(|s| (s.id.clone(), s.generation));
        save.map(Cmd::SaveDraft).into_iter().collect()
    }

    /// Whether this save is the one asked for on a signal before exiting
    /// (taken: one failed answer asks for one recovery file).
    pub fn take_exit_save(&mut self, id: &str, generation: u64) -> bool {
        let mine = self.exit_save.as_ref().is_some_and(|(i, g)| i == id && *g == generation);
        if mine {
            self.exit_save = None;
        }
        mine
    }

    pub fn paste(&mut self, s: &str) {
        if let Some(p) = &mut self.prompt {
            p.text.push_str(&crate::text::sanitize_line(s));
        } else if self.editing {
            self.state.handle_paste(s);
        }
    }

    pub fn focused_list(&self) -> Option<&ListState> {
        (!self.editing).then_some(&self.drafts)
    }

    pub fn focused_list_mut(&mut self) -> Option<&mut ListState> {
        (!self.editing).then_some(&mut self.drafts)
    }

    /// Keys while the text, a prompt or a dialog has the focus.
    pub fn on_key(&mut self, key: KeyEvent) -> Vec<Cmd> {
        if let Some(c) = self.confirm.clone() {
            self.confirm = None;
            if matches!(key.code, KeyCode::Char('y') | KeyCode::Char('Y') | KeyCode::Enter) {
                return self.confirmed(c);
            }
            self.message = Some("cancelled".into());
            return vec![];
        }
        if !self.editing {
            return self.list_key(key);
        }
        match self.state.handle_key(key) {
            EditorOutcome::Consumed => vec![],
            EditorOutcome::NotConsumed => {
                if key.code == KeyCode::Esc {
                    self.editing = false;
                    self.message = Some("left the text · Enter edits again · q quits".into());
                    return self.on_leave();
                }
                vec![]
            }
            EditorOutcome::Save => self.save_now(),
            EditorOutcome::Publish => {
                if let Some(id) = self.state.draft_id() {
                    self.confirm = Some(Confirm::Publish(id.to_string()));
                }
                vec![]
            }
            EditorOutcome::OpenExternalEditor => self.external_editor(),
            EditorOutcome::NewDraft => vec![],
        }
    }

    /// Letters in the drafts list: D delete, R rename, x export, p publish, y copy PR URL.
    fn list_key(&mut self, key: KeyEvent) -> Vec<Cmd> {
        let id = self.selected_id();
        match (key.code, id) {
            (KeyCode::Char('D') | KeyCode::Delete, Some(id)) => self.confirm = Some(Confirm::Delete(id)),
            (KeyCode::Char('R'), Some(id)) => {
                let text = crate::editor::drafts::parse_id(&id).map(|(s, d)| format!("{s} {d}")).unwrap_or_default();
                self.prompt = Some(Prompt { kind: PromptKind::Rename(id), text });
            }
            (KeyCode::Char('x'), Some(id)) => {
                let text = std::env::current_dir()
                    .map(|d| d.join(format!("{id}.md")).display().to_string())
                    .unwrap_or_default();
                self.prompt = Some(Prompt { kind: PromptKind::Export(id), text });
            }
            (KeyCode::Char('p'), Some(id)) => self.confirm = Some(Confirm::Publish(id)),
            (KeyCode::Char('S'), Some(id)) => return self.save_to_clone(&id),
            _ => {}
        }
        vec![]
    }

    /// A key for the prompt; returns the prompt when Enter completes it.
    fn prompt_key(&mut self, key: KeyEvent) -> Option<Prompt> {
        let p = self.prompt.as_mut()?;
        match key.code {
            KeyCode::Esc => self.prompt = None,
            KeyCode::Backspace => {
                p.text.pop();
            }
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => p.text.push(c),
            KeyCode::Enter => return self.prompt.take(),
            _ => {}
        }
        None
    }

    /// Create a draft for `series` on `date` with `text` (e.g. the pad's) and open it.
    pub fn create_draft_with(&mut self, series: &str, date: NaiveDate, text: &str) -> Vec<Cmd> {
        if let Some(e) = &self.store_error {
            self.message = Some(e.clone());
            return vec![];
        }
        let save = self.save_request();
        let op = DraftOp::Create { series: series.to_string(), date, text: text.into(), from_pad: true };
        vec![self.request(save, op)]
    }

    /// Carry out a completed prompt; a new draft is `ctx`'s series' template
    /// filled from it (read and filled by the drafts worker).
    fn prompt_done(&mut self, p: Prompt, ctx: Option<TemplateContext>) -> Vec<Cmd> {
        let parsed = parse_series_date(&p.text);
        match (&p.kind, parsed) {
            (PromptKind::New, Some((series, date))) => {
                // The open draft is replaced: the worker writes it first and
                // creates nothing when that fails.
                let name = series.clone();
                let ctx = ctx.filter(|c| c.series == series && c.date == date);
                let ctx = Box::new(ctx.unwrap_or_else(|| TemplateContext::new(series.clone(), name, date)));
                let text = DraftText::Template { ctx, config_dir: self.config_dir.clone() };
                let save = self.save_request();
                vec![self.request(save, DraftOp::Create { series, date, text, from_pad: false })]
            }
            (PromptKind::Rename(id), Some((series, date))) => {
                // Renaming the open draft: the worker saves it, renames and reopens it.
                let save = if self.state.draft_id() == Some(id.as_str()) { self.save_request() } else { None };
                let op = DraftOp::Rename { id: id.clone(), series, date };
                vec![self.request(save, op)]
            }
            (PromptKind::Export(id), _) => {
                let path = PathBuf::from(p.text.trim());
                vec![self.request(None, DraftOp::Export { id: id.clone(), path })]
            }
            (_, None) => {
                let e = EditorError::NotSeriesDate(crate::text::sanitize_line(&p.text).into_owned());
                self.message = Some(e.to_string());
                self.refresh_list()
            }
        }
    }

    fn confirmed(&mut self, c: Confirm) -> Vec<Cmd> {
        match c {
            Confirm::Delete(id) => {
                if self.state.draft_id() == Some(id.as_str()) {
                    self.state.close();
                    self.editing = false;
                }
                vec![self.request(None, DraftOp::Delete { id })]
            }
            Confirm::Publish(id) => {
                // The open draft's text is at hand; another one is read by the
                // worker first. `publish_cmd` (which knows about the token) then builds it.
                self.pending_publish = Some(id.clone());
                if self.state.draft_id() == Some(id.as_str()) {
                    return vec![];
                }
                vec![self.request(None, DraftOp::Load { id })]
            }
            Confirm::QuitUnsaved(_) => {
                self.quit_confirmed = true;
                match self.unsaved_text() {
                    Some((id, text)) => vec![Cmd::WriteRecovery { id, text }],
                    None => vec![],
                }
            }
        }
    }

    fn save_to_clone(&mut self, id: &str) -> Vec<Cmd> {
        let Some(dir) = self.clone_dir.clone() else {
            self.message = Some("set editor.minutes_clone in the config to save into a local clone".into());
            return vec![];
        };
        if crate::editor::drafts::parse_id(id).is_none() {
            return vec![];
        }
        let text = (self.state.draft_id() == Some(id)).then(|| self.state.text());
        vec![self.request(None, DraftOp::ToClone { dir, id: id.to_string(), text })]
    }

    /// The drafts worker answered request `request`: show what it did.
    /// Returns the commands that follow (a new list, a publish).
    pub fn on_reply(&mut self, _request: u64, reply: DraftReply) -> Vec<Cmd> {
        let DraftReply { op, saved, result, reopened } = reply;
        if let Some(s) = saved {
            self.on_saved(&s.id, s.generation, s.result, Instant::now());
        }
        let Some(result) = result else { return vec![] }; // the save failed: nothing else ran
        let mut cmds = vec![];
        let error = match (op, result) {
            (_, Ok(DraftDone::Listed(v))) => {
                self.on_listed(v);
                None
            }
            (DraftOp::List, Err(e)) => {
                self.store_error = Some(e.to_string());
                Some(e.to_string())
            }
            (_, Ok(DraftDone::Opened(o))) if self.typed_meanwhile(&o.id) => return self.open_draft(&o.id),
            (_, Ok(DraftDone::Opened(o))) => {
                self.show_opened(o);
                None
            }
            (_, Ok(DraftDone::Created { meta, .. })) if self.typed_meanwhile(&meta.id) => {
                let mut cmds = self.open_draft(&meta.id);
                cmds.extend(self.refresh_list());
                return cmds;
            }
            (DraftOp::Create { from_pad, .. }, Ok(DraftDone::Created { meta, opened })) => {
                self.show_opened(opened);
                if from_pad {
                    self.message = Some(format!("{} started from the pad · Ctrl-T shows the pad", meta.id));
                } else {
                    self.cursor_to_first_blank_item();
                }
                cmds = self.refresh_list();
                None
            }
            (DraftOp::Create { series, date, from_pad, .. }, Err(DraftError::AlreadyExists(_))) => {
                let e = if from_pad {
                    EditorError::ExistsForPad { series, date }
                } else {
                    EditorError::Exists { series, date }
                };
                Some(e.to_string())
            }
            (_, Ok(DraftDone::Renamed { meta })) => {
                if let Some(o) = reopened {
                    self.show_opened(o);
                    self.editing = false;
                }
                self.message = Some(format!("renamed to {}", meta.id));
                cmds = self.refresh_list();
                None
            }
            (DraftOp::Rename { .. }, Err(e)) => {
                if let Some(o) = reopened {
                    self.show_opened(o);
                    self.editing = false;
                }
                cmds = self.refresh_list();
                Some(e.to_string())
            }
            (DraftOp::Delete { id }, r) => {
                cmds = self.refresh_list();
                Some(match r {
                    Ok(_) => format!("deleted {id}"),
                    Err(e) => e.to_string(),
                })
            }
            (_, Ok(DraftDone::Exported(path))) => {
                cmds = self.refresh_list();
                Some(format!("exported to {}", path.display()))
            }
            (DraftOp::Load { .. }, Ok(DraftDone::Loaded(text))) => {
                if self.pending_publish.is_some() {
                    self.publish_text = Some(text); // `on_drafts` builds the publish
                }
                None
            }
            (DraftOp::Load { .. }, Err(e)) => {
                self.pending_publish = None;
                Some(e.to_string())
            }
            (_, Ok(DraftDone::ToClone(p))) => Some(format!("saved {}", p.display())),
            (DraftOp::Export { .. }, Err(e)) => {
                cmds = self.refresh_list();
                Some(e.to_string())
            }
            (_, Ok(_)) => None,
            (_, Err(e)) => Some(e.to_string()),
        };
        if let Some(m) = error {
            self.message = Some(m);
        }
        cmds
    }
}

/// "community-call 2026-11-26" -> (series, date).
pub fn parse_series_date(s: &str) -> Option<(String, NaiveDate)> {
    let mut it = s.split_whitespace();
    let series = it.next()?.to_string();
    let date = NaiveDate::parse_from_str(it.next()?, "%Y-%m-%d").ok()?;
    if it.next().is_some() || !crate::editor::drafts::valid_series(&series) {
        return None;
    }
    Some((series, date))
}

/// The template context for a series and date, from everything loaded.
pub fn template_context(app: &App, series: &str, date: NaiveDate) -> TemplateContext {
    let name = app.config.series_name(series);
    let mut ctx = TemplateContext::new(series, name, date);
    let Some(d) = &app.data else { return ctx };
    let m = &d.minutes;
    let open_of = |s: &str| -> Vec<ActionCtx> {
        m.actions
            .iter()
            .filter(|a| a.series == s && a.status == ActionStatus::Open)
            .map(|a| ActionCtx {
                owners: a.owners.iter().map(|o| owner_mention(o)).collect::<Vec<_>>().join(", "),
                text: a.text.clone(),
            })
            .collect()
    };
    let latest = m.latest_per_series();
    for t in &app.config.teams {
        let url = latest.iter().find(|x| x.series == t.minutes).map(|x| super::archive::github_url(app, &x.path, 0));
        ctx.teams.push(TeamCtx {
            name: t.name.trim_start_matches("Team ").to_string(),
            minutes_url: url,
            open_actions: open_of(&t.minutes),
        });
    }
    ctx.open_tenders = m
        .tenders
        .iter()
        .filter(|t| t.open)
        .map(|t| TenderCtx {
            id: t.id.clone(),
            title: t.title.clone().unwrap_or_default(),
            status: t.history.last().map(|h| h.text.clone()).unwrap_or_else(|| t.status.as_str().to_string()),
        })
        .collect();
    ctx.pending_actions = open_of(series);
    ctx
}

/// An owner as written in minutes: GitHub handles get their `@`, plain
/// names ("Matej", "Anja Brandt") stay as they are.
fn owner_mention(o: &str) -> String {
    let plain = o.contains(' ') || o.chars().next().is_some_and(char::is_uppercase) || o.starts_with('@');
    if plain {
        o.to_string()
    } else {
        format!("@{o}")
    }
}

/// New data: the completion words are gathered once per load, not per key.
pub fn on_data(app: &mut App) {
    let words = completion_words(app);
    app.editor.state.set_completer(Completer::new(words));
}

/// Words for completion: @handles and names, team names, tender ids.
pub fn completion_words(app: &App) -> Vec<String> {
    let mut words = Vec::new();
    let Some(d) = &app.data else { return words };
    for a in &d.minutes.actions {
        for o in &a.owners {
            words.push(owner_mention(o));
        }
    }
    for m in &d.minutes.meetings {
        words.extend(m.minute_takers.iter().cloned());
        words.extend(m.participants.iter().map(|p| owner_mention(p)));
    }
    words.extend(d.words.iter().cloned());
    words.extend(app.config.teams.iter().map(|t| t.name.clone()));
    words.extend(d.minutes.tenders.iter().map(|t| t.id.clone()));
    // An @word is offered only as a valid GitHub handle: "@garloff_" (markdown
    // emphasis) becomes "@garloff", "@garloff (traveling)" is dropped.
    words.into_iter().filter_map(|w| if w.starts_with('@') { github_handle(&w) } else { Some(w) }).collect()
}

/// `@handle` if `w` is one GitHub accepts (`[A-Za-z0-9-]{1,39}`, no dash at
/// either end), after trimming trailing `_`, `.`, `,`, `:`.
pub fn github_handle(w: &str) -> Option<String> {
    let h = w.strip_prefix('@')?.trim_end_matches(['_', '.', ',', ':', ';']);
    let ok = (1..=39).contains(&h.len())
        && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !h.starts_with('-')
        && !h.ends_with('-');
    ok.then(|| format!("@{h}"))
}

/// The default "series date" for `n`: the next meeting from the schedule.
pub fn default_new(app: &App) -> String {
    let today = app.now.with_timezone(&app.tz).date_naive();
    // My teams' next meeting first (user.teams), else the next of any series.
    let mine = super::teams::my_teams(app);
    let next = app.data.as_ref().and_then(|d| {
        let occ: Vec<_> = d
            .schedule
            .occurrences(app.now, app.now + chrono::Duration::days(14), app.tz)
            .into_iter()
            .filter(|o| !o.cancelled)
            .collect();
        let pick = |only_mine: bool| {
            occ.iter()
                .filter(|o| !only_mine || super::teams::is_my_meeting(&mine, o))
                .find_map(|o| series_of_title(app, &o.title).map(|s| (s, o.start.with_timezone(&app.tz).date_naive())))
        };
        pick(!mine.is_empty()).or_else(|| pick(false))
    });
    match next {
        Some((s, d)) => format!("{s} {d}"),
        None => format!("community-call {today}"),
    }
}

fn series_of_title(app: &App, title: &str) -> Option<String> {
    let t = title.to_lowercase();
    if t.contains("tech weekly") || t.contains("community call") {
        return Some("community-call".into());
    }
    app.config
        .teams
        .iter()
        .find(|team| {
            let n = team.name.to_lowercase();
            let core = n.trim_start_matches("team ").trim_start_matches("sig ");
            t.contains(&n) || (!core.is_empty() && t.contains(core))
        })
        .map(|team| team.minutes.clone())
}

/// Keys while the Editor pane has the focus on text, a prompt or a dialog,
/// and letters in the drafts list.
pub fn on_key(app: &mut App, key: KeyEvent) -> Vec<Cmd> {
    if app.editor.prompt.is_some() && app.editor.confirm.is_none() {
        if let Some(p) = app.editor.prompt_key(key) {
            // The template's context comes from the minutes loaded; the
            // drafts worker reads the template and fills it.
            let new = p.kind == PromptKind::New;
            if new && app.data.as_ref().is_some_and(|d| d.reading.is_some()) {
                // A first start still reading the minutes: a draft made now
                // would miss the open items it is prefilled with.
                app.editor.prompt = Some(p);
                app.editor.message =
                    Some("still reading the minutes for the prefill: press Enter again in a moment".into());
                return vec![];
            }
            let ctx = parse_series_date(&p.text).filter(|_| new).map(|(s, d)| template_context(app, &s, d));
            return app.editor.prompt_done(p, ctx);
        }
        return vec![];
    }
    let mut cmds = app.editor.on_key(key);
    cmds.extend(app.editor.publish_cmd(app.session.has_token));
    cmds.extend(app.editor.state.take_copied().map(Cmd::CopySelection));
    app.editor.state.set_focused(app.editor.editing);
    if app.editor.take_quit_confirmed() {
        app.quit = true;
    }
    // The hint names the keys in force, not the defaults.
    if app.editor.message.as_deref().is_some_and(|m| m.starts_with("left the text")) {
        let k = |a| app.keymap.hint(a).unwrap_or_else(|| "?".into());
        app.editor.message =
            Some(format!("left the text · {} edits again · {} quits", k(super::Action::Open), k(super::Action::Quit)));
    }
    cmds
}

/// The drafts worker answered: show it (a draft opened takes the keys).
pub fn on_drafts(app: &mut App, request: u64, reply: Box<DraftReply>) -> Vec<Cmd> {
    let mut cmds = app.editor.on_reply(request, *reply);
    cmds.extend(app.editor.publish_cmd(app.session.has_token));
    app.editor.state.set_focused(app.editor.editing);
    cmds
}

pub fn on_action(app: &mut App, a: Action) -> Vec<Cmd> {
    let cmds = editor_action(app, a);
    app.editor.state.set_focused(app.editor.editing);
    cmds
}

fn editor_action(app: &mut App, a: Action) -> Vec<Cmd> {
    let page = app.page;
    match a {
        Action::NewDraft => {
            if let Some(e) = &app.editor.store_error {
                app.editor.message = Some(e.clone());
                return vec![];
            }
            let text = default_new(app);
            app.editor.prompt = Some(Prompt { kind: PromptKind::New, text });
        }
        Action::Open => {
            if let Some(id) = app.editor.selected_id() {
                if app.editor.state.draft_id() == Some(id.as_str()) {
                    app.editor.editing = true;
                } else {
                    return app.editor.open_draft(&id);
                }
            }
        }
        Action::CopyUrl => {
            let url = app.editor.last_pr.clone();
            return copy_cmd(app, url);
        }
        Action::Back => app.editor.drafts.filter.clear(),
        _ => {
            let n = app.editor.visible().len();
            app.editor.drafts.navigate(a, n, page);
        }
    }
    vec![]
}
