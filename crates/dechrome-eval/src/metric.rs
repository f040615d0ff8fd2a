//! The article-extraction benchmark's metric, for evaluating any extractor.
//!
//! As defined by the benchmark (Scrapinghub's article-extraction-benchmark):
//! tokens are `\w+` matches (Unicode, case kept); a text gives its 4-token
//! shingles (fewer than 4 tokens: one shingle of them all; none: no shingle);
//! tp/fp/fn are multiset overlaps of the shingles, normalised by their sum so
//! every page weighs the same. Corpus precision is the mean page precision over
//! pages with `tp + fp > 0`, recall the mean over pages with `tp + fn > 0`, and
//! F1 is the harmonic mean of those two means. Accuracy is the share of pages
//! whose token lists are equal.
//!
//! ```
//! use dechrome_eval::metric::{score_page, summarize};
//! let page = score_page("the cat sat on the mat", "the cat sat on the mat");
//! assert_eq!(page.precision(), Some(1.0));
//! let s = summarize(&[page]);
//! assert_eq!((s.f1, s.accuracy), (1.0, 1.0));
//! ```

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use regex::Regex;

/// One page's normalised counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageScore {
    /// True positives, normalised.
    pub tp: f64,
    /// False positives (predicted shingles not in the truth), normalised.
    pub fp: f64,
    /// False negatives (true shingles missed), normalised.
    pub fn_: f64,
    /// The token lists are equal.
    pub exact: bool,
}

impl PageScore {
    /// Page precision; `None` when the page does not count towards the mean (`tp + fp == 0`).
    pub fn precision(&self) -> Option<f64> {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            return if self.tp > 0.0 { Some(1.0) } else { None };
        }
        (self.tp + self.fp > 0.0).then(|| self.tp / (self.tp + self.fp))
    }

    /// Page recall; `None` when the page does not count towards the mean (`tp + fn == 0`).
    pub fn recall(&self) -> Option<f64> {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            return if self.tp > 0.0 { Some(1.0) } else { None };
        }
        (self.tp + self.fn_ > 0.0).then(|| self.tp / (self.tp + self.fn_))
    }

    /// Page F1 (0 when undefined), for ranking pages.
    pub fn f1(&self) -> f64 {
        let p = self.precision().unwrap_or(0.0);
        let r = self.recall().unwrap_or(0.0);
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Corpus figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    /// Mean page precision.
    pub precision: f64,
    /// Mean page recall.
    pub recall: f64,
    /// Harmonic mean of the two means.
    pub f1: f64,
    /// Share of pages with equal token lists.
    pub accuracy: f64,
    /// Number of pages.
    pub pages: usize,
}

/// The `\w+` tokens of a text, with `\w` as Python's `re` defines it (the
/// benchmark's reference scorer is Python): letters, numbers and `_`. Rust's `\w`
/// would also take combining marks (Arabic vowel signs, U+FE0F) and drop
/// fractions like `½`, shifting scores in the fourth decimal.
pub fn tokens(text: &str) -> Vec<&str> {
    static WORD: OnceLock<Option<Regex>> = OnceLock::new();
    match WORD.get_or_init(|| Regex::new(r"[\p{L}\p{N}_]+").ok()) {
        Some(re) => re.find_iter(text).map(|m| m.as_str()).collect(),
        None => Vec::new(),
    }
}

fn shingles<'a>(tokens: &'a [&'a str]) -> HashMap<&'a [&'a str], i64> {
    let mut out = HashMap::default();
    if tokens.is_empty() {
        return out;
    }
    if tokens.len() < 4 {
        out.insert(tokens, 1);
        return out;
    }
    for w in tokens.windows(4) {
        *out.entry(w).or_insert(0) += 1;
    }
    out
}

/// Scores one page's prediction against its truth.
pub fn score_page(truth: &str, prediction: &str) -> PageScore {
    let t_tokens = tokens(truth);
    let p_tokens = tokens(prediction);
    let t = shingles(&t_tokens);
    let p = shingles(&p_tokens);
    let (mut tp, mut fp, mut fn_) = (0i64, 0i64, 0i64);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc);
        fn_ += (tc - pc).max(0);
    }
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        fp += (pc - tc).max(0);
    }
    let total = (tp + fp + fn_) as f64;
    let norm = |x: i64| if total > 0.0 { x as f64 / total } else { 0.0 };
    PageScore {
        tp: norm(tp),
        fp: norm(fp),
        fn_: norm(fn_),
        exact: t_tokens == p_tokens,
    }
}

