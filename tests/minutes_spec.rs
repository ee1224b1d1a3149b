//! The labelling rules of `tests/gold/README.md`, shape by shape, in invented words: each
//! shape the rules name as an action item, a decision or neither, written the way another
//! team might write it (other verbs, headings, punctuation and places in the list). The
//! grammar was written from the corpus's misses; this checks it against the rules themselves.

mod snippets;
use scsdash::model::meeting::ActionStatus;
use scsdash::model::SourceFile;
use snippets::*;

/// Every case holds; a failure names the snippet, what was expected and what the engine read.
/// Not covered (no case here): action items in a markdown table, and a marker after the
/// owner's colon (`@x: AI to …`).
#[test]
fn the_labelling_rules_in_other_words() {
    let cases: Vec<Result<(), String>> = vec![
        // 1. markers
        has("* AI: @Quinn rotate the staging certificates\n", &["quinn"], &["rotate", "certificates"]),
        has("+ Action: @rae prepares the release notes\n", &["rae"], &["release notes"]),
        has("- Action item: @sol - book the venue for May\n", &["sol"], &["book the venue"]),
        has("- ToDo @tia: migrate the wiki pages\n", &["tia"], &["migrate the wiki"]),
        has("- To do: @uma ask the board for budget\n", &["uma"], &["ask the board"]),
        has("- The mirror is outdated => AI @vic refresh it weekly\n", &["vic"], &["refresh"]),
        has("- Quota alerts are noisy -> AI @wes: tune the thresholds\n", &["wes"], &["tune the thresholds"]),
        has("#### AI: @xia write the onboarding checklist\n", &["xia"], &["onboarding checklist"]),
        has("1. AI @yan: archive the old repos\n", &["yan"], &["archive the old repos"]),
        // 2. task lists and action sections
        has("- [ ] @zed document the backup restore\n", &["zed"], &["backup restore"]),
        has("* [ ] renew the domain (@abe)\n", &["abe"], &["renew the domain"]),
        has("## Action items\n\n- @bea: collect the feedback from the survey\n", &["bea"], &["collect the feedback"]),
        has("### Open action items\n\n* @cyd clean up the test projects\n", &["cyd"], &["clean up the test projects"]),
        has("AI for this week:\n\n- @dov sends the newsletter\n", &["dov"], &["newsletter"]),
        has("To do:\n- @eli update the roadmap slide\n", &["eli"], &["update the roadmap"]),
        has("## Action Items\n\n- => @fen prepare the demo cluster\n", &["fen"], &["demo cluster"]),
        // 3. unmarked assignments
        has("- @gil to migrate the DNS zone\n", &["gil"], &["migrate the DNS zone"]),
        has("* @hal will organise the retro\n", &["hal"], &["organise the retro"]),
        has(
            "## Participants\n\n- Kira\n\n## Notes\n\n- Kira to contact the auditors\n",
            &["Kira"],
            &["contact the auditors"],
        ),
        has("- The logo is too dark -> Lars to make a lighter variant\n", &["Lars"], &["lighter variant"]),
        has("- the FAQ entry to be written by @mo\n", &["mo"], &["FAQ entry"]),
        has("- upgrade notes to be drafted by Nell\n", &["Nell"], &["upgrade notes"]),
        has("- Review the flavor naming PR (@oda)\n", &["oda"], &["flavor naming"]),
        has("- Needs an owner (-> @pia)\n- \n", &["pia"], &[]),
        has("- Talk proposal TBW (@quy, @ros)\n", &["quy", "ros"], &["talk proposal"]),
        has("- Who takes over the release duty?\n  - release duty: @sam\n", &["sam"], &["release duty"]),
        // not action items
        none("- @tom will present the new dashboard today\n"),
        none("- Ulla will build the new image\n"),
        none("- @val starts building the arm64 images\n"),
        none("- @wim is working on the quota script\n"),
        none("- The exporter works fine (reported by @xan)\n"),
        none("- Should we rename the channel?\n"),
        none("- we should look into the storage costs\n"),
        none("- the PR is merged\n"),
        none("- Minutes: @yul\n"),
        // the markers in other dress
        has("1) AI @abi: rotate the tokens\n", &["abi"], &["rotate the tokens"]),
        has("* **AI** @bo: pin the chart version\n", &["bo"], &["pin the chart version"]),
        has("- *AI*: @cal write the changelog\n", &["cal"], &["write the changelog"]),
        has("AI @dee: announce the maintenance window\n", &["dee"], &["announce the maintenance window"]),
        has("> AI @eve: file the upstream bug\n", &["eve"], &["file the upstream bug"]),
        has("- **Action:** @fay update the runbook\n", &["fay"], &["update the runbook"]),
        has("- ACTION: @gus reset the staging DB\n", &["gus"], &["reset the staging db"]),
        has("- Action item (@hu): add the missing labels\n", &["hu"], &["add the missing labels"]),
        has("- TODO(@ida): drop the python2 job\n", &["ida"], &["drop the python2 job"]),
        has("- todo @jo: bump the base image\n", &["jo"], &["bump the base image"]),
        has("- [ ] @kai: split the monolith chart\n", &["kai"], &["split the monolith chart"]),
        has("## Action points\n\n- @lu: send the invitation\n", &["lu"], &["send the invitation"]),
        has("## Tasks\n\n- @max: renew the certificate\n", &["max"], &["renew the certificate"]),
        has("- @max: renew the certificate\n", &["max"], &["renew the certificate"]),
        has("## Tasks\n\n- @mia: renew the certificate\n", &["mia"], &["renew the certificate"]),
        has("## Notes\n\n- @mia: renew the certificate\n", &["mia"], &["renew the certificate"]),
        has("### ToDos\n\n- @ned: clean the backlog\n", &["ned"], &["clean the backlog"]),
        has("## Follow-ups\n\n- @ola: check the invoice\n", &["ola"], &["check the invoice"]),
        has("- AI (@quin): ask legal about the licence\n", &["quin"], &["ask legal"]),
        // groups
        has("- AI @all: read the draft before Friday\n", &["group:all"], &["read the draft"]),
    ];
    let d: Vec<Result<(), String>> = vec![
        decided("## Registry\n\n- Decision: we keep Harbor\n", &[3]),
        decided("- We decided to drop the legacy API\n", &[1]),
        decided("- agreed: the sprint is two weeks long\n", &[1]),
        decided("- Consensus to publish the draft\n", &[1]),
        decided("- Resolved: the naming follows the ADR\n", &[1]),
        decided("- Vote on the logo: accepted with 5 +1\n", &[1]),
        decided("- Logo vote: accepted\n", &[1]),
        decided("- New logo: approved\n", &[1]),
        decided("- Vote on the new logo: +5, 0 against\n", &[1]),
        decided("- The proposal was accepted\n", &[1]),
        decided("- Voting result: the draft is approved\n", &[1]),
        decided("- we go with option B\n", &[1]),
        decided("- Berlin it is\n", &[1]),
        decided("- Preferred solution is the sidecar\n", &[1]),
        decided("- Shall we move the meeting to Tuesdays?\n  - YES\n", &[2]),
        decided("- Which CNI do we test first?\n  -> Cilium\n", &[2]),
        decided("- Can't we just reuse the old bucket?\n  => NO\n", &[2]),
        decided("- Conclusion:\n  - keep the mailing list\n  - close the forum\n", &[2, 3]),
        decided("- **Decision:** we keep the old URL\n", &[1]),
        decided("- DECISION: the repo moves to the new org\n", &[1]),
        decided("Decided: monthly releases\n", &[1]),
        decided("## Decisions\n\n- release every month\n- drop the beta channel\n", &[3, 4]),
        decided("- Agreed: the API stays v1 until May\n", &[1]),
        decided("- Should the docs move to the new site?\n  - A: yes\n", &[2]),
        decided("### Use the new runner?\n\n- YES\n", &[3]),
        decided("- this can not be decided right now\n", &[]),
        decided("- we might switch to Forgejo\n", &[]),
        decided("- postpone the vote to next week\n", &[]),
        decided("- Progress on the docs? -> still on vacation\n", &[]),
        decided("- The outcome: the new scheduler stays\n", &[1]),
        decided("- Proposal: publish monthly\n  - approved\n", &[2]),
    ];
    all_hold(cases.into_iter().chain(d));
}

