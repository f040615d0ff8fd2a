"""Type stubs of the native extension (re-exported by ``dechrome``)."""

from typing import Any, Dict, Iterable, Iterator, List, Literal, Mapping, Optional, Sequence, Tuple, Union, overload

Html = Union[str, bytes, bytearray]
PageItem = Union[str, bytes, bytearray, Mapping[str, Any]]
Errors = Literal["raise", "empty", "none"]
Focus = Literal["precision", "balanced", "recall"]
PageType = Literal[
    "article", "listing", "forum", "product", "documentation", "homepage", "error_or_blocked", "other"
]

__version__: str
#: Every block kind's name, in declaration order.
KINDS: List[str]

class DechromeError(Exception):
    """Base class of every error raised for a page that cannot be cleaned.

    Raised by ``clean_many``/``extract_many`` with ``errors="raise"``, it carries
    ``index``: the position of the failing page (as does the TypeError or ValueError
    raised there for an item that is not a page)."""

    index: int

class InputTooLargeError(DechromeError):
    """The input is larger than ``max_input_bytes``."""

    size: int
    limit: int

class TooManyNodesError(DechromeError):
    """The page holds more tags than ``max_nodes``."""

    limit: int

class TooManyBlocksError(DechromeError):
    """The page splits into more blocks than ``max_blocks``: the work budget of one page."""

    limit: int

class UndecodableError(DechromeError):
    """With ``strict_decoding=True``: the bytes are malformed in their encoding."""

    encoding: str
    offset: int

class UnknownCharsetError(DechromeError):
    """``charset=`` names no known encoding."""

    charset: str

class EmptyDocumentError(DechromeError):
    """The page has no visible text."""

class BinaryInputError(DechromeError):
    """The input is not a page or text: an executable, image, archive, compressed data or
    PDF, told by its signature or its share of control bytes."""

    signature: str | None
    control_percent: int

class Reason:
    """One signal that fired for a block. Unpacks as ``code, name, weight = reason``."""

    @property
    def code(self) -> str:
        """Stable rule code, e.g. ``"P101"``."""
    @property
    def name(self) -> str:
        """Short rule name, e.g. ``"subscribe-phrase"``."""
    @property
    def weight(self) -> float:
        """What the rule added to the block's score (negative: towards chrome)."""
    @property
    def kind(self) -> Optional[str]:
        """The chrome kind the rule points to, if any."""
    def __iter__(self) -> Iterator[Union[str, float]]: ...
    def __eq__(self, other: object) -> bool: ...

class Block:
    """A unit of text in the page (paragraph, heading, list item, caption...), classified."""

    @property
    def kind(self) -> str:
        """``"title"``, ``"heading"``, ``"body"`` or a chrome kind (see ``KINDS``)."""
    @property
    def text(self) -> str:
        """The block's text."""
    @property
    def score(self) -> float:
        """The final score; at or above ``min_score`` leans towards body."""
    @property
    def kept(self) -> bool:
        """Whether the block is part of the clean text."""
    @property
    def reasons(self) -> List[Reason]:
        """The signals that fired, in evaluation order."""
    @property
    def structure(self) -> Dict[str, Any]:
        """The block's shape, e.g. ``{"type": "heading", "level": 2}``."""
    @property
    def context(self) -> Dict[str, Any]:
        """Where the block sits: tag, landmarks, link density, position..."""
    @property
    def path(self) -> str:
        """CSS-like path, e.g. ``html>body>div#main.content>p`` (empty for text input)."""
    def to_dict(self) -> Dict[str, Any]:
        """The block as in ``Article.to_dict()["blocks"]``."""

