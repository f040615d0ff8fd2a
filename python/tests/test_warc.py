"""dechrome.warc on WARC files built here from the HTML fixtures."""

from __future__ import annotations

import dechrome
from conftest import expected_text, fixture_pages, need, warc_bytes

need("warcio")
from dechrome.warc import WarcStats, iter_warc  # noqa: E402


def test_every_fixture_comes_out_in_order(fixture_warc):
    stats = WarcStats()
    pages = list(iter_warc(fixture_warc, stats=stats))
    want = fixture_pages()
    assert [p["url"] for p in pages] == [u for u, _, _ in want]
    assert [p["html"] for p in pages] == [b for _, b, _ in want]
    assert stats.html == len(want)
    assert stats.non_html == 1 and stats.non_ok_status == 1
    assert stats.responses == len(want) + 2
    assert stats.records == 1 + 2 * (len(want) + 2)  # warcinfo + request/response pairs
    assert stats.errors == [] and stats.truncated == 0
    for p in pages:
        assert p["record_id"].startswith("<urn:uuid:")
        assert p["date"] and p["date"][:2] == "20"
        assert p["charset"] == (None if "windows-1252" in p["url"] else "utf-8")
        assert not p["truncated"]
        text = dechrome.extract(p["html"], url=p["url"], charset=p["charset"]).text
        assert text == expected_text(p["url"], p["html"], p["charset"]) and text


def test_plain_warc(tmp_path):
    path = tmp_path / "plain.warc"
    path.write_bytes(warc_bytes(fixture_pages()[:3], gzip=False))
    assert [p["url"] for p in iter_warc(path)] == [u for u, _, _ in fixture_pages()[:3]]


def test_truncated_file_is_reported_not_fatal(tmp_path):
    data = warc_bytes(fixture_pages()[:3], gzip=False, extra=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:-500])
    stats = WarcStats()
    pages = list(iter_warc(path, stats=stats))
    assert len(pages) == 3
    assert [p["truncated"] for p in pages] == [False, False, True]
    assert stats.truncated == 1
    # A truncated page still cleans.
    assert dechrome.clean(pages[-1]["html"])


def test_garbage_between_records_is_skipped(tmp_path):
    pages_in = fixture_pages()[:4]
    first = warc_bytes(pages_in[:2], gzip=False, extra=False)
    second = warc_bytes(pages_in[2:], gzip=False, extra=False)
    path = tmp_path / "garbage.warc"
    path.write_bytes(first + b"this is not a WARC record\r\n\r\n" + second)
    stats = WarcStats()
    got = [p["url"] for p in iter_warc(path, stats=stats)]
    assert got == [u for u, _, _ in pages_in]
    assert len(stats.errors) == 1 and "garbage.warc@" in stats.errors[0]


def test_garbage_in_gzipped_warc(tmp_path):
    pages_in = fixture_pages()[:4]
    data = warc_bytes(pages_in[:2], extra=False) + b"\x00garbage\x00" * 10 + warc_bytes(pages_in[2:], extra=False)
    path = tmp_path / "garbage.warc.gz"
    path.write_bytes(data)
    stats = WarcStats()
    got = [p["url"] for p in iter_warc(path, stats=stats)]
    assert got == [u for u, _, _ in pages_in]
    assert len(stats.errors) >= 1


