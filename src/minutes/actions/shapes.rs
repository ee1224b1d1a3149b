//! Action items without a marker whose shape is read from the list item together with its
//! place in the document (its parent item, its siblings, its heading). One function per
//! shape; [`item_shapes`] tries them in order and the first that reads the item wins:
//!
//! - a topic handed over in parentheses: `image metadata (@a, @b -> @c)`;
//! - a topic with its people in a work list (a list under `Open issues`, `Next steps`,
//!   `Plan forward`, … or beside a hand-over): `CA handling (@a, #253)`;
//! - a piece of work named with its assignee in parentheses: `Double-check #263 (@x)`;
//! - work handed to a handle after an arrow: `release notes -> @x`;
//! - `Name to <verb> …` opening a bullet.
//!
//! [`work_from`] is read besides the others (it can share a line with an `@x to …`):
//! `… => PR from @a, @b`.

use std::sync::LazyLock;

use regex::Regex;

use super::{
    arrow_assignee, base_of, handles, is_task_verb, last_word, meeting_verb, paren_assignee, proposes, tidy_task,
    topic_text, HANDLE, HANDLE_IS_OBJECT, HANDLE_LIST, NOT_NAMES, NOT_NAME_TO, NOT_TASK_START, NOT_VERBS, PAREN_GROUP,
    TRAILING_OWNERS, WORK_NOUN,
};
use crate::minutes::doc::{Doc, Kind};
use crate::minutes::meta::PARTICIPANTS;
use crate::minutes::AnyOf;

/// (owners, task) items read from one line.
pub type Found = Vec<(Vec<String>, String)>;
type Shape = fn(&Doc<'_>, usize, &str) -> Option<Found>;

/// The shapes of a list item without a marker, in the order they are tried.
const SHAPES: &[Shape] = &[
    handed_over,
    in_work_list,
    named_work_paren,
    work_to_handle,
    name_to_start,
    name_colon_verb,
    group_to_start,
    needed_by_handles,
    to_be_written_with_handles,
    delegated_to,
    takes_it,
    needs_an_owner,
    speaker_will,
    asked_to,
    among_assigned,
    people_inside_need,
    verb_then_handles,
    will_then_handle,
    planned_work,
    waits_for_to,
    tagged_todo,
];

/// `(@a, @b -> @c)` at the end of an item, maybe followed by a short qualifier (`, optional`).
static HANDOVER_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"\(\s*({HANDLE_LIST})\s*(?:-+>|=+>|→)\s*({HANDLE_LIST})\s*\)\s*(?:,\s*([\w ]{{1,24}}))?\s*$"
    ))
    .expect("valid regex")
});
/// `(@a, @b)` or `(@a, #253)` at the end of an item, maybe followed by a short qualifier.
static PEOPLE_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"\(\s*({HANDLE_LIST})(?:\s*,\s*[\w./-]*#\d+)?\s*\)\s*(?:,\s*([\w ]{{1,24}}))?\s*$"))
        .expect("valid regex")
});
/// `Needs assignee`, `needs an owner`: nothing but the request for somebody to take the work.
static ONLY_NEEDS_OWNER: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*needs?\s+(?:an?\s+)?(?:assignee|owner|volunteer|somebody|someone)\W*$").expect("valid regex")
});
/// An agenda heading: its items are topics, the handles under them their presenters.
static AGENDA: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"(?i)^\W*(?:the\s+)?agenda(?:\s+items?)?\W*$").expect("valid regex"));
/// Headings and list intros of work still to be done.
static WORK_LIST: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:open (?:issues|points|tasks|items)|next steps|plans? forward|work (?:items|to be done)|to-?do list)(?-u:\b)|(?-u:\b)needs? (?:more )?work\s*:")
        .expect("valid regex")
});
/// `=> PR from @a, @b`: a piece of work that the handles deliver.
static WORK_FROM: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"(?:-+>|=+>|→)\s*((?i:an? )?(?i:PRs?|pull requests?|text|drafts?|proposals?|ADRs?|docs?|patch(?:es)?|input|write-?up|blog post|issues?))\s+(?:from|by)\s+({HANDLE_LIST})\s*(?:[;.,)]|$)"
    ))
    .expect("valid regex")
});
/// `-> @a, @b` (maybe `, waiting for …`) alone on a line: the handles take the work above.
static ONLY_HANDLES_AFTER_ARROW: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^\s*(?:-+>|=+>|→)\s*({HANDLE_LIST})\s*(?:[,;]\s*[^@\s].*)?$")).expect("valid regex")
});
/// Nothing but handles: `@a`, `@a, @b`.
static ONLY_HANDLES: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(&format!(r"^\s*({HANDLE_LIST})\s*$")).expect("valid regex"));
/// What is still to be done: `could also`, `should`, `needs to`, `to be verified`.
static STILL_TO_DO: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:could|should|needs? to|must|has to|have to|to be)(?-u:\b)").expect("valid regex")
});
/// `Kurt to find a slot`, `Ann and Bo to review …` at the start of a bullet.
static NAME_TO_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"^([A-Z][a-z]+)(?:\s+(?:and|&)\s+([A-Z][a-z]+))?\s+to\s+([a-z][a-z-]*)(.*)$")
        .expect("valid regex")
});

