//! Stage 3: DOM -> blocks, in one iterative pass.
//!
//! The walk keeps a stack of open elements; each stack frame carries the context
//! accumulated on the way down (landmarks, class/id hints, list depth, `<pre>`,
//! link), so a block's context is read off the stack when it is emitted, never by
//! re-walking its ancestors. Text of inline elements joins the current block;
//! a block-level element boundary emits it. Only the block-level ancestors of
//! emitted blocks are recorded as [`Element`]s, each with the range of blocks it
//! holds, which is what the main-content scorer uses.
//!
//! No recursion anywhere: a page nested a million deep walks like a flat one.

use crate::Error;
use std::borrow::Cow;

use ego_tree::NodeRef;
use scraper::{Html, Node};

use crate::document::{
    Block, Cell, Context, Element, Image, Landmarks, ListItemRef, Span, SpanKind, Structure,
};
use crate::rules::hints::{self, Hint, HintSet};

/// How many block-level ancestors (the block's own element included) count as "near".
const NEAR_BLOCK_ANCESTORS: usize = 3;
/// A table cell holding more words than this is a paragraph: the table is layout.
const LAYOUT_CELL_WORDS: usize = 40;
/// Landmarks whose images are never the article's.
const CHROME_LANDMARKS: Landmarks = Landmarks::NAV
    .union(Landmarks::HEADER)
    .union(Landmarks::FOOTER)
    .union(Landmarks::ASIDE)
    .union(Landmarks::FORM)
    .union(Landmarks::BUTTON);
/// Images remembered for one block at most (a gallery of thousands stays bounded).
const MAX_IMAGES_PER_BLOCK: usize = 64;

/// What the page said about itself outside the blocks.
#[derive(Debug, Default, Clone)]
pub(crate) struct PageFacts {
    pub title: Option<String>,
    pub og_title: Option<String>,
    pub site_name: Option<String>,
    pub language: Option<String>,
    /// Everything the metadata stage reads, as found (no interpretation here).
    pub raw: RawMeta,
}

/// The page's self-description, collected during the walk for `metadata::extract`.
#[derive(Debug, Default, Clone)]
pub(crate) struct RawMeta {
    /// `<title>`, whitespace collapsed.
    pub title: Option<String>,
    /// `<html lang>`, trimmed.
    pub html_lang: Option<String>,
    /// `<meta>` pairs: (`name`/`property`/`itemprop`/`http-equiv` value lower-cased,
    /// `content` with whitespace collapsed), in page order, empty contents skipped.
    pub metas: Vec<(String, String)>,
    /// `<link>` pairs: (`rel` lower-cased, `href` trimmed), in page order.
    pub links: Vec<(String, String)>,
    /// Text of each `<script type="application/ld+json">`, in page order.
    pub json_ld: Vec<String>,
    /// `<base href>`, the first one.
    pub base_href: Option<String>,
    /// Machine-readable dates in the page's markup, in page order, at most
    /// [`MAX_TIME_MARKS`]: `<time datetime>` and `itemprop=datePublished/dateModified`
    /// on any element (`datetime` or `content`).
    pub times: Vec<TimeMark>,
    /// Names in microdata author marks (`itemprop=author`: its `content`, the text of an
    /// `itemprop=name` inside it, or its own text), in page order, at most
    /// [`MAX_AUTHOR_MARKS`], each at most [`AUTHOR_MARK_CHARS`] characters.
    pub authors: Vec<String>,
}

/// Microdata author marks kept: the first ones are the page's (or its first post's).
pub(crate) const MAX_AUTHOR_MARKS: usize = 4;
/// Characters of an author mark's text read at most (a name is short).
const AUTHOR_MARK_CHARS: usize = 80;
/// Nodes of an author mark's subtree looked at, at most (bounded work per mark).
const AUTHOR_MARK_NODES: usize = 64;

/// Dates of the markup kept for the metadata: the first ones are the page's own.
pub(crate) const MAX_TIME_MARKS: usize = 16;

/// One machine-readable date of the markup (see [`RawMeta::times`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct TimeMark {
    /// The `datetime` (or `content`) value, trimmed.
    pub value: String,
    /// `itemprop=datePublished`, or a `pubdate` attribute / class or id naming it
    /// (`published`, `pubdate`, `post-date`).
    pub published: bool,
    /// `itemprop=dateModified`, or a class or id naming an update (`updated`, `modified`).
    pub modified: bool,
    /// Inside an `<article>`, `<main>` or article-body container.
    pub in_article: bool,
    /// Inside navigation, a footer, an aside or a page header.
    pub in_chrome: bool,
}

/// The output of segmentation.
#[derive(Debug)]
pub(crate) struct Segmented {
    pub blocks: Vec<Block>,
    pub elements: Vec<Element>,
    pub facts: PageFacts,
    /// Bytes of non-blank text in the hidden subtrees that were skipped: a page whose
    /// hidden text outweighs its visible text parks its content until scripts run.
    pub hidden_text_bytes: usize,
}

/// What a tag does to segmentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Text joins the current block (`a`, `span`, `em`...; also unknown tags).
    Inline,
    /// Starts and ends a block (`p`, `div`, `li`...).
    Block,
    /// Not visible text: skipped with everything inside.
    Skip,
    /// `<br>`: a line break inside the block.
    Break,
    /// An image or embed: skipped, but remembered (the next block may be its caption).
    Media,
    /// `<title>`: read for the page facts.
    Title,
    /// `<meta>`: read for the page facts.
    Meta,
    /// `<link>`, `<base>`, `<script>`: invisible, but may describe the page.
    Described,
}

/// The landmarks an element's tag gives (`nav`, `footer`, `form`...).
pub(crate) fn tag_landmarks(tag: &str) -> Landmarks {
    tag_role(tag).1
}

