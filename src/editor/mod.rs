//! The Editor pane: drafting minutes from a live template, never losing a keystroke,
//! and publishing them as a pull request.
//!
//! - [`drafts`]: the draft store (atomic saves, lock files, crash recovery, conflicts).
//! - [`template`]: per-series templates with a tiny placeholder language.
//! - [`complete`]: completion candidates (@handles, names, teams, tender ids).
//! - [`external`]: a draft's text through `$VISUAL`/`$EDITOR` (run by the runner).
//! - [`publish`]: save into a local clone or open a pull request with octocrab.
//! - [`worker`]: the one owner of the draft store; requests in, answers out.

pub mod complete;
pub mod diff;
pub mod drafts;
pub mod external;
pub mod publish;
pub mod template;
pub mod worker;

pub use complete::{harvest_words, word_before_cursor, Completer};
pub use drafts::{DraftError, DraftLock, DraftMeta, DraftStore, LockError};
pub use external::external_editor_argv;
pub use publish::{publish_pr, save_to_clone, PublishError};
pub use template::{ActionCtx, TeamCtx, TemplateContext, TenderCtx};
