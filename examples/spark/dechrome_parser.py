"""An HTML parser module for cc-pyspark jobs, in the shape of its ``bs4_parser.py`` and
``resiliparse_parser.py``: drop it beside the job, ship it with ``--py-files``, and a
job that asks its parser for ``get_html_tree(page, encoding)`` and then
``html_to_text(tree)`` gets the main content of each page instead of all its text.

    spark-submit --py-files sparkcc.py,dechrome_parser.py cc_index_word_count.py ...

and in the job's ``get_html_parser`` (cc-pyspark picks the module by ``--html_parser``)::

    elif self.args.html_parser == 'dechrome':
        from dechrome_parser import HTMLParser
        return HTMLParser()

The "tree" is the cleaned :class:`dechrome.Article` (title, text, every block with its
kind, metadata and verdict): dechrome parses and classifies in one call, so the page is
read once. Needs ``pip install dechrome`` (or ``./python`` from this repository) on every
worker. ``HTMLParser(**options)`` takes the options of :class:`dechrome.Cleaner`
(``focus="precision"``, ``keep_comments=True``, ...); one cleaner serves every page.
"""

from __future__ import annotations

from typing import Any, Optional

import dechrome


class HTMLParser(object):
    """HTML parser using dechrome: the page's main content, without the site's chrome."""

    def __init__(self, **options: Any) -> None:
        self.cleaner = dechrome.Cleaner(**options)

    def get_html_tree(
        self, page: bytes, encoding: Optional[str] = None, url: Optional[str] = None, **kwargs: Any
    ) -> dechrome.Article:
        """The cleaned page.

        Args:
            page (bytes): raw HTML as bytes (a ``str`` is taken as already decoded).
            encoding (str, optional): the charset a WARC header or the HTTP
                ``Content-Type`` names (``WARC-Identified-Content-Charset``); None lets
                dechrome decide (byte-order mark, ``<meta charset>``, UTF-8, detection).
                An encoding dechrome does not know is ignored, as cc-pyspark's parsers
                fall back to detection.
            url (str, optional): the page's URL (``WARC-Target-URI``), for the page verdict
                and the metadata.
            **kwargs: ignored (accepted so callers written for the other parser modules
                work unchanged).

        Returns:
            dechrome.Article: title, text, blocks with kinds, metadata and verdict.

        Raises:
            dechrome.DechromeError: a page that cannot be cleaned (no visible text, over the
                size limit, binary); cc-pyspark jobs count it as a failed record.
        """
        try:
            return self.cleaner.extract(page, url=url, charset=encoding)
        except dechrome.UnknownCharsetError:
            return self.cleaner.extract(page, url=url)

    def html_to_text(self, tree: dechrome.Article, with_title: bool = True, **kwargs: Any) -> str:
        """The main content as plain text: blocks separated by blank lines.

        Args:
            tree (dechrome.Article): what :meth:`get_html_tree` returned.
            with_title (bool): start with the headline (the default, as the page shows it);
                False gives the body only.
            **kwargs: ignored, as in :meth:`get_html_tree`.

        Returns:
            str: the clean text.
        """
        return tree.text if with_title else tree.body_text
