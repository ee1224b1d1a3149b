//! Markdown -> styled ratatui [`Text`], shared by the Archive reader and the
//! Editor preview.
//!
//! The renderer walks pulldown-cmark events once, keeps explicit stacks for
//! containers (block quotes, list items) and inline styles (no recursion on
//! input), and word-wraps every block to the given width by display width.
//! Every piece of text goes through [`crate::text::sanitize_line`], so control
//! characters and escape sequences from remote minutes never reach the
//! terminal. HTML and YAML front matter are left out.

use pulldown_cmark::{
    Alignment, CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd, TextMergeWithOffset,
};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use std::ops::Range;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Styles used for each markdown construct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Styles {
    /// Heading styles: h1, h2, h3 and deeper.
    pub heading: [Style; 3],
    /// `*emphasis*`.
    pub emphasis: Style,
    /// `**strong**`.
    pub strong: Style,
    /// `~~strikethrough~~`.
    pub strike: Style,
    /// Inline code and code blocks.
    pub code: Style,
    /// Link text and image placeholders.
    pub link: Style,
    /// Block quote text and its `│` bar.
    pub quote: Style,
    /// Table borders.
    pub table_border: Style,
    /// The ☑ marker of a done task.
    pub task_done: Style,
    /// The ☐ marker of an open task.
    pub task_open: Style,
    /// Horizontal rules.
    pub rule: Style,
}

impl Default for Styles {
    fn default() -> Self {
        let bold = Modifier::BOLD;
        Styles {
            heading: [
                Style::new().fg(Color::Cyan).add_modifier(bold | Modifier::UNDERLINED),
                Style::new().fg(Color::Cyan).add_modifier(bold),
                Style::new().fg(Color::Blue).add_modifier(bold),
            ],
            emphasis: Style::new().add_modifier(Modifier::ITALIC),
            strong: Style::new().add_modifier(bold),
            strike: Style::new().fg(Color::DarkGray).add_modifier(Modifier::CROSSED_OUT),
            code: Style::new().fg(Color::Yellow),
            link: Style::new().fg(Color::LightBlue).add_modifier(Modifier::UNDERLINED),
            quote: Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
            table_border: Style::new().fg(Color::DarkGray),
            task_done: Style::new().fg(Color::Green),
            task_open: Style::new().fg(Color::Yellow),
            rule: Style::new().fg(Color::DarkGray),
        }
    }
}

impl Styles {
    /// Styles without colours, only modifiers (for `NO_COLOR`).
    pub fn plain() -> Self {
        let m = |m: Modifier| Style::new().add_modifier(m);
        Styles {
            heading: [m(Modifier::BOLD | Modifier::UNDERLINED), m(Modifier::BOLD), m(Modifier::BOLD)],
            emphasis: m(Modifier::ITALIC),
            strong: m(Modifier::BOLD),
            strike: m(Modifier::CROSSED_OUT),
            code: Style::new(),
            link: m(Modifier::UNDERLINED),
            quote: m(Modifier::ITALIC),
            table_border: Style::new(),
            task_done: Style::new(),
            task_open: Style::new(),
            rule: Style::new(),
        }
    }
}

/// A heading of the rendered document, for an outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The heading's plain text.
    pub title: String,
    /// Index into [`Rendered::lines`] of the heading's first line.
    pub line: usize,
}

/// A link (or image) found in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    /// The link's text (an image's alt text).
    pub text: String,
    /// The destination URL (sanitized).
    pub url: String,
    /// Index into [`Rendered::lines`] of the line showing the link text.
    pub line: usize,
}

/// The result of [`render`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rendered {
    /// The styled lines, none wider than the width given to [`render`].
    pub lines: Vec<Line<'static>>,
    /// Headings in document order.
    pub headings: Vec<Heading>,
    /// Links and images in document order.
    pub links: Vec<LinkRef>,
    /// For each rendered line, the 1-based source line it came from.
    pub source_lines: Vec<usize>,
}

impl Rendered {
    /// The first rendered line at or after the given 1-based source line
    /// (the last line if the source line is past the end; 0 when empty).
    pub fn line_for_source(&self, source_line: usize) -> usize {
        self.source_lines.iter().position(|&s| s >= source_line).unwrap_or_else(|| self.lines.len().saturating_sub(1))
    }

    /// The lines as a ratatui [`Text`] (cloned).
    pub fn to_text(&self) -> Text<'static> {
        Text::from(self.lines.clone())
    }

    /// The lines as plain strings, without styles (for tests and copying).
    pub fn plain_lines(&self) -> Vec<String> {
        self.lines.iter().map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect()).collect()
    }
}

/// Render markdown to styled lines wrapped to `width` display columns.
///
/// Never panics; no line is ever wider than `width`.
pub fn render(markdown: &str, width: u16, styles: &Styles) -> Rendered {
    let mut r = Renderer::new(markdown, width as usize, styles);
    let parser = TextMergeWithOffset::new(Parser::new_ext(markdown, options(true)).into_offset_iter());
    for (event, range) in parser {
        r.event(event, range);
    }
    r.finish()
}

fn options(metadata: bool) -> Options {
    let mut o = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS;
    if metadata {
        o |= Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    }
    o
}

/// Columns left for content however deep the nesting (at most half the width).
const MIN_CONTENT: usize = 12;
const TAB: usize = 4;

#[derive(Clone, Debug)]
struct Frag {
    text: String,
    style: Style,
    /// 1-based source line.
    src: usize,
    /// A forced line break (text is empty).
    brk: bool,
}

