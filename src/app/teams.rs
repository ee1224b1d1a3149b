//! My teams: `user.teams` in the config (or picked with `T` on the
//! Overview) puts those teams first in the Overview's meetings, action items
//! and latest minutes, and the editor's `n` proposes their next meeting.

use super::App;
use crate::model::schedule::Occurrence;

/// One of the user's teams, as the names it goes by: minutes folder, board
/// label, display name and its core word ("container" of "Team Container").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MyTeam {
    pub names: Vec<String>,
}

/// The teams of `user.teams`, each resolved through `[[teams]]` when an
/// entry names one (by name, minutes folder or label); else the entry is
/// taken as a series key.
pub fn my_teams(app: &App) -> Vec<MyTeam> {
    app.config
        .user
        .teams
        .iter()
        .filter(|e| !e.trim().is_empty())
        .map(|e| {
            let e = e.trim().to_lowercase();
            let team = app.config.teams.iter().find(|t| {
                t.name.to_lowercase() == e
                    || t.minutes.to_lowercase() == e
                    || t.label.as_deref().is_some_and(|l| l.to_lowercase() == e)
            });
            let mut names = vec![e.clone()];
            if let Some(t) = team {
                names.push(t.minutes.to_lowercase());
                names.extend(t.label.iter().map(|l| l.to_lowercase()));
                let n = t.name.to_lowercase();
                let core = n.trim_start_matches("team ").trim_start_matches("sig ").to_string();
                names.push(n);
                if !core.is_empty() {
                    names.push(core);
                }
            }
            names.dedup();
            MyTeam { names }
        })
        .collect()
}

/// Whether a minutes folder (action items, latest minutes) is one of mine.
pub fn is_my_series(mine: &[MyTeam], folder: &str) -> bool {
    let f = folder.to_lowercase();
    mine.iter().any(|t| t.names.contains(&f))
}

/// Whether a meeting is one of my teams': its series key or a word of its
/// title names the team ("Team Container Meeting").
pub fn is_my_meeting(mine: &[MyTeam], o: &Occurrence) -> bool {
    let key = o.series.to_lowercase();
    let title = o.title.to_lowercase();
    mine.iter().any(|t| t.names.iter().any(|n| *n == key || (n.len() >= 3 && has_words(&title, n))))
}

/// `needle` occurs in `hay` on word boundaries.
fn has_words(hay: &str, needle: &str) -> bool {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    hay.match_indices(needle)
        .any(|(i, _)| boundary(hay[..i].chars().next_back()) && boundary(hay[i + needle.len()..].chars().next()))
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
