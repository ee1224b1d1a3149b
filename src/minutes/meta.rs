//! Per-meeting facts: title, minute-takers, participants, links, each team's
//! minutes link, new members, hackathons, lightning talks, and decisions.

use std::sync::LazyLock;

use regex::Regex;

use super::doc::{Doc, Kind, KW_DECISION, KW_EVENT, KW_MINUTES, KW_PEOPLE};
use crate::model::meeting::{Decision, Meeting};

static MINUTES_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:minutes|minute[- ]?takers?|protocol|notes by|taking minutes|minutes by)\s*:\s*(.*)$")
        .expect("valid regex")
});
static RESPONSIBLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:responsible for the minutes|transfer of (?:the )?minutes|minutes transfer|minutes \(writing|writing the minutes)[^:]*:\s*(.*)$")
        .expect("valid regex")
});
static MINUTES_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(transforming .*minutes|minutes .*(transfer|github)|community call and minutes|minutes transfer|transfer(?:ring)? (?:the )?minutes)")
        .expect("valid regex")
});
static PARTICIPANTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)participants|attendees|attendance|teilnehmer").expect("valid regex"));
static NEW_MEMBERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)new (team )?members?|newcomers?|introduction of new|^\W*welcome(?-u:\b)|new colleagues?")
        .expect("valid regex")
});
static HACKATHON: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)hackathon").expect("valid regex"));
static LIGHTNING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)lightn?ing\s+talk").expect("valid regex"));
static NEXT_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:next week|next time|next|upcoming|in two weeks)(?-u:\b)\s*[:\-–—]?\s*")
        .expect("valid regex")
});
static THIS_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:today|this week|now|spontaneous)(?-u:\b)\s*[:\-–—]?\s*").expect("valid regex")
});
static NONE_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\W*(no|none|nothing|not|n/a|tbd|tba|-)(?-u:\b)").expect("valid regex"));
static DECISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\W]*(?:basic |final |result of discussion\s*:\s*)?(?:decision|resolution|conclusion|consensus)\s*:|(?-u:\b)(decided|decision (?:was|has been|is) (?:made|taken)|agreed|we will|we'll|resolved that|consensus (?:that|was|is|among|after|on)|there (?:is|was) (?:a )?(?:loose |broad |general )?consensus)",
    )
    .expect("valid regex")
});
static NOT_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)decision needed|needs? (?:a )?decision|not (?:yet )?decided|undecided|not agreed|no decision|decision pending|should we|shall we|(?-u:\b)if(?-u:\b).*(?-u:\b)decided(?-u:\b)|(?:can|could|should|must|may|might|to|will|has to|have to) be (?:\w+ )?(?:decided|agreed)|need (?:a )?consensus|no consensus|not (?:\w+ )?consensus|we(?:'ll| will) (?:have|see|meet|try|probably|need|be able|get|present|also|talk|discuss|look|not be able)",
    )
    .expect("valid regex")
});
/// A first heading that names the meeting (rather than a section like "Participants").
static TITLE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\d{4}|weekly|call|meeting|session|workshop|sig\b|team|overflow|minutes|retro|review|kick|summit|hackathon|regulations|certif")
        .expect("valid regex")
});
static TENDERISH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)tender|procurement").expect("valid regex"));

/// The new member named by a heading: `New member dNation`, `Newcomer to the
/// team: Jan`, `Welcome Regina Metz!` (not `Welcome ...` or `Welcome our 5th provider`).
fn heading_member(h: &str) -> Option<String> {
    let h = h.trim();
    let who = if let Some((_, who)) = h.split_once(':') {
        if !NEW_MEMBERS.is_match(h) {
            return None;
        }
        who
    } else if let Some(who) = h.strip_prefix("New member ") {
        who
    } else if let Some(who) = h.strip_prefix("Welcome ") {
        let first = who.split_whitespace().next().unwrap_or("");
        if matches!(first.to_lowercase().as_str(), "to" | "our" | "new" | "all" | "the" | "everyone" | "back")
            || first.starts_with("..")
            || !first.chars().next().is_some_and(|c| c.is_uppercase() || c == '@')
        {
            return None;
        }
        who
    } else {
        return None;
    };
    let who = who.trim().trim_end_matches(['!', '.', ' ']).trim();
    (!who.is_empty()).then(|| who.to_string())
}

