//! WARC input (feature `warc`): the HTML responses of a crawl, one record at a time, in
//! bounded memory, with every record that gives no page either counted (not HTML, not a
//! response, not 2xx) or reported as a typed error. The `dechrome batch` command and the
//! Python package (`dechrome.warc`) read WARC files through this one reader.
//!
//! ```no_run
//! use dechrome::warc::WarcReader;
//!
//! let cleaner = dechrome::Cleaner::default();
//! let mut records = WarcReader::open("crawl.warc.gz")?;
//! for record in records.by_ref() {
//!     match record {
//!         Ok(page) => {
//!             // The payload with its transfer and content codings undone; `None` when a
//!             // response that declares no type does not look like HTML.
//!             let Some(payload) = page.payload(dechrome::DEFAULT_MAX_INPUT_BYTES)? else {
//!                 continue;
//!             };
//!             let article = cleaner.clean_page(&page.input(&payload))?;
//!             println!("{}", article.text());
//!         }
//!         Err(e) => eprintln!("{e}"), // a damaged record: reading goes on
//!     }
//! }
//! println!("{} records, {} pages", records.stats().records, records.stats().pages);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Damaged input
//! Records are framed here rather than by `fastwarc`'s iterator, so that a bad one costs
//! itself only: a block must be followed by blank lines and the next `WARC/` line (or the
//! end). When it is not (a Content-Length too long or too short, a file that ends inside a
//! record), the record fails, the records its length swallowed are read again from the
//! bytes kept of it (at most as many bytes in all as the stream has: linear time), and
//! otherwise the stream is scanned to the next line that starts a record. In a `.warc.gz`,
//! gzip members that are corrupt, or junk between members, are skipped to the next member.
//! A payload over the limit is refused without being decompressed past it (a small
//! "compression bomb" cannot exhaust memory).
//!
//! Split of the work, for callers that clean on a pool: iterating parses the WARC and
//! HTTP headers and reads each block (its first bytes kept, up to the payload limit plus a
//! header); [`WarcPage::payload`] undoes the codings and can run on another thread.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, BufRead, Read, Seek, SeekFrom};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use fastwarc::stream_io::bufread::RawReaderAdapter;
use fastwarc::stream_io::traits::{IntoWarcReader, WarcRead};
use fastwarc::warc::record::{WarcRecord, WarcRecordType};

/// Longest WARC or HTTP header block accepted (fastwarc's default is 32 KiB; crawled HTTP
/// heads with many cookies can be longer).
const MAX_HEADER_LEN: usize = 256 << 10;
/// Bytes of a payload searched for `<html` / `<!doctype html` when it declares no type.
const SNIFF_LEN: usize = 1024;
/// HTTP media types that are read as HTML.
pub const HTML_TYPES: [&str; 2] = ["text/html", "application/xhtml+xml"];

/// Why a record was not turned into a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Skip {
    /// A record that is not a `response` (request, metadata, warcinfo, revisit...): its
    /// `WARC-Type`.
    Type(&'static str),
    /// A response whose payload is not an HTTP message.
    NotHttp,
    /// An HTTP response whose status is not 2xx (redirects, errors: no article); see
    /// [`WarcReader::include_non_ok`].
    Status,
    /// An HTTP response whose Content-Type is not HTML, or, with no type, that does not
    /// look like HTML (counted by the caller, who decodes the payload: [`WarcStats::skip`]).
    NotHtml,
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Skip::Type(t) => t,
            Skip::NotHttp => "non-HTTP response",
            Skip::Status => "non-2xx response",
            Skip::NotHtml => "non-HTML response",
        })
    }
}

/// What a [`WarcReader`] has read so far.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WarcStats {
    /// Records whose WARC headers parsed, of any type.
    pub records: u64,
    /// `response` records among them.
    pub responses: u64,
    /// Pages handed out ([`WarcPage`]s).
    pub pages: u64,
    /// Records cut short by the end of their stream (failed, or handed out flagged with
    /// [`WarcReader::keep_truncated`]).
    pub truncated: u64,
    /// Records (and stretches of the stream) that gave an error.
    pub errors: u64,
    skipped: BTreeMap<Skip, u64>,
}

