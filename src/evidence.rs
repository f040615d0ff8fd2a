//! JSON-LD `articleBody` as evidence: which blocks it vouches for, and how well the
//! kept text agrees with it.
//!
//! Publishers often repeat the article's text in their JSON-LD. It is not a ground
//! truth (it is often truncated, a summary, or carries promo lines of its own), so
//! it is used in two cautious ways:
//!
//! - **Matching.** A block whose word 4-shingles are mostly found in `articleBody`
//!   ([`ArticleBody::covers`]) gets rule `C011` (in-article-body), a bonus towards
//!   body. Blocks it does not cover get nothing: absence from a truncated
//!   `articleBody` says nothing.
//! - **Agreement.** After classification, [`ArticleBody::agreement`] measures the
//!   bag-of-words overlap of the kept text with `articleBody`: recall (share of its
//!   words the kept text holds) and precision (share of the kept words it holds).
//!   Low recall means the cleaner kept something other than the article the page
//!   declares; the verdict's quality is lowered then.
//!
//! Normalisation: words are maximal runs of letters and digits, lower-cased
//! (so punctuation, apostrophes, quotes and whitespace all separate words and
//! `Don’t` matches `don't`); Han and kana characters are one word each. Words are
//! hashed as they are read (no string is allocated); a shingle is the hash of four
//! consecutive word hashes. Tags inside `articleBody` (some CMSs put HTML there)
//! are skipped. Building costs one pass over `articleBody` and two hash tables;
//! each block costs one pass over its text and no allocation.

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use serde::Serialize;

use crate::features::is_cjk;

/// `articleBody` with fewer words is not used (a teaser line says too little).
pub(crate) const MIN_BODY_WORDS: u32 = 50;
/// Words per shingle.
const SHINGLE: usize = 4;
/// Blocks with fewer words are never matched: "Advertisement" or "Read more" may
/// occur in any text.
pub(crate) const MIN_BLOCK_WORDS: u32 = 6;
/// Share of a block's shingles that must occur in `articleBody`.
pub(crate) const MIN_COVERAGE: f32 = 0.8;
/// Below this recall the agreement is poor: the quality is scaled down, and
/// `dechrome --explain` warns.
pub(crate) const POOR_RECALL: f32 = 0.5;
/// Quality is multiplied by this at recall 0, rising linearly to 1 at [`POOR_RECALL`].
const QUALITY_FLOOR: f32 = 0.4;

/// How well the kept text agrees with the page's JSON-LD `articleBody`, by words
/// (lower-cased letter-and-digit runs, each occurrence matched at most once).
///
/// See [`Verdict::article_body_agreement`](crate::Verdict::article_body_agreement).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Agreement {
    /// 0 to 1: share of `articleBody`'s words found in the kept text (without the
    /// title). Low recall means the kept text is not the article the page declares.
    pub recall: f32,
    /// 0 to 1: share of the kept words found in `articleBody` (0 when nothing was
    /// kept). Low precision alone is common: `articleBody` is often truncated or a summary.
    pub precision: f32,
}

impl Agreement {
    /// True when recall is under 0.5: the kept text misses most of `articleBody`.
    pub fn is_poor(&self) -> bool {
        self.recall < POOR_RECALL
    }

    /// What the verdict's quality is multiplied by: 1 at recall 0.5 and above,
    /// falling linearly to 0.4 at recall 0.
    pub(crate) fn quality_factor(&self) -> f32 {
        if self.recall >= POOR_RECALL {
            1.0
        } else {
            QUALITY_FLOOR + (1.0 - QUALITY_FLOOR) * (self.recall / POOR_RECALL).max(0.0)
        }
    }
}

/// Calls `f` with the hash of each normalised word of `text`, in order. With
/// `skip_tags`, `<tag ...>` and `</tag>` runs are not read.
fn for_each_word(text: &str, skip_tags: bool, mut f: impl FnMut(u64)) {
    let mut word: Option<FxHasher> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() && !is_cjk(c) {
            let h = word.get_or_insert_with(FxHasher::default);
            for l in c.to_lowercase() {
                h.write_u32(l as u32);
            }
            continue;
        }
        if let Some(h) = word.take() {
            f(h.finish());
        }
        if is_cjk(c) {
            let mut h = FxHasher::default();
            h.write_u32(c as u32);
            f(h.finish());
        } else if skip_tags
            && c == '<'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/' || *n == '!')
        {
            for n in chars.by_ref() {
                if n == '>' {
                    break;
                }
            }
        }
    }
    if let Some(h) = word {
        f(h.finish());
    }
}

