"""The Python API against the Rust crate's own fixtures and contracts."""

from __future__ import annotations

import pickle
import threading

import pytest

import dechrome
from conftest import HTML_DIR, TEXT_DIR, html_fixtures, open_fixtures

FIXTURES = html_fixtures()
SHORT = "<p>The body paragraph is a full sentence, with enough words in it to read as prose.</p>"


def test_there_are_fixtures():
    assert len(FIXTURES) >= 15
    assert open_fixtures() <= {p.stem for p in FIXTURES}


def test_seed_text_fixture():
    seed = (TEXT_DIR / "the-week-article.txt").read_text(encoding="utf-8")
    expected = (TEXT_DIR / "the-week-article.expected.txt").read_text(encoding="utf-8").rstrip()
    assert dechrome.clean_text(seed) == expected
    article = dechrome.extract_text(seed)
    kinds = (TEXT_DIR / "the-week-article.kinds").read_text(encoding="utf-8").split()
    assert [b.kind for b in article.blocks] == kinds
    assert article.title.startswith("Russia is now buying artillery shells")
    paywall = next(b for b in article.blocks if b.text == "Continue reading for free")
    assert paywall.kind == "paywall" and not paywall.kept
    assert "P301" in [r.code for r in paywall.reasons]
    for b in article.blocks:
        assert b.reasons, b.text
        assert abs(sum(r.weight for r in b.reasons) - b.score) < 1e-3


@pytest.mark.parametrize("page", FIXTURES, ids=lambda p: p.stem)
def test_fixture_matches_expected_text(page):
    if page.stem in open_fixtures():
        pytest.skip("listed as OPEN in tests/fixtures.rs")
    expected = page.with_suffix(".expected.txt").read_text(encoding="utf-8").rstrip()
    assert dechrome.clean(page.read_bytes()) == expected


@pytest.mark.parametrize("page", FIXTURES, ids=lambda p: p.stem)
def test_fixture_same_by_every_route(page):
    raw = page.read_bytes()
    via_bytes = dechrome.clean(raw)
    article = dechrome.extract(raw, url="https://example.com/a")
    assert article.text == via_bytes
    assert dechrome.Cleaner().clean(raw) == via_bytes
    assert article.metadata["url"] == "https://example.com/a"
    if b"windows-1252" not in raw[:2048]:
        # UTF-8 pages: the str route gives the same as the bytes route.
        assert dechrome.clean(raw.decode("utf-8")) == via_bytes
    # The text is the kept blocks, title first; body_text drops the title.
    kept = article.kept_blocks
    assert kept and all(b.kept for b in kept)
    assert article.body_text in article.text
    assert {b.kind for b in article.blocks} <= set(dechrome.KINDS)


def test_article_shape():
    raw = (HTML_DIR / "paywall-truncated-article.html").read_bytes()
    a = dechrome.extract(raw)
    d = a.to_dict()
    assert set(d) >= {"metadata", "blocks", "elements"}
    import json

    assert json.loads(a.to_json()) == d
    assert len(d["blocks"]) == len(a.blocks)
    assert d["blocks"][0] == a.blocks[0].to_dict()
    assert a.metadata == d["metadata"]
    assert a.metadata["encoding"] == "UTF-8"
    assert a.language == a.metadata["language"]
    b = a.blocks[0]
    assert isinstance(b.kind, str) and isinstance(b.score, float) and isinstance(b.kept, bool)
    assert b.structure["type"] in {"paragraph", "heading", "list_item", "preformatted", "quote",
                                   "caption", "table_cell", "text_run"}
    assert b.path.startswith("html>body")
    code, name, weight = b.reasons[0]
    assert (code, name, weight) == (b.reasons[0].code, b.reasons[0].name, b.reasons[0].weight)
    assert str(a) == a.text
    assert "dechrome.Article" in repr(a)


def test_article_metadata_verdict_and_formats():
    root = HTML_DIR.parent / "metadata"
    raw = (root / "shown-byline-and-time.html").read_bytes()
    a = dechrome.extract(raw, url="https://bayside.example/news/harbour-dredging")
    assert a.authors == ["Jane Doe", "John Roe"] == a.metadata["authors"]
    assert a.published == "2024-03-14T09:00:00Z" == a.metadata["published"]
    assert a.modified == "2024-03-16"
    v = a.verdict
    assert v == a.to_dict()["verdict"]
    assert a.page_type == v["page_type"] == "article"
    assert 0.0 <= v["confidence"] <= 1.0 and 0.0 <= v["quality"] <= 1.0
    md = a.to_markdown()
    assert md.startswith("# Harbour dredging to start next month")
    assert "Work to deepen the inner harbour" in md
    html = a.to_html()
    assert html.startswith("<article>") and "<p>Work to deepen the inner harbour" in html
    bare = dechrome.extract(SHORT)
    assert bare.authors == [] and bare.published is None and bare.modified is None


