//! Domain types produced by the minutes engine (`crate::minutes`): one
//! [`Meeting`] per minutes file, and the cross-meeting views in [`Minutes`]
//! (tracked action items, tender timelines, decisions, schedule slots).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::WeeklySlot;

/// A heading of a minutes file (the section tree, flattened in order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Heading level 1..=6.
    pub level: u8,
    /// Plain heading text (markup removed).
    pub title: String,
    /// 1-based line of the heading.
    pub line: usize,
}

/// A hyperlink found in a minutes file (markdown link, autolink or bare URL).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// Link text (the URL itself for bare URLs).
    pub text: String,
    /// Target URL.
    pub url: String,
    /// 1-based line.
    pub line: usize,
}

/// Lightning talks announced in a meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LightningTalks {
    /// Talks held in this meeting.
    pub this_week: Vec<String>,
    /// Talks announced for the next meeting.
    pub next_week: Vec<String>,
}

/// Status of a tracked action item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    /// Still open (seen in the latest meeting of its series, not done).
    Open,
    /// Marked done (`[x]`, "done", "**DONE**", ✅, strikethrough).
    Done,
    /// Not mentioned again for several meetings of its series (or cancelled);
    /// "dropped" in earlier versions.
    Stale,
}

impl ActionStatus {
    /// Lowercase name as used in the CLI and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Stale => "stale",
        }
    }
}

/// One action item as written in one meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionMention {
    /// Owners as written, GitHub handles without `@` ("fkr") or plain names ("Matej").
    pub owners: Vec<String>,
    /// The task text (owner prefix and done markers removed).
    pub text: String,
    /// Whether this mention marks the item as done.
    pub done: bool,
    /// Whether this mention marks the item as cancelled/obsolete (-> dropped).
    pub cancelled: bool,
    /// Latest progress note (last sub-bullet), if any.
    pub progress: Option<String>,
    /// Linked issues/PRs and other links on the item and its sub-bullets.
    pub links: Vec<Link>,
    /// 1-based line of the item.
    pub line: usize,
    /// Heading the item sits under ("" when none).
    pub heading: String,
    /// true when listed in a "Pending action items"-style review section.
    pub carried: bool,
}

/// Normalised tender status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TenderStatus {
    /// Being prepared, approved, waiting for funds, announced as upcoming.
    Preparing,
    /// Published, offer period running.
    Open,
    /// Offers received / being evaluated.
    Evaluating,
    /// Decision made, funds pending.
    Decided,
    /// Awarded (congratulations to X).
    Awarded,
    /// Onboarded, kick-off, collaboration started.
    Started,
    /// Done, ended, finalised, wrapped up.
    Finished,
    /// To be tendered again.
    Retender,
    /// Cancelled, dropped, will not happen.
    Cancelled,
    /// Mentioned without a recognisable status.
    Unknown,
}

impl TenderStatus {
    /// Lowercase name as used in the CLI and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            TenderStatus::Preparing => "preparing",
            TenderStatus::Open => "open",
            TenderStatus::Evaluating => "evaluating",
            TenderStatus::Decided => "decided",
            TenderStatus::Awarded => "awarded",
            TenderStatus::Started => "started",
            TenderStatus::Finished => "finished",
            TenderStatus::Retender => "retender",
            TenderStatus::Cancelled => "cancelled",
            TenderStatus::Unknown => "unknown",
        }
    }

    /// The lifecycle event this status reports, in the words of the gold set
    /// (`tests/gold/README.md`): planned, published, evaluating, decided,
    /// awarded, running, finished, retender, cancelled, or mention.
    pub fn event(self) -> &'static str {
        match self {
            TenderStatus::Preparing => "planned",
            TenderStatus::Open => "published",
            TenderStatus::Evaluating => "evaluating",
            TenderStatus::Decided => "decided",
            TenderStatus::Awarded => "awarded",
            TenderStatus::Started => "running",
            TenderStatus::Finished => "finished",
            TenderStatus::Retender => "retender",
            TenderStatus::Cancelled => "cancelled",
            TenderStatus::Unknown => "mention",
        }
    }

    /// A tender is open until it is awarded, started, finished or cancelled.
    pub fn is_open(self) -> bool {
        !matches!(
            self,
            TenderStatus::Awarded | TenderStatus::Started | TenderStatus::Finished | TenderStatus::Cancelled
        )
    }
}

