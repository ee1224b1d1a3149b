//! Editor pane: the drafts list, the draft being edited (with its preview),
//! and a bottom line for prompts, confirmations and messages.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::editor::{Confirm, PromptKind};
use crate::app::{Action, App, FrameInfo};
use crate::text::sanitize_line;
use crate::ui::widgets::{self, fit};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo) {
    let ed = &app.editor;
    let [main, bar] = Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
    let open = ed.state.draft_id().is_some();
    if open && main.width >= 100 {
        let [l, r] = Layout::horizontal([Constraint::Length(30), Constraint::Min(40)]).areas(main);
        drafts(app, l, buf, frame, !ed.editing);
        text(app, r, buf, frame);
    } else if open && ed.editing {
        text(app, main, buf, frame);
    } else {
        drafts(app, main, buf, frame, true);
    }
    bottom(app, bar, buf);
}

fn drafts(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo, focused: bool) {
    let ed = &app.editor;
    let v = ed.visible();
    let block = widgets::block(app, format!("Drafts · {}", v.len()), focused);
    let block = if area.width >= 60 {
        let hint = widgets::hints(
            app,
            &[(Action::NewDraft, "new"), (Action::Open, "edit")],
            &[("D", "delete"), ("R", "rename"), ("x", "export"), ("p", "publish"), ("S", "save to clone")],
        );
        block.title_bottom(Line::from(widgets::fit_hint(&hint, usize::from(area.width) - 2)).right_aligned())
    } else {
        block
    };
    let inner = block.inner(area);
    block.render(area, buf);
    if let Some(e) = &ed.store_error {
        return widgets::centered_message(
            inner,
            buf,
            &format!("Drafts unavailable: {}", sanitize_line(e)),
            app.theme.error,
        );
    }
    if v.is_empty() && ed.drafts.filter.is_empty() {
        return widgets::centered_message(
            inner,
            buf,
            "No drafts yet. Press n to draft the next meeting's minutes from its template.",
            app.theme.dim,
        );
    }
    let w = usize::from(inner.width);
    let lines: Vec<Line> = v
        .iter()
        .map(|m| {
            let mark = if m.recoverable {
                "⚠ "
            } else if ed.state.draft_id() == Some(m.id.as_str()) {
                "✎ "
            } else {
                "  "
            };
            let name = format!("{} {}", app.config.series_name(&m.series), m.date);
            // The name in full first ("Team Ops 2026-11-26"); when it was
            // last saved only where there is room for both.
            let mut updated = m.updated.with_timezone(&app.tz).format(" %m-%d %H:%M").to_string();
            if 2 + widgets::width(&name) + updated.len() > w {
                updated.clear();
            }
            let rest = w.saturating_sub(2 + updated.len());
            Line::from(vec![
                Span::styled(mark, app.theme.warn),
                Span::styled(fit(&name, rest), app.theme.series_style(&m.series)),
                Span::styled(updated, app.theme.dim),
            ])
        })
        .collect();
    widgets::list(app, inner, buf, frame, &lines, &ed.drafts, 0, focused);
}

fn text(app: &App, area: Rect, buf: &mut Buffer, frame: &mut FrameInfo) {
    let area = if app.pad.open {
        let [top, bottom] = Layout::vertical([Constraint::Percentage(55), Constraint::Min(4)]).areas(area);
        pad_view(app, bottom, buf);
        top
    } else {
        area
    };
    let ed = &app.editor;
    let title = ed.state.draft_id().unwrap_or("").to_string();
    let block =
        widgets::block(app, format!("{title}{}", if ed.state.is_dirty() { " · modified" } else { "" }), ed.editing)
            .title_bottom(
                Line::from(" Esc leave · Ctrl-S save · Ctrl-P preview · Ctrl-E $EDITOR · Ctrl-G publish ")
                    .right_aligned(),
            );
    let inner = block.inner(area);
    block.render(area, buf);
    crate::ui::textarea::render(&ed.state, inner, buf);
    frame.editor_width = Some(inner.width);
}

