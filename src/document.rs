//! The public model: an [`Article`] is a list of classified [`Block`]s.
//!
//! Segmentation creates the blocks with their [`Context`]; classification fills
//! in [`Kind`], score, [`Reason`]s and the kept flag; rendering reads them.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use serde::Serialize;

/// What a block is: the article's own text, or a named kind of publisher chrome.
///
/// The kind is the block's *function on the page as a reader meets it*, not the words
/// in it: a body paragraph about subscriptions or cookies is [`Body`](Kind::Body); a
/// "Subscribe" button inside a newsletter box is a [`NewsletterPitch`](Kind::NewsletterPitch).
/// Whether a block is kept is the score's decision; the kind of a dropped block comes
/// from the evidence for each kind, the most specific first (a phrase of the kind, a
/// container's name, the page's structure, the kind of its run of blocks, link density),
/// and always follows from the block's [`Reason`]s. On a page whose subject *is* the
/// thing (a privacy policy, a deal post, a newsletter archive) its own text is body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// The headline of the main content (its h1, a kicker inside it too); one per page at most.
    Title,
    /// A heading inside the main content: a subhead between body paragraphs.
    Heading,
    /// The main content itself: paragraphs, list items, quotes, table cells and code of the
    /// article (or of the forum thread, product description, documentation page).
    Body,
    /// A pitch to pay the publisher: subscribe, buy access, become a member, donate or
    /// support ("Subscribe for $1 a week"); the offer's text, prices, plan names and
    /// benefit lines, also inside a paywall box; explicit subscribe calls in menus.
    SubscribePrompt,
    /// An invitation to receive free email: newsletter sign-up boxes (headline, blurb, the
    /// button when the box names the newsletter), email alerts, "notify me of new posts by
    /// email", the form's confirmation. "Subscribe to our X newsletter" is one: the
    /// newsletter wins over the word subscribe.
    NewsletterPitch,
    /// The gate itself: the article continues only for subscribers or registered users; the
    /// meter ("2 free articles left"), "already a subscriber? log in", "register to keep
    /// reading", the gate's login side (its offer lines are [`SubscribePrompt`](Kind::SubscribePrompt)).
    Paywall,
    /// Attribution of an image as a block of its own: photographer, agency, licence
    /// ("Photo: Agency / Photographer"); a figcaption holding only the credit.
    ImageCredit,
    /// Text that describes an image, video or gallery item: a figcaption, a caption div, a
    /// plain line right under an image saying what it shows. A caption ending with its
    /// credit in the same block is a caption.
    Caption,
    /// Author and date lines: "By X", datelines, "Published / Updated ...", agency and
    /// date, reading time, author bio boxes (also at the article's end) and their headings.
    Byline,
    /// Social sharing and following: share buttons and their labels, "Share this story",
    /// email or print this article, "Follow us on ...".
    Share,
    /// Site menus and their items, breadcrumbs, skip links, back to top, pagination,
    /// edition and language switchers, search-box labels, network-of-sites lists,
    /// previous/next links: a menu of sections.
    Navigation,
    /// Lists and teasers of other pages wherever they sit (sidebar, footer, inside the
    /// body): "Related", "Most read", "You may also like", a teaser's headline or blurb,
    /// inline "Read also: ..." links.
    RelatedLinks,
    /// Anything about cookies and consent: the banner, its buttons, consent dialogs, links
    /// to cookie settings or the cookie policy.
    CookieNotice,
    /// Ad labels and slots, sponsored and partner widgets and their items, commerce
    /// promotions marked as ads, advertising or affiliate disclosures.
    Advertisement,
    /// Copyright lines, "all rights reserved", imprint, terms and privacy links and
    /// statements, a wire story's copyright line.
    Legal,
    /// The comment section: its heading and count, the form ("your email address will not
    /// be published"), log-in-to-comment prompts, the reader comments with their authors
    /// and dates (a comment that mentions ads is still a comment).
    Comments,
    /// Chrome of none of these kinds, and rare: a weather widget, a tip box, a petition
    /// call. A dropped block whose kind cannot be told takes the most likely named kind
    /// from its context (a link list in a nav is navigation), not this.
    Other,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: [Kind; 17] = [
        Kind::Title,
        Kind::Heading,
        Kind::Body,
        Kind::SubscribePrompt,
        Kind::NewsletterPitch,
        Kind::Paywall,
        Kind::ImageCredit,
        Kind::Caption,
        Kind::Byline,
        Kind::Share,
        Kind::Navigation,
        Kind::RelatedLinks,
        Kind::CookieNotice,
        Kind::Advertisement,
        Kind::Legal,
        Kind::Comments,
        Kind::Other,
    ];

    /// True for every kind but [`Kind::Title`], [`Kind::Heading`] and [`Kind::Body`].
    ///
    /// ```
    /// use dechrome::Kind;
    /// assert!(Kind::Paywall.is_chrome());
    /// assert!(!Kind::Body.is_chrome());
    /// ```
    pub fn is_chrome(self) -> bool {
        !matches!(self, Kind::Title | Kind::Heading | Kind::Body)
    }

    /// The kind's stable snake_case name, as used in JSON and `--explain`.
    ///
    /// ```
    /// assert_eq!(dechrome::Kind::SubscribePrompt.name(), "subscribe_prompt");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Kind::Title => "title",
            Kind::Heading => "heading",
            Kind::Body => "body",
            Kind::SubscribePrompt => "subscribe_prompt",
            Kind::NewsletterPitch => "newsletter_pitch",
            Kind::Paywall => "paywall",
            Kind::ImageCredit => "image_credit",
            Kind::Caption => "caption",
            Kind::Byline => "byline",
            Kind::Share => "share",
            Kind::Navigation => "navigation",
            Kind::RelatedLinks => "related_links",
            Kind::CookieNotice => "cookie_notice",
            Kind::Advertisement => "advertisement",
            Kind::Legal => "legal",
            Kind::Comments => "comments",
            Kind::Other => "other",
        }
    }

    /// Looks a kind up by its [`name`](Kind::name).
    ///
    /// ```
    /// use dechrome::Kind;
    /// assert_eq!(Kind::from_name("paywall"), Some(Kind::Paywall));
    /// assert_eq!(Kind::from_name("nope"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The block's shape in the page, independent of what it was classified as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Structure {
    /// A `<p>`, or a paragraph of plain-text input.
    Paragraph,
    /// `<h1>`..`<h6>`.
    Heading {
        /// 1 to 6.
        level: u8,
    },
    /// A `<li>`, `<dt>` or `<dd>`.
    ListItem {
        /// True inside `<ol>`.
        ordered: bool,
        /// 1 for a top-level list.
        depth: u8,
    },
    /// `<pre>`: whitespace kept as it was.
    Preformatted,
    /// Text directly in a `<blockquote>`.
    Quote,
    /// `<figcaption>` or a table `<caption>`.
    Caption,
    /// Text of a `<td>` or `<th>` (of a data table; layout tables' cells are text runs).
    /// Its place in the table is [`Context::cell`].
    TableCell,
    /// Text directly inside a `<div>`, `<section>` or another container.
    TextRun,
}

