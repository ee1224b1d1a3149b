//! Markdown -> a flat list of logical lines ("nodes") with their structure:
//! heading, list depth, enclosing list item, task state, strikethrough and
//! links. Built from pulldown-cmark events with byte offsets; every extractor
//! works on this list instead of on raw text.

use std::borrow::Cow;
use std::sync::LazyLock;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};
use regex::Regex;

use crate::model::meeting::{Link, Section};

/// What kind of logical line a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A heading (its text is also in `Doc::sections`).
    Heading(u8),
    /// The first line of a list item.
    Item,
    /// The first line of a paragraph (or table row) outside or inside an item.
    Para,
    /// A continuation line (after a soft or hard break) of the previous node.
    Cont,
}

/// One logical line.
#[derive(Debug, Clone)]
pub struct Node<'a> {
    /// Heading, item, paragraph or continuation.
    pub kind: Kind,
    /// Plain text of the line (borrowed from the source when it is one piece).
    pub text: Cow<'a, str>,
    /// 1-based line.
    pub line: usize,
    /// List nesting depth (0 outside lists, 1 for top-level items).
    pub depth: usize,
    /// Node index of the enclosing list item's first line.
    pub parent: Option<usize>,
    /// Index into `Doc::sections` of the heading this node sits under.
    pub section: Option<usize>,
    /// Task list state of the item (`[ ]` = Some(false), `[x]` = Some(true)).
    pub task: Option<bool>,
    /// Alphanumeric characters inside strikethrough.
    pub struck: usize,
    /// Alphanumeric characters outside strikethrough (only counted when some are struck).
    pub plain: usize,
    /// Links on this line.
    pub links: Vec<Link>,
}

impl Node<'_> {
    /// Mostly struck through (`~~text~~`).
    pub fn is_struck(&self) -> bool {
        self.struck > 0 && self.struck * 10 >= (self.struck + self.plain) * 6
    }
}

/// The parsed document.
#[derive(Debug, Default)]
pub struct Doc<'a> {
    /// Logical lines in document order.
    pub nodes: Vec<Node<'a>>,
    /// Headings in document order.
    pub sections: Vec<Section>,
    /// Parent section (enclosing heading of lower level) of each section.
    pub section_parent: Vec<Option<usize>>,
    /// Raw YAML front matter, if any.
    pub front_matter: Option<String>,
    /// Keyword flags (`KW_*` bits) of each 1-based source line, from one
    /// scan over the whole text: cheap prefilters for the extractors.
    pub line_flags: Vec<u16>,
    /// The nicks that speak in a chat log pasted as a code block (`14:02 <marenk> …`).
    pub chat_nicks: Vec<String>,
    /// The nodes that are a table's header row (`| Ref | What | Assignee |` above `|---|`).
    pub table_heads: Vec<usize>,
}

/// The line mentions minutes / protocol / notes (minute takers, team minutes).
pub const KW_MINUTES: u16 = 1;
/// The line may record a decision.
pub const KW_DECISION: u16 = 2;
/// The line may hold an action item marker (`AI`, `TODO`, `ToDo`, `To Do`).
pub const KW_ACTION: u16 = 8;
/// The line holds a URL.
pub const KW_URL: u16 = 16;
/// The line may be about people (participants, new members).
pub const KW_PEOPLE: u16 = 32;
/// The line may be about hackathons or lightning talks.
pub const KW_EVENT: u16 = 64;
/// The line holds a clock time (`10:05`, `9.30`).
pub const KW_CLOCK: u16 = 128;
/// The line may mention a tender.
pub const KW_TENDER: u16 = 4;

