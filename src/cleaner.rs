//! The pipeline driver: [`Cleaner`] runs decode -> parse -> segment -> features ->
//! classify, with the options of its [`CleanerBuilder`].

use crate::classify::{self, Options};
use crate::document::{Article, Metadata, Source};
use crate::evidence::ArticleBody;
use crate::metadata::{self, split_title};
use crate::segment::PageFacts;
use crate::selectors::{Selectors, UserMark};
use crate::{Error, decode, features, parse, segment, text_input, verdict};

/// Default for [`CleanerBuilder::max_input_bytes`]: 64 MiB, well above any real article page.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 << 20;
/// Default for [`CleanerBuilder::max_nodes`]: 2,000,000 tags.
pub const DEFAULT_MAX_NODES: usize = 2_000_000;
/// Default for [`CleanerBuilder::max_blocks`]: 100,000 blocks.
pub const DEFAULT_MAX_BLOCKS: usize = 100_000;

/// A configured cleaner. Cheap to clone, `Send + Sync`: build one and share it
/// across threads. The pattern tables are compiled once per process, not per cleaner.
///
/// ```
/// let cleaner = dechrome::Cleaner::builder().keep_captions(true).build();
/// let article = cleaner.clean("<h1>Hi</h1><p>A sentence of the body text, long enough to count as prose here.</p>")?;
/// assert!(article.text().contains("body text"));
/// # Ok::<(), dechrome::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Cleaner {
    opts: Options,
    language: Option<String>,
    max_input_bytes: usize,
    max_nodes: usize,
    max_blocks: usize,
    strict_decoding: bool,
    selectors: Selectors,
}

impl Default for Cleaner {
    fn default() -> Self {
        CleanerBuilder::default().build()
    }
}

/// Options for a [`Cleaner`]; every setting has a default that suits article pages.
///
/// ```
/// let cleaner = dechrome::Cleaner::builder()
///     .keep_headings(false)
///     .min_score(0.5)
///     .max_input_bytes(8 << 20)
///     .build();
/// # let _ = cleaner;
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct CleanerBuilder {
    focus: Focus,
    keep_captions: bool,
    keep_credits: bool,
    keep_comments: bool,
    keep_tables: bool,
    keep_headings: bool,
    min_score: f32,
    language: Option<String>,
    max_input_bytes: usize,
    max_nodes: usize,
    max_blocks: usize,
    strict_decoding: bool,
    selectors: Selectors,
}

/// How high the bar is that a block must clear to be kept as article text: trade
/// leaked chrome against lost text. Set with [`CleanerBuilder::focus`].
///
/// Every level runs the same rules with the same weights; only three thresholds of
/// the classifier move, and with them which context rules fire:
///
/// | level | decided body before smoothing | decided chrome before smoothing | kept as body at |
/// |---|---|---|---|
/// | `Precision` | score ≥ 2.0 | score ≤ −1.0 | score ≥ [`min_score`](CleanerBuilder::min_score) + 1.0 |
/// | `Balanced` | score ≥ 2.0 | score ≤ −2.0 | score ≥ `min_score` |
/// | `Recall` | score ≥ 1.0 | score ≤ −2.0 | score ≥ `min_score` − 1.0 |
///
/// - *Decided* blocks anchor context smoothing: an undecided block between two body
///   anchors is lifted to body, one between two chrome anchors (or in the chrome
///   after the last body) is pushed down. `Precision` lets weaker chrome evidence
///   anchor, so uncertain blocks next to chrome go with it; `Recall` lets weaker
///   body evidence anchor, so uncertain blocks between body blocks are kept.
///   Blocks of fewer than 8 words are never body anchors, at any level.
/// - A block is then kept as body when its final score reaches the minimum score
///   (the builder's [`min_score`](CleanerBuilder::min_score), default 0, plus the
///   level's shift).
/// - A heading is kept when body follows it and its score is above the chrome
///   threshold minus 1 (−2.0 with `Precision`, −3.0 otherwise).
///
/// On the article-extraction benchmark (181 pages): `Precision` 0.9721 precision,
/// 0.9779 recall; `Balanced` 0.9654 / 0.9825; `Recall` 0.9561 / 0.9857.
///
/// ```
/// use dechrome::{Cleaner, Focus};
/// assert_eq!(Focus::default(), Focus::Balanced);
/// assert_eq!("recall".parse::<Focus>(), Ok(Focus::Recall));
/// let cleaner = Cleaner::builder().focus(Focus::Recall).build();
/// # let _ = cleaner;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Focus {
    /// Leak less chrome, lose more text: chrome decided at −1.0, kept at `min_score` + 1.
    Precision,
    /// The default: the thresholds the rules were tuned with.
    #[default]
    Balanced,
    /// Lose less text, leak more chrome: body decided at 1.0, kept at `min_score` − 1.
    Recall,
}

