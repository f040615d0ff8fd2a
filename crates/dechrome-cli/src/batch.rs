//! `dechrome batch`: inputs are enumerated lazily on the main thread (paths, JSONL lines),
//! read, decompressed, cleaned and serialised on the pool, and written in input order.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;
use std::time::{Duration, Instant};

use dechrome::batch::{Input, map_ordered};
use dechrome::{Article, Block, Cleaner, Metadata, Page, PageType, Verdict};
use flate2::bufread::MultiGzDecoder;
use globset::{Glob, GlobSet, GlobSetBuilder};
use indicatif::{ProgressBar, ProgressStyle};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

use crate::args::{BatchArgs, Format, TextFormat};
use crate::report;
use crate::sniff::{self, looks_like_html};
use crate::warc;
use dechrome::warc::{Skip, WarcReader};

/// Exit status when some page failed (the batch itself ran to the end).
const EXIT_PAGE_FAILED: u8 = 1;
/// Exit status when the batch could not run (bad glob, unwritable output...).
const EXIT_FATAL: u8 = 2;
/// Output fields dechrome writes; input fields of these names are not passed through.
const RESERVED: [&str; 7] = [
    "id", "title", "text", "verdict", "metadata", "blocks", "error",
];

/// Why one page produced no article.
#[derive(Debug, thiserror::Error)]
enum PageError {
    #[error(transparent)]
    Clean(#[from] dechrome::Error),
    #[error("cannot read: {0}")]
    Io(#[from] io::Error),
    #[error(
        "input is over the limit of {0} bytes; raise --max-input-bytes if this page is legitimate"
    )]
    TooLarge(usize),
    #[error("JSONL line is over the limit of {0} bytes (twice --max-input-bytes, plus 1 MiB)")]
    LineTooLong(usize),
    #[error("invalid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("JSONL line is not an object")]
    NotAnObject,
    #[error("the record has no string field {0:?} (set it with --html-field)")]
    NoHtml(String),
    /// A directory that gives no file (the text says whether --glob was given).
    #[error("no file in this directory{0}")]
    NoFiles(&'static str),
    #[error("internal error while cleaning: {0}")]
    Panic(String),
    #[error(transparent)]
    Warc(#[from] dechrome::warc::RecordError),
}

/// One unit of work, cheap to hold: a path, a JSONL line or a WARC record's payload (at
/// most --max-input-bytes), read and cleaned by the pool.
enum Task {
    /// A page in a file; `name` is its path relative to the walked directory.
    File {
        id: String,
        path: PathBuf,
        name: PathBuf,
    },
    /// A page read from stdin.
    Page { id: String, bytes: Vec<u8> },
    /// A JSONL line; `fallback_id` is `SOURCE:LINE`.
    Record { fallback_id: String, line: Vec<u8> },
    /// An HTML response record of a WARC.
    Warc(warc::Record),
    /// A WARC record that could not be read, with the fields known about it.
    WarcFailed {
        fallback_id: String,
        fields: Map<String, Value>,
        error: PageError,
    },
    /// An input that could not even be enumerated (unreadable directory...).
    Failed { id: String, error: PageError },
}

/// A finished unit of work, in the form the writer needs.
struct Done {
    /// For messages: the id as text.
    id: String,
    /// Bytes of page cleaned (after decompression).
    bytes: u64,
    /// The JSONL record, when records are written.
    json: Option<String>,
    /// The clean text, when --out-dir is set and the page was cleaned.
    text: Option<String>,
    /// The .txt name under --out-dir (records: made from index and id by the writer).
    name: Option<PathBuf>,
    error: Option<String>,
    /// A WARC payload with no Content-Type that turned out not to be HTML: no output.
    skipped: bool,
    /// A page whose verdict is not an article, with --articles-only: no output.
    non_article: bool,
}

/// Everything the workers need, shared read-only.
struct Ctx {
    cleaner: Cleaner,
    format: Format,
    text_format: TextFormat,
    articles_only: bool,
    charset: Option<String>,
    html_field: String,
    id_field: String,
    blocks: bool,
    metadata: bool,
    want_json: bool,
    want_text: bool,
    limit: usize,
}

pub(super) fn run(args: &BatchArgs) -> ExitCode {
    match run_batch(args) {
        Ok(failed) if failed > 0 => ExitCode::from(EXIT_PAGE_FAILED),
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            report(&format!("dechrome batch: {e}"));
            ExitCode::from(EXIT_FATAL)
        }
    }
}

/// Runs the batch; returns the number of failed pages.
fn run_batch(args: &BatchArgs) -> Result<u64, Box<dyn std::error::Error>> {
    if args.format.is_some() {
        return Err(
            "--format is not a batch flag: --input-format says how pages are read \
                    (auto, html, text), --text-format how the records' text is written \
                    (text, markdown)"
                .into(),
        );
    }
    let globs = if args.globs.is_empty() {
        None
    } else {
        let mut set = GlobSetBuilder::new();
        for g in &args.globs {
            set.add(Glob::new(g).map_err(|e| format!("--glob {g:?}: {e}"))?);
        }
        Some(set.build()?)
    };
    if let Some(cs) = &args.clean.charset
        && encoding_rs::Encoding::for_label(cs.as_bytes()).is_none()
    {
        return Err(dechrome::Error::UnknownCharset(cs.clone()).into());
    }
    let mut out: Option<Box<dyn Write>> = match (&args.output, &args.out_dir) {
        (Some(p), _) if p.as_os_str() != "-" => {
            Some(Box::new(BufWriter::new(File::create(p).map_err(|e| {
                format!("cannot create {}: {e}", p.display())
            })?)))
        }
        (Some(_), _) | (None, None) => Some(Box::new(BufWriter::new(io::stdout().lock()))),
        (None, Some(_)) => None,
    };
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let ctx = Ctx {
        cleaner: args.clean.cleaner().map_err(|e| e.to_string())?,
        format: args.input_format,
        text_format: args.text_format,
        articles_only: args.articles_only,
        charset: args.clean.charset.clone(),
        html_field: args.html_field.clone(),
        id_field: args.id_field.clone(),
        blocks: args.blocks,
        metadata: args.metadata,
        want_json: out.is_some(),
        want_text: args.out_dir.is_some(),
        limit: args.clean.max_input_bytes,
    };
    let mut inputs = args.inputs.clone();
    if inputs.is_empty() {
        inputs.push(PathBuf::from("-"));
    }
    let warc_stats = Rc::new(RefCell::new(warc::Totals::default()));
    let sources = Sources {
        args: inputs.into_iter(),
        walk: None,
        lines: None,
        warc: None,
        warc_stats: Rc::clone(&warc_stats),
        globs,
        force_jsonl: args.jsonl,
        force_warc: args.warc,
        page_limit: args.clean.max_input_bytes,
        line_limit: args
            .clean
            .max_input_bytes
            .saturating_mul(2)
            .saturating_add(1 << 20),
        stdin_used: false,
        follow_symlinks: args.follow_symlinks,
        exclude: [args.out_dir.as_ref(), args.output.as_ref()]
            .into_iter()
            .flatten()
            .filter_map(|p| p.canonicalize().ok())
            .collect(),
    };

    let progress = if !args.quiet && io::stderr().is_terminal() {
        let pb = ProgressBar::new_spinner();
        if let Ok(style) =
            ProgressStyle::with_template("{spinner} {pos} pages  {per_sec}  {elapsed}  {msg}")
        {
            pb.set_style(style);
        }
        pb.enable_steady_tick(Duration::from_millis(200));
        pb
    } else {
        ProgressBar::hidden()
    };

    let start = Instant::now();
    let (mut pages, mut failed, mut bytes, mut non_articles) = (0u64, 0u64, 0u64, 0u64);
    let results = map_ordered(sources, args.jobs.unwrap_or(0), 0, move |task| {
        process(&ctx, task)
    });
    let threads = results.threads();
    let mut names = Names::default();
    for (index, done) in results {
        if done.skipped {
            warc_stats.borrow_mut().stats.skip(Skip::NotHtml);
            continue;
        }
        pages += 1;
        bytes += done.bytes;
        if done.non_article {
            non_articles += 1;
            progress.inc(1);
            continue;
        }
        if let Some(e) = &done.error {
            failed += 1;
            progress.suspend(|| report(&format!("dechrome: {}: {e}", done.id)));
            progress.set_message(format!("{failed} failed"));
        }
        if let (Some(w), Some(json)) = (out.as_mut(), &done.json)
            && let Err(e) = writeln!(w, "{json}")
        {
            if e.kind() == io::ErrorKind::BrokenPipe {
                out = None;
                break;
            }
            return Err(format!("cannot write the records: {e}").into());
        }
        if let (Some(dir), Some(text)) = (&args.out_dir, &done.text) {
            let wanted = done
                .name
                .clone()
                .unwrap_or_else(|| record_name(index, &done.id));
            let name = names.claim(&wanted);
            if name != wanted {
                let note = format!(
                    "dechrome: {}: written to {} ({} holds an earlier page)",
                    done.id,
                    dir.join(&name).display(),
                    dir.join(&wanted).display()
                );
                progress.suspend(|| report(&note));
            }
            let path = dir.join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            std::fs::write(&path, format!("{text}\n"))
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
        progress.inc(1);
    }
    if let Some(mut w) = out {
        match w.flush() {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                return Err(format!("cannot write the records: {e}").into());
            }
            _ => {}
        }
    }
    progress.finish_and_clear();
    if !args.quiet {
        let secs = start.elapsed().as_secs_f64().max(1e-9);
        let mb = bytes as f64 / 1e6;
        let skipped = warc_stats
            .borrow()
            .summary()
            .map(|s| format!(", {s}"))
            .unwrap_or_default();
        let non_articles = if args.articles_only {
            format!(", {non_articles} non-articles skipped")
        } else {
            String::new()
        };
        report(&format!(
            "dechrome batch: {pages} pages, {failed} failed{skipped}{non_articles}, {mb:.1} MB in {secs:.2} s: \
             {:.1} pages/s, {:.1} MB/s, {threads} jobs",
            pages as f64 / secs,
            mb / secs,
        ));
    }
    // Nothing to read is a mistake (a glob that matches nothing, an empty stream), not success.
    let nothing = pages == 0 && warc_stats.borrow().skipped() == 0;
    if nothing {
        report("dechrome batch: no page found in the inputs");
    }
    Ok(failed.max(u64::from(nothing)))
}

/// The .txt names given out under --out-dir, so that no page overwrites another.
#[derive(Default)]
struct Names {
    /// Lower-cased: `A.txt` and `a.txt` are one file on case-insensitive file systems.
    taken: HashSet<String>,
    /// Per name asked for, the suffix to try next: 100,000 `index.html` cost linear time.
    next: HashMap<String, u64>,
    /// Names tried, for the test of that.
    #[cfg(test)]
    tries: u64,
}

impl Names {
    /// `name` if free, else the first free `stem-N.ext` (N from 2): stable for the same inputs
    /// in the same order.
    fn claim(&mut self, name: &Path) -> PathBuf {
        let key = name.to_string_lossy().to_lowercase();
        let mut n = self.next.get(&key).copied().unwrap_or(1);
        loop {
            #[cfg(test)]
            {
                self.tries += 1;
            }
            let candidate = if n == 1 {
                name.to_path_buf()
            } else {
                let stem = name.file_stem().unwrap_or_default().to_string_lossy();
                let file = match name.extension() {
                    Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
                    None => format!("{stem}-{n}"),
                };
                name.with_file_name(file)
            };
            n += 1;
            if self
                .taken
                .insert(candidate.to_string_lossy().to_lowercase())
            {
                self.next.insert(key, n);
                return candidate;
            }
        }
    }
}

/// The .txt name of a JSONL record under --out-dir: its index, then its id made safe.
fn record_name(index: usize, id: &str) -> PathBuf {
    let slug: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    PathBuf::from(format!("{index:08}-{slug}.txt"))
}

/// The .txt name of a file: its relative path, `.gz` dropped, `.html`/`.htm` -> `.txt`.
fn text_name(rel: &Path) -> PathBuf {
    let mut name = rel.to_path_buf();
    if name
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
    {
        name.set_extension("");
    }
    let html = name.extension().is_some_and(|e| {
        ["html", "htm", "xhtml", "shtml"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    });
    if html {
        name.set_extension("txt");
    } else {
        let mut s = name.into_os_string();
        s.push(".txt");
        name = PathBuf::from(s);
    }
    name
}

fn process(ctx: &Ctx, task: Task) -> Done {
    let id = match &task {
        Task::File { id, .. } | Task::Page { id, .. } | Task::Failed { id, .. } => id.clone(),
        Task::Record { fallback_id, .. } | Task::WarcFailed { fallback_id, .. } => {
            fallback_id.clone()
        }
        Task::Warc(record) => record.fallback_id.clone(),
    };
    match catch_unwind(AssertUnwindSafe(|| process_task(ctx, task))) {
        Ok(done) => done,
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let error = Err(PageError::Panic(msg));
            finish(ctx, Value::String(id), &Map::new(), error, 0, None)
        }
    }
}

fn process_task(ctx: &Ctx, task: Task) -> Done {
    match task {
        Task::File { id, path, name } => {
            let read = read_file(&path, ctx.limit);
            let size = read.as_ref().map_or(0, |b| b.len() as u64);
            let result = read.and_then(|bytes| clean_bytes(ctx, bytes));
            let name = Some(text_name(&name));
            finish(ctx, Value::String(id), &Map::new(), result, size, name)
        }
        Task::Page { id, bytes } => {
            let size = bytes.len() as u64;
            let result = clean_bytes(ctx, bytes);
            let name = Some(PathBuf::from("stdin.txt"));
            finish(ctx, Value::String(id), &Map::new(), result, size, name)
        }
        Task::Record { fallback_id, line } => {
            let json = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&line);
            let mut fields = match serde_json::from_slice::<Value>(json) {
                Ok(Value::Object(map)) => map,
                Ok(_) => {
                    let e = Err(PageError::NotAnObject);
                    return finish(ctx, Value::String(fallback_id), &Map::new(), e, 0, None);
                }
                Err(e) => {
                    let e = Err(PageError::Json(e));
                    return finish(ctx, Value::String(fallback_id), &Map::new(), e, 0, None);
                }
            };
            let id = record_id(ctx, &fields, &fallback_id);
            let (result, size) = match fields.remove(&ctx.html_field) {
                Some(Value::String(html)) => {
                    let size = html.len() as u64;
                    let url = fields.get("url").and_then(Value::as_str);
                    (clean_string(ctx, html, url), size)
                }
                _ => (Err(PageError::NoHtml(ctx.html_field.clone())), 0),
            };
            finish(ctx, id, &fields, result, size, None)
        }
        Task::Failed { id, error } => {
            finish(ctx, Value::String(id), &Map::new(), Err(error), 0, None)
        }
        Task::Warc(record) => {
            let id = record_id(ctx, &record.fields, &record.fallback_id);
            let (result, size) = match record.page.payload(ctx.limit) {
                Ok(Some(payload)) => {
                    let size = payload.html.len() as u64;
                    let mut page = record.page.input(&payload);
                    // --charset for the records whose HTTP head names none.
                    if record.page.charset.is_none()
                        && let Some(cs) = ctx.charset.as_deref()
                    {
                        page = page.charset(cs);
                    }
                    (ctx.cleaner.clean_page(&page).map_err(PageError::from), size)
                }
                Ok(None) => {
                    return Done {
                        id: String::new(),
                        bytes: 0,
                        json: None,
                        text: None,
                        name: None,
                        error: None,
                        skipped: true,
                        non_article: false,
                    };
                }
                Err(e) => (Err(e.into()), 0),
            };
            finish(ctx, id, &record.fields, result, size, None)
        }
        Task::WarcFailed {
            fallback_id,
            fields,
            error,
        } => {
            let id = record_id(ctx, &fields, &fallback_id);
            finish(ctx, id, &fields, Err(error), 0, None)
        }
    }
}

