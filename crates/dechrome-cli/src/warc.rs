//! WARC input for `dechrome batch`: records are streamed one at a time with `fastwarc`
//! (plain or gzip with one member per record), only HTML responses become pages, and every
//! other record is skipped and counted.
//!
//! Split of the work: the WARC headers and the HTTP response head are parsed by `fastwarc`
//! on the thread that enumerates inputs, which also checks each record's framing (see
//! [`WarcSource`]); the block is read there (its first bytes kept, up to the page limit plus
//! a header) and the payload decoded (chunked, gzip...) and cleaned on the pool.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, BufRead, Read, Seek, SeekFrom};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::rc::Rc;

use fastwarc::stream_io::bufread::RawReaderAdapter;
use fastwarc::stream_io::traits::{IntoWarcReader, WarcRead};
use fastwarc::warc::record::{WarcRecord, WarcRecordType};
use serde_json::{Map, Value};

/// Longest WARC or HTTP header block accepted (fastwarc's default is 32 KiB; crawled HTTP
/// heads with many cookies can be longer).
const MAX_HEADER_LEN: usize = 256 << 10;
/// Bytes of a payload searched for `<html` / `<!doctype html` when it declares no type.
const SNIFF_LEN: usize = 1024;
/// HTTP media types that are cleaned.
const HTML_TYPES: [&str; 2] = ["text/html", "application/xhtml+xml"];

/// Why a record was not turned into a page (the summary's categories).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Skip {
    /// A record that is not a `response` (request, metadata, warcinfo, revisit...).
    Type(&'static str),
    /// A response whose payload is not an HTTP message.
    NotHttp,
    /// An HTTP response whose status is not 2xx (redirects, errors: no article).
    Status,
    /// An HTTP response whose Content-Type is not HTML, or, with no type, that does not
    /// look like HTML.
    NotHtml,
}

impl Skip {
    fn label(self) -> &'static str {
        match self {
            Skip::Type(t) => t,
            Skip::NotHttp => "non-HTTP response",
            Skip::Status => "non-2xx response",
            Skip::NotHtml => "non-HTML response",
        }
    }
}

/// What the WARC inputs of one batch came to, besides pages; shared by the enumerating
/// thread and the writer (the same thread).
#[derive(Debug, Default)]
pub(crate) struct Stats {
    /// WARC streams opened.
    pub(crate) files: u64,
    /// Records cut short by the end of their stream (they count as failed).
    pub(crate) truncated: u64,
    skipped: BTreeMap<Skip, u64>,
}

impl Stats {
    /// WARC records counted so far (skipped ones; pages are counted by the writer).
    pub(crate) fn records(&self) -> u64 {
        self.skipped.values().sum()
    }

    pub(crate) fn skip(&mut self, why: Skip) {
        *self.skipped.entry(why).or_default() += 1;
    }

    /// `12 WARC records skipped (6 request, 1 warcinfo, 5 non-HTML response)`, or `None`
    /// when no WARC was read.
    pub(crate) fn summary(&self) -> Option<String> {
        if self.files == 0 {
            return None;
        }
        let total: u64 = self.skipped.values().sum();
        let mut s = format!("{total} WARC records skipped");
        if total > 0 {
            let parts: Vec<String> = self
                .skipped
                .iter()
                .map(|(k, n)| format!("{n} {}", k.label()))
                .collect();
            let _ = write!(s, " ({})", parts.join(", "));
        }
        if self.truncated > 0 {
            let _ = write!(s, ", {} truncated", self.truncated);
        }
        Some(s)
    }
}

/// Why a WARC record gave no page.
#[derive(Debug, thiserror::Error)]
pub(crate) enum WarcError {
    /// The stream ended inside the record.
    #[error("truncated: {got} of {expected} bytes of the record's block after its headers")]
    Truncated { expected: u64, got: u64 },
    /// Data that is not a record where one should start (or a header without a valid
    /// Content-Length); reading goes on at the next line that starts a record.
    #[error("malformed WARC record: {0}")]
    Malformed(String),
    /// A whole block not followed by the end of the record: its Content-Length is wrong.
    #[error(
        "the record does not end after its Content-Length of {0} bytes (no blank line and next \
         record there): the length is wrong"
    )]
    Framing(u64),
    /// Compressed data that could not be read and was skipped (see [`GzMembers`]).
    #[error("{0}")]
    Skipped(String),
    /// Another error, after which records inside the block were not read again: the
    /// stream's bytes were already read again as often as the stream is long.
    #[error(
        "{error}; the {bytes} bytes after the next record start inside it are not read again \
         (as many bytes were read again as the file has)"
    )]
    NotReread {
        #[source]
        error: Box<WarcError>,
        bytes: u64,
    },
    /// Another error, after which the bytes up to the next record were skipped.
    #[error("{error}; {bytes} bytes skipped to the next record")]
    Resync {
        #[source]
        error: Box<WarcError>,
        bytes: u64,
    },
    /// The HTTP response head in the record could not be parsed.
    #[error("malformed HTTP response head: {0}")]
    Http(String),
    /// The stream ended inside a compressed member (or other unit) of the record.
    #[error("truncated: {0}")]
    CutShort(io::Error),
    /// Reading the stream failed.
    #[error("cannot read: {0}")]
    Io(io::Error),
    /// The payload, as stored or once decoded, is larger than --max-input-bytes.
    #[error(
        "payload is over the limit of {0} bytes; raise --max-input-bytes if this page is legitimate"
    )]
    TooLarge(usize),
    /// A `Transfer-Encoding: chunked` body whose chunk framing breaks off.
    #[error("invalid chunked transfer coding at byte {0}")]
    Chunked(usize),
    /// A chunk that declares more bytes than the body has left (cut off, or a bogus size).
    #[error("truncated: the chunk at byte {at} declares {size} bytes, {left} are left")]
    ChunkCut { at: usize, size: usize, left: usize },
    /// A content-encoded body that does not decode.
    #[error("cannot decode Content-Encoding {coding}: {message}")]
    Decode { coding: String, message: String },
    /// A Content-Encoding declared on a body that is not plain markup and that we cannot decode.
    #[error("unsupported Content-Encoding {0:?}")]
    UnsupportedCoding(String),
    /// A panic inside the WARC reader (a bug there, on hostile input).
    #[error("internal error in the WARC reader: {0}; the rest of this file is not read")]
    Panic(String),
}

