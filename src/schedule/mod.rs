//! The schedule engine: yaml2ics calendars + ICS + the reshuffles announced in
//! the minutes -> every meeting occurrence in the user's display zone.
//!
//! Pure library code: no terminal, no network, no clock (pass `now` in).
//!
//! # Semantics
//! - Recurrences are computed in the event's own zone as wall-clock times
//!   (yaml2ics calendar `timezone`, default Europe/Berlin), then converted.
//! - Nonexistent local times (spring-forward gap) are shifted forward by the
//!   gap (02:30 -> 03:30); ambiguous ones (fall-back) take the earlier instant.
//!   See [`zone::local_to_utc`].
//! - yaml2ics `until: DATE` means `UNTIL=<DATE>T000000` in the event's zone,
//!   exactly as the published `scs.ics`: an occurrence later on that day is
//!   not included. `except_on`/EXDATE occurrences are kept, marked `cancelled`.
//! - Monthly rules by day of month skip months without that day (RFC 5545).

mod ics;
pub mod limits;
pub mod links;
mod recur;
pub mod series;
mod yaml;
pub mod zone;

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc, Weekday};
use chrono_tz::Tz;

pub use crate::model::schedule::{
    ByDay, Calendar, DateSpec, Event, EventDuration, EventZone, Freq, Occurrence, Recurrence,
};
use crate::model::{SourceFile, WeeklySlot};
pub use series::{series_key, team_matches};
use zone::{local_to_utc, parse_tz, parse_zone_label};

/// Errors of the schedule engine.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    /// A zone name that is not an IANA time zone.
    #[error("unknown time zone '{0}'")]
    UnknownTimeZone(String),
    /// `TZ` in the environment names no zone.
    #[error("TZ='{0}' is not a time zone: set TZ to an IANA name such as Europe/Berlin, or pass --tz")]
    BadTzEnv(String),
    /// Nothing in a calendar folder could be used.
    #[error("no usable calendar: {0}")]
    NoCalendar(String),
    /// Text that is not iCalendar at all.
    #[error("not an iCalendar file: {0}")]
    Ics(String),
}

/// Load a yaml2ics calendar folder (paths relative to the folder).
///
/// Entry point: `main.yml` if present, following `include:` relative to the
/// including file; else every top-level `.yml`/`.yaml` file. Missing or
/// cyclic includes, non-calendar YAML (no `events`/`include`, e.g.
/// `communitycall-data.yml`) and broken YAML (with file:line) become notes in
/// [`Calendar::notes`]; other files still load. `Err` only if no file at all
/// is a usable calendar.
pub fn load_yaml2ics(files: &[SourceFile]) -> Result<Calendar, ScheduleError> {
    let mut cal = yaml::load(files)?;
    limits::enforce(&mut cal);
    Ok(cal)
}

/// Parse RFC 5545 text: VEVENTs with DTSTART (TZID, UTC, floating, DATE),
/// DTEND/DURATION, RRULE (FREQ, INTERVAL, COUNT, UNTIL, BYDAY incl. `1MO`/`-1FR`,
/// BYMONTHDAY, BYMONTH, BYSETPOS, WKST), EXDATE, RDATE, RECURRENCE-ID,
/// STATUS:CANCELLED, SUMMARY, UID, DESCRIPTION, LOCATION; unfolds lines and
/// unescapes text. Unsupported parts become notes. `Err` only when the text
/// holds neither a VCALENDAR nor a VEVENT.
pub fn parse_ics(text: &str) -> Result<Calendar, ScheduleError> {
    let mut cal = ics::parse(text)?;
    limits::enforce(&mut cal);
    Ok(cal)
}

/// The display zone: `--tz` > config `timezone` > `TZ` env > system zone > UTC.
/// An unknown name given on the command line or in the config is an error
/// ("unknown time zone 'X'"); an unusable `TZ` or system zone falls through.
pub fn resolve_display_tz(cli: Option<&str>, config: Option<&str>) -> Result<Tz, ScheduleError> {
    let env = std::env::var("TZ").ok();
    let system = iana_time_zone::get_timezone().ok();
    resolve_display_tz_from(cli, config, env.as_deref(), system.as_deref())
}

