//! Action items written as prose rather than as marked lines: a person of the meeting who
//! volunteered, was asked or is to do something (`Tomasz volunteered to convert the pages by
//! hand.`, `Anna-Lena was asked to split the PR`, `Priya is to ask the network team …`), and
//! a paragraph that lists the follow-ups after a label (`Follow-ups: Tomasz publishes the
//! script; Hanna and Olu open draft PRs early.`, `**Next steps.** Jörg: the blog post. Marisol:
//! the first runbook.`, `Tasks: @a the quota script, @b the runbook`).
//!
//! The subject must be somebody the file shows as a person: a handle written with its `@`, or a
//! name that the participants or a handle of the same file name (see
//! [`super::shapes::known_person`]); a team, a tool or a plain capitalised word is none. Plans
//! with `will` and offers (`@x offered to test it`) stay what the labelling rules say they
//! are: reports.

use std::sync::LazyLock;

use regex::Regex;

use super::shapes::{known_person, Found};
use super::{is_task_verb, tidy_task, written_as_handle, NOT_NAMES};
use crate::minutes::doc::Doc;
use crate::minutes::AnyOf;

/// One person as a subject: a handle, a capitalised name (`Anna-Lena`, `Jörg`), or a word in
/// small letters that the file writes as a handle elsewhere (`nerdling`).
const PERSON: &str = r"(?:@[A-Za-z0-9][A-Za-z0-9-]*|[A-Za-z][a-zà-ÿ0-9]*(?:[-_][A-Za-z][a-zà-ÿ0-9]*)?)";

/// One to four people joined by `,`, `and`, `&` or `und` (each a [`PERSON`]).
fn people_list() -> String {
    format!(r"{PERSON}(?:\s*(?:,|and|&|und)\s*{PERSON}){{0,3}}")
}

/// `Tomasz and Anna-Lena are to write the abstract`, `Jörg volunteered to find out …`: people
/// who took on a task in so many words, then its verb and the rest.
static COMMITTED: LazyLock<Regex> = LazyLock::new(|| {
    let people = people_list();
    crate::minutes::rx(&format!(
        r"^(?:(?:so|then|also|and|finally|afterwards)\s*,?\s+)?({people})\s+(?:(?:has|have|had)\s+)?(?:(?:also|then|kindly|immediately)\s+)?(?:volunteered|(?:was|were|is|are|has been|have been|got)\s+asked|is|are|signed up|stepped up|stepped in)\s+to\s+([a-z][a-z-]*)(\s.*)?$"
    ))
    .expect("valid regex")
});

/// The label of a paragraph that lists the meeting's follow-ups, and the list after it.
static LIST_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^\W*(?:follow[- ]?ups?|next steps|nächste schritte|action items|to-?dos|tasks|aufgaben)(?:\s*\([^()]{1,40}\))?\s*[:.]\s*(\S.*)$")
        .expect("valid regex")
});

/// People opening a clause of such a list, then what follows them.
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    let people = people_list();
    crate::minutes::rx(&format!(r"^(?:and\s+)?({people})\s*(:|\s[-–—])?\s*(\S.*)$")).expect("valid regex")
});

/// People in parentheses closing a clause: `banner on the old site (Tomasz)`.
static PAREN_PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
    let people = people_list();
    crate::minutes::rx(&format!(r"^(.+?)\s*\(\s*({people})\s*\)\s*[.!]?\s*$")).expect("valid regex")
});

/// Words in the commitment shapes that a cheap look at a line finds before the patterns run.
static MAY_COMMIT: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?:volunteered|asked|is|are|signed up|stepped up|stepped in) to [a-z]").expect("valid regex")
});

/// The words that end a task in prose: a purpose, a reason or a remark after it.
const TASK_ENDS: &[&str] =
    &[" so that ", ", so that", ", because ", " because ", ", which ", ", as ", " - ", " – ", " — "];

/// Whether `t` may hold one of this module's shapes: the cheap gate before the patterns.
pub(super) fn may_read(t: &str) -> bool {
    LIST_LABEL_START.iter().any(|l| starts_with_word_ci(t, l)) || t.contains(" to ") && MAY_COMMIT.is_match(t)
}

const LIST_LABEL_START: &[&str] = &[
    "follow-up",
    "follow up",
    "followup",
    "next steps",
    "nächste schritte",
    "action items",
    "todos",
    "to-dos",
    "tasks",
    "aufgaben",
];

