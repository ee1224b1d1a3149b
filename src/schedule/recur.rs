//! Recurrence expansion in the event's own wall clock.
//!
//! Every occurrence is computed as a wall-clock time in the event's zone
//! (RFC 5545 semantics: a 14:05 Berlin meeting stays at 14:05 Berlin across
//! the DST switch) and only then converted to an instant.

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, TimeDelta};
use chrono_tz::Tz;

use super::zone::local_to_utc;
use crate::model::schedule::{ByDay, DateSpec, Event, Freq, Recurrence};

/// Upper bound on periods walked per event and query (defends against rules
/// that never produce an occurrence, e.g. BYMONTH=2;BYMONTHDAY=30).
const MAX_PERIODS: u64 = 200_000;
/// Upper bound on occurrences of one event per query.
const MAX_OCCURRENCES: usize = super::limits::MAX_OCCURRENCES_PER_WINDOW;

/// Does occurrence `local` (wall clock in `zone`) match `spec`?
pub(crate) fn spec_matches(spec: &DateSpec, local: NaiveDateTime, zone: Tz) -> bool {
    match spec {
        DateSpec::Local(l) => *l == local,
        DateSpec::Date(d) => *d == local.date(),
        DateSpec::Utc(u) => local_to_utc(zone, local) == *u,
    }
}

/// A set of date specs for fast matching (EXDATE lists can be long).
pub(crate) struct SpecSet {
    local: std::collections::HashSet<NaiveDateTime>,
    dates: std::collections::HashSet<NaiveDate>,
    utc: std::collections::HashSet<chrono::DateTime<chrono::Utc>>,
}

impl SpecSet {
    pub(crate) fn new(specs: &[DateSpec]) -> SpecSet {
        let mut s = SpecSet { local: Default::default(), dates: Default::default(), utc: Default::default() };
        for x in specs {
            match x {
                DateSpec::Local(l) => {
                    s.local.insert(*l);
                }
                DateSpec::Date(d) => {
                    s.dates.insert(*d);
                }
                DateSpec::Utc(u) => {
                    s.utc.insert(*u);
                }
            }
        }
        s
    }

    /// Does any spec match occurrence `local` (wall clock in `zone`)? Same as
    /// [`spec_matches`] over the list.
    pub(crate) fn matches(&self, local: NaiveDateTime, zone: Tz) -> bool {
        self.local.contains(&local)
            || self.dates.contains(&local.date())
            || (!self.utc.is_empty() && self.utc.contains(&local_to_utc(zone, local)))
    }
}

/// The wall-clock time in `zone` of a date spec (dates take `time_of` the event start).
pub(crate) fn spec_to_local(spec: &DateSpec, zone: Tz, start: NaiveDateTime) -> NaiveDateTime {
    match spec {
        DateSpec::Local(l) => *l,
        DateSpec::Date(d) => d.and_time(start.time()),
        DateSpec::Utc(u) => u.with_timezone(&zone).naive_local(),
    }
}

fn beyond_until(until: &Option<DateSpec>, c: NaiveDateTime, zone: Tz) -> bool {
    match until {
        None => false,
        Some(DateSpec::Local(u)) => c > *u,
        Some(DateSpec::Date(d)) => c.date() > *d,
        Some(DateSpec::Utc(u)) => local_to_utc(zone, c) > *u,
    }
}

/// All wall-clock starts of `ev` in `[lo, hi]` (inclusive), sorted, without
/// duplicates; EXDATEs are *not* removed here (the caller marks them cancelled).
pub(crate) fn expand(ev: &Event, zone: Tz, lo: NaiveDateTime, hi: NaiveDateTime, out: &mut Vec<NaiveDateTime>) {
    let first = out.len();
    let start = ev.start;
    match &ev.recurrence {
        None => {
            if start >= lo && start <= hi {
                out.push(start);
            }
        }
        Some(rule) => expand_rule(start, rule, zone, lo, hi, out),
    }
    for r in &ev.rdates {
        let l = spec_to_local(r, zone, start);
        if l >= lo && l <= hi {
            out.push(l);
        }
    }
    let tail = &mut out[first..];
    tail.sort_unstable();
    let mut v: Vec<NaiveDateTime> = out.drain(first..).collect();
    v.dedup();
    out.extend(v);
}

fn month_index(d: NaiveDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month0())
}

fn first_of_month_index(idx: i64) -> Option<NaiveDate> {
    let y = i32::try_from(idx.div_euclid(12)).ok()?;
    let m = u32::try_from(idx.rem_euclid(12)).ok()? + 1;
    NaiveDate::from_ymd_opt(y, m, 1)
}

fn days_in_month(first: NaiveDate) -> u32 {
    match first.checked_add_months(Months::new(1)) {
        Some(next) => (next - first).num_days() as u32,
        None => 31,
    }
}

