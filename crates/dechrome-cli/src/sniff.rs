//! Telling markup from text, and a page from what is not one, without a declared format.

use encoding_rs::{Encoding, UTF_8};

/// Bytes looked at to tell markup from text.
const HEAD_LEN: usize = 4096;
/// What an input is, as far as its first bytes tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A page: markup or text.
    Page,
    /// A WARC file (starts with `WARC/`).
    Warc,
    /// JSON Lines: the first line is a JSON object.
    Jsonl,
    /// Not text: the library's binary check (a file signature, or many control bytes).
    Binary(dechrome::Error),
}

/// What `bytes` (already gunzipped) are: a page, a crawl, or not text at all.
pub(crate) fn kind(bytes: &[u8]) -> Kind {
    if let Err(e) = dechrome::check_binary(bytes) {
        return Kind::Binary(e);
    }
    if utf16(bytes).is_some() {
        return Kind::Page;
    }
    if bytes.starts_with(b"WARC/") {
        return Kind::Warc;
    }
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
    if start.is_some_and(|i| bytes.get(i) == Some(&b'{')) {
        let line = bytes
            .split(|&b| b == b'\n')
            .find(|l| !l.trim_ascii().is_empty());
        if line.is_some_and(|l| {
            serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(l).is_ok()
        }) {
            return Kind::Jsonl;
        }
    }
    Kind::Page
}

/// The encoding and BOM length of UTF-16 input with a byte-order mark.
fn utf16(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    Encoding::for_bom(bytes).filter(|(enc, _)| *enc != UTF_8)
}

/// Markup if a tag-like `<` opens the first non-blank bytes or a common tag appears early.
/// UTF-16 with a BOM is judged on its decoded text.
pub(crate) fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(HEAD_LEN)];
    if let Some((enc, bom)) = utf16(head) {
        let text = enc
            .decode_without_bom_handling(head.get(bom..).unwrap_or_default())
            .0;
        return looks_like_html(text.as_bytes());
    }
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF);
    if start.is_some_and(|i| head.get(i) == Some(&b'<')) {
        return true;
    }
    let lower = head.to_ascii_lowercase();
    [
        &b"<html"[..],
        b"<body",
        b"<p>",
        b"<div",
        b"<!doctype",
        b"<br",
    ]
    .iter()
    .any(|t| memchr::memmem::find(&lower, t).is_some())
}

/// Plain-text input as a string: a BOM (UTF-8 or UTF-16) wins, then `charset` (a label
/// checked by the caller), then UTF-8 with replacement characters.
pub(crate) fn decode_text(bytes: &[u8], charset: Option<&'static Encoding>) -> String {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom..).unwrap_or_default();
        return enc.decode_without_bom_handling(body).0.into_owned();
    }
    charset
        .unwrap_or(UTF_8)
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str) -> Vec<u8> {
        let mut out = vec![0xFF, 0xFE];
        out.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        out
    }

    fn utf16be(s: &str) -> Vec<u8> {
        let mut out = vec![0xFE, 0xFF];
        out.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        out
    }

    #[test]
    fn utf16_with_a_bom_is_sniffed_on_its_text() {
        for bytes in [utf16le("<html><p>Hi</p>"), utf16be("\n <!doctype html>")] {
            assert!(looks_like_html(&bytes));
            assert_eq!(
                kind(&bytes),
                Kind::Page,
                "NUL bytes of UTF-16 are not binary"
            );
        }
        assert!(!looks_like_html(&utf16le("Just a note.")));
        assert_eq!(decode_text(&utf16be("Grüße"), None), "Grüße");
        assert_eq!(decode_text(b"\xEF\xBB\xBFplain", None), "plain");
        let latin1 = Encoding::for_label(b"latin1");
        assert_eq!(decode_text(b"caf\xe9", latin1), "café");
    }

    #[test]
    fn crawls_and_binaries_are_told_from_pages() {
        assert_eq!(kind(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n"), Kind::Warc);
        assert_eq!(
            kind(b"{\"url\": \"u\", \"html\": \"<p>x\"}\n{}\n"),
            Kind::Jsonl
        );
        assert_eq!(kind(b"{ not json, a note in braces }"), Kind::Page);
        assert_eq!(kind(b"<p>A page</p>\n"), Kind::Page);
        assert_eq!(kind(b"Plain\ttext\r\n\x0cnext page"), Kind::Page);
        assert_eq!(kind(b""), Kind::Page);
        for bin in [
            &b"\x7fELF\x02\x01\x01"[..],
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            b"%PDF-1.7\n",
            b"PK\x03\x04\x14\0",
            b"\0\0\0\x01\x02\x03<html>",
        ] {
            assert!(matches!(kind(bin), Kind::Binary(_)), "{bin:?}");
        }
    }
}