/// Decision words in other places, answers under questions and proposals, hedges; the ways of
/// naming a minute-taker; the done evidence of a carried item; owners (a name tied to a handle
/// in the participants, a first name and surname, groups).
#[test]
fn the_labelling_rules_on_decisions_takers_done_and_owners() {
    let mut fails = Vec::new();
    let dec: Vec<(&str, Vec<usize>)> = vec![
        ("- Outcome: the wiki moves to the new host\n", vec![1]),
        ("- Result: two meetings per month\n", vec![1]),
        ("- Resolution: the CLA is dropped\n", vec![1]),
        ("- The group concluded that the old API stays\n", vec![1]),
        ("- Agreement: releases on Wednesdays\n", vec![1]),
        ("- We reached consensus on the naming scheme\n", vec![1]),
        ("- Final decision: Kubernetes 1.31 first\n", vec![1]),
        ("- It was decided to freeze the branch\n", vec![1]),
        ("- It was agreed that the SIG meets biweekly\n", vec![1]),
        ("- We agreed on a shared calendar\n", vec![1]),
        ("- All agreed to keep the format\n", vec![1]),
        ("- The team agreed: no more Friday deploys\n", vec![1]),
        ("- Do we need a second runner?\n  - A: no\n", vec![2]),
        ("- Move the repo to the new org?\n  - answer: yes\n", vec![2]),
        ("- Proposal: rename the channel\n  - OK\n", vec![2]),
        ("- Proposal: merge both SIGs\n  - good idea\n", vec![2]),
        ("- Switch to squash merges?\n  - let's merge\n", vec![2]),
        ("### Should we drop Python 3.9?\n\n- -> yes\n", vec![3]),
        ("- Which date for the summit? => 12 May\n", vec![1]),
        ("- Which date for the summit? => the 12th of May\n", vec![1]),
        ("- Which date for the summit?\n  => 12 May\n", vec![2]),
        ("- Last time we concluded that the logo stays\n", vec![1]),
        ("- we should probably move the meeting\n", vec![]),
        ("- we will maybe publish a blog post\n", vec![]),
        ("- might go with option A\n", vec![]),
        ("- discuss again next week\n", vec![]),
        ("- check again in 4 weeks\n", vec![]),
        ("- on hold until the budget is clear\n", vec![]),
        ("- Who will do the review?\n", vec![]),
        ("- AI @ann: decide on the venue\n", vec![]),
    ];
    for (md, want) in dec {
        let got: Vec<usize> = m(md).decisions.iter().map(|d| d.line).collect();
        if got != want {
            fails.push(format!("DEC {md:?} want {want:?} got {got:?}"));
        }
    }
    let takers: Vec<(&str, Vec<&str>)> = vec![
        ("- Minute taker: @ann\n", vec!["@ann"]),
        ("Minutes by @bob\n", vec!["@bob"]),
        ("- Note-taker: @cy\n", vec!["@cy"]),
        ("- Scribe: @dan\n", vec!["@dan"]),
        ("- Protocol: @eva\n", vec!["@eva"]),
        ("- Minutes (taking & transfer): @fin\n", vec!["@fin"]),
        ("- Who takes the minutes? -> @gio\n", vec!["@gio"]),
        ("Notes by Hanna\n", vec!["Hanna"]),
        ("- Minutes: Ivo\n", vec!["Ivo"]),
        ("- Moderation: @jan\n", vec![]),
    ];
    for (md, want) in takers {
        let got = m(md).minute_takers;
        if got != want.iter().map(|s| s.to_string()).collect::<Vec<_>>() {
            fails.push(format!("TAKER {md:?} want {want:?} got {got:?}"));
        }
    }
    let done: Vec<(&str, bool)> = vec![
        ("- [x] @ann: rotate the keys\n", true),
        ("- AI @bob: fix the job DONE\n", true),
        ("- AI @cy: fix the job (erledigt)\n", true),
        ("- AI @dan: fix the job ✅\n", true),
        ("- ~~AI @eva: fix the job~~\n", true),
        ("- AI @fin: fix the job -> merged\n", true),
        ("- AI @gio: close the ticket (closed)\n", true),
        ("## Pending action items\n\n- @hal: update the FAQ\n  - done\n", true),
        ("- AI @ivo: fix the job (ongoing)\n", false),
    ];
    for (md, want) in done {
        let a = m(md).actions;
        if a.len() != 1 || a[0].done != want {
            fails.push(format!(
                "DONE {md:?} want {want} got {:?}",
                a.iter().map(|x| (&x.owners, &x.text, x.done)).collect::<Vec<_>>()
            ));
        }
    }
    let own: Vec<(&str, Vec<&str>)> = vec![
        ("## Participants\n\n- @kmaier (Karl Maier)\n\n## Notes\n\n- AI Karl: send the slides\n", vec!["kmaier"]),
        ("- AI @Garloff: send the slides\n", vec!["garloff"]),
        ("## Participants\n\n- @kmaier (Karl Maier)\n\n## Notes\n\n- AI Karl Maier: send the slides\n", vec!["kmaier"]),
        ("- AI Lena Vogt: book the room\n", vec!["Lena Vogt"]),
        ("- AI Next Steps: book the room\n", vec![]),
        ("## Participants\n\n- Karl (@kmaier)\n\n## Notes\n\n- AI Karl: send the slides\n", vec!["kmaier"]),
        ("## Participants\n\n- @kmaier (Karl)\n\n## Notes\n\n- Karl to send the slides\n", vec!["kmaier"]),
        ("- AI POs: refine the backlog\n", vec!["group:pos"]),
        ("- AI SIG: review the draft\n", vec!["group:sig"]),
        ("- AI all: read the ADR\n", vec!["group:all"]),
        ("- AI Team Container: update the roadmap\n", vec!["group:team container"]),
        ("- AI @a, @b: plan the hackathon\n", vec!["a", "b"]),
    ];
    for (md, want) in own {
        let all = scsdash::minutes::analyze(&[SourceFile::new("team-violet/20250303.md", md)]);
        let a = all.meeting("team-violet/20250303.md").unwrap().actions.clone();
        if a.len() != 1 || a[0].owners != want.iter().map(|s| s.to_string()).collect::<Vec<_>>() {
            fails.push(format!(
                "OWN {md:?} want {want:?} got {:?}",
                a.iter().map(|x| (&x.owners, &x.text)).collect::<Vec<_>>()
            ));
        }
    }
    assert!(fails.is_empty(), "{} of the cases fail:\n{}", fails.len(), fails.join("\n"));
}

