//! The gold set: the engine measured against minutes labelled by reading
//! (`tests/gold/**/*.toml`, rules in `tests/gold/README.md`).
//!
//! Parses the whole `scs-minutes` corpus with the real engine (`analyze`), then
//! for every labelled file compares, per field, what the engine found with the
//! labels, prints a precision/recall table (all files, the `dev` split and the
//! `holdout` split separately) and fails below the thresholds of each split (dev: issue
//! #10's targets or just under the figures; holdout: just under its figures).
//! Skips with a printed notice when the corpus is absent.
//!
//! `GOLD_VERBOSE=1` prints every miss of the dev files (never of the holdout files:
//! they are the honest test of rules nobody fitted to them). `GOLD_DEV_ONLY=1` leaves the
//! holdout out altogether, not even its totals: run so while writing rules. `SCSDASH_GOLD`
//! points at another gold folder.

mod corpus;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use scsdash::model::meeting::{ActionMention, Meeting};

#[derive(Debug, Clone, Deserialize)]
struct Gold {
    file: String,
    split: String,
    date: Option<String>,
    #[serde(default)]
    minute_takers: Vec<String>,
    #[serde(default)]
    action: Vec<GoldAction>,
    #[serde(default)]
    decision: Vec<GoldDecision>,
    #[serde(default)]
    tender: Vec<GoldTender>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldAction {
    line: usize,
    #[serde(default)]
    owners: Vec<String>,
    #[serde(default)]
    task: String,
    #[serde(default)]
    done: bool,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldDecision {
    line: usize,
    #[serde(default)]
    #[allow(dead_code)]
    text: String,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldTender {
    id: String,
    line: usize,
    event: String,
    #[serde(default)]
    awardee: Option<String>,
}

/// Thresholds in percent, per split (README, "Measured against the gold set").
///
/// `DEV` holds the files the rules were written against: issue #10's targets, or just under
/// what the engine reaches where that is lower. `HOLDOUT` holds the files nobody writing rules
/// has read (labelled by sessions that reported counts only): its figures are the honest ones
/// for unseen minutes, and its thresholds sit just under them, so a change that loses
/// generality fails here even when the dev figures hold.
struct Targets {
    action_p: f64,
    action_r: f64,
    owners: f64,
    task: f64,
    decision_p: f64,
    decision_r: f64,
    dates: f64,
    takers: f64,
    tender_events_p: f64,
    tender_events_r: f64,
}

/// Round 14 split (2026-11-29). Every meeting file of the corpus is labelled, so no fresh
/// holdout can be labelled any more: half of round 13's holdout (90 of 176 files, every other
/// file per series in the order of the SHA-256 of its path) became dev, the other 86 stay
/// blind. With the rules of round 13, before anybody read the 90: dev (421 files) actions
/// P 98.5 R 93.2, owners 99.1, task text 94.1, decisions P 95.4 R 81.7, tender events P 94.9
/// R 98.2, minute-takers P 98.8 R 99.1. Round 15's rules on those 421: actions P 98.7 R 94.7,
/// owners 99.1, task text 94.9, decisions P 95.8 R 90.1, tender events P 96.6 R 98.2.
///
/// Round 16 split (2026-11-29, the same way): 41 of the 86 became dev (comment `held out
/// through round 15`), 45 stay blind. Before anybody read the 41, round 15's rules on them:
/// actions P 90.2 R 89.2, owners 98.6, task text 87.8, decisions P 89.5 R 54.8, tender events
/// P 100 R 90.0, minute-takers P 100 R 96.9. On the 462 dev files: actions P 97.9 R 94.3,
/// owners 99.1, task text 94.3, decisions P 95.3 R 86.2, tender events P 96.8 R 97.6,
/// minute-takers P 98.9 R 98.9. Round 16's rules on the 462: actions P 98.0 R 94.7, owners
/// 99.1, task text 94.4, decisions P 95.4 R 88.3 (tender events and minute-takers unchanged).
/// Round 17's: actions P 98.7 R 94.9, task text 94.6, decisions R 88.7, tender events P 96.9
/// R 100, minute-takers P 99.4 (holdout unchanged).
/// The guards below sit just under the current rules' figures on the 462. Issue targets: actions P and R >= 95 %, owners >= 97 %, task text >= 95 %,
/// decisions P >= 90 % and R >= 80 %, dates 100 %, minute-takers >= 95 %, every tender event.
const DEV: Targets = Targets {
    // 99.0 %: reached (round 18).
    action_p: 98.8,
    // 96.3 %: reached (round 20).
    action_r: 96.1,
    // 99.1 %: reached.
    owners: 99.0,
    // 95.9 %: reached (round 20; two labels of one carried item made consistent with its
    // four others, the task without its example). 95.6 % since round B6: the corpus's labels
    // keep a passive's words (`Frontend to be coordinated`), which the engine now says in the
    // active (`coordinate frontend`), and the overlap of words counts `coordinated` and
    // `coordinate` as different words; the blind and invented labels are in the active.
    task: 95.5,
    // 95.5 %: reached (round 18).
    decision_p: 95.3,
    // 89.8 %: reached (round 20).
    decision_r: 89.6,
    dates: 100.0,
    // P 99.4 %, R 98.9 %: reached.
    takers: 98.5,
    // 96.9 %: NOT reached (a person who "joined the VPxx team" and "transitioned to VPyy" is
    // read as running for both, their labels say mention; a tender whose application conditions
    // change is read as published; "proposals from VPxx will start to be fed into ..." as planned).
    tender_events_p: 96.5,
    // 100 %: reached.
    tender_events_r: 99.5,
};

/// The holdout: 45 files nobody writing rules has read (labelled by sessions that reported
/// counts only; what stayed blind of round 13's holdout after the splits of rounds 14 and
/// 16). Round 13's holdout of 176 files was measured with the rules of round 11: actions
/// P 94.8 R 84.3, owners 98.4, task text 87.5, decisions P 89.2 R 42.3, minute-takers P 96.3
/// R 95.6, tender events P 95.3 R 91.1; round 13: actions P 94.5 R 84.6, decisions P 90.1
/// R 46.7. The 86 of round 14 with round 13's rules: actions P 94.0 R 85.4, task text 84.3,
/// decisions P 91.3 R 53.8; with round 15's: task text 85.7, decisions P 91.5 R 55.1. These
/// 45 with round 15's rules: actions P 98.5 R 81.5, owners 100, task text 83.3, decisions
/// P 92.9 R 55.3, tender events P 100 R 90.9, minute-takers P 97.1 R 94.4. A guard just under
/// the current figures. Below the targets for action recall, task text, decisions and
/// minute-takers: see README. 45 files are few: one item moves a figure by about a point.
/// Round 20 and the rules-in-other-words cases of the same session (after five rounds that
/// moved nothing here): actions R 82.7, task text 83.6, the rest unchanged. The minute-takers
/// pass of 2026-11-30: minute-takers P 97.2 R 97.2 (one more found). Round B5 (on the blind
/// set's third batch): decisions P 93.3 R 59.6 (two more found: the answers under `Q: A vs. B?`).
const HOLDOUT: Targets = Targets {
    action_p: 98.0,
    action_r: 82.5,
    owners: 99.0,
    task: 83.5,
    decision_p: 93.0,
    decision_r: 59.5,
    dates: 100.0,
    takers: 97.0,
    tender_events_p: 99.5,
    tender_events_r: 90.5,
};

/// The blind set (see `blind_set_precision_recall`): guards just under its measurement.
/// 2026-11-29, its first 43 files (read twice) with round 19's rules: actions P 94.7 R 62.1,
/// owners 90.7, task text 88.9, decisions P 92.3 R 42.9, tender events R 0 of 3, minute-takers
/// P 100 R 88.9; after round 20 and the rules-in-other-words cases not one figure moved. Then
/// 193 more files were labelled (read once) and all 236 measured with those rules: actions
/// P 95.3 R 67.4, owners 96.6, task text 76.9, decisions P 69.5 R 44.2, tender events P 83.3
/// R 33.3, dates 100, minute-takers P 100 R 88.9. Far below the targets: the grammar
/// was written on the corpus's series and carries over to others only partly (README, "Measured
/// against the gold set"). 2026-11-30, after the conventions cases and the two rounds on the
/// invented set: the same but one more done flag (99.1) and one more false decision (P 69.0).
/// After round 5 of the invented set (owners in square brackets, action-log ids, RESOLVED
/// lines): action items P 95.3 R 68.7 (327 of 476, six more), owners 96.0, task text 77.4, done
/// flag 98.8; the first rules written on minutes other than the corpus's that moved it.
/// After round 7 (prose commitments, follow-up paragraphs, lists under `Next steps:` whose
/// items name an owner, names written with their handle as people, `Notes: <name>`): action
/// items P 95.4 R 69.1 (one more), owners 95.4 and task text 76.9 (one owner and one task
/// read otherwise: which was not looked at), the rest the same. After the questions of fact
/// (a wh-word or a form of be, do, have or will about a thing, a speaker's label before it,
/// `How many …?`: no decision): decisions P 69.9 (one false decision fewer, none found lost).
///
/// 2026-11-30: the set split in two halves by series (`blind_set_precision_recall`). These
/// guards are the held-out half's (130 files of sig-iam, product-board, sig-markt,
/// project-board, sig-documentation, sig-community and community-meeting), measured before any
/// rule was written on the other half: actions P 95.4 R 66.2, owners 96.8, task text 75.8, done
/// 99.5, decisions P 76.2 R 44.4, tender events 0 of 2, minute-takers P 100 R 73.8.
/// After rounds B1 and B2 on the other half (measured once, its misses not read): actions P 95.9
/// R 66.5 (one item more), owners 96.8, task text 76.5, decisions P 73.3 R 45.8 (33 of 45 found
/// right: one more right, two more wrong), tender events: one found, at the wrong step (of 2).
/// What the rounds carried to series they were not written on is one action item and one
/// decision; they cost two false decisions and a wrong tender step there. After round B3 and the
/// task-text rules (measured once more): one more false action item (P 95.4, 187 of 196), the
/// rest unchanged, task text too. That item and one on the invented holdout came from one rule of
/// round B3 (`@a <verb> …` in the base form opening an item), which was taken out: P 95.9 again.
/// After round B4 (measured once, 2026-11-30 afternoon): actions R 66.9 (188 of 281, one item
/// more), P 95.9; everything else unchanged. After round B5 (measured once): unchanged.
///
/// Stop 28 (2026-11-30 evening) re-split the held-out half, as rounds 14 and 16 did with the
/// corpus's holdout: its seven series taken alternately in the SHA-256 order of their names
/// (decided before anything was read), the first to dev: sig-iam, sig-markt, sig-documentation
/// and community-meeting (33 files) became `blind-dev`; product-board, project-board and
/// sig-community stay held out, with 54 more of their files labelled by reading (fourth batch,
/// five sessions that ran no extractor; held out, measured unread). Measured with the rules of
/// f09b4e2 before anything was read: the 97 files that stay held out actions P 95.5 R 67.5,
/// decisions P 68.4 R 44.8; the 33 that became dev actions P 100 R 62.5, decisions P 100 R 50,
/// minute-takers R 47.6; the 54 new held-out files actions P 88.1 R 70.5, task text 68.9,
/// decisions P 85.7 R 42.9, tender mentions R 32.0 (8 of 25), tender events R 5.0. So the guards
/// since then are the 151 held-out files' (product-board, project-board, sig-community, five
/// hackathon files labelled `blind`): actions P 93.1 R 68.4 (242 of 354), owners 96.7, task
/// text 72.7, done 99.2, decisions P 73.1 R 44.2, tender mentions R 56.4, tender events P 50 R
/// 4.5 (1 of 22), minute-takers P 100 R 96.8. Those figures did not move in stops 29, 30 and
/// 31: rules read on other series did not reach these three.
///
/// Stop 32 (2026-12-01) split the 151 again, by file this time: per series (and the five
/// hackathon files) in the SHA-256 order of the path, every other file to dev, the first one
/// first (77 files, comment `held out until 2026-12-01 (stop 32)`); 74 stay held out. Both halves
/// were measured with the rules of 4ce11b0 before anything was read: the 77 that became dev
/// actions P 91.3 R 69.9 (95 of 136), owners 94.7, task text 80.0, decisions P 73.7 R 46.7, tender
/// mentions R 59.1, tender events R 9.1 (1 of 11), minute-takers R 94.1; the 74 that stay held
/// out actions P 94.2 R 67.4 (147 of 218), owners 98.0, task text 68.0, done 98.6, decisions P
/// 72.7 R 42.9 (24 of 56), tender mentions R 52.9, tender events 0 of 11 (one found, wrong),
/// minute-takers P 100 R 100. From now on the held-out half is no longer series never read,
/// only files never read. After stop 32's rules on the 77 (measured once): actions P 94.3 R 67.9
/// (148 of 218), task text 68.2, decisions P 74.3 R 46.4 (26 of 56), the rest unchanged; the
/// guards sit just under these.
const BLIND: Targets = Targets {
    action_p: 94.0,
    action_r: 67.5,
    owners: 97.5,
    task: 68.0,
    decision_p: 74.0,
    decision_r: 46.0,
    dates: 100.0,
    takers: 100.0,
    tender_events_p: 0.0,
    tender_events_r: 0.0,
};

/// The blind set's dev half (`split = "blind-dev"`, 106 files, since the third batch 174, of openops, hackathons,
/// community-call 2024-2025, sig-monitoring-audit-log-wg, sig-release, iam and sig-central-api;
/// see `blind_set_precision_recall`). Before any rule was written on it (2026-11-30): actions
/// P 95.3 R 73.3, owners 93.7, task text 78.3, done 97.9, decisions P 63.4 R 45.6, tender
/// events P 83.3 R 38.5, minute-takers P 100 R 98.5. After round B1: actions P 95.5 R 76.4,
/// decisions P 93.9 R 54.4, tender events P 100 R 84.6; after round B2: actions P 96.3 R 81.0,
/// owners 96.8, task text 80.4, done 98.1, decisions P 95.1 R 68.4; after round B3 and the
/// task-text rules: actions P 97.0 R 82.6, owners 96.9, task text 83.9, decisions P 95.5 R 73.7;
/// without the base-form rule (taken out, see `BLIND`): actions R 82.1, task text 84.4. After
/// round B4 (a topic's label before a task with its owner in parentheses, three handles with
/// their own tasks on one line, a passive with an adverb and a particle, `wanted`): actions P
/// 97.1 R 85.1, owners 97.0, task text 84.3. With the third batch joined (68 files, measured
/// unread first, see `BLIND_NEW`; 174 files): actions P 96.6 R 80.4, owners 96.9, task text
/// 83.9, done 98.4, decisions P 87.2 R 73.9, tender events P 100 R 72.2, dates 99.4, minute-takers
/// P 100 R 99.0. After round B5 (plans of work closed by their people, `-> ToDo`, dated to-do
/// headings, `A vs B? -> A`, `-> Decision on X` over its points, no decision from an open choice
/// or a hedged or deferred answer): actions P 97.5 R 86.4, owners 97.4, task text 85.0, decisions
/// P 93.7 R 80.4, the rest the same. Then a month folder's day from the file's first lines (dates
/// 174 of 174) and `End of VP06d` as the tender's end (tender events R 77.8); a demonstration's
/// `Result:` and an option described by a verb after it: decisions P 96.1.
/// Stop 28 joined four series of the held-out half (33 files) and 13 newly labelled files of
/// sig-documentation (fourth batch; see `BLIND`): 220 files, actions P 98.1 R 84.7, owners 97.7,
/// task text 87.2, decisions P 95.3 R 75.7, tender events P 93.3 R 77.8, minute-takers P 99.2
/// R 85.4, before any rule was written on them. After stop 28's rules on their misses (role
/// headings over the minute-takers, `We concluded that:` lists, reviews asked of handles, lists
/// of tender ids): actions P 98.1 R 86.1, task text 86.7, decisions P 95.5 R 79.4, minute-takers
/// R 99.3; after round B8 (the other clauses of a line of assignments that close with their
/// people, steps in the imperative among owned next steps): actions R 87.2, task text 86.9; with
/// no task from a question word alone and no decision from a hand-on answer: actions P 98.4,
/// decisions P 96.6. Stop 31 (handles then a task verb in its base form): actions R 87.7.
/// Stop 32 joined 77 files of the held-out series (product-board, project-board,
/// sig-community; see `BLIND`): 297 files, before any rule was written on them actions P 96.7
/// R 82.8, owners 97.3, task text 85.1, decisions P 92.5 R 72.3, tender events P 93.8 R 51.7,
/// minute-takers P 100 R 98.7. After stop 32's rules on their misses: actions P 97.9 R 84.0,
/// owners 97.6, task text 85.8, decisions P 93.7 R 75.9; with a longer intro that names the list
/// below as its outcomes (`… the following outcomes:`): decisions P 93.0 R 78.1.
const BLIND_DEV: Targets = Targets {
    action_p: 97.5,
    action_r: 83.5,
    owners: 97.5,
    task: 85.5,
    decision_p: 92.5,
    decision_r: 77.5,
    dates: 100.0,
    takers: 98.5,
    tender_events_p: 93.5,
    tender_events_r: 51.5,
};

/// The blind set's third batch (`split = "blind-new"`): files of the blind-dev half's series
/// that nobody had labelled (the Tech Weekly of 2024, iam, hackathon sessions, sig-central-api,
/// openops), labelled by reading on 2026-11-30 and measured once with the rules of the moment
/// before anybody read them or their misses; then they become `blind-dev`. An empty column
/// passes. Batch 3 (68 files: the Tech Weekly of 2024 not yet labelled, iam 2023-2024, hackathon
/// sessions, sig-central-api, openops), measured unread with the rules of eddb46b (after round
/// 19 of the invented set): actions P 95.7 R 72.7 (88 of 121), owners 96.6, task text 83.0, done
/// 98.9, decisions P 76.5 R 74.3, tender events P 100 R 40.0 (2 of 5), dates 98.5 (a hackathon
/// folder dated by its month only), minute-takers P 100 R 100. Files of series the rules had
/// been written on (the blind-dev half), by the writers of other years: better than the held-out
/// half's R 66.9 and below the dev half's 85.1. The guards are these figures; then the batch
/// became `blind-dev` for round B5.
const BLIND_NEW: Targets = Targets {
    action_p: 95.5,
    action_r: 72.5,
    owners: 96.5,
    task: 83.0,
    decision_p: 76.5,
    decision_r: 74.0,
    dates: 98.5,
    takers: 100.0,
    tender_events_p: 100.0,
    tender_events_r: 40.0,
};

/// The invented set's later batches by new writers (`split = "new-writers"`): four series at a
/// time by four sessions that had not seen the earlier batches, measured with the rules of the
/// round before them before anybody read them; then their series become dev in turn.
/// Batch 2 (all 20 files, round 1's rules): actions P 95.2 R 65.8, owners 63.3, task text 95.5,
/// decisions P 90.1 R 80.2, tender events P 88.9 R 70.2, minute-takers P 63.6 R 29.2. Two of
/// its series became dev for round 2; the other two (10 files) did not move with it at all
/// (actions P 98.8 R 53.4, owners 41.8, decisions P 87.2 R 70.8), then became dev for round 3.
/// Batch 3 (20 files, round 2's rules, before round 3): actions P 97.0 R 51.6, owners 93.8, task
/// text 95.7, decisions P 90.5 R 76.0, tender events P 75.9 R 87.2, minute-takers P 77.8 R 53.8;
/// after round 3 (tables by their header, handles without `@`, German verdicts and tender
/// words): actions P 97.2 R 56.4, owners 94.3, the rest the same; then it became dev for round 4.
/// Batch 4 (20 files, round 3's rules, measured in a worktree of the commit before round 4):
/// actions P 98.6 R 47.7, owners 83.1, task text 91.2, decisions P 92.1 R 70.1, tender events
/// P 81.4 R 82.8, minute-takers P 100 R 60.0; after round 4 (action logs with an id column,
/// owners before an arrow, motions and polls with their counts): actions P 98.6 R 49.5,
/// decisions P 92.4 R 72.6, the rest the same; then it became dev for round 5.
/// Batch 5 (20 files, round 4's rules, in a worktree of the commit before round 5): actions
/// P 97.4 R 74.8, owners 67.3, task text 91.0, decisions P 86.3 R 82.8, tender events P 76.7
/// R 89.2, minute-takers P 100 R 79.2; after round 5 (action-log ids, owners in square
/// brackets, RESOLVED lines and tallies): owners 70.0, task text 92.4, the rest the same. Then
/// batch 5 became dev for round 6 (ticket lines with their assignee, `(assigned: @x)`) with no
/// new batch after it: the blind set is the held-out measure of round 6 (unchanged by it).
/// Batch 6 (20 files, round 6's rules, before anybody read it): actions P 97.9 R 49.3, owners
/// 92.8, task text 94.9, decisions P 98.4 R 71.6, tender events P 92.1 R 81.4, minute-takers
/// P 92.3 R 52.2 (per series, actions R: a sprint board 78.3, a SIG written in prose 9.7, an
/// operators' round-robin 64.7, a rotating German/English team 46.5). Two of its series (the
/// prose SIG and the rotating team) became dev for round 7; the other two stay new writers, so
/// that round 7 is measured on writers it has not seen: before it, actions P 97.0 R 71.5,
/// owners 90.8, task text 95.9, decisions P 97.0 R 71.1, tender events P 87.5 R 95.5,
/// minute-takers P 88.9 R 61.5; after round 7 (written on the other two): actions P 97.1
/// R 72.3 (one more), owners 90.9, task text 96.0, the rest the same. Then those two became
/// dev for round 8, and batch 7 (20 files by four more writers: office hours kept as a timed log,
/// a release go/no-go meeting, a steering group writing English with German habits, a team
/// alternating planning and retrospectives) took their place, measured with round 7's rules
/// before anybody read it: actions P 96.1 R 62.8 (per series 35.8, 82.6, 71.6, 60.6), owners
/// 87.2, task text 92.4, decisions P 88.2 R 69.1, tender events P 75.6 R 77.5, minute-takers
/// P 88.9 R 59.3; after round 8 (review lists headed by a date or by the last meeting's
/// possessive, `Who: / What:` blocks, participants under a `Participants:` line, a second role
/// in the minute-taker's value, `@x: I'll <verb>`, `X it is (…)`, `Common position:`, `all
/// <people> agree to`): minute-takers P 94.4 R 63.0, every other figure the same. Then batch 7
/// became dev for round 9, and batch 8 (20 files: a chat-room meeting kept as the chat log, an
/// incident review board with a remediation table, a SIG writing a strict numbered outline with
/// owners as initials, a team keeping nearly everything as task lists) was measured with round
/// 8's rules before anybody read it: actions P 95.0 R 68.3 (per series 47.9, 33.8, 95.6, 95.8),
/// owners 60.4, task text 96.4, decisions P 87.0 R 68.2, tender events P 75.6 R 87.2,
/// minute-takers P 64.7 R 39.3; after round 9 (action points `AP @x:`, review headings naming
/// them, a heading `Actions`, pictographs opening a listed item, `who does <work>? -> @x`,
/// `Host + minutes:`, `Who takes notes?`, `Release decision:`): owners 66.1, every other figure the
/// same. Then batch 8 became dev for round 10 (action tables with a priority column, review
/// lists headed `Review of open <kind> items`), with no new batch after it: the blind set is its
/// held-out measure (unchanged by it). Batch 9 (2026-11-30, 20 files: a QA guild keeping its
/// actions and decisions in tables, a docs circle writing an e-mail-like digest in sentences, an
/// infrastructure team's round-robin under `### @handle` headings, a formal council with motions
/// and numbered actions arising) was measured before anybody read it, with round 10's rules:
/// actions P 90.2 R 50.2 (per series 92.8, 27.9, 41.8, 38.0), owners 79.0, task text 58.7,
/// decisions P 94.8 R 49.5, tender events P 67.1 R 74.3, minute-takers P 88.9 R 72.7; and with
/// the rules after rounds B1-B3 on the blind set's dev half: the same but one more false action
/// item (P 89.6). Then batch 9 became dev for round 11 (action ids with owners in parentheses
/// under `Actions arising`, roster tables, round-robin `### @kim` / `Next:` sections, motions
/// with their votes, decision log tables, follow-up paragraphs under a label of a few words), and
/// batch 10 (20 files: a SIG whose agenda is issue links with task-list boxes, an on-call
/// handover of incident blocks, a German-English board with `TOP`s and `AP (Name):`, a working
/// group with `→ action: … [Name]` and a parking lot) was measured before anybody read it, with
/// the rules before round 11 and after it: both actions P 99.2 R 81.6 (per series 94.0, 68.7,
/// 78.6, 84.2), owners 65.5, task text 78.3, decisions P 92.1 R 87.2, tender events P 92.9 R
/// 70.9, minute-takers P 93.3 R 60.9. The guards are these figures. After the minute-takers
/// pass (2026-11-30, written on the invented dev files' misses): minute-takers P 87.5 R 60.9 (one
/// more person named, not the labelled one), every other figure the same. Then batch 10's
/// minute-taker lines were read (its action items and decisions are still unread): the one more
/// person was the right one under a name its roster ties to a handle with `Name = @handle`, which
/// was not read as a tie; with that and `written by @a, transferred … by @b`: minute-takers P 100
/// R 95.7, owners 67.5 (the roster line ties the owners' names too). Then batch 10 became dev
/// (for round 12) and batch 11 (2026-11-30, 20 files by four more new writers: a project whose
/// pads hold an IRC meeting bot's log under a chair's summary, a product team's minutes exported
/// from an online document with owner/task/due/status tables and unicode check boxes, a working
/// group's recap e-mail in long sentences, an infrastructure team writing half in French) was
/// measured before anybody read it, with the rules after the minute-takers pass: actions P 100
/// R 30.7 (per series, by line: 1.3, 67.4, 9.5, 42.1), owners 82.2, task text 90.7, decisions
/// P 89.8 R 41.5, tender mentions R 71.9, tender events P 82.9 R 40.5, minute-takers P 50.0 R 6.5.
/// The guards are these figures. Round 12 read tenders in action items as mentions (an action
/// item's words are about the work, not the tender's news): batch 11 tender events P 82.9 → 84.6,
/// R 40.5 → 39.3 (one event less found, one false one gone). Then batch 11 became dev (for round
/// 13) and batch 12 (2026-11-30, 20 files by four more new writers: a working group whose taker
/// writes who said what, a developer team running its meeting from issues and PRs, a steering
/// group filling a per-topic template of fields, a platform team writing wiki callouts and a status
/// table) was measured before anybody read it, with the rules of round 12 and again after round
/// 13: both actions P 87.1 R 78.8 (per series by line 88.6, 73.8, 49.3, 98.9), owners 84.7 (84.3
/// before the `group:` fix), task text 96.7, decisions P 87.3 R 68.8, tender events P 92.2 R
/// 63.4, minute-takers P 100 R 80.6. Then batch 12 became dev (for round 14) and batch 13
/// (2026-11-30, 20 files by four more new writers: an operations team's on-call handover of
/// incidents with their follow-ups, a working group switching between German and English, a team
/// writing a digest of a chat thread with reactions as votes, a formal association board with
/// motions, votes and numbered resolutions) was measured before anybody read it, with the rules
/// of round 13: actions P 97.8 R 54.9 (per series by line 35.2, 80.8, 98.5, 24.8), owners 44.4,
/// task text 92.8, decisions P 91.9 R 70.4, tender events P 82.3 R 60.0, minute-takers P 56.2 R
/// 31.0; after round 14: actions P 97.9 R 55.8 (36.6, 83.3, 98.5, 24.8), owners 44.3, task text
/// 92.9, the rest the same. Then batch 13 became dev (for round 15) and batch 14 (2026-11-30, 20
/// files by four more new writers, in styles near the SCS pads: a SIG reviewing standards
/// documents, a hackathon day kept in one pad by several hands, a sprint retrospective and
/// planning board, a large community call of team updates by many writers) was measured before
/// anybody read it, with the rules of round 14 and again after round 15: both actions P 99.1 R
/// 93.2 (per series by line 97.8, 94.8, 88.2, 90.9), owners 75.7, task text 92.1, decisions P
/// 84.4 R 80.9, tender events P 89.1 R 77.0, minute-takers P 90.9 R 58.8. Then batch 14 became
/// dev (for round 16) and batch 15 (2026-11-30 afternoon, 20 files by four more new writers in
/// the kinds of meetings the blind set's held-out series hold, written without reading them: a
/// product council of partners' requests and a roadmap, a weekly walk through a sprint board, a
/// documentation SIG by two alternating writers, a chatty community SIG with some German) was
/// measured before anybody read it, with the rules of round B4 and again after round 16: both
/// actions P 98.0 R 79.5 (per series by line 96.5, 62.4, 69.2, 95.1), owners 90.5, task text
/// 94.6, decisions P 93.3 R 89.7, tender events P 81.7 R 74.2; minute-takers P 95.8 R 74.2 before
/// round 16 and P 96.3 R 83.9 after it. Then batch 15 became dev (for round 17) and batch 16
/// (2026-11-30 afternoon, 20 files by four more new writers: a security SIG copying its open
/// to-dos forward, a release SIG with go/no-go answers, a lower-case monitoring working group, a
/// central-API SIG of options and outcomes) was measured before anybody read it, with the rules of
/// round 16 and again after round 17: both actions P 99.3 R 87.2 (per series by line 95.3, 83.6,
/// 98.5, 74.4), owners 69.5, task text 97.4, decisions P 88.7 R 82.9, tender events P 88.2 R
/// 80.4, minute-takers P 100 R 74.2. Then batch 16 became dev (for round 18) and batch 17
/// (2026-11-30 afternoon, 20 files by four more new writers, meetings of 2026: an IaaS team whose
/// rotating minute-takers each bring their own action marker, a container team with a status
/// table, a terse German-English operations stand-up, a community tech call of many teams) was
/// measured before anybody read it, with the rules of round 18: actions P 87.9 R 69.6 (per series
/// by line 60.3, 89.9, 46.5, 94.9), owners 90.8, task text 92.2, decisions P 93.0 R 73.6, tender
/// events P 90.9 R 84.5, minute-takers P 92.9 R 92.9. The guards are these figures.
const NEW_WRITERS: Targets = Targets {
    action_p: 87.5,
    action_r: 69.5,
    owners: 90.5,
    task: 92.0,
    decision_p: 92.5,
    decision_r: 73.5,
    dates: 100.0,
    takers: 92.5,
    tender_events_p: 90.5,
    tender_events_r: 84.0,
};

/// The invented set (see `invented_set_precision_recall`): guards just under its measurement.
/// 2026-11-30, before any rule was written on it: dev (12 files) actions P 97.9 R 85.8, owners
/// 89.9, task text 90.6, decisions P 94.4 R 81.0, tender events P 79.5 R 77.5, minute-takers
/// P 69.2 R 69.2; holdout (8 files) actions P 100 R 81.1, owners 78.9, task text 90.0, decisions
/// P 89.7 R 72.2, tender events P 90.9 R 71.4, minute-takers P 57.1 R 44.4. After the round on
/// the dev files' misses: dev as below; holdout actions P 100 R 88.3, owners 84.7, task text
/// 91.8, decisions P 90.0 R 75.0, tender events P 91.7 R 78.6, minute-takers P 100 R 77.8 (its
/// files share their writers with the dev files: not the independence of the blind set). After
/// round 2 (on the second batch's dev series): holdout actions P 100 R 91.0, owners 85.1, task
/// text 91.1, the rest the same. Dev with batch 9 joined (172 files), before round 11: actions
/// P 97.3 R 76.1, owners 83.9, task text 91.6, decisions P 95.6 R 76.3, tender events P 79.3
/// R 83.4, minute-takers P 91.9 R 69.8; after round 11 (its guards): actions P 97.4 R 80.3,
/// owners 84.1, task text 91.0, decisions P 95.6 R 79.2, minute-takers P 92.5 R 70.3; after the
/// minute-takers pass (its guard): minute-takers P 96.4 R 89.2, holdout minute-takers P 100 R 88.9.
/// Dev with batch 10 joined (192 files), before round 12 (the guards): actions P 97.6 R 80.5,
/// owners 82.2, task text 89.6, decisions P 95.2 R 80.0, tender events P 80.4 R 82.0,
/// minute-takers P 96.8 R 89.8. After round 12 (numbered headings over reviews, `Follow-ups`
/// headings, a status in parentheses after the owners, owners in square brackets, `→ action:`,
/// an action log's id with the task and its owner in parentheses, words that name nobody; its
/// guards): actions P 97.6 R 81.5, owners 85.3, task text 90.1; batch 11 and the blind set did
/// not move. Then planned in other words: tender events R 84.5 (holdout 85.7); and tenders in
/// action items read as mentions: tender events P 85.2 R 84.3 (holdout P 96.0 R 85.7).
/// Dev with batch 11 joined (212 files), before round 13: actions P 97.7 R 75.8, owners 85.1,
/// task text 90.1, decisions P 94.9 R 76.1, tender events P 85.1 R 77.7, minute-takers P 95.9 R
/// 80.1. After round 13 (a label line over a list read as a heading, ballot boxes, a chat log's
/// `#action` / `#agreed` / `#info`, chat nicks tied to handles, owners after a dash, `A / B`
/// owners; its guards): actions P 97.6 R 79.9, owners 84.0, task text 90.1, decisions P 95.0 R
/// 79.2, tender events P 85.1 R 79.4, minute-takers P 96.8 R 80.8; the holdout, batch 12, the
/// corpus (output byte-identical) and the blind set did not move. Dev with batch 12 joined (232
/// files), before round 14: actions P 96.5 R 79.8, owners 84.1, task text 90.7, decisions P 94.5
/// R 78.5, tender events P 85.8 R 77.2, minute-takers P 97.2 R 80.8. After round 14 (a template's
/// owner field, review headings naming the last meeting by any word or a date in parentheses,
/// `assigned to @a (work)`, `needs an owner`, `@a takes it`, `Next: Name to …`, a speaker's `I
/// will …` and decision label, a question cut to its proposal answered `-> yes, …`, group words
/// `… group` / `… committee`; its guards): actions P 96.6 R 81.6, owners 84.7, task text 90.8,
/// decisions P 94.5 R 79.0, the rest the same; the corpus output byte-identical, the blind set
/// unchanged (a first version also read `review assigned to @a` opening a top-level item: one
/// false action item on the held-out blind half, below its guard; taken out). Dev with batch 13
/// joined (252 files), before round 15: actions P 96.7 R 79.4, owners 82.2, task text 90.9,
/// decisions P 94.4 R 78.4, tender events P 85.5 R 75.3, minute-takers P 94.7 R 76.4. After round
/// 15 (`FU:` follow-ups and their headings, headings of several parts, requests `X is asked to
/// …`, roles and nicks tied to handles by the roster, a name tied as `Name (@handle, role)`, `to`
/// before a capital joining two nouns; its guards): actions P 96.8 R 82.0, owners 83.6, task text
/// 91.2, tender events P 85.8 R 75.3, minute-takers P 96.2 R 77.6, decisions the same; batch 14,
/// the corpus (output byte-identical) and the blind set did not move. Tender news after a
/// speaker's name, a title set off by commas, `plan to publish`: tender events R 75.5. Minute-takers
/// (`Minutes/summary:`, `Moderation + notes:`, `compiled by`, no-break spaces): R 80.4 (P 96.0).
/// Dev with batch 14 joined (272 files), before round 16: actions P 97.0 R 83.0, owners 82.8, task
/// text 91.3, decisions P 93.5 R 78.6, tender events P 86.1 R 75.7, minute-takers P 95.6 R 78.3.
/// After round 16 (a speaker's own `AI`, `Action (all):`, `TODO` without a colon, a review heading
/// with the sprint in parentheses; decisions after an arrow's `decision:`, a vote's result after an
/// arrow, `approved by the X vote`, `what we decided for next time`; minute-takers with a second
/// role after a dash or in a later sentence; its guards): actions R 83.4, decisions P 93.7 R 80.3,
/// tender events P 86.2, minute-takers P 96.1 R 83.1; corpus output byte-identical. Dev with batch
/// 15 joined (292 files), before round 17: actions P 97.1 R 83.1, owners 83.3, task text 91.5,
/// decisions P 93.7 R 80.8, tender events P 85.9 R 75.6, minute-takers P 96.2 R 83.1. After round
/// 17 (the cards of a project board's open columns, an issue opening a piece of work with its
/// assignee in parentheses, `Name doing X:` / `Name's X:` in a review; its guards): actions R
/// 84.0, owners 83.4, task text 91.6, tender events P 86.0 R 75.4 (a card naming a tender is an
/// action item, so the tender is mentioned there); corpus output byte-identical. Dev with batch
/// 16 joined (312 files), after round 18 (the next steps of an earlier meeting named by its date
/// as a review heading, a marked item's owner after a dash; its guards): actions P 97.3 R 84.3,
/// owners 82.6, task text 92.0, decisions P 93.4 R 80.9, tender events P 86.1 R 75.7,
/// minute-takers P 96.4 R 82.5 (round 18 found five more items and nine more owners on batch 16).
/// Round 19 (batch 17 read after its first measurement: `Carried over` and `Follow-ups 27.01.` /
/// `FUs vom 24.02.` / `Neue follow-ups` as review or follow-up headings, `ACTION -> @a …`, a handle
/// written without its `@` in an item's parentheses when the file writes it with one elsewhere):
/// dev (312 files) actions R 84.3 -> 84.7 (P 97.3 -> 97.2), owners 82.6 -> 82.8; batch 17 actions
/// R 69.6 -> 87.2 (P 87.9 -> 90.1). With batch 17 joined (332 files): actions P 96.7 R 84.9,
/// owners 83.1, task text 91.9, decisions P 93.4 R 80.6, tender events P 86.5 R 76.3,
/// minute-takers P 96.1 R 83.1. No batch is left unread (the new-writers column is empty).
/// After rounds B5 and B6 and the fixes after them (2026-11-30 evening, written on the blind set's
/// third batch, then `PB approves …` and tenders `in the pipeline` / `moved to 2026` / `the
/// foundation plans VPxx` as planned): task text 92.0, decisions R 80.8, tender events P 86.6 R
/// 76.9, the rest the same. Stop 27's minute-takers pass (other labels, dashes, a taker after
/// another role, table rows, `notes by @a` in a sentence): takers 83.1 → 88.0; its owners pass
/// (handles closing an item, owners after an em dash before the status, action logs' owners
/// before a comma or a dash): owners 83.1 → 85.4; lists of earlier items under other headings
/// (carry-over, still open, last time, action log): action items R 84.9 → 85.8; decisions in
/// more words (`Konsens:`, `wir einigen uns auf`, `so it is accepted`, …): R 80.8 → 82.3.
/// Stop 28: an action table read by the header row markdown makes (a header naming columns the
/// grammar does not list is no item; the task comes from the column of work, not an id in the
/// first cell): action items P 96.6 → 96.7, owners 85.7 → 85.9, task text 92.3 → 93.4.
/// Stop 30: owners of reviewed items in more shapes (a role or a group in parentheses, an outline
/// number with initials the roster ties to a handle, a nick in small letters, the item handed to
/// somebody after an arrow, people opening the item with their piece of work, `Could X please`):
/// owners 86.5 → 90.1, task text 93.4 → 93.7; the unread invented holdout's owners 90.1 → 94.1.
/// French decisions (`Décision :`, `→ adopté`) and `Konsens: keine …`: decisions R 82.7 → 83.4.
/// Stop 31: a decision's label inside a line, answers judged by their yes and its clause, an OK
/// or `— A:` answering a question on its line, `**Agreed**` over a paragraph of sentences, a
/// body that decides in words under a tenders heading: decisions R 83.4 → 87.9, P 93.6 → 94.0;
/// a marker for people (`TODO for all team leads:`), the French modal: action items R 86.2 → 86.5.
const INVENTED_DEV: Targets = Targets {
    action_p: 96.5,
    action_r: 86.0,
    owners: 89.0,
    task: 93.0,
    decision_p: 93.5,
    decision_r: 87.0,
    dates: 100.0,
    takers: 88.5,
    tender_events_p: 89.0,
    tender_events_r: 86.5,
};
const INVENTED_HOLDOUT: Targets = Targets {
    action_p: 99.5,
    action_r: 90.5,
    owners: 93.5,
    task: 91.0,
    decision_p: 96.0,
    decision_r: 80.0,
    dates: 100.0,
    takers: 88.5,
    tender_events_p: 95.5,
    tender_events_r: 85.5,
};

/// Counts of one field: true positives, engine total, gold total.
#[derive(Debug, Default, Clone, Copy)]
struct Pr {
    tp: usize,
    found: usize,
    gold: usize,
}

impl Pr {
    fn add(&mut self, o: Pr) {
        self.tp += o.tp;
        self.found += o.found;
        self.gold += o.gold;
    }
    fn p(&self) -> f64 {
        if self.found == 0 {
            100.0
        } else {
            100.0 * self.tp as f64 / self.found as f64
        }
    }
    fn r(&self) -> f64 {
        if self.gold == 0 {
            100.0
        } else {
            100.0 * self.tp as f64 / self.gold as f64
        }
    }
}

/// Accuracy over matched pairs: correct / compared.
#[derive(Debug, Default, Clone, Copy)]
struct Acc {
    ok: usize,
    n: usize,
}

impl Acc {
    fn add(&mut self, o: Acc) {
        self.ok += o.ok;
        self.n += o.n;
    }
    fn pct(&self) -> f64 {
        if self.n == 0 {
            100.0
        } else {
            100.0 * self.ok as f64 / self.n as f64
        }
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct Score {
    files: usize,
    actions: Pr,
    owners: Acc,
    task: Acc,
    done: Acc,
    decisions: Pr,
    tenders: Pr,
    tender_events: Pr,
    awardee: Acc,
    dates: Acc,
    takers: Pr,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.files += o.files;
        self.actions.add(o.actions);
        self.owners.add(o.owners);
        self.task.add(o.task);
        self.done.add(o.done);
        self.decisions.add(o.decisions);
        self.tenders.add(o.tenders);
        self.tender_events.add(o.tender_events);
        self.awardee.add(o.awardee);
        self.dates.add(o.dates);
        self.takers.add(o.takers);
    }
}

const STOP: &[&str] = &[
    "a", "an", "the", "to", "of", "and", "or", "in", "on", "for", "with", "at", "by", "from", "is", "are", "be", "it",
    "this", "that", "as", "about", "will", "should", "can", "we", "our", "up", "out", "into", "if", "so", "all",
];

/// Lowercased word tokens without stop words and markup.
fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '#'))
        .filter(|w| !w.is_empty() && !STOP.contains(w))
        .map(|w| w.to_string())
        .collect()
}

/// Token-overlap F1 of two texts (bags of words, stop words ignored).
fn task_f1(a: &str, b: &str) -> f64 {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() && wb.is_empty() {
        return 1.0;
    }
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let mut pool = wb.clone();
    let mut common = 0usize;
    for w in &wa {
        if let Some(i) = pool.iter().position(|x| x == w) {
            pool.swap_remove(i);
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / wa.len() as f64;
    let r = common as f64 / wb.len() as f64;
    2.0 * p * r / (p + r)
}

fn person(s: &str) -> String {
    s.trim().trim_start_matches('@').to_lowercase()
}

fn owner_set(v: &[String]) -> Vec<String> {
    let mut o: Vec<String> = v.iter().map(|s| person(s)).collect();
    o.sort();
    o.dedup();
    o
}

/// Pair gold and engine action items of one line by owner and task similarity.
fn pair_line(gold: &[&GoldAction], found: &[&ActionMention]) -> Vec<(usize, usize)> {
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (fi, f) in found.iter().enumerate() {
            let owners = if owner_set(&g.owners) == owner_set(&f.owners) { 1.0 } else { 0.0 };
            cands.push((owners + task_f1(&g.task, &f.text), gi, fi));
        }
    }
    cands.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
    let (mut gu, mut fu) = (vec![false; gold.len()], vec![false; found.len()]);
    let mut out = Vec::new();
    for (_, gi, fi) in cands {
        if !gu[gi] && !fu[fi] {
            gu[gi] = true;
            fu[fi] = true;
            out.push((gi, fi));
        }
    }
    out
}

fn score_file(g: &Gold, m: &Meeting, log: &mut String) -> Score {
    let mut s = Score { files: 1, ..Default::default() };
    // date
    let date_ok = m.date.map(|d| d.format("%Y-%m-%d").to_string()) == g.date;
    s.dates = Acc { ok: usize::from(date_ok), n: 1 };
    if !date_ok {
        let _ = writeln!(log, "  date: gold {:?}, engine {:?}", g.date, m.date);
    }
    // minute-takers, per person
    let gt = owner_set(&g.minute_takers);
    let ft = owner_set(&m.minute_takers);
    let tp = ft.iter().filter(|p| gt.contains(p)).count();
    s.takers = Pr { tp, found: ft.len(), gold: gt.len() };
    if gt != ft {
        let _ = writeln!(log, "  minute-takers: gold {gt:?}, engine {ft:?}");
    }
    // action items, matched by line
    let mut lines: BTreeMap<usize, (Vec<&GoldAction>, Vec<&ActionMention>)> = BTreeMap::new();
    for a in &g.action {
        lines.entry(a.line).or_default().0.push(a);
    }
    for a in &m.actions {
        lines.entry(a.line).or_default().1.push(a);
    }
    for (line, (ga, fa)) in &lines {
        let pairs = pair_line(ga, fa);
        s.actions.add(Pr { tp: pairs.len(), found: fa.len(), gold: ga.len() });
        for (gi, fi) in &pairs {
            let (g, f) = (ga[*gi], fa[*fi]);
            let owners_ok = owner_set(&g.owners) == owner_set(&f.owners);
            let f1 = task_f1(&g.task, &f.text);
            let task_ok = f1 >= 0.6;
            let done_ok = g.done == f.done;
            s.owners.add(Acc { ok: usize::from(owners_ok), n: 1 });
            s.task.add(Acc { ok: usize::from(task_ok), n: 1 });
            s.done.add(Acc { ok: usize::from(done_ok), n: 1 });
            if !owners_ok {
                let _ = writeln!(log, "  action {line} owners: gold {:?}, engine {:?}", g.owners, f.owners);
            }
            if !task_ok {
                let _ = writeln!(log, "  action {line} task (F1 {f1:.2}): gold {:?}, engine {:?}", g.task, f.text);
            }
            if !done_ok {
                let _ = writeln!(log, "  action {line} done: gold {}, engine {}", g.done, f.done);
            }
        }
        for (gi, g) in ga.iter().enumerate() {
            if !pairs.iter().any(|p| p.0 == gi) {
                let _ = writeln!(log, "  action {line} MISSED: {:?} {:?}", g.owners, g.task);
            }
        }
        for (fi, f) in fa.iter().enumerate() {
            if !pairs.iter().any(|p| p.1 == fi) {
                let _ = writeln!(log, "  action {line} EXTRA: {:?} {:?}", f.owners, f.text);
            }
        }
    }
    // decisions, matched by line with ±1 tolerance
    let mut used = vec![false; m.decisions.len()];
    let mut tp = 0;
    // exact lines first, then ±1
    let mut hit_of: Vec<Option<usize>> = vec![None; g.decision.len()];
    for tol in [0, 1] {
        for (gi, d) in g.decision.iter().enumerate() {
            if hit_of[gi].is_some() {
                continue;
            }
            let hit = (0..m.decisions.len()).find(|&i| !used[i] && m.decisions[i].line.abs_diff(d.line) <= tol);
            if let Some(i) = hit {
                used[i] = true;
                hit_of[gi] = Some(i);
            }
        }
    }
    for (gi, d) in g.decision.iter().enumerate() {
        match hit_of[gi] {
            Some(_) => tp += 1,
            None => {
                let _ = writeln!(log, "  decision {} MISSED: {:?}", d.line, d.text);
            }
        }
    }
    for (i, d) in m.decisions.iter().enumerate() {
        if !used[i] {
            let _ = writeln!(log, "  decision {} EXTRA: {:?}", d.line, d.text);
        }
    }
    s.decisions = Pr { tp, found: m.decisions.len(), gold: g.decision.len() };
    // tenders: mentions by (id, line); lifecycle events (not plain mentions) by (id, line, event)
    let mut seen = Vec::new();
    let found: Vec<_> = m
        .tenders
        .iter()
        .filter(|t| {
            let k = (t.id.clone(), t.line);
            let new = !seen.contains(&k);
            seen.push(k);
            new
        })
        .collect();
    let mut tp = 0;
    let mut ev = Pr::default();
    for gt in &g.tender {
        let f = found.iter().find(|t| t.id.eq_ignore_ascii_case(&gt.id) && t.line == gt.line);
        if gt.event != "mention" {
            ev.gold += 1;
        }
        match f {
            Some(f) => {
                tp += 1;
                let fe = f.status.event();
                if gt.event != "mention" && fe == gt.event {
                    ev.tp += 1;
                } else if fe != gt.event {
                    let _ = writeln!(log, "  tender {} {} event: gold {}, engine {}", gt.id, gt.line, gt.event, fe);
                }
                if let Some(aw) = &gt.awardee {
                    let ok = f.awardee.as_deref().is_some_and(|a| a.eq_ignore_ascii_case(aw));
                    s.awardee.add(Acc { ok: usize::from(ok), n: 1 });
                    if !ok {
                        let _ = writeln!(
                            log,
                            "  tender {} {} awardee: gold {aw:?}, engine {:?}",
                            gt.id, gt.line, f.awardee
                        );
                    }
                }
            }
            None => {
                let _ = writeln!(log, "  tender {} {} MISSED ({})", gt.id, gt.line, gt.event);
            }
        }
    }
    for f in &found {
        if f.status.event() != "mention" {
            ev.found += 1;
        }
        if !g.tender.iter().any(|gt| gt.id.eq_ignore_ascii_case(&f.id) && gt.line == f.line) {
            let _ = writeln!(log, "  tender {} {} EXTRA ({})", f.id, f.line, f.status.event());
        }
    }
    s.tenders = Pr { tp, found: found.len(), gold: g.tender.len() };
    s.tender_events = ev;
    s
}

/// A label file, parsed; one that cannot be read or parsed fails the test, naming the file.
fn read_gold(p: &Path) -> Gold {
    let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn gold_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn table(cols: &[(&str, &Score)]) -> String {
    let mut t = String::new();
    let _ = write!(t, "| field |");
    for (name, s) in cols {
        let _ = write!(t, " {name} ({} files) |", s.files);
    }
    let _ = write!(t, "\n| --- |");
    for _ in cols {
        let _ = write!(t, " --- |");
    }
    t.push('\n');
    let pr = |t: &mut String, label: &str, f: &dyn Fn(&Score) -> Pr| {
        let _ = write!(t, "| {label} |");
        for (_, s) in cols {
            let x = f(s);
            let _ = write!(t, " P {:.1} % · R {:.1} % ({}/{}/{}) |", x.p(), x.r(), x.tp, x.found, x.gold);
        }
        t.push('\n');
    };
    let acc = |t: &mut String, label: &str, f: &dyn Fn(&Score) -> Acc| {
        let _ = write!(t, "| {label} |");
        for (_, s) in cols {
            let x = f(s);
            let _ = write!(t, " {:.1} % ({}/{}) |", x.pct(), x.ok, x.n);
        }
        t.push('\n');
    };
    pr(&mut t, "action items", &|s| s.actions);
    acc(&mut t, "owners (matched items)", &|s| s.owners);
    acc(&mut t, "task text F1 ≥ 0.6 (matched)", &|s| s.task);
    acc(&mut t, "done flag (matched)", &|s| s.done);
    pr(&mut t, "decisions (line ±1)", &|s| s.decisions);
    pr(&mut t, "tender mentions (id+line)", &|s| s.tenders);
    pr(&mut t, "tender lifecycle events", &|s| s.tender_events);
    acc(&mut t, "tender awardee (matched)", &|s| s.awardee);
    acc(&mut t, "dates", &|s| s.dates);
    pr(&mut t, "minute-takers (per person)", &|s| s.takers);
    t
}

#[test]
fn gold_set_precision_recall() {
    let gold_dir = std::env::var("SCSDASH_GOLD")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold")));
    let Some(files) = corpus::files("scs-minutes", &["md"]) else {
        return;
    };
    let minutes = scsdash::minutes::analyze(&files);
    let mut report = String::new();
    let by_split = scores_by_split(&gold_dir, &minutes, &["dev", "holdout"], &mut report);
    let (dev, holdout) = (&by_split["dev"], &by_split["holdout"]);
    let all = total(&[dev, holdout]);
    let t = table(&[("all", &all), ("dev", dev), ("holdout", holdout)]);
    let _ = std::io::Write::write_fmt(&mut std::io::stderr(), format_args!("{report}\n{t}\n"));
    if all.files == 0 {
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!("SKIP: no gold files at {}\n", gold_dir.display()),
        );
        return;
    }
    let mut fails = Vec::new();
    for (split, score, t) in [("dev", dev, &DEV), ("holdout", holdout, &HOLDOUT)] {
        fails.extend(below(split, score, t));
    }
    assert!(fails.is_empty(), "below the gold targets:\n{}", fails.join("\n"));
}

/// Every label file under `gold_dir` scored against `minutes`, summed per split (each of `splits`,
/// the only ones allowed). While rules are written (`GOLD_DEV_ONLY=1`) only the dev files are
/// scored: not even the held-out totals, which would steer the rules; `GOLD_VERBOSE=1` writes the
/// dev files' misses to `report`.
fn scores_by_split(
    gold_dir: &Path,
    minutes: &scsdash::model::meeting::Minutes,
    splits: &[&str],
    report: &mut String,
) -> BTreeMap<String, Score> {
    let (verbose, dev_only) = (flag("GOLD_VERBOSE"), flag("GOLD_DEV_ONLY"));
    let mut out: BTreeMap<String, Score> = splits.iter().map(|s| (s.to_string(), Score::default())).collect();
    for path in gold_files(gold_dir) {
        let g = read_gold(&path);
        assert!(splits.contains(&g.split.as_str()), "{}: split {}", path.display(), g.split);
        let dev_like = g.split == "dev" || g.split == "blind-dev";
        if dev_only && !dev_like {
            continue;
        }
        let Some(m) = minutes.meeting(&g.file) else {
            panic!("{}: the engine has no meeting for {}", path.display(), g.file);
        };
        let mut log = String::new();
        let s = score_file(&g, m, &mut log);
        if dev_like && verbose && !log.is_empty() {
            let _ = writeln!(report, "{}:\n{log}", g.file);
        }
        out.entry(g.split.clone()).or_default().add(&s);
    }
    out
}

/// Whether the environment variable `name` is set to something other than empty or `0`.
fn flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0")
}

/// The scores of `parts` added up.
fn total(parts: &[&Score]) -> Score {
    let mut all = Score::default();
    for p in parts {
        all.add(p);
    }
    all
}

/// The fields of `score` that are under the thresholds `t`, one line each.
fn below(split: &str, score: &Score, t: &Targets) -> Vec<String> {
    let mut fails = Vec::new();
    if score.files == 0 {
        return fails;
    }
    let mut check = |name: &str, v: f64, min: f64| {
        if v + 1e-9 < min {
            fails.push(format!("{split} {name}: {v:.1} % < {min} %"));
        }
    };
    check("action items P", score.actions.p(), t.action_p);
    check("action items R", score.actions.r(), t.action_r);
    check("owners", score.owners.pct(), t.owners);
    check("task text", score.task.pct(), t.task);
    check("decisions P", score.decisions.p(), t.decision_p);
    check("decisions R", score.decisions.r(), t.decision_r);
    check("dates", score.dates.pct(), t.dates);
    check("minute-takers P", score.takers.p(), t.takers);
    check("minute-takers R", score.takers.r(), t.takers);
    check("tender events P", score.tender_events.p(), t.tender_events_p);
    check("tender events R", score.tender_events.r(), t.tender_events_r);
    fails
}

/// The blind set (`tests/gold-blind/`): 371 files (236 until its third batch, 304 until its fourth) of the upstream minutes repository that are
/// NOT in `../shared/corpus` (series such as iam, product-board, sig-documentation, and the Tech
/// Weekly of 2024), labelled by reading in sessions that ran no extractor, after the rules were
/// written. Until 2026-11-30 none of it was used to write a rule. Since then its series are two
/// halves, taken alternately in the order of the SHA-256 of the series' name (decided before
/// anything was read): `blind-dev` (openops, hackathons, community-call, sig-monitoring-audit-
/// log-wg, sig-release, iam, sig-central-api, and since stop 28 sig-iam, sig-markt,
/// sig-documentation, community-meeting; 220 files), whose misses `GOLD_VERBOSE=1` prints
/// and rules may be written on, and `blind` (product-board, project-board, sig-community, five
/// hackathon files; 151 files, see `BLIND` for the re-split): series nobody writing rules
/// reads, whose totals `GOLD_DEV_ONLY=1` leaves out, the honest figure for a series scsdash has
/// not seen. The minutes are not in the corpus, so this reads them from
/// `SCSDASH_BLIND_MINUTES` (a checkout of SovereignCloudStack/minutes, whole, so that each file
/// has its series around it) and skips with a notice without it, also in CI (`SCSDASH_REQUIRE`
/// does not cover it).
#[test]
fn blind_set_precision_recall() {
    // `SCSDASH_BLIND_LABELS` measures another copy of the labels (e.g. a re-split being tried).
    let gold_dir = std::env::var_os("SCSDASH_BLIND_LABELS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold-blind"));
    let Some(root) = std::env::var_os("SCSDASH_BLIND_MINUTES").map(PathBuf::from).filter(|d| d.is_dir()) else {
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!("SKIP: SCSDASH_BLIND_MINUTES names no minutes checkout; the blind set is not measured\n"),
        );
        return;
    };
    let (files, _warnings) = scsdash::sources::read_tree(&root, &["md"]).expect("the blind minutes folder reads");
    let minutes = scsdash::minutes::analyze(&files);
    let mut report = String::new();
    let by_split = scores_by_split(&gold_dir, &minutes, &["blind-dev", "blind", "blind-new"], &mut report);
    let (dev, held, fresh) = (&by_split["blind-dev"], &by_split["blind"], &by_split["blind-new"]);
    let all = total(&[dev, held, fresh]);
    let second_dir = gold_dir.with_file_name("gold-blind-second");
    let dev_only = flag("GOLD_DEV_ONLY");
    let mut agreed = Score::default();
    for path in gold_files(&second_dir) {
        let first = read_gold(&gold_dir.join(path.strip_prefix(&second_dir).unwrap()));
        if dev_only && first.split != "blind-dev" {
            continue;
        }
        let Some(m) = minutes.meeting(&first.file) else { continue };
        agreed.add(&score_file(&consensus(&first, &read_gold(&path)), m, &mut String::new()));
    }
    let t = if dev_only {
        table(&[("blind-dev", dev), ("what both readers labelled", &agreed)])
    } else {
        table(&[
            ("all blind", &all),
            ("blind-dev", dev),
            ("blind, held out", held),
            ("blind, new files unread", fresh),
            ("what both readers labelled", &agreed),
        ])
    };
    let _ = std::io::Write::write_fmt(&mut std::io::stderr(), format_args!("{report}\n{t}\n"));
    if dev_only {
        return;
    }
    assert!(all.files >= 230, "the blind labels are there");
    let mut fails = below("blind-dev", dev, &BLIND_DEV);
    fails.extend(below("blind", held, &BLIND));
    fails.extend(below("blind, new files", fresh, &BLIND_NEW));
    assert!(fails.is_empty(), "below the blind set's guards:\n{}", fails.join("\n"));
}