/// `k8s team (VP-05) to take over`, `SIG Docs to review …`: a team or SIG given a task (`Team X
/// will …` reports a plan, like a plain name with `will`).
static GROUP_TO_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^\W*((?:[\w-]+\s+)?team|team\s+[\w-]+|sig\s+[\w-]+|all(?:\s+(?:participants|attendees|members|of us))?|everyone|everybody)\s*(?:\([^()]*\)\s*)?(?:(to|should|needs? to)|,?\s*(please)|\s*(:)\s*(?:please)?)\s+([a-z][a-z-]*)(.*)$")
        .expect("valid regex")
});
/// `Refinement of the stories needed: @a + @b`: work still needed, with its people after a colon.
static NEEDED_COLON_HANDLES: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"^(.{{6,}}?(?-u:\b)(?:needed|required|wanted|missing|open))\s*:\s*({HANDLE_LIST})\s*$"
    ))
    .expect("valid regex")
});
/// `include the exporter in the dashboards @a`, `to be added as an epic @a`: a task opening with
/// its verb (or a passive still to be done) and its owners closing a sub-item (not on an agenda,
/// where the handle after a topic is its presenter; not `thanks @a`, `talk to @a`).
fn verb_then_handles(doc: &Doc<'_>, idx: usize, t: &str) -> Option<Found> {
    let t = t.trim();
    // (the cheap gate: a handle closes the item)
    if !t.rsplit(char::is_whitespace).next().is_some_and(|w| w.starts_with('@')) {
        return None;
    }
    // a sub-item of the point it acts on (a top-level list of such lines reports who did what)
    let node = doc.nodes.get(idx)?;
    if !t.ends_with(|c: char| c.is_alphanumeric()) || node.parent.is_none() || AGENDA.is_match(doc.heading(node)) {
        return None;
    }
    let c = TRAILING_OWNERS.captures(t)?;
    let task = c[1].trim();
    // `Please open an issue @a, @b`: the request's verb after its `please`
    let task = match task.get(..7) {
        Some(p) if p.eq_ignore_ascii_case("please ") => task[7..].trim_start(),
        _ => task,
    };
    let last = last_word(task);
    // (a remark in parentheses inside the task, `Document what is missing (see the wiki) - @a`,
    // is part of it; a parenthesis left open is not)
    let paren_ok =
        !task.contains('(') || (task.matches('(').count() == task.matches(')').count() && !task.starts_with('('));
    if task.contains(['@', '?'])
        || !paren_ok
        || task.split_whitespace().count() < 3
        || HANDLE_IS_OBJECT.contains(&last.as_str())
        || matches!(last.as_str(), "between" | "of" | "about" | "than" | "on" | "at")
    {
        return None;
    }
    // `to be added as an epic`: the work in the active
    let task = match task.strip_prefix("to be ").and_then(|r| r.split_once(' ')) {
        Some((participle, rest)) if participle.ends_with("ed") || participle.ends_with("en") => {
            format!("{} {rest}", base_of(participle))
        }
        _ => task.to_string(),
    };
    let (verb, rest) = task.split_once(' ')?;
    let verb = verb.to_lowercase();
    // `Needs a deploy key (not a token) @a`: what the work still needs, and who brings it
    let needs = matches!(verb.as_str(), "needs" | "requires") && rest.split_whitespace().count() >= 2;
    if !needs && (!is_task_verb(&verb) || NOT_VERBS.contains(&verb.as_str()) || meeting_verb(&verb, rest)) {
        return None;
    }
    Some(vec![(handles(&c[2]), tidy_task(&task))])
}

/// `Stories TBW b/w @a and @b`, `Blog post TBD by @a`, `merged, mail TBW by @a (to announce
/// it)`: work still to be written, and its people.
static TBW_WITH: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^(.{{3,}}?(?-u:\b)(?:TBW|TBD|tbw|to be written|to be done))\s+(?:b/w|by|between|with|from)\s+({HANDLE_LIST})(?:\s*\(([^()]*)\))?\s*[.!]?\s*$"))
        .expect("valid regex")
});
/// `…, delegate to Roman/Michal`: the work of the parent item handed to people.
static DELEGATE_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?-u:\b)(?:(?i:delegated?|hand(?:ed)? over|assigned)\s+to\s+|(?i:assignee|owner|responsible)\s*:\s*)((?:@[A-Za-z0-9][A-Za-z0-9-]*|[A-Z][a-z]+)(?:\s*(?:/|,|&|\+|and)\s*(?:@[A-Za-z0-9][A-Za-z0-9-]*|[A-Z][a-z]+))*)\s*(?:\(([^()]{3,80})\))?\s*[.!]?\s*$")
        .expect("valid regex")
});
/// `@a takes it, fix + regression test`, `-> @a volunteers`, `@a and @b volunteered`: the
/// handles take the work (said after them, else the question before them, else the item's topic).
static TAKES_IT: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"^(?:(.{{6,}}?)\?\s*)?(?:-+>|=+>|→)?\s*({HANDLE_LIST})\s+(?:takes it|takes this|will take it|volunteers|volunteered|volunteer)(?-u:\b)\s*(?:[,:;–—-]\s*(.*))?$"
    ))
    .expect("valid regex")
});
/// `announcement in the release notes — needs an owner`, `the migration PR: needs an owner (Ana
/// maybe)`: the work before it, with nobody yet.
static NEEDS_AN_OWNER: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^(.{6,}?)\s*(?:[-–—:,;(]|->|=>|→)\s*(?:still\s+)?needs?\s+(?:an?\s+)?(?:owner|assignee|volunteer)(?-u:\b)")
        .expect("valid regex")
});

/// The first shape that reads the list item `idx` (text `t`, continuation lines joined).
pub fn item_shapes(doc: &Doc<'_>, idx: usize, t: &str) -> Found {
    let Some(node) = doc.nodes.get(idx).filter(|_| !t.trim_end().ends_with('?')) else {
        return Vec::new();
    };
    if node.kind != Kind::Item {
        // `Demo 1: Team Storage to check the backups`, `Kurt to find a slot` on a line of a
        // paragraph: a group or a person of this file given a task with `to` reads the same
        // without a bullet (`Team X should …` in prose is advice)
        let line = matches!(node.kind, Kind::Para | Kind::Cont);
        return if line {
            group_to(t, true)
                .or_else(|| name_to_start(doc, idx, t))
                .or_else(|| speaker_will(doc, idx, t))
                .or_else(|| asked_to(doc, idx, t))
                .unwrap_or_default()
        } else {
            Vec::new()
        };
    }
    SHAPES.iter().find_map(|shape| shape(doc, idx, t)).unwrap_or_default()
}

/// A topic as a task: its parent item first when it is nested (`artcodix compliance:
/// image properties`), without durations or remarks in parentheses.
fn topic(doc: &Doc<'_>, idx: usize, topic: &str) -> String {
    let own = tidy_task(topic);
    let parent = doc.nodes.get(idx).and_then(|n| n.parent).and_then(|p| doc.nodes.get(p));
    match parent {
        Some(p) if !p.text.contains('@') && !p.text.contains('?') && !WORK_LIST.is_match(&p.text) => {
            let ctx = tidy_task(&PAREN_GROUP.replace_all(&p.text, ""));
            let ctx = ctx.trim_end_matches(['.', ':', '…', ' ']);
            if ctx.is_empty() {
                own
            } else {
                format!("{ctx}: {own}")
            }
        }
        _ => own,
    }
}

/// The task before a closing parenthesis, with the qualifier after it (`…, optional`).
fn before_paren(
    doc: &Doc<'_>,
    idx: usize,
    t: &str,
    c: &regex::Captures<'_>,
    qualifier: Option<&str>,
) -> Option<String> {
    let part = t[..c.get(0)?.start()].trim_end();
    if part.is_empty() || part.ends_with('?') || part.ends_with(':') {
        return None;
    }
    let task = topic(doc, idx, part);
    Some(match qualifier.map(str::trim).filter(|q| !q.is_empty()) {
        Some(q) => format!("{task} ({q})"),
        None => task,
    })
}

/// `image properties (@a, @b -> @c)`: the topic goes from the first handles to the last;
/// all of them own it.
fn handed_over(doc: &Doc<'_>, idx: usize, t: &str) -> Option<Found> {
    // its people are handles, in parentheses
    if !t.contains('@') || !t.contains('(') {
        return None;
    }
    let c = HANDOVER_PAREN.captures(t)?;
    let mut owners = handles(&c[1]);
    owners.extend(handles(&c[2]));
    let task = before_paren(doc, idx, t, &c, c.get(3).map(|m| m.as_str()))?;
    Some(vec![(owners, task)])
}