impl Focus {
    /// Every level, strictest first.
    pub const ALL: [Focus; 3] = [Focus::Precision, Focus::Balanced, Focus::Recall];

    /// The level's lowercase name: `"precision"`, `"balanced"`, `"recall"`.
    pub fn name(self) -> &'static str {
        match self {
            Focus::Precision => "precision",
            Focus::Balanced => "balanced",
            Focus::Recall => "recall",
        }
    }
}

impl std::fmt::Display for Focus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Focus {
    type Err = String;

    /// Parses a level's [`name`](Focus::name), ignoring ASCII case.
    fn from_str(s: &str) -> Result<Focus, String> {
        Focus::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| format!("unknown focus {s:?} (expected precision, balanced or recall)"))
    }
}

impl Default for CleanerBuilder {
    fn default() -> Self {
        CleanerBuilder {
            focus: Focus::Balanced,
            keep_captions: false,
            keep_credits: false,
            keep_comments: false,
            keep_tables: true,
            keep_headings: true,
            min_score: 0.0,
            language: None,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_nodes: DEFAULT_MAX_NODES,
            max_blocks: DEFAULT_MAX_BLOCKS,
            strict_decoding: false,
            selectors: Selectors::default(),
        }
    }
}

impl CleanerBuilder {
    /// How high the bar for article text is (default [`Focus::Balanced`]); see [`Focus`]
    /// for what each level changes.
    ///
    /// ```
    /// use dechrome::{Cleaner, Focus};
    /// let strict = Cleaner::builder().focus(Focus::Precision).build();
    /// # let _ = strict;
    /// ```
    pub fn focus(mut self, focus: Focus) -> Self {
        self.focus = focus;
        self
    }

    /// Keep image captions in the clean text (default: dropped). Credits follow
    /// [`keep_credits`](CleanerBuilder::keep_credits).
    ///
    /// Whether links and images are printed is a rendering choice, not the cleaner's:
    /// see [`RenderOptions`](crate::RenderOptions) (`links`, `images`).
    pub fn keep_captions(mut self, yes: bool) -> Self {
        self.keep_captions = yes;
        self
    }

    /// Keep image credits ("Photo: Reuters", "(Image credit: ...)") in the clean text
    /// (default: dropped).
    pub fn keep_credits(mut self, yes: bool) -> Self {
        self.keep_credits = yes;
        self
    }

    /// Keep the reader-comment section in the clean text (default: dropped): every
    /// block classified [`Kind::Comments`](crate::Kind::Comments), and every block inside an
    /// element whose `class` or `id` names a comment section (`comments`, `disqus`,
    /// `respond`...) and that holds no body block: the comments' text with their
    /// author and date lines. Their kinds do not change.
    pub fn keep_comments(mut self, yes: bool) -> Self {
        self.keep_comments = yes;
        self
    }

    /// Keep data tables that sit in the article body (default: kept). With `false`
    /// every cell of a data table ([`Context::cell`](crate::Context::cell)) is left
    /// out of the clean text, whatever its kind; layout tables (cells holding whole
    /// paragraphs) are not data tables and are unaffected.
    pub fn keep_tables(mut self, yes: bool) -> Self {
        self.keep_tables = yes;
        self
    }

    /// Keep headings inside the article body (default: kept).
    pub fn keep_headings(mut self, yes: bool) -> Self {
        self.keep_headings = yes;
        self
    }

    /// The score a block needs to be kept as body (default 0.0). Raise it for
    /// precision, lower it for recall; see [`Block::score`](crate::Block::score).
    /// [`focus`](CleanerBuilder::focus) shifts it: the bar is this plus the level's shift.
    pub fn min_score(mut self, score: f32) -> Self {
        self.min_score = if score.is_finite() { score } else { 0.0 };
        self
    }

