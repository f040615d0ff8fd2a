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

__all__ = ["DechromeExtractor"]


class DechromeExtractor(BaseExtractor):
    """Extracts the article text of HTML documents with :class:`dechrome.Cleaner`.

    Args:
        timeout: per-document timeout in seconds, enforced by datatrove's extractor
            sandbox (dechrome's own work is linear in the page size).
        keep_title: keep the headline as the first paragraph of the text (default True,
            as ``dechrome.clean``); False gives the body only.
        **options: :class:`dechrome.Cleaner` options (``focus``, ``keep_captions``,
            ``keep_credits``, ``keep_comments``, ``keep_tables``, ``keep_headings``, ``min_score``, ``language``, ``max_input_bytes``,
            ``max_nodes``, ``strict_decoding``); unknown ones raise TypeError here.

    A page with no visible text gives an empty text, which datatrove counts as
    ``dropped``; other dechrome errors (e.g. ``InputTooLargeError``) are counted as
    ``clean_error`` by datatrove and the document is skipped.
    """

    name = "🧹 Dechrome"
    _requires_dependencies = ["dechrome"]

    def __init__(self, timeout: float = 1, keep_title: bool = True, **options: Any):
        super().__init__(timeout)
        self.keep_title = keep_title
        self.options = dict(options)
        # Built now so bad options fail when the pipeline is declared, not in a worker.
        self._cleaner: Optional[dechrome.Cleaner] = dechrome.Cleaner(**self.options)

    @property
    def cleaner(self) -> dechrome.Cleaner:
        if self._cleaner is None:
            self._cleaner = dechrome.Cleaner(**self.options)
        return self._cleaner

    def extract(self, text: str) -> str:
        """The clean text of one HTML page ("" when it has no visible text)."""
        if not text:
            return ""
        try:
            if self.keep_title:
                return self.cleaner.clean(text)
            return self.cleaner.extract(text).body_text
        except dechrome.EmptyDocumentError:
            return ""
