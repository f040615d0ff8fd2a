//! The kind step's tables: how specific each piece of evidence for a kind is, and the
//! zero-weight cues (`K…`) the step records when it reads a kind itself.
//!
//! Keep/drop is the score's question; which chrome a dropped block is, is this one
//! (see `crate::kinds`). Every reason a block carries that points to a kind is evidence
//! for that kind, ranked by its [`Tier`]. Kinds are compared tier by tier from the most
//! specific: the kind with the most evidence in the highest tier where they differ wins
//! (each reason counts its rule's weight, or the row's [`Evidence::strength`] when it
//! sets one); a full tie goes to the kind whose reason came first. Evidence of
//! [`Kind::Other`](crate::Kind::Other) counts only from a phrase: a form, a button, a
//! pop-up or a sidebar says a block is chrome, not which.

use super::Rule;
use super::matcher::{Flags, PatternSet};
use std::sync::OnceLock;

/// How specific a piece of kind evidence is, most specific first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Tier {
    /// A phrase or cue of the kind itself (`P…`, the `K1…` cues).
    Phrase,
    /// The name (class or id) of the block's element or a near ancestor (`H0…`) that
    /// names a kind: share, comments, subscribe, newsletter, related, caption, credit...
    NearName,
    /// The same names on an ancestor further up (`H1…`).
    FarName,
    /// The block's own shape: what its link looks like, an image above it, a credit
    /// below it, a figure or an address around it (`K2…`, some `S…`, `C006`).
    Shape,
    /// Where the block sits: a nav, header, footer or aside landmark, or a container
    /// named only for its place (footer, header, sidebar, widget).
    Place,
    /// The kind of the block's run of blocks (`K3…`), for a block with no evidence of
    /// shape or better.
    Run,
    /// Only that the block is mostly links (`L001`).
    Links,
}

/// The number of tiers.
pub(crate) const TIERS: usize = 7;

/// One row of the evidence table: the reasons whose code starts with `code` (the
/// longest matching row applies), their tier (`None`: the reason names no kind), and
/// the strength they count with, when not their rule's weight.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Evidence {
    pub code: &'static str,
    pub tier: Option<Tier>,
    pub strength: Option<f32>,
    /// Why the row ranks where it does.
    #[allow(dead_code)]
    pub doc: &'static str,
}

const fn row(code: &'static str, tier: Option<Tier>, doc: &'static str) -> Evidence {
    Evidence {
        code,
        tier,
        strength: None,
        doc,
    }
}

const fn strong(code: &'static str, tier: Tier, strength: f32, doc: &'static str) -> Evidence {
    Evidence {
        code,
        tier: Some(tier),
        strength: Some(strength),
        doc,
    }
}

