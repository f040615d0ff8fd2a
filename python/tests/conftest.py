"""Shared fixtures: the repository's HTML and text fixtures, and small WARC files made from them."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path
from typing import List, Optional, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
HTML_DIR = ROOT / "fixtures" / "html"
TEXT_DIR = ROOT / "fixtures" / "text"

#: Set by .ci/run: optional engines (pyspark, datatrove) must be installed, not skipped.
FULL = os.environ.get("DECHROME_PY_FULL") == "1"


def need(module: str):
    """Imports an optional test dependency: skipped locally when absent, a failure in CI."""
    if FULL:
        return __import__(module)
    return pytest.importorskip(module)


def html_fixtures() -> List[Path]:
    return sorted(HTML_DIR.glob("*.html"))


def open_fixtures() -> set:
    """The fixtures tests/fixtures.rs lists as OPEN (known not to match their expected text)."""
    src = (ROOT / "tests" / "fixtures.rs").read_text(encoding="utf-8")
    block = re.search(r"const OPEN: &\[\(&str, &str\)\] = &\[(.*?)\n\];", src, re.S)
    assert block, "tests/fixtures.rs: OPEN table not found"
    return set(re.findall(r'\(\s*"([^"]+)",', block.group(1)))


def warc_bytes(pages: List[Tuple[str, bytes, str]], gzip: bool = True, extra: bool = True) -> bytes:
    """A WARC file: one request + response pair per page `(url, body, content_type)`,
    a warcinfo record first and, with `extra`, a non-HTML response and a redirect."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gzip)
    w.write_record(w.create_warcinfo_record("test.warc", {"software": "dechrome tests"}))

    def response(url: str, body: bytes, ctype: str, status: str = "200 OK", headers=()):
        http = StatusAndHeaders(status, [("Content-Type", ctype), *headers], protocol="HTTP/1.1")
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        w.write_record(w.create_warc_record(url, "request", http_headers=req))
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))

    for i, (url, body, ctype) in enumerate(pages):
        response(url, body, ctype)
        if extra and i == 0:
            response("https://example.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
            response("https://example.com/old", b"", "text/html", "301 Moved Permanently",
                     [("Location", "https://example.com/new")])
    return buf.getvalue()


def fixture_pages() -> List[Tuple[str, bytes, str]]:
    pages = []
    for p in html_fixtures():
        ctype = "text/html" if "windows-1252" in p.name else "text/html; charset=utf-8"
        pages.append((f"https://fixtures.example/{p.stem}", p.read_bytes(), ctype))
    return pages


@pytest.fixture(scope="session")
def fixture_warc(tmp_path_factory) -> Path:
    """All HTML fixtures in one gzipped WARC (plus a PNG and a redirect, to be skipped)."""
    path = tmp_path_factory.mktemp("warc") / "fixtures.warc.gz"
    path.write_bytes(warc_bytes(fixture_pages()))
    return path


def expected_text(url: str, html: bytes, charset: Optional[str]) -> str:
    """What the library gives for a page of the WARC, called directly."""
    import dechrome

    return dechrome.extract(html, url=url, charset=charset).text
