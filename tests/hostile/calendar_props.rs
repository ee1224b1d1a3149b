//! Property test over whole calendars (ICS and yaml2ics) with arbitrary
//! dates, intervals and rule parts: no panic, and each expansion finishes
//! within a time bound. 64 cases each by default; `HOSTILE_PROPTEST_CASES=N`
//! for a longer run.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use scsdash::model::SourceFile;
use scsdash::schedule::{load_yaml2ics, parse_ics, Calendar, Schedule};

/// Generous for a debug build on a loaded 2-core machine; the caps keep a
/// window's expansion in milliseconds.
const BOUND: Duration = Duration::from_secs(10);

fn cases() -> u32 {
    std::env::var("HOSTILE_PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64)
}

fn year() -> impl Strategy<Value = i64> {
    prop_oneof![
        Just(1),
        Just(1899),
        Just(1900),
        2020i64..2030,
        Just(2200),
        Just(2201),
        Just(9999),
        0i64..100_000,
        Just(-1)
    ]
}

/// `YYYYMMDD` with any month and day numbers (invalid ones included).
fn ics_date() -> impl Strategy<Value = String> {
    (year(), 0u32..14, 0u32..33).prop_map(|(y, m, d)| format!("{y:04}{m:02}{d:02}"))
}

fn ics_datetime() -> impl Strategy<Value = String> {
    (ics_date(), 0u32..25, 0u32..61, prop::bool::ANY)
        .prop_map(|(d, h, mi, z)| format!("{d}T{h:02}{mi:02}00{}", if z { "Z" } else { "" }))
}

fn freq() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "FORTNIGHTLY"])
}

fn byday() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (-60i32..60, prop::sample::select(vec!["MO", "TU", "WE", "TH", "FR", "SA", "SU", "XX"])),
        0..30,
    )
    .prop_map(|v| {
        v.into_iter().map(|(n, d)| if n == 0 { d.to_string() } else { format!("{n}{d}") }).collect::<Vec<_>>().join(",")
    })
}

fn int_list(lo: i64, hi: i64) -> impl Strategy<Value = String> {
    prop::collection::vec(lo..hi, 0..20).prop_map(|v| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","))
}

fn rrule() -> impl Strategy<Value = String> {
    (
        freq(),
        prop_oneof![Just(None), (0u64..5_000_000_000).prop_map(Some)],
        prop_oneof![Just(None), (0u64..100_000).prop_map(Some)],
        prop_oneof![Just(None), ics_datetime().prop_map(Some)],
        byday(),
        int_list(-40, 40),
        int_list(-2, 15),
        int_list(-400, 400),
    )
        .prop_map(|(f, interval, count, until, bd, bmd, bm, bsp)| {
            let mut r = format!("RRULE:FREQ={f}");
            if let Some(i) = interval {
                r.push_str(&format!(";INTERVAL={i}"));
            }
            if let Some(c) = count {
                r.push_str(&format!(";COUNT={c}"));
            }
            if let Some(u) = until {
                r.push_str(&format!(";UNTIL={u}"));
            }
            for (k, v) in [("BYDAY", bd), ("BYMONTHDAY", bmd), ("BYMONTH", bm), ("BYSETPOS", bsp)] {
                if !v.is_empty() {
                    r.push_str(&format!(";{k}={v}"));
                }
            }
            r
        })
}

fn ics_event() -> impl Strategy<Value = String> {
    (
        ics_datetime(),
        prop_oneof![Just(String::new()), rrule()],
        prop::collection::vec(ics_datetime(), 0..6),
        prop::collection::vec(ics_datetime(), 0..3),
        prop_oneof![
            Just("PT50M".to_string()),
            Just("P99999999W".to_string()),
            Just("-PT1H".to_string()),
            (0u64..10_000_000).prop_map(|s| format!("PT{s}S"))
        ],
        prop::sample::select(vec![
            "",
            ";TZID=Europe/Berlin",
            ";TZID=America/New_York",
            ";TZID=Mars/Olympus",
            ";VALUE=DATE",
        ]),
    )
        .prop_map(|(start, rule, ex, rd, dur, tz)| {
            let mut e =
                format!("BEGIN:VEVENT\r\nUID:{start}\r\nSUMMARY:x\r\nDTSTART{tz}:{start}\r\nDURATION:{dur}\r\n");
            if !rule.is_empty() {
                e.push_str(&format!("{rule}\r\n"));
            }
            for x in ex {
                e.push_str(&format!("EXDATE:{x}\r\n"));
            }
            for x in rd {
                e.push_str(&format!("RDATE:{x}\r\n"));
            }
            e.push_str("END:VEVENT\r\n");
            e
        })
}

