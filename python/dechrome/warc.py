"""Pages out of WARC files (plain or gzipped), ready for :func:`dechrome.extract`.

>>> from dechrome.warc import iter_warc, WarcStats
>>> import dechrome
>>> stats = WarcStats()
>>> for page in iter_warc("crawl.warc.gz", stats=stats):           # doctest: +SKIP
...     article = dechrome.extract(page["html"], url=page["url"], charset=page["charset"])
>>> print(stats)                                                    # doctest: +SKIP
WarcStats(records=3, responses=3, html=2, non_html=1, ...)

Reading is the crate's own WARC reader (``dechrome::warc``, the one ``dechrome batch``
uses): no other package is needed, and ``source`` may be a path or any binary file object
read forwards only (a pipe, an HTTP stream, ``sys.stdin.buffer``). Only ``response``
records whose payload is HTML are yielded; the others are counted in :class:`WarcStats`. Damaged input does not stop the reading:

- a record cut short by the end of the file is yielded with ``truncated=True`` and
  counted;
- a record the parser refuses (malformed headers, a wrong Content-Length, garbage
  between records, a corrupt gzip member) is counted and reported in ``stats.errors`` and
  through the ``dechrome.warc`` logger; records a wrong length swallowed are read again,
  and otherwise reading resumes at the next record boundary;
- a payload larger than ``max_bytes`` once its HTTP ``Content-Encoding`` (gzip, deflate,
  br, zstd) is undone is skipped and counted in ``stats.too_large``: it is decompressed in
  steps and abandoned at the limit, so a small "compression bomb" cannot exhaust memory;
- a payload in an unknown ``Content-Encoding`` (gzip, deflate, br and zstd are known),
  or whose compressed stream is broken before any of it decodes, is skipped and counted
  in ``stats.bad_encoding``; one that ends part-way is yielded up to there with
  ``truncated=True``.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import BinaryIO, Iterator, List, Optional, TypedDict, Union

from dechrome._native import WarcReader as _WarcReader

__all__ = ["WarcPage", "WarcStats", "iter_warc", "HTML_TYPES", "DEFAULT_MAX_BYTES"]

log = logging.getLogger("dechrome.warc")

#: Payload media types read as HTML.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

#: Default of ``max_bytes``: the default ``max_input_bytes`` of :class:`dechrome.Cleaner`
#: (a larger page would be refused by the cleaner anyway).
DEFAULT_MAX_BYTES = 64 << 20


class WarcPage(TypedDict):
    """One HTML page out of a WARC file."""

    #: ``WARC-Target-URI``.
    url: Optional[str]
    #: ``WARC-Date``, as written in the record (ISO 8601).
    date: Optional[str]
    #: ``WARC-Record-ID``.
    record_id: Optional[str]
    #: The HTTP payload, undecoded (the page's bytes in its own encoding).
    html: bytes
    #: The charset of the HTTP ``Content-Type``, if any (pass it to ``dechrome.extract``).
    charset: Optional[str]
    #: The HTTP ``Content-Type`` media type, if any.
    content_type: Optional[str]
    #: The payload is shorter than the record announced (the file was cut short).
    truncated: bool
    #: Offset of the record in the (compressed) file.
    offset: int


@dataclass
class WarcStats:
    """What :func:`iter_warc` read and skipped, filled in as it goes."""

    #: Records parsed, of any type.
    records: int = 0
    #: ``response`` records among them.
    responses: int = 0
    #: HTML pages yielded.
    html: int = 0
    #: Responses skipped because their payload is not HTML.
    non_html: int = 0
    #: Responses skipped because their HTTP status is not 2xx (redirects, errors).
    non_ok_status: int = 0
    #: HTML pages yielded whose payload was cut short.
    truncated: int = 0
    #: Responses skipped because their payload (decompressed) is over ``max_bytes``.
    too_large: int = 0
    #: Responses skipped because their ``Content-Encoding`` is unknown or does not decode.
    bad_encoding: int = 0
    #: Responses skipped because their payload is not an HTTP message.
    non_http: int = 0
    #: Places where the parser failed, as ``"PATH@OFFSET: message"``; reading resumed after each.
    errors: List[str] = field(default_factory=list)


def iter_warc(
    source: Union[str, "os.PathLike[str]", BinaryIO],
    *,
    stats: Optional[WarcStats] = None,
    include_non_ok: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[WarcPage]:
    """Yields every HTML response of a WARC file (``.warc`` or ``.warc.gz``, recognised by
    its bytes) as a dict: ``url``, ``date``, ``record_id``, ``html`` (bytes), ``charset``,
    ``content_type``, ``truncated``, ``offset``.

    ``source`` is a path or a binary file object (read forwards only, never seeked).
    Non-HTML responses, other record types and (unless ``include_non_ok``) non-2xx
    responses are skipped and counted in ``stats``. Parse failures are logged, listed in
    ``stats.errors`` and skipped; reading goes on at the next record.

    ``html`` has its HTTP transfer coding (chunked) and ``Content-Encoding`` (gzip,
    deflate, br, zstd) undone. A payload over ``max_bytes`` (default 64 MiB, the cleaner's
    default ``max_input_bytes``; raise both together), compressed or not, is skipped and
    counted in ``stats.too_large`` without being decompressed past the limit.
    """
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
        raise ValueError(f"max_bytes must be an int >= 0, not {max_bytes!r}")
    stats = stats if stats is not None else WarcStats()
    if hasattr(source, "read"):
        name = str(getattr(source, "name", "<stream>"))
    else:
        name = os.fspath(source)
        source = name
    reader = _WarcReader(source, max_bytes=max_bytes, include_non_ok=include_non_ok)
    base = {k: getattr(stats, k) for k in _NATIVE_COUNTS}

    def sync() -> None:
        native = reader.stats()
        for k, v in base.items():
            setattr(stats, k, v + native[k])

    try:
        for item in reader:
            sync()
            error = item.get("error")
            if error is None:
                stats.html += 1
                if item["truncated"]:
                    stats.truncated += 1
                    log.warning("%s: record %s is truncated", item["url"], item["record_id"])
                yield item
                continue
            kind = item["kind"]
            if kind == "too_large":
                stats.too_large += 1
                log.warning("%s: record %s is over max_bytes=%d; skipped", item["url"], item["record_id"], max_bytes)
            elif kind == "bad_encoding":
                stats.bad_encoding += 1
                log.warning("%s@%d: %s; skipped", name, item["offset"], error)
            else:
                stats.errors.append(f"{name}@{item['offset']}: {error}")
                log.warning("%s@%d: %s", name, item["offset"], error)
    finally:
        sync()


#: The counts :class:`WarcStats` takes from the native reader (the others are counted here).
_NATIVE_COUNTS = ("records", "responses", "non_html", "non_ok_status", "non_http")