class Article:
    """A cleaned page: every block, classified, plus what was learned about the page."""

    @property
    def title(self) -> Optional[str]:
        """The headline: the kept title block, else the document's ``<title>``."""
    @property
    def text(self) -> str:
        """The clean text: kept blocks (title first) separated by blank lines."""
    @property
    def body_text(self) -> str:
        """The clean text without the title."""
    @property
    def language(self) -> Optional[str]:
        """The ``language`` option, else ``<html lang>``; None when unknown."""
    @property
    def authors(self) -> List[str]:
        """The authors' names (JSON-LD, ``<meta>``, else the page's byline); empty if none."""
    @property
    def published(self) -> Optional[str]:
        """When the page was published, ISO 8601 (``YYYY-MM-DD`` or with a time), or None."""
    @property
    def modified(self) -> Optional[str]:
        """When the page was last updated, ISO 8601, or None."""
    @property
    def verdict(self) -> Dict[str, Any]:
        """The page verdict: ``page_type``, ``confidence``, ``quality`` (and
        ``article_body_agreement`` when the page has JSON-LD ``articleBody``)."""
    @property
    def page_type(self) -> PageType:
        """The verdict's page type."""
    def to_markdown(self) -> str:
        """The kept blocks as Markdown (headings, lists, quotes, code, tables, links)."""
    def to_html(self) -> str:
        """The kept blocks as a minimal clean HTML fragment (``<article>...</article>``)."""
    @property
    def metadata(self) -> Dict[str, Any]:
        """Everything learned about the page (title, site_name, url, encoding, authors, ...)."""
    @property
    def blocks(self) -> List[Block]:
        """Every block, in page order, kept or not."""
    @property
    def kept_blocks(self) -> List[Block]:
        """The kept blocks, in page order."""
    def to_dict(self) -> Dict[str, Any]:
        """The whole classified document: ``metadata``, ``elements``, ``blocks``; equal to
        ``json.loads(to_json())``, built in one pass (linear in the blocks)."""
    def to_json(self) -> str:
        """The same as JSON (the Rust crate's ``Article::to_json``)."""

class CleanIter(Iterator[Union[str, None, Exception]]):
    """What ``Cleaner.clean_iter`` returns: clean texts (or failures) in input order."""
    def __iter__(self) -> CleanIter: ...
    def __next__(self) -> Union[str, None, Exception]: ...

class WarcReader(Iterator[Dict[str, Any]]):
    """The crate's WARC reader (used by ``dechrome.warc.iter_warc``, which documents the
    items): a page dict, or a dict with ``error`` and ``kind`` for a record that gave none."""
    def __init__(self, source: Any, *, max_bytes: int, include_non_ok: bool = False) -> None: ...
    def __iter__(self) -> WarcReader: ...
    def __next__(self) -> Dict[str, Any]: ...
    def stats(self) -> Dict[str, int]:
        """records, responses, pages, truncated, errors, non_html, non_ok_status, non_http."""

