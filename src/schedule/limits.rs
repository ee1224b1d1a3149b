//! Limits that keep a hostile calendar from panicking or freezing the
//! engine: dates outside 1900–2200 drop the entry that holds them, long
//! BYxxx lists and EXDATE/RDATE lists are cut, sub-daily rules are capped;
//! each with a note (a warning for the user).

use chrono::{Datelike, NaiveDate};

use crate::model::schedule::{Calendar, DateSpec, Event, Freq};

/// First year a calendar date may have.
pub const MIN_YEAR: i32 = 1900;
/// Last year a calendar date may have.
pub const MAX_YEAR: i32 = 2200;
/// Longest BYDAY/BYMONTHDAY/BYMONTH/BYSETPOS list kept (after removing duplicates).
pub const MAX_BY_LIST: usize = 400;
/// Most EXDATE/RDATE/RECURRENCE-ID entries kept per event.
pub const MAX_DATES_PER_EVENT: usize = 2_000;
/// Most occurrences one event yields in one query window.
pub const MAX_OCCURRENCES_PER_WINDOW: usize = 5_000;

/// Whether a date is inside the supported range.
pub fn date_in_range(d: NaiveDate) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&d.year())
}

fn spec_date(s: &DateSpec) -> NaiveDate {
    match s {
        DateSpec::Local(l) => l.date(),
        DateSpec::Utc(u) => u.date_naive(),
        DateSpec::Date(d) => *d,
    }
}

fn spec_in_range(s: &DateSpec) -> bool {
    date_in_range(spec_date(s))
}

fn label(ev: &Event) -> String {
    let s: String = crate::text::sanitize_line(&ev.summary).chars().take(60).collect();
    if ev.source.is_empty() {
        format!("'{s}'")
    } else {
        format!("{}: '{s}'", crate::text::sanitize_line(&ev.source))
    }
}

/// Apply every limit to a parsed calendar; what was dropped or cut becomes a note.
pub fn enforce(cal: &mut Calendar) {
    let mut notes = Vec::new();
    cal.events.retain_mut(|ev| enforce_event(ev, &mut notes));
    cal.notes.extend(notes);
}

/// Limits for one event; `false` drops it.
fn enforce_event(ev: &mut Event, notes: &mut Vec<String>) -> bool {
    let range = format!("outside {MIN_YEAR}–{MAX_YEAR}");
    if !date_in_range(ev.start.date()) {
        notes.push(format!("{}: start {} is {range}; event dropped", label(ev), ev.start.date()));
        return false;
    }
    if let Some(u) = ev.recurrence.as_ref().and_then(|r| r.until.as_ref()) {
        if !spec_in_range(u) {
            notes.push(format!("{}: until {} is {range}; event dropped", label(ev), spec_date(u)));
            return false;
        }
    }
    if let Some(r) = &ev.recurrence_id {
        if !spec_in_range(r) {
            notes.push(format!("{}: RECURRENCE-ID {} is {range}; event dropped", label(ev), spec_date(r)));
            return false;
        }
    }
    for (what, list) in [("except_on", &mut ev.exdates), ("also_on", &mut ev.rdates), ("override", &mut ev.hidden)] {
        let before = list.len();
        let first_bad = list.iter().find(|s| !spec_in_range(s)).map(spec_date);
        list.retain(spec_in_range);
        if let Some(d) = first_bad {
            notes.push(format!(
                "{}: {} {what} date(s) {range} dropped (first: {d})",
                label_of(&ev.summary, &ev.source),
                before - list.len()
            ));
        }
        if list.len() > MAX_DATES_PER_EVENT {
            list.sort_by_key(spec_date);
            list.dedup();
        }
        if list.len() > MAX_DATES_PER_EVENT {
            notes.push(format!(
                "{}: {} {what} dates; only the first {MAX_DATES_PER_EVENT} are used",
                label_of(&ev.summary, &ev.source),
                list.len()
            ));
            list.truncate(MAX_DATES_PER_EVENT);
        }
    }
    let lbl = label(ev);
    if let Some(r) = ev.recurrence.as_mut() {
        r.interval = r.interval.max(1);
        let mut cut = Vec::new();
        cap_list(&mut r.by_day, "BYDAY", &mut cut);
        cap_list(&mut r.by_month_day, "BYMONTHDAY", &mut cut);
        cap_list(&mut r.by_month, "BYMONTH", &mut cut);
        cap_list(&mut r.by_set_pos, "BYSETPOS", &mut cut);
        for c in cut {
            notes.push(format!("{lbl}: {c}"));
        }
        let per_day = match r.freq {
            Freq::Secondly => 86_400 / u64::from(r.interval),
            Freq::Minutely => 1_440 / u64::from(r.interval),
            Freq::Hourly => 24 / u64::from(r.interval),
            _ => 0,
        };
        if per_day > 24 {
            notes.push(format!(
                "{lbl}: repeats about {per_day} times a day; at most {MAX_OCCURRENCES_PER_WINDOW} occurrences are shown per view"
            ));
        }
    }
    true
}

