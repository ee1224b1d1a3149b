//! My teams: `user.teams` in the config (or picked with `T` on the
//! Overview) puts those teams first in the Overview's meetings, action items
//! and latest minutes, and the editor's `n` proposes their next meeting.

use super::App;

pub use crate::teams::{is_my_meeting, is_my_series, MyTeam};

/// The teams of `user.teams` (see [`crate::teams::my_teams`]).
pub fn my_teams(app: &App) -> Vec<MyTeam> {
    crate::teams::my_teams(&app.config, &app.config.user.teams)
}

/// The `T` picker over the configured `[[teams]]`: cursor row.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Picker {
    pub cursor: usize,
}

/// Toggle the team at `i` of `[[teams]]` in `user.teams` (by its minutes folder).
pub fn toggle(app: &mut App, i: usize) {
    let Some(t) = app.config.teams.get(i) else { return };
    let names: Vec<String> = [Some(t.name.clone()), Some(t.minutes.clone()), t.label.clone()]
        .into_iter()
        .flatten()
        .map(|n| n.to_lowercase())
        .collect();
    let key = t.minutes.clone();
    let before = app.config.user.teams.len();
    app.config.user.teams.retain(|e| !names.contains(&e.trim().to_lowercase()));
    if app.config.user.teams.len() == before {
        app.config.user.teams.push(key);
    }
}

/// Whether the team at `i` of `[[teams]]` is one of mine.
pub fn is_picked(app: &App, i: usize) -> bool {
    let Some(t) = app.config.teams.get(i) else { return false };
    is_my_series(&my_teams(app), &t.minutes)
}
