//! The one error type of the crate.

use thiserror::Error;

/// Everything that can go wrong while cleaning a page.
///
/// Every variant says what happened and what the caller can do about it. The
/// cleaner never panics on input: malformed HTML, binary data and odd encodings
/// all produce either an [`Article`](crate::Article) or one of these.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`CleanerBuilder::max_input_bytes`](crate::CleanerBuilder::max_input_bytes).
    #[error(
        "input is {size} bytes, over the limit of {limit} bytes; raise it with CleanerBuilder::max_input_bytes if this page is legitimate"
    )]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The configured limit in bytes.
        limit: usize,
    },

    /// The parsed page holds more elements than
    /// [`CleanerBuilder::max_nodes`](crate::CleanerBuilder::max_nodes) allows.
    #[error(
        "page has more than {limit} elements; raise it with CleanerBuilder::max_nodes (CLI: --max-nodes) if this page is legitimate"
    )]
    TooManyNodes {
        /// The configured limit.
        limit: usize,
    },

    /// The page splits into more blocks than
    /// [`CleanerBuilder::max_blocks`](crate::CleanerBuilder::max_blocks) allows: the
    /// work budget of one page (every block is classified), and what bounds its memory.
    #[error(
        "page splits into more than {limit} blocks; raise it with CleanerBuilder::max_blocks (CLI: --max-blocks) if this page is legitimate"
    )]
    TooManyBlocks {
        /// The configured limit.
        limit: usize,
    },

    /// Strict decoding was asked for and the bytes are not valid in the detected encoding.
    #[error(
        "bytes are not valid {encoding} (first bad byte near offset {offset}); pass the right charset or turn strict decoding off"
    )]
    Undecodable {
        /// The encoding the bytes were decoded with.
        encoding: &'static str,
        /// Approximate byte offset of the first malformed sequence.
        offset: usize,
    },

    /// A CSS selector given to
    /// [`CleanerBuilder::drop_selector`](crate::CleanerBuilder::drop_selector) or
    /// [`keep_selector`](crate::CleanerBuilder::keep_selector) does not parse.
    #[error("invalid CSS selector {selector:?}: {message}")]
    InvalidSelector {
        /// The selector as given.
        selector: String,
        /// What the selector parser said.
        message: String,
    },

    /// The caller named a charset that no encoding answers to.
    #[error(
        "unknown charset label {0:?}; use a WHATWG label such as \"utf-8\" or \"windows-1252\""
    )]
    UnknownCharset(String),

    /// The input is not text: a compressed archive, an image, an executable, a PDF. The
    /// check reads the first 8,192 bytes (characters, for text and UTF-16): at least 8%
    /// C0 control characters (pages and prose have next to none, in any encoding), or
    /// the signature of a file format no page starts with.
    #[error(
        "input is binary, not a web page or text ({}); decompress or convert it first",
        describe_binary(*.signature, *.control_percent)
    )]
    Binary {
        /// The file format whose signature opens the input, when one does
        /// (`"a PDF document"`, `"gzip-compressed data"`).
        signature: Option<&'static str>,
        /// Share of control characters and undecodable bytes in the sample, in percent.
        control_percent: u8,
    },

    /// The input has no visible text at all (empty, whitespace only, or only markup).
    #[error("the document has no visible text")]
    EmptyDocument,
}

fn describe_binary(signature: Option<&'static str>, control_percent: u8) -> String {
    match signature {
        Some(format) => format!("it is {format}"),
        None => format!("{control_percent}% of its first characters are control characters"),
    }
}
