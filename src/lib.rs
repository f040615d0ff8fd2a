//! # dechrome
//!
//! Strips publisher chrome from web articles and hands back the article itself:
//! its title and body paragraphs. Every block of the page is classified as body,
//! heading, title or a named kind of chrome (subscribe prompt, newsletter pitch,
//! paywall, image credit, caption, byline, share bar, navigation, related links,
//! cookie notice, advertisement, legal, comments), with a score and the reasons
//! that decided it.
//!
//! ```
//! let html = r#"<html><head><title>Shells from the North | The Daily</title></head><body>
//!   <nav><a href="/">Home</a> <a href="/world">World</a></nav>
//!   <article><h1>Shells from the North</h1>
//!   <p>Russia is buying millions of artillery shells from North Korea, according to newly
//!      declassified intelligence, a sign that sanctions are taking their toll.</p>
//!   <p>Subscribe to The Daily</p>
//!   <p>Officials said the purchases showed how far the army had run through its own stocks,
//!      and analysts expected more such deals in the months ahead.</p></article>
//! </body></html>"#;
//! let article = dechrome::clean(html)?;
//! assert_eq!(article.title(), Some("Shells from the North"));
//! assert!(article.text().contains("artillery shells"));
//! assert!(!article.text().contains("Subscribe"));
//! for block in article.blocks() {
//!     println!("{:>16} {:+.1} {}", block.kind(), block.score(), block.text());
//! }
//! # Ok::<(), dechrome::Error>(())
//! ```
//!
//! ## The pipeline
//! One direction, one module a stage; each takes the previous stage's output only:
//!
//! | stage | module | what it holds |
//! |---|---|---|
//! | decode | `decode` | bytes -> UTF-8 (BOM, caller charset, `<meta>`, UTF-8, detection) |
//! | parse | `parse` | a linear pre-scan (node bound, depth flattening; cuts script and style bodies, comments, unread attributes and indentation), then a `memchr`-driven tokenizer feeding html5ever's tree builder (html5ever's own tokenizer as fallback and test oracle) into `scraper`'s arena tree |
//! | segment | `segment` / `text_input` | tree (or plain text) -> [`Block`]s with their [`Context`] |
//! | metadata | `metadata` | `<meta>`, `<link>`, JSON-LD... -> [`Metadata`] (see `docs/metadata.md`) |
//! | features | `features` | per-block counts, phrase hits, main container, publisher |
//! | classify | `classify` | [`rules`] -> score, [`Reason`]s, kept; context smoothing; JSON-LD `articleBody` as evidence (`evidence`) |
//! | kinds | `kinds` | the [`Kind`] of each dropped block from its own evidence, the most specific first (tiers in `rules::kinds`); never a score or a kept flag |
//! | shown metadata | `metadata::visible` | after classification, the dates and authors the page shows (`<time datetime>`, a byline near the title, the URL's day) for the fields the declared metadata left empty |
//! | verdict | `verdict` | blocks -> [`Verdict`]: page type, confidence, quality, agreement with `articleBody` |
//! | render | `render` | kept blocks -> text |
//!
//! The classifier never sees the DOM, only blocks and their context, so HTML and
//! plain-text input share every rule after segmentation. The rules are data
//! ([`rules::all`]): each has a stable code, a weight and a doc line, and each
//! block's [`Reason`]s are those records.
//!
//! ## Entry points
//! - [`clean`] (HTML as `&str`), [`clean_bytes`] (HTML as bytes, any encoding),
//!   [`clean_text`] (text already pulled from a page): the common case.
//! - [`Cleaner::builder`] for options; a [`Cleaner`] is `Send + Sync` and reusable.
//! - [`Article`]: [`title`](Article::title), [`text`](Article::text),
//!   [`blocks`](Article::blocks) with kind, score, reasons and kept flag,
//!   [`to_json`](Article::to_json), and the page [`verdict`](Article::verdict)
//!   (article, listing, forum, product, documentation, homepage, error or wall page).
//! - `batch` (feature `batch`, on by default): many pages on all cores, in input order, memory bounded.
//! - `warc` (feature `warc`): the HTML responses of WARC files, damaged records reported,
//!   not fatal; the reader the CLI and the Python package share.
//!
//! ## Encodings
//! Bytes are decoded with this precedence: a byte-order mark; the caller's charset
//! ([`Cleaner::clean_bytes_with_charset`], e.g. from HTTP headers); a `<meta charset>`
//! or `http-equiv` declaration in the first 4 KiB; UTF-8 if the bytes are valid
//! UTF-8; otherwise a guess by `chardetng`. Malformed sequences become U+FFFD, or
//! [`Error::Undecodable`] with [`CleanerBuilder::strict_decoding`].
//!
//! ## Untrusted input
//! Pages come from the open web, so:
//! - **No panics.** No input makes the cleaner panic: malformed HTML, binary data,
//!   NUL bytes, invalid UTF-8, wrong declared charsets. (Tested in `tests/hostile.rs`.)
//! - **No garbage from binary.** An archive, image, executable or PDF is refused with
//!   [`Error::Binary`], not cleaned into noise that reads as an article.
//! - **No stack overflow.** Segmentation is iterative and the tree is an arena:
//!   pages nested 100,000 deep are handled like flat ones.
//! - **Bounded input and work.** [`CleanerBuilder::max_input_bytes`] (default 64 MiB),
//!   [`CleanerBuilder::max_nodes`] (default 2,000,000 tags, checked before parsing) and
//!   [`CleanerBuilder::max_blocks`] (default 100,000 blocks, checked as they are made,
//!   and before parsing where the markup alone shows that many: the work budget of a
//!   page) refuse larger input with a typed [`Error`] instead of allocating without
//!   bound.
//! - **Linear work.** Every stage is one pass over its input; the pattern tables run
//!   as one automaton per table, compiled once per process.
//! - **No silent loss.** A page either yields an [`Article`] whose [`blocks`](Article::blocks)
//!   hold every visible text of the page (kept or not), or an [`Error`] saying why not.

