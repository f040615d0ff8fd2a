//! Scoring for dechrome, kept out of the library's public API.
//!
//! - [`metric`]: the article-extraction benchmark's metric, to score any extractor.
//! - [`dataset`]: a dataset in the benchmark's layout (`html/<id>.html.gz` and
//!   `ground-truth.json`), with WCXB's page types, must/must-not snippets and the fixed
//!   tuning/checking split.
//! - [`metadata`]: title, author and date against a dataset's gold (WCXB), for any extractor.
//! - [`kinds`]: hand labels of block kinds (`fixtures/kinds/*.jsonl`) and the kinds score.
//!
//! The `dechrome-eval` binary puts them together.

pub mod dataset;
pub mod kinds;
pub mod metadata;
pub mod metric;

pub use metric::{PageScore, Summary, score_page, summarize, tokens};
