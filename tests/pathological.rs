//! Hostile inputs at scale: the "Untrusted input" promises of the crate docs
//! (no panic, no stack overflow, bounded input, linear work, no silent loss)
//! checked one input at a time.
//!
//! Each test checks the result (block counts, texts, typed errors) and runs the
//! cleaner under a generous time bound ([`BOUND`], 120 s in release): a bound
//! about complexity, not speed. A linear pass over these inputs takes well under
//! a second or two, even on a loaded machine; only a hang or a quadratic blow-up
//! (hours on these million-element inputs) comes near the bound.
//! Built for `cargo test --release` (the README's test command); debug builds get
//! a 10x longer bound.
//!
//! Tests marked `#[ignore = "..."]` are open findings (see the reason): run them
//! with `cargo test --release --test pathological -- --ignored`.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use dechrome::{Article, Block, Cleaner, Error, Kind};

/// Time bound for one hostile input.
const BOUND: Duration = if cfg!(debug_assertions) {
    Duration::from_secs(1200)
} else {
    Duration::from_secs(120)
};

/// Runs `f` on another thread and fails the test as soon as it exceeds [`BOUND`],
/// so a hang or a quadratic blow-up fails in 2 minutes instead of never finishing.
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let start = Instant::now();
    let worker = std::thread::spawn(move || {
        let out = f();
        let _ = tx.send((out, start.elapsed()));
    });
    match rx.recv_timeout(BOUND) {
        Ok((out, took)) => {
            eprintln!("{what}: {took:.2?}");
            out
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what}: still running after {BOUND:?} (hang or super-linear work)")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            // The worker panicked: surface its panic.
            match worker.join() {
                Err(panic) => std::panic::resume_unwind(panic),
                Ok(()) => unreachable!("worker ended without a result"),
            }
        }
    }
}

/// Peak resident memory of this process so far (Linux `VmHWM`), in bytes.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn texts(a: &Article) -> Vec<&str> {
    a.blocks().iter().map(|b| b.text()).collect()
}

