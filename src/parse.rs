//! Stage 2: text -> DOM, with html5ever (through `scraper`'s tree sink).
//!
//! The tree is an arena (`ego_tree`), so dropping a page nested a million deep
//! is a loop, not a recursion. html5ever's tree builder, though, checks element
//! scopes by walking the stack of open elements (cost grows with tags x depth),
//! and re-creates every still-open formatting element (`<b>`, `<a>`, `<font>`...)
//! in each new paragraph (nodes grow with paragraphs x open formatting elements).
//! A linear pre-scan models the open-element stack closely enough to bound both:
//! the rare page nested deeper than [`MAX_DEPTH`], or holding more than
//! [`MAX_OPEN_FORMATTING`] open formatting elements, is copied without the tags
//! beyond those bounds (their text is kept) before html5ever sees it.

use std::borrow::Cow;

use scraper::Html;

use crate::Error;

/// Nesting depth beyond which tags are dropped before parsing. Real pages stay
/// under 100; 512 leaves room and keeps the tree builder's scope walks short.
pub(crate) const MAX_DEPTH: usize = 512;

/// Open formatting elements beyond which more are dropped before parsing (html5ever
/// re-creates each open one in every later block; real pages keep a handful open).
pub(crate) const MAX_OPEN_FORMATTING: usize = 16;

/// How far down the open-element stack an end tag looks for its element (an end
/// tag with no open element of its name is ignored, as html5ever mostly does).
const END_TAG_REACH: usize = 64;

/// Parses a whole document after checking the node bound (and flattening
/// pathological nesting).
pub(crate) fn parse(html: &str, max_nodes: usize) -> Result<Html, Error> {
    let stats = scan(html, None);
    if stats.tags > max_nodes {
        return Err(Error::TooManyNodes { limit: max_nodes });
    }
    let html: Cow<'_, str> = if stats.dropped > 0 {
        let mut out = String::with_capacity(html.len());
        scan(html, Some(&mut out));
        Cow::Owned(out)
    } else {
        Cow::Borrowed(html)
    };
    Ok(Html::parse_document(&html))
}

struct Scan {
    tags: usize,
    /// Deepest nesting seen (after dropping); read by the tests.
    #[cfg_attr(not(test), allow(dead_code))]
    max_depth: usize,
    /// Tags that a copy would drop.
    dropped: usize,
}

/// How the pre-scan treats a tag name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TagKind {
    /// Void elements and those whose end tag a sibling implies (`<p>`, `<li>`...):
    /// an unclosed run of them stays shallow.
    Flat,
    /// Content is raw text up to the end tag (`<script>`, `<style>`...).
    RawText,
    /// Formatting elements, which html5ever re-creates in later blocks while open.
    Formatting,
    /// SVG and MathML roots: inside them `/>` closes an element.
    Foreign,
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
        b"a" | b"b" | b"big" | b"code" | b"em" | b"font" | b"i" | b"nobr" | b"s" | b"small"
        | b"strike" | b"strong" | b"tt" | b"u" => TagKind::Formatting,
        b"svg" | b"math" => TagKind::Foreign,
        _ => TagKind::Nests,
    }
}

/// One open element of the pre-scan's model: where its name is in the input.
#[derive(Clone, Copy)]
struct Open {
    name: (usize, usize),
    formatting: bool,
    foreign: bool,
}

