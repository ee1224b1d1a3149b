//! Where the GitHub token comes from: `GITHUB_TOKEN`, `GH_TOKEN`, the config,
//! or the GitHub CLI's `hosts.yml`. The token is never printed, logged or
//! written anywhere by this crate: [`Token`] has no `Display`, no `Serialize`,
//! and its `Debug` prints `Token(***)`.

use std::path::{Path, PathBuf};

/// A GitHub token. Debug prints `Token(***)`; there is no Display or Serialize.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// Wraps a token after trimming it; `None` when empty or when it holds
    /// characters that cannot go into an HTTP header (spaces, control
    /// characters, non-ASCII), which would otherwise make the client panic.
    pub fn new(raw: &str) -> Option<Token> {
        let t = raw.trim();
        if t.is_empty() || t.len() > 1024 || !t.bytes().all(|b| (0x21..=0x7e).contains(&b)) {
            return None;
        }
        Some(Token(t.to_string()))
    }

    /// The secret itself, for the HTTP client only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(***)")
    }
}

/// Where a token was found (for a "token: from GH_TOKEN" line; never the value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenSource {
    /// The `GITHUB_TOKEN` environment variable.
    GithubTokenEnv,
    /// The `GH_TOKEN` environment variable.
    GhTokenEnv,
    /// `github.token` in the config file.
    Config,
    /// The GitHub CLI's `hosts.yml`.
    GhCli,
}

impl std::fmt::Display for TokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TokenSource::GithubTokenEnv => "GITHUB_TOKEN",
            TokenSource::GhTokenEnv => "GH_TOKEN",
            TokenSource::Config => "config (github.token)",
            TokenSource::GhCli => "GitHub CLI (gh auth login)",
        })
    }
}

/// Finds a token: `GITHUB_TOKEN`, `GH_TOKEN`, the config value, then the
/// GitHub CLI's hosts.yml (`$GH_CONFIG_DIR/hosts.yml`, else
/// `$XDG_CONFIG_HOME/gh/hosts.yml`, else `~/.config/gh/hosts.yml`).
/// When gh is set up (its hosts.yml exists) but keeps the token in the system
/// keyring, as gh >= 2.40 does, asks `gh auth token` (at most 3 s).
pub fn find_token(config_token: Option<&str>) -> Option<Token> {
    let env = |k: &str| std::env::var(k).ok();
    let hosts = gh_hosts_path(&env);
    if let Some((t, _)) = find_token_with(&env, config_token, hosts.as_deref()) {
        return Some(t);
    }
    if hosts.is_some_and(|h| h.is_file()) {
        return gh_auth_token(std::time::Duration::from_secs(3));
    }
    None
}

/// Runs `gh auth token --hostname github.com`; `None` when gh is missing,
/// fails, or takes longer than `timeout` (then it is killed).
pub fn gh_auth_token(timeout: std::time::Duration) -> Option<Token> {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new("gh")
        .args(["auth", "token", "--hostname", "github.com"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let deadline = std::time::Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => break,
            Ok(Some(_)) | Err(_) => return None,
            Ok(None) if std::time::Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(20)),
        }
    }
    let mut out = String::new();
    child.stdout.take()?.take(4096).read_to_string(&mut out).ok()?;
    Token::new(&out)
}