/// Corpus precision, recall, F1 and accuracy over page scores.
pub fn summarize(pages: &[PageScore]) -> Summary {
    let mean = |xs: Vec<f64>| {
        if xs.is_empty() {
            0.0
        } else {
            xs.iter().sum::<f64>() / xs.len() as f64
        }
    };
    let precision = mean(pages.iter().filter_map(PageScore::precision).collect());
    let recall = mean(pages.iter().filter_map(PageScore::recall).collect());
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    let accuracy = if pages.is_empty() {
        0.0
    } else {
        pages.iter().filter(|p| p.exact).count() as f64 / pages.len() as f64
    };
    Summary {
        precision,
        recall,
        f1,
        accuracy,
        pages: pages.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical() {
        let s = score_page("a b c d e", "a b c d e");
        assert_eq!((s.tp, s.fp, s.fn_, s.exact), (1.0, 0.0, 0.0, true));
        assert_eq!((s.precision(), s.recall()), (Some(1.0), Some(1.0)));
    }

    #[test]
    fn disjoint() {
        let s = score_page("a b c d", "w x y z");
        assert_eq!((s.tp, s.fp, s.fn_), (0.0, 0.5, 0.5));
        assert_eq!((s.precision(), s.recall()), (Some(0.0), Some(0.0)));
        assert!(!s.exact);
    }

    #[test]
    fn partial_overlap_by_hand() {
        // truth shingles: abcd bcde cdef (3); prediction: abcd bcde cdex (3)
        // tp 2, fp 1, fn 1 -> normalised by 4
        let s = score_page("a b c d e f", "a b c d e x");
        assert_eq!((s.tp, s.fp, s.fn_), (0.5, 0.25, 0.25));
        assert!((s.precision().unwrap() - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.f1() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn short_texts_are_one_shingle() {
        let s = score_page("a b c", "a b c");
        assert_eq!((s.tp, s.precision()), (1.0, Some(1.0)));
        let s = score_page("a b c", "a b");
        assert_eq!((s.tp, s.fp, s.fn_), (0.0, 0.5, 0.5));
    }

    #[test]
    fn repeated_shingles_count_as_multisets() {
        // truth has "a b c d" twice (a b c d a b c d: abcd bcda cdab dabc abcd), prediction once
        let s = score_page("a b c d a b c d", "a b c d");
        assert_eq!((s.tp, s.fp, s.fn_), (0.2, 0.0, 0.8));
    }

    #[test]
    fn empty_prediction_and_empty_truth() {
        let s = score_page("a b c d", "");
        assert_eq!((s.tp, s.fp, s.fn_), (0.0, 0.0, 1.0));
        assert_eq!(s.precision(), None); // excluded from the precision mean
        assert_eq!(s.recall(), Some(0.0));
        let s = score_page("", "a b c d");
        assert_eq!(s.precision(), Some(0.0));
        assert_eq!(s.recall(), None);
        let s = score_page("", "");
        assert_eq!((s.precision(), s.recall(), s.exact), (None, None, true));
    }

    #[test]
    fn unicode_words_and_case() {
        assert_eq!(
            tokens("Café, naïve — 東京 don't"),
            ["Café", "naïve", "東京", "don", "t"]
        );
        assert!(!score_page("A b c d", "a b c d").exact);
        // Python's \w: combining marks split words, number forms like ½ are words.
        assert_eq!(
            tokens("e\u{301}t\u{e9} 1½ ok\u{fe0f}"),
            ["e", "t\u{e9}", "1½", "ok"]
        );
    }

    #[test]
    fn corpus_means() {
        let pages = [
            score_page("a b c d", "a b c d"),
            score_page("a b c d", ""),
            score_page("", "w x y z"),
        ];
        let s = summarize(&pages);
        // precision mean over pages 1 and 3: (1 + 0) / 2; recall over pages 1 and 2: (1 + 0) / 2
        assert_eq!((s.precision, s.recall, s.f1), (0.5, 0.5, 0.5));
        assert!((s.accuracy - 1.0 / 3.0).abs() < 1e-12);
    }
}
