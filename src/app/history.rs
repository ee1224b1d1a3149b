//! Navigation history: where a jump (Enter on an item that opens another
//! pane or document, a link followed in the reader) came from, so Esc or
//! Backspace goes back to exactly that place (pane, selection, scroll), and
//! `Ctrl-O` / `Ctrl-I` (or Alt-←/Alt-→) go back and forward as in vim and helix.

use super::archive::{Reader, View};
use super::{App, PaneId};

/// Everything needed to stand at one place again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub pane: PaneId,
    overview: (usize, [usize; 4]),
    schedule: (i64, usize, bool),
    tenders: (usize, bool, usize),
    actions: usize,
    board: (usize, usize, usize),
    archive: (View, usize, usize, usize),
    /// The open document: path, first visible line, selected link.
    pub reader: Option<(String, usize, Option<usize>)>,
}

/// What identifies where a jump led: the pane and what it shows (the open
/// document, the decisions timeline, a tender's timeline, a meeting's
/// details). Selection and scroll do not count: moving is not a jump.
type Target = (PaneId, Option<String>, bool);

fn target(p: &Place) -> Target {
    let doc = match (&p.reader, p.archive.0) {
        _ if p.pane != PaneId::Archive => None,
        (Some(r), _) => Some(r.0.clone()),
        // The decisions timeline is a place of its own: Esc leaves it.
        (None, View::Decisions) => Some("decisions".into()),
        (None, _) => None,
    };
    let detail = match p.pane {
        PaneId::Tenders => p.tenders.1,
        PaneId::Schedule => p.schedule.2,
        _ => false,
    };
    (p.pane, doc, detail)
}

/// Back and forward stacks: each entry is the place left and where the jump led.
#[derive(Debug, Default)]
pub struct History {
    back: Vec<(Place, Target)>,
    forward: Vec<(Place, Target)>,
}

/// How many places are remembered.
const DEPTH: usize = 100;

impl History {
    /// (places behind, places ahead).
    pub fn len(&self) -> (usize, usize) {
        (self.back.len(), self.forward.len())
    }
}

/// The place the user stands at now.
pub fn here(app: &App) -> Place {
    let o = &app.overview;
    Place {
        pane: app.pane,
        overview: (o.focus, [0, 1, 2, 3].map(|i| o.lists[i].selected)),
        schedule: (app.schedule.week, app.schedule.selected, app.schedule.detail),
        tenders: (app.tenders.list.selected, app.tenders.detail, app.tenders.event),
        actions: app.actions.list.selected,
        board: (app.board.team, app.board.column, app.board.list.selected),
        archive: (
            app.archive.view,
            app.archive.tree.selected,
            app.archive.search.selected,
            app.archive.decisions.selected,
        ),
        reader: app.archive.reader.as_ref().map(|r| (r.path.clone(), r.scroll, r.link)),
    }
}

/// Remember `from` if the app has jumped away from it to another pane or
/// another document (moving inside a list is not a jump).
pub fn record(app: &mut App, from: Place) {
    let to = target(&here(app));
    if target(&from) != to {
        app.history.back.push((from, to));
        if app.history.back.len() > DEPTH {
            app.history.back.remove(0);
        }
        app.history.forward.clear();
    }
}

/// Stand at `p` again.
fn restore(app: &mut App, p: Place) {
    app.pane = p.pane;
    app.overview.focus = p.overview.0.min(3);
    for (i, s) in p.overview.1.into_iter().enumerate() {
        app.overview.lists[i].selected = s;
    }
    (app.schedule.week, app.schedule.selected, app.schedule.detail) = p.schedule;
    app.schedule.placed = true;
    (app.tenders.list.selected, app.tenders.detail, app.tenders.event) = p.tenders;
    app.actions.list.selected = p.actions;
    (app.board.team, app.board.column, app.board.list.selected) = p.board;
    let (view, tree, search, decisions) = p.archive;
    app.archive.view = view;
    app.archive.tree.selected = tree;
    app.archive.search.selected = search;
    app.archive.decisions.selected = decisions;
    app.archive.reader = p.reader.map(|(path, scroll, link)| Reader { path, scroll, link, ..Default::default() });
    super::archive::layout_reader(app);
}

/// `Ctrl-O`: back to where the last jump came from; false when there is none.
pub fn back(app: &mut App) -> bool {
    let Some((p, _)) = app.history.back.pop() else { return false };
    let cur = here(app);
    let to = target(&p);
    app.history.forward.push((cur, to));
    restore(app, p);
    true
}

/// `Ctrl-I`: forward again after [`back`]; false when there is nothing ahead.
pub fn forward(app: &mut App) -> bool {
    let Some((p, _)) = app.history.forward.pop() else { return false };
    let cur = here(app);
    let to = target(&p);
    app.history.back.push((cur, to));
    restore(app, p);
    true
}

/// Esc / Backspace: go back when the last jump led exactly here (this pane
/// and document); else false, and the pane's own Back applies.
pub fn back_if_arrived(app: &mut App) -> bool {
    let cur = here(app);
    // A link selected in the reader is let go first, by the reader itself.
    if cur.pane == PaneId::Archive && cur.reader.as_ref().is_some_and(|r| r.2.is_some()) {
        return false;
    }
    match app.history.back.last() {
        Some((_, to)) if *to == target(&cur) => back(app),
        _ => false,
    }
}
