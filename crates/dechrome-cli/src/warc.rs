//! WARC input for `dechrome batch`: the library's reader ([`dechrome::warc`]) per file or
//! stream, its records as batch items (an id, the fields passed to the output), and the
//! run's summary of what was skipped.

use std::fmt::Write as _;

use dechrome::warc::{RecordError, RecordInfo, WarcPage, WarcReader, WarcStats};
use serde_json::{Map, Value};

/// What the WARC inputs of one batch came to, besides pages.
#[derive(Debug, Default)]
pub(crate) struct Totals {
    /// WARC streams opened.
    pub(crate) files: u64,
    /// The counts of the streams read to their end, and type-less payloads found not HTML.
    pub(crate) stats: WarcStats,
}

impl Totals {
    /// WARC records skipped so far (pages are counted by the writer).
    pub(crate) fn skipped(&self) -> u64 {
        self.stats.skipped().map(|(_, n)| n).sum()
    }

    /// `12 WARC records skipped (6 request, 1 warcinfo, 5 non-HTML response)`, or `None`
    /// when no WARC was read.
    pub(crate) fn summary(&self) -> Option<String> {
        if self.files == 0 {
            return None;
        }
        let mut s = format!("{} WARC records skipped", self.skipped());
        let parts: Vec<String> = self
            .stats
            .skipped()
            .map(|(why, n)| format!("{n} {why}"))
            .collect();
        if !parts.is_empty() {
            let _ = write!(s, " ({})", parts.join(", "));
        }
        if self.stats.truncated > 0 {
            let _ = write!(s, ", {} truncated", self.stats.truncated);
        }
        Some(s)
    }
}

/// One WARC stream being read, named for ids (`SOURCE@OFFSET`).
pub(crate) struct Source {
    pub(crate) reader: WarcReader,
    pub(crate) name: String,
}

/// An HTML response read from a WARC, payload still as stored.
#[derive(Debug)]
pub(crate) struct Record {
    /// `SOURCE@OFFSET`, the id when the record has no field chosen as id.
    pub(crate) fallback_id: String,
    /// Passed through to the output: `url`, `warc_date`, `warc_record_id`.
    pub(crate) fields: Map<String, Value>,
    pub(crate) page: WarcPage,
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

impl Source {
    /// The next page or failure, `None` at the end (its counts then go to `totals`).
    pub(crate) fn next_item(&mut self, totals: &mut Totals) -> Option<Item> {
        let Some(item) = self.reader.next() else {
            totals.stats.merge(self.reader.stats());
            return None;
        };
        Some(match item {
            Ok(page) => Item::Page(Record {
                fallback_id: self.fallback_id(&page.info),
                fields: fields(&page.info),
                page,
            }),
            Err(error) => Item::Failed {
                fallback_id: self.fallback_id(error.info()),
                fields: fields(error.info()),
                error,
            },
        })
    }

    fn fallback_id(&self, info: &RecordInfo) -> String {
        format!("{}@{}", self.name, info.offset)
    }
}

/// The fields a record passes to the output: `url`, `warc_date`, `warc_record_id`.
fn fields(info: &RecordInfo) -> Map<String, Value> {
    [
        ("url", &info.url),
        ("warc_date", &info.date),
        ("warc_record_id", &info.record_id),
    ]
    .into_iter()
    .filter_map(|(k, v)| Some((k.to_owned(), Value::String(v.clone()?))))
    .collect()
}
