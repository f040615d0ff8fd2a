//! Clean many pages at once: on all cores, results in input order, memory bounded.
//!
//! The core does no I/O. You hand it an iterator of pages already in memory (or of
//! anything a closure turns into a result, with [`map_ordered`]); it pulls them lazily,
//! cleans up to a *window* of them at once on a thread pool of `jobs` threads, and
//! yields `(index, result)` pairs in the order the inputs came. At most `window` inputs
//! and results are held at any time, so a stream of millions of pages runs in the memory
//! of a few dozen. A page that fails yields its [`Error`] and the batch goes on.
//!
//! ```
//! use dechrome::batch::{self, Input};
//!
//! let pages = vec![
//!     Input::from("<p>The first page has a paragraph, a sentence long enough to count as prose.</p>"),
//!     Input::from(""),
//!     Input::from(b"<p>The third page arrives as bytes, in any encoding, and is read all the same.</p>".to_vec()),
//! ];
//! let cleaner = dechrome::Cleaner::new();
//! let results: Vec<_> = batch::clean_all(&cleaner, pages, 0).collect();
//! assert_eq!(results.len(), 3);
//! assert_eq!(results[0].0, 0);
//! assert!(results[0].1.as_ref().unwrap().text().contains("first page"));
//! assert_eq!(results[1].1.as_ref().unwrap_err(), &dechrome::Error::EmptyDocument);
//! assert!(results[2].1.as_ref().unwrap().text().contains("third page"));
//! ```
//!
//! The `dechrome batch` command is built on this module; it adds reading files,
//! directories, gzip and JSONL around [`map_ordered`].

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::{Article, Cleaner, Error};

/// Inputs held at once per job when the window is left to its default (see [`map_ordered`]).
///
/// ```
/// assert_eq!(dechrome::batch::WINDOW_PER_JOB, 4);
/// ```
pub const WINDOW_PER_JOB: usize = 4;

/// One page to clean, in one of the forms a [`Cleaner`] reads.
///
/// `From` conversions make the common cases short: a `String` or `&str` is HTML text,
/// a `Vec<u8>` is HTML bytes in any encoding.
///
/// ```
/// use dechrome::batch::Input;
///
/// let cleaner = dechrome::Cleaner::new();
/// let html = Input::from("<p>A paragraph of HTML text, a full sentence with enough words in it.</p>");
/// let bytes = Input::BytesWithCharset {
///     bytes: b"<p>Caf\xe9 society came back this spring, and the paragraph says so at length.</p>".to_vec(),
///     charset: "iso-8859-1".into(),
/// };
/// let text = Input::Text("A headline\n\nA paragraph of extracted text, a full sentence with words.".into());
/// assert!(html.clean(&cleaner)?.text().contains("HTML text"));
/// assert!(bytes.clean(&cleaner)?.text().starts_with("Café"));
/// assert_eq!(text.clean(&cleaner)?.title(), Some("A headline"));
/// # Ok::<(), dechrome::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// HTML as text: [`Cleaner::clean`].
    Html(String),
    /// HTML as bytes in any encoding: [`Cleaner::clean_bytes`].
    Bytes(Vec<u8>),
    /// HTML as bytes with the charset the transport declared:
    /// [`Cleaner::clean_bytes_with_charset`].
    BytesWithCharset {
        /// The page's bytes.
        bytes: Vec<u8>,
        /// A WHATWG charset label, e.g. `"windows-1252"`.
        charset: String,
    },
    /// Text already pulled from a page: [`Cleaner::clean_text`].
    Text(String),
}

impl Input {
    /// Cleans this input with `cleaner`, by the method its form calls for.
    ///
    /// # Errors
    /// Whatever that method returns: [`Error::InputTooLarge`], [`Error::TooManyNodes`],
    /// [`Error::Undecodable`], [`Error::UnknownCharset`], [`Error::EmptyDocument`].
    ///
    /// ```
    /// use dechrome::batch::Input;
    /// let cleaner = dechrome::Cleaner::builder().max_input_bytes(10).build();
    /// let err = Input::from("<p>eleven bytes and more</p>").clean(&cleaner).unwrap_err();
    /// assert!(matches!(err, dechrome::Error::InputTooLarge { .. }));
    /// ```
    pub fn clean(&self, cleaner: &Cleaner) -> Result<Article, Error> {
        match self {
            Input::Html(html) => cleaner.clean(html),
            Input::Bytes(bytes) => cleaner.clean_bytes(bytes),
            Input::BytesWithCharset { bytes, charset } => {
                cleaner.clean_bytes_with_charset(bytes, charset)
            }
            Input::Text(text) => cleaner.clean_text(text),
        }
    }

