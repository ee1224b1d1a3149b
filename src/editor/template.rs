//! Templates for new drafts, one per meeting series, with a tiny placeholder language.
//!
//! Built-in templates live in `assets/templates/` (`community-call.md`, `team.md`,
//! `default.md`); a user's `<config dir>/templates/<series>.md` (or `team.md`/`default.md`)
//! overrides them.
//!
//! The language (a small subset of Mustache):
//! - `{{name}}`: a value; missing values render as empty text. Root values: `date`
//!   (YYYY-MM-DD), `date_compact` (YYYYMMDD), `year`, `series`, `series_name`, `minute_taker`.
//! - `{{#list}}...{{/list}}`: repeated per item. Lists: `teams` (values `name`, `minutes_url`,
//!   nested list `actions`), `tenders` (`id`, `title`, `status`), `pending_actions` and
//!   `actions` (`owners`, `text`), `new_members` (`name`). Inner scopes see outer values.
//! - `{{#value}}...{{/value}}` on a plain value renders once when it is not empty.
//! - `{{^name}}...{{/name}}`: rendered only when the list/value is empty.
//! - `{{! comment }}` is dropped.
//! - A line holding only a section tag or comment disappears entirely.
//! - Malformed input never panics: unclosed sections and stray tags are kept as literal text.

use std::fs;
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// The built-in Tech Weekly (community call) template.
pub const COMMUNITY_CALL_TEMPLATE: &str = include_str!("../../assets/templates/community-call.md");
/// The built-in generic team template.
pub const TEAM_TEMPLATE: &str = include_str!("../../assets/templates/team.md");
/// The built-in template for any other series.
pub const DEFAULT_TEMPLATE: &str = include_str!("../../assets/templates/default.md");

/// Deepest section nesting honoured; deeper section tags stay literal text.
const MAX_DEPTH: usize = 16;
/// Largest user template read from the config dir.
const MAX_TEMPLATE_BYTES: u64 = 1 << 20;

/// Everything a template can refer to; the caller fills it from the minutes engine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TemplateContext {
    /// Series folder name, e.g. `community-call`, `container`.
    pub series: String,
    /// Human name of the series, e.g. `SCS Tech Weekly`, `Team Container`.
    pub series_name: String,
    /// The meeting date.
    pub date: NaiveDate,
    /// Who takes the minutes (e.g. `@garloff`), if known.
    pub minute_taker: Option<String>,
    /// Teams reporting in the Tech Weekly, in order.
    pub teams: Vec<TeamCtx>,
    /// Open tenders with their last status.
    pub open_tenders: Vec<TenderCtx>,
    /// The series' own open action items (carried into a team meeting's draft).
    pub pending_actions: Vec<ActionCtx>,
    /// New members to introduce.
    pub new_members: Vec<String>,
}

/// One team in the Tech Weekly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct TeamCtx {
    /// Team name without the word "Team", e.g. `Container`.
    pub name: String,
    /// Link to the team's latest minutes.
    pub minutes_url: Option<String>,
    /// The team's open action items.
    pub open_actions: Vec<ActionCtx>,
}

/// One action item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct ActionCtx {
    /// Owners as written, e.g. `@garloff, @fkr`.
    pub owners: String,
    /// What is to be done.
    pub text: String,
}

/// One tender.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct TenderCtx {
    /// Tender id, e.g. `VP12`.
    pub id: String,
    /// Short title, e.g. `Health monitoring`.
    pub title: String,
    /// The last reported status.
    pub status: String,
}

impl TemplateContext {
    /// An empty context for a series and date.
    pub fn new(series: impl Into<String>, series_name: impl Into<String>, date: NaiveDate) -> Self {
        TemplateContext {
            series: series.into(),
            series_name: series_name.into(),
            date,
            minute_taker: None,
            teams: Vec::new(),
            open_tenders: Vec::new(),
            pending_actions: Vec::new(),
            new_members: Vec::new(),
        }
    }
}

/// Which built-in template a series uses: `community-call`, `team` or `default`.
pub fn template_kind(series: &str) -> &'static str {
    const TEAMS: &[&str] = &["container", "iaas", "ops", "ops-iam", "iam", "docs", "central-api"];
    if series == "community-call" {
        "community-call"
    } else if TEAMS.contains(&series) || series.starts_with("sig-") || series.starts_with("team-") {
        "team"
    } else {
        "default"
    }
}

