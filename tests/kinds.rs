//! The kind step: which chrome a dropped block is, from its own evidence, the most
//! specific first (`src/kinds.rs`, tiers in `src/rules/kinds.rs`). One test per
//! mechanism; each fails without it.

use dechrome::{Article, Block, Kind};

const PROSE: &str = "The council approved the new budget on Tuesday after a long debate, and officials said the \
    money would go to schools, roads and the hospital that the town has been trying to expand for years.";

fn page(before: &str, inside: &str, after: &str) -> Article {
    let html = format!(
        "<html><head><title>Budget passes | The Town Crier</title></head><body>{before}\
         <article><h1>Budget passes</h1><div class=article-body><p>{PROSE}</p>{inside}<p>{PROSE} Again.</p>\
         <p>{PROSE} Once more.</p></div></article>{after}</body></html>"
    );
    dechrome::clean(&html).unwrap()
}

fn block<'a>(a: &'a Article, text: &str) -> &'a Block {
    a.blocks()
        .iter()
        .find(|b| b.text() == text)
        .unwrap_or_else(|| panic!("no block {text:?}"))
}

fn fired(b: &Block, code: &str) -> bool {
    b.reasons().iter().any(|r| r.code == code)
}

/// The block is dropped as `kind`, and the cue `code` is among its reasons.
fn dropped_by(a: &Article, text: &str, kind: Kind, code: &str) {
    let b = block(a, text);
    assert!(!b.is_kept(), "{text:?} kept");
    assert!(fired(b, code), "{text:?}: no {code}: {:?}", b.reasons());
    assert_eq!(b.kind(), kind, "{text:?}: {:?}", b.reasons());
}

/// The kind must follow from a reason that names it.
fn named_by_a_reason(b: &Block) -> bool {
    b.reasons().iter().any(|r| r.kind == Some(b.kind()))
}

