//! Schedule engine: recurrence, zones across DST, ICS in/out, minutes slots, CLI output.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use scsdash::cli::schedule::schedule_output;
use scsdash::model::{SourceFile, WeeklySlot};
use scsdash::schedule::*;

const TEAM_YML: &str = include_str!("fixtures/schedule/team.yml");
const TEAM_ICS: &str = include_str!("fixtures/schedule/team_published.ics");
const RFC_ICS: &str = include_str!("fixtures/schedule/rfc_features.ics");

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("test timestamp").with_timezone(&Utc)
}

fn tz(name: &str) -> Tz {
    name.parse().expect("zone")
}

fn team_calendar() -> Calendar {
    load_yaml2ics(&[SourceFile::new("team.yml", TEAM_YML)]).expect("fixture loads")
}

fn team_schedule() -> Schedule {
    Schedule::new(vec![team_calendar()], &[])
}

fn of<'a>(occ: &'a [Occurrence], title: &str) -> Vec<&'a Occurrence> {
    occ.iter().filter(|o| o.title == title).collect()
}

/// (UTC start, cancelled) pairs, for compact assertions.
fn starts(occ: &[&Occurrence]) -> Vec<(String, bool)> {
    occ.iter().map(|o| (o.start.with_timezone(&Utc).format("%Y-%m-%dT%H:%MZ").to_string(), o.cancelled)).collect()
}

fn year_2026() -> (DateTime<Utc>, DateTime<Utc>) {
    (utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"))
}

#[test]
fn weekly_series_with_until_and_except_on() {
    let (from, to) = year_2026();
    let occ = team_schedule().occurrences(from, to, tz("Europe/Berlin"));
    let alpha = of(&occ, "Team Alpha Meeting");
    assert_eq!(alpha.len(), 12, "Jan 7 .. Mar 25; Apr 1 excluded by until");
    assert_eq!(alpha[0].start.to_rfc3339(), "2026-01-07T11:35:00+01:00");
    let last = alpha.last().expect("some");
    assert_eq!(last.start.to_rfc3339(), "2026-03-25T11:35:00+01:00");
    assert!(!occ.iter().any(|o| o.title == "Team Alpha Meeting" && o.start.date_naive().to_string() == "2026-04-01"));
    let cancelled: Vec<String> =
        alpha.iter().filter(|o| o.cancelled).map(|o| o.start.date_naive().to_string()).collect();
    assert_eq!(cancelled, ["2026-02-18", "2026-03-04"], "datetime and date-only except_on");
    assert_eq!(alpha[0].series, "alpha", "series from the minutes link");
    assert_eq!(alpha[0].source, "calendar:team.yml");
    assert_eq!(alpha[0].source_tz, "Europe/Berlin");
    assert_eq!(alpha[0].end.to_rfc3339(), "2026-01-07T12:25:00+01:00");
    assert_eq!(alpha[0].location.as_deref(), Some("https://conf.example.org/alpha"));
}

#[test]
fn biweekly_series_until_day_and_also_on() {
    let (from, to) = year_2026();
    let occ = team_schedule().occurrences(from, to, tz("UTC"));
    let beta = of(&occ, "Team Beta Meeting");
    assert_eq!(
        starts(&beta),
        vec![
            ("2026-01-09T08:05Z".to_string(), false),
            ("2026-01-23T08:05Z".to_string(), false),
            ("2026-02-06T08:05Z".to_string(), true), // quoted except_on with a comment
            ("2026-02-20T08:05Z".to_string(), false),
            ("2026-03-06T08:05Z".to_string(), false),
            ("2026-03-20T08:05Z".to_string(), false), // until-day excluded, but also_on adds it back
        ]
    );
}

#[test]
fn monthly_series_skips_short_months() {
    let (from, to) = year_2026();
    let occ = team_schedule().occurrences(from, to, tz("Europe/Berlin"));
    let m = of(&occ, "Monthly Review");
    let got: Vec<(String, bool)> = m.iter().map(|o| (o.start.to_rfc3339(), o.cancelled)).collect();
    assert_eq!(
        got,
        vec![
            ("2026-01-31T14:00:00+01:00".to_string(), false),
            ("2026-03-31T14:00:00+02:00".to_string(), false),
            ("2026-05-31T14:00:00+02:00".to_string(), true),
            ("2026-07-31T14:00:00+02:00".to_string(), false),
        ],
        "no Feb/Apr/Jun 31st; Aug 31 excluded by until"
    );
}

#[test]
fn nonexistent_local_time_shifts_forward() {
    let occ =
        team_schedule().occurrences(utc("2026-03-28T00:00:00Z"), utc("2026-03-30T00:00:00Z"), tz("Europe/Berlin"));
    let w = of(&occ, "Night Workshop");
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].start.to_rfc3339(), "2026-03-29T03:30:00+02:00");
    assert_eq!(w[0].start.with_timezone(&Utc).to_rfc3339(), "2026-03-29T01:30:00+00:00");
    assert_eq!(w[0].end.to_rfc3339(), "2026-03-29T04:30:00+02:00");
    assert_eq!(w[0].source_start.to_string(), "2026-03-29 03:30:00");
}

