//! A line diff (longest common subsequence) between the local draft and the
//! live pad, for the Editor's pad view. Pure; bounded work on any input.

/// One line of a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffLine {
    /// In both texts.
    Same(String),
    /// Only in the new text (the pad).
    Added(String),
    /// Only in the old text (the draft).
    Removed(String),
}

/// Past this many cells the middle part is shown as removed-then-added
/// instead of aligned (a pad of minutes is a few hundred lines).
const MAX_CELLS: usize = 4_000_000;

/// The lines of `old` and `new` aligned: common prefix and suffix, and an
/// LCS of the middle.
pub fn line_diff(old: &str, new: &str) -> Vec<DiffLine> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..].iter().rev().zip(b[pre..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (am, bm) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    let mut out: Vec<DiffLine> = a[..pre].iter().map(|l| DiffLine::Same(l.to_string())).collect();
    if am.len().saturating_mul(bm.len()) > MAX_CELLS {
        out.extend(am.iter().map(|l| DiffLine::Removed(l.to_string())));
        out.extend(bm.iter().map(|l| DiffLine::Added(l.to_string())));
    } else {
        let (n, m) = (am.len(), bm.len());
        // lcs[i][j]: LCS length of am[i..] and bm[j..]
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * (m + 1) + j] = if am[i] == bm[j] {
                    lcs[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    lcs[(i + 1) * (m + 1) + j].max(lcs[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] {
                out.push(DiffLine::Same(am[i].to_string()));
                i += 1;
                j += 1;
            } else if j < m && (i == n || lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j]) {
                out.push(DiffLine::Added(bm[j].to_string()));
                j += 1;
            } else {
                out.push(DiffLine::Removed(am[i].to_string()));
                i += 1;
            }
        }
    }
    out.extend(a[a.len() - suf..].iter().map(|l| DiffLine::Same(l.to_string())));
    out
}

/// (added, removed) line counts.
pub fn counts(d: &[DiffLine]) -> (usize, usize) {
    d.iter().fold((0, 0), |(a, r), l| match l {
        DiffLine::Added(_) => (a + 1, r),
        DiffLine::Removed(_) => (a, r + 1),
        DiffLine::Same(_) => (a, r),
    })
}

#[cfg(test)]
mod tests {
    use super::DiffLine::*;
    use super::*;

    #[test]
    fn aligns_changes() {
        let d = line_diff("a\nb\nc\nd", "a\nx\nc\nd\ne");
        assert_eq!(
            d,
            vec![
                Same("a".into()),
                Added("x".into()),
                Removed("b".into()),
                Same("c".into()),
                Same("d".into()),
                Added("e".into())
            ]
        );
        assert_eq!(counts(&d), (2, 1));
        assert!(line_diff("same\n", "same\n").iter().all(|l| matches!(l, Same(_))));
        assert_eq!(line_diff("", "x"), vec![Added("x".into())]);
        assert_eq!(line_diff("x", ""), vec![Removed("x".into())]);
    }

    #[test]
    fn huge_inputs_stay_bounded() {
        let a: String = (0..3000).map(|i| format!("a{i}\n")).collect();
        let b: String = (0..3000).map(|i| format!("b{i}\n")).collect();
        let d = line_diff(&a, &b);
        assert_eq!(counts(&d), (3000, 3000));
    }
}
