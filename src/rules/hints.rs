//! Class and id hints: what the names a publisher gave its containers say.
//!
//! One Aho-Corasick automaton (ASCII case-insensitive) runs over each element's
//! `class` and `id`; a pattern marked [`Match::Token`] must stand alone between
//! non-alphanumeric characters (`ad` in `ad-slot`, not in `header`), the others may
//! sit inside a longer name (`share` in `sharebar`). Segmentation records the hints
//! of each block's nearest ancestors ("near") and of all of them ("far").

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::Kind;
use crate::rules::Rule;

/// A named class/id hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Hint {
    /// `article-body`, `entry-content`, `story-body`...: the article text itself.
    ArticleBody,
    /// `content`, `article`, `post`, `story`, `main`: a likely container of the article.
    Content,
    Share,
    Comments,
    Subscribe,
    Newsletter,
    Paywall,
    Related,
    Advertisement,
    Promo,
    Cookie,
    Caption,
    Credit,
    Byline,
    Navigation,
    Footer,
    Header,
    Sidebar,
    Tags,
    Legal,
    /// `sr-only`, `visually-hidden`: text for screen readers only.
    ScreenReader,
    Modal,
    /// `widget`, `module`, `card`, `teaser`: boxes that usually hold teasers.
    Widget,
}

/// How a pattern must sit in the class/id string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Match {
    /// Anywhere, even inside a longer word.
    Within,
    /// As a whole token between non-alphanumeric characters.
    Token,
    /// At the start of a token, followed by a separator or digits (`ad`, `ad-slot`,
    /// `ads300`; not `admin`).
    TokenStart,
    /// At the start of a whole class name (`widget`, `widget_recent`, `widget-area`;
    /// not `elementor-widget-container`).
    ClassStart,
}

