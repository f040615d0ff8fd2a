//! User rules: CSS selectors that drop or keep elements whatever the classifier says
//! ([`CleanerBuilder::drop_selector`](crate::CleanerBuilder::drop_selector),
//! [`CleanerBuilder::keep_selector`](crate::CleanerBuilder::keep_selector)).
//!
//! The selectors are compiled when the cleaner is built (a bad one is
//! [`Error::InvalidSelector`]). Per page they are matched once against the parsed
//! document; segmentation hands each block the mark of the nearest marked element
//! around it (so `keep .quote` inside `drop aside` keeps the quote), and after
//! classification a marked block is dropped (rule `U001`) or kept (`U002`).

use rustc_hash::FxHashMap;
use scraper::{Html, Selector};

use crate::Error;

/// What a user rule says of the blocks inside an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UserMark {
    Drop,
    Keep,
}

/// The compiled selectors of a cleaner, each with the text it was given.
#[derive(Debug, Clone, Default)]
pub(crate) struct Selectors {
    drop: Vec<(String, Selector)>,
    keep: Vec<(String, Selector)>,
}

/// The marked elements of one page, by node.
pub(crate) type Marks = FxHashMap<ego_tree::NodeId, UserMark>;

impl Selectors {
    /// Compiles `css` as a drop (or keep) rule.
    pub(crate) fn add(&mut self, css: &str, mark: UserMark) -> Result<(), Error> {
        let selector = Selector::parse(css).map_err(|e| Error::InvalidSelector {
            selector: css.to_owned(),
            message: e.to_string(),
        })?;
        let list = match mark {
            UserMark::Drop => &mut self.drop,
            UserMark::Keep => &mut self.keep,
        };
        list.push((css.to_owned(), selector));
        Ok(())
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.drop.is_empty() && self.keep.is_empty()
    }

    /// The elements of `dom` each rule matches (none without rules: no work); an element
    /// both dropped and kept is kept.
    pub(crate) fn marks(&self, dom: &Html) -> Marks {
        let mut marks = Marks::default();
        for (mark, list) in [(UserMark::Drop, &self.drop), (UserMark::Keep, &self.keep)] {
            for (_, selector) in list {
                for el in dom.select(selector) {
                    marks.insert(el.id(), mark);
                }
            }
        }
        marks
    }
}
