//! yaml2ics calendar folders -> [`Calendar`].
//!
//! Follows yaml2ics (scientific-python/yaml2ics) as used by the SCS calendar:
//! `include:` paths are relative to the including file, a file's `timezone`
//! applies to its events (default: the including file's zone, else
//! Europe/Berlin), `repeat.until: DATE` is `UNTIL=<DATE>T000000` in the
//! event's zone (so an occurrence later that day is *not* included),
//! `except_on` becomes EXDATE, `also_on` RDATE, and an event with neither
//! `duration` nor `end` is an all-day event.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use serde_json::{Map, Value};

use super::zone::{local_to_utc, parse_tz};
use super::ScheduleError;
use crate::model::schedule::{Calendar, DateSpec, Event, EventDuration, EventZone, Freq, Recurrence};
use crate::model::SourceFile;

/// Maximum include nesting (deeper is reported, not followed).
const MAX_DEPTH: usize = 32;
/// Files bigger than this are skipped with a note.
const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// A time value as written in YAML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YamlTime {
    /// `2025-03-21 11:05:00` (wall clock).
    Local(NaiveDateTime),
    /// `2025-03-21 11:05:00+01:00` or `...Z`.
    Instant(DateTime<Utc>),
    /// `2025-03-21`.
    Date(NaiveDate),
}

