//! Overview: four boxes at a glance.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::overview::{latest_minutes, next_meetings, open_actions, open_tenders, BOXES};
use crate::app::App;
use crate::text::sanitize_line;
use crate::ui::widgets::{self, fit};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    // The latest Tech Weekly's news along the bottom, when there is room.
    let news = tech_weekly_news(app);
    let news_h = if area.height >= 18 && !news.is_empty() { news.len().min(2) as u16 } else { 0 };
    let [area, news_area] = Layout::vertical([Constraint::Min(1), Constraint::Length(news_h)]).areas(area);
    for (i, line) in news.into_iter().take(usize::from(news_h)).enumerate() {
        line.render(Rect { y: news_area.y + i as u16, height: 1, ..news_area }, buf);
    }
    let [top, bottom] = Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    let [a, b] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(top);
    let [c, d] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(bottom);
    for (i, r) in [a, b, c, d].into_iter().enumerate() {
        let focused = app.overview.focus == i;
        let rows = match i {
            0 => meetings_rows(app, r.width),
            1 => tender_rows(app, r.width),
            2 => action_rows(app, r.width),
            _ => minutes_rows(app, r.width),
        };
        let count = rows.len();
        let inner = widgets::frame(app, r, buf, format!("{} ({count})", BOXES[i]), focused, "");
        widgets::list(app, inner, buf, &rows, &app.overview.lists[i], i, focused);
    }
}

fn meetings_rows(app: &App, w: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    let next = crate::app::schedule::next_up(app);
    let today = app.now.with_timezone(&app.tz).date_naive();
    next_meetings(app)
        .into_iter()
        .map(|o| {
            let start = o.start.with_timezone(&app.tz);
            let day = if start.date_naive() == today {
                "today    ".to_string()
            } else {
                start.format("%a %d %b").to_string()
            };
            let is_next = next.as_ref().is_some_and(|n| n.uid == o.uid && n.start == o.start);
            let when = format!("{day} {} ", start.format("%H:%M"));
            let cd = if is_next { format!(" {}", super::countdown(app.now, &o.start, &o.end)) } else { String::new() };
            let title_w = usize::from(w.saturating_sub(2)).saturating_sub(when.len() + cd.len() + 1);
            Line::from(vec![
                Span::styled(when, if start.date_naive() == today { t.today } else { t.dim }),
                Span::styled(fit(&sanitize_line(&o.title), title_w), t.series_style(&o.series)),
                Span::styled(cd, t.next),
            ])
        })
        .collect()
}

fn tender_rows(app: &App, w: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    open_tenders(app)
        .into_iter()
        .map(|x| {
            let status = format!(" {}", x.status.as_str());
            let title_w = usize::from(w.saturating_sub(2)).saturating_sub(9 + status.len());
            Line::from(vec![
                Span::styled(fit(&x.id, 8), t.title),
                Span::raw(" "),
                Span::raw(fit(&sanitize_line(x.title.as_deref().unwrap_or("")), title_w)),
                Span::styled(status, t.warn),
            ])
        })
        .collect()
}

fn action_rows(app: &App, w: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    let me = app.me();
    open_actions(app)
        .into_iter()
        .map(|a| {
            let mine = me.is_some_and(|m| crate::app::actions::owned_by(a, m));
            let owners = a.owners.iter().map(|o| sanitize_line(o).into_owned()).collect::<Vec<_>>().join(", ");
            let owners = fit(&owners, 14);
            let text_w = usize::from(w.saturating_sub(2)).saturating_sub(17);
            Line::from(vec![
                Span::styled(if mine { "★ " } else { "  " }, t.today),
                Span::styled(owners, t.series_style(&a.series)),
                Span::raw(" "),
                Span::raw(fit(&sanitize_line(&a.text), text_w)),
            ])
        })
        .collect()
}

fn minutes_rows(app: &App, w: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    latest_minutes(app)
        .into_iter()
        .map(|m| {
            let date = m.date.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_else(|| "(no date) ".into());
            // The date has its own column: drop it from the title.
            let title = m.title.replace(&date, "");
            let title = title.trim();
            let title = if title.is_empty() { m.minute_takers.join(", ") } else { title.to_string() };
            let name = fit(&app.config.series_name(&m.series), 20);
            let title_w = usize::from(w.saturating_sub(2)).saturating_sub(33);
            Line::from(vec![
                Span::styled(name, t.series_style(&m.series)),
                Span::raw(" "),
                Span::styled(date, t.dim),
                Span::raw(" "),
                Span::raw(fit(&sanitize_line(&title), title_w)),
            ])
        })
        .collect()
}

/// New members, hackathons and lightning talks of the latest Tech Weekly.
fn tech_weekly_news(app: &App) -> Vec<Line<'static>> {
    let t = &app.theme;
    let Some(d) = &app.data else { return vec![] };
    let Some(m) = d.minutes.meetings.iter().rev().find(|m| m.series == "community-call") else { return vec![] };
    let date = m.date.map(|d| d.to_string()).unwrap_or_default();
    let join = |v: &[String]| v.iter().map(|s| sanitize_line(s).into_owned()).collect::<Vec<_>>().join("; ");
    let mut first = vec![Span::styled(format!(" {} {date}", app.config.series_name(&m.series)), t.title)];
    if !m.minute_takers.is_empty() {
        first.push(Span::styled(format!(" · minutes: {}", join(&m.minute_takers)), t.dim));
    }
    if !m.new_members.is_empty() {
        first.push(Span::raw(format!(" · welcome: {}", join(&m.new_members))));
    }
    if !m.hackathons.is_empty() {
        first.push(Span::raw(format!(" · hackathons: {}", join(&m.hackathons))));
    }
    let lt = &m.lightning_talks;
    let mut second = vec![Span::styled(" Lightning talk", t.title)];
    if !lt.this_week.is_empty() {
        second.push(Span::raw(format!(" · this week: {}", join(&lt.this_week))));
    }
    if !lt.next_week.is_empty() {
        second.push(Span::styled(format!(" · next week: {}", join(&lt.next_week)), t.next));
    }
    let mut out = vec![Line::from(first)];
    if second.len() > 1 {
        out.push(Line::from(second));
    }
    out
}
