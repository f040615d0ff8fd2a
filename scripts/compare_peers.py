#!/usr/bin/env python3
"""Time and score peer article extractors (and dechrome) on one or more benchmarks.

Usage (normally through scripts/compare-peers.sh, which sets up the virtualenv
and pins this process to one core with `taskset -c 0`):

    python3 scripts/compare_peers.py [--dataset DIR]... [--out DIR]
                                     [--dechrome-bin PATH] [--dom-smoothie-bin PATH]
                                     [--tools NAME,...] [--passes N]
    python3 scripts/compare_peers.py --self-test

--dataset may be repeated (default: the article-extraction benchmark); each
dataset's files go to OUT/<dataset folder name>/ (default OUT: target/peers).
For every dataset and tool it:
  * uses the pages loaded once up front (gunzipped, outside any timing);
  * makes one untimed warm-up pass over all pages (lazy imports, compiled
    patterns, caches: the steady state of a long run), then times only the
    extraction calls of the next --passes passes (default 3; the fastest
    counts: this machine's speed drifts between runs; --passes 1 for a quick
    run on a large set) with time.perf_counter. Decoding bytes to
    text counts as extraction work (dechrome decodes bytes itself too): each
    tool gets the raw bytes when it has its own charset detection, otherwise
    UTF-8 with errors="replace";
  * a call that raises gives an empty prediction and counts in "errors";
  * writes {id: {"articleBody": text}} to OUT/<dataset>/<tool>.json and scores it
    with scripts/score.py.
dechrome runs as `dechrome-eval DATASET --predictions OUT/<dataset>/dechrome.json --jobs 1
--warmup --passes N` (--dechrome-bin; run only when
given and selected by --tools, so `--tools` without "dechrome" skips it); its
pages/s is read from its own output. dom_smoothie (a Rust crate, no Python
package) runs as the standalone program scripts/peers/dom-smoothie (build it
with `CARGO_TARGET_DIR=/tmp/dom-smoothie-target cargo build --release` there),
which gets the list of .html.gz files, gunzips them outside its timing, and
prints its own pages/s. Subprocesses are pinned (taskset) to the first core of
this process's CPU affinity.

Reported besides corpus F1/P/R: "near-empty" pages, whose gold has >= 100 words
(\\w+ tokens, as the metric's) but whose prediction has < 10 words or is only the
title (its words, case folded, are a run of the title's: the gold `title` where the
ground truth has one, else the page's <title>); and, for a ground truth with
`page_type`, F1/P/R per page type and per half of a fixed split of the ids:
"tune" when fnv1a64(id as UTF-8) is even, else "check".

The Markdown tables go to stdout and OUT/<dataset>/table.md. MB = 10^6 bytes of
decompressed HTML; "dechrome speed ratio" = dechrome pages/s / tool pages/s.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import inspect
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

SCRIPT_DIR = Path(__file__).resolve().parent
ROOT = SCRIPT_DIR.parent
sys.path.insert(0, str(SCRIPT_DIR))
sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
import score  # noqa: E402  (scripts/score.py: the metric)

DEFAULT_DATASET = ROOT.parent / "shared" / "datasets" / "article-extraction-benchmark"
DEFAULT_OUT = ROOT / "target" / "peers"

# Distribution names whose versions go into the report.
DISTRIBUTIONS = ["trafilatura", "resiliparse", "readability-lxml", "lxml",
                 "lxml_html_clean", "justext"]
PAGE_TYPES = ["article", "service", "forum", "listing", "documentation", "collection",
              "product"]  # WCXB's seven, in its README's order; others are appended


# --------------------------------------------------------------------------- helpers

def utf8(raw: bytes) -> str:
    """Fallback decoding for tools without their own charset detection."""
    return raw.decode("utf-8", errors="replace")


# Elements after which a paragraph break goes, so that text of adjacent blocks
# is not glued together by text_content().
_BLOCK_TAGS = {
    "p", "div", "section", "article", "aside", "header", "footer", "main", "nav",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption",
    "hr", "address", "form", "fieldset",
}


def html_to_text(html: str) -> str:
    """Text of an HTML fragment with paragraph breaks between block elements."""
    import lxml.html

    if not html or not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    for el in root.iter():
        if not isinstance(el.tag, str):  # comments, processing instructions
            continue
        tag = el.tag.lower()
        if tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in _BLOCK_TAGS:
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --------------------------------------------------------------------------- split

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
_MASK64 = (1 << 64) - 1


def fnv1a64(data: bytes) -> int:
    """64-bit FNV-1a (wrapping multiply)."""
    h = FNV_OFFSET
    for byte in data:
        h = ((h ^ byte) * FNV_PRIME) & _MASK64
    return h


def split_half(pid: str) -> str:
    """The fixed split: "tune" when fnv1a64(id as UTF-8) is even, else "check"."""
    return "tune" if fnv1a64(pid.encode("utf-8")) % 2 == 0 else "check"


def self_test() -> int:
    """Known FNV-1a 64 values (the reference test vectors) and the split they give."""
    cases = [(b"", 0xCBF29CE484222325), (b"a", 0xAF63DC4C8601EC8C),
             (b"foobar", 0x85944171F73967E8)]
    failed = 0
    for data, want in cases:
        got = fnv1a64(data)
        if got != want:
            failed += 1
            print(f"FAIL fnv1a64({data!r}) = {got:#018x}, want {want:#018x}")
    # 0xaf63dc4c8601ec8c is even, 0x85944171f73967e8 is even, the offset basis is odd.
    for pid, want in [("a", "tune"), ("foobar", "tune"), ("", "check")]:
        if split_half(pid) != want:
            failed += 1
            print(f"FAIL split_half({pid!r}) = {split_half(pid)}, want {want}")
    print("self-test: " + ("ok" if not failed else f"{failed} failed"))
    return 1 if failed else 0


# --------------------------------------------------------------------------- near-empty

NEAR_EMPTY_GOLD_WORDS = 100  # gold has at least this many \w+ tokens
NEAR_EMPTY_PRED_WORDS = 10   # and the prediction fewer than this many, or only the title

_TITLE_RE = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.I | re.S)


def page_title(raw: bytes) -> str:
    """The page's <title> text (entities unescaped), '' when it has none."""
    import html

    m = _TITLE_RE.search(raw)
    return html.unescape(utf8(m.group(1))) if m else ""


