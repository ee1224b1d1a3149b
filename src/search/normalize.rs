//! Text normalisation for search: case folding (Unicode), German umlauts and
//! ß folded to their ASCII spellings (ä -> ae), other Latin accents dropped
//! (é -> e, also when decomposed), every other non-alphanumeric character
//! (markdown markers, punctuation, symbols, whitespace) mapped to a single
//! space, so `**Storage-Class**` and `storage class` normalise alike.

/// Append the normalised form of `s` to `out`. When `map` is given, push for
/// every byte appended to `out` the byte range of the source character in
/// `s` it came from (for highlighting). `out` gets no leading or trailing
/// space from `s`'s own separators.
pub(crate) fn normalize_into(s: &str, out: &mut String, map: Option<&mut Vec<(u32, u32)>>) {
    match map {
        Some(m) => normalize_with(s, out, |r| m.push(r)),
        None => normalize_with(s, out, |_| {}),
    }
}

fn normalize_with(s: &str, out: &mut String, mut sink: impl FnMut((u32, u32))) {
    let start_len = out.len();
    let mut pending_space: Option<(u32, u32)> = None;
    for (i, ch) in s.char_indices() {
        let range = (i as u32, (i + ch.len_utf8()) as u32);
        if ch.is_ascii() {
            if ch.is_ascii_alphanumeric() {
                if let Some(sp) = pending_space.take() {
                    out.push(' ');
                    sink(sp);
                }
                out.push(ch.to_ascii_lowercase());
                sink(range);
            } else if out.len() > start_len && pending_space.is_none() {
                pending_space = Some(range);
            }
            continue;
        }
        if ('\u{300}'..='\u{36f}').contains(&ch) {
            // Combining accents: a decomposed "u\u{308}" folds like "ü",
            // other accents are dropped ("e\u{301}" is "e").
            if ch == '\u{308}' && out.len() > start_len && out.ends_with(['a', 'o', 'u']) {
                out.push('e');
                sink(range);
            }
            continue;
        }
        if !ch.is_alphanumeric() {
            if out.len() > start_len && pending_space.is_none() {
                pending_space = Some(range);
            }
            continue;
        }
        if let Some(sp) = pending_space.take() {
            out.push(' ');
            sink(sp);
        }
        let before = out.len();
        match ch {
            'ä' | 'Ä' => out.push_str("ae"),
            'ö' | 'Ö' => out.push_str("oe"),
            'ü' | 'Ü' => out.push_str("ue"),
            'ß' | 'ẞ' => out.push_str("ss"),
            c => {
                for l in c.to_lowercase() {
                    match fold_accent(l) {
                        Some(f) => out.push_str(f),
                        None => out.push(l),
                    }
                }
            }
        }
        for _ in before..out.len() {
            sink(range);
        }
    }
}

/// Latin letters with accents folded to their base letters (lowercase input).
fn fold_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' | 'ŕ' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// The normalised form of `s` as a new string.
pub(crate) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_into(s, &mut out, None);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_umlauts_and_punctuation() {
        assert_eq!(normalize("**Storage-Class**"), "storage class");
        assert_eq!(normalize("  Grüße, GRÜSSE  "), "gruesse gruesse");
        assert_eq!(normalize("kaas-default-storage-class"), "kaas default storage class");
        assert_eq!(normalize("a.b(c"), "a b c");
        assert_eq!(normalize("ÉTÉ Crème"), "ete creme");
        assert_eq!(normalize("Gru\u{308}\u{df}e"), "gruesse");
        assert_eq!(normalize("Jose\u{301}"), "jose");
    }

    #[test]
    fn map_points_back_to_source_bytes() {
        let s = "x Ü-y";
        let mut out = String::new();
        let mut map = Vec::new();
        normalize_into(s, &mut out, Some(&mut map));
        assert_eq!(out, "x ue y");
        assert_eq!(map.len(), out.len());
        assert_eq!(map[2], (2, 4));
        assert_eq!(map[3], (2, 4));
        assert_eq!(map[5], (5, 6));
    }
}