#![warn(missing_docs)]
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

#[cfg(feature = "batch")]
pub mod batch;
#[doc(hidden)]
#[path = "bench_support.rs"]
pub mod bench;
mod classify;
mod cleaner;
mod decode;
mod document;
mod error;
mod evidence;
mod features;
mod kinds;
mod language;
mod metadata;
mod parse;
mod render;
pub mod rules;
mod segment;
mod selectors;
mod text_input;
mod verdict;
#[cfg(feature = "warc")]
pub mod warc;

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use cleaner::{
    Cleaner, CleanerBuilder, DEFAULT_MAX_BLOCKS, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NODES, Focus,
    Page,
};
pub use document::{
    Article, Block, Cell, Context, Element, FieldSource, Image, Kind, Landmarks, ListItemRef,
    Metadata, PageType, Reason, Source, Span, SpanKind, Structure, Verdict,
};
pub use error::Error;
pub use evidence::Agreement;
pub use render::{Format, RenderOptions};

use std::sync::OnceLock;

fn default_cleaner() -> &'static Cleaner {
    static CLEANER: OnceLock<Cleaner> = OnceLock::new();
    CLEANER.get_or_init(Cleaner::default)
}

/// Cleans an HTML page with the default options.
///
/// # Errors
/// [`Error::InputTooLarge`] over 64 MiB, [`Error::TooManyNodes`] over 2,000,000
/// tags, [`Error::TooManyBlocks`] over 100,000 blocks, [`Error::Binary`] for bytes that are not a page, [`Error::EmptyDocument`] when
/// the page has no visible text.
///
/// ```
/// let article = dechrome::clean("<p>Only one paragraph, but a real sentence with enough words to count.</p>")?;
/// assert_eq!(article.body_text(), "Only one paragraph, but a real sentence with enough words to count.");
/// # Ok::<(), dechrome::Error>(())
/// ```
pub fn clean(html: &str) -> Result<Article, Error> {
    default_cleaner().clean(html)
}

/// Cleans an HTML page given as bytes in any encoding, with the default options.
///
/// # Errors
/// As [`clean`].
///
/// ```
/// let page = b"<meta charset=windows-1252><p>Caf\xe9 society returned this spring, and with it the long lunches.</p>";
/// assert!(dechrome::clean_bytes(page)?.text().starts_with("Café"));
/// # Ok::<(), dechrome::Error>(())
/// ```
pub fn clean_bytes(bytes: &[u8]) -> Result<Article, Error> {
    default_cleaner().clean_bytes(bytes)
}

/// The binary check every `clean*` function runs first, for callers that route input
/// before cleaning it (a crawler deciding what to store, a CLI telling a page from an
/// archive): [`Error::Binary`] for an executable, image, archive, PDF or compressed
/// data, by its signature or its share of control bytes.
///
/// # Errors
/// [`Error::Binary`].
///
/// ```
/// assert!(dechrome::check_binary(b"<p>A page</p>").is_ok());
/// assert!(dechrome::check_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").is_err());
/// ```
pub fn check_binary(bytes: &[u8]) -> Result<(), Error> {
    decode::check_bytes(bytes)
}

/// Cleans text already pulled from a page (paragraphs separated by blank lines, or
/// one paragraph a line), with the default options.
///
/// # Errors
/// [`Error::InputTooLarge`] over 64 MiB, [`Error::Binary`] for bytes that are not text,
/// [`Error::EmptyDocument`] when the text is blank.
///
/// ```
/// let article = dechrome::clean_text("Headline of the story\n\nSign up for our newsletter\n\n\
///     The body paragraph is a full sentence, with enough words to read as prose.")?;
/// assert_eq!(article.body_text(), "The body paragraph is a full sentence, with enough words to read as prose.");
/// # Ok::<(), dechrome::Error>(())
/// ```
pub fn clean_text(text: &str) -> Result<Article, Error> {
    default_cleaner().clean_text(text)
}