def is_near_empty(gold: str, pred: str, title: str) -> bool:
    if len(score.tokenize(gold)) < NEAR_EMPTY_GOLD_WORDS:
        return False
    words = [w.casefold() for w in score.tokenize(pred)]
    if len(words) < NEAR_EMPTY_PRED_WORDS:
        return True
    title_words = [w.casefold() for w in score.tokenize(title)]
    n = len(words)
    return any(title_words[i:i + n] == words for i in range(len(title_words) - n + 1))


# --------------------------------------------------------------------------- tools
# Each factory imports its library (outside the timing) and returns a function
# raw bytes -> text, or raises ImportError when the library is not installed.

def make_trafilatura(fast: bool) -> Callable[[bytes], str]:
    import trafilatura

    # trafilatura decodes bytes itself (charset detection), so it gets raw bytes.
    kwargs = {"include_comments": False, "include_tables": True}
    if fast:
        params = inspect.signature(trafilatura.extract).parameters
        kwargs["fast" if "fast" in params else "no_fallback"] = True  # 2.x: fast; 1.x: no_fallback

    def run(raw: bytes) -> str:
        return trafilatura.extract(raw, **kwargs) or ""

    return run


def make_resiliparse() -> Callable[[bytes], str]:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    def run(raw: bytes) -> str:
        return extract_plain_text(bytes_to_str(raw, detect_encoding(raw)), main_content=True)

    return run