impl WarcError {
    /// This error, saying that `bytes` were skipped after it.
    fn skipped(self, bytes: u64) -> WarcError {
        WarcError::Resync {
            error: Box::new(self),
            bytes,
        }
    }
}

impl From<io::Error> for WarcError {
    fn from(e: io::Error) -> WarcError {
        if e.kind() == io::ErrorKind::UnexpectedEof {
            WarcError::CutShort(e)
        } else {
            WarcError::Io(e)
        }
    }
}

/// A [`WarcError`] with where it happened: `WARC record <urn:...> at byte 1234: ...`, the
/// offset being where the record starts in the file (its gzip member's, for .warc.gz).
#[derive(Debug, thiserror::Error)]
#[error("{place}: {error}")]
pub(crate) struct RecordError {
    place: String,
    #[source]
    error: WarcError,
}

impl RecordError {
    fn record(record_id: Option<&str>, offset: u64, error: WarcError) -> RecordError {
        RecordError {
            place: format!("WARC record {} at byte {offset}", record_id.unwrap_or("?")),
            error,
        }
    }
}

/// An HTML response read from a WARC, payload still as stored.
#[derive(Debug)]
pub(crate) struct Record {
    /// `SOURCE@OFFSET`, the id when the record has no field chosen as id.
    pub(crate) fallback_id: String,
    /// Passed through to the output: `url`, `warc_date`, `warc_record_id`.
    pub(crate) fields: Map<String, Value>,
    /// `WARC-Record-ID` and offset, for errors found later.
    record: Option<String>,
    offset: u64,
    /// The HTTP payload as stored (possibly still chunked or compressed).
    pub(crate) body: Vec<u8>,
    /// The charset of the HTTP Content-Type, when it names one encoding_rs knows.
    pub(crate) charset: Option<String>,
    pub(crate) transfer_encoding: Option<String>,
    pub(crate) content_encoding: Option<String>,
    /// No Content-Type: the decoded payload is cleaned only if it looks like HTML.
    pub(crate) sniff: bool,
}

impl Record {
    /// The decoded HTML, or `None` when a payload without a type does not look like HTML.
    pub(crate) fn html(&self, limit: usize) -> Result<Option<Vec<u8>>, RecordError> {
        let at = |error| RecordError::record(self.record.as_deref(), self.offset, error);
        let payload = decode_payload(
            &self.body,
            self.transfer_encoding.as_deref(),
            self.content_encoding.as_deref(),
            limit,
        )
        .map_err(at)?;
        if self.sniff && !sniff_html(&payload) {
            return Ok(None);
        }
        Ok(Some(payload))
    }
}

/// One item of a WARC stream.
pub(crate) enum Item {
    Page(Record),
    Failed {
        fallback_id: String,
        fields: Map<String, Value>,
        error: RecordError,
    },
}

/// The records of one WARC stream, read one at a time.
///
/// Records are framed here rather than by fastwarc's iterator, so that a bad one costs
/// itself only: a block must be followed by blank lines and the next `WARC/` line (or the
/// end). When it is not (a Content-Length too long or too short, a file that ends inside a
/// record), the record fails, the records its length swallowed are read again from the
/// bytes kept of it, and otherwise the stream is scanned to the next line that starts a
/// record. Gzip members that are corrupt, or junk between members, are skipped by
/// [`GzMembers`] up to the next member.
pub(crate) struct WarcSource {
    /// `None` once the stream is lost (a read error) or ended.
    reader: Option<Rewind>,
    source: String,
    limit: usize,
    stats: Rc<RefCell<Stats>>,
    /// Start of the last record read, to place an error that has no record.
    last_offset: Option<u64>,
    /// A read error met after a record's block, reported after the record.
    pending: Option<io::Error>,
    done: bool,
    /// Bytes read again (see [`Rewind`]), kept when the stream ends.
    #[cfg(test)]
    replayed: u64,
}

/// What one record comes to.
enum Step {
    Skip(Skip),
    Item(Item),
    /// An item after which the stream cannot be read on.
    Last(Item),
}

