//! Chrome phrases: how publishers word their prompts, credits and widgets.
//!
//! All patterns are compiled into one [`PatternSet`] (case-insensitive) and run once
//! per block, and only over blocks short enough for some rule to apply
//! (`max_words`): a phrase like "subscribe" means a prompt in a ten-word box and
//! nothing in a two-hundred-word paragraph about subscriptions.

use std::sync::OnceLock;

use super::Rule;
use super::matcher::{Flags, PatternSet};
use crate::Kind;

/// A phrase rule: a pattern, the longest block (in words) it applies to, and its rule record.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Phrase {
    pub rule: Rule,
    pub pattern: &'static str,
    pub max_words: u32,
}

macro_rules! phrases {
    ($($code:literal $name:literal $kind:ident $weight:literal $max:literal $pat:literal $doc:literal;)*) => {
        /// The phrase table.
        pub(crate) const TABLE: &[Phrase] = &[$(
            Phrase {
                rule: Rule::new($code, $name, $weight, Some(Kind::$kind), $doc),
                pattern: $pat,
                max_words: $max,
            },
        )*];
    };
}

phrases! {
    // --- subscription pitches
    "P101" "subscribe-call" SubscribePrompt -3.0 12 r"^(subscribe|subscribe now|subscribe today|become a (subscriber|member)|get (full|unlimited|digital) access)\b"
        "Starts with a call to subscribe: 'Subscribe to The Week', 'Become a member'.";
    "P102" "subscribe-offer" SubscribePrompt -2.5 40 r"\b(subscribe (now|today|for|to (read|get|continue|unlock|access|our))|unlimited (digital )?access|cancel any ?time|special (introductory )?offer|(\$|£|€)\s?\d+([.,]\d\d)?\s?(/|a |per )\s?(week|wk|month|mo|year|yr))\b"
        "Sells a subscription: price per period, unlimited access, cancel anytime.";
    "P103" "support-journalism" SubscribePrompt -2.5 50 r"\b(support (our|independent|quality|local|trusted) (journalism|reporting|newsroom)|make a (contribution|donation)|donate (now|today)|become a (supporter|patron|member))\b"
        "Asks readers to pay or donate: 'support independent journalism'.";
    // --- newsletters
    "P201" "newsletter" NewsletterPitch -2.5 40 r"\bnewsletters?\b"
        "Mentions a newsletter, in a short block.";
    "P202" "inbox" NewsletterPitch -2.5 40 r"\b((delivered|straight|directly|right|sent) (directly |straight )?to your inbox|in your inbox|your inbox (every|each)|enter your e-?mail|your e-?mail address|e-?mail address|sign up for (our|free|the|daily|weekly|email))\b"
        "Asks for an email address or promises the inbox.";
    "P203" "sign-up-call" NewsletterPitch -3.0 4 r"^(sign ?up|sign me up|join( now| us| free)?|get (it|started)|submit|notify me|i(?:'|’)?m in)\W*$"
        "A bare sign-up button label.";
    "P204" "signup-consent" NewsletterPitch -2.0 60 r"\bby (signing up|subscribing|clicking|registering|submitting)\b|\bthank(s| you) for (signing up|subscribing)\b|\bunsubscribe at any time\b"
        "The fine print under a sign-up form.";
    // --- paywalls and registration walls
    "P301" "continue-reading" Paywall -3.0 15 r"\b(continue|keep) reading\b|\bread the (full|whole|rest of (the|this)) (story|article|piece)\b|\bread the rest of (the|this) post\b|\bunlock (this|the|full) (story|article|post|piece)\b"
        "'Continue reading', 'Read the full story'.";
    "P302" "subscriber-login" Paywall -3.0 25 r"\balready (a |an )?(subscriber|member|registered|have an account)\b|\b(log|sign) ?in( here)? to (read|continue|keep|access|comment|view)\b|^(already )?subscribed( to)?\b|\bregister (your account|now|for free|for a free account|to (read|continue|access|unlock))\b|\bcreate (a|an|your) (free )?account\b"
        "'Already a subscriber? Log in', 'Register your account'.";
    "P303" "subscribers-only" Paywall -3.0 60 r"\b(subscribers?|members?)[ -]only\b|\b(exclusive|available|reserved) (to|for) ([\w+]+ ){0,2}(paid |paying )?(subscribers|members)\b|\byou((?:'|’)ve| have) (reached|read|used) (your|all|the) (free|monthly|limit|\d+)|\bfree articles? (left|remaining)\b|\b\d+ (free )?articles? (left|remaining)\b"
        "Metered or subscriber-only content notices.";
    "P304" "enjoying-our" Paywall -2.0 30 r"\b(we hope|hope) you((?:'|’)re| are) enjoying\b"
        "'We hope you're enjoying our journalism': the sentence before a paywall.";
    "P305" "log-in-label" Paywall -2.5 3 r"^(log ?in|sign ?in|log ?out|sign ?out|register|my account)\W*$"
        "A bare log-in or register label.";
    // --- image credits and captions
    "P401" "image-credit" ImageCredit -3.0 25 r"^\W{0,3}(image|photo|photograph|picture|video|illustration|graphic|map|chart|artwork)s?( credits?)?\s*(:|by\b|©|\(|courtesy)|\b(image|photo|picture|video) credits?\b|^(credits?|photograph|source|courtesy( of)?)\s*:"
        "'(Image credit: ...)', 'Photo: Reuters', 'Credit: ...'.";
    "P403" "credit-suffix" Caption -3.0 70 r"\((image|photo|photograph|picture|pictures|credit|source|video|illustration)s?( credit)?\s*:[^)]{0,80}\)\s*$|\((ap|afp|reuters|getty) (photo|images)[^)]{0,80}\)\s*$|\bcredit:\s*[^.]{0,80}$|\([^():]{2,40}:\s*(?-i:[A-Z])[^():]{1,40}\)\s*$|\bphoto(graph)?s? by (?-i:[A-Z])[^.]{1,40}\.?\s*$|\bphoto(graph)?s? by the (author|writer)\.?\s*$"
        "A line that ends with its image credit: '... Hong Kong (Image: GETTY)', '(AP Photo/...)': a caption.";
    "P404" "name-slash-outlet" ImageCredit -2.5 8 r"^(?-i:[A-Z])[\w.'-]+( (?-i:[A-Z])[\w.'-]+){0,3}\s?/\s?(?-i:[A-Z])[\w .&/'-]{1,60}$"
        "'Karen Lowe/East Coast Observer': a photographer and an outlet, the shape of a credit line.";
    "P402" "photo-agency" ImageCredit -2.0 12 r"\b(getty ?images|shutterstock|istock(photo)?|alamy|ap photo|afp( via getty)?|reuters/|epa-efe|associated press|via getty|sopa images|nurphoto|bloomberg via)\b|(^|\s)©"
        "Names a photo agency, in a short line.";
    "P104" "click-here" SubscribePrompt -2.0 20 r"\bclick(ing)? here\b|\b\d+ issues for\b"
        "'Click here', '12 issues for £11.99': calls to action.";
    "P906" "script-notice" Other -3.0 20 r"\b(requires?|enable|turn on|activate) javascript\b|\bjavascript (is )?(required|disabled|turned off)\b"
        "'This slideshow requires JavaScript', 'Please enable JavaScript': a widget's fallback for browsers without scripts, never the page's text.";
    // --- bylines and dates
    "P501" "byline" Byline -2.5 12 r"^((written|words|reporting|reported|story|text|photos|edited|interview) )?by\s+(?-i:(?u:\p{Lu}))"
        "'By Jane Doe': the byline.";
    "P504" "contributors" Byline -2.5 25 r"\bcontributed (to )?(this|the) (report|story|article)\b|\bcontributed reporting\b|^(additional )?reporting by\b|^contact (?-i:[A-Z])\w+|\b(got|have) a (news |story )?tip\b"
        "'... contributed to this report', 'Contact Jane Doe', 'Got a story tip?'.";
    "P502" "read-time" Byline -2.5 10 r"\b\d+\s*(-\s*)?(min|mins|minute|minutes)\s+read\b|\breading time\b"
        "'5 min read'.";
    "P503" "dateline" Byline -2.0 14 r"^(published|updated|posted|last (updated|modified)|first published|originally published|thread starter|start date|started by|submitted by|last edited)\b|^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? (\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|^\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|^\d{4}-\d\d-\d\d\b"
        "A publication date or 'Updated ...' line, or a forum thread's opener and start date ('Thread starter X', 'Start date ...', 'Started by X').";
    // --- share bars
    "P602" "follow-us" Share -2.5 25 r"^follow (us|@\w+|[a-z]+ on)\b|\bfollow us on (twitter|facebook|instagram|linkedin|youtube|tiktok|x)\b|\blike us on facebook\b|\b(mention|tag) [@#]\w+"
        "'Follow us on Twitter', 'Follow @Site on Twitter'.";
    "P601" "share" Share -3.0 6 r"^(share|tweet|e-?mail|print|copy( the)? link|link copied|pin( it)?|whatsapp|facebook|twitter|linkedin|reddit|pinterest|flipboard|messenger|x|threads|bluesky|save( article)?|gift( this)? article|comments?)\b(\W|$)|\bshare (this|on|via|the|article|story)\b|\bclick to share\b"
        "Share-bar labels: 'Share', 'Tweet', 'Copy link', 'Share on Facebook'.";
    // --- navigation and related links
    "P701" "navigation-label" Navigation -2.5 6 r"^jump to\b|^(home|menu|search|skip to (main )?content|skip to navigation|back to top|next|previous|prev|sections|close|open|more|toggle|all (sections|topics)|you are here|page \d+( of \d+)?|((image|photo|picture|slide)s? )?\d{1,3} ?(of|/) ?\d{1,3})\W*$"
        "Menu and pager labels.";
    "P702" "related" RelatedLinks -2.5 14 r"^(read|see|watch|listen)( more| also| next)?\s*:|^more( \w+){1,2} (stories|guides|articles|reads|reviews|coverage|videos)\W*$|^(also on|explore (further|more))\b|^(related|recommended|more (from|on|in|about|stories|news|articles)|most (popular|read|viewed|shared|emailed)|trending( now)?|you (may|might) (also )?(like|enjoy|be interested)|also (read|on|see)|don(?:'|’)?t miss|editor(?:'|’)?s (picks|choice)|top stories|latest (news|stories)|popular (now|stories)|what to read next|further reading|in case you missed it|recommended (for you|reading|stories))\b"
        "'Read more:', 'Related', 'Most popular', 'You may also like'.";
    // --- cookie notices and ads
    "P801" "cookies" CookieNotice -3.0 90 r"\b(uses?|using|use of) cookies\b|\bcookies? (policy|settings|preferences|consent|notice|banner)\b|\baccept (all )?cookies\b|\bmanage (your )?(consent|preferences|cookie)|\bwe (and our partners )?(use|store) (cookies|information)\b|\bconsent to (the use of|our use of|cookies)\b"
        "Cookie and consent notices.";
    "P802" "advertisement" Advertisement -3.0 8 r"^(advertisement|advertising|advertisment|advert|adverts|ad|ads|sponsored( content| post| links?)?|paid (content|post|partner|promotion)|promoted( content| stories)?|partner content)\W*$|^(sponsored|presented) by\b|\b(story|article|content) continues (below|after)\b|\bcontinues below (this )?ad"
        "'Advertisement', 'Sponsored', 'Story continues below advertisement'.";
    // --- legal and comments
    "P803" "affiliate-disclosure" Advertisement -2.5 60 r"\baffiliate (links?|commissions?|partnerships?|programs?)\b|\b(we|i) (may )?(earn|receive|get|make) (a |an )?(small )?(commission|affiliate fee)|\bpurchases? (made )?through (our |these |the )?links\b"
        "Discloses affiliate links: 'we may earn a commission', 'purchases made through our links'.";
    "P901" "copyright" Legal -3.0 40 r"(^|\s)(©|\(c\)\s*\d{4})|\bcopyright\b|\ball rights reserved\b|\bterms (of (use|service)|and conditions)\b|\bprivacy (policy|notice|statement)\b|\bmay (earn|receive) (a |an )?(small )?(commission|compensation|share of sales)\b|\bmay not be (published|reproduced|broadcast|rewritten|redistributed)\b|\baffiliate links?\b|\bamazon associate\b|\bearn from qualifying purchases\b|\bforward-looking statements?\b"
        "Copyright lines, terms, affiliate disclosures.";
    "P903" "edition-note" Other -3.0 45 r"\bappears in print\b|\b(a version of|an earlier version of) this (article|story) (appeared|was published)\b|\baudio is (generated|produced) automatically\b|\blisten to (this|the) (article|story)\b|^\d+(\.\d+)? (from|out of) \d+ (votes|ratings|reviews)\b"
        "Print-edition notes, 'Listen to this article', rating counts: notes about the page, not the article.";
    "P904" "about-section" Other -2.5 5 r"^about (us|me|the (author|authors|company|publisher|writer)|(?-i:[A-SU-Z][\w.,&'-]*|T[^h\s][\w.,&'-]*|Th[^i\s][\w.,&'-]*|Thi[^s\s][\w.,&'-]*|This[\w.,&'-]+|Th?i?)( (?-i:[A-Z])[\w.,&'-]*){0,3})\W*$"
        "'About Brightwater Labs', 'About the author': a heading that opens boilerplate (not 'About This Game / Item': a product's own description).";
    "P902" "comments" Comments -3.0 12 r"^\d+\s+(comments?|replies|responses)\b|^(leave|post|add|view|show|load|read|see|hide|join) (a |all |the |more |\d+ )?(comments?|replies|reply|responses|discussion|conversation)\b|\bcomments? (are|have been|is) (closed|disabled)\b|^(reply|report|like|flag|upvote|downvote)\W*$|\bjoin the (conversation|discussion)\b|^comments?\W*$"
        "Comment counts, 'Leave a comment', 'Reply'.";
    "P905" "comment-policy" Comments -3.0 45 r"\bcomments? (are|will be|may be) (moderated|reviewed|pre-moderated)\b|\b(offensive|abusive|off-topic) comments (will|may) be (removed|deleted)\b|\bcomment(ing)? (policy|guidelines|rules)\b"
        "A comment section's moderation notice: 'Comments are moderated', 'our commenting policy'.";
}

