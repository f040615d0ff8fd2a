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
  resumes at the next record boundary found in the file;
- a payload larger than ``max_bytes`` once its HTTP ``Content-Encoding`` (gzip, deflate,
  br) is undone is skipped and counted in ``stats.too_large``: it is decompressed in
  steps and abandoned at the limit, so a small "compression bomb" cannot exhaust memory;
- a payload in an unknown ``Content-Encoding``, or whose compressed stream is broken
  before any of it decodes, is skipped and counted in ``stats.bad_encoding``; one that
  breaks (or ends) part-way is yielded up to there with ``truncated=True``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import BinaryIO, Iterator, List, Optional, Tuple, TypedDict, Union
import os
import zlib

__all__ = ["WarcPage", "WarcStats", "iter_warc", "HTML_TYPES", "DEFAULT_MAX_BYTES"]

log = logging.getLogger("dechrome.warc")

#: Payload media types read as HTML.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SNIFF_BYTES = 1024
_SCAN_CHUNK = 1 << 20
#: Compressed input fed to a decompressor at a time.
_DECODE_CHUNK = 64 << 10
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


def _content_encodings(value: Optional[str]) -> List[str]:
    """The codings of a ``Content-Encoding`` header, in the order they were applied."""
    if not value:
        return []
    codings = [c.strip().lower() for c in value.split(",")]
    return [c for c in codings if c and c != "identity"]


class _TooLarge(Exception):
    pass


def _inflate(data: bytes, wbits: int, limit: int) -> Tuple[bytes, bool]:
    """zlib/gzip/raw deflate of `data`, stopping past `limit` output bytes (``_TooLarge``);
    also says whether the stream ended. Gzip members after the first are read too."""
    out = bytearray()
    pos = 0
    while True:
        d = zlib.decompressobj(wbits)
        pending = b""
        while not d.eof:
            if not pending:
                if pos >= len(data):
                    return bytes(out), False
                pending = data[pos : pos + _DECODE_CHUNK]
                pos += len(pending)
            # max_length bounds this step's output; the rest waits in unconsumed_tail.
            try:
                out += d.decompress(pending, limit + 1 - len(out))
            except zlib.error:
                if not out:
                    raise
                return bytes(out), False
            pending = d.unconsumed_tail
            if len(out) > limit:
                raise _TooLarge
        rest = d.unused_data + data[pos:]
        if not (wbits & 16 and rest[:2] == b"\x1f\x8b"):
            return bytes(out), True
        data, pos = rest, 0


def _unbrotli(data: bytes, limit: int) -> Tuple[bytes, bool]:
    import brotli  # a dependency of FastWARC

    d = brotli.Decompressor()
    if not hasattr(d, "can_accept_more_data"):
        # Before brotli 1.2 the output cannot be bounded: refuse rather than risk a bomb.
        raise brotli.error("brotli >= 1.2 is needed to decode br within max_bytes")
    out = bytearray()
    for pos in range(0, len(data), _DECODE_CHUNK):
        chunk = data[pos : pos + _DECODE_CHUNK]
        while True:
            try:
                out += d.process(chunk, output_buffer_limit=limit + 1 - len(out))
            except brotli.error:
                if not out:
                    raise
                return bytes(out), False
            if len(out) > limit:
                raise _TooLarge
            chunk = b""
            if d.is_finished() or d.can_accept_more_data():
                break
        if d.is_finished():
            break
    return bytes(out), d.is_finished()


