//! Output of the minutes subcommands (`meetings`, `actions`, `tenders`,
//! `decisions`): pretty JSON for scripts, aligned tables for people.
//! Formatting only; the clap side lives in `main.rs`.

use chrono::NaiveDate;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::minutes::series_display_name;
use crate::model::meeting::{ActionStatus, Decision, Minutes, TrackedAction};
use crate::text::sanitize_line;

/// Which action statuses to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Only open items (the default).
    #[default]
    Open,
    /// Only done items.
    Done,
    /// Only stale items (not mentioned for several meetings).
    Stale,
    /// Everything.
    All,
}

impl StatusFilter {
    /// Parse `open|done|stale|all` (case-insensitive; `dropped` = `stale`).
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "open" => Some(Self::Open),
            "done" => Some(Self::Done),
            "stale" | "dropped" => Some(Self::Stale),
            "all" => Some(Self::All),
            _ => None,
        }
    }

    /// Whether a status passes this filter.
    pub fn allows(self, s: ActionStatus) -> bool {
        match self {
            Self::Open => s == ActionStatus::Open,
            Self::Done => s == ActionStatus::Done,
            Self::Stale => s == ActionStatus::Stale,
            Self::All => true,
        }
    }
}

/// Filter for tracked action items, shared by the CLI and the Action items pane.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionFilter {
    /// Series folder (`iaas`) or display name (`Team IaaS`), case-insensitive.
    pub series: Option<String>,
    /// Owner handle or name, case-insensitive, with or without `@`.
    pub owner: Option<String>,
    /// Which statuses to show (default: open).
    pub status: StatusFilter,
}

/// Whether `series` (a folder name) matches a user-given series filter.
pub fn series_matches(series: &str, wanted: &str) -> bool {
    let w = wanted.trim();
    series.eq_ignore_ascii_case(w) || series_display_name(series).eq_ignore_ascii_case(w)
}

/// Whether an owner as written matches a wanted owner (case-insensitive, `@` optional).
pub fn owner_matches(owner: &str, wanted: &str) -> bool {
    owner.trim_start_matches('@').eq_ignore_ascii_case(wanted.trim().trim_start_matches('@'))
}

impl ActionFilter {
    /// Whether the item passes series, owner and status filters.
    pub fn matches(&self, a: &TrackedAction) -> bool {
        if !self.status.allows(a.status) {
            return false;
        }
        if let Some(s) = &self.series {
            if !series_matches(&a.series, s) {
                return false;
            }
        }
        if let Some(o) = &self.owner {
            if !a.owners.iter().any(|x| owner_matches(x, o)) {
                return false;
            }
        }
        true
    }

    /// Case-insensitive substring match on text, progress and owners (for the pane's text filter).
    pub fn matches_text(a: &TrackedAction, needle: &str) -> bool {
        let n = needle.to_lowercase();
        n.is_empty()
            || a.text.to_lowercase().contains(&n)
            || a.progress.as_deref().is_some_and(|p| p.to_lowercase().contains(&n))
            || a.owners.iter().any(|o| o.to_lowercase().contains(&n))
    }
}

fn date_str(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_else(|| "-".into())
}

fn clip(s: &str, max: usize) -> String {
    crate::text::fit_width(sanitize_line(s).trim(), max).into_owned()
}