impl WarcStats {
    /// Counts a record skipped for `why`.
    pub fn skip(&mut self, why: Skip) {
        *self.skipped.entry(why).or_default() += 1;
    }

    /// Records skipped, by reason, in a stable order.
    pub fn skipped(&self) -> impl Iterator<Item = (Skip, u64)> + '_ {
        self.skipped.iter().map(|(k, n)| (*k, *n))
    }

    /// Records skipped for `why`.
    pub fn skipped_for(&self, why: Skip) -> u64 {
        self.skipped.get(&why).copied().unwrap_or(0)
    }

    /// Adds another reader's counts to these.
    pub fn merge(&mut self, other: &WarcStats) {
        self.records += other.records;
        self.responses += other.responses;
        self.pages += other.pages;
        self.truncated += other.truncated;
        self.errors += other.errors;
        for (k, n) in &other.skipped {
            *self.skipped.entry(*k).or_default() += n;
        }
    }
}

/// Why a WARC record gave no page.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WarcError {
    /// The stream ended inside the record.
    #[error("truncated: {got} of {expected} bytes of the record's block after its headers")]
    Truncated {
        /// The record's Content-Length.
        expected: u64,
        /// Bytes the stream had.
        got: u64,
    },
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
    /// Compressed data that could not be read and was skipped (a corrupt gzip member, or
    /// junk between members).
    #[error("{0}")]
    Skipped(String),
    /// Another error, after which records inside the block were not read again: the
    /// stream's bytes were already read again as often as the stream is long.
    #[error(
        "{error}; the {bytes} bytes after the next record start inside it are not read again \
         (as many bytes were read again as the file has)"
    )]
    NotReread {
        /// The record's error.
        #[source]
        error: Box<WarcError>,
        /// Bytes not read again.
        bytes: u64,
    },
    /// Another error, after which the bytes up to the next record were skipped.
    #[error("{error}; {bytes} bytes skipped to the next record")]
    Resync {
        /// The record's error.
        #[source]
        error: Box<WarcError>,
        /// Bytes skipped.
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
    /// The payload, as stored or once decoded, is larger than the limit.
    #[error(
        "payload is over the limit of {0} bytes; raise the input limit (--max-input-bytes, \
         max_bytes) if this page is legitimate"
    )]
    TooLarge(usize),
    /// A `Transfer-Encoding: chunked` body whose chunk framing breaks off.
    #[error("invalid chunked transfer coding at byte {0}")]
    Chunked(usize),
    /// A chunk that declares more bytes than the body has left (cut off, or a bogus size).
    #[error("truncated: the chunk at byte {at} declares {size} bytes, {left} are left")]
    ChunkCut {
        /// Offset of the chunk-size line in the body.
        at: usize,
        /// Bytes it declares.
        size: usize,
        /// Bytes the body has after the line.
        left: usize,
    },
    /// A content-encoded body that does not decode.
    #[error("cannot decode Content-Encoding {coding}: {message}")]
    Decode {
        /// The coding (`gzip`, `br`...).
        coding: String,
        /// The decoder's message.
        message: String,
    },
    /// A Content-Encoding declared on a body that is not plain markup and that we cannot decode.
    #[error("unsupported Content-Encoding {0:?}")]
    UnsupportedCoding(String),
    /// A panic inside the WARC reader (a bug there, on hostile input).
    #[error("internal error in the WARC reader: {0}; the rest of this stream is not read")]
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

    /// The error itself, under the notes on what was skipped or not read again.
    pub fn cause(&self) -> &WarcError {
        match self {
            WarcError::NotReread { error, .. } | WarcError::Resync { error, .. } => error.cause(),
            other => other,
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

/// Where a record is and what it says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordInfo {
    /// `WARC-Target-URI` (angle brackets of WARC 1.0 removed).
    pub url: Option<String>,
    /// `WARC-Date`, as written (ISO 8601).
    pub date: Option<String>,
    /// `WARC-Record-ID`.
    pub record_id: Option<String>,
    /// Where the record starts in the file (its gzip member's start, for `.warc.gz`); for
    /// an error between records, where the last record read starts (0 before any).
    pub offset: u64,
}

/// A [`WarcError`] with the record it happened to: `WARC record <urn:...> at byte 1234: ...`.
#[derive(Debug)]
pub struct RecordError(Box<Placed>);

#[derive(Debug)]
struct Placed {
    info: RecordInfo,
    place: String,
    error: WarcError,
}

impl RecordError {
    fn record(info: RecordInfo, error: WarcError) -> RecordError {
        let place = format!(
            "WARC record {} at byte {}",
            info.record_id.as_deref().unwrap_or("?"),
            info.offset
        );
        RecordError(Box::new(Placed { info, place, error }))
    }

    /// The record (all `None` but the offset for an error between records).
    pub fn info(&self) -> &RecordInfo {
        &self.0.info
    }

    /// What went wrong.
    pub fn error(&self) -> &WarcError {
        &self.0.error
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.0.place, self.0.error)
    }
}