#[test]
fn ambiguous_local_time_takes_the_earlier_instant() {
    let yml = "timezone: Europe/Berlin\nevents:\n  - summary: Late\n    begin: 2026-10-24 02:30:00\n    duration: {minutes: 30}\n    repeat:\n      interval: {days: 1}\n      until: 2026-10-27\n";
    let cal = load_yaml2ics(&[SourceFile::new("late.yml", yml)]).expect("loads");
    let occ =
        Schedule::new(vec![cal], &[]).occurrences(utc("2026-10-23T00:00:00Z"), utc("2026-10-28T00:00:00Z"), tz("UTC"));
    let got: Vec<String> = occ.iter().map(|o| o.start.format("%m-%dT%H:%M").to_string()).collect();
    // Oct 24 CEST, Oct 25 02:30 happens twice: the first (CEST) wins, Oct 26 CET
    assert_eq!(got, ["10-24T00:30", "10-25T00:30", "10-26T01:30"]);
    // 30 minutes exactly, even across the fold
    assert_eq!((occ[1].end - occ[1].start).num_minutes(), 30);
}

/// A weekly Wednesday 11:35 Berlin meeting, seen from six zones across the
/// US (Mar 8 / Nov 1), EU (Mar 29 / Oct 25) and Australian (Apr 5 / Oct 4) switches.
#[test]
fn display_zones_across_dst_weeks() {
    let yml = "timezone: Europe/Berlin\nevents:\n  - summary: Wed\n    begin: 2026-03-04 11:35:00\n    duration: {minutes: 50}\n    repeat:\n      interval: {weeks: 1}\n      until: 2026-12-31\n";
    let sched = Schedule::new(vec![load_yaml2ics(&[SourceFile::new("w.yml", yml)]).expect("loads")], &[]);
    let zones = ["America/New_York", "America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney", "Europe/London", "UTC"];
    // expected local start per zone (checked independently with Python zoneinfo)
    let expect: &[(&str, [&str; 6])] = &[
        ("2026-03-04", ["05:35-05:00", "02:35-08:00", "16:05+05:30", "21:35+11:00", "10:35+00:00", "10:35+00:00"]),
        ("2026-03-11", ["06:35-04:00", "03:35-07:00", "16:05+05:30", "21:35+11:00", "10:35+00:00", "10:35+00:00"]),
        ("2026-03-25", ["06:35-04:00", "03:35-07:00", "16:05+05:30", "21:35+11:00", "10:35+00:00", "10:35+00:00"]),
        ("2026-04-01", ["05:35-04:00", "02:35-07:00", "15:05+05:30", "20:35+11:00", "10:35+01:00", "09:35+00:00"]),
        ("2026-04-08", ["05:35-04:00", "02:35-07:00", "15:05+05:30", "19:35+10:00", "10:35+01:00", "09:35+00:00"]),
        ("2026-10-21", ["05:35-04:00", "02:35-07:00", "15:05+05:30", "20:35+11:00", "10:35+01:00", "09:35+00:00"]),
        ("2026-10-28", ["06:35-04:00", "03:35-07:00", "16:05+05:30", "21:35+11:00", "10:35+00:00", "10:35+00:00"]),
        ("2026-11-04", ["05:35-05:00", "02:35-08:00", "16:05+05:30", "21:35+11:00", "10:35+00:00", "10:35+00:00"]),
    ];
    for (zi, zname) in zones.iter().enumerate() {
        let z = tz(zname);
        let occ = sched.occurrences(utc("2026-03-01T00:00:00Z"), utc("2026-11-10T00:00:00Z"), z);
        for (date, per_zone) in expect {
            let o = occ
                .iter()
                .find(|o| o.source_start.date().to_string() == *date)
                .unwrap_or_else(|| panic!("{date} missing in {zname}"));
            assert_eq!(o.start.format("%H:%M%:z").to_string(), per_zone[zi], "{date} in {zname}");
            assert_eq!(o.tz, *zname);
            assert_eq!(o.source_start.time(), NaiveTime::from_hms_opt(11, 35, 0).expect("time"));
            assert_eq!((o.end - o.start).num_minutes(), 50);
        }
    }
}