/// The invented set (`tests/gold-invented/`, minutes in `tests/fixtures/invented-minutes/`):
/// whole meetings of four invented series, each written and labelled by a session that read
/// the labelling rules and no SCS minutes, in the habits of minute-takers other than the
/// corpus's. Its dev files may be read to write rules (`GOLD_VERBOSE=1` prints their misses);
/// its holdout files are never read by whoever writes rules, nor their totals while they do
/// (`GOLD_DEV_ONLY=1`). Needs no corpus: it runs everywhere.
#[test]
fn invented_set_precision_recall() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold_dir = root.join("tests/gold-invented");
    let (files, warnings) = scsdash::sources::read_tree(&root.join("tests/fixtures/invented-minutes"), &["md"])
        .expect("the invented minutes read");
    assert!(warnings.is_empty(), "{warnings:?}");
    let minutes = scsdash::minutes::analyze(&files);
    let mut report = String::new();
    let by_split = scores_by_split(&gold_dir, &minutes, &["dev", "holdout", "new-writers"], &mut report);
    let (dev, holdout, fresh) = (&by_split["dev"], &by_split["holdout"], &by_split["new-writers"]);
    let t = table(&[("invented dev", dev), ("invented holdout", holdout), ("new writers", fresh)]);
    let _ = std::io::Write::write_fmt(&mut std::io::stderr(), format_args!("{report}\n{t}\n"));
    assert!(dev.files >= 10, "the invented labels are there");
    let mut fails = below("invented dev", dev, &INVENTED_DEV);
    fails.extend(below("invented holdout", holdout, &INVENTED_HOLDOUT));
    fails.extend(below("new writers", fresh, &NEW_WRITERS));
    assert!(fails.is_empty(), "below the invented set's guards:\n{}", fails.join("\n"));
}