/// Where a block sits in the page, gathered on the way down the DOM.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Context {
    /// Tag name of the innermost block-level element holding the text (`"p"`, `"li"`, `"div"`...);
    /// empty for plain-text input.
    pub tag: Cow<'static, str>,
    /// Index into [`Article::elements`] of that element, if the input was HTML.
    pub element: Option<u32>,
    /// Index into [`Article::elements`] of the list (`ul`/`ol`/`dl`) or table a list item or cell
    /// belongs to; consecutive items of one list render on consecutive lines.
    pub group: Option<u32>,
    /// Landmarks the block sits inside.
    pub landmarks: Landmarks,
    /// Share of the block's characters that are link text, 0 to 1.
    pub link_density: f32,
    /// Index of the block in the page, from 0.
    pub position: u32,
    /// An image, video or iframe came between the previous block and this one.
    pub after_media: bool,
    /// For a block inside a cell of a data table: which table, row and column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<Cell>,
    /// For a list item (or a block inside one): the item's element and its number in
    /// an ordered list (from the list's `start`, else 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<ListItemRef>,
    /// Class/id hints of the block element and its nearest ancestors (see `rules::hints`).
    #[serde(skip)]
    pub(crate) near_hints: crate::rules::hints::HintSet,
    /// Class/id hints of all ancestors.
    #[serde(skip)]
    pub(crate) far_hints: crate::rules::hints::HintSet,
    /// The user rule of the nearest element around it that one matches.
    #[serde(skip)]
    pub(crate) user: Option<crate::selectors::UserMark>,
}

