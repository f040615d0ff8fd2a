//! The seed article (text pulled from a page, chrome and all): exact clean text and
//! the kind of every block, as listed in the seed's README.

use dechrome::Kind;

const SEED: &str = include_str!("../fixtures/text/the-week-article.txt");
const EXPECTED: &str = include_str!("../fixtures/text/the-week-article.expected.txt");
const KINDS: &str = include_str!("../fixtures/text/the-week-article.kinds");

#[test]
fn seed_clean_text_is_exact() {
    let article = dechrome::clean_text(SEED).unwrap();
    assert_eq!(article.text(), EXPECTED.trim_end());
    assert_eq!(format!("{article}"), EXPECTED.trim_end());
}

#[test]
fn seed_every_block_has_its_kind() {
    let article = dechrome::clean_text(SEED).unwrap();
    let got: Vec<&str> = article.blocks().iter().map(|b| b.kind().name()).collect();
    let want: Vec<&str> = KINDS.lines().collect();
    assert_eq!(got, want);
}

#[test]
fn seed_title_and_reasons() {
    let article = dechrome::clean_text(SEED).unwrap();
    assert_eq!(
        article.title(),
        Some(
            "Russia is now buying artillery shells, rockets from North Korea, declassified U.S. intelligence says"
        )
    );
    assert_eq!(article.metadata().publisher.as_deref(), Some("The Week"));
    for block in article.blocks() {
        assert!(
            !block.reasons().is_empty(),
            "every decision is explained: {:?}",
            block.text()
        );
        assert_eq!(block.is_kept(), !block.kind().is_chrome());
        let sum: f32 = block.reasons().iter().map(|r| r.weight).sum();
        assert!(
            (sum - block.score()).abs() < 1e-4,
            "score is the sum of the reasons"
        );
    }
    let continue_reading = article
        .blocks()
        .iter()
        .find(|b| b.text() == "Continue reading for free")
        .unwrap();
    assert_eq!(continue_reading.kind(), Kind::Paywall);
    assert!(continue_reading.reasons().iter().any(|r| r.code == "P301"));
}

#[test]
fn seed_through_the_cleaner_with_options() {
    let cleaner = dechrome::Cleaner::builder().keep_captions(true).build();
    let article = cleaner.clean_text(SEED).unwrap();
    assert!(
        article
            .text()
            .contains("Spent Russian artillery shells in Bucha, Ukraine")
    );
    assert!(!article.text().contains("Image credit"));
    // A stricter threshold never keeps more.
    let strict = dechrome::Cleaner::builder()
        .min_score(2.5)
        .build()
        .clean_text(SEED)
        .unwrap();
    assert!(
        strict.kept_blocks().count() <= dechrome::clean_text(SEED).unwrap().kept_blocks().count()
    );
}

#[test]
fn seed_output_is_stable_when_cleaned_again() {
    let once = dechrome::clean_text(SEED).unwrap().text();
    let twice = dechrome::clean_text(&once).unwrap().text();
    assert_eq!(twice, once);
}
