//! Wall clock <-> instant, time zone names.

use chrono::{DateTime, NaiveDateTime, Offset, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;

/// The instant a wall-clock time in `tz` denotes.
///
/// Deterministic at the DST switches:
/// - a nonexistent local time (in the spring-forward gap) is shifted forward by
///   the gap: 02:30 on the day Europe/Berlin jumps from 02:00 to 03:00 becomes
///   03:30 CEST (it is read with the offset in force before the gap);
/// - an ambiguous local time (in the fall-back hour) is the earlier instant,
///   i.e. 02:30 on the day Berlin goes back from 03:00 to 02:00 is 02:30 CEST.
pub fn local_to_utc(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(d) => d.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(a, b) => {
            let (a, b) = (a.with_timezone(&Utc), b.with_timezone(&Utc));
            a.min(b)
        }
        chrono::LocalResult::None => {
            // Offset in force a day before (no zone switches twice within a day).
            let utc = local.and_utc();
            let probe = utc.checked_sub_signed(TimeDelta::days(1)).unwrap_or(utc);
            let before = tz.offset_from_utc_datetime(&probe.naive_utc()).fix();
            let shift = TimeDelta::seconds(i64::from(before.local_minus_utc()));
            local.checked_sub_signed(shift).unwrap_or(local).and_utc()
        }
    }
}

/// Parse an IANA zone name (exact, then case-insensitive).
pub fn parse_tz(name: &str) -> Option<Tz> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    name.parse::<Tz>()
        .ok()
        .or_else(|| chrono_tz::TZ_VARIANTS.iter().copied().find(|tz| tz.name().eq_ignore_ascii_case(name)))
}

/// Zone labels as written in the minutes and in foreign ICS files
/// (CET/CEST, Windows names, Mozilla-prefixed TZIDs) -> IANA zone.
pub fn parse_zone_label(label: &str) -> Option<Tz> {
    let l = label.trim().trim_matches('"');
    if let Some(tz) = parse_tz(l) {
        return Some(tz);
    }
    let upper = l.to_ascii_uppercase();
    let berlin = ["CET", "CEST", "CET/CEST", "CEST/CET", "MEZ", "MESZ", "MEZ/MESZ", "BERLIN", "GERMAN TIME"];
    if berlin.contains(&upper.as_str()) {
        return Some(chrono_tz::Europe::Berlin);
    }
    if ["UTC", "GMT", "Z", "COORDINATED UNIVERSAL TIME"].contains(&upper.as_str()) {
        return Some(chrono_tz::UTC);
    }
    let windows: &[(&str, Tz)] = &[
        ("W. EUROPE STANDARD TIME", chrono_tz::Europe::Berlin),
        ("CENTRAL EUROPE STANDARD TIME", chrono_tz::Europe::Budapest),
        ("CENTRAL EUROPEAN STANDARD TIME", chrono_tz::Europe::Warsaw),
        ("ROMANCE STANDARD TIME", chrono_tz::Europe::Paris),
        ("GMT STANDARD TIME", chrono_tz::Europe::London),
        ("EASTERN STANDARD TIME", chrono_tz::America::New_York),
        ("CENTRAL STANDARD TIME", chrono_tz::America::Chicago),
        ("MOUNTAIN STANDARD TIME", chrono_tz::America::Denver),
        ("PACIFIC STANDARD TIME", chrono_tz::America::Los_Angeles),
        ("INDIA STANDARD TIME", chrono_tz::Asia::Kolkata),
        ("AUS EASTERN STANDARD TIME", chrono_tz::Australia::Sydney),
        ("TOKYO STANDARD TIME", chrono_tz::Asia::Tokyo),
        ("CHINA STANDARD TIME", chrono_tz::Asia::Shanghai),
    ];
    if let Some((_, tz)) = windows.iter().find(|(n, _)| *n == upper) {
        return Some(*tz);
    }
    // "/mozilla.org/20070129_1/Europe/Berlin", "/Europe/Berlin", "zoneinfo/Europe/Berlin"
    for (i, c) in l.char_indices() {
        if c == '/' {
            if let Some(tz) = parse_tz(&l[i + 1..]) {
                return Some(tz);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn ndt(y: i32, m: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, mi, 0).unwrap()
    }

    #[test]
    fn gap_shifts_forward() {
        let u = local_to_utc(chrono_tz::Europe::Berlin, ndt(2026, 3, 29, 2, 30));
        assert_eq!(u, ndt(2026, 3, 29, 1, 30).and_utc()); // = 03:30 CEST
    }

    #[test]
    fn fold_takes_earlier() {
        let u = local_to_utc(chrono_tz::Europe::Berlin, ndt(2026, 10, 25, 2, 30));
        assert_eq!(u, ndt(2026, 10, 25, 0, 30).and_utc()); // 02:30 CEST
    }

    #[test]
    fn labels() {
        assert_eq!(parse_zone_label("CET/CEST"), Some(chrono_tz::Europe::Berlin));
        assert_eq!(parse_zone_label("/mozilla.org/20070129_1/Europe/Berlin"), Some(chrono_tz::Europe::Berlin));
        assert_eq!(parse_zone_label("W. Europe Standard Time"), Some(chrono_tz::Europe::Berlin));
        assert_eq!(parse_zone_label("europe/london"), Some(chrono_tz::Europe::London));
        assert_eq!(parse_zone_label("Mars/Olympus"), None);
    }
}
