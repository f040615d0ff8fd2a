//! The page verdict through the public API: every page in `fixtures/verdict/` gets the
//! page type its README table names, with confidence and quality in 0..=1.

use std::fs;
use std::path::{Path, PathBuf};

use dechrome::{Article, Cleaner, Kind, Page, PageType};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/verdict")
}

/// `(file, expected type name, url)` from the README table.
fn table() -> Vec<(String, String, Option<String>)> {
    let readme = fs::read_to_string(dir().join("README.md")).expect("fixtures/verdict/README.md");
    readme
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains(".html"))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            let cell = |i: usize| cells.get(i).copied().unwrap_or("-").to_owned();
            let url = Some(cell(4)).filter(|u| u != "-");
            (cell(0), cell(1), url)
        })
        .collect()
}

fn clean(file: &str) -> Article {
    let html = fs::read_to_string(dir().join(file)).expect("fixture");
    Cleaner::new().clean(&html).expect("clean")
}

#[test]
fn the_table_covers_every_fixture() {
    let rows = table();
    let mut files: Vec<String> = fs::read_dir(dir())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".html"))
        .collect();
    files.sort();
    let mut listed: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    listed.sort();
    assert_eq!(files, listed);
    // At least one page of each type but "other".
    for t in [
        "article",
        "listing",
        "forum",
        "product",
        "documentation",
        "homepage",
        "error_or_blocked",
    ] {
        assert!(rows.iter().any(|r| r.1 == t), "no fixture for {t}");
    }
}

