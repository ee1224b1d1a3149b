//! Issue #10's spellings, one invented example each (no corpus text): action items
//! without markers, several per line, group owners, decisions that answer questions,
//! hedges that are none, the whole tender lifecycle, meeting dates and furniture,
//! minute-takers, staleness with evidence, and answers as of a day.

use chrono::NaiveDate;

use scsdash::minutes::{analyze, analyze_as_of, analyze_with, parse_meeting, path_info, Options};
use scsdash::model::meeting::{ActionStatus, Meeting};
use scsdash::model::SourceFile;

fn meeting(path: &str, md: &str) -> Meeting {
    parse_meeting(&SourceFile::new(path, md))
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// (owners, task, done) of every action item of a snippet.
fn items(md: &str) -> Vec<(Vec<String>, String, bool)> {
    meeting("team-green/20250101.md", md).actions.into_iter().map(|a| (a.owners, a.text, a.done)).collect()
}

fn one(owners: &[&str], task: &str) -> (Vec<String>, String, bool) {
    (owners.iter().map(|s| s.to_string()).collect(), task.to_string(), false)
}

#[test]
fn handle_will_or_to_a_verb_is_an_action() {
    assert_eq!(items("- @Ann will draft the storage ADR\n"), vec![one(&["ann"], "draft the storage ADR")]);
    assert_eq!(items("- @ann and @Bob to review the quota PR\n"), vec![one(&["ann", "bob"], "review the quota PR")]);
    assert_eq!(items("- @carl: check the flavor list\n"), vec![one(&["carl"], "check the flavor list")]);
    // a report after a handle is no task
    assert!(items("- @carl: was on vacation\n- @dora: probably not needed\n").is_empty());
    // a plain name doing something is a report
    assert!(items("- Marc will build the image\n").is_empty());
    assert_eq!(items("- the last bug to be fixed by @erin\n"), vec![one(&["erin"], "fix the last bug")]);
}

#[test]
fn the_task_is_never_the_answer_word_nor_the_owner() {
    assert_eq!(items("- Who books the room? yes, AI @fay to organise it\n")[0].1, "organise it");
    assert_eq!(items("- AI: Gus pings Hanna\n"), vec![one(&["Gus"], "ping Hanna")]);
    // first sentence only, no URL
    let t = &items("- AI @ivo: write the upgrade guide. It should cover 1.30 too. https://example.org/x\n")[0].1;
    assert_eq!(t, "write the upgrade guide");
}

#[test]
fn several_items_on_one_line() {
    assert_eq!(
        items("- AI @jan: fix the CI job; AI @kim: update the docs\n"),
        vec![one(&["jan"], "fix the CI job"), one(&["kim"], "update the docs")]
    );
    let got = items("- Need a bigger test cluster -> Lea to find a sponsor\n");
    assert!(got.contains(&one(&["Lea"], "find a sponsor")), "{got:?}");
}

#[test]
fn arrows_lists_and_questions_assign_tasks() {
    assert_eq!(
        items("Vote:\n-> ADR to document the outcome (@max)\n"),
        vec![one(&["max"], "ADR to document the outcome")]
    );
    let got = items(
        "- Release on Friday! Who fills in the release notes?\n- Gateway: @nia\n- Portal\n    - Frontend: @oli\n",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, vec!["nia"]);
    assert!(got[0].1.contains("release notes") && got[0].1.contains("Gateway"), "{got:?}");
    assert_eq!(got[1].0, vec!["oli"]);
    assert!(got[1].1.contains("Portal Frontend"), "{got:?}");
    // an AI inside a heading
    assert_eq!(items("### AI: @pia prepare the demo\n\ntext\n"), vec![one(&["pia"], "prepare the demo")]);
}

#[test]
fn group_owners_and_case() {
    assert_eq!(items("- AI all: read the new ADR\n")[0].0, vec!["group:all"]);
    assert_eq!(items("- AI POs: groom the backlog\n")[0].0, vec!["group:pos"]);
    assert_eq!(items("- AI @Quinn & @quinn: test it\n")[0].0, vec!["quinn"]);
}

#[test]
fn decisions_answer_questions_and_hedges_are_none() {
    let m = meeting(
        "team-green/20250101.md",
        "## Storage\n\n- Do we mirror the registry? -> no, not now\n- Use tiered storage?\n  - YES, go ahead\n- Run our own runner\n  - Good idea\n- Conclusion:\n  - keep Ceph\n  - drop the NFS share\n- Voting\n- this can not be decided right now\n- we want to decide soon\n- we will maybe have a talk\n- Should we switch?\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![3, 5, 7, 9, 10], "{:#?}", m.decisions);
    // the answer carries its question
    assert!(m.decisions[1].text.contains("tiered storage") && m.decisions[1].text.contains("YES"));
}

#[test]
fn tender_lifecycle_spellings() {
    let m = meeting(
        "tech-weekly/20250101.md",
        "## Tenders\n\n- VP31 (Foo): planned, waiting for funding\n- VP32: published, offers can be submitted\n- VP33: offers received, being evaluated\n- VP34: decision was made, not yet signed\n- VP35: Congratulations to Acme GmbH\n- VP36: kick-off last week\n- VP37, VP38 and VP39 have ended\n- VP40: will be tendered again, no suitable offers\n- VP41 cancelled\n\n## Other\n\n- continued in the scope of running tenders (VP42)\n- VP43 sprint finished, kick-off done\n",
    );
    let got: Vec<(&str, &str)> = m.tenders.iter().map(|t| (t.id.as_str(), t.status.event())).collect();
    assert_eq!(
        got,
        vec![
            ("VP31", "planned"),
            ("VP32", "published"),
            ("VP33", "evaluating"),
            ("VP34", "decided"),
            ("VP35", "awarded"),
            ("VP36", "running"),
            ("VP37", "finished"),
            ("VP38", "finished"),
            ("VP39", "finished"),
            ("VP40", "retender"),
            ("VP41", "cancelled"),
            // named in passing, but as one of the "running tenders" (gold label, 2026-11-29)
            ("VP42", "running"),
            ("VP43", "running"),
        ]
    );
    assert_eq!(m.tenders[4].awardee.as_deref(), Some("Acme GmbH"));
}

#[test]
fn tenders_go_stale_without_news() {
    let files = vec![
        SourceFile::new(
            "tech-weekly/20250101.md",
            "## Tenders\n\n- VP50: published\n- VP51: Congratulations to Acme\n",
        ),
        SourceFile::new("tech-weekly/20250601.md", "## Tenders\n\n- VP52: being evaluated\n"),
    ];
    let m = analyze_with(&files, &Options { as_of: Some(d(2025, 8, 1)), ..Options::default() });
    let t = |id: &str| m.tenders.iter().find(|t| t.id == id).unwrap();
    assert!(t("VP50").stale && !t("VP50").open, "seven months without news");
    assert!(!t("VP51").stale && !t("VP51").open, "awarded is neither open nor stale");
    assert!(t("VP52").open && !t("VP52").stale);
    assert_eq!(t("VP52").last_update, Some(d(2025, 6, 1)));
    assert_eq!(t("VP50").events[0].event, "published");
    assert_eq!(t("VP50").events[0].line, 3);
}

#[test]
fn meeting_dates_series_and_furniture() {
    assert_eq!(path_info("ops/2024-01-18.md"), ("ops".to_string(), Some(d(2024, 1, 18))));
    assert_eq!(path_info("hackathons/2023-07-18-cologne/notes.md"), ("hackathons".to_string(), Some(d(2023, 7, 18))));
    assert_eq!(path_info("hackathons/2023-11-09-berlin/day1/notes.md").0, "hackathons");
    let files = vec![
        SourceFile::new("ops/template.md", "# Ops YYYY-MM-DD\n"),
        SourceFile::new("ops/README.md", "# readme\n"),
        SourceFile::new("ops/20250107.md", "# Ops 2025-01-07\n\n- AI @rita: rotate keys\n- first week\n"),
        SourceFile::new("ops/20250114.md", "# Ops 2025-01-07\n\n- AI @rita: rotate keys\n"),
        SourceFile::new("ops/20250121.md", "# Ops 2025-01-07\n\n- AI @rita: rotate keys\n"),
        SourceFile::new("hackathons/2025-02-01-x/notes.md", "# Hack\n"),
        SourceFile::new("hackathons/2025-03-01-y/notes.md", "# Hack 2\n"),
    ];
    let m = analyze(&files);
    let paths: Vec<&str> = m.meetings.iter().map(|x| x.path.as_str()).collect();
    assert!(!paths.iter().any(|p| p.ends_with("template.md") || p.ends_with("README.md")), "{paths:?}");
    let copy = m.meeting("ops/20250121.md").unwrap();
    // the 14th says it is the 7th: warned; the 21st is a byte-identical copy of the 14th
    assert!(m.meeting("ops/20250114.md").unwrap().warnings.iter().any(|w| w.contains("2025-01-07")));
    assert_eq!(copy.copy_of.as_deref(), Some("ops/20250114.md"));
    let rita = m.actions.iter().find(|a| a.owners == ["rita"]).unwrap();
    assert_eq!(rita.meetings, 2, "the copy does not inflate carried n×");
    let series: std::collections::BTreeSet<&str> = m.meetings.iter().map(|x| x.series.as_str()).collect();
    assert_eq!(series.into_iter().collect::<Vec<_>>(), vec!["hackathons", "ops"]);
}

#[test]
fn front_matter_after_blank_lines() {
    let m = meeting("ops/20250107.md", "\n\n---\ntitle: Ops weekly\n---\n\n# Agenda\n\n- AI @sam: fix it\n");
    assert_eq!(m.title, "Ops weekly 2025-01-07");
    assert_eq!(m.actions[0].line, 9, "lines keep their numbers");
}

#[test]
fn minute_taker_spellings() {
    let t = |md: &str| meeting("ops/20250107.md", md).minute_takers;
    assert_eq!(t("- Minutes taking & transfer: @tara\n"), vec!["@tara"]);
    assert_eq!(t("Protocol: Uwe\n"), vec!["Uwe"]);
    assert_eq!(t("- Notes by Vera\n"), vec!["Vera"]);
    assert_eq!(t("- Who transfers the minutes? @walt\n"), vec!["@walt"]);
    assert_eq!(t("## Who feeds the minutes into the repo?\n\n- @xena\n"), vec!["@xena"]);
    assert_eq!(
        t("- Who presents and transfers the minutes?\n    - Minutes transfer: @yuri\n    - Report: @zoe\n"),
        vec!["@yuri"]
    );
}

#[test]
fn status_from_evidence_stale_and_age() {
    let f = |date: &str, body: &str| SourceFile::new(format!("team-green/{date}.md"), body.to_string());
    let files = vec![
        f("20250101", "- AI @amy: write the ADR\n- AI @ben: order disks\n"),
        f("20250108", "## Pending action items\n\n- @amy: write ADR\n- @ben: order disks - DONE\n"),
        f("20250115", "# nothing new\n"),
        f("20250122", "# nothing again\n"),
        f("20250129", "# still nothing\n"),
    ];
    let m = analyze_as_of(&files, Some(d(2025, 2, 10)));
    let amy = m.actions.iter().find(|a| a.owners == ["amy"]).unwrap();
    assert_eq!(amy.status, ActionStatus::Stale, "three meetings without a mention");
    assert_eq!(amy.age_days, Some(40));
    let ben = m.actions.iter().find(|a| a.owners == ["ben"]).unwrap();
    assert_eq!(ben.status, ActionStatus::Done);
    let ev = ben.status_evidence.as_ref().unwrap();
    assert_eq!((ev.path.as_str(), ev.line), ("team-green/20250108.md", 4));
    // as of the 10th of January, Amy's item was open and a week old
    let early = analyze_as_of(&files, Some(d(2025, 1, 10)));
    let amy = early.actions.iter().find(|a| a.owners == ["amy"]).unwrap();
    assert_eq!((amy.status, amy.age_days), (ActionStatus::Open, Some(9)));
    assert_eq!(early.meetings.len(), 2);
}

#[test]
fn a_name_linked_to_a_handle_is_the_handle() {
    let files = vec![
        SourceFile::new(
            "team-green/20250101.md",
            "## Participants\n\n- @abern (Anna Bern)\n\n- AI @abern: write the ADR\n",
        ),
        SourceFile::new(
            "team-green/20250108.md",
            "## Pending\n\n- AI: Anna to write the ADR\n- AI: Bodo to buy cake\n",
        ),
    ];
    let m = analyze(&files);
    let second = m.meeting("team-green/20250108.md").unwrap();
    assert_eq!(second.actions[0].owners, vec!["abern"]);
    assert_eq!(second.actions[1].owners, vec!["Bodo"], "no link: kept as written");
    let anna: Vec<_> = m.actions.iter().filter(|a| a.owners == ["abern"]).collect();
    assert_eq!(anna.len(), 1, "one tracked item: {anna:?}");
    assert_eq!(anna[0].meetings, 2);
}

/// A roster's `Name (XY, @handle)` ties the initials the minutes use to the handle, and a name
/// with its particles (`Lotte van Dam`) is one name, its first name the person's.
#[test]
fn initials_and_names_with_particles_in_a_roster() {
    let files = vec![SourceFile::new(
        "team-green/20250101.md",
        "## Participants\n\n- Ruth Albers (RA, @ralbers)\n- Lotte van Dam (@lvdam, guest)\n\n## Action items\n\n- (RA) write the ADR\n- AI Lotte: order the stickers\n- AI XY: nobody of this roster\n",
    )];
    let m = analyze(&files);
    let owners: Vec<_> = m.meetings[0].actions.iter().map(|a| a.owners.clone()).collect();
    assert_eq!(owners, vec![vec!["ralbers"], vec!["lvdam"], vec!["XY"]]);
}

/// The roles, initials and nicks that a roster ties to handles stand for those handles in the
/// items the meeting reviews (`(treasurer)`, `1.2 (IB)`, `(sven)`), as a handle.
#[test]
fn roles_initials_and_nicks_in_parentheses_are_the_handles_the_roster_ties_them_to() {
    let files = vec![SourceFile::new(
        "club-board/20250101.md",
        "Present: Rob Tan (@rtan, treasurer), Ida Berg (IB, @iberg), sven (@sfalk)\n\n## Open action items\n\n\
         - Renew the insurance (treasurer) – done\n- 2.3 (IB) draft the budget letter – in progress\n\
         - order the name badges (sven) – open\n",
    )];
    let m = analyze(&files);
    let owners: Vec<_> = m.meetings[0].actions.iter().map(|a| a.owners.clone()).collect();
    assert_eq!(owners, vec![vec!["rtan"], vec!["iberg"], vec!["sfalk"]]);
}

#[test]
fn handle_assignments_inside_a_line() {
    // after a clause separator, in parentheses, after a question
    assert_eq!(
        items("- The mirror is slow, @zed to open a ticket with the host\n"),
        vec![one(&["zed"], "open a ticket with the host")]
    );
    assert_eq!(items("- Lunch talk next month (@yan to book the room)\n"), vec![one(&["yan"], "book the room")]);
    assert_eq!(items("- Who owns the wiki? @xia will ask around\n"), vec![one(&["xia"], "ask around")]);
    assert_eq!(items("- @wes @vic will draft the FAQ\n"), vec![one(&["wes", "vic"], "draft the FAQ")]);
    assert_eq!(items("- @uma: Will ping the vendor\n"), vec![one(&["uma"], "ping the vendor")]);
    assert_eq!(
        items("- @tia to have a look at the failing job\n"),
        vec![one(&["tia"], "have a look at the failing job")]
    );
    // a vague task carries the clause before it, or the parent / heading
    let got = items("- three typos in the guide, @sam to take care\n");
    assert_eq!(got[0].0, vec!["sam"]);
    assert!(got[0].1.contains("take care") && got[0].1.contains("typos"), "{got:?}");
    let got = items("### Logo contest\n\n- @rob will take this topic\n");
    assert!(got[0].1.contains("Logo contest"), "{got:?}");
    // not tasks: whereabouts, this meeting's roles, credits
    assert!(items("- Heads-up: @quy will be on leave next week\n").is_empty());
    assert!(items("- next week, @pat will moderate\n").is_empty());
    assert!(items("- @ola will report from the board meeting\n").is_empty());
    // a condition (`if necessary`) is no maybe, and going on with work is a task (round 10)
    assert_eq!(items("- the login bug, @kim will look into it if necessary\n")[0].0, vec!["kim"]);
    assert_eq!(
        items("- upstream first (so: @lee will continue working upstream)\n"),
        vec![one(&["lee"], "continue working upstream")]
    );
    assert!(items("- the login bug, @kim will maybe look into it\n").is_empty());
    assert!(items("- Proposal by @nia to rename the repo\n").is_empty());
    assert!(items("- Waiting for @mo to be back\n").is_empty());
    assert!(items("- the tool written by @lu to sync calendars\n").is_empty());
    assert!(items("- ask @ken, @joe to join the breakout\n").is_empty());
}

#[test]
fn work_items_with_assignee_in_parentheses() {
    assert_eq!(items("- Recheck the quota defaults (@kai)\n"), vec![one(&["kai"], "Recheck the quota defaults")]);
    assert_eq!(
        items("- mention the new flag in the notes (@jo, @ida)\n"),
        vec![one(&["jo", "ida"], "mention the new flag in the notes")]
    );
    assert_eq!(items("- Needs an owner (-> @hal)\n"), vec![one(&["hal"], "Needs an owner")]);
    assert_eq!(items("- FAQ page TBW (@gil)\n"), vec![one(&["gil"], "FAQ page TBW")]);
    // a topic or an issue listed with who reported or works on it is no task
    assert!(items("- Database status (@fin)\n").is_empty());
    assert!(items("- Faster builds? (@eli)\n").is_empty());
    assert!(items("- Cache the wheels, #812 (@dan)\n").is_empty());
}

#[test]
fn decision_spellings_with_a_label_or_an_answer() {
    let m = meeting(
        "team-green/20250101.md",
        "## Logging\n\n- Decision last time: keep the syslog relay\n- Decision taken to ship JSON logs only\n- log retention decision -> 30 days\n- --> Decision for Loki\n- We asked whether to mirror, and the answer was clearly no.\n- Berlin it is\n- Decision on whether to buy more disks pending\n- decision for the storage upgrade\n- Decision -> depends on the budget\n- This can be concluded once the PR is merged\n- Candidates:\n  - (1) Alpha\n  - (2) Beta\nVote:\n-> Beta wins\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![3, 4, 5, 6, 7, 8, 17], "{:#?}", m.decisions);
}

#[test]
fn tender_ids_with_dashes_and_news_per_id() {
    let m = meeting(
        "tech-weekly/20250101.md",
        "## Tenders\n\n- The last ones (VP-51b, VP-51c) will be published soon\n- VP-52-3 is finished\n- VP53 finished, VP54 kick-off last week\n- VP55: work wrapped up\n- Kicking off VP56\n",
    );
    let got: Vec<(&str, &str)> = m.tenders.iter().map(|t| (t.id.as_str(), t.status.event())).collect();
    assert_eq!(
        got,
        vec![
            ("VP51b", "planned"),
            ("VP51c", "planned"),
            ("VP52-3", "finished"),
            ("VP53", "finished"),
            ("VP54", "running"),
            ("VP55", "finished"),
            ("VP56", "running"),
        ]
    );
    let m = meeting(
        "tech-weekly/20250102.md",
        "## Tenders\n\n- VP57 (Docs): won by Example Labs\n- VP58: the winner is Sample AG\n",
    );
    let got: Vec<(&str, &str, Option<&str>)> =
        m.tenders.iter().map(|t| (t.id.as_str(), t.status.event(), t.awardee.as_deref())).collect();
    assert_eq!(got, vec![("VP57", "awarded", Some("Example Labs")), ("VP58", "awarded", Some("Sample AG"))]);
}

#[test]
fn action_lists_introduced_by_a_label() {
    // `AI for this week:` / `To do:` / `Action items:` introduce the list below
    let got = items(
        "- AI for this week:\n  - @ann prepare the slides\n  - Bob checks the mirror\n- To do:\n  - update the wiki\n",
    );
    assert_eq!(
        got,
        vec![one(&["ann"], "prepare the slides"), one(&["Bob"], "check the mirror"), one(&[], "update the wiki")]
    );
    let got = items("Action items:\n\n- @cy to update the docs\n- release blog post\n");
    assert_eq!(got, vec![one(&["cy"], "update the docs"), one(&[], "release blog post")]);
    // bullets starting with `=>` in an action item section
    assert_eq!(items("## Action Items\n\n- => @lea to merge the PR\n"), vec![one(&["lea"], "merge the PR")]);
    // `AI: Name - task` keeps its owner; two handles with a task each are two items
    assert_eq!(items("- AI: Erik - write the summary\n"), vec![one(&["Erik"], "write the summary")]);
    assert_eq!(
        items("- AI: @jon to check the logs; @kai to verify the fix\n"),
        vec![one(&["jon"], "check the logs"), one(&["kai"], "verify the fix")]
    );
    // a marker on the next line of the same paragraph starts its own item
    assert_eq!(
        items("**AI**: @rita to ask legal\n_ToDo_ @sam: file an issue\n"),
        vec![one(&["rita"], "ask legal"), one(&["sam"], "file an issue")]
    );
}

#[test]
fn tender_news_in_status_report_headings() {
    let m = meeting(
        "team-blue/20250101.md",
        "# Team Blue\n\n### Storage work VP61 (@ann)\n\n- progress\n\n### Certification (VP62, @bob) ~10 minutes\n\n### Items from VP63\n\n- VP64 is now running\n- VP65 started\n",
    );
    let got: Vec<(&str, &str)> = m.tenders.iter().map(|t| (t.id.as_str(), t.status.event())).collect();
    assert_eq!(
        got,
        vec![("VP61", "running"), ("VP62", "running"), ("VP63", "mention"), ("VP64", "running"), ("VP65", "running")]
    );
}

#[test]
fn action_markers_passive_names_and_role_questions() {
    assert_eq!(items("- Action: @ivy prepares the board\n"), vec![one(&["ivy"], "prepare the board")]);
    assert_eq!(items("- Action item: link the FAQ in the guide\n"), vec![one(&[], "link the FAQ in the guide")]);
    // `Action:` inside a sentence is no marker
    assert!(items("- the call to Action: join the hackathon\n").is_empty());
    assert_eq!(items("- the quiz to be prepared by Greta\n"), vec![one(&["Greta"], "prepare the quiz")]);
    assert!(items("- the summary seems to be generated by AI\n").is_empty());
    assert_eq!(items("- AI: all - read the doc\n")[0].0, vec!["group:all"]);
    // who presents or transfers the minutes: meeting roles, not tasks
    assert!(items(
        "- Who is presenting in the community call and transferring the minutes?\n  - Minutes: @hu\n  - Report: @ina\n"
    )
    .is_empty());
    // who takes over a piece of work: a task
    assert_eq!(items("- Who takes over the release notes?\n- Portal: @jo\n").len(), 1);
}

#[test]
fn work_handed_over_after_an_arrow() {
    assert_eq!(items("- Release notes -> @rey\n"), vec![one(&["rey"], "Release notes")]);
    assert_eq!(items("- runner is too small -> raise the quota -> @sol\n"), vec![one(&["sol"], "raise the quota")]);
    // in a to-do list every bullet is an item, the arrow names its owner
    assert_eq!(
        items("## TODOs\n\n- Flavor naming spec needed => @tom\n  more details here\n"),
        vec![one(&["tom"], "Flavor naming spec needed")]
    );
    assert_eq!(items("- Other TODOs:\n  - clean up the license file\n"), vec![one(&[], "clean up the license file")]);
    // not: a question, a handover between people, an agenda slot, a remark
    assert!(items("- who reviews it? -> @uli\n").is_empty());
    assert!(items("- @vic -> @wan\n").is_empty());
    // (a topic handed over in parentheses, `quota reports (@vic -> @wan)`, is an item:
    // topics_handed_over_in_a_work_list)
    assert!(items("- 10 Minutes Storage -> @xi\n").is_empty());
    // an open point of three words or more handed to a handle is one (round 10: every such line
    // of the gold set is labelled an item)
    assert_eq!(items("- no date fixed yet -> @yo\n"), vec![one(&["yo"], "no date fixed yet")]);
}

#[test]
fn answers_under_questions_and_vote_results() {
    let m = meeting(
        "team-green/20250101.md",
        "## Misc\n\n- Should we drop the old CLI?\n  - YES\n- Shall we move the call?\n  - => NO\n- Weekly releases?\n  - -> yes\n- Do we need a booth?\n  - OK\n- Proposal: one repo per team\n  - +1 from all\n- Option B was chosen\n- Agreement: no manual deploys\n- Q: Rename repo? A: yes, next week\n- Outcome: postpone to next week\n- Anything to add to the agenda?\n  - no\n- action item for @zoe: explain why B was chosen\n- the settings that were chosen for the lab need checks\n\n### Do we keep the dashboards?\n\n- No, they go away\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![4, 6, 8, 10, 12, 13, 14, 15, 24], "{:#?}", m.decisions);
    assert!(m.decisions[0].text.contains("old CLI") && m.decisions[0].text.contains("YES"));
}

#[test]
fn more_assignment_spellings() {
    assert_eq!(items("- @ann (Ann) will prepare the demo\n"), vec![one(&["ann"], "prepare the demo")]);
    assert_eq!(items("- Kurt (@kurt) to book the room\n"), vec![one(&["kurt"], "book the room")]);
    assert_eq!(items("- AI -> @bob: fix the job\n"), vec![one(&["bob"], "fix the job")]);
    assert_eq!(items("- [AI] @fay write the post\n"), vec![one(&["fay"], "write the post")]);
    assert_eq!(items("- @ola, please check the logs\n"), vec![one(&["ola"], "check the logs")]);
    assert_eq!(items("- action item for @mo: write up the ADR\n"), vec![one(&["mo"], "write up the ADR")]);
    // a present-tense report after a label is none
    assert!(items("- Follow-up: @sam creates the epic\n").is_empty());
}

#[test]
fn more_tender_phrases() {
    let m = meeting(
        "tech-weekly/20250103.md",
        "## Tenders\n\n- VP71: call for offers is out\n- VP72: offers can be submitted until May\n- VP73: bids are being reviewed\n- VP74: we have a winner, contract not yet signed\n- VP75: no offers received\n- VP76: did not receive a suitable offer\n- VP77: will not be tendered\n- VP78: dropped\n- VP79: waiting for funding\n- VP80: tender documents are being written\n",
    );
    let got: Vec<&str> = m.tenders.iter().map(|t| t.status.event()).collect();
    assert_eq!(
        got,
        vec![
            "published",
            "published",
            "evaluating",
            "decided",
            "retender",
            "retender",
            "cancelled",
            "cancelled",
            "planned",
            "planned"
        ]
    );
}

#[test]
fn decisions_in_headings_and_lets_go_with() {
    let m = meeting(
        "team-green/20250101.md",
        "## Images\n\n### Decision: keep the minimal image\n\n- details\n\n### Decision: to be taken next week\n\n- Let's go with option B\n- we will go for the managed database\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![3, 9, 10], "{:#?}", m.decisions);
}

#[test]
fn lowercase_to_do_label() {
    assert_eq!(items("- to do: measure the latency\n"), vec![one(&[], "measure the latency")]);
    assert!(items("- nothing to do: all green\n").is_empty());
}

#[test]
fn review_lists_grouped_by_owner_and_tables() {
    let got = items(
        "## Pending action items\n\n- @kay\n  - send the mail - done\n  - update the wiki\n- Lars:\n  - book a room\n",
    );
    assert_eq!(
        got,
        vec![
            (vec!["kay".to_string()], "send the mail".to_string(), true),
            one(&["kay"], "update the wiki"),
            one(&["Lars"], "book a room"),
        ]
    );
    let got = items("## Open AIs\n\n| AI | Owner | Status |\n| --- | --- | --- |\n| rotate keys | @max | open |\n| renew cert | @ned | done |\n");
    assert_eq!(got, vec![one(&["max"], "rotate keys"), (vec!["ned".to_string()], "renew cert".to_string(), true)]);
    // a table with an `AI` column elsewhere is no action by itself
    assert!(items("## Topics\n\n| AI | GPU |\n| --- | --- |\n| yes | no |\n").is_empty());
}

#[test]
fn volunteers_are_tasks_offers_are_not() {
    assert_eq!(
        items("- @uma and @vic volunteered to write the backup runbook\n"),
        vec![one(&["uma", "vic"], "write the backup runbook")]
    );
    assert_eq!(items("- Short demo; @wes volunteered to port the checks\n"), vec![one(&["wes"], "port the checks")]);
    // an offer reported is no task (yet)
    assert!(items("- @wes offered to port the checks\n").is_empty());
    // the handle list after `;` is a new clause, not the tail of the list before it
    let got = items("- Changelog from @xia; @yan, @zoe to proofread it twice\n");
    assert!(got.contains(&one(&["yan", "zoe"], "proofread it twice")), "{got:?}");
}

#[test]
fn topics_handed_over_in_a_work_list() {
    let got = items(
        "- Cleaning up the lab cluster\n  - quota reports (@ada, @ben -> @cy)\n  - DNS zone transfer (@ben -> @cy), optional\n  - stale floating IPs (@ada, @cy)\n",
    );
    assert_eq!(
        got,
        vec![
            one(&["ada", "ben", "cy"], "Cleaning up the lab cluster: quota reports"),
            one(&["ben", "cy"], "Cleaning up the lab cluster: DNS zone transfer (optional)"),
            one(&["ada", "cy"], "Cleaning up the lab cluster: stale floating IPs"),
        ]
    );
    // a list that says it is work still to do
    assert_eq!(
        items("## Next steps\n\n- Mirror the base images (@dee, #41)\n"),
        vec![one(&["dee"], "Mirror the base images")]
    );
    // elsewhere a handle in parentheses credits who said something
    assert!(items("## Discussion\n\n- Mirroring sounds useful (@dee)\n").is_empty());
}

#[test]
fn work_delivered_by_handles_after_an_arrow() {
    let got = items("- How do we version the flavor list?\n  - unclear => PR from @eli, @fin\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, vec!["eli", "fin"]);
    assert!(got[0].1.starts_with("PR") && got[0].1.contains("version the flavor list"), "{got:?}");
}

#[test]
fn a_known_name_to_a_verb_opens_a_bullet() {
    let md = "## Participants\n\n- @gaby-k\n- Hugo\n\n## Notes\n\n- Gaby to collect the test reports\n- Hugo and Gaby to merge the two drafts\n- Option to run the tests nightly\n- How to reach the small providers\n- Ivan to fix the link\n";
    assert_eq!(
        items(md),
        vec![one(&["Gaby"], "collect the test reports"), one(&["Hugo", "Gaby"], "merge the two drafts")]
    );
}

#[test]
fn dealt_with_is_done() {
    let got = items("## Check AIs from last time\n\n- AI @jo: book the room\n  - has been dealt with: room booked\n");
    assert_eq!(got, vec![(vec!["jo".to_string()], "book the room".to_string(), true)]);
}

#[test]
fn action_item_words_with_the_owner_and_todo_in_parentheses() {
    assert_eq!(items("- Action Item to @kai: ask the upstream list\n"), vec![one(&["kai"], "ask the upstream list")]);
    assert_eq!(
        items("Action Item *@lou* & *@mae*: refine the story\n"),
        vec![one(&["lou", "mae"], "refine the story")]
    );
    assert_eq!(items("- Retries (todo: measure the timeout)\n"), vec![one(&[], "measure the timeout (Retries)")]);
    // a work list names the people with `w/`
    assert_eq!(
        items("## TODOs\n\n- Make the quota configurable (@ned w/ @ola)\n"),
        vec![one(&["ned", "ola"], "Make the quota configurable")]
    );
}

#[test]
fn a_todo_paragraph_inside_an_item_introduces_only_its_own_items() {
    let md = "* Policies\n  * roles are hard\n\n  TODO:\n    * Ask the other operators (@pam to talk to @quin)\n    * Compare the roles\n\n* Web UI shows every IdP\n";
    assert_eq!(items(md), vec![one(&["pam"], "Ask the other operators"), one(&[], "Compare the roles")]);
}

#[test]
fn talking_with_someone_doing_something_and_please() {
    assert_eq!(
        items("- @rex will talk with the registry maintainers about quotas\n"),
        vec![one(&["rex"], "talk with the registry maintainers about quotas")]
    );
    // talking about something in this meeting stays a meeting role
    assert!(items("- @rex will talk about the roadmap\n").is_empty());
    assert_eq!(items("- Ask the vendor? @sam will do that\n"), vec![one(&["sam"], "do that (Ask the vendor)")]);
    assert_eq!(items("- Images differ. @tia will also do load tests\n"), vec![one(&["tia"], "do load tests")]);
    // a vague `do it` carries the clause before it
    assert_eq!(items("- Images differ. @tia will do it\n"), vec![one(&["tia"], "do it (Images differ)")]);
    assert_eq!(items("- The board exists now --> @ugo please make it public\n"), vec![one(&["ugo"], "make it public")]);
}

#[test]
fn handles_after_an_arrow_below_a_work_item_take_it() {
    let got = items("* Need work:\n    * Rotate the etcd certificates\n        -> @vera, @will\n    * Pin the chart versions\n\n    -> @xan, waiting for the new cluster\n");
    assert_eq!(
        got,
        vec![one(&["vera", "will"], "Rotate the etcd certificates"), one(&["xan"], "Pin the chart versions")]
    );
    // the work item is the line the item starts on
    let m = meeting("team-green/20250101.md", "* Rotate the etcd certificates\n  -> @vera\n");
    assert_eq!(m.actions[0].line, 1);
    // a question above, or a handle given a verb, is something else
    assert!(items("* Do we rotate?\n  -> @vera\n").is_empty());
    assert_eq!(
        items("* Archive old repos\n  -> @yul, @zed to take care\n")[0].0,
        vec!["yul".to_string(), "zed".to_string()]
    );
}

#[test]
fn assent_agreement_and_recommendation_answers_are_decisions() {
    let m = meeting(
        "team-green/20250101.md",
        "## Images\n\n- Rename the image builds to the new scheme\n  - Just do it\n- Retry failed uploads\n  - Move forward (maybe with fewer retries?)\n- Naming: broad agreement\n- drop the old mirror (following a board decision from last week)\n- Upgrade the kernel now or with the next release?\n  - Recommendation: with the next release\n- We maybe move forward\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![4, 6, 7, 8, 10], "{:#?}", m.decisions);
    assert!(m.decisions[0].text.contains("Rename the image builds"), "{:?}", m.decisions[0]);
}

#[test]
fn lot_numbers_only_in_tender_sections_and_more_phrases() {
    let m = meeting(
        "tech-weekly/20250101.md",
        "## Storage\n\n- who runs it later? tender lot 8 winner?\n- Tender 19 is published\n\n## Tenders\n\n- Lot 7 published\n- Finalisation of VP61\n- The VP62 team will finish their work by May\n",
    );
    let got: Vec<(&str, usize, &str)> = m.tenders.iter().map(|t| (t.id.as_str(), t.line, t.status.event())).collect();
    assert_eq!(
        got,
        vec![("VP19", 4, "published"), ("VP07", 8, "published"), ("VP61", 9, "finished"), ("VP62", 10, "running")]
    );
}

#[test]
fn owners_for_after_a_marker_please_and_a_name_before_a_parenthesised_marker() {
    assert_eq!(items("- AI for @abe: draft the mail\n"), vec![one(&["abe"], "draft the mail")]);
    assert_eq!(items("- @bea: Please review PR #12\n"), vec![one(&["bea"], "review PR #12")]);
    assert_eq!(items("- Cleo will open an issue (AI)\n"), vec![one(&["Cleo"], "open an issue")]);
    // a passive before the marker names no owner
    assert_eq!(items("- Frontend to be coordinated (AI)\n")[0].0, Vec::<String>::new());
    // `Double check …` is a verb, not a person called Double
    assert_eq!(items("- ToDo: Double check the image names\n")[0].0, Vec::<String>::new());
}

#[test]
fn remarks_handed_to_a_handle_and_items_under_a_todos_sentence() {
    assert_eq!(
        items("- the notice could also name the mirror -> @dex\n"),
        vec![one(&["dex"], "the notice could also name the mirror")]
    );
    // an open point handed over is an item too (round 10), a bare topic is none
    assert_eq!(items("- no release date yet -> @dex\n")[0].0, vec!["dex"]);
    assert!(items("- release date -> @dex\n").is_empty());
    assert_eq!(
        items("- TODOs will be discussed in the next call\n    - Although the data is safe, the backup job must be fixed\n"),
        vec![one(&[], "fix the backup job")]
    );
}

#[test]
fn owners_after_a_separator_and_nobody_yet() {
    assert_eq!(items("- TODO: write the user stories; @eda\n"), vec![one(&["eda"], "write the user stories")]);
    assert_eq!(items("- AI NN: find the S3 endpoint docs\n"), vec![one(&[], "find the S3 endpoint docs")]);
    assert!(items("- upstream is slow -> Attempt to align with them\n").is_empty());
}

#[test]
fn more_ways_of_marking_an_item_done() {
    let md = "## Check AIs from last time\n\n- AI @fia: book the venue\n  - ✓\n- DONE: AI @gil: order the badges\n- AI @hub: update the wiki — completed\n- AI @ira: fix the runner\n  - PR merged\n- AI @jay: ship the fix => finished\n- AI @kai: rotate the token\n  - still open\n";
    let got: Vec<(String, bool)> = items(md).into_iter().map(|(_, t, d)| (t, d)).collect();
    assert_eq!(
        got,
        vec![
            ("book the venue".to_string(), true),
            ("order the badges".to_string(), true),
            ("update the wiki".to_string(), true),
            ("fix the runner".to_string(), true),
            ("ship the fix".to_string(), true),
            ("rotate the token".to_string(), false),
        ]
    );
}

#[test]
fn assigned_to_and_a_group_asked_to_act() {
    assert_eq!(items("- Assigned to @lia: clean the backlog\n"), vec![one(&["lia"], "clean the backlog")]);
    assert_eq!(items("- AI: everyone please review the ADR\n"), vec![one(&["group:everyone"], "review the ADR")]);
    assert_eq!(items("- AI: all to read the draft\n"), vec![one(&["group:all"], "read the draft")]);
}

#[test]
fn round_four_action_spellings() {
    // a passive with `will be … by` and a time after the owner
    assert_eq!(
        items("- the packaging work will be continued by @oda in 2027\n"),
        vec![one(&["oda"], "the packaging work")]
    );
    // a person with `should` right after an arrow, a handle with a present-tense task verb
    assert_eq!(
        items("- What about the mirror? -> Pia should ask in the storage call\n"),
        vec![one(&["Pia"], "ask in the storage call")]
    );
    let got = items("- Stale issue on the status API -> @quin reviews with @rue\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, vec!["quin".to_string()]);
    assert!(got[0].1.starts_with("review") && got[0].1.contains("status API"), "{got:?}");
    // owners in parentheses: a slash and a bare name, `others to contribute`, `Needs … (@x)`
    assert_eq!(
        items("- => Merge the requirement lists till Friday (@sam/tovah)\n"),
        vec![one(&["sam", "tovah"], "Merge the requirement lists till Friday")]
    );
    assert_eq!(items("- Finalise it (@uma, others to contribute)\n"), vec![one(&["uma"], "Finalise it")]);
    assert_eq!(items("- Needs a threat model (@vic)\n"), vec![one(&["vic"], "Needs a threat model")]);
    // a problem handed to a team after an arrow
    assert_eq!(
        items("- the probe is there, but the pool never drops dead members -> Storage team\n"),
        vec![one(&["group:storage team"], "but the pool never drops dead members")]
    );
    // CSPs as a group owner
    assert_eq!(items("AI: CSPs please test the new quota API\n"), vec![one(&["group:csps"], "test the new quota API")]);
}

#[test]
fn a_second_owner_on_the_next_line_of_an_ai_is_an_item_of_its_own() {
    let got = items("### Policies\n\nAI: CSPs please test the policy templates\n@wen look into the open patch sets\n");
    assert_eq!(
        got,
        vec![one(&["group:csps"], "test the policy templates"), one(&["wen"], "look into the open patch sets")],
        "{got:?}"
    );
    // an AI that only names its people takes its topic from the heading
    let got = items("### Appointment with the metering vendor\n\n@xia, @yan (AI @yan via @xia)\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, vec!["yan".to_string()]);
    assert!(got[0].1.contains("metering vendor"), "{got:?}");
}

#[test]
fn decisions_round_four() {
    let m = meeting(
        "team-green/20250101.md",
        "## Images\n\n- Decision to retire the old base image\n- there is the agreement to drop the legacy flag\n- the new layout finds the unanimous approval of the group\n- discussions resulted in favouring the smaller image\n- no need to vote again, let's merge when it is green\n- Progress?\n  => holidays and little time\n- Can't we build it upstream?\n  => the goal remains an upstream build\n- Faster for users? -> only one download needed\n- Increase the cache to 2T? -> Should be done soon\n- Can it be reproduced? -> Should be possible\n\nOpinions voiced (this was not a consensus):\n\nQ: keep both?\nA: keeping both doubles the work\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![3, 4, 5, 6, 7, 11, 13], "{:#?}", m.decisions);
    // the arrow answer carries its question
    assert!(m.decisions[5].text.contains("upstream") && m.decisions[5].text.contains("→"), "{:#?}", m.decisions);
}

#[test]
fn work_in_progress_on_a_tender_is_running() {
    let m = meeting("team-green/20250101.md", "## Team IaaS\n\n* lots of work in progress for VP7\n");
    let ev: Vec<String> = m.tenders.iter().map(|t| format!("{} {:?}", t.id, t.status)).collect();
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(ev[0].starts_with("VP07") && ev[0].contains("Started"), "{ev:?}");
}

#[test]
fn round_five_action_spellings() {
    // a passive with several plain names and a remark after them
    assert_eq!(
        items("- Blog article to be written by Ana/Ben (help from the docs team is needed)\n"),
        vec![one(&["Ana", "Ben"], "write blog article")]
    );
    // owners in parentheses separated by spaces, after an AI marker
    assert_eq!(items("- Needs test and review (AI: @cid @dee)\n"), vec![one(&["cid", "dee"], "Needs test and review")]);
    // the step after the last arrow names the work
    assert_eq!(
        items("- Regular upkeep -> User story to track automating this (@eli)\n"),
        vec![one(&["eli"], "User story to track automating this")]
    );
    // `X needs Y (@a)`, `should be documented (@a, @b)`
    assert_eq!(items("- Migration needs automation (@fay)\n"), vec![one(&["fay"], "Migration needs automation")]);
    assert_eq!(
        items("- the runbook should be documented and tested (@gus, @hal)\n"),
        vec![one(&["gus", "hal"], "document and test the runbook")]
    );
    // a team opening a bullet with its task; work still needed with its people after a colon
    assert_eq!(
        items("- storage team (VP-09) to take over next quarter\n"),
        vec![one(&["group:storage team"], "take over next quarter")]
    );
    assert_eq!(
        items("- Refinement of the backup stories needed: @ivy + @jon\n"),
        vec![one(&["ivy", "jon"], "Refinement of the backup stories needed")]
    );
    // work still to be written, between two people
    assert_eq!(items("- Stories TBW b/w @kim and @lou\n"), vec![one(&["kim", "lou"], "Stories TBW")]);
    // `We (@a or @b) will …`, `@a and @b can and will assist`
    let got = items("- The exporters were lost. We (@max or @ned) will reinstall them\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, vec!["max".to_string(), "ned".to_string()]);
    assert!(got[0].1.starts_with("reinstall") && got[0].1.contains("exporters"), "{got:?}");
    // the owner in parentheses, helpers after it
    assert_eq!(items("- -> TODO: Write epic (@oli), input @pam, @quy\n"), vec![one(&["oli"], "Write epic")]);
    // a tender id before a colon is no owner
    assert_eq!(
        items("### Action items\n\n- VP08: draft the attacker models\n"),
        vec![one(&[], "VP08: draft the attacker models")]
    );
}

#[test]
fn round_five_lists_under_a_to_do() {
    // `TODO:` with topics whose sub-items carry a link: the sub-items are items too
    let md = "* TODO:\n  * namespaces: https://example.org/issues/1\n    * cluster name https://example.org/issues/2\n    * upgrade docs: https://example.org/issues/3\n";
    assert_eq!(items(md).len(), 3, "{:?}", items(md));
    // `TODO: Fixup:` introduces the list below; `TODO: Testing.` with steps below
    let md = "* TODO: Fixup:\n    - [issue 256](https://example.org/issues/256)\n";
    let got = items(md);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.is_empty() && got[0].1.contains("256"), "{got:?}");
    let md =
        "- TODO: Testing.\n  - Deploy the operator with the new image\n  - Cut a test release without the tarballs\n";
    assert_eq!(items(md).len(), 3, "{:?}", items(md));
}

#[test]
fn round_five_decisions_and_minute_takers() {
    let m = meeting(
        "team-green/20250101.md",
        "## Policy\n\n- last time, we concluded that\n    - the licence covers the whole repo\n    - scripts stay Apache-2.0\n- Q: one licence for all?\n- Conclusion from @rex: it pulls the pinned versions\n- => strong vote against forking the tool\n- Sprint names: Berlin it is ;)\n- the scanner approach is acceptable (answer: yes)\n- Vote: https://example.org/poll/1\n- open questions to be resolved\n  - what is meant by S3?\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![4, 5, 7, 8, 9, 10], "{:#?}", m.decisions);
    // a minutes question over two lines, answered by the next bullet
    let m = meeting(
        "team-green/20250101.md",
        "## Recurring items\n* Who is presenting in the weekly call and transforming the pad\n  to minutes in GitHub?\n* @sia\n",
    );
    assert_eq!(m.minute_takers, vec!["@sia".to_string()]);
    // a question names a tender without news
    let m = meeting("team-green/20250101.md", "- Q: should we evaluate it in the context of VP10?\n");
    assert!(m.tenders.iter().all(|t| t.status == scsdash::model::meeting::TenderStatus::Unknown), "{:?}", m.tenders);
}

#[test]
fn round_six_spellings() {
    // a handle with a modal inside a sentence (the phrase before it stays with the task, round 18)
    assert_eq!(
        items("* Along the new guide @tia should verify the workflow\n"),
        vec![one(&["tia"], "verify the workflow along the new guide")]
    );
    // `… that needs to be done:` introduces the list below
    let got = items("* The disks are fast\n  * Testing that needs to be done:\n    * Evaluate the accelerator cards\n    * Evaluate the drives' own encryption\n");
    assert_eq!(got.len(), 2, "{got:?}");
    // owners joined by OR; an AI in parentheses with its own task
    assert_eq!(items("- AI: @uri OR @val to create the app\n"), vec![one(&["uri", "val"], "create the app")]);
    assert_eq!(
        items("- Also try the DNS challenge (AI: @wes ask @xan about the DNS API)\n"),
        vec![one(&["wes"], "ask @xan about the DNS API")]
    );
    // a task and its owner in parentheses after an AI of the same line
    let got = items("Old code goes. AI @yul: present the tool in a lightning talk. (Add to calendar: @zed)\n");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1], one(&["zed"], "Add to calendar"));
    // `The team found some action items for themselves` with a list below
    let got = items("- Retro\n  - The team found some action items for themselves\n    - Fewer reviewers per issue\n    - End-to-end tests for the API\n");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn round_six_decisions() {
    let m = meeting(
        "team-green/20250101.md",
        "## Splitting the call into two?\n\n* most people care about half of it\n-> will do this\n\n## Docs\n\n* Do we need?\n  - effective date => not needed\n* How do we pick the images? -> Needs further discussion\n* Agreement in room, AI @amy: write the ADR\n* we still lack an agreed-upon name\n* Question by @bob: is it possible to keep the IP?\n  * A: the proxy keeps it\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![4, 9, 11], "{:#?}", m.decisions);
    // a tender that will likely be awarded is still being evaluated
    let m = meeting("team-green/20250101.md", "- VP13 will likely be awarded in the middle of January\n");
    assert_eq!(m.tenders[0].status, scsdash::model::meeting::TenderStatus::Evaluating, "{:?}", m.tenders);
}

#[test]
fn round_seven_spellings() {
    // a passive with a place between the verb and its owner
    assert_eq!(
        items("- the docs will be moved from RST to Markdown by @ada\n"),
        vec![one(&["ada"], "move the docs from RST to Markdown")]
    );
    // a to-do heading over a list: the list's items are the to-dos, not the heading
    let got = items("#### TODO: Docs updates\n* Split the big README\n* Complete the upgrade guide\n");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(_, t, _)| !t.contains("Docs updates")), "{got:?}");
    // a question in a to-do list is no to-do; a topic with a question mark is
    let got = items(
        "- TODO\n    - Rotate the logs daily\n    - Can we use a dedicated cluster?\n    - cert rotation as a timer?\n",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    // `Checking AIs of last week` introduces the carried items below it
    let got = items("- Checking AIs of last week\n    - @bea: connect @cal with the vendor via e-mail: ✅\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, vec!["bea".to_string()]);
    // `Could be delegated to providers` tasks nobody
    assert!(items("* No 24x7 support from us\n  * Could be delegated to providers\n").is_empty());
}

#[test]
fn round_seven_decisions() {
    let m = meeting(
        "team-green/20250101.md",
        "## Any important decisions that are going to be taken?\n\n- We have decided to relay the build messages to the chat\n\n## Misc\n\n- One file per subject, accepted by vote (7 for, 1 against)\n- Team does not have any objections -> the PRs can be merged once approved\n- Anything left to be done?\n  - -> R4 or R5?\n- Random names: fine?\n  - Move forward (maybe fewer characters?)\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![3, 7, 8, 12], "{:#?}", m.decisions);
}

#[test]
fn tender_running_winner_and_parts_done() {
    let ev = |md: &str| -> Vec<(String, scsdash::model::meeting::TenderStatus)> {
        meeting("team-green/20250101.md", md).tenders.into_iter().map(|t| (t.id, t.status)).collect()
    };
    use scsdash::model::meeting::TenderStatus::*;
    // ids named as running tenders
    assert_eq!(
        ev("- the tool will be continued in the scope of already running tenders (VP02, VP07d)\n"),
        vec![("VP02".to_string(), Started), ("VP07d".to_string(), Started)]
    );
    // a part is completed, the work still takes its time
    assert_eq!(
        ev("- the build of VP19 is taking a long time as the delivery could only be completed on Monday\n"),
        vec![("VP19".to_string(), Started)]
    );
    // the winner of a tender
    assert_eq!(ev("* Ana (ACME), tender winner VP11-2 (conformance tests)\n"), vec![("VP11-2".to_string(), Awarded)]);
}

#[test]
fn an_ai_in_a_paragraph_line_that_breaks_off_continues_on_the_next() {
    // inside a paragraph, a line ending in `to` continues on the next; a full line does not
    let md = "Notes\nMore discussion needed, Action Item *@ivo*, add to\ntopic collection there\nThe next point stands alone\n";
    assert_eq!(items(md), vec![one(&["ivo"], "add to topic collection there")]);
    let md = "Notes\nAI @jo: send the mail\nThe next point stands alone\n";
    assert_eq!(items(md), vec![one(&["jo"], "send the mail")]);
}

#[test]
fn round_eight_spellings() {
    // a passive in parentheses; a co-owner `together with`; a reversed arrow before a name
    assert_eq!(
        items("* Diagrams: flow.png (yet to be published by @kai) - update: it talks to the tool directly\n"),
        vec![one(&["kai"], "publish Diagrams: flow.png")]
    );
    assert_eq!(
        items("* @lea will review together with @max\n"),
        vec![one(&["lea", "max"], "review together with @max")]
    );
    assert_eq!(items("* one poll for all <- Nia to send poll and ask for volunteers\n").len(), 1);
    // minute-takers: a long label with a comma; the handle that opens a longer value
    let m = meeting("team-green/20250101.md", "- Minutes-taking, Transfer to github (the team's meeting dir): @ola\n");
    assert_eq!(m.minute_takers, vec!["@ola".to_string()]);
    let m =
        meeting("team-green/20250101.md", "- minutes transfer: @pia is volunteering, even though she can't attend\n");
    assert_eq!(m.minute_takers, vec!["@pia".to_string()]);
}

#[test]
fn round_eight_decisions() {
    let m = meeting(
        "team-green/20250101.md",
        "## Release\n\n* Pending PRs to be included?\n    * runner: not\n    * #12: yes\n* Bills only for volumes in the PoC? Answer: OK for the PoC.\n* Stabilize v3? -> no one in the call objects\n* Do we want more standards?\n  -> In general, yes\n* Do we get this for R7? -> an issue would need to be created\n* what about 99 %? -> \"must pass 99 %\" -> \"must pass again soon\"\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![4, 5, 6, 7, 9], "{:#?}", m.decisions);
}

#[test]
fn round_nine_spellings() {
    let m = meeting(
        "team-green/20250101.md",
        "## Storage\n\n- will go with ceph for now\n- adapt the overlays, preferred solution\n- accept the dependency for now -> merge\n- We agree, that the table stays simple\n- we could also make it mandatory; yes, do this.\n\n## Agreement?:\n\n- Need someone to write the S3 test\n- Link the docs? -> But that would be a reference to OpenStack again!\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![3, 4, 5, 6, 7], "{:#?}", m.decisions);
    // a role under the minutes heading is no task; a topic heading names its tender as running
    assert!(items("## Minutes taking & transfer\n\n- @ria to take care of 2026\n").is_empty());
    let m = meeting("team-green/20250101.md", "# Team IaaS / Networking (VP07)\n\n- more tests\n");
    assert_eq!(m.tenders[0].status, scsdash::model::meeting::TenderStatus::Started, "{:?}", m.tenders);
    // helpers joined with `w/` are owners too
    assert_eq!(items("- Align the roadmap (AI @sol, w/ @tam, @uli)\n")[0].0, vec!["sol", "tam", "uli"]);
}

#[test]
fn round_ten_passives_with_a_handle() {
    // words between the participle and `by`, a time after the owner
    let got = items("- The quota exporter will be released shortly (v2) by @vic\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, vec!["vic"]);
    assert!(got[0].1.starts_with("The quota exporter will be released shortly"), "{got:?}");
    let got = items("- the flavor table will be extended by @wes right after the call\n");
    assert_eq!(got, vec![one(&["wes"], "the flavor table")]);
    let got = items("- ADR merged to main, afterwards to be announced also by @xia\n");
    assert_eq!(got[0].0, vec!["xia"], "{got:?}");
    // no subject: the verb and what follows the owner
    let got = items("- Will be benchmarked by @yan together with the storage team next sprint\n");
    assert_eq!(got, vec![one(&["yan"], "benchmark together with the storage team next sprint")]);
    // a passive that names no handle, or a past passive, is none
    assert!(items("- the old dashboard will be replaced soon by Grafana\n").is_empty());
    assert!(items("- the patch was reviewed today by @zed\n").is_empty());
}

#[test]
fn round_ten_spellings() {
    // `going to` without `is`, a doubled letter in `will`
    assert_eq!(items("- @abe going to book the room\n"), vec![one(&["abe"], "book the room")]);
    assert_eq!(items("- No news. @bea willl send the slides\n"), vec![one(&["bea"], "send the slides")]);
    // a task and its owner in parentheses, the handle not the object of the verb
    assert_eq!(items("- @cid is unsure about the disks (open a ticket @cid!)\n"), vec![one(&["cid"], "open a ticket")]);
    assert!(items("- unclear how to proceed (ask @dov)\n- the driver is old (check with @eva)\n").is_empty());
    // a meeting named with its purpose and its organiser
    assert_eq!(items("- Workshop to settle the naming (@fin)\n"), vec![one(&["fin"], "Workshop to settle the naming")]);
    // a future passive with its owner in parentheses
    assert_eq!(items("- a tracking issue will be opened (@gil)\n"), vec![one(&["gil"], "open a tracking issue")]);
    // work still to be written after a report, with its remark
    assert_eq!(
        items("- PR done, announcement TBW by @hal (for the mailing list)\n"),
        vec![one(&["hal"], "announcement TBW (for the mailing list)")]
    );
    // work still needed, handed over inside parentheses
    assert_eq!(
        items("- the wiki page should move to the docs (user story needed -> @ian)\n"),
        vec![one(&["ian"], "the wiki page should move to the docs (user story needed)")]
    );
    let got = items("- this is worth a story of its own -> new epic (@jo, @kai)\n");
    assert_eq!(got[0].0, vec!["jo", "kai"], "{got:?}");
    // not a remark credited to a handle
    assert!(items("- the benchmark looks fine -> nothing to do (@lou)\n").is_empty());
    // a carried item under review
    assert_eq!(items("- check AI from last time: draft the FAQ\n"), vec![one(&[], "draft the FAQ")]);
    // the sentence right before an AI in parentheses
    assert_eq!(
        items("- @mo drafts the page. Sign-off still missing. (AI @ned)\n"),
        vec![one(&["ned"], "Sign-off still missing")]
    );
}

#[test]
fn round_ten_one_more_in_a_list_of_assigned_work() {
    let md = "- Release notes?\n    - Fix the date in the title (@ola)\n    - Mention the new default (@pam)\n    - Upgrade path 1 -> 2 (@quin)\n";
    let got = items(md);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].0, vec!["quin"]);
    // a list of topics with reporters in parentheses is none
    let md = "- Status\n    - Storage tests (@ola)\n    - Upgrade path (@pam)\n    - Network (@quin)\n";
    assert!(items(md).is_empty(), "{:?}", items(md));
    // under an agenda the people in parentheses present the topics
    let md =
        "## Agenda\n\n- Fix the date in the title (@ola)\n- Mention the new default (@pam)\n- Upgrade path (@quin)\n";
    assert!(!items(md).iter().any(|i| i.0 == vec!["quin"]), "{:?}", items(md));
}

#[test]
fn round_ten_task_words() {
    // a long remark in parentheses inside the task, a remark opening it, a comment after a comma
    assert_eq!(
        items("- @rex to ping the upstream team (Ann Bo @annbo) to confirm the bug\n")[0].1,
        "ping the upstream team to confirm the bug"
    );
    assert_eq!(
        items("- AI @sue: mention the meetings (infra call, docs call, SIG call) in the FAQ\n")[0].1,
        "mention the meetings in the FAQ"
    );
    // a short remark stays
    assert_eq!(items("- AI @sue: ask the vendors (two of them) today\n")[0].1, "ask the vendors (two of them) today");
    assert_eq!(items("- AI @tom: (if time permits): draft the FAQ page\n")[0].1, "draft the FAQ page");
    assert_eq!(items("- @uma to rerun the job, this is blocking the release\n")[0].1, "rerun the job");
    // the verb before the owners in parentheses is the task, the line its topic
    assert_eq!(items("- Not verified yet (AI check: @val)\n"), vec![one(&["val"], "check (Not verified yet)")]);
    // a question in parentheses is a remark, not the task
    assert_eq!(items("- sync with @wim (does he have numbers?) (AI @xan)\n")[0].1, "sync with @wim");
    // `to meet`
    assert_eq!(items("- stuck (TODO: @yul, @zac to meet and decide)\n")[0].1, "meet and decide");
    // the request for an owner under the work it is about
    let got = items("- Backup restore untested\n    - Needs assignee (-> @amy)\n");
    assert_eq!(got[0].0, vec!["amy"]);
    assert!(got[0].1.contains("Backup restore untested"), "{got:?}");
    // a link as the task: the topic and the link's issue
    let got = items("- quota alerts\n    - AI @ben: https://example.org/org/repo/issues/77\n");
    assert_eq!(got, vec![one(&["ben"], "quota alerts (issues/77)")]);
    // `@x to report` alone is this meeting's slot
    assert!(items("## Storage news\n\n- @cy to report\n").is_empty());
    assert_eq!(items("- @cy to report the bug upstream\n").len(), 1);
    // agenda topics with their presenters below are no tasks
    assert!(items("## Agenda\n\n* Storage tests\n  -> @dee\n").is_empty());
    assert_eq!(items("## Open work\n\n* Storage tests\n  -> @dee\n")[0].0, vec!["dee"]);
}

#[test]
fn round_ten_decisions() {
    let lines =
        |md: &str| -> Vec<usize> { meeting("team-green/20250101.md", md).decisions.iter().map(|d| d.line).collect() };
    // the items under a heading of agreements
    assert_eq!(lines("## Binding agreements (retro)\n\n- shorter review rounds\n- one owner per epic\n"), vec![3, 4]);
    assert!(lines("## Open decisions\n\n- naming of the flavors\n").is_empty());
    // `<topic> decision - <outcome>`, `preferred to …`, `it is preferred`, `--> yes`, `no veto`
    assert_eq!(lines("- disk naming decision - PR merged\n"), vec![1]);
    assert_eq!(lines("- Preferred to fix it upstream\n"), vec![1]);
    assert_eq!(lines("- it is preferred to keep the old name\n"), vec![1]);
    assert_eq!(lines("- release in May\n  - October --> yes\n"), vec![2]);
    assert_eq!(lines("- no veto from the group, keep the docs in mind\n"), vec![1]);
    // a bare vote result, `let's try …`
    assert_eq!(lines("- Stabilize the v3 scope\n- Approved\n"), vec![2]);
    assert_eq!(lines("- let's try Wednesday 14:00 for the new slot\n"), vec![1]);
    assert!(lines("- Let's try it this way: https://example.org/change/1\n").is_empty());
    assert_eq!(lines("- March is tight. Let's try it anyway.\n"), vec![1]);
    assert!(lines("## Decisions\n\n- the naming is a separate discussion\n").is_empty());
    // `if … decided` only within one clause; a deferral with a reason is none
    assert_eq!(lines("- we were unsure if we need it, we now decided to do it\n"), vec![1]);
    assert!(lines("- will adopt it if decided by the board\n").is_empty());
    assert!(lines("- decided to not do this today, since the author is away\n").is_empty());
    // an approval with a remark after a comma, not one with `but`
    assert_eq!(lines("- close stale issues?\n  - good approach, they can be reopened anyway\n"), vec![2]);
    assert!(lines(
        "- close stale issues?\n  - good approach, but we need to check the numbers with the ops team first\n"
    )
    .is_empty());
    // the yes or no to a question of fact is a report
    assert!(lines("- is the old mirror still needed? → YES\n").is_empty());
    assert!(lines("- the fix is in, no?\n  - YES\n").is_empty());
    assert_eq!(lines("- Should we drop the old mirror? → YES\n"), vec![1]);
}

#[test]
fn round_ten_owners_and_lines_that_run_on() {
    // a team's own to-dos under its heading
    let got = items("### Team Green\n\n- Retro\n  - the team found some action items for itself\n    - fewer reviewers per PR\n    - a talk on the release flow\n");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|g| g.0 == vec!["group:team green"]), "{got:?}");
    // a handle given the task later in an item of a to-do list
    let got = items("#### TODO: docs\n* Split the long guide into pages: @fay will open an issue\n* Fix the typos\n");
    assert_eq!(got[0].0, vec!["fay"], "{got:?}");
    assert!(got[1].0.is_empty(), "{got:?}");
    // a sentence that runs on in the next line of the item
    let got = items("- No news. @gus will write to @hal\n  to get the numbers\n");
    assert_eq!(got, vec![one(&["gus"], "write to @hal to get the numbers")]);
    let got = items("- https://example.org/issue/9:\n  the probe restarts the pods too often -> storage team\n");
    assert_eq!(got[0].0, vec!["group:storage team"], "{got:?}");
    // a sentence that ends, and a next line with a marker of its own, do not run on
    let got = items("- @gus will write the mail.\n  later the numbers come\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(!got[0].1.contains("numbers"), "{got:?}");
    // no subject, the doer in parentheses; a handle doing one thing that will do the next
    assert_eq!(
        items("- Will open a label (@ivy) and add it to the epic\n"),
        vec![one(&["ivy"], "open a label and add it to the epic")]
    );
    assert!(items("- Will be discussed next week (@ivy)\n").is_empty());
    assert_eq!(
        items("- @jon drafting the poll and will send it to the list\n"),
        vec![one(&["jon"], "send it to the list")]
    );
    assert!(items("- @jon drafting the poll and will present it here\n").is_empty());
}

#[test]
fn round_ten_open_points_handed_over() {
    // an open point of a few words handed to a handle after an arrow
    assert_eq!(
        items("- Storage news\n    - no release date for the exporter yet -> @kit\n"),
        vec![one(&["kit"], "no release date for the exporter yet")]
    );
    // not a hand-over between people, not a question, not two words
    assert!(items("- backlog grooming: @kit -> @lia\n").is_empty());
    assert!(items("- who owns the exporter? -> @kit\n").is_empty());
    assert!(items("- the exporter -> @kit\n").is_empty());
    assert!(items("## Agenda\n\n- status page demo and news -> @kit\n").is_empty());
    // people in parentheses inside work that still needs something
    assert_eq!(
        items("- FAQ (@max) and Glossary (@max) need a review\n"),
        vec![one(&["max"], "FAQ and Glossary need a review")]
    );
    assert!(items("- FAQ (@max) and Glossary (@nik) were reviewed\n").is_empty());
}

#[test]
fn round_ten_done_marks() {
    // a check mark followed by a remark in parentheses, `it's been dealt with`
    let got = items("- AI @ada: book the room ✅ (booked for two days)\n");
    assert!(got[0].2, "{got:?}");
    assert_eq!(got[0].1, "book the room");
    let got = items("- AI @ada: send the reminder\n  - it's been dealt with by @bo\n");
    assert!(got[0].2, "{got:?}");
    // a remark in parentheses alone is no done mark
    assert!(!items("- AI @ada: book the room (two days)\n")[0].2);
}

/// Decision lines of a snippet (line numbers).
fn decision_lines(md: &str) -> Vec<usize> {
    meeting("team-green/20250101.md", md).decisions.iter().map(|d| d.line).collect()
}

#[test]
fn round_eleven_decision_spellings() {
    // a decision word after a one-word label of who decided
    assert_eq!(decision_lines("- Discussion outcome: ship the arm64 image first\n"), vec![1]);
    assert_eq!(decision_lines("- Team decision: keep the weekly slot\n"), vec![1]);
    // a label that states no decision
    assert!(decision_lines("- Pending decision: which registry to use\n").is_empty());
    // `the decision was to …`, not a decision still to be taken
    assert_eq!(decision_lines("- the decision was to add larger volumes as an option\n"), vec![1]);
    assert!(decision_lines("- the decision was to be taken by the board later\n").is_empty());
    // `Decision/AI @x: …` opening a line
    assert_eq!(decision_lines("- decision/AI @ada: use three columns\n"), vec![1]);
    // an option marked as the chosen one
    assert_eq!(decision_lines("- Retro slot: Mon 9:00 or (preferred) Fri 15:00\n"), vec![1]);
    assert!(decision_lines("- Retro slot: Mon or (preferred) Fri, to be decided next week\n").is_empty());
    // a reviewer's approval
    assert_eq!(decision_lines("- @bo approved (PR #12), thanks\n"), vec![1]);
    assert!(decision_lines("- @bo has not approved yet\n").is_empty());
    // a majority for or against
    assert_eq!(decision_lines("- no majority for moving the call\n"), vec![1]);
    assert!(decision_lines("- we need a majority for moving the call\n").is_empty());
    // `=> let's do the …`, `=> cancel` after an arrow; not a report that something was cancelled
    assert_eq!(decision_lines("- => let's do the rename! After the release.\n"), vec![1]);
    assert_eq!(decision_lines("- No call on the holiday => cancel\n"), vec![1]);
    assert!(decision_lines("- Conference talk => cancelled by the organisers\n").is_empty());
    // `Prefer …`, `we prefer …`, not what one person prefers
    assert_eq!(decision_lines("- Prefer pinned versions in the manifests\n"), vec![1]);
    assert!(decision_lines("- I prefer pinned versions in the manifests\n").is_empty());
    // a bare yes or no under a proposal with a modal; not under a report
    assert_eq!(decision_lines("- the generic part can go into the guide\n    - yes\n"), vec![2]);
    assert!(decision_lines("- the CI run is green again\n    - yes\n").is_empty());
}

#[test]
fn round_eleven_action_spellings() {
    // a task shared out among its sub-items: `@a: <share>`, `<share>: @b`
    assert_eq!(
        items("- Prepare two proposals\n  - @ada: naming scheme with a migration path\n  - cleanup of the old docs: @bo\n"),
        vec![one(&["ada"], "naming scheme with a migration path"), one(&["bo"], "cleanup of the old docs")]
    );
    // reports under the task are not shares of it; nor is a sub-item under a report
    assert!(items("- Prepare two proposals\n  - @ada: done\n").is_empty());
    assert!(items("- The proposals were discussed\n  - @ada: naming scheme with a migration path\n").is_empty());
    // work labelled with its owner in parentheses after a colon
    assert_eq!(
        items("- New dashboards for the outcomes: (@cid)\n"),
        vec![one(&["cid"], "New dashboards for the outcomes")]
    );
    assert!(items("- Topic: (@cid)\n").is_empty());
    // a time adverb before the task's verb
    assert_eq!(
        items("- For now document the workaround (@dee, @eli)\n"),
        vec![one(&["dee", "eli"], "document the workaround")]
    );
    assert_eq!(items("- Then, update the guide (@fay)\n"), vec![one(&["fay"], "update the guide")]);
    assert!(items("- Then the meeting ended early (@fay)\n").is_empty());
    // `open TODO for @x, …`
    assert_eq!(items("- open TODO for @gus, writing the spec\n"), vec![one(&["gus"], "writing the spec")]);
}

#[test]
fn round_eleven_and_will_and_meeting_roles() {
    // a handle that opens a clause goes on with `and will <verb>`
    assert_eq!(
        items("- no tool fits, @hal wrote a small bridge, and will push it to the shared repo for review\n"),
        vec![one(&["hal"], "push it to the shared repo for review")]
    );
    assert_eq!(items("- @ivy prepared a draft and will send it around.\n"), vec![one(&["ivy"], "send it around")]);
    // not a plan to report, nor a clause that the handle does not open
    assert!(items("- @ivy and @jo went to the summit and will report next time\n").is_empty());
    assert!(items("- thanks to @ivy the CI works and will stay green\n").is_empty());
    // a meeting role in the passive is no task
    assert!(items("- The last call of the year will be facilitated by @kai\n").is_empty());
    assert!(items("- The retro will be moderated by Lena\n").is_empty());
    assert_eq!(items("- the upgrade guide will be written by @kai\n").len(), 1);
}

#[test]
fn round_eleven_votes_and_choices() {
    let one_decision = |md: &str| assert_eq!(decision_lines(md), vec![1], "{md}");
    let none = |md: &str| assert!(decision_lines(md).is_empty(), "{md}");
    one_decision("- Accepted unanimously\n");
    one_decision("- Approved by the SIG\n");
    one_decision("- The team approved the new label scheme\n");
    one_decision("- Everyone in favour of the shorter slot\n");
    one_decision("- Agreement reached: the exporter moves to the monitoring repo\n");
    one_decision("- Outcome - we keep the mirror\n");
    one_decision("- We settled on the smaller image\n");
    one_decision("- We opted for the managed database\n");
    one_decision("- Go with option B\n");
    // a report of a merge, a choice put off, one person's promise
    none("- The PR was approved and merged\n");
    none("- We chose to postpone the rename\n");
    none("- Go for lunch together after the call\n");
    none("- @ann agreed to update the docs\n");
    assert_eq!(items("- @ann agreed to update the docs\n"), vec![one(&["ann"], "update the docs")]);
}

#[test]
fn round_eleven_assignee_labels() {
    // the owner named as such in parentheses or after the work
    assert_eq!(items("- Update the docs (owner: @ann)\n"), vec![one(&["ann"], "Update the docs")]);
    assert_eq!(items("- Rotate the keys (responsible: @bob)\n"), vec![one(&["bob"], "Rotate the keys")]);
    assert_eq!(items("- Update the docs, assigned to @cat\n"), vec![one(&["cat"], "Update the docs")]);
    assert_eq!(items("- Update the docs; assignee: @dan\n"), vec![one(&["dan"], "Update the docs")]);
    // a topic with its presenter, a possibility
    assert!(items("- Storage news (@jbrown)\n").is_empty());
    assert!(items("- The ticket could be assigned to @cat\n").is_empty());
}

#[test]
fn round_eleven_marker_after_owners_and_task_lists() {
    // the marker in parentheses after the owners
    assert_eq!(items("- @ann (AI): write the ADR\n"), vec![one(&["ann"], "write the ADR")]);
    assert_eq!(items("- @ann, @bob (ToDo) review the PR\n"), vec![one(&["ann", "bob"], "review the PR")]);
    // `Tasks for next week:` introduces its to-dos
    let got = items("- Tasks for next week:\n  - Review the PR\n  - Rotate the keys\n");
    assert_eq!(got.len(), 2, "{got:?}");
    // a list of what was done is none
    assert!(items("- Tasks done last week:\n  - Reviewed the PR\n").is_empty());
}

#[test]
fn round_eleven_decision_words_that_decide_nothing() {
    for md in [
        "- Result: still unclear\n",
        "- agreed upon interface is missing\n",
        "- we agreed to disagree on the naming\n",
        "- Outcome of the survey: twelve answers so far\n",
        "- results from the benchmarks: 20 % faster\n",
    ] {
        assert!(decision_lines(md).is_empty(), "{md}");
    }
    // a vote's result is one
    assert_eq!(decision_lines("- Result of the vote: keep the slot\n"), vec![1]);
}

#[test]
fn round_eleven_handle_dash_or_colon_to() {
    assert_eq!(items("- @ann: to rotate the keys\n"), vec![one(&["ann"], "rotate the keys")]);
    assert_eq!(items("- @ann - check the key rotation\n"), vec![one(&["ann"], "check the key rotation")]);
    assert_eq!(items("- @ann: follow-up with the vendor\n"), vec![one(&["ann"], "follow-up with the vendor")]);
    // a report or a topic after the dash
    assert!(items("- @ann - was on vacation\n- @ann - status page demo\n- @ann - new release is out\n").is_empty());
}

#[test]
fn round_eleven_approved_after_a_separator() {
    assert_eq!(decision_lines("- Rename the repo: approved\n"), vec![1]);
    assert_eq!(decision_lines("- Rename the repo - approved\n"), vec![1]);
    assert_eq!(decision_lines("- Rename the repo => approved by everyone\n"), vec![1]);
    assert_eq!(decision_lines("- Should we drop the old flavors? - Yes\n"), vec![1]);
    // a fact question's yes, an approval still awaited
    assert!(decision_lines("- Is the mirror still needed? - yes\n").is_empty());
    assert!(decision_lines("- Rename the repo: to be approved next week\n").is_empty());
}

#[test]
fn round_eleven_two_handles_with_will_and_deadlines() {
    // two people, each with a task, joined by `and`
    assert_eq!(
        items("- @ann will write the ADR and @bob will review it\n"),
        vec![one(&["ann"], "write the ADR"), one(&["bob"], "review it")]
    );
    // a second handle that is part of the task
    assert_eq!(items("- @ann will connect @cat and @bob to people upstream\n").len(), 1);
    // a deadline beside the owner in parentheses
    assert_eq!(items("- Write the ADR (@ann, by next week)\n"), vec![one(&["ann"], "Write the ADR")]);
    assert_eq!(items("- Write the ADR (@ann; due 2025-01-10)\n"), vec![one(&["ann"], "Write the ADR")]);
    // `AI on @x: …`
    assert_eq!(items("- AI on @ann: write the ADR\n"), vec![one(&["ann"], "write the ADR")]);
}

#[test]
fn round_eleven_more_decision_spellings() {
    for md in [
        "- We'll go with the smaller image\n",
        "- We\u{2019}ll go with the smaller image\n",
        "- The decision: keep the mirror\n",
        "- The quay registry was selected as the default\n",
        "- Nobody objected to the new slot\n",
        "- We decide to keep the mirror\n",
    ] {
        assert_eq!(decision_lines(md), vec![1], "{md}");
    }
    // still to be decided, a plan to see
    assert!(decision_lines("- We need to decide on the mirror\n").is_empty());
    assert!(decision_lines("- We'll see how the mirror does\n").is_empty());
}

#[test]
fn round_eleven_typographic_apostrophes() {
    assert_eq!(decision_lines("- Let\u{2019}s go with the smaller image\n"), vec![1]);
    assert_eq!(decision_lines("- We won\u{2019}t support the old runtime\n"), vec![1]);
    // a plan to try something later is no decision either way
    assert!(decision_lines("- Let\u{2019}s discuss it next week\n").is_empty());
}

#[test]
fn round_eleven_plural_markers_with_their_item() {
    assert_eq!(items("- AIs: @ann write the ADR\n"), vec![one(&["ann"], "write the ADR")]);
    assert_eq!(items("- Action items: @ann write the ADR\n"), vec![one(&["ann"], "write the ADR")]);
    assert_eq!(
        items("- AIs: @ann write the ADR; @bob review it\n"),
        vec![one(&["ann"], "write the ADR"), one(&["bob"], "review it")]
    );
    // a report after the second handle stays part of the first task
    assert_eq!(items("- AI: @ann write the ADR; @bob was there\n").len(), 1);
    // the plural marker over a list still introduces it
    assert_eq!(items("- AIs:\n  - @ann write the ADR\n"), vec![one(&["ann"], "write the ADR")]);
}

#[test]
fn round_eleven_minute_taker_spellings() {
    let takers = |md: &str| meeting("team-green/20250101.md", md).minute_takers;
    assert_eq!(takers("# Weekly\n\nScribe: @ann\n"), vec!["@ann".to_string()]);
    assert_eq!(takers("# Weekly\n\n- Note taker: @ann, @bob\n"), vec!["@ann".to_string(), "@bob".to_string()]);
    assert_eq!(takers("# Weekly\n\nNotes: @ann\n"), vec!["@ann".to_string()]);
    // notes that are no person
    assert!(takers("# Weekly\n\nNotes: see the pad\n").is_empty());
    // the answer as a paragraph of its own below the question
    assert_eq!(
        takers("# Weekly\n\n- Who transfers the minutes to GitHub?\n\n@cid\n\n- Next topic\n"),
        vec!["@cid".to_string()]
    );
}

#[test]
fn round_twelve_decision_shapes() {
    let lines =
        |md: &str| -> Vec<usize> { meeting("team-green/20250101.md", md).decisions.iter().map(|x| x.line).collect() };
    // a bare approval or preference word under a proposal, a group agreeing, a vote count on an option
    assert_eq!(
        lines("## Misc\n\n- Move the weekly to Tuesdays\n  - preferred\n- Which backup tool first?\n  - restic +2\n  - borg\n- Should we rename the chart?\n  - the room agrees\n- A shared calendar\n  - everyone in favour of that\n- Alice in favour\n"),
        vec![4, 6, 9, 11]
    );
    // a bare approval under a heading that names the proposal, remarks aside
    let m = meeting("team-green/20250101.md", "## Promote the quota standard to stable\n\n- Accepted (only three voters)\n\n## Other\n\n- accepted talks are listed on the wiki\n");
    assert_eq!(m.decisions.iter().map(|x| x.line).collect::<Vec<_>>(), vec![3]);
    assert!(m.decisions[0].text.contains("quota standard"), "{:#?}", m.decisions);
    // a preference stated as taken, a permission per subject, a decision-record heading
    assert_eq!(
        lines("## Misc\n\n- variant B was preferred - progress?\n- A signed CLA is our preferred way to contribute\n- old lab clusters: OK to delete\n- maybe OK to delete later?\n\n### Decision record: keep the images small\n"),
        vec![3, 4, 5, 8]
    );
    // not decisions: a person's agreement, a deferral, a possibility, a request to review,
    // action items under an agreements heading
    let none = meeting("team-green/20250101.md", "## Misc\n\n- @ann agreed with the proposal\n- Is X done? -> overflow slot, continuation of discussion\n- Can we reuse the old chart?\n  - it could be pushed upstream -> @bob\n- Decision about the logo: see PR 12, please review and comment\n\n### Agreements\n\n- @alex to write the glossary\n");
    assert!(none.decisions.is_empty(), "{:#?}", none.decisions);
}

#[test]
fn round_twelve_assignment_shapes() {
    // two handles with a task each on one line; a list of handles after `talk to` is no second item
    assert_eq!(
        items("- Write the upgrade guide\n  - @ann to test and write, @bob to review\n"),
        vec![
            one(&["ann"], "test and write (Write the upgrade guide)"),
            one(&["bob"], "review (Write the upgrade guide)")
        ]
    );
    assert_eq!(items("- @ann will talk to @bob, @cid to join\n").len(), 1);
    // `@x -> to <verb>`, `@x (et al.) to <verb>`, a marker after a slash
    assert_eq!(items("@ann -> to write an epic\n"), vec![one(&["ann"], "write an epic")]);
    assert_eq!(items("- @ann (et al.) to look into the registry\n"), vec![one(&["ann"], "look into the registry")]);
    assert_eq!(items("- idea/AI @ann: sketch the dashboard\n"), vec![one(&["ann"], "sketch the dashboard")]);
    // a passive still to do with its doer in parentheses
    assert_eq!(
        items("- to be checked whether the mirror syncs (@ann)\n"),
        vec![one(&["ann"], "check whether the mirror syncs")]
    );
    // a future passive with a day after the owner
    assert_eq!(items("- the release notes will be written by @ann for monday\n").len(), 1);
    // a task item whose only sub-item names its owner; not a topic with its presenter
    assert_eq!(items("- Ask for another test run\n    - @ann\n"), vec![one(&["ann"], "Ask for another test run")]);
    assert!(items("- Storage roadmap\n    - @ann\n").is_empty());
    // on an agenda, handles below a topic present it, unless the topic is in a list of work
    assert!(items("## Agenda\n\n* Storage roadmap\n  -> @ann\n").is_empty());
    assert_eq!(
        items("## Agenda\n\n* Need work:\n    * Licence header check\n        -> @ann, @bob\n"),
        vec![one(&["ann", "bob"], "Licence header check")]
    );
}

#[test]
fn round_twelve_tender_funds_and_split_minute_roles() {
    // an award that waits for the funds is still planned; without the funds' wait it is not
    let got = tender_events(
        "## Tenders\n\n- VP51: we wait for the agency to release the funds, it can be awarded in spring\n- VP52: it will be awarded in spring\n",
    );
    assert_eq!(got, [("VP51", "planned"), ("VP52", "decided")].map(|(i, e)| (i.to_string(), e)));
    // taking and transferring the minutes on two lines; an unsure note before the handle
    let takers = |md: &str| meeting("team-green/20250101.md", md).minute_takers;
    assert_eq!(
        takers("# Weekly\n\n- minute taking: @ann\n- minutes transfer: @bob\n- agenda: @cid\n"),
        vec!["@ann".to_string(), "@bob".to_string()]
    );
    assert_eq!(takers("# Weekly\n\n- Minute taking: @ann\n- Moderation: @cid\n"), vec!["@ann".to_string()]);
    assert_eq!(
        takers("# Weekly\n\n- Responsible for the minutes (writing and transfer): ?? @ann\n"),
        vec!["@ann".to_string()]
    );
}

#[test]
fn round_twelve_approvals_and_group_agreement() {
    let m = meeting(
        "team-green/20250101.md",
        "## Misc\n\n- Should we move the call to Tuesday?\n  - LGTM\n- Use Loki for the logs?\n  - fine with everyone\n- Rename the repo?\n  - nobody against it\n- Team agrees to drop the old CLI\n- All agree on the new naming\n- We will go ahead with the migration\n- Drop the beta flag?\n  - Ann against it\n- we will go ahead and ask the board\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![4, 6, 8, 9, 10, 11], "{:#?}", m.decisions);
    assert!(m.decisions[0].text.contains("Tuesday") && m.decisions[0].text.contains("LGTM"));
    // a team agreeing is its decision, not its task
    assert!(m.actions.iter().all(|a| a.line != 9), "{:#?}", m.actions);
}

#[test]
fn round_twelve_more_markers_and_decision_labels() {
    // a dash between the marker and the owner; a task for a handle
    assert_eq!(items("- AI - @fay - book the room\n"), vec![one(&["fay"], "book the room")]);
    assert_eq!(items("- Task for @wes: update the docs\n"), vec![one(&["wes"], "update the docs")]);
    // `Decisions made:` over a list: each item is one; a decision label after a question;
    // an option accepted
    let m = meeting(
        "team-green/20250101.md",
        "## Misc\n\n- Decisions made:\n  - weekly releases\n  - no manual deploys\n- Rename the repo? Decision: yes\n- Option B accepted\n- Option B was discussed at length\n- Is it fixed? Decision: maybe later\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![4, 5, 6, 7], "{:#?}", m.decisions);
}

#[test]
fn round_twelve_answers_that_pick_an_option() {
    let m = meeting(
        "team-green/20250101.md",
        "## Misc\n\n- Which day: Tuesday or Thursday?\n  - Thursday\n- Use Loki or Elastic?\n  - Loki, because it is cheaper\n- How is the migration going?\n  - slowly\n- Is it Loki or Elastic?\n  - we do not know\n\n### Move the call to Tuesday?\n\nYes, from next week on.\n\n### Is the mirror still needed?\n\nYes.\n\n### Options for the registry\n\n- Harbor\n- Quay\n- => Harbor\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![4, 6, 14, 24], "{:#?}", m.decisions);
    assert!(m.decisions[0].text.contains("Tuesday or Thursday") && m.decisions[0].text.ends_with("Thursday"));
    assert!(m.decisions[3].text.contains("registry") && m.decisions[3].text.ends_with("Harbor"));
}

#[test]
fn round_twelve_intro_signals_and_indirect_questions() {
    let m = meeting(
        "team-green/20250101.md",
        "## Images\n\n- Mandatory (agreed in this group):\n  - the two latest LTS releases\n  - Debian stable\n- Recommended (to be discussed):\n  - Alma\n- We should discuss how to merge the two lists\n  - => keep one list in the wiki\n- We discussed the old list\n  - => it is long\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![4, 5, 9], "{:#?}", m.decisions);
    assert!(m.decisions[2].text.contains("merge the two lists") && m.decisions[2].text.contains("one list"));
}

#[test]
fn round_twelve_done_marked_work_and_approval_with_owner() {
    // work with its assignee in parentheses, marked done after them
    assert_eq!(
        items("- Write the release notes (@ann) ✅\n"),
        vec![(vec!["ann".to_string()], "Write the release notes".to_string(), true)]
    );
    // `Do it (@x)` under a proposal: @x's task (with the proposal), not a decision; an approval
    // with a task in the parentheses is both
    let m = meeting(
        "team-green/20250101.md",
        "## Misc\n\n- We default to the small flavor (the medium one for the control plane?)\n  - Do it (@bob)\n- Stabilize the quota standard?\n  - Hooray! (@cid to merge the PR)\n",
    );
    let acts: Vec<(usize, Vec<String>, String)> =
        m.actions.iter().map(|a| (a.line, a.owners.clone(), a.text.clone())).collect();
    assert_eq!(
        acts,
        vec![
            (4, vec!["bob".to_string()], "Do it (We default to the small flavor)".to_string()),
            (6, vec!["cid".to_string()], "merge the PR".to_string())
        ]
    );
    assert_eq!(m.decisions.iter().map(|x| x.line).collect::<Vec<_>>(), vec![6], "{:#?}", m.decisions);
}

#[test]
fn round_twelve_no_decision_from_a_status_answer() {
    let m = meeting(
        "team-green/20250101.md",
        "## Misc\n\n- Is the mirror up or down?\n  - up since Monday\n\n### Any news from the board?\n\nNo.\n",
    );
    assert!(m.decisions.is_empty(), "{:#?}", m.decisions);
    // on an agenda, a handle below a topic presents it
    assert!(items("## Agenda\n\n- Discuss the tender plan\n  - @ann\n").is_empty());
}

#[test]
fn round_twelve_findings_and_attempts_are_no_decisions() {
    let m = meeting(
        "team-green/20250101.md",
        "## Misc\n\n- we should check whether the API supports PKCE\n  - result: it does not\n- we should test the mirror\n- result: it is slow\n- let's try to sort it out together\n- Candidates discussed\n  - result: option B\n- let's try Tuesday for the call\n",
    );
    let got: Vec<usize> = m.decisions.iter().map(|x| x.line).collect();
    assert_eq!(got, vec![9, 10], "{:#?}", m.decisions);
}

#[test]
fn round_twelve_short_todo_with_steps_or_topics() {
    // the steps of a short to-do are items; its topics are not
    assert_eq!(
        items("- TODO: Testing.\n  - Deploy the operator\n  - Cut a test release\n"),
        vec![one(&[], "Testing."), one(&[], "Deploy the operator"), one(&[], "Cut a test release")]
    );
    assert_eq!(
        items("- TODO: Feedback partners\n  - key management\n  - service mesh\n"),
        vec![one(&[], "Feedback partners")]
    );
}

#[test]
fn round_twelve_a_condition_after_the_task_is_no_part_of_it() {
    assert_eq!(
        items("- @ann will push the small fixes to the PR (if nobody else picks them up)\n"),
        vec![one(&["ann"], "push the small fixes to the PR")]
    );
    assert_eq!(
        items("- AI @bob: ask the vendor for a quote, unless the budget is frozen\n"),
        vec![one(&["bob"], "ask the vendor for a quote")]
    );
}

#[test]
fn round_twelve_a_group_before_its_verb_after_a_marker() {
    assert_eq!(items("- _AI Team start revising the docs_\n"), vec![one(&["group:team"], "start revising the docs")]);
    assert_eq!(items("- AI all review the standard\n"), vec![one(&["group:all"], "review the standard")]);
    // not a group: a word that opens the task
    assert_eq!(items("- AI Team building event next month\n"), vec![one(&[], "Team building event next month")]);
}

#[test]
fn round_twelve_who_questions_and_names_in_parentheses() {
    // a who-question answered on its line does not decide (nor, on its line, assign)
    let m = meeting(
        "team-green/20250101.md",
        "## Misc\n\n- Open point: who books the room? -> @hal\n- Who should own the chart?\n  - => @ivy\n",
    );
    assert!(m.decisions.is_empty(), "{:#?}", m.decisions);
    // in a list of action items, a person of this file in parentheses owns the item
    assert_eq!(
        items("## Participants\n\n- Carl Meyer\n\n## Action items\n\n- Update the wiki (Carl)\n- Fix the build (Optional)\n"),
        vec![one(&["Carl"], "Update the wiki"), one(&[], "Fix the build (Optional)")]
    );
}

#[test]
fn round_twelve_more_tender_phrases() {
    let got = tender_events(
        "## Tenders\n\n- VP51 went live on the tender platform\n- VP52: tender launched\n- VP53: bids are being assessed\n- VP54: tender documents are being finalised\n- VP55: the winner has been chosen, contract pending\n- VP56: the dashboard built in it was launched\n- VP57: work finalised\n",
    );
    let want = [
        ("VP51", "published"),
        ("VP52", "published"),
        ("VP53", "evaluating"),
        ("VP54", "planned"),
        ("VP55", "decided"),
        ("VP56", "mention"),
        ("VP57", "finished"),
    ];
    assert_eq!(got, want.map(|(i, e)| (i.to_string(), e)));
}

/// (id, event) of every tender mention of a Tech Weekly snippet.
fn tender_events(md: &str) -> Vec<(String, &'static str)> {
    meeting("tech-weekly/20250101.md", md).tenders.iter().map(|t| (t.id.clone(), t.status.event())).collect()
}

/// Whether a one-line snippet under a heading records a decision.
fn decides(line: &str) -> bool {
    !decision_lines(&format!("## Logging\n\n- {line}\n")).is_empty()
}

/// Every line of `yes` records a decision, none of `no` does.
fn assert_decides(yes: &[&str], no: &[&str]) {
    for line in yes {
        assert!(decides(line), "missed: {line}");
    }
    for line in no {
        assert!(!decides(line), "spurious: {line}");
    }
}

#[test]
fn round_thirteen_verdict_verbs_of_the_deciders() {
    assert_decides(
        &[
            "We concur that the sync moves to Wednesday",
            "Everyone concurred: the sync moves to Wednesday",
            "The board signed off on the new mascot",
            "The team gave the green light for the new mascot",
            "The SIG voted to retire the old bucket",
            "We went with Tempo for traces",
            "The group chose Tempo over Jaeger",
            "The maintainers endorsed the labelling scheme",
        ],
        &[
            "We went for a walk after the sync",
            "We will vote on the mascot next week",
            "The group is going to choose a mascot later",
            "Dora picked up the spare keyboard",
        ],
    );
}

#[test]
fn round_thirteen_verdict_labels_passives_and_trailing_verdicts() {
    assert_decides(
        &[
            "Approval: retire the old bucket",
            "Sign-off: the mascot in blue",
            "Settled: keep two replicas",
            "Resolved: keep two replicas",
            "Green light for the staging cluster",
            "Tempo was chosen for traces",
            "The labelling scheme was endorsed by the SIG",
            "Keep two replicas – accepted",
            "Keep two replicas -> endorsed by all",
            "Keep two replicas (signed off)",
            "The motion to keep two replicas was accepted",
        ],
        &[
            "Approval still needed from the board",
            "We need a sign-off from the board",
            "The vote is scheduled for next week",
            "PR #77 was approved by @gil",
            "Her talk was selected for the summit",
            "Resolved: #4711",
        ],
    );
}

#[test]
fn round_thirteen_german_decisions_and_answers() {
    assert_decides(
        &[
            "Beschluss: die Sitzung wird auf Mittwoch verlegt",
            "Entscheidung: Tempo",
            "Einigung: zwei Replikas behalten",
            "Wir haben vereinbart, Tempo zu nutzen",
            "Es wurde beschlossen, den alten Bucket abzuschalten",
            "Alle sind sich einig: Tempo",
            "Tempo wird genutzt (beschlossen)",
        ],
        &[
            "Die Entscheidung ist noch offen",
            "Wir müssen noch entscheiden, ob Tempo passt",
            "Tempo wird nächste Woche entschieden",
            "Wir sind uns noch nicht einig",
            "Beschluss vertagt auf die nächste Sitzung",
        ],
    );
    // `ja`/`nein` under a question that asks for a choice answer it; under a fact question not
    assert_eq!(decision_lines("## Traces\n\n- Sollen wir Tempo nutzen?\n  - ja\n"), vec![4]);
    assert_eq!(decision_lines("## Traces\n\n- Should we keep Jaeger?\n  - nein, zu teuer\n"), vec![4]);
    assert!(decision_lines("## Traces\n\n- Is Jaeger still running?\n  - ja\n").is_empty());
    // a `## Beschlüsse` section: each item is one
    assert_eq!(decision_lines("## Beschlüsse\n\n- Tempo statt Jaeger\n- zwei Replikas\n"), vec![3, 4]);
}

#[test]
fn round_thirteen_answer_words_and_nominal_verdicts() {
    // the answer-word family under a question that asks for a choice
    for answer in ["Unanimous.", "Sure", "Yep", "Nope, one is enough", "yes (only for prod)", "Yes – but only for prod"]
    {
        let md = format!("## Replicas\n\n- Keep three replicas?\n  - {answer}\n");
        assert_eq!(decision_lines(&md), vec![4], "{answer}");
    }
    // not under a question of fact, and a hesitation is no answer
    assert!(decision_lines("## Replicas\n\n- Is the third replica still up?\n  - Yep\n").is_empty());
    assert!(decision_lines("## Replicas\n\n- Keep three replicas?\n  - Not sure yet\n").is_empty());
    assert_decides(
        &[
            "Keep three replicas (consensus)",
            "Keep three replicas (decision)",
            "Keep three replicas => decision",
            "Unanimous decision to keep three replicas",
            "Everyone is fine with three replicas",
            "DECISION keep three replicas",
        ],
        &[
            "Keep three replicas (decision pending)",
            "A decision on the replicas is still needed",
            "We need a decision on the replicas",
            "Ann is fine with three replicas",
        ],
    );
}

#[test]
fn round_thirteen_owner_labels_brackets_and_trailing_owners() {
    // owner labels before the handle, and the bracket spelling of `(@x)`
    let cases = [
        ("Owner: @nia - rotate the API keys", "rotate the API keys"),
        ("Responsible: @nia, rotate the API keys", "rotate the API keys"),
        ("Aufgabe für @nia: Schlüssel rotieren", "Schlüssel rotieren"),
        ("Rotate the API keys [@nia]", "Rotate the API keys"),
        ("Rotate the API keys [owner: @nia]", "Rotate the API keys"),
    ];
    for (line, task) in cases {
        assert_eq!(items(&format!("- {line}\n")), vec![one(&["nia"], task)], "{line}");
    }
    // a topic with a handle in brackets names no work
    assert!(items("- Release notes [@nia]\n").is_empty());
    // in a to-do list, the owner after the task
    for line in ["rotate the API keys @nia", "rotate the API keys - @nia", "rotate the API keys: @nia"] {
        assert_eq!(items(&format!("## To do\n\n- [ ] {line}\n")), vec![one(&["nia"], "rotate the API keys")], "{line}");
    }
    // a handle after `with` is who the task is done with, not its owner
    assert_eq!(items("## To do\n\n- [ ] sync with @nia and @oto\n"), vec![one(&[], "sync with @nia and @oto")]);
    // outside a to-do list a handle after a dash credits somebody
    assert!(items("- Great demo - @nia\n").is_empty());
}

#[test]
fn round_thirteen_takes_on_idioms_and_german_markers() {
    let cases: [(&str, &[&str], &str); 4] = [
        ("@pim takes care of the DNS records", &["pim"], "take care of the DNS records"),
        ("@pim and @quin take over the DNS migration", &["pim", "quin"], "take over the DNS migration"),
        ("@pim kümmert sich um die DNS-Einträge", &["pim"], "die DNS-Einträge"),
        ("@pim übernimmt die DNS-Migration", &["pim"], "die DNS-Migration"),
    ];
    for (line, owners, task) in cases {
        assert_eq!(items(&format!("- {line}\n")), vec![one(owners, task)], "{line}");
    }
    // a meeting role taken over is no task, nor a maybe
    assert!(items("- @pim takes over the minutes\n- @pim takes over moderation next week\n").is_empty());
    assert!(items("- @pim takes over the meeting on Thursday\n").is_empty());
    assert!(items("- @pim takes care of it maybe\n").is_empty());
    // `Aufgabe` is a marker like `Action`: opening a line, with its owner
    assert_eq!(items("- Aufgabe @pim: DNS-Einträge prüfen\n"), vec![one(&["pim"], "DNS-Einträge prüfen")]);
    assert_eq!(items("- Aufgabe: @pim prüft die DNS-Einträge\n"), vec![one(&["pim"], "prüft die DNS-Einträge")]);
    assert!(items("- Die Aufgabe war schwierig\n").is_empty());
}

#[test]
fn round_thirteen_more_handle_spellings_and_the_german_modal() {
    let cases: [(&str, &[&str], &str); 6] = [
        ("@rey → bump the chart version", &["rey"], "bump the chart version"),
        ("@rey was asked to bump the chart version", &["rey"], "bump the chart version"),
        ("Action item (@rey): bump the chart version", &["rey"], "bump the chart version"),
        ("To do for @rey: bump the chart version", &["rey"], "bump the chart version"),
        ("@rey wird die Chart-Version anheben", &["rey"], "die Chart-Version anheben"),
        ("@rey und @sol sollen die Tests erweitern", &["rey", "sol"], "die Tests erweitern"),
    ];
    for (line, owners, task) in cases {
        assert_eq!(items(&format!("- {line}\n")), vec![one(owners, task)], "{line}");
    }
    // an arrow to a report, a meeting slot, a whereabout or a maybe is no task
    for line in [
        "@rey → the chart was bumped",
        "@rey wird nächste Woche präsentieren",
        "@rey wird im Urlaub sein",
        "@rey wird vielleicht die Tests erweitern",
        "@rey hat die Tests erweitert",
    ] {
        assert!(items(&format!("- {line}\n")).is_empty(), "{line}");
    }
}

#[test]
fn round_thirteen_intros_sections_and_vote_counts() {
    // an intro that says its bullets were decided, in English and German: the bullets are the decisions
    for intro in [
        "We agreed on the following:",
        "The following was decided:",
        "Agreed points:",
        "Folgendes wurde vereinbart:",
        "Es wurde beschlossen:",
    ] {
        let md = format!("## Storage\n\n- {intro}\n  - keep three replicas\n  - retire the old bucket\n");
        assert_eq!(decision_lines(&md), vec![4, 5], "{intro}");
    }
    // nor an intro that only plans to decide
    assert!(decision_lines("## Storage\n\n- We still have to decide on the following:\n  - replicas\n").is_empty());
    // a section of agreed points
    assert_eq!(decision_lines("## Agreed\n\n- keep three replicas\n- retire the old bucket\n"), vec![3, 4]);
    assert_decides(
        &["Poll: keep three replicas +4 / -1", "Replicas: the majority voted for three"],
        &["Poll about the replicas next week", "The majority of the replicas are healthy"],
    );
}

#[test]
fn round_thirteen_work_labels_with_an_owner() {
    for line in [
        "Task: @tia bump the chart version",
        "Follow-up: bump the chart version (@tia)",
        "Next steps: @tia to bump the chart version",
        "Action point: bump the chart version (@tia)",
        "ACTION ITEM: @tia bump the chart version",
    ] {
        assert_eq!(items(&format!("- {line}\n")), vec![one(&["tia"], "bump the chart version")], "{line}");
    }
    // a label with a report, or with nobody named, is no item
    assert!(items("- Task: @tia bumped the chart version\n").is_empty());
    assert!(items("- Next steps: discussed in the breakout\n").is_empty());
}

#[test]
fn round_thirteen_rejections_are_decisions_too() {
    assert_decides(
        &[
            "The group rejected the proposal to self-host",
            "We decided against self-hosting",
            "The SIG declined the request to host the summit",
            "Proposal to self-host declined",
            "We won't pursue self-hosting",
            "Self-hosting was ruled out",
            "Self-hosting is off the table",
            "Self-hosting: no-go",
        ],
        &[
            "The request may be declined by the provider",
            "Is self-hosting off the table?",
            "We should decide whether to pursue self-hosting",
        ],
    );
}

#[test]
fn round_thirteen_more_answers_under_a_choice_question() {
    for answer in ["Absolutely", "Definitely not", "Einverstanden", "Machen wir", "We do it", "✅"] {
        let md = format!("## Replicas\n\n- Should we keep a third replica?\n  - {answer}\n");
        assert_eq!(decision_lines(&md), vec![4], "{answer}");
    }
    // a label of who answered, on the question's line
    assert_eq!(decision_lines("## Replicas\n\n- Keep a third replica? Consensus: yes\n"), vec![3]);
    assert_eq!(decision_lines("## Replicas\n\n- Keep a third replica? All: yes\n"), vec![3]);
    // one person's opinion, a deferral, a doubt: none
    for answer in ["Fine for me", "not now", "Nicht jetzt", "Not sure", "Maybe later"] {
        let md = format!("## Replicas\n\n- Should we keep a third replica?\n  - {answer}\n");
        assert!(decision_lines(&md).is_empty(), "{answer}");
    }
}

#[test]
fn round_thirteen_tagged_decisions_and_marker_variants() {
    assert_decides(
        &["[Decision] keep the nightly build", "#agreed keep the nightly build", "Decision ✅: keep the nightly build"],
        &["[Decision needed] nightly build", "#decision-log is in the wiki", "[Question] keep the nightly build?"],
    );
    // the owner after an arrow at the end of a marked item, and the marker in parentheses
    assert_eq!(items("- AI: bump the chart version -> @uma\n"), vec![one(&["uma"], "bump the chart version")]);
    assert_eq!(items("- (AI) @uma bump the chart version\n"), vec![one(&["uma"], "bump the chart version")]);
    // an arrow inside the task keeps it
    assert_eq!(items("- AI @uma: map v1 -> v2 in the chart\n")[0].0, vec!["uma"]);
}

#[test]
fn round_thirteen_choices_without_a_subject_and_the_way_to_go() {
    assert_decides(
        &[
            "Opted for Tempo",
            "Settled on Tempo for traces",
            "Went with Tempo",
            "Voted to keep Tempo",
            "Tempo is the way to go",
            "Tempo will be our choice",
            "Tempo is the chosen option",
        ],
        &["Is Tempo the way to go?", "Tempo might be the way forward", "Went with @vic to the meetup"],
    );
}

#[test]
fn round_thirteen_everyone_in_the_room_is_tasked() {
    let cases = [
        ("All to review the storage ADR", "group:all"),
        ("Everyone: please review the storage ADR", "group:everyone"),
        ("Everybody please review the storage ADR", "group:everybody"),
        ("All participants to review the storage ADR", "group:all participants"),
    ];
    for (line, group) in cases {
        assert_eq!(items(&format!("- {line}\n")), vec![one(&[group], "review the storage ADR")], "{line}");
    }
    // an answer, a report, an announcement, a norm for providers: none
    for line in [
        "All: agreed",
        "Everyone: was there",
        "Everyone please note the new date",
        "CSPs should not store keys in plain text",
    ] {
        assert!(items(&format!("- {line}\n")).is_empty(), "{line}");
    }
}

#[test]
fn round_thirteen_verdict_labels_with_a_qualifier_or_a_plural() {
    assert_decides(
        &[
            "Approved: the new mascot",
            "Rejected: self-hosting the runner",
            "Decision (after the vote): keep the mascot",
            "Decision #3: keep the mascot",
            "Agreement (all): keep the mascot",
            "Decisions: keep the mascot; drop the font",
        ],
        &["Accepted: 3 talks for the summit", "Decisions: none today", "Decision (pending): mascot"],
    );
}

#[test]
fn round_thirteen_german_hedges_are_none() {
    assert_decides(
        &["Beschluss: Tempo statt Jaeger"],
        &[
            "Beschluss: vielleicht Tempo",
            "Entscheidung: evtl. Tempo",
            "Wir haben wahrscheinlich Tempo vereinbart",
            "Könnte Tempo sein (beschlossen?)",
        ],
    );
}

#[test]
fn round_thirteen_marker_arrows_without_spaces() {
    for line in
        ["AI->@wes: bump the chart version", "AI=>@wes bump the chart version", "AI→@wes: bump the chart version"]
    {
        assert_eq!(items(&format!("- {line}\n")), vec![one(&["wes"], "bump the chart version")], "{line}");
    }
    // a bare marker arrow with nobody after it is no item and no panic
    assert!(items("- AI->@\n").is_empty());
}

#[test]
fn round_thirteen_owner_label_after_the_task() {
    for line in [
        "Rotate the API keys – owner @xan",
        "Rotate the API keys, owner: @xan",
        "Rotate the API keys - responsible @xan",
    ] {
        assert_eq!(items(&format!("- {line}\n")), vec![one(&["xan"], "Rotate the API keys")], "{line}");
    }
    assert_eq!(items("- Rotate the API keys; assignee: @xan, @yul\n")[0].0, vec!["xan", "yul"]);
    // an area with its owner is no task
    assert!(items("- API keys - owner @xan\n").is_empty());
}

#[test]
fn round_fourteen_agreement_on_and_go_with_at_the_start() {
    assert_decides(
        &[
            "Agreement on the new label scheme",
            "Label scheme: agreement on the second draft",
            "We have agreement that old labels stay readable",
            "We reached consensus on the label scheme",
            "Go with the second draft as the default",
            "Go ahead with the label scheme, document it later",
            "Labels: Einigung auf das zweite Schema",
        ],
        &[
            "Agreement on the label scheme still open",
            "No agreement on the label scheme yet",
            "Go with the second draft?",
            "We need agreement on the label scheme",
            "Agreement on the label scheme is pending",
            "Labels: agreement on the second draft still needed",
            "Einigung auf ein Schema noch offen",
        ],
    );
}

#[test]
fn round_fourteen_passive_approval_with_a_tail() {
    assert_decides(
        &[
            "The label standard has been approved and stabilized",
            "Hiding the project list has been accepted conceptually, patch sent upstream",
            "The charter has been adopted, it applies from June",
        ],
        &["The PR has been approved, merge pending", "Has the charter been approved?"],
    );
}

#[test]
fn round_fourteen_unanimous_under_a_proposal() {
    let md = "## Votes\n\n- to be voted on:\n  - stabilize the label standard\n    - unanimous\n  - stabilize the mascot standard\n    - Unanimously\n  - stabilize the font standard\n    - einstimmig\n";
    assert_eq!(decision_lines(md), vec![5, 7, 9]);
}

#[test]
fn round_fourteen_decision_label_over_a_list_of_its_own() {
    // `Decision:` as a paragraph, the list right below it (with or without a blank line)
    let md = "## Labels\n\nDecision:\n* keep the v1 labels readable\n* drop the legacy prefix\n* the old draft may still be useful\n* AI @kim: write the migration note\n\nOther notes:\n* lunch at noon\n";
    assert_eq!(decision_lines(md), vec![4, 5]);
    let md = "## Labels\n\nDecisions:\n\n- keep the v1 labels readable\n- Do we drop the prefix?\n";
    assert_eq!(decision_lines(md), vec![5]);
    // a label that joins the discussion and the decisions over sub-items
    let md = "## Labels\n\n- Discussion/Decisions:\n    - keep the v1 labels readable\n        - if not good, revisit upstream\n    - drop the legacy prefix\n";
    assert_eq!(decision_lines(md), vec![4, 6]);
}

#[test]
fn round_fourteen_more_questions_answered() {
    // a question with a remark after its question mark
    let md = "## Labels\n\n- should we drop the prefix? (it confuses users)\n    - yes, drop it in v2\n";
    assert_eq!(decision_lines(md), vec![4]);
    // a German question that asks for a choice, answered by an arrow line
    let md = "## Ort\n\n- Wo läuft der Dienst heute?\n- Wäre der Testcluster der richtige Ort?\n- => Testcluster wird genutzt.\n";
    assert_eq!(decision_lines(md), vec![5]);
    // an arrow line after the question's sub-items
    let md =
        "## Broker\n\n* Central broker wanted?\n  * adds flexibility\n  * more moving parts\n\n=> Yes, we need one\n";
    assert_eq!(decision_lines(md), vec![7]);
    // ... but not the answer to a question of fact, nor to one of who
    let md = "## Broker\n\n* Is the broker still running?\n  * some logs\n\n=> yes\n";
    assert!(decision_lines(md).is_empty());
    let md = "## Broker\n\n* Who runs the broker?\n  * some logs\n\n=> yes\n";
    assert!(decision_lines(md).is_empty());
}

#[test]
fn round_fourteen_to_dos_of_a_release_and_their_steps() {
    // a to-do label with a release or sprint number, no colon
    let got = items("- R7 to-dos\n  - Rebuild the mirror\n  - Key rotation\n");
    assert_eq!(got, vec![one(&[], "Rebuild the mirror"), one(&[], "Key rotation")]);
    // the steps under a to-do of a `ToDo:` list (a remark or a question under it is none)
    let got = items("- ToDo:\n    - release notes: say that it breaks old configs\n        - document how to move the data\n        - blocked by the freeze\n        - Can we skip it?\n");
    let tasks: Vec<&str> = got.iter().map(|(_, t, _)| t.as_str()).collect();
    assert_eq!(tasks, vec!["release notes: say that it breaks old configs", "document how to move the data"]);
}

#[test]
fn round_fourteen_who_question_answered_by_handles() {
    let got = items("- Who will review the storage ADR?\n    - @ulf\n    - @vera, @wim\n");
    assert_eq!(got, vec![one(&["ulf", "vera", "wim"], "review the storage ADR")]);
    // who presents is a meeting role; a sub-item with more than handles is no answer of this kind
    assert!(items("- Who will present in the weekly?\n    - @ulf\n").is_empty());
    assert!(items("- Who will review the storage ADR?\n    - @ulf is on leave\n").is_empty());
}

#[test]
fn round_fourteen_passive_with_a_deadline_or_a_target() {
    assert_eq!(
        items("- to be verified by @ada by Friday, if need be a call follows\n"),
        vec![one(&["ada"], "verify by Friday")]
    );
    assert_eq!(
        items("- issue to be opened by @ada against the chart repo:\n"),
        vec![one(&["ada"], "open issue against the chart repo")]
    );
    // without its subject, the passive is about the item it hangs under
    assert_eq!(
        items(
            "- flaky upgrade job
  - to be verified by @ada by Friday
"
        ),
        vec![one(&["ada"], "verify by Friday (flaky upgrade job)")]
    );
}

#[test]
fn round_fourteen_owners_in_parentheses_first() {
    assert_eq!(
        items("- (@ann) - prepare the demo for next week\n"),
        vec![one(&["ann"], "prepare the demo for next week")]
    );
    assert_eq!(items("- (@ann, @bo): prepare the demo\n"), vec![one(&["ann", "bo"], "prepare the demo")]);
    // a report about them is no task
    assert!(items("- (@ann) is on it\n").is_empty());
    assert!(items("- (@ann) demo went well\n").is_empty());
}

#[test]
fn round_fourteen_favoured_options_and_versus_topics() {
    assert_decides(
        &["Variant b is favoured by all", "Option 2 was favored"],
        &["Which variant is favoured?", "Variant b might be favoured"],
    );
    // `X vs. Y` names the options; the arrow after its sub-items picks one
    let md = "## Logs\n\n- Loki vs. Elastic for the logs\n  - Loki is cheaper\n  - Elastic is known\n\n=> Loki for the logs\n";
    assert_eq!(decision_lines(md), vec![7]);
}

#[test]
fn round_fourteen_examples_and_maybes_after_the_task() {
    assert_eq!(items("- AI @ann: find a date, e.g. two slots of an hour\n"), vec![one(&["ann"], "find a date")]);
    assert_eq!(
        items("- AI @ann: ask for more use cases, maybe the list grows\n"),
        vec![one(&["ann"], "ask for more use cases")]
    );
    // a one-word task keeps its example
    assert_eq!(items("- AI @ann: decide, e.g. today\n")[0].1, "decide, e.g. today");
}

#[test]
fn round_fourteen_tender_news_not_read_from_urls_nor_filler_headings() {
    use scsdash::model::meeting::TenderStatus::{Started, Unknown};
    let m = meeting(
        "team-green/20250101.md",
        "## Notes\n\n- VP31 metering, see https://pad.example/kickoff-vp31-notes\n\n#### VP32 items\n\n- nothing new\n\n#### VP33 - user backup\n",
    );
    let got: Vec<_> = m.tenders.iter().map(|t| (t.id.as_str(), t.status)).collect();
    assert_eq!(got, vec![("VP31", Unknown), ("VP32", Unknown), ("VP33", Started)]);
}

#[test]
fn round_fourteen_a_call_taken_over_is_a_role() {
    assert!(items("- Next week's call will be taken over by @ann\n").is_empty());
    assert!(items("- The minutes will be taken by @ann\n").is_empty());
    // a task taken on by someone stays one
    assert_eq!(items("- The upgrade will be taken over by @ann\n")[0].0, vec!["ann"]);
}

#[test]
fn round_fifteen_a_vague_task_in_a_marker_in_parentheses_takes_the_words_before() {
    assert_eq!(
        items("- Pairing day with the storage folks wanted (AI @ann to set up)\n"),
        vec![one(&["ann"], "set up (Pairing day with the storage folks wanted)")]
    );
    assert_eq!(
        items("- Label sync across teams: works, may need a second run (Bo, TODO @ann to reach out)\n"),
        vec![one(&["ann"], "reach out (Label sync across teams)")]
    );
    // a task that says what it is about keeps its words
    assert_eq!(
        items("- Pairing day wanted (AI @ann to set up the pairing day)\n"),
        vec![one(&["ann"], "set up the pairing day")]
    );
    // a marker of its own, with no words before it, stays as it is
    assert_eq!(items("- AI @ann: set up\n"), vec![one(&["ann"], "set up")]);
}

#[test]
fn round_fifteen_a_vague_task_is_about_the_sentence_right_before_it() {
    let got = items("- The labels drift. Syncing them weekly from the central list would help. @ann to look it up\n");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, "look it up (Syncing them weekly from the central list would help)");
    // one sentence: all of it
    let got = items("- The labels drift between teams, @ann to look into it\n");
    assert_eq!(got[0].1, "look into it (The labels drift between teams)");
}

#[test]
fn round_fifteen_a_list_of_to_dos_introduced_mid_sentence() {
    let md = "## Labels\n\n- the record is mainly a list of three to-dos\n    1. define the label scheme\n    2. migrate the old labels\n    3. write the migration note\n";
    let got: Vec<String> = items(md).into_iter().map(|i| i.1).collect();
    assert_eq!(got, vec!["define the label scheme", "migrate the old labels", "write the migration note"]);
    let md = "## Labels\n\n- we have a list of tasks:\n  - define the label scheme\n";
    assert_eq!(items(md).len(), 1);
    // a list of to-dos named in passing, with its details below, is no intro
    let md = "## Labels\n\n- the list of to-dos is in the wiki\n  - it was updated last week\n";
    assert!(items(md).is_empty());
}

#[test]
fn round_fifteen_push_is_a_task_verb() {
    assert_eq!(items("- Push out the final release (@ann)\n"), vec![one(&["ann"], "Push out the final release")]);
    // a report of a push is none
    assert!(items("- Pushed out the final release (@ann)\n").is_empty());
}

#[test]
fn round_fifteen_a_bare_generic_piece_of_work_takes_its_topic() {
    let got = items("- Label workshop in two weeks with all teams; @ann will send mail\n");
    assert_eq!(got[0].1, "send mail (Label workshop in two weeks with all teams)");
    assert_eq!(items("- mascot sketches (@ann to share links)\n")[0].1, "share links (mascot sketches)");
    // a piece of work with its topic keeps its own words
    let got = items("- Label workshop in two weeks; @ann will send the invitation mail to all teams\n");
    assert_eq!(got[0].1, "send the invitation mail to all teams");
}

#[test]
fn round_fifteen_a_subjectless_passive_beside_its_topic() {
    let md = "## Labels\n\n- still drift between the label lists\n- to be checked by @ann by Friday\n";
    let got = items(md);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, "check by Friday (still drift between the label lists)");
    // a question before it is no topic
    let md = "## Labels\n\n- do the label lists drift?\n- to be checked by @ann by Friday\n";
    assert_eq!(items(md)[0].1, "check by Friday");
}

#[test]
fn round_fifteen_this_points_at_the_item_right_before() {
    let md = "## Labels\n\n- Label scheme v2\n    - old labels stay readable for a year\n    - We will collect the teams that still use v1.\n    - @ann will take this up\n";
    let got = items(md);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, "take this up (We will collect the teams that still use v1.)");
    // `take care` points nowhere: the parent item
    let md = "## Labels\n\n- Label scheme v2\n    - old labels stay readable for a year\n    - @ann will take care\n";
    assert_eq!(items(md)[0].1, "take care (Label scheme v2)");
    // a sibling that says nothing: the parent, or the heading
    let md = "## Label scheme v2\n\n- nice!\n- @ann will take this topic\n";
    assert_eq!(items(md)[0].1, "take this topic (Label scheme v2)");
}

#[test]
fn round_sixteen_work_still_needed_with_its_assignee_in_parentheses() {
    assert_eq!(
        items("- Label ADR\n    - migration notes still needed (@ann)\n"),
        vec![one(&["ann"], "migration notes still needed")]
    );
    assert_eq!(items("- a second review of the quota PR required (@bob)\n")[0].0, vec!["bob".to_string()]);
    // who reports that something is needed is no assignee of it (no work named)
    assert!(items("- needed (@ann)\n").is_empty());
    // work done, credited to a handle, is none
    assert!(items("- label review done (@ann)\n").is_empty());
}

#[test]
fn round_sixteen_verbs_of_taking_work_up_again() {
    assert_eq!(items("- Restart the label sync (@ann, @Bob)\n"), vec![one(&["ann", "bob"], "Restart the label sync")]);
    assert_eq!(items("- Populate the glossary (@ann)\n"), vec![one(&["ann"], "Populate the glossary")]);
    // a report of a restart is none
    assert!(items("- Restarted the label sync (@ann)\n").is_empty());
}

#[test]
fn round_sixteen_a_handle_goes_on_after_a_semicolon_and_will() {
    let got =
        items("- @ann is building a lab cluster (or rather, two) so that we can test; will file issues for the gaps\n");
    assert_eq!(got, vec![one(&["ann"], "file issues for the gaps")]);
    // the whereabouts after `; will` are no task
    assert!(items("- @ann is at the summit; will be back on Monday\n").is_empty());
    // a hedge is none
    assert!(items("- @ann is building a lab; will maybe file issues\n").is_empty());
}

#[test]
fn round_sixteen_a_bare_consensus_or_looks_good_decides_what_is_above() {
    // a bare `Consensus` under the heading of a proposal, or under its item
    assert_eq!(decision_lines("## Stabilize the label standard\n\n- old labels are gone\n- Consensus\n"), vec![4]);
    assert_eq!(decision_lines("## Labels\n\n- Stabilize the label standard\n  - Consensus\n"), vec![4]);
    // `-> Looks good` under a proposal
    assert_eq!(
        decision_lines("## Labels\n\n- Label naming spec\n    - Discussion: Good?\n    -> Looks good\n"),
        vec![5]
    );
    // a consensus still needed, or a look that is not yet a verdict, is none
    assert!(decision_lines("## Labels\n\n- Stabilize the label standard\n  - Consensus needed\n").is_empty());
    assert!(
        decision_lines("## Labels\n\n- Label naming spec\n  - looks good so far, but needs a second look\n").is_empty()
    );
}

#[test]
fn round_sixteen_a_goal_accepted_and_an_agreement_between_parties() {
    assert_eq!(
        decision_lines(
            "## Zones\n\n- What do zones mean?\n    - independent power and cooling\n    -> Goal accepted\n"
        ),
        vec![5]
    );
    assert_eq!(decision_lines("## Disks\n\n- Require local disks => agreement between both providers\n"), vec![3]);
    assert_eq!(decision_lines("## Disks\n\n- Require local disks => agreement b/w both providers\n"), vec![3]);
    // an agreement still to be reached, or asked about, is none
    assert!(decision_lines("## Disks\n\n- Require local disks => agreement between both providers needed\n").is_empty());
    assert!(decision_lines("## Disks\n\n- Require local disks => agreement between both providers?\n").is_empty());
    assert!(decision_lines("## Zones\n\n- Goal accepted by the board?\n").is_empty());
}

#[test]
fn round_sixteen_a_team_that_is_fine_with_the_proposal() {
    let md =
        "## Labels\n\n- question: do these labels work for you?\n    - team green is OK with the proposed labels\n";
    assert_eq!(decision_lines(md), vec![4]);
    assert_eq!(decision_lines("## Labels\n\n- New label colours\n    - the SIG is fine with them\n"), vec![4]);
    // a team that is not fine with it, or a team named in passing, decides nothing
    let md = "## Labels\n\n- question: do these colours work for you?\n    - team green is not OK with the proposed colours\n";
    assert!(decision_lines(md).is_empty());
    assert!(decision_lines("## Labels\n\n- New label colours\n    - team green asked about them\n").is_empty());
}

#[test]
fn round_sixteen_an_owner_label_with_several_handles_is_no_task_of_its_own() {
    // the owners below a piece of work: both own it, and no handle becomes the task
    let got = items("## Labels\n\n- need help from a volunteer to add the label docs\n- Owner: @ann, @Bob\n");
    assert!(got.iter().all(|(_, task, _)| !task.starts_with('@')), "{got:?}");
    // `Volunteer:` names an owner as `Owner:` does
    assert_eq!(items("- Write the quota docs (volunteer: @carl)\n"), vec![one(&["carl"], "Write the quota docs")]);
    assert_eq!(items("- Volunteer: @carl - write the quota docs\n"), vec![one(&["carl"], "write the quota docs")]);
    // a call for volunteers names nobody
    assert!(items("- Volunteers wanted for the quota docs\n").is_empty());
}

#[test]
fn round_sixteen_handles_and_a_bare_task_verb_in_the_closing_parentheses() {
    assert_eq!(
        items("- Label sync (@ann and @bob check the drift report)\n"),
        vec![one(&["ann", "bob"], "check the drift report")]
    );
    // the task starts at the verb word, also when a handle before it holds the same letters
    assert_eq!(
        items("- Label sync (@checker check the drift report)\n"),
        vec![one(&["checker"], "check the drift report")]
    );
    // a task that only names a person carries the topic before the parentheses, not its question
    assert_eq!(
        items("- Label migration script: who, when? (@ann reach out to @bob)\n"),
        vec![one(&["ann"], "reach out to @bob (Label migration script)")]
    );
    // a report (`reports`, `set up` read as the past), a vague task or a maybe is none
    assert!(items("- Label sync (@ann reports)\n").is_empty());
    assert!(items("- The lab cluster runs now (@ann set up the cluster)\n").is_empty());
    assert!(items("- Label sync (@ann look into it)\n").is_empty());
    assert!(items("- Label sync (@ann maybe check the logs)\n").is_empty());
}

#[test]
fn round_seventeen_a_vague_marked_task_takes_its_topic_from_the_parent_or_the_heading() {
    let cases: &[(&str, &str, &str)] = &[
        // a top-level item: the heading of its section names the work
        (
            "### Quota dashboard for tenants\n\n- some numbers are off\n- _AI @ann will write a draft_\n",
            "ann",
            "write a draft (Quota dashboard for tenants)",
        ),
        // a sub-item: the item it hangs under
        (
            "### Misc\n\n- Rename the label sync job\n  - AI @bob to look at it\n",
            "bob",
            "look at it (Rename the label sync job)",
        ),
        // a task that says what it is about, a question above it, a link on the line or a
        // heading of action items give no topic
        ("### Quota dashboard\n\n- AI @ann will write the quota docs\n", "ann", "write the quota docs"),
        ("### Misc\n\n- Should we rename the job?\n  - AI @bob to look at it\n", "bob", "look at it"),
        ("### Action items\n\n- AI @ann will write a draft\n", "ann", "write a draft"),
        ("### Quota dashboard\n\n- AI @ann will write a draft, see #12\n", "ann", "write a draft, see #12"),
    ];
    for (md, owner, task) in cases {
        assert_eq!(items(md), vec![one(&[owner], task)], "{md}");
    }
}

#[test]
fn round_seventeen_how_the_minutes_fare_names_no_taker() {
    let t = |md: &str| meeting("team-green/20250101.md", md).minute_takers;
    assert!(t("Minutes: may be published later, pending review.\n").is_empty());
    assert!(t("- Minutes: Will follow next week\n").is_empty());
    assert!(t("Protocol: still waiting for the pad\n").is_empty());
    // a person whose name is such a word is still a person
    assert_eq!(t("Minutes: Will\n"), vec!["Will"]);
    assert_eq!(t("- Notes by Will Shaw\n"), vec!["Will Shaw"]);
    assert_eq!(t("Minutes: @may-lin\n"), vec!["@may-lin"]);
}

#[test]
fn round_seventeen_a_sub_item_opening_with_its_verb_and_closing_with_its_owner() {
    let md = "## Monitoring\n\n- exporters\n    - include the exporter in the dashboards @ann\n    - to be added as an epic @Bob\n";
    assert_eq!(
        items(md),
        vec![one(&["ann"], "include the exporter in the dashboards"), one(&["bob"], "add as an epic")]
    );
    // a handle that is the object, a thank-you, a top-level list of who did what, an agenda's
    // presenter: none
    let none = [
        "## Monitoring\n\n- exporters\n    - take the question to a call between @ann and @bob\n",
        "## Monitoring\n\n- exporters\n    - thanks for the dashboards @ann\n",
        "## Monitoring\n\n- check the exporter in the lab @ann\n",
        "## Agenda\n\n- exporters\n    - check the exporter in the lab @ann\n",
    ];
    for md in none {
        assert!(items(md).is_empty(), "{md}");
    }
}

#[test]
fn round_seventeen_a_decisions_label_with_a_qualifier_or_a_see_also() {
    let texts = |md: &str| -> Vec<String> {
        meeting("team-green/20250101.md", md).decisions.into_iter().map(|d| d.text).collect()
    };
    let md = "## Design\n\n* Current decisions: (see also https://example.org/a?b=(c))\n    * Operator approach for the clusters\n* Key decisions:\n    * Small flavors only\n";
    // (a verdict of three words or fewer carries its heading, so that it reads alone)
    assert_eq!(texts(md), vec!["Operator approach for the clusters", "Design: Small flavors only"]);
    // a label that only names decisions to come or some other remark introduces none
    assert!(texts("## Design\n\n* Current decisions: (pending the vote)\n    * Operator approach\n").is_empty());
    assert!(texts("## Design\n\n* Open decisions:\n    * Operator approach for the clusters\n").is_empty());
}

#[test]
fn round_seventeen_boxes_ticked_as_answers_to_a_what_question_are_a_poll() {
    let md = "## Regions\n\n* What is shared between the regions?\n  - [x] Identity\n  - [ ] Block storage -> allowed, not recommended\n  - [x] Images (public and private)\n";
    assert!(items(md).is_empty(), "{:?}", items(md));
    // work under such a question, a handle, or boxes under a plain item stay to-dos
    let md = "## Regions\n\n* Which steps are missing?\n  - [ ] write the region docs\n  - [ ] Image sync @ann\n* Region setup\n  - [ ] Identity\n";
    assert_eq!(items(md), vec![one(&[], "write the region docs"), one(&["ann"], "Image sync"), one(&[], "Identity")]);
}

#[test]
fn round_eighteen_an_issue_under_an_agenda_topic_handed_on_by_an_arrow() {
    let md = "## Agenda\n\n* Mirror issues\n\n    * https://example.org/acme/mirror/issues/31: Rotate the signing key\n\n    -> @ann, @bob\n\n    * https://example.org/acme/mirror/issues/32: Prune old tags\n\n    -> @carl, (@dora to review)\n";
    let got = items(md);
    assert!(got.contains(&one(&["ann", "bob"], "Rotate the signing key")), "{got:?}");
    assert!(got.contains(&one(&["carl"], "Prune old tags")), "{got:?}");
    // the reviewer's vague task is about the issue the arrow line goes on about
    assert!(got.iter().any(|(o, t, _)| o == &["dora"] && t.contains("Prune old tags")), "{got:?}");
    // a top-level agenda topic, even a pull request, with an arrow to its presenter: no task
    let md = "## Agenda\n\n* [Quota dashboard](https://example.org/acme/dash/pull/7)\n  -> *@ann*\n* Backup plans\n  -> @bob\n";
    assert!(items(md).is_empty(), "{:?}", items(md));
}

#[test]
fn round_eighteen_the_clause_after_a_question_is_the_task_handed_over() {
    assert_eq!(
        items("- Who else wants to join? ask on the mailing list (@ann)\n"),
        vec![one(&["ann"], "ask on the mailing list")]
    );
    assert_eq!(
        items("- Blocked by the quota service? No news yet? Quota service needs a plan => storage team\n"),
        vec![one(&["group:storage team"], "Quota service needs a plan")]
    );
    // a line that ends with its question, or a one-word answer, hands nothing over
    assert!(items("- Who else wants to join the review (@ann)?\n").is_empty());
    assert!(items("- Is the quota service ready? Unclear => storage team\n").is_empty());
}

#[test]
fn round_eighteen_a_second_owner_with_a_modal_in_parentheses_closing_a_marked_item() {
    assert_eq!(
        items("- AI @ann: open an issue for the backports (@bob will send the list of commits)\n"),
        vec![one(&["ann"], "open an issue for the backports"), one(&["bob"], "send the list of commits")]
    );
    // a remark in parentheses without a modal stays with the task
    let got = items("- AI @ann: open an issue for the backports (@bob knows the commits)\n");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn round_eighteen_a_long_task_keeps_its_first_clause() {
    let md = "* Ann proposes a guide for naming the storage classes, mainly for the encryption flags, but also for speed tiers and for the replicas (AI: @ann)\n";
    assert_eq!(items(md), vec![one(&["ann"], "Ann proposes a guide for naming the storage classes")]);
    // a short task keeps its commas
    let md = "* Automate the renewal, calling the playbook from cron (AI @ann)\n";
    assert_eq!(items(md), vec![one(&["ann"], "Automate the renewal, calling the playbook from cron")]);
}

#[test]
fn round_eighteen_a_subjectless_passive_under_a_heading_is_about_the_heading() {
    let md = "## Nightly restore tests\n\n* to be checked whether this already runs at the provider (@ann)\n";
    let got = items(md);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, vec!["ann"]);
    assert!(
        got[0].1.starts_with("check whether this already runs") && got[0].1.contains("Nightly restore tests"),
        "{got:?}"
    );
}

#[test]
fn round_eighteen_a_phrase_before_a_handle_with_a_modal_belongs_to_the_task() {
    assert_eq!(
        items("* Along the new install guide @ann should verify the steps\n"),
        vec![one(&["ann"], "verify the steps along the new install guide")]
    );
    // not a subject or a clause before the handle
    assert_eq!(items("* Then @ann should verify the steps\n"), vec![one(&["ann"], "verify the steps")]);
}

#[test]
fn round_eighteen_presenting_in_the_weekly_call_is_a_role() {
    assert!(items(
        "### Storage SIG met\n* [Notes](https://example.org/notes/1)\n    * @ann to present in the community call\n"
    )
    .is_empty());
    assert!(items("- @bob will report at the Tech Weekly on the storage SIG\n").is_empty());
    // presenting something somewhere else is a task
    assert_eq!(
        items("- @ann to present the storage roadmap to the board\n"),
        vec![one(&["ann"], "present the storage roadmap to the board")]
    );
}

#[test]
fn round_eighteen_volunteers_below_a_call_for_one() {
    let md = "- the DR lacks the network parts\n    - need help from a volunteer to add the network details\n        - Volunteer: @ann, @Bob\n";
    assert_eq!(items(md), vec![one(&["ann", "bob"], "add the network details")]);
    let md = "- looking for someone to review the backup guide\n    - @carl\n";
    assert_eq!(items(md), vec![one(&["carl"], "review the backup guide")]);
    // help wanted with no handle below, or a handle below that says more: no item
    assert!(items("- need help from a volunteer to add the network details\n    - maybe next sprint\n").is_empty());
    assert!(items("- need help from a volunteer to add the network details\n    - @dora asked around\n").is_empty());
}

#[test]
fn round_eighteen_a_plain_name_assigned_in_so_many_words() {
    assert_eq!(
        items("* <https://example.org/acme/docs/pull/7> (assigned to Maria)\n"),
        vec![one(&["Maria"], "docs/pull/7")]
    );
    assert_eq!(items("* Fix the quota check (assigned to Ann Bo)\n"), vec![one(&["Ann Bo"], "Fix the quota check")]);
    // servers assigned to a network, a lower-case word: no owner
    assert!(items("* Multiple ports can be assigned to a server (assigned to servers)\n").is_empty());
}

#[test]
fn round_eighteen_no_need_and_a_decision_deferred_are_no_tasks() {
    assert!(items("* Pin the chart versions? -> No need to standardize this\n").is_empty());
    assert!(items("- Review period depends on the scope, to be decided by PB (weeks or months)\n").is_empty());
    // a passive with a task verb stays a task
    assert_eq!(items("- Review period guide to be written by PB\n"), vec![one(&["PB"], "write review period guide")]);
}

#[test]
fn round_nineteen_a_todo_and_a_second_marker_with_its_own_task_in_parentheses() {
    let md = "* Base images\n   -> *TODO: Harden the base images before the release (AI Ann: write the epic)*\n";
    assert_eq!(items(md), vec![one(&[], "Harden the base images before the release"), one(&["Ann"], "write the epic")]);
    // the marker in parentheses without a task of its own names who owns the to-do: one item
    let got = items("* TODO: Amend the quota list (AI Ann to make a proposal, ask Bob)\n");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = items("* TODO: Track the upgrades as stories (AI: @ann with help from the ops team)\n");
    assert_eq!(got.len(), 1, "{got:?}");
    // two markers: the second task without the parenthesis it opened
    assert_eq!(
        items("- AI @ann: open an issue for the backports (AI @bob: send the list of commits)\n"),
        vec![one(&["ann"], "open an issue for the backports"), one(&["bob"], "send the list of commits")]
    );
}

#[test]
fn round_nineteen_a_meeting_verb_with_a_task_verb_after_a_slash() {
    assert_eq!(
        items("- @bob will attend/organise the hackathon\n"),
        vec![one(&["bob"], "attend/organise the hackathon")]
    );
    // the meeting verbs alone, or two of them, stay a meeting role
    for md in ["- @bob will participate\n", "- @bob will present/report\n", "- @bob will be/stay away\n"] {
        assert!(items(md).is_empty(), "{md}: {:?}", items(md));
    }
}

#[test]
fn round_nineteen_a_passive_closing_a_marked_task_is_a_second_task() {
    assert_eq!(
        items("- AI @ann: draft the storage guide (to be reviewed by @bob and @carl)\n"),
        vec![one(&["ann"], "draft the storage guide"), one(&["bob", "carl"], "review the storage guide")]
    );
    assert_eq!(
        items("=> AI Ann: Create PR (to be reviewed by SIG storage / Bob)\n"),
        vec![one(&["Ann"], "Create PR"), one(&["group:sig storage", "Bob"], "review PR")]
    );
    // a deadline, not an owner, after `by`: the remark stays with the one task
    let got = items("- AI @ann: draft the storage guide (to be finished by the end of May)\n");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn round_nineteen_other_modals_of_a_passive_task_and_other_names_of_work() {
    // `must be <done> by @x` reads like `to be <done> by @x`; `is going to be created (@x)` like
    // `will be created (@x)`; `ticket`, `pull request` name the work like `issue`, `PR`
    let cases = [
        ("- the backup docs must be updated by @ann\n", "ann", "the backup docs"),
        ("- an issue is going to be created (@bob)\n", "bob", "create an issue"),
        ("- nightly restore -> pull request (@dora)\n", "dora", "nightly restore"),
        ("- flaky mirror -> new ticket (@dora)\n", "dora", "flaky mirror"),
    ];
    let got: Vec<_> = cases.iter().map(|(md, _, _)| items(md)).collect();
    let want: Vec<_> = cases.iter().map(|&(_, owner, task)| vec![one(&[owner], task)]).collect();
    assert_eq!(got, want);
    // a deadline after `by` is no owner
    assert!(items("- the quota must be raised by the end of May\n").is_empty());
}

#[test]
fn round_nineteen_a_team_given_its_task_after_a_short_label() {
    assert_eq!(
        items("- Demonstrator 2: Team Storage to discuss the cluster setup\n"),
        vec![one(&["group:team storage"], "discuss the cluster setup")]
    );
    // a meeting slot, a plan with `will`, a report, a long label: no task
    for md in [
        "- Demo: SIG Docs to present the new theme\n",
        "- Registry: Team Storage will review the quota list\n",
        "- Status: the team is happy with the quota list\n",
        "- What we found in the long tests: Team Storage to discuss the cluster setup\n",
    ] {
        assert!(items(md).is_empty(), "{md}: {:?}", items(md));
    }
}

#[test]
fn round_nineteen_a_share_right_below_a_piece_of_work_taken_on() {
    for taken in ["@ann @bob will take this up", "@ann will pick it up", "@ann und @bob kümmern sich darum"] {
        let md = format!("- Mirror the upstream images\n    - {taken}\n    - @carl: arm & riscv images\n");
        assert!(items(&md).contains(&one(&["carl"], "arm & riscv images")), "{:?}", items(&md));
    }
    // a remark on the person, or a sibling below anything else, is no share
    let md = "- Mirror the upstream images\n    - @ann will take care of it\n    - @carl: not available next week\n";
    assert!(items(md).iter().all(|(o, _, _)| o != &["carl"]), "{:?}", items(md));
    let md = "- Mirror the upstream images\n    - @ann found the old list\n    - @carl: arm & riscv images\n";
    assert!(items(md).iter().all(|(o, _, _)| o != &["carl"]), "{:?}", items(md));
}

#[test]
fn round_nineteen_a_verdict_on_the_work_handed_over_is_not_the_task() {
    let verdicts = [
        (
            "Moving the jobs to the new runner seems like the better way for now -> @ann",
            "ann",
            "Moving the jobs to the new runner",
        ),
        ("Splitting the chart is the way to go -> @bob", "bob", "Splitting the chart"),
    ];
    for (line, owner, task) in verdicts {
        let got = items(&format!("- Storage\n    - {line}\n"));
        assert_eq!(got, vec![one(&[owner], task)], "{line}");
    }
    // a verdict with less than two words of work before it stays whole
    let md = "- Storage\n    - Caching seems like the better way for the runner -> @bob\n";
    assert!(items(md).iter().all(|(_, t, _)| t != "Caching"), "{:?}", items(md));
}

#[test]
fn a_remark_left_open_at_the_end_of_a_task_is_cut() {
    // a link or an arrow ended the task inside a parenthesis it had opened; closed remarks stay
    for (md, owner, task) in [
        (
            "- _AI @ann: drop the old slot from the calendar_ (PR: https://example.org/cal/pull/9)\n",
            "ann",
            "drop the old slot from the calendar",
        ),
        (
            "- _AI @bob: write a short note and then bump the spec (new version => draft, then stable)_\n",
            "bob",
            "write a short note and then bump the spec",
        ),
        ("- AI @carl: check the limits (quota and rate)\n", "carl", "check the limits (quota and rate)"),
    ] {
        assert_eq!(items(md), vec![one(&[owner], task)], "{md}");
    }
}

#[test]
fn round_twenty_an_ai_in_parentheses_with_a_task_verb_and_no_owner_is_its_own_task() {
    // kin of `It may break (todo: test the proxy protocol)`: the task is the one in the
    // parentheses, the statement before them its topic
    assert_eq!(
        items(
            "* Shall we drop the old mirror?\n  -> Could keep it read-only for a while (AI Check with the ops team)\n"
        ),
        vec![one(&[], "Check with the ops team (Could keep it read-only for a while)")]
    );
    // an owner in the parentheses stays the owner, the marker alone leaves the statement
    assert_eq!(items("- Keep it read-only (AI Ann to ask the ops team)\n")[0].0, vec!["Ann".to_string()]);
    assert_eq!(items("- Keep the mirror read-only (AI)\n"), vec![one(&[], "Keep the mirror read-only")]);
}

#[test]
fn round_twenty_a_passive_task_written_in_capitals() {
    assert_eq!(items("- the restore guide MUST BE UPDATED by @ann\n"), vec![one(&["ann"], "the restore guide")]);
    // a topic, then that it needs some work from a handle: the verb, about the topic
    assert_eq!(
        items("- Workshop date still open - NEEDS TO BE FIXED by @bob\n"),
        vec![one(&["bob"], "fix (Workshop date still open)")]
    );
    assert_eq!(
        items("- Workshop date still open - needs to be fixed by @bob\n"),
        vec![one(&["bob"], "fix (Workshop date still open)")]
    );
    // capitals without a passive stay what they are
    assert!(items("- WE WILL BE THERE, @bob too\n").is_empty());
}

#[test]
fn round_twenty_a_review_still_needed_from_a_handle() {
    assert_eq!(
        items("- Another review needed by @ann (were the remarks addressed?)\n"),
        vec![one(&["ann"], "Another review")]
    );
    assert_eq!(items("- feedback still needed from @bob and @carl.\n"), vec![one(&["bob", "carl"], "feedback")]);
    // a one-word parent that names the work is the topic of a review alone
    assert_eq!(
        items("* ADR - https://example.org/adr/7\n    * Review needed by @dora\n"),
        vec![one(&["dora"], "Review (ADR)")]
    );
    // what a person needs is no task of theirs
    assert!(items("- the new flavor is needed by @ann\n").is_empty());
}

#[test]
fn round_twenty_the_purpose_after_a_short_task_stays_with_it() {
    // a task of a few words says what it is for in its `so that` clause
    assert_eq!(
        items("- @ann to open a ticket so that the backlog shows it\n"),
        vec![one(&["ann"], "open a ticket so that the backlog shows it")]
    );
    // after a task of five words or more, the purpose is a justification and goes
    assert_eq!(
        items("- @bob to announce the new storage tiers widely so that providers can plan\n"),
        vec![one(&["bob"], "announce the new storage tiers widely")]
    );
}

#[test]
fn round_twenty_a_team_given_its_task_on_a_line_of_prose() {
    // kin of `- Demonstrator 2: Team Storage to …` as a bullet: the same without one
    assert_eq!(
        items("Quotas were discussed at length.\nPilot 2: Team Storage to compare the backup tools (with the restore tests)\n"),
        vec![one(&["group:team storage"], "compare the backup tools")]
    );
    assert_eq!(
        items("Team Network to draft the peering guide\n"),
        vec![one(&["group:team network"], "draft the peering guide")]
    );
    // advice in running prose, a meeting slot: no task
    for md in ["-> Team Storage should compare the backup tools\n", "Demo: SIG Docs to present the new theme\n"] {
        assert!(items(md).is_empty(), "{md}: {:?}", items(md));
    }
}

#[test]
fn round_twenty_a_person_given_a_task_on_a_line_of_prose() {
    // kin of `- Kurt to find a slot` as a bullet: a person the file knows (here by a handle that
    // starts with the name), on a line without a bullet
    let md = "## Participants\n- @dorak\n\n## Notes\nThe rollout plan was discussed.\nDora to draft the rollout plan\n";
    assert_eq!(items(md), vec![one(&["Dora"], "draft the rollout plan")]);
    // a name the file does not know, or a word that is no name, stays prose
    for md in
        ["## Notes\nZoe to draft the rollout plan\n", "## Participants\n- @dorak\n\n## Notes\nHow to draft the plan\n"]
    {
        assert!(items(md).is_empty(), "{md}: {:?}", items(md));
    }
}

#[test]
fn round_twenty_we_expect_closing_a_noun_phrase_is_no_hedge() {
    // `the reports we expect from …` names what is required; `we expect …` opening a statement
    // or a clause is a belief, never a decision
    let decided =
        |item: &str| meeting("team-green/20250101.md", &format!("## Audits\n- Decision:\n    - {item}\n")).decisions;
    assert_eq!(decided("list the test reports we expect from each provider").len(), 1);
    for hedge in ["we expect the providers to send reports", "reports are fine, we think", "fine as we hope"] {
        assert!(decided(hedge).is_empty(), "{hedge}: {:?}", decided(hedge));
    }
}

#[test]
fn round_twenty_a_tag_question_after_a_modal_proposal_asks_for_a_choice() {
    let decided = |md: &str| meeting("team-green/20250101.md", md).decisions;
    // `Should …, no?` proposes: its yes decides
    assert_eq!(decided("## Releases\n* Should tag a release per patch version, no?\n    * Yes\n").len(), 1);
    // `X is in, no?` asks to confirm a fact: its yes is a report
    assert!(decided("## Releases\n* The mirror is in place now, no?\n    * yes\n").is_empty());
}
