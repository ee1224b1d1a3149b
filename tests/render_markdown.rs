//! Markdown renderer tests: each construct at a wide and a narrow width.

use proptest::prelude::*;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Paragraph;
use ratatui::Terminal;
use scsdash::render::markdown::{render, Rendered, Styles};
use unicode_width::UnicodeWidthStr;

fn r(md: &str, width: u16) -> Rendered {
    let out = render(md, width, &Styles::default());
    check_invariants(&out, width);
    out
}

fn lines(md: &str, width: u16) -> Vec<String> {
    r(md, width).plain_lines()
}

fn check_invariants(out: &Rendered, width: u16) {
    assert_eq!(out.lines.len(), out.source_lines.len());
    for (i, l) in out.lines.iter().enumerate() {
        assert!(l.width() <= width as usize, "line {i} wider than {width}: {l:?}");
        for s in &l.spans {
            assert!(!s.content.chars().any(|c| c.is_control()), "control char in {s:?}");
        }
    }
    for h in &out.headings {
        assert!(h.line < out.lines.len().max(1));
    }
    for l in &out.links {
        assert!(l.line < out.lines.len().max(1));
    }
    assert!(out.source_lines.iter().all(|&s| s >= 1));
}

/// Style of the first span whose text contains `needle`.
fn style_of(out: &Rendered, needle: &str) -> Style {
    out.lines
        .iter()
        .flat_map(|l| l.spans.iter())
        .find(|s| s.content.contains(needle))
        .map(|s| s.style)
        .unwrap_or_else(|| panic!("no span contains {needle:?}"))
}

const LISTS: &str = "\
Intro paragraph.

- Alpha item with a fairly long text that wraps at forty columns
  - Nested one
  - Nested two
    - Third level
- Beta

3. third
4. fourth
   continued lazily
";

#[test]
fn nested_lists_wide() {
    assert_eq!(
        lines(LISTS, 100),
        [
            "Intro paragraph.",
            "",
            "• Alpha item with a fairly long text that wraps at forty columns",
            "  ◦ Nested one",
            "  ◦ Nested two",
            "    ▪ Third level",
            "• Beta",
            "",
            "3. third",
            "4. fourth continued lazily",
        ]
    );
}

#[test]
fn nested_lists_narrow_have_hanging_indents() {
    assert_eq!(
        lines(LISTS, 40),
        [
            "Intro paragraph.",
            "",
            "• Alpha item with a fairly long text",
            "  that wraps at forty columns",
            "  ◦ Nested one",
            "  ◦ Nested two",
            "    ▪ Third level",
            "• Beta",
            "",
            "3. third",
            "4. fourth continued lazily",
        ]
    );
    let narrow = lines("1. one two three four five six seven\n   - inner words wrap here too\n", 16);
    assert_eq!(
        narrow,
        ["1. one two three", "   four five six", "   seven", "   ◦ inner words", "     wrap here", "     too",]
    );
}

#[test]
fn loose_list_items_are_separated() {
    assert_eq!(lines("- a\n\n- b\n\n  second para\n", 40), ["• a", "", "• b", "", "  second para"]);
}

#[test]
fn task_lists() {
    let md = "- [ ] open task\n- [x] done task\n  - [X] nested done\n";
    let out = r(md, 40);
    assert_eq!(out.plain_lines(), ["☐ open task", "☑ done task", "  ☑ nested done"]);
    let s = Styles::default();
    assert_eq!(style_of(&out, "☐"), s.task_open);
    assert_eq!(style_of(&out, "☑"), s.task_done);
    assert_eq!(lines("1. [x] numbered\n", 40), ["☑  numbered"]);
}

const TABLE: &str = "\
| Series | Weekday | Topic |
| --- | :---: | ---: |
| container | Mon | Cluster stacks and the default storage class |
| iaas | Wed | Flavors |
";

