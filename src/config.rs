//! Configuration: compiled-in defaults, the user's TOML file over them.
//!
//! Every struct has `#[serde(default)]`, so a user writes only what they
//! change; unknown keys are errors, so a typo is reported with file, line and
//! key instead of being silently ignored.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The whole configuration.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub user: UserConfig,
    pub sources: SourcesConfig,
    pub github: GithubConfig,
    pub board: BoardConfig,
    pub teams: Vec<TeamConfig>,
    /// Display names of series folders, e.g. `community-call = "Tech Weekly"`.
    pub series_names: BTreeMap<String, String>,
    pub ui: UiConfig,
    /// Key overrides: action name -> key ("q", "ctrl-c", "f5", "tab", ...).
    pub keys: BTreeMap<String, String>,
    pub editor: EditorConfig,
    pub reminders: RemindersConfig,
    pub tenders: TendersConfig,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct RemindersConfig {
    /// Remind this many minutes before a meeting of `user.teams` (empty: never).
    pub minutes_before: Vec<u32>,
    /// Ring the terminal bell with a reminder.
    pub bell: bool,
    /// A desktop notification with a reminder (silent without a notification service).
    pub desktop: bool,
}

impl Default for RemindersConfig {
    fn default() -> Self {
        RemindersConfig { minutes_before: vec![10, 1], bell: true, desktop: true }
    }
}

/// `[tenders]`: when a tender that is not yet awarded counts as stale.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct TendersConfig {
    /// A tender not yet awarded and not mentioned for this many days is stale (default 180).
    pub stale_after_days: u32,
}

