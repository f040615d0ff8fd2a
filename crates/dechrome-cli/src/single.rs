//! One page: read it (file or stdin), clean it, print it in the chosen format.

use std::io::{Read, Write};

use crate::args::{Args, Format, Output};
use crate::explain::explain;
use crate::sniff::looks_like_html;

pub(crate) fn run(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    if args.rules {
        print!("{}", dechrome::rules::markdown_table());
        return Ok(());
    }
    let bytes = match args.input.as_deref() {
        None => read_stdin()?,
        Some(p) if p.as_os_str() == "-" => read_stdin()?,
        Some(p) => std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?,
    };
    let cleaner = args.clean.cleaner();
    let html = match args.input_format {
        Format::Html => true,
        Format::Text => false,
        Format::Auto => looks_like_html(&bytes),
    };
    let article = if html {
        let mut page = dechrome::Page::new(&bytes);
        if let Some(cs) = &args.clean.charset {
            page = page.charset(cs);
        }
        if let Some(url) = &args.url {
            page = page.url(url);
        }
        cleaner.clean_page(&page)?
    } else {
        let text = match &args.clean.charset {
            Some(cs) => decode_text(&bytes, cs)?,
            None => String::from_utf8_lossy(&bytes).into_owned(),
        };
        cleaner.clean_text(&text)?
    };
    let mut out = std::io::stdout().lock();
    let format = match (args.json, args.format) {
        (true, _) | (_, Output::Json) => dechrome::Format::Json,
        (_, Output::Text) => dechrome::Format::Text,
        (_, Output::Markdown) => dechrome::Format::Markdown,
        (_, Output::Html) => dechrome::Format::Html,
    };
    if args.explain {
        explain(&article, &mut out)?;
    } else {
        let options = dechrome::RenderOptions::default()
            .links(!args.no_links)
            .images(!args.no_images);
        let rendered = article.render(format, &options);
        // Markdown and HTML end with their own newline.
        if rendered.ends_with('\n') {
            write!(out, "{rendered}")?;
        } else {
            writeln!(out, "{rendered}")?;
        }
    }
    Ok(())
}

fn read_stdin() -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    std::io::stdin().lock().read_to_end(&mut buf)?;
    Ok(buf)
}

fn decode_text(bytes: &[u8], charset: &str) -> Result<String, Box<dyn std::error::Error>> {
    let enc = encoding_rs::Encoding::for_label(charset.as_bytes())
        .ok_or_else(|| format!("unknown charset {charset:?}"))?;
    Ok(enc.decode(bytes).0.into_owned())
}