    /// The page's language (BCP 47, e.g. `"en"`, `"de"`), overriding `<html lang>`.
    /// Outside English the stopword signal is switched off rather than misapplied.
    pub fn language(mut self, lang: impl Into<String>) -> Self {
        self.language = Some(lang.into());
        self
    }

    /// Largest input accepted, in bytes (default [`DEFAULT_MAX_INPUT_BYTES`]);
    /// larger input is refused with [`Error::InputTooLarge`].
    pub fn max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = bytes;
        self
    }

    /// Largest number of tags accepted (default [`DEFAULT_MAX_NODES`]); more is
    /// refused with [`Error::TooManyNodes`] before the tree is built.
    pub fn max_nodes(mut self, nodes: usize) -> Self {
        self.max_nodes = nodes;
        self
    }

    /// Largest number of blocks a page may split into (default [`DEFAULT_MAX_BLOCKS`]);
    /// past it the page is refused with [`Error::TooManyBlocks`], as soon as the
    /// segmenter (or the plain-text reader) has made one block too many, or before
    /// parsing when the markup alone shows more (block start tags each followed right
    /// away by text: a megabyte of `<p>a` is refused before a tree 70 times its size
    /// is built).
    ///
    /// This is the work budget of one page: the stages before it are bounded by
    /// [`max_input_bytes`](CleanerBuilder::max_input_bytes) and
    /// [`max_nodes`](CleanerBuilder::max_nodes), every stage after it works per block,
    /// and each block costs about half a kilobyte of memory however short its text.
    /// The default is 38x the most blocks (2,641) of any of 1,518 real pages measured.
    pub fn max_blocks(mut self, blocks: usize) -> Self {
        self.max_blocks = blocks;
        self
    }

    /// Refuse bytes that are malformed in their encoding with [`Error::Undecodable`]
    /// instead of replacing them with U+FFFD (default: replace).
    pub fn strict_decoding(mut self, yes: bool) -> Self {
        self.strict_decoding = yes;
        self
    }

    /// Drop every block inside an element that the CSS selector `css` matches, whatever
    /// the classifier says (rule `U001`; repeat for several selectors). The selector is
    /// checked here: one that does not parse is [`Error::InvalidSelector`]. A block takes
    /// the rule of the nearest matched element around it, so a `keep_selector` inside a
    /// dropped element wins there; an element both dropped and kept is kept. Selectors
    /// see the whole page, attributes included, and match elements that hold blocks
    /// (a matched inline `<span>` inside a paragraph does not split it).
    ///
    /// ```
    /// let cleaner = dechrome::Cleaner::builder()
    ///     .drop_selector("aside.promo, .newsletter")?
    ///     .keep_selector("figure.chart figcaption")?
    ///     .build();
    /// # let _ = cleaner;
    /// assert!(dechrome::Cleaner::builder().drop_selector("div[").is_err());
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    pub fn drop_selector(mut self, css: &str) -> Result<Self, Error> {
        self.selectors.add(css, UserMark::Drop)?;
        Ok(self)
    }

    /// Keep every block inside an element that `css` matches, as body (or heading),
    /// whatever the classifier says (rule `U002`); see [`drop_selector`](Self::drop_selector).
    pub fn keep_selector(mut self, css: &str) -> Result<Self, Error> {
        self.selectors.add(css, UserMark::Keep)?;
        Ok(self)
    }

    /// The cleaner.
    pub fn build(self) -> Cleaner {
        Cleaner {
            opts: Options {
                min_score: self.min_score,
                focus: self.focus,
                keep_headings: self.keep_headings,
                keep_captions: self.keep_captions,
                keep_credits: self.keep_credits,
                keep_comments: self.keep_comments,
                keep_tables: self.keep_tables,
                thin_reading: false,
            },
            language: self.language,
            max_input_bytes: self.max_input_bytes,
            max_nodes: self.max_nodes,
            max_blocks: self.max_blocks,
            strict_decoding: self.strict_decoding,
            selectors: self.selectors,
        }
    }
}

/// Below this many characters of visible text a page is read again (see
/// `Cleaner::recover`).
const RECOVER_BELOW_CHARS: usize = 500;
/// What the second reading must find to replace the first.
const RECOVER_MIN_CHARS: usize = 300;

