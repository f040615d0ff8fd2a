//! One test per signal family: build a small page where the signal must fire,
//! and check the block's reasons carry the rule's code (and, where it matters,
//! that the opposite case does not fire it).

use dechrome::{Article, Block, Kind};

const PROSE: &str = "The council approved the new budget on Tuesday after a long debate, and officials said the \
    money would go to schools, roads and the hospital that the town has been trying to expand for years.";

fn page(body: &str) -> Article {
    let html = format!(
        "<html><head><title>Budget passes | The Town Crier</title><meta property=og:site_name content='The Town Crier'></head>\
         <body><article><h1>Budget passes</h1><div class=article-body><p>{PROSE}</p>{body}<p>{PROSE} Again.</p></div></article></body></html>"
    );
    dechrome::clean(&html).unwrap()
}

fn block<'a>(a: &'a Article, start: &str) -> &'a Block {
    a.blocks()
        .iter()
        .find(|b| b.text().starts_with(start))
        .unwrap_or_else(|| {
            panic!(
                "no block starts with {start:?}: {:?}",
                a.blocks().iter().map(|b| b.text()).collect::<Vec<_>>()
            )
        })
}

fn fired(b: &Block, code: &str) -> bool {
    b.reasons().iter().any(|r| r.code == code)
}

#[test]
fn text_shape_signals() {
    let a = page("<p>Ok then.</p>");
    assert!(fired(block(&a, "Ok then."), "T001"));
    let body = block(&a, "The council approved");
    for code in ["T003", "T010"] {
        assert!(fired(body, code), "{code} on prose: {:?}", body.reasons());
    }
    assert!(!fired(body, "T011"));
    assert!(!fired(body, "T012"), "one sentence is not several");
    let two = page("<p>The vote was close. It passed by one.</p>");
    assert!(fired(block(&two, "The vote was close."), "T012"));
    let a = page("<p>Jane Smith, John Doe, Acme Corp, Widget Inc, Foo Bar</p>");
    assert!(fired(block(&a, "Jane Smith"), "T011"));
}

#[test]
fn link_density() {
    let a = page("<p><a href=/a>Five other stories</a> you <a href=/b>should read today</a></p>");
    let b = block(&a, "Five other stories");
    assert!(fired(b, "L001"), "{:?}", b.reasons());
    assert!(b.context().link_density > 0.5);
    assert!(b.score() < block(&a, "The council approved").score());
    // Outside the article body, a link line is dropped.
    let html = format!(
        "<body><article><p>{PROSE}</p><p>{PROSE} Two.</p></article><div><p><a href=/a>Five other stories</a> you <a href=/b>should read</a></p></div></body>"
    );
    let a = dechrome::clean(&html).unwrap();
    assert!(!block(&a, "Five other stories").is_kept());
}

#[test]
fn landmarks() {
    let html = format!(
        "<body><nav><ul><li><a href=/>Home</a></li><li><a href=/w>World news</a></li></ul></nav>\
         <article><p>{PROSE}</p><figure><img src=x.jpg><figcaption>The town hall at dusk</figcaption></figure>\
         <p>{PROSE} More.</p></article><footer><p>Contact the newsroom at any time of day</p></footer></body>"
    );
    let a = dechrome::clean(&html).unwrap();
    assert!(fired(block(&a, "World news"), "S001"));
    let cap = block(&a, "The town hall at dusk");
    assert!(fired(cap, "S005"));
    assert_eq!(cap.kind(), Kind::Caption);
    assert!(fired(block(&a, "Contact the newsroom"), "S002"));
    assert!(fired(block(&a, "The council approved"), "S009"));
}

