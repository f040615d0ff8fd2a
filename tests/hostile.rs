//! The "Untrusted input" promises of the crate docs: no panic, no stack overflow,
//! typed errors for what cannot be cleaned.

use dechrome::{Cleaner, Error};

fn survives(bytes: &[u8]) {
    match dechrome::clean_bytes(bytes) {
        Ok(a) => {
            let _ = a.text();
            let _ = a.to_json();
        }
        Err(Error::EmptyDocument) => {}
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
    assert!(dechrome::clean_text("").blocks().is_empty());
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
