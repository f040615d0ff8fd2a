"""The Spark example job (examples/spark/clean_warc.py) in local mode on fixture WARCs."""

from __future__ import annotations

import shutil
import sys

import pytest

import dechrome
from conftest import ROOT, fixture_pages, need, warc_bytes

need("pyspark")
need("pyarrow")
sys.path.insert(0, str(ROOT / "examples" / "spark"))


@pytest.fixture(scope="module")
def spark():
    if shutil.which("java") is None and not __import__("os").environ.get("JAVA_HOME"):
        pytest.fail("Spark needs Java (17 or later) on PATH or JAVA_HOME")
    import clean_warc

    s = clean_warc.session("local[2]", "dechrome-test")
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def test_job_writes_one_row_per_page(spark, tmp_path):
    import clean_warc
    import pyarrow.parquet as pq

    pages = fixture_pages()
    # Two WARC files, one gzipped and one plain, listed in the input file.
    a, b = tmp_path / "a.warc.gz", tmp_path / "b.warc"
    a.write_bytes(warc_bytes(pages[:10]))
    b.write_bytes(warc_bytes(pages[10:], gzip=False, extra=False))
    listing = tmp_path / "input.txt"
    listing.write_text(f"{a}\nfile://{b}\n")
    out = tmp_path / "out.parquet"

    counts = clean_warc.run(spark, str(listing), str(out), partitions=2)
    rows = pq.read_table(out).to_pylist()

    assert counts["warc_files"] == 2 and counts["rows"] == len(pages) == len(rows)
    assert counts["non_html"] == 1 and counts["non_ok_status"] == 1 and counts["failed_pages"] == 0
    assert set(rows[0]) == {"url", "warc_date", "record_id", "title", "language", "text",
                            "kept_blocks", "total_blocks"}
    by_url = {r["url"]: r for r in rows}
    assert sorted(by_url) == sorted(u for u, _, _ in pages)
    for url, body, ctype in pages:
        charset = "utf-8" if "charset=utf-8" in ctype else None
        article = dechrome.extract(body, url=url, charset=charset)
        row = by_url[url]
        assert row["text"] == article.text
        assert row["title"] == article.title and row["language"] == article.language
        assert row["kept_blocks"] == len(article.kept_blocks) and row["total_blocks"] == len(article.blocks)
        assert row["record_id"].startswith("<urn:uuid:") and row["warc_date"]
