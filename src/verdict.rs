//! Stage 6: the page verdict — what kind of page this was, and how much to trust the
//! kept text.
//!
//! The verdict is a linear vote, read off data tables so every number can be
//! explained:
//!
//! 1. One pass over the classified blocks (and one over the elements that hold them)
//!    measures a fixed set of [`Signal`]s, each a *strength* between 0 and 1: the
//!    longest run of kept prose, the number of linked headlines, phrases such as
//!    "page not found" or "add to cart" ([`CUES`]), repeated post containers,
//!    the page URL and its declared type ([`DECLARED`], [`URL_HINTS`]).
//! 2. Each page type's score is the sum of `strength × weight` over [`WEIGHTS`]
//!    (weights may be negative: a long coherent body argues against a listing).
//!    [`PageType::Other`] scores a constant [`OTHER_FLOOR`], so a page with no
//!    evidence for anything is "other".
//! 3. The best score wins. `confidence` is its margin over the runner-up, relative
//!    to the winning score: `(best - second) / best`, so 1 means no rival had any
//!    evidence and values near 0 mean a near tie.
//! 4. `quality` says how likely the kept text is the page's main content: the kept
//!    amount, the share of it that is prose, how much of it is one contiguous run,
//!    how much sits in the main container, and how little looks like leaked chrome
//!    ([`quality`]). Error and wall pages have no main content to keep, so their
//!    quality is scaled down.
//!
//! The wall signals (error, bot, login, cookie, JavaScript) count only on *thin*
//! pages: their strength is multiplied by how little kept prose the page has and how
//! few linked headlines it shows, since a real article or listing routinely carries a
//! cookie banner, a "log in to comment" line or a "please enable JavaScript" fallback.
//! The declared type (og:type, JSON-LD `@type`) and the URL add evidence but never
//! outweigh the page's own structure on their own.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::bytes::{Regex, RegexBuilder};

use crate::rules::matcher::{Flags, PatternSet};

use crate::document::{Block, Element, Kind, Landmarks, Metadata, PageType, Structure, Verdict};
use crate::features::Features;
use crate::rules::hints::Hint;

/// What the page shows, each measured as a strength in 0..=1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub(crate) enum Signal {
    /// Longest run of kept body text: √(words / [`PROSE_FULL`]), so a short news brief
    /// still reads as one coherent text.
    Prose,
    /// Article furniture around the kept text: a byline, `<article>`/`articleBody` containers.
    ArticleShape,
    /// "404", "page not found", "seite nicht gefunden" (thin pages only).
    NotFound,
    /// "Checking your browser", "verify you are human", "captcha", "access denied" (thin pages only).
    BotWall,
    /// "Please log in to continue", "forgot your password" (thin pages only).
    LoginWall,
    /// A consent dialog that holds most of the page's text (thin pages only).
    CookieWall,
    /// "Please enable JavaScript" with nothing else to read (thin pages only).
    JavaScriptShell,
    /// Linked headlines and teaser summaries outside navigation and related boxes (a
    /// linked heading of two or three words that is no section label counts too: the
    /// items of a listing of names, as [`keep_page_items`] keeps them).
    Teasers,
    /// The teasers' words (linked headlines and the summaries under them) beyond twice
    /// the longest run of kept prose, full at [`PROSE_FULL`], scaled down by
    /// [`Signal::Prose`] and by [`Signal::BuyButton`]: a short intro above a page of
    /// items does not make the page one text, while a full text above a large grid, or
    /// a product above its similar items, stays what it is.
    TeaserMass,
    /// Labelled sections ("World", "Sport") each holding two or more linked headlines.
    Sections,
    /// "Search results for", "Showing 1–10 of 230", "Older posts", "Category:".
    ListingCue,
    /// Three or more containers named post/reply/comment/answer holding most of the
    /// prose, discounted by the kept prose before the first one (an article above its
    /// comments: [`LEADING_FULL`] words cancel the signal).
    Posts,
    /// Author or date lines inside those post containers.
    PostAuthors,
    /// "Reply with quote", "N answers", "asked", "joined", "post reply".
    ForumCue,
    /// "Add to cart", "buy now", "in den Warenkorb".
    BuyButton,
    /// A short line holding a price with a currency.
    Price,
    /// Many such prices: a product grid rather than one product.
    ManyPrices,
    /// "In stock", "SKU", "free shipping", "customer reviews", "tax included".
    ProductCue,
    /// Code blocks (`<pre>`).
    Code,
    /// Class/id names of documentation generators (`rst-content`, `toctree`, `docs`, `md-content`).
    DocsNames,
    /// "Edit on GitHub", "Was this page helpful?", "Parameters", "Returns".
    DocsCue,
    /// Many links in navigation and sidebars (a documentation tree).
    NavLinks,
    /// The page URL is the site root.
    RootUrl,
}

/// The signals of error and wall pages.
const WALLS: [Signal; 5] = [
    Signal::NotFound,
    Signal::BotWall,
    Signal::LoginWall,
    Signal::CookieWall,
    Signal::JavaScriptShell,
];

/// Number of [`Signal`]s.
const SIGNALS: usize = Signal::RootUrl as usize + 1;

/// The page types in score order (index = position in the score array).
const TYPES: [PageType; 8] = [
    PageType::Article,
    PageType::Listing,
    PageType::Forum,
    PageType::Product,
    PageType::Documentation,
    PageType::Homepage,
    PageType::ErrorOrBlocked,
    PageType::Other,
];

fn type_index(t: PageType) -> usize {
    TYPES
        .iter()
        .position(|x| *x == t)
        .unwrap_or(TYPES.len() - 1)
}

/// Kept prose words in one run that make [`Signal::Prose`] full strength.
const PROSE_FULL: f32 = 300.0;
/// Pages with fewer words in all (kept or not) are bare: one wall phrase is enough there.
const BARE_WORDS: f32 = 80.0;
/// Kept prose words before the first post container that make it an article's comments.
const LEADING_FULL: f32 = 100.0;
/// Score of [`PageType::Other`]: what any other type must beat.
const OTHER_FLOOR: f32 = 1.5;

/// `(signal, page type, weight)`: how much a full-strength signal adds to a type's score.
pub(crate) const WEIGHTS: &[(Signal, PageType, f32)] = &[
    (Signal::Prose, PageType::Article, 6.0),
    (Signal::Prose, PageType::Listing, -6.0),
    (Signal::Prose, PageType::Homepage, -6.0),
    (Signal::ArticleShape, PageType::Article, 1.5),
    (Signal::NotFound, PageType::ErrorOrBlocked, 9.0),
    (Signal::BotWall, PageType::ErrorOrBlocked, 9.0),
    (Signal::LoginWall, PageType::ErrorOrBlocked, 9.0),
    (Signal::CookieWall, PageType::ErrorOrBlocked, 9.0),
    (Signal::JavaScriptShell, PageType::ErrorOrBlocked, 9.0),
    (Signal::Teasers, PageType::Listing, 5.0),
    (Signal::Teasers, PageType::Homepage, 3.0),
    (Signal::TeaserMass, PageType::Listing, 3.0),
    (Signal::Sections, PageType::Homepage, 5.0),
    (Signal::Sections, PageType::Listing, -1.0),
    (Signal::ListingCue, PageType::Listing, 3.0),
    (Signal::ListingCue, PageType::Homepage, -1.0),
    (Signal::Posts, PageType::Forum, 7.0),
    (Signal::Posts, PageType::Article, -4.0),
    (Signal::Posts, PageType::Listing, -3.0),
    (Signal::PostAuthors, PageType::Forum, 2.0),
    (Signal::ForumCue, PageType::Forum, 2.0),
    (Signal::BuyButton, PageType::Product, 4.0),
    (Signal::Price, PageType::Product, 2.0),
    (Signal::ManyPrices, PageType::Product, -2.0),
    (Signal::ManyPrices, PageType::Listing, 2.0),
    (Signal::ProductCue, PageType::Product, 2.0),
    (Signal::Code, PageType::Documentation, 2.0),
    (Signal::DocsNames, PageType::Documentation, 4.0),
    (Signal::DocsNames, PageType::Article, -2.0),
    (Signal::DocsCue, PageType::Documentation, 3.0),
    (Signal::NavLinks, PageType::Documentation, 1.0),
    (Signal::RootUrl, PageType::Homepage, 5.0),
];