/// Where the markers and owners stand: in sections and their sub-lists, numbered to-do lists,
/// in a sentence, after an arrow, several owners and several items on a line, emphasis and
/// parentheses around the owner, an AI heading. (`items` here: how many, the first one's
/// owners and a word of its task.)
#[test]
fn the_labelling_rules_where_the_markers_stand() {
    let cases: Vec<(&str, usize, Vec<&str>, &str)> = vec![
        ("## Action items\n\n- update the FAQ\n", 1, vec![], "update the faq"),
        ("## Action items\n\n- Team Container\n  - @xu: bump the chart\n", 1, vec!["xu"], "bump the chart"),
        ("## Pending action items\n\n- @yo: migrate the wiki\n  - ongoing\n", 1, vec!["yo"], "migrate the wiki"),
        ("To do:\n\n1. @zo: write the test plan\n2. @ab: order the hardware\n", 2, vec!["zo"], "write the test plan"),
        ("We looked at the logs. AI @bc: open a bug for the crash.\n", 1, vec!["bc"], "open a bug"),
        ("- The runner is slow -> AI @cd\n", 1, vec!["cd"], "runner is slow"),
        ("- AI @de @ef: prepare the workshop\n", 1, vec!["de", "ef"], "prepare the workshop"),
        ("- AI: @fg, @gh and @hi to review the PR\n", 1, vec!["fg", "gh", "hi"], "review the pr"),
        ("- AI @ij (until Friday): send the agenda\n", 1, vec!["ij"], "send the agenda"),
        ("- AI @jk/@kl: test the upgrade\n", 1, vec!["jk", "kl"], "test the upgrade"),
        ("## Action items\n\n- **@lm**: archive the channel\n", 1, vec!["lm"], "archive the channel"),
        ("* [ ] collect the quotes (@mn)\n", 1, vec!["mn"], "collect the quotes"),
        ("- AI @no: check with legal whether we may publish it\n", 1, vec!["no"], "check with legal"),
        ("- @op will reach out to the vendor\n", 1, vec!["op"], "reach out"),
        ("- @pq to clarify the licence question with the foundation\n", 1, vec!["pq"], "clarify the licence"),
        ("### AI @qr: set up the mirror\n", 1, vec!["qr"], "set up the mirror"),
        ("- AI @rs: create an issue for it\n  - AI @st: review the issue\n", 2, vec!["rs"], "create an issue"),
        ("- AI @tu: draft the mail; @uv: send it\n", 2, vec!["tu"], "draft the mail"),
        ("- @vw and @wx will write the blog post\n", 1, vec!["vw", "wx"], "write the blog post"),
        ("- AI (@xy): prepare the slides\n", 1, vec!["xy"], "prepare the slides"),
        ("- _AI @yz_: ask the board\n", 1, vec!["yz"], "ask the board"),
        ("- _AI @za: ask the board_\n", 1, vec!["za"], "ask the board"),
        ("- AI(@zb): ask the board\n", 1, vec!["zb"], "ask the board"),
        ("- Action item for @zc: fix the dashboard\n", 1, vec!["zc"], "fix the dashboard"),
        ("- AI on @zd: fix the dashboard\n", 1, vec!["zd"], "fix the dashboard"),
        ("- AI @ze: contact ACME about the contract, @zf: prepare the offer\n", 2, vec!["ze"], "contact acme"),
    ];
    let mut fails = Vec::new();
    for (md, n, owners, task) in cases {
        let got: Vec<(Vec<String>, String)> = items(md);
        let ok = got.len() == n
            && got[0].0 == owners.iter().map(|s| s.to_string()).collect::<Vec<_>>()
            && got[0].1.to_lowercase().contains(task);
        if !ok {
            fails.push(format!("{md:?} want {n} {owners:?} {task:?} got {got:?}"));
        }
    }
    assert!(fails.is_empty(), "{} of the cases fail:\n{}", fails.len(), fails.join("\n"));
}

