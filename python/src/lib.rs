//! Python bindings for `dechrome` (the `dechrome._native` extension module).
//!
//! A thin layer: options map onto [`dechrome::CleanerBuilder`], every page goes
//! through [`dechrome::Cleaner::clean_page`], results are read from
//! [`dechrome::Article`] (metadata and structures through serde, so fields added to
//! the crate flow through without changes here). The GIL is released while cleaning.

use std::sync::Arc;

use dechrome::{Cleaner as RsCleaner, Error, Page};
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyIterator, PyString, PyTuple};
use rayon::prelude::*;

mod topy;
mod warc;

pyo3::create_exception!(
    dechrome,
    DechromeError,
    PyException,
    "Base class of every error raised for a page that cannot be cleaned."
);
pyo3::create_exception!(
    dechrome,
    InputTooLargeError,
    DechromeError,
    "The input is larger than `max_input_bytes` (attributes `size`, `limit`)."
);
pyo3::create_exception!(
    dechrome,
    TooManyNodesError,
    DechromeError,
    "The page holds more tags than `max_nodes` (attribute `limit`)."
);
pyo3::create_exception!(
    dechrome,
    TooManyBlocksError,
    DechromeError,
    "The page splits into more blocks than `max_blocks`: the work budget of one page (attribute `limit`)."
);
pyo3::create_exception!(
    dechrome,
    UndecodableError,
    DechromeError,
    "With `strict_decoding=True`, the bytes are malformed in their encoding (attributes `encoding`, `offset`)."
);
pyo3::create_exception!(
    dechrome,
    UnknownCharsetError,
    DechromeError,
    "The `charset` given names no known encoding (attribute `charset`)."
);
pyo3::create_exception!(
    dechrome,
    BinaryInputError,
    DechromeError,
    "The input is not a page or text: an executable, image, archive, compressed data or PDF (attributes `signature`, `control_percent`)."
);
pyo3::create_exception!(
    dechrome,
    EmptyDocumentError,
    DechromeError,
    "The page has no visible text."
);

/// The Python exception for a crate error; `prefix` goes before the message
/// (`clean_many` says which page failed), `index` is set as an attribute when given.
fn to_py_err(py: Python<'_>, err: &Error, index: Option<usize>) -> PyErr {
    let msg = match index {
        Some(i) => format!("page {i}: {err}"),
        None => err.to_string(),
    };
    let exc = match err {
        Error::InputTooLarge { .. } => InputTooLargeError::new_err(msg),
        Error::TooManyNodes { .. } => TooManyNodesError::new_err(msg),
        Error::TooManyBlocks { .. } => TooManyBlocksError::new_err(msg),
        Error::Undecodable { .. } => UndecodableError::new_err(msg),
        Error::UnknownCharset(_) => UnknownCharsetError::new_err(msg),
        Error::EmptyDocument => EmptyDocumentError::new_err(msg),
        Error::Binary { .. } => BinaryInputError::new_err(msg),
        // The crate's enum is non-exhaustive: a new variant still raises the base class.
        _ => DechromeError::new_err(msg),
    };
    let value = exc.value(py);
    // The variant's fields as attributes: a convenience, so a failure to set one is ignored
    // rather than hiding the error itself.
    let _ = match err {
        Error::InputTooLarge { size, limit } => value
            .setattr("size", size)
            .and_then(|()| value.setattr("limit", limit)),
        Error::TooManyNodes { limit } | Error::TooManyBlocks { limit } => {
            value.setattr("limit", limit)
        }
        Error::Undecodable { encoding, offset } => value
            .setattr("encoding", encoding)
            .and_then(|()| value.setattr("offset", offset)),
        Error::UnknownCharset(label) => value.setattr("charset", label),
        Error::Binary {
            signature,
            control_percent,
        } => value
            .setattr("signature", signature)
            .and_then(|()| value.setattr("control_percent", control_percent)),
        _ => Ok(()),
    };
    if let Some(i) = index {
        let _ = value.setattr("index", i);
    }
    exc
}

/// The cleaner's options, kept to report them (`Cleaner.options`) and to pickle a cleaner.
#[derive(Debug, Clone)]
struct Options {
    focus: dechrome::Focus,
    keep_captions: bool,
    keep_credits: bool,
    keep_comments: bool,
    keep_tables: bool,
    keep_headings: bool,
    min_score: f64,
    language: Option<String>,
    max_input_bytes: usize,
    max_nodes: usize,
    max_blocks: usize,
    strict_decoding: bool,
    drop_selectors: Vec<String>,
    keep_selectors: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            focus: dechrome::Focus::Balanced,
            keep_captions: false,
            keep_credits: false,
            keep_comments: false,
            keep_tables: true,
            keep_headings: true,
            min_score: 0.0,
            language: None,
            max_input_bytes: dechrome::DEFAULT_MAX_INPUT_BYTES,
            max_nodes: dechrome::DEFAULT_MAX_NODES,
            max_blocks: dechrome::DEFAULT_MAX_BLOCKS,
            strict_decoding: false,
            drop_selectors: Vec::new(),
            keep_selectors: Vec::new(),
        }
    }
}

