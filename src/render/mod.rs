//! Stage 6: classified blocks -> output (plain text, Markdown, HTML; JSON is the
//! serialized [`Article`]).
//!
//! Rendering never changes what is kept: every format prints the same kept blocks,
//! only dressed differently (tested: the words of every format are the words of
//! [`Article::text`]). Images are the one addition, and they carry no text.

mod html;
mod markdown;

use crate::document::{Article, Block, Kind, Landmarks};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// The clean text: blocks separated by blank lines ([`Article::text`]).
    Text,
    /// CommonMark with GFM tables: headings, lists, code fences, quotes, links, images.
    Markdown,
    /// The whole classified document as JSON ([`Article::to_json`]); schema in
    /// `docs/article.schema.json`.
    Json,
    /// A minimal, clean HTML fragment (`<article>...</article>`).
    Html,
}

impl Format {
    /// Looks a format up by name: `text`, `markdown` (or `md`), `json`, `html`.
    ///
    /// ```
    /// assert_eq!(dechrome::Format::from_name("md"), Some(dechrome::Format::Markdown));
    /// ```
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "text" | "txt" | "plain" => Some(Format::Text),
            "markdown" | "md" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "html" => Some(Format::Html),
            _ => None,
        }
    }
}

/// What the Markdown and HTML renderers print besides the kept text. None of it
/// changes which blocks are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub struct RenderOptions {
    /// Links as links (`[text](url)`), resolved against `<base>` or the page URL
    /// (default true); false prints their text only.
    pub links: bool,
    /// Images of the article (`![alt](src)`) at their place (default true).
    pub images: bool,
    /// The title as a first-level heading (default true).
    pub title: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            links: true,
            images: true,
            title: true,
        }
    }
}

impl RenderOptions {
    /// Sets [`links`](RenderOptions::links).
    pub fn links(mut self, yes: bool) -> Self {
        self.links = yes;
        self
    }

    /// Sets [`images`](RenderOptions::images).
    pub fn images(mut self, yes: bool) -> Self {
        self.images = yes;
        self
    }

    /// Sets [`title`](RenderOptions::title).
    pub fn title(mut self, yes: bool) -> Self {
        self.title = yes;
        self
    }
}

/// Renders an article in a format.
pub(crate) fn render(article: &Article, format: Format, opts: &RenderOptions) -> String {
    match format {
        Format::Text if opts.title => text(&article.blocks, true),
        Format::Text => text(&article.blocks, false),
        Format::Markdown => markdown::render(article, opts),
        Format::Html => html::render(article, opts),
        Format::Json => article.to_json(),
    }
}

/// Kept blocks joined by blank lines; consecutive kept blocks of one group (items of
/// one list, lines of one plain-text paragraph) by single line breaks.
pub(crate) fn text(blocks: &[Block], include_title: bool) -> String {
    let mut out = String::new();
    let mut last_group: Option<u32> = None;
    for block in blocks
        .iter()
        .filter(|b| b.kept && (include_title || b.kind != Kind::Title))
    {
        if !out.is_empty() {
            let same_group = block.context.group.is_some() && block.context.group == last_group;
            out.push_str(if same_group { "\n" } else { "\n\n" });
        }
        out.push_str(&block.text);
        last_group = block.context.group;
    }
    out
}

/// One thing the structured renderers print, in page order.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Item<'a> {
    /// A kept block.
    Block(&'a Block),
    /// The images that came with block `.0` (printed before it when it is kept).
    Images(&'a Block),
}

/// The kept blocks, and the images of the article, in page order.
///
/// An image is the article's when its block is kept, or when its block is the
/// caption or credit of a figure that sits between kept body blocks (the caption
/// is dropped, its picture is part of the story).
pub(crate) fn items<'a>(article: &'a Article, opts: &RenderOptions) -> Vec<Item<'a>> {
    let blocks = &article.blocks;
    let is_body = |b: &Block| b.kept && b.kind != Kind::Title;
    let first = blocks.iter().position(is_body);
    let last = blocks.iter().rposition(is_body);
    let mut out = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        if b.kind == Kind::Title && !opts.title {
            continue;
        }
        let inside = first.is_some_and(|f| f < i) && last.is_some_and(|l| i < l);
        let figure = matches!(b.kind, Kind::Caption | Kind::ImageCredit)
            || (b.context.landmarks.contains(Landmarks::FIGURE) && b.kind == Kind::Other);
        // Pictures before the headline are the masthead's, not the story's.
        let story = b.kind != Kind::Title && first.is_some_and(|f| f <= i);
        if opts.images && story && !b.images.is_empty() && (b.kept || (inside && figure)) {
            out.push(Item::Images(b));
        }
        if b.kept {
            out.push(Item::Block(b));
        }
    }
    out
}