/// `Hackathons`, `SCS Hackathon`, `Hackathon news`: its items are hackathons.
/// A specific heading (`Gaia-X Hackathon #5`) names the hackathon itself.
fn generic_hackathon_heading(h: &str) -> bool {
    h.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).all(|w| {
        matches!(
            w,
            "hackathon" | "hackathons" | "scs" | "community" | "news" | "updates" | "update" | "upcoming" | "events"
        )
    })
}

fn split_names(s: &str) -> Vec<String> {
    s.split([',', '&', '/', '+'])
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().trim_matches(|c: char| c == '*' || c == '_' || c == '.' || c == '`').trim())
        .filter(|p| !p.is_empty() && p.len() <= 60)
        .map(|p| {
            // `@o-otte :)` -> `@o-otte`
            if p.starts_with('@') {
                p.split_whitespace().next().unwrap_or(p).to_string()
            } else {
                p.to_string()
            }
        })
        .collect()
}

fn valid_taker(v: &str) -> bool {
    let v = v.trim();
    !v.is_empty()
        && !v.contains("http")
        && !v.contains("://")
        && !NONE_WORDS.is_match(v)
        && !v.starts_with('(')
        && v.split_whitespace().count() <= 8
}

fn front_matter_title(fm: &str) -> Option<String> {
    fm.lines().find_map(|l| {
        let v = l.strip_prefix("title:")?.trim().trim_matches(['"', '\'']).trim();
        (!v.is_empty()).then(|| v.to_string())
    })
}

