#!/usr/bin/env python3
"""Python-side speed of dechrome against the Rust library, trafilatura and resiliparse:
same pages, one core, interleaved rounds.

    pip install ./python trafilatura resiliparse
    cargo build --release -p dechrome-eval            # the Rust library's pass (optional)
    python python/bench/bench.py [DATASET_DIR] [--rounds N] [--rust-bin PATH]

DATASET_DIR (default ../shared/datasets/article-extraction-benchmark) holds
html/<id>.html.gz. Pages are loaded and gunzipped once, outside any timing. Each tool
gets the raw bytes (all three detect the charset themselves) and makes one untimed
warm-up call. The process is pinned to one core (os.sched_setaffinity); each round then
times one pass of every tool over all pages (time.perf_counter), in an order that
rotates from round to round, and one pass of the Rust library through its evaluation
binary (`dechrome-eval DATASET --jobs 1 --warmup`, pinned to the same core, its own
pages/s), so a machine that slows down mid-run slows every tool alike. Reported: each
tool's best pass (pages/s, MB/s; MB = 10^6 bytes of HTML) and, per tool, the range over
the rounds of its pages/s relative to `dechrome.clean` in the same round. Then
``Cleaner.clean_many`` runs on all cores. Prints a Markdown table. This is a measurement
script, not a test: numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import gzip
import logging
import os
import platform
import re
import shutil
import subprocess
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


def time_pass(fn: Callable[[bytes], str], pages: List[bytes]) -> float:
    start = time.perf_counter()
    for raw in pages:
        fn(raw)
    return time.perf_counter() - start


def rust_pass(binary: Path, dataset: Path, core: int) -> Optional[float]:
    """Pages/s of one warm pass of the Rust library (dechrome-eval), pinned to `core`."""
    cmd = [str(binary), str(dataset), "--jobs", "1", "--warmup", "--bootstrap", "0", "--worst", "0"]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", str(core)] + cmd
    out = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout
    m = re.search(r"speed: ([0-9.]+) pages/s", out)
    return float(m.group(1)) if m else None


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_DATASET)
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds; each tool's best pass counts (default 3)")
    p.add_argument("--rust-bin", type=Path, default=ROOT / "target" / "release" / "dechrome-eval",
                   help="dechrome-eval for the Rust library's pass (skipped when missing)")
    args = p.parse_args()
    logging.disable(logging.WARNING)
    import dechrome

    pages = load_pages(args.dataset)
    mb = sum(len(x) for x in pages) / 1e6
    all_cores: Optional[set] = None
    core = 0
    if hasattr(os, "sched_setaffinity"):
        all_cores = os.sched_getaffinity(0)
        core = min(all_cores)
        os.sched_setaffinity(0, {core})
    found = tools()
    for fn in found.values():
        fn(pages[0])  # warm-up: lazy imports, caches
    rust = args.rust_bin if args.rust_bin.exists() else None
    if rust is None:
        print(f"({args.rust_bin} not found: the Rust library's pass is skipped)")
    names = list(found) + (["Rust library (dechrome-eval --jobs 1)"] if rust else [])
    rates: Dict[str, List[float]] = {n: [] for n in names}
    for r in range(args.rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            if name in found:
                rates[name].append(len(pages) / time_pass(found[name], pages))
            elif rust is not None:
                got = rust_pass(rust, args.dataset, core)
                if got is not None:
                    rates[name].append(got)
    if all_cores is not None:
        os.sched_setaffinity(0, all_cores)
    cores = len(all_cores) if all_cores else (os.cpu_count() or 1)
    cleaner = dechrome.Cleaner()
    cleaner.clean_many(pages[:8], errors="empty")  # warm-up
    best_many = float("inf")
    for _ in range(args.rounds):
        start = time.perf_counter()
        cleaner.clean_many(pages, errors="empty")
        best_many = min(best_many, time.perf_counter() - start)
    print(f"{len(pages)} pages, {mb:.1f} MB of HTML; Python {platform.python_version()}, "
          f"dechrome {dechrome.__version__}; {args.rounds} interleaved rounds on one core")
    print()
    base = rates.get("dechrome.clean", [])
    print("| tool | cores | best pages/s | MB/s | x dechrome.clean (range over rounds) |")
    print("|---|---|---|---|---|")
    for name in names:
        rs = rates[name]
        if not rs:
            continue
        best = max(rs)
        ratios = [a / b for a, b in zip(rs, base) if b > 0]
        spread = f"{min(ratios):.2f}-{max(ratios):.2f}" if ratios else ""
        print(f"| {name} | 1 | {best:.1f} | {best * mb / len(pages):.1f} | {spread} |")
    print(f"| dechrome Cleaner.clean_many | {cores} (all) | {len(pages) / best_many:.1f} | "
          f"{mb / best_many:.1f} | |")


if __name__ == "__main__":
    main()