#[test]
fn a_short_link_in_a_menu_is_navigation_not_related_links() {
    // Link density alone (L001) says related links; the menu's shape says navigation.
    let a = page(
        "<div class=top><ul><li><a href=/a>World</a></li><li><a href=/b>Business</a></li>\
         <li><a href=/c>Sport</a></li><li><a href=/d>Culture</a></li></ul></div>",
        "",
        "",
    );
    let b = block(&a, "Business");
    assert!(!b.is_kept());
    assert!(fired(b, "L001") && fired(b, "K201"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::Navigation);
    assert!(named_by_a_reason(b));
}

#[test]
fn a_headline_length_link_is_related_links_even_in_a_footer() {
    let a = page(
        "",
        "",
        "<footer><ul><li><a href=/x>Council votes to close the old library next spring</a></li>\
         <li><a href=/y>Mayor says the new bridge will open ahead of schedule</a></li></ul></footer>",
    );
    let b = block(&a, "Council votes to close the old library next spring");
    assert!(fired(b, "K202"), "{:?}", b.reasons());
    // The footer's place (S002, legal) ranks below the link's shape.
    assert_eq!(b.kind(), Kind::RelatedLinks);
}

#[test]
fn a_footer_link_is_navigation_and_a_legal_link_is_legal() {
    let a = page(
        "",
        "",
        "<footer><ul><li><a href=/about>About us</a></li><li><a href=/jobs>Careers</a></li>\
         <li><a href=/terms>Terms &amp; Conditions</a></li><li><a href=/c>Contact</a></li></ul></footer>",
    );
    assert_eq!(block(&a, "Careers").kind(), Kind::Navigation);
    let terms = block(&a, "Terms & Conditions");
    assert!(fired(terms, "K107"), "{:?}", terms.reasons());
    assert_eq!(terms.kind(), Kind::Legal);
}

#[test]
fn a_newsletter_wins_over_the_word_subscribe() {
    let a = page(
        "",
        "<div class=box><h4>Subscribe to our newsletter</h4><p>The morning briefing, in your inbox every day.</p>\
         <p><a href=/s>Subscribe</a></p></div>",
        "",
    );
    let head = block(&a, "Subscribe to our newsletter");
    assert!(fired(head, "K102"), "{:?}", head.reasons());
    assert_eq!(head.kind(), Kind::NewsletterPitch);
    // The box's bare button: its sibling names the newsletter.
    let button = block(&a, "Subscribe");
    assert_eq!(
        button.kind(),
        Kind::NewsletterPitch,
        "{:?}",
        button.reasons()
    );
}

#[test]
fn a_copyright_line_in_a_figure_is_the_images_credit() {
    let a = page(
        "",
        "<figure><img src=a.jpg><figcaption>© Jane Smith</figcaption></figure>",
        "<footer><p>© 2024 The Town Crier</p></footer>",
    );
    let credit = block(&a, "© Jane Smith");
    assert!(fired(credit, "K101"), "{:?}", credit.reasons());
    assert_eq!(credit.kind(), Kind::ImageCredit);
    assert_eq!(block(&a, "© 2024 The Town Crier").kind(), Kind::Legal);
}

#[test]
fn a_block_without_a_cue_takes_its_runs_kind() {
    // The nav's label has no phrase and no link: its list of menu links decides.
    let a = page(
        "<nav><div><span>Sections</span><ul><li><a href=/a>World</a></li><li><a href=/b>Business</a></li>\
         <li><a href=/c>Sport</a></li></ul></div></nav>",
        "",
        "",
    );
    let b = block(&a, "Sections");
    assert!(!b.is_kept());
    assert_eq!(b.kind(), Kind::Navigation, "{:?}", b.reasons());
}

#[test]
fn ad_and_privacy_choices_are_their_own_kinds() {
    let a = page(
        "",
        "",
        "<footer><ul><li><a href=/ads>Ad Choices</a></li><li><a href=/p>Privacy Preferences</a></li>\
         <li><a href=/x>Sitemap</a></li></ul></footer>",
    );
    assert_eq!(block(&a, "Ad Choices").kind(), Kind::Advertisement);
    assert_eq!(block(&a, "Privacy Preferences").kind(), Kind::CookieNotice);
}

#[test]
fn kind_cues_never_move_a_score() {
    for r in dechrome::rules::all().filter(|r| r.code.starts_with('K')) {
        assert_eq!(r.weight, 0.0, "{}", r.code);
    }
}

#[test]
fn a_row_of_short_links_in_one_block_is_a_menu() {
    // One block, many links of a word or two: a tag cloud, not a teaser.
    let a = page(
        "",
        "",
        "<div class=cloud><a href=/1>budget</a> <a href=/2>council</a> <a href=/3>schools</a> \
         <a href=/4>roads</a> <a href=/5>hospital</a> <a href=/6>town hall</a></div>",
    );
    let b = a
        .blocks()
        .iter()
        .find(|b| b.text().starts_with("budget"))
        .unwrap();
    assert!(fired(b, "K201") && !fired(b, "K202"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::Navigation);
}

#[test]
fn a_comment_label_is_comments_not_share() {
    let a = page(
        "",
        "",
        "<div class=tools><p><a href=#c>Comments</a></p></div>",
    );
    let b = block(&a, "Comments");
    assert!(fired(b, "P601") && fired(b, "K115"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::Comments);
}

#[test]
fn a_subscribe_item_in_a_menu_is_a_pay_call_beside_a_newsletters_item() {
    // A menu item's siblings are other items, not a newsletter box (K102 must not fire).
    let a = page(
        "<nav><ul><li><a href=/n>Newsletters</a></li><li><a href=/s>Subscribe</a></li>\
         <li><a href=/w>World</a></li><li><a href=/b>Business</a></li></ul></nav>",
        "",
        "",
    );
    let b = block(&a, "Subscribe");
    assert!(!b.is_kept());
    assert!(fired(b, "K201") && !fired(b, "K102"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::SubscribePrompt);
}

#[test]
fn pay_calls_and_sponsor_labels_in_menus_keep_their_kinds() {
    let a = page(
        "",
        "",
        "<footer><ul><li><a href=/p>Crier Premium</a></li><li><a href=/s>Support Local News</a></li>\
         <li><a href=/a>About us</a></li><li><a href=/c>Contact</a></li></ul>\
         <div class=promos><p>Sponsored by Acme Bank</p><ul><li><a href=/x>Savings</a></li>\
         <li><a href=/y>Loans</a></li><li><a href=/z>Cards</a></li></ul></div></footer>",
    );
    for t in ["Crier Premium", "Support Local News"] {
        let b = block(&a, t);
        assert!(fired(b, "K103"), "{t}: {:?}", b.reasons());
        assert_eq!(b.kind(), Kind::SubscribePrompt, "{t}");
    }
    let b = block(&a, "Sponsored by Acme Bank");
    assert!(fired(b, "K116"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::Advertisement);
}

#[test]
fn a_prose_blurb_in_a_footer_is_other_not_its_menus_navigation() {
    let blurb = "The Town Crier is an independent local newspaper founded in 1921 that covers the council, \
                 the schools and the people of the valley every week in print and every day online.";
    let a = page(
        "",
        "",
        &format!(
            "<footer><div><p>{blurb}</p><ul><li><a href=/a>About us</a></li><li><a href=/j>Careers</a></li>\
             <li><a href=/c>Contact</a></li></ul></div></footer>"
        ),
    );
    dropped_by(&a, blurb, Kind::Other, "K117");
    assert_eq!(block(&a, "Careers").kind(), Kind::Navigation);
}

/// A box that promises the inbox is a newsletter pitch, and its "Subscribe now" button
/// with it, though no line says "newsletter".
#[test]
fn a_box_that_promises_the_inbox_is_a_newsletter_pitch() {
    let pitch = "Get The Town Crier direct to your inbox";
    let a = page(
        "",
        "",
        &format!(
            "<footer><div class=footer-box><p>{pitch}</p><button>Subscribe now</button></div></footer>"
        ),
    );
    for text in [pitch, "Subscribe now"] {
        let b = block(&a, text);
        assert!(!b.is_kept());
        assert_eq!(b.kind(), Kind::NewsletterPitch, "{text}: {:?}", b.reasons());
    }
    assert!(fired(block(&a, pitch), "K120"));
}

/// A footer's short links that name cookies or a social network are the cookie notice's
/// and sharing, not the footer menu's navigation.
#[test]
fn cookie_and_social_links_in_a_footer_menu_are_their_own_kinds() {
    let a = page(
        "",
        "",
        "<footer><ul class=footer-links><li><a href=/about>About</a></li><li><a href=/jobs>Jobs</a></li>\
         <li><a href=#prefs>Cookie choices</a></li><li><a href=https://social.example/crier>Follow us on Instagram</a></li>\
         <li><a href=/print>Printable version</a></li></ul></footer>",
    );
    for (text, kind, code) in [
        ("Cookie choices", Kind::CookieNotice, "K105"),
        ("Follow us on Instagram", Kind::Share, "K108"),
        ("Printable version", Kind::Share, "K108"),
    ] {
        dropped_by(&a, text, kind, code);
    }
    assert_eq!(block(&a, "Jobs").kind(), Kind::Navigation);
}

/// A list of other pages under a label of its own ("Similar threads") is related links,
/// label included, though its items carry author and date lines; the same words as a
/// menu link stay navigation.
#[test]
fn a_labelled_list_of_other_threads_is_related_links() {
    let item = |n: u32| {
        format!(
            "<li><a href=/t/{n}>Council budget thread number {n} for the valley</a><div>Started by Sam Reed, 12 March 2024</div></li>"
        )
    };
    let a = page(
        "<nav><ul><li><a href=/new>New posts</a></li><li><a href=/forums>Forums</a></li><li><a href=/members>Members</a></li></ul></nav>",
        "",
        &format!(
            "<div class=block><h3>Similar threads</h3><ul>{}{}{}</ul></div>",
            item(1),
            item(2),
            item(3)
        ),
    );
    dropped_by(&a, "Similar threads", Kind::RelatedLinks, "K121");
    let b = block(&a, "New posts");
    assert!(!fired(b, "K121"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::Navigation);
}

/// A figure caption that is only a name is the image's credit; one that says what the
/// image shows is a caption.
#[test]
fn a_name_alone_under_a_figure_is_its_credit() {
    let a = page(
        "",
        "<figure><img src=/a.jpg alt=''><figcaption>Valley Press Agency</figcaption></figure>\
         <figure><img src=/b.jpg alt=''><figcaption>Councillors leave the chamber after the vote</figcaption></figure>",
        "",
    );
    dropped_by(&a, "Valley Press Agency", Kind::ImageCredit, "K122");
    let b = block(&a, "Councillors leave the chamber after the vote");
    assert!(!fired(b, "K122"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::Caption);
}

/// "See all", "Load more" and "Sorted by:" controls are navigation, even below a list of
/// teasers whose run would call them related links.
#[test]
fn see_all_and_sort_controls_are_navigation() {
    let teaser = |n: u32| {
        format!(
            "<li><a href=/story/{n}>Council approves the budget for the new bus station number {n}</a></li>"
        )
    };
    let a = page(
        "",
        "",
        &format!(
            "<section class=latest><div>Sorted by: newest</div><ul>{}{}{}</ul>\
             <div><a href=/latest>See all stories</a></div><button>Load more stories</button></section>",
            teaser(1),
            teaser(2),
            teaser(3)
        ),
    );
    for text in ["See all stories", "Load more stories", "Sorted by: newest"] {
        dropped_by(&a, text, Kind::Navigation, "K111");
    }
}

/// A feedback box ("Was this page helpful?", "Report a problem") is chrome of no named
/// kind: Other, not the links or the footer around it.
#[test]
fn a_feedback_box_is_other() {
    let a = page(
        "",
        "",
        "<section class=page-tools><p>Was this page helpful?</p><a href=/fb?y>Yes</a> <a href=/fb?n>No</a>\
         <div><a href=/issues/new>Report a problem with this page</a></div></section>",
    );
    for text in ["Was this page helpful?", "Report a problem with this page"] {
        dropped_by(&a, text, Kind::Other, "K113");
    }
}

/// A disclaimer is legal wherever it sits; a bare "Advertisement" label is the ad's.
#[test]
fn a_disclaimer_is_legal_and_an_advertisement_label_is_the_ads() {
    let disclaimer =
        "The views expressed by contributors do not necessarily reflect those of the editors";
    let a = page(
        "",
        "<div class=slot-label>Advertisement</div>",
        &format!("<div class=article-meta><p>{disclaimer}</p></div>"),
    );
    dropped_by(&a, disclaimer, Kind::Legal, "K123");
    let b = block(&a, "Advertisement");
    assert!(!b.is_kept());
    assert_eq!(b.kind(), Kind::Advertisement, "{:?}", b.reasons());
}

/// Inside a comment section, a commenter's name and date, the form's consent box and
/// its log-in prompt are the comments', not a byline, a cookie notice and a paywall.
#[test]
fn a_comment_sections_own_lines_are_comments() {
    let a = page(
        "",
        "",
        "<section id=comments class=comments-area><div class=comment><div class=comment-meta>Ruth Lane on March 12, 2024 at 4:47 pm said:</div>\
         <p>Thank you for this, it is the clearest account of the budget I have read anywhere this week.</p></div>\
         <form class=comment-form><p><input type=checkbox> Save my name, email, and website in this browser for the next time I comment.</p>\
         <p><a href=/login>Log in to comment</a></p></form></section>",
    );
    for text in [
        "Ruth Lane on March 12, 2024 at 4:47 pm said:",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Log in to comment",
    ] {
        let b = block(&a, text);
        assert!(!b.is_kept());
        assert_eq!(b.kind(), Kind::Comments, "{text}: {:?}", b.reasons());
    }
    assert!(fired(
        block(&a, "Ruth Lane on March 12, 2024 at 4:47 pm said:"),
        "K124"
    ));
}

/// A sentence without links beside a menu (opening hours, a tagline) is not one of the
/// menu's items: Other. The menu's links and its short label stay navigation.
#[test]
fn a_linkless_sentence_beside_a_menu_is_other_not_navigation() {
    let hours = "Our helpline is open Monday to Friday from nine to five";
    let a = page(
        "",
        "",
        &format!(
            "<footer><div class=site-links><p>{hours}</p><span>Menu</span><ul><li><a href=/a>World</a></li>\
             <li><a href=/b>Business</a></li><li><a href=/c>Sport</a></li></ul></div></footer>"
        ),
    );
    dropped_by(&a, hours, Kind::Other, "K302");
    assert!(named_by_a_reason(block(&a, hours)));
    for label in ["Menu", "World"] {
        assert_eq!(block(&a, label).kind(), Kind::Navigation, "{label}");
    }
}

/// The site's logo above the blurb does not make the blurb a caption; an author box's
/// bio, named for the author, stays the byline.
#[test]
fn a_footer_blurb_under_the_logo_is_other_and_an_author_bio_is_the_byline() {
    let blurb = "The Town Crier is an independent local newspaper founded in 1921 that covers the council, \
                 the schools and the people of the valley every week in print and every day online.";
    let bio = "Jane Doe has covered the council for ten years and lives in the valley with her two children, \
               three bicycles and a garden that the deer visit every night of the summer.";
    let a = page(
        "",
        "",
        &format!(
            "<footer><div class=author-bio><img src=/jane.jpg alt=''><p>{bio}</p></div>\
             <div><img src=/logo.png alt='The Town Crier'><p>{blurb}</p><ul><li><a href=/a>About us</a></li>\
             <li><a href=/j>Careers</a></li><li><a href=/c>Contact</a></li></ul></div></footer>"
        ),
    );
    dropped_by(&a, blurb, Kind::Other, "K117");
    let b = block(&a, bio);
    assert!(!b.is_kept());
    assert!(!fired(b, "K117"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::Byline);
}

/// A subscribe box that is a form asks for an email: a newsletter sign-up, even when
/// no line says "newsletter"; a subscription offer with a price stays a subscribe prompt.
#[test]
fn a_subscribe_form_is_a_newsletter_and_a_priced_offer_a_subscribe_prompt() {
    let a = page(
        "",
        "",
        "<div class=subscribe-box><form action=/signup><p>Deals and new arrivals, once a week</p>\
         <input type=email name=email><button>Subscribe</button></form></div>\
         <div class=subscribe-offer><p>Subscribe today for $4 a month</p></div>",
    );
    let b = block(&a, "Deals and new arrivals, once a week");
    assert!(!b.is_kept());
    assert_eq!(b.kind(), Kind::NewsletterPitch, "{:?}", b.reasons());
    let b = block(&a, "Subscribe today for $4 a month");
    assert_eq!(b.kind(), Kind::SubscribePrompt, "{:?}", b.reasons());
}

/// A previous/next post link carries a headline-length title but is the pager:
/// navigation, not a teaser of related links.
#[test]
fn a_post_to_post_pager_is_navigation_not_related_links() {
    let a = page(
        "",
        "",
        "<div class=browse><div><a href=/p/1>« Council delays the vote on the new bus station again</a></div>\
         <div><a href=/p/3>Harvest festival returns to the market square this weekend »</a></div></div>",
    );
    for text in [
        "« Council delays the vote on the new bus station again",
        "Harvest festival returns to the market square this weekend »",
    ] {
        dropped_by(&a, text, Kind::Navigation, "K203");
    }
}

/// A label that opens with decoration ("» Advertisement", "• Related") is read as the
/// label: the phrases anchored at the start skip arrows, bullets and brackets.
#[test]
fn a_label_behind_an_arrow_or_bullet_is_still_the_label() {
    let a = page(
        "",
        "<div class=slot><p>» Advertisement</p></div>",
        "<aside><h3>• Related</h3><ul><li><a href=/x>A story about the new library opening next spring</a></li></ul></aside>",
    );
    let b = block(&a, "» Advertisement");
    assert!(!b.is_kept());
    assert!(fired(b, "P802"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::Advertisement);
    let b = block(&a, "• Related");
    assert!(fired(b, "P702"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::RelatedLinks);
}

#[test]
fn a_line_that_opens_with_a_credit_label_is_the_credit_not_a_caption() {
    // "Credit: X" also matches the caption's credit-suffix phrase (P403); alone, it is
    // the credit.
    let a = page(
        "",
        "<figure><img src=a.jpg><figcaption>Credit: Jane Smith</figcaption></figure>",
        "",
    );
    let b = block(&a, "Credit: Jane Smith");
    assert!(fired(b, "P403") && fired(b, "K118"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::ImageCredit);
}

#[test]
fn a_short_label_with_a_legal_word_is_legal_unless_it_is_about_cookies() {
    let a = page(
        "",
        "",
        "<footer><ul><li><a href=/r>Rules and Terms</a></li><li><a href=/p>Privacy &amp; Cookies</a></li>\
         <li><a href=/a>About us</a></li><li><a href=/c>Contact</a></li></ul></footer>",
    );
    let b = block(&a, "Rules and Terms");
    assert!(fired(b, "K119"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::Legal);
    assert!(!fired(block(&a, "Privacy & Cookies"), "K119"));
}

/// A sentence without links whose only evidence is its place in a header or footer (no
/// run of menus or teasers around it) is a tagline or an address: Other, not the place's
/// navigation or legal kind (fixture header-footer-lines-without-links).
#[test]
fn a_linkless_line_in_a_footer_with_no_run_is_other_not_legal() {
    let address = "Unit 4, 12 Harbour Road, Portwell PW1 2AB";
    let a = page(
        "",
        "",
        &format!(
            "<footer><div class=footer-col><div class=col-inner><div class=text-block>\
             <div class=text-content><p>{address}</p></div></div></div></div>\
             <p>© 2026 Portwell Tide Ltd</p></footer>"
        ),
    );
    dropped_by(&a, address, Kind::Other, "K302");
    assert_eq!(block(&a, "© 2026 Portwell Tide Ltd").kind(), Kind::Legal);
    // A short line there (under six words) still takes the place's kind.
    let a = page(
        "",
        "",
        "<footer><div class=footer-col><div class=col-inner><div class=text-block>\
         <div class=text-content><p>Registered office</p></div></div></div></div></footer>",
    );
    assert_ne!(block(&a, "Registered office").kind(), Kind::Other);
}

/// A "Read also:" lead with a linked headline after it, inside the article body, is the
/// lead's related link however long the headline: a block that is one link reads its
/// phrases as a label's. The same words opening a sentence of prose stay body.
#[test]
fn a_read_also_lead_before_a_long_linked_headline_is_related_links() {
    let lead = "Read also: Council approves the new cycle lanes on the high street after \
                a two-year campaign by residents and shop owners";
    let (text, link) = lead.split_at("Read also: ".len());
    let a = page(
        "",
        &format!("<p>{text}<a href=/news/cycle-lanes>{link}</a></p>"),
        "",
    );
    dropped_by(&a, lead, Kind::RelatedLinks, "P702");
    let prose = "Read also the council's own report, which runs to two hundred pages and \
                 sets out every option the planners looked at before the vote.";
    let a = page("", &format!("<p>{prose}</p>"), "");
    assert!(block(&a, prose).is_kept());
}

/// A paid offer's lines that no subscribe phrase names (a price per year, an ad-free
/// tier, a plea to support the site) are a subscribe prompt, not Other; a sponsor's
/// label is the ad's, though "Sponsor X" is also a call to pay; a disclosure of
/// compensation for links is advertising, though the copyright phrase calls it legal.
#[test]
fn offers_sponsor_labels_and_disclosures_take_their_own_kinds() {
    let a = page(
        "<div class=modal-window><div class=plan><p>Annual $119.88 $59.99/year</p></div>\
         <p>Town Crier Premium gives you ad-free access to the whole site</p></div>",
        "<div class=ad-box><div class=ad-header>Sponsor Message</div></div>",
        "<footer><p>Things we recommend are chosen on their merits. If you click on links we provide, \
         we may receive compensation. Read more in our terms of use.</p></footer>",
    );
    dropped_by(
        &a,
        "Annual $119.88 $59.99/year",
        Kind::SubscribePrompt,
        "K126",
    );
    dropped_by(
        &a,
        "Town Crier Premium gives you ad-free access to the whole site",
        Kind::SubscribePrompt,
        "K126",
    );
    dropped_by(&a, "Sponsor Message", Kind::Advertisement, "K116");
    let b = a
        .blocks()
        .iter()
        .find(|b| b.text().starts_with("Things we recommend"))
        .unwrap();
    assert!(!b.is_kept());
    assert_eq!(b.kind(), Kind::Advertisement, "{:?}", b.reasons());
}

/// A heading is never a credit line, whatever its shape: "Family Law / Divorce" is a
/// section of the text, not a photographer and an outlet (P404); a caption-less line
/// of that shape under an image still is.
#[test]
fn a_heading_shaped_like_name_slash_outlet_is_no_credit() {
    let a = page(
        "",
        &format!(
            "<h2>Family Law / Divorce</h2><p>{PROSE} Forms.</p>\
             <figure><img src=/a.jpg alt=''><figcaption>Karen Lowe/Valley Courier</figcaption></figure>"
        ),
        "",
    );
    let h = block(&a, "Family Law / Divorce");
    assert!(!fired(h, "P404"), "{:?}", h.reasons());
    assert_eq!(h.kind(), Kind::Heading, "{:?}", h.reasons());
    dropped_by(&a, "Karen Lowe/Valley Courier", Kind::ImageCredit, "P404");
}

/// A heading that links to its own anchor (a permalink) is no link list, and the table
/// of contents that jumps to it does not make it a duplicate: it scores as a heading,
/// while the contents' entries stay navigation.
#[test]
fn an_anchored_heading_is_neither_links_nor_a_duplicate_of_its_toc_entry() {
    let a = page(
        "<ul class=toc><li><a href=#backoff>Backoff</a></li><li><a href=#limits>Limits</a></li></ul>",
        "<h2 id=backoff><a href=#backoff>Backoff</a></h2><p>Each pause doubles.</p>\
         <h2 id=limits><a href=#limits>Limits</a></h2><p>No policy retries forever.</p>",
        "",
    );
    let headings: Vec<&dechrome::Block> = a
        .blocks()
        .iter()
        .filter(|b| {
            b.text() == "Backoff" && b.structure() == dechrome::Structure::Heading { level: 2 }
        })
        .collect();
    assert_eq!(headings.len(), 1);
    let h = headings[0];
    assert!(!fired(h, "L001") && !fired(h, "C003"), "{:?}", h.reasons());
    assert!(h.is_kept() && h.score() > 0.0, "{:?}", h.reasons());
    let toc = a
        .blocks()
        .iter()
        .find(|b| {
            b.text() == "Limits" && b.structure() != dechrome::Structure::Heading { level: 2 }
        })
        .unwrap();
    assert!(!toc.is_kept());
    assert_eq!(toc.kind(), Kind::Navigation, "{:?}", toc.reasons());
}

/// A widget's fallback for browsers without scripts ("This slideshow requires
/// JavaScript.") is dropped even inside the article body, as Other: no calls to action
/// (the click-here phrase it shared, P104, is a subscribe prompt's and too weak there).
#[test]
fn a_script_notice_in_the_body_is_dropped_as_other() {
    let a = page("", "<p>This slideshow requires JavaScript.</p>", "");
    dropped_by(
        &a,
        "This slideshow requires JavaScript.",
        Kind::Other,
        "P906",
    );
}

/// A teaser that ends in its sponsor's name ("... Supported by Acme") is the sponsor's
/// advertisement, whatever its link shape says; a sentence that mentions a sponsor in
/// passing is not one.
#[test]
fn a_teaser_ending_in_its_sponsor_is_an_advertisement() {
    let a = page(
        "",
        "",
        "<aside class=sidebar><ul>\
         <li><div><a href=/w/1>The state of cloud automation in regional banks this year</a> Supported by Acme Systems</div></li>\
         <li><div><a href=/news/2>Council names a new harbour master after a long search</a></div></li>\
         <li><div><a href=/news/3>Bridge repairs to close the east road for three weeks</a></div></li>\
         </ul></aside>",
    );
    dropped_by(
        &a,
        "The state of cloud automation in regional banks this year Supported by Acme Systems",
        Kind::Advertisement,
        "K116",
    );
    let b = block(&a, "Council names a new harbour master after a long search");
    assert_ne!(b.kind(), Kind::Advertisement);
}
