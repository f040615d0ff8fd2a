//! JSON-LD `articleBody` as evidence (rule C011) and the agreement of the kept text
//! with it (`Verdict::article_body_agreement`), on `fixtures/metadata/json-ld-article-body.html`:
//! a news page whose one-line paragraph "Drivers face a diversion of twelve miles."
//! is mostly link text inside a `promo-callout` box, so it looks like chrome.

use std::fs;
use std::path::Path;

use dechrome::{Article, Block, Kind};

const URL: &str = "https://valley-courier.example/news/old-river-bridge-to-close";

fn fixture() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/metadata/json-ld-article-body.html");
    fs::read_to_string(path).unwrap()
}

fn clean(html: &str) -> Article {
    let page = dechrome::Page::new(html.as_bytes()).url(URL);
    dechrome::Cleaner::new().clean_page(&page).unwrap()
}

/// The page with its `articleBody` replaced (`None`: the JSON-LD field removed).
fn with_article_body(body: Option<&str>) -> String {
    let html = fixture();
    let start = html.find("\"articleBody\"").unwrap();
    let end = start + html[start..].find("\"\n}").unwrap() + 1;
    let replacement = body.map_or(String::from("\"wordCount\": 0"), |b| {
        format!("\"articleBody\": {}", serde_json::to_string(b).unwrap())
    });
    format!("{}{}{}", &html[..start], replacement, &html[end..])
}

fn block<'a>(a: &'a Article, start: &str) -> &'a Block {
    a.blocks()
        .iter()
        .find(|b| b.text().starts_with(start))
        .unwrap_or_else(|| panic!("no block starts with {start:?}"))
}

fn fired(b: &Block, code: &str) -> bool {
    b.reasons().iter().any(|r| r.code == code)
}

const DIVERSION: &str = "Drivers face a diversion";

#[test]
fn a_chrome_looking_paragraph_is_kept_because_article_body_has_it() {
    let with = clean(&fixture());
    let b = block(&with, DIVERSION);
    assert!(fired(b, "C011"), "{:?}", b.reasons());
    assert!(b.is_kept(), "score {} {:?}", b.score(), b.reasons());
    assert_eq!(b.kind(), Kind::Body);
    // Without the JSON-LD the same paragraph is dropped: the rule is what keeps it.
    let without = clean(&with_article_body(None));
    assert!(without.metadata().article_body.is_none());
    let b = block(&without, DIVERSION);
    assert!(!fired(b, "C011"));
    assert!(!b.is_kept(), "score {} {:?}", b.score(), b.reasons());
    // The newsletter prompt next to it is not in articleBody and stays dropped; the
    // paragraphs stay kept either way.
    let prompt = block(&with, "Sign up for our free morning newsletter");
    assert!(
        !fired(prompt, "C011") && !prompt.is_kept(),
        "{:?}",
        prompt.reasons()
    );
    assert!(block(&with, "Councillors approved").is_kept());
    // "£14 million" in the page, "14 million pounds" in articleBody: not covered
    // word for word, still mostly covered.
    for start in [
        "Councillors approved",
        "The county council",
        "Traders on the east bank",
    ] {
        assert!(fired(block(&with, start), "C011"), "{start}");
    }
}

#[test]
fn agreement_is_reported_in_the_verdict_and_json() {
    let a = clean(&fixture());
    let agreement = a
        .verdict()
        .article_body_agreement
        .expect("articleBody has 50+ words");
    assert!(agreement.recall > 0.9, "{agreement:?}");
    assert!(agreement.precision > 0.9, "{agreement:?}");
    assert!(!agreement.is_poor());
    let json: serde_json::Value = serde_json::from_str(&a.to_json()).unwrap();
    let recall = json["verdict"]["article_body_agreement"]["recall"]
        .as_f64()
        .unwrap();
    assert!((recall - f64::from(agreement.recall)).abs() < 1e-6);
    // No articleBody, or one too short to say anything: no agreement.
    assert_eq!(
        clean(&with_article_body(None))
            .verdict()
            .article_body_agreement,
        None
    );
    let short = clean(&with_article_body(Some(
        "The bridge will close for repairs.",
    )));
    assert_eq!(short.verdict().article_body_agreement, None);
    let json: serde_json::Value = serde_json::from_str(&short.to_json()).unwrap();
    assert!(json["verdict"]["article_body_agreement"].is_null());
}

#[test]
fn a_page_that_disagrees_with_its_article_body_gets_lower_quality() {
    // The template's JSON-LD describes another story.
    let other = "A new ferry service will link the harbour with the island from next spring, \
        the operator announced on Monday. Two boats will sail every hour in summer and every two \
        hours in winter, and the crossing will take about forty minutes. Islanders have campaigned \
        for a regular service since the last ferry stopped running twenty years ago, when the \
        company that ran it went bankrupt. Fares have not been set yet, but the operator promised \
        discounts for residents and for schoolchildren.";
    let disagreeing = clean(&with_article_body(Some(other)));
    let agreement = disagreeing.verdict().article_body_agreement.unwrap();
    assert!(agreement.recall < 0.5, "{agreement:?}");
    assert!(agreement.is_poor());
    // Same page, same kept text: only the agreement differs.
    let plain = clean(&with_article_body(None));
    assert_eq!(disagreeing.body_text(), plain.body_text());
    let (low, base) = (disagreeing.verdict().quality, plain.verdict().quality);
    assert!(
        low < base * 0.9,
        "quality {low} vs {base} without articleBody"
    );
    // And an agreeing articleBody leaves the quality where it was.
    let agreeing = clean(&fixture()).verdict();
    assert!(
        agreeing.quality >= base - 0.05,
        "{} vs {base}",
        agreeing.quality
    );
}
