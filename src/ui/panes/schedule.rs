//! Schedule: the week, a day per block, local time with the source (Berlin)
//! time beside it; today and now marked, the next meeting with its countdown.

use chrono::Days;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::schedule::{meeting_url, next_up, selected_index, week, week_start};
use crate::app::{Action, App};
use crate::model::schedule::Occurrence;
use crate::text::{sanitize, sanitize_line};
use crate::ui::widgets;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let occ = week(app);
    let next = next_up(app);
    let sel = selected_index(app, &occ, next.as_ref());
    let start = week_start(app);
    let next_txt = match &next {
        // When first, then what: a narrow title cuts the meeting's name, not its time.
        Some(n) => format!(
            " · next: {} ({}) {}",
            n.start.with_timezone(&app.tz).format("%a %H:%M"),
            super::countdown(app.now, &n.start, &n.end),
            sanitize_line(&n.title)
        ),
        None => String::new(),
    };
    let title = format!("Week of {} · {}{next_txt}", start.format("%a %d %b %Y"), app.tz);
    let hint = widgets::hints(
        app,
        &[
            (Action::PrevGroup, "week"),
            (Action::NextGroup, "week"),
            (Action::Today, "today"),
            (Action::Open, "details"),
            (Action::OpenUrl, "open"),
        ],
        &[],
    );
    let inner = widgets::frame(app, area, buf, title, true, &hint);
    let (list_area, detail_area) = if app.schedule.detail && inner.width >= 100 {
        let [l, r] = Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(inner);
        (l, Some(r))
    } else if app.schedule.detail {
        let [l, r] = Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(inner);
        (l, Some(r))
    } else {
        (inner, None)
    };

    let t = &app.theme;
    let today = app.now.with_timezone(&app.tz).date_naive();
    let mut lines: Vec<Line> = Vec::new();
    let mut sel_line = 0;
    let show_source = occ.iter().any(|o| o.source_tz != o.tz);
    for d in 0..7u64 {
        let day = start + Days::new(d);
        let is_today = day == today;
        let mut head = vec![Span::styled(day.format("%a %d %b").to_string(), if is_today { t.today } else { t.title })];
        if is_today {
            head.push(Span::styled("  ◆ today", t.today));
        }
        lines.push(Line::from(head));
        let mut now_drawn = false;
        let mut any = false;
        for (i, o) in occ.iter().enumerate().filter(|(_, o)| o.start.with_timezone(&app.tz).date_naive() == day) {
            if is_today && !now_drawn && o.start >= app.now {
                lines.push(now_line(app));
                now_drawn = true;
            }
            if i == sel {
                sel_line = lines.len();
            }
            let is_next = next.as_ref().is_some_and(|n| n.uid == o.uid && n.start == o.start);
            lines.push(occurrence_line(app, o, is_next, show_source, i == sel));
            any = true;
        }
        if is_today && !now_drawn {
            lines.push(now_line(app));
        }
        if !any {
            lines.push(Line::from(Span::styled("    no meetings", t.dim)));
        }
    }
    let h = usize::from(list_area.height);
    let offset = (sel_line + 2).saturating_sub(h);
    for (row, line) in lines.into_iter().skip(offset).take(h).enumerate() {
        line.render(Rect { y: list_area.y + row as u16, height: 1, ..list_area }, buf);
    }
    if occ.is_empty() {
        let msg = if app.data.as_ref().is_some_and(|d| !d.schedule.has_calendar()) {
            "No calendar loaded: pass --calendar-dir or --ics, or sync from GitHub."
        } else if crate::app::schedule::week_pending(app) {
            "Computing this week…"
        } else {
            "No meetings this week."
        };
        buf.set_string(list_area.x + 2, list_area.bottom().saturating_sub(1), msg, t.dim);
    }
    if let (Some(r), Some(o)) = (detail_area, occ.get(sel)) {
        details(app, o, r, buf);
    }
}

