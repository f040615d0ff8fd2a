//! One page: read it (file or stdin), clean it, print it in the chosen format.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;

use flate2::bufread::MultiGzDecoder;

use crate::args::{Args, Format, Output};
use crate::explain::explain;
use crate::sniff::{self, Kind};

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
    let limit = args.clean.max_input_bytes;
    let bytes = match args.input.as_deref() {
        Some(p) if p.as_os_str() != "-" => read_file(p, limit)?,
        _ => read(io::stdin().lock(), "stdin", limit)?,
    };
    let hint = |what: &str| {
        let path = match args.input.as_deref() {
            Some(p) if p.as_os_str() != "-" => p.display().to_string(),
            _ => "-".to_owned(),
        };
        Error::Usage(format!(
            "the input is {what}, not one page: `dechrome batch {path}` reads it"
        ))
    };
    match sniff::kind(&bytes) {
        Kind::Page => {}
        Kind::Warc => return Err(hint("a WARC file")),
        Kind::Jsonl => return Err(hint("JSON Lines")),
        Kind::Binary(e) => return Err(Error::Page(e.to_string())),
    }
    let charset = match &args.clean.charset {
        Some(cs) => Some(
            encoding_rs::Encoding::for_label(cs.as_bytes())
                .ok_or_else(|| Error::Usage(format!("unknown charset {cs:?}")))?,
        ),
        None => None,
    };
    let cleaner = args
        .clean
        .cleaner()
        .map_err(|e| Error::Usage(e.to_string()))?;
    let html = match args.input_format {
        Format::Html => true,
        Format::Text => false,
        Format::Auto => sniff::looks_like_html(&bytes),
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
        cleaner.clean_text(&sniff::decode_text(&bytes, charset))?
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

/// Reads a page file; a directory is pointed to `dechrome batch`.
fn read_file(path: &Path, limit: usize) -> Result<Vec<u8>, Error> {
    let name = path.display();
    if path.is_dir() {
        return Err(Error::Usage(format!(
            "{name} is a directory: `dechrome batch {name}` cleans the pages in it"
        )));
    }
    let file = File::open(path).map_err(|e| Error::Usage(format!("cannot read {name}: {e}")))?;
    read(file, &name.to_string(), limit)
}

/// Reads at most `limit` bytes of page, gunzipping input that starts with the gzip magic
/// (the limit then counts decompressed bytes: a small file can hold a huge page).
fn read(reader: impl Read, name: &str, limit: usize) -> Result<Vec<u8>, Error> {
    let cannot = |e: io::Error| Error::Usage(format!("cannot read {name}: {e}"));
    let mut reader = BufReader::new(reader);
    let gzip = reader
        .fill_buf()
        .map_err(cannot)?
        .starts_with(&[0x1f, 0x8b]);
    let mut buf = Vec::new();
    let cap = (limit as u64).saturating_add(1);
    if gzip {
        MultiGzDecoder::new(reader)
            .take(cap)
            .read_to_end(&mut buf)
            .map_err(|e| Error::Page(format!("cannot decompress {name}: {e}")))?;
    } else {
        reader.take(cap).read_to_end(&mut buf).map_err(cannot)?;
    }
    if buf.len() > limit {
        let what = if gzip { " once decompressed" } else { "" };
        return Err(Error::Page(format!(
            "{name} is over the limit of {limit} bytes{what}; raise --max-input-bytes if this page is legitimate"
        )));
    }
    Ok(buf)
}
