//! The fast path of stage 2: a tokenizer of our own feeding html5ever's tree
//! builder (and scraper's tree sink) directly.
//!
//! html5ever's tokenizer takes its input one character at a time through a buffer
//! queue; over the benchmark pages it cost three times what its tree builder and
//! scraper's sink cost together. This one finds markup with `memchr`, hands text to
//! the tree builder as slices of one shared buffer, and otherwise follows the
//! tokenizer states of the HTML standard as html5ever implements them (tag and
//! attribute names, the three kinds of attribute value, character references with
//! their attribute-value exceptions, raw text and RCDATA ended by the appropriate
//! end tag, script data with its escaped and double-escaped states, comments,
//! bogus comments, doctypes, end of input inside a tag).
//!
//! What it does not model makes it give up on the page ([`build`] returns `None`)
//! and the caller parses with html5ever's own tokenizer: NUL bytes, `<![CDATA[`,
//! `<plaintext>`, an unterminated comment or bogus comment, a doctype of another
//! shape than `<!DOCTYPE name [PUBLIC "id" ["id"] | SYSTEM "id"]>`. That slow path
//! is the reference: tests build both trees, node for node, on every bundled page,
//! on edge cases and on generated markup.
//!
//! Only the tree builder's answers feed back: the raw-text state a start tag
//! opens, and the points where html5ever's driver feeds its tokenizer again
//! (after `</script>` and a `<meta>` naming a charset; each feed drops a U+FEFF
//! that follows). End tags carry no attributes (the tree builder ignores them),
//! and parse errors are not reported, as `scraper` does not keep them. A start
//! tag's duplicate check compares each name with those before it: short, since
//! the pre-scan leaves at most [`MAX_KEPT_ATTRIBUTES`](super::MAX_KEPT_ATTRIBUTES)
//! on a tag.

use ego_tree::iter::Edge;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Doctype, Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
use html5ever::{Attribute, LocalName, QualName, data, ns};
use scraper::{Html, HtmlTreeSink, Node};

use super::{TagClose, find_end_tag, is_end_tag_at, is_space, tag_name_end, walk_tag};

/// The page holds something the fast path leaves to html5ever's tokenizer
/// (what, for tests).
#[derive(Debug, PartialEq)]
struct Unsupported(&'static str);

/// Where a tag ended: the offset past its `>`, or the end of input inside it (the
/// tokenizer then drops the tag).
enum TagEnd {
    At(usize),
    EndOfInput,
}

/// The tree html5ever's tokenizer and tree builder would build from `html`, or
/// `None` when the page holds something this tokenizer does not model.
pub(super) fn build(html: &str) -> Option<Html> {
    try_build(html).ok()
}

fn try_build(html: &str) -> Result<Html, Unsupported> {
    // html5ever's defaults: a leading byte order mark is dropped.
    let html = html.strip_prefix('\u{feff}').unwrap_or(html);
    // Tendril offsets are u32.
    if html.len() > (u32::MAX / 2) as usize {
        return Err(Unsupported("input over 2 GiB"));
    }
    // NUL has its own rules in every state.
    if memchr::memchr(0, html.as_bytes()).is_some() {
        return Err(Unsupported("NUL"));
    }
    // Input stream preprocessing: CR LF and lone CR become LF.
    let normalized;
    let src = if memchr::memchr(b'\r', html.as_bytes()).is_some() {
        normalized = html.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        html
    };
    let tokenizer = Tokenizer {
        src,
        bytes: src.as_bytes(),
        buf: StrTendril::from_slice(src),
        builder: TreeBuilder::new(
            HtmlTreeSink::new(Html::new_document()),
            TreeBuilderOpts::default(),
        ),
    };
    tokenizer.run()
}

struct Tokenizer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    /// `src` as one tendril, so text tokens share it instead of copying.
    buf: StrTendril,
    builder: TreeBuilder<ego_tree::NodeId, HtmlTreeSink>,
}

