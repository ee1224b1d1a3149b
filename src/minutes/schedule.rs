//! Schedule changes announced in the minutes -> [`WeeklySlot`]s:
//! `Wed 10:05 - 10:55 CEST: Team IaaS (Felix) – unchanged`, `IaaS: Wed 10:05 CEST`,
//! `Thursdays 12:05 CET/CEST` (team from the heading),
//! `Next operator coffee - mon 15:05 CEST` (a one-off).

use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveTime, Weekday};
use regex::Regex;

use super::doc::{Doc, Kind, KW_CLOCK};
use super::AnyOf;
use crate::model::WeeklySlot;

static SLOT: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"(?ix)^
        (?P<label>[^:\n]{0,60}?\s*(?::|\s-|\s–|\s—)\s*)?
        (?P<freq>(?:bi-?weekly|weekly|every|each)\s*,?\s*)?
        (?:on\s+)?
        (?P<wd>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?(?P<plural>s)?\.?,?\s+
        (?:at\s+)?(?P<h1>\d{1,2})[:.](?P<m1>\d{2})
        (?:\s*(?:-|–|—|--|to|until)\s*(?P<h2>\d{1,2})[:.](?P<m2>\d{2}))?
        \s*(?P<zone>CET/CEST|CEST/CET|CEST|CET|CE\(S\)T|UTC|GMT|Europe/Berlin|Europe\ Berlin)(?-u:\b)
        (?P<rest>.*)$",
    )
    .expect("valid regex")
});

/// Prefilter: a clock time and a weekday somewhere in the line.
static TIME_AND_DAY: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?:mon|tue|wed|thu|fri|sat|sun)[^\n]*\d[:.]\d\d|\d[:.]\d\d[^\n]*(?:mon|tue|wed|thu|fri|sat|sun)")
        .expect("valid regex")
});

fn weekday(s: &str) -> Option<Weekday> {
    let s = s.to_ascii_lowercase();
    Some(match s.get(..2)? {
        "mo" => Weekday::Mon,
        "tu" => Weekday::Tue,
        "we" => Weekday::Wed,
        "th" => Weekday::Thu,
        "fr" => Weekday::Fri,
        "sa" => Weekday::Sat,
        "su" => Weekday::Sun,
        _ => return None,
    })
}

