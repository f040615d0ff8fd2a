//! Property tests on generated pages and texts: what holds for every input, not
//! just the fixtures.
//!
//! The HTML generator builds a tree of visible elements (no tables, whose foster
//! parenting reorders text, no hidden or skipped elements) from a vocabulary of
//! prose words, chrome words, class names that trigger the hint rules, and several
//! scripts, and remembers the page's visible words in order. Every word holds a
//! letter or digit, so no block is dropped as unreadable. So for every page:
//! - the blocks hold exactly the visible words, in order (no silent loss, nothing invented);
//! - the clean text is a subsequence of them, made of whole kept blocks in page order;
//! - cleaning is deterministic;
//! - kinds and the kept flag agree (kept = not chrome, with the documented exceptions);
//! - cleaning the clean text again as plain text keeps its words.
//!
//! Case counts are moderate: the file runs in a few seconds with `--release`.

use dechrome::{Article, Cleaner, Kind};
use proptest::prelude::*;
use proptest::sample::select;

const WORDS: &[&str] = &[
    // prose
    "the",
    "of",
    "and",
    "a",
    "to",
    "in",
    "is",
    "that",
    "it",
    "was",
    "for",
    "on",
    "are",
    "with",
    "as",
    "they",
    "be",
    "at",
    "this",
    "from",
    "by",
    "have",
    "not",
    "but",
    "had",
    "which",
    "government",
    "officials",
    "said",
    "army",
    "shells",
    "artillery",
    "sanctions",
    "analysts",
    "expected",
    "months",
    "deal",
    "winter.",
    "stocks,",
    "ahead.",
    "Russia",
    "Korea",
    "week,",
    // chrome
    "Subscribe",
    "newsletter",
    "Sign",
    "up",
    "inbox",
    "Continue",
    "reading",
    "Photo:",
    "Reuters",
    "Getty",
    "Images",
    "credit:",
    "By",
    "Jane",
    "Doe",
    "5",
    "min",
    "read",
    "Share",
    "Tweet",
    "Copy",
    "link",
    "Related",
    "Most",
    "popular",
    "cookies",
    "Advertisement",
    "Sponsored",
    "©2024",
    "rights",
    "reserved",
    "Reply",
    "comments",
    "Follow",
    "Twitter",
    "Click",
    "here",
    "Menu",
    "Home",
    "Next",
    "Previous",
    // other scripts
    "Привет",
    "мир,",
    "новости.",
    "你好世界",
    "天气很好。",
    "日本語",
    "مرحبا",
    "بالعالم.",
    "שלום",
    "नमस्ते",
    "café",
    "naïve",
    "ok👍",
    "Ω2",
];

const CONTAINERS: &[&str] = &[
    "div",
    "section",
    "article",
    "main",
    "nav",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "form",
    "address",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "pre",
    "span",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "q",
    "time",
    "small",
    "details",
    "summary",
    "center",
];

const CLASSES: &[&str] = &[
    "article-body",
    "entry-content",
    "content",
    "post",
    "story",
    "share",
    "social",
    "comments",
    "subscribe",
    "newsletter",
    "paywall",
    "related",
    "ad",
    "promo",
    "cookie-consent",
    "caption",
    "credit",
    "byline",
    "date",
    "nav",
    "menu",
    "footer",
    "header",
    "sidebar",
    "tags",
    "legal",
    "sr-only",
    "modal",
    "widget",
    "teaser",
    "x1",
    "wrapper",
];

