//! Tenders: the list, or the selected tender's timeline.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::list::ListState;
use crate::app::tenders::{rows, selected};
use crate::app::App;
use crate::model::meeting::TenderStatus;
use crate::text::sanitize_line;
use crate::ui::widgets::{self, fit};

fn status_style(app: &App, s: TenderStatus) -> ratatui::style::Style {
    let t = &app.theme;
    match s {
        TenderStatus::Awarded | TenderStatus::Started => t.ok,
        TenderStatus::Retender => t.error,
        TenderStatus::Unknown => t.dim,
        _ => t.warn,
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if app.tenders.detail {
        if let Some(t) = selected(app) {
            return timeline(app, t, area, buf);
        }
    }
    let list = rows(app);
    let open = list.iter().filter(|t| t.open).count();
    let inner = widgets::frame(app, area, buf, format!("Tenders · {open} open of {}", list.len()), true, "");
    if inner.height < 2 {
        return;
    }
    let w = usize::from(inner.width);
    let title_w = w.saturating_sub(9 + 12 + 24 + 12);
    let header = Line::from(Span::styled(
        format!(
            "{}{}{}{}{}",
            fit("ID", 9),
            fit("Title", title_w),
            fit("Status", 12),
            fit("Awardee", 24),
            fit("Updated", 12)
        ),
        app.theme.dim,
    ));
    header.render(Rect { height: 1, ..inner }, buf);
    let lines: Vec<Line> = list
        .iter()
        .map(|t| {
            Line::from(vec![
                Span::styled(fit(&t.id, 9), if t.open { app.theme.title } else { app.theme.dim }),
                Span::raw(fit(&sanitize_line(t.title.as_deref().unwrap_or("")), title_w)),
                Span::styled(fit(t.status.as_str(), 11), status_style(app, t.status)),
                Span::raw(" "),
                Span::raw(fit(&sanitize_line(t.awardee.as_deref().unwrap_or("")), 23)),
                Span::raw(" "),
                Span::styled(fit(&t.last_seen.map(|d| d.to_string()).unwrap_or_default(), 12), app.theme.dim),
            ])
        })
        .collect();
    let body = Rect { y: inner.y + 1, height: inner.height - 1, ..inner };
    widgets::list(app, body, buf, &lines, &app.tenders.list, 0, true);
}

fn timeline(app: &App, t: &crate::model::meeting::Tender, area: Rect, buf: &mut Buffer) {
    let title = format!(
        "{} · {} · {}{}",
        t.id,
        sanitize_line(t.title.as_deref().unwrap_or("")),
        t.status.as_str(),
        t.awardee.as_deref().map(|a| format!(" · {}", sanitize_line(a))).unwrap_or_default()
    );
    let inner = widgets::frame(app, area, buf, title, true, " Enter: open minutes · Esc: back ");
    let w = usize::from(inner.width);
    // The source column is as wide as the longest "path:line" (up to a third).
    let src_w =
        t.history.iter().map(|h| h.path.chars().count() + h.line.to_string().len() + 2).max().unwrap_or(0).min(w / 3);
    let lines: Vec<Line> = t
        .history
        .iter()
        .map(|h| {
            Line::from(vec![
                Span::styled(fit(&h.date.map(|d| d.to_string()).unwrap_or_else(|| "?".into()), 11), app.theme.dim),
                Span::styled(fit(h.status.as_str(), 11), status_style(app, h.status)),
                Span::raw(fit(&sanitize_line(&h.text), w.saturating_sub(22 + src_w))),
                Span::styled(fit(&format!(" {}:{}", sanitize_line(&h.path), h.line), src_w), app.theme.dim),
            ])
        })
        .collect();
    let state = ListState { selected: app.tenders.event, ..Default::default() };
    widgets::list(app, inner, buf, &lines, &state, 0, true);
}
