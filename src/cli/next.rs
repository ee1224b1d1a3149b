//! `scsdash next`: one line about the next meeting of the user's teams, for a
//! shell prompt, tmux's status line or a window-manager bar.
//!
//! Cheap by construction: it reads the cache or the named local sources only
//! (never the network), parses only what the schedule needs (the calendar and
//! the slots announced in the minutes; no action tracking, no search index),
//! and needs no async runtime.

use chrono::format::{Item, StrftimeItems};
use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::config::Config;
use crate::model::schedule::Occurrence;
pub use crate::remind::{may_announce_slots, schedule_of};
use crate::schedule::{links, Schedule};
use crate::teams::{is_my_meeting, my_teams};
use crate::text::sanitize_line;

/// The documented format fields (README and `--help`).
pub const FIELDS: &[(&str, &str)] = &[
    ("title", "the meeting's title"),
    ("series", "its series key (container, iaas, community-call, ...)"),
    ("start", "start: 09:05 today, Mon 09:05 this week, else 2026-12-07 09:05"),
    ("start:FMT", "start in a strftime format, e.g. {start:%H:%M}"),
    ("end", "end, like {start}; {end:FMT} as well"),
    ("date", "start date, 2026-12-07"),
    ("in", "\"in 12 min\", \"in 2 h 5 min\", \"in 3 days\", or \"now\" while it runs"),
    ("minutes", "whole minutes until the start (0 while it runs)"),
    ("url", "the call link (location, else a Jitsi line of the description)"),
    ("pad", "the HedgeDoc pad named in the description"),
    ("location", "the location as written"),
    ("tz", "the display zone"),
];

/// The default line: `Team Container 09:05 (in 12 min) · https://…`.
pub const DEFAULT_FORMAT: &str = "{title} {start} ({in})";

