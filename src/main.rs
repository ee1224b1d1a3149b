//! `scsdash`: parse the command line, set up logging, run the TUI or a subcommand.

use std::process::ExitCode;

use clap::Parser;
use scsdash::cli::Cli;
use scsdash::config::Config;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                e.exit();
            }
            // One line: clap's first line ("error: invalid value ...").
            let text = e.render().to_string();
            scsdash::text::eprint_diagnostic(&format!(
                "scsdash: {}",
                text.lines().next().unwrap_or("invalid arguments").trim_start_matches("error: ")
            ));
            return ExitCode::from(2);
        }
    };
    // `next` runs on every shell prompt: no log file, no async runtime.
    let next_only = matches!(cli.command, Some(scsdash::cli::Command::Next(_)));
    let _log_guard = if next_only { None } else { scsdash::logging::init() };
    let (config, config_path) = match Config::load(cli.global.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            scsdash::text::eprint_diagnostic(&format!("scsdash: {e}"));
            return ExitCode::from(2);
        }
    };
    if let Some(scsdash::cli::Command::Next(args)) = &cli.command {
        // `--as-of` applies to `next` as to every subcommand.
        return match scsdash::cli::next::run(args, &cli.global, &config) {
            Ok(Some(line)) => {
                println!("{line}");
                ExitCode::SUCCESS
            }
            Ok(None) => ExitCode::from(1),
            Err(e) => {
                eprintln!("scsdash: {}", scsdash::text::sanitize_line(&e));
                ExitCode::from(2)
            }
        };
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("scsdash: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        match cli.command {
            None => scsdash::tui::run(cli.global.sources(), cli.global.tz.clone(), config, config_path)
                .await
                .map_err(|e| e.to_string()),
            Some(cmd) => {
                let out = scsdash::cli::run::run(cmd, &cli.global, &config).await?;
                use std::io::Write;
                let mut stdout = std::io::stdout().lock();
                let _ = stdout.write_all(out.as_bytes());
                if !out.ends_with('\n') && !out.is_empty() {
                    let _ = stdout.write_all(b"\n");
                }
                Ok(())
            }
        }
    });
    // Quit is immediate: a background load still reading a huge input is not
    // waited for (blocking threads would otherwise hold the process).
    if std::env::var_os("SCSDASH_EXIT_AFTER_FIRST_FRAME").is_some() {
        // The start-up benchmark times the first frame, not the loads behind it.
        runtime.shutdown_background();
    } else {
        runtime.shutdown_timeout(std::time::Duration::from_millis(300));
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            scsdash::text::eprint_diagnostic(&format!("scsdash: {e}"));
            ExitCode::FAILURE
        }
    }
}