/// One display cluster: a character with any zero-width characters that
/// follow it (combining marks, variation selectors, ZWJ sequences).
#[derive(Clone, Copy, Debug)]
struct Cell<'a> {
    s: &'a str,
    w: usize,
    style: Style,
    src: usize,
    /// Byte offset in the block's concatenated fragment text.
    buf: usize,
}

struct WrapLine<'a> {
    cells: Vec<Cell<'a>>,
    buf: usize,
    src: usize,
}

enum Container {
    Quote,
    Item { marker: String, style: Style, indent: usize, used: bool },
}

struct OpenLink {
    buf: usize,
    text: String,
    url: String,
}

struct PendingLink {
    buf: usize,
    text: String,
    url: String,
}

struct TableCellData {
    frags: Vec<Frag>,
    links: Vec<(String, String)>,
}

struct TableRow {
    cells: Vec<TableCellData>,
    header: bool,
    src: usize,
}

struct TableState {
    aligns: Vec<Alignment>,
    rows: Vec<TableRow>,
    cur: Vec<TableCellData>,
    src: usize,
}

struct CodeState {
    text: String,
    first_line: Option<usize>,
}

struct Renderer<'a> {
    src: &'a str,
    width: usize,
    styles: &'a Styles,
    line_starts: Vec<usize>,
    /// Added to event offsets (for re-parsed mid-document metadata blocks).
    base: usize,
    out: Rendered,
    containers: Vec<Container>,
    lists: Vec<Option<u64>>,
    frags: Vec<Frag>,
    buf_len: usize,
    inline_styles: Vec<Style>,
    open_links: Vec<OpenLink>,
    pending_links: Vec<PendingLink>,
    /// Index in `frags` of each open image's `[image: ` placeholder.
    image_frags: Vec<usize>,
    heading: Option<u8>,
    quote_depth: usize,
    code: Option<CodeState>,
    skip: usize,
    inline_skip: Option<&'static str>,
    table: Option<TableState>,
    pending_blank: bool,
    /// Inside an HTML block (only its images are shown).
    html_block: bool,
    last_src: usize,
    nested_parse: bool,
}