/// The option names `Cleaner(**options)` accepts, in the order `Cleaner.options` lists them.
const OPTION_NAMES: [&str; 14] = [
    "focus",
    "keep_captions",
    "keep_credits",
    "keep_comments",
    "keep_tables",
    "keep_headings",
    "min_score",
    "language",
    "max_input_bytes",
    "max_nodes",
    "max_blocks",
    "strict_decoding",
    "drop_selectors",
    "keep_selectors",
];

impl Options {
    fn from_kwargs(kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Options> {
        let mut o = Options::default();
        let Some(kwargs) = kwargs else {
            return Ok(o);
        };
        for (key, value) in kwargs.iter() {
            let key: String = key.extract()?;
            let typed = |want: &str| {
                PyTypeError::new_err(format!(
                    "option '{key}' must be {want}, not {}",
                    value
                        .get_type()
                        .name()
                        .map(|n| n.to_string())
                        .unwrap_or_default()
                ))
            };
            match key.as_str() {
                "keep_captions" | "keep_credits" | "keep_comments" | "keep_tables"
                | "keep_headings" | "strict_decoding" => {
                    let v = value
                        .cast::<PyBool>()
                        .map_err(|_| typed("a bool"))?
                        .is_true();
                    match key.as_str() {
                        "keep_captions" => o.keep_captions = v,
                        "keep_credits" => o.keep_credits = v,
                        "keep_comments" => o.keep_comments = v,
                        "keep_tables" => o.keep_tables = v,
                        "keep_headings" => o.keep_headings = v,
                        _ => o.strict_decoding = v,
                    }
                }
                "focus" => {
                    let name = value.extract::<String>().map_err(|_| typed("a str"))?;
                    o.focus = name.parse().map_err(PyValueError::new_err)?;
                }
                "min_score" => {
                    if value.is_instance_of::<PyBool>() {
                        return Err(typed("a float"));
                    }
                    o.min_score = value.extract::<f64>().map_err(|_| typed("a float"))?;
                }
                "language" => {
                    o.language = if value.is_none() {
                        None
                    } else {
                        Some(
                            value
                                .extract::<String>()
                                .map_err(|_| typed("a str or None"))?,
                        )
                    };
                }
                "max_input_bytes" | "max_nodes" | "max_blocks" => {
                    if value.is_instance_of::<PyBool>() || value.is_instance_of::<PyFloat>() {
                        return Err(typed("an int"));
                    }
                    let v = value.extract::<usize>().map_err(|_| {
                        PyValueError::new_err(format!("option '{key}' must be an int >= 0"))
                    })?;
                    match key.as_str() {
                        "max_nodes" => o.max_nodes = v,
                        "max_blocks" => o.max_blocks = v,
                        _ => o.max_input_bytes = v,
                    }
                }
                "drop_selectors" | "keep_selectors" => {
                    let list = if value.is_instance_of::<PyString>() {
                        return Err(typed("a list of str (one selector is [css])"));
                    } else {
                        value
                            .extract::<Vec<String>>()
                            .map_err(|_| typed("a list of str"))?
                    };
                    if key == "drop_selectors" {
                        o.drop_selectors = list;
                    } else {
                        o.keep_selectors = list;
                    }
                }
                _ => {
                    return Err(PyTypeError::new_err(format!(
                        "unexpected option '{key}'; known options: {}",
                        OPTION_NAMES.join(", ")
                    )));
                }
            }
        }
        Ok(o)
    }

    /// The Rust cleaner; a selector that does not parse is a ValueError.
    fn build(&self) -> PyResult<RsCleaner> {
        let mut b = RsCleaner::builder()
            .focus(self.focus)
            .keep_captions(self.keep_captions)
            .keep_credits(self.keep_credits)
            .keep_comments(self.keep_comments)
            .keep_tables(self.keep_tables)
            .keep_headings(self.keep_headings)
            .min_score(self.min_score as f32)
            .max_input_bytes(self.max_input_bytes)
            .max_nodes(self.max_nodes)
            .max_blocks(self.max_blocks)
            .strict_decoding(self.strict_decoding);
        if let Some(lang) = &self.language {
            b = b.language(lang.as_str());
        }
        let invalid = |e: dechrome::Error| PyValueError::new_err(e.to_string());
        for css in &self.drop_selectors {
            b = b.drop_selector(css).map_err(invalid)?;
        }
        for css in &self.keep_selectors {
            b = b.keep_selector(css).map_err(invalid)?;
        }
        Ok(b.build())
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("focus", self.focus.name())?;
        d.set_item("keep_captions", self.keep_captions)?;
        d.set_item("keep_credits", self.keep_credits)?;
        d.set_item("keep_comments", self.keep_comments)?;
        d.set_item("keep_tables", self.keep_tables)?;
        d.set_item("keep_headings", self.keep_headings)?;
        d.set_item("min_score", self.min_score)?;
        d.set_item("language", self.language.as_deref())?;
        d.set_item("max_input_bytes", self.max_input_bytes)?;
        d.set_item("max_nodes", self.max_nodes)?;
        d.set_item("max_blocks", self.max_blocks)?;
        d.set_item("strict_decoding", self.strict_decoding)?;
        d.set_item("drop_selectors", self.drop_selectors.clone())?;
        d.set_item("keep_selectors", self.keep_selectors.clone())?;
        Ok(d)
    }
}

/// One page, read from Python into owned data so cleaning can run without the GIL.
struct PageIn {
    bytes: Vec<u8>,
    /// The input was a `str`: its bytes are UTF-8, whatever `<meta>` says.
    is_str: bool,
    url: Option<String>,
    charset: Option<String>,
}

impl PageIn {
    fn read(
        html: &Bound<'_, PyAny>,
        url: Option<String>,
        charset: Option<String>,
    ) -> PyResult<PageIn> {
        let (bytes, is_str) = if let Ok(s) = html.cast::<PyString>() {
            // Lone surrogates (e.g. from surrogateescape) become U+FFFD rather than an error.
            let text = s.to_string_lossy();
            (text.into_owned().into_bytes(), true)
        } else if let Ok(b) = html.cast::<PyBytes>() {
            (b.as_bytes().to_vec(), false)
        } else if let Ok(b) = html.cast::<PyByteArray>() {
            (b.to_vec(), false)
        } else {
            return Err(PyTypeError::new_err(format!(
                "html must be str or bytes, not {}",
                html.get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            )));
        };
        if is_str && charset.is_some() {
            return Err(PyValueError::new_err(
                "charset applies to bytes input only; a str is already decoded",
            ));
        }
        Ok(PageIn {
            bytes,
            is_str,
            url,
            charset,
        })
    }

