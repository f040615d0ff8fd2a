//! One page: read it (file or stdin), clean it, print it in the chosen format.

use std::io::{self, BufWriter, Read, Write};

use crate::args::{Args, Format, Output};
use crate::explain::explain;
use crate::sniff::looks_like_html;

/// Why the single-page command printed no article; each kind has its exit status.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    /// The input cannot be used as given (missing, unreadable, a directory): exit 2.
    #[error("{0}")]
    Usage(String),
    /// The input was read but gives no article: exit 1.
    #[error("{0}")]
    Page(String),
    /// Stdout failed (full disk, closed pipe): exit 1, a broken pipe quietly.
    #[error("cannot write to stdout: {0}")]
    Write(io::Error),
}

impl Error {
    pub(crate) fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => 2,
            Error::Page(_) | Error::Write(_) => 1,
        }
    }
}

impl From<dechrome::Error> for Error {
    fn from(e: dechrome::Error) -> Error {
        Error::Page(e.to_string())
    }
}

pub(crate) fn run(args: &Args) -> Result<(), Error> {
    // Buffered: a failed write surfaces at the latest at the flush below, not at exit,
    // where std drops it.
    let mut out = BufWriter::new(io::stdout().lock());
    if args.rules {
        out.write_all(dechrome::rules::markdown_table().as_bytes())
            .and_then(|()| out.flush())
            .map_err(Error::Write)?;
        return Ok(());
    }
    let bytes = match args.input.as_deref() {
        None => read_stdin()?,
        Some(p) if p.as_os_str() == "-" => read_stdin()?,
        Some(p) => std::fs::read(p)
            .map_err(|e| Error::Usage(format!("cannot read {}: {e}", p.display())))?,
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
    let format = match (args.json, args.format) {
        (true, _) | (_, Output::Json) => dechrome::Format::Json,
        (_, Output::Text) => dechrome::Format::Text,
        (_, Output::Markdown) => dechrome::Format::Markdown,
        (_, Output::Html) => dechrome::Format::Html,
    };
    let written = if args.explain {
        explain(&article, &mut out)
    } else {
        let options = dechrome::RenderOptions::default()
            .links(!args.no_links)
            .images(!args.no_images);
        let rendered = article.render(format, &options);
        // Markdown and HTML end with their own newline.
        if rendered.ends_with('\n') {
            write!(out, "{rendered}")
        } else {
            writeln!(out, "{rendered}")
        }
    };
    written.and_then(|()| out.flush()).map_err(Error::Write)
}

fn read_stdin() -> Result<Vec<u8>, Error> {
    let mut buf = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut buf)
        .map_err(|e| Error::Usage(format!("cannot read stdin: {e}")))?;
    Ok(buf)
}

fn decode_text(bytes: &[u8], charset: &str) -> Result<String, Error> {
    let enc = encoding_rs::Encoding::for_label(charset.as_bytes())
        .ok_or_else(|| Error::Usage(format!("unknown charset {charset:?}")))?;
    Ok(enc.decode(bytes).0.into_owned())
}
