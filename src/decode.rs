//! Stage 1: bytes -> UTF-8 text.
//!
//! Precedence, as browsers do it (WHATWG "determine the character encoding"):
//! 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
//! 2. the caller's charset (typically from the HTTP `Content-Type` header);
//! 3. `<meta charset>` or `<meta http-equiv="content-type" content="...; charset=...">`
//!    within the first 4 KiB (a UTF-16 label there means UTF-8, as in browsers);
//! 4. UTF-8, if the bytes are valid UTF-8 (this also overrules a declaration of 2. or 3.
//!    when the bytes hold multi-byte UTF-8 sequences and validate as a whole);
//! 5. otherwise a guess by `chardetng` (Firefox's detector).
//!
//! Decoding is lossless unless bytes are malformed for the chosen encoding; those
//! become U+FFFD, or [`Error::Undecodable`] when strict decoding is on.
//!
//! Binary input (an archive, an image, an executable) decodes to "text" in every
//! encoding; the binary check turns it away with [`Error::Binary`] instead of
//! cleaning noise into an article.

use std::borrow::Cow;
use std::sync::OnceLock;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};
use regex::bytes::Regex;

use crate::Error;

/// How far into the document `<meta charset>` is looked for.
const PRESCAN_BYTES: usize = 4096;

/// Text decoded from bytes, with the encoding that was used.
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static Encoding,
}

/// Finds the encoding of `bytes` and decodes them.
pub(crate) fn decode<'a>(
    bytes: &'a [u8],
    caller_charset: Option<&'static Encoding>,
    strict: bool,
) -> Result<Decoded<'a>, Error> {
    check_bytes(bytes)?;
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        return decode_with(body, encoding, strict);
    }
    let declared = caller_charset.or_else(|| prescan_meta(bytes));
    let encoding = match declared {
        // A declaration the bytes contradict: valid UTF-8 with multi-byte sequences is
        // all but impossible in a legacy encoding's text (it would read as mojibake),
        // and pages copied from UTF-8 templates keep their old `latin-1` headers.
        // (Not over UTF-16, which is not ASCII-compatible, nor the "replacement"
        // encoding, which browsers use to refuse a page on purpose.)
        Some(enc)
            if enc.is_ascii_compatible()
                && enc != UTF_8
                && enc != encoding_rs::REPLACEMENT
                && !bytes.is_ascii()
                && std::str::from_utf8(bytes).is_ok() =>
        {
            UTF_8
        }
        Some(enc) => enc,
        None if std::str::from_utf8(bytes).is_ok() => UTF_8,
        None => {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(bytes, true);
            detector.guess(None, true)
        }
    };
    decode_with(bytes, encoding, strict)
}

fn decode_with<'a>(
    bytes: &'a [u8],
    encoding: &'static Encoding,
    strict: bool,
) -> Result<Decoded<'a>, Error> {
    if strict {
        return match encoding.decode_without_bom_handling_and_without_replacement(bytes) {
            Some(text) => Ok(Decoded { text, encoding }),
            None => Err(Error::Undecodable {
                encoding: encoding.name(),
                offset: first_malformed(bytes, encoding),
            }),
        };
    }
    let (text, _had_errors) = encoding.decode_without_bom_handling(bytes);
    Ok(Decoded { text, encoding })
}

/// How many characters (or bytes) from the start of the input the binary check reads.
const BINARY_SAMPLE: usize = 8192;

/// Share of control characters (percent) from which a sample reads as binary. Random
/// bytes (compressed data, images) hold about 10% C0 controls, executables far more;
/// text and markup, in any ASCII-compatible encoding, next to none.
const BINARY_CONTROL_PERCENT: usize = 8;

/// Signatures of formats no page starts with: the name the error gives. (Random-looking
/// data is caught by its control characters too; the signature names it, and catches
/// short files and formats whose first kilobytes read as text, such as PDF.)
const BINARY_SIGNATURES: [(&[u8], &str); 16] = [
    (b"\x7fELF", "an ELF executable"),
    (b"MZ\x90\x00", "a Windows executable"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "a Mach-O or Java class file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"{\\rtf", "an RTF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"wOF", "a web font"),
];

/// C0 controls other than tab, line feed, form feed, carriage return and escape
/// (ISO-2022 encodings use escape sequences). Undecodable bytes do not count: a page
/// in the wrong encoding is mojibake, not binary.
fn is_binary_control(code: u32) -> bool {
    matches!(code, 0..=0x08 | 0x0B | 0x0E..=0x1A | 0x1C..=0x1F)
}

/// [`Error::Binary`] for input that is not text: a known file signature at the start,
/// or many control characters among the first [`BINARY_SAMPLE`] characters.
pub(crate) fn check_text(text: &str) -> Result<(), Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_sample(
        text.as_bytes(),
        text.chars().take(BINARY_SAMPLE).map(u32::from),
    )
}