    /// An item of `clean_many`: `str`, `bytes`, or a mapping with `html` and optional
    /// `url` and `charset`.
    fn read_item(item: &Bound<'_, PyAny>) -> PyResult<PageIn> {
        if let Ok(d) = item.cast::<PyDict>() {
            let html = d.get_item("html")?.ok_or_else(|| {
                PyValueError::new_err("a page given as a dict needs an 'html' key")
            })?;
            let opt = |k: &str| -> PyResult<Option<String>> {
                match d.get_item(k)? {
                    Some(v) if !v.is_none() => Ok(Some(v.extract()?)),
                    _ => Ok(None),
                }
            };
            PageIn::read(&html, opt("url")?, opt("charset")?)
        } else {
            PageIn::read(item, None, None)
        }
    }

    fn clean(&self, cleaner: &RsCleaner) -> Result<dechrome::Article, Error> {
        let mut page = Page::new(&self.bytes);
        if let Some(u) = &self.url {
            page = page.url(u);
        }
        match (&self.charset, self.is_str) {
            (Some(c), _) => page = page.charset(c),
            (None, true) => page = page.charset("utf-8"),
            (None, false) => {}
        }
        cleaner.clean_page(&page)
    }
}

/// A serializable value as Python objects: what `json.loads` gives for its JSON (so
/// `to_dict() == json.loads(to_json())`), `f32` scores read as they print.
fn serde_to_py<'py, T: serde::Serialize>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    topy::to_py(py, v)
}

/// An `f32` as the `f64` with the same shortest decimal form (`-7.7` stays `-7.7`).
fn f32_to_f64(x: f32) -> f64 {
    x.to_string().parse().unwrap_or(f64::from(x))
}

/// A cleaned page: every block, classified, plus what was learned about the page.
#[pyclass(frozen, module = "dechrome")]
struct Article {
    inner: Arc<dechrome::Article>,
}

#[pymethods]
impl Article {
    /// The headline: the kept title block, else the document's `<title>`; None if neither.
    #[getter]
    fn title(&self) -> Option<String> {
        self.inner.title().map(str::to_owned)
    }

    /// The clean text: kept blocks (title first) separated by blank lines.
    #[getter]
    fn text(&self) -> String {
        self.inner.text()
    }

    /// The clean text without the title: the article body only.
    #[getter]
    fn body_text(&self) -> String {
        self.inner.body_text()
    }

    /// The page's language (`language` option, else `<html lang>`), or None.
    #[getter]
    fn language(&self) -> Option<String> {
        self.inner.metadata().language.clone()
    }

    /// The authors' names (JSON-LD, `<meta>`, else the page's byline); empty if none.
    #[getter]
    fn authors(&self) -> Vec<String> {
        self.inner.metadata().authors.clone()
    }

    /// When the page was published, ISO 8601 (`YYYY-MM-DD` or with a time), or None.
    #[getter]
    fn published(&self) -> Option<String> {
        self.inner.metadata().published.clone()
    }

    /// When the page was last updated, ISO 8601, or None.
    #[getter]
    fn modified(&self) -> Option<String> {
        self.inner.metadata().modified.clone()
    }

