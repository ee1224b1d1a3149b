//! The command line (clap) and the non-interactive subcommands. Each
//! subcommand calls the same engines as the panes.

pub mod minutes;
pub mod next;
pub mod remind;
pub mod run;
pub mod schedule;
pub mod search;
pub mod sync;

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// A terminal dashboard for the Sovereign Cloud Stack community's meetings.
#[derive(Debug, Parser)]
#[command(name = "scsdash", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Flags accepted by the TUI and by every subcommand.
#[derive(Debug, Clone, Default, Args)]
pub struct GlobalOpts {
    /// Config file (default: the platform config dir's scsdash/config.toml)
    #[arg(long, global = true, value_name = "FILE", env = "SCSDASH_CONFIG")]
    pub config: Option<PathBuf>,
    /// Use the bundled demo workspace, never the network
    #[arg(long, global = true)]
    pub demo: bool,
    /// Read minutes from a local folder or clone (<series>/<YYYYMMDD>.md)
    #[arg(long, global = true, value_name = "DIR")]
    pub minutes_dir: Option<PathBuf>,
    /// Read the calendar from a local yaml2ics folder or clone
    #[arg(long, global = true, value_name = "DIR")]
    pub calendar_dir: Option<PathBuf>,
    /// Read the calendar from an ICS file or http(s) feed. Without a value,
    /// on `schedule`: print the merged schedule as an iCalendar file
    #[arg(long, global = true, value_name = "FILE_OR_URL", num_args = 0..=1, default_missing_value = "")]
    pub ics: Option<String>,
    /// Read the calendar from an ICS file or http(s) feed (same as --ics FILE_OR_URL)
    #[arg(long, global = true, value_name = "FILE_OR_URL")]
    pub ics_source: Option<String>,
    /// Display time zone (IANA name, e.g. America/New_York)
    #[arg(long, global = true, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Never touch the network; use the cache or local folders
    #[arg(long, global = true)]
    pub offline: bool,
    /// GitHub API base URL (GitHub Enterprise, tests)
    #[arg(long, global = true, value_name = "URL")]
    pub github_api_url: Option<String>,
    /// Base URL for raw file downloads
    #[arg(long, global = true, value_name = "URL")]
    pub github_raw_url: Option<String>,
    /// Answer as on this day (YYYY-MM-DD; default today): only minutes up to it,
    /// staleness, ages and next meetings relative to it. YYYY-MM-DDTHH:MM also
    /// fixes the time of day (UTC): the clock stands still, for reproducible screens
    #[arg(long, global = true, value_name = "DATE", value_parser = parse_as_of)]
    pub as_of: Option<crate::data::AsOf>,
    /// Cache directory (default: the platform cache dir)
    #[arg(long, global = true, value_name = "DIR", env = "SCSDASH_CACHE_DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Treat warnings (skipped files, calendar entries dropped) as errors: exit non-zero
    #[arg(long, global = true)]
    pub strict: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the meetings found in the minutes
    Meetings(JsonOpt),
    /// Tracked action items
    Actions(ActionsArgs),
    /// Tenders with their current status and history
    Tenders(TendersArgs),
    /// Decisions recorded in the minutes, newest first
    Decisions(DecisionsArgs),
    /// Every meeting occurrence in a window, in your time zone
    Schedule(ScheduleArgs),
    /// Search every meeting's text
    Search(SearchArgs),
    /// Sync minutes and calendar from GitHub into the cache
    Sync(JsonOpt),
    /// One line about your teams' next meeting, for prompts and status bars
    /// (reads the cache or local sources only; exit 1 when there is none)
    Next(NextArgs),
    /// Meeting reminders without the dashboard (for a user service): a line on
    /// stdout and a desktop notification before each meeting of your teams;
    /// ends on SIGTERM or Ctrl-C
    Remind,
    /// Print shell completions
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff)
    Man,
}