/// A list of work still to be done: under a heading or item that says so (`Open issues`,
/// `Next steps`, `Plan forward`), or beside a hand-over.
fn in_work_list_context(doc: &Doc<'_>, idx: usize) -> bool {
    let Some(node) = doc.nodes.get(idx) else { return false };
    if doc.heading_chain(node).take(2).any(|h| WORK_LIST.is_match(h)) {
        return true;
    }
    let mut up = node.parent;
    for _ in 0..3 {
        let Some(p) = up.and_then(|p| doc.nodes.get(p)) else { break };
        if WORK_LIST.is_match(&p.text) {
            return true;
        }
        up = p.parent;
    }
    // a sibling that hands a topic over
    doc.nodes
        .iter()
        .enumerate()
        .skip(node.parent.map_or(0, |p| p + 1))
        .take(64)
        .filter(|(j, n)| *j != idx && n.kind == Kind::Item && n.parent == node.parent && n.depth == node.depth)
        .any(|(_, n)| HANDOVER_PAREN.is_match(&n.text))
}

/// `General CA handling (@a, #253)` in a list of work still to be done.
fn in_work_list(doc: &Doc<'_>, idx: usize, t: &str) -> Option<Found> {
    // its people are handles, in parentheses
    if !t.contains('@') || !t.contains('(') {
        return None;
    }
    let c = PEOPLE_PAREN.captures(t)?;
    if !in_work_list_context(doc, idx) {
        return None;
    }
    let task = before_paren(doc, idx, t, &c, c.get(2).map(|m| m.as_str()))?;
    Some(vec![(handles(&c[1]), task)])
}

/// `Double-check issue #263 (@x)`, `Blog post TBW (@a, @b)` (see [`paren_assignee`]).
/// `Needs assignee (-> @x)` under the work it is about: the parent item names the work.
fn named_work_paren(doc: &Doc<'_>, idx: usize, t: &str) -> Option<Found> {
    let (owners, task) = paren_assignee(t)?;
    let task = if ONLY_NEEDS_OWNER.is_match(&task) { topic(doc, idx, &task) } else { task };
    Some(vec![(owners, task)])
}

/// `Release notes -> @x`, `raise the quotas -> @y`: work named with a verb or a work noun,
/// a remark on what is still to do (`the message could also name X -> @x`, `needs to be
/// verified -> @y`), or an open point of a few words handed over (`no date for the MVP -> @x`).
fn work_to_handle(doc: &Doc<'_>, idx: usize, t: &str) -> Option<Found> {
    let (owners, task) = arrow_assignee(t)?;
    // a team or SIG takes over what the line reports (`… not taken out -> IaaS team`)
    if owners.iter().all(|o| super::group_owner(o).is_some()) {
        return Some(vec![(owners, task)]);
    }
    let first = task.split(|c: char| c.is_whitespace() || c == ':').next().unwrap_or("").to_lowercase();
    let named = is_task_verb(&first) || WORK_NOUN.is_match(&task);
    // `No fixed date for the MVP yet -> @x`: an open point of three words or more handed over
    // (under an agenda heading the handle after a topic is its presenter)
    let on_agenda = doc.nodes.get(idx).is_some_and(|n| AGENDA.is_match(doc.heading(n)));
    let open_point = task.split_whitespace().count() >= 3 && !on_agenda;
    (named || STILL_TO_DO.is_match(&task) || open_point).then(|| vec![(owners, task)])
}

/// `Kurt to find a slot` opening a bullet: a plain name given a task, when the same file
/// shows that the name is a person (`Option to …`, `How to …` stay what they are).
fn name_to_start(doc: &Doc<'_>, _: usize, t: &str) -> Option<Found> {
    // (after an outcome's label: `Next: Jorrit to write a proposal`, `Result: Ana to add …`)
    let lead = t.trim_start().as_bytes().first().map(u8::to_ascii_lowercase);
    let t = match matches!(lead, Some(b'n' | b'o' | b'r' | b't')).then(|| t.trim_start().split_once(": ")).flatten() {
        Some((label, rest))
            if ["next", "next step", "next steps", "outcome", "result", "then"]
                .iter()
                .any(|l| label.eq_ignore_ascii_case(l)) =>
        {
            rest
        }
        _ => t,
    };
    // a capitalised name first, then `to`
    if !t.contains("to") || !t.trim_start().starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let c = NAME_TO_START.captures(t.trim_start())?;
    let verb = &c[3];
    let names: Vec<&str> = [c.get(1), c.get(2)].into_iter().flatten().map(|m| m.as_str()).collect();
    if NOT_TASK_START.contains(&verb)
        || NOT_VERBS.contains(&verb)
        || names.iter().any(|n| NOT_NAMES.contains(n) || NOT_NAME_TO.contains(n) || !known_person(doc, n))
    {
        return None;
    }
    let task = tidy_task(&format!("{verb}{}", &c[4]));
    Some(vec![(names.iter().map(|n| n.to_string()).collect(), task)])
}

/// Whether an item opens with a capitalised word, maybe in bold, and a colon (`Tobi: …`,
/// `**Lea**: …`): the cheap gate in front of [`name_colon_verb`].
pub fn opens_with_name_colon(t: &str) -> bool {
    let t = t.trim_start().trim_start_matches(['*', '_']);
    let n = t.chars().take_while(|c| c.is_alphabetic()).count();
    if !t.starts_with(|c: char| c.is_uppercase()) || !(2..=20).contains(&n) {
        return false;
    }
    // then the colon, and a verb of work after it
    let after_name = t[t.char_indices().nth(n).map_or(t.len(), |(i, _)| i)..].trim_start_matches(['*', '_', ' ']);
    let Some(rest) = after_name.strip_prefix(':') else { return false };
    let word = rest.trim_start_matches(['*', '_', ' ']).split(|c: char| !c.is_ascii_lowercase()).next().unwrap_or("");
    word.len() >= 2 && is_task_verb(word)
}

/// `Tobi: test the Weblate instance`, `**Lea**: write the start-page note`: a bullet that opens
/// with a person of this file, a colon and a verb of work in its plain form is that person's
/// task (`Per: the table is great`, `Sven: getting started needs …` say something instead).
fn name_colon_verb(doc: &Doc<'_>, _: usize, t: &str) -> Option<Found> {
    let t = t.trim_start();
    // (`Tomas: make 2FA mandatory from May? → agreed`: a proposal asked, no task)
    if !t.starts_with(|c: char| c.is_ascii_uppercase() || c == '*') || !t.contains(':') || t.contains('?') {
        return None;
    }
    let c = NAME_COLON_VERB.captures(t)?;
    let (name, verb) = (&c[1], &c[2]);
    // (`Wim: restore drill #1 ran on Monday`, `Yusuf: fix itself is easy`: a noun, then the
    // sentence's own verb; `Sven: try enabling it, helped us`: advice)
    let reports = c[3].split(|ch: char| !ch.is_alphanumeric()).any(|w| {
        ["is", "are", "was", "were", "ran", "helped", "worked", "went", "did", "had", "has", "looks", "seems"]
            .contains(&w)
    });
    if reports
        || verb == "try"
        || !is_task_verb(verb)
        || NOT_TASK_START.contains(&verb)
        || NOT_VERBS.contains(&verb)
        || meeting_verb(verb, &c[3])
        || NOT_NAMES.contains(&name)
        || !known_person(doc, name)
    {
        return None;
    }
    Some(vec![(vec![name.to_string()], tidy_task(&format!("{verb}{}", &c[3])))])
}
static NAME_COLON_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"^(?:\*\*|__)?([A-Z][a-z]+)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+([a-z][a-z-]*)(\s.*)$")
        .expect("valid regex")
});

