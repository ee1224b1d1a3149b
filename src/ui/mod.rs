//! Drawing. [`draw`] (or `&App` as a `StatefulWidget`) draws the chrome
//! (tabs, status line, help, the command palette, "too small") and hands the
//! body to the focused pane's module. Drawing reads the app and writes
//! nothing in it: what the frame has to tell (click areas, page heights, the
//! first row shown of each list) goes into a [`FrameInfo`] that the runner
//! hands back to the app ([`App::on_drawn`]).

pub mod palette;
pub mod panes;
pub mod textarea;
/// The theme lives below the app (the app holds the chosen one); panes use it from here.
pub use crate::theme;
pub mod widgets;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, StatefulWidget, Widget, Wrap};

use crate::app::layout::{chrome, fits};
use crate::app::{Action, App, FrameInfo, LoadState, PaneId};
use crate::sources::Origin;

/// The smallest terminal the dashboard draws into.
pub use crate::app::layout::{MIN_HEIGHT, MIN_WIDTH};

/// Draw the app into `area` and return what the frame has to tell it.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) -> FrameInfo {
    let mut frame = FrameInfo::default();
    StatefulWidget::render(app, area, buf, &mut frame);
    frame
}

impl StatefulWidget for &App {
    /// Filled by the frame (the previous content is dropped).
    type State = FrameInfo;

    fn render(self, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo) {
        *frame = FrameInfo { area, ..Default::default() };
        if !fits(area) {
            too_small(area, buf);
            return;
        }
        let [tabs, body, status] = chrome(area);
        render_tabs(self, tabs, buf, frame);
        if let Some(msg) = &self.fatal {
            let text = format!(
                "scsdash hit an internal error in a background task and cannot go on:\n\n{}\n\n\
                 Your draft was saved. Press q to quit (the log has the details).",
                crate::text::sanitize_line(msg)
            );
            Clear.render(body, buf);
            Paragraph::new(text)
                .wrap(ratatui::widgets::Wrap { trim: false })
                .style(self.theme.error)
                .block(Block::default().borders(Borders::ALL).title(" Internal error "))
                .render(body, buf);
            render_status(self, status, buf);
            return;
        }
        match (&self.load, self.data.is_some()) {
            (LoadState::Loading, false) => {
                widgets::centered_message(body, buf, "Loading minutes and calendar…", self.theme.dim)
            }
            (LoadState::Error(e), false) => widgets::centered_message(
                body,
                buf,
                &format!("Could not load the data: {}", crate::text::sanitize_line(e)),
                self.theme.error,
            ),
            _ => match self.pane {
                PaneId::Overview => panes::overview::render(self, body, buf, frame),
                PaneId::Schedule => panes::schedule::render(self, body, buf),
                PaneId::Tenders => panes::tenders::render(self, body, buf, frame),
                PaneId::Actions => panes::actions::render(self, body, buf, frame),
                PaneId::Board => panes::board::render(self, body, buf, frame),
                PaneId::Archive => panes::archive::render(self, body, buf, frame),
                PaneId::Editor => panes::editor::render(self, body, buf, frame),
            },
        }
        render_status(self, status, buf);
        if self.help {
            render_help(self, body, buf);
        } else if let Some(p) = &self.teams_picker {
            render_teams_picker(self, p, body, buf);
        } else if let Some(p) = &self.palette {
            palette::render(self, p, body, buf);
        }
    }
}

fn too_small(area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    let msg =
        format!("Terminal too small: {}×{}. scsdash needs at least {MIN_WIDTH}×{MIN_HEIGHT}.", area.width, area.height);
    Paragraph::new(msg).wrap(Wrap { trim: true }).render(area, buf);
}

fn render_tabs(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo) {
    let t = &app.theme;
    buf.set_style(area, t.status);
    let mut x = area.x;
    let name = " scsdash ";
    buf.set_string(x, area.y, name, t.title.patch(t.status));
    x += name.len() as u16;
    let demo = matches!(app.origin, Some(Origin::Demo));
    let banner = if demo { " DEMO DATA " } else { "" };
    let right_limit = area.right().saturating_sub(banner.len() as u16);
    // Full labels when they all fit; else numbers, with the active pane named.
    let full = |p: PaneId| format!(" {} {} ", p.index() + 1, p.title());
    let total: usize = PaneId::ALL.iter().map(|p| full(*p).chars().count()).sum();
    let compact = x as usize + total > right_limit as usize;
    for p in PaneId::ALL {
        let label = if compact && p != app.pane { format!(" {} ", p.index() + 1) } else { full(p) };
        let w = label.chars().count() as u16;
        if x + w > right_limit {
            break;
        }
        let style = if p == app.pane { t.tab_active } else { t.tab.patch(t.status) };
        buf.set_string(x, area.y, &label, style);
        frame.hits.tabs.push((Rect::new(x, area.y, w, 1), p));
        x += w;
    }
    if demo {
        buf.set_string(right_limit, area.y, banner, t.banner);
    }
}

