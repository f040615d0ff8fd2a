//! The second reading (`Cleaner::clean_page`'s recovery): a page that hides more text
//! than it shows is read again with its hidden subtrees visible, and that reading wins
//! only when it brings text the page did not already show
//! (`fixtures/html/content-hidden-until-script.html` covers the gain).

/// Paragraphs of an article, each sentence its own, to build pages from.
fn article() -> String {
    (1..=6)
        .map(|i| {
            format!(
                "<p>Paragraph {i} of the report says the harbour wall was repaired in stages over \
                 the winter, and the engineers expect the work on section {i} to last for years.</p>"
            )
        })
        .collect()
}

/// A visible article with a hidden print copy of itself (one block) and a hidden menu:
/// the hidden text outweighs what shows, but almost all of it repeats the article. The
/// article must come out once.
#[test]
fn a_hidden_copy_of_the_article_is_not_read_again() {
    let body = article();
    let copy: String = body.replace("<p>", "").replace("</p>", " ");
    let menu: String = (1..=12)
        .map(|i| format!("<li><a href=/s{i}>Section number {i} of the site</a></li>"))
        .collect();
    let html = format!(
        "<html><head><title>Harbour wall</title></head><body><header><a href=/>Courier</a></header>\
         <article><h1>Harbour wall</h1>{body}</article>\
         <div style=\"display:none\"><div class=print-version>{copy}</div><ul>{menu}</ul></div>\
         </body></html>"
    );
    let a = dechrome::clean(&html).unwrap();
    let text = a.body_text();
    assert_eq!(
        text.matches("Paragraph 3 of the report").count(),
        1,
        "{text}"
    );
    assert!(!text.contains("Section number"), "{text}");
}

/// A streamed page (the article parked in `<div hidden id="S:0">` under a visible shell)
/// whose `<noscript>` holds a tracking pixel written `<iframe ... />`: read as markup
/// (the second reading's), the iframe has no end tag and would swallow the rest of the
/// page as its raw text. The second reading closes it and finds the article.
#[test]
fn a_self_closed_iframe_in_noscript_does_not_swallow_the_second_reading() {
    let html = format!(
        "<html><head><title>Harbour works</title></head><body>\
         <noscript><iframe src=\"https://tags.example/ns.html\" height=\"0\" width=\"0\" style=\"display: none\" /></noscript>\
         <nav><a href=/>Home</a> <a href=/news>News</a></nav>\
         <div hidden id=\"S:0\"><h1>Harbour works</h1>{}</div>\
         <footer><p>Harbour Gazette</p></footer></body></html>",
        article()
    );
    let a = dechrome::clean(&html).unwrap();
    let text = a.text();
    assert!(text.contains("Paragraph 6 of the report"), "{text}");
}