    /// The page verdict as a dict: `page_type`, `confidence`, `quality` (and
    /// `article_body_agreement` when the page has JSON-LD `articleBody`).
    #[getter]
    fn verdict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.verdict())
    }

    /// The page type's name (`article`, `listing`, `forum`, `product`,
    /// `documentation`, `homepage`, `error_or_blocked`, `other`).
    #[getter]
    fn page_type(&self) -> &'static str {
        self.inner.verdict().page_type.name()
    }

    /// The kept blocks as Markdown (headings, lists, quotes, code, tables, links).
    fn to_markdown(&self) -> String {
        self.inner.to_markdown()
    }

    /// The kept blocks as a minimal clean HTML fragment (`<article>...</article>`).
    fn to_html(&self) -> String {
        self.inner.to_html()
    }

    /// Everything learned about the page, as a dict (title, site_name, url, authors, ...).
    #[getter]
    fn metadata<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, self.inner.metadata())
    }

    /// Every block of the page, in page order, kept or not.
    #[getter]
    fn blocks(&self) -> Vec<Block> {
        (0..self.inner.blocks().len())
            .map(|index| Block {
                article: Arc::clone(&self.inner),
                index,
            })
            .collect()
    }

    /// The kept blocks, in page order.
    #[getter]
    fn kept_blocks(&self) -> Vec<Block> {
        self.inner
            .blocks()
            .iter()
            .enumerate()
            .filter(|(_, b)| b.is_kept())
            .map(|(index, _)| Block {
                article: Arc::clone(&self.inner),
                index,
            })
            .collect()
    }

    /// The whole classified document as a dict (same content as `to_json()`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &*self.inner)
    }

    /// The whole classified document as JSON: metadata, elements, blocks with reasons.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    fn __str__(&self) -> String {
        self.inner.text()
    }

    fn __repr__(&self) -> String {
        format!(
            "<dechrome.Article title={:?} blocks={} kept={}>",
            self.inner.title().unwrap_or(""),
            self.inner.blocks().len(),
            self.inner.kept_blocks().count()
        )
    }
}

/// A unit of text in the page (paragraph, heading, list item, caption...), classified.
#[pyclass(frozen, module = "dechrome")]
struct Block {
    article: Arc<dechrome::Article>,
    index: usize,
}

impl Block {
    fn get(&self) -> PyResult<&dechrome::Block> {
        self.article
            .blocks()
            .get(self.index)
            .ok_or_else(|| PyValueError::new_err("block index out of range"))
    }
}

#[pymethods]
impl Block {
    /// What the block was classified as: `"body"`, `"title"`, `"heading"` or a chrome kind
    /// such as `"subscribe_prompt"`.
    #[getter]
    fn kind(&self) -> PyResult<&'static str> {
        Ok(self.get()?.kind().name())
    }

    /// The block's text.
    #[getter]
    fn text(&self) -> PyResult<String> {
        Ok(self.get()?.text().to_owned())
    }

    /// The final score; at or above the cleaner's `min_score` leans towards body.
    #[getter]
    fn score(&self) -> PyResult<f64> {
        Ok(f32_to_f64(self.get()?.score()))
    }

    /// Whether the block is part of the clean text.
    #[getter]
    fn kept(&self) -> PyResult<bool> {
        Ok(self.get()?.is_kept())
    }

    /// The signals that fired, in evaluation order.
    #[getter]
    fn reasons(&self) -> PyResult<Vec<Reason>> {
        Ok(self
            .get()?
            .reasons()
            .iter()
            .map(|r| Reason {
                code: r.code.to_owned(),
                name: r.name.to_owned(),
                weight: f32_to_f64(r.weight),
                kind: r.kind.map(|k| k.name().to_owned()),
            })
            .collect())
    }

    /// The block's shape in the page, e.g. `{"type": "heading", "level": 2}`.
    #[getter]
    fn structure<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.get()?.structure())
    }

    /// Where the block sits: tag, landmarks, link density, position...
    #[getter]
    fn context<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, self.get()?.context())
    }

    /// The CSS-like path of the block, e.g. `html>body>div#main.content>p` (empty for text input).
    #[getter]
    fn path(&self) -> PyResult<String> {
        Ok(self.article.path(self.get()?))
    }

    /// The block as a dict, as in `Article.to_dict()["blocks"]`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, self.get()?)
    }

    fn __repr__(&self) -> PyResult<String> {
        let b = self.get()?;
        let mut text: String = b.text().chars().take(40).collect();
        if b.text().chars().nth(40).is_some() {
            text.push('…');
        }
        Ok(format!(
            "<dechrome.Block {} {}{:+.2} {:?}>",
            b.kind().name(),
            if b.is_kept() { "kept " } else { "" },
            b.score(),
            text
        ))
    }
}

/// One signal that fired for a block: a stable `code`, a short `name`, the `weight` it
/// added to the score and the chrome `kind` it points to (or None). Unpacks as
/// `code, name, weight = reason`.
#[pyclass(frozen, get_all, eq, module = "dechrome")]
#[derive(PartialEq)]
struct Reason {
    code: String,
    name: String,
    weight: f64,
    kind: Option<String>,
}

#[pymethods]
impl Reason {
    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let t = PyTuple::new(
            py,
            [
                self.code.clone().into_pyobject(py)?.into_any(),
                self.name.clone().into_pyobject(py)?.into_any(),
                self.weight.into_pyobject(py)?.into_any(),
            ],
        )?;
        t.try_iter().map(Bound::into_any)
    }

    fn __repr__(&self) -> String {
        format!(
            "<dechrome.Reason {} {} {:+.2}>",
            self.code, self.name, self.weight
        )
    }

    fn __str__(&self) -> String {
        format!("{} {} {:+.2}", self.code, self.name, self.weight)
    }
}

/// How `clean_many`/`extract_many` deal with a page that fails.
#[derive(Clone, Copy)]
enum OnError {
    Raise,
    Empty,
    None,
}

impl OnError {
    fn parse(s: &str) -> PyResult<OnError> {
        match s {
            "raise" => Ok(OnError::Raise),
            "empty" => Ok(OnError::Empty),
            "none" => Ok(OnError::None),
            _ => Err(PyValueError::new_err(format!(
                "errors must be 'raise', 'empty' or 'none', not {s:?}"
            ))),
        }
    }
}