def make_readability() -> Callable[[bytes], str]:
    from readability import Document

    # Document() detects the charset of bytes input itself (readability.encoding).
    def run(raw: bytes) -> str:
        return html_to_text(Document(raw).summary())

    return run


def make_justext() -> Callable[[bytes], str]:
    import justext

    stoplist = justext.get_stoplist("English")

    # justext decodes bytes itself (meta charset, then fallbacks).
    def run(raw: bytes) -> str:
        paragraphs = justext.justext(raw, stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


# name -> (file stem, factory)
TOOLS: dict[str, tuple[str, Callable[[], Callable[[bytes], str]]]] = {
    "trafilatura": ("trafilatura", lambda: make_trafilatura(fast=False)),
    "trafilatura (fast)": ("trafilatura-fast", lambda: make_trafilatura(fast=True)),
    "resiliparse": ("resiliparse", make_resiliparse),
    "readability-lxml": ("readability-lxml", make_readability),
    "justext": ("justext", make_justext),
}
# Tools run as programs of their own (see run_dechrome / run_dom_smoothie).
EXTERNAL_TOOLS = ["dechrome", "dom_smoothie"]
TOOL_ALIASES = {"dom-smoothie": "dom_smoothie"}
DOM_SMOOTHIE_DIR = SCRIPT_DIR / "peers" / "dom-smoothie"
DOM_SMOOTHIE_CANDIDATES = [
    Path("/tmp/dom-smoothie-target/release/dom-smoothie-extract"),
    DOM_SMOOTHIE_DIR / "target" / "release" / "dom-smoothie-extract",
]


# --------------------------------------------------------------------------- running

def load_pages(dataset: Path, ids: list[str]) -> dict[str, bytes]:
    """Decompressed HTML of every page, in ground-truth order."""
    pages = {}
    for pid in ids:
        with gzip.open(dataset / "html" / f"{pid}.html.gz", "rb") as f:
            pages[pid] = f.read()
    return pages


def run_tool(
    extract: Callable[[bytes], str], pages: dict[str, bytes], passes: int
) -> tuple[dict, float, int]:
    """(predictions, seconds spent in extraction calls in the fastest of `passes`
    timed passes, error count)."""
    for raw in pages.values():  # warm-up pass, untimed and discarded
        try:
            extract(raw)
        except Exception:
            pass
    best = float("inf")
    for _ in range(passes):
        preds, seconds, errors = {}, 0.0, 0
        for pid, raw in pages.items():
            failure = None
            start = time.perf_counter()
            try:
                text = extract(raw)
            except Exception as exc:  # a failing page is an empty prediction
                text, failure = "", f"{type(exc).__name__}: {exc}"
            seconds += time.perf_counter() - start
            if failure is not None:
                errors += 1
                print(f"    error on {pid}: {failure}"[:200], file=sys.stderr)
            preds[pid] = {"articleBody": text}
        best = min(best, seconds)
    return preds, best, errors


_RATE_RE = re.compile(r"([0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)\s*pages/s")
_ERRORS_RE = re.compile(r"([0-9]+) errors")


def pin_prefix() -> list[str]:
    """`taskset -c N` for the first core of this process's affinity (the core that
    compare-peers.sh or the caller pinned us to), or nothing without taskset."""
    try:
        core = min(os.sched_getaffinity(0))
    except (AttributeError, ValueError):
        return []
    return ["taskset", "-c", str(core)] if shutil.which("taskset") else []


def run_program(cmd: list[str], label: str) -> tuple[float | None, str, int]:
    """Run `cmd` pinned; echo its output; return (last pages/s printed, output, rc)."""
    cmd = pin_prefix() + cmd
    print(f"==> {' '.join(cmd)}", flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    for line in output.splitlines()[-20:]:
        print(f"    {line}")
    if proc.returncode != 0:
        print(f"    {label} exited with {proc.returncode}", file=sys.stderr)
    match = None
    for line in output.splitlines():  # the last line mentioning pages/s wins
        match = _RATE_RE.search(line) or match
    return (float(match.group(1)) if match else None), output, proc.returncode


def run_dechrome(binary: Path, dataset: Path, out_json: Path, passes: int) -> float | None:
    """Run dechrome-eval (--jobs 1); return its pages/s (None if not printed)."""
    rate, _, _ = run_program([str(binary), str(dataset), "--predictions", str(out_json),
                              "--jobs", "1", "--warmup", "--passes", str(passes)],
                             "dechrome-eval")
    return rate


def run_dom_smoothie(binary: Path, dataset: Path, ids: list[str], out_json: Path,
                     passes: int) -> tuple[float | None, int]:
    """Run the dom_smoothie program over the dataset's pages; (pages/s, errors)."""
    list_file = out_json.with_suffix(".list")
    list_file.write_text("".join(f"{dataset / 'html' / f'{pid}.html.gz'}\n" for pid in ids),
                         encoding="utf-8")
    rate, output, _ = run_program([str(binary), str(list_file), str(out_json), "--warmup",
                                   "--passes", str(passes)], "dom-smoothie-extract")
    list_file.unlink(missing_ok=True)
    errors = _ERRORS_RE.search(output)
    return rate, int(errors.group(1)) if errors else 0


# --------------------------------------------------------------------------- report

def fmt(value: float | None, digits: int) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def versions() -> dict[str, str]:
    out = {}
    for dist in DISTRIBUTIONS:
        try:
            out[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


def markdown(header: list[str], body: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in body]
    return "\n".join(lines)


def build_table(rows: list[dict], dechrome_rate: float | None) -> str:
    header = ["tool", "F1", "precision", "recall", "accuracy", "pages/s", "MB/s",
              "dechrome speed ratio", "errors", "near-empty"]
    body = []
    for r in rows:
        ratio = (dechrome_rate / r["rate"]) if dechrome_rate and r["rate"] else None
        body.append([
            r["tool"], fmt(r["f1"], 4), fmt(r["precision"], 4), fmt(r["recall"], 4),
            fmt(r["accuracy"], 4), fmt(r["rate"], 1), fmt(r["mbps"], 2),
            fmt(ratio, 2), str(r["errors"]), str(r["near_empty"]),
        ])
    return markdown(header, body)


def build_group_tables(rows: list[dict], key: str, groups: list[str],
                       sizes: dict[str, int], what: str) -> str:
    """F1, then precision, then recall of every tool on each group of pages."""
    out = []
    for metric, name in [("f1", "F1"), ("precision", "precision"), ("recall", "recall")]:
        header = ["tool"] + [f"{g} ({sizes[g]})" for g in groups]
        body = [[r["tool"]] + [fmt(r[key][g][metric], 4) for g in groups] for r in rows]
        out.append(f"{name} by {what} (pages in parentheses):\n\n" + markdown(header, body))
    return "\n\n".join(out)


# --------------------------------------------------------------------------- main

def run_dataset(dataset: Path, out: Path, args: argparse.Namespace, selected: list[str]) -> str:
    """Run, score and tabulate every selected tool on one dataset; return the report."""
    out.mkdir(parents=True, exist_ok=True)
    gt_path = dataset / "ground-truth.json"
    truth = score.load_ground_truth(gt_path)
    with open(gt_path, encoding="utf-8") as f:
        meta = json.load(f)
    ids = list(truth)
    pages = load_pages(dataset, ids)
    total_mb = sum(len(raw) for raw in pages.values()) / 1e6
    titles = {pid: (meta[pid].get("title") or page_title(pages[pid])) for pid in ids}
    n_long = sum(1 for pid in ids if len(score.tokenize(truth[pid])) >= NEAR_EMPTY_GOLD_WORDS)

    # Page groups: page types and the fixed tune/check split, when the gold has types.
    typed = all("page_type" in meta[pid] for pid in ids)
    types: list[str] = []
    by_type: dict[str, dict[str, str]] = {}
    by_half: dict[str, dict[str, str]] = {"tune": {}, "check": {}}
    if typed:
        for pid in ids:
            by_type.setdefault(meta[pid]["page_type"], {})[pid] = truth[pid]
            by_half[split_half(pid)][pid] = truth[pid]
        types = [t for t in PAGE_TYPES if t in by_type] + sorted(set(by_type) - set(PAGE_TYPES))
    try:
        cores = sorted(os.sched_getaffinity(0))
    except AttributeError:
        cores = []
    print(f"==> {dataset.name}: {len(pages)} pages, {total_mb:.2f} MB decompressed; "
          f"CPU affinity {cores}", flush=True)

    rows, notes = [], []

    def add_row(tool: str, preds_json: dict, rate: float | None, errors: int) -> None:
        preds = score.predictions_from_json(preds_json)
        result = score.score_corpus(truth, preds)
        near_empty = sum(1 for pid in ids if is_near_empty(truth[pid], preds.get(pid) or "",
                                                           titles[pid]))
        row = {"tool": tool, "f1": result["f1"], "precision": result["precision"],
               "recall": result["recall"], "accuracy": result["accuracy"],
               "rate": rate, "mbps": rate * total_mb / len(pages) if rate else None,
               "errors": errors, "near_empty": near_empty}
        if typed:
            row["types"] = {t: score.score_corpus(by_type[t], preds) for t in types}
            row["halves"] = {h: score.score_corpus(by_half[h], preds) for h in by_half}
        rows.append(row)
        print(f"    F1 {result['f1']:.4f}  P {result['precision']:.4f}  "
              f"R {result['recall']:.4f}  acc {result['accuracy']:.4f}  "
              f"near-empty {near_empty}", flush=True)

    passes = max(args.passes, 1)
    # dechrome first: its speed is the reference of the ratio column.
    dechrome_rate = None
    if "dechrome" in selected:
        if args.dechrome_bin and args.dechrome_bin.exists():
            out_json = out / "dechrome.json"
            out_json.unlink(missing_ok=True)
            dechrome_rate = run_dechrome(args.dechrome_bin, dataset, out_json, passes)
            if out_json.exists():
                with open(out_json, encoding="utf-8") as f:
                    add_row("dechrome", json.load(f), dechrome_rate, 0)
            else:
                notes.append("dechrome: dechrome-eval wrote no predictions")
            if dechrome_rate is None:
                notes.append("dechrome: no `<float> pages/s` line in dechrome-eval's output")
        else:
            notes.append("dechrome: skipped (no dechrome-eval binary)")

    for tool in selected:
        if tool == "dechrome":
            continue
        if tool == "dom_smoothie":
            binary = args.dom_smoothie_bin or next(
                (c for c in DOM_SMOOTHIE_CANDIDATES if c.exists()), None)
            if binary is None or not binary.exists():
                print("==> dom_smoothie skipped: no dom-smoothie-extract binary")
                notes.append(f"dom_smoothie: skipped (build {DOM_SMOOTHIE_DIR} first)")
                continue
            out_json = out / "dom_smoothie.json"
            out_json.unlink(missing_ok=True)
            rate, errors = run_dom_smoothie(binary, dataset, ids, out_json, passes)
            if not out_json.exists():
                notes.append("dom_smoothie: dom-smoothie-extract wrote no predictions")
                continue
            with open(out_json, encoding="utf-8") as f:
                add_row("dom_smoothie", json.load(f), rate, errors)
            continue
        stem, factory = TOOLS[tool]
        print(f"==> {tool}", flush=True)
        try:
            extract = factory()
        except ImportError as exc:
            print(f"    skipped: {exc}")
            notes.append(f"{tool}: skipped ({exc})")
            continue
        preds, seconds, errors = run_tool(extract, pages, passes)
        with open(out / f"{stem}.json", "w", encoding="utf-8") as f:
            json.dump(preds, f, ensure_ascii=False, indent=0)
        rate = len(pages) / seconds if seconds > 0 else None
        print(f"    {seconds:.2f} s in extraction, {fmt(rate, 1)} pages/s, {errors} errors")
        add_row(tool, preds, rate, errors)

    vers = versions()
    parts = [f"## {dataset.name}", "", build_table(rows, dechrome_rate)]
    if typed and rows:
        parts += ["", build_group_tables(rows, "types", types,
                                         {t: len(by_type[t]) for t in types}, "page type")]
        parts += ["", build_group_tables(rows, "halves", ["tune", "check"],
                                         {h: len(by_half[h]) for h in by_half},
                                         "half of the fixed split (fnv1a64(id) even: tune)")]
    footer = [
        "",
        f"{len(pages)} pages, {total_mb:.2f} MB of decompressed HTML; one core "
        f"(CPU affinity {cores}); Python {sys.version.split()[0]}; after a warm-up pass, "
        f"the fastest of {passes} timed pass{'es' if passes > 1 else ''} per tool.",
        f"near-empty: pages whose gold has >= {NEAR_EMPTY_GOLD_WORDS} words ({n_long} pages "
        f"here) and whose prediction has < {NEAR_EMPTY_PRED_WORDS} words or only title words.",
    ] + ([
        "dom_smoothie: scripts/peers/dom-smoothie (dom_smoothie 0.19, Readability::parse, "
        "text_content in TextMode::Formatted)."] if any(r["tool"] == "dom_smoothie" for r in rows)
        else []) + [
        "Versions: " + ", ".join(f"{k} {v}" for k, v in vers.items()) + ".",
    ] + [f"Note: {n}." for n in notes]
    report = "\n".join(parts) + "\n" + "\n".join(footer) + "\n"
    (out / "table.md").write_text(report, encoding="utf-8")
    print()
    print(report, end="")
    print(f"(written to {out / 'table.md'})", flush=True)
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", type=Path, action="append",
                    help="dataset folder (html/<id>.html.gz + ground-truth.json); repeatable; "
                         "default: the article-extraction benchmark")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT,
                    help="each dataset's files go to OUT/<dataset folder name>/")
    ap.add_argument("--dechrome-bin", dest="dechrome_bin", type=Path,
                    help="dechrome-eval binary (omit to skip)")
    ap.add_argument("--dom-smoothie-bin", type=Path,
                    help="dom-smoothie-extract binary (default: the first that exists of "
                         + ", ".join(str(c) for c in DOM_SMOOTHIE_CANDIDATES) + ")")
    ap.add_argument("--tools", help="comma-separated subset of: "
                    + ", ".join(EXTERNAL_TOOLS + list(TOOLS)))
    ap.add_argument("--passes", type=int, default=3,
                    help="timed passes per tool after the warm-up; the fastest counts")
    ap.add_argument("--self-test", action="store_true", help="check fnv1a64 and exit")
    args = ap.parse_args()

    if args.self_test:
        return self_test()
    if fnv1a64(b"foobar") != 0x85944171F73967E8:  # the split must be the agreed one
        print("fnv1a64 is broken: run --self-test", file=sys.stderr)
        return 1

    if args.tools:
        selected = [TOOL_ALIASES.get(t.strip(), t.strip()) for t in args.tools.split(",")]
    else:
        selected = EXTERNAL_TOOLS + list(TOOLS)
    for tool in selected:
        if tool not in TOOLS and tool not in EXTERNAL_TOOLS:
            print(f"unknown tool {tool!r}", file=sys.stderr)
            return 2

    logging.disable(logging.WARNING)  # trafilatura & co. log a lot per page
    datasets = args.dataset or [DEFAULT_DATASET]
    names = [d.resolve().name for d in datasets]
    if len(set(names)) != len(names):
        print("two datasets share a folder name", file=sys.stderr)
        return 2
    for dataset, name in zip(datasets, names):
        run_dataset(dataset.resolve(), args.out / name, args, selected)
    return 0


if __name__ == "__main__":
    sys.exit(main())