fn utf16(s: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in s.encode_utf16() {
        out.extend_from_slice(&if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

const PROSE: &str = "Officials said the purchases showed how far the army had run through its own \
    stocks, and analysts expected more such deals in the months ahead of the winter.";

// ---------------------------------------------------------------------------
// Nesting
// ---------------------------------------------------------------------------

#[test]
fn nesting_1m_deep_closed() {
    let depth = 1_000_000;
    let html = format!(
        "{}<p>deep text</p>{}",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    // 1,000,001 elements (end tags make none): over a bound of a million, refused
    // before parsing.
    let html2 = html.clone();
    let err = within("1M deep, bound of 1M", move || {
        Cleaner::builder()
            .max_nodes(depth)
            .build()
            .clean(&html2)
            .unwrap_err()
    });
    assert_eq!(err, Error::TooManyNodes { limit: depth });
    // With the bound raised it is cleaned like a flat page.
    let a = within("1M deep, raised bound", move || {
        Cleaner::builder()
            .max_nodes(3_000_000)
            .build()
            .clean(&html)
            .unwrap()
    });
    assert_eq!(texts(&a), ["deep text"]);
}

#[test]
fn nesting_1m_deep_unclosed_mixed_tags() {
    // 1,000,002 tags, under the default bound; nothing ever closed.
    let html = format!(
        "{}<p>still here</p>",
        "<div><span><section><b>".repeat(250_000)
    );
    let a = within("1M deep unclosed", move || dechrome::clean(&html).unwrap());
    assert_eq!(texts(&a), ["still here"]);
}

#[test]
fn nesting_deep_lists_tables_and_quotes() {
    // Elements with their own scope rules in the tree builder.
    for (unit, n) in [
        ("<ul><li>", 500_000),
        ("<table><tr><td>", 300_000),
        ("<blockquote>", 1_000_000),
        ("<svg><g>", 500_000),
    ] {
        let html = format!("{}<p>{PROSE}</p>", unit.repeat(n));
        let a = within(&format!("{unit} x {n}"), move || {
            dechrome::clean(&html).unwrap()
        });
        assert!(
            a.blocks().iter().any(|b| b.text() == PROSE),
            "{unit}: the paragraph is lost"
        );
    }
}

/// Regression (fixed in 9ab7c0c): the pre-scan that flattens pages nested deeper
/// than 512 (`src/parse.rs`) trusted the `/>` of `<div/>`, which HTML ignores on
/// non-void elements, so `<div/>` x N reached html5ever as N nested divs and every
/// `<div>` start tag walked the stack of open elements: quadratic. Measured before
/// the fix (release): 20,000 -> 1.1 s, 100,000 -> 29.8 s; after: 200,000 -> 39 ms.
#[test]
fn fake_self_closing_tags_do_not_bypass_depth_flattening() {
    let html = format!("{}<p>deep text</p>", "<div/>".repeat(200_000));
    let a = within("<div/> x 200,000", move || dechrome::clean(&html).unwrap());
    assert_eq!(texts(&a), ["deep text"]);
}

/// Regression (fixed in 9ab7c0c): the same bypass through stray end tags: the
/// pre-scan counted `</zz>` as closing an element, html5ever ignores it, so
/// `<div></zz>` x N was N deep for the tree builder and 1 deep for the pre-scan.
/// Before the fix: 10,000 -> 0.32 s, 20,000 -> 1.27 s, 40,000 -> 4.47 s; after:
/// 200,000 -> 143 ms.
#[test]
fn stray_end_tags_do_not_bypass_depth_flattening() {
    let html = format!("{}<p>deep text</p>", "<div></zz>".repeat(200_000));
    let a = within("<div></zz> x 200,000", move || {
        dechrome::clean(&html).unwrap()
    });
    assert_eq!(texts(&a), ["deep text"]);
}

/// Regression (fixed in 9ab7c0c): the node bound counts tags in the source, but
/// html5ever's "reconstruct the active formatting elements" creates elements the
/// source never wrote: N formatting elements left open in a closed `<p>` are
/// re-created in every later paragraph, N x M elements from N + 2M tags.
/// Before the fix (N = 500): M = 10,000 (465 KB) -> 2.0 s, 870 MB peak; this test
/// (M = 40,000) passed 3.3 GB at its 10 s bound; after: 0.42 s, 140 MB peak.
#[test]
fn formatting_reconstruction_stays_within_memory_bound() {
    let open: String = (0..500).map(|i| format!("<b id=b{i}>")).collect();
    let html = format!(
        "<p>{open}x</p>{}",
        "<p>word and more words in a sentence here.</p>".repeat(40_000)
    );
    let input = html.len() as u64;
    let before = peak_rss().unwrap_or(0);
    let a = within("reconstruction 500 x 40,000", move || {
        Cleaner::builder().max_nodes(100_000).build().clean(&html)
    });
    if let Some(after) = peak_rss() {
        let grew = after.saturating_sub(before);
        // A linear cleaner needs a small multiple of the input; allow 2000x.
        assert!(
            grew < input * 2000,
            "{input} bytes of input raised peak memory by {grew} bytes"
        );
    }
    // Either refused as too many nodes, or cleaned.
    match a {
        Ok(a) => assert!(a.blocks().len() >= 40_000),
        Err(e) => assert!(matches!(e, Error::TooManyNodes { .. }), "{e}"),
    }
}

/// FINDING: the pre-scan treats `<title>` as raw text up to `</title>`, but
/// inside `<svg>` a `<title>` is an element (an HTML integration point) whose
/// content is parsed as HTML: `<svg><title>` hides everything after it from the
/// depth flattening, and `<div>` x N inside it is quadratic in the tree builder.
/// Measured (release, `dechrome` CLI, after 9ab7c0c): 20,000 divs -> 1.04 s,
/// 40,000 -> 5.37 s (12 MB peak); 1,000,000 (under the default tag bound) hours.
#[test]
fn svg_title_does_not_hide_nesting_from_the_pre_scan() {
    let html = format!(
        "<svg><title>{}</title></svg><p>{PROSE}</p>",
        "<div>".repeat(200_000)
    );
    let result = within("<svg><title><div> x 200,000", move || {
        dechrome::clean(&html)
    });
    assert!(
        matches!(result, Ok(_) | Err(Error::EmptyDocument)),
        "{result:?}"
    );
}

// ---------------------------------------------------------------------------
// Size
// ---------------------------------------------------------------------------

/// 100 MB of prose in one `<p>`: the default limit refuses it with a typed error;
/// a raised limit cleans it into one block holding all of it.
#[test]
fn one_text_node_100mb() {
    let words = [
        "the",
        "shells",
        "of",
        "artillery",
        "were",
        "bought",
        "and",
        "analysts",
        "said",
        "it",
        "was",
        "a",
        "sign",
        "that",
        "sanctions",
        "bite.",
    ];
    let mut text = String::with_capacity(100_000_100);
    let mut i = 0;
    while text.len() < 100_000_000 {
        text.push_str(words[i % words.len()]);
        text.push(' ');
        i += 1;
    }
    let text = text.trim_end().to_owned();
    let html = format!("<html><body><p>{text}</p></body></html>");
    let size = html.len();

    assert_eq!(
        dechrome::clean(&html).unwrap_err(),
        Error::InputTooLarge {
            size,
            limit: dechrome::DEFAULT_MAX_INPUT_BYTES
        }
    );
    assert_eq!(
        dechrome::clean_bytes(html.as_bytes()).unwrap_err(),
        Error::InputTooLarge {
            size,
            limit: dechrome::DEFAULT_MAX_INPUT_BYTES
        }
    );

    let (a, text) = within("100 MB text node, raised limit", move || {
        let a = Cleaner::builder()
            .max_input_bytes(128 << 20)
            .build()
            .clean_bytes(html.as_bytes())
            .unwrap();
        (a, text)
    });
    assert_eq!(a.blocks().len(), 1);
    assert_eq!(a.blocks()[0].text().len(), text.len());
    assert!(a.blocks()[0].text() == text);
    assert_eq!(a.metadata().encoding, Some("UTF-8"));
}

/// The same 100 MB as plain text (one paragraph), with the byte limit raised.
#[test]
fn one_paragraph_100mb_of_plain_text() {
    let line = "Analysts said the deal was a sign that the sanctions are biting hard. ";
    let text = line.repeat(100_000_000 / line.len() + 1);
    let len = text.trim_end().len();
    let a = within("100 MB plain-text paragraph", move || {
        Cleaner::builder()
            .max_input_bytes(usize::MAX)
            .build()
            .clean_text(&text)
            .unwrap()
    });
    assert_eq!(a.blocks().len(), 1);
    assert_eq!(a.blocks()[0].text().len(), len);
}

#[test]
fn siblings_1m_paragraphs() {
    let n = 1_000_000;
    let mut html = String::with_capacity(n * 48);
    html.push_str("<html><body><article>");
    for i in 0..n {
        // Unclosed <p>: each start tag closes the previous paragraph (1M + 3 tags).
        html.push_str(&format!("<p>Paragraph {i} of the story says a thing."));
    }
    let a = within("1M sibling paragraphs", move || {
        Cleaner::builder()
            .max_blocks(n)
            .build()
            .clean(&html)
            .unwrap()
    });
    assert_eq!(a.blocks().len(), n);
    for (i, b) in a.blocks().iter().enumerate().step_by(99_991) {
        assert_eq!(
            b.text(),
            format!("Paragraph {i} of the story says a thing.")
        );
        assert_eq!(b.context().position as usize, i);
    }
    assert!(a.blocks().iter().all(|b| b.score().is_finite()));
}

#[test]
fn siblings_1m_closed_paragraphs_within_raised_node_bound() {
    let n = 1_000_000;
    let body = "<p>Same short line.</p>".repeat(n);
    let a = within("1M closed duplicate paragraphs", move || {
        Cleaner::builder()
            .max_nodes(2_100_000)
            .max_blocks(n)
            .build()
            .clean(&body)
            .unwrap()
    });
    assert_eq!(a.blocks().len(), n);
    assert!(a.blocks().iter().all(|b| b.text() == "Same short line."));
}

#[test]
fn attribute_10mb() {
    let ten = 10 << 20;
    let class: String = "article-body share nav cookie related "
        .repeat(ten / 38 + 1)
        .chars()
        .take(ten)
        .collect();
    let blob = "x".repeat(ten);
    let html = format!(
        "<html><body><div class=\"{class}\" id=\"{blob}\"><p data-x=\"{blob}\" title={blob}>{PROSE}</p>\
         <a href=\"https://example.com/{blob}\">a link</a></div></body></html>"
    );
    assert!(html.len() > 4 * ten);
    let a = within("10 MB attributes", move || dechrome::clean(&html).unwrap());
    assert!(texts(&a).contains(&PROSE), "{:?}", texts(&a));
    assert!(
        a.elements()
            .iter()
            .any(|e| e.class.as_deref().is_some_and(|c| c.len() == ten)),
        "the 10 MB class is not recorded"
    );
    let _ = a.path(&a.blocks()[0]);

    // An attribute value that never ends swallows the rest of the page, and nothing more.
    let html = format!("<p>{PROSE}</p><a href=\"{blob}");
    let a = within("10 MB unterminated attribute", move || {
        dechrome::clean(&html).unwrap()
    });
    assert_eq!(texts(&a), [PROSE]);

    // A 10 MB attribute name.
    let html = format!("<p {blob}=1>{PROSE}</p>");
    let a = within("10 MB attribute name", move || {
        dechrome::clean(&html).unwrap()
    });
    assert_eq!(texts(&a), [PROSE]);
}

/// A million attributes on one tag: distinct, repeated read ones, after slashes,
/// and on an end tag; each also with a NUL byte, which sends the page through
/// html5ever's own tokenizer. Checking each new name against those before it
/// must not grow with the square of the tag.
#[test]
fn attributes_1m_on_one_tag() {
    let n = 1_000_000;
    let distinct: String = (0..n).map(|i| format!(" data-a{i}=\"{i}\"")).collect();
    let slashed: String = (0..n).map(|i| format!(" /a{i}=1")).collect();
    let repeated = " class=\"c\" id=\"i\" href=\"/h\"".repeat(n / 3);
    for (what, html) in [
        ("distinct", format!("<p{distinct}>{PROSE}</p>")),
        ("after slashes", format!("<p{slashed}>{PROSE}</p>")),
        ("repeated", format!("<p class=\"c\"{repeated}>{PROSE}</p>")),
        ("on an end tag", format!("<p>{PROSE}</p{distinct}>")),
        (
            "after slashes on an end tag",
            format!("<p>{PROSE}</p{slashed}>"),
        ),
    ] {
        for nul in ["", "\0"] {
            let html = format!("{html}{nul}");
            let what = format!(
                "1M attributes {what}{}",
                if nul.is_empty() { "" } else { " + NUL" }
            );
            let a = within(&what, move || dechrome::clean(&html).unwrap());
            assert_eq!(texts(&a), [PROSE], "{what}");
        }
    }
    let html = format!("<p class=\"c\"{repeated}>{PROSE}</p>");
    let a = dechrome::clean(&html).unwrap();
    assert_eq!(
        a.elements()
            .iter()
            .filter(|e| e.class.as_deref() == Some("c"))
            .count(),
        1
    );
}

#[test]
fn links_100k() {
    let n = 100_000;
    // One paragraph of 100,000 links.
    let mut html = String::from("<p>");
    for i in 0..n {
        html.push_str(&format!("<a href=\"/story/{i}\">link {i}</a> "));
    }
    html.push_str("</p>");
    let a = within("100k links in one paragraph", move || {
        dechrome::clean(&html).unwrap()
    });
    assert_eq!(a.blocks().len(), 1);
    assert!(a.blocks()[0].text().ends_with("link 99999"));
    assert!(a.blocks()[0].context().link_density > 0.75);
    assert!(!a.blocks()[0].is_kept());

    // A list of 100,000 linked headlines around one article paragraph.
    let mut html = String::from("<html><body><ul>");
    for i in 0..n / 2 {
        html.push_str(&format!(
            "<li><a href=\"/story/{i}\">Story number {i} headline</a></li>"
        ));
    }
    html.push_str(&format!("</ul><article><p>{PROSE}</p></article><ul>"));
    for i in n / 2..n {
        html.push_str(&format!(
            "<li><a href=\"/story/{i}\">Story number {i} headline</a></li>"
        ));
    }
    html.push_str("</ul></body></html>");
    let a = within("100k links in lists", move || {
        Cleaner::builder()
            .max_blocks(n + 1)
            .build()
            .clean(&html)
            .unwrap()
    });
    assert_eq!(a.blocks().len(), n + 1);
    let links = a.blocks().iter().filter(|b| b.text() != PROSE);
    assert!(links.clone().all(|b| b.context().link_density > 0.75));
    // A page of linked headlines is a listing, and a listing's items are its content.
    assert_eq!(a.verdict().page_type, dechrome::PageType::Listing);
    assert!(
        links
            .clone()
            .all(|b| b.is_kept() && b.reasons().iter().any(|r| r.code == "V001"))
    );
    assert!(a.blocks().iter().any(|b| b.text() == PROSE));
}

// ---------------------------------------------------------------------------
// Bytes and encodings
// ---------------------------------------------------------------------------

#[test]
fn nul_bytes_and_control_characters() {
    // Every C0 control, DEL and every C1 control, in text, attributes, tag names
    // and comments.
    let controls: String = (0u32..0x20)
        .chain([0x7f])
        .chain(0x80..0xa0)
        .filter_map(char::from_u32)
        .collect();
    let html = format!(
        "<html><head><title>Ti{controls}tle</title></head><body>\
         <div class=\"a{controls}b\" id={controls}><p>alpha{controls}beta {PROSE}</p>\
         <p{controls}>gamma</p><!--{controls}--><di\0v>delta\0\0\0epsilon</di\0v>\
         <p>\u{fffe}\u{ffff}\u{feff} noncharacters zeta</p>{}</div></body></html>",
        // Enough prose that the controls are a few percent of the page, not binary.
        format!("<p>{PROSE}</p>").repeat(16)
    );
    for input in [html.clone(), format!("\0\0\0{html}\0\0\0")] {
        let a = dechrome::clean_bytes(input.as_bytes()).unwrap();
        let all: String = texts(&a).join(" ");
        for word in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"] {
            assert!(all.contains(word), "{word} lost: {all:?}");
        }
        // The HTML tokenizer drops or replaces NUL; none reaches a block.
        assert!(!all.contains('\0'), "a NUL reached a block: {all:?}");
    }

    // A megabyte of controls between words.
    let mut state = 0x9E3779B97F4A7C15u64;
    let mut big = String::from("<p>");
    while big.len() < 1 << 20 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let c = controls.chars().nth((state % 65) as usize).unwrap_or('\0');
        big.push(c);
        // Few enough controls (about 1 character in 25) that this is text, not binary.
        big.push_str(" word and more words here ");
        if state.is_multiple_of(997) {
            big.push_str("</p><p>");
        }
    }
    let a = within("1 MB of control characters", move || {
        dechrome::clean(&big).unwrap()
    });
    assert!(a.blocks().iter().any(|b| b.text().contains("word")));

    // Plain text: controls (but the line feed) become spaces, words stay.
    let inline: String = controls.chars().filter(|c| *c != '\n').collect();
    let prose = [PROSE; 8].join("\n\n");
    let a = dechrome::clean_text(&format!("alpha{inline}beta\n\n{prose}\0")).unwrap();
    for b in a.blocks() {
        assert!(
            !b.text().chars().any(|c| c.is_control() && c != '\n'),
            "control character in {:?}",
            b.text()
        );
    }
    assert!(a.blocks()[0].text().starts_with("alpha"));
    assert!(a.blocks()[0].text().ends_with("beta"));
}

#[test]
fn invalid_utf8() {
    let bad: &[&[u8]] = &[
        b"\x80",                 // lone continuation byte
        b"\xc0\x80",             // overlong NUL
        b"\xe0\x80\xaf",         // overlong '/'
        b"\xed\xa0\x80",         // UTF-16 surrogate
        b"\xf4\x90\x80\x80",     // above U+10FFFF
        b"\xf8\x88\x80\x80\x80", // five-byte form
        b"\xfe\xff",             // never valid
        b"\xe2\x82",             // truncated
    ];
    for seq in bad {
        let mut page = b"<meta charset=utf-8><p>before ".to_vec();
        page.extend_from_slice(seq);
        page.extend_from_slice(b" after, in a sentence of ordinary prose.</p>");
        let a = dechrome::clean_bytes(&page).unwrap();
        let t = a.blocks()[0].text();
        assert!(t.starts_with("before "), "{seq:?}: {t:?}");
        assert!(t.contains('\u{FFFD}'), "{seq:?}: {t:?}");
        assert!(t.ends_with("after, in a sentence of ordinary prose."));
        // Strict decoding names the offset of the first bad byte.
        assert_eq!(
            Cleaner::builder()
                .strict_decoding(true)
                .build()
                .clean_bytes(&page)
                .unwrap_err(),
            Error::Undecodable {
                encoding: "UTF-8",
                offset: 30
            },
            "{seq:?}"
        );
        // Undeclared: a guessed legacy encoding, the ASCII text intact.
        let undeclared = &page[b"<meta charset=utf-8>".len()..];
        let a = dechrome::clean_bytes(undeclared).unwrap();
        assert!(a.blocks()[0].text().starts_with("before "));
        // Truncated at the very end of the input.
        let mut cut = page.clone();
        cut.extend_from_slice(b"<p>tail \xf0\x9f\x98");
        assert!(dechrome::clean_bytes(&cut).is_ok());
    }

    // 10 MB of mostly-invalid bytes with ASCII words: detection is linear too.
    let mut state = 0x2545F4914F6CDD1Du64;
    let mut big = b"<p>".to_vec();
    while big.len() < 10 << 20 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        big.push(0x80 | (state >> 56) as u8);
        if state.is_multiple_of(5) {
            big.extend_from_slice(b" word ");
        }
    }
    let a = within("10 MB invalid UTF-8", move || {
        dechrome::clean_bytes(&big).unwrap()
    });
    assert!(a.blocks().iter().any(|b| b.text().contains("word")));
}

const MIXED: [&str; 8] = [
    "Café crème, naïve façade, Ångström and smørrebrød: the Latin paragraph reads as prose.",
    "Съешь же ещё этих мягких французских булок, да выпей чаю — сказал он в понедельник.",
    "日本語の文章です。東京の天気は晴れで、気温は二十度でした。中文段落也在这里：今天天气很好。",
    "مرحبا بالعالم، هذه فقرة باللغة العربية مع علامات التشكيل: السَّلَامُ عَلَيْكُمْ.",
    "שלום עולם, זו פסקה בעברית. नमस्ते दुनिया, यह हिंदी में एक वाक्य है। สวัสดีชาวโลก",
    "Emoji: 🇫🇷 flag, 👍🏽 thumbs, 1️⃣ keycap, 🏳 white flag, e\u{301} combining, \u{200f}rtl mark.",
    "Mixed in one line: English, Русский, 中文, العربية, עברית and 😀 side by side, all kept.",
    "Surrogate-pair heavy: 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝕞𝕒𝕥𝕙 𝒮𝒸𝓇𝒾𝓅𝓉 and 𠜎𠜱𠝹𠱓 ideographs in the text.",
];

fn mixed_page() -> String {
    let mut html = String::from(
        "<html lang=en><head><meta charset=utf-8><title>Заголовок 标题 عنوان 🚀 | Site</title></head><body><article>",
    );
    for p in MIXED {
        html.push_str(&format!("<p>{p}</p>"));
    }
    html.push_str("</article></body></html>");
    html
}

#[test]
fn utf16_with_bom_le_and_be() {
    let html = mixed_page().replace("<meta charset=utf-8>", "<meta charset=windows-1252>");
    for (big_endian, name) in [(false, "UTF-16LE"), (true, "UTF-16BE")] {
        let bytes = utf16(&html, big_endian);
        let a = dechrome::clean_bytes(&bytes).unwrap();
        // The BOM wins over the (wrong) <meta>.
        assert_eq!(a.metadata().encoding, Some(name));
        assert_eq!(texts(&a), MIXED, "{name}");
        assert_eq!(
            a.metadata().title.as_deref(),
            Some("Заголовок 标题 عنوان 🚀")
        );

        // An odd number of bytes (cut mid code unit) and a lone surrogate.
        let mut odd = bytes.clone();
        odd.push(0x41);
        let a = dechrome::clean_bytes(&odd).unwrap();
        assert_eq!(&texts(&a)[..MIXED.len()], MIXED);
        let mut lone = utf16("<p>lone ", big_endian);
        lone.extend_from_slice(&utf16("x", big_endian)[2..]);
        lone.extend_from_slice(if big_endian {
            &[0xD8, 0x00]
        } else {
            &[0x00, 0xD8]
        });
        lone.extend_from_slice(&utf16(" surrogate</p>", big_endian)[2..]);
        let a = dechrome::clean_bytes(&lone).unwrap();
        assert_eq!(texts(&a), ["lone x\u{FFFD} surrogate"]);
        // Strict decoding refuses the lone surrogate.
        assert!(matches!(
            Cleaner::builder()
                .strict_decoding(true)
                .build()
                .clean_bytes(&lone),
            Err(Error::Undecodable { encoding, .. }) if encoding == name
        ));
        // The BOM alone is an empty document.
        assert_eq!(
            dechrome::clean_bytes(&bytes[..2]).unwrap_err(),
            Error::EmptyDocument
        );
    }
    // UTF-16 without a BOM: not detected (as in browsers), but never a panic.
    let mut no_bom = utf16(&mixed_page(), false);
    no_bom.drain(..2);
    let _ = dechrome::clean_bytes(&no_bom);
}

#[test]
fn declared_charset_differs_from_the_bytes() {
    let utf8_page = |meta: &str| {
        format!(
            "<html><head>{meta}</head><body><p>ascii words {}</p><p>{}</p></body></html>",
            MIXED[1], MIXED[2]
        )
    };
    // Declared ASCII-compatible legacy encodings over valid multi-byte UTF-8: the bytes
    // win over the declaration (no mojibake), and the ASCII text is intact.
    for meta in [
        "<meta charset=windows-1252>",
        "<meta charset=shift_jis>",
        "<meta charset=euc-kr>",
        "<meta charset=big5>",
        "<meta http-equiv=content-type content=\"text/html; charset=koi8-r\">",
        "<meta charset=gb18030>",
    ] {
        let a = dechrome::clean_bytes(utf8_page(meta).as_bytes()).unwrap();
        assert_eq!(a.metadata().encoding, Some("UTF-8"), "{meta}");
        assert!(a.blocks()[0].text().starts_with("ascii words"), "{meta}");
        assert_eq!(a.blocks()[1].text(), MIXED[2], "{meta}");
    }
    // A stateful 7-bit encoding is not ASCII-compatible: decoded as declared, mojibake
    // but no panic, the ASCII text intact.
    let a = dechrome::clean_bytes(utf8_page("<meta charset=iso-2022-jp>").as_bytes()).unwrap();
    assert_eq!(a.metadata().encoding, Some("ISO-2022-JP"));
    assert!(a.blocks()[0].text().starts_with("ascii words"));
    // A UTF-16 label in ASCII bytes means UTF-8 (WHATWG); unknown labels are ignored.
    for meta in ["<meta charset=utf-16>", "<meta charset=klingon>", ""] {
        let a = dechrome::clean_bytes(utf8_page(meta).as_bytes()).unwrap();
        assert_eq!(a.metadata().encoding, Some("UTF-8"), "{meta}");
        assert_eq!(texts(&a)[1], MIXED[2]);
    }
    // Declared UTF-8, encoded windows-1252: the bad bytes become U+FFFD, the rest stays.
    let a = dechrome::clean_bytes(b"<meta charset=utf-8><p>caf\xe9 cr\xe8me, words around it.</p>")
        .unwrap();
    assert_eq!(texts(&a), ["caf\u{FFFD} cr\u{FFFD}me, words around it."]);
    // The caller's charset wins over <meta>; a BOM wins over both.
    let a = Cleaner::new()
        .clean_bytes_with_charset(
            b"<meta charset=utf-8><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>",
            "koi8-r",
        )
        .unwrap();
    assert_eq!(texts(&a), ["Привет"]);
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice("<meta charset=koi8-r><p>Привет</p>".as_bytes());
    let a = Cleaner::new()
        .clean_bytes_with_charset(&bom, "shift_jis")
        .unwrap();
    assert_eq!(texts(&a), ["Привет"]);
    // A caller charset of UTF-16 over ASCII bytes: garbage text, no panic.
    let _ = Cleaner::new().clean_bytes_with_charset(utf8_page("").as_bytes(), "utf-16le");
    // The "replacement" encoding (iso-2022-kr and friends) turns a whole page into
    // one U+FFFD, as browsers do: not a panic, and strict decoding says why.
    let page = utf8_page("<meta charset=iso-2022-kr>");
    match dechrome::clean_bytes(page.as_bytes()) {
        Ok(a) => assert!(texts(&a).iter().all(|t| t.chars().all(|c| c == '\u{FFFD}'))),
        Err(e) => assert_eq!(e, Error::EmptyDocument),
    }
    assert!(matches!(
        Cleaner::builder()
            .strict_decoding(true)
            .build()
            .clean_bytes(page.as_bytes()),
        Err(Error::Undecodable { .. })
    ));
}

#[test]
fn mixed_scripts_in_one_page() {
    let html = mixed_page();
    let from_str = dechrome::clean(&html).unwrap();
    let from_bytes = dechrome::clean_bytes(html.as_bytes()).unwrap();
    let from_utf16 = dechrome::clean_bytes(&utf16(&html, false)).unwrap();
    for a in [&from_str, &from_bytes, &from_utf16] {
        assert_eq!(texts(a), MIXED);
        assert_eq!(
            a.metadata().title.as_deref(),
            Some("Заголовок 标题 عنوان 🚀")
        );
        // Kept text is made of whole blocks: no script is cut mid-character.
        for b in a.kept_blocks() {
            assert!(a.text().contains(b.text()));
        }
        assert!(a.to_json().contains("👍🏽"));
    }
    let kinds = |a: &Article| a.blocks().iter().map(Block::kind).collect::<Vec<Kind>>();
    assert_eq!(kinds(&from_str), kinds(&from_bytes));
    assert_eq!(kinds(&from_str), kinds(&from_utf16));

    // The same paragraphs as plain text.
    let a = dechrome::clean_text(&MIXED.join("\n\n")).unwrap();
    assert_eq!(texts(&a), MIXED);

    // A large page of mixed scripts (about 10 MB) stays linear.
    let big = MIXED.map(|p| format!("<p>{p}</p>")).concat().repeat(10_000);
    let n = big.matches("<p>").count();
    let a = within("10 MB of mixed scripts", move || {
        dechrome::clean(&big).unwrap()
    });
    assert_eq!(a.blocks().len(), n);
}

/// FINDING: segmentation drops U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH
/// JOINER from HTML text as "invisible" (`src/segment.rs`, `TextBuf::push_text`),
/// but they are not: ZWJ glues emoji sequences (👩‍👩‍👧‍👦 becomes four emoji) and
/// Indic conjuncts, ZWNJ is part of Persian/Urdu spelling (می‌خواهم). The
/// plain-text reader and `<pre>` keep them, so the same words differ by path.
#[test]
fn zero_width_joiners_survive() {
    let paragraphs = [
        "Family emoji 👩\u{200d}👩\u{200d}👧\u{200d}👦 and 🏳\u{fe0f}\u{200d}🌈 in a sentence.",
        "Persian with a non-joiner: می\u{200c}خواهم کتاب\u{200c}ها را بخوانم.",
        "Devanagari half form: क्\u{200d}ष and Malayalam chillu ന്\u{200d} here.",
    ];
    let html: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
    let a = dechrome::clean(&html).unwrap();
    let text_path = dechrome::clean_text(&paragraphs.join("\n\n")).unwrap();
    assert_eq!(texts(&text_path), paragraphs, "plain-text path");
    assert_eq!(texts(&a), paragraphs, "HTML path");
}

/// Runs of markup-like openers that are not tags (`<<<`, `<!!!`, `<?`, `<1`...): each
/// `<` must cost constant work, so 16x the input costs about 16x the time. Reading a
/// tag name before checking that a letter follows `<` made every `<` scan ahead to the
/// next space, `/` or `>` (quadratic: 160,000 `<` took 7 s). The bound, 64x, is loose
/// for a noisy machine and far below the 256x a quadratic pass needs; each side is the
/// fastest of three runs.
#[test]
fn runs_of_tag_openers_are_linear() {
    fn fastest(html: &str) -> Duration {
        (0..3)
            .map(|_| {
                let start = Instant::now();
                let _ = dechrome::clean(html);
                start.elapsed()
            })
            .min()
            .unwrap_or_default()
    }
    for unit in [
        "<",
        "<!!!",
        "<?",
        "<1",
        "<=",
        "<-",
        "</1",
        "<![CDATA[",
        "<!DOCTYPE",
        "<a",
        "<a b",
        // The second reading closes runaway iframes: one pass, however many there are.
        "<iframe ",
        "<iframe x",
    ] {
        let page = |n: usize| format!("<p>Some words first. {}</p>", unit.repeat(n));
        let small = fastest(&page(10_000));
        let large = fastest(&page(160_000));
        // A floor of 1 ms keeps timer resolution out of the ratio.
        let ratio = large.as_secs_f64() / small.as_secs_f64().max(0.001);
        assert!(
            ratio < 64.0,
            "{unit:?}: 16x the input took {ratio:.0}x the time ({small:?} -> {large:?})"
        );
    }
}