fn time(h: Option<regex::Match>, m: Option<regex::Match>) -> Option<NaiveTime> {
    let h: u32 = h?.as_str().parse().ok()?;
    let m: u32 = m?.as_str().parse().ok()?;
    NaiveTime::from_hms_opt(h, m, 0)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `Team IaaS (Felix) – unchanged` -> ("Team IaaS", Some("Felix"), Some("unchanged")).
fn team_spec(s: &str) -> (String, Option<String>, Option<String>) {
    let s = s.trim().trim_start_matches(|c: char| c == ':' || c.is_whitespace());
    let (head, note) = match s
        .find([' ', '\t'])
        .and_then(|_| ["–", "—", " - "].iter().filter_map(|d| s.find(d).map(|i| (i, d.len()))).min())
    {
        Some((i, l)) => (&s[..i], Some(s[i + l..].trim().to_string())),
        None => (s, None),
    };
    let (team, coord) = match (head.find('('), head.rfind(')')) {
        (Some(a), Some(b)) if b > a => (head[..a].trim().to_string(), Some(head[a + 1..b].trim().to_string())),
        _ => (head.trim().to_string(), None),
    };
    (team, coord.filter(|c| !c.is_empty()), note.filter(|n| !n.is_empty()))
}

fn clean_heading(h: &str) -> String {
    let mut s = h.to_string();
    for cut in ["(", " -- ", " – ", " — ", " - ", ": "] {
        if let Some(i) = s.find(cut) {
            s.truncate(i);
        }
    }
    s.trim().trim_end_matches([':', '-', '–']).trim().to_string()
}

fn team_name(t: &str) -> String {
    let t = t.trim().trim_end_matches([':', ',', '-', '–']).trim();
    let t = t.strip_prefix("New slot for ").or_else(|| t.strip_prefix("New Slot for ")).unwrap_or(t);
    match t {
        "IaaS" | "IAM" | "Ops" | "Container" | "Operations" => format!("Team {t}"),
        _ => t.to_string(),
    }
}

/// Extract the announced slots of one meeting.
pub fn extract(doc: &Doc, date: Option<NaiveDate>, path: &str) -> Vec<WeeklySlot> {
    let Some(date) = date else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for node in &doc.nodes {
        let text = &*node.text;
        if text.len() > 300 || !doc.has(node, KW_CLOCK) || !TIME_AND_DAY.is_match(&text.to_ascii_lowercase()) {
            continue;
        }
        let Some(c) = SLOT.captures(text) else {
            continue;
        };
        let (Some(wd), Some(start)) =
            (c.name("wd").and_then(|w| weekday(w.as_str())), time(c.name("h1"), c.name("m1")))
        else {
            continue;
        };
        let end = time(c.name("h2"), c.name("m2"));
        let zone = c.name("zone").map(|z| z.as_str().to_string()).unwrap_or_default();
        let label = c.name("label").map(|l| l.as_str().trim()).unwrap_or("");
        let rest = c.name("rest").map(|r| r.as_str().trim()).unwrap_or("");
        // a question is not an announcement
        if rest.starts_with('?') || text.trim_end().ends_with('?') {
            continue;
        }
        let label_clean = label.trim_end_matches([':', '-', '–', '—']).trim();
        let label_lc = label_clean.to_lowercase();
        if label_clean.split_whitespace().count() > 6
            || ["last", "was", "until", "since"].iter().any(|w| label_lc.split_whitespace().any(|x| x == *w))
        {
            continue;
        }
        let mut one_off = false;
        let (team, coordinator, mut note) = if let Some(spec) = rest.strip_prefix(':') {
            team_spec(spec)
        } else if !label_clean.is_empty() {
            let l = if let Some(x) = label_clean.strip_prefix("Next ").or_else(|| label_clean.strip_prefix("next ")) {
                one_off = true;
                capitalise(x.trim())
            } else {
                label_clean.to_string()
            };
            let (t, co, _) = team_spec(&l);
            let n = rest.trim_start_matches([',', '-', '–', ' ']).trim();
            (t, co, (!n.is_empty()).then(|| n.to_string()))
        } else {
            let h = doc.heading(node);
            let n = rest.trim_start_matches([',', '-', '–', ' ']).trim();
            (clean_heading(h), None, (!n.is_empty()).then(|| n.to_string()))
        };
        if matches!(node.kind, Kind::Heading(_)) && label_clean.is_empty() {
            continue;
        }
        let team = team_name(&team);
        if team.is_empty() || team.len() > 80 {
            continue;
        }
        if note.as_deref().is_some_and(|n| n.is_empty()) {
            note = None;
        }
        // `Biweekly, Fridays 13:00 CEST`: keep the cadence
        if let Some(freq) = c.name("freq").map(|f| f.as_str().trim().trim_end_matches(',').to_lowercase()) {
            if freq.contains("week") {
                note = Some(match note {
                    Some(n) => format!("{freq}; {n}"),
                    None => freq,
                });
            }
        }
        out.push(WeeklySlot {
            weekday: wd,
            start,
            end,
            zone,
            team,
            coordinator,
            note,
            effective_from: date,
            path: path.to_string(),
            line: node.line,
            one_off,
        });
    }
    out
}

/// The patterns above, compiled ahead of a parse of many files ([`crate::minutes::warm_up`]).
pub(crate) const WARM: &[fn()] = crate::minutes::warm![SLOT, TIME_AND_DAY,];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceFile;

    fn slots(md: &str) -> Vec<WeeklySlot> {
        crate::minutes::parse_meeting(&SourceFile::new("community-call/20230720.md", md.as_bytes().to_vec())).slots
    }

    #[test]
    fn reshuffle_line() {
        let s = slots("### Reshuffling\n\n- Wed 10:05 - 10:55 CEST: Team IaaS (Felix) – unchanged\n");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].weekday, Weekday::Wed);
        assert_eq!(s[0].start, NaiveTime::from_hms_opt(10, 5, 0).unwrap());
        assert_eq!(s[0].end, NaiveTime::from_hms_opt(10, 55, 0));
        assert_eq!(s[0].team, "Team IaaS");
        assert_eq!(s[0].coordinator.as_deref(), Some("Felix"));
        assert_eq!(s[0].note.as_deref(), Some("unchanged"));
        assert_eq!(s[0].zone, "CEST");
        assert_eq!(s[0].line, 3);
    }

    #[test]
    fn heading_team_and_one_off() {
        let s = slots("# Open Door Sessions (Reminder)\n\n* Thursdays 12:05 CET/CEST\n\n### Next operator coffee - mon 15:05 CEST\n");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].team, "Open Door Sessions");
        assert_eq!(s[0].zone, "CET/CEST");
        assert!(!s[0].one_off);
        assert_eq!(s[1].team, "Operator coffee");
        assert_eq!(s[1].weekday, Weekday::Mon);
        assert!(s[1].one_off);
    }

    #[test]
    fn label_form_and_noise() {
        let s = slots("## Team meeting reschedule\n\n- IaaS: Wed 10:05 CEST\n- Audit logging kickoff last Monday 11:00 CET\n- Fri 9:00\n");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].team, "Team IaaS");
    }
}