class Cleaner:
    """A configured, reusable, thread-safe cleaner. Picklable (as its options)."""

    def __init__(
        self,
        *,
        focus: Focus = "balanced",
        keep_captions: bool = False,
        keep_credits: bool = False,
        keep_comments: bool = False,
        keep_tables: bool = True,
        keep_headings: bool = True,
        min_score: float = 0.0,
        language: Optional[str] = None,
        max_input_bytes: int = 64 << 20,
        max_nodes: int = 2_000_000,
        max_blocks: int = 100_000,
        strict_decoding: bool = False,
        drop_selectors: Sequence[str] = (),
        keep_selectors: Sequence[str] = (),
    ) -> None: ...
    @property
    def options(self) -> Dict[str, Any]:
        """The options this cleaner was built with."""
    def clean(self, html: Html, *, url: Optional[str] = None, charset: Optional[str] = None) -> str:
        """The clean text of one page. ``charset`` (bytes only) is the transport's charset."""
    def extract(self, html: Html, *, url: Optional[str] = None, charset: Optional[str] = None) -> Article:
        """The whole ``Article`` of one page."""
    def clean_text(self, text: str) -> str:
        """The clean text of text already pulled from a page; raises EmptyDocumentError on empty
        text, InputTooLargeError over ``max_input_bytes``."""
    def extract_text(self, text: str) -> Article:
        """Like ``clean_text``, returning the ``Article``."""
    @overload
    def clean_many(
        self, pages: Iterable[PageItem], *, threads: Optional[int] = None, errors: Literal["raise", "empty"] = "raise"
    ) -> List[str]:
        """The clean texts of many pages, in input order, on all cores without the GIL.

        ``pages``: an iterable of pages (a single ``str``/``bytes``/dict is a TypeError).
        ``threads``: None or 0 for every core, N for at most N threads (capped at the cores
        this process may use), 1 for the calling thread; negative is a ValueError.
        ``errors``: what a failing page gives: ``"raise"`` raises the first failure in input
        order (``.index`` set, "page N: " before the message), ``"empty"`` gives ``""``,
        ``"none"`` gives None. An item that is not a page (None, an int, a dict without
        ``html``, a ``str`` with a ``charset``) fails alone the same way, as a TypeError or
        ValueError under ``"raise"``."""
    @overload
    def clean_many(
        self, pages: Iterable[PageItem], *, threads: Optional[int] = None, errors: Literal["none"]
    ) -> List[Optional[str]]: ...
    def clean_iter(
        self,
        pages: Iterable[PageItem],
        *,
        threads: Optional[int] = None,
        chunk: Optional[int] = None,
        errors: Literal["value", "raise", "empty", "none"] = "value",
    ) -> CleanIter:
        """The streaming ``clean_many``: reads ``chunk`` pages (default 16 a thread),
        cleans them on all cores without the GIL, yields their texts in input order, then
        reads on; at most one chunk is held. A failing item yields its exception (with
        ``.index``) under ``errors="value"`` (default) and the stream goes on; ``"raise"``
        raises it and ends the stream; ``"empty"`` yields ``""``; ``"none"`` None."""
    @overload
    def extract_many(
        self, pages: Iterable[PageItem], *, threads: Optional[int] = None, errors: Literal["raise", "empty"] = "raise"
    ) -> List[Article]:
        """Like ``clean_many``, returning ``Article``s (an empty one for a failing page with
        ``errors="empty"``)."""
    @overload
    def extract_many(
        self, pages: Iterable[PageItem], *, threads: Optional[int] = None, errors: Literal["none"]
    ) -> List[Optional[Article]]: ...

def clean(
    html: Html,
    *,
    url: Optional[str] = None,
    charset: Optional[str] = None,
    focus: Focus = "balanced",
    keep_captions: bool = False,
    keep_credits: bool = False,
    keep_comments: bool = False,
    keep_tables: bool = True,
    keep_headings: bool = True,
    min_score: float = 0.0,
    language: Optional[str] = None,
    max_input_bytes: int = 64 << 20,
    max_nodes: int = 2_000_000,
    max_blocks: int = 100_000,
    strict_decoding: bool = False,
    drop_selectors: Sequence[str] = (),
    keep_selectors: Sequence[str] = (),
) -> str:
    """The clean text of one page (title, then body paragraphs, blank-line separated)."""

def extract(
    html: Html,
    *,
    url: Optional[str] = None,
    charset: Optional[str] = None,
    focus: Focus = "balanced",
    keep_captions: bool = False,
    keep_credits: bool = False,
    keep_comments: bool = False,
    keep_tables: bool = True,
    keep_headings: bool = True,
    min_score: float = 0.0,
    language: Optional[str] = None,
    max_input_bytes: int = 64 << 20,
    max_nodes: int = 2_000_000,
    max_blocks: int = 100_000,
    strict_decoding: bool = False,
    drop_selectors: Sequence[str] = (),
    keep_selectors: Sequence[str] = (),
) -> Article:
    """The whole ``Article`` of one page."""

def clean_text(
    text: str,
    *,
    focus: Focus = "balanced",
    keep_captions: bool = False,
    keep_credits: bool = False,
    keep_comments: bool = False,
    keep_tables: bool = True,
    keep_headings: bool = True,
    min_score: float = 0.0,
    language: Optional[str] = None,
    max_input_bytes: int = 64 << 20,
) -> str:
    """The clean text of text already pulled from a page; "" for an empty text.
    InputTooLargeError over ``max_input_bytes``, as ``clean``."""

def extract_text(
    text: str,
    *,
    focus: Focus = "balanced",
    keep_captions: bool = False,
    keep_credits: bool = False,
    keep_comments: bool = False,
    keep_tables: bool = True,
    keep_headings: bool = True,
    min_score: float = 0.0,
    language: Optional[str] = None,
    max_input_bytes: int = 64 << 20,
) -> Article:
    """Like ``clean_text``, returning the ``Article``."""
