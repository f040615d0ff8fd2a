//! The parser's fast path against its reference: on arbitrary UTF-8, the tree
//! built by dechrome's own tokenizer feeding html5ever's tree builder must be
//! the tree html5ever's tokenizer builds, node for node (or the fast path must
//! leave the input to html5ever).
#![cfg_attr(feature = "libfuzzer", no_main)]

dechrome_fuzz::target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    if let Some(difference) = dechrome::bench::parse_disagreement(&html) {
        panic!("the fast path's tree differs from html5ever's: {difference}");
    }
});
