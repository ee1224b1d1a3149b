//! Cross-meeting views: action items carried from meeting to meeting become
//! one [`TrackedAction`]; tender mentions become [`Tender`] timelines.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use super::tenders::is_funds_wait;
use crate::model::meeting::{
    ActionMention, ActionStatus, Evidence, Meeting, MentionRef, Tender, TenderEvent, TenderStatus, TrackedAction,
};

const STOP: &[&str] = &[
    "the",
    "and",
    "for",
    "with",
    "from",
    "into",
    "onto",
    "that",
    "this",
    "these",
    "those",
    "will",
    "should",
    "shall",
    "can",
    "could",
    "would",
    "about",
    "regarding",
    "also",
    "then",
    "than",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "been",
    "being",
    "not",
    "but",
    "all",
    "any",
    "our",
    "their",
    "its",
    "his",
    "her",
    "you",
    "they",
    "them",
    "who",
    "what",
    "when",
    "where",
    "which",
    "how",
    "why",
    "there",
    "here",
    "some",
    "please",
    "next",
    "week",
    "meeting",
    "until",
    "done",
    "still",
    "see",
    "via",
    "per",
    "out",
];

/// Crude stemming: the first five characters ("creates", "created" -> "creat").
fn stem(w: &str) -> &str {
    match w.char_indices().nth(5) {
        Some((i, _)) => &w[..i],
        None => w,
    }
}

/// Lowercased, punctuation-free text for ids and exact matching.
pub fn normalise(text: &str) -> String {
    // one pass: each alphanumeric character lower-cased (its first lower-case character),
    // every run of other characters one space between words
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        let l = if c.is_ascii() {
            if !c.is_ascii_alphanumeric() {
                gap = true;
                continue;
            }
            c.to_ascii_lowercase()
        } else if c.is_alphanumeric() {
            c.to_lowercase().next().unwrap_or(c)
        } else {
            gap = true;
            continue;
        };
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        out.push(l);
    }
    out
}

/// [`STOP`] as a set.
static STOP_SET: std::sync::LazyLock<HashSet<&'static str>> =
    std::sync::LazyLock::new(|| STOP.iter().copied().collect());

