//! `dechrome._native.WarcReader`: the crate's WARC reader ([`dechrome::warc`]) for
//! `dechrome.warc.iter_warc`, over a path or any binary file object (read forwards only).

use std::io::{self, BufReader, Read};
use std::sync::Mutex;

use dechrome::warc::{Skip, WarcError, WarcReader as RsReader};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};

/// A Python binary file object as a `Read`: each read calls its `read(n)` with the GIL.
struct PyFile(Py<PyAny>);

impl Read for PyFile {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        Python::attach(|py| {
            let got = self
                .0
                .bind(py)
                .call_method1("read", (buf.len(),))
                .map_err(|e| io::Error::other(e.to_string()))?;
            let bytes: &[u8] = got.extract().map_err(|_| {
                io::Error::new(io::ErrorKind::InvalidInput, "read() did not return bytes")
            })?;
            let n = bytes.len().min(buf.len());
            buf.get_mut(..n)
                .unwrap_or_default()
                .copy_from_slice(bytes.get(..n).unwrap_or_default());
            Ok(n)
        })
    }
}

/// The HTML responses of one WARC stream, as dicts (see `dechrome.warc.iter_warc`): a page
/// (`url`, `date`, `record_id`, `html`, `charset`, `content_type`, `truncated`, `offset`) or
/// a record that gave none (`error`, `kind`: "too_large", "bad_encoding", "truncated" or
/// "other", `offset`, `url`, `record_id`).
#[pyclass(module = "dechrome._native")]
pub(crate) struct WarcReader {
    /// In a mutex only to be `Sync`, as a pyclass must (`__next__` has it exclusively).
    inner: Mutex<RsReader>,
    limit: usize,
    /// Reading from a Python file object needs the GIL for every read: kept, not released.
    from_file: bool,
}

#[pymethods]
impl WarcReader {
    #[new]
    #[pyo3(signature = (source, *, max_bytes, include_non_ok = false))]
    fn new(source: &Bound<'_, PyAny>, max_bytes: usize, include_non_ok: bool) -> PyResult<Self> {
        let from_file = source.hasattr("read")?;
        let reader = if from_file {
            RsReader::from_reader(BufReader::with_capacity(
                1 << 20,
                PyFile(source.clone().unbind()),
            ))?
        } else {
            let path: std::path::PathBuf = source.extract().map_err(|_| {
                PyValueError::new_err("source must be a path or a binary file object")
            })?;
            RsReader::open(path)?
        };
        Ok(WarcReader {
            inner: Mutex::new(
                reader
                    .max_payload_bytes(max_bytes)
                    .include_non_ok(include_non_ok)
                    .keep_truncated(true),
            ),
            limit: max_bytes,
            from_file,
        })
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyDict>>> {
        let limit = self.limit;
        let inner = self.inner.get_mut().unwrap_or_else(|e| e.into_inner());
        loop {
            // A page comes with its decoded payload (decoded here, off the GIL for files).
            let mut step = || {
                inner.next().map(|item| {
                    item.map(|page| {
                        let payload = page.payload(limit);
                        (page, payload)
                    })
                })
            };
            let next = if self.from_file {
                step()
            } else {
                py.detach(&mut step)
            };
            let Some(item) = next else {
                return Ok(None);
            };
            let d = PyDict::new(py);
            let error = match item {
                Ok((page, Ok(Some(payload)))) => {
                    d.set_item("url", &page.info.url)?;
                    d.set_item("date", &page.info.date)?;
                    d.set_item("record_id", &page.info.record_id)?;
                    d.set_item("html", PyBytes::new(py, &payload.html))?;
                    d.set_item("charset", &page.charset)?;
                    d.set_item("content_type", &page.content_type)?;
                    d.set_item("truncated", page.truncated || payload.cut_short)?;
                    d.set_item("offset", page.info.offset)?;
                    return Ok(Some(d.unbind()));
                }
                // A response without a type whose payload does not look like HTML.
                Ok((_, Ok(None))) => {
                    inner.stats_mut().skip(Skip::NotHtml);
                    continue;
                }
                Ok((_, Err(e))) | Err(e) => e,
            };
            let kind = match error.error().cause() {
                WarcError::TooLarge(_) => "too_large",
                WarcError::Decode { .. } | WarcError::UnsupportedCoding(_) => "bad_encoding",
                WarcError::Truncated { .. } | WarcError::CutShort(_) => "truncated",
                _ => "other",
            };
            d.set_item("error", error.to_string())?;
            d.set_item("kind", kind)?;
            d.set_item("offset", error.info().offset)?;
            d.set_item("url", &error.info().url)?;
            d.set_item("record_id", &error.info().record_id)?;
            return Ok(Some(d.unbind()));
        }
    }

    /// The counts so far: records, responses, pages, truncated, errors, non_html,
    /// non_ok_status, and the other skips by name.
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let s = inner.stats();
        let d = PyDict::new(py);
        d.set_item("records", s.records)?;
        d.set_item("responses", s.responses)?;
        d.set_item("pages", s.pages)?;
        d.set_item("truncated", s.truncated)?;
        d.set_item("errors", s.errors)?;
        d.set_item("non_html", s.skipped_for(Skip::NotHtml))?;
        d.set_item("non_ok_status", s.skipped_for(Skip::Status))?;
        d.set_item("non_http", s.skipped_for(Skip::NotHttp))?;
        Ok(d)
    }
}