impl Cleaner {
    /// A cleaner with the default options.
    pub fn new() -> Cleaner {
        Cleaner::default()
    }

    /// Starts a [`CleanerBuilder`].
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// Cleans an HTML page given as text.
    ///
    /// # Errors
    /// [`Error::InputTooLarge`], [`Error::TooManyNodes`], [`Error::TooManyBlocks`],
    /// [`Error::Binary`], [`Error::EmptyDocument`].
    pub fn clean(&self, html: &str) -> Result<Article, Error> {
        self.check_size(html.len())?;
        decode::check_text(html)?;
        self.run_html(html, None, None)
    }

    /// Cleans an HTML page given as bytes in any encoding (BOM, then `<meta>`,
    /// then UTF-8, then detection; see the [`decode` rules](crate#encodings)).
    ///
    /// # Errors
    /// As [`clean`](Cleaner::clean), plus [`Error::Undecodable`] with strict decoding.
    pub fn clean_bytes(&self, bytes: &[u8]) -> Result<Article, Error> {
        self.check_size(bytes.len())?;
        let decoded = decode::decode(bytes, None, self.strict_decoding)?;
        self.run_html(&decoded.text, Some(decoded.encoding.name()), None)
    }

    /// Like [`clean_bytes`](Cleaner::clean_bytes) with the charset the transport
    /// declared (an HTTP `Content-Type` charset): it wins over `<meta>`, a BOM wins over it.
    ///
    /// # Errors
    /// As [`clean_bytes`](Cleaner::clean_bytes), plus [`Error::UnknownCharset`].
    ///
    /// ```
    /// let page = b"<p>Caf\xe9 society is back, and the long paragraph says so in a sentence.</p>";
    /// let article = dechrome::Cleaner::new().clean_bytes_with_charset(page, "iso-8859-1")?;
    /// assert!(article.text().starts_with("Café"));
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    pub fn clean_bytes_with_charset(&self, bytes: &[u8], charset: &str) -> Result<Article, Error> {
        self.check_size(bytes.len())?;
        let encoding = decode::encoding_for_label(charset)?;
        let decoded = decode::decode(bytes, Some(encoding), self.strict_decoding)?;
        self.run_html(&decoded.text, Some(decoded.encoding.name()), None)
    }

    /// Cleans a page with what the caller knows about it: its URL (for metadata and
    /// resolving links) and the transport's charset.
    ///
    /// # Errors
    /// As [`clean_bytes_with_charset`](Cleaner::clean_bytes_with_charset).
    ///
    /// ```
    /// use dechrome::{Cleaner, Page};
    /// let html = b"<title>Hi</title><p>A sentence of the body text, long enough to count as prose here.</p>";
    /// let page = Page::new(html).url("https://example.com/news/hi").charset("utf-8");
    /// let article = Cleaner::new().clean_page(&page)?;
    /// assert_eq!(article.metadata().url.as_deref(), Some("https://example.com/news/hi"));
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    pub fn clean_page(&self, page: &Page<'_>) -> Result<Article, Error> {
        self.check_size(page.bytes.len())?;
        let encoding = page.charset.map(decode::encoding_for_label).transpose()?;
        let decoded = decode::decode(page.bytes, encoding, self.strict_decoding)?;
        self.run_html(&decoded.text, Some(decoded.encoding.name()), page.url)
    }

    /// Cleans text already pulled from a page: paragraphs separated by blank lines.
    ///
    /// # Errors
    /// [`Error::InputTooLarge`], [`Error::TooManyBlocks`], [`Error::Binary`],
    /// [`Error::EmptyDocument`].
    pub fn clean_text(&self, text: &str) -> Result<Article, Error> {
        self.check_size(text.len())?;
        decode::check_text(text)?;
        let blocks = text_input::split(text, self.max_blocks)?;
        if blocks.is_empty() {
            return Err(Error::EmptyDocument);
        }
        Ok(self.finish(blocks, Vec::new(), PageFacts::default(), None, None))
    }

    fn check_size(&self, size: usize) -> Result<(), Error> {
        if size > self.max_input_bytes {
            return Err(Error::InputTooLarge {
                size,
                limit: self.max_input_bytes,
            });
        }
        Ok(())
    }