/// Keywords of the lowercased text (literals but for a few digit classes, `lot \d`, a vote's
/// `(6/0/1)`, so the regex engine can use its SIMD prefilter), and the case-sensitive action
/// markers.
static KEYWORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"action:|fu:|fu @|fu |f/u:|minute|protocol|protokoll|wer schreibt|schriftführ|written by|typed up by|compiled by|summarised by|summarized by|notes by|notes taken|\+1 from|\+1 by|\+1 von|carried|adopted|motion|\(\d+/\d+/\d+\)|task:|tasks:|follow-up:|follow-ups:|follow up:|followup:|next step:|next steps:|notes:|note taker|notetaker|note-taker|scribe|recorder|decid|decision|decis|konsens|agreed|we will|we'll|resolu|resolv|consensus|conclusion|concluded|answer|go with|we go for|to do:|todo:|todo @|todo\)|prefer|majority|in favo|settled on|we opted|we chose|we picked|we selected|go with|go for|let's do|> cancel|agreement|we agree|yes, do|> merge|go with|approv|unanim|vote|objection|objects|objected|we’ll|selected|good approach|resulted in|let's merge|let's try|let's finish|let's go ahead|let's st|let’s|won’t|accepted|rejected|veto|> yes|chosen|tender|vp|lot \d|lots \d|los \d|lose \d|vergabe|http|particip|attend|teilnehm|new member|new team member|newcomer|new colleague|welcome|introduction|hackathon|lightn|lighting|outcome|result|agree|go ahead|against|concur|sign-off|signoff|signed off|signed-off|green light|green-light|green lit|green-lit|go-ahead|ok'd|ok’d|oked|okayed|endorse|settled|ruled:|voted|went with|went for|opted|chose|picked|beschl|entschied|entscheid|vereinbar|einig|ergebnis|fazit|verdict|ruling|festgelegt|angenommen|abgelehnt|genehmigt|fine with|on board with|happy with|favored|favoured|poll|declined|vetoed|ruled out|off the table|no-go|no go|pursue|way to go|way forward|our choice|our pick|position:|takes notes|take notes|taking notes|note taking|note-taking|notetaking|notes taking|keeper|secretary|mitschrift|notes/|compte-rendu|compte rendu|prise de notes|secrétaire|rédact|décision|décid|validé|adopté|acté")
        .expect("valid regex")
});

/// The flag of a keyword found by [`KEYWORDS`].
fn keyword_bit(k: &str) -> u16 {
    const TABLE: &[(&str, u16)] = &[
        ("to do:", KW_ACTION),
        ("fu:", KW_ACTION),
        ("fu @", KW_ACTION),
        ("fu ", KW_ACTION),
        ("f/u:", KW_ACTION),
        ("action:", KW_ACTION),
        ("task", KW_ACTION),
        ("follow", KW_ACTION),
        ("next step", KW_ACTION),
        ("todo:", KW_ACTION),
        ("todo @", KW_ACTION),
        ("todo)", KW_ACTION),
        ("minute", KW_MINUTES),
        ("protocol", KW_MINUTES),
        ("protokoll", KW_MINUTES),
        ("wer schreibt", KW_MINUTES),
        ("schriftführ", KW_MINUTES),
        ("written by", KW_MINUTES),
        ("typed up by", KW_MINUTES),
        ("compiled by", KW_MINUTES),
        ("summarised by", KW_MINUTES),
        ("summarized by", KW_MINUTES),
        ("notes by", KW_MINUTES),
        ("takes notes", KW_MINUTES),
        ("take notes", KW_MINUTES),
        ("taking notes", KW_MINUTES),
        ("notes:", KW_MINUTES),
        ("note", KW_MINUTES),
        ("scribe", KW_MINUTES),
        ("keeper", KW_MINUTES),
        ("secretary", KW_MINUTES),
        ("mitschrift", KW_MINUTES),
        ("compte", KW_MINUTES),
        ("prise de notes", KW_MINUTES),
        ("secrétaire", KW_MINUTES),
        ("rédact", KW_MINUTES),
        ("recorder", KW_MINUTES),
        ("tender", KW_TENDER),
        ("vp", KW_TENDER),
        ("lot", KW_TENDER),
        ("los", KW_TENDER),
        ("vergabe", KW_TENDER),
        ("http", KW_URL),
        ("particip", KW_PEOPLE),
        ("attend", KW_PEOPLE),
        ("teilnehm", KW_PEOPLE),
        ("new", KW_PEOPLE),
        ("welcome", KW_PEOPLE),
        ("introduction", KW_PEOPLE),
        ("hackathon", KW_EVENT),
        ("light", KW_EVENT),
    ];
    TABLE.iter().find(|(p, _)| k.starts_with(p)).map(|(_, b)| *b).unwrap_or(KW_DECISION)
}

/// First bytes of the case-sensitive markers scanned byte by byte.
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'A' as usize] = true;
    t[b'T' as usize] = true;
    t[b':' as usize] = true;
    t[b'.' as usize] = true;
    t
};