#[test]
fn occurrences_are_sorted_and_window_is_half_open() {
    let sched = team_schedule();
    let occ = sched.occurrences(utc("2026-01-07T10:35:00Z"), utc("2026-01-14T10:35:00Z"), tz("UTC"));
    // starts exactly at `from` included, exactly at `to` excluded
    let alpha = of(&occ, "Team Alpha Meeting");
    assert_eq!(alpha.len(), 1);
    assert_eq!(alpha[0].start.date_naive().to_string(), "2026-01-07");
    let all = sched.occurrences(utc("2026-01-01T00:00:00Z"), utc("2026-12-31T00:00:00Z"), tz("UTC"));
    assert!(all.windows(2).all(|w| (w[0].start, &w[0].title) <= (w[1].start, &w[1].title)));
    assert!(sched.occurrences(utc("2026-02-01T00:00:00Z"), utc("2026-01-01T00:00:00Z"), tz("UTC")).is_empty());
}

#[test]
fn all_day_event_is_a_date_in_every_zone() {
    let occ =
        team_schedule().occurrences(utc("2026-05-20T00:00:00Z"), utc("2026-05-23T00:00:00Z"), tz("America/New_York"));
    let s = of(&occ, "Summit");
    assert_eq!(s.len(), 1);
    assert!(s[0].all_day);
    assert_eq!(s[0].start.to_rfc3339(), "2026-05-21T00:00:00-04:00");
    assert_eq!(s[0].end.to_rfc3339(), "2026-05-22T00:00:00-04:00");
}

#[test]
fn yaml2ics_calendar_matches_its_published_ics() {
    let (from, to) = year_2026();
    let from_yaml = team_schedule();
    let from_ics = Schedule::new(vec![parse_ics(TEAM_ICS).expect("ics parses")], &[]);
    for zone in ["Europe/Berlin", "America/New_York", "Asia/Kolkata"] {
        let a = from_yaml.occurrences(from, to, tz(zone));
        let b = from_ics.occurrences(from, to, tz(zone));
        let key = |o: &Occurrence| (o.title.clone(), o.start, o.end, o.cancelled, o.uid.clone(), o.source_tz.clone());
        assert_eq!(a.iter().map(key).collect::<Vec<_>>(), b.iter().map(key).collect::<Vec<_>>(), "{zone}");
        assert!(a.len() > 20);
    }
    let alpha = of(&from_yaml.occurrences(from, to, tz("UTC")), "Team Alpha Meeting")[0].description.clone();
    let alpha_ics = of(&from_ics.occurrences(from, to, tz("UTC")), "Team Alpha Meeting")[0].description.clone();
    assert_eq!(alpha, alpha_ics, "folded, escaped DESCRIPTION");
}

#[test]
fn ics_rfc_features() {
    let cal = parse_ics(RFC_ICS).expect("parses");
    let sched = Schedule::new(vec![cal], &[]);
    let occ = sched.occurrences(utc("2024-01-01T00:00:00Z"), utc("2029-01-01T00:00:00Z"), tz("UTC"));
    let first_monday = starts(&of(&occ, "First Monday"));
    assert_eq!(
        first_monday.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(),
        ["2026-01-05T14:00Z", "2026-02-02T14:00Z", "2026-03-02T14:00Z", "2026-04-06T13:00Z"],
        "BYDAY=1MO, COUNT=4, in New York time across the US switch"
    );
    let last_friday = starts(&of(&occ, "Last Friday"));
    assert_eq!(
        last_friday,
        vec![
            ("2026-01-30T14:00Z".to_string(), false),
            ("2026-02-27T14:00Z".to_string(), false),
            ("2026-03-27T14:00Z".to_string(), true),
            ("2026-04-24T13:00Z".to_string(), false),
            ("2026-05-29T13:00Z".to_string(), false),
            ("2026-06-26T13:00Z".to_string(), false),
        ]
    );
    assert_eq!(of(&occ, "Last Friday")[0].description, None, "VALARM properties do not leak");
    let r = of(&occ, "Review, part 1; notes \\ more");
    assert_eq!(r.len(), 1, "escaped SUMMARY");
    assert_eq!(
        r[0].description.as_deref(),
        Some("Line one\nLine two with a long text that is folded over several physical lines as RFC 5545 allows")
    );
    assert_eq!(r[0].end.to_rfc3339(), "2026-02-10T13:00:00+00:00");
    assert_eq!(r[0].location.as_deref(), Some("Room 1"));
    let daily = starts(&of(&occ, "Every other day"));
    assert_eq!(
        daily,
        vec![
            ("2026-03-01T07:00Z".to_string(), false),
            ("2026-03-03T07:00Z".to_string(), true),
            ("2026-03-05T07:00Z".to_string(), false),
            ("2026-03-10T07:00Z".to_string(), false), // RDATE
        ]
    );
    let tuth: Vec<String> = of(&occ, "Tue and Thu").iter().map(|o| o.start.date_naive().to_string()).collect();
    assert_eq!(tuth, ["2026-03-03", "2026-03-05", "2026-03-10", "2026-03-12"]);
    let movable: Vec<String> = occ
        .iter()
        .filter(|o| o.uid == "moved@example.org")
        .map(|o| format!("{} {}", o.start.format("%m-%dT%H:%M"), o.cancelled))
        .collect();
    assert_eq!(movable, ["03-02T09:00 false", "03-10T10:00 false", "03-16T09:00 false"], "RECURRENCE-ID override");
    let leap: Vec<String> = of(&occ, "Leap day").iter().map(|o| o.start.date_naive().to_string()).collect();
    assert_eq!(leap, ["2024-02-29", "2028-02-29"]);
    let off = of(&occ, "Called off");
    assert!(off.len() == 1 && off[0].cancelled, "STATUS:CANCELLED");
    // floating and all-day values follow the display zone
    let in_kolkata = sched.occurrences(utc("2026-02-01T00:00:00Z"), utc("2026-02-20T00:00:00Z"), tz("Asia/Kolkata"));
    assert_eq!(of(&in_kolkata, "Floating")[0].start.to_rfc3339(), "2026-02-11T10:00:00+05:30");
    let two = of(&in_kolkata, "Two days");
    assert_eq!(two[0].start.to_rfc3339(), "2026-02-14T00:00:00+05:30");
    assert_eq!(two[0].end.to_rfc3339(), "2026-02-16T00:00:00+05:30");
}