/// Declared types (`og:type`, JSON-LD `@type`, lower case, without a `schema.org/`
/// prefix) and the evidence they add.
pub(crate) const DECLARED: &[(&str, PageType, f32)] = &[
    ("article", PageType::Article, 2.5),
    ("newsarticle", PageType::Article, 2.5),
    ("blogposting", PageType::Article, 2.5),
    ("reportagenewsarticle", PageType::Article, 2.5),
    ("analysisnewsarticle", PageType::Article, 2.5),
    ("opinionnewsarticle", PageType::Article, 2.5),
    ("backgroundnewsarticle", PageType::Article, 2.5),
    ("reviewnewsarticle", PageType::Article, 2.5),
    ("scholarlyarticle", PageType::Article, 2.5),
    ("report", PageType::Article, 2.0),
    ("liveblogposting", PageType::Article, 2.0),
    ("techarticle", PageType::Documentation, 3.0),
    ("apireference", PageType::Documentation, 3.0),
    ("product", PageType::Product, 3.0),
    ("product.item", PageType::Product, 3.0),
    ("product.group", PageType::Product, 3.0),
    ("productgroup", PageType::Product, 3.0),
    ("offer", PageType::Product, 2.5),
    ("discussionforumposting", PageType::Forum, 3.0),
    ("qapage", PageType::Forum, 3.0),
    ("question", PageType::Forum, 3.0),
    ("itemlist", PageType::Listing, 3.0),
    ("collectionpage", PageType::Listing, 3.0),
    ("searchresultspage", PageType::Listing, 3.0),
    // Many article pages declare og:type "website" too: a nudge only.
    ("website", PageType::Homepage, 1.0),
];

/// Path pieces of the page URL (lower case) and the evidence they add.
pub(crate) const URL_HINTS: &[(&str, PageType, f32)] = &[
    ("/search", PageType::Listing, 2.0),
    ("?q=", PageType::Listing, 2.0),
    ("?s=", PageType::Listing, 2.0),
    ("/category/", PageType::Listing, 2.0),
    ("/tag/", PageType::Listing, 2.0),
    ("/tags/", PageType::Listing, 2.0),
    ("/archive", PageType::Listing, 1.5),
    ("/page/", PageType::Listing, 1.0),
    ("/docs/", PageType::Documentation, 2.0),
    ("/documentation/", PageType::Documentation, 2.0),
    ("/reference/", PageType::Documentation, 2.0),
    ("/api/", PageType::Documentation, 2.0),
    ("/manual/", PageType::Documentation, 2.0),
    ("/product/", PageType::Product, 2.0),
    ("/products/", PageType::Product, 2.0),
    ("/dp/", PageType::Product, 2.0),
    ("/item/", PageType::Product, 1.5),
    ("/forum", PageType::Forum, 2.0),
    ("/thread", PageType::Forum, 2.0),
    ("/questions/", PageType::Forum, 2.0),
    ("/viewtopic", PageType::Forum, 2.0),
    ("/t/", PageType::Forum, 1.5),
];

/// Where a cue phrase counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// In any short block and in the page title.
    Anywhere,
    /// Only in the page title and in headings (too common in prose otherwise).
    TitleOnly,
}

/// A phrase that is evidence for a signal: `(signal, scope, pattern)`, matched
/// case-insensitively in blocks of at most [`CUE_MAX_WORDS`] words that are not mostly links.
pub(crate) const CUES: &[(Signal, Scope, &str)] = &[
    // --- error pages
    (
        Signal::NotFound,
        Scope::Anywhere,
        r"\b(error\s*404|404\s*(error|not found)|page not found|not found\s*\(?404|410 gone)\b|\b(page|article|story|content) (you|you're|you are) (were |are )?(looking|searching) for\b|\b(can ?not|can't|could ?not|couldn't|unable to) (be )?find (that|the|this|what you)\b|\b(page|article) (doesn't|does not|no longer) exists?\b|\bseite (wurde )?nicht gefunden\b|\bpage (introuvable|non trouvée)\b|\bp(á|a)gina no encontrada\b|\bpagina non trovata\b|\bpagina niet gevonden\b|\binternal server error\b|\bservice (temporarily )?unavailable\b",
    ),
    (
        Signal::NotFound,
        Scope::TitleOnly,
        r"^\W*(error\s*)?(404|410|500|503)\W*$|^\W*not found\W*$|^\W*(oops|whoops)\b|\bsomething went wrong\b",
    ),
    // --- bot walls
    (
        Signal::BotWall,
        Scope::Anywhere,
        r"\bchecking (if the site connection is secure|your browser)\b|\bverify (that )?you are (a )?human\b|\bare you a (robot|human)\b|\bi(?:'|’)?m not a robot\b|\bcaptcha\b|\baccess (to this page has been )?denied\b|\bunusual traffic\b|\bray id\b|\bddos protection\b|\b(complete|pass) the security check\b|\breview the security of your connection\b|\byou have been blocked\b|\brequest (was |has been )?blocked\b|\bpress (and|&) hold\b|\bbot (detection|protection)\b",
    ),
    (
        Signal::BotWall,
        Scope::TitleOnly,
        r"^\W*(just a moment|attention required|access denied|security check|403 forbidden|forbidden|one more step)\b",
    ),
    // --- login walls
    (
        Signal::LoginWall,
        Scope::Anywhere,
        r"\b(please )?(log ?in|sign ?in) (to|in order to) (continue|proceed|view|read|access|see)\b|\byou (must|need to|have to) (be )?(logged|signed) in( to (view|read|see|access|continue|proceed)|\W*$)|\b(login|sign-in) required\b|\bforgot (your )?password\b|\bremember me\b|\bcontinue with (google|apple|facebook|microsoft)\b",
    ),
    // --- cookie walls (the share of consent text is measured as well)
    (
        Signal::CookieWall,
        Scope::Anywhere,
        r"\b(accept|agree to|allow) (all )?(cookies|tracking)( or subscribe)? to (continue|read|access|use)\b|\bto continue (reading|using|to)\b.{0,60}\b(accept|consent|agree)\b|\byou need to accept cookies\b|\bbefore you continue\b|\bwe value your privacy\b|\bwe and our (\d+ )?partners\b",
    ),
    // --- JavaScript shells
    (
        Signal::JavaScriptShell,
        Scope::Anywhere,
        r"\b(please )?(enable|turn on|activate) javascript\b|\bjavascript (is |must be )?(required|disabled|turned off|enabled)\b|\b(requires|needs|works best with) javascript\b|\bjavascript aktivieren\b",
    ),
    // --- listings
    (
        Signal::ListingCue,
        Scope::Anywhere,
        r"\bsearch results\b|\bresults for\b|\bshowing \d+\s*(–|-|to)\s*\d+ of \d+\b|\b\d[\d,.]* results\b|\bno results found\b|\bolder (posts|entries|articles)\b|\bnewer (posts|entries|articles)\b|\bload more\b|\bnext page\b|\bpage \d+ of \d+\b|^(category|tag|archives?|topic|posts tagged)\s*:|\bsort by\b|\bfilter by\b|\bsuchergebnisse\b",
    ),
    // --- forums and Q&A
    (
        Signal::ForumCue,
        Scope::Anywhere,
        r"\breply with quote\b|\bpost reply\b|^(quote|reply|report)$|^\d+ (answers?|replies|posts|comments)$|^(asked|answered|modified|edited|viewed)\b|^(joined|posts|messages|reputation)\s*:|\bposted by\b|\bwrote:\s*$|\baccepted answer\b|\badd a comment\b|\bbrowsing this forum\b|\bwho is online\b|\breturn to (the )?(forum|board|topic)\b",
    ),
    // --- products
    (
        Signal::BuyButton,
        Scope::Anywhere,
        r"^\W*(add to (cart|basket|bag|trolley)|buy (it )?now|in den (warenkorb|einkaufswagen)|ajouter au panier|añadir al carrito|aggiungi al carrello|pre-?order now)\W*$",
    ),
    (
        Signal::ProductCue,
        Scope::Anywhere,
        r"\b(in stock|out of stock|sold out|sku|free (shipping|delivery|returns)|customer reviews|size guide|add to (wish ?list|favourites|favorites)|tax(es)? included|ships (within|in|today)|quantity|verified (buyer|purchase)|item (number|no\.?))\b|\binkl\. mwst\b|\bauf lager\b",
    ),
    // --- documentation
    (
        Signal::DocsCue,
        Scope::Anywhere,
        r"\bedit (this page|on github|on gitlab)\b|\bwas this page helpful\b|\bon this page\b|^(parameters|returns|return value|arguments|raises|throws|exceptions|examples?|syntax|usage|see also|attributes|methods|properties|type parameters|required|optional)\s*:?$|\bapi reference\b|\bview source\b|\bbuilt with (sphinx|mkdocs|docusaurus)\b",
    ),
];