impl Tokenizer<'_> {
    fn run(self) -> Result<Html, Unsupported> {
        let b = self.bytes;
        // `at`: where to look for the next `<`; `text`: start of the text run not
        // yet handed over (a `<` that opens no markup stays in it).
        let (mut at, mut text) = (0usize, 0usize);
        while let Some(off) = b.get(at..).and_then(|rest| memchr::memchr(b'<', rest)) {
            let lt = at + off;
            let next = match b.get(lt + 1) {
                Some(c) if c.is_ascii_alphabetic() => {
                    self.data(text, lt);
                    match self.tag(TagKind::StartTag, lt + 1)? {
                        TagEnd::At(end) => end,
                        TagEnd::EndOfInput => return Ok(self.finish()),
                    }
                }
                Some(b'/') => match b.get(lt + 2) {
                    Some(c) if c.is_ascii_alphabetic() => {
                        self.data(text, lt);
                        match self.tag(TagKind::EndTag, lt + 2)? {
                            TagEnd::At(end) => end,
                            TagEnd::EndOfInput => return Ok(self.finish()),
                        }
                    }
                    // `</>` is dropped.
                    Some(b'>') => {
                        self.data(text, lt);
                        lt + 3
                    }
                    // `</` at the end stays text.
                    None => break,
                    Some(_) => {
                        self.data(text, lt);
                        self.bogus_comment(lt + 2)?
                    }
                },
                Some(b'!') => {
                    self.data(text, lt);
                    self.markup_declaration(lt + 2)?
                }
                Some(b'?') => {
                    self.data(text, lt);
                    self.bogus_comment(lt + 1)?
                }
                // Anything else: the `<` is text.
                _ => {
                    at = lt + 1;
                    continue;
                }
            };
            at = next;
            text = next;
        }
        self.data(text, b.len());
        Ok(self.finish())
    }

    fn finish(self) -> Html {
        self.emit(Token::EOFToken);
        TokenSink::end(&self.builder);
        self.builder.sink.finish()
    }

    /// Hands a token other than a tag to the tree builder (only tags get an
    /// answer other than "continue").
    fn emit(&self, token: Token) {
        let _ = self.builder.process_token(token, 1);
    }

    /// Hands `src[from..to]` over as text, unchanged.
    fn text(&self, from: usize, to: usize) {
        if from < to {
            self.emit(Token::CharacterTokens(self.slice(from, to)));
        }
    }

    fn slice(&self, from: usize, to: usize) -> StrTendril {
        // In bounds (`to <= src.len() < u32::MAX / 2`) and on character
        // boundaries: every offset here is at an ASCII byte or the end.
        self.buf.subtendril(from as u32, (to - from) as u32)
    }

    /// Hands `src[from..to]` over as text with its character references decoded
    /// (the data and RCDATA states).
    fn data(&self, from: usize, to: usize) {
        let rest = self.each_ref(from, to, false, |run, amp, chars| {
            self.text(run, amp);
            self.emit(Token::CharacterTokens(chars));
        });
        self.text(rest, to);
    }

    /// An attribute value, `src[from..to]` with its character references decoded.
    fn value(&self, from: usize, to: usize) -> StrTendril {
        let mut out: Option<StrTendril> = None;
        let rest = self.each_ref(from, to, true, |run, amp, chars| {
            let out = out.get_or_insert_with(StrTendril::new);
            out.push_slice(self.src.get(run..amp).unwrap_or_default());
            out.push_tendril(&chars);
        });
        match out {
            Some(mut out) => {
                out.push_slice(self.src.get(rest..to).unwrap_or_default());
                out
            }
            // No reference: a slice of the shared buffer.
            None => self.slice(from, to),
        }
    }

    /// Finds the character references in `src[from..to]`, calling
    /// `found(run, amp, chars)` for each with the start of the text before it, its
    /// `&` and its characters; returns the start of the text after the last.
    fn each_ref(
        &self,
        from: usize,
        to: usize,
        in_attribute: bool,
        mut found: impl FnMut(usize, usize, StrTendril),
    ) -> usize {
        let b = self.bytes;
        let (mut run, mut at) = (from, from);
        while let Some(off) = b.get(at..to).and_then(|r| memchr::memchr(b'&', r)) {
            let amp = at + off;
            match self.char_ref(amp, in_attribute) {
                Some((chars, next)) => {
                    found(run, amp, chars);
                    (run, at) = (next, next);
                }
                None => at = amp + 1,
            }
        }
        run
    }

    /// The character reference at `amp` (a `&`): its characters and the offset
    /// past it, or `None` when the `&` stays as it is.
    fn char_ref(&self, amp: usize, in_attribute: bool) -> Option<(StrTendril, usize)> {
        let b = self.bytes;
        match b.get(amp + 1)? {
            b'#' => self.numeric_ref(amp + 2),
            c if c.is_ascii_alphanumeric() => self.named_ref(amp + 1, in_attribute),
            _ => None,
        }
    }

    fn numeric_ref(&self, from: usize) -> Option<(StrTendril, usize)> {
        let b = self.bytes;
        let hex = matches!(b.get(from), Some(b'x' | b'X'));
        let base = if hex { 16 } else { 10 };
        let digits_from = from + usize::from(hex);
        let mut at = digits_from;
        let mut value: u32 = 0;
        while let Some(d) = b.get(at).and_then(|&c| char::from(c).to_digit(base)) {
            value = value.saturating_mul(base).saturating_add(d);
            at += 1;
        }
        if at == digits_from {
            return None;
        }
        if b.get(at) == Some(&b';') {
            at += 1;
        }
        let c = match value {
            0 | 0xD800..=0xDFFF | 0x11_0000.. => '\u{fffd}',
            0x80..=0x9F => data::C1_REPLACEMENTS
                .get((value - 0x80) as usize)
                .copied()
                .flatten()
                .or_else(|| char::from_u32(value))?,
            _ => char::from_u32(value)?,
        };
        Some((StrTendril::from_char(c), at))
    }

    /// A named reference: the longest name in the table (html5ever's table holds
    /// every prefix of every name, so the walk stops where no name can continue).
    fn named_ref(&self, from: usize, in_attribute: bool) -> Option<(StrTendril, usize)> {
        let b = self.bytes;
        let mut best = None;
        let mut len = 0;
        while b.get(from + len).is_some_and(u8::is_ascii) {
            let Some(&(c1, c2)) = self
                .src
                .get(from..from + len + 1)
                .and_then(|name| data::NAMED_ENTITIES.get(name))
            else {
                break;
            };
            len += 1;
            if c1 != 0 {
                best = Some((c1, c2, len));
            }
        }
        let (c1, c2, len) = best?;
        let end = from + len;
        // In an attribute, `&amp=` and `&ampx` stay as they are (old URLs).
        if in_attribute
            && b.get(end - 1) != Some(&b';')
            && b.get(end)
                .is_some_and(|&n| n == b'=' || n.is_ascii_alphanumeric())
        {
            return None;
        }
        let mut chars = StrTendril::from_char(char::from_u32(c1)?);
        if c2 != 0 {
            chars.push_char(char::from_u32(c2)?);
        }
        Some((chars, end))
    }

    /// The tag whose name starts at `from`: emitted to the tree builder, then its
    /// raw text if the tree builder asks for it.
    fn tag(&self, kind: TagKind, from: usize) -> Result<TagEnd, Unsupported> {
        let b = self.bytes;
        let name_end = tag_name_end(b, from);
        let name = local_name(self.src.get(from..name_end).unwrap_or_default());
        let start_tag = kind == TagKind::StartTag;
        let mut attrs: Vec<Attribute> = Vec::new();
        let mut duplicate = false;
        let close = walk_tag(b, name_end, |attr| {
            // The tree builder ignores an end tag's attributes. Start tags reach
            // here with a bounded number (the pre-scan cuts past
            // `MAX_KEPT_ATTRIBUTES`), so the check stays short.
            if !start_tag {
                return;
            }
            let attr_name = local_name(self.src.get(attr.name).unwrap_or_default());
            if attrs.iter().any(|a| a.name.local == attr_name) {
                duplicate = true;
            } else {
                attrs.push(Attribute {
                    name: QualName::new(None, ns!(), attr_name),
                    value: attr
                        .value
                        .map_or_else(StrTendril::new, |v| self.value(v.start, v.end)),
                });
            }
        });
        let TagClose::Gt {
            after: end,
            self_closing,
        } = close
        else {
            return Ok(TagEnd::EndOfInput);
        };
        let start_name = start_tag.then(|| name.clone());
        let result = self.builder.process_token(
            Token::TagToken(Tag {
                kind,
                name,
                self_closing,
                attrs,
                had_duplicate_attributes: duplicate,
            }),
            1,
        );
        match (result, start_name) {
            (TokenSinkResult::RawData(raw), Some(name)) => self.raw_text(raw, &name, end),
            (TokenSinkResult::Plaintext, _) => Err(Unsupported("plaintext")),
            // After `</script>` and a `<meta>` naming a charset, html5ever's driver
            // feeds its tokenizer again, and every feed drops a leading U+FEFF.
            (TokenSinkResult::Script(_) | TokenSinkResult::EncodingIndicator(_), _) => {
                let bom = "\u{feff}".as_bytes();
                let skip = if b.get(end..end + bom.len()) == Some(bom) {
                    bom.len()
                } else {
                    0
                };
                Ok(TagEnd::At(end + skip))
            }
            _ => Ok(TagEnd::At(end)),
        }
    }

    /// The raw text of the element `name` starting at `from`, up to its end tag
    /// (handed over too), or to the end of input.
    fn raw_text(&self, raw: RawKind, name: &str, from: usize) -> Result<TagEnd, Unsupported> {
        let b = self.bytes;
        let end_tag = match raw {
            RawKind::ScriptData => script_end(b, from),
            _ => find_end_tag(b, from, name.as_bytes()),
        };
        let body_end = end_tag.unwrap_or(b.len());
        match raw {
            RawKind::Rcdata => self.data(from, body_end),
            RawKind::Rawtext | RawKind::ScriptData => self.text(from, body_end),
            // The tree builder asks only for the three above.
            RawKind::ScriptDataEscaped(_) => return Err(Unsupported("escaped script data")),
        }
        match end_tag {
            Some(lt) => self.tag(TagKind::EndTag, lt + 2),
            None => Ok(TagEnd::EndOfInput),
        }
    }

    /// `<!` at `from - 2`: a comment, a doctype, or a bogus comment.
    fn markup_declaration(&self, from: usize) -> Result<usize, Unsupported> {
        let b = self.bytes;
        let rest = b.get(from..).unwrap_or_default();
        if let Some(body) = rest.strip_prefix(b"--") {
            let (data, len) = comment(body).ok_or(Unsupported("unterminated comment"))?;
            let start = from + 2;
            self.emit(Token::CommentToken(self.slice(start, start + data)));
            return Ok(start + len);
        }
        if rest
            .get(..7)
            .is_some_and(|r| r.eq_ignore_ascii_case(b"doctype"))
        {
            let (doctype, end) = self.doctype(from + 7).ok_or(Unsupported("doctype"))?;
            self.emit(Token::DoctypeToken(doctype));
            return Ok(end);
        }
        if rest.starts_with(b"[CDATA[") {
            return Err(Unsupported("cdata"));
        }
        self.bogus_comment(from)
    }

    /// A bogus comment whose text starts at `from`, up to the next `>`.
    fn bogus_comment(&self, from: usize) -> Result<usize, Unsupported> {
        let b = self.bytes;
        let gt = b
            .get(from..)
            .and_then(|r| memchr::memchr(b'>', r))
            .ok_or(Unsupported("unterminated bogus comment"))?;
        self.emit(Token::CommentToken(self.slice(from, from + gt)));
        Ok(from + gt + 1)
    }

    /// `<!DOCTYPE name>`, optionally with `PUBLIC "id" ["id"]` or `SYSTEM "id"`
    /// (white space where the standard expects it); `from` is past `DOCTYPE`.
    fn doctype(&self, from: usize) -> Option<(Doctype, usize)> {
        let b = self.bytes;
        let skip_space = |mut i: usize| {
            while b.get(i).is_some_and(is_space) {
                i += 1;
            }
            i
        };
        let name_start = skip_space(from);
        if name_start == from {
            return None;
        }
        let mut i = name_start;
        while b.get(i).is_some_and(|&c| !is_space(&c) && c != b'>') {
            i += 1;
        }
        if i == name_start {
            return None;
        }
        let mut name = self.slice(name_start, i);
        if name.bytes().any(|c| c.is_ascii_uppercase()) {
            name = StrTendril::from_slice(&name.to_ascii_lowercase());
        }
        // A quoted identifier after white space: its text and the offset past it.
        let quoted = |i: usize| -> Option<(StrTendril, usize)> {
            let start = skip_space(i);
            let q = *b
                .get(start)
                .filter(|&&q| start > i && (q == b'"' || q == b'\''))?;
            let close = memchr::memchr(q, b.get(start + 1..)?)?;
            let id = b.get(start + 1..start + 1 + close)?;
            (!id.contains(&b'>'))
                .then(|| (self.slice(start + 1, start + 1 + close), start + close + 2))
        };
        let mut doctype = Doctype {
            name: Some(name),
            public_id: None,
            system_id: None,
            force_quirks: false,
        };
        i = skip_space(i);
        let keyword = b.get(i..i + 6).unwrap_or_default();
        if keyword.eq_ignore_ascii_case(b"public") {
            let (public, after) = quoted(i + 6)?;
            doctype.public_id = Some(public);
            i = after;
            if let Some((system, after)) = quoted(i) {
                doctype.system_id = Some(system);
                i = after;
            }
        } else if keyword.eq_ignore_ascii_case(b"system") {
            let (system, after) = quoted(i + 6)?;
            doctype.system_id = Some(system);
            i = after;
        }
        i = skip_space(i);
        (b.get(i) == Some(&b'>')).then_some((doctype, i + 1))
    }
}