/// A record's id: the --id-field value when the record has one, else the fallback.
fn record_id(ctx: &Ctx, fields: &Map<String, Value>, fallback: &str) -> Value {
    match fields.get(&ctx.id_field) {
        Some(v) if !v.is_null() => v.clone(),
        _ => Value::String(fallback.to_owned()),
    }
}

/// Turns a result into what the writer needs: the JSONL record and/or the text.
fn finish(
    ctx: &Ctx,
    id: Value,
    fields: &Map<String, Value>,
    result: Result<Article, PageError>,
    bytes: u64,
    name: Option<PathBuf>,
) -> Done {
    let id_text = match &id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if ctx.articles_only
        && let Ok(article) = &result
        && article.verdict().page_type != PageType::Article
    {
        return Done {
            id: id_text,
            bytes,
            json: None,
            text: None,
            name: None,
            error: None,
            skipped: false,
            non_article: true,
        };
    }
    let (outcome, text, error) = match &result {
        Ok(article) => (
            Outcome::Article {
                title: article.title(),
                text: body(ctx, article),
                verdict: article.verdict(),
                metadata: ctx.metadata.then(|| article.metadata()),
                blocks: ctx.blocks.then(|| article.blocks()),
            },
            ctx.want_text.then(|| full_text(ctx, article)),
            None,
        ),
        Err(e) => (Outcome::Error(e.to_string()), None, Some(e.to_string())),
    };
    let json = ctx.want_json.then(|| {
        let record = Record {
            id: &id,
            fields,
            id_field: &ctx.id_field,
            outcome: &outcome,
        };
        serde_json::to_string(&record)
            .unwrap_or_else(|e| serde_json::json!({ "id": id, "error": e.to_string() }).to_string())
    });
    Done {
        id: id_text,
        bytes,
        json,
        text,
        name,
        error,
        skipped: false,
        non_article: false,
    }
}