impl std::error::Error for RecordError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0.error)
    }
}

/// An HTML response read from a WARC, its payload still as stored.
#[derive(Debug)]
#[non_exhaustive]
pub struct WarcPage {
    /// The record.
    pub info: RecordInfo,
    /// The media type of the HTTP Content-Type, lowercased, if any.
    pub content_type: Option<String>,
    /// The charset of the HTTP Content-Type, when it names one the decoder knows.
    pub charset: Option<String>,
    /// The record is shorter than its Content-Length (the stream ended inside it); only
    /// with [`WarcReader::keep_truncated`].
    pub truncated: bool,
    /// The HTTP payload as stored (possibly still chunked or compressed).
    body: Vec<u8>,
    transfer_encoding: Option<String>,
    content_encoding: Option<String>,
}

/// A page's payload as the server meant it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Payload {
    /// The HTML bytes, in the page's own encoding.
    pub html: Vec<u8>,
    /// A compressed or chunked stream that ended early: what decoded up to there.
    pub cut_short: bool,
}

impl WarcPage {
    /// The page to clean: `payload`'s HTML with the record's URL and the HTTP charset.
    pub fn input<'a>(&'a self, payload: &'a Payload) -> crate::Page<'a> {
        let mut page = crate::Page::new(&payload.html);
        if let Some(url) = self.info.url.as_deref() {
            page = page.url(url);
        }
        if let Some(charset) = self.charset.as_deref() {
            page = page.charset(charset);
        }
        page
    }

    /// The payload with its transfer coding (chunked) and content codings (gzip, deflate,
    /// br, zstd) undone, at most `limit` bytes; `None` when a response that declares no
    /// Content-Type does not look like HTML (count it with [`WarcStats::skip`]).
    pub fn payload(&self, limit: usize) -> Result<Option<Payload>, RecordError> {
        let at = |error| RecordError::record(self.info.clone(), error);
        let (html, complete) = decode_payload(
            &self.body,
            self.transfer_encoding.as_deref(),
            self.content_encoding.as_deref(),
            limit,
        )
        .map_err(at)?;
        if self.content_type.is_none() && !sniff_html(&html) {
            return Ok(None);
        }
        Ok(Some(Payload {
            html,
            cut_short: !complete,
        }))
    }
}

/// The records of one WARC stream (plain, or gzip with one member per record, recognised
/// by its magic bytes), read one at a time: an iterator of pages and record errors.
/// Records skipped (not a response, not 2xx, not HTML) are counted in [`WarcReader::stats`].
/// After a read error that loses the stream, the iterator ends.
pub struct WarcReader {
    /// `None` once the stream is lost (a read error) or ended.
    reader: Option<Rewind>,
    limit: usize,
    include_non_ok: bool,
    keep_truncated: bool,
    stats: WarcStats,
    /// Start of the last record read, to place an error that has no record.
    last_offset: Option<u64>,
    /// A read error met after a record's block, reported after the record.
    pending: Option<io::Error>,
    done: bool,
    /// Bytes read again (see [`Rewind`]), kept when the stream ends.
    #[cfg(test)]
    replayed: u64,
}