/// Where the fast path's tree for `html` first differs from the one html5ever's
/// own tokenizer builds, in document order; `None` when they agree or the fast
/// path gives up on `html` (the differential check of tests and fuzzing).
pub(crate) fn disagreement(html: &str) -> Option<String> {
    let fast = build(html)?;
    difference(&fast, &Html::parse_document(html))
}

/// Where the two trees first differ, in document order.
fn difference(fast: &Html, reference: &Html) -> Option<String> {
    if fast.quirks_mode != reference.quirks_mode {
        return Some(format!(
            "quirks mode {:?} vs {:?}",
            fast.quirks_mode, reference.quirks_mode
        ));
    }
    // Edges, not node references: those compare by tree address, and
    // their `Debug` prints the whole tree.
    let edge = |edge: Option<Edge<'_, Node>>| {
        edge.map(|edge| match edge {
            Edge::Open(node) => (true, node.value().clone()),
            Edge::Close(node) => (false, node.value().clone()),
        })
    };
    let mut a = fast.tree.root().traverse();
    let mut b = reference.tree.root().traverse();
    loop {
        match (edge(a.next()), edge(b.next())) {
            (None, None) => return None,
            (x, y) if x == y => {}
            (x, y) => return Some(format!("{x:?}\n  vs reference\n{y:?}")),
        }
    }
}

