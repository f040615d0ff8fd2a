//! Stage 2: text -> DOM: html5ever's tree builder (through `scraper`'s tree sink)
//! fed by a tokenizer of our own.
//!
//! The tree is an arena (`ego_tree`), so dropping a page nested a million deep
//! is a loop, not a recursion. html5ever's tree builder, though, checks element
//! scopes by walking the stack of open elements (cost grows with tags x depth),
//! and re-creates every still-open formatting element (`<b>`, `<a>`, `<font>`...)
//! in each new paragraph (nodes grow with paragraphs x open formatting elements).
//! A linear pre-scan models the open-element stack closely enough to bound both:
//! the rare page nested deeper than [`MAX_DEPTH`], or holding more than
//! [`MAX_OPEN_FORMATTING`] open formatting elements, is copied without the tags
//! beyond those bounds (their text is kept) before the tokenizer sees it.
//!
//! The same pass leaves out what no stage reads: the bodies of `<script>`
//! (JSON-LD excepted) and `<style>`, comments, the attributes no stage reads, and
//! indentation between tags; these are more than half the bytes of a typical
//! page. Tests compare the trees built with and without the cuts, and
//! everything the segmenter reads from them, on every bundled page and on
//! generated markup.
//!
//! What is left goes through [`tokenizer`], which finds markup with `memchr`
//! instead of walking characters one by one as html5ever's tokenizer does, and
//! hands its tokens to html5ever's tree builder. Pages holding what it does not
//! model (NUL bytes, CDATA sections, `<plaintext>`...) go through html5ever's
//! own tokenizer, which is also the reference the tests hold it to.

use std::borrow::Cow;

use scraper::Html;

use crate::Error;

pub(crate) mod tokenizer;

/// Nesting depth beyond which tags are dropped before parsing. Real pages stay
/// under 100; 512 leaves room and keeps the tree builder's scope walks short.
pub(crate) const MAX_DEPTH: usize = 512;

/// Open formatting elements beyond which more are dropped before parsing (html5ever
/// re-creates each open one in every later block; real pages keep a handful open).
pub(crate) const MAX_OPEN_FORMATTING: usize = 16;

/// Attributes a stage reads kept on one start tag; the rest are cut. Stages read
/// about 25 names, and html5ever keeps only the first of a repeated name, so only
/// absurd tags lose any; the bound keeps the tokenizer's duplicate check (each
/// name against those before it) from growing with the square of a tag's size.
pub(crate) const MAX_KEPT_ATTRIBUTES: usize = 64;

/// How far down the open-element stack an end tag looks for its element (an end
/// tag with no open element of its name is ignored, as html5ever mostly does).
const END_TAG_REACH: usize = 64;

/// Parses a whole document after checking the node bound (and flattening
/// pathological nesting).
///
/// `keep_attributes`: keep every attribute (up to [`MAX_KEPT_ATTRIBUTES`] a tag), not
/// only those a stage reads: the user's CSS selectors may name any.
///
/// `bounds`: the node and block limits ([`Bounds`]), both checked on the pre-scan's
/// counts, before any tree is built.
pub(crate) fn parse(html: &str, bounds: Bounds, keep_attributes: bool) -> Result<Html, Error> {
    let stats = scan_reading(html, true, keep_attributes);
    bounds.check(&stats)?;
    let html: Cow<'_, str> = stats.copy.map_or(Cow::Borrowed(html), Cow::Owned);
    Ok(tokenizer::build(&html).unwrap_or_else(|| Html::parse_document(&html)))
}

/// Parses a page as a browser with scripts off would: `<noscript>` content is markup
/// (forums and single-page apps put the whole page there for crawlers). The same
/// bounds and cuts as [`parse`]; html5ever's own tokenizer, since the fast path
/// follows the scripting tree builder. A runaway `<title>` (unterminated, or far
/// longer than any title) is closed at its first tag or line break, as libxml2-based
/// parsers recover it, and so is an `<iframe>` with no end tag after it (a tracking
/// pixel written `<iframe ... />` in `<noscript>`, which read as markup would swallow
/// the rest of the page as its raw text).
pub(crate) fn parse_without_scripting(
    html: &str,
    bounds: Bounds,
    keep_attributes: bool,
) -> Result<Html, Error> {
    use html5ever::tendril::TendrilSink;
    let closed = close_runaway_title(html);
    let html = closed.as_deref().unwrap_or(html);
    let closed = close_runaway_iframes(html);
    let html = closed.as_deref().unwrap_or(html);
    let stats = scan_reading(html, false, keep_attributes);
    bounds.check(&stats)?;
    let html: Cow<'_, str> = stats.copy.map_or(Cow::Borrowed(html), Cow::Owned);
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    Ok(
        html5ever::driver::parse_document(scraper::HtmlTreeSink::new(Html::new_document()), opts)
            .one(html.as_ref()),
    )
}

/// Bytes of `<title>` text beyond which it cannot be a title but the rest of the page
/// swallowed as the title's raw text.
const MAX_TITLE_BYTES: usize = 2048;