/// The hint table: pattern, how it must match, the hint it gives.
pub(crate) const TABLE: &[(&str, Match, Hint)] = &[
    ("articlebody", Match::Within, Hint::ArticleBody),
    ("article-body", Match::Within, Hint::ArticleBody),
    ("article_body", Match::Within, Hint::ArticleBody),
    ("article__body", Match::Within, Hint::ArticleBody),
    ("article-content", Match::Within, Hint::ArticleBody),
    ("article__content", Match::Within, Hint::ArticleBody),
    ("articlecontent", Match::Within, Hint::ArticleBody),
    ("article-text", Match::Within, Hint::ArticleBody),
    ("articletext", Match::Within, Hint::ArticleBody),
    ("story-body", Match::Within, Hint::ArticleBody),
    ("storybody", Match::Within, Hint::ArticleBody),
    ("story-content", Match::Within, Hint::ArticleBody),
    ("story-text", Match::Within, Hint::ArticleBody),
    ("entry-content", Match::Within, Hint::ArticleBody),
    ("entry_content", Match::Within, Hint::ArticleBody),
    ("post-content", Match::Within, Hint::ArticleBody),
    ("post_content", Match::Within, Hint::ArticleBody),
    ("post-body", Match::Within, Hint::ArticleBody),
    ("postbody", Match::Within, Hint::ArticleBody),
    ("post-text", Match::Within, Hint::ArticleBody),
    ("body-text", Match::Within, Hint::ArticleBody),
    ("bodytext", Match::Within, Hint::ArticleBody),
    ("rich-text", Match::Within, Hint::ArticleBody),
    ("richtext", Match::Within, Hint::ArticleBody),
    ("main-content", Match::Within, Hint::Content),
    ("content", Match::Token, Hint::Content),
    ("article", Match::Token, Hint::Content),
    ("story", Match::Token, Hint::Content),
    ("post", Match::Token, Hint::Content),
    ("entry", Match::Token, Hint::Content),
    ("main", Match::Token, Hint::Content),
    ("text", Match::Token, Hint::Content),
    ("share", Match::Within, Hint::Share),
    ("social", Match::Within, Hint::Share),
    ("addthis", Match::Within, Hint::Share),
    ("sharethis", Match::Within, Hint::Share),
    ("comment", Match::Within, Hint::Comments),
    ("disqus", Match::Within, Hint::Comments),
    ("respond", Match::Token, Hint::Comments),
    ("replies", Match::Token, Hint::Comments),
    ("subscri", Match::Within, Hint::Subscribe),
    ("newsletter", Match::Within, Hint::Newsletter),
    ("signup", Match::Within, Hint::Newsletter),
    ("sign-up", Match::Within, Hint::Newsletter),
    ("optin", Match::Within, Hint::Newsletter),
    ("opt-in", Match::Within, Hint::Newsletter),
    ("mailing", Match::Within, Hint::Newsletter),
    ("paywall", Match::Within, Hint::Paywall),
    ("regwall", Match::Within, Hint::Paywall),
    ("piano", Match::TokenStart, Hint::Paywall),
    ("meter", Match::Token, Hint::Paywall),
    ("related", Match::Within, Hint::Related),
    ("recommend", Match::Within, Hint::Related),
    ("read-more", Match::Within, Hint::Related),
    ("readmore", Match::Within, Hint::Related),
    ("more-stories", Match::Within, Hint::Related),
    ("popular", Match::Within, Hint::Related),
    ("trending", Match::Within, Hint::Related),
    ("outbrain", Match::Within, Hint::Related),
    ("taboola", Match::Within, Hint::Related),
    ("teaser", Match::ClassStart, Hint::Widget),
    ("widget", Match::ClassStart, Hint::Widget),
    ("promo", Match::Within, Hint::Promo),
    ("cta", Match::Token, Hint::Promo),
    ("advert", Match::Within, Hint::Advertisement),
    ("sponsor", Match::Within, Hint::Advertisement),
    ("ad", Match::TokenStart, Hint::Advertisement),
    ("ads", Match::TokenStart, Hint::Advertisement),
    ("adslot", Match::Within, Hint::Advertisement),
    ("adunit", Match::Within, Hint::Advertisement),
    ("dfp", Match::Token, Hint::Advertisement),
    ("gpt", Match::TokenStart, Hint::Advertisement),
    ("cookie", Match::Within, Hint::Cookie),
    ("consent", Match::Within, Hint::Cookie),
    ("gdpr", Match::Within, Hint::Cookie),
    ("caption", Match::Within, Hint::Caption),
    ("credit", Match::Within, Hint::Credit),
    ("byline", Match::Within, Hint::Byline),
    ("author", Match::Within, Hint::Byline),
    ("dateline", Match::Within, Hint::Byline),
    ("timestamp", Match::Within, Hint::Byline),
    ("date", Match::Token, Hint::Byline),
    ("meta", Match::Token, Hint::Byline),
    ("nav", Match::TokenStart, Hint::Navigation),
    ("navbar", Match::Within, Hint::Navigation),
    ("navigation", Match::Within, Hint::Navigation),
    ("menu", Match::Within, Hint::Navigation),
    ("breadcrumb", Match::Within, Hint::Navigation),
    ("pagination", Match::Within, Hint::Navigation),
    ("pager", Match::Token, Hint::Navigation),
    ("skip", Match::TokenStart, Hint::Navigation),
    ("footer", Match::Within, Hint::Footer),
    ("foot", Match::Token, Hint::Footer),
    ("masthead", Match::Within, Hint::Header),
    // Only the page's own header: `article__header` and `release-header` head the article.
    ("header", Match::ClassStart, Hint::Header),
    ("site-header", Match::Within, Hint::Header),
    ("topbar", Match::Within, Hint::Header),
    ("sidebar", Match::Within, Hint::Sidebar),
    ("rail", Match::Token, Hint::Sidebar),
    ("aside", Match::Token, Hint::Sidebar),
    ("tags", Match::Token, Hint::Tags),
    ("tag-list", Match::Within, Hint::Tags),
    ("taglist", Match::Within, Hint::Tags),
    ("topics", Match::Token, Hint::Tags),
    ("keywords", Match::Token, Hint::Tags),
    ("copyright", Match::Within, Hint::Legal),
    ("disclaimer", Match::Within, Hint::Legal),
    ("legal", Match::Token, Hint::Legal),
    ("sr-only", Match::Within, Hint::ScreenReader),
    ("visually-hidden", Match::Within, Hint::ScreenReader),
    ("visuallyhidden", Match::Within, Hint::ScreenReader),
    ("screen-reader", Match::Within, Hint::ScreenReader),
    ("modal", Match::Within, Hint::Modal),
    ("popup", Match::Within, Hint::Modal),
    ("overlay", Match::Token, Hint::Modal),
];