    /// The input's size in bytes (of the text or of the raw bytes).
    ///
    /// ```
    /// assert_eq!(dechrome::batch::Input::from("<p>hi</p>").len(), 9);
    /// ```
    pub fn len(&self) -> usize {
        match self {
            Input::Html(s) | Input::Text(s) => s.len(),
            Input::Bytes(b) | Input::BytesWithCharset { bytes: b, .. } => b.len(),
        }
    }

    /// Whether the input holds no bytes at all.
    ///
    /// ```
    /// assert!(dechrome::batch::Input::from("").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl From<String> for Input {
    /// HTML text.
    fn from(html: String) -> Input {
        Input::Html(html)
    }
}

impl From<&str> for Input {
    /// HTML text.
    fn from(html: &str) -> Input {
        Input::Html(html.to_owned())
    }
}

impl From<Vec<u8>> for Input {
    /// HTML bytes in any encoding.
    fn from(bytes: Vec<u8>) -> Input {
        Input::Bytes(bytes)
    }
}

impl From<&[u8]> for Input {
    /// HTML bytes in any encoding.
    fn from(bytes: &[u8]) -> Input {
        Input::Bytes(bytes.to_vec())
    }
}

/// Cleans every input with `cleaner` on `jobs` threads (`0`: one per core) and yields
/// `(index, result)` in input order, `index` counting inputs from 0.
///
/// Inputs are pulled lazily, at most [`WINDOW_PER_JOB`] × `jobs` at a time, so memory
/// stays bounded however long the iterator. A failed page yields its [`Error`]; the
/// others go on. With `jobs == 1` everything runs on the calling thread.
///
/// ```
/// let cleaner = dechrome::Cleaner::new();
/// // A million pages would stream through the same way, a window at a time.
/// let pages = (0..100).map(|i| {
///     format!("<p>Page number {i} has one paragraph, long enough to be taken for the body.</p>")
/// });
/// for (i, result) in dechrome::batch::clean_all(&cleaner, pages, 2) {
///     assert!(result?.text().contains(&format!("Page number {i} ")));
/// }
/// # Ok::<(), dechrome::Error>(())
/// ```
pub fn clean_all<I>(
    cleaner: &Cleaner,
    inputs: I,
    jobs: usize,
) -> Ordered<impl Iterator<Item = Input> + use<I>, Result<Article, Error>>
where
    I: IntoIterator,
    I::Item: Into<Input>,
{
    let cleaner = cleaner.clone();
    map_ordered(
        inputs.into_iter().map(Into::into),
        jobs,
        0,
        move |input: Input| input.clean(&cleaner),
    )
}