    /// The node and block limits the parse checks.
    fn bounds(&self) -> parse::Bounds {
        parse::Bounds {
            nodes: self.max_nodes,
            blocks: self.max_blocks,
        }
    }

    fn run_html(
        &self,
        html: &str,
        encoding: Option<&'static str>,
        url: Option<&str>,
    ) -> Result<Article, Error> {
        let dom = parse::parse(html, self.bounds(), !self.selectors.is_empty())?;
        let marks = self.selectors.marks(&dom);
        let mut seg = segment::segment_reading(&dom, false, self.max_blocks, &marks)?;
        drop(dom);
        if (seg.text_chars() < RECOVER_BELOW_CHARS || seg.hidden_text_bytes > seg.text_bytes())
            && let Some(recovered) = self.recover(html, &seg)
        {
            seg = recovered;
        }
        if seg.blocks.is_empty() {
            return Err(Error::EmptyDocument);
        }
        Ok(self.finish(seg.blocks, seg.elements, seg.facts, encoding, url))
    }

    /// A page that shows (almost) nothing is read again as a browser without scripts
    /// and before its scripts run would show it: `<noscript>` as markup, hidden
    /// subtrees as visible (streamed server rendering parks the whole page in a
    /// `hidden` element), a runaway `<title>` closed. The second reading counts only
    /// when it finds far more text, or twice as much and half of it new: a page that is
    /// really that short stays as it is, and a hidden copy of what shows is no gain.
    /// At most one more parse, only for near-empty pages and for pages whose hidden
    /// subtrees hold more text than what they show (an article parked in
    /// `<div hidden id="S:0">` under a visible shell of menus and footer).
    fn recover(&self, html: &str, first: &segment::Segmented) -> Option<segment::Segmented> {
        let dom =
            parse::parse_without_scripting(html, self.bounds(), !self.selectors.is_empty()).ok()?;
        let marks = self.selectors.marks(&dom);
        let seg = segment::segment_reading(&dom, true, self.max_blocks, &marks).ok()?;
        let (before, after) = (first.text_chars(), seg.text_chars());
        // Nothing at all is never better: the page would be an EmptyDocument error.
        // Far more text, or twice as much of which half is new: a copy of what the page
        // shows (an article repeated in `<noscript>` or a hidden print version) is no gain.
        let gained = (before == 0 && after > 0)
            || (after >= RECOVER_MIN_CHARS && after >= before.saturating_mul(3))
            || (after >= RECOVER_MIN_CHARS
                && after >= before.saturating_mul(2)
                && new_text_chars(first, &seg) * 2 >= after);
        gained.then_some(seg)
    }

    fn finish(
        &self,
        blocks: Vec<crate::Block>,
        elements: Vec<crate::Element>,
        facts: PageFacts,
        encoding: Option<&'static str>,
        url: Option<&str>,
    ) -> Article {
        self.classified(blocks, elements, facts, encoding, url)
            .judged(&self.opts)
    }