/// The last [`SHINGLE`] word hashes, to hash each window of words as it passes.
#[derive(Default)]
struct Window {
    words: [u64; SHINGLE],
    seen: usize,
}

impl Window {
    /// Adds a word; the shingle ending at it, once [`SHINGLE`] words were seen.
    fn push(&mut self, word: u64) -> Option<u64> {
        self.words.rotate_left(1);
        if let Some(last) = self.words.last_mut() {
            *last = word;
        }
        self.seen += 1;
        (self.seen >= SHINGLE).then(|| {
            let mut h = FxHasher::default();
            for w in self.words {
                h.write_u64(w);
            }
            h.finish()
        })
    }
}

/// A page's `articleBody`, ready for matching blocks and measuring agreement.
#[derive(Debug, Clone)]
pub(crate) struct ArticleBody {
    shingles: FxHashSet<u64>,
    /// Occurrences of each word.
    counts: FxHashMap<u64, u32>,
    words: u32,
}

impl ArticleBody {
    /// `None` when `text` has fewer than [`MIN_BODY_WORDS`] words.
    pub(crate) fn new(text: &str) -> Option<ArticleBody> {
        // About six bytes a word: size the tables once.
        let guess = text.len() / 6;
        let mut body = ArticleBody {
            shingles: FxHashSet::with_capacity_and_hasher(guess, Default::default()),
            counts: FxHashMap::with_capacity_and_hasher(guess / 3, Default::default()),
            words: 0,
        };
        let mut window = Window::default();
        for_each_word(text, true, |w| {
            body.words += 1;
            *body.counts.entry(w).or_insert(0) += 1;
            if let Some(s) = window.push(w) {
                body.shingles.insert(s);
            }
        });
        (body.words >= MIN_BODY_WORDS).then_some(body)
    }

    /// Share of the block text's shingles found in `articleBody`; `None` for text
    /// under [`MIN_BLOCK_WORDS`] words.
    pub(crate) fn coverage(&self, text: &str) -> Option<f32> {
        let (mut words, mut shingles, mut found) = (0u32, 0u32, 0u32);
        let mut window = Window::default();
        for_each_word(text, false, |w| {
            words += 1;
            if let Some(s) = window.push(w) {
                shingles += 1;
                found += u32::from(self.shingles.contains(&s));
            }
        });
        (words >= MIN_BLOCK_WORDS && shingles > 0).then(|| found as f32 / shingles as f32)
    }

    /// True when at least [`MIN_COVERAGE`] of the block text's shingles occur in
    /// `articleBody` and the block has [`MIN_BLOCK_WORDS`] words or more.
    pub(crate) fn covers(&self, text: &str) -> bool {
        self.coverage(text).is_some_and(|c| c >= MIN_COVERAGE)
    }

