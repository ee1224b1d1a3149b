//! `scsdash sync [--json]`: what a sync without the TUI prints.

use crate::sources::github::SyncReport;

/// `scsdash sync [--json]`.
pub async fn run_cli(opts: &super::GlobalOpts, cfg: &crate::config::Config, json: bool) -> Result<String, String> {
    let mut s = crate::sync::SyncSettings::new(&opts.sources(), cfg);
    if s.choice.is_local() || s.choice.demo {
        return Err("sync works on the GitHub sources; drop --demo/--minutes-dir/--calendar-dir/--ics".into());
    }
    s.token = crate::sync::resolve_token(cfg.github.token.clone()).await;
    let (reports, errors) =
        crate::sync::sync_all(&s, std::sync::Arc::new(|_, _| {})).await.map_err(|e| e.to_string())?;
    let warnings: usize = reports.iter().map(|r| r.warnings.len()).sum();
    if errors.is_empty() && !(opts.strict && warnings > 0) {
        return Ok(sync_output(&reports, json));
    }
    // What worked is still printed; the exit status says that not all did.
    if !reports.is_empty() {
        use std::io::Write;
        let out = sync_output(&reports, json);
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(crate::text::sanitize_output(&out, json).as_bytes());
        let _ = stdout.flush();
    }
    let Some((last, rest)) = errors.split_last() else {
        return Err(format!("{warnings} warnings (--strict)"));
    };
    for e in rest {
        crate::text::eprint_diagnostic(&format!("scsdash: {e}"));
    }
    Err(last.to_string())
}

/// One line per report (or a JSON array with `--json`), ending in a newline.
pub fn sync_output(reports: &[SyncReport], json: bool) -> String {
    if json {
        let mut s = serde_json::to_string_pretty(reports).unwrap_or_else(|_| "[]".to_string());
        s.push('\n');
        return s;
    }
    let mut out = String::new();
    for r in reports {
        let source = crate::text::sanitize_line(&r.source);
        let requests =
            if r.api_requests == 1 { "1 API request".to_string() } else { format!("{} API requests", r.api_requests) };
        if r.not_modified {
            out.push_str(&format!("{source}: up to date ({} files, {requests})", r.unchanged));
        } else {
            out.push_str(&format!(
                "{source}: {} fetched, {} unchanged, {} removed ({requests})",
                r.fetched, r.unchanged, r.removed
            ));
        }
        match (r.rate_limit_remaining, r.rate_limit_reset.as_deref()) {
            (Some(n), Some(reset)) => out.push_str(&format!("; rate limit: {n} left, resets {reset}")),
            (Some(n), None) => out.push_str(&format!("; rate limit: {n} left")),
            _ => {}
        }
        out.push('\n');
        for w in &r.warnings {
            out.push_str(&format!("  warning: {}\n", crate::text::sanitize_line(w)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(not_modified: bool) -> SyncReport {
        SyncReport {
            source: "SovereignCloudStack/minutes@main".into(),
            fetched: if not_modified { 0 } else { 3 },
            unchanged: 120,
            removed: if not_modified { 0 } else { 1 },
            api_requests: 1,
            rate_limit_remaining: Some(57),
            rate_limit_reset: Some("2026-11-25T12:00:00+00:00".into()),
            not_modified,
            warnings: vec![],
        }
    }

    #[test]
    fn text_lines() {
        let s = sync_output(&[report(false), report(true)], false);
        assert_eq!(
            s,
            "SovereignCloudStack/minutes@main: 3 fetched, 120 unchanged, 1 removed (1 API request); rate limit: 57 left, resets 2026-11-25T12:00:00+00:00\n\
             SovereignCloudStack/minutes@main: up to date (120 files, 1 API request); rate limit: 57 left, resets 2026-11-25T12:00:00+00:00\n"
        );
    }

    #[test]
    fn json_has_the_fields() {
        let s = sync_output(&[report(false)], true);
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        let o = &v[0];
        for k in
            ["source", "fetched", "unchanged", "removed", "api_requests", "rate_limit_remaining", "rate_limit_reset"]
        {
            assert!(o.get(k).is_some(), "missing {k}");
        }
        assert_eq!(o["fetched"], 3);
        assert!(o.get("warnings").is_none());
    }
}
