//! The one owner of the draft store: every drafts operation (list, open and
//! lock, create, rename, delete, export, load, save) runs here, one after the
//! other, never on the UI thread. The app asks with a [`DraftRequest`] and a
//! request id (`Cmd::Drafts`, `Cmd::SaveDraft`); the answer comes back as a
//! message (`Msg::Drafts`, `Msg::DraftSaved`). The runner keeps one thread
//! running [`DraftWorker::handle`] (`spawn`); tests call it directly.
//!
//! Requests are served in order, so a save asked for before an open lands
//! before it. A request may carry the save of the open draft
//! ([`DraftRequest::save`]): its operation runs only when that save worked, so
//! opening another draft never drops text that could not be written.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::drafts::{DraftError, DraftLock, DraftMeta, DraftStore};
use super::template::TemplateContext;

/// The text of a draft to write, as of the editor's `generation`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSave {
    pub id: String,
    pub text: String,
    /// The editor's text generation, echoed in the answer.
    pub generation: u64,
    /// Overwrite even when the file changed on disk since it was read (the
    /// user said so after a conflict); otherwise such a save is a conflict.
    pub force: bool,
}

/// What to do with the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftOp {
    /// Read the list of drafts.
    List,
    /// Lock and read a draft; the lock of the draft open before is released.
    Open { id: String },
    /// Create a draft and open it. `from_pad`: the text is the meeting's pad.
    Create { series: String, date: NaiveDate, text: DraftText, from_pad: bool },
    /// Rename a draft; when it was the open one, it is reopened under its new
    /// name (or, when the rename fails, under its old one).
    Rename { id: String, series: String, date: NaiveDate },
    /// Delete a draft (closing it when it is the open one).
    Delete { id: String },
    /// Copy a draft's text to a file.
    Export { id: String, path: PathBuf },
    /// Read a draft's text (to publish it).
    Load { id: String },
    /// Write a draft into a local clone of the minutes repository; `text`
    /// `None` reads it from the store.
    ToClone { dir: PathBuf, id: String, text: Option<String> },
    /// Release the open draft's lock.
    Close,
}

/// The text of a new draft: given, or the series' template filled here in
/// the worker (a user's template is read from the config directory, never
/// on the UI thread).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftText {
    /// This text (e.g. the meeting's pad).
    Given(String),
    /// The series' template (`<config_dir>/templates/…` first, else the
    /// built-in one), filled from `ctx`.
    Template { ctx: Box<TemplateContext>, config_dir: Option<PathBuf> },
}

impl DraftText {
    /// The text: a template is read and filled now.
    pub fn resolve(self) -> String {
        match self {
            DraftText::Given(t) => t,
            DraftText::Template { ctx, config_dir } => super::template::new_draft_text(&ctx, config_dir.as_deref()),
        }
    }
}

impl From<&str> for DraftText {
    fn from(t: &str) -> DraftText {
        DraftText::Given(t.to_string())
    }
}

/// A request: first the save (if any), then the operation, only when the save worked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftRequest {
    pub save: Option<DraftSave>,
    pub op: DraftOp,
}

impl DraftRequest {
    /// An operation without a save first.
    pub fn op(op: DraftOp) -> DraftRequest {
        DraftRequest { save: None, op }
    }
}

/// A draft that was opened: its text and, after a crash, a note saying so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub id: String,
    pub text: String,
    pub note: Option<String>,
}

/// What an operation did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftDone {
    Listed(Vec<DraftMeta>),
    Opened(Opened),
    Created { meta: DraftMeta, opened: Opened },
    Renamed { meta: DraftMeta },
    Deleted,
    Exported(PathBuf),
    Loaded(String),
    ToClone(PathBuf),
    Closed,
}

/// Why a draft save failed, as the editor needs to tell the cases apart.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The file changed on disk since it was loaded: Ctrl-S overwrites.
    #[error("the draft changed on disk since it was opened (another scsdash or editor?): Ctrl-S overwrites it")]
    Conflict,
    /// Anything else (a full or read-only disk, a vanished directory).
    #[error(transparent)]
    Store(DraftError),
}

/// How a save went: the draft, the generation written, the result.
#[derive(Debug)]
pub struct Saved {
    pub id: String,
    pub generation: u64,
    pub result: Result<(), SaveError>,
}

/// The answer to a [`DraftRequest`].
#[derive(Debug)]
pub struct DraftReply {
    /// The operation asked for (echoed, so the app knows what it was for).
    pub op: DraftOp,
    /// The save that came first, if one was asked for.
    pub saved: Option<Saved>,
    /// The operation's result; `None` when it did not run (the save failed).
    pub result: Option<Result<DraftDone, DraftError>>,
    /// The draft open after a rename (the renamed one, or on failure the old one).
    pub reopened: Option<Opened>,
}

/// The store and the open draft's lock, owned by one thread.
pub struct DraftWorker {
    /// `None`: the platform's data directory.
    dir: Option<PathBuf>,
    store: Option<DraftStore>,
    open: Option<DraftLock>,
}

impl DraftWorker {
    /// A worker for the drafts in `dir` (`None`: the platform's data
    /// directory). Nothing is touched until the first request.
    pub fn new(dir: Option<PathBuf>) -> DraftWorker {
        DraftWorker { dir, store: None, open: None }
    }

