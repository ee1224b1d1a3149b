//! RFC 5545 iCalendar: reading VEVENTs into a [`Calendar`], writing occurrences.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};

use super::zone::parse_zone_label;
use super::ScheduleError;
use crate::model::schedule::{
    ByDay, Calendar, DateSpec, Event, EventDuration, EventZone, Freq, Occurrence, Recurrence,
};

/// Private properties written by [`write_occurrences`] so that a re-import
/// restores what plain iCalendar cannot carry.
const X_UID: &str = "X-SCSDASH-UID";
const X_TZ: &str = "X-SCSDASH-SOURCE-TZ";
const X_SOURCE: &str = "X-SCSDASH-SOURCE";
const X_NOTE: &str = "X-SCSDASH-NOTE";
const X_CHANGED: &str = "X-SCSDASH-CHANGED";

/// One content line: name (upper case), parameters, raw value.
struct Prop {
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

impl Prop {
    fn param(&self, k: &str) -> Option<&str> {
        self.params.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str())
    }
}

/// Unfold (CRLF or LF followed by a blank) and split into logical lines.
fn unfold(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in text.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = line.strip_prefix([' ', '\t']) {
            if let Some(last) = out.last_mut() {
                last.push_str(rest);
                continue;
            }
        }
        if !line.is_empty() {
            out.push(line.to_string());
        }
    }
    out
}

fn parse_prop(line: &str) -> Option<Prop> {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() && bytes[i] != b';' && bytes[i] != b':' {
        i += 1;
    }
    if i == 0 || i >= bytes.len() {
        return None;
    }
    let name = line[..i].trim().to_ascii_uppercase();
    let mut params = Vec::new();
    while i < bytes.len() && bytes[i] == b';' {
        i += 1;
        let ks = i;
        while i < bytes.len() && bytes[i] != b'=' && bytes[i] != b':' && bytes[i] != b';' {
            i += 1;
        }
        let key = line[ks..i].trim().to_ascii_uppercase();
        let mut val = String::new();
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            loop {
                if i < bytes.len() && bytes[i] == b'"' {
                    let vs = i + 1;
                    let close = line[vs..].find('"').map(|p| vs + p).unwrap_or(line.len());
                    val.push_str(&line[vs..close]);
                    i = (close + 1).min(line.len());
                } else {
                    let vs = i;
                    while i < bytes.len() && bytes[i] != b';' && bytes[i] != b':' && bytes[i] != b',' {
                        i += 1;
                    }
                    val.push_str(&line[vs..i]);
                }
                if i < bytes.len() && bytes[i] == b',' {
                    val.push(',');
                    i += 1;
                    continue;
                }
                break;
            }
        }
        params.push((key, val));
    }
    if i >= bytes.len() || bytes[i] != b':' {
        return None;
    }
    Some(Prop { name, params, value: line[i + 1..].to_string() })
}

/// Undo TEXT escaping (`\n`, `\,`, `\;`, `\\`).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Escape TEXT for writing.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[derive(Clone, Copy)]
enum IcsTime {
    Date(NaiveDate),
    Floating(NaiveDateTime),
    Utc(DateTime<Utc>),
}

