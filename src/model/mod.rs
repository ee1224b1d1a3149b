//! Plain domain types shared between engines, sources, panes and the CLI.
//!
//! Engines (`minutes`, `schedule`, `search`) take bytes or these values and
//! return these values; they know nothing of the terminal or the network.

use chrono::{NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// One file handed to an engine: a path relative to its source root, always
/// `/`-separated (e.g. `community-call/20230720.md`), and its raw bytes
/// (not necessarily valid UTF-8).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Self { path: path.into(), bytes: bytes.into() }
    }
}

/// A weekly meeting slot announced in the minutes (a "reshuffle"), e.g.
/// `Wed 11:35 – 12:25 CEST: Team Container (Jan) – old IAM slot`.
/// Produced by the minutes engine, consumed by the schedule engine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklySlot {
    pub weekday: Weekday,
    /// Wall-clock start in the zone it was written in.
    pub start: NaiveTime,
    pub end: Option<NaiveTime>,
    /// The zone label as written ("CEST", "CET/CEST", "CET", "UTC", ...).
    /// CET, CEST and CET/CEST all mean wall-clock Europe/Berlin.
    pub zone: String,
    /// Who meets: "Team IaaS", "Operator coffee", ...
    pub team: String,
    /// Coordinator named in brackets, e.g. "Felix".
    pub coordinator: Option<String>,
    /// The note after the dash: "unchanged", "old IAM slot", ...
    pub note: Option<String>,
    /// Valid from this date on (the date of the meeting that announced it).
    pub effective_from: NaiveDate,
    /// Minutes file (relative path) and 1-based line it came from.
    pub path: String,
    pub line: usize,
    /// true when the line announces a single next occurrence ("Next operator
    /// coffee - mon 15:05 CEST") rather than a standing weekly slot.
    pub one_off: bool,
}

pub mod board;
pub mod meeting;
pub mod schedule;
