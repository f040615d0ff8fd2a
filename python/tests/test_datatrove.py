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

    ex = DechromeExtractor(keep_captions=True)
    assert isinstance(ex, BaseExtractor)
    html = fixture_pages()[0][1].decode("utf-8")
    assert ex.extract(html) == dechrome.clean(html, keep_captions=True)
    assert DechromeExtractor(keep_title=False).extract(html) == dechrome.extract(html).body_text
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
        assert d["text"] == dechrome.clean(datatrove_decoded(body)), d["metadata"]["url"]
        assert d["id"].startswith("<urn:uuid:")
