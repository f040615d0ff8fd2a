"""dechrome.warc on WARC files built here from the HTML fixtures."""

from __future__ import annotations

import dechrome
from conftest import expected_text, fixture_pages, need, warc_bytes

need("fastwarc")
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