#[test]
fn table_wide_sized_to_content() {
    assert_eq!(
        lines(TABLE, 100),
        [
            "┌───────────┬─────────┬──────────────────────────────────────────────┐",
            "│ Series    │ Weekday │                                        Topic │",
            "├───────────┼─────────┼──────────────────────────────────────────────┤",
            "│ container │   Mon   │ Cluster stacks and the default storage class │",
            "│ iaas      │   Wed   │                                      Flavors │",
            "└───────────┴─────────┴──────────────────────────────────────────────┘",
        ]
    );
}

#[test]
fn table_narrow_shrinks_widest_column_and_wraps_cells() {
    assert_eq!(
        lines(TABLE, 40),
        [
            "┌───────────┬─────────┬────────────────┐",
            "│ Series    │ Weekday │          Topic │",
            "├───────────┼─────────┼────────────────┤",
            "│ container │   Mon   │ Cluster stacks │",
            "│           │         │        and the │",
            "│           │         │        default │",
            "│           │         │  storage class │",
            "│ iaas      │   Wed   │        Flavors │",
            "└───────────┴─────────┴────────────────┘",
        ]
    );
    // Header cells are bold.
    let out = r(TABLE, 40);
    assert!(style_of(&out, "Series").add_modifier.contains(Modifier::BOLD));
    // Far too narrow for a grid: rows become wrapped text, still within width.
    let tiny = lines(TABLE, 12);
    assert!(tiny.iter().any(|l| l.contains("Series")));
    assert!(tiny.iter().all(|l| l.width() <= 12));
}

#[test]
fn headings_have_blank_lines_around_and_an_outline() {
    let md = "# Title *one*\ntext\n## Second\n### Third\n#### Fourth\nend\n";
    for width in [100u16, 40] {
        let out = r(md, width);
        assert_eq!(out.plain_lines(), ["Title one", "", "text", "", "Second", "", "Third", "", "Fourth", "", "end"]);
        let outline: Vec<(u8, &str, usize)> =
            out.headings.iter().map(|h| (h.level, h.title.as_str(), h.line)).collect();
        assert_eq!(outline, [(1, "Title one", 0), (2, "Second", 4), (3, "Third", 6), (4, "Fourth", 8)]);
        let s = Styles::default();
        assert_eq!(style_of(&out, "Title"), s.heading[0]);
        assert_eq!(style_of(&out, "Second"), s.heading[1]);
        assert_eq!(style_of(&out, "Fourth"), s.heading[2]);
        // The emphasis inside the heading keeps the heading style too.
        assert_eq!(style_of(&out, "one"), s.heading[0].patch(s.emphasis));
    }
}

#[test]
fn paragraphs_wrap_by_display_width() {
    let md = "The quick brown fox jumps over the lazy dog and keeps running far away.\n\nNext.";
    assert_eq!(
        lines(md, 40),
        ["The quick brown fox jumps over the lazy", "dog and keeps running far away.", "", "Next."]
    );
    assert_eq!(lines(md, 100)[0], "The quick brown fox jumps over the lazy dog and keeps running far away.");
    // CJK is two columns per character; emoji too.
    let cjk = lines("日本語のテキストはとても長いです 🎉🎉🎉🎉", 10);
    assert_eq!(cjk, ["日本語のテ", "キストはと", "ても長いで", "す", "🎉🎉🎉🎉"]);
    // Emoji presentation sequences (digit + VS16) are two columns wide.
    assert_eq!(lines("1\u{fe0f} 2\u{fe0f} 3\u{fe0f} 👍🏽 👨‍👩‍👧", 4), ["1\u{fe0f}", "2\u{fe0f}", "3\u{fe0f}", "👍🏽", "👨‍👩‍👧"]);
    // A word longer than the width is broken.
    assert_eq!(lines("abcdefghij klm", 4), ["abcd", "efgh", "ij", "klm"]);
    // Hard breaks (two spaces, backslash, <br>) start a new line.
    assert_eq!(lines("one  \ntwo\\\nthree<br>four", 40), ["one", "two", "three", "four"]);
}

