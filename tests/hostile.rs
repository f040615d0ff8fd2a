//! The "Untrusted input" promises of the crate docs: no panic, no stack overflow,
//! typed errors for what cannot be cleaned.

use dechrome::{Cleaner, Error};

fn survives(bytes: &[u8]) {
    match dechrome::clean_bytes(bytes) {
        Ok(a) => {
            let _ = a.text();
            let _ = a.to_json();
        }
        Err(Error::EmptyDocument | Error::Binary { .. }) => {}
        Err(e) => panic!("unexpected error {e}"),
    }
}

#[test]
fn empty_and_blank() {
    assert_eq!(dechrome::clean("").unwrap_err(), Error::EmptyDocument);
    assert_eq!(
        dechrome::clean("   \n\t").unwrap_err(),
        Error::EmptyDocument
    );
    assert_eq!(
        dechrome::clean("<html><body><script>x()</script></body></html>").unwrap_err(),
        Error::EmptyDocument
    );
    assert_eq!(dechrome::clean_text("").unwrap_err(), Error::EmptyDocument);
    assert_eq!(
        Cleaner::new().clean_text(" \n\n ").unwrap_err(),
        Error::EmptyDocument
    );
}

#[test]
fn binary_garbage() {
    let mut state = 0x2545F4914F6CDD1Du64;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    assert!(matches!(
        dechrome::clean_bytes(&bytes),
        Err(Error::Binary {
            signature: None,
            ..
        })
    ));
    survives(&bytes);
    survives(b"\x00\x00\x00<p>\x00nul\x00</p>\x00");
    survives(&[0xff, 0xfe, 0x00]);
    survives(&[0xfe, 0xff, 0xd8]);
}

#[test]
fn invalid_utf8_is_replaced_not_lost() {
    let a = dechrome::clean_bytes(
        b"<meta charset=utf-8><p>Good text \xff\xfe here, in a sentence long enough.</p>",
    )
    .unwrap();
    assert!(a.blocks()[0].text().contains("Good text"));
    assert!(a.blocks()[0].text().contains('\u{FFFD}'));
    let strict = Cleaner::builder().strict_decoding(true).build();
    assert!(matches!(
        strict.clean_bytes(b"<meta charset=utf-8><p>x\xff</p>"),
        Err(Error::Undecodable { .. })
    ));
}