/// Whether an item opens with a group of people (`All: …`, `Everyone please …`): the cheap gate
/// in front of [`GROUP_TO_START`] for its spellings without `to`.
pub fn opens_with_group(t: &str) -> bool {
    let first = t.trim_start_matches(|c: char| !c.is_alphanumeric()).split([' ', ':', ',']).next().unwrap_or("");
    ["all", "everyone", "everybody"].iter().any(|g| first.eq_ignore_ascii_case(g))
}

/// `k8s team (VP-05) to take over medium-term`: a team or SIG opening a bullet with its task.
fn group_to_start(_: &Doc<'_>, _: usize, t: &str) -> Option<Found> {
    group_to(t, false)
}

/// [`group_to_start`] on an item, or with `prose` on a line of a paragraph (with `to` only).
fn group_to(t: &str, prose: bool) -> Option<Found> {
    let t = t.trim_start();
    let mut labelled = false;
    let c = match GROUP_TO_START.captures(t) {
        Some(c) => c,
        None => {
            labelled = true;
            // `Demonstrator 2: Team Storage to look into it`: a short label, then the group given
            // its task with `to`/`should` (not `Demo: SIG Docs to present`, a meeting slot)
            let (label, rest) = t.split_once(": ")?;
            let rest = rest.trim_start();
            let head = rest.as_bytes().get(..rest.len().min(30)).unwrap_or_default();
            let grouped = head.windows(4).any(|w| w.eq_ignore_ascii_case(b"team"))
                || head.get(..4).is_some_and(|w| w.eq_ignore_ascii_case(b"sig "));
            if !grouped || label.split_whitespace().count() > 3 || label.contains(['(', '@', '?', '[']) {
                return None;
            }
            let c = GROUP_TO_START.captures(rest)?;
            if c.get(2).is_none() || meeting_verb(&c[5], &c[6]) {
                return None;
            }
            c
        }
    };
    let verb = &c[5];
    // `Team agrees to drop it`: the team's decision, not its task
    let says = c[1].rsplit(' ').next().is_some_and(|w| matches!(w, "agrees" | "agreed" | "decides" | "decided"));
    // `All: <verb> …`, `Everyone please <verb> …`: a work verb must follow (`All: agreed` is none)
    let work_verb = is_task_verb(verb);
    if says || NOT_TASK_START.contains(&verb) || NOT_VERBS.contains(&verb) || c.get(2).is_none() && !work_verb {
        return None;
    }
    if prose && c.get(2).is_none_or(|m| m.as_str() != "to") {
        return None;
    }
    super::group_owner(&c[1])?;
    let task = tidy_task(&format!("{verb}{}", &c[6]));
    // (after a label, the label is the topic: a remark in parentheses closing the task goes)
    let task = match PAREN_GROUP.find_iter(&task).last() {
        Some(m) if labelled && m.end() == task.len() && m.start() > 0 => task[..m.start()].trim_end().to_string(),
        _ => task,
    };
    Some(vec![(vec![c[1].to_string()], task)])
}

/// `Refinement of user stories needed: @a + @b` (see [`NEEDED_COLON_HANDLES`]).
fn needed_by_handles(_: &Doc<'_>, _: usize, t: &str) -> Option<Found> {
    // its people are handles after a colon and a word for what is needed
    if !t.contains('@')
        || !t.contains(':')
        || !["needed", "required", "wanted", "missing", "open"].iter().any(|w| t.contains(w))
    {
        return None;
    }
    let c = NEEDED_COLON_HANDLES.captures(t.trim())?;
    Some(vec![(handles(&c[2]), tidy_task(&c[1]))])
}

/// `Stories TBW b/w @a and @b` (see [`TBW_WITH`]).
fn to_be_written_with_handles(_: &Doc<'_>, _: usize, t: &str) -> Option<Found> {
    // its people are handles
    if !t.contains('@') {
        return None;
    }
    let c = TBW_WITH.captures(t.trim())?;
    // `merged, mail TBW`: the clause that names the work, not the report before it
    let work = match c[1].rsplit_once(", ") {
        Some((_, tail)) if tail.split_whitespace().count() >= 2 => tail,
        _ => &c[1],
    };
    let task = match c.get(3).map(|m| m.as_str().trim()).filter(|r| !r.is_empty()) {
        Some(remark) => format!("{} ({remark})", tidy_task(work)),
        None => tidy_task(work),
    };
    Some(vec![(handles(&c[2]), task)])
}

/// `Estimate: 1 day, delegate to Roman/Michal` under the request it is about: the parent
/// item is the work.
fn delegated_to(doc: &Doc<'_>, idx: usize, t: &str) -> Option<Found> {
    // (`… to <who>` or `<label>: <who>`: the cheap gate in front of the pattern)
    if memchr::memchr(b':', t.as_bytes()).is_none() && super::FIND_TO.find(t.as_bytes()).is_none() {
        return None;
    }
    let c = DELEGATE_TO.captures(t.trim())?;
    // `Could be delegated to …`: a possibility, nobody is tasked
    let before = t[..c.get(0)?.start()].to_lowercase();
    if ["could", "might", "may", "would", "can"].iter().any(|m| before.split_whitespace().any(|w| w == *m)) {
        return None;
    }
    let owners: Vec<String> = c[1]
        .split(['/', ',', '&', '+'])
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().trim_start_matches('@').to_string())
        .filter(|p| !p.is_empty() && !NOT_NAMES.contains(&p.as_str()))
        .collect();
    // `Update the guide, assigned to @a`: the work before it, when it opens with a task verb
    let own = t[..c.get(0)?.start()].trim_end_matches(|ch: char| ch.is_whitespace() || ",;:-–—".contains(ch));
    // `assigned to @a (CI matrix + compat table)`: the work in parentheses after the owners
    if let Some(work) = c.get(2).filter(|_| own.is_empty()) {
        return (!owners.is_empty()).then(|| vec![(owners, tidy_task(work.as_str()))]);
    }
    let task = if own.split_whitespace().count() >= 2 && super::proposes(own) {
        tidy_task(own)
    } else {
        let parent = doc.nodes.get(idx)?.parent.and_then(|p| doc.nodes.get(p))?;
        tidy_task(&PAREN_GROUP.replace_all(&parent.text, ""))
    };
    (!owners.is_empty() && task.split_whitespace().count() >= 2).then(|| vec![(owners, task)])
}

