//! Input generation for the stand-alone driver: HTML-ish documents built from a
//! vocabulary of tags, attributes, chrome phrases, scripts and hostile fragments;
//! raw random bytes; and mutations (flips, splices, repetitions) of seed files.

/// xorshift64*: small, fast, reproducible from `--seed`.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const TAGS: &[&str] = &[
    "p",
    "div",
    "span",
    "a",
    "b",
    "i",
    "em",
    "strong",
    "u",
    "s",
    "font",
    "nobr",
    "code",
    "small",
    "big",
    "section",
    "article",
    "main",
    "nav",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "form",
    "button",
    "label",
    "select",
    "option",
    "optgroup",
    "dialog",
    "address",
    "blockquote",
    "q",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "colgroup",
    "col",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "br",
    "hr",
    "img",
    "video",
    "iframe",
    "picture",
    "source",
    "svg",
    "math",
    "g",
    "desc",
    "foreignObject",
    "mi",
    "annotation-xml",
    "template",
    "script",
    "style",
    "noscript",
    "textarea",
    "title",
    "xmp",
    "plaintext",
    "noembed",
    "noframes",
    "time",
    "menu",
    "details",
    "summary",
    "fieldset",
    "legend",
    "center",
    "marquee",
    "object",
    "embed",
    "input",
    "meta",
    "link",
    "base",
    "head",
    "body",
    "html",
    "frameset",
    "frame",
    "ruby",
    "rt",
    "rp",
    "wbr",
    "custom-element",
    "x",
    "zz",
];

const ATTRS: &[&str] = &[
    "class",
    "id",
    "role",
    "itemprop",
    "href",
    "src",
    "lang",
    "style",
    "hidden",
    "aria-hidden",
    "data-x",
    "name",
    "content",
    "property",
    "charset",
    "http-equiv",
    "type",
];

const VALUES: &[&str] = &[
    "article-body",
    "entry-content",
    "story-body",
    "content",
    "post",
    "share",
    "social",
    "comments",
    "disqus",
    "subscribe",
    "newsletter",
    "paywall",
    "related",
    "recommended",
    "ad",
    "ads",
    "sponsor",
    "promo",
    "cookie-consent",
    "caption",
    "credit",
    "byline",
    "author",
    "date",
    "nav",
    "menu",
    "breadcrumb",
    "footer",
    "header",
    "sidebar",
    "tags",
    "legal",
    "sr-only",
    "modal",
    "widget",
    "teaser",
    "navigation",
    "main",
    "articleBody",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "button",
    "search",
    "og:title",
    "og:site_name",
    "text/html; charset=shift_jis",
    "utf-8",
    "windows-1252",
    "utf-16",
    "x-user-defined",
    "",
];

const WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "a",
    "to",
    "in",
    "is",
    "that",
    "it",
    "was",
    "for",
    "on",
    "are",
    "with",
    "as",
    "his",
    "they",
    "be",
    "at",
    "one",
    "have",
    "this",
    "from",
    "government",
    "officials",
    "said",
    "Russia",
    "shells",
    "artillery",
    "week",
    "analysts",
    "expected",
    "Subscribe",
    "Sign up for our newsletter",
    "delivered to your inbox",
    "Continue reading",
    "Already a subscriber? Log in",
    "(Image credit: Getty)",
    "Photo: Reuters",
    "By Jane Doe",
    "5 min read",
    "Share on Facebook",
    "Tweet",
    "Copy link",
    "Read more:",
    "Most popular",
    "You may also like",
    "We use cookies",
    "Advertisement",
    "© 2024 The Daily",
    "Leave a comment",
    "Follow us on Twitter",
    "Click here",
    "The Week",
    "Привет мир",
    "Съешь же ещё этих мягких французских булок",
    "你好世界",
    "日本語のテキストです。",
    "مرحبا بالعالم",
    "שלום",
    "👩‍👩‍👧‍👦",
    "🇫🇷",
    "e\u{301}",
    "\u{200f}",
    "\u{feff}",
    "\u{0}",
    "\u{1}",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
    "\u{fffd}",
    "\u{ffff}",
    "&amp;",
    "&nbsp;",
    "&#0;",
    "&#x110000;",
    "&#xD800;",
    "&notin;",
    "&notanentity;",
    "&lt;p&gt;",
    ".",
    "!",
    "?",
    "\u{201d}",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    "  ",
];

const FRAGMENTS: &[&str] = &[
    "<!DOCTYPE html>",
    "<!-- c -->",
    "<!--",
    "-->",
    "<!-->",
    "<![CDATA[x]]>",
    "<?xml ?>",
    "</",
    "<",
    ">",
    "<a href='x>",
    "<div/>",
    "</zz>",
    "</p>",
    "</br>",
    "<p/>",
    "<meta charset=\"utf-8\">",
    "<meta charset=windows-1252>",
    "<meta charset=shift_jis>",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">",
    "<meta property=\"og:title\" content=\"Headline of the story\">",
    "<meta property=\"og:site_name\" content=\"The Daily\">",
    "<title>Headline of the story | The Daily</title>",
    "<html lang=de>",
    "<html lang=en>",
    "<img src=x>",
    "<br>",
    "<table><td>",
    "<svg><title>",
    "<math><mi>",
    "<template>",
    "<select><option>",
    "<frameset>",
    "<plaintext>",
    "<script>if (a<b) {}</script>",
];