#[test]
fn task_similarity_measure() {
    assert!(task_f1("organise the hackathon", "Organise hackathon") >= 0.99);
    assert!(task_f1("update #228", "yes") < 0.6);
    assert_eq!(owner_set(&["@Garloff".into(), "garloff".into()]), vec!["garloff".to_string()]);
}

/// Lines of `b` matched one to one with lines of `a` at most `tol` apart.
fn matched_lines(a: &[usize], b: &[usize], tol: usize) -> usize {
    let mut free: Vec<usize> = b.to_vec();
    let mut tp = 0;
    for &x in a {
        let best = free.iter().enumerate().filter(|(_, y)| x.abs_diff(**y) <= tol).min_by_key(|(_, y)| x.abs_diff(**y));
        if let Some((i, _)) = best {
            free.swap_remove(i);
            tp += 1;
        }
    }
    tp
}

/// The first reading's action items and decisions that the second reading also has (actions
/// by line, decisions by line ±1): what two readers agree on. Against it only the engine's
/// recall means something (what it finds beyond is not all wrong).
fn consensus(first: &Gold, second: &Gold) -> Gold {
    let mut g = first.clone();
    g.action.retain(|a| second.action.iter().any(|b| b.line == a.line));
    g.decision.retain(|d| second.decision.iter().any(|e| d.line.abs_diff(e.line) <= 1));
    g
}

