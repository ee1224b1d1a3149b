//! Domain types of the schedule engine: calendars, events, recurrence rules
//! and the occurrences computed from them in a display zone.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Utc, Weekday};
use chrono_tz::Tz;
use serde::Serialize;

/// A parsed calendar (yaml2ics folder or ICS file): its events plus notes on
/// what was skipped or looked odd while reading it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Calendar {
    /// The calendar's `name:` (yaml2ics) or `X-WR-CALNAME` (ICS), if any.
    pub name: Option<String>,
    /// Every event (recurring or single) found.
    pub events: Vec<Event>,
    /// Human-readable notes: skipped files, broken YAML with file:line, unsupported rule parts.
    pub notes: Vec<String>,
}

/// Where an event's wall-clock times live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventZone {
    /// An IANA zone (`Tz::UTC` for times written with `Z`).
    Zone(Tz),
    /// Floating time / all-day dates: read in whatever zone the schedule is displayed in.
    Floating,
}

impl EventZone {
    /// The zone to compute in, given the display zone (used for floating times).
    pub fn or_display(self, display: Tz) -> Tz {
        match self {
            EventZone::Zone(tz) => tz,
            EventZone::Floating => display,
        }
    }
}

/// A length of time as RFC 5545 understands it: `days` are nominal (wall-clock
/// days, 23 or 25 hours across a DST switch), `seconds` are exact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EventDuration {
    /// Nominal days (weeks count as 7 days).
    pub days: i64,
    /// Exact seconds (hours and minutes).
    pub seconds: i64,
}

impl EventDuration {
    /// A duration of exactly `m` minutes.
    pub fn minutes(m: i64) -> Self {
        EventDuration { days: 0, seconds: m * 60 }
    }
}

/// A point in time as written in a calendar, used by `until`, `except_on`/EXDATE,
/// `also_on`/RDATE and RECURRENCE-ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSpec {
    /// Wall clock in the event's own zone.
    Local(NaiveDateTime),
    /// An absolute instant (`...Z` or with an offset).
    Utc(DateTime<Utc>),
    /// A whole day (matches any occurrence starting on that local date).
    Date(NaiveDate),
}

/// Recurrence frequency (RFC 5545 FREQ; yaml2ics `interval` unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freq {
    /// Every N seconds.
    Secondly,
    /// Every N minutes.
    Minutely,
    /// Every N hours.
    Hourly,
    /// Every N days.
    Daily,
    /// Every N weeks.
    Weekly,
    /// Every N months (by day of month unless BYDAY/BYMONTHDAY say otherwise).
    Monthly,
    /// Every N years.
    Yearly,
}

/// One BYDAY entry: a weekday, optionally the n-th in the month/year (`1MO`, `-1FR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByDay {
    /// `Some(1)` first, `Some(-1)` last, `None` every such weekday.
    pub nth: Option<i32>,
    /// The weekday.
    pub weekday: Weekday,
}

/// A recurrence rule (the supported subset of RFC 5545 RRULE).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recurrence {
    /// FREQ.
    pub freq: Freq,
    /// INTERVAL (>= 1).
    pub interval: u32,
    /// COUNT (the first occurrence, DTSTART, counts).
    pub count: Option<u32>,
    /// UNTIL, inclusive: an occurrence starting exactly at UNTIL is included,
    /// one starting later is not (yaml2ics `until: DATE` is `Local(DATE 00:00)`).
    pub until: Option<DateSpec>,
    /// BYDAY.
    pub by_day: Vec<ByDay>,
    /// BYMONTHDAY (negative counts from the month's end).
    pub by_month_day: Vec<i32>,
    /// BYMONTH (1-12).
    pub by_month: Vec<u32>,
    /// BYSETPOS (applied per period).
    pub by_set_pos: Vec<i32>,
    /// WKST (default Monday).
    pub week_start: Weekday,
}

impl Recurrence {
    /// A plain rule: every `interval` units of `freq`, no limits.
    pub fn every(freq: Freq, interval: u32) -> Self {
        Recurrence {
            freq,
            interval: interval.max(1),
            count: None,
            until: None,
            by_day: Vec::new(),
            by_month_day: Vec::new(),
            by_month: Vec::new(),
            by_set_pos: Vec::new(),
            week_start: Weekday::Mon,
        }
    }
}

