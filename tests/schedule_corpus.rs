//! Conformance over the real SCS calendar (`../shared/corpus/scs-calendar`).
//! Expected occurrences were worked out by hand from the YAML. (An earlier
//! version claimed a cross-check against an independent PyYAML + dateutil
//! expansion; that expander was never in the repository, so the claim went.)

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
mod corpus;

use chrono_tz::Tz;
use scsdash::model::SourceFile;
use scsdash::schedule::*;

fn corpus() -> Option<PathBuf> {
    let dir = corpus::dir("scs-calendar")?;
    if dir.join("main.yml").is_file() {
        Some(dir)
    } else {
        corpus::skip(&dir.join("main.yml"));
        None
    }
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("test timestamp").with_timezone(&Utc)
}

/// The published calendar (main.yml and its includes) plus each archive file.
fn load_all(dir: &Path) -> (Calendar, Vec<Calendar>) {
    let (files, _) = scsdash::sources::read_tree(dir, &["yml", "yaml"]).expect("the corpus calendar folder reads");
    assert!(files.len() >= 20, "corpus has its files");
    let main = load_yaml2ics(&files).expect("the corpus calendar loads");
    let archive: Vec<Calendar> = files
        .iter()
        .filter(|f| f.path.starts_with("archive/") && f.path.ends_with(".yml"))
        .map(|f| load_yaml2ics(std::slice::from_ref(f)).unwrap_or_else(|e| panic!("{}: {e}", f.path)))
        .collect();
    (main, archive)
}

fn find<'a>(occ: &'a [Occurrence], title: &str, utc_start: &str) -> Option<&'a Occurrence> {
    occ.iter()
        .find(|o| o.title == title && o.start.with_timezone(&Utc).format("%Y-%m-%dT%H:%MZ").to_string() == utc_start)
}

