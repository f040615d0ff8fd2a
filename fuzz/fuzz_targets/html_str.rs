//! `clean` on arbitrary UTF-8 (invalid byte sequences are replaced first, so every
//! input exercises the HTML path rather than being thrown away).
#![cfg_attr(feature = "libfuzzer", no_main)]

use dechrome_fuzz::{Expect, check_result};

dechrome_fuzz::target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let result = dechrome::clean(&html);
    check_result(&result, html.len(), Expect::defaults());
});