impl WarcSource {
    /// Opens a WARC file; gzip is recognised by its magic bytes.
    pub(crate) fn open(
        path: &Path,
        source: String,
        limit: usize,
        stats: Rc<RefCell<Stats>>,
    ) -> io::Result<WarcSource> {
        let mut file = io::BufReader::with_capacity(1 << 20, std::fs::File::open(path)?);
        let reader = if file.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
            GzMembers::new(file).into_warc_reader()
        } else {
            file.into_warc_reader()
        };
        Ok(WarcSource::new(reader, source, limit, stats))
    }

    /// Reads a WARC from a stream that cannot seek (stdin, already gunzipped).
    pub(crate) fn from_stream(
        reader: Box<dyn BufRead + Send>,
        source: String,
        limit: usize,
        stats: Rc<RefCell<Stats>>,
    ) -> WarcSource {
        let reader = RawReaderAdapter::new(ForwardOnly {
            inner: reader,
            pos: 0,
        });
        WarcSource::new(reader.into_warc_reader(), source, limit, stats)
    }

    fn new(
        reader: Box<dyn WarcRead>,
        source: String,
        limit: usize,
        stats: Rc<RefCell<Stats>>,
    ) -> WarcSource {
        stats.borrow_mut().files += 1;
        WarcSource {
            reader: Some(Rewind::new(reader)),
            source,
            limit,
            stats,
            last_offset: None,
            pending: None,
            done: false,
            #[cfg(test)]
            replayed: 0,
        }
    }

    /// The next page or failure; skipped records are counted on the way. `None` at the end,
    /// and after a read error that loses the stream.
    pub(crate) fn next_item(&mut self) -> Option<Item> {
        while !self.done {
            let step = catch_unwind(AssertUnwindSafe(|| self.step())).unwrap_or_else(|panic| {
                let msg = panic
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                Some(Step::Last(self.stream_error(WarcError::Panic(msg))))
            });
            #[cfg(test)]
            if let Some(r) = &self.reader {
                self.replayed = r.replayed;
            }
            match step {
                None => self.done = true,
                Some(Step::Skip(why)) => self.stats.borrow_mut().skip(why),
                Some(Step::Item(item)) => return Some(item),
                Some(Step::Last(item)) => {
                    self.done = true;
                    return Some(item);
                }
            }
        }
        None
    }

    fn step(&mut self) -> Option<Step> {
        if let Some(e) = self.pending.take() {
            return Some(self.after_error(e));
        }
        let mut r = WarcRecord::new();
        r.attach_reader(self.reader.take()?);
        let parsed = r.parse_warc_headers_with_opts(false, MAX_HEADER_LEN);
        let offset = r.stream_pos();
        match parsed {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                self.reader = take_back(&mut r);
                return Some(self.after_error(e));
            }
        }
        self.last_offset = Some(offset);
        let fields = record_fields(&r);
        let record_id = header(&r, "WARC-Record-ID");
        let fallback_id = format!("{}@{offset}", self.source);
        let failed = |fields, error| Item::Failed {
            fallback_id: fallback_id.clone(),
            fields,
            error: RecordError::record(record_id.as_deref(), offset, error),
        };

        // The block (the reader stays attached: fastwarc limits it to the Content-Length),
        // its first bytes kept, enough for a page and its HTTP head.
        let declared = header(&r, "Content-Length").and_then(|v| v.parse::<u64>().ok());
        let keep = self.limit.saturating_add(MAX_HEADER_LEN);
        let read = read_block(&mut r, keep);
        self.reader = take_back(&mut r);
        let (block, got) = match read {
            Ok(read) => read,
            Err(e) => {
                let lost = !matches!(
                    e.kind(),
                    io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof
                );
                if lost {
                    self.reader = None;
                    return Some(Step::Last(failed(fields, WarcError::Io(e))));
                }
                let error = match e.kind() {
                    io::ErrorKind::InvalidData => WarcError::Skipped(e.to_string()),
                    _ => WarcError::from(e),
                };
                return Some(Step::Item(failed(fields, error)));
            }
        };
        let reader = self.reader.as_mut()?;
        let problem = match declared {
            None => Some(WarcError::Malformed("no valid Content-Length".into())),
            Some(expected) if got < expected => Some(WarcError::Truncated { expected, got }),
            Some(expected) => match ends_record(reader) {
                Ok(true) => None,
                Ok(false) => Some(WarcError::Framing(expected)),
                Err(e) => {
                    // Lost after a whole block (a gzip member cut in its trailer): the record
                    // stands, the loss is reported after it.
                    self.pending = Some(e);
                    None
                }
            },
        };
        if let Some(mut error) = problem {
            if matches!(error, WarcError::Truncated { .. }) {
                self.stats.borrow_mut().truncated += 1;
            }
            // Records the bad length swallowed are read again; else the stream is scanned.
            match record_start(&block) {
                Some(at) => {
                    let again = block.get(at..).unwrap_or_default();
                    if !reader.push_back(again) {
                        error = WarcError::NotReread {
                            error: Box::new(error),
                            bytes: again.len() as u64,
                        };
                    }
                }
                None => match skip_to_record(reader) {
                    Ok(0) => {}
                    Ok(n) => error = error.skipped(n),
                    Err(e) => {
                        self.pending = Some(e);
                    }
                },
            }
            return Some(Step::Item(failed(fields, error)));
        }
        let whole = block.len() as u64 == got;
        r.set_bytes_payload(block);
        Some(self.record_step(&mut r, fields, whole))
    }

    /// After the stream failed between records: malformed data (or a gzip member skipped)
    /// is reported and the stream scanned to the next record; a read error ends it.
    fn after_error(&mut self, e: io::Error) -> Step {
        if e.kind() == io::ErrorKind::InvalidData
            && let Some(reader) = self.reader.as_mut()
        {
            let mut error = WarcError::Malformed(e.to_string());
            match skip_to_record(reader) {
                Ok(0) => {}
                Ok(n) => error = error.skipped(n),
                Err(e) => {
                    self.pending = Some(e);
                }
            }
            return Step::Item(self.stream_error(error));
        }
        self.reader = None;
        Step::Last(self.stream_error(WarcError::from(e)))
    }

    /// A failure of the stream itself, placed after the last record read.
    fn stream_error(&self, error: WarcError) -> Item {
        let (id, place) = match self.last_offset {
            Some(at) => (
                format!("{}@{at}", self.source),
                format!("WARC data after the record at byte {at}"),
            ),
            None => (
                format!("{}@0", self.source),
                "WARC data at the start".to_owned(),
            ),
        };
        Item::Failed {
            fallback_id: id,
            fields: Map::new(),
            error: RecordError { place, error },
        }
    }

    /// A record whose block is whole and in memory (`whole`: all of it kept): a page, a
    /// skip or a failure.
    fn record_step(&self, r: &mut WarcRecord, fields: Map<String, Value>, whole: bool) -> Step {
        let offset = r.stream_pos();
        let record_id = header(r, "WARC-Record-ID");
        let fallback_id = format!("{}@{offset}", self.source);
        let fail = |fields, error: WarcError| {
            Step::Item(Item::Failed {
                fallback_id: fallback_id.clone(),
                fields,
                error: RecordError::record(record_id.as_deref(), offset, error),
            })
        };
        let record_type = r.record_type();
        if record_type != WarcRecordType::Response {
            return Step::Skip(Skip::Type(record_type.as_str()));
        }
        if !r.is_http() {
            let starts_http = r
                .reader_mut()
                .and_then(|rd| rd.fill_buf().ok())
                .is_some_and(|b| b.starts_with(b"HTTP/"));
            if !starts_http {
                return Step::Skip(Skip::NotHttp);
            }
            r.set_is_http(true);
        }
        if let Err(e) = r.parse_http_with_opts(
            fastwarc::warc::record::AutoDecode::None,
            MAX_HEADER_LEN,
            false,
        ) {
            return fail(fields, WarcError::Http(e.to_string()));
        }
        let head = r.http_headers().map(|h| {
            let get = |name: &str| h.get(name).map(|v| v.trim().to_owned());
            (
                h.status_code(),
                get("Content-Type"),
                get("Transfer-Encoding"),
                get("Content-Encoding"),
            )
        });
        let Some((status, content_type, transfer_encoding, content_encoding)) = head else {
            return fail(fields, WarcError::Http("no HTTP head".into()));
        };
        let Some(status) = status else {
            return fail(fields, WarcError::Http("no HTTP status line".into()));
        };
        let skip = if !(200..300).contains(&status) {
            Some(Skip::Status)
        } else if content_type.as_deref().is_some_and(|t| !is_html_type(t)) {
            Some(Skip::NotHtml)
        } else {
            None
        };
        if let Some(why) = skip {
            return Step::Skip(why);
        }
        if !whole {
            return fail(fields, WarcError::TooLarge(self.limit));
        }
        let body = match read_body(r, self.limit) {
            Ok(body) => body,
            Err(error) => return fail(fields, error),
        };
        let charset = content_type.as_deref().and_then(charset_of);
        Step::Item(Item::Page(Record {
            fallback_id,
            fields,
            record: record_id,
            offset,
            body,
            charset,
            transfer_encoding,
            content_encoding,
            sniff: content_type.is_none(),
        }))
    }
}