#[derive(Debug, Clone)]
enum Node {
    Text(Vec<&'static str>),
    Media,
    Break,
    Elem {
        tag: &'static str,
        class: Option<&'static str>,
        href: bool,
        children: Vec<Node>,
    },
}

fn node() -> impl Strategy<Value = Node> {
    let leaf = prop_oneof![
        8 => prop::collection::vec(select(WORDS), 1..40).prop_map(Node::Text),
        1 => Just(Node::Media),
        1 => Just(Node::Break),
    ];
    leaf.prop_recursive(6, 120, 6, |inner| {
        (
            select(CONTAINERS),
            prop::option::weighted(0.4, select(CLASSES)),
            any::<bool>(),
            prop::collection::vec(inner, 0..6),
        )
            .prop_map(|(tag, class, href, children)| Node::Elem {
                tag,
                class,
                href,
                children,
            })
    })
}

/// A page: its HTML and its visible words in order.
#[derive(Debug, Clone)]
struct Page {
    html: String,
    words: Vec<String>,
}

fn render(node: &Node, html: &mut String, words: &mut Vec<String>) {
    match node {
        Node::Text(ws) => {
            html.push(' ');
            html.push_str(&ws.join(" "));
            html.push(' ');
            words.extend(ws.iter().map(|w| (*w).to_owned()));
        }
        Node::Media => html.push_str("<img src=\"photo.jpg\">"),
        Node::Break => html.push_str("<br>"),
        Node::Elem {
            tag,
            class,
            href,
            children,
        } => {
            html.push('<');
            html.push_str(tag);
            if let Some(c) = class {
                html.push_str(&format!(" class=\"{c}\""));
            }
            if *tag == "a" && *href {
                html.push_str(" href=\"/story\"");
            }
            html.push('>');
            for c in children {
                render(c, html, words);
            }
            html.push_str(&format!("</{tag}>"));
        }
    }
}

fn page() -> impl Strategy<Value = Page> {
    (
        prop::option::of(prop::collection::vec(select(WORDS), 1..8)),
        prop::collection::vec(node(), 1..12),
    )
        .prop_map(|(title, nodes)| {
            let mut html = String::from("<!DOCTYPE html><html><head>");
            if let Some(t) = title {
                html.push_str(&format!("<title>{} | The Daily</title>", t.join(" ")));
            }
            html.push_str("</head><body>");
            let mut words = Vec::new();
            for n in &nodes {
                render(n, &mut html, &mut words);
            }
            html.push_str("</body></html>");
            Page { html, words }
        })
}

/// Plain text: paragraphs of words, lines separated by one or two line breaks.
fn text_doc() -> impl Strategy<Value = (String, Vec<String>)> {
    prop::collection::vec(
        (
            prop::collection::vec(select(WORDS), 1..60),
            select(&["\n", "\n\n", "\n\n\n", "\r\n\r\n"][..]),
        ),
        1..30,
    )
    .prop_map(|paras| {
        let mut text = String::new();
        let mut words = Vec::new();
        for (ws, sep) in paras {
            text.push_str(&ws.join(" "));
            text.push_str(sep);
            words.extend(ws.iter().map(|w| (*w).to_owned()));
        }
        (text, words)
    })
}

fn words_of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    texts
        .into_iter()
        .flat_map(str::split_whitespace)
        .map(str::to_owned)
        .collect()
}

fn block_words(a: &Article) -> Vec<String> {
    words_of(a.blocks().iter().map(|b| b.text()))
}

fn is_subsequence(needle: &[String], hay: &[String]) -> bool {
    let mut it = hay.iter();
    needle.iter().all(|w| it.any(|h| h == w))
}

/// `text` is exactly `parts` in order, separated by "\n" or "\n\n".
fn joined_exactly(text: &str, parts: &[&str]) -> Result<(), String> {
    let mut rest = text;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            rest = rest
                .strip_prefix("\n\n")
                .or_else(|| rest.strip_prefix('\n'))
                .ok_or_else(|| format!("no separator before kept block {i}: {rest:?}"))?;
        }
        rest = rest
            .strip_prefix(part)
            .ok_or_else(|| format!("kept block {i} {part:?} is not next in {rest:?}"))?;
    }
    if rest.is_empty() {
        Ok(())
    } else {
        Err(format!("text has more than its kept blocks: {rest:?}"))
    }
}

fn fingerprint(a: &Article) -> Vec<(String, Kind, u32, bool, Vec<&'static str>)> {
    a.blocks()
        .iter()
        .map(|b| {
            (
                b.text().to_owned(),
                b.kind(),
                b.score().to_bits(),
                b.is_kept(),
                b.reasons().iter().map(|r| r.code).collect(),
            )
        })
        .collect()
}

