//! `--explain`: every block with its kind, score, path and reasons.

use std::io::Write;

use dechrome::Article;

pub(crate) fn explain(article: &Article, out: &mut impl Write) -> std::io::Result<()> {
    let m = article.metadata();
    writeln!(
        out,
        "# title: {:?}  site: {:?}  publisher: {:?}  language: {:?}",
        article.title().unwrap_or(""),
        m.site_name.as_deref().unwrap_or(""),
        m.publisher.as_deref().unwrap_or(""),
        m.language.as_deref().unwrap_or("")
    )?;
    let v = article.verdict();
    writeln!(
        out,
        "# verdict: {}  confidence: {:.2}  quality: {:.2}",
        v.page_type.name(),
        v.confidence,
        v.quality
    )?;
    if let Some(a) = v.article_body_agreement {
        writeln!(
            out,
            "# json-ld articleBody agreement: recall {:.2}  precision {:.2}",
            a.recall, a.precision
        )?;
        if a.is_poor() {
            writeln!(
                out,
                "# warning: the kept text misses most of the page's JSON-LD articleBody \
                 (recall {:.2} < 0.5): the cleaner may have kept the wrong part of the page",
                a.recall
            )?;
        }
    }
    for (i, b) in article.blocks().iter().enumerate() {
        let mark = if b.is_kept() { '+' } else { '-' };
        let mut text: String = b
            .text()
            .chars()
            .take(90)
            .collect::<String>()
            .replace('\n', " / ");
        if b.text().chars().count() > 90 {
            text.push('…');
        }
        let reasons: Vec<String> = b
            .reasons()
            .iter()
            .map(|r| format!("{}{:+.1}", r.code, r.weight))
            .collect();
        writeln!(
            out,
            "{i:>4} {mark} {:<16} {:>+6.1}  {text}",
            b.kind().name(),
            b.score()
        )?;
        let path = clipped(&article.path(b));
        writeln!(out, "{:>29}{}  [{}]", "", path, reasons.join(" "))?;
    }
    Ok(())
}

/// Classes shown per element of a path: themes put hundreds of classes on `<body>`
/// (`tweak-blog-...`), which would bury the reasons; `--format json` keeps them all.
const CLASSES_SHOWN: usize = 3;

/// The path with each element's class list cut to [`CLASSES_SHOWN`] classes, `…` marking
/// the cut.
fn clipped(path: &str) -> String {
    path.split('>')
        .map(|step| {
            let mut parts = step.split('.');
            let head = parts.next().unwrap_or_default();
            let classes: Vec<&str> = parts.collect();
            let mut out = head.to_owned();
            for c in classes.iter().take(CLASSES_SHOWN) {
                out.push('.');
                out.push_str(c);
            }
            if classes.len() > CLASSES_SHOWN {
                out.push_str(".…");
            }
            out
        })
        .collect::<Vec<_>>()
        .join(">")
}