fn tag_role(tag: &str) -> (Role, Landmarks) {
    use Role::*;
    let none = Landmarks::empty();
    match tag {
        "p" | "div" | "section" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "dt" | "dd"
        | "pre" | "td" | "th" | "tr" | "tbody" | "thead" | "tfoot" | "body" | "html" | "center"
        | "hr" | "hgroup" | "details" | "summary" | "fieldset" | "legend" | "dir" | "head" => {
            (Block, none)
        }
        "ul" | "ol" | "dl" | "menu" => (Block, Landmarks::LIST),
        "table" => (Block, Landmarks::TABLE),
        "caption" => (Block, Landmarks::TABLE),
        "blockquote" => (Block, Landmarks::QUOTE),
        "q" => (Inline, Landmarks::QUOTE),
        "article" => (Block, Landmarks::ARTICLE),
        "main" => (Block, Landmarks::MAIN),
        "nav" => (Block, Landmarks::NAV),
        "header" => (Block, Landmarks::HEADER),
        "footer" => (Block, Landmarks::FOOTER),
        "aside" => (Block, Landmarks::ASIDE),
        "figure" => (Block, Landmarks::FIGURE),
        "figcaption" => (Block, Landmarks::FIGCAPTION.union(Landmarks::FIGURE)),
        "form" => (Block, Landmarks::FORM),
        "button" => (Block, Landmarks::BUTTON),
        "label" => (Inline, Landmarks::BUTTON),
        "dialog" => (Block, Landmarks::DIALOG),
        "address" => (Block, Landmarks::ADDRESS),
        "time" => (Inline, Landmarks::TIME),
        "br" => (Break, none),
        "img" | "video" | "audio" | "iframe" | "embed" | "canvas" => (Media, none),
        "object" => (Inline, none),
        // Outside a `<select>` (which is skipped whole), an option shows as a line of text.
        "option" | "optgroup" => (Block, none),
        "link" | "base" | "script" => (Described, none),
        "style" | "noscript" | "template" | "svg" | "math" | "select" | "datalist" | "textarea"
        | "input" | "source" | "track" | "param" | "map" | "area" | "wbr" | "frameset"
        | "frame" | "object-fallback" => (Skip, none),
        "title" => (Title, none),
        "meta" => (Meta, none),
        _ => (Inline, none),
    }
}

/// SVG and MathML elements (the tree builder puts `<svg>` and `<math>` and their
/// content in their own namespaces). A browser draws the text of SVG's text elements
/// and of every MathML token, but never SVG's titles, descriptions, styles, scripts
/// or definitions, nor MathML annotations (alternative encodings such as TeX).
/// `<foreignObject>` holds HTML again.
///
/// SVG text labels drawings (chart axes, diagram boxes, logos) rather than carrying
/// prose, so it is read only in the recovery reading, when the page shows next to
/// nothing else; MathML sits inside sentences and is always read.
fn foreign_role(el: &scraper::node::Element, tag: &str, recovering: bool) -> Role {
    if el.name.ns == html5ever::ns!(svg) {
        if !recovering {
            return Role::Skip;
        }
        match tag {
            "foreignObject" => Role::Block,
            "svg" | "g" | "a" | "switch" | "text" | "tspan" | "textPath" => Role::Inline,
            _ => Role::Skip,
        }
    } else if el.name.ns == html5ever::ns!(mathml) {
        match tag {
            "annotation" | "annotation-xml" => Role::Skip,
            _ => Role::Inline,
        }
    } else {
        Role::Skip
    }
}

/// Class tokens carousel libraries put on the copies of slides they make to loop
/// (Slick, Swiper, Owl, Splide, Glide, Flickity).
const CLONE_CLASSES: [&str; 6] = [
    "slick-cloned",
    "swiper-slide-duplicate",
    "cloned",
    "splide__slide--clone",
    "glide__slide--clone",
    "is-clone",
];

/// Whether a space-separated attribute value (`itemprop`) holds `token` (ASCII
/// case-insensitive).
fn has_token(value: &str, token: &str) -> bool {
    value
        .split_ascii_whitespace()
        .any(|v| v.eq_ignore_ascii_case(token))
}

/// Whether a `class` value marks a carousel's copy of a slide.
fn is_carousel_clone(class: &str) -> bool {
    class
        .split_ascii_whitespace()
        .any(|t| CLONE_CLASSES.iter().any(|c| t.eq_ignore_ascii_case(c)))
}

/// Whether the walk reads an attribute of this name (ASCII case-insensitive):
/// every name matched in `Segmenter::open`, `read_image`, `read_meta`,
/// `read_described` and the element list, and those html5ever's tree builder
/// looks at (`<input type>`, `<font color face size>`, `<annotation-xml
/// encoding>`). The parse stage cuts all others before tokenizing; a test
/// compares the walk's output with and without the cuts on every bundled page.
#[inline]
pub(crate) fn reads_attribute(name: &[u8]) -> bool {
    crate::parse::with_ascii_lower(name, reads_lower_attribute).unwrap_or(false)
}

fn reads_lower_attribute(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"href"
            | b"start"
            | b"class"
            | b"id"
            | b"role"
            | b"hidden"
            | b"style"
            | b"itemprop"
            | b"datetime"
            | b"pubdate"
            | b"lang"
            | b"src"
            | b"data-src"
            | b"data-lazy-src"
            | b"data-original"
            | b"alt"
            | b"property"
            | b"name"
            | b"content"
            | b"http-equiv"
            | b"charset"
            | b"rel"
            | b"type"
            | b"color"
            | b"face"
            | b"size"
            | b"encoding"
    )
}

fn role_landmarks(role: &str) -> Landmarks {
    match role.trim().to_ascii_lowercase().as_str() {
        "navigation" | "menu" | "menubar" => Landmarks::NAV,
        "banner" => Landmarks::HEADER,
        "contentinfo" => Landmarks::FOOTER,
        "complementary" => Landmarks::ASIDE,
        "search" => Landmarks::FORM,
        "dialog" | "alertdialog" => Landmarks::DIALOG,
        "main" => Landmarks::MAIN,
        "article" => Landmarks::ARTICLE,
        "button" => Landmarks::BUTTON,
        _ => Landmarks::empty(),
    }
}

/// One open element.
struct Frame<'a> {
    node: NodeRef<'a, Node>,
    tag: &'a str,
    block: bool,
    /// Cumulative landmarks.
    landmarks: Landmarks,
    own_hints: HintSet,
    /// Cumulative hints.
    far_hints: HintSet,
    /// Index in `elements` once materialised.
    element: Option<u32>,
    pre: bool,
    link: bool,
    /// Stack index of the nearest enclosing list, and whether it is ordered.
    list: Option<(usize, bool)>,
    list_depth: u8,
    /// On a list frame: the number the next item gets.
    next_number: u32,
    /// Stack index of the nearest enclosing list item, and its number.
    item: Option<(usize, u32)>,
    /// The user rule of this element or the nearest marked one above it.
    user: Option<crate::selectors::UserMark>,
    /// Index in `Segmenter::tables` of the nearest enclosing table.
    table: Option<u32>,
    /// Inside a cell: (row, col, header) in that table.
    cell: Option<(u32, u32, bool)>,
    /// A link or inline code run opened by this element: its kind and where it
    /// started in the text buffer (generation, byte offset, a space was pending).
    span: Option<(SpanKind, u32, usize, bool)>,
}

/// What a table's walk has seen so far; decides data vs layout table when it closes.
struct TableState {
    /// Stack index of the `<table>` frame.
    frame: usize,
    /// Rows opened so far.
    rows: u32,
    /// Cells opened in the current row.
    cols_in_row: u32,
    max_cols: u32,
    header: bool,
    in_thead: bool,
    /// Holds another table, or says it is for presentation: layout.
    layout: bool,
    first_block: u32,
}