/// `@a takes it, fix + regression test`: see [`TAKES_IT`].
fn takes_it(doc: &Doc<'_>, idx: usize, t: &str) -> Option<Found> {
    if !t.contains('@') || !t.contains("take") && !super::may_take_on(t) {
        return None;
    }
    let c = TAKES_IT.captures(t.trim())?;
    let owners = handles(&c[2]);
    let said = c.get(3).map(|m| m.as_str().trim()).filter(|w| w.split_whitespace().count() >= 2);
    let task = match (said, c.get(1)) {
        (Some(w), _) => tidy_task(w),
        (None, Some(q)) => tidy_task(q.as_str()),
        (None, None) => topic(doc, idx, doc.heading(doc.nodes.get(idx)?)),
    };
    (!owners.is_empty() && !task.is_empty()).then(|| vec![(owners, task)])
}

/// `Jonas: I will update the keyring package`, `**Ruth:** ok, I'll invite them`: a person of this
/// file speaking (a record of who said what) takes on work in the first person.
static SPEAKER_WILL: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"^\W*([A-Z][a-z]+)\s*:\s*(?:(?:ok(?:ay)?|fine|sure|yes|then)[,.]?\s+){0,3}(?:I['’]ll|I will)\s+([a-z][a-z-]*)(.*)$")
        .expect("valid regex")
});

/// [`SPEAKER_WILL`], unless the work is hedged or no task (`I will be there`, `I'll check if …`
/// stays a task).
fn speaker_will(doc: &Doc<'_>, _: usize, t: &str) -> Option<Found> {
    if !t.contains(':') || !super::may_take_on(t) {
        return None;
    }
    let c = SPEAKER_WILL.captures(t.trim())?;
    let (name, verb) = (&c[1], &c[2]);
    if NOT_NAMES.contains(&name) || !is_task_verb(verb) || !known_person(doc, name) {
        return None;
    }
    let task = tidy_task(&format!("{verb}{}", &c[3]));
    Some(vec![(vec![name.to_string()], task)])
}

/// `→ The treasurer is asked to send the reminders`, `@a is asked to …`, `Ilse and Bo are asked
/// to …`, `The events WG is asked to …`: a request that hands the work to its subject (a role is
/// the handle the roster ties it to, `Jonas Berg (@jberg, treasurer)`; see `minutes::roster_ties`).
static ASKED_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"^[\s\-*>=→]*(?:(?i:the)\s+)?({HANDLE_LIST}|[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?|[a-z]+|[\w-]+\s+(?:team|WG|wg|group|committee|board))\s+(?:is|are)\s+(?:kindly\s+)?asked\s+to\s+([a-z][a-z-]*)(.*)$"
    ))
    .expect("valid regex")
});

/// [`ASKED_TO`]: a person of the file, a handle, a role word or a group.
fn asked_to(doc: &Doc<'_>, _: usize, t: &str) -> Option<Found> {
    super::FIND_ASKED_TO.find(t.as_bytes())?;
    let c = ASKED_TO.captures(t.trim())?;
    let (who, verb) = (c[1].trim(), &c[2]);
    if !is_task_verb(verb) && NOT_VERBS.contains(&verb) {
        return None;
    }
    let owners: Vec<String> = if who.starts_with('@') {
        handles(who)
    } else if let Some(g) = super::group_owner(who) {
        vec![g]
    } else if who.chars().next().is_some_and(char::is_uppercase) {
        let names: Vec<&str> = who.split([' ', '&']).filter(|w| !w.is_empty() && *w != "and").collect();
        if names.iter().any(|n| NOT_NAMES.contains(n) || !known_person(doc, n)) {
            return None;
        }
        names.into_iter().map(str::to_string).collect()
    } else {
        // a role (`the treasurer`), kept as the word: the roster may tie it to a handle
        if ["it", "this", "that", "he", "she", "they", "everybody", "everyone", "one"].contains(&who) {
            return None;
        }
        vec![who.to_string()]
    };
    let task = tidy_task(&format!("{verb}{}", &c[3]));
    Some(vec![(owners, task)])
}

/// `announcement in the release notes — needs an owner`: see [`NEEDS_AN_OWNER`].
fn needs_an_owner(doc: &Doc<'_>, idx: usize, t: &str) -> Option<Found> {
    if !super::may_take_on(t) {
        return None;
    }
    // (a card of a backlog that has no owner yet is the board's, not work handed out here)
    if doc.heading(doc.nodes.get(idx)?).to_ascii_lowercase().contains("backlog") {
        return None;
    }
    let c = NEEDS_AN_OWNER.captures(t.trim())?;
    let task = tidy_task(&c[1]);
    (task.split_whitespace().count() >= 2).then(|| vec![(Vec::new(), task)])
}

/// `Release date in the notes (@a)` in a list whose other items hand work to the people in
/// their parentheses (`Mention the new setting (@b)`, `Comment on the versions (@c)`): one
/// more piece of that work, though its words open with no verb.
fn among_assigned(doc: &Doc<'_>, idx: usize, t: &str) -> Option<Found> {
    // its people are handles, in parentheses
    if !t.contains('@') || !t.contains('(') {
        return None;
    }
    let c = PEOPLE_PAREN.captures(t)?;
    let node = doc.nodes.get(idx)?;
    // an agenda names its topics with their presenters
    if AGENDA.is_match(doc.heading(node)) {
        return None;
    }
    let assigned = doc
        .nodes
        .iter()
        .enumerate()
        .skip(idx.saturating_sub(24))
        .take(48)
        .filter(|(j, n)| {
            *j != idx
                && n.kind == Kind::Item
                && n.parent == node.parent
                && n.depth == node.depth
                && n.section == node.section
        })
        .filter(|(_, n)| paren_assignee(&n.text).is_some())
        .count();
    if assigned < 2 {
        return None;
    }
    let task = before_paren(doc, idx, t, &c, c.get(2).map(|m| m.as_str()))?;
    Some(vec![(handles(&c[1]), task)])
}

/// `(@a)` inside an item, not at its end.
static INLINE_PEOPLE: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(&format!(r"\s*\(\s*({HANDLE_LIST})\s*\)")).expect("valid regex"));
/// `Quick start and FAQ need completion`: a few words of work that still need something.
static NEEDS_SOMETHING: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"(?i)^\W*(?:[\w&/-]+\s+){1,5}(?:needs?|requires?)\s+[a-z]+").expect("valid regex"));

