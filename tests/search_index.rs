//! Search engine tests over small hand-written fixtures.

use chrono::NaiveDate;
use scsdash::search::{date_from_file_name, Doc, Hit, Index, Query};

fn doc(path: &str, text: &str) -> Doc {
    let series = path.split('/').next().unwrap_or("").to_string();
    Doc {
        path: path.to_string(),
        series,
        date: date_from_file_name(path),
        title: String::new(),
        text: text.to_string(),
    }
}

fn fixtures() -> Vec<Doc> {
    vec![
        doc("container/20230717.md", include_str!("fixtures/search/container/20230717.md")),
        doc("iaas/20240304.md", include_str!("fixtures/search/iaas/20240304.md")),
        doc("container/20210105.md", include_str!("fixtures/search/container/20210105.md")),
    ]
}

fn q(text: &str) -> Query {
    Query::new(text, 0)
}

fn locs(hits: &[Hit]) -> Vec<String> {
    hits.iter().map(|h| format!("{}:{}", h.path, h.line)).collect()
}

fn marked(h: &Hit) -> Vec<&str> {
    h.ranges.iter().map(|r| &h.text[r.clone()]).collect()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn ranking_phrase_then_heading_then_recency_then_path() {
    let idx = Index::build(vec![
        doc("a/20230101.md", "intro\nWe discussed the class of storage.\n"),
        doc("a/20240101.md", "Notes about class and storage here\n"),
        doc("b/20220101.md", "The **storage class** is set.\n"),
        doc("b/20230601.md", "text\n## Default storage-class\n"),
        doc("c/20200101.md", "## Class of storage\n"),
        doc("d/20220101.md", "storage class again\n"),
    ]);
    let hits = idx.search(&q("storage class"));
    assert_eq!(
        locs(&hits),
        [
            "b/20230601.md:2", // phrase + heading
            "b/20220101.md:1", // phrase, same date as d/: path decides
            "d/20220101.md:1",
            "c/20200101.md:1", // heading, not the phrase
            "a/20240101.md:1", // both words, newer first
            "a/20230101.md:2",
        ]
    );
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(hits[0].score >= 3.0 && hits[1].score >= 2.0 && hits[3].score >= 1.0);
    assert!(hits[4].score < 1.0);
}

#[test]
fn highlight_ranges_cover_matches_in_original_text() {
    let idx = Index::build(fixtures());
    let hits = idx.search(&q("storage class"));
    let h = hits.iter().find(|h| h.path == "container/20230717.md" && h.line == 10).expect("bullet line hit");
    assert_eq!(h.text, "- We agreed that the **storage class** `kaas-default-storage-class` stays.");
    assert_eq!(marked(h), ["storage class", "storage-class"]);
    let heading = hits.iter().find(|h| h.line == 8 && h.path == "container/20230717.md").expect("heading hit");
    assert_eq!(marked(heading), ["storage-class"]);
    // Ranges are sorted and disjoint.
    for h in &hits {
        assert!(h.ranges.windows(2).all(|w| w[0].end < w[1].start));
        assert!(!h.ranges.is_empty());
    }
}

#[test]
fn one_hit_per_line_and_limit_keeps_the_best() {
    let idx = Index::build(fixtures());
    let hits = idx.search(&q("zuul"));
    // All are "phrase" hits, none on a heading: newer meeting first, then line.
    assert_eq!(locs(&hits), ["container/20230717.md:12", "container/20230717.md:16", "container/20210105.md:4",]);
    let lines: Vec<usize> = hits.iter().map(|h| h.line).collect();
    let mut dedup = lines.clone();
    dedup.dedup();
    assert_eq!(lines, dedup, "one hit per line");
    assert_eq!(hits.len(), 3);
    assert_eq!(hits[0].path, "container/20230717.md");
    assert_eq!(hits[0].line, 12);
    assert_eq!(marked(&hits[0]), ["Zuul", "zuul", "zuul"]);
    assert_eq!(hits[2].path, "container/20210105.md");

    let top = idx.search(&Query::new("zuul", 1));
    assert_eq!(locs(&top), ["container/20230717.md:12"]);
}

#[test]
fn series_and_date_filters() {
    let idx = Index::build(fixtures());
    let mut query = q("storage");
    let all = idx.search(&query);
    assert!(all.iter().any(|h| h.series == "iaas"));
    assert!(all.iter().any(|h| h.series == "container"));

    query.series = Some("IaaS".into());
    let iaas = idx.search(&query);
    assert!(!iaas.is_empty());
    assert!(iaas.iter().all(|h| h.series == "iaas"));

    query.series = None;
    query.since = Some(date(2023, 1, 1));
    let since = idx.search(&query);
    assert!(!since.is_empty());
    assert!(since.iter().all(|h| h.date.unwrap() >= date(2023, 1, 1)));
    assert!(!since.iter().any(|h| h.path == "container/20210105.md"));

    query.until = Some(date(2023, 12, 31));
    let window = idx.search(&query);
    assert!(!window.is_empty());
    assert!(window.iter().all(|h| h.path == "container/20230717.md"));

    // Undated documents are excluded by a date filter but found without one.
    let mut docs = fixtures();
    docs.push(Doc {
        path: "misc/notes.md".into(),
        series: "misc".into(),
        date: None,
        title: String::new(),
        text: "storage notes".into(),
    });
    let idx = Index::build(docs);
    assert!(idx.search(&q("storage notes")).iter().any(|h| h.path == "misc/notes.md"));
    let mut dated = q("storage notes");
    dated.until = Some(date(2030, 1, 1));
    assert!(idx.search(&dated).iter().all(|h| h.path != "misc/notes.md"));
}

#[test]
fn umlauts_fold_case_and_spelling() {
    let idx = Index::build(fixtures());
    for query in ["grüße", "GRÜSSE", "Grüsse", "gruesse", "GRUESSE"] {
        let hits = idx.search(&q(query));
        let lines: Vec<usize> = hits.iter().map(|h| h.line).collect();
        assert_eq!(lines, [6, 8], "query {query}");
        assert_eq!(marked(&hits[0]), ["Grüße"], "query {query}");
        assert_eq!(marked(&hits[1]), ["GRÜSSE"], "query {query}");
    }
    for query in ["köln", "KÖLN", "koeln"] {
        let hits = idx.search(&q(query));
        assert_eq!(locs(&hits), ["iaas/20240304.md:6"], "query {query}");
        assert_eq!(marked(&hits[0]), ["Köln"]);
    }
}

#[test]
fn regex_metacharacters_are_literal() {
    let idx = Index::build(fixtures());
    let hits = idx.search(&q("a.b(c"));
    assert_eq!(locs(&hits), ["iaas/20240304.md:8"]);
    // On a phrase hit only the phrase is marked, not every stray "a".
    assert_eq!(marked(&hits[0]), ["a.b(c"]);
    // `.` is not "any character": "axbyc" is not found.
    assert!(idx.search(&q("a.b.c")).iter().all(|h| !h.text.contains("axbyc")));
    for query in ["(", "[", ".*", "\\", "*+?", "^$", "{,}", "|"] {
        assert!(idx.search(&q(query)).is_empty(), "query {query:?}");
    }
    assert!(idx.search(&q("ax.*c")).is_empty());
}

#[test]
fn punctuation_and_markdown_markers_are_tolerated() {
    let idx = Index::build(vec![
        doc("x/20230101.md", "**storage class**\n"),
        doc("x/20230102.md", "use storage-class here\n"),
        doc("x/20230103.md", "kaas-default-storage-class\n"),
        doc("x/20230104.md", "`storage_class`\n"),
        doc("x/20230105.md", "storageclass glued\n"),
    ]);
    for query in ["storage class", "Storage-Class", "**storage class**", "storage_class"] {
        let hits = idx.search(&q(query));
        let mut paths: Vec<&str> = hits.iter().map(|h| h.path.as_str()).collect();
        paths.sort();
        assert_eq!(paths, ["x/20230101.md", "x/20230102.md", "x/20230103.md", "x/20230104.md"], "query {query}");
        assert!(hits.iter().all(|h| h.score >= 2.0), "all are phrase hits");
    }
    let hits = idx.search(&q("default storage class"));
    assert_eq!(locs(&hits), ["x/20230103.md:1"]);
    assert_eq!(marked(&hits[0]), ["default-storage-class"]);
}

#[test]
fn empty_and_blank_queries_find_nothing() {
    let idx = Index::build(fixtures());
    for query in ["", "   ", "**", "- _ -", "\t\n"] {
        assert!(idx.search(&q(query)).is_empty(), "query {query:?}");
    }
    assert!(Index::build(Vec::new()).search(&q("zuul")).is_empty());
    assert_eq!(idx.len(), 3);
    assert_eq!(idx.doc("iaas/20240304.md").map(|d| d.series.as_str()), Some("iaas"));
    assert!(idx.doc("nope.md").is_none());
}

#[test]
fn words_match_at_word_starts_only() {
    let idx = Index::build(vec![doc("x/20230101.md", "other thing\nthe thing\n")]);
    assert_eq!(locs(&idx.search(&q("the"))), ["x/20230101.md:2"]);
    // Prefixes match while typing.
    assert_eq!(idx.search(&q("thi")).len(), 2);
}

#[test]
fn hit_text_is_sanitized_and_crlf_stripped() {
    let idx = Index::build(fixtures());
    let hits = idx.search(&q("escape"));
    assert_eq!(hits.len(), 1);
    let h = &hits[0];
    assert_eq!(h.line, 4);
    assert!(!h.text.contains('\x1b') && !h.text.contains('\x07') && !h.text.contains('\r'));
    assert!(h.text.ends_with("escape"));
    assert_eq!(marked(h), ["escape"]);
}

#[test]
fn date_from_file_names() {
    assert_eq!(date_from_file_name("20230717.md"), Some(date(2023, 7, 17)));
    assert_eq!(date_from_file_name("community-call/20230831-slides.md"), Some(date(2023, 8, 31)));
    assert_eq!(date_from_file_name("README.md"), None);
    assert_eq!(date_from_file_name("20231345.md"), None);
    assert_eq!(date_from_file_name("2023ü.md"), None);
}

#[test]
fn accents_and_decomposed_umlauts() {
    let idx = Index::build(vec![
        doc("x/20230101.md", "Meeting with José about the Crème\n"),
        doc("x/20230102.md", "Gru\u{308}ße decomposed\n"),
    ]);
    assert_eq!(locs(&idx.search(&q("jose creme"))), ["x/20230101.md:1"]);
    assert_eq!(locs(&idx.search(&q("JOSÉ"))), ["x/20230101.md:1"]);
    let hits = idx.search(&q("grüße"));
    assert_eq!(locs(&hits), ["x/20230102.md:1"]);
    assert_eq!(marked(&hits[0]), ["Gru\u{308}ße"]);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn any_text_and_query_is_safe(
            texts in prop::collection::vec("(?s).{0,200}", 1..5),
            query in ".{0,12}",
            limit in 0usize..5,
        ) {
            let docs = texts
                .iter()
                .enumerate()
                .map(|(i, t)| doc(&format!("s/2023010{}.md", i + 1), t))
                .collect();
            let idx = Index::build(docs);
            let hits = idx.search(&Query::new(query.clone(), limit));
            if limit > 0 {
                prop_assert!(hits.len() <= limit);
            }
            for w in hits.windows(2) {
                prop_assert!(w[0].score >= w[1].score);
            }
            for h in &hits {
                prop_assert!(!h.ranges.is_empty());
                for r in &h.ranges {
                    prop_assert!(h.text.get(r.clone()).is_some());
                }
                prop_assert!(!h.text.chars().any(|c| c.is_control()));
            }
        }

        /// A one-word search with a limit (headings first, then the
        /// documents newest first until the limit) gives exactly the first
        /// hits of the whole ranking, with and without filters.
        #[test]
        fn a_limited_one_word_search_is_the_head_of_the_whole_ranking(
            docs in prop::collection::vec(
                (0usize..4, 1u32..28, prop::collection::vec(("(# )?", "[abst]{1,3}( [abst]{1,3}){0,3}"), 0..8)),
                1..12,
            ),
            query in "[abst]{1,2}",
            limit in 1usize..12,
            series in prop::option::of(0usize..4),
        ) {
            let docs: Vec<Doc> = docs
                .iter()
                .enumerate()
                .map(|(i, (s, day, lines))| {
                    let text: Vec<String> = lines.iter().map(|(h, l)| format!("{h}{l}")).collect();
                    // Some documents share a date: ties go by path.
                    doc(&format!("s{s}/202301{day:02}-{i}.md"), &text.join("\n"))
                })
                .collect();
            let idx = Index::build(docs);
            let mut all = Query::new(query.clone(), 0);
            all.series = series.map(|s| format!("s{s}"));
            let whole = idx.search(&all);
            let limited = idx.search(&Query { limit, ..all });
            let head: Vec<_> = whole.iter().take(limit).cloned().collect();
            prop_assert_eq!(limited, head);
        }

        #[test]
        fn a_word_from_the_text_finds_its_line(
            words in prop::collection::vec("[a-zA-ZäöüÄÖÜß]{1,8}", 1..8),
            pick in 0usize..8,
        ) {
            let line = words.join(" ** ");
            let idx = Index::build(vec![doc("s/20230101.md", &format!("intro\n{line}\n"))]);
            let word = &words[pick % words.len()];
            let hits = idx.search(&q(&word.to_uppercase()));
            prop_assert!(hits.iter().any(|h| h.line == 2), "{word} in {line}");
        }
    }
}

#[test]
fn stray_carriage_return_inside_a_line_still_highlights() {
    let idx = Index::build(vec![doc("x/20230101.md", "𠀀\rѨ word\n")]);
    for query in ["Ѩ", "word"] {
        let hits = idx.search(&q(query));
        assert!(hits.iter().all(|h| !h.ranges.is_empty()), "query {query}");
    }
}

#[test]
fn css_in_style_blocks_is_not_indexed() {
    let idx = Index::build(vec![doc(
        "x/20230101.md",
        "<style>\n  h1 { font-size: 20px; }\n</style>\n\nThe font of the slides\n<STYLE>p { font-weight: bold }</STYLE>\n",
    )]);
    assert_eq!(locs(&idx.search(&q("font"))), ["x/20230101.md:5"]);
}

#[test]
fn only_atx_headings_count_as_headings() {
    let idx = Index::build(vec![
        doc("x/20230101.md", "#zuul tag\n"),
        doc("x/20230102.md", "zuul plain\n"),
        doc("x/20220101.md", "### Zuul heading\n"),
    ]);
    assert_eq!(locs(&idx.search(&q("zuul"))), ["x/20220101.md:1", "x/20230102.md:1", "x/20230101.md:1"]);
}