impl Context {
    /// Inside any of `landmarks`, or under an element (near or further up) named like any
    /// of `hints`: the one test for "inside this kind of page area".
    pub(crate) fn within(&self, landmarks: Landmarks, hints: &[crate::rules::hints::Hint]) -> bool {
        self.landmarks.intersects(landmarks)
            || hints
                .iter()
                .any(|h| self.near_hints.contains(*h) || self.far_hints.contains(*h))
    }
}

/// A block's place in a data table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Cell {
    /// Index into [`Article::elements`] of the `<table>`.
    pub table: u32,
    /// Row, from 0, in document order (`thead` rows first when they come first).
    pub row: u32,
    /// Column, from 0 (a `colspan` cell counts once).
    pub col: u32,
    /// A `<th>`, or a cell of a `<thead>` row.
    pub header: bool,
}

/// A block's list item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ListItemRef {
    /// Index into [`Article::elements`] of the `<li>`/`<dt>`/`<dd>`: blocks of one item share it.
    pub element: u32,
    /// The item's number in an ordered list.
    pub number: u32,
    /// 1 for an item of a top-level list, 2 inside a nested list...
    pub depth: u8,
    /// The item's list is an `<ol>`.
    pub ordered: bool,
}

/// A run of a block's text that was a link or inline code in the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Span {
    /// Byte offset in [`Block::text`] where the run starts (on a char boundary).
    pub start: u32,
    /// Byte offset where it ends (exclusive, on a char boundary).
    pub end: u32,
    /// What the run was.
    #[serde(flatten)]
    pub kind: SpanKind,
}

/// What a [`Span`] marks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum SpanKind {
    /// An `<a href>`: the `href` as written (resolve it with [`Article::resolve_url`]).
    Link {
        /// The `href` attribute, trimmed.
        href: Box<str>,
    },
    /// `<code>`, `<kbd>`, `<samp>` or `<tt>` outside `<pre>`.
    Code,
}

/// An image that came just before a block (inside it, or between it and the previous one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Image {
    /// `src` (or a lazy-loading `data-src`) as written; resolve with [`Article::resolve_url`].
    pub src: Box<str>,
    /// `alt` text, whitespace collapsed (empty when absent).
    pub alt: Box<str>,
}

/// A small set of landmark flags (containers that say something about their content).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Landmarks(u32);

impl Landmarks {
    /// Inside `<nav>` or `role=navigation`.
    pub const NAV: Landmarks = Landmarks(1);
    /// Inside `<header>` or `role=banner`.
    pub const HEADER: Landmarks = Landmarks(1 << 1);
    /// Inside `<footer>` or `role=contentinfo`.
    pub const FOOTER: Landmarks = Landmarks(1 << 2);
    /// Inside `<aside>` or `role=complementary`.
    pub const ASIDE: Landmarks = Landmarks(1 << 3);
    /// Inside `<figure>`.
    pub const FIGURE: Landmarks = Landmarks(1 << 4);
    /// Inside `<figcaption>`.
    pub const FIGCAPTION: Landmarks = Landmarks(1 << 5);
    /// Inside `<form>` or `role=search`.
    pub const FORM: Landmarks = Landmarks(1 << 6);
    /// Inside `<button>`, `<select>`, `<label>` or `role=button`.
    pub const BUTTON: Landmarks = Landmarks(1 << 7);
    /// Inside `<article>`.
    pub const ARTICLE: Landmarks = Landmarks(1 << 8);
    /// Inside `<main>` or `role=main`.
    pub const MAIN: Landmarks = Landmarks(1 << 9);
    /// Inside `<blockquote>` or `<q>`.
    pub const QUOTE: Landmarks = Landmarks(1 << 10);
    /// Inside a `<table>`.
    pub const TABLE: Landmarks = Landmarks(1 << 11);
    /// Inside a list (`ul`, `ol`, `dl`).
    pub const LIST: Landmarks = Landmarks(1 << 12);
    /// Inside `<dialog>`, `role=dialog` or `role=alertdialog`.
    pub const DIALOG: Landmarks = Landmarks(1 << 13);
    /// Inside `<address>`.
    pub const ADDRESS: Landmarks = Landmarks(1 << 14);
    /// Carries `itemprop=articleBody` (or sits inside such an element).
    pub const ARTICLE_BODY: Landmarks = Landmarks(1 << 15);
    /// Inside `<time>` only.
    pub const TIME: Landmarks = Landmarks(1 << 16);