/// Kept = not chrome, except captions with `keep_captions` (kept chrome) and body
/// headings with `keep_headings(false)` (dropped, still `Heading`).
fn kinds_agree(a: &Article, keep_captions: bool, keep_headings: bool) -> Result<(), String> {
    for (i, b) in a.blocks().iter().enumerate() {
        assert_eq!(Kind::from_name(b.kind().name()), Some(b.kind()));
        assert!(Kind::ALL.contains(&b.kind()));
        let ok = if b.is_kept() {
            !b.kind().is_chrome() || (b.kind() == Kind::Caption && keep_captions)
        } else {
            b.kind().is_chrome() || (b.kind() == Kind::Heading && !keep_headings)
        };
        if !ok {
            return Err(format!(
                "block {i} {:?}: kind {} but kept={}",
                b.text(),
                b.kind(),
                b.is_kept()
            ));
        }
    }
    Ok(())
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        max_shrink_iters: 2000,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(192))]

    /// No silent loss, nothing invented: the blocks hold exactly the page's
    /// visible words, in page order.
    #[test]
    fn blocks_hold_exactly_the_visible_words(page in page()) {
        match dechrome::clean(&page.html) {
            Ok(a) => prop_assert_eq!(block_words(&a), page.words),
            Err(dechrome::Error::EmptyDocument) => prop_assert!(page.words.is_empty()),
            Err(e) => prop_assert!(false, "unexpected error {}", e),
        }
    }

    /// The clean text is made of whole kept blocks in page order, and its words
    /// are a subsequence of the page's visible words.
    #[test]
    fn clean_text_is_a_subsequence_of_the_page(page in page()) {
        let Ok(a) = dechrome::clean(&page.html) else { return Ok(()) };
        let kept: Vec<&str> = a.kept_blocks().map(|b| b.text()).collect();
        if let Err(e) = joined_exactly(&a.text(), &kept) {
            prop_assert!(false, "text(): {}", e);
        }
        let body: Vec<&str> = a.kept_blocks().filter(|b| b.kind() != Kind::Title).map(|b| b.text()).collect();
        if let Err(e) = joined_exactly(&a.body_text(), &body) {
            prop_assert!(false, "body_text(): {}", e);
        }
        let out = words_of([a.text().as_str()]);
        prop_assert!(is_subsequence(&out, &page.words), "output words are not a subsequence of the page");
        prop_assert!(is_subsequence(&out, &block_words(&a)));
    }

    /// Kept blocks come in document order: positions strictly increase.
    #[test]
    fn blocks_and_kept_blocks_are_in_document_order(page in page()) {
        let Ok(a) = dechrome::clean(&page.html) else { return Ok(()) };
        let positions: Vec<u32> = a.blocks().iter().map(|b| b.context().position).collect();
        prop_assert!(positions.windows(2).all(|w| w[0] < w[1]), "{:?}", positions);
        let kept: Vec<u32> = a.kept_blocks().map(|b| b.context().position).collect();
        prop_assert!(kept.windows(2).all(|w| w[0] < w[1]), "{:?}", kept);
    }

    /// Same input, same blocks, kinds, scores and reasons: twice with the default
    /// cleaner, once with a fresh one, once through `clean_bytes`.
    #[test]
    fn clean_is_deterministic(page in page()) {
        let (Ok(a), Ok(b)) = (dechrome::clean(&page.html), dechrome::clean(&page.html)) else {
            return Ok(());
        };
        prop_assert_eq!(fingerprint(&a), fingerprint(&b));
        let c = Cleaner::new().clean(&page.html).unwrap();
        prop_assert_eq!(fingerprint(&a), fingerprint(&c));
        let d = dechrome::clean_bytes(page.html.as_bytes()).unwrap();
        prop_assert_eq!(fingerprint(&a), fingerprint(&d));
        prop_assert_eq!(a.to_json(), c.to_json());
    }

    /// Every block has one kind; kept = not chrome, with the documented
    /// exceptions, for any options.
    #[test]
    fn kinds_and_kept_agree(
        page in page(),
        keep_captions in any::<bool>(),
        keep_headings in any::<bool>(),
        min_score in -4.0f32..4.0,
    ) {
        let cleaner = Cleaner::builder()
            .keep_captions(keep_captions)
            .keep_headings(keep_headings)
            .min_score(min_score)
            .build();
        let Ok(a) = cleaner.clean(&page.html) else { return Ok(()) };
        if let Err(e) = kinds_agree(&a, keep_captions, keep_headings) {
            prop_assert!(false, "{}", e);
        }
        // Options change what is kept, never which blocks there are.
        let d = dechrome::clean(&page.html).unwrap();
        prop_assert_eq!(block_words(&a), block_words(&d));
    }

    /// Cleaning the clean text again, as plain text, reads every word of it and
    /// invents none.
    #[test]
    fn clean_text_of_the_clean_text_reads_every_word(page in page()) {
        let Ok(a) = dechrome::clean(&page.html) else { return Ok(()) };
        let text = a.text();
        let again = dechrome::clean_text(&text).unwrap_or_default();
        prop_assert_eq!(block_words(&again), words_of([text.as_str()]));
        let out = words_of([again.text().as_str()]);
        prop_assert!(is_subsequence(&out, &words_of([text.as_str()])));
    }
}