/// The compiled set, one pattern per [`TABLE`] row, in table order.
///
/// Compiled over bytes with Unicode off (ASCII classes, ASCII case folding, ASCII
/// `\b`): the Unicode versions of `\s`, `\W` and case folding multiply the lazy
/// DFA's states, and determinising them cost more than the whole segmentation.
/// The tables are English; a pattern that needs Unicode asks for it with `(?u:...)`.
pub(crate) fn set() -> Option<&'static PatternSet> {
    static SET: OnceLock<Option<PatternSet>> = OnceLock::new();
    SET.get_or_init(|| {
        // Blocks past 15 and past 40 words need only the rows for longer blocks:
        // each gets its own smaller prefilter (more tiers measured slower: more
        // automata compete for the cache).
        let tiers = [applicable(16), applicable(41)];
        PatternSet::with_tiers(TABLE.iter().map(|p| p.pattern), FLAGS, &tiers).ok()
    })
    .as_ref()
}

/// How the English table compiles.
pub(crate) const FLAGS: Flags = Flags {
    unicode: false,
    size_limit: 8 << 20,
};

/// The [`TABLE`] rows (a bitset in table order) that apply to a block of `words`
/// words: those whose `max_words` is at least that.
pub(crate) fn applicable(words: u32) -> u128 {
    TABLE
        .iter()
        .enumerate()
        .filter(|(_, p)| words <= p.max_words)
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// The rows that read a credit from its shape alone ("Name / Outlet"), which a
/// heading never is.
pub(crate) fn credit_shape_rows() -> u128 {
    TABLE
        .iter()
        .enumerate()
        .filter(|(_, p)| p.rule.name == "name-slash-outlet")
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// The longest block (in words) any phrase applies to; longer blocks skip the set.
pub(crate) fn max_words() -> u32 {
    TABLE.iter().map(|p| p.max_words).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(text: &str) -> Vec<&'static str> {
        let words = text.split_whitespace().count() as u32;
        set()
            .unwrap()
            .matches_among(text, applicable(words))
            .iter()
            .filter_map(|i| TABLE.get(i))
            .map(|p| p.rule.name)
            .collect()
    }

    #[test]
    fn the_prefiltered_set_agrees_with_a_regex_set() {
        let lines = crate::rules::matcher::fixture_lines();
        let texts: Vec<&str> = lines.iter().map(String::as_str).collect();
        let patterns: Vec<&str> = TABLE.iter().map(|p| p.pattern).collect();
        crate::rules::matcher::assert_agrees(&patterns, FLAGS, &texts);
    }

    #[test]
    fn the_set_compiles_and_codes_are_unique() {
        assert!(set().is_some());
        let mut codes: Vec<_> = TABLE.iter().map(|p| p.rule.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), TABLE.len());
    }

    /// The table builds as the features stage builds it (`set` drops a table that does
    /// not); a failure names its row.
    #[test]
    fn the_phrase_table_builds() {
        let tiers = [applicable(16), applicable(41)];
        if let Err(e) = PatternSet::with_tiers(TABLE.iter().map(|p| p.pattern), FLAGS, &tiers) {
            panic!("{e}");
        }
    }

    #[test]
    fn only_applicable_rows_run() {
        let set = set().unwrap();
        let text = "Share";
        let all = set.matches(text);
        let share = TABLE.iter().position(|p| p.rule.name == "share").unwrap();
        assert!(all.iter().any(|i| i == share));
        // "share" applies to blocks of at most 6 words: not to one of 7.
        assert!(applicable(6) & 1 << share != 0 && applicable(7) & 1 << share == 0);
        assert!(
            !set.matches_among(text, applicable(7))
                .iter()
                .any(|i| i == share)
        );
        assert_eq!(applicable(u32::MAX), 0);
    }

    #[test]
    fn seed_prompts() {
        assert_eq!(hits("Subscribe to The Week"), ["subscribe-call"]);
        assert_eq!(
            hits("Sign up for The Week's Free Newsletters"),
            ["newsletter", "inbox"]
        );
        assert!(hits("From our morning news briefing to a weekly Good News Newsletter, get the best of The Week delivered directly to your inbox.").contains(&"inbox"));
        assert_eq!(hits("Sign up"), ["sign-up-call"]);
        assert_eq!(hits("Continue reading for free"), ["continue-reading"]);
        assert_eq!(
            hits("We hope you're enjoying The Week's refreshingly open-minded journalism."),
            ["enjoying-our"]
        );
        assert!(hits("Subscribed to The Week? Register your account with the same email as your subscription.").contains(&"subscriber-login"));
        assert!(
            hits("(Image credit: Rick Mave/SOPA Images/LightRocket/Getty Images)")
                .contains(&"image-credit")
        );
    }

    /// A meter message runs to two or three sentences: the limit line is read in blocks
    /// of up to 60 words.
    #[test]
    fn a_long_meter_message_is_the_gate() {
        let meter = "Sorry! You have reached your limit of three (3) free posts from our archive every 30 days. You can increase this to 10 posts by joining as a free Member, or read unlimited posts with no ads by becoming a paid Subscriber.";
        assert!(meter.split_whitespace().count() > 40);
        assert!(hits(meter).contains(&"subscribers-only"));
    }

    /// "About <Name>" opens boilerplate; "About This Game / Item / Course" opens the
    /// page's own description.
    #[test]
    fn about_a_name_not_about_this_thing() {
        for chrome in [
            "About Brightwater Labs",
            "About us",
            "About the author",
            "About Thistle Press",
            "About T",
        ] {
            assert!(hits(chrome).contains(&"about-section"), "{chrome}");
        }
        for own in ["About This Game", "About This Item", "About this course"] {
            assert!(!hits(own).contains(&"about-section"), "{own}");
        }
    }

    #[test]
    fn one_example_per_kind() {
        let cases = [
            ("Photo: Jane Smith/Reuters", "image-credit"),
            ("By Jane Doe", "byline"),
            ("5 min read", "read-time"),
            ("Updated March 4, 2024 3:04 PM", "dateline"),
            (
                "To read the rest of this story subscribe to Ledger+.",
                "continue-reading",
            ),
            (
                "This article is exclusive to Ledger+ subscribers",
                "subscribers-only",
            ),
            ("Thread starter riverbank_walker", "dateline"),
            ("This slideshow requires JavaScript.", "script-notice"),
            ("Start date Mar 3, 2024", "dateline"),
            ("Share on Facebook", "share"),
            ("Skip to main content", "navigation-label"),
            ("Image 2 of 5", "navigation-label"),
            ("3/12", "navigation-label"),
            ("Read more: Why the Fed held rates", "related"),
            ("More Great Example Stories", "related"),
            ("Explore further", "related"),
            (
                "We use cookies to improve your experience. Accept all cookies",
                "cookies",
            ),
            ("Cookies Settings", "cookies"),
            ("Advertisement", "advertisement"),
            (
                "Products are chosen by our editors. We may earn a commission from purchases made through our links.",
                "affiliate-disclosure",
            ),
            ("Story continues below advertisement", "advertisement"),
            ("© 2024 Example Media. All rights reserved.", "copyright"),
            ("12 Comments", "comments"),
            ("Already a subscriber? Log in", "subscriber-login"),
            ("Subscribe for $1/week", "subscribe-offer"),
            ("Support independent journalism", "support-journalism"),
        ];
        for (text, rule) in cases {
            assert!(
                hits(text).contains(&rule),
                "{text:?} -> {:?}, wanted {rule}",
                hits(text)
            );
        }
    }

    #[test]
    fn prose_does_not_trip_the_short_rules() {
        assert!(hits("By the end of the year the company had doubled its staff.").is_empty());
        assert!(hits("Share prices fell sharply on Monday after the announcement.").is_empty());
        assert!(
            hits("Next year the council will vote on the plan again, officials said.").is_empty()
        );
    }
}