#[test]
fn ics_garbage_is_an_error_or_notes_never_a_panic() {
    assert!(parse_ics("hello world").is_err());
    assert!(parse_ics("").is_err());
    let cal = parse_ics(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Mars/Base:20260101T100000\nRRULE:FREQ=WEEKLY;BYHOUR=3\nSUMMARY:x\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:no start\nEND:VEVENT\nBEGIN:VEVENT\nDTSTART:nonsense\nEND:VEVENT\nEND:VCALENDAR\n",
    )
    .expect("parses with notes");
    assert_eq!(cal.events.len(), 1);
    assert!(cal.notes.iter().any(|n| n.contains("Mars/Base")));
    assert!(cal.notes.iter().any(|n| n.contains("BYHOUR")));
    assert!(cal.notes.iter().any(|n| n.contains("no DTSTART")));
    for junk in [
        "BEGIN:VCALENDAR\r\n\u{0}\u{1b}[2J;;::\r\n ",
        "BEGIN:VEVENT\nDTSTART:20260101\nRRULE:FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2\nEND:VEVENT",
    ] {
        if let Ok(c) = parse_ics(junk) {
            let s = Schedule::new(vec![c], &[]);
            let _ = s.occurrences(utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"), tz("UTC"));
        }
    }
}

#[test]
fn ics_export_round_trip() {
    let slots = [slot(Weekday::Thu, 12, 5, "Team Alpha", "2026-02-02", false, Some("old IAM slot"))];
    let sched = Schedule::new(vec![team_calendar(), parse_ics(RFC_ICS).expect("parses")], &slots);
    let (from, to) = year_2026();
    let text = sched.to_ics_at(from, to, utc("2026-01-01T00:00:00Z"));
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(text.split("\r\n").all(|l| l.len() <= 75), "folded at 75 octets");
    assert!(!text.replace("\r\n", "").contains('\n'), "CRLF only");
    assert_eq!(text.matches("BEGIN:VEVENT").count(), text.matches("DTSTAMP:20260101T000000Z").count());
    let uids: Vec<&str> = text.split("\r\n").filter(|l| l.starts_with("UID:")).collect();
    let mut dedup = uids.clone();
    dedup.sort_unstable();
    dedup.dedup();
    assert_eq!(uids.len(), dedup.len(), "one UID per VEVENT");

    let back = Schedule::new(vec![parse_ics(&text).expect("own output parses")], &[]);
    for zone in ["UTC", "America/Los_Angeles", "Australia/Sydney"] {
        let live: Vec<Occurrence> =
            sched.occurrences(from, to, tz(zone)).into_iter().filter(|o| !o.cancelled).collect();
        let again = back.occurrences(from, to, tz(zone));
        assert_eq!(live.len(), again.len(), "{zone}");
        for (a, b) in live.iter().zip(&again) {
            assert_eq!(
                (&a.title, a.start, a.end, &a.uid, &a.source_tz, a.source_start, &a.note, a.changed, &a.source),
                (&b.title, b.start, b.end, &b.uid, &b.source_tz, b.source_start, &b.note, b.changed, &b.source),
                "{zone}"
            );
            assert_eq!(a.description, b.description);
            assert_eq!(a.series, b.series);
        }
    }
    assert!(text.contains("X-SCSDASH-NOTE:old IAM slot"));
}

fn slot(wd: Weekday, h: u32, m: u32, team: &str, from: &str, one_off: bool, note: Option<&str>) -> WeeklySlot {
    WeeklySlot {
        weekday: wd,
        start: NaiveTime::from_hms_opt(h, m, 0).expect("time"),
        end: NaiveTime::from_hms_opt(h, m + 50, 0),
        zone: "CET/CEST".into(),
        team: team.into(),
        coordinator: Some("Felix".into()),
        note: note.map(str::to_string),
        effective_from: NaiveDate::parse_from_str(from, "%Y-%m-%d").expect("date"),
        path: "community-call/20260202.md".into(),
        line: 42,
        one_off,
    }
}

#[test]
fn weekly_slot_moves_matching_series_from_its_date_on() {
    // "Thu 12:05 - 12:55 CET: Team Alpha (Felix) – old IAM slot", announced Mon 2026-02-02
    let slots = [slot(Weekday::Thu, 12, 5, "Team Alpha", "2026-02-02", false, Some("old IAM slot"))];
    let sched = Schedule::new(vec![team_calendar()], &slots);
    let (from, to) = year_2026();
    let occ = sched.occurrences(from, to, tz("Europe/Berlin"));
    let alpha = of(&occ, "Team Alpha Meeting");
    assert_eq!(alpha.len(), 12, "same cadence and count, until kept");
    let before: Vec<&&Occurrence> =
        alpha.iter().filter(|o| o.start.date_naive() < NaiveDate::from_ymd_opt(2026, 2, 2).expect("d")).collect();
    assert!(before
        .iter()
        .all(|o| o.start.format("%a %H:%M").to_string() == "Wed 11:35" && !o.changed && o.note.is_none()));
    let after: Vec<&&Occurrence> =
        alpha.iter().filter(|o| o.start.date_naive() >= NaiveDate::from_ymd_opt(2026, 2, 2).expect("d")).collect();
    assert_eq!(after.len(), 8);
    for o in &after {
        assert_eq!(o.start.format("%a %H:%M").to_string(), "Thu 12:05");
        assert_eq!((o.end - o.start).num_minutes(), 50);
        assert!(o.changed);
        assert_eq!(o.note.as_deref(), Some("old IAM slot"));
        assert_eq!(o.source, "minutes:community-call/20260202.md");
        assert_eq!(o.uid, "alpha@example.org");
    }
    // the cancelled Feb 18 Wednesday stays cancelled on its new Thursday
    assert!(after.iter().any(|o| o.start.date_naive().to_string() == "2026-02-19" && o.cancelled));
    // other teams untouched
    assert!(of(&occ, "Team Beta Meeting").iter().all(|o| !o.changed));
}

#[test]
fn unchanged_slot_keeps_note_but_is_not_changed() {
    let mut s = slot(Weekday::Wed, 11, 35, "Team Alpha", "2026-01-07", false, Some("unchanged"));
    s.end = NaiveTime::from_hms_opt(12, 25, 0);
    let occ = Schedule::new(vec![team_calendar()], &[s]).occurrences(year_2026().0, year_2026().1, tz("UTC"));
    let alpha = of(&occ, "Team Alpha Meeting");
    assert_eq!(alpha.len(), 12);
    assert!(alpha.iter().all(|o| !o.changed && o.note.as_deref() == Some("unchanged")));
}

#[test]
fn slot_for_unknown_team_adds_weekly_series_until_superseded() {
    let a = slot(Weekday::Tue, 15, 5, "Team Gamma", "2026-03-04", false, Some("new slot"));
    let b = slot(Weekday::Fri, 10, 5, "Team Gamma", "2026-03-20", false, None);
    let sched = Schedule::new(vec![team_calendar()], &[b, a]);
    let occ = sched.occurrences(utc("2026-03-01T00:00:00Z"), utc("2026-04-04T00:00:00Z"), tz("Europe/Berlin"));
    let g: Vec<String> = of(&occ, "Team Gamma").iter().map(|o| o.start.format("%a %m-%d %H:%M").to_string()).collect();
    assert_eq!(g, ["Tue 03-10 15:05", "Tue 03-17 15:05", "Fri 03-20 10:05", "Fri 03-27 10:05", "Fri 04-03 10:05"]);
    assert!(of(&occ, "Team Gamma").iter().all(|o| o.changed && o.source.starts_with("minutes:")));
    assert_eq!(of(&occ, "Team Gamma")[0].note.as_deref(), Some("new slot"));
    assert_eq!(of(&occ, "Team Gamma")[0].series, "gamma");
}

#[test]
fn one_off_slot_moves_that_weeks_meeting_or_adds_one() {
    // announced Tue 2026-01-13: next "Thu 16:05" -> Thu 2026-01-15, moving that week's Wednesday alpha
    let moved = slot(Weekday::Thu, 16, 5, "Team Alpha", "2026-01-13", true, Some("this week only"));
    // no calendar event for "Operator coffee": a single occurrence, strictly after the announcement
    let added = slot(Weekday::Mon, 15, 5, "Operator coffee", "2026-01-12", true, None);
    let occ = Schedule::new(vec![team_calendar()], &[moved, added]).occurrences(
        utc("2026-01-05T00:00:00Z"),
        utc("2026-02-01T00:00:00Z"),
        tz("Europe/Berlin"),
    );
    let alpha: Vec<String> =
        of(&occ, "Team Alpha Meeting").iter().map(|o| o.start.format("%a %m-%d %H:%M").to_string()).collect();
    assert_eq!(alpha, ["Wed 01-07 11:35", "Thu 01-15 16:05", "Wed 01-21 11:35", "Wed 01-28 11:35"]);
    let coffee: Vec<String> =
        of(&occ, "Operator coffee").iter().map(|o| o.start.format("%a %m-%d %H:%M").to_string()).collect();
    assert_eq!(coffee, ["Mon 01-19 15:05"]);
}

#[test]
fn next_up_prefers_running_then_upcoming() {
    let sched = team_schedule();
    let z = tz("Europe/Berlin");
    // during the Jan 7 meeting (10:35Z-11:25Z): it is still "next up"
    let n = sched.next_up(utc("2026-01-07T11:00:00Z"), z).expect("some");
    assert_eq!(n.start.to_rfc3339(), "2026-01-07T11:35:00+01:00");
    // right after it ended: the Friday beta meeting
    let n = sched.next_up(utc("2026-01-07T11:25:00Z"), z).expect("some");
    assert_eq!(n.title, "Team Beta Meeting");
    // skips cancelled ones (alpha Feb 18 is cancelled; beta Feb 20 follows)
    let n = sched.next_up(utc("2026-02-17T12:00:00Z"), z).expect("some");
    assert_eq!(n.start.to_rfc3339(), "2026-02-20T09:05:00+01:00");
    assert!(sched.next_up(utc("2030-01-01T00:00:00Z"), z).is_none());
}

#[test]
fn yaml_folder_entry_includes_and_notes() {
    let main = "name: All\ntimezone: Europe/Berlin\ninclude:\n  - teams/a.yml\n  - missing.yml\n";
    let a = "timezone: America/New_York\ninclude:\n  - ../main.yml\nevents:\n  - summary: A\n    begin: 2026-01-05 09:00:00\n    duration: {minutes: 30}\n";
    let data = "Date:\n  begin: 2023-01-05\n";
    let broken = "events:\n  - summary: x\n    begin: [unclosed\n";
    let files = vec![
        SourceFile::new("main.yml", main),
        SourceFile::new("teams/a.yml", a),
        SourceFile::new("data.yml", data),
        SourceFile::new("broken.yml", broken),
    ];
    let cal = load_yaml2ics(&files).expect("loads");
    assert_eq!(cal.name.as_deref(), Some("All"));
    assert_eq!(cal.events.len(), 1);
    assert_eq!(cal.events[0].zone, EventZone::Zone(tz("America/New_York")), "file's own timezone");
    assert_eq!(cal.events[0].source, "calendar:teams/a.yml");
    assert!(cal.notes.iter().any(|n| n.contains("missing.yml") && n.contains("not found")), "{:?}", cal.notes);
    assert!(cal.notes.iter().any(|n| n.contains("cycle")), "{:?}", cal.notes);
    // main.yml is the entry: data.yml and broken.yml are not part of it
    assert!(!cal.notes.iter().any(|n| n.contains("broken.yml")));

    // without main.yml: every top-level file; non-calendars and broken YAML are notes
    let mut files = files[1..].to_vec();
    files.push(SourceFile::new(
        "cal.yml",
        "events:\n  - summary: B\n    begin: 2026-01-05 09:00:00\n    duration: {minutes: 30}\n",
    ));
    let cal = load_yaml2ics(&files).expect("loads");
    let titles: Vec<&str> = cal.events.iter().map(|e| e.summary.as_str()).collect();
    assert_eq!(titles, ["B"], "teams/a.yml is not top-level and not included");
    assert_eq!(cal.events[0].zone, EventZone::Zone(tz("Europe/Berlin")), "default zone");
    assert!(cal.notes.iter().any(|n| n.contains("data.yml") && n.contains("not a calendar")), "{:?}", cal.notes);
    let broken_note = cal.notes.iter().find(|n| n.starts_with("broken.yml:")).expect("broken noted");
    assert!(broken_note.starts_with("broken.yml:3:") || broken_note.starts_with("broken.yml:4:"), "{broken_note}");

    // nothing usable at all -> Err
    assert!(load_yaml2ics(&[SourceFile::new("data.yml", data)]).is_err());
    assert!(load_yaml2ics(&[SourceFile::new("broken.yml", broken)]).is_err());
    assert!(load_yaml2ics(&[]).is_err());
    assert!(load_yaml2ics(&[SourceFile::new("bin.yml", vec![0xff, 0xfe, 0x00, 0x1b])]).is_err());
}

#[test]
fn yaml_bad_events_are_notes() {
    let yml = "timezone: Europe/Berlin\nevents:\n  - summary: no begin\n  - summary: bad unit\n    begin: 2026-01-01 10:00:00\n    duration: {minutes: 10}\n    repeat:\n      interval: {fortnights: 1}\n      until: 2026-02-01\n  - summary: ok\n    begin: 2026-01-01 10:00:00\n    duration: {minutes: 10}\n    repeat:\n      interval: {days: 1}\n      until: 2026-01-03\n      except_on: [not-a-date, 2026-01-02 09:00:00]\n";
    let cal = load_yaml2ics(&[SourceFile::new("c.yml", yml)]).expect("loads");
    assert_eq!(cal.events.len(), 1);
    assert!(cal.notes.iter().any(|n| n.contains("no begin")));
    assert!(cal.notes.iter().any(|n| n.contains("fortnights")));
    assert!(cal.notes.iter().any(|n| n.contains("not-a-date")));
    let sched = Schedule::new(vec![cal], &[]);
    assert!(sched.notes().iter().any(|n| n.contains("2026-01-02 09:00:00") && n.contains("matches no occurrence")));
    let occ = sched.occurrences(utc("2026-01-01T00:00:00Z"), utc("2026-01-10T00:00:00Z"), tz("UTC"));
    assert_eq!(occ.len(), 2, "Jan 1, Jan 2; Jan 3 10:00 is after until 00:00");
}

#[test]
fn display_zone_resolution() {
    let r = |c, f, e, s| resolve_display_tz_from(c, f, e, s);
    assert_eq!(r(Some("Asia/Kolkata"), Some("UTC"), Some("Europe/London"), None), Ok(tz("Asia/Kolkata")));
    assert_eq!(r(None, Some("America/New_York"), Some("Europe/London"), None), Ok(tz("America/New_York")));
    assert_eq!(r(None, None, Some(":Europe/London"), Some("UTC")), Ok(tz("Europe/London")));
    assert_eq!(r(None, None, Some("/usr/share/zoneinfo/Europe/Berlin"), None), Ok(tz("Europe/Berlin")));
    assert_eq!(r(None, None, Some("garbage"), Some("Australia/Sydney")), Ok(tz("Australia/Sydney")));
    assert_eq!(r(None, None, None, None), Ok(chrono_tz::UTC));
    let e = r(Some("Mars/Olympus"), None, None, None).expect_err("bad");
    assert_eq!(e.to_string(), "unknown time zone 'Mars/Olympus'");
    assert!(r(None, Some("Nowhere"), None, None).is_err());
    assert!(resolve_display_tz(Some("Europe/Berlin"), None).is_ok());
}

#[test]
fn cli_json_has_exact_fields() {
    let occ =
        team_schedule().occurrences(utc("2026-01-07T00:00:00Z"), utc("2026-01-08T00:00:00Z"), tz("America/New_York"));
    let out = schedule_output(&occ, true);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let o = &v[0];
    for k in ["title", "uid", "series", "start", "end", "tz", "source_start", "source_tz", "cancelled", "source"] {
        assert!(o.get(k).is_some(), "missing {k}");
    }
    assert_eq!(o["start"], "2026-01-07T05:35:00-05:00");
    assert_eq!(o["end"], "2026-01-07T06:25:00-05:00");
    assert_eq!(o["source_start"], "2026-01-07T11:35:00");
    assert_eq!(o["source_tz"], "Europe/Berlin");
    assert_eq!(o["tz"], "America/New_York");
    assert_eq!(o["cancelled"], false);
    assert_eq!(o["source"], "calendar:team.yml");
}

#[test]
fn cli_table_is_aligned_marks_cancelled_and_sanitizes() {
    let mut occ =
        team_schedule().occurrences(utc("2026-02-16T00:00:00Z"), utc("2026-02-21T00:00:00Z"), tz("America/New_York"));
    assert_eq!(occ.len(), 2);
    occ[1].title = "Evil\u{1b}[2J title\nsecond line".into();
    let out = schedule_output(&occ, false);
    assert!(!out.contains('\u{1b}'));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].contains("LOCAL (America/New_York)") && lines[0].contains("BERLIN"));
    assert!(lines[1].starts_with("x ") && lines[1].contains("CANCELLED"), "{out}");
    assert!(
        lines[1].contains("Wed 2026-02-18") && lines[1].contains("05:35–06:25 EST") && lines[1].contains("11:35 CET")
    );
    assert!(lines[2].contains("Evil") && lines[2].contains("second line"));
    let col =
        |l: &str| l.find("Team").or_else(|| l.find("Evil")).or_else(|| l.find("TITLE")).map(|b| l[..b].chars().count());
    assert_eq!(col(lines[0]), col(lines[1]));
    assert_eq!(schedule_output(&[], false), "No meetings in this window.\n");
    assert_eq!(schedule_output(&[], true).trim(), "[]");
}