/// `Quick start (@a) and FAQ (@b) need completion`: the work still needed, its people in
/// parentheses inside the item.
fn people_inside_need(_: &Doc<'_>, _: usize, t: &str) -> Option<Found> {
    // its people are handles, in parentheses
    if !t.contains('@') || !t.contains('(') {
        return None;
    }
    let t = t.trim();
    let owners: Vec<String> = INLINE_PEOPLE.captures_iter(t).flat_map(|c| handles(&c[1])).collect();
    let last = INLINE_PEOPLE.find_iter(t).last()?;
    if owners.is_empty() || t[last.end()..].trim().is_empty() {
        return None;
    }
    let rest = INLINE_PEOPLE.replace_all(t, "");
    if !NEEDS_SOMETHING.is_match(&rest) || rest.contains('@') {
        return None;
    }
    let mut uniq: Vec<String> = Vec::new();
    for o in owners {
        if !uniq.contains(&o) {
            uniq.push(o);
        }
    }
    Some(vec![(uniq, tidy_task(&rest))])
}

/// `treasurer` with `Jonas Berg (@jberg, treasurer)` in the file: one or two words in small
/// letters that the roster gives a handle as its role (the meeting maps the role to the handle,
/// see `minutes::roster_ties`).
pub(super) fn roster_role(doc: &Doc<'_>, role: &str) -> bool {
    let words = role.split_whitespace().count();
    if !(1..=2).contains(&words) || !role.bytes().all(|c| c.is_ascii_lowercase() || c == b' ') {
        return false;
    }
    let tail = format!(", {role})");
    doc.nodes.iter().any(|n| {
        n.text.contains("(@")
            && n.text.match_indices(&tail).any(|(i, _)| {
                let before = &n.text[..i];
                before.rfind("(@").is_some_and(|o| {
                    let h = &before[o + 2..];
                    !h.is_empty() && h.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
                })
            })
    })
}

/// `AK` with `Anna Kowal (AK, @akowal)` in the file: initials the roster ties to a handle (the
/// meeting maps them to it).
pub(super) fn tied_initials(doc: &Doc<'_>, p: &str) -> bool {
    (2..=3).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_uppercase()) && {
        let tie = format!("({p}, @");
        doc.nodes.iter().any(|n| n.text.contains(&tie))
    }
}

/// A person written in small letters: a nick the roster ties to a handle (`henrik (@hbakk)`), or
/// a person of this file whose name the item writes without its capital (`sunniva` for Sunniva).
pub(super) fn lower_person(doc: &Doc<'_>, p: &str) -> bool {
    if p.len() < 3 || !p.chars().all(|c| c.is_lowercase() && c.is_alphabetic()) {
        return false;
    }
    let nick = format!("{p} (@");
    if doc.nodes.iter().any(|n| n.text.contains(&nick)) {
        return true;
    }
    let mut cs = p.chars();
    let capital: String = cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default();
    known_person(doc, &capital)
}

/// Whether the file shows `name` as a person: a handle that starts with it (`Alex` and
/// `@alexander-d`), or a line of its participants list that names it.
pub(super) fn known_person(doc: &Doc<'_>, name: &str) -> bool {
    let lower = name.to_lowercase();
    if lower.chars().count() < 3 {
        return false;
    }
    // whether each section's heading is a participants heading, read once per section
    let mut participants: Vec<Option<bool>> = vec![None; doc.sections.len()];
    let mut under_participants = |n: &crate::minutes::doc::Node<'_>| {
        let Some(s) = n.section.filter(|&s| s < participants.len()) else {
            return doc.heading_chain(n).next().is_some_and(|h| PARTICIPANTS.is_match(h));
        };
        *participants[s].get_or_insert_with(|| doc.heading_chain(n).next().is_some_and(|h| PARTICIPANTS.is_match(h)))
    };
    // `Participants:` as a line of its own over the list of them
    let mut label_list = false;
    doc.nodes.iter().any(|n| {
        let listed_after_label = match n.kind {
            Kind::Item => label_list,
            // `Date: …` / `Participants:`: the label as the last line of a paragraph (a line
            // that goes on an item does not end the list)
            Kind::Cont => {
                label_list |= opens_people_list(&n.text);
                false
            }
            _ => {
                label_list = opens_people_list(&n.text);
                false
            }
        };
        // (a handle needs its `@`)
        n.text.contains('@') && HANDLE.captures_iter(&n.text).any(|h| h[1].to_lowercase().starts_with(&lower))
            || (n.kind == Kind::Item
                && (listed_after_label || under_participants(n))
                && n.text.split(|c: char| !c.is_alphanumeric()).any(|w| w == name))
            // `- Priya Raman (@praman)`: a name written with its handle
            || (n.text.contains("(@") && named_with_handle(&n.text, name))
            // `@rsandu (Radu Sandu, new!)`: a handle with the name in parentheses after it
            || (n.text.contains(" (") && n.text.contains('@') && named_after_handle(&n.text, name))
            // `Roster: Henrik = @hnrk, …`: a name tied to its handle with `=`
            || (n.text.contains("= @")
                && n.text.match_indices(name).any(|(i, _)| {
                    let after = n.text[i + name.len()..].trim_start();
                    !n.text[..i].chars().next_back().is_some_and(char::is_alphanumeric) && after.starts_with("= @")
                }))
            // `Participants: @a, Dorota, Yuki`: a line that opens with the label
            || (n.text.len() < 600
                && n.text.split_once(':').is_some_and(|(label, names)| {
                    label.len() < 30
                        && people_label(label)
                        && names.split(|c: char| !c.is_alphanumeric()).any(|w| w == name)
                }))
    })
}

/// A short line that is such a label with its colon, over the list that follows
/// (`Participants:`, `Committee guests:`).
fn opens_people_list(t: &str) -> bool {
    let t = t.trim_end();
    t.len() < 40 && t.ends_with(':') && people_label(t)
}

/// A label over a list of people: the participants', or the guests' and the excused
/// (`Committee guests:`, `Apologies:`), who are people of the meeting all the same.
fn people_label(t: &str) -> bool {
    PARTICIPANTS.is_match(t) || PEOPLE_LABEL.is_match(t)
}
static PEOPLE_LABEL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:guests?|gäste|excused|apologies|absent|regrets|entschuldigt|here|remote|vor ort|présents?)\W*$").expect("valid regex")
});

/// Whether `t` writes `name` right after a handle and an opening parenthesis
/// (`@rsandu (Radu Sandu, new!)`).
fn named_after_handle(t: &str, name: &str) -> bool {
    t.match_indices(name).any(|(i, _)| {
        let before = t[..i].trim_end();
        let after_ok = !t[i + name.len()..].starts_with(char::is_alphanumeric);
        before
            .strip_suffix('(')
            .is_some_and(|b| b.trim_end().rsplit(' ').next().is_some_and(|w| w.starts_with('@') && w.len() > 1))
            && after_ok
    })
}

/// `Lucas (@lferreira) — blog post`: whether another line of the file names `name` with a handle
/// (`Lucas Ferreira (@lferreira)` in the roster): then `name` is the person, not the work.
pub(super) fn named_elsewhere(doc: &Doc<'_>, name: &str, line: &str) -> bool {
    doc.nodes.iter().any(|n| n.text.contains("(@") && !n.text.contains(line) && named_with_handle(&n.text, name))
}