/// The most threads a batch uses: the cores this process may run on. The work is
/// CPU-bound without the GIL, so more threads only add switching (and `threads=5000`
/// would start 5000 OS threads).
fn max_threads() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// The `threads` argument of `clean_many`/`extract_many`: None or 0 for every core,
/// else N (capped at [`max_threads`]); negative is an error.
fn threads_arg(threads: Option<i64>) -> PyResult<Option<usize>> {
    match threads {
        None | Some(0) => Ok(None),
        Some(n) if n < 0 => Err(PyValueError::new_err(format!(
            "threads must be None or an int >= 0, not {n}"
        ))),
        Some(n) => Ok(Some(
            usize::try_from(n).unwrap_or(usize::MAX).min(max_threads()),
        )),
    }
}

/// Runs `f` over `pages` on all cores (rayon's global pool) or on a local pool of
/// `threads` (already capped by [`threads_arg`]), results in input order.
fn par_map<R: Send>(
    pages: &[PageIn],
    threads: Option<usize>,
    f: impl Fn(&PageIn) -> R + Send + Sync,
) -> Result<Vec<R>, String> {
    // No more threads than pages: the rest would only be started to wait.
    match threads.map(|n| n.min(pages.len())) {
        None => Ok(pages.par_iter().map(&f).collect()),
        Some(0 | 1) => Ok(pages.iter().map(&f).collect()),
        Some(n) => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| e.to_string())?;
            Ok(pool.install(|| pages.par_iter().map(&f).collect()))
        }
    }
}

/// Why one page of a batch gave no result.
enum Failure {
    /// The item is not a page (`None`, an int, a dict without `html`, a `str` with a
    /// charset...): the `TypeError`/`ValueError` reading it raised.
    Item(PyErr),
    /// The library could not clean it.
    Clean(Error),
}

impl Failure {
    /// The exception `errors="raise"` raises for page `index`: "page N: " before the
    /// message and `.index` set, whichever the kind.
    fn into_py_err(self, py: Python<'_>, index: usize) -> PyErr {
        match self {
            Failure::Clean(e) => to_py_err(py, &e, Some(index)),
            Failure::Item(e) => {
                let msg = format!("page {index}: {}", e.value(py));
                let exc = match e.get_type(py).call1((msg,)) {
                    Ok(v) => PyErr::from_value(v),
                    Err(_) => return e,
                };
                exc.set_cause(py, Some(e));
                let _ = exc.value(py).setattr("index", index);
                exc
            }
        }
    }
}

/// `pages` of `clean_many`/`extract_many` must be an iterable of pages; a single page
/// (a `str` or `bytes`, which iterate as characters or ints) or a single dict (which
/// iterates as its keys) would be silently cleaned as many tiny "pages".
fn check_batch(pages: &Bound<'_, PyAny>) -> PyResult<()> {
    if pages.is_instance_of::<PyString>()
        || pages.is_instance_of::<PyBytes>()
        || pages.is_instance_of::<PyByteArray>()
        || pages.is_instance_of::<PyDict>()
    {
        return Err(PyTypeError::new_err(format!(
            "pages must be an iterable of pages (str, bytes or dicts), not a single {}; \
             pass [page] for one page",
            pages
                .get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default()
        )));
    }
    Ok(())
}

/// The iterator `Cleaner.clean_iter` returns: clean texts (or the failures, as
/// `errors` says) in input order, read and cleaned one chunk at a time.
#[pyclass(module = "dechrome")]
struct CleanIter {
    cleaner: Py<Cleaner>,
    /// None once the input is exhausted (or raised).
    pages: Option<Py<PyIterator>>,
    threads: Option<usize>,
    chunk: usize,
    /// None: yield the exception as a value.
    on_error: Option<OnError>,
    /// The cleaned chunk, with each item's index in the input.
    ready: std::collections::VecDeque<(usize, Result<String, Failure>)>,
    /// Index of the next item read from the input.
    index: usize,
}

#[pymethods]
impl CleanIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        let pages = if self.ready.is_empty() {
            self.pages.as_ref().map(|p| p.bind(py).clone())
        } else {
            None
        };
        if let Some(pages) = pages {
            let cleaner = self.cleaner.get();
            let chunk = cleaner.run_chunk(py, &pages, self.chunk, self.threads, |r| {
                r.map(|a| a.text())
            });
            let chunk = match chunk {
                Ok(chunk) => chunk,
                Err(e) => {
                    self.pages = None;
                    return Err(e);
                }
            };
            if chunk.len() < self.chunk {
                self.pages = None;
            }
            let start = self.index;
            self.index += chunk.len();
            self.ready
                .extend(chunk.into_iter().enumerate().map(|(i, r)| (start + i, r)));
        }
        let Some((index, result)) = self.ready.pop_front() else {
            return Ok(None);
        };
        match (result, self.on_error) {
            (Ok(text), _) => Ok(Some(text.into_pyobject(py)?.into_any().unbind())),
            (Err(e), None) => Ok(Some(e.into_py_err(py, index).into_value(py).into_any())),
            (Err(e), Some(OnError::Raise)) => {
                self.pages = None;
                self.ready.clear();
                Err(e.into_py_err(py, index))
            }
            (Err(_), Some(OnError::Empty)) => {
                Ok(Some(String::new().into_pyobject(py)?.into_any().unbind()))
            }
            (Err(_), Some(OnError::None)) => Ok(Some(py.None())),
        }
    }
}