impl<'a> Renderer<'a> {
    fn new(src: &'a str, width: usize, styles: &'a Styles) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(newline_offsets(src));
        Renderer {
            src,
            width,
            styles,
            line_starts,
            base: 0,
            out: Rendered::default(),
            containers: Vec::new(),
            lists: Vec::new(),
            frags: Vec::new(),
            buf_len: 0,
            inline_styles: Vec::new(),
            open_links: Vec::new(),
            pending_links: Vec::new(),
            image_frags: Vec::new(),
            heading: None,
            quote_depth: 0,
            code: None,
            skip: 0,
            inline_skip: None,
            table: None,
            pending_blank: false,
            html_block: false,
            last_src: 1,
            nested_parse: false,
        }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset).max(1)
    }

    fn finish(mut self) -> Rendered {
        self.flush_inline();
        if let Some(t) = self.table.take() {
            self.render_table(t);
        }
        if let Some(c) = self.code.take() {
            self.render_code(c);
        }
        self.out
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        let range = (range.start + self.base)..(range.end + self.base);
        if self.skip > 0 {
            match event {
                Event::Start(Tag::HtmlBlock) | Event::Start(Tag::MetadataBlock(_)) => self.skip += 1,
                Event::End(TagEnd::HtmlBlock) | Event::End(TagEnd::MetadataBlock(_)) => {
                    self.skip -= 1;
                    if self.skip == 0 && self.html_block {
                        // Images found in the block show as placeholders.
                        self.html_block = false;
                        if !self.frags.is_empty() {
                            self.flush_inline();
                            self.pending_blank = true;
                        }
                    }
                }
                Event::Html(h) if self.skip == 1 && self.html_block => {
                    let src_line = self.line_of(range.start);
                    self.html_images(&h, src_line);
                }
                _ => {}
            }
            return;
        }
        let src_line = self.line_of(range.start);
        match event {
            Event::Start(tag) => self.start(tag, range, src_line),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t, src_line),
            Event::Code(t) => {
                let style = self.current_style().patch(self.styles.code);
                self.push_frag(&t, style, src_line);
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                let style = self.current_style().patch(self.styles.code);
                self.push_frag(&t, style, src_line);
            }
            Event::Html(_) => {}
            Event::InlineHtml(h) => self.inline_html(&h, src_line),
            Event::FootnoteReference(t) => {
                let style = self.current_style();
                self.push_frag(&format!("[^{t}]"), style, src_line);
            }
            Event::SoftBreak => {
                if self.code.is_some() {
                    self.text("\n", src_line);
                } else {
                    let style = self.current_style();
                    self.push_frag(" ", style, src_line);
                }
            }
            Event::HardBreak => self.push_break(src_line),
            Event::Rule => {
                self.flush_inline();
                self.pending_blank = true;
                let avail = self.avail();
                let rule = "─".repeat(avail);
                self.emit(vec![Span::styled(rule, self.styles.rule)], src_line);
                self.pending_blank = true;
            }
            Event::TaskListMarker(done) => {
                let (mark, style) = if done { ("☑", self.styles.task_done) } else { ("☐", self.styles.task_open) };
                if let Some(Container::Item { marker, style: mstyle, indent, used: false }) = self.containers.last_mut()
                {
                    *marker = format!("{mark}{}", " ".repeat(indent.saturating_sub(1)));
                    *mstyle = style;
                } else {
                    self.push_frag(mark, style, src_line);
                    self.push_frag(" ", Style::new(), src_line);
                }
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>, src_line: usize) {
        match tag {
            Tag::Paragraph => self.flush_inline(),
            Tag::Heading { level, .. } => {
                self.flush_inline();
                self.pending_blank = true;
                self.heading = Some(heading_level(level));
            }
            Tag::BlockQuote(_) => {
                self.flush_inline();
                // The blank line before a quote has no bar of its own.
                self.flush_blank();
                self.containers.push(Container::Quote);
                self.quote_depth += 1;
            }
            Tag::CodeBlock(kind) => {
                self.flush_inline();
                self.pending_blank = true;
                let first_line = match kind {
                    CodeBlockKind::Fenced(_) => None,
                    CodeBlockKind::Indented => Some(src_line),
                };
                self.code = Some(CodeState { text: String::new(), first_line });
            }
            Tag::HtmlBlock => {
                self.flush_inline();
                self.skip += 1;
                self.html_block = true;
            }
            Tag::MetadataBlock(_) => {
                self.flush_inline();
                self.skip += 1;
                let at_start = self.src.get(..range.start).is_some_and(|s| s.trim().is_empty());
                if !at_start && !self.nested_parse {
                    self.reparse_metadata(range);
                }
            }
            Tag::List(first) => {
                self.flush_inline();
                self.lists.push(first);
            }
            Tag::Item => {
                self.flush_inline();
                let depth = self.lists.len();
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}. ");
                        *n = n.saturating_add(1);
                        m
                    }
                    _ => {
                        let b = ["•", "◦", "▪"][depth.saturating_sub(1) % 3];
                        format!("{b} ")
                    }
                };
                let indent = str_width(&marker);
                self.containers.push(Container::Item { marker, style: Style::new(), indent, used: false });
            }
            Tag::Table(aligns) => {
                self.flush_inline();
                self.pending_blank = true;
                self.table = Some(TableState { aligns, rows: Vec::new(), cur: Vec::new(), src: src_line });
            }
            Tag::TableHead | Tag::TableRow => {
                self.flush_inline();
                if let Some(t) = self.table.as_mut() {
                    t.cur.clear();
                    t.src = src_line;
                }
            }
            Tag::TableCell => {
                self.frags.clear();
                self.buf_len = 0;
            }
            Tag::Emphasis => self.inline_styles.push(self.styles.emphasis),
            Tag::Strong => self.inline_styles.push(self.styles.strong),
            Tag::Strikethrough => self.inline_styles.push(self.styles.strike),
            Tag::Superscript | Tag::Subscript => self.inline_styles.push(Style::new()),
            Tag::Link { dest_url, .. } => {
                self.inline_styles.push(self.styles.link);
                self.open_links.push(OpenLink {
                    buf: self.buf_len,
                    text: String::new(),
                    url: crate::text::sanitize_line(&dest_url).into_owned(),
                });
            }
            Tag::Image { dest_url, .. } => {
                let style = self.current_style().patch(self.styles.link);
                let buf = self.buf_len;
                self.push_frag("[image: ", style, src_line);
                self.inline_styles.push(self.styles.link);
                self.open_links.push(OpenLink {
                    buf,
                    text: String::new(),
                    url: crate::text::sanitize_line(&dest_url).into_owned(),
                });
                self.image_frags.push(self.frags.len().saturating_sub(1));
            }
            Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => {
                self.flush_inline();
                self.pending_blank = true;
            }
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                self.flush_inline();
                self.pending_blank = true;
            }
            TagEnd::Heading(_) => {
                self.flush_inline();
                self.heading = None;
                self.pending_blank = true;
            }
            TagEnd::BlockQuote(_) => {
                self.flush_inline();
                if let Some(pos) = self.containers.iter().rposition(|c| matches!(c, Container::Quote)) {
                    self.containers.truncate(pos);
                }
                self.quote_depth = self.quote_depth.saturating_sub(1);
                self.pending_blank = true;
            }
            TagEnd::CodeBlock => {
                if let Some(c) = self.code.take() {
                    self.render_code(c);
                }
                self.pending_blank = true;
            }
            TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => {}
            TagEnd::List(_) => {
                self.flush_inline();
                self.lists.pop();
                if !self.containers.iter().any(|c| matches!(c, Container::Item { .. })) {
                    self.pending_blank = true;
                }
            }
            TagEnd::Item => {
                self.flush_inline();
                if let Some(pos) = self.containers.iter().rposition(|c| matches!(c, Container::Item { .. })) {
                    if let Some(Container::Item { used: false, .. }) = self.containers.get(pos) {
                        // An empty item still shows its marker.
                        let src = self.last_src;
                        self.containers.truncate(pos + 1);
                        self.emit(Vec::new(), src);
                    }
                    self.containers.truncate(pos);
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    self.render_table(t);
                }
                self.pending_blank = true;
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                if let Some(t) = self.table.as_mut() {
                    let cells = std::mem::take(&mut t.cur);
                    t.rows.push(TableRow { cells, header: matches!(tag, TagEnd::TableHead), src: t.src });
                }
            }
            TagEnd::TableCell => {
                let frags = std::mem::take(&mut self.frags);
                self.buf_len = 0;
                let links = std::mem::take(&mut self.pending_links).into_iter().map(|l| (l.text, l.url)).collect();
                if let Some(t) = self.table.as_mut() {
                    t.cur.push(TableCellData { frags, links });
                }
            }
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Superscript | TagEnd::Subscript => {
                self.inline_styles.pop();
            }
            TagEnd::Link => {
                self.inline_styles.pop();
                self.close_link();
            }
            TagEnd::Image => {
                self.inline_styles.pop();
                let style = self.current_style().patch(self.styles.link);
                let src = self.last_src;
                // Keep the alt text as the link text, then close the bracket.
                let alt = self.open_links.last().map(|l| l.text.clone());
                let prefix = self.image_frags.pop();
                if alt.as_deref().is_some_and(|a| a.trim().is_empty()) {
                    // No alt text: `[image]`, not `[image: ]`.
                    if let Some(f) = prefix.and_then(|i| self.frags.get_mut(i)) {
                        if f.text == "[image: " {
                            f.text = "[image".to_string();
                            self.buf_len = self.buf_len.saturating_sub(2);
                        }
                    }
                }
                self.push_frag("]", style, src);
                if let (Some(l), Some(alt)) = (self.open_links.last_mut(), alt) {
                    l.text = alt;
                }
                self.close_link();
            }
            TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => {
                self.flush_inline();
                self.pending_blank = true;
            }
        }
    }

    fn close_link(&mut self) {
        if let Some(l) = self.open_links.pop() {
            let text = collapse_ws(&l.text);
            self.pending_links.push(PendingLink { buf: l.buf, text, url: l.url });
        }
    }

    /// A YAML-looking block in the middle of a document (a slide deck's
    /// `---` separators) is content, not metadata: render it as markdown.
    fn reparse_metadata(&mut self, range: Range<usize>) {
        let src = self.src;
        let Some(block) = src.get(range.clone()) else {
            return;
        };
        let inner_start = match block.find('\n') {
            Some(i) => range.start + i + 1,
            None => return,
        };
        let body = src.get(inner_start..range.end).unwrap_or("");
        // Drop the closing delimiter line.
        let trimmed = body.trim_end_matches(['\n', '\r']);
        let inner_end = match trimmed.rfind('\n') {
            Some(i) => inner_start + i + 1,
            None => inner_start,
        };
        let Some(inner) = src.get(inner_start..inner_end) else {
            return;
        };
        let close_line = self.line_of(inner_end);
        self.skip -= 1;
        self.event(Event::Rule, range.start - self.base..range.start - self.base);
        let saved_base = self.base;
        self.base = inner_start;
        self.nested_parse = true;
        for (ev, r) in TextMergeWithOffset::new(Parser::new_ext(inner, options(false)).into_offset_iter()) {
            self.event(ev, r);
        }
        self.nested_parse = false;
        self.base = saved_base;
        self.flush_inline();
        self.pending_blank = true;
        let avail = self.avail();
        self.emit(vec![Span::styled("─".repeat(avail), self.styles.rule)], close_line);
        self.pending_blank = true;
        self.skip += 1;
    }

    fn inline_html(&mut self, html: &str, src_line: usize) {
        let lower = html.trim().to_ascii_lowercase();
        if let Some(close) = self.inline_skip {
            if lower.starts_with(close) {
                self.inline_skip = None;
            }
            return;
        }
        if lower.starts_with("<!") || lower.starts_with("<?") {
            return; // comments, declarations, CDATA
        }
        let name: String = lower
            .trim_start_matches('<')
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if !HTML_TAGS.contains(&name.as_str()) {
            // `<tenant>` or `<USER>` in prose is a placeholder, not HTML.
            let style = self.current_style();
            self.push_frag(html, style, src_line);
            return;
        }
        let closing = lower.starts_with("</");
        match name.as_str() {
            "br" => self.push_break(src_line),
            "img" => self.html_images(html, src_line),
            "style" | "script" if !closing && !lower.ends_with("/>") => {
                self.inline_skip = Some(if name == "style" { "</style" } else { "</script" });
            }
            _ => {}
        }
    }

    /// Show each `<img src=… alt=…>` in `html` as `[image: alt]` and collect its URL.
    fn html_images(&mut self, html: &str, src_line: usize) {
        let lower = html.to_ascii_lowercase();
        let mut from = 0;
        while let Some(i) = lower.get(from..).and_then(|l| l.find("<img")) {
            let start = from + i;
            let end = lower[start..].find('>').map(|e| start + e + 1).unwrap_or(lower.len());
            from = end.max(start + 4);
            let tag = &html[start..end];
            let Some(url) = html_attr(tag, "src") else {
                continue;
            };
            let alt = html_attr(tag, "alt").unwrap_or_default();
            let style = self.current_style().patch(self.styles.link);
            if !self.frags.is_empty() && !self.frags.last().is_some_and(|f| f.brk) {
                self.push_frag(" ", self.current_style(), src_line);
            }
            let buf = self.buf_len;
            let label = if alt.trim().is_empty() { "[image]".to_string() } else { format!("[image: {}]", alt.trim()) };
            self.push_frag(&label, style, src_line);
            self.pending_links.push(PendingLink {
                buf,
                text: collapse_ws(&crate::text::sanitize_line(&alt)),
                url: crate::text::sanitize_line(&url).into_owned(),
            });
        }
    }

    fn text(&mut self, t: &str, src_line: usize) {
        if self.inline_skip.is_some() {
            return;
        }
        if let Some(code) = self.code.as_mut() {
            if code.first_line.is_none() {
                code.first_line = Some(src_line);
            }
            code.text.push_str(t);
            return;
        }
        let style = self.current_style();
        if !self.open_links.is_empty() {
            self.push_frag(t, style, src_line);
            return;
        }
        // Bare URLs (common in minutes) are links too.
        let mut rest = t;
        while let Some((a, b)) = find_bare_url(rest) {
            self.push_frag(&rest[..a], style, src_line);
            let url = crate::text::sanitize_line(&rest[a..b]).into_owned();
            self.open_links.push(OpenLink { buf: self.buf_len, text: String::new(), url });
            self.push_frag(&rest[a..b], style.patch(self.styles.link), src_line);
            self.close_link();
            rest = &rest[b..];
        }
        self.push_frag(rest, style, src_line);
    }

    fn current_style(&self) -> Style {
        let mut s = Style::new();
        if self.quote_depth > 0 {
            s = s.patch(self.styles.quote);
        }
        if let Some(level) = self.heading {
            let i = (level as usize).saturating_sub(1).min(2);
            s = s.patch(self.styles.heading[i]);
        }
        for p in &self.inline_styles {
            s = s.patch(*p);
        }
        s
    }

    fn push_frag(&mut self, t: &str, style: Style, src_line: usize) {
        if t.is_empty() {
            return;
        }
        let clean = crate::text::sanitize_line(t).into_owned();
        for l in &mut self.open_links {
            l.text.push_str(&clean);
        }
        self.buf_len += clean.len();
        self.last_src = src_line;
        self.frags.push(Frag { text: clean, style, src: src_line, brk: false });
    }

    fn push_break(&mut self, src_line: usize) {
        self.frags.push(Frag { text: String::new(), style: Style::new(), src: src_line, brk: true });
    }

    /// Width of the container prefix (after clamping for deep nesting).
    fn prefix_width(&self) -> usize {
        let w: usize = self
            .containers
            .iter()
            .map(|c| match c {
                Container::Quote => 2,
                Container::Item { indent, .. } => *indent,
            })
            .sum();
        w.min(self.prefix_budget())
    }

    fn prefix_budget(&self) -> usize {
        let min_content = (self.width / 2).clamp(self.width.min(1), MIN_CONTENT);
        self.width.saturating_sub(min_content)
    }

    fn avail(&self) -> usize {
        self.width.saturating_sub(self.prefix_width())
    }

    fn prefix(&mut self, consume: bool) -> Vec<Span<'static>> {
        let quote = self.styles.quote;
        let mut spans = Vec::new();
        for c in &mut self.containers {
            match c {
                Container::Quote => spans.push(Span::styled("│ ", quote)),
                Container::Item { marker, style, indent, used } => {
                    if !*used && consume {
                        *used = true;
                        spans.push(Span::styled(marker.clone(), *style));
                    } else {
                        spans.push(Span::raw(" ".repeat(*indent)));
                    }
                }
            }
        }
        let budget = self.prefix_budget();
        truncate_spans(spans, budget)
    }

    /// No lines yet, or the last line is empty but for spaces and quote bars.
    fn last_is_blank(&self) -> bool {
        self.out.lines.last().is_none_or(|l| l.spans.iter().all(|s| s.content.chars().all(|c| c == ' ' || c == '│')))
    }

    /// Index the next emitted content line will get (after a pending blank).
    fn next_line_index(&self) -> usize {
        let last_blank = self.last_is_blank();
        self.out.lines.len() + usize::from(self.pending_blank && !last_blank)
    }

    /// Emit the pending blank line now (with the current containers' bars).
    fn flush_blank(&mut self) {
        let last_blank = self.last_is_blank();
        if self.pending_blank && !last_blank {
            let prefix = self.prefix(false);
            let mut line = Line::from(prefix);
            trim_line_end(&mut line);
            let src = self.out.source_lines.last().copied().unwrap_or(1);
            self.out.lines.push(line);
            self.out.source_lines.push(src);
        }
        self.pending_blank = false;
    }

    fn emit(&mut self, content: Vec<Span<'static>>, src_line: usize) {
        self.flush_blank();
        let mut spans = self.prefix(true);
        spans.extend(content);
        let spans = truncate_spans(spans, self.width);
        self.out.lines.push(Line::from(spans));
        self.out.source_lines.push(src_line.max(1));
        self.last_src = src_line;
    }

    /// Wrap and emit the collected inline fragments as one block.
    fn flush_inline(&mut self) {
        if self.frags.is_empty() || self.table.is_some() {
            if self.table.is_none() {
                self.pending_links.clear();
            }
            return;
        }
        let frags = std::mem::take(&mut self.frags);
        self.buf_len = 0;
        let avail = self.avail();
        let wrapped = wrap(&frags, avail);
        let first_index = self.next_line_index();
        let mut starts = Vec::with_capacity(wrapped.len());
        for (i, wl) in wrapped.into_iter().enumerate() {
            let idx = if i == 0 { first_index } else { self.out.lines.len() };
            starts.push((wl.buf, idx));
            let spans = cells_to_spans(&wl.cells);
            self.emit(spans, wl.src);
        }
        if let Some(level) = self.heading {
            let title: String = frags.iter().map(|f| f.text.as_str()).collect();
            let title = collapse_ws(&title);
            if !title.is_empty() && !starts.is_empty() {
                self.out.headings.push(Heading { level, title, line: first_index });
            }
        }
        for l in std::mem::take(&mut self.pending_links) {
            // The last wrapped line starting at or before the link.
            let k = starts.partition_point(|(b, _)| *b <= l.buf);
            let line = starts
                .get(k.saturating_sub(1))
                .map(|(_, i)| *i)
                .unwrap_or_else(|| self.out.lines.len().saturating_sub(1));
            self.out.links.push(LinkRef { text: l.text, url: l.url, line });
        }
    }

    fn render_code(&mut self, c: CodeState) {
        let first = c.first_line.unwrap_or(self.last_src);
        let avail = self.avail();
        let indent = if avail > 8 { 2 } else { 0 };
        let room = avail.saturating_sub(indent);
        let mut text = c.text.as_str();
        if let Some(t) = text.strip_suffix('\n') {
            text = t;
        }
        if text.is_empty() && c.first_line.is_none() {
            return;
        }
        for (i, raw) in text.split('\n').enumerate() {
            let expanded = expand_tabs(raw);
            let clean = crate::text::sanitize_line(&expanded);
            let shown = truncate_str(&clean, room);
            let mut spans = Vec::new();
            if indent > 0 {
                spans.push(Span::raw(" ".repeat(indent)));
            }
            spans.push(Span::styled(shown, self.styles.code));
            self.emit(spans, first + i);
        }
        self.pending_blank = true;
    }

    fn render_table(&mut self, t: TableState) {
        let ncols = t.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0).max(t.aligns.len());
        if ncols == 0 || t.rows.is_empty() {
            return;
        }
        let avail = self.avail();
        let overhead = 3 * ncols + 1;
        let b = self.styles.table_border;
        let header_style = Style::new().add_modifier(Modifier::BOLD);

        if avail < overhead + ncols {
            // Too narrow for a grid: one wrapped paragraph per row.
            for row in t.rows {
                let mut frags = Vec::new();
                for (i, cell) in row.cells.into_iter().enumerate() {
                    if i > 0 {
                        frags.push(Frag { text: " | ".into(), style: b, src: row.src, brk: false });
                    }
                    let line = self.next_line_index();
                    for (text, url) in cell.links {
                        self.out.links.push(LinkRef { text, url, line });
                    }
                    frags.extend(cell.frags);
                }
                for wl in wrap(&frags, avail) {
                    let spans = cells_to_spans(&wl.cells);
                    self.emit(spans, row.src);
                }
            }
            return;
        }

        let natural: Vec<usize> = (0..ncols)
            .map(|c| {
                t.rows
                    .iter()
                    .filter_map(|r| r.cells.get(c))
                    .map(|cell| single_line_width(&cell.frags))
                    .max()
                    .unwrap_or(0)
                    .max(1)
            })
            .collect();
        let widths = fit_columns(&natural, avail - overhead);

        let border = |l: &str, m: &str, r: &str| -> Vec<Span<'static>> {
            let mut s = String::from(l);
            for (i, w) in widths.iter().enumerate() {
                if i > 0 {
                    s.push_str(m);
                }
                s.push_str(&"─".repeat(w + 2));
            }
            s.push_str(r);
            vec![Span::styled(s, b)]
        };
        let top = border("┌", "┬", "┐");
        let mid = border("├", "┼", "┤");
        let bottom = border("└", "┴", "┘");
        let first_src = t.rows.first().map(|r| r.src).unwrap_or(1);
        let last_src = t.rows.last().map(|r| r.src).unwrap_or(first_src);
        self.emit(top, first_src);
        let nrows = t.rows.len();
        for (ri, row) in t.rows.into_iter().enumerate() {
            let row_line = self.out.lines.len();
            let mut row = row;
            if row.header {
                for f in row.cells.iter_mut().flat_map(|c| c.frags.iter_mut()) {
                    f.style = header_style.patch(f.style);
                }
            }
            let cell_lines: Vec<Vec<WrapLine<'_>>> = widths
                .iter()
                .enumerate()
                .map(|(c, &cw)| {
                    let frags = row.cells.get(c).map(|x| x.frags.as_slice()).unwrap_or(&[]);
                    wrap(frags, cw)
                })
                .collect();
            for cell in &row.cells {
                for (text, url) in &cell.links {
                    self.out.links.push(LinkRef { text: text.clone(), url: url.clone(), line: row_line });
                }
            }
            let height = cell_lines.iter().map(|l| l.len()).max().unwrap_or(0).max(1);
            for li in 0..height {
                let mut spans = vec![Span::styled("│ ", b)];
                for (c, (lines, &cw)) in cell_lines.iter().zip(&widths).enumerate() {
                    if c > 0 {
                        spans.push(Span::styled(" │ ", b));
                    }
                    let (content, w) = match lines.get(li) {
                        Some(wl) => (cells_to_spans(&wl.cells), wl.cells.iter().map(|x| x.w).sum::<usize>()),
                        None => (Vec::new(), 0),
                    };
                    let pad = cw.saturating_sub(w);
                    let (left, right) = match t.aligns.get(c) {
                        Some(Alignment::Right) => (pad, 0),
                        Some(Alignment::Center) => (pad / 2, pad - pad / 2),
                        _ => (0, pad),
                    };
                    if left > 0 {
                        spans.push(Span::raw(" ".repeat(left)));
                    }
                    spans.extend(content);
                    if right > 0 {
                        spans.push(Span::raw(" ".repeat(right)));
                    }
                }
                spans.push(Span::styled(" │", b));
                self.emit(spans, row.src);
            }
            if row.header && ri + 1 < nrows {
                self.emit(mid.clone(), row.src);
            }
        }
        self.emit(bottom, last_src);
    }
}

