//! Does cost grow linearly with the input? The whole pipeline (`clean`) on four
//! generated page shapes at 1x, 10x and 100x their base size, reported as
//! throughput: a linear cleaner shows about the same MiB/s at every size.
//!
//! ```sh
//! cargo bench --bench scaling -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! Shapes (1x):
//! - `long_article`: a headline and 40 prose paragraphs in an article body (~25 KB);
//! - `many_siblings`: 1,000 short sibling paragraphs (~30 KB);
//! - `deep_nesting`: 1,000 nested `<div>`s, each with a line of text (~40 KB);
//!   past 512 levels the parser's pre-scan flattens the nesting;
//! - `many_links`: 1,000 linked list items around a short article (~60 KB).

use std::fmt::Write;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

const SENTENCE: &str = "Officials said the purchases showed how far the army had run through \
    its own stocks, and analysts expected more such deals in the months ahead.";

fn long_article(scale: usize) -> String {
    let mut html = String::from(
        "<html><head><title>Shells from the North | The Daily</title></head><body>\
         <nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Shells from the North</h1>\
         <div class=article-body>",
    );
    for i in 0..40 * scale {
        let _ = write!(
            html,
            "<p>Paragraph {i}. {SENTENCE} {SENTENCE} {SENTENCE}</p>"
        );
        if i % 10 == 9 {
            html.push_str("<p>Subscribe to The Daily</p><h2>A subheading of the story</h2>");
        }
    }
    html.push_str("</div></article><footer>© 2024 The Daily</footer></body></html>");
    html
}

fn many_siblings(scale: usize) -> String {
    let mut html = String::from("<html><body><main>");
    for i in 0..1_000 * scale {
        let _ = write!(html, "<p>Short line number {i}.</p>");
    }
    html.push_str("</main></body></html>");
    html
}

fn deep_nesting(scale: usize) -> String {
    let n = 1_000 * scale;
    let mut html = String::from("<html><body>");
    for i in 0..n {
        let _ = write!(html, "<div class=c{}>level {i} ", i % 10);
    }
    let _ = write!(html, "<p>{SENTENCE}</p>");
    for _ in 0..n {
        html.push_str("</div>");
    }
    html.push_str("</body></html>");
    html
}

fn many_links(scale: usize) -> String {
    let mut html = String::from("<html><body><ul class=related>");
    let n = 1_000 * scale;
    for i in 0..n / 2 {
        let _ = write!(
            html,
            "<li><a href=\"/story/{i}\">Story {i} headline here</a></li>"
        );
    }
    let _ = write!(
        html,
        "</ul><article><p>{SENTENCE} {SENTENCE}</p></article><ul class=more>"
    );
    for i in n / 2..n {
        let _ = write!(
            html,
            "<li><a href=\"/story/{i}\">Story {i} headline here</a></li>"
        );
    }
    html.push_str("</ul></body></html>");
    html
}

/// A page shape: its name and how to make it at a given scale.
type Shape = (&'static str, fn(usize) -> String);

fn bench(c: &mut Criterion) {
    let cleaner = dechrome::Cleaner::builder()
        .max_input_bytes(usize::MAX)
        .max_nodes(usize::MAX)
        .build();
    let shapes: [Shape; 4] = [
        ("long_article", long_article),
        ("many_siblings", many_siblings),
        ("deep_nesting", deep_nesting),
        ("many_links", many_links),
    ];
    for (name, make) in shapes {
        let mut g = c.benchmark_group(format!("scaling/{name}"));
        g.sample_size(10);
        for scale in [1, 10, 100] {
            let html = make(scale);
            let blocks = cleaner.clean(&html).map_or(0, |a| a.blocks().len());
            assert!(blocks > 0, "{name} x{scale}: no blocks");
            g.throughput(Throughput::Bytes(html.len() as u64));
            g.bench_with_input(
                BenchmarkId::from_parameter(format!("{scale}x ({} KB)", html.len() / 1024)),
                &html,
                |b, html| b.iter(|| cleaner.clean(html).map(|a| a.blocks().len())),
            );
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