def _encoded_warc(pages) -> bytes:
    """A gzipped WARC of responses `(url, body, content_encoding)`, the body sent as is."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for url, body, coding in pages:
        headers = [("Content-Type", "text/html; charset=utf-8")]
        if coding:
            headers.append(("Content-Encoding", coding))
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return buf.getvalue()


def _gzip_bomb(size: int) -> bytes:
    """A gzip stream of an HTML start then `size` zero bytes, built a MiB at a time (~1/1000 the size)."""
    import zlib

    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [c.compress(b"<html><body><p>")]
    zeros = bytes(1 << 20)
    for _ in range(size >> 20):
        parts.append(c.compress(zeros))
    parts.append(c.flush())
    return b"".join(parts)


def test_gzip_bomb_is_skipped_within_max_bytes(tmp_path):
    import tracemalloc

    limit = 1 << 20
    bomb = _gzip_bomb(64 * limit)  # 64 MiB of output from ~64 KB
    assert len(bomb) < limit // 8
    ok = fixture_pages()[0][1]
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(_encoded_warc([("https://x/a", ok, None), ("https://x/bomb", bomb, "gzip"),
                                    ("https://x/b", ok, None)]))
    stats = WarcStats()
    tracemalloc.start()
    try:
        pages = list(iter_warc(path, stats=stats, max_bytes=limit))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [p["url"] for p in pages] == ["https://x/a", "https://x/b"]
    assert stats.too_large == 1 and stats.errors == []
    # Decompressing stopped at the limit: memory stays a small multiple of it, not 64x.
    assert peak < 8 * limit, peak


def test_max_bytes_defaults_to_the_cleaners_limit_and_applies_to_plain_payloads(tmp_path):
    import inspect

    default = inspect.signature(iter_warc).parameters["max_bytes"].default
    assert default == dechrome.Cleaner().options["max_input_bytes"]
    ok = fixture_pages()[0][1]
    path = tmp_path / "plain.warc.gz"
    path.write_bytes(_encoded_warc([("https://x/a", ok, None)]))
    stats = WarcStats()
    assert list(iter_warc(path, stats=stats, max_bytes=len(ok) - 1)) == []
    assert stats.too_large == 1
    assert [p["html"] for p in iter_warc(path, max_bytes=len(ok))] == [ok]


def test_content_encodings_are_undone(tmp_path):
    import gzip
    import zlib

    brotli = need("brotli")
    html = fixture_pages()[0][1]
    raw_deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    cases = [
        ("gzip", gzip.compress(html)),
        ("x-gzip", gzip.compress(html)),
        ("deflate", zlib.compress(html)),
        ("deflate", raw_deflate.compress(html) + raw_deflate.flush()),  # what some servers send
        ("br", brotli.compress(html)),
        ("gzip, br", brotli.compress(gzip.compress(html))),
        ("identity", html),
    ]
    path = tmp_path / "enc.warc.gz"
    path.write_bytes(_encoded_warc([(f"https://x/{i}", body, c) for i, (c, body) in enumerate(cases)]))
    stats = WarcStats()
    pages = list(iter_warc(path, stats=stats))
    assert [p["html"] for p in pages] == [html] * len(cases)
    assert not any(p["truncated"] for p in pages) and stats.bad_encoding == 0


def test_broken_or_unknown_encoding_is_counted_not_fatal(tmp_path):
    import gzip

    brotli = need("brotli")
    html = fixture_pages()[0][1]
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(_encoded_warc([
        ("https://x/cut", gzip.compress(html)[: len(gzip.compress(html)) // 2], "gzip"),
        ("https://x/zstd", b"\x28\xb5\x2f\xfd not really zstd", "zstd"),
        ("https://x/garbage", b"not gzip at all", "gzip"),
        ("https://x/br-bomb", brotli.compress(b"<html>" + bytes(8 << 20)), "br"),
        ("https://x/ok", html, None),
    ]))
    stats = WarcStats()
    pages = list(iter_warc(path, stats=stats, max_bytes=1 << 20))
    assert [p["url"] for p in pages] == ["https://x/cut", "https://x/ok"]
    cut = pages[0]
    assert cut["truncated"] and 0 < len(cut["html"]) < len(html) and html.startswith(cut["html"])
    assert stats.bad_encoding == 2 and stats.too_large == 1 and stats.truncated == 1
    assert stats.errors == []


class _Pipe:
    """A binary stream that can only be read forwards (no seek, no tell), like a pipe."""

    def __init__(self, data: bytes):
        self._data, self._at = data, 0

    def read(self, n: int = -1) -> bytes:
        end = len(self._data) if n < 0 else self._at + n
        out = self._data[self._at : end]
        self._at += len(out)
        return out


def test_a_stream_read_forwards_gives_what_the_file_gives(tmp_path):
    for gz in (True, False):
        data = warc_bytes(fixture_pages()[:4], gzip=gz)
        path = tmp_path / f"s{gz}.warc"
        path.write_bytes(data)
        from_file, from_pipe = WarcStats(), WarcStats()
        want = list(iter_warc(path, stats=from_file))
        got = list(iter_warc(_Pipe(data), stats=from_pipe))
        assert got == want and len(got) == 4
        assert from_pipe == from_file and from_pipe.non_html == 1


def test_a_stream_that_fails_is_reported_not_raised():
    class Broken(_Pipe):
        def read(self, n=-1):
            if self._at > 20000:
                raise OSError("connection reset")
            return super().read(min(n, 1000))  # a socket gives what has arrived

    stats = WarcStats()
    pages = list(iter_warc(Broken(warc_bytes(fixture_pages()[:4], gzip=False)), stats=stats))
    assert len(pages) < 4 and len(stats.errors) == 1 and "connection reset" in stats.errors[0]