/// Longest block, in words, the cue phrases are looked for in.
const CUE_MAX_WORDS: u32 = 40;

fn cue_set() -> Option<&'static PatternSet> {
    static SET: OnceLock<Option<PatternSet>> = OnceLock::new();
    SET.get_or_init(|| PatternSet::new(CUES.iter().map(|(_, _, p)| *p), CUE_FLAGS).ok())
        .as_ref()
}

/// ASCII word boundaries keep the lazy DFA on non-ASCII text (Unicode ones fall
/// back to a far slower engine on every block of Cyrillic or CJK).
const CUE_FLAGS: Flags = Flags {
    unicode: false,
    size_limit: 8 << 20,
};

/// Price with a currency, on a short line.
fn price_re() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        RegexBuilder::new(
            r"(?:\$|€|£|¥|\b(?:usd|eur|gbp|chf|us\$|a\$|c\$)\s?)\s?\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{2})?(?:\s|$|[^\w.,])|\b\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}\s?(?:€|£|\$|eur\b|usd\b|chf\b|kr\b|zł)",
        )
        .case_insensitive(true)
        .unicode(false)
        .build()
        .ok()
    })
    .as_ref()
}

/// A class/id name piece and what it says: a documentation generator, or a post container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Name {
    Docs,
    /// Bit for the post key (which of the post words the name holds).
    Post(u16),
}

/// A date or time on a short line: the author/date line of a post.
fn date_re() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        RegexBuilder::new(
            r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}\b|\b\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? \d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago\b|\b(yesterday|today) at\b",
        )
        .case_insensitive(true)
        .unicode(false)
        .build()
        .ok()
    })
    .as_ref()
}

/// Class/id pieces looked for in every element (ASCII case-insensitive, anywhere in the name).
const NAMES: &[(&str, Name)] = &[
    ("rst-content", Name::Docs),
    ("wy-nav", Name::Docs),
    ("toctree", Name::Docs),
    ("sphinx", Name::Docs),
    ("docs", Name::Docs),
    ("documentation", Name::Docs),
    ("docusaurus", Name::Docs),
    ("md-content", Name::Docs),
    ("md-sidebar", Name::Docs),
    ("theme-doc", Name::Docs),
    ("devsite", Name::Docs),
    ("api-reference", Name::Docs),
    ("apiref", Name::Docs),
    ("readthedocs", Name::Docs),
    ("gitbook", Name::Docs),
    ("vp-doc", Name::Docs),
    ("docsearch", Name::Docs),
    ("post", Name::Post(1)),
    ("reply", Name::Post(1 << 1)),
    ("replies", Name::Post(1 << 1)),
    ("comment", Name::Post(1 << 2)),
    ("message", Name::Post(1 << 3)),
    ("answer", Name::Post(1 << 4)),
    ("question", Name::Post(1 << 5)),
    ("thread", Name::Post(1 << 6)),
    ("topic", Name::Post(1 << 7)),
    ("forum", Name::Post(1 << 8)),
    ("discussion", Name::Post(1 << 9)),
];

fn names() -> Option<&'static AhoCorasick> {
    static AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(NAMES.iter().map(|(p, _)| *p))
            .ok()
    })
    .as_ref()
}

/// Signal strengths, indexed by [`Signal`].
#[derive(Debug, Clone, Default)]
pub(crate) struct Evidence {
    strengths: [f32; SIGNALS],
    /// Extra per-type evidence from the declared type and the URL.
    declared: [f32; TYPES.len()],
}

impl Evidence {
    fn set(&mut self, s: Signal, v: f32) {
        if let Some(x) = self.strengths.get_mut(s as usize) {
            *x = v.clamp(0.0, 1.0);
        }
    }

    fn get(&self, s: Signal) -> f32 {
        self.strengths.get(s as usize).copied().unwrap_or(0.0)
    }

    /// Each type's score: weights times strengths, plus declared and URL evidence.
    pub(crate) fn scores(&self) -> [f32; TYPES.len()] {
        let mut scores = self.declared;
        for (signal, ty, w) in WEIGHTS {
            if let Some(s) = scores.get_mut(type_index(*ty)) {
                *s += w * self.get(*signal);
            }
        }
        if let Some(s) = scores.get_mut(type_index(PageType::Other)) {
            *s += OTHER_FLOOR;
        }
        scores
    }
}

/// Words of a block that read as prose: a sentence, not a link list, not a teaser.
fn is_prose(b: &Block, f: &Features) -> bool {
    f.words >= 8
        && b.context.link_density < 0.3
        && !f.teaser
        && (f.ends_like_sentence || f.sentences >= 1)
        && !b
            .context
            .landmarks
            .intersects(Landmarks::NAV | Landmarks::FOOTER | Landmarks::ASIDE)
}

