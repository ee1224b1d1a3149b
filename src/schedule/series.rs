//! Series keys (for colour coding) and loose team-name matching.

/// Words that say nothing about which meeting it is.
const STOP: &[&str] = &["scs", "team", "teams", "meeting", "meetings", "the", "and", "of", "a"];

/// Lower-case alphanumeric words of `s`.
pub(crate) fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect()
}

fn key_words(s: &str) -> Vec<String> {
    words(s).into_iter().filter(|w| !STOP.contains(&w.as_str())).collect()
}

/// A short, stable key for a meeting series, used for colour coding and for
/// matching minutes folders: the minutes folder linked in the description
/// (`.../SovereignCloudStack/minutes/tree/main/<series>`) when there is one,
/// else a keyword table (`container`, `iaas`, `ops`, `community-call`, ...),
/// else a slug of the summary's first meaningful words.
pub fn series_key(summary: &str, description: Option<&str>) -> String {
    if let Some(d) = description {
        if let Some(i) = d.find("SovereignCloudStack/minutes/tree/main/") {
            let rest = &d[i + "SovereignCloudStack/minutes/tree/main/".len()..];
            let key: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect::<String>()
                .to_lowercase();
            if !key.is_empty() {
                return key;
            }
        }
    }
    let l = summary.to_lowercase();
    let w = words(summary);
    let has = |x: &str| w.iter().any(|y| y == x);
    let table: &[(&[&str], &str)] = &[
        (&["tech weekly", "community call", "communitycall"], "community-call"),
        (&["community meeting"], "community-meeting"),
        (&["project board"], "project-board"),
        (&["product board"], "product-board"),
        (&["operator coffee"], "operator-coffee"),
        (&["scs connect"], "scs-connect"),
        (&["hackathon"], "hackathon"),
        (&["lightning talk"], "lightning-talks"),
        (&["standardization", "standards/cert", "standards"], "sig-standardization"),
        (&["monitoring"], "sig-monitoring"),
        (&["container"], "container"),
        (&["iaas"], "iaas"),
    ];
    for (needles, key) in table {
        if needles.iter().any(|n| l.contains(n)) {
            return (*key).to_string();
        }
    }
    if has("ops") && has("iam") && !has("sec") {
        return "ops-iam".into();
    }
    if has("ops") {
        return "ops".into();
    }
    if has("iam") {
        return "iam".into();
    }
    let kw = key_words(summary);
    if kw.is_empty() {
        return "other".into();
    }
    kw.into_iter().take(3).collect::<Vec<_>>().join("-")
}

/// Does the team named in a minutes slot ("Team IaaS", "Operator coffee")
/// denote the calendar event `summary` (series `series`)? True when all the
/// team's meaningful words occur in the summary, or both map to the same series key.
pub fn team_matches(team: &str, summary: &str, series: &str) -> bool {
    let t = key_words(team);
    if t.is_empty() {
        return false;
    }
    let s = key_words(summary);
    if t.iter().all(|x| s.contains(x)) {
        return true;
    }
    let tk = series_key(team, None);
    tk != "other" && tk == series
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(series_key("SCS Team Container", None), "container");
        assert_eq!(series_key("Team IaaS Sprint Review/Planning and Refinement", None), "iaas");
        assert_eq!(series_key("SCS Tech Weekly", None), "community-call");
        assert_eq!(
            series_key("x", Some("Minutes: https://github.com/SovereignCloudStack/minutes/tree/main/ops\n")),
            "ops"
        );
        assert_eq!(series_key("Team OPS / IAM Meeting", None), "ops-iam");
        assert_eq!(series_key("SIG Central API MVP", None), "sig-central-api");
    }

    #[test]
    fn matching() {
        assert!(team_matches("Team Container", "SCS Team Container", "container"));
        assert!(team_matches("Team IaaS", "Team IaaS Sprint Review/Planning and Refinement", "iaas"));
        assert!(team_matches("Operator coffee", "Lean SCS Operator Coffee", "operator-coffee"));
        assert!(!team_matches("Team IaaS", "Team Container Meeting", "container"));
        assert!(!team_matches("Team", "Team Container Meeting", "container"));
    }
}
