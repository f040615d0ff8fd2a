//! Every HTML fixture in `fixtures/html/`: `NAME.html` must clean to exactly
//! `NAME.expected.txt`, and every line of `NAME.chrome.txt` (`Kind<TAB>text start`)
//! must name a dropped block of that kind.

use std::fs;
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/html");
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

fn kind_name(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

#[test]
fn there_are_fixtures() {
    assert!(
        fixtures().len() >= 15,
        "expected at least 15 HTML fixtures, found {}",
        fixtures().len()
    );
}

#[test]
fn every_fixture_cleans_to_its_expected_text() {
    let mut failures = Vec::new();
    for page in fixtures() {
        let bytes = fs::read(&page).unwrap();
        let expected_path = page.with_extension("expected.txt");
        let expected = fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        let article =
            declutter::clean_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        if article.text() != expected.trim_end() {
            failures.push(format!(
                "== {}\n-- expected\n{}\n-- got\n{}\n",
                page.display(),
                expected.trim_end(),
                article.text()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_listed_chrome_block_is_dropped_with_its_kind() {
    let mut failures = Vec::new();
    for page in fixtures() {
        let Ok(list) = fs::read_to_string(page.with_extension("chrome.txt")) else {
            continue;
        };
        let article = declutter::clean_bytes(&fs::read(&page).unwrap()).unwrap();
        for line in list.lines().filter(|l| !l.trim().is_empty()) {
            let Some((kind, start)) = line.split_once('\t') else {
                continue;
            };
            let want = kind_name(kind.trim());
            match article
                .blocks()
                .iter()
                .find(|b| b.text().starts_with(start.trim()))
            {
                None => failures.push(format!(
                    "{}: no block starts with {start:?}",
                    page.display()
                )),
                Some(b) if b.is_kept() => {
                    failures.push(format!("{}: kept {start:?}", page.display()))
                }
                Some(b) if b.kind().name() != want => failures.push(format!(
                    "{}: {start:?} is {} (want {want})",
                    page.display(),
                    b.kind()
                )),
                Some(_) => {}
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} chrome block(s) wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