/// The record's `text`: the body without the title, in --text-format.
fn body(ctx: &Ctx, article: &Article) -> String {
    match ctx.text_format {
        TextFormat::Text => article.body_text(),
        TextFormat::Markdown => markdown(article, false),
    }
}

/// A page's .txt under --out-dir: title and body, in --text-format.
fn full_text(ctx: &Ctx, article: &Article) -> String {
    match ctx.text_format {
        TextFormat::Text => article.text(),
        TextFormat::Markdown => markdown(article, true),
    }
}

fn markdown(article: &Article, title: bool) -> String {
    let options = dechrome::RenderOptions::default().title(title);
    article
        .render(dechrome::Format::Markdown, &options)
        .trim_end()
        .to_owned()
}

enum Outcome<'a> {
    Article {
        title: Option<&'a str>,
        text: String,
        verdict: Verdict,
        metadata: Option<&'a Metadata>,
        blocks: Option<&'a [Block]>,
    },
    Error(String),
}

/// One output line: `id`, the input's other fields, then `title`, `text`, `verdict`,
/// `metadata`, `blocks` or `error`.
struct Record<'a> {
    id: &'a Value,
    fields: &'a Map<String, Value>,
    id_field: &'a str,
    outcome: &'a Outcome<'a>,
}

impl Serialize for Record<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", self.id)?;
        for (k, v) in self.fields {
            if !RESERVED.contains(&k.as_str()) || (k == "id" && self.id_field != "id") {
                if k == "id" {
                    // The input's own `id` is not the id field: keep it under another name.
                    map.serialize_entry("input_id", v)?;
                } else {
                    map.serialize_entry(k, v)?;
                }
            }
        }
        match self.outcome {
            Outcome::Article {
                title,
                text,
                verdict,
                metadata,
                blocks,
            } => {
                map.serialize_entry("title", title)?;
                map.serialize_entry("text", text)?;
                map.serialize_entry("verdict", verdict)?;
                if let Some(metadata) = metadata {
                    map.serialize_entry("metadata", metadata)?;
                }
                if let Some(blocks) = blocks {
                    map.serialize_entry("blocks", blocks)?;
                }
            }
            Outcome::Error(e) => map.serialize_entry("error", e)?,
        }
        map.end()
    }
}