impl Default for TendersConfig {
    fn default() -> Self {
        TendersConfig { stale_after_days: 180 }
    }
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct UserConfig {
    /// The user's GitHub handle, without `@`: their action items come first.
    pub github: Option<String>,
    /// Display time zone (IANA name); overrides `TZ` and the system zone.
    pub timezone: Option<String>,
    /// The user's teams (a `[[teams]]` name, minutes folder or label, or a
    /// series key such as "container"): `scsdash next`, the reminders and the
    /// Overview look at these. Empty: every team.
    pub teams: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct SourcesConfig {
    /// A local folder or clone of the minutes repository.
    pub minutes_dir: Option<PathBuf>,
    /// A local folder or clone of the calendar repository (yaml2ics).
    pub calendar_dir: Option<PathBuf>,
    /// An ICS file (path) or feed (http/https URL).
    pub ics: Option<String>,
    /// Never touch the network.
    pub offline: bool,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct GithubConfig {
    pub api_url: String,
    pub raw_url: String,
    /// A token in the config file is discouraged; prefer GITHUB_TOKEN or `gh auth login`.
    pub token: Option<String>,
    pub timeout_secs: u64,
    pub minutes: RepoConfig,
    pub calendar: RepoConfig,
    /// Sync in the background when the dashboard starts.
    pub sync_on_start: bool,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct RepoConfig {
    pub owner: String,
    pub repo: String,
    pub branch: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct BoardConfig {
    pub org: String,
    pub number: u64,
    /// A single-select or text field naming the team; empty: teams are labels.
    pub team_field: Option<String>,
    /// Show only the current sprint (iteration) by default.
    pub current_sprint_only: bool,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct TeamConfig {
    /// Display name, e.g. "Team Container".
    pub name: String,
    /// The series folder of the team's minutes, e.g. "container".
    pub minutes: String,
    /// The board label (or team field value) of the team.
    pub label: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct UiConfig {
    /// "dark" (default), "light" or "mono".
    pub theme: String,
    pub mouse: bool,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct EditorConfig {
    /// Local clone of the minutes repo that drafts are saved into.
    pub minutes_clone: Option<PathBuf>,
    /// Where drafts live; default: the platform data dir.
    pub drafts_dir: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            user: UserConfig::default(),
            sources: SourcesConfig::default(),
            github: GithubConfig::default(),
            board: BoardConfig::default(),
            teams: default_teams(),
            series_names: BTreeMap::new(),
            ui: UiConfig::default(),
            keys: BTreeMap::new(),
            editor: EditorConfig::default(),
            reminders: RemindersConfig::default(),
            tenders: TendersConfig::default(),
        }
    }
}

impl Default for GithubConfig {
    fn default() -> Self {
        GithubConfig {
            api_url: "https://api.github.com".into(),
            raw_url: "https://raw.githubusercontent.com".into(),
            token: None,
            timeout_secs: 20,
            minutes: RepoConfig::new("minutes"),
            calendar: RepoConfig::new("calendar"),
            sync_on_start: true,
        }
    }
}

impl RepoConfig {
    fn new(repo: &str) -> Self {
        RepoConfig { owner: "SovereignCloudStack".into(), repo: repo.into(), branch: "main".into() }
    }
}

impl Default for RepoConfig {
    fn default() -> Self {
        RepoConfig::new("minutes")
    }
}

impl Default for BoardConfig {
    fn default() -> Self {
        BoardConfig { org: "SovereignCloudStack".into(), number: 6, team_field: None, current_sprint_only: true }
    }
}

impl Default for UiConfig {
    fn default() -> Self {
        UiConfig { theme: "dark".into(), mouse: true }
    }
}

fn default_teams() -> Vec<TeamConfig> {
    [
        ("Team Container", "container", "container"),
        ("Team IaaS", "iaas", "iaas"),
        ("Team IAM", "ops-iam", "iam"),
        ("Team Ops", "ops", "ops"),
        ("SIG Standardization", "sig-standardization", "sig-standardization"),
    ]
    .into_iter()
    .map(|(n, m, l)| TeamConfig { name: n.into(), minutes: m.into(), label: Some(l.into()) })
    .collect()
}

/// A configuration error, always naming the file; one line when displayed.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("bad config {path}: {message}")]
    Parse { path: PathBuf, message: String },
}

impl Config {
    /// Parse a config text; `path` is only used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let cfg: Config = toml::from_str(text).map_err(|e| {
            let message = match e.span() {
                Some(span) => {
                    let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
                    let src = text.lines().nth(line - 1).unwrap_or("");
                    let msg = redact_in(e.message().trim(), text);
                    format!("line {line}: {msg} (at `{}`)", excerpt(&redact_line(src.trim())))
                }
                None => redact_in(e.message().trim(), text),
            };
            ConfigError::Parse { path: path.to_path_buf(), message: one_line(&message) }
        })?;
        cfg.validate(path)?;
        Ok(cfg)
    }

    fn validate(&self, path: &Path) -> Result<(), ConfigError> {
        let bad = |message: String| Err(ConfigError::Parse { path: path.to_path_buf(), message: one_line(&message) });
        if !matches!(self.ui.theme.as_str(), "dark" | "light" | "mono") {
            return bad(format!("key ui.theme: unknown theme '{}' (dark, light, mono)", self.ui.theme));
        }
        if let Some(tz) = &self.user.timezone {
            if tz.parse::<chrono_tz::Tz>().is_err() {
                return bad(format!("key user.timezone: unknown time zone '{tz}'"));
            }
        }
        for (action, key) in &self.keys {
            if crate::keymap::Action::from_name(action).is_none() {
                return bad(format!("key keys.{action}: unknown action '{action}'"));
            }
            if crate::keymap::parse_key(key).is_none() {
                return bad(format!("key keys.{action}: cannot understand key '{key}'"));
            }
        }
        if let Err(m) = crate::keymap::Keymap::check(&self.keys) {
            return bad(m.to_string());
        }
        for url in [&self.github.api_url, &self.github.raw_url] {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return bad(format!("key github: '{url}' is not an http(s) URL"));
            }
        }
        Ok(())
    }

    /// The platform's config file path (`.../scsdash/config.toml`).
    pub fn default_path() -> Option<PathBuf> {
        project_dirs().map(|d| d.config_dir().join("config.toml"))
    }

    /// Load `explicit` (must exist), else the platform file if it exists, else defaults.
    pub fn load(explicit: Option<&Path>) -> Result<(Config, Option<PathBuf>), ConfigError> {
        let path = match explicit {
            Some(p) => p.to_path_buf(),
            None => match Self::default_path() {
                Some(p) if p.exists() => p,
                _ => return Ok((Config::default(), None)),
            },
        };
        // Not std::fs::read: a FIFO would block and /dev/zero never ends.
        let bytes = crate::text::read_local_file(&path, 1 << 20).map_err(|e| ConfigError::Read {
            path: path.clone(),
            source: match e {
                crate::text::ReadFileError::Io { source, .. } => source,
                e => std::io::Error::other(e.reason()),
            },
        })?;
        let text = String::from_utf8(bytes)
            .map_err(|_| ConfigError::Parse { path: path.clone(), message: "the file is not valid UTF-8".into() })?;
        Ok((Config::parse(&text, &path)?, Some(path)))
    }

    /// The display name of a series folder: config first, then the engine's rule.
    pub fn series_name(&self, folder: &str) -> String {
        if let Some(n) = self.series_names.get(folder) {
            return n.clone();
        }
        crate::minutes::series_display_name(folder)
    }
}

/// Keys whose values are never shown in an error (typos included).
fn secret_key_re() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r#"(?i)((?:tok|secret|passw|credential|auth|bearer)[^=\s]*\s*=)\s*(.*)"#)
            .expect("static regex")
    })
}

