//! The hand labels of block kinds (`fixtures/kinds/*.jsonl`, see `dechrome_eval::kinds`)
//! are locators into public pages: every label must still find its block. The pages are
//! the datasets beside the repository (`../shared/datasets`); where they are missing the
//! test says so and passes, except under CI (`CI` set), where it fails.

use std::path::Path;

use dechrome_eval::dataset::Dataset;
use dechrome_eval::kinds::{self, dataset_folder};

#[test]
fn every_label_finds_its_block() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let labels = kinds::load_labels(&root.join("fixtures/kinds")).unwrap();
    assert!(labels.len() >= 1200, "{} labels", labels.len());
    let datasets = root.join("../shared/datasets");
    if !datasets.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI needs ../shared/datasets for the kind labels"
        );
        eprintln!("skipped: no {}", datasets.display());
        return;
    }
    let mut pages: Vec<(&str, &str)> = labels
        .iter()
        .map(|l| (l.set.as_str(), l.page.as_str()))
        .collect();
    pages.sort_unstable();
    pages.dedup();
    assert!(pages.len() >= 120, "{} pages", pages.len());
    let mut lost = Vec::new();
    for (set, page) in pages {
        let folder = dataset_folder(set).unwrap_or_else(|| panic!("unknown set {set}"));
        let ds = Dataset::load(&datasets.join(folder)).unwrap();
        let article = dechrome::clean_bytes(&ds.page(page).unwrap()).unwrap();
        for l in labels.iter().filter(|l| l.set == set && l.page == page) {
            if kinds::locate(&article, &l.text, l.nth).is_none() {
                lost.push(format!("{}: {:?}", l.origin, l.text));
            }
        }
    }
    assert!(
        lost.is_empty(),
        "{} labels find no block:\n{}",
        lost.len(),
        lost.join("\n")
    );
}