fn starts_with_word_ci(t: &str, w: &str) -> bool {
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    t.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w))
}

/// The action items of a line of prose or of a paragraph that lists follow-ups (`listing`: the
/// line is a paragraph of a section headed `Follow-ups` or `Next steps`, a list without its label).
pub(super) fn read(doc: &Doc<'_>, t: &str, listing: bool) -> Found {
    if t.trim_end().ends_with('?') {
        return Vec::new();
    }
    let list = LIST_LABEL.captures(t).and_then(|c| c.get(1)).map(|m| m.as_str()).or(listing.then_some(t));
    if let Some(list) = list {
        let found = listed(doc, list);
        if !found.is_empty() {
            return found;
        }
    }
    if !t.contains(" to ") || !MAY_COMMIT.is_match(t) {
        return Vec::new();
    }
    sentences(t).into_iter().filter_map(|s| committed(doc, s)).collect()
}

/// The sentences of a line: split after `.`, `!` or `;` and a space before a capital, an `@`
/// or a small letter after `;`.
fn sentences(t: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    let b = t.as_bytes();
    for i in 1..b.len().saturating_sub(1) {
        if b[i] == b' ' && matches!(b[i - 1], b'.' | b'!' | b';') {
            let next = b[i + 1];
            let before_dot = &t[..i - 1];
            // not after an abbreviation (`e.g.`, `i.e.`, `approx.`, a single letter)
            let last = before_dot.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let abbrev =
                b[i - 1] == b'.' && (last.len() <= 1 || ["eg", "ie", "approx", "etc", "vs", "ca"].contains(&last));
            if !abbrev && (next.is_ascii_uppercase() || next == b'@' || b[i - 1] == b';' || next >= 0x80) {
                cuts.push(i + 1);
            }
        }
    }
    cuts.push(t.len() + 1);
    cuts.windows(2).map(|w| t[w[0]..(w[1] - 1).min(t.len())].trim()).filter(|s| !s.is_empty()).collect()
}

/// The owners of a subject (`Tomasz and Anna-Lena`, `@a, @b`), when every one of them is a
/// person of this file.
fn people(doc: &Doc<'_>, subject: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for p in subject.split([',', '&']).flat_map(|p| p.split(" and ")).flat_map(|p| p.split(" und ")) {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        if let Some(h) = p.strip_prefix('@') {
            out.push(h.to_string());
            continue;
        }
        let lower_word = p.starts_with(|c: char| c.is_ascii_lowercase());
        // (`Anna-Lena`: a participants list names both parts)
        let known = if lower_word {
            written_as_handle(doc, p)
        } else {
            known_person(doc, p) || p.contains('-') && p.split('-').all(|part| known_person(doc, part))
        };
        if !known || NOT_NAMES.contains(&p) {
            return None;
        }
        out.push(p.to_string());
    }
    (!out.is_empty()).then_some(out)
}

/// A task read from prose: its words up to a purpose or a remark, tidied.
fn task_of(words: &str) -> String {
    let mut end = words.len();
    for e in TASK_ENDS {
        if let Some(i) = words.find(e) {
            end = end.min(i);
        }
    }
    tidy_task(words[..end].trim_end_matches(['.', '!', ',', ' ']))
}

/// `Tomasz volunteered to convert the pages by hand`: the people and their task.
fn committed(doc: &Doc<'_>, s: &str) -> Option<(Vec<String>, String)> {
    let c = COMMITTED.captures(s)?;
    let verb = &c[2];
    if !is_task_verb(verb) {
        return None;
    }
    let owners = people(doc, &c[1])?;
    let task = task_of(&format!("{verb}{}", c.get(3).map_or("", |m| m.as_str())));
    (!task.is_empty()).then_some((owners, task))
}

/// The clauses of a follow-up paragraph with their people: `Jörg: the blog post, and finding
/// the owner`, `banner on the old site (Tomasz)`, `Tomasz publishes the script`,
/// `@a the quota script`.
fn listed(doc: &Doc<'_>, list: &str) -> Found {
    let mut out = Vec::new();
    let mut clauses_read = 0;
    let mut reports = 0;
    for s in sentences(list) {
        for clause in clauses(doc, s) {
            let (found, present) = clause_items(doc, clause);
            clauses_read += usize::from(!found.is_empty());
            reports += usize::from(present && !found.is_empty());
            out.extend(found);
        }
    }
    // `Follow-up: @sam creates the epic`: one clause in the present reports what happens; a list
    // of them (`A books the room; B writes the call`) hands out the follow-ups
    if clauses_read == 1 && reports == 1 {
        out.clear();
    }
    out
}