#[derive(Debug, Args)]
pub struct JsonOpt {
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct NextArgs {
    /// Output template. Fields: {title} {series} {start} {start:%H:%M} {end}
    /// {end:FMT} {date} {in} {minutes} {url} {pad} {location} {tz}; {{ and }}
    /// for braces. Default: "{title} {start} ({in})" then " · {url}" if any
    #[arg(long, value_name = "TEMPLATE")]
    pub format: Option<String>,
    /// Only a meeting starting within this time (30m, 2h, 1h30m, 1d);
    /// print nothing and exit 1 when there is none
    #[arg(long, value_name = "DURATION")]
    pub within: Option<String>,
    /// Any team's meeting, not only those of `user.teams`
    #[arg(long)]
    pub all: bool,
    /// Print one JSON object
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum StatusArg {
    Open,
    Done,
    /// Not mentioned for several meetings of its series (alias: dropped)
    #[value(alias = "dropped")]
    Stale,
    All,
}

#[derive(Debug, Args)]
pub struct ActionsArgs {
    /// Only this series (folder name, e.g. container)
    #[arg(long)]
    pub series: Option<String>,
    /// Only items owned by this handle or name
    #[arg(long)]
    pub owner: Option<String>,
    #[arg(long, value_enum, default_value_t = StatusArg::Open)]
    pub status: StatusArg,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TendersArgs {
    /// Only tenders still open (not awarded or started)
    #[arg(long)]
    pub open: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DecisionsArgs {
    #[arg(long)]
    pub series: Option<String>,
    /// Only decisions on or after this date (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// First day (YYYY-MM-DD, in the display zone); default today
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Number of days
    #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u32).range(1..=3660))]
    pub days: u32,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for (words must all appear on a line; case-insensitive)
    pub query: String,
    #[arg(long)]
    pub series: Option<String>,
    #[arg(long, value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

/// `--as-of`: YYYY-MM-DD, or YYYY-MM-DDTHH:MM (UTC).
fn parse_as_of(s: &str) -> Result<crate::data::AsOf, String> {
    if let Some((d, t)) = s.split_once('T') {
        let date = parse_date(d)?;
        let time = chrono::NaiveTime::parse_from_str(t.trim_end_matches('Z'), "%H:%M")
            .map_err(|_| format!("'{s}' is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM, UTC)"))?;
        return Ok(crate::data::AsOf { date, time: Some(time) });
    }
    Ok(crate::data::AsOf { date: parse_date(s)?, time: None })
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("'{s}' is not a date (YYYY-MM-DD)"))
}

impl GlobalOpts {
    /// The ICS source given by `--ics FILE_OR_URL` or `--ics-source`.
    /// The source options, as the layers below the CLI take them.
    pub fn sources(&self) -> crate::data::SourceOpts {
        crate::data::SourceOpts {
            demo: self.demo,
            minutes_dir: self.minutes_dir.clone(),
            calendar_dir: self.calendar_dir.clone(),
            ics: self.ics_source().map(str::to_string),
            offline: self.offline,
            cache_dir: self.cache_dir.clone(),
            github_api_url: self.github_api_url.clone(),
            github_raw_url: self.github_raw_url.clone(),
            as_of: self.as_of,
        }
    }

    pub fn ics_source(&self) -> Option<&str> {
        self.ics_source.as_deref().or(self.ics.as_deref().filter(|s| !s.is_empty()))
    }
    /// `--ics` given without a value: export the schedule as iCalendar.
    pub fn ics_export(&self) -> bool {
        self.ics.as_deref() == Some("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_definition_is_valid() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn ics_flag_and_source() {
        let c = Cli::try_parse_from(["scsdash", "schedule", "--ics", "--days", "3"]).unwrap();
        assert!(c.global.ics_export());
        assert_eq!(c.global.ics_source(), None);
        let c = Cli::try_parse_from(["scsdash", "--ics", "cal.ics", "schedule"]).unwrap();
        assert!(!c.global.ics_export());
        assert_eq!(c.global.ics_source(), Some("cal.ics"));
        let c = Cli::try_parse_from(["scsdash", "schedule", "--ics-source", "a.ics", "--ics"]).unwrap();
        assert!(c.global.ics_export());
        assert_eq!(c.global.ics_source(), Some("a.ics"));
    }
}