#[test]
fn old_slot_does_not_override_a_newer_calendar_series_and_expires() {
    // "Wed 11:35 CEST: Team Alpha" announced 2025-07-16, long before the calendar's
    // 2026 series began: the calendar wins from its start; before that the slot
    // stands in as an added weekly series, for at most SLOT_HORIZON_DAYS.
    let s = slot(Weekday::Wed, 11, 35, "Team Alpha", "2025-07-16", false, None);
    let gamma = slot(Weekday::Tue, 9, 5, "Team Gamma", "2025-01-07", false, None);
    let sched = Schedule::new(vec![team_calendar()], &[s, gamma]);
    let occ = sched.occurrences(utc("2025-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"), tz("Europe/Berlin"));
    let from_minutes: Vec<&Occurrence> = occ.iter().filter(|o| o.source.starts_with("minutes:")).collect();
    let alpha_slot: Vec<&&Occurrence> = from_minutes.iter().filter(|o| o.title == "Team Alpha").collect();
    assert_eq!(alpha_slot.first().map(|o| o.start.date_naive().to_string()).as_deref(), Some("2025-07-16"));
    assert_eq!(
        alpha_slot.last().map(|o| o.start.date_naive().to_string()).as_deref(),
        Some("2025-12-31"),
        "ends where the calendar's series (2026-01-07) begins"
    );
    assert!(of(&occ, "Team Alpha Meeting").iter().all(|o| !o.changed && o.source == "calendar:team.yml"));
    let g: Vec<&&Occurrence> = from_minutes.iter().filter(|o| o.title == "Team Gamma").collect();
    assert_eq!(g.len(), 53, "Tue 2025-01-07 .. Tue 2026-01-06, then the unconfirmed slot expires");
    assert_eq!(SLOT_HORIZON_DAYS, 365);
}

