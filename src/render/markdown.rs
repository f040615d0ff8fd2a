//! Markdown: CommonMark with GFM tables.
//!
//! Conventions (the structure fixtures in `fixtures/structure/` follow them):
//! `#` headings by level, the title first; blocks separated by one blank line;
//! `<br>` as a backslash hard break; `- ` and `1. ` list markers, a nested list
//! indented by its parent's marker width; fenced code with the language of its
//! class; `> ` quotes; GFM tables whose first row is the header; `[text](url)`
//! links and `![alt](src)` images resolved against `<base>` or the page URL.
//! Text is escaped so that it reads back as the same text.

use std::fmt::Write as _;

use super::{RenderOptions, Resolver, Unit, grid, units};
use crate::document::{Article, Block, SpanKind};

pub(crate) fn render(article: &Article, opts: &RenderOptions) -> String {
    let resolver = Resolver::new(
        article.metadata.url.as_deref(),
        article.base_href.as_deref(),
    );
    let md = Markdown {
        opts,
        resolver: &resolver,
    };
    let mut parts: Vec<String> = Vec::new();
    for unit in units(article, opts) {
        match unit {
            Unit::Heading(level, b) => {
                let hashes = "#".repeat(usize::from(level.clamp(1, 6)));
                parts.push(format!(
                    "{hashes} {}",
                    md.inline(b, false).replace("\\\n", " ")
                ));
            }
            Unit::Paragraph(b) => parts.extend(md.paragraphs(b)),
            Unit::Code(b) => parts.push(fenced(b)),
            Unit::Images(b) => {
                for image in &b.images {
                    if let Some(src) = resolver.resolve_image(&image.src) {
                        parts.push(format!("![{}]({})", escape_all(&image.alt), url_text(&src)));
                    }
                }
            }
            Unit::List(items) => parts.push(md.list(&items)),
            Unit::Quote(blocks) => parts.push(md.quote(&blocks)),
            Unit::Table(cells) => parts.push(md.table(&cells)),
        }
    }
    let mut out = parts.join("\n\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

struct Markdown<'a> {
    opts: &'a RenderOptions,
    resolver: &'a Resolver,
}

impl Markdown<'_> {
    /// A block's text with its links and code spans, escaped; `<br>` as `\` + newline.
    /// `cell`: inside a table cell (no line starts, line breaks become spaces).
    fn inline(&self, block: &Block, cell: bool) -> String {
        let text = block.text.as_str();
        let mut out = String::with_capacity(text.len() + 16);
        let mut line_start = !cell;
        let mut at = 0usize;
        for span in &block.spans {
            let (start, end) = (span.start as usize, span.end as usize);
            if start < at || end > text.len() {
                continue;
            }
            let (Some(before), Some(inner)) = (text.get(at..start), text.get(start..end)) else {
                continue;
            };
            escape_into(before, &mut line_start, cell, &mut out);
            match &span.kind {
                SpanKind::Code => {
                    out.push_str(&code_span(inner));
                    line_start = false;
                }
                SpanKind::Link { href } => {
                    match self.resolver.resolve(href).filter(|_| self.opts.links) {
                        Some(url) => {
                            out.push('[');
                            let mut inner_start = false;
                            escape_into(inner, &mut inner_start, true, &mut out);
                            let _ = write!(out, "]({})", url_text(&url));
                            line_start = false;
                        }
                        None => escape_into(inner, &mut line_start, cell, &mut out),
                    }
                }
            }
            at = end;
        }
        escape_into(
            text.get(at..).unwrap_or_default(),
            &mut line_start,
            cell,
            &mut out,
        );
        out
    }

    /// A block as one or more paragraphs (a blank line inside the block splits it).
    fn paragraphs(&self, block: &Block) -> Vec<String> {
        self.inline(block, false)
            .split("\\\n\\\n")
            .map(|p| p.trim_end_matches("\\\n").to_owned())
            .filter(|p| !p.is_empty())
            .collect()
    }

    fn list(&self, blocks: &[&Block]) -> String {
        // (depth, indent of the item's content) of the open items, outermost first.
        let mut open: Vec<(u8, usize)> = Vec::new();
        let mut lines: Vec<String> = Vec::new();
        let mut last_item = None;
        for b in blocks {
            let Some(item) = b.context.item else { continue };
            while open.last().is_some_and(|(d, _)| *d > item.depth) {
                open.pop();
            }
            let text = self.inline(b, false);
            if last_item == Some(item.element) {
                // More of the same item: a new paragraph under its marker.
                let indent = open.last().map_or(0, |(_, i)| *i);
                lines.push(String::new());
                push_indented(&mut lines, &text, indent, indent);
                continue;
            }
            if open.last().is_some_and(|(d, _)| *d == item.depth) {
                open.pop();
            }
            let indent = open.last().map_or(0, |(_, i)| *i);
            let marker = if item.ordered {
                format!("{}. ", item.number)
            } else {
                "- ".to_owned()
            };
            let content = indent + marker.len();
            let first = format!("{}{marker}", " ".repeat(indent));
            push_marked(&mut lines, &first, &text, content);
            open.push((item.depth, content));
            last_item = Some(item.element);
        }
        lines.join("\n")
    }

    fn quote(&self, blocks: &[&Block]) -> String {
        let mut paragraphs = Vec::new();
        for b in blocks {
            paragraphs.extend(self.paragraphs(b));
        }
        paragraphs
            .iter()
            .map(|p| {
                p.lines()
                    .map(|l| format!("> {l}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect::<Vec<_>>()
            .join("\n>\n")
    }

    fn table(&self, cells: &[&Block]) -> String {
        let rows = grid(cells);
        let mut out = String::new();
        for (r, row) in rows.iter().enumerate() {
            if r > 0 {
                out.push('\n');
            }
            out.push('|');
            for members in row {
                let text: Vec<String> = members
                    .iter()
                    .filter_map(|&i| cells.get(i))
                    .map(|b| self.inline(b, true))
                    .collect();
                let _ = write!(out, " {} |", text.join(" ").replace('|', "\\|"));
            }
            if r == 0 {
                out.push_str("\n|");
                out.push_str(&" --- |".repeat(row.len()));
            }
        }
        out
    }
}

/// Pushes `text` (possibly several lines) after a list marker; following lines
/// are indented to the item's content.
fn push_marked(lines: &mut Vec<String>, marker: &str, text: &str, indent: usize) {
    let mut it = text.split('\n');
    lines.push(format!("{marker}{}", it.next().unwrap_or_default()));
    for line in it {
        lines.push(format!("{}{line}", " ".repeat(indent)));
    }
}

fn push_indented(lines: &mut Vec<String>, text: &str, first: usize, rest: usize) {
    for (n, line) in text.split('\n').enumerate() {
        let pad = if n == 0 { first } else { rest };
        lines.push(format!("{}{line}", " ".repeat(pad)));
    }
}

/// A fenced code block, the fence longer than any backtick run inside.
fn fenced(block: &Block) -> String {
    let code = block.text.trim_end_matches('\n');
    let fence = "`".repeat((longest_run(code, '`') + 1).max(3));
    let lang = block.code_language.as_deref().unwrap_or_default();
    format!("{fence}{lang}\n{code}\n{fence}")
}

/// Inline code: a fence one longer than the longest backtick run inside.
fn code_span(code: &str) -> String {
    let code = code.replace('\n', " ");
    let fence = "`".repeat(longest_run(&code, '`') + 1);
    // A space keeps a code span that starts or ends with a backtick apart from its fence.
    let pad = if code.starts_with('`') || code.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{code}{pad}{fence}")
}

fn longest_run(s: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in s.chars() {
        run = if ch == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

/// A URL as Markdown link destination: spaces and parentheses percent-encoded.
fn url_text(url: &str) -> String {
    url.replace(' ', "%20")
        .replace('(', "%28")
        .replace(')', "%29")
}

/// Escapes text with no line-start context (alt texts).
fn escape_all(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(s, &mut false, true, &mut out);
    out
}

/// Escapes text so Markdown reads it back as text. `line_start` tracks whether the
/// next character begins a line (where `#`, `>`, `-`, `+`, `=` and `1.` would be
/// syntax); in a table `cell`, line breaks become spaces.
fn escape_into(s: &str, line_start: &mut bool, cell: bool, out: &mut String) {
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            if cell {
                out.push(' ');
            } else {
                out.push_str("\\\n");
                *line_start = true;
            }
            continue;
        }
        if *line_start {
            *line_start = false;
            match c {
                '#' | '>' | '+' | '-' | '=' => out.push('\\'),
                '0'..='9' => {
                    // "1999." or "1)" at a line start would open an ordered list.
                    let rest = s.get(i..).unwrap_or_default();
                    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                    if let Some(&mark @ (b'.' | b')')) = rest.as_bytes().get(digits) {
                        out.push_str(rest.get(..digits).unwrap_or_default());
                        out.push('\\');
                        out.push(char::from(mark));
                        // Skip the rest of the digits and the mark (all ASCII).
                        for _ in 0..digits {
                            chars.next();
                        }
                        continue;
                    }
                }
                _ => {}
            }
        }
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<') {
            out.push('\\');
        }
        out.push(c);
    }
}
