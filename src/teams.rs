//! "My teams": which meetings, minutes folders and board items belong to the
//! teams of `user.teams`. One rule for every view that asks (the Overview,
//! the editor's `n`, `scsdash next`, reminders).

use crate::config::Config;
use crate::model::schedule::Occurrence;

/// One of the user's teams, as the names it goes by (lower case): the
/// entry itself, and for a configured `[[teams]]` entry its minutes folder,
/// board label, display name and core word ("container" of "Team Container"),
/// each also with its words normalised ("sig-standardization" →
/// "sig standardization").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MyTeam {
    pub names: Vec<String>,
}

/// The teams of `entries` (usually `user.teams`), each resolved through
/// `[[teams]]` when an entry names one (by name, minutes folder or label);
/// else the entry is taken as a series key or a name.
pub fn my_teams(cfg: &Config, entries: &[String]) -> Vec<MyTeam> {
    entries
        .iter()
        .filter(|e| !e.trim().is_empty())
        .map(|e| {
            let e = e.trim().to_lowercase();
            let team = cfg.teams.iter().find(|t| {
                t.name.to_lowercase() == e
                    || t.minutes.to_lowercase() == e
                    || t.label.as_deref().is_some_and(|l| l.to_lowercase() == e)
            });
            let mut names = vec![e.clone()];
            if let Some(t) = team {
                names.push(t.minutes.to_lowercase());
                names.extend(t.label.iter().map(|l| l.to_lowercase()));
                names.push(t.name.to_lowercase());
            }
            let cores: Vec<String> = names
                .iter()
                .filter_map(|n| n.strip_prefix("team ").or_else(|| n.strip_prefix("sig ")))
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect();
            names.extend(cores);
            let normalised: Vec<String> =
                names.iter().map(|n| crate::schedule::series::words(n).join(" ").to_lowercase()).collect();
            names.extend(normalised);
            let mut seen = std::collections::HashSet::new();
            names.retain(|n| !n.is_empty() && seen.insert(n.clone()));
            MyTeam { names }
        })
        .collect()
}

/// Whether a minutes folder (action items, latest minutes) is one of mine.
pub fn is_my_series(mine: &[MyTeam], folder: &str) -> bool {
    let f = folder.to_lowercase();
    mine.iter().any(|t| t.names.contains(&f))
}

/// Whether a meeting is one of my teams': its series key, or words of its
/// title name the team ("Team Container Meeting"). No teams: every meeting.
pub fn is_my_meeting(mine: &[MyTeam], o: &Occurrence) -> bool {
    if mine.is_empty() {
        return true;
    }
    let key = o.series.to_lowercase();
    let title = o.title.to_lowercase();
    let title_words = crate::schedule::series::words(&o.title).join(" ").to_lowercase();
    mine.iter().any(|t| {
        t.names.iter().any(|n| *n == key || (n.len() >= 3 && (has_words(&title, n) || has_words(&title_words, n))))
    })
}

/// `needle` occurs in `hay` on word boundaries.
fn has_words(hay: &str, needle: &str) -> bool {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    hay.match_indices(needle)
        .any(|(i, _)| boundary(hay[..i].chars().next_back()) && boundary(hay[i + needle.len()..].chars().next()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occ(series: &str, title: &str) -> Occurrence {
        let t = chrono::DateTime::parse_from_rfc3339("2023-07-20T15:05:00+02:00").unwrap();
        Occurrence { uid: "u".into(), source: "ics".into(), ..Occurrence::plain(title, series, t, "Europe/Berlin") }
    }

    #[test]
    fn entries_match_series_titles_and_configured_names() {
        let cfg = Config {
            teams: vec![crate::config::TeamConfig {
                name: "Team Container".into(),
                minutes: "container".into(),
                label: Some("container-team".into()),
            }],
            ..Default::default()
        };
        let mine = my_teams(&cfg, &["container".to_string()]);
        assert!(is_my_meeting(&mine, &occ("container", "Weekly")));
        assert!(is_my_meeting(&mine, &occ("x", "Team Container Meeting")));
        assert!(!is_my_meeting(&mine, &occ("iaas", "Team IaaS Meeting")));
        assert!(is_my_series(&mine, "container-team"));
        let mine = my_teams(&cfg, &["sig-standardization".to_string()]);
        assert!(is_my_meeting(&mine, &occ("x", "SIG Standardization/Certification")));
        assert!(!is_my_meeting(&mine, &occ("x", "SIG Monitoring")));
        // a word inside another word is no match
        let mine = my_teams(&cfg, &["ops".to_string()]);
        assert!(!is_my_meeting(&mine, &occ("x", "Workshops")));
        assert!(is_my_meeting(&[], &occ("x", "anything")));
    }
}