#[derive(Default)]
struct TextBuf {
    text: String,
    link_bytes: usize,
    pending_space: bool,
    /// The last character pushed was link text (a space between two link
    /// characters is link text too; one before or after a link is not).
    last_link: bool,
    media_seen: bool,
    /// Counts `take`s: a span opened before the current block started restarts at 0.
    generation: u32,
    spans: Vec<Span>,
    images: Vec<Image>,
    code_language: Option<Box<str>>,
}

/// A block's text and what came with it.
struct Taken {
    text: String,
    link_bytes: usize,
    spans: Vec<Span>,
    images: Vec<Image>,
    code_language: Option<Box<str>>,
}

impl TextBuf {
    fn push_text(&mut self, s: &str, pre: bool, link: bool) {
        let before = self.text.len();
        if pre {
            if self.pending_space && !self.text.is_empty() {
                self.text.push(' ');
            }
            self.pending_space = false;
            for c in s.chars() {
                match c {
                    '\r' => {}
                    '\u{200b}' | '\u{feff}' => {}
                    c if c.is_control() && c != '\n' && c != '\t' => {}
                    c => self.text.push(c),
                }
            }
        } else {
            for c in s.chars() {
                if c.is_whitespace() {
                    if !self.text.is_empty() && !self.text.ends_with('\n') {
                        self.pending_space = true;
                    }
                } else if c.is_control() || matches!(c, '\u{200b}' | '\u{feff}' | '\u{ad}') {
                    // invisible: zero-width space, BOM, soft hyphen, control bytes (the joiners
                    // U+200C/U+200D stay: emoji sequences, Persian and Indic spelling need them)
                } else {
                    if self.pending_space {
                        self.text.push(' ');
                        self.pending_space = false;
                        if link && self.last_link {
                            self.link_bytes += 1;
                        }
                    }
                    self.text.push(c);
                    if link {
                        self.link_bytes += c.len_utf8();
                    }
                    self.last_link = link;
                }
            }
            return;
        }
        if link {
            self.link_bytes += self.text.len() - before;
        }
        self.last_link = link;
    }

    fn line_break(&mut self) {
        let trimmed = self.text.trim_end_matches(' ').len();
        self.text.truncate(trimmed);
        self.pending_space = false;
        // At most one blank line inside a block.
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    /// Where a span opened now starts: (generation, offset, a space is pending).
    fn mark(&self) -> (u32, usize, bool) {
        (self.generation, self.text.len(), self.pending_space)
    }

    /// Closes a span opened at `mark` (dropped when it holds no text).
    fn close_span(&mut self, kind: SpanKind, generation: u32, at: usize, space: bool) {
        let mut start = if generation == self.generation { at } else { 0 };
        // The pending space was written before the span's first character.
        if space && generation == self.generation && self.text.as_bytes().get(start) == Some(&b' ')
        {
            start += 1;
        }
        let end = self.text.len();
        if end > start {
            self.spans.push(Span {
                start: start as u32,
                end: end as u32,
                kind,
            });
        }
    }

    /// The block text (trimmed), or `None` when there is nothing readable.
    /// `pre`: the block is preformatted, its first line's indentation is kept.
    fn take(&mut self, pre: bool) -> Option<Taken> {
        self.pending_space = false;
        self.generation = self.generation.wrapping_add(1);
        let link = std::mem::take(&mut self.link_bytes);
        self.last_link = false;
        if !self.text.chars().any(char::is_alphanumeric) {
            self.text.clear();
            self.spans.clear();
            self.code_language = None;
            return None;
        }
        // An exact-size copy; the buffer keeps its capacity for the next block
        // (moving it out made every block regrow from empty, one realloc at a time).
        let lead_chars: &[char] = if pre { &['\n'] } else { &[' ', '\n'] };
        let trimmed = self
            .text
            .trim_start_matches(lead_chars)
            .trim_end_matches([' ', '\n']);
        let lead = self.text.len() - self.text.trim_start_matches(lead_chars).len();
        let text = trimmed.to_owned();
        self.text.clear();
        let mut spans = std::mem::take(&mut self.spans);
        let len = text.len() as u32;
        spans.retain_mut(|s| {
            s.start = (s.start.saturating_sub(lead as u32)).min(len);
            s.end = (s.end.saturating_sub(lead as u32)).min(len);
            // Trimming can only cut whitespace, so the ends stay on char boundaries.
            s.end > s.start
        });
        Some(Taken {
            text,
            link_bytes: link,
            spans,
            images: std::mem::take(&mut self.images),
            code_language: self.code_language.take(),
        })
    }
}

struct Segmenter<'a> {
    stack: Vec<Frame<'a>>,
    tables: Vec<TableState>,
    /// Hints by class/id value: pages repeat the same names thousands of times.
    hint_cache: rustc_hash::FxHashMap<&'a str, HintSet>,
    buf: TextBuf,
    blocks: Vec<Block>,
    elements: Vec<Element>,
    facts: PageFacts,
    /// Read subtrees the page hides (`hidden`, `display: none`) as
    /// visible: only when recovering a page whose text is all hidden until scripts
    /// run (see `cleaner::recover`).
    read_hidden: bool,
    /// See [`Segmented::hidden_text_bytes`].
    hidden_text_bytes: usize,
    /// The elements the user's selectors match.
    marks: &'a crate::selectors::Marks,
}

impl Segmented {
    /// Characters of block text: how much a reader would see.
    pub(crate) fn text_chars(&self) -> usize {
        self.blocks.iter().map(|b| b.text.chars().count()).sum()
    }
    pub(crate) fn text_bytes(&self) -> usize {
        self.blocks.iter().map(|b| b.text.len()).sum()
    }
}

/// Splits a parsed page into blocks.
pub(crate) fn segment(html: &Html) -> Segmented {
    segment_reading(html, false, usize::MAX, &crate::selectors::Marks::default())
        .unwrap_or_else(|_| unreachable_bound())
}

/// `usize::MAX` blocks cannot be exceeded; an empty result keeps this panic-free.
fn unreachable_bound() -> Segmented {
    Segmented {
        blocks: Vec::new(),
        elements: Vec::new(),
        facts: PageFacts::default(),
        hidden_text_bytes: 0,
    }
}