#[test]
fn class_and_id_hints() {
    let a = page("<div class=social-share><p>Share this story</p></div>");
    let b = block(&a, "Share this story");
    assert!(fired(b, "H003"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::Share);
    assert!(!b.is_kept());
    // A newsletter box inside the article body is chrome despite the container.
    let a =
        page("<div class=newsletter-signup><p>The morning briefing, free every weekday.</p></div>");
    let b = block(&a, "The morning briefing");
    assert!(fired(b, "H006") && fired(b, "C008"), "{:?}", b.reasons());
    assert!(!b.is_kept());
    assert!(fired(block(&a, "The council approved"), "H001"));
}

#[test]
fn main_container() {
    let html = format!(
        "<body><div class=wrap><div id=story><p>{PROSE}</p><p>{PROSE} Two.</p><p>{PROSE} Three.</p></div>\
         <div id=other><p>A short note elsewhere on the page.</p></div></div></body>"
    );
    let a = dechrome::clean(&html).unwrap();
    assert!(fired(block(&a, "The council approved"), "M002"));
    let other = block(&a, "A short note elsewhere");
    assert!(fired(other, "M001"));
    assert!(!other.is_kept());
}

#[test]
fn phrases_name_the_kind() {
    let cases = [
        (
            "<p>Subscribe to The Town Crier</p>",
            "Subscribe to",
            Kind::SubscribePrompt,
            "P101",
        ),
        (
            "<p>Sign up for our free newsletter</p>",
            "Sign up for",
            Kind::NewsletterPitch,
            "P201",
        ),
        (
            "<p>Continue reading</p>",
            "Continue reading",
            Kind::Paywall,
            "P301",
        ),
        (
            "<p>Photo: Jane Smith/Reuters</p>",
            "Photo: Jane",
            Kind::ImageCredit,
            "P401",
        ),
        ("<p>By Jane Smith</p>", "By Jane", Kind::Byline, "P501"),
        (
            "<p>Read more: Why roads cost so much</p>",
            "Read more:",
            Kind::RelatedLinks,
            "P702",
        ),
        (
            "<p>We use cookies to improve your experience.</p>",
            "We use cookies",
            Kind::CookieNotice,
            "P801",
        ),
        (
            "<p>Advertisement</p>",
            "Advertisement",
            Kind::Advertisement,
            "P802",
        ),
        (
            "<p>© 2024 The Town Crier. All rights reserved.</p>",
            "© 2024",
            Kind::Legal,
            "P901",
        ),
        ("<p>12 Comments</p>", "12 Comments", Kind::Comments, "P902"),
    ];
    for (html, start, kind, code) in cases {
        let a = page(html);
        let b = block(&a, start);
        assert!(fired(b, code), "{start}: {:?}", b.reasons());
        assert_eq!(b.kind(), kind, "{start}: {:?}", b.reasons());
        assert!(!b.is_kept());
    }
}

#[test]
fn context_smoothing_both_ways() {
    // A short line between body paragraphs is body ...
    let a = page("<p>It did not.</p>");
    let b = block(&a, "It did not.");
    assert!(fired(b, "C002"), "{:?}", b.reasons());
    assert!(b.is_kept());
    // ... and between two chrome blocks it is chrome, with their kind.
    let a = page(
        "<p>Subscribe to The Town Crier</p><p>Get the whole story, every morning.</p><p>Subscribe now</p>",
    );
    let b = block(&a, "Get the whole story");
    assert!(fired(b, "C001"), "{:?}", b.reasons());
    assert_eq!(b.kind(), Kind::SubscribePrompt);
}

#[test]
fn duplicates_and_publisher_name() {
    let a = page("<p>Get the Crier app today.</p><p>Get the Crier app today.</p>");
    assert!(fired(block(&a, "Get the Crier app"), "C003"));
    let a = page("<p>You are reading The Town Crier.</p>");
    let b = block(&a, "You are reading");
    assert!(fired(b, "C004"), "{:?}", b.reasons());
    assert_eq!(a.metadata().publisher.as_deref(), Some("The Town Crier"));
}

#[test]
fn teaser_cards() {
    let card = |n: u32| {
        format!(
            "<div class=card><h3><a href=/s{n}>Story number {n} headline</a></h3><p>A summary sentence of story {n} that teases the reader into clicking through.</p></div>"
        )
    };
    let a = page(&format!("</div><div>{}{}{}", card(1), card(2), card(3)));
    let b = block(&a, "A summary sentence of story 2");
    assert!(fired(b, "C006"), "{:?}", b.reasons());
    assert!(!b.is_kept());
    // Two cards are not a list of teasers.
    let a = page(&format!("</div><div>{}{}", card(1), card(2)));
    assert!(!fired(block(&a, "A summary sentence of story 2"), "C006"));
}

#[test]
fn title_is_found_and_kept() {
    let a = page("");
    let t = block(&a, "Budget passes");
    assert_eq!(t.kind(), Kind::Title);
    assert!(fired(t, "X001"));
    assert_eq!(a.title(), Some("Budget passes"));
    assert_eq!(a.metadata().site_name.as_deref(), Some("The Town Crier"));
}

#[test]
fn headings_kept_only_before_body() {
    let a = page(
        "<h2>What the money buys</h2><p>Most of it goes to the schools, which have waited a decade for repairs and new books.</p><h2>Most popular</h2>",
    );
    assert_eq!(block(&a, "What the money buys").kind(), Kind::Heading);
    assert!(block(&a, "What the money buys").is_kept());
    assert!(!block(&a, "Most popular").is_kept());
}

#[test]
fn markup_shown_as_text_is_dropped() {
    let a = page("<p>&lt;img height=\"1\" width=\"1\" src=\"https://t.example/p\"&gt;</p>");
    let b = block(&a, "<img");
    assert!(fired(b, "T014"));
    assert!(!b.is_kept());
}

/// C012: a chrome landmark or name that the page's prose core inherits (here a
/// page-wide `<form>` and a `no-sidebar paywall-wrapper` layout column) is layout: its
/// rules do not fire inside the core, while a newsletter box inside the core still counts.
#[test]
fn prose_core_inherits_no_chrome() {
    let paragraphs = (0..5)
        .map(|i| format!("<p>{PROSE} Paragraph {i}.</p>"))
        .collect::<String>();
    let html = format!(
        "<html><body><form id=aspnetForm><div class='no-sidebar paywall-wrapper'><h1>Budget passes</h1>{paragraphs}\
         <div class=newsletter-signup><p>Get the Town Crier newsletter in your inbox every morning</p></div>\
         </div></form></body></html>"
    );
    let a = dechrome::clean(&html).unwrap();
    let body = block(&a, "The council approved");
    assert!(
        body.is_kept() && fired(body, "C012"),
        "{:?}",
        body.reasons()
    );
    assert!(
        !fired(body, "S006") && !fired(body, "H007"),
        "{:?}",
        body.reasons()
    );
    let pitch = block(&a, "Get the Town Crier newsletter");
    assert!(!pitch.is_kept());
    assert!(fired(pitch, "H006"), "{:?}", pitch.reasons());
    // Without a prose core (one short paragraph), the page-wide form still counts.
    let a = dechrome::clean(&format!(
        "<html><body><form><p>{PROSE}</p></form></body></html>"
    ))
    .unwrap();
    assert!(fired(&a.blocks()[0], "S006") && !fired(&a.blocks()[0], "C012"));
}

/// M003: in plain text, prose after the main run of paragraphs, past lines that are
/// not sentences (a "Most read" list), is outside the run, while the run itself is kept.
#[test]
fn text_main_run() {
    let text = format!(
        "Budget passes\n\n{PROSE}\n\n{PROSE} Again.\n\nMost read\n\nPolice name the driver\n\n\
         Weather warning for the coast\n\nSchools reopen after the storm\n\n\
         Harbour fees to rise in April\n\nNew head teacher for the grammar school\n\n\
         Bus routes cut on Sundays\n\nFire crews called to warehouse blaze\n\n\
         Cricket club wins county title\n\n\
         A former mayor has written a memoir about the long years of the bypass dispute, and \
         it will be launched at the library next month with a reading and a signing."
    );
    let a = dechrome::clean_text(&text).unwrap();
    let body = block(&a, "The council approved");
    assert!(
        body.is_kept() && !fired(body, "M003"),
        "{:?}",
        body.reasons()
    );
    let teaser = block(&a, "A former mayor");
    assert!(fired(teaser, "M003"), "{:?}", teaser.reasons());
    assert!(!teaser.is_kept(), "{:?}", teaser.reasons());
}