impl fmt::Debug for WarcReader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WarcReader")
            .field("limit", &self.limit)
            .field("include_non_ok", &self.include_non_ok)
            .field("keep_truncated", &self.keep_truncated)
            .field("stats", &self.stats)
            .finish_non_exhaustive()
    }
}

/// What one record comes to.
enum Step {
    Skip(Skip),
    Item(Result<WarcPage, RecordError>),
    /// An item after which the stream cannot be read on.
    Last(Result<WarcPage, RecordError>),
}

impl WarcReader {
    /// Opens a WARC file (`.warc` or `.warc.gz`: gzip is recognised by its magic bytes).
    pub fn open(path: impl AsRef<Path>) -> io::Result<WarcReader> {
        let mut file = io::BufReader::with_capacity(1 << 20, std::fs::File::open(path)?);
        let reader = if file.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
            GzMembers::new(file).into_warc_reader()
        } else {
            file.into_warc_reader()
        };
        Ok(WarcReader::new(reader))
    }

    /// Reads a WARC from a stream read once, forwards (stdin, a socket, a Python file
    /// object); gzip is recognised by its magic bytes.
    pub fn from_reader(mut reader: impl BufRead + Send + 'static) -> io::Result<WarcReader> {
        if reader.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
            return Ok(WarcReader::new(GzMembers::new(reader).into_warc_reader()));
        }
        let reader = RawReaderAdapter::new(ForwardOnly {
            inner: Box::new(reader),
            pos: 0,
        });
        Ok(WarcReader::new(reader.into_warc_reader()))
    }

    fn new(reader: Box<dyn WarcRead>) -> WarcReader {
        WarcReader {
            reader: Some(Rewind::new(reader)),
            limit: crate::DEFAULT_MAX_INPUT_BYTES,
            include_non_ok: false,
            keep_truncated: false,
            stats: WarcStats::default(),
            last_offset: None,
            pending: None,
            done: false,
            #[cfg(test)]
            replayed: 0,
        }
    }

    /// The largest payload handed out, as stored and once decoded (default: the cleaner's
    /// [`DEFAULT_MAX_INPUT_BYTES`](crate::DEFAULT_MAX_INPUT_BYTES)); a larger one is a
    /// [`WarcError::TooLarge`]. At most this much (plus a header) of a record is held.
    #[must_use]
    pub fn max_payload_bytes(mut self, limit: usize) -> WarcReader {
        self.limit = limit;
        self
    }

    /// Hands out responses whose HTTP status is not 2xx too (default: skipped).
    #[must_use]
    pub fn include_non_ok(mut self, yes: bool) -> WarcReader {
        self.include_non_ok = yes;
        self
    }

    /// Hands out a record cut short by the end of the stream as a page flagged
    /// [`WarcPage::truncated`] (its beginning often holds the article), instead of a
    /// [`WarcError::Truncated`] (default).
    #[must_use]
    pub fn keep_truncated(mut self, yes: bool) -> WarcReader {
        self.keep_truncated = yes;
        self
    }

    /// What was read so far.
    pub fn stats(&self) -> &WarcStats {
        &self.stats
    }

    /// Counts a record its caller skipped (a type-less payload that is not HTML).
    pub fn stats_mut(&mut self) -> &mut WarcStats {
        &mut self.stats
    }

    fn next_item(&mut self) -> Option<Result<WarcPage, RecordError>> {
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
            let item = match step {
                None => {
                    self.done = true;
                    return None;
                }
                Some(Step::Skip(why)) => {
                    self.stats.skip(why);
                    continue;
                }
                Some(Step::Item(item)) => item,
                Some(Step::Last(item)) => {
                    self.done = true;
                    item
                }
            };
            match &item {
                Ok(_) => self.stats.pages += 1,
                Err(_) => self.stats.errors += 1,
            }
            return Some(item);
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
        self.stats.records += 1;
        let info = record_info(&r, offset);
        let failed = |error| Err(RecordError::record(info.clone(), error));

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
                    return Some(Step::Last(failed(WarcError::Io(e))));
                }
                let error = match e.kind() {
                    io::ErrorKind::InvalidData => WarcError::Skipped(e.to_string()),
                    _ => WarcError::from(e),
                };
                return Some(Step::Item(failed(error)));
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
        let mut truncated = false;
        if let Some(mut error) = problem {
            if matches!(error, WarcError::Truncated { .. }) {
                self.stats.truncated += 1;
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
                // The stream ended inside this record and nothing follows it: its
                // beginning is handed out when the caller wants it.
                None if self.keep_truncated && matches!(error, WarcError::Truncated { .. }) => {
                    truncated = true;
                }
                None => match skip_to_record(reader) {
                    Ok(0) => {}
                    Ok(n) => error = error.skipped(n),
                    Err(e) => {
                        self.pending = Some(e);
                    }
                },
            }
            if !truncated {
                return Some(Step::Item(failed(error)));
            }
        }
        let whole = block.len() as u64 == got;
        r.set_bytes_payload(block);
        Some(self.record_step(&mut r, info, whole, truncated))
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
    fn stream_error(&self, error: WarcError) -> Result<WarcPage, RecordError> {
        let (offset, place) = match self.last_offset {
            Some(at) => (at, format!("WARC data after the record at byte {at}")),
            None => (0, "WARC data at the start".to_owned()),
        };
        let info = RecordInfo {
            offset,
            ..RecordInfo::default()
        };
        Err(RecordError(Box::new(Placed { info, place, error })))
    }

    /// A record whose block is in memory (`whole`: all of it kept; `truncated`: the
    /// stream ended inside it): a page, a skip or a failure.
    fn record_step(
        &mut self,
        r: &mut WarcRecord,
        info: RecordInfo,
        whole: bool,
        truncated: bool,
    ) -> Step {
        let fail = |error: WarcError| Step::Item(Err(RecordError::record(info.clone(), error)));
        let record_type = r.record_type();
        if record_type != WarcRecordType::Response {
            return Step::Skip(Skip::Type(record_type.as_str()));
        }
        self.stats.responses += 1;
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
            return fail(WarcError::Http(e.to_string()));
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
            return fail(WarcError::Http("no HTTP head".into()));
        };
        let Some(status) = status else {
            return fail(WarcError::Http("no HTTP status line".into()));
        };
        let skip = if !(200..300).contains(&status) && !self.include_non_ok {
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
            return fail(WarcError::TooLarge(self.limit));
        }
        let body = match read_body(r, self.limit) {
            Ok(body) => body,
            Err(error) => return fail(error),
        };
        let charset = content_type.as_deref().and_then(charset_of);
        let media = content_type.as_deref().map(|t| {
            t.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        });
        Step::Item(Ok(WarcPage {
            info,
            content_type: media,
            charset,
            truncated,
            body,
            transfer_encoding,
            content_encoding,
        }))
    }
}