    /// Features and classification: everything before the verdict.
    fn classified(
        &self,
        mut blocks: Vec<crate::Block>,
        elements: Vec<crate::Element>,
        mut facts: PageFacts,
        encoding: Option<&'static str>,
        url: Option<&str>,
    ) -> Classified {
        let mut metadata = metadata::extract(&facts.raw, url);
        // The classifier keeps its own title and site name (og:title or <title>, site
        // suffix removed; first og:site_name/application-name/publisher): its
        // decisions do not move with the metadata precedence.
        let (title, suffix) = split_title(
            facts.og_title.as_deref().or(facts.title.as_deref()),
            facts.site_name.as_deref(),
        );
        if facts.site_name.is_none() {
            facts.site_name = suffix;
        }
        // Compare headings against the title without its site suffix.
        if let Some(t) = title {
            facts.og_title = Some(t);
        }
        let declared_source = metadata
            .sources
            .iter()
            .find(|s| s.field == "language")
            .map_or(Source::HtmlLang, |s| s.source);
        let declared = metadata.language.as_deref().map(|l| (l, declared_source));
        let language = crate::language::decide(&blocks, self.language.as_deref(), declared);
        let (feats, page) = features::compute(
            &blocks,
            &elements,
            facts.site_name.clone(),
            language.as_ref().map(|l| l.tag.as_str()),
            metadata.page_type.as_deref().is_some_and(is_product_type),
        );
        let article_body = metadata.article_body.as_deref().and_then(ArticleBody::new);
        classify::classify(
            &mut blocks,
            &elements,
            &feats,
            &page,
            &facts,
            article_body.as_ref(),
            &self.opts,
        );
        apply_user_rules(&mut blocks);
        if let Some(lang) = language {
            metadata.language = Some(lang.tag);
            metadata::record(&mut metadata, "language", lang.source);
        }
        metadata::visible::fill(
            &mut metadata,
            &facts.raw.times,
            &facts.raw.authors,
            &blocks,
            url,
        );
        if page.publisher.is_some() {
            metadata.publisher.clone_from(&page.publisher);
            metadata::record(&mut metadata, "publisher", Source::Text);
        }
        if encoding.is_some() {
            metadata.encoding = encoding;
            metadata::record(&mut metadata, "encoding", Source::Decoder);
        }
        let base_href = facts.raw.base_href.take().map(Into::into);
        // The metadata is read: the raw markup facts (JSON-LD texts, metas) go now, not
        // with the page; a second reading needs only the titles.
        drop(std::mem::take(&mut facts.raw));
        Classified {
            base_href,
            metadata,
            blocks,
            elements,
            feats,
            article_body,
            reread: Reread { page, facts },
        }
    }

    /// An HTML page up to the verdict, for tests that judge it with other metadata.
    #[cfg(test)]
    pub(crate) fn classify_html(&self, html: &str) -> Result<Classified, Error> {
        let dom = parse::parse(html, self.bounds(), false)?;
        let seg = segment::segment(&dom);
        Ok(self.classified(seg.blocks, seg.elements, seg.facts, None, None))
    }
}

/// A classified page before its verdict.
pub(crate) struct Classified {
    pub base_href: Option<Box<str>>,
    pub blocks: Vec<crate::Block>,
    pub elements: Vec<crate::Element>,
    pub feats: Vec<features::Features>,
    pub metadata: Metadata,
    /// The page's JSON-LD `articleBody`, when long enough to be evidence.
    pub article_body: Option<ArticleBody>,
    /// What a second reading of a thin page needs (`classify::Options::thin_reading`).
    reread: Reread,
}

/// The page-level inputs of the classifier, kept for a thin page's second reading.
struct Reread {
    page: features::PageFeatures,
    facts: PageFacts,
}

impl Classified {
    /// The verdict; a listing or forum page keeps its items (and its quality is
    /// measured again on them).
    fn verdict(&mut self) -> crate::Verdict {
        let verdict = verdict::judge(&self.blocks, &self.elements, &self.feats, &self.metadata);
        if verdict::keep_page_items(&mut self.blocks, &self.elements, &self.feats, verdict) {
            verdict::requalify(
                &self.blocks,
                &self.elements,
                &self.feats,
                &self.metadata,
                verdict,
            )
        } else {
            verdict
        }
    }

    /// Judges the page; a listing or forum page whose classification kept no body
    /// keeps its items (and its quality is measured again on them); a thin page is read
    /// again with the cleaner's classification options `opts`.
    pub(crate) fn judged(mut self, opts: &classify::Options) -> Article {
        let mut verdict = self.verdict();
        // Still (almost) no body, with the listing's items or the forum's posts kept
        // too: read the page again without the context rules and judge it again. Not
        // plain text: without containers, its neighbours are all a line has to go by.
        if !self.elements.is_empty() && classify::is_thin(&self.blocks, &self.feats) {
            let r = &self.reread;
            let opts = classify::Options {
                thin_reading: true,
                ..opts.clone()
            };
            classify::classify(
                &mut self.blocks,
                &self.elements,
                &self.feats,
                &r.page,
                &r.facts,
                self.article_body.as_ref(),
                &opts,
            );
            apply_user_rules(&mut self.blocks);
            verdict = self.verdict();
        }
        if let Some(body) = &self.article_body {
            let kept = self
                .blocks
                .iter()
                .filter(|b| b.kept && b.kind != crate::Kind::Title)
                .map(|b| b.text.as_str());
            verdict = verdict::with_agreement(verdict, body.agreement(kept));
        }
        Article {
            metadata: self.metadata,
            blocks: self.blocks,
            elements: self.elements,
            base_href: self.base_href,
            verdict,
        }
    }
}

