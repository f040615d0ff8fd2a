//! The cleaner's options change what is kept, each in its own way: `focus` moves the
//! bar for every block, the `keep_*` toggles bring back (or drop) one kind of block.
//! Every test here fails if its option does nothing.

use std::path::Path;

use dechrome::{Article, Cleaner, Focus, Kind};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn kept_of_kind(article: &Article, kind: Kind) -> Vec<&str> {
    article
        .blocks()
        .iter()
        .filter(|b| b.kind() == kind && b.is_kept())
        .map(|b| b.text())
        .collect()
}

#[test]
fn defaults_are_the_documented_ones() {
    let page = fixture("fixtures/html/figure-captions-and-plain-credits.html");
    let default = Cleaner::new().clean(&page).unwrap();
    let explicit = Cleaner::builder()
        .focus(Focus::Balanced)
        .keep_captions(false)
        .keep_credits(false)
        .keep_comments(false)
        .keep_tables(true)
        .build()
        .clean(&page)
        .unwrap();
    assert_eq!(default.to_json(), explicit.to_json());
    assert_eq!(Focus::default(), Focus::Balanced);
}

#[test]
fn keep_credits_brings_back_image_credits_only() {
    let page = fixture("fixtures/html/figure-captions-and-plain-credits.html");
    let without = Cleaner::new().clean(&page).unwrap();
    let with = Cleaner::builder()
        .keep_credits(true)
        .build()
        .clean(&page)
        .unwrap();
    assert!(kept_of_kind(&without, Kind::ImageCredit).is_empty());
    let credits = kept_of_kind(&with, Kind::ImageCredit);
    assert!(
        credits.iter().any(|c| c.starts_with("Photo: Karen Lowe")),
        "{credits:?}"
    );
    assert!(with.text().contains("Photo: Karen Lowe"));
    assert!(!without.text().contains("Photo: Karen Lowe"));
    // Captions are their own toggle.
    assert!(kept_of_kind(&with, Kind::Caption).is_empty());
    let both = Cleaner::builder()
        .keep_credits(true)
        .keep_captions(true)
        .build()
        .clean(&page)
        .unwrap();
    assert!(!kept_of_kind(&both, Kind::Caption).is_empty());
    assert!(!kept_of_kind(&both, Kind::ImageCredit).is_empty());
}

#[test]
fn keep_comments_brings_back_the_comment_section() {
    let page = fixture("fixtures/html/blog-post-with-comments.html");
    let without = Cleaner::new().clean(&page).unwrap();
    let with = Cleaner::builder()
        .keep_comments(true)
        .build()
        .clean(&page)
        .unwrap();
    let comment = "This is so helpful, thank you.";
    assert!(!without.text().contains(comment));
    assert!(with.text().contains(comment), "{}", with.text());
    for comment in [
        "Garages can be surprisingly damp",
        "I would gently push back on the vermiculite",
        "The mouse made me laugh out loud",
    ] {
        assert!(with.text().contains(comment), "{comment}");
        assert!(!without.text().contains(comment), "{comment}");
    }
    assert!(kept_of_kind(&without, Kind::Comments).is_empty());
    assert!(!kept_of_kind(&with, Kind::Comments).is_empty());
    // The body and the other chrome are untouched.
    let body = |a: &Article| {
        a.blocks()
            .iter()
            .filter(|b| b.kind() == Kind::Body && b.is_kept())
            .count()
    };
    assert_eq!(body(&with), body(&without));
    for chrome in [
        "Share this: Facebook",
        "Related Taking dahlia",
        "Powered by WordPress",
    ] {
        assert!(!with.text().contains(chrome), "{chrome}");
    }
}

const TABLE_PAGE: &str = r#"<!doctype html><html lang="en"><head><title>Reservoir levels fall again | The Valley Times</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/weather">Weather</a></nav>
<article><h1>Reservoir levels fall again</h1>
<p>The region's reservoirs dropped for the fourth month running in August, the water authority said on Monday, as a dry summer followed a winter with barely half the usual rainfall.</p>
<p>Engineers said the figures below, taken on the last day of each month, showed the steepest fall at the upper dam, where the intake tower is now visible for the first time since the drought of 1995.</p>
<table>
<thead><tr><th>Reservoir</th><th>June</th><th>July</th><th>August</th></tr></thead>
<tbody>
<tr><td>Upper dam</td><td>71%</td><td>58%</td><td>44%</td></tr>
<tr><td>Lower dam</td><td>80%</td><td>72%</td><td>65%</td></tr>
<tr><td>Millbrook</td><td>88%</td><td>84%</td><td>79%</td></tr>
</tbody></table>
<p>A hosepipe ban remains in force across the district, and the authority asked households to keep their use below one hundred litres a person each day until the autumn rains arrive.</p>
<p>Farmers have been allowed to keep drawing from the river under their licences, although two of the smaller abstraction points were closed last week when the flow dropped below the legal minimum.</p>
</article>
<footer><p>© 2024 The Valley Times</p></footer>
</body></html>"#;