fn render_status(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    buf.set_style(area, t.status);
    let mut spans: Vec<Span<'static>> = Vec::new();
    let origin = match &app.origin {
        Some(o) => o.describe(app.now, app.offline),
        None => "loading".into(),
    };
    spans.push(Span::styled(format!(" {origin} "), t.status.add_modifier(Modifier::BOLD)));
    if let Some(p) = &app.status.progress {
        spans.push(Span::styled(format!("│ {p} "), t.status));
    }
    if let Some(f) = app.focused_list().filter(|l| l.editing || !l.filter.is_empty()) {
        let cursor = if f.editing { "▏" } else { "" };
        spans.push(Span::styled(
            format!("│ /{}{cursor} ", crate::text::sanitize_line(&f.filter)),
            t.warn.patch(t.status),
        ));
    }
    // A first start still reading the minutes says so in every pane.
    if let Some(r) = widgets::reading(app) {
        spans.push(Span::styled(format!("│ {r} "), t.status));
    }
    let warnings = app.data.as_ref().map_or(0, |d| d.warnings.len());
    if warnings > 0 {
        let s = if warnings == 1 { "" } else { "s" };
        spans.push(Span::styled(format!("│ ! {warnings} warning{s} (? lists them) "), t.warn.patch(t.status)));
    }
    if let Some(e) = &app.status.error {
        spans.push(Span::styled(format!("│ {} ", crate::text::sanitize_line(e)), t.error.patch(t.status)));
    } else if let Some(i) = &app.status.info {
        spans.push(Span::styled(format!("│ {} ", crate::text::sanitize_line(i)), t.status));
    }
    let hint_keys = crate::ui::widgets::hints(app, &[(Action::Help, "help"), (Action::Quit, "quit")], &[]);
    let hint = format!(" {} {} {}", app.tz, app.now.with_timezone(&app.tz).format("%H:%M"), hint_keys.trim_start());
    let hint_w = widgets::width(&hint) as u16;
    let show_hint = area.width > hint_w + 20;
    // Messages get their slot and no more: cut with "…", one space before the hint.
    let slot = usize::from(if show_hint { area.width - hint_w - 1 } else { area.width });
    let left = fit_spans(spans, slot);
    left.render(Rect { width: slot as u16, ..area }, buf);
    if show_hint {
        buf.set_string(area.right() - hint_w, area.y, &hint, t.dim.patch(t.status));
    }
}