/// The next meeting at `now`: the earliest non-cancelled occurrence of
/// `teams` that has not ended (one running counts), starting before
/// `now + within` when given. Looks up to about 400 days ahead.
pub fn pick(
    schedule: &Schedule,
    cfg: &Config,
    teams: &[String],
    now: DateTime<Utc>,
    tz: Tz,
    within: Option<TimeDelta>,
) -> Option<Occurrence> {
    let mine = my_teams(cfg, teams);
    let back = now.checked_sub_signed(TimeDelta::days(2)).unwrap_or(now);
    let horizons: Vec<TimeDelta> = match within {
        Some(w) => vec![w + TimeDelta::seconds(1)],
        None => vec![TimeDelta::days(14), TimeDelta::days(400)],
    };
    for ahead in horizons {
        let until = now.checked_add_signed(ahead).unwrap_or(now);
        let found = schedule
            .occurrences(back, until, tz)
            .into_iter()
            .filter(|o| !o.cancelled && o.end.with_timezone(&Utc) > now && is_my_meeting(&mine, o))
            .filter(|o| within.is_none_or(|w| o.start.with_timezone(&Utc) <= now + w))
            .min_by(|a, b| a.start.cmp(&b.start).then_with(|| a.title.cmp(&b.title)));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Parse `--within`: `90m`, `2h`, `1h30m`, `1d`, `45min`, `2 hours`.
pub fn parse_within(s: &str) -> Result<TimeDelta, String> {
    let bad = || format!("'{s}' is not a duration (e.g. 30m, 2h, 1h30m, 1d)");
    let mut total: i64 = 0;
    let mut num = String::new();
    let mut unit = String::new();
    let mut parts: Vec<(i64, String)> = Vec::new();
    let flush = |num: &mut String, unit: &mut String, parts: &mut Vec<(i64, String)>| -> Result<(), String> {
        if num.is_empty() && unit.is_empty() {
            return Ok(());
        }
        let n: i64 = num.parse().map_err(|_| bad())?;
        parts.push((n, std::mem::take(unit)));
        num.clear();
        Ok(())
    };
    for c in s.trim().chars() {
        if c.is_ascii_digit() {
            if !unit.is_empty() {
                flush(&mut num, &mut unit, &mut parts)?;
            }
            num.push(c);
        } else if c.is_alphabetic() {
            if num.is_empty() {
                return Err(bad());
            }
            unit.push(c.to_ascii_lowercase());
        } else if !c.is_whitespace() {
            return Err(bad());
        }
    }
    flush(&mut num, &mut unit, &mut parts)?;
    if parts.is_empty() {
        return Err(bad());
    }
    for (n, u) in parts {
        let secs = match u.as_str() {
            "s" | "sec" | "secs" | "second" | "seconds" => 1,
            "m" | "min" | "mins" | "minute" | "minutes" => 60,
            "h" | "hr" | "hrs" | "hour" | "hours" => 3600,
            "d" | "day" | "days" => 86_400,
            "w" | "week" | "weeks" => 7 * 86_400,
            _ => return Err(bad()),
        };
        total = n.checked_mul(secs).and_then(|x| total.checked_add(x)).ok_or_else(bad)?;
    }
    if total > 400 * 86_400 {
        return Err(format!("'{s}' is too long (at most 400 days)"));
    }
    Ok(TimeDelta::seconds(total))
}

/// "in 12 min", "in 2 h 5 min", "in 3 days", "now".
pub fn relative(start: DateTime<Utc>, now: DateTime<Utc>) -> String {
    if start <= now {
        return "now".into();
    }
    // round up: a meeting 30 s away is "in 1 min", never "in 0 min"
    let mins = (start - now).num_seconds().saturating_add(59) / 60;
    if mins < 60 {
        format!("in {mins} min")
    } else if mins < 24 * 60 {
        let (h, m) = (mins / 60, mins % 60);
        if m == 0 {
            format!("in {h} h")
        } else {
            format!("in {h} h {m} min")
        }
    } else {
        let days = (mins + 12 * 60) / (24 * 60);
        if days == 1 {
            "in 1 day".into()
        } else {
            format!("in {days} days")
        }
    }
}

fn smart_time(t: &DateTime<chrono::FixedOffset>, now: DateTime<Utc>, tz: Tz) -> String {
    let today = now.with_timezone(&tz).date_naive();
    let day = t.date_naive();
    if day == today {
        t.format("%H:%M").to_string()
    } else if day > today && (day - today).num_days() < 7 {
        t.format("%a %H:%M").to_string()
    } else {
        t.format("%Y-%m-%d %H:%M").to_string()
    }
}

fn strftime(t: &DateTime<chrono::FixedOffset>, fmt: &str) -> Result<String, String> {
    let items: Vec<Item> = StrftimeItems::new(fmt).collect();
    if items.iter().any(|i| matches!(i, Item::Error)) {
        return Err(format!("bad time format '{fmt}' in --format"));
    }
    use std::fmt::Write;
    let mut s = String::new();
    write!(s, "{}", t.format_with_items(items.into_iter())).map_err(|_| format!("bad time format '{fmt}'"))?;
    Ok(s)
}

/// Check a `--format` template without an occurrence (unknown fields, bad
/// strftime, unbalanced braces) so a typo is an error even when no meeting is due.
pub fn check_format(fmt: &str) -> Result<(), String> {
    let now = DateTime::<Utc>::UNIX_EPOCH;
    let probe = Occurrence::plain("", "", now.fixed_offset(), "UTC");
    format_line(&probe, fmt, now, chrono_tz::UTC).map(|_| ())
}

/// Fill a `--format` template (`{field}`, `{start:%H:%M}`, `{{` and `}}` for
/// braces). Every value is sanitised to one line of printable text.
pub fn format_line(o: &Occurrence, fmt: &str, now: DateTime<Utc>, tz: Tz) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '}' => return Err("unmatched '}' in --format (write '}}' for a brace)".into()),
            '{' => {
                let mut field = String::new();
                let mut closed = false;
                for c in chars.by_ref() {
                    if c == '}' {
                        closed = true;
                        break;
                    }
                    field.push(c);
                }
                if !closed {
                    return Err("unclosed '{' in --format (write '{{' for a brace)".into());
                }
                out.push_str(&sanitize_line(&field_value(o, &field, now, tz)?));
            }
            c => out.push(c),
        }
    }
    Ok(sanitize_line(&out).into_owned())
}

fn field_value(o: &Occurrence, field: &str, now: DateTime<Utc>, tz: Tz) -> Result<String, String> {
    let (name, arg) = match field.split_once(':') {
        Some((n, a)) => (n.trim(), Some(a)),
        None => (field.trim(), None),
    };
    let start_utc = o.start.with_timezone(&Utc);
    Ok(match (name, arg) {
        ("title", None) => o.title.clone(),
        ("series", None) => o.series.clone(),
        ("start", None) => smart_time(&o.start, now, tz),
        ("end", None) => smart_time(&o.end, now, tz),
        ("start", Some(f)) => strftime(&o.start, f)?,
        ("end", Some(f)) => strftime(&o.end, f)?,
        ("date", None) => o.start.format("%Y-%m-%d").to_string(),
        ("in", None) => relative(start_utc, now),
        ("minutes", None) => ((start_utc - now).num_seconds().max(0).saturating_add(59) / 60).to_string(),
        ("url", None) => links::call_url(o.location.as_deref(), o.description.as_deref()).unwrap_or_default(),
        ("pad", None) => links::pad_url(o.description.as_deref()).unwrap_or_default(),
        ("location", None) => o.location.clone().unwrap_or_default(),
        ("tz", None) => o.tz.clone(),
        _ => {
            let known: Vec<&str> = FIELDS.iter().map(|(n, _)| *n).collect();
            return Err(format!("unknown field '{{{field}}}' in --format (fields: {})", known.join(", ")));
        }
    })
}