fn text(rng: &mut Rng, out: &mut Vec<u8>) {
    for _ in 0..1 + rng.below(30) {
        out.extend_from_slice(rng.pick(WORDS).as_bytes());
        out.push(b' ');
    }
}

fn open_tag(rng: &mut Rng, out: &mut Vec<u8>) -> &'static str {
    let tag = *rng.pick(TAGS);
    out.push(b'<');
    if rng.chance(5) {
        out.extend_from_slice(tag.to_ascii_uppercase().as_bytes());
    } else {
        out.extend_from_slice(tag.as_bytes());
    }
    for _ in 0..rng.below(3) {
        out.push(b' ');
        out.extend_from_slice(rng.pick(ATTRS).as_bytes());
        match rng.below(4) {
            0 => {}
            1 => {
                out.push(b'=');
                out.extend_from_slice(rng.pick(VALUES).as_bytes());
            }
            _ => {
                out.extend_from_slice(b"=\"");
                out.extend_from_slice(rng.pick(VALUES).as_bytes());
                if rng.chance(30) {
                    out.push(b' ');
                    out.extend_from_slice(rng.pick(VALUES).as_bytes());
                }
                out.push(b'"');
            }
        }
    }
    if rng.chance(5) {
        out.push(b'/');
    }
    out.push(b'>');
    tag
}

/// A random HTML-ish document.
fn document(rng: &mut Rng, max_len: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut open: Vec<&'static str> = Vec::new();
    let steps = 1 + rng.below(400);
    for _ in 0..steps {
        if out.len() >= max_len {
            break;
        }
        match rng.below(12) {
            0..=3 => {
                let tag = open_tag(rng, &mut out);
                open.push(tag);
            }
            4..=5 => {
                // Close the innermost tag, usually; sometimes a wrong one.
                let tag = if rng.chance(85) {
                    open.pop()
                } else {
                    Some(*rng.pick(TAGS))
                };
                if let Some(tag) = tag {
                    out.extend_from_slice(b"</");
                    out.extend_from_slice(tag.as_bytes());
                    out.push(b'>');
                }
            }
            6..=9 => text(rng, &mut out),
            10 => out.extend_from_slice(rng.pick(FRAGMENTS).as_bytes()),
            _ => {
                // A repeated run: deep nesting or many siblings.
                let mut unit = Vec::new();
                open_tag(rng, &mut unit);
                if rng.chance(50) {
                    text(rng, &mut unit);
                }
                let times = 1 + rng.below(2000);
                for _ in 0..times {
                    if out.len() + unit.len() > max_len {
                        break;
                    }
                    out.extend_from_slice(&unit);
                }
            }
        }
    }
    out.truncate(max_len);
    out
}

fn mutate(rng: &mut Rng, data: &mut Vec<u8>, seeds: &[Vec<u8>], max_len: usize) {
    for _ in 0..1 + rng.below(8) {
        let len = data.len();
        match rng.below(7) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                data[i] = rng.next() as u8;
            }
            2 if len > 0 => {
                let a = rng.below(len);
                let b = (a + rng.below(64)).min(len);
                data.drain(a..b);
            }
            3 => {
                let i = rng.below(len + 1);
                let frag = if rng.chance(50) {
                    rng.pick(FRAGMENTS).as_bytes().to_vec()
                } else {
                    let mut v = Vec::new();
                    open_tag(rng, &mut v);
                    v
                };
                data.splice(i..i, frag);
            }
            4 if len > 0 => {
                // Repeat a chunk many times.
                let a = rng.below(len);
                let b = (a + 1 + rng.below(32)).min(len);
                let chunk = data[a..b].to_vec();
                let times = rng.below(500);
                let at = rng.below(data.len() + 1);
                let rep: Vec<u8> = chunk
                    .iter()
                    .copied()
                    .cycle()
                    .take(chunk.len() * times)
                    .collect();
                data.splice(at..at, rep);
            }
            5 if !seeds.is_empty() => {
                // Splice in part of another seed.
                let other = rng.pick(seeds);
                if !other.is_empty() {
                    let a = rng.below(other.len());
                    let b = (a + rng.below(4096)).min(other.len());
                    let at = rng.below(data.len() + 1);
                    data.splice(at..at, other[a..b].iter().copied());
                }
            }
            _ => {
                let i = rng.below(len + 1);
                let mut t = Vec::new();
                text(rng, &mut t);
                data.splice(i..i, t);
            }
        }
    }
    data.truncate(max_len);
}

/// One input: a generated document, random bytes, or a mutated seed or document.
pub fn generate(rng: &mut Rng, seeds: &[Vec<u8>], max_len: usize) -> Vec<u8> {
    match rng.below(10) {
        0 => {
            let n = rng.below(max_len.min(4096) + 1);
            (0..n).map(|_| rng.next() as u8).collect()
        }
        1..=3 if !seeds.is_empty() => {
            let mut data = rng.pick(seeds).clone();
            data.truncate(max_len);
            mutate(rng, &mut data, seeds, max_len);
            data
        }
        4..=5 => {
            let mut data = document(rng, max_len);
            mutate(rng, &mut data, seeds, max_len);
            data
        }
        _ => document(rng, max_len),
    }
}