fn keyword_flags(text: &str, lines: &Lines) -> Vec<u16> {
    let mut flags = vec![0u16; lines.count + 2];
    let lower = text.to_ascii_lowercase();
    for m in KEYWORDS.find_iter(&lower) {
        let bit = keyword_bit(m.as_str());
        if let Some(f) = flags.get_mut(lines.line(m.start())) {
            *f |= bit;
        }
    }
    // case-sensitive action markers, one byte scan
    let b = text.as_bytes();
    let mut i = 0;
    while i + 1 < b.len() {
        // skip to the next byte that can start something interesting
        match b[i..b.len() - 1].iter().position(|&c| INTERESTING[c as usize]) {
            Some(p) => i += p,
            None => break,
        }
        let hit = match b[i] {
            b'A' => {
                b[i + 1] == b'I'
                    // `AP @a:`, `AP:` (an action point), not inside a word (`SAP`, `APIs`)
                    || b[i + 1] == b'P'
                        && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                        && matches!(b.get(i + 2), Some(b' ' | b':' | b'(' | b's'))
                    || b[i + 1..].starts_with(b"ction")
                    || b[i + 1..].starts_with(b"CTION")
                    || b[i + 1..].starts_with(b"ufgabe")
            }
            b':' | b'.'
                if i > 0
                    && b[i - 1].is_ascii_digit()
                    && b[i + 1].is_ascii_digit()
                    && b.get(i + 2).is_some_and(|c| c.is_ascii_digit()) =>
            {
                if let Some(f) = flags.get_mut(lines.line(i)) {
                    *f |= KW_CLOCK;
                }
                false
            }
            b'T' => {
                let rest = &b[i + 1..];
                rest.starts_with(b"ODO")
                    || rest.starts_with(b"oDo")
                    || rest.starts_with(b"odo")
                    || rest.starts_with(b"o Do")
                    || rest.starts_with(b"o do")
                    || rest.starts_with(b"o-do")
                    || rest.starts_with(b"o-Do")
            }
            _ => false,
        };
        if hit {
            if let Some(f) = flags.get_mut(lines.line(i)) {
                *f |= KW_ACTION;
            }
        }
        i += 1;
    }
    flags
}

impl<'a> Doc<'a> {
    /// Titles of the node's heading and all enclosing headings, innermost first.
    pub fn heading_chain(&self, node: &Node<'_>) -> impl Iterator<Item = &str> {
        let mut cur = node.section;
        std::iter::from_fn(move || {
            let i = cur?;
            cur = self.section_parent.get(i).copied().flatten();
            self.sections.get(i).map(|s| s.title.as_str())
        })
    }

    /// Whether the node's source line has keyword flag `kw` (`KW_*`).
    pub fn has(&self, node: &Node<'_>, kw: u16) -> bool {
        self.line_flags.get(node.line).is_some_and(|f| f & kw != 0)
    }

    /// Whether source line `line` has keyword flag `kw` (`KW_*`).
    pub fn line_has(&self, line: usize, kw: u16) -> bool {
        self.line_flags.get(line).is_some_and(|f| f & kw != 0)
    }

    /// The node's section as an index into a per-section table of
    /// `sections.len() + 1` slots (the last for nodes before any heading).
    pub fn section_slot(&self, node: &Node<'_>) -> usize {
        let n = self.sections.len();
        node.section.filter(|&s| s < n).unwrap_or(n)
    }

    /// Title of the node's heading ("" when none).
    pub fn heading(&self, node: &Node<'_>) -> &str {
        node.section.and_then(|i| self.sections.get(i)).map(|s| s.title.as_str()).unwrap_or("")
    }

    /// Indices of the direct children (first lines of sub-items and
    /// paragraphs of the item) of the item at `idx`.
    pub fn children(&self, idx: usize) -> impl Iterator<Item = usize> + '_ {
        self.nodes
            .iter()
            .enumerate()
            .skip(idx + 1)
            .take_while(move |(_, n)| n.parent.is_some_and(|p| p >= idx) || n.kind == Kind::Cont)
            .filter(move |(_, n)| n.parent == Some(idx) && n.kind != Kind::Cont)
            .map(|(i, _)| i)
    }

    /// The node's text plus its continuation lines (at most 64 of them).
    pub fn full_text(&self, idx: usize) -> String {
        let mut s = self.nodes.get(idx).map(|n| n.text.to_string()).unwrap_or_default();
        for n in self.nodes.iter().skip(idx + 1).take(64) {
            if n.kind != Kind::Cont {
                break;
            }
            if !n.text.is_empty() {
                s.push(' ');
                s.push_str(&n.text);
            }
        }
        s
    }
}

/// Bare URLs in `s`, in order (the matches of `https?://[^\s<>()\[\]"'`]+`; the tests
/// compare with that regex), found without the regex engine: `http`,
/// an optional `s`, `://`, then the longest run of characters that are no white space and
/// none of ``<>()[]"'` `` (at least one).
fn bare_urls(s: &str) -> impl Iterator<Item = &str> {
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        let i = pos + s.get(pos..)?.find("http")?;
        let rest = &s[i + 4..];
        let scheme = if rest.starts_with("s://") {
            8
        } else if rest.starts_with("://") {
            7
        } else {
            pos = i + 1;
            continue;
        };
        let body = &s[i + scheme..];
        let len = body
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | '[' | ']' | '"' | '\'' | '`'))
            .unwrap_or(body.len());
        if len == 0 {
            pos = i + 1;
            continue;
        }
        pos = i + scheme + len;
        return Some(&s[i..pos]);
    })
}