/// The page with its first `<title>` closed at the first `<` or line break of its text,
/// when that title has no end tag or runs past [`MAX_TITLE_BYTES`]; `None` otherwise.
fn close_runaway_title(html: &str) -> Option<String> {
    let bytes = html.as_bytes();
    let lt = memchr::memchr_iter(b'<', bytes).find(|&i| {
        bytes
            .get(i + 1..i + 6)
            .is_some_and(|n| n.eq_ignore_ascii_case(b"title"))
            && bytes.get(i + 6).is_some_and(|c| is_space(c) || *c == b'>')
    })?;
    let gt = lt + memchr::memchr(b'>', bytes.get(lt..)?)?;
    let text_start = gt + 1;
    let end = find_end_tag(bytes, text_start, b"title");
    if end.is_some_and(|e| e - text_start <= MAX_TITLE_BYTES) {
        return None;
    }
    let cut = text_start + memchr::memchr2(b'<', b'\n', bytes.get(text_start..)?)?;
    let mut out = String::with_capacity(html.len() + 8);
    out.push_str(html.get(..cut)?);
    out.push_str("</title>");
    out.push_str(html.get(cut..)?);
    Some(out)
}

/// The page with `</iframe>` written right after every `<iframe>` start tag that no end
/// tag follows; `None` when there is none. One pass for the last end tag, one for the
/// start tags after it: a `<` inside a tag already read (`<iframe <iframe x>` is one
/// tag) is skipped, and a tag with no `>` ends the search, so each byte is read once.
fn close_runaway_iframes(html: &str) -> Option<String> {
    let bytes = html.as_bytes();
    let last_end = memchr::memrchr_iter(b'<', bytes)
        .find(|&i| is_end_tag_at(bytes, i, b"iframe"))
        .map_or(0, |i| i + 1);
    let mut runaway: Vec<usize> = Vec::new();
    let mut tag_end = last_end;
    for lt in memchr::memchr_iter(b'<', bytes.get(last_end..)?).map(|i| last_end + i) {
        if lt < tag_end || !is_start_tag_at(bytes, lt, b"iframe") {
            continue;
        }
        let Some(gt) = memchr::memchr(b'>', bytes.get(lt..)?) else {
            break;
        };
        tag_end = lt + gt + 1;
        runaway.push(tag_end);
    }
    if runaway.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(html.len() + runaway.len() * 9);
    let mut at = 0;
    for cut in runaway {
        out.push_str(html.get(at..cut)?);
        out.push_str("</iframe>");
        at = cut;
    }
    out.push_str(html.get(at..)?);
    Some(out)
}

struct Scan {
    tags: usize,
    /// Start tags of a block element (`<p>`, `<li>`, `<td>`, `<div>`, `<h1>`...)
    /// followed right away by an ASCII letter or digit: each opens a block of its own,
    /// so this is a lower bound on the blocks the page splits into.
    text_blocks: usize,
    /// Deepest nesting seen (after dropping); read by the tests.
    #[cfg_attr(not(test), allow(dead_code))]
    max_depth: usize,
    /// Tags dropped from the copy.
    #[cfg_attr(not(test), allow(dead_code))]
    dropped: usize,
    /// The input without what was cut, when something was.
    copy: Option<String>,
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

/// `f` of `name` ASCII-lower-cased, without allocating; `None` for a name over
/// 16 bytes (no tag or attribute name matched here is that long).
pub(crate) fn with_ascii_lower<R>(name: &[u8], f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    let mut buf = [0u8; 16];
    let lower = buf.get_mut(..name.len())?;
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    Some(f(lower))
}

fn tag_kind(name: &[u8]) -> TagKind {
    with_ascii_lower(name, tag_kind_lower).unwrap_or(TagKind::Nests)
}

fn tag_kind_lower(lower: &[u8]) -> TagKind {
    match lower {
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

/// Block elements whose start tag, followed by text, always begins a block.
fn opens_block(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"p" | b"li"
            | b"dt"
            | b"dd"
            | b"td"
            | b"th"
            | b"div"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"blockquote"
    )
}

/// The page limits the parse checks on the pre-scan's counts: more tags than `nodes`
/// is [`Error::TooManyNodes`]; more blocks than `blocks` certain from the markup
/// alone (see `Scan::text_blocks`) is [`Error::TooManyBlocks`] before a tree of them
/// is built (a megabyte of `<p>a` would take the tree 70 times its size in memory).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bounds {
    pub nodes: usize,
    pub blocks: usize,
}

impl Bounds {
    /// No limits (tests and benchmarks).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) const NONE: Bounds = Bounds {
        nodes: usize::MAX,
        blocks: usize::MAX,
    };

    fn check(self, stats: &Scan) -> Result<(), Error> {
        if stats.tags > self.nodes {
            return Err(Error::TooManyNodes { limit: self.nodes });
        }
        if stats.text_blocks > self.blocks {
            return Err(Error::TooManyBlocks { limit: self.blocks });
        }
        Ok(())
    }
}

/// One open element of the pre-scan's model: where its name is in the input.
#[derive(Clone, Copy)]
struct Open {
    name: (usize, usize),
    formatting: bool,
    foreign: bool,
    /// `<pre>` or `<listing>`: white space inside is text.
    pre: bool,
}