ENCODED_TEXT = "Café society returned this spring — naïve déjà vu, with long lunches and “quotes”."


@pytest.mark.parametrize(
    "data,expect",
    [
        (f"<p>{ENCODED_TEXT}</p>".encode("utf-8"), ENCODED_TEXT),
        (f"<p>{ENCODED_TEXT}</p>".encode("utf-16"), ENCODED_TEXT),  # with BOM
        (f"<meta charset=windows-1252><p>{ENCODED_TEXT}</p>".encode("windows-1252"), ENCODED_TEXT),
        (
            "<meta charset=shift_jis><p>東京の桜は今年も早く咲き、公園には多くの人が集まって春の訪れを楽しんでいた。</p>".encode("shift_jis"),
            "東京の桜は今年も早く咲き、公園には多くの人が集まって春の訪れを楽しんでいた。",
        ),
    ],
    ids=["utf-8", "utf-16-bom", "windows-1252-meta", "shift_jis-meta"],
)
def test_encodings(data, expect):
    assert dechrome.clean(data) == expect


def test_charset_argument_wins_over_meta():
    data = f"<meta charset=utf-8><p>{ENCODED_TEXT}</p>".encode("iso-8859-1", errors="replace")
    assert dechrome.clean(data.replace(b"\xe2\x80\x94", b"-"), charset="iso-8859-1").startswith("Café")
    a = dechrome.extract("<p>Ã© stays as written in a str, whatever the page declares.</p>")
    assert a.text.startswith("Ã©")
    with pytest.raises(ValueError):
        dechrome.clean("<p>text</p>", charset="latin-1")


def test_errors_are_typed():
    with pytest.raises(dechrome.InputTooLargeError) as e:
        dechrome.clean(SHORT, max_input_bytes=10)
    assert (e.value.size, e.value.limit) == (len(SHORT), 10)
    assert isinstance(e.value, dechrome.DechromeError)
    with pytest.raises(dechrome.UnknownCharsetError) as e:
        dechrome.clean(SHORT.encode(), charset="no-such-charset")
    assert e.value.charset == "no-such-charset"
    for empty in ["", "   ", "<html><head><title></title></head><body> </body></html>", b""]:
        with pytest.raises(dechrome.EmptyDocumentError):
            dechrome.clean(empty)
    with pytest.raises(dechrome.UndecodableError) as e:
        dechrome.clean(b"<meta charset=utf-8><p>caf\xe9 and more words of a body paragraph here.</p>",
                        strict_decoding=True)
    assert e.value.encoding == "UTF-8"
    with pytest.raises(dechrome.TooManyNodesError) as e:
        dechrome.clean("<div>" * 50 + "<p>deep text of the page</p>", max_nodes=10)
    assert e.value.limit == 10
    # Not strict: the same bytes are read with U+FFFD.
    assert "\ufffd" in dechrome.clean(b"<meta charset=utf-8><p>caf\xe9 and more words of a body paragraph here.</p>")


def test_bad_arguments():
    with pytest.raises(TypeError, match="unexpected option 'keep_caption'"):
        dechrome.Cleaner(keep_caption=True)
    with pytest.raises(TypeError):
        dechrome.clean(SHORT, keep_captions="yes")
    with pytest.raises(TypeError):
        dechrome.clean(SHORT, min_score=True)
    with pytest.raises(TypeError):
        dechrome.clean(42)
    with pytest.raises(TypeError):
        dechrome.clean(SHORT, "positional")  # url and charset are keyword-only
    with pytest.raises(ValueError):
        dechrome.Cleaner().clean_many([SHORT], errors="ignore")


def test_options_change_the_output():
    raw = (HTML_DIR / "figure-captions-and-plain-credits.html").read_bytes()
    without = dechrome.clean(raw)
    with_captions = dechrome.clean(raw, keep_captions=True)
    assert len(with_captions) > len(without)
    assert dechrome.Cleaner(keep_captions=True).clean(raw) == with_captions
    strict = dechrome.clean(raw, min_score=5.0)
    assert len(strict) < len(without)
    assert dechrome.extract(raw, language="de").language == "de"


