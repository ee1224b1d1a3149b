//! Overview: four boxes at a glance.

use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::overview::{latest_minutes, next_meetings, open_actions, open_tenders, BOXES};
use crate::app::{App, FrameInfo};
use crate::text::sanitize_line;
use crate::ui::widgets::{self, fit, Col};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo) {
    // The latest Tech Weekly's news along the bottom, when there is room.
    let news = tech_weekly_news(app);
    let most = if area.height >= 30 { 3 } else { 2 };
    let news_h = if area.height >= 18 && !news.is_empty() { news.len().min(most) as u16 } else { 0 };
    let [area, news_area] = Layout::vertical([Constraint::Min(1), Constraint::Length(news_h)]).areas(area);
    for (i, line) in news.into_iter().take(usize::from(news_h)).enumerate() {
        widgets::fit_line(line, usize::from(news_area.width))
            .render(Rect { y: news_area.y + i as u16, height: 1, ..news_area }, buf);
    }
    let reading = app.data.as_ref().is_some_and(|d| d.reading.is_some());
    let (minutes_header, minutes) = minutes_rows(app, area.width - area.width / 2);
    let rows: [Vec<Line>; 4] = [
        meetings_rows(app, area.width / 2),
        tender_rows(app, area.width - area.width / 2),
        action_rows(app, area.width / 2),
        minutes,
    ];
    // Latest minutes has a header line.
    let extra = [0, 0, 0, 1];
    let need = |i: usize| rows[i].len().max(1) as u16 + 2 + extra[i];
    // Each column splits its height by what its two boxes hold.
    let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    let split = |col: Rect, top: usize, bottom: usize| -> [Rect; 2] {
        let (t, b) = split_heights(col.height, need(top), need(bottom));
        Layout::vertical([Constraint::Length(t), Constraint::Length(b)]).areas(col)
    };
    let [a, c] = split(left, 0, 2);
    let [b, d] = split(right, 1, 3);
    for (i, (r, rows)) in [a, b, c, d].into_iter().zip(rows).enumerate() {
        let focused = app.overview.focus == i;
        // the tender box may hold only the "no tender news since" line, the
        // meetings box only why it is empty
        let count = match i {
            0 => next_meetings(app).len().to_string(),
            // the minutes' boxes on a first start's calendar-only answer
            _ if reading => "…".to_string(),
            1 => open_tenders(app).len().to_string(),
            _ => rows.len().to_string(),
        };
        let mut inner = widgets::frame(app, r, buf, format!("{} ({count})", BOXES[i]), focused, "");
        if i == 3 && inner.height > 1 && !reading {
            minutes_header.clone().render(Rect { height: 1, ..inner }, buf);
            inner = Rect { y: inner.y + 1, height: inner.height - 1, ..inner };
        }
        widgets::list(app, inner, buf, frame, &rows, &app.overview.lists[i], i, focused);
    }
}

/// Heights of the top and bottom rows of boxes from what they hold: a row
/// that needs less gives the rest to the other; when both need more than
/// half, they share evenly.
fn split_heights(total: u16, top: u16, bottom: u16) -> (u16, u16) {
    let half = total / 2;
    let min = 3.min(half);
    let t = if top + bottom <= total {
        // Both fit: the spare lines go to the bottom box, below its list.
        top
    } else if top <= half {
        top
    } else if bottom <= total - half {
        total - bottom
    } else {
        half
    };
    let t = t.clamp(min, total.saturating_sub(min));
    (t, total - t)
}