    const NAMES: [(Landmarks, &'static str); 17] = [
        (Self::NAV, "nav"),
        (Self::HEADER, "header"),
        (Self::FOOTER, "footer"),
        (Self::ASIDE, "aside"),
        (Self::FIGURE, "figure"),
        (Self::FIGCAPTION, "figcaption"),
        (Self::FORM, "form"),
        (Self::BUTTON, "button"),
        (Self::ARTICLE, "article"),
        (Self::MAIN, "main"),
        (Self::QUOTE, "quote"),
        (Self::TABLE, "table"),
        (Self::LIST, "list"),
        (Self::DIALOG, "dialog"),
        (Self::ADDRESS, "address"),
        (Self::ARTICLE_BODY, "article_body"),
        (Self::TIME, "time"),
    ];

    /// No landmark.
    pub const fn empty() -> Landmarks {
        Landmarks(0)
    }

    /// True when every flag of `other` is set.
    pub const fn contains(self, other: Landmarks) -> bool {
        self.0 & other.0 == other.0
    }

    /// True when any flag of `other` is set.
    pub const fn intersects(self, other: Landmarks) -> bool {
        self.0 & other.0 != 0
    }

    /// The union of both sets.
    pub const fn union(self, other: Landmarks) -> Landmarks {
        Landmarks(self.0 | other.0)
    }

    /// The flags set in both.
    pub const fn intersection(self, other: Landmarks) -> Landmarks {
        Landmarks(self.0 & other.0)
    }

    /// The flags of `self` that are not in `other`.
    pub const fn difference(self, other: Landmarks) -> Landmarks {
        Landmarks(self.0 & !other.0)
    }

    /// Names of the flags that are set, e.g. `["nav", "list"]`.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        Self::NAMES
            .into_iter()
            .filter(move |(flag, _)| self.contains(*flag))
            .map(|(_, name)| name)
    }
}

impl std::ops::BitOr for Landmarks {
    type Output = Landmarks;
    fn bitor(self, rhs: Landmarks) -> Landmarks {
        self.union(rhs)
    }
}

impl std::ops::BitOrAssign for Landmarks {
    fn bitor_assign(&mut self, rhs: Landmarks) {
        *self = self.union(rhs);
    }
}

impl Serialize for Landmarks {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.names())
    }
}

/// One signal that fired for a block, with the weight it added to the score.
///
/// `code` is stable across releases (see the rule table in `rules`), so logs and
/// dashboards can count by it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Reason {
    /// Stable rule code, e.g. `"P101"`.
    pub code: &'static str,
    /// Short rule name, e.g. `"subscribe-phrase"`.
    pub name: &'static str,
    /// What the rule added to the block's score (negative: towards chrome).
    pub weight: f32,
    /// The chrome kind this rule points to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {:+.2}", self.code, self.name, self.weight)
    }
}

/// A unit of text in the page (paragraph, heading, list item, caption, text run...), classified.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub(crate) text: String,
    pub(crate) structure: Structure,
    pub(crate) kind: Kind,
    pub(crate) score: f32,
    pub(crate) kept: bool,
    pub(crate) reasons: Vec<Reason>,
    pub(crate) context: Context,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) spans: Vec<Span>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) images: Vec<Image>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) code_language: Option<Box<str>>,
}

impl Block {
    pub(crate) fn new(text: String, structure: Structure, context: Context) -> Block {
        Block {
            text,
            structure,
            kind: Kind::Other,
            score: 0.0,
            kept: false,
            reasons: Vec::new(),
            context,
            spans: Vec::new(),
            images: Vec::new(),
            code_language: None,
        }
    }

    /// Whether the block has a link and every link's `href` passes `test`.
    fn every_link(&self, test: impl Fn(&str) -> bool) -> bool {
        let mut links = self.spans.iter().filter_map(|s| match &s.kind {
            SpanKind::Link { href } => Some(&**href),
            SpanKind::Code => None,
        });
        links.next().is_some_and(&test) && links.all(test)
    }