/// One mention of a tender in one meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenderMention {
    /// Normalised id: `VP12`, `VP06a-2`, `VP09a`.
    pub id: String,
    /// The parenthesised subject, e.g. "Health monitoring".
    pub title: Option<String>,
    /// Status of this mention.
    pub status: TenderStatus,
    /// Awardee named in this mention ("B1 Systems").
    pub awardee: Option<String>,
    /// The source text.
    pub text: String,
    /// 1-based line.
    pub line: usize,
}

/// One entry of a tender's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenderEvent {
    /// Date of the meeting (None for undated files).
    pub date: Option<NaiveDate>,
    /// Minutes file, relative to the minutes root.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// Status of this mention (after timeline smoothing).
    pub status: TenderStatus,
    /// The lifecycle event (planned, published, evaluating, decided, awarded,
    /// running, finished, retender, cancelled, mention).
    pub event: String,
    /// The source text.
    pub text: String,
}

/// A tender across all meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tender {
    /// Normalised id (`VP12`, `VP06a-2`).
    pub id: String,
    /// The parenthesised subject of the first mention that had one.
    pub title: Option<String>,
    /// Latest known status (unknown mentions do not override a known one).
    pub status: TenderStatus,
    /// Not yet awarded and mentioned within `tenders.stale_after_days` of the as-of day.
    pub open: bool,
    /// Not yet awarded but not mentioned for longer than that: old news.
    pub stale: bool,
    /// Date of the latest mention (its last news).
    pub last_update: Option<NaiveDate>,
    /// The lifecycle: every mention that reports an event (not plain mentions).
    pub events: Vec<TenderEvent>,
    /// Latest awardee named ("B1 Systems").
    pub awardee: Option<String>,
    /// Date of the first mention.
    pub first_seen: Option<NaiveDate>,
    /// Date of the latest mention.
    pub last_seen: Option<NaiveDate>,
    /// Every mention in meeting order.
    pub history: Vec<TenderEvent>,
}

/// A statement recording a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// Date of the meeting.
    pub date: Option<NaiveDate>,
    /// Series folder, e.g. `iaas`.
    pub series: String,
    /// Minutes file, relative to the minutes root.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// The heading it sits under ("" when none).
    pub heading: String,
    /// The statement (with the question it answers, when it is an answer).
    pub text: String,
    /// `path:line` of the team meeting's decision this one reports again (Tech Weekly).
    pub same_as: Option<String>,
}

impl Decision {
    /// The decision's own words, without the heading that a short verdict carries so that it
    /// reads alone (`Revisit os_purpose topic: no objection` → `no objection`): for a view that
    /// shows the heading beside it, and for matching a report of it elsewhere.
    pub fn own_words(&self) -> &str {
        let h = self.topic();
        self.text.strip_prefix(h).and_then(|r| r.strip_prefix(": ")).filter(|_| !h.is_empty()).unwrap_or(&self.text)
    }

    /// The heading as a topic (`Topic: verdict`): without markdown's `#` and spaces.
    pub fn topic(&self) -> &str {
        self.heading.trim_start_matches('#').trim()
    }
}

/// A warning attached to one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileWarning {
    /// Minutes file, relative to the minutes root.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

/// Where a tracked action item was mentioned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionRef {
    /// Minutes file, relative to the minutes root.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// Date of the meeting.
    pub date: Option<NaiveDate>,
    /// The action text as written in that meeting.
    pub text: String,
}

/// A file and line that support a status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Minutes file, relative to the minutes root.
    pub path: String,
    /// 1-based line.
    pub line: usize,
}