#[test]
fn every_fixture_gets_its_page_type() {
    let mut wrong = Vec::new();
    for (file, expected, _) in table() {
        let v = clean(&file).verdict();
        assert!((0.0..=1.0).contains(&v.confidence), "{file}: {v:?}");
        assert!((0.0..=1.0).contains(&v.quality), "{file}: {v:?}");
        if v.page_type.name() != expected {
            wrong.push(format!("{file}: expected {expected}, got {v:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_page_url_keeps_every_verdict() {
    for (file, expected, url) in table() {
        let Some(url) = url else { continue };
        let html = fs::read(dir().join(&file)).expect("fixture");
        let article = Cleaner::new()
            .clean_page(&Page::new(&html).url(&url))
            .expect("clean");
        assert_eq!(
            article.verdict().page_type.name(),
            expected,
            "{file} at {url}"
        );
    }
}

#[test]
fn an_article_is_trusted_more_than_a_wall() {
    let article = clean("news-article.html").verdict();
    for wall in [
        "bot-wall.html",
        "cookie-wall.html",
        "login-wall.html",
        "not-found.html",
        "js-shell.html",
    ] {
        let v = clean(wall).verdict();
        assert!(
            article.quality > v.quality + 0.5,
            "{wall}: {v:?} vs article {article:?}"
        );
    }
    assert!(article.quality >= 0.8, "{article:?}");
    assert!(article.confidence >= 0.5, "{article:?}");
}

#[test]
fn plain_text_is_judged_from_its_blocks() {
    let text = fs::read_to_string(dir().join("news-article.html")).expect("fixture");
    // The article's paragraphs as plain text.
    let paragraphs: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("<p>") && l.ends_with("</p>"))
        .map(|l| l.trim_start_matches("<p>").trim_end_matches("</p>"))
        .collect();
    assert!(paragraphs.len() >= 6);
    let article = dechrome::clean_text(&paragraphs.join("\n\n")).unwrap();
    assert_eq!(article.verdict().page_type, PageType::Article);
    assert!(article.verdict().quality > 0.5, "{:?}", article.verdict());

    let wall = dechrome::clean_text(
        "Just a moment...\n\nChecking your browser before accessing example.com.\n\nRay ID: 85a1b2c3d4e5f607",
    )
    .unwrap();
    assert_eq!(wall.verdict().page_type, PageType::ErrorOrBlocked);

    let empty = dechrome::Article::default();
    assert_eq!(empty.verdict().page_type, PageType::Other);
    assert_eq!(empty.verdict().quality, 0.0);
}

#[test]
fn the_verdict_is_in_the_json() {
    let json = clean("product-page.html").to_json();
    let value: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(value["verdict"]["page_type"], "product");
    assert!(value["verdict"]["confidence"].as_f64().is_some());
    assert!(value["verdict"]["quality"].as_f64().is_some());
}

#[test]
fn a_listing_keeps_its_items_not_a_stitched_article() {
    let article = clean("category-listing.html");
    assert_eq!(article.verdict().page_type, PageType::Listing);
    let text = article.text();
    for needle in [
        "The battery recycling plant that wants to close the loop",
        "A startup in Nevada says it can recover",
        "Quantum computing startups face a funding squeeze",
        "Investors who rushed in three years ago",
    ] {
        assert!(text.contains(needle), "{needle} missing from\n{text}");
    }
    // Bylines, the sidebar, the pager and the newsletter box stay out, and so does a
    // newsletter card among the items (a prompt is no story of the list, nor is the
    // line under it a summary).
    for needle in [
        "Sign up for the Tech Weekly newsletter",
        "sent every Friday morning",
        "By Priya Nair",
        "Council budget vote delayed again",
        "Older posts",
        "weekly technology briefing",
    ] {
        assert!(!text.contains(needle), "{needle} leaked into\n{text}");
    }
    assert!(
        article
            .kept_blocks()
            .any(|b| b.reasons().iter().any(|r| r.code == "V001"))
    );
    // An item's linked headline is the listing's content (Body), not a subhead of one text.
    let headline = article
        .blocks()
        .iter()
        .find(|b| b.text() == "The battery recycling plant that wants to close the loop")
        .expect("the first item's headline is a block");
    assert_eq!(headline.kind(), Kind::Body, "{headline:?}");
    let search = clean("search-results.html").text();
    assert!(search.contains("Hybrid heating: a boiler and a heat pump together"));
    assert!(search.contains("A hybrid system lets the boiler cover the coldest days."));
    assert!(!search.contains("homeenergy.example/guides"), "{search}");
}

/// A short intro above a page of items does not make the page one text: the items'
/// headlines and excerpts outweigh it (`TeaserMass`), so the page is a listing and
/// keeps them, excerpts cut short with "..." and a "Read the full review" link too. A
/// newsletter line among the items, known by its own wording (a `K…` cue, no phrase
/// rule), is no item's summary.
#[test]
fn a_short_intro_above_many_items_is_a_listing() {
    let article = clean("review-index-with-intro.html");
    assert_eq!(article.verdict().page_type, PageType::Listing);
    let text = article.text();
    for needle in [
        "We test the apps people ask us about on real phones",
        "Pocket Ledger: A Budget App That Finally Respects Your Time",
        "Most budgeting apps ask for an hour of setup",
        "Parkpal shows free spaces near your destination",
    ] {
        assert!(text.contains(needle), "{needle} missing from\n{text}");
    }
    for needle in [
        "Every Friday, we’ll send you",
        "Sign me up",
        "Filed under",
        "Next ›",
        "© 2025 Appdesk",
    ] {
        assert!(!text.contains(needle), "{needle} leaked into\n{text}");
    }
}

/// A consent banner over a page of linked headlines is not a cookie wall: a page that
/// shows a dozen items is not thin, so the wall signals do not count on it. Its items
/// are kept, those with a three-word linked heading ("Sticky ginger parkin") too.
#[test]
fn a_listing_under_a_consent_banner_is_a_listing() {
    let article = clean("listing-under-consent-banner.html");
    assert_eq!(article.verdict().page_type, PageType::Listing);
    let text = article.text();
    for needle in [
        "Slow-roasted tomato soup with basil oil",
        "Roasting the tomatoes for an hour first",
        "Apple and blackberry crumble",
        "Sticky ginger parkin",
        "Garlic prawn linguine",
        "This dark, treacly cake gets stickier",
    ] {
        assert!(text.contains(needle), "{needle} missing from\n{text}");
    }
    for needle in ["We value your privacy", "Accept all", "Next page"] {
        assert!(!text.contains(needle), "{needle} leaked into\n{text}");
    }
}

/// The element a skip link lands on holds the content, so its name (`skip-link-target`)
/// is no navigation name that would hide the page's teasers; the skip link itself jumps
/// within the page and is never one of the listing's items.
#[test]
fn a_feed_inside_a_skip_link_target_is_a_listing() {
    let article = clean("topic-feed-in-skip-target.html");
    assert_eq!(article.verdict().page_type, PageType::Listing);
    let text = article.text();
    for needle in [
        "County approves solar farm on a former landfill site",
        "Regulators accepted the request after a reliability study",
        "The report found that frozen gas supply lines",
    ] {
        assert!(text.contains(needle), "{needle} missing from\n{text}");
    }
    for needle in ["Skip to main content", "Privacy policy", "Next page"] {
        assert!(!text.contains(needle), "{needle} leaked into\n{text}");
    }
}

#[test]
fn a_forum_thread_keeps_its_posts() {
    let article = clean("forum-thread.html");
    assert_eq!(article.verdict().page_type, PageType::Forum);
    let text = article.text();
    for needle in [
        "I have a 2009 diesel van",
        "White smoke on a cold start",
        "Also check the coolant temperature sensor",
        "Update: two of the four glow plugs were open circuit",
    ] {
        assert!(text.contains(needle), "{needle} missing from\n{text}");
    }
    for needle in [
        "Posts: 112",
        "Who is online",
        "Reply with quote",
        "Powered by phpBB",
    ] {
        assert!(!text.contains(needle), "{needle} leaked into\n{text}");
    }
    assert!(article.verdict().quality > 0.3, "{:?}", article.verdict());
}