/// [`segment`], reading hidden subtrees too when `read_hidden`, and stopping with
/// [`Error::TooManyBlocks`] as soon as the page has made more than `max_blocks`
/// blocks (so a page of a million one-letter paragraphs costs the bound's memory,
/// not the page's).
pub(crate) fn segment_reading<'a>(
    html: &'a Html,
    read_hidden: bool,
    max_blocks: usize,
    marks: &'a crate::selectors::Marks,
) -> Result<Segmented, Error> {
    let mut s = Segmenter {
        stack: Vec::with_capacity(64),
        tables: Vec::new(),
        hint_cache: rustc_hash::FxHashMap::default(),
        buf: TextBuf::default(),
        blocks: Vec::with_capacity(256),
        elements: Vec::with_capacity(256),
        facts: PageFacts::default(),
        read_hidden,
        hidden_text_bytes: 0,
        marks,
    };
    let root = html.tree.root();
    let mut next = root.first_child();
    while let Some(node) = next {
        if s.blocks.len() > max_blocks {
            return Err(Error::TooManyBlocks { limit: max_blocks });
        }
        if s.open(node) {
            if let Some(child) = node.first_child() {
                next = Some(child);
                continue;
            }
            s.close();
        }
        // No children to visit: go to the next sibling, closing ancestors on the way up.
        let mut cur = node;
        next = loop {
            if let Some(sibling) = cur.next_sibling() {
                break Some(sibling);
            }
            match cur.parent() {
                Some(parent) if parent.id() != root.id() => {
                    s.close();
                    cur = parent;
                }
                _ => break None,
            }
        };
    }
    s.flush();
    while !s.stack.is_empty() {
        s.close();
    }
    if s.blocks.len() > max_blocks {
        return Err(Error::TooManyBlocks { limit: max_blocks });
    }
    Ok(Segmented {
        blocks: s.blocks,
        elements: s.elements,
        facts: s.facts,
        hidden_text_bytes: s.hidden_text_bytes,
    })
}

impl<'a> Segmenter<'a> {
    /// Handles a node on the way down; returns true when a frame was pushed
    /// (the node's children are to be visited, and `close` will pop it).
    fn open(&mut self, node: NodeRef<'a, Node>) -> bool {
        let el = match node.value() {
            Node::Text(t) => {
                let (pre, link) = self
                    .stack
                    .last()
                    .map_or((false, false), |f| (f.pre, f.link));
                self.buf.push_text(&t[..], pre, link);
                return false;
            }
            Node::Element(el) => el,
            _ => return false,
        };
        let tag: &'a str = &el.name.local;
        let (role, mut landmarks) = match tag {
            _ if el.name.ns != html5ever::ns!(html) => {
                (foreign_role(el, tag, self.read_hidden), Landmarks::empty())
            }
            // Read without scripts (recovery), `<noscript>` holds the page's markup.
            "noscript" if self.read_hidden => (Role::Block, Landmarks::empty()),
            _ => tag_role(tag),
        };
        // A <header> inside <main> is the header of a part of the content (a hero, a
        // section's heading and lead), not the page's banner; an article's own header
        // still holds its byline and date.
        if tag == "header"
            && self.stack.last().is_some_and(|p| {
                p.landmarks.contains(Landmarks::MAIN) && !p.landmarks.contains(Landmarks::ARTICLE)
            })
        {
            landmarks = landmarks.difference(Landmarks::HEADER);
        }
        if tag == "object" {
            // What an `<object>` holds is its fallback, and a browser shows it when
            // the object's resource does not render (most plug-in content today).
            self.buf.media_seen = true;
        }
        match role {
            Role::Skip => return false,
            Role::Break => {
                self.buf.line_break();
                return false;
            }
            Role::Media => {
                self.buf.media_seen = true;
                if tag == "img" {
                    self.read_image(el);
                }
                return false;
            }
            Role::Title => {
                if self.facts.title.is_none() {
                    let text: String = node
                        .children()
                        .filter_map(|c| c.value().as_text().map(|t| &**t))
                        .collect();
                    let text = collapse_ws(&text);
                    if !text.is_empty() {
                        self.facts.raw.title = Some(text.clone());
                        self.facts.title = Some(text);
                    }
                }
                return false;
            }
            Role::Meta => {
                self.read_meta(el);
                return false;
            }
            Role::Described => {
                self.read_described(node, el, tag);
                return false;
            }
            Role::Inline | Role::Block => {}
        }

        let mut own_hints = HintSet::default();
        let mut hidden = false;
        let (mut href, mut class, mut start, mut presentation) = (None, None, None, false);
        let (mut datetime, mut content, mut date_prop, mut pubdate) = (None, None, None, false);
        let mut author_prop = false;
        let mut date_name = "";
        for (name, value) in el.attrs.iter() {
            // The first class or id names a date mark (`published`, `updated`).
            if matches!(&*name.local, "class" | "id") && date_name.is_empty() {
                date_name = value;
            }
            match &*name.local {
                "datetime" => datetime = Some(&**value),
                "content" if tag != "meta" => content = Some(&**value),
                "pubdate" => pubdate = true,
                "href" if tag == "a" => href = Some(value.trim()),
                "start" if tag == "ol" => start = value.trim().parse::<u32>().ok(),
                // <html>/<body> classes describe the page template ("no-sidebar",
                // "has-comments"), not the blocks inside.
                "class" | "id" if tag != "html" && tag != "body" => {
                    let value: &'a str = value;
                    if &*name.local == "class" {
                        class = Some(value);
                    }
                    let hints = *self
                        .hint_cache
                        .entry(value)
                        .or_insert_with(|| hints::hints_of(value));
                    own_hints = own_hints.union(hints);
                }
                "role" => {
                    landmarks |= role_landmarks(value);
                    presentation |= matches!(value.trim(), "presentation" | "none");
                }
                "hidden" => hidden = true,
                "style" => hidden |= style_hides(value),
                "itemprop" => {
                    let says = |p: &str| has_token(value, p);
                    if says("articleBody") {
                        landmarks |= Landmarks::ARTICLE_BODY;
                    }
                    if says("datePublished") || says("dateModified") {
                        date_prop = Some(&**value);
                    }
                    author_prop |= says("author") || says("creator");
                }
                "lang" if tag == "html" && self.facts.language.is_none() => {
                    let lang = value.trim();
                    if !lang.is_empty() {
                        self.facts.language = Some(lang.to_owned());
                        self.facts.raw.html_lang = Some(lang.to_owned());
                    }
                }
                _ => {}
            }
        }
        if (tag == "time" || date_prop.is_some())
            && self.facts.raw.times.len() < MAX_TIME_MARKS
            && let Some(value) = datetime
                .or(content)
                .map(str::trim)
                .filter(|v| !v.is_empty())
        {
            let prop = |p: &str| date_prop.is_some_and(|v| has_token(v, p));
            let named = |words: &[&str]| {
                let lower = date_name.to_ascii_lowercase();
                words.iter().any(|w| lower.contains(w))
            };
            let around = self
                .stack
                .last()
                .map_or(landmarks, |p| p.landmarks | landmarks);
            self.facts.raw.times.push(TimeMark {
                value: value.chars().take(64).collect(),
                published: prop("datePublished")
                    || pubdate
                    || named(&["publish", "pubdate", "post-date", "posted"]),
                modified: prop("dateModified") || named(&["update", "modified"]),
                in_article: around
                    .intersects(Landmarks::ARTICLE | Landmarks::ARTICLE_BODY | Landmarks::MAIN),
                // An article's own <header> holds its date; the page's is chrome.
                in_chrome: around.intersects(Landmarks::NAV | Landmarks::FOOTER | Landmarks::ASIDE)
                    || (around.contains(Landmarks::HEADER)
                        && !around.intersects(Landmarks::ARTICLE | Landmarks::MAIN)),
            });
        }
        if author_prop && self.facts.raw.authors.len() < MAX_AUTHOR_MARKS {
            // As long as `author_mark_text` reads, a `content` as much as a text.
            let name = content
                .map(|c| collapse_ws(c).chars().take(AUTHOR_MARK_CHARS).collect())
                .unwrap_or_else(|| Self::author_mark_text(node));
            if !name.is_empty() {
                self.facts.raw.authors.push(name);
            }
        }
        // A carousel's clones (the slides a slider copies to loop round) repeat slides
        // the page already holds: read once, they are not duplicates of each other.
        if class.is_some_and(is_carousel_clone) {
            return false;
        }
        // Anti-flicker scripts hide <body> until load; the page is still the page.
        if hidden && !self.read_hidden && tag != "html" && tag != "body" {
            // Each hidden subtree is skipped whole, so every node is counted once; the
            // raw text of scripts and styles is no text a page shows.
            self.hidden_text_bytes += node
                .descendants()
                .filter(|n| {
                    n.parent()
                        .and_then(|p| p.value().as_element().map(|e| e.name()))
                        .is_none_or(|name| !matches!(name, "script" | "style" | "noscript"))
                })
                .filter_map(|n| n.value().as_text())
                .map(|t| t.trim().len())
                .sum::<usize>();
            return false;
        }

        let block = role == Role::Block;
        if block {
            self.flush();
        }
        let in_pre = self.stack.last().is_some_and(|p| p.pre);
        if (tag == "pre" || (tag == "code" && in_pre))
            && let Some(lang) = class.and_then(code_language)
        {
            self.buf.code_language = Some(lang.into());
        }
        let in_link = self.stack.last().is_some_and(|p| p.link);
        let span_kind = match tag {
            "a" if !in_link => href
                .filter(|h| !h.is_empty())
                .map(|h| SpanKind::Link { href: h.into() }),
            "code" | "kbd" | "samp" | "tt" if !in_pre => Some(SpanKind::Code),
            _ => None,
        };
        let span = span_kind.map(|kind| {
            let (generation, at, space) = self.buf.mark();
            (kind, generation, at, space)
        });
        let (table, cell) = self.table_frame(tag, presentation);
        let item = self.list_item(tag);
        let parent = self.stack.last();
        let is_list = landmarks.contains(Landmarks::LIST);
        let frame = Frame {
            node,
            tag,
            block,
            landmarks: parent.map_or(landmarks, |p| p.landmarks | landmarks),
            own_hints,
            // Inside an article-body container, names further up no longer count.
            far_hints: match parent {
                Some(p) if !own_hints.contains(Hint::ArticleBody) => p.far_hints.union(own_hints),
                _ => own_hints,
            },
            element: None,
            pre: tag == "pre" || parent.is_some_and(|p| p.pre),
            link: tag == "a" || parent.is_some_and(|p| p.link),
            list: if is_list {
                Some((self.stack.len(), tag == "ol"))
            } else {
                parent.and_then(|p| p.list)
            },
            list_depth: parent.map_or(0, |p| p.list_depth) + u8::from(is_list && tag != "menu"),
            next_number: start.unwrap_or(1),
            item: item.or_else(|| parent.and_then(|p| p.item)),
            table,
            cell,
            span,
            user: self
                .marks
                .get(&node.id())
                .copied()
                .or_else(|| parent.and_then(|p| p.user)),
        };
        self.stack.push(frame);
        true
    }

