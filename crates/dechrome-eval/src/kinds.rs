//! Hand labels of block kinds and the kinds score.
//!
//! A label is a locator, not a copy of the page: `{"set", "page", "lang", "text", "kind"}`
//! in JSON Lines under `fixtures/kinds/`, where `text` is a verbatim piece of one visible
//! block (white space collapsed) and `kind` one of [`Kind::ALL`]'s names, decided by a
//! person reading the page per `../shared/KINDS.md`. [`locate`] finds the block the label
//! names among an article's blocks; [`Score`] counts how often the product's kind is the
//! label's.

use std::collections::BTreeMap;
use std::path::Path;

use dechrome::{Article, Kind};
use serde_json::Value;

use crate::dataset::{Res, squash};

/// One labelled block.
#[derive(Debug, Clone)]
pub struct Label {
    /// The dataset: `aeb` or `wcxb-dev`.
    pub set: String,
    /// The page id in that dataset.
    pub page: String,
    /// The page's language (BCP 47 primary tag).
    pub lang: String,
    /// A verbatim piece of the block's text, white space collapsed.
    pub text: String,
    /// Which of the blocks holding `text` is meant (1: the first), for a text the page
    /// shows more than once (a headline repeated in the breadcrumb above it).
    pub nth: usize,
    /// The block's kind.
    pub kind: Kind,
    /// Where the label was read (`file:line`), for messages.
    pub origin: String,
}

/// The folder of a labelled set under the datasets root.
pub fn dataset_folder(set: &str) -> Option<&'static str> {
    match set {
        "aeb" => Some("article-extraction-benchmark"),
        "wcxb-dev" => Some("wcxb-dev"),
        _ => None,
    }
}

/// Every `*.jsonl` file of `dir`, in name order.
pub fn load_labels(dir: &Path) -> Res<Vec<Label>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let origin = format!("{}:{}", file.display(), n + 1);
            let v: Value = serde_json::from_str(line).map_err(|e| format!("{origin}: {e}"))?;
            let field = |k: &str| -> Res<String> {
                Ok(v.get(k)
                    .and_then(Value::as_str)
                    .ok_or_else(|| format!("{origin}: no \"{k}\""))?
                    .to_owned())
            };
            let kind_name = field("kind")?;
            let kind = kind_of(&kind_name)
                .ok_or_else(|| format!("{origin}: unknown kind {kind_name:?}"))?;
            out.push(Label {
                set: field("set")?,
                page: field("page")?,
                lang: v
                    .get("lang")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned(),
                text: squash(&field("text")?),
                nth: match v.get("nth") {
                    None => 1,
                    Some(n) => n
                        .as_u64()
                        .and_then(|n| usize::try_from(n).ok())
                        .filter(|n| *n >= 1)
                        .ok_or_else(|| format!("{origin}: \"nth\" must be a number from 1"))?,
                },
                kind,
                origin,
            });
        }
    }
    Ok(out)
}

/// A kind by its KINDS.md spelling (`NewsletterPitch`) or its snake_case name.
pub fn kind_of(name: &str) -> Option<Kind> {
    Kind::ALL
        .into_iter()
        .find(|k| format!("{k:?}") == name)
        .or_else(|| Kind::from_name(name))
}

/// The index of the block a label names: the `nth` block (1: the first) whose text
/// (white space collapsed) contains the label's text, else, for the first, the first
/// block the label's text contains (a label written as a whole line that the segmenter
/// split is still found).
pub fn locate(article: &Article, text: &str, nth: usize) -> Option<usize> {
    let blocks: Vec<String> = article.blocks().iter().map(|b| squash(b.text())).collect();
    let mut holding = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.contains(text))
        .map(|(i, _)| i);
    holding.nth(nth.checked_sub(1)?).or_else(|| {
        (nth == 1)
            .then(|| {
                blocks
                    .iter()
                    .position(|b| b.len() >= 12 && text.contains(b.as_str()))
            })
            .flatten()
    })
}

/// Chrome kinds the macro-F1 averages over: every named kind of chrome (not Title,
/// Heading, Body, nor Other).
pub fn named_chrome() -> impl Iterator<Item = Kind> {
    Kind::ALL
        .into_iter()
        .filter(|k| k.is_chrome() && *k != Kind::Other)
}

/// The confusion counts of labelled blocks: (label, prediction) -> count.
#[derive(Debug, Default, Clone)]
pub struct Score {
    /// Label kind, predicted kind -> blocks.
    pub confusion: BTreeMap<(Kind, Kind), usize>,
    /// Labels whose block was not found.
    pub unfound: usize,
}

