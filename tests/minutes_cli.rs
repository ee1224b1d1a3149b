//! Output of the minutes subcommands: JSON shapes and field names, aligned
//! tables, filters, sanitising of remote text.

use chrono::NaiveDate;
use scsdash::cli::minutes::{
    actions_output, decisions_output, meetings_output, tenders_output, ActionFilter, StatusFilter,
};
use scsdash::minutes::analyze;
use scsdash::model::meeting::{ActionStatus, Minutes};
use scsdash::model::SourceFile;
use unicode_width::UnicodeWidthStr;

fn minutes() -> Minutes {
    analyze(&[
        SourceFile::new("tech-weekly/20240111.md", include_str!("fixtures/minutes/tech-weekly/20240111.md")),
        SourceFile::new("tech-weekly/20240118.md", include_str!("fixtures/minutes/tech-weekly/20240118.md")),
        SourceFile::new("team-blue/20240108.md", include_str!("fixtures/minutes/team-blue/20240108.md")),
        SourceFile::new("team-blue/20240115.md", include_str!("fixtures/minutes/team-blue/20240115.md")),
        SourceFile::new("team-blue/20240122.md", include_str!("fixtures/minutes/team-blue/20240122.md")),
        SourceFile::new("team-red/20240110.md", "# Red\n\n- AI: Zoë pings Jürgen about 名前 \x1b[2J 🎉\n"),
    ])
}

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).expect("valid JSON")
}

#[test]
fn meetings_json_shape() {
    let v = json(&meetings_output(&minutes(), true));
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), 6);
    let keys: Vec<&str> = arr[0].as_object().unwrap().keys().map(|k| k.as_str()).collect();
    let mut want = vec!["series", "date", "path", "title", "minute_takers", "warnings", "copy_of"];
    want.sort();
    let mut got = keys.clone();
    got.sort();
    assert_eq!(got, want);
    assert_eq!(arr[0]["date"], "2024-01-08");
    assert_eq!(arr[0]["path"], "team-blue/20240108.md");
    assert_eq!(arr[0]["minute_takers"][0], "@dave");
}

#[test]
fn actions_json_shape_and_filters() {
    let m = minutes();
    let all = ActionFilter { status: StatusFilter::All, ..Default::default() };
    let v = json(&actions_output(&m, &all, true));
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), m.actions.len());
    for key in [
        "id",
        "series",
        "owners",
        "text",
        "status",
        "first_seen",
        "last_seen",
        "meetings",
        "links",
        "mentions",
        "progress",
    ] {
        assert!(arr[0].get(key).is_some(), "missing {key}");
    }
    let bench = arr.iter().find(|a| a["text"].as_str().unwrap().contains("benchmark")).unwrap();
    assert_eq!(bench["status"], "open");
    assert_eq!(bench["meetings"], 3);
    assert_eq!(bench["first_seen"], "2024-01-08");
    let mention = &bench["mentions"][0];
    let mut keys: Vec<&str> = mention.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    keys.sort();
    assert_eq!(keys, vec!["date", "line", "path", "text"]);
    assert_eq!(mention["line"], 24);

    // default filter: open only
    let open = ActionFilter::default();
    assert_eq!(open.status, StatusFilter::Open);
    let v = json(&actions_output(&m, &open, true));
    assert!(v.as_array().unwrap().iter().all(|a| a["status"] == "open"));
    assert!(!v.as_array().unwrap().is_empty());

    // owner with or without '@', any case
    for owner in ["ERIN", "@erin", "Erin"] {
        let f = ActionFilter { owner: Some(owner.into()), status: StatusFilter::All, series: None };
        let n = m.actions.iter().filter(|a| f.matches(a)).count();
        assert_eq!(n, 2, "{owner}");
    }
    // series by folder or display name
    let by_folder = ActionFilter { series: Some("team-blue".into()), status: StatusFilter::All, owner: None };
    let by_name = ActionFilter { series: Some("Team Blue".into()), status: StatusFilter::All, owner: None };
    let a = m.actions.iter().filter(|a| by_folder.matches(a)).count();
    let b = m.actions.iter().filter(|a| by_name.matches(a)).count();
    assert_eq!(a, b);
    assert!(a >= 8);
    let dropped = ActionFilter { status: StatusFilter::Stale, ..Default::default() };
    assert!(m.actions.iter().filter(|a| dropped.matches(a)).all(|a| a.status == ActionStatus::Stale));
    assert_eq!(StatusFilter::parse("DONE"), Some(StatusFilter::Done));
    assert_eq!(StatusFilter::parse("nope"), None);
    let bench = m.actions.iter().find(|a| a.text.contains("benchmark")).unwrap();
    assert!(ActionFilter::matches_text(bench, "DISKS"));
    assert!(!ActionFilter::matches_text(bench, "kubernetes"));
}

