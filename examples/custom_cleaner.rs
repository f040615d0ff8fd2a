//! A cleaner with options of its own: precision first, captions kept, a known language,
//! and a tighter input limit; built once, shared by every call.
//!
//! ```sh
//! cargo run --example custom_cleaner
//! ```

use dechrome::{Cleaner, Focus, Kind};

fn main() -> Result<(), dechrome::Error> {
    let cleaner = Cleaner::builder()
        .focus(Focus::Precision)
        .keep_captions(true)
        .language("en")
        .max_input_bytes(8 << 20)
        .build();
    let html = r#"<html><head><title>Harbour lights return | Coast Weekly</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Harbour lights return</h1>
        <figure><img src="lights.jpg"><figcaption>The lights on the east pier, switched on again on Friday.</figcaption></figure>
        <p>The harbour lights, dark for two winters while the pier was rebuilt, were switched on again on Friday evening in front of a small crowd.</p>
        <p>Sign up for our newsletter</p>
        <p>The council said the new lamps use a fifth of the power of the old ones and should last twenty years.</p>
        </article></body></html>"#;
    let article = cleaner.clean(html)?;
    println!("{}", article.text());
    let newsletter = article
        .blocks()
        .iter()
        .filter(|b| b.kind() == Kind::NewsletterPitch)
        .count();
    println!("\n({newsletter} newsletter pitch dropped)");
    Ok(())
}