fn clean_bytes(ctx: &Ctx, bytes: Vec<u8>) -> Result<Article, PageError> {
    let html = match ctx.format {
        Format::Html => true,
        Format::Text => false,
        Format::Auto => looks_like_html(&bytes),
    };
    let input = match (html, &ctx.charset) {
        (true, None) => Input::Bytes(bytes),
        (true, Some(cs)) => Input::BytesWithCharset {
            bytes,
            charset: cs.clone(),
        },
        (false, None) => Input::Text(sniff::decode_text(&bytes, None)),
        (false, Some(cs)) => {
            let enc = encoding_rs::Encoding::for_label(cs.as_bytes())
                .ok_or_else(|| dechrome::Error::UnknownCharset(cs.clone()))?;
            Input::Text(sniff::decode_text(&bytes, Some(enc)))
        }
    };
    Ok(input.clean(&ctx.cleaner)?)
}

/// A JSONL record's page; with the record's `url`, an HTML page gets it as its URL (the
/// metadata's `url`, links resolved, the URL's date and type cues), as WARC records do.
fn clean_string(ctx: &Ctx, page: String, url: Option<&str>) -> Result<Article, PageError> {
    let html = match ctx.format {
        Format::Html => true,
        Format::Text => false,
        Format::Auto => looks_like_html(page.as_bytes()),
    };
    if let (true, Some(url)) = (html, url) {
        // A JSON string is UTF-8 whatever its <meta charset> says.
        let page = Page::new(page.as_bytes()).url(url).charset("utf-8");
        return Ok(ctx.cleaner.clean_page(&page)?);
    }
    let input = if html {
        Input::Html(page)
    } else {
        Input::Text(page)
    };
    Ok(input.clean(&ctx.cleaner)?)
}

