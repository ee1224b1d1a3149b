//! Action items: grouped by series, with owners, age and progress.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::actions::{owned_by, rows};
use crate::app::{Action, App};
use crate::model::meeting::ActionStatus;
use crate::text::sanitize_line;
use crate::ui::widgets::{self, fit, Col};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let list = rows(app);
    let st = &app.actions;
    let mine = if st.mine { format!(" · mine (@{})", app.me().unwrap_or("")) } else { String::new() };
    let inner = widgets::frame(
        app,
        area,
        buf,
        format!("Action items · {} {}{mine}", list.len(), st.status.label()),
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
    // Cell texts first, so the columns can be sized from them.
    let mut prev_series = "";
    let cells: Vec<[String; 6]> = list
        .iter()
        .map(|a| {
            let first = a.series != prev_series;
            prev_series = &a.series;
            let series = if first { app.config.series_name(&a.series) } else { String::new() };
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
            // age in days since first seen, and how often it was carried
            let days = a.age_days.map(|d| format!("{d}d")).unwrap_or_else(|| "?".into());
            let age = if a.meetings > 1 { format!("{days} {}×", a.meetings) } else { format!("{days} new") };
            let progress = sanitize_line(a.progress.as_deref().unwrap_or("")).into_owned();
            [series, owners, text, age, a.status.as_str().to_string(), progress]
        })
        .collect();
    let col = |h: &str, i: usize, cap: usize| Col::fixed(h, cells.iter().map(|c| c[i].as_str()), cap);
    let mut cols =
        vec![col("Series", 0, 20), col("Owners", 1, 22), Col::flex(), col("Age", 3, 11), col("Status", 4, 8)];
    let mut names = vec!["Series", "Owners", "Item", "Age", "Status"];
    if wide {
        cols.push(col("Latest progress", 5, 26));
        names.push("Latest progress");
    }
    let widths = widgets::column_widths(w, &cols);
    widgets::header_line(&names, &widths, app.theme.dim).render(Rect { height: 1, ..inner }, buf);
    let lines: Vec<Line> = list
        .iter()
        .zip(cells)
        .map(|(a, [series, owners, text, age, status, progress])| {
            let status_style = match a.status {
                ActionStatus::Open => app.theme.warn,
                ActionStatus::Done => app.theme.ok,
                ActionStatus::Stale => app.theme.dim,
            };
            let mut row = vec![
                (series, app.theme.series_style(&a.series)),
                (owners, app.theme.title),
                (text, Style::default()),
                (age, app.theme.dim),
                (status, status_style),
            ];
            if wide {
                row.push((progress, app.theme.dim));
            }
            widgets::row_line(row, &widths)
        })
        .collect();
    // The selected item in full at the bottom: text, owners, dates, links.
    let detail_h: u16 = if inner.height >= 12 { 3 } else { 0 };
    let body = Rect { y: inner.y + 1, height: inner.height - 1 - detail_h, ..inner };
    widgets::list(app, body, buf, &lines, &st.list, 0, true);
    if detail_h > 0 {
        if let Some(a) = list.get(st.list.selected) {
            let area = Rect { y: body.bottom(), height: detail_h, ..inner };
            detail(app, a, area, buf);
        }
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