/// The built-in template text for a series.
pub fn builtin_template(series: &str) -> &'static str {
    match template_kind(series) {
        "community-call" => COMMUNITY_CALL_TEMPLATE,
        "team" => TEAM_TEMPLATE,
        _ => DEFAULT_TEMPLATE,
    }
}

fn read_override(path: &Path) -> Option<String> {
    let md = fs::metadata(path).ok()?;
    if !md.is_file() || md.len() > MAX_TEMPLATE_BYTES {
        return None;
    }
    fs::read(path).ok().map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// The template for a series: `<config_dir>/templates/<series>.md`, then
/// `<config_dir>/templates/<kind>.md`, then the built-in one.
pub fn load_template(series: &str, config_dir: Option<&Path>) -> String {
    if let Some(dir) = config_dir {
        let dir = dir.join("templates");
        if super::drafts::valid_series(series) {
            if let Some(t) = read_override(&dir.join(format!("{series}.md"))) {
                return t;
            }
        }
        if let Some(t) = read_override(&dir.join(format!("{}.md", template_kind(series)))) {
            return t;
        }
    }
    builtin_template(series).to_string()
}

/// The text of a new draft: the series' template filled from `ctx`.
pub fn new_draft_text(ctx: &TemplateContext, config_dir: Option<&Path>) -> String {
    render(&load_template(&ctx.series, config_dir), ctx)
}

#[derive(Debug)]
enum Node {
    Text(String),
    Var(String),
    Section { name: String, inverted: bool, children: Vec<Node> },
}

struct Frame {
    name: String,
    inverted: bool,
    literal: String,
    children: Vec<Node>,
}

fn push_text(nodes: &mut Vec<Node>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Node::Text(t)) = nodes.last_mut() {
        t.push_str(s);
    } else {
        nodes.push(Node::Text(s.to_string()));
    }
}

fn is_blank(s: &str) -> bool {
    s.chars().all(|c| c == ' ' || c == '\t' || c == '\r' || c == '\n')
}