/// Cut a line of spans to `w` display columns, an ellipsis marking the cut.
fn fit_spans(spans: Vec<Span<'static>>, w: usize) -> Line<'static> {
    let total: usize = spans.iter().map(|s| widgets::width(&s.content)).sum();
    if total <= w {
        return Line::from(spans);
    }
    let mut out = Vec::new();
    let mut used = 0;
    for s in spans {
        let sw = widgets::width(&s.content);
        if used + sw < w {
            used += sw;
            out.push(s);
        } else {
            let cut = widgets::truncate(&s.content, w - used);
            out.push(Span::styled(cut, s.style));
            break;
        }
    }
    Line::from(out)
}

/// Rows of the help overlay for the focused pane: (keys, description).
pub fn help_rows(app: &App) -> Vec<(String, String)> {
    let km = &app.keymap;
    let mut rows: Vec<(String, String)> = Vec::new();
    let add = |rows: &mut Vec<(String, String)>, a: Action, desc: &str| {
        let keys = km.keys_for(a);
        if !keys.is_empty() {
            rows.push((keys.join(" "), desc.to_string()));
        }
    };
    add(&mut rows, Action::Up, "move up");
    add(&mut rows, Action::Down, "move down");
    add(&mut rows, Action::PageUp, "page up");
    add(&mut rows, Action::PageDown, "page down");
    add(&mut rows, Action::Top, "first");
    add(&mut rows, Action::Bottom, "last");
    for (a, d) in panes::pane_help(app.pane) {
        add(&mut rows, *a, d);
        // The filter's syntax under its key (the Archive's `/` is a full-text search).
        if *a == Action::Filter && app.pane != PaneId::Archive && !km.keys_for(*a).is_empty() {
            rows.push(("".into(), "'word exact, ^start, end$, !word excludes".into()));
        }
    }
    for (k, d) in panes::pane_letters(app.pane) {
        rows.push((k.to_string(), d.to_string()));
    }
    add(&mut rows, Action::HistoryBack, "back to where you came from");
    add(&mut rows, Action::HistoryForward, "forward again");
    rows.push(("1-7".into(), "go to pane".into()));
    add(&mut rows, Action::NextPane, "next pane");
    add(&mut rows, Action::PrevPane, "previous pane");
    add(&mut rows, Action::Palette, "run any action by name (fuzzy)");
    add(&mut rows, Action::Help, "toggle this help");
    add(&mut rows, Action::Quit, "quit");
    rows.push(("mouse".into(), "click to focus and select, wheel to scroll".into()));
    // What was skipped while loading (files, calendar entries), one `!` row each.
    if let Some(d) = &app.data {
        for w in d.warnings.iter().take(50) {
            rows.push(("!".into(), crate::text::sanitize_line(w).into_owned()));
        }
        if d.warnings.len() > 50 {
            rows.push(("!".into(), format!("… and {} more (see the log)", d.warnings.len() - 50)));
        }
    }
    rows
}

fn render_help(app: &App, body: Rect, buf: &mut Buffer) {
    let rows = help_rows(app);
    // Wide enough for the longest row (a key column of 14 and two spaces),
    // at least 64 and at most the screen; longer rows end in "…".
    let longest = rows.iter().map(|(_, d)| 16 + widgets::width(d) + 2).max().unwrap_or(0);
    let w = (longest.max(64).min(usize::from(u16::MAX)) as u16).min(body.width.saturating_sub(4));
    let h = (rows.len() as u16 + 2).min(body.height.saturating_sub(2));
    let area = Rect {
        x: body.x + (body.width.saturating_sub(w)) / 2,
        y: body.y + (body.height.saturating_sub(h)) / 2,
        width: w,
        height: h,
    };
    Clear.render(area, buf);
    let visible = usize::from(h.saturating_sub(2));
    let max_scroll = rows.len().saturating_sub(visible);
    let scroll = app.help_scroll.min(max_scroll);
    let (up, down) = (scroll > 0, scroll < max_scroll);
    let bottom = match (up, down) {
        (false, false) => " any key closes ".to_string(),
        _ => format!(
            " {}{}{} more · any other key closes ",
            if up { "↑" } else { "" },
            if down { "↓" } else { "" },
            if down { format!(" {}", max_scroll - scroll) } else { String::new() }
        ),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(Span::styled(format!(" Keys · {} ", app.pane.title()), app.theme.title))
        .title_bottom(Line::from(bottom).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let lines: Vec<Line> = rows
        .into_iter()
        .skip(scroll)
        .map(|(k, d)| {
            let room = usize::from(inner.width).saturating_sub(16);
            Line::from(vec![
                Span::styled(format!("{k:>14}  "), app.theme.title),
                Span::raw(widgets::truncate(&d, room)),
            ])
        })
        .collect();
    Paragraph::new(lines).style(Style::default()).render(inner, buf);
}

/// The `T` overlay: the configured teams with a mark on mine.
fn render_teams_picker(app: &App, p: &crate::app::teams::Picker, body: Rect, buf: &mut Buffer) {
    let teams = &app.config.teams;
    let w = 48.min(body.width.saturating_sub(4));
    let h = (teams.len() as u16 + 2).min(body.height.saturating_sub(2));
    let area = Rect {
        x: body.x + (body.width.saturating_sub(w)) / 2,
        y: body.y + (body.height.saturating_sub(h)) / 2,
        width: w,
        height: h,
    };
    Clear.render(area, buf);
    let toggle = app.keymap.hint(Action::Open).unwrap_or_else(|| "Enter".into());
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(Span::styled(" My teams ", app.theme.title))
        .title_bottom(Line::from(format!(" Space/{toggle} toggles · other keys close ")).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let visible = usize::from(inner.height);
    let first = p.cursor.saturating_sub(visible.saturating_sub(1));
    for (i, t) in teams.iter().enumerate().skip(first).take(visible) {
        let mark = if crate::app::teams::is_picked(app, i) { "[x]" } else { "[ ]" };
        let text =
            format!(" {mark} {} ({})", crate::text::sanitize_line(&t.name), crate::text::sanitize_line(&t.minutes));
        let r = Rect { y: inner.y + (i - first) as u16, height: 1, ..inner };
        buf.set_string(r.x, r.y, widgets::fit(&text, usize::from(r.width)), Style::default());
        if i == p.cursor {
            buf.set_style(r, app.theme.selected);
        }
    }
}