/// The engine under [`clean_all`]: applies `f` to every input on `jobs` threads
/// (`0`: one per core) and yields `(index, f(input))` in input order.
///
/// At most `window` inputs are taken from the iterator and not yet yielded at any
/// time (`0`: [`WINDOW_PER_JOB`] × the number of threads); the inputs are pulled on the
/// thread that iterates, `f` runs on the pool. Use it to do per-item work around the
/// cleaning on the pool too, such as reading and decompressing files or parsing and
/// writing JSON. If `f` panics, the panic is raised again on the iterating thread when
/// its item's turn comes, as a sequential `map` would.
///
/// ```
/// use dechrome::batch::map_ordered;
///
/// let cleaner = dechrome::Cleaner::new();
/// let records = vec![
///     ("a", "<p>Alpha is the first page, with a paragraph long enough to count as body.</p>"),
///     ("b", "<p></p>"),
/// ];
/// let lines: Vec<String> = map_ordered(records, 0, 16, move |(id, html)| match cleaner.clean(html) {
///     Ok(article) => format!("{id}\t{}", article.body_text()),
///     Err(e) => format!("{id}\terror: {e}"),
/// })
/// .map(|(_, line)| line)
/// .collect();
/// assert!(lines[0].starts_with("a\tAlpha is the first page"));
/// assert_eq!(lines[1], "b\terror: the document has no visible text");
/// ```
pub fn map_ordered<I, R, F>(inputs: I, jobs: usize, window: usize, f: F) -> Ordered<I::IntoIter, R>
where
    I: IntoIterator,
    I::Item: Send + 'static,
    R: Send + 'static,
    F: Fn(I::Item) -> R + Send + Sync + 'static,
{
    let threads = if jobs == 0 {
        std::thread::available_parallelism().map_or(1, usize::from)
    } else {
        jobs
    };
    let window = if window == 0 {
        threads.saturating_mul(WINDOW_PER_JOB)
    } else {
        window
    };
    let pool = if threads > 1 {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("dechrome-batch-{i}"))
            .build()
            .ok()
    } else {
        None
    };
    // A pool that cannot be built (no threads to spare) degrades to running inline.
    let threads = if pool.is_some() { threads } else { 1 };
    let (tx, rx) = channel();
    Ordered {
        inputs: inputs.into_iter(),
        f: Arc::new(f),
        pool,
        threads,
        window,
        tx,
        rx,
        pending: VecDeque::new(),
        next_index: 0,
        submitted: 0,
        exhausted: false,
    }
}

type Job<T, R> = Arc<dyn Fn(T) -> R + Send + Sync>;
type Outcome<R> = std::thread::Result<R>;

/// The iterator [`clean_all`] and [`map_ordered`] return: `(index, result)` in input order.
///
/// Dropping it early stops taking inputs; items already on the pool finish and are discarded.
///
/// ```
/// let cleaner = dechrome::Cleaner::new();
/// let pages = ["<p>A page with a paragraph that is long enough to count as body text.</p>"; 10];
/// let results = dechrome::batch::clean_all(&cleaner, pages, 3);
/// assert_eq!(results.threads(), 3);
/// assert_eq!(results.window(), 12);
/// assert_eq!(results.filter(|(_, r)| r.is_ok()).count(), 10);
/// ```
pub struct Ordered<I: Iterator, R> {
    inputs: I,
    f: Job<I::Item, R>,
    pool: Option<rayon::ThreadPool>,
    threads: usize,
    window: usize,
    tx: Sender<(usize, Outcome<R>)>,
    rx: Receiver<(usize, Outcome<R>)>,
    /// Results not yet yielded, for indexes `next_index..submitted`; `None` while running.
    pending: VecDeque<Option<Outcome<R>>>,
    next_index: usize,
    submitted: usize,
    exhausted: bool,
}

impl<I: Iterator, R> Ordered<I, R> {
    /// Threads cleaning at once (1: on the calling thread).
    ///
    /// ```
    /// let it = dechrome::batch::clean_all(&dechrome::Cleaner::new(), Vec::<String>::new(), 1);
    /// assert_eq!(it.threads(), 1);
    /// ```
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// Inputs held at most at once (taken from the iterator, not yet yielded).
    ///
    /// ```
    /// let it = dechrome::batch::map_ordered(0..10, 2, 5, |x: i32| x * 2);
    /// assert_eq!(it.window(), 5);
    /// ```
    pub fn window(&self) -> usize {
        self.window
    }
}