/// The evidence table.
pub(crate) const EVIDENCE: &[Evidence] = &[
    row(
        "P",
        Some(Tier::Phrase),
        "A chrome phrase names its kind: the wording of a prompt, a credit, a label.",
    ),
    strong(
        "K1",
        Tier::Phrase,
        3.0,
        "A kind cue read from the block's own text.",
    ),
    strong(
        "K102",
        Tier::Phrase,
        10.0,
        "A newsletter named in or around a subscribe call: free email wins over the word subscribe (KINDS.md).",
    ),
    strong(
        "K101",
        Tier::Phrase,
        10.0,
        "A © line by a figure: the image's credit, which a copyright phrase alone would call legal.",
    ),
    strong(
        "K124",
        Tier::Phrase,
        10.0,
        "A comment section's own byline, consent box or log-in prompt: the section decides (KINDS.md), over the line's own byline or consent wording.",
    ),
    strong(
        "K114",
        Tier::Phrase,
        4.0,
        "An author bio's heading is a byline; it outranks the generic about-section phrase.",
    ),
    strong(
        "K115",
        Tier::Phrase,
        4.0,
        "A comment label is the comments' (KINDS.md), which the share-bar phrase would call share.",
    ),
    strong(
        "K104",
        Tier::Phrase,
        4.0,
        "Advertising choices and affiliate disclosures are advertisement (KINDS.md), which the broad copyright phrase would call legal.",
    ),
    strong(
        "K116",
        Tier::Phrase,
        4.0,
        "An ad label ('Sponsor message', 'Sponsored posts') outranks the pay call's 'Sponsor X': the box is the sponsor's, not a call to pay the publisher.",
    ),
    strong(
        "K119",
        Tier::Phrase,
        1.0,
        "A legal word in a short label is weaker evidence than a whole legal phrase or any other kind's phrase.",
    ),
    row(
        "H0",
        Some(Tier::NearName),
        "The class or id of the block or a near ancestor names a kind.",
    ),
    row(
        "H1",
        Some(Tier::FarName),
        "The class or id of an ancestor further up names a kind.",
    ),
    strong(
        "H013",
        Tier::NearName,
        3.0,
        "A credit name is more specific than the caption name around it (a credit sits inside the caption).",
    ),
    row(
        "H016",
        Some(Tier::Place),
        "A footer name says where a block is; a footer holds menus, legal lines and more.",
    ),
    row(
        "H116",
        Some(Tier::Place),
        "A footer name further up, likewise.",
    ),
    row(
        "H017",
        Some(Tier::Place),
        "A header name says where a block is.",
    ),
    row(
        "H117",
        Some(Tier::Place),
        "A header name further up, likewise.",
    ),
    row(
        "H023",
        Some(Tier::Place),
        "A widget or card name: a box, not a kind.",
    ),
    row(
        "H123",
        Some(Tier::Place),
        "A widget name further up, likewise.",
    ),
    row(
        "S",
        Some(Tier::Place),
        "A landmark (nav, header, footer, aside) says where a block is.",
    ),
    row(
        "S005",
        Some(Tier::Shape),
        "Inside a figure: its caption or credit.",
    ),
    row(
        "S012",
        Some(Tier::Place),
        "A short line after an image: after any icon or logo too, so no more than a place.",
    ),
    row(
        "S013",
        Some(Tier::Place),
        "A short line before an image credit: a place, likewise.",
    ),
    row(
        "S014",
        Some(Tier::Shape),
        "Inside an address: a contact or author line.",
    ),
    row(
        "C016",
        Some(Tier::NearName),
        "A customer-reviews name on a product page: the reviews are its comments, authors and dates with them (KINDS.md), as under a comment-section name.",
    ),
    row(
        "C006",
        Some(Tier::Shape),
        "A teaser card's summary, in a pattern the page repeats.",
    ),
    strong(
        "K2",
        Tier::Shape,
        5.0,
        "The shape of a link item: a short menu link or a headline-length teaser link; it outranks the place it sits in.",
    ),
    strong(
        "K3",
        Tier::Run,
        1.0,
        "The kind of the block's run of blocks.",
    ),
    row(
        "L001",
        Some(Tier::Links),
        "Mostly link text: related links when nothing more specific is known.",
    ),
    row(
        "C",
        None,
        "Context rules move the score, they do not name a kind (C006 aside).",
    ),
    row(
        "M",
        None,
        "Being outside the main container says a block is chrome, not which.",
    ),
    row(
        "T",
        None,
        "Text shape and markup-as-text say nothing of the kind.",
    ),
];

/// The evidence row of a rule code: the longest `code` prefix that matches. Looked up
/// in a table built once from every rule's code (the kind step asks for each reason of
/// each dropped block); a code outside the rule table is matched directly.
pub(crate) fn evidence_of(code: &str) -> Option<&'static Evidence> {
    static BY_CODE: OnceLock<rustc_hash::FxHashMap<&'static str, Option<&'static Evidence>>> =
        OnceLock::new();
    let by_code = BY_CODE.get_or_init(|| {
        super::all()
            .map(|r| (r.code, evidence_by_prefix(r.code)))
            .collect()
    });
    match by_code.get(code) {
        Some(found) => *found,
        None => evidence_by_prefix(code),
    }
}

/// [`evidence_of`] by a walk over the table: the reference the lookup is built from.
fn evidence_by_prefix(code: &str) -> Option<&'static Evidence> {
    EVIDENCE
        .iter()
        .filter(|e| code.starts_with(e.code))
        .max_by_key(|e| e.code.len())
}

/// The kind cues: zero-weight rules (they never move a score) that the kind step
/// records when it reads a kind itself.
pub(crate) mod cues {
    use super::Rule;
    use crate::Kind;

