//! The command line: every flag, its meaning and its default.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use dechrome::{Cleaner, Focus};

/// Strip publisher chrome from a web article and print the article.
#[derive(Parser, Debug)]
#[command(
    version,
    about,
    long_about = None,
    args_conflicts_with_subcommands = true,
    disable_help_subcommand = true,
    after_help = "Exit status: 0 the article was printed; 1 the input gave no article (binary \
                  data, over --max-input-bytes, nothing kept) or stdout failed; 2 bad arguments: \
                  an input that cannot be read, a directory or a crawl (WARC, JSONL: use \
                  `dechrome batch`)."
)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Option<Command>,
    /// The page to read (HTML or extracted text; gzip is decompressed, UTF-16 with a BOM
    /// decoded); `-` or nothing reads stdin.
    pub(crate) input: Option<PathBuf>,
    /// How to read the input.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    pub(crate) input_format: Format,
    /// What to print: the clean text, Markdown (GFM tables, code fences, links), the
    /// whole classified document as JSON, or minimal clean HTML.
    #[arg(long, short = 'f', value_enum, default_value_t = Output::Text)]
    pub(crate) format: Output,
    /// Page URL: recorded in the metadata, and relative links and images resolve against it.
    #[arg(long)]
    pub(crate) url: Option<String>,
    /// Markdown/HTML: print links as plain text.
    #[arg(long)]
    pub(crate) no_links: bool,
    /// Markdown/HTML: leave images out.
    #[arg(long)]
    pub(crate) no_images: bool,
    /// Print every block with its kind, score and reasons instead of the clean text.
    #[arg(long, conflicts_with = "json")]
    pub(crate) explain: bool,
    /// Same as `--format json`.
    #[arg(long)]
    pub(crate) json: bool,
    /// Print the classifier's rule table (code, name, weight, kind, doc) as Markdown and exit.
    #[arg(long)]
    pub(crate) rules: bool,
    #[command(flatten)]
    pub(crate) clean: CleanOpts,
}

/// The cleaner's options, shared by single-page and batch use.
#[derive(clap::Args, Debug)]
pub(crate) struct CleanOpts {
    /// How high the bar for article text is: precision leaks less chrome and loses more
    /// text, recall the reverse.
    #[arg(long, value_enum, default_value_t = FocusArg::Balanced, value_name = "LEVEL")]
    pub(crate) focus: FocusArg,
    /// Keep image captions.
    #[arg(long)]
    pub(crate) keep_captions: bool,
    /// Keep image credits ("Photo: Reuters").
    #[arg(long)]
    pub(crate) keep_credits: bool,
    /// Keep the reader-comment section.
    #[arg(long)]
    pub(crate) keep_comments: bool,
    /// Drop data tables (their cells) from the clean text.
    #[arg(long)]
    pub(crate) no_tables: bool,
    /// Drop headings inside the body.
    #[arg(long)]
    pub(crate) no_headings: bool,
    /// Score a block needs to be kept (default 0).
    #[arg(long, allow_hyphen_values = true)]
    pub(crate) min_score: Option<f32>,
    /// Charset of the input bytes (e.g. from an HTTP header); wins over <meta>.
    #[arg(long)]
    pub(crate) charset: Option<String>,
    /// The page's language (BCP 47: `de`, `pt-BR`), instead of detecting it.
    #[arg(long, value_name = "TAG")]
    pub(crate) language: Option<String>,
    /// Refuse a page larger than this many bytes (after gzip decompression).
    #[arg(long, default_value_t = dechrome::DEFAULT_MAX_INPUT_BYTES)]
    pub(crate) max_input_bytes: usize,
    /// Refuse a page with more tags than this (counted before the tree is built).
    #[arg(long, default_value_t = dechrome::DEFAULT_MAX_NODES)]
    pub(crate) max_nodes: usize,
    /// Refuse a page that splits into more blocks than this: the work budget of one page
    /// (every block is classified; a failure in batch, never a stall).
    #[arg(long, default_value_t = dechrome::DEFAULT_MAX_BLOCKS)]
    pub(crate) max_blocks: usize,
    /// Drop every block inside an element this CSS selector matches (repeatable):
    /// `--drop 'aside.promo' --drop '.newsletter'`. Rule U001.
    #[arg(long = "drop", value_name = "CSS")]
    pub(crate) drop: Vec<String>,
    /// Keep every block inside an element this CSS selector matches (repeatable); the
    /// nearest matched element decides between --drop and --keep. Rule U002.
    #[arg(long = "keep", value_name = "CSS")]
    pub(crate) keep: Vec<String>,
}

impl CleanOpts {
    /// The cleaner these options describe; a CSS selector that does not parse is the
    /// error.
    pub(crate) fn cleaner(&self) -> Result<Cleaner, dechrome::Error> {
        let focus = match self.focus {
            FocusArg::Precision => Focus::Precision,
            FocusArg::Balanced => Focus::Balanced,
            FocusArg::Recall => Focus::Recall,
        };
        let mut builder = Cleaner::builder()
            .focus(focus)
            .keep_captions(self.keep_captions)
            .keep_credits(self.keep_credits)
            .keep_comments(self.keep_comments)
            .keep_tables(!self.no_tables)
            .keep_headings(!self.no_headings)
            .max_input_bytes(self.max_input_bytes)
            .max_nodes(self.max_nodes)
            .max_blocks(self.max_blocks);
        if let Some(s) = self.min_score {
            builder = builder.min_score(s);
        }
        if let Some(lang) = &self.language {
            builder = builder.language(lang.as_str());
        }
        for css in &self.drop {
            builder = builder.drop_selector(css)?;
        }
        for css in &self.keep {
            builder = builder.keep_selector(css)?;
        }
        Ok(builder.build())
    }
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Clean many pages: files, directories (recursive), gzip, JSONL, WARC; all cores, input order.
    ///
    /// Writes one JSON object a line (`id`, the input's other fields, `title`, `text`,
    /// `verdict`, `blocks` with --blocks; `error` for a page that failed) to stdout or --output, and/or
    /// one .txt per page into --out-dir. WARC files (*.warc, *.warc.gz, or any input with
    /// --warc) give one page per HTML response record, with `url`, `warc_date` and
    /// `warc_record_id`; other records are skipped and counted in the summary. Exit status:
    /// 0 when every page was cleaned, 1 when the batch ran but some page (or WARC record)
    /// failed, a directory gave no file or the inputs no page at all, 2 when it could not run.
    Batch(BatchArgs),
}

