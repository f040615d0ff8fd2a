//! Every page in `fixtures/metadata/`: `NAME.html`, cleaned through the public API
//! with the page URL given in `NAME.expected.json` (its `url` field), must give
//! metadata whose JSON has every field of the expected file with exactly its value
//! (fields absent from the expected file are not checked; `null` or `[]` asserts
//! that nothing was found).

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/metadata");
    let mut pages: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "html"))
                .collect()
        })
        .unwrap_or_default();
    pages.sort();
    pages
}

fn metadata_of(page: &Path, url: &str) -> Value {
    let bytes = fs::read(page).unwrap();
    let article = dechrome::Cleaner::new()
        .clean_page(&dechrome::Page::new(&bytes).url(url))
        .unwrap_or_else(|e| panic!("{}: {e}", page.display()));
    serde_json::to_value(article.metadata()).unwrap()
}

#[test]
fn fixtures_give_the_expected_metadata() {
    let pages = fixtures();
    assert!(
        pages.len() >= 6,
        "fixtures/metadata/ holds {} pages",
        pages.len()
    );
    let mut failures = Vec::new();
    for page in &pages {
        let expected_path = page.with_extension("expected.json");
        let expected: Value = serde_json::from_str(
            &fs::read_to_string(&expected_path)
                .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display())),
        )
        .unwrap();
        let Value::Object(expected) = expected else {
            panic!("{}: not a JSON object", expected_path.display());
        };
        let url = expected
            .get("url")
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("{}: no url", expected_path.display()));
        let got = metadata_of(page, url);
        for (field, want) in &expected {
            let have = got.get(field).unwrap_or(&Value::Null);
            if have != want {
                failures.push(format!(
                    "{} {field}:\n  expected {want}\n  got      {have}",
                    page.file_name().unwrap_or_default().to_string_lossy()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The same page without a URL: relative links stay as written, `url` is absent.
#[test]
fn without_a_page_url_relative_links_stay_as_given() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/metadata/meta-only.html");
    let article = dechrome::clean_bytes(&fs::read(page).unwrap()).unwrap();
    let m = article.metadata();
    assert_eq!(m.url, None);
    assert_eq!(
        m.canonical_url.as_deref(),
        Some("/news/2024/council-budget")
    );
    assert!(!m.sources.iter().any(|s| s.field == "url"));
}

/// The caller's language wins over the page's, and says so.
#[test]
fn caller_language_is_recorded() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/metadata/meta-only.html");
    let article = dechrome::Cleaner::builder()
        .language("en-US")
        .build()
        .clean_bytes(&fs::read(page).unwrap())
        .unwrap();
    let m = article.metadata();
    assert_eq!(m.language.as_deref(), Some("en-US"));
    let language = m.sources.iter().find(|s| s.field == "language").unwrap();
    assert_eq!(language.source, dechrome::Source::Caller);
}

/// JSON-LD `articleBody` is kept for the classifier but not serialized.
#[test]
fn article_body_is_read_but_not_serialized() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/metadata/broken-json-ld.html");
    let article = dechrome::clean_bytes(&fs::read(page).unwrap()).unwrap();
    assert_eq!(
        article.metadata().article_body.as_deref(),
        Some("The sourdough won.\nThe rye came second.")
    );
    assert!(!article.to_json().contains("The rye came second"));
}