/// A sentence of a follow-up paragraph cut at each comma that a person of the file follows.
fn clauses<'a>(doc: &Doc<'_>, s: &'a str) -> Vec<&'a str> {
    let s = s.trim_end_matches(['.', ';', ' ']);
    let mut cuts = vec![0];
    for (i, _) in s.match_indices(", ") {
        // (not inside parentheses: `final check (Priya, nerdling)`)
        if s[..i].matches('(').count() > s[..i].matches(')').count() {
            continue;
        }
        let next = s[i + 2..].trim_start();
        let next = next.strip_prefix("and ").unwrap_or(next);
        let subject = SUBJECT.captures(next).filter(|c| people(doc, &c[1]).is_some());
        if subject.is_some() {
            cuts.push(i + 2);
        }
    }
    cuts.push(s.len() + 2);
    cuts.windows(2).map(|w| s[w[0]..w[1] - 2].trim()).filter(|c| !c.is_empty()).collect()
}

/// The items of one clause of a follow-up paragraph, and whether a verb in the present gave them.
fn clause_items(doc: &Doc<'_>, clause: &str) -> (Found, bool) {
    let clause = clause.trim().trim_start_matches("and ").trim();
    if let Some(c) = PAREN_PEOPLE.captures(clause) {
        if let Some(owners) = people(doc, &c[2]) {
            let task = task_of(&c[1]);
            return (if task.is_empty() { Vec::new() } else { vec![(owners, task)] }, false);
        }
    }
    // `Ask Priya to review the PR`: the one asked owns it
    if let Some(asked) = clause.strip_prefix("Ask ").or_else(|| clause.strip_prefix("ask ")) {
        if let Some((who, task)) = asked.split_once(" to ") {
            if let Some(owners) = people(doc, who.trim()) {
                let task = task_of(task);
                return (if task.is_empty() { Vec::new() } else { vec![(owners, task)] }, false);
            }
        }
    }
    let Some(c) = SUBJECT.captures(clause) else { return (Vec::new(), false) };
    let Some(owners) = people(doc, &c[1]) else { return (Vec::new(), false) };
    let rest = &c[3];
    if c.get(2).is_some() {
        // `Jörg: the blog post, and finding the owner of the spec`: one item per part
        let found = rest.split(", and ").map(task_of).filter(|t| !t.is_empty()).map(|t| (owners.clone(), t)).collect();
        return (found, false);
    }
    let first = rest.split_whitespace().next().unwrap_or("");
    let rest_after = rest[first.len()..].trim_start();
    // `Tomasz publishes the script`, `Hanna and Olu open draft PRs`, `@a to review it`
    let (task, present) = if matches!(first, "to" | "will" | "shall") {
        // (`Rosa will update the guide`: a promise, read like `Rosa to update the guide`)
        (task_of(rest_after), false)
    } else if let Some(base) = base_verb(first) {
        (task_of(&format!("{base} {rest_after}")), true)
    } else if first.starts_with(|ch: char| ch.is_lowercase()) && !first.ends_with("ed") && !first.ends_with('s') {
        // `@a the quota script`: the work named without a verb
        (task_of(rest), false)
    } else {
        return (Vec::new(), false);
    };
    (if task.is_empty() { Vec::new() } else { vec![(owners, task)] }, present)
}

/// The task verb of a word in the present (`publishes`, `tries`, `opens`, `open`).
fn base_verb(w: &str) -> Option<String> {
    if is_task_verb(w) {
        return Some(w.to_string());
    }
    let cands = [
        w.strip_suffix("ies").map(|r| format!("{r}y")),
        w.strip_suffix("es").map(str::to_string),
        w.strip_suffix('s').map(str::to_string),
    ];
    cands.into_iter().flatten().find(|c| is_task_verb(c))
}

pub(crate) const WARM: &[fn()] = crate::minutes::warm![COMMITTED, LIST_LABEL, SUBJECT, PAREN_PEOPLE, MAY_COMMIT];