/// One calendar event: a single meeting or a recurring series.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// SUMMARY / `summary`.
    pub summary: String,
    /// UID / `uid`, if the source gave one.
    pub uid: Option<String>,
    /// DESCRIPTION / `description`.
    pub description: Option<String>,
    /// LOCATION / `location`.
    pub location: Option<String>,
    /// Wall-clock start of the first occurrence in `zone` (midnight for all-day events).
    pub start: NaiveDateTime,
    /// The zone `start` and the recurrence are computed in.
    pub zone: EventZone,
    /// All-day (date-valued) event.
    pub all_day: bool,
    /// Length of each occurrence.
    pub duration: EventDuration,
    /// The recurrence rule, `None` for single events.
    pub recurrence: Option<Recurrence>,
    /// `except_on` / EXDATE: these occurrences are shown as cancelled.
    pub exdates: Vec<DateSpec>,
    /// `also_on` / RDATE: extra occurrences.
    pub rdates: Vec<DateSpec>,
    /// Instances replaced by an ICS RECURRENCE-ID override: removed silently.
    pub hidden: Vec<DateSpec>,
    /// STATUS:CANCELLED: every occurrence is shown as cancelled.
    pub cancelled: bool,
    /// Where it came from: `calendar:team_meetings.yml`, `ics`, `minutes:iaas/20230720.md`.
    pub source: String,
    /// RECURRENCE-ID of an ICS override instance (`None` otherwise).
    pub recurrence_id: Option<DateSpec>,
    /// Note carried over to each occurrence (set for slots from the minutes).
    pub note: Option<String>,
    /// Occurrences are a change announced in the minutes.
    pub changed: bool,
}

impl Event {
    /// A single event with the given title, wall-clock start, zone and duration.
    pub fn single(summary: &str, start: NaiveDateTime, zone: EventZone, duration: EventDuration) -> Self {
        Event {
            summary: summary.to_string(),
            uid: None,
            description: None,
            location: None,
            start,
            zone,
            all_day: false,
            duration,
            recurrence: None,
            exdates: Vec::new(),
            rdates: Vec::new(),
            hidden: Vec::new(),
            cancelled: false,
            source: String::new(),
            recurrence_id: None,
            note: None,
            changed: false,
        }
    }
}

/// One concrete meeting, in the display zone. Serialized as the CLI's JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Occurrence {
    /// The event's summary.
    pub title: String,
    /// The event's UID (a stable generated one when the source had none).
    pub uid: String,
    /// Short series key for colour coding: `container`, `iaas`, `community-meeting`, ...
    pub series: String,
    /// Start in the display zone (RFC 3339 with its offset).
    pub start: DateTime<FixedOffset>,
    /// End in the display zone.
    pub end: DateTime<FixedOffset>,
    /// The display zone's IANA name.
    pub tz: String,
    /// Start as wall clock in the source zone, e.g. `2023-07-26T11:35:00`.
    pub source_start: NaiveDateTime,
    /// The source zone's IANA name (the display zone for floating times).
    pub source_tz: String,
    /// Cancelled by `except_on`/EXDATE or STATUS:CANCELLED (still listed).
    pub cancelled: bool,
    /// `calendar:<file>`, `ics` or `minutes:<file>`.
    pub source: String,
    /// Description text, if any.
    pub description: Option<String>,
    /// Location (often the Jitsi link), if any.
    pub location: Option<String>,
    /// Note from the minutes' reshuffle ("old IAM slot").
    pub note: Option<String>,
    /// Moved or added by a reshuffle in the minutes (differs from the calendar).
    pub changed: bool,
    /// All-day event.
    pub all_day: bool,
    /// Floating time (no zone in the source): shown at the same wall clock in every zone.
    #[serde(skip)]
    pub floating: bool,
}

impl Occurrence {
    /// A zero-length occurrence of `title` at `start` in zone `tz`, from no
    /// calendar and with nothing else set: the probe that checks a `next
    /// --format` template, and test fixtures.
    pub fn plain(title: &str, series: &str, start: DateTime<FixedOffset>, tz: &str) -> Occurrence {
        Occurrence {
            title: title.into(),
            uid: String::new(),
            series: series.into(),
            start,
            end: start,
            tz: tz.into(),
            source_start: start.naive_local(),
            source_tz: tz.into(),
            cancelled: false,
            source: String::new(),
            description: None,
            location: None,
            note: None,
            changed: false,
            all_day: false,
            floating: false,
        }
    }
}