/// Days of a month selected by BYMONTHDAY / BYDAY (intersection when both),
/// or `default_day` when neither is given. Sorted.
fn month_days(first: NaiveDate, rule: &Recurrence, default_day: u32, out: &mut Vec<NaiveDate>) {
    let n = days_in_month(first);
    let mut days: Vec<u32> = Vec::new();
    if rule.by_month_day.is_empty() && rule.by_day.is_empty() {
        if default_day <= n {
            days.push(default_day);
        }
    } else {
        for d in 1..=n {
            let date = first.with_day(d);
            let Some(date) = date else { continue };
            let md_ok = rule.by_month_day.is_empty()
                || rule
                    .by_month_day
                    .iter()
                    .any(|&md| (md > 0 && md as u32 == d) || (md < 0 && (n as i32 + 1 + md) == d as i32));
            let bd_ok = rule.by_day.is_empty() || rule.by_day.iter().any(|b| day_matches_in(b, date, d, n));
            if md_ok && bd_ok {
                days.push(d);
            }
        }
    }
    for d in days {
        if let Some(date) = first.with_day(d) {
            out.push(date);
        }
    }
}

/// BYDAY entry `b` matches `date` (day `d` of a span of `n` days, same weekday counting).
fn day_matches_in(b: &ByDay, date: NaiveDate, d: u32, n: u32) -> bool {
    if date.weekday() != b.weekday {
        return false;
    }
    match b.nth {
        None => true,
        Some(k) if k > 0 => (d - 1) / 7 + 1 == k as u32,
        Some(k) if k < 0 => (n - d) / 7 + 1 == k.unsigned_abs(),
        _ => false,
    }
}

fn year_days(year: i32, rule: &Recurrence, start: NaiveDate, out: &mut Vec<NaiveDate>) {
    if !rule.by_month.is_empty() {
        let mut months = rule.by_month.clone();
        months.sort_unstable();
        months.dedup();
        for m in months {
            if let Some(first) = NaiveDate::from_ymd_opt(year, m, 1) {
                month_days(first, rule, start.day(), out);
            }
        }
        return;
    }
    if rule.by_day.is_empty() && rule.by_month_day.is_empty() {
        if let Some(d) = NaiveDate::from_ymd_opt(year, start.month(), start.day()) {
            out.push(d);
        }
        return;
    }
    if !rule.by_month_day.is_empty() {
        // BYMONTHDAY (possibly with BYDAY as a filter) in every month
        for m in 1..=12 {
            if let Some(first) = NaiveDate::from_ymd_opt(year, m, 1) {
                month_days(first, rule, start.day(), out);
            }
        }
        return;
    }
    // BYDAY alone in a yearly rule: n-th weekday of the year
    let (Some(jan1), Some(next)) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year + 1, 1, 1))
    else {
        return;
    };
    let n = (next - jan1).num_days() as u32;
    for i in 0..n {
        let Some(date) = jan1.checked_add_days(Days::new(u64::from(i))) else {
            return;
        };
        if rule.by_day.iter().any(|b| day_matches_in(b, date, i + 1, n)) {
            out.push(date);
        }
    }
}

fn apply_set_pos(rule: &Recurrence, cands: &mut Vec<NaiveDate>) {
    if rule.by_set_pos.is_empty() || cands.is_empty() {
        return;
    }
    let n = cands.len() as i32;
    let mut keep: Vec<NaiveDate> = rule
        .by_set_pos
        .iter()
        .filter_map(|&p| {
            let idx = if p > 0 { p - 1 } else { n + p };
            (0..n).contains(&idx).then(|| cands[idx as usize])
        })
        .collect();
    keep.sort_unstable();
    keep.dedup();
    *cands = keep;
}

fn filter_day(rule: &Recurrence, d: NaiveDate) -> bool {
    if !rule.by_month.is_empty() && !rule.by_month.contains(&d.month()) {
        return false;
    }
    true
}

