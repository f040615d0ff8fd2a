"""Pages out of WARC files (plain or gzipped), ready for :func:`dechrome.extract`.

>>> from dechrome.warc import iter_warc, WarcStats
>>> import dechrome
>>> stats = WarcStats()
>>> for page in iter_warc("crawl.warc.gz", stats=stats):           # doctest: +SKIP
...     article = dechrome.extract(page["html"], url=page["url"], charset=page["charset"])
>>> print(stats)                                                    # doctest: +SKIP
WarcStats(records=3, responses=3, html=2, non_html=1, ...)

Reading uses FastWARC (``pip install fastwarc``, or ``pip install "./python[warc]"``).
Only ``response`` records whose payload is HTML are yielded; the others are counted in
:class:`WarcStats`. Damaged input does not stop the reading:

- a record whose payload is shorter than its headers announce (a file cut short) is
  yielded with ``truncated=True`` and counted;
- a record the parser refuses (malformed headers, garbage between records) is counted
  and reported in ``stats.errors`` and through the ``dechrome.warc`` logger, and reading
  resumes at the next record boundary found in the file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import BinaryIO, Iterator, List, Optional, TypedDict, Union
import os

__all__ = ["WarcPage", "WarcStats", "iter_warc", "HTML_TYPES"]

log = logging.getLogger("dechrome.warc")

#: Payload media types read as HTML.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SNIFF_BYTES = 1024
_SCAN_CHUNK = 1 << 20


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
    #: Places where the parser failed, as ``"PATH@OFFSET: message"``; reading resumed after each.
    errors: List[str] = field(default_factory=list)


def _media_type(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    return value.split(";", 1)[0].strip().lower() or None


def _looks_like_html(payload: bytes) -> bool:
    head = payload[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<!--")) or (
        head.startswith(b"<") and b"<html" in payload[:_SNIFF_BYTES].lower()
    )


def _next_boundary(f: BinaryIO, start: int, magic: bytes) -> Optional[int]:
    """Offset of the next `magic` at or after `start`, or None at end of file."""
    f.seek(start)
    pos = start
    tail = b""
    while True:
        chunk = f.read(_SCAN_CHUNK)
        if not chunk:
            return None
        data = tail + chunk
        found = data.find(magic)
        if found >= 0:
            return pos - len(tail) + found
        tail = data[-(len(magic) - 1) :]
        pos += len(chunk)


def iter_warc(
    path: Union[str, "os.PathLike[str]"],
    *,
    stats: Optional[WarcStats] = None,
    include_non_ok: bool = False,
) -> Iterator[WarcPage]:
    """Yields every HTML response of a WARC file (``.warc`` or ``.warc.gz``) as a dict:
    ``url``, ``date``, ``record_id``, ``html`` (bytes), ``charset``, ``content_type``,
    ``truncated``, ``offset``.

    Non-HTML responses, other record types and (unless ``include_non_ok``) non-2xx
    responses are skipped and counted in ``stats``. Parse failures are logged, listed in
    ``stats.errors`` and skipped; reading goes on at the next record.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    stats = stats if stats is not None else WarcStats()
    name = os.fspath(path)
    with open(name, "rb") as f:
        magic = _GZIP_MAGIC if f.read(2) == _GZIP_MAGIC[:2] else _WARC_MAGIC
        start = 0
        while start is not None:
            f.seek(start)
            last = start - 1
            try:
                for record in ArchiveIterator(
                    f,
                    record_types=WarcRecordType.any_type,
                    parse_http=True,
                    auto_decode="all",
                ):
                    last = record.stream_pos
                    stats.records += 1
                    if record.record_type != WarcRecordType.response:
                        continue
                    stats.responses += 1
                    page = _page(record, stats, include_non_ok)
                    if page is not None:
                        yield page
                start = None
            except OSError as e:
                # Resume at the first record boundary after the last good record (and after
                # where this attempt started, so every retry moves forward).
                where = max(last, start)
                stats.errors.append(f"{name}@{where}: {e}")
                log.warning("%s: unreadable WARC data after offset %d (%s); skipping to the next record", name, where, e)
                start = _next_boundary(f, where + 1, magic)


def _page(record, stats: WarcStats, include_non_ok: bool) -> Optional[WarcPage]:
    headers = record.headers
    http = record.http_headers
    if http is not None and not include_non_ok:
        status = http.status_code
        if status is not None and not 200 <= status < 300:
            stats.non_ok_status += 1
            record.consume()
            return None
    media = _media_type(record.http_content_type) or _media_type(headers.get("WARC-Identified-Payload-Type"))
    if media is not None and media not in HTML_TYPES:
        stats.non_html += 1
        record.consume()
        return None
    expected = record.content_length
    payload = record.reader.read()
    if media is None and not _looks_like_html(payload):
        stats.non_html += 1
        return None
    truncated = len(payload) < expected or headers.get("WARC-Truncated") is not None
    if truncated:
        stats.truncated += 1
        log.warning(
            "%s: record %s is truncated (%d of %d bytes)",
            headers.get("WARC-Target-URI"),
            headers.get("WARC-Record-ID"),
            len(payload),
            expected,
        )
    stats.html += 1
    return WarcPage(
        url=headers.get("WARC-Target-URI"),
        date=headers.get("WARC-Date"),
        record_id=headers.get("WARC-Record-ID"),
        html=payload,
        charset=record.http_charset,
        content_type=media,
        truncated=truncated,
        offset=record.stream_pos,
    )