/// Precision, recall and F1 of one kind.
#[derive(Debug, Clone, Copy, Default)]
pub struct KindScore {
    /// Labelled blocks of this kind.
    pub support: usize,
    /// Blocks predicted as this kind.
    pub predicted: usize,
    /// Of the predicted, the right ones / predicted.
    pub precision: f64,
    /// Of the labelled, the found ones / labelled.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
}

impl Score {
    /// Counts one labelled block.
    pub fn add(&mut self, label: Kind, predicted: Kind) {
        *self.confusion.entry((label, predicted)).or_default() += 1;
    }

    /// Labelled blocks counted.
    pub fn total(&self) -> usize {
        self.confusion.values().sum()
    }

    /// Share of labelled blocks given their label's kind.
    pub fn accuracy(&self) -> f64 {
        let right: usize = self
            .confusion
            .iter()
            .filter(|((a, b), _)| a == b)
            .map(|(_, n)| n)
            .sum();
        right as f64 / self.total().max(1) as f64
    }

    /// One kind's precision, recall and F1.
    pub fn of(&self, kind: Kind) -> KindScore {
        let support: usize = self
            .confusion
            .iter()
            .filter(|((a, _), _)| *a == kind)
            .map(|(_, n)| n)
            .sum();
        let predicted: usize = self
            .confusion
            .iter()
            .filter(|((_, b), _)| *b == kind)
            .map(|(_, n)| n)
            .sum();
        let right = self.confusion.get(&(kind, kind)).copied().unwrap_or(0);
        let precision = right as f64 / predicted.max(1) as f64;
        let recall = right as f64 / support.max(1) as f64;
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        KindScore {
            support,
            predicted,
            precision,
            recall,
            f1,
        }
    }

    /// Mean F1 over the named chrome kinds that have labels.
    pub fn macro_f1(&self) -> f64 {
        let f1s: Vec<f64> = named_chrome()
            .map(|k| self.of(k))
            .filter(|s| s.support > 0)
            .map(|s| s.f1)
            .collect();
        f1s.iter().sum::<f64>() / f1s.len().max(1) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_count_both_sides() {
        let mut s = Score::default();
        s.add(Kind::Navigation, Kind::Navigation);
        s.add(Kind::Navigation, Kind::RelatedLinks);
        s.add(Kind::RelatedLinks, Kind::RelatedLinks);
        assert!((s.accuracy() - 2.0 / 3.0).abs() < 1e-9);
        let nav = s.of(Kind::Navigation);
        assert_eq!((nav.support, nav.predicted), (2, 1));
        assert!((nav.precision - 1.0).abs() < 1e-9 && (nav.recall - 0.5).abs() < 1e-9);
        let rel = s.of(Kind::RelatedLinks);
        assert!((rel.precision - 0.5).abs() < 1e-9 && (rel.recall - 1.0).abs() < 1e-9);
        assert!((s.macro_f1() - (2.0 / 3.0 + 2.0 / 3.0) / 2.0).abs() < 1e-9);
    }

    #[test]
    fn a_label_finds_its_block() {
        let article = dechrome::clean(
            "<nav><a href=/>Home</a> <a href=/world>World news</a></nav>\
             <p>A paragraph long enough to be the article, with a sentence in it.</p>",
        )
        .unwrap();
        assert!(locate(&article, "World news", 1).is_some());
        assert_eq!(
            locate(&article, "long enough to be", 1),
            article
                .blocks()
                .iter()
                .position(|b| b.text().contains("long enough"))
        );
        assert_eq!(locate(&article, "not on the page", 1), None);
        // A text shown twice: the label says which.
        let twice = dechrome::clean(
            "<nav><a href=/>Home</a> <a href=/s>Budget passes</a></nav><h1>Budget passes</h1>\
             <p>A paragraph long enough to be the article, with a sentence in it.</p>",
        )
        .unwrap();
        let (first, second) = (
            locate(&twice, "Budget passes", 1).unwrap(),
            locate(&twice, "Budget passes", 2).unwrap(),
        );
        assert!(first < second);
        assert_eq!(twice.blocks()[second].kind(), Kind::Title);
        assert_eq!(locate(&twice, "Budget passes", 3), None);
        assert_eq!(locate(&twice, "Budget passes", 0), None);
    }
}