/// A page to clean, with what the caller knows about it besides its bytes.
#[derive(Debug, Clone, Copy)]
#[must_use]
pub struct Page<'a> {
    bytes: &'a [u8],
    url: Option<&'a str>,
    charset: Option<&'a str>,
}

impl<'a> Page<'a> {
    /// The page's bytes (HTML in any encoding; a `&str` converts with `.as_bytes()`).
    pub fn new(bytes: &'a [u8]) -> Page<'a> {
        Page {
            bytes,
            url: None,
            charset: None,
        }
    }

    /// The URL the page was fetched from: recorded in [`Metadata::url`](crate::Metadata::url) and used to
    /// resolve relative links.
    pub fn url(mut self, url: &'a str) -> Page<'a> {
        self.url = Some(url);
        self
    }

    /// The charset the transport declared (HTTP `Content-Type`); see
    /// [`Cleaner::clean_bytes_with_charset`].
    pub fn charset(mut self, charset: &'a str) -> Page<'a> {
        self.charset = Some(charset);
        self
    }
}

/// The user's selectors have the last word (rules `U001`, `U002`): a block under a
/// dropped element is dropped, one under a kept element kept (as body, or as the
/// heading or title it is).
fn apply_user_rules(blocks: &mut [crate::Block]) {
    use crate::Kind;
    use crate::rules::signals as sig;
    for b in blocks.iter_mut() {
        match b.context.user {
            Some(UserMark::Drop) => {
                b.reasons.push(sig::USER_DROP.reason());
                if b.kept && !b.kind.is_chrome() {
                    b.kind = Kind::Other;
                }
                b.kept = false;
            }
            Some(UserMark::Keep) => {
                b.reasons.push(sig::USER_KEEP.reason());
                if b.kind != Kind::Title && (!b.kept || b.kind.is_chrome()) {
                    b.kind = match b.structure {
                        crate::Structure::Heading { .. } => Kind::Heading,
                        _ => Kind::Body,
                    };
                }
                b.kept = true;
            }
            None => {}
        }
    }
}

/// Characters of the second reading's blocks that are not in the first: a block counts
/// as seen when each of its word 4-grams (hashed) occurs in the first reading. Linear in
/// both readings; only pages that are recovered pay for it.
fn new_text_chars(first: &segment::Segmented, second: &segment::Segmented) -> usize {
    use std::hash::BuildHasher;
    let hasher = rustc_hash::FxBuildHasher;
    let shingles = |text: &str, out: &mut dyn FnMut(u64)| {
        let words: Vec<&str> = text.split_whitespace().collect();
        for w in words.windows(4.min(words.len().max(1))) {
            out(hasher.hash_one(w));
        }
    };
    let mut seen = rustc_hash::FxHashSet::default();
    for b in &first.blocks {
        shingles(&b.text, &mut |h| {
            seen.insert(h);
        });
    }
    second
        .blocks
        .iter()
        .filter(|b| {
            let (mut all, mut known) = (0usize, 0usize);
            shingles(&b.text, &mut |h| {
                all += 1;
                known += usize::from(seen.contains(&h));
            });
            known * 2 < all
        })
        .map(|b| b.text.chars().count())
        .sum()
}

/// A declared page type (JSON-LD `@type`, `og:type`) that says the page sells one
/// thing: `Product`, `ProductGroup`, `product`, `og:product`, `product.item`.
fn is_product_type(t: &str) -> bool {
    let t = t.trim().trim_start_matches("og:");
    ["product", "productgroup", "product.item", "product.group"]
        .iter()
        .any(|p| t.eq_ignore_ascii_case(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_product_types() {
        for t in [
            "Product",
            "ProductGroup",
            "product",
            "og:product",
            "product.item",
        ] {
            assert!(is_product_type(t), "{t}");
        }
        for t in ["Article", "ProductReview", "website", "products"] {
            assert!(!is_product_type(t), "{t}");
        }
    }

    #[test]
    fn cleaner_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Cleaner>();
        assert_send_sync::<Article>();
    }
}