/// One linear pass over the tags: counts them, models the open-element stack, and
/// builds a copy of the input (only when something is cut) without
/// - the tags beyond [`MAX_DEPTH`] or [`MAX_OPEN_FORMATTING`] (and the end tags
///   that would close them), their text kept;
/// - the bodies of `<script>` (JSON-LD excepted) and `<style>`, and comments
///   (but those between two runs of text);
/// - the attributes of start tags that no stage reads, or past the first
///   [`MAX_KEPT_ATTRIBUTES`] kept, and all attributes of end tags;
/// - all but one character of white space alone between two tags, outside `<pre>`.
///
/// Its stack model is coarser than html5ever's in three known ways, each a
/// test marked as a finding: it does not leave SVG/MathML at an HTML start tag,
/// does not ignore end tags a scope boundary hides, and cut attributes can make
/// formatting elements identical that html5ever tells apart.
#[cfg(test)]
fn scan(html: &str) -> Scan {
    scan_reading(html, true, false)
}

/// [`scan`] as a browser without scripts reads the page: `<noscript>` holds markup.
fn scan_reading(html: &str, scripting: bool, keep_attributes: bool) -> Scan {
    let bytes = html.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    let (mut tags, mut max_depth, mut dropped) = (0usize, 0usize, 0usize);
    let mut text_blocks = 0usize;
    let mut formatting = 0usize;
    let mut foreign = 0usize;
    let mut copy = Cuts::default();
    let mut at = 0usize;
    let mut pre = 0usize;
    // Whether `at` is just past markup (a tag, a comment, a raw-text element).
    let mut after_markup = false;
    while let Some(off) = bytes.get(at..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let lt = at + off;
        // White space alone between two tags (indentation) keeps one character:
        // outside `<pre>` every stage reads a run of it as one space, and a line
        // break costs the tokenizer a slow path.
        if after_markup
            && pre == 0
            && off > 1
            && bytes
                .get(at..lt)
                .is_some_and(|gap| gap.iter().all(is_space))
        {
            copy.cut(html, at + 1, lt);
        }
        after_markup = true;
        let rest = bytes.get(lt + 1..).unwrap_or_default();
        // Comments: cut whole when terminated (an unterminated one runs to the end
        // for html5ever too, so it is left to it); doctypes: skip.
        if rest.starts_with(b"!--") {
            tags += 1;
            match comment_end(rest) {
                Some(end) => {
                    at = lt + 1 + end;
                    // Between two runs of text a comment stays: in a table,
                    // html5ever places white space before it apart from text
                    // after it, and one run would move as a whole.
                    let text_before = lt > 0 && bytes.get(lt - 1) != Some(&b'>');
                    let text_after = bytes.get(at).is_some_and(|&b| b != b'<');
                    if !(text_before && text_after) {
                        copy.cut(html, lt, at);
                    }
                }
                None => at = bytes.len(),
            }
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        // Checked before the name is read: reading a name first would scan ahead from
        // every `<` of a run of them (quadratic).
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            // Not markup (`a < b`, a doctype): what follows is not a gap. Only what
            // makes a node counts toward the bound: `<!`, `<?` and `</` + non-letter
            // open bogus comments; a `<` in text (`1 < 2`) makes none.
            tags += usize::from(closing || matches!(rest.first(), Some(b'!' | b'?')));
            at = lt + 1;
            after_markup = false;
            continue;
        }
        // End tags make no node.
        tags += usize::from(!closing);
        let name_end = tag_name_end(bytes, name_start);
        let name_len = name_end - name_start;
        let name = bytes.get(name_start..name_end).unwrap_or_default();
        // Inside SVG/MathML, <title> and <style> are ordinary elements, not raw text.
        let kind = match tag_kind(name) {
            TagKind::RawText if foreign > 0 => TagKind::Nests,
            TagKind::RawText if !scripting && name.eq_ignore_ascii_case(b"noscript") => {
                TagKind::Nests
            }
            kind => kind,
        };
        let is_formatting = kind == TagKind::Formatting;
        // A start tag beyond the bounds is dropped whole.
        let too_deep = !closing
            && !matches!(kind, TagKind::Flat | TagKind::RawText)
            && (stack.len() >= MAX_DEPTH || (is_formatting && formatting >= MAX_OPEN_FORMATTING));
        // Attributes no stage reads are cut from start tags (a third of what is
        // left of a page after the other cuts; each would cost the tokenizer an
        // allocation), and so are those past the first [`MAX_KEPT_ATTRIBUTES`]
        // (the tokenizer checks each new name against those before it). The
        // slashes right before a cut name go with it: left, `a/b>` would become
        // `a/>`, a self-closing tag in SVG.
        let mut kept = 0usize;
        let close = walk_tag(bytes, name_end, |attr| {
            let (start, end) = (attr.name.start, attr.end);
            if closing || too_deep {
                return;
            }
            let name = bytes.get(attr.name).unwrap_or_default();
            if kept < MAX_KEPT_ATTRIBUTES
                && (keep_attributes || crate::segment::reads_attribute(name))
            {
                kept += 1;
                return;
            }
            let slashes = bytes
                .get(name_end..start)
                .unwrap_or_default()
                .iter()
                .rev()
                .take_while(|&&b| b == b'/')
                .count();
            // One stays when the next name touches this attribute's end (`/a="1"b`):
            // it is all that separates the names, and is not followed by `>`.
            let touches = bytes
                .get(end)
                .is_some_and(|b| !is_space(b) && !matches!(b, b'/' | b'>'));
            let keep = usize::from(slashes > 0 && touches);
            copy.cut(html, start - slashes + keep, end);
        });
        let gt = match close {
            TagClose::Gt { after, .. } => after,
            TagClose::EndOfInput => bytes.len(),
        };
        at = gt;
        if !closing
            && foreign == 0
            && bytes.get(gt).is_some_and(u8::is_ascii_alphanumeric)
            && with_ascii_lower(name, opens_block).unwrap_or(false)
        {
            text_blocks += 1;
        }
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
                            pre -= usize::from(o.pre);
                        }
                    }
                    // Its start tag may have been dropped: drop it too when deep.
                    None => drop_tag = stack.len() >= MAX_DEPTH,
                }
            }
        } else if kind == TagKind::RawText {
            // Skip to the matching end tag; with none, the raw text runs to the end.
            // Script data ends where the tokenizer's escaped states say.
            let end_tag = if name.eq_ignore_ascii_case(b"script") {
                tokenizer::script_end(bytes, gt)
            } else {
                find_end_tag(bytes, gt, name)
            };
            match end_tag {
                Some(end_lt) => {
                    at = end_lt;
                    let start_tag = bytes.get(lt..gt).unwrap_or_default();
                    if body_is_inert(name, start_tag) {
                        copy.cut(html, gt, at);
                    }
                }
                None => at = bytes.len(),
            }
        } else if kind != TagKind::Flat {
            // `/>` closes an element only in SVG and MathML; HTML ignores it.
            let self_closing = foreign > 0 && gt >= 2 && bytes.get(gt - 2) == Some(&b'/');
            if too_deep {
                drop_tag = true;
            } else if !self_closing {
                let is_pre =
                    name.eq_ignore_ascii_case(b"pre") || name.eq_ignore_ascii_case(b"listing");
                stack.push(Open {
                    name: (name_start, name_len),
                    formatting: is_formatting,
                    foreign: kind == TagKind::Foreign,
                    pre: is_pre,
                });
                pre += usize::from(is_pre);
                formatting += usize::from(is_formatting);
                foreign += usize::from(kind == TagKind::Foreign);
                max_depth = max_depth.max(stack.len());
            }
        }
        if drop_tag {
            dropped += 1;
            copy.cut(html, lt, gt.min(html.len()));
        } else if closing && gt > name_end + 1 && matches!(close, TagClose::Gt { .. }) {
            // The tree builder ignores an end tag's attributes (and its `/`).
            copy.cut(html, name_end, gt - 1);
        }
    }
    Scan {
        tags,
        text_blocks,
        max_depth,
        dropped,
        copy: copy.finish(html),
    }
}

