#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, from the repository's fixtures.

    python3 fuzz/make_corpus.py            # from the repository root (or anywhere)

Writes fuzz/corpus/<target>/ (not in git, see .gitignore): every fixture file cut
into pieces of at most MAX_LEN bytes (the targets reject longer inputs; see
MAX_LEN in fuzz/src/lib.rs), each cut just before a '<' (HTML) or a blank line
(text) where there is one, so pieces start on a tag or a paragraph. Pages
(fixtures/**/*.html and fuzz/seeds/*) seed html_bytes, html_str, options and
parse_tokenizer; plain text (fixtures/text/*.txt and the fixtures' expected and
chrome texts, *.expected.txt / *.chrome.txt: prose and chrome lines, one block a
line) seeds text. Files are named by content hash, so running it again adds
nothing twice; pass --clean to empty the directories first. About 2 MB in all.
"""

import hashlib
import pathlib
import shutil
import sys

MAX_LEN = 4096
FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
FIXTURES = ROOT / "fixtures"

HTML_TARGETS = ["html_bytes", "html_str", "options", "parse_tokenizer"]
TEXT_TARGETS = ["text"]


def pieces(data: bytes, sep: bytes):
    """Consecutive pieces of at most MAX_LEN bytes, each cut before `sep` if possible."""
    while data:
        if len(data) <= MAX_LEN:
            yield data
            return
        cut = data.rfind(sep, MAX_LEN // 2, MAX_LEN)
        if cut <= 0:
            cut = MAX_LEN
        yield data[:cut]
        data = data[cut:]


def write(target: str, data: bytes) -> bool:
    out = FUZZ / "corpus" / target
    out.mkdir(parents=True, exist_ok=True)
    path = out / hashlib.sha1(data).hexdigest()
    if path.exists():
        return False
    path.write_bytes(data)
    return True


def main() -> None:
    if "--clean" in sys.argv[1:]:
        for target in HTML_TARGETS + TEXT_TARGETS:
            shutil.rmtree(FUZZ / "corpus" / target, ignore_errors=True)
    pages = sorted(FIXTURES.glob("**/*.html")) + sorted(
        p for p in (FUZZ / "seeds").iterdir() if p.is_file()
    )
    texts = (
        sorted((FIXTURES / "text").glob("*.txt"))
        + sorted(FIXTURES.glob("**/*.expected.txt"))
        + sorted(FIXTURES.glob("**/*.chrome.txt"))
    )
    counts = {}
    for files, targets, sep in ((pages, HTML_TARGETS, b"<"), (texts, TEXT_TARGETS, b"\n\n")):
        for f in files:
            for piece in pieces(f.read_bytes(), sep):
                for target in targets:
                    counts[target] = counts.get(target, 0) + write(target, piece)
    for target in HTML_TARGETS + TEXT_TARGETS:
        d = FUZZ / "corpus" / target
        size = sum(p.stat().st_size for p in d.iterdir()) if d.exists() else 0
        print(f"{d.relative_to(ROOT)}: {counts.get(target, 0)} new, {size // 1024} KB in all")


if __name__ == "__main__":
    main()
