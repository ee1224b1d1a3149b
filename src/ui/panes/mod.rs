//! One module per pane: each draws from `&App` and nothing else.

pub mod actions;
pub mod archive;
pub mod board;
pub mod editor;
pub mod overview;
pub mod schedule;
pub mod tenders;

use chrono::{DateTime, TimeZone, Utc};

use crate::app::{Action, PaneId};

/// Pane-specific entries of the help overlay.
pub fn pane_help(p: PaneId) -> &'static [(Action, &'static str)] {
    match p {
        PaneId::Overview => &[
            (Action::Left, "previous box"),
            (Action::Right, "next box"),
            (Action::Open, "open in its pane"),
            (Action::Filter, "filter the focused box"),
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
            (Action::Filter, "filter"),
            (Action::OpenUrl, "open the source minutes on GitHub"),
            (Action::CopyUrl, "copy that link"),
            (Action::Refresh, "refresh / sync"),
        ],
        PaneId::Actions => &[
            (Action::Mine, "only mine (user.github)"),
            (Action::CycleStatus, "status: open, done, stale, all"),
            (Action::Filter, "filter by owner or text"),
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
            (Action::Filter, "filter cards"),
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
        PaneId::Archive => &[("d", "decisions timeline"), ("a", "all meetings")],
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

/// "now", "in 5 min", "in 2 h 10 min", "in 42 h", "in 3 d 4 h": precise
/// enough to plan by (a meeting 43 h away is not "in 1 day").
pub fn countdown<Tz: TimeZone>(now: DateTime<Utc>, start: &DateTime<Tz>, end: &DateTime<Tz>) -> String {
    let start = start.with_timezone(&Utc);
    let end = end.with_timezone(&Utc);
    if start <= now && now < end {
        return "now".into();
    }
    let mins = (start - now).num_minutes().max(0);
    match mins {
        0 => "in < 1 min".into(),
        1..=59 => format!("in {mins} min"),
        60..=1439 => format!("in {} h {} min", mins / 60, mins % 60),
        1440..=2879 => format!("in {} h", mins / 60),
        _ if (mins / 60) % 24 == 0 => format!("in {} d", mins / 1440),
        _ => format!("in {} d {} h", mins / 1440, (mins / 60) % 24),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdown_words() {
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap();
        let s = |m: i64| now + chrono::Duration::minutes(m);
        assert_eq!(countdown(now, &s(5), &s(55)), "in 5 min");
        assert_eq!(countdown(now, &s(130), &s(180)), "in 2 h 10 min");
        assert_eq!(countdown(now, &s(-5), &s(45)), "now");
        assert_eq!(countdown(now, &s(3 * 1440), &s(3 * 1440 + 50)), "in 3 d");
        assert_eq!(countdown(now, &s(43 * 60 - 20), &s(43 * 60)), "in 42 h");
        assert_eq!(countdown(now, &s(2 * 1440 + 18 * 60 + 5), &s(3 * 1440)), "in 2 d 18 h");
    }
}