/// HTML's white space (the tokenizer's, which has no vertical tab).
fn is_space(b: &u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// The input copied piecewise, skipping cut ranges; allocated on the first cut.
#[derive(Default)]
struct Cuts {
    out: Option<String>,
    /// Bytes of the input already copied or cut.
    copied: usize,
}

impl Cuts {
    /// Leaves `html[from..to]` out of the copy (`from >= self.copied`).
    fn cut(&mut self, html: &str, from: usize, to: usize) {
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(html.len()));
        out.push_str(html.get(self.copied..from).unwrap_or_default());
        self.copied = to;
    }

    fn finish(self, html: &str) -> Option<String> {
        let mut out = self.out?;
        out.push_str(html.get(self.copied..).unwrap_or_default());
        Some(out)
    }
}

/// Whether a raw-text element's body can be left out without changing the tree
/// html5ever builds, apart from the body's own text node: style sheets, and
/// scripts that are not JSON-LD (the metadata stage reads those). A script's end
/// comes from [`tokenizer::script_end`], which follows the escaped states a
/// `<!--` in it opens.
fn body_is_inert(name: &[u8], start_tag: &[u8]) -> bool {
    if name.eq_ignore_ascii_case(b"style") {
        return true;
    }
    name.eq_ignore_ascii_case(b"script") && !contains_ignore_ascii_case(start_tag, b"ld+json")
}

fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// The end of a tag name starting at `from`, as the tokenizer reads it: up to
/// white space, `/` or `>` (`<my_tag>`; `<svg<p>` is an element named `svg<p`).
pub(crate) fn tag_name_end(bytes: &[u8], from: usize) -> usize {
    from + bytes
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| !is_space(b) && !matches!(b, b'/' | b'>'))
        .count()
}

/// One attribute as the tokenizer splits it, as offsets into the input.
pub(crate) struct AttrSpan {
    /// Its name (the first character is the name's even when it is `=`).
    pub(crate) name: std::ops::Range<usize>,
    /// Its value, inside the quotes if quoted (`<a href=>`: empty); `None`
    /// without `=`.
    pub(crate) value: Option<std::ops::Range<usize>>,
    /// Just past the attribute: its value and closing quote.
    pub(crate) end: usize,
}

/// How a tag ends.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum TagClose {
    /// At the `>` before `after`; `self_closing`: a `/` came right before it.
    Gt { after: usize, self_closing: bool },
    /// The input ends inside the tag (the tokenizer then drops it).
    EndOfInput,
}