#[test]
fn keep_tables_false_drops_data_table_cells() {
    let with = Cleaner::new().clean(TABLE_PAGE).unwrap();
    let without = Cleaner::builder()
        .keep_tables(false)
        .build()
        .clean(TABLE_PAGE)
        .unwrap();
    let cells = |a: &Article| {
        a.blocks()
            .iter()
            .filter(|b| b.context().cell.is_some() && b.is_kept())
            .count()
    };
    assert!(cells(&with) >= 12, "the table is kept by default");
    assert!(with.text().contains("Millbrook"));
    assert_eq!(cells(&without), 0);
    assert!(!without.text().contains("Millbrook"));
    // The prose around it stays.
    for a in [&with, &without] {
        assert!(a.text().contains("intake tower"));
        assert!(a.text().contains("hosepipe ban"));
    }
    // The classification itself is unchanged: only the kept flag moves.
    let kinds = |a: &Article| a.blocks().iter().map(|b| b.kind()).collect::<Vec<_>>();
    assert_eq!(kinds(&with), kinds(&without));
}

#[test]
fn keep_tables_false_leaves_layout_tables_alone() {
    let page = fixture("fixtures/html/table-layout-old-site.html");
    let with = Cleaner::new().clean(&page).unwrap();
    let without = Cleaner::builder()
        .keep_tables(false)
        .build()
        .clean(&page)
        .unwrap();
    assert!(with.body_text().len() > 500);
    assert_eq!(with.text(), without.text());
}

/// Kept words over every HTML fixture (articles, languages, structure, verdict pages).
fn kept_words(focus: Focus) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut pages = Vec::new();
    for dir in std::fs::read_dir(&root).unwrap().filter_map(Result::ok) {
        if let Ok(files) = std::fs::read_dir(dir.path()) {
            pages.extend(
                files
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "html")),
            );
        }
    }
    assert!(pages.len() > 40, "{}", pages.len());
    let cleaner = Cleaner::builder().focus(focus).build();
    pages
        .iter()
        .filter_map(|p| cleaner.clean_bytes(&std::fs::read(p).unwrap()).ok())
        .map(|a| a.text().split_whitespace().count())
        .sum()
}

#[test]
fn focus_moves_the_bar_in_its_direction() {
    let precision = kept_words(Focus::Precision);
    let balanced = kept_words(Focus::Balanced);
    let recall = kept_words(Focus::Recall);
    assert!(
        precision < balanced,
        "precision keeps less: {precision} vs {balanced}"
    );
    assert!(
        recall > balanced,
        "recall keeps more: {recall} vs {balanced}"
    );
}

#[test]
fn focus_names_parse() {
    for f in Focus::ALL {
        assert_eq!(f.name().parse::<Focus>(), Ok(f));
        assert_eq!(f.to_string(), f.name());
    }
    assert_eq!("PRECISION".parse::<Focus>(), Ok(Focus::Precision));
    assert!("strict".parse::<Focus>().is_err());
}

/// User rules: a drop selector removes what the classifier kept, a keep selector
/// brings back what it dropped, each with its reason; the nearest matched element
/// decides; selectors see attributes the classifier never reads; the page without
/// selectors is unchanged.
#[test]
fn drop_and_keep_selectors_have_the_last_word() {
    let page = fixture("fixtures/selectors/promo-and-pull-quote.html");
    let promo = "Our new app puts every timetable";
    let quote = "We asked for a later boat for years";
    let plain = Cleaner::new().clean(&page).unwrap();
    assert!(plain.text().contains(promo) && !plain.text().contains(quote));

    let cleaner = Cleaner::builder()
        .drop_selector("[data-slot]")
        .unwrap()
        .drop_selector("aside")
        .unwrap()
        .keep_selector(".pull-quote")
        .unwrap()
        .build();
    let a = cleaner.clean(&page).unwrap();
    let block = |start: &str| {
        a.blocks()
            .iter()
            .find(|b| b.text().starts_with(start))
            .unwrap_or_else(|| panic!("no block {start:?}"))
    };
    let fired = |b: &dechrome::Block, code: &str| b.reasons().iter().any(|r| r.code == code);
    assert!(!block(promo).is_kept() && fired(block(promo), "U001"));
    assert!(block(quote).is_kept() && fired(block(quote), "U002"));
    assert_eq!(block(quote).kind(), Kind::Body);
    // The aside's own line stays dropped: the keep rule is nearer only for the quote.
    assert!(!block("Most read this week").is_kept());
    assert!(fired(block("Most read this week"), "U001"));
    assert!(a.text().contains("Season tickets bought before the change"));
}

#[test]
fn a_selector_that_does_not_parse_is_a_typed_error() {
    for css in ["div[", "", "p >", "::nope("] {
        match Cleaner::builder().drop_selector(css) {
            Err(dechrome::Error::InvalidSelector { selector, message }) => {
                assert_eq!(selector, css);
                assert!(!message.is_empty());
            }
            other => panic!("{css:?}: {other:?}"),
        }
    }
    assert!(Cleaner::builder().keep_selector("div[").is_err());
}