def test_focus_and_keep_toggles():
    raw = (HTML_DIR / "figure-captions-and-plain-credits.html").read_bytes()
    without = dechrome.clean(raw)
    assert "Photo: Karen Lowe" not in without
    assert "Photo: Karen Lowe" in dechrome.clean(raw, keep_credits=True)
    assert "Photo: Karen Lowe" in dechrome.Cleaner(keep_credits=True).clean(raw)
    blog = (HTML_DIR / "blog-post-with-comments.html").read_bytes()
    comment = "The mouse made me laugh"
    assert comment not in dechrome.clean(blog)
    assert comment in dechrome.clean(blog, keep_comments=True)
    table = (
        "<article><h1>Levels</h1><p>The reservoirs fell again in August, the authority said, after a dry"
        " summer and a winter with half the usual rain.</p><table><tr><th>Dam</th><th>Level</th></tr>"
        "<tr><td>Upper</td><td>44%</td></tr><tr><td>Lower</td><td>65%</td></tr></table><p>A hosepipe ban"
        " remains in force across the district until the autumn rains arrive, the authority said.</p></article>"
    )
    assert "Upper" in dechrome.clean(table)
    assert "Upper" not in dechrome.clean(table, keep_tables=False)
    pages = [p.read_bytes() for p in sorted(HTML_DIR.parent.glob("*/*.html"))]
    words = {
        f: sum(len(t.split()) for t in dechrome.Cleaner(focus=f).clean_many(pages, errors="empty"))
        for f in ("precision", "balanced", "recall")
    }
    assert words["precision"] < words["balanced"] < words["recall"], words
    assert dechrome.clean(raw, focus="balanced") == without
    with pytest.raises(ValueError, match="unknown focus"):
        dechrome.clean(raw, focus="strict")
    with pytest.raises(TypeError):
        dechrome.clean(raw, focus=1)
    with pytest.raises(TypeError):
        dechrome.clean(raw, keep_tables="no")
    c = dechrome.Cleaner(focus="recall", keep_comments=True, keep_tables=False)
    o = c.options
    assert o["focus"] == "recall" and o["keep_comments"] is True and o["keep_tables"] is False
    assert o["keep_credits"] is False
    assert pickle.loads(pickle.dumps(c)).options == o
    assert "focus='recall'" in repr(c) or 'focus="recall"' in repr(c)
    assert "keep_tables=False" in repr(c)


def test_cleaner_options_and_pickle():
    c = dechrome.Cleaner(keep_captions=True, min_score=0.5, language="en", max_nodes=1000)
    o = c.options
    assert o["keep_captions"] is True and o["min_score"] == 0.5 and o["max_nodes"] == 1000
    c2 = pickle.loads(pickle.dumps(c))
    assert c2.options == o
    raw = (HTML_DIR / "figure-captions-and-plain-credits.html").read_bytes()
    assert c2.clean(raw) == c.clean(raw)
    assert "keep_captions=True" in repr(c)


def test_clean_many_is_a_loop_of_clean_in_order():
    pages = [p.read_bytes() for p in FIXTURES]
    pages += [p.read_bytes().decode("utf-8", "replace") for p in FIXTURES[:5]]
    cleaner = dechrome.Cleaner()
    one_by_one = [cleaner.clean(p) for p in pages]
    assert cleaner.clean_many(pages) == one_by_one
    assert cleaner.clean_many(pages, threads=2) == one_by_one
    assert cleaner.clean_many(iter(pages), threads=1) == one_by_one
    articles = cleaner.extract_many(pages, threads=2)
    assert [a.text for a in articles] == one_by_one
    dicts = [{"html": pages[0], "url": "https://example.com/x", "charset": None}]
    assert cleaner.extract_many(dicts)[0].metadata["url"] == "https://example.com/x"


def test_clean_many_reports_the_failing_page():
    cleaner = dechrome.Cleaner(max_input_bytes=1000)
    pages = [SHORT, "", SHORT, "x" * 2000]
    with pytest.raises(dechrome.EmptyDocumentError, match="^page 1: ") as e:
        cleaner.clean_many(pages)
    assert e.value.index == 1
    assert cleaner.clean_many(pages, errors="none") == [cleaner.clean(SHORT), None, cleaner.clean(SHORT), None]
    assert cleaner.clean_many(pages, errors="empty")[1:4:2] == ["", ""]
    got = cleaner.extract_many(pages, errors="none")
    assert got[1] is None and got[0].text == cleaner.clean(SHORT)