/// Byte offsets of line starts, for offset -> 1-based line.
struct Lines {
    starts: Vec<usize>,
    count: usize,
}

impl Lines {
    fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 40 + 2);
        // a line starts at 0 and after every newline
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let count = starts.len();
        Lines { starts, count }
    }
    fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i.max(1),
        }
    }
}

struct Builder<'a> {
    lines: Lines,
    doc: Doc<'a>,
    /// Node currently receiving inline text.
    cur: Option<usize>,
    /// Open list items (node index of their first line).
    items: Vec<usize>,
    /// Current list nesting depth.
    list_depth: usize,
    section: Option<usize>,
    heading_stack: Vec<(u8, usize)>,
    strike: usize,
    link: Option<(String, String, usize)>,
    image: usize,
    in_meta: bool,
    in_code: bool,
    in_indented: bool,
    text: &'a str,
}

impl<'a> Builder<'a> {
    fn new_node(&mut self, kind: Kind, offset: usize) -> usize {
        let parent = self.items.last().copied();
        let depth = self.list_depth;
        // an event may start in the indentation or at the end of the previous
        // line (tabs): the node's line is that of its first visible character
        let skip =
            self.text.get(offset..).map(|t| t.len() - t.trim_start_matches([' ', '\t', '\n']).len()).unwrap_or(0);
        self.doc.nodes.push(Node {
            kind,
            text: Cow::Borrowed(""),
            line: self.lines.line(offset + skip),
            depth,
            // for an item: the enclosing item (it is pushed by the caller afterwards)
            parent,
            section: self.section,
            task: None,
            struck: 0,
            plain: 0,
            links: Vec::new(),
        });
        self.doc.nodes.len() - 1
    }

    /// Ensure a node receives text at `offset`; returns its index.
    fn target(&mut self, offset: usize) -> usize {
        match self.cur {
            Some(i) => i,
            None => {
                let i = self.new_node(Kind::Para, offset);
                self.cur = Some(i);
                i
            }
        }
    }

    fn push_text(&mut self, s: CowStr<'a>, offset: usize) {
        if self.image > 0 || self.in_meta || self.in_code {
            return;
        }
        let i = self.target(offset);
        let strike = self.strike > 0;
        let node = &mut self.doc.nodes[i];
        if strike {
            // `plain` is computed at the end, only for nodes with struck text
            node.struck += s.chars().filter(|c| c.is_alphanumeric()).count();
        }
        if node.text.is_empty() && node.kind == Kind::Cont {
            node.line = self.lines.line(offset);
        }
        if let Some(l) = self.link.as_mut() {
            l.1.push_str(&s);
        }
        if node.text.is_empty() {
            // the common case: one piece of source text, borrowed
            node.text = match s {
                CowStr::Borrowed(b) => Cow::Borrowed(b),
                other => Cow::Owned(other.to_string()),
            };
        } else {
            node.text.to_mut().push_str(&s);
        }
    }

    /// Lines of an indented code block, as items (`- x`, `* x`, `- [ ] x`) or paragraphs.
    fn indented_lines(&mut self, t: &str, offset: usize) {
        let mut pos = 0;
        for raw in t.split_inclusive('\n') {
            let line_off = offset + pos;
            pos += raw.len();
            let content = raw.trim();
            if content.is_empty() {
                continue;
            }
            let indent = raw.len() - raw.trim_start().len();
            let (kind, body, task) = match content.split_once(' ') {
                Some((m, rest)) if m == "-" || m == "*" || m == "+" => {
                    let rest = rest.trim_start();
                    if let Some(r) = rest.strip_prefix("[ ] ") {
                        (Kind::Item, r, Some(false))
                    } else if let Some(r) = rest.strip_prefix("[x] ").or_else(|| rest.strip_prefix("[X] ")) {
                        (Kind::Item, r, Some(true))
                    } else {
                        (Kind::Item, rest, None)
                    }
                }
                _ => (Kind::Para, content, None),
            };
            let i = self.new_node(kind, line_off);
            let n = &mut self.doc.nodes[i];
            n.depth += 1 + indent / 2;
            n.task = task;
            n.text = Cow::Owned(strip_emphasis(body));
            if n.text.contains("http") {
                let line = n.line;
                let urls: Vec<Link> = bare_urls(&n.text)
                    .map(|m| {
                        let url = m.trim_end_matches(['.', ',', ';', ':', '!', '?']).to_string();
                        Link { text: url.clone(), url, line }
                    })
                    .collect();
                self.doc.nodes[i].links = urls;
            }
        }
        self.cur = None;
    }