/// [`check_text`] on raw bytes, before decoding, so the verdict does not depend on what
/// the page declares: UTF-16 (with a BOM) on its decoded start; bytes whose start is
/// valid UTF-8 on their characters, as [`check_text`] counts them (the same text is
/// binary or not whether it comes as `&str` or as bytes); any other bytes one by one.
pub(crate) fn check_bytes(bytes: &[u8]) -> Result<(), Error> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes)
        && encoding != UTF_8
    {
        let head = bytes.get(bom_len..).unwrap_or_default();
        let head = head
            .get(..head.len().min(2 * BINARY_SAMPLE))
            .unwrap_or(head);
        return check_text(&encoding.decode_without_bom_handling(head).0);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(text) = utf8_start(bytes) {
        return check_sample(bytes, text.chars().take(BINARY_SAMPLE).map(u32::from));
    }
    check_sample(
        bytes,
        bytes.iter().take(BINARY_SAMPLE).map(|&b| u32::from(b)),
    )
}

/// The first [`BINARY_SAMPLE`] characters' worth of `bytes` (at most four bytes each)
/// as text, when that much is valid UTF-8 (a character cut at the end of the window
/// does not count against it).
fn utf8_start(bytes: &[u8]) -> Option<&str> {
    let window = bytes.get(..bytes.len().min(4 * BINARY_SAMPLE))?;
    match std::str::from_utf8(window) {
        Ok(text) => Some(text),
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(window.get(..e.valid_up_to())?).ok()
        }
        Err(_) => None,
    }
}

fn check_sample(head: &[u8], sample: impl Iterator<Item = u32>) -> Result<(), Error> {
    if let Some((_, format)) = BINARY_SIGNATURES
        .iter()
        .find(|(sig, _)| head.starts_with(sig))
    {
        return Err(Error::Binary {
            signature: Some(format),
            control_percent: 0,
        });
    }
    let (mut sampled, mut control) = (0usize, 0usize);
    for code in sample {
        sampled += 1;
        control += usize::from(is_binary_control(code));
    }
    if sampled > 0 && control * 100 >= BINARY_CONTROL_PERCENT * sampled {
        return Err(Error::Binary {
            signature: None,
            control_percent: u8::try_from(control * 100 / sampled).unwrap_or(100),
        });
    }
    Ok(())
}

/// Byte offset of the first malformed sequence (for the error message).
fn first_malformed(bytes: &[u8], encoding: &'static Encoding) -> usize {
    if encoding == UTF_8 {
        return std::str::from_utf8(bytes)
            .err()
            .map_or(0, |e| e.valid_up_to());
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len().min(1 << 16) * 3);
    let mut read_total = 0;
    let mut rest = bytes;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut out, true);
        match result {
            encoding_rs::DecoderResult::Malformed(_, _) => return read_total + read,
            encoding_rs::DecoderResult::InputEmpty => return read_total + read,
            encoding_rs::DecoderResult::OutputFull => {
                read_total += read;
                rest = rest.get(read..).unwrap_or_default();
                out.clear();
                out.reserve(rest.len().min(1 << 16) * 3);
            }
        }
    }
}

/// Looks up a WHATWG encoding label (`"utf-8"`, `"latin1"`, `"shift_jis"`...).
pub(crate) fn encoding_for_label(label: &str) -> Result<&'static Encoding, Error> {
    Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| Error::UnknownCharset(label.to_owned()))
}