#[test]
fn corpus_calendar_loads_and_expands_as_published() {
    let Some(dir) = corpus() else { return };
    let (main, archive) = load_all(&dir);
    assert!(main.events.len() >= 25, "{} events", main.events.len());
    assert_eq!(main.name.as_deref(), Some("Overall calendar of SCS community related events"));
    // main.yml is the entry: communitycall-data.yml is not part of the published calendar;
    // the commented-out include of teams/container/onetimes.yml is not followed
    assert!(!main.events.iter().any(|e| e.summary == "Container Hacking Session"));
    assert_eq!(archive.len(), 7);
    assert!(archive.iter().all(|c| !c.events.is_empty()));

    let sched = Schedule::new(vec![main], &[]);
    let utc_zone: Tz = chrono_tz::UTC;
    let occ = sched.occurrences(utc("2025-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"), utc_zone);
    let y2026: Vec<&Occurrence> = occ.iter().filter(|o| o.start.format("%Y").to_string() == "2026").collect();
    assert_eq!(y2026.len(), 142, "all 2026 occurrences of the published calendar");
    assert_eq!(y2026.iter().filter(|o| o.cancelled).count(), 9);

    // monthly OPS/Sec/IAM: Jan 16, Feb 16; Mar 16 09:05 is after `until: 2026-03-16` (00:00) -> not included
    let ops = "Team OPS/Sec/IAM Tooling Meeting";
    assert!(find(&occ, ops, "2026-01-16T08:05Z").is_some());
    assert!(find(&occ, ops, "2026-02-16T08:05Z").is_some());
    assert!(!occ.iter().any(|o| o.title == ops && o.start.date_naive().to_string() == "2026-03-16"));
    // then every 4 weeks from Fri 2026-03-27 09:35 (CET), Apr 24 09:35 CEST
    assert!(find(&occ, ops, "2026-03-27T08:35Z").is_some());
    assert!(find(&occ, ops, "2026-04-24T07:35Z").is_some());
    assert_eq!(find(&occ, ops, "2026-01-16T08:05Z").map(|o| o.series.as_str()), Some("ops"));

    // Project Board 2025: weekly Mon 14:05 until Tue 2025-12-16: Dec 15 is the last
    let pb = "SCS Project Board";
    let last_2025 = occ.iter().rev().find(|o| o.title == pb && o.start.format("%Y").to_string() == "2025").expect("pb");
    assert_eq!(last_2025.start.to_rfc3339(), "2025-12-15T13:05:00+00:00");
    assert!(find(&occ, pb, "2025-04-21T12:05Z").expect("Easter Monday listed").cancelled);
    assert!(!find(&occ, pb, "2025-04-07T12:05Z").expect("regular").cancelled);

    // Community Meeting: every 4 weeks Fri 11:05; Nov 28 2025 cancelled, replaced by a one-time Dec 5
    let cm = "SCS Community Meeting";
    assert!(find(&occ, cm, "2025-11-28T10:05Z").expect("listed").cancelled);
    assert!(!find(&occ, cm, "2025-12-05T10:05Z").expect("one-time").cancelled);
    assert!(find(&occ, cm, "2026-05-15T09:05Z").expect("bridge day").cancelled);
    // across the EU switch (Mar 29): 11:05 CET = 10:05Z, 11:05 CEST = 09:05Z
    assert!(find(&occ, cm, "2026-03-20T10:05Z").is_some());
    assert!(find(&occ, cm, "2026-04-17T09:05Z").is_some());

    // Team Container 2026: bi-weekly Fri 09:05, Good Friday cancelled
    let tc = "Team Container Meeting";
    assert!(find(&occ, tc, "2026-03-20T08:05Z").is_some());
    assert!(find(&occ, tc, "2026-04-03T07:05Z").expect("Good Friday").cancelled);
    assert!(!occ.iter().any(|o| o.title == tc && o.start.date_naive().to_string() == "2026-03-27"), "bi-weekly");

    // a 1500-minute one-time event
    let hack = find(&occ, "SCS Hackathon #6", "2026-02-17T11:00Z").expect("hackathon");
    assert_eq!(hack.end.to_rfc3339(), "2026-02-18T12:00:00+00:00");
    // event without uid gets a stable generated one
    let bug = occ.iter().find(|o| o.title == "Bug Squashing Fest").expect("bsf");
    assert_eq!(bug.uid, "bug-squashing-fest-20251118T110500@scsdash");

    // display zone New York in the weeks the US (Mar 8) and EU (Mar 29) differ
    let ny: Tz = "America/New_York".parse().expect("zone");
    let occ_ny = sched.occurrences(utc("2026-03-01T00:00:00Z"), utc("2026-04-30T00:00:00Z"), ny);
    let c = occ_ny.iter().find(|o| o.title == tc && o.source_start.to_string() == "2026-03-20 09:05:00").expect("c");
    assert_eq!(c.start.to_rfc3339(), "2026-03-20T04:05:00-04:00");
    let c = occ_ny.iter().find(|o| o.title == tc && o.source_start.to_string() == "2026-04-17 09:05:00").expect("c");
    assert_eq!(c.start.to_rfc3339(), "2026-04-17T03:05:00-04:00");

    // the corpus' one duplicate UID is reported
    assert!(sched.notes().iter().any(|n| n.contains("team-ops-sec-iam-2026@docs.scs.community")));
}

#[test]
fn corpus_archive_also_on_and_skipped_data_file() {
    let Some(dir) = corpus() else { return };
    let (_, archive) = load_all(&dir);
    let sched = Schedule::new(archive, &[]);
    let occ = sched.occurrences(utc("2022-01-01T00:00:00Z"), utc("2024-01-01T00:00:00Z"), chrono_tz::UTC);
    // SIG Std/Cert 2023: bi-weekly Thu 14:05 until 2023-04-20, Apr 13 excepted, Apr 20 added by also_on
    let sig = "SIG Standardization/Certification";
    assert!(find(&occ, sig, "2023-04-13T12:05Z").expect("listed").cancelled);
    assert!(!find(&occ, sig, "2023-04-20T12:05Z").expect("also_on").cancelled);
    // also_on on a Tuesday at another hour
    assert!(find(&occ, sig, "2023-07-11T09:05Z").is_some());
    assert!(occ.len() > 800, "{}", occ.len());

    // the data file alone is no calendar; next to main.yml it is never read
    let data = std::fs::read(dir.join("communitycall-data.yml")).expect("data file");
    let err = load_yaml2ics(&[SourceFile::new("communitycall-data.yml", data.clone())]).expect_err("not a calendar");
    assert!(err.to_string().contains("not a calendar"), "{err}");
    let other = std::fs::read(dir.join("other.yml")).expect("other.yml");
    let cal = load_yaml2ics(&[SourceFile::new("communitycall-data.yml", data), SourceFile::new("other.yml", other)])
        .expect("loads");
    assert!(cal.notes.iter().any(|n| n.starts_with("communitycall-data.yml") && n.contains("skipped")));
    assert_eq!(cal.events.len(), 3);
}