/// A tag or attribute name as the tokenizer keeps it: ASCII lower-cased.
fn local_name(name: &str) -> LocalName {
    if name.bytes().any(|c| c.is_ascii_uppercase()) {
        LocalName::from(name.to_ascii_lowercase())
    } else {
        LocalName::from(name)
    }
}

/// The offset of the `<` of the `</script` that ends script data starting at
/// `from`. Script data holding `<!--` is "escaped": inside, a `<script` opens a
/// "double escaped" stretch where `</script` does not end the element, until a
/// `</script` closes the stretch or `-->` leaves escaping altogether.
pub(super) fn script_end(b: &[u8], from: usize) -> Option<usize> {
    const SCRIPT: &[u8] = b"script";
    let first_end = find_end_tag(b, from, SCRIPT);
    let scanned = b
        .get(from..first_end.unwrap_or(b.len()))
        .unwrap_or_default();
    // Escaping starts only at `<!--`; without one the first end tag ends it.
    if memchr::memmem::find(scanned, b"<!--").is_none() {
        return first_end;
    }
    // A name of ASCII letters at `at`: where it ends, and whether it is
    // `script` followed by white space, `/` or `>`.
    let script_name = |at: usize| {
        let end = at
            + b.get(at..)
                .unwrap_or_default()
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
        let is_script = b
            .get(at..end)
            .is_some_and(|n| n.eq_ignore_ascii_case(SCRIPT))
            && b.get(end)
                .is_some_and(|&c| is_space(&c) || c == b'/' || c == b'>');
        (end, is_script)
    };
    #[derive(PartialEq)]
    enum State {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let mut state = State::Data;
    // Dashes just read in the escaped states (two and a `>` leave them).
    let mut dashes = 0u8;
    let mut i = from;
    while let Some(&c) = b.get(i) {
        match (&state, c) {
            (State::Data, b'<') => match b.get(i + 1) {
                Some(b'/') if is_end_tag_at(b, i, SCRIPT) => return Some(i),
                Some(b'!') if b.get(i + 2..i + 4) == Some(b"--") => {
                    (state, dashes, i) = (State::Escaped, 2, i + 4);
                }
                _ => i += 1,
            },
            (State::Data, _) => i += 1,
            (_, b'-') => {
                dashes = (dashes + 1).min(2);
                i += 1;
            }
            (_, b'>') => {
                if dashes == 2 {
                    state = State::Data;
                }
                dashes = 0;
                i += 1;
            }
            (State::Escaped, b'<') => {
                dashes = 0;
                match b.get(i + 1) {
                    Some(b'/') if is_end_tag_at(b, i, SCRIPT) => return Some(i),
                    Some(c) if c.is_ascii_alphabetic() => {
                        let (end, is_script) = script_name(i + 1);
                        if is_script {
                            state = State::DoubleEscaped;
                        }
                        i = end;
                    }
                    _ => i += 1,
                }
            }
            (State::DoubleEscaped, b'<') => {
                dashes = 0;
                if b.get(i + 1) == Some(&b'/') {
                    let (end, is_script) = script_name(i + 2);
                    if is_script {
                        state = State::Escaped;
                    }
                    i = end;
                } else {
                    i += 1;
                }
            }
            _ => {
                dashes = 0;
                i += 1;
            }
        }
    }
    None
}

/// A comment's body (`body` starts after `<!--`): the length of its text and of
/// the whole body up to and with its end (`-->`, `--!>`, or the abrupt `>` and
/// `->` right at the start); `None` when it runs to the end of input.
fn comment(body: &[u8]) -> Option<(usize, usize)> {
    if body.starts_with(b">") {
        return Some((0, 1));
    }
    if body.starts_with(b"->") {
        return Some((0, 2));
    }
    let mut at = 0;
    while let Some(off) = body.get(at..).and_then(|h| memchr::memmem::find(h, b"--")) {
        let pos = at + off;
        match body.get(pos + 2) {
            Some(b'>') => return Some((pos, pos + 3)),
            Some(b'!') if body.get(pos + 3) == Some(&b'>') => return Some((pos, pos + 4)),
            _ => at = pos + 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{Unsupported, build, difference, disagreement, try_build};
    use proptest::prelude::*;
    use scraper::Html;

    /// Builds `html` both ways; `true` when the fast path took it (and then
    /// built the reference's tree).
    fn check(html: &str) -> bool {
        let Some(fast) = build(html) else {
            return false;
        };
        let reference = Html::parse_document(html);
        if let Some(diff) = difference(&fast, &reference) {
            panic!("{html:?}: {diff}");
        }
        assert!(fast == reference, "{html:?}");
        assert_eq!(disagreement(html), None);
        true
    }

    /// The naive reference for the fast path: on every bundled page, whole and
    /// after the pre-scan's cuts, the tree is html5ever's, node for node; and the
    /// fast path takes nearly all of them (a path that always gave up would
    /// pass).
    #[test]
    fn builds_html5evers_tree_on_every_bundled_page() {
        let (mut inputs, mut fast) = (0, 0);
        for (name, html) in crate::parse::tests::bundled_pages() {
            let cut = crate::parse::scan(&html).copy;
            for text in [Some(&html), cut.as_ref()].into_iter().flatten() {
                inputs += 1;
                let took =
                    std::panic::catch_unwind(|| check(text)).unwrap_or_else(|_| panic!("{name}"));
                fast += usize::from(took);
            }
        }
        eprintln!("{fast} of {inputs} inputs took the fast path");
        assert!(
            inputs >= 100 && fast * 10 >= inputs * 9,
            "{fast} of {inputs}"
        );
    }

    /// Markup where the tokenizer states differ: character references in text
    /// and attributes, every attribute value shape, raw text, RCDATA, escaped
    /// script data, comments, doctypes, and end of input inside each.
    #[test]
    fn builds_html5evers_tree_on_edge_cases() {
        let cases = [
            "",
            "plain text",
            "<p>a &amp b &amp; c &notin; d &notit; e &noti f &#65; &#x41; &#128; &#0; &#xD800; &#x110000; &#; &#x; &",
            "<a href='?a=1&amp=2&ampx=3&amp;y=4&lt;&copy=5' title=\"&notin\" id=x&lt>t</a>",
            "<A HREF=X Data-X = 'y' data-x=z class=\"a b\" =odd / disabled>x</a>",
            "<p id=a id=b>dup</p><br/><img src=x/><div/ >",
            "<title>a &amp; <b>b</b></title><textarea>&lt;x</textarea><style>p{}</style></head>",
            "<script>if (a < b) { c = '</scrip' }</script>after",
            "<script><!-- x <script> y </script> z --></script>after",
            "<script><!-- a --> b </script>after",
            "<script><!--<script></script></script>after",
            "<script><!-- <scripts></script>after",
            "<script><!--><</script>after",
            "<script><!-- a -> <script> </script> b </script>after",
            "<script><!-- a --!> <script> </script> b </script>after",
            "<script><!-- <script> --> </script> c </script>after",
            "<script>a<!-x</script>b",
            "<SCRIPT>x</SCRIPT >y</script>",
            "<!-- a -- b --!> c <!--> d <!---> e <!-- f -->",
            "<!DOCTYPE html><p>x",
            "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">x",
            "<!DOCTYPE html SYSTEM 'about:legacy-compat'>x",
            "<? php ?><!x><//x></ x></>",
            "<table><tr><td>a<td>b</table><svg><title>t</title></svg><math></math>",
            "a\r\nb\rc<pre>\r\nx</pre>",
            "\u{feff}<p>bom",
            "<p>a\u{feff}b</p><script>x</script>\u{feff}\u{feff}y<script></script>\u{feff}",
            "<meta charset=utf-8>\u{feff}x<meta charset=x>\u{feff}",
            "<meta http-equiv=Content-Type content='text/html; charset=utf-8'>\u{feff}x",
            "<meta http-equiv=refresh content=1>\u{feff}x<meta name=a>\u{feff}",
            "<p>é &eacute; ü</p>",
            "<p class=",
            "<p class='x",
            "<p class=x",
            "<p",
            "</p",
            "<script>abc",
            "<script><!-- abc",
            "<textarea>abc",
            "<a href=\"x\"/",
        ];
        for html in cases {
            assert!(check(html), "{html:?} left the fast path");
        }
    }

    /// What the fast path does not model makes it give up, not guess.
    #[test]
    fn gives_up_on_what_it_does_not_model() {
        for (html, why) in [
            ("<p>a\0b", "NUL"),
            ("<svg><![CDATA[x]]></svg>", "cdata"),
            ("<plaintext>x", "plaintext"),
            ("<!-- unterminated", "unterminated comment"),
            ("<? unterminated", "unterminated bogus comment"),
            ("<!DOCTYPE>", "doctype"),
            ("<!DOCTYPE html PUBLIC>", "doctype"),
        ] {
            assert_eq!(try_build(html).err(), Some(Unsupported(why)), "{html:?}");
        }
    }

    /// Pieces whose order decides the tokenizer's state.
    const PIECES: &[&str] = &[
        "\u{feff}",
        "<meta charset=utf-8>",
        "<head>",
        "<body>",
        "<html>",
        "<",
        ">",
        "</",
        "/",
        "/>",
        "=",
        "\"",
        "'",
        " ",
        "\n",
        "\r\n",
        "\r",
        "x",
        "Y",
        "é",
        "&",
        "&amp;",
        "&amp",
        "&#x41;",
        "&#128;",
        "&noti",
        "&notin;",
        "&lt",
        ";",
        "-",
        "--",
        "<!--",
        "-->",
        "--!>",
        "<!",
        "<?",
        "<!DOCTYPE html>",
        "p",
        "b",
        "div",
        "table",
        "tr",
        "td",
        "title",
        "script",
        "style",
        "textarea",
        "svg",
        "math",
        "pre",
        "noscript",
        "select",
        "template",
        "a href",
        "class=",
        "id=x",
        "<p>",
        "</p>",
        "<script>",
        "</script>",
        "<SCRIPT>",
        "<textarea>",
        "</textarea>",
        "<table>",
        "<td>",
    ];

    proptest! {
        /// On markup strung from pieces that matter to the tokenizer, the fast
        /// path builds html5ever's tree whenever it takes the page.
        #[test]
        fn builds_html5evers_tree_on_generated_markup(
            picks in proptest::collection::vec(0..PIECES.len(), 0..40)
        ) {
            let html: String = picks.iter().map(|&i| PIECES[i]).collect();
            check(&html);
        }
    }
}