/// A WARC header's value, trimmed.
fn header(r: &WarcRecord, name: &str) -> Option<String> {
    r.headers().get(name).map(|v| v.trim().to_owned())
}

/// The fields a record passes to the output: `url`, `warc_date`, `warc_record_id`.
fn record_fields(r: &WarcRecord) -> Map<String, Value> {
    let mut fields = Map::new();
    if let Some(uri) = header(r, "WARC-Target-URI") {
        // WARC 1.0's grammar put the URI in angle brackets; some writers still do.
        let uri = uri
            .strip_prefix('<')
            .and_then(|u| u.strip_suffix('>'))
            .unwrap_or(&uri);
        fields.insert("url".into(), Value::String(uri.to_owned()));
    }
    if let Some(date) = header(r, "WARC-Date") {
        fields.insert("warc_date".into(), Value::String(date));
    }
    if let Some(id) = header(r, "WARC-Record-ID") {
        fields.insert("warc_record_id".into(), Value::String(id));
    }
    fields
}

/// The stream back from a record that was reading it.
fn take_back(r: &mut WarcRecord) -> Option<Rewind> {
    let reader = r.detach_reader()?;
    reader.into_any().downcast::<Rewind>().ok().map(|b| *b)
}

/// Reads the rest of a record's block (fastwarc limits the reader to its Content-Length),
/// keeping the first `keep` bytes; returns them and how many bytes there were, fewer than
/// the Content-Length when the stream ends first.
fn read_block(r: &mut WarcRecord, keep: usize) -> io::Result<(Vec<u8>, u64)> {
    let Some(reader) = r.reader_mut() else {
        return Ok((Vec::new(), 0));
    };
    let mut block = Vec::new();
    let kept = (&mut *reader).take(keep as u64).read_to_end(&mut block)? as u64;
    let rest = io::copy(reader, &mut io::sink())?;
    Ok((block, kept + rest))
}

/// Whether the stream after a block is where a record ends: the CRLF CRLF that closes a
/// record (what follows is the next record's business: junk there is reported as such), or
/// other blank lines, then the next record's `WARC/` line or the end.
fn ends_record(r: &mut Rewind) -> io::Result<bool> {
    if r.peek(4)? == b"\r\n\r\n" {
        r.consume(4);
        return Ok(true);
    }
    loop {
        let buf = r.fill_buf()?;
        let blank = buf
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        if blank == 0 {
            break;
        }
        r.consume(blank);
    }
    let head = r.peek(5)?;
    Ok(head.is_empty() || head.starts_with(b"WARC/"))
}

/// Whether a line (its first bytes) starts a WARC record.
fn is_record_line(line: &[u8]) -> bool {
    line.starts_with(b"WARC/1.") || line.starts_with(b"WARC/0.")
}

/// Where in a block the first line that starts a record begins, after its first byte.
fn record_start(block: &[u8]) -> Option<usize> {
    memchr::memmem::find_iter(block, b"\nWARC/")
        .map(|i| i + 1)
        .find(|&i| is_record_line(block.get(i..).unwrap_or_default()))
}

/// Skips whole lines up to the next one that starts a record (or the end); returns the
/// bytes skipped. Linear: each line is looked at once, its end found with memchr.
fn skip_to_record(r: &mut Rewind) -> io::Result<u64> {
    let mut skipped = 0u64;
    loop {
        let head = r.peek(7)?;
        if head.is_empty() || is_record_line(head) {
            return Ok(skipped);
        }
        loop {
            let buf = r.fill_buf()?;
            if buf.is_empty() {
                return Ok(skipped);
            }
            let (n, eol) = match memchr::memchr(b'\n', buf) {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            r.consume(n);
            skipped += n as u64;
            if eol {
                break;
            }
        }
    }
}

/// Reads the rest of the record, at most `limit` bytes.
fn read_body(r: &mut WarcRecord, limit: usize) -> Result<Vec<u8>, WarcError> {
    let remaining = r.content_length();
    let Some(reader) = r.reader_mut() else {
        return Ok(Vec::new());
    };
    if remaining > limit as u64 {
        return Err(WarcError::TooLarge(limit));
    }
    let mut body = Vec::with_capacity(usize::try_from(remaining).unwrap_or(0));
    reader.take(remaining).read_to_end(&mut body)?;
    Ok(body)
}

/// Whether an HTTP Content-Type names HTML (parameters ignored).
pub(crate) fn is_html_type(content_type: &str) -> bool {
    let media = content_type.split(';').next().unwrap_or("").trim();
    HTML_TYPES.iter().any(|t| media.eq_ignore_ascii_case(t))
}

/// The `charset` parameter of a Content-Type, when encoding_rs knows the label (an unknown
/// label is ignored, as browsers do, rather than failing the page).
pub(crate) fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        encoding_rs::Encoding::for_label(value.as_bytes()).map(|_| value.to_owned())
    })
}

/// Whether the first bytes of a payload with no declared type look like an HTML document.
pub(crate) fn sniff_html(payload: &[u8]) -> bool {
    let head = payload
        .get(..payload.len().min(SNIFF_LEN))
        .unwrap_or(payload);
    let lower = head.to_ascii_lowercase();
    [&b"<html"[..], b"<!doctype html"]
        .iter()
        .any(|t| memchr::memmem::find(&lower, t).is_some())
}