/// Resolves links and image sources against `<base href>` and the page URL.
pub(crate) struct Resolver {
    base: Option<url::Url>,
}

impl Resolver {
    pub(crate) fn new(page_url: Option<&str>, base_href: Option<&str>) -> Resolver {
        let page = page_url.and_then(|u| url::Url::parse(u).ok());
        let base = match (base_href, &page) {
            (Some(b), Some(p)) => p.join(b).ok().or(page.clone()),
            (Some(b), None) => url::Url::parse(b).ok(),
            (None, p) => p.clone(),
        };
        Resolver { base }
    }

    /// The absolute URL of a link, or the href as written when there is no base to
    /// resolve it against; `None` for links that go nowhere (`#fragment`) and for
    /// schemes that can run code in a reader's browser (see [`safe_scheme`]).
    pub(crate) fn resolve(&self, href: &str) -> Option<String> {
        self.resolve_as(href, Target::Link)
    }

    /// [`Resolver::resolve`] for an image source: `data:image/…` is allowed there.
    pub(crate) fn resolve_image(&self, src: &str) -> Option<String> {
        self.resolve_as(src, Target::Image)
    }

    fn resolve_as(&self, href: &str, target: Target) -> Option<String> {
        let href = href.trim();
        if href.is_empty() || href.starts_with('#') {
            return None;
        }
        // The scheme as a browser reads it: `url` drops tabs and line breaks inside
        // it (`java\nscript:`), so the check sees what a click would run.
        let absolute = match &self.base {
            Some(base) => base.join(href).ok(),
            None => url::Url::parse(href).ok(),
        };
        match absolute {
            Some(url) if safe_scheme(&url, target) => Some(String::from(url)),
            Some(_) => None,
            // Relative with no base to resolve it against, or unparsable: written as is
            // only if nothing in it could read as a scheme.
            None => (!href.contains(':')).then(|| href.to_owned()),
        }
    }
}

/// Where a URL is going to be printed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Link,
    Image,
}

/// An allow-list, not a deny-list: `javascript:`, `vbscript:`, `data:text/html` and
/// any scheme we do not know stay out of rendered Markdown and HTML, which readers
/// open in browsers. Images may also be inline `data:image/…` (not SVG, which can
/// carry script when opened on its own).
fn safe_scheme(url: &url::Url, target: Target) -> bool {
    match url.scheme() {
        "http" | "https" | "ftp" => true,
        "mailto" | "tel" => target == Target::Link,
        "data" => {
            let path = url.path().to_ascii_lowercase();
            target == Target::Image && path.starts_with("image/") && !path.starts_with("image/svg")
        }
        _ => false,
    }
}

