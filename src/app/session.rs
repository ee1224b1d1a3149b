//! What this run of the dashboard may do and is doing with GitHub: whether a
//! token was found, whether the network may be used, whether a sync runs.
//! The runner keeps the token itself; the app only knows whether there is one.

use crate::data::SourceChoice;

#[derive(Debug, Clone, Default)]
pub struct Session {
    /// The token lookup found a GitHub token.
    pub has_token: bool,
    /// The network may be used: neither `--demo` nor `--offline`.
    pub network: bool,
    /// A sync is running (`r` cancels it).
    pub syncing: bool,
    /// Where the data comes from; a sync fetches its GitHub repositories
    /// (None: nothing to sync, as in tests that build an `App` by hand).
    pub sources: Option<SourceChoice>,
    /// Sync, and fetch the board, once the token lookup answers
    /// (`github.sync_on_start` with GitHub sources).
    pub sync_on_token: bool,
}

impl Session {
    /// The session of a run on these sources; `sync_on_start` is the config's.
    pub fn new(sources: SourceChoice, sync_on_start: bool) -> Session {
        Session {
            has_token: false,
            network: !sources.demo && !sources.offline,
            syncing: false,
            sync_on_token: sources.wants_sync() && sync_on_start,
            sources: Some(sources),
        }
    }

    /// The sources to sync, when a sync makes sense for them.
    pub fn sync_sources(&self) -> Option<&SourceChoice> {
        self.sources.as_ref().filter(|s| s.wants_sync())
    }
}