    /// The tag of the list item (`li`, `dt`, `dd`) the block belongs to, if any.
    pub(crate) fn item_tag<'e>(&self, elements: &'e [Element]) -> Option<&'e str> {
        let item = self.context.item?;
        elements.get(item.element as usize).map(|e| e.tag.as_ref())
    }

    /// Whether every link of the block jumps to a named place on the page (`#main`,
    /// `#comments`): a skip link or a table of contents, never an item of a listing. A bare
    /// `#` or an encoded action after it is a script's handle, which may open anything.
    pub(crate) fn jumps_within_page(&self) -> bool {
        self.every_link(|h| {
            h.strip_prefix('#').is_some_and(|id| {
                !id.is_empty()
                    && id
                        .bytes()
                        .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
            })
        })
    }

    /// Whether the block is all link text and every link goes to the site's front page
    /// (`/`, `/index.html`, `https://host/`): a logo or a home link, the site's name,
    /// never the page's title.
    pub(crate) fn links_home(&self) -> bool {
        self.context.link_density >= 0.9
            && self.every_link(|h| {
                let path = match h.find("://") {
                    Some(at) => h
                        .get(at + 3..)
                        .map_or("", |rest| rest.find('/').map_or("", |p| &rest[p..])),
                    None => h,
                };
                let path = path.split(['?', '#']).next().unwrap_or("");
                matches!(
                    path,
                    "" | "/" | "./" | "/index.html" | "/index.php" | "index.html"
                ) && !h.starts_with('#')
            })
    }

    /// Links and inline code inside the text, in order, as byte ranges of [`text`](Block::text).
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// Images that came just before this block (a figure's image before its caption,
    /// an image inside a paragraph).
    pub fn images(&self) -> &[Image] {
        &self.images
    }

    /// For a code block: the language its `class` named (`language-rust` -> `rust`).
    pub fn code_language(&self) -> Option<&str> {
        self.code_language.as_deref()
    }

    /// The block's text: whitespace collapsed, `<br>` kept as `\n`, `<pre>` verbatim.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What the block was classified as.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The final score: the sum of the reasons' weights after context smoothing.
    /// Blocks at or above the cleaner's minimum score lean towards body.
    pub fn score(&self) -> f32 {
        self.score
    }

    /// Whether the block is part of the clean text.
    pub fn is_kept(&self) -> bool {
        self.kept
    }

    /// The signals that fired, in the order they were evaluated.
    pub fn reasons(&self) -> &[Reason] {
        &self.reasons
    }

    /// The block's shape in the page.
    pub fn structure(&self) -> Structure {
        self.structure
    }

    /// Where the block sits in the page.
    pub fn context(&self) -> &Context {
        &self.context
    }
}

/// An element of the page that holds at least one block (the blocks' ancestors).
///
/// Only ancestors of blocks are recorded, so this is much smaller than the DOM.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Element {
    /// Tag name, lower case.
    pub tag: Cow<'static, str>,
    /// The `id` attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Box<str>>,
    /// The `class` attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<Box<str>>,
    /// Index of the parent element in [`Article::elements`], `None` for the top.
    pub parent: Option<u32>,
    /// The blocks inside this element, as indexes into [`Article::blocks`].
    pub blocks: Range<u32>,
}