fn parse_ics_time(v: &str) -> Option<IcsTime> {
    let v = v.trim();
    if v.len() == 8 {
        return NaiveDate::parse_from_str(v, "%Y%m%d").ok().map(IcsTime::Date);
    }
    if let Some(s) = v.strip_suffix(['Z', 'z']) {
        return NaiveDateTime::parse_from_str(s, "%Y%m%dT%H%M%S").ok().map(|t| IcsTime::Utc(t.and_utc()));
    }
    NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%S")
        .or_else(|_| NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M"))
        .ok()
        .map(IcsTime::Floating)
}

/// A TZID that names no zone.
struct UnknownTzid(String);

/// Zone of a DTSTART-like property; `Err` carries the unknown TZID.
fn prop_zone(p: &Prop) -> Result<Option<chrono_tz::Tz>, UnknownTzid> {
    match p.param("TZID") {
        None => Ok(None),
        Some(id) => parse_zone_label(id).map(Some).ok_or_else(|| UnknownTzid(id.to_string())),
    }
}

fn to_spec(t: IcsTime, zone: Option<chrono_tz::Tz>) -> DateSpec {
    match t {
        IcsTime::Date(d) => DateSpec::Date(d),
        IcsTime::Utc(u) => DateSpec::Utc(u),
        IcsTime::Floating(l) => match zone {
            // a TZID'd value in a zone other than the event's would be rare; keep it exact
            Some(_) | None => DateSpec::Local(l),
        },
    }
}

/// Parse an RFC 5545 DURATION (`PT50M`, `P1D`, `P1W`, `-PT15M`).
fn parse_duration(v: &str) -> Option<EventDuration> {
    let v = v.trim();
    let (neg, v) = match v.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, v.strip_prefix('+').unwrap_or(v)),
    };
    let v = v.strip_prefix(['P', 'p'])?;
    let mut d = EventDuration::default();
    let mut num = String::new();
    let mut in_time = false;
    for c in v.chars() {
        match c.to_ascii_uppercase() {
            '0'..='9' => num.push(c),
            'T' => in_time = true,
            u => {
                let n: i64 = num.parse().ok()?;
                num.clear();
                match (u, in_time) {
                    ('W', false) => d.days = d.days.checked_add(n.checked_mul(7)?)?,
                    ('D', false) => d.days = d.days.checked_add(n)?,
                    ('H', true) => d.seconds = d.seconds.checked_add(n.checked_mul(3600)?)?,
                    ('M', true) => d.seconds = d.seconds.checked_add(n.checked_mul(60)?)?,
                    ('S', true) => d.seconds = d.seconds.checked_add(n)?,
                    _ => return None,
                }
            }
        }
    }
    // at most ~10 years: longer is nonsense and would overflow time arithmetic
    if !num.is_empty() || d.days > 3660 || d.seconds > 3660 * 86_400 {
        return None;
    }
    if neg {
        d.days = -d.days;
        d.seconds = -d.seconds;
    }
    Some(d)
}