/// Each step of a tender's life (the labelling rules' table of events) in other words, ids in
/// other spellings. Failing before: `we received three offers` (only the listed phrases of
/// offers coming in were read). Not asserted, because the rules leave them open: an id under a
/// heading that names the step (`### Finished tenders` / `- VP77`), a kick-off still to come.
#[test]
fn the_labelling_rules_on_tender_events() {
    let cases: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("- VP51 is being prepared\n", vec![("VP51", "planned")]),
        ("- VP52 approved, waiting for funding\n", vec![("VP52", "planned")]),
        ("- VP53 (observability): upcoming\n", vec![("VP53", "planned")]),
        ("- VP54 has been published\n", vec![("VP54", "published")]),
        ("- VP55 is open for offers until 30 May\n", vec![("VP55", "published")]),
        ("- Offers for VP56 can be submitted until Friday\n", vec![("VP56", "published")]),
        ("- VP57: we received three offers\n", vec![("VP57", "evaluating")]),
        ("- VP58 offers are under review\n", vec![("VP58", "evaluating")]),
        ("- VP59: evaluation ongoing\n", vec![("VP59", "evaluating")]),
        ("- VP60: decision made, contract not yet signed\n", vec![("VP60", "decided")]),
        ("- VP61 was awarded to Example AG\n", vec![("VP61", "awarded")]),
        ("- VP62: contract signed with Foo GmbH\n", vec![("VP62", "awarded")]),
        ("- VP63 kick-off took place on Monday\n", vec![("VP63", "running")]),
        ("- VP64 has started\n", vec![("VP64", "running")]),
        ("- VP65: the new partner was onboarded\n", vec![("VP65", "running")]),
        ("- VP66 is finished\n", vec![("VP66", "finished")]),
        ("- VP67 has ended\n", vec![("VP67", "finished")]),
        ("- VP68 finalised\n", vec![("VP68", "finished")]),
        ("- VP69 wrapped up last week\n", vec![("VP69", "finished")]),
        ("- VP70 completed\n", vec![("VP70", "finished")]),
        ("- VP71 and VP72 are done\n", vec![("VP71", "finished"), ("VP72", "finished")]),
        ("- VP73: no suitable offers, will be tendered again\n", vec![("VP73", "retender")]),
        ("- VP74 was cancelled\n", vec![("VP74", "cancelled")]),
        ("- VP75 dropped, it will not happen\n", vec![("VP75", "cancelled")]),
        ("- work continues in the scope of VP76\n", vec![("VP76", "mention")]),
        ("- Tender 78a is published\n", vec![("VP78a", "published")]),
        ("- VP-79 has been awarded\n", vec![("VP79", "awarded")]),
        ("- VP 80 awarded to Bar GmbH\n", vec![("VP80", "awarded")]),
        ("- VP81: Congratulations to Baz AG!\n", vec![("VP81", "awarded")]),
    ];
    let mut fails = Vec::new();
    for (md, want) in cases {
        let got: Vec<(String, String)> =
            m(md).tenders.iter().map(|t| (t.id.clone(), t.status.event().to_string())).collect();
        let w: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        if got != w {
            fails.push(format!("{md:?} want {w:?} got {got:?}"));
        }
    }
    assert!(fails.is_empty(), "{} of the cases fail:\n{}", fails.len(), fails.join("\n"));
}

