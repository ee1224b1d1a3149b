//! Links found in an event's description and location: the meeting's video
//! call and its HedgeDoc pad ("HedgeDoc: https://input.scs.community/…").
//! Pure text functions; no network.

/// Every http(s) URL in `text`, in order (a URL ends at whitespace, `>`,
/// `"`, `)` or `]`; trailing `.,;:` are dropped).
pub fn urls(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = find_scheme(rest) {
        let tail = &rest[i..];
        let end = tail
            .char_indices()
            .find(|(_, c)| c.is_whitespace() || matches!(c, '>' | '<' | '"' | ')' | ']' | '\''))
            .map(|(j, _)| j)
            .unwrap_or(tail.len());
        let url = tail[..end].trim_end_matches(['.', ',', ';', ':']);
        if url.len() > "https://".len() {
            out.push(url);
        }
        rest = &tail[end.max(1)..];
    }
    out
}

fn find_scheme(s: &str) -> Option<usize> {
    match (s.find("https://"), s.find("http://")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The meeting's HedgeDoc pad: the URL on a line naming HedgeDoc (or "pad"),
/// else a URL on the SCS HedgeDoc host `input.scs.community`.
pub fn pad_url(description: Option<&str>) -> Option<String> {
    let d = description?;
    for line in d.lines() {
        let l = line.to_lowercase();
        if l.contains("hedgedoc") || l.contains("hackmd") || l.trim_start().starts_with("pad") {
            if let Some(u) = urls(line).first() {
                return Some(u.to_string());
            }
        }
    }
    urls(d).into_iter().find(|u| u.contains("://input.scs.community/")).map(str::to_string)
}

/// The meeting's call link: the location when it is a URL (or holds one),
/// else a URL on a description line naming Jitsi, else none.
pub fn call_url(location: Option<&str>, description: Option<&str>) -> Option<String> {
    if let Some(u) = location.and_then(|l| urls(l).first().copied()) {
        return Some(u.to_string());
    }
    let d = description?;
    d.lines()
        .filter(|l| {
            let l = l.to_lowercase();
            l.contains("jitsi") || l.contains("video") || l.contains("meet")
        })
        .find_map(|l| urls(l).first().map(|u| u.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DESC: &str = "The weekly call.\n\nMinutes: https://github.com/SovereignCloudStack/minutes/tree/main/community-call\nHedgeDoc: https://input.scs.community/scs-tech-weekly\nJitsi server on https://conf.scs.koeln:8443/SCS-Tech\n";

    #[test]
    fn finds_the_pad_and_the_call() {
        assert_eq!(pad_url(Some(DESC)).as_deref(), Some("https://input.scs.community/scs-tech-weekly"));
        assert_eq!(call_url(None, Some(DESC)).as_deref(), Some("https://conf.scs.koeln:8443/SCS-Tech"));
        assert_eq!(call_url(Some("https://x.example/room"), Some(DESC)).as_deref(), Some("https://x.example/room"));
        assert_eq!(call_url(Some("Leipzig, Germany"), None), None);
    }

    #[test]
    fn urls_stop_at_punctuation_and_brackets() {
        assert_eq!(
            urls("see <https://a.example/x>, and (http://b.example/y)."),
            vec!["https://a.example/x", "http://b.example/y"]
        );
        assert!(urls("https:// nothing").is_empty());
        assert_eq!(pad_url(Some("no links here")), None);
        assert_eq!(pad_url(None), None);
        assert_eq!(
            pad_url(Some("notes at https://input.scs.community/abc.")).as_deref(),
            Some("https://input.scs.community/abc")
        );
    }
}