/// Parse a YAML date/datetime scalar; a trailing `# comment` is ignored.
pub(crate) fn parse_yaml_time(raw: &str) -> Option<YamlTime> {
    let s = match raw.find('#') {
        Some(i) => &raw[..i],
        None => raw,
    };
    let s = s.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    if s.is_empty() {
        return None;
    }
    for f in ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return Some(YamlTime::Local(t));
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(YamlTime::Date(d));
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(YamlTime::Instant(t.with_timezone(&Utc)));
    }
    // YAML timestamps allow blanks before the zone and short offsets: "... 11:05:00 +1"
    let compact: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    for f in
        ["%Y-%m-%d %H:%M:%S%.f %:z", "%Y-%m-%d %H:%M:%S%.f%:z", "%Y-%m-%d %H:%M:%S%.f %z", "%Y-%m-%d %H:%M:%S%.f%#z"]
    {
        if let Ok(t) = DateTime::parse_from_str(&compact, f) {
            return Some(YamlTime::Instant(t.with_timezone(&Utc)));
        }
    }
    if let Some(rest) = compact.strip_suffix(" Z").or_else(|| compact.strip_suffix('Z')) {
        for f in ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f"] {
            if let Ok(t) = NaiveDateTime::parse_from_str(rest.trim(), f) {
                return Some(YamlTime::Instant(t.and_utc()));
            }
        }
    }
    None
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn num(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// `a/b/../c.yml` -> `a/c.yml`; `None` when it escapes the folder.
fn normalize(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for p in path.split(['/', '\\']) {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

fn dir_of(path: &str) -> &str {
    match path.rfind('/') {
        Some(i) => &path[..i],
        None => "",
    }
}

fn is_yaml(path: &str) -> bool {
    let l = path.to_ascii_lowercase();
    l.ends_with(".yml") || l.ends_with(".yaml")
}

struct Loader<'a> {
    files: HashMap<String, &'a SourceFile>,
    cal: Calendar,
    loaded: HashSet<String>,
    stack: Vec<String>,
    usable: bool,
}

/// Load a yaml2ics calendar folder (see [`super::load_yaml2ics`]).
pub(crate) fn load(files: &[SourceFile]) -> Result<Calendar, ScheduleError> {
    let mut map = HashMap::new();
    for f in files {
        if let Some(p) = normalize(&f.path) {
            map.insert(p, f);
        }
    }
    let mut l =
        Loader { files: map, cal: Calendar::default(), loaded: HashSet::new(), stack: Vec::new(), usable: false };
    let main = ["main.yml", "main.yaml"].into_iter().find(|m| l.files.contains_key(*m));
    let berlin = chrono_tz::Europe::Berlin;
    match main {
        Some(m) => l.load_file(m.to_string(), berlin, true, None),
        None => {
            let mut roots: Vec<String> = l.files.keys().filter(|p| !p.contains('/') && is_yaml(p)).cloned().collect();
            if roots.is_empty() {
                // no top-level file (e.g. just `archive/2023/x.yml` given): every YAML file
                roots = l.files.keys().filter(|p| is_yaml(p)).cloned().collect();
            }
            roots.sort();
            for r in roots {
                if !l.loaded.contains(&r) {
                    l.load_file(r, berlin, true, None);
                }
            }
        }
    }
    if !l.usable {
        let why = if l.cal.notes.is_empty() { "no calendar files".to_string() } else { l.cal.notes.join("; ") };
        return Err(ScheduleError::NoCalendar(why));
    }
    Ok(l.cal)
}

impl Loader<'_> {
    fn note(&mut self, s: String) {
        self.cal.notes.push(s);
    }

    fn load_file(&mut self, path: String, parent_tz: Tz, root: bool, included_from: Option<&str>) {
        if self.stack.contains(&path) {
            self.note(format!("{}: include cycle back to {path}, not followed", included_from.unwrap_or("?")));
            return;
        }
        if self.stack.len() >= MAX_DEPTH {
            self.note(format!("{path}: includes nested too deeply, not followed"));
            return;
        }
        if self.loaded.contains(&path) {
            self.note(format!("{path}: included more than once, loaded once"));
            return;
        }
        let Some(file) = self.files.get(path.as_str()).copied() else {
            self.note(format!("{}: include '{path}' not found", included_from.unwrap_or("?")));
            return;
        };
        self.loaded.insert(path.clone());
        if file.bytes.len() > MAX_FILE_BYTES {
            self.note(format!("{path}: too large ({} bytes), skipped", file.bytes.len()));
            return;
        }
        let src = String::from_utf8_lossy(&file.bytes);
        let doc: Value = match serde_saphyr::from_str::<Value>(&src) {
            Ok(v) => v,
            Err(e) => {
                let line = e.location().map(|l| l.line()).unwrap_or(0);
                let msg = e.to_string();
                let first = msg.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string();
                self.note(format!("{path}:{line}: broken YAML, file skipped: {first}"));
                return;
            }
        };
        let Some(obj) = doc.as_object() else {
            if root {
                self.note(format!("{path}: not a calendar (no events/include), skipped"));
            } else {
                self.note(format!("{path}: included file is not a calendar, skipped"));
            }
            return;
        };
        if !obj.contains_key("events") && !obj.contains_key("include") {
            self.note(format!("{path}: not a calendar (no events/include), skipped"));
            return;
        }
        self.usable = true;
        let tz = match obj.get("timezone").and_then(text) {
            Some(name) => match parse_tz(&name) {
                Some(tz) => tz,
                None => {
                    self.note(format!("{path}: unknown timezone '{name}', using {}", parent_tz.name()));
                    parent_tz
                }
            },
            None => parent_tz,
        };
        if self.cal.name.is_none() {
            self.cal.name = obj.get("name").and_then(text);
        }
        if let Some(inc) = obj.get("include") {
            match inc {
                Value::Array(items) => {
                    for it in items {
                        let Some(rel) = text(it) else {
                            self.note(format!("{path}: include entry is not a file name"));
                            continue;
                        };
                        let joined =
                            if dir_of(&path).is_empty() { rel.clone() } else { format!("{}/{}", dir_of(&path), rel) };
                        match normalize(&joined) {
                            Some(p) => {
                                self.stack.push(path.clone());
                                self.load_file(p, tz, false, Some(&path));
                                self.stack.pop();
                            }
                            None => self.note(format!("{path}: include '{rel}' points outside the folder")),
                        }
                    }
                }
                Value::Null => {}
                _ => self.note(format!("{path}: include is not a list")),
            }
        }
        match obj.get("events") {
            Some(Value::Array(evs)) => {
                for (i, ev) in evs.iter().enumerate() {
                    let mut warns = Vec::new();
                    match event_from_yaml(ev, tz, &path, &mut warns) {
                        Ok(e) => self.cal.events.push(e),
                        Err(why) => warns.push(why.to_string()),
                    }
                    let label = ev.get("summary").and_then(text).unwrap_or_default();
                    for w in warns {
                        self.note(format!("{path}: event #{} '{label}': {w}", i + 1));
                    }
                }
            }
            Some(Value::Null) | None => {}
            Some(_) => self.note(format!("{path}: events is not a list")),
        }
    }
}

fn time_to_spec(t: YamlTime) -> DateSpec {
    match t {
        YamlTime::Local(l) => DateSpec::Local(l),
        YamlTime::Instant(u) => DateSpec::Utc(u),
        YamlTime::Date(d) => DateSpec::Date(d),
    }
}

fn duration_of(v: &Value, warns: &mut Vec<String>) -> Option<EventDuration> {
    let obj = v.as_object()?;
    let mut d = EventDuration::default();
    let mut any = false;
    for (k, v) in obj {
        let Some(n) = num(v) else {
            warns.push(format!("duration {k} is not a number"));
            continue;
        };
        if !n.is_finite() || n.abs() > 1e7 {
            warns.push(format!("duration {k} out of range"));
            continue;
        }
        any = true;
        match k.as_str() {
            "weeks" => d.days += (n * 7.0).round() as i64,
            "days" => {
                d.days += n.trunc() as i64;
                d.seconds += (n.fract() * 86400.0).round() as i64;
            }
            "hours" => d.seconds += (n * 3600.0).round() as i64,
            "minutes" => d.seconds += (n * 60.0).round() as i64,
            "seconds" => d.seconds += n.round() as i64,
            other => {
                any = false;
                warns.push(format!("unknown duration unit '{other}' ignored"));
            }
        }
    }
    any.then_some(d)
}

fn list_of_times(v: &Value, what: &str, warns: &mut Vec<String>) -> Vec<DateSpec> {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        Value::Null => Vec::new(),
        other => vec![other],
    };
    let mut out = Vec::new();
    for it in items {
        match text(it).as_deref().and_then(parse_yaml_time) {
            Some(t) => out.push(time_to_spec(t)),
            None => warns.push(format!("{what} entry {it} is not a date/time, ignored")),
        }
    }
    out
}