/// Whether the bytes start like markup or text rather than a compressed stream: the first
/// byte that is not a BOM or blank is `<`.
fn looks_like_markup(bytes: &[u8]) -> bool {
    let rest = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    rest.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

/// The HTTP payload as the server meant it: transfer coding and content codings undone.
///
/// Archivers differ: Common Crawl stores bodies de-chunked and decompressed but keeps the
/// headers (or renames them), others store the bytes as sent. So each coding is undone only
/// when the bytes show it: a chunk-size line for chunked, magic bytes for gzip and zstd,
/// anything but markup for deflate and br.
pub(crate) fn decode_payload(
    body: &[u8],
    transfer_encoding: Option<&str>,
    content_encoding: Option<&str>,
    limit: usize,
) -> Result<Vec<u8>, WarcError> {
    let chunked = transfer_encoding.is_some_and(|te| {
        te.split(',')
            .any(|c| c.trim().eq_ignore_ascii_case("chunked"))
    });
    let mut payload = if chunked && looks_chunked(body) {
        dechunk(body, limit)?
    } else {
        if body.len() > limit {
            return Err(WarcError::TooLarge(limit));
        }
        body.to_vec()
    };
    let codings: Vec<String> = content_encoding
        .unwrap_or("")
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty() && c != "identity")
        .collect();
    // Codings are listed in the order they were applied: undo the last first.
    for coding in codings.iter().rev() {
        payload = decode_coding(payload, coding, limit)?;
    }
    Ok(payload)
}

/// Undoes one content coding, or leaves bytes that do not carry it as they are.
fn decode_coding(bytes: Vec<u8>, coding: &str, limit: usize) -> Result<Vec<u8>, WarcError> {
    use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};
    use io::Cursor;
    let reader: Box<dyn Read> = match coding {
        "gzip" | "x-gzip" if bytes.starts_with(&[0x1f, 0x8b]) => {
            Box::new(MultiGzDecoder::new(Cursor::new(bytes)))
        }
        "zstd" if bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) => Box::new(
            fastwarc::stream_io::zstd::ZstdReader::new(Cursor::new(bytes)),
        ),
        "gzip" | "x-gzip" | "zstd" => return Ok(bytes),
        _ if looks_like_markup(&bytes) => return Ok(bytes),
        // A zlib header (RFC 1950: CM 8, check bits) or a raw deflate stream, as servers send both.
        "deflate" => match bytes.as_slice() {
            [cmf, flg, ..]
                if cmf & 0x0f == 8 && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0 =>
            {
                Box::new(ZlibDecoder::new(Cursor::new(bytes)))
            }
            _ => Box::new(DeflateDecoder::new(Cursor::new(bytes))),
        },
        "br" => Box::new(fastwarc::stream_io::brotli::BrotliReader::new(Cursor::new(
            bytes,
        ))),
        other => return Err(WarcError::UnsupportedCoding(other.to_owned())),
    };
    let mut out = Vec::new();
    let read = reader
        .take((limit as u64).saturating_add(1))
        .read_to_end(&mut out);
    match read {
        // A stream cut short (the crawler's size cap) still gives the page's beginning.
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof && !out.is_empty() => {}
        Err(e) => {
            return Err(WarcError::Decode {
                coding: coding.to_owned(),
                message: e.to_string(),
            });
        }
        Ok(_) => {}
    }
    if out.len() > limit {
        return Err(WarcError::TooLarge(limit));
    }
    Ok(out)
}

/// Parses a chunk-size line at the start of `bytes`: hex digits, optional extensions, CRLF
/// (or a bare LF). Returns the size and the line's length.
fn chunk_size_line(bytes: &[u8]) -> Option<(usize, usize)> {
    let eol = memchr::memchr(b'\n', bytes.get(..bytes.len().min(1024))?)?;
    let line = bytes.get(..eol)?;
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let digits_end = line
        .iter()
        .position(|b| !b.is_ascii_hexdigit())
        .unwrap_or(line.len());
    let (digits, rest) = line.split_at(digits_end);
    if digits.is_empty() || digits.len() > 15 {
        return None;
    }
    let rest = rest.trim_ascii_start();
    if !(rest.is_empty() || rest.starts_with(b";")) {
        return None;
    }
    let size = usize::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()?;
    Some((size, eol + 1))
}

/// Whether a body starts with a chunk-size line (else it was stored de-chunked).
fn looks_chunked(body: &[u8]) -> bool {
    chunk_size_line(body).is_some()
}

/// Undoes `Transfer-Encoding: chunked`. A body that ends between chunks (no last chunk)
/// gives what it has; a chunk-size line that is not one is an error, and so is a chunk
/// larger than the rest of the body: its "data" would be whatever follows, the framing of
/// later chunks included.
fn dechunk(body: &[u8], limit: usize) -> Result<Vec<u8>, WarcError> {
    let mut out = Vec::with_capacity(body.len());
    let mut at = 0;
    while at < body.len() {
        let rest = body.get(at..).unwrap_or_default();
        let Some((size, line)) = chunk_size_line(rest) else {
            return Err(WarcError::Chunked(at));
        };
        if size == 0 {
            break; // the last chunk; trailers follow
        }
        let data = rest.get(line..).unwrap_or_default();
        let Some(data) = data.get(..size) else {
            return Err(WarcError::ChunkCut {
                at,
                size,
                left: data.len(),
            });
        };
        if out.len() + data.len() > limit {
            return Err(WarcError::TooLarge(limit));
        }
        out.extend_from_slice(data);
        at += line + data.len();
        // The CRLF that closes the chunk.
        let tail = body.get(at..).unwrap_or_default();
        at += if tail.starts_with(b"\r\n") {
            2
        } else {
            usize::from(tail.starts_with(b"\n"))
        };
    }
    Ok(out)
}

/// Gzip read member by member, as crawlers write it (one member per record): the member's
/// start is the offset of the record in it, and a member cut short is an error, where
/// reading the members as one stream would end as if the file were whole.
struct GzMembers<R: BufRead> {
    state: Option<Member<R>>,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    /// Decompressed bytes consumed.
    pos: u64,
    /// Where the member being read starts in the file.
    member_start: u64,
}