/// The live pad under the draft: its lines diffed against the draft
/// (`+` only in the pad, `-` only in the draft).
fn pad_view(app: &App, area: Rect, buf: &mut Buffer) {
    use crate::editor::diff::{counts, line_diff, DiffLine};
    let p = &app.pad;
    let t = &app.theme;
    let when =
        p.fetched_at.map(|f| f.with_timezone(&app.tz).format(" · read %H:%M:%S").to_string()).unwrap_or_default();
    let live = if p.refresh_in(app.now).is_some() { " · every 15 s" } else { "" };
    let url = p.url.as_deref().map(sanitize_line).unwrap_or_default();
    let block = widgets::block(app, format!("Pad {url}{when}{live}"), false)
        .title_bottom(Line::from(" Ctrl-L pull the pad into the draft · Ctrl-T close ").right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let w = usize::from(inner.width);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(e) = &p.error {
        lines.push(Line::from(Span::styled(fit(&sanitize_line(e), w), t.error)));
    }
    match &p.text {
        None if p.loading => lines.push(Line::from(Span::styled("reading the pad…", t.dim))),
        None => {}
        Some(text) => {
            let d = line_diff(&app.editor.state.text(), text);
            let (added, removed) = counts(&d);
            let head = if added + removed == 0 {
                "the draft and the pad are the same".to_string()
            } else {
                format!("+{added} lines only in the pad · -{removed} only in the draft")
            };
            lines.push(Line::from(Span::styled(head, t.dim)));
            // changed lines with one line of context
            let n = d.len();
            let changed = |i: usize| !matches!(d.get(i), Some(DiffLine::Same(_)) | None);
            for (i, l) in d.iter().enumerate() {
                let near = changed(i) || (i > 0 && changed(i - 1)) || (i + 1 < n && changed(i + 1));
                if !near {
                    continue;
                }
                let (mark, s, style) = match l {
                    DiffLine::Added(s) => ("+ ", s, t.ok),
                    DiffLine::Removed(s) => ("- ", s, t.error),
                    DiffLine::Same(s) => ("  ", s, t.dim),
                };
                lines.push(Line::from(Span::styled(fit(&format!("{mark}{}", sanitize_line(s)), w), style)));
                if lines.len() >= usize::from(inner.height) {
                    break;
                }
            }
        }
    }
    for (i, l) in lines.into_iter().take(usize::from(inner.height)).enumerate() {
        buf.set_line(inner.x, inner.y + i as u16, &l, inner.width);
    }
}

fn bottom(app: &App, area: Rect, buf: &mut Buffer) {
    let ed = &app.editor;
    let t = &app.theme;
    let line = if let Some(c) = &ed.confirm {
        let q = match c {
            Confirm::Delete(id) => format!("Delete draft {id}? This cannot be undone. [y/N]"),
            Confirm::Publish(id) => format!(
                "Publish {id} as a pull request to {}/{}? [y/N]",
                app.config.github.minutes.owner, app.config.github.minutes.repo
            ),
            // The question and its keys first: a narrow screen cuts the end.
            Confirm::QuitUnsaved(why) => format!(
                "The draft could not be saved. Quit anyway? [y/N] y quits, the text goes to a recovery file in the state directory · n stays · {}",
                sanitize_line(why)
            ),
        };
        Line::from(Span::styled(q, t.warn))
    } else if let Some(p) = &ed.prompt {
        let label = match &p.kind {
            PromptKind::New => "New draft (series YYYY-MM-DD): ",
            PromptKind::Rename(_) => "Rename to (series YYYY-MM-DD): ",
            PromptKind::Export(_) => "Export to path: ",
        };
        let text = sanitize_line(&p.text).into_owned();
        // The keys in full where they fit, else in short.
        let used = widgets::width(label) + widgets::width(&text) + 1;
        let keys = match p.kind {
            PromptKind::New if used + 51 <= usize::from(area.width) => {
                "   Enter: from the template · Ctrl-L: from the pad"
            }
            PromptKind::New => "  Enter template · Ctrl-L pad",
            _ => "",
        };
        Line::from(vec![
            Span::styled(label, t.title),
            Span::raw(text),
            Span::styled("▏", t.title),
            Span::styled(keys, t.dim),
        ])
    } else if let Some(m) = &ed.message {
        Line::from(Span::styled(sanitize_line(m).into_owned(), t.dim))
    } else {
        Line::from("")
    };
    widgets::fit_line(line, usize::from(area.width)).render(area, buf);
}