    /// Table bookkeeping on the way down: returns the frame's (table, cell).
    fn table_frame(
        &mut self,
        tag: &str,
        presentation: bool,
    ) -> (Option<u32>, Option<(u32, u32, bool)>) {
        let parent = self.stack.last();
        let (table, cell) = (parent.and_then(|p| p.table), parent.and_then(|p| p.cell));
        let state = table.and_then(|t| self.tables.get_mut(t as usize));
        match (tag, state) {
            ("table", state) => {
                if let Some(outer) = state {
                    // A table inside a table is page layout.
                    outer.layout = true;
                }
                self.tables.push(TableState {
                    frame: self.stack.len(),
                    rows: 0,
                    cols_in_row: 0,
                    max_cols: 0,
                    header: false,
                    in_thead: false,
                    layout: presentation,
                    first_block: self.blocks.len() as u32,
                });
                (Some(self.tables.len() as u32 - 1), None)
            }
            ("thead", Some(state)) => {
                state.in_thead = true;
                (table, cell)
            }
            ("tr", Some(state)) => {
                state.rows += 1;
                state.cols_in_row = 0;
                (table, None)
            }
            ("td" | "th", Some(state)) => {
                state.cols_in_row += 1;
                state.max_cols = state.max_cols.max(state.cols_in_row);
                let header = tag == "th" || state.in_thead;
                state.header |= header;
                let cell = (state.rows.saturating_sub(1), state.cols_in_row - 1, header);
                (table, Some(cell))
            }
            _ => (table, cell),
        }
    }

    /// List bookkeeping on the way down: a list item takes its number from its list.
    fn list_item(&mut self, tag: &str) -> Option<(usize, u32)> {
        if !matches!(tag, "li" | "dt" | "dd") {
            return None;
        }
        let at = self.stack.len();
        let list = self.stack.last().and_then(|p| p.list).map(|(i, _)| i);
        let number = match list.and_then(|i| self.stack.get_mut(i)) {
            Some(list) => {
                let n = list.next_number;
                if tag == "li" {
                    list.next_number = n.saturating_add(1);
                }
                n
            }
            None => 1,
        };
        Some((at, number))
    }

    /// Decides, once a table has been read, whether it held data or page layout;
    /// a layout table's cells become ordinary text runs.
    fn close_table(&mut self, index: u32, element: Option<u32>) {
        let (Some(state), Some(element)) = (self.tables.get(index as usize), element) else {
            return;
        };
        let blocks = self
            .blocks
            .get(state.first_block as usize..)
            .unwrap_or_default();
        let mine = |b: &&Block| b.context.cell.is_some_and(|c| c.table == element);
        // Cells of a data table are short; whole paragraphs in cells mean layout.
        let long = blocks
            .iter()
            .filter(mine)
            .any(|b| b.text.split_whitespace().nth(LAYOUT_CELL_WORDS).is_some());
        let data =
            !state.layout && !long && state.max_cols >= 2 && (state.header || state.rows >= 2);
        if data {
            return;
        }
        let start = state.first_block as usize;
        for block in self.blocks.iter_mut().skip(start) {
            if block.context.cell.is_some_and(|c| c.table == element) {
                block.context.cell = None;
                if block.structure == Structure::TableCell {
                    block.structure = Structure::TextRun;
                }
            }
        }
    }

