//! What each pane reads: its own actions with the pane's words for them,
//! and its letters that no keymap entry covers. The help overlay (`?`) shows
//! them; the command palette (`:`) lists the pane's own actions first.

use super::{Action, PaneId};

/// Pane-specific entries of the help overlay.
pub fn pane_help(p: PaneId) -> &'static [(Action, &'static str)] {
    match p {
        PaneId::Overview => &[
            (Action::Left, "previous box"),
            (Action::Right, "next box"),
            (Action::Open, "open in its pane"),
            (Action::Filter, "filter the focused box (fuzzy)"),
            (Action::OpenUrl, "open the link (meeting, minutes)"),
            (Action::CopyUrl, "copy the link"),
            (Action::Refresh, "refresh / sync"),
        ],
        PaneId::Schedule => &[
            (Action::PrevGroup, "previous week"),
            (Action::NextGroup, "next week"),
            (Action::Today, "this week, next meeting"),
            (Action::Open, "details"),
            (Action::Back, "close details"),
            (Action::OpenUrl, "open the meeting link"),
            (Action::CopyUrl, "copy the meeting link"),
            (Action::Refresh, "refresh / sync"),
        ],
        PaneId::Tenders => &[
            (Action::Open, "timeline / open the minutes at that entry"),
            (Action::Back, "back to the list"),
            (Action::Filter, "filter (fuzzy)"),
            (Action::OpenUrl, "open the source minutes on GitHub"),
            (Action::CopyUrl, "copy that link"),
            (Action::Refresh, "refresh / sync"),
        ],
        PaneId::Actions => &[
            (Action::Mine, "only mine (user.github)"),
            (Action::CycleStatus, "status: open, done, stale, all"),
            (Action::Filter, "filter by owner or text (fuzzy)"),
            (Action::Open, "open the minutes at the item"),
            (Action::OpenUrl, "open the linked issue"),
            (Action::CopyUrl, "copy the link"),
            (Action::Refresh, "refresh / sync"),
        ],
        PaneId::Board => &[
            (Action::PrevGroup, "previous team"),
            (Action::NextGroup, "next team"),
            (Action::Left, "previous column"),
            (Action::Right, "next column"),
            (Action::CycleStatus, "current sprint only / all"),
            (Action::Filter, "filter cards (fuzzy)"),
            (Action::OpenUrl, "open the card"),
            (Action::CopyUrl, "copy the card's URL"),
            (Action::Refresh, "fetch the board again"),
        ],
        PaneId::Archive => &[
            (Action::Filter, "search every meeting (series: since: until:)"),
            (Action::Open, "open / expand / open link"),
            (Action::Back, "back"),
            (Action::PrevGroup, "reader: previous heading"),
            (Action::NextGroup, "reader: next heading"),
            (Action::Left, "reader: previous link"),
            (Action::Right, "reader: next link"),
            (Action::OpenUrl, "open the link / the minutes on GitHub"),
            (Action::CopyUrl, "copy it"),
        ],
        PaneId::Editor => &[(Action::NewDraft, "new draft"), (Action::Open, "edit the selected draft")],
    }
}

/// Extra, non-remappable keys shown in help.
pub fn pane_letters(p: PaneId) -> &'static [(&'static str, &'static str)] {
    match p {
        PaneId::Archive => &[("d", "decisions timeline (/ filters it, fuzzy)"), ("a", "all meetings")],
        PaneId::Board => &[("z", "hide / show the closed columns (Done, Abandoned)")],
        PaneId::Overview => &[("T", "pick my teams (they come first)")],
        PaneId::Editor => &[
            ("Ctrl-S", "save now"),
            ("Ctrl-P", "preview"),
            ("Ctrl-E", "edit in $EDITOR"),
            ("Ctrl-F", "search in the draft"),
            ("Tab", "complete @handle / team / tender"),
            ("Ctrl-Z / Ctrl-Y", "undo / redo"),
            ("Shift-arrows", "select; Ctrl-C/X/V copy, cut, paste"),
            ("D R x p S", "drafts: delete rename export publish save-to-clone"),
            ("Ctrl-G", "publish as pull request"),
            ("Ctrl-T", "show / hide the meeting's live HedgeDoc pad, diffed"),
            ("Ctrl-L", "pull the pad into the draft; in the n prompt: start from the pad"),
            ("Esc", "leave the text (then 1-7, q work)"),
        ],
        PaneId::Schedule => &[("p", "open the meeting's HedgeDoc pad")],
        _ => &[],
    }
}
