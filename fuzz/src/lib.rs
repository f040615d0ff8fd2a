//! Shared pieces of the fuzz targets: the invariants every result must satisfy,
//! the options the `options` target derives with `arbitrary`, and (without the
//! `libfuzzer` feature) a stand-alone driver that replays or generates inputs.

use arbitrary::Arbitrary;
use dechrome::{Article, Cleaner, Error, Kind};

#[cfg(not(feature = "libfuzzer"))]
pub mod driver;
#[cfg(not(feature = "libfuzzer"))]
mod generate;

#[cfg(feature = "libfuzzer")]
#[doc(hidden)]
pub use libfuzzer_sys;

/// The largest input a target looks at, in bytes: longer inputs are rejected
/// (returned from at once, so libFuzzer sees no new coverage and drops them).
/// Run libFuzzer with `-max_len=4096` to match. Every code path of the cleaner is
/// reachable in a few kilobytes, while html5ever's tree builder is quadratic in the
/// nesting depth (`<div>` x 800 takes ~200 ms under ASan); a 32 KiB cap let the
/// corpus fill with such inputs and brought the targets to a few dozen runs a second.
/// The size limits themselves (`InputTooLarge`) are covered by the `options` target's
/// small `max_input_bytes`.
pub const MAX_LEN: usize = 4096;

/// Declares a fuzz target: a libFuzzer entry point with the `libfuzzer` feature
/// (what `cargo fuzz` builds), otherwise a `main` that runs [`driver::main`].
/// Inputs over [`MAX_LEN`] are rejected before the body runs.
#[macro_export]
macro_rules! target {
    (|$data:ident: &[u8]| $body:block) => {
        #[cfg(feature = "libfuzzer")]
        $crate::libfuzzer_sys::fuzz_target!(|$data: &[u8]| {
            if $data.len() > $crate::MAX_LEN {
                return;
            }
            $body
        });

        #[cfg(not(feature = "libfuzzer"))]
        fn main() {
            $crate::driver::main(env!("CARGO_BIN_NAME"), |$data: &[u8]| {
                if $data.len() > $crate::MAX_LEN {
                    return;
                }
                $body
            });
        }
    };
}

/// What the options of one `Cleaner` were, so the checks know what to expect.
#[derive(Debug, Clone, Copy, Default)]
pub struct Expect {
    pub keep_captions: bool,
    pub keep_headings: bool,
    pub strict_decoding: bool,
    pub max_input_bytes: Option<usize>,
    pub max_nodes_limited: bool,
}

impl Expect {
    /// The default cleaner's options.
    pub fn defaults() -> Expect {
        Expect {
            keep_headings: true,
            ..Expect::default()
        }
    }
}

/// Checks a result of `clean`/`clean_bytes`: an article that satisfies [`check`],
/// or one of the errors the input and options allow.
pub fn check_result(result: &Result<Article, Error>, input_len: usize, expect: Expect) {
    let limit = expect
        .max_input_bytes
        .unwrap_or(dechrome::DEFAULT_MAX_INPUT_BYTES);
    match result {
        Ok(article) => {
            assert!(input_len <= limit, "input over the byte limit was accepted");
            check(article, expect);
        }
        Err(Error::InputTooLarge { size, limit: l }) => {
            assert_eq!(*size, input_len);
            assert_eq!(*l, limit);
            assert!(input_len > limit, "InputTooLarge under the limit");
        }
        Err(Error::EmptyDocument) => {}
        Err(Error::TooManyNodes { .. }) => assert!(
            expect.max_nodes_limited || input_len > 2_000_000,
            "TooManyNodes with the default bound on a small input"
        ),
        Err(Error::Undecodable { .. }) => {
            assert!(
                expect.strict_decoding,
                "Undecodable without strict decoding"
            )
        }
        // Control characters or a file signature; for byte input, `check_binary_verdict`
        // checks that it is exactly `dechrome::check_binary`'s verdict.
        Err(Error::Binary { .. }) => {}
        Err(e) => panic!("unexpected error: {e:?}"),
    }
}

/// For `clean_bytes`/`clean_bytes_with_charset` results: `Error::Binary` exactly when
/// the public `dechrome::check_binary` says so (and the input is under the size limit,
/// which is checked first), with the same signature and percentage.
pub fn check_binary_verdict(result: &Result<Article, Error>, bytes: &[u8], expect: Expect) {
    let limit = expect
        .max_input_bytes
        .unwrap_or(dechrome::DEFAULT_MAX_INPUT_BYTES);
    if bytes.len() > limit {
        return;
    }
    match (dechrome::check_binary(bytes), result) {
        (Err(verdict), Err(e @ Error::Binary { .. })) => assert_eq!(&verdict, e),
        (Err(verdict), _) => panic!("check_binary says {verdict:?}, clean_bytes did not"),
        (Ok(()), Err(e @ Error::Binary { .. })) => {
            panic!("clean_bytes says {e:?}, check_binary does not")
        }
        (Ok(()), _) => {}
    }
}

