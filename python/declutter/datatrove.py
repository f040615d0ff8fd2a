"""A datatrove extractor step built on declutter.

``DeclutterExtractor`` takes the place of datatrove's ``Trafilatura`` step (same base
class, same place in a pipeline): it replaces each document's HTML with its clean text
and drops documents with no article text.

>>> from datatrove.pipeline.readers import WarcReader
>>> from datatrove.pipeline.writers import JsonlWriter
>>> from datatrove.executor import LocalPipelineExecutor
>>> from declutter.datatrove import DeclutterExtractor
>>> LocalPipelineExecutor(pipeline=[
...     WarcReader("crawl/", glob_pattern="*.warc.gz"),
...     DeclutterExtractor(),
...     JsonlWriter("out/"),
... ], tasks=2).run()                                                  # doctest: +SKIP

Needs ``datatrove`` (``pip install "./python[datatrove]"``); see
``examples/datatrove/pipeline.py`` for a runnable pipeline.
"""

from __future__ import annotations

from typing import Any, Optional

from datatrove.pipeline.extractors.base import BaseExtractor

import declutter

__all__ = ["DeclutterExtractor"]


class DeclutterExtractor(BaseExtractor):
    """Extracts the article text of HTML documents with :class:`declutter.Cleaner`.

    Args:
        timeout: per-document timeout in seconds, enforced by datatrove's extractor
            sandbox (declutter's own work is linear in the page size).
        keep_title: keep the headline as the first paragraph of the text (default True,
            as ``declutter.clean``); False gives the body only.
        **options: :class:`declutter.Cleaner` options (``focus``, ``keep_captions``,
            ``keep_credits``, ``keep_comments``, ``keep_tables``, ``keep_headings``, ``min_score``, ``language``, ``max_input_bytes``,
            ``max_nodes``, ``strict_decoding``); unknown ones raise TypeError here.

    A page with no visible text gives an empty text, which datatrove counts as
    ``dropped``; other declutter errors (e.g. ``InputTooLargeError``) are counted as
    ``clean_error`` by datatrove and the document is skipped.
    """

    name = "🧹 Declutter"
    _requires_dependencies = ["declutter"]

    def __init__(self, timeout: float = 1, keep_title: bool = True, **options: Any):
        super().__init__(timeout)
        self.keep_title = keep_title
        self.options = dict(options)
        # Built now so bad options fail when the pipeline is declared, not in a worker.
        self._cleaner: Optional[declutter.Cleaner] = declutter.Cleaner(**self.options)

    @property
    def cleaner(self) -> declutter.Cleaner:
        if self._cleaner is None:
            self._cleaner = declutter.Cleaner(**self.options)
        return self._cleaner

    def extract(self, text: str) -> str:
        """The clean text of one HTML page ("" when it has no visible text)."""
        if not text:
            return ""
        try:
            if self.keep_title:
                return self.cleaner.clean(text)
            return self.cleaner.extract(text).body_text
        except declutter.EmptyDocumentError:
            return ""