/// The blind set read twice (`tests/gold-blind-second/`, 161 of its 371 files, a second reader
/// who had not seen the first labels, action items and decisions only): how far two careful readers agree on
/// minutes of series the rules were not written for. Needs no minutes.
#[test]
fn a_second_reader_agrees_on_the_blind_set() {
    let (actions, decisions, n) =
        second_reading("gold-blind", "gold-blind-second", "second reader vs the blind labels");
    assert!(n >= 100, "the second reading of the blind set is there");
    // Measured 2026-11-29: on the first 43 files actions 98.9 / 97.7 %, decisions 85.7 / 100 %;
    // on all 108 read twice actions 94.3 / 93.8 %, decisions 93.2 / 85.9 %; 2026-11-30, with 30
    // files of the third batch read twice (138): actions 96.4 / 95.5 %, decisions 95.2 / 89.9 %;
    // with 23 files of the fourth batch (every third; 18 held out, 5 dev) read twice by three more
    // sessions (161): actions 96.3 / 95.5 % (on the 23 alone 42 of 44 both ways), decisions
    // 94.6 / 89.7 % (7 of 8 both ways).
    assert!(actions.r() >= 93.0 && actions.p() >= 93.0, "action labels disagree: {actions:?}");
    assert!(decisions.r() >= 85.0 && decisions.p() >= 80.0, "decision labels disagree: {decisions:?}");
}