/// Significant word stems (hashed, sorted, unique), for similarity.
pub fn tokens(norm: &str) -> Vec<u64> {
    let mut v: Vec<u64> =
        norm.split(' ').filter(|w| w.len() > 2 && !STOP_SET.contains(w)).map(|w| fnv(stem(w).as_bytes())).collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Size of the intersection of two sorted, unique lists.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Stable short id: FNV-1a 64 of `series \n normalised text`, as 10 hex digits.
pub fn short_id(series: &str, norm: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in series.bytes().chain(std::iter::once(b'\n')).chain(norm.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:010x}", h & 0xff_ffff_ffff)
}

fn owner_key(o: &str) -> String {
    o.trim_start_matches('@').to_lowercase()
}

struct Work {
    series: String,
    norm: String,
    tokens: Vec<u64>,
    owners: Vec<String>,
    /// series-local index of the meeting of the last mention
    last_idx: usize,
    /// global meeting index of the last mention
    last_meeting: usize,
    mentions: Vec<(usize, ActionMention)>,
    /// issue/PR URLs of all mentions
    links: Vec<String>,
}

fn similar(w: &Work, norm: &str, toks: &[u64], owners: &[String], links: &[String], carried: bool) -> Option<f64> {
    if w.norm == norm {
        return Some(2.0);
    }
    let same = |a: &String, b: &String| a.trim_start_matches('@').eq_ignore_ascii_case(b.trim_start_matches('@'));
    let owners_ok =
        (w.owners.is_empty() && owners.is_empty()) || w.owners.iter().any(|a| owners.iter().any(|b| same(a, b)));
    if !owners_ok || w.tokens.is_empty() || toks.is_empty() {
        return None;
    }
    if owners_ok && !links.is_empty() && links.iter().any(|l| w.links.contains(l)) {
        // the same linked issue or PR, the same owner: the same item, however reworded
        return Some(1.5);
    }
    let shared = shared(&w.tokens, toks);
    let score = shared as f64 / w.tokens.len().min(toks.len()) as f64;
    let need = if carried { 0.5 } else { 0.6 };
    (shared >= 2 && score >= need || shared >= 1 && score >= 0.99 && w.tokens.len().min(toks.len()) == 1 && carried)
        .then_some(score)
}

/// Track action items across the meetings of each series. `meetings` must
/// be sorted by date then path (as in [`crate::model::meeting::Minutes`]).
///
/// A mention continues an earlier item of the same series (seen in one of
/// the last 8 meetings, not in this one) when the normalised texts are equal
/// or, with a shared owner, most significant words agree. Status: done when
/// the latest mention says so; dropped when cancelled or when a later regular
/// meeting of the series no longer lists it; open otherwise.
pub fn track_actions(meetings: &[Meeting]) -> Vec<TrackedAction> {
    track_actions_as_of(meetings, None, STALE_AFTER_MEETINGS)
}

/// Meetings of its series without a mention after which an open item is `stale`.
pub const STALE_AFTER_MEETINGS: usize = 3;

/// Days after its series' last meeting (before the as-of day) after which an
/// open item is `stale` too: a series that stopped meeting never gets the
/// silent meetings above, and its items would otherwise stay open for ever.
pub const STALE_SERIES_DAYS: i64 = 180;

/// [`track_actions`] with the day ages are measured to (default: the newest
/// meeting's date) and the number of silent meetings that make an item stale.
///
/// Status from evidence only: `done` when a mention marks it done (the evidence is
/// that mention); `stale` when cancelled or not mentioned in the last `stale_after`
/// meetings of its series; `open` otherwise (the evidence is the last mention).
/// Copies of a meeting (`Meeting::copy_of`) are neither mentions nor meetings.
pub fn track_actions_as_of(meetings: &[Meeting], as_of: Option<NaiveDate>, stale_after: usize) -> Vec<TrackedAction> {
    const WINDOW: usize = 8;
    const MAX_CANDIDATES: usize = 400;
    let mut works: Vec<Work> = Vec::new();
    let mut active: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut series_count: HashMap<&str, usize> = HashMap::new();
    let newest = meetings.iter().filter_map(|m| m.date).max();
    let as_of = as_of.or(newest);
    for (mi, m) in meetings.iter().enumerate() {
        let s = m.series.as_str();
        if m.copy_of.is_some() {
            continue;
        }
        let sidx = {
            let c = series_count.entry(s).or_insert(0);
            *c += 1;
            *c
        };
        let act = active.entry(s).or_default();
        act.retain(|&w| works[w].last_idx + WINDOW >= sidx);
        let mut matched_here: HashSet<usize> = HashSet::new();
        for mention in &m.actions {
            let norm = normalise(&mention.text);
            if norm.is_empty() {
                continue;
            }
            let toks = tokens(&norm);
            let links: Vec<String> = mention
                .links
                .iter()
                .map(|l| l.url.clone())
                .filter(|u| u.contains("/issues/") || u.contains("/pull/"))
                .collect();
            let mut best: Option<(f64, usize)> = None;
            // the most recent candidates only: linear time even for a file
            // with thousands of items
            for &wi in act.iter().rev().take(MAX_CANDIDATES) {
                let w = &works[wi];
                // two mentions in one meeting are two items
                if w.last_meeting == mi || matched_here.contains(&wi) {
                    continue;
                }
                if let Some(score) = similar(w, &norm, &toks, &mention.owners, &links, mention.carried) {
                    // prefer the best score, then the most recent item
                    if best.is_none_or(|(b, bw)| score > b || score == b && works[wi].last_idx > works[bw].last_idx) {
                        best = Some((score, wi));
                    }
                }
            }
            match best {
                Some((_, wi)) => {
                    let w = &mut works[wi];
                    w.norm = norm;
                    w.tokens = toks;
                    for o in &mention.owners {
                        if !w.owners.iter().any(|x| owner_key(x) == owner_key(o)) {
                            w.owners.push(o.clone());
                        }
                    }
                    w.last_idx = sidx;
                    w.last_meeting = mi;
                    for l in links {
                        if !w.links.contains(&l) {
                            w.links.push(l);
                        }
                    }
                    w.mentions.push((mi, mention.clone()));
                    matched_here.insert(wi);
                }
                None => {
                    works.push(Work {
                        series: m.series.clone(),
                        norm,
                        tokens: toks,
                        owners: mention.owners.clone(),
                        last_idx: sidx,
                        last_meeting: mi,
                        mentions: vec![(mi, mention.clone())],
                        links,
                    });
                    let wi = works.len() - 1;
                    act.push(wi);
                    matched_here.insert(wi);
                }
            }
        }
    }

    // meeting indices of each series (copies left out), for staleness
    let mut series_meetings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (mi, m) in meetings.iter().enumerate() {
        if m.copy_of.is_none() {
            series_meetings.entry(m.series.as_str()).or_default().push(mi);
        }
    }
    let mut used_ids: HashSet<String> = HashSet::new();
    let mut out = Vec::with_capacity(works.len());
    for w in works {
        let Some((first_mi, first)) = w.mentions.first() else {
            continue;
        };
        let Some((last_mi, last)) = w.mentions.last() else {
            continue;
        };
        let first_m = &meetings[*first_mi];
        let last_m = &meetings[*last_mi];
        let mut id = short_id(&w.series, &normalise(&first.text));
        if used_ids.contains(&id) {
            id = short_id(&w.series, &format!("{}\n{}:{}", normalise(&first.text), first_m.path, first.line));
        }
        used_ids.insert(id.clone());
        let done_at = w.mentions.iter().find(|(_, mm)| mm.done);
        let silent = series_meetings.get(w.series.as_str()).map_or(0, |v| v.iter().filter(|&&i| i > *last_mi).count());
        // the series' newest meeting up to the as-of day
        let series_last = series_meetings
            .get(w.series.as_str())
            .and_then(|v| v.iter().filter_map(|&i| meetings[i].date).filter(|d| as_of.is_none_or(|a| *d <= a)).max());
        let series_stopped =
            matches!((series_last, as_of), (Some(l), Some(a)) if (a - l).num_days() > STALE_SERIES_DAYS);
        let (status, evidence) = if let Some((dmi, dm)) = done_at {
            (ActionStatus::Done, (*dmi, dm.line))
        } else if last.cancelled || silent >= stale_after.max(1) || series_stopped {
            (ActionStatus::Stale, (*last_mi, last.line))
        } else {
            (ActionStatus::Open, (*last_mi, last.line))
        };
        let mut links: Vec<String> = Vec::new();
        for (_, mm) in &w.mentions {
            for l in &mm.links {
                if !links.contains(&l.url) {
                    links.push(l.url.clone());
                }
            }
        }
        let progress = w.mentions.iter().rev().find_map(|(_, mm)| mm.progress.clone());
        let mut paths: Vec<&str> = w.mentions.iter().map(|(mi, _)| meetings[*mi].path.as_str()).collect();
        paths.dedup();
        out.push(TrackedAction {
            id,
            series: w.series.clone(),
            owners: w.owners.clone(),
            text: first.text.clone(),
            status,
            status_evidence: Some(Evidence { path: meetings[evidence.0].path.clone(), line: evidence.1 }),
            age_days: match (first_m.date, as_of) {
                (Some(f), Some(a)) => Some((a - f).num_days().max(0)),
                _ => None,
            },
            first_seen: first_m.date,
            last_seen: last_m.date,
            meetings: paths.len(),
            progress,
            links,
            mentions: w
                .mentions
                .iter()
                .map(|(mi, mm)| MentionRef {
                    path: meetings[*mi].path.clone(),
                    line: mm.line,
                    date: meetings[*mi].date,
                    text: mm.text.clone(),
                })
                .collect(),
        });
    }
    out
}

/// Build one timeline per tender id, in meeting order. Tenders are sorted
/// open first, then by id.
pub fn tender_timelines(meetings: &[Meeting]) -> Vec<Tender> {
    tender_timelines_as_of(meetings, None, 180)
}

/// [`tender_timelines`] as of a day (default: the newest meeting's date): a tender
/// not yet awarded is `open` when mentioned within `stale_days` before it, else `stale`.
pub fn tender_timelines_as_of(meetings: &[Meeting], as_of: Option<NaiveDate>, stale_days: i64) -> Vec<Tender> {
    let as_of = as_of.or_else(|| meetings.iter().filter_map(|m| m.date).max());
    let mut map: BTreeMap<String, Tender> = BTreeMap::new();
    for m in meetings.iter().filter(|m| m.copy_of.is_none()) {
        for t in &m.tenders {
            let e = map.entry(t.id.clone()).or_insert_with(|| Tender {
                id: t.id.clone(),
                title: None,
                status: TenderStatus::Unknown,
                open: true,
                awardee: None,
                first_seen: m.date,
                last_seen: m.date,
                history: Vec::new(),
                stale: false,
                last_update: None,
                events: Vec::new(),
            });
            let mut status = t.status;
            if status == TenderStatus::Preparing
                && matches!(e.status, TenderStatus::Evaluating | TenderStatus::Decided)
                && is_funds_wait(&t.text)
            {
                status = TenderStatus::Decided;
            }
            // a passing "will start"/"published" after the award is no step back
            let settled = matches!(e.status, TenderStatus::Awarded | TenderStatus::Started | TenderStatus::Finished);
            let back = settled
                && matches!(
                    status,
                    TenderStatus::Preparing | TenderStatus::Open | TenderStatus::Evaluating | TenderStatus::Decided
                )
                || e.status == TenderStatus::Finished
                    && matches!(status, TenderStatus::Awarded | TenderStatus::Started);
            if status != TenderStatus::Unknown && !back {
                e.status = status;
            }
            if e.title.is_none() {
                e.title = t.title.clone();
            }
            // (`Kranich Systems` after `Kranich Systems GmbH`: the same company, its longer name kept)
            let shorter =
                |new: &str| e.awardee.as_deref().is_some_and(|old| old.len() > new.len() && old.starts_with(new));
            if t.awardee.as_deref().is_some_and(|new| !shorter(new)) {
                e.awardee = t.awardee.clone();
            }
            if m.date.is_some() {
                if e.first_seen.is_none() {
                    e.first_seen = m.date;
                }
                e.last_seen = m.date;
            }
            e.open = e.status.is_open();
            let ev = TenderEvent {
                date: m.date,
                path: m.path.clone(),
                line: t.line,
                status,
                event: status.event().to_string(),
                text: t.text.clone(),
            };
            if status != TenderStatus::Unknown {
                e.events.push(ev.clone());
            }
            e.history.push(ev);
        }
    }
    for t in map.values_mut() {
        t.last_update = t.last_seen;
        let recent = match (t.last_seen, as_of) {
            (Some(l), Some(a)) => (a - l).num_days() <= stale_days,
            _ => true,
        };
        let pending = t.status.is_open();
        t.open = pending && recent;
        t.stale = pending && !recent;
    }
    let mut v: Vec<Tender> = map.into_values().collect();
    v.sort_by(|a, b| (!a.open, &a.id).cmp(&(!b.open, &b.id)));
    v
}