/// [`resolve_display_tz`] for the command line: a `TZ` that names no zone
/// (and would decide the zone) is an error too, never a silent fallback.
pub fn resolve_display_tz_strict(cli: Option<&str>, config: Option<&str>) -> Result<Tz, ScheduleError> {
    if let Some(bad) = bad_env_tz(cli, config, std::env::var("TZ").ok().as_deref()) {
        return Err(ScheduleError::BadTzEnv(bad));
    }
    resolve_display_tz(cli, config)
}

/// The value of `TZ` when it would decide the display zone but names no
/// zone (the dashboard shows this as a warning).
pub fn bad_env_tz(cli: Option<&str>, config: Option<&str>, env_tz: Option<&str>) -> Option<String> {
    if cli.or(config).is_some() {
        return None;
    }
    let raw = env_tz?.trim();
    let e = raw.trim_start_matches(':');
    let e = e.rsplit_once("zoneinfo/").map(|(_, z)| z).unwrap_or(e);
    (!e.is_empty() && parse_tz(e).is_none()).then(|| crate::text::sanitize_line(raw).into_owned())
}

/// [`resolve_display_tz`] with the environment passed in (for tests).
pub fn resolve_display_tz_from(
    cli: Option<&str>,
    config: Option<&str>,
    env_tz: Option<&str>,
    system: Option<&str>,
) -> Result<Tz, ScheduleError> {
    if let Some(name) = cli.or(config) {
        return parse_tz(name).ok_or_else(|| ScheduleError::UnknownTimeZone(name.to_string()));
    }
    if let Some(e) = env_tz {
        let e = e.trim().trim_start_matches(':');
        let e = e.rsplit_once("zoneinfo/").map(|(_, z)| z).unwrap_or(e);
        if let Some(tz) = parse_tz(e) {
            return Ok(tz);
        }
    }
    if let Some(tz) = system.and_then(parse_tz) {
        return Ok(tz);
    }
    Ok(chrono_tz::UTC)
}

/// How long a weekly slot from the minutes that matches no calendar series is
/// assumed to hold (days), unless a later slot for the same team or a newer
/// calendar series for it ends it earlier.
pub const SLOT_HORIZON_DAYS: u64 = 365;

/// A move of occurrences announced in the minutes.
#[derive(Debug, Clone)]
struct Move {
    /// Applies to occurrences on or after this date (weekly slots).
    from: NaiveDate,
    /// One-off: applies only to the occurrence in the week starting this Monday, moved to `date`.
    one_off: Option<(NaiveDate, NaiveDate)>,
    weekday: Weekday,
    start: NaiveTime,
    duration: Option<EventDuration>,
    tz: Tz,
    note: Option<String>,
    source: String,
    /// The calendar already has this slot (a newer series at the same time):
    /// only the note is attached, nothing moves.
    note_only: bool,
}

#[derive(Debug, Clone)]
struct Item {
    ev: Event,
    uid: String,
    series: String,
    from_calendar: bool,
    moves: Vec<Move>,
}

/// The merged schedule: calendar events plus the minutes' reshuffles.
#[derive(Debug, Clone, Default)]
pub struct Schedule {
    items: Vec<Item>,
    notes: Vec<String>,
}

fn monday_of(d: NaiveDate) -> NaiveDate {
    d.checked_sub_days(Days::new(u64::from(d.weekday().num_days_from_monday()))).unwrap_or(d)
}

fn in_week(monday: NaiveDate, wd: Weekday) -> NaiveDate {
    monday.checked_add_days(Days::new(u64::from(wd.num_days_from_monday()))).unwrap_or(monday)
}

fn slug(s: &str) -> String {
    let w = series::words(s);
    let s = w.join("-");
    if s.is_empty() {
        "event".into()
    } else {
        s.chars().take(48).collect()
    }
}

fn end_instant(zone: Tz, local: NaiveDateTime, start: DateTime<Utc>, d: EventDuration) -> DateTime<Utc> {
    let base = if d.days != 0 {
        match TimeDelta::try_days(d.days).and_then(|t| local.checked_add_signed(t)) {
            Some(l) => local_to_utc(zone, l),
            None => start,
        }
    } else {
        start
    };
    let secs = TimeDelta::try_seconds(d.seconds).unwrap_or(TimeDelta::zero());
    base.checked_add_signed(secs).unwrap_or(base)
}

fn slot_duration(s: &WeeklySlot) -> Option<EventDuration> {
    let end = s.end?;
    let mut secs = (end - s.start).num_seconds();
    if secs <= 0 {
        secs += 86_400;
    }
    Some(EventDuration { days: 0, seconds: secs })
}