    /// A chat meeting's log pasted as a code block (a meeting bot's commands: `14:09:02 <marenk>
    /// #agreed stay on OFTC`, `<marenk> #action tobi_b ask Ilse …`): the speakers' nicks, and the
    /// lines of `#action`, `#agreed` and `#info` as paragraphs of their own (`#action tobi_b ask
    /// Ilse …`, `Agreed: stay on OFTC`, the information); every other line of a code block stays code.
    fn chat_log_lines(&mut self, t: &str, offset: usize) {
        if !t.contains('<') || !t.contains('>') {
            return;
        }
        let mut pos = 0;
        for raw in t.split_inclusive('\n') {
            let line_off = offset + pos;
            pos += raw.len();
            let Some((nick, said)) = chat_line(raw) else { continue };
            if !self.doc.chat_nicks.iter().any(|n| n == nick) && self.doc.chat_nicks.len() < 200 {
                self.doc.chat_nicks.push(nick.to_string());
            }
            let text = match said.split_once(char::is_whitespace) {
                Some((cmd, rest)) if cmd.eq_ignore_ascii_case("#action") => format!("#action {}", rest.trim()),
                Some((cmd, rest)) if cmd.eq_ignore_ascii_case("#agreed") || cmd.eq_ignore_ascii_case("#agree") => {
                    format!("Agreed: {}", rest.trim())
                }
                // what the bot records as information (tender news, reports)
                Some((cmd, rest)) if cmd.eq_ignore_ascii_case("#info") => rest.trim().to_string(),
                _ => continue,
            };
            let i = self.new_node(Kind::Para, line_off);
            self.doc.nodes[i].text = Cow::Owned(text);
        }
        self.cur = None;
    }

    fn soft_break(&mut self, offset: usize) {
        if self.in_meta || self.in_code {
            return;
        }
        if let Some(i) = self.cur {
            if matches!(self.doc.nodes[i].kind, Kind::Heading(_)) {
                self.doc.nodes[i].text.to_mut().push(' ');
                return;
            }
            let n = self.new_node(Kind::Cont, offset);
            // the continuation's line is the line after the break
            self.doc.nodes[n].line = self.lines.line(offset) + 1;
            self.doc.nodes[n].parent = self.doc.nodes[i].parent;
            self.doc.nodes[n].depth = self.doc.nodes[i].depth;
            self.cur = Some(n);
        }
    }
}

/// Drop markdown emphasis markers from raw text (`*AI @x - do it*` -> `AI @x - do it`).
fn strip_emphasis(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '*' || c == '_' {
            let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
            let next = chars.get(i + 1).copied();
            let edge = |x: Option<char>| x.is_none_or(|x| x.is_whitespace() || x.is_ascii_punctuation());
            if edge(prev) || edge(next) {
                continue;
            }
        }
        out.push(c);
    }
    out.trim().to_string()
}