/// Render rows as an aligned table (the last column is not padded).
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let cols = headers.len();
    let mut widths: Vec<usize> = headers.iter().map(|h| UnicodeWidthStr::width(*h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate().take(cols) {
            widths[i] = widths[i].max(UnicodeWidthStr::width(c.as_str()));
        }
    }
    let mut out = String::new();
    let line = |cells: &mut dyn Iterator<Item = &str>, out: &mut String| {
        let mut l = String::new();
        for (i, c) in cells.enumerate() {
            if i + 1 < cols {
                l.push_str(c);
                let pad = widths[i].saturating_sub(UnicodeWidthStr::width(c));
                l.push_str(&" ".repeat(pad + 2));
            } else {
                l.push_str(c);
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(&mut headers.iter().copied(), &mut out);
    for r in rows {
        line(&mut r.iter().map(|s| s.as_str()), &mut out);
    }
    out
}

fn json<T: Serialize + ?Sized>(v: &T) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

#[derive(Serialize)]
struct MeetingRow<'a> {
    series: &'a str,
    date: Option<NaiveDate>,
    path: &'a str,
    title: &'a str,
    minute_takers: &'a [String],
    warnings: &'a [String],
    copy_of: Option<&'a str>,
}

/// `scsdash meetings`: one row per minutes file.
pub fn meetings_output(m: &Minutes, json_out: bool) -> String {
    if json_out {
        let rows: Vec<MeetingRow> = m
            .meetings
            .iter()
            .map(|x| MeetingRow {
                series: &x.series,
                date: x.date,
                path: &x.path,
                title: &x.title,
                minute_takers: &x.minute_takers,
                warnings: &x.warnings,
                copy_of: x.copy_of.as_deref(),
            })
            .collect();
        return json(&rows);
    }
    if m.meetings.is_empty() {
        return "no meetings\n".into();
    }
    let rows: Vec<Vec<String>> = m
        .meetings
        .iter()
        .map(|x| {
            vec![
                date_str(x.date),
                clip(&series_display_name(&x.series), 24),
                clip(&x.path, 50),
                clip(&x.minute_takers.join(", "), 24),
                x.warnings.len().to_string(),
                clip(&x.title, 60),
            ]
        })
        .collect();
    table(&["DATE", "SERIES", "PATH", "MINUTES BY", "WARN", "TITLE"], &rows)
}

/// `scsdash actions`: tracked action items passing the filter.
pub fn actions_output(m: &Minutes, f: &ActionFilter, json_out: bool) -> String {
    let items: Vec<&TrackedAction> = m.actions.iter().filter(|a| f.matches(a)).collect();
    if json_out {
        return json(&items);
    }
    if items.is_empty() {
        return "no action items match\n".into();
    }
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|a| {
            let owners: Vec<String> = a
                .owners
                .iter()
                .map(|o| {
                    if o.chars().next().is_some_and(|c| c.is_lowercase()) || o.contains('-') {
                        format!("@{o}")
                    } else {
                        o.clone()
                    }
                })
                .collect();
            let mut text = a.text.clone();
            if let Some(p) = &a.progress {
                text.push_str(" → ");
                text.push_str(p);
            }
            vec![
                a.id.clone(),
                a.status.as_str().to_string(),
                clip(&series_display_name(&a.series), 20),
                clip(&owners.join(", "), 28),
                date_str(a.last_seen),
                a.meetings.to_string(),
                a.age_days.map_or("-".into(), |d| format!("{d}d")),
                clip(&text, 100),
            ]
        })
        .collect();
    table(&["ID", "STATUS", "SERIES", "OWNERS", "LAST SEEN", "MTGS", "AGE", "TEXT"], &rows)
}

/// `scsdash tenders`: one row per tender (open ones first).
pub fn tenders_output(m: &Minutes, open_only: bool, json_out: bool) -> String {
    let items: Vec<_> = m.tenders.iter().filter(|t| !open_only || t.open).collect();
    if json_out {
        return json(&items);
    }
    if items.is_empty() {
        return "no tenders\n".into();
    }
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|t| {
            vec![
                clip(&t.id, 12),
                t.status.as_str().to_string(),
                if t.open {
                    "yes".into()
                } else if t.stale {
                    "stale".into()
                } else {
                    "no".into()
                },
                clip(t.awardee.as_deref().unwrap_or("-"), 30),
                date_str(t.last_seen),
                clip(t.title.as_deref().unwrap_or("-"), 60),
            ]
        })
        .collect();
    table(&["ID", "STATUS", "OPEN", "AWARDEE", "LAST UPDATE", "TITLE"], &rows)
}

/// `scsdash decisions`: decisions, optionally of one series and since a date.
pub fn decisions_output(m: &Minutes, series: Option<&str>, since: Option<NaiveDate>, json_out: bool) -> String {
    let items: Vec<&Decision> = m
        .decisions
        .iter()
        .filter(|d| series.is_none_or(|s| series_matches(&d.series, s)))
        .filter(|d| since.is_none_or(|s| d.date.is_some_and(|x| x >= s)))
        .collect();
    if json_out {
        return json(&items);
    }
    if items.is_empty() {
        return "no decisions\n".into();
    }
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|d| {
            vec![
                date_str(d.date),
                clip(&series_display_name(&d.series), 20),
                clip(&format!("{}:{}", d.path, d.line), 50),
                clip(&d.heading, 40),
                clip(d.own_words(), 100),
            ]
        })
        .collect();
    table(&["DATE", "SERIES", "SOURCE", "HEADING", "TEXT"], &rows)
}
