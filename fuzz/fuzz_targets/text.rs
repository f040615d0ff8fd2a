//! `clean_text` on arbitrary UTF-8: the plain-text reader and the classifier.
#![cfg_attr(feature = "libfuzzer", no_main)]

use dechrome_fuzz::{Expect, check};

dechrome_fuzz::target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(article) = dechrome::clean_text(&text) else {
        return;
    };
    check(&article, Expect::defaults());
    // Every block's words come from the input: the reader never invents text.
    // The words come in input order, so each is looked for after the last one found
    // (linear); only a word not found there is looked for in the whole input (the
    // check itself stays "the word is in the input", as before).
    let mut from = 0;
    for b in article.blocks() {
        for word in b.text().split_whitespace() {
            match text[from..].find(word) {
                Some(at) => from += at + word.len(),
                None => assert!(text.contains(word), "word {word:?} is not in the input"),
            }
        }
    }
    // Cleaning the clean text again keeps working (and stays within the input).
    if let Ok(again) = dechrome::clean_text(&article.text()) {
        check(&again, Expect::defaults());
    }
});