/// The pads' own furniture around the markers: HedgeDoc containers (`:::info`), front matter,
/// slide breaks, HTML, details blocks, quotes, emoji, links and code in the task, CRLF, a BOM,
/// a no-break space, a full-width colon; a table whose header names a column of action items
/// (before: only tables under an action-item heading were read); decision labels in bold, with
/// a dash, in German.
#[test]
fn the_labelling_rules_in_the_pads_furniture() {
    let cases: Vec<(&str, usize, Vec<&str>)> = vec![
        (":::info\n- AI @ab: update the wiki\n:::\n", 1, vec!["ab"]),
        ("---\ntitle: Team Violet\n---\n\n# Notes\n\n- AI @bc: update the wiki\n", 1, vec!["bc"]),
        ("# Slide 1\n\n---\n\n## Actions\n\n- AI @cd: update the wiki\n\n----\n\n## More\n", 1, vec!["cd"]),
        ("<font color=red>AI @de: update the wiki</font>\n", 1, vec!["de"]),
        ("<details><summary>Actions</summary>\n\n- AI @ef: update the wiki\n\n</details>\n", 1, vec!["ef"]),
        ("> - AI @fg: update the wiki\n", 1, vec!["fg"]),
        ("- 👉 AI @gh: update the wiki\n", 1, vec!["gh"]),
        ("- AI @hi: update the [wiki](https://example.org/wiki)\n", 1, vec!["hi"]),
        ("- AI @ij: update the wiki (see #123)\n", 1, vec!["ij"]),
        ("- AI @jk: update the `README.md`\n", 1, vec!["jk"]),
        ("| AI | Owner | Due |\n|---|---|---|\n| update the wiki | @kl | Friday |\n", 1, vec!["kl"]),
        // a table of anything else is none (`| What | Who |` may be the agenda)
        ("| What | Who |\n|---|---|\n| Intro round | @kz |\n", 0, vec![]),
        ("| Topic | Owner |\n|---|---|\n| Storage | @ky |\n", 0, vec![]),
        ("## Action items\n\n| What | Who |\n|---|---|\n| update the wiki | @lm |\n", 1, vec!["lm"]),
        ("* AI @mn: update the wiki\r\n* AI @no: clean the board\r\n", 2, vec!["mn"]),
        ("\u{feff}- AI @op: update the wiki\n", 1, vec!["op"]),
        ("- AI\u{a0}@pq: update the wiki\n", 1, vec!["pq"]),
        ("- AI @qr： update the wiki\n", 1, vec!["qr"]),
    ];
    let mut fails = Vec::new();
    for (md, n, owners) in cases {
        let got: Vec<(Vec<String>, String)> = items(md);
        let first_ok =
            n == 0 || got.first().is_some_and(|g| g.0 == owners.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        if got.len() != n || !first_ok {
            fails.push(format!("{md:?} want {n} {owners:?} got {got:?}"));
        }
    }
    let d: Vec<(&str, Vec<usize>)> = vec![
        (":::success\nDecision: we keep the old URL\n:::\n", vec![2]),
        ("- **Decision**: keep the old URL\n", vec![1]),
        ("- Decision - keep the old URL\n", vec![1]),
        ("- Entscheidung: wir behalten die URL\n", vec![1]),
        ("- Beschluss: monatliche Releases\n", vec![1]),
    ];
    for (md, want) in d {
        let got = decision_lines(md);
        if got != want {
            fails.push(format!("DEC {md:?} want {want:?} got {got:?}"));
        }
    }
    assert!(fails.is_empty(), "{} of the cases fail:\n{}", fails.len(), fails.join("\n"));
}

/// (owners, task, status, meetings) of every tracked item of a set of files.
fn track(files: &[(&str, &str)]) -> Vec<(Vec<String>, String, ActionStatus, usize)> {
    let fs: Vec<SourceFile> = files.iter().map(|(p, t)| SourceFile::new(*p, *t)).collect();
    scsdash::minutes::analyze(&fs)
        .actions
        .iter()
        .map(|a| (a.owners.clone(), a.text.clone(), a.status, a.meetings))
        .collect()
}

/// Tracking across meetings as the rules say it: done on evidence (a ticked box, a done
/// sub-item, ✅, merged, erledigt, struck through, listed under done items, a name for the
/// handle, the same issue), open while carried, stale after three silent meetings of the series.
/// Failing before: an item listed under a `Done action items` heading stayed open; `…, closed`
/// and `… is closed` were no done marks.
#[test]
fn the_labelling_rules_on_tracking_across_meetings() {
    let mut fails = Vec::new();
    // (what, the first meeting, the next meeting of the series, status, meetings it is seen in)
    let cases: &[(&str, &str, &str, ActionStatus, usize)] = &[
        ("done next week by checkbox", "- AI @ann: write the upgrade guide\n", "## Pending action items\n\n- [x] @ann: write the upgrade guide\n", ActionStatus::Done, 2),
        ("done by sub-bullet", "- AI @ann: write the upgrade guide\n", "## Open action items\n\n- @ann: write the upgrade guide\n  - done\n", ActionStatus::Done, 2),
        ("reworded", "- AI @ann: write the upgrade guide for 1.30\n", "## Pending action items\n\n- @ann: upgrade guide for 1.30 ✅\n", ActionStatus::Done, 2),
        ("name for the handle", "## Participants\n\n- @ann (Ann Berg)\n\n## Notes\n\n- AI @ann: write the upgrade guide\n", "## Participants\n\n- @ann (Ann Berg)\n\n## Pending action items\n\n- Ann: write the upgrade guide -> done\n", ActionStatus::Done, 2),
        ("carried open", "- AI @ann: write the upgrade guide\n", "## Pending action items\n\n- @ann: write the upgrade guide\n  - ongoing\n", ActionStatus::Open, 2),
        ("merged", "- AI @ann: open a PR for the chart\n", "## Pending action items\n\n- @ann: open a PR for the chart -> merged\n", ActionStatus::Done, 2),
        ("erledigt", "- AI @ann: open a PR for the chart\n", "## Pending action items\n\n- @ann: open a PR for the chart (erledigt)\n", ActionStatus::Done, 2),
        ("strikethrough", "- AI @ann: open a PR for the chart\n", "## Pending action items\n\n- ~~@ann: open a PR for the chart~~\n", ActionStatus::Done, 2),
        ("listed under done items", "- AI @ann: open a PR for the chart\n", "## Done action items\n\n- @ann: open a PR for the chart\n", ActionStatus::Done, 2),
        ("handle case", "- AI @Ann: open a PR for the chart\n", "## Pending action items\n\n- @ann: open a PR for the chart DONE\n", ActionStatus::Done, 2),
    ];
    for (what, first, next, status, seen) in cases {
        let got = track(&[("team-v/20250303.md", first), ("team-v/20250310.md", next)]);
        if got.iter().map(|x| (x.2, x.3)).collect::<Vec<_>>() != vec![(*status, *seen)] {
            fails.push(format!("{what}: want {status:?} in {seen} meetings, got {got:?}"));
        }
    }
    // stale after 3 silent meetings
    let got = track(&[
        ("team-v/20250303.md", "- AI @ann: write the upgrade guide\n"),
        ("team-v/20250310.md", "notes one\n"),
        ("team-v/20250317.md", "notes two\n"),
        ("team-v/20250324.md", "notes three\n"),
    ]);
    if got.iter().map(|x| (x.2, x.3)).collect::<Vec<_>>() != vec![(ActionStatus::Stale, 1)] {
        fails.push(format!("stale after 3 silent meetings: got {got:?}"));
    }
    // done words after a separator or a form of `be`; a question about the state is none
    for (md, done) in [
        ("- AI @ann: fix the flaky test -> closed\n", true),
        ("- AI @ann: fix the flaky test (closed)\n", true),
        ("- AI @ann: fix the flaky test, closed\n", true),
        ("- AI @ann: the chart PR is merged\n", true),
        ("- @ann will ask the team whether the stories have been completed\n", false),
        ("- AI @ann: ask whether the ticket is closed\n", false),
    ] {
        let got: Vec<bool> = scsdash::minutes::parse_meeting(&SourceFile::new("team-v/20250310.md", md))
            .actions
            .iter()
            .map(|a| a.done)
            .collect();
        if got != vec![done] {
            fails.push(format!("{md:?}: want done = {done}, got {got:?}"));
        }
    }
    assert!(fails.is_empty(), "{} of the cases fail:\n{}", fails.len(), fails.join("\n"));
}