/// Parse markdown text into a [`Doc`].
pub fn build(text: &str) -> Doc<'_> {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let lines = Lines::new(text);
    let mut doc = Doc::default();
    doc.nodes.reserve(lines.count / 3 + 8);
    let mut b = Builder {
        lines,
        doc,
        cur: None,
        items: Vec::new(),
        list_depth: 0,
        section: None,
        heading_stack: Vec::new(),
        strike: 0,
        link: None,
        image: 0,
        in_meta: false,
        in_code: false,
        in_indented: false,
        text,
    };
    for (ev, range) in Parser::new_ext(text, opts).into_offset_iter() {
        let off = range.start;
        match ev {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    let lvl = level as u8;
                    let i = b.new_node(Kind::Heading(lvl), off);
                    // headings are not part of list items for our purposes
                    b.doc.nodes[i].parent = None;
                    b.doc.nodes[i].depth = 0;
                    b.cur = Some(i);
                }
                Tag::Paragraph => {
                    // the first paragraph of an item is the item's own line
                    let reuse = b.cur.filter(|&i| {
                        let n = &b.doc.nodes[i];
                        n.kind == Kind::Item && n.text.is_empty()
                    });
                    if reuse.is_none() {
                        let i = b.new_node(Kind::Para, off);
                        b.cur = Some(i);
                    }
                }
                Tag::List(_) => {
                    b.list_depth += 1;
                    b.cur = None;
                }
                Tag::Item => {
                    let i = b.new_node(Kind::Item, off);
                    b.items.push(i);
                    b.cur = Some(i);
                }
                Tag::TableRow => {
                    let i = b.new_node(Kind::Para, off);
                    b.cur = Some(i);
                }
                Tag::TableHead => {
                    let i = b.new_node(Kind::Para, off);
                    b.doc.table_heads.push(i);
                    b.cur = Some(i);
                }
                Tag::Strikethrough => b.strike += 1,
                Tag::Link { dest_url, .. } => {
                    b.link = Some((dest_url.to_string(), String::new(), b.lines.line(off)));
                }
                Tag::Image { .. } => b.image += 1,
                Tag::MetadataBlock(_) => {
                    b.in_meta = true;
                    b.doc.front_matter = Some(String::new());
                }
                Tag::CodeBlock(CodeBlockKind::Fenced(_)) => {
                    b.in_code = true;
                    b.cur = None;
                }
                Tag::CodeBlock(CodeBlockKind::Indented) => {
                    // minutes indent bullets by four spaces after a heading
                    // ("    - AI @x: ..."): not code, read it line by line
                    b.in_indented = true;
                    b.cur = None;
                }
                Tag::HtmlBlock => b.cur = None,
                Tag::BlockQuote(_) => b.cur = None,
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) => {
                    if let Some(i) = b.cur.take() {
                        let node = &mut b.doc.nodes[i];
                        if node.text.contains(|c: char| c.is_whitespace() && c != ' ')
                            || node.text.contains("  ")
                            || node.text.starts_with(' ')
                            || node.text.ends_with(' ')
                        {
                            node.text = Cow::Owned(node.text.split_whitespace().collect::<Vec<_>>().join(" "));
                        }
                        let title = node.text.to_string();
                        let level = match node.kind {
                            Kind::Heading(l) => l,
                            _ => 1,
                        };
                        let line = node.line;
                        while b.heading_stack.last().is_some_and(|&(l, _)| l >= level) {
                            b.heading_stack.pop();
                        }
                        let parent = b.heading_stack.last().map(|&(_, s)| s);
                        b.doc.sections.push(Section { level, title, line });
                        b.doc.section_parent.push(parent);
                        let s = b.doc.sections.len() - 1;
                        b.heading_stack.push((level, s));
                        b.section = Some(s);
                        node.section = Some(s);
                    }
                }
                TagEnd::Paragraph => b.cur = None,
                TagEnd::List(_) => {
                    b.list_depth = b.list_depth.saturating_sub(1);
                    b.cur = None;
                }
                TagEnd::Item => {
                    b.items.pop();
                    b.cur = None;
                }
                TagEnd::TableCell => {
                    if let Some(i) = b.cur {
                        b.doc.nodes[i].text.to_mut().push_str(" | ");
                    }
                }
                TagEnd::TableRow | TagEnd::TableHead => b.cur = None,
                TagEnd::Strikethrough => b.strike = b.strike.saturating_sub(1),
                TagEnd::Link => {
                    if let Some((url, text, line)) = b.link.take() {
                        if let Some(i) = b.cur {
                            let text = text.trim().to_string();
                            b.doc.nodes[i].links.push(Link { text, url, line });
                        }
                    }
                }
                TagEnd::Image => b.image = b.image.saturating_sub(1),
                TagEnd::MetadataBlock(_) => b.in_meta = false,
                TagEnd::CodeBlock => {
                    b.in_code = false;
                    b.in_indented = false;
                    b.cur = None;
                }
                _ => {}
            },
            Event::Text(t) if b.in_indented => b.indented_lines(&t, off),
            Event::Text(t) if b.in_code && !b.in_meta => b.chat_log_lines(&t, off),
            Event::Text(t) => {
                if b.in_meta {
                    if let Some(fm) = b.doc.front_matter.as_mut() {
                        fm.push_str(&t);
                    }
                } else {
                    b.push_text(t, off);
                }
            }
            Event::Code(t) => b.push_text(t, off),
            Event::SoftBreak | Event::HardBreak => b.soft_break(off),
            Event::TaskListMarker(checked) => {
                if let Some(&i) = b.items.last() {
                    b.doc.nodes[i].task = Some(checked);
                }
            }
            // `a<br>b` in a table cell is two words
            Event::InlineHtml(h) if h.len() < 8 && h.to_ascii_lowercase().starts_with("<br") => {
                if let Some(i) = b.cur {
                    if !b.doc.nodes[i].text.is_empty() {
                        b.doc.nodes[i].text.to_mut().push(' ');
                    }
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => {}
            Event::FootnoteReference(_) | Event::Rule => {
                if matches!(ev, Event::Rule) {
                    b.cur = None;
                }
            }
            _ => {}
        }
    }
    b.doc.line_flags = keyword_flags(b.text, &b.lines);
    // bare URLs (not written as markdown links) on the lines that have one
    let mut doc_nodes = std::mem::take(&mut b.doc.nodes);
    for n in &mut doc_nodes {
        if !b.doc.line_has(n.line, KW_URL) || !n.text.contains("http") {
            continue;
        }
        for m in bare_urls(&n.text) {
            let url = m.trim_end_matches(['.', ',', ';', ':', '!', '?']);
            if !n.links.iter().any(|l| l.url == url) {
                n.links.push(Link { text: url.to_string(), url: url.to_string(), line: n.line });
            }
        }
    }
    b.doc.nodes = doc_nodes;
    // tidy: trim text, drop empty continuation lines
    let mut doc = b.doc;
    for n in &mut doc.nodes {
        match &mut n.text {
            Cow::Borrowed(b) => *b = b.trim(),
            Cow::Owned(o) => {
                let end = o.trim_end().len();
                o.truncate(end);
                let start = o.len() - o.trim_start().len();
                if start > 0 {
                    o.drain(..start);
                }
            }
        }
        if n.struck > 0 {
            let all = n.text.chars().filter(|c| c.is_alphanumeric()).count();
            n.plain = all.saturating_sub(n.struck);
        }
        // `reproduce #118 [Henrik] (new)`: owners in square brackets read as in parentheses
        if n.text.contains(']') {
            if let Some(t) = owner_brackets_as_parens(&n.text) {
                n.text = Cow::Owned(t);
            }
        }
        // `☐ Ole – publish the chart` / `☑ Priya – tests quarantined`: a ballot box opening a line
        // (a checklist exported from a word processor) is a task item, open or ticked
        if n.text.starts_with(['☐', '☑', '☒']) {
            if let Some(ticked) = ballot_box(&n.text) {
                n.task = Some(ticked);
                n.text = Cow::Owned(n.text[3..].trim_start().to_string());
                if n.parent.is_none() && matches!(n.kind, Kind::Para | Kind::Cont) {
                    n.kind = Kind::Item;
                    n.depth = n.depth.max(1);
                }
            }
        }
    }
    doc
}