fn expand_rule(
    start: NaiveDateTime,
    rule: &Recurrence,
    zone: Tz,
    lo: NaiveDateTime,
    hi: NaiveDateTime,
    out: &mut Vec<NaiveDateTime>,
) {
    let interval = i64::from(rule.interval.max(1));
    let time = start.time();
    let sdate = start.date();
    let mut emitted: u64 = 0;
    let count = rule.count.map(u64::from);
    // DTSTART is always the first occurrence.
    emitted += 1;
    if start >= lo && start <= hi {
        out.push(start);
    }
    if count.is_some_and(|c| emitted >= c) {
        return;
    }
    let can_jump = count.is_none();
    // returns false when expansion must stop
    let mut take = |c: NaiveDateTime, out: &mut Vec<NaiveDateTime>| -> bool {
        if c <= start {
            return true;
        }
        if beyond_until(&rule.until, c, zone) || c > hi {
            return false;
        }
        emitted += 1;
        if c >= lo {
            out.push(c);
        }
        count.is_none_or(|n| emitted < n) && out.len() < MAX_OCCURRENCES
    };
    let mut cands: Vec<NaiveDate> = Vec::new();
    match rule.freq {
        Freq::Secondly | Freq::Minutely | Freq::Hourly => {
            let unit = match rule.freq {
                Freq::Secondly => 1,
                Freq::Minutely => 60,
                _ => 3600,
            };
            let step = unit * interval;
            let mut k: i64 = 1;
            if can_jump && lo > start {
                k = k.max((lo - start).num_seconds() / step - 1);
            }
            for _ in 0..MAX_PERIODS {
                let Some(c) = start.checked_add_signed(TimeDelta::seconds(step.saturating_mul(k))) else {
                    return;
                };
                if c > hi {
                    return;
                }
                let ok = filter_day(rule, c.date())
                    && (rule.by_day.is_empty() || rule.by_day.iter().any(|b| b.weekday == c.weekday()))
                    && (rule.by_month_day.is_empty() || rule.by_month_day.contains(&(c.day() as i32)));
                if ok && !take(c, out) {
                    return;
                }
                k += 1;
            }
        }
        Freq::Daily => {
            let mut k: i64 = 0;
            if can_jump && lo.date() > sdate {
                k = ((lo.date() - sdate).num_days() / interval - 1).max(0);
            }
            for _ in 0..MAX_PERIODS {
                let Some(d) = sdate.checked_add_signed(TimeDelta::days(interval.saturating_mul(k))) else {
                    return;
                };
                if d > hi.date() {
                    return;
                }
                let ok = filter_day(rule, d)
                    && (rule.by_day.is_empty() || rule.by_day.iter().any(|b| b.weekday == d.weekday()))
                    && (rule.by_month_day.is_empty()
                        || rule.by_month_day.iter().any(|&md| {
                            let n = days_in_month(d.with_day(1).unwrap_or(d)) as i32;
                            md == d.day() as i32 || (md < 0 && n + 1 + md == d.day() as i32)
                        }));
                if ok && !take(d.and_time(time), out) {
                    return;
                }
                k += 1;
            }
        }
        Freq::Weekly => {
            let ws = rule.week_start;
            let back = (7 + sdate.weekday().num_days_from_monday() - ws.num_days_from_monday()) % 7;
            let anchor = sdate.checked_sub_days(Days::new(u64::from(back))).unwrap_or(sdate);
            let mut offsets: Vec<u32> = if rule.by_day.is_empty() {
                vec![back]
            } else {
                rule.by_day
                    .iter()
                    .map(|b| (7 + b.weekday.num_days_from_monday() - ws.num_days_from_monday()) % 7)
                    .collect()
            };
            offsets.sort_unstable();
            offsets.dedup();
            let period = 7 * interval;
            let mut k: i64 = 0;
            if can_jump && lo.date() > anchor {
                k = ((lo.date() - anchor).num_days() / period - 1).max(0);
            }
            for _ in 0..MAX_PERIODS {
                let Some(ps) = anchor.checked_add_signed(TimeDelta::days(period.saturating_mul(k))) else {
                    return;
                };
                if ps > hi.date() {
                    return;
                }
                cands.clear();
                for &o in &offsets {
                    let Some(d) = ps.checked_add_days(Days::new(u64::from(o))) else {
                        return;
                    };
                    if filter_day(rule, d) {
                        cands.push(d);
                    }
                }
                apply_set_pos(rule, &mut cands);
                for &d in &cands {
                    if !take(d.and_time(time), out) {
                        return;
                    }
                }
                k += 1;
            }
        }
        Freq::Monthly => {
            let m0 = month_index(sdate);
            let mut k: i64 = 0;
            if can_jump && lo.date() > sdate {
                k = ((month_index(lo.date()) - m0) / interval - 1).max(0);
            }
            for _ in 0..MAX_PERIODS {
                let Some(first) = first_of_month_index(m0.saturating_add(interval.saturating_mul(k))) else {
                    return;
                };
                if first > hi.date() {
                    return;
                }
                cands.clear();
                if filter_day(rule, first) {
                    month_days(first, rule, sdate.day(), &mut cands);
                }
                apply_set_pos(rule, &mut cands);
                for &d in &cands {
                    if !take(d.and_time(time), out) {
                        return;
                    }
                }
                k += 1;
            }
        }
        Freq::Yearly => {
            let y0 = i64::from(sdate.year());
            let mut k: i64 = 0;
            if can_jump && lo.date() > sdate {
                k = ((i64::from(lo.date().year()) - y0) / interval - 1).max(0);
            }
            for _ in 0..MAX_PERIODS {
                let Ok(y) = i32::try_from(y0.saturating_add(interval.saturating_mul(k))) else {
                    return;
                };
                if y > hi.date().year() || y > 9999 {
                    return;
                }
                cands.clear();
                year_days(y, rule, sdate, &mut cands);
                apply_set_pos(rule, &mut cands);
                for &d in &cands {
                    if !take(d.and_time(time), out) {
                        return;
                    }
                }
                k += 1;
            }
        }
    }
}