def _decode(raw: bytes, encodings: List[str], limit: int) -> Tuple[bytes, str]:
    """`raw` with its content codings undone, and how that went: ``"ok"``, ``"partial"``
    (a stream broke or ended early: what decoded so far), ``"too_large"`` (over `limit`)
    or ``"bad"`` (unknown coding, or nothing decodes)."""
    data, status = raw, "ok"
    for coding in reversed(encodings):
        try:
            if coding in ("gzip", "x-gzip"):
                # 47: a gzip or zlib header, read from the data.
                data, complete = _inflate(data, 47, limit)
            elif coding == "deflate":
                # RFC 9110's deflate is zlib-wrapped; some servers send raw deflate.
                zlib_header = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
                data, complete = _inflate(data, 15 if zlib_header else -15, limit)
            elif coding == "br":
                data, complete = _unbrotli(data, limit)
            else:
                return b"", "bad"
        except _TooLarge:
            return b"", "too_large"
        except Exception:  # zlib.error, brotli.error: a broken stream
            return b"", "bad"
        if not complete:
            status = "partial"
    if status == "partial" and not data:
        return b"", "bad"
    return data, status


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
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[WarcPage]:
    """Yields every HTML response of a WARC file (``.warc`` or ``.warc.gz``) as a dict:
    ``url``, ``date``, ``record_id``, ``html`` (bytes), ``charset``, ``content_type``,
    ``truncated``, ``offset``.

    Non-HTML responses, other record types and (unless ``include_non_ok``) non-2xx
    responses are skipped and counted in ``stats``. Parse failures are logged, listed in
    ``stats.errors`` and skipped; reading goes on at the next record.

    ``html`` has its HTTP ``Content-Encoding`` (gzip, deflate, br) undone. A payload over
    ``max_bytes`` (default 64 MiB, the cleaner's default ``max_input_bytes``; raise both
    together), compressed or not, is skipped and counted in ``stats.too_large`` without
    being decompressed past the limit.
    """
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
        raise ValueError(f"max_bytes must be an int >= 0, not {max_bytes!r}")
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
                    # Chunked transfer coding only: FastWARC would undo Content-Encoding
                    # with no bound on the output, so _payload does it, capped.
                    auto_decode="transfer",
                ):
                    last = record.stream_pos
                    stats.records += 1
                    if record.record_type != WarcRecordType.response:
                        continue
                    stats.responses += 1
                    page = _page(record, stats, include_non_ok, max_bytes)
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


def _page(record, stats: WarcStats, include_non_ok: bool, max_bytes: int) -> Optional[WarcPage]:
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
    # One byte over the limit tells "too large" from "exactly at the limit".
    raw = record.reader.read(max_bytes + 1)
    encodings = _content_encodings(http.get("Content-Encoding") if http is not None else None)
    # A compressed payload already over the limit would decode larger still.
    payload, status = (b"", "too_large") if len(raw) > max_bytes else _decode(raw, encodings, max_bytes)
    url = headers.get("WARC-Target-URI")
    if status == "too_large":
        stats.too_large += 1
        record.consume()
        log.warning("%s: record %s is over max_bytes=%d; skipped", url, headers.get("WARC-Record-ID"), max_bytes)
        return None
    if status == "bad":
        stats.bad_encoding += 1
        log.warning("%s: record %s: Content-Encoding %r does not decode; skipped",
                    url, headers.get("WARC-Record-ID"), ", ".join(encodings))
        return None
    if media is None and not _looks_like_html(payload):
        stats.non_html += 1
        return None
    # Without a transfer coding the payload is the rest of the record, so a short read
    # means the file was cut short (chunk framing makes the decoded payload shorter);
    # a compressed stream that stops early is cut short too.
    chunked = http is not None and http.get("Transfer-Encoding") is not None
    truncated = (
        (not chunked and len(raw) < expected)
        or status == "partial"
        or headers.get("WARC-Truncated") is not None
    )
    if truncated:
        stats.truncated += 1
        log.warning(
            "%s: record %s is truncated (%d of %d bytes)",
            headers.get("WARC-Target-URI"),
            headers.get("WARC-Record-ID"),
            len(raw),
            expected,
        )
    stats.html += 1
    return WarcPage(
        url=url,
        date=headers.get("WARC-Date"),
        record_id=headers.get("WARC-Record-ID"),
        html=payload,
        charset=record.http_charset,
        content_type=media,
        truncated=truncated,
        offset=record.stream_pos,
    )
