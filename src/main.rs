//! `declutter`: the command-line program. Reads a page (file or stdin), prints the clean text.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use declutter::{Article, Cleaner};

/// Strip publisher chrome from a web article and print the article.
#[derive(Parser, Debug)]
#[command(version, about, long_about = None)]
struct Args {
    /// The page to read (HTML or extracted text); `-` or nothing reads stdin.
    input: Option<PathBuf>,
    /// How to read the input.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    format: Format,
    /// Print every block with its kind, score and reasons instead of the clean text.
    #[arg(long, conflicts_with = "json")]
    explain: bool,
    /// Print the whole classified document as JSON.
    #[arg(long)]
    json: bool,
    /// Print the classifier's rule table (code, name, weight, kind, doc) as Markdown and exit.
    #[arg(long)]
    rules: bool,
    /// Keep image captions.
    #[arg(long)]
    keep_captions: bool,
    /// Drop headings inside the body.
    #[arg(long)]
    no_headings: bool,
    /// Score a block needs to be kept (default 0).
    #[arg(long, allow_hyphen_values = true)]
    min_score: Option<f32>,
    /// Charset of the input bytes (e.g. from an HTTP header); wins over <meta>.
    #[arg(long)]
    charset: Option<String>,
    /// Refuse input larger than this many bytes.
    #[arg(long, default_value_t = declutter::DEFAULT_MAX_INPUT_BYTES)]
    max_input_bytes: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// HTML if it looks like markup, else text.
    Auto,
    Html,
    Text,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("declutter: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    if args.rules {
        print!("{}", declutter::rules::markdown_table());
        return Ok(());
    }
    let bytes = match args.input.as_deref() {
        None => read_stdin()?,
        Some(p) if p.as_os_str() == "-" => read_stdin()?,
        Some(p) => std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?,
    };
    let mut builder = Cleaner::builder()
        .keep_captions(args.keep_captions)
        .keep_headings(!args.no_headings)
        .max_input_bytes(args.max_input_bytes);
    if let Some(s) = args.min_score {
        builder = builder.min_score(s);
    }
    let cleaner = builder.build();
    let html = match args.format {
        Format::Html => true,
        Format::Text => false,
        Format::Auto => looks_like_html(&bytes),
    };
    let article = if html {
        match &args.charset {
            Some(cs) => cleaner.clean_bytes_with_charset(&bytes, cs)?,
            None => cleaner.clean_bytes(&bytes)?,
        }
    } else {
        let text = match &args.charset {
            Some(cs) => decode_text(&bytes, cs)?,
            None => String::from_utf8_lossy(&bytes).into_owned(),
        };
        cleaner.clean_text(&text)?
    };
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", article.to_json())?;
    } else if args.explain {
        explain(&article, &mut out)?;
    } else {
        writeln!(out, "{article}")?;
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

/// Markup if a tag-like `<` opens the first non-blank bytes or a common tag appears early.
fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF);
    if start.is_some_and(|i| head.get(i) == Some(&b'<')) {
        return true;
    }
    let lower = head.to_ascii_lowercase();
    [
        &b"<html"[..],
        b"<body",
        b"<p>",
        b"<div",
        b"<!doctype",
        b"<br",
    ]
    .iter()
    .any(|t| memchr::memmem::find(&lower, t).is_some())
}

fn explain(article: &Article, out: &mut impl Write) -> std::io::Result<()> {
    let m = article.metadata();
    writeln!(
        out,
        "# title: {:?}  site: {:?}  publisher: {:?}  language: {:?}",
        article.title().unwrap_or(""),
        m.site_name.as_deref().unwrap_or(""),
        m.publisher.as_deref().unwrap_or(""),
        m.language.as_deref().unwrap_or("")
    )?;
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
        let path = article.path(b);
        writeln!(out, "{:>29}{}  [{}]", "", path, reasons.join(" "))?;
    }
    Ok(())
}