/// The `batch` subcommand's arguments.
#[derive(clap::Args, Debug)]
pub(crate) struct BatchArgs {
    /// Files, directories (read recursively, in name order) and `-` for stdin; none reads stdin.
    pub(crate) inputs: Vec<PathBuf>,
    /// Only the files under a directory whose path (relative to it) or name matches, with or
    /// without its `.gz`; repeatable, any may match. Files named on the command line are always read.
    #[arg(long = "glob", value_name = "PATTERN")]
    pub(crate) globs: Vec<String>,
    /// Read every input as JSONL, one object a line holding the page in --html-field.
    /// Without it: files named *.jsonl / *.ndjson (optionally .gz), and stdin when it starts with `{`.
    #[arg(long, conflicts_with = "warc")]
    pub(crate) jsonl: bool,
    /// Read every input as a WARC file (plain or gzip, one member per record or one for all).
    /// Without it: files named *.warc / *.warc.gz, and stdin when it starts with `WARC/`.
    /// Only `response` records with a 2xx status and an HTML Content-Type (or none, and
    /// markup that starts like HTML) are cleaned; `url` is the record's WARC-Target-URI and the
    /// HTTP charset is used (else --charset). Chunked and gzip/deflate/br/zstd bodies are decoded.
    #[arg(long)]
    pub(crate) warc: bool,
    /// JSONL input: the field holding the page's HTML (or text, with --input-format text).
    #[arg(long, default_value = "html", value_name = "NAME")]
    pub(crate) html_field: String,
    /// JSONL and WARC input: the field whose value becomes the output record's `id`
    /// (missing: `SOURCE:LINE` for JSONL, `SOURCE@OFFSET` for WARC).
    #[arg(long, default_value = "url", value_name = "NAME")]
    pub(crate) id_field: String,
    /// Add every classified block (kept or not, with kind, score and reasons) to the records.
    #[arg(long)]
    pub(crate) blocks: bool,
    /// Add the page's metadata to the records (`metadata`: title, site name, language,
    /// authors, published, modified, canonical URL, description, tags, section, image,
    /// page type, and where each came from). The verdict is in every record.
    #[arg(long)]
    pub(crate) metadata: bool,
    /// Write the JSONL records to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Write one .txt per page (title and body) into this directory; then stdout gets no
    /// records unless --output names a file. Names that would collide (`index.html` of two
    /// directories, `x.html` and `x.htm`) get `-2`, `-3`... in input order, with a note on
    /// stderr. Inside a walked directory, it is not read as input.
    #[arg(long, value_name = "DIR")]
    pub(crate) out_dir: Option<PathBuf>,
    /// Threads (default, or 0: one per core).
    #[arg(short, long, value_name = "N")]
    pub(crate) jobs: Option<usize>,
    /// How to read each page (WARC records are always read as HTML).
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    pub(crate) input_format: Format,
    /// Not a batch flag: it once meant --input-format here and the output format on a single
    /// page, so it is refused with a message naming --input-format and --text-format rather
    /// than read one way or the other.
    #[arg(
        long = "format",
        hide = true,
        value_name = "FORMAT",
        num_args = 0..=1,
        default_missing_value = ""
    )]
    pub(crate) format: Option<String>,
    /// The records' `text` field: plain clean text, or Markdown (links, images, tables;
    /// also the .txt files of --out-dir).
    #[arg(long, value_enum, default_value_t = TextFormat::Text, value_name = "FORMAT")]
    pub(crate) text_format: TextFormat,
    /// Write nothing for pages whose verdict is not an article (no record, no .txt);
    /// they are counted in the summary.
    #[arg(long)]
    pub(crate) articles_only: bool,
    /// Follow symbolic links inside walked directories (by default they are not read: a
    /// link can lead out of the tree, or round in a loop). Links named on the command line
    /// are always followed.
    #[arg(long)]
    pub(crate) follow_symlinks: bool,
    /// No progress bar and no summary (failures are still reported).
    #[arg(short, long)]
    pub(crate) quiet: bool,
    #[command(flatten)]
    pub(crate) clean: CleanOpts,
}

/// `--focus`: [`dechrome::Focus`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum FocusArg {
    /// Leak less chrome, lose more text.
    Precision,
    /// The default.
    Balanced,
    /// Lose less text, leak more chrome.
    Recall,
}

/// `batch --text-format`: how the records' text is rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum TextFormat {
    /// The clean text.
    Text,
    /// Markdown (GFM tables, code fences, links, images).
    Markdown,
}

/// The output formats of a single page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Output {
    Text,
    Markdown,
    Json,
    Html,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// HTML if it looks like markup, else text.
    Auto,
    Html,
    Text,
}