/// One linear pass over the tags: counts them, models the open-element stack, and,
/// when `out` is given, copies the input without the tags beyond [`MAX_DEPTH`] or
/// [`MAX_OPEN_FORMATTING`] (and the end tags that would close them).
fn scan(html: &str, mut out: Option<&mut String>) -> Scan {
    let bytes = html.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    let (mut tags, mut max_depth, mut dropped) = (0usize, 0usize, 0usize);
    let mut formatting = 0usize;
    let mut foreign = 0usize;
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
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
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
        at = gt;
        // Inside SVG/MathML, <title> and <style> are ordinary elements, not raw text.
        let kind = match tag_kind(name) {
            TagKind::RawText if foreign > 0 => TagKind::Nests,
            kind => kind,
        };
        let mut drop_tag = false;
        if closing {
            if matches!(
                kind,
                TagKind::Nests | TagKind::Formatting | TagKind::Foreign
            ) {
                // Close the nearest open element of this name; an end tag with none is
                // ignored by the tree builder, so it must not lower the depth here.
                let reach = stack.len().saturating_sub(END_TAG_REACH);
                let found = stack
                    .get(reach..)
                    .unwrap_or_default()
                    .iter()
                    .rposition(|o| {
                        bytes
                            .get(o.name.0..o.name.0 + o.name.1)
                            .is_some_and(|n| n.eq_ignore_ascii_case(name))
                    });
                match found {
                    Some(i) => {
                        for o in stack.drain(reach + i..) {
                            formatting -= usize::from(o.formatting);
                            foreign -= usize::from(o.foreign);
                        }
                    }
                    // Its start tag may have been dropped: drop it too when deep.
                    None => drop_tag = stack.len() >= MAX_DEPTH,
                }
            }
        } else if kind == TagKind::RawText {
            // Skip to the matching end tag (case-insensitive search on the tag name).
            let body = bytes.get(gt..).unwrap_or_default();
            at = find_end_tag(body, name).map_or(bytes.len(), |e| gt + e);
        } else if kind != TagKind::Flat {
            // `/>` closes an element only in SVG and MathML; HTML ignores it.
            let self_closing = foreign > 0 && gt >= 2 && bytes.get(gt - 2) == Some(&b'/');
            let is_formatting = kind == TagKind::Formatting;
            if stack.len() >= MAX_DEPTH || (is_formatting && formatting >= MAX_OPEN_FORMATTING) {
                drop_tag = true;
            } else if !self_closing {
                stack.push(Open {
                    name: (name_start, name_len),
                    formatting: is_formatting,
                    foreign: kind == TagKind::Foreign,
                });
                formatting += usize::from(is_formatting);
                foreign += usize::from(kind == TagKind::Foreign);
                max_depth = max_depth.max(stack.len());
            }
        }
        if drop_tag {
            dropped += 1;
            if let Some(out) = out.as_deref_mut() {
                out.push_str(html.get(copied..lt).unwrap_or_default());
                copied = gt.min(html.len());
            }
        }
    }
    if let Some(out) = out {
        out.push_str(html.get(copied..).unwrap_or_default());
    }
    Scan {
        tags,
        max_depth,
        dropped,
    }
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

    fn flattened(html: &str) -> String {
        let mut out = String::new();
        scan(html, Some(&mut out));
        out
    }

    #[test]
    fn depth_estimate() {
        assert_eq!(depth("<div><div><span>x</span></div></div>"), 3);
        assert_eq!(depth("<p>a<p>b<p>c<li>d<br><img src=x>"), 0);
        assert_eq!(depth("<script>if (a<b) { '<div>' }</script><div></div>"), 1);
        assert_eq!(depth("<!-- <div><div> --><div></div>"), 1);
    }

    #[test]
    fn html_ignores_self_closing_and_stray_end_tags() {
        // `<div/>` opens a div in HTML; `</zz>` closes nothing.
        assert_eq!(depth("<div/><div/><div/>"), 3);
        assert_eq!(depth("<div></zz><div></zz>"), 2);
        // In SVG, `/>` does close.
        assert_eq!(depth("<svg><path/><path/></svg>"), 1);
    }

    #[test]
    fn flattening_keeps_text_and_shallow_tags() {
        for unit in ["<div>", "<div/>", "<div></zz>", "<section><span>"] {
            let deep = format!("{}<p>deep text</p>", unit.repeat(MAX_DEPTH + 10));
            let out = flattened(&deep);
            assert!(depth(&out) <= MAX_DEPTH, "{unit}");
            assert!(out.contains("<p>deep text</p>"));
            let html = parse(&deep, usize::MAX).unwrap();
            assert!(html.root_element().text().any(|t| t == "deep text"));
        }
    }

    #[test]
    fn open_formatting_elements_are_bounded() {
        let open: String = (0..100).map(|i| format!("<b id=b{i}>")).collect();
        let html = format!("<p>{open}x</p><p>y</p>");
        assert_eq!(scan(&html, None).dropped, 100 - MAX_OPEN_FORMATTING);
        let out = flattened(&html);
        assert_eq!(out.matches("<b ").count(), MAX_OPEN_FORMATTING);
        // Closed ones do not count.
        let closed = "<b>x</b>".repeat(100);
        assert_eq!(scan(&closed, None).dropped, 0);
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