    macro_rules! rules {
        ($($id:ident = $code:literal $name:literal $kind:expr, $doc:literal;)*) => {
            $(#[doc = $doc] pub const $id: Rule = Rule::new($code, $name, 0.0, $kind, $doc);)*
            /// All the kind cues.
            pub const ALL: &[&Rule] = &[$(&$id),*];
        };
    }

    rules! {
        FIGURE_CREDIT = "K101" "figure-credit" Some(Kind::ImageCredit),
            "Kind cue: a short copyright line inside a figure or caption, or right under an image: the image's credit, not the site's copyright.";
        NEWSLETTER_BOX = "K102" "newsletter-box" Some(Kind::NewsletterPitch),
            "Kind cue: a subscribe call, share label or sign-up line that names a newsletter, or whose box (near name or neighbouring blocks) does: free email wins over the word subscribe.";
        PAY_CALL = "K103" "pay-call" Some(Kind::SubscribePrompt),
            "Kind cue: a short call to pay the publisher ('Subscriptions', 'Donate', 'Become a member', 'Support us', 'Support the X', 'Sponsor X', 'X Premium', 'X Plus', 'Join the X', 'Contribute', 'Renew subscription', 'Go ad-free'), also as a menu item.";
        AD_CHOICES = "K104" "ad-choices" Some(Kind::Advertisement),
            "Kind cue: advertising choices and disclosures ('Ad choices', 'Interest-based ads', 'affiliate links', 'we may earn a commission').";
        PRIVACY_CHOICES = "K105" "privacy-choices" Some(Kind::CookieNotice),
            "Kind cue: consent and privacy-choice controls ('Privacy preferences', 'Your privacy choices', 'Manage consent', 'Do not sell my information'), and any short line that names cookies ('Cookies', 'Cookie choices').";
        COMMENT_FORM = "K106" "comment-form" Some(Kind::Comments),
            "Kind cue: a comment form's lines ('Your email address will not be published', 'Required fields are marked', 'Leave a reply', 'Cancel reply', 'Post comment').";
        LEGAL_LINK = "K107" "legal-link" Some(Kind::Legal),
            "Kind cue: a short legal label or link ('Terms & Conditions', 'Privacy policy', 'Disclaimer', 'Imprint', 'Your privacy rights').";
        SOCIAL_LINK = "K108" "social-link" Some(Kind::Share),
            "Kind cue: a short link or label (up to 6 words) naming a social network or a sharing action ('Instagram', 'GitHub on LinkedIn', 'Follow us on X', 'Find us on social media', 'Print', 'Printable version', 'Permalink'): sharing and following.";
        DATE_LINE = "K109" "date-line" Some(Kind::Byline),
            "Kind cue: a short line of author or date ('Thread starter ...', 'Start date ...', 'Posted by', a written-out or numeric date, a relative time: '9 mins ago').";
        NAV_LABEL = "K111" "nav-label" Some(Kind::Navigation),
            "Kind cue: a line that opens with a skip, jump, go-to or back-to-top link, a pager's older/newer label, a 'See all', 'View more' or 'Load more' link, or a sort control ('Sorted by:').";
        RIGHTS_LINE = "K112" "rights-line" Some(Kind::Legal),
            "Kind cue: a copyright line of any length (opens with © or 'Copyright', or says 'all rights reserved'): the copyright phrase stops at 40 words, a footer's legal paragraph does not.";
        TIP_BOX = "K113" "tip-box" Some(Kind::Other),
            "Kind cue: a news-tip or feedback box ('Have a tip?', 'Send us a tip', 'Give us feedback', 'Was this page helpful?', 'Report a problem', 'Suggest a topic'), a trust-project link, an ad-blocker notice, a visitor or online-users counter ('10,423 hits', '(Visited 1,902 times, 364 visits today)'), a temperature alone (a weather widget), a tracking id or build stamp shown as text, a poll or petition call, a service-status widget ('All systems operational'), a government-site banner, opening hours, a free-shipping strip, an app pitch ('available on iOS and Android'): chrome of no named kind (KINDS.md's examples of Other).";
        ABOUT_AUTHOR = "K114" "about-author" Some(Kind::Byline),
            "Kind cue: 'About the author' (and 'Über den Autor', 'À propos de l'auteur', 'Sobre el autor', 'Об авторе'...): an author bio box's heading is a byline (KINDS.md), which the about-section phrase would call other.";
        COMMENT_LABEL = "K115" "comment-label" Some(Kind::Comments),
            "Kind cue: a comment section's label or heading ('Comments', '12 comments', 'Comment on this article', 'Tell us what you think'), which the share-bar phrase also matches: the comments are their own kind.";
        AD_LABEL = "K116" "ad-label" Some(Kind::Advertisement),
            "Kind cue: a short label of a sponsored or promoted box ('Sponsored by X' anywhere in a short line, a line of up to 16 words ending in 'Sponsored / Supported / Presented by X' (a teaser that names its sponsor), 'Sponsored' with one word after it, 'Promo content', 'Partner offers', 'Advertisers', 'Advertisement'): advertisement, which the box's link shape would call a menu or teasers.";
        FOOTER_BLURB = "K117" "footer-blurb" Some(Kind::Other),
            "Kind cue: a paragraph of prose (20+ words, little link text) in a footer that no phrase names: the site's about blurb or address, chrome of no named kind (KINDS.md's Other), which the footer's menus around it would call navigation.";
        CREDIT_LEAD = "K118" "credit-lead" Some(Kind::ImageCredit),
            "Kind cue: a short line (up to 10 words) that opens with a credit label ('Credit: X', 'Image credit: X', 'Photo by X'): a credit alone in its block (KINDS.md), which the credit-suffix phrase of a caption would call a caption.";
        LEGAL_WORD = "K119" "legal-word" Some(Kind::Legal),
            "Kind cue: a short label (up to 6 words: a Japanese or Korean label's characters count two to a word) with a legal word in it ('Rules and Terms', 'Privacy & Security', 'Legal imprint', 'Warranty rights', 'Accessibility: ...', 'Right of Withdrawal', 'Datenschutz', 'プライバシー・ポリシー', '개인정보취급방침'): a legal or compliance link, weaker than any other phrase (a privacy-choices control stays the cookie notice's).";
        INBOX_LINE = "K120" "inbox-line" Some(Kind::NewsletterPitch),
            "Kind cue: a short line that promises the inbox or names email updates ('Get X direct to your inbox', 'Want updates to your inbox?', 'Subscribe to email updates', 'Email alerts', 'Every week we'll send you ...'): free email, a newsletter pitch, and its box's subscribe call with it (KINDS.md: 'newsletter' or 'inbox').";
        LIST_LABEL = "K121" "list-label" Some(Kind::RelatedLinks),
            "Kind cue: a short label of a list of other pages ('Similar threads', 'Recent posts', 'Hot threads', 'Popular articles', 'Latest videos', 'Watch next'): related links, which the author and date lines of the list's items would call a byline.";
        CREDIT_NAME = "K122" "credit-name" Some(Kind::ImageCredit),
            "Kind cue: a figure caption of one to three words with no digit and no sentence end ('Adobe', 'Apple, Inc.', 'NASA Worldview'): a name, the image's credit alone in its block (KINDS.md), not a caption, which says what the image shows.";
        DISCLAIMER = "K123" "disclaimer" Some(Kind::Legal),
            "Kind cue: a disclaimer or terms statement ('The views expressed ... do not necessarily reflect', 'Opinions expressed by contributors are their own', 'By using this website you agree to our terms', 'Reuse this content', 'X is part of the Y Group'): legal, whatever links or byline names sit around it.";
        COMMENT_PART = "K124" "comment-part" Some(Kind::Comments),
            "Kind cue: in a comment section (a comment name on the block or an ancestor), what reads as a byline, a cookie consent or a log-in gate is the comments' own: a commenter's name and date, the form's 'save my name in this browser' box, 'log in to comment'.";
        CREDIT_SHAPE = "K110" "credit-shape" Some(Kind::ImageCredit),
            "Kind cue: in a figure or caption, or right under an image, a line shaped like a credit and nothing else: a lone @handle, or 'Name for Publication'.";
        MENU_LINK = "K201" "menu-link" Some(Kind::Navigation),
            "Kind cue: a short link (1 to 3 words, mostly link text) in a nav, header or footer (landmark or name), or an item of a list of such links, or a row of three or more links of 1 to 3 words each, or a link that jumps to a place on the page (a table of contents' entry, a skip link): a menu item or a menu.";
        TEASER_LINK = "K202" "teaser-link" Some(Kind::RelatedLinks),
            "Kind cue: a linked item of headline length (5+ words, mostly link text, one or two links) outside a nav landmark or navigation name: a teaser of another page, wherever else it sits.";
        PAGER_LINK = "K203" "pager-link" Some(Kind::Navigation),
            "Kind cue: a link that opens or closes with a paging arrow ('« Previous post title', 'Next post title »', '← Older', 'Newer →'): the post-to-post pager, navigation, however long the title it carries.";
        RUN_KIND = "K301" "run-kind" None,
            "Kind cue: a dropped block with no evidence of shape or better takes the kind most blocks of its run were given (the nearest container that has any: a nav list is navigation, a teaser grid related links). The reason carries the kind.";
        PAY_OFFER = "K126" "pay-offer" Some(Kind::SubscribePrompt),
            "Kind cue: a line of a paid offer that no subscribe phrase names ('$59.99/year', 'Premium allows ad-free access', 'please consider supporting the site', 'member perks'): a pitch to pay the publisher, which the box's modal, sidebar or footer names would call other.";
        LINKLESS_LINE = "K302" "linkless-line" Some(Kind::Other),
            "Kind cue: a dropped sentence with no cue of its own (6+ words, under a third link text, not a heading or button) whose run is menus or teasers, or, with no run, whose only evidence is a header or footer around it: not a menu item (nor a legal line, without a legal phrase) but a tagline, address, opening hours or notice, chrome of no named kind (Other).";
    }
}

/// The text cues of [`cues`], with the longest block (in words) each applies to.
pub(crate) const TEXT_CUES: &[(&Rule, u32, &str)] = &[
    (
        &cues::PAY_CALL,
        4,
        r"^(digital |print |gift |(manage|renew) (my |your )?)?subscri(be|ptions?)\b|\bad[- ]free\b|^donat(e|ions?)\b|\bbecome a (member|supporter|patron|subscriber|sponsor)\b|^support (us|our|the|public|independent|local|quality|\w+ journalism)\b|^(join|get) (a )?membership\b|^sponsor( us)? \w|^(give|make) a (gift|donation|contribution)\b|^contribute\W*$|\w (premium|plus)\W*$|^(get|go|try) (premium|plus|unlimited|all access)\b|^join (now|today|the (?-i:[A-Z])\w+)\W*$",
    ),
    (
        &cues::AD_CHOICES,
        60,
        r"\bad ?choices\b|\binterest[- ]based (ads|advertising)\b|\badvertise (with|on) us\b|\baffiliate\b|\bassociates? program\b|\breferral links?\b|\b(earn|receive)s? (a |an )?(small )?(commission|compensation|money|share)\b",
    ),
    (
        &cues::AD_LABEL,
        8,
        r"\bsponsored by\b|^(promo|promoted|promotional|sponsor|sponsored|partner|paid) (content|offers?|links?|stories|posts?|messages?)\W*$|^(sponsored|promoted)( [\w-]+)?\W*$|^(our )?advertisers\W*$|^(advertisements?|advertising|adverts?)\W*$",
    ),
    // A teaser ending in its sponsor's name ("The top trends in AI Supported by Acme").
    (
        &cues::AD_LABEL,
        16,
        r"\b(sponsored|supported|presented|underwritten) by( [\w&.'-]+){1,3}\W*$",
    ),
    (
        &cues::PRIVACY_CHOICES,
        12,
        r"\bprivacy (preferences|choices|manager|settings|center|centre)\b|\b(manage|change) (ad |cookie )?consent\b|\bconsent (preferences|settings|manager)\b|\bdo not (sell|share)( or (sell|share))? my\b|\bcookies?\b|\btracking (preferences|settings|choices)\b",
    ),
    (
        &cues::COMMENT_FORM,
        20,
        r"\byour e-?mail address will not be published\b|\brequired fields are marked\b|^(leave|post) a (reply|comment)\b|^cancel reply\b|^post (a )?comment\b|\bnotify me of (follow-up|new) comments\b",
    ),
    (
        &cues::NAV_LABEL,
        12,
        r"^(skip to|jump to|back to (top|home)|go to|to the (page |main )?content)\b|^(next|previous|prev|older|newer) (page|posts?|articles?|entries|stories)\b|^(see|view|show|load|browse) (all|more)\b|^sort(ed)? by\b",
    ),
    (
        &cues::RIGHTS_LINE,
        150,
        r"^(©|\(c\) \d|copyright\b)|\ball rights reserved\b",
    ),
    (
        &cues::TIP_BOX,
        30,
        r"\b(have|got) a (news |story )?tip\b|\bsend us (a |your )?(news |story )?tips?\b|^news ?tips?\W*$|\bconfidential (news )?tip\b|\b(give|send) us (your )?feedback\b|^feedback\b|\bfeedback to (the )?editors?\b|\bhave your say\b|^(was|is) this (page |article |answer |post |information )?(helpful|useful)\b|^help (us )?improve\b|\breport a (problem|bug|mistake|typo)\b|^(submit|suggest) an? (topic|story|tip|fact[- ]check|correction|edit)\b|^why you can trust\b|\bad ?blockers?\b|\busers? on-?line\b|\busu(a|á)rios on-?line\b|\b[\d.,]+ (hits|visits|page ?views|visitors)\b|\bvisits today\b|^\(?visited [\d.,]+ times\b|^-?\d{1,3} ?°[cf]?\W*$|^ua-\d+-\d+$|^build:? [0-9a-f][0-9a-f.]+$|^(polls?|polling|petitions?|petisi)\b|\ball systems operational\b|\bstatus page\b|\bofficial website of\b|\b(business|opening|office) hours\b|\bfree (shipping|delivery)\b|\bavailable (on|for) (ios|android|iphone)\b|\b(download|get) (our|the) app\b",
    ),
    (
        &cues::ABOUT_AUTHOR,
        6,
        r"^about the (author|writer|contributor)s?\b|^((?:ü|Ü)ber (den autor|die autorin)|(?:à|À) propos de l(?:'|’)auteur|sobre (el|la|o|a) autora?|sull(?:'|’)aut(ore|rice)|over de auteur|tentang penulis|(?:о|О)б авторе)(?:\W|$)",
    ),
    (
        &cues::COMMENT_LABEL,
        8,
        r"^(\d+ )?comments?( \(\d+\))?\W*$|^comment (on|about) (this|the) (article|story|post)\b|^tell us what you think\b|^(leave|post|add|write) (a |your )?(comment|reply)\b|^join the (conversation|discussion)\b",
    ),
    (
        &cues::CREDIT_LEAD,
        10,
        r"^\W{0,3}((image|photo|photograph|picture|video)s? )?credits?\s*(:|\.{2,})|^\W{0,3}(photo|image|picture|photograph)s?( illustration)? by\b",
    ),
    (
        &cues::INBOX_LINE,
        30,
        r"\b(to|in|into) your (e-?mail )?inbox\b|\be-?mail (updates|alerts|digest|briefing)\b|^subscribe (to|for) (our )?(free )?e-?mails?\b|^(every|each) (week|weekday|day|morning|month|friday|sunday)( morning)?,? we(’ll|'ll| will) (send|share|deliver|email)\b",
    ),
    (
        &cues::PAY_OFFER,
        40,
        r"(\$|£|€)\s?\d+([.,]\d\d)?\s?(/|a |per )\s?(week|wk|month|mo|year|yr)\b|\bad[- ]free (access|experience|browsing|reading|version)\b|\bplease consider (supporting|becoming|a (small )?(donation|contribution)|donating)\b|\b(member|membership|subscriber) (perks|benefits|exclusives?)\b",
    ),
    (
        &cues::LIST_LABEL,
        5,
        r"^(similar|related|recent|latest|popular|hot|trending|top|new|more|other|featured|recommended)( \w+)? (threads|topics|posts|articles|stories|questions|discussions|videos|guides|reviews|entries|news)\W*$|^(watch|read|up) next\W*$",
    ),
    (
        &cues::DISCLAIMER,
        60,
        r"\b(views|opinions) expressed\b|\bdo(es)? not necessarily (reflect|represent)\b|\byou agree to (our|the|these)\b|^reuse this content\b|\bis part of (the )?(\w+ ){0,4}(group|network|media|family)\b",
    ),
    (
        &cues::CREDIT_SHAPE,
        8,
        r"^@[\w.]+$|^(?-i:[A-Z])[\w.'-]+( (?-i:[A-Z])[\w.'-]+){0,3} for (the )?(?-i:[A-Z])[\w.'-]+( (?-i:[A-Z])[\w.'-]+){0,3}$",
    ),
    (
        &cues::LEGAL_LINK,
        5,
        r"^(legal( notice| information)?|imprint|impressum|disclaimer|terms( (&|and|of) (conditions|use|service))?|privacy( policy| notice| statement)?|datenschutz\S*|mentions l\S{1,3}gales|accessibility( statement)?)\W*$|\b(your )?(california )?privacy rights\b",
    ),
    (
        &cues::LEGAL_WORD,
        6,
        r"\b(terms|privacy|legal|imprint|impressum|copyright|licensing|warranty|gdpr|ccpa|accessibility|transparency|withdrawal|notices|disclaimer|agb|cgu|cgv|privacidad|confidentialit\S*)\b|\bdatenschutz|プライバシー|個人情報|利用規約|免責|著作権|개인정보|저작권|이용약관|隐私|版权",
    ),
    (
        &cues::SOCIAL_LINK,
        6,
        r"^(instagram|youtube|tiktok|facebook|twitter|x|linkedin|pinterest|threads|mastodon|bluesky|whatsapp|telegram|snapchat|print|permalink|permanent link|email this|share)\W*$|\b(instagram|youtube|tiktok|facebook|twitter|linkedin|pinterest|mastodon|bluesky|whatsapp|telegram|snapchat|fediverse)\b|^(follow|connect with|find) us\b|\bfollow (us )?on\b|\bsocial media\b|^printable version\b|^print (this|the) (page|article|story)\b",
    ),
    (
        &cues::DATE_LINE,
        12,
        r"^(thread starter|start(ed)? date|started by|posted by|submitted by|last edited|written by)\b|^\d+ (secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?) ago\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? (19|20)\d\d\b|\b\d{1,2}\.? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (19|20)\d\d\b|\b(19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\b|^(last post:? |posted:? |on )?\d{1,2}[./]\d{1,2}[./](19|20)\d\d( (at )?\d{1,2}:\d\d( ?[ap]m)?)?\W*$",
    ),
];

/// Cues that count only in a figure or caption, or right under an image.
pub(crate) const FIGURE_CUES: &[&Rule] = &[&cues::CREDIT_SHAPE];

/// How the cues compile: the English table's flags (bytes, Unicode off).
const FLAGS: Flags = super::phrases::FLAGS;

/// The compiled [`TEXT_CUES`], one pattern per row.
pub(crate) fn text_cues() -> Option<&'static PatternSet> {
    static SET: OnceLock<Option<PatternSet>> = OnceLock::new();
    SET.get_or_init(|| {
        // Smaller prefilters for longer blocks, where fewer rows apply.
        let tiers = [applicable_cues(31), applicable_cues(13)];
        PatternSet::with_tiers(TEXT_CUES.iter().map(|(_, _, p)| *p), FLAGS, &tiers).ok()
    })
    .as_ref()
}

