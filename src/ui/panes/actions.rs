//! Action items: grouped by series, with owners, age and progress.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::actions::{owned_by, rows};
use crate::app::{Action, App, FrameInfo};
use crate::model::meeting::ActionStatus;
use crate::text::sanitize_line;
use crate::ui::widgets::{self, fit, Col};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo) {
    let list = rows(app);
    let st = &app.actions;
    let mine = if st.mine { format!(" · mine (@{})", app.me().unwrap_or("")) } else { String::new() };
    let inner = widgets::frame(
        app,
        area,
        buf,
        widgets::minutes_title(app, "Action items", || {
            format!("Action items · {} {}{mine}", list.len(), st.status.label())
        }),
        true,
        &widgets::hints(
            app,
            &[
                (Action::Mine, "mine"),
                (Action::CycleStatus, "status"),
                (Action::Filter, "filter"),
                (Action::Open, "open"),
            ],
            &[],
        ),
    );
    if inner.height < 2 {
        return;
    }
    let w = usize::from(inner.width);
    let wide = w >= 110;
    let me = app.me();
    let board = app.board.board.as_ref();
    // The selected item in full at the bottom: text, owners, dates, links.
    let detail_h: u16 = if inner.height >= 12 { 3 } else { 0 };
    let body = Rect { y: inner.y + 1, height: inner.height - 1 - detail_h, ..inner };
    // The team is named on the first row of its group and on the first row
    // in view, so a scrolled list never shows items without their team.
    let first_shown = st.list.first_visible(usize::from(body.height), list.len());
    // Cell texts first, so the columns can be sized from them.
    let mut prev_series = "";
    let cells: Vec<[String; 7]> = list
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let first = a.series != prev_series || i == first_shown;
            prev_series = &a.series;
            let series = if first { app.series_label(&a.series) } else { String::new() };
            let mut owners = a.owners.iter().map(|o| sanitize_line(o).into_owned()).collect::<Vec<_>>().join(", ");
            if me.is_some_and(|m| owned_by(a, m)) {
                owners = format!("★ {owners}");
            }
            let mut text = sanitize_line(&a.text).into_owned();
            if let Some(b) = board {
                if let Some(st) = a.links.iter().find_map(|l| issue_ref(l).and_then(|(r, n)| b.status_of(&r, n))) {
                    text = format!("[{st}] {text}");
                }
            }
            // age in days since first seen, and in how many meetings it was
            // (the detail line below says "N meeting(s)" in words)
            let days = a.age_days.map(|d| format!("{d}d")).unwrap_or_else(|| "?".into());
            let age = if a.meetings > 1 { format!("{days} {}×", a.meetings) } else { days };
            let last = last_seen(a, wide);
            let progress = sanitize_line(a.progress.as_deref().unwrap_or("")).into_owned();
            [series, owners, text, age, last, a.status.as_str().to_string(), progress]
        })
        .collect();
    let col = |h: &str, i: usize, cap: usize| Col::fixed(h, cells.iter().map(|c| c[i].as_str()), cap);
    // As in `scsdash actions`: team, owners, item, age, last seen, status.
    // The status column is left out at narrow widths when only one status
    // is shown (the title says which).
    let show_status = wide || st.status == crate::app::actions::StatusShown::All;
    let mut cols = vec![
        (0, "Team", col("Team", 0, 20)),
        (1, "Owners", col("Owners", 1, 22)),
        (2, "Item", Col::flex()),
        (3, "Age", col("Age", 3, 11)),
        (4, "Last seen", col("Last seen", 4, 10)),
    ];
    if show_status {
        cols.push((5, "Status", col("Status", 5, 8)));
    }
    if wide {
        cols.push((6, "Latest progress", col("Latest progress", 6, 26)));
    }
    let names: Vec<&str> = cols.iter().map(|c| c.1).collect();
    let widths = widgets::column_widths(w, &cols.iter().map(|c| c.2).collect::<Vec<_>>());
    widgets::header_line(&names, &widths, app.theme.dim).render(Rect { height: 1, ..inner }, buf);
    let lines: Vec<Line> = list
        .iter()
        .zip(cells)
        .map(|(a, cells)| {
            let status_style = match a.status {
                ActionStatus::Open => app.theme.warn,
                ActionStatus::Done => app.theme.ok,
                ActionStatus::Stale => app.theme.dim,
            };
            let styles = [
                app.theme.series_style(&a.series),
                app.theme.title,
                Style::default(),
                app.theme.dim,
                app.theme.dim,
                status_style,
                app.theme.dim,
            ];
            let row = cols.iter().map(|(i, _, _)| (cells[*i].clone(), styles[*i])).collect();
            widgets::row_line(row, &widths)
        })
        .collect();
    widgets::list(app, body, buf, frame, &lines, &st.list, 0, true);
    if detail_h > 0 {
        if let Some(a) = list.get(st.list.selected) {
            let area = Rect { y: body.bottom(), height: detail_h, ..inner };
            detail(app, a, area, buf);
        }
    }
}