#[test]
fn inline_styles() {
    let md = "Plain *em* **strong** ~~gone~~ `code` [link](https://scs.community/x).";
    let out = r(md, 100);
    assert_eq!(out.plain_lines(), ["Plain em strong gone code link."]);
    let s = Styles::default();
    assert_eq!(style_of(&out, "em"), s.emphasis);
    assert_eq!(style_of(&out, "strong"), s.strong);
    assert_eq!(style_of(&out, "gone"), s.strike);
    assert_eq!(style_of(&out, "code"), s.code);
    assert_eq!(style_of(&out, "link"), s.link);
    assert_eq!(style_of(&out, "Plain"), Style::new());
}

#[test]
fn links_and_images_are_collected_with_their_lines() {
    let md = "First line with [a link](https://example.org/a) here.\n\n\
              Some words to push the image onto a later line ![Logo of SCS](https://x.org/logo.png) end.\n\n\
              <https://auto.example/>";
    let out = r(md, 40);
    let lines = out.plain_lines();
    assert!(
        lines.iter().any(|l| l.contains("[image: Logo of SCS]")) || lines.join(" ").contains("[image: Logo of SCS]")
    );
    assert!(!lines.join(" ").contains("https://example.org/a"));
    assert_eq!(out.links.len(), 3);
    assert_eq!(out.links[0].text, "a link");
    assert_eq!(out.links[0].url, "https://example.org/a");
    assert!(lines[out.links[0].line].contains("a link"));
    assert_eq!(out.links[1].text, "Logo of SCS");
    assert_eq!(out.links[1].url, "https://x.org/logo.png");
    assert!(lines[out.links[1].line].contains("[image:"));
    assert_eq!(out.links[2].url, "https://auto.example/");
    assert!(lines[out.links[2].line].contains("https://auto.example/"));
}

#[test]
fn block_quotes_have_bars() {
    let md = "before\n\n> quoted text that is long enough to wrap\n> more\n>\n> > nested\n\nafter";
    assert_eq!(
        lines(md, 30),
        ["before", "", "│ quoted text that is long", "│ enough to wrap more", "│", "│ │ nested", "", "after"]
    );
    let out = r(md, 30);
    assert_eq!(style_of(&out, "quoted"), Styles::default().quote);
    assert_eq!(lines("- item\n  > in a list\n", 40), ["• item", "  │ in a list"]);
    // Never two blank lines in a row (list end + quote + heading).
    assert_eq!(lines("- a\n\n> # Head\n> text\n", 40), ["• a", "", "│ Head", "│", "│ text"]);
}

#[test]
fn code_blocks_are_indented_tab_expanded_and_never_wrapped() {
    let md = "Text\n\n```rust\nfn main() {\n\tprintln!(\"a very long line of code that does not fit\");\n}\n```\nafter";
    assert_eq!(
        lines(md, 100),
        [
            "Text",
            "",
            "  fn main() {",
            "      println!(\"a very long line of code that does not fit\");",
            "  }",
            "",
            "after"
        ]
    );
    let narrow = lines(md, 30);
    assert_eq!(narrow[3], "      println!(\"a very long l…");
    assert_eq!(narrow.len(), 7, "code lines are cut, not wrapped");
    let out = r(md, 30);
    assert_eq!(style_of(&out, "fn main"), Styles::default().code);
    // Indented code blocks too, and their source lines are exact.
    let out = r("para\n\n    indented code\n    second\n", 40);
    assert_eq!(out.plain_lines(), ["para", "", "  indented code", "  second"]);
    assert_eq!(out.source_lines, [1, 1, 3, 4]);
}

#[test]
fn rules_span_the_width() {
    assert_eq!(lines("a\n\n---\n\nb", 10), ["a", "", "──────────", "", "b"]);
    assert_eq!(lines("***", 3), ["───"]);
}

#[test]
fn html_and_front_matter_are_left_out() {
    let md = "---\ntitle: SCS Community Call\ntype: slide\n---\n\n<style>\n  h1 { font-size: 20px; }\n</style>\n\n\
              # Agenda\n\nText with <font color=\"red\">red</font> words.\n\n<!-- a comment -->\n\n<div>\nblock html\n</div>\n\nend";
    let out = r(md, 60);
    assert_eq!(out.plain_lines(), ["Agenda", "", "Text with red words.", "", "end"]);
    let all = out.plain_lines().join("\n");
    for noise in ["title", "font-size", "<font", "comment", "block html", "slide"] {
        assert!(!all.contains(noise), "{noise} leaked");
    }
    assert_eq!(out.headings[0].line, 0);
    assert_eq!(out.source_lines[0], 10);
}

