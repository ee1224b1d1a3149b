//! The command palette (`:`): every action by name with its keys, fuzzy
//! matched as you type; Enter runs the selected one, Esc closes, Up/Down or
//! Ctrl-P/Ctrl-N move. The focused pane's own actions (its help entries and
//! letters, in the pane's words) come first; the other panes' letters come
//! last, named with their pane ("decisions timeline (Archive)"), and go
//! there first.
//!
//! The state is the query and the selection; the entries are derived from
//! the keymap and the pane each time ([`matches`]), so the drawing reads
//! the same list the keys act on.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, App, Cmd, PaneId};
use crate::keymap::{ACTIONS, PANE_KEYS};
use crate::search::fuzzy::Fuzzy;

/// The open palette.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Palette {
    /// What was typed after `:`.
    pub query: String,
    /// Index into [`matches`].
    pub selected: usize,
}

/// What an entry runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    Action(Action),
    /// A pane's own letter (not remappable), handed to that pane (after
    /// going there, when it is another).
    Key(PaneId, char),
}

/// One row of the palette.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What it does, in the focused pane's words where it has some:
    /// "go to Tenders", "quit", "only mine (user.github)".
    pub title: String,
    /// The action's name in the config's `[keys]` table; empty for the
    /// digits and the pane letters, which have none.
    pub name: String,
    /// The keys that run it, as the help shows them ("q Ctrl-c").
    pub keys: String,
    pub run: Run,
    /// One of the focused pane's own actions.
    pub own: bool,
}

/// An entry that matches the query, with the characters to mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub entry: Entry,
    pub score: u32,
    /// Char indices of `entry.title` that matched.
    pub title_marks: Vec<usize>,
    /// Char indices of `entry.name` that matched.
    pub name_marks: Vec<usize>,
}

/// Every action once: the focused pane's own first (its help entries, then
/// its letters), then the rest in the keymap's order with the digits'
/// "go to …" after the pane switching. The palette itself is left out.
pub fn entries(app: &App) -> Vec<Entry> {
    let pane = app.pane;
    let keys = |a: Action| app.keymap.keys_for(a).join(" ");
    let name = |a: Action| ACTIONS.iter().find(|(_, x, _)| *x == a).map(|(n, _, _)| n.to_string()).unwrap_or_default();
    let mut out: Vec<Entry> = Vec::new();
    for (a, what) in super::help::pane_help(pane) {
        if out.iter().all(|e| e.run != Run::Action(*a)) {
            out.push(Entry {
                title: what.to_string(),
                name: name(*a),
                keys: keys(*a),
                run: Run::Action(*a),
                own: true,
            });
        }
    }
    let pane_of = |title: &str| PaneId::ALL.into_iter().find(|p| p.title() == title);
    for (c, p, what) in PANE_KEYS {
        if *p == pane.title() {
            out.push(Entry {
                title: what.to_string(),
                name: String::new(),
                keys: c.to_string(),
                run: Run::Key(pane, *c),
                own: true,
            });
        }
    }
    let mut rest: Vec<(Action, String, String)> = Vec::new();
    for (n, a, what) in ACTIONS {
        if *a == Action::Palette {
            continue;
        }
        rest.push((*a, n.to_string(), what.to_string()));
        if *a == Action::PrevPane {
            for p in PaneId::ALL {
                rest.push((Action::GoPane(p.index()), String::new(), format!("go to {}", p.title())));
            }
        }
    }
    for (a, n, what) in rest {
        if out.iter().all(|e| e.run != Run::Action(a)) {
            out.push(Entry { title: what, name: n, keys: keys(a), run: Run::Action(a), own: false });
        }
    }
    for (c, p, what) in PANE_KEYS {
        if let Some(other) = pane_of(p).filter(|o| *o != pane) {
            let keys = format!("{} {c}", other.index() + 1);
            out.push(Entry {
                title: format!("{what} ({p})"),
                name: String::new(),
                keys,
                run: Run::Key(other, *c),
                own: false,
            });
        }
    }
    out
}

/// The entries that match `query`: best match first; among equal matches
/// (and with nothing typed) the pane's own first, then the list's order.
pub fn rank(entries: Vec<Entry>, query: &str) -> Vec<Match> {
    let mut f = Fuzzy::new(query);
    let mut v: Vec<(usize, Match)> = Vec::new();
    for (i, e) in entries.into_iter().enumerate() {
        // The title and the config name are one haystack: "cycle" finds the
        // status filter by its name.
        let hay = format!("{} {}", e.title, e.name);
        let Some(score) = f.score(&hay) else { continue };
        // Marks: each word in the title if it is there, else in the name.
        let mut marks = f.highlights_in(&[&e.title, &e.name]).into_iter();
        let title_marks = marks.next().unwrap_or_default();
        let name_marks = marks.next().unwrap_or_default();
        v.push((i, Match { entry: e, score, title_marks, name_marks }));
    }
    v.sort_by_key(|(i, m)| (std::cmp::Reverse(m.score), !m.entry.own, *i));
    v.into_iter().map(|(_, m)| m).collect()
}

/// The palette's rows for the app as it is: what the drawing shows and
/// what Enter runs.
pub fn matches(app: &App) -> Vec<Match> {
    let query = app.palette.as_ref().map(|p| p.query.as_str()).unwrap_or("");
    rank(entries(app), query)
}

