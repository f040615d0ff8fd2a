"""Strip publisher chrome from web articles and get the article itself.

Give it a web page (HTML as ``str``, or ``bytes`` in any encoding) and it returns the
title and the body paragraphs. Every block of the page is classified as body,
heading, title or a named kind of chrome (subscribe prompt, newsletter pitch,
paywall, image credit, caption, byline, share bar, navigation, related links, cookie
notice, advertisement, legal, comments), with a score and the reasons that decided it.

>>> import dechrome
>>> html = '''<html><head><title>Shells from the North | The Daily</title></head><body>
...   <nav><a href="/">Home</a> <a href="/world">World</a></nav>
...   <article><h1>Shells from the North</h1>
...   <p>Russia is buying millions of artillery shells from North Korea, according to newly
...      declassified intelligence, a sign that sanctions are taking their toll.</p>
...   <p>Subscribe to The Daily</p></article></body></html>'''
>>> print(dechrome.clean(html))
Shells from the North
<BLANKLINE>
Russia is buying millions of artillery shells from North Korea, according to newly declassified intelligence, a sign that sanctions are taking their toll.
>>> article = dechrome.extract(html, url="https://example.com/shells")
>>> article.title, article.metadata["url"]
('Shells from the North', 'https://example.com/shells')
>>> [(b.kind, b.kept) for b in article.blocks][1:]
[('title', True), ('body', True), ('subscribe_prompt', False)]

Entry points:

- :func:`clean` / :func:`extract`: one page, options as keywords;
- :func:`clean_text` / :func:`extract_text`: text already pulled from a page;
- :class:`Cleaner`: options set once, reusable and thread-safe, with
  :meth:`Cleaner.clean_many` for many pages on all cores and
  :meth:`Cleaner.clean_iter` to stream them (one chunk in memory at a time);
- :mod:`dechrome.warc`: pages out of WARC files;
- :mod:`dechrome.datatrove`: a datatrove extractor step.

Input: a ``str`` is taken as already decoded (UTF-8 whatever its ``<meta>`` says); ``bytes``
are decoded by the library: a byte-order mark, then ``charset=`` (e.g. from the HTTP
``Content-Type``), then ``<meta charset>``, then UTF-8 if valid, then detection.

Errors: every page that cannot be cleaned raises a subclass of :class:`DechromeError`.
"""

from ._native import (
    KINDS,
    Article,
    BinaryInputError,
    Block,
    CleanIter,
    Cleaner,
    DechromeError,
    EmptyDocumentError,
    InputTooLargeError,
    Reason,
    TooManyBlocksError,
    TooManyNodesError,
    UndecodableError,
    UnknownCharsetError,
    __version__,
    clean,
    clean_text,
    extract,
    extract_text,
)

__all__ = [
    "KINDS",
    "Article",
    "BinaryInputError",
    "Block",
    "CleanIter",
    "Cleaner",
    "DechromeError",
    "EmptyDocumentError",
    "InputTooLargeError",
    "Reason",
    "TooManyBlocksError",
    "TooManyNodesError",
    "UndecodableError",
    "UnknownCharsetError",
    "__version__",
    "clean",
    "clean_text",
    "extract",
    "extract_text",
]