/// The default line: the template [`DEFAULT_FORMAT`], then ` · <call link>` when there is one.
pub fn default_line(o: &Occurrence, now: DateTime<Utc>, tz: Tz) -> String {
    let mut s = format_line(o, DEFAULT_FORMAT, now, tz).unwrap_or_default();
    if let Some(u) = links::call_url(o.location.as_deref(), o.description.as_deref()) {
        s.push_str(" · ");
        s.push_str(&sanitize_line(&u));
    }
    s
}

/// `--json`: one object.
#[derive(Debug, Serialize)]
pub struct NextJson {
    pub title: String,
    pub series: String,
    pub start: DateTime<chrono::FixedOffset>,
    pub end: DateTime<chrono::FixedOffset>,
    pub tz: String,
    /// Whole minutes until the start, 0 while it runs.
    pub minutes_until: i64,
    pub running: bool,
    #[serde(rename = "in")]
    pub relative: String,
    pub url: Option<String>,
    pub pad: Option<String>,
    pub location: Option<String>,
    pub uid: String,
}

/// The `--json` text of an occurrence (sanitised strings, one line).
pub fn json_line(o: &Occurrence, now: DateTime<Utc>) -> String {
    let start_utc = o.start.with_timezone(&Utc);
    let clean = |s: &str| sanitize_line(s).into_owned();
    let j = NextJson {
        title: clean(&o.title),
        series: clean(&o.series),
        start: o.start,
        end: o.end,
        tz: o.tz.clone(),
        minutes_until: (start_utc - now).num_seconds().max(0).saturating_add(59) / 60,
        running: start_utc <= now,
        relative: relative(start_utc, now),
        url: links::call_url(o.location.as_deref(), o.description.as_deref()).map(|u| clean(&u)),
        pad: links::pad_url(o.description.as_deref()).map(|u| clean(&u)),
        location: o.location.as_deref().map(clean),
        uid: clean(&o.uid),
    };
    serde_json::to_string(&j).unwrap_or_else(|_| "{}".into())
}

