//! The benchmark corpus: the shared SCS minutes repeated K times, copy `i`
//! with every date moved back by `i` years (file names and ISO dates in the
//! text), series names unchanged. Generated into a temp dir at bench time,
//! never committed.

use std::path::{Path, PathBuf};

/// `../shared/corpus/scs-minutes` (or `$SCSDASH_CORPUS/scs-minutes`), if present.
pub fn shared_minutes() -> Option<PathBuf> {
    let root = std::env::var("SCSDASH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")));
    let d = root.join("scs-minutes");
    d.is_dir().then_some(d)
}

fn shift_year(y: &str, back: i32) -> String {
    y.parse::<i32>().map(|y| format!("{:04}", y - back)).unwrap_or_else(|_| y.to_string())
}

/// Move `YYYYMMDD` at the start of a file name and `YYYY-MM-DD` dates in
/// the text back by `back` years (29 Feb becomes 28 Feb).
fn shift_name(name: &str, back: i32) -> String {
    if back == 0 || name.len() < 8 || !name.as_bytes()[..8].iter().all(u8::is_ascii_digit) {
        return name.to_string();
    }
    let mut md = name[4..8].to_string();
    if md == "0229" {
        md = "0228".into();
    }
    format!("{}{md}{}", shift_year(&name[..4], back), &name[8..])
}

fn shift_text(text: &str, back: i32, re: &regex::Regex) -> String {
    if back == 0 {
        return text.to_string();
    }
    re.replace_all(text, |c: &regex::Captures<'_>| {
        let md = if &c[2] == "02" && &c[3] == "29" { "02-28".to_string() } else { format!("{}-{}", &c[2], &c[3]) };
        format!("{}-{md}", shift_year(&c[1], back))
    })
    .into_owned()
}

/// Write `k` copies of the minutes tree `src` into `dst`; returns (files, bytes).
pub fn generate(src: &Path, dst: &Path, k: usize) -> (usize, u64) {
    let re = regex::Regex::new(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b").unwrap();
    let mut files = Vec::new();
    collect(src, src, &mut files);
    let (mut n, mut bytes) = (0, 0);
    for copy in 0..k {
        let back = copy as i32;
        for f in &files {
            let rel = f.strip_prefix(src).unwrap();
            let name = rel.file_name().unwrap().to_string_lossy().into_owned();
            if copy > 0 && shift_name(&name, back) == name {
                continue; // undated files (LICENSE, README) once
            }
            let mut to = dst.join(rel.parent().unwrap()).join(shift_name(&name, back));
            // A shifted date that an original meeting already has: keep both.
            if copy > 0 && to.exists() {
                to = to.with_file_name(format!("{}-c{copy}.md", shift_name(&name, back).trim_end_matches(".md")));
            }
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            let raw = std::fs::read(f).unwrap();
            let out = match std::str::from_utf8(&raw) {
                Ok(t) if name.ends_with(".md") => shift_text(t, back, &re).into_bytes(),
                _ => raw,
            };
            bytes += out.len() as u64;
            n += 1;
            std::fs::write(&to, out).unwrap();
            // An hour old, as a checkout is: a file written in the same clock tick
            // as the index is re-checked on every start (the index's rule), which
            // would measure that corner instead of the usual warm start.
            let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
            let _ = std::fs::File::options().write(true).open(&to).and_then(|f| f.set_modified(old));
        }
    }
    (n, bytes)
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let p = e.path();
        if p.is_dir() {
            collect(root, &p, out);
        } else if p.is_file() {
            out.push(p);
        }
    }
    let _ = root;
}