fn weekday_of(s: &str) -> Option<Weekday> {
    Some(match s {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

fn parse_rrule(v: &str, zone: Option<chrono_tz::Tz>, notes: &mut Vec<String>) -> Option<Recurrence> {
    let mut rule = Recurrence::every(Freq::Daily, 1);
    let mut freq = None;
    for part in v.split(';') {
        let Some((k, val)) = part.split_once('=') else {
            continue;
        };
        let k = k.trim().to_ascii_uppercase();
        let val = val.trim().to_ascii_uppercase();
        match k.as_str() {
            "FREQ" => {
                freq = Some(match val.as_str() {
                    "SECONDLY" => Freq::Secondly,
                    "MINUTELY" => Freq::Minutely,
                    "HOURLY" => Freq::Hourly,
                    "DAILY" => Freq::Daily,
                    "WEEKLY" => Freq::Weekly,
                    "MONTHLY" => Freq::Monthly,
                    "YEARLY" => Freq::Yearly,
                    _ => {
                        notes.push(format!("RRULE FREQ={val} unknown, treated as single event"));
                        return None;
                    }
                })
            }
            "INTERVAL" => rule.interval = val.parse::<u32>().ok().filter(|n| *n >= 1).unwrap_or(1),
            "COUNT" => rule.count = val.parse::<u32>().ok(),
            "UNTIL" => {
                rule.until = parse_ics_time(&val).map(|t| match t {
                    IcsTime::Date(d) => DateSpec::Date(d),
                    IcsTime::Utc(u) => DateSpec::Utc(u),
                    IcsTime::Floating(l) => DateSpec::Local(l),
                });
                if rule.until.is_none() {
                    notes.push(format!("RRULE UNTIL={val} unreadable, ignored"));
                }
            }
            "BYDAY" => {
                for d in val.split(',') {
                    let d = d.trim();
                    if d.len() < 2 || !d.is_char_boundary(d.len() - 2) {
                        continue;
                    }
                    let (n, w) = d.split_at(d.len() - 2);
                    let Some(weekday) = weekday_of(w) else {
                        continue;
                    };
                    let nth = if n.is_empty() { None } else { n.parse::<i32>().ok().filter(|k| *k != 0) };
                    rule.by_day.push(ByDay { nth, weekday });
                }
            }
            "BYMONTHDAY" => {
                rule.by_month_day =
                    val.split(',').filter_map(|x| x.trim().parse().ok()).filter(|x: &i32| *x != 0).collect()
            }
            "BYMONTH" => {
                rule.by_month =
                    val.split(',').filter_map(|x| x.trim().parse().ok()).filter(|m| (1..=12).contains(m)).collect()
            }
            "BYSETPOS" => {
                rule.by_set_pos =
                    val.split(',').filter_map(|x| x.trim().parse().ok()).filter(|x: &i32| *x != 0).collect()
            }
            "WKST" => rule.week_start = weekday_of(&val).unwrap_or(Weekday::Mon),
            other => notes.push(format!("RRULE part {other} not supported, ignored")),
        }
    }
    let _ = zone;
    let Some(freq) = freq else {
        notes.push("RRULE without FREQ, treated as single event".into());
        return None;
    };
    rule.freq = freq;
    Some(rule)
}

#[derive(Default)]
struct Raw {
    props: Vec<Prop>,
}

/// Parse iCalendar text (see [`super::parse_ics`]).
pub(crate) fn parse(text: &str) -> Result<Calendar, ScheduleError> {
    let lines = unfold(text.trim_start_matches('\u{feff}'));
    let mut cal = Calendar::default();
    let mut stack: Vec<String> = Vec::new();
    let mut current: Option<Raw> = None;
    let mut raws: Vec<Raw> = Vec::new();
    let mut saw_calendar = false;
    for line in &lines {
        let Some(p) = parse_prop(line) else { continue };
        match p.name.as_str() {
            "BEGIN" => {
                let comp = p.value.trim().to_ascii_uppercase();
                if comp == "VCALENDAR" {
                    saw_calendar = true;
                }
                if comp == "VEVENT" && current.is_none() {
                    current = Some(Raw::default());
                }
                stack.push(comp);
                if stack.len() > 64 {
                    return Err(ScheduleError::Ics("components nested too deeply".into()));
                }
            }
            "END" => {
                let comp = p.value.trim().to_ascii_uppercase();
                if let Some(pos) = stack.iter().rposition(|c| *c == comp) {
                    stack.truncate(pos);
                }
                if comp == "VEVENT" && !stack.iter().any(|c| c == "VEVENT") {
                    if let Some(r) = current.take() {
                        raws.push(r);
                    }
                }
            }
            _ => {
                if stack.last().map(String::as_str) == Some("VEVENT") {
                    if let Some(r) = current.as_mut() {
                        r.props.push(p);
                    }
                } else if stack.last().map(String::as_str) == Some("VCALENDAR") && p.name == "X-WR-CALNAME" {
                    cal.name = Some(unescape(&p.value));
                }
            }
        }
    }
    if !saw_calendar && raws.is_empty() {
        return Err(ScheduleError::Ics("no VCALENDAR or VEVENT found".into()));
    }
    for (i, raw) in raws.into_iter().enumerate() {
        let mut notes = Vec::new();
        match event_from_props(&raw.props, &mut notes) {
            Some(ev) => cal.events.push(ev),
            None => notes.push("skipped".into()),
        }
        for n in notes {
            cal.notes.push(format!("ics: VEVENT #{}: {n}", i + 1));
        }
    }
    // RECURRENCE-ID overrides: hide the replaced instance of the master
    let overrides: Vec<(String, DateSpec)> =
        cal.events.iter().filter_map(|e| Some((e.uid.clone()?, e.recurrence_id?))).collect();
    for (uid, rid) in overrides {
        if let Some(master) = cal
            .events
            .iter_mut()
            .find(|e| e.recurrence_id.is_none() && e.recurrence.is_some() && e.uid.as_deref() == Some(&uid))
        {
            master.hidden.push(rid);
        }
    }
    Ok(cal)
}

fn event_from_props(props: &[Prop], notes: &mut Vec<String>) -> Option<Event> {
    let get = |n: &str| props.iter().find(|p| p.name == n);
    let dt = get("DTSTART").or_else(|| {
        notes.push("no DTSTART".into());
        None
    })?;
    let zone = match prop_zone(dt) {
        Ok(z) => z,
        Err(UnknownTzid(id)) => {
            notes.push(format!("unknown TZID '{id}', read as floating time"));
            None
        }
    };
    let start_t = parse_ics_time(&dt.value).or_else(|| {
        notes.push(format!("DTSTART '{}' unreadable", dt.value));
        None
    })?;
    let source_tz = get(X_TZ).and_then(|p| parse_zone_label(&p.value));
    let (start, ev_zone, all_day) = match start_t {
        IcsTime::Date(d) => (d.and_time(NaiveTime::MIN), EventZone::Floating, true),
        IcsTime::Floating(l) => (l, zone.map(EventZone::Zone).unwrap_or(EventZone::Floating), false),
        IcsTime::Utc(u) => match source_tz {
            Some(tz) => (u.with_timezone(&tz).naive_local(), EventZone::Zone(tz), false),
            None => (u.naive_utc(), EventZone::Zone(chrono_tz::UTC), false),
        },
    };
    if !(1000..=9999).contains(&start.year()) {
        notes.push(format!("DTSTART year {} out of range", start.year()));
        return None;
    }
    let summary = get("SUMMARY").map(|p| unescape(&p.value)).unwrap_or_else(|| "(no title)".into());
    let mut ev = Event::single(&summary, start, ev_zone, EventDuration::default());
    ev.all_day = all_day;
    ev.source = get(X_SOURCE).map(|p| unescape(&p.value)).unwrap_or_else(|| "ics".into());
    ev.uid = get(X_UID).or_else(|| get("UID")).map(|p| unescape(&p.value)).filter(|s| !s.is_empty());
    ev.description = get("DESCRIPTION").map(|p| unescape(&p.value)).filter(|s| !s.is_empty());
    ev.location = get("LOCATION").map(|p| unescape(&p.value)).filter(|s| !s.is_empty());
    ev.note = get(X_NOTE).map(|p| unescape(&p.value)).filter(|s| !s.is_empty());
    ev.description = strip_note_suffix(ev.description, ev.note.as_deref());
    ev.changed = get(X_CHANGED).is_some_and(|p| p.value.trim().eq_ignore_ascii_case("TRUE"));
    ev.cancelled = get("STATUS").is_some_and(|p| p.value.trim().eq_ignore_ascii_case("CANCELLED"));
    // length: DTEND, else DURATION, else one day (DATE) / zero
    ev.duration = if all_day { EventDuration { days: 1, seconds: 0 } } else { EventDuration::default() };
    if let Some(end) = get("DTEND") {
        let end_zone = prop_zone(end).ok().flatten().or(zone);
        match parse_ics_time(&end.value) {
            Some(IcsTime::Date(d)) => {
                ev.duration = EventDuration { days: (d - start.date()).num_days().max(0), seconds: 0 };
            }
            Some(t) => {
                let tz = ev_zone.or_display(chrono_tz::UTC);
                let s_utc = super::zone::local_to_utc(tz, start);
                let e_utc = match t {
                    IcsTime::Utc(u) => u,
                    IcsTime::Floating(l) => super::zone::local_to_utc(end_zone.unwrap_or(tz), l),
                    IcsTime::Date(_) => s_utc,
                };
                ev.duration = EventDuration { days: 0, seconds: (e_utc - s_utc).num_seconds().max(0) };
            }
            None => notes.push(format!("DTEND '{}' unreadable", end.value)),
        }
    } else if let Some(d) = get("DURATION") {
        match parse_duration(&d.value) {
            Some(d) if d.days >= 0 && d.seconds >= 0 => ev.duration = d,
            _ => notes.push(format!("DURATION '{}' unreadable", d.value)),
        }
    }
    let rrules: Vec<&Prop> = props.iter().filter(|p| p.name == "RRULE").collect();
    if rrules.len() > 1 {
        notes.push("several RRULEs, using the first".into());
    }
    if let Some(r) = rrules.first() {
        ev.recurrence = parse_rrule(&r.value, zone, notes);
    }
    for p in props.iter().filter(|p| p.name == "EXDATE" || p.name == "RDATE") {
        let z = prop_zone(p).ok().flatten();
        for v in p.value.split(',') {
            let v = v.split('/').next().unwrap_or(v); // RDATE;VALUE=PERIOD: start/end
            match parse_ics_time(v) {
                Some(t) => {
                    let spec = to_spec(t, z);
                    if p.name == "EXDATE" {
                        ev.exdates.push(spec);
                    } else {
                        ev.rdates.push(spec);
                    }
                }
                None => notes.push(format!("{} value '{v}' unreadable", p.name)),
            }
        }
    }
    if let Some(rid) = get("RECURRENCE-ID") {
        let z = prop_zone(rid).ok().flatten();
        ev.recurrence_id = parse_ics_time(&rid.value).map(|t| to_spec(t, z));
    }
    Some(ev)
}

/// Fold a content line at 75 octets (RFC 5545 3.1) without splitting a
/// UTF-8 sequence, appending CRLF.
fn push_folded(out: &mut String, line: &str) {
    let mut used = 0usize;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

/// Write occurrences as an iCalendar document: one VEVENT per occurrence with
/// UTC times (no VTIMEZONE needed), a unique UID per occurrence, and X-SCSDASH-*
/// properties so that [`parse`] restores the series UID, source zone, note and source.
pub(crate) fn write_occurrences(occ: &[Occurrence], dtstamp: DateTime<Utc>) -> String {
    let mut out = String::new();
    let stamp = dtstamp.format("%Y%m%dT%H%M%SZ").to_string();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//scsdash//SCS schedule//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:SCS meetings",
    ] {
        push_folded(&mut out, l);
    }
    for o in occ {
        let s = o.start.with_timezone(&Utc);
        let e = o.end.with_timezone(&Utc);
        push_folded(&mut out, "BEGIN:VEVENT");
        push_folded(&mut out, &format!("UID:{}-{}", s.format("%Y%m%dT%H%M%SZ"), escape(&o.uid)));
        push_folded(&mut out, &format!("DTSTAMP:{stamp}"));
        if o.all_day {
            let sd = o.start.date_naive();
            let days = (o.end.date_naive() - sd).num_days().max(1);
            push_folded(&mut out, &format!("DTSTART;VALUE=DATE:{}", sd.format("%Y%m%d")));
            let ed = sd + chrono::Days::new(days as u64);
            push_folded(&mut out, &format!("DTEND;VALUE=DATE:{}", ed.format("%Y%m%d")));
        } else if o.floating {
            // floating wall clock (the export is computed in UTC, so UTC wall clock = source)
            push_folded(&mut out, &format!("DTSTART:{}", o.source_start.format("%Y%m%dT%H%M%S")));
            let secs = (o.end - o.start).num_seconds();
            let end = o.source_start + chrono::TimeDelta::seconds(secs);
            push_folded(&mut out, &format!("DTEND:{}", end.format("%Y%m%dT%H%M%S")));
        } else {
            push_folded(&mut out, &format!("DTSTART:{}", s.format("%Y%m%dT%H%M%SZ")));
            push_folded(&mut out, &format!("DTEND:{}", e.format("%Y%m%dT%H%M%SZ")));
        }
        push_folded(&mut out, &format!("SUMMARY:{}", escape(&o.title)));
        let mut desc = o.description.clone().unwrap_or_default();
        if let Some(n) = &o.note {
            if !desc.is_empty() {
                desc.push_str("\n\n");
            }
            desc.push_str("Schedule note (minutes): ");
            desc.push_str(n);
        }
        if !desc.is_empty() {
            push_folded(&mut out, &format!("DESCRIPTION:{}", escape(&desc)));
        }
        if let Some(l) = &o.location {
            push_folded(&mut out, &format!("LOCATION:{}", escape(l)));
        }
        if o.cancelled {
            push_folded(&mut out, "STATUS:CANCELLED");
        }
        push_folded(&mut out, &format!("{X_UID}:{}", escape(&o.uid)));
        if !o.all_day && !o.floating {
            push_folded(&mut out, &format!("{X_TZ}:{}", o.source_tz));
        }
        push_folded(&mut out, &format!("{X_SOURCE}:{}", escape(&o.source)));
        if let Some(n) = &o.note {
            push_folded(&mut out, &format!("{X_NOTE}:{}", escape(n)));
        }
        if o.changed {
            push_folded(&mut out, &format!("{X_CHANGED}:TRUE"));
        }
        push_folded(&mut out, "END:VEVENT");
    }
    push_folded(&mut out, "END:VCALENDAR");
    out
}

/// Strip the note that [`write_occurrences`] appends to DESCRIPTION.
fn strip_note_suffix(desc: Option<String>, note: Option<&str>) -> Option<String> {
    let (Some(d), Some(n)) = (desc.clone(), note) else {
        return desc;
    };
    let suffix = format!("Schedule note (minutes): {n}");
    match d.strip_suffix(&suffix) {
        Some(rest) => {
            let rest = rest.strip_suffix("\n\n").unwrap_or(rest).to_string();
            (!rest.is_empty()).then_some(rest)
        }
        None => Some(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("PT50M"), Some(EventDuration::minutes(50)));
        assert_eq!(parse_duration("P1W"), Some(EventDuration { days: 7, seconds: 0 }));
        assert_eq!(parse_duration("P1DT2H"), Some(EventDuration { days: 1, seconds: 7200 }));
        assert_eq!(parse_duration("bogus"), None);
    }

    #[test]
    fn folding_keeps_utf8_and_width() {
        let mut out = String::new();
        push_folded(&mut out, &format!("SUMMARY:{}", "ü".repeat(100)));
        for l in out.split("\r\n") {
            assert!(l.len() <= 75, "{l}");
        }
        assert_eq!(unfold(&out)[0], format!("SUMMARY:{}", "ü".repeat(100)));
    }

    #[test]
    fn quoted_params() {
        let p = parse_prop("DTSTART;TZID=\"Europe/Berlin\";X=\"a:b\":20260101T100000").unwrap();
        assert_eq!(p.param("TZID"), Some("Europe/Berlin"));
        assert_eq!(p.value, "20260101T100000");
    }

    #[test]
    fn escapes_roundtrip() {
        let s = "a, b; c\\d\nnext";
        assert_eq!(unescape(&escape(s)), s);
    }
}
