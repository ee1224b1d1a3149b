//! Sprint board: a column per Status for the selected team.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::board::columns;
use crate::app::{Action, App, FrameInfo, LoadState};
use crate::text::sanitize_line;
use crate::ui::widgets::{self, fit};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo) {
    let st = &app.board;
    let team = st.team_name().unwrap_or_else(|| "all teams".into());
    let sprint = st
        .board
        .as_ref()
        .and_then(|b| b.iteration_at(app.today()).map(|i| i.title.clone()))
        .unwrap_or_else(|| "no current sprint".into());
    let scope = if st.current_sprint_only { format!("sprint {sprint}") } else { "all sprints".into() };
    let title = match &st.board {
        Some(b) => format!("{} · {} · {scope}", sanitize_line(&b.title), sanitize_line(&team)),
        None => format!("Sprint board · {}/projects/{}", app.config.board.org, app.config.board.number),
    };
    let hint = widgets::hints(
        app,
        &[
            (Action::PrevGroup, "team"),
            (Action::NextGroup, "team"),
            (Action::Left, "column"),
            (Action::Right, "column"),
            (Action::CycleStatus, "sprint"),
            (Action::OpenUrl, "open"),
            (Action::Refresh, "fetch"),
        ],
        &[("z", "closed columns")],
    );
    let inner = widgets::frame(app, area, buf, title, true, &hint);
    if let Some(msg) = st.unavailable(&app.session) {
        return widgets::centered_message(inner, buf, &msg, app.theme.dim);
    }
    match (&st.load, &st.board) {
        (LoadState::Loading, None) | (LoadState::Idle, None) => {
            return widgets::centered_message(inner, buf, "Fetching the sprint board…", app.theme.dim)
        }
        (LoadState::Error(e), None) => {
            return widgets::centered_message(inner, buf, &sanitize_line(e), app.theme.error)
        }
        _ => {}
    }
    let cols = columns(app, app.today());
    if cols.is_empty() {
        return widgets::centered_message(inner, buf, "The board has no Status columns.", app.theme.dim);
    }
    // The selected card in full on the last line.
    let detail_h: u16 = if inner.height >= 10 { 1 } else { 0 };
    let inner = Rect { height: inner.height - detail_h, ..inner };
    if detail_h > 0 {
        if let Some(c) = cols.get(st.column).and_then(|(_, cards)| cards.get(st.list.selected)) {
            let id = match (&c.repo, c.number) {
                (Some(r), Some(n)) => format!("{r}#{n}"),
                _ => "draft".into(),
            };
            let mut parts = vec![id];
            if let Some(s) = &c.state {
                parts.push(s.to_lowercase());
            }
            if let Some(it) = &c.iteration {
                parts.push(format!("sprint {it}"));
            }
            if !c.labels.is_empty() {
                parts.push(format!("labels: {}", c.labels.join(", ")));
            }
            if let Some(u) = &c.url {
                parts.push(u.clone());
            }
            let text = sanitize_line(&parts.join(" · ")).into_owned();
            buf.set_string(
                inner.x + 1,
                inner.bottom(),
                fit(&text, usize::from(inner.width.saturating_sub(2))),
                app.theme.dim,
            );
        }
    }
    // Columns at least 26 wide; the others scroll sideways around the
    // focused one, with "‹ 2 more" / "3 more ›" saying what is off screen.
    let fit_n = (usize::from(inner.width) / 26).clamp(1, cols.len());
    let first = st.column.saturating_sub(fit_n - 1).min(cols.len() - fit_n);
    let (left_more, right_more) = (first, cols.len() - first - fit_n);
    let hidden = crate::app::board::hidden_columns(app);
    let inner = if left_more + right_more > 0 || hidden > 0 {
        let y = inner.y;
        let left: Vec<&str> = cols[..first].iter().map(|(n, _)| n.as_str()).collect();
        let right: Vec<&str> = cols[first + fit_n..].iter().map(|(n, _)| n.as_str()).collect();
        if left_more > 0 {
            let l = format!("‹ {left_more} more: {}", sanitize_line(&left.join(", ")));
            buf.set_string(inner.x, y, widgets::truncate(&l, usize::from(inner.width / 2)), app.theme.warn);
        }
        let mut r = String::new();
        if right_more > 0 {
            r = format!("{}: {right_more} more ›", sanitize_line(&right.join(", ")));
        }
        if hidden > 0 {
            let z = format!("{hidden} hidden (z shows)");
            r = if r.is_empty() { z } else { format!("{z} · {r}") };
        }
        let r = widgets::truncate(&r, usize::from(inner.width / 2));
        let rw = widgets::width(&r) as u16;
        buf.set_string(inner.right().saturating_sub(rw), y, &r, app.theme.warn);
        Rect { y: y + 1, height: inner.height.saturating_sub(1), ..inner }
    } else {
        inner
    };
    let areas = Layout::horizontal(vec![Constraint::Ratio(1, fit_n as u32); fit_n]).split(inner);
    for (k, (ci, (name, cards))) in cols.iter().enumerate().skip(first).take(fit_n).enumerate() {
        let focused = ci == st.column;
        let r = areas[k];
        let b = widgets::block(app, format!("{} ({})", sanitize_line(name), cards.len()), focused);
        let ir = b.inner(r);
        b.render(r, buf);
        let selected = if focused { Some(st.list.selected) } else { None };
        render_cards(app, ir, buf, frame, cards, selected, ci);
    }
}

