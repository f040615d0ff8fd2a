//! The classifier's rules, as data.
//!
//! Every signal the classifier can fire is a [`Rule`] with a stable code, a name,
//! a weight and (for chrome signals) the [`Kind`] it points to. The same records
//! produce the [`Reason`](crate::Reason)s attached to blocks, the `--explain`
//! output and the rule list in the README, so they cannot drift apart.
//!
//! Code ranges:
//! - `T…` text shape (length, stopwords, sentences, capitals)
//! - `L…` link density
//! - `S…` structure and landmarks (nav, footer, figure, form, after an image...)
//! - `H…` class/id hints (`hints`): `H0xx` on the block and its near ancestors, `H1xx` further up
//! - `M…` main-content container
//! - `P…` chrome phrases (`phrases`; other languages map their wording onto the same codes in `lang`)
//! - `C…` context: neighbours, duplicates, the publisher's name
//! - `X…` title detection
//! - `V…` the page verdict (what a listing or forum page keeps)
//! - `K…` kind cues (`kinds`): zero weight, they only name the kind of a dropped block

use crate::Kind;

pub(crate) mod hints;
pub(crate) mod kinds;
pub(crate) mod lang;
pub(crate) mod matcher;
pub(crate) mod phrases;
pub(crate) mod stopwords;

/// One classifier signal.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Rule {
    /// Stable code, e.g. `"T005"`.
    pub code: &'static str,
    /// Short kebab-case name.
    pub name: &'static str,
    /// What the rule adds to a block's score when it fires (negative: towards chrome).
    pub weight: f32,
    /// The chrome kind the rule points to, if any.
    pub kind: Option<Kind>,
    /// What the rule checks and why it matters.
    pub doc: &'static str,
}

impl Rule {
    pub(crate) const fn new(
        code: &'static str,
        name: &'static str,
        weight: f32,
        kind: Option<Kind>,
        doc: &'static str,
    ) -> Rule {
        Rule {
            code,
            name,
            weight,
            kind,
            doc,
        }
    }

    pub(crate) fn reason(&self) -> crate::Reason {
        crate::Reason {
            code: self.code,
            name: self.name,
            weight: self.weight,
            kind: self.kind,
        }
    }

    /// The reason of a rule whose kind is the block's context's (a `K…` cue such as
    /// the kind of the block's run): the record says which kind it gave.
    pub(crate) fn reason_as(&self, kind: Kind) -> crate::Reason {
        crate::Reason {
            kind: Some(kind),
            ..self.reason()
        }
    }
}

/// Every rule of the classifier: signals, hints, phrases, then the kind cues.
///
/// ```
/// let codes: Vec<_> = dechrome::rules::all().map(|r| r.code).collect();
/// assert!(codes.contains(&"T010"));
/// ```
pub fn all() -> impl Iterator<Item = &'static Rule> {
    signals::ALL
        .iter()
        .copied()
        .chain(hints::RULES.iter().flat_map(|(_, near, far)| [near, far]))
        .chain(phrases::TABLE.iter().map(|p| &p.rule))
        .chain(kinds::cues::ALL.iter().copied())
}

/// The rule table as Markdown (`| code | name | weight | kind | what |`), as printed
/// by `dechrome --rules` and included in the README.
pub fn markdown_table() -> String {
    let mut out =
        String::from("| code | name | weight | kind | what it checks |\n|---|---|---|---|---|\n");
    for r in all() {
        let kind = r.kind.map_or("", |k| k.name());
        out.push_str(&format!(
            "| {} | {} | {:+.1} | {} | {} |\n",
            r.code,
            r.name,
            r.weight,
            kind,
            r.doc.replace('|', "\\|")
        ));
    }
    out
}

/// The text, link, structure, container, context and title signals.
pub(crate) mod signals {
    use super::Rule;
    use crate::Kind;

