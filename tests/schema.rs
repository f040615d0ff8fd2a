//! `docs/article.schema.json` describes what `--format json` prints: every fixture's
//! JSON (HTML, structure, language, verdict, metadata pages and the plain-text seed)
//! validates against it, and a broken document does not.

use std::fs;
use std::path::Path;

use dechrome::{Cleaner, Page};

fn validator() -> jsonschema::Validator {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(root.join("docs/article.schema.json")).unwrap())
            .unwrap();
    jsonschema::validator_for(&schema).expect("the schema is valid JSON Schema")
}

#[test]
fn every_fixture_validates() {
    let validator = validator();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut checked = 0;
    for dir in ["html", "structure", "lang", "verdict", "metadata"] {
        for entry in fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "html") {
                continue;
            }
            let bytes = fs::read(&path).unwrap();
            let page = Page::new(&bytes).url("https://example.com/section/page.html");
            let Ok(article) = Cleaner::new().clean_page(&page) else {
                continue;
            };
            let json: serde_json::Value = serde_json::from_str(&article.to_json()).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&json)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .take(5)
                .collect();
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            checked += 1;
        }
    }
    let seed = fs::read_to_string(root.join("text/the-week-article.txt")).unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&dechrome::clean_text(&seed).unwrap().to_json()).unwrap();
    assert!(validator.is_valid(&json));
    assert!(checked >= 60, "only {checked} pages checked");
}

#[test]
fn the_schema_rejects_what_we_never_print() {
    let validator = validator();
    let article = dechrome::clean(
        "<h1>T</h1><p>A sentence of the body, long enough to count as prose in a test.</p>",
    )
    .unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&article.to_json()).unwrap();
    assert!(validator.is_valid(&json));
    json["blocks"][0]["kind"] = "sidebar".into();
    assert!(!validator.is_valid(&json));
    json["blocks"][0]["kind"] = "title".into();
    json["verdict"]["quality"] = 1.5.into();
    assert!(!validator.is_valid(&json));
}