/// The rules fired by hints: for each hint, one rule when it names the block or a near ancestor,
/// one when it names an ancestor further up.
pub(crate) const RULES: &[(Hint, Rule, Rule)] = &[
    (
        Hint::ArticleBody,
        Rule::new(
            "H001",
            "article-body-near",
            1.5,
            None,
            "Named like the article text itself (article-body, entry-content, story-body, post-content...).",
        ),
        Rule::new(
            "H101",
            "article-body-far",
            1.0,
            None,
            "Named like the article text itself (article-body, entry-content, story-body, post-content...). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Content,
        Rule::new(
            "H002",
            "content-near",
            0.3,
            None,
            "Named like a content container (content, article, post, story, main, text).",
        ),
        Rule::new(
            "H102",
            "content-far",
            0.2,
            None,
            "Named like a content container (content, article, post, story, main, text). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Share,
        Rule::new(
            "H003",
            "share-near",
            -2.5,
            Some(Kind::Share),
            "Named like a share bar (share, social, addthis).",
        ),
        Rule::new(
            "H103",
            "share-far",
            -1.5,
            Some(Kind::Share),
            "Named like a share bar (share, social, addthis). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Comments,
        Rule::new(
            "H004",
            "comments-near",
            -2.5,
            Some(Kind::Comments),
            "Named like a comment section (comment, disqus, respond).",
        ),
        Rule::new(
            "H104",
            "comments-far",
            -2.0,
            Some(Kind::Comments),
            "Named like a comment section (comment, disqus, respond). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Subscribe,
        Rule::new(
            "H005",
            "subscribe-near",
            -2.5,
            Some(Kind::SubscribePrompt),
            "Named like a subscription pitch (subscribe, subscription).",
        ),
        Rule::new(
            "H105",
            "subscribe-far",
            -1.5,
            Some(Kind::SubscribePrompt),
            "Named like a subscription pitch (subscribe, subscription). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Newsletter,
        Rule::new(
            "H006",
            "newsletter-near",
            -2.5,
            Some(Kind::NewsletterPitch),
            "Named like a newsletter sign-up (newsletter, signup, optin).",
        ),
        Rule::new(
            "H106",
            "newsletter-far",
            -1.5,
            Some(Kind::NewsletterPitch),
            "Named like a newsletter sign-up (newsletter, signup, optin). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Paywall,
        Rule::new(
            "H007",
            "paywall-near",
            -2.5,
            Some(Kind::Paywall),
            "Named like a paywall or meter (paywall, regwall, meter).",
        ),
        Rule::new(
            "H107",
            "paywall-far",
            -1.5,
            Some(Kind::Paywall),
            "Named like a paywall or meter (paywall, regwall, meter). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Related,
        Rule::new(
            "H008",
            "related-near",
            -2.5,
            Some(Kind::RelatedLinks),
            "Named like related or recommended links (related, recommend, popular, outbrain).",
        ),
        Rule::new(
            "H108",
            "related-far",
            -1.5,
            Some(Kind::RelatedLinks),
            "Named like related or recommended links (related, recommend, popular, outbrain). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Advertisement,
        Rule::new(
            "H009",
            "advertisement-near",
            -2.5,
            Some(Kind::Advertisement),
            "Named like an ad slot (ad, ads, advert, sponsor, dfp).",
        ),
        Rule::new(
            "H109",
            "advertisement-far",
            -1.5,
            Some(Kind::Advertisement),
            "Named like an ad slot (ad, ads, advert, sponsor, dfp). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Promo,
        Rule::new(
            "H010",
            "promo-near",
            -2.0,
            Some(Kind::SubscribePrompt),
            "Named like a promotion or call to action (promo, cta).",
        ),
        Rule::new(
            "H110",
            "promo-far",
            -1.0,
            Some(Kind::SubscribePrompt),
            "Named like a promotion or call to action (promo, cta). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Cookie,
        Rule::new(
            "H011",
            "cookie-near",
            -3.0,
            Some(Kind::CookieNotice),
            "Named like a cookie or consent notice (cookie, consent, gdpr).",
        ),
        Rule::new(
            "H111",
            "cookie-far",
            -2.0,
            Some(Kind::CookieNotice),
            "Named like a cookie or consent notice (cookie, consent, gdpr). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Caption,
        Rule::new(
            "H012",
            "caption-near",
            -2.5,
            Some(Kind::Caption),
            "Named like a caption.",
        ),
        Rule::new(
            "H112",
            "caption-far",
            -1.0,
            Some(Kind::Caption),
            "Named like a caption. Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Credit,
        Rule::new(
            "H013",
            "credit-near",
            -2.5,
            Some(Kind::ImageCredit),
            "Named like a credit line.",
        ),
        Rule::new(
            "H113",
            "credit-far",
            -1.0,
            Some(Kind::ImageCredit),
            "Named like a credit line. Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Byline,
        Rule::new(
            "H014",
            "byline-near",
            -2.0,
            Some(Kind::Byline),
            "Named like a byline or date (byline, author, dateline, timestamp, date, meta).",
        ),
        Rule::new(
            "H114",
            "byline-far",
            -0.5,
            Some(Kind::Byline),
            "Named like a byline or date (byline, author, dateline, timestamp, date, meta). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Navigation,
        Rule::new(
            "H015",
            "navigation-near",
            -2.5,
            Some(Kind::Navigation),
            "Named like navigation (nav, menu, breadcrumb, pagination).",
        ),
        Rule::new(
            "H115",
            "navigation-far",
            -1.5,
            Some(Kind::Navigation),
            "Named like navigation (nav, menu, breadcrumb, pagination). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Footer,
        Rule::new(
            "H016",
            "footer-near",
            -2.0,
            Some(Kind::Legal),
            "Named like a footer.",
        ),
        Rule::new(
            "H116",
            "footer-far",
            -1.5,
            Some(Kind::Legal),
            "Named like a footer. Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Header,
        Rule::new(
            "H017",
            "header-near",
            -1.5,
            Some(Kind::Navigation),
            "Named like the page header (header, masthead, topbar).",
        ),
        Rule::new(
            "H117",
            "header-far",
            -0.5,
            Some(Kind::Navigation),
            "Named like the page header (header, masthead, topbar). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Sidebar,
        Rule::new(
            "H018",
            "sidebar-near",
            -2.0,
            Some(Kind::Other),
            "Named like a sidebar (sidebar, rail, aside).",
        ),
        Rule::new(
            "H118",
            "sidebar-far",
            -1.5,
            Some(Kind::Other),
            "Named like a sidebar (sidebar, rail, aside). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Tags,
        Rule::new(
            "H019",
            "tags-near",
            -2.0,
            Some(Kind::Navigation),
            "Named like a tag list (tags, topics, keywords).",
        ),
        Rule::new(
            "H119",
            "tags-far",
            -1.0,
            Some(Kind::Navigation),
            "Named like a tag list (tags, topics, keywords). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Legal,
        Rule::new(
            "H020",
            "legal-near",
            -2.0,
            Some(Kind::Legal),
            "Named like legal text (copyright, disclaimer, legal).",
        ),
        Rule::new(
            "H120",
            "legal-far",
            -1.0,
            Some(Kind::Legal),
            "Named like legal text (copyright, disclaimer, legal). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::ScreenReader,
        Rule::new(
            "H021",
            "screen-reader-near",
            -1.5,
            Some(Kind::Other),
            "Text for screen readers only (sr-only, visually-hidden).",
        ),
        Rule::new(
            "H121",
            "screen-reader-far",
            -1.0,
            Some(Kind::Other),
            "Text for screen readers only (sr-only, visually-hidden). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Modal,
        Rule::new(
            "H022",
            "modal-near",
            -2.0,
            Some(Kind::Other),
            "Named like a pop-up (modal, popup, overlay).",
        ),
        Rule::new(
            "H122",
            "modal-far",
            -1.5,
            Some(Kind::Other),
            "Named like a pop-up (modal, popup, overlay). Fires for an ancestor further up.",
        ),
    ),
    (
        Hint::Widget,
        Rule::new(
            "H023",
            "widget-near",
            -1.5,
            Some(Kind::RelatedLinks),
            "Named like a widget or teaser box (widget, teaser).",
        ),
        Rule::new(
            "H123",
            "widget-far",
            -0.5,
            Some(Kind::RelatedLinks),
            "Named like a widget or teaser box (widget, teaser). Fires for an ancestor further up.",
        ),
    ),
];

/// A set of [`Hint`]s.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct HintSet(u32);

impl HintSet {
    pub(crate) fn insert(&mut self, hint: Hint) {
        self.0 |= 1 << hint as u8;
    }
    pub(crate) fn contains(self, hint: Hint) -> bool {
        self.0 & (1 << hint as u8) != 0
    }
    pub(crate) fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// Only the hints that point to the article (drops every chrome hint).
    pub(crate) fn positives(self) -> HintSet {
        HintSet(self.0 & ((1 << Hint::ArticleBody as u8) | (1 << Hint::Content as u8)))
    }
    /// True when some hint points away from the article (anything but the
    /// article-body, content, caption and credit hints).
    pub(crate) fn has_chrome(self) -> bool {
        let keep = [
            Hint::ArticleBody,
            Hint::Content,
            Hint::Caption,
            Hint::Credit,
            Hint::ScreenReader,
        ];
        let mask = keep.iter().fold(0, |m, h| m | (1 << *h as u8));
        self.0 & !mask != 0
    }
    pub(crate) fn union(self, other: HintSet) -> HintSet {
        HintSet(self.0 | other.0)
    }
    /// Every hint not in `self`.
    pub(crate) fn complement(self) -> HintSet {
        HintSet(!self.0)
    }
    /// The hints of `self` that are not in `other`.
    pub(crate) fn without(self, other: HintSet) -> HintSet {
        HintSet(self.0 & !other.0)
    }
}

#[cfg(test)]
const ALL_HINTS: [Hint; 23] = [
    Hint::ArticleBody,
    Hint::Content,
    Hint::Share,
    Hint::Comments,
    Hint::Subscribe,
    Hint::Newsletter,
    Hint::Paywall,
    Hint::Related,
    Hint::Advertisement,
    Hint::Promo,
    Hint::Cookie,
    Hint::Caption,
    Hint::Credit,
    Hint::Byline,
    Hint::Navigation,
    Hint::Footer,
    Hint::Header,
    Hint::Sidebar,
    Hint::Tags,
    Hint::Legal,
    Hint::ScreenReader,
    Hint::Modal,
    Hint::Widget,
];

fn automaton() -> Option<&'static AhoCorasick> {
    static AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(TABLE.iter().map(|(p, _, _)| p))
            .ok()
    })
    .as_ref()
}

/// The hints a `class` or `id` value gives.
/// Prefixes that make a class name a modifier or a state of the page's layout, not a
/// function of the element: `no-sidebar`, `has-comments`, `with-share-bar`,
/// `without-ads`, `hasMenu` say what the template does around the content they wrap.
const MODIFIER_PREFIXES: [&[u8]; 4] = [b"no", b"has", b"with", b"without"];

/// Suffixes that make a class name a destination or a loading state, not a function:
/// `skip-link-target` is where the skip link lands (the content itself), `skip-lazy`
/// an image the lazy loader leaves alone.
const MODIFIER_SUFFIXES: [&[u8]; 2] = [b"target", b"lazy"];

/// Whether the class token holding byte `at` starts with a modifier prefix followed by a
/// separator (`no-share`, `has_sidebar`) or ends with a separator and a modifier suffix
/// (`skip-link-target`), so its hint says nothing of the element.
fn in_modifier_token(bytes: &[u8], at: usize) -> bool {
    let start = bytes
        .get(..at)
        .unwrap_or_default()
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |i| i + 1);
    let end = bytes
        .get(at..)
        .unwrap_or_default()
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(bytes.len(), |i| at + i);
    let whole = bytes.get(start..end).unwrap_or_default();
    let suffixed = MODIFIER_SUFFIXES.iter().any(|s| {
        whole.len() > s.len() + 1
            && whole
                .get(whole.len() - s.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(s))
            && matches!(whole.get(whole.len() - s.len() - 1), Some(b'-' | b'_'))
            && at + 1 < end - s.len()
    });
    if suffixed {
        return true;
    }
    let token = bytes.get(start..).unwrap_or_default();
    MODIFIER_PREFIXES.iter().any(|p| {
        let separated = token
            .get(..p.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(p))
            && matches!(token.get(p.len()), Some(b'-' | b'_'));
        // camelCase: `hasMenu`, `noSidebar` (the prefix in lower case, then a capital).
        let camel = token.get(..p.len()) == Some(*p)
            && token.get(p.len()).is_some_and(u8::is_ascii_uppercase);
        token.len() > p.len() + 1 && (separated || camel) && start + p.len() <= at
    })
}

/// Whether a promo match is the state "promoted" ending its class name (`promoted`,
/// `node--promoted`, `is-promoted`: a CMS marks an article promoted to the front
/// page), not a promoted box (`promoted-content`, `promotedLinks`).
fn is_promoted_state(bytes: &[u8], end: usize, hint: Hint) -> bool {
    hint == Hint::Promo
        && bytes
            .get(end..end + 3)
            .is_some_and(|t| t.eq_ignore_ascii_case(b"ted"))
        && bytes.get(end + 3).is_none_or(u8::is_ascii_whitespace)
}

pub(crate) fn hints_of(name: &str) -> HintSet {
    let mut set = HintSet::default();
    let Some(ac) = automaton() else { return set };
    let bytes = name.as_bytes();
    let is_word = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    for m in ac.find_overlapping_iter(name) {
        let Some(&(_, how, hint)) = TABLE.get(m.pattern().as_usize()) else {
            continue;
        };
        let starts_token = m.start() == 0 || !is_word(m.start() - 1);
        let ends_token = !is_word(m.end());
        let ok = match how {
            Match::Within => true,
            Match::Token => starts_token && ends_token,
            Match::ClassStart => {
                let at_class_start = m.start() == 0
                    || bytes
                        .get(m.start() - 1)
                        .is_some_and(u8::is_ascii_whitespace);
                at_class_start
                    && !bytes
                        .get(m.end())
                        .is_some_and(|b| b.is_ascii_alphanumeric())
            }
            Match::TokenStart => {
                // `ad`, `ad-slot`, `ad_top`, `ads300`: a token starting with the pattern
                // followed by a separator or digits, never more letters (`admin`, `adobe`).
                starts_token && !bytes.get(m.end()).is_some_and(|b| b.is_ascii_alphabetic())
            }
        };
        if ok && !in_modifier_token(bytes, m.start()) && !is_promoted_state(bytes, m.end(), hint) {
            set.insert(hint);
        }
    }
    // A specific article-body name beats generic names on the same element
    // ("entry-content entry-content-read-more", "elementor-widget-theme-post-content").
    if set.contains(Hint::ArticleBody) {
        set = set.positives();
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(name: &str, hint: Hint) -> bool {
        hints_of(name).contains(hint)
    }

    #[test]
    fn modifier_tokens_name_no_function() {
        assert!(!has("no-sidebar", Hint::Sidebar));
        assert!(!has("page has-comments", Hint::Comments));
        assert!(!has("with_share_bar", Hint::Share));
        assert!(!has("layout without-ads", Hint::Advertisement));
        // The prefix must be a whole word before a separator, and other tokens still count.
        assert!(has("nosidebar sidebar", Hint::Sidebar));
        assert!(has("notice-cookie", Hint::Cookie));
        assert!(has("no-sidebar share-bar", Hint::Share));
        // camelCase modifiers: a lower-case prefix, then a capital.
        assert!(!has("author hasMenu", Hint::Navigation));
        assert!(!has("noSidebar", Hint::Sidebar));
        assert!(has("nomenu menu", Hint::Navigation));
        assert!(has("NoticeCookie", Hint::Cookie));
        // A destination or a loading state: where a skip link lands is the content.
        assert!(!has(
            "page-inner-wrapper skip-link-target",
            Hint::Navigation
        ));
        assert!(!has("skip-lazy wp-post-image", Hint::Navigation));
        assert!(has("skip-link screen-reader-text", Hint::Navigation));
        assert!(has("skip-link target", Hint::Navigation));
    }

    #[test]
    fn promoted_is_a_state_at_the_end_of_a_class_name() {
        assert!(!has("node node--type-page node--promoted", Hint::Promo));
        assert!(!has("hentry promoted category-news", Hint::Promo));
        assert!(!has("topics is-promoted full", Hint::Promo));
        assert!(has("recent promoted-content", Hint::Promo));
        assert!(has("promotedLinksSection_x1", Hint::Promo));
        assert!(has("promo-box", Hint::Promo));
    }

    #[test]
    fn within_matches_inside_words() {
        assert!(has("c-sharebar", Hint::Share));
        assert!(has("NewsletterSignupBox", Hint::Newsletter));
        assert!(has("entry-content clearfix", Hint::ArticleBody));
    }

    #[test]
    fn article_body_names_beat_generic_ones_on_the_same_element() {
        assert!(!has("entry-content entry-content-read-more", Hint::Related));
        assert!(!has("elementor-widget-theme-post-content", Hint::Widget));
        assert!(has("read-more-links", Hint::Related));
        assert!(has("widget widget_recent_entries", Hint::Widget));
        assert!(!has("elementor-widget-container", Hint::Widget));
    }

    #[test]
    fn token_patterns_need_boundaries() {
        assert!(has("ad", Hint::Advertisement));
        assert!(has("ad-slot top", Hint::Advertisement));
        assert!(has("ads_300x250", Hint::Advertisement));
        assert!(!has("header", Hint::Advertisement));
        assert!(!has("admin-bar", Hint::Advertisement));
        assert!(!has("shadow", Hint::Advertisement));
        assert!(has("site-header", Hint::Header));
        assert!(!has("subheader-text", Hint::Header));
        assert!(has("main", Hint::Content));
        assert!(!has("domain", Hint::Content));
    }

    #[test]
    fn every_hint_is_reachable() {
        for h in ALL_HINTS {
            assert!(
                TABLE.iter().any(|(_, _, t)| *t == h),
                "{h:?} has no pattern"
            );
        }
        assert_eq!(ALL_HINTS.len() as u8, Hint::Widget as u8 + 1);
    }

    #[test]
    fn empty_and_odd_names() {
        assert!(hints_of("").is_empty());
        assert!(hints_of("  \u{0}é☃ ").is_empty());
    }
}
