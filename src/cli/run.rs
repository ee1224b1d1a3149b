//! Carry out a subcommand: load the data the same way the TUI does, call the
//! engine, print the formatted output.

use chrono::{NaiveTime, Utc};

use super::{Command, GlobalOpts, StatusArg};
use crate::config::Config;
use crate::data::{self, SourceChoice};
use crate::model::meeting::ActionStatus;

/// Run a subcommand; `Ok` holds what goes to stdout, `Err` a one-line error.
/// Whatever a subcommand prints passes the one output sanitiser
/// ([`crate::text::sanitize_output`]): JSON escapes, tables replace.
pub async fn run(cmd: Command, opts: &GlobalOpts, cfg: &Config) -> Result<String, String> {
    let json = wants_json(&cmd);
    let out = run_unsanitised(cmd, opts, cfg).await?;
    Ok(crate::text::sanitize_output(&out, json).into_owned())
}

/// Most warnings printed one by one; the rest are counted.
pub const MAX_WARNINGS_SHOWN: usize = 20;

/// Print load warnings on stderr: one line each, up to
/// [`MAX_WARNINGS_SHOWN`], then a count of the rest.
pub fn print_warnings(warnings: &[String]) {
    for w in warnings.iter().take(MAX_WARNINGS_SHOWN) {
        crate::text::eprint_diagnostic(&format!("scsdash: warning: {w}"));
    }
    if warnings.len() > MAX_WARNINGS_SHOWN {
        crate::text::eprint_diagnostic(&format!(
            "scsdash: … and {} more warnings (the log has them all)",
            warnings.len() - MAX_WARNINGS_SHOWN
        ));
    }
}

/// With `--strict`, warnings make the command fail after its output.
fn strict_check(opts: &GlobalOpts, n: usize) -> Result<(), String> {
    if opts.strict && n > 0 {
        Err(format!("{n} warning{} (--strict)", if n == 1 { "" } else { "s" }))
    } else {
        Ok(())
    }
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
        Command::Next(n) => n.json,
        Command::Remind | Command::Completions { .. } | Command::Man => false,
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
        Command::Sync(j) => super::sync::run_cli(opts, cfg, j.json).await,
        // main.rs runs `next` without a runtime; here for completeness
        Command::Remind => super::remind::run_cli(opts, cfg).await.map(|()| String::new()),
        // `--as-of` applies here too (the clock stands still with a time).
        Command::Next(a) => super::next::run(&a, opts, cfg).map(Option::unwrap_or_default),
        cmd => {
            let choice = SourceChoice::new(&opts.sources(), cfg);
            // These three print only cross-meeting views, which the index keeps per day.
            // Only the parts they print are decoded.
            use crate::index::{ViewsPart, ViewsWant};
            let views = match &cmd {
                Command::Actions(a) => Some(ViewsWant::of(
                    &[ActionStatus::Open, ActionStatus::Done, ActionStatus::Stale]
                        .into_iter()
                        .filter(|s| status_filter(a.status).allows(*s))
                        .map(ViewsPart::Actions)
                        .collect::<Vec<_>>(),
                )),
                Command::Tenders(_) => Some(ViewsWant::of(&[ViewsPart::Tenders])),
                Command::Decisions(_) => Some(ViewsWant::of(&[ViewsPart::Decisions])),
                _ => None,
            };
            let (loaded, n_meetings) = tokio::task::spawn_blocking(move || {
                if let Some(want) = views {
                    data::load_views(&choice, want).map(|(_, d, n)| (d, n)).map_err(|e| e.to_string())
                } else {
                    data::load_checked(&choice)
                        .map(|(_, d)| {
                            let n = d.minutes.meetings.len();
                            (d, n)
                        })
                        .map_err(|e| e.to_string())
                }
            })
            .await
            .map_err(|e| format!("internal error: {e}"))??;
            for w in &loaded.warnings {
                tracing::warn!("{w}");
            }
            print_warnings(&loaded.warnings);
            let needs_minutes = matches!(
                cmd,
                Command::Meetings(_)
                    | Command::Actions(_)
                    | Command::Tenders(_)
                    | Command::Decisions(_)
                    | Command::Search(_)
            );
            if needs_minutes && n_meetings == 0 {
                return Err("no minutes found (check --minutes-dir)".into());
            }
            let json = wants_json(&cmd);
            let out = run_data(cmd, opts, cfg, &loaded);
            let n_warnings = loaded.warnings.len();
            // The process ends right after printing: freeing every parsed
            // meeting one by one would only cost time (a large history has many).
            std::mem::forget(loaded);
            let out = out?;
            if let Err(e) = strict_check(opts, n_warnings) {
                // The output still goes out; the exit status carries the verdict.
                use std::io::Write;
                let mut stdout = std::io::stdout().lock();
                let _ = stdout.write_all(crate::text::sanitize_output(&out, json).as_bytes());
                if !out.ends_with('\n') && !out.is_empty() {
                    let _ = stdout.write_all(b"\n");
                }
                let _ = stdout.flush();
                return Err(e);
            }
            Ok(out)
        }
    }
}

fn status_filter(s: StatusArg) -> super::minutes::StatusFilter {
    use super::minutes::StatusFilter;
    match s {
        StatusArg::Open => StatusFilter::Open,
        StatusArg::Done => StatusFilter::Done,
        StatusArg::Stale => StatusFilter::Stale,
        StatusArg::All => StatusFilter::All,
    }
}

fn run_data(cmd: Command, opts: &GlobalOpts, cfg: &Config, d: &data::Data) -> Result<String, String> {
    use super::minutes as m;
    Ok(match cmd {
        Command::Meetings(j) => m::meetings_output(&d.minutes, j.json),
        Command::Actions(a) => {
            let f = m::ActionFilter { series: a.series, owner: a.owner, status: status_filter(a.status) };
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
            let from_day =
                s.from.or(opts.as_of.map(|a| a.date)).unwrap_or_else(|| Utc::now().with_timezone(&tz).date_naive());
            let (lo, hi) = (crate::schedule::limits::MIN_YEAR, crate::schedule::limits::MAX_YEAR);
            if !crate::schedule::limits::date_in_range(from_day) {
                return Err(format!("--from {from_day}: dates outside {lo}–{hi} are not supported"));
            }
            // Local midnight; where it does not exist (DST at midnight) the
            // engine's rule shifts it forward by the gap.
            let from = crate::schedule::zone::local_to_utc(tz, from_day.and_time(NaiveTime::MIN));
            let to_day = from_day
                .checked_add_days(chrono::Days::new(u64::from(s.days)))
                .ok_or_else(|| format!("--from {from_day} --days {}: past the last supported date", s.days))?;
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