/// Reads a file, gunzipping it when it starts with the gzip magic, at most `limit` bytes.
fn read_file(path: &Path, limit: usize) -> Result<Vec<u8>, PageError> {
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    let mut reader = BufReader::new(file);
    if is_gzip(&mut reader)? {
        read_limited(MultiGzDecoder::new(reader), limit)
    } else if size > limit as u64 {
        Err(dechrome::Error::InputTooLarge {
            size: usize::try_from(size).unwrap_or(usize::MAX),
            limit,
        }
        .into())
    } else {
        read_limited(reader, limit)
    }
}

fn is_gzip(reader: &mut impl BufRead) -> io::Result<bool> {
    Ok(reader.fill_buf()?.starts_with(&[0x1f, 0x8b]))
}

fn read_limited(reader: impl Read, limit: usize) -> Result<Vec<u8>, PageError> {
    let mut buf = Vec::new();
    reader
        .take((limit as u64).saturating_add(1))
        .read_to_end(&mut buf)?;
    if buf.len() > limit {
        return Err(PageError::TooLarge(limit));
    }
    Ok(buf)
}

/// Opens a stream, gunzipping it when it starts with the gzip magic.
fn open_stream(reader: impl Read + Send + 'static) -> io::Result<Box<dyn BufRead + Send>> {
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    Ok(if is_gzip(&mut reader)? {
        Box::new(BufReader::with_capacity(
            1 << 16,
            MultiGzDecoder::new(reader),
        ))
    } else {
        Box::new(reader)
    })
}