    fn close(&mut self) {
        let Some(top) = self.stack.last() else { return };
        // Images in a box of chrome with no text (a logo, an avatar, share icons)
        // belong to it, not to the next block.
        if top.block
            && !self.buf.images.is_empty()
            && (top.own_hints.has_chrome() || top.landmarks.intersects(CHROME_LANDMARKS))
            && !self.buf.text.chars().any(char::is_alphanumeric)
        {
            self.buf.images.clear();
        }
        if top.block {
            self.flush();
        }
        if let Some(frame) = self.stack.pop() {
            if let Some(el) = frame
                .element
                .and_then(|i| self.elements.get_mut(i as usize))
            {
                el.blocks.end = self.blocks.len() as u32;
            }
            if let Some((kind, generation, at, space)) = frame.span {
                self.buf.close_span(kind, generation, at, space);
            }
            match frame.tag {
                "table" => {
                    if let Some(t) = frame.table {
                        self.close_table(t, frame.element);
                    }
                }
                "thead" => {
                    if let Some(state) = frame.table.and_then(|t| self.tables.get_mut(t as usize)) {
                        state.in_thead = false;
                    }
                }
                _ => {}
            }
        }
    }

    /// An `<img>`: remembered for the next block (lazy loaders put the URL in `data-src`).
    fn read_image(&mut self, el: &scraper::node::Element) {
        let (mut src, mut lazy, mut alt) = (None, None, None);
        for (name, value) in el.attrs.iter() {
            match &*name.local {
                "src" => src = Some(value.trim()),
                "data-src" | "data-lazy-src" | "data-original" => lazy = Some(value.trim()),
                "alt" => alt = Some(&**value),
                _ => {}
            }
        }
        // A data: URI placeholder stands for the lazy-loaded image.
        let src = match (src, lazy) {
            (Some(s), Some(l)) if s.starts_with("data:") || s.is_empty() => l,
            (Some(s), _) if !s.is_empty() => s,
            (_, Some(l)) => l,
            _ => return,
        };
        if src.is_empty()
            || src.starts_with("data:")
            || self.buf.images.len() >= MAX_IMAGES_PER_BLOCK
        {
            return;
        }
        self.buf.images.push(Image {
            src: src.into(),
            alt: collapse_ws(alt.unwrap_or_default()).into(),
        });
    }

    fn read_meta(&mut self, el: &scraper::node::Element) {
        let mut key = None;
        let mut content = None;
        for (name, value) in el.attrs.iter() {
            match &*name.local {
                "property" | "name" | "itemprop" => key = Some(&**value),
                "content" => content = Some(&**value),
                "http-equiv" if value.eq_ignore_ascii_case("content-language") => {
                    key = Some("content-language")
                }
                _ => {}
            }
        }
        let (Some(key), Some(content)) = (key, content) else {
            return;
        };
        let content = collapse_ws(content);
        if content.is_empty() {
            return;
        }
        let key = key.trim().to_ascii_lowercase();
        self.facts.raw.metas.push((key.clone(), content.clone()));
        let slot = match key.as_str() {
            "og:title" | "twitter:title" => &mut self.facts.og_title,
            "og:site_name" | "application-name" | "publisher" => &mut self.facts.site_name,
            "content-language" => &mut self.facts.language,
            _ => return,
        };
        if slot.is_none() {
            *slot = Some(content);
        }
    }