/// A config line as shown in an error: the value of a `token`/`secret`-like
/// key (anything after its `=`) becomes `<redacted>`, token-shaped words `***`.
fn redact_line(line: &str) -> String {
    let line = secret_key_re().replace(line, "$1 <redacted>");
    crate::text::scrub_tokens(&line)
}

/// A parser message with every secret value of `text` (the values of
/// token/secret-like keys) replaced by `<redacted>`.
fn redact_in(message: &str, text: &str) -> String {
    let mut out = message.to_string();
    for line in text.lines() {
        if let Some(c) = secret_key_re().captures(line) {
            let value = c.get(2).map_or("", |m| m.as_str()).trim();
            let bare = value.trim_matches(|c| c == '"' || c == '\'' || c == '}' || c == ' ' || c == ',');
            for v in [value, bare] {
                if v.len() >= 3 {
                    out = out.replace(v, "<redacted>");
                }
            }
        }
    }
    crate::text::scrub_tokens(&out)
}

/// At most 60 characters of a config line, control characters replaced.
fn excerpt(s: &str) -> String {
    let s = crate::text::sanitize_line(s);
    if s.chars().count() <= 60 {
        return s.into_owned();
    }
    let mut out: String = s.chars().take(59).collect();
    out.push('…');
    out
}

/// One line, control characters and bidi overrides replaced, at most 400 characters.
fn one_line(s: &str) -> String {
    let s = crate::text::sanitize_line(s);
    let mut out: String = s.chars().take(400).collect();
    if s.chars().count() > 400 {
        out.push('…');
    }
    out
}

/// The platform directories of scsdash (config, cache, data, state).
pub fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("community", "scs", "scsdash")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_config_parses() {
        let text = include_str!("../config.example.toml");
        let cfg = Config::parse(text, Path::new("config.example.toml")).expect("example parses");
        // The documented values are exactly the compiled-in defaults.
        assert_eq!(cfg, Config::default());
    }

    #[test]
    fn empty_config_is_default() {
        assert_eq!(Config::parse("", Path::new("x")).unwrap(), Config::default());
    }

    #[test]
    fn unknown_key_names_file_line_and_key() {
        let err = Config::parse("[user]\ngithub = \"a\"\ntimezon = \"UTC\"\n", Path::new("/tmp/c.toml")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("/tmp/c.toml"), "{msg}");
        assert!(msg.contains("line 3"), "{msg}");
        assert!(msg.contains("timezon"), "{msg}");
        assert!(!msg.contains('\n'), "one line: {msg}");
    }

    #[test]
    fn bad_type_and_bad_zone_are_errors() {
        assert!(Config::parse("[board]\nnumber = \"six\"\n", Path::new("c")).is_err());
        let e = Config::parse("[user]\ntimezone = \"Mars/Base\"\n", Path::new("c")).unwrap_err();
        assert!(e.to_string().contains("user.timezone"));
    }

    #[test]
    fn conflicting_keys_are_a_config_error() {
        let e = Config::parse("[keys]\nquit = \"j\"\n", Path::new("/tmp/c.toml")).unwrap_err().to_string();
        assert!(e.contains("/tmp/c.toml") && e.contains("quit") && e.contains("down"), "{e}");
        assert!(!e.contains('\n'), "one line: {e}");
    }
}
