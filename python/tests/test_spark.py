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


def _cc_pyspark_partition(paths):
    """What a cc-pyspark job's ``process_record`` does with a parser module, per partition:
    read each WARC with warcio, skip what is not an HTML response, hand the payload and
    its charset to ``get_html_tree`` and the tree to ``html_to_text``."""
    from warcio.archiveiterator import ArchiveIterator

    from dechrome_parser import HTMLParser

    parser = HTMLParser()
    for path in paths:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                status = record.http_headers.get_statuscode()
                if "html" not in ctype or status != "200":
                    continue
                charset = ctype.partition("charset=")[2] or None
                url = record.rec_headers.get_header("WARC-Target-URI")
                tree = parser.get_html_tree(record.content_stream().read(), encoding=charset, url=url)
                yield url, parser.html_to_text(tree), parser.html_to_text(tree, with_title=False)


def test_cc_pyspark_parser_module(spark, tmp_path):
    """examples/spark/dechrome_parser.py in the shape of cc-pyspark's parser modules,
    shipped to the workers as ``--py-files`` ships it, gives every page's clean text."""
    pages = fixture_pages()
    paths = []
    for i, chunk in enumerate((pages[: len(pages) // 2], pages[len(pages) // 2 :])):
        path = tmp_path / f"part-{i}.warc.gz"
        path.write_bytes(warc_bytes(chunk))
        paths.append(str(path))
    spark.sparkContext.addPyFile(str(ROOT / "examples" / "spark" / "dechrome_parser.py"))
    # The workers cannot import this test module: its partition function travels by value.
    from pyspark import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    rows = spark.sparkContext.parallelize(paths, 2).mapPartitions(_cc_pyspark_partition).collect()

    assert len(rows) == len(pages)
    by_url = {url: (text, body) for url, text, body in rows}
    for url, html, ctype in pages:
        charset = "utf-8" if "charset=utf-8" in ctype else None
        article = dechrome.extract(html, url=url, charset=charset)
        assert by_url[url] == (article.text, article.body_text), url


def test_parser_module_falls_back_on_an_unknown_charset():
    """A charset label dechrome does not know is ignored, as cc-pyspark's parsers fall
    back to detection; a page without visible text raises the library's error."""
    import dechrome_parser

    parser = dechrome_parser.HTMLParser(focus="precision")
    html = b"<html><body><article><p>" + b"A sentence of the article that says enough. " * 8 + b"</p></article></body></html>"
    tree = parser.get_html_tree(html, encoding="x-no-such-charset")
    assert parser.html_to_text(tree) == dechrome.extract(html, focus="precision").text
    with pytest.raises(dechrome.EmptyDocumentError):
        parser.get_html_tree(b"<html><body></body></html>")