/// Facts about the page found while reading it.
///
/// Each field is read from the first place, in a fixed per-field precedence, that
/// gives a valid value (`<meta>`, OpenGraph, Twitter cards, JSON-LD, `<link>`,
/// `<title>`, `<html lang>`); [`sources`](Metadata::sources) says which place won.
/// The precedence table is in the repository's `docs/metadata.md`.
#[derive(Debug, Clone, Default, Serialize)]
#[non_exhaustive]
pub struct Metadata {
    /// The page's title (`og:title`, `twitter:title`, JSON-LD `headline`, `<title>`...)
    /// with a trailing site name removed.
    pub title: Option<String>,
    /// `og:site_name`, `application-name`, JSON-LD `WebSite` or publisher name, or the
    /// site part of the title.
    pub site_name: Option<String>,
    /// The publisher's name as used in the text, learned from the page
    /// (site name, or a name repeated across short blocks). Used by the chrome rules.
    pub publisher: Option<String>,
    /// `<html lang>`, `content-language`, JSON-LD `inLanguage` or `og:locale` (as
    /// `en-US`); the cleaner's [`language`](crate::CleanerBuilder::language) wins.
    pub language: Option<String>,
    /// Name of the encoding the bytes were decoded with, when the input was bytes.
    pub encoding: Option<&'static str>,
    /// The URL the caller gave for the page ([`Page::url`](crate::Page::url)).
    pub url: Option<String>,
    /// Author names, in page order, without duplicates (JSON-LD `author`, `author`,
    /// `article:author`, `dc.creator`...; profile URLs are not names).
    pub authors: Vec<String>,
    /// Publication date and time, ISO 8601: `2024-03-01` when only the day is known,
    /// else `2024-03-01T09:30:00+01:00` (`Z` for UTC; no offset when the page gave none).
    pub published: Option<String>,
    /// Last modification date and time, ISO 8601.
    pub modified: Option<String>,
    /// The canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`), absolute when
    /// the page URL or `<base>` allowed resolving it.
    pub canonical_url: Option<String>,
    /// The page's summary (`description`, `og:description`, JSON-LD `description`).
    pub description: Option<String>,
    /// Keywords and tags (`article:tag`, `keywords`, JSON-LD `keywords`), without duplicates.
    pub tags: Vec<String>,
    /// The section or category (`article:section`, JSON-LD `articleSection`).
    pub section: Option<String>,
    /// The lead image URL (`og:image`, `twitter:image`, JSON-LD `image`).
    pub image: Option<String>,
    /// The page's declared type: `og:type` (`"article"`, `"website"`, `"product"`) or the
    /// JSON-LD `@type` of its main entity (`"NewsArticle"`, `"Product"`, `"ItemList"`).
    pub page_type: Option<String>,
    /// Where each field above came from, in field order (fields not found are absent).
    pub sources: Vec<FieldSource>,
    /// JSON-LD `articleBody`, when the page carried one (evidence for the classifier;
    /// not serialized: it repeats the article).
    #[serde(skip)]
    pub article_body: Option<String>,
}

/// Which field of [`Metadata`] came from which [`Source`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FieldSource {
    /// The field's name as in [`Metadata`] (`"title"`, `"published"`, ...).
    pub field: &'static str,
    /// Where it was found.
    pub source: Source,
}

/// A place in the page metadata can come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Source {
    /// The `<title>` element.
    TitleElement,
    /// A plain `<meta name=...>` (including Dublin Core `dc.*` and `article:*`/`itemprop`).
    Meta,
    /// An OpenGraph `<meta property="og:...">`.
    OpenGraph,
    /// A Twitter card `<meta name="twitter:...">`.
    TwitterCard,
    /// A schema.org JSON-LD block.
    JsonLd,
    /// A `<link rel=...>`.
    Link,
    /// `<html lang>`.
    HtmlLang,
    /// `<meta http-equiv=content-language>`.
    HttpEquiv,
    /// Learned from the page's text (the publisher's name).
    Text,
    /// Given by the caller (the page URL, a language hint, a charset).
    Caller,
    /// Found by decoding the bytes (the encoding).
    Decoder,
    /// Detected from the page's text (the language).
    Detected,
    /// A `<time datetime>`, or an element's `itemprop=datePublished/dateModified`, in
    /// the page's markup.
    TimeElement,
    /// A byline or date line near the title ("By Jane Doe", "Published 3 March 2024").
    Byline,
    /// The date in the page URL's path (`/2024/03/14/`).
    UrlPath,
    /// An element's microdata on the page (`itemprop=author`: its `content`, the
    /// `itemprop=name` inside it, or its text).
    Microdata,
}

/// What kind of page this was, with how sure the cleaner is.
///
/// See [`Article::verdict`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Verdict {
    /// The page type.
    pub page_type: PageType,
    /// 0 to 1: how sure the cleaner is of [`page_type`](Verdict::page_type): the
    /// winning type's score minus the runner-up's, over the winning score (1: no
    /// other type had any evidence; near 0: a near tie).
    pub confidence: f32,
    /// 0 to 1: how sure the cleaner is that the kept text is the page's main content:
    /// grows with the kept words (up to about 250), the share of them that is prose,
    /// the share in one contiguous run and in the main container, and falls with
    /// kept text that looks like navigation, sidebars or link lists. Low for error
    /// and wall pages, which have no main content to keep.
    pub quality: f32,
    /// How well the kept text (without the title) agrees with the page's JSON-LD
    /// `articleBody`, by words; `None` when the page has none of 50 words or more.
    /// Under a recall of 0.5 ([`Agreement::is_poor`](crate::Agreement::is_poor)) the
    /// cleaner probably kept something other than the article the page declares, and
    /// [`quality`](Verdict::quality) is scaled down (by up to 0.4 at recall 0).
    pub article_body_agreement: Option<crate::Agreement>,
}