impl Iterator for WarcReader {
    type Item = Result<WarcPage, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_item()
    }
}

/// A WARC header's value, trimmed.
fn header(r: &WarcRecord, name: &str) -> Option<String> {
    r.headers().get(name).map(|v| v.trim().to_owned())
}

/// The record's URL, date and id.
fn record_info(r: &WarcRecord, offset: u64) -> RecordInfo {
    // WARC 1.0's grammar put the URI in angle brackets; some writers still do.
    let url = header(r, "WARC-Target-URI").map(|uri| {
        uri.strip_prefix('<')
            .and_then(|u| u.strip_suffix('>'))
            .map_or_else(|| uri.clone(), str::to_owned)
    });
    RecordInfo {
        url,
        date: header(r, "WARC-Date"),
        record_id: header(r, "WARC-Record-ID"),
        offset,
    }
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
pub fn is_html_type(content_type: &str) -> bool {
    let media = content_type.split(';').next().unwrap_or("").trim();
    HTML_TYPES.iter().any(|t| media.eq_ignore_ascii_case(t))
}

/// The `charset` parameter of a Content-Type, when encoding_rs knows the label (an unknown
/// label is ignored, as browsers do, rather than failing the page).
pub fn charset_of(content_type: &str) -> Option<String> {
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
pub fn sniff_html(payload: &[u8]) -> bool {
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

/// The HTTP payload as the server meant it: transfer coding and content codings undone,
/// and whether every stream in it ended properly (`false`: cut short, what came is kept).
///
/// Archivers differ: Common Crawl stores bodies de-chunked and decompressed but keeps the
/// headers (or renames them), others store the bytes as sent. So each coding is undone only
/// when the bytes show it: a chunk-size line for chunked, magic bytes for gzip and zstd,
/// anything but markup for deflate and br.
fn decode_payload(
    body: &[u8],
    transfer_encoding: Option<&str>,
    content_encoding: Option<&str>,
    limit: usize,
) -> Result<(Vec<u8>, bool), WarcError> {
    let chunked = transfer_encoding.is_some_and(|te| {
        te.split(',')
            .any(|c| c.trim().eq_ignore_ascii_case("chunked"))
    });
    let (mut payload, mut complete) = if chunked && looks_chunked(body) {
        dechunk(body, limit)?
    } else {
        if body.len() > limit {
            return Err(WarcError::TooLarge(limit));
        }
        (body.to_vec(), true)
    };
    let codings: Vec<String> = content_encoding
        .unwrap_or("")
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty() && c != "identity")
        .collect();
    // Codings are listed in the order they were applied: undo the last first.
    for coding in codings.iter().rev() {
        let (decoded, whole) = decode_coding(payload, coding, limit)?;
        payload = decoded;
        complete &= whole;
    }
    Ok((payload, complete))
}

/// Undoes one content coding, or leaves bytes that do not carry it as they are; says
/// whether the stream ended properly.
fn decode_coding(bytes: Vec<u8>, coding: &str, limit: usize) -> Result<(Vec<u8>, bool), WarcError> {
    use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};
    use io::Cursor;
    let reader: Box<dyn Read> = match coding {
        "gzip" | "x-gzip" if bytes.starts_with(&[0x1f, 0x8b]) => {
            Box::new(MultiGzDecoder::new(Cursor::new(bytes)))
        }
        "zstd" if bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) => Box::new(
            fastwarc::stream_io::zstd::ZstdReader::new(Cursor::new(bytes)),
        ),
        // Stored decoded with the header kept (Common Crawl's way): markup passes as is.
        _ if looks_like_markup(&bytes) => return Ok((bytes, true)),
        "gzip" | "x-gzip" | "zstd" => {
            return Err(WarcError::Decode {
                coding: coding.to_owned(),
                message: "no such stream at the start of the body, which is not markup either"
                    .to_owned(),
            });
        }
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
    let complete = match read {
        // A stream cut short (the crawler's size cap) still gives the page's beginning.
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof && !out.is_empty() => false,
        Err(e) => {
            return Err(WarcError::Decode {
                coding: coding.to_owned(),
                message: e.to_string(),
            });
        }
        Ok(_) => true,
    };
    if out.len() > limit {
        return Err(WarcError::TooLarge(limit));
    }
    Ok((out, complete))
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
/// gives what it has, flagged incomplete; a chunk-size line that is not one is an error, and so is a chunk
/// larger than the rest of the body: its "data" would be whatever follows, the framing of
/// later chunks included.
fn dechunk(body: &[u8], limit: usize) -> Result<(Vec<u8>, bool), WarcError> {
    let mut out = Vec::with_capacity(body.len());
    let mut at = 0;
    let mut last_chunk = false;
    while at < body.len() {
        let rest = body.get(at..).unwrap_or_default();
        let Some((size, line)) = chunk_size_line(rest) else {
            return Err(WarcError::Chunked(at));
        };
        if size == 0 {
            last_chunk = true;
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
    Ok((out, last_chunk))
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
    any_and_seek!();

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

/// The `WarcRead` methods every reader here implements alike: downcasts, and seeking by
/// its own `Seek`.
macro_rules! any_and_seek {
    () => {
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
    };
}
use any_and_seek;

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
    any_and_seek!();

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
        let out = decode_payload(chunked, Some("chunked"), None, 1000)
            .unwrap()
            .0;
        assert_eq!(out, b"<p>Hello world!");
        // Common Crawl: de-chunked body, header kept.
        let plain = b"<p>Already decoded</p>";
        assert_eq!(
            decode_payload(plain, Some("chunked"), None, 1000)
                .unwrap()
                .0,
            plain
        );
        // Cut off between chunks: what arrived is kept.
        let cut = b"7\r\n<p>Hell\r\n5\r\no wor\r\n";
        assert_eq!(
            decode_payload(cut, Some("chunked"), None, 1000).unwrap(),
            (b"<p>Hello wor".to_vec(), false)
        );
        assert!(
            decode_payload(chunked, Some("chunked"), None, 1000)
                .unwrap()
                .1
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
        // A whole body with one content coding undone, as it came out.
        let decoded = |body: &[u8], coding| {
            let (out, complete) = decode_payload(body, None, Some(coding), 1 << 20).unwrap();
            assert!(complete, "{coding}");
            out
        };
        let gz = gzip(&html);
        assert_eq!(decoded(&gz, "gzip"), html);
        assert_eq!(decoded(&gz, "X-Gzip"), html);
        // Stored decompressed with the header kept.
        assert_eq!(decoded(&html, "gzip"), html);
        // Chunked and gzip together: chunks of the gzip stream.
        let (a, b) = gz.split_at(10);
        let mut chunked = format!("{:x}\r\n", a.len()).into_bytes();
        chunked.extend_from_slice(a);
        chunked.extend_from_slice(format!("\r\n{:x}\r\n", b.len()).as_bytes());
        chunked.extend_from_slice(b);
        chunked.extend_from_slice(b"\r\n0\r\n\r\n");
        assert_eq!(
            decode_payload(&chunked, Some("chunked"), Some("gzip"), 1 << 20)
                .unwrap()
                .0,
            html
        );
        // zlib-wrapped and raw deflate.
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(&html).unwrap();
        let z = z.finish().unwrap();
        assert_eq!(decoded(&z, "deflate"), html);
        let mut d = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        d.write_all(&html).unwrap();
        let d = d.finish().unwrap();
        assert_eq!(decoded(&d, "deflate"), html);
        // Brotli and zstd through fastwarc's codecs.
        let mut br = fastwarc::stream_io::brotli::BrotliWriter::new(Vec::new());
        br.write_all(&html).unwrap();
        let br = br.into_inner().unwrap();
        assert_eq!(decoded(&br, "br"), html);
        let mut zs = fastwarc::stream_io::zstd::ZstdWriter::new(Vec::new());
        zs.write_all(&html).unwrap();
        let zs = zs.into_inner().unwrap();
        assert_eq!(decoded(&zs, "zstd"), html);
        // A gzip bomb stops at the limit.
        let zeros = gzip(&vec![b'<'; 1 << 20]);
        assert!(matches!(
            decode_payload(&zeros, None, Some("gzip"), 1000),
            Err(WarcError::TooLarge(1000))
        ));
        // A gzip stream cut short keeps its beginning; a corrupt one is an error.
        let cut = gz.get(..gz.len() / 2).unwrap();
        let (partial, complete) = decode_payload(cut, None, Some("gzip"), 1 << 20).unwrap();
        assert!(!partial.is_empty() && html.starts_with(&partial) && !complete);
        let mut bad = gz.clone();
        bad.truncate(10);
        bad.extend_from_slice(&[0xff; 40]);
        assert!(matches!(
            decode_payload(&bad, None, Some("gzip"), 1 << 20),
            Err(WarcError::Decode { .. })
        ));
        assert!(matches!(
            decode_payload(b"not gzip at all", None, Some("gzip"), 1 << 20),
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
        let mut source = WarcReader::from_reader(io::Cursor::new(bytes.into_bytes()))
            .unwrap()
            .max_payload_bytes(1 << 20);
        let mut failed = 0;
        for item in source.by_ref() {
            assert!(item.is_err());
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

    /// A WARC record: `response` with an HTTP head, or another type with a plain block.
    fn record(kind: &str, id: usize, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:{id}>\r\n\
             WARC-Target-URI: <https://example.org/{id}>\r\nWARC-Date: 2026-01-0{id}T00:00:00Z\r\n\
             Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    fn http(status: &str, content_type: &str, body: &str) -> Vec<u8> {
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes()
    }

    const PAGE: &str = "<html><body><p>A page of text.</p></body></html>";

    fn crawl() -> Vec<u8> {
        [
            record("warcinfo", 1, b"software: test\r\n"),
            record(
                "response",
                2,
                &http("200 OK", "text/html; charset=ISO-8859-1", PAGE),
            ),
            record("response", 3, &http("404 Not Found", "text/html", PAGE)),
            record("response", 4, &http("200 OK", "image/png", "\u{89}PNG")),
        ]
        .concat()
    }

    #[test]
    fn pages_carry_their_record_and_skips_are_counted() {
        let mut reader = WarcReader::from_reader(io::Cursor::new(crawl())).unwrap();
        let pages: Vec<WarcPage> = reader.by_ref().map(Result::unwrap).collect();
        assert_eq!(pages.len(), 1);
        let page = &pages[0];
        assert_eq!(page.info.url.as_deref(), Some("https://example.org/2"));
        assert_eq!(page.info.record_id.as_deref(), Some("<urn:2>"));
        assert_eq!(page.info.date.as_deref(), Some("2026-01-02T00:00:00Z"));
        assert_eq!(page.content_type.as_deref(), Some("text/html"));
        assert_eq!(page.charset.as_deref(), Some("ISO-8859-1"));
        assert!(!page.truncated);
        let payload = page.payload(1 << 20).unwrap().unwrap();
        assert_eq!(payload.html, PAGE.as_bytes());
        let stats = reader.stats();
        assert_eq!((stats.records, stats.responses, stats.pages), (4, 3, 1));
        assert_eq!(stats.skipped_for(Skip::Type("warcinfo")), 1);
        assert_eq!(stats.skipped_for(Skip::Status), 1);
        assert_eq!(stats.skipped_for(Skip::NotHtml), 1);
    }

    #[test]
    fn non_ok_responses_on_request() {
        let reader = WarcReader::from_reader(io::Cursor::new(crawl()))
            .unwrap()
            .include_non_ok(true);
        let ids: Vec<_> = reader.map(|p| p.unwrap().info.offset).collect();
        assert_eq!(ids.len(), 2);
    }

    #[test]
    fn a_record_cut_by_the_end_is_an_error_or_a_flagged_page() {
        let mut bytes = crawl();
        let last = record("response", 5, &http("200 OK", "text/html", PAGE));
        bytes.extend_from_slice(last.get(..last.len() - 20).unwrap());
        let gz: Vec<u8> = gzip(&bytes);
        for input in [bytes, gz] {
            let items: Vec<_> = WarcReader::from_reader(io::Cursor::new(input.clone()))
                .unwrap()
                .collect();
            assert_eq!(items.len(), 2);
            let err = items[1].as_ref().unwrap_err();
            assert!(
                matches!(
                    err.error().cause(),
                    WarcError::Truncated { .. } | WarcError::CutShort(_)
                ),
                "{err}"
            );
            let mut reader = WarcReader::from_reader(io::Cursor::new(input))
                .unwrap()
                .keep_truncated(true);
            let pages: Vec<_> = reader.by_ref().collect();
            let cut = pages.get(1).unwrap().as_ref().unwrap();
            assert!(cut.truncated);
            assert_eq!(cut.info.record_id.as_deref(), Some("<urn:5>"));
            let html = cut.payload(1 << 20).unwrap().unwrap().html;
            assert!(PAGE.as_bytes().starts_with(&html) && !html.is_empty());
            assert_eq!(reader.stats().truncated, 1);
        }
    }
}