/// Whether `t` writes `name` as a word followed by at most two more words and a handle in
/// parentheses (`Priya Raman (@praman)`, `Jonas (@jonas-k)`).
fn named_with_handle(t: &str, name: &str) -> bool {
    t.match_indices(name).any(|(i, _)| {
        let starts_word = !t[..i].chars().next_back().is_some_and(char::is_alphanumeric);
        let after = &t[i + name.len()..];
        let Some(paren) = after.find("(@") else { return false };
        let between = &after[..paren];
        starts_word
            && !after.starts_with(char::is_alphanumeric)
            && between.split_whitespace().count() <= 2
            && between.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'')
    })
}

/// Whether a line names nothing but handles (`@a`, `@a, @b`).
pub fn only_handles(t: &str) -> bool {
    t.contains('@') && ONLY_HANDLES.is_match(t)
}

/// `* License check` followed by a line `-> @a, @b`: (index of the work's node, owners).
/// The work is the item the arrow line continues, or the item right before it. Also
/// `* Ask for another test run` / `    * @a`: a task item whose only sub-item names its owners.
pub fn handles_below_work(doc: &Doc<'_>, idx: usize) -> Option<(usize, Vec<String>)> {
    let node = doc.nodes.get(idx)?;
    if node.kind == Kind::Item {
        return owner_item_below_task(doc, idx);
    }
    if !node.text.contains('@') {
        return None;
    }
    let c = ONLY_HANDLES_AFTER_ARROW.captures(&node.text)?;
    let mut w = idx.checked_sub(1)?;
    while doc.nodes.get(w)?.kind == Kind::Cont {
        w = w.checked_sub(1)?;
    }
    let work = doc.nodes.get(w)?;
    let text = work.text.trim_end();
    // on an agenda the handle below a topic is its presenter, unless the topic sits in a list
    // of work (`Need work:` / `  * License check` / `    -> @a`)
    let in_work = || work.parent.and_then(|p| doc.nodes.get(p)).is_some_and(|p| WORK_LIST.is_match(&p.text));
    // (nor for an issue or pull request listed under a topic: `* Provider issues` / `  * <link to
    // issues/212>: SPOF` / `  -> @a` hands the issue to the handles; a top-level item stays a topic)
    let names_issue =
        || work.parent.is_some() && work.links.iter().any(|l| l.url.contains("/issues/") || l.url.contains("/pull/"));
    if work.kind != Kind::Item
        || text.ends_with('?')
        || text.contains('@')
        || AGENDA.is_match(doc.heading(work)) && !in_work() && !names_issue()
    {
        return None;
    }
    Some((w, handles(&c[1])))
}

/// `* Ask for another test run` / `    * @a`: (index of the task item, owners).
fn owner_item_below_task(doc: &Doc<'_>, idx: usize) -> Option<(usize, Vec<String>)> {
    let node = doc.nodes.get(idx)?;
    if !node.text.contains('@') || !ONLY_HANDLES.is_match(&node.text) {
        return None;
    }
    let p = node.parent?;
    let work = doc.nodes.get(p)?;
    let text = work.text.trim_end();
    let only_child = doc.children(p).filter(|&k| doc.nodes[k].kind == Kind::Item).count() == 1;
    // (on an agenda the handle below a topic is its presenter)
    let on_agenda = AGENDA.is_match(doc.heading(work));
    (work.kind == Kind::Item
        && only_child
        && !on_agenda
        && !text.ends_with('?')
        && !text.contains('@')
        && proposes(text))
    .then(|| (p, handles(&node.text)))
}

/// `Needs further discussion => PR from @a, @b`: the handles deliver the work; the task
/// names it with its topic (the parent item when nested, else the text before the arrow).
pub fn work_from(doc: &Doc<'_>, idx: usize, t: &str) -> Found {
    // every spelling needs an arrow
    if !t.contains('>') && !t.contains('→') {
        return Vec::new();
    }
    let Some(c) = WORK_FROM.captures(t) else { return Vec::new() };
    let (Some(whole), Some(node)) = (c.get(0), doc.nodes.get(idx)) else { return Vec::new() };
    let work = c[1].trim();
    let parent = node.parent.and_then(|p| doc.nodes.get(p)).map(|p| p.text.to_string());
    let ctx = match parent {
        Some(p) => p,
        None => t[..whole.start()].to_string(),
    };
    let ctx = topic_text(&ctx);
    let ctx = ctx.trim_end_matches(['?', '.', ':', ' ']);
    let task = if ctx.is_empty() { work.to_string() } else { format!("{work}: {ctx}") };
    vec![(handles(&c[2]), task)]
}

/// The patterns above, compiled ahead of a parse of many files ([`crate::minutes::warm_up`]).
pub(crate) const WARM: &[fn()] = crate::minutes::warm![
    TAKES_IT,
    PEOPLE_LABEL,
    NAME_COLON_VERB,
    NEEDS_AN_OWNER,
    SPEAKER_WILL,
    ASKED_TO,
    HANDOVER_PAREN,
    PEOPLE_PAREN,
    ONLY_NEEDS_OWNER,
    AGENDA,
    WORK_LIST,
    WORK_FROM,
    ONLY_HANDLES_AFTER_ARROW,
    ONLY_HANDLES,
    STILL_TO_DO,
    NAME_TO_START,
    GROUP_TO_START,
    NEEDED_COLON_HANDLES,
    TBW_WITH,
    DELEGATE_TO,
    INLINE_PEOPLE,
    NEEDS_SOMETHING,
    PLAN_HEADING,
    WORK_KIND,
    PLAN_PAREN,
    WAIT_FOR_TO,
];

/// `Will clarify the term "operator" @a`, `Will ask the vendor, @a, @b`: a promise without its
/// subject, those who make it named at the end (a task verb after `will`).
fn will_then_handle(_: &Doc<'_>, _: usize, t: &str) -> Option<Found> {
    let t = t.trim();
    let (head, rest) = t.split_at_checked(5)?;
    if !head.eq_ignore_ascii_case("will ") {
        return None;
    }
    // the handles that close it, one or a list (`, @a, @b`, `@a and @b`)
    let words: Vec<&str> = rest.split_whitespace().collect();
    let is_handle = |w: &str| w.trim_matches(|c: char| matches!(c, '(' | ')' | '.' | ',')).starts_with('@');
    let tail = words.iter().rev().take_while(|w| is_handle(w) || **w == "and").count();
    let people = &words[words.len() - tail..];
    if tail == 0 || !people.first().is_some_and(|w| is_handle(w)) {
        return None;
    }
    let body = words[..words.len() - tail].join(" ");
    let body = body.trim_end_matches([',', ' ']);
    let verb = body.split_whitespace().next()?;
    let owners = super::handles(&people.join(" "));
    (!owners.is_empty()
        && (owners.len() == 1 || people.iter().any(|w| w.ends_with(',') || *w == "and") || rest.contains(", @"))
        && !body.contains('@')
        && is_task_verb(verb)
        && !meeting_verb(verb, &body[verb.len()..]))
    .then(|| vec![(owners, tidy_task(body))])
}