fn label_of(summary: &str, source: &str) -> String {
    let s: String = crate::text::sanitize_line(summary).chars().take(60).collect();
    if source.is_empty() {
        format!("'{s}'")
    } else {
        format!("{}: '{s}'", crate::text::sanitize_line(source))
    }
}

/// Remove duplicates (keeping the first of each) and cut to [`MAX_BY_LIST`].
fn cap_list<T: PartialEq + Clone>(list: &mut Vec<T>, name: &str, notes: &mut Vec<String>) {
    if list.len() <= 16 {
        let mut out: Vec<T> = Vec::with_capacity(list.len());
        for x in list.drain(..) {
            if !out.contains(&x) {
                out.push(x);
            }
        }
        *list = out;
        return;
    }
    let before = list.len();
    let mut out: Vec<T> = Vec::new();
    for x in list.drain(..) {
        if out.len() >= MAX_BY_LIST {
            break;
        }
        // Distinct values of these lists are few (≤ 742 BYDAY, ≤ 62 BYMONTHDAY, …):
        // a linear check over at most MAX_BY_LIST kept values is cheap.
        if !out.contains(&x) {
            out.push(x);
        }
    }
    if before > MAX_BY_LIST {
        notes.push(format!("{name} has {before} values; only {} distinct ones are used", out.len()));
    }
    *list = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::schedule::{EventDuration, EventZone, Recurrence};

    fn ev(y: i32) -> Event {
        let start = NaiveDate::from_ymd_opt(y, 1, 5).unwrap().and_hms_opt(10, 0, 0).unwrap();
        Event::single("x", start, EventZone::Floating, EventDuration::minutes(30))
    }

    #[test]
    fn out_of_range_entries_are_dropped_with_a_note() {
        let mut far = ev(2026);
        far.recurrence = Some(Recurrence::every(Freq::Weekly, 1));
        far.recurrence.as_mut().unwrap().until = Some(DateSpec::Date(NaiveDate::MAX));
        let mut ex = ev(2026);
        ex.exdates = vec![DateSpec::Date(NaiveDate::MIN), DateSpec::Date(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap())];
        let mut cal = Calendar { name: None, events: vec![ev(1899), ev(2201), far, ex, ev(2026)], notes: vec![] };
        enforce(&mut cal);
        assert_eq!(cal.events.len(), 2);
        assert_eq!(cal.events[0].exdates.len(), 1);
        assert_eq!(cal.notes.len(), 4, "{:?}", cal.notes);
    }

    #[test]
    fn long_lists_are_cut() {
        let mut e = ev(2026);
        let mut r = Recurrence::every(Freq::Secondly, 1);
        r.by_month_day = (0..100_000).map(|i| (i % 61) - 30).collect();
        e.recurrence = Some(r);
        let mut cal = Calendar { name: None, events: vec![e], notes: vec![] };
        enforce(&mut cal);
        assert!(cal.events[0].recurrence.as_ref().unwrap().by_month_day.len() <= 61);
        assert!(cal.notes.iter().any(|n| n.contains("times a day")), "{:?}", cal.notes);
    }
}