/// When the item was last mentioned: the date at wide sizes (as the CLI
/// shows it), else how long before the day the ages count to ("6d ago").
fn last_seen(a: &crate::model::meeting::TrackedAction, wide: bool) -> String {
    let Some(last) = a.last_seen else { return "?".into() };
    if wide {
        return last.format("%Y-%m-%d").to_string();
    }
    // days from the last mention to the day the ages are counted from
    let ago = match (a.age_days, a.first_seen) {
        (Some(age), Some(first)) => Some(age - (last - first).num_days()),
        _ => None,
    };
    match ago {
        Some(d) => format!("{}d ago", d.max(0)),
        None => last.format("%m-%d").to_string(),
    }
}

fn detail(app: &App, a: &crate::model::meeting::TrackedAction, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let w = usize::from(area.width);
    let d = |x: Option<chrono::NaiveDate>| x.map(|d| d.to_string()).unwrap_or_else(|| "?".into());
    // the line that set the status (the done mark, or the last mention)
    let src = a
        .status_evidence
        .as_ref()
        .map(|e| format!("{} from {}:{}", a.status.as_str(), e.path, e.line))
        .or_else(|| a.mentions.last().map(|m| format!("{}:{}", m.path, m.line)))
        .unwrap_or_default();
    let lines = [
        Line::from(Span::styled(fit(&format!("─ {}", sanitize_line(&a.text)), w), t.title)),
        Line::from(Span::styled(
            fit(
                &format!(
                    "  {} · first {} · last {} · {} meeting(s) · {}",
                    sanitize_line(&a.owners.join(", ")),
                    d(a.first_seen),
                    d(a.last_seen),
                    a.meetings,
                    sanitize_line(&src)
                ),
                w,
            ),
            t.dim,
        )),
        Line::from(Span::styled(fit(&format!("  {}", sanitize_line(&a.links.join("  "))), w), t.link)),
    ];
    for (i, l) in lines.into_iter().enumerate().take(usize::from(area.height)) {
        l.render(Rect { y: area.y + i as u16, height: 1, ..area }, buf);
    }
}

/// `https://github.com/owner/repo/issues/12` or `repo#12` -> (repo, 12).
pub fn issue_ref(link: &str) -> Option<(String, u64)> {
    if let Some(rest) = link.strip_prefix("https://github.com/") {
        let parts: Vec<&str> = rest.split('/').collect();
        if parts.len() >= 4 && matches!(parts[2], "issues" | "pull") {
            let n = parts[3].split(['#', '?']).next()?.parse().ok()?;
            return Some((format!("{}/{}", parts[0], parts[1]), n));
        }
        return None;
    }
    let (repo, n) = link.split_once('#')?;
    Some((repo.to_string(), n.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::issue_ref;

    #[test]
    fn issue_refs() {
        assert_eq!(
            issue_ref("https://github.com/SovereignCloudStack/standards/issues/400"),
            Some(("SovereignCloudStack/standards".into(), 400))
        );
        assert_eq!(issue_ref("standards#1020"), Some(("standards".into(), 1020)));
        assert_eq!(issue_ref("https://example.org"), None);
    }
}