/// The invariants of an [`Article`]:
/// - every score is finite and every kind round-trips through its name;
/// - kept blocks are exactly the non-chrome ones (captions too with
///   `keep_captions`; body headings may be dropped with `keep_headings(false)`);
/// - `text()` is the kept blocks' texts, in page order, joined by line breaks,
///   and `body_text()` the same without the title;
/// - block positions increase with the page order; JSON rendering works.
pub fn check(article: &Article, expect: Expect) {
    let blocks = article.blocks();
    for (i, b) in blocks.iter().enumerate() {
        assert!(b.score().is_finite(), "block {i}: score {}", b.score());
        assert_eq!(Kind::from_name(b.kind().name()), Some(b.kind()));
        let caption_kept = b.kind() == Kind::Caption && expect.keep_captions;
        if b.is_kept() {
            assert!(
                !b.kind().is_chrome() || caption_kept,
                "block {i} kept as {}: {:?}",
                b.kind(),
                b.text()
            );
        } else {
            let heading_dropped = b.kind() == Kind::Heading && !expect.keep_headings;
            assert!(
                b.kind().is_chrome() || heading_dropped,
                "block {i} dropped as {}: {:?}",
                b.kind(),
                b.text()
            );
        }
        for r in b.reasons() {
            assert!(r.weight.is_finite());
        }
        // `path` walks to the root: O(depth) per block, O(blocks x depth) for all of
        // them on a deep page. A few blocks exercise it.
        if i < 8 {
            let _ = article.path(b);
        }
    }
    for w in blocks.windows(2) {
        if let [a, b] = w {
            assert!(
                a.context().position < b.context().position,
                "positions out of order"
            );
        }
    }
    let kept: Vec<&str> = blocks
        .iter()
        .filter(|b| b.is_kept())
        .map(|b| b.text())
        .collect();
    assert_joined(&article.text(), &kept, "text()");
    let body: Vec<&str> = blocks
        .iter()
        .filter(|b| b.is_kept() && b.kind() != Kind::Title)
        .map(|b| b.text())
        .collect();
    assert_joined(&article.body_text(), &body, "body_text()");
    assert!(article.to_json().starts_with('{'));
}

/// `text` must be exactly `parts` in order, separated by "\n" or "\n\n".
pub fn assert_joined(text: &str, parts: &[&str], what: &str) {
    let mut rest = text;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            rest = rest
                .strip_prefix("\n\n")
                .or_else(|| rest.strip_prefix('\n'))
                .unwrap_or_else(|| panic!("{what}: no separator before kept block {i}"));
        }
        rest = rest
            .strip_prefix(part)
            .unwrap_or_else(|| panic!("{what}: kept block {i} {part:?} is not next in the text"));
    }
    assert!(
        rest.is_empty(),
        "{what}: text has more than its kept blocks: {rest:?}"
    );
}

/// Block texts, kinds, scores and kept flags: what must not change between two runs.
pub fn fingerprint(article: &Article) -> Vec<(String, Kind, u32, bool)> {
    article
        .blocks()
        .iter()
        .map(|b| {
            (
                b.text().to_owned(),
                b.kind(),
                b.score().to_bits(),
                b.is_kept(),
            )
        })
        .collect()
}

/// Builder options derived from fuzz input.
#[derive(Debug, Arbitrary)]
pub struct FuzzOptions {
    pub keep_captions: bool,
    pub keep_headings: bool,
    /// Tenths: -100.0 to +100.0, plus the odd non-finite value.
    pub min_score: MinScore,
    pub language: Option<Language>,
    pub max_input_bytes: Option<u32>,
    pub max_nodes: Option<u16>,
    pub strict_decoding: bool,
    pub charset: Option<Charset>,
}

#[derive(Debug, Arbitrary)]
pub enum MinScore {
    Tenths(i16),
    Nan,
    Infinite,
    NegInfinite,
}

#[derive(Debug, Arbitrary)]
pub enum Language {
    Known(u8),
    Any(String),
}

#[derive(Debug, Arbitrary)]
pub enum Charset {
    Known(u8),
    Any(String),
}

const LANGUAGES: [&str; 8] = ["en", "en-GB", "de", "fr", "ja", "zh-Hant", "ar", ""];
const CHARSETS: [&str; 12] = [
    "utf-8",
    "windows-1252",
    "iso-8859-1",
    "shift_jis",
    "euc-jp",
    "gbk",
    "big5",
    "koi8-r",
    "utf-16le",
    "utf-16be",
    "x-user-defined",
    "replacement",
];

impl FuzzOptions {
    /// The cleaner these options describe, and what to expect of it.
    pub fn cleaner(&self) -> (Cleaner, Expect) {
        let min_score = match self.min_score {
            MinScore::Tenths(t) => f32::from(t % 1000) / 10.0,
            MinScore::Nan => f32::NAN,
            MinScore::Infinite => f32::INFINITY,
            MinScore::NegInfinite => f32::NEG_INFINITY,
        };
        let mut b = Cleaner::builder()
            .keep_captions(self.keep_captions)
            .keep_headings(self.keep_headings)
            .min_score(min_score)
            .strict_decoding(self.strict_decoding);
        match &self.language {
            Some(Language::Known(i)) => {
                b = b.language(LANGUAGES[usize::from(*i) % LANGUAGES.len()]);
            }
            Some(Language::Any(s)) => b = b.language(s.clone()),
            None => {}
        }
        if let Some(n) = self.max_input_bytes {
            b = b.max_input_bytes(n as usize);
        }
        if let Some(n) = self.max_nodes {
            b = b.max_nodes(usize::from(n));
        }
        let expect = Expect {
            keep_captions: self.keep_captions,
            keep_headings: self.keep_headings,
            strict_decoding: self.strict_decoding,
            max_input_bytes: self.max_input_bytes.map(|n| n as usize),
            max_nodes_limited: self.max_nodes.is_some(),
        };
        (b.build(), expect)
    }

    /// The caller charset to pass to `clean_bytes_with_charset`, if any.
    pub fn charset(&self) -> Option<String> {
        match &self.charset {
            Some(Charset::Known(i)) => Some(CHARSETS[usize::from(*i) % CHARSETS.len()].into()),
            Some(Charset::Any(s)) => Some(s.clone()),
            None => None,
        }
    }
}