/// Most lines a card's title wraps over.
const TITLE_LINES: usize = 3;

/// A card: its issue and assignees on the first line, the title wrapped
/// over up to three lines below ("…" when it is longer).
fn card_lines(app: &App, c: &crate::model::board::Card, w: usize) -> Vec<Line<'static>> {
    let id = match (&c.repo, c.number) {
        (Some(r), Some(n)) => format!("{}#{n}", r.rsplit('/').next().unwrap_or(r)),
        _ => "draft".into(),
    };
    let who = if c.assignees.is_empty() { String::new() } else { format!(" @{}", c.assignees.join(" @")) };
    let who = widgets::truncate(&sanitize_line(&who), w.saturating_sub(widgets::width(&id)));
    let mut out = vec![Line::from(vec![
        Span::styled(fit(&id, w.saturating_sub(widgets::width(&who))), app.theme.dim),
        Span::styled(who, app.theme.title),
    ])];
    let title = sanitize_line(&c.title).into_owned();
    let mut wrapped = wrap(&title, w.saturating_sub(1).max(1));
    if wrapped.len() > TITLE_LINES {
        wrapped.truncate(TITLE_LINES);
        let last = wrapped.pop().unwrap_or_default();
        wrapped.push(widgets::truncate(&format!("{last} …"), w.saturating_sub(1)));
    }
    out.extend(wrapped.into_iter().map(|l| Line::from(format!(" {l}"))));
    out
}

/// Word wrap to `w` display columns (long words are cut).
fn wrap(text: &str, w: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        let word = widgets::truncate(word, w);
        let need = widgets::width(&cur) + usize::from(!cur.is_empty()) + widgets::width(&word);
        if need > w && !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(&word);
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

/// The cards of one column, scrolled so the selected card is in view.
/// Every line drawn is recorded for mouse clicks: a one-line area under the
/// column's index (`column`) whose row is the card's index, so a click on
/// any line of a wrapped card selects that card.
fn render_cards(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    frame: &mut FrameInfo,
    cards: &[&crate::model::board::Card],
    selected: Option<usize>,
    column: usize,
) {
    if cards.is_empty() {
        // A click on an empty column still focuses it.
        frame.hits.lists.push((area, 0, column));
        let msg = if app.board.list.filter.is_empty() { "no cards" } else { "no match for the filter" };
        buf.set_string(area.x + 1, area.y, widgets::truncate(msg, usize::from(area.width)), app.theme.dim);
        return;
    }
    let w = usize::from(area.width);
    let h = usize::from(area.height);
    let all: Vec<Vec<Line>> = cards.iter().map(|c| card_lines(app, c, w)).collect();
    // First card shown: where the focused column was in the last frame
    // (the others start at the top), moved only as far as the selected card
    // must end inside the area, and back while the cards up to the end fit.
    let sel = selected.unwrap_or(0).min(all.len() - 1);
    let lines = |r: std::ops::Range<usize>| all[r].iter().map(Vec::len).sum::<usize>();
    let mut first = if selected.is_some() { app.board.list.offset.min(sel) } else { 0 };
    while first < sel && lines(first..sel + 1) > h {
        first += 1;
    }
    while first > 0 && lines(first - 1..all.len()) <= h {
        first -= 1;
    }
    if selected.is_some() {
        frame.offsets.push((column, first));
        // Page Up/Down move by about as many cards as are in view.
        let shown = all[first..].iter().scan(0, |acc, l| {
            *acc += l.len();
            (*acc <= h).then_some(())
        });
        frame.page = Some(shown.count().max(1));
    }
    let mut y = area.y;
    // The filter's matched characters are marked on each line of a card.
    let mut fuzzy = (!app.board.list.filter.trim().is_empty()).then(|| app.board.list.fuzzy());
    for (i, lines) in all.iter().enumerate().skip(first) {
        for l in lines {
            if y >= area.bottom() {
                return;
            }
            let r = Rect { y, height: 1, ..area };
            frame.hits.lists.push((r, i, column));
            match fuzzy.as_mut() {
                Some(f) => widgets::mark_fuzzy(l, f, app.theme.highlight).render(r, buf),
                None => l.clone().render(r, buf),
            }
            if Some(i) == selected {
                widgets::select_row(app, r, buf);
            }
            y += 1;
        }
    }
}