/// A unit of structured output: what Markdown and HTML print, in page order.
#[derive(Debug)]
pub(crate) enum Unit<'a> {
    /// A heading of this level (the title is level 1).
    Heading(u8, &'a Block),
    /// A paragraph (or text run, caption...).
    Paragraph(&'a Block),
    /// Consecutive blocks of list items (`<li>`), nested lists included.
    List(Vec<&'a Block>),
    /// Consecutive blocks inside a quote.
    Quote(Vec<&'a Block>),
    /// A `<pre>` block.
    Code(&'a Block),
    /// Consecutive cell blocks of one data table.
    Table(Vec<&'a Block>),
    /// The images that came before a block.
    Images(&'a Block),
}

/// Groups the rendered items into units.
pub(crate) fn units<'a>(article: &'a Article, opts: &RenderOptions) -> Vec<Unit<'a>> {
    use crate::document::Structure;
    let is_li = |b: &Block| b.item_tag(&article.elements) == Some("li");
    let quoted = |b: &Block| {
        b.context.landmarks.contains(Landmarks::QUOTE) && b.structure != Structure::Preformatted
    };
    let mut out: Vec<Unit<'a>> = Vec::new();
    for item in items(article, opts) {
        let b = match item {
            Item::Images(b) => {
                out.push(Unit::Images(b));
                continue;
            }
            Item::Block(b) => b,
        };
        // Extend the open group when the block belongs to it.
        match out.last_mut() {
            Some(Unit::Table(cells))
                if b.context.cell.is_some()
                    && cells.last().and_then(|c| c.context.cell).map(|c| c.table)
                        == b.context.cell.map(|c| c.table) =>
            {
                cells.push(b);
                continue;
            }
            Some(Unit::List(items)) if is_li(b) && b.context.cell.is_none() => {
                items.push(b);
                continue;
            }
            Some(Unit::Quote(blocks)) if quoted(b) && !is_li(b) && b.context.cell.is_none() => {
                blocks.push(b);
                continue;
            }
            _ => {}
        }
        let unit = if b.kind == Kind::Title {
            Unit::Heading(1, b)
        } else if b.context.cell.is_some() {
            Unit::Table(vec![b])
        } else if let Structure::Heading { level } = b.structure {
            Unit::Heading(level, b)
        } else if b.structure == Structure::Preformatted {
            Unit::Code(b)
        } else if is_li(b) {
            Unit::List(vec![b])
        } else if quoted(b) {
            Unit::Quote(vec![b])
        } else {
            Unit::Paragraph(b)
        };
        out.push(unit);
    }
    out
}

/// A data table's cells as rows of columns (cell texts joined by a space), the
/// first row first; rows padded to the widest.
pub(crate) fn grid(cells: &[&Block]) -> Vec<Vec<Vec<usize>>> {
    let mut rows: Vec<(u32, Vec<Vec<usize>>)> = Vec::new();
    let mut width = 0;
    for (i, b) in cells.iter().enumerate() {
        let Some(cell) = b.context.cell else { continue };
        let at = match rows.iter().position(|(r, _)| *r == cell.row) {
            Some(at) => at,
            None => {
                rows.push((cell.row, Vec::new()));
                rows.len() - 1
            }
        };
        let Some((_, row)) = rows.get_mut(at) else {
            continue;
        };
        let col = cell.col as usize;
        if col >= MAX_TABLE_COLUMNS {
            continue;
        }
        if row.len() <= col {
            row.resize_with(col + 1, Vec::new);
        }
        if let Some(slot) = row.get_mut(col) {
            slot.push(i);
        }
        width = width.max(row.len());
    }
    rows.into_iter()
        .map(|(_, mut row)| {
            row.resize_with(width, Vec::new);
            row
        })
        .collect()
}

/// Columns a rendered table has at most (a malformed table with a million cells
/// in a row is printed up to here).
const MAX_TABLE_COLUMNS: usize = 256;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_safe_schemes_resolve() {
        let r = Resolver::new(Some("https://example.com/a/"), None);
        assert_eq!(r.resolve("b").as_deref(), Some("https://example.com/a/b"));
        assert_eq!(r.resolve("tel:+1").as_deref(), Some("tel:+1"));
        assert_eq!(r.resolve_image("tel:+1"), None);
        let png = "data:image/png;base64,iVBORw0KGgo=";
        assert_eq!(r.resolve_image(png).as_deref(), Some(png));
        assert_eq!(r.resolve(png), None);
        assert_eq!(r.resolve_image("data:image/svg+xml,<svg onload=x>"), None);
        for bad in [
            "javascript:x",
            "vbscript:x",
            "data:text/html,x",
            "file:///etc/passwd",
        ] {
            assert_eq!(r.resolve(bad), None, "{bad}");
        }
        let bare = Resolver::new(None, None);
        assert_eq!(bare.resolve("/x?a=b").as_deref(), Some("/x?a=b"));
        assert_eq!(bare.resolve("jav\tascript:x"), None);
        assert_eq!(bare.resolve("#top"), None);
    }
}