/// A chat log's line: `14:09:02 <marenk> text`, `[14:09] <@marenk> text`, `<marenk> text`: the
/// speaker's nick (without a channel mode's `@`/`+`) and what it said.
fn chat_line(raw: &str) -> Option<(&str, &str)> {
    let l = raw.trim();
    let l = match l.split_once(char::is_whitespace) {
        Some((time, rest)) if time.trim_matches(['[', ']']).bytes().all(|c| c.is_ascii_digit() || c == b':') => {
            rest.trim_start()
        }
        _ => l,
    };
    let rest = l.strip_prefix('<')?;
    let (nick, said) = rest.split_once('>')?;
    if !said.starts_with([' ', '\t']) {
        return None;
    }
    let nick = nick.trim_start_matches(['@', '+', '%', '~', '&']);
    let ok = !nick.is_empty()
        && nick.len() <= 32
        && nick.bytes().all(|c| c.is_ascii_alphanumeric() || b"_-|^`[]{}.".contains(&c));
    ok.then(|| (nick, said.trim()))
}

/// A speaker's label opening a line of a record of who said what (`**Anna:** …`, `Ruth: …`): one
/// capitalised word of letters (up to 20 bytes), its colon, and what follows (without the
/// emphasis left of the label). `None` for any other line.
pub fn speaker_label(t: &str) -> Option<(&str, &str)> {
    let (speaker, rest) = t.split_once(':')?;
    let speaker = speaker.trim_matches(|c: char| !c.is_alphanumeric());
    let one_name = speaker.chars().next().is_some_and(char::is_uppercase)
        && speaker.len() <= 20
        && speaker.chars().all(char::is_alphabetic);
    one_name.then(|| (speaker, rest.trim_start_matches(['*', '_', ' '])))
}

/// The handle after the `@` at byte `at` of `text` (letters, digits, `-`), possibly empty.
pub(crate) fn handle_after(text: &str, at: usize) -> &str {
    let rest = text.get(at + 1..).unwrap_or("");
    &rest[..rest.bytes().take_while(|c| c.is_ascii_alphanumeric() || *c == b'-').count()]
}

