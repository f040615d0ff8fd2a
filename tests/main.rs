//! The library's integration tests, one module a subject, built as one test binary
//! (one link instead of one per file). The command-line program's tests live beside it
//! in `crates/dechrome-cli/tests`.

mod article_body;
mod encodings;
mod fixtures;
mod hostile;
mod kind_labels;
mod kinds;
mod lang;
mod metadata;
mod options;
mod pathological;
mod properties;
mod readme;
mod recovery;
mod schema;
mod seed;
mod signals;
mod structure;
mod verdict;
