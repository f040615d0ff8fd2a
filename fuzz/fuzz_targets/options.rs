//! Arbitrary builder options plus arbitrary bytes: `clean_bytes`,
//! `clean_bytes_with_charset` and `clean_text` with that cleaner, run twice to
//! check determinism.
#![cfg_attr(feature = "libfuzzer", no_main)]

use arbitrary::{Arbitrary, Unstructured};
use dechrome_fuzz::{FuzzOptions, check, check_binary_verdict, check_result, fingerprint};

dechrome_fuzz::target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(opts) = FuzzOptions::arbitrary(&mut u) else {
        return;
    };
    let input = u.take_rest();
    let (cleaner, expect) = opts.cleaner();

    let first = cleaner.clean_bytes(input);
    check_result(&first, input.len(), expect);
    check_binary_verdict(&first, input, expect);
    let second = cleaner.clean_bytes(input);
    match (&first, &second) {
        (Ok(a), Ok(b)) => assert_eq!(fingerprint(a), fingerprint(b), "not deterministic"),
        (Err(a), Err(b)) => assert_eq!(a, b),
        _ => panic!("one run failed, the other did not"),
    }

    if let Some(charset) = opts.charset() {
        match cleaner.clean_bytes_with_charset(input, &charset) {
            Err(dechrome::Error::UnknownCharset(label)) => assert_eq!(label, charset),
            result => {
                check_result(&result, input.len(), expect);
                check_binary_verdict(&result, input, expect);
            }
        }
    }

    let text = String::from_utf8_lossy(input);
    match cleaner.clean_text(&text) {
        Ok(article) => check(&article, expect),
        // The text reader drops only lines without a letter or digit.
        Err(dechrome::Error::EmptyDocument) => {
            assert!(
                !text.chars().any(char::is_alphanumeric),
                "EmptyDocument for {text:?}"
            )
        }
        Err(dechrome::Error::InputTooLarge { size, limit }) => {
            assert_eq!(size, text.len());
            assert!(size > limit);
        }
        Err(dechrome::Error::Binary { .. }) => {}
        Err(e) => panic!("clean_text: unexpected error {e:?}"),
    }
});