enum Member<R: BufRead> {
    Between(Counted<R>),
    In(flate2::bufread::GzDecoder<Counted<R>>),
}

/// A `BufRead` that counts the bytes consumed from it: the compressed offset.
struct Counted<R> {
    inner: R,
    count: u64,
}

impl<R: BufRead> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.inner.consume(amount);
        self.count += amount as u64;
    }
}

impl<R: BufRead> GzMembers<R> {
    fn new(inner: R) -> GzMembers<R> {
        GzMembers {
            state: Some(Member::Between(Counted { inner, count: 0 })),
            buf: vec![0; 64 << 10],
            start: 0,
            end: 0,
            pos: 0,
            member_start: 0,
        }
    }
}

impl<R: BufRead> BufRead for GzMembers<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.start >= self.end {
            match self.state.take() {
                None => return Ok(&[]),
                Some(Member::Between(mut r)) => {
                    let head = r.fill_buf()?;
                    if head.is_empty() {
                        self.state = Some(Member::Between(r));
                        return Ok(&[]);
                    }
                    // (One byte of magic may be the end of the buffer, or of a cut file.)
                    if !(head.starts_with(&[0x1f, 0x8b]) || head == [0x1f]) {
                        // Junk after a member: skipped to the next one, and reported once.
                        let at = r.count;
                        let skipped = skip_to_member(&mut r)?;
                        self.state = Some(Member::Between(r));
                        let message = format!(
                            "{skipped} bytes at byte {at} are not gzip data: skipped to the next gzip member"
                        );
                        return Err(io::Error::new(io::ErrorKind::InvalidData, message));
                    }
                    self.member_start = r.count;
                    self.state = Some(Member::In(flate2::bufread::GzDecoder::new(r)));
                }
                Some(Member::In(mut d)) => match d.read(&mut self.buf) {
                    // One member's data per fill, so that the member being read is the
                    // one holding the bytes handed out.
                    Ok(0) => self.state = Some(Member::Between(d.into_inner())),
                    Ok(n) => {
                        (self.start, self.end) = (0, n);
                        self.state = Some(Member::In(d));
                    }
                    // Cut short: nothing more to read.
                    Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                        let message = format!(
                            "the gzip member at byte {} is cut short: {e}",
                            self.member_start
                        );
                        return Err(io::Error::new(e.kind(), message));
                    }
                    // Corrupt: its data is lost, reading goes on at the next member.
                    Err(e) => {
                        let mut r = d.into_inner();
                        skip_to_member(&mut r)?;
                        self.state = Some(Member::Between(r));
                        let message = format!(
                            "the gzip member at byte {} is corrupt: {e}; skipped to the next gzip member",
                            self.member_start
                        );
                        return Err(io::Error::new(io::ErrorKind::InvalidData, message));
                    }
                },
            }
        }
        Ok(self.buf.get(self.start..self.end).unwrap_or_default())
    }

    fn consume(&mut self, amount: usize) {
        let amount = amount.min(self.end.saturating_sub(self.start));
        self.start += amount;
        self.pos += amount as u64;
    }
}

impl<R: BufRead> Read for GzMembers<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.fill_buf()?.read(buf)?;
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> Seek for GzMembers<R> {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        seek_forward(self, self.pos, pos)
    }
}

impl<R: BufRead + Send + 'static> fastwarc::stream_io::traits::WarcRead for GzMembers<R> {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }

    fn into_any(self: Box<Self>) -> Box<dyn std::any::Any> {
        self
    }

    fn inner_seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.seek(pos)
    }

    fn inner_stream_position(&mut self) -> io::Result<u64> {
        Ok(self.pos)
    }

    fn frame_start_position(&mut self) -> io::Result<Option<u64>> {
        Ok(Some(self.member_start))
    }

    fn is_stream_decoder(&self) -> bool {
        true
    }
}

/// Skips to the next gzip magic (1f 8b) or the end; returns the bytes skipped.
fn skip_to_member(r: &mut impl BufRead) -> io::Result<u64> {
    let mut skipped = 0u64;
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(skipped);
        }
        // From the second byte: the first is where the bad data starts.
        let found = memchr::memmem::find(buf.get(1..).unwrap_or_default(), &[0x1f, 0x8b]);
        // (A magic split across two reads of the buffer is missed: that member is lost.)
        let n = found.map_or(buf.len(), |i| i + 1);
        r.consume(n);
        skipped += n as u64;
        if found.is_some() {
            return Ok(skipped);
        }
    }
}

/// Seeks a stream that can only be read forwards, at `at`, to `pos` by reading.
fn seek_forward(r: &mut impl BufRead, at: u64, pos: SeekFrom) -> io::Result<u64> {
    let target = match pos {
        SeekFrom::Start(p) => Some(p),
        SeekFrom::Current(d) => at.checked_add_signed(d),
        SeekFrom::End(_) => None,
    };
    match target {
        Some(t) if t >= at => {
            let skipped = io::copy(&mut r.take(t - at), &mut io::sink())?;
            Ok(at + skipped)
        }
        _ => Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "a stream can only be read forwards",
        )),
    }
}

/// The record stream, with room to read bytes again: a record whose Content-Length ran past
/// its end swallowed the start of the next records, which are pushed back and read from here.
///
/// Reading again is bounded: at most as many bytes as were read from the stream, so that a
/// file of records that all claim too much costs linear time, not quadratic.
struct Rewind {
    inner: Box<dyn WarcRead>,
    pending: Vec<u8>,
    /// Bytes of `pending` already read.
    at: usize,
    /// Bytes consumed from `inner`, and bytes pushed back so far.
    fresh: u64,
    replayed: u64,
}

impl Rewind {
    fn new(inner: Box<dyn WarcRead>) -> Rewind {
        Rewind {
            inner,
            pending: Vec::new(),
            at: 0,
            fresh: 0,
            replayed: 0,
        }
    }

    fn left(&self) -> &[u8] {
        self.pending.get(self.at..).unwrap_or_default()
    }

