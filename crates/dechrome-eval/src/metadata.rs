//! Metadata against the gold of a dataset that has it (WCXB: title, author, publication
//! date): how often a field is right, wrong or missing, for dechrome and for a peer's
//! answers in the same shape.
//!
//! What counts as right, field by field (strict enough that a site name or a date in an
//! author field fails, loose enough for punctuation and letter case):
//! - **date**: dechrome's `published`, else its `modified` (the gold is the one date the
//!   page shows); the same calendar day (the first ten characters, `YYYY-MM-DD`; a
//!   prediction that does not start with an ISO day is wrong).
//! - **author**: every word of the prediction is a word of the gold (so an author list
//!   may stop early, but "By Jane Doe | Site" fails), and every word of the gold's first
//!   name is in the prediction (credentials after a comma, "Jane Doe, MD", may be left
//!   out).
//! - **title**: word F1 of at least 0.8 between prediction and gold (a site suffix left
//!   on a short title fails).
//!
//! Words are lower-cased runs of letters and digits.

/// One field's tally over the pages whose gold has it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Pages whose gold has the field.
    pub pages: usize,
    /// Of those, pages where the prediction is right.
    pub right: usize,
    /// Of those, pages where nothing was predicted.
    pub missing: usize,
}

impl Tally {
    /// Counts one page whose gold has the field.
    pub fn add(&mut self, predicted: Option<&str>, right: bool) {
        self.pages += 1;
        self.right += usize::from(right);
        self.missing += usize::from(predicted.is_none_or(|p| p.trim().is_empty()));
    }

    /// Share right (0 without pages).
    pub fn share(&self) -> f64 {
        if self.pages == 0 {
            0.0
        } else {
            self.right as f64 / self.pages as f64
        }
    }
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether a predicted date is the gold's day.
pub fn date_right(gold: &str, predicted: Option<&str>) -> bool {
    matches!((iso_day(gold), predicted.and_then(iso_day)), (Some(g), Some(p)) if g == p)
}

/// The `YYYY-MM-DD` a string starts with.
fn iso_day(s: &str) -> Option<&str> {
    let s = s.trim();
    let b = s.as_bytes();
    let iso = b.len() >= 10
        && b.iter().take(10).enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    iso.then(|| s.get(..10)).flatten()
}

/// Whether predicted authors (joined) name the gold's author(s); see the module doc.
pub fn author_right(gold: &str, predicted: Option<&str>) -> bool {
    let Some(p) = predicted else { return false };
    let (g, p) = (words(gold), words(p));
    let first = gold
        .split([',', '&', ';', '|'])
        .next()
        .map(|f| f.split(" and ").next().unwrap_or(f))
        .map(words)
        .unwrap_or_default();
    !p.is_empty()
        && !first.is_empty()
        && p.iter().all(|w| g.contains(w))
        && first.iter().all(|w| p.contains(w))
}

/// Whether a predicted title is the gold's (word F1 >= 0.8).
pub fn title_right(gold: &str, predicted: Option<&str>) -> bool {
    let Some(p) = predicted else { return false };
    let (g, p) = (words(gold), words(p));
    if g.is_empty() || p.is_empty() {
        return false;
    }
    let common = p.iter().filter(|w| g.contains(w)).count() as f64;
    let (precision, recall) = (common / p.len() as f64, common / g.len() as f64);
    precision + recall > 0.0 && 2.0 * precision * recall / (precision + recall) >= 0.8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_compare_the_day() {
        assert!(date_right("2025-09-04", Some("2025-09-04T10:00:00Z")));
        assert!(!date_right("2025-09-04", Some("2025-09-05")));
        assert!(!date_right("2025-09-04", Some("Sept 4, 2025")));
        assert!(!date_right("2025-09-04", None));
    }

    #[test]
    fn authors_need_the_first_name_and_nothing_foreign() {
        assert!(author_right("Andrew King", Some("andrew king")));
        assert!(author_right(
            "Dylan Bailey, MS, RD, FAND",
            Some("Dylan Bailey")
        ));
        assert!(author_right(
            "Danielle DeSiato, Donna Enzmann, and Natalie Nguyen",
            Some("Danielle DeSiato, Donna Enzmann")
        ));
        assert!(!author_right(
            "Andrew King",
            Some("Andrew King | Scratch Culinary")
        ));
        assert!(!author_right("Andrew King", Some("King")));
        assert!(!author_right("Andrew King", None));
    }

    #[test]
    fn titles_compare_by_word_overlap() {
        assert!(title_right(
            "Top Nutrition Trends for Fall 2025",
            Some("Top nutrition trends for fall 2025")
        ));
        assert!(!title_right("Energy", Some("Energy | Grid Weekly")));
        assert!(!title_right("Energy", None));
    }

    #[test]
    fn tallies_count_right_and_missing() {
        let mut t = Tally::default();
        t.add(Some("x"), true);
        t.add(None, false);
        t.add(Some(" "), false);
        assert_eq!((t.pages, t.right, t.missing), (3, 1, 2));
        assert!((t.share() - 1.0 / 3.0).abs() < 1e-9);
    }
}
