//! Arbitrary input never panics the schedule engine.

use chrono::{DateTime, NaiveTime, Utc, Weekday};
use proptest::prelude::*;
use scsdash::model::{SourceFile, WeeklySlot};
use scsdash::schedule::*;

fn window() -> (DateTime<Utc>, DateTime<Utc>) {
    let f = |s| DateTime::parse_from_rfc3339(s).expect("ts").with_timezone(&Utc);
    (f("2026-01-01T00:00:00Z"), f("2026-03-01T00:00:00Z"))
}

fn exercise(cals: Vec<Calendar>) {
    let slot = WeeklySlot {
        weekday: Weekday::Wed,
        start: NaiveTime::from_hms_opt(10, 5, 0).expect("t"),
        end: None,
        zone: "CEST".into(),
        team: "Team A".into(),
        coordinator: None,
        note: None,
        effective_from: chrono::NaiveDate::from_ymd_opt(2026, 1, 10).expect("d"),
        path: "x.md".into(),
        line: 1,
        one_off: false,
    };
    let s = Schedule::new(cals, &[slot]);
    let (from, to) = window();
    let _ = s.occurrences(from, to, chrono_tz::America::New_York);
    let _ = s.next_up(from, chrono_tz::UTC);
    let _ = s.to_ics_at(from, to, from);
}

const PIECES: &[&str] = &[
    "BEGIN:VCALENDAR\n",
    "BEGIN:VEVENT\n",
    "END:VEVENT\n",
    "END:VCALENDAR\n",
    "DTSTART:20260105T100000Z\n",
    "DTSTART;TZID=Europe/Berlin:20260329T023000\n",
    "DTSTART;VALUE=DATE:20260131\n",
    "DURATION:PT50M\n",
    "DURATION:P99999999999W\n",
    "DTEND:20250101T000000Z\n",
    "RRULE:FREQ=MONTHLY;BYDAY=-1FR\n",
    "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\n",
    "RRULE:FREQ=SECONDLY\n",
    "RRULE:FREQ=WEEKLY;INTERVAL=0;COUNT=0\n",
    "RRULE:FREQ=DAILY;UNTIL=2026\n",
    "EXDATE:20260105T100000Z,garbage\n",
    "RDATE;VALUE=PERIOD:20260107T100000Z/PT1H\n",
    "RECURRENCE-ID:20260105T100000Z\n",
    "UID:a\n",
    "SUMMARY:x\\,y\n",
    " folded\n",
    ";;:::\n",
    "\u{1b}[2J\n",
    "DTSTART:99991231T235959Z\n",
    "DTSTART:00010101T000000\n",
    "BYDAY=53MO\n",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn ics_pieces_never_panic(idx in proptest::collection::vec(0..PIECES.len(), 0..40)) {
        let text: String = idx.iter().map(|&i| PIECES[i]).collect();
        if let Ok(cal) = parse_ics(&text) {
            exercise(vec![cal]);
        }
    }

    #[test]
    fn ics_random_text_never_panics(text in "\\PC{0,400}") {
        let text = format!("BEGIN:VCALENDAR\nBEGIN:VEVENT\n{text}\nEND:VEVENT\nEND:VCALENDAR\n");
        if let Ok(cal) = parse_ics(&text) {
            exercise(vec![cal]);
        }
    }

    #[test]
    fn yaml_random_never_panics(
        begin in "(2026-0[1-9]-[0-3][0-9]( [0-2][0-9]:[0-5][0-9]:00)?|[0-9:-]{0,12}|99999-01-01)",
        unit in "(days|weeks|months|years|hours|seconds|fortnights)",
        n in -2i64..40,
        until in "(2026-0[1-9]-[0-3][0-9]|x|)",
        dur in "(minutes: 50|days: 2|hours: -3|minutes: 1e30|)",
    ) {
        let y = format!("timezone: Europe/Berlin\nevents:\n  - summary: A\n    begin: {begin}\n    duration: {{{dur}}}\n    repeat:\n      interval: {{{unit}: {n}}}\n      until: {until}\n      except_on: [{begin}, 2026-02-30]\n      also_on: [{until}]\n");
        if let Ok(cal) = load_yaml2ics(&[SourceFile::new("a.yml", y)]) {
            exercise(vec![cal]);
        }
    }

    #[test]
    fn yaml_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(cal) = load_yaml2ics(&[SourceFile::new("main.yml", bytes)]) {
            exercise(vec![cal]);
        }
    }
}
