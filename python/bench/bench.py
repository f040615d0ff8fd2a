#!/usr/bin/env python3
"""Python-side speed of dechrome against trafilatura and resiliparse, same process, same pages.

    pip install ./python trafilatura resiliparse
    python python/bench/bench.py [DATASET_DIR] [--repeat N]

DATASET_DIR (default ../shared/datasets/article-extraction-benchmark) holds
html/<id>.html.gz. Pages are loaded and gunzipped once, outside any timing. Each tool
gets the raw bytes (all three detect the charset themselves), makes one untimed warm-up
call, then every page is timed with time.perf_counter; the single-core runs pin the
process to one core (os.sched_setaffinity) and report pages/s and MB/s (MB = 10^6 bytes
of HTML). Then ``Cleaner.clean_many`` runs on all cores. Prints a Markdown table. This is
a measurement script, not a test: numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import gzip
import logging
import os
import platform
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATASET = ROOT.parent / "shared" / "datasets" / "article-extraction-benchmark"


def load_pages(dataset: Path) -> List[bytes]:
    files = sorted((dataset / "html").glob("*.html.gz"))
    if not files:
        raise SystemExit(f"no html/*.html.gz under {dataset}")
    return [gzip.decompress(f.read_bytes()) for f in files]


def tools() -> Dict[str, Callable[[bytes], str]]:
    import dechrome

    cleaner = dechrome.Cleaner()

    def run_dechrome(raw: bytes) -> str:
        try:
            return cleaner.clean(raw)
        except dechrome.DechromeError:
            return ""

    found: Dict[str, Callable[[bytes], str]] = {"dechrome.clean": run_dechrome}
    try:
        import trafilatura

        found["trafilatura.extract"] = lambda raw: trafilatura.extract(raw, include_comments=False) or ""
    except ImportError:
        print("(trafilatura not installed: skipped)")
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding
        from resiliparse.parse.html import HTMLTree

        def run_resiliparse(raw: bytes) -> str:
            tree = HTMLTree.parse(bytes_to_str(raw, detect_encoding(raw)))
            return extract_plain_text(tree, main_content=True)

        found["resiliparse extract_plain_text(main_content=True)"] = run_resiliparse
    except ImportError:
        print("(resiliparse not installed: skipped)")
    return found


def time_tool(fn: Callable[[bytes], str], pages: List[bytes], repeat: int) -> float:
    fn(pages[0])  # warm-up: lazy imports, caches
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for raw in pages:
            fn(raw)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_DATASET)
    p.add_argument("--repeat", type=int, default=1, help="runs per tool; the fastest counts (default 1)")
    args = p.parse_args()
    logging.disable(logging.WARNING)

    import dechrome

    pages = load_pages(args.dataset)
    mb = sum(len(x) for x in pages) / 1e6
    all_cores: Optional[set] = None
    if hasattr(os, "sched_setaffinity"):
        all_cores = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(all_cores)})
    rows = []
    for name, fn in tools().items():
        secs = time_tool(fn, pages, args.repeat)
        rows.append((name, "1", secs))
    if all_cores is not None:
        os.sched_setaffinity(0, all_cores)
    cores = len(all_cores) if all_cores else (os.cpu_count() or 1)
    cleaner = dechrome.Cleaner()
    cleaner.clean_many(pages[:8], errors="empty")  # warm-up
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        cleaner.clean_many(pages, errors="empty")
        best = min(best, time.perf_counter() - start)
    rows.append(("dechrome Cleaner.clean_many", f"{cores} (all)", best))

    print(f"{len(pages)} pages, {mb:.1f} MB of HTML; Python {platform.python_version()}, "
          f"dechrome {dechrome.__version__}")
    print()
    print("| tool | cores | pages/s | MB/s | seconds |")
    print("|---|---|---|---|---|")
    for name, c, secs in rows:
        print(f"| {name} | {c} | {len(pages) / secs:.1f} | {mb / secs:.1f} | {secs:.2f} |")


if __name__ == "__main__":
    main()