fn parse(src: &str) -> Vec<Node> {
    let mut stack: Vec<Frame> =
        vec![Frame { name: String::new(), inverted: false, literal: String::new(), children: Vec::new() }];
    let mut pos = 0;
    while let Some(rel) = src[pos..].find("{{") {
        let start = pos + rel;
        let Some(close_rel) = src[start + 2..].find("}}") else {
            break;
        };
        let end = start + 2 + close_rel + 2;
        let inner = src[start + 2..end - 2].trim();
        let sigil = inner.chars().next();
        let is_block = matches!(sigil, Some('#' | '^' | '/' | '!'));
        // A block tag alone on its line swallows the whole line.
        let line_start = src[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_end = src[end..].find('\n').map(|i| end + i + 1).unwrap_or(src.len());
        let standalone =
            is_block && line_start >= pos && is_blank(&src[line_start..start]) && is_blank(&src[end..line_end]);
        let (text_end, next_pos) = if standalone { (line_start, line_end) } else { (start, end) };
        let depth = stack.len();
        let closes_top = stack.last().is_some_and(|f| f.name == inner.get(1..).unwrap_or("").trim());
        let Some(top) = stack.last_mut().map(|f| &mut f.children) else {
            break;
        };
        push_text(top, &src[pos..text_end]);
        let consumed = &src[text_end..next_pos];
        let name = inner.get(1..).unwrap_or("").trim().to_string();
        match sigil {
            Some('!') => {}
            Some('#' | '^') if depth <= MAX_DEPTH && !name.is_empty() => stack.push(Frame {
                name,
                inverted: sigil == Some('^'),
                literal: consumed.to_string(),
                children: Vec::new(),
            }),
            Some('/') if depth > 1 && closes_top => {
                if let Some(f) = stack.pop() {
                    if let Some(parent) = stack.last_mut() {
                        parent.children.push(Node::Section {
                            name: f.name,
                            inverted: f.inverted,
                            children: f.children,
                        });
                    }
                }
            }
            Some('#' | '^' | '/') => push_text(top, consumed),
            _ => {
                if inner.is_empty() {
                    push_text(top, consumed);
                } else {
                    top.push(Node::Var(inner.to_string()));
                }
            }
        }
        pos = next_pos;
    }
    // Unclosed sections: their opening tag becomes literal text, their content stays.
    while stack.len() > 1 {
        let Some(f) = stack.pop() else { break };
        if let Some(parent) = stack.last_mut() {
            push_text(&mut parent.children, &f.literal);
            for child in f.children {
                match child {
                    Node::Text(t) => push_text(&mut parent.children, &t),
                    other => parent.children.push(other),
                }
            }
        }
    }
    let Some(mut root) = stack.pop() else {
        return vec![Node::Text(src.to_string())];
    };
    push_text(&mut root.children, &src[pos..]);
    root.children
}

#[derive(Clone, Copy)]
enum Scope<'a> {
    Root(&'a TemplateContext),
    Team(&'a TeamCtx),
    Action(&'a ActionCtx),
    Tender(&'a TenderCtx),
    Member(&'a str),
}

impl<'a> Scope<'a> {
    fn value(&self, name: &str) -> Option<String> {
        match (self, name) {
            (Scope::Root(c), "date") => Some(c.date.format("%Y-%m-%d").to_string()),
            (Scope::Root(c), "date_compact") => Some(c.date.format("%Y%m%d").to_string()),
            (Scope::Root(c), "year") => Some(c.date.year().to_string()),
            (Scope::Root(c), "series") => Some(c.series.clone()),
            (Scope::Root(c), "series_name") => Some(c.series_name.clone()),
            (Scope::Root(c), "minute_taker") => Some(c.minute_taker.clone().unwrap_or_default()),
            (Scope::Team(t), "name") => Some(t.name.clone()),
            (Scope::Team(t), "minutes_url") => Some(t.minutes_url.clone().unwrap_or_default()),
            (Scope::Action(a), "owners") => Some(a.owners.clone()),
            (Scope::Action(a), "text") => Some(a.text.clone()),
            (Scope::Tender(t), "id") => Some(t.id.clone()),
            (Scope::Tender(t), "title") => Some(t.title.clone()),
            (Scope::Tender(t), "status") => Some(t.status.clone()),
            (Scope::Member(m), "name" | ".") => Some(m.to_string()),
            _ => None,
        }
    }

    fn list(&self, name: &str) -> Option<Vec<Scope<'a>>> {
        match (*self, name) {
            (Scope::Root(c), "teams") => Some(c.teams.iter().map(Scope::Team).collect()),
            (Scope::Root(c), "tenders" | "open_tenders") => Some(c.open_tenders.iter().map(Scope::Tender).collect()),
            (Scope::Root(c), "pending_actions") => Some(c.pending_actions.iter().map(Scope::Action).collect()),
            (Scope::Root(c), "new_members") => Some(c.new_members.iter().map(|m| Scope::Member(m)).collect()),
            (Scope::Team(t), "actions" | "open_actions") => Some(t.open_actions.iter().map(Scope::Action).collect()),
            _ => None,
        }
    }
}

fn lookup_value(scopes: &[Scope<'_>], name: &str) -> Option<String> {
    scopes.iter().rev().find_map(|s| s.value(name))
}

fn lookup_list<'a>(scopes: &[Scope<'a>], name: &str) -> Option<Vec<Scope<'a>>> {
    scopes.iter().rev().find_map(|s| s.list(name))
}

/// Values come from remote minutes: keep them on one line and free of control characters.
fn clean(v: &str) -> String {
    crate::text::sanitize_line(v).trim().to_string()
}

fn render_nodes<'a>(nodes: &[Node], scopes: &mut Vec<Scope<'a>>, out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(t) => out.push_str(t),
            Node::Var(name) => {
                if let Some(v) = lookup_value(scopes, name) {
                    out.push_str(&clean(&v));
                }
            }
            Node::Section { name, inverted, children } => {
                if let Some(items) = lookup_list(scopes, name) {
                    if *inverted {
                        if items.is_empty() {
                            render_nodes(children, scopes, out);
                        }
                    } else {
                        for item in items {
                            scopes.push(item);
                            render_nodes(children, scopes, out);
                            scopes.pop();
                        }
                    }
                } else {
                    let truthy = lookup_value(scopes, name).is_some_and(|v| !v.trim().is_empty());
                    if truthy != *inverted {
                        render_nodes(children, scopes, out);
                    }
                }
            }
        }
    }
}

/// Fill a template from a context. Never panics; see the module docs for the language.
pub fn render(template: &str, ctx: &TemplateContext) -> String {
    let nodes = parse(template);
    let mut out = String::with_capacity(template.len() + 256);
    let mut scopes = vec![Scope::Root(ctx)];
    render_nodes(&nodes, &mut scopes, &mut out);
    out
}
