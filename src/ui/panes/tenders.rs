//! Tenders: the list, or the selected tender's timeline.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::list::ListState;
use crate::app::tenders::{rows, selected};
use crate::app::{Action, App, FrameInfo};
use crate::model::meeting::TenderStatus;
use crate::text::sanitize_line;
use crate::ui::widgets::{self, fit, Col};

fn status_style(app: &App, s: TenderStatus) -> ratatui::style::Style {
    let t = &app.theme;
    match s {
        TenderStatus::Awarded | TenderStatus::Started | TenderStatus::Finished => t.ok,
        TenderStatus::Cancelled => t.dim,
        TenderStatus::Retender => t.error,
        TenderStatus::Unknown => t.dim,
        _ => t.warn,
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo) {
    if app.tenders.detail {
        if let Some(t) = selected(app) {
            return timeline(app, t, area, buf, frame);
        }
    }
    let list = rows(app);
    let open = list.iter().filter(|t| t.open).count();
    let stale = list.iter().filter(|t| t.stale).count();
    let inner = widgets::frame(
        app,
        area,
        buf,
        widgets::minutes_title(app, "Tenders", || format!("Tenders · {open} open · {stale} stale of {}", list.len())),
        true,
        &widgets::hints(
            app,
            &[(Action::Open, "timeline"), (Action::Filter, "filter"), (Action::OpenUrl, "open minutes")],
            &[],
        ),
    );
    if inner.height < 2 {
        return;
    }
    let w = usize::from(inner.width);
    let cells: Vec<[String; 5]> = list
        .iter()
        .map(|t| {
            [
                t.id.clone(),
                sanitize_line(t.title.as_deref().unwrap_or("")).into_owned(),
                // a stale tender (not awarded, no news for long) shows its last news
                if t.stale { format!("stale:{}", t.status.event()) } else { t.status.as_str().to_string() },
                sanitize_line(t.awardee.as_deref().unwrap_or("")).into_owned(),
                t.last_update.map(|d| d.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    let col = |h: &str, i: usize, cap: usize| Col::fixed(h, cells.iter().map(|c| c[i].as_str()), cap);
    let cols = [col("ID", 0, 10), Col::flex(), col("Status", 2, 16), col("Awardee", 3, 24), col("Updated", 4, 10)];
    let widths = widgets::column_widths(w, &cols);
    widgets::header_line(&["ID", "Title", "Status", "Awardee", "Updated"], &widths, app.theme.dim)
        .render(Rect { height: 1, ..inner }, buf);
    let lines: Vec<Line> = list
        .iter()
        .zip(cells)
        .map(|(t, [id, title, status, awardee, updated])| {
            widgets::row_line(
                vec![
                    (id, if t.open { app.theme.title } else { app.theme.dim }),
                    (title, Style::default()),
                    (status, if t.stale { app.theme.dim } else { status_style(app, t.status) }),
                    (awardee, Style::default()),
                    (updated, app.theme.dim),
                ],
                &widths,
            )
        })
        .collect();
    let body = Rect { y: inner.y + 1, height: inner.height - 1, ..inner };
    widgets::list(app, body, buf, frame, &lines, &app.tenders.list, 0, true);
}

fn timeline(app: &App, t: &crate::model::meeting::Tender, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo) {
    // "VP06a · Container networking · evaluating, no news since 2022-12-15 · Awardee": the
    // parts that are known, each once (no empty title between two dots)
    let status = match (t.stale, t.last_update) {
        (true, Some(d)) => format!("{}, no news since {d}", t.status.event()),
        _ => t.status.as_str().to_string(),
    };
    let title = [Some(t.id.as_str()), t.title.as_deref(), Some(status.as_str()), t.awardee.as_deref()]
        .into_iter()
        .flatten()
        .map(|s| sanitize_line(s).into_owned())
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let hint = widgets::hints(app, &[(Action::Open, "open minutes"), (Action::Back, "back")], &[]);
    let inner = widgets::frame(app, area, buf, title, true, &hint);
    let w = usize::from(inner.width);
    // The source column is as wide as the longest "path:line" (up to a
    // third); where the paths do not fit it names the file and line only
    // ("20260924.md:52", the series folder left out), never a cut line number.
    let src = |h: &crate::model::meeting::TenderEvent, short: bool| {
        let p = if short { h.path.rsplit('/').next().unwrap_or(&h.path) } else { h.path.as_str() };
        format!(" {}:{}", sanitize_line(p), h.line)
    };
    let longest = |short: bool| t.history.iter().map(|h| widgets::width(&src(h, short))).max().unwrap_or(0);
    let short = longest(false) > w / 3;
    let src_w = longest(short).min(w / 3);
    let lines: Vec<Line> = t
        .history
        .iter()
        .map(|h| {
            Line::from(vec![
                Span::styled(fit(&h.date.map(|d| d.to_string()).unwrap_or_else(|| "?".into()), 11), app.theme.dim),
                Span::styled(fit(&h.event, 11), status_style(app, h.status)),
                Span::raw(fit(&sanitize_line(&h.text), w.saturating_sub(22 + src_w))),
                Span::styled(fit(&src(h, short), src_w), app.theme.dim),
            ])
        })
        .collect();
    let state = ListState { selected: app.tenders.event, ..Default::default() };
    widgets::list(app, inner, buf, frame, &lines, &state, 0, true);
}