/// Fill in the per-meeting facts.
pub fn extract(doc: &Doc, m: &mut Meeting) {
    // title: front matter, else the first heading that names the meeting,
    // else "<series> <date>"
    let fallback = match m.date {
        Some(d) => format!("{} {}", super::series_display_name(&m.series), d.format("%Y-%m-%d")),
        None => m.path.rsplit('/').next().unwrap_or(&m.path).trim_end_matches(".md").to_string(),
    };
    m.title = doc
        .front_matter
        .as_deref()
        .and_then(front_matter_title)
        .or_else(|| {
            doc.sections
                .iter()
                .find(|s| !s.title.is_empty())
                .filter(|s| TITLE_WORDS.is_match(&s.title))
                .map(|s| s.title.clone())
        })
        .unwrap_or(fallback);
    // slide decks all say "SCS Community Call": add the date
    if let (Some(d), Some(_)) = (m.date, doc.front_matter.as_deref()) {
        if !m.title.chars().any(|c| c.is_ascii_digit()) && !m.title.is_empty() {
            m.title = format!("{} {}", m.title, d.format("%Y-%m-%d"));
        }
    }
    if m.title.chars().count() > 200 {
        m.title = m.title.chars().take(200).collect();
    }

    for (idx, node) in doc.nodes.iter().enumerate() {
        let text = &*node.text;
        let heading = doc.heading(node);

        if !doc.has(node, KW_MINUTES) {
            continue;
        }
        // team minutes links in the Tech Weekly: `Minutes: https://…/container/20230717.md`
        if text.get(..7).is_some_and(|p| p.eq_ignore_ascii_case("minutes")) || text.starts_with("[Minutes") {
            if let Some(l) = node.links.iter().find(|l| l.url.contains("/minutes/") && l.url.contains(".md")) {
                if !heading.is_empty() && !m.team_minutes.iter().any(|(_, u)| u == &l.url) {
                    m.team_minutes.push((heading.to_string(), l.url.clone()));
                }
            }
        }

        // minute takers
        if m.minute_takers.is_empty() && !matches!(node.kind, Kind::Heading(_)) {
            let mut value: Option<String> = None;
            if let Some(c) = MINUTES_BY.captures(text) {
                let v = c.get(1).map(|v| v.as_str()).unwrap_or("");
                if valid_taker(v) && node.links.is_empty() {
                    value = Some(v.to_string());
                }
            } else if let Some(c) = RESPONSIBLE.captures(text) {
                let mut v = c.get(1).map(|v| v.as_str().to_string()).unwrap_or_default();
                if v.trim().is_empty() {
                    if let Some(next) = doc.nodes.get(idx + 1).filter(|n| n.kind == Kind::Cont) {
                        v = next.text.to_string();
                    }
                }
                if valid_taker(&v) {
                    value = Some(v);
                }
            } else if MINUTES_QUESTION.is_match(text) && node.kind == Kind::Item {
                // the answer is a continuation line or the sub-items
                let cont = doc.nodes.get(idx + 1).filter(|n| n.kind == Kind::Cont).map(|n| n.text.to_string());
                let v = cont.unwrap_or_else(|| {
                    let kids: Vec<String> = doc.children(idx).map(|c| doc.nodes[c].text.to_string()).collect();
                    kids.join(", ")
                });
                if valid_taker(&v) {
                    value = Some(v);
                }
            }
            if let Some(v) = value {
                m.minute_takers = split_names(&v);
            }
        }
    }

    // minutes transfer named in a heading: `## Community call and minutes transfer` + `* @jschoone`
    if m.minute_takers.is_empty() {
        if let Some(si) = doc.sections.iter().position(|s| MINUTES_QUESTION.is_match(&s.title)) {
            let names: Vec<String> = doc
                .nodes
                .iter()
                .filter(|n| n.section == Some(si) && n.kind == Kind::Item && n.parent.is_none())
                .map(|n| n.text.to_string())
                .filter(|t| valid_taker(t))
                .collect();
            m.minute_takers = names.iter().flat_map(|n| split_names(n)).collect();
        }
    }

    // what each section is about, decided once per heading
    struct Flags {
        participants: bool,
        members: bool,
        named_in_heading: bool,
        hackathon: bool,
        lightning: bool,
        today: bool,
    }
    let flags: Vec<Flags> = doc
        .sections
        .iter()
        .map(|s| {
            let h = s.title.as_str();
            let people = doc.line_has(s.line, KW_PEOPLE);
            let event = doc.line_has(s.line, KW_EVENT);
            let lightning = event && LIGHTNING.is_match(h);
            Flags {
                participants: people && PARTICIPANTS.is_match(h),
                members: people && NEW_MEMBERS.is_match(h),
                named_in_heading: heading_member(h).is_some(),
                hackathon: event && HACKATHON.is_match(h) && generic_hackathon_heading(h),
                lightning,
                today: lightning && h.to_ascii_lowercase().contains("today"),
            }
        })
        .collect();
    for (idx, node) in doc.nodes.iter().enumerate() {
        let top_item = node.kind == Kind::Item && node.parent.is_none();
        let Some(f) = node.section.and_then(|s| flags.get(s)) else {
            continue;
        };
        // participants
        if top_item && f.participants && !node.text.is_empty() && node.text.len() <= 80 {
            m.participants.push(node.text.to_string());
        } else if node.kind == Kind::Para && f.participants && node.text.starts_with('@') {
            m.participants.extend(split_names(&node.text));
        }
        // new members (unless the heading names them: `### Newcomer to the team: Jan`)
        if top_item && f.members && !f.named_in_heading && !node.text.is_empty() {
            let t = node.text.trim();
            let t = t.strip_prefix("Welcome").map(|r| r.trim_start_matches([':', ' ', ','])).unwrap_or(t);
            if t.is_empty() || t.ends_with(':') {
                // `- Welcome to:` with the names as sub-items
                for c in doc.children(idx) {
                    let who = doc.nodes[c].text.trim().trim_end_matches([',', ';']).trim();
                    if !who.is_empty() {
                        m.new_members.push(who.to_string());
                    }
                }
            } else if !NONE_WORDS.is_match(t) && !t.contains("AI @") && !t.contains("AI:") {
                m.new_members.push(t.to_string());
            }
        }
        // hackathons
        if top_item && f.hackathon && !node.text.is_empty() && !NONE_WORDS.is_match(&node.text) {
            m.hackathons.push(node.text.to_string());
        }
        // lightning talks
        if (node.kind == Kind::Item || node.kind == Kind::Para || node.kind == Kind::Cont)
            && node.parent.is_none()
            && f.lightning
        {
            let t = node.text.trim();
            if t.is_empty() || NONE_WORDS.is_match(t) || t.to_lowercase().starts_with("backlog") {
                continue;
            }
            let heading_today = f.today;
            if let Some(mm) = NEXT_WEEK.find(t) {
                let v = t[mm.end()..].trim();
                if !v.is_empty() && !NONE_WORDS.is_match(v) {
                    m.lightning_talks.next_week.push(v.to_string());
                }
            } else if let Some(mm) = THIS_WEEK.find(t) {
                let v = t[mm.end()..].trim();
                if !v.is_empty() && !NONE_WORDS.is_match(v) {
                    m.lightning_talks.this_week.push(v.to_string());
                }
            } else if heading_today
                && m.lightning_talks.this_week.is_empty()
                && node.kind != Kind::Cont
                && node.links.iter().all(|l| l.text != t)
                && !t.ends_with(':')
            {
                m.lightning_talks.this_week.push(t.to_string());
            } else if heading_today
                && m.lightning_talks.this_week.is_empty()
                && node.kind != Kind::Cont
                && t.ends_with(':')
            {
                // `Yassir Ellami (Gaia-X AISBL):` followed by the talk title
                let full = doc.full_text(idx);
                m.lightning_talks.this_week.push(full.trim().trim_end_matches(':').to_string());
            }
        }
    }
    // a hackathon named by its heading (`### SCS Community Hackathon in Nürnberg`)
    for s in &doc.sections {
        let t = s.title.trim();
        if !doc.line_has(s.line, KW_PEOPLE | KW_EVENT) {
            continue;
        }
        if HACKATHON.is_match(t)
            && t.split_whitespace().count() > 1
            && !t.eq_ignore_ascii_case("hackathons")
            && !m.hackathons.iter().any(|h| h == t)
        {
            m.hackathons.push(t.to_string());
        }
        // `### New member dNation`, `### Newcomer to the team: Jan`, `# Welcome Regina Metz!`
        if let Some(who) = heading_member(t) {
            m.new_members.push(who);
        }
    }
}

