//! Telling markup from text without a declared format.

/// Markup if a tag-like `<` opens the first non-blank bytes or a common tag appears early.
pub(crate) fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
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