/// How far a second reading (`second`, a folder of label files) agrees with the first
/// (`first`, the same relative paths): action items by line, decisions by line ±1; "found" is
/// the second reader's labels, "gold" the first reader's. Also the number of files compared.
fn agreement(first: &Path, second: &Path) -> (Pr, Pr, usize) {
    let (mut actions, mut decisions) = (Pr::default(), Pr::default());
    let seconds = gold_files(second);
    for p in &seconds {
        let rel = p.strip_prefix(second).unwrap();
        let (second, first) = (read_gold(p), read_gold(&first.join(rel)));
        assert_eq!(second.file, first.file);
        let lines_a = |g: &Gold| g.action.iter().map(|a| a.line).collect::<Vec<_>>();
        let lines_d = |g: &Gold| g.decision.iter().map(|d| d.line).collect::<Vec<_>>();
        let (a1, a2) = (lines_a(&first), lines_a(&second));
        actions.add(Pr { tp: matched_lines(&a1, &a2, 0), found: a2.len(), gold: a1.len() });
        let (d1, d2) = (lines_d(&first), lines_d(&second));
        decisions.add(Pr { tp: matched_lines(&d1, &d2, 1), found: d2.len(), gold: d1.len() });
    }
    (actions, decisions, seconds.len())
}

/// The second reading `tests/<second>` against the first `tests/<first>` ([`agreement`]),
/// printed as `what`.
fn second_reading(first: &str, second: &str, what: &str) -> (Pr, Pr, usize) {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let (actions, decisions, n) = agreement(&base.join(first), &base.join(second));
    println!(
        "{what}, {n} files: action items {:.1} % of the first reading found, {:.1} % of the second reading in the first ({}/{}/{}); decisions {:.1} % / {:.1} % ({}/{}/{})",
        actions.r(),
        actions.p(),
        actions.tp,
        actions.found,
        actions.gold,
        decisions.r(),
        decisions.p(),
        decisions.tp,
        decisions.found,
        decisions.gold
    );
    (actions, decisions, n)
}

/// `tests/gold-second/` holds a second reading of 64 gold files (32 dev, 32 holdout, picked
/// at random), made by sessions that had not seen the first labels: how far two careful
/// readers agree bounds what the engine can be asked to reach. Needs no corpus.
#[test]
fn a_second_reader_agrees_with_the_gold_labels() {
    let (actions, decisions, n) = second_reading("gold", "gold-second", "second reader vs the gold labels");
    assert!(n >= 60, "the second reading is there");
    // Measured 2026-11-29: actions 97.8 / 97.1 %, decisions 89.7 / 83.3 %.
    assert!(actions.r() >= 95.0 && actions.p() >= 95.0, "action labels disagree: {actions:?}");
    assert!(decisions.r() >= 85.0 && decisions.p() >= 80.0, "decision labels disagree: {decisions:?}");
}