#[test]
fn tables_are_aligned_and_sanitised() {
    let m = minutes();
    let all = ActionFilter { status: StatusFilter::All, ..Default::default() };
    let table = actions_output(&m, &all, false);
    assert!(!table.contains('\x1b'), "escape sequences must not reach the terminal");
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("ID"));
    // the TEXT column starts at the same display column on every line
    let col = |l: &str| {
        let i = l.find("TEXT").unwrap_or(0);
        UnicodeWidthStr::width(&l[..i])
    };
    let header_col = col(lines[0]);
    let zoe = lines.iter().find(|l| l.contains("Zoë")).expect("row with wide chars");
    // the task is "ping Jürgen …" (the owner Zoë is a column of its own)
    let text_start = zoe.find("ping Jürgen").unwrap();
    assert_eq!(UnicodeWidthStr::width(&zoe[..text_start]), header_col);
    for l in &lines[1..] {
        // every row has the id column of fixed width 10
        assert_eq!(l.split_whitespace().next().unwrap().len(), 10, "{l}");
    }

    let t = tenders_output(&m, false, false);
    assert!(t.lines().next().unwrap().starts_with("ID"));
    assert!(t.contains("Acme Cloud AG"));
    let open = tenders_output(&m, true, false);
    assert!(!open.contains("Acme Cloud AG"));
    assert!(open.contains("VP23b"));
    assert!(meetings_output(&m, false).contains("team-blue/20240108.md"));
    assert_eq!(actions_output(&Minutes::default(), &ActionFilter::default(), false), "no action items match\n");
    assert_eq!(json(&actions_output(&Minutes::default(), &ActionFilter::default(), true)), serde_json::json!([]));
}

#[test]
fn tenders_json_shape() {
    let v = json(&tenders_output(&minutes(), false, true));
    let arr = v.as_array().unwrap();
    let mut keys: Vec<&str> = arr[0].as_object().unwrap().keys().map(|k| k.as_str()).collect();
    keys.sort();
    assert_eq!(
        keys,
        vec![
            "awardee",
            "events",
            "first_seen",
            "history",
            "id",
            "last_seen",
            "last_update",
            "open",
            "stale",
            "status",
            "title"
        ]
    );
    let vp23 = arr.iter().find(|t| t["id"] == "VP23b").unwrap();
    assert_eq!(vp23["status"], "evaluating");
    assert_eq!(vp23["open"], true);
    let mut hkeys: Vec<&str> = vp23["history"][0].as_object().unwrap().keys().map(|k| k.as_str()).collect();
    hkeys.sort();
    assert_eq!(hkeys, vec!["date", "event", "line", "path", "status", "text"]);
    assert_eq!(vp23["history"][0]["status"], "open");
    assert_eq!(vp23["history"][0]["date"], "2024-01-11");
    let open = json(&tenders_output(&minutes(), true, true));
    assert!(open.as_array().unwrap().iter().all(|t| t["open"] == true));
}

#[test]
fn decisions_json_and_filters() {
    let m = minutes();
    let v = json(&decisions_output(&m, None, None, true));
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), 2);
    let mut keys: Vec<&str> = arr[0].as_object().unwrap().keys().map(|k| k.as_str()).collect();
    keys.sort();
    assert_eq!(keys, vec!["date", "heading", "line", "path", "same_as", "series", "text"]);
    let blue = json(&decisions_output(&m, Some("Team Blue"), None, true));
    assert_eq!(blue.as_array().unwrap().len(), 1);
    assert_eq!(blue[0]["text"], "we decided to keep Ceph for now");
    let since = json(&decisions_output(&m, None, NaiveDate::from_ymd_opt(2024, 1, 10), true));
    assert_eq!(since.as_array().unwrap().len(), 1);
    assert_eq!(since[0]["series"], "tech-weekly");
    assert!(decisions_output(&m, None, None, false).contains("Agreed to move"));
}
