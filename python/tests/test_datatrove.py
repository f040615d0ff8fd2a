"""The datatrove example pipeline (WarcReader -> DechromeExtractor -> JsonlWriter) on a fixture WARC."""

from __future__ import annotations

import gzip
import json
import sys

import pytest

import dechrome
from conftest import ROOT, fixture_pages, need

need("datatrove")
need("warcio")
sys.path.insert(0, str(ROOT / "examples" / "datatrove"))


def datatrove_decoded(body: bytes) -> str:
    """The text datatrove's WarcReader hands the extractor: it decodes pages itself
    (UTF-8, else cchardet's guess), not with the page's <meta> charset."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        import cchardet

        return body.decode(cchardet.detect(body)["encoding"])


def test_extractor_is_a_datatrove_extractor():
    from datatrove.pipeline.extractors.base import BaseExtractor

    from dechrome.datatrove import DechromeExtractor

    ex = DechromeExtractor(keep_captions=True, keep_title=True, focus="balanced")
    assert isinstance(ex, BaseExtractor)
    html = fixture_pages()[0][1].decode("utf-8")
    assert ex.extract(html) == dechrome.clean(html, keep_captions=True)
    # By default: the body without the title, at the precision focus, with the metadata.
    out = DechromeExtractor().extract(html)
    article = dechrome.extract(html, focus="precision")
    assert out == article.body_text
    assert out.meta["page_type"] == article.page_type
    assert out.meta["language"] == article.language
    assert 0.0 <= out.meta["quality"] <= 1.0
    assert "published" not in out.meta or out.meta["published"] == article.published
    assert DechromeExtractor(metadata=False).extract(html).meta == {}
    assert ex.extract("") == "" and ex.extract("<p> </p>") == ""
    with pytest.raises(TypeError):
        DechromeExtractor(no_such_option=1)


def test_pipeline_on_a_warc(fixture_warc, tmp_path):
    import pipeline  # examples/datatrove/pipeline.py

    warc_dir = fixture_warc.parent
    out = tmp_path / "out"
    pipeline.build(str(warc_dir), str(out), tasks=1).run()
    docs = []
    for f in sorted(out.glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            docs += [json.loads(line) for line in fh]
    want = {url: body for url, body, _ in fixture_pages()}
    assert sorted(d["metadata"]["url"] for d in docs) == sorted(want)
    for d in docs:
        body = want[d["metadata"]["url"]]
        article = dechrome.extract(datatrove_decoded(body), focus="precision")
        assert d["text"] == article.body_text, d["metadata"]["url"]
        assert d["id"].startswith("<urn:uuid:")
        # The page's metadata joins the document's own (whose url stays the crawl's).
        assert d["metadata"]["page_type"] == article.page_type
        assert d["metadata"]["language"] == article.language
        assert d["metadata"]["title"] == article.title