    /// Makes `bytes` the next ones read, before what was left; `false` (and nothing done)
    /// when that would read more bytes again than the stream has given.
    fn push_back(&mut self, bytes: &[u8]) -> bool {
        let replayed = self.replayed.saturating_add(bytes.len() as u64);
        if replayed > self.fresh {
            return false;
        }
        self.replayed = replayed;
        let mut pending = bytes.to_vec();
        pending.extend_from_slice(self.left());
        self.pending = pending;
        self.at = 0;
        true
    }

    /// The next `n` bytes (fewer at the end), not consumed.
    fn peek(&mut self, n: usize) -> io::Result<&[u8]> {
        if self.left().len() < n {
            self.pending.drain(..self.at);
            self.at = 0;
            while self.pending.len() < n {
                let buf = self.inner.fill_buf()?;
                if buf.is_empty() {
                    break;
                }
                let take = buf.len().min(n - self.pending.len());
                self.pending
                    .extend_from_slice(buf.get(..take).unwrap_or_default());
                self.inner.consume(take);
                self.fresh += take as u64;
            }
        }
        Ok(self.left())
    }
}

impl Read for Rewind {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.fill_buf()?.read(buf)?;
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Rewind {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.at < self.pending.len() {
            return Ok(self.left());
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        if self.at < self.pending.len() {
            self.at = (self.at + amount).min(self.pending.len());
            if self.at == self.pending.len() {
                self.pending.clear();
                self.at = 0;
            }
        } else {
            self.inner.consume(amount);
            self.fresh += amount as u64;
        }
    }
}

impl Seek for Rewind {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        let at = self.stream_position()?;
        seek_forward(self, at, pos)
    }

    fn stream_position(&mut self) -> io::Result<u64> {
        let pos = self.inner.stream_position()?;
        Ok(pos.saturating_sub(self.left().len() as u64))
    }
}

impl WarcRead for Rewind {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }

    fn into_any(self: Box<Self>) -> Box<dyn std::any::Any> {
        self
    }

    fn inner_seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.seek(pos)
    }

    fn inner_stream_position(&mut self) -> io::Result<u64> {
        let pos = self.inner.inner_stream_position()?;
        Ok(pos.saturating_sub(self.left().len() as u64))
    }

    fn frame_start_position(&mut self) -> io::Result<Option<u64>> {
        self.inner.frame_start_position()
    }

    fn is_stream_decoder(&self) -> bool {
        self.inner.is_stream_decoder()
    }
}

/// A stream read once from start to end, made seekable forwards (by reading) for
/// fastwarc, which needs `Seek` to know positions and to skip records.
struct ForwardOnly {
    inner: Box<dyn BufRead + Send>,
    pos: u64,
}

impl Read for ForwardOnly {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl BufRead for ForwardOnly {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.inner.consume(amount);
        self.pos += amount as u64;
    }
}