/// `:`: open the palette with an empty query.
pub fn open(app: &mut App) {
    app.palette = Some(Palette::default());
}

/// A key while the palette is open.
pub fn on_key(app: &mut App, key: KeyEvent) -> Vec<Cmd> {
    let n = matches(app).len();
    let Some(p) = app.palette.as_mut() else { return vec![] };
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Esc => app.palette = None,
        KeyCode::Enter => {
            let chosen = matches(app).get(app.palette.as_ref().map_or(0, |p| p.selected)).map(|m| m.entry.run);
            app.palette = None;
            return match chosen {
                Some(run) => self::run(app, run),
                None => vec![],
            };
        }
        KeyCode::Up | KeyCode::BackTab => p.selected = p.selected.saturating_sub(1),
        KeyCode::Char('p') if ctrl => p.selected = p.selected.saturating_sub(1),
        KeyCode::Down | KeyCode::Tab => p.selected = (p.selected + 1).min(n.saturating_sub(1)),
        KeyCode::Char('n') if ctrl => p.selected = (p.selected + 1).min(n.saturating_sub(1)),
        KeyCode::PageUp => p.selected = p.selected.saturating_sub(PAGE),
        KeyCode::PageDown => p.selected = (p.selected + PAGE).min(n.saturating_sub(1)),
        KeyCode::Home => p.selected = 0,
        KeyCode::End => p.selected = n.saturating_sub(1),
        KeyCode::Char('u') if ctrl => {
            p.query.clear();
            p.selected = 0;
        }
        // Backspace on an empty query closes, as in vim.
        KeyCode::Backspace if p.query.is_empty() => app.palette = None,
        KeyCode::Backspace => {
            p.query.pop();
            p.selected = 0;
        }
        KeyCode::Char(c) if !ctrl && !key.modifiers.contains(KeyModifiers::ALT) => {
            p.query.push(c);
            p.selected = 0;
        }
        _ => {}
    }
    vec![]
}

/// Rows PageUp/PageDown move in the palette.
const PAGE: usize = 10;

/// Pasted text goes to the query (one line, sanitised).
pub fn paste(app: &mut App, s: &str) {
    if let Some(p) = app.palette.as_mut() {
        p.query.push_str(&crate::text::sanitize_line(s).replace('\n', " "));
        p.selected = 0;
    }
}

/// The mouse wheel moves the selection.
pub fn scroll(app: &mut App, down: bool) {
    let n = matches(app).len();
    if let Some(p) = app.palette.as_mut() {
        p.selected = if down { (p.selected + 1).min(n.saturating_sub(1)) } else { p.selected.saturating_sub(1) };
    }
}

/// Run an entry as if its key had been pressed.
fn run(app: &mut App, run: Run) -> Vec<Cmd> {
    match run {
        Run::Action(a) => app.on_action(a),
        Run::Key(pane, c) if pane != app.pane => {
            // Another pane's letter is a jump: Esc comes back here.
            let from = super::history::here(app);
            let mut cmds = app.on_action(Action::GoPane(pane.index()));
            // A draft left open in its text (a click on a tab) would take the
            // letter as text: the drafts list's letters wait for Esc.
            if pane == PaneId::Editor && app.editor.wants_keys() {
                app.status.info = Some("the draft's text has the keys: Esc leaves it, then run that again".into());
                return cmds;
            }
            cmds.extend(app.pane_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
            super::history::record(app, from);
            cmds
        }
        Run::Key(_, c) => app.pane_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(title: &str, name: &str, own: bool) -> Entry {
        Entry { title: title.into(), name: name.into(), keys: String::new(), run: Run::Key(PaneId::Editor, 'x'), own }
    }

    fn titles(m: &[Match]) -> Vec<&str> {
        m.iter().map(|m| m.entry.title.as_str()).collect()
    }

    #[test]
    fn nothing_typed_keeps_the_order_with_the_panes_own_first() {
        let e = vec![entry("quit", "quit", false), entry("only mine", "mine", true), entry("help", "help", false)];
        assert_eq!(titles(&rank(e, "")), ["only mine", "quit", "help"]);
    }

    #[test]
    fn best_match_first_then_the_panes_own() {
        let e = vec![
            entry("queue it", "", true),
            entry("quit", "quit", false),
            entry("go to Tenders", "", false),
            entry("help", "help", false),
        ];
        // The exact word beats a scattered match, even one of the pane's own.
        assert_eq!(titles(&rank(e.clone(), "quit")), ["quit", "queue it"]);
        assert_eq!(titles(&rank(e.clone(), "tenders")), ["go to Tenders"]);
        // Equal matches: the pane's own first.
        let same = vec![entry("filter", "filter", false), entry("filter", "filter", true)];
        let r = rank(same, "filter");
        assert!(r[0].entry.own && !r[1].entry.own);
        assert!(rank(e, "zzz").is_empty());
    }

    #[test]
    fn marks_split_between_title_and_name() {
        let r = rank(vec![entry("status: open, done", "cycle_status", true)], "cycle");
        assert_eq!(r.len(), 1);
        assert!(r[0].title_marks.is_empty(), "{:?}", r[0]);
        assert_eq!(r[0].name_marks, [0, 1, 2, 3, 4]);
        let r = rank(vec![entry("go to Tenders", "", false)], "tend");
        assert_eq!(r[0].title_marks, [6, 7, 8, 9]);
    }
}