fn yaml_date() -> impl Strategy<Value = String> {
    (year(), 0u32..14, 0u32..33, 0u32..25, 0u32..61)
        .prop_map(|(y, m, d, h, mi)| format!("{y:04}-{m:02}-{d:02} {h:02}:{mi:02}:00"))
}

fn yaml_event() -> impl Strategy<Value = String> {
    (
        yaml_date(),
        prop::sample::select(vec!["seconds", "minutes", "hours", "days", "weeks", "months", "years", "fortnights"]),
        prop_oneof![(-5i64..60), Just(0), Just(i64::MAX), Just(4_294_967_296)],
        prop_oneof![Just(String::new()), yaml_date().prop_map(|d| d[..10].to_string())],
        prop::collection::vec(yaml_date(), 0..5),
        prop_oneof![Just("minutes: 50"), Just("days: 99999999"), Just("hours: -3"), Just("seconds: 1e30")],
    )
        .prop_map(|(begin, unit, n, until, except, dur)| {
            let mut e = format!("  - summary: x\n    begin: {begin}\n    duration:\n      {dur}\n    repeat:\n      interval:\n        {unit}: {n}\n");
            if !until.is_empty() {
                e.push_str(&format!("      until: {until}\n"));
            }
            if !except.is_empty() {
                e.push_str("      except_on:\n");
                for x in except {
                    e.push_str(&format!("        - {x}\n"));
                }
            }
            e
        })
}

fn window(s: &str, days: i64) -> (DateTime<Utc>, DateTime<Utc>) {
    let from = DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
    (from, from + chrono::Duration::days(days))
}

/// Every expansion the panes and the CLI make, each under the bound.
fn exercise(cal: Calendar) {
    let s = Schedule::new(vec![cal], &[]);
    for (from, days, tz) in [
        ("2026-01-05T00:00:00Z", 7, chrono_tz::Europe::Berlin),
        ("2026-01-01T00:00:00Z", 400, chrono_tz::America::New_York),
        ("1900-01-01T00:00:00Z", 31, chrono_tz::UTC),
        ("2200-12-01T00:00:00Z", 31, chrono_tz::Asia::Kolkata),
    ] {
        let (a, b) = window(from, days);
        let t = Instant::now();
        let occ = s.occurrences(a, b, tz);
        assert!(t.elapsed() < BOUND, "expansion of {days} days from {from} took {:?}", t.elapsed());
        assert!(occ.len() <= 4 * scsdash::schedule::limits::MAX_OCCURRENCES_PER_WINDOW * s.events().count().max(1));
        let t = Instant::now();
        let _ = s.next_up(a, tz);
        let _ = s.to_ics_at(a, b, a);
        assert!(t.elapsed() < 2 * BOUND, "next_up/to_ics took {:?}", t.elapsed());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, .. ProptestConfig::default() })]

    #[test]
    fn whole_ics_calendars_never_panic_and_expand_in_bounded_time(events in prop::collection::vec(ics_event(), 0..6)) {
        let text = format!("BEGIN:VCALENDAR\r\n{}END:VCALENDAR\r\n", events.concat());
        if let Ok(cal) = parse_ics(&text) {
            exercise(cal);
        }
    }

    #[test]
    fn whole_yaml_calendars_never_panic_and_expand_in_bounded_time(events in prop::collection::vec(yaml_event(), 0..6)) {
        let text = format!("timezone: Europe/Berlin\nevents:\n{}", events.concat());
        if let Ok(cal) = load_yaml2ics(&[SourceFile::new("main.yml", text)]) {
            exercise(cal);
        }
    }
}