#[test]
fn mid_document_dashes_are_content_not_metadata() {
    // A slide separator followed by text looks like a YAML block to
    // pulldown-cmark; only a block at the very top is front matter.
    let md = "# Slide one\n\n---\n## Slide two\nimportant text\n---\n\nclosing";
    let out = r(md, 40);
    let l = out.plain_lines();
    assert!(l.contains(&"Slide two".to_string()), "{l:?}");
    assert!(l.contains(&"important text".to_string()), "{l:?}");
    assert!(l.contains(&"closing".to_string()), "{l:?}");
    assert_eq!(out.headings.len(), 2);
    let two = &out.headings[1];
    assert_eq!(two.title, "Slide two");
    assert_eq!(out.source_lines[two.line], 4);
}

#[test]
fn escape_sequences_and_control_chars_never_reach_the_terminal() {
    let md = "# Bad\x1b]0;title\x07 heading\n\ntext \x1b[2J\x1b[31mred\u{9b}31m \u{202e}rtl\n\n```\ncode\x1b[1m\tx\n```\n\n| a\x1b[0m | b |\n|---|---|\n| \x08c | d |\n";
    for width in [100u16, 40] {
        let out = r(md, width);
        let all = out.plain_lines().join("\n");
        assert!(!all.contains('\x1b'));
        assert!(!all.contains('\x07'));
        assert!(!all.contains('\u{9b}'));
        assert!(!all.contains('\u{202e}'));
        assert!(!all.contains('\x08'));
        assert!(!all.contains('\t'));
        assert!(all.contains("red"));
        assert!(!out.headings[0].title.contains('\x1b'));
    }
}

#[test]
fn tiny_widths_never_panic_or_overflow() {
    let md = format!("{TABLE}\n{LISTS}\n> > > deep\n\n```\ncode\n```\n# 日本語\n- [x] 🎉 done");
    for width in 0..=12u16 {
        let out = r(&md, width);
        if width == 0 {
            assert!(out.lines.iter().all(|l| l.width() == 0));
        }
    }
    let deep = format!("{}deep text", "> ".repeat(200));
    r(&deep, 20);
    let nested = (0..100).map(|i| format!("{}- level {i}\n", "  ".repeat(i))).collect::<String>();
    let out = r(&nested, 30);
    assert!(out.plain_lines().iter().any(|l| l.contains("level 99")));
}

#[test]
fn line_for_source_finds_the_rendered_line() {
    let md = "# Head\n\npara one\nstill para\n\n## Sub\n\n- item\n";
    let out = r(md, 40);
    assert_eq!(out.plain_lines(), ["Head", "", "para one still para", "", "Sub", "", "• item"]);
    assert_eq!(out.line_for_source(1), 0);
    assert_eq!(out.line_for_source(3), 2);
    assert_eq!(out.line_for_source(5), 4);
    assert_eq!(out.line_for_source(6), 4);
    assert_eq!(out.line_for_source(8), 6);
    assert_eq!(out.line_for_source(999), 6);
    assert_eq!(render("", 40, &Styles::default()).line_for_source(3), 0);
}

#[test]
fn plain_styles_have_no_colours() {
    let s = Styles::plain();
    let all = [
        s.heading[0],
        s.heading[1],
        s.heading[2],
        s.emphasis,
        s.strong,
        s.strike,
        s.code,
        s.link,
        s.quote,
        s.table_border,
        s.task_done,
        s.task_open,
        s.rule,
    ];
    for st in all {
        assert_eq!(st.fg, None);
        assert_eq!(st.bg, None);
    }
    assert!(s.strong.add_modifier.contains(Modifier::BOLD));
    let out = render("# H\n\n**b** [l](u)", 20, &s);
    assert!(out
        .lines
        .iter()
        .flat_map(|l| l.spans.iter())
        .all(|sp| sp.style.fg.is_none() || sp.style.fg == Some(Color::Reset)));
}