impl<I, R> Iterator for Ordered<I, R>
where
    I: Iterator,
    I::Item: Send + 'static,
    R: Send + 'static,
{
    type Item = (usize, R);

    fn next(&mut self) -> Option<(usize, R)> {
        let Some(pool) = &self.pool else {
            // Inline: one at a time on this thread.
            let item = self.inputs.next()?;
            let index = self.next_index;
            self.next_index += 1;
            self.submitted = self.next_index;
            return Some((index, (self.f)(item)));
        };
        loop {
            while !self.exhausted && self.submitted - self.next_index < self.window {
                match self.inputs.next() {
                    Some(item) => {
                        let index = self.submitted;
                        let f = Arc::clone(&self.f);
                        let tx = self.tx.clone();
                        pool.spawn_fifo(move || {
                            let out = catch_unwind(AssertUnwindSafe(|| f(item)));
                            // The receiver is gone only when the iterator was dropped.
                            let _ = tx.send((index, out));
                        });
                        self.pending.push_back(None);
                        self.submitted += 1;
                    }
                    None => self.exhausted = true,
                }
            }
            if let Some(Some(_)) = self.pending.front() {
                let index = self.next_index;
                self.next_index += 1;
                return match self.pending.pop_front().flatten()? {
                    Ok(r) => Some((index, r)),
                    Err(panic) => resume_unwind(panic),
                };
            }
            if self.next_index == self.submitted {
                return None;
            }
            // Every spawned job sends exactly once and we hold a sender, so this waits
            // for a result rather than failing.
            let (index, out) = self.rx.recv().ok()?;
            if let Some(slot) = index
                .checked_sub(self.next_index)
                .and_then(|at| self.pending.get_mut(at))
            {
                *slot = Some(out);
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (lo, hi) = self.inputs.size_hint();
        let held = self.submitted.saturating_sub(self.next_index);
        (
            lo.saturating_add(held),
            hi.and_then(|h| h.checked_add(held)),
        )
    }
}

impl<I: Iterator, R> std::fmt::Debug for Ordered<I, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ordered")
            .field("threads", &self.threads)
            .field("window", &self.window)
            .field("next_index", &self.next_index)
            .field("submitted", &self.submitted)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[test]
    fn order_is_input_order_whatever_the_finishing_order() {
        // Early items sleep longest, so they finish last.
        let out: Vec<(usize, usize)> = map_ordered(0..40usize, 4, 8, |i| {
            std::thread::sleep(Duration::from_millis(((40 - i) % 7) as u64));
            i * 10
        })
        .collect();
        let want: Vec<(usize, usize)> = (0..40).map(|i| (i, i * 10)).collect();
        assert_eq!(out, want);
    }

    #[test]
    fn never_holds_more_than_the_window() {
        static LIVE: AtomicUsize = AtomicUsize::new(0);
        static PEAK: AtomicUsize = AtomicUsize::new(0);
        struct Tracked;
        impl Tracked {
            fn new() -> Tracked {
                let now = LIVE.fetch_add(1, Ordering::SeqCst) + 1;
                PEAK.fetch_max(now, Ordering::SeqCst);
                Tracked
            }
        }
        impl Drop for Tracked {
            fn drop(&mut self) {
                LIVE.fetch_sub(1, Ordering::SeqCst);
            }
        }
        let inputs = (0..1000).map(|_| Tracked::new());
        let mut n = 0;
        for (_, t) in map_ordered(inputs, 3, 6, |t: Tracked| t) {
            drop(t);
            n += 1;
        }
        assert_eq!(n, 1000);
        assert!(PEAK.load(Ordering::SeqCst) <= 6, "{PEAK:?}");
    }

    #[test]
    fn inline_with_one_job() {
        let it = map_ordered(0..5, 1, 0, |_: i32| {
            std::thread::current().name().map(str::to_owned)
        });
        assert_eq!(it.threads(), 1);
        assert_eq!(it.size_hint(), (5, Some(5)));
        let names: Vec<_> = it.map(|(_, n)| n).collect();
        let here = std::thread::current().name().map(str::to_owned);
        assert_eq!(names.len(), 5);
        assert!(names.iter().all(|n| *n == here));
    }

    #[test]
    fn errors_do_not_stop_the_batch() {
        let cleaner = Cleaner::new();
        let pages = [
            "",
            "<p>A real paragraph with enough words to be counted as body text.</p>",
        ]
        .into_iter()
        .cycle()
        .take(50);
        let results: Vec<_> = clean_all(&cleaner, pages, 2).collect();
        assert_eq!(results.len(), 50);
        for (i, (index, r)) in results.iter().enumerate() {
            assert_eq!(i, *index);
            assert_eq!(r.is_err(), i % 2 == 0);
        }
    }

    #[test]
    #[should_panic(expected = "boom at 3")]
    fn a_panic_surfaces_on_the_iterating_thread() {
        for _ in map_ordered(0..10, 2, 4, |i: i32| {
            if i == 3 {
                panic!("boom at {i}");
            }
            i
        }) {}
    }

    #[test]
    fn empty_input() {
        assert_eq!(map_ordered(Vec::<u8>::new(), 2, 0, |x| x).count(), 0);
    }
}