/// A configured, reusable cleaner. Thread-safe: share one across threads.
///
/// Options: focus ("balanced"; or "precision", "recall"), keep_captions (False),
/// keep_credits (False), keep_comments (False), keep_tables (True), keep_headings (True), min_score (0.0),
/// language (None: `<html lang>`), max_input_bytes (64 MiB), max_nodes (2,000,000), max_blocks (100,000),
/// strict_decoding (False), drop_selectors and keep_selectors (lists of CSS selectors whose
/// elements' blocks are dropped or kept whatever the classifier says; a selector that does
/// not parse raises ValueError). Unknown options raise TypeError.
#[pyclass(frozen, module = "dechrome")]
struct Cleaner {
    inner: RsCleaner,
    options: Options,
}

impl Cleaner {
    fn run(&self, py: Python<'_>, page: PageIn) -> PyResult<dechrome::Article> {
        let cleaner = &self.inner;
        py.detach(|| page.clean(cleaner))
            .map_err(|e| to_py_err(py, &e, None))
    }

    /// Reads every item of `pages`, cleans the pages without the GIL, and gives one
    /// result per item in input order. An item that is not a page gets its own
    /// [`Failure::Item`] rather than failing the batch; an error raised by the iteration
    /// itself (or a non-`Exception` such as KeyboardInterrupt) propagates.
    fn run_many<'py, R: Send>(
        &self,
        py: Python<'py>,
        pages: &Bound<'py, PyAny>,
        threads: Option<i64>,
        f: impl Fn(Result<dechrome::Article, Error>) -> Result<R, Error> + Send + Sync,
    ) -> PyResult<Vec<Result<R, Failure>>> {
        check_batch(pages)?;
        let threads = threads_arg(threads)?;
        self.run_chunk(py, &pages.try_iter()?, usize::MAX, threads, f)
    }

    /// [`Cleaner::run_many`] over at most `limit` more items of `pages` (fewer when it
    /// ends): the unit of `clean_iter`, which holds one chunk at a time.
    fn run_chunk<'py, R: Send>(
        &self,
        py: Python<'py>,
        pages: &Bound<'py, PyIterator>,
        limit: usize,
        threads: Option<usize>,
        f: impl Fn(Result<dechrome::Article, Error>) -> Result<R, Error> + Send + Sync,
    ) -> PyResult<Vec<Result<R, Failure>>> {
        let mut good = Vec::new();
        // (index, error) of the items that are not pages, in input order.
        let mut bad = Vec::new();
        let mut total = 0;
        for (i, item) in pages.clone().take(limit).enumerate() {
            total = i + 1;
            match PageIn::read_item(&item?) {
                Ok(page) => good.push(page),
                Err(e) if e.is_instance_of::<PyException>(py) => bad.push((i, e)),
                Err(e) => return Err(e),
            }
        }
        let cleaner = &self.inner;
        let cleaned = py
            .detach(|| par_map(&good, threads, |p| f(p.clean(cleaner))))
            .map_err(PyValueError::new_err)?;
        let mut cleaned = cleaned.into_iter();
        let mut bad = bad.into_iter().peekable();
        let mut out = Vec::with_capacity(total);
        for i in 0..total {
            if let Some((_, e)) = bad.next_if(|(j, _)| *j == i) {
                out.push(Err(Failure::Item(e)));
            } else if let Some(r) = cleaned.next() {
                out.push(r.map_err(Failure::Clean));
            }
        }
        Ok(out)
    }
}

#[pymethods]
impl Cleaner {
    #[new]
    #[pyo3(signature = (**options))]
    fn new(options: Option<&Bound<'_, PyDict>>) -> PyResult<Cleaner> {
        let options = Options::from_kwargs(options)?;
        Ok(Cleaner {
            inner: options.build()?,
            options,
        })
    }