/// Walks the attributes of the tag whose name ends at `from` as the tokenizer
/// splits them (quoted values may hold `>`; `/` and white space separate),
/// calling `attr` for each; returns how the tag ends.
#[inline]
pub(crate) fn walk_tag(bytes: &[u8], from: usize, mut attr: impl FnMut(AttrSpan)) -> TagClose {
    let mut i = from;
    loop {
        let separators = i;
        while bytes.get(i).is_some_and(|b| is_space(b) || *b == b'/') {
            i += 1;
        }
        match bytes.get(i) {
            None => return TagClose::EndOfInput,
            Some(b'>') => {
                return TagClose::Gt {
                    after: i + 1,
                    // A separating `/` right before `>` (not one ending a value).
                    self_closing: i > separators && bytes.get(i - 1) == Some(&b'/'),
                };
            }
            Some(_) => {}
        }
        let name_start = i;
        i += 1;
        while bytes
            .get(i)
            .is_some_and(|b| !is_space(b) && !matches!(b, b'/' | b'>' | b'='))
        {
            i += 1;
        }
        let name = name_start..i;
        let mut end = i;
        while bytes.get(i).is_some_and(is_space) {
            i += 1;
        }
        let mut value = None;
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while bytes.get(i).is_some_and(is_space) {
                i += 1;
            }
            match bytes.get(i) {
                None => return TagClose::EndOfInput,
                Some(&q @ (b'"' | b'\'')) => {
                    match bytes.get(i + 1..).and_then(|rest| memchr::memchr(q, rest)) {
                        Some(c) => {
                            value = Some(i + 1..i + 1 + c);
                            i += c + 2;
                        }
                        None => return TagClose::EndOfInput,
                    }
                }
                // `<a href=>`: an empty value.
                Some(b'>') => value = Some(i..i),
                Some(_) => {
                    let start = i;
                    while bytes.get(i).is_some_and(|b| !is_space(b) && *b != b'>') {
                        i += 1;
                    }
                    value = Some(start..i);
                }
            }
            end = i;
        } else {
            // A valueless attribute: the white space after it goes with the next.
            i = end;
        }
        attr(AttrSpan { name, value, end });
    }
}

/// Offset just past the `>` that ends the tag whose name ends at `from`, or the
/// input's length when it is unterminated.
#[cfg(test)]
fn tag_end(bytes: &[u8], from: usize) -> usize {
    match walk_tag(bytes, from, |_| {}) {
        TagClose::Gt { after, .. } => after,
        TagClose::EndOfInput => bytes.len(),
    }
}

/// Offset just past the end of the comment `rest` opens (`rest` starts after the
/// `<`, with `!--`): the first `-->` or `--!>`, or the abrupt `<!-->` / `<!--->`.
fn comment_end(rest: &[u8]) -> Option<usize> {
    let body = rest.get(3..)?;
    if body.starts_with(b">") {
        return Some(4);
    }
    if body.starts_with(b"->") {
        return Some(5);
    }
    let mut at = 0;
    while let Some(off) = body.get(at..).and_then(|h| memchr::memmem::find(h, b"--")) {
        let pos = at + off;
        match body.get(pos + 2) {
            Some(b'>') => return Some(3 + pos + 3),
            Some(b'!') if body.get(pos + 3) == Some(&b'>') => return Some(3 + pos + 4),
            _ => at = pos + 1,
        }
    }
    None
}

/// Offset of the first end tag `</name` (ASCII case-insensitive, followed by
/// white space, `/` or `>` as the tokenizer requires) at or after `from`.
fn find_end_tag(hay: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut at = from;
    while let Some(off) = hay.get(at..).and_then(|h| memchr::memmem::find(h, b"</")) {
        let pos = at + off;
        if is_end_tag_at(hay, pos, name) {
            return Some(pos);
        }
        at = pos + 2;
    }
    None
}

/// Whether `hay[lt..]` opens the end tag `</name` (ASCII case-insensitive)
/// followed by white space, `/` or `>`.
fn is_end_tag_at(hay: &[u8], lt: usize, name: &[u8]) -> bool {
    hay.get(lt..lt + 2) == Some(b"</") && is_name_at(hay, lt + 2, name)
}

/// Whether `hay[lt..]` opens the start tag `<name`, as [`is_end_tag_at`] does the end tag.
fn is_start_tag_at(hay: &[u8], lt: usize, name: &[u8]) -> bool {
    hay.get(lt) == Some(&b'<') && is_name_at(hay, lt + 1, name)
}