    /// The store, opened on first use (and tried again after a failure).
    fn store(&mut self) -> Result<&mut DraftStore, DraftError> {
        if self.store.is_none() {
            let s = match &self.dir {
                Some(d) => DraftStore::open(d.clone())?,
                None => DraftStore::open_default().ok_or(DraftError::NoDataDir)??,
            };
            self.store = Some(s);
        }
        self.store.as_mut().ok_or(DraftError::NoDataDir)
    }

    /// Write a draft (atomically).
    pub fn save(&mut self, s: DraftSave) -> Saved {
        let result = self
            .store()
            .and_then(|st| if s.force { st.save_forced(&s.id, &s.text) } else { st.save(&s.id, &s.text) })
            .map(|_| ())
            .map_err(|e| match e {
                DraftError::Conflict { .. } => SaveError::Conflict,
                e => SaveError::Store(e),
            });
        Saved { id: s.id, generation: s.generation, result }
    }

    /// Serve one request.
    pub fn handle(&mut self, req: DraftRequest) -> DraftReply {
        let saved = req.save.map(|s| self.save(s));
        let mut reply = DraftReply { op: req.op.clone(), saved, result: None, reopened: None };
        if reply.saved.as_ref().is_some_and(|s| s.result.is_err()) {
            return reply;
        }
        let result = match req.op {
            DraftOp::List => self.store().and_then(|s| s.list()).map(DraftDone::Listed),
            DraftOp::Open { id } => self.open(&id).map(DraftDone::Opened),
            DraftOp::Create { series, date, text, .. } => self
                .store()
                .and_then(|s| s.create(&series, date, &text.resolve()))
                .and_then(|meta| self.open(&meta.id).map(|opened| DraftDone::Created { meta, opened })),
            DraftOp::Rename { id, series, date } => {
                let was_open = self.open.as_ref().is_some_and(|l| l.id() == id);
                if was_open {
                    self.open = None;
                }
                let r = self.store().and_then(|s| s.rename(&id, &series, date));
                if was_open {
                    let again = r.as_ref().map_or(id.as_str(), |m| m.id.as_str()).to_string();
                    reply.reopened = self.open(&again).ok();
                }
                r.map(|meta| DraftDone::Renamed { meta })
            }
            DraftOp::Delete { id } => {
                if self.open.as_ref().is_some_and(|l| l.id() == id) {
                    self.open = None;
                }
                self.store().and_then(|s| s.delete(&id)).map(|()| DraftDone::Deleted)
            }
            DraftOp::Export { id, path } => {
                self.store().and_then(|s| s.export(&id, &path)).map(|()| DraftDone::Exported(path))
            }
            DraftOp::Load { id } => self.store().and_then(|s| s.load(&id)).map(DraftDone::Loaded),
            DraftOp::ToClone { dir, id, text } => {
                let text = match text {
                    Some(t) => Ok(t),
                    None => self.store().and_then(|s| s.load(&id)),
                };
                text.and_then(|text| {
                    let (series, date) =
                        super::drafts::parse_id(&id).ok_or_else(|| DraftError::InvalidId(id.clone()))?;
                    super::save_to_clone(&dir, &series, date, &text)
                })
                .map(DraftDone::ToClone)
            }
            DraftOp::Close => {
                self.open = None;
                Ok(DraftDone::Closed)
            }
        };
        reply.result = Some(result);
        reply
    }

    /// Lock and read `id`; the draft open before is released once this one is open.
    fn open(&mut self, id: &str) -> Result<Opened, DraftError> {
        if let Some(l) = self.open.as_ref().filter(|l| l.id() == id) {
            let note = l.recovery_note();
            let text = self.store()?.load(id)?;
            return Ok(Opened { id: id.to_string(), text, note });
        }
        let store = self.store()?;
        let lock = store.lock(id)?;
        let text = store.load(id)?;
        let note = lock.recovery_note();
        self.open = Some(lock);
        Ok(Opened { id: id.to_string(), text, note })
    }
}

/// A job for the worker thread.
pub enum Job {
    /// A request with its id; the answer goes to the thread's callback.
    Request(u64, DraftRequest),
    /// A save; the answer goes to the thread's callback.
    Save(DraftSave),
}

/// An answer of the worker thread.
pub enum Answer {
    Reply(u64, Box<DraftReply>),
    Saved(Saved),
}

/// The worker thread: serves jobs in order until every sender is gone, then
/// returns (join its handle to be sure the last save is on disk).
pub fn spawn(
    mut worker: DraftWorker,
    mut answer: impl FnMut(Answer) + Send + 'static,
) -> std::io::Result<(std::sync::mpsc::Sender<Job>, std::thread::JoinHandle<()>)> {
    let (tx, rx) = std::sync::mpsc::channel::<Job>();
    let handle = std::thread::Builder::new().name("drafts".into()).spawn(move || {
        for job in rx {
            match job {
                Job::Request(id, req) => answer(Answer::Reply(id, Box::new(worker.handle(req)))),
                Job::Save(s) => answer(Answer::Saved(worker.save(s))),
            }
        }
    })?;
    Ok((tx, handle))
}
