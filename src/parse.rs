//! Stage 2: text -> DOM, with html5ever (through `scraper`'s tree sink).
//!
//! The tree is an arena (`ego_tree`), so dropping a page nested a million deep
//! is a loop, not a recursion. html5ever's tree builder, though, checks element
//! scopes by walking the stack of open elements, so its cost grows with
//! tags x depth: a page of 100,000 nested `<div>`s takes many seconds. A linear
//! pre-scan estimates the nesting depth (and counts tags for the node bound);
//! the rare page nested deeper than [`MAX_DEPTH`] is flattened first: tags beyond
//! that depth are dropped, their text kept.

use std::borrow::Cow;

use scraper::Html;

use crate::Error;

/// Nesting depth beyond which tags are dropped before parsing. Real pages stay
/// under 100; 512 leaves room and keeps the tree builder's scope walks short.
pub(crate) const MAX_DEPTH: usize = 512;

/// Parses a whole document after checking the node bound (and flattening
/// pathological nesting).
pub(crate) fn parse(html: &str, max_nodes: usize) -> Result<Html, Error> {
    let scan = scan(html, None);
    if scan.tags > max_nodes {
        return Err(Error::TooManyNodes { limit: max_nodes });
    }
    let html: Cow<'_, str> = if scan.max_depth > MAX_DEPTH {
        let mut out = String::with_capacity(html.len());
        scan_into(html, &mut out);
        Cow::Owned(out)
    } else {
        Cow::Borrowed(html)
    };
    Ok(Html::parse_document(&html))
}

struct Scan {
    tags: usize,
    max_depth: usize,
}

fn scan_into(html: &str, out: &mut String) {
    scan(html, Some(out));
}

/// How the pre-scan treats a tag name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TagKind {
    /// Void elements and those whose end tag a sibling implies (`<p>`, `<li>`...):
    /// an unclosed run of them stays shallow.
    Flat,
    /// Content is raw text up to the end tag (`<script>`, `<style>`...).
    RawText,
    /// Everything else nests.
    Nests,
}

fn tag_kind(name: &[u8]) -> TagKind {
    let mut buf = [0u8; 10];
    let Some(lower) = buf.get_mut(..name.len()) else {
        return TagKind::Nests;
    };
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    match &*lower {
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link"
        | b"meta" | b"source" | b"track" | b"wbr" | b"param" | b"keygen" | b"p" | b"li" | b"dt"
        | b"dd" | b"option" | b"optgroup" | b"tr" | b"td" | b"th" | b"tbody" | b"thead"
        | b"tfoot" | b"colgroup" | b"caption" | b"rb" | b"rt" | b"rp" | b"rtc" | b"html"
        | b"head" | b"body" | b"frame" | b"basefont" | b"bgsound" => TagKind::Flat,
        b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"iframe" | b"noembed"
        | b"noframes" | b"noscript" | b"plaintext" => TagKind::RawText,
        _ => TagKind::Nests,
    }
}

/// One linear pass over the tags: counts them, estimates the nesting depth, and,
/// when `out` is given, copies the input without the tags nested beyond [`MAX_DEPTH`].
fn scan(html: &str, mut out: Option<&mut String>) -> Scan {
    let bytes = html.as_bytes();
    let mut tags = 0usize;
    let mut depth = 0usize;
    let mut max_depth = 0usize;
    let mut copied = 0usize; // bytes of `html` already copied to `out`
    let mut at = 0usize;
    while let Some(off) = bytes.get(at..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let lt = at + off;
        tags += 1;
        let rest = bytes.get(lt + 1..).unwrap_or_default();
        // Comments and doctypes: skip, no depth change.
        if rest.starts_with(b"!--") {
            at = memchr::memmem::find(rest, b"-->").map_or(bytes.len(), |e| lt + 1 + e + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = bytes
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count();
        if name_len == 0 || !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            at = lt + 1;
            continue;
        }
        let name = bytes
            .get(name_start..name_start + name_len)
            .unwrap_or_default();
        let gt = memchr::memchr(b'>', bytes.get(name_start..).unwrap_or_default())
            .map_or(bytes.len(), |e| name_start + e + 1);
        let self_closing = gt >= 2 && bytes.get(gt - 2) == Some(&b'/');
        let mut drop_tag = false;
        let kind = tag_kind(name);
        if closing {
            if kind == TagKind::Nests {
                drop_tag = depth > MAX_DEPTH;
                depth = depth.saturating_sub(1);
            }
            at = gt;
        } else if kind == TagKind::RawText {
            // Skip to the matching end tag (case-insensitive search on the tag name).
            let body = bytes.get(gt..).unwrap_or_default();
            at = find_end_tag(body, name).map_or(bytes.len(), |e| gt + e);
        } else {
            if kind == TagKind::Nests && !self_closing {
                depth += 1;
                max_depth = max_depth.max(depth);
                drop_tag = depth > MAX_DEPTH;
            }
            at = gt;
        }
        if drop_tag {
            if let Some(out) = out.as_deref_mut() {
                out.push_str(html.get(copied..lt).unwrap_or_default());
                copied = gt.min(html.len());
            }
        }
    }
    if let Some(out) = out {
        out.push_str(html.get(copied..).unwrap_or_default());
    }
    Scan { tags, max_depth }
}

/// Offset of `</name` (ASCII case-insensitive) in `hay`.
fn find_end_tag(hay: &[u8], name: &[u8]) -> Option<usize> {
    let mut at = 0;
    while let Some(off) = hay.get(at..).and_then(|h| memchr::memmem::find(h, b"</")) {
        let pos = at + off;
        let candidate = hay.get(pos + 2..pos + 2 + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name)) {
            return Some(pos);
        }
        at = pos + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(html: &str) -> usize {
        scan(html, None).max_depth
    }

    #[test]
    fn depth_estimate() {
        assert_eq!(depth("<div><div><span>x</span></div></div>"), 3);
        assert_eq!(depth("<p>a<p>b<p>c<li>d<br><img src=x>"), 0);
        assert_eq!(depth("<script>if (a<b) { '<div>' }</script><div></div>"), 1);
        assert_eq!(depth("<!-- <div><div> --><div/>"), 0);
    }

    #[test]
    fn flattening_keeps_text_and_shallow_tags() {
        let deep = format!(
            "<div>{}<p>deep text</p>{}</div>",
            "<div>".repeat(MAX_DEPTH + 10),
            "</div>".repeat(MAX_DEPTH + 10)
        );
        let mut out = String::new();
        scan_into(&deep, &mut out);
        assert_eq!(depth(&out), MAX_DEPTH);
        assert!(out.contains("<p>deep text</p>"));
        let html = parse(&deep, usize::MAX).unwrap();
        assert!(html.root_element().text().any(|t| t == "deep text"));
    }

    #[test]
    fn node_bound() {
        assert!(matches!(
            parse("<a><b><c>", 2),
            Err(Error::TooManyNodes { limit: 2 })
        ));
        assert!(parse("<a><b>", 2).is_ok());
    }
}