/// Whether the tag name `name` (ASCII case-insensitive) starts at `at` and ends there,
/// before white space, `/` or `>`.
fn is_name_at(hay: &[u8], at: usize, name: &[u8]) -> bool {
    hay.get(at..at + name.len())
        .is_some_and(|c| c.eq_ignore_ascii_case(name))
        && hay
            .get(at + name.len())
            .is_some_and(|b| is_space(b) || matches!(b, b'/' | b'>'))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn depth(html: &str) -> usize {
        scan(html).max_depth
    }

    fn flattened(html: &str) -> String {
        scan(html).copy.unwrap_or_else(|| html.to_owned())
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
            let html = parse(&deep, Bounds::NONE, false).unwrap();
            assert!(html.root_element().text().any(|t| t == "deep text"));
        }
    }

    #[test]
    fn open_formatting_elements_are_bounded() {
        let open: String = (0..100).map(|i| format!("<b id=b{i}>")).collect();
        let html = format!("<p>{open}x</p><p>y</p>");
        assert_eq!(scan(&html).dropped, 100 - MAX_OPEN_FORMATTING);
        let out = flattened(&html);
        assert_eq!(out.matches("<b ").count(), MAX_OPEN_FORMATTING);
        // Closed ones do not count.
        let closed = "<b>x</b>".repeat(100);
        assert_eq!(scan(&closed).dropped, 0);
    }

    fn nodes(n: usize) -> Bounds {
        Bounds {
            nodes: n,
            blocks: usize::MAX,
        }
    }

    #[test]
    fn runaway_iframes_are_closed() {
        assert_eq!(
            close_runaway_iframes("<noscript><iframe src=x /></noscript><p>a").as_deref(),
            Some("<noscript><iframe src=x /></iframe></noscript><p>a")
        );
        // Closed ones, and names that only start with "iframe", are left alone.
        assert_eq!(close_runaway_iframes("<iframe src=x></iframe><p>a"), None);
        assert_eq!(close_runaway_iframes("<iframes><p>a"), None);
        // One tag, however many `<iframe` its attributes hold; none without a `>`.
        assert_eq!(
            close_runaway_iframes("<iframe a <iframe b>x").as_deref(),
            Some("<iframe a <iframe b></iframe>x")
        );
        assert_eq!(close_runaway_iframes(&"<iframe ".repeat(3)), None);
        assert_eq!(
            close_runaway_iframes("<IFRAME>x</iframe><iframe a><iframe b>").as_deref(),
            Some("<IFRAME>x</iframe><iframe a></iframe><iframe b></iframe>")
        );
    }

    /// The block bound is checked on the markup, before a tree is built: each block
    /// start tag followed by text is one block at least; tags followed by white space,
    /// punctuation or another tag, inline tags and end tags count for none, so no page
    /// the segmenter would accept is refused.
    #[test]
    fn block_bound_before_the_tree() {
        let blocks = |n| Bounds {
            nodes: usize::MAX,
            blocks: n,
        };
        assert_eq!(scan(&"<p>a".repeat(5)).text_blocks, 5);
        assert_eq!(
            scan("<table><tr><td>1</td><td>2</td></tr></table>").text_blocks,
            2
        );
        assert_eq!(
            scan("<p> a</p><p>-</p><span>b</span><div><p>c").text_blocks,
            1
        );
        assert_eq!(scan("<svg><p>a</p></svg>").text_blocks, 0);
        assert!(matches!(
            parse(&"<p>a".repeat(11), blocks(10), false),
            Err(Error::TooManyBlocks { limit: 10 })
        ));
        assert!(parse(&"<p>a".repeat(10), blocks(10), false).is_ok());
        // The scan's count never exceeds what the segmenter makes of a visible page.
        let made = |html: &str| {
            crate::segment::segment(&parse(html, Bounds::NONE, false).unwrap())
                .blocks
                .len()
        };
        for html in [
            "<div>a<div>b</div></div><li>c<li>d",
            "<h2>T</h2><p>x</p><blockquote>q</blockquote><dl><dt>t<dd>d</dl>",
            "<table><tr><td>1<td>2<tr><th>x</table>",
        ] {
            assert_eq!(scan(html).text_blocks, made(html), "{html}");
        }
        // Hidden blocks count (the scan does not read styles): a page past the bound
        // on hidden text alone is refused too, as its recovery reading would be.
        assert_eq!(
            (
                scan("<p hidden>a</p><p>b").text_blocks,
                made("<p hidden>a</p><p>b")
            ),
            (2, 1)
        );
    }

    #[test]
    fn node_bound() {
        assert!(matches!(
            parse("<a><b><c>", nodes(2), false),
            Err(Error::TooManyNodes { limit: 2 })
        ));
        assert!(parse("<a><b>", nodes(2), false).is_ok());
        // Only what makes a node counts: not end tags, not a `<` in text.
        assert!(
            parse(
                &format!("<a>{}</a>", "1 < 2, x<=y, <3 ".repeat(1000)),
                nodes(2),
                false
            )
            .is_ok()
        );
        assert!(parse(&"<a></a>".repeat(2), nodes(2), false).is_ok());
        for bogus in ["<!x>", "<?x>", "</1>", "<!-- c -->"] {
            assert_eq!(scan(&bogus.repeat(10)).tags, 10, "{bogus}");
        }
    }

    #[test]
    fn cuts_script_and_style_bodies_and_comments() {
        let html = "<p>a<!-- c --></p><script src=x>var a = '<p>no</p>';</script>\
                    <style>p { color: red }</style><p>b</p>";
        let out = flattened(html);
        assert_eq!(
            out,
            "<p>a</p><script src=x></script><style></style><p>b</p>"
        );
    }

    #[test]
    fn keeps_what_the_tokenizer_would_read_differently() {
        for html in [
            // JSON-LD is read by the metadata stage.
            r#"<script type="application/ld+json">{"a": 1}</script>"#,
            // No end tag: the raw text runs to the end.
            "<style>p { color: red }",
            // Not terminated: html5ever reads the rest as a comment too.
            "<p>a</p><!-- open",
        ] {
            assert_eq!(flattened(html), html);
        }
        // `</scripts` does not end a script.
        assert_eq!(
            flattened("<script>a</scripts>b</script>"),
            "<script></script>"
        );
        // Nor does the `</script` of a `<script>` inside `<!--` (the escaped
        // states): the body is cut up to the one that does.
        assert_eq!(
            flattened("<script><!-- <script>x</script> --></script><p>y</p>"),
            "<script></script><p>y</p>"
        );
        // After `-->` a `<script>` is text again, and the next `</script` ends it.
        assert_eq!(
            flattened("<script><!-- x --><script></script><p>y</p>"),
            "<script></script><p>y</p>"
        );
    }

    #[test]
    fn tag_and_comment_ends() {
        // A quoted `>` does not end the tag, so the body cut starts after it.
        assert_eq!(
            flattened(r#"<script type="x>y">c</script>"#),
            r#"<script type="x>y"></script>"#
        );
        assert_eq!(
            flattened("<i><!-->b</i><!--->c<i><!-- x --!></i>d"),
            "<i>b</i>c<i></i>d"
        );
        // Between two runs of text a comment stays (see `scan`).
        assert_eq!(flattened("a <!-- x --> b"), "a <!-- x --> b");
        assert_eq!(tag_end(b"<a href='>'>", 2), 12);
        assert_eq!(tag_end(b"<a b=c>d", 2), 7);
        assert_eq!(tag_end(b"<a b=\"", 2), 6);
    }

    #[test]
    fn collapses_white_space_between_tags_outside_pre() {
        assert_eq!(
            flattened("<ul>\n    <li>a</li>\n\n  <li>b  c</li> </ul>"),
            "<ul>\n<li>a</li>\n<li>b  c</li> </ul>"
        );
        // Inside <pre> white space is text; `a <  <b>` is text, not a gap.
        let kept = ["<pre>\n  <b>x</b>\n  </pre>", "a <  <b>x</b>"];
        for html in kept {
            assert_eq!(flattened(html), html);
        }
        assert_eq!(flattened("<pre>x</pre>\n  <p>"), "<pre>x</pre>\n<p>");
    }

    #[test]
    fn cuts_attributes_no_stage_reads() {
        assert_eq!(
            flattened(r#"<div data-x="1>" class=a onclick='f()' hidden data-y>x</div>"#),
            "<div  class=a  hidden >x</div>"
        );
        // Separators survive: quoted values may touch the next name.
        assert_eq!(flattened(r#"<p a="1"id="2"b=3>"#), r#"<p id="2">"#);
        // The tag name runs to white space: `_x` is not an attribute of `<my`.
        assert_eq!(flattened("<my_x>"), "<my_x>");
        // The slashes before a cut name go with it (`<svg a/b>` must not become
        // `<svg a/>`, nor `<svg a//b>` become `<svg a/>`).
        assert_eq!(flattened("<svg a/b><p x=1>"), "<svg ><p >");
        assert_eq!(
            flattened(r#"<svg id="a"//b/><svg/x>"#),
            r#"<svg id="a"/><svg>"#
        );
        assert_eq!(flattened("<svg id=a/ /b/>"), "<svg id=a/ />");
        // ... except one, when it alone separates two names.
        assert_eq!(flattened("<p/x='1'class=y>"), "<p/class=y>");
        // Past the bound, even attributes a stage reads go.
        let many = " class=x".repeat(MAX_KEPT_ATTRIBUTES + 3);
        let kept = " class=x".repeat(MAX_KEPT_ATTRIBUTES);
        // (the white space before each cut one stays).
        assert_eq!(
            flattened(&format!("<p{many} id=y>")),
            format!("<p{kept}    >")
        );
        // An end tag keeps none (the tree builder ignores them), unless unterminated.
        assert_eq!(flattened("</p x=1 /><p>a</p y='>'>"), "</p><p>a</p>");
        assert_eq!(flattened("<p>a</p x=1"), "<p>a</p x=1");
        // (a `>` inside an unterminated quote does not end it).
        assert_eq!(flattened("a</p x=\">"), "a</p x=\">");
        // (a `>` inside an unterminated quote does not end it).
        assert_eq!(flattened("a</p x=\">"), "a</p x=\">");
    }

    /// The tree in document order, as html5ever builds it: element names and
    /// the text between them (text in style sheets and
    /// scripts other than JSON-LD left out, runs split by a comment joined, white
    /// space collapsed).
    fn shape(html: &Html) -> Vec<String> {
        let mut out = Vec::new();
        let mut text = String::new();
        for node in html.root_element().descendants() {
            match node.value() {
                scraper::Node::Element(el) => {
                    if !text.is_empty() {
                        out.push(std::mem::take(&mut text));
                    }
                    out.push(format!("<{}>", el.name()));
                }
                scraper::Node::Text(t) => {
                    let parent = node.parent().and_then(|p| p.value().as_element());
                    let hidden = parent.is_some_and(|e| {
                        e.name() == "style"
                            || (e.name() == "script"
                                && !e.attr("type").is_some_and(|t| t.contains("ld+json")))
                    });
                    if !hidden {
                        text.push_str(t);
                    }
                }
                _ => {}
            }
        }
        out.push(text);
        // Runs of white space read as one (the cuts shorten indentation).
        out.iter()
            .map(|t| t.split_ascii_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    /// Where the cuts change what html5ever builds from `html`: its tree's shape
    /// or anything the segmenter reads from it (attributes included); `None`
    /// when they change neither.
    fn cut_difference(html: &str) -> Option<String> {
        let (whole, cut_copy) = (
            Html::parse_document(html),
            parse(html, Bounds::NONE, false).expect("no node bound"),
        );
        let (a, b) = (shape(&cut_copy), shape(&whole));
        if a != b {
            return Some(format!("shape {a:?}\n  vs whole {b:?}"));
        }
        let walk = |dom: &Html| format!("{:?}", crate::segment::segment(dom));
        let (a, b) = (walk(&cut_copy), walk(&whole));
        (a != b).then(|| format!("segments {a}\n  vs whole {b}"))
    }

    /// Every bundled HTML page: the fixtures and, when present, the benchmark
    /// pages, as (file name, text decoded as UTF-8 with replacements).
    pub(crate) fn bundled_pages() -> Vec<(String, String)> {
        use std::io::Read;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![
            root.join("fixtures"),
            root.join("../shared/datasets/article-extraction-benchmark/html"),
        ];
        let mut pages = Vec::new();
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                let name = path.to_string_lossy().into_owned();
                let html = if path.is_dir() {
                    dirs.push(path);
                    continue;
                } else if name.ends_with(".html") {
                    std::fs::read(&path).unwrap()
                } else if name.ends_with(".html.gz") {
                    let mut out = Vec::new();
                    flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
                        .read_to_end(&mut out)
                        .unwrap();
                    out
                } else {
                    continue;
                };
                pages.push((name, String::from_utf8_lossy(&html).into_owned()));
            }
        }
        pages
    }

    /// The naive reference for the cuts: the tree html5ever builds from the
    /// whole input and what the segmenter reads from it, compared with those
    /// built from the copy, on every bundled HTML fixture and, when present, the
    /// benchmark pages.
    #[test]
    fn cuts_leave_the_tree_unchanged() {
        let (mut pages, mut cut) = (0, 0);
        for (name, html) in bundled_pages() {
            let scanned = scan(&html);
            assert_eq!(scanned.dropped, 0, "{name}");
            pages += 1;
            cut += usize::from(scanned.copy.is_some());
            // (A mismatch names the page only: the trees are long.)
            assert!(cut_difference(&html).is_none(), "{name}");
        }
        assert!(pages >= 60 && cut >= 30, "{pages} pages, {cut} cut");
    }

    /// Pieces whose order decides what the pre-scan may cut: start tags with read
    /// and unread attributes, slashes, quotes, raw text, comments, gaps. Not SVG
    /// or MathML, end tags that may not close what they name, or formatting
    /// elements: the pre-scan's model of those is coarser (see the findings below).
    const PIECES: &[&str] = &[
        "<p ",
        "<span ",
        "<div ",
        "<pre ",
        "<li ",
        "<a ",
        "<img ",
        "</p>",
        ">",
        "/>",
        "/",
        " ",
        "\n  ",
        "class=x",
        "id='y'",
        "href=\"/z\"",
        "data-x=1",
        "x='1'",
        "/x=\"1\"",
        "onclick=f()",
        "=",
        "\"",
        "'",
        "hidden",
        "<script>",
        "</script>",
        "<style>",
        "</style>",
        "<!--",
        "-->",
        "<title>",
        "</title>",
        "<textarea>",
        "</textarea>",
        "word",
        "&amp;",
        "<br>",
    ];

    proptest::proptest! {
        /// On markup strung from those pieces, the cuts leave the tree html5ever
        /// builds, and everything the segmenter reads, unchanged.
        #[test]
        fn cuts_leave_the_tree_of_generated_markup_unchanged(
            picks in proptest::collection::vec(0..PIECES.len(), 0..40)
        ) {
            let html: String = picks.iter().map(|&i| PIECES[i]).collect();
            let scanned = scan(&html);
            proptest::prop_assume!(scanned.dropped == 0);
            let difference = cut_difference(&html);
            proptest::prop_assert!(difference.is_none(), "{:?} -> {:?}: {:?}", html, scanned.copy, difference);
        }
    }

    /// Finding: the pre-scan counts an element as inside SVG until its `</svg>`,
    /// but html5ever leaves foreign content at an HTML start tag such as `<pre>`
    /// (and treats integration points like `<foreignObject>` as HTML). A
    /// `<title>` there is RCDATA for html5ever, markup for the pre-scan, which
    /// then cuts what looks like an unread attribute from the title's text.
    #[test]
    #[ignore = "finding: the pre-scan does not model breaking out of foreign content"]
    fn foreign_content_breakout_is_not_modelled() {
        let html = "<svg><pre><title><p onclick=x</title>";
        assert_eq!(cut_difference(html), None);
    }

    /// Finding: html5ever keeps at most three identical open formatting elements
    /// in its list of active ones ("Noah's ark"), comparing every attribute. Cut
    /// unread attributes can make different `<b>`s identical, so fewer are
    /// re-created in later blocks (the elements, not the text, differ).
    #[test]
    #[ignore = "finding: cut attributes can change which formatting elements are re-created"]
    fn formatting_elements_compare_all_attributes() {
        let html = "<p><b x=1><b x=2><b x=3><b x=4><p>text";
        assert_eq!(cut_difference(html), None);
    }

    /// Finding: the pre-scan pops its stack to the nearest open element an end
    /// tag names, but html5ever ignores the end tag when a scope boundary (a
    /// table) or a special element stands between. Still inside `<pre>` for
    /// html5ever, the pre-scan shortens indentation there.
    #[test]
    #[ignore = "finding: the pre-scan does not model end tags the tree builder ignores"]
    fn ignored_end_tags_still_close_in_the_pre_scan() {
        let html = "<pre>class=x<table></pre><a x=1>\n  <p ";
        assert_eq!(cut_difference(html), None);
    }
}
