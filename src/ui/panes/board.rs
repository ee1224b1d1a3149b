//! Sprint board: a column per Status for the selected team.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::board::columns;
use crate::app::list::ListState;
use crate::app::{App, LoadState};
use crate::text::sanitize_line;
use crate::ui::widgets::{self, fit};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let st = &app.board;
    let team = st.team_name().unwrap_or_else(|| "all teams".into());
    let sprint = st
        .board
        .as_ref()
        .and_then(|b| b.iteration_at(app.now.date_naive()).map(|i| i.title.clone()))
        .unwrap_or_else(|| "no current sprint".into());
    let scope = if st.current_sprint_only { format!("sprint {sprint}") } else { "all sprints".into() };
    let title = match &st.board {
        Some(b) => format!("{} · {} · {scope}", sanitize_line(&b.title), sanitize_line(&team)),
        None => format!("Sprint board · {}/projects/{}", app.config.board.org, app.config.board.number),
    };
    let inner = widgets::frame(app, area, buf, title, true, " [ ] team · ←→ column · s sprint · o open · r fetch ");
    if let Some(msg) = st.unavailable() {
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
    let cols = columns(app, app.now.date_naive());
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
    // Show as many columns as fit (min 24 wide), keeping the focused one visible.
    let fit_n = (usize::from(inner.width) / 24).clamp(1, cols.len());
    let first = st.column.saturating_sub(fit_n - 1).min(cols.len() - fit_n);
    let areas = Layout::horizontal(vec![Constraint::Ratio(1, fit_n as u32); fit_n]).split(inner);
    for (k, (ci, (name, cards))) in cols.iter().enumerate().skip(first).take(fit_n).enumerate() {
        let focused = ci == st.column;
        let r = areas[k];
        let b = widgets::block(app, format!("{} ({})", sanitize_line(name), cards.len()), focused);
        let ir = b.inner(r);
        b.render(r, buf);
        let w = usize::from(ir.width);
        let lines: Vec<Line> = cards
            .iter()
            .map(|c| {
                let id = match (&c.repo, c.number) {
                    (Some(r), Some(n)) => format!("{}#{n} ", r.rsplit('/').next().unwrap_or(r)),
                    _ => "draft ".into(),
                };
                let who = if c.assignees.is_empty() { String::new() } else { format!(" @{}", c.assignees.join(" @")) };
                Line::from(vec![
                    Span::styled(id.clone(), app.theme.dim),
                    Span::raw(fit(
                        &sanitize_line(&c.title),
                        w.saturating_sub(id.chars().count() + who.chars().count().min(14)),
                    )),
                    Span::styled(fit(&sanitize_line(&who), who.chars().count().min(14)), app.theme.title),
                ])
            })
            .collect();
        let state = if focused { st.list.clone() } else { ListState::default() };
        widgets::list(app, ir, buf, &lines, &state, ci, focused);
    }
}
