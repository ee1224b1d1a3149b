//! Defects 2, 3 and 14: a config error never prints a secret, never prints
//! raw escape sequences, and is cut to the terminal width.

use crate::support::{is_hostile_char, text, Home};

fn config_error(h: &Home, body: &str) -> String {
    config_error_cols(h, body, "400")
}

fn config_error_cols(h: &Home, body: &str, columns: &str) -> String {
    let cfg = h.write("config.toml", body);
    let mut cmd = h.cmd(&["--config", cfg.to_str().unwrap(), "meetings"]);
    cmd.env("COLUMNS", columns);
    let out = crate::support::run_bounded(cmd, std::time::Duration::from_secs(60));
    assert_eq!(out.status.code(), Some(2), "a config error exits with 2: {}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    text(&out.stderr)
}

#[test]
fn unquoted_token_is_redacted() {
    let h = Home::new();
    for body in [
        "[github]\ntoken = ghp_SECRETabcdef0123456789\n",
        "[github]\ntoken = 12345678901234567890\n",
        "[github]\ntoken = \"ghp_SECRETabcdef0123456789\"\ntoken = \"ghp_SECRETabcdef0123456789\"\n",
        "github = { token = SECRETabcdef0123456789 }\n",
        "[github]\nsecret = SECRETabcdef0123456789\n",
        "[github]\ntokne = \"SECRETabcdef0123456789\"\n",
    ] {
        let err = config_error(&h, body);
        assert!(!err.contains("SECRET") && !err.contains("12345678901234567890"), "{body:?} leaked: {err}");
        assert!(err.contains("<redacted>"), "{body:?}: {err}");
        assert!(err.contains("line "), "still says where: {err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
    }
}

#[test]
fn escape_sequences_in_values_and_messages_are_sanitised() {
    let h = Home::new();
    for body in [
        "[ui]\ntheme = \"\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{202e}\"\n",
        "[ui]\ntheme = \"x\"\n\u{1b}[31mbroken = \n",
        "[user]\ntimezone = \"\u{1b}[2JMars\"\n",
        "[keys]\nquit = \"\u{9b}2J\"\n",
    ] {
        let err = config_error(&h, body);
        let bad: Vec<char> = err.trim_end_matches('\n').chars().filter(|&c| is_hostile_char(c)).collect();
        assert!(bad.is_empty(), "{body:?}: raw {bad:?} in {err:?}");
    }
}

#[test]
fn a_200_kb_line_is_cut_to_the_terminal_width() {
    let h = Home::new();
    for body in [
        format!("[ui]\ntheme = \"{}\"\n", "a".repeat(200_000)),
        format!("x = {}\n", "[".repeat(200_000)),
        format!("x = {}{}\n", "{a=".repeat(50_000), "}".repeat(50_000)),
        format!("{}\n", "k".repeat(200_000)),
    ] {
        let err = config_error_cols(&h, &body, "80");
        for l in err.lines() {
            assert!(unicode_width::UnicodeWidthStr::width(l) <= 80, "{} columns: {}", l.len(), &l[..200.min(l.len())]);
        }
        assert!(err.contains("config.toml"), "still names the file: {err}");
    }
}