    /// The options this cleaner was built with, as a dict.
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.options.to_dict(py)
    }

    /// Cleans a page (HTML as `str`, or `bytes` in any encoding) and returns the clean text.
    #[pyo3(signature = (html, *, url = None, charset = None))]
    fn clean(
        &self,
        py: Python<'_>,
        html: &Bound<'_, PyAny>,
        url: Option<String>,
        charset: Option<String>,
    ) -> PyResult<String> {
        let page = PageIn::read(html, url, charset)?;
        let cleaner = &self.inner;
        py.detach(|| page.clean(cleaner).map(|a| a.text()))
            .map_err(|e| to_py_err(py, &e, None))
    }

    /// Cleans a page and returns the whole `Article` (title, text, blocks, metadata).
    #[pyo3(signature = (html, *, url = None, charset = None))]
    fn extract(
        &self,
        py: Python<'_>,
        html: &Bound<'_, PyAny>,
        url: Option<String>,
        charset: Option<String>,
    ) -> PyResult<Article> {
        let page = PageIn::read(html, url, charset)?;
        Ok(Article {
            inner: Arc::new(self.run(py, page)?),
        })
    }

    /// Cleans text already pulled from a page (paragraphs separated by blank lines).
    fn clean_text(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<String> {
        Ok(self.extract_text(py, text)?.inner.text())
    }

    /// Like `clean_text`, returning the whole `Article`.
    fn extract_text(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<Article> {
        // Borrowed when the str is valid UTF-8: an oversized text is refused (the size is
        // checked first) without being copied.
        let text = text.to_string_lossy();
        let cleaner = &self.inner;
        let article = py
            .detach(|| cleaner.clean_text(&text))
            .map_err(|e| to_py_err(py, &e, None))?;
        Ok(Article {
            inner: Arc::new(article),
        })
    }

    /// Cleans many pages on all cores, without the GIL, and returns their clean texts
    /// in input order.
    ///
    /// `pages`: an iterable of `str`, `bytes`, or dicts with `html` and optional `url`
    /// and `charset` (a single `str`, `bytes` or dict is a TypeError). `threads`: None or
    /// 0 uses every core (rayon's global pool), N a local pool of N threads, capped at the
    /// number of cores this process may use (and at the number of pages), 1 the calling
    /// thread; negative is a ValueError. `errors` says what a page that fails gives:
    /// `"raise"` (default) raises the first failing page's error, in input order, with its
    /// position in `.index` and "page N: " before the message; `"empty"` gives `""`;
    /// `"none"` gives `None`. An item that is not a page (`None`, an int, a dict without
    /// `html`, a `str` with a `charset`) fails alone, like a page that does not clean: its
    /// TypeError or ValueError is raised only with `errors="raise"`.
    #[pyo3(signature = (pages, *, threads = None, errors = "raise"))]
    fn clean_many<'py>(
        &self,
        py: Python<'py>,
        pages: &Bound<'py, PyAny>,
        threads: Option<i64>,
        errors: &str,
    ) -> PyResult<Vec<Option<String>>> {
        let on_error = OnError::parse(errors)?;
        let results = self.run_many(py, pages, threads, |r| r.map(|a| a.text()))?;
        results
            .into_iter()
            .enumerate()
            .map(|(i, r)| match (r, on_error) {
                (Ok(text), _) => Ok(Some(text)),
                (Err(e), OnError::Raise) => Err(e.into_py_err(py, i)),
                (Err(_), OnError::Empty) => Ok(Some(String::new())),
                (Err(_), OnError::None) => Ok(None),
            })
            .collect()
    }

    /// Cleans an iterable of pages lazily, on all cores, and yields their clean texts in
    /// input order: the streaming `clean_many` for inputs that do not fit in memory (a
    /// generator over a crawl). It reads `chunk` pages (default: 16 a thread), cleans them
    /// in parallel without the GIL, yields them, and only then reads on, so at most one
    /// chunk is held.
    ///
    /// `errors` says what a failing item yields: `"value"` (default) the exception
    /// itself (a `DechromeError`, or the TypeError/ValueError of an item that is not a
    /// page, `.index` set), so the stream goes on; `"raise"` raises it and ends the
    /// stream; `"empty"` yields `""`; `"none"` yields None. `threads` as in `clean_many`.
    #[pyo3(signature = (pages, *, threads = None, chunk = None, errors = "value"))]
    fn clean_iter(
        slf: &Bound<'_, Self>,
        pages: &Bound<'_, PyAny>,
        threads: Option<i64>,
        chunk: Option<usize>,
        errors: &str,
    ) -> PyResult<CleanIter> {
        let on_error = match errors {
            "value" => None,
            other => Some(OnError::parse(other).map_err(|_| {
                PyValueError::new_err(format!(
                    "errors must be 'value', 'raise', 'empty' or 'none', not {other:?}"
                ))
            })?),
        };
        check_batch(pages)?;
        let threads = threads_arg(threads)?;
        let chunk = match chunk {
            Some(0) => return Err(PyValueError::new_err("chunk must be at least 1")),
            Some(n) => n,
            None => threads.unwrap_or_else(max_threads).max(1) * 16,
        };
        Ok(CleanIter {
            cleaner: slf.clone().unbind(),
            pages: Some(pages.try_iter()?.unbind()),
            threads,
            chunk,
            on_error,
            ready: std::collections::VecDeque::new(),
            index: 0,
        })
    }

    /// Like `clean_many`, returning `Article`s (None, or an empty Article with
    /// `errors="empty"`, for pages that fail).
    #[pyo3(signature = (pages, *, threads = None, errors = "raise"))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        pages: &Bound<'py, PyAny>,
        threads: Option<i64>,
        errors: &str,
    ) -> PyResult<Vec<Option<Article>>> {
        let on_error = OnError::parse(errors)?;
        let results = self.run_many(py, pages, threads, |r| r)?;
        results
            .into_iter()
            .enumerate()
            .map(|(i, r)| match (r, on_error) {
                (Ok(a), _) => Ok(Some(Article { inner: Arc::new(a) })),
                (Err(e), OnError::Raise) => Err(e.into_py_err(py, i)),
                (Err(_), OnError::Empty) => Ok(Some(Article {
                    inner: Arc::new(dechrome::Article::default()),
                })),
                (Err(_), OnError::None) => Ok(None),
            })
            .collect()
    }

    /// Pickles as its options (Spark and multiprocessing ship cleaners to workers).
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let partial = py.import("functools")?.getattr("partial")?;
        let kwargs = slf.get().options.to_dict(py)?;
        let ctor = partial.call((slf.get_type(),), Some(&kwargs))?;
        Ok((ctor, PyTuple::empty(py)))
    }

    fn __repr__(&self) -> String {
        let o = &self.options;
        let d = Options::default();
        let mut parts = Vec::new();
        if o.focus != d.focus {
            parts.push(format!("focus={:?}", o.focus.name()));
        }
        for (name, v, default) in [
            ("keep_captions", o.keep_captions, d.keep_captions),
            ("keep_credits", o.keep_credits, d.keep_credits),
            ("keep_comments", o.keep_comments, d.keep_comments),
            ("keep_tables", o.keep_tables, d.keep_tables),
        ] {
            if v != default {
                parts.push(format!("{name}={}", py_bool(v)));
            }
        }
        if o.keep_headings != d.keep_headings {
            parts.push(format!("keep_headings={}", py_bool(o.keep_headings)));
        }
        if o.min_score != d.min_score {
            parts.push(format!("min_score={}", o.min_score));
        }
        if let Some(l) = &o.language {
            parts.push(format!("language={l:?}"));
        }
        if o.max_input_bytes != d.max_input_bytes {
            parts.push(format!("max_input_bytes={}", o.max_input_bytes));
        }
        if o.max_nodes != d.max_nodes {
            parts.push(format!("max_nodes={}", o.max_nodes));
        }
        if o.max_blocks != d.max_blocks {
            parts.push(format!("max_blocks={}", o.max_blocks));
        }
        if o.strict_decoding != d.strict_decoding {
            parts.push(format!("strict_decoding={}", py_bool(o.strict_decoding)));
        }
        for (name, list) in [
            ("drop_selectors", &o.drop_selectors),
            ("keep_selectors", &o.keep_selectors),
        ] {
            if !list.is_empty() {
                // Python's own literal: ['a', "b's"] quoting as repr() does.
                let items: Vec<String> = list
                    .iter()
                    .map(|css| {
                        if css.contains('\'') && !css.contains('"') {
                            format!("\"{}\"", css.replace('\\', "\\\\"))
                        } else {
                            format!("'{}'", css.replace('\\', "\\\\").replace('\'', "\\'"))
                        }
                    })
                    .collect();
                parts.push(format!("{name}=[{}]", items.join(", ")));
            }
        }
        format!("dechrome.Cleaner({})", parts.join(", "))
    }
}

fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

/// Cleans a page with the given options and returns the clean text.
#[pyfunction]
#[pyo3(signature = (html, *, url = None, charset = None, **options))]
fn clean(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    url: Option<String>,
    charset: Option<String>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<String> {
    Cleaner::new(options)?.clean(py, html, url, charset)
}

/// Cleans a page with the given options and returns the whole `Article`.
#[pyfunction]
#[pyo3(signature = (html, *, url = None, charset = None, **options))]
fn extract(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    url: Option<String>,
    charset: Option<String>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<Article> {
    Cleaner::new(options)?.extract(py, html, url, charset)
}

/// The article for plain-text input; an empty text gives an empty article, as the crate's
/// `clean_text` does.
fn text_article(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<Article> {
    // The same `max_input_bytes` (64 MiB unless given) as every other entry point, so an
    // oversized text raises InputTooLargeError. (The crate's free `clean_text` has no limit.)
    let opts = Options::from_kwargs(options)?;
    let cleaner = Cleaner {
        inner: opts.build()?,
        options: opts,
    };
    match cleaner.extract_text(py, text) {
        Err(e) if e.is_instance_of::<EmptyDocumentError>(py) => Ok(Article {
            inner: Arc::new(dechrome::Article::default()),
        }),
        other => other,
    }
}

/// Cleans text already pulled from a page (paragraphs separated by blank lines) and
/// returns the clean text; an empty text gives "". Text over `max_input_bytes` (64 MiB
/// unless given) raises InputTooLargeError, as `clean` does.
#[pyfunction]
#[pyo3(signature = (text, **options))]
fn clean_text(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<String> {
    Ok(text_article(py, text, options)?.inner.text())
}

/// Like `clean_text`, returning the whole `Article`.
#[pyfunction]
#[pyo3(signature = (text, **options))]
fn extract_text(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<Article> {
    text_article(py, text, options)
}

/// The native part of the `dechrome` package; import `dechrome` instead.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Cleaner>()?;
    m.add_class::<CleanIter>()?;
    m.add_class::<Article>()?;
    m.add_class::<Block>()?;
    m.add_class::<Reason>()?;
    m.add_class::<warc::WarcReader>()?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(clean_text, m)?)?;
    m.add_function(wrap_pyfunction!(extract_text, m)?)?;
    m.add("DechromeError", py.get_type::<DechromeError>())?;
    m.add("InputTooLargeError", py.get_type::<InputTooLargeError>())?;
    m.add("TooManyNodesError", py.get_type::<TooManyNodesError>())?;
    m.add("UndecodableError", py.get_type::<UndecodableError>())?;
    m.add("UnknownCharsetError", py.get_type::<UnknownCharsetError>())?;
    m.add("EmptyDocumentError", py.get_type::<EmptyDocumentError>())?;
    m.add("BinaryInputError", py.get_type::<BinaryInputError>())?;
    m.add("TooManyBlocksError", py.get_type::<TooManyBlocksError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("KINDS", dechrome::Kind::ALL.map(|k| k.name()).to_vec())?;
    Ok(())
}