    /// `<link rel href>`, `<base href>` and JSON-LD scripts, kept raw for the metadata stage.
    fn read_described(&mut self, node: NodeRef<'a, Node>, el: &scraper::node::Element, tag: &str) {
        let attr = |name: &str| {
            el.attrs
                .iter()
                .find(|(n, _)| &*n.local == name)
                .map(|(_, v)| v.trim())
        };
        match tag {
            "link" => {
                if let (Some(rel), Some(href)) = (attr("rel"), attr("href"))
                    && !href.is_empty()
                {
                    let raw = &mut self.facts.raw;
                    raw.links.push((rel.to_ascii_lowercase(), href.to_owned()));
                }
            }
            "base" if self.facts.raw.base_href.is_none() => {
                self.facts.raw.base_href = attr("href").map(str::to_owned);
            }
            _ if attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) => {
                let text: String = node
                    .children()
                    .filter_map(|c| c.value().as_text().map(|t| &**t))
                    .collect();
                if !text.trim().is_empty() {
                    self.facts.raw.json_ld.push(text);
                }
            }
            _ => {}
        }
    }

    /// The name an `itemprop=author` element holds: the text of an `itemprop=name` inside
    /// it, else its own text; whitespace collapsed, reading at most [`AUTHOR_MARK_NODES`]
    /// nodes and [`AUTHOR_MARK_CHARS`] characters.
    fn author_mark_text(node: NodeRef<'_, Node>) -> String {
        let named = node.descendants().take(AUTHOR_MARK_NODES).find(|n| {
            n.value()
                .as_element()
                .is_some_and(|e| e.attr("itemprop").is_some_and(|v| has_token(v, "name")))
        });
        let root = named.unwrap_or(node);
        if let Some(c) = root.value().as_element().and_then(|e| e.attr("content")) {
            return collapse_ws(c).chars().take(AUTHOR_MARK_CHARS).collect();
        }
        let mut text = String::new();
        for n in root.descendants().take(AUTHOR_MARK_NODES) {
            if let Some(t) = n.value().as_text() {
                text.push_str(t);
                text.push(' ');
                if text.len() > AUTHOR_MARK_CHARS * 4 {
                    break;
                }
            }
        }
        collapse_ws(&text).chars().take(AUTHOR_MARK_CHARS).collect()
    }

    /// Emits the text gathered so far as a block of the innermost block element.
    fn flush(&mut self) {
        let media = std::mem::take(&mut self.buf.media_seen);
        let pre = self.stack.last().is_some_and(|f| f.pre);
        let Some(taken) = self.buf.take(pre) else {
            self.buf.media_seen = media;
            return;
        };
        let Taken {
            text,
            link_bytes,
            spans,
            images,
            code_language,
        } = taken;
        let position = self.blocks.len() as u32;
        let element = self.materialize(position);
        let Some(top) = self.stack.last() else {
            self.blocks
                .push(Block::new(text, Structure::Paragraph, Context::default()));
            return;
        };
        let frame_element = |i: usize| self.stack.get(i).and_then(|f| f.element);
        let cell = match (top.table, top.cell) {
            (Some(t), Some((row, col, header))) => self
                .tables
                .get(t as usize)
                .and_then(|s| frame_element(s.frame))
                .map(|table| Cell {
                    table,
                    row,
                    col,
                    header,
                }),
            _ => None,
        };
        let item = top.item.and_then(|(i, number)| {
            frame_element(i).map(|element| ListItemRef {
                element,
                number,
                depth: top.list_depth.max(1),
                ordered: top.list.is_some_and(|(_, ordered)| ordered),
            })
        });
        let landmarks = top.landmarks;
        let far_hints = top.far_hints;
        let mut near_hints = HintSet::default();
        let mut block_frames = 0;
        let mut block_tag = "";
        for frame in self.stack.iter().rev() {
            near_hints = near_hints.union(frame.own_hints);
            // The block's own element gives its tag even when it carries the article-body
            // name (`<h2 class="story-body__crosshead">` is a heading, `<p class=
            // "article-body-text">` a paragraph); names further up no longer count.
            if frame.block {
                if block_frames == 0 {
                    block_tag = frame.tag;
                }
                block_frames += 1;
                if block_frames == NEAR_BLOCK_ANCESTORS {
                    break;
                }
            }
            if frame.own_hints.contains(Hint::ArticleBody) {
                break;
            }
        }
        let (structure, group) = self.structure_of(block_tag);
        let link_density = if text.is_empty() {
            0.0
        } else {
            (link_bytes as f32 / text.len() as f32).min(1.0)
        };
        let context = Context {
            tag: static_tag(block_tag),
            element,
            group,
            landmarks,
            link_density,
            position,
            after_media: media,
            cell,
            item,
            near_hints,
            far_hints,
            user: top.user,
        };
        let mut block = Block::new(text, structure, context);
        block.spans = spans;
        block.images = images;
        if structure == Structure::Preformatted {
            block.code_language = code_language;
        }
        self.blocks.push(block);
    }

    fn structure_of(&self, block_tag: &str) -> (Structure, Option<u32>) {
        let top = self.stack.last();
        let list = top.and_then(|f| f.list);
        let group = list
            .and_then(|(i, _)| self.stack.get(i))
            .and_then(|f| f.element);
        let structure = match block_tag {
            "p" => Structure::Paragraph,
            "h1" => Structure::Heading { level: 1 },
            "h2" => Structure::Heading { level: 2 },
            "h3" => Structure::Heading { level: 3 },
            "h4" => Structure::Heading { level: 4 },
            "h5" => Structure::Heading { level: 5 },
            "h6" => Structure::Heading { level: 6 },
            "li" | "dt" | "dd" => {
                let depth = top.map_or(1, |f| f.list_depth.max(1));
                return (
                    Structure::ListItem {
                        ordered: list.is_some_and(|(_, o)| o),
                        depth,
                    },
                    group,
                );
            }
            "pre" => Structure::Preformatted,
            "blockquote" => Structure::Quote,
            "figcaption" | "caption" => Structure::Caption,
            "td" | "th" => Structure::TableCell,
            _ if top.is_some_and(|f| f.pre) => Structure::Preformatted,
            _ => Structure::TextRun,
        };
        (structure, None)
    }

    /// Records the block-level frames on the stack as elements (once each) and
    /// returns the index of the innermost one.
    fn materialize(&mut self, first_block: u32) -> Option<u32> {
        // Frames above the deepest already-recorded one are new; record them bottom-up
        // so that every element's parent exists before it.
        let start = self
            .stack
            .iter()
            .rposition(|f| f.element.is_some())
            .map_or(0, |i| i + 1);
        let mut parent = self
            .stack
            .get(..start)
            .and_then(|s| s.iter().rev().find_map(|f| f.element));
        for i in start..self.stack.len() {
            let Some(frame) = self.stack.get(i) else {
                break;
            };
            if !frame.block {
                continue;
            }
            let (mut id, mut class) = (None, None);
            if let Node::Element(el) = frame.node.value() {
                for (name, value) in el.attrs.iter() {
                    match &*name.local {
                        "id" if !value.trim().is_empty() => id = Some(Box::from(value.trim())),
                        "class" if !value.trim().is_empty() => {
                            class = Some(Box::from(collapse_ws(value)))
                        }
                        _ => {}
                    }
                }
            }
            let index = self.elements.len() as u32;
            self.elements.push(Element {
                tag: static_tag(frame.tag),
                id,
                class,
                parent,
                blocks: first_block..first_block,
            });
            if let Some(frame) = self.stack.get_mut(i) {
                frame.element = Some(index);
            }
            parent = Some(index);
        }
        self.stack
            .iter()
            .rev()
            .find(|f| f.block)
            .and_then(|f| f.element)
    }
}

/// The language a code block's class names: `language-rust`, `lang-py`.
///
/// Only a name a highlighter could know (letters, digits, `+ # . _ -`, at most 32
/// bytes): the language is printed after a Markdown fence, where a backtick would end
/// the fence and let page markup through as live HTML.
fn code_language(class: &str) -> Option<&str> {
    class.split_ascii_whitespace().find_map(|c| {
        c.strip_prefix("language-")
            .or_else(|| c.strip_prefix("lang-"))
            .filter(|l| {
                (1..=32).contains(&l.len())
                    && l.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"+#._-".contains(&b))
            })
    })
}