impl Schedule {
    /// Merge calendars and minutes slots.
    ///
    /// A weekly slot whose team matches recurring calendar events (loosely:
    /// "Team Container" matches "SCS Team Container", see [`team_matches`])
    /// moves each of their occurrences from `effective_from` on to the slot's
    /// weekday (same Monday-based week) and wall-clock time in the slot's zone;
    /// the calendar's cadence (bi-weekly stays bi-weekly), `until` and
    /// `except_on` are kept. A later slot for the same team supersedes an
    /// earlier one. Only series already running on `effective_from` are
    /// moved: a series the calendar starts later is newer and wins.
    /// A weekly slot matching no running series adds a weekly series from the
    /// first matching day on or after `effective_from`, ended by a later slot
    /// for the same team, by a newer calendar series for the team, or after
    /// [`SLOT_HORIZON_DAYS`].
    /// A one-off slot is one occurrence on the first matching weekday strictly
    /// after `effective_from`: it moves the team's calendar occurrence of that
    /// week if there is one, else it is added. Slot notes are kept;
    /// `changed` is set where the result differs from the calendar.
    pub fn new(calendars: Vec<Calendar>, slots: &[WeeklySlot]) -> Schedule {
        let mut notes = Vec::new();
        let mut items: Vec<Item> = Vec::new();
        for cal in calendars {
            // duplicate UIDs within one calendar (across calendars it is the
            // same event given twice, which `occurrences` lists once)
            let mut seen_uid: HashMap<String, String> = HashMap::new();
            notes.extend(cal.notes);
            for ev in cal.events {
                let uid = match &ev.uid {
                    Some(u) => u.clone(),
                    None => format!("{}-{}@scsdash", slug(&ev.summary), ev.start.format("%Y%m%dT%H%M%S")),
                };
                if ev.uid.is_some() && ev.recurrence_id.is_none() {
                    if let Some(prev) = seen_uid.insert(uid.clone(), ev.source.clone()) {
                        let place = if prev == ev.source {
                            format!("twice in {prev}")
                        } else {
                            format!("in {prev} and {}", ev.source)
                        };
                        notes.push(format!("duplicate UID {uid} {place}: calendar apps may show only one of them"));
                    }
                }
                check_exdates(&ev, &mut notes);
                let series = series_key(&ev.summary, ev.description.as_deref());
                items.push(Item { ev, uid, series, from_calendar: true, moves: Vec::new() });
            }
        }
        let mut sorted: Vec<&WeeklySlot> = slots
            .iter()
            .filter(|s| {
                let ok = limits::date_in_range(s.effective_from);
                if !ok {
                    notes.push(format!(
                        "minutes:{}:{}: slot date {} is outside {}–{}; ignored",
                        s.path,
                        s.line,
                        s.effective_from,
                        limits::MIN_YEAR,
                        limits::MAX_YEAR
                    ));
                }
                ok
            })
            .collect();
        sorted.sort_by(|a, b| (a.effective_from, &a.path, a.line).cmp(&(b.effective_from, &b.path, b.line)));
        let mut slot_items: HashMap<String, usize> = HashMap::new();
        for s in sorted {
            let tz = parse_zone_label(&s.zone).unwrap_or_else(|| {
                notes.push(format!("minutes:{}:{}: unknown zone '{}', read as Europe/Berlin", s.path, s.line, s.zone));
                chrono_tz::Europe::Berlin
            });
            let team_key = series::words(&s.team).join(" ");
            let source = format!("minutes:{}", s.path);
            let same_team: Vec<usize> = items
                .iter()
                .enumerate()
                .filter(|(_, it)| {
                    it.from_calendar && it.ev.recurrence.is_some() && team_matches(&s.team, &it.ev.summary, &it.series)
                })
                .map(|(i, _)| i)
                .collect();
            // only series running when the slot was announced are moved; a series
            // the calendar started later is newer information and wins
            let matched: Vec<usize> =
                same_team.iter().copied().filter(|&i| active_on(&items[i].ev, s.effective_from)).collect();
            let newer_series_start: Option<NaiveDate> =
                same_team.iter().map(|&i| items[i].ev.start.date()).filter(|d| *d > s.effective_from).min();
            let duration = slot_duration(s);
            let mk_move = |one_off| Move {
                from: s.effective_from,
                one_off,
                weekday: s.weekday,
                start: s.start,
                duration,
                tz,
                note: s.note.clone(),
                source: source.clone(),
                note_only: false,
            };
            let default_dur = duration
                .or_else(|| matched.first().map(|&i| items[i].ev.duration))
                .unwrap_or(EventDuration::minutes(50));
            let new_event = |date: NaiveDate, weekly: bool| {
                let mut ev = Event::single(&s.team, date.and_time(s.start), EventZone::Zone(tz), default_dur);
                ev.source = source.clone();
                ev.note = s.note.clone();
                ev.changed = true;
                let mut d = format!("Announced in the minutes {}:{}", s.path, s.line);
                if let Some(c) = &s.coordinator {
                    d.push_str(&format!("\nCoordinator: {c}"));
                }
                ev.description = Some(d);
                if weekly {
                    ev.recurrence = Some(Recurrence::every(Freq::Weekly, 1));
                }
                let series = series_key(&s.team, None);
                let uid = format!("{}-{}@minutes.scsdash", slug(&s.team), date.format("%Y%m%d"));
                Item { ev, uid, series, from_calendar: false, moves: Vec::new() }
            };
            if !s.one_off {
                if let Some(&prev) = slot_items.get(&team_key) {
                    if let Some(r) = items[prev].ev.recurrence.as_mut() {
                        let end = DateSpec::Local(s.effective_from.and_time(NaiveTime::MIN));
                        r.until = Some(match r.until {
                            Some(DateSpec::Local(u)) if u < s.effective_from.and_time(NaiveTime::MIN) => {
                                DateSpec::Local(u)
                            }
                            _ => end,
                        });
                    }
                }
                // a newer calendar series that starts within four weeks at exactly
                // the announced weekday and time confirms the slot: attach its note
                // there, and add nothing for the weeks in between
                let confirmed: Vec<usize> = same_team
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let ev = &items[i].ev;
                        let first = ev.start.date();
                        let soon = s.effective_from.checked_add_days(Days::new(28)).unwrap_or(first);
                        if first <= s.effective_from || first > soon {
                            return false;
                        }
                        let at = local_to_utc(ev.zone.or_display(tz), ev.start).with_timezone(&tz);
                        at.weekday() == s.weekday && at.time() == s.start
                    })
                    .collect();
                for &i in &confirmed {
                    let mut m = mk_move(None);
                    m.note_only = true;
                    items[i].moves.push(m);
                }
                if matched.is_empty() && confirmed.is_empty() {
                    let mut d = s.effective_from;
                    for _ in 0..7 {
                        if d.weekday() == s.weekday {
                            break;
                        }
                        d = d.succ_opt().unwrap_or(d);
                    }
                    let mut it = new_event(d, true);
                    let horizon =
                        s.effective_from.checked_add_days(Days::new(SLOT_HORIZON_DAYS)).unwrap_or(s.effective_from);
                    let end = newer_series_start.map_or(horizon, |n| n.min(horizon));
                    if let Some(r) = it.ev.recurrence.as_mut() {
                        r.until = Some(DateSpec::Local(end.and_time(NaiveTime::MIN)));
                    }
                    items.push(it);
                    slot_items.insert(team_key, items.len() - 1);
                } else {
                    for i in matched {
                        items[i].moves.push(mk_move(None));
                    }
                }
            } else {
                let mut d = s.effective_from.succ_opt().unwrap_or(s.effective_from);
                for _ in 0..7 {
                    if d.weekday() == s.weekday {
                        break;
                    }
                    d = d.succ_opt().unwrap_or(d);
                }
                let monday = monday_of(d);
                let mut candidates = same_team.clone();
                if let Some(&i) = slot_items.get(&team_key) {
                    candidates.push(i);
                }
                let hits: Vec<usize> =
                    candidates.into_iter().filter(|&i| has_live_occurrence_in_week(&items[i].ev, monday)).collect();
                if hits.is_empty() {
                    let it = new_event(d, false);
                    items.push(it);
                } else {
                    for i in hits {
                        items[i].moves.push(mk_move(Some((monday, d))));
                    }
                }
            }
        }
        Schedule { items, notes }
    }

    /// Notes from loading the calendars and merging the slots.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// No events at all (cheap; no expansion), e.g. for an "empty calendar" message.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Whether any event came from a calendar (not only from the minutes' slots).
    pub fn has_calendar(&self) -> bool {
        self.items.iter().any(|it| it.from_calendar)
    }

    /// The merged events (calendar events and series added from the minutes).
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        self.items.iter().map(|it| &it.ev)
    }

    /// Every occurrence *starting* in `[from, to)`, in display zone `tz`,
    /// sorted by start then title. Cancelled occurrences (`except_on`,
    /// EXDATE, STATUS:CANCELLED) are included with `cancelled = true`.
    /// The same occurrence (UID, start, title) from two sources is listed once.
    pub fn occurrences(&self, from: DateTime<Utc>, to: DateTime<Utc>, tz: Tz) -> Vec<Occurrence> {
        let mut out = Vec::new();
        if to <= from {
            return out;
        }
        let mut locals: Vec<NaiveDateTime> = Vec::new();
        for it in &self.items {
            let ev = &it.ev;
            let zone = ev.zone.or_display(tz);
            let margin = TimeDelta::days(if it.moves.is_empty() { 1 } else { 8 });
            let lo = from.with_timezone(&zone).naive_local();
            let lo = lo.checked_sub_signed(margin).unwrap_or(lo);
            let hi = to.with_timezone(&zone).naive_local();
            let hi = hi.checked_add_signed(margin).unwrap_or(hi);
            locals.clear();
            recur::expand(ev, zone, lo, hi, &mut locals);
            if locals.is_empty() {
                continue;
            }
            // Sets, not lists: thousands of EXDATEs cost one lookup per occurrence.
            let hidden = recur::SpecSet::new(&ev.hidden);
            let exdates = recur::SpecSet::new(&ev.exdates);
            for &l in &locals {
                if hidden.matches(l, zone) {
                    continue;
                }
                let cancelled = ev.cancelled || exdates.matches(l, zone);
                let mut local = l;
                let mut z = zone;
                let mut dur = ev.duration;
                let mut note = ev.note.clone();
                let mut source = &ev.source;
                let mut changed = ev.changed;
                let mut moved = false;
                if let Some(m) = self_move(it, l.date(), cancelled).filter(|m| m.note_only) {
                    note = m.note.clone();
                } else if let Some(m) = self_move(it, l.date(), cancelled) {
                    let date = match m.one_off {
                        Some((_, d)) => d,
                        None => in_week(monday_of(l.date()), m.weekday),
                    };
                    let nl = date.and_time(m.start);
                    let nd = m.duration.unwrap_or(ev.duration);
                    changed = changed || nl != l || m.tz != zone || nd != ev.duration;
                    local = nl;
                    z = m.tz;
                    dur = nd;
                    note = m.note.clone();
                    source = &m.source;
                    moved = true;
                }
                let s = local_to_utc(z, local);
                if s < from || s >= to {
                    continue;
                }
                let e = end_instant(z, local, s, dur);
                out.push(Occurrence {
                    title: ev.summary.clone(),
                    uid: it.uid.clone(),
                    series: it.series.clone(),
                    start: s.with_timezone(&tz).fixed_offset(),
                    end: e.with_timezone(&tz).fixed_offset(),
                    tz: tz.name().to_string(),
                    source_start: s.with_timezone(&z).naive_local(),
                    source_tz: z.name().to_string(),
                    cancelled,
                    source: source.clone(),
                    description: ev.description.clone(),
                    location: ev.location.clone(),
                    note,
                    changed,
                    all_day: ev.all_day,
                    floating: ev.zone == EventZone::Floating && !moved,
                });
            }
        }
        out.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.title.cmp(&b.title)).then_with(|| a.uid.cmp(&b.uid)));
        // the same occurrence from two sources (e.g. --calendar-dir and the published --ics)
        out.dedup_by(|b, a| a.uid == b.uid && a.start == b.start && a.title == b.title);
        out
    }

    /// The next meeting for a "next up" display: the earliest non-cancelled
    /// occurrence that has not ended at `now`, i.e. one currently running
    /// (start <= now < end) or else the first starting at or after `now`.
    /// Looks up to about 400 days ahead.
    pub fn next_up(&self, now: DateTime<Utc>, tz: Tz) -> Option<Occurrence> {
        let back = now.checked_sub_signed(TimeDelta::days(7)).unwrap_or(now);
        for ahead in [14, 400] {
            let until = now.checked_add_signed(TimeDelta::days(ahead)).unwrap_or(now);
            let found = self
                .occurrences(back, until, tz)
                .into_iter()
                .filter(|o| !o.cancelled && o.end.with_timezone(&Utc) > now)
                .min_by(|a, b| a.start.cmp(&b.start).then_with(|| a.title.cmp(&b.title)));
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The schedule in `[from, to)` as an iCalendar file: one VEVENT per
    /// (non-cancelled) occurrence, in UTC, CRLF line ends, folded and escaped;
    /// importable by Thunderbird/Outlook and readable again by [`parse_ics`].
    pub fn to_ics(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> String {
        self.to_ics_at(from, to, Utc::now())
    }

    /// [`Schedule::to_ics`] with a fixed DTSTAMP (deterministic output).
    pub fn to_ics_at(&self, from: DateTime<Utc>, to: DateTime<Utc>, dtstamp: DateTime<Utc>) -> String {
        let occ: Vec<Occurrence> =
            self.occurrences(from, to, chrono_tz::UTC).into_iter().filter(|o| !o.cancelled).collect();
        ics::write_occurrences(&occ, dtstamp)
    }
}

/// Is `ev` running on `day`: started on or before it and not ended before it?
fn active_on(ev: &Event, day: NaiveDate) -> bool {
    if ev.start.date() > day {
        return false;
    }
    let Some(r) = &ev.recurrence else {
        return ev.start.date() == day;
    };
    match r.until {
        None => true,
        Some(DateSpec::Local(u)) => u.date() >= day,
        Some(DateSpec::Date(d)) => d >= day,
        Some(DateSpec::Utc(u)) => u.date_naive() >= day,
    }
}

/// The move that applies to the occurrence originally on `date`: a one-off
/// for that week (only for live occurrences), else the latest weekly slot in
/// force whose target day is not before its announcement.
fn self_move(it: &Item, date: NaiveDate, cancelled: bool) -> Option<&Move> {
    if it.moves.is_empty() {
        return None;
    }
    let monday = monday_of(date);
    if !cancelled {
        if let Some(m) = it.moves.iter().rev().find(|m| m.one_off.is_some_and(|(w, _)| w == monday)) {
            return Some(m);
        }
    }
    let m = it.moves.iter().filter(|m| m.one_off.is_none() && m.from <= date).max_by_key(|m| m.from)?;
    (in_week(monday, m.weekday) >= m.from).then_some(m)
}

fn has_live_occurrence_in_week(ev: &Event, monday: NaiveDate) -> bool {
    let zone = ev.zone.or_display(chrono_tz::Europe::Berlin);
    let lo = monday.and_time(NaiveTime::MIN);
    let Some(hi) = lo.checked_add_signed(TimeDelta::days(7) - TimeDelta::seconds(1)) else {
        return false;
    };
    let mut v = Vec::new();
    recur::expand(ev, zone, lo, hi, &mut v);
    v.iter().any(|&l| {
        !ev.cancelled
            && !ev.exdates.iter().any(|x| recur::spec_matches(x, l, zone))
            && !ev.hidden.iter().any(|x| recur::spec_matches(x, l, zone))
    })
}

/// Note `except_on`/EXDATE entries that cancel nothing (a typo'd time or date).
fn check_exdates(ev: &Event, notes: &mut Vec<String>) {
    if ev.recurrence.is_none() || ev.exdates.is_empty() {
        return;
    }
    let zone = ev.zone.or_display(chrono_tz::Europe::Berlin);
    let mut v = Vec::new();
    for x in &ev.exdates {
        let (lo, hi) = match x {
            DateSpec::Local(l) => (*l, *l),
            DateSpec::Date(d) => {
                let l = d.and_time(NaiveTime::MIN);
                (l, l.checked_add_signed(TimeDelta::days(1)).unwrap_or(l))
            }
            DateSpec::Utc(u) => {
                let l = u.with_timezone(&zone).naive_local();
                (
                    l.checked_sub_signed(TimeDelta::hours(3)).unwrap_or(l),
                    l.checked_add_signed(TimeDelta::hours(3)).unwrap_or(l),
                )
            }
        };
        v.clear();
        recur::expand(ev, zone, lo, hi, &mut v);
        if !v.iter().any(|&l| recur::spec_matches(x, l, zone)) {
            let what = match x {
                DateSpec::Local(l) => l.format("%Y-%m-%d %H:%M:%S").to_string(),
                DateSpec::Date(d) => d.to_string(),
                DateSpec::Utc(u) => u.to_rfc3339(),
            };
            notes.push(format!("{}: except_on {what} of '{}' matches no occurrence", ev.source, ev.summary));
        }
    }
}