    macro_rules! rules {
        ($($id:ident = $code:literal $name:literal $weight:literal $kind:expr, $doc:literal;)*) => {
            $(#[doc = $doc] pub const $id: Rule = Rule::new($code, $name, $weight, $kind, $doc);)*
            /// All the rules of this module.
            pub const ALL: &[&Rule] = &[$(&$id),*];
        };
    }

    rules! {
        VERY_SHORT = "T001" "very-short" -1.0 None,
            "Fewer than 5 words: menus, labels and buttons are short; article paragraphs rarely are.";
        SHORT = "T002" "short" -0.5 None,
            "5 to 9 words.";
        MEDIUM = "T003" "medium-length" 0.5 None,
            "At least 20 words.";
        LONG = "T004" "long" 1.0 None,
            "At least 40 words (adds to T003).";
        VERY_LONG = "T005" "very-long" 1.0 None,
            "At least 80 words (adds to T003 and T004).";
        NO_END_PUNCT = "T006" "no-sentence-end" -0.5 None,
            "Does not end like a sentence (. ! ? or a closing quote after one); teasers and labels do not.";
        STOPWORD_RICH = "T010" "stopword-rich" 1.0 None,
            "Stopword density at least 0.30 (English; 0.25 in other languages, whose prose has fewer function words) over 8+ words: running prose, as jusText measures it.";
        STOPWORD_POOR = "T011" "stopword-poor" -1.0 None,
            "Stopword density under 0.15 over 5+ words: lists of names, headlines, tags.";
        SENTENCES = "T012" "several-sentences" 0.5 None,
            "Two or more sentences.";
        TITLE_CASE = "T013" "title-case" -0.5 None,
            "Most words capitalised: headlines and menu items, not prose.";
        MARKUP = "T014" "markup-as-text" -4.0 Some(Kind::Other),
            "The text is markup shown as text (a tracking pixel inside `<noscript>`, escaped markup, a CMS shortcode) or a bare URL.";
        LINK_HEAVY = "L001" "link-heavy" -2.5 Some(Kind::RelatedLinks),
            "At least half the text is link text. Not for a definition list's term (`<dt>`) followed by a one-sentence definition (`<dd>`): a reference page's entries link to their own pages, and such a pair is no teaser card (C006) either.";
        LINK_SOME = "L002" "some-links" -1.0 None,
            "A quarter to a half of the text is link text.";
        IN_NAV = "S001" "in-nav" -2.5 Some(Kind::Navigation),
            "Inside `<nav>` or role=navigation.";
        IN_FOOTER = "S002" "in-footer" -2.0 Some(Kind::Legal),
            "Inside `<footer>` or role=contentinfo.";
        IN_HEADER = "S003" "in-header" -1.0 Some(Kind::Navigation),
            "Inside `<header>` or role=banner.";
        IN_ASIDE = "S004" "in-aside" -1.5 Some(Kind::RelatedLinks),
            "Inside `<aside>` or role=complementary.";
        IN_FIGURE = "S005" "in-figure" -2.5 Some(Kind::Caption),
            "Inside `<figure>` or `<figcaption>`: captions and credits.";
        IN_FORM = "S006" "in-form" -2.0 Some(Kind::Other),
            "Inside `<form>` or role=search: sign-up, search and comment forms.";
        IN_BUTTON = "S007" "in-button" -3.0 Some(Kind::Other),
            "Inside `<button>`, `<label>` or role=button.";
        IN_DIALOG = "S008" "in-dialog" -2.0 Some(Kind::Other),
            "Inside `<dialog>` or role=dialog: pop-ups and consent walls.";
        IN_ARTICLE = "S009" "in-article" 0.5 None,
            "Inside `<article>`.";
        IN_MAIN_TAG = "S010" "in-main-element" 0.3 None,
            "Inside `<main>` or role=main.";
        ARTICLE_BODY_PROP = "S011" "itemprop-articlebody" 1.5 None,
            "Inside an element with itemprop=articleBody.";
        UNDER_MEDIA = "S012" "under-media" -1.5 Some(Kind::Caption),
            "A short line right after an image or video, not ending like a sentence: a caption.";
        BEFORE_CREDIT = "S013" "before-credit" -2.0 Some(Kind::Caption),
            "A short line right before an image credit, in the same page area (a licence line in the footer credits nothing in the article above it), and no heading or code block: the caption it credits.";
        IN_ADDRESS = "S014" "in-address" -1.0 Some(Kind::Byline),
            "Inside `<address>`: contact and author lines.";
        IN_QUOTE = "S015" "in-quote" 0.5 None,
            "Inside `<blockquote>`: quoted prose belongs to the article.";
        LIST_ITEM = "S016" "list-item" 0.3 None,
            "A list item: short items are normal in lists, so length counts less.";
        OUTSIDE_MAIN = "M001" "outside-main" -2.0 Some(Kind::Other),
            "Outside the container that holds most of the page's prose (scored like Readability's candidates, over all elements at once).";
        OUTSIDE_RUN = "M003" "outside-main-run" -2.0 None,
            "Plain text: outside the main run, the contiguous paragraphs with the most prose net of chrome-like lines (what the main container is for HTML). Says where the block is, not what chrome it is.";
        IN_MAIN = "M002" "in-main" 1.0 None,
            "Inside the main-content container.";
        USER_DROP = "U001" "drop-selector" 0.0 None,
            "Dropped by the user: inside an element a `drop_selector` (CLI `--drop`) matches. The last word, after every other rule.";
        USER_KEEP = "U002" "keep-selector" 0.0 None,
            "Kept by the user: inside an element a `keep_selector` (CLI `--keep`) matches, nearer than any dropped one. The last word, after every other rule.";
        PLAIN_IN_MAIN = "M004" "plain-in-main" 0.0 None,
            "Kept below the bar: inside the main-content container with no evidence against it but its shape (short, no sentence end, title case): a landing page's feature lines and labels are its content. Decides, adds nothing to the score; not under a stricter bar (the precision focus, a positive `min_score`), and only on English HTML pages, where the phrase tables are full enough for no evidence to mean no chrome (the plain-text path's main run is a coarser guess).";
        BETWEEN_CHROME = "C001" "between-chrome" -4.0 None,
            "An uncertain block whose nearest decided neighbours on both sides are chrome (jusText's context rule).";
        BETWEEN_BODY = "C002" "between-body" 3.0 None,
            "An uncertain block whose nearest decided neighbours on both sides are body.";
        EDGE_OF_BODY = "C009" "edge-of-body" 3.0 None,
            "An uncertain block with no chrome evidence at the document's edge, whose only decided neighbour is body (or that has none).";
        TABLE_IN_BODY = "C010" "table-in-body" 4.5 None,
            "A cell of a data table that sits in the article (body before it, or body after it and no chrome before), with no chrome evidence: short cells are data, not widgets.";
        LIST_IN_BODY = "C013" "list-in-body" 4.5 None,
            "An item of a list that sits in the article (body before it, or body after it and no chrome before), mostly unlinked, with no chrome evidence: short items (specifications, steps, names) are the article's, not a menu.";
        SPREAD_MAIN = "C014" "spread-over-main" 0.0 None,
            "Outside the main container but inside the page's `<main>` (on a page without one, under a wrapper named like the content, from the title on and not right under an image), on a page whose main container holds under 60% of its plain prose: landing, service and product pages spread their text over sections, so M001 does not fire.";
        IN_ARTICLE_BODY = "C011" "in-article-body" 3.0 None,
            "At least 6 words, 80% of whose word 4-shingles occur in the page's JSON-LD articleBody (when it has 50+ words): the publisher says this is article text. Blocks it does not cover are not penalised (articleBody is often truncated).";
        THIN_PAGE = "C015" "thin-page" 0.0 None,
            "Kept on a second reading of an HTML page that kept under 50 words of body (after the verdict kept a listing's items or a forum's posts): that reading leaves out the rules that judge a block by the cards around it (C006 teaser) or by its neighbours alone (C005 chrome-tail; C001 between-chrome for a block with no chrome evidence of its own), since with no body on the page every neighbour reads as chrome; and inside the page's `<main>` a drawer or pop-up (dialog and aside landmarks, modal and sidebar names) is read as the page's own text, as a product's details in an accordion sheet or a modal are. Decides nothing itself; marks what the second reading kept.";
        IN_PROSE_CORE = "C012" "in-prose-core" 0.0 None,
            "Inside the page's prose core (the smallest element holding 80% of its plain prose), under a chrome landmark or name that the core itself inherits (a page-wide `<form>`, a `paywall` or `right-rail` wrapper): those are layout, so their rules do not fire for this block. Comment-section names still count.";
        DUPLICATE = "C003" "duplicate" -1.5 Some(Kind::Other),
            "Short text that appears more than once on the page: repeated widgets and prompts.";
        CUSTOMER_REVIEW = "C016" "customer-review" -4.0 Some(Kind::Comments),
            "On a page that declares itself a product (JSON-LD `Product`, `og:type` product), a block under a customer-reviews name (class or id token `reviews`): the buyers' reviews are the product's comments, not its text, and they do not count toward the main container.";
        PUBLISHER = "C004" "mentions-publisher" -1.0 None,
            "A short block naming the publisher (learned from the page): self-promotion.";
        TEASER = "C006" "teaser" -3.0 Some(Kind::RelatedLinks),
            "A summary right after a fully linked headline in a small card, where the page repeats that pattern three or more times: a list of teasers. Not under a linked heading (`<h1>`-`<h6>`) of one to three words in a card inside an `<article>` that holds more than the card: that titles a section of a hub page (\"Standards\", \"Hazards\"), a story's headline is longer and a listing's item is an article of its own.";
        UNDER_CHROME_HEADING = "C007" "under-chrome-heading" -2.5 None,
            "Under a short heading that names a chrome section ('You may also like', 'Most popular'), up to the next heading within its container.";
        CHROME_EVIDENCE = "C008" "chrome-evidence" -3.0 None,
            "A short block (under 40 words) whose chrome phrases and near class/id names add up to -2.5 or less: chrome even inside the article body, where the container signals would otherwise carry it.";
        AFTER_CHROME_TAIL = "C005" "chrome-tail" -1.0 None,
            "An uncertain block after the last body block, next to chrome: the page's trailing matter.";
        TITLE = "X001" "title" 5.0 None,
            "The block matching the page's `<title>`/og:title (or the first headline-like line of a text): the article's title.";
        LISTING_ITEM = "V001" "listing-item" 0.0 None,
            "On a page judged a listing (or front page) where no article body was kept: a teaser's linked headline or its summary, kept as the page's content (kind Body, the headline too: the items are the content, not subheads of one text) whatever its score.";
        FORUM_POST = "V002" "forum-post" 0.0 None,
            "On a page judged a forum or Q&A page where no body was kept: the prose of the repeated post containers, kept as the page's content whatever its score.";
    }
}