def test_clean_iter_streams_in_order_and_reads_one_chunk_at_a_time():
    pages = [p.read_bytes() for p in FIXTURES]
    cleaner = dechrome.Cleaner()
    expected = cleaner.clean_many(pages)
    read = []

    def source():
        for i, page in enumerate(pages):
            read.append(i)
            yield page

    stream = cleaner.clean_iter(source(), chunk=4, threads=2)
    assert iter(stream) is stream
    first = next(stream)
    # Only the first chunk has been read when its first text comes out.
    assert first == expected[0] and read == [0, 1, 2, 3]
    assert [first] + list(stream) == expected
    assert list(cleaner.clean_iter(pages)) == expected
    assert list(cleaner.clean_iter(iter([]))) == []


def test_clean_iter_yields_a_failure_as_a_value_and_goes_on():
    cleaner = dechrome.Cleaner(max_input_bytes=1000)
    pages = [SHORT, "", None, SHORT, "x" * 2000]
    got = list(cleaner.clean_iter(pages, chunk=2))
    assert got[0] == got[3] == cleaner.clean(SHORT)
    assert isinstance(got[1], dechrome.EmptyDocumentError) and got[1].index == 1
    assert isinstance(got[2], TypeError) and got[2].index == 2
    assert isinstance(got[4], dechrome.InputTooLargeError) and got[4].index == 4
    assert list(cleaner.clean_iter(pages, errors="none"))[1:3] == [None, None]
    assert list(cleaner.clean_iter(pages, errors="empty"))[1] == ""
    stream = cleaner.clean_iter(pages, errors="raise")
    assert next(stream) == cleaner.clean(SHORT)
    with pytest.raises(dechrome.EmptyDocumentError, match="^page 1: "):
        next(stream)
    with pytest.raises(StopIteration):
        next(stream)
    with pytest.raises(ValueError):
        cleaner.clean_iter(pages, chunk=0)
    with pytest.raises(ValueError):
        cleaner.clean_iter(pages, errors="ignore")
    with pytest.raises(TypeError):
        cleaner.clean_iter(SHORT)


def test_drop_and_keep_selectors():
    page = (HTML_DIR.parent / "selectors" / "promo-and-pull-quote.html").read_text(encoding="utf-8")
    promo, quote = "Our new app puts every timetable", "We asked for a later boat"
    assert promo in dechrome.clean(page) and quote not in dechrome.clean(page)
    cleaner = dechrome.Cleaner(drop_selectors=["[data-slot]"], keep_selectors=["aside .pull-quote"])
    text = cleaner.clean(page)
    assert promo not in text and quote in text
    blocks = cleaner.extract(page).blocks

    def codes(start):
        return [r.code for r in next(b for b in blocks if b.text.startswith(start)).reasons]

    assert "U001" in codes(promo) and "U002" in codes(quote)
    assert promo not in dechrome.clean(page, drop_selectors=["[data-slot]"])
    assert pickle.loads(pickle.dumps(cleaner)).clean(page) == text
    assert cleaner.options["drop_selectors"] == ["[data-slot]"]
    assert "drop_selectors=['[data-slot]']" in repr(cleaner)
    assert eval(repr(dechrome.Cleaner(keep_selectors=["a[title='x']", 'b\\c'])), {"dechrome": dechrome}).options[
        "keep_selectors"
    ] == ["a[title='x']", "b\\c"]
    with pytest.raises(ValueError, match="invalid CSS selector"):
        dechrome.Cleaner(drop_selectors=["div["])
    with pytest.raises(TypeError):
        dechrome.Cleaner(keep_selectors=".one")


def test_cleaner_is_thread_safe():
    cleaner = dechrome.Cleaner()
    pages = [p.read_bytes() for p in FIXTURES]
    expected = [cleaner.clean(p) for p in pages]
    results = {}

    def work(i):
        results[i] = [cleaner.clean(p) for p in pages]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values()) and len(results) == 4


def test_clean_text_entry_points():
    assert dechrome.clean_text("") == ""
    assert dechrome.extract_text("").blocks == []
    with pytest.raises(dechrome.EmptyDocumentError):
        dechrome.Cleaner().clean_text("")
    text = "A headline\n\nThe first paragraph of the article, a full sentence with some words in it.\n\nSubscribe now"
    assert dechrome.clean_text(text) == dechrome.Cleaner().clean_text(text)
    assert "Subscribe" not in dechrome.clean_text(text)