fn now_line(app: &App) -> Line<'static> {
    Line::from(Span::styled(format!("  ── now {} ──", app.now.with_timezone(&app.tz).format("%H:%M")), app.theme.today))
}

fn occurrence_line(app: &App, o: &Occurrence, is_next: bool, show_source: bool, selected: bool) -> Line<'static> {
    let t = &app.theme;
    let s = o.start.with_timezone(&app.tz);
    let e = o.end.with_timezone(&app.tz);
    let time = if o.all_day {
        "  all day     ".to_string()
    } else if e.date_naive() != s.date_naive() {
        format!("  {}–{}+{}", s.format("%H:%M"), e.format("%H:%M"), (e.date_naive() - s.date_naive()).num_days())
    } else {
        format!("  {}–{}", s.format("%H:%M"), e.format("%H:%M"))
    };
    let mut spans = vec![Span::styled(format!("{time:<16}"), if is_next { t.next } else { t.base })];
    if show_source {
        let label = if o.source_tz == "Europe/Berlin" { "Berlin".to_string() } else { o.source_tz.clone() };
        spans.push(Span::styled(format!("({label} {}) ", o.source_start.format("%H:%M")), t.dim));
    }
    let mut title_style = t.series_style(&o.series);
    if o.cancelled {
        title_style = t.cancelled;
    }
    spans.push(Span::styled(sanitize_line(&o.title).into_owned(), title_style));
    if o.cancelled {
        spans.push(Span::styled("  cancelled", t.dim));
    }
    let note = o.note.as_deref().map(|n| format!(" · {}", sanitize_line(n))).unwrap_or_default();
    if o.changed {
        spans.push(Span::styled(format!("  ⟳ changed{note}"), t.changed));
    } else if let Some(n) = &o.note {
        // A reshuffle note on an unchanged slot ("unchanged", "as before")
        // says where it comes from, else "cancelled · unchanged" reads as a
        // contradiction.
        spans.push(Span::styled(format!("  · reshuffle: {}", sanitize_line(n)), t.changed));
    }
    if is_next {
        spans.push(Span::styled(format!("  ▶ {}", super::countdown(app.now, &o.start, &o.end)), t.next));
    }
    let mut line = Line::from(spans);
    if selected {
        line = line.style(t.selected);
    }
    if o.cancelled {
        line = line.patch_style(ratatui::style::Style::default().add_modifier(Modifier::CROSSED_OUT));
    }
    line
}

fn details(app: &App, o: &Occurrence, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let inner = widgets::frame(app, area, buf, "Details", false, "");
    let s = o.start.with_timezone(&app.tz);
    let e = o.end.with_timezone(&app.tz);
    let mut lines = vec![
        Line::from(Span::styled(sanitize_line(&o.title).into_owned(), t.title)),
        Line::from(format!("{} {}–{} {}", s.format("%a %d %b %Y"), s.format("%H:%M"), e.format("%H:%M"), app.tz)),
        Line::from(Span::styled(format!("{} {}", o.source_start.format("%a %H:%M"), o.source_tz), t.dim)),
    ];
    if o.cancelled {
        lines.push(Line::from(Span::styled("Cancelled", t.error)));
    }
    if let Some(n) = &o.note {
        lines.push(Line::from(Span::styled(format!("Changed in the minutes: {}", sanitize_line(n)), t.changed)));
    }
    if let Some(u) = meeting_url(o) {
        lines.push(Line::from(vec![Span::raw("Link: "), Span::styled(u, t.link)]));
    }
    lines.push(Line::from(Span::styled(format!("Source: {}", sanitize_line(&o.source)), t.dim)));
    lines.push(Line::from(""));
    if let Some(d) = &o.description {
        for l in sanitize(d).lines() {
            lines.push(Line::from(l.replace('\t', "    ")));
        }
    }
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(inner, buf);
}