/// Why an event of a yaml2ics file was skipped; `Display` is the note's tail.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventSkipped {
    #[error("not a mapping, skipped")]
    NotAMapping,
    #[error("unknown timezone '{0}', skipped")]
    UnknownZone(String),
    #[error("no begin, skipped")]
    NoBegin,
    #[error("begin '{0}' is not a date/time, skipped")]
    BadBegin(String),
    #[error("begin year {0} out of range, skipped")]
    YearOutOfRange(i32),
    #[error("repeat is not a mapping, skipped")]
    RepeatNotAMapping,
    #[error("repeat without interval, skipped")]
    NoInterval,
    #[error("repeat interval must have exactly one unit, skipped")]
    IntervalUnits,
    #[error("unknown interval unit '{0}', skipped")]
    UnknownUnit(String),
    #[error("interval not a positive number")]
    BadInterval,
}

fn event_from_yaml(v: &Value, cal_tz: Tz, path: &str, warns: &mut Vec<String>) -> Result<Event, EventSkipped> {
    let obj: &Map<String, Value> = v.as_object().ok_or(EventSkipped::NotAMapping)?;
    let summary = obj
        .get("summary")
        .or_else(|| obj.get("name"))
        .and_then(text)
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| "(no title)".to_string());
    let tz = match obj.get("timezone").and_then(text) {
        Some(name) => parse_tz(&name).ok_or_else(|| EventSkipped::UnknownZone(name.to_string()))?,
        None => cal_tz,
    };
    let begin_raw = obj.get("begin").and_then(text).ok_or(EventSkipped::NoBegin)?;
    let begin = parse_yaml_time(&begin_raw).ok_or_else(|| EventSkipped::BadBegin(begin_raw.to_string()))?;
    let (start, date_only) = match begin {
        YamlTime::Local(l) => (l, false),
        YamlTime::Instant(u) => (u.with_timezone(&tz).naive_local(), false),
        YamlTime::Date(d) => (d.and_time(NaiveTime::MIN), true),
    };
    if !(1000..=9999).contains(&start.year()) {
        return Err(EventSkipped::YearOutOfRange(start.year()));
    }
    let mut duration = obj.get("duration").and_then(|d| duration_of(d, warns));
    if duration.is_none() {
        if let Some(end_raw) = obj.get("end").and_then(text) {
            match parse_yaml_time(&end_raw) {
                Some(YamlTime::Date(d)) if date_only => {
                    duration = Some(EventDuration { days: (d - start.date()).num_days().max(0) + 1, seconds: 0 })
                }
                Some(t) => {
                    let end_utc = match t {
                        YamlTime::Local(l) => local_to_utc(tz, l),
                        YamlTime::Instant(u) => u,
                        YamlTime::Date(d) => local_to_utc(tz, d.and_time(NaiveTime::MIN)),
                    };
                    let secs = (end_utc - local_to_utc(tz, start)).num_seconds();
                    if secs < 0 {
                        warns.push("end before begin, using zero length".into());
                    }
                    duration = Some(EventDuration { days: 0, seconds: secs.max(0) });
                }
                None => warns.push(format!("end '{end_raw}' is not a date/time, ignored")),
            }
        }
    }
    // yaml2ics: neither duration nor end -> all-day event on the begin date.
    let all_day = duration.is_none();
    let (start, zone, duration) = if all_day {
        (start.date().and_time(NaiveTime::MIN), EventZone::Floating, EventDuration { days: 1, seconds: 0 })
    } else {
        (start, if date_only { EventZone::Floating } else { EventZone::Zone(tz) }, duration.unwrap_or_default())
    };
    let mut ev = Event::single(&summary, start, zone, duration);
    ev.all_day = all_day || date_only;
    ev.uid = obj.get("uid").and_then(text).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    ev.description = obj.get("description").and_then(text).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    ev.location = obj.get("location").and_then(text).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    ev.source = format!("calendar:{path}");
    if let Some(rep) = obj.get("repeat") {
        let rep = rep.as_object().ok_or(EventSkipped::RepeatNotAMapping)?;
        let interval = rep.get("interval").and_then(Value::as_object).ok_or(EventSkipped::NoInterval)?;
        if interval.len() != 1 {
            return Err(EventSkipped::IntervalUnits);
        }
        let Some((unit, n)) = interval.iter().next() else {
            return Err(EventSkipped::NoInterval);
        };
        let freq = match unit.as_str() {
            "seconds" => Freq::Secondly,
            "minutes" => Freq::Minutely,
            "hours" => Freq::Hourly,
            "days" => Freq::Daily,
            "weeks" => Freq::Weekly,
            "months" => Freq::Monthly,
            "years" => Freq::Yearly,
            other => return Err(EventSkipped::UnknownUnit(other.to_string())),
        };
        let n = num(n).filter(|n| n.is_finite() && *n >= 1.0 && *n <= 100_000.0).ok_or(EventSkipped::BadInterval)?;
        let mut rule = Recurrence::every(freq, n as u32);
        match rep.get("until").and_then(text) {
            Some(u) => match parse_yaml_time(&u) {
                // yaml2ics writes UNTIL=<DATE>T000000 in the event's zone
                Some(YamlTime::Date(d)) => rule.until = Some(DateSpec::Local(d.and_time(NaiveTime::MIN))),
                Some(t) => rule.until = Some(time_to_spec(t)),
                None => warns.push(format!("until '{u}' is not a date, repeating without end")),
            },
            None => warns.push("repeat without until (yaml2ics requires one), repeating without end".into()),
        }
        if let Some(x) = rep.get("except_on") {
            ev.exdates = list_of_times(x, "except_on", warns);
        }
        if let Some(x) = rep.get("also_on") {
            ev.rdates = list_of_times(x, "also_on", warns);
        }
        ev.recurrence = Some(rule);
    }
    Ok(ev)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        assert!(matches!(parse_yaml_time("2025-04-18 11:05:00  # holiday"), Some(YamlTime::Local(_))));
        assert!(matches!(parse_yaml_time("2025-04-18"), Some(YamlTime::Date(_))));
        assert!(matches!(parse_yaml_time("2025-04-18T11:05:00+02:00"), Some(YamlTime::Instant(_))));
        assert!(matches!(parse_yaml_time("2025-04-18 09:05:00Z"), Some(YamlTime::Instant(_))));
        assert_eq!(parse_yaml_time("soon"), None);
    }

    #[test]
    fn paths() {
        assert_eq!(normalize("teams/x/../y.yml").as_deref(), Some("teams/y.yml"));
        assert_eq!(normalize("../y.yml"), None);
    }
}