impl Seek for ForwardOnly {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        seek_forward(self, self.pos, pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn html_types_and_charsets() {
        assert!(is_html_type("text/html"));
        assert!(is_html_type("Text/HTML; charset=UTF-8"));
        assert!(is_html_type("application/xhtml+xml"));
        assert!(!is_html_type("text/plain"));
        assert!(!is_html_type("image/png"));
        assert!(!is_html_type("text/htmlx"));
        assert_eq!(
            charset_of("text/html; charset=\"ISO-8859-1\"").as_deref(),
            Some("ISO-8859-1")
        );
        assert_eq!(
            charset_of("text/html;charset=utf-8").as_deref(),
            Some("utf-8")
        );
        assert_eq!(charset_of("text/html; charset=bogus-42"), None);
        assert_eq!(charset_of("text/html"), None);
    }

    #[test]
    fn sniffing() {
        assert!(sniff_html(b"\n<!DOCTYPE html><p>x"));
        assert!(sniff_html(b"<!-- c --><HTML lang=en>"));
        assert!(!sniff_html(b"{\"json\": true}"));
        assert!(!sniff_html(b"\x89PNG\r\n"));
        let late = [vec![b' '; SNIFF_LEN], b"<html>".to_vec()].concat();
        assert!(!sniff_html(&late), "only the first bytes are looked at");
    }

    #[test]
    fn chunked_bodies_are_dechunked_and_plain_ones_left_alone() {
        let chunked = b"7\r\n<p>Hell\r\n5;ext=1\r\no wor\r\n3\r\nld!\r\n0\r\nX-Trailer: 1\r\n\r\n";
        let out = decode_payload(chunked, Some("chunked"), None, 1000).unwrap();
        assert_eq!(out, b"<p>Hello world!");
        // Common Crawl: de-chunked body, header kept.
        let plain = b"<p>Already decoded</p>";
        assert_eq!(
            decode_payload(plain, Some("chunked"), None, 1000).unwrap(),
            plain
        );
        // Cut off between chunks: what arrived is kept.
        let cut = b"7\r\n<p>Hell\r\n5\r\no wor\r\n";
        assert_eq!(
            decode_payload(cut, Some("chunked"), None, 1000).unwrap(),
            b"<p>Hello wor"
        );
        // A chunk longer than the body: cut inside it, or a size that overflows what is
        // left, whose "data" would take in the terminator.
        let cut = b"7\r\n<p>Hell\r\n5\r\no w";
        assert!(matches!(
            decode_payload(cut, Some("chunked"), None, 1000),
            Err(WarcError::ChunkCut {
                at: 12,
                size: 5,
                left: 3
            })
        ));
        let huge = b"FFFFFFFFFFFFFFF\r\n<p>Hello</p>\r\n0\r\n\r\n";
        assert!(matches!(
            decode_payload(huge, Some("chunked"), None, 1000),
            Err(WarcError::ChunkCut { at: 0, .. })
        ));
        // A broken size line after good chunks is an error.
        let broken = b"3\r\nabc\r\nzz\r\nmore";
        assert!(matches!(
            decode_payload(broken, Some("chunked"), None, 1000),
            Err(WarcError::Chunked(8))
        ));
        assert!(matches!(
            decode_payload(chunked, Some("chunked"), None, 5),
            Err(WarcError::TooLarge(5))
        ));
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(bytes).unwrap();
        enc.finish().unwrap()
    }

    #[test]
    fn content_codings() {
        let html = b"<html><body><p>Compressed page body.</p></body></html>".repeat(20);
        let gz = gzip(&html);
        assert_eq!(
            decode_payload(&gz, None, Some("gzip"), 1 << 20).unwrap(),
            html
        );
        assert_eq!(
            decode_payload(&gz, None, Some("X-Gzip"), 1 << 20).unwrap(),
            html
        );
        // Stored decompressed with the header kept.
        assert_eq!(
            decode_payload(&html, None, Some("gzip"), 1 << 20).unwrap(),
            html
        );
        // Chunked and gzip together: chunks of the gzip stream.
        let (a, b) = gz.split_at(10);
        let mut chunked = format!("{:x}\r\n", a.len()).into_bytes();
        chunked.extend_from_slice(a);
        chunked.extend_from_slice(format!("\r\n{:x}\r\n", b.len()).as_bytes());
        chunked.extend_from_slice(b);
        chunked.extend_from_slice(b"\r\n0\r\n\r\n");
        assert_eq!(
            decode_payload(&chunked, Some("chunked"), Some("gzip"), 1 << 20).unwrap(),
            html
        );
        // zlib-wrapped and raw deflate.
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(&html).unwrap();
        let z = z.finish().unwrap();
        assert_eq!(
            decode_payload(&z, None, Some("deflate"), 1 << 20).unwrap(),
            html
        );
        let mut d = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        d.write_all(&html).unwrap();
        let d = d.finish().unwrap();
        assert_eq!(
            decode_payload(&d, None, Some("deflate"), 1 << 20).unwrap(),
            html
        );
        // Brotli and zstd through fastwarc's codecs.
        let mut br = fastwarc::stream_io::brotli::BrotliWriter::new(Vec::new());
        br.write_all(&html).unwrap();
        let br = br.into_inner().unwrap();
        assert_eq!(
            decode_payload(&br, None, Some("br"), 1 << 20).unwrap(),
            html
        );
        let mut zs = fastwarc::stream_io::zstd::ZstdWriter::new(Vec::new());
        zs.write_all(&html).unwrap();
        let zs = zs.into_inner().unwrap();
        assert_eq!(
            decode_payload(&zs, None, Some("zstd"), 1 << 20).unwrap(),
            html
        );
        // A gzip bomb stops at the limit.
        let zeros = gzip(&vec![b'<'; 1 << 20]);
        assert!(matches!(
            decode_payload(&zeros, None, Some("gzip"), 1000),
            Err(WarcError::TooLarge(1000))
        ));
        // A gzip stream cut short keeps its beginning; a corrupt one is an error.
        let cut = gz.get(..gz.len() / 2).unwrap();
        let partial = decode_payload(cut, None, Some("gzip"), 1 << 20).unwrap();
        assert!(!partial.is_empty() && html.starts_with(&partial));
        let mut bad = gz.clone();
        bad.truncate(10);
        bad.extend_from_slice(&[0xff; 40]);
        assert!(matches!(
            decode_payload(&bad, None, Some("gzip"), 1 << 20),
            Err(WarcError::Decode { .. })
        ));
        assert!(matches!(
            decode_payload(b"\x00\x01binary", None, Some("compress"), 1 << 20),
            Err(WarcError::UnsupportedCoding(c)) if c == "compress"
        ));
    }

    /// Records that all claim more than the file holds: each is read again from the one
    /// before, at most as many bytes in all as the file has (else quadratic time).
    #[test]
    fn reading_again_is_bounded_by_the_stream() {
        let record = |i: usize| {
            format!(
                "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:{i}>\r\n\
                 Content-Length: 1000000000\r\n\r\nbody {i}\r\n\r\n"
            )
        };
        let bytes: String = (0..3000).map(record).collect();
        let len = bytes.len() as u64;
        let stats = Rc::new(RefCell::new(Stats::default()));
        let reader: Box<dyn BufRead + Send> = Box::new(io::Cursor::new(bytes.into_bytes()));
        let mut source = WarcSource::from_stream(reader, "s".into(), 1 << 20, stats);
        let mut failed = 0;
        while let Some(item) = source.next_item() {
            assert!(matches!(item, Item::Failed { .. }));
            failed += 1;
        }
        assert!(failed > 1, "records after the first are read again");
        let replayed = source.replayed;
        assert!(replayed <= len, "{replayed} bytes read again of {len}");
    }

    #[test]
    fn forward_only_seeks_forwards() {
        let data: Vec<u8> = (0..=255).collect();
        let mut r = ForwardOnly {
            inner: Box::new(io::Cursor::new(data)),
            pos: 0,
        };
        assert_eq!(r.stream_position().unwrap(), 0);
        assert_eq!(r.seek(SeekFrom::Current(10)).unwrap(), 10);
        let mut b = [0u8; 2];
        r.read_exact(&mut b).unwrap();
        assert_eq!(b, [10, 11]);
        assert_eq!(r.seek(SeekFrom::Start(100)).unwrap(), 100);
        assert!(r.seek(SeekFrom::Start(5)).is_err());
        assert!(r.seek(SeekFrom::End(0)).is_err());
    }

    #[test]
    fn gzip_members_give_their_offsets_and_a_cut_one_is_an_error() {
        let members = [gzip(b"first member\n"), gzip(b""), gzip(b"third member\n")];
        let whole = members.concat();
        let mut r = GzMembers::new(io::Cursor::new(whole.clone()));
        let mut seen = Vec::new();
        loop {
            let chunk = r.fill_buf().unwrap().to_vec();
            if chunk.is_empty() {
                break;
            }
            seen.push((r.member_start, chunk.clone()));
            r.consume(chunk.len());
        }
        let third_at = (members[0].len() + members[1].len()) as u64;
        assert_eq!(
            seen,
            vec![
                (0, b"first member\n".to_vec()),
                (third_at, b"third member\n".to_vec())
            ]
        );
        assert_eq!(r.stream_position().unwrap(), 26);
        // Cut anywhere inside the last member, even before any of its data comes out.
        for cut in 1..members[2].len() {
            let mut r = GzMembers::new(io::Cursor::new(whole[..whole.len() - cut].to_vec()));
            let mut out = Vec::new();
            let err = r.read_to_end(&mut out).unwrap_err();
            assert!(
                err.to_string()
                    .contains(&format!("gzip member at byte {third_at} is ")),
                "{err}"
            );
            assert!(out.starts_with(b"first member\n"));
        }
    }
}