/// Headings of a plan of work: `Sprint planning`, `Security planning (@a)`, `Backlog`, `Epics`
/// (not `Sprint review & planning`, whose items report the work done too).
static PLAN_HEADING: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"(?i)(?-u:\b)(?:planning|backlog|epics)(?-u:\b)").expect("valid regex"));
/// The kind of a piece of work before its title: `Epic:`, `User Story (research):`, `Story:`,
/// `User-Stories needed:`.
static WORK_KIND: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^\W*(?:epic|user[- ]?stor(?:y|ies)|stor(?:y|ies)|task|feature|spike)(?:\s+needed)?\s*(?:\([^()]{1,20}\))?\s*:\s*")
        .expect("valid regex")
});
/// `… (@a, @b)` closing a piece of work, maybe with a remark after a dash (`… (@a) - we need a
/// convention first`).
static PLAN_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^(.*?\S)\s*\(\s*({HANDLE_LIST})\s*\)\s*(?:[-–—]\s.*)?$")).expect("valid regex")
});

/// `Epic: Harden the storage backend @a`, `Update the hardening guide @b`, `User story
/// (research): token lifecycle (@c)`: an item of a plan of work (under a heading that names a
/// planning, a backlog or epics) closed by its people, who take it on. Its kind is no part of
/// the task; a handle after `with`, `by`, `thanks` is no owner.
fn planned_work(doc: &Doc<'_>, idx: usize, t: &str) -> Option<Found> {
    let t = t.trim();
    let node = doc.nodes.get(idx)?;
    if !t.contains('@') || t.contains('?') {
        return None;
    }
    let heading = doc.heading(node);
    if !PLAN_HEADING.is_match(heading)
        || heading.to_ascii_lowercase().contains("review")
        || t.contains("->")
        || t.contains('→')
    {
        return None;
    }
    // a top-level item of the plan, or one under a piece of work (`Epic: …` / `  User stories
    // needed: … (@a)`; not the scope someone presented, `@a presented the scope:` / `  - LB (@b)`)
    if node.parent.and_then(|p| doc.nodes.get(p)).is_some_and(|p| !WORK_KIND.is_match(&p.text)) {
        return None;
    }
    // the people bare at the end (`… @a`) or in parentheses (`… (@a) - remark`)
    let by = if t.ends_with(|c: char| c.is_alphanumeric()) { &*TRAILING_OWNERS } else { &*PLAN_PAREN };
    let c = by.captures(t)?;
    let owners = handles(&c[2]);
    let work = c.get(1)?.as_str();
    let work = WORK_KIND.find(work).map_or(work, |m| &work[m.end()..]).trim();
    // (`Need to refine the topics together @a, @b`: a statement of what is needed, no work item)
    let first = work.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    if owners.is_empty()
        || ["need", "needs", "we", "should", "must", "there", "it", "this"].contains(&first.as_str())
        || work.contains('@')
        || work.split_whitespace().count() < 2
        || HANDLE_IS_OBJECT.contains(&last_word(work).as_str())
    {
        return None;
    }
    let task = tidy_task(work);
    (!task.is_empty()).then(|| vec![(owners, task)])
}

/// `wait for @a and @b to look into this`, `waiting on @a to review it`: the handles waited for
/// have the task.
static WAIT_FOR_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"(?i)(?-u:\b)wait(?:s|ing|ed)?\s+(?:for|on)\s+({HANDLE_LIST})\s+to\s+([a-z][a-z-]*)(.*)$"
    ))
    .expect("valid regex")
});

/// `Possibly, will wait for @a and @b to look into this`: see [`WAIT_FOR_TO`].
fn waits_for_to(_: &Doc<'_>, _: usize, t: &str) -> Option<Found> {
    if !t.contains("wait") || !t.contains('@') {
        return None;
    }
    let c = WAIT_FOR_TO.captures(t)?;
    let verb = &c[2];
    if !is_task_verb(verb) || NOT_VERBS.contains(&verb) || meeting_verb(verb, &c[3]) {
        return None;
    }
    Some(vec![(handles(&c[1]), tidy_task(&format!("{verb}{}", &c[3])))])
}

/// `how to test it anyway -> ToDo`: a point tagged as a to-do after an arrow, with nobody named.
fn tagged_todo(_: &Doc<'_>, _: usize, t: &str) -> Option<Found> {
    let t = t.trim().trim_end_matches(['.', '!']);
    let (head, tag) = t.rsplit_once(char::is_whitespace)?;
    if !["todo", "to-do", "todos"].iter().any(|w| tag.eq_ignore_ascii_case(w)) {
        return None;
    }
    let head = head.trim_end();
    let head = ["->", "=>", "→"].iter().find_map(|a| head.strip_suffix(a)).map(str::trim_end)?;
    let task = tidy_task(head);
    (task.split_whitespace().count() >= 2 && !task.contains('@')).then(|| vec![(Vec::new(), task)])
}

/// The handles this file lists as its people: written with their `@` in a list or paragraph
/// under a participants heading (`## Who's here`, `### Attendees`), on a line that opens with a
/// people label (`Present: @a, @b`), or tied to a name (`Ilse (@ivandal)`, `@rsandu (Radu)`).
pub(super) fn roster_handles(doc: &Doc<'_>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut participants: Vec<Option<bool>> = vec![None; doc.sections.len()];
    for n in doc.nodes.iter().filter(|n| n.kind != Kind::Heading(1) && n.text.contains('@')) {
        let under = n.section.filter(|&s| s < participants.len()).is_some_and(|s| {
            *participants[s]
                .get_or_insert_with(|| doc.heading_chain(n).next().is_some_and(|h| PARTICIPANTS.is_match(h)))
        });
        let labelled = n.text.split_once(':').is_some_and(|(label, _)| label.len() < 30 && people_label(label));
        for c in HANDLE.captures_iter(&n.text) {
            let (Some(all), Some(h)) = (c.get(0), c.get(1)) else { continue };
            // `Ilse (@ivandal)`, `@rsandu (Radu Sandu)`: a handle tied to a name (not a tag in
            // parentheses: `(@quarantine tag + ticket)`)
            let (before, after) = (&n.text[..all.start()], &n.text[all.end()..]);
            let name_before = before.strip_suffix('(').is_some_and(|b| {
                b.trim_end().rsplit([' ', ',', ':']).next().is_some_and(|w| w.starts_with(char::is_uppercase))
            });
            let name_after = after.trim_start().strip_prefix('(').is_some_and(|a| a.starts_with(char::is_uppercase));
            let h = h.as_str();
            // (`@Mareike_H`: the handle goes on past what the pattern reads)
            let whole = !after.starts_with(['_', '.']) || after[1..].starts_with(|c: char| !c.is_alphanumeric());
            if (under || labelled || name_before || name_after)
                && whole
                && h.len() >= 3
                && !out.iter().any(|o| o == h)
                && out.len() < 200
            {
                out.push(h.to_string());
            }
        }
    }
    out
}
