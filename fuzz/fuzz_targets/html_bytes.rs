//! `clean_bytes` on arbitrary bytes: any encoding, any garbage.
#![cfg_attr(feature = "libfuzzer", no_main)]

use dechrome_fuzz::{Expect, check_binary_verdict, check_result, fingerprint};

dechrome_fuzz::target!(|data: &[u8]| {
    let result = dechrome::clean_bytes(data);
    check_result(&result, data.len(), Expect::defaults());
    check_binary_verdict(&result, data, Expect::defaults());
    // The same bytes as UTF-8 text (lossy) through `clean` must not fail differently.
    if let (Ok(a), Ok(s)) = (&result, std::str::from_utf8(data)) {
        let lower = s.to_ascii_lowercase();
        if !s.starts_with('\u{feff}') && !lower.contains("charset") {
            // Valid UTF-8, no BOM, no declaration: clean_bytes decodes as UTF-8,
            // so it must agree with clean exactly.
            let b = match dechrome::clean(s) {
                Ok(b) => b,
                Err(e) => panic!("clean_bytes succeeded, clean failed: {e:?}"),
            };
            assert_eq!(
                fingerprint(a),
                fingerprint(&b),
                "clean and clean_bytes differ"
            );
        }
    }
});
