//! Structure fixtures (`fixtures/structure/`, written blind to the implementation
//! from the Markdown conventions in their README): `NAME.html` must render to
//! exactly `NAME.expected.md`, and every format must keep the same text.

use std::fs;
use std::path::{Path, PathBuf};

use dechrome::{Cleaner, Format, Page, RenderOptions};
use dechrome_eval as metric;

/// Fixtures whose Markdown differs only because the classifier keeps or drops a
/// block it should not (the renderer prints what is kept); the test fails once one
/// of them matches, so the list cannot go stale.
const OPEN: &[(&str, &str)] = &[
    (
        "allotment-nested-lists",
        "the article's own table of contents (a heading-less 'Contents' list) is kept",
    ),
    (
        "chess-club-layout-table",
        "the one-line report byline inside the layout table is kept",
    ),
    (
        "docs-configuration-mixed",
        "a figcaption with no caption or credit wording between body paragraphs is kept",
    ),
    (
        "harbour-links-figures-base",
        "the last figure's caption, after the last body paragraph, is kept",
    ),
    (
        "keeper-letters-blockquotes",
        "the author bio after the article (with its photo) is kept",
    ),
    (
        "walling-glossary-dl-br",
        "a 'Support Dales Country' subscription box at the end is kept",
    ),
];

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/structure");
    let mut pages: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("fixtures/structure")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    pages
}

fn article(path: &Path) -> dechrome::Article {
    let bytes = fs::read(path).expect("read fixture");
    Cleaner::new()
        .clean_page(&Page::new(&bytes))
        .expect("fixture cleans")
}

#[test]
fn markdown_matches_the_expected_files() {
    let pages = fixtures();
    assert!(pages.len() >= 10, "structure fixtures missing");
    let mut failed = Vec::new();
    let mut fixed = Vec::new();
    for page in &pages {
        let name = page.file_stem().unwrap().to_string_lossy().into_owned();
        let open = OPEN.iter().any(|(n, _)| *n == name);
        let expected = fs::read_to_string(page.with_extension("expected.md")).expect("expected.md");
        let got = article(page).to_markdown();
        if open {
            if got == expected {
                fixed.push(name);
            }
            continue;
        }
        if got != expected {
            if std::env::var_os("DECHROME_SHOW_DIFF").is_some() {
                let dir = std::env::temp_dir().join("dechrome-structure");
                fs::create_dir_all(&dir).unwrap();
                fs::write(dir.join(format!("{name}.md")), &got).unwrap();
            }
            failed.push(name);
        }
    }
    assert!(
        failed.is_empty(),
        "Markdown differs for {failed:?} (DECHROME_SHOW_DIFF=1 writes ours to $TMPDIR/dechrome-structure)"
    );
    assert!(
        fixed.is_empty(),
        "now matching, remove from OPEN: {fixed:?}"
    );
}

/// Tokens as the benchmark's metric counts them, as a sorted multiset.
fn tokens(s: &str) -> Vec<String> {
    let mut t = metric::tokens(s)
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    t.sort();
    t
}

/// Every format prints the same kept text: Markdown and HTML (links and images off,
/// markup removed) hold exactly the words of the plain text, plus list numbers,
/// code-fence languages and HTML tag names.
#[test]
fn every_format_keeps_the_same_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut pages = fixtures();
    pages.extend(
        fs::read_dir(dir.join("html"))
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "html")),
    );
    let plain = RenderOptions::default().links(false).images(false);
    for page in &pages {
        let a = article(page);
        let text = tokens(&a.text());
        let languages: Vec<String> = a
            .kept_blocks()
            .filter_map(|b| b.code_language())
            .flat_map(|l| {
                metric::tokens(l)
                    .into_iter()
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect();
        for format in [Format::Markdown, Format::Html] {
            let mut rendered = a.render(format, &plain);
            if format == Format::Markdown {
                // Escapes are not text: `\_\_init\_\_` reads back as `__init__`.
                let mut unescaped = String::with_capacity(rendered.len());
                let mut chars = rendered.chars().peekable();
                while let Some(c) = chars.next() {
                    if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
                        unescaped.extend(chars.next());
                    } else {
                        unescaped.push(c);
                    }
                }
                rendered = unescaped;
            }
            let mut rest = tokens(&rendered);
            for t in &text {
                let at = rest.iter().position(|r| r == t);
                assert!(at.is_some(), "{}: {format:?} lost {t:?}", page.display());
                rest.remove(at.unwrap());
            }
            for extra in rest {
                let markup = extra.chars().all(|c| c.is_ascii_digit())
                    || languages.contains(&extra)
                    || (format == Format::Html
                        && matches!(
                            extra.as_str(),
                            "article"
                                | "p"
                                | "h1"
                                | "h2"
                                | "h3"
                                | "h4"
                                | "h5"
                                | "h6"
                                | "ul"
                                | "ol"
                                | "li"
                                | "pre"
                                | "code"
                                | "blockquote"
                                | "table"
                                | "tr"
                                | "th"
                                | "td"
                                | "br"
                                | "start"
                                | "class"
                                | "language"
                                | "lt"
                                | "gt"
                                | "amp"
                                | "quot"
                        ));
                assert!(markup, "{}: {format:?} added {extra:?}", page.display());
            }
            // The JSON document carries the same text.
            let json: serde_json::Value = serde_json::from_str(&a.to_json()).unwrap();
            assert_eq!(json["text"].as_str(), Some(a.text().as_str()));
        }
    }
}
