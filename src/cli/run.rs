//! Carry out a subcommand: load the data the same way the TUI does, call the
//! engine, print the formatted output.

use chrono::{NaiveTime, Utc};

use super::{Command, GlobalOpts, StatusArg};
use crate::config::Config;
use crate::data::{self, SourceChoice};

/// Run a subcommand; `Ok` holds what goes to stdout, `Err` a one-line error.
/// Whatever a subcommand prints passes the one output sanitiser
/// ([`crate::text::sanitize_output`]): JSON escapes, tables replace.
pub async fn run(cmd: Command, opts: &GlobalOpts, cfg: &Config) -> Result<String, String> {
    let json = wants_json(&cmd);
    let out = run_unsanitised(cmd, opts, cfg).await?;
    Ok(crate::text::sanitize_output(&out, json).into_owned())
}

/// Whether the subcommand prints JSON.
fn wants_json(cmd: &Command) -> bool {
    match cmd {
        Command::Meetings(j) | Command::Sync(j) => j.json,
        Command::Actions(a) => a.json,
        Command::Tenders(t) => t.json,
        Command::Decisions(d) => d.json,
        Command::Schedule(s) => s.json,
        Command::Search(s) => s.json,
        Command::Completions { .. } | Command::Man => false,
    }
}

async fn run_unsanitised(cmd: Command, opts: &GlobalOpts, cfg: &Config) -> Result<String, String> {
    match cmd {
        Command::Completions { shell } => {
            use clap::CommandFactory;
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut super::Cli::command(), "scsdash", &mut out);
            Ok(String::from_utf8_lossy(&out).into_owned())
        }
        Command::Man => {
            use clap::CommandFactory;
            let mut out = Vec::new();
            clap_mangen::Man::new(super::Cli::command()).render(&mut out).map_err(|e| e.to_string())?;
            Ok(String::from_utf8_lossy(&out).into_owned())
        }
        Command::Sync(j) => crate::sync::run_cli(opts, cfg, j.json).await,
        // main.rs runs `next` without a runtime; here for completeness
        Command::Remind => super::remind::run_cli(opts, cfg).await.map(|()| String::new()),
        Command::Next(a) => super::next::run(&a, opts, cfg, Utc::now()).map(Option::unwrap_or_default),
        cmd => {
            let choice = SourceChoice::new(&opts.sources(), cfg);
            let loaded = tokio::task::spawn_blocking(move || data::load_checked(&choice).map(|(_, d)| d))
            .await
            .map_err(|e| format!("internal error: {e}"))??;
            let needs_minutes = matches!(
                cmd,
                Command::Meetings(_)
                    | Command::Actions(_)
                    | Command::Tenders(_)
                    | Command::Decisions(_)
                    | Command::Search(_)
            );
            if needs_minutes && loaded.minutes.meetings.is_empty() {
                return Err("no minutes found (check --minutes-dir)".into());
            }
            let out = run_data(cmd, opts, cfg, &loaded);
            // The process ends right after printing: freeing every parsed
            // meeting one by one would only cost time (a large history has many).
            std::mem::forget(loaded);
            out
        }
    }
}

fn run_data(cmd: Command, opts: &GlobalOpts, cfg: &Config, d: &data::Data) -> Result<String, String> {
    use super::minutes as m;
    Ok(match cmd {
        Command::Meetings(j) => m::meetings_output(&d.minutes, j.json),
        Command::Actions(a) => {
            let status = match a.status {
                StatusArg::Open => m::StatusFilter::Open,
                StatusArg::Done => m::StatusFilter::Done,
                StatusArg::Dropped => m::StatusFilter::Dropped,
                StatusArg::All => m::StatusFilter::All,
            };
            let f = m::ActionFilter { series: a.series, owner: a.owner, status };
            m::actions_output(&d.minutes, &f, a.json)
        }
        Command::Tenders(t) => m::tenders_output(&d.minutes, t.open, t.json),
        Command::Decisions(x) => m::decisions_output(&d.minutes, x.series.as_deref(), x.since, x.json),
        Command::Search(s) => {
            if s.query.trim().is_empty() {
                return Err("empty search query".into());
            }
            let q =
                crate::search::Query { text: s.query, series: s.series, since: s.since, until: None, limit: s.limit };
            super::search::search_output(&d.index.search(&q), s.json)
        }
        Command::Schedule(s) => {
            let tz = crate::schedule::resolve_display_tz_strict(opts.tz.as_deref(), cfg.user.timezone.as_deref())
                .map_err(|e| e.to_string())?;
            let from_day = s.from.unwrap_or_else(|| Utc::now().with_timezone(&tz).date_naive());
            // Local midnight; where it does not exist (DST at midnight) the
            // engine's rule shifts it forward by the gap.
            let from = crate::schedule::zone::local_to_utc(tz, from_day.and_time(NaiveTime::MIN));
            let to_day = from_day + chrono::Days::new(u64::from(s.days));
            let to = crate::schedule::zone::local_to_utc(tz, to_day.and_time(NaiveTime::MIN));
            if opts.ics_export() {
                d.schedule.to_ics(from, to)
            } else {
                super::schedule::schedule_output(&d.schedule.occurrences(from, to, tz), s.json)
            }
        }
        // Handled by `run` before any data is loaded.
        Command::Sync(_) | Command::Next(_) | Command::Remind | Command::Completions { .. } | Command::Man => {
            return Err("internal error: this command needs no minutes data".into())
        }
    })
}