/// An action item tracked across the meetings of one series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackedAction {
    /// Stable id: short hash of series + normalised text of the first mention.
    pub id: String,
    /// Series folder, e.g. `sig-standardization`.
    pub series: String,
    /// Owners over all mentions (handles without `@`, or plain names).
    pub owners: Vec<String>,
    /// Text of the first mention.
    pub text: String,
    /// open / done / stale.
    pub status: ActionStatus,
    /// The mention that set the status: the done mark, or the last mention.
    pub status_evidence: Option<Evidence>,
    /// Days from the first mention to the as-of day (or the newest meeting).
    pub age_days: Option<i64>,
    /// Date of the first mention.
    pub first_seen: Option<NaiveDate>,
    /// Date of the latest mention.
    pub last_seen: Option<NaiveDate>,
    /// Number of meetings it was mentioned in (age).
    pub meetings: usize,
    /// Latest progress note.
    pub progress: Option<String>,
    /// URLs of linked issues/PRs.
    pub links: Vec<String>,
    /// Every mention, oldest first.
    pub mentions: Vec<MentionRef>,
}

/// One minutes file, parsed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// Folder name, e.g. `community-call`.
    pub series: String,
    /// From the file name; None (with a warning) when it has no date.
    pub date: Option<NaiveDate>,
    /// Path relative to the minutes root.
    pub path: String,
    /// Front matter title, first heading naming the meeting, or "<series> <date>".
    pub title: String,
    /// Who wrote / transferred the minutes (as written: `Matej`, `@jschoone`).
    pub minute_takers: Vec<String>,
    /// Participants list (as written).
    pub participants: Vec<String>,
    /// All headings in order.
    pub sections: Vec<Section>,
    /// All links in order.
    pub links: Vec<Link>,
    /// Each team's minutes link in the Tech Weekly: (team heading, url).
    pub team_minutes: Vec<(String, String)>,
    /// New members welcomed.
    pub new_members: Vec<String>,
    /// Hackathons mentioned.
    pub hackathons: Vec<String>,
    /// Lightning talks of this and the next meeting.
    pub lightning_talks: LightningTalks,
    /// Action items as written in this meeting.
    pub actions: Vec<ActionMention>,
    /// Tender mentions.
    pub tenders: Vec<TenderMention>,
    /// Announced meeting slots.
    pub slots: Vec<WeeklySlot>,
    /// Decisions recorded.
    pub decisions: Vec<Decision>,
    /// Problems with the file (invalid UTF-8, truncated, no date, empty, a heading
    /// date that disagrees with the file name, a copy of another file).
    pub warnings: Vec<String>,
    /// Path of an earlier, byte-identical file: this one is the same meeting again
    /// and counts neither as a meeting nor as a mention of its items.
    pub copy_of: Option<String>,
    /// FNV-1a hash of the file's bytes (0 for an empty file): finds byte-identical copies.
    #[serde(default)]
    pub content_hash: u64,
    /// `(Name, handle)` pairs the file ties together (`@handle (Name)`), for owners.
    #[serde(default)]
    pub name_links: Vec<(String, String)>,
    /// The lossily decoded, capped text (LF line endings), for the reader and search.
    #[serde(skip)]
    pub text: String,
}

/// Everything extracted from a minutes tree.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Minutes {
    /// Sorted by date (undated last), then path.
    pub meetings: Vec<Meeting>,
    /// Action items tracked across meetings, grouped by series.
    pub actions: Vec<TrackedAction>,
    /// One timeline per tender, open ones first.
    pub tenders: Vec<Tender>,
    /// All decisions in meeting order.
    pub decisions: Vec<Decision>,
    /// All announced slots in meeting order.
    pub slots: Vec<WeeklySlot>,
}

impl Minutes {
    /// The meeting parsed from `path` (relative to the minutes root).
    pub fn meeting(&self, path: &str) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.path == path)
    }

    /// The newest meeting of each series, ordered by series name.
    pub fn latest_per_series(&self) -> Vec<&Meeting> {
        let mut latest: std::collections::BTreeMap<&str, &Meeting> = Default::default();
        for m in &self.meetings {
            // meetings are sorted by date then path, so the last one wins
            if m.date.is_some() || !latest.contains_key(m.series.as_str()) {
                latest.insert(m.series.as_str(), m);
            }
        }
        latest.into_values().collect()
    }

    /// All file warnings, in meeting order.
    pub fn warnings(&self) -> Vec<FileWarning> {
        self.meetings
            .iter()
            .flat_map(|m| m.warnings.iter().map(|w| FileWarning { path: m.path.clone(), message: w.clone() }))
            .collect()
    }
}
