//! Minimal clean HTML: the kept article as one `<article>` element with plain
//! semantic tags (`h1`-`h6`, `p`, `ul`/`ol`/`li`, `pre`/`code`, `blockquote`,
//! `table`, `figure`/`img`, `a`), no classes, no scripts, no styles.

use std::fmt::Write as _;

use super::{RenderOptions, Resolver, Unit, grid, units};
use crate::document::{Article, Block, SpanKind};

pub(crate) fn render(article: &Article, opts: &RenderOptions) -> String {
    let resolver = Resolver::new(
        article.metadata.url.as_deref(),
        article.base_href.as_deref(),
    );
    let h = Html {
        opts,
        resolver: &resolver,
    };
    let mut out = String::from("<article>\n");
    for unit in units(article, opts) {
        match unit {
            Unit::Heading(level, b) => {
                let level = level.clamp(1, 6);
                let _ = writeln!(out, "<h{level}>{}</h{level}>", h.inline(b));
            }
            Unit::Paragraph(b) => {
                let _ = writeln!(out, "<p>{}</p>", h.inline(b));
            }
            Unit::Code(b) => {
                let class = b
                    .code_language
                    .as_deref()
                    .map(|l| format!(" class=\"language-{}\"", escape(l)))
                    .unwrap_or_default();
                let _ = writeln!(out, "<pre><code{class}>{}</code></pre>", escape(&b.text));
            }
            Unit::Images(b) => {
                for image in &b.images {
                    if let Some(src) = resolver.resolve_image(&image.src) {
                        let _ = writeln!(
                            out,
                            "<figure><img src=\"{}\" alt=\"{}\"></figure>",
                            escape(&src),
                            escape(&image.alt)
                        );
                    }
                }
            }
            Unit::List(items) => h.list(&items, &mut out),
            Unit::Quote(blocks) => {
                out.push_str("<blockquote>\n");
                for b in blocks {
                    let _ = writeln!(out, "<p>{}</p>", h.inline(b));
                }
                out.push_str("</blockquote>\n");
            }
            Unit::Table(cells) => h.table(&cells, &mut out),
        }
    }
    out.push_str("</article>\n");
    out
}

struct Html<'a> {
    opts: &'a RenderOptions,
    resolver: &'a Resolver,
}

impl Html<'_> {
    /// A block's text, escaped, with its links and code spans; line breaks as `<br>`.
    fn inline(&self, block: &Block) -> String {
        let text = block.text.as_str();
        let mut out = String::with_capacity(text.len() + 16);
        let mut at = 0usize;
        for span in &block.spans {
            let (start, end) = (span.start as usize, span.end as usize);
            let (Some(before), Some(inner)) = (text.get(at..start), text.get(start..end)) else {
                continue;
            };
            out.push_str(&escape(before));
            match &span.kind {
                SpanKind::Code => {
                    let _ = write!(out, "<code>{}</code>", escape(inner));
                }
                SpanKind::Link { href } => {
                    match self.resolver.resolve(href).filter(|_| self.opts.links) {
                        Some(url) => {
                            let _ =
                                write!(out, "<a href=\"{}\">{}</a>", escape(&url), escape(inner));
                        }
                        None => out.push_str(&escape(inner)),
                    }
                }
            }
            at = end;
        }
        out.push_str(&escape(text.get(at..).unwrap_or_default()));
        out.replace('\n', "<br>\n")
    }

    fn list(&self, blocks: &[&Block], out: &mut String) {
        // Open lists, innermost last: (depth, closing tag).
        let mut open: Vec<(u8, &'static str)> = Vec::new();
        let mut last_item = None;
        for b in blocks {
            let Some(item) = b.context.item else { continue };
            if last_item == Some(item.element) {
                let _ = write!(out, "<br>\n{}", self.inline(b));
                continue;
            }
            while open.last().is_some_and(|(d, _)| *d > item.depth) {
                if let Some((_, close)) = open.pop() {
                    let _ = write!(out, "</li>\n{close}");
                }
            }
            if open.last().is_some_and(|(d, _)| *d == item.depth) {
                out.push_str("</li>\n");
            } else {
                let (tag, close) = if item.ordered {
                    ("<ol>", "</ol>")
                } else {
                    ("<ul>", "</ul>")
                };
                if item.ordered
                    && item.number != 1
                    && open.last().is_none_or(|(d, _)| *d < item.depth)
                {
                    let _ = write!(out, "\n<ol start=\"{}\">\n", item.number);
                } else {
                    let _ = write!(out, "\n{tag}\n");
                }
                open.push((item.depth, close));
            }
            let _ = write!(out, "<li>{}", self.inline(b));
            last_item = Some(item.element);
        }
        while let Some((_, close)) = open.pop() {
            let _ = write!(out, "</li>\n{close}");
        }
        out.push('\n');
    }

    fn table(&self, cells: &[&Block], out: &mut String) {
        out.push_str("<table>\n");
        for (r, row) in grid(cells).iter().enumerate() {
            let tag = if r == 0 { "th" } else { "td" };
            out.push_str("<tr>");
            for members in row {
                let text: Vec<String> = members
                    .iter()
                    .filter_map(|&i| cells.get(i))
                    .map(|b| self.inline(b))
                    .collect();
                let _ = write!(out, "<{tag}>{}</{tag}>", text.join(" "));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</table>\n");
    }
}

/// Escapes text for HTML content and double-quoted attributes.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