/// Prose for the post containers: as [`is_prose`], teasers included (a forum post
/// whose subject line is a permalink looks like a teaser card to the features stage).
fn is_post_prose(b: &Block, f: &Features) -> bool {
    f.words >= 8
        && b.context.link_density < 0.3
        && (f.ends_like_sentence || f.sentences >= 1)
        && !b
            .context
            .landmarks
            .intersects(Landmarks::NAV | Landmarks::FOOTER | Landmarks::ASIDE)
}

/// A fully linked headline-like line: the head of a teaser.
fn is_linked_headline(b: &Block, f: &Features) -> bool {
    b.context.link_density >= 0.8 && (4..=30).contains(&f.words)
}

/// Chrome around the content whose links do not make a page a listing.
fn in_page_chrome(b: &Block) -> bool {
    b.context.within(
        Landmarks::NAV | Landmarks::FOOTER | Landmarks::ASIDE,
        &[Hint::Navigation, Hint::Footer, Hint::Sidebar, Hint::Related],
    )
}

/// Judges the page from its classified blocks, the elements that hold them, the
/// blocks' features (word counts, teaser flags, main-container membership: already
/// computed for classification, so not counted again) and the metadata (declared
/// type and URL, both optional).
pub(crate) fn judge(
    blocks: &[Block],
    elements: &[Element],
    feats: &[Features],
    metadata: &Metadata,
) -> Verdict {
    let (evidence, stats) = measure(blocks, elements, feats, metadata);
    let scores = evidence.scores();
    let (page_type, confidence) = decide(&scores);
    Verdict {
        page_type,
        confidence,
        quality: quality(&stats, page_type),
        article_body_agreement: None,
    }
}

/// The quality of the kept text alone, for a verdict already made (after
/// [`keep_page_items`] changed what is kept).
pub(crate) fn requalify(
    blocks: &[Block],
    elements: &[Element],
    feats: &[Features],
    metadata: &Metadata,
    verdict: Verdict,
) -> Verdict {
    let (_, stats) = measure(blocks, elements, feats, metadata);
    Verdict {
        quality: quality(&stats, verdict.page_type),
        ..verdict
    }
}

/// The verdict with the kept text's agreement with JSON-LD `articleBody`: recorded,
/// and under poor recall the quality scaled down (by up to 0.4 at recall 0; see
/// [`Agreement`](crate::Agreement)).
pub(crate) fn with_agreement(verdict: Verdict, agreement: crate::Agreement) -> Verdict {
    Verdict {
        quality: (verdict.quality * agreement.quality_factor()).clamp(0.0, 1.0),
        article_body_agreement: Some(agreement),
        ..verdict
    }
}

