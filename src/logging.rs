//! Logs go to a file in the platform state (or cache) dir, never to the
//! screen: the TUI owns the terminal. `SCSDASH_LOG` sets the filter.

use tracing_appender::non_blocking::WorkerGuard;

/// Start file logging; keep the guard alive until exit. Silently does
/// nothing when no log directory can be made.
pub fn init() -> Option<WorkerGuard> {
    let dirs = crate::config::project_dirs()?;
    let dir = dirs.state_dir().unwrap_or_else(|| dirs.cache_dir()).to_path_buf();
    std::fs::create_dir_all(&dir).ok()?;
    let appender = tracing_appender::rolling::never(&dir, "scsdash.log");
    // The default queue of 128,000 lines is a channel whose every slot is written when it is
    // made: ~5 MB of page faults, a tenth of a warm `scsdash actions` run. A few thousand
    // lines are plenty for what scsdash logs (the queue drops lines when it is full).
    let (writer, guard) =
        tracing_appender::non_blocking::NonBlockingBuilder::default().buffered_lines_limit(4096).finish(appender);
    let filter = tracing_subscriber::EnvFilter::try_from_env("SCSDASH_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("scsdash=info,octocrab=warn"));
    tracing_subscriber::fmt().with_writer(writer).with_ansi(false).with_env_filter(filter).try_init().ok()?;
    Some(guard)
}