    /// Word overlap of `kept` (the kept texts) with `articleBody`.
    pub(crate) fn agreement<'a>(&self, kept: impl IntoIterator<Item = &'a str>) -> Agreement {
        let mut left = self.counts.clone();
        let (mut kept_words, mut matched) = (0u32, 0u32);
        for text in kept {
            for_each_word(text, false, |w| {
                kept_words += 1;
                if let Some(n) = left.get_mut(&w)
                    && *n > 0
                {
                    *n -= 1;
                    matched += 1;
                }
            });
        }
        let ratio = |a: u32, b: u32| if b == 0 { 0.0 } else { a as f32 / b as f32 };
        Agreement {
            recall: ratio(matched, self.words),
            precision: ratio(matched, kept_words),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, skip_tags: bool) -> Vec<u64> {
        let mut out = Vec::new();
        for_each_word(text, skip_tags, |w| out.push(w));
        out
    }

    fn word(w: &str) -> u64 {
        let v = words(w, false);
        assert_eq!(v.len(), 1, "{w:?}");
        v[0]
    }

    const BODY: &str = "The council voted on Tuesday to close the old bridge for repairs. \
        Engineers had warned for years that the steel was failing, and the cost of the work \
        has doubled since the first estimate.\n\nResidents will have to drive twelve miles \
        around the river until the spring, when the bridge is expected to reopen. Shops on \
        the east bank say they fear losing customers over the winter months ahead.";

    #[test]
    fn normalises_case_punctuation_and_whitespace() {
        assert_eq!(
            words("Don’t  STOP, now!", false),
            words("don't stop\n\nnow", false)
        );
        assert_eq!(words("U.S.-based", false), words("u s based", false));
        assert_eq!(word("ÉCOLE"), word("école"));
        assert_ne!(word("bridge"), word("bridges"));
        assert!(words("  ... — !!", false).is_empty());
        // Han and kana: one word a character.
        assert_eq!(words("東京都", false).len(), 3);
        assert_eq!(words("abc東京", false).len(), 3);
    }

    #[test]
    fn skips_tags_in_article_body_only() {
        assert_eq!(
            words("<p class=\"x\">Hello <strong>world</strong></p>", true),
            words("hello world", false)
        );
        assert_eq!(words("a < b", true), words("a b", false));
        assert_eq!(words("<p>x</p>", false).len(), 3);
    }

    #[test]
    fn shingles_need_four_words() {
        let mut w = Window::default();
        assert_eq!(w.push(1), None);
        assert_eq!(w.push(2), None);
        assert_eq!(w.push(3), None);
        let a = w.push(4).unwrap();
        let b = w.push(5).unwrap();
        assert_ne!(a, b);
        // The same four words give the same shingle wherever they occur.
        let mut v = Window::default();
        for x in [9, 8, 2, 3, 4] {
            v.push(x);
        }
        assert_eq!(v.push(5), Some(b));
    }

    #[test]
    fn short_bodies_are_not_evidence() {
        assert!(ArticleBody::new("Only a teaser of the story, eight words.").is_none());
        assert!(ArticleBody::new(BODY).is_some());
    }

    #[test]
    fn covers_paragraphs_of_the_body_and_nothing_else() {
        let body = ArticleBody::new(BODY).unwrap();
        // A paragraph as the page shows it: other case, curly quotes, extra spaces.
        assert!(body.covers(
            "Residents will have to drive twelve  miles around the river until the Spring, \
             when the bridge is expected to reopen."
        ));
        assert_eq!(
            body.coverage("Engineers had warned for years that the steel was failing."),
            Some(1.0)
        );
        // Chrome, and a paragraph of another article made of the same words.
        assert!(!body.covers("Sign up for our newsletter to get the news every morning"));
        assert!(!body.covers("The bridge was failing for years, residents warned the council."));
        // Too short to say.
        assert_eq!(body.coverage("the old bridge for"), None);
        assert!(!body.covers("The council voted on Tuesday"));
        // Mostly covered, with one inserted aside: 0.8 still holds.
        let c = body
            .coverage("Shops on the east bank say they fear losing customers over the winter months ahead, owners said.")
            .unwrap();
        assert!((0.8..1.0).contains(&c), "{c}");
    }

    #[test]
    fn agreement_counts_each_word_once() {
        let body = ArticleBody::new(BODY).unwrap();
        let all = body.agreement([BODY]);
        assert_eq!(
            all,
            Agreement {
                recall: 1.0,
                precision: 1.0
            }
        );
        // Half the text kept: recall about half, precision full.
        let (first, second) = BODY.split_once("\n\n").unwrap();
        let half = body.agreement([first]);
        assert!((0.4..0.6).contains(&half.recall), "{half:?}");
        assert_eq!(half.precision, 1.0);
        // The body twice: every word matched once, precision halves.
        let twice = body.agreement([first, second, first, second]);
        assert_eq!(twice.recall, 1.0);
        assert!((twice.precision - 0.5).abs() < 1e-6, "{twice:?}");
        // Something else entirely.
        let other = body.agreement(["Cookies help us deliver our services. Accept all cookies?"]);
        assert!(other.recall < 0.05 && other.precision < 0.3, "{other:?}");
        assert!(other.is_poor());
        assert_eq!(
            body.agreement([]),
            Agreement {
                recall: 0.0,
                precision: 0.0
            }
        );
    }

    #[test]
    fn quality_factor_falls_below_poor_recall() {
        let at = |recall| {
            Agreement {
                recall,
                precision: 1.0,
            }
            .quality_factor()
        };
        assert_eq!(at(1.0), 1.0);
        assert_eq!(at(0.5), 1.0);
        assert!((at(0.25) - 0.7).abs() < 1e-6);
        assert!((at(0.0) - 0.4).abs() < 1e-6);
    }
}