fn meetings_rows(app: &App, w: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    let next = crate::app::schedule::next_up(app);
    let today = app.now.with_timezone(&app.tz).date_naive();
    let mine = crate::app::teams::my_teams(app);
    let list = next_meetings(app);
    if list.is_empty() {
        // Say why, and what to do, instead of "nothing here".
        let no_calendar = app.data.as_ref().is_some_and(|d| !d.schedule.has_calendar());
        let msg = if no_calendar {
            "no calendar loaded: --calendar-dir, --ics or sync"
        } else {
            "no meetings in the coming weeks"
        };
        return vec![Line::from(Span::styled(fit(msg, usize::from(w.saturating_sub(2))), t.dim))];
    }
    list.iter()
        .map(|o| {
            let start = o.start.with_timezone(&app.tz);
            let day = if start.date_naive() == today {
                "today    ".to_string()
            } else {
                start.format("%a %d %b").to_string()
            };
            let is_next = next.as_ref().is_some_and(|n| n.uid == o.uid && n.start == o.start);
            let star = match (mine.is_empty(), crate::app::teams::is_my_meeting(&mine, o)) {
                (true, _) => "",
                (false, true) => "★",
                (false, false) => " ",
            };
            let when = format!("{star}{day} {} ", start.format("%H:%M"));
            let cd = if is_next { format!(" {}", super::countdown(app.now, &o.start, &o.end)) } else { String::new() };
            let title_w = usize::from(w.saturating_sub(2)).saturating_sub(widgets::width(&when) + cd.len() + 1);
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
    let open = open_tenders(app);
    if open.is_empty() {
        // nothing current: say since when, instead of listing old news
        let last = app.data.as_ref().and_then(|d| d.minutes.tenders.iter().filter_map(|x| x.last_update).max());
        return last
            .map(|d| vec![Line::from(Span::styled(format!("no tender news since {d}"), t.dim))])
            .unwrap_or_default();
    }
    open.into_iter()
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

/// The Latest minutes header and rows: team, date, title / minute-taker.
fn minutes_rows(app: &App, w: u16) -> (Line<'static>, Vec<Line<'static>>) {
    let t = &app.theme;
    let list = latest_minutes(app);
    // Two series never share a name: "Team IAM (ops-iam)".
    let names: Vec<String> = list.iter().map(|m| app.series_label(&m.series)).collect();
    // In a narrow box the dates of this year leave out the year ("19 Nov"),
    // so the team names get the room.
    let this_year = app.now.date_naive().year();
    let short = w < 52 && list.iter().all(|m| m.date.is_none_or(|d| d.year() == this_year));
    let cells: Vec<[String; 3]> = list
        .iter()
        .zip(&names)
        .map(|(m, name)| {
            let full = m.date.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_else(|| "(no date)".into());
            let date = match m.date {
                Some(d) if short => d.format("%d %b").to_string(),
                _ => full.clone(),
            };
            let name = name.clone();
            // The date has its own column: drop it from the title.
            let title = m.title.replace(&full, "");
            let title = title.trim().trim_matches(['-', '–', ':', '·']).trim();
            let takers = m.minute_takers.join(", ");
            let title = match (title.is_empty(), takers.is_empty()) {
                (true, true) => "–".into(),
                (true, false) => takers,
                (false, true) => title.to_string(),
                (false, false) => format!("{title} / {takers}"),
            };
            [sanitize_line(&name).into_owned(), date, sanitize_line(&title).into_owned()]
        })
        .collect();
    let mut head = ["Team", "Date", "title / minute-taker"];
    let cols = [
        Col::fixed(head[0], cells.iter().map(|c| c[0].as_str()), 24),
        Col::fixed(head[1], cells.iter().map(|c| c[1].as_str()), 10),
        Col::flex(),
    ];
    let widths = widgets::column_widths(usize::from(w.saturating_sub(2)), &cols);
    if widths[2] < widgets::width(head[2]) {
        head[2] = "title / taker";
    }
    let header = widgets::header_line(&head, &widths, t.dim);
    let rows = list
        .iter()
        .zip(cells)
        .map(|(m, [name, date, title])| {
            widgets::row_line(
                vec![(name, t.series_style(&m.series)), (date, t.dim), (title, ratatui::style::Style::default())],
                &widths,
            )
        })
        .collect();
    (header, rows)
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
    let lt = &m.lightning_talks;
    let mut second = vec![Span::styled(" Lightning talk", t.title)];
    if !lt.this_week.is_empty() {
        second.push(Span::raw(format!(" · this week: {}", join(&lt.this_week))));
    }
    if !lt.next_week.is_empty() {
        second.push(Span::styled(format!(" · next week: {}", join(&lt.next_week)), t.next));
    }
    let mut out = vec![Line::from(first)];
    // Hackathons on a line of their own, each with its date (it used to
    // trail the new members and was cut off at 120 columns).
    let hackathons = crate::app::overview::hackathons(&d.minutes.meetings, m);
    if !hackathons.is_empty() {
        let mut line = vec![Span::styled(" Hackathons", t.title)];
        for (i, h) in hackathons.iter().enumerate() {
            line.push(Span::raw(if i == 0 { " · " } else { "; " }));
            match (h.date, h.dated_in_text) {
                (Some(_), true) => {}
                (Some(d), false) => line.push(Span::styled(format!("{} ", d.format("%Y-%m-%d")), t.next)),
                (None, _) => line.push(Span::styled("(no date given) ", t.dim)),
            }
            line.push(Span::raw(sanitize_line(&h.text).into_owned()));
        }
        out.push(Line::from(line));
    }
    if second.len() > 1 {
        out.push(Line::from(second));
    }
    out
}