/// Testable variant of [`find_token`]: environment lookups and the hosts.yml
/// path are passed in; also says where the token came from.
pub fn find_token_with(
    env: &dyn Fn(&str) -> Option<String>,
    config_token: Option<&str>,
    gh_hosts: Option<&Path>,
) -> Option<(Token, TokenSource)> {
    if let Some(t) = env("GITHUB_TOKEN").as_deref().and_then(Token::new) {
        return Some((t, TokenSource::GithubTokenEnv));
    }
    if let Some(t) = env("GH_TOKEN").as_deref().and_then(Token::new) {
        return Some((t, TokenSource::GhTokenEnv));
    }
    if let Some(t) = config_token.and_then(Token::new) {
        return Some((t, TokenSource::Config));
    }
    let path = gh_hosts?;
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > 1024 * 1024 {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    gh_hosts_token(&text, "github.com").map(|t| (t, TokenSource::GhCli))
}

/// The GitHub CLI's hosts.yml location for the given environment lookups.
pub fn gh_hosts_path(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let non_empty = |k: &str| env(k).filter(|v| !v.trim().is_empty());
    if let Some(dir) = non_empty("GH_CONFIG_DIR") {
        return Some(PathBuf::from(dir).join("hosts.yml"));
    }
    if let Some(dir) = non_empty("XDG_CONFIG_HOME") {
        return Some(PathBuf::from(dir).join("gh").join("hosts.yml"));
    }
    if cfg!(windows) {
        if let Some(dir) = non_empty("AppData") {
            return Some(PathBuf::from(dir).join("GitHub CLI").join("hosts.yml"));
        }
    }
    let home = non_empty("HOME").or_else(|| non_empty("USERPROFILE"))?;
    Some(PathBuf::from(home).join(".config").join("gh").join("hosts.yml"))
}

/// Reads `<host>: { oauth_token: ... }` from the text of a gh hosts.yml,
/// with the YAML crate the calendar uses (other keys are ignored; a file
/// that is not YAML of this shape gives `None`, and its text is never put
/// into a message, since it holds the token).
/// Newer gh versions keep the token in the system keyring: then `None`.
pub fn gh_hosts_token(text: &str, host: &str) -> Option<Token> {
    #[derive(serde::Deserialize)]
    struct Host {
        oauth_token: Option<String>,
    }
    let hosts: std::collections::BTreeMap<String, Option<Host>> = serde_saphyr::from_str(text).ok()?;
    hosts.get(host)?.as_ref()?.oauth_token.as_deref().and_then(Token::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_secret() {
        let t = Token::new("ghp_secret123").unwrap();
        assert_eq!(format!("{t:?}"), "Token(***)");
        assert_eq!(format!("{:?}", Some(&t)), "Some(Token(***))");
    }

    #[test]
    fn rejects_header_breaking_tokens() {
        assert!(Token::new("").is_none());
        assert!(Token::new("  ").is_none());
        assert!(Token::new("a b").is_none());
        assert!(Token::new("abc\ndef").is_none());
        assert!(Token::new("tökén").is_none());
        assert_eq!(Token::new(" ghp_x \n").unwrap().expose(), "ghp_x");
    }

    #[test]
    fn order_env_then_config_then_gh() {
        let dir = std::env::temp_dir().join(format!("scsdash-token-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let hosts = dir.join("hosts.yml");
        std::fs::write(
            &hosts,
            "github.com:\n    users:\n        me:\n            oauth_token: gho_user\n    oauth_token: gho_fromgh\n    user: me\n",
        )
        .unwrap();
        let both = |k: &str| match k {
            "GITHUB_TOKEN" => Some("ghp_a".to_string()),
            "GH_TOKEN" => Some("ghp_b".to_string()),
            _ => None,
        };
        let (t, s) = find_token_with(&both, Some("cfg"), Some(&hosts)).unwrap();
        assert_eq!((t.expose(), s), ("ghp_a", TokenSource::GithubTokenEnv));
        let gh_only = |k: &str| (k == "GH_TOKEN").then(|| "ghp_b".to_string());
        let (t, s) = find_token_with(&gh_only, Some("cfg"), Some(&hosts)).unwrap();
        assert_eq!((t.expose(), s), ("ghp_b", TokenSource::GhTokenEnv));
        let empty = |k: &str| (k == "GITHUB_TOKEN").then(String::new);
        let (t, s) = find_token_with(&empty, Some("cfg"), Some(&hosts)).unwrap();
        assert_eq!((t.expose(), s), ("cfg", TokenSource::Config));
        let (t, s) = find_token_with(&empty, None, Some(&hosts)).unwrap();
        assert_eq!((t.expose(), s), ("gho_fromgh", TokenSource::GhCli));
        assert!(find_token_with(&empty, None, Some(&dir.join("missing.yml"))).is_none());
        assert!(find_token_with(&empty, None, None).is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn hosts_yml_shapes() {
        let quoted = "# gh\ngithub.com:\n  git_protocol: https\n  oauth_token: \"gho_q\"\n";
        assert_eq!(gh_hosts_token(quoted, "github.com").unwrap().expose(), "gho_q");
        let other_host = "ghe.example.com:\n  oauth_token: gho_other\n";
        assert!(gh_hosts_token(other_host, "github.com").is_none());
        let keyring = "github.com:\n    users:\n        me: {}\n    git_protocol: https\n    user: me\n";
        assert!(gh_hosts_token(keyring, "github.com").is_none());
        assert!(gh_hosts_token("\u{0}\u{1}::::\n  :", "github.com").is_none());
        // YAML forms the old line reader got wrong: flow mappings, comments, a nested token
        let flow = "github.com: {oauth_token: gho_flow, user: me} # gh\n";
        assert_eq!(gh_hosts_token(flow, "github.com").unwrap().expose(), "gho_flow");
        let nested = "github.com:\n  users:\n    me:\n      oauth_token: gho_nested\n";
        assert!(gh_hosts_token(nested, "github.com").is_none(), "a user's token is not the host's");
        let commented = "github.com:\n  oauth_token: gho_c # the token\n";
        assert_eq!(gh_hosts_token(commented, "github.com").unwrap().expose(), "gho_c");
        assert!(gh_hosts_token("github.com:\n", "github.com").is_none());
        assert!(gh_hosts_token("- a\n- b\n", "github.com").is_none());
    }

    #[test]
    fn hosts_path_precedence() {
        let env = |k: &str| match k {
            "GH_CONFIG_DIR" => Some("/g".to_string()),
            "HOME" => Some("/h".to_string()),
            _ => None,
        };
        assert_eq!(gh_hosts_path(&env).unwrap(), PathBuf::from("/g/hosts.yml"));
        let env = |k: &str| (k == "HOME").then(|| "/h".to_string());
        if !cfg!(windows) {
            assert_eq!(gh_hosts_path(&env).unwrap(), PathBuf::from("/h/.config/gh/hosts.yml"));
        }
    }
}