#[test]
fn calendar_series_confirming_a_slot_gets_its_note() {
    // announced 2025-12-20, the calendar's new series starts 2026-01-07 at exactly that time
    let s = slot(Weekday::Wed, 11, 35, "Team Alpha", "2025-12-20", false, Some("new time"));
    let sched = Schedule::new(vec![team_calendar()], &[s]);
    let occ = sched.occurrences(utc("2025-12-01T00:00:00Z"), utc("2026-02-01T00:00:00Z"), tz("Europe/Berlin"));
    assert!(
        occ.iter().all(|o| !o.source.starts_with("minutes:")),
        "nothing added for the weeks before the confirming series"
    );
    let alpha = of(&occ, "Team Alpha Meeting");
    assert_eq!(alpha.len(), 4);
    assert!(alpha
        .iter()
        .all(|o| o.note.as_deref() == Some("new time") && !o.changed && o.source == "calendar:team.yml"));
}

#[test]
fn same_calendar_from_yaml_and_ics_is_listed_once() {
    let ics = format!("\u{feff}{TEAM_ICS}");
    let both = Schedule::new(vec![team_calendar(), parse_ics(&ics).expect("parses with BOM")], &[]);
    let (from, to) = year_2026();
    let one = team_schedule().occurrences(from, to, tz("UTC"));
    let two = both.occurrences(from, to, tz("UTC"));
    assert_eq!(one.len(), two.len());
    assert!(one.len() > 20);
    assert!(!both.notes().iter().any(|n| n.contains("duplicate UID")));
}

#[test]
fn a_bad_tz_is_reported_not_silently_utc() {
    use scsdash::schedule::bad_env_tz;
    assert_eq!(bad_env_tz(None, None, Some("Mars/Base")).as_deref(), Some("Mars/Base"));
    assert_eq!(bad_env_tz(None, None, Some(":Europe/Berlin")), None);
    assert_eq!(bad_env_tz(None, None, Some("/usr/share/zoneinfo/Europe/Berlin")), None);
    assert_eq!(bad_env_tz(None, None, Some("")), None);
    assert_eq!(bad_env_tz(None, None, None), None);
    // --tz or the config decide: TZ does not matter then.
    assert_eq!(bad_env_tz(Some("UTC"), None, Some("Mars/Base")), None);
    assert_eq!(bad_env_tz(None, Some("UTC"), Some("Mars/Base")), None);
}