impl Verdict {
    /// The verdict on a page with no text: [`PageType::Other`], nothing to be sure of.
    pub const EMPTY: Verdict = Verdict {
        page_type: PageType::Other,
        confidence: 0.0,
        quality: 0.0,
        article_body_agreement: None,
    };
}

/// The kinds of page the verdict tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PageType {
    /// A news story, blog post, essay: one main text.
    Article,
    /// An index, category, tag or search-results page: teasers of other pages.
    Listing,
    /// A discussion thread or Q&A page: posts by several people.
    Forum,
    /// A product page: price, buy button, specifications.
    Product,
    /// Technical documentation or reference.
    Documentation,
    /// A site's front page.
    Homepage,
    /// An error page (404), a bot wall, a login or cookie wall, "enable JavaScript".
    ErrorOrBlocked,
    /// None of the above.
    Other,
}

impl PageType {
    /// The type's stable snake_case name, as in JSON (`"error_or_blocked"`).
    ///
    /// ```
    /// assert_eq!(dechrome::PageType::ErrorOrBlocked.name(), "error_or_blocked");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            PageType::Article => "article",
            PageType::Listing => "listing",
            PageType::Forum => "forum",
            PageType::Product => "product",
            PageType::Documentation => "documentation",
            PageType::Homepage => "homepage",
            PageType::ErrorOrBlocked => "error_or_blocked",
            PageType::Other => "other",
        }
    }
}

impl fmt::Display for PageType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The result of cleaning a page: every block, classified, plus what was learned about the page.
///
/// ```
/// let article = dechrome::clean_text(
///     "A headline\n\nThe first paragraph of the article, a full sentence with some words in it.\n\nSubscribe now",
/// )?;
/// assert_eq!(article.title(), Some("A headline"));
/// assert!(article.text().contains("first paragraph"));
/// assert!(!article.text().contains("Subscribe"));
/// # Ok::<(), dechrome::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Article {
    pub(crate) metadata: Metadata,
    pub(crate) blocks: Vec<Block>,
    pub(crate) elements: Vec<Element>,
    pub(crate) verdict: Verdict,
    /// `<base href>` as written, for resolving links.
    pub(crate) base_href: Option<Box<str>>,
}

impl Serialize for Article {
    /// The JSON document of `docs/article.schema.json`: title, text, metadata,
    /// blocks and elements.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Article", 6)?;
        st.serialize_field("title", &self.title())?;
        st.serialize_field("text", &self.text())?;
        st.serialize_field("metadata", &self.metadata)?;
        st.serialize_field("verdict", &self.verdict)?;
        st.serialize_field("blocks", &self.blocks)?;
        st.serialize_field("elements", &self.elements)?;
        st.end()
    }
}

/// An article with no blocks and no metadata: a placeholder where a page failed (the
/// batch and Python bindings pair it with the error).
impl Default for Article {
    fn default() -> Article {
        Article {
            metadata: Metadata::default(),
            blocks: Vec::new(),
            elements: Vec::new(),
            base_href: None,
            verdict: Verdict::EMPTY,
        }
    }
}

impl Article {
    /// The headline: the kept [`Kind::Title`] block, else the document's `<title>`.
    pub fn title(&self) -> Option<&str> {
        self.blocks
            .iter()
            .find(|b| b.kind == Kind::Title && b.kept)
            .map(|b| b.text.as_str())
            .or(self.metadata.title.as_deref())
    }

    /// The clean text: kept blocks (title first) separated by blank lines; items of
    /// one list on consecutive lines.
    pub fn text(&self) -> String {
        crate::render::text(&self.blocks, true)
    }