/// On a listing, front page or forum page where classification kept no body block,
/// keeps what the page is made of instead: the teasers' linked headlines and summaries,
/// or the posts' prose. Never a stitched article: only the items themselves, each with
/// a `V…` reason. Returns whether anything changed (the caller then re-judges quality).
///
/// Article pages are never touched: the verdict must be a listing, homepage or forum.
pub(crate) fn keep_page_items(
    blocks: &mut [Block],
    elements: &[Element],
    feats: &[Features],
    verdict: Verdict,
) -> bool {
    use crate::rules::signals::{FORUM_POST, LISTING_ITEM};
    // A listing's main content is its items, a forum's its posts, whatever else was
    // kept (a teaser summary often reads as prose; a post of several paragraphs is kept
    // on its own while a one-paragraph reply under a linked subject reads as a teaser).
    if !matches!(
        verdict.page_type,
        PageType::Listing | PageType::Homepage | PageType::Forum
    ) {
        return false;
    }
    let mut keep: Vec<(usize, &'static crate::rules::Rule)> = Vec::new();
    match verdict.page_type {
        PageType::Listing | PageType::Homepage => {
            // A linked headline opens an item; its summary follows before the next one.
            let mut in_item = false;
            for (i, (b, f)) in blocks.iter().zip(feats).enumerate() {
                // A prompt in the list ("Subscribe to our newsletter") is no story of it,
                // and what follows it is no summary of the story before.
                if in_page_chrome(b) || is_prompt(b, f) {
                    in_item = false;
                    continue;
                }
                if is_item_headline(b, f) && !heading_is_label(b, f) {
                    in_item = true;
                    keep.push((i, &LISTING_ITEM));
                } else if heading_is_label(b, f) {
                    in_item = false;
                } else if in_item && is_summary(b, f) {
                    keep.push((i, &LISTING_ITEM));
                }
            }
        }
        PageType::Forum => {
            let mut prefix = Vec::with_capacity(blocks.len() + 1);
            let mut acc = 0u32;
            prefix.push(0);
            for (b, f) in blocks.iter().zip(feats) {
                if is_post_prose(b, f) {
                    acc += f.words;
                }
                prefix.push(acc);
            }
            if let Some(posts) = find_posts(blocks, elements, feats, &prefix) {
                for (s, e) in posts.ranges {
                    for i in s as usize..e as usize {
                        let prose = blocks.get(i).zip(feats.get(i)).is_some_and(|(b, f)| {
                            is_post_prose(b, f) || b.structure == Structure::Preformatted
                        });
                        if prose {
                            keep.push((i, &FORUM_POST));
                        }
                    }
                }
            }
        }
        _ => {}
    }
    let changed = !keep.is_empty();
    for (i, rule) in keep {
        if let Some(b) = blocks.get_mut(i) {
            if b.kept {
                continue;
            }
            b.reasons.push(rule.reason());
            b.kept = true;
            // A listing's item titles are its content, not subheads of one text (KINDS.md:
            // Body is the main content, whatever the page type); a forum post's own
            // heading stays one.
            b.kind = if matches!(b.structure, Structure::Heading { .. })
                && rule.code != LISTING_ITEM.code
            {
                Kind::Heading
            } else {
                Kind::Body
            };
        }
    }
    changed
}

/// The winning type and the confidence: the margin over the runner-up relative to
/// the winning score (negative scores count as 0).
fn decide(scores: &[f32; TYPES.len()]) -> (PageType, f32) {
    let mut best = (PageType::Other, OTHER_FLOOR);
    let mut second = 0.0f32;
    let other = type_index(PageType::Other);
    // Other first, so a type must beat the floor strictly.
    let order = std::iter::once(other).chain((0..TYPES.len()).filter(|i| *i != other));
    for i in order {
        let (Some(t), Some(s)) = (TYPES.get(i), scores.get(i)) else {
            continue;
        };
        let s = s.max(0.0);
        if i == other {
            best = (*t, s);
        } else if s > best.1 {
            second = best.1;
            best = (*t, s);
        } else if s > second {
            second = s;
        }
    }
    let confidence = if best.1 > 0.0 {
        ((best.1 - second) / best.1).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (best.0, confidence)
}

/// Counts that feed [`quality`].
#[derive(Debug, Clone, Default)]
struct Stats {
    kept_words: u32,
    kept_prose_words: u32,
    /// Words of the longest run of kept body blocks.
    run_words: u32,
    /// Kept words inside the main container (`None`: no container was found).
    kept_in_main: Option<u32>,
    /// Kept words that look like leaked chrome.
    kept_leak_words: u32,
}

/// One pass over the blocks, one over the elements: every signal's strength.
fn measure(
    blocks: &[Block],
    elements: &[Element],
    feats: &[Features],
    metadata: &Metadata,
) -> (Evidence, Stats) {
    let mut ev = Evidence::default();
    let mut st = Stats::default();
    let cues = cue_set();
    let price = price_re();
    // Cue hits per signal: blocks count 1, the title and headings 2.
    let mut hits = [0u32; SIGNALS];
    // Wall phrases in a comment section ("you must be logged in to comment") are no wall.
    let add_hits = |text: &str, title_like: bool, comments: bool, hits: &mut [u32; SIGNALS]| {
        let Some(set) = cues else {
            return;
        };
        for i in set.matches(text).iter() {
            let Some((signal, scope, _)) = CUES.get(i) else {
                continue;
            };
            if (*scope == Scope::TitleOnly && !title_like) || (comments && WALLS.contains(signal)) {
                continue;
            }
            if let Some(h) = hits.get_mut(*signal as usize) {
                *h += if title_like { 2 } else { 1 };
            }
        }
    };
    if let Some(t) = &metadata.title {
        add_hits(t, true, false, &mut hits);
    }

    // Prefix sums over the blocks for the element pass: prose words, kept prose words,
    // author/date lines.
    let mut post_prose_prefix = Vec::with_capacity(blocks.len() + 1);
    let mut kept_prose_prefix = Vec::with_capacity(blocks.len() + 1);
    let mut byline_prefix = Vec::with_capacity(blocks.len() + 1);
    let (mut kept_prose_acc, mut byline_acc) = (0u32, 0u32);
    let mut post_prose_acc = 0u32;
    post_prose_prefix.push(0);
    kept_prose_prefix.push(0);
    byline_prefix.push(0);

    let mut run = 0u32;
    let mut total_words = 0u32;
    let mut cookie_words = 0u32;
    let mut teasers = 0u32;
    // Words of the teaser units (a linked headline and the summary sentences under it).
    let mut teaser_words = 0u32;
    let mut in_item = false;
    let mut prices = 0u32;
    let mut code = 0u32;
    let mut nav_links = 0u32;
    let mut bylines = 0u32;
    let mut article_kept = 0u32;
    // Sections: a short label heading, then linked headlines up to the next label.
    let mut sections = 0u32;
    let mut section_items: Option<u32> = None;
    let mut in_main_words = 0u32;
    let mut main_found = false;

    for (b, f) in blocks.iter().zip(feats) {
        let ctx = &b.context;
        let words = f.words;
        total_words += words;
        let heading = matches!(b.structure, Structure::Heading { .. });
        let prose = is_prose(b, f);
        let linked_head = is_item_headline(b, f);
        let chrome_area = in_page_chrome(b);

        // Cue phrases: short blocks that are not link lists.
        if words <= CUE_MAX_WORDS && ctx.link_density < 0.5 {
            add_hits(
                &b.text,
                heading || b.kind == Kind::Title,
                b.kind == Kind::Comments,
                &mut hits,
            );
            if words <= 8 && price.is_some_and(|re| re.is_match(b.text.as_bytes())) {
                prices += 1;
            }
        }
        if b.kind == Kind::CookieNotice
            || ctx.near_hints.contains(Hint::Cookie)
            || ctx.far_hints.contains(Hint::Cookie)
        {
            cookie_words += words;
        }
        if words <= 15
            && (b.kind == Kind::Byline
                || date_re().is_some_and(|re| re.is_match(b.text.as_bytes())))
        {
            bylines += 1;
            byline_acc += 1;
        }
        if b.structure == Structure::Preformatted {
            code += 1;
        }
        if ctx.link_density >= 0.8
            && words <= 6
            && (ctx.landmarks.intersects(Landmarks::NAV | Landmarks::ASIDE)
                || ctx.near_hints.contains(Hint::Sidebar))
        {
            nav_links += 1;
        }

        // Teasers and sections.
        if linked_head && !chrome_area && !heading_is_label(b, f) {
            teasers += 1;
            teaser_words += words;
            in_item = true;
        } else if chrome_area || heading_is_label(b, f) || heading {
            in_item = false;
        } else if in_item && is_summary(b, f) {
            teaser_words += words;
        }
        if heading_is_label(b, f) && !chrome_area {
            if section_items.is_some_and(|n| n >= 2) {
                sections += 1;
            }
            section_items = Some(0);
        } else if linked_head
            && !chrome_area
            && let Some(n) = section_items.as_mut()
        {
            *n += 1;
        }

        // The longest run of kept body text; teasers, comments and dropped long blocks
        // end a run (dropped short lines, links and captions between paragraphs do not).
        if b.kept && b.kind == Kind::Body && ctx.link_density < 0.5 {
            run += words;
            st.run_words = st.run_words.max(run);
        } else if f.teaser || (!b.kept && words >= 30) || b.kind == Kind::Comments {
            run = 0;
        }

        if b.kept && b.kind != Kind::Title {
            st.kept_words += words;
            if prose {
                st.kept_prose_words += words;
            }
            if ctx.landmarks.intersects(
                Landmarks::NAV | Landmarks::FOOTER | Landmarks::ASIDE | Landmarks::DIALOG,
            ) || crate::features::has_negative_hint(ctx.near_hints)
                || ctx.link_density >= 0.5
            {
                st.kept_leak_words += words;
            }
            if ctx
                .landmarks
                .intersects(Landmarks::ARTICLE | Landmarks::ARTICLE_BODY)
                || ctx.near_hints.contains(Hint::ArticleBody)
                || ctx.far_hints.contains(Hint::ArticleBody)
            {
                article_kept += words;
            }
            if let Some(m) = f.in_main {
                main_found = true;
                if m {
                    in_main_words += words;
                }
            }
        } else if f.in_main.is_some() {
            main_found = true;
        }

        if prose && b.kept {
            kept_prose_acc += words;
        }
        if is_post_prose(b, f) {
            post_prose_acc += words;
        }
        post_prose_prefix.push(post_prose_acc);
        kept_prose_prefix.push(kept_prose_acc);
        byline_prefix.push(byline_acc);
    }
    if section_items.is_some_and(|n| n >= 2) {
        sections += 1;
    }
    st.kept_in_main = main_found.then_some(in_main_words);

    let saturate = |n: u32, at: f32| (n as f32 / at).min(1.0);
    let hit = |s: Signal| hits.get(s as usize).copied().unwrap_or(0);

    // Article.
    ev.set(Signal::Prose, (st.run_words as f32 / PROSE_FULL).sqrt());
    let shape = f32::from(u8::from((1..=3).contains(&bylines)))
        + if st.kept_words > 0 {
            article_kept as f32 / st.kept_words as f32
        } else {
            0.0
        };
    ev.set(Signal::ArticleShape, shape / 2.0);

    // Walls count on thin pages only: full below 60 words of kept prose, none from 260.
    // Two phrase hits (or one in the title or a heading) make a wall; one on a bare page.
    // A page of linked headlines is not thin either: what it shows is its items (a
    // consent banner over a listing is not a cookie wall).
    let teaser_strength = ((teasers as f32 - 3.0) / 7.0).clamp(0.0, 1.0);
    let thin =
        (1.0 - ((st.run_words as f32 - 60.0) / 200.0).clamp(0.0, 1.0)) * (1.0 - teaser_strength);
    let wall_hits = if (total_words as f32) < BARE_WORDS {
        1.0
    } else {
        2.0
    };
    for s in [
        Signal::NotFound,
        Signal::BotWall,
        Signal::LoginWall,
        Signal::JavaScriptShell,
    ] {
        ev.set(s, thin * saturate(hit(s), wall_hits));
    }
    let cookie_share = if total_words > 0 {
        cookie_words as f32 / total_words as f32
    } else {
        0.0
    };
    let cookie = saturate(hit(Signal::CookieWall), wall_hits).max((cookie_share - 0.2) / 0.4);
    ev.set(Signal::CookieWall, thin * cookie.clamp(0.0, 1.0));

    // Listings and front pages.
    ev.set(Signal::Teasers, teaser_strength);

    ev.set(Signal::Sections, (sections as f32 - 1.0) / 3.0);
    ev.set(Signal::ListingCue, saturate(hit(Signal::ListingCue), 2.0));

    // Forums.
    let posts = find_posts(blocks, elements, feats, &post_prose_prefix);
    if let Some(p) = &posts {
        let at = |v: &Vec<u32>, i: u32| v.get(i as usize).copied().unwrap_or(0);
        let share = if post_prose_acc > 0 {
            p.words as f32 / post_prose_acc as f32
        } else {
            0.0
        };
        let leading = 1.0 - (at(&kept_prose_prefix, p.first) as f32 / LEADING_FULL).min(1.0);
        ev.set(
            Signal::Posts,
            ((p.count as f32 - 2.0) / 3.0).min(1.0) * share * leading,
        );
        let authors: u32 = p
            .ranges
            .iter()
            .map(|r| at(&byline_prefix, r.1) - at(&byline_prefix, r.0))
            .sum();
        ev.set(
            Signal::PostAuthors,
            authors as f32 / p.count.max(1) as f32 * leading,
        );
    }
    ev.set(Signal::ForumCue, saturate(hit(Signal::ForumCue), 3.0));

    // Products.
    ev.set(Signal::BuyButton, saturate(hit(Signal::BuyButton), 1.0));
    // After the buy button: a product page's grid of similar items is no listing.
    ev.set(
        Signal::TeaserMass,
        teaser_strength
            * (1.0 - ev.get(Signal::Prose))
            * (1.0 - ev.get(Signal::BuyButton))
            * (teaser_words as f32 - 2.0 * st.run_words as f32)
            / PROSE_FULL,
    );
    ev.set(Signal::Price, saturate(prices, 1.0));
    ev.set(Signal::ManyPrices, (prices as f32 - 4.0) / 6.0);
    ev.set(Signal::ProductCue, saturate(hit(Signal::ProductCue), 3.0));

    // Documentation.
    ev.set(Signal::Code, saturate(code, 3.0));
    let docs_names = elements.iter().any(|e| {
        names().is_some_and(|ac| {
            [e.class.as_deref(), e.id.as_deref()]
                .into_iter()
                .flatten()
                .any(|n| {
                    ac.find_iter(n).any(|m| {
                        NAMES
                            .get(m.pattern().as_usize())
                            .is_some_and(|(_, k)| *k == Name::Docs)
                    })
                })
        })
    });
    ev.set(Signal::DocsNames, f32::from(u8::from(docs_names)));
    ev.set(Signal::DocsCue, saturate(hit(Signal::DocsCue), 3.0));
    ev.set(Signal::NavLinks, (nav_links as f32 - 15.0) / 25.0);

    // What the page says about itself.
    if let Some(declared) = metadata.page_type.as_deref() {
        let d = declared.trim().to_ascii_lowercase();
        let d = d.rsplit('/').next().unwrap_or(&d);
        for (name, ty, w) in DECLARED {
            if d == *name
                && let Some(x) = ev.declared.get_mut(type_index(*ty))
            {
                *x += w;
            }
        }
    }
    if let Some(url) = metadata.url.as_deref() {
        let (path, query) = url_path(url);
        if path.is_empty() || path == "/" || is_index_path(&path) {
            ev.set(Signal::RootUrl, if query.is_empty() { 1.0 } else { 0.5 });
        }
        let whole = format!("{path}{query}");
        for (piece, ty, w) in URL_HINTS {
            if whole.contains(piece)
                && let Some(x) = ev.declared.get_mut(type_index(*ty))
            {
                *x += w;
            }
        }
        if has_date_path(&path)
            && let Some(x) = ev.declared.get_mut(type_index(PageType::Article))
        {
            *x += 1.5;
        }
    }
    (ev, st)
}

/// A teaser's summary under its headline: sentences (byline, date and URL lines are
/// not), perhaps cut short with a "Read more" link.
fn is_summary(b: &Block, f: &Features) -> bool {
    b.context.link_density < 0.5
        && ((f.words >= 5 && f.ends_like_sentence) || (f.words >= 12 && f.sentences >= 1))
}

/// The headline of a listing's item: a linked headline, or a linked heading of two or
/// three words (a product, a recipe, a person: names are short, and the heading tag
/// tells them from the tags and menu links of the same length).
fn is_item_headline(b: &Block, f: &Features) -> bool {
    (is_linked_headline(b, f)
        || (matches!(b.structure, Structure::Heading { .. })
            && b.context.link_density >= 0.8
            && (2..=3).contains(&f.words)))
        && !b.jumps_within_page()
}

/// The kinds of a prompt to pay, sign up or consent.
const PROMPTS: [Kind; 4] = [
    Kind::SubscribePrompt,
    Kind::NewsletterPitch,
    Kind::Paywall,
    Kind::CookieNotice,
];

/// A block with the wording of a prompt to pay, sign up or consent: a phrase of one of
/// those kinds, or a cue of its own the kinds step read ("... to your inbox", a price
/// plan), never only a container's name.
fn is_prompt(b: &Block, f: &Features) -> bool {
    crate::classify::hits_any_kind(f, &PROMPTS)
        || b.reasons.iter().any(|r| {
            r.kind.is_some_and(|k| PROMPTS.contains(&k))
                && crate::rules::kinds::evidence_of(r.code)
                    .is_some_and(|ev| ev.tier == Some(crate::rules::kinds::Tier::Phrase))
        })
}

/// A short heading that names a section rather than a story ("World", "Most read").
fn heading_is_label(b: &Block, f: &Features) -> bool {
    matches!(b.structure, Structure::Heading { level } if level >= 2)
        && (1..=4).contains(&f.words)
        && (b.context.link_density < 0.8 || f.words <= 2)
}

/// Repeated post containers: the most prose-laden set of three or more disjoint
/// elements of one tag whose class/id names a post, reply, comment, answer...
#[derive(Debug, Clone, Default)]
struct Posts {
    count: u32,
    words: u32,
    /// First block of the first instance.
    first: u32,
    /// Block ranges of the instances.
    ranges: Vec<(u32, u32)>,
}

fn find_posts(
    blocks: &[Block],
    elements: &[Element],
    feats: &[Features],
    prose_prefix: &[u32],
) -> Option<Posts> {
    let ac = names()?;
    // (tag, name bits) -> instances; few keys on any page, so a flat list.
    let mut keys: Vec<((&str, u16), Posts)> = Vec::new();
    for e in elements {
        let mut bits = 0u16;
        for n in [e.class.as_deref(), e.id.as_deref()].into_iter().flatten() {
            for m in ac.find_iter(n) {
                if let Some((_, Name::Post(bit))) = NAMES.get(m.pattern().as_usize()) {
                    bits |= bit;
                }
            }
        }
        // A paragraph or heading is text, not a container of posts.
        if bits == 0
            || matches!(
                e.tag.as_ref(),
                "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            )
        {
            continue;
        }
        let (s, end) = (e.blocks.start, e.blocks.end);
        let words = prose_prefix
            .get(end as usize)
            .zip(prose_prefix.get(s as usize))
            .map_or(0, |(b, a)| b - a);
        // A card that opens with a linked headline (after at most a kicker line) is a
        // teaser, not a post.
        let opens_with_link = (s..end.min(s + 2)).any(|i| {
            blocks
                .get(i as usize)
                .zip(feats.get(i as usize))
                .is_some_and(|(b, f)| is_linked_headline(b, f))
        });
        if words == 0 || opens_with_link {
            continue;
        }
        let key = (e.tag.as_ref(), bits);
        let entry = match keys.iter_mut().position(|(k, _)| *k == key) {
            Some(i) => keys.get_mut(i).map(|(_, p)| p),
            None => {
                keys.push((key, Posts::default()));
                keys.last_mut().map(|(_, p)| p)
            }
        };
        let Some(p) = entry else { continue };
        // Nested instances of one key count once.
        if p.ranges.last().is_some_and(|r| s < r.1) {
            continue;
        }
        if p.count == 0 {
            p.first = s;
        }
        p.count += 1;
        p.words += words;
        p.ranges.push((s, end));
    }
    keys.into_iter()
        .map(|(_, p)| p)
        .filter(|p| p.count >= 3)
        .max_by_key(|p| (p.words, p.count))
}

/// The path and query of a URL (lower case), without scheme, host and fragment.
fn url_path(url: &str) -> (String, String) {
    let url = url.trim();
    let rest = match url.find("://") {
        Some(i) => {
            let after = url.get(i + 3..).unwrap_or("");
            after.find('/').map_or("", |j| after.get(j..).unwrap_or(""))
        }
        None => url,
    };
    let rest = rest.split('#').next().unwrap_or("");
    let (path, query) = match rest.find('?') {
        Some(i) => (rest.get(..i).unwrap_or(""), rest.get(i..).unwrap_or("")),
        None => (rest, ""),
    };
    (path.to_ascii_lowercase(), query.to_ascii_lowercase())
}

/// `/index.html`, `/en/`, `/home`: a site's front page under another name.
fn is_index_path(path: &str) -> bool {
    let p = path.trim_end_matches('/');
    matches!(
        p,
        "/index.html" | "/index.htm" | "/index.php" | "/home" | "/default.aspx"
    ) || (p.len() == 3 && p.starts_with('/') && p.chars().skip(1).all(|c| c.is_ascii_lowercase()))
}

/// A `/2024/03/` (year, month) piece in the path: how news sites date their stories.
fn has_date_path(path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    parts.windows(2).any(|w| {
        let [y, m] = w else { return false };
        y.len() == 4
            && y.starts_with(['1', '2'])
            && y.chars().all(|c| c.is_ascii_digit())
            && (1..=2).contains(&m.len())
            && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
    })
}

/// How likely the kept text is the page's main content, 0 to 1:
///
/// `amount × (0.3 prose + 0.3 contiguity + 0.2 main + 0.2 clean)`, where
/// - `amount` = √(kept words / 250), at most 1: a few kept words are rarely the whole story;
/// - `prose` = share of kept words in prose blocks (sentences, few links);
/// - `contiguity` = share of kept words in the longest run of kept body blocks;
/// - `main` = share of kept words inside the main container (0.5 when none was found);
/// - `clean` = 1 − share of kept words in navigation, footers, sidebars, dialogs,
///   chrome-named containers or link lists (leaked chrome).
///
/// Error and wall pages have no main content: their quality is multiplied by 0.3.
fn quality(st: &Stats, page_type: PageType) -> f32 {
    if st.kept_words == 0 {
        return 0.0;
    }
    let kept = st.kept_words as f32;
    let amount = (kept / 250.0).min(1.0).sqrt();
    let prose = st.kept_prose_words as f32 / kept;
    let contiguity = (st.run_words as f32 / kept).min(1.0);
    let main = st.kept_in_main.map_or(0.5, |w| w as f32 / kept);
    let clean = 1.0 - st.kept_leak_words as f32 / kept;
    let q = amount * (0.3 * prose + 0.3 * contiguity + 0.2 * main + 0.2 * clean);
    let factor = if page_type == PageType::ErrorOrBlocked {
        0.3
    } else {
        1.0
    };
    (q * factor).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    /// Classifies a page and judges it with the given hints, as the cleaner would
    /// (before any listing or forum items are kept).
    fn measure_page(
        html: &[u8],
        page_type: Option<&str>,
        url: Option<&str>,
    ) -> (Evidence, Verdict) {
        let html = String::from_utf8_lossy(html);
        let mut c = crate::Cleaner::new()
            .classify_html(&html)
            .expect("classify");
        c.metadata.page_type = page_type.map(str::to_owned);
        c.metadata.url = url.map(str::to_owned);
        let (ev, _) = measure(&c.blocks, &c.elements, &c.feats, &c.metadata);
        let v = judge(&c.blocks, &c.elements, &c.feats, &c.metadata);
        (ev, v)
    }

    fn describe(ev: &Evidence) -> String {
        let scores = ev.scores();
        let mut out = String::new();
        for (t, s) in TYPES.iter().zip(scores) {
            out.push_str(&format!("{}={s:.1} ", t.name()));
        }
        out.push_str("| ");
        for i in 0..SIGNALS {
            let v = ev.strengths.get(i).copied().unwrap_or(0.0);
            if v > 0.0 {
                out.push_str(&format!("s{i}={v:.2} "));
            }
        }
        out
    }

    fn fixture_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/verdict")
    }

    /// `(file, expected, og:type, JSON-LD @type, url)` rows of the fixtures' README table.
    fn table() -> Vec<[Option<String>; 5]> {
        let readme = std::fs::read_to_string(fixture_dir().join("README.md")).expect("README");
        readme
            .lines()
            .filter(|l| l.starts_with("| ") && l.contains(".html"))
            .map(|l| {
                let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
                std::array::from_fn(|i| {
                    cells.get(i).filter(|c| **c != "-").map(|c| (*c).to_owned())
                })
            })
            .collect()
    }

    #[test]
    fn hints_agree_with_the_structure() {
        let rows = table();
        assert!(rows.len() >= 13);
        for [file, expected, og, ld, url] in rows {
            let file = file.expect("file");
            let expected = expected.expect("expected");
            let html = std::fs::read(fixture_dir().join(&file)).expect("read");
            // No hint, each hint alone, all together.
            let cases = [
                (None, None),
                (og.clone(), None),
                (ld.clone(), None),
                (None, url.clone()),
                (og.clone(), url.clone()),
                (ld.clone(), url.clone()),
            ];
            for (page_type, url) in cases {
                let (ev, v) = measure_page(&html, page_type.as_deref(), url.as_deref());
                assert_eq!(
                    v.page_type.name(),
                    expected,
                    "{file} with {page_type:?} {url:?}: {}",
                    describe(&ev)
                );
            }
        }
    }

    #[test]
    fn a_declared_type_alone_does_not_decide() {
        let html = std::fs::read(fixture_dir().join("news-article.html")).expect("read");
        for declared in [
            "Product",
            "website",
            "QAPage",
            "CollectionPage",
            "TechArticle",
        ] {
            let (_, v) = measure_page(&html, Some(declared), None);
            assert_eq!(v.page_type, PageType::Article, "{declared}");
        }
        let html = std::fs::read(fixture_dir().join("bot-wall.html")).expect("read");
        let (_, v) = measure_page(&html, Some("NewsArticle"), None);
        assert_eq!(v.page_type, PageType::ErrorOrBlocked);
        // ...but it does tip the balance on a page with no evidence either way.
        let bare = b"<html><body><p>Ein kurzer Text.</p></body></html>";
        assert_eq!(measure_page(bare, None, None).1.page_type, PageType::Other);
        assert_eq!(
            measure_page(bare, Some("https://schema.org/Product"), None)
                .1
                .page_type,
            PageType::Product
        );
    }

    #[test]
    fn confidence_is_the_relative_margin() {
        let mut scores = [0.0f32; TYPES.len()];
        scores[type_index(PageType::Other)] = OTHER_FLOOR;
        assert_eq!(decide(&scores), (PageType::Other, 1.0));
        scores[type_index(PageType::Article)] = 6.0;
        let (t, c) = decide(&scores);
        assert_eq!(t, PageType::Article);
        assert!((c - 0.75).abs() < 1e-6, "{c}");
        scores[type_index(PageType::Listing)] = 5.0;
        let (t, c) = decide(&scores);
        assert_eq!(t, PageType::Article);
        assert!((c - 1.0 / 6.0).abs() < 1e-6, "{c}");
        // A negative score counts as none.
        scores[type_index(PageType::Homepage)] = -9.0;
        assert_eq!(decide(&scores).0, PageType::Article);
    }

    #[test]
    fn the_prefiltered_cues_agree_with_a_regex_set() {
        let lines = crate::rules::matcher::fixture_lines();
        let texts: Vec<&str> = lines.iter().map(String::as_str).collect();
        let patterns: Vec<&str> = CUES.iter().map(|(_, _, p)| *p).collect();
        crate::rules::matcher::assert_agrees(&patterns, CUE_FLAGS, &texts);
    }

    #[test]
    fn pattern_tables_compile_and_match() {
        let set = cue_set().expect("cue patterns compile");
        let hit = |text: &str, signal: Signal| {
            set.matches(text)
                .iter()
                .any(|i| CUES.get(i).is_some_and(|c| c.0 == signal))
        };
        assert!(hit("Seite nicht gefunden", Signal::NotFound));
        assert!(hit("Página no encontrada", Signal::NotFound));
        assert!(hit(
            "Checking your browser before accessing",
            Signal::BotWall
        ));
        assert!(hit("Please log in to continue", Signal::LoginWall));
        assert!(!hit(
            "You must be logged in to post a comment.",
            Signal::LoginWall
        ));
        assert!(hit("Showing 1–10 of 230 results", Signal::ListingCue));
        assert!(hit("Add to cart", Signal::BuyButton));
        let price = price_re().expect("price pattern compiles");
        for p in ["€89.00", "$1,299", "12,99 €", "EUR 40"] {
            assert!(price.is_match(p.as_bytes()), "{p}");
        }
        assert!(!price.is_match(b"In 2024, 300 people came."));
        let date = date_re().expect("date pattern compiles");
        assert!(date.is_match(b"answered Jan 9, 2023 at 14:02"));
        assert!(date.is_match(b"by gary \xc2\xbb Mon Feb 05, 2024 7:42 pm"));
        assert!(date.is_match(b"3 days ago"));
    }

    #[test]
    fn urls() {
        assert_eq!(url_path("https://a.example/"), ("/".into(), "".into()));
        assert_eq!(url_path("https://a.example"), ("".into(), "".into()));
        assert_eq!(
            url_path("https://a.example/Search?q=X#top"),
            ("/search".into(), "?q=x".into())
        );
        assert!(is_index_path("/index.html") && is_index_path("/en/") && !is_index_path("/news"));
        assert!(has_date_path("/local/2024/03/14/story"));
        assert!(!has_date_path("/local/2024/story") && !has_date_path("/a/2024/13/b"));
    }

    #[test]
    #[ignore = "prints the evidence of every verdict fixture"]
    fn print_fixture_evidence() {
        let mut names: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
            .expect("dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "html"))
            .collect();
        names.sort();
        for p in names {
            let html = std::fs::read(&p).expect("read");
            let (ev, v) = measure_page(&html, None, None);
            println!(
                "{:<24} {:<16} c={:.2} q={:.2} {}",
                p.file_stem().unwrap().to_string_lossy(),
                v.page_type.name(),
                v.confidence,
                v.quality,
                describe(&ev)
            );
        }
    }

    #[test]
    #[ignore = "prints the evidence of pages judged other than article in a directory (VERDICT_DIR)"]
    fn print_dir_evidence() {
        use std::io::Read;
        let dir = std::env::var("VERDICT_DIR").expect("VERDICT_DIR");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        names.sort();
        let mut counts = std::collections::BTreeMap::new();
        let (mut qualities, mut confidences) = (Vec::new(), Vec::new());
        for p in names {
            let name = p.to_string_lossy().to_string();
            let html = if name.ends_with(".gz") {
                let f = std::fs::File::open(&p).expect("open");
                let mut bytes = Vec::new();
                flate2::read::GzDecoder::new(f)
                    .read_to_end(&mut bytes)
                    .expect("gz");
                bytes
            } else if name.ends_with(".html") {
                std::fs::read(&p).expect("read")
            } else {
                continue;
            };
            let (ev, v) = measure_page(&html, None, None);
            *counts.entry(v.page_type.name()).or_insert(0) += 1;
            qualities.push(v.quality);
            confidences.push(v.confidence);
            let scores = ev.scores();
            let art = scores.first().copied().unwrap_or(0.0);
            let rival = scores.iter().skip(1).fold(0f32, |a, b| a.max(*b));
            if v.page_type != PageType::Article || art - rival < 2.0 {
                println!(
                    "{:<40} {:<16} c={:.2} q={:.2} {}",
                    p.file_name().unwrap().to_string_lossy(),
                    v.page_type.name(),
                    v.confidence,
                    v.quality,
                    describe(&ev)
                );
            }
        }
        let stats = |v: &mut Vec<f32>| {
            v.sort_by(f32::total_cmp);
            let mean = v.iter().sum::<f32>() / v.len().max(1) as f32;
            let median = v.get(v.len() / 2).copied().unwrap_or(0.0);
            let min = v.first().copied().unwrap_or(0.0);
            format!("mean {mean:.2} median {median:.2} min {min:.2}")
        };
        println!("{counts:?}");
        println!("quality: {}", stats(&mut qualities));
        println!("confidence: {}", stats(&mut confidences));
    }
}