/// Statements recording a decision, with their heading.
pub fn decisions(doc: &Doc, m: &Meeting) -> Vec<Decision> {
    let mut out = Vec::new();
    for (idx, node) in doc.nodes.iter().enumerate() {
        if matches!(node.kind, Kind::Heading(_)) {
            continue;
        }
        if !doc.has(node, KW_DECISION) {
            continue;
        }
        let mut t = node.text.trim().to_string();
        if t.len() < 8 || !DECISION.is_match(&t) || NOT_DECISION.is_match(&t) || t.ends_with('?') {
            continue;
        }
        // `Decision:` with the content on the next line or in sub-items
        if t.ends_with(':') && t.split_whitespace().count() <= 3 {
            let mut rest = doc.full_text(idx);
            if rest.trim().ends_with(':') && node.kind == Kind::Item {
                let kids: Vec<String> = doc.children(idx).map(|c| doc.full_text(c)).collect();
                rest = format!("{} {}", rest.trim(), kids.join("; "));
            }
            if rest.trim().ends_with(':') {
                continue;
            }
            t = rest.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        let heading = doc.heading(node);
        if doc.heading_chain(node).any(|h| TENDERISH.is_match(h)) {
            continue;
        }
        // "decided" at the start of a question heading is not a decision either
        if heading.trim_end().ends_with('?') && heading.to_lowercase().contains("decision") {
            continue;
        }
        out.push(Decision {
            date: m.date,
            series: m.series.clone(),
            path: m.path.clone(),
            line: node.line,
            heading: heading.to_string(),
            text: t,
        });
    }
    out
}