    /// Like [`text`](Article::text) without the title: the article body only.
    pub fn body_text(&self) -> String {
        crate::render::text(&self.blocks, false)
    }

    /// Every block of the page, in page order, kept or not.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The kept blocks, in page order.
    pub fn kept_blocks(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.kept)
    }

    /// The elements that hold blocks (empty for plain-text input).
    pub fn elements(&self) -> &[Element] {
        &self.elements
    }

    /// What was learned about the page.
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// What kind of page this was (article, listing, forum, product, documentation,
    /// homepage, error or wall page, other), how sure the cleaner is of that
    /// (`confidence`: the margin of the winning type over the runner-up), and how sure
    /// it is that the kept text is the page's main content (`quality`). Judged from the
    /// classified blocks (plain-text input too), the page's declared type and its URL
    /// when known; every signal and weight is listed in the crate's `verdict` module.
    ///
    /// ```
    /// use dechrome::PageType;
    /// let html = r#"<html><head><title>Page not found | The Daily</title></head><body>
    ///   <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    ///   <h1>Page not found</h1>
    ///   <p>Sorry, the page you were looking for does not exist.</p></body></html>"#;
    /// let verdict = dechrome::clean(html)?.verdict();
    /// assert_eq!(verdict.page_type, PageType::ErrorOrBlocked);
    /// assert!((0.0..=1.0).contains(&verdict.confidence));
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    pub fn verdict(&self) -> Verdict {
        self.verdict
    }

    /// The CSS-like path of a block, e.g. `html>body>div#main.content>p`.
    /// Empty for plain-text input.
    pub fn path(&self, block: &Block) -> String {
        let mut chain = Vec::new();
        let mut at = block.context.element;
        while let Some(i) = at {
            let Some(el) = self.elements.get(i as usize) else {
                break;
            };
            chain.push(el);
            at = el.parent;
        }
        let mut out = String::new();
        for (n, el) in chain.iter().rev().enumerate() {
            if n > 0 {
                out.push('>');
            }
            out.push_str(&el.tag);
            if let Some(id) = &el.id {
                out.push('#');
                out.push_str(id);
            }
            if let Some(class) = &el.class {
                for c in class.split_ascii_whitespace() {
                    out.push('.');
                    out.push_str(c);
                }
            }
        }
        out
    }

    /// The article as Markdown (CommonMark + GFM tables) with the default
    /// [`RenderOptions`](crate::RenderOptions): links, images, the title as `# `.
    ///
    /// ```
    /// let html = "<title>T</title><h1>Tables</h1><p>A paragraph of the body, with a <a href=/x>link</a> in it, long enough.</p>\
    ///             <table><tr><th>Name</th><th>Age</th></tr><tr><td>Ada</td><td>36</td></tr></table>";
    /// let page = dechrome::Page::new(html.as_bytes()).url("https://example.com/a/b");
    /// let md = dechrome::Cleaner::new().clean_page(&page)?.to_markdown();
    /// assert!(md.contains("[link](https://example.com/x)"));
    /// assert!(md.contains("| Name | Age |\n| --- | --- |\n| Ada | 36 |"));
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    pub fn to_markdown(&self) -> String {
        crate::render::render(self, crate::Format::Markdown, &Default::default())
    }

    /// The article as a minimal clean HTML fragment (`<article>...</article>`).
    pub fn to_html(&self) -> String {
        crate::render::render(self, crate::Format::Html, &Default::default())
    }

    /// The article in any [`Format`](crate::Format), with [`RenderOptions`](crate::RenderOptions).
    /// Every format prints the same kept blocks.
    pub fn render(&self, format: crate::Format, options: &crate::RenderOptions) -> String {
        crate::render::render(self, format, options)
    }

    /// Resolves a link or image URL of the page against its `<base href>` and the
    /// page URL given with [`Page::url`](crate::Page::url); the href as written when
    /// there is nothing to resolve against; `None` for `#fragment` and `javascript:` links.
    pub fn resolve_url(&self, href: &str) -> Option<String> {
        crate::render::Resolver::new(self.metadata.url.as_deref(), self.base_href.as_deref())
            .resolve(href)
    }

    /// The whole classified document as JSON (title, text, metadata, blocks with
    /// reasons, elements); the schema is `docs/article.schema.json`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }
}

impl fmt::Display for Article {
    /// Prints [`Article::text`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}
