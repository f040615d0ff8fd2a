#!/usr/bin/env python3
"""Time and score peer article extractors (and declutter) on the benchmark.

Usage (normally through scripts/compare-peers.sh, which sets up the virtualenv
and pins this process to one core with `taskset -c 0`):

    python3 scripts/compare_peers.py [--dataset DIR] [--out DIR]
                                     [--declutter-bin PATH] [--tools NAME,...]

For every tool it:
  * uses the pages loaded once up front (gunzipped, outside any timing);
  * makes one untimed warm-up pass over all pages (lazy imports, compiled
    patterns, caches: the steady state of a long run), then times only the
    extraction calls of the next --passes passes (default 3; the fastest
    counts: this machine's speed drifts between runs) with time.perf_counter. Decoding bytes to
    text counts as extraction work (declutter decodes bytes itself too): each
    tool gets the raw bytes when it has its own charset detection, otherwise
    UTF-8 with errors="replace";
  * a call that raises gives an empty prediction and counts in "errors";
  * writes {id: {"articleBody": text}} to OUT/<tool>.json and scores it with
    scripts/score.py.
declutter runs as `declutter-eval DATASET --predictions OUT/declutter.json --jobs 1 --warmup --passes N`
(on core 0 when taskset exists); its pages/s is read from its own output.

The Markdown table goes to stdout and OUT/table.md. MB = 10^6 bytes of
decompressed HTML; "declutter speed ratio" = declutter pages/s / tool pages/s.
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


def run_declutter(binary: Path, dataset: Path, out_json: Path, passes: int) -> float | None:
    """Run declutter-eval on one core; return its pages/s (None if not printed)."""
    cmd = [str(binary), str(dataset), "--predictions", str(out_json), "--jobs", "1", "--warmup",
           "--passes", str(passes)]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0"] + cmd
    print(f"==> {' '.join(cmd)}", flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    for line in output.splitlines():
        print(f"    {line}")
    if proc.returncode != 0:
        print(f"    declutter-eval exited with {proc.returncode}", file=sys.stderr)
    match = None
    for line in output.splitlines():  # the last line mentioning pages/s wins
        match = _RATE_RE.search(line) or match
    return float(match.group(1)) if match else None


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


def build_table(rows: list[dict], declutter_rate: float | None) -> str:
    header = ["tool", "F1", "precision", "recall", "accuracy", "pages/s", "MB/s",
              "declutter speed ratio", "errors"]
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
    for r in rows:
        ratio = (declutter_rate / r["rate"]) if declutter_rate and r["rate"] else None
        lines.append("| " + " | ".join([
            r["tool"], fmt(r["f1"], 4), fmt(r["precision"], 4), fmt(r["recall"], 4),
            fmt(r["accuracy"], 4), fmt(r["rate"], 1), fmt(r["mbps"], 2),
            fmt(ratio, 2), str(r["errors"]),
        ]) + " |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--declutter-bin", type=Path, help="declutter-eval binary (omit to skip)")
    ap.add_argument("--tools", help="comma-separated subset of: " + ", ".join(TOOLS))
    ap.add_argument("--passes", type=int, default=3,
                    help="timed passes per tool after the warm-up; the fastest counts")
    args = ap.parse_args()

    logging.disable(logging.WARNING)  # trafilatura & co. log a lot per page
    args.out.mkdir(parents=True, exist_ok=True)
    truth = score.load_ground_truth(args.dataset / "ground-truth.json")
    ids = list(truth)
    pages = load_pages(args.dataset, ids)
    total_mb = sum(len(raw) for raw in pages.values()) / 1e6
    try:
        cores = sorted(os.sched_getaffinity(0))
    except AttributeError:
        cores = []
    print(f"==> {len(pages)} pages, {total_mb:.2f} MB decompressed; CPU affinity {cores}")

    rows, notes = [], []

    def add_row(tool: str, preds: dict, rate: float | None, errors: int) -> None:
        result = score.score_corpus(truth, score.predictions_from_json(preds))
        rows.append({"tool": tool, "f1": result["f1"], "precision": result["precision"],
                     "recall": result["recall"], "accuracy": result["accuracy"],
                     "rate": rate, "mbps": rate * total_mb / len(pages) if rate else None,
                     "errors": errors})
        print(f"    F1 {result['f1']:.4f}  P {result['precision']:.4f}  "
              f"R {result['recall']:.4f}  acc {result['accuracy']:.4f}", flush=True)

    # declutter first: its speed is the reference of the ratio column.
    declutter_rate = None
    if args.declutter_bin and args.declutter_bin.exists():
        out_json = args.out / "declutter.json"
        out_json.unlink(missing_ok=True)
        declutter_rate = run_declutter(args.declutter_bin, args.dataset, out_json, max(args.passes, 1))
        if out_json.exists():
            with open(out_json, encoding="utf-8") as f:
                add_row("declutter", json.load(f), declutter_rate, 0)
        else:
            notes.append("declutter: declutter-eval wrote no predictions")
        if declutter_rate is None:
            notes.append("declutter: no `<float> pages/s` line in declutter-eval's output")
    else:
        notes.append("declutter: skipped (no declutter-eval binary)")

    selected = [t.strip() for t in args.tools.split(",")] if args.tools else list(TOOLS)
    for tool in selected:
        if tool not in TOOLS:
            print(f"unknown tool {tool!r}", file=sys.stderr)
            return 2
        stem, factory = TOOLS[tool]
        print(f"==> {tool}", flush=True)
        try:
            extract = factory()
        except ImportError as exc:
            print(f"    skipped: {exc}")
            notes.append(f"{tool}: skipped ({exc})")
            continue
        preds, seconds, errors = run_tool(extract, pages, max(args.passes, 1))
        with open(args.out / f"{stem}.json", "w", encoding="utf-8") as f:
            json.dump(preds, f, ensure_ascii=False, indent=0)
        rate = len(pages) / seconds if seconds > 0 else None
        print(f"    {seconds:.2f} s in extraction, {fmt(rate, 1)} pages/s, {errors} errors")
        add_row(tool, preds, rate, errors)

    vers = versions()
    table = build_table(rows, declutter_rate)
    footer = [
        "",
        f"{len(pages)} pages, {total_mb:.2f} MB of decompressed HTML; one core "
        f"(CPU affinity {cores}); Python {sys.version.split()[0]}; after a warm-up pass, "
        f"the fastest of {max(args.passes, 1)} timed passes per tool.",
        "Versions: " + ", ".join(f"{k} {v}" for k, v in vers.items()) + ".",
    ] + [f"Note: {n}." for n in notes]
    report = table + "\n" + "\n".join(footer) + "\n"
    (args.out / "table.md").write_text(report, encoding="utf-8")
    print()
    print(report, end="")
    print(f"(written to {args.out / 'table.md'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