/// Words of plain prose, for article pages with no chrome in their body.
const PROSE: &[&str] = &[
    "the",
    "of",
    "and",
    "a",
    "to",
    "in",
    "is",
    "that",
    "it",
    "was",
    "for",
    "on",
    "are",
    "with",
    "as",
    "they",
    "be",
    "at",
    "this",
    "from",
    "by",
    "have",
    "not",
    "but",
    "had",
    "which",
    "government",
    "officials",
    "said",
    "army",
    "shells",
    "artillery",
    "sanctions",
    "analysts",
    "expected",
    "months",
    "deal",
    "stocks",
    "Russia",
    "Korea",
    "week",
];

const CHROME_LINES: &[&str] = &[
    "Subscribe to The Daily",
    "Sign up for our newsletter",
    "Share on Facebook",
    "Advertisement",
    "Read more:",
    "© 2024 The Daily. All rights reserved.",
    "By Jane Doe",
    "5 min read",
    "We use cookies to improve your experience.",
    "Most popular",
];

/// A realistic article page: nav, promos, a headline, an article body of prose
/// paragraphs (1 to 4 sentences of 6 to 20 words), a footer of chrome lines.
fn article_page() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(select(CHROME_LINES), 0..4),
        prop::collection::vec(
            prop::collection::vec(prop::collection::vec(select(PROSE), 6..20), 1..5),
            1..12,
        ),
        prop::collection::vec(select(CHROME_LINES), 0..4),
    )
        .prop_map(|(before, paras, after)| {
            let mut html = String::from(
                "<html><head><title>Shells from the North | The Daily</title></head><body>\
                 <nav><ul><li><a href=/>Home</a></li><li><a href=/w>World</a></li></ul></nav>",
            );
            for c in before {
                html.push_str(&format!("<div class=promo>{c}</div>"));
            }
            html.push_str("<article><h1>Shells from the North</h1><div class=article-body>");
            for p in paras {
                let sentences: Vec<String> = p
                    .iter()
                    .map(|s| {
                        // A sentence opening "By" and a capitalised word reads as a byline
                        // ("By Russia the ..."), and in plain text no container vouches for
                        // it: such openings are not part of this property's prose.
                        let skip = usize::from(s.len() > 1 && s.first() == Some(&"by"));
                        let t = s.get(skip..).unwrap_or_default().join(" ");
                        let mut c = t.chars();
                        let first: String = c
                            .next()
                            .map(|f| f.to_uppercase().collect())
                            .unwrap_or_default();
                        format!("{first}{}.", c.as_str())
                    })
                    .collect();
                html.push_str(&format!("<p>{}</p>", sentences.join(" ")));
            }
            html.push_str("</div></article><footer>");
            for c in after {
                html.push_str(&format!("<p>{c}</p>"));
            }
            html.push_str("</footer></body></html>");
            html
        })
}

proptest! {
    #![proptest_config(config(128))]

    /// Cleaning the clean text of an article page again, as plain text, keeps
    /// the body: every word of the first clean text is in the second.
    #[test]
    fn clean_text_of_the_clean_text_keeps_the_body(html in article_page()) {
        let a = dechrome::clean(&html).unwrap();
        let text = a.text();
        let again = dechrome::clean_text(&text).unwrap_or_default();
        prop_assert_eq!(words_of([again.text().as_str()]), words_of([text.as_str()]));
    }

    /// Plain text: the blocks hold every word, the clean text is a subsequence of
    /// them, made of whole kept blocks, and the result is deterministic.
    #[test]
    fn text_input_properties((text, words) in text_doc()) {
        let a = dechrome::clean_text(&text).unwrap_or_default();
        prop_assert_eq!(block_words(&a), words.clone());
        let kept: Vec<&str> = a.kept_blocks().map(|b| b.text()).collect();
        if let Err(e) = joined_exactly(&a.text(), &kept) {
            prop_assert!(false, "text(): {}", e);
        }
        prop_assert!(is_subsequence(&words_of([a.text().as_str()]), &words));
        if let Err(e) = kinds_agree(&a, false, true) {
            prop_assert!(false, "{}", e);
        }
        let b = dechrome::clean_text(&text).unwrap_or_default();
        prop_assert_eq!(fingerprint(&a), fingerprint(&b));
        let positions: Vec<u32> = a.blocks().iter().map(|b| b.context().position).collect();
        prop_assert!(positions.windows(2).all(|w| w[0] < w[1]));
    }

    /// The same plain text as `<p>` paragraphs: the HTML reader holds the same words.
    #[test]
    fn text_and_html_readers_agree_on_words((text, words) in text_doc()) {
        let html: String = text
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .map(|p| format!("<p>{p}</p>"))
            .collect();
        let a = dechrome::clean(&html).unwrap();
        prop_assert_eq!(block_words(&a), words);
    }
}