/// The charset declared by a `<meta>` in the first [`PRESCAN_BYTES`], if any.
fn prescan_meta(bytes: &[u8]) -> Option<&'static Encoding> {
    static META: OnceLock<Option<Regex>> = OnceLock::new();
    let re = META
        .get_or_init(|| {
            // `charset=` inside a <meta ...> tag, quoted or not; covers both
            // <meta charset="x"> and <meta http-equiv content="text/html; charset=x">.
            Regex::new(r#"(?i-u)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+\-]+)"#).ok()
        })
        .as_ref()?;
    let head = bytes.get(..PRESCAN_BYTES).unwrap_or(bytes);
    let label = re.captures(head)?.get(1)?.as_bytes();
    let encoding = Encoding::for_label(label)?;
    // A page that says UTF-16 in ASCII-compatible bytes is not UTF-16 (WHATWG rule).
    if encoding == UTF_16LE || encoding == UTF_16BE {
        return Some(UTF_8);
    }
    // x-user-defined is a browser artefact; treat it as windows-1252 per the spec.
    if encoding == encoding_rs::X_USER_DEFINED {
        return Some(encoding_rs::WINDOWS_1252);
    }
    Some(encoding)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(bytes: &[u8]) -> (String, &'static str) {
        let d = decode(bytes, None, false).unwrap();
        (d.text.into_owned(), d.encoding.name())
    }

    #[test]
    fn plain_utf8() {
        assert_eq!(
            dec("<p>café</p>".as_bytes()),
            ("<p>café</p>".into(), "UTF-8")
        );
    }

    #[test]
    fn bom_wins_over_meta() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(b"<meta charset=windows-1252><p>caf\xC3\xA9</p>");
        let (text, enc) = dec(&bytes);
        assert_eq!(enc, "UTF-8");
        assert!(text.contains("café"));
    }

    #[test]
    fn utf16le_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "<p>héllo</p>".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(dec(&bytes), ("<p>héllo</p>".into(), "UTF-16LE"));
    }

    #[test]
    fn meta_charset_and_http_equiv() {
        let (t, e) = dec(b"<meta charset=\"windows-1252\"><p>caf\xE9 \x93q\x94</p>");
        assert_eq!(e, "windows-1252");
        assert!(t.contains("café “q”"));
        let (t, e) = dec(
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>",
        );
        assert_eq!(e, "KOI8-R");
        assert!(t.contains("Привет"));
    }

    #[test]
    fn caller_charset_beats_meta() {
        let d = decode(
            b"<meta charset=utf-8><p>caf\xE9</p>",
            Some(encoding_rs::WINDOWS_1252),
            false,
        )
        .unwrap();
        assert!(d.text.contains("café"));
    }

    #[test]
    fn valid_multibyte_utf8_overrules_a_legacy_declaration() {
        // Declared latin-1 / gb2312, but the bytes are UTF-8: read as UTF-8, no mojibake.
        let (t, e) = dec("<meta charset=iso-8859-1><p>Café crème, naïve</p>".as_bytes());
        assert_eq!((t.contains("Café crème"), e), (true, "UTF-8"));
        let (t, e) = dec("<meta charset=gb2312><p>老旧小区加装电梯</p>".as_bytes());
        assert_eq!((t.contains("老旧小区"), e), (true, "UTF-8"));
        let d = decode(
            "<p>Grüße</p>".as_bytes(),
            Some(encoding_rs::WINDOWS_1252),
            false,
        )
        .unwrap();
        assert!(d.text.contains("Grüße"));
        // Pure ASCII keeps the declaration (nothing contradicts it), and bytes that are
        // not valid UTF-8 are decoded as declared.
        assert_eq!(
            dec(b"<meta charset=iso-8859-1><p>plain</p>").1,
            "windows-1252"
        );
        assert_eq!(
            dec(b"<meta charset=iso-8859-1><p>caf\xE9</p>").1,
            "windows-1252"
        );
    }

    #[test]
    fn undeclared_legacy_bytes_are_detected() {
        // No declaration, not UTF-8: chardetng guesses a legacy encoding, no U+FFFD.
        let (t, _) = dec(b"<p>Le caf\xe9 est tr\xe8s bon et la cr\xe8me br\xfbl\xe9e aussi.</p>");
        assert!(t.contains("café"), "{t}");
        assert!(!t.contains('\u{FFFD}'));
    }

    #[test]
    fn strict_decoding_reports_offset() {
        let err = decode(b"<meta charset=utf-8>ab\xff", None, true)
            .err()
            .unwrap();
        assert_eq!(
            err,
            Error::Undecodable {
                encoding: "UTF-8",
                offset: 22
            }
        );
        let lossy = decode(b"<meta charset=utf-8>ab\xff", None, false).unwrap();
        assert!(lossy.text.ends_with('\u{FFFD}'));
    }

    #[test]
    fn unknown_label() {
        assert!(matches!(
            encoding_for_label("klingon"),
            Err(Error::UnknownCharset(_))
        ));
        assert_eq!(
            encoding_for_label(" Latin1 ").unwrap().name(),
            "windows-1252"
        );
    }
}
