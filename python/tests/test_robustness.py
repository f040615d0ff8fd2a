"""Large input: the cost of to_dict on many blocks."""

from __future__ import annotations

import gc

import dechrome

PARAGRAPH = "The body paragraph number {} is a full sentence, with enough words in it to read as prose."


def _article(blocks: int) -> dechrome.Article:
    return dechrome.extract_text("\n\n".join(PARAGRAPH.format(i) for i in range(blocks)))


def test_to_dict_shares_key_strings_and_runs_no_gc_pass():
    a = _article(5000)
    collections = []

    def on_gc(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    was_enabled = gc.isenabled()
    gc.enable()
    gc.callbacks.append(on_gc)
    try:
        d = a.to_dict()
    finally:
        gc.callbacks.remove(on_gc)
        if not was_enabled:
            gc.disable()
    assert gc.isenabled()  # paused, then restored
    # Thousands of container objects used to set off collections walking them all again.
    assert collections == []
    blocks = d["blocks"]
    assert len(blocks) == 5000
    # One key object per field name for the whole result, not one per block.
    assert len({id(k) for b in blocks for k in b}) == len(blocks[0])
    assert len({id(k) for b in blocks for k in b["context"]}) == len(blocks[0]["context"])
    import json

    assert d == json.loads(a.to_json())
    assert list(d) == list(json.loads(a.to_json()))  # and the same key order


def test_to_dict_time_grows_linearly():
    import time

    def best(article, runs):
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            article.to_dict()
            times.append(time.perf_counter() - t)
        return min(times)

    small, big = _article(2000), _article(32000)
    best(small, 1)  # warm up
    ratio = best(big, 2) / best(small, 5)
    assert ratio < 64, ratio