/// True for inline styles that hide the element.
fn style_hides(style: &str) -> bool {
    if !style.contains("none") && !style.contains("hidden") {
        return false;
    }
    let compact: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// Collapses whitespace runs to one space and trims.
pub(crate) fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The tag name as a `'static` string where it is a common one (no allocation).
fn static_tag(tag: &str) -> Cow<'static, str> {
    const COMMON: &[&str] = &[
        "p",
        "div",
        "section",
        "article",
        "main",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "tr",
        "table",
        "tbody",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "aside",
        "nav",
        "header",
        "footer",
        "form",
        "body",
        "html",
        "span",
        "a",
        "dl",
        "dt",
        "dd",
        "caption",
        "button",
        "center",
        "address",
        "details",
        "summary",
        "dialog",
        "thead",
        "tfoot",
        "hgroup",
        "fieldset",
        "legend",
        "menu",
        "head",
        "hr",
        "dir",
    ];
    match COMMON.iter().find(|t| **t == tag) {
        Some(t) => Cow::Borrowed(t),
        None => Cow::Owned(tag.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(html: &str) -> Segmented {
        segment(&Html::parse_document(html))
    }

    fn texts(html: &str) -> Vec<String> {
        seg(html).blocks.into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn inline_elements_join_and_blocks_split() {
        assert_eq!(
            texts("<p>foo<b>bar</b> <i>baz</i></p><div>one <span>two</span><p>three</p>four</div>"),
            ["foobar baz", "one two", "three", "four"]
        );
    }

    #[test]
    fn br_is_a_line_break() {
        assert_eq!(
            texts("<p>line one <br> line two<br><br><br>three</p>"),
            ["line one\nline two\n\nthree"]
        );
    }

    #[test]
    fn skipped_and_hidden_content() {
        let t = texts(
            "<head><title>T</title><style>p{}</style></head><body><script>var x='<p>no</p>'</script>\
             <p>yes</p><div hidden>no</div>\
             <div style=\"DISPLAY: none\">no</div><noscript>no</noscript><svg><text>no</text></svg>\
             <template><p>no</p></template><select><option>no</option></select></body>",
        );
        assert_eq!(t, ["yes"]);
    }

    /// A carousel's copies of its slides are not read: each slide once, in page order.
    #[test]
    fn carousel_clones_are_read_once() {
        let t = texts(
            "<div class=\"slide slick-cloned\"><p>three</p></div>\
             <div class=\"slide\"><p>one</p></div><div class=\"slide\"><p>two</p></div>\
             <div class=\"slide\"><p>three</p></div><div class=\"owl-item cloned\"><p>one</p></div>\
             <div class=\"cloned-hair\"><p>kept</p></div>",
        );
        assert_eq!(t, ["one", "two", "three", "kept"]);
    }

    /// The text of skipped hidden subtrees is counted (blank text not), each subtree once
    /// even when hidden elements nest: the cleaner compares it with the visible text.
    #[test]
    fn hidden_text_is_counted_once() {
        let s = seg(
            "<p>seen</p><div hidden><p>abc</p>  <div style=\"display:none\">de</div></div>\
             <span style=\"visibility: hidden\"> fgh </span>",
        );
        assert_eq!(s.text_bytes(), 4);
        assert_eq!(s.hidden_text_bytes, 8);
        assert_eq!(seg("<p>all visible</p>").hidden_text_bytes, 0);
    }

    /// `aria-hidden` hides from assistive technology only: browsers render the text, so a
    /// reader sees it (collapsed-looking panels, decorative labels).
    #[test]
    fn aria_hidden_text_is_visible() {
        assert_eq!(
            texts("<p>one</p><div aria-hidden=\"true\"><p>two</p></div>"),
            ["one", "two"]
        );
    }

    #[test]
    fn hidden_body_is_still_read() {
        assert_eq!(
            texts("<body style=\"display:none\"><p>shown</p></body>"),
            ["shown"]
        );
    }

    #[test]
    fn pre_keeps_whitespace() {
        assert_eq!(
            texts("<pre>fn main() {\n    x();\n}</pre>"),
            ["fn main() {\n    x();\n}"]
        );
    }

    #[test]
    fn context_landmarks_hints_and_links() {
        let s = seg("<body><nav><ul><li><a href=/>Home</a></li></ul></nav>\
             <article><div class=\"entry-content\"><p>Body <a href=x>link</a> text</p></div>\
             <figure><img src=a.jpg><figcaption class=\"wp-caption-text\">A cat</figcaption></figure></article></body>");
        let b = &s.blocks;
        assert_eq!(b.len(), 3);
        assert!(
            b[0].context
                .landmarks
                .contains(Landmarks::NAV | Landmarks::LIST)
        );
        assert_eq!(b[0].context.link_density, 1.0);
        assert!(matches!(
            b[0].structure,
            Structure::ListItem {
                ordered: false,
                depth: 1
            }
        ));
        assert!(b[1].context.near_hints.contains(hints::Hint::ArticleBody));
        assert!(b[1].context.landmarks.contains(Landmarks::ARTICLE));
        assert!((b[1].context.link_density - 4.0 / 14.0).abs() < 1e-6);
        // Spaces inside a link are link text; the ones around it are not.
        let s = seg("<p>Read <a href=x>the full story</a> now</p><p><a href=y>Two words</a></p>");
        assert!((s.blocks[0].context.link_density - 14.0 / 23.0).abs() < 1e-6);
        assert_eq!(s.blocks[1].context.link_density, 1.0);
        assert!(b[2].context.after_media);
        assert_eq!(b[2].structure, Structure::Caption);
        assert!(b[2].context.near_hints.contains(hints::Hint::Caption));
    }

    #[test]
    fn elements_hold_block_ranges_and_paths() {
        let s = seg(
            "<body><div id=a><p>one</p><p>two</p></div><div class='b c'><p>three</p></div></body>",
        );
        let a = s
            .elements
            .iter()
            .find(|e| e.id.as_deref() == Some("a"))
            .unwrap();
        assert_eq!(a.blocks, 0..2);
        let bc = s
            .elements
            .iter()
            .find(|e| e.class.as_deref() == Some("b c"))
            .unwrap();
        assert_eq!(bc.blocks, 2..3);
        // only block-level ancestors are recorded: html, body, 2 divs, 3 p
        assert_eq!(s.elements.len(), 7);
    }

    #[test]
    fn page_facts() {
        let s = seg("<html lang=en-GB><head><title> Headline  | Site </title>\
             <meta property=og:site_name content='The Site'><meta property=og:title content='Headline'></head></html>");
        assert_eq!(s.facts.title.as_deref(), Some("Headline | Site"));
        assert_eq!(s.facts.site_name.as_deref(), Some("The Site"));
        assert_eq!(s.facts.og_title.as_deref(), Some("Headline"));
        assert_eq!(s.facts.language.as_deref(), Some("en-GB"));
    }

    #[test]
    fn list_items_carry_group_and_order() {
        let s = seg("<ol><li>a</li><li>b</li></ol><ul><li>c<ul><li>d</li></ul></li></ul>");
        let g: Vec<_> = s
            .blocks
            .iter()
            .map(|b| (b.context.group, b.structure))
            .collect();
        assert_eq!(g[0].0, g[1].0);
        assert_ne!(g[1].0, g[2].0);
        assert!(matches!(
            g[0].1,
            Structure::ListItem {
                ordered: true,
                depth: 1
            }
        ));
        assert!(matches!(
            g[3].1,
            Structure::ListItem {
                ordered: false,
                depth: 2
            }
        ));
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let depth = 100_000;
        let html = format!(
            "{}<p>deep</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        // Parsed through `parse` (which flattens beyond MAX_DEPTH): the walk itself
        // is iterative, the test is that it neither overflows nor loses the text.
        let s = segment(&crate::parse::parse(&html, crate::parse::Bounds::NONE, false).unwrap());
        assert_eq!(s.blocks.len(), 1);
        assert_eq!(s.blocks[0].text, "deep");
        // A tree deeper than MAX_DEPTH built directly (no parser) walks fine too.
        let mut tree = Html::parse_document("<div id=top></div>");
        let top = tree
            .tree
            .nodes()
            .find(|n| {
                n.value()
                    .as_element()
                    .is_some_and(|e| e.id() == Some("top"))
            })
            .unwrap()
            .id();
        let proto = tree.tree.get(top).unwrap().value().clone();
        let mut at = top;
        for _ in 0..depth {
            at = tree.tree.get_mut(at).unwrap().append(proto.clone()).id();
        }
        tree.tree
            .get_mut(at)
            .unwrap()
            .append(Node::Text(scraper::node::Text {
                text: "bottom".into(),
            }));
        let s = segment(&tree);
        assert_eq!(s.blocks.last().unwrap().text, "bottom");
    }
}