/// `@kosei (kofi)`, `@dvlad (vlad, back since tue)`: for the `@` at byte `at`, its handle and
/// what the parentheses right after it hold up to their first `)` or `,`.
pub(crate) fn paren_after_handle(text: &str, at: usize) -> Option<(&str, &str)> {
    let handle = handle_after(text, at);
    let inner = text[at + 1 + handle.len()..].strip_prefix(" (")?;
    let end = inner.find([')', ','])?;
    (!handle.is_empty()).then(|| (handle, &inner[..end]))
}

/// Whether a line that opens with a ballot box (`☐`, `☑`, `☒`, three bytes each) is ticked.
fn ballot_box(t: &str) -> Option<bool> {
    match t.chars().next()? {
        '☐' => Some(false),
        '☑' | '☒' => Some(true),
        _ => None,
    }
}

/// Whether a word is a whole handle as minutes write them after their `@` (letters, digits, `-`,
/// `_`).
pub(crate) fn handle_chars(h: &str) -> bool {
    !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `… [Ana, Jo]`, `… [@a] (new)`, `… [Henrik] ✅ done`: the last square brackets of a line,
/// when they hold only people (handles, or capitalised names of up to three words) and only a
/// status follows them, written as parentheses, the way the grammar reads owners.
fn owner_brackets_as_parens(t: &str) -> Option<String> {
    let open = t.rfind('[')?;
    let close = open + t[open..].find(']')?;
    // (`… [sig-network] … [Conformance]`: brackets used as tags, not owners)
    if open == 0 || !t[..open].ends_with(char::is_whitespace) || t[..open].contains(']') {
        return None;
    }
    let tail = t[close + 1..].trim();
    let status_tail = tail.is_empty()
        || tail.starts_with('(') && tail.ends_with(')') && tail.len() <= 42 && tail.matches('(').count() == 1
        || ['✅', '☑', '✔', '❌', ':', '–', '—'].iter().any(|c| tail.starts_with(*c))
        || tail.starts_with("- ");
    let inner = &t[open + 1..close];
    let person = |p: &str| {
        let p = p.trim();
        match p.strip_prefix('@') {
            Some(h) => handle_chars(h),
            None => {
                let words: Vec<&str> = p.split_whitespace().collect();
                (1..=3).contains(&words.len())
                    && words.iter().all(|w| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            && w.chars().any(char::is_lowercase)
                            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                    })
            }
        }
    };
    let people = !inner.trim().is_empty()
        && inner.split([',', '&', '+', '/']).flat_map(|p| p.split(" and ")).flat_map(|p| p.split(" und ")).all(person);
    (status_tail && people).then(|| format!("{}({}){}", &t[..open], inner.trim(), &t[close + 1..]))
}

/// The patterns above, compiled ahead of a parse of many files ([`crate::minutes::warm_up`]).
pub(crate) const WARM: &[fn()] = crate::minutes::warm![KEYWORDS,];

#[cfg(test)]
mod tests {
    use super::*;

    static BARE_URL: LazyLock<Regex> =
        LazyLock::new(|| crate::minutes::rx(r#"https?://[^\s<>()\[\]"'`]+"#).expect("valid regex"));

    #[test]
    fn bare_urls_are_the_regex_matches() {
        for t in [
            "see https://a.b/c?d=1, and http://x.y/(z) or https:// no, httpx://q http://",
            "<http://a>[https://b]\"http://c\"'http://d'`http://e` http://f\u{a0}g https://ü/ä.",
            "httphttps://a https://https://b http:/x http//y",
        ] {
            let want: Vec<&str> = BARE_URL.find_iter(t).map(|m| m.as_str()).collect();
            assert_eq!(bare_urls(t).collect::<Vec<_>>(), want, "{t}");
        }
    }

    #[test]
    fn items_children_and_lines() {
        let d = build("# T\n\n- a\n  - b\n  - c\n- d\nlazy\n");
        let texts: Vec<_> = d.nodes.iter().map(|n| (&*n.text, n.line, n.depth)).collect();
        assert_eq!(texts[0], ("T", 1, 0));
        assert_eq!(texts[1], ("a", 3, 1));
        assert_eq!(texts[2], ("b", 4, 2));
        assert_eq!(d.children(1).collect::<Vec<_>>(), vec![2, 3]);
        assert_eq!(texts[4], ("d", 6, 1));
        assert_eq!(texts[5], ("lazy", 7, 1));
        assert_eq!(d.nodes[5].kind, Kind::Cont);
    }

    #[test]
    fn strike_and_task() {
        let d = build("- [x] done thing\n- ~~gone item~~\n");
        assert_eq!(d.nodes[0].task, Some(true));
        assert!(d.nodes[1].is_struck());
        assert!(!d.nodes[0].is_struck());
    }
}