/// What `next` prints for `occ` (`None`: nothing due).
pub fn render(
    occ: Option<&Occurrence>,
    format: Option<&str>,
    json: bool,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<Option<String>, String> {
    if let Some(f) = format {
        check_format(f)?;
    }
    let Some(o) = occ else { return Ok(None) };
    Ok(Some(if json {
        json_line(o, now)
    } else {
        match format {
            Some(f) => format_line(o, f, now, tz)?,
            None => default_line(o, now, tz),
        }
    }))
}

/// Run `scsdash next` on the clock of `--as-of` in the display zone ([`crate::data::clock_in`]).
/// `Ok(Some(line))`: print it, exit 0; `Ok(None)`: no meeting (within the window), print
/// nothing, exit 1; `Err`: exit 2.
pub fn run(args: &super::NextArgs, opts: &super::GlobalOpts, cfg: &Config) -> Result<Option<String>, String> {
    let within = args.within.as_deref().map(parse_within).transpose()?;
    if let Some(f) = &args.format {
        check_format(f)?;
    }
    let tz = crate::schedule::resolve_display_tz(opts.tz.as_deref(), cfg.user.timezone.as_deref())
        .map_err(|e| e.to_string())?;
    let now = crate::data::clock_in(opts.as_of, tz);
    let mut choice = crate::data::SourceChoice::new(&opts.sources(), cfg);
    // never the network: an ICS feed URL is refused instead of fetched
    choice.offline = true;
    let (ws, slots) = crate::data::schedule_inputs(&choice).map_err(|e| e.to_string())?;
    if matches!(ws.origin, crate::sources::Origin::Demo) && !choice.demo {
        return Err("no calendar yet: run `scsdash sync` once (or pass --calendar-dir / --ics / --demo)".into());
    }
    let schedule = crate::remind::schedule_with(&ws, &slots);
    let teams: &[String] = if args.all { &[] } else { &cfg.user.teams };
    let occ = pick(&schedule, cfg, teams, now, tz, within);
    render(occ.as_ref(), args.format.as_deref(), args.json, now, tz)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    fn demo() -> Schedule {
        schedule_of(&crate::sources::Workspace::demo())
    }

    #[test]
    fn fixed_time_on_the_demo_calendar() {
        let cfg = Config::default();
        let berlin = chrono_tz::Europe::Berlin;
        // Thursday 2026-11-26, 14:53 in Berlin: the Tech Weekly starts at 15:05
        let now = utc(2026, 11, 26, 13, 53);
        let o = pick(&demo(), &cfg, &[], now, berlin, None).expect("a meeting");
        assert_eq!(
            default_line(&o, now, berlin),
            "SCS Tech Weekly 15:05 (in 12 min) · https://conf.scs.koeln:8443/SCS-Tech"
        );
        assert_eq!(
            format_line(&o, "{title}|{start:%H:%M}|{in}|{minutes}|{pad}", now, berlin).unwrap(),
            "SCS Tech Weekly|15:05|in 12 min|12|https://input.scs.community/scs-tech-weekly"
        );
        // the same instant in New York
        let ny = chrono_tz::America::New_York;
        let o = pick(&demo(), &cfg, &[], now, ny, None).unwrap();
        assert_eq!(format_line(&o, "{start} {tz}", now, ny).unwrap(), "09:05 America/New_York");
        // running: "now" until it ends
        let during = utc(2026, 11, 26, 14, 30);
        let o = pick(&demo(), &cfg, &[], during, berlin, None).unwrap();
        assert_eq!(o.title, "SCS Tech Weekly");
        assert_eq!(relative(o.start.with_timezone(&Utc), during), "now");
        let v: serde_json::Value = serde_json::from_str(&json_line(&o, during)).unwrap();
        assert_eq!(v["running"], true);
        assert_eq!(v["minutes_until"], 0);
        // --within: nothing in the next 5 minutes at 14:53
        assert!(pick(&demo(), &cfg, &[], now, berlin, Some(TimeDelta::minutes(5))).is_none());
        assert!(pick(&demo(), &cfg, &[], now, berlin, Some(TimeDelta::minutes(12))).is_some());
        assert_eq!(render(None, None, false, now, berlin).unwrap(), None);
    }

    #[test]
    fn team_filter_uses_user_teams() {
        let cfg = Config::default();
        let berlin = chrono_tz::Europe::Berlin;
        let now = utc(2026, 11, 26, 13, 53);
        for team in ["Team Container", "container"] {
            let o = pick(&demo(), &cfg, &[team.to_string()], now, berlin, None).expect(team);
            assert_eq!(o.series, "container", "{team}: {}", o.title);
        }
        assert!(pick(&demo(), &cfg, &["Team Nobody".to_string()], now, berlin, None).is_none());
    }

    #[test]
    fn the_slot_prefilter_keeps_every_file_with_slots() {
        let ws = crate::sources::Workspace::demo();
        for f in &ws.minutes {
            if !crate::minutes::parse_meeting(f).slots.is_empty() {
                assert!(may_announce_slots(&f.bytes), "{}", f.path);
            }
        }
        assert!(!may_announce_slots(b"# Minutes\n\n- nothing at 10:00\n"));
        assert!(may_announce_slots(b"New slot:\nMonday\n10:05 CEST\n"));
    }

    #[test]
    fn durations() {
        assert_eq!(parse_within("90m").unwrap(), TimeDelta::minutes(90));
        assert_eq!(parse_within("1h30m").unwrap(), TimeDelta::minutes(90));
        assert_eq!(parse_within("2 hours").unwrap(), TimeDelta::hours(2));
        assert_eq!(parse_within("1d").unwrap(), TimeDelta::days(1));
        for bad in ["", "h", "2x", "-1h", "1.5h", "99999999999999999999h", "500d"] {
            assert!(parse_within(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn relative_texts() {
        let now = utc(2026, 12, 1, 8, 0);
        assert_eq!(relative(now, now), "now");
        assert_eq!(relative(now + TimeDelta::seconds(30), now), "in 1 min");
        assert_eq!(relative(now + TimeDelta::minutes(12), now), "in 12 min");
        assert_eq!(relative(now + TimeDelta::minutes(120), now), "in 2 h");
        assert_eq!(relative(now + TimeDelta::minutes(125), now), "in 2 h 5 min");
        assert_eq!(relative(now + TimeDelta::hours(30), now), "in 1 day");
        assert_eq!(relative(now + TimeDelta::hours(72), now), "in 3 days");
    }

    #[test]
    fn format_errors_are_reported() {
        assert!(check_format("{title} {start:%H:%M}").is_ok());
        assert!(check_format("{{literal}} {in}").is_ok());
        assert!(check_format("{nope}").unwrap_err().contains("unknown field"));
        assert!(check_format("{title").is_err());
        assert!(check_format("title}").is_err());
        assert!(check_format("{start:%Q}").is_err());
    }
}