#[test]
fn deep_nesting_100k() {
    let depth = 100_000;
    let html = format!(
        "{}<p>deep text</p>{}",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let a = dechrome::clean(&html).unwrap();
    assert_eq!(a.blocks().len(), 1);
    assert_eq!(a.blocks()[0].text(), "deep text");
    // Unclosed, and of mixed tags.
    let html = format!(
        "{}<p>still here</p>",
        "<div><span><section><b>".repeat(depth / 4)
    );
    assert!(
        dechrome::clean(&html)
            .unwrap()
            .blocks()
            .iter()
            .any(|b| b.text() == "still here")
    );
}

#[test]
fn size_limits_are_typed_errors() {
    let cleaner = Cleaner::builder().max_input_bytes(100).build();
    let err = cleaner.clean(&"x".repeat(101)).unwrap_err();
    assert_eq!(
        err,
        Error::InputTooLarge {
            size: 101,
            limit: 100
        }
    );
    assert!(err.to_string().contains("max_input_bytes"));
    let cleaner = Cleaner::builder().max_nodes(10).build();
    assert_eq!(
        cleaner.clean(&"<b>".repeat(11)).unwrap_err(),
        Error::TooManyNodes { limit: 10 }
    );
    assert!(matches!(
        Cleaner::new().clean_bytes_with_charset(b"<p>x</p>", "no-such"),
        Err(Error::UnknownCharset(_))
    ));
}

#[test]
fn malformed_markup() {
    for html in [
        "<",
        "<<<<>>>>",
        "<p",
        "</p></div></body>",
        "<table><td>a<tr>b</table>",
        "<a href='x>unterminated",
        "<!--",
        "<![CDATA[x",
        "<script>",
        "<svg><p>x</p></svg>",
        "<p>a<p>b<p>c",
        "<html><html><body><body>x",
        "<div style=\"display:none\"",
        "<title>only a title</title>",
        "<p>\u{0}\u{1}\u{7f}\u{feff}</p>",
    ] {
        survives(html.as_bytes());
    }
}

#[test]
fn utf16_with_bom() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in "<p>Ünïcödé text that is long enough to be a paragraph of prose.</p>".encode_utf16()
    {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let a = dechrome::clean_bytes(&bytes).unwrap();
    assert_eq!(a.metadata().encoding, Some("UTF-16LE"));
    assert!(a.text().starts_with("Ünïcödé"));
}

#[test]
fn declared_charset_wrong_for_the_bytes() {
    // Declared windows-1252, actually UTF-8 with multi-byte sequences: the bytes win
    // (a legacy encoding's text is never valid multi-byte UTF-8), no mojibake.
    let a = dechrome::clean_bytes(
        "<meta charset=windows-1252><p>café crème, a long enough sentence here.</p>".as_bytes(),
    )
    .unwrap();
    assert!(a.text().contains("café crème"), "{}", a.text());
    assert_eq!(a.metadata().encoding, Some("UTF-8"));
}

/// A page's links and code classes reach rendered Markdown and HTML, which readers
/// open in browsers: nothing from the page may become live script there.
#[test]
fn rendered_output_carries_no_script() {
    let prose = "A paragraph of ordinary article prose, long enough to be kept as the body.";
    let links = [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\nscript:alert(1)",
        " \tjavascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "DATA:text/html;base64,PHNjcmlwdD4=",
    ];
    for url in [None, Some("https://example.com/a/")] {
        for href in links {
            let html = format!(
                "<article><h1>A headline</h1><p>{prose} <a href=\"{}\">a link</a> and more of it.</p>\
                 <p><img src=\"{}\" alt=x>{prose}</p><p>{prose}</p></article>",
                href.replace('"', "&quot;").replace('<', "&lt;"),
                href.replace('"', "&quot;").replace('<', "&lt;"),
            );
            let mut page = dechrome::Page::new(html.as_bytes());
            if let Some(u) = url {
                page = page.url(u);
            }
            let a = Cleaner::new().clean_page(&page).unwrap();
            for out in [a.to_markdown(), a.to_html()] {
                let lower = out.to_ascii_lowercase();
                for bad in ["javascript", "vbscript", "data:text", "script>"] {
                    assert!(
                        !lower.contains(bad),
                        "{href:?} with base {url:?} left {bad}: {out}"
                    );
                }
                assert!(out.contains("a link"), "the link's text stays: {out}");
            }
        }
    }
    // Safe schemes and relative links still resolve.
    let html = format!(
        "<article><p>{prose} <a href=\"b\">one</a> <a href=\"mailto:x@example.com\">two</a></p>\
         <p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=x>{prose}</p><p>{prose}</p></article>"
    );
    let page = dechrome::Page::new(html.as_bytes()).url("https://example.com/a/");
    let a = Cleaner::new().clean_page(&page).unwrap();
    let md = a.to_markdown();
    assert!(md.contains("(https://example.com/a/b)"), "{md}");
    assert!(md.contains("(mailto:x@example.com)"), "{md}");
}

/// A code block's language is printed after the Markdown fence: a backtick or a
/// space there would end the fence and turn the escaped code into live markup.
#[test]
fn code_language_cannot_break_the_fence() {
    let code = "let tag = &quot;&lt;img src=x onerror=alert(1)&gt;&quot;; // a string in a program";
    for class in [
        "language-x```",
        "language-x`",
        "language-a<b>",
        "language-x\u{a0}y",
        "lang-",
    ] {
        let html = format!(
            "<article><p>An article about code, with enough words to be the article body here.</p>\
             <pre><code class=\"{class}\">{code}</code></pre>\
             <p>Another paragraph of the article body, again with plenty of ordinary words.</p></article>"
        );
        let a = Cleaner::new().clean(&html).unwrap();
        let md = a.to_markdown();
        let fence_line = md.lines().find(|l| l.starts_with("```")).expect("a fence");
        assert_eq!(
            fence_line, "```",
            "class {class:?} leaked into the fence: {md}"
        );
    }
    let a = Cleaner::new().clean(
        "<article><p>An article about code, with enough words to be the article body here.</p>\
         <pre><code class=\"language-c++\">int main() { return 0; } // the smallest program</code></pre>\
         <p>Another paragraph of the article body, again with plenty of ordinary words.</p></article>",
    )
    .unwrap();
    assert!(a.to_markdown().contains("```c++\n"), "{}", a.to_markdown());
}

/// Archives, images, executables and PDFs are refused with a typed error, in every
/// entry point, instead of being cleaned into noise; text with a stray control
/// character or a few undecodable bytes is still a page.
#[test]
fn binary_input_is_a_typed_error() {
    let mut elf = b"\x7fELF\x02\x01\x01\x00".to_vec();
    elf.extend((0u32..4000).flat_map(|i| [0, 0, (i % 7) as u8, b'a']));
    let mut gzip = vec![0x1f, 0x8b, 0x08, 0x00];
    let mut state = 7u32;
    gzip.extend((0..4000).map(|_| {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
        (state >> 16) as u8
    }));
    let pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".repeat(50);
    for (name, bytes) in [("elf", &elf), ("gzip", &gzip), ("pdf", &pdf)] {
        let err = dechrome::clean_bytes(bytes).unwrap_err();
        assert!(matches!(err, Error::Binary { .. }), "{name}: {err}");
        assert!(err.to_string().contains("binary"), "{name}: {err}");
        let lossy = String::from_utf8_lossy(bytes);
        assert!(
            matches!(dechrome::clean(&lossy), Err(Error::Binary { .. })),
            "{name}"
        );
        assert!(
            matches!(dechrome::clean_text(&lossy), Err(Error::Binary { .. })),
            "{name}"
        );
        let strict = Cleaner::builder().strict_decoding(true).build();
        assert!(
            matches!(
                strict.clean_bytes(bytes),
                Err(Error::Binary { .. } | Error::Undecodable { .. })
            ),
            "{name}"
        );
    }
    assert_eq!(
        dechrome::clean_bytes(&pdf).unwrap_err(),
        Error::Binary {
            signature: Some("a PDF document"),
            control_percent: 0
        }
    );
    // A page with a few stray bytes is still a page.
    let prose = "A paragraph of article prose that runs long enough to be the body of a page. ";
    let page = format!(
        "<p>{}\u{1}\u{0} {}</p><p>{}\u{fffd}{}</p>",
        prose.repeat(2),
        prose,
        prose,
        prose
    );
    assert!(
        dechrome::clean_bytes(page.as_bytes())
            .unwrap()
            .text()
            .contains("paragraph")
    );
    assert!(dechrome::clean_text(&page).is_ok());
}

/// Text a browser shows is never "no visible text": an `<object>`'s fallback, a stray
/// `<option>`, MathML tokens, and (when the page shows nothing else) SVG `<text>` and
/// `<foreignObject>`. What a browser does not draw stays out: SVG titles, MathML
/// annotations.
#[test]
fn text_in_object_svg_math_and_option_is_read() {
    let prose = "Words a browser shows to the reader, in a sentence long enough to count.";
    let pages = [
        format!("<object data=x.swf><param name=a value=b><p>{prose}</p></object>"),
        format!("<svg><title>Tip</title><text x=1 y=2>{prose}</text></svg>"),
        format!("<svg><g><text><tspan>{prose}</tspan></text></g></svg>"),
        format!("<svg><foreignObject><p>{prose}</p></foreignObject></svg>"),
        format!("<math><mtext>{prose}</mtext><annotation>Tip</annotation></math>"),
        format!("<option>{prose}</option>"),
    ];
    for page in &pages {
        let a = dechrome::clean(page).unwrap_or_else(|e| panic!("{page}: {e}"));
        let all = texts_of(&a);
        assert!(all.contains(prose), "{page}: {all:?}");
        assert!(!all.contains("Tip"), "{page}: {all:?}");
    }
    // A formula inside a sentence stays in the sentence, annotation left out.
    let a = dechrome::clean(&format!(
        "<p>The rule <math><mi>x</mi><mo>=</mo><mn>2</mn><annotation encoding=TeX>x=2</annotation></math> holds. {prose}</p>"
    ))
    .unwrap();
    assert!(
        texts_of(&a).starts_with("The rule x=2 holds."),
        "{:?}",
        texts_of(&a)
    );
    // Beside prose, SVG labels (chart axes, diagram boxes) are drawing, not text.
    let a = dechrome::clean(&format!(
        "<p>{prose}</p><svg><text>Axis label</text></svg><p>{prose}</p><p>{prose}</p>"
    ))
    .unwrap();
    assert!(!texts_of(&a).contains("Axis label"));
}

fn texts_of(a: &dechrome::Article) -> String {
    a.blocks()
        .iter()
        .map(|b| b.text())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `max_blocks` is the work budget of a page: one block past it is a typed error, on
/// the HTML and the plain-text paths; the default leaves real pages (at most 2,641
/// blocks in 1,518 measured) far inside it.
#[test]
fn max_blocks_is_the_work_budget_of_a_page() {
    let html: String = (0..50)
        .map(|i| format!("<p>Paragraph {i} of a long page.</p>"))
        .collect();
    let text: String = (0..50)
        .map(|i| format!("Paragraph {i} of a long page.\n\n"))
        .collect();
    let at = Cleaner::builder().max_blocks(50).build();
    assert_eq!(at.clean(&html).unwrap().blocks().len(), 50);
    assert_eq!(at.clean_text(&text).unwrap().blocks().len(), 50);
    let under = Cleaner::builder().max_blocks(49).build();
    assert_eq!(
        under.clean(&html).unwrap_err(),
        Error::TooManyBlocks { limit: 49 }
    );
    assert_eq!(
        under.clean_text(&text).unwrap_err(),
        Error::TooManyBlocks { limit: 49 }
    );
    assert!(
        under
            .clean(&html)
            .unwrap_err()
            .to_string()
            .contains("max_blocks")
    );
    // A million one-letter paragraphs stop at the bound, by default too.
    let tiny = "a\n\n".repeat(1_000_000);
    assert_eq!(
        dechrome::clean_text(&tiny).unwrap_err(),
        Error::TooManyBlocks {
            limit: dechrome::DEFAULT_MAX_BLOCKS
        }
    );
    let tiny_html = "<p>a".repeat(200_000);
    assert_eq!(
        dechrome::clean(&tiny_html).unwrap_err(),
        Error::TooManyBlocks {
            limit: dechrome::DEFAULT_MAX_BLOCKS
        }
    );
}

/// A `<` in text makes no node: a paragraph of two million comparisons is not "too
/// many elements".
#[test]
fn less_than_signs_in_text_are_not_elements() {
    let text = format!("<p>{}</p>", "1 < 2 ".repeat(2_000_000));
    let a = dechrome::clean(&text).unwrap();
    assert_eq!(a.blocks().len(), 1);
    let tags = "<b>".repeat(100);
    assert_eq!(
        Cleaner::builder()
            .max_nodes(99)
            .build()
            .clean(&format!("<p>x{tags}</p>"))
            .unwrap_err(),
        Error::TooManyNodes { limit: 99 }
    );
}

/// Fuzz finding (target `html_bytes`): the binary check counted control characters
/// among the first bytes for `clean_bytes` but among the first characters for `clean`
/// and `clean_text`, so the same UTF-8 text was a page to one and binary to the other.
/// One control character before eleven `é` is 1 byte in 23 (4%, a page) but 1
/// character in 12 (8%, binary). Bytes that are valid UTF-8 now count as their characters.
#[test]
fn binary_verdict_is_the_same_for_text_and_its_utf8_bytes() {
    let text = format!("\u{1}{}", "é".repeat(11));
    let as_text = dechrome::clean(&text).map(|a| a.text());
    let as_bytes = dechrome::clean_bytes(text.as_bytes()).map(|a| a.text());
    assert_eq!(as_text, as_bytes);
}