#[test]
fn draws_in_a_test_backend() {
    let out = r(TABLE, 40);
    let height = out.lines.len() as u16;
    let mut term = Terminal::new(TestBackend::new(40, height)).unwrap();
    term.draw(|f| f.render_widget(Paragraph::new(out.to_text()), f.area())).unwrap();
    let buf = term.backend().buffer().clone();
    let rows: Vec<String> = (0..height).map(|y| (0..40).map(|x| buf[(x, y)].symbol().to_string()).collect()).collect();
    assert_eq!(rows[0], "┌───────────┬─────────┬────────────────┐");
    assert_eq!(rows[3], "│ container │   Mon   │ Cluster stacks │");
    assert_eq!(buf[(2u16, 1u16)].modifier, Modifier::BOLD);
}

fn markdownish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "# ",
        "## ",
        "- ",
        "* ",
        "1. ",
        "  ",
        "    ",
        "> ",
        "\n",
        "\n\n",
        "|",
        "| --- |",
        "---",
        "```",
        "`",
        "*",
        "**",
        "~~",
        "_",
        "[",
        "](",
        ")",
        "![",
        "<br>",
        "<style>",
        "</style>",
        "<font color=red>",
        "[ ] ",
        "[x] ",
        "\t",
        "\x1b[31m",
        "\u{7}",
        "word",
        "longerwordwithoutspaces",
        "日本語",
        "🎉",
        "é",
        "\u{301}",
        " ",
        "\r\n",
        "<!--",
        "-->",
        "+++",
        "...",
        "1)",
        "\\",
    ]);
    prop::collection::vec(atoms, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_line_exceeds_width(md in markdownish(), width in 0u16..120) {
        let out = render(&md, width, &Styles::default());
        check_invariants(&out, width);
    }

    #[test]
    fn arbitrary_text_never_panics(md in ".{0,300}", width in 0u16..60) {
        let out = render(&md, width, &Styles::plain());
        check_invariants(&out, width);
    }
}

#[test]
fn bare_urls_are_links() {
    let md = "Minutes: https://github.com/SovereignCloudStack/minutes/blob/main/container/20230717.md.\n\
              See (https://scs.community/about) and http://x.org, plus `https://not.a/link`.";
    let out = r(md, 100);
    let urls: Vec<&str> = out.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://github.com/SovereignCloudStack/minutes/blob/main/container/20230717.md",
            "https://scs.community/about",
            "http://x.org",
        ]
    );
    assert_eq!(out.links[0].text, out.links[0].url);
    assert_eq!(style_of(&out, "https://github.com"), Styles::default().link);
    // The sentence's full stop stays text, outside the link.
    assert!(out.plain_lines().join(" ").contains("20230717.md. See"));
}

#[test]
fn html_images_and_placeholders() {
    let md = "Docs page\n\n<img src=\"https://x.org/shot.png\" width=\"300\" />\n\n\
              As <USER> I want <XYZ>, see <img alt='Logo' src=https://x.org/l.png> here.";
    let out = r(md, 100);
    assert_eq!(out.plain_lines(), ["Docs page", "", "[image]", "", "As <USER> I want <XYZ>, see [image: Logo] here."]);
    let urls: Vec<(&str, &str, usize)> = out.links.iter().map(|l| (l.text.as_str(), l.url.as_str(), l.line)).collect();
    assert_eq!(urls, [("", "https://x.org/shot.png", 2), ("Logo", "https://x.org/l.png", 4)]);
}

#[test]
fn image_without_alt_text() {
    let out = r("See ![](https://x.org/a.png) and [![badge](b.svg)](https://ci.example)", 60);
    assert_eq!(out.plain_lines(), ["See [image] and [image: badge]"]);
    let links: Vec<(&str, &str)> = out.links.iter().map(|l| (l.text.as_str(), l.url.as_str())).collect();
    assert_eq!(links, [("", "https://x.org/a.png"), ("badge", "b.svg"), ("[image: badge]", "https://ci.example")]);
}
