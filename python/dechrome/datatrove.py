"""A datatrove extractor step built on dechrome.

``DechromeExtractor`` takes the place of datatrove's ``Trafilatura`` step (same base
class, same place in a pipeline): it replaces each document's HTML with its clean text
and drops documents with no article text.

>>> from datatrove.pipeline.readers import WarcReader
>>> from datatrove.pipeline.writers import JsonlWriter
>>> from datatrove.executor import LocalPipelineExecutor
>>> from dechrome.datatrove import DechromeExtractor
>>> LocalPipelineExecutor(pipeline=[
...     WarcReader("crawl/", glob_pattern="*.warc.gz"),
...     DechromeExtractor(),
...     JsonlWriter("out/"),
... ], tasks=2).run()                                                  # doctest: +SKIP

Needs ``datatrove`` (``pip install "./python[datatrove]"``); see
``examples/datatrove/pipeline.py`` for a runnable pipeline.
"""

from __future__ import annotations

from typing import Any, Optional

from datatrove.pipeline.extractors.base import BaseExtractor

import dechrome

__all__ = ["DechromeExtractor", "page_metadata"]


class _Extracted(str):
    """The clean text, carrying the page's metadata back from datatrove's extractor
    sandbox (another process: only ``extract``'s return value crosses it)."""

    meta: dict


class DechromeExtractor(BaseExtractor):
    """Extracts the article text of HTML documents with :class:`dechrome.Cleaner`, and
    writes what it learned about each page into ``doc.metadata``.

    Args:
        timeout: per-document timeout in seconds, enforced by datatrove's extractor
            sandbox (dechrome's own work is linear in the page size).
        keep_title: put the headline first in the text (default False: the body only,
            as the trafilatura step of FineWeb-like pipelines gives it).
        metadata: write ``language``, ``title``, ``authors``, ``published``,
            ``modified``, ``page_type`` and ``quality`` (the verdict's 0-1 confidence
            that the text is the page's main content) into ``doc.metadata``, fields
            the page has only (default True; the document's own fields, such as ``url``,
            are never overwritten).
        **options: :class:`dechrome.Cleaner` options (``focus``, ``keep_captions``,
            ``keep_credits``, ``keep_comments``, ``keep_tables``, ``keep_headings``, ``min_score``, ``language``, ``max_input_bytes``,
            ``max_nodes``, ``strict_decoding``); unknown ones raise TypeError here.
            ``focus`` defaults to ``"precision"`` here (the step it replaces runs
            trafilatura with ``favour_precision=True``).

    A page with no visible text gives an empty text, which datatrove counts as
    ``dropped``; other dechrome errors (e.g. ``InputTooLargeError``) are counted as
    ``clean_error`` by datatrove and the document is skipped.
    """

    name = "🧹 Dechrome"
    _requires_dependencies = ["dechrome"]

    def __init__(
        self, timeout: float = 1, keep_title: bool = False, metadata: bool = True, **options: Any
    ):
        super().__init__(timeout)
        self.keep_title = keep_title
        self.metadata = metadata
        self.options = {"focus": "precision", **options}
        # Built now so bad options fail when the pipeline is declared, not in a worker.
        self._cleaner: Optional[dechrome.Cleaner] = dechrome.Cleaner(**self.options)

    @property
    def cleaner(self) -> dechrome.Cleaner:
        if self._cleaner is None:
            self._cleaner = dechrome.Cleaner(**self.options)
        return self._cleaner

    def extract(self, text: str) -> str:
        """The clean text of one HTML page ("" when it has no visible text), carrying
        the page's metadata for :meth:`run`."""
        if not text:
            return ""
        try:
            article = self.cleaner.extract(text)
        except dechrome.EmptyDocumentError:
            return ""
        out = _Extracted(article.text if self.keep_title else article.body_text)
        out.meta = page_metadata(article) if self.metadata else {}
        return out

    def run(self, data, rank: int = 0, world_size: int = 1):
        """datatrove's extractor loop; each forwarded document also gets its page's
        metadata (see ``metadata`` above)."""
        for doc in super().run(data, rank, world_size):
            meta = getattr(doc.text, "meta", None)
            doc.text = str(doc.text)
            for key, value in (meta or {}).items():
                doc.metadata.setdefault(key, value)
            yield doc


def page_metadata(article: dechrome.Article) -> dict:
    """The fields :class:`DechromeExtractor` writes into ``doc.metadata``: only those
    the page has (no ``None``, no empty list)."""
    m = article.metadata
    verdict = article.verdict
    fields = {
        "language": m.get("language"),
        "title": article.title,
        "authors": m.get("authors") or None,
        "published": m.get("published"),
        "modified": m.get("modified"),
        "page_type": verdict["page_type"],
        "quality": round(float(verdict["quality"]), 4),
    }
    return {k: v for k, v in fields.items() if v is not None}