fn is_warc_name(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    name.ends_with(".warc")
}

/// Whether what follows a BOM opens a crawl (WARC or JSONL), not a page.
fn crawl_after_bom(head: &[u8]) -> bool {
    let rest = head.get(3..).unwrap_or_default();
    rest.starts_with(b"WARC/") || rest.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

fn is_jsonl_name(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    name.ends_with(".jsonl") || name.ends_with(".ndjson")
}

/// Whether a walked entry is --out-dir or --output (compared by canonical path, and for
/// files only when the name matches, to spare a system call per file).
fn is_excluded(exclude: &[PathBuf], entry: &walkdir::DirEntry) -> bool {
    let candidate = entry.file_type().is_dir()
        || exclude
            .iter()
            .any(|p| p.file_name() == Some(entry.file_name()));
    candidate
        && entry
            .path()
            .canonicalize()
            .is_ok_and(|p| exclude.contains(&p))
}

/// A JSONL stream being read line by line.
struct Lines {
    reader: Box<dyn BufRead>,
    source: String,
    line: usize,
    limit: usize,
}

impl Lines {
    /// The next non-blank line as a task; `None` at the end (or after a read error).
    fn next_task(&mut self) -> Option<Task> {
        loop {
            let mut buf = Vec::new();
            let read = (&mut self.reader)
                .take((self.limit as u64).saturating_add(1))
                .read_until(b'\n', &mut buf);
            self.line += 1;
            let id = format!("{}:{}", self.source, self.line);
            match read {
                Ok(0) => return None,
                Err(e) => {
                    // Stop reading this source: its position is lost.
                    self.reader = Box::new(io::empty());
                    return Some(Task::Failed {
                        id,
                        error: e.into(),
                    });
                }
                Ok(_) => {}
            }
            if buf.len() > self.limit {
                if let Err(e) = self.reader.skip_until(b'\n') {
                    self.reader = Box::new(io::empty());
                    return Some(Task::Failed {
                        id,
                        error: e.into(),
                    });
                }
                return Some(Task::Failed {
                    id,
                    error: PageError::LineTooLong(self.limit),
                });
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Task::Record {
                fallback_id: id,
                line: buf,
            });
        }
    }
}

/// The inputs, enumerated lazily: command-line paths, then directory walks and JSONL
/// lines as they are reached. Holds one directory listing and one line at a time.
struct Sources {
    args: std::vec::IntoIter<PathBuf>,
    /// The directory being walked, its root and the number of files taken from it.
    walk: Option<(walkdir::IntoIter, PathBuf, u64)>,
    lines: Option<Lines>,
    /// The WARC being read, one record at a time.
    warc: Option<warc::Source>,
    warc_stats: Rc<RefCell<warc::Totals>>,
    globs: Option<GlobSet>,
    force_jsonl: bool,
    force_warc: bool,
    page_limit: usize,
    line_limit: usize,
    stdin_used: bool,
    /// Whether a directory walk follows symbolic links (--follow-symlinks).
    follow_symlinks: bool,
    /// --out-dir and --output, canonical: never read back as input when inside a walked
    /// directory.
    exclude: Vec<PathBuf>,
}

impl Sources {
    fn wanted(&self, rel: &Path) -> bool {
        let Some(globs) = &self.globs else {
            return true;
        };
        let rel_s = rel.to_string_lossy();
        let name = rel
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let mut candidates = vec![rel_s.to_string(), name.to_string()];
        for c in [&rel_s, &name] {
            if let Some(stripped) = c.strip_suffix(".gz") {
                candidates.push(stripped.to_owned());
            }
        }
        candidates.iter().any(|c| globs.is_match(c))
    }

    /// A WARC stream opened (or not): read from it next, or report the failure.
    fn start_warc(&mut self, opened: io::Result<WarcReader>, id: String) -> Option<Task> {
        match opened {
            Ok(reader) => {
                self.warc_stats.borrow_mut().files += 1;
                self.warc = Some(warc::Source {
                    reader: reader.max_payload_bytes(self.page_limit),
                    name: id,
                });
                None
            }
            Err(e) => Some(Task::Failed {
                id,
                error: e.into(),
            }),
        }
    }

    /// A file found on the command line or in a walk: a page task, or a JSONL stream
    /// to read from (then `None`: the caller goes round again).
    fn open_file(&mut self, path: PathBuf, rel: PathBuf) -> Option<Task> {
        let id = path.display().to_string();
        if !self.force_jsonl && (self.force_warc || is_warc_name(&path)) {
            return self.start_warc(WarcReader::open(&path), id);
        }
        if !(self.force_jsonl || is_jsonl_name(&path)) {
            return Some(Task::File {
                id,
                path,
                name: rel,
            });
        }
        match File::open(&path).and_then(open_stream) {
            Ok(reader) => {
                self.lines = Some(Lines {
                    reader,
                    source: id,
                    line: 0,
                    limit: self.line_limit,
                });
                None
            }
            Err(e) => Some(Task::Failed {
                id,
                error: e.into(),
            }),
        }
    }

    fn open_stdin(&mut self) -> Option<Task> {
        let id = "-".to_owned();
        if self.stdin_used {
            return Some(Task::Failed {
                id,
                error: io::Error::other("stdin named twice").into(),
            });
        }
        self.stdin_used = true;
        let mut reader = match open_stream(io::stdin()) {
            Ok(r) => r,
            Err(e) => {
                return Some(Task::Failed {
                    id,
                    error: e.into(),
                });
            }
        };
        // A UTF-8 BOM (editors on Windows write one) is not part of a crawl's first line.
        if reader
            .fill_buf()
            .is_ok_and(|head| head.starts_with(b"\xEF\xBB\xBF") && crawl_after_bom(head))
        {
            reader.consume(3);
        }
        let warc = self.force_warc
            || (!self.force_jsonl
                && reader
                    .fill_buf()
                    .is_ok_and(|head| head.starts_with(b"WARC/")));
        if warc {
            return self.start_warc(WarcReader::from_reader(reader), id);
        }
        let jsonl = self.force_jsonl
            || reader
                .fill_buf()
                .is_ok_and(|head| head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'));
        if jsonl {
            self.lines = Some(Lines {
                reader,
                source: id,
                line: 0,
                limit: self.line_limit,
            });
            return None;
        }
        Some(match read_limited(reader, self.page_limit) {
            Ok(bytes) => Task::Page { id, bytes },
            Err(error) => Task::Failed { id, error },
        })
    }
}

impl Iterator for Sources {
    type Item = Task;

    fn next(&mut self) -> Option<Task> {
        loop {
            if let Some(source) = &mut self.warc {
                match source.next_item(&mut self.warc_stats.borrow_mut()) {
                    Some(warc::Item::Page(record)) => return Some(Task::Warc(record)),
                    Some(warc::Item::Failed {
                        fallback_id,
                        fields,
                        error,
                    }) => {
                        return Some(Task::WarcFailed {
                            fallback_id,
                            fields,
                            error: error.into(),
                        });
                    }
                    None => self.warc = None,
                }
            }
            if let Some(lines) = &mut self.lines {
                match lines.next_task() {
                    Some(task) => return Some(task),
                    None => self.lines = None,
                }
            }
            if let Some((walk, root, found)) = &mut self.walk {
                let entry = match walk.next() {
                    None => {
                        // A directory that gives no page is a failed input, not silence.
                        let empty = *found == 0;
                        let id = root.display().to_string();
                        self.walk = None;
                        if empty {
                            let globbed = if self.globs.is_some() {
                                " matches --glob"
                            } else {
                                ""
                            };
                            let error = PageError::NoFiles(globbed);
                            return Some(Task::Failed { id, error });
                        }
                        continue;
                    }
                    Some(Err(e)) => {
                        let id = e.path().unwrap_or(root).display().to_string();
                        let error = PageError::Io(e.into());
                        return Some(Task::Failed { id, error });
                    }
                    Some(Ok(entry)) => entry,
                };
                if is_excluded(&self.exclude, &entry) {
                    if entry.file_type().is_dir() {
                        walk.skip_current_dir();
                    }
                    continue;
                }
                if !entry.file_type().is_file() {
                    continue;
                }
                let rel = entry
                    .path()
                    .strip_prefix(&*root)
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|_| entry.file_name().into());
                if !self.wanted(&rel) {
                    continue;
                }
                if let Some((_, _, found)) = &mut self.walk {
                    *found += 1;
                }
                if let Some(task) = self.open_file(entry.into_path(), rel) {
                    return Some(task);
                }
                continue;
            }
            let arg = self.args.next()?;
            if arg.as_os_str() == "-" {
                if let Some(task) = self.open_stdin() {
                    return Some(task);
                }
            } else if arg.is_dir() {
                let walk = walkdir::WalkDir::new(&arg)
                    .follow_links(self.follow_symlinks)
                    .sort_by_file_name()
                    .into_iter();
                self.walk = Some((walk, arg, 0));
            } else {
                let rel = arg
                    .file_name()
                    .map_or_else(|| PathBuf::from("page"), PathBuf::from);
                if let Some(task) = self.open_file(arg, rel) {
                    return Some(task);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_dir_names_are_unique_stable_and_linear() {
        let mut names = Names::default();
        let index = Path::new("index.txt");
        let got: Vec<PathBuf> = (0..4).map(|_| names.claim(index)).collect();
        assert_eq!(
            got,
            ["index.txt", "index-2.txt", "index-3.txt", "index-4.txt"].map(PathBuf::from)
        );
        // A real `index-5` page, then more `index` pages: all distinct, case folded.
        assert_eq!(
            names.claim(Path::new("INDEX-5.txt")),
            PathBuf::from("INDEX-5.txt")
        );
        assert_eq!(names.claim(index), PathBuf::from("index-6.txt"));
        assert_eq!(
            names.claim(Path::new("sub/a.txt")),
            PathBuf::from("sub/a.txt")
        );
        assert_eq!(
            names.claim(Path::new("sub/a.txt")),
            PathBuf::from("sub/a-2.txt")
        );
        let before = names.tries;
        for _ in 0..20_000 {
            names.claim(index);
        }
        assert!(
            names.tries - before <= 20_001,
            "{} tries",
            names.tries - before
        );
    }
}
