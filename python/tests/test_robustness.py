"""Bad input and large input: one bad item of a batch, a single page passed as a batch,
absurd thread counts, oversized text, and the cost of to_dict on many blocks."""

from __future__ import annotations

import gc
import os
import threading

import pytest

import dechrome

SHORT = "<p>The body paragraph is a full sentence, with enough words in it to read as prose.</p>"
PARAGRAPH = "The body paragraph number {} is a full sentence, with enough words in it to read as prose."

#: Items of a batch that are not pages, and the exception each raises with errors="raise".
BAD_ITEMS = [
    (None, TypeError),
    (42, TypeError),
    ({"url": "https://example.com/no-html"}, ValueError),
    ({"html": SHORT, "charset": "utf-8"}, ValueError),  # a str is already decoded
    ({"html": SHORT, "url": 5}, TypeError),
]


@pytest.mark.parametrize("bad, exc", BAD_ITEMS, ids=lambda v: type(v).__name__)
def test_a_bad_item_fails_alone(bad, exc):
    cleaner = dechrome.Cleaner()
    good = cleaner.clean(SHORT)
    pages = [SHORT, bad, SHORT]
    assert cleaner.clean_many(pages, errors="none") == [good, None, good]
    assert cleaner.clean_many(pages, errors="empty", threads=2) == [good, "", good]
    articles = cleaner.extract_many(pages, errors="none")
    assert articles[1] is None and [a.text for a in articles[::2]] == [good, good]
    assert cleaner.extract_many(pages, errors="empty")[1].blocks == []
    with pytest.raises(exc, match="^page 1: ") as e:
        cleaner.clean_many(pages)
    assert e.value.index == 1
    with pytest.raises(exc, match="^page 1: "):
        cleaner.extract_many(iter(pages))


def test_raise_reports_the_first_failure_in_input_order():
    cleaner = dechrome.Cleaner()
    with pytest.raises(dechrome.EmptyDocumentError) as e:
        cleaner.clean_many([SHORT, "", None])
    assert e.value.index == 1
    with pytest.raises(TypeError) as e:
        cleaner.clean_many([SHORT, None, ""])
    assert e.value.index == 1


def test_an_error_of_the_iteration_itself_propagates():
    def pages():
        yield SHORT
        raise RuntimeError("the source broke")

    with pytest.raises(RuntimeError, match="the source broke"):
        dechrome.Cleaner().clean_many(pages(), errors="none")


@pytest.mark.parametrize("single", ["abc", b"abc", bytearray(b"abc"), {"html": SHORT}], ids=repr)
def test_a_single_page_is_not_a_batch(single):
    cleaner = dechrome.Cleaner()
    for method in (cleaner.clean_many, cleaner.extract_many):
        for errors in ("raise", "none"):
            with pytest.raises(TypeError, match="iterable of pages"):
                method(single, errors=errors)
    assert cleaner.clean_many([SHORT, SHORT.encode()]) == [cleaner.clean(SHORT)] * 2


def _threads_now() -> int:
    return len(os.listdir("/proc/self/task"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_threads_is_capped_at_the_cores():
    cleaner = dechrome.Cleaner()
    page = "<article>" + "".join(f"<p>{PARAGRAPH.format(i)}</p>" for i in range(300)) + "</article>"
    pages = [page] * 64
    expected = cleaner.clean_many(pages[:1], threads=1) * len(pages)
    peak = [0]
    stop = threading.Event()

    def watch():
        while not stop.is_set():
            peak[0] = max(peak[0], _threads_now())

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        before = _threads_now()
        got = cleaner.clean_many(pages, threads=5000)
    finally:
        stop.set()
        watcher.join()
    assert got == expected
    # A local pool of at most one thread per core (the global pool may start too).
    assert peak[0] - before <= 2 * (os.cpu_count() or 1), (before, peak[0])


def test_threads_must_not_be_negative():
    with pytest.raises(ValueError, match="threads"):
        dechrome.Cleaner().clean_many([SHORT], threads=-1)
    assert dechrome.Cleaner().clean_many([SHORT], threads=10**6) == [dechrome.clean(SHORT)]


def test_clean_text_has_the_same_size_limit_as_clean():
    limit = dechrome.Cleaner().options["max_input_bytes"]
    text = "word " * (limit // 5 + 1)
    for f in (dechrome.clean_text, dechrome.extract_text, dechrome.Cleaner().clean_text):
        with pytest.raises(dechrome.InputTooLargeError) as e:
            f(text)
        assert (e.value.size, e.value.limit) == (len(text), limit)
    del text
    with pytest.raises(dechrome.InputTooLargeError):
        dechrome.clean_text(PARAGRAPH, max_input_bytes=10)
    assert dechrome.clean_text(PARAGRAPH.format(1), max_input_bytes=1000) == PARAGRAPH.format(1)


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


def test_binary_input_is_a_typed_error():
    png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 8
    with pytest.raises(dechrome.BinaryInputError) as info:
        dechrome.clean(png)
    assert info.value.signature == "a PNG image"
    noise = bytes((i * 7919 + 13) % 256 for i in range(20_000))
    with pytest.raises(dechrome.BinaryInputError) as info:
        dechrome.clean(noise)
    assert info.value.signature is None and info.value.control_percent >= 8
    # In a batch it fails alone, at its index.
    results = dechrome.Cleaner().clean_many([SHORT, png, SHORT], errors="none")
    assert results[1] is None and results[0] and results[2]


def test_max_blocks_is_the_work_budget_of_a_page():
    many = "".join(f"<p>Paragraph {i} of a long page.</p>" for i in range(50))
    assert dechrome.Cleaner(max_blocks=50).clean(many)
    with pytest.raises(dechrome.TooManyBlocksError) as info:
        dechrome.Cleaner(max_blocks=49).clean(many)
    assert info.value.limit == 49
    with pytest.raises(dechrome.TooManyBlocksError):
        dechrome.clean_text("a\n\n" * 200, max_blocks=10)
    assert dechrome.Cleaner(max_blocks=7).options["max_blocks"] == 7