const _: () = assert!(TEXT_CUES.len() <= 128, "cue hits are a u128 bitset");

/// The [`TEXT_CUES`] rows that apply to a block of `words` words (a bitset in table order).
pub(crate) fn applicable_cues(words: u32) -> u128 {
    TEXT_CUES
        .iter()
        .enumerate()
        .filter(|(_, (_, max, _))| words <= *max)
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(text: &str) -> Vec<&'static str> {
        let words = text.split_whitespace().count() as u32;
        text_cues()
            .unwrap()
            .matches(text)
            .iter()
            .filter_map(|i| TEXT_CUES.get(i))
            .filter(|(_, max, _)| words <= *max)
            .map(|(r, _, _)| r.name)
            .fold(Vec::new(), |mut names, n| {
                // A cue of two rows (two word limits) is one cue, as the kinds step counts it.
                if !names.contains(&n) {
                    names.push(n);
                }
                names
            })
    }

    /// The table builds as the kinds step builds it (`text_cues` drops a table that does
    /// not); a failure names its row.
    #[test]
    fn the_cue_table_builds() {
        let tiers = [applicable_cues(31), applicable_cues(13)];
        if let Err(e) = PatternSet::with_tiers(TEXT_CUES.iter().map(|(_, _, p)| *p), FLAGS, &tiers)
        {
            panic!("{e}");
        }
        // A class with a character outside ASCII is refused by name.
        let err = PatternSet::with_tiers(["^a", "l['’]x"], FLAGS, &[]).err();
        assert!(
            err.as_deref().is_some_and(|e| e.starts_with("pattern 1 ")),
            "{err:?}"
        );
    }

    #[test]
    fn the_code_lookup_agrees_with_the_prefix_walk() {
        for r in super::super::all() {
            assert_eq!(
                evidence_of(r.code).map(|e| e.code),
                evidence_by_prefix(r.code).map(|e| e.code),
                "{}",
                r.code
            );
        }
        assert_eq!(
            evidence_of("P999").map(|e| e.code),
            evidence_by_prefix("P999").map(|e| e.code)
        );
    }

    #[test]
    fn every_row_ranks_a_known_code_range_and_cues_are_zero_weight() {
        for r in cues::ALL {
            assert_eq!(r.weight, 0.0, "{} must not move a score", r.code);
            assert!(evidence_of(r.code).is_some_and(|e| e.tier.is_some()));
        }
        assert_eq!(evidence_of("H016").map(|e| e.tier), Some(Some(Tier::Place)));
        assert_eq!(
            evidence_of("H015").map(|e| e.tier),
            Some(Some(Tier::NearName))
        );
        assert_eq!(evidence_of("M001").map(|e| e.tier), Some(None));
    }

    #[test]
    fn text_cues_name_their_kind() {
        assert_eq!(cue("Digital subscriptions"), ["pay-call"]);
        assert_eq!(cue("Donate"), ["pay-call"]);
        assert_eq!(cue("Your Ad Choices"), ["ad-choices"]);
        assert_eq!(cue("Skip to content"), ["nav-label"]);
        assert_eq!(cue("Have a Tip?"), ["tip-box"]);
        assert_eq!(cue("About the author"), ["about-author"]);
        for t in [
            "Über den Autor",
            "À propos de l'auteur",
            "Sobre el autor",
            "Sobre o autor",
            "Об авторе",
            "Tentang Penulis",
        ] {
            assert_eq!(cue(t), ["about-author"], "{t}");
        }
        assert!(cue("Sobre el autorretrato de Goya").is_empty());
        assert_eq!(cue("12 Comments"), ["comment-label"]);
        assert!(cue("© 2024 Example Media").contains(&"rights-line"));
        assert_eq!(cue("@photographer.name"), ["credit-shape"]);
        assert_eq!(cue("Jane Doe for The Daily"), ["credit-shape"]);
        assert!(cue("Jane Doe for the win").is_empty());
        // Also a legal word (K119), which counts for less than the privacy-choices cue.
        assert_eq!(
            cue("Privacy Preferences"),
            ["privacy-choices", "legal-word"]
        );
        assert_eq!(
            cue("Your email address will not be published. Required fields are marked *"),
            ["comment-form"]
        );
        assert!(cue("The company said subscriptions rose by a third last year.").is_empty());
        assert_eq!(cue("Support Public Radio"), ["pay-call"]);
        assert_eq!(cue("Daily Herald Premium"), ["pay-call"]);
        assert_eq!(cue("Join The Club"), ["pay-call"]);
        assert_eq!(cue("Sponsor the Project"), ["pay-call"]);
        assert!(cue("Support center").is_empty());
        assert_eq!(cue("Renew Subscription"), ["pay-call"]);
        assert_eq!(cue("Go ad-free"), ["pay-call"]);
        assert_eq!(cue("Transparency in Supply Chains Act"), ["legal-word"]);
        assert_eq!(cue("9 mins ago"), ["date-line"]);
        assert_eq!(
            cue("Every week we’ll share the best questions from the community"),
            ["inbox-line"]
        );
        assert_eq!(cue("10 Hours Ago - Kernel - 2 Comments"), ["date-line"]);
        assert!(cue("Ago and again").is_empty());
        for widget in [
            "10.423.242 hits",
            "(Visited 1,902 times, 364 visits today)",
            "7°C",
            "5603 usuários on-line",
            "UA-57077104-1",
            "build: 6a7a45688.1707",
        ] {
            assert_eq!(cue(widget), ["tip-box"], "{widget}");
        }
        assert!(cue("7 days").is_empty());
        assert_eq!(cue("Petition: save the pier"), ["tip-box"]);
        assert_eq!(cue("All Systems Operational"), ["tip-box"]);
        assert!(cue("Voters went to the polls").is_empty());
        assert_eq!(cue("Free Shipping Over £149"), ["tip-box"]);
        assert_eq!(cue("Opening hours: Mon-Fri 9-5"), ["tip-box"]);
        assert!(cue("Sponsored").contains(&"ad-label"));
        assert_eq!(cue("brandpost Sponsored by Acme"), ["ad-label"]);
        assert_eq!(cue("Promo Content"), ["ad-label"]);
        assert_eq!(cue("sponsored resources"), ["ad-label"]);
        assert_eq!(
            cue("The top trends in cloud automation this year Supported by Acme Systems"),
            ["ad-label"]
        );
        assert!(
            cue("The festival was supported by the city and a local bank this year.").is_empty()
        );
        assert!(cue("Sponsored content from our partners today").is_empty());
        assert_eq!(cue("Rules and Terms"), ["legal-word"]);
        assert!(cue("Privacy & Security").contains(&"legal-word"));
        // Compliance links and the legal words of other languages, CJK ones inside a
        // longer compound too.
        for label in [
            "Accessibility: non-compliant",
            "Calif. Transparency",
            "Right of Withdrawal",
            "Important Website Notices",
            "Datenschutzerklärung anzeigen",
            "プライバシー・ポリシー",
            "개인정보취급방침",
        ] {
            assert!(cue(label).contains(&"legal-word"), "{label}");
        }
        assert!(cue("Noticeboard").is_empty());
        assert_eq!(cue("Credit: Agency Name"), ["credit-lead"]);
        assert_eq!(
            cue("Photo by Jane Doe; Design by John Roe"),
            ["credit-lead"]
        );
        assert!(cue("The minister arrives at the summit. Credit: Agency").is_empty());
        assert_eq!(cue("Last post: 01/12/2025 at 6:49 pm"), ["date-line"]);
        assert_eq!(cue("28/11/2025 at 7:16 pm"), ["date-line"]);
        assert!(
            cue("The festival was sponsored by the city and a local bank this year.").is_empty()
        );
    }
}