/// Byte range of the first bare `http(s)://` URL in `s`, trailing
/// punctuation excluded.
fn find_bare_url(s: &str) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(i) = s.get(from..)?.find("http") {
        let a = from + i;
        from = a + 4;
        let tail = &s[a..];
        let scheme = if tail.starts_with("https://") {
            8
        } else if tail.starts_with("http://") {
            7
        } else {
            continue;
        };
        if a > 0 && (bytes[a - 1].is_ascii_alphanumeric() || bytes[a - 1] == b'/') {
            continue;
        }
        let len = tail.find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`')).unwrap_or(tail.len());
        let mut url = &tail[..len];
        loop {
            let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '*', '_']);
            let trimmed =
                if trimmed.ends_with(')') && !trimmed.contains('(') { &trimmed[..trimmed.len() - 1] } else { trimmed };
            if trimmed.len() == url.len() {
                break;
            }
            url = trimmed;
        }
        if url.len() > scheme {
            return Some((a, a + url.len()));
        }
    }
    None
}

/// HTML elements that are left out when they appear inline; anything else
/// in angle brackets (`<tenant>`, `<USER>`) is shown as text.
const HTML_TAGS: &[&str] = &[
    "a",
    "abbr",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "bdi",
    "bdo",
    "big",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "mark",
    "meta",
    "nav",
    "object",
    "ol",
    "option",
    "p",
    "picture",
    "pre",
    "q",
    "s",
    "samp",
    "script",
    "section",
    "select",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

/// The value of attribute `name` in an HTML start tag (quoted or bare).
fn html_attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut from = 0;
    while let Some(i) = lower.get(from..)?.find(name) {
        let at = from + i;
        from = at + name.len();
        if at == 0 || !bytes[at - 1].is_ascii_whitespace() {
            continue;
        }
        let rest = lower[from..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let vstart = lower.len() - rest.len();
        let (value_start, value_end) = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let end = rest[1..].find(q).map(|e| e + 1).unwrap_or(rest.len());
                (vstart + 1, vstart + end)
            }
            Some(_) => {
                let end = rest.find(|c: char| c.is_ascii_whitespace() || c == '>').unwrap_or(rest.len());
                let end = if rest[..end].ends_with('/') { end - 1 } else { end };
                (vstart, vstart + end)
            }
            None => return None,
        };
        return tag.get(value_start..value_end).map(str::to_string);
    }
    None
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn newline_offsets(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1)
}

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

fn str_width(s: &str) -> usize {
    s.width()
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn expand_tabs(s: &str) -> String {
    if !s.contains('\t') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut col = 0;
    for c in s.chars() {
        if c == '\t' {
            let n = TAB - col % TAB;
            out.extend(std::iter::repeat_n(' ', n));
            col += n;
        } else {
            out.push(c);
            col += char_width(c);
        }
    }
    out
}

/// Cut `s` to at most `max` columns, ending with `…` when cut.
fn truncate_str(s: &str, max: usize) -> String {
    crate::text::fit_width(s, max).into_owned()
}

/// Cut spans to at most `max` display columns (as ratatui measures them).
fn truncate_spans(spans: Vec<Span<'static>>, max: usize) -> Vec<Span<'static>> {
    let mut out = Vec::with_capacity(spans.len());
    let mut w = 0;
    for s in spans {
        let sw = s.content.width();
        if w + sw <= max {
            w += sw;
            out.push(s);
            continue;
        }
        let mut cut = String::new();
        let mut cw_sum = 0;
        for c in s.content.chars() {
            let cw = char_width(c);
            if w + cw_sum + cw > max {
                break;
            }
            cut.push(c);
            cw_sum += cw;
        }
        // Sequences can be wider than their characters (emoji + VS16).
        while !cut.is_empty() && w + cut.width() > max {
            cut.pop();
        }
        if !cut.is_empty() {
            out.push(Span::styled(cut, s.style));
        }
        break;
    }
    out
}

fn trim_line_end(line: &mut Line<'static>) {
    while let Some(last) = line.spans.last_mut() {
        let trimmed = last.content.trim_end();
        if trimmed.is_empty() {
            line.spans.pop();
        } else {
            if trimmed.len() != last.content.len() {
                last.content = trimmed.to_string().into();
            }
            break;
        }
    }
}

fn single_line_width(frags: &[Frag]) -> usize {
    let text: String = frags.iter().map(|f| if f.brk { " " } else { f.text.as_str() }).collect();
    str_width(&collapse_ws(&text))
}

/// Shrink natural column widths to fit `room` columns: widest first.
fn fit_columns(natural: &[usize], room: usize) -> Vec<usize> {
    let total: usize = natural.iter().sum();
    if total <= room {
        return natural.to_vec();
    }
    let n = natural.len();
    if n == 0 {
        return Vec::new();
    }
    // Largest cap c with sum(min(nat, c)) <= room.
    let (mut lo, mut hi) = (1usize, natural.iter().copied().max().unwrap_or(1));
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        let s: usize = natural.iter().map(|&w| w.min(mid)).sum();
        if s <= room {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let mut widths: Vec<usize> = natural.iter().map(|&w| w.min(lo).max(1)).collect();
    let mut used: usize = widths.iter().sum();
    // Hand out what is left to the capped columns, left to right.
    for (i, w) in widths.iter_mut().enumerate() {
        if used >= room {
            break;
        }
        if *w < natural[i] {
            *w += 1;
            used += 1;
        }
    }
    widths
}

fn cells_to_spans(cells: &[Cell<'_>]) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut cur = String::new();
    let mut style = None;
    for c in cells {
        if style != Some(c.style) {
            if let Some(s) = style {
                spans.push(Span::styled(std::mem::take(&mut cur), s));
            }
            style = Some(c.style);
        }
        cur.push_str(c.s);
    }
    if let Some(s) = style {
        spans.push(Span::styled(cur, s));
    }
    spans
}

fn push_line<'a>(lines: &mut Vec<WrapLine<'a>>, cur: &mut Vec<Cell<'a>>, start: Option<(usize, usize)>) {
    let (buf, src) = cur.first().map(|c| (c.buf, c.src)).or(start).unwrap_or((0, 1));
    lines.push(WrapLine { cells: std::mem::take(cur), buf, src });
}

enum Tok<'a> {
    Word(Vec<Cell<'a>>),
    Space(Cell<'a>),
    Break { src: usize, buf: usize },
}

/// Does `c` belong to the cluster before it?
fn joins_previous(c: char, prev: &str) -> bool {
    char_width(c) == 0 || prev.ends_with('\u{200d}') || ('\u{1f3fb}'..='\u{1f3ff}').contains(&c)
}

/// Greedy word wrap by display width. Words longer than `avail` are broken;
/// a cluster wider than `avail` is dropped, so no line exceeds `avail`.
fn wrap(frags: &[Frag], avail: usize) -> Vec<WrapLine<'_>> {
    let mut toks: Vec<Tok<'_>> = Vec::new();
    let mut buf = 0usize;
    for f in frags {
        if f.brk {
            toks.push(Tok::Break { src: f.src, buf });
            continue;
        }
        let text = f.text.as_str();
        // Start of the current cluster within this fragment.
        let mut open: Option<usize> = None;
        for (i, ch) in text.char_indices() {
            let end = i + ch.len_utf8();
            if ch.is_whitespace() {
                open = None;
                let cell = Cell { s: " ", w: 1, style: f.style, src: f.src, buf: buf + i };
                if !matches!(toks.last(), Some(Tok::Space(_))) {
                    toks.push(Tok::Space(cell));
                }
                continue;
            }
            if let (Some(start), Some(Tok::Word(w))) = (open, toks.last_mut()) {
                if let Some(last) = w.last_mut() {
                    if joins_previous(ch, &text[start..i]) {
                        last.s = &text[start..end];
                        last.w = last.s.width();
                        continue;
                    }
                }
            }
            open = Some(i);
            let s = &text[i..end];
            let cell = Cell { s, w: s.width(), style: f.style, src: f.src, buf: buf + i };
            match toks.last_mut() {
                Some(Tok::Word(w)) => w.push(cell),
                _ => toks.push(Tok::Word(vec![cell])),
            }
        }
        buf += f.text.len();
    }

    let mut lines: Vec<WrapLine<'_>> = Vec::new();
    let mut cur: Vec<Cell<'_>> = Vec::new();
    let mut cur_w = 0usize;
    let mut space: Option<Cell<'_>> = None;
    let mut line_start: Option<(usize, usize)> = None;
    for tok in toks {
        match tok {
            Tok::Break { src, buf } => {
                push_line(&mut lines, &mut cur, line_start.or(Some((buf, src))));
                cur_w = 0;
                space = None;
                line_start = Some((buf, src));
            }
            Tok::Space(c) => {
                if !cur.is_empty() {
                    space = Some(c);
                }
            }
            Tok::Word(word) => {
                let ww: usize = word.iter().map(|c| c.w).sum();
                let sp = usize::from(space.is_some());
                if cur_w + sp + ww <= avail {
                    if let Some(s) = space.take() {
                        cur.push(s);
                    }
                    cur.extend(word);
                    cur_w += sp + ww;
                } else if ww <= avail {
                    if !cur.is_empty() {
                        push_line(&mut lines, &mut cur, line_start.take());
                    }
                    cur_w = ww;
                    cur.extend(word);
                } else {
                    if !cur.is_empty() {
                        push_line(&mut lines, &mut cur, line_start.take());
                        cur_w = 0;
                    }
                    for c in word {
                        if c.w > avail {
                            continue;
                        }
                        if cur_w + c.w > avail {
                            push_line(&mut lines, &mut cur, line_start.take());
                            cur_w = 0;
                        }
                        cur.push(c);
                        cur_w += c.w;
                    }
                }
                space = None;
            }
        }
    }
    if !cur.is_empty() {
        push_line(&mut lines, &mut cur, line_start.take());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_columns_shrinks_widest_first() {
        assert_eq!(fit_columns(&[3, 20, 5], 18), vec![3, 10, 5]);
        assert_eq!(fit_columns(&[3, 4], 10), vec![3, 4]);
        let w = fit_columns(&[50, 50, 2], 30);
        assert_eq!(w.iter().sum::<usize>(), 30);
        assert_eq!(w[2], 2);
    }

    #[test]
    fn wrap_breaks_long_words_and_drops_too_wide_chars() {
        let frags = vec![Frag { text: "abcdefgh 日本".into(), style: Style::new(), src: 1, brk: false }];
        let lines = wrap(&frags, 3);
        let text: Vec<String> = lines.iter().map(|l| l.cells.iter().map(|c| c.s).collect()).collect();
        assert_eq!(text, vec!["abc", "def", "gh", "日", "本"]);
        let narrow = wrap(&frags, 1);
        assert!(narrow.iter().all(|l| l.cells.iter().map(|c| c.w).sum::<usize>() <= 1));
    }
}
